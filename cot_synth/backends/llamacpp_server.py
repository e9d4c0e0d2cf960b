"""Child process: serve a GGUF model on 127.0.0.1 over the OpenAI API with llama.cpp (``xllamacpp``).

Run as ``python -m cot_synth.backends.llamacpp_server --model PATH``. It prints one JSON line with its
base URL once listening, and exits on SIGTERM/SIGINT or when its parent dies (even by SIGKILL), because
llama.cpp's own server ignores SIGTERM and an orphaned server would hold the CPU forever.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import signal
import sys
import threading


def _die_with_parent() -> None:
    """Ask Linux to SIGTERM us when the parent exits; the poll in ``main`` covers other systems."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except OSError:
            pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True, help="path to a .gguf file")
    parser.add_argument("--parallel", type=int, default=4, help="concurrent sequences (server slots)")
    parser.add_argument("--ctx-per-slot", type=int, default=2048, help="context tokens per slot")
    parser.add_argument("--threads", type=int, default=0, help="CPU threads (0 = all cores)")
    args = parser.parse_args(argv)

    parent = os.getppid()
    _die_with_parent()
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())

    import xllamacpp  # imported here: loading the native library is slow and only this process needs it

    params = xllamacpp.CommonParams()
    params.model.path = args.model
    params.hostnames = ["127.0.0.1"]
    params.port = 0  # the OS picks a free port; we report it, so there is no race for it
    params.n_parallel = args.parallel
    params.n_ctx = args.parallel * args.ctx_per_slot
    params.cache_prompt = False  # reusing another request's KV cache makes outputs depend on arrival order
    if args.threads > 0:
        params.cpuparams.n_threads = args.threads
        params.cpuparams_batch.n_threads = args.threads
    server = xllamacpp.Server(params)
    print(json.dumps({"base_url": f"{server.listening_address}/v1"}), flush=True)

    while not stop.wait(0.5):
        if os.getppid() != parent:
            break
    sys.stdout.flush()
    os._exit(0)  # skip native destructors: the OS frees the model, and they can block on busy slots


if __name__ == "__main__":
    raise SystemExit(main())

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
import time

BUSY_WINDOW_S = 0.3  # how long the other processes' CPU use is watched before the threads are chosen


def _die_with_parent() -> None:
    """Ask Linux to SIGTERM us when the parent exits; the poll in ``main`` covers other systems."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except OSError:
            pass


def idle_cores(window_s: float = BUSY_WINDOW_S) -> int:
    """The cores of this process that no other process is busy on now (our parent, the client, counts as
    idle: it mostly waits for us). llama.cpp's threads wait for each other at every step, so a thread
    whose core another process holds stalls all of them: with a busy loop on one of two cores, four
    48-token answers took 36–50 s on two threads and 5.5 s on one (1.7 s on two, idle). Linux only (its
    ``/proc``); elsewhere every core."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:
        before, parent_before = _cpu_ticks(), _process_ticks(os.getppid())
        time.sleep(window_s)
        after, parent_after = _cpu_ticks(), _process_ticks(os.getppid())
    except (OSError, ValueError, IndexError):
        return cores
    total, idle = (a - b for a, b in zip(after, before, strict=True))
    if total <= 0:
        return cores
    per_core = total / (os.cpu_count() or 1)
    others = (total - idle - (parent_after - parent_before)) / per_core
    return max(1, min(cores, cores - int(others + 0.5)))


def _cpu_ticks() -> tuple[int, int]:
    """All CPUs' ticks so far, and their idle ticks (``/proc/stat``'s first line; iowait counts as idle)."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(f) for f in stat.readline().split()[1:9]]
    return sum(fields), fields[3] + fields[4]


def _process_ticks(pid: int) -> int:
    """Ticks a process has run so far, user and system (``/proc/PID/stat``, after the command's brackets)."""
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True, help="path to a .gguf file")
    parser.add_argument("--parallel", type=int, default=4, help="concurrent sequences (server slots)")
    parser.add_argument("--ctx-per-slot", type=int, default=2048, help="context tokens per slot")
    parser.add_argument(
        "--threads", type=int, default=0, help="CPU threads (0 = the cores no other process is busy on)"
    )
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
    threads = args.threads or idle_cores()
    params.cpuparams.n_threads = params.cpuparams_batch.n_threads = threads
    server = xllamacpp.Server(params)
    print(json.dumps({"base_url": f"{server.listening_address}/v1", "threads": threads}), flush=True)

    while not stop.wait(0.5):
        if os.getppid() != parent:
            break
    sys.stdout.flush()
    os._exit(0)  # skip native destructors: the OS frees the model, and they can block on busy slots


if __name__ == "__main__":
    raise SystemExit(main())

"""The embedded llama.cpp server's threads: the cores no other process is busy on when it starts."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from cot_synth.backends.embedded import EmbeddedServer
from cot_synth.backends.llamacpp_server import idle_cores

CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or CORES < 2, reason="reads Linux's /proc; needs 2 cores"
)
def test_a_core_held_by_another_process_is_left_to_it() -> None:
    """llama.cpp's threads wait for each other at every step: one on a busy core stalls them all."""
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)
        assert 1 <= idle_cores() <= CORES - 1
    finally:
        hog.kill()
        hog.wait()


def test_the_running_server_says_how_many_threads_it_took(embedded_server: EmbeddedServer) -> None:
    assert 1 <= embedded_server.threads <= CORES

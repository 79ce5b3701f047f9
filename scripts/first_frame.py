#!/usr/bin/env python3
"""Times the window's first frame: from starting the release binary to its window being shown.

eframe keeps a new window hidden until its first frame is painted, so the moment the window becomes visible is
the first frame. The binary starts on the embedded seeds, with a data and cache folder of its own (no last
session), under the X display given in DISPLAY or a fresh Xvfb. Needs Xvfb and xdotool (apt-get install xvfb
xdotool).

Usage, from the repository's root:  python3 scripts/first_frame.py [--runs N]   (prints one line: the times)
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "target" / "release" / "geodash"


def shown(environment):
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^geodash$"], env=environment,
                           capture_output=True)
    return found.returncode == 0


def one_run(environment):
    with tempfile.TemporaryDirectory() as home:
        # The session and saved corpora are the run's own; the graphics driver's shader cache stays the user's.
        environment = dict(environment, XDG_DATA_HOME=f"{home}/data", GEODASH_CACHE_DIR=f"{home}/cache")
        started = time.perf_counter()
        app = subprocess.Popen([str(BINARY)], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not shown(environment):
                if time.perf_counter() - started > 30 or app.poll() is not None:
                    return None
                time.sleep(0.003)
            return time.perf_counter() - started
        finally:
            app.terminate()
            app.wait()


def first_frames(runs=7):
    """The seconds to the first frame of each run, or None where no display could be had."""
    if shutil.which("xdotool") is None or not BINARY.exists():
        return None
    environment = dict(os.environ)
    xvfb = None
    if "DISPLAY" not in environment:
        if shutil.which("Xvfb") is None:
            return None
        environment["DISPLAY"] = ":87"
        xvfb = subprocess.Popen(["Xvfb", ":87", "-screen", "0", "1600x1000x24"], stderr=subprocess.DEVNULL)
        time.sleep(1)
    try:
        one_run(environment)  # Untimed: puts the binary and the libraries in the page cache.
        times = [one_run(environment) for _ in range(runs)]
        return [t for t in times if t is not None] or None
    finally:
        if xvfb:
            xvfb.terminate()


def describe(times):
    if not times:
        return "not measured (needs xvfb, xdotool and the release binary)"
    ms = sorted(t * 1000 for t in times)
    return f"median {statistics.median(ms):.0f} ms, best {ms[0]:.0f} ms, worst {ms[-1]:.0f} ms over {len(ms)} runs"


if __name__ == "__main__":
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7
    print(describe(first_frames(runs)))

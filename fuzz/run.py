"""Run each fuzz target for a bounded time and report executions and crashes.

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python fuzz/run.py                 # 120 s per target
    .venv/bin/python fuzz/run.py --seconds 600 html

Not part of CI. The corpus starts from the project's own pages (fixtures/
and tests/pages/) and grows in fuzz/corpus/TARGET/; crashing inputs are
saved in fuzz/crashes/TARGET/ (both git-ignored). Every crash found becomes
a regression test (tests/properties/test_properties.py keeps them as @example inputs).
Exits 1 when any target crashed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGETS = ("html", "text")
SEEDS = {"html": ["*.html", "*.htm"], "text": ["*.txt"]}


def seed_corpus(target: str) -> Path:
    corpus = HERE / "corpus" / target
    corpus.mkdir(parents=True, exist_ok=True)
    for folder in (ROOT / "fixtures", ROOT / "tests" / "pages"):
        for pattern in SEEDS[target]:
            for path in folder.rglob(pattern):
                dest = corpus / f"seed-{path.name}"
                if not dest.exists():
                    shutil.copyfile(path, dest)
    return corpus


def run(target: str, seconds: int, timeout: int, rss_mb: int) -> dict:
    corpus = seed_corpus(target)
    crashes = HERE / "crashes" / target
    crashes.mkdir(parents=True, exist_ok=True)
    before = set(crashes.iterdir())
    cmd = [
        sys.executable,
        str(HERE / "target.py"),
        target,
        f"-max_total_time={seconds}",
        f"-timeout={timeout}",
        f"-rss_limit_mb={rss_mb}",
        "-max_len=200000",
        "-print_final_stats=1",
        f"-artifact_prefix={crashes}/",
        "-close_fd_mask=1",
        str(corpus),
    ]
    started = time.monotonic()
    # A crash stops libFuzzer; start it again until the time is used, so one
    # finding does not hide the others.
    execs, runs, log = 0, 0, ""
    while time.monotonic() - started < seconds:
        left = max(5, int(seconds - (time.monotonic() - started)))
        cmd[3] = f"-max_total_time={left}"
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, errors="replace", timeout=left + timeout + 120)
        runs += 1
        log += proc.stderr
        m = re.findall(r"stat::number_of_executed_units:\s*(\d+)", proc.stderr)
        execs += int(m[-1]) if m else 0
        if proc.returncode == 0:
            break
    found = sorted(set(crashes.iterdir()) - before)
    (HERE / "crashes" / f"{target}.log").write_text(log)
    return {
        "target": target,
        "seconds": round(time.monotonic() - started),
        "executions": execs,
        "crashes": len(found),
        "files": [str(p.relative_to(ROOT)) for p in found],
        "libfuzzer_runs": runs,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="*", metavar="TARGET", help="html, text (default: both)")
    ap.add_argument("--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS", 120)), help="time per target (default 120)")
    ap.add_argument("--timeout", type=int, default=20, help="seconds one input may take before it counts as a hang")
    ap.add_argument("--rss-mb", type=int, default=4096, help="memory limit of the fuzzing process")
    args = ap.parse_args()
    args.targets = args.targets or list(TARGETS)
    if set(args.targets) - set(TARGETS):
        ap.error(f"targets are {', '.join(TARGETS)}")
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris is not installed: .venv/bin/pip install -e '.[fuzz]'", file=sys.stderr)
        return 2
    total = 0
    for target in args.targets:
        r = run(target, args.seconds, args.timeout, args.rss_mb)
        total += r["crashes"]
        print(
            f"{r['target']}: {r['executions']} executions in {r['seconds']} s, {r['crashes']} crashes"
            + "".join(f"\n  {f}" for f in r["files"]),
            flush=True,
        )
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())

"""Parallel reading: `declcli read DIR -f jsonl --jobs 1` against `--jobs 2`.

    .venv/bin/python benchmarks/jobs.py [--dataset PATH] [--runs 3] [--json]

The article-extraction-benchmark pages are written, decompressed, as .html
files into a temporary folder; `declcli read <folder> -f jsonl --keep-going`
runs as a subprocess with `--jobs 1` and with `--jobs 2` (interleaved, one
untimed warm-up run each), wall time as the median of `--runs` runs, with
the CPU time of the child and its workers (from `os.wait4`) to show whether
two cores were really free, and the speed-up a pure-CPU loop gets from two
processes on the machine in the same run, the peak memory of the child and
its workers (RSS, and PSS, which counts the pages the forked workers share
with the parent, the loaded model among them, once; sampled from /proc every
0.2 s) (other work on a shared machine
lowers both) and the CPU pressure (/proc/pressure/cpu) during the runs. The
outputs of every run must be byte-identical. The speed-up is the median
time of --jobs 1 / that of --jobs 2 (goal >= 1.8x on 2 cores). Here the peer
is declcli itself on one worker.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASET = REPO / ".." / "shared" / "datasets" / "article-extraction-benchmark"
DECLCLI = Path(sys.executable).parent / "declcli"


def write_pages(dataset: Path, folder: Path) -> int:
    count = 0
    for path in sorted((dataset / "html").glob("*.html.gz")):
        with gzip.open(path, "rb") as fh:
            (folder / (path.name[: -len(".gz")])).write_bytes(fh.read())
        count += 1
    return count


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of a process in kB; PSS shares each page among the processes
    that map it, so pages the workers share with the parent count once."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return rss, pss


class MemorySampler(threading.Thread):
    """Samples the RSS and PSS of a process and its workers every 0.2 s; keeps
    the sample with the largest total RSS, and the largest total PSS."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.done = pid, threading.Event()
        self.peak_rss = {"total_mib": 0.0, "processes": 0, "per_process_mib": []}
        self.peak_pss_mib = 0.0

    def run(self):
        while not self.done.wait(0.2):
            sample = [_memory_kb(p) for p in _tree(self.pid)]
            sample = [m for m in sample if m[0]]
            rss, pss = sum(m[0] for m in sample) / 1024, sum(m[1] for m in sample) / 1024
            if rss > self.peak_rss["total_mib"]:
                self.peak_rss = {
                    "total_mib": rss,
                    "processes": len(sample),
                    "per_process_mib": [round(m[0] / 1024, 1) for m in sample],
                }
            self.peak_pss_mib = max(self.peak_pss_mib, pss)


def run_once(folder: Path, jobs: int) -> tuple[float, float, bytes, int, str, dict]:
    """Wall seconds, CPU seconds (the child and its workers), stdout, exit
    code, stderr, and the peak memory of the child and its workers."""
    argv = [str(DECLCLI), "read", str(folder), "-f", "jsonl", "--keep-going", "--jobs", str(jobs)]
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        sampler = MemorySampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)  # usage includes the reaped worker processes
        elapsed = time.perf_counter() - start
        sampler.done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        memory = {"peak_rss": sampler.peak_rss, "peak_pss_mib": sampler.peak_pss_mib}
        return (
            elapsed,
            usage.ru_utime + usage.ru_stime,
            out.read(),
            proc.returncode,
            err.read().decode("utf-8", errors="replace"),
            memory,
        )


def cpu_stall_us() -> int | None:
    """Microseconds in which some task waited for a CPU (Linux PSI), or None."""
    try:
        with open("/proc/pressure/cpu", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("some"):
                    return int(line.rsplit("total=", 1)[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def machine_speedup(n: int = 8_000_000) -> float:
    """What two processes gain over one on this machine right now (a pure-CPU
    loop, no I/O): 2.0 on two free cores, less when other work shares them."""
    import multiprocessing as mp

    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(2) as pool:
        pool.map(_spin, [1000, 1000])
        start = time.perf_counter()
        _spin(n)
        _spin(n)
        one = time.perf_counter() - start
        start = time.perf_counter()
        pool.map(_spin, [n, n], chunksize=1)
        two = time.perf_counter() - start
    return one / two


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--runs", type=int, default=3, help="timed runs per setting (median reported)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)

    if not (args.dataset / "html").is_dir() or not any((args.dataset / "html").glob("*.html.gz")):
        print(
            f"jobs.py: skipped: benchmark pages not found under {args.dataset / 'html'} "
            f"(expected ../shared/datasets/article-extraction-benchmark/html/*.html.gz)",
            file=sys.stderr,
        )
        return 0
    if not DECLCLI.exists():
        sys.exit(f"jobs.py: {DECLCLI} not found; call this script with the venv's python")

    load = os.getloadavg()[0]
    machine_before = [machine_speedup()]
    with tempfile.TemporaryDirectory(prefix="declcli-jobs-") as tmp:
        folder = Path(tmp)
        n = write_pages(args.dataset, folder)
        times: dict[int, list[float]] = {1: [], 2: []}
        stall: dict[int, list[float]] = {1: [], 2: []}
        cpu: dict[int, list[float]] = {1: [], 2: []}
        outputs: dict[int, set[str]] = {1: set(), 2: set()}
        codes: dict[int, set[int]] = {1: set(), 2: set()}
        errors: dict[int, str] = {}
        memory: dict[int, list[dict]] = {1: [], 2: []}
        lines = 0
        for i in range(args.runs + 1):  # the first round is the warm-up
            for jobs in (1, 2):
                before = cpu_stall_us()
                elapsed, cpu_s, out, code, err, mem = run_once(folder, jobs)
                after = cpu_stall_us()
                if i and before is not None and after is not None:
                    stall[jobs].append((after - before) / 1e6 / elapsed)
                if i:
                    times[jobs].append(elapsed)
                    cpu[jobs].append(cpu_s)
                    memory[jobs].append(mem)
                outputs[jobs].add(hashlib.sha256(out).hexdigest())
                codes[jobs].add(code)
                lines = out.count(b"\n")
                if err.strip():
                    errors[jobs] = err.strip()
    identical = len(outputs[1] | outputs[2]) == 1
    t1, t2 = statistics.median(times[1]), statistics.median(times[2])
    speedup = t1 / t2
    machine = statistics.median(machine_before + [machine_speedup() for _ in range(2)])
    # CPU seconds per wall second: near 2 when --jobs 2 really had two cores.
    busy = {k: statistics.median(c / w for c, w in zip(cpu[k], times[k], strict=False)) for k in (1, 2)}
    cpu_s = {k: statistics.median(cpu[k]) for k in (1, 2)}
    pressure = {k: statistics.median(stall[k]) if stall[k] else None for k in (1, 2)}
    crashed = any(c == 70 for cs in codes.values() for c in cs)
    # The run whose parent and workers together held the most.
    peak = {k: max(memory[k], key=lambda m: m["peak_rss"]["total_mib"]) for k in (1, 2)}
    result = {
        "benchmark": "jobs",
        "pages": n,
        "runs": args.runs,
        "cpus": os.cpu_count(),
        "jobs1_s": t1,
        "jobs2_s": t2,
        "jobs1_pages_per_s": n / t1,
        "jobs2_pages_per_s": n / t2,
        "speedup": speedup,
        "goal_min_speedup": 1.8,
        "met": speedup >= 1.8,
        "cpu_s": {str(k): v for k, v in cpu_s.items()},
        "cores_busy": {str(k): v for k, v in busy.items()},
        "load_average_at_start": load,
        "machine_two_process_speedup": machine,
        "cpu_pressure_some": {str(k): v for k, v in pressure.items()},
        "byte_identical": identical,
        "output_sha256": sorted(outputs[1] | outputs[2]),
        "output_lines": lines,
        "exit_codes": {str(k): sorted(v) for k, v in codes.items()},
        "memory_peak": {str(k): v for k, v in peak.items()},
        "stderr": errors,
        "runs_s": {str(k): v for k, v in times.items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"declcli read <{n} pages> -f jsonl, wall time, median of {args.runs} runs "
            f"({os.cpu_count()} cpus, load average {load:.2f} at start)"
        )
        print(f"{'--jobs 1 s':>10} {'--jobs 2 s':>10} {'speed-up':>9}  goal            outputs")
        print(
            f"{t1:10.2f} {t2:10.2f} {speedup:8.2f}x  >= 1.8x {'ok    ' if speedup >= 1.8 else 'MISSED'}  "
            f"{'byte-identical' if identical else 'DIFFER'} ({lines} lines)"
        )
        print(
            f"pages/s: --jobs 1 {n / t1:.1f}, --jobs 2 {n / t2:.1f}; CPU s: --jobs 1 {cpu_s[1]:.2f}, "
            f"--jobs 2 {cpu_s[2]:.2f}; cores busy: --jobs 1 {busy[1]:.2f}, --jobs 2 {busy[2]:.2f}; "
            f"exit codes: --jobs 1 {sorted(codes[1])}, --jobs 2 {sorted(codes[2])}"
        )
        for k in (1, 2):
            m = peak[k]
            print(
                f"memory, --jobs {k} (largest of the runs, sampled every 0.2 s): RSS of the parent and its workers "
                f"{m['peak_rss']['total_mib']:.0f} MiB over {m['peak_rss']['processes']} processes "
                f"({', '.join(f'{x:.0f}' for x in m['peak_rss']['per_process_mib'])} MiB); PSS (shared pages counted once) "
                f"{m['peak_pss_mib']:.0f} MiB"
            )
        print(
            f"the machine's own two-process speed-up on a pure-CPU loop in this run: {machine:.2f}x "
            f"(2.0 when both cores are free)"
        )
        if pressure[2] is not None:
            print(
                f"CPU pressure during the runs (share of time some task waited for a CPU): "
                f"--jobs 1 {pressure[1]:.0%}, --jobs 2 {pressure[2]:.0%}"
            )
        for jobs, err in errors.items():
            print(f"stderr of --jobs {jobs} (last run): {err[:300]}")
    return 1 if (not identical or crashed) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Process start-up: declcli's commands against their peers, as subprocesses.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--json]

Wall time of each command, the median of `--runs` runs (after one untimed
warm-up run each; the commands are interleaved so that drift on the machine
hits all of them alike):

- `declcli --help` and `declcli --version` (the venv's entry point) against
  `python -c "import typer"`: goal within 1.5x;
- `declcli schema`, `declcli validate` of the seed's output and `declcli diff`
  of two outputs (none of which loads the language model) against the same
  peer: goal within 1.5x;
- `declcli read fixtures/seed/000_6e7106922741f6b0.txt -f yaml` against
  `python -c "import spacy; spacy.load(MODEL)"` with the model declcli loads
  (the floor of any run that reads claims): goal within 1.3x;
- the same `read` against the `trafilatura` command reading
  fixtures/seed/aliyev-putin-declaration.html from stdin (no goal since the
  claims run on spaCy; it was at most 0.5x before).

Ratios are declcli / peer (lower is better). It also lists the five slowest
imports of `declcli --help` from `python -X importtime` (median of the runs,
by self time, with the cumulative time of the module and what it pulls in)
so that we see what to defer.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SEED_TEXT = REPO / "fixtures" / "seed" / "000_6e7106922741f6b0.txt"
SEED_HTML = REPO / "fixtures" / "seed" / "aliyev-putin-declaration.html"
SEED_OUTPUT = REPO / "tests" / "golden" / "seed-text.yaml"  # declcli's output for SEED_TEXT


def _exe(name: str) -> str:
    path = BIN / name
    if not path.exists():
        sys.exit(
            f"startup.py: {path} not found; run `.venv/bin/pip install -e '.[benchmark]'` and call this "
            f"script with the venv's python"
        )
    return str(path)


_PYCACHE = tempfile.mkdtemp(prefix="declcli-startup-pycache-")


def _env() -> dict:
    env = dict(os.environ)
    # Plain, uncoloured, non-interactive runs, as in a script or CI.
    env.update({"NO_COLOR": "1", "TERM": "dumb"})
    # Bytecode as a normal install has it: the warm-up run compiles every
    # module once into a private cache (an editable install has none for
    # declcli, and PYTHONDONTWRITEBYTECODE may be set); nothing is written
    # next to the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    return env


def load_average() -> float | None:
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def wall(argv: list[str], stdin_path: Path | None = None) -> float:
    """Seconds of one run; a failing run stops the benchmark."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
        elapsed = time.perf_counter() - start
    finally:
        if stdin_path:
            stdin.close()
    if proc.returncode != 0:
        sys.exit(f"startup.py: `{' '.join(argv)}` exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def time_commands(commands: dict[str, tuple[list[str], Path | None]], runs: int) -> dict[str, dict]:
    for argv, stdin in commands.values():  # warm-up: page cache, bytecode cache
        wall(argv, stdin)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (argv, stdin) in commands.items():
            samples[name].append(wall(argv, stdin))
    return {name: {"median_s": statistics.median(s), "runs_s": s} for name, s in samples.items()}


_IMPORT_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S.*)$")


def _parse_importtime(stderr: str) -> tuple[dict[str, tuple[int, int]], dict[str, list[str]]]:
    """{module: (self us, cumulative us)} and {module: the modules it imported first}."""
    times: dict[str, tuple[int, int]] = {}
    children: dict[str, list[str]] = {}
    pending: dict[int, list[str]] = {}
    for line in stderr.splitlines():
        m = _IMPORT_LINE.match(line)
        if not m:
            continue
        name, level = m.group(4).strip(), len(m.group(3)) // 2
        times[name] = (int(m.group(1)), int(m.group(2)))
        # importtime prints a module after the modules it pulled in, one level deeper.
        children[name] = pending.pop(level + 1, [])
        for deeper in [k for k in pending if k > level]:
            pending.pop(deeper)
        pending.setdefault(level, []).append(name)
    return times, children


def import_offenders(runs: int, top: int = 5) -> dict:
    """The slowest imports of `declcli --help` (medians over runs): by self
    time, and declcli.cli's own imports by cumulative time (what to defer)."""
    selfs: dict[str, list[int]] = {}
    cums: dict[str, list[int]] = {}
    direct: set[str] = set()
    argv = [sys.executable, "-X", "importtime", _exe("declcli"), "--help"]
    for _ in range(runs):
        proc = subprocess.run(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(), text=True
        )
        times, children = _parse_importtime(proc.stderr)
        for name, (self_us, cum_us) in times.items():
            selfs.setdefault(name, []).append(self_us)
            cums.setdefault(name, []).append(cum_us)
        direct.update(children.get("declcli.cli", []))

    def row(name: str) -> dict:
        return {
            "module": name,
            "self_ms": statistics.median(selfs[name]) / 1000,
            "cumulative_ms": statistics.median(cums[name]) / 1000,
        }

    rows = [row(name) for name in selfs]
    total = sum(r["self_ms"] for r in rows)
    by_self = sorted(rows, key=lambda r: r["self_ms"], reverse=True)[:top]
    by_cum = sorted((row(n) for n in direct if n in selfs), key=lambda r: r["cumulative_ms"], reverse=True)[:top]
    return {
        "total_self_ms": total,
        "by_self": by_self,
        "declcli_cli_imports_by_cumulative": by_cum,
        "declcli_cli_cumulative_ms": row("declcli.cli")["cumulative_ms"] if "declcli.cli" in selfs else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per command (median reported)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    try:
        return _main(args)
    finally:
        shutil.rmtree(_PYCACHE, ignore_errors=True)


def _main(args) -> int:
    load = load_average()
    declcli, trafilatura = _exe("declcli"), _exe("trafilatura")
    for path in (SEED_TEXT, SEED_HTML, SEED_OUTPUT):
        if not path.exists():
            sys.exit(f"startup.py: fixture missing: {path}")
    sys.path.insert(0, str(REPO))
    from declcli.claims.nlp import model_name

    model = model_name()
    if model is None:
        sys.exit("startup.py: no spaCy model installed; run `make setup`")
    commands = {
        "declcli --help": ([declcli, "--help"], None),
        "declcli --version": ([declcli, "--version"], None),
        "declcli schema": ([declcli, "schema"], None),
        "declcli validate seed.yaml": ([declcli, "validate", str(SEED_OUTPUT)], None),
        "declcli diff seed.yaml seed.yaml": ([declcli, "diff", str(SEED_OUTPUT), str(SEED_OUTPUT), "-f", "yaml"], None),
        "python -c 'import typer'": ([sys.executable, "-c", "import typer"], None),
        "declcli read seed.txt -f yaml": ([declcli, "read", str(SEED_TEXT), "-f", "yaml"], None),
        "spacy.load(model)": ([sys.executable, "-c", f"import spacy; spacy.load({model!r})"], None),
        "trafilatura < seed.html": ([trafilatura], SEED_HTML),
    }
    t = time_commands(commands, args.runs)
    comparisons = []
    for ours, peer, goal in (
        ("declcli --help", "python -c 'import typer'", 1.5),
        ("declcli --version", "python -c 'import typer'", 1.5),
        ("declcli schema", "python -c 'import typer'", 1.5),
        ("declcli validate seed.yaml", "python -c 'import typer'", 1.5),
        ("declcli diff seed.yaml seed.yaml", "python -c 'import typer'", 1.5),
        ("declcli read seed.txt -f yaml", "spacy.load(model)", 1.3),
        ("declcli read seed.txt -f yaml", "trafilatura < seed.html", None),
    ):
        ratio = t[ours]["median_s"] / t[peer]["median_s"]
        comparisons.append(
            {
                "declcli": ours,
                "peer": peer,
                "declcli_ms": t[ours]["median_s"] * 1000,
                "peer_ms": t[peer]["median_s"] * 1000,
                "declcli_spread_ms": [min(t[ours]["runs_s"]) * 1000, max(t[ours]["runs_s"]) * 1000],
                "peer_spread_ms": [min(t[peer]["runs_s"]) * 1000, max(t[peer]["runs_s"]) * 1000],
                "ratio": ratio,
                "goal_max_ratio": goal,
                "met": None if goal is None else ratio <= goal,
            }
        )
    imports = import_offenders(args.runs)

    if args.json:
        print(
            json.dumps(
                {
                    "benchmark": "startup",
                    "runs": args.runs,
                    "cpus": os.cpu_count(),
                    "load_average_at_start": load,
                    "python": sys.version.split()[0],
                    "model": model,
                    "comparisons": comparisons,
                    "timings": t,
                    "imports_of_help": imports,
                },
                indent=2,
            )
        )
        return 0
    print(
        f"start-up, wall time, median of {args.runs} runs ({os.cpu_count()} cpus, load average {load:.2f} at start; "
        f'spacy.load(model) is `python -c "import spacy; spacy.load({model!r})"`)'
    )
    print(f"{'declcli':<33} {'ms':>7}   {'peer':<26} {'ms':>7}  {'ratio':>6}  goal")
    for c in comparisons:
        goal = "(no goal)" if c["goal_max_ratio"] is None else f"<= {c['goal_max_ratio']}x {'ok' if c['met'] else 'MISSED'}"
        print(f"{c['declcli']:<33} {c['declcli_ms']:7.1f}   {c['peer']:<26} {c['peer_ms']:7.1f}  {c['ratio']:5.2f}x  {goal}")
    print(
        "spread (min-max ms): "
        + "; ".join(f"{name} {min(v['runs_s']) * 1000:.0f}-{max(v['runs_s']) * 1000:.0f}" for name, v in t.items())
    )
    print(
        f"\nslowest imports of `declcli --help` (python -X importtime, median of {args.runs}; "
        f"all imports {imports['total_self_ms']:.1f} ms, declcli.cli {imports['declcli_cli_cumulative_ms'] or 0:.1f} ms)"
    )
    print(f"{'by self time':<32} {'self ms':>8} {'cum ms':>7}   {'imported by declcli.cli':<24} {'cum ms':>7}")
    a, b = imports["by_self"], imports["declcli_cli_imports_by_cumulative"]
    for i in range(max(len(a), len(b))):
        left = f"{a[i]['module']:<32} {a[i]['self_ms']:8.1f} {a[i]['cumulative_ms']:7.1f}" if i < len(a) else " " * 49
        right = f"{b[i]['module']:<24} {b[i]['cumulative_ms']:7.1f}" if i < len(b) else ""
        print(f"{left}   {right}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())

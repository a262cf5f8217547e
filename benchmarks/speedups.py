"""Speed devices on and off: what each of declcli/_speedups/ saves, measured
by the other benchmarks run with and without it in the same run.

    .venv/bin/python benchmarks/speedups.py [--rounds 1] [--runs 5] [--repeats 3]
                                            [--only startup,throughput,claims_speed]
                                            [--configs "all off,collector off"] [--json]

Each round runs benchmarks/startup.py, throughput.py and claims_speed.py
(`--json`, as subprocesses), and `cpu` (the CPU time of four declcli
commands, see CPU_COMMANDS) once per configuration: every device on, every
device off (DECLCLI_NO_SPEEDUPS=1), and each device off alone
(DECLCLI_NO_SPEEDUPS=pattern_cache, =collector, =record). The order of the
configurations turns by one each round so that drift on a shared machine
does not always hit the same one. For each declcli figure (start-up wall
time of a command; pages/s over the benchmark pages) it prints the ratio
off / on: for a time, above 1 means the device saves time (1.10: a run is
10% slower without it); for a rate, on / off, read the same way. Beside
each, the same ratio of the figure relative to its peer in that script's
run (typer's import, spaCy's load, trafilatura, nlp.pipe), which cancels
the machine's drift between the runs. The medians over the rounds are
reported.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIGS = {"on": "", "all off": "1", "pattern_cache off": "pattern_cache", "collector off": "collector", "record off": "record"}
SCRIPTS = ("startup", "throughput", "claims_speed", "cpu")
SEED_TEXT = HERE.parent / "fixtures" / "seed" / "000_6e7106922741f6b0.txt"
SEED_OUTPUT = HERE.parent / "tests" / "golden" / "seed-text.yaml"
# `cpu`: the CPU time (user + sys, from os.wait4) of these commands, which a
# loaded machine disturbs far less than their wall time; there is no peer.
CPU_COMMANDS = {
    "--help": ["--help"],
    "validate seed.yaml": ["validate", str(SEED_OUTPUT)],
    "diff seed.yaml seed.yaml": ["diff", str(SEED_OUTPUT), str(SEED_OUTPUT), "-f", "yaml"],
    "read seed.txt -f yaml": ["read", str(SEED_TEXT), "-f", "yaml"],
}
_PYCACHE = tempfile.mkdtemp(prefix="declcli-speedups-pycache-")


def cpu_times(switch: str, args) -> dict:
    """{"comparisons": ...} as startup.py gives them, CPU ms of each command (median of --runs, after a warm-up)."""
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", PYTHONPYCACHEPREFIX=_PYCACHE)
    env.pop("DECLCLI_NO_SPEEDUPS", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if switch:
        env["DECLCLI_NO_SPEEDUPS"] = switch
    rows = []
    for name, argv in CPU_COMMANDS.items():
        samples = []
        for _ in range(args.runs + 1):
            proc = subprocess.Popen(
                [sys.executable, "-m", "declcli", *argv],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd=HERE.parent,
            )
            _pid, status, usage = os.wait4(proc.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(f"speedups.py: `declcli {' '.join(argv)}` failed ({switch or 'on'})")
            samples.append((usage.ru_utime + usage.ru_stime) * 1000)
        ms = statistics.median(samples[1:])  # the first run warms the bytecode and pattern caches
        rows.append({"declcli": f"declcli {name}", "peer": "CPU ms, no peer", "declcli_ms": ms, "ratio": ms})
    return {"comparisons": rows}


def run_script(name: str, switch: str, args) -> dict:
    if name == "cpu":
        return cpu_times(switch, args)
    argv = [sys.executable, str(HERE / f"{name}.py"), "--json"]
    if name == "startup":
        argv += ["--runs", str(args.runs)]
    else:
        argv += ["--repeats", str(args.repeats)]
    if name == "claims_speed":
        argv.append("--no-stages")
    env = dict(os.environ)
    env.pop("DECLCLI_NO_SPEEDUPS", None)
    if switch:
        env["DECLCLI_NO_SPEEDUPS"] = switch
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=HERE.parent)
    if proc.returncode != 0 or not proc.stdout.strip():
        sys.exit(f"speedups.py: {name}.py ({switch or 'on'}) failed or skipped: {proc.stderr[-500:]}")
    return json.loads(proc.stdout)


def figures(name: str, result: dict) -> dict[str, tuple[float, float, bool]]:
    """{figure: (declcli's value, value relative to the peer, higher is better)}."""
    if name in ("startup", "cpu"):
        return {f"{c['declcli']} (vs {c['peer']})": (c["declcli_ms"], c["ratio"], False) for c in result["comparisons"]}
    peer = "trafilatura" if name == "throughput" else "nlp.pipe"
    return {f"{name} pages/s (vs {peer})": (result["declcli_pages_per_s"], result["ratio"], True)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=1, help="runs of every script per configuration")
    ap.add_argument("--runs", type=int, default=5, help="startup.py --runs, and the runs of each command for `cpu`")
    ap.add_argument("--repeats", type=int, default=3, help="throughput.py and claims_speed.py --repeats")
    ap.add_argument(
        "--only", default=",".join(SCRIPTS), help="comma-separated scripts to run (cpu: CPU time of declcli's commands, no peer)"
    )
    ap.add_argument(
        "--configs", default=",".join(CONFIGS), help="comma-separated configurations besides `on` (default: all of them)"
    )
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    try:
        return _main(args, ap)
    finally:
        shutil.rmtree(_PYCACHE, ignore_errors=True)


def _main(args, ap) -> int:
    scripts = [s for s in args.only.split(",") if s]
    unknown = set(scripts) - set(SCRIPTS)
    if unknown:
        ap.error(f"unknown scripts: {', '.join(sorted(unknown))}")
    names = ["on"] + [c for c in args.configs.split(",") if c and c != "on"]
    if set(names) - set(CONFIGS):
        ap.error(f"unknown configurations: {', '.join(sorted(set(names) - set(CONFIGS)))}")
    load = os.getloadavg()[0]
    # samples[config][figure] = [(value, relative), ...]
    samples: dict[str, dict[str, list[tuple[float, float]]]] = {c: {} for c in names}
    better_higher: dict[str, bool] = {}
    for round_no in range(args.rounds):
        order = names[round_no % len(names) :] + names[: round_no % len(names)]
        for script in scripts:
            for config in order:
                for figure, (value, relative, higher) in figures(script, run_script(script, CONFIGS[config], args)).items():
                    samples[config].setdefault(figure, []).append((value, relative))
                    better_higher[figure] = higher
    table = {}
    for figure, higher in better_higher.items():
        on_value = statistics.median(v for v, _ in samples["on"][figure])
        on_relative = statistics.median(r for _, r in samples["on"][figure])
        row = {"on": on_value}
        for config in names[1:]:
            value = statistics.median(v for v, _ in samples[config][figure])
            relative = statistics.median(r for _, r in samples[config][figure])
            # Above 1: the device pays (a time is higher without it, a rate lower).
            row[config] = {
                "value": value,
                "saving_ratio": on_value / value if higher else value / on_value,
                "saving_ratio_vs_peer": on_relative / relative if higher else relative / on_relative,
            }
        table[figure] = row
    if args.json:
        print(
            json.dumps(
                {
                    "benchmark": "speedups",
                    "rounds": args.rounds,
                    "load_average_at_start": load,
                    "cpus": os.cpu_count(),
                    "figures": table,
                },
                indent=2,
            )
        )
        return 0
    print(
        f"speed devices, off / on (above 1: the device pays; beside it the same ratio relative to the peer), "
        f"median of {args.rounds} round(s) ({os.cpu_count()} cpus, load average {load:.2f} at start)"
    )
    print(f"{'figure':<62} {'on':>8}  " + "  ".join(f"{c:>19}" for c in names[1:]))
    for figure, row in table.items():
        cells = "  ".join(f"{row[c]['saving_ratio']:8.3f} ({row[c]['saving_ratio_vs_peer']:5.3f}) " for c in names[1:])
        unit = "p/s" if better_higher[figure] else "ms"
        print(f"{figure:<62} {row['on']:6.1f}{unit:<3} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

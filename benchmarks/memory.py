"""Memory: peak RSS on one large page, and RSS over many inputs in one run.

    .venv/bin/python benchmarks/memory.py [--size-mb 20] [--inputs 10000] [--json]

1. A generated news-like HTML page of `--size-mb` MiB (a long article of
   varied sentences: statements, quotes, attributions, dates, places, with
   page chrome: navigation, related-story lists, ad slots, share bars,
   scripts and a footer every few paragraphs). `declcli read PAGE -f json`
   and the `trafilatura` command (stdin, with a config file that lifts its
   20 MB MAX_FILE_SIZE so it really reads the page) run as subprocesses;
   peak RSS is the child's `ru_maxrss` from `os.wait4`. Reported: peak RSS /
   page size for declcli (goal < 10x) and declcli / trafilatura peak RSS.
2. `declcli read --from list.txt -f jsonl --keep-going` over `--inputs`
   inputs: a few hundred distinct small generated pages, listed over and
   over. The child's VmRSS is sampled from /proc/PID/status every 0.5 s
   while its output lines are counted; reported: RSS once 10% of the inputs
   are written, RSS at the end, and their ratio (flat = within 1.2x).

The two parts run at the same time, one a core (peak RSS does not depend on
CPU contention); `--sequential` runs them one after the other. Wall times
printed alongside are for orientation only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BIN = Path(sys.executable).parent
DECLCLI = BIN / "declcli"
TRAFILATURA = BIN / "trafilatura"

# --- a news-like page generator (deterministic for a given seed) ----------

_FIRST = [
    "Anna",
    "Pavel",
    "Leyla",
    "Tomasz",
    "Ingrid",
    "Kofi",
    "Mei",
    "Rashid",
    "Elena",
    "Jorge",
    "Aylin",
    "Sven",
    "Nadia",
    "Oleg",
    "Priya",
    "Henrik",
    "Amara",
    "Dmitri",
    "Zeynep",
    "Marco",
]
_LAST = [
    "Petrova",
    "Novak",
    "Hasanova",
    "Kowalski",
    "Lindqvist",
    "Mensah",
    "Zhang",
    "Haddad",
    "Morozova",
    "Alvarez",
    "Demir",
    "Berg",
    "Karimova",
    "Volkov",
    "Raman",
    "Nielsen",
    "Okafor",
    "Sokolov",
    "Yilmaz",
    "Rossi",
]
_ROLES = [
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "the finance minister",
    "a government spokesperson",
    "the central bank governor",
    "Chancellor",
    "the energy minister",
]
_COUNTRIES = [
    "Azerbaijan",
    "Russia",
    "Germany",
    "France",
    "Turkey",
    "Poland",
    "Kazakhstan",
    "Georgia",
    "Ukraine",
    "Norway",
    "Ghana",
    "Japan",
    "Brazil",
    "India",
    "Italy",
    "Canada",
    "Egypt",
    "Chile",
    "Kenya",
    "Spain",
]
_CITIES = [
    "Baku",
    "Moscow",
    "Berlin",
    "Paris",
    "Ankara",
    "Warsaw",
    "Astana",
    "Tbilisi",
    "Kyiv",
    "Oslo",
    "Accra",
    "Tokyo",
    "Brasilia",
    "New Delhi",
    "Rome",
    "Ottawa",
    "Cairo",
    "Santiago",
    "Nairobi",
    "Madrid",
]
_DAYS = [
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "last week",
    "next month",
    "by the end of the year",
    "on February 22",
    "on 3 March",
    "in April",
    "by 2030",
    "within six months",
]
_MODAL = [
    "will",
    "must",
    "should",
    "may",
    "shall",
    "agreed to",
    "pledged to",
    "refused to",
    "plans to",
    "is ready to",
    "will not",
    "cannot",
    "has decided to",
    "is expected to",
]
_VERBS = [
    "expand",
    "review",
    "suspend",
    "sign",
    "ratify",
    "fund",
    "build",
    "protect",
    "respect",
    "negotiate",
    "strengthen",
    "lift",
    "extend",
    "open",
    "close",
    "guarantee",
    "support",
    "reduce",
    "increase",
    "monitor",
]
_OBJECTS = [
    "the pipeline agreement",
    "cooperation in energy",
    "sanctions on steel imports",
    "the border crossing",
    "a new trade corridor",
    "military exercises near the border",
    "the grain deal",
    "visa-free travel",
    "joint patrols in the Caspian Sea",
    "the sovereignty of its neighbours",
    "tariffs on agricultural goods",
    "a ceasefire along the line of contact",
    "investment in rail links",
    "the nuclear talks",
    "humanitarian access to the region",
    "gas deliveries through the southern route",
    "the fishing quota",
]
_CUES = [
    "said",
    "told reporters",
    "announced",
    "wrote in a statement",
    "said at a news conference",
    "added",
    "stressed",
    "warned",
    "confirmed",
]
_FILLER = [
    "Analysts noted that",
    "According to officials,",
    "Diplomats familiar with the talks said",
    "Meanwhile,",
    "In a separate development,",
    "Earlier,",
    "Critics argued that",
    "Observers in {city} expect that",
]
_CHROME_WORDS = [
    "Home",
    "World",
    "Politics",
    "Business",
    "Markets",
    "Opinion",
    "Sport",
    "Culture",
    "Video",
    "Podcasts",
    "Newsletters",
    "Subscribe",
    "Sign in",
    "Weather",
    "Science",
    "Tech",
    "Travel",
    "Climate",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_ROLES)} {rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _sentence(rng: random.Random) -> str:
    kind = rng.random()
    who = _person(rng)
    country, other = rng.sample(_COUNTRIES, 2)
    clause = f"{country} {rng.choice(_MODAL)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} with {other} {rng.choice(_DAYS)}"
    if kind < 0.3:
        return f"“{clause[0].upper()}{clause[1:]},” {who} {rng.choice(_CUES)}."
    if kind < 0.55:
        return f"{who[0].upper()}{who[1:]} {rng.choice(_CUES)} that {clause}."
    if kind < 0.75:
        lead = rng.choice(_FILLER).format(city=rng.choice(_CITIES))
        return f"{lead} {clause}."
    if kind < 0.9:
        return (
            f"The government {rng.choice(_MODAL)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}, "
            f"the ministry in {rng.choice(_CITIES)} said {rng.choice(_DAYS)}."
        )
    return f"{clause[0].upper()}{clause[1:]}, while {other} {rng.choice(_MODAL)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}."


def _chrome(rng: random.Random, kind: int) -> str:
    if kind == 0:
        links = "".join(f'<li><a href="/section/{w.lower()}">{w}</a></li>' for w in rng.sample(_CHROME_WORDS, 10))
        return f'<nav class="menu"><ul>{links}</ul></nav>\n'
    if kind == 1:
        items = "".join(
            f'<li><a href="/news/{rng.randrange(10**8)}">{_person(rng)} visits {rng.choice(_CITIES)}</a></li>' for _ in range(6)
        )
        return f'<aside class="related-stories"><h3>Related stories</h3><ul>{items}</ul></aside>\n'
    if kind == 2:
        return (
            f'<div class="ad-slot advertisement" data-slot="{rng.randrange(999)}"><span>Advertisement</span>'
            f"<script>window.ads=window.ads||[];ads.push({{slot:{rng.randrange(999)}}});</script></div>\n"
        )
    return (
        '<div class="share-bar social"><a href="#" class="share-facebook">Share</a>'
        '<a href="#" class="share-x">Post</a><a href="#" class="share-mail">Email</a></div>\n'
    )


def news_page(size: int, seed: int = 1, title: str = "Leaders sign declaration on allied cooperation") -> bytes:
    """A news-like HTML page of about `size` bytes."""
    rng = random.Random(seed)
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} | The Daily Example</title>"
        f'<meta property="og:title" content="{title}">'
        '<meta property="og:site_name" content="The Daily Example">'
        f'<meta name="author" content="{rng.choice(_FIRST)} {rng.choice(_LAST)}">'
        '<meta property="article:published_time" content="2022-02-22T10:00:00Z">'
        "<script>var dataLayer=[];function track(e){dataLayer.push(e)}</script>"
        "<style>.menu{display:flex}.ad-slot{min-height:250px}</style></head>\n<body>\n"
        '<header class="site-header"><a class="logo" href="/">The Daily Example</a>'
        + _chrome(rng, 0)
        + '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>'
        "</header>\n<main><article>\n"
        f'<h1>{title}</h1><p class="byline">By {rng.choice(_FIRST)} {rng.choice(_LAST)}, '
        '<time datetime="2022-02-22">22 February 2022</time></p>\n'
    )
    tail = (
        "</article>\n" + _chrome(rng, 1) + "</main>\n"
        '<footer class="site-footer"><p>© 2022 The Daily Example. All rights reserved.</p>'
        + _chrome(rng, 0)
        + "</footer>\n</body></html>\n"
    )
    parts = [head]
    budget = size - len(head.encode()) - len(tail.encode())
    used = 0
    n = 0
    while used < budget:
        n += 1
        para = "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(2, 6))) + "</p>\n"
        if n % 12 == 0:
            para += f"<h2>{rng.choice(_COUNTRIES)} and {rng.choice(_COUNTRIES)}: what comes next</h2>\n"
        if n % 5 == 0:
            para += _chrome(rng, rng.randrange(1, 4))
        chunk = para.encode()
        if used + len(chunk) > budget and n > 1:
            break
        parts.append(para)
        used += len(chunk)
    parts.append(tail)
    return "".join(parts).encode()


# --- measuring ------------------------------------------------------------


def peak_rss(argv: list[str], stdin_path: Path | None = None, timeout: float = 600) -> dict:
    """Run argv; its peak RSS (ru_maxrss, bytes), wall time, exit code and output size."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=stdin, stdout=out, stderr=err, env=env)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keep Popen from waiting again
    if stdin_path:
        stdin.close()
    out.seek(0, os.SEEK_END)
    err.seek(0)
    result = {
        "peak_rss_bytes": usage.ru_maxrss * 1024,
        "seconds": elapsed,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "exit_code": proc.returncode,
        "output_bytes": out.tell(),
        "stderr": err.read().decode("utf-8", errors="replace").strip()[-300:],
    }
    out.close()
    err.close()
    return result


def vm_rss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def rss_over_inputs(list_path: Path, total: int, interval: float = 0.5) -> dict:
    """RSS samples of `declcli read --from LIST -f jsonl` while it writes its lines."""
    argv = [str(DECLCLI), "read", "--from", str(list_path), "-f", "jsonl", "--keep-going"]
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    err = tempfile.TemporaryFile()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err, env=env)
    done = [0]

    def count_lines():
        for chunk in iter(lambda: proc.stdout.read(1 << 16), b""):
            done[0] += chunk.count(b"\n")

    reader = threading.Thread(target=count_lines, daemon=True)
    reader.start()
    samples = []  # (seconds, rss bytes, lines written)
    while proc.poll() is None:
        rss = vm_rss(proc.pid)
        if rss is not None:
            samples.append((time.perf_counter() - start, rss, done[0]))
        time.sleep(interval)
    elapsed = time.perf_counter() - start
    reader.join()
    err.seek(0)
    stderr = err.read().decode("utf-8", errors="replace")
    err.close()
    # The last sample taken while the child still ran is "the end"; the first
    # one after 10% of the lines were written is the early reference.
    alive = [s for s in samples if s[1] > 0]
    early = next((s for s in alive if s[2] >= total * 0.1), None)
    end = alive[-1] if alive else None
    return {
        "inputs": total,
        "lines": done[0],
        "seconds": elapsed,
        "exit_code": proc.returncode,
        "samples": len(samples),
        "rss_at_10pct_bytes": early[1] if early else None,
        "rss_at_10pct_inputs_done": early[2] if early else None,
        "rss_at_end_bytes": end[1] if end else None,
        "rss_at_end_inputs_done": end[2] if end else None,
        "rss_max_sampled_bytes": max((s[1] for s in alive), default=None),
        "ratio_end_to_10pct": (end[1] / early[1]) if early and end else None,
        "stderr_first_lines": stderr.strip().splitlines()[:3],
        "curve": [(round(t, 1), r, n) for t, r, n in samples[:: max(1, len(samples) // 20)]],
    }


def trafilatura_config(folder: Path, max_size: int) -> Path | None:
    """trafilatura's own settings with MAX_FILE_SIZE raised, so it reads the big page."""
    try:
        import trafilatura
    except ImportError:
        return None
    text = (Path(trafilatura.__file__).parent / "settings.cfg").read_text(encoding="utf-8")
    lines = [f"MAX_FILE_SIZE = {max_size}" if line.startswith("MAX_FILE_SIZE") else line for line in text.splitlines()]
    path = folder / "trafilatura.cfg"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=20.0, help="size of the large page, MiB")
    ap.add_argument("--inputs", type=int, default=10_000, help="inputs in the flat-memory run")
    ap.add_argument("--distinct", type=int, default=300, help="distinct small pages behind those inputs")
    ap.add_argument(
        "--sequential",
        action="store_true",
        help="run the large-page and many-inputs parts one after the other (slower; same figures)",
    )
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    if not DECLCLI.exists():
        sys.exit(f"memory.py: {DECLCLI} not found; call this script with the venv's python")
    if not Path("/proc/self/status").exists():
        sys.exit("memory.py: needs /proc (Linux) to sample RSS")

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="declcli-memory-") as tmp:
        folder = Path(tmp)
        size = int(args.size_mb * 1024 * 1024)
        big = folder / "big.html"
        big.write_bytes(news_page(size, seed=7))
        page_bytes = big.stat().st_size

        cfg = trafilatura_config(folder, page_bytes * 2)
        big_runs: dict[str, dict | None] = {}

        def large_page_runs():
            big_runs["declcli"] = peak_rss([str(DECLCLI), "read", str(big), "-f", "json", "--max-bytes", str(64 * 1024 * 1024)])
            big_runs["trafilatura"] = (
                peak_rss([str(TRAFILATURA), "--config-file", str(cfg)], stdin_path=big) if cfg and TRAFILATURA.exists() else None
            )

        pages = []
        for i in range(args.distinct):
            path = folder / "small" / f"page-{i:04d}.html"
            path.parent.mkdir(exist_ok=True)
            rng = random.Random(1000 + i)
            path.write_bytes(news_page(rng.randint(3_000, 4_500), seed=1000 + i, title=f"Story number {i}"))
            pages.append(str(path))
        listing = folder / "list.txt"
        listing.write_text("".join(pages[i % len(pages)] + "\n" for i in range(args.inputs)), encoding="utf-8")

        if args.sequential:
            large_page_runs()
            flat = rss_over_inputs(listing, args.inputs)
        else:
            # Peak RSS does not depend on CPU contention: the large-page runs
            # share the two cores with the many-inputs run to keep this quick.
            worker = threading.Thread(target=large_page_runs)
            worker.start()
            flat = rss_over_inputs(listing, args.inputs)
            worker.join()
        ours, peer = big_runs["declcli"], big_runs["trafilatura"]

    ratio_page = ours["peak_rss_bytes"] / page_bytes
    ratio_peer = ours["peak_rss_bytes"] / peer["peak_rss_bytes"] if peer else None
    flat_ratio = flat["ratio_end_to_10pct"]
    problems = []
    if ours["exit_code"] != 0:
        problems.append(f"declcli on the large page exited {ours['exit_code']}: {ours['stderr']}")
    if peer and (peer["exit_code"] != 0 or peer["output_bytes"] == 0):
        problems.append(
            f"trafilatura on the large page exited {peer['exit_code']} with {peer['output_bytes']} bytes out: {peer['stderr']}"
        )
    if flat["exit_code"] != 0 or flat["lines"] != args.inputs:
        problems.append(
            f"the --from run exited {flat['exit_code']} with {flat['lines']} of {args.inputs} lines: {flat['stderr_first_lines']}"
        )
    result = {
        "benchmark": "memory",
        "cpus": os.cpu_count(),
        "load_average_at_start": load,
        "page_bytes": page_bytes,
        "large_page": {
            "declcli": ours,
            "trafilatura": peer,
            "declcli_rss_per_page_byte": ratio_page,
            "goal_max_rss_per_page_byte": 10.0,
            "met": ratio_page < 10.0,
            "declcli_to_trafilatura_rss": ratio_peer,
        },
        "many_inputs": dict(flat, goal_max_ratio=1.2, met=bool(flat_ratio and flat_ratio <= 1.2)),
        "problems": problems,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 1 if problems else 0
    mib = 1024 * 1024
    print(
        f"peak RSS on a generated {page_bytes / mib:.1f} MiB news page ({os.cpu_count()} cpus, load average {load:.2f} at start)"
    )
    print(
        f"{'declcli MiB':>11} {'trafilatura MiB':>15} {'ratio':>6}   {'declcli RSS/page':>16}  goal   "
        f"{'declcli s':>9} {'trafilatura s':>13}"
    )
    peer_mib = f"{peer['peak_rss_bytes'] / mib:15.1f}" if peer else f"{'n/a':>15}"
    peer_ratio = f"{ratio_peer:5.2f}x" if ratio_peer else f"{'n/a':>6}"
    peer_s = f"{peer['seconds']:13.1f}" if peer else f"{'n/a':>13}"
    print(
        f"{ours['peak_rss_bytes'] / mib:11.1f} {peer_mib} {peer_ratio}   {ratio_page:15.2f}x  < 10x "
        f"{'ok' if ratio_page < 10 else 'MISSED'} {ours['seconds']:9.1f} {peer_s}"
    )
    print(
        f"\nRSS over {args.inputs} inputs ({args.distinct} distinct small pages), "
        f"`declcli read --from list -f jsonl`, sampled every 0.5 s, {flat['seconds']:.1f} s"
    )
    print(f"{'at 10% MiB':>10} {'at end MiB':>10} {'max MiB':>8} {'end/10%':>8}  goal")
    if flat_ratio:
        print(
            f"{flat['rss_at_10pct_bytes'] / mib:10.1f} {flat['rss_at_end_bytes'] / mib:10.1f} "
            f"{flat['rss_max_sampled_bytes'] / mib:8.1f} {flat_ratio:7.2f}x  <= 1.2x {'ok' if flat_ratio <= 1.2 else 'MISSED'}"
        )
    else:
        print("no samples (the run ended too fast)")
    for p in problems:
        print(f"problem: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Resources on hostile input (issue 15): wall time and peak RSS of each
case, against the bound every input of at most 10 MB must meet (10 s, 1 GB).

    .venv/bin/python benchmarks/robustness.py [--tree before=/tmp/base] [--tree after=.]
                                              [--case NAME ...] [--timeout 120] [--no-peer]

Each case is generated in a temporary folder (nothing is committed) and run
as `python -m declcli ...` in a subprocess, with PYTHONPATH set to the tree
under test (`--tree LABEL=PATH`, repeatable: a column pair per tree; by
default this checkout). Peak RSS is the child's `ru_maxrss` from `os.wait4`
(per child, unlike RUSAGE_CHILDREN, which keeps the largest so far). A run
still going after `--timeout` seconds is killed and shown as `>TIMEOUT`.

Inputs that another run's output feeds (`validate`, `diff`, a YAML of a 1 MB
text) are made once, with the first tree, before anything is measured.

Peer: `trafilatura.extract` on the HTML cases, in the same run, as a
subprocess measured the same way (skipped, and said so, where trafilatura
cannot be imported).

Printed: a Markdown table of case, input size, then wall seconds, CPU
seconds (user and system, from the same `os.wait4`), peak RSS (MB) and exit
code per tree, and pass (the last tree: <= 10 s and <= 1 GB, and
an exit code that is not 70).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import news_page, peak_rss, trafilatura_config  # noqa: E402

HERE = Path(__file__).resolve().parent.parent
LIMIT_SECONDS = 10.0
LIMIT_BYTES = 1 << 30

STORY = (
    "The minister said on Monday that talks in Baku will continue, and both sides agreed to meet again. "
    "Russia and Azerbaijan must refrain from any actions that could damage the partnership."
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def prose(size: int, seed: int = 1) -> str:
    """Plain text of about `size` characters: the news page's sentences, in paragraphs."""
    from memory import _sentence

    rng = random.Random(seed)
    out, used = [], 0
    while used < size:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))
        out.append(para)
        used += len(para) + 2
    return "\n\n".join(out) + "\n"


# --- the cases: name -> (kind, maker); a maker writes its input into a folder
# and returns (argv after `declcli`, path of the input whose size is shown)


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def unclosed(tag: str):
    def make(folder: Path, _run):
        html = page(f"<article><p>{STORY}</p>" + f"<{tag}>" * 1000 + "<p>Trade grew by a third, the ministry said.</p></article>")
        path = _write(folder, f"unclosed-{tag}.html", html)
        return ["read", str(path), "-f", "json", "--no-claims"], path

    return make


def nested(tag: str, depth: int, closed: bool = True):
    def make(folder: Path, _run):
        html = page(
            f"<article><p>{STORY}</p>"
            + f"<{tag}>" * depth
            + f"<p>{STORY}</p>"
            + (f"</{tag}>" * depth if closed else "")
            + "</article>"
        )
        path = _write(folder, f"nested-{tag}-{depth}.html", html)
        return ["read", str(path), "-f", "json", "--no-claims"], path

    return make


def jsonld_deep(folder: Path, _run):
    head = '<script type="application/ld+json">' + "[" * 1000 + "]" * 1000 + "</script>"
    path = _write(folder, "jsonld-deep.html", page(f"<article><h1>Talks in Baku</h1><p>{STORY}</p></article>", head))
    return ["read", str(path), "-f", "json", "--no-claims"], path


def attributes(folder: Path, _run):
    attrs = " ".join(f"a{i}=x" for i in range(80_000))
    path = _write(folder, "attributes.html", page(f"<article {attrs}><p>{STORY}</p></article>"))
    return ["read", str(path), "-f", "json", "--no-claims"], path


def line_breaks(folder: Path, _run):
    path = _write(folder, "brs.html", page(f"<article><p>{STORY}</p>{'<br>' * 2_000_000}<p>{STORY}</p></article>"))
    return ["read", str(path), "-f", "json"], path


def comment(folder: Path, _run):
    filler = "The minister said talks will continue. " * (10_300_000 // 39)  # past libxml2's 10,000,000
    path = _write(folder, "comment.html", page(f"<article><p>{STORY}</p><!-- {filler} --></article>"))
    return ["read", str(path), "-f", "json"], path


def text_of(name: str, text: str, *extra: str):
    def make(folder: Path, _run):
        path = _write(folder, name, text)
        return ["read", str(path), "-f", "json", *extra], path

    return make


def news_html(folder: Path, _run):
    path = _write(folder, "news-5mb.html", news_page(5_000_000))
    return ["read", str(path), "-f", "json"], path


def validate_yaml(folder: Path, run):
    text = _write(folder, "one-mb.txt", prose(1_000_000, seed=2))
    out = folder / "one-mb.yaml"
    run(["read", str(text), "-f", "yaml", "-o", str(out)])
    return ["validate", str(out)], out


def validate_dashes(folder: Path, _run):
    path = _write(folder, "dashes.yaml", "---\n" * 2_000_000)
    return ["validate", str(path)], path


def diff_outputs(folder: Path, run):
    rng = random.Random(3)
    old = prose(150_000, seed=3)
    # About one sentence in three changed: a word replaced, or a number.
    words = old.split(" ")
    new = " ".join(w if rng.random() > 0.03 else w.upper() for w in words)
    outs = []
    for name, text in (("old", old), ("new", new)):
        src = _write(folder, f"{name}.txt", text)
        out = folder / f"{name}.json"
        run(["read", str(src), "-f", "json", "-o", str(out)])
        outs.append(out)
    return ["diff", str(outs[0]), str(outs[1])], outs[1]


def table_of_claims(folder: Path, _run):
    path = _write(folder, "claims-36k.txt", prose(3_600_000, seed=4))
    return ["read", str(path), "-f", "table"], path


CASES = {
    **{f"unclosed-{t}-x1000": ("html", unclosed(t)) for t in ("span", "em", "strong", "font", "pre")},
    "jsonld-1000-deep": ("html", jsonld_deep),
    "nested-span-25k": ("html", nested("span", 25_000)),
    "nested-span-50k": ("html", nested("span", 50_000)),
    "nested-span-100k": ("html", nested("span", 100_000)),
    "nested-em-100k-unclosed": ("html", nested("em", 100_000, closed=False)),
    "nested-div-100k": ("html", nested("div", 100_000)),
    "attributes-80k": ("html", attributes),
    "br-2m": ("html", line_breaks),
    "comment-10mb": ("html", comment),
    "us-1mb": ("text", text_of("us.txt", "U.S. " * 200_000)),
    "us-words-1mb": ("text", text_of("us-words.txt", "The U.S. and the U.K. said so. " * 33_000)),
    "quotes-1mb": ("text", text_of("quotes.txt", '"' * 1_000_000)),
    "quotes-curly-1mb": ("text", text_of("quotes-curly.txt", "“”" * 170_000)),
    "quotes-words-1mb": ("text", text_of("quotes-words.txt", '"a" ' * 250_000)),
    "news-html-5mb": ("html", news_html),
    "text-10mb": (
        "text",
        lambda folder, _run: (["read", str(p := _write(folder, "prose-10mb.txt", prose(10_000_000))), "-f", "json"], p),
    ),
    "validate-yaml-13mb": ("other", validate_yaml),
    "validate-dashes-8mb": ("other", validate_dashes),
    "diff-1000-claims": ("other", diff_outputs),
    "table-36k-claims": ("other", table_of_claims),
}


def run_declcli(tree: Path, args: list[str], timeout: float) -> dict:
    env_path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(tree)
    try:
        # -P: `-m` would put the working directory first on sys.path, and a
        # run from a checkout would measure that checkout whatever the tree.
        return peak_rss([sys.executable, "-P", "-m", "declcli", *args], timeout=timeout)
    finally:
        if env_path is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = env_path


PEER = """import sys, trafilatura
from trafilatura.settings import use_config
config = use_config(sys.argv[2]) if len(sys.argv) > 2 else None
with open(sys.argv[1], "rb") as fh:
    text = trafilatura.extract(fh.read(), config=config)
sys.exit(0 if text else 4)
"""


def cell(result: dict | None, timeout: float) -> list[str]:
    """Wall seconds, CPU seconds (user and system: steadier than wall time
    on a shared machine), peak RSS in MB, exit code."""
    if result is None:
        return ["", "", "", ""]
    seconds = result["seconds"]
    time_cell = f">{timeout:.0f}" if seconds >= timeout else f"{seconds:.2f}"
    return [
        time_cell,
        f"{result['cpu_seconds']:.2f}",
        f"{result['peak_rss_bytes'] / 2**20:.0f}",
        str(result["exit_code"]) if seconds < timeout else "killed",
    ]


def passes(result: dict, timeout: float) -> bool:
    return (
        result["seconds"] <= LIMIT_SECONDS
        and result["peak_rss_bytes"] <= LIMIT_BYTES
        and result["exit_code"] != 70
        and result["seconds"] < timeout
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--tree",
        action="append",
        default=[],
        help="LABEL=PATH of a declcli checkout (PYTHONPATH); repeatable; default: this checkout",
    )
    ap.add_argument("--case", action="append", default=[], choices=sorted(CASES), help="only these cases")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a run is killed (default 120)")
    ap.add_argument("--no-peer", action="store_true", help="leave trafilatura out")
    ap.add_argument("--json", action="store_true", help="also print the raw figures as JSON")
    args = ap.parse_args(argv)

    trees = []
    for spec in args.tree or [f"this={HERE}"]:
        label, _, path = spec.rpartition("=")
        trees.append((label or Path(path).name, Path(path).resolve()))
    peer = not args.no_peer
    if peer:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            peer = False
            print("trafilatura cannot be imported here: no peer column", file=sys.stderr)
    names = args.case or list(CASES)
    rows, raw = [], {}
    with tempfile.TemporaryDirectory(prefix="declcli-robustness-") as tmp:
        folder = Path(tmp)
        config = trafilatura_config(folder, 50_000_000) if peer else None

        def setup_run(cmd: list[str]) -> None:
            res = run_declcli(trees[0][1], cmd, timeout=600)
            if res["exit_code"] != 0:
                raise SystemExit(f"setup failed: declcli {' '.join(cmd)}: {res['stderr']}")

        for name in names:
            kind, maker = CASES[name]
            cmd, input_path = maker(folder, setup_run)
            size = input_path.stat().st_size
            results = {}
            for label, tree in trees:
                results[label] = run_declcli(tree, cmd, args.timeout)
                print(
                    f"{name} [{label}]: {results[label]['seconds']:.2f} s, "
                    f"{results[label]['peak_rss_bytes'] / 2**20:.0f} MB, exit {results[label]['exit_code']} "
                    f"{results[label]['stderr'][-120:]}",
                    file=sys.stderr,
                    flush=True,
                )
            peer_result = None
            if peer and kind == "html":
                peer_cmd = [sys.executable, "-c", PEER, str(input_path)] + ([str(config)] if config else [])
                peer_result = peak_rss(peer_cmd, timeout=args.timeout)
            last = results[trees[-1][0]]
            row = [name, f"{size / 2**20:.2f} MB" if size >= 100_000 else f"{size / 1024:.1f} KB"]
            for label, _ in trees:
                row += cell(results[label], args.timeout)
            row.append("yes" if passes(last, args.timeout) else "**no**")
            if peer:
                row += [cell(peer_result, args.timeout)[i] for i in (0, 2)]
            rows.append(row)
            raw[name] = {"bytes": size, **results, **({"trafilatura": peer_result} if peer_result else {})}
            for path in folder.iterdir():  # inputs can be 10 MB each: let them go
                if path.name != "trafilatura.cfg":
                    path.unlink()
    header = ["case", "input"]
    for label, _ in trees:
        header += [f"{label} s", f"{label} CPU s", f"{label} MB", f"{label} exit"]
    header.append(f"pass ({trees[-1][0]})")
    if peer:
        header += ["trafilatura s", "trafilatura MB"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(
        f"\npass: <= {LIMIT_SECONDS:.0f} s, <= {LIMIT_BYTES >> 20} MB peak RSS, exit code not 70. "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs (shared: times are indicative)."
    )
    if args.json:
        print(json.dumps(raw, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

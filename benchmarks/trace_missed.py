"""Where each missed snippet of the trafilatura dev set was dropped: the rule
that dropped the block holding it (declcli.clean.trace_drops), counted over
the whole tuning split, so that failure classes show rather than pages.

    python benchmarks/trace_missed.py [--split tune] [--show N] [--rule RULE] [--false-positives]

Only the tuning split by default: the held-out pages are never looked at.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("declcli_extraction_benchmark", ROOT / "benchmarks" / "extraction.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def squeeze(text: str) -> str:
    return "".join(text.split())


def rule_of(snippet: str, trace, text: str) -> str:
    """The rule that dropped the block holding `snippet`, or why it is missing."""
    s = " ".join(snippet.split())
    for probe in (s, s[:60], s[-60:]):
        for why, dropped in trace:
            if probe and probe in " ".join(dropped.split()):
                return why if probe is s else f"{why} (part)"
    if squeeze(s) in squeeze(text):
        return "text form: spacing"
    if unicodedata.normalize("NFC", s) in unicodedata.normalize("NFC", " ".join(text.split())):
        return "text form: NFC"
    return "not in any dropped block"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune", choices=("tune", "heldout", "all"))
    ap.add_argument("--show", type=int, default=0, help="examples per rule")
    ap.add_argument("--rule", help="show only this rule's examples")
    ap.add_argument("--false-positives", action="store_true", help="also list the `without` snippets kept")
    args = ap.parse_args(argv)
    bench = _bench()
    from declcli.clean import trace_drops

    devset = bench.load_trafilatura(split=args.split)
    counts: Counter = Counter()
    pages_by_rule: dict[str, set] = defaultdict(set)
    examples: dict[str, list] = defaultdict(list)
    fps = []
    for page in devset.pages:
        with trace_drops() as trace:
            try:
                text = bench.declcli_text(page.html)
                failed = ""
            except Exception as exc:  # noqa: BLE001
                text, failed = "", type(exc).__name__
        flat = " ".join(text.split())
        missed = [s for s in page.truth["with"] if " ".join(s.split()) not in flat]
        whole = missed and len(missed) == len(page.truth["with"])
        for s in missed:
            rule = rule_of(s, trace, text)
            if failed:
                rule = f"{rule} [page failed]"
            elif whole:
                rule = f"{rule} [whole article missed]"
            counts[rule] += 1
            pages_by_rule[rule].add(page.id)
            examples[rule].append((page.id, s[:100]))
        if args.false_positives:
            fps += [(page.id, s[:100]) for s in page.truth["without"] if " ".join(s.split()) in flat]
    for rule, n in counts.most_common():
        print(f"{n:5d} snippets {len(pages_by_rule[rule]):4d} pages  {rule}")
        if args.show and (args.rule is None or args.rule == rule):
            for pid, s in examples[rule][: args.show]:
                print(f"        {pid}: {s}")
    if args.false_positives:
        print(f"\n{len(fps)} `without` snippets kept:")
        for pid, s in fps:
            print(f"  {pid}: {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

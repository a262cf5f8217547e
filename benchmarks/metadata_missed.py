"""Which metadata source decided each title, published date and byline that
declcli got wrong on the trafilatura dev set, counted over the tuning split,
so that failure classes show rather than pages (the source tables are in
declcli.metadata: TITLE_SOURCES, PUBLISHED_SOURCES, AUTHOR_SOURCES).

    python benchmarks/metadata_missed.py FIELD [--truth hand|own|page] [--show N]

FIELD is title, published, byline (who the page credits) or authors (the people). `--truth hand` (default): the title,
date and author trafilatura's annotators wrote; `own`: our own hand truth
(benchmarks/metadata_hand/gold); `page`: what the page states
in its JSON-LD or meta tags (benchmarks/extraction.py, metadata_truth; the
article-extraction benchmark is read too). For each miss: the truth, what
declcli gave, and every candidate of the field's table in order.

Only the tuning split: the held-out pages are never looked at.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from trace_missed import _bench  # benchmarks/extraction.py, loaded by path (run from benchmarks/)


def candidates(field: str, page, text: str, html: str | None = None) -> tuple[str, list[tuple[str, object]]]:
    """The source that decided `field` and every (source, value) of its table, in order."""
    from declcli.metadata import AUTHOR_SOURCES, BYLINE_SOURCES, PUBLISHED_SOURCES, PageFacts
    from declcli.metadata.authors import pick_authors
    from declcli.metadata.facts import candidates as table_candidates
    from declcli.metadata.title import pick_site, title_candidates

    facts = PageFacts(page, text, html)
    facts.site = pick_site(facts)
    if field == "title":
        found = list(title_candidates(facts))
        decided = next((label for label, _, good in found if good), found[0][0] if found else "none")
        return decided, [(label, value) for label, value, _ in found]
    if field == "byline":
        facts.authors = pick_authors(facts)
    table = {"published": PUBLISHED_SOURCES, "byline": BYLINE_SOURCES}.get(field, AUTHOR_SOURCES)
    found = [(label, value) for label, value in table_candidates(table, facts) if value]
    return (found[0][0] if found else "none"), found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("field", choices=("title", "published", "byline", "authors"))
    ap.add_argument("--truth", choices=("hand", "own", "page"), default="hand")
    ap.add_argument("--show", type=int, default=1000, help="list at most N misses")
    args = ap.parse_args(argv)

    from declcli.input.source import classify
    from declcli.metadata import extract_metadata
    from declcli.model import Source
    from declcli.pipeline import clean

    bench = _bench()
    sets = bench.available_sets("all" if args.truth == "page" else "trafilatura", "tune")
    if not sets:
        print(f"no development set found under {bench.DATASETS}", file=sys.stderr)
        return 2
    tally: Counter = Counter()
    misses = []
    for devset in sets:
        for p in devset.pages:
            truth = {"hand": p.annotated, "own": p.own}.get(args.truth) or (
                bench.metadata_truth(p.html) if args.truth == "page" else {}
            )
            if args.field not in bench.metadata_hits(truth, {}):
                continue
            # the page's HTML too, as the pipeline hands it over (htmldate's last resort)
            head: list[str] = []
            page = clean(classify(Source(kind="file", location="<benchmark>", data=p.html)), head=head)
            text = "\n\n".join(page.blocks)
            html = head[0] if head else None
            article = extract_metadata(page, text, html=html)
            found = {"title": article.title, "published": article.published, "authors": article.authors, "byline": article.byline}
            hit = bench.metadata_hits(truth, found)[args.field]
            decided, cands = candidates(args.field, page, text, html)
            tally[decided, hit] += 1
            if not hit:
                stated = (
                    truth.get(args.field, truth.get("authors"))
                    if args.field != "byline"
                    else truth.get("byline", truth.get("authors"))
                )
                misses.append((p.id, decided, stated, found[args.field], cands))
    total = sum(tally.values())
    print(f"{args.field} against {args.truth} truth: {sum(n for (_, hit), n in tally.items() if hit)} of {total} right")
    print("\nby the source that decided (right / wrong):")
    for label in sorted({label for label, _ in tally}, key=lambda x: -tally[x, False]):
        print(f"  {tally[label, True]:4} / {tally[label, False]:4}  {label}")
    for pid, decided, truth, value, cands in misses[: args.show]:
        print(f"\n{pid}\n  decided by: {decided}\n  truth: {truth!r}\n  gave:  {value!r}")
        for label, cand in cands[:8]:
            print(f"    {label[:40]:<40} {str(cand)[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

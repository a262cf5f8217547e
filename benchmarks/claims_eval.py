#!/usr/bin/env python3
"""Measure sentence splitting and claim extraction against the annotated set.

Usage:
    .venv/bin/python benchmarks/claims_eval.py            # the figures
    .venv/bin/python benchmarks/claims_eval.py -v         # and every miss
    .venv/bin/python benchmarks/claims_eval.py --json     # figures as JSON
    .venv/bin/python benchmarks/claims_eval.py --articles benchmarks/claims_eval/heldout
                                                          # the held-out set

The data is benchmarks/claims_eval/ (see its README for the annotation rules):
boundaries.yaml is run through `declcli.sentences.split_sentences`, each
articles/*.yaml through `declcli.pipeline.analyze`. Each gold claim is aligned
to the predicted claim that overlaps it by the most characters; its fields are
then compared:

- boundaries: boundary cases whose sentences come out exactly as annotated;
- article sentences: gold sentences (split parts joined) found as a predicted
  sentence span, ignoring trailing punctuation;
- claim spans: gold claims whose aligned claim has the same span, ignoring a
  clause's trailing comma or semicolon and its leading conjunction (the
  annotation puts "and"/"but" into the second part, declcli between the parts);
- modality, polarity, kind: equal values;
- countries: the ISO codes of the aligned claim's country actors against the
  gold `countries`, micro precision and recall. The annotation counts only
  countries named in the claim, not coreference ("both countries"), so the
  headline figures read the claims stage's actors, before the agreements
  stage adds an agreement's parties to such group actors; the figures with
  those parties are printed as "countries with groups";
- attribution source: equal source (both null counts), over all claims and
  over the claims where gold or prediction has a source;
- date values: the claim's set of date values equal to gold's, over all
  claims, and micro precision / recall of the values.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
import time

import yaml

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "claims_eval"
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from declcli.claims import extract_claims  # noqa: E402
from declcli.model import Article  # noqa: E402
from declcli.pipeline import analyze  # noqa: E402
from declcli.sentences import split_sentences  # noqa: E402


def load_articles(folder: pathlib.Path = DATA / "articles") -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(pathlib.Path(folder).glob("*.yaml"))]


def load_boundaries() -> list[dict]:
    return yaml.safe_load((DATA / "boundaries.yaml").read_text(encoding="utf-8"))


def gold_spans(doc: dict) -> list[tuple[int, int, dict]]:
    """Each gold claim with its character span in the article text."""
    text, pos, out = doc["text"], 0, []
    for c in doc["claims"]:
        i = text.find(c["text"], pos)
        out.append((i, i + len(c["text"]), c))
        pos = i + len(c["text"])
    return out


def gold_sentences(spans) -> list[tuple[int, int]]:
    """Gold sentence spans: the parts of a split sentence joined."""
    out: list[list[int]] = []
    open_split = False
    for a, b, c in spans:
        if c.get("split") and open_split:
            out[-1][1] = b
        else:
            out.append([a, b])
        open_split = bool(c.get("split")) and not re.search(r"[.!?][\"'”»)]*$", c["text"])
    return [tuple(s) for s in out]


def _overlap(a0, a1, b0, b1) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _norm_end(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and text[b - 1] in " ,;":
        b -= 1
    m = re.match(r"(?:and|but)\s+", text[a:b])
    return (a + m.end() if m else a), b


class Tally:
    def __init__(self):
        self.right: dict[str, int] = {}
        self.total: dict[str, int] = {}
        self.misses: list[str] = []

    def add(self, field: str, ok: bool, miss: str | None = None):
        self.total[field] = self.total.get(field, 0) + 1
        self.right[field] = self.right.get(field, 0) + int(ok)
        if not ok and miss:
            self.misses.append(f"[{field}] {miss}")

    def ratio(self, field: str) -> float:
        return self.right.get(field, 0) / self.total[field] if self.total.get(field) else 1.0


def evaluate(verbose: bool = False, speed_runs: int = 3, articles: pathlib.Path = DATA / "articles") -> dict:
    t = Tally()

    # Boundary cases.
    for case in load_boundaries():
        got = [case["text"][s.start : s.end] for s in split_sentences(case["text"])]
        t.add("boundaries", got == case["sentences"], f"{case['note']}: {got!r}")

    # Articles.
    tp = fp = fn = 0
    gtp = gfp = gfn = 0
    dtp = dfp = dfn = 0
    n_sentences = 0
    docs = load_articles(articles)
    results = []
    for doc in docs:
        article = Article(text=doc["text"], published=doc["published"], language="en")
        claims, _ = analyze(article)
        named = extract_claims(article.text, split_sentences(article.text), published=article.published)
        results.append((doc, claims, {c.id: c for c in named}))
    for doc, claims, named in results:
        text = doc["text"]
        spans = gold_spans(doc)
        pred_sent: dict[int, list[int]] = {}
        for c in claims:
            s = pred_sent.setdefault(c.sentence, [c.start, c.end])
            s[0], s[1] = min(s[0], c.start), max(s[1], c.end)
        pred_sent_set = {_norm_end(text, a, b) for a, b in pred_sent.values()}
        for a, b in gold_sentences(spans):
            n_sentences += 1
            t.add("article sentences", _norm_end(text, a, b) in pred_sent_set, f"{doc['id']}: {text[a:b]!r}")
        for a, b, g in spans:
            best = max(claims, key=lambda c: _overlap(a, b, c.start, c.end), default=None)
            where = f"{doc['id']}: {g['text'][:90]!r}"
            if best is None or _overlap(a, b, best.start, best.end) == 0:
                for f in ("claim spans", "modality", "polarity", "kind", "attribution source", "date values"):
                    t.add(f, False, where + " (no claim)")
                fn += len(g["countries"])
                gfn += len(g["countries"])
                continue
            t.add("claim spans", _norm_end(text, a, b) == _norm_end(text, best.start, best.end), f"{where} -> {best.text[:90]!r}")
            for f in ("modality", "polarity", "kind"):
                t.add(f, getattr(best, f) == g[f], f"{where} gold {g[f]} got {getattr(best, f)}")
            with_groups = {x.country for x in best.actors if x.type == "country" and x.country}
            got_c = {x.country for x in named[best.id].actors if x.type == "country" and x.country}
            want_c = set(g["countries"])
            gtp += len(with_groups & want_c)
            gfp += len(with_groups - want_c)
            gfn += len(want_c - with_groups)
            tp += len(got_c & want_c)
            fp += len(got_c - want_c)
            fn += len(want_c - got_c)
            if got_c != want_c and verbose:
                t.misses.append(f"[countries] {where} gold {sorted(want_c)} got {sorted(got_c)}")
            src = best.attribution.source if best.attribution else None
            t.add("attribution source", src == g["attribution"], f"{where} gold {g['attribution']!r} got {src!r}")
            if src is not None or g["attribution"] is not None:
                t.add("attribution source (attributed)", src == g["attribution"])
            got_d = [d.value for d in best.dates if d.value]
            t.add("date values", set(got_d) == set(g["dates"]), f"{where} gold {g['dates']} got {got_d}")
            dtp += len(set(got_d) & set(g["dates"]))
            dfp += len(set(got_d) - set(g["dates"]))
            dfn += len(set(g["dates"]) - set(got_d))

    # Speed: the whole claims pipeline, after a warm-up run above.
    runs = speed_runs
    started = time.perf_counter()
    for _ in range(runs):
        for doc in docs:
            analyze(Article(text=doc["text"], published=doc["published"], language="en"))
    elapsed = time.perf_counter() - started

    figures = {
        "boundaries": t.ratio("boundaries"),
        "article sentences": t.ratio("article sentences"),
        "claim spans": t.ratio("claim spans"),
        "modality": t.ratio("modality"),
        "polarity": t.ratio("polarity"),
        "kind": t.ratio("kind"),
        "countries precision": tp / (tp + fp) if tp + fp else 1.0,
        "countries recall": tp / (tp + fn) if tp + fn else 1.0,
        "countries with groups precision": gtp / (gtp + gfp) if gtp + gfp else 1.0,
        "countries with groups recall": gtp / (gtp + gfn) if gtp + gfn else 1.0,
        "attribution source": t.ratio("attribution source"),
        "attribution source (attributed)": t.ratio("attribution source (attributed)"),
        "date values": t.ratio("date values"),
        "date values precision": dtp / (dtp + dfp) if dtp + dfp else 1.0,
        "date values recall": dtp / (dtp + dfn) if dtp + dfn else 1.0,
        "sentences per second": n_sentences * runs / elapsed if runs and elapsed else 0.0,
    }
    return {"figures": figures, "counts": t.total, "misses": t.misses}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--articles",
        metavar="DIR",
        type=pathlib.Path,
        default=DATA / "articles",
        help="folder of article *.yaml files to score (default: benchmarks/claims_eval/articles; "
        "benchmarks/claims_eval/heldout is the held-out set). The boundary cases are "
        "always read from benchmarks/claims_eval/boundaries.yaml, so the 'boundaries' "
        "figure does not depend on this option",
    )
    args = ap.parse_args(argv)
    if not any(args.articles.glob("*.yaml")):
        ap.error(f"no *.yaml articles in {args.articles}")
    result = evaluate(verbose=args.verbose, articles=args.articles)
    if args.json:
        print(json.dumps(result["figures"], indent=2))
        return 0
    if args.verbose:
        for line in result["misses"]:
            print(line)
        print()
    counts = result["counts"]
    for name, value in result["figures"].items():
        if name == "sentences per second":
            print(f"{name:34s} {value:10.0f}")
        else:
            n = counts.get(name)
            print(f"{name:34s} {100 * value:9.1f}%" + (f"  (n={n})" if n else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

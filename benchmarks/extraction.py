"""Score article-body extraction on the article-extraction-benchmark set.

    python benchmarks/extraction.py [--dataset PATH] [--no-trafilatura] [--worst N]

The metric is the benchmark's own (see the dataset's DATASET.md): `\\w+`
tokens, multisets of 4-token shingles, per-page TP/FP/FN normalised to sum
to one, precision and recall averaged over pages, F1 from the two means.
declcli is scored through its library API (`extract_article(...).text`);
trafilatura is scored in the same run when it is installed
(`pip install '.[benchmark]'`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASET = REPO / ".." / "shared" / "datasets" / "article-extraction-benchmark"

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth: str, pred: str) -> tuple[float, float, float]:
    """(TP, FP, FN) of one page, normalised to sum to one."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


@dataclass
class Score:
    name: str
    pages: int = 0
    empty: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    per_page: dict[str, tuple[float, float, float]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        vals = [tp / (tp + fp) for tp, fp, fn in self.per_page.values() if tp + fp > 0]
        return sum(vals) / len(vals) if vals else 0.0

    @property
    def recall(self) -> float:
        vals = [tp / (tp + fn) for tp, fp, fn in self.per_page.values() if tp + fn > 0]
        return sum(vals) / len(vals) if vals else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        return (
            f"{self.name:<12} F1 {self.f1:.4f}  precision {self.precision:.4f}  recall {self.recall:.4f}  "
            f"empty {len(self.empty)}  failed {len(self.failed)}  pages {self.pages}  {rate:.1f} pages/s"
        )


def load_dataset(path: Path) -> list[tuple[str, bytes, str]]:
    """(id, html bytes, true body) for every page, sorted by id."""
    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        with gzip.open(path / "html" / f"{pid}.html.gz", "rb") as fh:
            pages.append((pid, fh.read(), truth[pid]["articleBody"]))
    return pages


def declcli_text(html: bytes) -> str:
    from declcli.model import Source
    from declcli.pipeline import extract_article
    from declcli.source import classify

    return extract_article(classify(Source(kind="file", location="<benchmark>", data=html), "html")).text


def trafilatura_text(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html.decode("utf-8", errors="replace")) or ""


def run(name: str, extract, pages) -> tuple[Score, dict[str, str]]:
    score = Score(name)
    outputs: dict[str, str] = {}
    start = time.perf_counter()
    for pid, html, _ in pages:
        try:
            outputs[pid] = extract(html) or ""
        except Exception:  # noqa: BLE001 - a failed page is counted, not fatal
            score.failed.append(pid)
            outputs[pid] = ""
    score.seconds = time.perf_counter() - start
    for pid, _, truth in pages:
        score.pages += 1
        pred = outputs[pid]
        if pid not in score.failed and not pred.strip():
            score.empty.append(pid)
        score.per_page[pid] = page_counts(truth, pred)
    return score, outputs


def score_declcli(dataset: Path = DEFAULT_DATASET) -> Score:
    """declcli's score on the set (used by the quality-gate test)."""
    return run("declcli", declcli_text, load_dataset(dataset))[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--no-trafilatura", action="store_true", help="score declcli only")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--dump", type=Path, help="write declcli's text of every page to this folder")
    args = ap.parse_args(argv)

    if not (args.dataset / "ground-truth.json").exists():
        print(f"dataset not found: {args.dataset}", file=sys.stderr)
        return 2
    pages = load_dataset(args.dataset)
    ours, outputs = run("declcli", declcli_text, pages)
    scores = [ours]
    if not args.no_trafilatura:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            print("trafilatura not installed: pip install '.[benchmark]' to compare", file=sys.stderr)
        else:
            scores.append(run("trafilatura", trafilatura_text, pages)[0])
    for s in scores:
        print(s.line())
    for s in scores:
        if s.empty or s.failed:
            print(f"{s.name}: empty {s.empty} failed {s.failed}")
    if args.worst:
        def f1(c):
            tp, fp, fn = c
            return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

        print(f"\nworst {args.worst} pages for declcli (F1, precision, recall, id):")
        for pid, c in sorted(ours.per_page.items(), key=lambda kv: f1(kv[1]))[: args.worst]:
            tp, fp, fn = c
            p = tp / (tp + fp) if tp + fp else 0
            r = tp / (tp + fn) if tp + fn else 0
            print(f"  {f1(c):.3f}  P {p:.3f}  R {r:.3f}  {pid}")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for pid, text in outputs.items():
            (args.dump / f"{pid}.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

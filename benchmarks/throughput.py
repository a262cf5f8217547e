"""Throughput: one process, many pages; declcli's whole pipeline against trafilatura.

    .venv/bin/python benchmarks/throughput.py [--dataset PATH] [--repeats 3] [--json]

Over the article-extraction-benchmark pages (gzip HTML, decompressed into
memory before timing), in the same process:

- declcli `--no-claims`: `process(source, claims=False)`, `document_to_dict`
  and `render.to_json` (text and metadata, as `read --no-claims -f json`),
  in passes alternating with trafilatura's: issue 12's goal, at least 1.0x
  trafilatura's pages/s;
- trafilatura: `trafilatura.extract(html)` on the decoded page (the goal's
  peer), and, for comparison, `extract(html, with_metadata=True,
  output_format="json")`, which also reads the metadata and writes JSON as
  declcli does;
- declcli's whole pipeline with the claims (`process_bytes` ->
  `document_to_dict` -> `to_json`, as `read -f json`), for the record: since
  the claims run on spaCy its peer is spaCy's own parse (`claims_speed.py`).

Each tool makes one untimed warm-up pass over all pages (word lists,
gazetteer and compiled patterns loaded), then `--repeats` timed passes;
pages/s is from the median pass. The ratio is declcli / trafilatura pages/s
(higher is better).

declcli's time is also broken down by stage in separate passes: clean +
metadata (`classify` and `pipeline.extract_article`), claims + agreements
(`pipeline.analyze`), and `document_to_dict` + `to_json`.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATASET = REPO / ".." / "shared" / "datasets" / "article-extraction-benchmark"


def load_pages(dataset: Path) -> list[tuple[str, bytes]]:
    files = sorted((dataset / "html").glob("*.html.gz"))
    pages = []
    for path in files:
        with gzip.open(path, "rb") as fh:
            pages.append((path.name[: -len(".html.gz")], fh.read()))
    return pages


def _declcli_pages(pages, run):
    """`run(pid, data)` on every page; the pages that fail, with why."""
    from declcli.errors import DeclError

    failed = []
    for pid, data in pages:
        try:
            run(pid, data)
        except DeclError as err:  # a page without article text is an answer, not a crash
            failed.append((pid, f"{type(err).__name__}: {err}"))
        except Exception as err:  # noqa: BLE001 - a bug in declcli: reported, the run goes on
            failed.append((pid, f"CRASH {type(err).__name__}: {err}"))
    return failed


def declcli_whole(pages):
    from declcli.model import document_to_dict
    from declcli.pipeline import process_bytes
    from declcli.render import to_json

    return _declcli_pages(
        pages, lambda pid, data: to_json(document_to_dict(process_bytes(data, location=pid, input_format="html")))
    )


def declcli_no_claims(pages):
    """What `declcli read --no-claims -f json` does per page: text and metadata, no model."""
    from declcli.input.source import classify
    from declcli.model import Source, document_to_dict
    from declcli.pipeline import process
    from declcli.render import to_json

    def run(pid, data):
        source = classify(Source(kind="file", location=pid, data=data), "html")
        to_json(document_to_dict(process(source, claims=False)))

    return _declcli_pages(pages, run)


def declcli_staged(pages) -> dict[str, float]:
    """Seconds per stage over all pages."""
    from declcli.input.source import classify
    from declcli.model import Document, Source, document_to_dict
    from declcli.pipeline import analyze, extract_article
    from declcli.render import to_json

    clock = time.perf_counter
    t = {"clean+metadata": 0.0, "claims+agreements": 0.0, "dict+json": 0.0}
    for pid, data in pages:
        t0 = clock()
        try:
            source = classify(Source(kind="file", location=pid, data=data), "html")
            article = extract_article(source)
        except Exception:  # noqa: BLE001 - reported by the whole-pipeline pass
            t["clean+metadata"] += clock() - t0
            continue
        t1 = clock()
        try:
            claims, agreements = analyze(article)
            t2 = clock()
            to_json(document_to_dict(Document(source=source, article=article, claims=claims, agreements=agreements)))
            t3 = clock()
        except Exception:  # noqa: BLE001 - reported by the whole-pipeline pass
            continue
        t["clean+metadata"] += t1 - t0
        t["claims+agreements"] += t2 - t1
        t["dict+json"] += t3 - t2
    return t


def trafilatura_pass(pages, **options):
    import trafilatura

    failed = []
    for pid, data in pages:
        try:
            trafilatura.extract(data.decode("utf-8", errors="replace"), **options)
        except Exception as err:  # noqa: BLE001 - counted, not fatal
            failed.append((pid, f"{type(err).__name__}: {err}"))
    return failed


def trafilatura_like_for_like(pages):
    """trafilatura doing what declcli does beside the claims: the page's
    metadata too, and JSON out."""
    return trafilatura_pass(pages, with_metadata=True, output_format="json")


def timed(fn, pages, repeats: int) -> tuple[list[float], list]:
    fn(pages)  # warm-up
    times, failed = [], []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        failed = fn(pages)
        times.append(time.perf_counter() - start)
    return times, failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    ap.add_argument("--repeats", type=int, default=3, help="timed passes per tool (median reported)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)

    if not (args.dataset / "html").is_dir() or not any((args.dataset / "html").glob("*.html.gz")):
        print(
            f"throughput.py: skipped: benchmark pages not found under {args.dataset / 'html'} "
            f"(expected ../shared/datasets/article-extraction-benchmark/html/*.html.gz)",
            file=sys.stderr,
        )
        return 0
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        sys.exit("throughput.py: trafilatura not installed: .venv/bin/pip install -e '.[benchmark]'")

    load = os.getloadavg()[0]
    pages = load_pages(args.dataset)
    n = len(pages)
    mb = sum(len(d) for _, d in pages) / 1e6

    ours_t, ours_failed = timed(declcli_whole, pages, args.repeats)
    peer_t, peer_failed = timed(trafilatura_pass, pages, args.repeats)
    meta_t, _ = timed(trafilatura_like_for_like, pages, args.repeats)
    # Extraction only (issue 12's goal: --no-claims at least 1.0x trafilatura in-process), timed in
    # passes alternating with trafilatura's so that both see the same load.
    bare_t, peer2_t = [], []
    declcli_no_claims(pages)
    for _ in range(args.repeats):
        for fn, out in ((declcli_no_claims, bare_t), (trafilatura_pass, peer2_t)):
            gc.collect()
            start = time.perf_counter()
            fn(pages)
            out.append(time.perf_counter() - start)
    stage_runs = [declcli_staged(pages) for _ in range(args.repeats)]
    stages = {k: statistics.median(r[k] for r in stage_runs) for k in stage_runs[0]}

    ours_rate = n / statistics.median(ours_t)
    peer_rate = n / statistics.median(peer_t)
    ratio = ours_rate / peer_rate
    meta_rate = n / statistics.median(meta_t)
    stage_total = sum(stages.values())
    bare_rate = n / statistics.median(bare_t)
    bare_ratio = bare_rate / (n / statistics.median(peer2_t))
    result = {
        "benchmark": "throughput",
        "pages": n,
        "megabytes": mb,
        "repeats": args.repeats,
        "cpus": os.cpu_count(),
        "load_average_at_start": load,
        "declcli_pages_per_s": ours_rate,
        "trafilatura_pages_per_s": peer_rate,
        "ratio": ratio,
        "no_claims_pages_per_s": bare_rate,
        "no_claims_ratio": bare_ratio,
        "no_claims_ratio_per_round": [p / b for b, p in zip(bare_t, peer2_t, strict=True)],
        "goal_min_ratio": 1.0,
        "met": bare_ratio >= 1.0,
        "trafilatura_with_metadata_json_pages_per_s": meta_rate,
        "ratio_to_with_metadata_json": ours_rate / meta_rate,
        "declcli_pass_s": ours_t,
        "trafilatura_pass_s": peer_t,
        "declcli_stages_s": stages,
        "declcli_failed": ours_failed,
        "trafilatura_failed": peer_failed,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"throughput, one process, {n} pages ({mb:.1f} MB of HTML), median of {args.repeats} passes "
        f"after a warm-up ({os.cpu_count()} cpus, load average {load:.2f} at start)"
    )
    print(f"{'declcli pages/s':>16} {'trafilatura pages/s':>20} {'ratio':>7}  goal")
    print(
        f"{bare_rate:16.1f} {n / statistics.median(peer2_t):20.1f} {bare_ratio:6.2f}x  >= 1.0x "
        f"{'ok' if bare_ratio >= 1.0 else 'MISSED'}  (declcli --no-claims: text and metadata, JSON; "
        f"rounds {min(result['no_claims_ratio_per_round']):.2f}-{max(result['no_claims_ratio_per_round']):.2f}x)"
    )
    print(
        f"{ours_rate:16.1f} {peer_rate:20.1f} {ratio:6.2f}x  (the whole pipeline with the claims: no goal, see claims_speed.py)"
    )
    print(
        f"{'':16} {meta_rate:20.1f} {ours_rate / meta_rate:6.2f}x  (trafilatura with_metadata=True, "
        f"output_format='json': the same job as declcli's without the claims)"
    )
    print("\ndeclcli by stage (separate passes, median)")
    print(f"{'stage':<20} {'s':>7} {'share':>6} {'ms/page':>8}")
    for k, v in stages.items():
        print(f"{k:<20} {v:7.2f} {v / stage_total:6.1%} {v / n * 1000:8.1f}")
    for name, failed in (("declcli", ours_failed), ("trafilatura", peer_failed)):
        if failed:
            print(f"{name}: {len(failed)} pages gave an error: " + "; ".join(f"{p} ({e})" for p, e in failed[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

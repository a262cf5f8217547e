"""The quality floors the gates hold, read from tests/gates/baselines.json, each with
the sha256 of the corpus it was measured on.

A floor measured on one corpus says nothing about another: when the files a
gate reads differ from the ones recorded, the gate fails ("corpus changed")
instead of comparing figures that no longer belong together. Re-measure
(the benchmark script named in the entry), set the floors, and record the new
digest, which `python tests/gates/baselines.py` prints for every corpus.

A corpus digest is the sha256 over its files in sorted order of their path
relative to the corpus root: for each file, the path (UTF-8), a NUL byte, and
the sha256 of its bytes.
"""

import functools
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
BASELINES = Path(__file__).resolve().parent / "baselines.json"


def corpus_sha256(base: Path, files) -> str:
    """The digest of `files` (paths under `base`), as the module docstring defines it."""
    digest = hashlib.sha256()
    for rel in sorted(p.relative_to(base).as_posix() for p in files):
        digest.update(rel.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256((base / rel).read_bytes()).digest())
    return digest.hexdigest()


def _claims_real_dev():
    """The dev part of benchmarks/claims_real: each dev article's meta and text, and its gold."""
    base = ROOT / "benchmarks" / "claims_real"
    files = []
    for meta_path in sorted((base / "articles").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        gold = base / "gold" / f"{meta['id']}.yaml"
        if meta["part"] == "dev" and gold.exists():  # what claims_real_eval.load_set("dev") reads
            files += [meta_path, base / "articles" / f"{meta['id']}.txt", gold]
    return base, files


def _claims_eval():
    base = ROOT / "benchmarks" / "claims_eval"
    return base, [base / "boundaries.yaml", *(base / "articles").glob("*.yaml")]


def _aeb():
    base = DATASETS / "article-extraction-benchmark"
    return base, [base / "ground-truth.json", *(base / "html").glob("*")]


def _trafilatura_dev():
    base = DATASETS / "trafilatura-eval-dev"
    return base, [base / "evaldata.json", *(base / "html").glob("*")]


def _own_metadata_gold():
    """Our own hand truth of the trafilatura dev set's tuning pages (the held-out
    pages' gold is no part of it: it is scored once, at the end)."""
    base = ROOT / "benchmarks" / "metadata_hand" / "gold"
    return base, sorted(base.glob("tune-*.yaml"))


def _one_file(path: Path):
    return lambda: (path.parent, [path])


CORPORA = {
    "benchmarks/claims_real (dev part)": _claims_real_dev,
    "benchmarks/claims_eval": _claims_eval,
    "shared/datasets/article-extraction-benchmark": _aeb,
    "shared/datasets/trafilatura-eval-dev": _trafilatura_dev,
    "benchmarks/metadata_hand/gold (tune)": _own_metadata_gold,
    "tests/data/agreements_dev.json": _one_file(ROOT / "tests" / "data" / "agreements_dev.json"),
    "fixtures/sbd/golden_rules_en.json": _one_file(ROOT / "fixtures" / "sbd" / "golden_rules_en.json"),
}


@functools.cache
def current_sha256(corpus: str) -> str:
    base, files = CORPORA[corpus]()
    return corpus_sha256(base, files)


@functools.cache
def _recorded() -> dict:
    return json.loads(BASELINES.read_text(encoding="utf-8"))["gates"]


def recorded(gate: str) -> dict:
    """The entry of `gate` in tests/gates/baselines.json, its corpus not checked (for parametrising)."""
    return _recorded()[gate]


def baseline(gate: str) -> dict:
    """The entry of `gate` in tests/gates/baselines.json, once its corpus is known to be
    the one it was measured on; the calling test fails otherwise."""
    import pytest

    entry = _recorded()[gate]
    now = current_sha256(entry["corpus"])
    if now != entry["corpus_sha256"]:
        pytest.fail(
            f"corpus changed: re-measure and re-pin. {gate}: {entry['corpus']} has sha256 {now}, "
            f"its floors in tests/gates/baselines.json were measured on {entry['corpus_sha256']} "
            f"(re-measure with {entry['measure']}, then record the floors and the digest)",
            pytrace=False,
        )
    return entry


def main() -> int:
    """Print each gate's recorded and current corpus digest."""
    changed = 0
    for gate, entry in _recorded().items():
        try:
            now = current_sha256(entry["corpus"])
        except FileNotFoundError:
            now = "(absent)"
        state = "same" if now == entry["corpus_sha256"] else "CHANGED"
        changed += state == "CHANGED"
        print(f"{gate}: {state}\n  corpus   {entry['corpus']}\n  recorded {entry['corpus_sha256']}\n  current  {now}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())

"""The agreement finder on the development table (tests/data/agreements_dev.json):
real sentences from the development pages, expectations written from the text.
Every row must be right; the table's size and digest: tests/gates/baselines.json."""

import json
from pathlib import Path

import pytest
from baselines import baseline

from declcli.model import Article
from declcli.pipeline import analyze

pytestmark = pytest.mark.gate

TABLE = json.loads((Path(__file__).resolve().parents[1] / "data" / "agreements_dev.json").read_text(encoding="utf-8"))["rows"]


def _parties_match(found: list[str], expected: list) -> bool:
    # A party given as a list accepts any of its spellings.
    options = [set(e) if isinstance(e, list) else {e} for e in expected]
    if len(found) != len(options):
        return False
    left = list(found)
    for spellings in options:
        hit = next((p for p in left if p in spellings), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def mismatches(row) -> list[str]:
    """What the finder gets wrong on one row of the table (empty: right)."""
    _, agreements = analyze(Article(text=row["text"], published=row["published"]))
    wrong = []
    if len(agreements) != len(row["agreements"]):
        return [
            f"{len(agreements)} agreements found, {len(row['agreements'])} expected: "
            f"{[(a.name, a.type, a.parties) for a in agreements]}"
        ]
    for found, expected in zip(agreements, row["agreements"], strict=False):
        for key in ("name", "type", "place"):
            if key in expected and getattr(found, key) != expected[key]:
                wrong.append(f"{key} {getattr(found, key)!r} != {expected[key]!r}")
        if "date" in expected and (found.date is None or found.date.value != expected["date"]):
            wrong.append(f"date {found.date} != {expected['date']!r}")
        if "parties" in expected and not _parties_match(found.parties, expected["parties"]):
            wrong.append(f"parties {found.parties} != {expected['parties']}")
        if "signatories" in expected and found.signatories != expected["signatories"]:
            wrong.append(f"signatories {found.signatories} != {expected['signatories']}")
    return wrong


@pytest.mark.parametrize("row", TABLE, ids=lambda r: f"{r['source'][:16]}:{r['text'][:40]}")
def test_dev_table(row):
    assert len(TABLE) == baseline("agreements_dev")["measured"]["rows"]
    assert mismatches(row) == []

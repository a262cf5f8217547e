"""Compare two annotators' metadata records and prepare the adjudication.

    python benchmarks/metadata_hand/adjudicate.py agreement M1 M2 [tune-01 ...]
    python benchmarks/metadata_hand/adjudicate.py prepare M1 M2 [tune-01 ...]   (or heldout-NN)

`agreement` prints, per field, the share of pages both annotators judged alike (title as written,
white space collapsed; the published day; the authors as a set of names, case-folded; the credit).
`prepare` writes adjudication/tune-NN.yaml: per page the fields both agree on, and for each field
they differ on a `dispute` entry with both readings and their notes. The adjudicator writes
gold/tune-NN.yaml from it (the guide's format); `extraction.py` scores against gold/.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = ("title", "published", "authors", "credit")


def _load(name: str, stem: str) -> list[dict]:
    import yaml

    return yaml.safe_load((HERE / "annotations" / name / f"{stem}.yaml").read_text(encoding="utf-8")) or []


def _norm(field: str, value):
    if value in (None, "", []):
        return None
    if field == "authors":
        return frozenset(unicodedata.normalize("NFC", " ".join(str(v).split())).casefold() for v in value)
    text = unicodedata.normalize("NFC", " ".join(str(value).split()))
    return text.casefold() if field == "credit" else text


def _stems(a: str, b: str, given: list[str]) -> list[str]:
    if given:
        return given
    left = {p.stem for p in (HERE / "annotations" / a).glob("*.yaml")}
    right = {p.stem for p in (HERE / "annotations" / b).glob("*.yaml")}
    return sorted(left & right)


def _pairs(a: str, b: str, stems: list[str]):
    for stem in stems:
        left, right = _load(a, stem), _load(b, stem)
        if [r["page"] for r in left] != [r["page"] for r in right]:
            raise SystemExit(f"{stem}: the two files do not list the same pages in the same order")
        yield stem, list(zip(left, right, strict=True))


def agreement(a: str, b: str, stems: list[str]) -> None:
    same = dict.fromkeys(FIELDS, 0)
    pages = 0
    for _stem, pairs in _pairs(a, b, stems):
        for left, right in pairs:
            pages += 1
            for field in FIELDS:
                same[field] += _norm(field, left.get(field)) == _norm(field, right.get(field))
    print(f"{pages} pages judged by {a} and {b}")
    for field in FIELDS:
        print(f"  {field}: {same[field] / pages:.3f} ({same[field]} alike)" if pages else f"  {field}: -")


def prepare(a: str, b: str, stems: list[str]) -> None:
    import yaml

    out = HERE / "adjudication"
    out.mkdir(exist_ok=True)
    disputes = 0
    for stem, pairs in _pairs(a, b, stems):
        records = []
        for left, right in pairs:
            record = {"page": left["page"]}
            for field in FIELDS:
                if _norm(field, left.get(field)) == _norm(field, right.get(field)):
                    record[field] = left.get(field)
                else:
                    disputes += 1
                    record[field] = {"dispute": {a: left.get(field), b: right.get(field)}}
            if field_notes := {n: r.get("note") for n, r in ((a, left), (b, right)) if r.get("note")}:
                record["notes"] = field_notes
            record["published_from"] = {a: left.get("published_from"), b: right.get("published_from")}
            records.append(record)
        (out / f"{stem}.yaml").write_text(
            yaml.safe_dump(records, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8"
        )
    print(f"{len(stems)} files, {disputes} disputed fields")


if __name__ == "__main__":
    command, first, second, *rest = sys.argv[1:]
    stems = _stems(first, second, rest)
    {"agreement": agreement, "prepare": prepare}[command](first, second, stems)

"""Prepare the adjudication of two annotators' files and measure their agreement.

    python benchmarks/claims_real/adjudicate.py prepare A2 B2 01 02 …   # writes adjudication/NN.yaml
    python benchmarks/claims_real/adjudicate.py agreement A2 B2        # per-field agreement of two annotators

`prepare` writes, for each article, the units with every field both annotators agree on, and for
each field they disagree on a `dispute` entry holding both readings; the adjudicator resolves
each dispute by the guide and writes the whole unit to gold/NN.yaml. Nothing here reads declcli.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
FIELDS = ("claim", "mood", "condition", "kind", "modality", "polarity", "attribution", "actors", "dates")


def _load(annotator: str, article: str) -> list[dict]:
    return yaml.safe_load((HERE / "annotations" / annotator / f"{article}.yaml").read_text(encoding="utf-8"))["units"]


def _norm(field: str, value):
    if field == "actors":
        return sorted(((a or {}).get("name"), (a or {}).get("type"), (a or {}).get("country")) for a in value or [])
    if field == "dates":
        return sorted(((d or {}).get("text"), str((d or {}).get("value"))) for d in value or [])
    if field == "attribution":
        return None if not value else (value.get("source"), value.get("cue"))
    return value


def prepare(a: str, b: str, articles: list[str]) -> None:
    out_dir = HERE / "adjudication"
    out_dir.mkdir(exist_ok=True)
    for article in articles:
        units = []
        for ua, ub in zip(_load(a, article), _load(b, article), strict=False):
            unit = {"n": ua["n"]}
            disputes = {}
            for field in FIELDS:
                va, vb = ua.get(field), ub.get(field)
                if _norm(field, va) == _norm(field, vb):
                    unit[field] = va
                else:
                    disputes[field] = {a: va, b: vb}
            if disputes:
                unit["dispute"] = disputes
                unit["notes"] = {a: ua.get("note"), b: ub.get("note")}
            units.append(unit)
        path = out_dir / f"{article}.yaml"
        path.write_text(
            yaml.safe_dump({"article": article, "units": units}, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        print(path, sum(1 for u in units if "dispute" in u), "of", len(units), "units disputed")


def agreement(a: str, b: str) -> None:
    same = {f: 0 for f in FIELDS}
    total = 0
    for path in sorted((HERE / "annotations" / a).glob("*.yaml")):
        if not (HERE / "annotations" / b / path.name).exists():
            continue
        for ua, ub in zip(_load(a, path.stem), _load(b, path.stem), strict=False):
            total += 1
            for f in FIELDS:
                same[f] += _norm(f, ua.get(f)) == _norm(f, ub.get(f))
    print(f"{a} vs {b}: {total} units")
    for f in FIELDS:
        print(f"  {f:12} {same[f] / total:.3f}" if total else "")


if __name__ == "__main__":
    command, a, b, *rest = sys.argv[1:]
    prepare(a, b, rest) if command == "prepare" else agreement(a, b)

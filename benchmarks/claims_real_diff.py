"""Save declcli's claims on a part of the real-news set, and compare two such runs unit by unit.

    python benchmarks/claims_real_diff.py dump tune before.json --jobs 2   # on one commit
    python benchmarks/claims_real_diff.py dump tune after.json --jobs 2    # on another
    python benchmarks/claims_real_diff.py figures after.json --part tune   # its figures on today's gold
    python benchmarks/claims_real_diff.py diff before.json after.json      # units fixed and broken, per field
    python benchmarks/claims_real_diff.py diff before.json after.json kind actors_ok   # and list them

A run keeps each unit's claims (text, offsets and fields), not their scores, so that a run made before
the gold changed is scored on today's gold: a rule's effect is read as the units it fixed and broke
on the whole set, the check that a failure class moved rather than one page. Units are scored by
claims_real_eval's own code.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).parent))

import claims_real_eval as real_eval  # noqa: E402

# The per-unit results a diff can follow: 1 when right, except chrome and dropped (counts of wrong ones).
FIELDS = ("all", "kind", "modpol", "mood", "attr_ok", "actors_ok", "dates_ok", "chrome", "dropped")


def claim_record(claim) -> dict:
    attribution = claim.attribution
    return {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "kind": claim.kind,
        "modality": claim.modality,
        "polarity": claim.polarity,
        "mood": getattr(claim, "mood", "statement"),
        "attribution": attribution and {"source": attribution.source, "cue": attribution.cue},
        "actors": [{"name": a.name, "type": a.type, "country": a.country} for a in claim.actors],
        "dates": [{"text": d.text, "value": d.value} for d in claim.dates],
    }


def _article_run(item) -> tuple[str, list[list[dict]]]:
    meta, text, units = item
    owners = real_eval.owners_of(real_eval.run_declcli(text, meta["reference_date"]), meta["sentences"])
    return meta["id"], [[claim_record(c) for c in owners[i]] for i in range(len(units))]


def dump(part: str, ids: set[str] | None = None, jobs: int = 1) -> dict[str, list[list[dict]]]:
    """Each article's units, each the list of its claims' records."""
    articles = real_eval.load_set(part, real_eval.SET / "gold", ids)
    if jobs > 1:
        import multiprocessing

        from declcli.claims.nlp import load_model

        load_model()  # loaded once, before the fork, so that the workers share it
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            runs = pool.map(_article_run, articles, chunksize=4)
    else:
        runs = [_article_run(a) for a in articles]
    return dict(sorted(runs))


def _as_claims(records: list[dict]) -> list:
    return [
        SimpleNamespace(
            **{
                **r,
                "attribution": r["attribution"] and SimpleNamespace(**r["attribution"]),
                "actors": [SimpleNamespace(**a) for a in r["actors"]],
                "dates": [SimpleNamespace(**d) for d in r["dates"]],
            }
        )
        for r in records
    ]


def scored(run: dict, part: str = "all", gold_dir: Path | None = None) -> dict[str, list[dict]]:
    """Each article of the run that is in the part: its units' score rows on the gold."""
    out = {}
    for meta, _, units in real_eval.load_set(part, gold_dir or real_eval.SET / "gold", set(run)):
        out[meta["id"]] = [real_eval.score_unit(unit, _as_claims(run[meta["id"]][i])) for i, unit in enumerate(units)]
    return out


def changed(before: dict[str, list[dict]], after: dict[str, list[dict]], field: str) -> tuple[list[str], list[str]]:
    """Units ("article#n") the field went right and wrong on, between two scored runs of the same gold."""
    fixed, broken = [], []
    for article in sorted(set(before) & set(after)):
        for n, (old, new) in enumerate(zip(before[article], after[article], strict=True), 1):
            if field in ("chrome", "dropped"):
                gain = old.get(field, 0) - new.get(field, 0)
            elif old["gold_claim"]:
                gain = new.get(field, 0) - old.get(field, 0)
            else:
                continue
            if gain > 0:
                fixed.append(f"{article}#{n}")
            elif gain < 0:
                broken.append(f"{article}#{n}")
    return fixed, broken


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump", help="run declcli over a part and save its claims")
    p.add_argument("part", choices=(*real_eval.PARTS, "all"))
    p.add_argument("out", type=Path)
    p.add_argument("--ids", help="only these articles (comma-separated ids, as in the file names)")
    p.add_argument("--jobs", type=int, default=1)
    p = sub.add_parser("figures", help="a saved run's figures on today's gold")
    p.add_argument("run", type=Path)
    p.add_argument("--part", choices=(*real_eval.PARTS, "all"), default="all")
    p = sub.add_parser("diff", help="units fixed and broken between two saved runs, per field")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("fields", nargs="*", metavar="FIELD", help=f"list these fields' units ({', '.join(FIELDS)})")
    args = parser.parse_args(argv)
    if args.command == "dump":
        run = dump(args.part, set(args.ids.split(",")) if args.ids else None, args.jobs)
        args.out.write_text(json.dumps(run, ensure_ascii=False), encoding="utf-8")
        print(f"{len(run)} articles -> {args.out}")
    elif args.command == "figures":
        rows = scored(json.loads(args.run.read_text(encoding="utf-8")), args.part)
        print(f"{len(rows)} articles, {sum(len(r) for r in rows.values())} units")
        for name, value in real_eval.figures(list(rows.values())).items():
            print(f"{name:30} {value if isinstance(value, int) or value is None else f'{value:.4f}'}")
    else:
        unknown = set(args.fields) - set(FIELDS)
        if unknown:
            parser.error(f"unknown field {sorted(unknown)[0]!r}: choose from {', '.join(FIELDS)}")
        before, after = (scored(json.loads(p.read_text(encoding="utf-8"))) for p in (args.before, args.after))
        for field in args.fields or FIELDS:
            fixed, broken = changed(before, after, field)
            print(f"{field}: fixed {len(fixed)}, broken {len(broken)}")
            if args.fields:
                print("  fixed:", " ".join(fixed))
                print("  broken:", " ".join(broken))


if __name__ == "__main__":
    main()

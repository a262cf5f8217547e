"""How far two annotators agree, scored by the same code that scores declcli: the human reference.

    python benchmarks/claims_agreement.py                 # every pair, pooled, on the parts in tune
    python benchmarks/claims_agreement.py --part test16   # one part

Each pair of annotators (A1 and B1, A2 and B2, ...) annotated the same articles independently, from
the guide and the text alone. Here one annotator's records stand in for declcli's claims and the
other's for the gold (claims_real_eval.py's scoring, both ways round, pooled), so each figure reads
as "how often a second careful person agrees with the first" on the same units declcli is scored on.
The adjudicated gold came later and was made consistent afterwards, so this is not a ceiling for
declcli's figures, but it says which goals people themselves reach.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from claims_real_eval import FIGURES, PARTS, SET, annotated_claims, figures, intervals, load_set, score_unit  # noqa: E402


def pairs() -> list[tuple[str, str]]:
    names = {p.name for p in (SET / "annotations").iterdir() if p.is_dir()}
    numbers = sorted({int(m.group(1)) for n in names if (m := re.fullmatch(r"[AB](\d+)", n))})
    return [(f"A{k}", f"B{k}") for k in numbers if f"A{k}" in names and f"B{k}" in names]


def agreement(part: str) -> tuple[list[list[dict]], int]:
    import yaml

    per_article = []
    articles = 0
    metas = [meta for meta, _, _ in load_set(part, SET / "gold")]
    for first, second in pairs():
        for meta in metas:
            if not (SET / "annotations" / first / f"{meta['id']}.yaml").exists():
                continue
            for reader, reference in ((first, second), (second, first)):
                path = SET / "annotations" / reference / f"{meta['id']}.yaml"
                if not path.exists():
                    continue
                units = yaml.safe_load(path.read_text(encoding="utf-8"))["units"]
                owners = annotated_claims(reader, meta, len(units))
                per_article.append([score_unit(unit, owners[i]) for i, unit in enumerate(units)])
                articles += reader == first
    return per_article, articles


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=tuple(PARTS), default="tune")
    args = parser.parse_args(argv)
    per_article, articles = agreement(args.part)
    result, spread = figures(per_article), intervals(per_article)
    print(f"part {args.part}: {articles} articles annotated by a pair, scored both ways round")
    print(f"{'figure':30} {'agreement':>9} {'95% interval':>17}")
    for name in FIGURES:
        value = result[name]
        lo, hi = spread.get(name, (float("nan"), float("nan")))
        print(f"{name:30} {value if value is not None else float('nan'):9.3f} [{lo:.3f}, {hi:.3f}]")
    print(f"{'chrome claims':30} {result['chrome claims']:9d}")
    print(f"{'dropped real units':30} {result['dropped real units']:9d}")


if __name__ == "__main__":
    main()

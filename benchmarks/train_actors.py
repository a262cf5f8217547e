"""Train and judge a learned keep/drop filter over the actors declcli's rules give a claim.

    pip install -e '.[train]'                                # scikit-learn, for this script only
    python benchmarks/train_actors.py --cache /tmp/a.json    # cross-validate by article (the parse takes minutes)
    python benchmarks/train_actors.py --cache F -C 0.1 --threshold 0.2 0.3   # other settings, on the cached rows

Each actor a claim of a tune article carries when `_claim` returns gives one row: its named features (`features`:
the actor's type, the entity the model marked on its words, where the name sits in the parse, its shape, where
it sits in the claim, the gazetteers and lexicons that know it, how often the article writes it) and a label: the
scorer's rule (`claims_real_eval._pred_matches_gold`) matches it to a gold actor of the unit the claim belongs to.
Actors added after `_claim` (agreements.py's parties) have no row and are always kept.

The judge is a grouped cross-validation by article (5 folds, articles shuffled with a fixed seed): a logistic
regression is trained on four folds' articles' actors; on the fifth's, every actor whose probability of being
right is under a threshold is dropped from its claim, and each unit is scored again by the scorer's own
`score_unit`, beside the rules' actors on the same units. It reports actor recall and precision, every field and
the units fixed and broken. Session 25 ran it (docs/claims-quality.md, "Session 25 (actors, learned filter)").
Deterministic: the same input gives the same folds and figures.

The honest judge (session 47, `--oos DIR`): DIR holds, per test part, the claims the commit scored on that part
gave it before anyone tuned on it (claims_real_diff's dump, `testNN.json`). Each old claim's actors get their
features from today's parse of the article, at the paragraph holding the claim (`actor_model.features`, the
function the run time would call), and a label by the scorer's rule; left-out entities (`actor_model.candidates`)
get rows too. Leaving one part out, a keep model and an admit model are fitted on every other part's rows and the
held-out part is scored with its actors filtered (and entities admitted), beside the old rules on the same units,
with a 95% bootstrap interval by article on the difference. `--write` fits on every row.

    python benchmarks/train_actors.py --oos DIR --oos-cache /tmp/rows -C 0.1 0.3 1 --threshold 0 0.3 0.4 0.5 \
        --admit 0.5 0.6 0.7                                   # 48 settings
    python benchmarks/train_actors.py --oos DIR --oos-cache /tmp/rows -C 1 --threshold 0.3 --detail   # per part
    python benchmarks/train_actors.py --oos DIR --oos-cache /tmp/rows -C 1 --threshold 0.3 --write F.json

Session 47 (test18-test67, 50 parts, 410 articles, 11,497 units, 10,951 actors of which 1,702 wrong): the old
rules give actor recall 0.8819, precision 0.8446, actors right 0.8083, every field right 0.5699; C 1, drop under
0.3 gives 0.8746, 0.9022, 0.8474, 0.5975 (every field +0.0276, interval [+0.0217, +0.0351]; 349 units fixed, 31
broken; 43 parts better, 2 worse); admitting left-out entities at 0.7 as well, 0.8814, 0.9001, 0.8493, 0.5984. The
gain shrinks as the rules improve: on test58-test67 every field 0.5805 -> 0.5888 ([+0.0027, +0.0144]) and actor
recall 0.8589 -> 0.8465. Not wired in: the filter breaks 48
unit tests of deliberate actor rules (teams named by their town, states acting in lists, bodies named before an
event's word), the admit model 27 more.

The gate (session 48, `--paths --gate`): `actors.find_actors` traces which path gave each actor (`actors.actor_path`:
the model's own ORG or PERSON entity passed on with generic cleaning, `actors.DEFAULT_PATHS`, or a specific rule's:
the gazetteer, a lexicon, a title, a relabelling, a reader of unmarked names). The old commits kept no trace, so each
old actor takes the path TODAY's rules give the same name in an overlapping claim (`oos_paths`; "absent" where they
give none, which no gate opens on: at run time every actor has a path). For parts up to test68 that path is
in-sample. Per gate, the filter is judged leaving one part out, fitted on every actor, on the gate's actors only, or
on every actor with its path as a feature, and applied to the gate's actors alone; figures pooled and on test58 on.

    python benchmarks/train_actors.py --oos DIR --oos-cache /tmp/rows --paths --gate default entity_person entity_org \
        -C 1 --threshold 0.2 0.3                              # 3 gates x 3 trainings x 2 thresholds
    python benchmarks/train_actors.py --oos DIR --oos-cache /tmp/rows --paths --gate entity_person -C 1 \
        --threshold 0.2 --write declcli/data/actor_model.json  # the shipped file: persons' gate, fitted on its actors

Session 48 (test18-test68, 51 parts, 415 articles, 11,642 units): the default gate opens on 41% of the old rules'
actors of test18-57 and 46% of test58-68's. Both default paths, fitted on every actor, drop under 0.3: every field
0.5703 -> 0.5743 (+0.0040 [+0.0020, +0.0058]; test58-68 0.5821 -> 0.5862, [-0.0008, +0.0093]), but 13 invented-
sentence tests of deliberate body rules fail. The persons' path alone, fitted on its own actors, drop under 0.2
(shipped): 0.5703 -> 0.5714 (+0.0010 [+0.0003, +0.0019]; test58-68 0.5821 -> 0.5850, +0.0029 [+0.0008, +0.0063]),
no test broken. 27 settings were judged in all (docs/claims-quality.md, "Session 48 (actors, a gated filter)").
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from train_kind import FOLDS, feature_matrix, read_articles  # noqa: E402  (the same folds; features seen in 3 rows or more)

from declcli.claims.actor_model import _article_features, features  # noqa: E402, F401  (the features run time computes)

SEED = 25
C = 0.3  # inverse L2 strength
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def collect(part: str) -> list[dict]:
    """One row per unit marked a claim: its gold and its claims as the scorer reads them, each claim's actors
    with their features (None for an actor added after `_claim`)."""
    import claims_real_eval as ev

    import declcli.claims as claims_module

    seen: dict[int, tuple] = {}
    original = claims_module._claim

    def recording(doc, doc_text, offset, sent, start, end, verb, frame, ref, ctx):
        claim = original(doc, doc_text, offset, sent, start, end, verb, frame, ref, ctx)
        for actor in claim.actors:
            seen[id(actor)] = (actor, features(actor, doc, start, end, ctx, len(claim.actors)))
        return claim

    claims_module._claim = recording
    rows = []
    try:
        for meta, units, _, owners in read_articles(part, seen):
            for i, unit in enumerate(units):
                if not unit.get("claim", True):
                    continue
                preds = []
                for p in owners[i]:
                    recorded = [seen.get(id(a)) for a in p.actors]
                    preds.append(
                        {
                            "kind": p.kind,
                            "modality": p.modality,
                            "polarity": p.polarity,
                            "mood": p.mood,
                            "attributed": p.attribution is not None,
                            "attribution": p.attribution.source if p.attribution is not None else None,
                            "dates": [d.value for d in p.dates],
                            "actors": [
                                {
                                    "name": a.name,
                                    "type": a.type,
                                    "country": a.country,
                                    "features": r[1] if r is not None and r[0] is a else None,
                                    "right": ev._pred_matches_gold(a, unit.get("actors") or []),
                                }
                                for a, r in zip(p.actors, recorded, strict=True)
                            ],
                        }
                    )
                row = {"article": meta["id"], "unit": i + 1, "gold": unit, "preds": preds}
                if ev.score_unit(unit, owners[i]) != ev.score_unit(unit, _as_preds(preds, lambda a: True)):
                    raise SystemExit(f"{meta['id']}#{i + 1}: the stored claims do not score as declcli's")
                rows.append(row)
    finally:
        claims_module._claim = original
    return rows


def _as_preds(preds: list[dict], keep, admit=None) -> list:
    """The unit's claims shaped as the scorer reads them, with the actors `keep` keeps and the left-out entities
    (`candidates`) `admit` admits."""
    return [
        SimpleNamespace(
            kind=p["kind"],
            modality=p["modality"],
            polarity=p["polarity"],
            mood=p["mood"],
            attribution=SimpleNamespace(source=p["attribution"]) if p["attributed"] else None,
            dates=[SimpleNamespace(value=v) for v in p["dates"]],
            actors=[
                SimpleNamespace(name=a["name"], type=a["type"], country=a["country"])
                for a in [*(a for a in p["actors"] if keep(a)), *(a for a in p.get("candidates", ()) if admit and admit(a))]
            ],
        )
        for p in preds
    ]


def fit(samples: list[tuple[list[str], bool]], c: float = C):
    """A logistic regression on (features, right) samples: (feature names, weights, intercept)."""
    from sklearn.linear_model import LogisticRegression

    names, x = feature_matrix([f for f, _ in samples])
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    model.fit(x, [int(y) for _, y in samples])
    return names, {n: float(w) for n, w in zip(names, model.coef_[0], strict=True) if w}, float(model.intercept_[0])


def probability(fitted, names: list[str]) -> float:
    """The model's probability that an actor with these features is right (plain Python: a sum and a logistic)."""
    import math

    _, weights, intercept = fitted
    z = intercept + sum(weights.get(n, 0.0) for n in set(names))
    return 1.0 / (1.0 + math.exp(-z))


def _samples(rows: list[dict], field: str = "actors") -> list[tuple[list[str], bool]]:
    """(features, right) of the rules' actors or (`field` "candidates") of the entities they left out."""
    return [(a["features"], a["right"]) for r in rows for p in r["preds"] for a in p.get(field, ()) if a["features"] is not None]


def score(rows: list[dict], keep) -> dict:
    """The scorer's sums over `rows` with the actors `keep` keeps."""
    import claims_real_eval as ev

    keys = ("actors_hit", "actors_gold", "actors_pred_hit", "actors_pred", "actors_ok", "all", "person_country_hit")
    out = dict.fromkeys(keys, 0)
    out["units"] = len(rows)
    out["ok"] = []
    for r in rows:
        s = ev.score_unit(r["gold"], _as_preds(r["preds"], keep))
        for k in keys:
            out[k] += s.get(k, 0)
        out["ok"].append((s["actors_ok"], s["all"]))
    return out


def cross_validate(rows: list[dict], c: float, thresholds: tuple[float, ...]) -> dict:
    """Per threshold: the held-out folds' sums with the filter; under None, the rules' own actors."""
    articles = sorted({r["article"] for r in rows})
    random.Random(SEED).shuffle(articles)
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    held_rows: list[dict] = []
    chance: dict[int, float] = {}  # id of an actor's record -> its probability from the fold that held it out
    for k in range(FOLDS):
        train = [r for r in rows if fold_of[r["article"]] != k]
        held = [r for r in rows if fold_of[r["article"]] == k]
        fitted = fit(_samples(train), c)
        for r in held:
            for p in r["preds"]:
                for a in p["actors"]:
                    if a["features"] is not None:
                        chance[id(a)] = probability(fitted, a["features"])
        held_rows.extend(held)
    out = {None: score(held_rows, lambda a: True)}
    for t in thresholds:
        out[t] = score(held_rows, lambda a, t=t: chance.get(id(a), 1.0) >= t)
    out["per_fold"] = {
        t: [
            sum(
                b[1] - a[1]
                for r, a, b in zip(held_rows, out[None]["ok"], out[t]["ok"], strict=True)
                if fold_of[r["article"]] == k
            )
            for k in range(FOLDS)
        ]
        for t in thresholds
    }
    return out


def _record_claim(record: dict) -> SimpleNamespace:
    """A saved claim record (claims_real_diff's dump) as the features read a claim: its kind, attribution, actors."""
    attribution = record["attribution"]
    return SimpleNamespace(
        kind=record["kind"],
        attribution=SimpleNamespace(**attribution) if attribution else None,
        actors=[SimpleNamespace(**a) for a in record["actors"]],
    )


def oos_rows(run: dict, part: str) -> list[dict]:
    """`collect`'s rows for the claims an older commit's rules gave articles they had never been tuned on (`run`, in
    claims_real_diff's dump format), each actor's features computed on today's parse of its article at the paragraph
    that holds the claim, with that paragraph's context, as `actor_model.revise_actors` reads them at run time."""
    import claims_real_diff as diff
    import claims_real_eval as ev

    import declcli.claims as claims_module
    from declcli.claims.actor_model import candidates, token_span

    original = claims_module._paragraph_claims
    # each claim record of the article and what its paragraph gives: its actors' features, the entities it left out
    pending: list[tuple[dict, dict]] = []

    def reading(doc, offset, sents, ref, ctx, *rest):
        out = original(doc, offset, sents, ref, ctx, *rest)
        stop = offset + len(doc.text)
        for record, found in pending:
            if not found and offset <= record["start"] < stop:
                start, end = token_span(doc, offset, record["start"], record["end"])
                claim = _record_claim(record)
                count = len(claim.actors)
                found["actors"] = [features(a, doc, start, end, ctx, count, claim) for a in claim.actors]
                found["candidates"] = [
                    ({"name": a.name, "type": a.type, "country": a.country}, features(a, doc, start, end, ctx, count, claim))
                    for a in candidates(claim, doc, start, end)
                ]
        return out

    claims_module._paragraph_claims = reading
    rows = []
    try:
        for meta, text, units in ev.load_set("all", ev.SET / "gold", set(run)):
            records = run[meta["id"]]
            pending[:] = [(record, {}) for unit in records for record in unit]
            ev.run_declcli(text, meta["reference_date"])
            found = {id(record): names for record, names in pending}
            for i, unit in enumerate(units):
                if not unit.get("claim", True):
                    continue
                golds = unit.get("actors") or []
                preds = []
                for record in records[i]:
                    names = found[id(record)].get("actors") or [None] * len(record["actors"])
                    left_out = found[id(record)].get("candidates") or []
                    preds.append(
                        {
                            "kind": record["kind"],
                            "modality": record["modality"],
                            "polarity": record["polarity"],
                            "mood": record["mood"],
                            "attributed": record["attribution"] is not None,
                            "attribution": record["attribution"]["source"] if record["attribution"] else None,
                            "dates": [d["value"] for d in record["dates"]],
                            "actors": [
                                {**a, "features": f, "right": ev._pred_matches_gold(SimpleNamespace(**a), golds)}
                                for a, f in zip(record["actors"], names, strict=True)
                            ],
                            "candidates": [
                                {**a, "features": f, "right": ev._pred_matches_gold(SimpleNamespace(**a), golds)}
                                for a, f in left_out
                            ],
                        }
                    )
                row = {"part": part, "article": meta["id"], "unit": i + 1, "gold": unit, "preds": preds}
                if ev.score_unit(unit, diff._as_claims(records[i])) != ev.score_unit(unit, _as_preds(preds, lambda a: True)):
                    raise SystemExit(f"{meta['id']}#{i + 1}: the rows do not score as the saved claims")
                rows.append(row)
    finally:
        claims_module._paragraph_claims = original
    return rows


def oos_paths(run: dict, part: str) -> dict[str, list]:
    """Which path gave each actor of an older commit's claims (`run`, claims_real_diff's dump format), as TODAY's rules
    trace it (`actors.actor_path`): {article: [[[path per actor] per claim record] per unit]}. The old commits kept no
    trace, so today's run of the article stands in: an old actor takes the path of today's actor of the same name and
    type in a claim overlapping the old claim (the most overlapping first), "absent" where today's rules give no such
    actor there. (For parts up to test68 today's rules were tuned on the text: the path is in-sample.)"""
    import claims_real_eval as ev

    import declcli.claims as claims_module
    from declcli.claims.actors import actor_path

    original = claims_module._paragraph_claims
    today: list[tuple[int, int, dict]] = []  # today's claims: (start, end, {(name, type): path})

    def reading(doc, offset, sents, ref, ctx, *rest):
        out = original(doc, offset, sents, ref, ctx, *rest)
        for claim in out:
            paths = {(a.name, a.type): actor_path(a, ctx) or "after_rules" for a in claim.actors}
            today.append((claim.start, claim.end, paths))
        return out

    claims_module._paragraph_claims = reading
    out: dict[str, list] = {}
    try:
        for meta, text, _ in ev.load_set("all", ev.SET / "gold", set(run)):
            today.clear()
            ev.run_declcli(text, meta["reference_date"])
            units = []
            for records in run[meta["id"]]:
                claims = []
                for record in records:
                    near = sorted(
                        (c for c in today if c[0] < record["end"] and record["start"] < c[1]),
                        key=lambda c: -(min(c[1], record["end"]) - max(c[0], record["start"])),
                    )
                    claims.append(
                        [
                            next((c[2][(a["name"], a["type"])] for c in near if (a["name"], a["type"]) in c[2]), "absent")
                            for a in record["actors"]
                        ]
                    )
                units.append(claims)
            out[meta["id"]] = units
    finally:
        claims_module._paragraph_claims = original
    return out


def _part_number(part: str) -> int:
    return int(part.removeprefix("test") or 1)


def held_out_chances(rows: list[dict], c: float, field: str = "actors") -> dict[int, float]:
    """Each actor's (or left-out entity's) chance of being right, by the id of its record, from a model fitted on
    every other part's rows."""
    chance: dict[int, float] = {}
    for part in sorted({r["part"] for r in rows}, key=_part_number):
        fitted = fit(_samples([r for r in rows if r["part"] != part], field), c)
        for r in rows:
            if r["part"] == part:
                for p in r["preds"]:
                    for a in p.get(field, ()):
                        if a["features"] is not None:
                            chance[id(a)] = probability(fitted, a["features"])
    return chance


_JUDGED = ("actors_hit", "actors_gold", "actors_pred_hit", "actors_pred", "actors_ok", "all")


def _unit_scores(rows: list[dict], keep, admit=None) -> list[dict]:
    import claims_real_eval as ev

    return [ev.score_unit(r["gold"], _as_preds(r["preds"], keep, admit)) for r in rows]


def _sums(scores: list[dict]) -> dict:
    out = {k: sum(s.get(k, 0) for s in scores) for k in _JUDGED}
    out["units"] = len(scores)
    return out


def _line(name: str, s: dict) -> str:
    return (
        f"{name:>14}: units {s['units']:5}  actor recall {s['actors_hit'] / max(1, s['actors_gold']):.4f}"
        f"  precision {s['actors_pred_hit'] / max(1, s['actors_pred']):.4f}"
        f"  actors right {s['actors_ok'] / max(1, s['units']):.4f}  every field {s['all'] / max(1, s['units']):.4f}"
    )


def difference_interval(rows, before, after, key: str, resamples: int = 1000, seed: int = 47) -> tuple[float, float]:
    """A 95% bootstrap interval, by article, on the difference `after` - `before` in the share of units with `key`."""
    by_article: dict[str, list[int]] = {}
    for r, b, a in zip(rows, before, after, strict=True):
        cell = by_article.setdefault(r["article"], [0, 0])
        cell[0] += a.get(key, 0) - b.get(key, 0)
        cell[1] += 1
    cells = [by_article[k] for k in sorted(by_article)]
    rng = random.Random(seed)
    draws = []
    for _ in range(resamples):
        sample = [cells[rng.randrange(len(cells))] for _ in cells]
        draws.append(sum(x for x, _ in sample) / sum(n for _, n in sample))
    draws.sort()
    return draws[int(0.025 * resamples)], draws[min(resamples - 1, int(0.975 * resamples))]


def judge(rows: list[dict], cs: list[float], thresholds: list[float], admits: list[float], detail: bool) -> None:
    """Leave one part out: for each setting (C; drop an actor under one chance; admit a left-out entity at another or
    over), the held-out parts' figures beside the old rules' on the same units."""
    base = _unit_scores(rows, lambda a: True)
    print(_line("old rules", _sums(base)))
    for c in cs:
        chance = held_out_chances(rows, c)
        admitted = held_out_chances(rows, c, "candidates") if admits else {}
        for t in thresholds:
            for m in [None, *admits]:
                after = _unit_scores(
                    rows,
                    lambda a, t=t, chance=chance: chance.get(id(a), 1.0) >= t,
                    None if m is None else lambda a, m=m, admitted=admitted: admitted.get(id(a), 0.0) >= m,
                )
                s = _sums(after)
                low, high = difference_interval(rows, base, after, "actors_ok")
                all_low, all_high = difference_interval(rows, base, after, "all")
                fixed = sum(a["all"] > b["all"] for a, b in zip(after, base, strict=True) if b["gold_claim"])
                broken = sum(a["all"] < b["all"] for a, b in zip(after, base, strict=True) if b["gold_claim"])
                print(
                    _line(f"C {c} t {t} a {m}", s)
                    + f"  d actors right [{low:+.4f}, {high:+.4f}]  d every field [{all_low:+.4f}, {all_high:+.4f}]"
                    + f" (+{fixed} -{broken})"
                )
                if detail:
                    for part in sorted({r["part"] for r in rows}, key=_part_number):
                        keep = [k for k, r in enumerate(rows) if r["part"] == part]
                        held = [rows[k] for k in keep]
                        before_part, after_part = [base[k] for k in keep], [after[k] for k in keep]
                        low, high = difference_interval(held, before_part, after_part, "actors_ok")
                        all_low, all_high = difference_interval(held, before_part, after_part, "all")
                        print(_line(f"{part} rules", _sums(before_part)))
                        print(
                            _line(f"{part} model", _sums(after_part))
                            + f"  d actors right [{low:+.4f}, {high:+.4f}]  d every field [{all_low:+.4f}, {all_high:+.4f}]"
                        )


def attach_paths(rows: list[dict], paths: dict[str, list]) -> None:
    """Give each of the rules' actors of `rows` its path (`oos_paths`) as "path"."""
    for r in rows:
        for p, claim_paths in zip(r["preds"], paths[r["article"]][r["unit"] - 1], strict=True):
            for a, path in zip(p["actors"], claim_paths, strict=True):
                a["path"] = path


def _with_path(names: list[str], path: str) -> list[str]:
    """The features with the actor's path named (`--path-feature`)."""
    kind = next((n for n in names if n.startswith("type=") and "|" not in n), "type=?")
    return [*names, f"path={path}", f"{kind}|path={path}"]


def _gated_chances(rows: list[dict], c: float, opens, train_gated: bool, path_feature: bool) -> dict[int, float]:
    """Leave one part out: the chance each actor the gate opens on is right, from a model fitted on every other part's
    actors (only those the gate opens on, with `train_gated`; with their path as a feature, with `path_feature`)."""

    def named(a):
        return _with_path(a["features"], a["path"]) if path_feature else a["features"]

    chance: dict[int, float] = {}
    for part in sorted({r["part"] for r in rows}, key=_part_number):
        samples = [
            (named(a), a["right"])
            for r in rows
            if r["part"] != part
            for p in r["preds"]
            for a in p["actors"]
            if a["features"] is not None and (opens(a) or not train_gated)
        ]
        fitted = fit(samples, c)
        for r in rows:
            if r["part"] == part:
                for p in r["preds"]:
                    for a in p["actors"]:
                        if a["features"] is not None and opens(a):
                            chance[id(a)] = probability(fitted, named(a))
    return chance


def gate_paths(gate: str) -> set[str]:
    """The paths a gate ("default", "entity_person", "default+org_rule") opens on: "default" is `actors.DEFAULT_PATHS`."""
    from declcli.claims.actors import DEFAULT_PATHS

    named = set(gate.split("+"))
    return (DEFAULT_PATHS | named) - {"default"} if "default" in named else named


RECENT = 58  # the newest parts, test58 on, whose rules the trace's today is nearest


def _judged(name: str, rows: list[dict], before: list[dict], after: list[dict]) -> str:
    s = _sums(after)
    low, high = difference_interval(rows, before, after, "all")
    gain = (s["all"] - _sums(before)["all"]) / max(1, s["units"])
    fixed = sum(a["all"] > b["all"] for a, b in zip(after, before, strict=True))
    broken = sum(a["all"] < b["all"] for a, b in zip(after, before, strict=True))
    return _line(name, s) + f"  d every field {gain:+.4f} [{low:+.4f}, {high:+.4f}] (+{fixed} -{broken})"


def gate_judge(rows: list[dict], cs: list[float], thresholds: list[float], gates: list[str]) -> None:
    """The filter acting only where the trace says no specific rule decided (`actors.DEFAULT_PATHS`, and the paths a
    gate adds): per gate, per C, per training (every actor, or only the gate's, or every actor with its path as a
    feature), per threshold, the held-out figures pooled and on test58 on, beside the old rules on the same units."""
    recent = [k for k, r in enumerate(rows) if _part_number(r["part"]) >= RECENT]
    base = _unit_scores(rows, lambda a: True)
    actors = [a for r in rows for p in r["preds"] for a in p["actors"]]
    print(_line("old rules", _sums(base)))
    print(_line("old rules 58+", _sums([base[k] for k in recent])))
    print("paths:", dict(sorted(Counter(a["path"] for a in actors).items(), key=lambda kv: -kv[1])))
    for gate in gates:
        open_paths = gate_paths(gate)

        def opens(a, open_paths=open_paths):
            return a["path"] in open_paths

        old = [opens(a) for r in rows if _part_number(r["part"]) < RECENT for p in r["preds"] for a in p["actors"]]
        new = [opens(a) for r in rows if _part_number(r["part"]) >= RECENT for p in r["preds"] for a in p["actors"]]
        right = [a["right"] for a in actors if opens(a)]
        print(
            f"gate {gate}: opens on {sum(old)}/{len(old)} ({sum(old) / len(old):.3f}) actors of test18-57,"
            f" {sum(new)}/{len(new)} ({sum(new) / len(new):.3f}) of test58-68; {sum(right)}/{len(right)} of them right"
        )
        for c in cs:
            for training in ("all", "gated", "path"):
                chance = _gated_chances(rows, c, opens, training == "gated", training == "path")
                for t in thresholds:
                    after = _unit_scores(rows, lambda a, t=t, chance=chance: chance.get(id(a), 1.0) >= t)
                    print(_judged(f"{gate} C {c} {training} t {t}", rows, base, after))
                    held = [rows[k] for k in recent]
                    print(_judged("  58+", held, [base[k] for k in recent], [after[k] for k in recent]))


def _fitted_model(rows: list[dict], c: float, threshold: float, field: str) -> dict:
    samples = _samples(rows, field)
    _, weights, intercept = fit(samples, c)
    return {
        "C": c,
        "intercept": round(intercept, 6),
        "rows": len(samples),
        "threshold": threshold,
        "weights": {n: round(w, 6) for n, w in sorted(weights.items()) if round(w, 6)},
    }


def write_model(rows: list[dict], c: float, threshold: float, admit: float | None, path: Path, gate: str | None = None) -> None:
    """Fit on every row and write the models the run time reads (`actor_model.load_model`; sorted keys and rounded
    weights: the same rows give the same file). With a `gate` (the rows carrying their paths, `attach_paths`), the keep
    model is fitted on the actors of the gate's paths only and names them ("paths"): it acts on those alone; an admit
    model only where fitted."""
    if gate is None:
        model = {"keep": _fitted_model(rows, c, threshold, "actors") if threshold > 0 else None}
    else:
        opened = gate_paths(gate)
        gated = [{"preds": [{"actors": [a for a in p["actors"] if a["path"] in opened]} for p in r["preds"]]} for r in rows]
        model = {"keep": {**_fitted_model(gated, c, threshold, "actors"), "paths": sorted(opened)}}
    if admit is not None:
        model["admit"] = _fitted_model(rows, c, admit, "candidates")
    path.write_text(json.dumps(model, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def _cached(args, path: Path, name: str, make):
    """`make`(the part's dump, the part) for the out-of-sample dump at `path`, kept as `name`_testNN.json in
    --oos-cache and read from there when it is."""
    cache = args.oos_cache / f"{name}_{path.stem}.json" if args.oos_cache else None
    if cache is not None and cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    made = make(json.loads(path.read_text(encoding="utf-8")), path.stem)
    if cache is not None:
        cache.write_text(json.dumps(made), encoding="utf-8")
    return made


def oos_main(args) -> None:
    rows: list[dict] = []
    parts = sorted(args.oos.glob("test*.json"), key=lambda p: _part_number(p.stem))
    for path in parts:
        rows.extend(_cached(args, path, "actor_rows", oos_rows))
    if args.paths:
        for path in parts:
            attach_paths([r for r in rows if r["part"] == path.stem], _cached(args, path, "actor_paths", oos_paths))
    samples = _samples(rows)
    print(
        f"{len(rows)} units, {len({r['article'] for r in rows})} articles, {len({r['part'] for r in rows})} parts, "
        f"{len(samples)} actors ({sum(not y for _, y in samples)} wrong)"
    )
    if args.write:
        admit = args.admit[0] if args.admit else None
        write_model(rows, args.C[0], args.threshold[0], admit, args.write, args.gate[0] if args.gate else None)
        print(f"-> {args.write}")
    elif args.gate:
        gate_judge(rows, args.C, args.threshold, args.gate)
    else:
        judge(rows, args.C, args.threshold, args.admit, args.detail)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="tune")
    parser.add_argument("--cache", type=Path, help="read the rows from this file if it exists, else write them there")
    parser.add_argument("-C", type=float, nargs="*", default=[C], help=f"inverse L2 strengths (default {C})")
    parser.add_argument("--threshold", type=float, nargs="*", default=list(THRESHOLDS), help="drop under this probability")
    parser.add_argument("--without", nargs="*", default=[], help="drop the features whose name starts with these")
    parser.add_argument("--oos", type=Path, help="a folder of out-of-sample dumps (testNN.json): judge leaving one part out")
    parser.add_argument("--oos-cache", type=Path, help="with --oos: keep each part's rows in this folder")
    parser.add_argument("--admit", type=float, nargs="*", default=[], help="with --oos: admit left-out entities at this chance")
    parser.add_argument("--detail", action="store_true", help="with --oos: each part's figures too")
    parser.add_argument("--paths", action="store_true", help="with --oos: trace each old actor's path by today's rules")
    parser.add_argument(
        "--gate",
        nargs="*",
        default=[],
        help="with --paths: judge the filter acting on these paths only ('default+org_rule'); --write: on the first",
    )
    parser.add_argument("--write", type=Path, help="with --oos: fit on every row with the first C and threshold, write it")
    args = parser.parse_args(argv)
    if args.oos:
        oos_main(args)
        return
    if args.cache and args.cache.exists():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        rows = collect(args.part)
        if args.cache:
            args.cache.write_text(json.dumps(rows), encoding="utf-8")
    if args.without:
        for r in rows:
            for p in r["preds"]:
                for a in p["actors"]:
                    if a["features"] is not None:
                        a["features"] = [n for n in a["features"] if not n.startswith(tuple(args.without))]
    samples = _samples(rows)
    print(
        f"{len(rows)} units, {len({r['article'] for r in rows})} articles, {len(samples)} actors "
        f"({sum(not y for _, y in samples)} wrong), C {args.C[0]}"
    )
    result = cross_validate(rows, args.C[0], tuple(args.threshold))
    base = result[None]
    for t in [None, *args.threshold]:
        s = result[t]
        fixed = sum(b[1] > a[1] for a, b in zip(base["ok"], s["ok"], strict=True))
        broken = sum(b[1] < a[1] for a, b in zip(base["ok"], s["ok"], strict=True))
        actors_fixed = sum(b[0] > a[0] for a, b in zip(base["ok"], s["ok"], strict=True))
        actors_broken = sum(b[0] < a[0] for a, b in zip(base["ok"], s["ok"], strict=True))
        print(
            f"{'rules' if t is None else f'drop < {t}':>12}: actor recall {s['actors_hit'] / s['actors_gold']:.4f}"
            f"  precision {s['actors_pred_hit'] / s['actors_pred']:.4f}  actors right {s['actors_ok'] / s['units']:.4f}"
            f" (+{actors_fixed} -{actors_broken})  every field {s['all'] / s['units']:.4f} (+{fixed} -{broken})"
            f"  persons' countries {s['person_country_hit']}" + (f"  folds {result['per_fold'][t]}" if t is not None else "")
        )


if __name__ == "__main__":
    main()

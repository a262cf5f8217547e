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
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from train_kind import FOLDS, feature_matrix, read_articles  # noqa: E402  (the same folds; features seen in 3 rows or more)

SEED = 25
C = 0.3  # inverse L2 strength
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj"))
_POSSESSIVE = frozenset(("'s", "’s", "'", "’"))


def _band(n: int, cuts: tuple[int, ...]) -> str:
    return str(sum(n >= c for c in cuts))


def _span_of(name: str, doc, start: int, end: int):
    """The tokens of the claim that write `name` (else its last word): (span, how it was found)."""
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    text = doc.text[a:b]
    at = text.find(name)
    how = "whole"
    if at < 0:
        last = name.split()[-1] if name.split() else name
        at = text.find(last)
        name, how = last, "last_word"
    if at < 0:
        return None, "absent"
    span = doc.char_span(a + at, a + at + len(name), alignment_mode="expand")
    return (span, how) if span is not None and len(span) else (None, "absent")


def _role(token) -> str:
    """The token's place in its clause, past the conjunctions and appositions of a list."""
    while token.dep_ in ("conj", "appos") and token.head is not token:
        token = token.head
    dep = token.dep_
    if dep == "pobj":
        prep = token.head
        if prep.lower_ == "by" and prep.dep_ == "agent":
            return "agent"
        return f"pobj_{prep.lower_}"
    if dep in _SUBJECTS:
        return "subject" if token.head.pos_ in ("VERB", "AUX") else f"subject_of_{token.head.pos_}"
    return dep


_SEEN_IN: dict[tuple, list[str]] = {}


def _article_features(name: str, kind: str, ctx) -> list[str]:
    """What the window's other mentions of the name say: the labels the model gave them, whether one is the subject
    of a verb or of a reporting verb, or owns something (a possessive)."""
    from declcli.claims.lexicon import words

    key = (id(ctx), hash(ctx.text), id(ctx.window_docs[0]) if ctx.window_docs else 0, name)
    cached = _SEEN_IN.get(key)
    if cached is not None:
        return cached
    lex = words()
    labels, roles = set(), set()
    for doc in ctx.window_docs:
        for ent in doc.ents:
            if ent.text == name or ent.text == f"the {name}" or ent.text == f"The {name}":
                labels.add(ent.label_)
                root = ent.root
                role = _role(root)
                if role == "subject":
                    roles.add("reports" if root.head.lemma_ in lex.reporting else "subject")
                elif role in ("poss", "agent"):
                    roles.add(role)
                elif role.startswith("pobj_"):
                    roles.add("pobj")
    out = [f"labelled_{label}" for label in sorted(labels)] + [f"acts_{r}" for r in sorted(roles)]
    out += [f"type={kind}|labelled_{label}" for label in sorted(labels)] + [f"type={kind}|acts_{r}" for r in sorted(roles)]
    if not roles:
        out.append(f"type={kind}|acts_none")
    if len(_SEEN_IN) > 100_000:
        _SEEN_IN.clear()
    _SEEN_IN[key] = out
    return out


def features(actor, doc, start: int, end: int, ctx, count: int) -> list[str]:
    """The named features of one actor the rules gave the claim over tokens [start, end) of `doc`; `count`: the
    number of actors the claim carries."""
    from declcli.claims.lexicon import words
    from declcli.gazetteer import gazetteer

    lex, g = words(), gazetteer()
    name = actor.name
    kind = actor.type
    parts = name.split()
    last = parts[-1] if parts else name
    out = [
        f"type={kind}",
        f"has_country={actor.country is not None}",
        f"type={kind}|has_country={actor.country is not None}",
        f"has_role={actor.role is not None}",
        f"words={_band(len(parts), (2, 3, 4))}",
        f"type={kind}|words={_band(len(parts), (2, 3))}",
        f"upper={name.isupper() and len(name) > 1}",
        f"title={name.istitle()}",
        f"lower_start={name[:1].islower()}",
        f"digit={any(ch.isdigit() for ch in name)}",
        f"dot={'.' in name}",
        f"hyphen={'-' in name}",
        f"of={' of ' in name}",
        f"actors={_band(count, (2, 3, 4))}",
    ]
    known = {
        "orgs": name in lex.orgs,
        "companies": name in lex.companies,
        "country_name": name in g.country_names,
        "demonym": name in g.demonyms,
        "city": name in g.cities,
        "ctx_person": name in ctx.persons or last in ctx.persons,
        "ctx_org": name in ctx.orgs,
        "ctx_product": name in ctx.products,
        "ctx_body": name in ctx.described_bodies,
        "character_word": last in ctx.characters_words,
        "lower_written": last.lower() in ctx.lower_words,
    }
    out.extend(f"known_{k}" for k, v in known.items() if v)
    out.extend(f"type={kind}|known_{k}" for k, v in known.items() if v)
    mentions = ctx.text.count(name) if name else 0
    out.append(f"mentions={_band(mentions, (2, 3, 6))}")
    out.append(f"type={kind}|mentions={_band(mentions, (2, 3, 6))}")
    out.extend(_article_features(name, kind, ctx))
    if any(ch.isupper() for ch in name[1:]) and " " not in name:
        out.append("camel")
    if any(ch in name for ch in "®™+"):
        out.append("mark")
    out.append(f"last={last.lower()}")
    span, how = _span_of(name, doc, start, end)
    out.append(f"found={how}")
    out.append(f"type={kind}|found={how}")
    if span is None:
        return out
    root = span.root
    labels = sorted({t.ent_type_ for t in span if t.ent_type_})
    label = root.ent_type_ or (labels[0] if labels else "-")
    out.append(f"ent={label}")
    out.append(f"type={kind}|ent={label}")
    out.append(f"ent_parts={len(labels)}")
    ent_exact = any(e.start == span.start and e.end == span.end for e in doc.ents)
    out.append(f"ent_exact={ent_exact}")
    role = _role(root)
    out.append(f"role={role}")
    out.append(f"type={kind}|role={role}")
    out.append(f"type={kind}|ent={label}|role={role}")
    out.append(f"dep={root.dep_}")
    head = root.head
    out.append(f"head_pos={head.pos_}")
    out.append(f"type={kind}|head_pos={head.pos_}")
    if head.pos_ in ("VERB", "AUX", "NOUN"):
        out.append(f"head_lemma={head.lemma_.lower()}")
        out.append(f"role={role}|head_lemma={head.lemma_.lower()}")
    if head.dep_ == "prep" and head.head is not head:
        out.append(f"prep_head_pos={head.head.pos_}")
    if head.lemma_ in lex.reporting and role == "subject":
        out.append("reporting_subject")
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    out.append(f"possessive={after is not None and after.lower_ in _POSSESSIVE}")
    out.append(f"after_pos={after.pos_ if after is not None else '-'}")
    out.append(f"before_pos={before.pos_ if before is not None else '-'}")
    if before is not None and before.pos_ == "DET":
        out.append(f"before_det={before.lower_}")
    out.append(f"first={span.start == start}")
    place = (span.start - start) / max(1, end - start)
    out.append(f"place={min(2, int(place * 3))}")
    quote_marks = sum(doc.text[doc[start].idx : span.start_char].count(q) for q in ('"', "“", "”"))
    out.append(f"after_open_quote={quote_marks % 2 == 1}")
    out.append(f"sentence_start={root.is_sent_start or span.start == root.sent.start}")
    return out


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


def _as_preds(preds: list[dict], keep) -> list:
    """The unit's claims shaped as the scorer reads them, with the actors `keep` keeps."""
    return [
        SimpleNamespace(
            kind=p["kind"],
            modality=p["modality"],
            polarity=p["polarity"],
            mood=p["mood"],
            attribution=SimpleNamespace(source=p["attribution"]) if p["attributed"] else None,
            dates=[SimpleNamespace(value=v) for v in p["dates"]],
            actors=[SimpleNamespace(name=a["name"], type=a["type"], country=a["country"]) for a in p["actors"] if keep(a)],
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


def _samples(rows: list[dict]) -> list[tuple[list[str], bool]]:
    return [(a["features"], a["right"]) for r in rows for p in r["preds"] for a in p["actors"] if a["features"] is not None]


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


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="tune")
    parser.add_argument("--cache", type=Path, help="read the rows from this file if it exists, else write them there")
    parser.add_argument("-C", type=float, default=C, help=f"inverse L2 strength (default {C})")
    parser.add_argument("--threshold", type=float, nargs="*", default=list(THRESHOLDS), help="drop under this probability")
    parser.add_argument("--without", nargs="*", default=[], help="drop the features whose name starts with these")
    args = parser.parse_args(argv)
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
        f"({sum(not y for _, y in samples)} wrong), C {args.C}"
    )
    result = cross_validate(rows, args.C, tuple(args.threshold))
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

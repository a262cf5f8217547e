"""Train and judge a learned correction of a claim's kind (fact / event / commitment) on top of the rules.

    pip install -e '.[train]'                              # scikit-learn, for this script only
    python benchmarks/train_kind.py --cache /tmp/f.json    # cross-validate by article (the parse takes minutes)
    python benchmarks/train_kind.py --trace-rule           # add which return of reading.kind decided (diagnostic)
    python benchmarks/train_kind.py --write /tmp/kind.json # also fit on every row and write the weights

Each gold unit marked a claim whose first declcli claim exists gives one row: that claim's named features
(`features`: the rules' kind, modality, polarity, mood, attribution, and the parse of the clause the rules read
the kind from) and the gold kind. The judge is a grouped cross-validation by article (5 folds, articles shuffled
with a fixed seed): a multinomial logistic regression is trained on four folds' articles and scored on the
fifth's units, beside the rules' kind on the same units (in-sample for the rules, which were tuned on them).

Session 23 ran it and the model did not beat the rules (docs/claims-quality.md, "Session 23 (kind, learned)"),
so declcli does not use it; `--write` keeps the weights' format (JSON, sorted keys: classes, features,
intercepts, weights) for a later try, whose inference is a dot product and an argmax with numpy.
Deterministic: the same input gives the same folds, weights and file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

FOLDS = 5
SEED = 23
C = 0.5  # inverse L2 strength
MIN_COUNT = 3  # a feature seen in fewer training rows is dropped
_TIME_ENTITIES = frozenset(("DATE", "TIME"))
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))


def features(
    verb, content, start: int, end: int, *, kind: str, modality: str, polarity: str, mood: str, attributed: bool, narrated: bool
) -> list[str]:
    """The named features of one claim: `content` is the token the rules read the kind from (the clause's verb
    or a reported clause's), `verb` the clause's own verb, `start`..`end` the claim's tokens in `content.doc`."""
    doc = content.doc
    out = [
        f"rule={kind}",
        f"modality={modality}",
        f"polarity={polarity}",
        f"mood={mood}",
        f"attributed={attributed}",
        f"narrated={narrated}",
        f"reported={content is not verb}",
        f"lemma={content.lemma_.lower()}",
        f"tag={content.tag_}",
        f"dep={content.dep_}",
        f"rule={kind}|tag={content.tag_}",
        f"rule={kind}|modality={modality}",
    ]
    morph = content.morph
    for name in ("Tense", "Aspect", "VerbForm"):
        values = morph.get(name)
        out.append(f"{name.lower()}={values[0] if values else '-'}")
    children = list(content.children)
    auxes = [c.lower_ if c.tag_ == "MD" else c.lemma_.lower() for c in children if c.dep_ in ("aux", "auxpass")]
    out.extend(f"aux={a}" for a in sorted(set(auxes)))
    if not auxes:
        out.append("aux=-")
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    out.append(f"passive={passive}")
    out.append(f"negated={any(c.dep_ == 'neg' for c in children)}")
    out.append(f"copula={content.lemma_ == 'be' and any(c.dep_ in ('attr', 'acomp') for c in children)}")
    objects = sorted({c.dep_ for c in children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "advcl")})
    out.extend(f"child={d}" for d in objects)
    subject = next((c for c in children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        out.append("subject=-")
    else:
        out.append(f"subject_tag={subject.tag_}")
        out.append(f"subject_entity={subject.ent_type_ or '-'}")
        if subject.pos_ == "PRON":
            out.append(f"subject_pronoun={subject.lower_}")
        out.append(f"rule={kind}|subject_tag={subject.tag_}")
    times = [e for e in doc.ents if e.label_ in _TIME_ENTITIES and start <= e.start and e.end <= end]
    out.append(f"time={bool(times)}")
    out.append(f"rule={kind}|time={bool(times)}")
    return out


def collect(part: str, trace_rule: bool = False) -> list[dict]:
    """One row per gold claim unit with a declcli claim: article, unit, gold kind, rules' kind, features.
    `trace_rule`: add the line of reading.kind's return that decided (a sys.settrace diagnostic: line numbers
    move with the code, so declcli itself could not use it as a feature without naming its rules)."""
    import claims_real_eval as ev

    import declcli.claims as claims_module
    from declcli.claims import reading

    seen: dict[tuple[int, int], list[str]] = {}
    decider: list[int] = [0]
    original_claim, original_kind = claims_module._claim, claims_module.read_kind

    def traced_kind(*args, **kwargs):
        first: list[int] = []

        def local(frame, event, arg):
            if event == "return" and not first:
                first.append(frame.f_lineno)  # the innermost call returns first: the rule that decided
            return local

        def calls(frame, event, arg):
            return local if frame.f_code is reading.kind.__code__ else None

        sys.settrace(calls)
        try:
            return original_kind(*args, **kwargs)
        finally:
            sys.settrace(None)
            decider[0] = first[0] if first else 0

    def recording(doc, doc_text, offset, sent, start, end, verb, frame, ref, ctx):
        claim = original_claim(doc, doc_text, offset, sent, start, end, verb, frame, ref, ctx)
        content = frame.content if frame is not None and frame.content is not None else claims_module._that_clause(verb)
        names = features(
            verb,
            content,
            start,
            end,
            kind=claim.kind,
            modality=claim.modality,
            polarity=claim.polarity,
            mood=claim.mood,
            attributed=claim.attribution is not None,
            narrated=ctx.narrated,
        )
        if trace_rule:
            names += [f"decider={decider[0]}", f"decider={decider[0]}|rule={claim.kind}"]
        seen[(claim.start, claim.end)] = names
        return claim

    claims_module._claim = recording
    if trace_rule:
        claims_module.read_kind = traced_kind
    rows = []
    try:
        for meta, text, units in ev.load_set(part, ev.SET / "gold"):
            seen.clear()
            owners = ev.owners_of(ev.run_declcli(text, meta["reference_date"]), meta["sentences"])
            for i, unit in enumerate(units):
                if not unit.get("claim", True) or not owners[i]:
                    continue
                first = owners[i][0]
                names = seen.get((first.start, first.end))
                if names is not None:
                    rows.append(
                        {"article": meta["id"], "unit": i + 1, "gold": unit.get("kind"), "rule": first.kind, "features": names}
                    )
    finally:
        claims_module._claim, claims_module.read_kind = original_claim, original_kind
    return rows


def fit(rows: list[dict], c: float = C):
    """A multinomial logistic regression on rows' features: (classes, feature names, weights, intercepts)."""
    from collections import Counter

    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(n for r in rows for n in set(r["features"]))
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    index = {n: i for i, n in enumerate(names)}
    cells = [(j, index[n]) for j, r in enumerate(rows) for n in sorted(set(r["features"])) if n in index]
    x = csr_matrix((np.ones(len(cells)), ([j for j, _ in cells], [i for _, i in cells])), shape=(len(rows), len(names)))
    y = [r["gold"] for r in rows]
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    model.fit(x, y)
    return list(model.classes_), names, model.coef_, model.intercept_


def predict(fitted, features: list[str]) -> str:
    classes, names, weights, intercepts = fitted
    index = {n: i for i, n in enumerate(names)}
    columns = sorted({index[n] for n in features if n in index})
    scores = intercepts + weights[:, columns].sum(axis=1)
    return classes[int(scores.argmax())]


def cross_validate(rows: list[dict], c: float = C) -> list[tuple[int, int, int]]:
    """Per fold: (units, rules right, model right) on the held-out articles."""
    articles = sorted({r["article"] for r in rows})
    random.Random(SEED).shuffle(articles)
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    out = []
    for k in range(FOLDS):
        train = [r for r in rows if fold_of[r["article"]] != k]
        held = [r for r in rows if fold_of[r["article"]] == k]
        fitted = fit(train, c)
        rules = sum(r["rule"] == r["gold"] for r in held)
        learned = sum(predict(fitted, r["features"]) == r["gold"] for r in held)
        out.append((len(held), rules, learned))
    return out


def write(fitted, path: Path) -> None:
    classes, names, weights, intercepts = fitted
    data = {
        "classes": classes,
        "features": names,
        "intercepts": [round(float(v), 6) for v in intercepts],
        "weights": [[round(float(v), 6) for v in row] for row in weights],
    }
    path.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="tune")
    parser.add_argument("--cache", type=Path, help="read the rows from this file if it exists, else write them there")
    parser.add_argument("--trace-rule", action="store_true", help="add which return of reading.kind decided (diagnostic)")
    parser.add_argument("--without-rules", action="store_true", help="drop the rules' kind from the features")
    parser.add_argument("-C", type=float, default=C, help=f"inverse L2 strength (default {C})")
    parser.add_argument("--write", type=Path, help="fit on every row and write the weights here")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        rows = collect(args.part, args.trace_rule)
        if args.cache:
            args.cache.write_text(json.dumps(rows), encoding="utf-8")
    if args.without_rules:
        for r in rows:
            r["features"] = [n for n in r["features"] if "rule=" not in n]
    print(f"{len(rows)} units, {len({r['article'] for r in rows})} articles, C {args.C}")
    folds = cross_validate(rows, args.C)
    for k, (n, rules, learned) in enumerate(folds):
        print(f"fold {k}: {n:5} units  rules {rules / n:.4f}  model {learned / n:.4f}  ({learned - rules:+d} units)")
    n = sum(f[0] for f in folds)
    rules, learned = sum(f[1] for f in folds), sum(f[2] for f in folds)
    rules_spread = [f[1] / f[0] for f in folds]
    model_spread = [f[2] / f[0] for f in folds]
    print(
        f"all:    {n:5} units  rules {rules / n:.4f} ({min(rules_spread):.4f}-{max(rules_spread):.4f})"
        f"  model {learned / n:.4f} ({min(model_spread):.4f}-{max(model_spread):.4f})  ({learned - rules:+d} units)"
    )
    if args.write:
        write(fit(rows, args.C), args.write)
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()

"""Train and judge a learned correction of a claim's kind (fact / event / commitment) on top of the rules.

    pip install -e '.[train]'                              # scikit-learn, for this script only
    python benchmarks/train_kind.py --cache /tmp/f.json    # cross-validate by article (the parse takes minutes)
    python benchmarks/train_kind.py --trace-rule           # add the name of the rule that decided the kind
    python benchmarks/train_kind.py --cache F --context -C 0.1   # add the claim's context (session 24)
    python benchmarks/train_kind.py --cache F --margin 1   # keep the rules' kind unless the model beats it by 1
    python benchmarks/train_kind.py --write /tmp/kind.json # also fit on every row and write the weights
    python benchmarks/train_kind.py --oos /work/s47/oos --cache /tmp/oos.json --grid-c 0.1 0.5 2 --grid-margin 0 0.5 1 2
    python benchmarks/train_kind.py --oos /work/s47/oos --cache /tmp/oos.json -C 2 --margin 0.5   # per part
    python benchmarks/train_kind.py --oos DIR --cache F -C 2 --margin 0.5 --gate default modal_default --train-gated

Each gold unit marked a claim whose first declcli claim exists gives one row: that claim's named features
(`features`: the rules' kind, modality, polarity, mood, attribution, and the parse of the clause the rules read
the kind from) and the gold kind. The judge is a grouped cross-validation by article (5 folds, articles shuffled
with a fixed seed): a multinomial logistic regression is trained on four folds' articles and scored on the
fifth's units, beside the rules' kind on the same units (in-sample for the rules, which were tuned on them).

Session 23 ran it and the model did not beat the rules (docs/claims-quality.md, "Session 23 (kind, learned)");
session 24 added the claim's context (`context_features`: the article's share of past tenses, the rules' kinds of
the neighbouring claims, sentences, paragraph and article, the place in the article, quotation marks, the subject's
person) and it still did not ("Session 24 (kind, learned, with context)"), so declcli does not use it; `--write`
keeps the weights' format (JSON, sorted keys: classes, features, intercepts, weights) for a later try, whose
inference is a dot product and an argmax with numpy.
Session 47's `--oos` judges against rules that had never seen the text: rows from benchmarks/oos_dumps.py's dumps
(each test part read by the code before it joined tune), features `declcli.claims.kind_model.features` (the old
claim's fields, today's parse of its span), leave-one-part-out beside the old rules, with bootstrap intervals by
article and every field right ("Session 47 (kind, learned, out of sample)"); `--write` then writes kind_model's
data file (JSON, sorted keys: classes, intercepts, margin, weights by feature and kind).
Session 48's `--gate R ...` lets the model speak only on rows whose unit's kind today's rules decided by one of the
reasons R (`reading.kind_decided`; each row keeps today's reason, today's kind and today's features, so the gate flag
is in-sample on every part dumped), `--train-gated` trains it only on those rows, and `--write` puts the gate in the
data file; the older parts and the newest (test58 up) are reported as groups. It did not pay ("Session 48 (kind,
learned, gated at the rules' defaults)"): nothing to gain at the default, and the gains elsewhere are rows that
rules written after the dump already fix.
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


_PAST_TAGS = frozenset(("VBD",))
_PRESENT_TAGS = frozenset(("VBZ", "VBP"))
_PERSONS = {"i": "1s", "me": "1s", "we": "1p", "us": "1p", "you": "2", "one": "generic"}


def clause_context(verb, content, doc_text: str) -> dict:
    """What a claim's clause says of its context, as raw values (`context_features` names them): the tense of its
    own verb (for the article's share of past tenses), whether the verb sits inside quotation marks, and the
    person of the subject of the clause the kind is read from."""
    from declcli.claims.attribution import quote_regions

    children = list(verb.children)
    modal = any(c.tag_ == "MD" for c in children)
    tense = "past" if verb.tag_ in _PAST_TAGS and not modal else "present" if verb.tag_ in _PRESENT_TAGS or modal else "-"
    quoted = any(a <= verb.idx < b for a, b in quote_regions(doc_text))
    subject = next((c for c in content.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        person = "none"
    elif subject.pos_ == "PRON":
        person = _PERSONS.get(subject.lower_, "3")
    else:
        person = "3p" if subject.tag_ in ("NNS", "NNPS") else "3n"
    return {"tense": tense, "quoted": quoted, "person": person}


def article_context(claims: list, seen: dict) -> dict[int, dict]:
    """For each of an article's claims (by id): the article's share of past tenses among its claims' finite verbs,
    the rules' kinds of the claims just before and after it and of the first claims of the sentences before and
    after its own, the share of events among the rules' kinds of the other claims of its paragraph and of the
    article, and its place in the article (0 to 1)."""
    tenses = [seen[(c.start, c.end)][1]["tense"] for c in claims if (c.start, c.end) in seen]
    finite = [t for t in tenses if t != "-"]
    share = sum(t == "past" for t in finite) / len(finite) if finite else 0.5
    sentences: dict[tuple[int, int], list] = {}
    for claim in claims:
        sentences.setdefault((claim.paragraph, claim.sentence), []).append(claim)
    order = list(sentences)
    place_of = {key: n for n, key in enumerate(order)}
    paragraphs: dict[int, list[str]] = {}
    for claim in claims:
        paragraphs.setdefault(claim.paragraph, []).append(claim.kind)
    events = sum(c.kind == "event" for c in claims)
    out = {}
    for k, claim in enumerate(claims):
        n = place_of[(claim.paragraph, claim.sentence)]
        kinds = paragraphs[claim.paragraph]
        others = len(kinds) - 1
        out[id(claim)] = {
            "past_share": round(share, 4),
            "previous": claims[k - 1].kind if k > 0 else "-",
            "next": claims[k + 1].kind if k + 1 < len(claims) else "-",
            "previous_sentence": sentences[order[n - 1]][0].kind if n > 0 else "-",
            "next_sentence": sentences[order[n + 1]][0].kind if n + 1 < len(order) else "-",
            "paragraph_events": round((kinds.count("event") - (claim.kind == "event")) / others, 4) if others else -1.0,
            "article_events": round((events - (claim.kind == "event")) / (len(claims) - 1), 4) if len(claims) > 1 else -1.0,
            "position": k / len(claims),
        }
    return out


def _share(value: float, cuts: tuple[float, ...]) -> str:
    """A share's band: "-" when there is none (-1), else the number of `cuts` it reaches."""
    return "-" if value < 0 else str(sum(value >= c for c in cuts))


def context_features(row: dict, kind: str) -> list[str]:
    """The named features of a row's context (`clause_context`, `article_context`), crossed with the rules' kind
    where the kind's error turns on them (a simple past in a story told in the present, a generic "we")."""
    c = row["context"]
    story = _share(c["past_share"], (0.35, 0.65))
    place = "first" if c["position"] == 0 else f"fifth{min(4, int(c['position'] * 5))}"
    tag = next((n[4:] for n in row["features"] if n.startswith("tag=")), "-")
    around = _share(c["paragraph_events"], (0.01, 0.5))
    article = _share(c["article_events"], (0.2, 0.35, 0.5))
    return [
        f"story={story}",
        f"rule={kind}|story={story}",
        f"rule={kind}|tag={tag}|story={story}",
        f"previous={c['previous']}",
        f"next={c['next']}",
        f"rule={kind}|previous={c['previous']}",
        f"rule={kind}|next={c['next']}",
        f"rule={kind}|neighbours={c['previous']},{c['next']}",
        f"rule={kind}|previous_sentence={c['previous_sentence']}",
        f"rule={kind}|next_sentence={c['next_sentence']}",
        f"rule={kind}|sentences={c['previous_sentence']},{c['next_sentence']}",
        f"rule={kind}|paragraph_events={around}",
        f"rule={kind}|tag={tag}|paragraph_events={around}",
        f"rule={kind}|article_events={article}",
        f"rule={kind}|tag={tag}|article_events={article}",
        f"place={place}",
        f"rule={kind}|place={place}",
        f"quoted={c['quoted']}",
        f"rule={kind}|quoted={c['quoted']}",
        f"person={c['person']}",
        f"rule={kind}|person={c['person']}",
        f"rule={kind}|person={c['person']}|quoted={c['quoted']}",
    ]


def read_articles(part: str, seen: dict):
    """Each article of `part` read by declcli: (meta, gold units, claims, each unit's claims), `seen` (what a
    recording `_claim` wrote of the article) cleared before each."""
    import claims_real_eval as ev

    for meta, text, units in ev.load_set(part, ev.SET / "gold"):
        seen.clear()
        found = ev.run_declcli(text, meta["reference_date"])
        yield meta, units, found, ev.owners_of(found, meta["sentences"])


def collect(part: str, trace_rule: bool = False) -> list[dict]:
    """One row per gold claim unit with a declcli claim: article, unit, gold kind, rules' kind, features.
    `trace_rule`: add the name of the rule that decided the kind (`reading.kind_decided`, as the claims stage keeps it
    in the Context's `kind_reasons`)."""

    import declcli.claims as claims_module

    seen: dict[tuple[int, int], list[str]] = {}
    original_claim = claims_module._claim

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
            reason = ctx.kind_reasons.get(claim.start, "-")
            names += [f"decider={reason}", f"decider={reason}|rule={claim.kind}"]
        seen[(claim.start, claim.end)] = (names, clause_context(verb, content, doc_text))
        return claim

    claims_module._claim = recording
    rows = []
    try:
        for meta, units, found, owners in read_articles(part, seen):
            around = article_context(found, seen)
            for i, unit in enumerate(units):
                if not unit.get("claim", True) or not owners[i]:
                    continue
                first = owners[i][0]
                recorded = seen.get((first.start, first.end))
                if recorded is not None:
                    rows.append(
                        {
                            "article": meta["id"],
                            "unit": i + 1,
                            "gold": unit.get("kind"),
                            "rule": first.kind,
                            "features": recorded[0],
                            "context": {**recorded[1], **around[id(first)]},
                        }
                    )
    finally:
        claims_module._claim = original_claim
    return rows


def feature_matrix(lists: list[list[str]]):
    """The features seen in `MIN_COUNT` or more of `lists` (sorted) and the 0/1 sparse matrix of the lists over them."""
    from collections import Counter

    import numpy as np
    from scipy.sparse import csr_matrix

    counts = Counter(n for names in lists for n in set(names))
    names = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    index = {n: i for i, n in enumerate(names)}
    cells = [(j, index[n]) for j, row in enumerate(lists) for n in sorted(set(row)) if n in index]
    x = csr_matrix((np.ones(len(cells)), ([j for j, _ in cells], [i for _, i in cells])), shape=(len(lists), len(names)))
    return names, x


def fit(rows: list[dict], c: float = C):
    """A multinomial logistic regression on rows' features: (classes, feature names, weights, intercepts)."""
    from sklearn.linear_model import LogisticRegression

    names, x = feature_matrix([r["features"] for r in rows])
    y = [r["gold"] for r in rows]
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    model.fit(x, y)
    return list(model.classes_), names, model.coef_, model.intercept_


def predict(fitted, features: list[str], rule: str | None = None, margin: float = 0.0) -> str:
    """The model's kind; with `rule` and a `margin`, the rules' kind unless the model's best score beats the
    rules' kind's score by more than the margin."""
    classes, names, weights, intercepts = fitted
    index = {n: i for i, n in enumerate(names)}
    columns = sorted({index[n] for n in features if n in index})
    scores = intercepts + weights[:, columns].sum(axis=1)
    best = int(scores.argmax())
    if rule is not None and rule in classes and scores[best] - scores[classes.index(rule)] <= margin:
        return rule
    return classes[best]


def cross_validate(rows: list[dict], c: float = C, margin: float = 0.0) -> list[tuple[int, int, int]]:
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
        learned = sum(predict(fitted, r["features"], r["rule"], margin) == r["gold"] for r in held)
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


OOS_SEED = 47
BOOTSTRAP = 2000


def oos_rows(oos: Path) -> list[dict]:
    """One row per gold claim unit of each test part in `oos` (benchmarks/oos_dumps.py) whose first claim by the old
    code exists: that claim's record, the gold unit, and `kind_model.features` of the record (its old fields) over
    today's parse of its span, read from the Doc today's pipeline made of its paragraph, in the state the pipeline
    leaves it when it settles a claim's kind (harmonised entities)."""
    import claims_real_eval as ev

    import declcli.claims as claims_module
    from declcli.claims import kind_model

    wanted: list[tuple[dict, dict]] = []  # (row, record) of the article being read
    offsets: dict[int, int] = {}  # id(doc) -> where its paragraph starts in the article
    original, original_windows = claims_module.forget_entities, claims_module._windows

    def windows(parsed):
        for window in original_windows(parsed):
            offsets.update((id(doc), offset) for doc, (offset, _) in window)
            yield window

    kept: list[tuple[int, object]] = []  # each paragraph's Doc as the pipeline settled its claims, for today's claims

    def reading(doc) -> None:
        offset = offsets.pop(id(doc))
        kept.append((offset, doc))  # (forget_entities drops only cached readings: the harmonised entities stay)
        for row, record in wanted:
            a = record["start"] - offset
            if row["features"] is None and 0 <= a < len(doc.text):
                attribution = record["attribution"]
                row["features"] = kind_model.features(
                    doc,
                    a,
                    record["end"] - offset,
                    kind=record["kind"],
                    modality=record["modality"],
                    polarity=record["polarity"],
                    mood=record["mood"],
                    attributed=attribution is not None and bool(attribution["source"] or attribution["cue"]),
                )
        original(doc)

    contexts: list = []  # the Context of the article being read: the rule that decided each of today's claims' kinds
    original_context = claims_module.Context

    def context(**kwargs):
        contexts.append(original_context(**kwargs))
        return contexts[-1]

    rows = []
    claims_module.forget_entities, claims_module._windows, claims_module.Context = reading, windows, context
    try:
        for line in (oos / "commits.txt").read_text(encoding="utf-8").splitlines():
            part, commit, _ = line.split()
            run = json.loads((oos / f"{part}.json").read_text(encoding="utf-8"))
            for meta, text, units in ev.load_set(part, ev.SET / "gold"):
                wanted.clear()
                old = run[meta["id"]]
                for i, unit in enumerate(units):
                    if unit.get("claim", True) and old[i]:
                        row = {"part": part, "article": meta["id"], "unit": i, "gold": unit.get("kind"), "features": None}
                        row["rule"] = old[i][0]["kind"]
                        wanted.append((row, old[i][0]))
                contexts.clear()
                kept.clear()
                found = ev.run_declcli(text, meta["reference_date"])
                today = ev.owners_of(found, meta["sentences"])
                reasons = contexts[0].kind_reasons if contexts else {}
                for row, record in wanted:
                    row["features"] = row["features"] or ["bias", "parse=-"]
                    first = today[row["unit"]][0] if today[row["unit"]] else None
                    row["reason"] = reasons.get(first.start, "-") if first is not None else "-"
                    row["same_span"] = first is not None and (first.start, first.end) == (record["start"], record["end"])
                    row["today"] = first.kind if first is not None else None
                    row["today_features"] = _today_features(first, kept) if first is not None else None
                    rows.append(row)
                print(f"{part} {meta['id']}: {len(wanted)} rows", file=sys.stderr, flush=True)
    finally:
        claims_module.forget_entities, claims_module._windows, claims_module.Context = (
            original,
            original_windows,
            original_context,
        )
    return rows


def _today_features(claim, kept: list[tuple[int, object]]) -> list[str]:
    """`kind_model.features` of one of today's claims over the paragraph Doc (in `kept`, by where it starts) holding it:
    the model as the claims stage would apply it to today's rules, which are in-sample on the parts dumped."""
    from declcli.claims import kind_model

    for offset, doc in kept:
        if offset <= claim.start < offset + len(doc.text):
            return kind_model.claim_features(claim, doc, offset)
    return ["bias", "parse=-"]


def oos_unit_scores(oos: Path) -> dict[tuple[str, int], tuple[dict, list]]:
    """Each gold claim unit of the parts in `oos`, by (article, unit): the gold unit and the old claims' records."""
    import claims_real_diff as diff
    import claims_real_eval as ev

    out = {}
    for line in (oos / "commits.txt").read_text(encoding="utf-8").splitlines():
        part = line.split()[0]
        run = json.loads((oos / f"{part}.json").read_text(encoding="utf-8"))
        for meta, _, units in ev.load_set(part, ev.SET / "gold"):
            for i, unit in enumerate(units):
                if unit.get("claim", True):
                    out[(meta["id"], i)] = (unit, diff._as_claims(run[meta["id"]][i]))
    return out


def as_model(fitted, margin: float) -> dict:
    """train_kind's fitted arrays as the data file kind_model reads: per feature, its weight for each kind."""
    classes, names, weights, intercepts = fitted
    return {
        "classes": list(classes),
        "intercepts": {k: round(float(v), 6) for k, v in zip(classes, intercepts, strict=True)},
        "margin": margin,
        "weights": {n: {k: round(float(weights[j, i]), 6) for j, k in enumerate(classes)} for i, n in enumerate(names)},
    }


def fit_oos(rows: list[dict], c: float):
    """`fit` with a looser tolerance: the judge fits once per part and strength (50 fits), each within seconds."""
    from sklearn.linear_model import LogisticRegression

    names, x = feature_matrix([r["features"] for r in rows])
    model = LogisticRegression(C=c, max_iter=2000, tol=1e-4)
    model.fit(x, [r["gold"] for r in rows])
    return list(model.classes_), names, model.coef_, model.intercept_


def gate_open(row: dict, gate: frozenset[str] | None) -> bool:
    """Whether the model may speak on `row`: everywhere without a gate, else where today's rules decided its unit's
    kind by one of the reasons in `gate` (`reading.kind_decided`; "-" where today's code has no claim for the unit)."""
    return gate is None or row.get("reason", "-") in gate


def held_out_models(rows: list[dict], c: float, gate: frozenset[str] | None = None) -> dict[str, dict]:
    """Per part, the model (margin 0) trained on every other part's rows (only those the gate opens on, given one)."""
    return {
        part: as_model(fit_oos([r for r in rows if r["part"] != part and gate_open(r, gate)], c), 0.0)
        for part in sorted({r["part"] for r in rows})
    }


def leave_one_part_out(
    rows: list[dict], models: dict[str, dict], margin: float, gate: frozenset[str] | None = None
) -> dict[tuple[str, int], str]:
    """Each row's kind from its part's held-out model at `margin` where the gate opens, else the rules':
    (article, unit) -> kind."""
    from declcli.claims import kind_model

    return {
        (r["article"], r["unit"]): (
            kind_model.choose({**models[r["part"]], "margin": margin}, r["features"], r["rule"])
            if gate_open(r, gate)
            else r["rule"]
        )
        for r in rows
    }


NEWEST = 58  # the first of the newest parts, reported on their own (test58 up)


def part_groups(parts: list[str]) -> dict[str, list[str]]:
    """Each part on its own, the older and the newest parts, and all of them pooled."""
    number = {p: int(p[4:] or 1) for p in parts}
    newest = [p for p in parts if number[p] >= NEWEST]
    older = [p for p in parts if number[p] < NEWEST]
    groups = {p: [p] for p in parts}
    if older and newest:
        groups[f"{older[0]}-{older[-1][4:]}"] = older
        groups[f"{newest[0]}-{newest[-1][4:]}"] = newest
    groups["pooled"] = parts
    return groups


def bootstrap(per_article: dict[str, tuple[int, int, int]], seed: int = OOS_SEED) -> tuple[float, float]:
    """95% interval of (model right - rules right) / units, resampling articles."""
    articles = sorted(per_article)
    rng = random.Random(seed)
    values = []
    for _ in range(BOOTSTRAP):
        picked = [per_article[rng.choice(articles)] for _ in articles]
        n = sum(p[0] for p in picked)
        values.append((sum(p[2] for p in picked) - sum(p[1] for p in picked)) / n if n else 0.0)
    values.sort()
    return values[int(0.025 * BOOTSTRAP)], values[int(0.975 * BOOTSTRAP) - 1]


def judge(rows: list[dict], units: dict, chosen: dict[tuple[str, int], str], verbose: bool = True) -> dict:
    """Per part and pooled: kind right by the old rules and by the model on the rows, every field right on every gold
    claim unit (the old claims, the first one's kind replaced by the model's), and bootstrap intervals by article."""
    import copy

    import claims_real_eval as ev

    part_of = {r["article"]: r["part"] for r in rows}
    kind_by_article: dict[str, list[int]] = {}
    for r in rows:
        k = kind_by_article.setdefault(r["article"], [0, 0, 0])
        k[0] += 1
        k[1] += r["rule"] == r["gold"]
        k[2] += chosen[(r["article"], r["unit"])] == r["gold"]
    all_by_article: dict[str, list[int]] = {}
    for (article, i), (unit, claims) in units.items():
        before = ev.score_unit(unit, claims)["all"]
        after = before
        if (article, i) in chosen and claims:
            changed = copy.copy(claims[0])
            changed.kind = chosen[(article, i)]
            after = ev.score_unit(unit, [changed, *claims[1:]])["all"]
        k = all_by_article.setdefault(article, [0, 0, 0])
        k[0] += 1
        k[1] += before
        k[2] += after
    out = {}
    parts = sorted({r["part"] for r in rows}, key=lambda p: int(p[4:] or 1))
    for part, members in part_groups(parts).items():
        arts = [a for a in kind_by_article if part_of[a] in members]
        kind = {a: tuple(kind_by_article[a]) for a in arts}
        every = {a: tuple(all_by_article[a]) for a in arts if a in all_by_article}
        n, rules, model = (sum(v[j] for v in kind.values()) for j in range(3))
        m, before, after = (sum(v[j] for v in every.values()) for j in range(3))
        low, high = bootstrap(kind)
        every_low, every_high = bootstrap(every)
        out[part] = (n, rules / n, model / n, low, high, m, before / m, after / m, every_low, every_high)
        if verbose or part not in parts:
            print(
                f"{part:11} {n:5} rows  rules {rules / n:.4f}  model {model / n:.4f}  diff {(model - rules) / n:+.4f}"
                f" [{low:+.4f}, {high:+.4f}]   every field ({m} units) {before / m:.4f} -> {after / m:.4f}"
                f" ({after - before:+d}) [{every_low:+.4f}, {every_high:+.4f}]"
            )
    return out


def cached_rows(cache: Path | None, make) -> list[dict]:
    """The rows in `cache` if it exists, else `make()`'s, written to `cache` when one is given (the parse takes minutes)."""
    if cache and cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    rows = make()
    if cache:
        cache.write_text(json.dumps(rows), encoding="utf-8")
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="tune")
    parser.add_argument("--cache", type=Path, help="read the rows from this file if it exists, else write them there")
    parser.add_argument("--trace-rule", action="store_true", help="add the name of the rule that decided the kind")
    parser.add_argument("--without-rules", action="store_true", help="drop the rules' kind from the features")
    parser.add_argument("--context", action="store_true", help="add the features of the claim's context (`context_features`)")
    parser.add_argument("-C", type=float, default=C, help=f"inverse L2 strength (default {C})")
    parser.add_argument("--margin", type=float, default=0.0, help="keep the rules' kind unless the model beats it by this")
    parser.add_argument("--write", type=Path, help="fit on every row and write the weights here")
    parser.add_argument("--oos", type=Path, help="judge leave-one-part-out on benchmarks/oos_dumps.py's dumps in this folder")
    parser.add_argument("--grid-c", type=float, nargs="*", help="with --oos: judge at each of these C (pooled only)")
    parser.add_argument("--grid-margin", type=float, nargs="*", help="with --oos: and each of these margins")
    parser.add_argument("--gate", nargs="*", help="with --oos: the model speaks only where one of these reasons decided")
    parser.add_argument("--train-gated", action="store_true", help="with --gate: train only on the rows the gate opens on")
    args = parser.parse_args(argv)
    if args.oos:
        main_oos(args)
        return
    rows = cached_rows(args.cache, lambda: collect(args.part, args.trace_rule))
    if args.context:
        for r in rows:
            r["features"] = r["features"] + context_features(r, r["rule"])
    if args.without_rules:
        for r in rows:
            r["features"] = [n for n in r["features"] if "rule=" not in n]
    print(f"{len(rows)} units, {len({r['article'] for r in rows})} articles, C {args.C}, margin {args.margin}")
    folds = cross_validate(rows, args.C, args.margin)
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


def main_oos(args) -> None:
    """--oos: rows from the out-of-sample dumps (cached in --cache), judged leave-one-part-out at -C and --margin,
    the model speaking only where --gate opens (trained only there with --train-gated); --write fits on every row
    (every gated row with --train-gated) and writes kind_model's data file."""
    rows = cached_rows(args.cache, lambda: oos_rows(args.oos))
    units = oos_unit_scores(args.oos)
    gate = frozenset(args.gate) if args.gate else None
    print(f"{len(rows)} rows, {len({r['article'] for r in rows})} articles, {len({r['part'] for r in rows})} parts")
    if gate is not None:
        parts = sorted({r["part"] for r in rows}, key=lambda p: int(p[4:] or 1))
        for name, members in part_groups(parts).items():
            if name not in parts:
                inside = [r for r in rows if r["part"] in members]
                opened = sum(gate_open(r, gate) for r in inside)
                print(
                    f"gate {','.join(sorted(gate))} opens on {name}: {opened} of {len(inside)} rows ({opened / len(inside):.3f})"
                )
    train_gate = gate if args.train_gated else None
    for c in args.grid_c or [args.C]:
        models = held_out_models(rows, c, train_gate)
        for margin in args.grid_margin or [args.margin]:
            print(f"C {c}, margin {margin}", flush=True)
            judge(rows, units, leave_one_part_out(rows, models, margin, gate), verbose=not (args.grid_c or args.grid_margin))
    if args.write:
        data = as_model(fit_oos([r for r in rows if gate_open(r, train_gate)], args.C), args.margin)
        if gate is not None:
            data["gate"] = sorted(gate)  # (kind_model.settle_kind keeps the rules' kind where another reason decided)
        args.write.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()

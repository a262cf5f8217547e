"""A learned second reading of a claim's kind (fact / event / commitment), over the rules' reading.

`features` names what one claim shows: the rules' own fields for it (kind, modality, polarity, mood, whether it
is attributed) and the spaCy parse of its span in the pipeline's Doc (the span's head verb and the reported
clause's, their tags, tense, auxiliaries, subject, negation, the time and number entities inside the span).
`choose` scores those names with a linear model (one weight per name and kind, a dot product over the names
present) and keeps the rules' kind unless another kind outscores it by more than the model's margin.

The weights are trained by benchmarks/train_kind.py --oos on the rules' output of code that had never seen the
articles (each test part read by the commit before it joined tune), so the model does not learn to trust the
rules as much as they deserve only on their own tune set, and written to declcli/data/kind_model.json.

Not wired into the claims stage (session 47, docs/claims-quality.md "Session 47 (kind, learned, out of sample)"):
the model beat the first-met rules by about a point of kind on held-out parts, but it overrode the kind that about
one in eight of the invented-sentence tests of GUIDE decisions assert. `settle_kind`, called on each claim where
iter_claims yields it, is the one place it would go.

A data file may carry a "gate": the reasons (`reading.kind_decided`'s names of the rule that decided, which the
claims stage keeps in `Context.kind_reasons`) where the model may speak; elsewhere the rules' kind stands. Session 48
(docs/claims-quality.md, "Session 48 (kind, learned, gated at the rules' defaults)") judged it: gated at the last
`return "fact"` the model breaks only 3 of those tests but gains nothing held out (-0.04 point of kind); the gates
where it gains (the modal branch's default, the stative verbs) break 50 to 70 tests and owe their gain to rows that
rules written later already fix. Still not wired in.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "kind_model.json"

_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
_TIME_LABELS = frozenset(("DATE", "TIME"))
_NUMBER_LABELS = frozenset(("CARDINAL", "MONEY", "PERCENT", "QUANTITY"))
_OBJECT_DEPS = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "advcl", "prep"))


def _head_clause(span):
    """The span's head and the clause the kind is read from: a reported clause ("X said that Y happened") when the
    head has one inside the span, else the head itself."""
    head = span.root
    for child in head.children:
        if child.dep_ == "ccomp" and span.start <= child.i < span.end:
            return head, child
    return head, head


def _verb_names(prefix: str, token) -> list[str]:
    children = list(token.children)
    auxes = sorted({c.lower_ if c.tag_ == "MD" else c.lemma_.lower() for c in children if c.dep_ in ("aux", "auxpass")})
    tense = token.morph.get("Tense")
    out = [
        f"{prefix}lemma={token.lemma_.lower()}",
        f"{prefix}tag={token.tag_}",
        f"{prefix}dep={token.dep_}",
        f"{prefix}tense={tense[0] if tense else '-'}",
        f"{prefix}auxes={','.join(auxes) or '-'}",
        f"{prefix}passive={any(c.dep_ in ('auxpass', 'nsubjpass') for c in children)}",
        f"{prefix}negated={any(c.dep_ == 'neg' for c in children)}",
    ]
    out.extend(f"{prefix}aux={a}" for a in auxes)
    out.extend(f"{prefix}child={d}" for d in sorted({c.dep_ for c in children if c.dep_ in _OBJECT_DEPS}))
    subject = next((c for c in children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        out.append(f"{prefix}subject=-")
    else:
        out.append(f"{prefix}subject_tag={subject.tag_}")
        out.append(f"{prefix}subject_entity={subject.ent_type_ or '-'}")
        if subject.pos_ == "PRON":
            out.append(f"{prefix}subject_pronoun={subject.lower_}")
    return out


def features(doc, start: int, end: int, *, kind: str, modality: str, polarity: str, mood: str, attributed: bool) -> list[str]:
    """The named features of a claim whose characters `start`..`end` lie in `doc` (offsets in the Doc's text)."""
    out = [
        "bias",
        f"rule={kind}",
        f"modality={modality}",
        f"polarity={polarity}",
        f"mood={mood}",
        f"attributed={attributed}",
        f"rule={kind}|modality={modality}",
        f"rule={kind}|attributed={attributed}",
    ]
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end <= len(doc.text) else None
    if span is None or not len(span):
        out.append("parse=-")
        return out
    head, content = _head_clause(span)
    names = _verb_names("", content)
    if content is not head:
        names.append("reported=True")
        names.extend(_verb_names("head_", head)[:2])
    out.extend(names)
    tag = content.tag_
    out.append(f"rule={kind}|tag={tag}")
    out.append(f"rule={kind}|tag={tag}|attributed={attributed}")
    out.extend(f"rule={kind}|{n}" for n in names if n.startswith(("auxes=", "tense=", "subject_tag=", "passive=", "lemma=")))
    labels = {e.label_ for e in span.ents}
    timed = bool(labels & _TIME_LABELS)
    out.append(f"time={timed}")
    out.append(f"number={bool(labels & _NUMBER_LABELS)}")
    out.append(f"rule={kind}|time={timed}")
    out.append(f"rule={kind}|tag={tag}|time={timed}")
    size = len(span)
    out.append(f"length={'short' if size < 8 else 'mid' if size < 25 else 'long'}")
    out.append(f"question={span.text.rstrip().endswith('?')}")
    return out


def scores(model: dict, names: list[str]) -> dict[str, float]:
    """Each kind's score: its intercept plus the weights of the names present (a name counted once)."""
    weights = model["weights"]
    out = dict(model["intercepts"])
    for name in set(names):
        row = weights.get(name)
        if row is not None:
            for kind, w in row.items():
                out[kind] += w
    return out


def choose(model: dict, names: list[str], rule: str) -> str:
    """The model's kind when it beats the rules' kind by more than the model's margin, else the rules' kind."""
    scored = scores(model, names)
    best = max(sorted(scored), key=scored.__getitem__)
    if rule in scored and scored[best] - scored[rule] <= model["margin"]:
        return rule
    return best


@lru_cache(maxsize=1)
def load(path: str = str(DATA)) -> dict | None:
    """The model's data file (None when there is none: the rules' kind stands)."""
    file = Path(path)
    if not file.exists():
        return None
    return json.loads(file.read_text(encoding="utf-8"))


def claim_features(claim, doc, offset: int) -> list[str]:
    """`features` of a finished claim (its own fields) in `doc`, its paragraph, which starts at `offset`."""
    attribution = claim.attribution
    return features(
        doc,
        claim.start - offset,
        claim.end - offset,
        kind=claim.kind,
        modality=claim.modality,
        polarity=claim.polarity,
        mood=claim.mood,
        attributed=attribution is not None and bool(attribution.source or attribution.cue),
    )


def settle_kind(claim, doc, offset: int, model: dict | None = None, reason: str | None = None) -> None:
    """Set a finished claim's kind to the model's reading (`doc` is the claim's paragraph, starting at `offset`;
    `model` the data file's when not given) where the model's gate lets it: a model with a "gate" speaks only on a
    claim whose kind one of those reasons decided (`reason`: reading.kind_decided's, as the claims stage keeps it)."""
    model = model or load()
    if model is None:
        return
    gate = model.get("gate")
    if gate is not None and reason not in gate:
        return
    claim.kind = choose(model, claim_features(claim, doc, offset), claim.kind)

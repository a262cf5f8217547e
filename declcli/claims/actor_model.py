"""A learned keep/drop filter over the actors the rules give a claim: the actor's named features and the logistic
model that weighs them.

`features` names what is cheap to read about one actor of a claim: its type and shape, where its name sits in the
paragraph's parse (the pipeline's own Doc), what the lexicons, the gazetteer and the article's context know of it,
how the window's other mentions of it act, and what the rules said of the claim (its kind, whether it is
attributed, whether the actor is the claim's source). `benchmarks/train_actors.py` computes the same features for
the claims an older commit's rules gave articles they had never been tuned on, and fits the weights.

`revise_actors` drops the actors whose chance of being right is under the model's threshold. It runs in one place:
the claims stage (`declcli.claims`, where a paragraph's claims are finished), once per claim after the rules, while
the paragraph's trace of the rules' paths is at hand. The shipped keep model is gated (session 48, docs/claims-quality.md
"Session 48 (actors, a gated filter)"): it names the paths it acts on ("paths"), and weighs only the actors the rules
gave by one of them (`actors.actor_path`: the model's own PERSON entity passed on with generic cleaning, no title
before it), never one a specific rule decided; session 47's ungated filter dropped actors that guide-backed rules give
on purpose. A keep model naming no paths weighs every actor. declcli ships no admit model.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from .actors import actor_path

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "actor_model.json"
_SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj"))
_POSSESSIVE = frozenset(("'s", "’s", "'", "’"))
_QUOTES = ('"', "“", "”")


def _band(n: int, cuts: tuple[int, ...]) -> str:
    return str(sum(n >= c for c in cuts))


# The Doc whose text was last read, and its text: `Doc.text` joins every token's text at each read.
_TEXT: list = [None, ""]


def _text_of(doc) -> str:
    if _TEXT[0] is not doc:
        _TEXT[0], _TEXT[1] = doc, doc.text
    return _TEXT[1]


def _span_of(name: str, doc, start: int, end: int):
    """The tokens of the claim that write `name` (else its last word): (span, how it was found)."""
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    text = _text_of(doc)[a:b]
    at = text.find(name)
    how = "whole"
    if at < 0:
        last = name.split()[-1] if name.split() else name
        at = text.find(last) if last else -1
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


# The window whose entities were last indexed, and the index: a name -> (labels, roles) of its mentions. One pass over
# a window's entities serves every actor of its claims.
_INDEXED: list = [None, {}]


def _mentions(ctx) -> dict[str, tuple[set[str], set[str]]]:
    from .lexicon import words

    docs = ctx.window_docs
    if _INDEXED[0] is docs:
        return _INDEXED[1]
    reporting = words().reporting
    index: dict[str, tuple[set[str], set[str]]] = {}
    for doc in docs:
        for ent in doc.ents:
            text = ent.text
            key = text[4:] if text.startswith(("the ", "The ")) else text
            root = ent.root
            role = _role(root)
            if role == "subject":
                acts = "reports" if root.head.lemma_ in reporting else "subject"
            elif role in ("poss", "agent"):
                acts = role
            else:
                acts = "pobj" if role.startswith("pobj_") else None
            # ("the Fed" is a mention of "the Fed" as well as of "Fed")
            for name in {key, text}:
                labels, roles = index.setdefault(name, (set(), set()))
                labels.add(ent.label_)
                if acts is not None:
                    roles.add(acts)
    _INDEXED[0], _INDEXED[1] = docs, index
    return index


def _article_features(name: str, kind: str, ctx) -> list[str]:
    """What the window's other mentions of the name say: the labels the model gave them, whether one is the subject
    of a verb or of a reporting verb, or owns something (a possessive)."""
    labels, roles = _mentions(ctx).get(name, (set(), set()))
    out = [f"labelled_{label}" for label in sorted(labels)] + [f"acts_{r}" for r in sorted(roles)]
    out += [f"type={kind}|labelled_{label}" for label in sorted(labels)] + [f"type={kind}|acts_{r}" for r in sorted(roles)]
    if not roles:
        out.append(f"type={kind}|acts_none")
    return out


def _claim_features(actor, claim) -> list[str]:
    """What the rules said of the claim the actor belongs to."""
    kind = actor.type
    attribution = getattr(claim, "attribution", None)
    source = (attribution.source if attribution is not None else None) or ""
    is_source = bool(source) and bool(actor.name) and (actor.name in source or source in actor.name)
    return [
        f"claim_kind={claim.kind}",
        f"type={kind}|claim_kind={claim.kind}",
        f"attributed={bool(source)}",
        f"is_source={is_source}",
        f"type={kind}|is_source={is_source}",
    ]


def features(actor, doc, start: int, end: int, ctx, count: int, claim=None) -> list[str]:
    """The named features of one actor the rules gave a claim over tokens [start, end) of `doc`; `count`: the number
    of actors the claim carries; `claim`: the claim (its kind and attribution), when known."""
    from ..gazetteer import gazetteer
    from .lexicon import words

    lex, g = words(), gazetteer()
    name = actor.name
    kind = actor.type
    parts = name.split()
    last = parts[-1] if parts else name
    out = [
        f"type={kind}",
        f"has_country={actor.country is not None}",
        f"type={kind}|has_country={actor.country is not None}",
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
    if claim is not None:
        out.extend(_claim_features(actor, claim))
    if any(ch.isupper() for ch in name[1:]) and " " not in name:
        out.append("camel")
    if any(ch in name for ch in "®™+"):
        out.append("mark")
    out.append(f"last={last.lower()}")
    span, how = _span_of(name, doc, start, end) if end > start else (None, "absent")
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
    quote_marks = sum(_text_of(doc)[doc[start].idx : span.start_char].count(q) for q in _QUOTES)
    out.append(f"after_open_quote={quote_marks % 2 == 1}")
    # (whether the name opens its sentence, read from the sentence starts between the two: `root.sent` walks the doc)
    opens = bool(doc[span.start].is_sent_start) and not any(doc[i].is_sent_start for i in range(span.start + 1, root.i + 1))
    out.append(f"sentence_start={bool(root.is_sent_start) or opens}")
    return out


# The entity labels whose names can be actors the rules left out, and the actor type each gives.
_ADMITTED_LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "country"}


def _words_of(name: str) -> set[str]:
    return {w.strip(".,'’").lower() for w in name.replace("’s", " ").replace("'s", " ").split()} - {""}


def candidates(claim, doc, start: int, end: int) -> list:
    """The entities the model marked in the claim's tokens [start, end) that could be actors the rules left out: a
    person, organisation, nationality or country (one the gazetteer knows) sharing no word with the claim's actors."""
    from ..gazetteer import gazetteer
    from ..model import Actor

    taken = set()
    countries = {actor.country for actor in claim.actors if actor.type == "country"}
    for actor in claim.actors:
        taken |= _words_of(actor.name)
    out = []
    for ent in doc.ents:
        if ent.start < start or ent.end > end or ent.label_ not in _ADMITTED_LABELS:
            continue
        name = ent.text[4:] if ent.text.startswith(("the ", "The ")) else ent.text
        name = name.removesuffix("’s").removesuffix("'s").rstrip("’'")  # "Cells’ shares": the name is "Cells"
        words = _words_of(name)
        if not words or words & taken:
            continue
        kind = _ADMITTED_LABELS[ent.label_]
        country = None
        if kind == "country":
            country = gazetteer().country_names.get(name)
            if country is None or country in countries:
                continue  # a city or region (no actor of its own), or a country the claim has under another name
            countries.add(country)
        taken |= words
        out.append(Actor(name, kind, country))
    return out


def token_span(doc, offset: int, start: int, end: int) -> tuple[int, int]:
    """The tokens [a, b) of the paragraph's `doc` (starting at character `offset` of the text) that the characters
    [start, end) of the text cover; (0, 0) when none."""
    a = max(0, start - offset)
    b = min(len(_text_of(doc)), end - offset)
    if b <= a:
        return 0, 0
    span = doc.char_span(a, b, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict | None:
    """The fitted models, or None when no model file is shipped: "keep" (the chance that one of the rules' actors is
    right: drop it under its threshold) and, when fitted, "admit" (the chance that an entity the rules left out is an
    actor: add it at its threshold or over), each {"intercept", "threshold", "weights"}."""
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def chance(model: dict, names: list[str]) -> float:
    """The model's probability for a row with these features: a sum of weights and a logistic."""
    weights = model["weights"]
    z = model["intercept"] + sum(weights.get(n, 0.0) for n in set(names))
    return 1.0 / (1.0 + math.exp(-z))


def revise_actors(claim, doc, offset: int, ctx, model: dict | None = None) -> None:
    """Drop the claim's actors the keep model doubts and add the entities the admit model trusts (in place); `doc`
    is the paragraph's parse, starting at character `offset` of the text."""
    model = model if model is not None else load_model()
    if model is None:
        return
    keep, admit = model.get("keep"), model.get("admit")
    if not claim.actors and admit is None:
        return
    # the gate: a keep model that names the paths it was judged on ("paths": of `actors.DEFAULT_PATHS`, where no
    # specific rule decided; the shipped one, the persons' alone) weighs only the actors the rules gave by one of them
    paths = keep.get("paths") if keep is not None else None
    doubted = [a for a in claim.actors if paths is None or actor_path(a, ctx) in paths] if keep is not None else []
    if not doubted and admit is None:
        return
    start, end = token_span(doc, offset, claim.start, claim.end)
    count = len(claim.actors)
    actors = claim.actors
    if doubted:
        dropped = [a for a in doubted if chance(keep, features(a, doc, start, end, ctx, count, claim)) < keep["threshold"]]
        actors = [a for a in actors if not any(a is d for d in dropped)]
    if admit is not None and end > start:
        added = [
            a
            for a in candidates(claim, doc, start, end)
            if chance(admit, features(a, doc, start, end, ctx, count, claim)) >= admit["threshold"]
        ]
        actors = [*actors, *added]
    if actors != claim.actors:
        claim.actors = actors

"""What an article tells of its persons' gender, so that a later "she said" goes to a woman
named before and "he said" to a man.

Evidence for a person entity, counted under its surname (the word later mentions use):
- an honorific or a gendered role or kin word just before the name or opening it ("Ms.
  Zoghlin", "spokeswoman Jane Doe"), or in apposition ("Jane Doe, a spokeswoman");
- the first "he/him/his" or "she/her" after the name in the clause the person is the subject
  of ("Persson said she …", "Omar wrote in her letter").
The article's majority decides; a tie, or no evidence, leaves the person open to either pronoun.
"""

from __future__ import annotations

from collections import Counter

from .context import Context, clean_name, entities, surname
from .lexicon import words

_PRONOUN_TAGS = frozenset(("PRP", "PRP$"))


def note_genders(docs, ctx: Context) -> None:
    """Count the evidence of every person entity in `docs` into `ctx.gender_votes`."""
    for doc in docs:
        for ent in entities(doc):
            if ent.label_ != "PERSON":
                continue
            name = clean_name(ent.text)
            gender = _evidence(ent) if name else None
            if gender:
                ctx.gender_votes.setdefault(surname(name), Counter())[gender] += 1
                if " " in name:
                    # (also under the full name: two persons of a family share the surname's count)
                    ctx.gender_votes.setdefault(name, Counter())[gender] += 1


def _evidence(ent) -> str | None:
    gendered = words().gendered
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    for token in (before, ent[0]):
        if token is not None and token.lower_ in gendered and token.tag_ not in _PRONOUN_TAGS:
            return gendered[token.lower_]
    for child in ent.root.children:
        if child.dep_ == "appos" and child.lower_ in gendered:
            return gendered[child.lower_]
    if ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for token in ent.root.head.subtree:
        if token.i >= ent.end and token.tag_ in _PRONOUN_TAGS and token.lower_ in gendered:
            return gendered[token.lower_]
    return None

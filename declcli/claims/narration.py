"""Narration in the present: a story told as it happens ("I hide in a corner while Hadvar deals with
them", "The bandit kills the village dog"), as a game diary, a play-by-play or a piece of fiction
tells it. In such a window the simple present of an action is a happening (GUIDE: an event), where
elsewhere it tells a habit or a general truth ("We register forecasts", "The car uses a 2.0-litre
engine"), a fact.

The window is narrated when the simple presents of actions by persons outnumber its simple pasts
three to one (two to one in a live account told by surname)
and make up a sizeable share of its sentences; quoted presents are left out (what
characters say is no narration). A live account opens with a lead in the past ("Woods shot a 69")
and tells the play in the present ("Woods finds the fairway"), by the surname of a person the
window names in full, which the tagger may not call a person.
"""

from __future__ import annotations

from .attribution import quote_regions
from .lexicon import words

_PERSON_PRONOUNS = frozenset(("i", "we", "he", "she", "they"))
_QUOTE_CHARS = frozenset('"“”«»„')
# At least this many narrated presents, this many times the simple pasts, this share of the sentences; a live account
# told by surname (at least half its presents) opens with a longer lead in the past, and needs only two per past.
_MIN_PRESENTS = 8
_PRESENTS_PER_PAST = 3
_LIVE_PRESENTS_PER_PAST = 2
_MIN_SHARE = 0.15


def _bare(verb) -> bool:
    """A tense of its own, no auxiliary, modal or negation ("I hide", "Hadvar hacks", "she turned")."""
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def _action(verb) -> bool:
    lex = words()
    return verb.pos_ == "VERB" and not (
        verb.lemma_ in ("be", "have")
        or verb.lemma_ in lex.stative
        or verb.lemma_ in lex.saying
        or verb.lemma_ in lex.evaluative
        or verb.lemma_ in lex.reporting
    )


def narrated_in_the_present(docs, named: frozenset[str] | None = None) -> bool:
    """Is the window (its paragraphs' parses) told in the present? (Quotation marks are looked for
    only in the sentences that would count as narration: most windows have none, and the rule stays
    cheap.) `named`: the window's surnames_named, when the caller has them."""
    presents = pasts = sentences = by_surname = 0
    if named is None:
        named = surnames_named(docs)
    for doc in docs:
        for sent in doc.sents:
            sentences += 1
            root = sent.root
            tag = root.tag_
            if tag == "VBD":
                pasts += 1  # (a past inside a quote, or negated, counts too: it only makes the window less a story)
                continue
            if tag not in ("VBZ", "VBP"):
                continue
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            surname = subject is not None and _named_person(subject, named, root)
            if (
                subject is not None
                and (subject.lower_ in _PERSON_PRONOUNS or subject.ent_type_ == "PERSON" or surname)
                and _bare(root)
                and _action(root)
                and not any(t.text in _QUOTE_CHARS for t in sent)
            ):
                presents += 1
                by_surname += surname or subject.text in named
    # ("She wakes at four", "She bakes 400 loaves a day": a profile's habits in the present keep the 3:1 ratio)
    ratio = _LIVE_PRESENTS_PER_PAST if 2 * by_surname >= presents else _PRESENTS_PER_PAST
    return presents >= _MIN_PRESENTS and presents >= ratio * pasts and presents >= _MIN_SHARE * sentences


def surnames_named(docs) -> frozenset[str]:
    """The surnames of the persons the window names in full ("Tiger Woods", "Graeme McDowell"): a later mention by the
    surname alone ("Woods knocks his second onto the green") is that person, though the tagger may not call it one."""
    return frozenset(
        ent[-1].text
        for doc in docs
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) >= 2 and all(t.pos_ == "PROPN" for t in ent)
    )


def _named_person(subject, named: frozenset[str], verb) -> bool:
    # ("Woods" the tagger reads as a plural noun: a word that is a named person's surname, capitalised as surnames_named's
    # PROPN tokens are; one person takes a singular verb: "Woods finds", not "Woods line the left side", the trees)
    return (
        subject.text in named
        # (a plural verb, "Woods line the left side", is no one person, unless the subject is coordinated: "Woods and
        # McDowell both find the fairway"; the tagger calls "Woods finds" VBP too: its form decides)
        and (verb.tag_ != "VBP" or verb.lower_.endswith("s") or any(c.dep_ == "conj" for c in subject.children))
        and not any(c.dep_ in ("compound", "det") for c in subject.children)
    )


def narrated_action(verb, subject, surnames: frozenset[str] = frozenset()) -> bool:
    """In a narrated window: the simple present of an action by a party or a thing named as one ("I
    cross the street", "a bandit draws her weapon", "Two bandits draw their weapons"), outside
    quotation marks, told as what happens now; not a habit ("every day", "usually"), a state ("He
    looks better equipped") nor what any member of a class does ("Spells come as books")."""
    lex = words()
    if verb.tag_ not in ("VBZ", "VBP") or not _bare(verb) or not _action(verb) or subject is None:
        return False
    # (the verb's own subject, not a heading's "No." the caller may have taken: "No. 4: Woods line the left side")
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")), subject)
    if (
        subject.tag_ in ("NNS", "NNPS", "NN")
        and not any(c.dep_ in ("det", "nummod", "poss") for c in subject.children)
        and not _named_person(subject, surnames, verb)
    ):
        return False  # ("Spells come as books": any spell)
    if any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children):
        return False  # ("He looks better equipped")
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in lex.habit_adverbs:
            return False
        if child.dep_ == "npadvmod" and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in child.children):
            return False  # ("I wake up every day")
    return not any(start <= verb.idx < end for start, end in quote_regions(verb.doc.text))

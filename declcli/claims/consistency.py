"""One name, one kind of entity, across the article.

spaCy's small model labels each mention on its own: in one news story it
called "Alibaba" nothing, a place, nothing, nothing, an organisation and a
place again; "SpaceX" a person, a place and an organisation; "Weeks" (of
"Timothy Weeks") a date. A reader takes a name to mean the same thing
throughout a story. So before the claims of a window of paragraphs are
read, the labels the model gave each name over the article so far and over
the window are pooled:

- a name the model calls a person or an organisation anywhere, and that is
  no place the gazetteer knows, takes its majority label (person or
  organisation) at every mention: also where the model called it a place, a
  date or nothing, when the mention is capitalised mid-sentence or a proper
  noun;
- a one-word "person" that never ends a fuller person's name, never follows
  an honorific or a title, and is called an organisation at least a third as
  often as a person is an organisation ("SpaceX");
- a name a relative "who" describes, or that follows an honorific or a person's title ("Mr.
  Trump", "President Trump’s advisers"), counts as a person's at that mention; so does a name in a
  person's shape that the sentence says is a person's (`_said_to_be_a_person`: a word for a person
  beside it, an age after it, a "he"/"she"/"his"/"her" in the clause it is the subject of), which
  the model calls an organisation where the given name is not a common one ("Scooter Y");
- a surname of a person named in full ("Weeks" of "Timothy Weeks") is that
  person wherever it stands as a proper name.

The Docs' `ents` are rewritten; nothing else of the parse changes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..gazetteer import gazetteer
from .context import clean_name, entities, forget_entities, text_of
from .dates import _MONTHS_EN, WEEKDAYS
from .lexicon import ends_in_organisation_form, words

_NAMED = ("PERSON", "ORG")
# "May", "June", "Monday": a surname or a name that is also a date word stays what the model said.
_CALENDAR = frozenset((*_MONTHS_EN, *WEEKDAYS))
# Labels a mention of a person or organisation may carry by the model's mistake.
_REPLACEABLE = frozenset(("GPE", "LOC", "FAC", "DATE", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "PERSON", "ORG"))


@dataclass
class NameVotes:
    """The labels the model gave each name so far in the article."""

    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, docs) -> None:
        for doc in docs:
            for ent in entities(doc):  # (kept on the Doc: the window's readers ask for them in turn)
                if ent.label_ in _REPLACEABLE:
                    name = _key(ent.text)
                    if name:
                        titled = _who(ent) or _titled(ent) or _said_to_be_a_person(ent)
                        self.votes[name]["PERSON" if titled else ent.label_] += 1
                        if titled:
                            self.votes[name]["TITLED"] += 1

    def labels(self) -> dict[str, str]:
        """name -> PERSON or ORG, for the names that should carry one label throughout."""
        places = _places()
        surnames = {
            name.split()[-1]
            for name, count in self.votes.items()
            if " " in name and _top(count) == "PERSON" and name.split()[-1].lower() not in _CALENDAR
        }
        out: dict[str, str] = {}
        for name, count in self.votes.items():
            if not (count["PERSON"] or count["ORG"]) or name in places or name.lower() in _CALENDAR:
                continue
            label = _top(count)
            if (
                label == "PERSON"
                and " " not in name
                and count["ORG"] * 3 >= count["PERSON"]
                and not count["TITLED"]
                and name not in surnames
            ):
                # "SpaceX": a one-word person nobody has a first name, a title or an honorific for,
                # and that the model calls an organisation often enough.
                label = "ORG"
            out[name] = label
        for last in surnames:
            if last not in places and last not in out:
                out[last] = "PERSON"
        return out


def harmonise(docs, votes: NameVotes) -> None:
    """Give each name in `docs` the label the article gives it (see the module's docstring)."""
    labels = votes.labels()
    if not labels:
        return
    from spacy.tokens import Span

    longest = max(len(name.split()) for name in labels)
    for doc in docs:
        ents = entities(doc)  # (kept on the Doc: spaCy builds the tuple of Spans anew at each access)
        by_start = {ent.start: ent for ent in ents}
        covered = {i for ent in ents for i in range(ent.start, ent.end)}
        # Where each token starts and ends in the paragraph's text, read in one pass: a name's text is
        # sliced from the text, where doc[i] and a Span's text would make Token objects at each access.
        text = text_of(doc)
        starts, ends = [], []
        for token in doc:
            starts.append(token.idx)
            ends.append(token.idx + len(token))
        changed = False
        spans = []
        i = 0
        n = len(doc)
        while i < n:
            ent = by_start.get(i)
            if ent is not None:
                label = labels.get(_key(ent.text))
                if label and ent.label_ != label and ent.label_ in _REPLACEABLE:
                    spans.append(Span(doc, ent.start, ent.end, label=label))
                    changed = True
                else:
                    spans.append(ent)
                i = ent.end
                continue
            if i in covered or not text[starts[i]].isupper():
                i += 1
                continue
            match = _match(doc, i, labels, longest, covered, text, starts, ends)
            if match is None:
                i += 1
                continue
            end, label = match
            spans.append(Span(doc, i, end, label=label))
            changed = True
            i = end
        if changed:
            doc.set_ents(spans, default="outside")
            forget_entities(doc)


def _match(doc, i: int, labels: dict[str, str], longest: int, covered: set[int], text: str, starts: list, ends: list):
    """The longest known name starting at token i, outside any entity, as (end, label) (`text`: the
    paragraph's; `starts`, `ends`: where each token starts and ends in it)."""
    token = doc[i]
    # A capitalised word opening a sentence may be any word ("Weeks later"): only a proper noun counts there.
    if (token.is_sent_start or i == 0) and token.pos_ != "PROPN":
        return None
    for size in range(min(longest, len(doc) - i), 0, -1):
        if any(j in covered for j in range(i, i + size)):
            continue
        label = labels.get(_key(text[starts[i] : ends[i + size - 1]]))  # doc[i : i + size].text
        if label:
            return i + size, label
    return None


def _who(ent) -> bool:
    """A name a relative "who" describes ("Montell Figgins, who represents Thomas, said") is a
    person's, whatever the model called it."""
    return any(
        child.dep_ == "relcl" and any(t.lower_ in ("who", "whom") and t.i < child.i for t in child.children)
        for child in ent.root.children
    )


def _person_noun(token) -> bool:
    """A common noun for a person: a post, a calling or a tie of kin ("president", "writer", "wife", "daughters")."""
    lex = words()
    lemma = token.lemma_.lower()
    return (
        (token.pos_ == "NOUN" and token.is_lower or token.is_sent_start and token.is_title)  # ("Analyst Dana Y said")
        and (lemma in lex.speaker_descriptions or (lemma in lex.gendered and token.tag_ not in ("PRP", "PRP$")))
    )


def _shaped_as_a_persons_name(name: str) -> bool:
    """One to four capitalised words (with the lower-case particles of a name: "Laurence des Cars"), none a
    body's, institution's or place's noun nor an organisation's form, and no organisation or company the lexicon
    knows: "Harbour Agency said he …" stays a body (a name of one word or of a noun no list holds, "X Capital said he",
    is read as a person's)."""
    lex = words()
    parts = name.split()
    return (
        0 < len(parts) <= 4
        and parts[0][:1].isupper()
        and all(
            (part[:1].isupper() and part.replace("-", "").replace(".", "").replace("’", "").replace("'", "").isalpha())
            or part in lex.name_particles
            for part in parts
        )
        and not any(
            part.lower() in lex.org_nouns or part.lower() in lex.institution_nouns or part.lower() in lex.place_nouns
            for part in parts
        )
        and not ends_in_organisation_form(parts)
        and name not in lex.orgs
        and name not in lex.companies
        and name not in lex.platforms
        and not (len(parts) == 1 and name.isupper())
    )


def _said_to_be_a_person(ent) -> bool:
    """A name the sentence says is a person's, whatever the model called it (a given name outside the
    lexicon: "Scooter Y", "Nic Y"): set in apposition to a word for a person ("his wife, Dana", "Y, the
    museum's director"), right after one ("her colleague Dana Y"), followed by an age ("Y, 38,"), or the
    subject of a clause that goes on with "he", "she", "his" or "her" ("Y said she …"), where a body
    would take "it" or "its"."""
    doc, root = ent.doc, ent.root
    if ent.label_ not in _NAMED or not _shaped_as_a_persons_name(_key(ent.text)):
        return False  # (a place, a date or a people the model marked is no name this reads)
    if ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the"):
        return False  # "the White House announced …": a name after "the" is no person's
    if root.dep_ == "appos" and root.head.i < ent.start and _person_noun(root.head):
        return True
    if any(c.dep_ == "appos" and c.i >= ent.end and _person_noun(c) for c in root.children):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and _person_noun(before) and before.head.i in range(ent.start, ent.end):
        return True
    if (
        ent.end + 2 < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.end + 1].text.isdecimal()  # not isdigit: "²" is a digit that int() refuses
        and 0 < int(doc[ent.end + 1].text) < 110
        and doc[ent.end + 2].text in (",", "–", "—")
    ):
        return True
    if root.dep_ in ("nsubj", "nsubjpass"):
        for token in root.head.subtree:
            if token.i < ent.end:
                continue
            if token.tag_ in ("PRP", "PRP$"):
                return token.lower_ in words().gendered  # (not "it", "its", "they")
            if token.dep_ in ("nsubj", "nsubjpass"):
                return False  # "Y announced that Dana Lee would pay his …": the pronoun is the other subject's
    return False


def _titled(ent) -> bool:
    """A name right after an honorific or a person's title ("Mr. Trump", "President Trump’s
    advisers") is a person's, whatever the model called it."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    lex = words()
    return before.text in lex.honorifics or (before.is_title and before.lower_.rstrip(".") in lex.titles)


def _key(text: str) -> str:
    name = clean_name(text)
    for article in ("the ", "The "):
        if name.startswith(article):
            name = name[len(article) :]
    return name if name[:1].isupper() and any(ch.isalpha() for ch in name) else ""


def _top(count: Counter) -> str | None:
    """PERSON or ORG, whichever the model said more often (ties: the first said); None for neither."""
    person, org = count["PERSON"], count["ORG"]
    if not (person or org):
        return None
    if person == org:
        return next(label for label in count if label in _NAMED)
    return "PERSON" if person > org else "ORG"


_PLACES: frozenset[str] | None = None


def _places() -> frozenset[str]:
    """Names the gazetteer knows as countries, cities or regions: their label stays the model's."""
    global _PLACES
    if _PLACES is None:
        g = gazetteer()
        from .actors import _subdivisions

        _PLACES = frozenset(g.country_names) | frozenset(g.demonyms) | frozenset(g.cities) | frozenset(_subdivisions())
    return _PLACES

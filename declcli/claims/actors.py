"""Actors and places of a claim: spaCy's named entities, normalised with
declcli's gazetteer.

- Countries: names and aliases ("U.S.", "Britain"), demonyms ("American
  officials", "Rwandan rebels"), and seats of government that act
  ("Beijing said") all give the ISO 3166-1 alpha-3 code.
- Persons: the model's PERSON entities, resolved to the full name given
  earlier; `country` and `role` from the words around the name ("Russian
  President Vladimir Putin", "Azerbaijan's foreign minister X", "X, the
  Turkish envoy"), remembered for later mentions.
- Organisations: ORG entities, with the country their name or the lexicon
  gives ("U.S. State Department", "the Kremlin").
- Groups: "both countries", "the parties" (declcli/data/claims.json).
- Places: cities and countries named after a locative preposition.
"""

from __future__ import annotations

from functools import lru_cache

from ..gazetteer import gazetteer
from ..model import Actor
from .context import Context, clean_name, covered_by_entities, entities, entity_of
from .lexicon import words

_LOCATIVE = frozenset(("in", "at", "near", "inside", "outside", "across", "throughout", "within", "around", "to", "from"))
# The last word of a role that is a state office ("Prime Minister", "Foreign Secretary", "Senator").
_OFFICE_WORDS = frozenset(("president", "minister", "secretary", "senator", "chancellor", "premier", "ambassador",
                           "envoy", "governor", "representative", "congressman", "congresswoman", "king", "queen",
                           "prince", "lawmaker", "mp", "diplomat", "general", "admiral"))
_ACTING = frozenset(("nsubj", "nsubjpass", "poss", "agent", "pobj"))
# Entity labels whose tokens are not looked up again as country names or known surnames.
_MARKED = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW")


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article):
            return text[len(article):]
    return text


def country_of_text(text: str) -> str | None:
    """ISO3 of a country name, alias or demonym standing alone ("U.S.", "Russian")."""
    g = gazetteer()
    text = _strip_article(text.strip(" ,;:\"'“”’"))
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    # "U.S." keeps its full stop; "Russia." at a sentence end loses it.
    return g.country_names.get(text) or g.demonyms.get(text) or g.country_names.get(text.rstrip(".")) or g.demonyms.get(text.rstrip("."))


def _country_in(tokens) -> str | None:
    """The first country named, implied by a demonym, or by a seat of
    government or an organisation of known country ("White House Press
    Secretary", "Kremlin spokesman") among `tokens` (one or two words)."""
    lex = words()
    tokens = list(tokens)
    for n, token in enumerate(tokens):
        if n + 1 < len(tokens):
            pair = token.text + token.whitespace_ + tokens[n + 1].text
            two = country_of_text(pair) or lex.metonyms.get(pair) or lex.orgs.get(pair)
            if two:
                return two
        one = country_of_text(token.text) or lex.metonyms.get(token.text) or lex.orgs.get(token.text)
        if one:
            return one
    # "the London-based charity": a city in the description places the person.
    cities = gazetteer().cities
    for token in tokens:
        if token.text[:1].isupper() and token.text in cities and token.ent_type_ in ("GPE", ""):
            return cities[token.text]
    return None


def _descriptor_tokens(ent) -> list:
    """The words that describe a person: pre-modifiers of the name, the
    noun phrase it is in apposition to, and appositions of it."""
    root = ent.root
    doc = ent.doc
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON" and root.head.i < ent.start:
        # "Presidents Vladimir Putin and Ilham Aliyev": the title before the first name serves both.
        first = entity_of(root.head)
        if first is not None and first.start < ent.start:
            return _descriptor_tokens(first)
    out = [t for t in doc[root.left_edge.i:ent.start]]
    if root.dep_ == "appos":
        head = root.head
        out += [t for t in doc[head.left_edge.i:head.i + 1]]
    if root.dep_ == "compound" and root.head.i >= ent.end:
        # "Putin's spokesman": the name modifies a noun; it describes nothing about Putin.
        out = []
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            out += [t for t in child.subtree if t.ent_type_ != "PERSON"]
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == ent.end:
            out += list(child.subtree)  # "President Xi Jinping of China"
    return out


def _role(tokens) -> str | None:
    """The longest run of the descriptor that is a title in the lexicon ("President", "foreign minister")."""
    lex = words()
    texts = [t.text for t in tokens]
    best = None
    for i in range(len(texts)):
        for j in range(len(texts), i, -1):
            phrase = " ".join(texts[i:j])
            low = phrase.lower().rstrip(".")
            if low in lex.titles or (j - i == 1 and low in lex.human) or (low.endswith("s") and low[:-1] in lex.titles):
                if low.endswith("s") and low[:-1] in lex.titles:
                    phrase = phrase[:-1]  # "Presidents X and Y": each is a President
                if best is None or j - i > len(best.split()):
                    best = phrase
                break
    return best


def find_actors(doc, start: int, end: int, ctx: Context, doc_text: str | None = None) -> tuple[list[Actor], list[str]]:
    """Actors and places of the claim over tokens [start, end) of `doc`
    (`doc_text`: doc.text, if the caller has it)."""
    lex = words()
    g = gazetteer()
    found: list[tuple[int, Actor]] = []
    places: list[str] = []
    for ent in entities(doc):
        if ent.start < start or ent.end > end:
            continue
        label = ent.label_
        text = ent.text.strip(" ,;:\"'“”’")
        if text.endswith(".") and not country_of_text(text):
            text = text.rstrip(".")
        bare = _strip_article(text)
        if label not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            continue
        iso3 = country_of_text(bare)
        if not iso3 and "-" in bare:
            # "Kyrgyz-Tajik border guards", "Franco-German": each part is a country.
            parts = [country_of_text(part) for part in bare.split("-")]
            if all(parts) or label in ("NORP", "GPE"):
                for part in filter(None, parts[1:]):
                    found.append((ent.start_char, Actor(g.display(part), "country", part)))
                iso3 = parts[0]
                label = "GPE" if label == "ORG" and iso3 else label
        locative = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE
        if iso3 and label != "ORG":
            ctx.countries[iso3] += 1
            found.append((ent.start_char, Actor(g.display(iso3), "country", iso3)))
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                ctx.last_org = g.display(iso3)
            if locative and bare in g.country_names:
                places.append(g.display(iso3))
            continue
        if label == "PERSON":
            name = clean_name(ent.text)
            if not name or not any(ch.isupper() for ch in name[:1]) or any(ch.isdigit() for ch in name):
                continue
            person = ctx.person(name)
            descriptor = _descriptor_tokens(ent)
            country = _country_in(descriptor)
            role = _role(descriptor)
            if country:
                person.country = country
            if role:
                person.role = role
            if person.country is None and person.role and person.role.lower().split()[-1] in _OFFICE_WORDS and ctx.countries:
                # "Prime Minister Boris Johnson" in an article about Britain: the office is the
                # country's the article is about (named at least twice as often as any other).
                top = ctx.countries.most_common(2)
                if len(top) == 1 or top[0][1] >= 2 * top[1][1]:
                    person.country = top[0][0]
            ctx.mention(person)
            if ent.root.dep_ in ("nsubj", "nsubjpass") or (ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass")):
                ctx.last_subject = person.name
            found.append((ent.start_char, Actor(person.name, "person", person.country, person.role)))
            continue
        if label in ("ORG", "FAC") or bare in lex.metonyms or text in lex.metonyms:
            if label == "FAC" and bare not in lex.metonyms and text not in lex.metonyms:
                continue
            country = lex.orgs.get(bare) or lex.orgs.get(text) or lex.metonyms.get(text) or lex.metonyms.get(bare)
            if not country:
                country = _country_in(ent)
            found.append((ent.start_char, Actor(bare, "organization", country)))
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                ctx.last_org = bare
            continue
        if label in ("GPE", "LOC"):
            city = g.cities.get(bare)
            seat = _seat(bare)
            if seat and ent.root.dep_ in _ACTING and not locative:
                found.append((ent.start_char, Actor(g.display(seat), "country", seat)))
            elif city and locative and bare not in places:
                places.append(bare)
    # Country names and demonyms the model did not mark ("U.S. officials", "Kyrgyz-Tajik border
    # guards"), and persons named before by a surname it did not mark ("Assange", "Weeks").
    covered = covered_by_entities(doc, _MARKED)
    for token in doc[start:end]:
        if token.i not in covered and token.text[:1].isupper():
            iso3 = country_of_text(token.text)
            if iso3:
                found.append((token.idx, Actor(g.display(iso3), "country", iso3)))
                continue
            surname = token.text.removesuffix("'s").removesuffix("’s")
            known = ctx.persons.get(surname)
            if known is not None and known.name != surname and token.pos_ == "PROPN":
                ctx.mention(known)
                found.append((token.idx, Actor(known.name, "person", known.country, known.role)))
    # The span's text, sliced from the paragraph's (Span.text joins its tokens one by one).
    offset = doc[start].idx if end > start else 0
    if doc_text is None:
        doc_text = doc.text
    span_text = doc_text[offset:doc[end - 1].idx + len(doc[end - 1].text)] if end > start else ""
    for m in lex.groups.finditer(span_text):
        found.append((offset + m.start(), Actor(m.group(0).lower(), "group", None)))
    found.sort(key=lambda pair: pair[0])
    out: list[Actor] = []
    seen = set()
    for _, actor in found:
        key = (actor.name, actor.type)
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out, list(dict.fromkeys(places))


def _seat(name: str) -> str | None:
    """The state whose capital or seat of government `name` is."""
    return _seats().get(name)


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    seats = {capital: iso3 for iso3, capital in gazetteer().capitals.items() if len(capital) > 3}
    seats.update((name, iso3) for name, iso3 in words().metonyms.items() if iso3)
    return seats

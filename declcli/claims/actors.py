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

import re
from collections import Counter
from functools import lru_cache

from .. import patterns
from ..gazetteer import cities_written_without_accents, gazetteer
from ..model import Actor
from . import datelines
from .attribution import quote_regions
from .context import (
    Context,
    Person,
    clean_name,
    covered_by_entities,
    entities,
    entity_of,
    office_holders_spellings,
    span_text,
    surname,
    text_of,
    without_aside_dash,
)
from .dates import MONTH_WORDS, WEEKDAYS, schedule_row
from .lexicon import ends_in_organisation_form, words
from .products import (
    _APPOSITIVE_OPENERS,
    _holds_a_post,
    _such_as,
    a_bodys_programme_name,
    a_version_of,
    acts,
    lower_noun_it_modifies,
    modifies_a_noun_after,
)

_ACTING = frozenset(("nsubj", "nsubjpass", "poss", "agent", "pobj"))


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article):
            return text[len(article) :]
    return text


@lru_cache(maxsize=4096)  # (asked of every word of every name, per claim: the same few words again and again)
def country_of_text(text: str) -> str | None:
    """ISO3 of a country name, alias or demonym standing alone ("U.S.", "Russian")."""
    g = gazetteer()
    text = _strip_article(text.strip(" ,;:\"'“”’"))
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    # "U.S." keeps its full stop; "Russia." at a sentence end loses it.
    return (
        g.country_names.get(text)
        or g.demonyms.get(text)
        or g.country_names.get(text.rstrip("."))
        or g.demonyms.get(text.rstrip("."))
        or _derived_demonyms().get(text)
    )


@lru_cache(maxsize=1)
def _derived_demonyms() -> dict[str, str]:
    """Demonyms the data files lack, made from the countries' short names by
    the usual English endings ("Rwanda" -> "Rwandan(s)", "Sudan" ->
    "Sudanese"). Only used for words the model itself calls a nationality
    (NORP) or that stand capitalised where no entity was found, and never
    where the form is already a name of anything in the gazetteer."""
    g = gazetteer()
    out: dict[str, str] = {}
    for iso3 in set(g.short_names) | set(g.country_names.values()):
        name = g.display(iso3)
        if " " in name or not name.isalpha():
            continue
        stem = name[:-1] if name[-1] in "aeioy" else name
        for form in (name + "n", stem + "an", stem + "ian", stem + "ese", name + "i", stem + "ish"):
            if form not in g.country_names and form not in g.cities and form not in g.demonyms:
                out.setdefault(form, iso3)
                out.setdefault(form + "s", iso3)
    for form, iso3 in g.demonyms.items():
        # "Mexicans", "Austrians", "Iraqis": the people of a country, the plural of its demonym (not "Britishs": a
        # demonym ending in -sh, -ch, -ese or -s names the people as it is)
        plural = form + "s"
        taken = plural in g.country_names or plural in g.cities
        if form.isalpha() and not form.endswith(("s", "sh", "ch", "ese")) and not taken:
            out.setdefault(plural, iso3)
    return out


def _country_in(tokens, ctx: Context | None = None) -> str | None:
    """The first country named, implied by a demonym, or by a seat of
    government or an organisation of known country ("White House Press
    Secretary", "Kremlin spokesman") among `tokens` (one or two words); a city opening a body's name
    counts where `ctx`'s article names its country most."""
    lex = words()
    # "a Ukraine specialist": the country is the subject of the work, not the person's ("the American
    # Farm Bureau" is a body's name: its noun is no subject of work).
    # An abbreviation stands for the country as an adjective does ("US historian Bruce Gilley", "a UK researcher").
    tokens = [
        t
        for t in tokens
        if not (
            t.dep_ == "compound"
            and t.head.lemma_.lower() in lex.subject_nouns
            and not _same_org(t, t.head)
            and not (t.text.replace(".", "").isupper() and country_of_text(t.text))
        )
    ]
    subdivisions = _subdivisions()
    in_region = set()  # "New Jersey", "New Mexico": a state's name holds a country's, which it is not
    for n, token in enumerate(tokens):
        named = entity_of(token) if token.ent_iob_ == "B" and token.ent_type_ == "ORG" else None
        if named is not None and len(named) > 2 and lex.orgs.get(_strip_article(named.text)):
            return lex.orgs[_strip_article(named.text)]  # "a former National Security Council official"
        owned = _body_after_its_owner(named) if named is not None else None
        if owned:
            return owned  # "at Nasa’s Jet Propulsion Laboratory", "for the Ocean Administration’s Fisheries Service"
        known = _known_body_country(_entity_text(named), ctx) if named is not None else None
        if known:
            return known  # "a marine biologist at UGA" after "the University of Georgia (UGA)"
        if token.i in in_region:
            continue  # (nor does its last word open a pair: "Inner Mongolia’s" is no "Mongolia’s")
        longer = _long_country_name(tokens, n)
        if longer:
            return longer  # "British Virgin Islands (BVI) Governor X": the whole name, not "British"
        if _before_hyphenated_nationality(tokens, n):
            continue  # "Hungarian-American investor X": the last nationality is the citizenship
        if _another_partys_name(token):
            continue  # "a member of the Social Democrats": another party's name, not the US party's
        if n + 1 < len(tokens):
            pair = token.text + token.whitespace_ + tokens[n + 1].text
            two = country_of_text(pair) or lex.metonyms.get(pair) or lex.orgs.get(pair) or lex.orgs.get(pair + "s")
            if two:
                return two
            if pair in subdivisions:
                in_region.add(tokens[n + 1].i)
        one = country_of_text(token.text) or lex.metonyms.get(token.text) or _known_body(token.text)
        state_of = lex.shared_state_names.get(token.text)
        if (
            state_of
            and ctx is not None
            and _a_states_name_here(entity_of(token) or token.doc[token.i : token.i + 1], token.text, state_of, ctx)
        ):
            one = state_of  # "director of Georgia Sea Grant" in a story set in the US: the state, not the country
        if not one and token.text[:1].isupper() and token.text.isalpha():
            # "Republican counsel X", "the Democratic candidate, X": a party's member or adjective
            one = lex.orgs.get(token.text + "s") or lex.orgs.get(token.text + " Party")
        if one:
            return one
    # "the London-based charity", "of Torrance, California", "D-Minn.": a city, state or province
    # in the description places the person.
    cities, plain_cities = gazetteer().cities, cities_written_without_accents()
    for n, token in enumerate(tokens):
        pair = token.text + token.whitespace_ + tokens[n + 1].text if n + 1 < len(tokens) else ""
        for text in (pair, token.text, token.text.rpartition("-")[2]):
            if text and text[:1].isupper() and text in subdivisions:
                return subdivisions[text]
        place = entity_of(token) if token.ent_type_ == "GPE" else None
        if place is not None and len(place) > 1:
            # "a São Paulo resident", "an expert from San Diego": the place's whole name, not a word of it
            # ("San" is a town in Mali)
            if token.i == place.start and (place.text in cities or place.text in plain_cities):
                return cities.get(place.text) or plain_cities[place.text]
            continue
        if (
            token.text[:1].isupper()
            and token.text in cities
            and (token.ent_type_ in ("GPE", "") or _opens_body(token, ctx) or _city_of_a_persons_post(token))
        ):
            return cities[token.text]
        if token.text in plain_cities and token.text not in lex.given_names and _read_as_a_place(token):
            # "a writer in Montreal": a city the gazetteer spells with accents ("Montréal"), as news write it without
            # them; only where the model or a preposition reads a place (a plain spelling may be a surname: Egypt's
            # "Būsh" is "Bush")
            return plain_cities[token.text]
    return None


def _city_of_a_persons_post(token) -> bool:
    """Whether the word is a city of the gazetteer, named alone, that the model calls an organisation where it names the
    place of a person's post, occupation or home: "Lyon's mayor, X", "the mayor of Lyon, X", "Lyon author X", "X, a
    lecturer from Lyon"; or a person, before a word for one who lives there ("X, a Kyiv resident"). The city is the
    jurisdiction or the home, a place that gives the person its country (GUIDE decisions 21, 285), no body; a city
    before or owning a club's or company's post stays the club or company ("Lyon striker X", "Lyon's president X",
    "Lyon boss X", claims.json body_not_city_post_nouns and the lists it names; decisions 36, 41), as does one before
    or owning an academic's post ("Lyon professor X", academic_post_nouns): only "a professor from Lyon" places."""
    if token.text not in gazetteer().cities:
        return False
    named = entity_of(token)
    if named is None or named.label_ not in ("ORG", "PERSON") or len(named) != 1:
        return False
    lex = words()
    if token.text in lex.orgs or token.text in lex.companies or token.text in lex.metonyms:
        return False  # (a body the lexicon knows by a city's name)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("of", "from"):
        post = head.head
        if head.lower_ == "of" and post.lower_ in lex.academic_posts:
            return False  # ("a professor of Oxford": the university; "a lecturer from Nottingham" is the home)
    elif token.dep_ in ("poss", "compound", "amod") and head.i > token.i:
        # (the post right after the city or its "'s": "the Durban high court judge X" names a body, the court)
        after = token.doc[token.i + 2] if token.doc[token.i + 1].dep_ == "case" else token.doc[token.i + 1]
        # ("Kirov's governor Nikita Belykh": the parser may hang the city on the name, the post between them)
        post = after if after.i == head.i or (head.ent_type_ == "PERSON" and after.head.i == head.i) else None
        if post is not None and post.lower_ in lex.academic_posts:
            return False  # ("Oxford professor X", "Berkeley's economist X": the university, decision 36)
    else:
        return False
    if post is None:
        return False
    if not (post.pos_ == "NOUN" and post.is_lower) or {post.lower_, post.lemma_.lower()} & lex.body_not_city_posts:
        return False  # (a club's or company's post: "Lyon's owner, X", "Lyon boss X", "Lyon striker X"; decisions 36, 41)
    if named.label_ == "PERSON" and post.lower_ not in lex.origins:
        return False  # (a person's name before a post, "Jackson's spokesman, X", is no city)
    # (the post's holder named beside it: the name it describes, or an apposition to the post or to the city, where
    # the parser hangs "the mayor of Lyon, X" on the city)
    return (
        post.head.ent_type_ == "PERSON"
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in post.children)
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
    )


def _read_as_a_place(token) -> bool:
    """Whether the model calls the word a place, or it is the object of a preposition that places things ("in Montreal",
    where the model may call the city a person; not "confidence in Montreal": _after_a_place_preposition)."""
    return token.ent_type_ == "GPE" or _after_a_place_preposition(token)


def _after_a_place_preposition(token) -> bool:
    """Whether the word is the object of a preposition that places things ("in Charlotte", "near Florence"; claims.json
    `place_only_prepositions`), but not of one after a word that takes "in" for its object ("confidence in Charlotte",
    "trust in Charlotte": `in_object_words`)."""
    lex = words()
    if not (token.dep_ == "pobj" and token.head.lower_ in lex.place_only_prepositions):
        return False
    prep = token.head
    taker = prep.head
    objects = [c for c in taker.children if c.dep_ == "dobj" and c.i < prep.i]
    return not (taker.lemma_.lower() in lex.in_object_words or any(o.lemma_.lower() in lex.in_object_words for o in objects))


def _known_body(name: str) -> str | None:
    """The country of a well-known national body (claims.json orgs) by the name as written or by the other forms news
    write its acronym in: with full stops ("F.B.I.") or, as British papers do, in title case ("Nasa", "Noaa"); else
    None. (Only acronyms of four letters or more are read in title case: no English word is one of them.)"""
    lex = words()
    if lex.orgs.get(name):
        return lex.orgs[name]
    if len(name) > 2 and name.endswith(".") and name.replace(".", "").isalpha() and name.replace(".", "").isupper():
        return lex.orgs.get(name.replace(".", ""))
    if len(name) >= 4 and name.isalpha() and name.istitle():
        return lex.orgs.get(name.upper())
    return None


def _another_partys_name(token) -> bool:
    """Whether a party's word or name of claims.json party_adjectives stands right after a capitalised adjective of a
    political creed that opens another party's own name with it ("the Social Democrats", "Christian Democrats", "the
    Liberal Democratic Party", "the People's Democratic Party"; claims.json party_name_openers): that party is no body
    of the lexicon and takes none of its country (GUIDE decisions 21, 322). The lexicon's own names of two words ("Liberal
    Democrats") are read as a whole before this word is."""
    opener = _party_name_opener(token)
    if opener is None:
        return False
    name = span_text(token.doc, opener.i, token.i + 1)
    return name not in words().orgs and name not in words().party_adjectives


def _party_name_opener(token):
    """The first token of the capitalised creed adjective right before a party's word or name ("Social" of "Social
    Democrats", "People" of "People's Democratic") that opens another party's name with it, else None. A faction's
    adjective ("Progressive", "Liberal", "Radical") opens one only inside its full name ("the Liberal Democratic Party");
    the US Republicans are never another party ("the Radical Republicans"), nor is a party's name in a sentence set in US
    politics ("Social Democrats such as Rep. X"; claims.json party_faction_openers, party_words_never_opened)."""
    lex = words()
    if token.text not in lex.party_adjectives and token.text not in lex.party_plurals:
        return None
    if token.text in lex.party_words_never_opened:
        return None
    doc, i = token.doc, token.i
    before = doc[i - 1] if i > 0 else None
    if before is None or not before.whitespace_:
        return None
    first = doc[i - 2] if before.text in ("'s", "’s") and i > 1 and not doc[i - 2].whitespace_ else before
    opener = span_text(doc, first.i, i).lower()
    if not first.text[:1].isupper() or opener not in lex.party_name_openers | lex.party_faction_openers:
        return None
    if opener in lex.party_faction_openers and not (i + 1 < len(doc) and doc[i + 1].text in lex.party_name_full_nouns):
        return None  # "Progressive Democrats in the House", "Liberal Democratic senators": a faction of the US party
    if _set_in_us_politics(token):
        return None
    return first


def _set_in_us_politics(token) -> bool:
    """Whether the sentence of a party's word names a US body or a US legislator's title ("in Congress", "such as Rep.
    X"; claims.json us_party_setting_words): a creed adjective before the word names a faction of the US party."""
    doc, sent = token.doc, token.sent
    setting = words().us_party_setting_words
    return any(
        t.text in setting and not (t.text == "House" and t.i + 1 < len(doc) and doc[t.i + 1].text == "of")
        for t in doc[sent.start : sent.end]
    )


def _party_named_with_the_word_before(ent) -> tuple[int, Actor] | None:
    """A party's name of one word that the model took without the capitalised word before it that opens the whole
    name: the whole name, with its country where the lexicon knows it ("Liberal" + "Democrats"), else with none
    (another party's name, "Christian" + "Democrats", `_another_partys_name`)."""
    if len(ent) != 1 or ent.start == 0:
        return None
    token = ent[0]
    lex = words()
    before = token.doc[ent.start - 1]
    whole = before.text + " " + token.text
    if before.whitespace_ and before.text[:1].isupper() and whole in lex.orgs:
        if _set_in_us_politics(token):
            return None  # "Liberal Democrats in Congress": the US party's liberals, not the UK's Liberal Democrats
        return before.idx, Actor(whole, "organization", lex.orgs[whole])
    opener = _party_name_opener(token)
    if opener is None or not _another_partys_name(token):
        return None
    return opener.idx, Actor(span_text(token.doc, opener.i, ent.end), "organization", None)


_INITIALS = patterns.compile(r"[A-Z]{2,4}")


def _person_by_initials(bare: str, ctx: Context):
    """The one person named so far whose written name's words (a hyphen parts them too) open with the letters of
    `bare`, a word of two to four capitals ("SBF" of "Sam Bankman-Fried", "MBS" of "Mohammed bin Salman"), and whom the
    article names in full before it first writes those capitals; None where no person or two have them, or where the
    letters are a body's acronym the article or the lexicon knows ("NBC reported that Nora Beth Carr …"), also one the
    article writes in brackets ("Kestrel Denki K.K. (KDK)": a company the model took for a person)."""
    if not _INITIALS.fullmatch(bare) or bare in ctx.short_forms or bare in ctx.bracketed_short_forms or _known_body(bare):
        return None
    if f"({bare})" in ctx.text:
        return None
    lex = words()
    if bare in lex.companies or bare in lex.platforms or bare in lex.news_agencies:
        return None  # "LG said on Tuesday" after "Lisa Garcia": a company, platform or outlet the lexicon knows
    if len(bare) == 2 and not _initials_set_as_a_name(bare, ctx.text):
        return None  # two capitals are a person's only where set as a name ("known as DL") or called out ("Go ahead, DL.")
    matches = {
        person.name: person
        for person in ctx.persons.values()
        if " " in person.name and "".join(part[0] for part in re.split(r"[\s-]+", person.name) if part).upper() == bare
    }
    if len(matches) != 1:
        return None
    person = next(iter(matches.values()))
    named_at, initials_at = ctx.text.find(person.name), ctx.text.find(bare)
    return person if 0 <= named_at < initials_at else None


def _initials_set_as_a_name(bare: str, text: str) -> bool:
    """`bare`, capitals, written in the text as a name given ("known as DL", "known among traders as DL", "called DL";
    GUIDE decision 796) or as a vocative ("Go ahead, DL.", "DL, over to you"; decision 901)."""
    name = re.escape(bare)
    given = rf"\b(?:known|called)\b(?:\s+\w+){{0,3}}?\s+(?:as\s+)?{name}\b"
    vocative = rf",\s*{name}\s*[.!?]|(?:^|\n|[.!?]\s+){name},"
    return re.search(given, text) is not None or re.search(vocative, text) is not None


def _dotted_known_body(text: str) -> str | None:
    """ "F.D.A." for "FDA": a well-known body (claims.json orgs) written as its acronym with full stops, which the model
    often leaves unmarked or calls a place, returned as written; None for anything else, and for a country's dotted form
    ("U.S.", "U.K."): a country, read as one."""
    bare = text.removesuffix("'s").removesuffix("’s")  # "the F.B.I.'s agents"
    letters = bare.replace(".", "")
    # (the entity's text may have lost its last full stop: "F.B.I" for "F.B.I.")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper() or bare.rstrip(".") != ".".join(letters):
        return None
    dotted = ".".join(letters)
    if letters not in words().orgs or country_of_text(dotted + "."):
        return None
    return dotted  # (without its last full stop, as _entity_text gives a dotted name: "N.B.A")


def _body_after_its_owner(named) -> str | None:
    """The country a body's name of the form "Owner’s Body" takes from either part that is a well-known national body
    ("Nasa’s Jet Propulsion Laboratory", "the National Oceanic and Atmospheric Administration’s" before its service):
    the whole name is in no lexicon, each part may be (GUIDE decision 21: NASA → USA)."""
    cut = next((t.i for t in named if t.tag_ == "POS" or t.text in ("’s", "'s")), None)
    if cut is None:
        return None
    doc = named.doc
    if cut + 1 < named.end and _another_partys_name(doc[cut + 1]):
        return None  # "the People's Democratic Party": another party's name, no owner's body
    for part in (doc[named.start : cut], doc[cut + 1 : named.end]):
        iso3 = _known_body(_strip_article(part.text)) if len(part) else None
        if iso3:
            return iso3
    return None


def _known_body_country(name: str, ctx: Context | None) -> str | None:
    """The country the article gave a body it named before: by this very name, or by a longer one that is this name of
    two words or more after the name of a state or country ("an Energy Commission staffer" after "the California Energy
    Commission"); else None. (Not after a city's name: "Tribune" after "the Chicago Tribune" may be another body, the
    paper's owner.)"""
    if ctx is None or not name:
        return None
    if ctx.orgs.get(name):
        return ctx.orgs[name]
    if " " not in name:
        return None
    for full, iso3 in ctx.orgs.items():
        if (
            iso3
            and full.endswith(" " + name)
            and iso3 in (_subdivisions().get(full[: -len(name) - 1]), country_of_text(full[: -len(name) - 1]))
        ):
            return iso3
    return None


def _long_country_name(tokens, n: int) -> str | None:
    """The country whose name of three or four words opens at `tokens[n]` ("British Virgin Islands",
    "United Arab Emirates"), which a word-by-word reading takes for its first word's demonym."""
    for size in (4, 3):
        run = tokens[n : n + size]
        if len(run) == size and run[-1].i == run[0].i + size - 1:
            iso3 = country_of_text("".join(t.text + t.whitespace_ for t in run[:-1]) + run[-1].text)
            if iso3:
                return iso3
    return None


def _before_hyphenated_nationality(tokens, n: int) -> bool:
    """Whether `tokens[n]` is a nationality joined by a hyphen to another that follows it ("Hungarian-American",
    "Irish-American"): a person so described is a citizen of the last."""
    if n + 2 >= len(tokens) or tokens[n + 1].text not in ("-", "–") or tokens[n + 1].i != tokens[n].i + 1:
        return False
    first, last = tokens[n], tokens[n + 2]
    return bool(
        first.text in gazetteer().demonyms
        and last.text in gazetteer().demonyms
        and country_of_text(first.text) != country_of_text(last.text)
    )


def _opens_body(token, ctx: Context | None) -> bool:
    """Whether a city's name opens an organisation's ("a chest doctor at the Aberdeen Royal Infirmary"),
    where it places the body and its people, when its country is the one the article names most so far
    ("the Cambridge Police" of a story set in Massachusetts is not Britain's), or closes a university's after "of"
    ("the University of Liverpool", in any story); not a name that is also a given name ("Victoria Hospital")."""
    body = entity_of(token)
    if body is None or token.ent_type_ != "ORG" or token.text in words().given_names:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    closes = before is not None and token.i == body.end - 1 and before.lower_ == "of" and body.start < before.i
    if closes and before.head.lemma_.lower() in words().city_seats:
        return True  # "the University of Liverpool": a university stands in the city it is of, in any story
    if not _city_of_the_setting(token, ctx):
        return False
    if len(body) > 1 and body[1 if body[0].lower_ == "the" else 0].i == token.i:
        return True
    # "the Home Builders Association of Tuscaloosa": the city closes the name after "of"; "a landscaping company in
    # Montgomery", "schools near Evansville": a town the model calls a body after a preposition of place
    return closes or before is not None and token.i == body.end - 1 and before.lower_ in ("in", "near") and body.start == token.i


def _city_of_the_setting(token, ctx: Context | None) -> bool:
    """Whether a city's name the model calls an organisation is a city of the country the article names most so far
    (not a name that is also a given name)."""
    setting = ctx.countries if ctx is not None else None
    if token.ent_type_ != "ORG" or token.text in words().given_names or not setting:
        return False
    return setting[gazetteer().cities[token.text]] >= setting.most_common(1)[0][1]


def _same_org(token, other) -> bool:
    """Whether both tokens stand inside one organisation entity."""
    if token.ent_type_ != "ORG" or other.ent_type_ != "ORG":
        return False
    named = entity_of(token)
    return named is not None and named.start <= other.i < named.end


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    from ..lexicon import load

    return load("countries")["subdivisions"]


def _descriptor_tokens(ent) -> list:
    """The words that describe a person: pre-modifiers of the name, the
    noun phrase it is in apposition to, and appositions of it."""
    return _description(ent)[0]


def _description(ent) -> tuple[list, list]:
    """The words that describe a person (`_descriptor_tokens`), and apart from them those of the
    place they are sent to ("the envoy to Ukraine": "Ukraine")."""
    root = ent.root
    doc = ent.doc
    own = [t for t in doc[root.left_edge.i : ent.start] if t.dep_ != "cc"]
    described = any(child.dep_ == "appos" and child.i > root.i for child in root.children)
    own_origin = [t for child in _origins(ent) for t in child.subtree]  # "Michael Venus of New Zealand"
    # ("France's Emmanuel Macron and Germany's Friedrich Merz": the words between the "and" and the name are this name's own,
    # wherever the parser hangs them)
    since_and = _words_since_the_and(ent)
    if (
        root.dep_ == "conj"
        and (root.head.ent_type_ == "PERSON" or _name_the_model_left_untagged(root.head))
        and root.head.i < ent.start
        and not (_country_in(own) or _role(own) or described or _country_in(own_origin) or _country_in(since_and))
    ):
        # "Presidents Vladimir Putin and Ilham Aliyev": the title before the first name serves both
        # ("Russian President X and Chinese President Y" have their own).
        # (also where the model tags no entity on the first name: "two Russian cosmonauts — Pavel Vinogradov and X")
        first = entity_of(root.head) if root.head.ent_type_ == "PERSON" else _untagged_name(root.head)
        if first is not None and first.start < ent.start:
            return _description(first)
    out = [t for t in doc[root.left_edge.i : ent.start]]
    if _country_in(since_and):
        # "officials from France and Switzerland and U.S. film director Oliver Stone": the words before the "and" are
        # another conjunct's, which the parser may hang on the name
        kept = {t.i: t for t in out if t.i >= since_and[0].i} | {t.i: t for t in since_and}
        out = [kept[i] for i in sorted(kept)]
    if root.dep_ == "conj" and root.head.i < ent.start and root.head.ent_type_ != "PERSON" and _post(root.head):
        # "the Canadian scientist and philosopher Marshall McLuhan": the parser joins the name to the first of two
        # posts before it, which describe the person together
        out = [t for t in doc[root.head.left_edge.i : root.head.i + 1]] + out
    if root.dep_ == "appos":
        head = root.head
        out += [t for t in doc[head.left_edge.i : head.i + 1]]
        out += _placed_post_before(ent)
    named = _noun_a_naming_verb_names(ent)
    if named is not None and _persons_noun(named):
        # "an American businessman named X", "a British researcher, known as X": the noun the naming participle is set on
        # is the person the name names, its words the person's description as an apposition's are (not a thing's or a
        # body's noun, "a Ruritanian storm named X", "a spokesman for a Ruritanian firm named Globex, X"; nor two
        # countries' words joined by a hyphen, "a Ruritanian-Bordurian lawyer named X", which give her neither, GUIDE
        # decision 1080)
        words_ = [t for t in doc[named.left_edge.i : named.i + 1]]
        if not any(_before_hyphenated_nationality(words_, n) for n in range(len(words_))):
            out += words_
    post = _post_set_before(ent)
    if post is not None:
        # "The state of Washington has sworn in its first Native American Supreme Court justice, Raquel
        # Montoya-Lewis": an apposition to the post before the comma, which the parser hangs on the verb
        # or on another noun; with the body the post is of ("the leader of the far-right Danish People's
        # Party (DP), X said")
        out += [t for t in doc[post.left_edge.i : post.i + 1]]
        clause = _clause_words(post)
        out += [t for t in _own_words(post) if post.i < t.i < ent.start and t.i not in clause and _no_other_persons_word(t)]
    if root.dep_ == "compound" and root.head.i >= ent.end:
        # "Putin's spokesman": the name modifies a noun; it describes nothing about Putin.
        out = []
    else:
        out += _post_before_the_titles(ent)
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i:
            if _listed_person_after_and(root, child):
                continue
            out += [t for t in _own_words(child) if _no_other_persons_word(t)]
        elif child in _origins(ent):
            out += list(child.subtree)  # "President Xi Jinping of China", "X, 68, of Torrance, California"
        elif child.dep_ == "npadvmod" and child.i > ent.end and "-" in child.text:
            out.append(child)  # "Rep. Ilhan Omar, D-Minn."
        elif child.dep_ == "prep" and child.lower_ in ("at", "with") and child.i >= ent.end:
            # "the immunologist De’Broski Herbert at the University of Pennsylvania", "Patrol Chief James Hall with the
            # New York Police Department": the body the person is at or with
            out += [t for o in child.children if o.dep_ == "pobj" for t in o.subtree if t.ent_type_ == "ORG"]
        elif child.dep_ == "relcl" and child.lemma_ == "be":
            # "Alexander Vindman, who is the White House National Security Council Ukraine expert"
            for attr in (c for c in child.children if c.dep_ == "attr"):
                out += [t for t in _own_words(attr) if _no_other_persons_word(t)]
            # "Stephen Liggett, who was then at the University of Maryland School of Medicine"
            at = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "at"]
            out += [t for p in at for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.ent_type_ == "ORG"]
        elif child.dep_ == "relcl" and child.lemma_ in _HOME_VERBS:
            out += _home(child)  # "Maria Lopez, who has lived in Madrid for a decade" (GUIDE decision 182)
        elif child.dep_ == "relcl" and child.lemma_ in words().origin_verbs:
            out += _origin(child)  # "Jo Reed, who grew up in Ohio", "X, who hails from Perth" (GUIDE decision 586(b))
        elif child.dep_ == "relcl" and child.lemma_ in words().workplaces:
            # "Scott Paul, who heads the Alliance for American Manufacturing", "X, who studies FRBs at the
            # University of California": the body named where the person works (only a body's name: "who
            # studies China" says nothing of the person's country)
            out += [t for t in _workplace(child) if t.ent_type_ == "ORG"]
    out += _appointed_post(ent)
    aside = _aside_after_the_name(ent)
    if aside is not None:
        # "Dr Jo Reed, from the Kestrel Research Center in Ohio, said": the phrase set off after the name, which the parser
        # hangs on the verb, describes the person as the name's own "from"/"at" phrase does
        objects = [t for o in aside.children if o.dep_ == "pobj" for t in o.subtree]
        out += objects if aside.lower_ in ("of", "from") else [t for t in objects if t.ent_type_ == "ORG"]
    # ("The firm's founder, Wen Zhao, was a former officer of the army": the name set beside the subject, which the parser
    # makes the subject's apposition, is the subject the sentence describes)
    subject = root.head if root.dep_ == "appos" and root.head.dep_ == "nsubj" else root
    # (not under a negated copula: "Lee is not a Ruritanian", "Lee was never a resident of Kestrel" state no tie, GUIDE
    # decision 471)
    attrs = (
        [c for c in subject.head.children if c.dep_ == "attr"]
        if subject.dep_ == "nsubj" and subject.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in subject.head.children)
        else []
    )
    if any(_post(attr) for attr in attrs):
        # "Hege is the CEO of DH, the Spokane firm behind …": the post the sentence gives the person (and
        # the apposition of its body, which the parser hangs on the verb)
        for attr in attrs:
            out += [t for t in _the_posts_own_words(attr) if _no_other_persons_word(t)]
    else:
        # ("Lee is a proud Ruritanian", "Lee was a glassblower for NASA", "Lee is a sculptor in Port Elm": a demonym or a
        # noun of standing work under which the copula classes the name describes her as it would set beside the name,
        # GUIDE decisions 9, 21, 586(a) and 1002)
        for attr in attrs:
            out += [t for t in _a_copula_noun_of_work(attr) if _no_other_persons_word(t)]
    if root.dep_ == "nsubj" and root.head.lemma_ in _HOME_VERBS:
        out += _home(root.head)  # "Azza lives in Tel Rumeida, Hebron, … in the West Bank": the present home
    # ("Jo Reed grew up in Ohio", "Her father, Clem, was raised in Nairobi": where the person is from, the name or the
    # noun it stands beside the subject)
    origin_subject = root.head if root.dep_ == "appos" and root.head.i < root.i else root
    if origin_subject.dep_ in ("nsubj", "nsubjpass") and origin_subject.head.lemma_ in words().origin_verbs:
        out += _origin(origin_subject.head)
    fronted = _fronted_post(ent) if not out and root.dep_ in ("nsubj", "nsubjpass") else None
    if fronted is not None:
        out += [t for t in _own_words(fronted) if t.ent_type_ != "PERSON"]
    if not out:
        out = _premodifiers(ent)
    if not out:
        # "Ben McLachlan and Yasutaka Uchiyama of Japan": the origin after the last of the names
        # joined by "and" is that of each name before it that has no description of its own.
        # (Along a list's chain, where the parser hangs each name on the one before: "Chris Kuo, Struan Wilkie, and
        # Owen Dempsey of the Aberdeen Royal Infirmary in the UK".)
        head = root
        while not out:
            conj = next(
                (c for c in head.children if c.dep_ == "conj" and (c.ent_type_ == "PERSON" or _name_the_model_left_untagged(c))),
                None,
            )
            # (a last name the model tags as no entity: "Ivana Jelić and Pavle Petrović (Serbia)")
            last = (entity_of(conj) if conj.ent_type_ == "PERSON" else _untagged_name(conj)) if conj is not None else None
            if last is None or [t for t in doc[conj.left_edge.i : last.start] if t.dep_ != "cc"]:
                break
            out = [t for child in _origins(last) for t in child.subtree] + _bracketed_country_after(last)
            head = conj
    # In text order, without a destination: "China's ambassador to Britain" is China's.
    destination = {d.i for t in out if t.dep_ == "prep" and t.lower_ == "to" for d in t.subtree}
    # ("Kurt Volker, the special envoy to Ukraine": an apposition's "to", which its own words leave out)
    posts = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    posts += [root.head] if root.dep_ == "appos" else []
    sent_to = [d for post in posts for p in post.children if p.dep_ == "prep" and p.lower_ == "to" for d in p.subtree]
    return (
        sorted((t for t in out if t.i not in destination and not _names_an_event(t)), key=lambda t: t.i),
        sorted(({t.i: t for t in out if t.i in destination} | {t.i: t for t in sent_to}).values(), key=lambda t: t.i),
    )


_HOME_VERBS = frozenset(("live", "reside"))


def _words_since_the_and(ent) -> list:
    """The few words between a name and the "and" (or "&") right before it: the name's own description in a coordination
    ("France's Emmanuel Macron and Germany's Friedrich Merz": "Germany's"; "France and Switzerland and U.S. film director
    Oliver Stone": "U.S. film director"). Empty where no "and" opens them within six words, or a verb, preposition or
    punctuation stands between, or the word before the "and" is no name or place: there the "and" joins two descriptions
    of the one person ("Irish pianist and Vienna resident Ciara Walsh" is Irish)."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 6 and doc[i].lower_ not in ("and", "&"):
        if doc[i].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON"):
            return []
        i -= 1
    if i < 1 or doc[i].lower_ not in ("and", "&") or i == ent.start - 1:
        return []
    before = doc[i - 1]
    if before.pos_ != "PROPN" and before.ent_type_ not in ("PERSON", "GPE", "LOC"):
        return []
    return list(doc[i + 1 : ent.start])


def _name_the_model_left_untagged(token) -> bool:
    """Whether a coordinated word is a capitalised proper noun that the model tags as no person or body and that is no place
    the gazetteer knows ("Pavel Vinogradov and Fyodor Yurchikhin" untagged, "Pavle Petrović" as a place): a name the parse
    joins to a person's, which may share its description."""
    # (not one the model calls a body: "the Sacramento Bee, Miami Herald and …" name no persons)
    if (
        token.pos_ != "PROPN"
        or token.ent_type_ not in ("", "GPE", "LOC", "NORP")
        or not (token.text[:1].isupper() and token.text.isalpha())
    ):
        return False
    name = _untagged_name(token)
    g = gazetteer()
    # (no word of it a place either: "the Sacramento Bee, Miami Herald and …", "Lighting Design_Sin Ho" name no person)
    return len(name) > 1 and not any(
        text in g.cities or text in g.country_names or country_of_text(text) for text in (name.text, *(t.text for t in name))
    )


def _untagged_name(token):
    """The span of a proper name the model tags as no person, ending at `token`: its run of capitalised compounds."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i == token.i:
        if token.doc[start - 1].pos_ != "PROPN" or not token.doc[start - 1].text[:1].isupper():
            break
        start -= 1
    return token.doc[start : token.i + 1]


def _bracketed_country_after(ent) -> list:
    """A country's name set in brackets right after a name ("Pavle Petrović (Serbia)"): the person's country, as an
    "of" phrase gives it (GUIDE decision 36: "X of Japan"). None where another name of the same list has a bracketed
    country of its own ("A and B (Croatia) and C (Norway)"): there each name carries its own bracket, and a name without
    one has no country written."""
    inside, close = _bracketed_country_at(ent.doc, ent.end)
    if not inside:
        return []
    doc = ent.doc
    # The list around the name: names, "and", commas and brackets, at most 40 words either way.
    i = close + 1
    while i < len(doc) and i <= close + 40:
        if doc[i].text == "(":
            other, other_close = _bracketed_country_at(doc, i)
            if other:
                return []
            i = other_close + 1 if other_close else i + 1
        elif doc[i].pos_ == "PROPN" or doc[i].pos_ == "CCONJ" or doc[i].text in (",", "&"):
            i += 1
        else:
            break
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 40:
        if doc[i].text == ")":
            opening = next((t.i for t in reversed(doc[max(i - 5, 0) : i]) if t.text == "("), None)
            if opening is not None and _bracketed_country_at(doc, opening)[0]:
                return []
            i = (opening if opening is not None else i) - 1
        elif doc[i].pos_ == "PROPN" or doc[i].pos_ == "CCONJ" or doc[i].text in (",", "&"):
            i -= 1
        else:
            break
    return inside


def _bracketed_country_at(doc, i) -> tuple[list, int | None]:
    """The words of a country's exact name in the brackets opening at token i ("(Serbia)"), and the closing bracket's
    index; ([], None) where no bracketed country opens there."""
    if i + 2 >= len(doc) or doc[i].text != "(":
        return [], None
    close = next((t.i for t in doc[i + 1 : i + 5] if t.text == ")"), None)
    if close is None:
        return [], None
    inside = list(doc[i + 1 : close])
    name = " ".join(t.text for t in inside)
    return (inside, close) if country_of_text(name) and name in gazetteer().country_names else ([], close)


def _origin(verb) -> list:
    """The places of an origin verb's own "in" or "from" phrase (claims.json origin_verb_lemmas): "grew up in Ohio", "was
    raised in Nairobi", "hails from Perth", "is from Kenya", "comes from Lima", "settled in Toronto". Not a past "was
    from" or "came from" (one journey's start, GUIDE decision 471), not an active "raised" or a "settled" with an object
    or "out of court" ("raised $40 million in London", "settled the lawsuit in London": the place of one act), and
    nothing where the person moves on to another country or lives elsewhere now ("grew up in Lagos before moving to
    London", "grew up in Oslo, has lived in Berlin since 1998": the present home decides, decision 182)."""
    lemma = verb.lemma_
    if lemma == "grow" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    if lemma == "raise" and not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if lemma == "settle" and any(c.dep_ in ("dobj", "prt") or c.lower_ == "out" for c in verb.children):
        return []
    if lemma in ("be", "come") and verb.tag_ not in ("VBZ", "VBP"):
        return []
    places = _places_of(verb, "from" if lemma in ("hail", "come", "be") else "in")
    if not places:
        return []
    # the person's present home: a home verb joined to this one, or the one whose subject the clause describes
    person = verb.head if verb.dep_ == "relcl" else None
    present = [*verb.conjuncts, person.head] if person is not None and person.dep_ == "nsubj" else list(verb.conjuncts)
    home = next((v for v in present if v.lemma_ in _HOME_VERBS), None)
    if home is not None:
        return _home(home)
    moved = [t for v in (verb, *present) for t in v.subtree if t.lemma_ in words().move_verbs]
    elsewhere = [t for m in moved for t in m.subtree if t.ent_type_ in ("GPE", "LOC")]
    if elsewhere and _country_in(elsewhere) != _country_in(places):
        return []
    return places


def _the_posts_own_words(post) -> list:
    """The words of a post the sentence gives a person (`_own_words`) without the common noun it deals with: "was the
    lawyer of a Russian oligarch", "was the head of the Russian desk" say nothing of the person's country (decision
    286); a named body or country the post is of is kept ("the CEO of DH", "the foreign minister of Russia")."""
    skip: set[int] = set()
    for prep in (c for c in post.children if c.dep_ == "prep" and c.lower_ == "of"):
        if not any(o.dep_ == "pobj" and o.ent_type_ for o in prep.children):
            skip.update(t.i for t in prep.subtree)
    return [t for t in _own_words(post) if t.i not in skip]


def _no_other_persons_word(token) -> bool:
    """Whether a word of a person's description is no word of another person's name. A country's name the model tags
    as a person and that owns the post ("Elmar Mamed, Azerbaijan's foreign minister", "Jordan's envoy") is the country
    whose post it is, which places the person (the GUIDE's actors section), as it does when tagged as a place. Only before
    a country's office (claims.json country_office_words): "Lisa Hart, Jordan's agent", "Kelly Price, Jordan's campaign
    adviser" may be the agent or adviser of a person called Jordan. Nor is a city the model tags as a person before a
    word for one who lives there ("X, a Kyiv resident": `_city_of_a_persons_post`)."""
    if token.ent_type_ != "PERSON":
        return True
    named = entity_of(token)
    return (
        named is not None
        and named.root.dep_ == "poss"
        and named.root.head.lemma_.lower() in words().country_office_words
        and _strip_article(named.text) in gazetteer().country_names
    ) or _city_of_a_persons_post(token)


def _aside_after_the_name(ent):
    """The "from"/"at"/"of"/"with" phrase set off by commas right after a subject's name and hung by the parser on
    its verb or on the comma ("X, from the Kestrel Research Center in Ohio, said", "X, at Lakeside State University,
    Fremont, studied"): the preposition, or None."""
    doc = ent.doc
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return None
    prep = doc[ent.end + 1]
    if prep.dep_ != "prep" or prep.lower_ not in ("from", "at", "of", "with") or prep.head.i not in (root.head.i, ent.end):
        return None
    after = prep.right_edge.i + 1
    if after >= len(doc) or doc[after].text != "," or after >= root.head.i:
        return None
    return prep


def _noun_a_naming_verb_names(ent):
    """The common noun before a name that a naming participle hung on it gives the name to ("an American businessman
    named X", "a British researcher, known as X"; claims.json naming_participles): the person the name names, so that its
    words describe the person (the GUIDE's actors section: "X, the Turkish envoy"; decisions 9 and 21); None where no such
    participle takes the name."""
    root = ent.root
    verb = root.head
    naming = words().naming_participles
    if root.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_ in naming.get("as", ()):
        verb = verb.head
    elif not (root.dep_ in ("oprd", "dobj", "attr") and verb.lemma_ in naming.get("", ())):
        return None
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ != "NOUN" or noun.i > verb.i:
        return None
    return noun


def _persons_noun(noun) -> bool:
    """Whether a common noun names a person by what she is or does ("man", "researcher", "nurse", "specialist"; claims.json
    human_nouns, occupation_nouns, body_member_nouns), not a thing ("a rocket named …")."""
    lex = words()
    lemma = noun.lemma_.lower()
    return lemma in lex.human or lemma in lex.standing_work_nouns or lemma in lex.body_members or noun.lower_ in lex.gendered


def _post_set_before(ent):
    """The post before a comma that a name stands in apposition to (`_post_before_comma`), where the parser hangs the
    name on the verb or on another noun ("its first Supreme Court justice, X"), or makes the post and the name two
    subjects of one verb ("the first Ruritanian to fly solo, X, said"); None where the name is not so set."""
    post = _post_before_comma(ent)
    if post is None:
        return None
    root = ent.root
    if root.dep_ in ("npadvmod", "appos") and root.head.i != post.i:
        return post
    if root.dep_ in ("nsubj", "nsubjpass") and post.dep_ == root.dep_ and post.head.i == root.head.i:
        return post
    return None


def _post_before_comma(ent):
    """The post whose phrase ends right before a comma and the name ("its first Supreme Court justice, X", "the
    leader of the Danish People's Party (DP), X"): from the word before the comma up through the heads that stand
    before it, no verb crossed; None where no post heads that phrase."""
    doc = ent.doc
    comma = _comma_before_the_name(ent)
    if comma is None:
        return None
    token = doc[comma - 1]
    while not (_post(token) or _nationality_noun(token)):
        head = token.head
        if head.i >= token.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            # ("the former Ruritanian officer who wrote the report, X", "the first Ruritanian to fly solo, X": the post's own
            # clause after it, which the parser makes the name's neighbour; the post before the clause is the person's)
            # (only a clause of the post's own: not one of a noun in the post's "of"/"for" phrase, "the owner of a
            # Ruritanian paper known as The Star, X", whose owner the paper does not place)
            if head.dep_ not in ("relcl", "acl") or head.head.i >= head.i:
                return None
            head = head.head
            if not (_post(head) or _nationality_noun(head)):
                return None
        token = head
    return token if _post_of_the_phrase(token, 0) else None


def _nationality_noun(token) -> bool:
    """Whether a word is a demonym standing as a noun for a person ("the first American", "a Ruritanian"), not one
    modifying a noun ("American officials")."""
    return token.dep_ not in ("amod", "compound", "nmod") and token.tag_ in ("NN", "NNP") and _demonym(token)


def _clause_words(post) -> set[int]:
    """The positions of the words of the clauses a post has after it ("the officer who wrote the report", "the first
    Ruritanian to fly solo"): what the person did, which places nobody (GUIDE decision 471)."""
    return {t.i for c in post.children if c.dep_ in ("relcl", "acl") and c.i > post.i for t in c.subtree}


def _name_after_its_clause(noun):
    """The person's name a post or nationality noun with a clause of its own after it is set off by a comma before
    ("the former Ruritanian officer who wrote the report, Dana Lee"; `_post_before_comma`), or None."""
    clause = _clause_words(noun)
    if not clause:
        return None
    doc = noun.doc
    for i in range(min(clause), min(max(clause) + 2, len(doc) - 1)):
        if doc[i].text == "," and doc[i + 1].ent_type_ == "PERSON":
            named = entity_of(doc[i + 1])
            post = _post_before_comma(named) if named is not None else None
            return named if post is not None and post.i == noun.i else None
    return None


def _carries(person, iso3: str, ctx: Context) -> bool:
    """Whether the person named `person` (a span) carries the country `iso3` by her own description, as `_person` reads it
    (`_stated_country`): then it is not listed apart (GUIDE decision 9); a country of her description she does not carry
    is ("a Ruritania-born Bordurian spy named X", "a Ruritanian-Bordurian lawyer named X", decisions 436, 1080)."""
    return person is not None and _stated_country(person, _description(person)[0], ctx) == iso3


def _post_of_the_phrase(post, start: int) -> bool:
    """Whether a post is the person's own in the phrase that begins at `start` (no verb crossed): no relative's
    (claims.json kin_nouns, spouse_nouns) and no other noun that is not a post has it in a phrase of its own ("The
    widow of the president of Brazil, X", "The son of the chairman of the Bundesbank, X": the relative of a
    post-holder, who does not work for the body, GUIDE decision 21); a post of a post stays ("The head of the board of
    the Bundesbank, X")."""
    lex = words()
    relatives = lex.kin_nouns | lex.spouse_nouns
    if post.lemma_.lower() in relatives:
        return False
    token = post
    while token.head.i != token.i and token.head.i >= start and token.head.pos_ not in ("VERB", "AUX"):
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.i >= start:
            owner = head.head
            if owner.pos_ in ("NOUN", "PROPN") and (not _post(owner) or owner.lemma_.lower() in relatives):
                return False
        token = head
    return True


def _comma_before_the_name(ent) -> int | None:
    """The index of the comma that sets the name off from a phrase before it, past the abbreviated titles written
    at the name ("The chairman of the Joint Chiefs, Gen. Ann Pike"); None where no comma stands there."""
    doc = ent.doc
    lex = words()
    i = ent.start - 1
    while i > ent.start - 3 and i > 0 and (doc[i].text in lex.honorifics or (doc[i].text.endswith(".") and _title_word(doc[i]))):
        i -= 1
    return i if i >= 1 and doc[i].text == "," else None


def _abbreviated_title(token) -> bool:
    """Whether a word is a title written short at a name ("Dr.", "Sgt", "Lt."; claims.json title_abbreviations,
    honorifics), its full stop written or split off by the tokenizer."""
    lex = words()
    if token.text in lex.honorifics or token.lower_ in lex.title_abbreviations or token.lower_ + "." in lex.title_abbreviations:
        return True
    # ("Cmdr.", "Brig.": a title of the lexicon written short with its full stop)
    return token.text.endswith(".") and len(token) <= 6 and _title_word(token)


def _start_of_titles_before(ent) -> int:
    """The index where the titles written short right before a name begin ("Dr. Ann Roe", "Lt. Col. Jo Reed", "Sgt .
    Jo Reed" where the tokenizer split the full stop off); the name's own start where none stands there."""
    doc = ent.doc
    i = ent.start
    while i > 0 and ent.start - i < 4:
        if doc[i - 1].text == "." and i > 1 and not doc[i - 2].whitespace_ and _abbreviated_title(doc[i - 2]):
            i -= 2
        elif _abbreviated_title(doc[i - 1]):
            i -= 1
        else:
            break
    return i


def _post_before_the_titles(ent) -> list:
    """ "Ontario's chief medical officer Dr. Ann Roe", "Atlanta firefighter Sgt. Jo Reed", "Canadian physician Dr. Lee
    Park": the post written before the short titles at a name, which the parser leaves out of the name's phrase (it
    hangs the post on the verb beside the name, or closes a sentence at the title's full stop); the person's
    description all the same, as without the title (GUIDE decisions 9, 36, 285). Only a lower-case singular noun of a
    post or calling (a post word, one of a doer's endings, or one the parser hangs on the title itself), and only where
    the parse neither gives it with the name already nor sets the name inside its phrase ("the bill Sen. Lee signed")."""
    doc = ent.doc
    start = _start_of_titles_before(ent)
    if start == ent.start or start == 0:
        return []
    post = doc[start - 1]
    lex = words()
    if not (post.is_lower and post.tag_ == "NN"):
        return []
    if not (
        post.lower_ in lex.posts_before_a_name
        or _post(post)
        or post.lower_.endswith(tuple(lex.doer_noun_endings))
        or post.dep_ == "compound"
        and start <= post.head.i < ent.start
    ):
        return []
    root = ent.root
    if post.i >= root.left_edge.i or any(a.i == post.i for a in root.ancestors):
        return []
    title = post.head if start <= post.head.i < ent.start else None
    if _opening_phrase_of_place(post if post.dep_ == "pobj" or title is None else title, root):
        return []
    first = post.left_edge.i
    if title is not None:
        first = min(first, title.left_edge.i)  # ("Atlanta" of "Atlanta firefighter Sgt.", hung on the title beside it)
    words_ = list(doc[first : post.i + 1])
    return [] if any(t.pos_ in ("VERB", "AUX") for t in words_) else words_


def _opening_phrase_of_place(noun, root) -> bool:
    """Whether `noun`, the post or the title before a name, closes a phrase of place or time that opens the sentence
    with a preposition and an article ("At a Moscow dinner Dr. Ann Roe said", "On the Ohio border Sgt. Jo Reed said",
    with no comma): the object of the preposition, with the name (`root`) outside the phrase, names the place or time
    of one act, no post of hers (GUIDE decision 471). A post before the titles takes no article ("On Monday Atlanta
    firefighter Sgt. Jo Reed said"), and a phrase later in the sentence holds the name ("spoke with the Ohio trooper
    Sgt. Jo Reed", where the parser closes the phrase at the title's full stop)."""
    if noun.dep_ != "pobj" or noun.i == root.i or any(a.i == noun.i for a in root.ancestors):
        return False
    doc, prep = noun.doc, noun.head
    if not (prep.i + 1 < noun.i and doc[prep.i + 1].tag_ in ("DT", "PRP$")):
        return False
    return all(t.pos_ in ("CCONJ", "ADV", "PUNCT") for t in doc[noun.sent.start : prep.i])


def _title_before_a_name(ent) -> bool:
    """Whether an entity is only a short title, or a word and a short title, set before a person's name ("Sgt" of
    "Atlanta firefighter Sgt. Jo Reed", "Surgeon Dr" of "Surgeon Dr Ann Roe"), which the model took for a name of its
    own: a title is no actor (GUIDE decision 572: left out of the name)."""
    doc = ent.doc
    if len(ent) > 2 or not _abbreviated_title(ent[-1]) or len(ent) == 2 and country_of_text(ent[0].text):
        return False
    i = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "." else ent.end
    after = entity_of(doc[i]) if i < len(doc) else None
    return after is not None and after.label_ == "PERSON" and after.start == i


def _title_word(token) -> bool:
    """Whether a word is a title, written in full or short ("President", "Gen.", "Lt.")."""
    return token.lower_.rstrip(".") in words().titles


def _placed_post_before(ent) -> list:
    """ "The Mandan, North Dakota, police chief, Jason Ziegler": the words of a post set off by commas before the name,
    with the town and state the parser strings along it as a chain of conjuncts and appositions (GUIDE decisions 21,
    36), which its apposition's own head leaves out; a short phrase without a verb that holds a post."""
    doc = ent.doc
    comma = _comma_before_the_name(ent)
    if comma is None:
        return []
    head = ent.root.head
    while head.dep_ in ("conj", "appos") and head.head.i < head.i:
        head = head.head
    words_before = doc[head.left_edge.i : comma]
    if not 2 < len(words_before) <= 10 or any(t.pos_ in ("VERB", "AUX") for t in words_before):
        return []
    start = words_before.start
    return list(words_before) if any(_post(t) and _post_of_the_phrase(t, start) for t in words_before) else []


def _home(verb) -> list:
    """The places of a home verb's "in" phrase ("lives in Tel Rumeida, Hebron"): a present home places the person
    (GUIDE decision 182); only named places, and not a past home ("used to live", "lived in X until")."""
    if verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("used", "once") for c in verb.children):
        return []
    return _places_of(verb, "in")


def _places_of(verb, preposition: str) -> list:
    """The named places of a verb's own phrase with the preposition ("lives in Tel Rumeida, Hebron", "hails from Perth")."""
    return [
        t
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == preposition
        for o in p.children
        if o.dep_ == "pobj"
        for t in o.subtree
        if t.ent_type_ in ("GPE", "LOC")
    ]


def _fronted_post(ent):
    """The post a sentence opens with before its subject's name, set off by a comma ("A former Spanish special
    forces officer, Morales yearned …", "An American citizen, John Smith was arrested …"): the parser hangs the
    noun phrase on the verb (as npadvmod, advcl, dep or a second subject), but it describes the subject. None
    where the sentence opens otherwise."""
    doc = ent.doc
    comma = ent.start - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    noun = doc[comma - 1]
    while noun.head.i < comma and noun.head.i != noun.i:
        noun = noun.head  # "A native of Poland, …": the phrase's head, not its last word
    if noun.head.i != ent.root.head.i or noun.dep_ not in ("npadvmod", "advcl", "dep", "nsubj", "nsubjpass"):
        return None
    if noun.ent_type_ or not _post(noun) or noun.left_edge.i != ent.sent.start:  # (the sentence last: spaCy finds it)
        return None
    return noun


def _workplace(verb) -> list:
    """The words of a work verb's object and of its "at", "for", "with" or "in" phrases."""
    out = []
    for child in verb.children:
        if child.dep_ == "dobj":
            out += list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("at", "for", "with", "in"):
            out += [t for o in child.children if o.dep_ == "pobj" for t in o.subtree]
    return out


def _demonym(token) -> bool:
    """Whether a word is a nationality with a country ("American", "Ruritanian")."""
    return token.ent_type_ == "NORP" and country_of_text(token.text) is not None


def _a_copula_noun_of_work(noun) -> list:
    """The words that place the subject of a copula whose noun is no listed post (`_post`), read only where they are said
    of her own person: the noun itself as a demonym ("Lee is a proud Ruritanian", "the only Ruritanian who …"); for a noun
    of standing work (claims.json occupation_nouns and the other post lists, `standing_work_nouns`), a demonym directly on
    it ("a Ruritanian sculptor"), a named body after "for", "at", "with", "in" or "of" ("a glassblower for NASA", "a
    former member of the Kestrel Navy"), a body noun's own place or nationality after "for", "at", "with" or "in" ("a
    buyer at a Kestrel retailer") and a place after "in" ("a sculptor in Port Elm"). A tie with no post or work ("an
    investor", "a visitor", "a supporter", "a stakeholder"), a thing ("a factor", "a character"), a country word on
    another noun ("a Ruritania supporter", "a Ruritanian food lover", "the Ruritanian's translator") or an event ("a
    soldier in the Kestrel war") places nobody (decisions 286, 471, 575(a), 1002)."""
    if _demonym(noun):
        return [noun]
    lex = words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.standing_work_nouns:
        return []
    out = [c for c in noun.children if c.dep_ == "amod" and _demonym(c)]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "with", "in", "of")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.ent_type_ == "ORG":
                out += [t for t in obj.subtree if t.ent_type_ == "ORG"]
            elif prep.lower_ == "in" and obj.ent_type_ in ("GPE", "LOC"):
                out += [t for t in obj.subtree if t.ent_type_ in ("GPE", "LOC")]
            elif prep.lower_ != "of" and obj.lemma_.lower() in lex.org_nouns:
                out += [c for c in obj.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP")]
    return out


def _post(noun) -> bool:
    """Whether a noun names a person's post or calling ("the CEO", "a professor", "its director")."""
    lex = words()
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in lex.human or noun.lower_.rstrip(".") in lex.titles)


def _origins(ent) -> list:
    """The "of X"/"from X" phrases that follow a name ("President Xi Jinping of China")."""
    return [c for c in ent.root.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i >= ent.end]


def _own_words(head) -> list:
    """The words of a description without its phrases about others: "a top
    aide to Vice President Pence on Trump's call with Ukrainian President
    Zelensky" keeps "a top aide"; "a citizen of Peru" keeps "of Peru"; the body one works with or
    for is kept ("a scholar with the American Enterprise Institute", "a specialist on the National
    Security Council"), not one worked to ("an envoy to the European Union")."""
    skip: set[int] = set()
    for token in head.subtree:
        # (A preposition inside a name is the name's: "the Institute for Marine Biology in Kiel".)
        if (
            token.dep_ == "prep"
            and token.lower_ not in ("of", "from", "at", "in")
            and token.i not in skip
            and not token.ent_type_
            and not _territory_of_a_post(token)
        ):
            skip.update(t.i for t in token.subtree if token.lower_ == "to" or t.ent_type_ != "ORG")
    return [t for t in head.subtree if t.i not in skip]


def _listed_person_after_and(root, appos) -> bool:
    """Whether an apposition the parser hangs on a name is another person of a list joined by "and" ("Mara Volkova and
    another girl, Jelena Petrovic from Belgrade, Serbia, ..."): its description is hers, not the first name's."""
    return appos.ent_type_ == "PERSON" and any(t.dep_ == "cc" and t.head.i == root.i for t in root.doc[root.i + 1 : appos.i])


def _territory_of_a_post(prep) -> bool:
    """Whether a "for" phrase names the country a manager's post covers ("general manager for Germany", "the executive
    director for China at the IMF", claims.json territory_post_nouns): the territory in the post's title places the
    person (GUIDE decisions 9, 21, 285). Not a post with an envoy's word ("the special envoy and head of mission for
    Syria"), whose "for" is a country the person is sent to."""
    post = prep.head
    if prep.lower_ != "for" or not _territory_post(post):
        return False
    if any(t.lower_ in words().envoys for t in post.subtree):
        return False
    return _of_a_country(prep)


def _of_a_country(prep) -> bool:
    """Whether a preposition's object is a country's name ("for the UK", not "for the tournament")."""
    place = next((o for o in prep.children if o.dep_ == "pobj"), None)
    named = entity_of(place) if place is not None else None
    return named is not None and bool(country_of_text(_strip_article(named.text)))


def _territory_post(post) -> bool:
    """Whether a noun is a manager's post whose "for" + a country is the country she runs the business in (claims.json
    territory_post_nouns: "general manager for Germany"); a titled post only with a manager's word before it
    (territory_post_titled_nouns: "executive director for China", not "research director for Iran" or "the IMF's
    mission chief for Argentina", whose country is one the person covers, GUIDE decision 286)."""
    lex = words()
    lemma = post.lemma_.lower()
    if lemma in lex.territory_posts:
        return True
    return lemma in lex.territory_titled_posts and any(
        c.lower_ in lex.territory_post_titles for c in post.children if c.i < post.i and c.dep_ in ("compound", "amod")
    )


def _appointed_post(ent) -> list:
    """The country words of the post a person is appointed to, which describes her from then on ("promoted Jo Reed to
    sales lead for the UK", "the promotion of Jo Reed to channel lead for the UK", "named Jo Reed Kenya's finance
    minister"): the words after "to" or "as" (or the verb's object predicate) up to the next comma, "to", "as", or a
    place phrase that is not the post's territory, when they hold a post (GUIDE decisions 9, 21, 285). Not the venue or
    mission of the post ("chair of the conference in Nairobi", "head coach for the tournament in Qatar", "head of the
    UN mission in South Sudan", decisions 286, 471), not a task ("named Jo Reed to lead its expansion in Brazil"), and
    nothing for an envoy's post, whose country is one the person is sent to. The post must be a noun ("named Jo
    Reed to lead its expansion in Brazil" gives a task). Only the place words: the post gives no
    role here."""
    root = ent.root
    doc = ent.doc
    lex = words()
    appointing = root.dep_ == "dobj" and root.head.lemma_ in lex.appointing
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if not (appointing or noun is not None and noun.lemma_.lower() in lex.appointments):
        return []
    start = ent.end
    if start < len(doc) and doc[start].lower_ in ("to", "as"):
        start += 1
    elif not (appointing and start < len(doc) and doc[start].dep_ == "oprd"):
        return []
    end = start
    sent_end = ent.sent.end
    while end < sent_end and end - start < 12:
        token = doc[end]
        if token.is_punct or token.lower_ in ("to", "as", "in", "at") or token.lower_ == "for" and not _of_a_country(token):
            break
        end += 1
    post_words = list(doc[start:end])
    if not any(t.pos_ in ("NOUN", "PROPN") and (_post(t) or _territory_post(t)) for t in post_words) or any(
        t.lower_ in lex.envoys for t in post_words
    ):
        return []
    return [t for t in post_words if t.ent_type_ in ("GPE", "NORP", "LOC")]


def _premodifiers(ent) -> list:
    """The capitalised words just before a name the parse did not attach
    to it ("… with Jordanian Foreign Minister Ayman Safadi warning …")."""
    doc = ent.doc
    out = []
    i = ent.start - 1
    if _country_and_noun_before(ent):
        out.append(doc[i])  # "Brazil star Neymar": a common noun between a country and the name
        i -= 1
    while i >= 0 and len(out) < 5:
        token = doc[i]
        if not (token.text[:1].isupper() or token.lower_ in words().titles) or token.pos_ in ("VERB", "AUX", "PUNCT", "DET"):
            break
        out.append(token)
        i -= 1
    return out[::-1]


def _nationality_and_posts_before(ent) -> list:
    """A nationality or country word and the lower-case posts joined by "and" right before a name, which the parser
    hung elsewhere ("Danish singer and poet Lars Holt", where it joins the name to the last post only; "He and U.S.
    astronaut Karl Pike", where it joins the post to the pronoun): the person's description all the same (the actors
    section: "Russian President Vladimir Putin"). Empty unless a common noun stands right before the name and the run
    opens with a word of a country ("the singer and poet Lars Holt" names none). Every noun of the run is a post
    (claims.json post_nouns_before_a_name, speaker_description_nouns, human_nouns, office_words, titles): "the Russia
    sanctions and critic X" joins a phrase of its own to the name's post, and so does a determiner before the country
    of a run joined by "and" ("the Russia critic and journalist X" may be two persons) or a country word the parser
    hangs on a noun outside the run."""
    doc = ent.doc
    lex = words()
    titles = _start_of_titles_before(ent)  # ("Danish physician Dr. Lars Holt": past the short titles at the name)
    i = titles - 1
    posts = []
    while i >= 0 and (_a_post_word_before_a_name(doc[i]) or doc[i].lower_ == "and" and posts):
        posts.append(doc[i])
        i -= 1
    if not posts or posts[-1].lower_ == "and" or i < 0:
        return []
    if any(
        t.lower_ != "and" and t.lower_ not in lex.posts_before_a_name and t.lemma_ not in lex.posts_before_a_name for t in posts
    ):
        return []
    country = entity_of(doc[i])
    words_of_country = list(country) if country is not None and country.end == i + 1 else [doc[i]]
    if not (country_of_text(" ".join(t.text for t in words_of_country)) or country_of_text(doc[i].text)):
        return []
    if any(t.pos_ != "NOUN" and t.lower_ != "and" for t in posts) and not (
        doc[i].pos_ == "ADJ" or country is not None and country.label_ == "NORP"
    ):
        # (a post the tagger calls a verb joins a run only a demonym opens: "China host X", "France judge X" are a
        # country and its verb)
        return []
    run = {t.i for t in posts} | set(range(titles, ent.end))
    first = words_of_country[0].i
    if any(t.lower_ == "and" for t in posts) and first > 0 and doc[first - 1].pos_ == "DET":
        return []
    root = country.root if country is not None and country.end == i + 1 else doc[i]
    if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i not in run and root.head.i != root.i:
        return []
    return [*words_of_country, *posts[::-1]]


def _a_post_word_before_a_name(token) -> bool:
    """Whether `token` may be a post's word in the run of posts before a name (`_nationality_and_posts_before`): a
    lower-case singular noun, not a subject of one's work nor the place one is sent to ("a Ukraine specialist", "the
    Chile envoy X" say nothing of the person's country, decision 286). A post's word the tagger calls a verb, which it
    does where the parser hangs the name on it as its object, counts only right after "and" and a noun ("in Danish
    musician and philosopher X"): "China host X", "France judge X" are a country and its verb. A plural is others'
    post ("met Danish officials and judge X")."""
    lex = words()
    if not token.is_lower or token.tag_ == "NNS" or token.lemma_ in lex.subject_nouns or token.lower_ in lex.envoys:
        return False
    if token.pos_ == "NOUN":
        return True
    doc, i = token.doc, token.i
    return (
        token.lower_ in lex.posts_before_a_name
        and i >= 2
        and doc[i - 1].lower_ == "and"
        and doc[i - 2].pos_ == "NOUN"
        and doc[i - 2].is_lower
    )


def _opens_the_posts_of_a_name(country) -> bool:
    """Whether the country entity `country` opens the nationality and posts right before a person's name
    (`_nationality_and_posts_before`)."""
    doc = country.doc
    i = country.end
    while i < len(doc) and (_a_post_word_before_a_name(doc[i]) or doc[i].lower_ == "and"):
        i += 1
    while i > country.end and i < len(doc) and (_abbreviated_title(doc[i]) or doc[i].text == "." and not doc[i - 1].whitespace_):
        i += 1  # ("Danish physician Dr. Lars Holt": the short titles written at the name)
    person = entity_of(doc[i]) if country.end < i < len(doc) else None
    return (
        person is not None
        and person.label_ == "PERSON"
        and person.start == i
        and country.root in _nationality_and_posts_before(person)
    )


def _country_and_noun_before(ent) -> bool:
    """Whether a country's name and a lower-case noun stand right before the name ("Brazil star Neymar",
    "France captain X"), which the parser may leave unattached to it."""
    doc = ent.doc
    if ent.start < 2 or not (doc[ent.start - 1].pos_ == "NOUN" and doc[ent.start - 1].is_lower):
        return False
    country = entity_of(doc[ent.start - 2])
    return country is not None and country.end == ent.start - 1 and bool(country_of_text(country.text))


def _role(tokens) -> str | None:
    """The longest run of the descriptor that is a title in the lexicon ("President", "foreign minister")."""
    lex = words()
    texts = [t.text for t in tokens]
    # "President-elect", "secretary-general": a hyphen and its words are one word of the title, as written
    glued = [k > 0 and tokens[k - 1].i + 1 == tokens[k].i and not tokens[k - 1].whitespace_ for k in range(len(tokens))]
    best = None
    for i in range(len(texts)):
        for j in range(len(texts), i, -1):
            phrase = "".join(("" if k == i or glued[k] else " ") + texts[k] for k in range(i, j))
            low = phrase.lower().rstrip(".")
            if (
                low in lex.titles
                or (j - i == 1 and low in lex.human)
                or (low.endswith("s") and low[:-1] in lex.titles and _heads_names(tokens[j - 1]))
            ):
                if low.endswith("s") and low[:-1] in lex.titles:
                    phrase = phrase[:-1]  # "Presidents X and Y": each is a President
                if best is None or j - i > len(best.split()):
                    best = phrase
                break
    return best


def _heads_names(token) -> bool:
    """Whether a plural title stands right before the names it heads ("Presidents X and Y"), not before another word
    of the description ("Kings defenseman X": a team's name, no title)."""
    after = token.i + 1
    return after < len(token.doc) and token.doc[after].ent_type_ == "PERSON"


def dateline_end(doc, start: int, end: int) -> int:
    """The character offset where a dateline that opens the paragraph at
    token `start` ends, else -1."""
    if end <= start:
        return -1
    first = doc[start].idx
    text = text_of(doc)
    if first and text[first - 1] != "\n":
        return -1
    cut = datelines.dateline_end(text, first, doc[end - 1].idx + len(doc[end - 1]))
    if cut >= 0 and not any(t.pos_ in ("VERB", "AUX") and t.idx >= cut for t in doc[start:end]):
        return -1  # "Norway (Group F): Fourth appearance": a list's row with no story after it
    return cut


_MARKED = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW")


def find_actors(doc, start: int, end: int, ctx: Context, doc_text: str | None = None) -> tuple[list[Actor], list[str]]:
    """Actors and places of the claim over tokens [start, end) of `doc`
    (`doc_text`: doc.text, if the caller has it)."""
    found: list[tuple[int, Actor]] = []
    places: list[str] = []
    paths: dict[int, str] = {}  # id of an actor in `found` -> the reader that gave it (`_credit`)
    dateline = dateline_end(doc, start, end)
    row = _schedule_row(doc, start, end)
    nicknamed = _nicknamed_persons(doc, start, end, ctx, found, dateline, doc_text)
    _credit(found, 0, "nicknamed_person", paths)
    inside = []  # the span's entities, for the readers after this walk
    for ent in entities(doc):
        if start <= ent.start and ent.end <= end:
            inside.append(ent)
        if start <= ent.start and ent.end <= end and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"):
            if nicknamed and any(ent.start < to and from_ < ent.end for from_, to in nicknamed):
                continue  # a part of a nicknamed person's name ("Lee", "TheShy", "Bo-Han"): read whole above
            if ent.end_char <= dateline:
                if ent.label_ in ("GPE", "LOC"):
                    places.append(_entity_text(ent))
                    _count_setting(_entity_text(ent), ctx)
                    iso3 = _datelines_country(ent)
                    if iso3:
                        # "LIMA, Peru (AP) —": the dateline's country is a country named as a place, listed like any
                        # (GUIDE decisions 9, 181); its town ("LIMA", "WASHINGTON") stays a place
                        found.append((ent.start_char, Actor(gazetteer().display(iso3), "country", iso3)))
                        _credit(found, len(found) - 1, "dateline_country", paths)
                continue
            since = len(found)
            _credit(found, since, _entity(ent, ctx, found, places) or "entity_rule", paths)
        elif start <= ent.start and ent.end <= end and ent.label_ == "EVENT" and ent.end_char > dateline:
            since = len(found)
            team = _team_by_place_and_nickname(ent, ctx)
            if team is not None:
                found.append((ent.start_char, Actor(team, "organization", _team_country(team, ctx))))
                _credit(found, since, "team", paths)
                continue  # "the Phoenix Coyotes" (an event to the model): the team
            _event_runners(ent, ctx, found)  # "Game 1 of the NBA Finals": the event is no actor, its body is (GUIDE decision 110)
            _credit(found, since, "event_runner", paths)
    since = len(found)
    _countries_in_event_names(inside, ctx, found, dateline)
    _score_line_sides(doc, start, end, ctx, found)
    _credit(found, since, "event_or_score_line", paths)
    tokens = list(doc[start:end])  # read once for the readers below (each token read makes a Token object)
    # (the claim's words and lemmas, read once: the readers below that look for a word of one of claims.json's short
    # lists run only where the claim holds one, which most claims do not, instead of each reading every token again)
    lowers = {t.lower_ for t in tokens}
    lemmas = {t.lemma_ for t in tokens}
    lower_lemmas = {lemma.lower() for lemma in lemmas}
    lex = words()
    since = len(found)
    _unmarked_persons(tokens, start, end, ctx, found, dateline)
    _credit(found, since, "unmarked_person", paths)
    since = len(found)
    _unmarked(tokens, ctx, found, dateline)
    _unmarked_named_bodies(tokens, ctx, found, dateline)
    _unmarked_bodies_in_lists(tokens, ctx, found, dateline)
    _short_form_mentions(tokens, ctx, found, dateline)
    _credit(found, since, "unmarked_name", paths)
    if not any(a.type == "person" for _, a in found):
        _home_of_a_pronoun(tokens, ctx)
        _residents_place_of_a_subject(tokens, ctx)
    since = len(found)
    if row:
        # "June 29 -- PNC Bank Arts Center, Holmdel, NJ": a schedule's row names where and when, no
        # party (GUIDE decisions 29, 30); the model's bodies and persons there are venues and towns.
        found = [(at, a) for at, a in found if a.type == "country"]
    else:
        _named_reporters(tokens, ctx, found, dateline)
        if _any_in(lower_lemmas, lex.institution_nouns):
            _institutions(tokens, found)
        _groups(doc, start, end, found)
        if _any_in(lemmas, lex.household_nouns) or _any_in(lowers, lex.household_nouns):
            _families_by_their_surname(tokens, ctx, found)
        if _any_in(lower_lemmas, lex.counted_party_nouns):
            _counted_parties(tokens, found)
        if _any_in(lower_lemmas, lex.countries_plural_nouns):
            _plural_countries(tokens, found)
        if "the" in lowers:
            _blocs_acting(tokens, found, ctx.sporting)
        if (
            _any_in(lowers, lex.persons_set_numbers)
            or _any_in(lower_lemmas, lex.persons_set_nouns)
            or _any_in(lower_lemmas, lex.persons_set_member_nouns)
        ):
            _sets_of_named_persons(tokens, ctx, found)
        _parties_named_as_modifiers(tokens, found)
        _bodies_named_with_their_noun(doc, start, end, found)
        if _any_in(lemmas, lex.body_units):
            _unmarked_names_before_a_body_noun(tokens, found)
        _members_of_named_bodies(doc, start, end, found)
        if _any_in(lemmas, lex.wins_over) or _any_in(lemmas, lex.win_nouns):
            _players_of_a_result(tokens, ctx, found)
        if ctx.sporting:
            _teams_by_their_nickname_before_a_post(tokens, found)
    _credit(found, since, "named_reader", paths)
    woken = _wake_word_names(tokens) if _any_in(lowers, lex.wake_word_openers) else None
    if woken:
        # "“OK Globex, play the news”": the name the greeting wakes stands for the software that listens for it, by
        # whichever reader found it (GUIDE decision 480)
        found = [(at, a) for at, a in found if not (at in woken and a.type == "organization")]
    found.sort(key=lambda pair: pair[0])
    out: list[Actor] = []
    seen = set()
    countries = {a.country for _, a in found if a.type == "country"}
    bodies = {a.name for _, a in found if a.type == "organization"}
    teams = _one_team_by_both_names(ctx)
    # the teams the sentence's earlier claims listed: a town standing for one of them is that team again (decision 513)
    # (nickname -> the name the team was listed under, its first mention in the sentence)
    listed = dict(ctx.teams_listed[1]) if teams and ctx.teams_listed[0] == ctx.sentence_start else {}
    nicknames_named = set(listed) | {a.name for _, a in found if a.name in ctx.team_places} if teams else set(listed)
    listed_here: dict[str, str] = {}
    text = doc_text if doc_text is not None else text_of(doc)
    for at, actor in found:
        if actor.type == "group" and actor.country in countries and country_of_text(actor.name) == actor.country:
            continue  # "Denmark … Danes": the country and its people by their demonym, one entity listed once (GUIDE decision 9)
        if actor.type in ("organization", "person") and ctx.short_forms.get(actor.name) in bodies:
            continue  # "Globex Airlines … Globex": a body and its short form (decision 373), one entity listed once (decision 9)
        team = _team_named(actor, teams, nicknames_named, ctx) if teams else None
        if team is not None:
            # "… for the Islanders, … as New York improved": the team by its nickname and by its town, one entity listed
            # once, under its first mention (GUIDE decision 513)
            if ("team", team) in seen or listed.get(team, actor.name) != actor.name:
                continue  # (a repeat of the name it was listed under stays in each claim that names it so)
            seen.add(("team", team))
            listed_here.setdefault(team, actor.name)
        if actor.type in ("organization", "person") and _kin_word(actor.name, ctx):
            continue  # "Papa said …", "Grandad said …" read by a rule past the model's persons: an unnamed person
        initialled = _person_by_initials(actor.name, ctx) if actor.type in ("organization", "person") else None
        if initialled is not None:
            # "SBF said", "known as SBF" after "Sam Bankman-Fried": a person named by the initials of the name the article
            # wrote for them, which the model or a reader takes for a body; that person under that name (decisions 796, 901)
            actor = Actor(initialled.name, "person", initialled.country)
        if actor.type in ("organization", "person"):
            run_together = _hashtag_of_words_run_together(text, at, actor.name)
            if run_together and not (actor.type == "person" and run_together[0] in words().given_names):
                continue  # "#BlackLivesMatter", "#CometLanding": a campaign's, event's or title's label, no actor (807, 12)
            if run_together:
                # "who look like #JaneMarieDoe": a person's name written as a hashtag names the person, by the words it
                # runs together
                actor = Actor(" ".join(run_together), actor.type, actor.country, actor.role)
        key = (actor.name, actor.type)
        if actor.type == "country" and actor.country is not None:
            # "Fans across Australia watched the Australian Open": one country named twice, listed once under its
            # first mention (GUIDE decision 9)
            key = ("country", actor.country)
        if key not in seen:
            seen.add(key)
            out.append(actor)
            # (an actor made again above, under its initials' or hashtag's name, is a rule's: no path of its own)
            ctx.actor_paths[id(actor)] = (actor, paths.get(id(actor), "rule"))
    if teams:
        ctx.teams_listed = (ctx.sentence_start, frozenset({**listed_here, **listed}.items()))
    return out, list(dict.fromkeys(places))


# The paths by which the model's entity reaches an actor with no specific rule deciding: an ORG (or a PERSON) the
# model marked, passed on under the model's own label with only the generic cleaning of `_entity_actors` (a name in
# no lexicon, no title before a person). Every other path is a rule's: the gazetteer, a lexicon, a relabelling, a
# title, a reader of unmarked names, groups, teams, events.
DEFAULT_PATHS = frozenset(("entity_org", "entity_person"))


def _credit(found: list, since: int, path: str, paths: dict[int, str]) -> None:
    """Name `path` as the reader of the actors `found` gained from index `since` on (the first reader to give an actor
    keeps it)."""
    for _, actor in found[since:]:
        paths.setdefault(id(actor), path)


def actor_path(actor, ctx: Context) -> str | None:
    """The path that gave the claim's `actor` (`find_actors`: one of DEFAULT_PATHS or a rule's), None where no reader
    of this paragraph gave it (an actor the claim stage added after the rules: a box score's row, an agreement's
    parties)."""
    entry = ctx.actor_paths.get(id(actor))
    return entry[1] if entry is not None and entry[0] is actor else None


def _team_named(actor: Actor, teams: dict[str, str], nicknames_named: frozenset[str] | set[str], ctx: Context) -> str | None:
    """The nickname of the team an organisation names (`_one_team_by_both_names`), else None: also a town written
    before two teams' nicknames ("the New York Islanders", "the New York Rangers") where the sentence names just one of
    those teams by its nickname ("… for the Islanders, … as New York improved")."""
    if actor.type != "organization":
        return None
    if actor.name in teams:
        return teams[actor.name]
    named_here = [nickname for nickname, place in ctx.team_places.items() if place == actor.name and nickname in nicknames_named]
    return named_here[0] if len(named_here) == 1 else None


def _hashtag_of_words_run_together(text: str, at: int, name: str) -> list[str]:
    """The words of a hashtag that runs several words together ("#CometLanding", "#JaneMarieDoe": split at each capital),
    else []. Words run together only where the split gives two parts or more of three letters or more, a name's own
    particle (claims.json name_particle_prefixes: "Mc", "De") joined to what follows, so that one name with an inner
    capital ("#DeSantis", "#McDonalds", "#OpenAI") stays one name; a company's own name so written ("#YouTube") too."""
    if at < 1 or text[at - 1] != "#" or " " in name or not text.startswith(name, at):
        return []
    lex = words()
    if name in lex.companies or name in lex.orgs or name in lex.platforms:
        return []
    parts: list[str] = []
    for part in re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", name):
        if parts and parts[-1] in lex.name_particle_prefixes:
            parts[-1] += part
        else:
            parts.append(part)
    if sum(len(part) >= 3 for part in parts) < 2 or "".join(parts) != name:
        return []
    return parts


def _any_in(forms, listed) -> bool:
    """Whether one of `forms` (a claim's words or lemmas) is in `listed` (a word list of claims.json)."""
    return any(form in listed for form in forms)


def _wake_word_names(tokens: list) -> set[int]:
    """The offsets of names a wake word calls: in a sample line a generic speaker might say (`_sample_line_speaker`,
    GUIDE decisions 84, 480), a greeting of claims.json wake_word_openers opening the sentence or a quote ("OK", "Hey";
    a comma may follow it; the quote mark written against it, whichever way it curls: "”OK Globex, …"), capitalised
    words, a comma and a verb's base form, the command ("“OK Globex, play the news,” a user might say", "you can ask,
    “Hey, Kestrel Home, call Mum”"). Not a name greeted before anything else ("Hey Globex, the whole point is …"), nor
    one a named or definite speaker calls on ("“Hey Congress, pass the bill,” the marchers chanted"): a vocative, and
    decision 163 lists the body it addresses."""
    openers = words().wake_word_openers
    names = set()
    for at, opener in enumerate(tokens):
        if opener.lower_ not in openers:
            continue  # (the word first: asked of every token of every claim)
        quote = tokens[at - 1] if at else None
        opens = opener.is_sent_start or (quote is not None and quote.is_quote and (quote.is_left_punct or not quote.whitespace_))
        if not opens:
            continue
        first = at + 1 + (at + 1 < len(tokens) and tokens[at + 1].text == ",")
        end = first
        while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].is_alpha:
            end += 1
        if (
            first < end
            and end + 1 < len(tokens)
            and tokens[end].text == ","
            and _base_form(tokens[end + 1])
            and _sample_line_speaker(opener.sent)
        ):
            names.add(tokens[first].idx)
    return names


def _base_form(token) -> bool:
    """A verb written in its base form, the command's ("play", "call"; "set", "put", which the tagger may take for a past)."""
    return token.tag_ == "VB" or (token.pos_ == "VERB" and token.tag_ in ("VBD", "VBP") and token.lower_ == token.lemma_)


def _sample_line_speaker(sent) -> bool:
    """Whether `sent` has a generic speaker say its words under a modal ("a user might say", "you can ask", "anyone could
    say"; claims.json sample_speaker_words, the subject or its determiner): a sample line, words put in an imagined
    speaker's mouth (GUIDE decision 84). Not a speaker of the story ("the marchers chanted", "customers wrote")."""
    lex = words()
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            if subject.lower_ in lex.sample_speakers or any(
                c.dep_ == "det" and c.lower_ in lex.sample_speakers for c in subject.children
            ):
                return True
    return False


def _kin_word(name: str, ctx: Context) -> bool:
    """A kin word a child or grandchild calls a parent or grandparent by, written alone as a name ("Mum", "Papa",
    "Grandad"; claims.json family_address_words): an unnamed person, no actor (GUIDE: actors). Not a name the article
    gives in full ("Nan Kessler … Nan said")."""
    return name in words().family_address_words and name not in ctx.given_names and name not in ctx.persons


_TITLE_CASE_SHARE = 0.7  # of a unit's common words capitalised: a headline in title case


def note_stated_countries(doc, start: int, end: int, ctx: Context) -> None:
    """Read the persons that a unit giving no claim names over tokens [start, end) of `doc` for the country it states of
    them: a photo caption above the body ("Finance Minister Jan Holm of Norway speaks in Oslo"), a headline, a pull
    quote's credit. The unit is page furniture, yet still the article's text about the person, whose later mentions in
    the body carry the country it stated (the GUIDE's actors section: a person's country as the text states it). Only a
    stated country is kept, no guess from the setting (the caption may come before the text names any country), and
    the narration is not turned to the person (a "he said" in the body is not the caption's person)."""
    persons = [ent for ent in entities(doc) if ent.label_ == "PERSON" and start <= ent.start and ent.end <= end]
    if not persons:
        return
    # the words a sentence writes in lower case (no name, not the first word): a title-case headline capitalises them
    common = [t for t in doc[start + 1 : end] if t.is_alpha and t.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "AUX")]
    if not common:
        # a caption with no common word ("Norway's Finance Minister Jan Holm"; rev35c's finding 5): its persons after a
        # title; a headline whose verb the model took for a name ("Wing Launches Dana Lee Scholarships") has none
        persons = [ent for ent in persons if ent.start > 0 and _title_word(doc[ent.start - 1])]
    elif sum(1 for t in common if t.text[:1].isupper()) >= _TITLE_CASE_SHARE * len(common):
        return  # a headline in title case, whose names the model runs together ("Wing Launches Dana Lee Scholarships")
    turn = (list(ctx.mentions), ctx.last_subject, ctx.spoke_last, ctx.turned_in, dict(ctx.reported_subjects))
    described = ctx.last_described_speaker, list(ctx.named_since_described)
    for ent in persons:
        bare = clean_name(ent.text)
        if " " not in bare and (bare in ctx.persons or ctx.namesakes(bare)):
            # a surname alone in furniture ("READ MORE: Spain's Lopez wins Madrid Open") is often another story's
            # person: it states nothing of the body's Maria Lopez (rev35c's finding 3; decision 547)
            continue
        before = {name: (person.country, person.guessed) for name, person in ctx.persons.items()}
        _person(ent, ctx, [])
        for name, person in list(ctx.persons.items()):
            if person.guessed and before.get(name) != (person.country, person.guessed):
                person.country, person.guessed = before.get(name, (None, False))
            if name not in before and person.country is None and not person.role:
                # a name the unit states no country of is no person of the text's yet: a heading's product or
                # event the model took for one ("Fossil Hybrid HR") is not to be found in the body as a person; a
                # name the unit gives a role ("Finance Minister Jan Holm") is a person, whose full name the body's
                # "Holm" takes (decision 416; rev35c's finding 4)
                del ctx.persons[name]
    ctx.mentions[:], ctx.last_subject, ctx.spoke_last, ctx.turned_in, ctx.reported_subjects = turn
    ctx.last_described_speaker, ctx.named_since_described = described


def _one_team_by_both_names(ctx: Context) -> dict[str, str]:
    """A team's nickname and the town or state written before it (`ctx.team_places`), each -> the nickname; a place
    written before two nicknames ("the New York Islanders", "the New York Rangers") stands for neither."""
    if not ctx.team_places:
        return {}
    nicknames: dict[str, list[str]] = {}
    for nickname, place in ctx.team_places.items():
        nicknames.setdefault(place, []).append(nickname)
    teams = {nickname: nickname for nickname in ctx.team_places}
    teams.update((place, names[0]) for place, names in nicknames.items() if len(names) == 1)
    return teams


def _score_line_sides(doc, start: int, end: int, ctx: Context, found: list) -> None:
    """ "Bruins 5, Devils 1: …": a result's two sides (note_teams), also where the model ran a side into its score as
    some other kind of name ("Bruins 5" a law, "Jets 2" a person), which the readers of names then pass over."""
    if end <= start:
        return
    text = text_of(doc)
    lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    # from the claim's start only: this runs once per claim, and a scan of the whole text each time would be quadratic
    for m in _SCORE_LINE.finditer(text, lo):
        if m.start() > hi:
            break
        if m.end("second") > hi:
            continue
        have = {actor.name for _, actor in found}
        for side in ("first", "second"):
            name = m.group(side)
            if name in ctx.orgs and not any(name in other.split() or other.startswith(name) for other in have):
                found.append((m.start(side), Actor(name, "organization", ctx.orgs[name])))


def _schedule_row(doc, start: int, end: int) -> bool:
    """A schedule's row: a day and month first, then no verb ("June 9 – Tampa, FL @ Amphitheatre")."""
    return end > start and schedule_row(span_text(doc, start, end)) and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])


def reports_the_story(verb) -> bool:
    """Whether `verb` is "reports"/"reported" set after the story it credits or in an "as" aside ("…, the Times reports",
    "as Rivet News reported, …"): the way an article credits an outlet it took the story from, where a body of the story
    reports in front of its content ("Kestrel reported that its sales rose")."""
    if verb is None or verb.lemma_ != "report":
        return False
    if not any(c.dep_ == "nsubj" and news_outlet(c) for c in verb.children):
        # a company reports its own results in the same shape ("Sales rose 5 percent, Bay Farms reported"): only a
        # subject that is a news outlet by what it is credits the story
        return False
    return (
        verb.dep_ == "parataxis"
        or any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in verb.children)
        or any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)
    )


def news_outlet(token) -> bool:
    """Whether the noun `token` names a news outlet by what it is: a name whose last word is a paper's, a broadcaster's
    or a magazine's ("the Daily Courier", "Bloomberg News"), a lower-case noun for one ("the newspaper"), or a wire agency
    or outlet known by its name ("Reuters", "the Associated Press") (claims.json news_outlet_heads, news_agencies)."""
    lex = words()
    if token.text in lex.news_outlet_heads:
        return True
    name = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "flat", "amod") or t.i == token.i]
    text = " ".join(t.text for t in name if t.lower_ != "the")
    return text in lex.news_agencies or token.text in lex.news_agencies


def _reports_the_story(ent) -> bool:
    """Whether the body `ent` is the outlet a "…, X reports" credits (`reports_the_story`): not a body acting in the
    story, so a later "the company said" or "it said" goes back past it to a body of the story (GUIDE decision 4)."""
    return ent.root.dep_ == "nsubj" and reports_the_story(ent.root.head)


def _entity_text(ent) -> str:
    # "Alibaba’s listing": the possessive marker the model kept inside the entity is no part of the name.
    last = ent[-1]
    if len(ent) > 1 and last.dep_ == "case" and last.lower_ in ("'s", "’s", "'", "’"):
        ent = ent[:-1]
    text = _without_score(without_aside_dash(ent.text.strip(" ,;:\"'“”’")))
    if "(" in text and ")" not in text and not text.partition("(")[2].isupper():
        # "England (Group A": the model ran the name into a bracket it did not close (a list row's
        # "England (Group A): 10th appearance"); the name is what stands before it ("… Energy (MOTIE"
        # keeps its short form).
        text = text.partition("(")[0].rstrip()
    elif text.endswith(")") and "(" not in text:
        text = text[:-1].rstrip()  # "Group D)": the bracket's other half, outside the entity
    if text.endswith(".") and not country_of_text(text):
        text = text.rstrip(".")
    return _strip_article(text)


def _owner_in(ent, ctx: Context) -> str | None:
    """The organisation the article named before that opens the entity as a possessive ("Ascom’s
    Unite Connect"), else None."""
    for token in ent[1:-1]:
        if token.dep_ == "case" and token.lower_ in ("'s", "’s"):
            owner = _strip_article(ent.doc[ent.start : token.i].text)
            return owner if owner in ctx.orgs else None
    return None


def _company_before_what_it_owns(ent, ctx: Context) -> list[Actor] | None:
    """The actors of an entity that opens with a body's possessive the model ran into the name of what the body owns or
    has ("Globex’s Jump", "Dell’s EMEA Cloud Partners business", "Verizon’s Yahoo"), else None: a well-known company or
    a body the article named (not a country's or a place's, whose possessive opens the proper name of its own body,
    "Ruritania's Unity Party", GUIDE decision 565). The owner is an actor (decision 54) and the name after it is read on
    its own: a unit named with a noun for a unit of a company after it ("Globex’s Lumen Cloud business", claims.json
    company_unit_nouns: decision 447), a body (a known one, or one named by a body's word: "Parliament’s Joint Committee
    on Intelligence and Security") or a person the article named ("NPR’s Feng") is listed too; one other word is the
    body's product or programme (decisions 12, 47), no actor. A longer name of no such kind stays whole (None). The same
    reading holds for the model's own entity right after the owner's ("Globex's" + "Harbor Cloud business": a known
    company or one the model marks as a body, or any owner before a unit's noun)."""
    lex = words()
    doc = ent.doc
    cut = next((t for t in ent[1:-1] if t.lower_ in ("'s", "’s")), None)
    if cut is not None:
        owner = _strip_article(doc[ent.start : cut.i].text)
        rest = doc[cut.i + 1 : ent.end]
        if not (owner in lex.companies or (owner in ctx.orgs and owner not in lex.orgs)):
            return None  # (a well-known public body's possessive may open its own office's name: "NASA’s Office of the …")
    else:
        # (the model's own entity for the name right after the owner's possessive: "Samsung's" + "Galaxy Watch")
        owner_ent = _owners_entity_before(ent)
        if owner_ent is None:
            return None
        owner, rest = _entity_text(owner_ent), ent
        if not (owner_ent.label_ == "ORG" or owner in lex.companies or owner in ctx.orgs or _a_companys_unit(ent)):
            return None
    if country_of_text(owner) or _known_place(owner) or owner in ctx.persons:
        return None
    actors = [Actor(owner, "organization", lex.orgs.get(owner) or ctx.orgs.get(owner))]
    if not rest[0].text[:1].isupper():
        return None  # ("Vergara’s rep": a common noun after the possessive, no name of what the owner has)
    name = _strip_article(rest.text)
    last = rest[-1]
    if _a_companys_unit(ent):
        return [*actors, Actor(f"{rest.text} {doc[ent.end].text}", "organization", None)]
    known = ctx.persons.get(name)
    if known is not None:
        return [*actors, Actor(known.name, "person", known.country)]
    if (
        name in lex.companies
        or name in lex.orgs
        or name in ctx.orgs
        or last.text in lex.organisation_forms
        or last.lemma_.lower() in lex.org_nouns
        or last.lemma_.lower() in lex.body_units
        or _institution_named(name, ("of", "on", "for"))
    ):
        return [*actors, Actor(name, "organization", lex.orgs.get(name) or ctx.orgs.get(name))]
    # (a longer name may be the owner's own office's or body's name, kept whole where the model ran it into the
    # possessive, and read as the model's own entity is where it is one after it: "NASA's" + "Science Mission
    # Directorate", "Huawei's" + "Cyber Security Evaluation Centre")
    return actors if len(rest) == 1 else None


def _a_companys_unit(ent) -> bool:
    """The name modifies a noun for a unit of a company right after it ("Lumen Cloud" of "Globex’s Lumen Cloud
    business"; claims.json company_unit_nouns, GUIDE decision 447)."""
    doc = ent.doc
    noun = doc[ent.end] if ent.end < len(doc) else None
    return noun is not None and noun.is_lower and noun.lower_ in words().company_units and ent[-1].head.i == noun.i


def _owners_entity_before(ent):
    """The model's entity that ends in a possessive right before the entity ("Samsung" of "Samsung's Galaxy Watch"),
    else None."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return None
    return next((e for e in entities(doc) if e.end in (ent.start - 1, ent.start)), None)


def _known_owner_in(ent, ctx: Context) -> str | None:
    """A well-known company or a body of claims.json (or one the article named) opening the entity as a
    possessive, with more name after it ("Google’s Gemini AI"), else None."""
    for token in ent[1:-1]:
        if token.dep_ == "case" and token.lower_ in ("'s", "’s"):
            owner = _strip_article(ent.doc[ent.start : token.i].text)
            lex = words()
            known = owner in lex.companies or owner in lex.orgs or owner in ctx.orgs
            return owner if known and not country_of_text(owner) else None
    return None


_SCORE = patterns.compile(r"\s+\d{1,3}[-–]\d{1,3}$")
_POSSESSIVE_NUMBER = patterns.compile(r"['’]s\s+\d[\d,.]*$")


def _without_score(text: str) -> str:
    """A name without the result the model ran into it ("Chile 3-0", "Nicolas Jarry 6-4"), or a year after its
    possessive ("Holcomb’s 2016 election campaign")."""
    return _POSSESSIVE_NUMBER.sub("", _SCORE.sub("", text))


_LISTING_CODE = patterns.compile(r"\d+\.[A-Z]{1,3}")
_CLOSING_MARKS = frozenset((")", ",", ".", ";"))


def _alias_in_brackets(ent) -> bool:
    """A short form in brackets right after a capitalised name: "the International Criminal Court
    (ICC)", "Maghawir al Thawra (MaT)" (also where the model ran the closing bracket into the name,
    "(IPCC)," read as "IPCC),"), or a listing code after a company's name, "Globex Corp. (GLBX,
    6752.TO)" (GUIDE decision 432): the name just given, named once (decision 9)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "(" or not doc[ent.start - 2].text[:1].isupper():
        return False
    end = ent.end
    while end - 1 > ent.start and doc[end - 1].text in _CLOSING_MARKS:
        end -= 1
    alias = doc[ent.start : end].text.strip()
    if " " in alias:
        return False
    if end == ent.end and end < len(doc) and doc[end].text == ")":
        return True
    if not any(ch.isupper() for ch in alias[1:]):
        return False  # ("Yes (Forbes), she did.": an outlet's credit in brackets, GUIDE decision 385, no short form)
    if ")" in doc[end : ent.end].text:
        return True
    # "(GLBX, 6752.TO)": the listing code on a second exchange, a number with the exchange's letters after a point
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 2].text == ")"
        and any(ch.isdigit() for ch in doc[end + 1].text)
        and "." in doc[end + 1].text
    )


def _place_after_in(ent, bare: str, ctx: Context) -> bool:
    """A name after "in" that no word marks as a body ("in the Senate", "in District Court" are
    bodies), that does nothing in the text, and that the article has not named as a body or person."""
    lex = words()
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "in" or acts(ent):
        return False
    if _bodys_noun(bare.split()[-1].lower()):
        return False
    head_of_name = bare.split(" of ")[0].split()[-1].lower()
    complement = bare.split(" of ", 1)[1].split()[0].lower() if " of " in bare else ""
    if head_of_name in lex.chambers and complement not in lex.chamber_complements:
        pass  # "held in the House of Blues": a venue (decisions 590(b), 622), not "the House of Representatives"
    elif " of " in bare and (_bodys_noun(head_of_name) or head_of_name in lex.body_kind_nouns):
        return False  # "debated in the House of Representatives", "in the Council of Europe": the name's head is a body's noun
    # ("served in the US Air Force": a body named by its country, which no place's name opens with)
    national = " " in bare and bool(country_of_text(bare.split()[0]))
    named = national or bare in lex.orgs or bare in lex.companies or bare in ctx.orgs
    return not (named or bare in ctx.persons or clean_name(ent.text) in ctx.persons)


def _entity(ent, ctx: Context, found: list, places: list) -> str | None:
    """The actors (and places) one named entity gives; the path that gave them, for `find_actors`'s trace (None: one
    of `_entity_actors`'s specific rules)."""
    before = len(found)
    path = _entity_actors(ent, ctx, found, places)
    if len(found) == before and ent.label_ in ("ORG", "PRODUCT", "PERSON"):
        owner = _known_owner_in(ent, ctx)
        if owner:
            # "Google’s Gemini AI": a known body the model ran into the name of a thing it owns, which names no
            # actor, is an actor as a possessive owner (GUIDE decision 54; "NASA’s Office of the Inspector
            # General" is itself a body, listed whole)
            found.append((ent.start_char, Actor(owner, "organization", words().orgs.get(owner) or ctx.orgs.get(owner))))
            return "known_owner"
    return path


def _entity_actors(ent, ctx: Context, found: list, places: list) -> str | None:
    """The actors (and places) one named entity gives, read as one name; the path that gave them where it is the
    gazetteer's countries, a lexicon's body, a title's person or one of DEFAULT_PATHS (the model's own ORG or PERSON
    label with generic cleaning); None where a specific rule above decided."""
    g = gazetteer()
    lex = words()
    label, bare = ent.label_, _entity_text(ent)
    if label in ("PERSON", "ORG") and _title_before_a_name(ent):
        return  # "Atlanta firefighter Sgt. Jo Reed": the model's name of the title alone, no actor (the name's own follows)
    if label in ("ORG", "GPE", "LOC") and _taken_into_the_name_before(ent):
        return  # "the U.S. Agency for" + "International Development": the rest of the body's name read before
    owned = _company_before_what_it_owns(ent, ctx) if label in ("ORG", "PERSON", "PRODUCT") else None
    if owned is not None:
        # "Globex’s Jump", "Dell’s EMEA Cloud Partners business": a body's possessive the model ran into the name of a
        # thing or a unit it owns; the owner is an actor (GUIDE decision 54), its unit a body (decision 447)
        found.extend((ent.start_char + k, actor) for k, actor in enumerate(owned))
        return
    if label == "ORG" and len(ent) == 1:
        body = _heads_body_before_a_post(ent)
        known = ctx.persons.get(bare) if body is not None else None
        iso3 = (known.country if known else _office_holder(bare)) if body is not None else None
        if body is not None and (known is not None or iso3 is not None):
            # "A Biden administration adviser", "Trump campaign officials": a person's name the model took for a
            # body, before the body named after them and a post; the body alone (GUIDE decision 427)
            _government(ent, body, iso3, ctx, found)
            return
    if label == "ORG" and len(ent) > 1 and ent[0].lower_.rstrip(".") in lex.titles:
        known = ctx.persons.get(" ".join(t.text for t in ent[1:]))
        if known is not None:
            # "Pope Tawadros" after "Tawadros II": a title before a person the text named, which the model took for a
            # body; that person
            found.append((ent.start_char, Actor(known.name, "person", known.country)))
            return
    holder = _post_holder_after_a_name_rest(ent) if label == "ORG" else None
    if holder is not None:
        _person(holder, ctx, found)  # "… for" + "International Development Administrator Samantha Power": the post's holder
        return
    if label in ("PERSON", "ORG", "NORP", "GPE", "PRODUCT") and _abbreviated_genus(ent):
        return  # "N. vitripennis", "E. coli": a species named by its genus's initial, a kind of being, no party (decision 428)
    if label in ("PERSON", "ORG", "PRODUCT") and _scale_of_degrees(ent):
        return  # "2 degrees Fahrenheit", "40 degrees Celsius": a temperature scale the model calls a body, a measure (453)
    if label in ("PERSON", "ORG", "PRODUCT", "GPE", "NORP", "LAW") and _a_bills_number(ent):
        return  # "SB 478 requires …", "comply with HB 1205": a bill by its letters and number, a law, no actor (decision 12)
    if label in ("PERSON", "ORG") and _extent_of_a_known_place(ent, bare):
        places.append(bare)  # "As Greater Sydney comes to grips with …", "Metro Vancouver": a place the model took for a person
        return
    if bare.casefold() in lex.disease_names or (bare.casefold() in lex.disease_names_bodies_bear and not acts(ent)):
        # "the treatment of COVID-19", "a girl with Covid", "Sars-CoV-2 was found": an illness (or the virus behind it) the
        # model calls a body or a person; a disease is no participant (the actors section), whatever the clause has it do
        # ("Ebola killed …"); "SARS said …" is the revenue service
        return
    if bare in lex.ambiguous_demonyms and not _a_peoples_reading(ent):
        return  # "Kiwis are rich in vitamin C": the fruit or the bird, no country's people (GUIDE decision 318)
    half = _divided_countrys_half(ent[0], ctx) if len(ent) == 1 else None
    if half is not None:
        found.append((ent.start_char, Actor(ent[0].text, "country", half)))
        return  # "the North warned …" beside North Korea: that state, named as written (GUIDE decision 196)
    government = _government_named_by_its_place(ent) if label in ("GPE", "LOC", "ORG") else None
    if government is not None:
        # "The city of Brookfield is building …", "charges brought by the state of Nebraska": the government of
        # the place, an organisation named as written (GUIDE: places are no actors unless they act); read first, as
        # the model may call the place a body and products.py a place listed under its kind
        found.append((ent.start_char, Actor(f"{government.lower_} of {bare}", "organization", _place_country(bare))))
        return
    dotted = _dotted_known_body(bare) if label in ("GPE", "LOC", "NORP", "PERSON", "FAC") else None
    if dotted is not None:
        # "the F.B.I. arrested …", "an F.D.A. plan": a well-known body by its dotted acronym, which the model calls a
        # place or a person (GUIDE actors: agencies are organisations)
        found.append((ent.start_char, Actor(dotted, "organization", _known_body(dotted + "."))))
        return
    team = _team_by_place_and_nickname(ent, ctx)
    if team is not None:
        # (read before the readers of persons, places and buildings, which would take the town or the whole for theirs)
        found.append((ent.start_char, Actor(team, "organization", _team_country(team, ctx))))
        return
    if label in ("PERSON", "ORG") and _character(ent, bare, ctx):
        return
    if _names_an_award(ent, bare):
        # "the Heisman Trophy", "an Oscar-winning actress", "an Academy-Award nominee": a prize, which the model
        # calls a person or a body, is a thing, no actor (GUIDE decisions 12, 106); the body that gives it, where
        # the model ran it into the name, still is (decision 110's event runners: "the NBA MVP Award")
        _event_runners(ent, ctx, found)
        return
    if label in ("ORG", "PERSON", "GPE") and _award_by_its_first_word(ent, bare, ctx) and not acts(ent):
        # "Not all of us win a Heisman" after "the Heisman Trophy", "three Grammys": the prize by its short form, a thing
        # (decision 12)
        return
    if label in ("ORG", "PERSON", "PRODUCT") and clean_name(ent.text) in ctx.named_kinds:
        return  # "a gene called Zorbin", "a region called Q12", "the cloud, known as Q7" (products.py): no actor (decision 12)
    if label in ("ORG", "PERSON") and _named_after(ent):
        # "Down's syndrome", "Edward syndrome", "the Decoy effect": a condition, a finding or a rule named after
        # someone or something, which names the thing, no participant (GUIDE: actors; decision 12's things)
        return
    if label in ("ORG", "PERSON", "PRODUCT", "GPE", "LOC") and bare in ctx.firms_products:
        if _modifies_a_noun_for_a_thing(ent):
            return  # "the new Lumen feature", "Globex's Lumen map app": the product inside its own designation (decision 942)
        # "a design lead at Lumen", "Lumen's map app": the firm's unit that makes and runs the product, a body
        # (decision 942), also where the model calls the name a person or a place
        label = "ORG"
    state_acting = False
    if (
        (label in ("ORG", "PERSON") and clean_name(ent.text) in ctx.products)
        or _heavenly_body(ent, bare)
        or bare in lex.geologic_time_names  # "the Oligocene": a span of time the model calls a person
        or _names_a_term(ent, bare)
    ):
        # "Stadia", "Europa": the article calls it a thing (products.py); "Jupiter", "the Big Bang" (also
        # where the model calls it a place and the place acts: "Jupiter's Ganymede"); "EV", "IPO": terms
        owner = _owner_in(ent, ctx)
        if owner:
            # "Ascom’s Unite Connect": the model ran the owner into its product's name (GUIDE decision 54)
            found.append((ent.start_char, Actor(owner, "organization", ctx.orgs[owner])))
        else:
            _event_runners(ent, ctx, found)  # "the 2013 NBA Finals gets underway": the body that runs it (GUIDE decision 110)
        return
    if label == "ORG" and _quote_taken_via(ent):
        # '“…,” Lynn said, via the Los Angeles Times': the outlet a quote was taken from (GUIDE decision 36), no
        # actor, but a country in its name ("via USA Today") still tells where the story is set, as a body's does
        country = lex.orgs.get(bare) or _country_in(ent, ctx)
        if country:
            ctx.countries[country] += 1
        return
    if label == "ORG" and _opens_a_products_name(ent, ctx):
        return  # "Google Stadia arrives …": a company named only inside its product's name (GUIDE decision 47)
    if label in ("ORG", "PERSON", "NORP", "GPE") and bare in lex.companies and _names_the_make(ent) and not acts(ent):
        return  # "a brand new AMD graphics card", "the Verizon service": the company as the make of a thing (GUIDE decision 47)
    if label in ("ORG", "PERSON", "NORP", "GPE") and _maker_not_acting(ent, ctx):
        return  # "a Zorbly phone", "Zorbly fairs", "uploaded to Zorbly": a maker the article lists among bodies (decision 628)
    if (
        label in ("ORG", "PERSON", "NORP", "GPE")
        and bare in lex.companies
        and _make_before_a_things_name(ent.doc, ent.start, ent.end, ctx)
        and not acts(ent)
    ):
        return  # "Google Now", "the Samsung Galaxy S4": the company opening its product's name (GUIDE decision 47)
    if (
        label in ("ORG", "PERSON", "NORP", "GPE")
        and bare in lex.companies
        and _make_before_its_models_number(ent)
        and not acts(ent)
    ):
        return  # "the Airbus A320 crashed", "another Boeing 777": the make inside one craft's name (GUIDE decision 47)
    if label in ("ORG", "PERSON") and _before_its_kind_noun(ent) and not acts(ent):
        return  # "the Zorbix gene", "the Kestrel river", "the Glimmo app": the name of a thing its noun says it is (decision 12)
    if (
        (label == "ORG" or (label in ("PERSON", "GPE") and bare in lex.companies))
        and (_channel(ent) or _yardstick(ent))
        and not acts(ent)
    ):
        # "listens to TuneCo", "hosted through CloudCo"; "like StreamCo and TuneCo, it is cheap": a company's name standing
        # for its service, reached through or compared with, no actor (GUIDE decision 243)
        return
    if label in ("ORG", "PERSON") and bare in lex.platforms and _on_a_platform(ent):
        return  # "on Instagram", "a professional Instagram account": where things are posted (GUIDE decision 19)
    if label in ("ORG", "PERSON", "FAC") and _venue_as_a_place(ent, bare) and not acts(ent):
        return  # "a protest at Brannock Gate", "the draft moved to Globex Studios": a building or landmark (decision 622)
    if label in ("ORG", "PERSON", "PRODUCT") and (_in_a_venue(ent) or _journal_published_in(ent)):
        # "published in the journal Open Letters", "published in the Journal of Kestrel Studies", "in the June issue of
        # Kestrel Affairs": where a work appeared, no actor (GUIDE decisions 19, 83)
        return
    if label != "ORG" and (bare in lex.companies or bare in lex.platforms):
        # "Netflix" (a place to the model), "Ubisoft" (a person), "Instagram" (a nationality): a well-known company is a
        # body wherever it is named, except where something is posted or watched ("on Netflix", GUIDE decision 19)
        if _posted_on(ent.root) or (bare in lex.platforms and _on_a_platform(ent)):
            return
        label = "ORG"
    if label in ("GPE", "LOC") and bare in ctx.orgs and ent.sent.start == 0 and _SCORE_LINE.match(text_of(ent.doc)):
        # "Wild 4, Sabres 1: … and Minnesota beat Buffalo.": the result's sentence restates by place the teams
        # its score line names (GUIDE: each participant once)
        return
    if label == "GPE" and _team_by_its_plural_nickname(ent, bare, ctx):
        # "the Pirates appear to …", "the Herons' offer": in a sports report a plural proper name after "the" that names
        # no place the gazetteer knows is a team by its nickname, which the model took for a place (GUIDE decision 36)
        found.append((ent.start_char, Actor(bare, "organization", ctx.orgs.get(bare))))
        return
    if label in ("GPE", "LOC") and (_team_place(ent, bare, ctx) or _side_in_sport(ent, bare, ctx)):
        # "Eastern Michigan rolled past …", "scored for Detroit": a place the article names as a team
        # (note_teams) is that team, an organisation with the place's country (GUIDE decisions 36, 41).
        country = ctx.orgs[bare] if bare in ctx.orgs else _place_country(bare)
        found.append((ent.start_char, Actor(_team_name(ent, bare), "organization", country)))
        return
    if label in ("ORG", "PERSON", "PRODUCT") and a_version_of(ent) and not acts(ent):
        return  # "a premium version of Zorbcast", "the US version of the Brixel I own": a product, even a company's name
    if label in ("ORG", "PERSON") and _possessive_title(bare) and not acts(ent):
        return  # "My Struggle", "My New Order": a book's, film's or song's title opening with a possessive, no one's name
    if _learned(ent.root) and not acts(ent) and not any(_known_place(part) for part in bare.split("-")):
        # "I learned Java/JSP, Python …", "I teach art history and Critical Race Theory": subjects and skills
        # (not the countries one studies: "a political scientist who studies U.S.-Canada trade" names them)
        return
    if label in ("ORG", "PERSON") and _generic_people(bare) and not _surname_of_named_person(bare, ctx):
        return  # "Indigenous Peoples", "Latinx youth": a people in general, no actor (GUIDE: generic groups)
    if label in ("ORG", "PERSON", "NORP") and _town_residents(bare):
        return  # "For Delhiites, breathing the air …": a town's people in general, no actor (GUIDE: generic groups)
    if label in ("ORG", "PERSON") and _lettered_label(bare, ctx):
        return  # "Group D", "Path A": a draw's or list's label, no body or person
    if label in ("ORG", "PERSON") and _kind_noun_alone(ent, bare):
        return  # "the Foundation" after "the Harlow Arts Foundation", "the Agency's": a description, no body's name
    if label == "ORG" and _names_an_index(ent, bare):
        return  # "the Harbour 100 Index rose", "the Kestrel Composite": a market index, a measure, no actor (decision 453)
    if label in ("ORG", "PERSON") and bare.lower().replace("’", "'") in lex.creed_adjectives:
        # "Shi'ite areas", "the Sunni bloc", "the Alawite branch": a faith or current the model marks as a body or a
        # person, no actor (GUIDE: actors)
        return
    if label in ("ORG", "PERSON") and " " not in bare and bare.lower() in lex.event_name_words:
        return  # "the Finals", "Worlds 2023": an event named by one word, no body (GUIDE decisions 12, 118)
    if label in ("ORG", "PERSON") and " " not in bare and _the_event_alone(ent, bare):
        return  # "the Derby", "10 Derby winners": the event named by its last word alone (not "City beat Derby")
    if label in ("ORG", "PERSON") and _named_event(ent, bare):
        # "the Kestrel Derby", "the Harlow Cup": an event's name, which ends in the word for its kind, no body (GUIDE
        # decisions 12, 118); a body's short form inside it runs the event (decision 110: "the KFA Cup"), and so does
        # a body's name before the word ("the Harlow Rotary Club Marathon", decision 647)
        _event_runners(ent, ctx, found)
        return
    if (
        label in ("ORG", "PERSON")
        and all(word.lower().rstrip(".") in lex.titles for word in bare.split())
        and bare not in ctx.persons
    ):
        return  # "Lt Col", "Cmdr", "COO": a title the model took for a name (not "King" of "Kevin King")
    if label in ("ORG", "PERSON") and _in_quoted_title(ent):
        return  # 'performed “Takin’ It to the Streets”', 'the “Never Trumpers”': a title or a label in quotes
    if label == "ORG" and _alias_in_brackets(ent):
        named = entity_of(ent.doc[ent.start - 2])
        if named is not None and bare not in ctx.orgs:
            # (the short form carries the name's country to its later mentions and to the people of the body:
            # "a marine biologist at UGA" after "the University of Georgia (UGA)")
            ctx.orgs[bare] = lex.orgs.get(_entity_text(named)) or ctx.orgs.get(_entity_text(named))
        return  # "Sierra Nevada Corporation (SNC)": the name just given, not another body
    if label in ("ORG", "PERSON") and _place_after_in(ent, bare, ctx) and not (label == "PERSON" and _given_name_first(bare)):
        # (not a person named in full: "a powerful ally in Donald Trump")
        places.append(bare)  # "the base in al-Tanf", "a restaurant in Woking": a place the model took for a body
        return
    if label == "ORG" and _conveyed_to(ent, bare, ctx):
        places.append(bare)  # "taken by ambulance to Taylorville Memorial Hospital", "a trip to Walter Reed": where one is taken
        return
    if label in ("ORG", "PERSON") and _town_after_age(ent):
        places.append(bare)  # "Jayden F. Snow, 22, Pana, was arrested": a police log's home town after the age
        return
    if label in ("PERSON", "ORG") and _seat(bare) and _posted_to(ent.root):
        label = "GPE"  # "special envoy to Kyiv": a seat of government the model calls a person, after a post
    if label == "PERSON" and _body_in_a_persons_description(ent, bare):
        label = "ORG"  # "a neuroscientist at the University of Harlow who …": a body, the model's person before a "who" clause
    if label in ("PERSON", "FAC", "GPE", "LOC") and _publishers_one_word(ent, bare, ctx):
        label = "ORG"  # "Eurogamer's review", "Ritzau's report": the outlet that published it, which the model calls a person
    elif label in ("FAC", "GPE", "LOC") and (_spoken_to(ent.root) or _according_to(ent.root)) and not _known_place(bare):
        # "told MetroTV", "an interview with Le Figaro" (GUIDE decision 292), "according to Nielsen" (decisions 2, 34):
        # the outlet or body spoken to or credited with a report, which the model calls a place or a building (not
        # "reports from" a town)
        label = "ORG"
    elif (
        label == "ORG"
        and (bare in ctx.persons or (ctx.by_family_names(bare) is not None and _name_shaped(bare)))
        and bare not in ctx.syllable_first_words  # ("Ford" after "Ford Lee Dunn": the model's body, no syllable alone)
        and bare not in lex.orgs
        and not country_of_text(bare)
    ):
        # "Carlineo", "De Santis" (after "Luca De Santis"): a person the article named before, which the model now calls
        # an organisation (not "Trump Foundation" after a "Donald J. Trump Foundation" the model took for a person)
        label = "PERSON"
    elif label == "ORG" and _office_holder(bare) and _title_before(ent) and not modifies_a_noun_after(ent):
        # "President-elect Trump", "Chancellor Merkel": a well-known office-holder (persons.json) named by the office,
        # which the model calls an organisation; later mentions are the person named before (above). (Not "the Trump
        # campaign"; nor a bare "Trump" the article never titles, whose country the gold leaves out, decision 28.)
        label = "PERSON"
    elif label == "ORG" and (_given_name_first(bare) or _country_then_name(bare)[0] or _countrys_own(ent, bare, ctx)):
        # "Marcelo Claure", "Diego Schwartzman": a person the model calls an organisation (also with a
        # country run into the name, "ambassador to Ukraine Marie Yovanovitch", or before it, "Serbia’s
        # Novak Djokovic")
        label = "PERSON"
    elif label in ("ORG", "PRODUCT") and _in_a_persons_slot(ent, bare, ctx):
        label = "PERSON"  # "Pittsburgh quarterback Mason Rudolph", "Marcel Granollers and Feliciano Lopez"
    elif label in ("ORG", "PERSON", "PRODUCT") and bare in ctx.orgs:
        label = "ORG"  # an organisation the article named before, which the model now calls a person or a product
    elif (
        label == "NORP"
        and bare in ctx.orgs
        and bare not in lex.armed_services  # ("1,000 Marines": the service's members, below)
        and not country_of_text(bare)
        and _plural_marked_alone(ent.root)
    ):
        label = "ORG"  # "The Islanders trailed": a team by its nickname (note_teams), which the model calls a people
    elif label in ("PRODUCT", "GPE", "LOC") and _described_as_a_body(ent):
        label = "ORG"  # "Google has bought CloudSimple, a startup that …": a body by its own description
    elif (
        label != "PERSON"
        and bare in ctx.persons
        and bare not in ctx.syllable_first_words
        and not country_of_text(bare)
        and not (_first_word_of_a_known_name(bare, ctx) and _no_persons_slot(ent.doc, ent.start, ent.end))
    ):
        label = "PERSON"  # "McKinley", "Noem": a person the article named before, which the model now calls a place
    elif label in ("GPE", "LOC") and _listed_with_bodies(ent, bare, ctx):
        label = "ORG"  # "NASA awarded task orders to Astrobotic, Intuitive Machines and OrbitBeyond"
    elif label in ("GPE", "LOC") and bare in _subdivisions() and _state_acts(ent):
        # "California is raising its minimum wage", "South Dakota can lead the country": a state that acts (only
        # where it acts: "workers in places like Connecticut" later stays a place)
        label, state_acting = "ORG", True
    elif label in ("GPE", "LOC") and (bare in ctx.orgs or acts(ent)) and not _known_place(bare):
        # "Jefferies analyst X", "vice president at Ubisoft", "Alden announced": a body with people of
        # its own, or named as one before, which the model calls a place.
        label = "ORG"
    if label == "PERSON" and _party_by_its_members(bare):
        label = "ORG"  # "Democrats", "Virginia Democrats" (a given name first): a party named by its members, no person's surname
    if label == "NORP" and bare in lex.armed_services and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the":
        label = (
            "ORG"  # "changes to the Marines": the service, a body, which the model calls a group ("1,000 Marines": its members)
        )
    state_of = lex.shared_state_names.get(bare)
    if state_of and label in ("GPE", "LOC") and _a_states_name_here(ent, bare, state_of, ctx):
        # "rural south Georgia" in a story set in the US, "Arizona, Georgia, Nevada": the state, not the country
        # of that name; a place, or its government where it acts, like any state (the actors section)
        ctx.countries[state_of] += 1
        if _state_acts(ent):
            found.append((ent.start_char, Actor(bare, "organization", state_of)))
        return
    state_of = lex.seat_state_names.get(bare)
    if state_of and label in ("GPE", "LOC") and _listed_with_states_of(ent, bare, state_of, ctx):
        # "Washington and Colorado legalized …": a seat's name listed with its country's states is the state of that
        # name, not the government the seat stands for; an organisation where it acts, else a place
        if _state_acts(ent):
            found.append((ent.start_char, Actor(bare, "organization", state_of)))
        return
    iso3 = country_of_text(bare)
    if label == "ORG" and bare in g.country_names and bare not in lex.orgs:
        label = "GPE"  # "England (Group A": a country's name alone, which the model calls a body
    elif label in ("ORG", "PERSON") and iso3 and " " not in bare and bare.endswith("s") and bare in g.demonyms:
        label = "NORP"  # "Danes write …": a country's people by their plural demonym, which the model calls a body
    if not iso3 and "-" in bare and bare.split("-")[0].lower() in lex.heritage_prefixes:
        return  # "African-Americans", "an African-American candidate": a people of the country by origin, no country
    if not iso3 and "-" in bare:
        # "Kyrgyz-Tajik border guards", "Franco-German": each part is a country.
        parts = [country_of_text(part) for part in bare.split("-")]
        if all(parts) or label in ("NORP", "GPE"):
            for part in filter(None, parts[1:]):
                found.append((ent.start_char, Actor(g.display(part), "country", part)))
            iso3 = parts[0]
            label = "GPE" if label == "ORG" and iso3 else label
    locative = ent.root.dep_ == "pobj" and ent.root.head.lower_ in words().locative
    city = _city_opened_by(ent.doc, ent.start, ent.end) if label == "NORP" else None
    if city:
        places.append(city)  # "the Spanish Town Police Station": the demonym opens a town's name, no country
        return
    if iso3 and label != "ORG" and len(ent) == 1 and bare not in g.country_names and _names_a_language(ent.root):
        return  # "in Danish", "the Danish alphabet", "German-style spelling": a language or a manner (GUIDE decision 219)
    if iso3 and label != "ORG":
        _country(ent, iso3, locative, bare in g.country_names, ctx, found, places)
        return "country_gazetteer"
    elif label == "PERSON":
        before = len(found)
        _person(ent, ctx, found)
        if len(found) > before and found[-1][1].type == "person":
            # (a title before the name, "Mayor X", or a label the rules above changed, is a rule's decision)
            default = ent.label_ == "PERSON" and not found[-1][1].role and bare not in ctx.spared_names
            return "entity_person" if default else "person_rule"
    elif label in ("ORG", "FAC") or bare in lex.metonyms or (label == "NORP" and bare in lex.orgs):
        # (NORP: "the Democrats", "the Tories": a party the model calls a group, claims.json's orgs)
        whole = _party_named_with_the_word_before(ent) if bare in lex.orgs else None
        if whole is not None:
            # "the Christian Democrats", "the Liberal Democrats": the model's name lacks the word that opens it
            found.append(whole)
            ctx.orgs.setdefault(whole[1].name, whole[1].country)
            return "org_rule"
        if (
            label == "FAC"
            and bare not in lex.metonyms
            and not _institution_named(bare)
            and not (_body_named_for_its_field(bare) and _employs_or_acts(ent))
        ):
            # (not "the Ecuadorean Embassy", "the National Security Council": a body by its own kind noun, which the
            # model calls a building; nor "a fellow at the Center for a New American Security", a body named for its field
            # where it employs someone or acts, not "held at the Anna Ruiz Center for Worship", a venue: GUIDE decision 622)
            return
        if "=" in bare or not any(ch.isalpha() for ch in bare) or _LISTING_CODE.fullmatch(bare):
            return  # a ticker ("GBP=", "7203.TO": a number and its exchange's letters) or a number
        if bare == bare.lower() and not any(ch.isdigit() for ch in bare):
            return  # "the potential exchange", "air sacs": common words, no name (not "my6sense")
        if _counted_by_article(ent):
            return  # "an IPO", "a CT of his chest", "an Xbox": one of a kind of thing, no body
        if _home_after_age(ent) or _based_in(ent) or _city_of_a_persons_post(ent[0]):
            # "Tays, 32, of Franklin", "an Amritsar-based agent", "Lyon's mayor, X": a place the model took for a body
            places.append(bare)
            return
        if _place_name(ent, bare) and bare not in ctx.described_bodies and not state_acting:
            # (not "Square, a company that …", nor a state that acts: "Rhode Island: It is the latest state to …")
            return  # "the Rukban camp", "Caldwell Place", "at the Statehouse": a place the model took for an organisation
        if _portfolio(ent, bare):
            return  # "Secretary of State Mike Pompeo", "Energy Secretary Rick Perry": part of a title
        if _section_at_a_body(ent, bare):
            return  # "vice president of Advanced Development Programs at Blue Origin": the post's field, not a body
        if (
            " " not in bare
            and not bare.isupper()
            and bare.lower() in ctx.lower_words
            and bare not in lex.orgs
            and bare not in lex.armed_services  # "the Army" beside "a second land army"
            and bare not in ctx.described_bodies  # "Square, a company that …" beside "the portrayals square"
            # "Pebble announced that …" beside "smooth as a pebble": a body that reports (not "since the Pebble launched",
            # the thing, as "the" before a common word's capital tells)
            # "rival Apple", "Apple said …" beside "an apple": a known company, at a sentence's start too; neither where
            # the name stands for its goods ("Apple headphones", "running with Acorn": GUIDE decision 628)
            and not (
                (bare in lex.companies or (bare in ctx.speaking_names and not _after_the(ent)))
                and not _stands_for_goods_here(ent)
            )
        ):
            return  # "Schedule", "Customs": a word the article also writes in lower case names no body
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if (
            before is not None
            and before.like_num
            and bare.isupper()
            and len(bare) <= 3
            and bare not in lex.orgs
            and not (before.tag_ == "JJ" or before.ent_type_ == "ORDINAL")
        ):
            # "3 GW", "20 MW": a unit after a number (not a known body, "12 NBA seasons", nor after an ordinal, "his
            # fourth NFL season": the league the seasons are counted in, GUIDE decision 110)
            return
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if bare.isupper() and len(bare) > 5 and " " not in bare and after is not None and after.text in ("–", "—", "-", ":"):
            return  # "ARRESTS –", "ACCIDENT:": a police log's heading, not an organisation
        if _call_in_capitals(ent, bare):
            return  # "SPEND a day in the country …", "GET OUT and VOTE on November 5th": a call, no body
        if _interjection(ent):
            return  # "Shit, run!", '“Shit, man, I ain’t never read that book.”': an exclamation, no body
        country = (
            lex.orgs.get(bare)
            or lex.metonyms.get(bare)
            or _known_body_country(bare, ctx)
            or _country_in(ent, ctx)
            or _country_in(_where_based(ent), ctx)
        )
        if not state_acting:
            ctx.orgs.setdefault(bare, country)
            stem = _without_web_domain(bare)
            if stem:
                ctx.orgs.setdefault(stem, country)  # "Edmunds' analyst" after "Edmunds.com": the body by its own name
        if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
            ctx.org_by_noun[ent.root.head.lemma_.lower()] = bare  # "The group, WeWorkers Coalition, …"
        if country:
            ctx.countries[country] += 1  # "the White House", "NASA": the setting, as a country named
        elif placed := _placed_at_hosts_country(ent, ctx):
            # ("the Center for Coastal Policy at the University of Harlow, Kent": the host's country, counted at the host)
            country = placed
            if not state_acting and not ctx.orgs.get(bare):
                ctx.orgs[bare] = country
        found.append((ent.start_char, Actor(_with_head(ent, bare), "organization", country)))
        if bare in lex.orgs or bare in lex.metonyms or bare in lex.companies:
            path = "org_lexicon"
        else:
            path = "entity_org" if label == ent.label_ == "ORG" and bare not in ctx.spared_names else "org_rule"
        if (
            (
                ent.root.dep_ in ("nsubj", "nsubjpass")
                or (ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass"))
            )
            and not _quoted(ent)
            and not _reports_the_story(ent)
        ):
            # (also "The group …, Big Machine, says"; not a subject inside a quote: in '"…, the Vortex Hub is designed to …," it
            # said', the tag's "it" is the body that spoke before, not the product its words name)
            ctx.note_org(bare)
        return path
    elif label in ("GPE", "LOC"):
        _count_setting(bare, ctx)
        seat = _seat(bare)
        if seat and _of_a_towns_part(ent):
            places.append(bare)  # "the city center of Amsterdam", "185 miles northwest of Beijing": the town, a place
        elif seat and _seat_named_as_a_town(ent, ctx):
            places.append(bare)  # "Seoul and Daejeon face lows", "Moscow's Manezh Square", "the capital Prague": the town
        elif seat and ent.root.dep_ in _ACTING and not locative:
            found.append((ent.start_char, Actor(g.display(seat), "country", seat)))
        elif seat and _posted_to(ent.root):
            # "the former envoy to Kyiv", "China's ambassador to London": the state a post serves, named by its seat of
            # government, is listed as that country (GUIDE decision 9: the post's own country is the person's)
            found.append((ent.start_char, Actor(g.display(seat), "country", seat)))
        elif seat and (_dealt_with_from(ent.root) or _subject_the_parse_joined(ent)):
            # "act independently from Washington", "a vote of confidence from Beijing"; "… reached 1.6 GW and Seoul
            # plans to …", where the parse joins the seat to the clause's subject before: the seat is the government
            found.append((ent.start_char, Actor(g.display(seat), "country", seat)))
        elif seat and _joined_to_a_government(ent.root):
            # "differences between Moscow and Washington", "leverage with both Tehran and Washington": a seat
            # joined by "and" to a government named as a party stands for its own government too
            found.append((ent.start_char, Actor(g.display(seat), "country", seat)))
        elif bare in g.cities and locative and bare not in places:
            places.append(bare)
        head = ent.root.head
        if (
            ent.root.dep_ in ("compound", "poss", "nmod")
            and head.lower_ in words().government_nouns
            and not _describes_a_named_body(head)
        ):
            _government(ent, head, seat, ctx, found)


def _extent_of_a_known_place(ent, name: str) -> bool:
    """ "Greater Sydney", "Metro Vancouver", "Upstate New York": a word for a place's extent (claims.json
    place_extent_words) before the whole name of a town or state the gazetteer knows: the wider place, which no
    person's or body's name is written as. A town or state that acts is its government ("Metro Vancouver announced
    …", "Upstate New York sued …", "the board of Metro Vancouver voted", GUIDE decisions 9, 788), kept. Not a compass
    word, which opens states' and universities' own names as often ("West Virginia", "Eastern Washington beat …")."""
    first, _, rest = name.partition(" ")
    if not rest or not first[:1].isupper() or first.lower() not in words().place_extent_words:
        return False
    if _a_bodys_place(ent):
        return False
    if rest in gazetteer().cities:
        # ("As Greater Sydney comes to grips with …": a place; "Metro Vancouver said …", "… announced new fees": a body)
        return not acts(ent) and not (ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in words().reporting)
    return rest in _subdivisions() and not _state_acts(ent)


def _a_bodys_place(ent) -> bool:
    """The place after "of" and a body's kind noun (claims.json body_kind_nouns): "The board of Metro Vancouver
    voted": the place's government, whose body acts (GUIDE decision 9)."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in words().body_kind_nouns


def _abbreviated_genus(ent) -> bool:
    """The name opens with a capital's initial and a period followed by a word in lower case ("N. vitripennis", "E.
    coli", "T. rex"): a species named by its genus's initial and its own word, which no person's or body's name is (a
    person's initial comes before a capitalised name: "J. Smith", and before a particle and a surname: "A. van Dijk",
    claims' name_particles); or one of the species news names so in any case or spacing ("E. Coli", "E.coli": claims.json
    genus_initial_species)."""
    doc = ent.doc
    words_ = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    written = ""
    for token in doc[words_[0].i : min(words_[0].i + 3, len(doc))] if words_ else ():
        written += token.lower_  # ("E." + "Coli", "E.coli", "E" + "." + "coli": whole words only, not "C. Diffenbaugh")
        if written in words().genus_initial_species:
            return True
    first = ent[0]
    if not (len(first.text) == 2 and first.text[0].isupper() and first.text[1] == "."):
        return False
    at = ent.start + 1
    after = doc[at] if at < len(doc) else None
    if after is None or not (after.is_alpha and after.is_lower and len(after) >= 3 and not after.is_stop):
        return False
    # ("A. van Dijk", "M. bin Salman": a particle, then the surname; a species' own word ends the name)
    return after.lower_ not in words().name_particles and not (at + 1 < len(doc) and doc[at + 1].is_title)


def _scale_of_degrees(ent) -> bool:
    """A temperature scale's name (claims.json temperature_scales) right after the lower-case noun "degree(s)" ("about 1
    degree Fahrenheit", "40 degrees Celsius"): a unit of measure, no actor (GUIDE decision 453), not "Fahrenheit himself
    set the point", nor another name after "degree" ("the law degree Harvard rarely awards")."""
    if len(ent) != 1 or ent.start == 0 or ent.text.lower() not in words().temperature_scales:
        return False
    before = ent.doc[ent.start - 1]
    return before.is_lower and before.lemma_ == "degree"


def _a_bills_number(ent) -> bool:
    """A bill's or a resolution's designation: a legislature's letters (claims.json bill_number_prefixes) and a number,
    inside the name ("SB 478", "HB-1205", "AB5") or right after it where the model left the number out ("SB" of "comply
    with SB 712"). A law is no actor (GUIDE decision 12); the letters alone ("HR said") stay what they are."""
    prefixes = words().bill_number_prefixes
    parts = ent.text.replace("-", " ").split()
    if not parts:
        return False
    head = parts[0].upper()
    if len(parts) == 1 and head not in prefixes:
        letters = head.rstrip("0123456789")
        return letters != head and letters in prefixes and len(head) - len(letters) <= 5  # "AB5"
    if head not in prefixes:
        return False
    if len(parts) == 2:
        return parts[1].isdigit() and len(parts[1]) <= 5
    doc = ent.doc
    return len(parts) == 1 and ent.end < len(doc) and doc[ent.end].is_digit and len(doc[ent.end]) <= 5


def _institution_named(
    bare: str, head_before: tuple[str, ...] = (), kind_nouns: frozenset | None = None, last_word: bool = True
) -> bool:
    """A name that ends in an institution's or a body's kind noun (claims.json institution_nouns, body_kind_nouns, or
    `kind_nouns` when given: "Ecuadorean Embassy", "National Security Council"), a body whatever the model calls it;
    with `head_before` (prepositions), a name whose head is the word before the first of them with words after it
    ("University of Harlow", "the Center for a Safer Coastline") counts too, and, without `last_word`, only such a name
    (not "the Harlow Center", a venue by its last word alone)."""
    parts = bare.split()
    if len(parts) < 2:
        return False
    if kind_nouns is None:
        lex = words()
        kind_nouns = lex.institution_nouns | lex.body_kind_nouns
    at = next((n for n, word in enumerate(parts[1:-1], 1) if word in head_before), None)
    if at is None and not last_word:
        return False
    head = parts[-1] if at is None else parts[at - 1]
    return head.lower() in kind_nouns


def _body_named_for_its_field(bare: str) -> bool:
    """ "the Center for a Safer Coastline", "the Harlow Centre on Ageing": a body's kind noun (claims.json field_body_nouns,
    body_kind_nouns, institution_nouns) before "for" or "on" and the field the body works in, the name of a research,
    policy or advocacy body (GUIDE actors: organisations), not a venue's ("the Harlow Center")."""
    lex = words()
    return _institution_named(bare, ("for", "on"), lex.field_body_nouns | lex.body_kind_nouns | lex.institution_nouns, False)


def _employs_or_acts(ent) -> bool:
    """ "a fellow at the Center for Coastal Studies", "Dana Roe, director of the Center for …", "who directs a program at
    the Center for …", "the Center for … said": a name that is the object of "at", "of", "from" or "with" after a person,
    a post or a verb of work (claims.json workplace_lemmas: the body a person works at or for, GUIDE decisions 36, 534),
    or the subject of a verb (the body acts or speaks); not a venue given only as where something happens ("the funeral
    will be held at the X Center for Worship", GUIDE decisions 29, 622). Any word of the name whose head lies outside it
    counts (the parser may hang the name's "for" on the word before the name)."""
    lex = words()
    for word in ent:
        if ent.start <= word.head.i < ent.end:
            continue
        if word.dep_ == "nsubj":
            return True
        if word.dep_ != "pobj" or word.head.lower_ not in ("at", "of", "from", "with"):
            continue
        described = word.head.head
        if (
            described.ent_type_ == "PERSON"
            or (described.dep_ == "appos" and described.head.ent_type_ == "PERSON")
            or _post(described)
            or (described.pos_ == "VERB" and described.lemma_ in lex.workplaces)
        ):
            return True
    return False


def _in_a_body_named_for_its_field(token) -> bool:
    """ "the François-Xavier Gauthier Center for Coastal Studies": a given name inside a building's entity that names a
    body for its field (`_body_named_for_its_field`, read as that body): part of the body's name, no person of its own."""
    named = entity_of(token)
    return named is not None and named.label_ == "FAC" and _body_named_for_its_field(_entity_text(named))


def _body_in_a_persons_description(ent, bare: str) -> bool:
    """ "Otto Brenn, also from the University of Harlow, who …", "a geologist at the Harlow Institute who …": a name
    headed by a body's kind noun (_institution_named) that is the object of "at", "from" or "of" in the description of a
    person, with a "who" clause after it, a body the model calls a person as it reads the clause as the name's (GUIDE
    decision 36); not a person's own name that ends in such a word ("the prize went to Kwame Court, who …")."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("at", "from", "of"):
        return False
    lex = words()
    if not _institution_named(bare, ("of",), lex.institution_nouns | lex.body_kind_nouns | lex.workplace_body_nouns):
        return False
    doc = ent.doc
    described = prep.head
    if not (
        described.ent_type_ == "PERSON"
        or (described.dep_ == "appos" and described.head.ent_type_ == "PERSON")
        or doc[prep.i - 1].ent_type_ == "PERSON"  # "said Dr Dana Roe from the …", the parser hanging "from" on "said"
    ):
        return False
    after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
    return after < len(doc) and doc[after].lower_ == "who"


_AWARD_AFTER = frozenset(("winning", "winner", "winners", "nominated", "nominee", "nominees"))


def _named_after(ent) -> bool:
    """The name just before a noun of a thing named after someone or something (claims.json eponym_nouns), or owning
    one with "'s" (possessive_eponym_nouns), or owning a title that ends in one (eponym_title_nouns): "Down's
    syndrome", "Edward syndrome", "Fermat's Last Theorem"; "the Decoy effect" only bare and for a name the model calls
    an organisation that is no known body (eponym_effect_nouns; "the Biden effect" is the person's, decision 106).
    Not "Inner Mongolia's disease prevention centre" or "Novartis's disease-modifying drug", where the noun only
    modifies another, nor "Trump's effect on the party" or "Apple's disorder", an owner (decision 54)."""
    doc = ent.doc
    lex = words()
    at = ent.end
    possessive = ent[-1].lower_ in ("'s", "’s")  # the model may run the "'s" into the name ("The Federal Reserve's")
    if not possessive and at < len(doc) and doc[at].lower_ in ("'s", "’s"):
        possessive = True
        at += 1
    noun = doc[at] if at < len(doc) else None
    if noun is not None and at + 1 < len(doc) and doc[at + 1].text == "-" and noun.whitespace_ == "":
        return False  # "disease-modifying": the first half of a hyphenated modifier
    if noun is not None and (
        (possessive and noun.lower_ in lex.possessive_eponym_nouns)
        or (not possessive and noun.lower_ in lex.eponym_nouns)
        or (
            not possessive
            and noun.lower_ in lex.eponym_effect_nouns
            and ent.label_ == "ORG"
            and clean_name(ent.text) not in lex.orgs
            and clean_name(ent.text) not in lex.companies
        )
    ):
        return not (noun.is_lower and noun.dep_ == "compound")
    head = ent.root.head
    # "Fermat's Last Theorem": the name owns a title that ends in such a noun (not "Trump's heart disease", a person's
    # own illness, nor a report's title-cased name, "Amazon's Effect On Small Shops")
    return (
        ent.root.dep_ in ("poss", "compound")
        and head.i >= ent.end
        and head.lower_ in lex.eponym_title_nouns
        and head.is_title
        and not (head.i + 1 < len(doc) and doc[head.i + 1].is_title)
    )


def _award_name(name: str) -> bool:
    """Two words or more that end in a prize's noun (claims.json award_nouns: "Heisman Trophy", "Stanley Cup",
    "Academy-Award"); not a body's name that goes on after it ("Beal Prize Committee")."""
    parts = re.split(r"[\s\-–]+", name.strip())
    return len(parts) >= 2 and parts[-1].lower() in words().award_nouns


def _names_an_award(ent, bare: str) -> bool:
    """A prize's name: `_award_name`, or a prize known by one word right before "-winning" or "-nominated" ("an
    Oscar-winning actress", "an Emmy-nominated writer"; not "Oscar Lindqvist", a given name)."""
    if _award_name(bare):
        return True
    doc = ent.doc
    return (
        bare.lower() in words().award_names
        and ent.end + 1 < len(doc)
        and doc[ent.end].text in ("-", "–")
        and doc[ent.end + 1].lower_ in _AWARD_AFTER
    )


_AWARD_OPENERS = _APPOSITIVE_OPENERS | {"another", "first", "second", "your"}  # "win a Heisman", "her second Pulitzer"


def _award_by_its_first_word(ent, bare: str, ctx: Context) -> bool:
    """One capitalised word after an article, a possessive or a count ("win a Heisman", "the Heisman experience", "her
    second Pulitzer", "three Grammys") that is a well-known prize's one-word name (claims.json award_names, also in
    the plural) or opens a prize's name the article writes in full ("the Heisman Trophy", "the Kestrel prize", "the
    Kestrel Book Prize"): the prize by its short form, a thing, no person or body (GUIDE decision 12). A person's
    surname takes an article only as a family's ("the Okafors", "the Okafor family"), which is left to the families'
    rules: the plural is read as a prize only for the well-known names, and a one-word name only where the article
    itself writes a prize with it."""
    if " " in bare or not bare[:1].isupper() or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.lower_ not in _AWARD_OPENERS and not (before.like_num and before.ent_type_ in ("", "CARDINAL")):
        return False
    lex = words()
    if bare.lower() in lex.award_names or (bare.endswith("s") and bare[:-1].lower() in lex.award_names):
        return True
    if bare.isupper() or bare in lex.orgs or bare in lex.companies:
        return False  # ("the FA" beside "the FA Cup", decision 110: the body inside its prize's or event's name)
    return bare in _prizes_first_words(ctx.text)


@lru_cache(maxsize=4)
def _prizes_first_words(text: str) -> frozenset[str]:
    """The first words of the prizes' names the article writes in full, once per article: up to three capitalised
    words before a prize's noun (claims.json prize_nouns), in either case ("the Kestrel Prize", "the Booker prize",
    "the Kestrel Book Award"), with no article ("The Kestrel Prize")."""
    found = set()
    for match in _prize_name_pattern().finditer(text):
        names = [w for w in match.group(1).split() if w not in ("The", "A", "An")]
        if names:
            found.add(re.sub(r"['’]s?$", "", names[0]))  # ("the Kestrel's prize")
    return frozenset(found)


@lru_cache(maxsize=1)
def _prize_name_pattern():
    nouns = "|".join(sorted(words().prize_nouns))
    return re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){1,3})(?i:" + nouns + r")s?\b")


def _character(ent, bare: str, ctx: Context) -> bool:
    """A fictional character the text tells from the person who plays it (GUIDE decisions 43, 78: no actor), noted
    for its later mentions: "Mara Vell (Anna Korsh)", "Mara Vell, a pilot (Anna Korsh)", "his role as Mara Vell",
    "the small role of reporter Mara Vell", "stars as Mara Vell", "Mara Vell, played by Anna Korsh", "the character
    Mara Vell"; then "Mara Vell" or "Mara" alone."""
    if bare in ctx.characters or (" " not in bare and bare in ctx.characters_words and bare not in ctx.persons):
        return True
    known = _known_character(ent, bare)
    if known:
        # "as Superman would", "Harry Potter's cloak", "Mr Bean": a widely known character by its own name (decision 43);
        # its surname then names it at later mentions ("Sherlock Holmes returns … Holmes solves the case")
        ctx.characters.add(bare)
        if " " in known and bare not in ctx.persons:
            ctx.characters_words.add(known.split()[-1])
        return True
    run_in = next((t.i for t in ent[1:-1] if t.text == "("), None)
    if run_in is not None and ent.doc[run_in + 1].text in words().given_names:
        # "Mara Vell (Anna Korsh": the model ran the player into the name; the entity stays (the player's name ends
        # it), the character before the bracket is noted
        bare = _strip_article(ent.doc[ent.start : run_in].text)
    elif not _plays_a_role(ent):
        return False
    ctx.characters.add(bare)
    ctx.characters_words.update(w for w in bare.split() if len(w) > 2 and w[:1].isupper())
    return run_in is None


_TITLES_PERIOD = re.compile(r"\b(Mr|Mrs|Ms|Dr|St)\.")


def _title_free_of_its_period(name: str) -> str:
    return _TITLES_PERIOD.sub(r"\1", name)


@lru_cache(maxsize=1)
def _known_characters() -> frozenset[str]:
    """claims.json known_fictional_characters, a title with or without its period ("Mr. Bean", "Mr Bean")."""
    return frozenset(_title_free_of_its_period(name) for name in words().known_fictional_characters)


def _known_character(ent, bare: str) -> str | None:
    """The widely known character the entity names, also with the title or first name the model left before it ("Mr
    Bean", "Dr Jekyll", "Sherlock Holmes" of an entity "Bean", "Jekyll", "Holmes")."""
    known = _known_characters()
    name = _title_free_of_its_period(bare)
    if name in known:
        return name
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text[:1].isupper():
        name = _title_free_of_its_period(f"{before.text} {name}")
        if name in known:
            return name
    return None


def _plays_a_role(ent) -> bool:
    lex = words()
    doc = ent.doc
    if ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")":
        return False  # "Mara Vell (Anna Korsh)": the player in brackets
    if _bracketed_player(doc, ent.end) or any(
        child.dep_ == "appos" and child.i > ent.root.i and not child.ent_type_ and _bracketed_player(doc, _bracket_after(child))
        for child in ent.root.children
    ):
        return True  # "Mara Vell (Anna Korsh)", "Mara Vell, a pilot (Anna Korsh)"
    played = doc[ent.end + 1] if ent.end + 2 < len(doc) and doc[ent.end].text == "," else None
    if played is not None and played.tag_ == "VBN" and played.lemma_ in lex.role_lemmas and doc[played.i + 1].lower_ == "by":
        return True  # "Mara Vell, played by Anna Korsh"
    if any(child.dep_ == "appos" and child.i > ent.root.i and _played_by(child) for child in ent.root.children):
        return True  # "Mara Vell, the jazz singer played by Anna Korsh"
    first = _first_of_its_list(ent.root)
    if (first.dep_ == "appos" and first.head.lemma_ == "character") or (
        first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_ == "character"
    ):
        return True  # "the main characters—Mara and Teo", "the characters of Mara and Teo"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in lex.role_nouns and before.i in {t.i for t in ent.root.children}:
        return True  # "the character Mara Vell"
    node = ent.root
    while node.dep_ in ("compound", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "as":
        owner = node.head.head
        if owner.lemma_ in lex.role_nouns or (owner.pos_ == "VERB" and owner.lemma_ in lex.role_lemmas):
            return True  # "his role as Mara Vell", "stars as Mara Vell"
    verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ in ("around", "on") else node.head
    if (
        node.dep_ in ("dobj", "pobj")
        and verb.lemma_ in lex.plot_lemmas
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.story_nouns for c in verb.children)
    ):
        return True  # "the game's story follows Mara Vell", "the plot revolves around Mara Vell"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in lex.role_nouns:
        # "the small role of reporter Mara Vell", a post before the name ("played the role of X's Y" likens a person)
        return any(c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN" for c in ent.root.children)
    return False


def _played_by(noun) -> bool:
    """A description said to be played by someone ("the jazz singer played by Anna Korsh"): a role."""
    return any(
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_ in words().role_lemmas
        and any(c.dep_ == "agent" for c in verb.children)
        for verb in noun.children
    )


def _bracket_after(noun) -> int:
    """Where the bracket after a description ("a pilot (Anna Korsh)") opens, before any comma; -1 for none."""
    for token in noun.doc[noun.i + 1 : noun.right_edge.i + 1]:
        if token.text in (",", ";"):
            return -1
        if token.text == "(":
            return token.i
    return -1


def _bracketed_player(doc, at: int) -> bool:
    """A person's full name alone in brackets at `at`, opened by a given name: "(Anna Korsh)" (not a party's or a
    body's own-language name: "Social Liberals (Radikale Venstre)")."""
    if not 0 <= at < len(doc) or doc[at].text != "(":
        return False
    close = next((t.i for t in doc[at + 1 : at + 6] if t.text == ")"), None)
    if close is None or close - at < 3:
        return False
    inner = doc[at + 1 : close]
    return (
        inner[0].ent_iob_ == "B"
        and inner[0].text in words().given_names
        and all(t.ent_type_ == "PERSON" and t.text[:1].isupper() for t in inner)
        and not any(t.ent_iob_ == "B" for t in inner[1:])
    )


def _dealt_with_from(root) -> bool:
    """A name after "from" that hangs on a word of dealing (`from_government_heads`: "act independently from X",
    "regain control from X", "confidence from X"), not on a move or a distance ("flew from X", "miles from X")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    return prep.head.lemma_.lower() in words().from_government_heads and not any(c.lower_ == "to" for c in prep.head.children)


def _subject_the_parse_joined(ent) -> bool:
    """ "… reached 1.6 GW and Seoul plans to …": the name the parse joins to a noun before it ("GW"), right before a
    finite verb: the subject of a clause of its own."""
    root = ent.root
    return (
        root.dep_ == "conj"
        and ent.end < len(ent.doc)
        and ent.doc[ent.end].tag_ in ("VBZ", "VBD", "MD")
        and ent.doc[ent.end].pos_ in ("VERB", "AUX")
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in ("and", "but")
    )


def _posted_to(root) -> bool:
    """A name after "to" after a person's post ("envoy to Kyiv", "ambassador to London")."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "to" and prep.dep_ == "prep" and _post(prep.head)


def _publishers_one_word(ent, bare: str, ctx: Context) -> bool:
    """A one-word name, no person's or place's the article knows, possessor of a published work (claims.json
    `published_work_nouns`: "Eurogamer's review", "Ritzau's report"): the outlet that published it (GUIDE decisions 34,
    83); not "Mueller's report" after "Robert Mueller", a person named in full before."""
    return (
        " " not in bare
        and ent.root.dep_ == "poss"
        and ent.root.head.lower_ in words().published_work_nouns
        and not _surname_of_named_person(bare, ctx)
        and not _known_place(bare)
        and not country_of_text(bare)
    )


def _a_states_name_here(ent, bare: str, state_of: str, ctx: Context) -> bool:
    """A country's name that is also a state's of `state_of` (claims.json `shared_state_names`) naming the state: listed
    with that country's states ("Arizona, Georgia, Nevada"), or in an article set in that country, which the text so
    far names more often than the country of the name. Listed with a seat of government and no state, it is the country
    the seat deals with ("Washington and Georgia signed a charter": one list read one way)."""
    subdivisions = _subdivisions()
    lex = words()
    listed = [_strip_article(other.text) for other in ent.root.conjuncts]
    seats = [name for name in listed if name in lex.seat_state_names or name in lex.metonyms]
    if any(subdivisions.get(name) == state_of for name in listed if name not in seats):
        return True
    if seats or any(name in gazetteer().country_names for name in listed):
        return False  # "Georgia, North Macedonia, Kosovo", "Washington and Georgia": listed with countries, the country
    setting = ctx.countries or _window_setting(ctx)
    return setting[state_of] > setting[country_of_text(bare)]


def _listed_with_states_of(ent, bare: str, country: str, ctx: Context) -> bool:
    """A seat's name (claims.json `seat_state_names`) listed with two or more states or provinces of `country` ("Oregon,
    Washington and Idaho"), or with one in an article that has read the name as the state so before ("Washington and
    Colorado legalized …" after "Oregon, Washington and Colorado"), outside a frame that sets two parties against each
    other (claims.json `seat_against_state`: "between Washington and California", "Washington and Texas clashed",
    "are at odds"): with one state alone, the seat stands for its government (the actors section)."""
    subdivisions = _subdivisions()
    states = 0
    for other in ent.root.conjuncts:
        named = entity_of(other)
        name = _strip_article(_entity_text(named) if named is not None else other.text)
        states += subdivisions.get(name) == country and name not in words().seat_state_names
    if states >= 2:
        ctx.seats_read_as_states.add(bare)
        return True
    return states == 1 and bare in ctx.seats_read_as_states and not _set_against_each_other(ent.root)


def _set_against_each_other(token) -> bool:
    """A list of two parties in a frame of a relation or conflict between them (claims.json `seat_against_state`): after
    "between" or "against", or the subject of a reciprocal verb ("clashed", "negotiated") or of "be at odds"."""
    frames = words().seat_against_state
    first = _first_of_its_list(token)
    if first.dep_ == "pobj":
        return first.head.lower_ in frames["prepositions"]
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = first.head
    if verb.lemma_.lower() in frames["reciprocal_lemmas"]:
        return True
    return any(c.dep_ == "prep" and any(o.lower_ in frames["odds_nouns"] for o in c.children) for c in verb.children)


def _party_by_its_members(bare: str) -> bool:
    """ "Democrats", "Virginia Democrats", "House Republicans": a name ending in a party's plural (claims.json `orgs`),
    which the model may call a person; a person's surname is never a party's members."""
    last = bare.split()[-1] if bare.split() else ""
    return last.endswith("s") and not last.endswith("ss") and last in words().orgs


def _state_acts(ent) -> bool:
    """A state or province that does something as the subject of a verb of doing: its government acts, an
    organisation (GUIDE: states are no actors unless they act); not one that is, has or undergoes ("South Dakota
    has a problem", "Texas faces a drought") nor one addressed ("Virginia, … go vote"). Every member of a subject's
    list acts with the first ("Ohio, Utah and Idaho passed …"), and so does each state named as one of the states that
    act ("Some states, like Utah, have adopted …", "other states, including Ohio and Utah, are raising …")."""
    if _labelled_state_is_the_subject(ent):
        return True
    first = _first_of_its_list(ent.root)
    states_noun = _states_noun_naming(first)
    subject = states_noun if states_noun is not None else first
    verb = subject.head
    if (
        subject.dep_ != "nsubj"
        or verb.pos_ != "VERB"
        or _no_doing(verb)
        or _where_a_count_is(verb)
        or _a_comparisons_standard(verb)
    ):
        return False
    if first.i != ent.root.i and not _joined_by_and_or_or(first):
        return False  # "The Mandan, North Dakota, police chief": the state after the town it places, no list member
    if states_noun is not None or first.i != ent.root.i or any(c.dep_ == "conj" for c in first.children):
        return True
    return not (ent.end < len(ent.doc) and ent.doc[ent.end].text == ",")  # "Virginia, go vote": addressed


def _a_comparisons_standard(verb) -> bool:
    """The verb of a clause of comparison, whose subject is the standard compared with ("look like Nevada did a decade
    ago", "more than Ohio did", "as Ohio does"): no act of the subject's told."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return bool(marks & {"like", "than"}) or ("as" in marks and verb.lemma_ == "do")


def _joined_by_and_or_or(first) -> bool:
    """A list with "and" or "or" ("Ohio, Utah and Idaho"), not names set side by side with commas only, which the parse
    also joins ("Mandan, North Dakota": a town and the state it is in)."""
    return any(child.dep_ == "cc" for member in (first, *first.conjuncts) for child in member.children)


def _states_noun_naming(token):
    """The subject that names the plural "states" or "provinces" whose examples a name is given as (claims.json
    `states_named_as_examples`: "some states, like Utah", "other states, including Ohio", "such states as Utah"), else
    None; where the noun is the object of "of" under a quantity, that quantity ("a number of states, including Utah").
    The parse may hang the examples on the verb after the noun ("Some states, like Utah, have adopted …": "like" on
    "adopted"): then the noun is that verb's subject before them, only where the examples come before the verb, set off
    by a comma; a "like" after the verb is a comparison ("Many states now look like Texas did")."""
    named_by = words().states_named_by
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in named_by["prepositions"]:
        return None
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX"):
        if prep.i > noun.i or prep.i == 0 or token.doc[prep.i - 1].text != ",":
            return None
        noun = next((c for c in noun.children if c.dep_ == "nsubj" and c.i < prep.i), None)
    if noun is not None and noun.lower_ in named_by["quantity_heads"]:
        # "a handful of states, such as Utah": the examples hang on the quantity of the states
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(_plural_states_noun(o) for o in c.children) for c in noun.children):
            return noun
        return None
    if noun is None or not _plural_states_noun(noun):
        return None
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in named_by["quantity_heads"] and of.head.i < noun.i:
        return of.head  # "a number of states, including Utah, have passed …": the quantity is the subject
    return noun


def _datelines_country(ent) -> str | None:
    """The code of the country a dateline names after its town and a comma ("LIMA, Peru (AP) —") or alone ("Hong Kong
    (CNN Business)"): not the town itself
    ("Lebanon, Pennsylvania —", "Peru, Indiana (AP) —": towns sharing a country's name), nor a place a US state or
    postal code follows, nor a name that is also a state's (claims.json `shared_state_names`) after a town of that
    state's country ("ATLANTA, Georgia —": the state); else None."""
    doc, g = ent.doc, gazetteer()
    name = _entity_text(ent)
    iso3 = g.country_names.get(name)
    if iso3 is None:
        return None
    after_town = ent.start >= 2 and doc[ent.start - 1].text == ","
    if not after_town and ent.end < len(doc) and doc[ent.end].text == ",":
        return None  # "Peru, Indiana (AP) —": the town, its state after it ("Hong Kong (CNN Business)": a place alone)
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        following = doc[ent.end + 1].text
        if following in words().postal_state_codes or _subdivisions().get(following) == "USA":
            return None  # "Mexico, Missouri" written after a county: the town's state follows
    state_of = words().shared_state_names.get(name)
    if state_of is not None and after_town:
        town = doc[ent.start - 2]
        if g.cities.get(town.text) == state_of or g.cities.get(town.text.title()) == state_of:
            return None  # "ATLANTA, Georgia —": a US town's state
    return iso3


def _divided_countrys_half(token, ctx: Context) -> str | None:
    """The state a divided country's half names alone, capitalised after "the" ("the North", "the South's reluctance";
    claims.json divided_country_halves), where the same or the previous sentence names either state: by its name or
    people ("North Korea", "South Korean"), or through a person or body the text places there ("Kim Jong Un met Moon
    Jae-in … Later, the South said"); not a half before a word it is part of ("the South Korean", "the North Sea") nor
    before "of" ("the South of the US"): its code, else None."""
    half = words().divided_country_halves.get(token.text)
    if half is None or token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and (after.text[:1].isupper() or after.lower_ == "of"):
        return None
    iso3, named_by = half
    return iso3 if _either_state_nearby(token, named_by, ctx) else None


def _either_state_nearby(token, codes: frozenset, ctx: Context) -> bool:
    """Whether the sentence of `token` names a country of `codes` (by its name, demonym or capital, "inter-Korean", or
    through a person or body the text places there), or, where that sentence names no place of another country ("In
    the US, the South voted", "in Virginia, the South remembered"), the sentence before does."""
    doc = token.doc
    sent = token.sent
    if _names_either_state(doc, sent.start, sent.end, token, codes, ctx):
        return True
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC"):
            place = _strip_article(_entity_text(ent))
            elsewhere = country_of_text(place) or _subdivisions().get(place)
            if elsewhere is not None and elsewhere not in codes:
                return False  # that country's region
    return sent.start > 0 and _names_either_state(doc, doc[sent.start - 1].sent.start, sent.start, token, codes, ctx)


def _names_either_state(doc, first: int, end: int, token, codes: frozenset, ctx: Context) -> bool:
    """Whether tokens [first, end) of `doc`, past `token`, name a country of `codes`: by its name or demonym, its
    capital or a word of its name ("Pyongyang", "Seoul's proposal", "inter-Korean dialogue"), or through a person or
    body the text places there."""
    g = gazetteer()
    stems = {g.display(code).split()[-1].lower() for code in codes}  # "korea": "inter-Korean", "the two Koreas"
    for other in doc[first:end]:
        if other.i == token.i or not other.text[:1].isupper() and "-" not in other.text:
            continue
        if g.cities.get(other.text) in codes or any(stem in other.lower_ for stem in stems):
            return True
    for ent in doc.ents:
        if ent.end <= first or ent.start >= end or ent.start <= token.i < ent.end:
            continue
        text = _entity_text(ent)
        if country_of_text(text) in codes:
            return True
        if ent.label_ in ("PERSON", "ORG"):
            person = ctx.persons.get(text)
            if person is not None and person.country in codes:
                return True
    return False


def _a_peoples_reading(ent) -> bool:
    """An informal demonym that is also a common noun (claims.json `ambiguous_demonyms`: "Kiwis") read as the country's
    people or team: after "the" ("the Kiwis beat Australia"), before a possessive ("the Kiwis' top speed") or the
    subject of a verb of saying or one only people do (claims.json `ambiguous_demonyms`: "Kiwis voted"); not "Kiwis
    are rich in vitamin C", "Kiwis contain more fibre" nor "Kiwis and bananas were …"."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return True
    if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s", "'", "’"):
        return True
    first = _first_of_its_list(ent.root)
    verb = first.head
    return first.dep_ == "nsubj" and (verb.lemma_ in words().saying or verb.lemma_.lower() in words().people_act_lemmas)


def _plural_states_noun(token) -> bool:
    """ "states", "provinces" (claims.json `states_named_as_examples`)."""
    return token.tag_ == "NNS" and token.lemma_.lower() in words().states_named_by["nouns"]


def _no_doing(verb) -> bool:
    """A verb whose place subject does nothing: it is, has or undergoes, or is the scene of what happens ("has seen
    heavy fires")."""
    lex = words()
    return verb.lemma_ in lex.stative or verb.lemma_ in lex.undergone or verb.lemma_ in lex.witnessed


def _where_a_count_is(verb) -> bool:
    """A verb whose state subject is where something is or happens (claims.json `place_scene_verbs`: "will host the
    tournament", "recorded 500 new cases", "lost 20,000 jobs": GUIDE decisions 9, 788), no act of its government. Only
    for a state: "the town of X reported a record river level" is its council's report (the gold of tune 370#20)."""
    scene = words().place_scene
    return verb.lemma_ in scene["scene_lemmas"] or (verb.lemma_ in scene["count_lemmas"] and _a_count_of(verb))


def _a_count_of(verb) -> bool:
    """The verb's object, or the object of its "in", is a count, a statistic or a level (claims.json
    `place_scene_verbs`): "recorded more than 500 new cases", "reported record smoke levels", "posted strong job gains",
    "gained the most new residents", "led the nation in job growth"; not "reported that …" nor "lost its lawsuit"."""
    scene = words().place_scene
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            objects = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in ("dobj", "attr"):
            objects = [child]
        else:
            continue
        for noun in objects:
            if noun.like_num or noun.lemma_.lower() in scene["statistic_nouns"]:
                return True
            if any(
                c.dep_ == "nummod"
                or c.lower_ in scene["count_modifiers"]
                or any(g.lower_ in scene["count_modifiers"] for g in c.children)
                for c in noun.children
            ):
                return True
    return False


def _in_a_venue(ent) -> bool:
    """A name right after a venue's noun (claims.json `venue_nouns`) that follows "in" ("a study in the journal X",
    "published in the journal X"), which the parse hangs on the noun or on a verb after it: where a work appeared.
    Not where the noun is the subject ("The journal X published the study")."""
    doc = ent.doc
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    if start == 0:
        return False
    noun = doc[start - 1]
    return noun.lower_ in words().venues and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _journal_published_in(ent) -> bool:
    """The name of the journal a work was published in: after "published in", "appeared in" or "the publication in",
    itself, before its venue's noun ("in The Kestrel medical journal") or after "issue of" ("in the June issue of Kestrel
    Affairs"). Where a work appeared, no actor (GUIDE decision 19); not a journal that acts ("Kestrel Affairs published
    the study")."""
    token = ent.root
    if token.dep_ in ("compound", "nmod") and token.head.i >= ent.end and token.head.lower_ in words().venues:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in words().issue_nouns:
        token = token.head.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.is_title and token.head.head.i < ent.start:
        token = token.head.head  # a body inside the journal's title: "the Proceedings of the Kestrel Academy" (decision 741)
    token = _first_of_its_list(token)  # the second of two journals: "in the Journal of X and the Review of Y"
    prep = token.head
    if not (token.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in words().publishing_lemmas):
        return False
    if prep.head.lemma_.lower() != "appear":
        return True
    # "appeared in": only a work appears in a journal ("The study appeared in …"); a person appears before a court or a
    # parliament ("X appeared in the Port Elm District Court"), an act before that body
    lex = words()
    works = lex.published_work_nouns | lex.studies | lex.credited_works
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in works for c in prep.head.children)


def _government_named_by_its_place(ent):
    """The noun of a governed kind of place (claims.json `governed_place_nouns`) that "the … of" names the place after
    ("the state of X", "the city of X"), where the phrase acts: the subject of a verb of doing ("The city of X is
    building a new hall"; not one that is, has or undergoes, as `_state_acts`), or the agent after "by", also as a
    later member of a list ("contracted by A, B and the city of X"); else None ("in the city of X", "the state of X
    itself became …")."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    kind = root.head.head
    if kind.lower_ not in words().governed_places or not any(c.dep_ == "det" and c.lower_ == "the" for c in kind.children):
        return None
    first = _first_of_its_list(kind)
    if first.dep_ == "pobj" and first.head.lower_ == "by" and first.head.head.pos_ in ("VERB", "AUX"):
        return kind
    verb = kind.head
    return kind if kind.dep_ == "nsubj" and verb.pos_ == "VERB" and not _no_doing(verb) else None


def _labelled_state_is_the_subject(ent) -> bool:
    """ "Arkansas: The state becomes the latest state requiring …", "Rhode Island: It is the latest state to …": a
    list label naming the state whose item's subject is the state itself (GUIDE decision 201; not "Oregon: Residents
    can now buy beer")."""
    doc, sent = ent.doc, ent.sent
    if ent.start != sent.start or ent.end >= sent.end or doc[ent.end].text != ":":
        return False
    subject = next((t for t in doc[ent.end + 1 : sent.end] if t.dep_ in ("nsubj", "nsubjpass")), None)  # the item's first
    return subject is not None and (
        subject.lower_ == "it" or (subject.lemma_.lower() == "state" and any(c.lower_ == "the" for c in subject.children))
    )


def _joined_to_a_government(root) -> bool:
    """A conjunct after a party that a government stands for: the list's first member is a country's name, a seat of
    government or a government's noun, as a subject, an object or after a preposition that is no place's ("between
    Moscow and Washington", "against the territory's government and Beijing"; not "flights to Paris and Berlin")."""
    if root.dep_ != "conj":
        return False
    first = _first_of_its_list(root)
    if first.dep_ not in _ACTING or (first.dep_ == "pobj" and first.head.lower_ in words().locative):
        return False
    if first.lower_ in words().government_nouns:
        return True
    named = entity_of(first)
    return (
        named is not None and named.label_ in ("GPE", "NORP") and bool(_seat(_entity_text(named)) or country_of_text(named.text))
    )


def _a_market_index(token) -> bool:
    """Whether the model's organisation entity at `token` names a market index ("Hang Seng Index", decision 453)."""
    named = entity_of(token)
    return named is not None and named.label_ == "ORG" and _names_an_index(named, _entity_text(named))


_TICKER_IN_BRACKETS = re.compile(r"\s*\([^()]*\)?$")


def _names_an_index(ent, bare: str) -> bool:
    """A market index's name (claims.json index_name_ends): ending in its kind's word ("the Harbour 100 Index"), or
    the model's entity followed by the rest of the name, capitalised words or a number and then that word ("Kestrel
    Europe" + "600 Index", "Harbour" + "Jones Industrial Average"). A ticker the model ran into the name ("Kestrel
    Composite (KCOMP") is no part of it."""
    parts = _TICKER_IN_BRACKETS.sub("", bare).split()
    if len(parts) > 1 and parts[-1].lower() in words().index_name_ends and parts[-1][:1].isupper():
        return True
    return _index_name_runs_on(ent.doc, ent.end, wire=True)


def _index_name_runs_on(doc, end: int, wire: bool = False) -> bool:
    """Capitalised words or a number from `end`, then a capitalised word of claims.json index_name_ends: the rest of
    a market index's name whose first words end before `end` ("Kestrel Europe" + "600 Index"). With `wire`, also
    the wire's lower-case forms ("the Kestrel 600 index", "the Kestrel world index", "the Harbour share average"):
    "index" lower-case, "average" and "composite" lower-case after one of claims.json index_name_fillers."""
    lex = words()
    ends = lex.index_name_ends
    filled = False
    for token in doc[end : end + 4]:
        if token.lower_ in ends:
            if token.text[:1].isupper():
                return True
            return wire and (token.lower_ == "index" or filled)
        if wire and token.lower_ in lex.index_name_fillers:
            filled = True
            continue
        if not (token.like_num or (token.is_alpha and token.text[:1].isupper())):
            return False
    return False


def _heavenly_body(ent, bare: str) -> bool:
    """A thing of the sky (claims.json `heavenly_bodies`); one listed with "the" only after a lower-case "the" or
    "our" ("land humans on the Moon", "the birth of our Sun", which the model calls a person or a body; not "Moon
    said", of Moon Jae-in, nor "The Sun reported", a newspaper)."""
    heavenly = words().heavenly_bodies
    if bare in heavenly:
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return f"the {bare}" in heavenly and (ent[0].text in ("the", "our") or (before is not None and before.text in ("the", "our")))


def _quote_taken_via(ent) -> bool:
    """A name after "via" that joins the reporting verb or its speaker ('“…,” Lynn said, via the Los Angeles
    Times', 'Richardson, via USA Today, said that …'): the outlet a quote was taken from, no actor (GUIDE decision
    36); not where tickets are sold ("on sale … via Live Nation"). A reporter named there is a person, kept."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "via":
        return False
    attached = root.head.head
    verb = attached.head if attached.dep_ in ("nsubj", "nsubjpass") else attached
    return verb.pos_ == "VERB" and verb.lemma_ in words().reporting


def _described_as_a_body(ent) -> bool:
    """Whether an apposition after the name describes it as one of a kind of body ("CloudSimple, a startup",
    "Hipcricket, a mobile marketing company"; claims.json org_nouns) that is itself no name."""
    return _appositive_body(ent.root)


def _appositive_body(root) -> bool:
    return any(
        child.dep_ == "appos"
        and child.i > root.i
        and child.lemma_.lower() in words().org_nouns
        and not child.ent_type_
        and any(det.dep_ == "det" and det.lower_ in ("a", "an") for det in child.children)
        for child in root.children
    )


def _interjection(ent) -> bool:
    """One word opening its sentence or a quote, then a comma, governing nothing and no subject, object or
    name's part: an exclamation the model marks as a body ("Shit, run!"), not "Apple, which …" (a subject)."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    if not (ent[0].is_sent_start or (before is not None and before.is_quote and before.is_left_punct)):
        return False
    return ent.root.dep_ in ("ROOT", "npadvmod", "intj") and all(
        c.dep_ == "punct" or (c.dep_ == "appos" and not any(d.dep_ in ("det", "poss") for d in c.children))
        for c in ent.root.children
    )  # (an apposition with an article describes a body: "NASA, the space agency.")


def _call_in_capitals(ent, bare: str) -> bool:
    """A verb written in capitals for emphasis, where the model reads a body's short form: one word heading its
    clause with no subject: the sentence's root before a determiner ("ATTEND a two-day symposium"), or a verb
    joined to it before a determiner or preposition ("GET OUT and VOTE on November 5th"), where a body's short form is a subject
    or a name's part ("NASA said", "the NASA team")."""
    root = ent.root
    if len(ent) != 1 or not (bare.isalpha() and bare.isupper() and len(bare) >= 3) or ent.end >= len(ent.doc):
        return False
    if root.dep_ not in ("ROOT", "conj") or (root.dep_ == "conj" and root.head.pos_ != "VERB"):
        return False
    after = ent.doc[ent.end].pos_
    if not (after == "DET" or (after == "ADP" and root.dep_ == "conj")):
        return False  # (not a heading's "UN at 75", "WHO on the virus")
    return not any(child.dep_ in ("nsubj", "nsubjpass") for child in root.children)


def _opens_a_products_name(ent, ctx: Context) -> bool:
    """The name opens a product's name the article calls a thing ("Google Stadia", where "Stadia" is one):
    compounded with the proper noun that ends it."""
    root = ent.root
    head = root.head
    if root.dep_ != "compound" or head.i < ent.end or head.pos_ != "PROPN":
        return False
    return head.text in ctx.products or ent.doc[ent.end : head.i + 1].text in ctx.products


def _make_before_a_things_name(doc, start: int, end: int, ctx: Context) -> bool:
    """A well-known company's name, tokens `start` to `end`, that opens the proper name of one of its things: a
    capitalised word goes on with it that names no body, post, form, person, deed, day or place ("Siri and Google Now",
    "the Samsung Galaxy S4", "the new Apple TV+ service", "the LG Optimus F3"): the make inside its product's name, no
    actor (GUIDE decision 47). Not "Google Chairman Eric Schmidt", "Sony Pictures", "Toyota Motor Corp.", "Google
    Friday said", "Google UK", "the Google PR team", "Boeing Commercial Airplanes said", a headline's "Samsung Unveils
    …", nor a model number, "50 Airbus A350-900 jets" (the make of what is ordered, which the gold lists)."""
    if end >= len(doc) or end == 0:
        return False
    if doc[end - 1].is_punct or doc[end - 1].tag_ == "POS":
        return False  # ("Blue Origin, Ceres Robotics": a list's comma the model kept in the name; "Slack’s PR team": an owner)
    after = doc[end]
    word = after.text
    if len(word) < 2 or not word[:1].isupper() or any(ch.isdigit() for ch in word):
        return False  # (a letter or a model number: "Google I/O", an event the company runs; "Airbus A350-900 jets")
    if after.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "NORP"):
        return False  # ("Google Friday said …", "Google UK said …": a day or a place after the company, no product's name)
    if after.tag_.startswith("VB") or after.pos_ in ("VERB", "AUX") or _headline_run(doc, end):
        return False  # ("Samsung Unveils Rugged Galaxy S4": a headline's capitals, where a verb looks like a name)
    named = entity_of(after) if after.ent_type_ == "PERSON" else None
    if named is not None and len(named) > 1:
        return False  # ("Microsoft Satya Nadella": a person the company has)
    if _names_a_companys_own(after, ctx):
        return False
    # the noun the run of names the company opens ends in: a body or people word ("the Google PR team", "the Intel
    # Foundry business"), or a run that acts ("Boeing Commercial Airplanes said"), is a unit of the company or its
    # people, no product
    head = doc[end - 1]
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
        head = head.head
    # (the head's own word only: "the Volvo SUVs Uber is debuting", where the parser runs the run into the next company)
    body_words = _words_of_bodies_and_people()
    return not (
        head.i >= end and (head.lemma_.lower() in body_words or head.lower_ in body_words or acts(doc[start : head.i + 1]))
    )


_MODELS_NUMBER = patterns.compile(r"[A-Z]{0,3}-?\d{2,4}(?:-\w+)?[A-Za-z]{0,3}")
_NO_MODELS_NUMBER = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"))


def _make_before_its_models_number(ent) -> bool:
    """The company's name right before a model's number ("A320", "777", "747-200B"), the two naming one craft, vehicle
    or machine: "the Airbus A320 crashed", "another Boeing 777 was shot down", "her gold-trimmed Boeing 757": the make
    inside the thing's name, no actor (GUIDE decisions 47, 428). Not where the crafts are counted as what a deal is
    for, "an order of 50 Airbus A350-900 jets", "bought 25 Airbus A321 jets" (the make takes part as the seller,
    _counted_in_a_deal), nor before a fiscal year's code, a year or an amount, or a figure's noun ("Siemens FY24
    revenue", "Boeing 2019 sales", "Tesla 40 percent")."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    number = doc[ent.end]
    if not _MODELS_NUMBER.fullmatch(number.text) or number.ent_type_ in _NO_MODELS_NUMBER:
        return False
    if number.text[:2].upper() == "FY" or any(
        t.lower_ in words().move_copula["measures"] for t in doc[ent.end + 1 : ent.end + 3]
    ):
        return False  # "Siemens FY24 revenue", "Toyota FY2023 net profit", "Boeing 2019 sales": a period's figure, no model
    return not _counted_in_a_deal(ent)


def _counted_in_a_deal(ent) -> bool:
    """A cardinal count right before the make ("50 Airbus A350-900 jets") whose noun phrase is the object of a deal:
    of a verb or noun of claims.json deal_words directly ("ordered 25 Airbus A321 jets") or through "of" or "for" ("an
    order for 40 Airbus A330 jets"). A year ("the 2018 Boeing 737 crash"), a fleet's size or a count of grounded jets is
    no deal: the make stays inside the craft's name."""
    doc = ent.doc
    count = doc[ent.start - 1] if ent.start else None
    if count is None or not count.like_num or count.ent_type_ not in ("", "CARDINAL"):
        return False
    noun = count.head
    while noun.dep_ in ("compound", "nmod", "nummod", "amod") and noun.head.i > noun.i:
        noun = noun.head  # "50 Airbus A350-900 jets": up the craft's name to its noun
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    deal = words().deal_words
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.lemma_.lower() in deal:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") and noun.head.head.lemma_.lower() in deal


def _names_a_companys_own(token, ctx: Context) -> bool:
    """The word names what a company has as its own: a body, a post, a person or a form ("Google Chairman", "Sony
    Pictures", "Toyota Motor Corp.", "the Google PR team"), not a product."""
    lex = words()
    word = token.text
    lower = word.lower().rstrip(".")
    body_words = _words_of_bodies_and_people()
    return (
        lower in body_words
        or token.lemma_.lower() in body_words
        or lower in lex.titles
        or word.rstrip(".") in lex.organisation_forms
        or word in lex.organisation_forms
        or word in ctx.persons
        or word in ctx.orgs
    )


@lru_cache(maxsize=1)
def _words_of_bodies_and_people() -> frozenset:
    """Nouns of bodies, their parts, their people and their offices, in one set (made once, read per company)."""
    lex = words()
    return (
        lex.org_nouns
        | lex.institution_nouns
        | lex.body_kind_nouns
        | lex.government_nouns
        | lex.people
        | lex.human
        | lex.office_words
    )


def _headline_run(doc, end: int) -> bool:
    """The words from the sentence's start to two words past `end` are all capitalised, three or more, and go on past
    the word after the company: a headline's title case ("Samsung Unveils Rugged Galaxy"), not a name in a sentence
    ("Google Now, the …", "the LG Optimus F3") nor a short sentence that opens with a word ("Try Google Now.")."""
    sent = doc[end].sent
    small = words().title_case_small_words
    # (title case leaves its short function words in lower case: "Apple Touts Benefits of 'Spaceship' Campus")
    words_ = [t for t in doc[sent.start : min(end + 3, sent.end)] if t.is_alpha and t.lower_ not in small]
    return len(words_) >= 3 and words_[-1].i > end and all(t.text[:1].isupper() for t in words_)


def _on_a_platform(ent) -> bool:
    """A platform named as where something is posted ("on Twitter", "via Reddit", "took to Twitter") or as what an account,
    profile or post is on ("a professional Instagram account", "his Instagram announcement"); not as the
    company with people of its own ("Instagram head Adam Mosseri", "a spokesperson for Instagram")."""
    first = _first_of_its_list(ent.root)  # ("on Facebook and Twitter": the list's place is its first member's)
    if first.dep_ == "pobj":
        return _where_things_are_posted(first)
    root = ent.root
    head = root.head
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and head.i >= ent.end
        and head.pos_ == "NOUN"
        and head.is_lower
        and head.lemma_.lower() not in words().people
        and not acts(ent)
    )


def _where_posted_or_a_page_on(span) -> bool:
    """A platform's name read where the model did not mark it, or marked no reporter: where a thing is posted ("posted
    to Facebook", "on Facebook and Twitter") or before a kind of post or page on it ("her Facebook page"; claims.json
    platform_page_nouns); not before the company's own things ("Facebook shares fell", "the Facebook lawsuit"), the
    company (GUIDE decision 19)."""
    first = _first_of_its_list(span.root)
    if first.dep_ == "pobj":
        return _where_things_are_posted(first)
    root = span.root
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.i >= span.end
        and root.head.lemma_.lower() in words().platform_page_nouns
    )


def _maker_not_acting(span, ctx: Context) -> bool:
    """A name the article lists among bodies though it also calls it a thing (products.py, `ctx.makers`) named here for
    its goods, its brand or its site, not for the company acting (GUIDE decision 628's test: "the company" could not
    replace it): the make of a thing ("a Zorbly phone"), a brand before a hyphen or its goods ("Zorbly-branded games",
    "Zorbly fairs", "Zorbly is fun"), or where things are posted ("uploaded to Zorbly", "sites, but not Zorbly";
    decisions 19, 243(a)). Read for the model's mark of the name and for the passes that find it unmarked."""
    name = clean_name(span.text)
    if (name not in ctx.makers and not _maker_named_by_a_common_word(name, ctx)) or acts(span):
        return False
    return (
        _stands_for_goods_here(span) or _where_things_are_posted(_first_of_its_list(span.root)) or _listed_with_sites(span.root)
    )


def _stands_for_goods_here(span) -> bool:
    """A maker's name used here for its goods or brand, not for the company acting (GUIDE decision 628): the make of a
    thing ("a Zorbly phone"), a brand before a hyphen or its goods ("Zorbly-branded games", "Zorbly fairs", "Zorbly is
    fun"), or its product in use ("I wear Zorbly", "running with Zorbly")."""
    return _names_the_make(span) or _brand_before_a_hyphen(span) or _stands_for_its_goods(span) or _goods_in_use(span)


def _goods_in_use(span) -> bool:
    """The name as the object of a verb of wearing ("I wear Zorbly"; not "I don't use Zorbly", the service's company), or
    after "with" on such a verb or one of an activity ("running with Zorbly"; claims.json goods_use_lemmas,
    goods_with_lemmas): a product in use, no party to it ("working with Zorbly", "a deal with Zorbly")."""
    root = _first_of_its_list(span.root)
    head = root.head
    lex = words()
    if root.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in lex.goods_use_lemmas
    if root.dep_ != "pobj" or head.lower_ != "with" or head.head.pos_ != "VERB":
        return False
    return head.head.lemma_.lower() in lex.goods_use_lemmas | lex.goods_with_lemmas


def _maker_named_by_a_common_word(name: str, ctx: Context) -> bool:
    """A one-word name the article has report something ("Pebble announced that …") and also writes in lower case as a
    common word ("smooth as a pebble"): a company named by a common word, whose mentions for its goods or brand ("Pebble
    watches", "a Pebble watch") name no actor (GUIDE decision 628), as a maker's among bodies do."""
    return name in ctx.speaking_names and name.lower() in ctx.lower_words


def _listed_with_sites(token) -> bool:
    """ "several sites, but not Zorbly": the name a conjunct of a noun for a place on the web (claims.json site_nouns)."""
    site_nouns = words().site_nouns
    return token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in site_nouns


def _brand_before_a_hyphen(ent) -> bool:
    """The name joined by a hyphen to the word after it ("Zorbly-branded games", "Zorbly-specific cookies"): a brand
    modifier, not a participle that makes the name act ("Zorbly-backed", "Zorbly-owned"; claims.json
    acting_after_hyphen_participles, company_acting_after_hyphen_participles)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or ent[-1].whitespace_ or doc[ent.end].text != "-" or doc[ent.end].whitespace_:
        return False
    after = doc[ent.end + 1]
    lex = words()
    return (
        after.is_lower
        and after.lower_ not in lex.acting_after_hyphen_participles
        and after.lower_ not in lex.company_acting_after_hyphen_participles
    )


def _stands_for_its_goods(ent) -> bool:
    """A maker's name used of its goods (GUIDE decision 628): before a noun of no person or body with no determiner of
    its own ("Zorbly fairs", "the Zorbly brand"), the subject of "be" with an adjective ("Zorbly is fun", not listed with
    another: "Zorbly and NASA are keen"), or after "of" under a noun of no person or body ("the charm of Zorbly")."""
    root = ent.root
    head = root.head
    lex = words()

    def goods_noun(noun) -> bool:
        # (not a person, a body, nor what a body decides, owns or says: "Zorbly policy", "the decision of Zorbly")
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and not any(
            lemma in nouns for nouns in (lex.people, lex.human, lex.org_nouns, lex.body_act_nouns)
        )

    def goods_adjective(adjective) -> bool:
        # (not the body's own state, "Zorbly is profitable", nor one with a complement, "Zorbly is responsible for …")
        return adjective.lemma_.lower() not in lex.body_state_adjectives and not any(
            c.dep_ in ("prep", "ccomp", "xcomp") for c in adjective.children
        )

    # (also where the parse reads the name as an adjective before its noun, as it does a name that is a common word too:
    # "a Pebble watch")
    if root.dep_ in ("compound", "amod") and head.i == ent.end and goods_noun(head):
        return True
    if root.dep_ == "nsubj" and head.lemma_ == "be" and not any(c.dep_ == "conj" for c in root.children):
        return any(c.dep_ == "acomp" and goods_adjective(c) for c in head.children)
    return root.dep_ == "pobj" and head.lower_ == "of" and goods_noun(head.head)


def _names_the_make(ent) -> bool:
    """A company named as the make of a thing the noun phrase it opens is about: the name modifies a thing's noun that
    takes its own article or quantifier before the name ("a brand new AMD graphics card", "another new Apple product",
    "the Verizon service", "all Lexus models"); not a noun of people or of a body ("a Google spokesman", "the Apple
    board"), which the company has as its own."""
    root = ent.root
    head = root.head
    lex = words()
    if root.dep_ not in ("compound", "amod", "nmod") or head.i < ent.end or head.pos_ != "NOUN" or not head.is_lower:
        return False
    lemma = head.lemma_.lower()
    if lemma in lex.people or lemma in lex.human or lemma in lex.org_nouns:
        return False
    # a thing's noun, or a noun built on another common noun ("graphics card", "assist package"); not what a company owns
    # or runs ("the Emirates fleet", "the Hyundai plant", "an upcoming Netflix documentary", decision 54)
    if lemma in lex.issued_things:
        return False  # "the Birkenstock offering", "the UEFA calendar": the body that issues or runs it (decisions 54, 628)
    if lemma not in lex.thing_nouns and not any(
        t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower and t.head.i == head.i for t in ent.doc[ent.end : head.i]
    ):
        return False
    # (the article may hang on a modifier of the noun: "a brand new AMD graphics card")
    return any(
        t.dep_ in ("det", "predet") and (t.head.i == head.i or t.head.head.i == head.i)
        for t in ent.doc[max(head.left_edge.i, ent.start - 4) : ent.start]
    )


def _venue_as_a_place(ent, bare: str) -> bool:
    """A building's, ground's or landmark's own name (its last word one of claims.json venue_name_ends: "the Harlow
    Hotel", "Brannock Gate", "Globex Studios") given as where something is or happens, after a preposition of place
    ("a protest at Brannock Gate", "close to the Kestrel Monument"): a place, no actor (GUIDE decisions 29, 590(b),
    622). Not where the preposition hangs on a person, a post or a name ("a cook at the Harlow Hotel", "Artist In
    Residence at Globex Studios"), whose body it is (decisions 19, 534)."""
    parts = bare.split()
    ends = words().venue_name_ends
    if not parts or (parts[-1].lower() not in ends and parts[-1].lower().removesuffix("s") not in ends):
        return False  # (also a plural: "Brannock Gates", "the Harlow Halls")
    root = _first_of_its_list(ent.root)  # ("moved to the Harlow Racecourse and the Kestrel Speedway")
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in words().venue_place_prepositions:
        return False
    governor = prep.head
    # (nor a post the model takes for a name: "the current Artist In Residence at Globex Studios")
    if governor.ent_type_ or governor.pos_ == "PROPN" or (governor.pos_ == "NOUN" and _holds_a_post(governor)):
        return False
    if prep.lower_ in words().venue_way_prepositions:
        # a way to or from a place only after going, moving, nearness or a way's noun: not a recipient, a source or a
        # target
        # ("sold the rights to Globex Studios", "a statement from the Harlow Hotel", "an inquiry into Globex Studios")
        lex = words()
        lemma = governor.lemma_.lower()
        return lemma in lex.motions or lemma in lex.conveyances or lemma in lex.ways_to_a_place
    return True


def _before_its_kind_noun(ent) -> bool:
    """The name set right before a lower-case noun of the kind of thing, being or place it names, which it classifies
    ("the Zorbix gene", "the Kestrel river", "the Glimmo app", "UVZ rays"; claims.json classified_kind_nouns): the name
    of that thing, no body. Only the noun right after the name or the names joined with it, whose modifier the name is
    ("a Glimmo engineer" names no such kind), and not where that noun opens a body's name ("the Kestrel river
    authority")."""
    root = _first_of_its_list(ent.root)  # "UVK and UVZ rays": the first of the names joined before the noun
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or head.i < ent.end or head.pos_ != "NOUN" or not head.is_lower:
        return False
    if any(not (t.dep_ in ("cc", "punct", "conj") or t.ent_type_) for t in ent.doc[ent.end : head.i]):
        return False  # (only the other names of the row between: not "the Glimmo photo-sharing app")
    lex = words()
    outer = head.head.lemma_.lower()
    if (
        head.dep_ == "compound"
        and head.head.i > head.i
        and outer not in lex.classified_kinds
        and outer not in lex.place_part_nouns
    ):
        return False  # the name is the outer noun's, its maker's or issuer's: "the Met Office storm warning", "the
        # Kestrel river authority" (decisions 12, 54); not "the Zorbix gene mutation", "the Elbe river basin"
    kind = head.lemma_.lower()
    # (a known company before its app or browser is its make, decision 47's and 628's to weigh: "the Globex app")
    return kind in lex.classified_kinds and not (kind in lex.product_kind_nouns and clean_name(ent.text) in lex.companies)


_POSTING_PREPOSITIONS = frozenset(("on", "via", "across", "through"))


def _channel(ent) -> bool:
    """The name is the channel through which something is reached, run or taken in: right after "on", "via" or
    "through" (or "to" after "listen") joined to a verb of hosting, reaching or taking in, or to that verb's object
    ("listens to TuneCo", "watch shows on StreamCo", "hosted through CloudCo"; claims.json channel_lemmas). Read
    by the words, as the model may take the name after "to" for a verb ("listens to TuneCo")."""
    doc = ent.doc
    if ent.start < 2:
        return False
    prep = doc[ent.start - 1]
    word = prep.lower_
    if word not in ("on", "via", "through", "to"):
        return False
    before = doc[ent.start - 2]
    channels = words().channels
    if word == "to":
        # (a company only: one listens to a band, "listening to Steppenwolf", which stays a party)
        return (before.lemma_ == "listen" or before.lower_.startswith("listen")) and clean_name(ent.text) in words().companies
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # ("watch shows on StreamCo")
    return (verb.pos_ == "VERB" and verb.lemma_ in channels) or (before.pos_ == "VERB" and before.lemma_ in channels)


def _yardstick(ent) -> bool:
    """The name (or a list's first name) is what a state is compared with: "like" joined to the clause's
    predicate, not to a noun ("like StreamCo and TuneCo, it is cheap", "it is priced like StreamCo"; not
    "companies like Acme", examples of parties, nor "Like Acme, Boxco sued", a party doing the same)."""
    first = _first_of_its_list(ent.root)
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "like" or prep.dep_ not in ("prep", "intj"):
        return False  # (the model may read a fronted "like" as an interjection: "And, like X and Y, it's priced")
    pred = prep.head
    if pred.pos_ == "ADJ" or pred.lemma_ == "be":
        return True
    # a passive participle ("it's pretty competitively priced")
    return pred.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in pred.children)


def _first_of_its_list(token):
    """The first member of the list the token ends or continues ("Twitter" of "on Facebook and Twitter" -> "Facebook")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _pressed_on(token) -> bool:
    """ "pressure on Facebook", "a ban on TikTok": the name after "on" as the party a pressure or measure bears on
    (claims.json pressure_nouns), dealt with, no place things are posted."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "on":
        return False
    # (the parse may hang "on" on the verb of the pressure's noun: "put pressure on Facebook")
    nouns = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    lex = words()
    # (or a verb or adjective whose "on" takes the party or matter it bears on: "ruled on Facebook", "rely on Facebook")
    return prep.head.lemma_.lower() in lex.matters_on or any(noun.lemma_.lower() in lex.pressures for noun in nouns)


def _where_things_are_posted(token) -> bool:
    """The name after "on", "via", "across" or "through" (`_posted_on`), or after "to" on a verb of posting ("took to
    Twitter", "uploaded the clip to Zorbly"; claims.json posting_to_lemmas): where a thing is posted; not "pressure on
    Twitter", the party a pressure bears on."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return (_posted_on(token) and not _pressed_on(token)) or (
        prep.lower_ == "to" and prep.head.lemma_ in words().posting_to_lemmas
    )


def _posted_on(token) -> bool:
    """ "watching The Crown on Netflix", "via Spotify": the name after "on", "via", "across" or "through" is where a
    thing is posted or watched."""
    return token.dep_ == "pobj" and token.head.lower_ in _POSTING_PREPOSITIONS


def _with_head(ent, bare: str) -> str:
    """An organisation's name with the words the model cut off its end: the capitalised words up to
    the proper noun its name modifies ("Evidence Action Beta", "the Columbus Police Department
    Intelligence Led Policing Unit"), or a body's noun right after it ("the Oneworld alliance",
    "the Trump administration"); then the capitalised words after "of" or "for" where the name ends in a
    body's noun or an office ("the Federal Reserve Bank" + "of New York", "the United Nations High
    Commissioner" + "for Human Rights")."""
    return _with_head_and_end(ent, bare)[0]


def _with_head_and_end(ent, bare: str) -> tuple[str, int]:
    """`_with_head`'s name and the token its words end before."""
    campus = _campus(ent)
    if campus:
        return f"{bare}, {campus}", ent.end
    doc = ent.doc
    possessive_rest_end = _possessive_name_rest_end(ent)
    if possessive_rest_end is not None:
        return _strip_article(doc[ent.start : possessive_rest_end].text), possessive_rest_end
    dangling = words().dangling_name_words
    if bare.split()[-1].lower() in dangling["all"] and len(bare.split()) > 1:
        # "the U.S. Agency for" + "International Development", "the Internet Corporation for Assigned Names and" +
        # "Numbers": the model cut the name after a word that cannot end one; its rest is the capitalised words after
        # (where the model marks only "Numbers" and no body before it, nothing here reads the name: rev40c 10)
        if bare.split()[-1].lower() in dangling["name_joins"] and ent.end < len(doc) and doc[ent.end].lower_ == "the":
            court_end = _of_rest_end(doc, ent.end - 1, ent.sent)  # "the Court of Appeals for" + "the Ninth Circuit"
            if court_end > ent.end:
                return f"{bare} {doc[ent.end : court_end].text}", court_end
        rest_end = _capitalised_run_end(doc, ent.end, ent.sent)
        joins_a_list = bare.split()[-1].lower() in dangling["list_joins"] and not (
            dangling["name_joins"] & {w.lower() for w in bare.split()}
        )
        if rest_end > ent.end and not joins_a_list:
            return f"{bare} {doc[ent.end : rest_end].text}", rest_end
        # ("the Sabres and" + "Linus Ullmark": the list's "and", no part of the name)
        return bare.rsplit(" ", 1)[0].rstrip(" ,"), ent.end
    last = ent[-1]  # (the name's own root may be its article: "the Sioux Falls Argus" of "… Argus Leader")
    head = last.head
    lex = words()
    name, end = bare, ent.end
    if last.dep_ == "compound" and ent.end <= head.i <= ent.end + 4:
        rest = doc[ent.end : head.i + 1]
        if (
            all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in rest)
            and head.lower_ not in lex.team_roles
            and head.text not in lex.team_roles
            and not _before_a_name(head)
        ):
            name, end = f"{bare} {rest.text}", head.i + 1
        elif head.i == ent.end and head.is_lower and head.lemma_ in lex.org_nouns:
            name, end = f"{bare} {head.text}", head.i + 1
    if end == ent.end:
        body_noun = _body_noun_after_modifiers(ent)
        if body_noun is not None:
            name, end = f"{bare} {doc[ent.end : body_noun.i + 1].text}", body_noun.i + 1
    of_rest = _of_rest(doc, end, ent.sent) if len(name.split()) > 1 else ""
    if of_rest:
        return f"{name} {of_rest}", _of_rest_end(doc, end, ent.sent)
    return name, end


_POSSESSIVE_REST_REACH = 5  # words after a name's inner possessive, up to its body noun: "Sheriff's" + "Office Search Team"


def _possessive_name_rest_end(ent) -> int | None:
    """Where a body's name runs on after a possessive the model ended the entity with ("Harlow Magistrate's" + "Court",
    "the Kent County Sheriff's" + "office", "Fielding Children's" + "Hospital"): the end of the capitalised words up to
    the last body noun among them, or of a lone lower-case body noun right after; None where the word before the
    possessive is no common noun for an office or for people (claims.json name_possessive_nouns), which owns nothing
    and so is a word of the name (GUIDE decision 285: "a Kent County sheriff's office" is listed as written), or where
    no body noun follows. An owner's possessive before its own body ("NASA's Goddard Space Flight Center") is not read."""
    if len(ent) < 2 or ent[-1].dep_ != "case" or ent[-1].lower_ not in ("'s", "’s", "'", "’"):
        return None
    lex = words()
    if ent[-2].lower_ not in lex.name_possessive_nouns:
        return None
    doc, stop = ent.doc, min(ent.end + _POSSESSIVE_REST_REACH, ent.sent.end)
    if ent.end < stop and doc[ent.end].is_lower:
        # "the Kent County Sheriff's" + "office": an office's noun heading its phrase, not the first word of a longer
        # common noun ("the Kent County Sheriff's school resource unit", "… Sheriff's office building")
        head = doc[ent.end]
        then = doc[ent.end + 1] if ent.end + 1 < ent.sent.end else None
        compound = head.dep_ == "compound" or then is not None and then.pos_ in ("NOUN", "PROPN")
        return ent.end + 1 if head.lower_ in lex.name_possessive_office_nouns and not compound else None
    body_nouns = lex.org_nouns | lex.institution_nouns | lex.spelled_body_words | lex.workplace_body_nouns
    end = None
    for token in doc[ent.end : stop]:
        if not (token.is_title and token.is_alpha):
            break
        if token.lower_ in body_nouns:
            end = token.i + 1
    following = entity_of(doc[ent.end]) if end is not None else None
    if following is not None and following.start == ent.end and following.end > end:
        # "the Dane County Sheriff's" + "Office Search and Rescue Team" the model read as a body of its own: the name
        # runs on to that entity's end, which `_taken_into_the_name_before` then drops (one body, not two overlapping)
        end = following.end
    return end


def _capitalised_run_end(doc, start: int, sent) -> int:
    """The end of the run of capitalised words and numbers from `start` in `sent` ("International Development",
    "Assigned Names and Numbers", "20"), with the small words a name holds between capitalised ones; `start` if none."""
    stop = start
    i = start
    while i < len(doc) and doc[i].sent == sent:
        token = doc[i]
        if token.lower_ in words().office_words or token.lower_ in words().titles or token.ent_iob_ == "B" and i > start:
            break  # ("the U.S. Agency for International Development" + "Administrator Samantha Power": a post and its holder)
        if token.text[:1].isupper() and token.is_alpha or token.like_num and not token.is_punct:
            i += 1
            stop = i
        elif token.lower_ in words().dangling_name_words["all"] and stop > start:
            i += 1
        else:
            break
    return stop


def _taken_into_the_name_before(ent) -> bool:
    """The entity is the rest of a body's name that the model cut off before it and `_with_head` reads whole ("the U.S.
    Agency for" + "International Development", "the United States Court of Appeals for" + "the Second Circuit"): no
    body or place of its own."""
    rest_end = _name_rest_end_over(ent)
    if rest_end is None or rest_end <= ent.start:
        return False
    lex = words()
    # ("… for" + "International Development Administrator" + "Mara Quist": the rest and a post, whose holder is named next)
    return rest_end > ent.root.i or all(
        t.lower_ in lex.office_words or t.lower_ in lex.titles for t in ent.doc[rest_end : ent.end]
    )


def _name_rest_end_over(ent) -> int | None:
    """Where the body's name that the model cut off before `ent` ends, read whole with its rest (`_with_head_and_end`),
    if `ent` opens that rest; None if it does not."""
    doc = ent.doc
    dangling = words().dangling_name_words["all"]
    if ent.start == 0 or not (doc[ent.start - 1].lower_ in dangling or doc[ent.start - 1].ent_type_ == "ORG"):
        return None  # (the cheap test first: a name's rest follows its small word)
    for i in range(ent.start - 1, max(ent.start - _NAME_REST_REACH, 0) - 1, -1):
        if doc[i].ent_type_ == "ORG":
            before = entity_of(doc[i])
            bare = _entity_text(before) if before is not None else ""
            # (the rest reaches the entity's head word: "International Development" of "International Development’s")
            if not bare or before.end > ent.start:
                return None
            # only the rests the model cut off a name ending in a small word, or a court's "for the" + circuit or
            # district ("the World Polo Ambassador for" + "Royal Salute": a post, no body, whose "for" names the body)
            cut = (
                before[-1].lower_ in dangling
                or "the" in (ent[0].lower_, doc[ent.start - 1].lower_)
                or _possessive_name_rest_end(before) is not None  # "Harlow Magistrate's" + "Court"
            )
            return _with_head_and_end(before, bare)[1] if cut else None
    return None


def _post_holder_after_a_name_rest(ent):
    """The person named after a post that follows the rest of a body's name in one entity of the model's ("the U.S.
    Agency for" + "International Development Administrator Samantha Power": the post's holder, "Samantha Power"), or
    None."""
    rest_end = _name_rest_end_over(ent)
    if rest_end is None or not ent.start < rest_end < ent.end - 1:
        return None
    doc, lex = ent.doc, words()
    if doc[rest_end].lower_ not in lex.office_words and doc[rest_end].lower_ not in lex.titles:
        return None
    holder = doc[rest_end + 1 : ent.end]
    return holder if all(t.is_title and t.is_alpha for t in holder) else None


_NAME_REST_REACH = 8  # tokens back from a name to a body's name whose rest it may be


_BODY_NOUN_REACH = 4  # lower-case words after a name, up to its body's noun: "the Kestrel state timber company"


def _closes_a_body_name(token, run) -> bool:
    """A noun that names a body that acts after lower-case modifiers (claims.json `modified_body_closing_nouns`: "court",
    "agency", "committee", "company"), or a side's noun after a sport's name ("football team"; GUIDE decision 639); not
    a unit of the body ("research team", "economics department"; decisions 609, 760) nor a thing it owns or runs
    ("wireless network", "staff paper", "air campaign"; decisions 12, 54, 807)."""
    lex = words()
    lemma = token.lemma_.lower()
    if lemma in lex.modified_body_closing_nouns or (lemma in lex.unmodified_body_closing_nouns and not run):
        return True  # ("the Health and Human Services department", not "the Kestrel Institute economics department")
    return lemma in lex.sport_team_nouns and any(t.lower_ in lex.sport_names for t in run)


def _body_noun_after_modifiers(ent):
    """The body's noun that closes an organisation's or a place's name after lower-case modifiers the model left out of
    the entity ("the Fatah central committee", "the Kirovles state timber company", "the Kirov regional court", "the
    United Nations refugee agency", "the Kestrel Rovers football team": the last such noun of the run), where the name
    modifies a word of that run; None if there is none. The whole is the body the article names (GUIDE decision 639),
    not the name alone."""
    doc = ent.doc
    root = ent.root  # (the article, where the model took it into the entity: "the Health and Human Services department")
    if root.dep_ not in ("compound", "nmod", "amod", "det") or not ent.end <= root.head.i < ent.end + _BODY_NOUN_REACH:
        return None
    lex = words()
    body_noun = None
    run = []
    for token in doc[ent.end : min(ent.end + _BODY_NOUN_REACH, len(doc))]:
        if not token.is_lower or token.ent_type_ or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        if _closes_a_body_name(token, run):
            body_noun = token
        run.append(token)
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i <= token.i:
            break  # the noun the run ends in
    if body_noun is not None and body_noun.dep_ in ("compound", "amod", "nmod") and body_noun.head.i > body_noun.i:
        # a body's noun that itself modifies a later noun closes the name only before a person of the body ("Kirov
        # police officer X"), not before a thing or a happening ("the Harlow court case", "the Kestrel company car")
        person = body_noun.head.lemma_.lower()
        if not (person in lex.people or person in lex.human or person in lex.titles):
            return None
    return body_noun


def _of_rest(doc, end: int, sent) -> str:
    """The capitalised words after "of" or "for" at `end`, where the word before names a body or an office."""
    stop = _of_rest_end(doc, end, sent)
    return doc[end:stop].text if stop > end else ""


def _of_rest_end(doc, end: int, sent) -> int:
    """The end of `_of_rest`'s words; `end` where there are none. After "for the" or "of the" the words go on only to a
    court's circuit or district and the place it is of ("the United States Court of Appeals" + "for the Second
    Circuit", "Federal District Court" + "for the Eastern District of New York"; claims.json court_jurisdiction_nouns)."""
    lex = words()
    last = doc[end - 1].lower_.rstrip(".")
    body_named = last in lex.org_nouns or last in lex.institution_nouns or last in lex.titles
    if not (body_named or _body_noun_and_of_before(doc, end)):
        return end
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for") or doc[end].sent != sent:
        return end
    stop = end + 1
    if doc[stop].lower_ == "the":
        run = stop + 1
        # (an ordinal in figures is a circuit's number too: "for the 9th Circuit")
        while (
            run < len(doc)
            and doc[run].sent == sent
            and (doc[run].is_title or doc[run].ent_type_ == "ORDINAL" or doc[run].like_num)
        ):
            run += 1
        if run == stop + 1 or doc[run - 1].text not in lex.court_jurisdiction_nouns:
            return end
        stop = run
        if stop + 1 < len(doc) and doc[stop].lower_ == "of" and doc[stop + 1].is_title:
            stop += 1  # "… for the Eastern District" + "of New York"
        else:
            return stop
    elif not body_named:
        return end  # "the Bank of Japan" + "for January", "the University of Michigan" + "for Michigan residents": no name's rest
    while (
        stop < len(doc)
        and doc[stop].pos_ == "PROPN"
        and doc[stop].is_title
        and doc[stop].sent == sent
        and doc[stop].ent_type_ not in ("DATE", "TIME", "PERSON")
        and not (doc[stop].lower_ in lex.office_words or doc[stop].lower_ in lex.titles)
    ):
        stop += 1  # (up to a post and its holder: "the U.S. Agency" + "for International Development" + "Director Jo Ode")
    while stop > end + 1 and doc[stop - 1].dep_ == "compound" and doc[stop - 1].head.i >= stop and doc[stop - 1].head.is_lower:
        stop -= 1  # ("the United Nations High Commissioner for Refugees" + "camps": the last name modifies a noun after it)
    return stop if stop > end + 1 else end


def _body_noun_and_of_before(doc, end: int) -> bool:
    """The capitalised words before `end` follow a body's noun and "of" ("Court of Appeals", "Bank of Kestrel"): a body's
    name that ends in the thing it is of."""
    i = end - 1
    while i > 0 and doc[i].is_title and end - i <= 3:
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in words().org_nouns and doc[i - 1].is_title


def _campus(ent) -> str | None:
    """The city after a university's name and a comma, which names its campus ("the University of California, San
    Francisco", "the University of Goethe, Frankfurt"): a city, not a country or state, that closes the phrase (the
    parser may hang it on the name or on a person before it) and lists no other place ("the University of Oxford,
    London and Paris")."""
    doc = ent.doc
    # (the model may keep the comma inside the body's name: "the University of California," + "Berkeley")
    start = ent.end if ent[-1].text == "," else ent.end + 1
    if "University" not in ent.text or start >= len(doc) or doc[start - 1].text != ",":
        return None
    place = entity_of(doc[start])
    if place is None or place.label_ != "GPE" or place.start != start:
        return None
    if country_of_text(place.text) or place.text in _subdivisions():
        return None  # "the University of Oxford, England": the country or state, no campus
    closed = place.end == len(doc) or doc[place.end].is_punct
    listed = any(c.dep_ == "conj" for c in place.root.children)
    return place.text if closed and not listed else None


def _before_a_name(token) -> bool:
    """Whether a proper name follows `token`, after a comma or not: the words before are a title
    ("NASA Administrator Jim Bridenstine", "Senate Leader, Ahmad Lawan"), not the end of a body's name
    ("the New York State Attorney General said")."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()


def note_teams(docs, ctx: Context, lower: set[str]) -> None:
    """Add to `ctx.orgs` the teams `docs` name, before any claim is read: a plural proper name after
    "the" that names no place or nation ("the Lakers", "the Huskies"; the model calls them products,
    persons or nothing), and a place named as a team, before a player's or coach's post held by a
    named person ("Oklahoma City coach Billy Donovan", "Pittsburgh quarterback Mason Rudolph"),
    before such a name ("the Pittsburgh Penguins") or as a side of a game's result ("Minnesota beat
    Buffalo", "scored for Detroit"). `lower`: the words `docs` write in lower case (spaCy's `lower_`)."""
    teams = False  # whether the window names a team otherwise, which a place's club post asks for
    owners = []  # places before a club's post ("San Antonio's president"), teams only in such a window
    maybe = []  # nicknames told by their form alone (`_nickname_by_form_alone`), teams only in such a window
    for doc in docs:
        for m in _SCORE_LINE.finditer(text_of(doc)):
            # "Panthers 5, Flyers 2: Aleksander Barkov …", "Minnesota 38, Northwestern 22:": a result's two sides
            teams = True
            for name in (m.group("first"), m.group("second")):
                if not country_of_text(name):
                    ctx.orgs.setdefault(name, _place_country(name))
        marked = covered_by_entities(doc, ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"))
        for token in doc:
            if (
                token.tag_ not in ("NNP", "NNPS")
                and token.pos_ != "PROPN"
                and not (token.tag_ == "NNS" and token.text[:1].isupper())
            ):
                continue  # (the cheap test first: both readers below ask for a proper noun's tag or part of speech)
            if _nickname(token, marked, lower):
                if _nickname_by_form_alone(token):
                    # "with the Nets", "The Heat are …": read only where the window names a team otherwise, as a
                    # capitalised plural or a name with a plural verb is a team's only beside a sport's other teams
                    maybe.append(token.text)
                    continue
                ctx.orgs.setdefault(token.text, None)
                teams = teams or token.i not in marked  # (a plural the model calls a people, "the Romans", tells no sport)
                place = _unmarked_place_before(token)
                if place:
                    ctx.orgs.setdefault(place, _place_country(place))  # "San Antonio" of "San Antonio Spurs" (GUIDE decision 513)
                    ctx.team_places.setdefault(token.text, place)
            elif token.pos_ == "PROPN" and _named_after_its_kind(token, lower, ctx):
                # "the research company Quorra", "game developer Zentrix": a body's kind noun set right before its
                # one-word name, which the model calls a place or nothing, here and at the later mentions
                # ("Quorra puts the number at …"; GUIDE decision 54: the name is the actor, the noun describes it)
                ctx.described_bodies.add(token.text)
                ctx.orgs.setdefault(token.text, None)
            elif token.pos_ == "PROPN" and _one_word_body_by_description(token, ctx):
                # "the idea for Square, a company that provides …": a body whose name is also a word ("the
                # portrayals square"), which the model calls a person, a place or nothing at its mentions
                ctx.described_bodies.add(token.text)
                ctx.orgs.setdefault(token.text, None)
        for ent in entities(doc):
            _note_team_place(ent, marked, lower, ctx)
            if ent.label_ == "ORG" and _distinct_form(_entity_text(ent)) and _entity_text(ent) not in ctx.products:
                # "my6sense": a body's name of a form no word has, which the model marks at one mention of many
                # (`_unmarked_named_bodies` finds the others, also those before it)
                ctx.orgs.setdefault(_entity_text(ent), None)
            if ent.label_ not in ("GPE", "LOC"):
                continue
            bare = _entity_text(ent)
            if (
                bare
                and not country_of_text(bare)
                and (_before_team_post(ent) or _before_nickname(ent, marked, lower) or _side_of_a_result(ent, bare))
            ):
                teams = True
                ctx.orgs.setdefault(bare, _place_country(bare))
            elif bare and not country_of_text(bare) and not _seat(bare) and _owns_a_club_post(ent):
                owners.append(bare)
    # a sports report by its words ("Alabama is favored …" in a story of coaches and quarterbacks); a nickname alone
    # tells none ("the Corps" of the Marines)
    ctx.sporting = len(lower & words().sport_words) >= 2
    if teams:
        for name in maybe:
            ctx.orgs.setdefault(name, None)
        for bare in owners:
            # "San Antonio's president", "Miami's trio of …" in an article that names teams: the city's club
            # (GUIDE decisions 36, 513), at this mention and the later ones where it is no place one is in or from
            ctx.orgs.setdefault(bare, _place_country(bare))

    _bodies_the_model_calls_places(docs, ctx)


def _note_team_place(ent, marked, lower, ctx: Context) -> None:
    """ "the New York Islanders", "the Chicago Blackhawks" (one name to the model): the town or state a team's
    nickname follows, kept as the team's other name (`ctx.team_places`)."""
    doc = ent.doc
    if ent.label_ in ("GPE", "LOC") and _before_nickname(ent, marked, lower):
        ctx.team_places.setdefault(doc[ent.end].text, _entity_text(ent))
    elif ent.label_ == "ORG" and len(ent) > 1 and ent[-1].tag_ in ("NNPS", "NNP") and ent[-1].text.endswith("s"):
        place = _strip_article(doc[ent.start : ent.end - 1].text)
        if place and _known_place(place) and not country_of_text(place):
            ctx.team_places.setdefault(ent[-1].text, place)
    elif ent.label_ in _TEAM_NAME_MISTYPES:
        place = _place_before_a_nickname(ent)
        if place:
            # "the Pittsburgh Penguins" (a building to the model), "Houston Astros" (a place): a team all the same, by its
            # nickname and by its town at the later mentions (GUIDE decisions 36, 513)
            nickname = ent[-2] if ent[-1].tag_ == "POS" else ent[-1]
            ctx.team_places.setdefault(nickname.text, place)
            ctx.orgs.setdefault(nickname.text, _place_country(place))


# The kinds of name the model gives a team's full name ("the Pittsburgh Penguins" a building, "Houston Astros" a place,
# "the Boston Bruins" a person); a body's own kind (ORG) is read as any body's name.
_TEAM_NAME_MISTYPES = ("FAC", "GPE", "LOC", "PERSON", "PRODUCT", "NORP", "EVENT")
# Where teams go by their town and a plural nickname ("the Pittsburgh Penguins", "the Calgary Flames"): the North
# American leagues' custom; elsewhere a name of that shape is more often a person's or a place's.
_TOWN_AND_NICKNAME_COUNTRIES = ("USA", "CAN")
# The kinds the model gives a person's own name as well ("Austin Reaves", "Chandler Jones"): a team only with the article a
# team's name takes ("the Boston Bruins"), which a person's does not.
_TEAM_NAME_NEEDS_THE = ("PERSON", "EVENT")


def _after_the(ent) -> bool:
    """The entity opens with "the" or follows it ("the Boston Bruins")."""
    return ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def _place_before_a_nickname(ent) -> str | None:
    """The town or state that opens a team's full name the model typed as something other than a body: a known place
    (no country) and then one capitalised plural word that is no place, people, party or title ("the Pittsburgh
    Penguins", "Houston Astros"; not "the Florida Keys", "the Ozark Mountains", "Virginia Democrats")."""
    words_ = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and t.tag_ != "POS"]  # ("the Chicago Blackhawks'")
    if len(words_) < 2:
        return None
    if ent.label_ in _TEAM_NAME_NEEDS_THE and not _after_the(ent):
        return None  # "Austin Reaves scored", "Jackson Hughes filed": a person's name, no team without its article
    nickname = words_[-1]
    text = nickname.text
    if not (text.isalpha() and text[0].isupper() and text[1:].islower() and len(text) > 3):
        return None
    plural = nickname.tag_ == "NNPS" or (text.endswith("s") and not text.endswith(("ss", "us", "is")))
    lex = words()
    if not plural or _landform(text) or text in lex.event_kind_nicknames:
        return None  # "the Florida Keys", "the Atlanta Games": a place's or an event's name
    if text[:-1].lower() in lex.place_nouns or _known_place(text) or country_of_text(text):
        return None
    if _generic_people(text) or text in lex.orgs or text in lex.armed_services or text.lower() in lex.titles:
        return None  # "Chicago Democrats", "Texas Marines": a party's or a service's members
    place = ent.doc[words_[0].i : nickname.i].text
    if _known_place(f"{place} {text}"):
        return None  # "Miami Gardens": the whole name is a town's
    if not place[:1].isupper() or not _known_place(place) or country_of_text(place):
        return None
    if len(place) < 4 or place.split()[0] in lex.given_names:
        return None  # "Mary Poppins", "Man Walks": a given name or a short word that some small town also bears
    if _place_country(place) not in _TOWN_AND_NICKNAME_COUNTRIES:
        return None  # "Pereira Lopes": a double surname whose first part some town abroad bears
    return place


def _landform(word: str) -> bool:
    """A noun of natural features, singular or plural ("Mountains", "Keys", "Heights"): it closes a place's name."""
    lower = word.lower()
    landforms = words().landform_nouns
    return lower in landforms or lower[:-1] in landforms or lower.removesuffix("es") in landforms


def _team_country(team: str, ctx: Context) -> str | None:
    """The country of a team by its full name ("Phoenix Coyotes"): its nickname's, else its town's or state's."""
    place, _, nickname = team.rpartition(" ")
    return ctx.orgs.get(nickname) or _place_country(place)


def _team_by_place_and_nickname(ent, ctx: Context) -> str | None:
    """A team's full name ("the Pittsburgh Penguins") the model typed as something other than a body, where note_teams
    read it as one: the name without its article."""
    if ent.label_ not in _TEAM_NAME_MISTYPES:
        return None
    place = _place_before_a_nickname(ent)
    nickname = ent[-2] if ent[-1].tag_ == "POS" else ent[-1]
    if place is None or ctx.team_places.get(nickname.text) != place:
        return None
    return f"{place} {nickname.text}"


def _owns_a_club_post(ent) -> bool:
    """ "San Antonio's president", "Boston's wings": a place's possessive before a team's post or part."""
    root = ent.root
    if root.dep_ != "poss" or not any(c.dep_ == "case" for c in root.children):
        return False
    lex = words()
    return root.head.lemma_.lower() in lex.club_posts or root.head.lower_ in lex.team_roles


def _compass_or_continent(name: str) -> bool:
    """ "Europe", "Americas", "the South", "the North": a continent, or a compass word standing for a region or a
    country's half, which acts as a place does ("Europe imposed tariffs", "the North fired a missile")."""
    lex = words()
    return name.lower() in lex.region_ends or name.lower() in lex.region_compass_words


def _bodies_the_model_calls_places(docs, ctx: Context) -> None:
    """A one-word name the model calls a place at one mention ("the reprimand of Anthropic") that no gazetteer knows,
    and that the article elsewhere lets do a thing to another ("Anthropic delivered a master class", where the model
    marks nothing): a body, in every mention (a place acts only by its government, named as a known place)."""
    unknown = set()
    for doc in docs:
        for ent in entities(doc):
            if ent.label_ in ("GPE", "LOC") and len(ent) == 1:
                bare = _entity_text(ent)
                if (
                    bare.isalpha()
                    and bare.istitle()
                    and bare not in ctx.orgs
                    and not _known_place(bare)
                    and not _compass_or_continent(bare)
                ):
                    unknown.add(bare)
    if not unknown:
        return  # (most articles name no such place: their tokens are not read)
    for doc in docs:
        for token in doc:
            if (
                token.text in unknown
                and token.dep_ == "nsubj"
                and token.head.pos_ == "VERB"
                and any(child.dep_ == "dobj" for child in token.head.children)
                and token.text not in ctx.products
                and token.text not in ctx.persons
            ):
                ctx.orgs.setdefault(token.text, None)


_SIDE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
# A line opening with a game's result, a side and its score twice, then a colon or dash (a roundup's
# "Bruins 5, Devils 1: …", "Blue Jackets 5, Canadiens 2 (OT) —").
_SCORE_LINE = patterns.compile(
    r"(?m)^(?P<first>" + _SIDE + r") \d{1,3}, (?P<second>" + _SIDE + r") \d{1,3}(?: \([A-Z0-9]{1,4}\))?\s*(?::|[—–]|--)\s"
)


def _one_word_body_by_description(token, ctx: Context) -> bool:
    """A one-word capitalised name, no person's, place's or thing's, that an apposition describes as one of a kind of
    body ("Square, a company that …")."""
    text = token.text
    if not (text.isalpha() and text.istitle()) or not _appositive_body(token):
        return False  # (the apposition first: note_teams asks this of every proper noun, and few have one)
    named = entity_of(token) if token.ent_type_ else None
    if named is not None and _entity_text(named) != text:
        return False  # (the model may keep the comma before the description inside the name: "Square,")
    return not (text in ctx.persons or text in ctx.products or country_of_text(text) or _known_place(text))


# Body nouns that are also a person's occupation before a name ("the record producer Timbaland"), and words that make
# a body noun a vessel's kind ("the aircraft carrier Nimitz"): no body named after them (GUIDE decisions 12, 54).


def _named_after_its_kind(token, lower: set[str], ctx: Context) -> bool:
    """A one-word proper name right after a body's kind noun in lower case that describes it ("the research company
    Quorra", "game developer Zentrix", "rival carrier T-Fone"): the noun compounds the name or the name stands in
    apposition to it; not a person's, place's, country's or thing's name, nor a word the article writes in lower case
    (`lower`: those words, spaCy's `lower_`)."""
    if token.i == 0 or token.ent_type_ == "PERSON":
        return False
    doc = token.doc
    kind = doc[token.i - 1]
    if not (kind.is_lower and kind.pos_ == "NOUN" and kind.lemma_ in words().org_nouns):
        return False
    if kind.lemma_ in words().person_kind_nouns_too or kind.lemma_ in words().human:
        return False  # ("the record producer Timbaland": an occupation, a person's name after it)
    if any(c.dep_ in ("compound", "amod") and c.lemma_ in words().vessel_modifier_words for c in kind.children):
        return False  # ("the aircraft carrier Nimitz": a ship, no body)
    if not ((kind.dep_ == "compound" and kind.head.i == token.i) or (token.dep_ == "appos" and token.head.i == kind.i)):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN":
        return False  # ("the investment firm Blue Harbor Capital": a longer name, which the model reads as one)
    text = token.text
    return not (
        text in words().given_names
        or text.lower().rstrip(".") in words().titles  # ("one neo-bank CEO told me": a post, no name)
        or text in ctx.persons
        or text in ctx.products
        or text.lower() in lower
        or country_of_text(text)
        or _known_place(text)
    )


def _distinct_form(name: str) -> bool:
    """Whether a one-word name has a form no common word, place or person's name has: a digit among its letters, or
    a lower-case first letter before a capital ("my6sense", "eBay"; not "eczema", which the model may call a body
    once, nor "al-Tanf")."""
    return (
        name.isalnum()
        and any(ch.isalpha() for ch in name)
        and (any(ch.isdigit() for ch in name) or (name[:1].islower() and any(ch.isupper() for ch in name)))
    )


def _unmarked_named_bodies(tokens: list, ctx: Context, found: list, dateline: int = -1) -> None:
    """A body's name of a distinct form (`_distinct_form`) that the model marked as a body elsewhere in the article,
    or that the article describes as a body (`ctx.described_bodies`), and not here ("my6sense is the only …"): that
    body."""
    names = {name for name in ctx.orgs if _distinct_form(name)} | ctx.described_bodies
    if not tokens or not names:
        return  # (most articles name no such body: their tokens are not read)
    covered = covered_by_entities(tokens[0].doc, _MARKED)
    for token in tokens:
        if token.i in covered or token.idx < dateline or token.text not in names:
            continue
        if token.text in ctx.products:
            continue  # "iPhone": a thing the article names, which the model may once call a body
        if (
            token.dep_ in ("compound", "amod", "nmod")
            and token.head.i > token.i
            and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS")  # ("my6sense’s partners")
            and token.head.lemma_.lower() not in words().org_nouns
        ):
            continue  # "the my6sense native solution": the body named only in its product's name (GUIDE decision 47)
        found.append((token.idx, Actor(token.text, "organization", ctx.orgs[token.text])))


def _side_of_a_result(ent, bare: str) -> bool:
    """A place that wins or loses a game ("Minnesota beat Buffalo", "Ottawa held on to beat Detroit",
    "rolled past Northern Illinois") or that a player scores for ("scored for Detroit"): a team (GUIDE
    decisions 36, 41). Not a seat of government, which stands for its state ("Kyiv repelled …"), nor
    what one "loses out to" ("lost out on Alibaba's listing to New York": a market)."""
    if _seat(bare):
        return False
    lex = words()
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].pos_ == "VERB" and doc[ent.end].lemma_ in lex.wins_over:
        return True  # (also where the parser hangs the name elsewhere: "… made 30 saves and Minnesota beat Buffalo")
    root = ent.root
    verb = root.head
    if root.dep_ == "nsubj":
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        return any(v.lemma_ in lex.wins_over for v in verbs) or any(c.lower_ == "past" for c in verb.children)
    if root.dep_ == "dobj":
        return verb.lemma_ in lex.wins_over
    if root.dep_ == "pobj":
        return verb.lower_ == "past" or verb.lower_ == "for" and verb.head.lemma_ == "score"
    return False


def _nickname(token, marked, lower) -> bool:
    """ "the Lakers", "the Pittsburgh Penguins": a plural proper name, capitalised as a name (not
    "AMAs"), after "the" (with at most one capitalised word between: "the Red Wings") or a place,
    that the article never writes in lower case and that is no place or nation; also a singular-looking
    one that takes a plural verb ("The Heat are …"), whatever the article writes in lower case."""
    text = token.text
    if (
        (token.i in marked and not _plural_marked_alone(token))
        or not text.isalpha()
        or not (text[0].isupper() and text[1:].islower())
    ):
        return False
    agrees = _takes_a_plural_verb(token)
    plural = (
        token.tag_ == "NNPS"
        or (
            # "the Falcons", which the model tags singular; not "the Marcus …", "Paris", "the Jones report"
            token.tag_ == "NNP" and text.endswith("s") and not text.endswith(("ss", "us", "is")) and token.dep_ != "compound"
        )
        # "re-signed with the Nets": capitalised inside a sentence, after a lower-case "the" (not "Buy All The Things")
        or (token.tag_ == "NNS" and not token.is_sent_start and token.i > 0 and token.doc[token.i - 1].text == "the")
    )
    if not (plural or agrees):
        return False
    if (token.lower_ in lower and not agrees) or _known_place(text) or country_of_text(text):
        return False
    lex = words()
    if _generic_people(text) or text in lex.orgs or text in lex.armed_services or text.lower() in lex.titles:
        return False  # "the Copts", "the Democrats", "Marines", "the President": a people, a party, a service, a title
    if _landform(text):
        return False  # "the Florida Keys", "the Ozark Mountains": a place's name
    if text[:-1] in lex.companies:
        return False  # "the autonomous Ubers": a company's things or services, no team
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].ent_type_ in ("GPE", "LOC"):
        return True  # "the Pittsburgh Penguins", "New York Islanders"
    if _unmarked_place_before(token):
        return True  # "the Miami Heat and San Antonio Spurs", where the model marks no place
    for det in (c for c in token.children if c.dep_ == "det" and c.lower_ == "the"):
        # "the Red Wings", "The reeling Predators"; not 'the “Starts with one” campaign', "the Davis Cup Finals"
        between = doc[det.i + 1 : token.i]
        if all(t.is_alpha for t in between) and (
            sum(t.text[:1].isupper() for t in between) <= 1 or _known_place(between.text)  # "the New York Islanders"
        ):
            return True
    return False


def _unmarked_place_before(token) -> str | None:
    """The known place the model left unmarked that the capitalised words right before `token` make, all compounds of it
    ("San Antonio" of "San Antonio Spurs"), else None."""
    doc = token.doc
    start = token.i
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i <= token.i  # ("San" hangs on "Antonio", "Antonio" on "Spurs")
        and doc[start - 1].text[:1].isupper()
    ):
        start -= 1
    if start == token.i or any(t.ent_type_ for t in doc[start : token.i]):
        return None
    name = doc[start : token.i].text
    return name if _known_place(name) and not country_of_text(name) else None


def _nickname_by_form_alone(token) -> bool:
    """A nickname `_nickname` reads from the model's tag of a common plural ("the Nets") or from a plural verb
    ("The Heat are"), no proper plural."""
    return token.tag_ == "NNS" or (token.tag_ == "NNP" and _takes_a_plural_verb(token) and not token.text.endswith("s"))


def _plural_marked_alone(token) -> bool:
    """ "the San Antonio Spurs", "The Islanders trailed": a plural name the model marked alone as a person or a
    people; a person's name is no plural, and a people's has a country ("Danes") or is a generic class."""
    ent = entity_of(token)
    return (
        ent is not None
        and len(ent) == 1
        and ent.label_ in ("PERSON", "NORP")
        and (token.tag_ in ("NNPS", "NNS") or (ent.label_ == "PERSON" and token.text.endswith("s")))
    )


def _takes_a_plural_verb(token) -> bool:
    """ "The Heat are still reviled", "as the Thunder were finding out": a singular-looking capitalised name right after
    "the" that a plural verb agrees with: a team's nickname (GUIDE decision 373's short form)."""
    doc = token.doc
    if token.tag_ != "NNP" or token.i == 0 or doc[token.i - 1].lower_ != "the" or token.is_sent_start:
        return False
    if token.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in token.children):
        return False  # (not "the President and I have")
    verb = token.head
    plural = words().plural_agreement
    return verb.lower_ in plural or any(c.dep_ in ("aux", "auxpass") and c.lower_ in plural for c in verb.children)


def _before_team_post(ent) -> bool:
    """ "Oklahoma City coach Billy Donovan", "Cleveland DL Larry Ogunjobi": the place modifies a
    team's post that is a named person's title."""
    doc = ent.doc
    size = _team_post_size(doc, ent.end, len(doc) - 1)
    after = doc[ent.end + size] if size and ent.end + size < len(doc) else None
    return after is not None and after.pos_ == "PROPN" and after.ent_type_ in ("PERSON", "ORG", "")


def _team_post_size(doc, i: int, last: int, lower_only: bool = False) -> int:
    """How many words a player's or coach's post (claims.json team_role_nouns) takes at `doc[i]`, up to `doc[last]`:
    two ("defensive end"), one ("coach", "Coach", "QB", "GM") or none. With `lower_only`, a capitalised post written
    as a common word ("Coach") does not count, though one the list spells in capitals ("QB", "LB") does."""
    if i > last:
        return 0
    roles = words().team_roles
    post = doc[i]
    if i + 1 <= last and f"{post.text} {doc[i + 1].text}" in roles:
        return 2
    if post.text in roles:
        return 1
    return 1 if post.lower_ in roles and not (lower_only and not post.is_lower) else 0


def _before_nickname(ent, marked, lower) -> bool:
    doc = ent.doc
    return ent.end < len(doc) and _nickname(doc[ent.end], marked, lower)


def _team_by_its_plural_nickname(ent, bare: str, ctx: Context) -> bool:
    """A one-word plural proper name after "the" ("the Pirates", "the Herons") in a sports report (`ctx.sporting`) that
    names no country, town, state or region: a team's nickname, not a place ("the Philippines", "the Bahamas" are
    countries the gazetteer knows), and not where one is or comes from ("in the Carolinas", "from the Koreas")."""
    if not ctx.sporting or len(ent) != 1 or ent.root.tag_ != "NNPS" or not bare.endswith("s") or _known_place(bare):
        return False
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in words().locative - {"to", "at"}:
        return False  # "across the Carolinas", "athletes from the Koreas": a place one is in or from (decisions 36, 41)
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"


def _team_place(ent, bare: str, ctx: Context) -> bool:
    """A place the article names as a team (note_teams), here not a place one is in or from."""
    if bare not in ctx.orgs or country_of_text(bare):
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in words().origins:
        return False  # "New Jersey native Connor Clifton": where one is from
    if ent.start > 1 and doc[ent.start - 1].lower_ == "but" and doc[ent.start - 2].lower_ in words().anywhere_adverbs:
        return False  # "anywhere but San Antonio": where one takes one's talents (GUIDE decision 513)
    root = ent.root
    return not (root.dep_ == "pobj" and root.head.lower_ in ("in", "from"))


def _side_in_sport(ent, bare: str, ctx: Context) -> bool:
    """A town or state that plays a side in a sports report (`ctx.sporting`), at this mention: the subject of a clause
    ("Alabama is favored to win it all", "Boston went 2-for-10"), a possessive ("Alabama's players", "Minnesota's
    game"), the agent or opponent ("released by Pittsburgh", "against Pittsburgh"), the object of a result's verb
    ("outpaced Georgia") or of a side's noun or verb ("the loss at Minnesota", "his season at Alabama", "scored for
    Ottawa"), or the place before a player's post ("the Oklahoma pitcher", in any article where the post is a sport's
    alone): its team, an organisation (GUIDE decisions 36, 41). Not a country (a national team is the country), nor
    where one is, goes or comes from; a seat of government only as a side of play, as it stands for its state where it
    does or owns ("Ottawa announced", "Washington's policy")."""
    if country_of_text(bare) or _compass_or_continent(bare) or not _known_place(bare):
        return False
    doc = ent.doc
    lex = words()
    if ent.end < len(doc) and doc[ent.end].lower_ in lex.origins:
        return False  # "Pittsburgh native X": where one is from
    root = _first_of_its_list(ent.root)  # "losses by Kansas State and Oregon": the list's first member's place in the clause
    head = root.head
    if root.dep_ == "compound" and head.i == ent.end and head.dep_ != "compound" and head.lower_ in lex.team_roles:
        # "The Pittsburgh quarterback", "the Oklahoma pitcher": a player's post the place's team holds
        return ctx.sporting or head.lower_ in lex.sport_words
    if not ctx.sporting:
        return False
    if root.dep_ in ("nsubj", "nsubjpass", "poss"):
        # (not "that's Fort Worth", where the parse makes the place the verb's second subject)
        second = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != root.i for c in head.children)
        return not (_seat(bare) or second)
    if root.dep_ == "dobj":
        return head.lemma_ in lex.wins_over
    if root.dep_ != "pobj":
        return False
    prep = head.lower_
    if prep in ("against", "by"):
        return True
    return prep in ("at", "over", "to", "for", "on") and _side_word_before(head)


def _side_word_before(prep) -> bool:
    """Whether a side's noun or verb (claims.json `sport_side_heads`) governs the preposition, itself or through the
    noun it follows ("the loss at Minnesota", "a lead in the West Division on Wisconsin") or the verb's object ("begins
    his seventh season at Alabama")."""
    heads = words().sport_side_heads
    near = [prep.head, prep.head.head]
    if prep.head.pos_ in ("VERB", "AUX"):
        near.extend(c for c in prep.head.children if c.dep_ == "dobj")
    return any(t.lemma_.lower() in heads for t in near)


def _team_name(ent, bare: str) -> str:
    """The team's name in full where the place opens it ("the Oklahoma City Thunder")."""
    doc = ent.doc
    end = ent.end
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and doc[end].text not in words().team_roles
        and doc[end].lower_.rstrip(".") not in words().titles
    ):
        end += 1
    return bare if end == ent.end else bare + " " + doc[ent.end : end].text


def _place_country(name: str) -> str | None:
    """The country of a city, state or region ("Eastern Michigan": its last words' state)."""
    subdivisions = _subdivisions()
    cities = gazetteer().cities
    parts = name.split()
    for k in range(len(parts)):
        tail = " ".join(parts[k:])
        if tail in subdivisions:
            return subdivisions[tail]
        if tail in cities:
            return cities[tail]
    return None


_NAME_JOINERS = frozenset(("of", "for", "and", "the", "on", "in", "&", "de"))  # words an acronym skips


def note_short_forms(docs, ctx: Context, lower: set[str]) -> None:
    """Add to `ctx.short_forms` the short forms of the bodies `docs` name in full (the model's organisations of two or
    more words), before any claim is read: the acronym of the name's capitalised words ("HTF" of "Harbour Tenants
    Federation"), its distinctive words before the words that say what kind of business it is ("Tamarack" of "Tamarack
    Airlines", "Norrell" of "Norrell Research Center"; claims.json name_kind_words) and its last word where that is no
    kind noun ("Herons" of "the Dunmore Herons", "Gazette" of "the Harlow Valley Gazette"). A short form two bodies share
    names neither.
    `lower`: the words `docs` write in lower case (spaCy's `lower_`)."""
    for doc in docs:
        for ent in entities(doc):
            if ent.label_ != "ORG":
                continue
            full = _entity_text(ent)
            if " " not in full or full in ctx.products or country_of_text(full) or _known_place(full):
                continue
            if full.split()[-1].lower() in words().thing_name_ends and not a_bodys_programme_name(full):
                continue  # "the Clean Harbours Act", "the Lumen API": a thing's name, no body's (GUIDE decision 12)
            if "'s " in full or "’s " in full:
                continue  # "Globex’s Lumen": an owner and its thing or unit, the model ran into one name (GUIDE decision 54)
            for short in _short_forms_of(full.split(), lower):
                if ctx.short_forms.setdefault(short, full) != full:
                    ctx.short_forms[short] = ""


def _short_forms_of(names: list[str], lower: set[str]) -> list[str]:
    """The short forms `note_short_forms` reads from a body's full name, split into its words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lex = words()

    def plain(word: str) -> bool:
        # a word that says what a body or a place is, a title or a function word ("Our" of "Our Kitchen Co."): no short form
        w = word.lower()
        return (
            w in lex.name_kinds
            or w in lex.body_kind_nouns
            or w in lex.org_nouns
            or w in lex.place_nouns
            or word in lex.buildings
            or w.rstrip(".") in lex.titles
            or w in STOP_WORDS
        )

    out = []
    capitals = [w for w in names if w.lower() not in _NAME_JOINERS]
    if len(capitals) >= 2 and all(w[:1].isupper() and w[1:].islower() for w in capitals):  # (not "KX Comics")
        acronym = "".join(w[0] for w in capitals)
        if not (_known_place(acronym) or acronym.lower() in lex.titles or acronym in lex.term_abbreviations):
            out.append(acronym)  # "Lakeside Police Department" -> "LPD" (GUIDE decision 373, like "HAF")
    for k in range(1, len(names)):
        head, rest = names[:k], names[k:]
        if (
            all(w.lower() in lex.name_kinds for w in rest)
            and head[-1].lower() not in _NAME_JOINERS
            and head[0][:1].isupper()
            and not any(plain(w) for w in head)
            and not country_of_text(" ".join(head))
            and not (k == 1 and head[0].lower() in lower)
        ):
            out.append(" ".join(head))  # "Tamarack Airlines" -> "Tamarack", "Blue Heron Investment Group" -> "Blue Heron"
    last = names[-1]
    if last.isalpha() and last.istitle() and not plain(last) and not country_of_text(last) and not _known_place(last):
        out.append(last)  # "the Dunmore Herons" -> "Herons": read only after "the" (`_short_form_mentions`)
    return out


def _short_form_mentions(tokens: list, ctx: Context, found: list, dateline: int = -1) -> None:
    """A body named by the short form of the full name the article gives it (`note_short_forms`): "Tamarack's routes",
    "the HRSC is adding", "the Gazette reported" after "Tamarack Airlines", "the Harbour Rate Setting Committee", "the
    Harlow Valley Gazette". An `organization` named as written, with the full name's country (GUIDE decision 373); the
    model calls such a word a place, a person, a product or nothing. Not a place one is in, from or goes to ("flights
    to Vermont" after "Vermont Airlines"), a word inside a longer name, a short form in brackets right after its name
    (the name just given, `_alias_in_brackets`), nor a last word without "the" before it."""
    shorts = ctx.short_forms
    if not tokens or not shorts:
        return  # (most articles name no body in full that has a short form: their tokens are not read)
    doc = tokens[0].doc
    lex = words()
    end = tokens[-1].i + 1
    for token in tokens:
        if token.idx < dateline or not token.text[:1].isupper():
            continue
        for n in (2, 1):
            if token.i + n > end:
                continue
            full = shorts.get(span_text(doc, token.i, token.i + n))  # (the span's text, without making the Span first)
            if full:
                span = doc[token.i : token.i + n]
                break
        else:
            continue
        short = span.text
        root = span.root
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if (
            after is not None
            and after.pos_ == "PROPN"
            and after.text[:1].isupper()
            and after.lower_.rstrip(".") not in lex.titles
        ):
            continue  # "Tamarack Airlines": inside a longer name (not before a title: "PWAU President Marc Delane")
        if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
            continue  # "the Dunmore Herons": the full name itself
        if before is not None and before.text == "(":
            continue  # "the Harlow Prize Committee (HPC)": the name just given
        if full.endswith(" " + short) and not full.startswith(short + " "):
            if before is None or before.lower_ != "the":
                continue  # "Gazette", "Herons" alone: a word; "the Gazette" is the paper's name
            if root.dep_ == "compound" and root.head.i >= span.end:
                continue  # "the Gazette building", "the Herons jersey": a word modifying a thing, not the body
        if root.dep_ in ("compound", "amod") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.head.children):
            continue  # "a four-door GT car": one of a kind of thing, no body (where the model took "Gran Turismo" for one)
        if (short in ctx.persons and ctx.persons[short].name != short) or short in ctx.products:
            continue  # "Lee" after "Dana Lee": the person's surname (not a word the model alone called a person)
        if _maker_not_acting(span, ctx):
            continue  # "the Zorbly brand" after "Zorbly Corp." and "Zorbly and Samsung": the maker's brand (decision 628)
        if (
            root.dep_ == "pobj"
            and root.head.lower_ in lex.locative
            and not _holds_a_post(root.head.head)
            and not (root.head.lower_ == "to" and root.head.head.lower_ == "according")
        ):
            continue  # "flights to Vermont", "living in Vermont": a place (not "vice president … at Vermont", "according to HV")
        if any((start == token.idx and actor.type == "organization") or actor.name == full for start, actor in found):
            continue  # the model's own mark of the body read it already; the full name in the unit, listed once (decision 9)
        found[:] = [(start, actor) for start, actor in found if not (start == token.idx and actor.name == short)]
        country = ctx.orgs.get(full) or lex.orgs.get(full) or ctx.orgs.get(short)
        found.append((token.idx, Actor(short, "organization", country)))


def _countries_in_event_names(inside: list, ctx: Context, found: list, dateline: int) -> None:
    """ "the French Open", "the 2010 U.S. Open", "America's Cup", "the Russian Grand Prix": a recurring event's proper
    name made of a country's name or demonym and the word for the event's kind (claims.json recurring_event_end_words)
    names the country where or for which it is held, a `country` actor named as written (GUIDE decision 565(a)); the
    event itself is no actor (decision 118). Only where the country word is all the name holds besides determiners,
    years and ordinals: not "the Pan American Games" (no one country) nor a nation inside a state ("the Scottish
    Open": a place, decision 565(a)). The model marks such a name as an event, a place or a body. So too a war's
    name the model marks as an event (claims.json war_name_end_words: "the Vietnam War", "the Afghan war"), which
    names the country it was fought in or over (decisions 9, 565(a); not "the Cold War", "World War II")."""
    lex = words()
    for ent in inside:  # (the claim's span's entities, which find_actors has walked already)
        if ent.end_char <= dateline or len(ent) < 2:
            continue
        doc = ent.doc
        words_ = list(ent)
        if words_[-1].text in ("'s", "’s"):
            words_ = words_[:-1]  # "The French Open's organizers": the model puts the possessive inside the name
        last = words_[-1]
        # ("the Afghan war": also in lower case; "the American Civil War", which the model may call a body, not a body
        # "of War": "the Department of War")
        a_war = last.lower_ in lex.war_name_end_words and (
            ent.label_ == "EVENT" or (ent.label_ == "ORG" and last.text == "War" and not any(t.lower_ == "of" for t in words_))
        )
        if len(words_) < 2 or not (a_war or (last.text[:1].isupper() and last.lower_ in lex.recurring_event_end_words)):
            continue
        name = [t for t in words_[:-1] if t.lower_ != "the" and t.like_num is False and t.ent_type_ != "ORDINAL"]
        while a_war and name and name[-1].lower_ in lex.war_name_qualifiers:
            name = name[:-1]  # "the Spanish Civil War", "the Indo-Pakistani Border War": the kind of war
        if a_war and ent.label_ == "ORG":
            # "the American Civil War": a war is an event, no body (decision 118)
            found[:] = [(at, a) for at, a in found if not (a.type == "organization" and at == ent.start_char)]
        if last.lower_ == "prix" and name and name[-1].lower_ == "grand":
            name = name[:-1]  # "the Russian Grand Prix"
        if name and name[-1].text in ("'s", "’s"):
            name = name[:-1]  # "America's Cup"
        if not name or not all(t.text[:1].isupper() or (a_war and t.text == "-") for t in name):
            continue
        written = doc[name[0].i : name[-1].i + 1].text
        iso3 = country_of_text(written)
        if a_war and iso3 is None and "-" in written:
            # "the Iran-Iraq War": a war between two countries names each (decision 565(b), like "U.S.-Mexico border")
            parts = [(t, country_of_text(t.text)) for t in name if t.text != "-"]
            if len(parts) > 1 and all(code for _, code in parts):
                for t, code in parts:
                    if not any(a.type == "country" and a.country == code and at == t.idx for at, a in found):
                        found.append((t.idx, Actor(t.text, "country", code)))
            continue
        if iso3 is None or written in lex.nations_inside_a_state:
            continue
        state_of = lex.shared_state_names.get(written)
        if state_of and _a_states_name_here(doc[name[0].i : name[-1].i + 1], written, state_of, ctx):
            continue  # "the Georgia Games" in a story set in the US: the state's, a place
        # "The Dutch Grand Prix returns …": the model's body for the event goes, the country stays (decision 118)
        found[:] = [(at, a) for at, a in found if not (a.type == "organization" and at in (ent.start_char, name[0].idx))]
        if any(a.type == "country" and a.country == iso3 and at == name[0].idx for at, a in found):
            continue
        found.append((name[0].idx, Actor(written, "country", iso3)))


def _names_an_event(token) -> bool:
    """Whether a capitalised word is part of a recurring event's proper name that ends a few capitalised words after it
    ("the 2019 French Open champion", "the U.S. Open winner", "a Dutch Grand Prix winner"): a title won in an event
    says nothing of the winner's nationality (GUIDE decisions 565(a), 649)."""
    if not token.text[:1].isupper():
        return False
    doc = token.doc
    lex = words()
    for at in range(token.i + 1, min(token.i + 5, len(doc))):
        if not doc[at].text[:1].isupper():
            return False
        if doc[at].lower_ in lex.recurring_event_end_words:
            return True
    return False


def _bodies_running_the_event(ent) -> list:
    """The bodies' short forms right before the last word of an event's name ("the 2013 NBA Finals", "Game 1 of the
    NBA Finals", "the WTA and ATP Finals"): a body named inside the name of an event it runs is an actor (GUIDE
    decision 110); a well-known company there is the event's sponsor, no actor (decisions 47, 110)."""
    lex = words()
    if len(ent) < 2 or ent[-1].lower_ not in lex.named_event_words:
        return []
    bodies = []
    for token in reversed(ent[:-1]):
        if token.lower_ in ("and", "&", ","):
            continue
        short = token.text
        if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 6) or short in lex.companies:
            break
        bodies.insert(0, token)
    return bodies


def _named_event(ent, bare: str) -> bool:
    """ "the Kestrel Derby", "the Harlow Cup": a name of several words ending in the word for an event's kind
    (claims.json event_name_words, named_event_end_words). Not where the word is the place after "of" ("the
    University of Derby", "Lord of the Stakes"), a person's surname after a given name or a title ("Councillor Jim
    Derby", "Lord Derby"), nor a name that speaks ("Kestrel Derby said"): events do not."""
    lex = words()
    parts = bare.split()
    if len(parts) < 2 or parts[-1].lower() not in lex.named_event_words or parts[-2].lower() == "of":
        return False
    if any(part in lex.given_names or part.lower().rstrip(".") in lex.titles for part in parts[:-1]):
        return False
    root = ent.root
    return not (root.dep_ == "nsubj" and root.head.lemma_ in lex.reporting)


def _the_event_alone(ent, bare: str) -> bool:
    """ "the Derby", "the Derby's", "10 Derby winners": a word that ends an event's name of several words (claims.json
    named_event_end_words) alone after "the" or a number is the event, no body (GUIDE decisions 12, 118); bare it is
    a club's or a place's short name ("City beat Derby", "Derby said")."""
    if bare.lower() not in words().named_event_end_words:
        return False
    first = ent[0]
    if first.lower_ == "the":
        return True
    before = ent.doc[first.i - 1] if first.i > 0 else None
    return before is not None and (before.lower_ == "the" or before.like_num)


def _ends_an_events_name(token) -> bool:
    """ "the Harlow Stakes", "the Derby", "10 Derby winners": a word of claims.json named_event_end_words after a
    capitalised word, "the" or a number, the event's name or its end (not "City beat Derby", "Derby said")."""
    if token.lower_ not in words().named_event_end_words or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.lower_ == "the" or before.like_num or (before.text[:1].isupper() and before.i != before.sent.start)


def _event_runners(ent, ctx: Context, found: list) -> None:
    lex = words()
    for token in _bodies_running_the_event(ent):
        found.append((token.idx, Actor(token.text, "organization", lex.orgs.get(token.text) or ctx.orgs.get(token.text))))
    # "the Harlow Rotary Club Marathon", "the Kestrel University Derby": a body's name before the event's word, the
    # body that runs it (GUIDE decisions 110, 647)
    if len(ent) < 2 or ent[-1].lower_ not in lex.named_event_words:
        return  # (the other callers' names need not end in an event's word: "Private or Group Voice lessons")
    words_before = clean_name(ent[:-1].text).split()
    if words_before and words_before[0].lower() == "the":
        words_before = words_before[1:]
    runner = " ".join(words_before)
    if len(words_before) >= 2 and (
        words_before[-1].lower() in lex.body_kind_nouns or _bodys_noun(words_before[-1].lower()) or runner in lex.orgs
    ):
        found.append((ent.start_char, Actor(runner, "organization", lex.orgs.get(runner) or ctx.orgs.get(runner))))


def _kind_noun_alone(ent, bare: str) -> bool:
    """A body called only by the noun for its kind, capitalised, after a determiner or opening the sentence ("the
    Foundation" after "the Harlow Arts Foundation", "the Agency's review", "his Foundation", "Committee Chairman Lee"):
    it refers back to the body like "the company" does, a description and no actor, also where the short form is how
    the body is commonly known ("the Brotherhood"; GUIDE decisions 373, 496, 500). Not after a possessive, where the
    noun ends a name the model split ("Westminster Magistrate's Court")."""
    lex = words()
    if bare in lex.orgs or bare in lex.companies:
        return False
    if " " in bare and not _kind_noun_of_its_members(ent, bare):
        return False
    if " " not in bare and bare.lower() not in lex.body_kind_nouns:
        return False
    first = ent[0]
    if first.lower_ == "the":
        return True
    if first.i == first.sent.start:
        return True
    before = ent.doc[first.i - 1]
    return before.dep_ in ("det", "poss") and before.lower_ not in ("'s", "’s") and before.pos_ in ("DET", "PRON")


def _kind_noun_of_its_members(ent, bare: str) -> bool:
    """ "the Board of Governors", "the Board of Directors": a body's kind noun and "of" + the plural noun for its
    members, capitalised, a part of a body named only by common nouns (GUIDE decision 496), no name of its own: only
    a board, council or committee, and only where a body it is part of is named in its sentence or the one before
    ("the Society of Authors", "the Council of Representatives" named alone are bodies of their own, listed whole)."""
    parts = bare.split()
    if parts and parts[0].lower() == "the":
        parts = parts[1:]
    if len(parts) != 3 or parts[1] != "of" or parts[0].lower() not in words().governing_part_nouns:
        return False
    members = ent[-1]
    # (the model tags the capitalised plural a proper noun and keeps it as its own lemma: "Governors", "Deputies")
    plural = members.lower_
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural.removesuffix("s")
    if members.tag_ not in ("NNS", "NNPS") or not (singular in words().people or singular in words().human):
        return False
    # a part of a body the text names beside it ("NBA commissioner … the Board of Governors voted"); with none, a body
    # of its own listed whole as written ("the Council of Representatives approved the cabinet", decision 496)
    sent = ent.sent
    doc = ent.doc
    near = doc[doc[sent.start - 1].sent.start : sent.end] if sent.start > 0 else sent
    return any(other.label_ == "ORG" and other[0].lower_ not in words().governing_part_nouns | {"the"} for other in near.ents)


def _lettered_label(bare: str, ctx: Context) -> bool:
    """A common noun the article also writes in lower case, then one capital letter ("Group D",
    "Path A", "Plan B")."""
    parts = bare.split()
    return (
        len(parts) == 2
        and len(parts[1]) == 1
        and parts[1].isupper()
        and parts[0].isalpha()
        and parts[0].lower() in ctx.lower_words
    )


def _listed_with_bodies(ent, bare: str, ctx: Context) -> bool:
    """A name the model calls a place, listed with a body's name ("task orders to Astrobotic, Intuitive
    Machines and OrbitBeyond", "SpaceX and Blue Origin, Sierra Nevada and Tyvak"): a body listed among
    bodies (`_beside_a_body`); not a place known as one, nor a word the article writes in lower case."""
    if _known_place(bare) or any(part.lower() in ctx.lower_words for part in bare.split()):
        return False
    if " " in bare:
        return False  # "the Middle East and North Africa": a place of several words is a region's name
    return _beside_a_body(ent.root, ctx)


def _beside_a_body(token, ctx: Context) -> bool:
    """Whether `token` is a member of a list closed by "and" or "or" where another member is an
    organisation's name (the model's or one the article named before); not a list of places after a
    locative ("in Cambridge and Watertown … and Fairfax and Tysons"), nor one of kinds before a noun
    ("JPEG, JPG and PNG files")."""
    first = _first_of_its_list(token)
    members, stack = [], [first]
    while stack:
        member = stack.pop()
        members.append(member)
        stack += [c for c in member.children if c.dep_ == "conj"]
    if not any(c.dep_ == "cc" for m in members for c in m.children):
        return False  # ("the University of Goethe, Frankfurt": a place set after a body, no list)
    if (first.dep_ in ("compound", "amod", "nmod") and first.head.i > first.i) or (
        first.dep_ == "pobj" and first.head.lower_ in words().locative
    ):
        return False
    bodies = others = 0
    for member in members:
        if member.i == token.i:
            continue
        named = entity_of(member)
        if named is not None and (named.label_ == "ORG" or _entity_text(named) in ctx.orgs):
            bodies += 1
        else:
            others += 1
    # (bodies at least as many as the other names: "the law firm of Sheppard, Mullin, Richter, and Hampton" lists
    # surnames, one of which the model calls a body)
    return bodies > 0 and bodies >= others


def _unmarked_bodies_in_lists(tokens: list, ctx: Context, found: list, dateline: int = -1) -> None:
    """A proper name the model marked as nothing, listed beside a body's name ("the table SpaceX and Blue
    Origin"): an organisation, like the bodies it is listed with. `tokens`: the claim's."""
    if not tokens:
        return
    doc = tokens[0].doc
    covered = covered_by_entities(doc, _MARKED)
    lex = words()
    for token in tokens:
        if token.pos_ != "PROPN" or token.i in covered or token.idx < dateline or not token.text[:1].isupper():
            continue
        if token.ent_type_ or token.dep_ == "compound" or any(c.dep_ in ("compound", "det", "nummod") for c in token.children):
            continue  # (a word of a longer name or of a date; "three NGOs", "the NGOs": a kind of body)
        if token.i + 1 < len(doc) and doc[token.i + 1].like_num:
            continue  # "Just Dance 2020": a product's name
        name = token.text
        if (
            name in ctx.persons
            or name in ctx.products  # "the EUS, Orion, and ground systems": a thing listed beside things
            or name in lex.given_names
            or name.lower().rstrip(".") in lex.titles
            or name.lower() in ctx.lower_words
            or _known_place(name)
            or _learned(token)
            or not _beside_a_body(token, ctx)
            or _taken_into_the_name_before(doc[token.i : token.i + 1])  # "… for Assigned Names and" + "Numbers"
        ):
            continue
        ctx.orgs.setdefault(name, None)
        found.append((token.idx, Actor(name, "organization", ctx.orgs[name])))


def _learned(token) -> bool:
    """The name is what one learns, studies or teaches, or listed with it ("I learned Java/JSP, Python,
    JavaScript/CSS …", "I teach art history and Critical Race Theory"; claims.json learning_lemmas): a
    subject or a skill. (The parser hangs such a list's members on one another as conjuncts, and as
    appositions or modifiers of another name; not a name modifying a common noun: "taught Google
    engineers" teaches the engineers, "studies U.S.-Canada trade" the trade.)"""
    for _ in range(12):
        head = token.head
        if head.i == token.i or not (token.dep_ == "conj" or token.dep_ in ("appos", "nmod") and head.pos_ == "PROPN"):
            break
        token = head
    return token.dep_ == "dobj" and token.head.lemma_ in words().learnings


def _known_place(name: str) -> bool:
    return bool(country_of_text(name) or name in gazetteer().cities or name in _subdivisions() or _seat(name) or _region(name))


_POSSESSIVES = frozenset(("My", "Our", "Your", "His", "Her", "Their"))


def _possessive_title(bare: str) -> bool:
    """A name of two words or more opening with a possessive ("My Struggle", "Our Planet"): a work's title."""
    parts = bare.split()
    return len(parts) > 1 and parts[0] in _POSSESSIVES


def _surname_of_named_person(name: str, ctx: Context) -> bool:
    """ "Black" after "Jack Black": the surname of a person the article named in full."""
    known = ctx.persons.get(name)
    return known is not None and known.name != name


def _city_opened_by(doc, start: int, end: int) -> str | None:
    """The city whose name the words [start, end) open with the one or two capitalised words after them
    ("Spanish Town"), if the gazetteer knows it."""
    for stop in (end + 1, end + 2):
        if stop <= len(doc) and doc[stop - 1].text[:1].isupper() and doc[start:stop].text in gazetteer().cities:
            return doc[start:stop].text
    return None


def _region(name: str) -> bool:
    """A compass word, then a continent, ocean or sea ("East Africa", "Middle East", "Central Asia"): a region."""
    parts = name.lower().split()
    lex = words()
    return len(parts) == 2 and parts[0] in lex.region_compass_words and parts[1] in lex.region_ends


def _street_name(name: str) -> bool:
    """A street's or square's name ending as German, Dutch or Scandinavian ones do, run into one word or
    joined by hyphens ("Petersallee", "Lüderitzstrasse", "Karl-Marx-Allee"): a place, though it holds a
    person's name."""
    last = name.split()[-1].lower() if name.split() else ""
    ends = words().street_name_ends
    if "-" in last and last.rsplit("-", 1)[1] in ends:
        return True
    # (three letters at least before the ending: "Petersallee", not a surname like "Damm" or "Platz")
    return any(last.endswith(end) and len(last) >= len(end) + 3 for end in ends)


def _generic_people(bare: str) -> bool:
    """A name made only of words for an ethnic or indigenous people in general and people's nouns
    ("Indigenous Peoples", "Latinx", "Aboriginal communities"): a generic group, no actor (a named tribe,
    "the Nooksack Indian Tribe", has a word of its own)."""
    lex = words()
    parts = [part.lower() for part in bare.split()]
    if len(parts) == 1 and parts[0] in lex.creed_followers:
        return True  # "Islamists", "Muslims": the followers of a faith or current in general
    return (
        bool(parts)
        and any(part in lex.ethnic_group_words for part in parts)
        and all(part in lex.ethnic_group_words or part in lex.ethnic_group_nouns for part in parts)
    )


_RESIDENT_SUFFIXES = ("ites", "ians", "ans", "ers", "ns")


def _town_residents(bare: str) -> bool:
    """One word made of a town's name and a suffix for its people ("Delhiites", "Londoners", "Bostonians",
    "Chicagoans"): the town's residents in general, no party (the gazetteer's cities, not states or countries:
    "the Texans" is a team, "Haitians" a nationality)."""
    if " " in bare or not bare[:1].isupper() or country_of_text(bare):
        return False  # ("Tunisians": Tunis + "ians", but a country's people, its demonym)
    cities = gazetteer().cities
    return any(bare.endswith(suffix) and bare[: -len(suffix)] in cities for suffix in _RESIDENT_SUFFIXES)


def _portfolio(ent, bare: str) -> bool:
    """An organisation entity that is an office's portfolio inside a title: a compound of a title
    word ("Energy Secretary") or governed by "of" after one ("Secretary of State")."""
    lex = words()
    if bare.lower() not in lex.portfolios:
        return False
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif ent.root.dep_ != "compound":
        return False
    return head.lower_ in lex.titles or head.lower_ in lex.office_words


def _host_after_a_post(ent):
    """The named body that "at" puts a name after a post's "of" at ("head of Equity Research at Kestrel Capital",
    "director of the Center for Coastal Policy at Harlow University": the entity "Kestrel Capital", "Harlow
    University"); else None."""
    root = ent.root
    doc = ent.doc
    if root.dep_ != "pobj" or root.head.lower_ != "of" or not _holds_a_post(root.head.head):
        return None
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "at":
        return None
    following = doc[ent.end + 2] if doc[ent.end + 1].lower_ == "the" and ent.end + 2 < len(doc) else doc[ent.end + 1]
    return entity_of(following) if following.ent_type_ == "ORG" else None


def _section_at_a_body(ent, bare: str) -> bool:
    """A name after a post's "of" that "at" + a named body follows ("vice president of Advanced Development
    Programs at Blue Origin", "Head of Fundamental Research at Kotak Securities"): the post's field or section
    inside that body, which the body stands for. Not a body's own name, whose head is a body's noun ("director of the
    Criminal Division Office at …", "director of the Center for Coastal Policy at Harlow University", "head of the
    Laboratory for Ion Physics at …"): a body the text places at another body (GUIDE decision 610(b))."""
    if _host_after_a_post(ent) is None:
        return False
    lex = words()
    heads = {bare.split()[-1].lower(), ent.root.lower_}  # ("the Center for Coastal Policy": its head before "for")
    return not any(_bodys_noun(h) or h in lex.field_body_nouns or h in lex.workplace_body_nouns for h in heads)


def _placed_at_hosts_country(ent, ctx: Context) -> str | None:
    """The country of the body a body is placed at after a post's "of" ("director of the Center for Coastal Policy at
    the University of Harlow, Kent" → the university's): the placed body is located there and takes it (GUIDE decision
    610(b)); None where the host has none. (Asked only of a name `_section_at_a_body` keeps as a body.)"""
    host = _host_after_a_post(ent)
    if host is None:
        return None
    name = _strip_article(_entity_text(host))
    lex = words()
    return lex.orgs.get(name) or lex.metonyms.get(name) or _known_body_country(name, ctx) or _country_in(host, ctx)


def _conveyed_to(ent, bare: str, ctx: Context) -> bool:
    """A name after "to" that someone is taken or travels to ("was taken by ambulance to Taylorville Memorial
    Hospital", "an unscheduled trip to Walter Reed hospital", "travels to the Eternal City"; claims.json
    `conveyance_lemmas`): a place there, as after "in" (`_place_after_in`), unless it acts, ends in a body's noun
    ("took the case to the Supreme Court") or is a body the lexicon or the article's persons know."""
    lex = words()
    node = ent.root
    if node.dep_ == "compound" and node.head.i >= ent.end and node.head.pos_ == "NOUN":
        node = node.head  # "Walter Reed hospital": the name modifies the place's noun the preposition takes
    if node.dep_ != "pobj" or node.head.lower_ != "to" or node.head.head.lemma_.lower() not in lex.conveyances or acts(ent):
        return False
    if any(_bodys_noun(word) for word in (bare.split()[-1].lower(), node.lower_)) or node.lower_ in _SEAT_NOUNS:
        return False  # ("a visit to Acme Robotics headquarters": the body's own seat, where the body stands for itself)
    known = bare in lex.orgs or bare in lex.companies or bare in lex.metonyms  # ("traveled to the Kremlin")
    return not (known or bare in ctx.persons)


_SEAT_NOUNS = frozenset(("headquarters", "hq", "offices"))


def _bodys_noun(word: str) -> bool:
    lex = words()
    return word in lex.org_nouns or word in lex.institution_nouns or word in lex.government_nouns or word in lex.chambers


_AGE_LIMIT = 120


def _town_after_age(ent) -> bool:
    """A name right after a person's name and age, each closed by a comma ("Jayden F. Snow, 22, Pana, was
    arrested", "Casey Conaway, 30, Edinburg was arrested"): a police log's home town (the bare form of
    `_home_after_age`'s "of Dedham")."""
    doc = ent.doc
    if ent.start < 4 or doc[ent.start - 1].text != "," or doc[ent.start - 3].text != ",":
        return False
    age = doc[ent.start - 2]
    if not (age.text.isdigit() and 0 < int(age.text) <= _AGE_LIMIT):
        return False
    return doc[ent.start - 4].ent_type_ == "PERSON"


def _among_places(ent) -> bool:
    """Whether a name stands in a list joined by "and"/commas that holds a place the model marked
    ("in Seoul, Daejeon and Cheongju"); a list that also holds a full name is one of people."""
    top = ent.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    chain, todo = [], [top]
    while todo:
        token = todo.pop()
        chain.append(token)
        todo.extend(c for c in token.children if c.dep_ == "conj")
    outside = [t for t in chain if not (ent.start <= t.i < ent.end)]
    if len(ent) > 1 or any(t.ent_type_ == "PERSON" and t.dep_ == "compound" for c in outside for t in c.lefts):
        return False  # (a full name, or a list that also holds one, is a list of people)
    return any(t.ent_type_ in ("GPE", "LOC") for t in outside)


def _home_after_age(ent) -> bool:
    """ "Junmyung Lee, 30, of Dedham": the "of" name after a person's age is their home town."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return any(c.like_num and c.dep_ in ("appos", "npadvmod", "amod", "nummod") and c.i > owner.i for c in owner.children)


_OPENING_QUOTES = '“"'
_CLOSING_QUOTES = '”"'
_TITLE_REACH = 60  # characters either side of a name where the quotes around a title are looked for


def _in_quoted_title(ent) -> bool:
    """Whether the name stands in a quotation of two to eight words, each word of four letters or
    more capitalised, with no sentence inside: a song's, film's or show's title, or a label ("the
    “Never Trumpers”"), not a quote of speech."""
    text = text_of(ent.doc)
    lo = max(0, ent.start_char - _TITLE_REACH)
    opening = max(text.rfind(q, lo, ent.end_char) for q in _OPENING_QUOTES)  # (also "the “Never Trumpers")
    if opening < 0 or any(q in text[opening + 1 : ent.start_char] for q in "”\n"):
        return False
    closing = [i for i in (text.find(q, ent.end_char, ent.end_char + _TITLE_REACH) for q in _CLOSING_QUOTES) if i >= 0]
    if not closing:
        return False
    inner = text[opening + 1 : min(closing)].strip().rstrip(",.")
    words_ = inner.split()
    return (
        2 <= len(words_) <= 8
        and words_[0][:1].isupper()  # (not 'the “new Gannett”': a name in quotes with a word of the writer's)
        and "\n" not in inner
        and not any(mark in inner for mark in (". ", "? ", "! ", "“"))
        and all(w[:1].isupper() or len(w.strip("’'")) < 4 or not w[:1].isalpha() for w in words_)
    )


def _counted_by_article(ent) -> bool:
    """The name right after "a"/"an", which is its own determiner ("an IPO", "a Bang & Olufsen sound
    system"): a thing counted; a body is not one of many (not "a Reuters reporter", where the article is the
    reporter's)."""
    if ent.start == 0:
        return False
    det = ent.doc[ent.start - 1]
    return det.lower_ in ("a", "an") and det.dep_ == "det" and det.head.i == ent.root.i


def _based_in(ent) -> bool:
    """ "an Amritsar-based agent", "a start-up based out of Delhi-NCR": where a body is based is a place; so
    is where people come from or live ("Guanajuato natives", "a Kalamazoo resident")."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    if len(after) and after[0].lower_ in words().origins:
        return True
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ == "based":
        return True
    before = doc[max(0, ent.start - 3) : ent.start]
    return any(t.lower_ == "based" for t in before) and doc[ent.start - 1].lower_ in ("in", "of", "out")


def _where_based(ent) -> list:
    """The place words of "-based" said of a body, before its name or in a description set beside it ("Sacramento-based
    McClatchy", "Edmunds.com, a California-based data firm", "Stratfor, the Texas-based intelligence group"): GUIDE
    decision 21, a city or region named for a body gives its country. Empty when there is none."""
    doc = ent.doc
    based = []
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "based" and doc[ent.start - 2].text in ("-", "–"):
        based.append(doc[ent.start - 1])
    for noun in ent.root.children:
        if noun.dep_ == "appos" and not ent.start <= noun.i < ent.end:
            based += [t for t in noun.lefts if t.lower_ == "based"]
    return [t for word in based for t in word.lefts if t.i < word.i and not t.is_punct and t.text[:1].isupper()]


def _without_web_domain(bare: str) -> str | None:
    """A body's name without the web domain that closes it ("Edmunds.com" → "Edmunds"), the name it goes by later."""
    stem, dot, domain = bare.rpartition(".")
    return stem if dot and stem and " " not in stem and domain in words().web_domains else None


def _given_name_first(bare: str) -> bool:
    """A name in shape (`_name_shaped`) whose first word is a common given name ("Diego Schwartzman"; not
    "Victoria Hospital", "John Smith Productions")."""
    return bare.split()[0] in words().given_names and _name_shaped(bare)


def _in_a_persons_slot(ent, bare: str, ctx: Context) -> bool:
    """A name in shape the model calls a body or a product where a person stands: right after a person's
    post or a team's role ("Pittsburgh quarterback Mason Rudolph"), joined by "and" to a person ("Marcel
    Granollers and Feliciano Lopez"), or beating a person in a game's result ("Vasek Pospisil edged Reilly
    Opelka"); not a name the article has called a body, nor one whose words it writes in lower case."""
    if not _name_shaped(bare) or bare in ctx.orgs:
        return False
    named = _noun_a_naming_verb_names(ent)
    if named is not None and _persons_noun(named):
        # "a British researcher, known as Malware Tech": the name a naming participle gives a person, whatever words of
        # it the article writes in lower case
        return True
    if any(part.lower() in ctx.lower_words for part in bare.split()):
        return False
    lex = words()
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent[0].lower_ == "the" or (before is not None and before.lower_ == "the"):
        return False  # "including the Sacramento Bee, Miami Herald …": a name after "the" is no person's
    if any(c.dep_ == "appos" and c.lower_ in lex.human and not c.ent_type_ for c in ent.root.children):
        return True  # "Dana Quill, chairman of the port authority, said": a person's post set beside the name
    if before is not None and before.is_lower and before.pos_ == "NOUN" and (_post(before) or before.lower_ in lex.team_roles):
        return True
    if _of_a_country_after(ent) and not any(part.lower().rstrip(".") in lex.titles for part in bare.split()):
        return True  # "Kiki Bertens of the Netherlands": a person by the country set after the name (decision 36)
    root = ent.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "nsubj" and (root.head.lemma_ in lex.wins_over or any(c.lower_ == "past" for c in root.head.children)):
        verb = root.head
        partners += [c for c in verb.children if c.dep_ == "dobj"]
        partners += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    # (a full name: "Gannett, GateHouse and also McClatchy Co.", where the model calls "Gannett" a person)
    return any(p.ent_type_ == "PERSON" and len(entity_of(p) or ()) > 1 for p in partners)


def _country_after_a_persons_name(ent, found: list) -> bool:
    """Whether the country `ent` is named by "of" right after a person's name the claim lists ("President Lee Myung-bak
    of South Korea", "Kiki Bertens of the Netherlands"), the whole of the phrase (not "of Germany's Lund University")."""
    doc = ent.doc
    of = ent.root.head
    if ent.root.dep_ != "pobj" or of.lower_ != "of" or of.i not in (ent.start - 1, ent.start - 2) or of.i == 0:
        return False
    if of.i == ent.start - 2 and doc[ent.start - 1].lower_ != "the":
        return False
    if ent.end < len(doc) and (doc[ent.end].pos_ in ("PROPN", "NOUN", "PART") or doc[ent.end].lower_ in ("'s", "’s")):
        return False
    owner = entity_of(doc[of.i - 1])
    return (
        owner is not None
        and of.head.i == owner.end - 1
        and any(at == owner.start_char and actor.type == "person" for at, actor in found)
    )


def _of_a_country_after(ent) -> bool:
    """ "Shiv Kapur of India", "Kiki Bertens of the Netherlands": "of" and a country's name, whole, right after the
    entity, hung on its last word (GUIDE decision 36's "X of Japan"); not a city's ("the Mayor of Paris") nor a
    country's name that runs on into another ("of India Cements")."""
    doc = ent.doc
    at = ent.end
    if at + 1 >= len(doc) or doc[at].lower_ != "of" or doc[at].head.i != ent.end - 1:
        return False
    first = at + 2 if doc[at + 1].lower_ == "the" else at + 1
    names = gazetteer().country_names
    for last in range(first, min(first + 3, len(doc))):
        if not doc[last].text[:1].isupper():
            return False
        if span_text(doc, first, last + 1) in names:
            # (not a name that runs on: "of India Cements", "of the United States Navy")
            return not (
                last + 1 < len(doc) and (doc[last + 1].pos_ in ("PROPN", "NOUN", "PART") or doc[last + 1].lower_ in ("'s", "’s"))
            )
    return False


def _name_shaped(bare: str) -> bool:
    """Two or three capitalised words, none a body's or place's noun, no organisation's form and no
    organisation of the lexicon: a person's name in shape."""
    lex = words()
    parts = bare.split()
    return (
        len(parts) in (2, 3)
        and all(p[:1].isupper() and p.replace("-", "").isalpha() for p in parts)
        and not ends_in_organisation_form(parts)
        and not any(
            p.lower() in lex.org_nouns or p.lower() in lex.institution_nouns or p.lower() in lex.place_nouns for p in parts
        )
        and bare not in lex.orgs
    )


def _place_name(ent, bare: str) -> bool:
    """An organisation entity that names a place: its own last word or the noun it modifies is a place noun."""
    if bare in words().buildings:
        return True
    if bare in words().postal_state_codes and ent.start > 0 and ent.doc[ent.start - 1].text == ",":
        return True  # "West Palm Beach, FL": the place's state
    if _street_name(bare):
        return True  # "Petersallee", "Nachtigalplatz"
    last = bare.split()[-1].lower() if bare.split() else ""
    head = ent.root.head
    article = ent[0] if ent[0].text == "The" else (ent.doc[ent.start - 1] if ent.start > 0 else None)
    if article is not None and article.text == "The" and not article.is_sent_start:
        return False  # "told The Hill": a capitalised article inside a sentence opens a title, no place
    return last in words().place_nouns or (
        ent.root.dep_ == "compound" and head.i >= ent.end and head.lower_ in words().place_nouns
    )


def _country(ent, iso3: str, locative: bool, named: bool, ctx: Context, found: list, places: list) -> None:
    """A country named, by name or demonym: an actor, unless it only makes a
    person's title or an organisation's name ("Russian President X", "the
    U.S. State Department", "Japan's Nikkei"), which then carry it."""
    g = gazetteer()
    ctx.countries[iso3] += 1
    head = ent.root.head
    if _opens_the_posts_of_a_name(ent):
        return  # "Danish singer and poet Lars Holt": the person carries the country (GUIDE decision 36)
    if _country_after_a_persons_name(ent, found):
        return  # "Shiv Kapur of India": the person carries the country (GUIDE decision 36's "X of Japan")
    if _carries(_person_a_participle_names(ent.root), iso3, ctx):
        # "a Ruritanian nurse named Dana Lee", "the Ruritania-based analyst, known as Dana Lee": the person the participle
        # names carries the country (decision 9)
        return
    if ent.root.dep_ in ("compound", "amod", "poss", "nmod") and head.i != ent.root.i:
        if head.lower_ in words().government_nouns:
            _government(ent, head, iso3, ctx, found)
            return
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if (
            after is not None
            and after.lower_ in words().government_nouns
            and _both_modify(ent.root, after)
            and not _bodys_noun(head.lower_)
            and (after.lower_ == "government" or _government_member(head))
        ):
            # "Syrian government forces", "an Israeli Cabinet minister": the parser hangs the country and its body's noun
            # both on the noun after them; the country's body, as in "the Syrian government" (not "the Dallas police
            # department", a longer body name read elsewhere). Only "government" names it before any noun (GUIDE decision
            # 313); another body's noun before a noun no post or force makes a kind of it ("a Chinese office building",
            # "Japanese office workers", "a Swiss police drama"; decisions 19, 36)
            _government(ent, after, iso3, ctx, found)
            return
        if head.ent_type_ == "ORG" and _a_market_index(head):
            # "Hong Kong's Hang Seng Index (HSI) rose": an index is a measure, no body whose name the country makes;
            # the country before it is listed (GUIDE decision 453)
            found.append((ent.start_char, Actor(g.display(iso3), "country", iso3)))
            return
        if head.ent_type_ in ("ORG", "PERSON"):
            return
        if _carries(_name_after_its_clause(head), iso3, ctx):
            return  # "the Ruritanian officer who wrote the report, Dana Lee": the person carries the country (decision 9)
        if head.lower_ in words().titles:
            if _post_with_its_holder(head):
                return  # "Ruritanian President Dana Lee", "Lee, the Ruritanian envoy": the person carries the country
            # "a Ruritanian judge", "Borduria's ambassador", "the new Ruritanian president": an office-holder the unit
            # does not name; nobody listed carries the country, which is listed (GUIDE decision 436)
            found.append((ent.start_char, Actor(g.display(iso3), "country", iso3)))
            return
        doc = ent.doc
        after = entity_of(doc[head.i + 1]) if head.i + 1 < len(doc) else None
        if (
            after is not None
            and after.label_ == "PERSON"
            and _country_and_noun_before(after)
            and head.lemma_.lower() not in words().subject_nouns
        ):
            return  # "Brazil star Neymar": the person carries the country (GUIDE decision 36; not "Russia expert X")
        joined = (
            "-" in ent.text
            or (ent.start > 0 and doc[ent.start - 1].text in ("-", "–"))
            or (ent.end < len(doc) and doc[ent.end].text in ("-", "–"))
        )
        if ent.label_ == "NORP" and head.pos_ in ("NOUN", "PROPN") and not joined:
            # ("Franco-German", "Kyrgyz-Tajik": a relation between countries, each of them named.)
            people = head.lemma_.lower() in words().people or head.lower_ in words().people
            owned = head.lemma_.lower() in words().country_attributes or head.lower_ in words().country_attributes
            if not owned and people and head.tag_ not in ("NNS", "NNPS"):
                # "the Portuguese boss", "the German carmaker": a description of one person or body. It gives a
                # person named before the country; the demonym is an actor of its own only where no named actor of
                # the claim is the one described (GUIDE decisions 54, 436: "a Ruritanian engineer repaired the pump";
                # "the Portuguese boss" for a person the claim does not name, "his Ruritanian counterpart": no listed
                # actor carries the country, which is listed, decisions 436, 499)
                carried = head.lemma_.lower() in words().described_persons and _describes_last_person(head, iso3, ctx, found)
                if carried or _said_of_a_name(head) or _of_a_type(ent.root):
                    return
                found.append((ent.start_char, Actor(g.display(iso3), "country", iso3)))
                return
            armed = head.lemma_.lower() in words().armed_force_nouns  # ("Iranian forces": the state acting, its country)
            if people and not owned and not armed and head.lemma_ not in words().org_nouns:
                # "American tourists", "Rwandan rebels": the people, and their country.
                found.append((ent.start_char, Actor(ent.text + " " + head.text, "group", iso3)))
    elif (
        ent.label_ == "NORP"
        and ent.root.tag_ in ("NN", "NNP")
        and not ent.text.endswith("s")
        and any(child.dep_ == "det" and child.lower_ in ("a", "an") or child.dep_ == "amod" for child in ent.root.children)
    ):
        # "an American and an Australian", "the 48-year-old Australian": a person, who carries the country where the
        # claim names them; else no listed actor carries it, and it is listed (GUIDE decision 436's unnamed person)
        named_thing = any(child.pos_ == "PROPN" and child.i < ent.root.i for child in ent.root.children)
        if _carries(_name_after_its_clause(ent.root), iso3, ctx):
            return  # "the first Ruritanian to fly solo, Dana Lee": the person carries the country (decision 9)
        if not _describes_last_person(ent.root, iso3, ctx, found) and not named_thing:
            # (not "the other Mezcal Mexican": a proper name before the demonym makes a place's or a thing's name)
            found.append((ent.start_char, Actor(g.display(iso3), "country", iso3)))
        return
    elif (
        ent.label_ == "NORP"
        and len(ent) == 1
        and ent.root.dep_ in ("nsubj", "nsubjpass")
        and ent.text.endswith(("an", "ine", "i"))
        and any(child.dep_ == "det" and child.lower_ == "the" for child in ent.root.children)
    ):
        # "after the Argentine was linked to …": a nationality standing as a subject for a person (not "the
        # French", "the Chinese": a people), listed where the claim does not name that person (GUIDE decision 436)
        if not _describes_last_person(ent.root, iso3, ctx, found):
            found.append((ent.start_char, Actor(g.display(iso3), "country", iso3)))
        return
    if ent.label_ == "NORP" and not named and len(ent) == 1 and ent.root.tag_ in ("NNS", "NNPS"):
        # "Indians were deported", "Palestinians": the people of a country, a group with its country.
        found.append((ent.start_char, Actor(_entity_text(ent), "group", iso3)))
        return
    found.append((ent.start_char, Actor(g.display(iso3), "country", iso3)))
    if ent.root.dep_ in ("nsubj", "nsubjpass"):
        ctx.note_org(g.display(iso3))
    if locative and named:
        places.append(g.display(iso3))


_PLURAL_ABBREVIATION = patterns.compile(r"[A-Z][A-Z0-9]*[A-Z]s")


def _names_a_term(ent, bare: str) -> bool:
    """A technical term the model calls a body: its abbreviation ("EV", "CI"), the abbreviation before common nouns
    ("CI metrics", "LLM work"), or its spelled-out form before the abbreviation in brackets ("Application
    Programming Interface (API)", "Transport Layer Security (TLS)")."""
    terms = words().term_abbreviations
    if bare in words().abbreviations_also_bodies:
        return _in_a_terms_place(ent)  # "SVP of sales", "21:42 UTC"; not "The SVP said", "CGI shares rose"
    if bare in terms or _PLURAL_ABBREVIATION.fullmatch(bare):
        return True  # (also an abbreviation in the plural, "LLMs", "APIs", "NGOs": a kind of thing or of people, no name)
    first, *rest = bare.split() or [""]  # an entity of punctuation alone has no words ("Mr. . said.")
    if first in terms and rest and all(word.islower() for word in rest):
        return True
    doc = ent.doc
    return ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 1].text in terms and doc[ent.end + 2].text == ")"


def _in_a_terms_place(ent) -> bool:
    """Whether an abbreviation that is also a body's short name (claims.json abbreviations_also_bodies) stands where
    the sentence uses the title or term: before "of" or "for" ("EVP of sales", "SVP of internet software"), in a list
    of titles ("the EVP, CEO and Director of …"), after a number or time ("from 21:27 to 21:42 UTC", "5 p.m. UTC") or
    after a word in lower case that qualifies it ("the effective CPM is lower", "healthcare ICT"; not the subject of a
    verb other than "be": "the populist SVP won"). Elsewhere it names the body ("The SVP said", "CGI shares rose")."""
    doc, titles = ent.doc, words().titles
    places = words().abbreviation_term_places
    # (not "The SVP for years has campaigned": "for" opening a stretch of time)
    nxt = doc[ent.end : ent.end + 2]
    stretch = len(nxt) == 2 and nxt[0].lower_ == "for" and nxt[1].lower_ in places["for_not_before"]
    if len(nxt) > 0 and nxt[0].lower_ in places["after"] and not stretch:
        return True
    # "the EVP, CEO and Director of Player Personnel", "CFO and SVP": one of a list of titles
    joiners = places["list_joiners"]
    after = [t.lower_.rstrip(".") for t in doc[ent.end : ent.end + 2]]
    if len(after) == 2 and after[0] in joiners and after[1] in titles:
        return True
    ahead = [t.lower_.rstrip(".") for t in doc[max(ent.start - 2, 0) : ent.start]]
    if len(ahead) == 2 and ahead[1] in joiners and ahead[0] in titles:
        return True
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    if any(ch.isdigit() for ch in before.text) or before.lower_ in places["time_marks"]:
        return True  # "21:42 UTC", "5 p.m. UTC"
    if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.lemma_ != "be":
        return False  # "the populist SVP won 28 percent": a body that acts, whatever qualifies it
    if not (before.is_lower and before.is_alpha):
        return False
    # "healthcare ICT" (a noun's compound), "the effective CPM" (a listed qualifier); not "backed the populist SVP"
    return before.pos_ == "NOUN" or before.lower_ in places["qualifier_adjectives"]


def _names_a_language(token) -> bool:
    """A nationality word that names a language, a layout or a manner, not the country (GUIDE decision 219): the
    model's LANGUAGE ("in English"); a modifier of a noun of language or style ("the Danish word", "the Danish
    alphabet", "a Danish keyboard", "German-style capitalisation"); a bare singular noun, which a people never is
    ("in Danish", "Written Danish has changed", "Both Norwegian and Faroese use it"; not "the French", "Danes"); or of a
    tradition of stories ("out of Greek myth", "in Irish folklore": decision 670)."""
    if not token.is_alpha or token.is_upper:
        return False  # "U.S.", "UK": a country's short name, never a language
    if token.ent_type_ == "LANGUAGE":
        return True
    doc, nouns = token.doc, words().language_nouns
    if token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–") and doc[token.i + 2].lower_ in ("style", "language"):
        return True
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "Norwegian and Faroese": the first of the list says how they stand
    if first.dep_ in ("amod", "compound", "nmod") and first.head.i != first.i:
        if _before_a_story_tradition(first):
            return True
        # (the noun may be the name's own compound: "the Danish word bøf")
        between = doc[first.i + 1 : first.head.i + 1] if first.head.i > first.i else [first.head]
        return any(
            (word.lemma_.lower() in nouns or word.lower_ in nouns or word.lower_ == "style") and not _an_occasions_edition(word)
            for word in between
        )
    return (
        first.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")  # (also where the model tags the noun JJ)
        and not (token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "–"))  # ("American-led": a country's part)
        and not token.text.endswith("s")
        and not any(
            child.dep_ in ("det", "poss") and child.lower_ not in ("both", "either", "neither") for child in first.children
        )
    )


def _before_a_story_tradition(first) -> bool:
    """The demonym `first` modifies a noun for a body of stories or a tradition of them ("out of ancient Greek myth", "in
    old Irish folklore", "an old German fairy tale": decision 670, no country), with no other noun between that makes it
    a person's or an affair's noun ("a Brazilian soccer legend", decision 670's noun for a person; "the Greek debt saga",
    a country named as a modifier, decision 9), nor a person's name after it ("the Brazilian legend Pelé")."""
    lex = words()
    head = first.head
    if head.i < first.i or not (head.lemma_.lower() in lex.story_tradition_nouns or head.lower_ in lex.story_tradition_nouns):
        return False
    between = first.doc[first.i + 1 : head.i]
    if any(w.pos_ in ("NOUN", "PROPN") and w.lower_ not in lex.story_tradition_compounds for w in between):
        return False
    return not any(child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON" for child in head.children)


def _an_occasions_edition(noun) -> bool:
    """Whether `noun` is an edition of an occasion (claims.json occasion_nouns: "the Chinese edition of the Grand Prix",
    "the Qatari edition of the summit"): one held in the land, which the nationality word names (GUIDE decision 9),
    not a text's language form ("the Russian edition of the novel", "Czech editions")."""
    if noun.lemma_.lower() != "edition":
        return False
    of = next((child for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"), None)
    objects = [child for child in of.children if child.dep_ == "pobj"] if of is not None else []
    occasions = words().edition_occasions
    return any(obj.lemma_.lower() in occasions or obj.lower_ in occasions for obj in objects)


def _post_with_its_holder(title) -> bool:
    """Whether the post `title` is written with the name of its holder: before the name ("President Dana Lee", "attorney
    general Al Roe") or beside or said of it (`_said_of_a_name`: "Lee, the Ruritanian envoy", "Lee, who became the
    Ruritanian envoy", "As the Ruritanian envoy, Lee said")."""
    post = title
    while post.dep_ == "compound" and post.head.i > post.i:
        post = post.head  # (the post's last word: "attorney" of "attorney general", "President" of "President Lee")
    if post.pos_ == "PROPN" and post.i != title.i:
        return True
    if _said_of_a_name(post):
        return True
    after = post.doc[post.i + 1] if post.i + 1 < len(post.doc) else None
    return after is not None and after.ent_type_ == "PERSON"


def _said_of_a_name(noun) -> bool:
    """Whether a description is said of a name in its own sentence, which then carries its country (GUIDE decision
    436): set beside the name ("Globex, the Ruritanian maker", "the Ruritanian maker Globex"), the complement of a
    copula or of a verb that gives a post ("Globex is the only Ruritanian maker", "Lee, who became the Ruritanian
    envoy", "Lee was named Ruritanian envoy", "Lee served as the Ruritanian envoy") or "as" + the description before the
    name's own verb ("As the Ruritanian envoy, Lee said …"), with the name as that verb's subject."""
    if noun.dep_ == "appos" and noun.head.ent_type_ in ("PERSON", "ORG", "PRODUCT"):
        return True  # (not an event's or a place's: "at the Motor Show, the Ruritanian marque unveiled …")
    if any(child.dep_ in ("appos", "compound") and child.ent_type_ in ("PERSON", "ORG") for child in noun.children):
        return True
    if noun.dep_ in ("attr", "oprd"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
    else:
        return False
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and subjects and all(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [verb.head]  # ("Lee, who is the Ruritanian envoy, …": the name the relative clause is said of)
    return any(s.ent_type_ for s in subjects)


def _person_a_participle_names(token):
    """The name a naming participle gives the person's noun a word modifies, directly or through a modifier of its own
    ("Ruritanian" of "a Ruritanian nurse named Dana Lee", "Ruritania" of "a Ruritania-based analyst, known as X"): a span,
    or None."""
    for _ in range(3):
        if token.dep_ not in ("amod", "compound", "nmod", "npadvmod", "poss") or token.head.i <= token.i:
            return None
        token = token.head
        if token.pos_ == "NOUN":
            names = [name for child in token.children for name in _names_its_participle_gives(token, child)]
            if names:
                return entity_of(names[0])
    return None


def _names_its_participle_gives(noun, participle) -> list:
    """The names a naming participle hung on a person's noun gives it ("a nurse named Tom Reed", "a researcher known as
    Tom Reed"; `_noun_a_naming_verb_names`): none where the noun names no person ("a storm named Barbara", "a firm
    called Globex", "a village known as Kirazli", whatever the model tags the name)."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.i < noun.i or not _persons_noun(noun):
        return []
    naming = words().naming_participles
    if participle.lemma_ in naming.get("", ()):
        names = [c for c in participle.children if c.dep_ in ("oprd", "dobj", "attr")]
    elif participle.lemma_ in naming.get("as", ()):
        names = [o for c in participle.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    else:
        return []
    return [name for name in names if name.ent_type_ and entity_of(name) is not None]


def _of_a_type(demonym) -> bool:
    """ "a stereotypically Ruritanian uncle", "a very French meal": a degree adverb before the demonym makes it a
    national character or manner, no country (GUIDE decisions 219, 436)."""
    doc = demonym.doc
    before = doc[demonym.i - 1] if demonym.i > 0 else None
    # (the parser may hang the adverb on the noun: "an almost stereotypically Ruritanian mother")
    return any(child.dep_ == "advmod" for child in demonym.children) or (
        before is not None and (before.pos_ == "ADV" or before.lower_.endswith("ally"))  # (or tags it an adjective)
    )


def _describes_last_person(noun, iso3: str, ctx: Context, found: list) -> bool:
    """ "the 48-year-old Australian", "the Australian national", "the Portuguese boss": a definite
    description of the person the story last named gives that person's country, when the text has
    not given one (first to a person named earlier in the claim: "… against Assange because … while
    the Australian national remained"; the last subject may be another: "Pochettino was sacked …
    Mourinho's representatives … The Portuguese boss"). True where that person is named in the claim, which then
    carries the country (GUIDE decision 436)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    # (A person named earlier in the same claim comes first: "Pochettino's sacking … after the Argentine …")
    named = [a.name for _, a in found if a.type == "person"]
    name = named[-1] if named else ctx.last_person or ctx.last_subject
    person = ctx.persons.get(name) if name else None
    if person is not None and person.country is None:
        person.country = iso3
        found[:] = [
            (at, Actor(a.name, a.type, iso3, a.role) if a.type == "person" and a.name == person.name else a) for at, a in found
        ]
    return bool(named) or (person is not None and _named_earlier_in_the_sentence(noun, person.name))


def _named_earlier_in_the_sentence(noun, name: str) -> bool:
    """Whether the sentence names the person `name` before `noun`, in a clause of its own that the claims split off
    ("Lena Moberg crashed early, and the Norwegian was fined"): the unit lists that person, who carries the country."""
    last = name.split()[-1]
    doc = noun.doc
    return any(
        ent.label_ == "PERSON" and ent.end <= noun.i and clean_name(ent.text).split()[-1:] == [last]
        for ent in doc.ents
        if ent.start >= noun.sent.start
    )


def note_setting(docs, ctx: Context) -> None:
    """Keep the window's Docs, whose entities give the setting before the text names any country
    (`_window_setting`, counted only when an office asks for it), and the towns they place (`_placed_towns`)."""
    ctx.window_docs, ctx.window_countries = docs, None
    for doc in docs:
        ctx.towns.update(_placed_towns(doc))


def _placed_towns(doc) -> dict[str, str]:
    """The places the text writes with their state or country after a comma ("ENCINITAS, Calif.", "Gary, Ind.",
    "Port Elm, Ohio"): each town's lower-case name -> that country (GUIDE decision 21: the text's own place)."""
    out = {}
    subdivisions = _subdivisions()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "FAC", "LOC") or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            continue
        after = doc[ent.end + 1]
        pair = after.text + after.whitespace_ + doc[ent.end + 2].text if ent.end + 2 < len(doc) else ""
        iso3 = subdivisions.get(pair) or subdivisions.get(after.text) or country_of_text(after.text)
        if iso3 and after.text[:1].isupper():
            out.setdefault(ent.text.lower(), iso3)
    return out


def _own_home(ent, ctx: Context) -> str | None:
    """The country of a present home the sentence gives the person named last before it ("X was resting at his
    Encinitas home", "X met reporters at her home in Port Elm, Ohio", "Y stayed with X in his Port Elm mansion", "X
    owns a house in Cresskill, New Jersey"): a home there is the person's own tie to the country (GUIDE decisions 182,
    471; the possessive is the nearest person's, as decision 520 reads a shared surname); a place the gazetteer does
    not know counts where the text placed it itself (`_placed_towns`). None where no such home is named, or it is a
    past or holiday one, or several."""
    lex = words()
    sent = ent.sent
    for token in sent:
        if token.i < ent.end or token.lower_ not in lex.homes or token.pos_ not in ("NOUN", "ADV"):
            continue  # (not "his homes in X and Y": property, no one present home)
        if any(t.ent_type_ == "PERSON" for t in ent.doc[ent.end : token.i]):
            return None  # another person named between: whose home is unclear
        before = [t for t in ent.doc[max(ent.end, token.i - 4) : token.i]]
        owner = next((n for n, t in enumerate(before) if t.lower_ in ("his", "her", "their")), None)
        owned = token.head.lemma_ == "own" and token.dep_ == "dobj"
        if owner is None and not owned:
            continue
        named = before[owner + 1 :] if owner is not None else []
        if any(t.lower_ in lex.former_homes for t in named) or any(t.lower_ in lex.former_homes for t in before[-1:]):
            return None
        if _home_given_up(token):
            return None  # "sold her house in Los Angeles": a home given up (decision 182)
        places = [t for t in named if t.text[:1].isupper()]
        after = ent.doc[token.i + 1] if token.i + 1 < len(ent.doc) else None
        if after is not None and after.lower_ == "in":
            places += [t for t in ent.doc[after.i + 1 : after.right_edge.i + 1] if t.text[:1].isupper()]
        if not places:
            continue
        country = _country_in(places, ctx)
        if country:
            return country
        run = " ".join(t.text for t in places).lower()
        return ctx.towns.get(run) or next((ctx.towns[t.lower_] for t in places if t.lower_ in ctx.towns), None)
    return None


def _residents_place_before(ent) -> str | None:
    """The country of the place written right before "residents" or "natives" (claims.json resident_nouns) set right
    before the name, or before given names joined to it by "and" ("Guanajuato natives José Ruiz and Ana Mora", "Ohio
    residents Helen and Les Brown", "a Leeds resident Sam Cole"): the people's home or origin places them (GUIDE decisions
    21, 182), read from the words, since the parser often takes "natives" for a verb or a given name for a place. A
    state, province, city or country the gazetteer knows; none after a former home's word ("former Paris residents")."""
    doc = ent.doc
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "and":
        i -= 1
        while i > 0 and doc[i].text[:1].isupper() and doc[i].is_alpha and ent.start - i < 6:
            i -= 1  # "Helen and": the given names of the list before this one
        if i == ent.start - 2 or not (doc[i + 1].text in words().given_names or doc[i + 1].ent_type_ == "PERSON"):
            return None  # "Tokyo residents and Elon Musk fans": no given name or person joined, a crowd beside the person
    if i < 1 or doc[i].lower_ not in words().resident_nouns:
        return None
    return _place_written_before(doc, i)


def _place_written_before(doc, i: int) -> str | None:
    """The country of the place whose name (one to three capitalised words: a state, province, city or country the
    gazetteer knows) is written right before `doc[i]` ("Guanajuato natives", "the western Michigan resident"); None
    where a former home's word stands before it ("former Paris residents"; not an age's "94-year-old")."""
    for size in (3, 2, 1):
        run = doc[max(i - size, 0) : i]
        if len(run) != size or not all(t.text[:1].isupper() for t in run):
            continue
        if any(t.lower_ in words().former_homes and doc[t.i - 1].text not in "-–" for t in doc[max(run.start - 1, 1) : i]):
            return None
        iso3 = _country_of_a_place_name(run.text)
        if iso3:
            return iso3
    return None


def _country_of_a_place_name(name: str) -> str | None:
    """The country of a state, province, city or country the gazetteer knows by the name, also a city it spells with
    accents written without them ("Sao Paulo"), as the description reader reads them."""
    return (
        _subdivisions().get(name)
        or gazetteer().cities.get(name)
        or cities_written_without_accents().get(name)
        or country_of_text(name)
    )


def _residents_place_of_a_subject(tokens: list, ctx: Context) -> None:
    """ "The western Michigan resident … discovered a kill switch" after "Dana Huss is a research engineer": a main
    clause's subject "the <place> resident/native" (claims.json resident_nouns) in a claim that names no person stands
    for the person the context resolves, as "the 28-year-old" does, and the place places her (GUIDE decisions 21,
    182), from her next mention on (decision 271); only where the text has not stated her country."""
    subject = next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.left_edge.lower_ != "the":
        return
    # (the parser may hang the noun on a second one: "The Ohio resident and Purdue graduate discovered …")
    noun = next((t for t in subject.doc[subject.left_edge.i : subject.i + 1] if t.lower_ in words().resident_nouns), None)
    if noun is None or _subject_told_apart(subject):
        return
    name = ctx.antecedent("person")
    person = ctx.persons.get(name) if name else None
    if person is None or not (person.country is None or person.guessed):
        return
    if any(t.lower_ in ("he", "she") and not ctx.fits(name, t.lower_) for t in tokens if t.i > subject.i):
        return  # "The Ohio native … said she had seen him" after "Gareth Pryce": another person
    home = _place_written_before(noun.doc, noun.i)
    if home:
        person.country, person.guessed = home, False


def _subject_told_apart(subject) -> bool:
    """Whether the subject "the <place> resident" carries words that tell who is meant apart from the person named
    before: a relative or participle clause ("The Toronto resident who filed the complaint", "The Lisbon native, who had
    saved two penalties") or an apposition ("The Sydney native, Grace Wu,"); such a subject is someone else."""
    if any(t.dep_ in ("relcl", "acl", "appos") for t in subject.subtree if t is not subject):
        return True
    after = subject.doc[subject.right_edge.i + 1] if subject.right_edge.i + 1 < len(subject.doc) else None
    return after is not None and (after.text == "," or after.lower_ in ("who", "whose", "that"))


def _home_given_up(home) -> bool:
    """Whether a home noun is the object of a past, unnegated verb of giving it up ("sold her house in Los Angeles",
    "fled his home in Aleppo"), not of a habit, a refusal or a plan ("rarely leaves his house in Utrecht", "refuses to
    leave her home in Kharkiv": still her present home, decision 182)."""
    verb = home.head
    return (
        home.dep_ == "dobj"
        and verb.lemma_ in words().home_leaving
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _home_of_a_pronoun(tokens: list, ctx: Context) -> None:
    """A present home a claim that names no person gives its subject pronoun ("So he shut himself away beneath his house
    in the Canadian city of Mississauga"): the home places the person the pronoun stands for (GUIDE decisions 182, 471),
    from her next mention on (decision 271: the unit names nobody). Only a main clause's "he" or "she" whose
    antecedent the context resolves, and only where the text has not stated her country."""
    subject = next((t for t in tokens if t.dep_ == "nsubj" and t.lower_ in ("he", "she") and t.head.dep_ == "ROOT"), None)
    if subject is None or not any(t.lower_ in words().homes for t in tokens):
        return
    name = ctx.antecedent(subject.lower_)
    person = ctx.persons.get(name) if name else None
    if person is None or not (person.country is None or person.guessed):
        return
    own = "his" if subject.lower_ == "he" else "her"
    if not any(t.lower_ in words().homes and any(c.dep_ == "poss" and c.lower_ == own for c in t.children) for t in tokens):
        return  # ("She stood outside their home in Busan", "She trains at her parents' home in Brno": not her home)
    home = _own_home(subject.doc[subject.i : subject.i + 1], ctx)
    if home:
        person.country, person.guessed = home, False


def _window_setting(ctx: Context) -> Counter:
    """The countries the window's entities name (a country or demonym, a state or city, a body of known country),
    counted once a window: the setting an office named before the text names any country belongs to ("Justice
    Samuel Alito" in the first sentence of a story set in Washington)."""
    if ctx.window_countries is None:
        lex, subdivisions, cities = words(), _subdivisions(), gazetteer().cities
        counts: Counter = Counter()
        for doc in ctx.window_docs:
            for ent in doc.ents:
                if ent.label_ in ("GPE", "NORP", "LOC"):
                    name = _strip_article(ent.text)
                    iso3 = country_of_text(name) or subdivisions.get(name) or cities.get(name) or _dateline_state(ent)
                elif ent.label_ == "ORG":
                    iso3 = lex.orgs.get(_strip_article(ent.text)) or _government_body_by_its_country(ent)
                else:
                    continue
                if iso3:
                    counts[iso3] += 1
        ctx.window_countries = counts
    return ctx.window_countries


def _government_body_by_its_country(ent) -> str | None:
    """The country a government's body names at the head of its name ("the Nigerian Senate", "Australian Federal
    Police": a demonym or country, then a chamber's or an institution's noun last), which sets the story in that country
    as its capital would (GUIDE decision 322: a government's departments named as that country's); else None. (Not a
    company's name: "British Airways" says nothing of where the story is.)"""
    words_ = _strip_article(ent.text).split()
    lex = words()
    last = words_[-1].lower() if len(words_) >= 2 else ""
    if not (last in lex.chambers or last in lex.institution_nouns or last in lex.government_nouns):
        return None
    return country_of_text(words_[0])


def _dateline_state(ent) -> str | None:
    """USA for a US state's postal code after a place and a comma ("ST. LOUIS, MO", claims.json postal_state_codes),
    which the model marks as a place of its own; else None. (The place before the comma is one the model marks, as a
    place or, in a dateline's capitals, as a body: "FERNWOOD, MO".)"""
    doc = ent.doc
    if ent.text not in words().postal_state_codes or ent.start < 2 or doc[ent.start - 1].text != ",":
        return None
    place = doc[ent.start - 2]
    return "USA" if place.ent_type_ == "GPE" or place.ent_type_ == "ORG" and place.is_upper else None


def _count_setting(name: str, ctx: Context) -> None:
    """A state, province or city named counts for its country in the
    article's setting ("South Dakota", "Cambridge"), as a country named does; a dateline's
    capitals too ("WASHINGTON (AP) —")."""
    if name.isupper() and len(name) > 3:
        name = name.title()
    iso3 = _subdivisions().get(name) or gazetteer().cities.get(name) or country_of_text(name)
    if iso3:
        ctx.countries[iso3] += 1


def _government(ent, head, iso3: str | None, ctx: Context, found: list) -> None:
    """ "the Trump administration", "the US government": an organisation of the country."""
    name = ent.doc[ent.start : head.i + 1].text
    if iso3 is None and ent.label_ == "PERSON":
        known = ctx.persons.get(clean_name(ent.text)) or ctx.persons.get(clean_name(ent.text).split()[-1])
        iso3 = known.country if known else _office_holder(clean_name(ent.text))  # "the Trump administration"
    found.append((ent.start_char, Actor(_strip_article(name), "organization", iso3)))


def _institutions(tokens: list, found: list) -> None:
    """Bodies named by a place, nationality or name before an institution noun, where no entity
    covers the phrase ("the Ecuadorean embassy"): an organisation, with the country its words give.
    A country that only names the body is then no actor of its own (GUIDE decision 9). `tokens`: the
    claim's."""
    if not tokens:
        return
    doc = tokens[0].doc
    organisations = covered_by_entities(doc, ("ORG",))
    for noun in tokens:
        if noun.lemma_.lower() not in words().institution_nouns or noun.i in organisations:
            continue
        office = noun.pos_ == "PROPN" and _titles_office(noun)
        if noun.pos_ != "NOUN" and not office:
            continue
        modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
        if not modifiers:
            continue
        first = min(t.left_edge.i for t in modifiers)
        last = noun.i
        if office:
            # "the U.S. Attorney’s Office for the Western District of New York": the district is part of the name
            last = max([last] + [t.right_edge.i for t in noun.rights if t.dep_ == "prep" and t.lower_ == "for" and _names(t)])
        words_ = doc[first : last + 1]
        named = [t for t in words_[:-1] if t.ent_type_ in ("GPE", "NORP", "ORG", "LOC") or t.pos_ == "PROPN"]
        if not named or any(t.ent_type_ == "PERSON" for t in words_) or any(t.like_num for t in words_):
            continue
        if _describes_a_named_body(noun):
            continue  # "a Minnesota ad agency", "the Minneapolis ad agency Broadhead Co.": a description (decision 54)
        owner = entity_of(words_[0]) if words_[0].ent_type_ == "ORG" else None
        if owner is not None and _taken_into_the_name_before(owner):
            continue  # "the U.S. Agency for International Development’s office": the body's office, its owner read before
        name = _strip_article(words_.text)
        lo, hi = words_.start_char, words_.end_char
        if any(a.type == "organization" and lo <= at < hi for at, a in found):
            continue  # the body was found already (from its country or owner)
        found[:] = [(at, a) for at, a in found if not (a.type == "country" and lo <= at < hi)]
        each = _each_countrys_body(words_, noun) if noun.tag_ == "NNS" else []
        if each:
            found.extend(each)
            continue
        country = _country_in(list(doc[first : noun.i]))
        found.append((lo, Actor(name, "organization", country)))


# Bodies a country has one of, whose plural after a single country word means that country's bodies over time
# ("previous Ruritanian governments"); any other plural after one country word is many bodies, kept as written
# ("Russian courts", "U.S. embassies": GUIDE decisions 303, 545).


def _country_words(tokens: list, edge: str) -> tuple[int, int] | None:
    """The widest run of `tokens` that the gazetteer knows as a country word ("North Korean", "New Zealand", "Costa
    Rican"), ending the tokens (`edge` "end"), starting them ("start") or anywhere ("any"): its bounds, or None."""
    n = len(tokens)
    spans = [(a, b) for a in range(n) for b in range(n, a, -1)]
    if edge == "end":
        spans = [(a, b) for a, b in spans if b == n]
    elif edge == "start":
        spans = [(a, b) for a, b in spans if a == 0]
    spans.sort(key=lambda ab: ab[0] - ab[1])
    for a, b in spans:
        if country_of_text(" ".join(t.text for t in tokens[a:b])) and tokens[a].text[:1].isupper():
            return a, b
    return None


def _each_countrys_body(words_, noun) -> list:
    """ "the Ruritanian and Bordurian governments", "the North Korean and Chinese governments", "the Russian and Syrian
    defense ministries", "previous Ruritanian governments": one body of each country the plural's coordinated country
    words name, each named by its whole country word, the words between and the noun in the singular ("North Korean
    government", "Syrian defense ministry"), with its country (GUIDE decision 545); [] where the words before the noun
    are no such coordination, where any conjunct names no country, or where one country word stands before a plural
    of bodies a country has many of ("Russian courts")."""
    conjuncts: list[list] = [[]]
    for t in words_[:-1]:
        if t.lower_ in ("and", ","):
            conjuncts.append([])
        else:
            conjuncts[-1].append(t)
    if any(not c for c in conjuncts):
        return []
    found = []
    between: list = []
    for k, conjunct in enumerate(conjuncts):
        first, last = k == 0, k == len(conjuncts) - 1
        edge = "any" if first and last else "end" if first else "start" if last else "all"
        if edge == "all":
            bounds = (0, len(conjunct)) if _country_words(conjunct, "start") == (0, len(conjunct)) else None
        else:
            bounds = _country_words(conjunct, edge)
        if bounds is None:
            return []  # ("the Ruritanian Airlines and Bordurian rail unions": no coordination of country words alone)
        a, b = bounds
        found.append(conjunct[a:b])
        if last:
            between = conjunct[b:]
    if len(found) == 1 and noun.lemma_.lower() not in words().one_per_country_body_nouns:
        return []
    singular = noun.lemma_.capitalize() if noun.text[:1].isupper() else noun.lemma_
    rest = " ".join([t.text for t in between] + [singular])
    out = []
    for country in found:
        text = " ".join(t.text for t in country)
        out.append((country[0].idx, Actor(f"{text} {rest}", "organization", country_of_text(text))))
    return out


def _titles_office(noun) -> bool:
    """ "the U.S. Attorney’s Office", "the Bartholomew County Sheriff’s Department": a capitalised body's noun
    whose possessor is a capitalised title the model marks as no entity (not "Trump’s Office", a person's)."""
    return noun.text[:1].isupper() and any(
        c.dep_ == "poss"
        and c.pos_ == "PROPN"
        and not c.ent_type_
        and c.text[:1].isupper()
        and any(m.dep_ == "case" for m in c.children)
        for c in noun.children
    )


def _names(prep) -> bool:
    """Whether a preposition governs a proper name ("for the Western District of New York")."""
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)


def _describes_a_named_body(noun) -> bool:
    """An institution's noun that only describes a body: one of many ("a Minnesota ad agency"), or set
    beside the body's own name ("the Minneapolis ad agency Broadhead Co.", "Chapter & Verse, a Spokane
    advertising agency")."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return True
    if noun.dep_ in ("appos", "compound") and noun.head.ent_type_ == "ORG":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in noun.children)


def _person(ent, ctx: Context, found: list) -> None:
    name = clean_name(_without_score(ent.text.strip()))
    lead = name.split(" ", 1)
    if (
        len(lead) == 2
        and lead[0] == ent[0].text
        and ent[0].is_lower
        and ent[0].is_alpha
        and ent[0].pos_ not in ("DET", "PRON", "ADP", "PART", "CCONJ", "SCONJ", "NUM")
        and lead[1][:1].isupper()
    ):
        name = lead[1]  # "rookie Emil Bemstrom", "rang Taylor": a word the model ran into the name (not "a Grocery Store")
    office = _office_opening_the_name(ent)
    if office is not None and name.startswith(office.text + " "):
        name = name[len(office.text) + 1 :]  # "Superintendent Jo Reed": the model ran the office into the name
    lead_country, bare_name = _country_then_name(_strip_article(name))
    name = bare_name if lead_country else name
    if not name or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return
    name = _shared_surname(ent, name)
    if name.rstrip(".") in words().name_suffixes:
        return  # "Jr": the model's own entity of a suffix it cut off a name (the name has it, note_name_suffixes)
    if _kin_word(name, ctx):
        return  # "'Mum, when can I go out?'": a kin word a child calls a parent by, an unnamed person (GUIDE: actors)
    name = _with_suffix_written(name)
    suffix = _suffix_after(ent)
    if suffix and " " in name and suffix.rstrip(".") not in {w.rstrip(".") for w in name.split()}:
        name = f"{name} {suffix}"  # "Al Reyes, Jr.": the fullest name the article gives (the actors section)
    if len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.i == ent.end and ent.root.head.lower_ in words().families:
        return  # "the Anderson family": the family, not the person of that surname named before
    # ("Warren", "Hill": a person the article named in full before; "Barack" of "Barack Obama")
    known = name in ctx.persons or bool(ctx.given_names.get(name))
    if _names_a_thing_by_its_kind_noun(ent, name, known):
        # "Walter Brannock Airport", "Remembrance Day", "the Vell Trophy winner": a place's, day's or prize's name (its
        # opening words alone elsewhere stay as read: "Mandela spent 27 years in prison" after "Mandela Day")
        return
    if known and _first_word_of_a_known_name(name, ctx) and _no_persons_slot(ent.doc, ent.start, ent.end):
        return  # "The Bill would require …" beside "Bill Shorten": a thing's or a place's name, not the person's given name
    own = _strip_article(name)
    if " " in own and own.split()[0] not in words().given_names and not known and _headed_by_an_article(ent):
        return  # "The Mavic Mini is …", "the Fetch API intends …": a thing's name of two words or more, not a person's
    if name in gazetteer().cities and not known:
        return  # "Cheongju", "Edinburg": places the model took for persons
    if _place_name(ent, name) and name.split()[0] not in words().given_names and not known:
        return  # "Jolinda Drive", "Kalamazoo and Van Buren counties": places ("Fiona Hill" is a person)
    if not known and name.split()[0] not in words().given_names and (_among_places(ent) or _home_after_age(ent)):
        return  # "Seoul, Daejeon and Cheongju", "Han Lee, 41, of Dedham": a place the model took for a person
    if (
        " " not in name
        and name.lower() in ctx.lower_words
        and not (
            known and " " in (ctx.persons[name].name if name in ctx.persons else ctx.given_names[name]) and not ent[0].is_stop
        )
    ):
        # "Moon", "Meth", "Hope": a word the article also writes in lower case is no one's name, unless it
        # is the surname of a person named in full before ("Chris Early" … "Early said").
        return
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.like_num and any(ch.isdigit() for ch in before.text):
        return  # "737 Max": a model after its number (not "At first Taylor …")
    head = ent.root.head
    headed = _body_named_after_its_head(ent)
    if headed is not None:
        _government(ent, headed, None, ctx, found)
        return  # "the Lee campaign", "Lee transition team officials": the body alone (GUIDE decision 427)
    if ent.root.dep_ in ("compound", "poss") and head.lower_ in words().government_nouns:
        _government(ent, head, None, ctx, found)
        if ent.root.dep_ == "compound":
            return  # "the Trump administration": the body alone ("Omar's office", "Xi's regime" name the person too)
    body = _heads_body_before_a_post(ent)
    if body is not None:
        # "Lee administration officials", "Harris campaign aides": the parser hangs the name and the body's noun both
        # on the post after them; the body alone, as in "the Lee administration", "the Lee campaign" (decision 427)
        _government(ent, body, None, ctx, found)
        return
    person = _by_honorific(ent, name, ctx) or ctx.person(name)
    descriptor, destination = _description(ent)
    if office is not None:
        descriptor = [*descriptor, office]  # its office describes the person ("state schools Superintendent")
    sent = _sent_to(ent, bool(lead_country))
    if sent:
        descriptor, destination = sent
    elif lead_country:
        descriptor = [ent[1] if ent[0].lower_ == "the" else ent[0], *descriptor]  # "Russian Vladimir Putin"
    described = _without_team_places(descriptor)
    country = _stated_country(ent, descriptor, ctx)
    role = _role(descriptor)
    if country and (person.country is None or person.guessed):
        # (A country the text stated at an earlier mention stays: "according to Levy and authorities from
        # … the Cambridge Police", where the parser hangs the body on the name, does not move him.)
        person.country, person.guessed = country, False
    # ("US President Dana Cole" … "Mr Cole said": a courtesy title gives no post, and the President's post stays, so that
    # a later "the US President said" is still Cole's, GUIDE decisions 4 and 553)
    courtesy = role is not None and role.lower().rstrip(".") in words().courtesy_titles
    if role and not (courtesy and person.role):
        person.role = role
        person.post_in_body = _post_of_a_named_body(described)
    post = person.role.lower().split()[-1] if person.role else ""
    if destination and post in words().envoys:  # "the special envoy to Ukraine"
        # (or to its capital, "the envoy to Kyiv": a city the description reader does not take for a country)
        person.destination = _country_in(destination) or _capital_sent_to(destination) or person.destination
    if person.country is None or person.guessed:
        home = _own_home(ent, ctx) or _residents_place_before(ent)
        if home:
            person.country, person.guessed = home, False
    if person.country is None:
        # "President Trump", "Xi": an office-holder whose country the report need not state.
        # (A middle initial is left out only after an office's title, "President Vladimir V. Putin": a first bare
        # mention, "Donald J. Trump said" or "Mr. Donald J. Trump said", is placed by no office, GUIDE decisions 28, 271.)
        person.country = _office_holder(person.name, initials=_office_title_before(ent))
    if person.country is None:
        person.country = _state_under_a_title(ent, ctx)
    if person.country is None:
        person.country = _patrons_country(ent, descriptor + destination, ctx)
    if person.country is None and person.role and person.name not in ctx.mentions:
        person.country = _country_in(_fronted_place(ent), ctx)
    if person.country is None and person.destination:
        # "the special envoy to Ukraine" in an article about Washington: an envoy is sent by the
        # country the article is about other than the one they are sent to (named at least twice as
        # often as any third).
        # (Before the text has named any country, the countries the window names, as for an office below: the
        # envoy in a story's first sentence.)
        top = Counter({iso3: n for iso3, n in ctx.countries.items() if iso3 != person.destination}).most_common(2)
        if not top:
            top = [
                t
                for t in Counter({iso3: n for iso3, n in _window_setting(ctx).items() if iso3 != person.destination}).most_common(
                    2
                )
            ]
            top = top if top and top[0][1] >= 2 else []
        if top and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
            person.country, person.guessed = top[0][0], True
    # Only a title ("President X", "Gov. Y") or a state's or town's office in lower case ("the city's police
    # commissioner, X"), not a post in a company ("X, president of SpaceX").
    # (Before the text has named any country, the countries the window names: "Justice Samuel Alito" in a
    # story's first sentence, its country named further down.)
    # ("Ferguson police officer X", "the Kent County sheriff X": a town's or county's own body, which the gazetteer
    # does not know, is one of the country the article is set in too.)
    if (
        person.country is None
        and person.destination is None
        and (
            person.role
            and (person.role[:1].isupper() and not person.post_in_body or _public_office(person.role, described))
            and any(word.rstrip(".") in words().office_words for word in person.role.lower().split())
            or _serves_a_local_force(described)
            or _serves_an_office_by_its_holder(ent)
        )
    ):
        # "Prime Minister Boris Johnson" in an article about Britain: the office is the
        # country's the article is about (named at least twice as often as any other).
        top = (ctx.countries or _window_setting(ctx)).most_common(2)
        if top and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
            person.country, person.guessed = top[0][0], True
    ctx.mention(person, quoted=_quoted(ent))
    subject = ent.root.head if ent.root.dep_ == "appos" else ent.root
    if subject.dep_ in ("nsubj", "nsubjpass") and _main_clause(subject.head) and not _quoted(ent):
        # (Only a main clause's subject: in "Figgins declined to say whether Thomas slept the night
        # Epstein died", a later "he said" is not Epstein; nor a subject inside a quote: in '“X will
        # remain Acting Premier,” … He said', the narration's "he" is the speaker.)
        ctx.turn_to(person.name)
    elif _reported_clause_subject(ent.root if subject.lemma_ not in words().human else subject) and not _quoted(ent):
        # (not a name the parser set beside a thing that is the subject: "the bill President Lee signed")
        ctx.reported_subjects[person.name] = ctx.sentence_start
    found.append((ent.start_char, Actor(person.name, "person", person.country, person.role)))


def _one_word_title_of(ent) -> tuple[str, int] | None:
    """The title written as one word right before a person's name or opening it ("Abbot Orin"), lower case, and the
    index of the token before it; None where there is none or it is the last word of a longer title ("Prime Minister
    X"), which names an office of its own."""
    doc = ent.doc
    at = ent.start - 1 if ent.start > 0 and _title_word(doc[ent.start - 1]) else None
    if at is None and len(ent) > 1 and _title_word(ent[0]):
        at = ent.start
    if at is None or at > 0 and doc[at - 1].is_title and not doc[at - 1].is_sent_start:
        return None
    return doc[at].lower_.rstrip("."), at - 1


def _title_tied_to_a_state(ent) -> tuple[str, str] | None:
    """The one-word title of the person `ent` names and the code of the state the article ties it to ruling: the
    person named right after "under" and the title, on a state the article names as a country ("the Ostrel enclave
    under Abbot Orin issued its ruling"); None otherwise, and for a state's secular office ("President", "King":
    decision 28 places its holder by the setting). Only decision 866's "under" form is read: its "ruled, led or headed
    by", the apposition "X, sovereign of ..." and a fronted "Under Pope X, the state said" tie no title here yet."""
    title = _one_word_title_of(ent)
    if title is None or title[0] in words().office_words:
        return None
    word, before = title
    doc = ent.doc
    if before >= 0 and doc[before].lower_ == "under" and ent.root.dep_ == "pobj" and ent.root.head.i == before:
        state = entity_of(doc[before].head)
        iso3 = country_of_text(_strip_article(state.text)) if state is not None else None
        if iso3:
            return word, iso3
    return None


def note_state_titles(docs, ctx: Context) -> None:
    """Add to `ctx.state_titles` the one-word titles `docs` tie to ruling a state (`_title_tied_to_a_state`), before
    any claim is read: a holder the article names by the title before the sentence that ties it is placed as well."""
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and (tied := _title_tied_to_a_state(ent)):
                ctx.state_titles.setdefault(*tied)


def _state_under_a_title(ent, ctx: Context) -> str | None:
    """The state a person holds a one-word title of where the article ties that title to ruling it anywhere
    (`note_state_titles`), which places every holder the article names by it (GUIDE decision 866: the article's own
    words make the title one of head of state; a title tied to no state places no one)."""
    title = _one_word_title_of(ent)
    if title is None or title[0] in words().office_words:
        return None  # (a state's secular office: decision 28 places its holder by the setting)
    return ctx.state_titles.get(title[0])


def _names_a_thing_by_its_kind_noun(ent, name: str, known: bool) -> bool:
    """A name the model calls a person that ends in a capitalised noun of the kind of place, day, programme or
    instrument it names (claims.json unborne_name_end_nouns, borne_name_end_nouns: "Walter Brannock Airport", "the
    Harlow Initiative", "Remembrance Day"), or that runs on into one, or into a prize's noun, the model left out of the
    name ("Brannock Square", "the Vell Trophy winner", "Harlow Month"): the thing's name, no person's (GUIDE decision
    12's things); also the noun alone, where the model marks only it ("Remembrance Day"). A noun that is a surname too
    ("Rosa Day") reads so only after words that open no known person's name."""
    lex = words()
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    start = ent.start
    if (
        " " not in name
        and not known
        and before is not None
        and before.is_title
        and not before.is_sent_start
        and not _persons_word(before)
    ):
        # "Remembrance Day", "the Vesna Trophy winner", where the model marks the kind noun alone as the person (not
        # "Mr. Day", "Judge Pond": an honorific or a title opens a person's name, no thing's)
        nouns = [name.lower()]
        start -= 1
        if nouns[0] in lex.award_nouns:
            return True
    else:
        nouns = [name.split()[-1].lower()] if " " in name else []
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in lex.unborne_name_ends and ent.root.head.i == after.i:
        return True  # "at Ben Gurion airport": the agencies' lower-case kind noun heading the name (no surname's noun)
    if after is not None and after.is_title and after.pos_ in ("NOUN", "PROPN"):
        nouns.append(after.lower_)
        if after.lower_ in lex.award_nouns:
            return True
    if any(noun in lex.unborne_name_ends for noun in nouns):
        return True
    if not any(noun in lex.borne_name_ends for noun in nouns) or known or name.split()[0] in lex.given_names:
        return False
    return _a_things_slot(doc, start, ent.end + (1 if after is not None and after.lower_ in nouns else 0))


def _persons_word(token) -> bool:
    """Whether `token` is an honorific or a title ("Mr.", "Dr.", "Judge", "Senator"), which opens a person's name."""
    lex = words()
    return token.text in lex.honorifics or token.lower_.rstrip(".") in lex.titles or token.lower_ in lex.office_words


def _a_things_slot(doc, start: int, end: int) -> bool:
    """Whether the name at doc[start:end], which ends in a noun a surname may be ("Nakba Day", "Hollins Pond"), stands
    where a day or a place does, not a person: after a determiner ("the Remembrance Day parade"), after a word that
    takes a day or a place ("on Nakba Day", "marking Nakba Day", "at Hollins Pond"), or before a noun it modifies
    ("Nakba Day comments"). A person of that surname ("Mhairi Day of the University of Glasgow", "met Chukwuemeka
    Pond, the governor") stands in none."""
    slot = words().thing_slot_words
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ == "of" and start > 1:
        before = doc[start - 2] if doc[start - 2].pos_ == "NOUN" else None  # "the anniversary of Nakba Day"
    if before is not None and (before.lower_ in slot or before.lemma_.lower() in slot):
        return True
    after = doc[end] if end < len(doc) else None
    return after is not None and after.pos_ == "NOUN" and after.is_lower and doc[end - 1].head.i == after.i


def _capital_sent_to(destination: list) -> str | None:
    """The country whose capital an envoy is sent to ("the special envoy to Kyiv"), or None: only a country's
    capital (gazetteer capitals), which stands for its government; any other city says nothing of a post."""
    # (the model may tag it otherwise); the text from the first kept token to the last, as written: "Nur-Sultan",
    # "St. John's" whole, and "Kyiv and Warsaw" no one capital
    kept = [t for t in destination if t.ent_type_ == "GPE" or t.pos_ == "PROPN"]
    place = kept[0].doc[kept[0].i : kept[-1].i + 1].text if kept else ""
    return _seat(place) if place else None


def _post_of_a_named_body(descriptor: list) -> bool:
    """Whether a title is a post in a body the description names that gave no country ("Google's Senior Vice President
    X", "Acme Union President Y", "the company's Chairman Z"): a body named only by its proper name places nobody who
    holds a post in it (GUIDE decisions 322, 372), however the title is written; a government's body of known country
    gave its country before the setting is asked, and a chamber or a government's institution is the setting's
    ("House Minority Leader X"), as is a title the model itself calls a body ("Public Ombudsman X")."""
    lex = words()
    public = lex.chambers | lex.institution_nouns | lex.office_words
    bodies = {entity_of(t) for t in descriptor if t.ent_type_ == "ORG"} - {None}
    # (a body in a name's shape: a possessive owner, a name of two words or more, or one in capitals; not one
    # capitalised word of the title the model calls a body, "Public Ombudsman X")
    return any(
        not any(w.lower_.rstrip(".") in public for w in body)
        and (len(body) > 1 or body.text.isupper() or body.end < len(body.doc) and body.doc[body.end].tag_ == "POS")
        for body in bodies
    )


def _public_office(role: str, descriptor: list) -> bool:
    """Whether a post written in lower case is a state's or a town's office all the same (claims.json
    public_office_words: "the city's police commissioner, X", "local councillor X", "X was governor"), which the
    setting places like a title; not where the description names the body the post is of ("NFL commissioner X": a
    league's, GUIDE decision 372)."""
    return role.lower().split()[-1] in words().public_office_words and not any(t.ent_type_ == "ORG" for t in descriptor)


def _office_opening_the_name(ent):
    """The office word the model ran into a person's name as its first word ("Superintendent Jo Reed", "Councillor
    Al Roe": claims.json office_words that are titles), or None. Only before a name of two words or more. (The model
    leaves a royal style out of the name itself: "Queen Elena Marisol" is "Elena Marisol".)"""
    first, rest = ent[0], ent[1:]
    lex = words()
    if (
        len(rest) < 2
        or not first.is_title
        or first.lower_.rstrip(".") not in lex.office_words
        or first.lower_.rstrip(".") not in lex.titles
        or first.text in lex.honorifics
        or not rest[0].is_title
    ):
        return None
    return first


def _heads_body_before_a_post(ent):
    """The last word of a body named after a person's name right after it (claims.json government_nouns or
    headed_body_nouns: "administration", "campaign", "transition team") where the parser hangs the name and the body
    both on a post or force after them ("Lee administration officials", "a Biden administration adviser", "Harris
    campaign aides", "Lee transition team staffers"), or before any noun for "government"; else None."""
    doc = ent.doc
    for size in (2, 1):
        words_ = doc[ent.end : ent.end + size]
        if len(words_) != size:
            continue
        written = " ".join(t.lower_ for t in words_)
        if written not in words().government_nouns and written not in words().headed_body_nouns:
            continue
        body, post = words_[-1], words_[-1].head
        if body.dep_ != "compound" or post.i <= body.i or ent.root.head.i not in (post.i, words_[0].i, body.i):
            continue
        if written == "government" or _government_member(post):
            return body
    return None


def _body_named_after_its_head(ent):
    """The last word of a body named by its head's name right before one of claims.json's
    headed_body_nouns ("the Lee campaign", "Lee transition team officials"), or None. The government's
    own nouns ("the Lee administration") are read with the government_nouns."""
    if ent.root.dep_ != "compound":
        return None
    doc = ent.doc
    for size in (2, 1):
        words_ = doc[ent.end : ent.end + size]
        if (
            len(words_) == size
            and " ".join(t.lower_ for t in words_) in words().headed_body_nouns
            and ent.root.head.i in range(ent.end, ent.end + size)
        ):
            return words_[-1]
    return None


def _serves_a_local_force(descriptor: list) -> bool:
    """Whether the description names a local body by its place's own name right before one of its nouns
    (claims.json local_force_nouns: "Ferguson police officer", "Morton County sheriff", "of the Linden Police
    Department", "L.A. schools Supt."), a place that is no country (a country's own force places the person already)."""
    for prev, token in zip(descriptor, descriptor[1:], strict=False):
        if (
            token.lower_ in words().local_forces
            and prev.i + 1 == token.i
            and prev.text[:1].isupper()
            and prev.ent_type_ not in ("PERSON", "NORP")
            and prev.lower_ not in words().titles
            and not country_of_text(prev.text)
        ):
            return True
    return False


def _serves_an_office_by_its_holder(ent) -> bool:
    """Whether a post set beside the name serves a government body named by its holder's office in a possessive
    ("X, the lawyer with the attorney general's office", "X, special agent for the governor's office": claims.json
    office_body_nouns after one of its office_words): a body of the one government the setting names (GUIDE decision
    322), not a named body ("the Harris County Sheriff's Office" is a body's own name, placed as such)."""
    root = ent.root
    posts = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    posts += [root.head] if root.dep_ == "appos" and root.head.i < root.i else []  # "the lawyer with …, X"
    lex = words()
    for post in posts:
        if not _post(post):
            continue
        for prep in post.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "for", "at", "in", "of"):
                continue
            for body in prep.children:
                holder = [t for c in body.children if c.dep_ == "poss" for t in c.subtree if t.dep_ != "case"]
                if (
                    body.dep_ == "pobj"
                    and body.lower_ in lex.office_bodies
                    and holder
                    and all(t.is_lower or t.dep_ == "det" for t in holder)
                    and any(t.lower_.rstrip(".") in lex.office_words for t in holder)
                    and not any(t.ent_type_ for t in [body, *holder])
                ):
                    return True
    return False


_ARTICLES = frozenset(("the", "a", "an"))


def _first_word_of_a_known_name(name: str, ctx: Context) -> bool:
    """A one-word name that stands for a person only as the first word of a fuller name the article gave: a given
    name ("Bill" of "Bill Shorten") or the family name written first ("Xi" of "Xi Jinping"), not a surname."""
    if " " in name:
        return False
    full = ctx.persons[name].name if name in ctx.persons else (ctx.given_names.get(name) or "")
    return " " in full and full.split()[0] == name


def _no_persons_slot(doc, start: int, end: int) -> bool:
    """Whether the words over [start, end) stand where a person's first name does not (GUIDE decision 303: a mention is
    the person only where it stands for him): after an article or a demonstrative of their own, also with describing
    words between ("the Bill would require …", "the new Bill", "this Bill": a given name takes none, unless a "who"
    clause or a clause with no relative word singles the person out, "the Jack you know"; "the Bill, which …", "the Bill
    that …" are a thing) or, for a town's name, after a preposition that places things ("in Charlotte", "near
    Florence"; claims.json `place_only_prepositions`), but not after a word that takes "in" for its object ("confidence
    in Charlotte", "trust in Charlotte": `in_object_words`)."""
    root = doc[start:end].root
    det = _own_determiner(doc, start, end)
    if det is not None:
        after = doc[end] if end < len(doc) else None
        contact_clause = after is not None and after.tag_ == "PRP" and after.dep_ == "nsubj"
        return not (contact_clause or any(_singles_out_a_person(child, end) for child in root.children))
    return doc[start:end].text in gazetteer().cities and _after_a_place_preposition(root)


# Determiners that make a one-word name a thing's: "the Bill", "this Bill" (a given name takes none).
_OWN_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those"))


def _own_determiner(doc, start: int, end: int):
    """The article or demonstrative of the name itself, right before it or with describing words between ("the new
    Bill", "the proposed Bill"), or None."""
    i = start - 1
    while i >= 0 and doc[i].dep_ in ("amod", "compound", "nummod") and start <= doc[i].head.i < end:
        i -= 1
    if i < 0:
        return None
    det = doc[i]
    return det if det.lower_ in _OWN_DETERMINERS and det.dep_ == "det" and start <= det.head.i < end else None


def _singles_out_a_person(clause, end: int) -> bool:
    """A relative clause that singles a person out ("the Anna who left"): one opened by "who", "whom" or "whose", or one
    with no relative word; not "which", "that", nor one set off by a comma ("the Bill, which passed …")."""
    if clause.dep_ not in ("relcl", "acl"):
        return False
    if end < len(clause.doc) and clause.doc[end].text == ",":
        return False
    opener = clause.left_edge
    if opener.lower_ in ("who", "whom", "whose"):
        return True
    return opener.tag_ not in ("WDT", "IN") and opener.lower_ not in ("which", "that")


def _headed_by_an_article(ent) -> bool:
    """ "The Mavic Mini", "the Fetch API intends …": an article right before the name (or opening it) that belongs to
    the name itself; a person's full name takes none ("a John M. Ford novel": the article is the novel's; "the late
    John Reed": a word between). (A one-word name keeps its article: "the Thunder", "the Louvre" are bodies.)"""
    first = ent[0]
    if first.lower_ in _ARTICLES and first.dep_ == "det":
        return len(ent) > 1 and ent.start < first.head.i < ent.end
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in _ARTICLES and before.dep_ == "det" and ent.start <= before.head.i < ent.end


def _stated_country(ent, descriptor: list, ctx: Context) -> str | None:
    """The country a person's description (`_description`) gives the person named `ent`: her own words' country, a
    birthplace only where they give no other ("a Ruritania-born Bordurian spy" is Bordurian), not a private body's."""
    own = _without_private_bodies(_without_team_places(descriptor))
    return _country_in(_without_birthplace(own), ctx) or _country_in(own, ctx) or _country_in(_nationality_and_posts_before(ent))


def _without_birthplace(descriptor: list) -> list:
    """The description without a "born in X" phrase ("London-based designer born in Cyprus"): where the description
    also gives a present base or home, that decides the person's country, not the birthplace (GUIDE decision 182);
    the caller falls back to the whole description where the rest gives none."""
    born = {t.i for token in descriptor if token.lemma_ == "bear" and token.tag_ == "VBN" for t in token.subtree}
    return [t for t in descriptor if t.i not in born] if born else descriptor


def _fronted_place(ent) -> list:
    """The place of a fronted "in"/"on" phrase set off by a comma before a described subject's name ("On Chandler
    Mountain in north Alabama, tomato farmer X said …"): where the text places the person it introduces. Empty
    where the name is not its clause's subject, or the sentence opens otherwise."""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or not _main_clause(root.head):
        return []
    sent = ent.sent
    opener = sent[0]
    if opener.dep_ != "prep" or opener.lower_ not in ("in", "on") or opener.head.i != root.head.i:
        return []
    end = opener.right_edge.i
    if end + 1 >= ent.start or ent.doc[end + 1].text != ",":
        return []
    return [t for t in ent.doc[opener.i : end + 1] if t.ent_type_ in ("GPE", "LOC")]


def _without_team_places(descriptor: list) -> list:
    """The description without the town or state that names a player's or coach's team ("Florida coach Urban
    Meyer", "Oklahoma City coach Billy Donovan"): a club's place says nothing of the person's nationality (GUIDE
    decision 41); a country there is a national team's and stays ("Brazil striker Neymar", "England captain X")."""
    team_places: set[int] = set()
    for token in descriptor:
        if token.ent_type_ in ("GPE", "LOC", "ORG") and token.i not in team_places:
            place = entity_of(token)
            if place is not None and _before_team_post(place) and not country_of_text(_strip_article(place.text)):
                team_places.update(range(place.start, place.end))
    return [t for t in descriptor if t.i not in team_places] if team_places else descriptor


def _without_private_bodies(descriptor: list) -> list:
    """The description without the name of a company, association or club the person holds a post in or works for,
    and the words that place it ("American Airlines' X", "X, the president of the Harbour Builders Association of Port
    Elm", "Ruritania State Teachers Association President X"): a body that is no public or political body of one
    nation places itself, not its staff (GUIDE decisions 322, 372, 534), who keep a country only from words of their
    own. So does a university, college, hospital, clinic or research institute the person works at ("X, a biologist at
    the University of Port Elm", "a Port Elm Infirmary surgeon", decision 527). A national body of known country
    (claims.json orgs) and a party's branch ("the Delaware Federation of College Republicans", decision 485) stay: they
    place the people who serve them (decision 21)."""
    lex = words()
    dropped: set[int] = set()
    for token in descriptor:
        if token.ent_type_ not in ("ORG", "FAC") or token.i in dropped:
            continue
        body = entity_of(token)
        if body is None:
            continue
        private = body.label_ == "ORG" and any(w.lower_.rstrip(".") in lex.private_body_nouns for w in body)
        if (
            not (private or _affiliation_body(body))
            or lex.orgs.get(_strip_article(body.text))
            or any(lex.orgs.get(w.text) for w in body if w.text[:1].isupper())
        ):
            continue
        dropped.update(range(body.start, body.end))
        if not private:
            # (a university's, hospital's or institute's own phrase only, its "of"- or "in"-place and its owner, and
            # the places set after it: not what the parser hangs on it by "and" or a comma, the person's own further
            # posts and ties, "… at Kestrel University and Britain's chief scientific adviser", "… at the Kestrel
            # Institute, Germany's public health agency")
            dropped.update(_bodys_own_phrase(body.root))
            dropped.update(_places_set_after(body))
            continue
        # (the company's root's subtree: its "of"-place, a place set after it, or its owner)
        dropped.update(t.i for t in body.root.subtree)
    return [t for t in descriptor if t.i not in dropped] if dropped else descriptor


def _affiliation_body(body) -> bool:
    """A university, college, hospital, clinic, medical centre, school of medicine, observatory, academy or research
    institute or centre by a word or words of its name (claims.json affiliation_body_nouns, affiliation_body_phrases),
    which the model marks as an organisation or a facility ("the Kestrel Observatory"): GUIDE decisions 527, 656(b),
    671."""
    if body.label_ not in ("ORG", "FAC"):
        return False
    lex = words()
    if any(w.lower_.rstrip(".") in lex.affiliation_body_nouns for w in body):
        return True
    name = " " + " ".join(w.lower_ for w in body) + " "
    return any(f" {phrase} " in name for phrase in lex.affiliation_body_phrases)


def _bodys_own_phrase(root) -> list:
    """The tokens of a body's own phrase under its root: its modifiers, its owner and its "of"- or "in"-phrases, down
    through the same relations; not a conjunct, an apposition or a relative clause the parser hangs on the body's name
    (claims.json body_own_phrase_deps)."""
    own_deps = words().body_own_phrase_deps
    tokens = [root]
    for token in tokens:
        tokens.extend(child for child in token.children if child.dep_ in own_deps)
    return [t.i for t in tokens]


def _places_set_after(body) -> list:
    """The tokens of the places written right behind the body's name, after a comma, "in" or "at" ("Aarhus University,
    Denmark", "Dalhousie University in Halifax, Nova Scotia", "the University at Buffalo"), which the parser may hang on
    the person or the post before the body instead: they place the body (GUIDE decisions 527, 528), not its staff."""
    doc = body.doc
    i = body.end
    if i >= len(doc) or doc[i].lower_ not in (",", "in", "at"):
        return []
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    places: list = []
    while i < len(doc):
        place = entity_of(doc[i])
        if place is None or place.label_ not in ("GPE", "LOC") or place.start != i or place.root.dep_ == "poss":
            break  # (not "the Kestrel Institute, Germany's public health agency": the country owns a description)
        places.extend(range(body.end, place.end))
        i = place.end + 1 if place.end < len(doc) and doc[place.end].text == "," else len(doc)
    return places


def _countrys_own(ent, bare: str, ctx: Context) -> bool:
    """ "Serbia’s Novak Djokovic": a name in shape after a country's possessive, none of whose words the
    article writes in lower case (not "Britain’s Royal Mail") and that it has not named as a body."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s") or bare in ctx.orgs:
        return False
    owner = entity_of(doc[ent.start - 2])
    return (
        owner is not None
        and bool(country_of_text(owner.text))
        and _name_shaped(bare)
        and not any(part.lower() in ctx.lower_words for part in bare.split())
    )


def _country_then_name(name: str) -> tuple[str | None, str]:
    """A country or nationality the model ran into a full name that follows it ("Ukraine Marie
    Yovanovitch" of "ambassador to Ukraine Marie Yovanovitch", "Russian Vladimir Putin"): its code and
    the name; else None and the name unchanged."""
    first, _, rest = name.partition(" ")
    iso3 = country_of_text(first) if rest else None
    if iso3 and _given_name_first(rest):
        return iso3, rest
    return None, name


def _sent_to(ent, run_in: bool) -> tuple[list, list] | None:
    """The post and destination of a name right after "<post> to <place or body>" where the parse lost
    their link: the model ran the place into the name ("former U.S. ambassador to Ukraine Marie
    Yovanovitch", `run_in`) or hung the name on the place ("U.S. Ambassador to the European Union Gordon
    Sondland"). The post describes the person; the place is where they are sent, not their country."""
    doc = ent.doc
    if run_in:
        place = [doc[ent.start + 1 if ent[0].lower_ == "the" else ent.start]]  # ("to the Ukraine Marie Yovanovitch")
        to = ent.start - 1
    else:
        before = entity_of(doc[ent.start - 1]) if ent.start > 0 else None
        if before is None or before.label_ not in ("GPE", "ORG", "LOC") or before.end != ent.start:
            return None
        place, to = list(before), before.start - 1
    post = doc[to].head if to >= 0 and doc[to].lower_ == "to" else None
    if post is None or post.i > to or not _post(post):
        return None
    return [t for t in doc[post.left_edge.i : post.i + 1]], place


def _patrons_country(ent, tokens, ctx: Context) -> str | None:
    """ "a top aide to Vice President Pence", "the president's lawyer Rudy Giuliani": a person in
    another's service (claims.json aide_nouns) serves that person's country, where the text or the
    office-holders' list gives it ("the president" is the one the article last named so)."""
    lex = words()
    if not any(t.lemma_.lower() in lex.aides for t in tokens):
        return None
    for token in tokens:
        if token.ent_type_ == "PERSON" and not (ent.start <= token.i < ent.end):
            other = entity_of(token)
            name = clean_name(other.text) if other is not None else ""
            known = ctx.persons.get(name) or (ctx.persons.get(name.split()[-1]) if name else None)
            iso3 = (known.country if known is not None else None) or (_office_holder(name) if name else None)
            if iso3 is None and name and other.start > 0 and token.doc[other.start - 1].lower_.rstrip(".") in lex.titles:
                iso3 = _office_holders_by_surname().get(name)  # "Vice President Pence": an office-holder's surname
            if iso3:
                return iso3
        elif token.dep_ == "poss" and token.lower_ in lex.titles and token.is_lower:
            patron = ctx.by_role(token.lower_)  # "the president's lawyer"
            if patron is not None and ctx.persons[patron].country:
                return ctx.persons[patron].country
    return None


def _quoted(ent) -> bool:
    """Whether the entity stands inside quotation marks of its paragraph."""
    return any(start <= ent.start_char < end for start, end in quote_regions(text_of(ent.doc)))


def _reported_clause_subject(subject) -> bool:
    """Whether `subject` is the subject of the clause a main clause's reporting verb reports ("Roe said Dana Lee would
    chair the panel", "Roe said she was pleased Lee would chair it", "Roe recounted that in May, Lee, the chair, had
    …"): not of a relative or adverbial clause in it ("the bill Lee signed"), nor a possessor ("Lee's plan")."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb, reported = subject.head, False
    while verb.dep_ in ("ccomp", "acomp", "conj") and verb.head.i != verb.i:
        reported = reported or verb.dep_ == "ccomp"
        verb = verb.head
    return reported and verb.lemma_ in words().reporting and _main_clause(verb)


def _main_clause(verb) -> bool:
    """Whether `verb` heads its sentence, or a clause joined to it by "and"/"but" or set beside it
    ('"…," Hale said' parsed with the quote as the root)."""
    while verb.dep_ in ("conj", "parataxis") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _by_honorific(ent, name: str, ctx: Context) -> Person | None:
    """ "Mr Anderson" after "Zoe Anderson" and "Chris Anderson": the one of a surname's persons the honorific's gender
    fits (`Context.by_honorific`), not the first the article named."""
    gendered = words().gendered
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    for token in (before, ent[0]):
        if token is not None and token.text in words().honorifics and token.lower_ in gendered:
            return ctx.by_honorific(name, gendered[token.lower_])
    return None


def _shared_surname(ent, name: str) -> str:
    """ "Joe and Hunter Biden", "Bill and Hillary Clinton": a given name alone before "and" and a
    full name shares that name's surname."""
    if " " in name or name not in words().given_names:
        return name
    partner = _person_after_and(ent)
    if partner is None or len(partner) < 2:
        return name
    return f"{name} {surname(clean_name(partner.text))}"


def _person_after_and(ent):
    """The person's name that follows `ent` right after "and" ("Joe and Hunter Biden": "Hunter Biden"), or None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    partner = entity_of(doc[ent.end + 1])
    if partner is None or partner.label_ != "PERSON" or partner.start != ent.end + 1:
        return None
    return partner


_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*")


def note_given_names(docs, ctx: Context) -> None:
    """Add to `ctx.given_names` the full names `docs` give persons under a common given name ("Barack Obama",
    "Andrew Lloyd Webber"), before any claim is read: a later or earlier mention by the given name alone ("Barack
    has treated …", "set up by Andrew in 1992") is that person, named as fully as the article names them (the actors
    section). A given name two persons share, or that is also a person's surname ("Jordan"), stays as written."""
    given = words().given_names
    fulls: dict[str, set[str]] = {}
    surnames: set[str] = set()
    alone: set[str] = set()  # the capitalised words outside a full name ("Dzhokhar, 19, was wounded")
    pairs: list[
        tuple[str, tuple[str, str]]
    ] = []  # ("Tamerlan", ("Tamerlan Tsarnaev", "Dzhokhar")) of "Tamerlan and Dzhokhar Tsarnaev"
    for doc in docs:
        in_full: set[int] = set()  # the tokens of the persons' names of two words or more
        for ent in entities(doc):
            if ent.label_ != "PERSON":
                continue
            parts = clean_name(ent.text).split()
            if len(parts) > 1:
                in_full.update(range(ent.start, ent.end))
            if len(parts) == 1 and (_title_before(ent) or (ent.start > 0 and doc[ent.start - 1].text in words().honorifics)):
                surnames.add(parts[0])  # "Senator Hawley", "Mr. Okafor": a surname, whatever follows it elsewhere
            shared = _given_name_before_a_shared_surname(ent, parts)
            if shared:
                pairs.append((parts[0], shared))
                continue
            if len(parts) < 2 or not all(_NAME_WORD.fullmatch(part) for part in parts):
                continue  # (not a credit line the model runs into the name: "Dana Reyes/Reuters")
            surnames.add(surname(" ".join(parts)))
            if parts[0] in given:
                fulls.setdefault(parts[0], set()).add(" ".join(parts))
        alone.update(token.text for token in doc if token.is_title and token.i not in in_full)
    for first, (shared, partner_given) in pairs:
        # "Tamerlan and Dzhokhar Tsarnaev" with "Dzhokhar" alone elsewhere, "Joe and Hunter Biden": X a given name, by
        # the lexicon or by the article naming the partner, too, by a given name alone, as it names kin; not "Putin and
        # Joe Biden", "Djokovic and Carlos Alcaraz" (a surname alone, an office-holder's, one after a title: no "Putin
        # Biden" the article never gives)
        if first in surnames or _office_holder(first) is not None:
            continue
        if first in given or partner_given in alone:
            fulls.setdefault(first, set()).add(shared)
    for first, names in fulls.items():
        # "Andrew Lloyd Webber" beside "Andrew Lloyd Webber Foundation" the model also calls a person: one name
        kept = {name for name in names if not any(other != name and name.startswith(other + " ") for other in names)}
        known = ctx.given_names.get(first)
        if first in surnames or len(kept) > 1 or (known is not None and known not in kept):
            ctx.given_names[first] = ""
        else:
            ctx.given_names[first] = kept.pop()
    _note_thing_openings(docs, ctx, surnames)


def _note_thing_openings(docs, ctx: Context, surnames: set[str]) -> None:
    """Add to `ctx.named_kinds` the one-word opening of a day's, place's or programme's name ("Nakba" of "Nakba Day";
    claims.json unborne_name_end_nouns, borne_name_end_nouns) where the article's every other mention of the word
    heads a phrase after "the" or is kept as a day ("after the Nakba", "mark Nakba"): the thing named alone (GUIDE
    decision 12's things). Done before any claim is read, so the reading order does not matter; never a word that
    names a person, or may ("Mandela" beside "Nelson Mandela", "Kobe died", a given name, an office-holder's surname:
    the actors section's person)."""
    lex = words()
    kinds = lex.unborne_name_ends | lex.borne_name_ends
    openings = {
        token.text
        for doc in docs
        for token in doc[:-1]
        if token.is_title
        and _NAME_WORD.fullmatch(token.text)
        and token.lower_ not in kinds
        and token.text not in lex.honorifics
        and doc[token.i + 1].is_title
        and doc[token.i + 1].lower_ in kinds
        and not (token.i > 0 and doc[token.i - 1].is_title and not doc[token.i - 1].is_sent_start)
    }
    openings = {
        word
        for word in openings
        if word not in lex.given_names and word not in surnames and word not in ctx.persons and _office_holder(word) is None
    }
    for word in openings:
        alone = [
            token
            for doc in docs
            for token in doc
            if token.text == word and not (token.i + 1 < len(doc) and doc[token.i + 1].is_title)
        ]
        # ("after the Nakba," heading its phrase, "Palestinians mark Nakba": a day kept; not "the Labor government"
        # beside "Labor Day", a party's name, nor "celebrate Kobe", whom one may celebrate)
        if alone and all(
            token.i > 0
            and (token.doc[token.i - 1].lower_ == "the" or token.doc[token.i - 1].lemma_.lower() in ("mark", "observe"))
            and token.dep_ not in ("compound", "amod", "nmod")
            for token in alone
        ):
            ctx.named_kinds.add(word)


def _given_name_before_a_shared_surname(ent, parts: list[str]) -> tuple[str, str] | None:
    """ "Tamerlan and Dzhokhar Tsarnaev": a one-word person's name right before "and" and a full name of two words,
    which may share that name's surname: the full name it would so get and the partner's given name, or None
    (whether it does, `note_given_names` decides from the rest of the article)."""
    if len(parts) != 1 or not _NAME_WORD.fullmatch(parts[0]):
        return None
    partner = _person_after_and(ent)
    if partner is None:
        return None
    partner_parts = clean_name(partner.text).split()
    if len(partner_parts) != 2 or not all(_NAME_WORD.fullmatch(part) for part in partner_parts):
        return None
    return f"{parts[0]} {surname(' '.join(partner_parts))}", partner_parts[0]


def _office_holder(name: str, initials: bool = False) -> str | None:
    """The country of a well-known office-holder (declcli/data/persons.json), by full name or by a
    surname that alone names one; with `initials`, also by the name without its middle initials (where a title
    names the office: "President Vladimir V. Putin")."""
    data = _persons()
    spellings = office_holders_spellings(name) if initials else (name.replace("’", "'"),)
    known = next((data["persons"][spelling] for spelling in spellings if spelling in data["persons"]), None)
    return known or (data["surnames"].get(spellings[0]) if " " not in name else None)


def _title_before(ent) -> bool:
    """Whether a title stands right before the name ("President Trump", "President-elect Trump", "Chancellor
    Merkel"): the capitalised words and lower-case titles just before it, a hyphened word kept whole."""
    doc = ent.doc
    run: list = []
    i = ent.start - 1
    while i >= ent.sent.start and len(run) < 4:
        token = doc[i]
        glued = token.text == "-" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        after_hyphen = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
        if not (token.text[:1].isupper() or token.lower_.rstrip(".") in words().titles or glued or after_hyphen):
            break
        run.append(token)
        i -= 1
    return _role(run[::-1]) is not None


def _office_title_before(ent) -> bool:
    """Whether a title that names an office stands right before the name ("President Vladimir V. Putin"), no courtesy
    title (claims.json courtesy_titles: "Mr. Donald J. Trump" names no office)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    courtesy = before is not None and before.lower_.rstrip(".") in words().courtesy_titles
    return not courtesy and _title_before(ent)


def _modifies_a_noun_for_a_thing(ent) -> bool:
    """The name modifies a lower-case noun after it that names no person, post or body ("the new Lumen feature", "the
    Lumen search engine"; not "a Lumen engineer", "the Lumen team")."""
    head = lower_noun_it_modifies(ent)
    if head is None:
        return False
    lex = words()
    lemma = head.lemma_.lower()
    return not any(lemma in nouns for nouns in (lex.people, lex.human, lex.org_nouns, lex.body_units, lex.company_posts))


@lru_cache(maxsize=1)
def _office_holders_by_surname() -> dict[str, str]:
    """The surnames of the office-holders (declcli/data/persons.json) that all of its holders share one
    country with ("Pence" -> USA)."""
    countries: dict[str, set[str]] = {}
    for name, iso3 in _persons()["persons"].items():
        countries.setdefault(surname(name), set()).add(iso3)
    return {last: next(iter(isos)) for last, isos in countries.items() if len(isos) == 1}


@lru_cache(maxsize=1)
def _persons() -> dict:
    from ..lexicon import load

    return load("persons")


def _unmarked(tokens: list, ctx: Context, found: list, dateline: int = -1) -> None:
    """Country names and demonyms the model did not mark ("U.S. officials",
    "Kyrgyz-Tajik border guards"), and persons and organisations named before
    that it did not mark this time ("Assange", "Weeks", "WeWork"), among the claim's `tokens`."""
    if not tokens:
        return
    g = gazetteer()
    companies = words().companies
    platforms = words().platforms
    covered = covered_by_entities(tokens[0].doc, _MARKED)
    for token in tokens:
        if token.i in covered or not token.text[:1].isupper() or token.idx < dateline:
            continue
        iso3 = country_of_text(token.text)
        if iso3 and _city_opened_by(token.doc, token.i, token.i + 1):
            continue  # "the Spanish Town Hospital": a town's name, no country
        half = None if iso3 else _divided_countrys_half(token, ctx)
        if half is not None:
            found.append((token.idx, Actor(token.text, "country", half)))
            continue  # "the North warned": that state, named as written (GUIDE decision 196)
        if iso3 and token.text not in g.country_names and _names_a_language(token):
            continue  # "Written Danish has …", "you get in English": a language, no country (GUIDE decision 219)
        if iso3 and token.text in words().ambiguous_demonyms and not _a_peoples_reading(token.doc[token.i : token.i + 1]):
            continue  # "Kiwis contain more fibre": the fruit, no people (GUIDE decision 318)
        if iso3 and _country_after_a_persons_name(token.doc[token.i : token.i + 1], found):
            continue  # "Kiki Bertens of the Netherlands": the person carries the country (GUIDE decision 36)
        if iso3:
            found.append((token.idx, Actor(g.display(iso3), "country", iso3)))
            continue
        joined = _countries_in_one_token(token.text)
        if joined:
            for part in joined:
                found.append((token.idx, Actor(g.display(part), "country", part)))
            continue
        name = token.text.removesuffix("'s").removesuffix("’s")
        dotted = _dotted_known_body(name) if name.endswith(".") else None
        if dotted is not None:
            # "The F.D.A. said …": a well-known body by its dotted acronym, which the model left unmarked
            ctx.orgs.setdefault(dotted, _known_body(name))
            found.append((token.idx, Actor(dotted, "organization", ctx.orgs[dotted])))
            continue
        if token.dep_ == "compound" and token.head.i > token.i and token.head.text in ctx.orgs and name in ctx.orgs:
            continue  # "the Pittsburgh Penguins": the team's place inside its name, the team read by its nickname
        # (not "carry Orion", a spacecraft: GUIDE decision 12; nor "the Finals", an event: decision 118)
        if (
            name in ctx.orgs
            and name not in ctx.products
            and name.lower() not in words().event_name_words
            and not _ends_an_events_name(token)
        ):
            if name in platforms and _where_posted_or_a_page_on(token.doc[token.i : token.i + 1]):
                # "advertising on Facebook", "on Facebook and Twitter", "posted to Facebook", "her Facebook page": where
                # things are posted, or what a page or post is on (GUIDE decision 19), also after the article named the
                # platform as a body
                continue
            if _maker_not_acting(token.doc[token.i : token.i + 1], ctx):
                continue  # "Zorbly tablets are sturdy" after "Zorbly and Samsung": the maker's goods, unmarked (decision 628)
            found.append((token.idx, Actor(name, "organization", ctx.orgs[name])))
            continue
        known = ctx.persons.get(name)
        if known is not None and _first_word_of_a_known_name(name, ctx) and _no_persons_slot(token.doc, token.i, token.i + 1):
            known = None  # "seasons in Charlotte" beside a "Charlotte Bobcats" the model took for a person: the town
        if known is not None and name in ctx.syllable_first_words and modifies_a_noun_after(token.doc[token.i : token.i + 1]):
            known = None  # "Duke fans" after "Duke Ray Ellis": a word before its noun, not the syllable standing for the person
        # (Also a surname the model reads as a word, "but Early still says", "Legere will hand over", or a
        # person named by that one word before, "Trump thought voters would …": capitalised inside a
        # sentence, or at its start where the article never writes it in lower case.)
        named = token.pos_ == "PROPN" or (known is not None and (not token.is_sent_start or name.lower() not in ctx.lower_words))
        if known is not None and named and not _inside_another_name(token, known.name):
            if known.country is None or known.guessed:
                _country_from_unmarked_mention(token, known, ctx)
            ctx.mention(known)
            found.append((token.idx, Actor(known.name, "person", known.country, known.role)))
            continue
        # ("a Software Engineer for SpaceX.": the tokenizer keeps a sentence's full stop on a name ending in a capital)
        company = name if name in companies else name.rstrip(".")
        # (also a company's name in capitals, as the company may style it: "NVIDIA shipped the client")
        known = company in companies or (company.isupper() and company in words().companies_in_capitals)
        platform = company in platforms and _platform_as_its_company(token)
        if (
            (known or platform)
            and not _posted_on(token)
            # (a post the parse calls a name is still a post: "Facebook CEO Dana Whitlock")
            and not (token.dep_ == "compound" and token.head.pos_ == "PROPN" and not _a_post_at_a_company(token.head))
            and not (
                _make_before_a_things_name(token.doc, token.i, token.i + 1, ctx) and not acts(token.doc[token.i : token.i + 1])
            )
        ):
            # "As Uber and Lyft grew", "Beauty company Coty": a well-known company the model did not mark (not "on
            # Netflix", where a thing is watched, nor "Google Stadia", a product's name: GUIDE decisions 19, 47)
            if known:
                # (not a platform, read as its company only where it acts: "campaigns on Facebook" later is a place)
                ctx.orgs.setdefault(company, None)
            found.append((token.idx, Actor(company, "organization", None)))


def _platform_as_its_company(token) -> bool:
    """A platform the model left unmarked named as its company, a party that acts or is dealt with: the subject of a
    clause ("Facebook is under pressure"), the object of a party's preposition ("works for Twitter") or the company of a
    post ("Facebook CEO Dana Whitlock"); not where things are posted or read ("on Twitter", "my Facebook", a list's
    heading "Facebook (followers): …": GUIDE decision 19)."""
    if any(child.dep_ == "poss" for child in token.children):
        return False
    if token.dep_ == "compound" and token.head.i > token.i and _a_post_at_a_company(token.head):
        return True  # "Facebook CEO Dana Whitlock", "a YouTube engineer": a post at the company, as "Google's chief executive"
    if token.dep_ in ("nsubj", "nsubjpass"):
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or not verb.is_alpha:
            return False  # (not a list's "YouTube (followers): YouTube.com/…")
        return _a_companys_act(verb, passive=token.dep_ == "nsubjpass")
    return token.dep_ == "pobj" and token.head.lower_ in words().party_prepositions


def _a_post_at_a_company(noun) -> bool:
    """ "Facebook CEO Dana Whitlock", "a Twitter engineer", "the YouTube spokeswoman": a post or work at a company
    (claims.json `titles`, `credit_title_nouns`, `body_member_nouns`), a person in the company's title or membership
    (GUIDE decisions 36, 534); not any person the platform's name describes ("Twitter critics", "Facebook voters",
    "Instagram student", "Facebook owner Meta"), whom it names where they act or what they use (decision 19)."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    posts = words().company_posts
    return noun.lemma_.lower() in posts or noun.lower_.rstrip(".") in posts


# Verbs whose subject is a place content fills, not a company that acts: "Facebook was flooded with tributes".


def _a_companys_act(verb, passive: bool) -> bool:
    """Whether a platform's clause tells an act a company does or undergoes as a party: a verb with an object or a
    clause ("Twitter suspended the account", "Facebook said that …"), a reporting, control or future verb ("Meta plans
    to …"), a passive of a party ("Facebook was fined"), or a copula with an infinitive of a company's act ("Facebook is
    under pressure to grow its revenue"), or a reaction with its cause ("Twitter seemed confused by the campaign"); not
    where content sits or the app itself ("Facebook was flooded with
    tributes", "Instagram lit up with photos", "Reddit is full of complaints", "Pinterest was his favourite app":
    GUIDE decisions 12, 19)."""
    if verb.lemma_.lower() in words().filled_with_lemmas or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    if passive:
        return True
    lexicon = words()
    if verb.lemma_ in lexicon.reporting or verb.lemma_ in lexicon.saying or verb.lemma_ in lexicon.control:
        return True
    states = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "oprd")]
    if any(c.dep_ == "prep" and c.lower_ == "by" for t in states for c in t.children):
        return True  # "Twitter seemed a bit confused by the campaign": a party's reaction to an act
    if verb.lemma_ != "be":
        return any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)
    return any(
        c.dep_ == "prep"
        and any(
            a.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
            for o in c.children
            for a in o.children
        )
        for c in verb.children
    )


# Participles after a hyphen that make the country before it the one acting: "U.S.-led talks", "a Saudi-backed force".


def _countries_in_one_token(text: str) -> list[str]:
    """The countries of one token the tokenizer keeps whole across a hyphen after a dotted short form ("U.S.-China",
    "U.S.-Russian relations", "U.S.-led talks"), which the model then leaves unmarked: each part a country, or a
    country and a participle that makes it the one acting; [] otherwise (not "U.S.-based", "U.S.-born": a place)."""
    if "-" not in text:
        return []
    first, *rest = text.split("-")
    countries = [country_of_text(first)] if first else []
    for part in rest:
        if part.lower() in words().acting_after_hyphen_participles and len(countries) == 1:
            continue
        countries.append(country_of_text(part))
    return countries if countries and all(countries) else []


def _country_from_unmarked_mention(token, person, ctx: Context) -> None:
    """ "Curie, 21, a Korean exchange student": the description at a mention the model left unmarked states the
    person's country as it would at a marked one (the small model marks a name at one mention of many)."""
    from spacy.tokens import Span

    descriptor, _ = _description(Span(token.doc, token.i, token.i + 1, label="PERSON"))
    described = _without_team_places(descriptor)
    country = _country_in(_without_birthplace(described), ctx) or _country_in(described, ctx)
    if country:
        person.country, person.guessed = country, False


def _inside_another_name(token, known: str) -> bool:
    """The word is the second of a run of capitalised words the person's name does not open ("Star Wars" for a
    "Wars Jedi" the model found in "Star Wars Jedi: Fallen Order"): another name's part, not the person (a title
    or honorific before it, "President Trump", "Dr. Fauci", is the person's)."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if not (before.pos_ == "PROPN" and before.is_title and before.is_alpha) or before.text in known.split():
        return False
    lex = words()
    return before.lower_ not in lex.titles and before.text not in lex.honorifics and before.lower_ not in lex.human


# A name with a nickname in quotes inside it: a given name, the quoted nickname (one to three capitalised
# words), then a surname ("Lee “Faker” Sang-hyeok", 'Dwayne "The Rock" Johnson').
_NICKNAMED = re.compile(
    r"\b([A-Z][\w'’.-]*) ([“\"])((?:[A-Z0-9][\w'’.-]*)(?: [A-Z0-9][\w'’.-]*){0,2})([”\"]) "
    r"([A-Z](?:[\w-]*\w)?(?:['’][A-Z][\w-]*\w)?)"
)


_NO_GIVEN_NAME = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


def _nicknamed_persons(doc, start: int, end: int, ctx: Context, found: list, dateline: int, doc_text: str | None) -> list:
    """Persons named with a nickname in quotes inside the name ("Lee “Faker” Sang-hyeok", GUIDE: one person named
    as written), which the model splits into a person, a body and a group or misses, and the bare nickname
    at later mentions ("Faker is the only player …"). Returns the token ranges read, for the entity loop to
    skip."""
    text = doc_text if doc_text is not None else doc.text
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    read: list[tuple[int, int]] = []
    if "“" in text[first:last] or '"' in text[first:last]:
        for match in _NICKNAMED.finditer(text, first, last):
            opening, closing = match.group(2), match.group(4)
            if (opening == '"') != (closing == '"') or match.start() < dateline:
                continue
            given = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if (
                given is None
                or given[0].pos_ != "PROPN"
                or given[0].ent_type_ in _NO_GIVEN_NAME
                or (given[0].is_sent_start and given[0].lower_ in ctx.lower_words)
            ):
                continue  # ('Netflix "Stranger Things" Season', "Pick “Faker” Now": a body's or a word, no given name)
            surname_end = match.end(5)
            name = match.group(0)
            person = ctx.person(name)
            ctx.persons.setdefault(match.group(3), person)
            ctx.nicknames.add(match.group(3))
            ctx.mention(person)
            found.append((match.start(), Actor(person.name, "person", person.country, person.role)))
            span = doc.char_span(match.start(), surname_end, alignment_mode="expand")
            if span is not None:
                read.append((span.start, span.end))
    if ctx.nicknames:
        for token in doc[start:end]:
            person = ctx.persons.get(token.text) if token.text in ctx.nicknames else None
            if person is not None and token.idx >= dateline and not any(a <= token.i < b for a, b in read):
                ctx.mention(person)
                found.append((token.idx, Actor(person.name, "person", person.country, person.role)))
                read.append((token.i, token.i + 1))
    return read


def _unmarked_persons(tokens: list, start: int, end: int, ctx: Context, found: list, dateline: int = -1) -> None:
    """Full names the model marked as no person, body or place ("Australian Timothy Weeks", where it
    took "Weeks" for a date; "Tuukka Rask made 25 saves"): a common given name, then one or two
    capitalised proper nouns, that `_given_name_first` takes for a person's name. `tokens`: the claim's,
    tokens [start, end) of their Doc."""
    from spacy.tokens import Span

    if not tokens:
        return
    doc = tokens[0].doc
    covered = covered_by_entities(doc, ("PERSON", "ORG", "GPE", "NORP", "LOC"))
    given = words().given_names
    i = start
    while i < end:
        token = tokens[i - start]
        if token.i in covered or token.pos_ != "PROPN" or token.idx < dateline:
            i += 1
            continue
        nationality = _nationality_before_a_name(token, start) if token.text not in given else None
        if token.text not in given and nationality is None:
            i += 1
            continue
        j = i + 1
        while j < end and j - i < 3 and j not in covered and tokens[j - start].pos_ == "PROPN" and tokens[j - start].is_title:
            j += 1
        surname = _surname_the_model_calls_a_body(doc, j, end) if nationality is not None else None
        j += surname is not None
        name = span_text(doc, i, j)
        if (
            j - i >= 2
            and (_given_name_first(name) or _named_after_a_nationality(doc, i, j, nationality, ctx))
            and not (i > 0 and doc[i - 1].pos_ == "DET")  # "the Stanley Cup": a thing's name
            and not _award_name(name)  # "as Stanley Cup champions": a prize's name without "the"
            and name not in ctx.orgs
            and not _known_place(name)
            and not _in_a_body_named_for_its_field(doc[i])
        ):
            _person(Span(doc, i, j, label="PERSON"), ctx, found)
            before = entity_of(doc[i - 1]) if i > start else None
            if nationality is not None:
                before = entity_of(nationality)
            if surname is not None:
                # "Italian Luca Parmitano", where the model calls "Parmitano" a body: the person's surname, no body
                found[:] = [(at, a) for at, a in found if not (a.type == "organization" and at == surname.start_char)]
            if before is not None and before.label_ in ("NORP", "GPE"):
                # "Australian Timothy Weeks": the nationality is the person's, no country actor (decision 9)
                found[:] = [(at, a) for at, a in found if not (a.type == "country" and at == before.start_char)]
        i = j


def _surname_the_model_calls_a_body(doc, j: int, end: int):
    """The model's one-word body or product at token `j` in a capitalised word's shape, which may end a name the model
    left unmarked before it ("Luca" of "Italian Luca Parmitano", "Parmitano" a body to the model); else None."""
    if j >= end or not (doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].is_alpha):
        return None
    named = entity_of(doc[j])
    if named is None or named.label_ not in ("ORG", "PRODUCT") or named.start != j:
        return None
    return named if all(t.is_punct for t in named[1:]) else None  # (the model may run a comma into it: "Corby,")


def _nationality_before_a_name(token, start: int):
    """The nationality word right before `token`, or before one or two nouns of a person's role right before it
    ("Italian Luca Parmitano", "Spanish opponent Marcel Granollers", "the Canadian tennis player Dana Lee"): a demonym the
    model marks as a nationality, hung by the parse on the words after it; else None. (Not a country's name, "Kestrel
    Airlines", nor a demonym the model ran into a body, "the American Red Cross", nor a role noun of an animal, a named
    craft or a body, "Irish racehorse …", "Japanese robot …", "British carmaker …": claims.json animal_nouns,
    named_craft_nouns, org_nouns; no person's name follows.)"""
    doc = token.doc
    lex = words()
    k = token.i - 1
    while k >= start and k > token.i - 3 and doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k].is_alpha:
        if any(
            w in nouns
            for w in (doc[k].lower_, doc[k].lemma_)
            for nouns in (lex.animal_nouns, lex.named_craft_nouns, lex.org_nouns)
        ):
            return None
        k -= 1  # "opponent", "tennis player"
    if k < start:
        return None
    word = doc[k]
    named = entity_of(word)
    if named is None or named.label_ != "NORP" or len(named) != 1 or word.head.i <= word.i:
        return None
    iso3 = country_of_text(word.text)
    if not iso3 or word.text in gazetteer().country_names:
        return None
    if k == token.i - 1 and k > 0 and doc[k - 1].pos_ == "DET":
        return None  # "the Syrian Arab Republic", "the Italian Space Agency": a body's or a state's name after "the"
    return word


def _named_after_a_nationality(doc, i: int, j: int, nationality, ctx: Context) -> bool:
    """Whether the capitalised words [i, j) after a nationality word (`_nationality_before_a_name`) are a person's name:
    a name in shape (no body's, place's or title's word) that ends there, none of whose words the article writes in
    lower case, on whose last word the parse hangs the nationality and the role nouns between (GUIDE decisions 9, 36:
    the country in a person's description is carried by the person)."""
    if nationality is None:
        return False
    name = span_text(doc, i, j)
    parts = name.split()
    lex = words()
    if (
        not _name_shaped(name)
        or any(part.lower() in ctx.lower_words or part.lower().rstrip(".") in lex.titles for part in parts)
        or (j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title)
        or (doc[j - 1].dep_ in ("compound", "amod") and doc[j - 1].head.i >= j)  # "Nigerian Boko Haram fighters"
        or _appositive_body(doc[j - 1])  # "Ruritanian Fried Chicken, a fast-food chain": a body by its own description
    ):
        return False
    return all(k < doc[k].head.i <= j - 1 for k in range(nationality.i, i))


def _named_reporters(tokens: list, ctx: Context, found: list, dateline: int = -1) -> None:
    """A proper name that reports, which the model marked as no body or person: the subject of a
    reporting verb or the object of "according to" ("Deadline reported", "according to The Wrap",
    "Polygraph.info has established"): a publication or body, so an organisation. `tokens`: the claim's."""
    if not tokens:
        return
    doc = tokens[0].doc
    marked = covered_by_entities(doc, ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"))
    lex = words()
    for token in tokens:
        if token.i in marked or not token.text[:1].isupper() or token.idx < dateline:
            continue
        if token.pos_ != "PROPN" and not _told_unknown_name(token):
            continue
        if token.ent_type_ == "DATE" and (token.lower_ in WEEKDAYS or token.lower_.rstrip(".") in MONTH_WORDS):
            continue  # "Tuesday’s report", "July 2013: …": a day or month the model marked as a date, no reporter
        if token.lower_.rstrip(".") in lex.titles or token.lower_ in lex.human or token.lower_ in lex.org_nouns:
            continue  # "The President", "The PAHO Director", "Cmdr.": a person's title, not a name
        if not _reporting_role(token):
            continue
        name_tokens = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
        if any(t.i in marked for t in name_tokens) or (token.text.isupper() and len(token.text) > 3 and token.dep_ == "nsubj"):
            # the rest of a name the model marked; "HANOI": a dateline's place, read as a subject (not the one told,
            # "confirmed to WIRED", which no dateline is)
            continue
        first = min(t.i for t in name_tokens)
        if first > 0 and doc[first - 1].lower_ == "the" and doc[first - 1].text[:1].isupper():
            first -= 1  # "The Wrap", "The Real Deal": the article is part of the title
        name = doc[first : token.i + 1].text
        if len(name) < 2 or name in ctx.persons or name.split()[-1] in ctx.persons or country_of_text(name):
            continue
        if _index_name_runs_on(doc, token.i + 1):
            continue  # "The Kestrel Europe 600 Index added 0.9 percent": a market index, no reporter (decision 453)
        if _PLURAL_ABBREVIATION.fullmatch(token.text):
            continue  # "the LLMs can write code", "NGOs say": a kind of thing or of people in the plural, no name
        if token.lower_ in lex.place_nouns and name not in lex.metonyms:
            continue  # "Wall Street predicted …", "according to Wall Street": the market, no body ("Downing Street" is)
        if name in lex.platforms and _where_posted_or_a_page_on(doc[first : token.i + 1]):
            continue  # "a photo she posted to Facebook": where a thing is posted, no reporter (GUIDE decision 19)
        ctx.orgs.setdefault(name, None)
        found.append((doc[first].idx, Actor(name, "organization", None)))


_REPORT_NOUNS = frozenset(("report", "reports", "reporting", "story", "interview", "article"))


def _told_unknown_name(token) -> bool:
    """ "A doctor told Ruptly that …": a capitalised word right after "told" that the tagger, not knowing it, calls an
    adverb or a noun: the one told, a name."""
    doc = token.doc
    return (
        token.pos_ in ("ADV", "NOUN")
        and token.i > 0
        and doc[token.i - 1].lemma_ == "tell"
        and token.text.isalpha()
        and not token.is_sent_start
    )


def _reporting_role(token) -> bool:
    """Whether a name stands where a publication or body does in reporting: the subject of a
    reporting verb ("Deadline reported"), the object of "according to", the one told ("told
    Gizmodo", "confirmed to WIRED"), whose report it is ("reports from The Wrap", "a report by
    E!"), or a name joined by "and" to one of these ("NBC News and Bloomberg have reported")."""
    lex = words()
    token = _first_of_its_list(token)
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_ in lex.reporting:
        return True
    if token.dep_ in ("dobj", "dative") and head.lemma_ == "tell" or _told_unknown_name(token):
        return True  # "Dempsey told Gizmodo by email"
    if _spoken_to(token):
        # "she spoke with WIRED": a word the model left unmarked is an outlet only in an outlet's shape (not "spoke
        # with God", "spoke to Siri")
        return _outlet_shaped(token)
    if token.dep_ == "poss" and head.lower_ in lex.published_work_nouns:
        return True  # "The Wrap's report claims", "Eurogamer's review": the outlet that published it (GUIDE decision 34)
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        return _according_to(token) or (
            head.head.pos_ == "VERB" and head.head.lemma_ in lex.reporting  # "confirmed to WIRED"
        )
    return head.lower_ in ("from", "by") and head.head.lower_ in _REPORT_NOUNS  # "reports from The Wrap"


def _according_to(token) -> bool:
    """Whether `token` is the object of "according to" ("according to Nielsen")."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and token.doc[head.i - 1].lower_ == "according"


def _spoken_to(token) -> bool:
    """Whether `token` heads the one a party speaks to: the one told ("told Gizmodo"), or the object of "with" or "to"
    after a verb or noun of talk (claims.json interview_lemmas: "spoke with WIRED", "in an interview with Le Figaro"),
    an outlet or body that is a participant (GUIDE decision 292); not a platform one shares a thing to (decision 19), nor
    the one a thing is shared with (_shares_a_thing)."""
    head = token.head
    if token.dep_ in ("dobj", "dative"):
        return head.lemma_ == "tell"
    lex = words()
    talk = head.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in ("with", "to")
        and talk.lemma_ in lex.interview_lemmas
        and token.text not in lex.platforms
        and not (talk.lemma_ == "share" and _shares_a_thing(talk))
    )


def _shares_a_thing(verb) -> bool:
    """ "shared the river with Kellton": "share" with a direct object and no clause, a thing shared, no talk (not
    "shared with Kellton that …", "shared with Kellton")."""
    children = [child.dep_ for child in verb.children]
    return "dobj" in children and "ccomp" not in children


def _outlet_shaped(token) -> bool:
    """An outlet's name by its shape alone: in capitals ("TORVIK"), a web address ("Brixaku.com"), or two words or more
    ("Radio Kestrel")."""
    text = token.text
    return (
        (text.isupper() and len(text) > 1)
        or ".com" in text.lower()
        or any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in token.lefts)
    )


def _result_sides(doc, start: int, end: int) -> tuple[str, str] | None:
    """The winner's and the loser's country where two countries meet in a game's result over tokens
    [start, end) ("Argentina comfortably got past Chile 3-0", "The United States lost to Canada";
    claims.json result_lemmas), else None."""
    lex = words()

    def country(token) -> str | None:
        named = entity_of(token)
        return country_of_text(_without_score(named.text)) if named is not None else None

    for verb in doc[start:end]:
        if verb.pos_ != "VERB":
            continue
        subject = next((country(c) for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in verb.children):
            # "Kazakhstan needed the doubles match to beat the Netherlands": the subject of the verb it depends on
            subject = next((country(c) for c in verb.head.children if c.dep_ == "nsubj"), None)
        after = {c.lower_: country(o) for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"}
        if not subject:
            continue
        if verb.lemma_ in lex.wins_over or after.get("past"):
            # (the parser may read the beaten country before its score as an adverbial: "Norway beat Sweden 3-1")
            objects = (country(c) for c in verb.children if c.dep_ in ("dobj", "npadvmod"))
            loser = after.get("past") or next((iso3 for iso3 in objects if iso3), None)
            if loser and loser != subject:
                return subject, loser
        if verb.lemma_ in lex.loses_to and after.get("to") and after["to"] != subject:
            return after["to"], subject
    return None


def _teams_by_their_nickname_before_a_post(tokens: list, found: list) -> None:
    """ "Chargers coach Dana Lee", "Sabres center Al Roe", "Browns defensive end Kim Oh": in a sports report, a plural
    proper name (a team's nickname, after its town or alone) right before a player's or coach's post (claims.json
    team_role_nouns) and the named person who holds it is that team, an organisation (GUIDE decision 36), whatever the
    model made of the nickname; not a known place, nor a name a reader already gave."""
    doc = tokens[0].doc
    last = tokens[-1].i
    for token in tokens:
        text = token.text
        # (the parse may call a nickname opening the sentence a common noun, and the person's name a body)
        if token.pos_ not in ("PROPN", "NOUN") or len(text) < 4 or not text[0].isupper() or text[-1] != "s":
            continue
        if not text.isalpha() or text.isupper() or token.i + 2 > last:
            continue
        size = _team_post_size(doc, token.i + 1, last, lower_only=True)
        holder = doc[token.i + 1 + size] if size and token.i + 1 + size <= last else None
        if holder is None or holder.pos_ != "PROPN" or holder.ent_iob_ != "B":
            continue
        if holder.ent_type_ not in ("PERSON", "ORG"):
            continue
        first = token.i
        while first > tokens[0].i and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1
        run = doc[first : token.i + 1]
        if _known_place(run.text) or _known_place(text):
            continue
        if _a_persons_name_before_a_post(run, found):
            continue  # "Serena Williams coach …", "Patrick Mahomes teammate …": a person's surname ending in -s
        given = [k for k, (at, _) in enumerate(found) if run.start_char <= at < run.end_char]
        if not given:
            found.append((run.start_char, Actor(run.text, "organization")))
        elif found[given[0]][1].type == "person" and found[given[0]][1].name == run.text:
            found[given[0]] = (run.start_char, Actor(run.text, "organization"))  # (the model's person: "Sabres")


def _a_persons_name_before_a_post(run, found: list) -> bool:
    """A run of capitalised words before a post that names a person, not a team (GUIDE decision 36: a team in a
    person's title, not another person): a name of two words or more the model marks a person ("Serena Williams",
    "Noah Lyles"), or one a reader already gave as a person's name of more than one word."""
    if len(run) > 1 and all(t.ent_type_ == "PERSON" for t in run):
        return True
    return any(
        run.start_char <= at < run.end_char and actor.type == "person" and len(actor.name.split()) > 1 for at, actor in found
    )


def _players_of_a_result(tokens: list, ctx: Context, found: list) -> None:
    """ "Argentina got past Chile, with Guido Pella beating Nicolas Jarry and Diego Schwartzman defeating
    Cristian Garin": where two national teams meet in a result, a person who wins a game of it (the
    subject of a result's verb) plays for the winner, the one beaten (its object) for the loser (GUIDE
    decision 36), when the text has given them no country. (The result may stand in another claim of the
    sentence: "… lost to Canada after X edged Y and Z defeated W".)"""
    lex = words()
    verbs = [
        token for token in tokens if token.lemma_ in lex.wins_over or (token.lemma_ in lex.win_nouns and token.pos_ == "NOUN")
    ]
    if not verbs:
        return  # (the sentence's result is read only for a claim with a word of winning: most have none)
    doc = tokens[0].doc
    sentence = tokens[0].sent
    sides = _result_sides(doc, sentence.start, sentence.end)
    begin, end = ctx.position + sentence.start_char, ctx.position + sentence.end_char
    if (
        sides is None
        and ctx.last_result is not None
        and ctx.last_result[0] <= begin
        and not ctx.text[ctx.last_result[0] : begin].strip()
    ):
        # "Kazakhstan beat the Netherlands 2-1. / The victory came after X and Y defeated Z and W.": the games of a
        # result the sentence right before gave (and along a run of such sentences; a heading between ends it)
        sides = ctx.last_result[1]
    if sides is None:
        return
    ctx.last_result = (end, sides)
    persons = {at: actor for at, actor in found if actor.type == "person"}
    for verb in verbs:
        if verb.lemma_ in lex.win_nouns and verb.pos_ == "NOUN":
            players = _players_of_a_win(verb, sides)  # "behind X’s 6-4, 6-4 win over Y"
        else:
            players = _players(verb, sides)
        for side, token in players:
            named = entity_of(token)
            actor = persons.get(named.start_char) if named is not None else None
            person = ctx.persons.get(actor.name) if actor is not None else None
            if person is not None and person.country is None:
                person.country = side
                found[:] = [(at, Actor(a.name, a.type, side, a.role) if a is actor else a) for at, a in found]


def _players_of_a_win(noun, sides: tuple[str, str]) -> list:
    """(country, token) of the winner and loser of a game named by a noun ("X’s 6-4, 6-4 win over Y"): the
    person named right before the noun and its score, and the one right after its "over" (read by the
    words' order, which the parser often loses among the scores)."""
    doc = noun.doc
    out = []
    after = doc[noun.i + 2] if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "over" else None
    if after is None or after.ent_type_ != "PERSON":
        return out
    out.append((sides[1], after))
    i = noun.i - 1
    while i >= 0 and (doc[i].like_num or doc[i].text in ("-", "–", ",", "(", ")", "’", "'", "’s", "'s")):
        i -= 1
    if i >= 0 and doc[i].ent_type_ == "PERSON":
        out.append((sides[0], doc[i]))
    return out


def _players(verb, sides: tuple[str, str]) -> list:
    """(country, token) of the winners (subjects) and losers (objects) of a result's verb, with those joined
    to them by "and" ("Granollers and Lopez defeated Khachanov and Rublev"); a name right before a verb
    the parser left without a subject is its subject ("… edged Opelka and Denis Shapovalov defeated Fritz",
    where the parser joins "Shapovalov" to "Opelka")."""
    doc = verb.doc
    out = []
    for child in verb.children:
        # (The parser may read a beaten name with its score as an adverbial: "beating Nicolas Jarry 6-4".)
        if child.dep_ not in ("nsubj", "dobj", "dative", "npadvmod"):
            continue
        side = sides[0] if child.dep_ == "nsubj" else sides[1]
        # (the parser may hang the first of two names joined by "and" on the second: "defeated Robin Haase and X")
        joined = [c for c in child.children if c.dep_ == "nmod" and c.i < child.i and any(g.lower_ == "and" for g in c.children)]
        for token in (child, *(c for c in child.children if c.dep_ == "conj"), *joined):
            named = entity_of(token)
            following = doc[named.end] if named is not None and named.end < len(doc) else None
            # (a name joined by "and" that is the subject of the next verb of winning is that verb's: "… edged Opelka and
            # Shapovalov defeated Fritz"; not of this one: "X and Y defeated Z")
            if token is child or following is None or following.lemma_ not in words().wins_over or following.i == verb.i:
                out.append((side, token))
    if not any(c.dep_ == "nsubj" for c in verb.children) and verb.i > 0 and doc[verb.i - 1].ent_type_ == "PERSON":
        out.append((sides[0], doc[verb.i - 1]))
    return out


def _groups(doc, start: int, end: int, found: list) -> None:
    """ "both countries", "the two sides", "all parties" (declcli/data/claims.json)."""
    if end <= start:
        return
    offset = doc[start].idx
    text = span_text(doc, start, end)
    for m in words().groups.finditer(text):
        last = offset + m.end() - 1  # (the phrase's last character)
        if m.group(0)[-4:].lower() in ("side", "ides") and _side_of_a_place_or_thing(doc, start, end, last, found):
            continue
        if text[m.end() : m.end() + 1] in ("-", "–") and text[m.end() + 1 : m.end() + 2].isalpha():
            continue  # "both sides-ism", "the two parties-style": a word built on the phrase names no parties
        if _describes_the_named(doc, offset + m.start(), offset + m.end()):
            continue
        found.append((offset + m.start(), Actor(m.group(0).lower(), "group", None)))


_APPOSITION_MARKS = frozenset((",", "—", "–", "-", "--", ":", "("))


def _set_already_read(found: list, doc, begin: int, end: int) -> bool:
    """Whether the set written from `begin` to `end` is read already: a group found inside it, or words that describe
    persons named beside it (`_describes_the_named`)."""
    return any(a.type == "group" and begin <= at < end for at, a in found) or _describes_the_named(doc, begin, end)


def _describes_the_named(doc, first_char: int, end_char: int) -> bool:
    """A plural set in apposition to the parties the unit names right beside it, only describing them: "the three
    firms — Globex, Initech and Vandelay — had …", "both teams, the Hornets and the Falcons, are …", "in Norway and
    in Chile, both countries where …" (GUIDE decision 473: no group; the named parties are listed as usual). Not
    "four lenders, among them Globex and Initech", which stands for more parties than it names (decision 519)."""
    span = doc.char_span(first_char, end_char, alignment_mode="expand")
    if span is None:
        return False
    after = doc[span.end : span.end + 3]
    if len(after) >= 2 and after[0].text in _APPOSITION_MARKS:
        name = after[2] if after[1].lower_ == "the" and len(after) == 3 else after[1]
        if name.ent_type_ in ("ORG", "GPE", "NORP", "PERSON", "PRODUCT") and name.ent_iob_ == "B":
            # (not the subject of a verb that follows: "both sides, Reuters reported, agreed" is a speaker's tag)
            root = name
            while root.dep_ in ("compound", "flat") and root.head.i > root.i:
                root = root.head
            return not (root.dep_ in ("nsubj", "nsubjpass") and root.head.i > root.i)
    if span.start >= 2 and doc[span.start - 1].text == ",":
        before = doc[span.start - 2]
        return before.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and span[0].lower_ in ("both", "all", "two", "three")
    return False


def _side_of_a_place_or_thing(doc, start: int, end: int, last_char: int, found: list) -> bool:
    """ "on the other side of Israel", "my ancestors on both sides of my family", "count both sides of the sandwich": a
    side of a place, of one's own kin or of a physical thing (claims.json side_thing_nouns) is where something is, no
    party (GUIDE: groups stand for parties; decision 962(a): the sides of one relation); so is a side a verb of placing
    or shaping puts something on where the claim names no party ("a button flanked on both sides by keys": claims.json
    side_placing_verbs). The sides of any other noun stay a group ("both sides of the strike", "of the ceasefire", "of
    the aisle", "of the border"), and so do sides under other verbs ("casualties were reported on both sides") and sides
    beside the parties the claim names ("a first quarter on both sides, as the Hornets and the Falcons struggled")."""
    side = next((t for t in doc[start:end] if t.idx <= last_char < t.idx + len(t)), None)
    if side is None or side.lemma_.lower() != "side":
        return False
    lex = words()
    ofs = [prep for prep in side.children if prep.dep_ == "prep" and prep.lower_ == "of"]
    wholes = [whole for prep in ofs for whole in prep.children if whole.dep_ == "pobj"]
    for whole in wholes:
        if whole.ent_type_ in ("GPE", "LOC", "FAC") or whole.lower_ in lex.place_nouns:
            return True
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in whole.children):
            return True
        if whole.pos_ == "NOUN" and not whole.ent_type_ and whole.lemma_.lower() in lex.side_thing_nouns:
            return True  # "both sides of the sandwich", "on the other side of the blinds": a thing's sides
    if wholes or side.dep_ != "pobj" or side.head.lower_ != "on":
        return False
    # ("flanked on both sides", "printed on both sides": a side the verb puts something on, where no party is named)
    verb = side.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.side_placing_verbs and not found


_COUNTING_WORDS = frozenset(("several", "both"))


def _counted_parties(tokens, found: list) -> None:
    """ "six world powers", "several West African countries", "the world's two largest economies": a plural noun of
    the parties countries and politics have (claims.json `counted_party_nouns`), counted by a number of two or more in
    words, "several" or "both", names a group standing for several parties (GUIDE: groups), where it is not where something
    happens ("in 30 countries") and the lexicon's groups have not named it ("the two countries")."""
    nouns = words().counted_party_nouns
    for noun in tokens:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in nouns:
            continue
        counts = [c for c in noun.children if c.i < noun.i and _counts_two_or_more(c)]
        if not counts:
            continue
        if (noun.dep_ == "pobj" and noun.head.lower_ in words().locative) or _members_named(noun):
            continue
        first = min([noun.i, *(c.left_edge.i for c in noun.children if c.i < noun.i and c.dep_ != "punct")])
        begin, end = noun.doc[first].idx, noun.idx + len(noun)
        if _set_already_read(found, noun.doc, begin, end):
            continue
        found.append((begin, Actor(noun.doc.text[begin:end], "group", None)))


# (not the demonstratives: the tune's gold reads "who those three guys are", in a quote, as no party)
_COUNTED_SET_OPENINGS = ("the", "all")


def _sets_of_named_persons(tokens, ctx: Context, found: list) -> None:
    """ "the pair", "the Serbian duo", "both men", "the two officers", "the two met in 2019": a set that points back to
    persons named before stands for them, a group named as written with its determiners (GUIDE decisions 473, 588(a),
    735, 762; lower case where only the sentence's opening capitalises it, decision 519(b)). Only where the text has
    named at least as many persons shortly before (a set of things, "the two are related", names no party), with no
    word but a demonym between the determiner and the set's noun ("the first two", "the two neutron stars" are no such
    set), and not a set in apposition to the names beside it ("both men, Lee and Roe, …", decision 473) nor one with
    its members in its own phrase ("the pair of engineers")."""
    lex = words()
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.tag_ == "NN" and lemma in lex.persons_set_nouns and token.dep_ != "compound":
            size, opening = lex.persons_set_nouns[lemma], _determiner(token, ("the",))
        elif token.tag_ == "NNS" and lemma in lex.persons_set_member_nouns:
            both = _determiner(token, ("both",))
            counted = next((c for c in token.children if c.dep_ == "nummod" and c.lower_ in lex.persons_set_numbers), None)
            size = 2 if both is not None else lex.persons_set_numbers[counted.lower_] if counted is not None else 0
            # "the two officers", "all three defendants" (decisions 588(a), 735)
            opening = both if both is not None else _determiner(token, _COUNTED_SET_OPENINGS) if counted is not None else None
        elif token.lower_ in lex.persons_set_numbers and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
            # "the two" standing alone as a noun phrase ("when the two met"), not counting a noun or a part ("the two of
            # you", "the three games"); the parser makes such a number the phrase's head
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if following is not None and (following.pos_ in ("NOUN", "PROPN", "ADJ") or following.lower_ == "of"):
                continue
            size, opening = lex.persons_set_numbers[token.lower_], _determiner(token, ("the",))
        else:
            continue
        if opening is None or not size or _persons_named_lately(token, ctx) < size:
            continue
        if opening.lower_ == "both" and (opening.dep_ == "preconj" or any(c.dep_ in ("cc", "conj") for c in token.children)):
            continue  # "both men and women who …": two classes joined, no set pointing back (decision 588(a))
        if not _points_back_to_named(token, opening, size, token.tag_ != "NNS", ctx):
            continue
        between = token.doc[opening.i + 1 : token.i]
        if any(not (t.lower_ in lex.persons_set_numbers or (t.ent_type_ == "NORP" and country_of_text(t.text))) for t in between):
            # "the first two", "the last four", "the two neutron stars": an order or a kind, no set pointing back; "the
            # three Democratic lawmakers": a party's members, read by `_members_of_named_bodies`
            continue
        # (a set in the possessive, "the pair's lawyer", names its owner like any possessive: decisions 54, 427)
        if token.dep_ == "appos" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
            # "X and Y, both professors at …", "the four players in front of him — X, Y and Z" (decision 473)
            continue
        if token.tag_ != "NNS" and _things_counted_before(token, size):
            continue  # "comparing the two genome sequences, they found that the pair …": a set of things
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "the pair of engineers", "a pair of boots": the set's own members in its phrase
        doc = token.doc
        begin, end = opening.idx, token.idx + len(token)
        if _set_already_read(found, doc, begin, end):
            continue
        demonym = next((t for t in between if t.ent_type_ == "NORP"), None)
        country = country_of_text(demonym.text) if demonym is not None else None
        if country:
            # "the French duo": the set is placed by the demonym, which names no country actor of its own (decision 762)
            found[:] = [
                (at, a) for at, a in found if not (a.type == "country" and demonym.idx <= at < demonym.idx + len(demonym))
            ]
        name = doc.text[begin:end]
        if _opens_sentence(opening):
            name = name[:1].lower() + name[1:]
        found.append((begin, Actor(name, "group", country)))


_PERSON_NAMED_LATELY = 800  # characters: a few sentences of news, where a set that points back finds its persons


def _persons_named_lately(token, ctx: Context) -> int:
    """How many persons the text names shortly before `token` (ctx.name_mentions, offsets in the whole text): a set
    pointing back to persons follows their names closely ("… Lee and Roe. The pair …"), while a bare "the two" far
    from persons' names points back to things ("salaries … ticket prices, as if the two were related") or to persons
    the text never named ("Two loggers … the two men")."""
    here = ctx.position + token.idx
    named = {
        ctx.persons[key].name
        for at, name in ctx.name_mentions
        if here - _PERSON_NAMED_LATELY <= at < here
        for key in (name, surname(name))
        if key in ctx.persons
    }
    return len(named)


_SET_LOOKS_BACK = 8  # sentences: how far back a set looks for the persons it stands for


def _points_back_to_named(token, opening, size: int, bare: bool, ctx: Context) -> bool:
    """Whether the nearest antecedent of the set at `token` is persons the text named: reading back sentence by sentence
    from the set, `size` named persons come before any indefinite plural counted by the set's number ("Two men were
    arrested. … Both men", "two officials briefed on … The two officials": unnamed persons described, decision 437)
    and, for a bare "the two"/"the pair", before any pair of things ("to discuss inflation and wages. … the two",
    "the galaxies Andromeda and Triangulum … The two", "The euro rose against the dollar. … The pair"): a set is a
    group only where it stands for persons named (GUIDE decisions 588(a), 762)."""
    lex = words()
    docs = list(ctx.window_docs)
    here = next((k for k, doc in enumerate(docs) if doc is token.doc), None)
    earlier = [d for d in docs[:here]] if here is not None else []
    sentences = [s for s in token.doc.sents if s.start < opening.i]
    for doc in reversed(earlier):
        sentences[:0] = list(doc.sents)
    looked = list(reversed(sentences))[:_SET_LOOKS_BACK]
    for sent in looked[1:]:
        # "Two loggers … The two men … (names) … the two men": a repeated set reads as the earlier one it repeats
        same = next((t for t in reversed(sent) if _earlier_set(t, size, lex) and _same_set(t, token)), None)
        if same is not None:
            noun = same.head if same.dep_ == "nummod" else same
            first = next((c for c in noun.children if c.dep_ == "det" and c.i < same.i), None)
            return first is not None and _points_back_to_named(noun, first, size, bare, ctx)
    named: set[str] = set()
    for sent in looked:
        for t in reversed([t for t in sent if t.i < opening.i or t.doc is not token.doc]):
            person = ctx.persons.get(t.text) if t.pos_ == "PROPN" else None
            if person is not None and _names_things_of_a_class(t, lex):
                return False  # "the galaxies Andromeda and Triangulum": names of things, whatever the model tags
            if person is not None:
                named.add(person.name)
                if len(named) >= size:
                    return True
            elif _unnamed_antecedent(t, size, bare, ctx, lex):
                return False
    return False


def _earlier_set(t, size: int, lex) -> bool:
    """Whether `t` is the number or noun of an earlier set of the same size opened by a definite word ("The two men",
    "the pair"): a later set of that size points back through it to the same antecedent."""
    if lex.persons_set_numbers.get(t.lower_) == size:
        noun = t.head if t.dep_ == "nummod" else t
    elif t.tag_ == "NN" and lex.persons_set_nouns.get(t.lemma_.lower()) == size:
        noun = t
    else:
        return False
    return any(c.dep_ == "det" and c.lower_ in _COUNTED_SET_OPENINGS and c.i < t.i for c in noun.children)


def _same_set(t, token) -> bool:
    """Whether the earlier set at `t` is written as the set at `token` ("the two men" … "the two men")."""
    noun = t.head if t.dep_ == "nummod" else t
    return noun.lemma_.lower() == token.lemma_.lower()


def _names_things_of_a_class(t, lex) -> bool:
    """Whether the name at `t` stands in apposition to a plural of things ("the galaxies Andromeda and Triangulum",
    "the ships Ajax and Hector"), not of persons ("the brothers Ivo and Jan Marr")."""
    while t.dep_ in ("compound", "conj", "appos") and t.head is not t:
        if t.dep_ == "appos" and t.head.tag_ == "NNS":
            noun = t.head.lemma_.lower()
            return noun not in lex.speaker_descriptions and noun not in lex.persons_set_member_nouns
        t = t.head
    return False


def _unnamed_antecedent(t, size: int, bare: bool, ctx: Context, lex) -> bool:
    """Whether `t` opens an antecedent a set may point back to that names no person: a plural counted by the set's
    number without a definite determiner ("Two men", "two officials briefed"; for a bare set also of things, "two
    hospitals"), or, for a bare set, two things joined
    ("inflation and wages", "the euro … against the dollar")."""
    if t.dep_ == "nummod" and lex.persons_set_numbers.get(t.lower_) == size and t.head.tag_ == "NNS" and t.head.i > t.i:
        noun = t.head.lemma_.lower()
        person = noun in lex.speaker_descriptions or noun in lex.persons_set_member_nouns or t.head.dep_ in ("nsubj", "nsubjpass")
        if not bare and not person:
            return False  # "two videos of them" before "both men": no persons, so no antecedent of a set of persons
        return not any(c.dep_ in ("det", "poss", "predet") and c.i < t.i for c in t.head.children)
    if not bare or t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ == "PERSON" or t.text in ctx.persons:
        return False
    head = t.head
    if t.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON" and head.text not in ctx.persons:
        return any(c.dep_ == "cc" and c.lower_ == "and" for c in (*head.children, *t.children))
    if t.dep_ == "pobj" and head.lower_ in ("against", "versus", "vs", "vs."):
        verb = head.head
        return t.pos_ == "NOUN" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)
    return False


def _things_counted_before(token, size: int) -> bool:
    """A plural of things counted by the set's own number earlier in the sentence ("the two genome sequences"), which
    a later bare "the two" or "the pair" points back to."""
    lex = words()
    return any(
        word.dep_ == "nummod"
        and lex.persons_set_numbers.get(word.lower_) == size
        and word.head.tag_ == "NNS"
        and word.head.lemma_.lower() not in lex.persons_set_member_nouns
        for word in token.doc[token.sent.start : token.i]
    )


def _determiner(noun, forms: tuple) -> object | None:
    """The determiner among `forms` that opens the noun's phrase ("the", "both"), or None."""
    return next((c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "predet", "preconj") and c.lower_ in forms), None)


def _families_by_their_surname(tokens, ctx: Context, found: list) -> None:
    """ "the Okafor family", "the Brandt household's farm", "the Vance clan": a family named by its surname before a
    noun for a household (claims.json household_nouns) is a named participant standing for several persons, a `group`
    named as written without its article (GUIDE decision 446); the surname there, which the model may take for a
    person, names no one person. Not a family named by a common noun or a possessive ("the family", "Zoe's family"),
    nor by a place, a people or a body ("a Sacramento family", "the Xhosa clan", "US households")."""
    lex = words()
    for noun in tokens:
        if noun.tag_ == "NNS" and noun.lemma_ in lex.household_nouns:
            _coordinated_families(noun, ctx, found)
            continue
        if noun.lower_ not in lex.household_nouns or noun.i == 0:
            continue
        name = []
        at = noun.i - 1
        # (the words that hang on the noun or on a word of the name already read: "the bin Laden family", "Smith-Jones")
        heads = {noun.i}
        while (
            at >= 0
            and noun.doc[at].head.i in heads
            and (noun.doc[at].dep_ in ("compound", "amod") or noun.doc[at].tag_ == "HYPH")
        ):
            heads.add(at)
            name.insert(0, noun.doc[at])
            at -= 1
        if not name or at < 0 or noun.doc[at].lower_ != "the":
            continue
        first = name[0].idx
        parts = [t for t in name if t.tag_ != "HYPH" and t.lower_ not in lex.name_particles]
        if not parts or name[0].tag_ == "HYPH" or name[-1].tag_ == "HYPH" or not name[-1].is_title:
            continue
        hyphened = len(parts) < len(name) and any(t.tag_ == "HYPH" for t in name)
        known = _surname_of_a_person_named(name[-1].text, ctx)
        if noun.lower_ == "clan" and not known:
            # "the Hawiye clan", "the Darod clan": a descent group within a people, a generic class (GUIDE decision
            # 280), which the model takes for a person or a body; a clan is a family only by a person's surname
            found[:] = [(i, a) for i, a in found if not (a.type in ("person", "organization") and i == first)]
            continue
        # (a surname the model tags an adjective is still a person's name to it: "thank the Lindqvist/JJ family")
        # ("the Smith-Jones family": the model may call a hyphened surname a body)
        marks = ("PERSON", "ORG") if hyphened else ("PERSON",)
        if not all(t.is_title and (t.ent_type_ in marks or (t.tag_ == "NNP" and not t.ent_type_)) for t in parts):
            continue
        if any(t.lower_ in lex.household_rank_words for t in parts):
            continue  # "the Royal family", "the First Family": styled by rank, no surname
        if not (known or _surname_shaped(parts, noun)):
            continue
        if country_of_text(parts[0].text):
            if parts[0].ent_type_ != "PERSON":
                continue  # "the Sacramento family": a place's
            # "the Jordan family": a surname the model reads as one, which the gazetteer takes for the state
            found[:] = [(i, a) for i, a in found if not (a.type == "country" and i == first)]
        # the surname, or a part of it, names no one person (nor, hyphened, a body)
        within = {t.idx for t in name}
        kinds = ("person", "organization") if hyphened else ("person",)
        found[:] = [(i, a) for i, a in found if not (a.type in kinds and i in within)]
        found.append((first, Actor(noun.doc.text[first : noun.idx + len(noun)], "group", None)))


def _coordinated_families(noun, ctx: Context, found: list) -> None:
    """ "the Smith and Jones families", "the Okafor and Brandt households": families named by surnames joined before
    one plural household noun are one `group` each, named with the noun in the singular ("Smith family"), as decision
    545 reads two demonyms before one shared head (GUIDE decision 446); no surname there names one person."""
    first = next((c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i < noun.i), None)
    if first is None or first.i == 0 or noun.doc[first.i - 1].lower_ != "the":
        return
    names = [first] + [c for c in first.subtree if c.dep_ == "conj" and c.i < noun.i]
    if len(names) < 2 or names[-1].i != noun.i - 1:
        return
    if not all(t.is_title and t.ent_type_ in ("PERSON", "ORG", "") and not country_of_text(t.text) for t in names):
        return
    if not all(_surname_of_a_person_named(t.text, ctx) or _surname_shaped([t], noun) for t in names):
        return
    at = {t.idx for t in names}
    found[:] = [(i, a) for i, a in found if not (a.type in ("person", "organization") and i in at)]
    found.extend((t.idx, Actor(f"{t.text} {noun.lemma_}", "group", None)) for t in names)


def _surname_of_a_person_named(word: str, ctx: Context) -> bool:
    """Whether the article has named a person in full by the surname `word` ("Chris Anderson" before "the Anderson
    family"): the word then is a surname for certain, not a word the model took for a name alone ("the Ebola")."""
    person = ctx.persons.get(word)
    return person is not None and " " in person.name and surname(person.name) == word


_TAXON_ENDINGS = ("aceae", "idae", "inae", "oidea")  # "the Asteraceae family", "the Felidae family": a taxon's name


def _surname_shaped(name: list, noun) -> bool:
    """Whether the words before a household noun can be a surname where no person of that name came before: not a
    family of things ("the Pixel family of phones", "the Ras family of genes"), nor a class things are in ("viruses in
    the Ebola family"), nor a taxon ("the Asteraceae family"), nor a team's plural nickname ("the Lakers family")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in c.children) for c in noun.children):
        return False  # "the Llama family of models", "the Omicron family of variants"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "within") and noun.head.head.tag_ == "NNS":
        return False  # "viruses in the Ebola family", "species within the Rosa family"
    if any(t.lower_.endswith(_TAXON_ENDINGS) for t in name):
        return False
    last = name[-1]
    return not (not last.ent_type_ and last.text.endswith("s") and not last.text.endswith("ss"))


def _blocs_acting(tokens, found: list, sporting: bool = False) -> None:
    """A world region or bloc named by a proper name written with "the" (claims.json bloc_region_names: "the West", "the
    Americas") where it acts or is acted on as a party: the subject of a verb of agency ("the West was slow to act",
    "the West imposed new sanctions"), the object of a verb of dealing between parties ("to punish the West", "China is
    courting the Global South"), or what a noun of pressure, support or opposition comes from or is against ("pressure
    from the West", "a force against the oppressive West"). It stands for its countries: a group named without its
    leading article, country null (GUIDE decisions 638(a), 744). Named as a place ("in the West", "oil from the Middle
    East", "toured the Middle East"), the holder of a state, figure or weather ("the Middle East remains volatile", "the
    Americas saw record heat"), a passive's subject, one of a list of places, or a longer name it opens ("the West
    Bank"), it is no actor. "The West" in a sports report is a conference of clubs (decision 372): an organization
    where it plays or is played for ("winning the West"), no group. A name another reader already listed is not listed
    twice; a body the model read in a bloc that acts is that group (decision 744)."""
    lex = words()
    for head in tokens:
        if (
            head.pos_ != "PROPN"
            or head.dep_ in ("compound", "conj")
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        ):
            continue
        parts = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ == "PROPN"]
        name_tokens = [*parts, head]
        if name_tokens[-1].i - name_tokens[0].i != len(name_tokens) - 1:
            continue
        name = " ".join(t.text for t in name_tokens)
        if name not in lex.bloc_region_names or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in head.children):
            continue  # (a list of places: "the Middle East and North Africa"; not "the West and its allies")
        opener = name_tokens[0].i - 1  # (the determiner "the", or an adjective after it: "the oppressive West")
        while opener >= 0 and head.doc[opener].i >= head.left_edge.i and head.doc[opener].lower_ != "the":
            opener -= 1
        if opener > 0 and (head.doc[opener - 1].lower_ in ("and", "or") or head.doc[opener - 1].text == ","):
            continue  # the last of a list of places the parser hung on the verb ("in Asia, Africa, and the Middle East will …")
        governor = head.head
        if name == "West" and _west_as_a_conference(head, sporting):
            # ("The Lakers lead the West", "winning the West and returning to the playoffs", "The West beat the East
            # 211-186"): a conference of clubs or its all-star side, an organization, no group (decision 372)
            if head.dep_ in ("nsubj", "dobj") and governor.pos_ in ("VERB", "AUX") and not any(a.name == name for _, a in found):
                found.append((name_tokens[0].idx, Actor(name, "organization", None)))
            continue
        if head.dep_ == "nsubj":
            acting = governor.pos_ in ("VERB", "AUX") and not _bloc_holds_a_state(governor)
        elif head.dep_ == "dobj":
            # ("accused the West", "to punish the West": not "toured the Middle East", "the storm battered the Far East")
            acting = governor.pos_ == "VERB" and governor.lemma_.lower() in lex.bloc_region_party_verbs
        elif head.dep_ == "pobj":
            # ("pressure from the West", "protests against the West": not "oil from the Middle East", "winds from the West")
            nouns = lex.bloc_region_party_nouns.get(governor.lower_, ())
            acting = governor.head.pos_ == "NOUN" and governor.head.lemma_.lower() in nouns
        else:
            acting = False
        if not acting:
            continue
        same = [k for k, (_, a) in enumerate(found) if a.name == name]
        if not same:
            found.append((name_tokens[0].idx, Actor(name, "group", None)))
        elif all(found[k][1].type == "organization" for k in same):
            # ("The West did not respond to the offer": a body the model read) the bloc that acts, a group (decision 744)
            k = same[0]
            found[k] = (found[k][0], Actor(name, "group", None))
            for k in reversed(same[1:]):
                del found[k]


def _bloc_holds_a_state(verb) -> bool:
    """A region named with "the" as the subject of a verb of state, figure, feature or weather (claims.json
    bloc_region_state_verbs): "the Middle East remains volatile", "the Americas saw record heat", "the West has warmer
    winters", "the Middle East is heating", "the Americas led the world in cases". A copula whose adjective says how the
    bloc acts or is to blame ("the West was slow to act", "the West was guilty of nonaction") is its act."""
    lex = words()
    lemma = verb.lemma_.lower()
    if lemma == "lead":
        return any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.bloc_region_lead_figure_objects for c in verb.children
        )
    if lemma not in lex.bloc_region_state_verbs:
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and (
            c.lemma_.lower() in lex.bloc_region_conduct_adjectives or any(g.dep_ == "xcomp" for g in c.children)
        ):
            return False
    return True


def _west_as_a_conference(head, sporting: bool) -> bool:
    """ "The West" in a sports report: a sports word of claims.json's in its sentence (sport_context_words,
    bloc_region_sports_words: "the playoffs", "the All-Star game"), a score ("211-186"), or "the East" named beside it,
    in a report that reads as sports or with such a word in the sentence."""
    lex = words()
    sentence = head.sent
    said = set(re.findall(r"[a-z]+(?:-[a-z]+)*", sentence.text.lower()))  # ("All-Star" is three tokens to the model)
    if said & lex.sport_words or said & lex.bloc_region_sports_words or re.search(r"\b\d+[-–]\d+\b", sentence.text):
        return True
    east = any(
        t.text == "East" and not any(c.dep_ == "compound" for c in t.children) and t.i > 0 and t.doc[t.i - 1].lower_ == "the"
        for t in sentence
    )
    return east and sporting


def _plural_countries(tokens, found: list) -> None:
    """ "other countries", "many nations", "50 countries and territories", "more than 80 countries", "poor countries",
    "NATO member countries", "countries with poor roads": a plural of countries with a quantifier, a number or a
    modifier that classes them and no names beside it stands for several countries, a group named as written with its
    determiners (GUIDE decisions 462, 491(a), 534), also where it is where something happens.
    Not a plural whose members are named ("other nations such as Chad"), nor one in apposition to the countries named
    beside it ("Malawi and Zambia, both landlocked countries", decision 473), nor one that only classes a party in the
    predicate ("Ruritania was among the first nations to …", "lists Malawi as a low-income country", "the poorest of
    the developing countries", decisions 462, 681), nor "these"/"those" countries, which point back to countries
    named before."""
    lex = words()
    for noun in tokens:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in lex.countries_plural_nouns:
            continue
        head = noun
        if noun.dep_ == "conj" and noun.head.tag_ == "NNS" and noun.head.lemma_.lower() in lex.countries_conjunct_nouns:
            head = noun.head  # "other states and countries": the phrase's quantifier is on its first noun
        before = [c for c in head.children if c.i < head.i and c.dep_ != "punct"]
        quantified = any(_quantifies_countries(c) for c in before)
        after = [] if before else _restricts_countries(head)
        if any(c.lower_ == "member" for c in before):  # "member countries of the pact" (decisions 521, 534)
            after = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1]
        if not quantified and not after and not any(_classes_countries(c) for c in before):
            continue
        no_set = [c.lower_ for c in before if c.lower_ in lex.countries_modifiers_naming_no_set]
        if no_set and not (quantified and set(no_set) == {"such"}):
            continue  # "such countries", "their respective countries", "Overall countries cut …" (decision 462)
        if (
            _members_named(head)
            or _members_named(noun)
            or head.dep_ == "attr"
            or (head.dep_ == "pobj" and head.head.lower_ == "among")
            or (head.dep_ == "appos" and head.head.pos_ == "PROPN")  # "Malawi and Zambia, landlocked nations in …"
        ):
            continue
        first = _phrase_opening(head, before)
        if _classes_a_party(head, first):
            continue
        last = max(
            [
                head,
                *(
                    c
                    for c in head.children
                    if c.dep_ == "conj" and c.tag_ == "NNS" and c.lemma_.lower() in lex.countries_conjunct_nouns
                ),
                *(t for c in after for t in c.subtree if not t.is_punct),
            ],
            key=lambda t: t.i,
        )
        doc = noun.doc
        begin, end = doc[first].idx, last.idx + len(last)
        if _set_already_read(found, doc, begin, end):
            continue  # (a group the lexicon or a counted plural named already: "both countries", "two nations")
        name = doc.text[begin:end]
        opening = doc[first]
        if _opens_sentence(opening) and not (
            opening.tag_ in ("NNP", "NNPS")
            or opening.ent_type_
            or opening.lower_ in lex.region_compass_words
            or opening.lower_ in lex.countries_proper_modifiers
        ):
            # "Other countries …": only the sentence's opening capitalises it (decision 519(b); not "Latin American …",
            # "Baltic nations", "Western countries")
            name = name[:1].lower() + name[1:]
        found.append((begin, Actor(name, "group", None)))


def _classes_countries(token) -> bool:
    """An adjective, participle or noun before a plural of countries that says what kind of countries they are ("poor
    countries", "developed nations", "Latin American countries", "donor countries", "developing nations"), or a body
    whose members they are ("NATO countries", decision 534): with no names beside it, the plural stands for the set of
    countries of that kind (GUIDE decision 462: "a quantifier or modifier"; "most rich nations"). Not a time ("Last year
    countries spent …") nor a gerund taking the plural as object ("Helping countries adapt …"): an -ing word classes
    only hyphened or from claims.json `countries_participle_classes`."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    if token.dep_ == "amod":
        if token.tag_ == "VBG":  # (a hyphened one is an adjective: "law-abiding nations", "English-speaking countries")
            hyphened = token.i > 0 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_
            return hyphened or token.lower_ in words().countries_participle_classes
        return token.tag_ in ("JJ", "JJR", "JJS", "VBN")
    if token.dep_ != "compound":
        return False
    return token.tag_ == "NN" or (token.tag_ == "NNP" and token.ent_type_ in ("ORG", "GPE", "NORP"))


def _restricts_countries(noun) -> list:
    """A restrictive "with"-phrase or relative clause after a bare plural of countries that says which countries are
    meant ("in countries with poor roads", "countries that ban the fee"): decision 491(a)'s plural with a modifier and
    no names, the modifier part of its name (decision 646(b))."""
    return [
        c
        for c in noun.children
        if c.i > noun.i
        and (
            (c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children))
            or (c.dep_ == "relcl" and c.i > 0 and noun.doc[noun.i + 1].lower_ in ("that", "where"))
        )
    ]


def _phrase_opening(head, before: list) -> int:
    """The index of the first word of a plural of countries' phrase: its modifiers' first word, not a preposition the
    parser hung on one ("classed as least developed countries"), and back over a suspended hyphen ("Low- and
    middle-income countries")."""
    doc = head.doc
    if not before:
        return head.i
    first = min(c.left_edge.i for c in before)
    while first < head.i and (doc[first].pos_ in ("ADP", "SCONJ", "CCONJ") or doc[first].is_punct):
        first += 1
    if first >= 2 and doc[first - 1].lower_ in ("and", "or") and doc[first - 2].text.endswith("-"):
        first -= 2
        if doc[first].text == "-" and first >= 1:
            first -= 1
    return first


def _classes_a_party(head, first: int) -> bool:
    """A plural that only classes a party in the predicate or as an object's complement: "lists Malawi and Zambia as
    low-income countries", "were classed as least developed countries", "joined the ranks of middle-income countries",
    "the first of the African countries to …", "the poorest of the developing countries", "one of the poorest
    countries" (GUIDE decisions 462, 681: no group)."""
    doc = head.doc
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX"):
        return True
    if first >= 1 and doc[first - 1].lower_ == "as" and doc[first - 1].head.i in range(first, head.i + 1):
        return True  # ("as" hung inside the phrase: "classed as least developed countries")
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    whole = head.head.head
    return (
        whole.lower_ in ("one", "first", "last")
        or whole.lemma_.lower() == "rank"
        or whole.ent_type_ == "ORDINAL"
        or (whole.tag_ == "JJS" and whole.lower_ not in ("most", "least"))
    )


def _opens_sentence(token) -> bool:
    """The sentence's first word, or the first after an opening quote or bracket that opens it ('"Poor countries …'),
    whose capital the opening gives (GUIDE decision 519(b))."""
    if token.is_sent_start:
        return True
    doc = token.doc
    mark = doc[token.i - 1] if token.i > 0 else None
    return (
        mark is not None
        and ((mark.is_quote and mark.is_left_punct) or mark.text in ("(", "["))
        and (mark.is_sent_start or mark.i == 0)
    )


def _quantifies_countries(token) -> bool:
    """A quantifier ("other", "some", "most", claims.json `countries_quantifiers`) or a number, in words or digits,
    before a plural of countries ("50 countries", "more than 80 countries"), not one ("one of the nations")."""
    if token.lower_ in words().countries_quantifiers:
        return token.dep_ in ("amod", "det", "predet", "nummod", "advmod")
    return token.dep_ == "nummod" and token.like_num and token.lower_ not in ("one", "zero", "1", "0")


def _parties_named_as_modifiers(tokens, found: list) -> None:
    """A political party named only as a modifier of a noun ("Republican senators", "a Democratic state", "GOP-led
    Senate", "Democratic Sen. Harry Reid", "former Liberal Democrat leader X"): the party, an organisation named as
    written with its country (GUIDE decision 175; claims.json `party_adjectives`, a closed class). Not a word that opens
    a longer proper name ("the Democratic Republic of Congo", "the Republican Governors Association"), nor an adverb or
    object of a verb ("vote Republican"); a claim that names the party otherwise ("Democrats") lists it once."""
    if not tokens:
        return
    lex = words()
    if lex.party_word_in.search(text_of(tokens[0].doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1])) is None:
        return  # (most sentences name no party: one search of their text, not a look-up per word)
    parties, pair_starts = lex.party_adjectives, lex.party_pair_starts
    mentions: dict[frozenset, list] = {}
    n = 0
    while n < len(tokens):
        first = tokens[n]
        text = first.text
        if text not in parties and text not in pair_starts:
            n += 1  # (most words: one look-up each)
            continue
        two = text + " " + tokens[n + 1].text if n + 1 < len(tokens) and first.whitespace_ else ""
        form = two if two in parties else text
        n += 1 + (form == two)  # ("Liberal Democrat", "Lib Dem": two words, read as one)
        if form in parties and (_party_modifier(tokens[n - 1], first) or _party_member(tokens[n - 1], first)):
            country, names = parties[form]
            mentions.setdefault(names, []).append((first.idx, form, country))
    for names, named in mentions.items():
        spans = {at for at, _, _ in named}
        for at, form, _ in named:
            # "former Liberal Democrat leader X": the model's "Liberal" is the party's first word, no body of its own
            found[:] = [(s, a) for s, a in found if not (at <= s < at + len(form) and a.name != form and a.name in form.split())]
        others = [(at, a) for at, a in found if a.type == "organization" and a.name in names]
        if any(at not in spans for at, _ in others):
            continue  # "Democrats … Democratic voters": the party is listed once, by its name
        for other in others:
            found.remove(other)  # "Republican Gov. X and … the GOP-dominated Legislature": the first modifier names it
        at, form, country = min(named)
        found.append((at, Actor(form, "organization", country)))


def _bodies_named_with_their_noun(doc, start: int, end: int, found: list) -> None:
    """ "the Lumen team", "Time magazine", "the Harbour faction", "Springfield police": a name and a lower-case common
    noun for a body right after it, which it modifies, name that body as written (GUIDE decisions 285, 447; claims.json
    body_unit_nouns). A body's name is widened to the phrase; a town's or state's before its own body's noun
    (place_body_nouns), which the model leaves a place, gives the body with the place's country."""
    if end <= start:
        return
    lex = words()
    for ent in entities(doc):
        if not (start <= ent.start and ent.end < end) or ent.label_ not in _NAME_BEFORE_A_BODY_NOUN:
            continue
        noun = doc[ent.end]
        if not noun.is_lower or noun.lemma_ not in lex.body_units:
            continue
        # (in "a Forest Hill police sergeant" the parser may hang the name and the noun both on the post they modify;
        # not on a body's own noun, "the Dallas police department", a longer name of the body)
        beside = _both_modify(ent.root, noun) and not _bodys_noun(noun.head.lower_)
        if ent.root.head.i != noun.i and not beside:
            continue
        if ent.root.dep_ not in ("compound", "nmod", "amod") and not (ent.root.i == ent.start and ent.root.lower_ == "the"):
            continue  # (the article, where the model took it into the entity: "the Borlo group")
        bare = _entity_text(ent)
        if not bare or not ent.text.endswith(bare):
            continue  # (a possessive or a bracket inside the entity: "Globex's team" is the body's own, not its name)
        name = bare + " " + noun.text
        named = [(at, a) for at, a in found if a.name == bare and a.type == "organization" and at >= ent.start_char]
        if named:
            at, actor = named[0]
            found[found.index(named[0])] = (at, Actor(name, "organization", actor.country, actor.role))
        elif noun.lemma_ in lex.place_bodies and not country_of_text(bare):
            # (a town the model calls a body here, "Forest Hill police officers", which no reader above kept, the same)
            found.append((ent.start_char, Actor(name, "organization", _place_country(bare))))
        elif _names_a_body_before_its_noun(ent, bare, noun):
            # "the Lumen team" where no reader above kept "Lumen" as a body (a product's or a programme's word, or
            # a name the model calls a person, a people or a town: "the Borlo group", "the Kestrel tribe"): the
            # phrase is the body (GUIDE decisions 290, 447, 639), and the word is no actor of its own for that mention
            # A person's team ("the Biden team") is a body named after the person who heads it: it takes the country
            # the person's office or nation gives (GUIDE decision 427)
            head_country = next(
                (a.country for at, a in found if at == ent.start_char and a.name == bare and a.type == "person"), None
            )
            found[:] = [(at, a) for at, a in found if not (at == ent.start_char and a.name == bare)]
            found.append((ent.start_char, Actor(name, "organization", head_country)))


# the model's labels for a body's distinctive word before a body's noun ("the Lumen team": a body, a product, a person,
# a people, a town or a work to the model); not a date, a count or an event
_NAME_BEFORE_A_BODY_NOUN = frozenset(("ORG", "GPE", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"))

# the labels under which a word before a body's noun reads as the body's own name only in a definite designation ("the
# Borlo group", "the Kestrel tribe"), not bare ("Kestrel team spirit")
_NAME_ONLY_IN_A_DESIGNATION = frozenset(("GPE", "PERSON", "NORP"))


def _determiners(noun) -> list:
    """The determiners and owners of a noun, also one the parser hangs on the noun's first modifier ("the militant Vantor
    movement")."""
    edge = noun.left_edge
    return [c for c in noun.children if c.dep_ in ("det", "poss")] + ([edge] if edge.dep_ in ("det", "poss") else [])


def _definite_designation(noun) -> bool:
    """The body's noun carries "the" or an owner ("the Lumen team", "Globex's Lumen team"), no other determiner ("a
    SWAT team": a kind)."""
    determiners = _determiners(noun)
    return bool(determiners) and all(d.dep_ == "poss" or d.lower_ == "the" for d in determiners)


def _one_body_named(noun, bare: str) -> bool:
    """Whether a name and the body's noun after it can name one body: the noun in the singular and in no indefinite
    phrase ("AI teams", "a SWAT team": kinds), not opening the list of its members ("the Podcast team of Dana Lee and
    Al Roe": the persons; "the Hopewell group of companies" is still the body), the name no creed ("the Shia movement":
    a description, claims.json creed_adjectives), no people's name in general ("the local Inuit tribe": one tribe of
    that people, described, not named; GUIDE decisions 280, 290) and no function's words alone ("the Marketing team": a
    kind of unit, claims.json department_words; GUIDE decision 447 asks for a distinctive word)."""
    lex = words()
    return (
        noun.tag_ == "NN"
        and all(d.dep_ == "poss" or d.lower_ == "the" for d in _determiners(noun))
        and not any(_lists_persons(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of")
        and bare.lower() not in lex.creed_adjectives
        and not _generic_people(bare)
        and not all(word in lex.department_words for word in bare.lower().split())
    )


def _lists_persons(of) -> bool:
    """Whether the preposition `of` takes persons ("of Dana Lee and Al Roe", one of them enough where the model mistags
    another), not a kind ("of companies")."""
    return any(t.ent_type_ == "PERSON" for obj in of.children if obj.dep_ == "pobj" for t in (obj, *obj.conjuncts))


def _names_a_body_before_its_noun(ent, bare: str, noun) -> bool:
    """Whether an entity no reader kept as a body and the body's noun right after it (claims.json body_unit_nouns) name
    one body: a distinctive word, no country, demonym or known place ("the Chinese team", "the Ohio party": a country's
    or a place's side, read elsewhere), and under a person's, people's or town's label only after "the" or an owner."""
    if ent.label_ not in _NAME_BEFORE_A_BODY_NOUN or _known_place(bare) or not _one_body_named(noun, bare):
        return False
    if ent.label_ in _NAME_ONLY_IN_A_DESIGNATION and not _definite_designation(noun):
        return False
    if ent.label_ == "PERSON" and noun.lemma_ in words().person_gathering_nouns:
        return False  # ("we went to the Garcia party": a gathering the person holds, no body)
    return not (ent.label_ == "NORP" and any(t.pos_ != "PROPN" for t in ent if t.dep_ != "det"))


def _unmarked_names_before_a_body_noun(tokens: list, found: list) -> None:
    """ "the Tamarind party", "the Vantor movement": capitalised words the model marks as no entity, right before a
    lower-case body's noun they modify (claims.json body_unit_nouns) in a definite designation, name that body as
    written (GUIDE decisions 290, 447, 639); not a country, demonym or known place ("the French team")."""
    lex = words()
    for noun in tokens[1:]:
        if not (noun.lemma_ in lex.body_units and noun.is_lower and _definite_designation(noun)):
            continue
        doc, start = noun.doc, tokens[0].i
        first = noun.i
        while (
            first > start
            and not doc[first - 1].ent_type_
            and doc[first - 1].text[:1].isupper()
            and doc[first - 1].pos_ in ("PROPN", "ADJ")
            and doc[first - 1].dep_ in ("compound", "amod", "nmod")
            and first - 1 < doc[first - 1].head.i <= noun.i
        ):
            first -= 1
        run = doc[first : noun.i]
        if not run or run[0].is_sent_start or not any(t.pos_ == "PROPN" for t in run):
            continue  # (a capital that only opens the sentence: "Green party members …" there is no name)
        bare = run.text
        if _known_place(bare) or not _one_body_named(noun, bare) or any(run.start_char <= at <= noun.idx for at, _ in found):
            continue
        found.append((run.start_char, Actor(f"{bare} {noun.text}", "organization")))


def _government_member(noun) -> bool:
    """Whether `noun` is a post or a force a country's body is named before ("an Israeli Cabinet minister", "Syrian army
    troops"; claims.json government_member_nouns)."""
    lex = words()
    return noun.lemma_.lower() in lex.government_member_nouns or noun.lower_.rstrip(".") in lex.titles


def _both_modify(word, noun) -> bool:
    """`word` and the `noun` right after it modify one head further on, as the parser often hangs a name and a common
    noun before a third noun ("Forest Hill" and "police" on "sergeant", "Syrian" and "government" on "forces")."""
    return noun.dep_ == "compound" and word.dep_ in ("compound", "amod", "nmod") and word.head.i == noun.head.i > noun.i


_GROUP_NAME_MODIFIERS = frozenset(("det", "predet", "nummod", "quantmod", "amod"))


def _counts_or_determines(word) -> bool:
    """A determiner, count or adjective opening a group's phrase (the parser may call a count a compound)."""
    return word.dep_ in _GROUP_NAME_MODIFIERS or (word.dep_ == "compound" and word.tag_ == "CD")


def _members_of_named_bodies(doc, start: int, end: int, found: list) -> None:
    """ "Globex engineers", "twenty-two CIA agents", "White House officials", "Republican senators": a plural of persons
    described by their membership or post in the body named right before it is a `group` named as written, the body
    listed as well (GUIDE decisions 521, 534). Its country is the one the body gives those who serve it (a company's
    gives none). Not one member ("a Globex engineer", decision 19), nor a plural set beside the persons it only
    describes ("two Globex engineers, Dana Lee and Al Roe", decision 473)."""
    if end <= start:
        return
    members, companies = words().body_members, words().companies
    groups = []
    for at, actor in found:
        if actor.type != "organization":
            continue
        span = doc.char_span(at, at + len(actor.name), alignment_mode="expand")
        # (a dotted short form is named without its closing period: "U.N. officials" gives the body "U.N")
        if span is None or span.end >= end or doc[span.end - 1].text.rstrip(".") != actor.name.split()[-1].rstrip("."):
            continue  # (an actor named otherwise than written: a team's full name, a resolved short form)
        noun = doc[span.end]
        if noun.lemma_.lower() not in members or not (noun.tag_ == "NNS" or noun.lower_ in ("personnel", "staff")):
            continue
        if span.root.head.i != noun.i or span.root.dep_ not in ("compound", "amod", "nmod"):
            continue
        if noun.i + 2 < end and doc[noun.i + 1].text == "," and doc[noun.i + 2].ent_type_ == "PERSON":
            continue
        # named as written with its determiners and counts ("twenty-two CIA agents"), not a word that only joins it
        # to the sentence ("But Democratic officials …") nor a possessor before it
        # (the parser may hang the count on the body's name: "Twelve Globex clerks")
        first = min(
            [span.start]
            + [c.left_edge.i for t in (*span, noun) for c in t.lefts if c.i < span.start and _counts_or_determines(c)]
        )
        country = None if actor.name in companies else actor.country
        last = noun
        for other in noun.conjuncts:
            # "NASA specialists and engineers": members of the one body by two posts, one group named as written
            if noun.i < other.i < end and other.tag_ == "NNS" and other.lemma_.lower() in members and not other.n_lefts:
                last = max(last, other, key=lambda token: token.i)
        groups.append((doc[first].idx, Actor(doc[first : last.i + 1].text, "group", country)))
    found.extend(groups)


def _party_member(word, first) -> bool:
    """ "a Colorado Democrat", "one Democrat", "the second ranking Democrat in the House": the party's word as a noun for
    one of its members, the party named as written (GUIDE decision 175), where a determiner, a number, a place or an
    adjective before it makes it a noun, or a legislator's label ("Senator X, Democrat of Vermont", `_members_label`); not
    "vote Republican", nor its plural (the party's name, read above)."""
    if word.tag_ != "NNP" or first.i != word.i:
        return False
    made_a_noun = any(c.dep_ in ("det", "nummod", "compound", "amod") and c.i < word.i for c in word.children)
    if not (made_a_noun or _members_label(word)):
        return False
    named = entity_of(word)
    return named is None or named.label_ in ("NORP", "PERSON") and named.start == word.i and named.end == word.i + 1


def _members_label(word) -> bool:
    """ "Senator Mara Tillman, Democrat of Vermont, said": the party's word in apposition to a person's name with "of" or
    "from" and the place the person represents, the label that names the legislator as the party's member (GUIDE
    decision 319), the place also one "of" deeper ("Democrat from the state of Oregon")."""
    if word.dep_ != "appos" or word.head.ent_type_ != "PERSON":
        return False

    def place(p) -> bool:
        return p.ent_type_ == "GPE" or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in c.children)
            for c in p.children
        )

    return any(
        c.dep_ == "prep" and c.lower_ in ("of", "from") and any(p.dep_ == "pobj" and place(p) for p in c.children)
        for c in word.children
    )


def _party_modifier(word, first) -> bool:
    """`word` (the last word of a party's name running from `first`) modifies a noun after it and opens no longer name."""
    lex = words()
    head = word.head
    if head.i <= word.i:
        return False
    hyphened = word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-"
    if not (word.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") or hyphened):
        return False  # (a "GOP-led Senate" modifies by its participle)
    for token in (first, word):
        named = entity_of(token)
        if (
            named is not None
            and named.label_ != "NORP"
            and not first.i <= named.start < named.end <= word.i + 1
            and _strip_article(named.text) not in lex.party_adjectives  # ("the GOP")
        ):
            return False  # "the Democratic Republic of Congo", "the Republican Governors Association"
    if (
        head.pos_ == "PROPN"
        and head.ent_type_ != "PERSON"
        and head.lower_ not in lex.title_abbreviations
        and head.lower_.rstrip(".") not in lex.titles
        and head.lower_ not in lex.chambers
    ):
        return False  # "the Green New Deal", "Republican Study Committee": a longer name the model did not mark
    # A sentence's first word is capitalised anyway ("Conservative activists"): a party there only as the model names it.
    return not first.is_sent_start or first.ent_type_ in ("NORP", "ORG")


def _members_named(noun) -> bool:
    """The group's members are named with it ("several nations such as China and the U.S.", "Three countries where
    the plague circulates are Congo, Madagascar and Peru", "two countries, France and Chad"): they are the actors."""
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ in ("like", "including") or _such_as(child)):
            return True
        if child.dep_ == "appos" and child.ent_type_ in ("GPE", "NORP", "ORG"):
            return True
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and c.ent_type_ in ("GPE", "NORP", "ORG") for c in verb.children)
    )


def _counts_two_or_more(token) -> bool:
    """A number of two or more written as a word ("two", "six") or "several", "both" counting the noun it modifies: a
    handful of parties the story names as one (news writes one to nine in words). A count in digits is left to
    `_plural_countries`, which lists "50 countries and territories" as a group (GUIDE decisions 462, 491(a))."""
    if token.lower_ in _COUNTING_WORDS:
        return token.dep_ in ("amod", "det", "predet", "nummod")
    return token.dep_ == "nummod" and token.like_num and token.is_alpha and token.lower_ not in ("one", "zero")


def _of_a_towns_part(ent) -> bool:
    """A name after "of" and a part of a town or a compass point ("the city of Berlin", "south of Jerusalem")."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    lex = words()
    return noun.lemma_.lower() in lex.town_part_nouns or noun.lower_ in lex.region_compass_words


def _seat_named_as_a_town(ent, ctx: Context) -> bool:
    """A seat of government that the sentence itself shows as a town, not as the government it may stand for (GUIDE: a
    capital stands for the government where it acts; places are no actors): joined by "and" or "or" to a town that is no
    seat, country or state ("Seoul and Daejeon face lows", "between Jerusalem and Ramallah"; not "Moscow and Washington
    agreed", "Washington and Colorado legalized"), the possessive owner of a place ("Moscow's Manezh Square",
    "Washington's Reagan National Airport", "Lima's streets"), or named right after a town's noun ("the capital Prague")."""
    root = ent.root
    lex = words()
    first = _first_of_its_list(root)
    for member in _conjuncts(first) if _pair_is_a_place(first) else ():
        if ent.start <= member.i < ent.end or not member.text[:1].isupper():
            continue
        named = entity_of(member)
        name = _entity_text(named) if named is not None else member.text
        if (
            (name in gazetteer().cities or (named is not None and named.label_ == "GPE"))
            and not _seat(name)
            and not country_of_text(name)
            and name not in _subdivisions()
            and name not in ctx.orgs
        ):
            return True
    if root.dep_ == "poss" and root.head.i >= ent.end:
        owned = root.head
        owned_name = entity_of(owned)
        if owned_name is not None and owned_name.label_ in ("FAC", "LOC"):
            return True
        owned_lemma = owned.lemma_.lower()
        if owned.is_lower and (owned_lemma in lex.place_nouns or owned_lemma in lex.town_part_nouns):
            return owned_lemma not in lex.state_held_land_nouns  # ("Moscow's occupied territory": the land the state holds)
        if owned_lemma == "enclave" and any(child.lower_ in lex.town_enclave_words for child in owned.children):
            return True  # "Vienna's diplomatic enclave": a quarter of the town; "Moscow's Baltic enclave" is land the state holds
        if owned.pos_ == "PROPN" and owned_lemma in lex.place_nouns:
            # "Moscow's] Manezh Square": a place's proper name ending in its noun, which the model may mark as a person or
            # leave unmarked (a bracket between them hides the name from the entity check above)
            return owned_lemma not in lex.state_held_land_nouns
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or not before.is_lower or before.lemma_.lower() not in lex.town_name_titles:
        return False
    # ("the town Moscow has tried to seize", "the capital Beijing has poured into chipmakers": the name is the subject of a
    # relative clause on the noun, and acts. The model reads "The capital Prague held up" so too, and at times the other
    # way round; the words tell them apart: a verb right after the name, and the noun's phrase opening no sentence)
    opens = before.i - (1 if before.i > 0 and before.nbor(-1).dep_ == "det" else 0)
    verb_after = ent.end < len(ent.doc) and ent.doc[ent.end].pos_ in ("VERB", "AUX")
    return not (verb_after and opens > ent.sent.start)


def _pair_is_a_place(first) -> bool:
    """The list that `first` opens names places, not governments that act: it follows a preposition of place ("between
    Jerusalem and Ramallah", "in Lisbon and Porto"), or it is the subject of a verb of weather undergone or of one whose
    object is the weather ("Madrid and Barcelona shivered", "Seoul and Daejeon face lows"; claims.json
    town_weather_words); not "Baghdad and Erbil reached a deal", "Madrid and Barcelona have been locked in a standoff"."""
    lex = words()
    if first.dep_ == "pobj":
        return first.head.lower_ in lex.locative or first.head.lower_ in lex.town_weather_words["prepositions"]
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = first.head
    if verb.lemma_.lower() in lex.town_weather_words["verbs"]:
        return True
    return any(
        child.dep_ in ("dobj", "attr")
        and (child.lemma_.lower() in lex.town_weather_words["objects"] or child.lemma_.lower() in lex.natural_forces)
        for child in verb.children
    )


def _conjuncts(first) -> list:
    """The members of the list `first` opens, itself first ("Seoul", "Busan" and "Daejeon" of "Seoul, Busan and
    Daejeon"), following "conj" links only."""
    members = [first]
    for member in members:
        members.extend(child for child in member.children if child.dep_ == "conj")
    return members


def _seat(name: str) -> str | None:
    """The state whose capital or seat of government `name` is."""
    return _seats().get(name)


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    seats = {capital: iso3 for iso3, capital in gazetteer().capitals.items() if len(capital) > 3}
    seats.update((name, iso3) for name, iso3 in words().metonyms.items() if iso3)
    return seats


def note_named_beings(docs, ctx: Context) -> None:
    """Add to `ctx.characters` the names `docs` give animals (GUIDE decision 428: a named being that is no human
    being and no body makes no actor at any mention, like decision 43's characters): a name beside an animal's noun
    ("the filly Silver Comet", "champion mare Bluebell", "Bluebell, the horse who …"), the subject of a verb only
    animals undergo ("Bluebell was foaled in Kentucky", "Bluebell, gelded as a colt", claims.json animal_lemmas), and
    the subject of a copula with an animal's noun or of an intransitive verb with 'as' and one ("Bluebell is a fine
    horse", "played together as foals", "will retire as a stallion"). The person or body that acts for it stays an
    actor: a noun of speech ("a dark horse", "the 800-pound gorilla", claims.json animal_idiom_words) names no
    animal, an 'as' phrase beside an object describes the object ("bought the colt as a yearling"), and a name that
    opens with a person's given name is a person's in the copula, 'as' and apposition readings ("Dana Pike appeared
    as a horse in the play")."""
    lex = words()
    before_noun: set[str] = set()
    for doc in docs:
        for ent in entities(doc):
            if ent.label_ not in ("PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"):
                continue
            if _an_animals_name(ent, lex):
                bare = _entity_text(ent)
                # (not a surname the article gives a person in full: "while Okafor was a relentless retriever" is said
                # of Dana Okafor, a figure of speech)
                if bare and not (" " not in bare and _named_as_a_person_elsewhere(bare, docs, lex)):
                    ctx.characters.add(bare)
            elif ent.label_ == "PERSON":
                # (only the model's persons: its bodies before a craft's noun are the makers or owners, "a NASA
                # spacecraft", "Navy ships", and a body may bear a storm's title, "the Hurricane Center")
                names, by_the_noun_after = _named_crafts_names(ent, lex)
                if by_the_noun_after:
                    before_noun.update(names)
                else:
                    ctx.characters.update(names)
    # a name only before a craft's noun is the owner's where the article names that person otherwise: with a given
    # name ("Roman Abramovich bought it. The Abramovich yacht left"), or speaking ("the Putin yacht … Putin said")
    ctx.characters.update(name for name in before_noun if not _named_as_a_person_elsewhere(name, docs, lex))


def _a_persons_name(ent, lex) -> bool:
    """The entity follows a person's description ("Actress Storm Reid") or speaks ("Storm Reid said")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in lex.speaker_descriptions:
        return True
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in lex.reporting


def _named_as_a_person_elsewhere(name: str, docs, lex) -> bool:
    """`name` ends a longer person's name in the article, or is the subject of a verb of speech."""
    for doc in docs:
        for ent in entities(doc):
            if ent.label_ == "PERSON" and ent.text != name and ent.text.endswith(" " + name):
                return True
        for token in doc:
            if (
                token.text == name.split()[-1]
                and token.dep_ == "nsubj"
                and token.head.pos_ in ("VERB", "AUX")
                and token.head.lemma_.lower() in lex.reporting
            ):
                return True
    return False


def _named_crafts_names(ent, lex) -> tuple[tuple[str, ...], bool]:
    """The names a craft, a vessel, a machine or a storm goes by where the entity gives one (GUIDE decisions 12, 428:
    a thing, no actor at any mention, even narrated as acting): "Comet Brissot", "Tropical Storm Marisol" (the name
    and its part after the title, claims.json named_craft_titles), "the Morandi spacecraft", "the Morandi-Kessel
    spacecraft", "the destroyer USS Caldwell", "Lady Morwen, the yacht of …" (claims.json named_craft_nouns). A name
    that opens with a person's given name is a person's, whatever the noun beside it ("the Dana Pike ferry" is named
    after her); nothing otherwise. Also whether the only sign was the craft's noun after the name, which an owner's
    surname also takes ("the Putin yacht")."""
    bare = _entity_text(ent)
    if not bare:
        return (), False
    parts = bare.split()
    if parts[0] in lex.named_craft_titles and len(parts) > 1:
        if _a_persons_name(ent, lex):
            return (), False  # "Actress Storm Reid said": a person's given name that is also a storm's title
        return (bare, " ".join(parts[1:])), False  # "Storm Marisol's winds": the model ran the title into the name
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text in lex.named_craft_titles:
        return (bare,), False  # "Comet Brissot passed …"
    if parts[0] in lex.given_names:
        return (), False

    def crafts_noun(token) -> bool:
        return (
            token.pos_ == "NOUN"
            and token.is_lower
            and (token.lemma_.lower() in lex.named_craft_nouns or token.lower_ in lex.named_craft_nouns)
        )

    root = ent.root
    node = root
    while node.dep_ == "compound" and node.head.i > node.i and node.head.pos_ == "PROPN":
        node = node.head  # "the Morandi-Kessel spacecraft", "the Hazel Hen supercomputer": through the name's other words
    if node.dep_ in ("compound", "nmod") and node.head.i > node.i and crafts_noun(node.head) and node.head.tag_ == "NN":
        return (bare,), True  # "the Morandi spacecraft" (not "Navy ships", "Acme satellites": the owner of a fleet)
    if root.dep_ == "appos" and root.head.i < ent.start and crafts_noun(root.head):
        return (bare,), False  # "the destroyer USS Caldwell", "the yacht, Lady Morwen"
    if any(
        (child.dep_ == "appos" and child.i >= ent.end) or (child.dep_ in ("compound", "nmod") and child.i < ent.start)
        for child in root.children
        if crafts_noun(child)
    ):
        return (bare,), False  # "Lady Morwen, the yacht of a tycoon", "the yacht Lady Morwen"
    return (), False


def _an_animals_name(ent, lex) -> bool:
    if _beside_an_animals_noun(ent, lex) or _undergoes_what_only_animals_do(ent, lex):
        return True
    if ent.text.split()[0] in lex.given_names:
        return False  # "Ray Hall is …", "Dana Pike appeared as a horse": a person's name, however described
    return _in_apposition_to_an_animals_noun(ent, lex) or _said_to_be_an_animal(ent, lex)


def _animals_noun(token, lex) -> bool:
    """A literal noun of an animal ("colt", "terriers", "the mare"), not a figure of speech ("a dark horse", "the top
    dog", "the 800-pound gorilla", "no one-trick pony": claims.json animal_idiom_words before it)."""
    if token.pos_ in ("VERB", "AUX") or token.text[:1].isupper():
        return False
    if token.lower_ not in lex.animal_nouns and token.lemma_.lower() not in lex.animal_nouns:
        return False
    modifiers = token.doc[token.left_edge.i : token.i]
    return not any(word.lower_ in lex.animal_idiom_words for word in modifiers)


def _beside_an_animals_noun(ent, lex) -> bool:
    """ "the filly Silver Comet", "champion mare Bluebell", "the terriers Biscuit and Pepper": an animal's noun right
    before the name (or the list's first name) that it describes. Not a clause about the animals with the name its
    subject ("the dog Jane Marsh adopted", "the horses Ray Quist trains": the name is no apposition of a singular
    noun, and a plural noun needs a list of names), nor a verb written like an animal's noun ("Allegations of fraud
    dog Ray Hall": claims.json animal_nouns_also_verbs only after a determiner or a possessive)."""
    first = _first_of_list(ent.root)
    first_ent = entity_of(first) if first.i != ent.root.i else ent
    start = first_ent.start if first_ent is not None else ent.start
    if start == 0:
        return False
    doc = ent.doc
    before = doc[start - 1]
    if not _animals_noun(before, lex):
        return False
    if before.lower_ in lex.animal_nouns_also_verbs:
        k = before.i - 1
        while k >= 0 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
            k -= 1
        if k < 0 or not (doc[k].pos_ == "DET" or doc[k].tag_ == "PRP$"):
            return False
    listed = any(child.dep_ == "conj" for child in first.children) or first.i != ent.root.i
    if before.tag_ == "NNS" and not listed:
        return False  # "Of the 40 horses Harlan Farm sold": one name is no plural's
    if start <= before.head.i < (first_ent.end if first_ent is not None else ent.end):
        return True  # "the filly Silver Comet": the noun modifies the name
    return first.dep_ == "appos" and first.head.i == before.i and (listed or before.tag_ == "NNS")


def _in_apposition_to_an_animals_noun(ent, lex) -> bool:
    """ "Bluebell, the horse who …", "the horse, Bluebell,"."""
    root = ent.root
    if any(child.dep_ == "appos" and _animals_noun(child, lex) for child in root.children):
        return True
    return root.dep_ == "appos" and _animals_noun(root.head, lex)


def _undergoes_what_only_animals_do(ent, lex) -> bool:
    """ "Bluebell was foaled in Kentucky", "Bluebell and Comet were foaled", "Bluebell, gelded as a colt, …"."""
    root = ent.root
    if any(child.dep_ == "acl" and child.lemma_ in lex.animal_lemmas for child in root.children):
        return True
    subject = _first_of_list(root)
    return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lemma_ in lex.animal_lemmas


def _said_to_be_an_animal(ent, lex) -> bool:
    """ "Bluebell is a fine horse"; "played together as foals", "will return to Harlan Farm as a stallion" (an 'as'
    phrase on a verb with no object: "bought the colt as a yearling" describes the colt, not its buyer)."""
    subject = _first_of_list(ent.root)
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    if verb.lemma_ == "be" and any(child.dep_ == "attr" and _animals_noun(child, lex) for child in verb.children):
        return True
    if any(child.dep_ in ("dobj", "obj", "dative") for child in verb.children):
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ == "as"
        and any(obj.dep_ == "pobj" and _animals_noun(obj, lex) for obj in child.children)
        for child in verb.children
    )


def _first_of_list(token):
    """ "Bluebell and Comet were foaled …": the list's first name, which stands for it in the clause."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _roman(plain: str) -> bool:
    """Whether a generational suffix of claims.json name_suffixes is a Roman numeral ("II", "III", "IV")."""
    return plain in words().name_suffixes and set(plain) <= set("IVX")


def _suffix_after(ent) -> str | None:
    """A generational suffix the model left outside a person's name, right after it or after a comma ("Al Reyes, Jr.,
    said", "Dana Holt Sr. bought"; claims.json name_suffixes), written as the gold writes it ("Jr.", "Sr.", "III").
    Not a word that opens the next phrase: "Jane Doe, Sr. Vice President of Marketing", "Maria Lopez, Jr. High
    teacher", "Sister Mary Hale, Sr. Ann Cole", "Tom Hale, IV drug user": the suffix must end the name, before
    punctuation, a verb or the sentence's end (and a Roman numeral after a comma before punctuation only)."""
    doc, i = ent.doc, ent.end
    comma = i < len(doc) and doc[i].text == ","
    if comma:
        i += 1
    if i >= len(doc):
        return None
    word = doc[i].text
    plain = word.rstrip(".")
    if plain not in words().name_suffixes or not word[:1].isupper():
        return None
    j = i + 1
    if j < len(doc) and doc[j].text == "." and not word.endswith("."):
        j += 1  # "Sr" "." "Vice": the tokenizer split the suffix's period off
    following = doc[j] if j < len(doc) else None
    if following is None or following.is_punct or following.is_sent_start:
        return suffix_written(plain)
    if comma and _roman(plain):
        return None
    if following.pos_ in ("VERB", "AUX") and following.is_lower:
        return suffix_written(plain)
    return None


def suffix_written(plain: str) -> str:
    """ "Jr" -> "Jr.", "Sr" -> "Sr.", "III" -> "III": a generational suffix as the gold writes it."""
    return plain if _roman(plain) else f"{plain}."


def _with_suffix_written(name: str) -> str:
    """ "Dale Mercer Jr" (the period cut off with the sentence's) -> "Dale Mercer Jr."."""
    words_ = name.split()
    if len(words_) > 1 and words_[-1].rstrip(".") in words().name_suffixes:
        words_[-1] = suffix_written(words_[-1].rstrip("."))
    return " ".join(words_)


def note_name_suffixes(docs, ctx: Context) -> None:
    """Register in `ctx` the persons `docs` name with a generational suffix ("Dale Mercer Jr. bought …", "said Dale
    Mercer, Jr., who …"), before any claim is read, so that the source, the actors and every later mention ("Dale
    Mercer", "Mercer") share the fullest name (the actors section; decision 303). A name two suffixed persons share
    ("Dale Mercer Sr." and "Dale Mercer Jr."), or a plain name the text sets apart as a kin ("his father, Dale
    Mercer", claims.json kin_nouns), stands for neither."""
    suffixes = words().name_suffixes
    full_names: dict[str, set[str]] = {}
    apart: set[str] = set()
    plain_names: set[str] = set()
    for doc in docs:
        for ent in entities(doc):
            if ent.label_ != "PERSON":
                continue
            name = clean_name(ent.text)
            parts = name.split()
            suffixed = not parts or parts[-1].rstrip(".") in suffixes or (len(parts) > 1 and _suffix_after(ent) is not None)
            if not suffixed and _named_as_kin(ent):
                apart.add(name)  # "his father, Dale Mercer": a plain name set apart (not "James Roosevelt Jr., the grandson")
            if not suffixed and len(parts) > 1:
                plain_names.add(name)
            if len(parts) == 2 and _roman(parts[1]) and parts[0][:1].isupper() and parts[0] not in words().given_names:
                # "Pope Tawadros" after "Tawadros II": a ruler's or patriarch's one name before the numeral is that person
                # (not "Elizabeth", a given name other persons of the text may bear)
                full_names.setdefault(parts[0], set()).add(name)
                continue
            if len(parts) > 2 and parts[-1].rstrip(".") in suffixes:
                plain, full = " ".join(parts[:-1]), _with_suffix_written(name)
                if name != full:
                    full_names.setdefault(name, set()).add(full)  # "James Kennedy Jr" (its period cut off) too
            else:
                suffix = _suffix_after(ent) if len(parts) > 1 else None
                if suffix is None:
                    continue
                plain, full = name, f"{name} {suffix}"
            if plain.split()[0] in suffixes or not plain[:1].isupper():
                continue
            full_names.setdefault(plain, set()).add(full)
    for plain, fulls in full_names.items():
        if len(fulls) != 1 or plain in ctx.persons or plain in apart:
            continue
        ctx.persons[plain] = ctx.person(next(iter(fulls)))
    for name in plain_names - apart:
        full = _suffixed_name_written_otherwise(name, full_names)
        if full is not None and name not in ctx.persons:
            # "Patrick Carlineo" for "Patrick W. Carlineo Jr.": one person at every mention, under the
            # fullest name (the actors section; decision 303)
            ctx.persons[name] = ctx.person(full)


def _suffixed_name_written_otherwise(name: str, full_names: dict[str, set[str]]) -> str | None:
    """The one suffixed full name (`full_names`: plain name -> its suffixed forms) that `name` writes with a middle
    initial left out ("Patrick Carlineo" for "Patrick W. Carlineo Jr."): the fullest name that contains the mention's
    own words (decision 303). Not a name with a middle initial the full name lacks or differs in ("Robert F. Kennedy"
    beside "Robert Kennedy Jr.": perhaps his father) nor a shortened given name ("Pat": not the full name's word, and
    decision 303 rules out world knowledge); None where no such name or more than one fits."""
    given, surname_ = _given_and_surname(name)
    if given is None:
        return None
    own_words = set(name.split())
    fits = {
        next(iter(fulls))
        for plain, fulls in full_names.items()
        if len(fulls) == 1
        and plain != name
        and _given_and_surname(plain) == (given, surname_)
        and own_words <= set(next(iter(fulls)).split())
    }
    return next(iter(fits)) if len(fits) == 1 else None


def _given_and_surname(name: str) -> tuple[str | None, str]:
    """ "Patrick W. Carlineo Jr." -> ("Patrick", "Carlineo"): a person's name's first and last words, past middle
    initials and a generational suffix; (None, "") for a name of one word or with a middle word that is no initial
    ("Mary Kay Plass", whose first words may be one given name)."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].rstrip(".,") in words().name_suffixes:
        parts = parts[:-1]
    if len(parts) < 2 or not all(_INITIAL.match(word) for word in parts[1:-1]):
        return None, ""
    return parts[0], parts[-1]


_INITIAL = re.compile(r"[A-Z]\.?$")


def _named_as_kin(ent) -> bool:
    """Whether a person's name `ent` is given as someone's kin: in apposition to a kin's noun ("his father, Dale
    Mercer", "Dale Mercer, his father,") or right after one ("her son Dale Mercer"; claims.json kin_nouns)."""
    kin = words().kin_nouns
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in kin:
        return True
    if any(child.dep_ == "appos" and child.lower_ in kin for child in root.children):
        return True
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in kin

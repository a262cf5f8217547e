"""Authors: bylines split into names, and which names are people."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from .. import patterns
from ..clean import norm_space
from ..lexicon import load
from .facts import Source, first
from .jsonld import _by_id, _names, _types

# Where the names of a byline end: a separator, a time, "updated"; in a
# line of the page also a dash set off by spaces ("By John Walk - January
# 10, 2020"), or "am"/"on"/"le"/"el" and a date ("von lupa am 26/10/13"), "at"/"um" and
# a time ("posted by Stadler at 12:53"), or a date
# alone ("Por A / B 22 de Abril de 2022"), which in a meta tag set off the
# desk ("CDU - Fraktion Erfurt"), or a note in brackets ("Autor: Samuel
# Diekmann (Sponsored Post), Redner bei …").
_DATE_LINE_END = patterns.compile(r"\s*(?:[|•·]|\d{1,2}[:.]\d{2}|\b(?:updated|published|posted)\b)", re.I)
_SHOWN_LINE_END_ALWAYS = rf"{_DATE_LINE_END.pattern}|\s+[-–—](?:\s|$)|\s+(?:am|on|le|el|at|um)\s+\d|\s+(?=\d)|\s+\("
# A social-media handle after the name: "Williams Perdomo @wperdomod".
_HANDLE_AFTER = patterns.compile(r"\s+@\w+$")
_HANDLE = patterns.compile(r"^[^\W\d_]\w{2,}$")
_QUOTES = " '\"‘’“”„«»"
_AGENCY_AFTER = patterns.compile(r"(?<=\w)/[^\s/]+$")
_COPYRIGHT = patterns.compile(r"©|\(c\)|copyright", re.I)
_LABEL = patterns.compile(r"\s+[^\W\d_]+:\s")
_NOT_IN_A_NAME = patterns.compile(r"[*:()\[\]|<>=]|[-–]$")
# The writer's paper after the name, no part of it: "Brendan Carlin For The
# Mail On Sunday", "Tom Pyman for MailOnline".
_AFFILIATION_AFTER = patterns.compile(r"\s+for\s+\S.*$", re.I)


@lru_cache(maxsize=1)
def _words():
    data = load("metadata")

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    words = alt(w for w in data["name_joiners"] if len(w) > 1)
    letters = alt(w for w in data["name_joiners"] if len(w) == 1)
    months = alt(m for names in data["months"].values() for m in names)  # and the abbreviations ("Nov. 18")
    return {
        # and at the next credit's role ("Interview SVEN MICHAELSEN FOTOGRAF
        # ERIC …"), and where a weekday or a month's name opens the date
        # ("Monday,", "November 15"; not "Theresa May,")
        "shown_end": patterns.compile(
            rf"{_SHOWN_LINE_END_ALWAYS}|\s+(?:{alt(data['credit_roles'])})(?!\w)|(?:^|\s+)(?:(?:am|on|le|el)\s+)?(?:{alt(data['weekdays'])}),|(?:^|\s+)(?:{months})\.?\s+\d",
            re.I,
        ),
        "roles": patterns.compile(rf"(?<!\w)({alt(data['author_roles'])})(?!\w)", re.I),
        "role_inside": patterns.compile(rf"({alt(w for w in data['author_roles'] if ' ' not in w)})", re.I),
        "prefix_inside": patterns.compile(rf"(?:\d|:)\s+(({alt(data['byline_prefixes'])}):?\s+\S)", re.I),
        "prefix": patterns.compile(rf"^({alt(data['byline_prefixes'])}):?\s+", re.I),
        "particles": frozenset(data["name_particles"]),
        "weekdays": frozenset(data["weekdays"]),
        "credit_words": frozenset(data["credit_words"]),
        # a bio line: a name of two or three words, then how a bio goes on
        "bio": patterns.compile(rf"^((?:[^\W\d_][\w'’.-]*\s+){{1,2}}[^\W\d_][\w'’-]*)\s+(?i:{alt(data['bio_openings'])})\s"),
        "organisation_forms": frozenset(data["organisation_forms"]),
        "organisation_word": patterns.compile(rf"(?:{alt(data['organisation_word_ends'])})(?!\w)", re.I),
        # a credit's names end where the next phrase begins: "von auto-motor.at
        # Redaktion in Rubrik: Hyundai", "by Staff Report in Local News"
        "credit_end": patterns.compile(r"\s+(?:in|im|dans)(?:\s|$)"),
        "labels": frozenset(data["author_labels"]),
        # an author box: the name, then a label or button ("Inga Hoeltmann
        # Follow Transformationsbegleiterin …", "Jose Altoveros View More Articles")
        "name_before_label": patterns.compile(rf"^(\S+(?:\s+\S+){{1,3}}?)\s+(?:{alt(data['author_labels'])})(?!\w)", re.I),
        "prefix_words": frozenset(w.rstrip(":") for w in data["byline_prefixes"]),
        # the words a barred line's date opens with: a weekday, a month, a
        # published or updated word ("Publicado hace 3 horas")
        "date_opening": patterns.compile(
            rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}:\d{{2}}|\d{{1,2}}\.?\s+(?:{months})\b)(?![\w/])",
            re.I,
        ),
        "date_words": frozenset(
            [
                *data["weekdays"],
                *(m for names in data["months"].values() for m in names),
                *data["published_labels"],
                *data["update_labels"],
            ]
        ),
        # names joined by a comma, a semicolon, "and" or a slash set off by
        # spaces ("A / B"); a one-letter "and" ("y", "e") in lower case only,
        # and never an initial ("Sarah E. Needleman", "Bruce Y. Lee")
        "joiners": patterns.compile(rf"\s*(?:,|;|\s/\s|(?<!\w)(?:(?i:{words})|{letters})(?![\w.]))\s*"),
    }


def _split_byline(text: str, end=_DATE_LINE_END) -> list[str]:
    """ "By A, B and C, Staff Writer | 5 March" -> the name parts; `end`:
    where the names end (None: as in a line of the page)."""
    shown = end is None
    end = end or _words()["shown_end"]
    text = norm_space(text)
    text = _words()["prefix"].sub("", text)
    text = end.split(text, maxsplit=1)[0]
    if shown:  # and at the next label: "Autor: Fritz Imhof Quelle: Livenet"
        text = _LABEL.split(text, maxsplit=1)[0]
    # each name without the quotes a tag's value can carry ("'A, B'")
    parts = [_AFFILIATION_AFTER.sub("", p).strip(_QUOTES) for p in _words()["joiners"].split(text) if p and p.strip(_QUOTES)]
    # a shown name's agency or initials glued after a slash: "Peter Maahn/SP-X"
    return [_AGENCY_AFTER.sub("", _without_place(p)) for p in parts] if shown else parts


# where the last writer files from, a place and its country after a slash
# set off before it: "Sebastian Drescher Kakuma /Kenia" (a name's agency is
# glued to it, "Peter Maahn/SP-X"; names are joined by " / ")
_PLACE_SLASH_COUNTRY = patterns.compile(r"\s+[^\W\d_][\w-]*\s+/[^\W\d_][\w-]*$")


def _without_place(name: str) -> str:
    rest = _PLACE_SLASH_COUNTRY.sub("", name)
    return rest if len(rest.split()) >= 2 else name  # "IT Finanzmagazin /PP" is the site's


def _plausible_author(name: str, site: str | None, handles: bool = False, shown: bool = False) -> bool:
    """Whether `name` reads as a person's name; `handles`: a user name in
    lower case too ("tlow", "surfguard"), as blogs and forums show it in
    the byline (the account names of JSON-LD and meta tags are not)."""
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name) or "@" in name or "http" in name:
        return False
    if site and name.lower() == site.lower():
        return False
    # a form's label ("Name *", "Artikel von:"), a bare prefix ("By"), a cut-off line ("Ariel H -")
    if _NOT_IN_A_NAME.search(name) or name.lower() in _words()["prefix_words"] or name.lower() in _words()["labels"]:
        return False
    if _words()["roles"].search(name):
        return False
    words = name.split()
    if _an_organisations(name):
        return False
    # an account named for a role, in capitals: "BBNTEAM", "NEWSDESK"
    if len(words) == 1 and name.isupper() and _words()["role_inside"].search(name):
        return False
    if words and words[0][:1].isupper():
        # In a line of the page, the lower-case words of a name are its
        # particles ("Jose de la Cruz"); others make a phrase ("Publiziert
        # am", "Tricks für zu Hause"). Stated names are taken as stated.
        return 1 <= len(words) <= 5 and not (shown and any(not w[:1].isupper() and w not in _words()["particles"] for w in words))
    # a user name holding a role is an account: "jdadmin", "bbnteam"
    return handles and bool(_HANDLE.match(name)) and not _words()["role_inside"].search(name)


def _from_ld(f) -> list[str]:
    out = []
    for cand in _names(f.ld.get("author"), _by_id(f.items), people=True):
        cand = html.unescape(cand)  # JSON-LD written with entities: "O&#8217;Donnell"
        cand = _HANDLE_AFTER.sub("", cand)
        out += _split_byline(cand) if _words()["joiners"].search(cand) else [norm_space(cand)]
    return out


# Items whose author wrote something else than the page's text: a review or
# a comment of it, a rating; and items that are no work at all.
_NOT_THE_WORK = {"Review", "Comment", "Rating", "AggregateRating", "Answer", "Person", "Organization", "WebSite"}


def _from_other_items(f) -> list[str]:
    """The authors of the page's other JSON-LD item (a forum thread's first
    post, a recipe, a how-to), where it has no article item: the first that
    names any."""
    if f.ld:
        return []
    nodes = _by_id(f.items)
    for item in f.items:
        if "author" in item and not _types(item) & _NOT_THE_WORK:
            names = [html.unescape(n) for n in _names(item["author"], nodes, people=True)]
            if names:
                return [p for n in names for p in (_split_byline(n) if _words()["joiners"].search(n) else [norm_space(n)])]
    return []


_AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "byl",
    "sailthru.author",
    "parsely-author",
    "shareaholic:article_author_name",
)


def _from_meta(f) -> list[str]:
    for key in _AUTHOR_META:
        if key in f.meta and not f.meta[key].startswith("http"):
            # a paper states each of its authors in a tag of its own
            values = dict.fromkeys(v for k, v in f.hints.meta if k == key)
            return [
                name for value in values if not _an_organisations(value) and not _a_bio(value) for name in _split_byline(value)
            ]
    return []


def _an_organisations(value: str) -> bool:
    """Whether a name, or a stated author value whole, is an organisation's:
    it has a legal form ("Nordex SE", "Bund der Energieverbraucher e.V."),
    a word that names an organisation ("Bayerische Landesanstalt für Wald
    und Forstwirtschaft"), or it opens with a domain ("hessenschau.de,
    Frankfurt, Germany"); what follows is its address, not people."""
    forms = _words()["organisation_forms"]
    words = [w.strip(",;") for w in value.split()]
    # (a domain after a name is the writer's outlet: "Troy L. Smith, Cleveland.com")
    return (
        bool(words and _DOMAIN_WORD.match(words[0]))
        # two words joined by "&" make a firm's name: "Jobs & Hire", "Procter & Gamble"
        or bool(_FIRM_PAIR.match(value.strip()))
        or any(w in forms for w in words)
        or bool(_words()["organisation_word"].search(value))
    )


_FIRM_PAIR = patterns.compile(r"^[^\W\d_][\w-]*\s*&\s*[^\W\d_][\w-]*$")
_DOMAIN_WORD = patterns.compile(r"^[a-z0-9-]+\.(?:de|com|net|org|at|ch|fr|it|es|nl|pl|uk|info|io|eu)$", re.I)


def _from_props(f) -> list[str]:
    value = f.props.get("author")
    return _split_byline(value) if value and not _an_organisations(value) and not _a_bio(value) else []


# "Paddy Patrick Ludolph, Fotograf aus Hamburg und Gründer von Neunzehn72. Ich mag …"
_SENTENCES = patterns.compile(r"\w{2}[.!?]\s+\w")


def _a_bio(value: str) -> bool:
    """Whether an author value is the writer's blurb (an author box marked
    up as the author: sentences), not a list of names."""
    return len(value) > 100 and bool(_SENTENCES.search(value))


def _from_bylines(f) -> list[str]:
    """The names of the first byline line that names anyone: a person, or a
    user name in lower case ("tlow", "uriebe"), as blogs and forums show it."""
    for line in f.hints.bylines:
        prefixed = bool(_words()["prefix"].match(line))
        if not (prefixed or len(line.split()) <= 4):
            # the byline inside a longer line: "Posted on September 21, 2020
            # by Adi Tzlil", "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: …"
            m = _words()["prefix_inside"].search(line)
            if not m and _names_alone(line, f.site):
                return _split_byline(line, None)
            box = None if m else _words()["name_before_label"].match(line)
            if box and _plausible_author(box.group(1), f.site, shown=True):
                return [box.group(1)]
            line = line[m.start(1) :] if m else ""
        if line:
            out = _split_byline(line, None)
            # A user name is the writer's ("von lupa am 26/10/13", an author
            # element's "uriebe"), before a name in a later line. The
            # names start the line: after a desk or a phrase ("Autor Teufel
            # Blog Redaktion Alles über Lautsprecher, Heimkino und …") the
            # rest of it is no list of names.
            if out and _plausible_author(out[0], f.site, handles=True, shown=True):
                return out
    return []


def _names_alone(line: str, site: str | None) -> bool:
    """Whether the whole of `line` is a list of full names ("Isabel Caro,
    Rocío Latorre y José Miguel Wilson"): a byline without its word."""
    parts = [p.strip() for p in _words()["joiners"].split(norm_space(line)) if p.strip()]
    return len(parts) >= 2 and all(2 <= len(p.split()) <= 4 and _plausible_author(p, site, shown=True) for p in parts)


_LEADING_MARKS = patterns.compile(r"^[-–—=*•·>~_ ]+")


_AUTHOR_CLASSED = frozenset({"class author", "class byline", "class authors"})


def _set_aside_then_body(f, skip=frozenset()) -> list[str]:
    """The lines the cleaner set aside (but those it set aside for a reason in `skip`), then the
    body's paragraphs: where a byline, a date line or a source line stands when no element marks it."""
    return [text for why, text in f.page.removed if why not in skip] + f.text.split("\n\n")


# A lead that its byline opens, up to a colon: "By Aaron Humes: The Americas
# cannot ignore …" (a sentence of six words at least follows, where a label's
# value would: "Von Fritz Imhof Quelle: Livenet")
_BYLINE_OPENS_LEAD = patterns.compile(r"^(?i:by|von|por|par)\s+((?:[^\W\d_][\w.'’-]*\s+){1,3}[^\W\d_][\w.'’-]*):\s+(?:\S+\s+){5}")


def _from_set_aside(f) -> list[str]:
    """A byline line that opens with its word ("Par Matthieu Hy le 07 Mai
    2020", "Von: Götz Warnke") among the lines the cleaner set aside, then
    the body's paragraphs: the byline beside a date, which the cleaner does
    not note as one."""
    # (not an author-classed element's: the bylines read those, and refused
    # a teaser's or a comment's)
    for line in _set_aside_then_body(f, skip=_AUTHOR_CLASSED):
        # (a long paragraph only where its byline opens the lead: "By Aaron
        # Humes: The Americas cannot …")
        if (len(line) > 200 and not _BYLINE_OPENS_LEAD.match(line)) or _COPYRIGHT.search(line):
            continue
        line = _LEADING_MARKS.sub("", line)  # "---- by Kenneth Surin", "— Par A"
        m = _words()["prefix"].match(line)
        if not m:
            # inside the line, only a labelled one ("Datum: … Autor: A"):
            # "signed on February 22 by Presidents A and B." is a sentence
            m = _words()["prefix_inside"].search(line)
            if not m or line[m.end(2) : m.end(2) + 1] != ":":
                continue
            line = line[m.start(1) :]
        # The first such line decides; its names end at the next label
        # ("Kategorie:"), and each is a full name: a word alone there is as
        # often a label or a degree ("Posted by Archived", "MS").
        # (the byline word first: "Written by: Julie Mollins" is no label)
        lead = _BYLINE_OPENS_LEAD.match(line)
        line = _words()["prefix"].sub("", line)
        names = _split_byline(lead.group(1) if lead else _LABEL.split(line, maxsplit=1)[0], None)
        if names and _plausible_author(names[0], f.site, shown=True):
            return [n for n in _people(names, f.site, shown=True) if len(n.split()) >= 2]
    return []


# "Copyright (c) 2012- Gregory Szorc.", "© 2006-2008 by Martin Weber •": the
# holder after the mark, its years and "by", up to a stop, a mark or a digit
_COPYRIGHT_HOLDER = patterns.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright|\d{4}(?:\s*[-–]\s*(?:\d{4})?)?|by|,))*"
    r"\s+([^\W\d_][^\d•|,.©()]*?)"
    r"(?=\s*(?:[•|,.©(]|\d|all rights|alle rechte|tous droits|$))",
    re.I,
)


_NAME_WORD = patterns.compile(r"^[^\W\d_][^\W\d_'’.-]*$")
_ALL_RIGHTS = patterns.compile(r"all rights|alle rechte|tous droits|todos los derechos", re.I)
_GLUED = patterns.compile(r"[a-zäöüß][A-ZÄÖÜ].*[a-zäöüß][A-ZÄÖÜ]")
_NON_WORD = patterns.compile(r"\W+|_")


def _from_copyright(f) -> list[str]:
    """The holder of the page's copyright line when it reads as a person's
    full name ("Copyright (c) 2012- Gregory Szorc. All rights reserved.",
    "© 2019 Sven Schreivogel"): a personal site's writer."""
    for _, line in f.page.removed:
        m = _COPYRIGHT_HOLDER.search(line)
        if m:
            name = norm_space(m.group(1))
            words = name.split()
            # full name, its words capitalised and none glued to the next
            # line's ("Wolfgang Michal DatenschutzImpressumDesignTwitter"),
            # and not the site's name ("Greentech Live" of "TechFieber
            # Greentech Live")
            ok = 2 <= len(words) <= 3 and all(w[:1].isupper() and _NAME_WORD.match(w) and not _GLUED.search(w) for w in words)
            # "The Detroit News", "All Rights Reserved"
            ok = ok and words[0].lower() not in _words()["credit_words"] and not _ALL_RIGHTS.match(name)
            key, site = _NON_WORD.sub("", name.casefold()), _NON_WORD.sub("", (f.site or "").casefold())
            ok = ok and not (site and key in site)
            return [name] if ok and _plausible_author(name, f.site, shown=True) and not _an_organisations(name) else []
    return []


# A line of the page that is a name set off by bars from its date, time or
# a published word: "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Jacobo
# Betancur Peláez | Publicado hace 3 horas".
_BARS = patterns.compile(r"\s*[|•·∙]\s*")
_DATE_LINE_MAX = 90


def _a_date_part(part: str) -> bool:
    """Whether one part of a barred line is its date: it opens with a date
    that has its year ("04.02.2022", "2022-02-04"), a time ("13:10 Uhr"), a
    day and a month's name, or a weekday, published or updated word before
    a number ("Publicado hace 3 horas", "Monday, May 4"); not a count ("6
    Kommentare"), a day without its year ("30.11.") or a path."""
    w = _words()
    if w["date_opening"].match(part):
        return True
    first_word = part.split()[0].strip(",.:").lower() if part.split() else ""
    return first_word in w["date_words"] and any(ch.isdigit() for ch in part)


# "6 Kommentare", "120 Comments": a count beside the date
_A_COUNT = patterns.compile(r"^\d+\s+[^\W\d_]+$")


def _barred_names(f, counts: bool = False):
    """(name, its place among the parts) of each line of its own that sets
    off by bars one part from the date (the lines the cleaner set aside,
    then the body's): the line's other parts are all the date's (`counts`:
    or a count); the part without its byline word ("By Ann Lee |
    12/10/2020")."""
    for line in [*_set_aside_then_body(f), *f.hints.date_mentions]:
        if len(line) > _DATE_LINE_MAX or not _BARS.search(line):
            continue
        parts = [p for p in _BARS.split(line.strip()) if p and not (counts and _A_COUNT.match(p))]
        names = [p for p in parts if not _a_date_part(p)]
        if len(parts) < 2 or len(names) != 1 or len(names) == len(parts):
            continue
        yield _words()["prefix"].sub("", names[0]), parts.index(names[0])


def _from_date_line(f) -> list[str]:
    """The full name that a line of its own sets off by bars from the date:
    the writer shown beside the date without a byline word. A category or a
    place beside the date is one word or no person ("2021-10-16 |
    Botschaft"), a list of categories is words alone ("Kultur, Politik,
    Wirtschaft"); a prefixed byline is read above."""
    for name, _ in _barred_names(f):
        names = [n.strip() for n in _words()["joiners"].split(name) if n.strip()]
        if names and all(
            2 <= len(n.split()) <= 4 and _plausible_author(n, f.site, shown=True) and not _an_organisations(n) for n in names
        ):
            return names
    return []


def _credits_date_line(f) -> list[str]:
    """The credit that a line of its own sets off by bars after the date, of
    two words at least ("8. Dezember 2010 um 09:43 · Rezepte von Mutti · 6
    Kommentare", "16.10.2019 ∙ SWR Fernsehen"); a category is one word, and
    what stands before the date is as often a tag or an event's name
    ("Bundesliga Fernsehgucken Filzball | 29.07.2006"); categories listed
    with commas are no credit ("Medien, Politik")."""
    for name, place in _barred_names(f, counts=True):
        credit = _credit(name, shown=True)
        if place and credit and len(credit.split()) >= 2 and "," not in credit:
            return [credit]
    return []


# initials after a slash: "IT Finanzmagazin /PP"
_INITIALS_AFTER = patterns.compile(r"\s*/\s*\w{1,3}$")
_DOMAIN_NAME = patterns.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)


def _not_the_site_alone(names: list[str], f) -> list[str]:
    """`names`, unless they are one name that is the site's: a domain
    ("MesOpinions.com"), the site's name with an editor's initials ("IT
    Finanzmagazin /PP") or its host's name ("El Colombiano" on
    elcolombiano.com, "Interscenario" on interscenar.io): a stated author
    the site fills in, which the byline credits. (Beside a writer, a
    site's name is left to the people filter.)"""
    return [] if len(names) == 1 and _the_sites_name(names[0], f) else names


def _the_sites_name(value: str, f) -> bool:
    """Whether a stated author is the site's own name: a domain, the site's
    name (with an editor's initials after a slash) or its host's name."""
    name = _INITIALS_AFTER.sub("", value)
    key = _NON_WORD.sub("", name.casefold())
    keys = {_NON_WORD.sub("", (f.site or "").casefold())}
    if f.host:
        host = f.host.casefold().removeprefix("www.")
        keys |= {_NON_WORD.sub("", host), _NON_WORD.sub("", host.rsplit(".", 1)[0])}
    return bool(_DOMAIN_NAME.match(name)) or key in keys - {""}


# A paragraph of prose ends a sentence: "… dijo.", "… onlookers."
_SENTENCE_END = patterns.compile(r"[.!?…][\"'’”»)]?$")
_DASHED = patterns.compile(r"^[-–—]\s*")


def _from_signature(f) -> list[str]:
    """A full name alone in a paragraph of the body after a paragraph of
    prose: the article's signature at its end, after a dash ("– Jane Doe"),
    or its byline over the date (the next paragraph opens with a weekday or
    a date: "Rebeca Monge" / "Jueves, 21 de Abril de 2022"). A name alone
    at the end without its dash is as often a box's heading ("Similar
    Articles")."""
    w = _words()
    paragraphs = [p.strip() for p in f.text.split("\n\n") if p.strip()]
    for i in range(1, len(paragraphs)):
        paragraph, before = paragraphs[i], paragraphs[i - 1]
        name = _DASHED.sub("", paragraph)
        if not (2 <= len(name.split()) <= 4 and name[-1:].isalpha() and _SENTENCE_END.search(before)):
            continue
        if not _plausible_author(name, f.site, shown=True) or _an_organisations(name):
            continue
        if i + 1 == len(paragraphs):
            signed = name != paragraph
        else:
            first_word = paragraphs[i + 1].split()[0].strip(",.").lower()
            signed = bool(w["date_opening"].match(paragraphs[i + 1])) or first_word in w["weekdays"]
        if signed:
            return [name]
    return []


# The article's last paragraph: a name, then its date ("Benni 10. September
# 2017", "Anna Berg, 3. März 2020")
_NAME_THEN_DATE = patterns.compile(r"^((?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’-]*),?\s+(\S.{4,40})$")
_DATE_FILLERS = frozenset({"de", "um", "uhr", "at", "am", "on", "le", "el"})
_SIGNED_DATE_MAX = 60


def _from_signed_date(f) -> list[str]:
    """The name that closes the article beside its date, after a paragraph
    of prose ("So Long, and Thanks for All the Fish!" / "Benni 10. September
    2017"): a post's signature, a first name too. The rest of the paragraph
    is the date alone (a month, a weekday, no other word), and the name is
    no place ("Berlin, 3. März 2020") or date label ("Stand 10.09.2017")."""
    from .published import normalize_datetime

    w = _words()
    paragraphs = [p.strip() for p in f.text.split("\n\n") if p.strip()]
    if len(paragraphs) < 2 or len(paragraphs[-1]) > _SIGNED_DATE_MAX or not _SENTENCE_END.search(paragraphs[-2]):
        return []
    m = _NAME_THEN_DATE.match(paragraphs[-1])
    if not m or not normalize_datetime(m.group(2)):
        return []
    name, words = m.group(1), [x.strip(".,").lower() for x in m.group(2).split() if any(c.isalpha() for c in x)]
    if any(x not in w["date_words"] and x not in _DATE_FILLERS for x in words) or name.lower() in w["date_words"]:
        return []
    capitalised = all(x[:1].isupper() for x in name.split())
    if capitalised and name not in _places() and _plausible_author(name, f.site, shown=True) and not _an_organisations(name):
        return [name]
    return []


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Cities and countries by name (the gazetteer), read only where a list
    of names holds a word alone."""
    data = load("gazetteer")
    return frozenset([*data["cities"], *data["capitals"].values(), *(row[2] for row in data["countries"] if row[2])])


def _people(names: list[str], site: str | None, handles: bool = False, shown: bool = False) -> list[str]:
    """The plausible people of `names`, each once (any case), in order;
    `shown`: names from a line of the page. Among full names, a word alone
    that is a city or a country is where the writer files from ("Markus
    Balser, Berlin"), no person."""
    seen: set[str] = set()
    if len(names) >= 2 and any(len(n.split()) >= 2 for n in names) and any(len(n.split()) == 1 for n in names):
        names = [n for n in names if len(n.split()) >= 2 or n not in _places()]
    return [a for a in names if _plausible_author(a, site, handles, shown) and not (a.lower() in seen or seen.add(a.lower()))]


# Where the authors are read, in order (docs/output.md; a test checks it):
# the first place that names a plausible person wins, with all the people
# it names.
AUTHOR_SOURCES = (
    Source("JSON-LD authors", lambda f: [_people(_not_the_site_alone(_from_ld(f), f), f.site)]),
    Source(
        "JSON-LD authors of a forum post, recipe or how-to",
        lambda f: [_people(_not_the_site_alone(_from_other_items(f), f), f.site)],
    ),
    Source(
        "`meta name=author` (and `article:author`, `dc.creator` …)",
        lambda f: [_people(_not_the_site_alone(_from_meta(f), f), f.site)],
    ),
    Source("microdata `author`", lambda f: [_people(_not_the_site_alone(_from_props(f), f), f.site)]),
    # (the first byline line that names anyone, by a user name too: an
    # author element's "uriebe" before a later post's "Tom Stelling")
    Source('a byline ("By A and B", "by tlow")', lambda f: [_people(_from_bylines(f), f.site, handles=True, shown=True)]),
    Source('a line that opens with a byline word ("Par A le 7 mai 2020")', lambda f: [_from_set_aside(f)]),
    Source("the copyright holder's full name", lambda f: [_people(_from_copyright(f), f.site)]),
    Source(
        'a full name set off by bars from the date ("04.02.2022 | 13:10 Uhr | Uta Helkenberg")',
        lambda f: [_people(_from_date_line(f), f.site)],
    ),
    Source(
        "a full name that signs the article after a dash, or stands over its date, in a paragraph of its own",
        lambda f: [_from_signature(f)],
    ),
    Source('a name and its date that close the article ("Benni 10. September 2017")', lambda f: [_from_signed_date(f)]),
    Source("a link to the writer's page (`/author/jdoe/`)", lambda f: [_from_author_links(f)]),
    Source('a bio line the name opens ("Jane Doe is a freelance writer")', lambda f: [_from_bio(f)]),
)


_BIO_LINES = 1
# the reason an author box was set aside: its class ("author-bio", "autor")
_AUTHOR_BOX = patterns.compile(r"^class .*(?:author|autor|auteur|bio)")
_FIRST_STOP = patterns.compile(r"[.!?]|$")


def _from_bio(f) -> list[str]:
    """The full name a writer's bio line opens with ("Jane Doe is a
    freelance writer …", "Max Muster ist ein Journalist …"): in an author
    box the cleaner set aside, or the body's last paragraph,
    the first such line that asks no question. The name is the writer's
    only where an article follows it: "Taylor Swift is ready to …" in the
    text is no bio."""
    w = _words()
    boxes = [text for why, text in f.page.removed if _AUTHOR_BOX.search(why)]
    for line in boxes + f.text.split("\n\n")[-_BIO_LINES:]:
        line = line.strip()
        m = w["bio"].match(line)
        # (its first sentence no question: "About Us What is a Container?"; a
        # photo's caption is none: "… © AFP")
        if not m or _FIRST_STOP.search(line).group() == "?" or _COPYRIGHT.search(line):
            continue
        name = m.group(1)
        person = _plausible_author(name, f.site, shown=True) and not _an_organisations(name)
        if person and name.split()[0].lower() not in w["credit_words"]:
            return [name]
    return []


def _from_author_links(f) -> list[str]:
    """The people a link to the writer's page names ("/author/jdoe/" ->
    "Jane Doe"), the first that names any: the writer shown without a byline
    word or a class that marks it ("Leszek Jażdżewski" over "28 kwietnia
    2021"). A teaser's or a comment's link is not noted."""
    for text in f.hints.author_links:
        people = _people(_split_byline(text, None), f.site, handles=True, shown=True)
        if people:
            return people
    return []


def pick_authors(f) -> list[str]:
    """People who wrote the article: all those the first source names."""
    return first(AUTHOR_SOURCES, f) or []


# ---------------------------------------------------------------- byline

# A credit is no name but the page's own date or a number: "4. November", "2021".
_SOCIAL_PROFILE = patterns.compile(r"^(?:www\.)?(?:facebook|twitter|x|instagram|youtube|linkedin|tiktok|pinterest)\.com/", re.I)
_DATE_IN_CREDIT = patterns.compile(r"\d{1,2}[./]\s?\d{1,2}|(?<!\w)\d{4}(?!\w)")


_TAG_LABEL = patterns.compile(r"^[^\W\d_]+:\s+(?=\S)")


def _credit(value: str, shown: bool = False, roles: bool = False) -> str | None:
    """`value` as a credit the page gives its author (a desk, a team, an
    organisation, the site, a person), cleaned of its byline word, quotes and
    what follows the names; None when it credits no one: a bare role word
    ("Redaktion", "the Editors"; `roles`: a byline line's, which credits
    the desk: "By Editorial Staff"), a label or button, a date, a phrase.
    `shown`: a line of the page (its names end at a date, a dash, a label)."""
    w = _words()
    value = norm_space(html.unescape(value or ""))
    value = _LEADING_MARKS.sub("", value)
    value = w["prefix"].sub("", value)
    if not shown:  # a tag's label before the name: "Verein: Historische Wehranlage in Horka e.V."
        value = _TAG_LABEL.sub("", value)
    value = (w["shown_end"] if shown else _DATE_LINE_END).split(value, maxsplit=1)[0]
    if shown:
        value = w["credit_end"].split(_LABEL.split(value, maxsplit=1)[0], maxsplit=1)[0]
    value = _HANDLE_AFTER.sub("", value).strip(_QUOTES + ",;")
    if not any(c.isalpha() for c in value) or len(value) > 80 or "http" in value or "@" in value or _NOT_IN_A_NAME.search(value):
        return None
    if _SOCIAL_PROFILE.match(value):  # a link to the site's page elsewhere: "facebook.com/vegolosi"
        return None
    low = value.lower()
    if low in w["prefix_words"] or low in w["labels"] or _DATE_IN_CREDIT.search(value) or _COPYRIGHT.search(value):
        return None
    words = value.split()
    # a name of six words at most besides its small words and dashes
    if len([x for x in words if x.lower() not in w["credit_words"] and any(c.isalpha() for c in x)]) > 6:
        return None
    # Past its first word a credit's lower-case words are its small words
    # ("Bund der Energieverbraucher e.V."); others make a phrase ("Von
    # Atemschutzmaske über Exit-Strategie und Kontaktverbot bis Zoonose").
    # A domain, an abbreviation or a legal form keeps its own case ("e.V.",
    # "auto-motor.at", "besserwisser eG").
    if any(
        x[:1].isalpha()
        and not x[:1].isupper()
        and x not in w["credit_words"]
        and "." not in x
        and x not in w["organisation_forms"]
        for x in words[1:]
    ):
        return None
    # a role alone, with its article: "Redaktion", "der Redaktion", "Staff Writer"
    if not w["roles"].sub("", " ".join(x for x in words if x.lower() not in w["credit_words"])).strip(" -–—/"):
        # a byline line's credits the desk, without its article ("Von der
        # Redaktion" -> "Redaktion")
        return " ".join(words[1:] if len(words) > 1 and words[0].lower() in w["credit_words"] else words) if roles else None
    return value


def _credits_ld(f) -> list[str]:
    return [html.unescape(n) for n in _names(f.ld.get("author"), _by_id(f.items))]


def _credits_other_items(f) -> list[str]:
    if f.ld:
        return []
    nodes = _by_id(f.items)
    for item in f.items:
        if "author" in item and not _types(item) & _NOT_THE_WORK:
            names = [html.unescape(n) for n in _names(item["author"], nodes)]
            if names:
                return names
    return []


def _credits_meta(f) -> list[str]:
    for key in _AUTHOR_META:
        if key in f.meta and not f.meta[key].startswith("http"):
            return list(dict.fromkeys(v for k, v in f.hints.meta if k == key))
    return []


def _credits_shown(f) -> list[str]:
    """The first credit of the page's bylines: a line that opens with a
    byline word, or holds one after a date ("Veröffentlicht am 8. Februar
    2022 von PETA-Team"), before a line that is only the credit (an
    author-classed element: "Redaktion Polizeiticker Schweiz")."""
    w = _words()
    bare = []
    for line in f.hints.bylines:
        if w["prefix"].match(line):
            credit = _credit(line, shown=True, roles=True)
        else:
            m = w["prefix_inside"].search(line)
            credit = _credit(line[m.start(1) :], shown=True) if m else None
            if not m and len(line.split()) <= 6:
                bare.append(line)
        if credit:
            return [credit]
    # a line alone is a credit only whole: no date or label cut off it
    # ("Veröffentlicht am 12.10.2018" credits no one)
    for line in bare:
        credit = _credit(line, shown=True, roles=True)
        if credit and credit == norm_space(line).strip(_QUOTES + ",;"):
            return [credit]
    return []


# "Herausgeber: Nordex SE", "Quelle: TSV Bayer Dormagen": a press release's
# publisher or source, in a line of its own
_SOURCE_LINE = patterns.compile(r"^(?:herausgeber|quelle|source)\s*:\s*(\S.*)$", re.I)
_SOURCE_LINE_MAX = 100


def _credits_source_line(f) -> list[str]:
    """The credit of the first line that names the publisher or source (the
    lines the cleaner set aside, then the body's), where no byline source
    credits anyone: a press release's issuer, a club's or agency's report.
    A source in the body's first half cites the facts ("Source: Russian
    Defense Ministry, October 25, 2019" atop a fact check), a publisher
    issues the text wherever it stands."""
    head = range(len(f.page.removed), len(f.page.removed) + len(f.text.split("\n\n")) // 2)
    for place, line in enumerate(_set_aside_then_body(f)):
        m = _SOURCE_LINE.match(line.strip()) if len(line) <= _SOURCE_LINE_MAX else None
        if m and place in head and not line.lower().startswith("herausgeber"):
            continue
        if m:
            credit = _credit(m.group(1), shown=True)
            return [credit] if credit else []
    return []


_SET_ASIDE_CREDIT_MAX = 120


def _credits_set_aside(f) -> list[str]:
    """The credit of the first line that opens with a byline word, or holds
    one after a date or a label ("11.09.2011, 16:20 von jovelstefan",
    "Autor: red Kategorie: …"), among the lines the cleaner set aside, then
    the body's paragraphs (not an author-classed element's, which the
    bylines read): the byline beside a date that no element marks, where it
    credits a desk, a user name or initials rather than a full name."""
    w = _words()
    for line in _set_aside_then_body(f, skip=_AUTHOR_CLASSED):
        if len(line) > _SET_ASIDE_CREDIT_MAX or _COPYRIGHT.search(line):
            continue
        line = _LEADING_MARKS.sub("", line)
        m = None if w["prefix"].match(line) else w["prefix_inside"].search(line)
        if not (w["prefix"].match(line) or m):
            continue
        credit = _credit(line[m.start(1) :] if m else line, shown=True, roles=True)
        # (a count is no credit: "Bild 1 von 10")
        if credit and not any(ch.isdigit() for ch in credit):
            return [credit]
    return []


# A dateline that names the agency in brackets: "Wien (epdÖ) – Auch …",
# "Berlin (dpa) - Die …"
_DATELINE_AGENCY = patterns.compile(r"^(?:[^\W\d_][\w./' -]{1,40}?\s)?\(([^\W\d_][^()\d,;:]{1,24})\)(?:\s*[-–—|]\s|\.-\s*)")


def _credits_dateline(f) -> list[str]:
    """The agency a dateline names in brackets, in the body's first
    paragraphs or a line set aside ("Wien (epdÖ) – Auch während …",
    "(EFE).- Nicaragua cerró …", "(Agenturen) | Stand: …"): who supplied
    the text."""
    for paragraph in [text for _, text in f.page.removed] + f.text.split("\n\n")[:3]:
        m = _DATELINE_AGENCY.match(paragraph.strip())
        if m and m.group(1).strip() not in _places():  # "Halle (Saale) –", "(Leipzig) –"
            credit = _credit(m.group(1))
            return [credit] if credit else []
    return []


def _credits_author_links(f) -> list[str]:
    """The credit of the first link to a writer's page that gives one: a
    desk's or an organisation's page on the site ("besserwisser eG")."""
    for text in f.hints.author_links:
        credit = _credit(text, shown=True)
        if credit:
            return [credit]
    return []


def _credits(values: list[str], shown: bool = False) -> list[str]:
    """The credits of `values`, each once (any case), in order."""
    seen: set[str] = set()
    # (a desk a tag states by its role word counts, "Redacción"; a CMS's
    # account in lower case there is no one's credit: "admin")
    out = [c for c in (_credit(v, shown, roles=not v.islower()) for v in values) if c]
    return [c for c in out if not (c.lower() in seen or seen.add(c.lower()))]


# Who the page credits as its author (docs/output.md, `byline`): the
# people of `authors` when it names any; else the first source that credits
# a desk, a team, an organisation or the site by name, as credited. The
# same places as AUTHOR_SOURCES, in the same order; a role word alone is
# no credit, and the site's name only where a byline source gives it.
def _stated(values: list[str], f) -> list[str]:
    """A tag's credits, but the site's own name alone (a line of the page
    that credits a desk or an agency comes before it: "Quelle: kathpress"
    over a meta author "katholisch.at")."""
    return [] if len(values) == 1 and _the_sites_name(values[0], f) else values


def _stated_site(f) -> list[str]:
    """The site's own name where a tag states it as the author, and no other
    source credits anyone."""
    for values in (
        _credits(_credits_ld(f)),
        _credits(_credits_other_items(f)),
        _credits(_credits_meta(f)),
        _credits([f.props["author"]] if "author" in f.props else []),
    ):
        if values:
            return values
    return []


BYLINE_SOURCES = (
    Source("`authors`", lambda f: [f.authors]),
    Source("JSON-LD authors (an organisation too)", lambda f: [_stated(_credits(_credits_ld(f)), f)]),
    Source("JSON-LD authors of a forum post, recipe or how-to", lambda f: [_stated(_credits(_credits_other_items(f)), f)]),
    Source("`meta name=author` (and `article:author`, `dc.creator` …)", lambda f: [_stated(_credits(_credits_meta(f)), f)]),
    Source("microdata `author`", lambda f: [_stated(_credits([f.props["author"]] if "author" in f.props else []), f)]),
    Source('a byline ("By HLNF Staff Report", "von auto-motor.at Redaktion")', lambda f: [_credits_shown(f)]),
    Source(
        'a credit set off by bars after the date ("8. Dezember 2010 · Rezepte von Mutti · 6 Kommentare")',
        lambda f: [_credits_date_line(f)],
    ),
    Source(
        'a publisher or source line ("Herausgeber: Nordex SE", "Quelle: TSV Bayer Dormagen")', lambda f: [_credits_source_line(f)]
    ),
    Source('a line that opens with a byline word ("11.09.2011, 16:20 von jovelstefan")', lambda f: [_credits_set_aside(f)]),
    Source('the agency a dateline names ("Wien (epdÖ) – …")', lambda f: [_credits_dateline(f)]),
    Source("a link to the writer's page (`/author/redaktion/`)", lambda f: [_credits_author_links(f)]),
    Source("the site's own name where a tag above states it", lambda f: [_stated_site(f)]),
)


def pick_byline(f) -> list[str]:
    """Who the page credits as its author (after pick_authors: f.authors)."""
    return first(BYLINE_SOURCES, f) or []

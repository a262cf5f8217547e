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
# 10, 2020"), or "am"/"on"/"le"/"el" and a date ("von lupa am 26/10/13"), or a date
# alone ("Por A / B 22 de Abril de 2022"), which in a meta tag set off the
# desk ("CDU - Fraktion Erfurt"), or a note in brackets ("Autor: Samuel
# Diekmann (Sponsored Post), Redner bei …").
_DATE_LINE_END = patterns.compile(r"\s*(?:[|•·]|\d{1,2}[:.]\d{2}|\b(?:updated|published|posted)\b)", re.I)
_SHOWN_LINE_END_ALWAYS = rf"{_DATE_LINE_END.pattern}|\s+[-–—](?:\s|$)|\s+(?:am|on|le|el)\s+\d|\s+(?=\d)|\s+\("
# A social-media handle after the name: "Williams Perdomo @wperdomod".
_HANDLE_AFTER = patterns.compile(r"\s+@\w+$")
_HANDLE = patterns.compile(r"^[^\W\d_]\w{2,}$")
_QUOTES = " '\"‘’“”„«»"
_AGENCY_AFTER = patterns.compile(r"(?<=\w)/[^\s/]+$")
_COPYRIGHT = patterns.compile(r"©|\(c\)|copyright", re.I)
_LABEL = patterns.compile(r"\s+[^\W\d_]+:\s")
_NOT_IN_A_NAME = patterns.compile(r"[*:()\[\]|<>=]|[-–]$")


@lru_cache(maxsize=1)
def _words():
    data = load("metadata")

    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    words = alt(w for w in data["name_joiners"] if len(w) > 1)
    letters = alt(w for w in data["name_joiners"] if len(w) == 1)
    months = alt(m for names in data["months"].values() for m in names)  # and the abbreviations ("Nov. 18")
    return {
        # and where a weekday or a month's name opens the date ("Monday,",
        # "November 15"; not "Theresa May,")
        "shown_end": patterns.compile(
            rf"{_SHOWN_LINE_END_ALWAYS}|(?:^|\s+)(?:(?:am|on|le|el)\s+)?(?:{alt(data['weekdays'])}),|(?:^|\s+)(?:{months})\.?\s+\d",
            re.I,
        ),
        "roles": patterns.compile(rf"(?<!\w)({alt(data['author_roles'])})(?!\w)", re.I),
        "role_inside": patterns.compile(rf"({alt(w for w in data['author_roles'] if ' ' not in w)})", re.I),
        "prefix_inside": patterns.compile(rf"(?:\d|:)\s+(({alt(data['byline_prefixes'])}):?\s+\S)", re.I),
        "prefix": patterns.compile(rf"^({alt(data['byline_prefixes'])}):?\s+", re.I),
        "particles": frozenset(data["name_particles"]),
        "labels": frozenset(data["author_labels"]),
        "prefix_words": frozenset(w.rstrip(":") for w in data["byline_prefixes"]),
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
    parts = [p.strip(_QUOTES) for p in _words()["joiners"].split(text) if p and p.strip(_QUOTES)]
    # a shown name's agency or initials glued after a slash: "Peter Maahn/SP-X"
    return [_AGENCY_AFTER.sub("", p) for p in parts] if shown else parts


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
    if words and words[0][:1].isupper():
        # In a line of the page, the lower-case words of a name are its
        # particles ("Jose de la Cruz"); others make a phrase ("Publiziert
        # am", "Tricks für zu Hause"). Stated names are taken as stated.
        return 1 <= len(words) <= 5 and not (shown and any(not w[:1].isupper() and w not in _words()["particles"] for w in words))
    # a user name holding a role is an account: "jdadmin", "bbnteam"
    return handles and bool(_HANDLE.match(name)) and not _words()["role_inside"].search(name)


def _from_ld(f) -> list[str]:
    out = []
    for cand in _names(f.ld.get("author"), _by_id(f.items)):
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
            names = [html.unescape(n) for n in _names(item["author"], nodes)]
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
            return [name for value in values for name in _split_byline(value)]
    return []


def _from_props(f) -> list[str]:
    return _split_byline(f.props["author"]) if "author" in f.props else []


def _from_bylines(f, handles: bool = False) -> list[str]:
    for line in f.hints.bylines:
        prefixed = bool(_words()["prefix"].match(line))
        if not (prefixed or len(line.split()) <= 4):
            # the byline inside a longer line: "Posted on September 21, 2020
            # by Adi Tzlil", "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: …"
            m = _words()["prefix_inside"].search(line)
            if not m and _names_alone(line, f.site):
                return _split_byline(line, None)
            line, prefixed = (line[m.start(1) :], True) if m else ("", False)
        if line:
            out = _split_byline(line, None)
            # A user name that a byline word introduces is the writer's
            # ("von lupa am 26/10/13"), before a name in a later line. The
            # names start the line: after a desk or a phrase ("Autor Teufel
            # Blog Redaktion Alles über Lautsprecher, Heimkino und …") the
            # rest of it is no list of names.
            if out and _plausible_author(out[0], f.site, handles or prefixed, shown=True):
                return out
    return []


def _names_alone(line: str, site: str | None) -> bool:
    """Whether the whole of `line` is a list of full names ("Isabel Caro,
    Rocío Latorre y José Miguel Wilson"): a byline without its word."""
    parts = [p.strip() for p in _words()["joiners"].split(norm_space(line)) if p.strip()]
    return len(parts) >= 2 and all(2 <= len(p.split()) <= 4 and _plausible_author(p, site, shown=True) for p in parts)


_LEADING_MARKS = patterns.compile(r"^[-–—=*•·>~_ ]+")


def _from_set_aside(f) -> list[str]:
    """A byline line that opens with its word ("Par Matthieu Hy le 07 Mai
    2020", "Von: Götz Warnke") among the lines the cleaner set aside, then
    the body's paragraphs: the byline beside a date, which the cleaner does
    not note as one."""
    lines = [text for _, text in f.page.removed] + f.text.split("\n\n")
    for line in lines:
        if len(line) > 200 or _COPYRIGHT.search(line):
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
        names = _split_byline(_LABEL.split(_words()["prefix"].sub("", line), maxsplit=1)[0], None)
        if names and _plausible_author(names[0], f.site, shown=True):
            return [n for n in _people(names, f.site, shown=True) if len(n.split()) >= 2]
    return []


def _people(names: list[str], site: str | None, handles: bool = False, shown: bool = False) -> list[str]:
    """The plausible people of `names`, each once (any case), in order;
    `shown`: names from a line of the page."""
    seen: set[str] = set()
    return [a for a in names if _plausible_author(a, site, handles, shown) and not (a.lower() in seen or seen.add(a.lower()))]


# Where the authors are read, in order (docs/output.md; a test checks it):
# the first place that names a plausible person wins, with all the people
# it names.
AUTHOR_SOURCES = (
    Source("JSON-LD authors", lambda f: [_people(_from_ld(f), f.site)]),
    Source("JSON-LD authors of a forum post, recipe or how-to", lambda f: [_people(_from_other_items(f), f.site)]),
    Source("`meta name=author` (and `article:author`, `dc.creator` …)", lambda f: [_people(_from_meta(f), f.site)]),
    Source("microdata `author`", lambda f: [_people(_from_props(f), f.site)]),
    Source('a byline ("By A and B")', lambda f: [_people(_from_bylines(f), f.site, shown=True)]),
    Source('a user name in a byline ("by tlow")', lambda f: [_people(_from_bylines(f, True), f.site, handles=True, shown=True)]),
    Source('a line that opens with a byline word ("Par A le 7 mai 2020")', lambda f: [_from_set_aside(f)]),
)


def pick_authors(f) -> list[str]:
    """People who wrote the article: all those the first source names."""
    return first(AUTHOR_SOURCES, f) or []

"""The published and modified dates: their ordered sources
(PUBLISHED_SOURCES, MODIFIED_SOURCES, which docs/output.md lists in the same
order) and dates as pages write them."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import patterns
from ..lexicon import load
from .facts import Source, first
from .url import page_url

_ISO_DATE = patterns.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
_COMPACT_DATE = patterns.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$")
_NUMERIC_DATE = patterns.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d.]*\d)")
# "26 | 01 | 2022": day, month and year set off by bars.
_BARRED_DATE = patterns.compile(r"(?<!\d)(\d{1,2}) \| (\d{1,2}) \| (\d{4})(?!\d)")
# A two-digit year glued to the time after it, as forums print a post's
# date after the user name: "macbacchi28.09.1912:44" is 28.09.19, 12:44.
_YEAR_GLUED_TO_TIME = patterns.compile(r"(?<![\d.])(\d{1,2}[./]\d{1,2}[./]\d{2})(\d{1,2}:\d{2})(?![\d:])")
# A four-digit year glued to what follows it, as two spans of a theme print
# the date twice ("1. November 20161. November 2016") or the time after it
# ("Wed, Nov 20 20194:29 AM EST").
_YEAR_GLUED = patterns.compile(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}(?:\.\s*[^\W\d_]|:\d{2}))")
_DAY_MONTH_YEAR = patterns.compile(r"(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)")
_MONTH_DAY_YEAR = patterns.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
# A range of days in one month, read as its first day: "14. - 20. Januar
# 2022", "14-20 January 2022", "January 14-20, 2022" (a week's report, an
# event's days). A number before a spaced dash is no day ("Folge 3 - 12. März").
_DAY_RANGE = patterns.compile(
    r"(?<![\d.])(\d{1,2})(?:\.\s*[-–]\s*|[-–])(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{4})(?!\d)"
)
_MONTH_DAY_RANGE = patterns.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})\s*[-–]\s*(\d{1,2}),?\s+(\d{4})(?!\d)")
_ISO_IN_TEXT = patterns.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_URL_DATE = patterns.compile(r"/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:/|-|$)|/((?:19|20)\d{2})/(\d{2})/")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names of the languages metadata.json lists, and abbreviations."""
    data = load("metadata")["months"]
    table = {name: i for lang, names in data.items() if lang != "abbreviations" for i, name in enumerate(names, 1)}
    table.update(data["abbreviations"])
    return table


def _ymd(year, month, day) -> str | None:
    """YYYY-MM-DD, or None where the month or day cannot be one."""
    import datetime

    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # 31.02., a version number
        return None


def url_date(url: str | None) -> str | None:
    """The date a URL's path states (/2014/01/13/, /2014-01-13-, /2014/01/)."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    if m.group(1):
        return _ymd(m.group(1), m.group(2), m.group(3))
    return f"{m.group(4)}-{m.group(5)}" if 1 <= int(m.group(5)) <= 12 else None


def normalize_datetime(value: str | None) -> str | None:
    """An ISO 8601 string as precise as the input, or None."""
    if not value:
        return None
    value = value.strip()
    m = _ISO_DATE.match(value)
    if m:
        y, mo, d, hh, mm, ss, tz = m.groups()
        if y < "1000":  # a template's placeholder ("0001-01-01T00:00:00"), no date
            return None
        out = f"{y}-{mo}-{d}"
        if hh:
            out += f"T{hh}:{mm}:{ss or '00'}"
            if tz:
                if tz != "Z" and ":" not in tz:
                    tz = tz[:3] + ":" + tz[3:]
                out += "+00:00" if tz == "Z" else tz
        return out
    m = _COMPACT_DATE.match(value)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return normalize_datetime(
            f"{m.group(1)}-{m.group(2)}-{m.group(3)}" + (f"T{m.group(4)}:{m.group(5)}:{m.group(6) or '00'}" if m.group(4) else "")
        )
    m = _ISO_IN_TEXT.search(value)  # "Written: 2023-11-07 15:03", "2021-10-16 | Press"
    if m:
        return _ymd(m.group(1), m.group(2), m.group(3))
    m = _NUMERIC_DATE.search(_YEAR_GLUED_TO_TIME.sub(r"\1 \2", value)) or _BARRED_DATE.search(
        value
    )  # day first: 02.11.2021, 31.10.23
    if m:
        yy = m.group(3)
        year = yy if len(yy) == 4 else f"{'20' if int(yy) < 50 else '19'}{yy}"
        # month first where the day cannot come first: "11/19/19 06:56 AM EST"
        return _ymd(year, m.group(2), m.group(1)) or _ymd(year, m.group(1), m.group(2))
    months = _months()
    value = _YEAR_GLUED.sub(r"\1 ", value)
    m = _DAY_RANGE.search(value)
    if m and m.group(3).lower() in months and int(m.group(1)) < int(m.group(2)):
        return _ymd(m.group(4), months[m.group(3).lower()], m.group(1))
    m = _MONTH_DAY_RANGE.search(value)
    if m and m.group(1).lower() in months and int(m.group(2)) < int(m.group(3)):
        return _ymd(m.group(4), months[m.group(1).lower()], m.group(2))
    m = _DAY_MONTH_YEAR.search(value)
    if m and m.group(2).lower() in months:
        return _ymd(m.group(3), months[m.group(2).lower()], m.group(1))
    m = _MONTH_DAY_YEAR.search(value)
    if m and m.group(1).lower() in months:
        return _ymd(m.group(3), months[m.group(1).lower()], m.group(2))
    return None


# Meta tags that hold the published date, in the order they are read.
_PUBLISHED_META = (
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "bepress_citation_date",
    "sailthru.date",
    "parsely-pub-date",
)


def _dates(values):
    """The dates of `values` (strings a page states), normalised; lazily."""
    return (normalize_datetime(v) for v in values if isinstance(v, str))


def _other_items(f):
    """The datePublished of the page's other JSON-LD items (a recipe, a
    how-to, a forum post), where it has no article item."""
    return () if f.ld else _dates(i.get("datePublished") for i in f.items)


# A time of day the page shows beside a date: "21:44", "9:25pm", "2:00 a. m.", "00:04 Uhr".
_SHOWN_TIME = patterns.compile(r"(?<![\d:])(\d{1,2})[:.](\d{2})(?![\d:])(?:\s*([ap])\.?\s?m\.?(?!\w))?", re.I)
_STATED_INSTANT = patterns.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):(\d{2})([+-]\d{2}:\d{2})$")


# The offsets of the world's time zones, in seconds: whole hours from -12
# to +14, and the zones half or three quarters off ("+05:30", "+05:45").
_ZONE_OFFSETS = frozenset(
    [h * 3600 for h in range(-12, 15)] + [int(h * 3600) for h in (-9.5, -3.5, 3.5, 4.5, 5.5, 5.75, 6.5, 8.75, 9.5, 10.5, 12.75)]
)


def _shown_datetimes(f):
    """(date, hour, minute) of the first lines of the page that show a date
    with its time of day."""
    for line in (*f.hints.dated[:3], *f.hints.date_lines[:3], *f.hints.date_mentions[:3]):
        day = normalize_datetime(line)
        m = _SHOWN_TIME.search(_DAY_MONTH_YEAR.sub(" ", line))
        if day and len(day) == 10 and m:
            hour, minute = int(m.group(1)), int(m.group(2))
            if m.group(3):  # 12-hour clock
                hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
            if hour < 24 and minute < 60:
                yield day, hour, minute


def in_the_pages_time(value: str | None, f) -> str | None:
    """A stated date and time, given in the page's own time where the page
    shows the same instant on another day: "2020-02-25T02:25:54+00:00",
    shown as "February 24, 2020 | 9:25pm", is "2020-02-24T21:25:54-05:00"
    (a feed's time in UTC, the day the page and its readers see); so is a
    time in UTC that the page's own markup (a `<time datetime>`, an element
    classed as the date) states in another offset. Else the value as it is."""
    import datetime

    m = _STATED_INSTANT.match(value or "")
    if not m:
        return value
    try:
        stated = datetime.datetime.fromisoformat(m.group(1) + m.group(3))
    except ValueError:  # a month 13, an offset of "+99:00"
        return value
    if m.group(3) == "+00:00":
        # the page's own markup states the same instant in its time zone:
        # "2022-04-29T02:08:28+00:00" is <time datetime="2022-04-28T22:08:28-04:00">
        for local in map(normalize_datetime, (*f.hints.times, *f.hints.dated)):
            local = _STATED_INSTANT.match(local or "")
            if local and local.group(3) != "+00:00" and local.group(1)[:10] != value[:10]:
                try:
                    same = datetime.datetime.fromisoformat(local.group(1) + local.group(3)) == stated
                except ValueError:
                    continue
                if same and local.group(2) == m.group(2):
                    return local.group(0)
    for day, hour, minute in _shown_datetimes(f):
        shown = datetime.datetime.fromisoformat(f"{day}T{hour:02d}:{minute:02d}")
        offset = shown - stated.replace(tzinfo=None) + stated.utcoffset()
        seconds = offset.total_seconds()
        # Another day, at an offset a time zone has, one of the two times in
        # UTC (as servers write it): two local times a day apart are a wrong
        # offset, not the same instant.
        if day != value[:10] and seconds in _ZONE_OFFSETS and 0 in (seconds, stated.utcoffset().total_seconds()):
            sign, rest = ("-", -seconds) if seconds < 0 else ("+", seconds)
            zone = f"{sign}{int(rest // 3600):02d}:{int(rest % 3600 // 60):02d}"
            return f"{shown:%Y-%m-%dT%H:%M}:{m.group(2)}{zone}"
    return value


# htmldate reads what this stage does not: dates in scripts' JSON, in a
# <span> of a longer line, in a line that starts with the date. Its guesses
# from a copyright year or a lone month ("2013-01-01") are not taken: the
# page must show the day it gives. Dates up to this one (a fixed bound, so
# that the output does not change with the clock).
_HTMLDATE_LATEST = "2099-12-31"


def _htmldate(f):
    """The date htmldate reads from the page's HTML, where the page shows
    that day; only asked when no other source gives a date."""
    if not f.html:
        return
    from htmldate import find_date

    try:
        found = find_date(f.html, extensive_search=True, original_date=True, max_date=_HTMLDATE_LATEST)
    except Exception:  # noqa: BLE001 - a page htmldate cannot read gives no date, as a page without one
        return
    if found and _shows_day(f.html, found):
        yield found


def _shows_day(html: str, iso: str) -> bool:
    """Whether `html` writes the day `iso` (YYYY-MM-DD) in one of the forms
    normalize_datetime reads."""
    y, m, d = (int(x) for x in iso.split("-"))
    names = "|".join(sorted((re.escape(n) for n, i in _months().items() if i == m), key=len, reverse=True))
    year = f"(?:{y}|{y % 100:02d})"
    forms = (
        rf"(?<![\d=]){y}[-/]0?{m}[-/]0?{d}(?![\d-])",  # not a file's version stamp ("?v=2022-06-15-12-15")
        rf"(?<![\d.])0?{d}\s?(?:[./]|\s\|)\s?0?{m}\s?(?:[./]|\s\|)\s?{year}(?!\d)",
        rf"(?<!\d)0?{m}/0?{d}/{year}(?!\d)",
        rf"(?<!\d)0?{d}\.?\s+(?:de\s+)?(?:{names})\.?,?\s+(?:de\s+)?{y}(?!\d)",
        rf"(?:{names})\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}(?!\d)",
    )
    return any(re.search(form, html, re.I) for form in forms)


# A paragraph that opens with its date, a dateline: "(21. November 2022)
# Energieverbraucher erhalten …", "27.1.2022 - Bei der Erinnerung …",
# "02.12.2022 | Husum (iwr-pressedienst) - …": the date, a place and a
# weekday before it, then a bracket, a dash or a bar.
_DATELINE = patterns.compile(r"^[(\[]?\s*([^()\[\]|–—]{6,48}?)\s*(?:[)\]]|\s[-–—|]\s|[–—|]|$)")
_DATELINE_BLOCKS = 3


# A dateline's date may give its year in two digits where it closes the
# line: "( Pescasseroli, 14 Gennaio 20 )".
_DAY_MONTH_SHORT_YEAR = patterns.compile(r"(?<!\d)(\d{1,2})\.?\s+([^\W\d_]+)\.?\s+(\d{2})$")


def _dateline_day(text: str) -> str | None:
    day = normalize_datetime(text)
    m = None if day else _DAY_MONTH_SHORT_YEAR.search(text)
    if m and m.group(2).lower() in _months():
        day = _ymd(f"{'20' if int(m.group(3)) < 50 else '19'}{m.group(3)}", _months()[m.group(2).lower()], m.group(1))
    return day


def _datelines(f):
    """The date a paragraph of the body's first opens with, not an
    update's ("Aktualisiert am 19.02.2020")."""
    update, _, _ = _head_words()
    for block in (f.text or "").split("\n\n", _DATELINE_BLOCKS)[:_DATELINE_BLOCKS]:
        m = _DATELINE.match(block)
        if m and not update.search(m.group(1)):
            # a place and a weekday beside the date, no sentence
            words = [w for w in m.group(1).split() if any(c.isalpha() for c in w)]
            day = _dateline_day(m.group(1))
            if day and len(words) <= 4:
                yield day


def _url_day(f) -> str | None:
    """The date in the page's URL; where it gives only the month
    (/2008/05/), the day from a line of the page in that month."""
    month = url_date(page_url(f))
    if month and len(month) == 7:
        return next((d for d in _dates(f.hints.date_mentions) if d and d.startswith(month)), month)
    return month


@lru_cache(maxsize=1)
def _head_words():
    """The patterns of metadata.json the head's date is judged by: an
    update's label, a date relative to the reader's day, a published label."""
    data = load("metadata")

    def alt(words):
        return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))

    rel = data["relative_dates"]
    update = patterns.compile(rf"(?<!\w)(?:{alt(data['update_labels'])})(?!\w)", re.I)
    relative = patterns.compile(
        rf"(?<!\w)(?:{alt(rel['before'])})\s+\d+\s+\w+|(?<!\d)\d+\s+\w+\s+(?:{alt(rel['after'])})(?!\w)", re.I
    )
    published = patterns.compile(rf"(?<!\w)(?:{alt(data['published_labels'])})(?!\w)", re.I)
    return update, relative, published


_FIRST_DIGIT = patterns.compile(r"\d")
_MACHINE_STAMP = patterns.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
# A line of the article's head that shows its date: a date with at most a
# byline, a label or a reading time beside it, not a sentence (words with
# letters counted: "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …" is 6).
_HEAD_LINE_WORDS = 12


def head_date(f) -> tuple[str, str] | None:
    """(line, date) of the first line under the headline that shows a date,
    as a reader sees the article's date; None where there is none, or where
    the first shows it relative to the reader's day ("vor 4 Monaten")."""
    _, relative, _ = _head_words()
    for line in f.hints.headline_lines:
        if relative.search(line):
            return None
        # A machine stamp glued into the line is a hidden element's value
        # ("Isabell Angele2022-12-07T10:10:52+01:0025. Dezember 2022").
        line = _MACHINE_STAMP.sub(" ", line)
        day = normalize_datetime(line)
        if day:
            # the first date decides: in a sentence it is no head's date
            words = sum(1 for w in line.split() if not w.isdigit() and any(c.isalpha() for c in w))
            return (line, day) if words <= _HEAD_LINE_WORDS else None
    return None


def _a_day_of_the_utc_instant(stated: str, day: str) -> bool:
    """Whether `stated`, a time in UTC, falls on `day` in some time zone:
    "2019-11-19T04:50:22+00:00" shown as "November 18, 2019" (the evening
    before in New York) is the same moment, stated more precisely."""
    import datetime

    m = _STATED_INSTANT.match(stated)
    if not m or m.group(3) != "+00:00":
        return False
    try:
        instant = datetime.datetime.fromisoformat(m.group(1))
    except ValueError:  # a month 13: no moment
        return False
    return (
        (instant - datetime.timedelta(hours=12)).date().isoformat()
        <= day
        <= (instant + datetime.timedelta(hours=14)).date().isoformat()
    )


def _shown_over(stated: str | None, f) -> str | None:
    """The date the article's head shows, where `stated` (what the sources
    below it give) is another day: the date a reader sees as the
    article's. Not a date labelled as an update ("Updated Mar 12, 2020",
    "Stand: 07.11.2023"): that is the modified date, and the stated first
    publication stays."""
    # a month alone (a URL's /2008/05/) is not compared by day
    shown = head_date(f) if stated and len(stated) >= 10 else None
    if not shown:
        return None
    line, day = shown
    if stated[:10] == day[:10] or _shows_day(line, stated[:10]) or _a_day_of_the_utc_instant(stated, day):
        return None
    update, _, published = _head_words()
    # The label before the date is the date's ("Published 10:48 … |
    # Updated 11:05" is the published date); another label's date is
    # another day's ("Release: 14.11.2019").
    label = _FIRST_DIGIT.split(line, 1)[0]
    if update.search(label) or (label.rstrip().endswith(":") and not published.search(label)):
        return None
    return day


def _shown_over_stated(f):
    yield _shown_over(in_the_pages_time(first(PUBLISHED_SOURCES[1:], f), f), f)


def pick_published(f) -> str | None:
    """The published date: the first of PUBLISHED_SOURCES (the sources
    below the head's date read once)."""
    stated = in_the_pages_time(first(PUBLISHED_SOURCES[1:], f), f)
    return _shown_over(stated, f) or stated


# Where the published date is read, in order: the first source that gives a
# date wins (docs/output.md lists the same order; a test checks it). What
# the page states for machines comes before what it shows; the date in the
# URL before a line that merely holds a date.
PUBLISHED_SOURCES = (
    Source("the date under the headline, where the sources below give another day and it is no update", _shown_over_stated),
    Source("JSON-LD `datePublished`", lambda f: _dates([f.ld.get("datePublished")])),
    Source(
        "`article:published_time`",
        lambda f: _dates(f.meta.get(k) for k in ("article:published_time", "og:published_time", "article:published")),
    ),
    Source("microdata `datePublished`", lambda f: _dates([f.props.get("datePublished")])),
    Source("`<time datetime>`", lambda f: _dates(f.hints.times[:1])),
    Source("meta date tags", lambda f: _dates(f.meta.get(k) for k in _PUBLISHED_META)),
    Source("an element classed as the date (`published`, `entry-date`)", lambda f: _dates(f.hints.dated)),
    Source("a date line", lambda f: _dates(f.hints.date_lines)),
    Source("the date in the URL", lambda f: [_url_day(f)]),
    Source("a paragraph of the body that opens with its date", _datelines),
    Source("a short line of the page that holds a date", lambda f: _dates(f.hints.date_mentions)),
    Source("JSON-LD `datePublished` of a recipe, how-to or forum post", _other_items),
    Source("htmldate's reading of the page, where the page shows that day", _htmldate),
)

# Where the modified date is read, in order (docs/output.md; a test checks it).
MODIFIED_SOURCES = (
    Source("JSON-LD `dateModified`", lambda f: _dates([f.ld.get("dateModified")])),
    Source("`article:modified_time`", lambda f: _dates([f.meta.get("article:modified_time")])),
    Source("microdata `dateModified`", lambda f: _dates([f.props.get("dateModified")])),
    Source("`og:updated_time`", lambda f: _dates([f.meta.get("og:updated_time")])),
    Source("`dcterms.modified`", lambda f: _dates([f.meta.get("dcterms.modified")])),
)

"""Stage 4: split the body text into sentences, with offsets.

A candidate boundary is terminal punctuation (. ! ? …), any closing quotes
or brackets, then white space. It is kept unless:

- what follows starts in lower case, also past a dash ("?» — спросил он");
- it falls inside a dateline ("MOSCOW, May 8. /TASS/. ",
  "Baku. 22 February. INTERFAX-AZERBAIJAN - ");
- the word before the period is an abbreviation (declcli/data/abbreviations.json
  sorts them into classes): titles and the like never end a sentence; No. and
  Art. do not before a number; U.S., Inc., etc., a.m. end one only where what
  follows looks like a sentence start, and not after a sentence that so far
  is only an opening phrase ("At 5 a.m. Mr. Smith went") unless a usual first
  word follows;
- the word before is an initial ("J. R. R. Tolkien", but "you and I. Did"
  ends), a list number ("1. Trade"),
  or an ordinal day before a month ("am 3. Oktober");
- it is an ellipsis marking an omission: in brackets ("[...]"), or spaced
  with three dots (". . ."), which the spaced style keeps for omissions
  inside a sentence; four spaced dots (". . . .") are an ellipsis and a
  period. A period right before a spaced ellipsis ends its sentence only
  when a sentence starts after the ellipsis ("compounds. . . . The");
- a closing quote is followed by a parenthesis that the stop ends, a
  citation ('"Was it chance?" (Smith 55).');
- the sentence so far holds no letter or digit (". . ." opening it).

A list run on one line ("1.) The first item 2.) The second item", "a. … b. …",
"• 9. … • 10. …") is cut before each marker that follows the one opening
the sentence in order. Paragraphs (blank lines) always end a sentence, and so
does a period before a table's next cell ("1. Dana Lee Jr. | Rowing | …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns
from .lexicon import load
from .model import Sentence

# A spaced ellipsis (". . .", ". . . .") standing as a word of its own is one
# candidate, and no dot inside it is another; a period attached to the word
# before it is a candidate apart ("compounds. . . . The"). The leading
# lookahead lets the scan skip to terminal punctuation (the lookbehinds had
# made it try every character: twice the time of the whole stage).
CANDIDATE = patterns.compile(
    r"""
    (?=[.!?…])                              # straight to terminal punctuation
    (                                       # 1, the stop:
        (?<!\S) \. (?:[ \u00a0]\.){2,}      #   a spaced ellipsis standing as a word
      | (?<!\.[ \u00a0]) (?:\.{3}|…|[.!?]+)  #   or a run of stops not inside one
    )
    ([\"'”’»)\]]*)                          # 2, closing quotes and brackets
    (\s+ (?=\S) | (?=[—–]))                   # 3, the white space before the next word, or none before a dash
    """,
    re.X,
)
_SPACED_ELLIPSIS = patterns.compile(r"\.(?:[ \u00a0]\.){2,}")
_WORD_CHAR = patterns.compile(r"\w")
# A list marker opening a sentence: an optional bullet, a number or a
# lower-case letter, and ".)", ")" or ".".
_BULLETS = "•◦▪‣⁃∙·*–—-"
_LIST_ITEM = patterns.compile(r"\s*([" + re.escape(_BULLETS) + r"]?)\s*(\d{1,2}|[a-z])(\.\)|\)|\.)\s")
# A parenthesis after a quote that the sentence's own stop follows: a
# citation. A note after a sentence ("… aquí. (Lee más aquí).") stands alone.
_CITATION = patterns.compile(r"\([^()\n]{1,80}\)[.!?](?!\w)")
_CLOSING_QUOTE = patterns.compile(r"[\"'”’»]")
WORD_BEFORE = patterns.compile(r"([\w.'’-]*\w°?)\.?$")  # "N°." keeps its sign
_MULTI_DOT = patterns.compile(r"^(\w\.)+\w$")
PARAGRAPH_BREAK = patterns.compile(r"\n[ \t]*\n\s*")
# How a lead-in before a list's rows ends: a colon, or an ellipsis it breaks off at ("Because once you see my plan …").
LEAD_IN_ENDS = (":", "…", "...")
# The date that opens a row of a schedule written a line a row (GUIDE decision 30): a weekday may come
# first, then a month and day ("June 9", "Aug. 2", "Sept. 12, 2020") or a day and month ("9 June").
# One definition for the stages that read such rows: here to cut them, the claims' dates for their
# year and tense.
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
SCHEDULE_DATE = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:" + MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,\s+\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAME + r"\b(?:\s+\d{4})?)"
)
# A line of a schedule: its date, then a dash or colon ("\nJune 9 -- Coral Sky Amphitheatre, West Palm
# Beach, FL"); one such row per line, each its own sentence even without a blank line.
_SCHEDULE_ROW = patterns.compile(r"\n(?=" + SCHEDULE_DATE + r"\s*(?:--|[-–—:])\s)")
_OPENING = "\"'“‘«(["
_DASHES = "-–—"
_AFTER_DASH = patterns.compile(r"[" + _DASHES + r"]+\s*(\w)")
_NEXT_WORD = patterns.compile(r"[" + re.escape(_OPENING) + r"]*([\w'’-]*)")
_WORD_AND_PERIOD = patterns.compile(r"[\w'’-]+\.?")
_WINDOW = 100  # characters looked at on either side of a candidate boundary
MAX_SENTENCE = 1000  # longer runs without a boundary are cut at white space
# Datelines with periods of their own; others ("ASTANA, March 4 (Reuters) - ")
# hold no candidate boundary.
_DATELINES = [
    patterns.compile(  # MOSCOW, May 8. /TASS/.
        r"""
        ^ [A-ZА-ЯЁ][^\n.]{1,40}? ,\s+         # the place
        [^\n.]{1,20}? \.\s+                   # the date
        / [A-ZА-ЯЁ][\w-]* / \.?\s+            # the agency between slashes
        """,
        re.X,
    ),
    patterns.compile(  # Baku. 22 February. INTERFAX -
        r"""
        ^ [A-ZА-ЯЁ][\w'’ -]{1,30} \.\s+        # the place
        \d{1,2}\s+\w+ \.\s+                   # the day and month
        [A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{2,} \s+          # the agency, in capitals
        [-–—]{1,2}\s+                         # a dash
        """,
        re.X,
    ),
]


@lru_cache(maxsize=1)
def _abbrevs() -> dict[str, set[str]]:
    data = load("abbreviations")
    return {k: set(v) for k, v in data.items() if isinstance(v, list)}


def _next_words(text: str, pos: int, n: int = 2) -> list[str]:
    """The next `n` words after `pos`, skipping opening quotes and dashes;
    a word keeps a period that directly follows it ("Mr.")."""
    return _WORD_AND_PERIOD.findall(text[pos : pos + 80])[:n]


def _looks_like_start(para: str, pos: int, *, acronym: bool = False) -> bool:
    """Does the text at `pos` read like the first words of a sentence?"""
    ab = _abbrevs()
    words = _next_words(para, pos, 7)
    if not words:
        return True
    word = words[0].rstrip(".")
    if not word[:1].isupper():
        return False
    if word.lower() in ab["openers"]:
        return True
    if words[0].endswith(".") and word.lower() in ab["never_final"]:
        return True  # a title: "… at 2 p.m. Mr. Kerr testified"
    if acronym and (word in ab["acronym_followers"] or _name_joined_on(words, ab)):
        return False
    return len(words) > 1 and words[1][:1].islower()


_POSSESSIVE = patterns.compile(r"['’]s?$")  # "the U.S. Food and Drug Administration's approval"


def _name_joined_on(words: list[str], ab: dict[str, set[str]]) -> bool:
    """After a dotted acronym, a capitalised word, a name joiner ("and", "of", "for") and another capitalised word go on
    with the acronym's name only when the run names a body by its head word ('acronym_body_heads'): first ("the U.S.
    Institute of Peace", "the U.N. Office for the Coordination of …") or last in a run joined by "and" ("the U.S. Food
    and Drug Administration", "the U.S. Fish and Wildlife Service"). Otherwise a new sentence starts there ("in the
    U.S. Members of Congress said", "by the U.S. China and Russia vetoed", "in the U.K. Prices of Steel rose")."""
    if len(words) < 3 or words[1] not in ab["name_joiners"]:
        return False
    heads = ab["acronym_body_heads"]
    third = words[3] if words[2] == "the" and words[1] != "and" and len(words) > 3 else words[2]
    if words[0] in heads:
        return third[:1].isupper()
    if words[1] != "and" or not words[2][:1].isupper():
        return False
    last = words[0]
    for word in words[1:]:  # the whole run of capitalised words and "and": its last word must be the head
        if word != "and" and not word[:1].isupper():
            break
        if word != "and":
            last = word
        if word.endswith("."):
            break
    return _POSSESSIVE.sub("", last.rstrip(".")) in heads


_NUMBER_AFTER = patterns.compile(r"[\dIVXLC]+\b")  # "No. 5", "Vol. IV"
# "I" as the pronoun, not the numeral: with a contraction or a lower-case word after it but "of" ("my art. I loved
# …", "No. I won’t", not "Vol. I of the report").
_PRONOUN_I = patterns.compile(r"I(?:['’][a-z]+\b|\s+(?!of\b)[a-z])")
_DIGIT_BEFORE = patterns.compile(r"\d\s*$")
_INITIAL = patterns.compile(r"\w\.")
_LOWER_WORD_BEFORE = patterns.compile(r"(?<![\w'’-])[a-z][\w'’-]*,?\s+\w$")
_TIME_ZONE = patterns.compile(r"[A-Z]{2,4}")


def word_before(before: str) -> re.Match | None:
    """`WORD_BEFORE.search(before)`, trying only the last characters first:
    a search from every position of a long window was slow. A match must
    reach the end through characters of its class, so if one starts before
    the tail, one starts at the tail's first character too: only then (or
    never) is the whole window searched."""
    tail = len(before) - 16
    if tail <= 0:
        return WORD_BEFORE.search(before)
    wm = WORD_BEFORE.search(before, tail)
    if wm is not None and wm.start() == tail:
        return WORD_BEFORE.search(before)
    return wm


class Candidate:
    """A candidate boundary (a match of CANDIDATE in `para`) and the views of the text
    around it that the boundary rules read; the word before is looked up only when a
    rule asks for it."""

    __slots__ = ("para", "m", "sent_start", "punct", "stop", "nxt_pos", "rest", "word", "_before", "_prev")

    def __init__(self, para: str, m: re.Match, sent_start: int) -> None:
        self.para, self.m, self.sent_start = para, m, sent_start
        self.punct = m.group(1)
        self.stop = m.start(1)
        self.nxt_pos = m.end()
        # Bounded views: slicing the whole paragraph at every candidate made a
        # paragraph of one long line quadratic (a 200 KB line took a minute).
        self.rest = para[self.nxt_pos : self.nxt_pos + _WINDOW]
        self.word = _NEXT_WORD.match(self.rest).group(1)
        self._before: str | None = None
        self._prev: str | None = None

    @property
    def before(self) -> str:
        if self._before is None:
            self._before = self.para[max(0, self.stop - _WINDOW) : self.stop]
        return self._before

    @property
    def prev(self) -> str:
        """The word the period follows ("" for none)."""
        if self._prev is None:
            wm = word_before(self.before)
            self._prev = wm.group(1) if wm else ""
        return self._prev

    def opening_phrase_only(self) -> bool:
        """The sentence so far is a short phrase opened by a preposition, and no opener follows."""
        return _only_opening_phrase(self.para, self.sent_start, self.stop) and not _opener_follows(self.para, self.nxt_pos)


# Each rule decides (True: a boundary, False: not one) or passes (None) to the next.


# A question of the writer's, with no closing quote, before a dash and a word in lower case (English letters): an
# aside set between dashes ("… every 18 months—iPhone 5, anyone?—and a TV set lasts …", "… election — do you know who
# your councillor is? — we are …") ends there, as the gold's segmenter cuts it (GUIDE decision 79 reads the piece after
# it); a quote's speaker tag after a dash ("«…?» — спросил он") goes on, and so does a stop glued to a dash otherwise.
_ASIDE_AFTER_A_DASH = patterns.compile(r"\s*[—–]\s*[a-z]")


def _aside_closed_before_a_dash(c: Candidate) -> bool | None:
    if c.punct == "?" and not c.m.group(2) and _ASIDE_AFTER_A_DASH.match(c.rest):
        return True
    return None if c.m.group(3) else False


def _lower_case_after_a_dash(c: Candidate) -> bool | None:
    after_dash = _AFTER_DASH.match(c.rest)  # "«…?» — спросил журналист."
    return False if after_dash and after_dash.group(1).islower() else None


_LINK_FOLLOWS = patterns.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S")


# A name written in lower case with a capital or a figure inside ("my6sense", "eBay", "iPhone", "x86").
_LOWER_CASE_NAME = patterns.compile(r"[a-z]+[A-Z0-9][\w]*(?:['’]s)?")


def _lower_case_follows(c: Candidate) -> bool | None:
    if _LINK_FOLLOWS.match(c.rest):
        return None  # a link after a stop starts in lower case and still stands apart: "… campaign. pic.twitter.com/x1"
    if c.punct == "." and c.rest[:1] == c.word[:1] and _LOWER_CASE_NAME.fullmatch(c.word):
        return None  # a name in lower case opens a sentence: "… content recirculation. my6sense’s clients …"
    return False if c.rest[:1].islower() or c.word[:1].islower() else None


# A rule of three or more hyphens or underscores after a stop, before a capital: the line a flattened page keeps
# between the story and its credits ("… to no avail. --- Associated Press writers … contributed").
_RULE_LINE = patterns.compile(r"(?:-{3,}|_{3,})\s*[A-Z]")


def _rule_line_follows(c: Candidate) -> bool | None:
    return True if c.rest[:1] in "-_" and _RULE_LINE.match(c.rest) else None  # (a cheap test first: most stops have none)


# A table's cell separator after a stop: "1. Dana Lee Jr. | Boxing | $9,000,000" is cut there, as the gold's segmenter
# cuts it (GUIDE decisions 48, 214 read the row from the piece before it, which names the row's party).
_NEXT_CELL = patterns.compile(r"\|\s")


def _next_cell_follows(c: Candidate) -> bool | None:
    return True if c.rest[:1] == "|" and c.punct == "." and _NEXT_CELL.match(c.rest) else None


def _punctuation_that_continues(c: Candidate) -> bool | None:
    return False if c.rest[:1] in ",;:)]}" + _DASHES and not c.punct.endswith(("!", "?")) else None


def _no_word_yet(c: Candidate) -> bool | None:
    return None if _has_word(c.para, c.sent_start, c.stop) else False


def _citation_after_a_quote(c: Candidate) -> bool | None:
    # '"Was it chance?" (Smith 55).': the citation ends the quoting sentence.
    return False if _CLOSING_QUOTE.search(c.m.group(2)) and _CITATION.match(c.rest) else None


def _spaced_omission(c: Candidate) -> bool | None:
    punct = c.punct
    return False if len(punct) > 3 and punct[1].isspace() and punct.count(".") < 4 else None  # ". . ."


def _bracketed_omission(c: Candidate) -> bool | None:
    # "[...]": an omission in a quote.
    bracketed = c.stop > 0 and c.para[c.stop - 1] in "[(" and c.m.group(2)[:1] in "])"
    return False if c.punct in ("...", "…") and bracketed else None


# Double quotation marks that open and close a quotation; a straight one opens after white space or an opening bracket.
_OPENING_QUOTES = "“«"
_CLOSING_QUOTES = "”»"
_QUOTE_REACH = 600  # characters looked at for the quote a question stands in, and for where it closes


def _last_quote(text: str, start: int, end: int) -> int:
    """The position of the last double quotation mark in text[start:end], or -1."""
    return max(text.rfind(q, start, end) for q in '"' + _OPENING_QUOTES + _CLOSING_QUOTES)


def _question_inside_a_quote(c: Candidate) -> bool | None:
    """A question inside a quotation that goes on past it ("“Why now? That is what we asked,” she said.") ends no
    sentence: the quotation and its speaker tag are one sentence, as pySBD and the claims' readers take it (GUIDE
    decision 137). The quotation must have opened before the question, in the paragraph, and close after it."""
    if "?" not in c.punct or c.m.group(2):
        return None
    para, stop = c.para, c.stop
    opened = _last_quote(para, max(0, stop - _QUOTE_REACH), stop)
    if opened < 0:
        return None
    mark = para[opened]
    if mark in _CLOSING_QUOTES or mark == '"' and opened > 0 and not (para[opened - 1].isspace() or para[opened - 1] in "([:—–-"):
        return None  # the last quote before the question closed one
    closes = para.find(_CLOSING_QUOTES[_OPENING_QUOTES.index(mark)] if mark != '"' else '"', c.nxt_pos, c.nxt_pos + _QUOTE_REACH)
    reopened = _last_quote(para, c.nxt_pos, closes) if closes >= 0 else -1
    return False if closes >= 0 and reopened < 0 else None


def _not_a_period(c: Candidate) -> bool | None:
    return True if c.punct != "." else None  # "!", "?", "…" and the like end here


def _spaced_ellipsis_follows(c: Candidate) -> bool | None:
    # "complex. . . .”" ends where the text does; "compounds. . . . The
    # practice" ends before the ellipsis, which opens the next sentence.
    spaced = _SPACED_ELLIPSIS.match(c.rest)
    if not spaced:
        return None
    after = c.rest[spaced.end() :].lstrip("\"'”’»)]")
    return after[:1].isspace() and _looks_like_next(after.lstrip())


def _no_word_before(c: Candidate) -> bool | None:
    return True if not c.prev else None


def _small_number_before(c: Candidate) -> bool | None:
    prev = c.prev
    if not (prev.isdigit() and len(prev) <= 2):
        return None
    if _list_position(c.para, c.sent_start, c.stop - len(prev)):
        return False  # "1. First item", "• 9. First item", "Steps: 1. First"
    return c.word.lower() not in _abbrevs()["ordinal_months"]  # "am 3. Oktober": an ordinal day


def _list_letter(c: Candidate) -> bool | None:
    prev = c.prev
    is_letter = len(prev) == 1 and prev.islower()
    return False if is_letter and _list_position(c.para, c.sent_start, c.stop - 1) else None  # "a. The first item"


def _never_final(c: Candidate) -> bool | None:
    low = c.prev.lower()
    if low in _abbrevs()["never_final"]:
        return False  # "Mr.", "Dr."
    return False if low in _abbrevs()["plural_titles"] and c.prev[:1].isupper() else None  # "Sens. X and Y"


def _calendar_abbreviation(c: Candidate) -> bool | None:
    return False if c.prev.lower() in _abbrevs()["calendar"] and c.prev[:1].isupper() else None


def _before_a_number(c: Candidate) -> bool | None:
    if c.prev.lower() not in _abbrevs()["before_number"]:
        return None
    if _NUMBER_AFTER.match(c.rest) and not _PRONOUN_I.match(c.rest):
        return False  # "No. 5", "Vol. IV"
    if len(c.prev) == 1 and c.prev.isupper():
        return None  # "Jonathan P. Blair": a capital letter with no number after is an initial (_initial decides), not "p."
    return True


def _initial(c: Candidate) -> bool | None:
    """Initials: "J. R. R. Tolkien", "George W. Bush"; after a number a unit ("41.5 C.")."""
    prev = c.prev
    if not (len(prev) == 1 and prev.isalpha() and prev.isupper()):
        return None
    if _DIGIT_BEFORE.search(c.before[:-1]):
        return _looks_like_start(c.para, c.nxt_pos)
    if prev == "I" and _LOWER_WORD_BEFORE.search(c.before):
        return True  # "you and I. Did you …": the pronoun, not "Albert I. Jones"
    nxt_words = _next_words(c.para, c.nxt_pos)
    if nxt_words and _INITIAL.fullmatch(nxt_words[0]):
        return False  # another initial follows
    return bool(nxt_words) and nxt_words[0].rstrip(".").lower() in _abbrevs()["openers"]


def _name_suffix(c: Candidate) -> bool | None:
    """ "Robert Hale Sr. His son …" ends; "El Sr. García" is a title."""
    prev = c.prev
    if prev.lower() not in _abbrevs()["name_suffixes"]:
        return None
    name = re.search(r"([\w'’-]+)\s+" + re.escape(prev) + r"$", c.before)
    if not (name and name.group(1)[:1].isupper() and len(name.group(1)) >= 3):
        return False
    return _looks_like_start(c.para, c.nxt_pos)


def _clock(c: Candidate) -> bool | None:
    if c.prev.lower() not in _abbrevs()["clock"]:
        return None
    words = _next_words(c.para, c.nxt_pos, 3)
    first = words[0].rstrip(".") if words else ""
    if first.lower() in _abbrevs()["weekdays_months"] or _TIME_ZONE.fullmatch(first):
        return False  # "3 p.m. Tuesday", "3 p.m. EST"
    if len(words) > 1 and words[1].rstrip(".").lower() == "time":
        return False  # "9:30 a.m. Moscow time"
    if c.opening_phrase_only():
        return False  # "At 5 a.m. Mr. Smith went to the bank."
    return _looks_like_start(c.para, c.nxt_pos)


# Initials run together, a capital letter each: "George H.W. Bush", "J.R.R. Tolkien", "P.J. Crowley".
_RUN_INITIALS = patterns.compile(r"[A-Z](?:\.[A-Z]){1,2}")


def _run_initials(c: Candidate) -> bool | None:
    """ "George H.W. Bush", "spokesman P.J. Crowley said": two or three initials run together before a capitalised
    word that opens no sentence are a name's, no end; a listed abbreviation ("U.S.", "D.C.") is _maybe_final's."""
    prev = c.prev
    if not _RUN_INITIALS.fullmatch(prev) or prev.lower() in _abbrevs()["maybe_final"]:
        return None
    nxt_words = _next_words(c.para, c.nxt_pos)
    if not nxt_words or not nxt_words[0][:1].isupper() or not nxt_words[0][1:2].islower():
        return None
    return None if nxt_words[0].rstrip(".,").lower() in _abbrevs()["openers"] else False


def _maybe_final(c: Candidate) -> bool | None:
    low = c.prev.lower()
    acronym = bool(_MULTI_DOT.match(low))
    if not (low in _abbrevs()["maybe_final"] or acronym):
        return None
    if c.opening_phrase_only():
        return False  # "In the U.S. Mr. Smith is a hero."
    return _looks_like_start(c.para, c.nxt_pos, acronym=acronym)


_AGENCY_TAG = patterns.compile(r"\([A-Z][A-Za-z]{1,15}\)\s*[-–—]")


def _agency_tag_follows(c: Candidate) -> bool | None:
    if c.punct == "." and _AGENCY_TAG.match(c.rest):
        return False  # a dateline's abbreviated state before the agency: "HAYWARD, Calif. (AP) — …"
    return None


# The boundary rules, read top-down: the first that decides wins; a candidate
# no rule decides is a boundary. The rules down to _not_a_period hold for every
# stop; the rest only for a period, by the word it follows.
BOUNDARY_RULES = (
    _aside_closed_before_a_dash,
    _lower_case_after_a_dash,
    _lower_case_follows,
    _rule_line_follows,
    _next_cell_follows,
    _punctuation_that_continues,
    _no_word_yet,
    _citation_after_a_quote,
    _spaced_omission,
    _bracketed_omission,
    _question_inside_a_quote,
    _not_a_period,
    _agency_tag_follows,
    _spaced_ellipsis_follows,
    _no_word_before,
    _small_number_before,
    _list_letter,
    _never_final,
    _calendar_abbreviation,
    _before_a_number,
    _initial,
    _name_suffix,
    _clock,
    _run_initials,
    _maybe_final,
)


def is_boundary(para: str, m: re.Match, sent_start: int = 0) -> bool:
    """Whether candidate `m` ends a sentence: the first of BOUNDARY_RULES that decides."""
    c = Candidate(para, m, sent_start)
    for rule in BOUNDARY_RULES:
        decided = rule(c)
        if decided is not None:
            return decided
    return True


def _only_opening_phrase(para: str, start: int, end: int) -> bool:
    """Is para[start:end], the sentence so far, only a short phrase opened by
    a preposition ("At 5 a.m", "In the U.S")? No sentence ends there."""
    if end - start > 60:
        return False
    words = para[start:end].split()
    return 2 <= len(words) <= 5 and words[0].lstrip(_OPENING).lower() in _abbrevs()["phrase_openers"]


def _opener_follows(para: str, pos: int) -> bool:
    words = _next_words(para, pos, 1)
    return bool(words) and words[0].rstrip(".").lower() in _abbrevs()["openers"]


def _list_position(para: str, sent_start: int, pos: int) -> bool:
    """Can a list marker stand at `pos`: opening the sentence, after a bullet
    or after a colon?"""
    head = _last_char(para, sent_start, pos)
    return not head or head == ":" or head in _BULLETS


def _next_item(para: str, start: int) -> int | None:
    """Where the next item of a list run on one line starts, when the
    sentence at `start` opens with a list marker ("1.)", "2)", "3.", "a.",
    "• 9.", "⁃10."): the position of the following marker, in the same
    style and with the next number or letter ("1) The first item 2) The
    second item"); else None. Markers must follow one another in order, so
    that a number in running text ("in 2) the …") is not taken for one."""
    item = _LIST_ITEM.match(para, start)
    if item is None:
        return None
    bullet, label, style = item.group(1), item.group(2), item.group(3)
    if label.isdigit():
        following = str(int(label) + 1)
    elif label != "z":
        following = chr(ord(label) + 1)
    else:
        return None
    marker = (re.escape(bullet) + r"\s*" if bullet else "") + following + re.escape(style)
    nxt = re.compile(r"(?<!\S)" + marker + r"\s").search(para, item.end(), min(len(para), item.end() + MAX_SENTENCE))
    return nxt.start() if nxt else None


def _has_word(para: str, start: int, end: int) -> bool:
    """Does para[start:end] hold a letter or digit? A stretch longer than the
    window is taken to (a bound, so that a long line stays linear)."""
    return end - start > _WINDOW or _WORD_CHAR.search(para, start, end) is not None


def _looks_like_next(rest: str) -> bool:
    """Does `rest` start a sentence: a word not in lower case?"""
    word = _NEXT_WORD.match(rest).group(1)
    return bool(word) and not word[:1].islower()


def _last_char(text: str, start: int, end: int) -> str:
    """The last non-space character of text[start:end], or ''."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _dateline_end(para: str) -> int:
    for rx in _DATELINES:
        m = rx.match(para)
        if m:
            return m.end()
    return 0


# A page whose paragraphs were hard-wrapped at a fixed width and set with a blank line between each two lines (a
# page's "<br><br>", a mail's quoted text): each line is then a paragraph of its own to PARAGRAPH_BREAK. A run of
# one-line paragraphs is read as wrapped text by its whole shape (`_wrapped_joins`).
_WRAP_BREAKS = 3
_WRAP_WIDTH = 45
_WRAP_FILL = 0.6
_WRAP_FIT = 0.9
_WRAP_LONGEST = 100  # a longer line is a paragraph of its own: no width text is wrapped at
_WRAP_RUN = 400  # lines of a run judged at once (a page of a million one-line paragraphs stays linear)
# How a line ends that closes its sentence, a lead-in (a colon: a list may follow) or a credit (a dash).
_LINE_CLOSED = patterns.compile(r"(?:[.!?…:;]|[-–—])[\"'”’»)\]]*$")
# How a line opens that stands apart: a bullet, a list's number or letter ("(1)", "2.", "b)"), a rule or a table's cell.
_LINE_ITEM = patterns.compile(r"(?:[" + re.escape(_BULLETS) + r"|#>=_]|\(?\w{1,2}[.)]\s|\(\w{1,2}\)\s)")
_CODE = patterns.compile(
    r"""[{}<>=]|//|\w\(["'\w!]|^(?:if|for|while)\s*\("""
)  # a line of code or markup ("if (!target)" / "throw new Error(…);")
_CURRENCY = "$€£¥"  # a line that opens with an amount goes on a sentence as a word would ("spend" / "$2,000 on a rig")
_STOP_INSIDE = patterns.compile(r"\w[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")  # a sentence's end inside a line
_LAST_WORD = patterns.compile(r"([\w'’-]+)\W*$")


def paragraph_spans(text: str):
    """(start, end) of each paragraph of `text`, its white space about it left out: the text between blank lines
    (PARAGRAPH_BREAK), except that the lines of a paragraph hard-wrapped at a fixed width with a blank line after
    each (`_wrapped_joins`) make one paragraph, which keeps the blank lines inside it. Headings, list items, verse,
    addresses and bylines stay paragraphs of their own."""
    run: list[tuple[int, int]] = []
    pos = 0
    for m in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        start, stop = _stripped(text, pos, end)
        pos = m.end() if m is not None else end
        if start == stop:
            continue
        several_lines = "\n" in text[start:stop]  # a paragraph of its own lines: no piece of a wrapped run
        if several_lines or len(run) >= _WRAP_RUN:
            yield from _joined(text, run)
            run = []
        if several_lines:
            yield start, stop
        else:
            run.append((start, stop))
    yield from _joined(text, run)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _joined(text: str, run: list[tuple[int, int]]):
    if not run:
        return
    joins = _wrapped_joins([text[a:b] for a, b in run])
    first = run[0][0]
    for k, (_, end) in enumerate(run):
        if k < len(joins) and joins[k]:
            continue
        yield first, end
        if k + 1 < len(run):
            first = run[k + 1][0]


def _wrapped_joins(lines: list[str]) -> list[bool]:
    """For each two lines in a row of a run of one-line paragraphs, whether the first goes on in the second. The run
    must read as text wrapped at a fixed width, judged by its whole shape, not by one line: at least _WRAP_BREAKS
    lines break off inside a phrase (the next opens in lower case, or the line ends in a word a phrase goes on from,
    "resumed on" / "June 9"), in stretches of lines no longer than _WRAP_LONGEST (a paragraph set on one long line
    lies between them) whose width (their longest line) is at least _WRAP_WIDTH and whose lines that go on are
    prose's (`_prose_wrapped`: verse's lines go on too, each of its own length). Then a line goes on where it ends
    inside its sentence, the next is no list item nor code, and either it breaks off inside a phrase or it is a full
    line: the next line's first word would not have fitted on it. A heading, a byline or an address line before a
    capital does neither."""
    joins = [False] * (len(lines) - 1)
    inside = 0
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and len(lines[j]) <= _WRAP_LONGEST:
            j += 1
        stretch = lines[k:j]
        width = max((len(line) for line in stretch), default=0)
        hows = [_goes_on(a, b, width) for a, b in zip(stretch, stretch[1:], strict=False)] if width >= _WRAP_WIDTH else []
        if _prose_wrapped(stretch, hows, width):
            for n, how in enumerate(hows):
                joins[k + n] = how is not None
                inside += how == "phrase"
        k = j + 1
    return joins if inside >= _WRAP_BREAKS else [False] * (len(lines) - 1)


def _prose_wrapped(lines: list[str], hows: list[str | None], width: int) -> bool:
    """Whether the lines that go on in `lines` (`hows`) are prose wrapped at `width`, not verse: at least half of them
    are full lines, the next line's first word not fitting on them; or, on a page broken at links and inline code
    rather than at a width, at least half fill _WRAP_FILL of it and a sentence ends inside a line (the text runs
    through the lines; verse's lines, each of its own length, end with its sentences)."""
    going = [(line, following) for line, following, how in zip(lines, lines[1:], hows, strict=False) if how is not None]
    full = sum(_full(line, following, width) for line, following in going)
    filled = sum(len(line) >= _WRAP_FILL * width for line, _ in going)
    return 2 * full >= len(going) or (2 * filled >= len(going) and any(_STOP_INSIDE.search(line) for line in lines))


def _full(line: str, following: str, width: int) -> bool:
    """A full line: the next line's first word would not have fitted on it (to _WRAP_FIT of the width)."""
    return len(line) + 1 + len(following.split(None, 1)[0]) > _WRAP_FIT * width


def _goes_on(line: str, following: str, width: int) -> str | None:
    """How `line` goes on in `following` in a text wrapped at `width`: "phrase" (broken off inside a phrase),
    "full" (a full line before a capital), or None (it does not)."""
    last = _LAST_WORD.search(line)
    if (
        not following.strip()
        or last is None
        or _LINE_CLOSED.search(line)
        or _LINE_ITEM.match(following)
        or _CODE.search(line)
        or _CODE.search(following)
    ):
        return None
    opening = following.lstrip(_OPENING)[:1]
    if not (opening.isalnum() or opening in _CURRENCY):
        return None
    if opening.islower() or last.group(1) in _abbrevs()["line_wrap_words"]:  # lower case only: "The" closing a heading
        return "phrase"
    return "full" if _full(line, following, width) else None


def split_sentences(text: str, after_colon: bool = False) -> list[Sentence]:
    """Sentences of `text` in order; paragraph and sentence numbers 1-based. `after_colon`: the text
    follows a paragraph that ends in a colon (its lines are a list's rows)."""
    return _split(text, paragraph_spans(text), after_colon)


def split_paragraph(text: str, after_colon: bool = False) -> list[Sentence]:
    """split_sentences of `text`, one paragraph of paragraph_spans (the lines of a hard-wrapped paragraph are not
    judged again apart from the text's other lines)."""
    return _split(text, [(0, len(text))], after_colon)


def _split(text: str, paragraphs, after_colon: bool) -> list[Sentence]:
    out: list[Sentence] = []
    number = 0
    para_no = 0
    spans = [piece for span in paragraphs for piece in _schedule_rows(text, *span)]
    for p_start, p_end in spans:
        para = text[p_start:p_end]
        if not para.strip():
            continue
        para_no += 1
        lines = _list_lines(para, after_colon)
        after_colon = para.rstrip().endswith(LEAD_IN_ENDS)
        start = 0
        dateline = _dateline_end(para)
        item = _next_item(para, start)
        for m in CANDIDATE.finditer(para):
            if m.end() <= dateline:
                continue
            while item is not None and item <= m.start(1):
                number = _add(out, para, start, item, p_start, para_no, number, lines)
                start = item
                item = _next_item(para, start)
            if is_boundary(para, m, start):
                end = m.end(2)
                number = _add(out, para, start, end, p_start, para_no, number, lines)
                start = m.end()
                item = _next_item(para, start)
        while item is not None:
            number = _add(out, para, start, item, p_start, para_no, number, lines)
            start = item
            item = _next_item(para, start)
        number = _add(out, para, start, len(para), p_start, para_no, number, lines)
    return out


def _schedule_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraph text[start:end] cut before each schedule row that opens a line of it."""
    cuts = [m.start() for m in _SCHEDULE_ROW.finditer(text, start, end)]
    bounds = [start, *[c + 1 for c in cuts], end]
    return [(a, b - 1 if b != end else b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _list_lines(para: str, after_colon: bool) -> list[int]:
    """Where the lines of a list start in `para`: each line after a line (or a paragraph) that ends in a
    colon is a sentence of its own ("The five selected are:\nBlue Origin, Kent, Washington\nSpaceX, …"),
    unless the line breaks inside a phrase, as text wrapped at a fixed width does ("The talks resumed on\nJune
    9"): it ends in a function word or the next line goes on in lower case. A list's row ends with a name, a
    figure, a stop or a clause's last word ("You build your website in its own corner of the internet")."""
    if "\n" not in para or PARAGRAPH_BREAK.search(para):
        return []  # (a paragraph hard-wrapped with blank lines between its lines: paragraph_spans joined them as prose)
    cuts = []
    rows = _rows_of_one_shape(para)  # (rows of one shape may end in a lower-case word: "10th appearance")
    listing = after_colon or rows
    pos = 0
    lines = para.split("\n")
    for n, line in enumerate(lines):
        end = pos + len(line)
        stripped = line.rstrip()
        listing = listing or stripped.endswith(":")
        last = stripped.rsplit(None, 1)[-1] if stripped else ""
        if listing and end < len(para):
            if last and (rows or not _wrapped_inside_a_phrase(last, lines[n + 1])):
                cuts.append(end + 1)
        elif end < len(para) and _clause_lines(stripped, last, lines[n + 1]):
            cuts.append(end + 1)
        pos = end + 1
    return cuts


# A line break between two lines of at least this many words each, the first ending in a lower-case word that no
# phrase goes on from and the next opening in a capital, ends a sentence without a stop: a post's lines ("… from crop
# burning in neighbouring states\nIt is very imp that we protect ourselves …"); shorter lines are a heading's.
_CLAUSE_LINE_WORDS = 6


def _clause_lines(line: str, last_word: str, next_line: str) -> bool:
    following = next_line.lstrip()
    return (
        following[:1].isupper()
        and last_word.isalpha()
        and last_word.islower()
        and not _wrapped_inside_a_phrase(last_word, following)
        and len(line.split()) >= _CLAUSE_LINE_WORDS
        and len(following.split()) >= _CLAUSE_LINE_WORDS
    )


def _wrapped_inside_a_phrase(last_word: str, next_line: str) -> bool:
    """Whether a line ending in `last_word` was wrapped inside a phrase that `next_line` goes on with: it ends
    in a function word ("resumed on\nJune 9", abbreviations.json `line_wrap_words`) or in a lower-case word
    before a line in lower case ("a break of three\nweeks in the capital")."""
    if not (last_word.isalpha() and last_word.islower()):
        return False
    following = next_line.lstrip()
    return last_word in _abbrevs()["line_wrap_words"] or following[:1].islower()


_ROW_MAX_WORDS = 12
_ROW_RUN = 3


def _rows_of_one_shape(para: str) -> bool:
    """Whether the paragraph holds a list written a line a row without a lead-in's colon: at least
    _ROW_RUN lines in a row of up to _ROW_MAX_WORDS words, none ending in a stop, that share their
    punctuation ("England (Group A): 10th appearance\nSpain (Group F): 11th appearance\n…")."""
    run, last = 0, None
    for line in para.split("\n"):
        line = line.strip()
        shape = "".join(ch for ch in line if not ch.isalnum() and not ch.isspace())
        if not shape or len(line.split()) > _ROW_MAX_WORDS or line.endswith((".", "!", "?")):
            run, last = 0, None
            continue
        run = run + 1 if shape == last else 1
        last = shape
        if run >= _ROW_RUN:
            return True
    return False


def _add(out: list[Sentence], para: str, start: int, end: int, offset: int, para_no: int, number: int, lines=()) -> int:
    """Append the sentence para[start:end] (in pieces when overlong, and cut at the lines of a list); the
    last number used."""
    bounds = [start, *(cut for cut in lines if start < cut < end), end]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        for a, b in _pieces(para, lo, hi):
            if para[a:b].strip():
                number += 1
                out.append(_trimmed(para, a, b, offset, para_no, number))
    return number


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut at white space into runs of at most MAX_SENTENCE
    characters (hard cuts where a run has none): no real sentence is that
    long, and the claim stages take time that grows faster than the length."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _trimmed(para: str, start: int, end: int, offset: int, para_no: int, number: int) -> Sentence:
    while start < end and para[start].isspace():
        start += 1
    while end > start and para[end - 1].isspace():
        end -= 1
    return Sentence(start=offset + start, end=offset + end, paragraph=para_no, number=number)

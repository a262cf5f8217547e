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
the sentence in order. Paragraphs (blank lines) always end a sentence.
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
_CANDIDATE = patterns.compile(
    r"(?=[.!?…])((?<!\S)\.(?:[ \u00a0]\.){2,}|(?<!\.[ \u00a0])(?:\.{3}|…|[.!?]+))([\"'”’»)\]]*)(\s+)(?=\S)"
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
    patterns.compile(r"^[A-ZА-ЯЁ][^\n.]{1,40}?,\s+[^\n.]{1,20}?\.\s+/[A-ZА-ЯЁ][\w-]*/\.?\s+"),  # MOSCOW, May 8. /TASS/.
    patterns.compile(
        r"^[A-ZА-ЯЁ][\w'’ -]{1,30}\.\s+\d{1,2}\s+\w+\.\s+[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{2,}\s+[-–—]{1,2}\s+"
    ),  # Baku. 22 February. INTERFAX -
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
    words = _next_words(para, pos)
    if not words:
        return True
    word = words[0].rstrip(".")
    if not word[:1].isupper():
        return False
    if word.lower() in ab["openers"]:
        return True
    if words[0].endswith(".") and word.lower() in ab["never_final"]:
        return True  # a title: "… at 2 p.m. Mr. Kerr testified"
    if acronym and word in ab["acronym_followers"]:
        return False
    return len(words) > 1 and words[1][:1].islower()


_NUMBER_AFTER = patterns.compile(r"[\dIVXLC]+\b")  # "No. 5", "Vol. IV"
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


def _is_boundary(para: str, m: re.Match, sent_start: int = 0) -> bool:
    ab = _abbrevs()
    punct = m.group(1)
    nxt_pos = m.end()
    # Bounded views: slicing the whole paragraph at every candidate made a
    # paragraph of one long line quadratic (a 200 KB line took a minute).
    rest = para[nxt_pos : nxt_pos + _WINDOW]
    nxt = rest[:1]
    # Past a dash: "«…?» — спросил журналист."
    after_dash = _AFTER_DASH.match(rest)
    if after_dash and after_dash.group(1).islower():
        return False
    word = _NEXT_WORD.match(rest).group(1)
    if nxt.islower() or (word[:1].islower()):
        return False
    if nxt in ",;:)]}" + _DASHES and not punct.endswith(("!", "?")):
        return False
    if not _has_word(para, sent_start, m.start(1)):
        return False
    if _CLOSING_QUOTE.search(m.group(2)) and _CITATION.match(rest):
        return False  # '"Was it chance?" (Smith 55).': the citation ends the quoting sentence
    if len(punct) > 3 and punct[1].isspace() and punct.count(".") < 4:
        return False  # ". . .": an omission inside the sentence
    if punct in ("...", "…") and m.start(1) > 0 and para[m.start(1) - 1] in "[(" and m.group(2)[:1] in "])":
        return False  # "[...]": an omission in a quote
    if punct != ".":
        return True
    spaced = _SPACED_ELLIPSIS.match(rest)
    if spaced:
        # "complex. . . .”" ends where the text does; "compounds. . . . The
        # practice" ends before the ellipsis, which opens the next sentence.
        after = rest[spaced.end() :]
        after = after.lstrip("\"'”’»)]")
        return after[:1].isspace() and _looks_like_next(after.lstrip())
    before = para[max(0, m.start(1) - _WINDOW) : m.start(1)]
    wm = word_before(before)
    prev = wm.group(1) if wm else ""
    low = prev.lower()
    if not prev:
        return True
    if prev.isdigit() and len(prev) <= 2:
        if _list_position(para, sent_start, m.start(1) - len(prev)):
            return False  # "1. First item", "• 9. First item", "Steps: 1. First"
        # "am 3. Oktober": an ordinal day.
        return word.lower() not in ab["ordinal_months"]
    if len(prev) == 1 and prev.islower() and _list_position(para, sent_start, m.start(1) - 1):
        return False  # "a. The first item", "Steps: a. First": a list letter
    if low in ab["never_final"]:
        return False
    if low in ab["calendar"] and prev[:1].isupper():
        return False
    if low in ab["before_number"]:
        return not _NUMBER_AFTER.match(rest)
    # Initials: "J. R. R. Tolkien", "George W. Bush"; after a number a unit ("41.5 C.").
    if len(prev) == 1 and prev.isalpha() and prev.isupper():
        if _DIGIT_BEFORE.search(before[:-1]):
            return _looks_like_start(para, nxt_pos)
        if prev == "I" and _LOWER_WORD_BEFORE.search(before):
            return True  # "you and I. Did you …": the pronoun, not "Albert I. Jones"
        nxt_words = _next_words(para, nxt_pos)
        if nxt_words and _INITIAL.fullmatch(nxt_words[0]):
            return False  # another initial follows
        return bool(nxt_words) and nxt_words[0].rstrip(".").lower() in ab["openers"]
    if low in ab["name_suffixes"]:
        # "Robert Hale Sr. His son …" ends; "El Sr. García" is a title.
        name = re.search(r"([\w'’-]+)\s+" + re.escape(prev) + r"$", before)
        if not (name and name.group(1)[:1].isupper() and len(name.group(1)) >= 3):
            return False
        return _looks_like_start(para, nxt_pos)
    if low in ab["clock"]:
        words = _next_words(para, nxt_pos, 3)
        first = words[0].rstrip(".") if words else ""
        if first.lower() in ab["weekdays_months"] or _TIME_ZONE.fullmatch(first):
            return False  # "3 p.m. Tuesday", "3 p.m. EST"
        if len(words) > 1 and words[1].rstrip(".").lower() == "time":
            return False  # "9:30 a.m. Moscow time"
        if _only_opening_phrase(para, sent_start, m.start(1)) and not _opener_follows(para, nxt_pos):
            return False  # "At 5 a.m. Mr. Smith went to the bank."
        return _looks_like_start(para, nxt_pos)
    if low in ab["maybe_final"] or _MULTI_DOT.match(low):
        if _only_opening_phrase(para, sent_start, m.start(1)) and not _opener_follows(para, nxt_pos):
            return False  # "In the U.S. Mr. Smith is a hero."
        return _looks_like_start(para, nxt_pos, acronym=bool(_MULTI_DOT.match(low)))
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


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; paragraph and sentence numbers 1-based."""
    out: list[Sentence] = []
    number = 0
    para_no = 0
    pos = 0
    spans = []
    for m in PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    for p_start, p_end in spans:
        para = text[p_start:p_end]
        if not para.strip():
            continue
        para_no += 1
        start = 0
        dateline = _dateline_end(para)
        item = _next_item(para, start)
        for m in _CANDIDATE.finditer(para):
            if m.end() <= dateline:
                continue
            while item is not None and item <= m.start(1):
                number = _add(out, para, start, item, p_start, para_no, number)
                start = item
                item = _next_item(para, start)
            if _is_boundary(para, m, start):
                end = m.end(2)
                number = _add(out, para, start, end, p_start, para_no, number)
                start = m.end()
                item = _next_item(para, start)
        while item is not None:
            number = _add(out, para, start, item, p_start, para_no, number)
            start = item
            item = _next_item(para, start)
        number = _add(out, para, start, len(para), p_start, para_no, number)
    return out


def _add(out: list[Sentence], para: str, start: int, end: int, offset: int, para_no: int, number: int) -> int:
    """Append the sentence para[start:end] (in pieces when overlong); the last number used."""
    for a, b in _pieces(para, start, end):
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

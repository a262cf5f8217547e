"""Stage 4: split the body text into sentences, with offsets.

A candidate boundary is terminal punctuation (. ! ? …), any closing quotes
or brackets, then white space. It is kept unless what follows starts in
lower case, or the word before the period is an abbreviation: titles and
the like never end a sentence, while U.S., a.m., Inc. and their kin end one
only when the next word is a usual sentence opener ("… at 5 p.m. The talks").
Paragraphs (blank lines) always end a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load
from .model import Sentence

_CANDIDATE = re.compile(r"(\.{3}|…|[.!?]+)([\"'”’»)\]]*)(\s+)(?=\S)")
_WORD_BEFORE = re.compile(r"([\w.'’-]*\w)\.?$")
_MULTI_DOT = re.compile(r"^(\w\.)+\w$")
_PARA = re.compile(r"\n[ \t]*\n\s*")


@lru_cache(maxsize=1)
def _abbrevs():
    data = load("abbreviations")
    return set(data["never_final"]), set(data["maybe_final"]), set(data["openers"])


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[\"'“‘«(\[]*([\w'’-]+)", text[pos:])
    return m.group(1) if m else ""


def _is_boundary(para: str, m: re.Match) -> bool:
    never, maybe, openers = _abbrevs()
    punct = m.group(1)
    nxt_pos = m.end()
    nxt = para[nxt_pos]
    word = _next_word(para, nxt_pos)
    first = word[:1]
    if nxt.islower() or (first and first.islower() and nxt not in "\"'“‘«([" ):
        return False
    if nxt in ",;:)]}-–—" and not punct.endswith(("!", "?")):
        return False
    if punct != ".":
        return True
    before = para[: m.start(1)]
    wm = _WORD_BEFORE.search(before)
    prev = wm.group(1) if wm else ""
    low = prev.lower()
    if not prev:
        return True
    # "1. First item" at the start of a line is a list number, not a sentence.
    if prev.isdigit() and before.strip() == prev:
        return False
    if low in never:
        return False
    # Initials: "J. R. R. Tolkien", "George W. Bush".
    if len(prev) == 1 and prev.isalpha() and prev.isupper():
        return False
    if low in maybe or _MULTI_DOT.match(low):
        return word.lower() in openers
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; paragraph and sentence numbers 1-based."""
    out: list[Sentence] = []
    number = 0
    para_no = 0
    pos = 0
    spans = []
    for m in _PARA.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    for p_start, p_end in spans:
        para = text[p_start:p_end]
        if not para.strip():
            continue
        para_no += 1
        start = 0
        for m in _CANDIDATE.finditer(para):
            if _is_boundary(para, m):
                end = m.end(2)
                number += 1
                out.append(_trimmed(para, start, end, p_start, para_no, number))
                start = m.end()
        if para[start:].strip():
            number += 1
            out.append(_trimmed(para, start, len(para), p_start, para_no, number))
    return out


def _trimmed(para: str, start: int, end: int, offset: int, para_no: int, number: int) -> Sentence:
    while start < end and para[start].isspace():
        start += 1
    while end > start and para[end - 1].isspace():
        end -= 1
    return Sentence(start=offset + start, end=offset + end, paragraph=para_no, number=number)

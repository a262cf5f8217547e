"""Topics of a claim, from the fixed vocabulary of declcli/data/topics.json.

A claim's words are looked up in an index of the keywords instead of running
every topic's pattern over every claim. Words inside a person's name are
masked by the caller ("Bill" is not law).
"""

from __future__ import annotations

import re
from dataclasses import field
from functools import cache, lru_cache

from .. import patterns
from ..lexicon import load
from ..model import Record, record


@lru_cache(maxsize=1)
def _index() -> _TopicIndex:
    return _topic_index(load("topics")["topics"])


def topics(text: str, words: set[str] | None = None) -> list[str]:
    """The topics of a claim; `words`, if given, is set(_PLAIN_WORD.findall(text))."""
    index = _index()
    found: set[str] = set()
    maybe: set[str] = set(index.always)
    hits = index.hits
    if words is None:
        words = set(_PLAIN_WORD.findall(text))
    new_words = words.difference(hits)  # by lookups in `hits` (words - hits.keys() would walk all of it)
    if new_words:
        if len(hits) + len(new_words) > _MAX_TOPIC_HITS:
            hits.clear()
            new_words = words
        for word in new_words:
            hits[word] = _topic_hits(index, word)
    # Most words show no topic: those are passed over without a Python step each.
    for hit in filter(None, map(hits.__getitem__, words)):
        found.update(hit[0])
        maybe.update(hit[1])
    if not found and not maybe:
        return []
    return [topic for topic in index.order if topic in found or topic in maybe and _topic_rx(topic).search(text)]


_MAX_TOPIC_HITS = 100_000  # words remembered by _topic_hits' cache, so a long stream of text cannot grow it forever


def _topic_hits(index: _TopicIndex, word: str) -> tuple[tuple[str, ...], tuple[str, ...]] | tuple[()]:
    """The topics a word of a claim shows (found), and those whose pattern
    must confirm them (maybe); () for neither."""
    word = word.lower()
    found: list[str] = []
    maybe: list[str] = []
    # Outside ASCII, lower() may differ from the pattern's re.I folding:
    # the topic's pattern decides.
    plain = word.isascii()
    for topic, ascii_keyword in index.words.get(word, ()):
        (found if plain and ascii_keyword else maybe).append(topic)
    for stem, topic, ascii_keyword in index.stems.get(word[:3], ()):
        if word.startswith(stem):
            (found if plain and ascii_keyword else maybe).append(topic)
    maybe.extend(index.first_words.get(word, ()))
    return (tuple(found), tuple(maybe)) if found or maybe else ()


@record
class _TopicIndex(Record):
    """The topic keywords by the words of a claim that can match them, so
    that a claim's words are looked up instead of every topic's pattern run.

    A keyword of one word ("army") matches exactly where a word of the claim
    is that word, and one ending in * ("bank*") where a word starts with it.
    A longer keyword ("armed forces", "cease-fire") needs its first word
    among the claim's words, and the topic's pattern then confirms it."""

    order: list[str]  # the topics in the vocabulary's order
    words: dict[str, list[tuple[str, bool]]]  # lower-case word -> (topic, keyword is ASCII)
    stems: dict[str, list[tuple[str, str, bool]]]  # first 3 letters -> (stem, topic, stem is ASCII) of * keywords
    first_words: dict[str, set[str]]  # first word of a longer keyword -> topics to confirm
    always: set[str]  # topics with a keyword that fits none of these: the pattern always runs
    hits: dict = field(default_factory=dict)  # a claim's word as written -> _topic_hits (a cache)


def _topic_index(vocabulary: dict[str, list[str]]) -> _TopicIndex:
    index = _TopicIndex(list(vocabulary), {}, {}, {}, set())
    for topic, keywords in vocabulary.items():
        for keyword in keywords:
            prefix = keyword.endswith("*")
            stem = (keyword[:-1] if prefix else keyword).lower()
            head = _PLAIN_WORD.match(stem)
            if not head or prefix and len(stem) < 3:
                index.always.add(topic)
            elif head.end() < len(stem):
                index.first_words.setdefault(head.group(0), set()).add(topic)
            elif prefix:
                index.stems.setdefault(stem[:3], []).append((stem, topic, stem.isascii()))
            else:
                index.words.setdefault(stem, []).append((topic, stem.isascii()))
    return index


@cache
def _topic_rx(topic: str) -> re.Pattern:
    """The topic's keywords as one pattern, compiled the first time a claim needs it."""
    words = load("topics")["topics"][topic]
    alts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return patterns.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.I)


_PLAIN_WORD = patterns.compile(r"\w+")

"""Stage 5: sentences -> claims.

A sentence becomes one claim, or several where it joins independent clauses
(", and …", ", but …", "; ", or "and" before a new subject with its own
auxiliary). Each claim is then read with the word lists of
declcli/data/claims.json:

- the attribution frame is found first ("X said (that) …", "…, X said",
  "according to X", a quote and its speaker, "It was noted that …") and set
  aside: kind, modality and polarity come from the reported content;
- in that content, leading adverbials and relative clauses are dropped and
  the first finite verb group is the main predicate: its modal gives the
  modality, a negation in it, a negative verb (refrain, reject …) or a
  negative subject (neither, no, nobody) the polarity, and its tense the
  kind (a modal or a provision verb: commitment; a past or perfect action:
  event; otherwise fact);
- actors, quotes, dates, places and topics are found in the whole claim.
"""

from __future__ import annotations

import re
from dataclasses import field
from functools import lru_cache

from .. import patterns
from .dates import find_dates, reference_day
from ..gazetteer import LiteralFinder, LiteralFinders, gazetteer, lower_folds
from ..lexicon import load
from ..model import Actor, Attribution, Claim, DateRef, Record, Sentence, record

_NAME = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.|[А-ЯЁ][а-яё\-]+)"
_DETERMINERS = {
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "both", "each",
    "all", "no", "some", "many", "most", "several", "other", "another", "such", "any", "every", "either", "neither",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "few", "much",
}
_PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "there", "this", "that", "nobody", "none", "everyone", "someone"}
_FUNCTION = {
    "and", "or", "but", "nor", "in", "on", "at", "to", "for", "with", "by", "from", "of", "as", "over", "after",
    "before", "since", "until", "while", "which", "that", "who", "where", "when", "than", "into", "via", "per",
}
_QUOTES = patterns.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»|„([^“”]{2,}?)[“”]")
_WORD = patterns.compile(r"[\w'’.\-]*\w|[,;:]")
_LOCATIVE = patterns.compile(r"(?<!than )\b(?:[Ii]n|[Aa]t|near|across|inside|within|throughout|around|into|outside|through|via|over"
                       r"|(?:southern|northern|eastern|western|central|south-eastern|north-western))\s+(?:the\s+)?$")
_GEO_AFTER = patterns.compile(r"^\s*(?:Sea|Ocean|Gulf|Strait|Straits|Peninsula|Bay|Basin)\b")
_GEO_BEFORE = patterns.compile(r"\b(?:Sea|Gulf|Bay|Strait|Straits|Sea)\s+of\s+$")


def _words_rx(words, flags=re.I) -> re.Pattern:
    alts = "|".join(sorted(words, key=len, reverse=True))
    return patterns.compile(r"(?<![\w’'])(?:" + alts + r")(?![\w])", flags)


def _inflect(base: str) -> set[str]:
    """Regular English forms of a verb: base, -s, -ed, -ing."""
    forms = {base}
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    elif base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms |= {base + "es", base + "ed"}
    else:
        forms.add(base + "s")
        forms.add(base + "d" if base.endswith("e") else base + "ed")
    forms.add((base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing")
    return forms


@lru_cache(maxsize=1)
def _lex():
    d = load("claims")
    titles = sorted(d["titles"], key=len, reverse=True)
    title_alt = "|".join(re.escape(t) for t in titles)
    verbs: set[str] = set()
    for base in d["clause_verbs"] + d["stative_verbs"] + d["trend_verbs"]:
        verbs |= _inflect(base)
    verbs |= {v.lower() for v in d["event_verbs"] if " " not in v}
    verbs |= {v for v in d["speech_verbs"] + d["that_verbs"] if " " not in v}
    lemma = {}
    for base in d["stative_verbs"] + d["trend_verbs"] + ["refrain", "abstain", "reject", "deny", "decline", "refuse"]:
        for form in _inflect(base):
            lemma[form] = base
    speech = "|".join(sorted(map(re.escape, d["speech_verbs"]), key=len, reverse=True))
    that = "|".join(sorted(map(re.escape, d["that_verbs"]), key=len, reverse=True))
    return {
        "modality": [(name, _words_rx(pats)) for name, pats in d["modality"].items()],
        "negation": _words_rx(d["negation"]),
        "neg_subject": patterns.compile(r"^(?:" + "|".join(d["negative_subjects"]) + r")\b", re.I),
        "neg_verb": _words_rx(d["negative_verbs"]),
        "aux": set(d["aux"]),
        "verbs": verbs,
        # What a token must be, unless it ends in -ed, for _is_finite to hold.
        "finite_forms": set(d["aux"]) | verbs,
        "lemma": lemma,
        "stative": set(d["stative_verbs"]),
        "trend": set(d["trend_verbs"]),
        "speech_rx": patterns.compile(r"(?<![\w’'])(?:(?P<speech>" + speech + r")|(?P<that>" + that + r"))(?![\w])"),
        "speech": speech,
        "complement": patterns.compile(
            r"^[^,;]{0,80}?(?<![\w])(?:" + "|".join(sorted(map(re.escape, d["complement_verbs"]), key=len, reverse=True))
            + r")(?:\s+(?:also|on \w+|today|yesterday|in a statement|to reporters|reporters))*,?\s+that\b",
            re.I,
        ),
        "passive": _words_rx(d["passive_cues"]),
        "provision": _words_rx(d["provision_verbs"]),
        "event_verbs": {v.lower() for v in d["event_verbs"]},
        "title_rx": patterns.compile(
            r"(?<![\w])(?:(?P<origin>[A-Z][\w'’.]+(?:\s[A-Z][\w'’]+)?)\s+)?(?P<title>" + title_alt + r")\s+"
            r"(?P<names>" + _NAME + r"(?:\s+" + _NAME + r"){0,3}(?:\s*(?:,|and|и)\s+" + _NAME + r"(?:\s+" + _NAME + r"){0,3})*)"
        ),
        "titles": {t.lower() for t in d["titles"]},
        "person_stop": set(d["person_stop"]),
        "org_heads": d["org_heads"],
        "orgs": d["orgs"],
        "orgs_rx": patterns.compile(r"(?<![\w])(?:" + "|".join(re.escape(o) for o in sorted(d["orgs"], key=len, reverse=True)) + r")(?![\w+])"),
        "org_rx": patterns.compile(
            r"(?<![\w])(?:(?:[A-Z][\w'’.\-]*|of|for|and|on)\s+){0,8}?(?:[A-Z][\w'’.\-]*\s+)?(?:"
            + "|".join(re.escape(h) for h in sorted(d["org_heads"], key=len, reverse=True))
            + r")(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z][\w'’\-]*)*)?(?![\w])"
        ),
        "metonyms": d["metonyms"],
        "groups": _words_rx(d["groups"]),
        # The words a claim must hold for each pattern to match there (None: cannot tell).
        "title_words": _first_words(d["titles"]),
        "speech_words": _first_words(d["speech_verbs"] + d["that_verbs"]),
        # The same for the cues of _frame_rx(), which has a few more.
        "frame_cue_words": _first_words(d["speech_verbs"] + d["that_verbs"] + [_ASKED, *_CUES_BEFORE_SPEAKER]),
        "org_words": _first_words(d["orgs"]),
        "org_head_words": _first_words(d["org_heads"]),
        "group_words": _last_words(d["groups"]),
        "human": set(d["human_nouns"]),
        "lead_words": set(d["lead_words"]),
        "lead_adverbs": patterns.compile(r"^(?:" + "|".join(map(re.escape, d["lead_adverbs"])) + r"),\s+"),
        "topic_index": _topic_index(load("topics")["topics"]),
    }


def _first_words(phrases) -> set[str] | None:
    """The first words of `phrases` (matched case-sensitively, each standing
    at a word start and its first word ending at a word end)."""
    words = set()
    for phrase in phrases:
        m = _PLAIN_WORD.match(phrase)
        if not m:
            return None
        words.add(m.group(0))
    return words


def _last_words(phrases) -> set[str] | None:
    """The last words of plain `phrases` (words and single spaces, no other
    pattern syntax) matched case-insensitively on word boundaries, lower-cased
    (where lower_folds(), lower() folds as re.I does)."""
    words = set()
    for phrase in phrases:
        last = phrase.split()[-1]
        if not _PLAIN_PHRASE.fullmatch(phrase):
            return None
        words.add(last.lower())
    return words


@lru_cache(maxsize=1)
def _seats():
    """Capitals and seats of government that can stand for their state."""
    g = gazetteer()
    seats = {cap: iso3 for iso3, cap in g.capitals.items() if len(cap) > 3}
    seats.update(_lex()["metonyms"])
    names = [s for s, iso in seats.items() if iso is not None or s in ("Brussels",)]
    return seats, LiteralFinder(names, left=".-", right="-")


@lru_cache(maxsize=1)
def _country_finders() -> LiteralFinders:
    """The country names, demonyms and seats, found in one pass."""
    g = gazetteer()
    return LiteralFinders(g.country_finder, g.demonym_finder, _seats()[1])


# ------------------------------------------------------------ clauses

def _words(s: str) -> tuple[list[str], list[str]]:
    """The tokens of `s` (words and clause punctuation) and their lower-case forms."""
    words = _WORD.findall(s)
    return words, [w.lower() for w in words]


_CLAUSE_MARKS = frozenset((",", ";", ":"))
_POSSESSIVE = ("'s", "’s")
_RELATIVE_NEXT = frozenset(("by", "on", "in", "at", "today", "yesterday", "here", "earlier", "last"))


def _is_finite(words: list[str], lows: list[str], i: int) -> bool:
    """Is token i a finite verb (or the auxiliary that starts a verb group)?

    Only a token in lex["finite_forms"] or ending in -ed can be one: the
    loops over a clause's tokens test that first (most tokens are neither)."""
    lex = _lex()
    word = words[i]
    low = lows[i]
    if low in lex["aux"]:
        # "May 8", "Will Europe …?": capitalised modals mid-sentence are names.
        return word.islower() or i == 0 and low != "may"
    if i == 0 or not word.islower() or low.endswith("ing"):
        return False
    prev = lows[i - 1]
    if prev in _DETERMINERS or prev in ("to", "of") or prev.endswith(_POSSESSIVE):
        return False
    past = low.endswith("ed") or low in lex["event_verbs"]
    if past and prev in _FUNCTION:
        return False  # "from allied countries", "in occupied Crimea"
    if past and _reduced_relative(words, lows, i):
        return False  # "the treaty signed on 16.07.2001 remains …"
    if low in lex["verbs"]:
        return True
    return len(low) > 4 and low.endswith("ed") and "-" not in low


def _reduced_relative(words: list[str], lows: list[str], i: int) -> bool:
    """A participle after a noun, followed by "by/on/in/today/here" and by a
    later present-tense or auxiliary verb: "legislation introduced in
    Parliament today will give …"."""
    if i + 1 >= len(words) or lows[i + 1] not in _RELATIVE_NEXT:
        return False
    lex = _lex()
    aux, verbs, event_verbs = lex["aux"], lex["verbs"], lex["event_verbs"]
    for k in range(i + 2, len(words)):
        w = words[k]
        if w in _CLAUSE_MARKS:
            return False
        lw = lows[k]
        if w.islower() and (lw in aux or (lw in verbs and not lw.endswith("ed") and lw not in event_verbs
                                          and lw.endswith("s"))):
            return True
    return False


def _first_verb(s: str) -> int | None:
    """Character offset of the first finite verb of `s`, if any."""
    words, lows = _words(s)
    finite_forms = _lex()["finite_forms"]
    for i, low in enumerate(lows):
        if (low in finite_forms or low.endswith("ed")) and _is_finite(words, lows, i):
            return _token_span(s, words, i)[0]
    return None


def _token_starts(s: str, words: list[str], n: int) -> list[int]:
    """Where the first n tokens of `s`, whose tokens are `words`, start. Each
    token is the first occurrence of its text after the one before: an
    earlier one would have matched _WORD there."""
    starts = []
    at = 0
    for k in range(n):
        at = s.find(words[k], at)
        starts.append(at)
        at += len(words[k])
    return starts


def _token_span(s: str, words: list[str], i: int) -> tuple[int, int]:
    """The span of token i of `s`, whose tokens are `words`."""
    at = _token_starts(s, words, i + 1)[i]
    return at, at + len(words[i])


def _opens_clause(right: str, *, strict: bool) -> bool:
    """Does `right` start with a subject followed by its own finite verb?"""
    # The first token decides most cases: tested before the others are made.
    first = _WORD.search(right)
    low = first.group(0).lower() if first else ","
    if low in _CLAUSE_MARKS or low in _FUNCTION or low in (
            "then", "also", "so", "not", "thus", "therefore", "including", "especially"):
        return False
    if strict and low not in _DETERMINERS and low not in _PRONOUNS:
        return False
    # Only the tokens before the first clause mark count. A mark is a token
    # of its own, so they are the tokens of the text before it.
    mark = _CLAUSE_PUNCT.search(right)
    words, lows = _words(right[: mark.start()] if mark else right)
    n = len(words)
    if n < 3:
        return False
    finite_forms = _lex()["finite_forms"]
    for i in range(min(n, 13)):
        if (lows[i] in finite_forms or lows[i].endswith("ed")) and _is_finite(words, lows, i):
            if i == 0:
                return False  # a shared subject: "…, and signaled that …"
            if strict and lows[i] not in _lex()["aux"]:
                return False
            return True
    return False


_CLAUSE_JOIN = patterns.compile(r"(;)\s+|(,)\s+(?=(?:and|but)\s)|\s(?=(?:and)\s+\S)")
_CONJUNCTION = patterns.compile(r"(and|but)\s+")
_CLAUSE_PUNCT = patterns.compile(r"[,;:]")


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Independent clauses of the sentence text[start:end], as spans.

    A clause ends before ", " or "; " that precede "and"/"but" and a subject
    with its own verb; the next one starts after the conjunction (the
    joining words belong to neither claim). Without a comma,
    "and" splits only before a determiner-led subject with an auxiliary
    ("… the other party and the further development … will be facilitated").
    """
    sent = text[start:end]
    cuts: list[tuple[int, int]] = []  # (end of left part, start of right part)
    depth_open = "([{"
    bracketed = "(" in sent or "[" in sent or "{" in sent  # else never inside brackets
    # Every join is a "; ", or stands before "and" or "but".
    joins = _CLAUSE_JOIN.finditer(sent) if ";" in sent or "and" in sent or "but" in sent else ()
    for m in joins:
        if bracketed and sum(sent[: m.start()].count(c) for c in depth_open) > sum(sent[: m.start()].count(c) for c in ")]}"):
            continue
        left_from = cuts[-1][1] if cuts else 0
        left = sent[left_from : m.start()]
        right_at = m.end()
        if m.group(1):
            right = sent[right_at:]
            if len(left.split()) >= 3 and _opens_clause(right, strict=False) and _first_verb(left) is not None:
                cuts.append((m.start(), right_at))
            continue
        conj = _CONJUNCTION.match(sent, right_at)
        if not conj:
            continue
        right = sent[conj.end() :]
        if m.group(2):
            if len(left.split()) < 4 or _first_verb(left) is None:
                continue
            if _opens_clause(right, strict=False):
                cuts.append((m.start(), conj.end()))
        else:
            local = _CLAUSE_PUNCT.split(left)[-1]
            # The cheaper test first: a strict clause opens with a determiner or pronoun.
            if len(local.split()) >= 5 and _opens_clause(right, strict=True) and _first_verb(local) is not None:
                cuts.append((m.start(), conj.end()))
    spans = []
    pos = 0
    for left_end, right_start in cuts:
        spans.append((pos, left_end))
        pos = right_start
    spans.append((pos, len(sent)))
    out = []
    for a, b in spans:
        while a < b and sent[a].isspace():
            a += 1
        while b > a and sent[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((start + a, start + b))
    return out


# ------------------------------------------------------------ attribution frames

@record
class _Frame(Record):
    source: str | None  # as written, before cleaning
    cue: str
    start: int  # span of the frame in the sentence
    end: int
    scope: str  # "all": every clause of the sentence; "rest": this clause and later ones; "one": this clause
    negative: bool = False


_ADVERBIAL = (
    r"(?:\s+(?:also|again|repeatedly|previously|earlier|later|now|only|however|further|publicly|separately"
    r"|on\s+\w+(?:\s+\w+)?|yesterday|today|last\s+\w+|this\s+\w+|in\s+an?\s+(?:joint\s+)?(?:statement|televised\s+address|interview"
    r"|post|letter|speech)(?:\s+[^,;:“\"«]*?)?(?=\s+that\b|,|$)|at\s+a\s+(?:news\s+conference|briefing|press\s+conference)"
    r"|in\s+[A-Z][\w-]+(?:\s+on\s+\w+)?))*"
)
_SPEAKER_WORDS = r"(?:[\w'’.&\-]+)"


_QUOTE_OR_CLAUSE_MARK = patterns.compile(r"[\"“”«»;:]")
_NOUN_AND_NAMES = patterns.compile(r"(?:a|an|the)\s+([a-z]+)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


def _speaker_ok(src: str) -> bool:
    """A plausible speaker: a short phrase with no verb of its own."""
    src = src.strip()
    words = src.split()
    if not words or len(words) > 9:
        return False
    if words[0].lower() in _FUNCTION and words[0].lower() not in ("according",):
        return False
    if _QUOTE_OR_CLAUSE_MARK.search(src):
        return False
    # "a charge Azerbaijan denies": a noun with a reduced relative clause, no speaker.
    rel = _NOUN_AND_NAMES.match(src)
    if rel and rel.group(1) not in _lex()["human"] and rel.group(1) not in _lex()["titles"]:
        return False
    if not (src[:1].isupper() or words[0].lower() in _DETERMINERS | {"he", "she", "they", "experts", "analysts", "officials",
                                                                     "economists", "critics", "diplomats", "sources"}):
        return False
    return _first_verb(src) is None


_RELATIVE_PRONOUN = patterns.compile(r"(?:which|who|whose|whom|where)\b")
_NAME_LIST = patterns.compile(r"((?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+)+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
_CAPITALISED = patterns.compile(r"(?:the\s+)?[A-Z]")


def _strip_parenthetical(src: str) -> str:
    """"Aidar Sultanov, a political analyst in Almaty," -> "Aidar Sultanov";
    "The main business lobby, the CBI," -> "the CBI"."""
    src = src.strip().rstrip(",").strip()
    if "," not in src:
        return src
    head, rest = src.split(",", 1)
    rest = rest.strip()
    if _RELATIVE_PRONOUN.match(rest):
        return head.strip()
    # A list of names: "Britain, France and Germany, which …".
    lst = _NAME_LIST.match(src)
    if lst:
        return lst.group(1)
    words = head.split()
    if words and all(w.islower() for w in words[1:]) and words[0].lower() in ("the", "a", "an") and _CAPITALISED.match(rest):
        return rest.split(",")[0].strip()
    return head.strip()


# The cues of _frame_rx() besides the speech and "that" verbs: "asked" after
# a quote, and the verbs that may come before a final speaker ("…, said X").
_ASKED = "asked"
_CUES_BEFORE_SPEAKER = ("said", "says", "added", "told", "noted", "warned")


@lru_cache(maxsize=1)
def _frame_rx():
    """The quote-speaker and final-speaker patterns, compiled once: they are
    long alternations of the speech verbs."""
    speech = _lex()["speech"]
    quote = patterns.compile(
        r"[”\"»],?\s+(?:(?P<cue1>" + speech + "|" + _ASKED + r")\s+(?P<src1>[^,;]+)|(?P<src2>[^,;“\"«]+?)\s+(?:has\s+|had\s+)?"
        r"(?:also\s+)?(?P<cue2>" + speech + "|" + _ASKED + r"))(?=[\s,.;!?]|$)")
    final_cues = speech + "|" + "|".join(map(re.escape, load("claims")["that_verbs"]))
    final = patterns.compile(
        r",\s+(?:(?P<src>[^,;“\"«]{2,80}?)\s+(?:has\s+|had\s+)?(?:also\s+)?(?P<cue>" + final_cues + r")"
        r"|(?P<cue2>" + "|".join(_CUES_BEFORE_SPEAKER) + r")\s+(?P<src2>[^,;]{2,80}?))" + _ADVERBIAL
        + r"\s*(?=,|[.!?]?[\"'”»]?\s*$)")
    return quote, final


_ACCORDING_TO = patterns.compile(
    r"(?:^|(?<=,)\s*|(?<=\s))[Aa]ccording to\s+(?P<src>(?:[^,;.]|\.(?=\w)|\b[A-Z]\.)+?)\s*(?=,|;|[.!?][\"'”»]?\s*$|$)")


_THAT = patterns.compile(r"\s+that\b")
_SPEAKER_END = patterns.compile(r"\s+(?:who|which|after|before|at|in|on|to|during|following|aboard)\b|,")
_LEAD_PHRASE = patterns.compile(r"^(?:(?:[A-Z]\w*(?:\s+[^,]{0,100}?)?|[A-Z][\w\s]{0,15}),\s+)")
_LEADING_AND_BUT = patterns.compile(r"^(?:and|but)\s+")
_TRAILING_AUXILIARIES = patterns.compile(r"(?:\s+(?:has|have|had|also|repeatedly|again|previously|earlier|now|publicly))+\s*$")
_ADVERBIALS = patterns.compile(_ADVERBIAL)
_THAT_OR_COLON = patterns.compile(r"(?:,\s*however,)?\s*(?:that\b|:)")
_WHETHER = patterns.compile(r"\s*(?:whether|if)\b")
_CONTENT_START = patterns.compile(r"\s*[,.]?\s*(?:[\"“«]|\w)")


def _may_be_passive(sent: str) -> bool:
    """False where lex["passive"] cannot match: text whose lower() folds as
    re.I does and holds none of the cues' fixed words."""
    if not lower_folds(sent):
        return True
    low = sent.lower()
    return "it is" in low or "it was" in low or "отмечается" in low or "сообщается" in low or "подчеркивается" in low


def _frames(sent: str, words: set[str] | None = None) -> list[_Frame]:
    """The attribution frames of a sentence (at most one of each kind);
    `words`, if given, is set(_PLAIN_WORD.findall(sent))."""
    lex = _lex()
    out: list[_Frame] = []
    # "It was (also) noted that …"
    m = lex["passive"].search(sent) if _may_be_passive(sent) else None
    if m and m.start() < 40:
        cue = next((g for g in m.groups() if g), None) if m.groups() else None
        cue = (cue or m.group(0).split()[-1]).lower()
        end = m.end()
        that = _THAT.match(sent[end:])
        out.append(_Frame(None, cue, m.start(), end + (that.end() if that else 0), "all"))
        return out
    # "According to X, …" / "…, according to X."
    for m in _ACCORDING_TO.finditer(sent) if "ccording to" in sent else ():
        initial = m.start() == 0 or not sent[: m.start()].strip()
        out.append(_Frame(m.group("src"), "according to", m.start(), m.end(), "all" if initial else "one"))
        return out
    if words is None:
        words = set(_PLAIN_WORD.findall(sent))
    # The patterns below need a cue: most sentences hold none of their words.
    cued = lex["frame_cue_words"] is None or not lex["frame_cue_words"].isdisjoint(words)
    # A quote and its speaker: "“…,” X said", "“…,” said X, a …".
    q = _frame_rx()[0].search(sent) if cued and ("”" in sent or '"' in sent or "»" in sent) else None
    if q:
        src = q.group("src1") or q.group("src2")
        cue = q.group("cue1") or q.group("cue2")
        src = _SPEAKER_END.split(src)[0].rstrip(".!?”\"»’' ")
        if _speaker_ok(src):
            out.append(_Frame(src, cue.lower(), q.start() + 1, len(sent), "all"))
            return out
    # "…, X said." / "…, said X, a …." / "…, a spokesman said, but …"
    for m in _frame_rx()[1].finditer(sent) if cued and "," in sent else ():
        src = m.group("src") or m.group("src2")
        if _speaker_ok(src):
            out.append(_Frame(src, (m.group("cue") or m.group("cue2")).lower(), m.start(), m.end(), "all"))
            return out
    # "X said (that) …", "X told reporters that …", "Meanwhile, X said …".
    speech = lex["speech_words"] is None or not lex["speech_words"].isdisjoint(words)
    for m in lex["speech_rx"].finditer(sent) if speech else ():
        before = sent[: m.start()]
        lead = _LEAD_PHRASE.match(before)
        subj_at = 0
        if lead and (lead.group(0).split()[0].rstrip(",") in lex["lead_words"] | {"Meanwhile", "However", "Speaking"}
                     or lex["lead_adverbs"].match(lead.group(0))):
            subj_at = lead.end()
        raw = _LEADING_AND_BUT.sub("", before[subj_at:])
        raw = _TRAILING_AUXILIARIES.sub("", raw)
        src = _strip_parenthetical(raw)
        if not _speaker_ok(src):
            if m.start() > 120:
                break
            continue
        after = sent[m.end() :]
        if m.group("speech") and m.group("speech").lower() in ("told", "tells", "tell", "asked"):
            obj = re.match(r"\s+(?:the\s+|a\s+)?(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference|parliament"
                           r"|lawmakers|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?:\s+(?:in|at|aboard|after|on)\s+[^,;“\"«]*?(?=\s+that\b))?", after)
            if obj:
                after = after[obj.end() :]
        adv = _ADVERBIALS.match(after)
        rest = after[adv.end() :] if adv else after
        that = _THAT_OR_COLON.match(rest)
        if _WHETHER.match(rest):
            continue
        if m.group("that") and not that:
            continue
        if not that and not _CONTENT_START.match(rest):
            continue
        end = len(sent) - len(rest) + (that.end() if that else 0)
        negative = m.group(0).lower() in ("denied", "denies", "deny")
        scope = "one" if that and that.group(0).strip() != ":" else "rest"
        out.append(_Frame(src, m.group(0).lower(), subj_at, end, scope, negative))
        return out
    return out


# ------------------------------------------------------------ reading the content

_OUTER_QUOTES = patterns.compile(r"^[\"“«„]+|[\"”»]+$")
_OPENING_QUOTES, _CLOSING_QUOTES = "\"“«„", "\"”»"
_WONT_CANT = patterns.compile(r"\b(?:[Ww]o|[Cc]a)n[’']t\b")
_CONTRACTIONS = [(patterns.compile(r"n[’']t\b"), " not"), (patterns.compile(r"[’']re\b"), " are"), (patterns.compile(r"[’']ll\b"), " will"),
                 (patterns.compile(r"[’']ve\b"), " have"), (patterns.compile(r"\b([Ii])[’']m\b"), r"\1 am")]
_LEAD_CONJUNCTION = patterns.compile(r"^(?:and|but|or|yet)\s+")
# Each needs two commas: ", which …,", ", for its part,".
_PARENTHETICALS = [
    (patterns.compile(r",\s*(?:which|who|whose|whom|where)\b[^,]*,"), ""),
    (patterns.compile(r",\s*(?:\w+ed|known as|originally|e\.g\.|i\.e\.)\s[^,]*,"), ""),
    (patterns.compile(r",\s*(?:[a-z]+(?:\s+[a-z]+){0,3}|by contrast|for (?:its|his|her|their) part),\s*"), " "),
]
_SUBORDINATE = patterns.compile(r"\s(?:whether|if|unless|because|although|though|while|whereas|once|until|so that|now that)\s")


def _main_clause(content: str) -> str:
    """The part of the reported content whose verb says what it asserts."""
    lex = _lex()
    s = content.strip()
    s = s.lstrip(_OPENING_QUOTES).rstrip(_CLOSING_QUOTES).strip()  # as _OUTER_QUOTES.sub("", s): s is stripped
    if "'" in s or "’" in s:
        s = _WONT_CANT.sub(lambda m: m.group(0)[:2].replace("Wo", "Will").replace("wo", "will") + " not", s)
        for rx, full in _CONTRACTIONS:
            s = rx.sub(full, s)
    s = _LEAD_CONJUNCTION.sub("", s)
    s = lex["lead_adverbs"].sub("", s)
    # "The document establishes that …": the provision is the content.
    m = lex["complement"].match(s) if "that" in s.lower() else None
    if m:
        s = s[m.end() :]
    # Parentheticals: ", which …,", ", for its part,", ", meanwhile,".
    for rx, by in _PARENTHETICALS:
        if s.count(",") < 2:
            break
        s = rx.sub(by, s)
    # A leading adverbial or subordinate clause: "Under the declaration, …", "Since X quit …, …".
    first = s.split(" ", 1)[0]
    if first in lex["lead_words"] and "," in s:
        head, rest = s.split(",", 1)
        if _first_verb(rest) is not None:
            s = rest.strip()
    # Subordinate clauses after the main verb do not count.
    cut = _SUBORDINATE.search(s)
    if cut:
        s = s[: cut.start()]
    return s


_RELATIVES = frozenset(("that", "which", "who", "whom", "whose"))
_DETERMINERS_PRONOUNS = _DETERMINERS | _PRONOUNS
# Words that continue a verb group whatever comes before them.
_IN_GROUP = frozenset((
    "not", "n't", "never", "also", "already", "still", "just", "now", "further", "no", "longer", "yet", "repeatedly",
    "next", "again", "only", "jointly", "fully", "to", "able", "allowed", "permitted", "required", "obliged", "obligated",
    "bound", "entitled", "going", "expected", "likely", "unlikely", "immediately", "independently", "have", "be", "been",
    "being", "ever", "even", "sharply", "markedly", "steadily"))
_BEFORE_VERB = frozenset(("to", "not", "n't", "never", "be", "been"))
_GROUP_ADVERB_WORDS = frozenset(("also", "already", "still", "just", "further", "yet", "again", "only"))
_BE = frozenset(("is", "are", "was", "were", "am", "be", "been", "being", "'s"))
_AFTER_AUX = frozenset(("to", "not", "n't", "never", "also"))
_FUNCTION_DETERMINERS = _FUNCTION | _DETERMINERS


def _verb_group(main: str) -> tuple[str, str, str]:
    """(subject, verb group, rest) of the main clause; relative clauses skipped."""
    words, lows = _words(main)
    n = len(words)
    lex = _lex()
    aux, verbs, event_verbs, finite_forms = lex["aux"], lex["verbs"], lex["event_verbs"], lex["finite_forms"]
    i = 0
    skip_relative = False
    while i < n:
        low = lows[i]
        if low in _RELATIVES and i > 0 and not _is_finite(words, lows, i - 1):
            skip_relative = True
            i += 1
            # The word right after "that"/"who" is the relative clause's verb, known or not.
            if i < n and words[i].islower() and words[i] not in _DETERMINERS_PRONOUNS:
                j = i
                while j < n and (lows[j] in aux or lows[j] in ("not", "also", "n't")):
                    j += 1
                i = j + 1
                skip_relative = False
            continue
        if skip_relative and words[i] in _CLAUSE_MARKS:
            skip_relative = False
        if (low in finite_forms or low.endswith("ed")) and _is_finite(words, lows, i):
            j = i + 1
            # The verb group: auxiliaries, adverbs, participles, "to" + verb.
            while j < n:
                w = lows[j]
                if w in aux or w in _IN_GROUP:
                    j += 1
                    continue
                prev_w = lows[j - 1]
                if j - 1 > i and prev_w not in aux and prev_w not in _BEFORE_VERB \
                        and not prev_w.endswith("ly") and prev_w not in _GROUP_ADVERB_WORDS:
                    break  # a content verb closes the group ("announced plans to …")
                if i == j - 1 and lows[i] not in aux and w != "to":
                    break
                if w.endswith("ly") and len(w) > 4:
                    j += 1
                    continue
                be = prev_w in _BE
                after_aux = (prev_w in aux or prev_w in _AFTER_AUX) and not be
                if w in verbs or (w.endswith(("ed", "en")) and len(w) > 3) or w in event_verbs or (
                        after_aux and words[j].islower() and w not in _FUNCTION_DETERMINERS):
                    j += 1
                    if j < n and lows[j] == "to":
                        continue
                    # "compromised to refrain", "plans to open": one more infinitive.
                    break
                break
            if skip_relative:
                skip_relative = False
                i = j
                continue
            starts = _token_starts(main, words, j)
            a, b = starts[i], starts[j - 1] + len(words[j - 1])
            return main[:a], main[a:b], main[b:]
        i += 1
    return main, "", ""


_GROUP_ADVERBS = patterns.compile(r"\s+(?:not|never|also|still|already|just|further|yet|again|only|\w+ly)\b")


def _modality(group: str) -> str:
    group = _GROUP_ADVERBS.sub("", group)
    found = []
    for name, rx in _lex()["modality"]:
        m = rx.search(group)
        if m:
            found.append((m.start(), name))
    if not found:
        return "none"
    specific = [f for f in found if f[1] != "intention"]
    # "will be required to" is an obligation: a specific modal beats will/would.
    return min(specific or found)[1]


_NO_LONGER = patterns.compile(r"\bno longer\b")
_THERE = patterns.compile(r"\s*there\s*$", re.I)
_NO = patterns.compile(r"\s*no\b")
_NEITHER_NOR = patterns.compile(r"\bneither\b.*\bnor\b", re.I)
_NOT_RU = patterns.compile(r"(?<![\w])(?:не|ни)(?![\w])")


def _polarity(subject: str, group: str, rest: str, main: str) -> str:
    lex = _lex()
    if lex["negation"].search(group.replace("no longer", "not")):
        return "negative"
    if _NO_LONGER.search(group + " " + rest[:12]):
        return "negative"
    if lex["neg_verb"].search(group):
        return "negative"
    if lex["neg_subject"].search(subject.strip()):
        return "negative"
    if _THERE.match(subject) and _NO.match(rest):
        return "negative"  # "There is no final agreement"
    if (not lower_folds(main) or "neither" in main.lower()) and _NEITHER_NOR.search(main):
        return "negative"
    if not group and not main.isascii() and _NOT_RU.search(main):  # a Russian negation needs Cyrillic letters
        return "negative"
    return "positive"


_GROUP_WORD = patterns.compile(r"[\w'’]+")
_DIRECTION = patterns.compile(r"\s*(?:down|up|higher|lower)\b")


def _kind(subject: str, group: str, rest: str, modality: str) -> str:
    lex = _lex()
    if modality != "none":
        return "commitment"
    if lex["provision"].search(" ".join((group + " " + rest[:12]).split())):
        return "commitment"
    words = [w.lower() for w in _GROUP_WORD.findall(group)]
    if not words:
        return "fact"
    content = [w for w in words if w not in lex["aux"] and w not in ("not", "n't", "never", "also", "already", "still",
                                                                        "just", "further", "yet", "again", "only", "to")]
    verb = content[0] if content else words[0]
    lemma = lex["lemma"].get(verb, verb)
    head = words[0]
    if head in ("did",):
        return "event"
    if head in ("was", "were") and verb not in ("was", "were"):
        if verb.endswith("ing"):
            return "fact"
        return "fact" if lemma in lex["stative"] else "event"
    if head in ("was", "were"):
        return "event" if _DIRECTION.match(rest) else "fact"
    if head == "had" and len(words) > 1:
        return "fact" if lemma in lex["stative"] or "never" in words else "event"
    if head in ("has", "have", "had"):
        if "been" in words or "never" in words or lemma in lex["stative"] or lemma in lex["trend"]:
            return "fact"
        if len(words) == 1:
            return "fact"  # possession: "The target has a tolerance band"
        return "event"
    if head in lex["aux"]:
        return "fact"
    if lemma in lex["stative"]:
        return "fact"
    if head in lex["event_verbs"] or (head.endswith("ed") and not head.endswith("eed")):
        return "event"
    return "fact"


def _read(content: str) -> tuple[str, str, str]:
    """(kind, modality, polarity) of a claim's reported content."""
    main = _main_clause(content)
    subject, group, rest = _verb_group(main)
    modality = _modality(group) if group else "none"
    return _kind(subject, group, rest, modality), modality, _polarity(subject, group, rest, main)


# ------------------------------------------------------------ actors

class _Context:
    """What earlier claims of the same article told us (persons, speakers)."""

    def __init__(self):
        self.persons: dict[str, tuple[str, str | None]] = {}  # surname -> (full name, country)
        self.titles: list[tuple[str, str]] = []  # (lower-case description, source form), latest last
        self.last_person: str | None = None  # form of the last singular human speaker or subject
        self.last_person_sentence = -10


_NEXT_WORD = patterns.compile(r"\s+([\w'’-]+)")


def _place_use(text: str, a: int, b: int) -> bool:
    """Is the name at text[a:b] a place ("in China", "the Sea of Japan")
    rather than a party ("China said", "in UK ports")?"""
    if _GEO_AFTER.match(text[b:]) or _GEO_BEFORE.search(text[:a]):
        return True
    if not _LOCATIVE.search(text[max(0, a - 16) : a]):
        return False
    nxt = _NEXT_WORD.match(text[b:])
    # "in UK ports": the name modifies a noun, it is no place.
    if nxt and nxt.group(1).islower() and nxt.group(1) not in _FUNCTION | _DETERMINERS | _lex()["aux"] | {
            "next", "last", "this", "since", "ago", "earlier", "later", "today", "yesterday", "overnight", "alone", "itself"}:
        return False
    return True


_TO_BEFORE = patterns.compile(r"\bto\s+$")
_DATELINE_AFTER = patterns.compile(r"(?:\s*\(|\.\s+\d)")
_CAPITALISED_NEXT = patterns.compile(r"\s+[A-Z][a-z]")
_AND_NEXT = patterns.compile(r"\s+(?:and|And)\b")


def _countries(text: str, skip: list[tuple[int, int]], words: set[str] | None = None) -> list[tuple[int, str]]:
    """(offset, ISO3) of every country named as a party in `text`;
    `words`, if given, is set(_PLAIN_WORD.findall(text))."""
    g = gazetteer()
    seats, seat_finder = _seats()
    out: list[tuple[int, str]] = []

    def free(a, b):
        return all(b <= s or a >= e for s, e in skip)

    named, demonyms, seated = _country_finders().finditer_each(text, words)
    for a, b, name in named:
        if free(a, b) and not _place_use(text, a, b):
            out.append((a, g.country_names[name]))
    for a, b, name in demonyms:
        if not free(a, b) or _CAPITAL_AFTER.match(text, b) or _GEO_AFTER.match(text[b:]):
            continue
        out.append((a, g.demonyms[name]))
    for a, b, name in seated:
        iso3 = seats.get(name)
        # "in Moscow", "a visit to Moscow": the city, not the state.
        if not iso3 or not free(a, b) or _LOCATIVE.search(text[max(0, a - 16) : a]) or _TO_BEFORE.search(text[max(0, a - 4) : a]):
            continue
        # A dateline ("ASTANA, March 4 (Reuters) -", "Baku (AFP) -") and names such as "Tokyo Stock Exchange".
        if a == 0 and _DATELINE_AFTER.match(text[b:]) or _CAPITALISED_NEXT.match(text[b:]) and not _AND_NEXT.match(text[b:]):
            continue
        out.append((a, iso3))
    return out


_NAME_SEPARATOR = patterns.compile(r"\s*(?:,|\band\b|\bи\b)\s*")


def _find_actors(text: str, ctx: _Context, claim_words: set[str] | None = None) -> tuple[list[Actor], list[tuple[int, int]]]:
    """Actors of a claim, and the spans they cover (so places skip them);
    `claim_words`, if given, is set(_PLAIN_WORD.findall(text))."""
    lex, g = _lex(), gazetteer()
    actors: list[tuple[int, Actor]] = []
    taken: list[tuple[int, int]] = []
    person_spans: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= s or a >= e for s, e in taken)

    if claim_words is None:
        claim_words = set(_PLAIN_WORD.findall(text))

    def may_hold(required):
        return required is None or not required.isdisjoint(claim_words)

    # Persons with a title: "Russian President Vladimir Putin", "Presidents X and Y".
    for m in lex["title_rx"].finditer(text) if may_hold(lex["title_words"]) else ():
        origin = m.group("origin")
        country = None
        if origin:
            country = g.demonyms.get(origin) or g.country_names.get(origin)
        names = _NAME_SEPARATOR.split(m.group("names"))
        for name in names:
            words = name.split()
            while words and words[-1] in lex["person_stop"]:
                words.pop()
            # A capitalised word that starts the next phrase is not a name.
            while words and (words[-1] in g.country_names or words[-1] in g.demonyms):
                words.pop()
            if not words or words[0] in lex["person_stop"]:
                continue
            full = " ".join(words)
            surname = words[-1]
            known = ctx.persons.get(surname)
            if known and len(words) == 1:
                full, country = known[0], country or known[1]
            elif len(words) >= 2 or surname not in ctx.persons:
                ctx.persons[surname] = (full, country)
            ctx.titles.append((m.group("title").lower(), full))
            actors.append((m.start("names"), Actor(full, "person", country)))
            at = text.find(full, m.start("names"), m.end("names"))
            if at >= 0:
                person_spans.append((at, at + len(full)))
        taken.append(m.span())

    # Organisations named in the lexicon, then "… Ministry", "Ministry of …".
    for m in lex["orgs_rx"].finditer(text) if may_hold(lex["org_words"]) else ():
        if free(*m.span()):
            name = m.group(0)
            actors.append((m.start(), Actor(name, "organization", lex["orgs"][name])))
            taken.append(m.span())
    for m in lex["org_rx"].finditer(text) if may_hold(lex["org_head_words"]) else ():
        a, b = m.span()
        name = m.group(0)
        # Drop leading words that are not part of the name ("According", "The").
        words = name.split()
        while words and (words[0] in lex["person_stop"] or words[0].lower() in ("according", "of", "and", "for", "on")):
            words.pop(0)
        name = " ".join(words)
        a = b - len(name)
        if not name or not free(a, b) or name in lex["org_heads"] and len(words) == 1:
            continue
        demonym = next(g.demonym_finder.finditer(name), None)
        named = None if demonym else next(g.country_finder.finditer(name), None)
        country = None
        if demonym:
            country = g.demonyms.get(demonym[2])
        elif named:
            country = g.country_names.get(named[2])
        actors.append((a, Actor(name, "organization", country)))
        taken.append((a, b))

    # Persons named before: "Putin" after "Vladimir Putin".
    for surname, (full, country) in ctx.persons.items():
        for span in _word_spans(text, surname):
            if free(*span):
                actors.append((span[0], Actor(full, "person", country)))
                taken.append(span)
                person_spans.append(span)

    # Countries: names, demonyms (also inside titles and organisation names), capitals and seats.
    for a, iso3 in _countries(text, person_spans, claim_words):
        actors.append((a, Actor(g.display(iso3), "country", iso3)))

    # "both sides", "the two countries": the last word tells, in ASCII text.
    tails = lex["group_words"]
    groups = tails is None or not lower_folds(text) or not tails.isdisjoint(map(str.lower, claim_words))
    for m in lex["groups"].finditer(text) if groups else ():
        if free(*m.span()):
            actors.append((m.start(), Actor(m.group(0).lower(), "group", None)))
            taken.append(m.span())

    actors.sort(key=lambda x: x[0])
    out: list[Actor] = []
    seen = set()
    for _, actor in actors:
        key = (actor.name, actor.type)
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out, taken


# ------------------------------------------------------------ attribution sources

_DEFINITE = patterns.compile(r"(?:the|this)\s+", re.I)
_LEADING_ARTICLE = patterns.compile(r"^(?:the|a|an)\s+", re.I)


def _clean_source(raw: str | None, ctx: _Context) -> str | None:
    """The source as the annotation names it: no article, no personal title,
    pronouns and definite descriptions resolved to their antecedent."""
    if raw is None:
        return None
    lex = _lex()
    src = raw.strip(" ,.")
    low = src.lower()
    if low in ("he", "she", "him", "her"):
        return ctx.last_person
    if low in ("they", "them", "it"):
        return None
    definite = _DEFINITE.match(src)
    src = _LEADING_ARTICLE.sub("", src)
    words = src.split()
    # "the minister", "the ministry", "the authority": the latest matching mention.
    if definite and words and all(w.islower() for w in words) and (
            words[-1] in lex["human"] or words[-1].capitalize() in lex["org_heads"]):
        for desc, form in reversed(ctx.titles):
            if desc.endswith(words[-1]) and all(w in desc for w in words[:-1]):
                return form
    # "Kyrgyz Energy Minister Almaz Dzhumabaev" -> "Almaz Dzhumabaev".
    name: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() and w.lower().rstrip(".") not in lex["titles"] and w.lower() not in lex["titles"] \
                and w not in lex["org_heads"] and w.lower() not in lex["human"]:
            name.insert(0, w)
        else:
            break
    before = words[: len(words) - len(name)]
    if name and before and (before[-1].lower() in lex["titles"] or before[-1].lower().rstrip(".") in lex["titles"]
                            or before[-1].islower() and before[-1] not in _FUNCTION and before[-1] not in ("the", "a", "an")):
        if len(name) >= 2 or name[0] in ctx.persons:
            return " ".join(name)
    return src


def _remember(ctx: _Context, source: str | None, sentence_no: int) -> None:
    if not source:
        return
    lex = _lex()
    words = source.split()
    last = words[-1].lower()
    is_name = len(words) >= 2 and all(w[:1].isupper() for w in words) and not any(
        w in lex["org_heads"] for w in words) or source in ctx.persons or words[-1] in ctx.persons
    if is_name or last in lex["human"]:
        ctx.last_person = source
        ctx.last_person_sentence = sentence_no
    if not is_name:
        ctx.titles.append((source.lower(), source))


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where `word` stands as a whole word (a plain find: no regex per name)."""
    out = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum() and text[at - 1] != "_") and (
                end == len(text) or not text[end].isalnum() and text[end] != "_"):
            out.append((at, end))
        at = text.find(word, at + 1)
    return out


# ------------------------------------------------------------ places and topics

_PREPOSITION_AND_NAME = patterns.compile(r"\b(in|at|near|outside|inside|to)\s+(?:the\s+)?((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){0,3})")


def _places(text: str, taken: list[tuple[int, int]]) -> list[str]:
    g = gazetteer()
    out: list[str] = []
    for m in _PREPOSITION_AND_NAME.finditer(text):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            # "to Moscow" is a place; "to Ukraine" is more often a recipient.
            if cand in g.cities or (cand in g.country_names and m.group(1) != "to"):
                name = cand if cand in g.cities else g.display(g.country_names[cand])
                if name not in out:
                    out.append(name)
                break
    for demonym in _capitals_named(text) if "capital" in text else ():
        iso3 = g.demonyms.get(demonym)
        cap = g.capitals.get(iso3 or "")
        if cap and cap not in out:
            out.append(cap)
    return out


def _capitals_named(text: str):
    """The demonyms of "in the Russian capital", as the pattern
    `\\bin\\s+the\\s+(demonym)\\s+capital\\b` would find them."""
    finder = gazetteer().demonym_finder
    end = 0
    for m in _IN_THE.finditer(text):
        if m.start() < end:
            continue
        # Longest first; a shorter demonym is tried when the longer is not followed by "capital".
        at = m.end()
        for name in finder.candidates(text, at):
            capital = _CAPITAL_AFTER.match(text, at + len(name))
            if capital:
                end = capital.end()
                yield name
                break


_IN_THE = patterns.compile(r"\bin\s+the\s+")
_CAPITAL_AFTER = patterns.compile(r"\s+capital\b")


def _topics(text: str, words: set[str] | None = None) -> list[str]:
    """The topics of a claim; `words`, if given, is set(_PLAIN_WORD.findall(text))."""
    index = _lex()["topic_index"]
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


def _topic_hits(index: "_TopicIndex", word: str) -> tuple[tuple[str, ...], tuple[str, ...]] | tuple[()]:
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


@lru_cache(maxsize=None)
def _topic_rx(topic: str) -> re.Pattern:
    """The topic's keywords as one pattern, compiled the first time a claim needs it."""
    words = load("topics")["topics"][topic]
    alts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return patterns.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.I)


_PLAIN_WORD = patterns.compile(r"\w+")
_PLAIN_PHRASE = patterns.compile(r"\w+(?: \w+)*")


def _quotes(text: str) -> list[str]:
    out = []
    if '"' not in text and "“" not in text and "«" not in text and "„" not in text:
        return out  # no opening quotation mark
    for m in _QUOTES.finditer(text):
        q = next(g for g in m.groups() if g is not None).strip()
        if q and q not in out:
            out.append(q)
    return out


# ------------------------------------------------------------ the stage

def _content(body: str, offset: int, frame: _Frame | None) -> str:
    """The claim's text without the part of the attribution frame inside it."""
    if frame is None:
        return body
    a, b = frame.start - offset, frame.end - offset
    a, b = max(0, a), min(len(body), b)
    if b <= a:
        return body
    return (body[:a] + " " + body[b:]).strip(" ,")


def extract_claims(
    text: str,
    sentences: list[Sentence],
    *,
    published: str | None = None,
    reference_date: str | None = None,
) -> list[Claim]:
    return list(iter_claims(text, sentences, published=published, reference_date=reference_date))


def iter_claims(
    text: str,
    sentences,
    *,
    published: str | None = None,
    reference_date: str | None = None,
):
    """The claims of `text`, one at a time, as `sentences` (read once: an
    iterator is fine) come: a long article's claims are never all held."""
    ref = reference_day(published, reference_date)
    ctx = _Context()
    count = 0
    for sent in sentences:
        sent_text = text[sent.start : sent.end]
        clauses = split_clauses(text, sent.start, sent.end)
        # Frames are looked for per clause; each reaches as far as its scope.
        frames: list[_Frame | None] = [None] * len(clauses)
        # The words of each clause, for the lookups that need a word to be there.
        words = [set(_PLAIN_WORD.findall(text, start, end)) for start, end in clauses]
        for ci, (start, end) in enumerate(clauses):
            for f in _frames(text[start:end], words[ci]):
                f.start += start - sent.start
                f.end += start - sent.start
                if f.scope == "all":
                    frames = [fr or f for fr in frames]
                    frames[ci] = f
                elif f.scope == "rest":
                    frames[ci:] = [f] * (len(clauses) - ci)
                else:
                    frames[ci] = f
        resolved: dict[int, Attribution] = {}
        for ci, (start, end) in enumerate(clauses):
            body = text[start:end]
            frame = frames[ci]
            kind, modality, polarity = _read(_content(body, start - sent.start, frame))
            if frame is not None and frame.negative:
                polarity = "negative"
            actors, taken = _find_actors(body, ctx, words[ci])
            attribution = None
            if frame is not None:
                if id(frame) not in resolved:
                    source = _clean_source(frame.source, ctx)
                    resolved[id(frame)] = Attribution(source, frame.cue)
                    _remember(ctx, source, sent.number)
                attribution = resolved[id(frame)]
            if ci == 0:
                _subject_person(sent_text, ctx, sent.number)
            count += 1
            yield (
                Claim(
                    id=f"c{count}",
                    text=body,
                    start=start,
                    end=end,
                    paragraph=sent.paragraph,
                    sentence=sent.number,
                    kind=kind,
                    modality=modality,
                    polarity=polarity,
                    actors=actors,
                    attribution=attribution,
                    quotes=_quotes(body),
                    dates=find_dates(body, ref),
                    places=_places(body, taken),
                    topics=_topics(body, words[ci]),
                )
            )


_OPENING_NAME = patterns.compile(r"(?:[A-Z][\w'’.\-]*\s+){0,5}?([A-Z][\w'’\-]+)(?=\s+[a-z])")


def _subject_person(sent: str, ctx: _Context, number: int) -> None:
    """A sentence opened by a known person ("Powell declined …") makes that
    person the antecedent of a later "he"."""
    m = _OPENING_NAME.match(sent) if ctx.persons else None
    if m and m.group(1) in ctx.persons:
        form = _clean_source(m.group(0), ctx)
        if form:
            ctx.last_person = form
            ctx.last_person_sentence = number


__all__ = ["extract_claims", "iter_claims", "split_clauses", "DateRef"]

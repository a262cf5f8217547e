"""Stage 5: sentences -> claims.

A sentence becomes one claim, or several where it joins independent clauses
("…, and the further development … will be facilitated", "; "). Each claim
is read with word lists from declcli/data/claims.json:

- its main clause: what follows a complementiser ("It was noted that …",
  "The document establishes that …"), without relative clauses ("… actions
  that could damage …"), decides modality and polarity;
- kind: a modal or a provision verb makes a commitment, a past-tense event
  verb an event, the rest is a fact;
- actors, attribution, quotes, dates, places and topics are found in the
  whole claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import find_dates, reference_day
from .gazetteer import gazetteer
from .lexicon import load
from .model import Actor, Attribution, Claim, DateRef, Sentence

_NAME = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.|[А-ЯЁ][а-яё\-]+)"
_DETERMINERS = {
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "both", "each", "all", "no",
    "some", "many", "most", "several", "other", "another", "such", "any", "it", "they", "he", "she", "we", "there",
    "neither", "none", "every",
}
_FINITE = re.compile(
    r"\b(will|would|must|should|may|might|can|could|shall|cannot|is|are|was|were|has|have|had|did|does|do|won't|"
    r"\w+ed|\w+s)\b"
)
_AUX = re.compile(
    r"\b(will|would|must|should|may|might|can|could|shall|cannot|is|are|was|were|has|have|had|did|does|won't|can't|"
    r"wouldn't|isn't|aren't|wasn't|weren't|hasn't|haven't|didn't|doesn't)\b",
    re.I,
)
_QUOTES = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»|„([^“”]{2,}?)[“”]")


def _words_rx(words, flags=re.I) -> re.Pattern:
    alts = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + alts + r")(?![\w])", flags)


@lru_cache(maxsize=1)
def _lex():
    d = load("claims")
    topics = {}
    for topic, words in load("topics")["topics"].items():
        alts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
        topics[topic] = re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.I)
    titles = sorted(d["titles"], key=len, reverse=True)
    title_alt = "|".join(re.escape(t) for t in titles)
    return {
        "modality": [(name, _words_rx(pats)) for name, pats in d["modality"].items()],
        "negation": _words_rx(d["negation"]),
        "complement": re.compile(
            r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, d["complement_verbs"]), key=len, reverse=True))
            + r")(?:\s+(?:also|on \w+|today|yesterday|in a statement|to reporters|reporters))*,?\s+that\b",
            re.I,
        ),
        "reporting": "|".join(sorted(map(re.escape, d["reporting_verbs"]), key=len, reverse=True)),
        "passive": _words_rx(d["passive_cues"]),
        "provision": _words_rx(d["provision_verbs"]),
        "event": re.compile(
            r"(?<![\w])(?:" + d["event_aux"] + r"\s+)?(?:" + "|".join(sorted(d["event_verbs"], key=len, reverse=True)) + r")(?![\w])",
            re.I,
        ),
        "title_rx": re.compile(
            r"(?<![\w])(?:(?P<origin>[A-Z][\w'’.]+(?:\s[A-Z][\w'’]+)?)\s+)?(?P<title>" + title_alt + r")\s+"
            r"(?P<names>" + _NAME + r"(?:\s+" + _NAME + r"){0,3}(?:\s*(?:,|and|и)\s+" + _NAME + r"(?:\s+" + _NAME + r"){0,3})*)"
        ),
        "person_stop": set(d["person_stop"]),
        "org_heads": d["org_heads"],
        "orgs": d["orgs"],
        "orgs_rx": re.compile(r"(?<![\w])(?:" + "|".join(re.escape(o) for o in sorted(d["orgs"], key=len, reverse=True)) + r")(?![\w+])"),
        "org_rx": re.compile(
            r"(?<![\w])(?:(?:[A-Z][\w'’.\-]*|of|for|and|on)\s+)*?(?:[A-Z][\w'’.\-]*\s+)?(?:"
            + "|".join(re.escape(h) for h in sorted(d["org_heads"], key=len, reverse=True))
            + r")(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z][\w'’\-]*)*)?(?![\w])"
        ),
        "metonyms": d["metonyms"],
        "metonym_rx": re.compile(
            r"(?<![\w])(" + "|".join(re.escape(m) for m in sorted(d["metonyms"], key=len, reverse=True))
            + r")(?:'s|’s)?\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+|now\s+)?(?:" + d["metonym_verbs"] + r")\b"
        ),
        "groups": _words_rx(d["groups"]),
        "topics": topics,
    }


# ------------------------------------------------------------ clauses

def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Independent clauses of the sentence text[start:end], as spans."""
    sent = text[start:end]
    cuts: list[tuple[int, int]] = []  # (end of left, start of right) in sentence coordinates
    for m in re.finditer(r";\s+|,?\s+(?:and|but|while|whereas|yet)\s+(?=\S)", sent):
        left_from = cuts[-1][1] if cuts else 0
        left = sent[left_from : m.start()]
        right_full = sent[m.end() :]
        if m.group(0).startswith(";"):
            if len(left.split()) >= 3 and len(right_full.split()) >= 3:
                cuts.append((m.start(), m.end()))
            continue
        first = re.match(r"[\w'’]+", right_full)
        if not first:
            continue
        first_word = first.group(0)
        if first_word.lower() not in _DETERMINERS and not (first_word[:1].isupper() and first_word not in ("I",)):
            continue
        # The right side must hold a finite verb of its own before any comma
        # (or before the sentence's end), and the left one as well.
        right_scope = re.split(r"[,;:]", right_full, maxsplit=1)[0] if not m.group(0).startswith(",") else right_full
        if len(right_scope.split()) < 3 or not _AUX.search(right_scope) and not _lex()["event"].search(right_scope):
            continue
        if not (_AUX.search(left) or re.search(r"\b\w{3,}ed\b", left) or _lex()["event"].search(left)):
            continue
        if len(left.split()) < 4:
            continue
        # Without a comma, the conjunction joins clauses only when the words
        # since the last comma hold a verb ("…, Russia and Azerbaijan may …" do not).
        if not m.group(0).startswith(","):
            local = re.split(r"[,;:]", left)[-1]
            if not (_AUX.search(local) or re.search(r"\b\w{3,}ed\b", local) or _lex()["event"].search(local)):
                continue
        # "Russia and Azerbaijan will …": the left side is only a name.
        if first_word[:1].isupper() and first_word.lower() not in _DETERMINERS and not _AUX.search(left):
            continue
        cuts.append((m.start(), m.end()))
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
        while b > a and sent[b - 1] in " ,;":
            b -= 1
        if b > a:
            out.append((start + a, start + b))
    return out


# ------------------------------------------------------------ reading one claim

def _main_clause(text: str) -> str:
    """The part of a claim whose verb says what the claim asserts."""
    lex = _lex()
    s = text
    m = None
    for m in lex["complement"].finditer(s):
        pass
    if m is None:
        m = lex["complement"].search(s)
    if m:
        s = s[m.end() :]
    s = re.sub(r"^\s*according to [^,]+,\s*", "", s, flags=re.I)
    s = re.sub(r",\s*according to [^,.;]+", "", s, flags=re.I)
    # Relative clauses between commas, then any remaining one, are not the main verb's.
    s = re.sub(r",\s*(?:which|who|whose|whom|where)\b[^,]*,", ",", s)
    cut = re.search(r"\b(?:that|which|who|whom|whose)\b|,\s*(?:including|as well as|such as)\b", s)
    if cut and cut.start() > 0:
        s = s[: cut.start()]
    return s


def _modality(main: str) -> str:
    best = None
    for name, rx in _lex()["modality"]:
        m = rx.search(main)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else "none"


def _polarity(main: str) -> str:
    for m in _lex()["negation"].finditer(main):
        word = m.group(0).lower()
        after = main[m.end() : m.end() + 12]
        if word == "no" and re.match(r"\s*(\.|\d)", after):
            continue  # "No. 3"
        if word == "not" and re.match(r"\s+only\b", after):
            continue  # "not only … but also"
        return "negative"
    return "positive"


def _kind(main: str, modality: str) -> str:
    lex = _lex()
    if modality != "none":
        return "commitment"
    if lex["provision"].search(main):
        return "commitment"
    if lex["event"].search(main):
        return "event"
    return "fact"


# ------------------------------------------------------------ actors

class _Context:
    """What earlier claims of the same article told us (persons, speakers)."""

    def __init__(self):
        self.persons: dict[str, tuple[str, str | None]] = {}  # surname -> (full name, country)
        self.last_speaker: str | None = None
        self.last_speaker_sentence = -10


def _country_from(text: str) -> str | None:
    g = gazetteer()
    m = g.demonym_rx.search(text)
    if m:
        return g.demonyms[m.group(1)]
    m = g.country_rx.search(text)
    if m:
        return g.country_names[m.group(1)]
    return None


def _find_actors(text: str, ctx: _Context) -> tuple[list[Actor], list[tuple[int, int]]]:
    """Actors of a claim, and the spans they cover (so places skip them)."""
    lex, g = _lex(), gazetteer()
    actors: list[tuple[int, Actor]] = []
    taken: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= s or a >= e for s, e in taken)

    # Persons with a title: "Russian President Vladimir Putin", "Presidents X and Y".
    for m in lex["title_rx"].finditer(text):
        origin = m.group("origin")
        country = None
        if origin:
            country = g.demonyms.get(origin) or g.country_names.get(origin)
        names = re.split(r"\s*(?:,|\band\b|\bи\b)\s*", m.group("names"))
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
            actors.append((m.start("names"), Actor(full, "person", country)))
        taken.append(m.span())

    # Organisations named in the lexicon, then "… Ministry", "Ministry of …".
    for m in lex["orgs_rx"].finditer(text):
        if free(*m.span()):
            name = m.group(0)
            actors.append((m.start(), Actor(name, "organization", lex["orgs"][name])))
            taken.append(m.span())
    for m in lex["org_rx"].finditer(text):
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
        actors.append((a, Actor(name, "organization", _country_from(name))))
        taken.append((a, b))

    # Capitals and buildings that speak for a state: "the Kremlin said".
    for m in lex["metonym_rx"].finditer(text):
        a, b = m.span(1)
        if not free(a, b):
            continue
        before = text[max(0, a - 4) : a].lower()
        if before.endswith(("in ", "to ", "at ")):
            continue
        iso3 = lex["metonyms"][m.group(1)]
        if iso3:
            actors.append((a, Actor(g.display(iso3), "country", iso3)))
        taken.append((a, b))

    # Persons named before: "Putin" after "Vladimir Putin".
    for surname, (full, country) in ctx.persons.items():
        for m in re.finditer(r"(?<![\w])" + re.escape(surname) + r"(?![\w])", text):
            if free(*m.span()):
                actors.append((m.start(), Actor(full, "person", country)))
                taken.append(m.span())

    # Countries by name or demonym, except where only a place ("in Russia").
    for rx, table in ((g.country_rx, g.country_names), (g.demonym_rx, g.demonyms)):
        for m in rx.finditer(text):
            a, b = m.span(1)
            if not free(a, b):
                continue
            before = text[max(0, a - 8) : a].lower()
            after = text[b : b + 10].lower()
            if re.search(r"\b(in|to|from|at|near|across|inside|within)\s+(the\s+)?$", before) and table is g.country_names:
                continue
            if table is g.demonyms and re.match(r"\s+capital\b", after):
                continue
            iso3 = table[m.group(1)]
            actors.append((a, Actor(g.display(iso3), "country", iso3)))
            taken.append((a, b))

    for m in lex["groups"].finditer(text):
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


# ------------------------------------------------------------ attribution

_SPEAKER = r"(?P<src>(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+){0,5}[A-Z][\w'’.\-]*|[Hh]e|[Ss]he|[Tt]hey|the \w+(?: \w+)?)"


@lru_cache(maxsize=1)
def _attribution_rx():
    verbs = _lex()["reporting"]
    return [
        re.compile(r"^\s*according to (?P<src>[^,]+),", re.I),
        re.compile(r",\s*according to (?P<src>[^,.;]+)", re.I),
        re.compile(r"[”\"»],?\s+" + _SPEAKER + r"\s+(?:also\s+)?(?P<cue>" + verbs + r")\b"),
        re.compile(r"[”\"»],?\s+(?P<cue>" + verbs + r")\s+" + _SPEAKER),
        re.compile(r",\s+" + _SPEAKER + r"\s+(?:also\s+)?(?P<cue>" + verbs + r")(?:\s+\w+){0,3}\s*[.!?]?$"),
        re.compile(r",\s+(?P<cue>said|says|told)\s+" + _SPEAKER + r"\s*[.!?]?$"),
        re.compile(r"^(?:[^,]*,\s+)?" + _SPEAKER + r"\s+(?:also\s+|on \w+\s+|has\s+|had\s+)?(?P<cue>" + verbs + r")\b"),
    ]


def _clean_source(src: str) -> str:
    src = src.strip(" ,.")
    src = re.sub(r"^(?:the|a)\s+", "", src, flags=re.I)
    return src


def _attribution(text: str, actors: list[Actor], ctx: _Context, sentence_no: int) -> Attribution | None:
    lex = _lex()
    m = lex["passive"].search(text)
    if m and m.start() < 40:
        cue = next(g for g in m.groups() if g) if m.groups() else m.group(0)
        return Attribution(None, cue.lower())
    for i, rx in enumerate(_attribution_rx()):
        m = rx.search(text)
        if not m:
            continue
        src = _clean_source(m.group("src"))
        cue = m.group("cue").lower() if "cue" in rx.groupindex else "according to"
        if not src:
            continue
        if src.lower() in ("he", "she", "they"):
            if ctx.last_speaker and sentence_no - ctx.last_speaker_sentence <= 3:
                return Attribution(ctx.last_speaker, cue)
            return Attribution(None, cue)
        if i == len(_attribution_rx()) - 1:
            # Subject-verb form: the subject must be a name, not "The document".
            if not src[:1].isupper() or src.split()[0] in ("It", "This", "That", "There", "Both", "Each"):
                continue
        ctx.last_speaker = src
        ctx.last_speaker_sentence = sentence_no
        # A surname that names a known person speaks as that person.
        if src in ctx.persons:
            ctx.last_speaker = src
        return Attribution(src, cue)
    return None


# ------------------------------------------------------------ places and topics

def _places(text: str, taken: list[tuple[int, int]]) -> list[str]:
    g = gazetteer()
    out: list[str] = []
    for m in re.finditer(r"\b(in|at|near|outside|inside|to)\s+(?:the\s+)?((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){0,3})", text):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            # "to Moscow" is a place; "to Ukraine" is more often a recipient.
            if cand in g.cities or (cand in g.country_names and m.group(1) != "to"):
                name = cand if cand in g.cities else g.display(g.country_names[cand])
                if name not in out:
                    out.append(name)
                break
    for m in re.finditer(r"\bin\s+the\s+(" + g.demonym_rx.pattern + r")\s+capital\b", text):
        iso3 = g.demonyms.get(m.group(2))
        cap = g.capitals.get(iso3 or "")
        if cap and cap not in out:
            out.append(cap)
    return out


def _topics(text: str) -> list[str]:
    return [t for t, rx in _lex()["topics"].items() if rx.search(text)]


def _quotes(text: str) -> list[str]:
    out = []
    for m in _QUOTES.finditer(text):
        q = next(g for g in m.groups() if g is not None).strip()
        if q and q not in out:
            out.append(q)
    return out


# ------------------------------------------------------------ the stage

def extract_claims(
    text: str,
    sentences: list[Sentence],
    *,
    published: str | None = None,
    reference_date: str | None = None,
) -> list[Claim]:
    ref = reference_day(published, reference_date)
    ctx = _Context()
    claims: list[Claim] = []
    for sent in sentences:
        for start, end in split_clauses(text, sent.start, sent.end):
            body = text[start:end]
            main = _main_clause(body)
            modality = _modality(main)
            polarity = _polarity(main)
            actors, taken = _find_actors(body, ctx)
            claim = Claim(
                id=f"c{len(claims) + 1}",
                text=body,
                start=start,
                end=end,
                paragraph=sent.paragraph,
                sentence=sent.number,
                kind=_kind(main, modality),
                modality=modality,
                polarity=polarity,
                actors=actors,
                attribution=_attribution(body, actors, ctx, sent.number),
                quotes=_quotes(body),
                dates=find_dates(body, ref),
                places=_places(body, taken),
                topics=_topics(body),
            )
            claims.append(claim)
    return claims


__all__ = ["extract_claims", "split_clauses", "DateRef"]

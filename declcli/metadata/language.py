"""Language: the page's language tag, or one told from the text."""

from __future__ import annotations

from .. import patterns
from .facts import Source

_UKRAINIAN_LETTER = patterns.compile(r"[іїєґ]")
_LATIN_WORD = patterns.compile(r"[a-zà-ÿ]+")
_LANGUAGE_TAG = patterns.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?")


def _guess_language(text: str) -> str | None:
    letters = [ch for ch in text[:5000] if ch.isalpha()]
    if not letters:
        return None
    cyr = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyr / len(letters) > 0.5:
        return "uk" if _UKRAINIAN_LETTER.search(text[:5000]) else "ru"
    words = _LATIN_WORD.findall(text[:5000].lower())
    if not words:
        return None
    stop = {
        "en": {"the", "and", "of", "to", "in", "is", "that", "was", "for", "with"},
        "de": {"der", "die", "und", "das", "nicht", "mit", "ist", "von", "den", "ein"},
        "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour"},
        "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una"},
        "pt": {"o", "os", "as", "e", "que", "do", "da", "em", "não", "uma"},
        "it": {"il", "di", "che", "e", "la", "per", "non", "gli", "della", "un"},
    }
    best, best_n = None, 0
    for lang, sw in stop.items():
        n = sum(1 for w in words if w in sw)
        if n > best_n:
            best, best_n = lang, n
    return best if best_n >= 3 else None


def _lang_tag(value: str | None) -> str | None:
    if not value:
        return None
    m = _LANGUAGE_TAG.match(value.strip())
    if not m:
        return None
    lang = m.group(1).lower()
    return f"{lang}-{m.group(2).upper()}" if m.group(2) else lang


# Where the language is read, in order (docs/output.md; a test checks it).
LANGUAGE_SOURCES = (
    Source("`<html lang>`", lambda f: [_lang_tag(f.hints.html_lang)]),
    Source("`content-language`", lambda f: [_lang_tag(f.meta.get("content-language"))]),
    Source("`og:locale`", lambda f: [_lang_tag(f.meta.get("og:locale"))]),
    Source("JSON-LD `inLanguage`", lambda f: [_lang_tag(f.ld_str("inLanguage"))]),
    Source("told from the text (script and common words)", lambda f: [_guess_language(f.text)]),
)

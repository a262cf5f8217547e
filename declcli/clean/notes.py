"""The writer's note that closes a story: a paragraph among the last ones
that opens with the name of one of the article's authors ("Eric Song is
IGN's deal curator …", "Mike Wall's book … is out now", "Roland Brockmann
und Sebastian Drescher waren …") is about the writer, not the story. The
authors are known only once the metadata stage has read the page, so this
runs after it, on the body text.
"""

from __future__ import annotations

from .. import patterns
from .state import _note

# How many of the story's last paragraphs are looked at: a bio closes the
# story, at most followed by a contact or follow line.
_TAIL = 3


# After the name, at least this many words: a name alone is a sign-off (a
# byline the metadata stage reads), not a note.
_NOTE_WORDS = 3


_WORD = patterns.compile(r"\w+")


def _opens_with(paragraph: str, name: str) -> bool:
    if not paragraph.startswith(name):
        return False
    rest = paragraph[len(name) :]
    if rest[:1].isalnum() or rest.lstrip()[:1] == ":":
        # The name runs on ("Anna" in "Annabel …"), or labels what its
        # writer says (an interview's question: "Maria Jensen: Why …?").
        return False
    return len(_WORD.findall(rest)) >= _NOTE_WORDS


def without_author_notes(text: str, forms: list, authors: list[str], removed: list | None = None) -> tuple[str, list]:
    """`text` (paragraphs split by blank lines) without the writer's notes
    among its last _TAIL paragraphs, never its first; `forms` (one per
    paragraph, or none) without theirs. Only full names (two words or more)
    are looked for: a first name alone opens many a sentence."""
    names = [n for n in authors if len(n.split()) >= 2]
    if not names:
        return text, forms
    paragraphs = text.split("\n\n")
    notes = {
        i for i in range(max(1, len(paragraphs) - _TAIL), len(paragraphs)) if any(_opens_with(paragraphs[i], n) for n in names)
    }
    if not notes:
        return text, forms
    for i in sorted(notes):
        _note(removed, "author note", paragraphs[i])
    kept = "\n\n".join(p for i, p in enumerate(paragraphs) if i not in notes)
    if len(forms) == len(paragraphs):
        forms = [f for i, f in enumerate(forms) if i not in notes]
    return kept, forms

"""The writer's note that closes a story: a paragraph among the last ones
that opens with the name of one of the article's authors ("Eric Song is
IGN's deal curator …", "Mike Wall's book … is out now", "Roland Brockmann
und Sebastian Drescher waren …") is about the writer, not the story. The
authors are known only once the metadata stage has read the page, so this
runs after it, on the body text.
"""

from __future__ import annotations

from functools import lru_cache

from .. import patterns
from ..lexicon import load
from .state import _note
from .vocab import _vocab

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


# A name on a line of its own: two to five words, each capitalised but for
# the particles of a name, letters and a name's marks only.
_NAME_WORDS = (2, 5)
_NAME_MARKS = frozenset(" .-'’")  # "Dr. Anne-Marie O’Neil": no colon, comma nor digit


@lru_cache(maxsize=1)
def _name_particles() -> frozenset:
    """The lower-case words of a name ("von der", "de la"): metadata.json's list, as bylines read it."""
    return frozenset(load("metadata")["name_particles"])


def _name_line(paragraph: str) -> bool:
    words = paragraph.split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or paragraph.endswith("."):
        return False
    return all(w[:1].isupper() or w in _name_particles() for w in words) and all(
        ch.isalpha() or ch in _NAME_MARKS for ch in paragraph
    )


def _bio_notes(paragraphs: list[str]) -> set[int]:
    """The writer's bio among the last _TAIL paragraphs, whoever the byline
    names (a guest writer): the writer's name on a line of its own followed by
    the bio that opens with the name again or runs on from it, with a verb
    of what the writer is or does ("Jörg Staff" / "Jörg Staff ist Mitglied des
    Vorstands …", "Dr. Thomas Schulte" / "ist Gründungspartner der Kanzlei
    …"), both dropped: a heading repeated by its paragraph ("Mehr
    Sicherheit" / "Mehr Sicherheit für …") does not go on so; or a bio
    that names the writer by role ("Der Autor ist Professor an …")."""
    role, verb = _vocab()["writer_bio"], _vocab()["writer_bio_verb"]
    notes: set[int] = set()
    for i in range(max(1, len(paragraphs) - _TAIL), len(paragraphs)):
        bio, name = paragraphs[i], paragraphs[i - 1]
        if len(_WORD.findall(bio)) < _NOTE_WORDS:
            continue
        if role.match(bio):
            notes.add(i)
        elif _name_line(name) and (
            bio.startswith(name + " ") and verb.match(bio[len(name) + 1 :]) or bio[:1].islower() and verb.match(bio)
        ):
            notes.update(j for j in (i - 1, i) if j >= 1)
    return notes


def without_author_notes(text: str, forms: list, authors: list[str], removed: list | None = None) -> tuple[str, list]:
    """`text` (paragraphs split by blank lines) without the writer's notes
    among its last _TAIL paragraphs, never its first; `forms` (one per
    paragraph, or none) without theirs. Only full names (two words or more)
    are looked for: a first name alone opens many a sentence. A bio of a
    writer the byline does not name goes too (_bio_notes)."""
    names = [n for n in authors if len(n.split()) >= 2]
    paragraphs = text.split("\n\n")
    notes = {
        i for i in range(max(1, len(paragraphs) - _TAIL), len(paragraphs)) if any(_opens_with(paragraphs[i], n) for n in names)
    } | _bio_notes(paragraphs)
    if not notes:
        return text, forms
    for i in sorted(notes):
        _note(removed, "author note", paragraphs[i])
    kept = "\n\n".join(p for i, p in enumerate(paragraphs) if i not in notes)
    if len(forms) == len(paragraphs):
        forms = [f for i, f in enumerate(forms) if i not in notes]
    return kept, forms

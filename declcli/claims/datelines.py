"""The dateline that opens a paragraph or a claim: "HANOI, Vietnam (AP) —",
"Washington, DC, United States:", "Hong Kong (CNN Business)", "ASTANA, March 4 (Reuters) - ".

Its place is where the story was filed, not a party to it: the actors leave
its town out of a claim's actors (keeping it as a place) and list its country
as a country named as a place (GUIDE decisions 9, 181), and the agreements cut
it off before parsing, where the parser would take its city for the subject of
the first verb.
"""

from __future__ import annotations

from .. import patterns
from .dates import _MONTH_WORD

_DATELINE = patterns.compile(
    r"""(?x)
    # "HANOI", "Washington, DC, United States", "BRUSSELS/LONDON", "Rio de Janeiro, Brazil": capitalised
    # words, comma- or slash-separated or not, with a place name's lower-case particles.
    # The place may be left out where the agency opens the paragraph: "(CNN) President …", "(Reuters) — The".
    (?: (?P<place> [A-Z][\w.'’-]* (?: (?: ,?\ | / ) (?: (?:de|da|do|del|des|la|el|al|es|di)\ )? [A-Z][\w.'’-]* ){0,5} )
    # The wire's date after the place: "ASTANA, March 4 (Reuters) -", "WASHINGTON, Nov. 19, 2019 —",
    # "GENEVA, 20 November 2019 –".
    (?: ,\ (?P<date> (?: """
    + _MONTH_WORD
    + r"""\ \d{1,2} (?: ,\ \d{4} )? | \d{1,2}\ """
    + _MONTH_WORD
    + r""" (?: \ \d{4} )? ) ) )? )?
    # "(AP)", "(CNN Business)".
    (?: \s* \( (?P<agency> [A-Z][\w.&'\ -]{0,30} ) \) )?
    \s*
    # A dash, a colon, or after an agency the text going on: "(Reuters) The".
    (?P<mark> [—–] | --?(?=\ ) | :(?=\ ) | (?<=\))(?=\ [A-Z“"]) )"""
)


def dateline_end(text: str, start: int = 0, end: int | None = None) -> int:
    """The offset where a dateline opening `text[start:end]` ends (after its
    mark), else -1."""
    m = _DATELINE.match(text, start, len(text) if end is None else end)
    if m is None:
        return -1
    place = m.group("place")
    if place is None:
        # "(CNN) President Donald Trump …": the agency alone, which needs its brackets first in the paragraph
        return m.end() if m.group("agency") and text[m.start()] == "(" else -1
    head = place.split(",")[0].split()[0]
    # Without an agency, only a capitalised city ("HANOI —") or a place list ("Washington, DC, United
    # States:") is a dateline: "Trump: …" or "Mike Pompeo —" are not.
    if not (m.group("agency") or (head.isupper() and len(head) > 2) or "," in place):
        return -1
    return m.end()

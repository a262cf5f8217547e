"""Polarity of "with no" phrases and "with" absolute clauses, session 47 (h47modpol).

- "The council closed the pool, with no word to the swimmers": a verbless "with no" + noun phrase set off by a comma or
  dash after the main clause is an adverbial phrase of that clause, its listed "no" makes the unit negative (GUIDE
  decisions 186, 912), also where it hangs under the verb the main verb takes as its complement ("lets clinics run …,
  with no extra staff"), and where the parser hangs it on a noun of a list when it closes the sentence.
- A bare adverb or phrase after the noun makes no absolute clause ("…, with no one around", "…, with no doctor on
  board", "…, with no conditions whatsoever"): still verbless, negative (decisions 186, 593, 912).
- Not a "with no" phrase without a comma ("an office with no windows": a noun's modifier, decision 39), nor one in a
  bracket on a noun, nor one hung on a lone noun that it may describe ("wrote about the 40 towns, with no water
  supply": decisions 487(a), 593), nor a "with" absolute clause whose noun has a participle of its own ("…, with no
  extras included"): positive (decision 912).
- "…, with neither the chair nor her deputy saying why": the "neither … nor" in the subject of a "with" absolute clause
  does not count either (decision 912), also where the parser tags the participle after "having" as a past.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _polarities(text):
    return [c.polarity for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 47: the verbless "with no" phrase appended after a comma or dash
        ("The owner shut two stores and let go of the managers — his oldest friends — with no word of thanks.", "negative"),
        ("Anyone may join the choir—with no audition—and sing at the spring concert.", "negative"),
        ("Thanks for fixing the roof so fast, with no fuss at all.", "negative"),  # (on a verbless claim head)
        # fail before the mend: on the first noun of a list, under the main verb's complement, and a bare adverb or
        # phrase after the noun, which makes no predicate
        ("Our roster lists 12 painters, nine sculptors and four potters, with no women again.", "negative"),
        ("The tool lets clinics run the tests twice as fast as older kits, with no extra staff.", "negative"),
        ("They drove through the valley at night, with no one around.", "negative"),
        ("The ferry left port, with no doctor on board.", "negative"),
        ("The court freed the activist, with no conditions whatsoever.", "negative"),
        # near misses: a noun's modifier, a bracket on a noun, a lone noun the phrase may describe, an absolute clause
        ("She rented a studio with no windows.", "positive"),
        ("The shop shows its stock online (photos and prices, with no reviews).", "positive"),
        ("He wrote about the 40 towns, with no water supply.", "positive"),
        ("The agency quoted a fee of $80, with no travel or other costs included.", "positive"),
        ("The board ended the contract, with no one answering the phone.", "positive"),
    ],
)
def test_appended_with_no_phrase(text, expected):
    assert _polarities(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 47: the "neither … nor" inside the "with" absolute clause was read as the statement's
        ("The vote was delayed, with neither the chair nor her deputy saying why.", "positive"),
        # fail before the mend: the participle after "having" tagged as a past
        ("The reasons stayed unclear, with neither the mayor nor the police having explained them.", "positive"),
        # near miss: a "neither … nor" pairing two phrases of the main clause's own
        ("The museum shows the coins neither in the main hall nor in the annex.", "negative"),
    ],
)
def test_neither_nor_inside_a_with_absolute(text, expected):
    assert _polarities(text)[0] == expected

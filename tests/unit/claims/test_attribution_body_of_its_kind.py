"""Attribution, session 35: "the court said", "the alliance said" stand for a body of that kind (GUIDE decision 4 and
the attribution section: a body the article does not name is written as its noun phrase).

- A noun of a kind that bodies carry in their own names (claims.json `named_kind_org_nouns`: court, alliance,
  committee, ministry …) stands for no other organisation named before it: "Kremlin critic X … The court ruled" is the
  court, not the Kremlin.
- Where the text named a body of that kind, the noun stands for it ("the National Alliance for Peace … the alliance
  said"), also where another body was named after it.
- A noun any body may be called by ("the company said") still stands for the body named last, and a short form the
  kind cannot be read from ("NASA … the agency said") still fits."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_COURT_AFTER_ANOTHER_BODY = (
    "Kremlin critic Ann Lee has been freed from jail pending an appeal.\n\n"
    "The court ruled that keeping her in custody would be unfair."
)
_COURT_AFTER_A_BANK = "Fans of Acme Bank rallied outside. The court ruled that the fee was legal."
_ALLIANCE_NAMED_BEFORE = (
    "Thousands marched in Cairo for the National Alliance for Peace. Acme Bank closed its doors.\n\n"
    '"Come out and march," the alliance said in a statement.'
)
_COMPANY = "Acme Bank said profits fell. The company said it would cut jobs."
_AGENCY_BY_SHORT_FORM = "NASA launched a probe. The agency said it would reach Mars in May."


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fail before session 35: the organisation named last (Kremlin, Acme Bank)
        (_COURT_AFTER_ANOTHER_BODY, "The court ruled", ("court", "ruled")),
        (_COURT_AFTER_A_BANK, "The court ruled", ("court", "ruled")),
        (_ALLIANCE_NAMED_BEFORE, "the alliance said", ("National Alliance for Peace", "said")),
        # held before and after
        (_COMPANY, "The company said", ("Acme Bank", "said")),
        (_AGENCY_BY_SHORT_FORM, "The agency said", ("NASA", "said")),
    ],
)
def test_body_described_by_its_kind(text, words, expected):
    claim = next(c for c in _claims(text) if words in c.text)
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.cue) == expected

"""Attribution, session 35: "the court said", "the alliance said" stand for a body of that kind (GUIDE decision 4 and
the attribution section: a body the article does not name is written as its noun phrase).

- A noun of a kind that bodies carry in their own names (claims.json `named_kind_org_nouns`: court, alliance,
  committee, ministry …) stands for no other organisation named before it: "Kremlin critic X … The court ruled" is the
  court, not the Kremlin.
- Where the text named a body of that kind, the noun stands for it ("the National Alliance for Peace … the alliance
  said"), also where another body was named after it.
- A noun any body may be called by ("the company said") still stands for the body named last, and a short form the
  kind cannot be read from ("NASA … the agency said") still fits.

Session 36: in a paragraph that names no body, "the company said", "the league said", "the association said" stand for
the body of that kind the text named before, not for the bare noun.

- An earlier definite use of the noun ("will run the company from Ohio", "the company's new plan") brings in no other
  body: only one brought in unnamed ("a small association", "one company") or by whose it is ("Dr Reyes's team") keeps
  the noun to itself, and "the government" used before stays the state's own body.
- A kind bodies carry in their names ("the league", "the association") is read back too, to the last body of that kind
  (a short form such as "NFL", a name with the noun), not clubs named after it."""

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

_COMPANY_USED_BEFORE = (
    "Dana Reyes was named chief executive of Acme Motors on Monday and will run the company from Ohio.\n\n"
    "The company said sales rose in May."
)
_LEAGUE_AFTER_ITS_CLUBS = (
    "Fans booed the NFL on Sunday after the Denver Hawks lost to the Austin Owls.\n\n"
    "The league said the final play would be reviewed."
)
_ASSOCIATION_NAMED_BEFORE = (
    "Dana Reyes spoke to the Ohio Nurses Association on Monday.\n\nThe association said pay would rise in May."
)
_ASSOCIATION_BROUGHT_IN_UNNAMED = (
    "Dana Reyes, who works at Acme Motors, joined a small association last year.\n\nThe association said pay would rise."
)
_TEAM_BROUGHT_IN_BY_ITS_HEAD = (
    "Dr Dana Reyes of Acme Labs led the work. Reyes's team grew the cells in May.\n\n"
    "The team said the cells grew faster than expected."
)
_GOVERNMENT_USED_BEFORE = (
    "Dana Reyes, who works at Acme Bank, wrote to the government last year.\n\n"
    "Schools now serve lunch to a million children, according to the government."
)


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
        # fail before session 36: the bare noun ("company", "league", "charity")
        (_COMPANY_USED_BEFORE, "The company said", ("Acme Motors", "said")),
        (_LEAGUE_AFTER_ITS_CLUBS, "The league said", ("NFL", "said")),
        (_ASSOCIATION_NAMED_BEFORE, "The association said", ("Ohio Nurses Association", "said")),
        # held before and after: a body the text brought in unnamed, or by whose it is, is that one
        (_ASSOCIATION_BROUGHT_IN_UNNAMED, "The association said", ("association", "said")),
        (_TEAM_BROUGHT_IN_BY_ITS_HEAD, "The team said", ("team", "said")),
        (_GOVERNMENT_USED_BEFORE, "according to the government", ("government", "according to")),
    ],
)
def test_body_described_by_its_kind(text, words, expected):
    claim = next(c for c in _claims(text) if words in c.text)
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.cue) == expected

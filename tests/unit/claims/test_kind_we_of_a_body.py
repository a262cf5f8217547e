"""Kind of a "we" with a frame of possibility that the text does not show to be the writer with the readers or people
in general: a company's, newsroom's, department's or club's "we" set as text, or a speaker's "we" reported without
quotation marks or in the middle of a quotation, is the body that acts, a specific party, and keeps its commitment
(GUIDE decisions 911, 652(a)); a quoted "we" and a named party do too."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claim_of(text, sentence, published="2024-03-05"):
    """The claim that reads `sentence` of `text`."""
    claims = [c for c in extract_claims(text, split_sentences(text), published=published) if sentence in c.text]
    assert claims, (text, sentence)
    return claims[0]


# (text, the sentence of "we"): a body's "we", no "we" of people in general
BODYS_WE = (
    (
        "Northwind Logistics opened a new depot in Leeds this week. We can now offer next-day delivery to every customer.",
        "We can now offer next-day delivery",
    ),
    (
        "This newspaper has obtained the list of officials who took the payments. We may publish the names next week.",
        "We may publish the names",
    ),
    (
        "Statement from the Department of Transport. We may close the northern rail line for repairs in July.",
        "We may close the northern rail line",
    ),
    (
        "Meridian Bank said on Tuesday that it regretted the outage. We cannot refund the fees charged before March.",
        "We cannot refund the fees",
    ),
    (
        "Asked about the strike, the union leader said we could shut down every port by Monday.",
        "we could shut down every port",
    ),
    (
        "“We have checked every valve. We can restart the turbines on Monday. Nobody was ever at risk,” the plant manager said.",
        "We can restart the turbines",
    ),
    ("We can't let the council sell the park, residents say.", "We can't let the council"),
    # near misses of the dropped rule, guards: a quoted "we" and named parties
    ("“We can open the new clinic in June,” the hospital's director said.", "We can open the new clinic"),
    ("Under the new lease, the Dunmore Rowing Club can use the boathouse from May.", "Dunmore Rowing Club can use"),
    ("The council could close the bridge next week.", "The council could close"),
)


@pytest.mark.parametrize(("text", "sentence"), BODYS_WE)
def test_a_bodys_or_a_speakers_we_able_to_act_keeps_its_commitment(text, sentence):
    claim = claim_of(text, sentence)
    assert (claim.kind, claim.modality) == ("commitment", "possibility")

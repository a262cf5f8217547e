"""A unit that gives no claim still tells the country of a person it names: a photo caption above the body
("Finance Minister Jan Holm of Norway speaks in Oslo"), whose person the body then names by surname. The caption is
the page's furniture (no claim), yet the article's text about the person (the GUIDE's actors section)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_CAPTION = "Finance Minister Jan Holm of Norway speaks to reporters in Oslo on Monday. (Dana Lee/Gazette)"
_BODY = (
    "The government will cut the tax on electric ferries from next year, the finance ministry announced on Monday.\n\n"
    "Holm said the cut would cost the treasury about 2 billion crowns a year.\n\n"
    "Ferry operators welcomed the plan, which parliament is expected to approve in June."
)


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _holm(claims):
    return [a for c in claims for a in c.actors if a.type == "person" and a.name.endswith("Holm")]


def test_a_caption_gives_no_claim_but_its_stated_country_carries_to_the_body():
    claims = _claims(_CAPTION + "\n\n" + _BODY)
    assert not any("speaks to reporters" in c.text for c in claims)
    holm = _holm(claims)
    assert holm and all(a.country == "NOR" for a in holm)


def test_without_the_caption_the_body_states_no_country_for_the_person():
    # guard: the country comes from the caption, not from the body's own words
    holm = _holm(_claims(_BODY))
    assert holm and all(a.country != "NOR" for a in holm)

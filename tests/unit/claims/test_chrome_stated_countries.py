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


def test_a_caption_without_a_country_still_gives_the_body_its_persons_full_name():
    # fails at 1e435421 ("Holm"): the caption's full name is the fullest the article has written (decision 416;
    # rev35c's finding 4)
    caption = "Finance Minister Jan Holm speaks to reporters in Oslo on Monday. (Dana Lee/Gazette)"
    holm = _holm(_claims(caption + "\n\n" + _BODY))
    assert holm and all(a.name == "Jan Holm" for a in holm)


def test_a_caption_without_a_verb_states_its_persons_country():
    # fails at 1e435421 (("Holm", None)): a caption with no common word is no title-case headline (rev35c's finding 5)
    holm = _holm(_claims("Finance Minister Jan Holm of Norway (Photo: Dana Lee/Gazette)\n\n" + _BODY))
    assert holm and all((a.name, a.country) == ("Jan Holm", "NOR") for a in holm)


def test_a_teaser_naming_a_namesake_by_surname_states_nothing_of_the_bodys_person():
    # fails at 1e435421 (ESP): "Spain's Lopez" in a teaser for another story is not the body's Maria Lopez (decision
    # 547; rev35c's finding 3)
    text = (
        "Coach Maria Lopez has named an unchanged side for Saturday's cup final against Portville.\n\n"
        "Lopez said her players had recovered well from the semi-final.\n\n"
        "READ MORE: Spain's Lopez wins Madrid Open after three-set thriller\n\n"
        "The final kicks off at 3pm at the harbour ground.\n\n"
        "Lopez added that the club would decide on her contract in the summer."
    )
    lopez = [a for c in _claims(text) for a in c.actors if a.type == "person" and a.name.endswith("Lopez")]
    assert lopez and all(a.country is None for a in lopez)


def test_a_title_case_headline_whose_verb_the_model_took_for_a_name_gives_no_person():
    # guard: "Launches" read as a name leaves the headline no common word; its run-together name is no person
    text = "American Harbour Guild Launches Dana Lee Rowing Scholarships\n\n" + _BODY
    assert not any(a.name.endswith("Scholarships") for c in _claims(text) for a in c.actors)

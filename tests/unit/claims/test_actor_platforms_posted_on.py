"""Actor precision: a platform the article has named as a body before, named again after "on", "via", "across" or
"through" as where things are posted, run or read ("advertising on Facebook", "on Facebook and Twitter"), is no
actor (GUIDE decision 19), also where the model leaves it unmarked; the platform acting, or bearing a pressure or a
measure ("pressure on Facebook"), stays an organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def organisations_by_unit(text):
    return [
        [a.name for a in c.actors if a.type == "organization"]
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


STORY = (
    "Facebook said on Monday that it would change its advertising rules. "
    "Marketers who buy advertising on Facebook will see new prices next month. "
    "The bakery shares its recipes in its newsletter, as well as on Facebook and Twitter. "
    "Regulators put pressure on Facebook to change the rules."
)


def test_a_platform_named_as_where_things_are_posted_is_no_actor():
    units = organisations_by_unit(STORY)
    assert units[1] == [] and units[2] == [], units


def test_the_platform_acting_or_pressed_stays_an_organisation():
    units = organisations_by_unit(STORY)
    assert units[0] == ["Facebook"] and units[3] == ["Facebook"], units


def test_a_platform_a_ruling_is_on_or_relied_on_stays_an_organisation():
    # (GUIDE decisions 19, 243: only where something is posted; the party ruled on or relied on takes part)
    units = organisations_by_unit(
        "Facebook said it would appeal. The court ruled on Facebook on Friday. "
        "Bakeries in Harlow rely heavily on Facebook for orders, the survey found."
    )
    assert units == [["Facebook"], ["Facebook"], ["Facebook"]], units

"""Actor precision: a platform the model leaves unmarked, named as where a thing was posted ("a photo she posted to
Facebook", "shared the clip to Facebook") or as what a page is on ("her Facebook page"), is no participant (GUIDE
decision 19), also after the article has named it as a body; the platform acting, or the one a party works for, stays
an organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_platform_posted_to_is_no_reporter():
    units = actors_by_unit(
        "The baker uploaded the recipe to Facebook before dawn, and by noon it had been copied widely.\n\n"
        "Readers argued over the icing in the comments under his Facebook post."
    )
    assert all(unit == [] for unit in units), units


def test_a_page_on_a_platform_the_article_named_as_a_body_is_no_body():
    units = actors_by_unit(
        "Facebook reported a loss of $2 billion on Monday.\n\n"
        "A nurse in Leeds said angry messages piled up on her Facebook page within hours.\n\n"
        "She had shared the picture to Facebook on Sunday."
    )
    assert units[0] == [("Facebook", "organization")], units
    assert units[1:] == [[], []], units


def test_the_platform_acting_or_employing_stays_an_organisation():
    units = actors_by_unit(
        "Facebook said on Monday that it would hire 300 moderators in Dublin.\n\n"
        "A former engineer who now works for Facebook said the rules had changed."
    )
    assert units == [[("Facebook", "organization")], [("Facebook", "organization")]], units


def test_the_companys_own_things_keep_the_company_after_it_was_named():
    units = actors_by_unit(
        "Facebook reported a loss on Monday.\n\n"
        "Facebook shares fell 5 percent on Tuesday.\n\n"
        "Facebook stock fell 5 percent on Tuesday.\n\n"
        "The Facebook lawsuit was filed in Texas by the state."
    )
    assert all(("Facebook", "organization") in unit for unit in units), units


def test_an_unmarked_platform_shared_to_is_no_party():
    # (the object of "to", a party's preposition, after a verb of posting: where the clip was posted)
    units = actors_by_unit("She shared the clip to Reddit on Friday night.\n\nHe uploaded the song to Tumblr at dawn.")
    assert units == [[], []], units

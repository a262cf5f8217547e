"""A verb of describing, portraying, judging or welcome with an object and "as" + a label, where the parser hung the "as"
phrase on a clause inside the object (a relative clause, a participle or an infinitive on it) and the label is in
quotation marks: the label is said of the whole object, so the holder is the source and the verb the cue (GUIDE decisions
123, 172, 211, 532, 699(a)). "characterize(d)/characterise(d) X as Y" is a portrayal verb like decision 172's, with
decision 123's `{source: null}` for its passive with no holder named. Not an "as" that is the inner clause's own (no
quotation marks), nor a judgement not made (negated), nor the writer's "we" (decision 25). Invented text."""

import pytest
from test_attribution_made_clear import attributions  # (the claims' (source, cue) pairs of an invented text)

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The mayor described the road where the crash happened as "a death trap".', ("mayor", "described")),
        (
            'The envoy described the comments made by Hale as "tired, baseless remarks" and challenged him to show proof.',
            ("envoy", "described"),
        ),
        (
            'Analysts have characterized the ability to keep work files apart from home files as the "holy grail" of backups.',
            ("Analysts", "characterized"),
        ),
        (
            "Seoul welcomed the decision to reopen the border as 'very significant', with its spokesman saying it helped.",
            ("Seoul", "welcomed"),
        ),
        ('The mayor dismissed the audit that the council ordered as "a political stunt".', ("mayor", "dismissed")),
        # "characterize" is a portrayal verb (decision 172), active or passive with its holder after "by"
        ("The union characterized the deal as a betrayal of dock workers.", ("union", "characterized")),
        ("The dockers' union characterised the new toll as a tax on islanders.", ("dockers' union", "characterised")),
        ("The deal has been characterised by the union as a betrayal.", ("union", "characterised")),
        # with no holder named (decision 123)
        ("The toll was characterized as a tax on islanders.", (None, "characterized")),
    ],
)
def test_a_label_after_a_clause_in_the_object(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the "as" is the inner clause's own: no label given to the object
        "The mayor dismissed the audit that the council ordered as a precaution.",
        "The board praised the decision to use the town hall as a shelter.",
        "The club dismissed the player who joined as a teenager.",
        "The mayor described the road where the crash happened as a child.",
        # a judgement not made, the writer's own, or no "as" at all
        "The union did not characterize the deal as a betrayal.",
        "We characterized the deal as a betrayal.",
        "The firm characterized its new ferry engines.",
    ],
)
def test_no_label_given(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # a reporting verb that is no verb of describing: an announced or confirmed plan is no label of its announcer's
        # (decision 2), even where its inner clause ends in "as" + a quoted name
        'The port authority confirmed a scheme to designate the old quay as a "green belt".',
        'The regulator reported a change that would reclassify the pills as a "prescription medicine".',
        'The department revealed a bid to rebrand the festival as "Summer Lights".',
    ],
)
def test_no_label_for_a_verb_that_only_reports(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # the inner verb takes "as" + a role, name or class itself (claims.json `own_as_complement_lemmas`): the outer
        # verb with its object alone is an act (decisions 2, 532, 699(a))
        'Birdwatchers welcomed the decision to list the owl as "vulnerable".',
        'The mayor praised the move to register the choir as a "community group".',
        'Residents rejected the proposal to rename the square as "Unity Plaza".',
        'The head teacher praised the parent who volunteered as a "lunch helper".',
        'The bishop praised the widow who served as a "parish visitor".',
        'The dean welcomed the nurse who enrolled as a "part-time student".',
    ],
)
def test_the_inner_verbs_own_as_leaves_an_act(text):
    claim = extract_claims(text, split_sentences(text), published="2024-03-05")[0]
    assert (claim.attribution, claim.kind) == (None, "event")


@pytest.mark.parametrize(
    "text",
    [
        'The leaflet described the barn that doubles as a "village cinema".',
        'The judge described the two women who posed as "charity collectors".',
        'The report described the council\'s plan to classify the lane as a "quiet road".',
    ],
)
def test_the_inner_verbs_own_as_gives_no_description(text):
    assert attributions(text)[0] is None

"""Actor precision: the journal a work was published in is where it appeared, no actor (GUIDE decision 19), however the
sentence names it: after "published in", before its venue's noun or after "issue of"; a journal that acts stays one."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actor_names(text):
    return {a.name for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors}


@pytest.mark.parametrize(
    ("text", "journal_word"),
    [
        ("The results were published in the Journal of the Royal Kestrel Institute on Monday.", "Journal"),
        ("The study, published in the June issue of Harlow Affairs, is based on data from 4,000 patients.", "Affairs"),
        ("The summit coincides with the publication in The Lancet medical journal of a series of studies.", "Lancet"),
        ("The study appeared in the Journal of Kestrel Medicine last week.", "Journal"),
        ("The two papers were published in the Journal of Kestrel Finance and the Review of Harlow Studies.", "Harlow"),
        (
            "The results, published this week in the Proceedings of the Kestrel Academy of Sciences, show that bees sleep.",
            "Academy",
        ),
    ],
)
def test_the_journal_a_work_appeared_in_is_no_actor(text, journal_word):
    assert not any(journal_word in name for name in actor_names(text))


def test_guard_a_journal_that_acts_stays_an_actor():
    assert "Lancet" in actor_names("The Lancet published the study in 2019 and retracted it a year later.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a person appearing before a court or a parliament: an act before that body, no work in a journal
        (
            "The opposition leader appeared in the Harlow District Court on Tuesday, where a judge extended his detention.",
            "Harlow District Court",
        ),
        ("The defence minister appeared in the Kestrel Parliament on Wednesday to defend the budget.", "Kestrel Parliament"),
    ],
)
def test_guard_a_court_a_person_appeared_in_stays_an_actor(text, body):
    assert body in actor_names(text)

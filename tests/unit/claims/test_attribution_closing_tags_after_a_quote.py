"""Attribution, session 40 (h40attrmiss): speaker tags after a quote that the parse hides.

A tag that gives the person's title before the name:

'"…," lead author Dr. Dana Lee, of the state health department, said in a release.' / '"…," study co-author Dana Lee,
a professor of botany, told the paper.': the parser may read the title's first word ("lead", "study") as a verb, hang the
quote on it and leave the tag's own verb without a subject; the speaker is still the person named (GUIDE decision 2's
tag), and the quote's next sentences keep that speaker.

A tag whose speaker is a pronoun that picks one out ('"…," another replies.'), where the tagger read the verb as a plural
noun and the pronoun as its determiner: the pronoun is the source as written (GUIDE decision 44)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _attribution(text, words):
    attribution = next(c.attribution for c in _claims(text) if words in c.text)
    return (attribution.source, attribution.cue) if attribution is not None else None


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # fails before session 40: "lead" read as a verb with the quote as its clause, "said" left with no speaker
        (
            '"We suspect the well water was contaminated by a worker," lead author Dr. Tom Baker, of the State '
            "Department of Health, said in a news release.",
            "well water",
            "Tom Baker",
        ),
        (
            '"The well water was bad," lead author Tom Baker, of the State Department of Health, said.',
            "well water",
            "Tom Baker",
        ),
        (
            '"The well water was bad," lead author Tom Baker, a chemist, said.',
            "well water",
            "Tom Baker",
        ),
    ],
)
def test_a_title_before_the_name_in_a_closing_tag(text, words, source):
    assert _attribution(text, words)[0] == source


_QUOTE_GOES_ON = (
    "A clinic in the valley studied the outbreak for a year.\n\n"
    '"We suspect the salad was contaminated by a cook who carried the bacteria," lead author Dr. Tom Baker, of the '
    'State Department of Health, said in a journal news release. "The salad probably was not kept cold enough."'
)


def test_the_quote_after_a_titled_tag_keeps_its_speaker():
    # fails before session 40: neither sentence of the quote had a source
    assert _attribution(_QUOTE_GOES_ON, "contaminated by a cook")[0] == "Tom Baker"
    assert _attribution(_QUOTE_GOES_ON, "not kept cold enough")[0] == "Tom Baker"


def test_a_relative_clause_between_the_name_and_the_verb_still_describes_the_titled_speaker():
    # review rev40e: "who runs the lab", set off by commas, describes the speaker, as it does without the title
    # (GUIDE decision 2); before, the tag named no one
    text = '"The well water was bad," lead author Tom Baker, who runs the lab, said.'
    assert _attribution(text, "well water")[0] == "Tom Baker"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fails before session 40: "replies" tagged a noun with "another" as its determiner, the tag left with no speaker
        (
            '"The ferry is late again," one rider wrote.\n\n"Ferries do not run on time here," another replies.',
            "run on time",
            ("another", "replies"),
        ),
        ('"Ferries do not run on time here," another replies.', "run on time", ("another", "replies")),
    ],
)
def test_an_indefinite_speaker_the_tagger_made_the_determiner_of_the_tags_verb(text, words, expected):
    assert _attribution(text, words) == expected


def test_a_weekday_after_a_titled_tags_verb_is_no_speaker():
    # review rev40e: '…, said Monday.' gave the tag's speaker as "Monday", the day it was said
    text = (
        '"We suspect the milk was sold after its date," lead author Dr. Sam Porter, of the State Department of Health, '
        "said Monday."
    )
    assert _attribution(text, "milk was sold")[0] == "Sam Porter"

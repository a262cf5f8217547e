"""Attribution (invented text): a speaker named right before a reporting verb that heads its sentence is its source,
also where the parser hung the name elsewhere and left the verb no subject: a person after an opening phrase with no
comma and an age set off by commas ("At a hearing on Tuesday Staff Sgt Dana Lee, 42, admitted …"), a subject before the
verb's auxiliary and adverbs set off by commas ("The ministry has, meanwhile, said …"), a name after a title before an
auxiliary and a time ("… Dr Grace Wanjiru has over the past few weeks repeatedly warned …"), and a surname the tagger
read as a modal ("Can said …" after "Osman Can"). Who said it is its source (the GUIDE's attribution section; a time
between the source and its verb is no part of it, decision 517). A sentence whose verb has a subject of its own, or
whose speaker is not right before the verb, keeps its reading."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At a court hearing on Tuesday Staff Sgt Dana Whitfield, 42, admitted stealing rifles from the armory.",
            ("Dana Whitfield", "admitted"),
        ),
        (
            "At a press briefing on Monday Colonel Mark Ostrander, 51, said the base would reopen.",
            ("Mark Ostrander", "said"),
        ),
        ("The ministry has, meanwhile, said that the border will stay open.", ("ministry", "said")),
        (
            "Kenya's Minister of Health Dr Grace Wanjiru has over the past few weeks repeatedly warned that clinics are"
            " running out of vaccines.",
            ("Grace Wanjiru", "warned"),
        ),
    ],
)
def test_a_speaker_the_parser_hung_elsewhere_is_the_source(text, expected):
    source, cue = attributions(text)[0]
    assert cue == expected[1]
    assert source is not None and source.endswith(expected[0])


def test_a_surname_read_as_a_modal_is_the_person_named_before():
    text = "Osman Can, a law professor, leads the new party. Can said the party's board will meet in Ankara tomorrow."
    assert attributions(text)[-1] == ("Osman Can", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Saturday inspectors, speaking on condition of anonymity, said the dam had cracked.", ("inspectors", "said")),
        ("On Sunday auditors, citing missing invoices, said the accounts were false.", ("auditors", "said")),
        ("On Friday senators, voting late at night, said the budget would be cut.", ("senators", "said")),
        ("On Monday engineers, working with the navy, concluded that the hull had failed.", ("engineers", "concluded")),
        ("In April scientists, using satellite data, found that the ice shelf had thinned.", ("scientists", "found")),
        ("On Sunday Abernethy, the club's goalkeeper, said the pitch was flooded.", ("Abernethy", "said")),
        ("At trial in 2017 Marlow, then 41, testified that he had signed the lease.", ("Marlow", "testified")),
    ],
)
def test_the_source_is_the_phrase_without_the_date_before_it_or_the_words_after_it(text, expected):
    # (GUIDE decision 517: the noun phrase without the time; the description set off by commas is no part of it)
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's own subject: unchanged
        ("The FDA has, however, found that the rate of infections is falling.", ("FDA", "found")),
        ("This week KTL announced it had doubled the capacity of its battery cells.", ("KTL", "announced")),
        # no speaker before the verb at all: no source made up
        ('"We will be back," said nobody at all.', None),
    ],
)
def test_near_misses_keep_their_reading(text, expected):
    found = attributions(text)[0]
    if expected is None:
        assert found is None or found[0] is None
    else:
        assert found == expected

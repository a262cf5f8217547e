"""Page furniture read as claims: a point's label opening its paragraph ("Secondly, inflation rates.", GUIDE decision
169), a page's notice of the story's age above the headline (decisions 11, 88), a sign-up line for several newsletters
and a pointer to more of a series' features (decisions 11, 38, 227), and a long question headline in title case whose
words the tagger reads as names (decision 88)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def texts_of(text, published="2024-03-05"):
    return [c.text for c in extract_claims(text, split_sentences(text), published=published)]


POINTS = (
    "The harbour faces three risks this year, pilots said on Monday.\n\n"
    "Firstly, tidal surges. The sea wall was raised twice last decade and may need more work.\n\n"
    "Secondly, silt levels. Dredgers cleared the channel in the spring.\n\n"
    "Thirdly, the ferry timetable. Crossings were cut in May."
)


@pytest.mark.parametrize("label", ["Firstly, tidal surges.", "Secondly, silt levels.", "Thirdly, the ferry timetable."])
def test_a_points_label_opening_its_paragraph_is_no_claim(label):
    texts = texts_of(POINTS)
    assert label not in texts
    assert "Dredgers cleared the channel in the spring." in texts


@pytest.mark.parametrize(
    "sentence", ["First, I check the tide tables.", "Secondly, pilots hate fog.", "Finally, the council agreed."]
)
def test_an_ordinal_before_a_clause_is_still_a_claim(sentence):
    text = f"The harbour master keeps to a routine, she said.\n\n{sentence} Then she walks the quay."
    assert sentence in texts_of(text)


def test_a_label_after_the_first_sentence_of_its_paragraph_is_left_alone():
    text = "Pilots listed their worries. Secondly, silt levels. Dredgers cleared the channel in the spring."
    assert "Secondly, silt levels." in texts_of(text)


NOTICE = (
    "This article is more than 2 years old\n\n"
    "Solar firm buys its rival in a surprise deal\n\n"
    "Too much too soon? Oh, investors will cheer it anyway\n\n"
    "The company said on Monday it would buy its rival for $2 billion.\n\n"
    "The deal closes next year."
)


def test_a_page_notice_above_the_headline_leaves_the_headline_and_the_kickers_question_as_chrome():
    # the kicker's answer is a full clause in sentence case: decision 88's standfirst, a claim
    assert texts_of(NOTICE) == [
        "Oh, investors will cheer it anyway",
        "The company said on Monday it would buy its rival for $2 billion.",
        "The deal closes next year.",
    ]


def test_a_kickers_verbless_question_under_the_headline_is_a_heading_and_its_answer_a_claim():
    texts = texts_of(NOTICE.split("\n\n", 1)[1])
    assert "Too much too soon?" not in texts
    assert "Solar firm buys its rival in a surprise deal" not in texts
    assert "Oh, investors will cheer it anyway" in texts


def test_a_standfirst_under_a_notice_and_a_headline_is_still_a_claim_when_a_full_clause():
    text = NOTICE.replace("Too much too soon? Oh, investors will cheer it anyway", "Investors cheered the deal in early trading")
    assert "Investors cheered the deal in early trading" in texts_of(text)


@pytest.mark.parametrize(
    "line",
    [
        "Join our daily and weekly newsletters for the latest updates and exclusive coverage of the energy business.",
        "Join our morning and evening mailing lists to get every story first.",
    ],
)
def test_a_sign_up_line_for_several_newsletters_is_no_claim(line):
    text = f"{line} Learn More\n\nThe utility raised its prices on Monday, the company said.\n\nIt blamed the cost of gas."
    assert texts_of(text) == ["The utility raised its prices on Monday, the company said.", "It blamed the cost of gas."]


def test_a_pointer_to_more_of_a_series_features_is_no_claim():
    text = (
        "The baker opened her first shop in 2010 and now runs twelve.\n\n"
        "More Weekend Founders stories, which every month follow a different owner around the country:\n\n"
        "The baker said she would open two more shops next year."
    )
    assert texts_of(text) == [
        "The baker opened her first shop in 2010 and now runs twelve.",
        "The baker said she would open two more shops next year.",
    ]


def test_more_as_the_subject_of_a_clause_before_a_colon_is_a_claim():
    text = "The inquiry went on.\n\nMore stories emerged from the mill towns last week: two of them named the manager."
    assert any(t.startswith("More stories emerged") for t in texts_of(text))


def test_a_long_question_headline_in_title_case_is_no_claim():
    text = (
        "Is Elmtown, a ‘Model Village’ for Acme’s Factory Workers, the Answer for Growing Suburbs?\n\n"
        "The council approved the plan on Monday, the mayor said.\n\n"
        "Building starts next year."
    )
    assert texts_of(text) == ["The council approved the plan on Monday, the mayor said.", "Building starts next year."]


def test_a_question_in_sentence_case_opening_the_text_is_a_claim():
    text = (
        "Is the new village the answer for growing suburbs like ours?\n\n"
        "The council approved the plan on Monday, the mayor said.\n\n"
        "Building starts next year."
    )
    assert "Is the new village the answer for growing suburbs like ours?" in texts_of(text)


@pytest.mark.parametrize(
    "line",
    [
        "More evidence emerged in the reviews, which the court released on Friday:",
        "More videos, including bodycam footage from two officers, were released on Wednesday:",
        "More than 200 reviews, carried out by the agency since January, found the same three failings:",
    ],
)
def test_a_full_clause_opening_with_more_before_a_colon_is_a_claim(line):
    text = f"The trial resumed on Monday.\n\n{line}\n\nThe filings name three executives."
    assert line in texts_of(text)


def test_more_of_a_reported_coverage_before_a_colon_keeps_its_attribution():
    text = "The network cut its staff.\n\nMore of its coverage, the network said, will now focus on:\n\n- Local news.\n- Weather."
    assert "More of its coverage, the network said, will now focus on:" in texts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks had stalled for months.\n\nFinally, a breakthrough. Negotiators agreed a ceasefire on Sunday night.",
        "The talks had stalled for months.\n\nFinally, a deal.\n\nNegotiators signed it on Sunday night.",
        "The derby was tense.\n\nFinally, a win for Arsenal. The Gunners beat Spurs 2-1 at home.",
        "The budget came out on Tuesday.\n\nFinally, some good news for commuters. Fares will be frozen until 2026.",
        "The bill passed the House on Monday.\n\nNext, the Senate.\n\nThe vote is due in May.",
        "The losses mounted.\n\nFirst, quarterly losses since 2019. Analysts blamed chip prices.",
    ],
)
def test_finally_next_and_first_before_a_noun_phrase_are_said_not_a_points_label(text):
    first = text.split("\n\n")[1].split(". ")[0].rstrip(".") + "."
    assert first in texts_of(text)


def test_a_points_label_that_is_its_paragraphs_only_sentence_is_a_claim():
    text = "The review listed three risks.\n\nThird, housing.\n\nStarts fell 12% in March, the ministry said."
    assert "Third, housing." in texts_of(text)


@pytest.mark.parametrize(
    ("kicker", "answer"),
    [
        ("A win for the speaker?", "Not quite, say his allies"),
        ("A green giant?", "Not yet, but investors will cheer it anyway"),
        ("What next?", "The House votes on Friday"),
    ],
)
def test_a_kickers_verbless_question_in_common_forms_is_a_heading(kicker, answer):
    text = (
        f"Senate passes budget bill after all-night session\n\n{kicker} {answer}\n\n"
        "The Senate voted 51-49 on Tuesday night.\n\nThe bill funds the government through September."
    )
    assert kicker not in texts_of(text)


def test_a_kickers_question_with_a_verb_stays_a_claim():
    text = (
        "Solar firm buys its rival in a surprise deal\n\nCan the rally last? Analysts say yes, for now\n\n"
        "The company said on Monday it would buy its rival for $2 billion.\n\nThe deal closes next year."
    )
    assert "Can the rally last?" in texts_of(text)


def test_join_our_teams_in_a_reported_quote_is_no_sign_up():
    line = "Join our teams on the picket lines, union leader Maria Ortiz told members in a video."
    text = f"The strike entered its third week on Monday.\n\n{line}\n\nThe company has not responded."
    assert line in texts_of(text)


def test_a_page_notice_is_found_once_above_the_headline():
    from declcli.claims.chrome import _without_page_notices

    paragraphs = [(0, "This article is more than 2 years old"), (40, "Harbour shuts"), (55, "The port shut on Monday.")]
    assert _without_page_notices(paragraphs) == ([(40, "Harbour shuts"), (55, "The port shut on Monday.")], frozenset({0}))

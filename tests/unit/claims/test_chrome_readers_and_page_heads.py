"""Readers' comments whose credits were lost, a site's sign-up box after the body, and the page's head above it: a thread
below a sign that closes the article, replies opened by a reader's handle, one closing reaction in a reader's voice
(GUIDE decisions 160, 409, 658), a call to register with its teasers (decisions 11, 547), photo captions with their
credits, and headlines above a byline or a dateline (GUIDE: headlines and captions are no claims)."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_BODY = (
    "The harbour board voted on Tuesday to close the old ferry quay by the end of the year.\n\n"
    "Board members said the quay had cost the port more than it earned for a decade, and that repairs to its "
    "pilings would take most of next year's budget.\n\n"
    "Fishing crews that land their catch at the quay will move to the north pier in the spring.\n\n"
    "The board will publish the new berth rules in February, ahead of a public meeting on the plan."
)
_LAST = "The board will publish the new berth rules in February, ahead of a public meeting on the plan."


def test_readers_comments_below_a_sign_that_closes_the_article_give_no_claim():
    comments = (
        "Anyone on the night boat will miss it...\n\n"
        "Not in my town, we all moved our boats to the north pier years ago and nobody looked back.\n\n"
        "The pier was always the better berth.\n\n"
        "I agree with you that the board waited far too long."
    )
    claims = texts_of(_BODY.replace("the plan.", "the plan. ®") + "\n\n" + comments)
    assert any(c.startswith("The board will publish the new berth rules") for c in claims)
    assert not any("night boat" in c or "north pier years" in c or "better berth" in c or "waited" in c for c in claims)


def test_a_line_about_the_writer_below_the_closing_sign_stays_a_claim():
    # guard (GUIDE decision 363): no reader's voice below the sign, so nothing is a comment
    bio = "Dana Lee has covered the harbour for the Gazette since 2015."
    claims = texts_of(_BODY.replace("the plan.", "the plan. ®") + "\n\n" + bio)
    assert bio in claims


def test_replies_opened_by_a_readers_handle_and_the_comment_they_answer_give_no_claim():
    thread = (
        "Finally the board does something right for the fleets.\n\n"
        "@harbour_kim Yes, it finally did. The old quay was named after the first harbour master anyway.\n\n"
        "@harbour_kim The fleets also owe the pier's owners, who gave up the berths for nothing. Oh well."
    )
    claims = texts_of(_BODY + "\n\n" + thread)
    assert claims[-1] == _LAST
    assert not any("something right" in c or "harbour master" in c or "gave up the berths" in c for c in claims)


def test_posts_the_story_embeds_with_their_signatures_are_no_reply_thread():
    # guard: a post opened by a handle is one the story embeds when its signature follows it
    posts = "\n\n".join(
        [
            "@harbour_kim The berths are full again tonight at the pier.",
            "— Sam Roe (@samroe) March 4, 2024",
            "@samroe The north pier has room for twenty boats.",
            "— Harbour Board (@harbourboard) March 4, 2024",
            "The board meets again in April.",
        ]
    )
    claims = texts_of(_BODY + "\n\n" + posts)
    assert "@samroe The north pier has room for twenty boats." in claims
    assert claims[-1] == "The board meets again in April."


def test_one_closing_reaction_in_a_readers_voice_after_a_third_person_report_gives_no_claim():
    reaction = "About time! The old quay was a disgrace. Luckily, I had moved my boat to the pier last winter."
    claims = texts_of(_BODY + "\n\n" + reaction)
    assert claims[-1] == _LAST
    assert not any("About time" in c or "disgrace" in c or "moved my boat" in c for c in claims)


def test_a_closing_paragraph_in_the_first_person_after_a_body_in_the_writers_voice_stays_a_claim():
    # guard (GUIDE decision 658): where the body speaks as the writer, the closing remark is the writer's
    body = _BODY.replace("The harbour board voted", "I watched as the harbour board voted")
    claims = texts_of(body + "\n\n" + "What a day! I have never seen the harbour so quiet.")
    assert "I have never seen the harbour so quiet." in claims


def test_a_closing_remark_in_the_first_person_without_an_exclamation_stays_a_claim():
    closing = "The new rules take effect in March, and I suspect the crews will not like them."
    assert any("I suspect the crews will not like them" in c for c in texts_of(_BODY + "\n\n" + closing))


def test_a_call_to_register_and_the_white_papers_teased_below_it_give_no_claim():
    box = (
        "- Harbour Study Guides\n\n"
        "- Register for this Gazette Insider guide and gain access to hundreds of premium articles and reviews.\n\n"
        "Register for FREE now!\n\n"
        "- Berth Planning Guide Learn how ports plan their berths for the next decade of larger boats. This guide is "
        "based on the practice of ports that...\n\n"
        "- Webinar: Planning the Modern Harbour View Now!\n\n"
        "- Quay Repairs Solved A port's repair bill grew after its pilings failed, and the fix cost it far less than "
        "expected... All Harbour White Papers | Webcasts"
    )
    body = _BODY + (
        "\n\nThe north pier was built in 1988 and has berths for forty boats, twice as many as the old quay.\n\n"
        "Crews said the move would add twenty minutes to each trip to the fish market, but that the pier's deeper "
        "water would let them land in any tide.\n\n"
        "The board said the quay's site would be sold, and that the money would go to dredging the outer channel.\n\n"
        "A public meeting on the plan will be held at the town hall on March 12."
    )
    claims = texts_of(body + "\n\n" + box)
    assert claims[-1] == "A public meeting on the plan will be held at the town hall on March 12."
    assert not any("Register" in c or "guide" in c or "pilings failed" in c for c in claims)


def test_a_headline_closed_by_an_aside_in_brackets_is_no_claim_and_the_standfirst_below_it_is():
    text = (
        "Why the north pier is the future of the harbour (and how it got there)\n\n"
        "As the fleets grow, the harbour board puts its money where the boats are\n\n" + _BODY
    )
    claims = texts_of(text)
    assert not any("future of the harbour" in c for c in claims)
    assert "As the fleets grow, the harbour board puts its money where the boats are" in claims


def test_captions_closed_by_a_credit_with_its_outlet_and_date_or_a_photo_label_give_no_claim():
    text = (
        "Crews unload their catch at the north pier in Portville. (Sam Roe, Harbour Gazette / March 4, 2024)\n\n"
        + _BODY
        + "\n\nThe old quay was built in 1921 and rebuilt after the storm of 1954. Photo: Supplied by Dana Lee\n\n"
        "The board's chair said the quay had served the town well."
    )
    claims = texts_of(text)
    assert not any("unload their catch" in c or "rebuilt after the storm" in c for c in claims)
    assert "The board's chair said the quay had served the town well." in claims


@pytest.mark.parametrize(
    "headline", ["Berths? Maybe You Really Can Blame Your Board", "Board flying to the north pier to settle berth talks"]
)
def test_a_headline_right_above_a_byline_is_no_claim_wherever_it_stands(headline):
    # (the page set a teaser's paragraph above it, and a stamp below the byline)
    text = (
        "The boats were moored three deep at the pier. The reason: the board had closed the quay. Even though the "
        "crews had asked for more berths, they were waiting.\n\n"
        + headline
        + "\n\nBy DANA LEE\n\nPublished: March 4, 2024\n\n"
        + _BODY
    )
    claims = texts_of(text)
    assert "The boats were moored three deep at the pier." in claims
    assert not any(c in headline or headline[:15] in c for c in claims)


def test_a_headline_that_asks_above_a_body_opened_by_its_dateline_is_no_claim():
    text = "Ferry quay: even if the board backs down, will the fleets come back?\n\nPORTVILLE (AP) — " + _BODY
    claims = texts_of(text)
    assert not any("will the fleets come back" in c for c in claims)
    assert any("voted on Tuesday to close the old ferry quay" in c for c in claims)


def test_a_question_opening_a_body_without_a_dateline_stays_a_claim():
    # guard: without a dateline below it, a first line that asks may be the story's own lede
    text = "Will the fleets really leave the old quay for good?\n\n" + _BODY
    assert "Will the fleets really leave the old quay for good?" in texts_of(text)


def test_unsigned_posts_the_story_embeds_with_body_paragraphs_below_stay_claims():
    # guard (review rev34c #1): posts whose signatures the extraction dropped, with the story going on below them
    posts = (
        "Crews were quick to react on social media.\n\n"
        "@HarbourFleetTV Closing the quay is a joke. The board has it in for us.\n\n"
        "@pier_sam Deserved. The quay has been falling apart for years.\n\n"
        "The north pier will open its new berths on Saturday, the harbour master said.\n\n"
        "The board is expected to discuss the fees for the new berths on Thursday."
    )
    claims = texts_of(_BODY + "\n\n" + posts)
    assert "Crews were quick to react on social media." in claims
    assert any(c.startswith("The north pier will open its new berths on Saturday") for c in claims)
    assert claims[-1] == "The board is expected to discuss the fees for the new berths on Thursday."


def test_a_reported_call_to_register_for_access_does_not_end_the_body():
    # guard (review rev34c #2): a call the story reports, with its tag, is no site's sign-up box (GUIDE decision 11)
    tail = (
        "The berths are free for a year. Register online with a boat licence to get access to the new berths, the "
        "board said.\n\n"
        "Paper forms will remain available until at least 2027.\n\n"
        "The board said it expected two hundred crews to sign up in the first year."
    )
    claims = texts_of(_BODY + "\n\n" + tail)
    assert any(c.startswith("Register online with a boat licence") for c in claims)
    assert "Paper forms will remain available until at least 2027." in claims


def test_a_closing_quote_in_single_curly_marks_stays_a_claim():
    # guard (review rev34c #3): a British outlet's quote, tagged with its speaker, is the story's, no reader's reaction
    body = _BODY.replace("the plan.", "the plan, ‘once the crews have had their say,’ the chair said.")
    claims = texts_of(body + "\n\n" + "‘We are over the moon! It has been a long wait,’ Grey said.")
    assert any("It has been a long wait" in c for c in claims)


@pytest.mark.parametrize(
    "closing",
    [
        "During the work, the Sunday market will move to the hall of the nearby Our Lady of Lourdes school. All welcome!",
        "Heading north on I-95 this weekend? Plan ahead!",
    ],
)
def test_a_closing_line_with_a_name_or_road_number_in_capitals_is_no_readers_voice(closing):
    # guard (review rev34c #4): "Our Lady", "I-95" are no first person
    claims = texts_of(_BODY + "\n\n" + closing)
    assert claims[-1] != _LAST


@pytest.mark.parametrize(
    "reaction",
    [
        "Finally! I’ve waited years for a berth at the north pier.",
        "About time! We’re always losing moorings at the quay.",
    ],
)
def test_a_closing_reaction_with_a_contracted_first_person_gives_no_claim(reaction):
    # (GUIDE decision 658: "I’ve", "We’re" are a reader's first person)
    claims = texts_of(_BODY + "\n\n" + reaction)
    assert claims[-1] == _LAST


def test_a_body_paragraph_opened_by_by_a_weekday_keeps_the_exclaimed_quote_above_it():
    # guard (review rev34c #6): "By Wednesday, …" is a time adverbial, no byline under a headline
    text = _BODY.replace(
        "Fishing crews",
        "“Why would we be here otherwise?” the chair told reporters.\n\n“We are not leaving without a deal!”\n\n"
        "By Wednesday, the mood had soured.\n\nFishing crews",
    )
    claims = texts_of(text)
    assert any("We are not leaving without a deal!" in c for c in claims)
    assert "By Wednesday, the mood had soured." in claims


@pytest.mark.parametrize(
    "below",
    [
        ["Dana Lee is a maritime historian and the author of Why You Cannot Sell a Harbour, a history of port deals."],
        [
            "If you own a boat and have not been contacted by your harbour master by November, the board advises you to "
            "book a berth online.",
            "The north pier will also take boats without a booking on Saturdays.",
        ],
    ],
)
def test_a_title_or_the_writers_generic_you_below_the_closing_sign_stays_a_claim(below):
    # guard (review rev34c #7; GUIDE decision 363): no reader's voice below the sign
    claims = texts_of(_BODY.replace("the plan.", "the plan. ■") + "\n\n" + "\n\n".join(below))
    assert any(c.startswith(below[-1][:30]) for c in claims)

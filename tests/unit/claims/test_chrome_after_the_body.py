"""The page's furniture after the article's body (GUIDE decisions 11, 192, 363, 533(b), 547): once a closing line has
ended the body (a contact line for the reporters, a wire's credits, a sourcing note, the writer's e-mail address, a
newsletter's sign-up), the site's comment policy, white papers' and other stories' teasers, a quiz's advice and
sign-up prompts below it give no claims; a bio line about someone the closing line credits stays a claim."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

BODY = (
    "The harbour board voted on Tuesday to close the old ferry quay by the end of the year.\n\n"
    "Board members said the quay had cost the port more than it earned for a decade, and that repairs to its "
    "pilings would take most of next year's budget.\n\n"
    "Dana Lee, who runs a fishing fleet from the quay, said the vote left her crews with nowhere to land their "
    "catch in the winter months.\n\n"
    "The board said it would open talks with the fleets in the spring."
)


def texts_of(text, published="2024-03-05"):
    return [c.text for c in extract_claims(text, split_sentences(text), published=published)]


def test_a_sites_comment_policy_below_the_reporters_contact_line_gives_no_claim():
    policy = (
        "The Gazette moderates all comments. Comments that are rude or off-topic will not be posted to the site. "
        "The Gazette cannot explain individual moderation decisions."
    )
    text = BODY + "\n\nTo contact the reporter on this story: Sam Roe in Portville at sroe@example.com\n\n" + policy
    claims = texts_of(text)
    assert "The board said it would open talks with the fleets in the spring." in claims
    assert not any("moderat" in c or "posted to the site" in c for c in claims)


def test_teasers_of_other_stories_below_a_sponsored_content_note_give_no_claim():
    text = (
        BODY
        + "\n\nThis content was produced by the studio of the Gazette. It was not written by the newsroom.\n\n"
        + "More from the Gazette\n\n"
        + "A new bridge is changing how the valley commutes\n\n"
        + "Drivers who once queued for an hour now cross the river in minutes.\n\n"
        + "Meet the beekeepers saving the island's orchards\n\n"
        + "By moving their hives every spring, three families have brought back the apple harvest."
    )
    claims = texts_of(text)
    assert "The board said it would open talks with the fleets in the spring." in claims
    assert not any("bridge" in c or "hives" in c or "queued" in c for c in claims)


def test_a_bio_line_about_whom_a_sourcing_note_credits_stays_a_claim_and_the_prompts_after_it_do_not():
    text = (
        BODY
        + "\n\nComments compiled by Sam Roe and Harbour Monitor. Harbour Monitor tracks news from the papers and radio "
        + "stations of the coast. For more reports from Harbour Monitor, click here. You can follow Harbour Monitor on "
        + "Twitter and Facebook."
    )
    claims = texts_of(text)
    assert any(c.startswith("Harbour Monitor tracks news") for c in claims)
    assert not any("compiled" in c or "click here" in c or "follow Harbour" in c for c in claims)


def test_a_quizs_advice_and_the_sign_up_thanks_below_a_newsletters_sign_up_give_no_claim():
    text = (
        BODY
        + "\n\nGet the latest Harbour Life newsletter delivered to your inbox!\n\n"
        + "Answer:\n\nLow 0-5\n\nHigh 6+\n\n"
        + "If your score is low, you should walk along the quay at least twice a week. "
        + "People who never see the sea should plan a trip to the coast.\n\n"
        + "Thank you for signing up for the Harbour Life newsletter!\n\n"
        + "You'll find tips as well as the latest news on the coast."
    )
    claims = texts_of(text)
    assert "The board said it would open talks with the fleets in the spring." in claims
    assert not any("quay at least" in c or "trip to the coast" in c or "signing up" in c or "find tips" in c for c in claims)


def test_the_writers_e_mail_line_and_a_register_prompt_after_a_follow_line_give_no_claim_but_the_bio_line_before_does():
    text = (
        BODY
        + "\n\nSam Roe covers the harbour and the fishing trade for the Gazette. Follow Sam on Twitter at @samroe. "
        + "His email address is sroe@example.com.\n\n"
        + "- Register for this Gazette Insider guide and gain access to hundreds of premium articles.\n\n"
        + "Register for FREE now!"
    )
    claims = texts_of(text)
    assert "Sam Roe covers the harbour and the fishing trade for the Gazette." in claims
    assert not any("email address" in c or "Register" in c or "premium" in c for c in claims)


def test_a_story_going_on_in_long_paragraphs_below_a_sign_up_line_keeps_its_claims():
    # guard: a sign-up box inside the body, the story going on below it in a paragraph of a story's length
    long_paragraph = (
        "The fleets answered on Wednesday with a plan of their own, which would keep the quay open for landing fish "
        "in the winter months while the board rebuilt the pilings one berth at a time, paid for by a levy on every "
        "tonne landed, a levy the fleets said they would accept for five years if the board agreed to let them sit "
        "on the committee that runs the works and to publish its accounts every quarter. The board's chair said she "
        "would put the plan to a vote at the next meeting, though two members have already said they oppose any levy."
    )
    text = BODY + "\n\nSign up for our Harbour Life newsletter.\n\n" + long_paragraph
    claims = texts_of(text)
    assert any(c.startswith("The fleets answered on Wednesday") for c in claims)


def test_a_closing_line_in_the_first_half_of_the_text_ends_nothing():
    # guard: a contact line above the body (a box near the top) leaves the story below it alone
    text = "To contact the reporter on this story: Sam Roe at sroe@example.com\n\n" + BODY
    claims = texts_of(text)
    assert "The board said it would open talks with the fleets in the spring." in claims


def test_reporting_by_another_outlet_in_the_body_is_no_closing_line():
    # guard: "Reporting by the Herald found …" is the story's sentence, no wire's credits in brackets
    text = (
        BODY
        + "\n\nReporting by the Herald found the quay had been losing money since 2015. "
        + "The board did not dispute the figures."
    )
    claims = texts_of(text)
    assert any(c.startswith("Reporting by the Herald found") for c in claims)
    assert "The board did not dispute the figures." in claims


def test_a_citation_box_and_disclaimers_below_a_copyright_line_with_a_colon_give_no_claim():
    # GUIDE decisions 11 and 533(b): a copyright line written "Copyright: …" closes the body; the citation box, its
    # note and the site's disclaimer below it are the page's furniture
    furniture = [
        "Written by Sam Roe",
        "Copyright: Harbour Health Daily",
        "Not to be reproduced without permission of Harbour Health Daily",
        "MLA",
        "APA",
        "Please note: If no author information is provided, the source is cited instead.",
        "Note: Any health information published on this website is not meant to replace the advice of a doctor.",
    ]
    claims = texts_of(BODY + "\n\n" + "\n\n".join(furniture))
    assert claims[-1] == "The board said it would open talks with the fleets in the spring."


def test_a_call_to_connect_on_a_social_network_and_a_newsletter_prompt_after_the_bio_line_give_no_claim():
    # GUIDE decisions 11, 363, 533(b): the writer's bio line stays a claim; the prompts to join the site's community, to
    # sign up for a newsletter (after a "To keep up with …" opening) and a plug for the writer's book below it do not
    text = (
        BODY
        + "\n\nSam Roe is the Gazette's harbour editor. Connect with the Harbour Log community by following the Gazette "
        + "Harbour page on Facebook and adding @samroe to your Twitter feed. To keep up with the Gazette's stories about "
        + "the coast, sign up for the Harbour Life newsletter, delivered every Friday. You can also look for "
        + '"Tides of Portville," my book about the town\'s fishing fleets.'
    )
    claims = texts_of(text)
    assert "Sam Roe is the Gazette's harbour editor." in claims
    assert not any("Connect" in c or "newsletter" in c or "my book" in c for c in claims)


def test_a_newsletter_prompt_opened_by_to_keep_up_with_closes_the_body():
    text = (
        BODY
        + "\n\nTo keep up with our reporting on the coast, subscribe to the free Harbour Briefing newsletter.\n\n"
        + "Readers who joined last year have been given a discount on the winter boat show."
    )
    claims = texts_of(text)
    assert "The board said it would open talks with the fleets in the spring." in claims
    assert not any("subscribe" in c or "boat show" in c for c in claims)


def test_a_box_of_related_coverage_with_update_lines_after_the_body_gives_no_claim():
    # GUIDE decision 642(b): the box's label, its date and update lines and the teasers under them, full sentences and
    # questions included, are page furniture
    box = [
        "Part of our coverage on",
        "Coasts",
        "March 2, 2024 -- Updated 0915 GMT (1715 HKT)",
        "A storm surge flooded the lower town of Kelport for the second time this winter.",
        "February 27, 2024 -- Updated 2240 GMT (0640 HKT)",
        "Who owns the sea bed? A court in the capital will soon decide.",
        "February 20, 2024 -- Updated 1105 GMT (1905 HKT)",
        "Seal numbers on the northern sandbanks have doubled in ten years, a survey found.",
    ]
    claims = texts_of(BODY + "\n\n" + "\n\n".join(box))
    assert claims[-1] == "The board said it would open talks with the fleets in the spring."


def test_a_timeline_of_dates_without_update_lines_keeps_its_claims():
    # guard: the story's own timeline under dates (no update word, no clock time) is no box of related coverage
    timeline = [
        "March 2, 2023",
        "The board first discussed closing the quay.",
        "June 14, 2023",
        "Engineers found cracks in three of its pilings.",
        "January 9, 2024",
        "The fleets asked the board for a levy instead.",
    ]
    claims = texts_of(BODY + "\n\n" + "\n\n".join(timeline))
    assert "Engineers found cracks in three of its pilings." in claims
    assert "The fleets asked the board for a levy instead." in claims


def test_a_company_profile_box_cut_off_after_the_body_gives_no_claim():
    # GUIDE decision 642(a): a box after the body that describes a company in general terms, cut off with "...", is page
    # furniture with its full sentences; the body's sentences about the same company stay claims
    text = (
        "Harbourline said on Monday it would run a second ferry to Kelport from May.\n\n"
        "The company said the new route would cut the crossing to forty minutes.\n\n"
        "Harbourline runs ferries and freight boats between the islands and the mainland. Its fleet of twelve ships "
        "carries more than a million passengers a year, and it also owns the quays at Portville and Kelport, where it "
        "leases berths to fishing fleets, thus keeping its fares low..."
    )
    claims = texts_of(text)
    assert claims[0].startswith("Harbourline said on Monday")
    assert "The company said the new route would cut the crossing to forty minutes." in claims
    assert not any("runs ferries" in c or "million passengers" in c for c in claims)


def test_a_last_paragraph_that_trails_off_without_a_profiles_opening_keeps_its_claims():
    # guard: the body's own last paragraph that trails off opens with no name the text gave and a verb in the present
    text = BODY + "\n\nFor now, the crews wait on the quay and mend their nets. Some of them are already thinking about..."
    claims = texts_of(text)
    assert any(c.startswith("For now, the crews wait on the quay") for c in claims)


def test_a_copyright_line_after_a_dash_closes_the_body_and_the_cut_quotes_below_it_give_no_claim():
    # GUIDE decisions 11, 533(b): a wire's copyright line set after a dash closes the body; a box of most-read quotes cut
    # off below it is the page's furniture
    text = (
        BODY
        + "\n\n—Copyright 2024 Coastal Wire\n\nMost Read\n\n"
        + "“The ferry will never run on time again as long as...;”\n\n“Ask the board why the pilings were...;”"
    )
    claims = texts_of(text)
    assert claims[-1] == "The board said it would open talks with the fleets in the spring."


def test_a_speakers_words_cut_off_in_the_last_paragraph_keep_their_claims():
    # guard: a body cut off inside its last paragraph, which opens with a speaker and a reporting verb, is no profile box
    text = (
        BODY
        + "\n\nDana Lee says the fleets will not give up the quay without a fight. Her crews have already written to "
        + "the minister, and they plan to bring their boats into the harbour on voting day, horns blaring..."
    )
    claims = texts_of(text)
    assert any(c.startswith("Dana Lee says the fleets will not give up the quay") for c in claims)


def test_a_storys_own_updates_under_update_stamps_after_the_body_keep_their_claims():
    # guard (review mend32a, finding 3): dated updates of the story itself below it, under no related-coverage label,
    # are the body's sentences (GUIDE decision 642(b) makes a box furniture only under such a label)
    updates = [
        "Latest updates",
        "March 5, 2024 -- Updated 1115 GMT (0615 ET)",
        "The harbour master said two fishing boats were still missing.",
        "March 5, 2024 -- Updated 1405 GMT (0905 ET)",
        "The coast guard said both boats had been found near Kelport.",
        "March 5, 2024, 4:20 p.m.",
        "The board said the quay would reopen on Friday.",
    ]
    claims = texts_of(BODY + "\n\n" + "\n\n".join(updates))
    assert "The coast guard said both boats had been found near Kelport." in claims
    assert "The board said the quay would reopen on Friday." in claims


@pytest.mark.parametrize(
    "last",
    [
        # "The" is no name, though the text has it
        "The crews wait on the quay every morning and mend their nets while the gulls circle. Some of them are already "
        "thinking about selling up, moving inland, starting over...",
        # "Lee" is only a piece of "Leeds" above, no name the text gave
        "Lee holds the club record for catches in a season. He landed 41 tons in 1998 and added another 12 in the "
        "spring, a haul no one has come...",
    ],
)
def test_a_last_paragraph_that_trails_off_with_no_named_opening_keeps_its_claims(last):
    # guard (finding 4): a body's last paragraph that trails off opens with no name the text above gave
    text = BODY.replace("Dana Lee, who", "A skipper from Leeds, who") + "\n\n" + last
    claims = texts_of(text)
    assert any(c.startswith(last.split(" ", 3)[0] + " " + last.split(" ", 3)[1]) for c in claims)


def test_a_reported_call_to_connect_on_a_social_network_keeps_its_claims():
    # guard (finding 6): a call the story reports, with its speaker after a comma, is no closing line of the site's
    text = (
        BODY
        + "\n\nConnect with your neighbours by joining a flood group on Facebook, the board urged residents on Monday.\n\n"
        + "The board meets again in April."
    )
    claims = texts_of(text)
    assert any(c.startswith("Connect with your neighbours") for c in claims)
    assert claims[-1] == "The board meets again in April."


# A reader's long comment under a thread's heading below the closing line: no story going on (GUIDE decision 160).
_LONG_COMMENT = (
    "Ferries were never the problem here, the town just let the quay rot for years while the council argued about "
    "car parks and the bypass, and every winter the boats had to wait out the storms in the bay because the pilings "
    "could not take a moored hull. By the time anyone noticed, the fleets had moved half their landings to the north "
    "pier, and the fish market followed them. Closing the quay only writes down what happened a decade ago, and the "
    "talks in the spring will not bring the fleets back to the old harbour."
)


_MORE_BODY = (
    "The port's own survey found last year that the quay's pilings had lost a third of their strength since the last "
    "repairs in 2009, and engineers warned that a heavy storm could bring down the outer berth.\n\n"
    "The north pier, rebuilt in 2018, has room for about forty boats, the board said, and the fleets would pay the "
    "same berth fees there for the first two years."
)


def test_a_start_your_day_newsletter_pitch_closes_the_body_and_a_talkback_thread_below_it_gives_no_claim():
    text = (
        BODY
        + "\n\n"
        + _MORE_BODY
        + "\n\nStart your day with the Gazette's morning email newsletter. The harbour's news, served early. Get it.\n\n"
        + "Talkback\n\nWhy close it now?\n\n"
        + _LONG_COMMENT
        + "\n\nThe board sat on this for years."
    )
    claims = texts_of(text)
    assert any(c.startswith("The board said it would open talks") for c in claims)
    assert not any("newsletter" in c or "served early" in c for c in claims)
    assert not any("Ferries were never" in c or "fish market" in c or "sat on this" in c for c in claims)


def test_a_long_paragraph_below_the_newsletter_pitch_without_a_threads_heading_is_the_story_going_on():
    # guard: without a readers' thread's heading, a long paragraph below the pitch keeps the body open
    text = BODY + "\n\nStart your day with the Gazette's morning email newsletter.\n\n" + _LONG_COMMENT
    assert any("fish market" in c for c in texts_of(text))


_HEARING = (
    "More than thirty residents spoke at the two-hour hearing on Tuesday evening, and most of them asked the board to "
    "wait for an independent inspection of the pilings, arguing that the port's survey had been paid for by a developer "
    "who wants to build flats on the quay and that the full engineers' report had never been published. Several "
    "skippers said they would leave the port altogether if they were sent to the north pier, where the channel silts up "
    "every winter."
)


@pytest.mark.parametrize("heading", ["Public comments", "Discussion"])
def test_a_subsection_of_the_body_under_a_public_comments_heading_below_a_mid_body_pitch_keeps_its_claims(heading):
    # fails at 1e435421 (no claim below the pitch): a heading that also heads a story's own section, with no comment's
    # stamp below it, is no readers' thread (rev35c's finding 2; decision 160)
    text = (
        BODY
        + "\n\n"
        + _MORE_BODY
        + "\n\nSign up for our free daily newsletter to get the latest harbour news.\n\n"
        + heading
        + "\n\n"
        + _HEARING
        + "\n\nBoard member Ann Cole, who voted against the closure, said the board had ignored a cheaper plan."
    )
    claims = texts_of(text)
    assert any("Several skippers said" in c for c in claims)
    assert any(c.startswith("Board member Ann Cole") for c in claims)

"""Attribution, session 40 (h40attrmiss): an embedded post's text over several paragraphs, and a credit line glued to it.

- An embedded post is its credit line's account's, cue the handle (GUIDE decision 33). The extraction may break a post
  into several paragraphs (a list, a line and a picture link): the paragraphs before the credit line are the post's back
  to a mark of where it begins: the writer's lead-in (a paragraph ending with a colon or an ellipsis that reports or
  names the account, decision 364), the writer's introduction that names the account with a reporting or posting word,
  the post's own first line ending with a colon, or a reply handle opening its first paragraph (decision 359, not the
  account's own handle); all within a post's length. After the writer's presenting line ("Here is how …:") they are
  the writer's. Without such a mark only the paragraph right before the credit line is the post's.
- A credit line glued to the end of its post's text ("… hummus.— Dana Lee (@danalee) May 3, 2020") credits that
  paragraph."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _attribution(text, words):
    attribution = next(c.attribution for c in _claims(text) if words in c.text)
    return (attribution.source, attribution.cue) if attribution is not None else None


_LISTED_POST = (
    "Most bakers I know never weigh their flour, and I have found only one scale that actually works…\n\n"
    "Rules for new bakers:\n\n"
    "(1) Buy a scale\n\n"
    "(2) Weigh the flour\n\n"
    "(3) If the dough sticks, add more flour\n\n"
    "— Mira Castell (@miracastell) May 3, 2021\n\n"
    "The scale costs about twenty dollars."
)


def test_a_post_broken_into_list_paragraphs_is_its_accounts_back_to_the_writers_lead_in():
    # fails before session 40: only "(3) …", the paragraph right before the credit line, was the account's
    assert _attribution(_LISTED_POST, "Buy a scale") == ("Mira Castell", "@miracastell")
    assert _attribution(_LISTED_POST, "Weigh the flour") == ("Mira Castell", "@miracastell")
    assert _attribution(_LISTED_POST, "dough sticks") == ("Mira Castell", "@miracastell")
    # the writer's paragraph before the post's first line ("Rules for new bakers:") is the writer's own
    assert _attribution(_LISTED_POST, "only one scale") is None


_NAMED_BEFORE = (
    "On its forum, Jonas Weber shows that the camera shifts the picture by a few pixels to hide the notch.\n\n"
    "How the notch trick works: the phone reads a depth map of the scene and moves the frame accordingly.\n\n"
    "Look at the bend of the door frame. pic.twitter.com/Ab12Cd34\n\n"
    "— Jonas Weber (@jweber) July 3, 2019"
)


def test_a_post_over_two_paragraphs_after_the_writers_paragraph_that_names_its_account():
    # fails before session 40: the post's first paragraph had no source
    assert _attribution(_NAMED_BEFORE, "depth map") == ("Jonas Weber", "@jweber")
    assert _attribution(_NAMED_BEFORE, "bend of the door") == ("Jonas Weber", "@jweber")
    # the writer's own paragraph that names the account introduces the post
    assert _attribution(_NAMED_BEFORE, "hide the notch")[0] == "Jonas Weber"
    assert _attribution(_NAMED_BEFORE, "hide the notch")[1] != "@jweber"


_REPLY_OPENS = (
    "The town counted its votes twice, and the second count changed the result in four wards after a long night of "
    "arguments between the clerks and the observers from both parties.\n\n"
    "@ferryfan22 FOUR!\n\n"
    "Two wards were recounted by hand. pic.twitter.com/Zz98Yy76\n\n"
    "— Lena Ortiz (@lenaortiz) December 19, 2016"
)


def test_a_post_whose_first_paragraph_opens_with_a_reply_handle():
    # fails before session 40: "@ferryfan22 FOUR!" had no source
    assert _attribution(_REPLY_OPENS, "FOUR") == ("Lena Ortiz", "@lenaortiz")
    assert _attribution(_REPLY_OPENS, "recounted by hand") == ("Lena Ortiz", "@lenaortiz")
    assert _attribution(_REPLY_OPENS, "counted its votes twice") is None


_WRITERS_WORDS_BEFORE = (
    "The city has never sent an alert like this.\n\n"
    "Well that is a new kind of alarm pic.twitter.com/Qq11Ww22\n\n"
    "— Hana Brook (@hanabrook) September 19, 2016"
)


def test_without_a_mark_only_the_paragraph_before_the_credit_line_is_the_posts():
    assert _attribution(_WRITERS_WORDS_BEFORE, "new kind of alarm") == ("Hana Brook", "@hanabrook")
    assert _attribution(_WRITERS_WORDS_BEFORE, "never sent an alert") is None


_AFTER_ANOTHER_POST = (
    "Budget cuts hit the library hard. — no, they did not.\n\n"
    "The library lost half its staff this year. Too many cuts!\n\n"
    "— Paul Grant (@paulgrant) September 30, 2014\n\n"
    "Later, the mayor repeated the figures at a briefing.\n\n"
    "The library still opens every day. Good news for readers.\n\n"
    "— Paul Grant (@paulgrant) October 6, 2014"
)


def test_the_writers_paragraph_after_another_posts_credit_line_stays_the_writers():
    assert _attribution(_AFTER_ANOTHER_POST, "opens every day") == ("Paul Grant", "@paulgrant")
    assert _attribution(_AFTER_ANOTHER_POST, "repeated the figures") is None


_GLUED = (
    "The bakery explained the name of its new bread on Twitter.\n\n"
    "@breadlover Because our founder named it after her grandmother. Also, because rye. ♥️— Crumb & Co (@crumbco) "
    "September 16, 2016\n\n"
    "The bread sold out within a day."
)


def test_a_credit_line_glued_to_the_end_of_its_post_credits_the_paragraph():
    # fails before session 40: a credit line not set on its own line credited nothing
    assert _attribution(_GLUED, "named it after her grandmother") == ("Crumb & Co", "@crumbco")
    assert _attribution(_GLUED, "because rye") == ("Crumb & Co", "@crumbco")
    assert _attribution(_GLUED, "sold out") is None


# Review rev40e: a paragraph naming the account marks the post's start only as its introduction (a reporting or posting
# word); a colon line is the writer's lead-in only when it reports or names the account; a presenting line opens the
# writer's own list; the post's own first line may end with a colon; a glued credit line is no spaced dash in a sentence.


_WRITERS_AND_POSTS = {
    # a background line naming the account is no introduction of the post
    "background": (
        [
            "Mayor Ola Brand has opposed the bridge toll since it was first proposed in June.",
            "The toll would add four dollars to each crossing.",
            "Commuters fear longer queues at the river.",
            "This toll will hurt every family in town.",
            "— Ola Brand (@MayorOlaBrand) May 1, 2024",
        ],
        ["four dollars", "longer queues"],
        ["every family"],
    ),
    # the surname in the writer's introduction of a thread marks where the post begins
    "surname": (
        [
            "Ola Brand, who runs the port authority, has pushed for new fees for months.",
            "On Friday, Brand set out the new fees in a thread.",
            "Ships must now pay for every hour at the quay.",
            "The fee starts in March. pic.twitter.com/Zx81Qw",
            "— Ola Brand (@OlaBrandPort) May 1, 2024",
        ],
        ["set out the new fees"],
        ["every hour at the quay", "starts in March"],
    ),
    # a reply to the account's own handle is another's post, no start of the account's
    "own handle": (
        [
            "@RailNorth Your train left me on the platform for an hour.",
            "Twenty minutes later came the answer.",
            "We are sorry for the wait. Please send us a message.",
            "— Rail North (@RailNorth) May 1, 2024",
        ],
        ["Twenty minutes later"],
        ["sorry for the wait"],
    ),
    # the writer's presenting line with a colon opens the writer's own list (GUIDE decision 38)
    "presenting": (
        [
            "Here is how the count ended:",
            "Okafor took 61 percent of the vote.",
            "Brandt took 39 percent.",
            "Well done to Okafor on a fair contest.",
            "— Lena Brandt (@lenabrandt) November 5, 2023",
        ],
        ["61 percent", "39 percent"],
        ["fair contest"],
    ),
}


@pytest.mark.parametrize("case", list(_WRITERS_AND_POSTS))
def test_the_writers_paragraphs_before_a_post_stay_the_writers(case):
    paragraphs, writers, post = _WRITERS_AND_POSTS[case]
    text = "\n\n".join(paragraphs)
    account = paragraphs[-1]
    name, handle = account[2 : account.index(" (@")], account[account.index("(@") + 1 : account.index(")")]
    for words in writers:
        assert _attribution(text, words) is None, words
    for words in post:
        assert _attribution(text, words) == (name, handle), words


def test_a_posts_own_first_line_ending_with_a_colon_is_the_post():
    text = (
        "Things I found out fixing bikes this summer:\n\nNever buy a chain on a Sunday.\n\n— Piet Dorn (@pietdorn) March 3, 2024"
    )
    assert _attribution(text, "fixing bikes") == ("Piet Dorn", "@pietdorn")
    assert _attribution(text, "chain on a Sunday") == ("Piet Dorn", "@pietdorn")


def test_a_spaced_dash_before_a_handle_in_the_writers_sentence_is_no_glued_credit_line():
    text = "Parents asked about the school buses – a question first raised by councillor Ines Varga (@inesvarga)"
    assert _attribution(text, "school buses") is None

"""Attribution, session 28 (second pass): titles that stand for a person named before, and a quote with no tag after a
paragraph that closes with a person's reported words (GUIDE decisions 4, 44, 61, 317).

- "the president-elect said" and "the first lady suggested" resolve to the person the text gave that title ("President-elect
  Dana Brookfield"), like "the actor said" (decision 4); the hyphenated title counts as one word, and "lady" is a
  speaker's description like "woman". Session 40: where the text never gave anyone the title, it stays as written
  (decision 553: no inference from the person the text turned to last).
- A quote opening a paragraph, with no tag of its own, after a paragraph whose last sentence reports what a person said
  in the writer's words, is that person's (the unit before names the speaker acting), not the speaker of a quote
  further up.
- "proclaimed" reports like "declared".
- A body's short form in brackets after its name ("The Dayton Bankers Association (DBA), …, said") is no apposition
  that names the source: the source is the name as written.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_PRESIDENT_ELECT = (
    "Dana Brookfield won the election in Ruritania last month.\n\n"
    "In an interview with the Daily Courier, the president-elect said the tax on bread will be cut."
)
_FIRST_LADY = "Mary Brookfield understands the mood of the country.\n\nThe first lady suggested that the vote has drained hope."
_PRESIDENT_ELECT_NAMED_SO = (
    "President-elect Dana Brookfield won the election in Ruritania last month.\n\n"
    "In an interview with the Daily Courier, the president-elect said the tax on bread will be cut."
)
_FIRST_LADY_NAMED_SO = (
    "The crowd cheered former first lady Mary Brookfield on Monday.\n\nThe first lady suggested that the vote has drained hope."
)
_QUOTE_AFTER_REPORTED = (
    'Tom Baker, a chemist at a city college, told the Dayton Courier: "These results settle the question."\n\n'
    "Dr Carl Hume, who led the other study, said further work was needed before any launch.\n\n"
    '"From a practical standpoint we need to know the composition of the air, so that we can prepare for the crews."'
)
_QUOTE_AFTER_A_QUOTE = (
    "Dr Carl Hume, who led the other study, said further work was needed before any launch.\n\n"
    '"These results settle the question," Tom Baker, a chemist at a city college, told the Dayton Courier.\n\n'
    '"From a practical standpoint we need to know the composition of the air, so that we can prepare for the crews."'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 40, GUIDE decision 553: a title the text never gave the person stays as written (no inference)
        (_PRESIDENT_ELECT, ("president-elect", "said")),
        (_FIRST_LADY, ("first lady", "suggested")),
        # a title the text gave the person stands for them
        (_PRESIDENT_ELECT_NAMED_SO, ("Dana Brookfield", "said")),
        (_FIRST_LADY_NAMED_SO, ("Mary Brookfield", "suggested")),
        # the speaker the unit before names acting, not the one quoted further up
        (_QUOTE_AFTER_REPORTED, ("Carl Hume", "said")),
        # (guard) a quote with no tag after a tagged quote runs on from it
        (_QUOTE_AFTER_A_QUOTE, ("Tom Baker", "told")),
        (
            "Carla Mendes opened the congress in Lisbon.\n\nThe free world, she proclaimed, had a task to fulfil.",
            ("Carla Mendes", "proclaimed"),
        ),
        (
            "The Dayton Bankers Association (DBA), one of three industry groups that worked with the firm, said any "
            "success would take years.",
            ("Dayton Bankers Association", "said"),
        ),
    ],
)
def test_last_claim_is_attributed_to_the_person_meant(text, expected):
    last = extract_claims(text, split_sentences(text), published="2024-03-05")[-1].attribution
    assert last is not None and (last.source, last.cue) == expected, last

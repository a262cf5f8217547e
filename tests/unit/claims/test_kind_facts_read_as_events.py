"""Kind: units that state a fact (a study's result, a party's legal standing, what a thing counted for, a state the
subject is in) which declcli read as events, each beside the near miss that stays an event."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        # "X, the researchers found" is the same finding as "The researchers found that X" (GUIDE decisions 17, 270)
        "Snowfall across the northern valleys has dropped by nearly a third since 1990, the researchers found.",
        "Many of the rarest orchids grew only on north-facing slopes, the study found.",
        # a bare present "is charged with" + the charge, no time word: the party's standing (GUIDE decision 787)
        "Dana Morrow, 44, is charged with arson and burglary.",
        "Each of the two clerks is charged with three counts of forging invoices.",
        # (an age is no time word: "a 19-year-old woman")
        "The driver is charged with manslaughter in the death of a 17-year-old cyclist.",
        # what a thing helps others do is its use or effect: in the present and present perfect (GUIDE decisions 512(b),
        # 711(b)), and in the past over a stretch the text gives or with a state helped (decision 864)
        "The cheaper ferry fares have helped hundreds of families visit the islands.",
        "The new ferry helps islanders reach the mainland.",
        "The small loan helped the bakery pay its staff through the long winter.",
        "The old grant helped the village museum stay open.",
        # a stretch plainly implied (a recurring cost, a clause of each time) or a reported present perfect
        "The inheritance helped the couple cover the nursing home bills.",
        "Dana Lee said the pills helped her sleep when feeling anxious.",
        "The charity said new blood tests had helped doctors to find tumours earlier.",
        # a progressive change in the subject's own condition: a state it is in (GUIDE decision 393)
        "Dana Lee is improving, her daughter says.",
        "Senator Ruiz is doing well and will go home soon.",
        "The Hawks were getting healthier by the week.",
        "The reform movement is gaining strength across the region.",
        "The mayor is growing impatient with the county board.",
        "The patient is recovering from hip surgery at the county hospital.",
    ],
)
def test_a_fact_once_read_as_an_event(text):
    assert kinds(text) == ["fact"]


@pytest.mark.parametrize(
    "text",
    [
        # an inquiry's finding, or a party's act found
        "The night guard had fallen asleep at his post, the inquiry found.",
        "Hackers had stolen the payroll data, the researchers found.",
        # a charge brought at a moment, in a past or perfect tense, or told by a gerund
        "Dana Morrow was charged on Monday with arson.",
        "Dana Morrow has been charged with arson.",
        "Morrow is charged today with arson.",
        "Morrow is charged with manslaughter in the crash on Tuesday.",
        "Morrow is accused of leaking the budget files to a rival firm.",
        # a party helping, or help placed in time
        "Volunteers helped clear the flooded road on Sunday.",
        "Marta Ellis helped launch the bakery in 2012.",
        "The relief fund helped 300 families find homes last year.",
        # a happening as subject, a thing's one past help with no stretch, a subject or help placed at one moment
        "The explosion helped rescuers locate the trapped miners.",
        "The goal helped the team reach the final.",
        "The coach's speech helped the team win the final.",
        "The new grant helped the village museum reopen its east wing.",
        "The grant helped the museum reopen its east wing after the fire.",
        "The grant helped the museum reopen when the flood waters were gone.",
        "The flicker of the probe's antenna as it crossed the ring helped engineers chart the planet's field.",
        # an act readied, a role taken, a measure's move, an act on an object
        "The crew were getting ready to leave.",
        "The crew were getting ready for the long trip.",
        "Lina Park is becoming a member of the board.",
        "Shares are gaining 3% in early trading.",
        "The studio is improving its editing app.",
        # a happening as subject (GUIDE decision 393), a measure's gain (decision 581), a recovery from a move
        "The cyclone is gaining strength as it nears the islands.",
        "The hill fire is growing larger by the hour.",
        "The Dow is gaining momentum.",
        "The ferry company is recovering from the steep losses.",
    ],
)
def test_the_near_miss_stays_an_event(text):
    assert kinds(text) == ["event"]

"""Kind of "could not" + verb on a root or coordinated clause with a plain sign of one past happening (a news idiom verb
of answering or finding out, or a past date or time of the verb's own): what a party was not able to do then, like
"was unable to" (GUIDE decisions 74, 556(b)): an event. Reported speech, a perfect, the reader's "you", a comparative
of praise and a deadline still ahead keep their readings; so do general truths, rules, hypotheticals, a state over a
span and the future, which tell no one happening (decisions 468, 556(c))."""

import pytest
from test_mood import first_claim

# sentence: kind
COULD_NOT = {
    "Despite three attempts, the visiting captain couldn't find a way past the goalkeeper.": "event",
    "The mayor's office could not provide a copy of the contract.": "event",
    "Dana Kell couldn’t attend the opening of the library.": "event",
    "The ministry said it could not comment on the inquiry.": "commitment",
    "You couldn't ask for a better view of the bay.": "fact",
    "The crew could not be happier with the new boat.": "fact",
    "The council could not have known about the leak.": "fact",
    "The harbour board couldn't repair the crane before the end of the year.": "commitment",
}


@pytest.mark.parametrize(("text", "kind"), COULD_NOT.items())
def test_could_not_told_as_what_happened(text, kind):
    claim = first_claim(text)
    assert (claim.kind, claim.modality, claim.polarity) == (kind, "possibility", "negative")


# sentence: whether it tells one past happening (an event). A verb of answering or finding out, or a past date or time of
# the verb's own, does; no such sign, or a frame of a rule, a hypothetical, a wait, a span or a time still ahead, does not.
ONE_PAST_HAPPENING = {
    "The agency could not confirm the figures on Tuesday.": True,
    "The striker could not hide his frustration after the match.": True,
    "The company could not comment on the case.": True,
    "The researchers could not rule out a link between the drug and the deaths.": True,
    "The harbour master could not explain the delay yesterday.": True,
    "The ferry could not dock at the pier last week.": True,
    "The dodo could not fly.": False,
    "The first version of the phone could not copy text between apps.": False,
    "The old stadium could not hold the crowds that came for the final.": False,
    "Under the 1998 act, the home secretary could not overrule the parole board.": False,
    "Under the constitution, the president could not run for a third term.": False,
    "Under the old contract, the club could not sell the ground without the council's consent.": False,
    "The bill could not pass the Senate without 60 votes.": False,
    "Without the grant, the village clinic could not survive.": False,
    "For years, residents of the estate could not drink the tap water.": False,
    "The museum could not verify the painting for years.": False,
    "According to engineers, the bridge could not carry lorries for at least two more years.": False,
    "The school could not reopen until the roof is repaired.": False,
    "The clerk could not locate the file until Friday.": False,
    "The factory could not reopen next year.": False,
    "The council could not find a buyer for the depot next year.": False,
    "The airline could not resume flights to the island in March.": False,
}


@pytest.mark.parametrize(("text", "happened"), ONE_PAST_HAPPENING.items())
def test_could_not_is_an_event_only_with_a_sign_of_one_past_happening(text, happened):
    claim = first_claim(text)
    assert (claim.modality, claim.polarity) == ("possibility", "negative")
    assert (claim.kind == "event") == happened

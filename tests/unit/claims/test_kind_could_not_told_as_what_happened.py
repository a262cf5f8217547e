"""Kind of "could not" + verb on a clause of its own: what a party was not able to do then, told as what happened, like
"was unable to" (GUIDE decisions 74, 556(b)): an event; reported speech, a perfect, the reader's "you" and a comparative
of praise and a deadline still ahead keep their readings."""

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

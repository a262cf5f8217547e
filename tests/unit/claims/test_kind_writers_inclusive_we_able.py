"""Kind of the writer's own "we" (outside any quote) with a frame of possibility: people in general able to do
something, no specific party's undertaking (GUIDE decisions 16, 652(b)); a quoted speaker's "we" keeps its reading."""

import pytest
from test_mood import first_claim

# (sentence, kind): the writer's "we" able to do something is a fact; a quoted "we" or a named party stays a commitment
WRITERS_WE = (
    ("With cheap sensors, we can now measure the air in every street of the valley.", "fact"),
    ("We could go on listing the flaws of the old ferry timetable.", "fact"),
    ("If the probe reaches the moon of Saturn, we might find traces of ice below its crust.", "fact"),
    ("In a century or two, we may be able to grow wheat on the high plateaus.", "fact"),
    ("The historian Ada Vell argues that we can learn a lot from the old harbour ledgers.", "fact"),
    ("“We can open the new clinic in June,” the hospital's director said.", "commitment"),
    ("Under the new lease, the Dunmore Rowing Club can use the boathouse from May.", "commitment"),
    ("The council could close the bridge next week.", "commitment"),
)


@pytest.mark.parametrize(("text", "kind"), WRITERS_WE)
def test_the_writers_we_able_to_do_something(text, kind):
    claim = first_claim(text)
    assert (claim.kind, claim.modality) == (kind, "possibility")

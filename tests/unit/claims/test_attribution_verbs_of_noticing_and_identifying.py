"""Attribution (invented text): the holder of a verb that states what a party found out or judged without a verb of
saying. "X noticed that …" + a clause passes its clause to X like "realized that" (GUIDE decision 277); "noticed" + a
noun phrase alone tells awareness, and the writer's or the reader's "I/you notice" stays the writer's voice (decisions
25, 607). "X identified Y as Z", where Z says who or what Y is, is X's judgement like "dismissed Y as Z" (decision
504); a placeholder or code name with a number ("as Client 7") is a designation, no judgement."""

import pytest
from test_attribution_made_clear import attributions
from test_kind import kind_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several of the growers have noticed that the frost arrives earlier each year.", ("Several of the growers", "noticed")),
        ("A trial in 80 adults noticed that skipping breakfast led to more snacking.", ("trial in 80 adults", "noticed")),
        ("The harbour pilots noticed the tides were running higher than the charts showed.", ("harbour pilots", "noticed")),
    ],
)
def test_a_holder_who_noticed_a_clause_is_its_source(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The harbour pilots have noticed a change in the tides.",  # a noun phrase: awareness, no content (decision 607)
        "You might notice that the menu looks a little different.",  # the reader addressed: the writer's voice
        "I noticed that the gate had been left open.",  # the writer's own
    ],
)
def test_noticing_with_no_clause_or_by_the_writer_or_reader_is_no_attribution(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Valley Courier, citing neighbours, identified the climber as 40-year-old Dana Vole of Elm Creek.",
            ("Valley Courier", "identified"),
        ),
        ("Earlier surveys have identified hiking boots as carriers of invasive seeds.", ("Earlier surveys", "identified")),
        ("Police identified the driver as a retired teacher from the coast.", ("Police", "identified")),
    ],
)
def test_identifying_a_person_or_thing_as_what_it_is_is_the_identifiers_judgement(text, expected):
    assert attributions(text)[0] == expected
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors identified the buyer as Client 7.",
        "Investigators identified the second courier as W3.",
        "The filing identified the lender as Company B.",  # a placeholder noun and a letter (decision 504)
        "The indictment identified the aide as Individual C.",
        "Rangers identified three nests on the island.",  # no "as": an act of finding (decision 607)
    ],
)
def test_a_code_name_or_a_thing_found_is_no_judgement(text):
    assert attributions(text)[0] is None
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Officers did not identify the driver as a local woman.",  # not made (decisions 211(d), 504)
        "The driver was identified as a retired postman.",  # an identification with no holder: an act
        "She identified herself as a paramedic.",  # a party naming itself, no one's judgement
        "Witnesses identified the thief as the man in row 9.",  # no holder who judges: kind and attribution agree
    ],
)
def test_an_identification_not_made_passive_or_of_oneself_stays_an_act(text):
    assert attributions(text)[0] is None
    assert kind_of(text) == "event"

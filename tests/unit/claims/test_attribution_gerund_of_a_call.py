"""Attribution (invented text): a verb of calling or advocacy with "for" + a gerund, and "advocate", "encourage" or
"propose" with a gerund right after it, report what the gerund names (GUIDE decisions 24, 748, 886: source the one who
calls, cue the verb with its "for" as written, auxiliary left out). Not a noun phrase called for ("called for calm",
"proposed a new tax": decisions 61, 748(c)), not negated or under a modal (decisions 296, 748(c)), not the writer's own
"I propose" (decision 25), not a plan or a thing as subject ("The plan calls for building …", "Bright colours can
encourage buying …"), not inside a relative or subordinate clause (decision 2). Not "pushed/pressed for" + a gerund of the
subject's own feat ("pressed for grabbing an equaliser", "pushed for setting the quickest lap"): a striving, nothing said
(the attribution section, decision 177); "pushed for getting the shift scrapped" or "setting a speed limit" stays a call."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour mayor has called for widening the coast road.", ("harbour mayor", "called for")),
        ("The dockers' union pressed for hiring more night wardens.", ("dockers' union", "pressed for")),
        ("The parents' group has long argued for lowering the school fees.", ("parents' group", "argued for")),
        ("Nadia Ferro has also advocated for reopening the old ferry line.", ("Nadia Ferro", "advocated for")),
        ("The dockers' union pushed for getting the night shift scrapped.", ("dockers' union", "pushed for")),
        ("The tenants' group pressed for making the crossing safer.", ("tenants' group", "pressed for")),
        ("The parents' group pushed for setting a speed limit near the school.", ("parents' group", "pushed for")),
        ("Nadia Ferro advocated raising the harbour fees during the spring campaign.", ("Nadia Ferro", "advocated")),
        ("The Harbour Board has proposed offering cheaper berths to small fishing boats.", ("Harbour Board", "proposed")),
        ("Ilse Varga, the club coach, encourages stretching for ten minutes before every run.", ("Ilse Varga", "encourages")),
    ],
)
def test_gerund_of_a_call_is_reported(text, expected):
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The harbour mayor called for calm.",
        "The Harbour Board proposed a new berth tax.",
        "The harbour mayor did not call for widening the coast road.",
        "The harbour mayor could call for widening the coast road.",
        "I propose taking a short break before the vote.",
        "The harbour plan calls for building 500 new berths by 2030.",
        "Bright colours can encourage buying on impulse.",
        "The parents' group, which advocates for lowering the school fees, met on Monday.",
        "After the Harbour Board proposed widening the pier, the fishermen protested.",
        "The away team pressed for getting a third goal before the break.",
        "Rosa Lind pushed for setting the quickest time on the final climb.",
        "Rosa Lind is pushing for making the national rowing squad next spring.",
        "The Harriers pushed for netting a late winner but never beat the keeper.",
    ],
)
def test_no_gerund_call(text):
    assert attributions(text)[-1] is None

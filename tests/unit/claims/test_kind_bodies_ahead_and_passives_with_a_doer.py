"""Kind, session 37: who undertakes an act ahead, when the subject undergoes it or is a body of people.

- A modal passive with the doer named after "by" ("The agency will be led by two deputies", "The strikers will be joined
  by others") still tells what is done to the subject, which undertakes nothing (GUIDE decision 6): `fact`, as the
  passive with no doer was. A passive frame ("will be required to") keeps the subject's duty.
- A singular noun of several people acting as one ("staff", "the jury", "the crew"; claims.json
  `collective_people_nouns`) is a party: what it will do is its `commitment` (GUIDE decision 6); placed by a common
  noun ("hospital staff"), a bare one names a class (decision 16), unless one occasion bounds it (decision 652(a)).
- An indefinite article before a noun of a body convened for a task ("A jury will decide", "An appointed committee will
  award"; `one_body_nouns`) introduces one body, not any member of a class (decision 16): `commitment`; "an importer",
  "a company" stay the class member's `fact`, and a passive done to the body ("A panel will be formed") stays `fact`.
- "will become" + a noun phrase of a role or status ("will become a member of the league") says what the party will be,
  no act: `fact` (GUIDE decision 713(b)); "will join" and "must become calmer" keep their readings.
"""

from test_kind import kind_of as _kind  # (the first claim's kind of an invented text)


def test_a_passive_with_its_doer_named_tells_what_the_subject_undergoes():
    assert _kind("Until a new chief is picked, the agency will be led by two deputies.") == "fact"
    assert _kind("The striking nurses will be joined by teachers at a rally outside the hospital.") == "fact"
    assert _kind("Dana Reyes will not be employed by the city.") == "fact"


def test_a_passive_frame_keeps_the_subjects_duty():
    assert _kind("The council will be required to publish the figures by May.") == "commitment"


def test_a_collective_noun_of_people_acts_as_a_party():
    assert _kind("For the group photo, staff will provide hats and signs.") == "commitment"


def test_an_indefinite_body_convened_for_a_task_is_one_party():
    assert _kind("A jury will decide in August whether the driver goes to prison.") == "commitment"
    assert _kind("An appointed committee will award the prize next year.") == "commitment"
    assert _kind("A team of inspectors is also expected to present its report to the ministers.") == "commitment"


def test_an_indefinite_member_of_a_class_stays_generic():
    assert _kind("An importer may elect to pay the duty later.") == "fact"
    assert _kind("A company can deduct the cost of the equipment.") == "fact"


def test_an_indefinite_household_or_team_in_an_explainer_stays_generic():
    # any family, couple or team of a class (a measure "of four", a clause that picks the class out, a general
    # setting) is decision 16's class member, not one body introduced
    assert _kind("A family of four will pay about $500 more a year under the plan.") == "fact"
    assert _kind("A couple earning $80,000 will pay about $2,000 more in tax.") == "fact"
    assert _kind("A team that fields an ineligible player will forfeit the match.") == "fact"
    assert _kind("In Scotland, a jury will return one of three verdicts.") == "fact"
    assert _kind("A jury will usually reach its verdict within a day.") == "fact"


def test_a_body_that_undergoes_a_passive_undertakes_nothing():
    assert _kind("A panel will be formed next month.") == "fact"


def test_a_bare_collective_placed_by_a_common_noun_is_a_class():
    # "hospital staff" names the staff of any hospital, as "hospital workers" does (GUIDE decision 16)
    assert _kind("Under the scheme, hospital staff would simply send patients home.") == "fact"
    # ... unless one occasion bounds them (GUIDE decisions 331, 652(a))
    assert _kind("Hospital staff will walk out on Tuesday.") == "commitment"


def test_becoming_a_role_or_status_is_what_the_party_will_be():
    # "will become" + a noun phrase of a role or status tells what the party will be, no act (GUIDE decision 713(b))
    assert _kind("The club will become a member of the league in May.") == "fact"
    assert _kind("Harbour Street will become Founders Street next year.") == "fact"
    assert _kind("Dana Reyes may eventually become a star in the majors.") == "fact"
    assert _kind("Ms. Reyes is set to become chairman of the board.") == "fact"


def test_an_act_of_joining_or_a_quality_to_reach_keeps_its_reading():
    assert _kind("The club will join the league in May.") == "commitment"
    assert _kind("Dana Reyes must become calmer.") == "commitment"
    # the party's own aim to become one stays its plan
    assert _kind("The city aims to become a regional rail hub.") == "commitment"


def test_a_collective_that_undergoes_the_act_undertakes_nothing():
    # losing jobs is done to the staff, as to "workers" (GUIDE decision 6)
    assert _kind("Staff will lose their jobs if the plant closes.") == "fact"

"""Attribution (invented text): a gerund of an act of looking with a phrase after it, as the subject of a finding verb
("Looking at the cells under a microscope revealed that …"), is no source (GUIDE decision 483). Not a person the parser
took into a gerund's clause ("The agent negotiating on behalf of the player said …"), nor a body of reporting by
someone ("Reporting by the Associated Press found …", a report of decision 17), nor under a verb of saying."""

from test_attribution_made_clear import attributions


def test_a_gerund_of_looking_under_a_finding_verb_is_no_source():
    assert attributions("Looking at the cells under a microscope revealed that the drug had worked.") == [None]


def test_a_person_before_a_gerund_under_said_keeps_the_source():
    found = attributions("The agent negotiating on behalf of the player said a deal was close.")[0]
    assert found is not None and "agent" in found[0]


def test_reporting_by_a_body_is_a_report_that_finds():
    assert attributions("Reporting by the Associated Press found that the agency had ignored the warnings.")[0] is not None

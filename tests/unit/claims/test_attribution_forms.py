"""Attribution of forms the parser or the reporting-verb table missed (session 21): a reporting verb opening the
clause that the parser hung below a later verb, and passives that report with nobody named ("is alleged to", "has
been hailed as", "was asked if …"; not an instruction, "have been told to …", "are advised to", GUIDE decisions 377
and 704(a)); a stance adjective with a clause reports nothing (GUIDE decision 278)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


def attribution_of(text):
    claim = first(text)
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporting verb made a clause of a later verb (after a colon, after a list of clauses)
        (
            "Marlow explained that the depot was getting a new roof: all drivers would now park outside, all clerks were "
            "moved upstairs.",
            ("Marlow", "explained"),
        ),
        (
            "Several members of the council have suggested that the city isn't using the depot enough: that is, the "
            "city is relying too much on private yards.",
            ("Several members of the council", "suggested"),
        ),
        (
            "The report found children in some camps didn’t have access to showers, didn’t always have chances to change "
            "clothes and that they had little space.",
            ("report", "found"),
        ),
        # the reporting verb read as a modifier of its subject
        (
            "The group's parent company, The Grain Company, announced on Sept. 30 that it was withdrawing its filing "
            "for a public offering, shortly after its founder stepped down.",
            ("The Grain Company", "announced"),
        ),
    ],
)
def test_reporting_verb_opening_the_clause(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Press Board is concerned the new rules would crush small papers.",
        "The farmers' union is adamant that seed prices must be capped.",
        "Local officials are confident that the bridge will reopen in May.",
    ],
)
def test_stance_adjective_with_a_clause_reports_nothing(text):
    # GUIDE decision 278 (settled in session 21): a linking verb and a stance adjective give no cue, unlike a belief
    # verb ("fear that", decision 288); the unit is the holder's state, read from the outer verb
    claim = first(text)
    assert claim.attribution is None
    assert claim.modality == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Schools are worried about their pupils.",  # no clause: nothing reported
        "We are confident that the bridge will reopen in May.",  # the writer's own stance
        "The general idea of visiting the ruins, only to find said ruins had owners of their own, is familiar.",
    ],
)
def test_no_attribution(text):
    assert first(text).attribution is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The driver is then alleged to have thrown a bottle at the officer.", (None, "alleged")),
        ("The town has been hailed as a model of careful planning.", (None, "hailed")),
    ],
)
def test_passive_report_by_nobody_named(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an instruction or advice given by nobody named reports no statement (GUIDE decisions 377 and 704(a), which
        # superseded consistency pass G42's source-null reading of these two)
        "Shoppers have been told for years to avoid buying eggs in bulk.",
        "Residents are advised to stay indoors.",
    ],
)
def test_passive_instruction_by_nobody_named(text):
    assert attribution_of(text) is None


def test_stance_inside_a_quote_stays_the_speakers():
    text = (
        '"Usually, mercy is the rule for such cases. However, the government is clearly concerned that members of the '
        'public will not take the rules seriously," Smith said.'
    )
    out = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert [(c.attribution.source, c.attribution.cue) for c in out] == [("Smith", "said")] * len(out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The figures show nine out of every 100 pupils were out of school.", ("figures", "show")),
        ("The results show that fewer riders took the night trains.", ("results", "show")),
    ],
)
def test_figures_and_results_report_their_findings(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, the mayor was asked if the council would be voting on the budget.", (None, "asked")),
        ("The mayor was asked whether the bridge would reopen.", (None, "asked")),  # the one asked is no source
        ("The mayor was asked by reporters whether the bridge would reopen.", ("reporters", "asked")),
    ],
)
def test_question_asked_of_the_subject(text, expected):
    assert attribution_of(text) == expected


def test_it_standing_for_a_study_named_before():
    text = "A new survey came out on Monday, and it was presented in Leeds. It also showed that most voters want change."
    out = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert (out[-1].attribution.source, out[-1].attribution.cue) == ("new survey", "showed")
    text = "The company released its results. It found that sales fell."  # no study before: no finding reported
    assert extract_claims(text, split_sentences(text), published="2024-03-05")[-1].attribution is None


@pytest.mark.parametrize(
    "text",
    [
        "Harbour tolls are seen as one of the hardest questions in the port's long dispute with the city.",
        "The ferry line has long been seen as a testing ground for the company's new engines.",
        "This ruling has been seen as “seriously weakening” the power of the county board.",
    ],
)
def test_seen_as_with_no_holder_named_is_nobodys_view(text):
    # GUIDE decisions 108 and 195: "is seen as" reads like "is considered", cue the verb alone
    assert attribution_of(text) == (None, "seen")


def test_seen_doing_is_a_sighting_not_a_view():
    assert attribution_of("Fans were seen waving flags outside the stadium on Sunday.") is None


def test_she_said_after_a_woman_who_shares_her_husbands_surname_is_hers():
    # two persons of one family under one surname ("Linda Lindqvist" beside her husband "Robert Lindqvist"):
    # the surname's evidence goes both ways, so the full name's common first name tells whom "she" fits
    text = (
        "Linda Lindqvist said her husband Robert Lindqvist had kept his promise to the town. "
        "Robert Lindqvist said he was proud of the new school, and he thanked the teachers. "
        "In an interview with Paula Grant, Linda Lindqvist praised the town's volunteers. "
        "“We owe them everything,” she said."
    )
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    last = claims[-1]
    assert (last.attribution.source, last.attribution.cue) == ("Linda Lindqvist", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said a scan of the dog's collar chip revealed that the dog had walked more than 300 miles.",
            ("scan of the dog's collar chip", "revealed"),
        ),
        (
            "“Every harbour study conducted over the last 30 years indicated that the port needs a deeper channel,” said "
            "Mayor Tom Hale.",
            ("Every harbour study", "indicated"),
        ),
    ],
)
def test_a_finding_reported_inside_reported_speech_is_the_studys(text, expected):
    # GUIDE decisions 3, 17 and 103: the inner holder of the content, a study's finding, is the source
    assert attribution_of(text) == expected


def test_a_speakers_own_judgement_of_a_study_stays_theirs():
    assert attribution_of("Officials said the study was flawed.") == ("Officials", "said")
    text = "“The cause is under investigation, but early reports do not indicate it was arson,” the fire service said."
    assert attribution_of(text) == ("fire service", "said")

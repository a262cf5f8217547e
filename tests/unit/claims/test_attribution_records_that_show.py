"""Attribution (invented text): a document or record a party drew up, filed or kept ("court records", "the complaint",
"the leaked memo"), or a model or projection researchers built, as the subject of "show" with content reports what it
holds like a study (GUIDE decisions 17, 101, 618(a), 644(a): a named or described document stays a source; 698(a)
for models and projections), also in a closing tag the tagger reads as a noun and after a past tense it reads as a
participle, and with an object and a participle read as a clause (decision 397); a model only with a research mark
(a research modifier, an "of"-phrase, the plural); a singular "record" (a tally), a plan, a bare "model" (a product,
a scheme, a person, a display) and a document with a bare noun phrase stay unattributed."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Court records show that the ferry firm paid the fine in March.", "Court records", "show"),
        ("The leaked memo shows that the council approved the harbour plan in secret.", "leaked memo", "shows"),
        (
            "The complaint against the ferry firm shows that the company knew about the leak.",
            "complaint against the ferry firm",
            "shows",
        ),
        ("Computer models of the harbour have shown that the sea wall would fail.", "Computer models of the harbour", "shown"),
        ("A flight tracker shows the glider made a wide loop over the bay.", "flight tracker", "shows"),
        # (a model researchers built, known by a positive mark: a research modifier, an "of"-phrase, the plural)
        ("A statistical model showed that the vaccine cut deaths by half.", "statistical model", "showed"),
        ("A model of the reservoir showed that the dam would hold.", "model of the reservoir", "showed"),
        ("Models show that the lake will shrink by a third.", "Models", "show"),
        # (a closing tag whose verb the tagger reads as a noun: "records show" as a compound)
        ("The ferry firm once owned a warehouse in the harbour district, court records show.", "court records", "show"),
        # (a past tense before the tag that the tagger reads as a participle)
        ("Globex controlled most of the harbour trade by 2009, court filings show.", "court filings", "show"),
        # (an object with a participle the parser hung on it, read as a clause: GUIDE decision 397)
        (
            "Fresh harbour forecasts showed the board shifting its outlook to faster growth.",
            "Fresh harbour forecasts",
            "showed",
        ),
    ],
)
def test_a_record_or_model_shows_what_it_holds(text, source, cue):
    assert attributions(text)[0] == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The team's record shows that they can win away from home.",
        "The plan shows that the council cares about the harbour.",
        "The documents show a blur at the gate.",
        "The documents show a ferry owned by a Greek firm.",
        "The clerk showed the documents to the inspector.",
    ],
)
def test_a_tally_a_plan_or_a_bare_noun_phrase_stays_unattributed(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # a bare "model" with no research mark: a product, a scheme, a person or a display (GUIDE decisions 26, 35, 141, 320)
        "The new model shows that the scooter maker has listened to its riders.",
        "The brewer's latest model shows that it has caught up with its rivals.",
        "The chain's business model shows that cheap rooms can still pay.",
        "His role model showed that a farmer's son could lead the party.",
        "The model, 31, showed that he could cope with the glare of the runway.",
        "The catwalk model showed that she could stride in stilts.",
        "The scale model shows that the arena will have a sliding roof.",
    ],
)
def test_a_model_without_a_research_mark_stays_unattributed(text):
    assert attributions(text)[0] is None


def test_a_study_still_shows():
    assert attributions("The study shows that the council approved the plan in secret.")[0] == ("study", "shows")

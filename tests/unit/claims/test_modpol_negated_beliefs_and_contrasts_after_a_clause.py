"""Modality and polarity, session 41 (h41modpol): a negated belief inside reported speech, and an appended contrast that
the parser hangs on the last word of a clause closing the predicate.

- "The port said it does not believe the strike will affect shipping": a negated belief frame passes its clause's
  modality as an unnegated one does (GUIDE decision 287), also when the belief is itself what a speech verb reports;
  the negation stays the frame's (negative). Not under the belief's own modal, nor a negated "know".
- "became a place to meet friends, not merely a place to buy bread", "came as the runners lined up, not during the
  race": a "…, not X" closing the sentence is decision 186's appended contrast of the main clause (negative), though the
  parser hangs it inside the relative or adverbial clause before it. Not a contrast inside a noun's content clause
  ("a believer that cooking is an art, not a science", decision 39), nor one set off inside the sentence.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port said it does not believe the strike will affect shipping.", ("intention", "negative")),
        ("Lee said after the match that he didn't think the foul was going to be a red card.", ("intention", "negative")),
        ("The engineer said she doesn't think the bridge can be saved.", ("possibility", "negative")),
        # not passed: no modal in the clause; the belief's own modal decides; "not know" is a doubt, no belief framing it
        ("He said he does not think the fee is fair.", ("none", "negative")),
        ("The mayor said she would not think the vote will pass.", ("intention", "negative")),
        ("The port said it does not know that the strike will end.", ("none", "negative")),
    ],
)
def test_a_reported_negated_belief_passes_its_clauses_modality(text, expected):
    # the first three fail before session 41: the negated belief was read as the unit's verb, with no modality
    assert [(c.modality, c.polarity) for c in _claims(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The shop became a place to meet friends, not merely a place to buy bread.",
        # (the parser hangs "not" on the clause's last noun, the contrast with its own infinitive as its apposition)
        "Radio has since become a way for us to reach our listeners—not merely a channel for us to sell ads.",
        "The rain came as the runners lined up, not during the race.",
        "The council sees its task through the lens of decades, not years.",
        "It is the fans' willingness to pay high prices that keeps tickets dear, not the wages.",
    ],
)
def test_a_contrast_closing_the_sentence_after_a_clause_is_negative(text):
    # fails before session 41 (all but the plain adjunct): the walk stopped at the relative or adverbial clause
    assert [c.polarity for c in _claims(text)] == ["negative"]


@pytest.mark.parametrize(
    "text",
    [
        "Now, I am a firm believer that cooking is an art, not a science.",
        "The firm that sells tea, not coffee, opened a shop in the square.",
    ],
)
def test_a_contrast_inside_a_content_clause_or_set_off_inside_the_sentence_stays_positive(text):
    assert [c.polarity for c in _claims(text)] == ["positive"]


@pytest.mark.parametrize(
    "text",
    [
        # set against the relative clause's own object or adjunct (decisions 39, 82), not the main clause's
        "The study recruited 300 children who were given the drug, not a dummy pill.",
        "The coach picked players who favour attack, not defence.",
        "The court sided with farmers who had sold grain to the state, not the traders.",
        "The police released the fans who had been held for hours, not days.",
        # set against a word of the adverbial clause (decision 82; 186 counts only the main clause's own phrase)
        "Bonds fell because traders expected a rise in rates, not a cut.",
        "The director quit after the inquiry found errors, not fraud.",
        "The summit ended while the talks were held in Paris, not Rome.",
        "Prices rose when demand grew quickly, not slowly.",
        "The envoys met in Oslo to discuss fishing, not oil.",
    ],
)
def test_a_closing_contrast_of_a_word_inside_the_clause_stays_positive(text):
    # negative before mend41g: the walk climbed through any relative or adverbial clause ending the sentence
    assert [c.polarity for c in _claims(text)] == ["positive"]


@pytest.mark.parametrize(
    "text",
    ["Who doesn't believe the bus fare will rise?", "\u201cWho doesn't think the team will go down?\u201d the manager asked."],
)
def test_a_question_about_who_holds_a_negated_belief_passes_nothing(text):
    # intention before mend41g: the negated-belief path lacked the who-question guard (GUIDE decision 757)
    assert [(c.modality, c.polarity) for c in _claims(text)] == [("none", "negative")]

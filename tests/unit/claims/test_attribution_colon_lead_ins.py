"""Attribution, session 34: a quotation introduced by a lead-in before a colon (GUIDE decisions 61, 228, 250).

- The words before the colon only introduce the quotation, which is the lead-in's subject's: a person or a body named
  or a pronoun standing for one ("Dana Cole threw herself under the bus: “…”", "She continued: “…”"), also where the
  lead-in is a name and its description alone ("Owner Tom Reyes, also at the game: “…”").
- The cue is the lead-in's reporting or tag verb ("tweeted this announcement:", "She continued:"), else `null`.
- Where the lead-in tells of words received, heard or quoted, the words' author speaks, not the subject ("won praise
  from her coach:", "quoted Winston Churchill:"), and where it names no author, no one (decisions 3, 64).
- An imperative is a clause; a negated idiom ("did not mince her words:") still only introduces the quotation; a
  title set in capitals ("“Nobody Knows My Name”") is no words said; a salutation names the addressee.
- A quotation with no finite verb after the colon is a caption or phrase, not words spoken; "I asked …:" is the
  writer's own (decision 250)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_LEAD_IN_WITHOUT_SPEECH = "Dana Cole threw herself under the bus: “I take the blame for the whole season.”"
_PRONOUN_LEAD_IN = "Maria Lopez spoke at the rally on Friday.\n\nShe continued: “We will keep the clinic open all year.”"
_NAME_AND_DESCRIPTION = 'Owner Tom Reyes, also at the game: "We have wanted to help the team for years."'
_QUOTE_VERB_HEADS_THE_SENTENCE = 'Dana Cole gave her verdict on the plan: "It is a waste of money."'
_SECOND_VERB_REPORTS = (
    "In the middle of the storm, Brightline stepped in and tweeted this notice: “We are all worried about the delays. "
    "Fares have dropped to help riders get home.”"
)
_QUOTE_OVER_SENTENCES = 'Diver Paul Brandt, a Dutch engineer, took a look: "It is a lot of silt. The hull is cracked."'
_CAPTION = 'Dana Cole held up a sign for the cameras with the words: "Home at last".'
_WRITERS_OWN = 'I asked the chatbot: "What is the capital of Peru?"'


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fails before session 34: no attribution
        (_LEAD_IN_WITHOUT_SPEECH, "threw herself", ("Dana Cole", None)),
        # (the tag verb "continued" is the cue as written, GUIDE decisions 375, 402)
        (_PRONOUN_LEAD_IN, "She continued", ("Maria Lopez", "continued")),
        (_NAME_AND_DESCRIPTION, "Tom Reyes", ("Tom Reyes", None)),
        (_QUOTE_VERB_HEADS_THE_SENTENCE, "gave her verdict", ("Dana Cole", None)),
        # (held before session 34 by the tweet's own frame on this parse; kept: the lead-in's cue is its reporting verb)
        (_SECOND_VERB_REPORTS, "stepped in", ("Brightline", "tweeted")),
        (_SECOND_VERB_REPORTS, "Fares have dropped", ("Brightline", "tweeted")),
        # fails before session 34: no attribution for either sentence of the quote
        (_QUOTE_OVER_SENTENCES, "took a look", ("Paul Brandt", None)),
        (_QUOTE_OVER_SENTENCES, "The hull is cracked", ("Paul Brandt", None)),
    ],
)
def test_lead_in_speaker(text, words, expected):
    attribution = next(c.attribution for c in _claims(text) if words in c.text)
    assert attribution is not None
    assert (attribution.source, attribution.cue) == expected


@pytest.mark.parametrize("text", [_CAPTION, _WRITERS_OWN])
def test_no_speaker_for_a_caption_or_the_writers_own_words(text):
    assert all(c.attribution is None for c in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        # the reread of h34attr (rev34a's finding 1): the lead-in's subject gets, hears or cites someone else's words
        "Reuters obtained an internal memo from the finance ministry: \u201cWe cannot meet the deficit target this year.\u201d",
        "The court heard from the victim\u2019s mother: \u201cShe was the light of our family.\u201d",
        "The striker drew a rebuke from his coach: \u201cHe must learn to pass the ball.\u201d",
    ],
)
def test_a_lead_in_that_receives_someone_elses_words_names_no_speaker(text):
    claims = _claims(text)
    assert all(c.attribution is None or c.attribution.source not in ("Reuters", "The court", "The striker") for c in claims)


def test_reading_out_a_statement_before_a_colon_keeps_the_reader():
    # (the reread: "read" is no receiving verb here; a spokesman reading a statement speaks it, decision 228)
    text = "Outside the court, the family spokesman Tom Hale read a statement: \u201cWe are relieved the trial is over.\u201d"
    assert _claims(text)[0].attribution.source == "Tom Hale"


_RECEIVED_FROM = "Coach Tom Reyes won praise from his captain: “He is the best coach I have ever played for.”"
_QUOTED_AUTHOR = "Senator Dana Cole quoted Abraham Lincoln: “A house divided against itself cannot stand.”"
_VERDICT_FROM = "Then came the ruling from Judge Maria Lopez: “The evidence does not support the charge.”"
_IMPERATIVE = "Dana Cole had a simple message for voters: “Go out and vote on Thursday.”"
_NEGATED_IDIOM = "The coach did not mince his words: “We were a disgrace in the second half.”"
_COLON_ON_OBJECT = "The health secretary issued a warning: “The next winter will be hard for hospitals.”"
_ROLE_NOUN = "The goalkeeper was furious: “We were robbed by the referee.”"
_PASSIVE = "Dana Cole was stunned by the verdict: “I cannot believe the jury got it so wrong.”"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fail before the mend: the lead-in's subject, who received or quoted the words, was the speaker
        (_RECEIVED_FROM, "won praise", "his captain"),
        (_QUOTED_AUTHOR, "quoted Abraham", "Abraham Lincoln"),
        # fail before the mend: no speaker
        (_VERDICT_FROM, "came the ruling", "Maria Lopez"),
        (_IMPERATIVE, "simple message", "Dana Cole"),
        (_NEGATED_IDIOM, "mince his words", "coach"),
        (_COLON_ON_OBJECT, "issued a warning", "health secretary"),
        (_ROLE_NOUN, "goalkeeper", "goalkeeper"),
        (_PASSIVE, "was stunned", "Dana Cole"),
    ],
)
def test_lead_in_author(text, words, expected):
    attribution = next(c.attribution for c in _claims(text) if words in c.text)
    assert attribution is not None
    assert attribution.source == expected


_HEARD_WORDS = "Maria Lopez heard the words every parent dreads: “Your son has been in an accident.”"
_UNLABELLED_THING = "Covid changed everything: “We will never go back to the office full time.”"
_TITLE = "Dana Cole released her debut single on Friday: “Nobody Knows My Name”."
_SALUTATION = "Dear President Tom Reyes: “We urge you to end the blockade.”"
# (a verbless lead-in whose noun heads the sentence: climbing to the lead-in's verb stops at the root)
_VERBLESS_ROOT = "Bottom line: “We need more money.”"


@pytest.mark.parametrize("text", [_HEARD_WORDS, _UNLABELLED_THING, _TITLE, _SALUTATION, _VERBLESS_ROOT])
def test_no_lead_in_speaker(text):
    # (each gave the lead-in's subject or name as the speaker before the mend)
    assert all(c.attribution is None or c.attribution.source is None for c in _claims(text))


def test_a_body_releasing_or_publishing_its_own_statement_keeps_its_speaker():
    # ("released" and "published" are no verbs of receiving: the statement is the ministry's own words, decision 228)
    text = "The Finance Ministry released a statement on Monday: \u201cThe budget will be balanced by next year.\u201d"
    assert _claims(text)[0].attribution.source == "Finance Ministry"

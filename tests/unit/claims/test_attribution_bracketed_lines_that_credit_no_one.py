"""Attribution, session 40: a bracketed paragraph credits the paragraphs before it only when it names a source (GUIDE
decision 50's "[ Engadget ]").

- A bracketed sentence between paragraphs ("[Read how to turn off tracking.]", "[See 4 Ways to Sleep Better.]") is a
  link to another story: it names no one, and the statements before it stay the article's own.
- A transcript's stage direction ("[PAUSE]", "[LAUGHTER]") credits nothing either: the speaker label of the transcript
  still gives the speaker.
- A credit line that names an outlet still credits the run before it."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_LINK_LINE = (
    "Nearly 40 shops in Ruritania sell the data of their customers.\n\n"
    "Several of those shops track their buyers across town.\n\n"
    "[Read how to turn off tracking on your phone.]\n\n"
    "The shops sell the data to advertisers."
)
_LINK_LINE_WITH_A_QUESTION = (
    "About 3 percent of the patients in the study lost their jobs.\n\n"
    "[See What Keeps You Awake? 4 Ways to Sleep Better.]\n\n"
    "Doctors at the clinic said the figure was high."
)
_STAGE_DIRECTION = (
    "THE MAYOR: Good morning, everyone. The new bridge opens next week.\n\n[PAUSE]\n\nThe ferry will keep running until June."
)
_OUTLET_CREDIT = "The tablet is light and fast.\n\n[ Gadget Weekly ]"


def _sources(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {c.text: (c.attribution.source if c.attribution else None) for c in claims}


def test_a_bracketed_link_sentence_credits_no_one():
    sources = _sources(_LINK_LINE)
    assert sources["Nearly 40 shops in Ruritania sell the data of their customers."] is None
    assert sources["Several of those shops track their buyers across town."] is None


def test_a_bracketed_link_sentence_ending_in_a_stop_after_a_question_credits_no_one():
    sources = _sources(_LINK_LINE_WITH_A_QUESTION)
    assert sources["About 3 percent of the patients in the study lost their jobs."] is None


def test_a_stage_direction_credits_nothing():
    sources = _sources(_STAGE_DIRECTION)
    assert "PAUSE" not in sources.values()
    assert sources["The new bridge opens next week."] != "PAUSE"


def test_an_outlet_named_in_brackets_still_credits_the_excerpt():
    assert _sources(_OUTLET_CREDIT)["The tablet is light and fast."] == "Gadget Weekly"

"""Attribution, session 52: an interview set as questions and answers, read from the layout (GUIDE decision 50).

- Where at least three questions put to "you" (a remark or two and a question, up to three sentences) are each
  answered in the first person, and the introduction before the first question names a person in full and speaks
  of them again (with no "I" of the writer's), the answers are that person's words: source the person, cue the
  reporting word of a lead-in that only announces the answers ("Here's what she had to say.") or null where the
  introduction only sets the scene ("We sit down with her at her farm …"). The questions stay the writer's voice.
- A quote with its own tag inside an answer keeps its own speaker (decisions 3, 375); an answer that speaks of the
  interviewee by name is the writer's voice again.
- It is an interview where the introduction speaks of putting questions to someone ("We sit down with her …",
  "We asked her …", "Q&A with …") or a question or its answer opens with a speaker's label ("Q:", "L.A. WEEKLY:").
- No interview: questions set as headings in capitals (an explainer's), an introduction in the writer's own "I"
  (a columnist's answers are the writer's voice), a page of questions to "you" answered by "we" with no such word
  or label, a story with fewer than three questions.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_INTRO = (
    "Vertical farms are sprouting in old warehouses across the Midwest.\n\n"
    "Marta Lindgren grew up on a dairy farm in Wisconsin. Today Lindgren runs twelve indoor farms and sells greens to "
    "three grocery chains. The former engineer still wears rubber boots to the office.\n\n"
)
_TURNS = (
    "Your farms use no soil at all. Some growers call that a gimmick. How do you answer them?\n\n"
    "Soil was never the point. We feed the roots with water and minerals, and the plants grow twice as fast.\n\n"
    "The lettuce tastes the same. Nobody has ever sent a box back.\n\n"
    "What did the dairy farm teach you?\n\n"
    "My father milked sixty cows before breakfast. Ruth Baker, my first boss, said the market would never pay for "
    "greens in winter.\n\n"
    "Where do you want the company to be in five years?\n\n"
    "We plan to open farms in every state on the Great Lakes. Our investors like the plan.\n\n"
)
_MAGAZINE = _INTRO + "We sit down with her at her flagship site on a rainy morning, between rows of basil.\n\n" + _TURNS
_ANNOUNCED = _INTRO + "We asked her about soil, cows and the future. Here's what she had to say.\n\n" + _TURNS
_NAMED_AGAIN = _MAGAZINE + "Lindgren then walks us to the packing room, where twenty workers sort the greens."

_EXPLAINER = (
    "Governor Paul Ames signed the state budget on Friday. Ames called it the fairest budget in a decade.\n\n"
    "WHAT DOES IT MEAN FOR YOUR TAXES?\n\n"
    "Most of us will pay about the same as last year. Our state's rate stays at five percent.\n\n"
    "WILL YOUR SCHOOL GET MORE MONEY?\n\n"
    "Our schools get two percent more. We will see the first checks in September.\n\n"
    "WHAT ABOUT YOUR ROADS?\n\n"
    "We will repave forty miles of highway next summer."
)
_COLUMN = "I first met Marta Lindgren at a county fair in 2019. Lindgren was selling lettuce out of a van.\n\n" + _TURNS
_FAQ = (
    "Dr. Ana Ruiz leads the harbour clinic. Ruiz opened it in 2015 with two nurses.\n\n"
    "Do you need an appointment?\n\n"
    "Yes. We see patients from eight in the morning to five in the afternoon.\n\n"
    "Can you bring your children?\n\n"
    "Our staff can watch them in the play room.\n\n"
    "What should you bring?\n\n"
    "Bring your insurance card. We cannot see you without it."
)
_NEWS = (
    "Marta Lindgren opened her twelfth indoor farm on Monday. Lindgren said the site would hire forty workers.\n\n"
    "Why does that matter to you?\n\n"
    "We all eat greens grown two thousand miles away. Our winters are long.\n\n"
    "The farm will sell to three grocery chains, the company said."
)


def _attributions(text):
    return {c.text: c.attribution for c in extract_claims(text, split_sentences(text), published="2024-03-05")}


def _sources(text):
    return {text: a.source if a else None for text, a in _attributions(text).items()}


def test_answers_after_questions_to_you_are_the_interviewees_with_no_cue_after_a_scene():
    attributions = _attributions(_MAGAZINE)
    answer = attributions["Soil was never the point."]
    assert answer is not None and (answer.source, answer.cue) == ("Marta Lindgren", None)
    sources = _sources(_MAGAZINE)
    assert sources["Nobody has ever sent a box back."] == "Marta Lindgren"  # a second paragraph of the answer
    assert sources["My father milked sixty cows before breakfast."] == "Marta Lindgren"
    assert sources["We plan to open farms in every state on the Great Lakes."] == "Marta Lindgren"
    # the questions, the remarks before them and the introduction stay the writer's
    assert sources["How do you answer them?"] is None
    assert sources["Where do you want the company to be in five years?"] is None
    assert sources["The former engineer still wears rubber boots to the office."] is None


def test_a_lead_in_that_announces_the_answers_gives_its_reporting_word():
    answer = _attributions(_ANNOUNCED)["Soil was never the point."]
    assert answer is not None and (answer.source, answer.cue) == ("Marta Lindgren", "say")


def test_a_tagged_quote_inside_an_answer_keeps_its_own_speaker():
    sources = _sources(_MAGAZINE)
    tagged = next(text for text in sources if text.startswith("Ruth Baker"))
    assert sources[tagged] == "Ruth Baker"


def test_an_answer_naming_the_interviewee_is_the_writers_voice_again():
    sources = _sources(_NAMED_AGAIN)
    assert sources["Our investors like the plan."] == "Marta Lindgren"
    assert sources["Lindgren then walks us to the packing room, where twenty workers sort the greens."] is None


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # questions set as headings in capitals: an explainer's
        (_EXPLAINER, ("Our state's rate stays at five percent.", "We will repave forty miles of highway next summer.")),
        # the writer's own "I" in the introduction: a columnist's answers are the writer's voice
        (_COLUMN, ("Soil was never the point.", "We plan to open farms in every state on the Great Lakes.")),
        # a page of questions to "you" answered by "we", with no word of putting questions to someone and no label
        (_FAQ, ("We see patients from eight in the morning to five in the afternoon.", "Bring your insurance card.")),
        # one question in a news story
        (_NEWS, ("Our winters are long.",)),
    ],
)
def test_no_interview_credits_no_one(text, answers):
    sources = _sources(text)
    assert [sources[answer] for answer in answers] == [None] * len(answers)

"""Attribution, session 52: an interview set as questions and answers, read from the layout (GUIDE decision 50).

- Where at least three questions put to "you" (a remark or two and a question, up to three sentences) are each
  answered in the first person, and the introduction before the first question names a person in full and speaks
  of them again (with no "I" of the writer's), the answers are that person's words: source the person, cue the
  reporting word of a lead-in that only announces the answers ("Here's what she had to say.") or null where the
  introduction only sets the scene ("We sit down with her at her farm …"). The questions stay the writer's voice.
- A quote with its own tag inside an answer keeps its own speaker (decisions 3, 375); an answer that speaks of the
  interviewee by name is the writer's voice again.
- It is an interview where the introduction puts the questions to the named person ("We sit down with her …",
  "We asked her …", "X tells the weekly …"), or an answer opens with the label of a person it names ("Lopez:"); not
  on a news lede's words ("X spoke at …", "Talks …", "We asked readers …") nor on "Q:"/"A:" alone. An answer's "we"
  is the interviewee's only where the introduction gives them a body to speak for.
- The interviewer's remark between answers, and narration that brings in another person, are the writer's voice; a
  company named after the interviewee ("at Kent") does not end the credit; a labelled answer is its label's person.
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


# ---- after the review (session 52): the introduction puts the questions to the named person --------------------

_ANSWERS_WE = (
    "Will the bond raise your property taxes?\n\n"
    "Yes. We estimate the owner of a $300,000 home would pay $120 more a year.\n\n"
    "When do you vote on it?\n\n"
    "The measure is on the November ballot. We will publish a voter guide in October.\n\n"
    "Can you vote if you rent?\n\n"
    "Yes. We checked with the county clerk, and renters who are registered can vote."
)
_MAILBAG = (
    "Superintendent Laura Kim proposed a $90 million school bond last month. Kim says the district's buildings are "
    "falling apart.\n\nWe asked readers to send us their questions about the bond. Here are the answers.\n\n" + _ANSWERS_WE
)
_SPOKESPERSON = (
    "Governor Ann Leclerc unveiled a plan on Monday to close three state prisons by 2027.\n\n"
    "We asked a spokesperson for the corrections officers' union about the plan.\n\n"
    "Will your members lose their jobs?\n\n"
    "Some will. We expect about 600 layoffs.\n\n"
    "Do you support any part of the plan?\n\n"
    "We support the new training money. Our officers need it.\n\n"
    "What will you do next?\n\n"
    "We will sue the state if the closures go ahead."
)
_SPOKE_AT = (
    "Senator Rachel Dunn spoke at the chamber of commerce lunch on Monday. Dunn wants to cut the corporate tax rate "
    "to 15 percent.\n\n"
    "Do you want your job to move overseas?\n\n"
    "We already lost two factories in this county. Our young people leave for the cities.\n\n"
    "Do you think lower taxes bring jobs back?\n\n"
    "We tried that in 2017, and the factories stayed closed.\n\n"
    "What can you do about it?\n\n"
    "Call your representative. We need a real plan, not another tax cut."
)
_TALKS = (
    "Talks between the city and the teachers' union collapsed on Friday.\n\n"
    "Union president Carla Mendez said her members would strike on Monday. Mendez has led the union since 2019.\n\n"
    "Are your children's schools closing?\n\n"
    "No. We expect every school to stay open with substitute teachers.\n\n"
    "Will your kids get lunch?\n\n"
    "Yes. We confirmed that cafeterias will run as usual.\n\n"
    "Should you send your children to school?\n\n"
    "We recommend checking the district's website each morning."
)
_FAQ_LABELS = (
    "Harbor City opened its new ferry terminal on Monday. Port director James Whitaker cut the ribbon.\n\n"
    "Q: Where can you park?\n\n"
    "A: We offer 400 spaces in the garage on Pier Street.\n\n"
    "Q: Can you bring your bike?\n\n"
    "A: Yes. Our ferries carry up to 20 bikes each.\n\n"
    "Q: How much will you pay?\n\n"
    "A: A single ride costs $4. We sell monthly passes at the terminal."
)
_NO_BODY = (
    "Ruth Ames has lived on Elm Street for fifty years. Ames still bakes bread for her neighbours every Sunday.\n\n"
    "We sat down with her on her porch.\n\n" + _ANSWERS_WE
)
_DECK = (
    "Publishing magnate Dana Whitlock tells the weekly Die Zeit that the list still matters. Whitlock has run the "
    "magazine since 1990.\n\n"
    "Your list turns forty this year. What does it mean to you?\n\n"
    "It is my father's idea. I still read every entry before we print it.\n\n"
    "Why do you think people want to be on it?\n\n"
    "Most do not. I get more calls from people who want off the list.\n\n"
    "Will you keep it going?\n\n"
    "As long as I run the magazine, yes."
)


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # "We asked readers …": the newsroom's "we" answers readers, not the superintendent
        (
            _MAILBAG,
            ("We will publish a voter guide in October.", "We estimate the owner of a $300,000 home would pay $120 more a year."),
        ),
        # the one asked is a union's spokesperson, not the governor the lede names
        (_SPOKESPERSON, ("We expect about 600 layoffs.", "We will sue the state if the closures go ahead.")),
        # "X spoke at the lunch": a speech reported, no questions put to her (an op-ed's "we")
        (_SPOKE_AT, ("We already lost two factories in this county.", "We need a real plan, not another tax cut.")),
        # the noun "Talks" of a news lede
        (
            _TALKS,
            ("We expect every school to stay open with substitute teachers.", "We confirmed that cafeterias will run as usual."),
        ),
        # "Q:"/"A:" labels alone, under a lede that puts no questions to the port director
        (_FAQ_LABELS, ("A: We offer 400 spaces in the garage on Pier Street.", "We sell monthly passes at the terminal.")),
        # questions put to her, but answers only in a "we" she speaks for no body in: not hers
        (
            _NO_BODY,
            ("We will publish a voter guide in October.", "We estimate the owner of a $300,000 home would pay $120 more a year."),
        ),
    ],
)
def test_no_questions_put_to_the_named_person_credits_no_one(text, answers):
    sources = _sources(text)
    assert [sources[answer] for answer in answers] == [None] * len(answers)


def test_a_deck_in_which_the_person_tells_an_outlet_introduces_the_answers():
    sources = _sources(_DECK)
    assert sources["I still read every entry before we print it."] == "Dana Whitlock"
    assert sources["I get more calls from people who want off the list."] == "Dana Whitlock"


_SENATOR = (
    "Senator Mark Delaney is seeking a fourth term in November.\n\n"
    "Delaney chairs the agriculture committee. We talked with him on his campaign bus.\n\n"
    "Farmers in your state lost money last year. What will you do for them?\n\n"
    "I wrote the drought relief bill. It passed the Senate in March.\n\n"
    "That bill stalled in the House.\n\n"
    "It did, but we will bring it back in June.\n\n"
    "Why are your opponents raising so much money?\n\n"
    "I have no idea. I raise mine from small donors.\n\n"
    "That is a lot of small donors.\n\n"
    "I thank every one of them by letter.\n\n"
    "Why do you want six more years?\n\n"
    "The job is not finished. We still need a new highway through the valley."
)
_CHEF = (
    "Marco Bellini opened his third restaurant in Chicago on Friday.\n\n"
    "Bellini trained in Naples before moving to the U.S. in 2008. We chatted with him in the kitchen.\n\n"
    "Why did you choose Chicago?\n\n"
    "My wife grew up here. I fell in love with the city on our first visit.\n\n"
    "What is on your menu?\n\n"
    "Mostly pasta. We make everything by hand each morning.\n\n"
    "His business partner, Tina Shaw, joined the conversation.\n\n"
    "Is your rent in the West Loop as high as people say?\n\n"
    "It is higher. We signed a ten-year lease, and I negotiated every line of it."
)


def test_the_interviewers_remark_between_answers_is_the_writers_voice():
    sources = _sources(_SENATOR)
    assert sources["That bill stalled in the House."] is None
    assert sources["That is a lot of small donors."] is None
    assert sources["I wrote the drought relief bill."] == "Mark Delaney"
    assert sources["I thank every one of them by letter."] == "Mark Delaney"


def test_narration_that_brings_in_another_person_ends_the_credit():
    sources = _sources(_CHEF)
    assert sources["We make everything by hand each morning."] == "Marco Bellini"
    assert sources["His business partner, Tina Shaw, joined the conversation."] is None
    assert sources["It is higher."] is None  # Shaw's or Bellini's: the text does not say


_COMPANY = (
    "Rosa Kent started a trucking company with one truck in 2000. Kent still drives a route every Friday.\n\n"
    "We sat down with her in Memphis.\n\n"
    "How did you get your first contract?\n\n"
    "I knocked on the door of every warehouse in town.\n\n"
    "What is the culture like at your company?\n\n"
    "Everybody at Kent knows the drivers by name. I pay above the union rate.\n\n"
    "My drivers stay for twenty years on average.\n\n"
    "What keeps you up at night?\n\n"
    "Fuel prices. I cannot pass every increase on to customers."
)


def test_an_answer_naming_a_company_after_the_interviewee_keeps_the_credit():
    sources = _sources(_COMPANY)
    assert sources["Everybody at Kent knows the drivers by name."] == "Rosa Kent"
    assert sources["My drivers stay for twenty years on average."] == "Rosa Kent"
    assert sources["I cannot pass every increase on to customers."] == "Rosa Kent"


_FOUNDERS = (
    "Software maker Brightloop went public on Thursday.\n\n"
    "Founders Ana Lopez and Ben Ortiz started the company in their dorm room in 2016. Lopez runs product and Ortiz "
    "runs sales. We interviewed both of them on the trading floor.\n\n"
    "Q: How did you feel when you rang the bell?\n\n"
    "Lopez: It feels unreal. I cried a little.\n\n"
    "Q: What will you do with the money?\n\n"
    "Ortiz: We will hire 200 engineers this year.\n\n"
    "Q: Are you worried about the market?\n\n"
    "Lopez: Not at all. Our revenue grew 80 percent last year."
)


def test_each_labelled_answer_is_its_labels_persons():
    attributions = _attributions(_FOUNDERS)
    assert [
        (a.source, a.cue) if a else None for a in (attributions["I cried a little."], attributions["Lopez: Not at all."])
    ] == [
        ("Ana Lopez", None),
        ("Ana Lopez", None),
    ]
    ortiz = attributions["Ortiz: We will hire 200 engineers this year."]
    assert ortiz is not None and (ortiz.source, ortiz.cue) == ("Ben Ortiz", None)

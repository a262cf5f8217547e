"""Attribution, session 26: first-person texts whose speaker the text itself names (GUIDE decisions 50, 94).

- A speech whose speaker names himself or herself in its first line ("Hello, this is Dana Whitfield, and I'm here
  …"), after the writer introduced that person in the third person, is the speaker's from that line on, cue null.
  A writer's own "my name is …" (a blog, a column: decision 25) stays the writer's voice.
- A panel of named people answering in the first person, each answer credited by a name line ("Dana Whitfield,
  president and CEO, Harbor Freight Lines") after it or before it, gives each answer to the person its line names,
  cue null; a correspondent's byline over third-person prose credits nothing.
- An interview written as bare questions and answers, under a lead-in whose person explains or talks ("Here, the
  52-year-old chef explains her approach."), gives the answers to the person the lead-in speaks of, cue the lead-in's
  verb; the interviewer's questions and one-sentence remarks to "you" stay the writer's. An essay that asks itself
  questions, with no such lead-in, stays the writer's.
"""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_SELF_NAMED_ADDRESS = (
    "Monthly Address: Safer Streets for Every Town\n\n"
    "In this month's address, the Governor laid out her plan to repair the state's bridges.\n\n"
    "Remarks of Governor Dana Whitfield\n\n"
    "Monthly Address\n\n"
    "Good morning, everyone, this is Dana Whitfield and I'm here to talk about our bridges.\n\n"
    "Our roads carry more trucks than ever before. Too many of our bridges are older than fifty years.\n\n"
    "That's why I have asked the legislature for two billion dollars. The work will start in the spring.\n\n"
    "We can build a state where every town is connected."
)
_WRITERS_OWN_NAME = (
    "Building a garden takes patience.\n\n"
    "Welcome to my gardening lesson for beginners.\n\n"
    "If we haven't met yet, my name is Dana Whitfield and I have grown vegetables since 2004.\n\n"
    "I write about soil, seeds and the weather. My tomatoes won a prize last summer.\n\n"
    "Compost is the most important thing in a garden."
)
_PANEL_AFTER = (
    "This month's question: How do you get to work, and what would make it easier?\n\n"
    "==========\n\n"
    "I take the ferry most mornings. I would ride it more if it ran every half hour.\n\n"
    "Dana Whitfield, president and CEO, Harbor Freight Lines\n\n"
    "==========\n\n"
    "My office is two blocks from the station, so I walk. A covered bridge would help in the rain.\n\n"
    "Lee Park, partner, Park & Lowe\n\n"
    "==========\n\n"
    "Never. A later train would help.\n\n"
    "Sam Ortiz, executive director, Valley Arts Council\n\n"
    "==========\n\n"
    "The bank's headquarters stands next to the tram stop."
)
_PANEL_BEFORE = (
    "We asked three owners how the new tram has changed their business.\n\n"
    "Dana Whitfield, owner, Whitfield Bakery\n\n"
    "I sell twice as many loaves on weekday mornings. My staff no longer need to drive.\n\n"
    "Lee Park, manager, Park Hardware\n\n"
    "The tram brought new customers to my store. I hired two more clerks in May."
)
_BYLINE = (
    "Flood warnings were issued across the valley on Monday.\n\n"
    "Dana Whitfield, BBC weather correspondent\n\n"
    "The river rose two metres overnight. Several roads were closed by the police.\n\n"
    "Lee Park, BBC transport correspondent\n\n"
    "The ferry service was suspended until Thursday."
)

_BARE_INTERVIEW = (
    "Restaurants in the valley have struggled since the flood. But one kitchen is busier than ever, thanks to chef "
    "Anna Keller. Keller's menus change every week. Here, the 52-year-old chef explains her approach.\n\n"
    "Critics say your dishes are too simple, which is not something your guests would say.\n\n"
    "Simple food has always been the point. I cook what the farmers bring me that morning. Nothing is wasted.\n\n"
    "Where did you learn to cook?\n\n"
    "My grandmother ran a small inn near the river. I peeled potatoes there every summer.\n\n"
    "You spent years in other kitchens before opening your own.\n\n"
    "I worked in four cities before I came home. Each one taught me something.\n\n"
    "What would you change about the business?\n\n"
    "I would pay cooks more. The hours are long and the pay is low. Young people leave too soon."
)
_ESSAY_WITH_QUESTIONS = (
    "Every town argues about its river. The council has debated the dam for a decade.\n\n"
    "Should you trust the engineers?\n\n"
    "I have read every report since 2010. My view has changed twice.\n\n"
    "Would you pay more for water?\n\n"
    "I would, if the money went to the pipes. Most of my neighbours agree.\n\n"
    "What happens if nothing is done?\n\n"
    "I think the dam will fail within twenty years. The town will flood again."
)


def _sources(text):
    return {c.text: c.attribution.source if c.attribution else None for c in extract_claims(text, split_sentences(text))}


def test_a_speaker_named_by_the_speech_itself_speaks_it():
    sources = _sources(_SELF_NAMED_ADDRESS)
    assert sources["Good morning, everyone, this is Dana Whitfield"] == "Dana Whitfield"
    assert sources["I'm here to talk about our bridges."] == "Dana Whitfield"
    assert sources["Too many of our bridges are older than fifty years."] == "Dana Whitfield"
    assert sources["The work will start in the spring."] == "Dana Whitfield"
    assert sources["We can build a state where every town is connected."] == "Dana Whitfield"
    # the writer's summary above the remarks stays the writer's
    assert sources["In this month's address, the Governor laid out her plan to repair the state's bridges."] is None


def test_a_writers_own_name_in_a_blog_is_the_writers_voice():
    sources = _sources(_WRITERS_OWN_NAME)
    assert all(source is None for source in sources.values())


def test_name_lines_after_first_person_answers_credit_each_answer():
    sources = _sources(_PANEL_AFTER)
    assert sources["I take the ferry most mornings."] == "Dana Whitfield"
    assert sources["I would ride it more if it ran every half hour."] == "Dana Whitfield"
    assert sources["A covered bridge would help in the rain."] == "Lee Park"
    assert sources["A later train would help."] == "Sam Ortiz"  # a block without "I" in the panel too
    # the answer with no name line after it stays uncredited
    assert sources["The bank's headquarters stands next to the tram stop."] is None


def test_name_lines_before_first_person_answers_credit_each_answer():
    sources = _sources(_PANEL_BEFORE)
    assert sources["I sell twice as many loaves on weekday mornings."] == "Dana Whitfield"
    assert sources["I hired two more clerks in May."] == "Lee Park"
    assert sources["We asked three owners how the new tram has changed their business."] is None


def test_a_correspondents_byline_over_third_person_prose_credits_nothing():
    sources = _sources(_BYLINE)
    assert all(source is None for source in sources.values())


def _attributions(text):
    return {c.text: c.attribution for c in extract_claims(text, split_sentences(text))}


def test_answers_after_bare_questions_are_the_interviewees():
    attributions = _attributions(_BARE_INTERVIEW)
    answer = attributions["I cook what the farmers bring me that morning."]
    assert answer is not None and answer.source == "Anna Keller" and answer.cue == "explains"
    assert attributions["Simple food has always been the point."].source == "Anna Keller"  # an answer without "I"
    assert attributions["I peeled potatoes there every summer."].source == "Anna Keller"
    assert attributions["Young people leave too soon."].source == "Anna Keller"
    # the interviewer's question and remark to "you" stay the writer's
    assert attributions["Where did you learn to cook?"] is None
    assert attributions["You spent years in other kitchens before opening your own."] is None


def test_an_essay_asking_itself_questions_is_no_interview():
    sources = _sources(_ESSAY_WITH_QUESTIONS)
    for sentence in (
        "I have read every report since 2010.",
        "I would, if the money went to the pipes.",
        "The town will flood again.",
    ):
        assert sources[sentence] is None

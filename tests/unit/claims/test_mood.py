"""Mood (statement | question | conditional) of claims: what opens no condition, read from the parse."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first_claim(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    assert claims, text
    return claims[0]


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear if the new phone will follow suit.",
        "The real question is if the team can still win the league.",
        "The inspectors' questions include if the mayor approved the contracts himself.",
        "What is worth asking is if the drug works in older patients.",
        "Reporters asked her if the plan would survive.",
    ],
)
def test_an_if_that_asks_is_no_condition(text):
    # "if" for "whether": an indirect question, not a condition of the statement
    claim = first_claim(text)
    assert claim.mood == "statement"
    assert claim.condition is None


@pytest.mark.parametrize(
    "text",
    [
        "As if the rain were not enough, the organisers cancelled the buses too.",
        "Whether it is the weather or the prices, fewer tourists will come this year.",
        "And if you haven't noticed, the council raised parking fees last month.",
        # fixed asides setting up a remark that holds anyway; their negation does not count (GUIDE decisions 53, 301)
        "If nothing else, the long strike should prove that the union can hold together.",
        "If you ask me, the best coffee in town is sold from a cart by the station.",
        # "in the case of" a topic or an example the statement is said of, holding as it stands (decision 498), and a
        # case inside an infinitive the main verb governs
        "In the case of the old mill, the roof was repaired in June.",
        "The crew practised what to do in case of storms.",
    ],
)
def test_a_comparison_a_concession_or_an_aside_is_no_condition(text):
    claim = first_claim(text)
    assert claim.mood == "statement"
    assert claim.condition is None
    assert claim.polarity == "positive"


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("The union will strike if the talks fail.", "if the talks fail"),
        ("If it rained, the players stayed inside.", "If it rained"),
        ("The minister asked for a vote if the bill passed the committee.", "if the bill passed the committee"),
        # "in (the) case of" + a case that may arise limits the statement to it, like "in case …" (GUIDE decision 498)
        ("In the case of a draw, the trophy will be shared.", "In the case of a draw"),
        ("The doors open automatically in case of fire.", "in case of fire"),
    ],
)
def test_real_conditions_stay_conditional(text, condition):
    claim = first_claim(text)
    assert claim.mood == "conditional"
    assert claim.condition.text == condition


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "Cholera can be fatal in up to 50 per cent of people infected if not treated quickly.",
            "if not treated quickly",
        ),
        (
            "Either way, what the candidates say on stage could be relevant if and when the committee holds a "
            "hearing, which is likely.",
            "if and when the committee holds a hearing",
        ),
        # the first clause, which the parser hung on the verb of the clause after a semicolon or a dash: modality
        # and polarity read that clause (GUIDE decision 1), and so does the mood
        ("If wise, the mayor should resign; otherwise the council might be dissolved and lose its powers.", "If wise"),
        ("If the pump fails, the village will lose its water — the engineers know this.", "If the pump fails"),
        (
            "If you can find the old maps of the farm, you might spot the places that used to be orchards — dig these spots.",
            "If you can find the old maps of the farm",
        ),
        # inside the that-clause the unit asserts (GUIDE decisions 69, 141)
        (
            "It is true that if the tenant leaves early, the landlord will keep the deposit, the lawyers said.",
            "if the tenant leaves early",
        ),
        ("The memo reminds staff that they can leave early if their work is done.", "if their work is done"),
        (
            "It clearly shows that the town does not need a new bridge if its traffic stays as it is, the engineer said.",
            "if its traffic stays as it is",
        ),
        # an "if" the parser hung on the clause's auxiliary
        (
            "If the archive is badly indexed or over-compressed, readers will give up on it.",
            "If the archive is badly indexed or over-compressed",
        ),
    ],
)
def test_a_condition_the_parser_hung_inside_the_main_clause_is_found(text, condition):
    # on a participle modifying the main clause's object, or an "if and when" parsed as a preposition; in a first
    # clause, a that-clause, on an auxiliary
    claim = first_claim(text)
    assert claim.mood == "conditional"
    assert claim.condition.text == condition


@pytest.mark.parametrize(
    "text",
    [
        "It is their land, so why can't they farm it?",  # the first clause's sentence asks
        "And why would the voters trust him after all this: the delays, the costs and the broken promises?",
        # an exclamation after the question mark, and a tag after a list announced by a colon, still ask
        "I mean, is your jaw just on the floor right now?!",
        "Dead skin cells are the root of all skin-care evils: dullness, dryness, flakiness… right?",
    ],
)
def test_a_sentence_that_ends_by_asking_is_a_question(text):
    assert first_claim(text).mood == "question"


@pytest.mark.parametrize(
    "text",
    [
        "The debate left open the question that has haunted the race: Who can win the suburbs?",
        'The board will be left to wonder: "what did we get wrong?"',
    ],
)
def test_a_question_announced_after_a_colon_leaves_a_statement(text):
    # GUIDE decision 7: a question quoted or announced inside a statement leaves the unit a statement
    assert first_claim(text).mood == "statement"


@pytest.mark.parametrize(
    "text",
    [
        # the words before the colon only announce the question: no verb, or "question" as their subject
        "A hard question therefore arises: how much effort is enough to stop the floods?",
        "The question is: is the new bridge safe?",
        "More importantly than that: How did she finish the race?",
    ],
)
def test_a_question_after_a_lead_in_that_only_announces_it_asks(text):
    assert first_claim(text).mood == "question"


# Session 12 (kind, mood and modality).


def test_a_belief_passes_its_clauses_condition():
    # GUIDE decision 42: "know/believe/think" pass their that-clause's mood
    claim = first_claim("And we know that if you rest enough, you can usually beat the cold.")
    assert claim.mood == "conditional"
    assert claim.condition.text.startswith("if you rest enough")


def test_a_list_item_that_is_only_a_condition_is_conditional():
    # GUIDE decision 56: list items completing a lead-in keep their own mood ("if …" -> conditional)
    text = (
        "The fund could close early:\n\nif the new school attracts more pupils than the old one, or\n\n"
        "if the town cuts its grant."
    )
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    items = [c for c in claims if c.text.lower().startswith("if the new school")]
    assert items and items[0].mood == "conditional"
    assert items[0].condition.text == "if the new school attracts more pupils than the old one"


def test_an_if_clause_with_its_remark_after_a_comma_stays_a_statement():
    # GUIDE decision 53: "If you liked the old one, too bad" sets up a remark, no condition
    text = "Apple changed the keyboard again. If you liked the quiet keys of the older laptop, too bad. The firm moved on."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    remark = next(c for c in claims if c.text.startswith("If you liked"))
    assert remark.mood == "statement"


def test_in_case_you_addressing_the_reader_is_no_condition():
    # GUIDE decision 23
    claim = first_claim("In case you are living in Berlin, chances are you have a transit app.")
    assert claim.mood == "statement"


def test_an_interviews_label_before_a_question_still_asks():
    text = (
        "The new chief took our questions.\n\nQ: What is the one thing you have learned in your past roles?\n\nA: Listen first."
    )
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    question = next(c for c in claims if "learned" in c.text)
    assert question.mood == "question"


@pytest.mark.parametrize(
    "text",
    [
        # "if only for …", "if only to …": an aside giving a reason, like "if anything"
        "The baker kept the oven on all night — if only for the warmth — and slept beside it.",
        "She learned three chords, if only to keep her hands busy.",
    ],
)
def test_if_only_is_an_aside_not_a_condition(text):
    assert first_claim(text).mood == "statement"


@pytest.mark.parametrize(
    "text",
    [
        # an interview's label of a few words in capitals before the question ("L.A. WEEKLY: What …?")
        "ART REVIEW: What did you paint first?",
        "THE GUARDIAN: What did you paint first?",
    ],
)
def test_a_question_after_a_label_in_capitals_asks(text):
    assert first_claim(text).mood == "question"


def test_an_inverted_condition_the_parser_made_the_root_is_a_condition():
    # the parser roots the sentence on "had it been …" and hangs the statement on it
    claim = first_claim("The new drug might have saved him, had it been available to his doctors.")
    assert claim.mood == "conditional"


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Jargon is not meaningless so long as it is strategic.", "so long as it is strategic"),
        ("Jargon is not meaningless as long as it is strategic.", "as long as it is strategic"),
        ("The plan works, assuming that the river stays low.", "assuming that the river stays low"),
        ("It is a fine game, assuming you enjoy old platformers.", "assuming you enjoy old platformers"),
    ],
)
def test_so_long_as_and_assuming_open_a_condition(text, condition):
    # GUIDE decision 174: "so long as" is "as long as" (the parser hangs the clause on "long"), and "assuming
    # (that)" + a clause opens a condition like "provided that"
    claim = first_claim(text)
    assert claim.mood == "conditional"
    assert claim.condition.text == condition


def test_a_participle_with_an_object_opens_no_condition():
    # "providing" + a noun phrase is what the subject does (a guard: passes on main too)
    assert first_claim("The city opened a shelter, providing beds for fifty people.").mood == "statement"


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        # GUIDE decisions 7, 62 and 218: a question quoted after a clause of the sentence's own is reported
        ("A reporter asked the mayor, “What will you do about the potholes?”", "statement"),
        ("I then heard the coach ask, ‘So is he going to play?’", "statement"),
        ("“I remember I told my sister, like, ‘I can’t even do this, you know?’”", "statement"),
        # (a quote that is the question itself, a "?" outside the quote, or words that only announce it still ask)
        ("“What is the mayor doing about the potholes?”", "question"),
        ("Did he really say “no”?", "question"),
        ("So it is fair to say you have not fixed the 'budget problem'?", "question"),
        ("And the question everyone asks is, “Why now?”", "question"),
    ],
)
def test_a_question_quoted_inside_a_statement_is_reported(text, mood):
    assert first_claim(text).mood == mood


@pytest.mark.parametrize(
    "text",
    [
        # GUIDE decisions 7, 38, 84: a lead-in without a finite verb, "there is" a question, or a reply a speaker
        # only may give announce the question after the colon, which is the unit's main statement
        "To be honest: what is the point of all these meetings?",
        "There is one question left for the council: Who will pay for the new bridge?",
        "There's another question behind the vote: should a town ban what the law allows?",
        "To this some voters might reply: Why did nobody ask us?",
    ],
)
def test_a_question_after_a_verbless_lead_in_or_there_is_a_question_asks(text):
    assert first_claim(text).mood == "question"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor failed to answer the question that worried the town: Who will pay for the bridge?",
        "The study sets out to answer a simple question: Why do bridges rust?",
        "Voters replied in one voice: why did nobody ask us?",
    ],
)
def test_a_question_announced_by_a_statement_before_its_colon_stays_a_statement(text):
    assert first_claim(text).mood == "statement"


def test_a_quoted_question_a_speaker_may_think_without_a_colon_stays_inside_the_statement():
    claim = first_claim("“If a stranger saw the sign, they might think, ‘Why is it here?’ It is meant for the nurses.”")
    assert claim.mood == "conditional"


def test_an_if_clause_with_nothing_as_its_subject_stays_a_condition():
    assert first_claim("If nothing changes, the river will flood the lower streets again.").mood == "conditional"


@pytest.mark.parametrize(
    ("text", "mood", "condition"),
    [
        # a quotation that opens with a question and goes on to state something is one sentence, a statement
        # (GUIDE decision 137); an if-clause of the question is no condition of the statement
        ("“Why now? That is what we asked,” she said.", "statement", None),
        ("“If you earn that much, why should the town pay you? We just need to be fair,” the mayor said.", "statement", None),
        # a question quoted inside the sentence leaves its condition
        ("So if you asked “Who won the cup?”, the app would name the home side.", "conditional", "if you asked “Who won the cup"),
    ],
)
def test_a_quotation_that_opens_with_a_question_and_goes_on_states(text, mood, condition):
    claim = first_claim(text)
    assert (claim.mood, claim.condition and claim.condition.text) == (mood, condition)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        # the parser takes the condition for the main clause and hangs the imperative after it as a conjunct or a dep
        (
            "If the drawer is full and you've got spare boxes, pack the rest for the cellar.",
            "If the drawer is full and you've got spare boxes",
        ),
        (
            'If the tray is empty and you\'ve got time to sort older letters, move on to the "Next Week" pile.',
            "If the tray is empty and you've got time to sort older letters",
        ),
        (
            "If a song doesn't get much play or doesn't lift your mood, drop it from the list.",
            "If a song doesn't get much play or doesn't lift your mood",
        ),
        # an inverted condition the parser took for the clause a speaker reports
        (
            "Should the city cut its permit fees, home prices could fall, the builders noted.",
            "Should the city cut its permit fees",
        ),
    ],
)
def test_a_condition_opening_the_sentence_counts_however_the_parser_hung_it(text, condition):
    claim = first_claim(text)
    assert (claim.mood, claim.condition and claim.condition.text) == ("conditional", condition)


@pytest.mark.parametrize(
    "text",
    [
        # an explanation of what holds (no condition), an aside (GUIDE decision 53): the opening "if" stays no condition
        "If it seemed like the coach had planned the upset himself, it's because he had!",
        "If anything, the new rules make it harder to park.",
    ],
)
def test_an_opening_if_that_explains_or_sets_aside_stays_a_statement(text):
    assert first_claim(text).mood == "statement"


@pytest.mark.parametrize(
    "text",
    [
        # "than if" compares the statement with a case that did not happen: no condition of it (like "as if").
        "Over time, the code becomes harder to read than if those choices had been written down.",
        "The trip took longer than if we had flown.",
    ],
)
def test_than_if_is_a_comparison_not_a_condition(text):
    claim = first_claim(text)
    assert (claim.mood, claim.condition) == ("statement", None)


@pytest.mark.parametrize(
    "text",
    [
        # the first independent clause states, only the last asks: the unit states (GUIDE decisions 1, 306)
        "The bakery bakes rye bread every morning, but will the new oven keep up next week?",
        "The ferry crossed in record time, and could the route really open all year?",
        "Critics praised the mural's colours; why did the council paint over it?",
    ],
)
def test_a_statement_then_a_question_states(text):
    assert first_claim(text).mood == "statement"


@pytest.mark.parametrize(
    "text",
    [
        # guards: a question from its first word, a tag, a subordinate clause before the question, a consequence asked
        "Why did the council paint over the mural, and who paid for it?",
        "The bakery opens at seven on Sundays, doesn't it?",
        "If the oven is so good, why does the bakery sell out by noon?",
        "It's their own harbour, so why can't the fishermen moor there?",
    ],
)
def test_questions_that_open_or_end_a_single_clause_still_ask(text):
    assert first_claim(text).mood == "question"


@pytest.mark.parametrize(
    "text",
    [
        # an "if" for "whether" after a verb that asks, however the parser hung it, or after a negated speech verb
        # (GUIDE decision 134): an indirect question, no condition
        "The agency has not said if it is reviewing the mayor's charity.",
        "When the paper asked Mia Lopez if her band would tour, Lopez tried to reply before her manager cut her off.",
        "The console is designed to verify if updates are needed and to see if you have bought new games.",
    ],
)
def test_an_if_after_an_asking_or_untold_verb_is_no_condition(text):
    claim = first_claim(text)
    assert (claim.mood, claim.condition) == ("statement", None)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        # guards: a speech verb that is not negated passes its clause's condition (GUIDE decision 69)
        ("The club said it will appeal if the fine is upheld.", "if the fine is upheld"),
        ("The mayor told reporters the city will pay if the state refuses.", "if the state refuses"),
    ],
)
def test_an_if_after_a_plain_speech_verb_stays_a_condition(text, condition):
    claim = first_claim(text)
    assert (claim.mood, claim.condition and claim.condition.text) == ("conditional", condition)

"""Modality and polarity of a claim's main statement (benchmarks/claims_real/GUIDE.md, its table and
decisions 5, 8, 15, 27)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


@pytest.mark.parametrize(
    "text, modality",
    [
        # Stacked frames: the inner, more specific one decides (decision 15).
        ("The ministry is going to have to raise taxes.", "obligation"),
        ("The players want to be able to choose their coach.", "possibility"),
        ("The council expects to be allowed to build the road.", "possibility"),
        # Active "allow/let X to" is a possibility in any tense (decision 45), under "will/would" too (the inner
        # frame decides, decisions 429, 711(a)), unless an outer frame ("asked them to let") decides.
        ("The new law would allow farmers to sell their milk directly.", "possibility"),
        ("The reform allows banks to lend more.", "possibility"),
        ("The app lets users see who visited their page.", "possibility"),
        ("The new telescope allowed astronomers to measure the dust.", "possibility"),
        ("The residents urged the council to let them keep the garden.", "recommendation"),
        ("Let us focus on the budget.", "none"),
        ("The board will be allowed to veto the sale.", "possibility"),
        # "is to": what is to happen, not what something consists in or an adjective's complement.
        ("The bridge is to open next year.", "intention"),
        ("The plan is to open the bridge next year.", "intention"),  # decision 15
        ("It is hard to predict the outcome of the vote.", "none"),
        ("The usual practice is to close the road at night.", "none"),
        ("To give in now is to lose everything.", "none"),
        # "go" frames an intention only as "is going to".
        ("We're going to build a new stadium.", "intention"),
        ("The inspectors went to check the site.", "none"),
        ("Thousands of fans have gone to the square to protest.", "none"),
        # "has to", "is looking to" frame the infinitive right after them; "call" frames it after "on/for".
        ("Bidders had until the end of May to submit offers.", "none"),
        ("The state is also looking to the private sector to develop new prisons.", "none"),
        ("The company is looking to sell its stake.", "intention"),
        ("The board has called in outside auditors to review the accounts.", "none"),
        ("Lawmakers called on the minister to resign.", "recommendation"),
    ],
)
def test_modality_of_frames(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # A noun that frames its infinitive (decision 15).
        ("The guards had a duty to protect the prisoners.", "obligation", "positive"),
        ("Landlords do not have the right to enter without notice.", "possibility", "negative"),
        ("The mayor said it was her duty to warn the residents.", "obligation", "positive"),
        # Wishes: "hope that …", "hope for …" (decision 27); the model lemmatises "hoped" as "hop".
        ("The farmers hoped the rain would come early.", "intention", "positive"),
        ("The union is hoping the strike will end soon.", "intention", "positive"),
        ("The hospitals hope for more money from the state.", "intention", "positive"),
        ("Organisers hoped to finish the stage by noon.", "intention", "positive"),
        # "agrees/commits to" with a noun phrase follows the table.
        ("The airline agreed to a merger with its rival.", "obligation", "positive"),
        ("Only one bidder committed to the new deadline.", "obligation", "positive"),
        # A request reported with its addressee: a recommendation (the table's "is urged/advised to").
        ("The mayor begged residents not to drive during the storm.", "recommendation", "negative"),
        ("Doctors have warned patients to avoid the ward.", "recommendation", "positive"),
        ("The bank warned that profits would fall.", "intention", "positive"),  # reports: the content's "would"
        # Adjective frames after linking verbs other than "be" (decision 5), and more intention words.
        ("The rescuers are proving unable to reach the village.", "possibility", "negative"),
        ("The assembly resolved to hold a minute of silence.", "intention", "positive"),
        ("Two more stations are slated to open next spring.", "intention", "positive"),
        ("The lawyers were prepared to appeal the ruling.", "intention", "positive"),
    ],
)
def test_modality_of_noun_frames_wishes_agreements_and_requests(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text, polarity",
    [
        # The first of two clauses set off by a semicolon, a colon or a dash is the statement (decision 1),
        # also where the parser hangs it on the second.
        ("The cure for fear is not more fear; it is courage.", "negative"),
        ("The plan was never tested; the engineers simply trusted it.", "negative"),
        ("The old bridge is not safe: the cracks have widened.", "negative"),
        ("The council had no money left; it closed the library anyway.", "negative"),
        # Negative adverbials and the word list read literally (decision 8).
        ("At no point did the board discuss the offer.", "negative"),
        ("Never before has the river risen so fast.", "negative"),
        ("Rising prices are no doubt hurting families.", "negative"),
        ("The minister warned that there is absolutely no room for delay.", "negative"),
        ("He declined later to state when the bridge would reopen.", "negative"),  # "state" tagged a noun
        # Two whole clauses spliced by a comma: the first is the statement.
        ("The cause of the fire is still unknown, however the police do not suspect arson.", "positive"),
        # A negation standing for a clause left out, or in a title, and a decline that is no refusal.
        ("If not, the club will look for another coach.", "positive"),
        ("The band played “We Are Not Afraid” at the rally.", "positive"),
        ("Sales continue to decline as prices rise.", "positive"),
        ("The firm again declined to comment.", "negative"),
        # "turned down" is on no list: the polarity section's refusals are its verbs, read literally (decision 8)
        ("The striker has turned down several offers from abroad.", "positive"),
        ("The striker has refused several offers from abroad.", "negative"),
    ],
)
def test_polarity_of_the_statement(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The agency recommends all residents get a flu shot by October.", "recommendation"),
        ("The mayor urged them to leave the area.", "recommendation"),
        ("The analyst suggested the likeliest reason is a fall in demand.", "none"),
    ],
)
def test_a_directive_verb_recommends_only_a_bare_clause(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, polarity",
    [
        # "no" in the object of the infinitive the verb governs, and "no" the parser hangs on a possessor.
        ("The coach appears to have no answer to the defence.", "negative"),
        ("The mayor seems to have no plan for the flooded streets.", "negative"),
        ("Unlike the earlier cases, the club has no outside lawyer’s opinion on the contract.", "negative"),
        ("Unlike the earlier cases, the club has an outside lawyer’s opinion on the contract.", "positive"),
        # The statement before a saying verb that the parser hung on it as an adverbial clause.
        ("As yet, there is no evidence tying the fire to the protest, the city police said, according to the AP.", "negative"),
    ],
)
def test_negation_in_the_infinitives_object_or_a_fronted_statement(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, modality",
    [
        # A contracted "would" with a typographic apostrophe, which the parser hangs on the subject.
        ("I’d like to believe the new owners will keep the shop open.", "intention"),
        ("We’d rather stay home tonight.", "intention"),
        ("She’d finished the race before noon.", "none"),  # "’d" before a participle is "had"
    ],
)
def test_a_contracted_modal_on_the_subject(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # An imperative opening the sentence is its first clause (decisions 1, 18): none, and its polarity.
        ("Don't panic, Ohio, nobody is going to close your factory.", "none", "negative"),
        ("Let’s not pretend, most voters really dislike the new tax.", "none", "negative"),
        # Not an infinitive of purpose before the main clause.
        ("To win the title, the team must beat Leeds.", "obligation", "positive"),
    ],
)
def test_an_opening_imperative_is_the_statement(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # An adjective heading the first clause before a colon (decision 1): not the clause after it.
        (
            "Still, it’s deeply depressing to attend a large gathering of bankers, as I did in May, and hear the "
            "same message repeated again: The future of money will be built on debt.",
            "none",
            "positive",
        ),
        # The statement before the speaker, which the parser hung on the sentence's first word.
        (
            '"As a volunteer group and due to the short nature of the season and other practical challenges, '
            'running a night shelter is not feasible," the organiser said.',
            "none",
            "negative",
        ),
    ],
)
def test_the_first_clause_where_the_parser_hangs_it_elsewhere(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


def test_a_no_the_parser_hangs_on_the_verb_negates_it():
    # "No neo-bank can …": the parser may split a hyphenated subject and hang "No" on the verb itself.
    from spacy.tokens import Doc

    from declcli.claims.nlp import load_model
    from declcli.claims.reading import polarity

    words = ["No", "neo", "-", "lender", "can", "erase", "the", "debt", "."]
    heads = [5, 5, 5, 5, 5, 5, 7, 5, 5]
    deps = ["det", "nsubj", "nsubj", "nsubj", "aux", "ROOT", "det", "dobj", "punct"]
    tags = ["DT", "NN", "NN", "NN", "MD", "VB", "DT", "NN", "."]
    pos = ["DET", "NOUN", "NOUN", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=[w.lower() for w in words])
    assert polarity(doc[5]) == "negative"
    doc[0].dep_ = "intj"  # "No, …": the interjection says no (GUIDE decision 32: literal)
    assert polarity(doc[5]) == "negative"


def test_a_nor_that_joins_a_later_clause_leaves_the_first_positive():
    # "That means X, nor do people …": the parser may hang "nor" on the first verb; only a "nor" or
    # "neither" before the verb negates it, and only as half of "neither … nor" (GUIDE decision 383).
    from spacy.tokens import Doc

    from declcli.claims.nlp import load_model
    from declcli.claims.reading import polarity

    words = ["That", "means", "it", "is", "rare", ",", "nor", "do", "people", "react", "."]
    heads = [1, 1, 3, 1, 3, 1, 1, 9, 9, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct", "cc", "aux", "nsubj", "conj", "punct"]
    tags = ["DT", "VBZ", "PRP", "VBZ", "JJ", ",", "CC", "VBP", "NNS", "VB", "."]
    pos = ["PRON", "VERB", "PRON", "AUX", "ADJ", "PUNCT", "CCONJ", "AUX", "NOUN", "VERB", "PUNCT"]
    lemmas = ["that", "mean", "it", "be", "rare", ",", "nor", "do", "people", "react", "."]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert polarity(doc[1]) == "positive"
    assert first("He neither confirmed nor denied the report.").polarity == "negative"


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # "(had) better" + verb is "should"; "better" after the verb is a comparison.
        ("You better book the tickets early.", "recommendation", "positive"),
        ("He'd better pay the fine.", "recommendation", "positive"),
        ("The team played better than last season.", "none", "positive"),
        # "unwilling to" is the negative of "willing to", as "unable to" is of "able to" (decision 5).
        ("The landlords are unwilling to lower the rent.", "intention", "negative"),
        ("The minister wishes to resign.", "intention", "positive"),  # like "wants to"
    ],
)
def test_better_unwilling_and_wishes(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text, polarity",
    [
        # The word list read literally (decisions 8, 32): an adverb negated before the verb, "declined" + a
        # noun phrase (a refusal); not a decline in figures.
        ("Not surprisingly, the bonds rallied.", "negative"),
        ("The mayor declined the invitation.", "negative"),
        ("The index declined 20 points.", "positive"),
        ("Exports declined sharply.", "positive"),
    ],
)
def test_literal_negation_of_adverbs_and_refusals(text, polarity):
    assert first(text).polarity == polarity


def test_is_to_in_an_inverted_question():
    # "Was this to find out …?": "is to" with the subject between the verb and its infinitive.
    assert first("Was this to find out how weak the bank was?").modality == "intention"
    assert first("Was this a way to find out how weak the bank was?").modality == "none"


def test_a_discourse_imperative_is_not_the_statement():
    # "Look, …", "Trust me, …": a word to the listener, not the first clause (unlike "Don't worry, …").
    assert first("Look, we don't want a war with anyone.").polarity == "negative"
    assert first("Trust me, the bridge will not be ready.").polarity == "negative"


@pytest.mark.parametrize(
    "text, modality",
    [
        # A frame under a modal of possibility is the inner, more specific force, as under "will/would"
        # (decision 15); "should" and "must" keep theirs.
        ("Investors may want to sell their shares before the vote.", "intention"),
        ("The city might need to borrow more money.", "obligation"),
        ("Players could be forced to sit out the final.", "obligation"),
        ("Drivers might be able to park downtown again.", "possibility"),
        ("Officials should not be forced to resign over this.", "recommendation"),
    ],
)
def test_a_frame_under_a_modal_of_possibility_decides(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, polarity",
    [
        # "n’t" with a typographic apostrophe that the parser hangs on the auxiliary.
        ("The governor isn’t kidding.", "negative"),
        ("Our coach wasn’t kidding.", "negative"),
        # A negated complement counts (decisions 32, 39): "not only" on the verb's adjective or noun,
        # a negated gerund the adjective governs; a negation inside a noun's modifier does not.
        ("The new tram is not only cheap but also fast.", "negative"),
        ("The chairman was wise in not selling the firm.", "negative"),
        ("The bank is proud of never having missed a payment.", "negative"),
        ("The regulator was careful in not naming the bank.", "negative"),
        ("They rent an office with no windows.", "positive"),
        ("The chairman was wise in selling the firm.", "positive"),
    ],
)
def test_negation_on_the_auxiliary_and_of_the_complement(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, modality",
    [
        # Instructions are obligations, requests recommendations (GUIDE decision 45); "is meant/supposed
        # to" an obligation.
        ("The judge ordered the company to pay the fine.", "obligation"),
        ("The coach told the players to stay home.", "obligation"),
        ("Staff were told to leave the building.", "obligation"),
        ("The mayor urged residents to stay indoors.", "recommendation"),
        ("The deal was supposed to end the dispute.", "obligation"),
        ("The program is meant to help farmers.", "obligation"),
    ],
)
def test_instructions_are_obligations(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, modality",
    [
        # "gotta", "gonna": the tokenizer splits off "ta"/"na", the infinitive's "to".
        ("Fans gotta be patient with this team.", "obligation"),
        ("We're gonna build a new stadium.", "intention"),
    ],
)
def test_gotta_and_gonna(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # The clause a cleft emphasises is the statement (GUIDE decision 46), the outer negation or modal
        # still counting; an extraposed that-clause is no cleft (decision 15: the outer verb).
        ("It was the mayor who never answered the letter.", "none", "negative"),
        ("It was this kind of soft pillow that left the patient not only tired but also sick.", "none", "negative"),
        ("It was the regulator that would decide the case.", "intention", "positive"),
        ("It was not the mayor who signed.", "none", "negative"),
        ("It is true that prices fell.", "none", "positive"),
    ],
)
def test_the_clause_a_cleft_emphasises(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("“I think the referee may have missed the foul,” the coach said.", "possibility"),
        ("We know that the vaccine can prevent most infections.", "possibility"),
        ("They know that a strike would close the port for weeks.", "intention"),
        # the belief's own modal decides
        ("Viewers will still know how many people watched the show.", "intention"),
    ],
)
def test_a_belief_passes_its_clauses_modality(text, modality):
    # GUIDE decision 42: "know", "believe", "think" pass their that-clause's modality
    assert first(text).modality == modality


def test_a_belief_passes_its_clauses_polarity():
    assert first("We know that the new rules will not stop the leaks.").polarity == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Oh, no.",
        "Maybe not, but the results are still useful.",
    ],
)
def test_a_negative_reply_is_negative(text):
    # GUIDE decisions 8 and 32: polarity follows the word list literally
    assert first(text).polarity == "negative"


def test_if_not_stays_elliptic():
    assert first("If not, the council will vote again in May.").polarity == "positive"


def test_a_finding_passes_its_clauses_polarity():
    # GUIDE decisions 17 and 26: what was found is the content
    assert first("The inspectors found that the pumps did not meet the standard.").polarity == "negative"


@pytest.mark.parametrize(
    "text, modality",
    [
        # GUIDE decision 57: "looking forward to" + verb is an intention; + a noun, none
        ("We look forward to sharing the results with you.", "intention"),
        ("The coach is looking forward to facing his old team.", "intention"),
        ("The coach is looking forward to the summer.", "none"),
    ],
)
def test_looking_forward_to_doing(text, modality):
    assert first(text).modality == modality


def test_the_clause_after_an_announcing_there_is_decides():
    # GUIDE decision 56: "there's a catch: …" only announces; the clause after the colon is the statement
    claim = first("Even at its best, there's a catch: you will never own the films you rent.")
    assert (claim.modality, claim.polarity) == ("intention", "negative")


@pytest.mark.parametrize(
    "text",
    [
        "Also, we hope you have as much fun as we did getting to know her better!",
        '"And I hope she comes clean about it."',
        '"And I hope she does not sell the house."',
    ],
)
def test_what_is_hoped_for_is_an_intention_with_the_hopes_polarity(text):
    # GUIDE decisions 27 and 67: after "hope (that)", intention; the clause's own negation does not pass;
    # what another is hoped to do is nobody's undertaking (a fact)
    full = "The mayor spoke on Monday. " + text
    claim = next(c for c in extract_claims(full, split_sentences(full), published="2024-03-05") if "hope" in c.text)
    assert (claim.modality, claim.polarity, claim.kind) == ("intention", "positive", "fact")


@pytest.mark.parametrize("text", ["No, there he is!", "No, she likes the plan.", "No, the mayor stayed home."])
def test_an_opening_no_says_no(text):
    # GUIDE decision 32: polarity is literal; "No, …" before a statement negates it like "Oh, no.".
    assert first(text).polarity == "negative"


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # GUIDE decisions 1 and 68: the first clause is the statement, also where the parser hung it,
        # with its colon, under the clause after the colon ...
        ("In real life, a mage is just an illusionist: they can't do much except trick you.", "none", "positive"),
        # ... or hung an imperative with its object, before a comma, under the clause after it;
        ("Try it, you might like it.", "none", "positive"),
        # not a discourse word before the comma.
        ("Look, we don't like war.", "none", "negative"),  # ("want war" is intention, decision 171)
        # Two clauses spliced by a comma the parser gave to the first: the first is the statement; not a speech tag
        # set in with commas.
        ("But you can’t take it all, so it’s time to choose.", "possibility", "negative"),
        ("The larger buses, she said, could carry more riders.", "possibility", "positive"),
        ('That being said, "riders shouldn\'t panic or sell their cars," she said.', "recommendation", "negative"),
    ],
)
def test_the_first_clause_before_a_colon_or_an_imperatives_comma(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


def test_the_clause_a_thats_where_emphasises_holds_the_modality():
    # GUIDE decision 46: the emphasised clause of a cleft is the statement, "where"/"when" too.
    assert first("That’s where the new engine is really going to shine.").modality == "intention"
    assert first("That’s also where you’ll find more lights.").modality == "intention"
    assert first("That is where the mayor lives.").modality == "none"


def test_what_a_party_called_for_someone_to_do_is_a_recommendation():
    # GUIDE decision 76: "called for X to be/do …" like "urged X to"; the parser hangs the infinitive
    # on "called" after the addressees ("for X"), or opens it with "for" as a mark
    for text in (
        "The senator called for the two officials to be given a fair hearing in the courts.",
        "The union called for the company to raise wages.",
    ):
        assert first(text).modality == "recommendation", text
    assert first("The governor called for calm on Friday.").modality == "none"  # a noun phrase: a speech act


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Moy suggests exfoliating once or twice a week at most.",
        "I highly recommend giving one of them a try.",
        "For the best picture, the maker recommends wiring the player up to a cable.",
    ],
)
def test_an_action_advised_as_a_gerund_is_a_recommendation_to_whoever_reads(text):
    # GUIDE: "is advised to" is a recommendation; with no addressee named the advice goes to any
    # reader, so nobody specific undertakes it (decision 16: a fact)
    claim = first(text)
    assert (claim.modality, claim.kind) == ("recommendation", "fact"), text


def test_advice_of_a_noun_or_a_person_is_no_advised_gerund():
    assert first("The doctor recommended surgery.").modality == "none"
    assert first("She recommended him for the job.").modality == "none"


def test_what_came_of_something_is_no_plan():
    # GUIDE decision 15: "the goal is to" is an intention; a noun of consequence ("the result has
    # been to narrow …") tells what came of something, like "the pattern is to"
    assert first("Whatever the arguments, the result has been to steadily narrow the boundaries of debate.").modality == "none"
    assert first("The effect was to push prices higher.").modality == "none"
    assert first("The goal is to reach everyone in the state.").modality == "intention"


@pytest.mark.parametrize(
    "text, modality",
    [
        ("If this is the future of gaming, I could get used to it.", "possibility"),
        ("The workers might get hurt on the site.", "possibility"),
        ("The bill will get passed next week.", "intention"),
        ("The workers got hurt on the site.", "none"),
    ],
)
def test_a_modal_the_parser_hung_on_a_get_passive_still_governs(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, modality, kind",
    [
        ("They seem intent on not antagonizing educators.", "intention", "commitment"),
        ("The rebels are bent on seizing the capital.", "intention", "commitment"),
        ("She was intent on the screen.", "none", "fact"),
        ("The team set out for the coast.", "none", "commitment"),
    ],
)
def test_a_frame_of_resolve_is_an_intention(text, modality, kind):
    # GUIDE modality table: "aims/intends to" is an intention; "intent/bent on"
    # + gerund say the same of a party, which undertakes the act (a commitment)
    claim = first(text)
    assert (claim.modality, claim.kind) == (modality, kind), text


@pytest.mark.parametrize(
    "text, modality",
    [
        # GUIDE decision 45: "enabled X to" reads like "allowed X to" (possibility), also where the parser
        # makes the grantee the verb's object
        ("This enabled voters to toggle between partisan allegiances with relative ease.", "possibility"),
        # "get to" is a duty only as "have got to"; "I get to be a role model" is a chance
        ("However, I get to be a wonderful role model for them.", "none"),
        ("We've got to right the ship.", "obligation"),
    ],
)
def test_enabling_is_a_permission_and_getting_to_no_duty(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decisions 32, 98: a negated phrase kept by a contrast or a restriction is literal
        ("The answer lies not just in money, but in better planning.", "negative"),
        ("The floods come every spring - not just in wet years.", "negative"),
        ("The tale is told not by the kings, but by their cooks.", "negative"),
        # (an appended contrast is literal too, GUIDE decision 186: see test_an_appended_contrast_is_negative)
        ("The best way to win is by patience, not by force.", "negative"),
    ],
)
def test_a_negated_phrase_under_a_contrast_or_restriction(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decision 229: a "not X but Y" contrast in an adjunct of the verb the complement governs, or
        # between two purposes, makes the unit negative
        ("The first step was to treat safety not as a cost, but as a source of trust.", "negative"),
        ("We ran open reviews where mistakes were discussed, not to punish people, but to learn from them.", "negative"),
        # (one purpose with no contrast, and a "but" inside a relative clause, leave it positive)
        ("She went to the store to buy milk.", "positive"),
        ("The city set up a fund for tenants who do not want to move but need money.", "positive"),
    ],
)
def test_a_not_x_but_y_contrast_of_the_governed_verb_or_of_a_purpose(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a comparative correlative states its second half ("the more … it can hold"), however parsed
        ("The bigger a sponge is, the more water it can hold.", "possibility"),
        ("The longer the trial lasts, the less likely a verdict will be reached.", "intention"),
        # (after a connective and its comma)
        ("Conversely, the smaller a sponge is, the less water it can hold.", "possibility"),
        ("In other words, the smaller a sponge is, the less water it can hold.", "possibility"),
        # an imperative that frames an infinitive has no modality, whoever it addresses (GUIDE decision 18)
        ("Expect to hear all of the band's hits on the tour.", "none"),
        ("According to the promoter, expect to hear all of the band's hits on the tour.", "none"),
        ("Plan to arrive an hour early.", "none"),
        # (a guard: the same frame with a subject)
        ("We plan to arrive an hour early.", "intention"),
    ],
)
def test_correlatives_and_imperative_frames(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, modality",
    [
        # "is about to" + verb is an intention like "is set to" (GUIDE decision 129); "is about" a topic is none.
        ("The company is about to cut 2,000 jobs.", "intention"),
        ("The festival is about to begin.", "intention"),
        ("The book is about money and power.", "none"),
        # The same frames with a typographic apostrophe, which the lemmatizer does not read as "be"/"have".
        ("You’re about to feel the relief of a clear plan.", "intention"),
        ("It’s likely to rain on Sunday.", "possibility"),
        ("I’m eager to start the work.", "intention"),
        ("We’re to meet the mayor on Friday.", "intention"),
        # a typographic "’s" before an adverb, which the tagger takes for an adverb itself: still the passive "be"
        ("It’s also set to deepen ties with the region.", "intention"),
        ("She’s also set to lead the new team.", "intention"),
    ],
)
def test_about_to_and_typographic_contractions(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    "text, modality, kind",
    [
        # The writer's "I've got to / have to say, admit" frames the writer's own statement like "I must say"
        # (GUIDE decision 130): no duty, the content decides.
        ("I've got to say, I'm impressed!", "none", "fact"),
        ("I have to admit the design is good.", "none", "fact"),
        ("We have to say that the plan will fail.", "intention", "fact"),
        # a third party's duty to speak, and the writer's duty to do something else, stay obligations
        ("They have to admit the design is good.", "obligation", "commitment"),
        ("I have to fix the roof.", "obligation", "commitment"),
    ],
)
def test_the_writers_duty_to_say_frames_the_statement(text, modality, kind):
    claim = first(text)
    assert (claim.modality, claim.kind, claim.attribution) == (modality, kind, None)


@pytest.mark.parametrize(
    "text, modality",
    [
        # "it is possible/likely that …" is read from the outer verb (GUIDE decision 15); "is likely to" is a frame.
        ("It's possible that Apple will build a headset.", "none"),
        ("It's likely that prices will rise.", "none"),
        ("Prices are likely to rise.", "possibility"),
        # "it’s hard not to", "it’s best to": an evaluation, not the "is to" of what is to happen (guards: main read
        # "’s" as no "be" at all)
        ("It’s hard not to get into the holiday spirit.", "none"),
        ("Thus, it’s best to listen to your body.", "none"),
        ("The bridge is to open in May.", "intention"),
    ],
)
def test_evaluations_of_it_are_no_frames(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # stacked frames: the party's aim under "should"/"must" is the inner, more specific one (GUIDE decision 114)
        ("You should also aim to pay off all high-interest debt before retiring.", "intention"),
        ("We must plan to leave the building early.", "intention"),
        # guards (pass on main): a forecast for the reader stays advice; an inner duty keeps the outer force
        ("You should expect to buy the games at full price.", "recommendation"),
        ("They should not be forced to leave their homes.", "recommendation"),
        ("Residents should continue to take precautions.", "recommendation"),
    ],
)
def test_an_aim_under_should_or_must_decides(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # stacked frames: an ability or a permission under "should"/"must" is the inner, more specific one
        # (GUIDE decision 15, as "will be able to")
        ("When I open my phone, I should be able to just say the name of an app.", "possibility"),
        ("Farmers should be allowed to sell their milk directly.", "possibility"),
        ("The ministry must be allowed to audit the accounts.", "possibility"),
        ("Dissent must not be allowed to harden into dogma.", "possibility"),
        # guards (pass on main): a duty under them keeps the outer force; "should" alone is advice
        ("Officials should not be forced to resign over this.", "recommendation"),
        ("Residents should stay indoors tonight.", "recommendation"),
    ],
)
def test_an_ability_or_permission_under_should_or_must_decides(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a passive participle made another verb by its particle frames no duty or plan ("forced out" = expelled)
        ("After the company suffered a slump, he was forced out of the company.", "none"),
        ("The chairman was forced out by the board.", "none"),
        ("The charity was set up in 1990 by two nurses.", "none"),
        # guards (pass on main): the frames with their infinitive, a permission with a particle
        ("He was forced to leave the company.", "obligation"),
        ("The plant is set to close next year.", "intention"),
        ("Guests were allowed in.", "possibility"),
    ],
)
def test_a_phrasal_passive_without_an_infinitive_frames_nothing(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality", "polarity"),
    [
        # an indirect question a speech verb governs: the question's own modals and negations do not pass
        # (GUIDE decision 134); the speech verb's own negation does
        ("Gates did not say Thursday whether the review will result in cuts.", "none", "negative"),
        ("She asked whether the city could pay for it.", "none", "positive"),
        ("He asked whether the city would not pay.", "none", "positive"),
        ("The regulators recently announced how much capital banks should hold.", "none", "positive"),
        ("They did not say when the plant will close.", "none", "negative"),
        # guards (pass on main): "said if …" states a condition; a that-clause passes its modal
        ("She said if the team can raise the money, voters could see it win.", "possibility", "positive"),
        ("Gates said the review will result in cuts.", "intention", "positive"),
        ("She said what we need will come soon.", "intention", "positive"),
        ("Rundle theorized back in 2017 that Apple would one day do this.", "intention", "positive"),
    ],
)
def test_an_indirect_question_passes_no_modal(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # an adjective of force alone after a linking verb names a state, no force of the table: the table's
        # frames are "is able/allowed/set to" with their act ("is ready for" + a noun phrase: none, decision 261)
        ("Checking accounts at these startups are often free.", "none"),
        ("Such an increase was only possible through a new type of media.", "none"),
        ("The team became eligible for the second straight season.", "none"),
        ("The squad is ready for the final.", "none"),
        # guards (pass on main): the frame with its act, a "to" phrase, an infinitive the parser hangs on "was"
        ("The players are able to choose their coach.", "possibility"),
        ('Republicans are "committed to protecting Social Security."', "obligation"),
        # (an impersonal "it is possible to" is read from the outer verb since GUIDE decision 240)
        ("It was not possible to verify the claim.", "none"),
        ("The plant is likely to close next year.", "possibility"),
    ],
)
def test_an_adjective_of_force_without_its_act_frames_nothing(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality", "polarity"),
    [
        # what the speaker can say frames the speaker's own statement (GUIDE decisions 25, 130): the clause decides
        ('"I can tell you that our goal was never to upset anyone," says Kramer.', "intention", "negative"),
        ('"I can say with confidence that the U.S. does not control any actors there," Simpson said.', "none", "negative"),
        ('"We can confirm that the mayor will resign," the party said.', "intention", "positive"),
        ('She said: "I would like to emphasise that the witness has given a credible account."', "none", "positive"),
        # guards (pass on main): a negated saying keeps its negation and force; what "we will say" is announced
        ('"I cannot say that the plan works," he said.', "possibility", "negative"),
        ('"We will say that the plan works," he said.', "intention", "positive"),
        ('"I would like to provide an update to the people," he said.', "intention", "positive"),
    ],
)
def test_what_a_speaker_can_say_is_read_from_the_clause(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "modality", "polarity"),
    [
        # an imperative before a colon leads in to the statement after it (GUIDE decisions 38, 163)
        ("And do not get it twisted: you're going to die in this game, and often.", "intention", "positive"),
        ("Don't get me wrong: the plan will work.", "intention", "positive"),
        ("Remember: the store will close at noon.", "intention", "positive"),
        # guards (pass on main): an imperative with no colon stays the statement (decision 18)
        ("Don't worry, nobody is going to take it.", "none", "negative"),
        ("Stay home, neighbours, because the bridge is closed.", "none", "positive"),
    ],
)
def test_an_imperative_before_a_colon_leads_in(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "modality", "polarity"),
    [
        # a that-clause of deciding or concluding is the holder's judgement: the clause decides (GUIDE decision 165)
        ("Now they have decided they probably will return to Mexico.", "intention", "positive"),
        ("When my son was born, I decided I wasn't really into working 12 hours a day.", "none", "negative"),
        # the "’d" of "had" before a participle is no "would"
        ("They’d just been fired in front of all their colleagues.", "none", "positive"),
        ("She’d gone home by then.", "none", "positive"),
        # guards (pass on main): "decided to" + verb; the "’d" of "would" before a bare verb
        ("We’ve decided to try playing this way.", "intention", "positive"),
        ("They’d be fired if they talked.", "intention", "positive"),
    ],
)
def test_a_decided_clause_and_a_contracted_had(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # GUIDE decision 216: "you have to admire", "you gotta love", "you've got to hand it to" appraise and oblige nobody
        ("You have to admire the courage of the team.", "none"),
        ("You gotta love the design.", "none"),
        ("You've got to hand it to the organisers.", "none"),
        # (another subject, or another verb, is a duty)
        ("We have to respect the vote.", "obligation"),
        ("You have to hand the form to the clerk.", "obligation"),
        ("You have to pay the fee.", "obligation"),
    ],
)
def test_an_idiom_of_appraisal_obliges_nobody(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # GUIDE decision 99: a task or aim as the subject of "is to" reads like "the goal is to" (intention)
        ("The first step is to check your credit report.", "intention"),
        ("His job was to guard the door.", "intention"),
        ("The whole point was to embarrass the mayor.", "intention"),
        ("One of the big challenges is to keep costs down.", "intention"),
        # (what a way of acting consists in, or what came of something, stays no plan)
        ("The pattern is to sell the assets.", "none"),
        ("The effect was to push prices higher.", "none"),
    ],
)
def test_a_task_as_the_subject_of_is_to(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality", "polarity"),
    [
        # GUIDE decision 171: "want" and "expect" with an object are intention, like "wants to"
        ("The mayor wants a new stadium for the city.", "intention", "positive"),
        ("I want a refund from the airline.", "intention", "positive"),
        ("The coach expects a hard game on Sunday.", "intention", "positive"),
        ("We don't want those trucks parked in our street.", "intention", "negative"),
        # (not in a subordinate or relative clause, nor with a that-clause of reported content)
        ("People buy whatever they want at the market.", "none", "positive"),
        ("If you want a quiet room, ask for the top floor.", "none", "positive"),
    ],
)
def test_want_or_expect_with_an_object(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # GUIDE decisions 57 and 179: "requires that you …" and "requires X to" + verb are an obligation
        ("The new law requires employers to register every worker.", "obligation"),
        ("The treaty required it to be ratified by each parliament.", "obligation"),
        ("The rule requires that drivers carry a licence.", "obligation"),
        ("Running a hotel requires that you check every room each day.", "obligation"),
        # ("requires" with a noun phrase alone: none)
        ("The job requires patience.", "none"),
    ],
)
def test_a_requirement_obliges(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality", "kind"),
    [
        # GUIDE decision 200: a requirement on an unnamed class is a rule (fact)
        ("The mandate requires that insurers cover vaccines.", "obligation", "fact"),
        ("The rule requires soldiers to photograph everyone.", "obligation", "fact"),
        # (a thing needed for a purpose obliges nobody; the passive "is required to" binds the class as well,
        # decision 16: what any member of an unnamed class must do; a specific party stays bound)
        ("Good results require precision to get right.", "none", "fact"),
        ("Drivers are required to carry a licence.", "obligation", "fact"),
        ("The club's drivers are required to carry a licence.", "obligation", "commitment"),
    ],
)
def test_a_requirement_on_an_unnamed_class_is_a_rule(text, modality, kind):
    claim = first(text)
    assert (claim.modality, claim.kind) == (modality, kind)


@pytest.mark.parametrize(
    "text",
    [
        # GUIDE decision 187: a noun frame of ability ("has the capacity/chance/potential to") is a possibility
        "The new vaccine has the potential to save thousands of lives.",
        "Visitors also have the possibility to test the lamps.",
        "We have the capacity to build two ships a year.",
    ],
)
def test_a_noun_frame_of_ability_is_a_possibility(text):
    assert first(text).modality == "possibility"


@pytest.mark.parametrize(
    "text",
    [
        # (a frame noun counted or compared tells how much of it there is, not what may be done)
        "The prisoners did not have opportunities to change clothes.",
        "The new model has greater potential to win races.",
    ],
)
def test_a_frame_noun_counted_or_compared_frames_nothing(text):
    assert first(text).modality == "none"


@pytest.mark.parametrize(
    "text, polarity",
    [
        # GUIDE decision 240: an impersonal "it is possible to" + verb is read from the outer verb (none)
        ("It is possible to reset the router by holding its button.", "positive"),
        ("It was not possible to confirm the report independently.", "negative"),
        ("It is, of course, possible to learn a language late in life.", "positive"),
    ],
)
def test_an_impersonal_it_is_possible_to_is_read_from_the_outer_verb(text, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == ("none", polarity)


def test_a_party_able_to_keeps_the_ability_frame():
    assert first("The driver was able to stop the bus in time.").modality == "possibility"


@pytest.mark.parametrize(
    "text",
    [
        # GUIDE decision 241: a solution, means or role as the subject of "is to" reads like "the goal is to"
        "The answer is to wait for the rain to stop.",
        "The only way to win the league is to train every single day.",
        "I think the best solution is to sell the old van.",
    ],
)
def test_a_solution_or_means_is_to_is_an_intention(text):
    claim = first(text)
    assert (claim.kind, claim.modality) == ("fact", "intention")


@pytest.mark.parametrize(
    "text, modality, kind",
    [
        # GUIDE decision 15: "the goal is for X to …" reads like "the goal is to": intention, kind `fact` (the subject
        # is no acting party); an infinitive with its own subject after "for"
        ("My goal is for every reader to enjoy the match, wherever they watch it.", "intention", "fact"),
        ("Our aim is for the library to become a place to learn about the city.", "intention", "fact"),
        ("The plan is for the council to vote on the budget next month.", "intention", "fact"),
        # (not a way of acting, nor "it is for X to", which says whose turn it is)
        ("The pattern is for firms to hire in the spring.", "none", "fact"),
        ("It is for the court to decide.", "none", "fact"),
    ],
)
def test_a_goal_for_someone_to_act_is_an_intention(text, modality, kind):
    claim = first(text)
    assert (claim.modality, claim.kind) == (modality, kind)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decision 186: a "not" after a comma or dash negating a phrase of the main clause (an object, a
        # complement, an adjunct) is an appended contrast: negative, literal
        ("The blame is on the board, not on the staff.", "negative"),
        ("We value long-term growth, not short-term profit for its own sake.", "negative"),
        ("The council plans its budget over decades, not years.", "negative"),
        ("The soup has just the right amount of spice, not enough to hurt.", "negative"),
        ("Customers pay, not surprisingly, with cash.", "negative"),
        # (not a verb's own clause after the dash, nor a "not" inside a relative clause or a subject)
        ("We set out on the trip – not knowing what we would find – and loved it.", "positive"),
        ("The tickets start at 40 dollars, not including fees.", "positive"),
        ("The strikes are spreading across the region, not least in the big ports.", "positive"),
        ("The shop that sells bread, not cake, is closed.", "positive"),
    ],
)
def test_an_appended_contrast_is_negative(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decision 186: a negated object or complement joined after another is an appended contrast
        ("The flood caused some delays, but no major breakdowns.", "negative"),
        ("The inspection found a few errors and no fraud.", "negative"),
        ("The new app is a toy and nothing more.", "negative"),
        # (not a plain conjunct)
        ("The club signed two players and a coach.", "positive"),
    ],
)
def test_a_negated_conjunct_after_an_object_is_negative(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "modality", "kind"),
    [
        # GUIDE decision 138: "stands to" + verb is a possibility, like "is likely to": what befalls the subject
        ("The bank stands to lose billions if rates fall.", "possibility", "fact"),
        ("Farmers stand to gain from the new trade deal.", "possibility", "fact"),
        # (not "it stands to reason", nor the narrated "stood to" of a purpose)
        ("It stands to reason that prices rose.", "none", "fact"),
        ("The whole crowd stood to applaud.", "none", "event"),
    ],
)
def test_stands_to_is_a_possibility(text, modality, kind):
    claim = first(text)
    assert (claim.modality, claim.kind) == (modality, kind)


@pytest.mark.parametrize(
    "text",
    [
        # GUIDE decision 18: an imperative has no modality, also where its frame takes an object before the infinitive
        # or adverbs, "do" and "not" open the sentence
        "Expect prices to rise again next year.",
        "Just don't expect the airlines to refund the fare.",
        "Given the reviews, expect the film to do well.",
    ],
)
def test_an_imperative_expect_with_an_object_has_no_modality(text):
    assert first(text).modality == "none"


def test_expect_with_an_object_and_a_subject_stays_an_intention():
    assert first("The ministry expects prices to rise again next year.").modality == "intention"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decision 186: a bare verb joined to the main verb after a comma and "not" is an appended contrast
        ("In the first moments, the tires are skidding, not rolling.", "negative"),
        ("Prices rose, not fell.", "negative"),
        # a negated participle appended after the comma is decision 186's contrast too (decision 767 as G140 rewrote it)
        ("The firm hired ten people, not firing anyone.", "negative"),
    ],
)
def test_an_appended_contrast_of_a_bare_verb_is_negative(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, polarity",
    [
        # "as" + a noun with "no" completes the verb like "was no surprise" (GUIDE polarity: "no", decision 8)
        ("It may come as no surprise that the bakery raised its prices.", "negative"),
        ("This should come as no surprise, but the ferry is late again.", "negative"),
        ("The fence served as no barrier to the deer.", "negative"),
        ("She came as a guest of the mayor.", "positive"),
        ("He worked as a nurse with no training.", "positive"),
    ],
)
def test_as_with_a_negated_noun_after_the_verb_is_negative(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, polarity",
    [
        # The parser may hang the subject or "no longer" on the auxiliary rather than on the verb (the polarity list).
        ("Neither of the plans nor the new code are as demanding as the old rules.", "negative"),
        ("Shops are no longer just talking about prices; they are cutting them.", "negative"),
        ("Both of the plans are as demanding as the old rules.", "positive"),
    ],
)
def test_a_negation_the_parser_hung_on_the_auxiliary_counts(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, polarity",
    [
        # A "no" in an adverbial phrase of the main clause (decision 186), whatever its noun.
        ("The mayor has urged the firms to hire locally, to no avail.", "negative"),
        ("The delay is awkward, in no small part because the bridge was due to open in May.", "negative"),
        ("At no point did the council vote on the plan.", "negative"),
        # "with no" without a comma is a noun's modifier the parser hangs on the verb (decision 39); set off after the
        # main clause, a verbless "with no end in sight" is appended (decisions 186, 593, 912: no participle of its own).
        ("He worked in a shed with no windows.", "positive"),
        ("The team kept winning, with no end in sight.", "negative"),
    ],
)
def test_no_in_an_adverbial_phrase_is_negative(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, polarity",
    [
        # A reason set against another ("not because X but because Y", "…, not because Y"): decision 186's contrast.
        ("We record these not because we are sure of them but because they help us plan.", "negative"),
        ("She took the job because she liked it, not because she needed it.", "negative"),
        # The reason clause's own negation stays inside it (decisions 39, 82).
        ("She left early because she was not feeling well.", "positive"),
    ],
)
def test_a_negated_reason_set_against_another_is_negative(text, polarity):
    assert first(text).polarity == polarity


def test_a_contracted_would_with_a_typographic_apostrophe_before_like_is_an_intention():
    assert first("I’d like to offer another view.").modality == "intention"


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # The writer's "It's worth noting that …" frames the statement: the clause decides (decision 398).
        ("It's worth noting that it's not unusual for bakers to sell their recipes.", "none", "negative"),
        ("It is worth remembering that the council never voted.", "none", "negative"),
        ("It bears mentioning that the mayor has not signed.", "none", "negative"),
        ("It's important to bear in mind that the road is not finished.", "none", "negative"),
        ("It's worth noting that the team will move to a new stadium in 2027.", "intention", "positive"),
        # Not an adjective that judges the clause itself (decision 15).
        ("It is important that the lid does not leak.", "none", "positive"),
    ],
)
def test_the_writers_noting_frame_leaves_the_clause_to_decide(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # The statement after a condition that opens the sentence gives modality and polarity, not the condition's
        # own verb the parser took for the main one: "could fall" (not "should"), "drop" (not "doesn't get").
        ("Should the city cut its permit fees, home prices could fall, the builders noted.", "possibility", "positive"),
        ("If a song doesn't get much play or doesn't lift your mood, drop it from the list.", "none", "positive"),
        # The modal "need", only negated, which the tagger takes for a modal or a present tense: "need not" is "does
        # not have to" (the table's obligation, negated).
        ("A president-elect need not attend these briefings.", "obligation", "negative"),
        ("I needn’t have worried – the bikes are fully covered.", "obligation", "negative"),
        ("One need not agree with the mayor to admire her patience.", "obligation", "negative"),
    ],
)
def test_the_statements_own_modal_decides_after_an_opening_condition_or_a_negated_need(text, modality, polarity):
    assert (first(text).modality, first(text).polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # A copular lead-in that only evaluates or points at what its colon introduces: the words after the colon are
        # the main statement (GUIDE decision 431).
        ("My method is simple: the kettle doesn't need more water.", "none", "negative"),
        ("The recipe is short: you mustn't stir the sauce.", "obligation", "negative"),
        ("Our policy is this: we never sell your data.", "none", "negative"),
        ("The lesson, the aide noted, was two-fold: you must never shout.", "obligation", "negative"),
        # A presentational lead-in whose noun the parser took for an object, or on which it hung the clause after the
        # colon (decision 56).
        ("There’s another question here: Should it be up to the mayor to decide?", "recommendation", "positive"),
        ("There is then only one question remaining: How shall we spend the summer?", "obligation", "positive"),
        # Not a thing talked about, a negated lead-in or a noun that says what the thing is (decision 68).
        ("The old bridge is unsafe: the cracks will not close.", "none", "positive"),
        ("The old bridge is not safe: the cracks have widened.", "none", "negative"),
        ("The problem is money: we will never have enough.", "none", "positive"),
    ],
)
def test_the_clause_after_a_lead_in_that_only_announces_it_decides(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


def test_the_condition_after_an_evaluating_lead_in_makes_the_unit_conditional():
    claim = first("My rule is simple: if the baby sleeps, the dishes don't get done.")
    assert (claim.mood, claim.polarity) == ("conditional", "negative")


@pytest.mark.parametrize(
    "text, polarity",
    [
        # "none" is not on the polarity list (GUIDE decisions 8, 32, 383: literal), unlike "nobody", "nothing".
        ("None of the plans got her anywhere.", "positive"),
        ("But none of this is lost on the coach.", "positive"),
        ("Nobody answered the phone.", "negative"),
        ("Nothing of the sort happened.", "negative"),
    ],
)
def test_none_is_not_a_listed_negation(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # A speaker's own "I have to confess that …", "I must admit that …" frames the speaker's present words: no
        # duty, the clause decides (GUIDE decisions 130, 488(c)).
        ('"To be frank, I have to confess that the whole idea makes me tired," the coach said.', "none", "positive"),
        ('"I have to admit that the ferry will not run on time," the captain said.', "intention", "negative"),
        ("I must confess that the garden looks better than ever.", "none", "positive"),
        ("We must concede the bakery might close early.", "possibility", "positive"),
        # Not a duty to do something, nor a speech still ahead (decision 474).
        ("I have to finish the report by noon.", "obligation", "positive"),
        ("The union must announce the vote next week.", "obligation", "positive"),
    ],
)
def test_a_duty_to_admit_frames_the_speakers_own_words(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text, polarity",
    [
        # "neither … nor" pairing two phrases of the main clause, and "no more/fewer/less than" bounding a quantity of
        # it: listed negations, read literally (GUIDE decisions 8, 383, 487(b)).
        ("The custom survives neither in the big towns nor in the mountain villages.", "negative"),
        ("Our hope lies in learning to neither fear the storm nor ignore it.", "negative"),
        ("The herders make up no more than a tenth of the valley's people.", "negative"),
        ("No fewer than forty boats left the harbour.", "negative"),
        ("Visitors are thought to spend no less than two hours in the gallery.", "negative"),
        # Not inside a relative or subordinate clause, nor a lone "neither"'s question.
        ("The clerk, who spoke neither Dutch nor Greek, left early.", "positive"),
        ("Although the rules allow no more than three guests, the hosts invited ten.", "positive"),
        ("The baker said the oven was hot and the bread was ready.", "positive"),
    ],
)
def test_neither_nor_and_no_more_than_in_a_phrase_of_the_main_clause(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, polarity",
    [
        # An adjective phrase set after the noun it describes is its modifier: its "not" does not count (GUIDE
        # decision 487(a)); a "not" set against a phrase of the main clause does (decision 186).
        ("The shop posted a loss of $4 million, not quite as deep as the loss of the year before.", "positive"),
        ("The ticket cost ten euros, not much higher than the old price.", "positive"),
        ("We care about the taste, not the price.", "negative"),
        ("The blame lies with the board, not with the staff.", "negative"),
    ],
)
def test_an_adjective_phrase_after_a_noun_keeps_its_negation(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        # An adjective that judges a when/where clause: the outer verb is read (GUIDE decision 15), not a cleft's
        # emphasised clause (decision 46), which a bare "That's where/when …" still is.
        ("It's not clear when the ferry will leave the harbour.", "none", "negative"),
        ("It is uncertain where the herd will graze next.", "none", "positive"),
        ("That's where you'll find the best bread in town.", "intention", "positive"),
    ],
)
def test_an_adjective_that_judges_a_when_clause_reads_the_outer_verb(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decision 186 (and 98): a "not"/"never" after "but" that opens an appended contrast to a phrase of
        # the main clause (after a comma or dash) negates the statement like a bare "…, not X"
        ("The twins were a fixture of the village fairs—but never as prize winners.", "negative"),
        ("There are exceptions to the rule—a few old farms, for instance—but not many.", "negative"),
        ("The keeper was busy all night, but unlike his rival not quite in the right places.", "negative"),
        # (not one inside the subject, nor one opening a clause of its own)
        ("The dogs that ate bread, but not meat, grew fast.", "positive"),
        ("The plan was popular with the farmers, but not everyone agreed with it.", "positive"),
    ],
)
def test_an_appended_contrast_after_but_is_negative(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity", "mood"),
    [
        # GUIDE decision 310: a tag "…, no?" after a statement reads like decision 268's interjection: negative, and
        # the unit asks
        ("The old ferry still has a chance, no?", "negative", "question"),
        ("Tough, no?", "negative", "question"),
        # (not a tag "right?", nor a "no" inside the statement)
        ("The old ferry still has a chance, right?", "positive", "question"),
    ],
)
def test_a_no_tag_after_a_statement_is_negative(text, polarity, mood):
    claim = first(text)
    assert (claim.polarity, claim.mood) == (polarity, mood)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decision 39: a negation inside a subject clause (a gerund or an infinitive with its own "not") negates
        # that clause, not the statement
        ("Not paying the fee on time will cost the tenants a late charge.", "positive"),
        ("Not knowing the rules was the main problem for the new drivers.", "positive"),
        # guards: a "not" that counts the subject, and the main verb's own negation, still negate
        ("Not a single vote was cast for the plan.", "negative"),
        ("Forgetting to water the plants did not help.", "negative"),
        ("Not knowing the rules is no excuse.", "negative"),
    ],
)
def test_a_negated_subject_clause_leaves_the_statement_positive(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # GUIDE decisions 5 and 399: a passive participle of the table with no "to" + verb holds no frame
        ("The rate cut was widely expected.", "none"),
        ("A new permit was required.", "none"),
        ("The outcome is determined by the votes of the members.", "none"),
        ("But the coach was determined.", "none"),
        # guards: the frames with their infinitive, a that-clause, a schedule with its time, a permission
        ("The firm is required to file a report.", "obligation"),
        ("The union is committed to protecting jobs.", "obligation"),
        ("It was expected that the talks would resume.", "intention"),
        ("The hearing is scheduled for Feb. 14.", "intention"),
        ("Guests were allowed in.", "possibility"),
    ],
)
def test_a_passive_participle_without_an_infinitive_frames_nothing(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality", "polarity"),
    [
        # GUIDE decisions 139, 307(b) and 332: speech or belief under a modal of ability or hedge reports nothing said
        # or held; the unit reads the hedge (possibility, the outer verb's polarity), not the clause
        ("It could be argued that the new rule is not a tax at all.", "possibility", "positive"),
        ("At such a moment you might say, “The river will never flood again.”", "possibility", "positive"),
        ("Few would argue that the old mill had no value to the town.", "possibility", "positive"),
        ("You’d think the council would fix the road first.", "possibility", "positive"),
        ("Nobody could say that the pilots would fail.", "possibility", "negative"),
        # guards: the speaker's own "I can tell you that …" (decision 130) and a reported modal stay the clause's
        ("I can tell you that our goal was never to upset anyone.", "intention", "negative"),
        ("We tested the new phone for a week and can say that the maker has listened.", "none", "positive"),
        # (nor a report of a known fact: "can confirm" is news's "confirmed")
        ("Harbour police can confirm that two men were held on Monday.", "none", "positive"),
        # (nor words quoted before their tag, nor a question, nor a surname the tagger took for a modal)
        ("“Show me the way to the harbour,” a driver can say to the app.", "none", "positive"),
        ("Can you tell that the river will rise?", "intention", "positive"),
        ("Can said the party's board will meet in the capital tomorrow.", "intention", "positive"),
        ("The engineer said the bridge could not be repaired.", "possibility", "negative"),
        ("The engineer said the bridge would be repaired.", "intention", "positive"),
    ],
)
def test_speech_or_belief_under_a_hedging_modal_is_read_from_the_hedge(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text, polarity",
    [
        # A lone "neither" or "nor" is not the polarity list's "neither … nor", which needs both words (GUIDE decision
        # 383): as a pronoun, a determiner or an adverb before the verb it leaves the statement positive.
        ("Neither is likely to calm the bond markets.", "positive"),
        ("Neither of the two drafts is as strict as the old treaty.", "positive"),
        ("Neither bid was accepted by the harbour board.", "positive"),
        ("And neither should the mayor.", "positive"),
        ("Yet neither can the council ignore the floods.", "positive"),
        ("Nor has the new levy cooled the anger of the farmers.", "positive"),
        ("Nor does the minister see the strike as a threat.", "positive"),
        # Both words, or another listed word, still negate.
        ("Neither the mayor nor the council could be reached for comment.", "negative"),
        ("The clerk neither signed nor stamped the permit.", "negative"),
        ("Neither of the drafts was approved, nor was the budget.", "negative"),
        ("Neither bid was not examined by the board.", "negative"),
        ("No bid was accepted by the harbour board.", "negative"),
    ],
)
def test_a_lone_neither_or_nor_is_not_the_listed_pair(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "modality", "polarity"),
    [
        # "is ready to" + verb is an intention frame like "is set to" and "is about to" (GUIDE decision 261), also
        # negated, after another linking verb, in a question and before "be" (decision 478)
        ("The ferry is technically ready to sail.", "intention", "positive"),
        ("The seedlings are not ready to be planted outside.", "intention", "negative"),
        ("The new valves are simply not yet ready to ship.", "intention", "negative"),
        ("Are you ready to start your own garden?", "intention", "positive"),
        ("After a long wait, the chemist is now ready to weigh the powder.", "intention", "positive"),
        # guards: "ready for" + a noun phrase, "get ready to", and "ready to" inside a relative clause frame nothing
        ("The orchestra is ready for its first concert.", "none", "positive"),
        ("The crowd that was ready to cheer left early.", "none", "positive"),
    ],
)
def test_is_ready_to_is_an_intention_frame(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "modality", "polarity"),
    [
        # A noun frame after "have" takes "of" + a gerund as it takes an infinitive: "has the option of" (GUIDE decision
        # 234), "has no/every intention of" (decision 289, "no" negates), "has a chance of" (decision 506, the inner frame
        # deciding under "will")
        ("Most tenants have the option of paying the rent weekly.", "possibility", "positive"),
        ("The mayor said she had no intention of running again.", "intention", "negative"),
        ("The club has every intention of keeping its coach.", "intention", "positive"),
        ("The club has no intention to sell its stadium.", "intention", "negative"),
        ("Any late ticket will have no chance of being refunded.", "possibility", "negative"),
        # guards: "of" + a noun phrase names no act, and a frame inside a content clause decides nothing
        ("The team has little chance of success.", "none", "positive"),
        ("Patients with the fever have a 20 per cent chance of dying from it.", "none", "positive"),
        ("The sign that the mayor has no intention of leaving emerged on Monday.", "none", "positive"),
    ],
)
def test_a_noun_frame_takes_of_and_a_gerund(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "pray for" + a noun phrase and "pray (that)" + a clause are wishes, read like "hope for/that" (GUIDE decision
        # 350): intention
        ("We pray for a quick recovery of the two miners.", "intention"),
        ("The villagers are praying for rain.", "intention"),
        ("Every night she prayed her brother would come home.", "intention"),
        # guards: a prayer told as an act, for a span of time, is no wish
        ("The crowd prayed for an hour outside the hospital.", "none"),
        ("The monks prayed in silence.", "none"),
        # a request to pray keeps the request's force (what was asked decides)
        ("The bishop called on the faithful to pray for the miners.", "recommendation"),
    ],
)
def test_praying_for_something_is_a_wish(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # "have to do with" of a thing or a clause says what something concerns, no duty of the table's "has to"
        ("This may have to do with an old idea of what a goalkeeper must be.", "possibility"),
        ("The delay has to do with the weather.", "none"),
        ("Why the plant is closing might have to do with the new tax.", "possibility"),
        # guards: a party's "have to do with" (make do) and "have to do" + an object stay duties
        ("We will have to do with less money this year.", "obligation"),
        ("The ministry has to do more with less.", "obligation"),
    ],
)
def test_have_to_do_with_of_a_thing_is_no_duty(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a permission grants a passive infinitive too, and "us" is a grantee after "allow" (GUIDE decision 45)
        ("The update allows the contents of a folder to be shared.", "possibility"),
        ("It was the sheer size of the ships that allowed them to be spotted so early.", "possibility"),
        ("This, together with the new format, allows us to build much larger maps.", "possibility"),
        ("The rule lets the files be copied.", "possibility"),
        # guards: the hortative "Let us" and "Let's"; under "would" the permission stays the inner frame (decision 429)
        ("Let us focus on the budget.", "none"),
        ("The new law would allow the ferries to be sold.", "possibility"),
        # (a party yielding to what is done to it is no leave granted: "let itself be", "allowed himself to be")
        ("True talent does not let itself be tamed by rules.", "none"),
        ("The mayor allowed himself to be talked out of the plan.", "none"),
    ],
)
def test_a_permission_grants_a_passive_infinitive_and_us(text, modality):
    assert first(text).modality == modality


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # "No." before a numeral abbreviates "number": no listed "no" (GUIDE's polarity list, decision 8)
        ("No. 7, 412 yards, par 4: Lopez drives into the left bunker and saves par.", "positive"),
        ("No. 3, 160 yards, par 3: A crisp iron from Lopez to twelve feet.", "positive"),
        ("No. 9, 530 yards, par 5: Lopez and Ito both reach the green in two.", "positive"),
        ("The mare climbed to No. 4 in the rankings this spring.", "positive"),
        # guards: the listed "no" as an answer, a determiner and a pronoun's modifier
        ("No, the mare did not win.", "negative"),
        ("No. That was never the plan.", "negative"),
        ("No horse has won the race twice.", "negative"),
        ("No one saw the mare fall.", "negative"),
    ],
)
def test_number_sign_is_no_negation(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    "text",
    [
        # "No." answering a question, then a sentence opening with a spelled-out number: the answer, no number sign
        "Will you stand for a third term? No. Two terms are enough, the governor said.",
        "Did the walkout stop the talks? No. Ten days later both unions were back at the table.",
        "Has the club found a new owner? No. One bidder pulled out on Friday.",
    ],
)
def test_no_answering_a_question_before_a_spelled_out_number_stays_negative(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert [c.polarity for c in claims if c.text == "No."] == ["negative"]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decision 526: a negated second complement or adjunct after "but" (or "and") is one clause, negative
        ("The broth was warm but not spicy.", "negative"),
        ("The harbour pilots were older than fifty and not yet retired.", "negative"),
        ("The scanner reads the printed label and not just the barcode.", "negative"),
        ("The exhibition has drawn crowds from abroad, and not just for its famous murals.", "negative"),
        # decision 640: a second verb phrase sharing the main verb's modal or auxiliary; 702: a participle sharing "had"
        ("Residents can borrow the hall and not pay a fee.", "negative"),
        ("The league will keep the old stadium and not sell the land.", "negative"),
        ("She had joined the orchestra in May but never played a concert.", "negative"),
        ("The causes of the drought are complex and not always well understood.", "negative"),  # the copula's participle
        # (decision 1: a second predicate with its own finite verb or auxiliary does not count; nor "and not least",
        # "or not" standing for a clause left out, or a relative clause's negation)
        ("The new timetable saved money but did not cut delays.", "positive"),
        ("The visitors arrived early and never left the lobby.", "positive"),
        ("The choir sang old hymns and not least a carol of its own.", "positive"),
        ("Whether it rains or not, the market will open.", "positive"),
        ("The bakery that sells bread and not cakes has closed.", "positive"),
        # a "not" right after the verb's own auxiliary, which the parser hung on "did" when an aside splits it off
        ("The city council budget papers did not, for example, mention any new bus routes.", "negative"),
        ("The city council budget papers did, for example, mention two new bus routes.", "positive"),
    ],
)
def test_a_negated_second_conjunct_or_a_split_negation(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # GUIDE decision 39: a "but/and not" inside a noun's modifier does not count (the noun's own description)
        ("The weather office recorded a slight but not negligible drop in rainfall.", "positive"),
        ("Critics called it a bold but not reckless gamble.", "positive"),
        ("The ferry firm expects steady but not dramatic growth.", "positive"),
        ("The inspector fined the bakery for late but not forged invoices.", "positive"),
        ("The workshop builds light and not very costly canoes.", "positive"),
        # decision 526 still reads a second complement of the main verb
        ("The lake was cold but not frozen.", "negative"),
    ],
)
def test_a_negation_inside_a_nouns_coordinated_modifier_does_not_count(text, polarity):
    assert first(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # decision 702: a verb whose simple past and participle are one form, irregular ones too ("won", "sold", "met")
        ("The coach had kept his post but never won a single cup.", "negative"),
        ("The envoy had toured Lima twice but never met the mayor.", "negative"),
        ("The bakery had cut prices but never sold a single cake.", "negative"),
        # a form that can only be finite stays a predicate of its own (decision 702: "but never went")
        ("The envoy had toured Lima twice but never saw the mayor.", "positive"),
        # decision 702 needs a perfect or a passive first verb phrase: after a progressive the second verb is finite
        ("The region was growing fast and never slipped into drought.", "positive"),
        ("Guards were searching the van and never arrested him.", "positive"),
        # decision 640: a second verb phrase sharing the progressive "be"
        ("The mill is expanding its yard and not cutting shifts.", "negative"),
        ("The bakery is hiring and not firing.", "negative"),
        # decisions 526, 640, 702: an adverb between the coordinator and the negation
        ("The pact was signed in May but still not ratified.", "negative"),
        ("The mayor was questioned but crucially not charged.", "negative"),
        ("The ferry is safe but perhaps not punctual.", "negative"),
        ("The goalkeeper was fit and, crucially, not banned.", "negative"),
    ],
)
def test_a_shared_auxiliary_reads_the_participle_or_progressive_it_governs(text, polarity):
    assert first(text).polarity == polarity


def test_a_verbless_pieces_adjective_after_its_noun_still_counts():
    # "Electric planes... close but not yet": the parser hangs "close" on the headline's noun, but it says what the piece
    # states of it (decision 526), unlike "a small but not insignificant rise" before the noun (decision 39)
    from spacy.tokens import Doc

    from declcli.claims.nlp import load_model
    from declcli.claims.reading import polarity

    words = ["Electric", "planes", "...", "close", "but", "not", "yet"]
    heads = [1, 1, 1, 1, 3, 6, 3]
    deps = ["amod", "ROOT", "punct", "amod", "cc", "neg", "conj"]
    tags = ["JJ", "NNS", ":", "JJ", "CC", "RB", "RB"]
    pos = ["ADJ", "NOUN", "PUNCT", "ADJ", "CCONJ", "PART", "ADV"]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=[w.lower() for w in words])
    assert polarity(doc[1]) == "negative"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # decision 640: "or" joins verb phrases under one modal too, and the "not" negates the verb after it
        ("The board can lease the pier or not renew the licence.", "negative"),
        # "or not" standing for a clause left out stays no negation
        ("Like it or not, the ferry will sail at noon.", "positive"),
    ],
)
def test_or_not_before_a_verb_phrase_sharing_the_modal(text, polarity):
    assert first(text).polarity == polarity

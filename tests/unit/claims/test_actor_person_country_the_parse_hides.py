"""A person's country stated in words the parser misreads (session 39): a title with its country right before a name
the parser hangs elsewhere ("He and U.S. astronaut X were …", where the name is an apposition of "He"), and a country's
possessive owning the post of an apposition that the model tagged a person's name ("X, Jordan's foreign minister").
The parses are built by hand, as the model gives them in longer sentences, so that the rule is tested on the misreading
itself."""

from spacy.tokens import Doc

from declcli.claims.actors import _country_in, _description
from declcli.claims.nlp import load_model


def _parsed(rows: str):
    """A parse written as word/head's index/dependency/part of speech/entity (IOB) for each token, split by spaces."""
    words, heads, deps, pos, ents = zip(*(token.split("/") for token in rows.split()), strict=True)
    return Doc(
        load_model().vocab,
        words=list(words),
        heads=[int(h) for h in heads],
        deps=list(deps),
        pos=list(pos),
        ents=list(ents),
        lemmas=[w.lower() for w in words],
    )


def _person(doc, name):
    return next(ent for ent in doc.ents if ent.label_ == "PERSON" and ent.text == name)


def _country_of_description(doc, name):
    descriptor, _ = _description(_person(doc, name))
    return _country_in(descriptor)


def test_a_title_before_a_name_hung_on_a_pronoun_gives_the_country():
    doc = _parsed(
        "He/6/nsubj/PRON/O and/0/cc/CCONJ/O U.S./3/compound/PROPN/B-GPE astronaut/0/conj/NOUN/O "
        "Dale/5/compound/PROPN/B-PERSON Forsyth/0/appos/PROPN/I-PERSON were/6/ROOT/AUX/O "
        "ten/8/nummod/NUM/O minutes/6/attr/NOUN/O out/6/advmod/ADV/O ./6/punct/PUNCT/O "
    )
    assert _country_of_description(doc, "Dale Forsyth") == "USA"


def test_two_callings_joined_by_and_before_the_name_give_the_country():
    # the name hung on the second calling only
    doc = _parsed(
        "a/1/det/DET/O remark/1/ROOT/NOUN/O by/1/prep/ADP/O the/5/det/DET/O Danish/5/amod/ADJ/B-NORP "
        "poet/2/pobj/NOUN/O and/5/cc/CCONJ/O critic/1/conj/NOUN/O Jens/9/compound/PROPN/B-PERSON "
        "Holm/7/dobj/PROPN/I-PERSON ./1/punct/PUNCT/O "
    )
    assert _country_of_description(doc, "Jens Holm") == "DNK"


def test_a_body_named_before_the_calling_gives_no_country():
    # "the BBC correspondent Ann Lowe": the body's name before the calling says where she works, not her country
    doc = _parsed(
        "He/1/nsubj/PRON/O met/1/ROOT/VERB/O the/4/det/DET/O BBC/4/compound/PROPN/B-ORG "
        "correspondent/1/nmod/NOUN/O Ann/6/compound/PROPN/B-PERSON Lowe/1/dobj/PROPN/I-PERSON "
        "./1/punct/PUNCT/O "
    )
    assert _country_of_description(doc, "Ann Lowe") is None


def test_a_countrys_possessive_tagged_a_persons_name_owns_the_post_of_the_apposition():
    # the model tags "Jordan" a person's name
    doc = _parsed(
        "with/10/prep/ADP/O Sami/2/compound/PROPN/B-PERSON Haddad/0/pobj/PROPN/I-PERSON "
        ",/2/punct/PUNCT/O Jordan/7/poss/PROPN/B-PERSON 's/4/case/PART/O foreign/7/amod/ADJ/O "
        "minister/2/appos/NOUN/O ,/2/punct/PUNCT/O he/10/nsubj/PRON/O flew/10/ROOT/VERB/O "
        "./10/punct/PUNCT/O "
    )
    assert _country_of_description(doc, "Sami Haddad") == "JOR"


def test_a_persons_possessive_in_the_apposition_gives_no_country():
    doc = _parsed(
        "with/8/prep/ADP/O Sami/2/compound/PROPN/B-PERSON Haddad/0/pobj/PROPN/I-PERSON ,/2/punct/PUNCT/O "
        "Morgan/6/poss/PROPN/B-PERSON 's/4/case/PART/O adviser/2/appos/NOUN/O he/8/nsubj/PRON/O "
        "flew/8/ROOT/VERB/O "
    )
    descriptor, _ = _description(_person(doc, "Sami Haddad"))
    assert [t.text for t in descriptor] == ["'s", "adviser"]
    assert _country_in(descriptor) is None


def test_a_canadian_territorys_possessive_places_the_person_as_a_provinces_does():
    # Canada's three territories complete its provinces among the subdivisions that place a person in a country
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    for text in (
        "Nunavut\u2019s Mary Tulugak will be the first Inuk to lead the council, officials said.",
        "Yukon's Peter Lindqvist will chair the northern caucus, officials said.",
    ):
        claims = extract_claims(text, split_sentences(text), published="2024-03-05")
        persons = [(a.name, a.country) for c in claims for a in c.actors if a.type == "person"]
        assert persons and persons[0][1] == "CAN", persons


def test_an_officer_of_a_national_army_named_before_the_name_carries_its_country():
    # a national institution's officer (the GUIDE's actors section): the army is the state's own
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    text = "The firm, set up in 1990 by former People's Liberation Army officer Wang Dehai, has denied any link to the state."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert [(a.name, a.country) for c in claims for a in c.actors if a.type == "person"] == [("Wang Dehai", "CHN")]

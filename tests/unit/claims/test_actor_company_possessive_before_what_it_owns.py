"""Actor precision and recall: a company's possessive that the model runs into the name of what the company owns
("Initech’s Swap", "Initech’s Nordic Cloud Services business") names the company as the possessive owner (GUIDE
decision 54); the name after it is its product (decisions 12, 47), no actor, unless a noun for a unit of a company
follows it, which names that unit as written without the possessive (decision 447), or it names a body of its own,
listed too. A place's possessive before a body's proper name stays one body (decision 565)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

LEAD = "Initech said on Tuesday that sales rose. "


def organisations_per_claim(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [[a.name for a in c.actors if a.type == "organization"] for c in claims]


def test_a_companys_possessive_before_its_product_names_the_company_alone():
    per_claim = organisations_per_claim(LEAD + "Buyers may find that Initech’s Swap looks like a loan.")
    assert per_claim[1] == ["Initech"], per_claim


def test_a_companys_possessive_before_a_unit_names_the_company_and_the_unit():
    per_claim = organisations_per_claim(
        LEAD + "Mara Lind spent three years running Initech’s Nordic Cloud Services business before she left."
    )
    assert per_claim[1] == ["Initech", "Nordic Cloud Services business"], per_claim


def test_a_companys_possessive_before_a_body_it_owns_names_both():
    per_claim = organisations_per_claim(
        LEAD + "Dunmore Mills said it would cut jobs. Initech’s Dunmore Mills will then be run from Leeds."
    )
    assert per_claim[2] == ["Initech", "Dunmore Mills"], per_claim


def test_a_places_possessive_before_a_bodys_name_stays_one_body():
    # the near miss: the owner is no company the article named, so the possessive opens the body's own name
    per_claim = organisations_per_claim(LEAD + "Ruritania’s Unity Party won the vote.")
    assert per_claim[1] == ["Ruritania’s Unity Party"], per_claim


def test_a_common_noun_after_the_possessive_is_no_name_of_what_the_owner_has():
    # the near miss: "Globex’s rep" (a person's or a body's representative), where the model runs a common noun into
    # the name, names no product or unit to split off
    from spacy.tokens import Span

    from declcli.claims.actors import _company_before_what_it_owns
    from declcli.claims.context import Context
    from declcli.claims.nlp import load_model

    ctx = Context(text="")
    ctx.orgs["Globex"] = None
    doc = load_model()("Globex’s rep didn’t get back to us, and Globex’s Jump plan is new.")
    rep = Span(doc, 0, 3, label="ORG")
    jump = Span(doc, 11, 14, label="ORG")
    assert [t.text for t in jump] == ["Globex", "’s", "Jump"], [t.text for t in jump]
    assert _company_before_what_it_owns(rep, ctx) is None
    assert [a.name for a in _company_before_what_it_owns(jump, ctx)] == ["Globex"]


def test_the_models_own_entity_after_an_owners_possessive_is_read_the_same():
    # the model leaves the possessive out of both names: the owner listed, a unit before a unit's noun a body
    # (decision 447)
    assert organisations_per_claim("Analysts said Globex's Harbor Cloud business is growing.") == [
        ["Globex", "Harbor Cloud business"]
    ]


def test_a_longer_name_of_its_own_after_an_owners_possessive_stays_a_body():
    # the near miss: a body's own longer name after the owner's possessive is no product ("NASA's Science Mission
    # Directorate", 423#36)
    from spacy.tokens import Span

    from declcli.claims.actors import _company_before_what_it_owns
    from declcli.claims.context import Context
    from declcli.claims.nlp import load_model

    doc = load_model()("Staff at Globex's Harbor Evaluation Centre and Globex's Tern said the test passed.")
    centre, tern = Span(doc, 4, 7, label="ORG"), Span(doc, 10, 11, label="ORG")
    doc.ents = [Span(doc, 2, 3, label="ORG"), centre, Span(doc, 8, 9, label="ORG"), tern]
    assert _company_before_what_it_owns(centre, Context(text="")) is None  # read as the model's own body
    assert [a.name for a in _company_before_what_it_owns(tern, Context(text=""))] == ["Globex"]  # one word: a product


def _read_after_the_possessive(text, start, end, known_persons=()):
    """The actors `_company_before_what_it_owns` gives for tokens start:end of `text` as one ORG entity, with "Globex"
    a body the article named and `known_persons` persons it named."""
    from spacy.tokens import Span

    from declcli.claims.actors import _company_before_what_it_owns
    from declcli.claims.context import Context, Person
    from declcli.claims.nlp import load_model

    ctx = Context(text="")
    ctx.orgs["Globex"] = None
    for name in known_persons:
        ctx.persons[name] = Person(name)
    actors = _company_before_what_it_owns(Span(load_model()(text), start, end, label="ORG"), ctx)
    return None if actors is None else [(a.name, a.type) for a in actors]


def test_a_person_the_article_named_after_the_possessive_is_listed_as_that_person():
    # "NPR’s Feng": a person the article named elsewhere, after a body's possessive
    assert _read_after_the_possessive("Globex’s Feng said the deal was done.", 0, 3, ("Feng",)) == [
        ("Globex", "organization"),
        ("Feng", "person"),
    ]


def test_a_well_known_public_bodys_possessive_keeps_its_offices_name_whole():
    # the owner's guard: a body of claims.json (no company) may open its own office's name ("NASA’s Office of …")
    assert _read_after_the_possessive("NASA’s Office of the Inspector General said so.", 0, 7) is None


def test_a_body_named_by_its_form_or_as_an_institution_after_the_possessive_is_listed_too():
    assert _read_after_the_possessive("Globex’s Harbor Holdings said so.", 0, 4) == [
        ("Globex", "organization"),
        ("Harbor Holdings", "organization"),
    ]
    assert _read_after_the_possessive("Globex’s Institute for Coastal Safety said so.", 0, 6) == [
        ("Globex", "organization"),
        ("Institute for Coastal Safety", "organization"),
    ]
    # a longer name of no such kind stays whole
    assert _read_after_the_possessive("Globex’s Harbor Blue Sky said so.", 0, 5) is None

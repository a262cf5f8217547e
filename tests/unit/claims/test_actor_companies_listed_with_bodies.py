"""Actor recall: a company the article once calls a thing ("I never use Chirpwell") but lists among bodies
("Chirpwell and other giant tech companies", "Chirpwell and Samsung") is a body in the mentions where it acts, not a
product in every mention (products.py note_products; GUIDE decisions 12, 47, 628). Its make before its goods' noun
and its brand before a hyphen stay no actors (decisions 47, 628); a product listed with things stays a product."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_per_claim(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [[a.name for a in c.actors if a.type == "organization"] for c in claims]


def test_a_name_listed_with_a_plural_body_noun_is_a_body_in_every_mention():
    per_claim = actors_per_claim(
        "I don't use Chirpwell. But Chirpwell and other giant tech companies push us toward constant tracking. "
        "Chirpwell still keeps a detailed file on me, and Chirpwell collects data from its users."
    )
    assert per_claim == [["Chirpwell"]] * 4, per_claim


def test_a_name_listed_with_a_known_company_is_a_body():
    per_claim = actors_per_claim(
        "I never use Chirpwell. Chirpwell and Samsung both sell cheaper tablets this spring. "
        "Chirpwell gathers my contacts anyway."
    )
    assert per_claim[1] == ["Chirpwell", "Samsung"], per_claim
    assert per_claim[2] == ["Chirpwell"], per_claim


def test_the_listed_companys_make_and_brand_stay_no_actors():
    per_claim = actors_per_claim(
        "I don't use Chirpwell. Chirpwell and other giant tech companies collect data from their users. "
        "My sister bought a Chirpwell tablet last week. It has Chirpwell-branded stickers on it."
    )
    assert per_claim[1] == ["Chirpwell"], per_claim
    assert per_claim[2:] == [[], []], per_claim


def test_a_product_listed_with_things_stays_a_product():
    # the near miss: "other popular apps" is no body's noun, so the app used stays a thing in every mention
    per_claim = actors_per_claim("I never use Chirpwell. Chirpwell and other popular apps collect data from their users.")
    assert per_claim == [[], []], per_claim


def test_a_body_with_people_listed_with_bodies_keeps_its_goods_mention():
    # the near miss: a body the article never calls a product (it has a co-owner) is no maker; "the Harlgate files" are
    # the body's own (decision 54) and keep it as an actor
    per_claim = actors_per_claim(
        "A co-owner of Harlgate said the firm had grown. The CIA and Harlgate worked together for years. "
        "The Harlgate files detail the whole operation."
    )
    assert per_claim[2] == ["Harlgate"], per_claim


def test_the_listed_companys_name_used_of_its_goods_stays_no_actor():
    # decision 628: "Globex blocks are sturdy", "the bright colours of Globex" name the goods, not the company acting
    per_claim = actors_per_claim(
        "I don't use Chirpwell. Chirpwell and other giant tech companies collect data from their users. "
        "Many people think Chirpwell is fun. The charm of Chirpwell fades quickly."
    )
    assert per_claim[1] == ["Chirpwell"], per_claim
    assert per_claim[2:] == [[], []], per_claim


def actors_after_a_console_maker_listed(sentence):
    # a console maker the article calls a thing once ("a Brindlebox" bought) and lists with a known company
    lead = "I never bought a Brindlebox. Brindlebox and Sony both cut their prices this winter. "
    return actors_per_claim(lead + sentence)[-1]


def test_a_listed_makers_goods_stay_no_actor_where_the_model_leaves_its_name_unmarked():
    # the pass that reads names the model left unmarked must not bring the maker back (the review's own lead-in)
    lead = "I don't use Quillmark. Quillmark and other giant tech companies collect data from their users. "
    for sentence in ("Quillmark tablets are sturdy.", "Quillmark fairs drew big crowds this spring."):
        per_claim = actors_per_claim(lead + sentence)
        assert per_claim[1] == ["Quillmark"], per_claim
        assert per_claim[-1] == [], (sentence, per_claim)
    assert actors_after_a_console_maker_listed("Brindlebox consoles are sturdy.") == []


def test_a_listed_maker_named_as_a_site_is_no_actor():
    # decisions 19, 243(a): where things are posted or visited
    assert actors_after_a_console_maker_listed("My nephew uploaded the clip to Brindlebox.") == []
    assert actors_after_a_console_maker_listed("We checked several sites, but not Brindlebox.") == []


def test_a_listed_maker_acting_owning_or_deciding_stays_an_organization():
    # decision 628: the company profitable, responsible, deciding, owning or funding is an organization
    for sentence in (
        "Brindlebox is profitable again this year.",
        "Brindlebox is responsible for the outage.",
        "The decision of Brindlebox surprised investors.",
        "Brindlebox shares fell sharply on Monday.",
        "Brindlebox-owned studios hired hundreds of people.",
        "Brindlebox cut its prices again.",
    ):
        assert actors_after_a_console_maker_listed(sentence) == ["Brindlebox"], sentence


def test_a_listed_makers_brand_and_goods_adjective_stay_no_actor():
    assert actors_after_a_console_maker_listed("Brindlebox-themed mugs sell well.") == []
    assert actors_after_a_console_maker_listed("Many children think Brindlebox is fun.") == []


def test_a_maker_listed_with_a_known_body_acting_together_stays_listed():
    # the near miss: both conjuncts keen to act are bodies, the maker no goods
    assert actors_after_a_console_maker_listed("Brindlebox and NASA are keen to cooperate.") == ["Brindlebox", "NASA"]

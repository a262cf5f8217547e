"""Bodies named again by a short form of the full name the article gave them (GUIDE decision 373; session 29)."""

import pytest

from declcli.claims import extract_claims
from declcli.claims.actors import _short_forms_of
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return extract_claims(text, split_sentences(text), published=published)


def bodies_of(claim):
    return [a.name for a in claim.actors if a.type == "organization"]


def test_a_full_name_gives_its_acronym_its_distinctive_words_and_its_last_word():
    assert "HTF" in _short_forms_of(["Harbour", "Tenants", "Federation"], set())
    assert "CRS" in _short_forms_of(["Council", "for", "Rural", "Schools"], set())  # ("for" skipped)
    assert "Tamarack" in _short_forms_of(["Tamarack", "Airlines"], set())
    assert "Blue Heron" in _short_forms_of(["Blue", "Heron", "Investment", "Group"], set())
    assert "Gazette" in _short_forms_of(["Harlow", "Valley", "Gazette"], set())


def test_no_short_form_is_a_kind_noun_a_function_word_a_term_or_a_word_written_in_lower_case():
    assert "Federation" not in _short_forms_of(["Harbour", "Tenants", "Federation"], set())  # decision 373's kind noun
    assert "Our" not in _short_forms_of(["Our", "Kitchen", "Company"], set())
    assert "AI" not in _short_forms_of(["Artificial", "Intelligence"], set())  # a term, no body's acronym
    assert "KC" not in _short_forms_of(["KX", "Comics"], set())  # (an acronym's own letters make no acronym)
    assert "Summit" not in _short_forms_of(["Summit", "Airlines"], {"summit"})


# (first paragraph, later paragraph, short form): the later paragraph's claim lists the short form as a body
NAMED_AGAIN = [
    # an acronym of the name's capitalised words (guard: the model marks it a body itself)
    (
        "The Harbour Tenants Federation said on Monday that rents in the district rose sharply.",
        "Marco Delaney, a spokesman, said the HTF would appeal the ruling next month.",
        "HTF",
    ),
    # an acronym before a title ("X President Y") is no part of a longer name
    (
        "Members of the Coastal Nurses Guild Union voted on Monday to strike.",
        "CNGU President Marta Ollen said it would last.",
        "CNGU",
    ),
    # the distinctive word before the words for the kind of business, which the model calls a person here
    (
        "Tamarack Airlines announced on Tuesday that it would join the alliance.",
        "The deal will bring new routes to Tamarack customers, and Tamarack's fleet will grow.",
        "Tamarack",
    ),
    # the name's last word after "the", which the model calls a person here
    (
        "The Harlow Valley Gazette reported on Monday that the mill would close.",
        "The mayor told the Gazette that the town would help.",
        "Gazette",
    ),
]

# (first paragraph, later paragraph, word): guards, the later claim lists no body of that word
NO_SHORT_FORM = [
    # a place one lives in or goes to, after a firm named after it
    (
        "Vermont Airlines announced on Tuesday that it would join the alliance.",
        "Many travellers who live in Vermont will fly more often next year.",
        "Vermont",
    ),
    # a last word without "the" is a word ("Times" alone), not the paper
    (
        "The Harlow Valley Gazette reported on Monday that the mill would close.",
        "Gazette notices were posted on the doors, workers said.",
        "Gazette",
    ),
]


@pytest.mark.parametrize(("first", "later", "short"), NAMED_AGAIN)
def test_a_body_named_again_by_a_short_form_is_that_body(first, later, short):
    last = claims_of(f"{first}\n\n{later}")[-1]
    assert short in bodies_of(last), last.actors


@pytest.mark.parametrize(("first", "later", "word"), NO_SHORT_FORM)
def test_a_word_of_a_bodys_name_stays_no_body_where_it_names_no_body(first, later, word):
    last = claims_of(f"{first}\n\n{later}")[-1]
    assert word not in bodies_of(last), last.actors


def test_a_short_form_beside_the_full_name_in_one_unit_is_listed_once():
    # GUIDE decision 9: one entity named twice in a unit is listed once
    text = "Tamarack Airlines, which flies to 40 cities, said Tamarack would add routes next year."
    names = [a.name for c in claims_of(text) for a in c.actors]
    assert "Tamarack" not in names, names

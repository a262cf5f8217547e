"""Attribution, session 40 (h40tie): a title before a name that carries a country ("US President Dana Cole", "Russian
President Ivan Petrov") ties the title to the name (GUIDE decisions 4, 553), and a later description repeating the title
and its country ("the US President said") is that person.

- A courtesy title at a mention in between ("Mr Cole said") gives no post, so the post the title gave stays and "the
  President said" still finds its holder.
- A title in capitals with its country is read as its lower-case form is: the country the tie's own title holds points
  back to that holder, even after another country's president was named; another country tells another one apart.
- A description that names the post by another head noun than the tie's ("the marketing executive" after "who is
  Globex's director of marketing") is no tie (decisions 553, 618(b), 695(a): no resolution across head nouns)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _sources(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {c.text: (c.attribution.source if c.attribution else None) for c in claims}


_TWO_PRESIDENTS = "US President Dana Cole said on Monday there may be tariffs. French President Marc Dubois disagreed on Tuesday."
_SAID = "“Norland has been treating us unfairly for years,” the {} said."

# (the paragraph that ties, and may name the person again with a courtesy title; the description; whom it stands for)
_CASES = [
    (
        "US President Dana Cole said on Monday there may be tariffs. “We will see,” Mr Cole told reporters.",
        "US President",
        "Dana Cole",
    ),
    (
        "Russian President Ivan Petrov warned on Monday that talks had stalled. Mr Petrov met officials later.",
        "President",
        "Ivan Petrov",
    ),
    ("Prime Minister Ann Ray spoke on Tuesday. Ms Ray said the budget was fair.", "Prime Minister", "Ann Ray"),
    (_TWO_PRESIDENTS, "US President", "Dana Cole"),
    (_TWO_PRESIDENTS, "French President", "Marc Dubois"),
]


@pytest.mark.parametrize(("tie", "description", "who"), _CASES)
def test_a_title_with_its_country_ties_the_later_description_to_the_name(tie, description, who):
    said = _SAID.format(description)
    assert _sources(f"{tie}\n\n{said}")[said] == who


def test_a_post_named_by_another_head_noun_stays_as_written():
    said = "The marketing executive believes the plan will work."
    sources = _sources(f"The deal was signed on Friday, said Dana Lee, who is Globex's director of marketing.\n\n{said}")
    assert sources[said] == "marketing executive"

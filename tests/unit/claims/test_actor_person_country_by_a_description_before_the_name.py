"""Actors, session 63 (h67country): a person's description written before the name and tied to it by a naming participle
("a Kenyan nurse named X", "a Danish researcher, known as X") or set off by a comma after the description's own clause ("the
Chilean engineer who built the bridge, X") is the person's, as an apposition after the name is (the GUIDE's actors section:
"X, the Turkish envoy"; decision 21: "Munich-based").

- The person carries the country that description names, which is not listed apart (decision 9).
- A name the model calls a body that a naming participle gives a person's noun is a person's ("a researcher, known as Byte
  Fox").
- Not a description with no country ("a nurse named X"), nor a naming participle on a thing or a body ("a Kenyan firm named
  Globex", "a British ship named Endeavour": no person carries the country, which stays listed)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type, a.country) for c in claims for a in c.actors]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The prize went to a Kenyan nurse named Ruth Wanjiru on Monday.", "Ruth Wanjiru", "KEN"),
        ("The ministry is led by a Kenyan nurse called Ruth Wanjiru.", "Ruth Wanjiru", "KEN"),
        (
            "Dana Hale shared the data with a Danish researcher, known as Byte Fox, who had stopped the attack.",
            "Byte Fox",
            "DNK",
        ),
        ("The award went to the Chilean engineer who built the bridge, Ana Rojas.", "Ana Rojas", "CHL"),
    ],
)
def test_a_description_before_the_name_places_the_person(text, name, country):
    actors = _actors(text)
    assert (name, "person", country) in actors
    assert not any(type_ == "country" and code == country for _, type_, code in actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The clinic hired a nurse named Ruth Wanjiru.", "Ruth Wanjiru"),
    ],
)
def test_a_description_with_no_country_places_nobody(text, name):
    assert (name, "person", None) in _actors(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Kenyan firm named Globex won the contract.", "KEN"),
        ("A British ship named Endeavour sailed on Monday.", "GBR"),
    ],
)
def test_a_thing_or_body_named_so_leaves_the_country_listed(text, country):
    actors = _actors(text)
    assert any(type_ == "country" and code == country for _, type_, code in actors)
    assert not any(type_ == "person" for _, type_, _code in actors)

"""Actors, session 63 (h67country): a person's description written before the name and tied to it by a naming participle
("a Kenyan nurse named X", "a Danish researcher, known as X") or set off by a comma after the description's own clause ("the
Chilean engineer who built the bridge, X") is the person's, as an apposition after the name is (the GUIDE's actors section:
"X, the Turkish envoy"; decision 21: "Munich-based").

- The person carries the country that description names, which is not listed apart (decision 9).
- A name the model calls a body that a naming participle gives a person's noun is a person's ("a researcher, known as Byte
  Fox").
- Not a description with no country ("a nurse named X"), nor a naming participle on a thing or a body ("a Kenyan firm named
  Globex", "a British ship named Endeavour": no person carries the country, which stays listed), whatever the model tags the
  name ("a Spanish storm named Carmen", "a Chilean dog named Bruno"; the review of h67country, regressions 1 and 5).
- Not a person whose name follows a body's naming participle ("a spokeswoman for a Swiss firm named Alpen Steel, X") or a
  body's own clause inside the post's "of" phrase ("the owner of a Scottish newspaper known as The Herald, X"): the body's
  country is not the person's (decisions 372, 527; regressions 6 and 8).
- A country of the description is left out only where the person carries it, by the same reading that places her (the
  review's regressions 9-11): "the first Ethiopian to win the race, X, said" places X; "a Mexican-American teacher named X"
  gives her neither country and lists both (decision 1080); "a Syrian-born Canadian engineer named X" is Canadian and
  Syria stays listed (decision 436)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type, a.country) for c in claims for a in c.actors]


@pytest.mark.parametrize(
    ("text", "name", "country", "listed"),
    [
        ("The prize went to a Kenyan nurse named Ruth Wanjiru on Monday.", "Ruth Wanjiru", "KEN", set()),
        ("The ministry is led by a Kenyan nurse called Ruth Wanjiru.", "Ruth Wanjiru", "KEN", set()),
        (
            "Dana Hale shared the data with a Danish researcher, known as Byte Fox, who had stopped the attack.",
            "Byte Fox",
            "DNK",
            set(),
        ),
        ("The award went to the Chilean engineer who built the bridge, Ana Rojas.", "Ana Rojas", "CHL", set()),
        ("The clinic hired a nurse named Ruth Wanjiru.", "Ruth Wanjiru", None, set()),
        # a body's country is not its spokesperson's (regressions 6-8)
        (
            "A spokeswoman for a Swiss firm named Alpen Steel, Anna Keller, said the plant would close.",
            "Anna Keller",
            None,
            {"CHE"},
        ),
        (
            "The chief executive of a Finnish firm known as Arctic Steel, Mikko Virtanen, said the plant would close.",
            "Mikko Virtanen",
            None,
            {"FIN"},
        ),
        ("The owner of a Scottish newspaper known as The Herald, Angus Reid, said sales fell.", "Angus Reid", None, {"GBR"}),
        # the country is left out where the person carries it, and only there (regressions 9-11)
        ("The first Ethiopian to win the race, Abebe Tesfaye, said he was proud.", "Abebe Tesfaye", "ETH", set()),
        ("A Mexican-American teacher named Laura Ortiz won the award.", "Laura Ortiz", None, {"MEX", "USA"}),
        ("A Syrian-born Canadian engineer named Omar Khalil designed the bridge.", "Omar Khalil", "CAN", {"SYR"}),
    ],
)
def test_the_person_and_the_countries_listed_apart(text, name, country, listed):
    actors = _actors(text)
    assert (name, "person", country) in actors
    assert {code for _, type_, code in actors if type_ == "country"} == listed


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


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Spanish storm named Carmen battered the coast on Sunday.", "ESP"),
        ("A Chilean dog named Bruno found the missing hiker.", "CHL"),
    ],
)
def test_a_thing_the_model_calls_a_person_leaves_the_country_listed(text, country):
    actors = _actors(text)
    assert any(type_ == "country" and code == country for _, type_, code in actors)
    assert not any(type_ == "person" and code == country for _, type_, code in actors)

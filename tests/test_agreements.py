"""Agreements reported by an article, from its claims."""

from declcli.claims.agreements import find_agreements
from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def run(text, published="2022-02-22"):
    claims = extract_claims(text, split_sentences(text), published=published)
    return claims, find_agreements(claims)


def test_named_instrument_with_parties_signatories_date_place():
    claims, agreements = run(
        "The Declaration on Allied Interaction between Russia and Azerbaijan was signed in Moscow on February 22 "
        "by Presidents Vladimir Putin and Ilham Aliyev. Both countries should deepen mutual cooperation."
    )
    assert len(agreements) == 1
    a = agreements[0]
    assert (a.name, a.type) == ("Declaration on Allied Interaction between Russia and Azerbaijan", "declaration")
    assert a.parties == ["Russia", "Azerbaijan"]
    assert a.signatories == ["Vladimir Putin", "Ilham Aliyev"]
    assert (a.place, a.date.value) == ("Moscow", "2022-02-22")
    assert a.claims == ["c1", "c2"]
    # "Both countries" stands for the parties.
    assert {x.country for x in claims[1].actors if x.type == "country"} == {"RUS", "AZE"}


def test_unnamed_instrument():
    _, agreements = run("Kazakhstan and Uzbekistan signed an agreement on water sharing on Monday.")
    assert [(a.type, a.parties) for a in agreements] == [("agreement", ["Kazakhstan", "Uzbekistan"])]


def test_cited_instrument_is_not_an_agreement():
    _, agreements = run("Russia may provide assistance on the basis of the UN Charter.")
    assert agreements == []


def test_unnamed_agreement_with_modifiers():
    from declcli.model import Article
    from declcli.pipeline import analyze

    claims, agreements = analyze(Article(text="Kazakhstan and Uzbekistan signed a water agreement in Tashkent on Monday, officials said.",
                                         published="2024-03-06"))
    assert [a.name for a in agreements] == ["a water agreement"]
    a = agreements[0]
    assert a.type == "agreement" and a.place == "Tashkent" and a.date.value == "2024-03-04"
    assert a.parties == ["Kazakhstan", "Uzbekistan"]


def test_may_sign_never_hides_a_match():
    from declcli.claims.agreements import _SIGN, _may_sign

    for text in ["They SIGNED it", "ratify", "Initialled", "co-signing", "an inked deal", "the deal was Struck",
                 "Россия подписала", "nothing to see", "", "re-adopted", "they agreed", "design"]:
        if _SIGN.search(text):
            assert _may_sign(text), text
    assert not _may_sign("The two leaders met in Baku.")

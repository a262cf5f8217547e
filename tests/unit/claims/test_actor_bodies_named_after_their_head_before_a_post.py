"""Gold actors declcli missed (session 45): a government named after its head, before a post the parser hangs both the
name and the body's noun on ("Lee administration officials", "a Lee administration aide"), is the body, as in "the Lee
administration" (decision 427), not the person."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    return [[(a.name, a.type) for a in c.actors] for c in claims]


def test_a_heads_administration_before_its_officials_is_the_body():
    out = actors_of("Harmon administration officials said they were not told in advance of the decree.")
    assert ("Harmon administration", "organization") in out[0], out
    assert not any(name == "Harmon" for name, _ in out[0]), out


def test_a_heads_administration_before_an_adviser_is_the_body():
    out = actors_of("Dana Fox, a Harmon administration aide, said the plan was symbolic.")
    assert ("Harmon administration", "organization") in out[0], out
    assert not any(name == "Harmon" for name, _ in out[0]), out


def test_a_heads_administration_before_a_thing_stays_as_read():
    out = actors_of("The Harmon administration building was closed on Friday.")
    assert not any(name == "Harmon administration" for claim in out for name, _ in claim), out


def test_a_body_after_an_article_and_a_name_the_model_calls_a_body_is_the_body():
    out = actors_of("A Biden administration adviser said the talks would resume.")
    assert any(name == "Biden administration" and kind == "organization" for name, kind, *_ in out[0]), out
    assert not any(name == "Biden" for name, *_ in out[0]), out


def test_a_campaign_named_after_a_person_before_a_post_is_the_campaign():
    for text, body in (
        ("Trump campaign officials said the rally would go ahead.", "Trump campaign"),
        ("Harris campaign aides said the rally would go ahead.", "Harris campaign"),
    ):
        out = actors_of(text)
        assert any(name == body and kind == "organization" for name, kind, *_ in out[0]), (text, out)
        assert not any(name in ("Trump", "Harris") for name, *_ in out[0]), (text, out)

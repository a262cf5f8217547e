"""Attribution, session 35: a subject that gives its person's name by a participle "named" or "called" ("a commenter
named Dana Lee wrote", "a quiet man with a beard named Tom Reed thought") is that person, the fullest name the article
gives (GUIDE, attribution: "for a person the fullest name the article has given so far"). A name in a phrase the
subject governs is someone else's ("a spokesman for the family of a man named Tom Reed" speaks for the family)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _attribution(text):
    attribution = extract_claims(text, split_sentences(text), published="2024-03-05")[-1].attribution
    return attribution and (attribution.source, attribution.cue)


def test_commenter_named_so_after_a_quote():
    # fails before session 35: "commenter"
    text = "“I believe you would get an even better turnout,” wrote a commenter named Dana Lee."
    assert _attribution(text) == ("Dana Lee", "wrote")


def test_apposition_with_a_feature_named_so():
    # fails before session 35: "firm's finance chief"
    text = "The firm's finance chief, a quiet man with a beard named Tom Reed, thought the plan was reckless."
    assert _attribution(text) == ("Tom Reed", "thought")


def test_name_in_a_phrase_the_subject_governs_is_not_the_speaker():
    text = "A spokesman for the family of a man named Tom Reed said the police had lied."
    assert _attribution(text) == ("spokesman for the family of a man", "said")


def test_person_the_subject_has_named_so_is_not_the_speaker():
    # fails at 94843573 ("Tom Reed"): the name is the son's, the woman said it (rev35c's finding 9)
    text = "A woman with a son named Tom Reed said the school had ignored her complaints for months."
    assert _attribution(text) == ("woman with a son", "said")


def test_subject_identified_as_a_person_is_that_person():
    # fails at 94843573 ("man"): "identified … as" gives the subject's name as "named" does (rev35c's finding 15)
    text = "A man identified by police as Dan Cole told the jury he had never met the victim."
    assert _attribution(text) == ("Dan Cole", "told")

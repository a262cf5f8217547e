"""A reference list's entry set without a note's mark ("Source reference:" above it), told by its author's surname and
initials opening it and the cited paper's DOI closing it: a cited paper is no claim of the article, whatever its title
says (GUIDE decision 533's pointers). An excerpt's paragraph closed by an elision mark ("[...]") ends as a sentence."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_BODY = (
    "Nurses on night shifts silenced most bedside alarms within a minute, a study of four hospitals found.\n\n"
    '"Alarm fatigue is real, and it is measurable," the study\'s lead author, Dana Lee, said.'
)


def _texts(text):
    return [c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_an_unmarked_reference_entry_closed_by_its_doi_gives_no_claim():
    entry = (
        'Lee D, et al "Night nurses silence most bedside alarms within a minute" Kelport Med J 2023; DOI: 10.1000/kmj.2023.117.'
    )
    claims = _texts(_BODY + "\n\nPrimary source: Kelport Medical Journal\n\nSource reference:\n\n" + entry)
    assert any(c.startswith("Nurses on night shifts silenced") for c in claims)
    assert not any("Night nurses silence" in c or "DOI" in c for c in claims)


def test_a_sentence_of_the_body_that_gives_a_doi_stays_a_claim():
    # guard: a sentence opened by no author's initials is the story's, however it ends
    line = "The full results were published on Monday in the Kelport Medical Journal, DOI: 10.1000/kmj.2023.117."
    assert any(c.startswith("The full results were published") for c in _texts(_BODY + "\n\n" + line))


@pytest.mark.parametrize(
    "line",
    [
        "Jo R. Vance, the study's senior author, said wards should halve the number of alarms, in a paper published on "
        "Monday in the Kelport Medical Journal, DOI: 10.1000/kmj.2024.3.",
        "Novacare AG, which paid for the study, said it would fund a larger trial in 12 hospitals next year, "
        "DOI: 10.1000/kmj.2023.117.",
    ],
)
def test_a_sentence_of_the_body_opened_by_a_middle_initial_or_a_legal_form_and_closed_by_a_doi_stays_a_claim(line):
    # fails at 1e435421 (no claim): "Jo R." and "Novacare AG," are no author's surname and initials, and a reported
    # statement cites no year beside a volume (rev35c's finding 6; decision 533)
    assert any(c.startswith(line[:12]) for c in _texts(_BODY + "\n\n" + line))


# An excerpt's paragraph closed by an elision mark after its last sentence ends as a sentence: no headline set between.


def test_a_quoted_paragraph_closed_by_an_elision_mark_stays_a_claim():
    quoted = "“The night shift has fewer nurses than any other, and alarms go unanswered,” two ward sisters told the paper. [...]"
    text = _BODY + "\n\n" + quoted + "\n\nThe hospitals said they would review their staffing in the spring."
    assert any("two ward sisters told the paper" in c for c in _texts(text))


def test_a_quoted_paragraph_closed_by_a_spaced_elision_mark_stays_a_claim():
    # fails at 1e435421 (no claim): "[ ... ]" is the excerpt's mark as much as "[...]" (rev35c's finding 11)
    quoted = "“We were asked to manage, and we managed,” one of the nurses, Jo Vance, wrote to the board. [ ... ]"
    text = _BODY + "\n\n" + quoted + "\n\nThe hospitals said they would review their staffing in the spring."
    assert any("wrote to the board" in c for c in _texts(text))

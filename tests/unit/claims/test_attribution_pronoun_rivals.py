"""Attribution, session 27 (third round): whom a "he"/"she" or a quote that runs on goes to when another person stands
nearer in the ranking (GUIDE decisions 3, 44, 303, 404, 213).

- A speaker named by a given name alone, with a role set beside it, that the model took for a thing ("said Jared, an
  undergraduate") is a person: the "he said" after it is theirs, not the subject named sentences before.
- Two persons of a family share a surname ("Nora Quill" and "Officer Abe Quill"): the evidence counted under the
  surname is the family's, so her own name tells her gender first, and a "she" after her goes to her.
- "Mr Quill" after two persons of that surname is the one whom the honorific fits, not the first one named.
- A quote whose claim reports an inner speaker with the same verb as its tag ('“The farmers have said …,” Dana said')
  is still the tag's speaker's: the quote after it runs on with her, not with the farmers."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_GIVEN_NAME_WITH_A_ROLE = (
    "Voters backed Donald Trump in the rural counties.\n\n"
    "“It is a new kind of rebellion,” said Jared, an undergraduate who wore a tie to the meeting.\n\n"
    "“It is like being a punk in the seventies,” he said, grinning."
)
_FAMILY_SURNAME = (
    "Officer Abe Quill was killed in the line of duty last month, and his widow grieves.\n\n"
    "Although Nora Quill still endures pain, she has found comfort in her son.\n\n"
    "Nora posted a photo on Tuesday.\n\n"
    'She writes, "These bears were made for us from his shirts."'
)
_HONORIFIC_SURNAME = (
    "Mia Halvorsen, 24, died at the home of her father, publisher Kit Halvorsen.\n\n"
    "Lawyer Tom Baker, defending, said the builder had a clean record.\n\n"
    "Mr Halvorsen, who sold his firm in 2001, had earlier taken the stand.\n\n"
    "He told the jury how his daughter had been days away from a new job."
)
_INNER_REPORT_WITH_THE_TAG_VERB = (
    "Senators spoke on Monday.\n\n"
    "“The farmers have said they will do what they can to block a deal, and the minister has already made clear that he "
    "will side with the farmers,” Dana Whitlock said.\n\n"
    "“That is where a clash could come, and it is coming very quickly.”"
)


def _source_of(text, opening: str) -> tuple[str | None, str] | None:
    """(source, cue) or None of the claim of `text` whose words open with `opening` (past a quotation mark)."""
    claim = next(
        c for c in extract_claims(text, split_sentences(text), published="2024-03-05") if c.text.lstrip('“"').startswith(opening)
    )
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


def test_given_name_with_a_role_is_the_speaker_a_pronoun_runs_on_from():
    assert _source_of(_GIVEN_NAME_WITH_A_ROLE, "It is a new kind")[0] == "Jared"
    assert _source_of(_GIVEN_NAME_WITH_A_ROLE, "It is like being")[0] == "Jared"


def test_family_surname_her_own_name_tells_her_gender():
    assert _source_of(_FAMILY_SURNAME, "She writes") == ("Nora Quill", "writes")


def test_honorific_picks_the_namesake_it_fits():
    assert _source_of(_HONORIFIC_SURNAME, "He told the jury") == ("Kit Halvorsen", "told")


def test_inner_report_keeps_its_holder_and_the_quote_runs_on_with_the_tag():
    assert _source_of(_INNER_REPORT_WITH_THE_TAG_VERB, "The farmers have said") == ("farmers", "said")
    assert _source_of(_INNER_REPORT_WITH_THE_TAG_VERB, "That is where") == ("Dana Whitlock", "said")

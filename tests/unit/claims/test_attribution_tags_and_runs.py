"""Attribution, session 27 (second round): speaker tags the parse breaks, and whom a quote or a pronoun runs on from
(GUIDE decisions 2, 12, 44, 85, 213, 228, 404).

- A name set off by commas before its tag, its description hung on it, where the parser joined the name to the noun
  before it ("…, Carl Hume, special agent for the state office, said.") is the speaker, also where no comma closes the
  description ("Despite …, Dana Lee, Director of Public Affairs at … told reporters …").
- An inverted tag right after a quote whose last sentence the parser hung inside it ('“…. He wants …,” said a senior
  administration official.') names the speaker of the quote's first sentence too, not the speaker of the quote before.
- A given name the model took for a body in an inverted tag (", said the firm's executive chair Marcelo Claure in an
  email") is the speaker.
- A source's words keep the spaces the text has where a comma was dropped ("some shoe makers including …").
- "Here is what X said …:" is X's claim, and the quote after it is X's, not the last quote's speaker's.
- A name the article calls a thing is no "he" ("when La La Land came around, he feared …"), and a body named inside a
  quote is no "it" of the tag after it."""

from declcli.claims import extract_claims
from declcli.claims.attribution import _speaker_cut_off
from declcli.claims.context import forget_entities
from declcli.claims.nlp import load_model
from declcli.sentences import split_sentences

_SET_OFF_AFTER_A_CLAUSE = (
    "Deputies with the Clay County Sheriff's office arrested the two men on Route 9 when they returned to Ohio on their way "
    "to Dayton, Carl Hume, special agent for the attorney general's office, said."
)
_SET_OFF_WITHOUT_A_CLOSING_COMMA = (
    "Despite the concern from New Yorkers, Dana Lee, Director of Public Affairs at New York State Division of Military and "
    "Naval Affairs told Mashable the plane was simply a rescue plane."
)
_INVERTED_TAG_INSIDE_THE_QUOTE = (
    "Press secretary Dana Lee said the talks went well.\n\n"
    "“All I know is the president is doing this much more out of a sense of duty to the office. He wants to set the tone "
    "that if you can sit down with this guy for an hour and a half, others can too,” said a senior administration official. "
    "“It is not Machiavellian.”"
)
_WHAT_SHE_SAID = (
    '"We are happy with it," said Tom Baker.\n\n'
    "And here is what union chief Dana Lee said on Monday in reply to the plan:\n\n"
    '"We never agreed to it. Nobody asked us."'
)
_FILM_BEFORE_HE = (
    "Tom Baker grew up near the coast.\n\n"
    "The film La La Land is a musical. So, when La La Land came around, he feared that modern moviegoers might not accept it."
)
_COMMA_IN_THE_SOURCE = (
    "Representatives of some shoe makers, including top-seller Acme Inc. of Dayton, said they would have little trouble "
    "with the new rules."
)
_BODY_NAMED_INSIDE_THE_QUOTE = (
    "Hitachi has set out the rules for its new console.\n\n"
    "Hitachi said that this will help the console keep track of games.\n\n"
    '"While a persistent connection is not required, Initech Inc. is designed to verify if updates are needed. Some games '
    'may require a connection," it said.'
)


def _sources(text) -> list[tuple[str, tuple[str | None, str] | None]]:
    """(claim text, (source, cue) or None) for each claim of `text`."""
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(c.text, c.attribution and (c.attribution.source, c.attribution.cue)) for c in claims]


def _of(text, words):
    return next(found for claim, found in _sources(text) if words in claim)


def test_a_name_set_off_before_its_tag_is_the_speaker():
    # each fails before: no source (the parser made the name a conjunct of the noun before it)
    assert _of(_SET_OFF_AFTER_A_CLAUSE, "arrested the two men") == ("Carl Hume", "said")
    assert _of(_SET_OFF_WITHOUT_A_CLOSING_COMMA, "the plane was") == ("Dana Lee", "told")


def test_an_inverted_tag_hung_inside_the_quote_names_its_speaker():
    # fails before: "Dana Lee", the speaker before the quote, for its first sentence and the quote after the tag
    found = dict(_sources(_INVERTED_TAG_INSIDE_THE_QUOTE))
    assert {v for k, v in found.items() if k.startswith("“")} == {("senior administration official", "said")}


def test_a_lead_in_naming_what_someone_said_gives_the_quote_after_it():
    # fails before: the lead-in has no attribution, and the quote after it runs on from Tom Baker's
    assert [found for _, found in _sources(_WHAT_SHE_SAID)] == [("Tom Baker", "said")] + [("Dana Lee", "said")] * 3


def test_a_film_is_no_he():
    # fails before: "La La Land", which the article calls a film
    assert _of(_FILM_BEFORE_HE, "he feared") == ("Tom Baker", "feared")


def test_a_source_keeps_the_spaces_of_the_text():
    # fails before: "makersincluding topseller"
    source, _ = _of(_COMMA_IN_THE_SOURCE, "little trouble")
    assert source == "Representatives of some shoe makers including top-seller Acme Inc. of Dayton"


def test_a_body_named_inside_the_quote_is_not_the_it_of_its_tag():
    # fails before: "Initech Inc", a subject inside the quote; the tag's "it" is the body that spoke before
    assert [found for _, found in _sources(_BODY_NAMED_INSIDE_THE_QUOTE)[-2:]] == [("Hitachi", "said")] * 2


def test_a_given_name_the_model_took_for_a_body_closes_the_tag():
    # the small model tags some such names as bodies; the name is set as an organisation here to read that parse
    from spacy.tokens import Span

    doc = load_model()(
        "Job cuts will be announced later this week in areas that do not support the core business goals, said the "
        "firm's newly named executive chair Marcelo Brandt in an email to staff."
    )
    start = next(t.i for t in doc if t.text == "Marcelo")
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + 2] + [Span(doc, start, start + 2, label="ORG")]
    forget_entities(doc)
    said = next(t for t in doc if t.lower_ == "said")
    speaker = _speaker_cut_off(said)
    assert speaker is not None and speaker.text == "Brandt"

"""Attribution, session 28: speaker tags the parser joins to the quote they close, and passive findings and beliefs
with no holder (GUIDE decisions 2, 24, 477).

- A tag whose verb the parser joined to the verb inside the quote, its speaker set off before it with a description
  ('"He will be tried" when he returns, Dana Lee, chairman of the board, told reporters.'), names the quote's speaker,
  also where the model did not take the name for a person; the quote does not run on from the speaker quoted before.
- The object of "told" after a quote is the one told ("…, told the Daily Courier"), never the speaker.
- "were found to", "is thought to" + verb with no holder named read like "is said to": source null, cue the verb; a
  negation on that verb ("no longer is thought to be") negates the claim; "has been known to" reports nothing.
"""

from declcli.claims import extract_claims
from declcli.claims.attribution import _name_set_off_before
from declcli.claims.context import forget_entities
from declcli.claims.nlp import load_model
from declcli.sentences import split_sentences

_TAG_AFTER_A_CLAUSE = (
    "Acme Corp said the pilot had broken the rules, Dana Lee told the committee.\n\n"
    '"He will be prosecuted" when he returns to Ohio, Tom Baker, chairman of the board of directors of the Dayton '
    "Airport Authority, told reporters."
)
_TOLD_THE_PAPER = (
    '"The patient, by definition, is a man who had a stroke. But he also has a rare disorder, which hid it for '
    'years," Tom Baker, a neurology professor at a city college, told the Dayton Courier.\n\n'
    '"The patient is a woman who cannot get pregnant. But she also has CAH, which gave her the appearance of a man," '
    "Dana Lee, a pediatrics professor from a city college, told the South Dayton Morning Post."
)


def _attributions(text: str) -> list[tuple[str | None, str] | None]:
    """(source, cue), or None, of each claim of `text`, in order."""
    return [
        c.attribution and (c.attribution.source, c.attribution.cue)
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


def test_tag_joined_to_the_quote_after_a_clause_names_the_speaker():
    assert _attributions(_TAG_AFTER_A_CLAUSE)[-1] == ("Tom Baker", "told")


def test_the_one_told_is_not_the_speaker():
    found = _attributions(_TOLD_THE_PAPER)
    assert found == [("Tom Baker", "told")] * 2 + [("Dana Lee", "told")] * 2, found


def _set_off(text: str, name: str, label: str):
    """The speaker `_name_set_off_before` finds for the last "told" of `text`, with the model's entity for `name` set to
    `label` (the small model tags invented names as persons; in news text it tags some as bodies)."""
    from spacy.tokens import Span

    doc = load_model()(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    end = start + len(name.split())
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= end] + [Span(doc, start, end, label=label)]
    forget_entities(doc)
    told = [t for t in doc if t.lower_ == "told"][-1]
    return _name_set_off_before(told)


def test_a_name_taken_for_a_body_with_a_role_set_beside_it_is_the_speaker():
    text = (
        '"He will be prosecuted" when he returns to Ohio, Tom Baker, chairman of the board of directors of the Dayton '
        "Airport Authority, told reporters."
    )
    speaker = _set_off(text, "Tom Baker", "ORG")
    assert speaker is not None and speaker.text == "Baker"


def test_a_body_set_off_with_what_it_is_is_no_speaker_set_off():
    text = '"Sales will rise" when the plant opens, Dayton Steel Works, the parent company, told reporters.'
    assert _set_off(text, "Dayton Steel Works", "ORG") is None


def test_passive_finding_or_belief_with_no_holder_is_reported_by_nobody_named():
    # GUIDE decisions 24 and 477: "were found to", "is thought to" read like "is said to"
    assert _attributions("A third of the bridges were found to need repairs.") == [(None, "found")]
    assert _attributions("The old mill is thought to be the oldest in the county.") == [(None, "thought")]
    assert _attributions("Some 200 soldiers are believed to remain at the base.") == [(None, "believed")]


def test_a_negated_passive_belief_keeps_its_negation():
    claim = extract_claims(
        "The leaking valve no longer is thought to be the cause.",
        split_sentences("The leaking valve no longer is thought to be the cause."),
        published="2024-03-05",
    )[0]
    assert (claim.attribution.source, claim.attribution.cue, claim.polarity) == (None, "thought", "negative")


def test_known_to_and_found_dead_report_nothing():
    assert _attributions("She has been known to sing at weddings.") == [None]
    assert _attributions("The boy was found dead in the river.") == [None]


def test_touting_something_as_a_description_is_the_touters_claim():
    # GUIDE decisions 123 and 172: "touted X as", "described X as" with the holder named: source the holder
    assert _attributions("Acme touted the changes as a step forward for the app.") == [("Acme", "touted")]
    assert _attributions("Initech is touting the phone as being the first to ship with the feature.") == [("Initech", "touting")]
    assert _attributions("Dana Lee described the top ranks of the agency as plagued by incompetence.") == [
        ("Dana Lee", "described")
    ]


def test_touting_a_noun_phrase_or_as_a_clause_of_time_is_no_attribution():
    assert _attributions("The governor touted the plan.") == [None]
    assert _attributions("He told the story as he left the room.") == [None]

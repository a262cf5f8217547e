"""Attribution, session 26: the speaker of a quote that runs on past its tag (GUIDE decisions 2, 3, 213, 464).

- A tag whose claim reports a speaker inside the quote ('“…, both engineers testified …,” she added'; '"People say,
  …," says X') credits that inner speaker with its own claim only (decision 3): the quote's other sentences, and the
  quote after it in the paragraph, are the tag's speaker's.
- A quote that opens a paragraph takes the speaker from before the paragraph: a source one of the paragraph's own
  claims names ("I think they want attention": "they") is not who speaks the quote.
- A sentence after a closed quote is its tag only where it reports nothing of its own after the quote and does not
  deny the act ("Rival firms say that …", "X did not respond to a request for comment" are sentences of their own).
- A belief the quoted speaker holds with others ("Carl and I have always believed …", "He and I and so many believe
  …") is the speaker's own (decision 308), not the other holder's."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_NESTED_IN_THE_TAGGED_QUOTE = (
    "Maria Keller, the plant's spokeswoman, spoke to reporters on Monday.\n\n"
    "“We learned nothing new today. Still, both engineers testified the valve was sound and nothing the crew did "
    "amounts to negligence,” she added."
)
_INNER_SPEAKER_THEN_QUOTE = (
    '"People say, \'Oh, the plant is old,\' " says Tom Baker. "The pumps fail. Somebody needs to fix them."'
)
_OWN_PRONOUN_IN_THE_QUOTE = (
    "The unions have opposed the plan for months.\n\n"
    "Lena Ortiz said the plan was sound.\n\n"
    '"Nobody here is upset. They think the plan cuts jobs, but it helps every worker."'
)
_SENTENCE_AFTER_THE_QUOTE = (
    '"The numbers are fine," said Tom Baker.\n\n"We are ahead of plan." (Rival firms say that the plan is late.)'
)
_DENIAL_AFTER_THE_QUOTE = (
    '"The budget is fixed," said Lena Ortiz.\n\n'
    '"We will not spend more." Mayor Carl Hume did not respond to a request for comment.'
)
_JOINT_BELIEF = (
    "Lena Ortiz posted a photo of the two on Monday.\n\n"
    '"Carl and I have always believed we are a team. We are taking a break," she wrote on Instagram.'
)


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _first_with(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fails before session 26: the inner speaker, "both engineers", for the quote's first sentence
        (_NESTED_IN_THE_TAGGED_QUOTE, "learned nothing new", ("Maria Keller", "added")),
        # the inner speaker keeps its own claim (decision 3)
        (_NESTED_IN_THE_TAGGED_QUOTE, "both engineers testified", ("both engineers", "testified")),
        # fails before session 26: "People", the speaker the tag's claim reports
        (_INNER_SPEAKER_THEN_QUOTE, "The pumps fail", ("Tom Baker", "says")),
        # fails before session 26: "unions", whom the quote's own "They" stands for
        (_OWN_PRONOUN_IN_THE_QUOTE, "Nobody here is upset", ("Lena Ortiz", "said")),
        # the quote's own "They think" keeps its source
        (_OWN_PRONOUN_IN_THE_QUOTE, "They think", ("unions", "think")),
        # fails before session 26: "Rival firms"
        (_SENTENCE_AFTER_THE_QUOTE, "ahead of plan", ("Tom Baker", "said")),
        # fails before session 26: "Carl Hume"
        (_DENIAL_AFTER_THE_QUOTE, "will not spend more", ("Lena Ortiz", "said")),
        # fails before session 26: "Carl"
        (_JOINT_BELIEF, "always believed", ("Lena Ortiz", "wrote")),
    ],
)
def test_quote_speaker(text, words, expected):
    attribution = _first_with(_claims(text), words).attribution
    assert attribution is not None
    assert (attribution.source, attribution.cue) == expected


def test_a_denial_after_a_quote_stays_the_writers():
    claims = _claims(_DENIAL_AFTER_THE_QUOTE)
    denial = _first_with(claims, "did not respond")
    assert denial.attribution is None  # fails before session 26: the denial was the tag of the quote before it


def test_a_source_without_a_cue_is_not_replaced_by_the_tags_subject():
    # A claim's source with no cue (a whole text credited to one speaker) gives no sign that it reports inside the
    # quote; before, an empty cue matched anywhere in the quote and the tag's subject replaced the source.
    from declcli.claims.attribution import quote_tag_speaker
    from declcli.claims.context import Context
    from declcli.claims.nlp import load_model
    from declcli.model import Attribution

    doc = load_model()("“The pumps fail,” said Tom Baker.")
    said = next(t for t in doc if t.lemma_ == "say")
    quote = (0, doc.text.index("”") + 1)
    credited = Attribution("Lena Ortiz", None)
    assert quote_tag_speaker(credited, said, quote, doc.text, Context()) is credited
    cued = Attribution("Lena Ortiz", "said")  # the same tag's own cue: the claim's source stands
    assert quote_tag_speaker(cued, said, quote, doc.text, Context()) is cued

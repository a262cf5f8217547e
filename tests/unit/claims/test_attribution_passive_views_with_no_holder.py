"""Attribution, session 54 (h54attr): passives that report, find or judge with no holder named.

- A passive of judgement, welcome or portrayal with "as" + what the thing is held to be ("was dismissed as a stunt",
  "has long been heralded as a haven", "is reviled as a traitor", "is often held up as a model", "was written about as
  being a genius") is the view of nobody named, like "is considered" and "was hailed as": source null, cue the verb
  (GUIDE decisions 108, 123, 172, 211(b), 699(a)); so is "is viewed as", like "is seen as" (decisions 108, 195).
- "is known to" + verb (decision 714(a)) reads like "is said to": source null, cue "known"; "has been known to" stays
  the idiom of occasional behaviour (decision 81).
- A negated view stays one, "never" as "not" ("was never seen as", "is not considered": decisions 287, 489); a
  judgement with "as" negated is none made ("was not dismissed as", decisions 211(d), 699(a)).
- Not these: a holder named after "by", even where the parser hangs it inside the "as" phrase (the holder is the
  source), a view under a modal, "would" too (decision 558: only supposed), a post after "as" ("was dismissed as chief
  executive": an act), a fixed adjunct ("as part of"), an "as" of time ("painted as the sun set"), an identification
  ("was identified as a teacher", decision 504), and the same verbs in a relative clause (decision 2).
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _attributions(text: str) -> list[tuple[str | None, str] | None]:
    """(source, cue), or None, of each claim of `text`, in order."""
    return [
        c.attribution and (c.attribution.source, c.attribution.cue)
        for c in extract_claims(text, split_sentences(text), published="2024-03-05")
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The harbour town has long been heralded as a haven for painters.", "heralded"),
        ("The old coach is reviled in the valley as a traitor to the club.", "reviled"),
        ("The village scheme is often held up as a model of thrift.", "held up"),
        ("Two other sightings were discounted as being unrelated to the storm.", "discounted"),
        ("The new ferry timetable was dismissed as a stunt.", "dismissed"),
        ("For a while, the young baker was written about as being a genius.", "written about"),
        ("She is viewed as a likely successor to the harbour master.", "viewed"),
        # "is known to" + verb reads like "is said to" (GUIDE decision 714(a))
        ("Ravens are known to drop nuts onto busy roads.", "known"),
        ("The old dye is not known to harm river fish.", "known"),
        # a negated view stays one, "never" as "not" (GUIDE decisions 287, 489)
        ("The old king was never known to be a kind man.", "known"),
        ("Even then, the striker was never viewed as a long-term answer.", "viewed"),
        ("The candidate was not viewed as a threat.", "viewed"),
        ("He was never considered a serious contender for the title.", "considered"),
        ("It was never established that the fire was started deliberately.", "established"),
        ("The minister was never found to have broken the rules.", "found"),
        ("She said the custom was never considered rude in the village.", "considered"),
        # a particle the parser reads as an adverb ("waved away", like reading.portrayed)
        ("The criticism was waved away as noise.", "waved away"),
        ("She was painted as a villain in the local press.", "painted"),
    ],
)
def test_a_passive_view_finding_or_judgement_with_no_holder_is_nobodys(text, cue):
    assert _attributions(text)[0] == (None, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry has been known to leave the quay early.",
        # decision 81's "has been known to" read literally, a perfect with "long" too
        "Asbestos has long been known to cause lung cancer.",
        "A higher toll could be viewed as a tax on commuters.",
        # "would" supposes the view too (GUIDE decision 558)
        "The new charges would be viewed as a tax on drivers.",
        "The new charges would be seen as a tax on drivers.",
        # a judgement not made: negated (GUIDE decisions 211(d), 699(a))
        "The plan was not dismissed as a stunt.",
        "The plan was never dismissed as a stunt.",
        # an "as" of time the parser reads as a noun phrase
        "The fence was painted as the sun set.",
        # a fixed adjunct of purpose or frame (claims.json as_adjunct_nouns)
        "The body was viewed as part of the inquest.",
        "The house was viewed as part of the open day.",
        "The harbour master was dismissed as chief executive.",
        "The driver was identified as a retired teacher.",
        "The council approved a plan that has been viewed as weak on costs.",
    ],
)
def test_no_view_reported(text):
    assert _attributions(text)[0] is None


def test_a_holder_named_after_by_stays_the_source():
    source, cue = _attributions("The scheme was condemned by two fishing groups as a giveaway.")[0]
    assert "fishing groups" in source
    assert cue == "condemned"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # the parser hangs the "by" on the noun after "as": the holder named is still the source (GUIDE decisions 172,
        # 532, 699(a))
        ("The plan was dismissed as a stunt by opposition leaders.", "opposition leaders", "dismissed"),
        ("The ban was condemned as a violation of free speech by rights groups.", "rights groups", "condemned"),
        ("The deal is viewed as a betrayal by many members.", "many members", "viewed"),
        ("The plan is seen as a stunt by opposition leaders.", "opposition leaders", "seen"),
    ],
)
def test_a_holder_named_after_by_inside_the_as_phrase_is_the_source(text, source, cue):
    assert _attributions(text)[0] == (source, cue)


def test_a_promotion_after_as_is_no_label():
    text = "The store discounted the jackets as a promotion."
    claim = extract_claims(text, split_sentences(text), published="2024-03-05")[0]
    assert claim.kind == "event"

"""Attribution, session 54 (h54attr): passives that report, find or judge with no holder named.

- A passive of judgement, welcome or portrayal with "as" + what the thing is held to be ("was dismissed as a stunt",
  "has long been heralded as a haven", "is reviled as a traitor", "is often held up as a model", "was written about as
  being a genius") is the view of nobody named, like "is considered" and "was hailed as": source null, cue the verb
  (GUIDE decisions 108, 123, 172, 211(b), 699(a)); so is "is viewed as", like "is seen as" (decisions 108, 195).
- "is known to" + verb (decision 714(a)) reads like "is said to": source null, cue "known"; "has been known to" stays
  the idiom of occasional behaviour (decision 81).
- Not these: a holder named after "by" (the holder is the source), a view under a modal (decision 558: only supposed)
  or never held ("was never known to be kind", like decision 211(d)'s call not made), a post after "as" ("was
  dismissed as chief executive": an act), an identification ("was identified as a teacher", decision 504), and the same
  verbs in a relative clause (decision 2).
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
    ],
)
def test_a_passive_view_finding_or_judgement_with_no_holder_is_nobodys(text, cue):
    assert _attributions(text)[0] == (None, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry has been known to leave the quay early.",
        # "never" puts the view at no time: nobody held it (like GUIDE decision 211(d)'s call not made)
        "The old king was never known to be a kind man.",
        "Even then, the striker was never viewed as a long-term answer.",
        "A higher toll could be viewed as a tax on commuters.",
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

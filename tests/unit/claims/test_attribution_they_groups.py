"""Attribution, session 34 (h34attr2): what a "they" that finds or speaks stands for (GUIDE decisions 26, 44, 165, 404).

- A singular noun of several people as a main clause's subject ("The team, led by …", "The couple …") is what a later
  "they" stands for, like a plural subject: "They said …" is the team's, the couple's.
- "They found/discovered/determined that …" after a group of people reports that group's finding, as "he found that …"
  does for a person and "researchers found that …" for researchers (decision 26); "they showed that …" stays a finding
  only of people named as researchers, as things may be what "they" stands for there."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_TEAM_FINDS = (
    "Owls may remember where they hid food for years.\n\n"
    "The team, led by Mira Holm of Tartu University, used the same trick with a dozen barn owls.\n\n"
    "They found that the old barn's sounds brought back the owls' memories."
)
_COUPLE_SAYS = (
    "The couple bought the old mill in 1998 and turned it into a bakery.\n\nSelling bread was never the plan, they said."
)
_DOCTORS_FIND = (
    "Doctors believe the rash comes from the water.\n\n"
    "Last spring, they discovered that the wells near the plant held high levels of nickel."
)
_THINGS_SHOW = (
    "Surveyors walked the valley in May.\n\nThe terraces were cut long ago. They showed that the river had once run further east."
)


def _attributions(text) -> dict[str, tuple[str | None, str] | None]:
    """Each claim's first two words -> its (source, cue), or None where it has no attribution."""
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {" ".join(c.text.split()[:2]): c.attribution and (c.attribution.source, c.attribution.cue) for c in claims}


def test_they_after_a_team_finds_what_the_team_found():
    assert _attributions(_TEAM_FINDS)["They found"] == ("team", "found")


def test_they_after_a_couple_speaks_for_the_couple():
    assert _attributions(_COUPLE_SAYS)["Selling bread"] == ("couple", "said")


def test_they_after_people_named_by_a_plural_reports_their_finding():
    assert _attributions(_DOCTORS_FIND)["Last spring,"] == ("Doctors", "discovered")


def test_they_showed_after_people_who_are_no_researchers_reports_nothing():
    assert _attributions(_THINGS_SHOW)["They showed"] is None

"""Attribution, session 40 (rev40f findings 1 to 3): a description the text ties to a name resolves to that name in every
tie form the guide counts (GUIDE decisions 553, 586(a), 618(b)), and a later description with words of its own goes
back to the nearest one tied with the same noun (decisions 437, 589, 695(a)).

- Ties: a possessed apposition ("Its coach, Dan Smith,", "Sam Cole, the show's host,"), a copula ("Dan Smith is the
  club's coach"), an appointment ("hired Ann Ray as its designer", "named Ann Ray its chief executive") and a title in
  capitals before the name ("hired Coach Dan Smith").
- Added words ("the Emmy-winning actor", "the Real Madrid star") still point back, to the nearest one; a word that tells
  another one apart ("the Barcelona star", "the former coach") does not.
- A reply to a described speaker ("The host quipped … “…,” she replied.") and what follows it ("She continued, “…”") are
  the person the pronoun chain gives, not the host.
- A prize in a hyphenated modifier ("the Oscar-winning actor") is no person (rev40f finding 9)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _sources(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {c.text: (c.attribution.source if c.attribution else None) for c in claims}


# Each case: the sentence that ties (or names), the later sentence with the description, and whom that stands for.
_CASES = """
Marlow hired a new manager in May. Its coach, Dan Smith, watched the match on Saturday.
The coach said the team would win the league. | Dan Smith

The club's coach, Dan Smith, watched the match on Saturday.
The coach said the team would win the league. | Dan Smith

Dan Smith is the club's coach. He joined in May.
The coach said the team would win the league. | Dan Smith

The team hired Coach Dan Smith in May.
The coach said the team would win the league. | Dan Smith

Sam Cole, the show's host, welcomed Dana Lee on Thursday. Lee wore a red coat.
The host said the coat was lovely. | Sam Cole

Globex hired Ann Ray as its new designer in May.
The designer said the brand would change. | Ann Ray

Globex named Ann Ray its chief executive in May.
The executive said the brand would change. | Ann Ray

Real Madrid star Tom Reed scored twice on Saturday.
“We will win the league,” the Real Madrid star said. | Tom Reed

Singer Dana Lee cancelled her tour on Sunday.
“I need rest,” the Grammy-winning singer said. | Dana Lee

Actor Ryan Holt was voted off the show on Sunday. “It hurts,” the actor said. Actor Tom Lane joined the show.
“It makes you more human,” the Emmy-winning actor said. | Tom Lane

Real Madrid star Tom Reed scored twice on Saturday.
“We will win the league,” the Barcelona star said. | Barcelona star

Ryan Holt was voted off the show on Sunday.
“It makes you more human,” the Oscar-winning actor said. | Oscar-winning actor
"""


@pytest.mark.parametrize("case", _CASES.strip().split("\n\n"))
def test_a_tied_description_resolves_to_the_name(case):
    tie, rest = case.split("\n")
    said, who = rest.split(" | ")
    assert _sources(f"{tie}\n\n{said}")[said] == who


def test_a_reply_to_a_described_speaker_and_its_continuation_are_the_person_the_chain_gives():
    sources = _sources(
        "Dana Lee appeared on a late night talk show on Thursday. Lee said she had worn the coat four times.\n\n"
        "The host quipped that it was odd. “I loved it,” she replied.\n\nShe continued, “It was fun to wear it home.”"
    )
    assert sources["“I loved it,” she replied."] == "Dana Lee"
    assert sources["She continued, “It was fun to wear it home.”"] == "Dana Lee"


def test_pronouns_after_an_untied_description_stay_with_the_description():
    # (rev40f finding 8: the text test_attribution_pronoun_speaker.py rewrote, asserted as it reads now; decisions 44, 553)
    sources = _sources(
        "Dana Whitfield shared a photo of her former partner, Rowan Pike, on Monday.\n\n"
        "Whitfield and Pike ended their engagement in July, but the singer later said the split may be temporary.\n\n"
        "“We have been taking a break,” she wrote.\n\n“We are both busy artists with long tours,” she added."
    )
    assert sources["“We have been taking a break,” she wrote."] == "singer"
    assert sources["“We are both busy artists with long tours,” she added."] == "singer"

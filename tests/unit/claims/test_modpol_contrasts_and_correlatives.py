"""Modality and polarity, session 39 (h39modpol): appended contrasts of a participle and the second half of a
comparative correlative (GUIDE decisions 5, 186, 584).

- A participle set after a comma against the main verb's own participle shares its auxiliary and is the appended
  contrast's other predicate ("Respect is earned, not given", "were feeding on the crabs, not fighting them"):
  negative (decision 186), even where the parser hangs it as an adverbial clause or an unlabelled dependent. A
  participial clause of its own ("They left early, not knowing what they would find") stays positive.
- The second half of a comparative correlative is the statement also where the parser made it the root and hung the
  first half on it ("the closer the train gets, the louder the noise will be": its "will" gives intention, decisions
  5, 584).
- A modal the parser hangs on the passive's "be" when an adverbial stands before the participle still gives the
  clause its modality ("can be in part explained by …": possibility, decision 5).
- "unlikely to" + verb (and "ineligible to") is the table's frame with a negating prefix: possibility, negative
  (decision 829); "That is unlikely" and "it is unlikely that …" make no frame and stay positive.
- "long/yearn for" + a noun phrase and "dream of/about" + a noun phrase or gerund are longings: intention, kind fact
  (decisions 92, 837); "dreamed up" is an act.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _fields(text: str) -> list[tuple[str, str]]:
    """(modality, polarity) of each claim of `text`, in order."""
    return [(c.modality, c.polarity) for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle set against the main verb's own: the appended contrast's other predicate
        ("Good bakers are made, not born.", ("none", "negative")),
        ("Trust is earned, not given.", ("none", "negative")),
        ("Those big gulls were eating the fish they lived with, not competing with the fish.", ("none", "negative")),
        # a negated participle appended after a comma, with or without an auxiliary or object (decision 767 by G140)
        ("They left early, not knowing what they would find.", ("none", "negative")),
        ("The rebels were advancing, not knowing the bridge was gone.", ("none", "negative")),
        ("The rebels were advancing, not knowing the way.", ("none", "negative")),
        ("The wheels of the cart were sliding, not turning.", ("none", "negative")),
        ("The fishermen worked the lines, never resting.", ("none", "negative")),
        ("Divers searched the wreck for hours, not stopping once.", ("none", "negative")),
        ("The tunnel was closed on Friday, not reopening until May.", ("none", "negative")),
        ("Loyalty is earned, never given.", ("none", "negative")),
        ("The sentries stood at the door, no longer checking passes.", ("none", "negative")),
        # a past participle right after a noun it describes: a reduced relative, whose "not" does not count (39, 487(a))
        ("The council has published the register, not updated since April.", ("none", "positive")),
        ("Rents were pushed to levels, not seen since 2008.", ("none", "positive")),
        ("The fee is forty pounds, not including postage.", ("none", "positive")),
        # the second half of a comparative correlative decides, whichever half the parser made the root
        ("Also, the closer the train gets to the city, the louder the noise will be.", ("intention", "positive")),
        ("The bigger a skin cell is, the more moisture it can hold.", ("possibility", "positive")),
        # frames written with a negating prefix
        ("Rules without reasons are unlikely to work.", ("possibility", "negative")),
        ("Every parent knows that rules without reasons are unlikely to work.", ("possibility", "negative")),
        ("The player was ineligible to compete.", ("possibility", "negative")),
        ("The navy is unready to fight a long campaign.", ("intention", "negative")),
        # a parenthetical between the frame adjective and its infinitive
        ("The club is unlikely, however, to change its coach.", ("possibility", "negative")),
        ("The club is likely, however, to change its coach.", ("possibility", "positive")),
        # an object complement after a verb of ruling or declaring: the ruling is the statement (829, 8)
        ("The tribunal ruled her ineligible to run for mayor.", ("none", "positive")),
        ("He was declared ineligible to stand in the by-election.", ("none", "positive")),
        ("That outcome is unlikely.", ("none", "positive")),
        ("It is unlikely that the bill passes.", ("none", "positive")),
        # a modal hung on the passive's "be"
        ("These price rises can be in part explained by pressure from the bank.", ("possibility", "positive")),
    ],
)
def test_modality_and_polarity_of_the_statement(text, expected):
    assert _fields(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We dream of a summer without war.", ("intention", "fact")),
        ("She dreams of owning a boat.", ("intention", "fact")),
        ("Residents dream about a new park.", ("intention", "fact")),
        ("The crews yearn for a calm crossing.", ("intention", "fact")),
        ("He dreamed up a new plan.", ("none", "event")),
        # a dream seen asleep (decision 837's exclusion)
        ("That night she dreamt of a storm.", ("none", "event")),
        ("He dreamt of a fire in his sleep.", ("none", "event")),
        # present "long(s) for" the tagger misreads, adverbs before the preposition, "dream (that)" + a clause
        ("The shepherd longs for rain.", ("intention", "fact")),
        ("Most tenants long for change.", ("intention", "fact")),
        ("Many people in the valley still long for the old days.", ("intention", "fact")),
        ("Villagers long desperately for peace.", ("intention", "fact")),
        ("Exiles yearn once more for their farms.", ("intention", "fact")),
        ("We dream that the old tram will run again.", ("intention", "fact")),
    ],
)
def test_longings_are_intentions_of_a_state_of_mind(text, expected):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert [(c.modality, c.kind) for c in claims] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two clauses contrasting two parties, no correlative: the first clause decides (decision 1)
        (
            "The richer towns have pledged millions in aid for the flood fund this year, the poorer ones have not received any.",
            ("none", "positive"),
        ),
        (
            "The larger bakeries in the north and the west have already raised prices on most of their loaves, "
            "the smaller bakers will not follow.",
            ("none", "positive"),
        ),
        (
            "The bigger teams spent heavily in the summer window despite the new spending rules, "
            "the smaller ones could not afford to.",
            ("none", "positive"),
        ),
        # a relative clause inside the second half is not its verb
        ("The higher fuel prices climb, the more drivers who bought large cars will struggle.", ("intention", "positive")),
    ],
)
def test_correlatives_and_contrasts_of_two_parties(text, expected):
    assert _fields(text) == [expected]

"""Attribution, session 42 (h42attr): an "as X said" aside the parser hung on a piece of the main clause.

- An aside "as X said/told us" set in the main clause credits the clause to X like "As iFixit points out, …" (GUIDE
  decision 24), also where the parser hung it on a verb it joined below the clause's main verb as a complement
  ("Luckily, as a guard told us, the doors held, so it's unlikely …": the aside on "held", under a later root) or as a
  conjunct of it ("The school lost its roof and the pupils, as the head teacher said, were taught …").
- An aside inside a relative clause credits that clause only: the main statement stays unattributed.

The sentences are invented; each "fails before" case was checked with `_asides_on_joined_clauses` returning nothing."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _attribution(text, words):
    claim = next(c for c in extract_claims(text, split_sentences(text), published="2024-03-05") if words in c.text)
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


def test_an_aside_hung_on_a_complement_below_the_main_verb_credits_the_clause():
    # fails before session 42: the aside hung on "held", a complement under the root of the "so it's unlikely" clause
    text = "Luckily, as a guard told us, the doors held, so it's unlikely anything was taken from the vault."
    assert _attribution(text, "Luckily") == ("guard", "told")


def test_an_aside_hung_on_a_conjunct_of_the_main_verb_credits_the_clause():
    # fails before session 42: the aside hung on "taught", a conjunct of the root "lost" (review finding 6)
    text = "The school lost its roof in the storm and the pupils, as the head teacher said, were taught in the church hall."
    assert _attribution(text, "The school") == ("head teacher", "said")


def test_an_aside_hung_on_the_main_verb_is_unchanged():
    text = "By noon, as one witness recalled, the crowd had grown so large that the police closed the road."
    assert _attribution(text, "By noon") == ("one witness", "recalled")


def test_an_aside_inside_a_relative_clause_leaves_the_main_statement_unattributed():
    text = "They reopened the road that, as the drivers complained, had been shut for a month without notice."
    assert _attribution(text, "They reopened") is None

"""Polarity, session 46 (h46modpol).

- "The firm built not just a bakery but a small empire", "The glue makes the frame not only lighter but also
  stronger", "We show not only that crows count, but also that they plan": the list's "not" opening a "not only/just …
  but" pair in the main verb's own object or complement negates the statement wherever the parser hangs it (on the
  restricting adverb, on a small clause's adjective, on the complement clause's verb): negative (GUIDE decisions 32,
  39). Not one inside a relative or adverbial clause, nor a purpose infinitive (decision 82): positive.
- "The rooms felt cold even though they weren’t", "trails that looked steep even though they weren’t": the parser may take a "n’t"
  with a typographic apostrophe for punctuation and hang it on the main verb; when the word it is written on is neither
  that verb nor one of its auxiliaries, it negates that word's subordinate or relative clause only (decisions 39, 82): positive.
  A question tag ("…, didn’t you?") stays read literally (decision 310): negative.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _polarities(text):
    return [c.polarity for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 46: the "not" hung on "just", an adverb of the object
        ("Marlow built not just a regional bakery chain but something like a small empire of cafés.", "negative"),
        # fail before session 46: the "not" hung on the adjective of a small clause under "make"
        ("The new glue helps make the frame not only lighter but, in our tests, also far stronger.", "negative"),
        # fail before session 46: the "not" hung on the verb of the that-clause it stands before
        ("We show not only that crows count objects, but also that they can plan ahead.", "negative"),
        # near misses: the pair inside a relative clause, an adverbial clause or a purpose infinitive
        ("He designed a model that weighs not only the cost but also the weather.", "positive"),
        ("Growers can use the app to not only track sales and cut waste, but also share recipes.", "positive"),
        ("The trial interests Dana because it might offer clues not only about sleep but about memory.", "positive"),
        # the pair after the "that" and subject of a finite complement is that clause's own, left to its readers as
        # before (like "ensures that tenants do not pay more"): positive
        ("The change ensures that tenants not only pay less but also get repairs faster.", "positive"),
        # and the pair the readers already caught
        ("The shop sells not only bread but also cakes.", "negative"),
    ],
)
def test_not_only_pair_in_the_main_verbs_complement(text, expected):
    assert _polarities(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 46: the typographic "n’t" of a relative or subordinate clause hung on the main verb
        ("The rooms felt cold even though they weren’t.", "positive"),
        ("Critics called the plan bold even though it wasn’t: the budget barely moved.", "positive"),
        ("Hikers soon found other trails that looked steep even though they weren’t: the ridge path, for one.", "positive"),
        # near misses: the "n’t" on the main verb or its own auxiliary
        ("It wasn’t cheap.", "negative"),
        ("The clerk wasn’t joking.", "negative"),
        ("The council didn’t comment on the plan.", "negative"),
        # a question tag after the statement is read literally (decision 310)
        ("Then the reporter insisted, “you took that money didn’t you?”", "negative"),
    ],
)
def test_typographic_contraction_written_on_another_clause(text, expected):
    assert _polarities(text)[0] == expected

"""Attribution, session 58 (h58attr): an "as X said" / "like X said" aside set off in the clause that the parser hung
on another word than the main verb, made the root itself, or read as "as" + a noun with a relative clause.

- Such an aside credits the whole statement like "as X told me" (GUIDE decisions 24, 247, 256).
- Not an "as" clause with an object of its own ("as the minister said goodbye"), the writer's own "as I said", a speech
  act with no reporting verb ("as Dana Holt spoke to the crowd"), nor an aside after quoted words that open an appended
  participle phrase ('– "sparking," as the Gazette reported, "alarm …"', decision 256: only that wording is credited).
- Mended after review: not an aside set inside a subordinate clause ("Because the dam was, as X warned, leaking, …",
  "If the fare is, like X said, too steep, …"; decision 2), also on the asides hung on the main verb; not a real
  relative clause after "like"/"as" + a noun whose subject has its own determiner ("Like the treaty the senator had promised, …");
  not an outlet naming itself ("as this magazine reported", decision 63); an "-ing" pronoun or name in quotes
  ("nothing", "Beijing") opens no appended participle phrase.

The sentences are invented; each "fails before" case gave no attribution on main at 3a5bbea3."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _attribution(text, words):
    claim = next(c for c in extract_claims(text, split_sentences(text), published="2024-03-05") if words in c.text)
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # fails before: the aside read as "as" + "historian" with the relative clause "Mara Quill wrote"
        (
            "Of course, as the historian Mara Quill wrote in the journal last month, the harbour already has a plan to "
            "widen the channel: it spent $2 million on dredging.",
            "Of course",
            ("Mara Quill", "wrote"),
        ),
        # fails before: "said" read as the root, the quoted headline hung on "headline"
        ('As The Harbour Gazette once said in a headline, "Ferry Sinks, Town Shrugs."', "Gazette", ("Harbour Gazette", "said")),
        # fails before: "like" + "said" with the rest read as its complement
        ("The real reason to join a rowing club is, like Dana said, to “find” yourself.", "rowing", ("Dana", "said")),
        # fails before: the quote after the aside read as its content
        (
            "While it is notable she is the first woman to lead the guild, as Okafor herself said, “The point is that I "
            "not be the only one.”",
            "guild",
            ("Okafor", "said"),
        ),
        # fails before: the speaker read as the object of "as"
        (
            "Better still, they are focused on their members’ “long-term health,” as one credit-union manager told me, "
            "and easing the worry people feel about money.",
            "Better",
            ("one credit-union manager", "told"),
        ),
        # (after review) an aside in the main clause, or after a whole subordinate clause, keeps its credit
        ("The ferry was, like the harbour master said, cancelled for the week.", "ferry", ("harbour master", "said")),
        ("When the flood came, as hydrologists had predicted, the levee failed.", "levee", ("hydrologists", "predicted")),
        ("The verdict is, as the lawyer Ines Marlow wrote, final.", "verdict", ("Ines Marlow", "wrote")),
    ],
)
def test_an_aside_hung_elsewhere_credits_the_statement(text, words, expected):
    assert _attribution(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("As the minister said goodbye, the crowd cheered loudly.", "minister"),
        ("As I said, the plan for the bridge is dead.", "bridge"),
        ("As Dana Holt spoke to the crowd, the rain started.", "rain"),
        ("In the process he raised a banner – “sparking,” as the Gazette reported, “alarm across the valley.”", "banner"),
        # an aside inside a subordinate clause credits that clause, not the main statement (GUIDE decision 2)
        ("Because the dam was, as hydrologists warned, slowly leaking, the county drained the lake.", "county"),
        ("If the fare is, like the commissioner said, too steep, commuters will drive instead.", "commuters"),
        ("Unless the canal is, like the lock keeper said, dredged by August, the barges will stop.", "barges"),
        ("After the roof was, as the surveyors reported, badly warped, the school closed the gym.", "school"),
        ("The festival moved indoors because the meadow was, as rangers warned, flooded.", "festival"),
        ("Although the tunnel is, as the inspectors said, sound, the city shut it in March.", "city"),
        ("Once the library is, as the dean promised, reopened, the students will return.", "students"),
        ("Despite being, as the auditors said, far too costly, the stadium was finished in 2019.", "stadium"),
        # a real relative clause after "like" + a noun: its subject has a determiner of its own
        ("Like the treaty the senator had promised, the new tariff was delayed.", "tariff"),
        ("Like the stadium the council announced, the ferry terminal is over budget.", "ferry terminal"),
        # an outlet naming itself is the writer's voice (GUIDE decision 63)
        ("The bakery was, as this magazine reported in spring, losing customers.", "bakery"),
        ("As this newspaper reported in May, the quarry was losing money.", "quarry"),
    ],
)
def test_no_aside_credits_nothing(text, words):
    assert _attribution(text, words) is None


@pytest.mark.parametrize("word", ["nothing", "Nanjing"])
def test_a_quoted_pronoun_or_name_opens_no_participle_phrase(word):
    from declcli.claims.attribution import _after_quoted_participle
    from declcli.claims.nlp import load_model

    doc = load_model()(f"The answer was – “{word},” as the Gazette reported, “of all things.”")
    mark = next(t for t in doc if t.lower_ == "as")
    assert not _after_quoted_participle(mark)

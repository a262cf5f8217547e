"""Attribution, session 34: a speaking pronoun after a sentence whose speaker reports a clause about another person
(GUIDE decisions 44, 404, 457, 604, 660).

- "Roe said Lee would chair the panel." / '"…," she said.': the subject of the reported clause, named after the speaker,
  is the nearest fitting mention (decision 457: the literal nearest holds for reported speech without quotation
  marks), not the speaker. Only the reported clause's subject: a person the content names otherwise ("a hearing with
  Lee") leaves the speaker.
- "Dana Lee and her colleagues" (a person and their companions, claims.json companion_nouns) is a group a later
  "they" stands for.
- A person the pronoun's own words name (its verb's content clause, or the quotation it tags) is no antecedent of it, at
  any mention (decisions 604 and 660): "Baker met Hume. / He said Baker had offered to mediate." is Hume's.

Session 35 (rev34p's findings 1, 3 and 4):
- A company or a place the model tagged as such, named like the person the narration turned to, in that person's own
  content clause ("He said Ford would invest …" after "Bill Ford spoke …"), names no person: the speaker stays.
- A description the text ties to a person by her role ("the prime minister" after "Prime Minister Karin Holm") in the
  pronoun's own content clause names her (decision 660: "by name or description"): she is not the pronoun.
- A fitting person named after the reported subject in the speaker's sentence, as no subject ("…, replacing Joan
  Marsh"), stands nearer than the reported subject, which does not jump over her: the pronoun is left to the speaker."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_REPORTED_SUBJECT = (
    "Mayor Dana Whitfield said she was pleased that Laura Pike would lead the board for two years.\n\n"
    '"This is a chance for our town to lead," she said in a statement.'
)
_REPORTED_SUBJECT_SET_OFF = (
    "Tom Baker recounted that in May, Carl Hume, the head of the council, had offered him a seat.\n\n"
    '"I think I was too proud to take it," he said.'
)
_REPORTED_OBJECT = (
    "Council member Tom Baker told reporters that the company would not drop its demand for a hearing with Carl Hume.\n\n"
    "However, he said the firm had offered a deal."
)
_NAMED_BEFORE_THE_SPEAKER = 'Speaking of Carl Hume, Tom Baker said the plan was sound.\n\n"We will build it," he said.'
_NAMED_AGAIN_IN_OWN_CONTENT = (
    "Tom Baker, a guild elder, said Carl Hume had offered to mediate.\n\nHe said Hume would also meet the mayor."
)
_NAMED_AGAIN_IN_OWN_QUOTE = (
    'Dana Lee said Jo Roe would chair the panel.\n\n"Jo Roe kept this port alive for forty years," she said.'
)
_SUBJECT_NAMED_IN_OWN_CONTENT = "Tom Baker met Carl Hume on Monday.\n\nHe said Baker had offered to mediate."
_PERSON_AND_COLLEAGUES = (
    "Dana Lee and her colleagues on the review board do not want to close the school.\n\n"
    "They know that doing so would anger parents across the county."
)
# (the reread of h34attr3: rev34p's finding 2)
_HONORIFIC_IN_OWN_QUOTE = 'Mark Dunn runs the club. James Porter joined it in May.\n\n"Mr. Porter is the best we have," he said.'
_PERSON_AND_COLLABORATORS = (
    "Tom Baker and his collaborators built the first prototype in a garage.\n\nThe design will need years of testing, they argue."
)

# (session 35: rev34p's findings 1, 3 and 4)
_COMPANY_NAMED_LIKE_THE_SPEAKER = (
    "Ford Motor chairman Bill Ford spoke at the plant in Dearborn on Tuesday.\n\n"
    "He said Ford would invest $2 billion in batteries."
)
_CAPITAL_NAMED_LIKE_THE_SPEAKER = (
    "Ambassador Paul Washington arrived in Kyiv on Sunday.\n\nHe said Washington would send more aid before winter."
)
_BRAND_NAMED_LIKE_THE_SPEAKER = (
    "Designer Marie Chanel opened the show in Milan on Friday.\n\nShe said Chanel would open two stores in Paris."
)
_DESCRIBED_IN_OWN_CONTENT = (
    "Foreign Minister Anna Berg said Prime Minister Karin Holm would travel to Kyiv next week.\n\n"
    "She said the prime minister would also meet the Polish president."
)
_NEARER_PERSON_AFTER_THE_REPORTED_SUBJECT = (
    'Mayor Dana Whitfield said Laura Pike would lead the board, replacing Joan Marsh.\n\n"It is a new start," she said.'
)

# (session 35, mend35c: rev35c's findings 1, 7 and 8)
_ANOTHER_HOLDER_DESCRIBED = (
    "President Joe Biden spoke at a rally in Ohio on Friday.\n\nHe said the former president had tried to overturn the election."
)
_PREVIOUS_HOLDER_DESCRIBED = (
    "Mayor Ann Lee presented the city's budget on Monday.\n\n"
    "She said the previous mayor had left the city with debts of $40 million."
)
_DESCRIBED_IN_OWN_CONTENT_CAPITALISED = (
    "Foreign Secretary Anna Berg said Prime Minister Karin Holm would travel to Kyiv next week.\n\n"
    "She said the Prime Minister would also meet the Polish president."
)
_SURNAME_TAGGED_A_PLACE_NAMES_THE_PERSON = (
    "Senator Tom Paris met union leader Dan Lee in the capital on Monday.\n\nHe said Paris had broken his promise to the nurses."
)


def _last_said(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    attribution = claims[-1].attribution
    return attribution and (attribution.source, attribution.cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fails before session 34: "Dana Whitfield", the speaker
        (_REPORTED_SUBJECT, ("Laura Pike", "said")),
        # fails before session 34: "Tom Baker", the speaker
        (_REPORTED_SUBJECT_SET_OFF, ("Carl Hume", "said")),
        # fails before session 34: "Tom Baker", named in the pronoun's own content clause (decision 660)
        (_SUBJECT_NAMED_IN_OWN_CONTENT, ("Carl Hume", "said")),
        # the speaker stays: Hume is named in the content, but as no subject of it
        (_REPORTED_OBJECT, ("Tom Baker", "said")),
        # the speaker stays: Hume is named before the speaker, no later mention
        (_NAMED_BEFORE_THE_SPEAKER, ("Tom Baker", "said")),
        # the speaker stays: the reported subject is named again in the pronoun's own content clause (decision 660)
        (_NAMED_AGAIN_IN_OWN_CONTENT, ("Tom Baker", "said")),
        # the speaker stays: the reported subject is named in the quotation the pronoun tags (decision 604)
        (_NAMED_AGAIN_IN_OWN_QUOTE, ("Dana Lee", "said")),
        # fails before session 34: no source ("colleagues", "collaborators" were no nouns of people)
        (_PERSON_AND_COLLEAGUES, ("Dana Lee and her colleagues on the review board", "know")),
        (_PERSON_AND_COLLABORATORS, ("Tom Baker and his collaborators", "argue")),
        # fails at f403948d ("James Porter"): a name after an honorific in the quotation the pronoun tags is that
        # person, no antecedent of it (decision 604)
        (_HONORIFIC_IN_OWN_QUOTE, ("Mark Dunn", "said")),
        # fail before session 35: no source (the company, the capital, the brand read as the person named like it)
        (_COMPANY_NAMED_LIKE_THE_SPEAKER, ("Bill Ford", "said")),
        (_CAPITAL_NAMED_LIKE_THE_SPEAKER, ("Paul Washington", "said")),
        (_BRAND_NAMED_LIKE_THE_SPEAKER, ("Marie Chanel", "said")),
        # fails before session 35: "Karin Holm", whom the pronoun's own content clause describes by her role
        (_DESCRIBED_IN_OWN_CONTENT, ("Anna Berg", "said")),
        # fails before session 35: "Laura Pike", the reported subject, jumping over the nearer Joan Marsh (no subject:
        # decision 457's nearest is read for subjects only, so the speaker stays)
        (_NEARER_PERSON_AFTER_THE_REPORTED_SUBJECT, ("Dana Whitfield", "said")),
        # fail at 94843573 (no source): "the former president", "the previous mayor" describe another holder of the
        # office, not the speaker (rev35c's finding 1; decisions 44, 404, 660)
        (_ANOTHER_HOLDER_DESCRIBED, ("Joe Biden", "said")),
        (_PREVIOUS_HOLDER_DESCRIBED, ("Ann Lee", "said")),
        # fails at 94843573 ("Karin Holm"): the capitalised "the Prime Minister" describes her as much (rev35c's finding 7)
        (_DESCRIBED_IN_OWN_CONTENT_CAPITALISED, ("Anna Berg", "said")),
        # fails at 94843573 ("Tom Paris"): a surname the model tagged a place, that a person's verb ("had broken his
        # promise") makes the person's, names him (rev35c's finding 8; decision 660)
        (_SURNAME_TAGGED_A_PLACE_NAMES_THE_PERSON, ("Dan Lee", "said")),
    ],
)
def test_pronoun_speaker(text, expected):
    assert _last_said(text) == expected

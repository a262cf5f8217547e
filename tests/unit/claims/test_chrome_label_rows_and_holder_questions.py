"""Chrome kept and real units dropped (session 37, h37drop): a bulleted row that only names something, with a stop or a
participle describing its noun, is a label (GUIDE decision 634), while a bulleted row with a predicate of its own, a long
row the parser misread and a "name – what it does" row stay claims; a question asking who says a clause ("Who says …?",
decision 757) is the writer's, no subheading, alone or beside another one. Review rev37g: label rows are rows under a
title only (rows after a body sentence, em-dash replies and counts in words stay claims), and a log-in or "stay tuned"
line that a story reports with a tag is a claim (decisions 45, 80)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_SURVEY = "The council surveyed the harbour's ferry crews last spring."
_PLAN = "The council said it would publish a plan in June."
_ALBUM = "The crew of the night boat to Kestrel Bay recorded an album of sea shanties this winter."
_SHOP = "The album sold out at the harbour shop within a week, the shop's owner said."

# (paragraphs, line starts that must be claims, line starts that must not)
_CASES = {
    # decision 634: rows that give only a noun phrase, no predicate and no figure, hold no claim, stop or none
    "noun-phrase rows are labels": (
        [
            _SURVEY,
            "Main complaints",
            "- Lack of trained deckhands on the night shift.",
            "- Little contact with the islands being served by the late boats",
            "- Poor lighting on the lower pier.",
            _PLAN,
        ],
        [_PLAN],
        ["Lack of trained deckhands", "Little contact with the islands", "Poor lighting"],
    ),
    # guard: a row with a tensed verb says something
    "rows with a predicate stay claims": (
        [
            _SURVEY,
            "- Most deckhands work two night shifts a week.",
            "- The late boats often leave the islands without lights.",
            _PLAN,
        ],
        ["Most deckhands work two night shifts", "The late boats often leave the islands"],
        [],
    ),
    # guard: a long row is a sentence whose verb the parser may miss; a "name – what it does" row describes
    "long rows and described names stay claims": (
        [
            "The settings page lists what each switch does.",
            "- harbour.lights.enabled – Turns off the pier lights and the matching alarm on the dock",
            "- Municipal harbour bonds due in a decade gained for a third straight session, nearly recovering the losses "
            "seen in the wake of the port strike.",
            "The port said the list would grow.",
        ],
        ["harbour.lights.enabled – Turns off", "Municipal harbour bonds due in a decade"],
        [],
    ),
    # decision 757: two "who says …?" lines do not make the article an explainer written as questions
    "two holder questions are claims": (
        ["Who says ferry captains can't sing?", _ALBUM, "Who claims the islands are too quiet?", _SHOP],
        ["Who says ferry captains can't sing?", "Who claims the islands are too quiet?"],
        [],
    ),
    "a lone holder question is a claim": (
        [_ALBUM, "Who says ferry captains can't sing?", _SHOP],
        ["Who says ferry captains can't sing?"],
        [],
    ),
    # decision 408: among an explainer's question subheadings, a "who says …?" or "who told …?" line is one of them
    "a holder question in an explainer is a heading": (
        [
            "Ferry crews face a new night-shift rule.",
            "What is the new rule?",
            "Every night boat must carry two deckhands from June.",
            "Who says the rule is needed?",
            "The harbour board and most skippers have backed it.",
            "Who told the board about the night crossings?",
            "A group of island residents wrote to it in May.",
            "Isn't the rule too strict for the small island boats?",
            "The board says it is not.",
        ],
        ["The harbour board and most skippers", "The board says it is not."],
        ["What is the new rule?", "Who says the rule", "Who told the board", "Isn't the rule too strict"],
    ),
    # guard: an explainer's question subheadings stay headings
    "explainer questions stay headings": (
        [
            "Prosecutors dropped the case against the harbour master on Monday.",
            "What did the prosecutors say?",
            "They said the evidence did not support the charge.",
            "Who will run the harbour now?",
            "The council will name a deputy this week.",
        ],
        ["They said the evidence"],
        ["What did the prosecutors say?", "Who will run the harbour now?"],
    ),
    # review rev37g: decision 634's label rows are rows under a title only
    # rows after a sentence of the body, no title: the claim section's verbless statements (decisions 56, 79, 190)
    "rows after a body sentence stay claims": (
        [
            "The harbour board announced a set of winter measures on Tuesday after weeks of complaints.",
            "- A freeze on mooring fees until April.",
            "- Free ferry passes for every island pupil.",
            "The crews called the measures too little, too late.",
        ],
        ["A freeze on mooring fees", "Free ferry passes"],
        [],
    ),
    "an answer row after a question stays a claim": (
        [
            "The harbour master was asked what worried her most about the strike.",
            "- The lack of trust between the two unions.",
        ],
        ["The lack of trust"],
        [],
    ),
    # an em dash opens an interviewee's reply, no row (decision 566(a))
    "em-dash replies stay claims": (
        [
            "The skipper spoke to reporters after the regatta on Thursday.",
            "What has been the hardest part of the season?",
            "— The storms, without a doubt.",
            "And the best moment?",
            "— The win against Kestrel Bay in March.",
        ],
        ["The storms", "The win against Kestrel Bay"],
        [],
    ),
    # a count in words is a figure (decisions 112, 309, 634)
    "rows with a spelled-out count stay claims": (
        [
            "Harbour police said the weekend was unusually busy.",
            "Weekend in brief",
            "- Three collisions in the outer harbour.",
            "- A dozen complaints about noise near the pier.",
        ],
        ["Three collisions", "A dozen complaints"],
        [],
    ),
    # decisions 450, 634: headline rows with a verbless predicate under a title are labels whatever the parser roots
    "verbless-predicate rows under a title are labels": (
        [
            "The harbour board kept mooring fees on hold on Thursday.",
            "Key takeaways",
            "- Traffic still well above last year's level.",
            "- Night crossings at their lowest level since the storm.",
            "- Cargo volumes slowing faster than expected.",
            "The board meets again in June.",
        ],
        ["The board meets again in June."],
        ["Traffic still well above", "Night crossings at their lowest", "Cargo volumes slowing"],
    ),
    # guard: numbered rows under a title are labels like bulleted ones (the list's own number is no figure)
    "numbered rows under a title are labels": (
        [
            "The council surveyed the harbour's ferry crews last spring.",
            "Main complaints",
            "1. Lack of trained deckhands on the night shift.",
            "2. Poor lighting on the lower pier.",
            "The council said it would publish a plan in June.",
        ],
        ["The council said it would publish"],
        ["Lack of trained deckhands", "Poor lighting"],
    ),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_label_rows_and_holder_questions(case):
    paragraphs, kept, dropped = _CASES[case]
    text = "\n\n".join(paragraphs)
    texts = [c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05")]
    for start in kept:
        assert any(t.lstrip("-— ").startswith(start) for t in texts), (start, texts)
    for start in dropped:
        assert not any(t.lstrip("-— 12.").startswith(start) for t in texts), (start, texts)


@pytest.mark.parametrize(
    ("line", "claim"),
    [
        # GUIDE decisions 80, 227, 378: a comment box's log-in prompt and a pointer to the site's other coverage
        ("Please sign in with your account before posting a comment.", False),
        ("For full coverage of the regatta, stay tuned to the sailing section of our site.", False),
        # decisions 45, 80: a reader call is the outlet's own, the whole line; a told or said instruction is a claim
        ("The harbour master told the crews to stay tuned for updates on the storm.", True),
        ("Stay tuned to local radio and TV channels for evacuation updates, the governor told residents on Tuesday.", True),
        ("Please log in before posting a comment, the paper now tells readers, after a flood of abuse under its stories.", True),
        ("Log in to the app and comments from strangers are now hidden by default, the company said.", True),
    ],
)
def test_log_in_and_stay_tuned_lines_are_reader_calls_only_as_the_outlets_own(line, claim):
    text = f"The regatta starts on Saturday in Kestrel Bay.\n\n{line}"
    texts = [c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05")]
    assert texts == ["The regatta starts on Saturday in Kestrel Bay."] + ([line] if claim else [])


def test_a_reported_log_in_line_does_not_drop_its_neighbour():
    text = (
        "The Kestrel Bay Courier changed its comment rules on Monday.\n\n"
        "Log in with a real name is now required for all comments, the editor wrote in a note to readers.\n\n"
        "Signing in with a verified account will be required before readers can post comments, the editor said."
    )
    texts = [c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05")]
    assert any(t.startswith("Log in with a real name") for t in texts), texts
    assert any(t.startswith("Signing in with a verified account") for t in texts), texts


def test_a_holder_question_reports_no_one_and_passes_nothing_of_its_clause():
    # GUIDE decision 757: no attribution; the outer verb is read (modality none, polarity positive, a present speech
    # verb a fact); the clause's "can't" does not pass
    text = "The crew recorded an album this winter.\n\nWho says ferry captains can't sing?\n\nThe album sold out in a week."
    asked = {c.text: c for c in extract_claims(text, split_sentences(text), published="2024-03-05")}[
        "Who says ferry captains can't sing?"
    ]
    assert (asked.attribution, asked.kind, asked.modality, asked.polarity) == (None, "fact", "none", "positive")


@pytest.mark.parametrize(
    ("line", "source", "kind"),
    [
        ("Who believes the harbour fee will fall?", None, "fact"),
        ("Who thinks ferry captains won't sing?", None, "fact"),
        ("“Who says ferry captains can’t sing?”", None, "fact"),
        ("“Who says we can’t win the regatta?” the skipper asked reporters after the race.", "skipper", "fact"),
        ("Dana Lee was defiant after the race. “Who says we can’t win the regatta?” she asked.", "Dana Lee", "fact"),
        ("Who said the harbour master resigned on Monday?", None, "event"),
        ("Who warned that the pier would close?", None, "event"),
        ("Who thought the pier would close?", None, "fact"),
    ],
)
def test_a_holder_question_passes_no_modal_or_negation_of_its_clause(line, source, kind):
    # GUIDE decision 757: with a belief verb too, and in a quotation with or without a tag (decision 228): modality
    # none, polarity positive, and no "says" cue; a speech verb's kind by its tense (decision 296), a belief verb a fact
    text = f"The crew recorded an album this winter.\n\n{line}\n\nThe album sold out in a week."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    asked = next(c for c in claims if "?" in c.text and line.endswith(c.text))
    assert (asked.modality, asked.polarity, asked.kind) == ("none", "positive", kind)
    assert (asked.attribution.source if asked.attribution else None) == source

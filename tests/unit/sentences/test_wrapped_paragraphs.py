"""A paragraph hard-wrapped at a fixed width with a blank line after each line (a page's "<br><br>", a mail's
quoted text) is one paragraph: its sentences run over the line breaks, their offsets the text's own. Headings,
bylines, list items, verse, addresses and code keep their lines apart, judged by the shape of the whole run."""

import pytest

from declcli.claims import extract_claims
from declcli.pipeline import iter_sentences
from declcli.sentences import paragraph_spans, split_sentences

PAD = "\n\n            "  # a blank line, then the indent the page set each line in

WRAPPED = PAD.join(
    [
        "The harbour board met on a grey morning to settle the future of",
        "the old ferry pier. Its members argued for an hour about the cost",
        "of repairs. The chair said the pier would close in the spring and",
        "that a new landing stage would be built further up the estuary by",
        "the end of next year.",
    ]
)


def texts(text, sentences):
    return [text[s.start : s.end] for s in sentences]


def flat(text):
    return " ".join(text.split())


def test_a_paragraph_wrapped_with_blank_lines_is_one_paragraph_with_whole_sentences():
    text = "Pier to close\n\n" + WRAPPED + "\n\nThe board meets again in June."
    spans = list(paragraph_spans(text))
    assert [flat(text[a:b]) for a, b in spans][0] == "Pier to close"
    assert len(spans) == 3
    sentences = split_sentences(text)
    assert [flat(t) for t in texts(text, sentences)] == [
        "Pier to close",
        "The harbour board met on a grey morning to settle the future of the old ferry pier.",
        "Its members argued for an hour about the cost of repairs.",
        "The chair said the pier would close in the spring and that a new landing stage would be built further up the "
        "estuary by the end of next year.",
        "The board meets again in June.",
    ]
    assert len({s.paragraph for s in sentences[1:4]}) == 1
    # the same paragraphs a paragraph at a time, offsets into the text as written
    assert [(s.start, s.end, s.paragraph) for s in iter_sentences(text)] == [(s.start, s.end, s.paragraph) for s in sentences]


@pytest.mark.parametrize(
    "lines",
    [
        # verse: lines of their own lengths, going on in lower case
        [
            "You will remember the orchard we walked through",
            "where the quinces ripened,",
            "and from time to time a crow",
            "in the wet grass: the year's last guest.",
            "We go where nothing waits for us",
            "and find the gate left open.",
        ],
        # a heading, a byline and a list of short rows
        [
            "Harbour Board Votes on the Future of the Old Ferry Pier",
            "By Ada Quill, Staff Writer",
            "Items on the agenda",
            "Repairs to the north wall",
            "Costs of a new landing stage",
            "Dates for the public meeting",
        ],
        # an address
        [
            "Office of the Harbour Master and the Estuary Board",
            "12 Quayside Road",
            "Port Elwen, Northshire",
            "Telephone 01234 567890",
        ],
        # code
        [
            "function closePier(board, pier) {",
            "if (board.votes > board.members / 2)",
            'pier.close("spring");',
            'return board.minutes(pier, "closed by vote");',
            "}",
        ],
    ],
)
def test_short_lines_that_stand_apart_stay_paragraphs_of_their_own(lines):
    text = PAD.join(lines)
    assert len(list(paragraph_spans(text))) == len(lines)


def test_bulleted_items_stay_apart_though_a_long_item_wrapped_goes_on():
    lines = [
        "The board listed what the repairs would cost the town this year and",
        "what each of them would change for the ferry's passengers on the",
        "estuary:",
        "- north wall – Replaces the stones that the winter storms broke from the",
        "upper course.",
        "- landing stage – Builds a floating stage for the smaller boats.",
        "- lighting – Adds lamps along the whole of the walkway.",
    ]
    text = PAD.join(lines)
    paragraphs = [flat(text[a:b]) for a, b in paragraph_spans(text)]
    assert paragraphs == [
        "The board listed what the repairs would cost the town this year and what each of them would change for the "
        "ferry's passengers on the estuary:",
        "- north wall – Replaces the stones that the winter storms broke from the upper course.",
        "- landing stage – Builds a floating stage for the smaller boats.",
        "- lighting – Adds lamps along the whole of the walkway.",
    ]


def test_a_claim_over_wrapped_lines_stands_on_the_line_of_its_verb_and_reads_the_whole_sentence():
    # GUIDE decisions 48, 66: the piece with the finite verb carries the sentence, its date from the next line too
    text = PAD.join(
        [
            "After a long and sometimes bitter debate the harbour board voted",
            "on Tuesday to close the old ferry pier at the end of the summer",
            "season. The pier first opened in 1911 and has carried ferries",
            "across the estuary for more than a century without a pause.",
        ]
    )
    claims = extract_claims(text, split_sentences(text), published="2024-03-07")
    vote = next(c for c in claims if "voted" in c.text)
    assert text[vote.start : vote.end] == vote.text
    assert vote.text == "After a long and sometimes bitter debate the harbour board voted"
    assert [d.value for d in vote.dates] == ["2024-03-05"]
    opened = next(c for c in claims if "opened" in c.text)
    assert "\n" not in opened.text and opened.text.startswith("The pier first opened in 1911")

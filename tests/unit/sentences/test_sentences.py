"""Sentence boundaries: one test per rule of declcli.sentences."""

import pytest

from declcli.sentences import split_sentences


def sents(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles never end a sentence
        ("Gen. Mark Milley met Col. James Rowe at the base.", 1),
        ("Mr. Smith arrived. Dr. Jones left.", 2),
        # month and weekday abbreviations when capitalised, and real words when not
        ("The talks ended on Jan. 5 without agreement.", 1),
        ("The accord was signed on Sept. 12, 2019, in Astana.", 1),
        ("They sat. The talks began.", 2),
        # No., Art. before a number only
        ("Resolution No. 3 was adopted.", 1),
        ("Under Art. 5 of the treaty, an attack on one is an attack on all.", 1),
        ("He met Dr. No. It was a film reference.", 2),
        ("The treasure is at N°. 1026.253.553. That is the spot.", 2),
        ("The order was signed as Nº. 45 on Monday.", 1),
        # company suffixes and etc.: final only before a sentence start
        ("Shares in Acme Co. rose 4%. Rival Borealis Corp. fell 2%.", 2),
        ("The contract went to Halcyon Inc. Rosatom was not invited to bid.", 2),
        ("Wheat, barley, etc. are exempt from the duty.", 1),
        ("The list includes wheat, barley, etc. Rice is exempt.", 2),
        # Jr./Sr. after a name, Sr. as a Spanish title
        ("The award went to Robert Hale Sr. His son accepted it.", 2),
        ("El Sr. García llegó a Madrid. La reunión empezó.", 2),
        # dotted acronyms
        ("U.S. officials declined to comment.", 1),
        ("The sanctions were imposed by the U.S. Europe followed a week later.", 2),
        ("The U.N. Security Council met at 10 a.m. local time.", 1),
        # a body's name after a country's dotted abbreviation goes on with it, though a capitalised word before a
        # lower-case one would open a sentence
        ("The firm is facing scrutiny from the U.S. Securities and Exchange Commission over its filing.", 1),
        # a plural title before the names it heads
        ("The two rivals in the race — Sens. Ada Marsh and Lou Pike — have struggled to gain ground.", 1),
        ("Two governors — Govs. Ada Marsh and Lou Pike — signed the pact.", 1),
        ("The vote is scheduled for 11 a.m. Results are expected by noon.", 2),
        ("The minister arrived at 9:30 a.m. Moscow time.", 1),
        ("The meeting is at 3 p.m. EST on Friday.", 1),
        ("The hearing resumed at 2 p.m. Mr. Kerr testified first.", 2),
        # ... but not after a sentence that is so far only an opening phrase
        ("At 5 a.m. Police sealed off the street.", 1),
        ("In the U.S. Mr. Smith is a hero.", 1),
        ("When did it start? At 5 a.m. The fire spread fast.", 3),
        # initials, and a letter after a number is a unit
        ("J. R. R. Tolkien was born in Bloemfontein.", 1),
        ("Nobody knew it but you and I. The talks failed anyway.", 2),
        ("The letter was signed by Albert I. Jones, the envoy.", 1),
        # initials run together before a surname, but a listed abbreviation or an opener after them still ends
        ("Former President Henry A.B. Carter vetoed the bill in 1991.", 1),
        ("A spokesman, K.L. Moran, declined to comment; the novelist T.R.N. Blake agreed.", 1),
        ("The firm moved to the U.K. Regulators approved it.", 2),
        ("The memo was signed by A.B. The talks failed anyway.", 2),
        # "P." after a name is an initial, not "p." (page), which ends a sentence unless a number follows
        ("Officers stopped a car driven by Jonathan P. Blair, 29, of Franklin.", 1),
        ("The quote is on p. 12 of the report.", 1),
        ("The temperature reached 41.5 C. Power cuts followed.", 2),
        # decimals and money
        ("The fund holds $7.5 billion. It was set up in 2019.", 2),
        ("The loan is worth $7,500 per household.", 1),
        # ellipses
        ("The results are... disappointing, he said.", 1),
        ("Talks went on and on... Nobody expected a deal.", 2),
        # spaced ellipses: three dots an omission, four an omission and a period
        ("The talks were . . . Frankly a failure, he said.", 1),
        ("The talks were a failure . . . . Nobody expected a deal.", 2),
        ("The talks failed. . . . Nobody expected a deal.", 2),
        ("He called it “a failure. . . .”", 1),
        # an ellipsis in brackets is an omission, and one alone is no sentence
        ('"The talks will go on [...] The deal is close," he said.', 1),
        ("Talks went on. ... Nobody expected a deal.", 2),
        # a parenthesis after a quote, the stop after it, is a citation of the quoting sentence
        ('"Was it chance?" (Smith 55). Nobody knows.', 2),
        ("The talks failed. (Reuters) The deal was not signed.", 2),
        ("The talks failed. (Read more here).", 2),
        # terminators inside quotes and brackets
        ('"Will Europe accept this?" he asked.', 1),
        ("«Будет ли продлена сделка?» — спросил журналист.", 1),
        # a writer's question set between dashes ends before the dash (the piece after it is read by GUIDE decision 79)
        ("Phones are replaced every two years—the X2, anyone?—and a good kettle lasts a decade.", 2),
        ("Just in time for the vote — do you know who your councillor is? — we look back at the first council.", 2),
        ("He asked “Why?”—and left the room.", 1),
        ("Wow!—she said it twice.", 1),
        ("The figures were revised (see below.) Next, the panel discussed trade.", 2),
        # datelines
        ("MOSCOW, May 8. /TASS/. Russia and China signed a statement. It was published.", 2),
        ("Baku. 22 February. INTERFAX-AZERBAIJAN - The minister said exports rose.", 1),
        ("BRUSSELS, Oct. 4 (AP) — EU states backed the tariffs.", 1),
        # lists and ordinal dates
        ("The plan has three steps: 1. consultation, 2. drafting, 3. adoption.", 1),
        ("The agenda: 1. Trade. 2. Energy. 3. Security.", 3),
        ("Das Treffen findet am 3. Oktober statt.", 1),
        # a list run on one line: cut before each marker that follows in order
        ("1) Trade 2) Energy 3) Security", 3),
        ("• 9. Trade • 10. Energy", 2),
        ("a. Trade b. Energy c. Security", 3),
        ("The steps: a. consultation, b. drafting.", 1),
        ("1) The first item 3) The third item", 1),
        ("The clauses in 1) and 2) were dropped.", 1),
        ("The deadline is Feb. 28. No extension is planned.", 2),
        # Russian abbreviations
        ("Встреча состоялась 5 марта 2024 г. в Москве.", 1),
        ("Договор подписан в 2021 г. Он вступил в силу через год.", 2),
        ("Экспорт зерна, т.е. пшеницы и ячменя, вырос.", 1),
        ("Речь шла о нефти, газе, угле и т.д. Соглашение не подписано.", 2),
    ],
)
def test_boundary_rules(text, expected):
    assert len(sents(text)) == expected, sents(text)


def test_offsets_paragraphs_and_numbers():
    text = "First one. Second one.\n\nThird one."
    out = split_sentences(text)
    assert [text[s.start : s.end] for s in out] == ["First one.", "Second one.", "Third one."]
    assert [(s.paragraph, s.number) for s in out] == [(1, 1), (1, 2), (2, 3)]


def test_word_before_matches_the_whole_window_search():
    import random

    from declcli.sentences import WORD_BEFORE, word_before

    rng = random.Random(5)
    texts = ["", "x", "Mr", "a" * 40, "U.S." * 10, "x" * 30 + " ", "x" * 30 + "\n", "x" * 30 + ".\n", "." * 30 + "ab"]
    texts += ["".join(rng.choice("ab .-’'\n1_,") for _ in range(rng.randrange(60))) for _ in range(3000)]
    for text in texts:
        expected, got = WORD_BEFORE.search(text), word_before(text)
        assert (got and (got.span(), got.group(1))) == (expected and (expected.span(), expected.group(1))), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question inside a quotation that goes on past it is no sentence's end: the quotation is one sentence
        (
            "“Why now? That is what we asked,” she said. Then she left.",
            ["“Why now? That is what we asked,” she said.", "Then she left."],
        ),
        ('"Who pays? Nobody knows," he said.', ['"Who pays? Nobody knows," he said.']),
        ("He told his son, «Hungry? Dinner is late.»", ["He told his son, «Hungry? Dinner is late.»"]),
        # a question that closes its quotation, a question outside any quote, and a quote that never closes still end
        ("“Why now?” She left.", ["“Why now?”", "She left."]),
        ("Why now? Nobody knows.", ["Why now?", "Nobody knows."]),
        ("He wrote: “It ended. Why? Nobody knows.", ["He wrote: “It ended.", "Why?", "Nobody knows."]),
        # the quotation the question closes before another opens: "Who?" stands apart
        ('"Fine," he said. Who? "Me."', ['"Fine," he said.', "Who?", '"Me."']),
    ],
)
def test_a_question_inside_a_quotation_that_goes_on_ends_no_sentence(text, expected):
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected

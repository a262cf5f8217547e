"""Display copies that the ten-word run and the five-word pieces of `_display_copies` let through: a sentence of the body
set apart again in shortened words (GUIDE decision 859), an embedded post that repeats a quote given above it with its
credit line after it (decisions 13 and 33), and a pull quote shorter than ten words that repeats words of a quotation
given elsewhere in the story (decision 13). The copy is no claim; the body's sentence and the quotation it repeats stay
claims, and so do a short line said again in its own right and a paragraph that only shares a stock phrase."""

from declcli.claims import extract_claims
from declcli.claims.chrome import page_furniture
from declcli.sentences import split_sentences


def _opening(text, opening):
    """How many of the text's claims open with `opening`."""
    return sum(c.text.startswith(opening) for c in extract_claims(text, split_sentences(text), published="2024-03-05"))


_SHORTENED = (
    "Hikers have carried seeds of foreign weeds onto the island for decades, the park's rangers said on Monday.\n\n"
    "The rangers want every visitor to brush their shoes at the ferry pier before walking the coastal path.\n\n"
    "One team of botanists found seeds of 14 foreign weeds on just 9 pairs of walking boots.\n\n"
    "The island's orchids grow nowhere else, and a single weed can crowd out a whole slope of them in a season.\n\n"
    "The park closed two paths last year after thistles spread along them from the old quarry.\n\n"
    "One team of botanists checked 60 visitors' shoes and found seeds of 14 foreign weeds on just 9 pairs of them."
)


def test_a_sentence_repeated_in_shortened_words_is_a_display_copy():
    # at 449370ec the copy shares a ten-word run with the body's sentence, but its five-word pieces cover only 12 of its
    # 16 words, and it stays a claim
    assert _opening(_SHORTENED, "One team of botanists found seeds") == 0
    assert _opening(_SHORTENED, "One team of botanists checked") == 1


def test_a_restatement_that_changes_several_words_stays_a_claim():
    text = _SHORTENED.replace(
        "One team of botanists found seeds of 14 foreign weeds on just 9 pairs of walking boots.",
        "Last year a survey by the rangers found seeds of 14 foreign weeds on just 9 pairs of gloves.",
    )
    assert _opening(text, "Last year a survey by the rangers") == 1


_POST = (
    "The bakery's night shift has a ritual of its own, and its owner made it public last spring.\n\n"
    "In April, Nadia Orlov posted a picture of the ovens, adding: “Truth: our oven timer plays a song only the night "
    "crew knows. It is me, humming badly.”\n\n"
    "Truth: our oven timer plays a song only the night crew knows. It is me, humming badly. — Nadia Orlov (@nadiabakes) "
    "April 3, 2021\n\n"
    "Customers soon asked to hear the song, and the bakery now plays it at closing time on Fridays."
)


def test_an_embedded_post_repeating_a_quote_is_a_copy_without_its_credit_line():
    # at 449370ec the post's credit line (its author's name, handle and date) counts as words the quote lacks, and the
    # post stays two claims
    assert _opening(_POST, "Truth: our oven timer") == 0
    assert _opening(_POST, "In April, Nadia Orlov posted") == 1


_PULL_QUOTE = (
    "The council voted on Tuesday to close the old swimming baths at the end of the summer.\n\n"
    "“The building is older than any of us, and we simply cannot keep patching the roof every winter,” said councillor "
    "Ruth Ambler, who chairs the leisure committee.\n\n"
    "{copy}\n\n"
    "A new pool is planned on the site of the bus depot, but no date has been set for the work.\n\n"
    "Swimmers from the town's club said they would ask the council to keep the baths open until the new pool is ready."
)


def test_a_short_pull_quote_of_a_quotation_is_a_display_copy():
    # at 449370ec a copy of fewer than ten words shares no ten-word run with the quotation and stays a claim
    text = _PULL_QUOTE.format(copy="“We simply cannot keep patching the roof every winter.”")
    assert _opening(text, "“We simply cannot keep patching") == 0
    assert _opening(text, "“The building is older") == 1
    text = _PULL_QUOTE.format(copy="“We simply cannot keep patching the roof.”")
    assert _opening(text, "“We simply cannot keep patching") == 0


def test_short_lines_and_words_outside_a_quotation_stay_claims():
    # a line of fewer than five words is said again in its own right
    text = _PULL_QUOTE.format(copy="We cannot keep patching.")
    assert _opening(text, "We cannot keep patching") == 1
    # the same words in the writer's own sentence, outside any quotation, make no pull quote
    text = _PULL_QUOTE.replace("“The building", "The building").replace("every winter,” said", "every winter, said")
    text = text.format(copy="We simply cannot keep patching the roof.")
    assert _opening(text, "We simply cannot keep patching") == 1
    # nor do words the line adds to the quotation's
    text = _PULL_QUOTE.format(copy="The town simply cannot keep patching the roof.")
    assert _opening(text, "The town simply cannot keep patching") == 1


def test_a_piece_of_a_quotation_cited_under_a_colon_stays_a_claim():
    # the writer sets the quotation's words apart to comment on them, under a lead-in that ends in a colon
    text = _PULL_QUOTE.format(copy="Read the councillor's words again:\n\n“We simply cannot keep patching the roof.”")
    assert _opening(text, "“We simply cannot keep patching") == 1


def test_a_line_of_a_reprinted_statement_stays_a_claim():
    # the statement quoted in the story is printed again in full far below it (GUIDE decision 449's second copy of a
    # block): its short last line repeats the quotation, and so does the line above it
    text = (
        "The harbour board said on Friday that the ferry would not run until the new pier is finished.\n\n"
        "“We know this will be hard news for the islanders who rely on the crossing every day. The board will meet the "
        "island council next week to talk about a shuttle boat. We will say more when we can,” the board's chair, Ines "
        "Moreau, said in a statement.\n\n"
        "The island's shops said they would stock more food before the winter.\n\n"
        "The school will move its lessons online on the days when the wind is too strong for the small boats.\n\n"
        "Fishermen have offered to carry post and medicine across the strait until the pier is ready.\n\n"
        "The pier was damaged in a storm in March and has been closed to cars since then.\n\n"
        "Builders expect to finish the work in the spring if the weather allows.\n\n"
        "Statement from the chair of the harbour board\n\n"
        "We know this will be hard news for the islanders who rely on the crossing every day.\n\n"
        "The board will meet the island council next week to talk about a shuttle boat.\n\n"
        "We will say more when we can."
    )
    assert _opening(text, "We will say more") == 2  # (the quotation's sentence and the statement's line)


def test_a_writer_s_sentence_whose_words_a_quotation_holds_stays_a_claim():
    # running text is never a pull quote (GUIDE decision 449), whoever says its words later
    text = (
        "A jury in Phoenix convicted a former county treasurer on Thursday of stealing $2 million from a fund for "
        "retired teachers.\n\n"
        "The jury found him guilty on all counts.\n\n"
        "He faces up to 20 years in prison at his sentencing in May.\n\n"
        '"The jury found him guilty on all counts, and we respect that verdict, but we will appeal," his lawyer, Mark '
        "Ellis, said outside the courthouse."
    )
    assert _opening(text, "The jury found him guilty on all counts.") == 1
    text = (
        "Ford will stop making pickup trucks at its plant in Louisville, the company said on Wednesday.\n\n"
        "The plant will close in March next year.\n\n"
        "Ford said it would offer the workers jobs at its other plants in Kentucky and Ohio.\n\n"
        "“The plant will close in March next year, and 400 people will lose their jobs,” said Tom Baines, a steward "
        "with the United Auto Workers."
    )
    assert _opening(text, "The plant will close in March next year.") == 1
    text = (
        "The House passed a bill on Thursday that would require a photo ID to vote in federal elections.\n\n"
        "The president will veto the bill if it passes.\n\n"
        "The Senate is not expected to take it up before the summer recess.\n\n"
        '"The president will veto the bill if it passes in anything like its current form," White House spokeswoman '
        "Karine Ortiz said in a statement."
    )
    assert _opening(text, "The president will veto the bill if it passes.") == 1
    text = (
        "Apple will hold its annual product event on Sept. 10, the company said on Tuesday.\n\n"
        "Apple will release the new iPhone in September.\n\n"
        "It is expected to cost about $1,000.\n\n"
        "“Apple will release the new iPhone in September, as it always does, and it will sell well,” said Ming Chen, an "
        "analyst at TF Securities."
    )
    assert _opening(text, "Apple will release the new iPhone in September.") == 1


_PIER = (
    "The storm destroyed most of the harbour's wooden pier on Saturday night, the mayor's office said.\n\n"
    "{quote}The storm took everything from this town, but we will rebuild every plank of the pier,{close} Mayor Helen "
    "Cho told reporters on Sunday.\n\n"
    "{quote}We will rebuild every plank of the pier.{close}\n\n"
    "Repairs could cost as much as $3 million, according to a council estimate."
)


def test_a_short_pull_quote_in_any_double_quotation_marks_is_a_display_copy():
    for quote, close in (("“", "”"), ('"', '"'), ("«", "»"), ("„", "“")):
        text = _PIER.format(quote=quote, close=close)
        assert _opening(text, quote + "We will rebuild every plank") == 0, quote
        assert _opening(text, quote + "The storm took everything") == 1, quote


def test_a_quote_going_on_with_its_speaker_stays_a_claim_when_another_speaker_repeats_it():
    text = (
        "Parents at Lincoln Elementary School protested on Monday after the district delayed repairs to the building's "
        "roof for a third year.\n\n"
        "“We knew the roof was leaking for years,” said the principal, Dana Ortiz. “Nobody listened to us.”\n\n"
        "“Now the children will pay for it.”\n\n"
        "The district said the repairs had been pushed back because of a shortfall in state funding.\n\n"
        "Sam Lee, whose two sons attend the school, was blunter. “Now the children will pay for it, and that is the real "
        "scandal,” he said."
    )
    assert _opening(text, "“Now the children will pay for it.”") == 1


def test_a_restatement_the_account_goes_on_from_stays_a_claim():
    # no break of the account (GUIDE decision 859): the next paragraph goes on from the restated lead
    text = (
        "Union leaders said on Friday that 4,000 nurses at the city's three public hospitals would walk out for 48 hours "
        "next week unless the state raised their pay.\n\n"
        "Talks with the health department broke down on Thursday after eleven hours, according to people on both "
        "sides.\n\n"
        "“We have been patient for two years,” said Carla Mendes, who heads the nurses' union.\n\n"
        "Union leaders said 4,000 nurses at the city's three public hospitals would strike for 48 hours next week.\n\n"
        "It would be the first walkout by the state's nurses since 1998, and the hospitals said they would postpone "
        "planned surgery."
    )
    assert _opening(text, "Union leaders said 4,000 nurses") == 1


def test_a_parallel_sentence_that_changes_a_count_stays_a_claim():
    text = (
        "Federal prosecutors in Brooklyn unsealed an indictment on Monday against two former executives of a "
        "cryptocurrency lender.\n\n"
        "Daniel Smith, the chief executive, was charged with two counts of wire fraud and one count of conspiracy to "
        "commit money laundering, prosecutors said.\n\n"
        "His deputy, Laura Jones, faces lesser charges.\n\n"
        "She was charged with one count of wire fraud and one count of conspiracy to commit money laundering.\n\n"
        "Prosecutors asked the judge to set a trial date in the autumn."
    )
    assert _opening(text, "She was charged with one count") == 1


def test_a_caption_repeats_its_sentence_in_pieces_of_five_words_as_before_shortened_copies():
    # a line with no sentence's ending between two sentences is a caption only if its words lie in five-word pieces of
    # the sentence it repeats (`_repeating_captions`): shortened words make none, and the account goes on from it
    text = (
        "The harbour board said on Friday that the ferry would not run until the new pier is finished in the spring.\n\n"
        "Divers from the harbour board inspected the damaged pier on Friday and found deep cracks in eleven of its oldest "
        "concrete piles, the board said.\n\n"
        "Divers from the harbour board inspected the damaged pier on Friday and found cracks in eleven oldest concrete "
        "piles\n\n"
        "They will go down again next week to measure how deep the cracks run."
    )
    # (the line makes no claim either way, a line with no sentence's ending: it must not be read as the page's copy)
    assert text.index(
        "Divers from the harbour board inspected the damaged pier on Friday and found cracks"
    ) not in page_furniture(text)

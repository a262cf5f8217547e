"""Mends of session 32's rules for dropped units (review rev32c): a bulleted line with a number is a row of figures only
among rows like it (a menu's counter, a table of contents' entry, a widget or a "Most read" headline is furniture); a
pagination or share bar and a scoreboard set after the body are no table of figures (GUIDE decision 533(b)); a
reference list's entry is told by the whole line; a paywall's perks stay a box whatever line closes them; a letter's
sign-off goes on in no next line; a pull quote with words inserted at two places is still a display copy."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return {c.text: c for c in extract_claims(text, split_sentences(text), published=published)}


_OPEN = "The harbour board approved the new ferry timetable on Monday.\n\n"
_CLOSE = "\n\nThe first ferry will leave at 6 a.m., the board said."


def _between(*lines):
    """Claims of lines set between two of the story's paragraphs, the story's own claims left out."""
    claims = claims_of(_OPEN + "\n\n".join(lines) + _CLOSE)
    return [t for t in claims if not t.startswith(("The harbour board approved", "The first ferry will leave"))]


# Finding 1: bulleted and numbered lines with a number, alone or among lines that give no figures


def test_a_comment_counter_with_a_bullet_is_no_row():
    assert _between("- 12 comments") == []


def test_a_table_of_contents_entry_with_a_number_is_no_row():
    assert _between("Contents", "1. Background", "2. The 3 new routes", "3. What riders say") == []


def test_media_widgets_with_counts_are_no_rows():
    assert _between("- Photos (12)", "- Video 2:34", "- Listen 5 min") == []
    assert _between("- 12 comments", "- 40 photos") == []  # a widget's count is no figure, however many lines


def test_headlines_of_a_most_read_list_in_sentence_case_are_no_rows():
    found = _between(
        "Most read",
        "1. Mayor quits after twelve years in office",
        "2. Five arrested after brawl at Kelport pier",
        "3. Ferry timetable: 7 changes you need to know",
    )
    assert not any(t.startswith("3. Ferry timetable") for t in found), found


def test_bulleted_rows_of_figures_among_rows_like_them_stay_claims():
    # guard (decisions 112, 309): rows that give counts, each beside another, also on the lines of one paragraph, and
    # with amounts written "4m"
    found = _between(
        "Crossings by year", "- 2021: 412 crossings carrying 18,300 cars\n- 2022: 398 crossings carrying 17,950 cars"
    )
    assert any("412 crossings" in t for t in found) and any("398 crossings" in t for t in found), found
    found = _between("Passengers by port", "- Port Elm: 4m passengers", "- Kestrel Bay: 2m passengers")
    assert "Port Elm: 4m passengers" in found and "Kestrel Bay: 2m passengers" in found, found


# Finding 2: a pagination or share bar, and a scoreboard set after the body


def test_pagination_and_share_bars_are_no_table_rows():
    assert _between("Page 1 | 2 | 3 | Next") == []
    assert _between("Share | Facebook | 12 | Twitter | 4") == []


_SCORES = (
    "Kestrel - WP: D. Lee | 4 | FINAL\n\n"
    "Port Elm - LP: M. Quist | 2\n\n"
    "Harbour City | 0 | Postponed\n\n"
    "Bayside | 0\n\n"
    "Northgate - WP: O. Brandt | 7 | FINAL\n\n"
    "Southport - LP: S. Roe | 5"
)


def test_a_scoreboard_set_after_the_body_is_furniture():
    # GUIDE decision 533(b): a scoreboard widget after the body's end is page furniture, its rows no box-score rows
    text = (
        "Kestrel beat Port Elm 4-2 on Sunday to stay top of the league.\n\nThe teams meet again in June.\n\nADVERTISEMENT\n\n"
        + _SCORES
    )
    claims = claims_of(text)
    assert not any("|" in t for t in claims), list(claims)
    assert any(t.startswith("Kestrel beat Port Elm") for t in claims), list(claims)


def test_a_table_of_figures_inside_the_body_or_after_a_lead_in_stays_claims():
    # guard (decisions 112, 309, 634): the same rows set inside the body, the story going on below them, or announced
    # by a lead-in, are the story's rows
    inside = "Kestrel beat Port Elm 4-2 on Sunday.\n\nSunday's scores\n\n" + _SCORES + "\n\nThe teams meet again in June."
    announced = "Kestrel beat Port Elm 4-2 on Sunday.\n\nThe league gave these scores:\n\n" + _SCORES
    for text in (inside, announced):
        claims = claims_of(text)
        assert any(t.startswith("Kestrel - WP: D. Lee | 4") for t in claims), list(claims)
        assert any(t.startswith("Northgate - WP: O. Brandt | 7") for t in claims), list(claims)


def test_a_table_with_a_header_row_closing_the_text_stays_claims():
    # guard: a table the story sets out under its column names is the story's, also where nothing follows it
    text = (
        "The rowing federation published its list of the best-paid rowers on Tuesday.\n\n"
        "Best-Paid Rowers\n\n"
        "Name | Club | Total | Rank\n\n"
        "---|---|---|---\n\n"
        "1. Dana Lee | Kestrel | $4,100,000 | 1\n\n"
        "2. Mara Quist | Port Elm | $3,250,000 | 4\n\n"
        "3. Olle Brandt | Harbour RC | $2,900,000 | NR"
    )
    claims = claims_of(text)
    assert any(t.startswith("2. Mara Quist | Port Elm") for t in claims), list(claims)


# Finding 3: a reference list's entry whose title is a clause


def test_a_reference_entry_whose_title_is_a_clause_stays_chrome():
    found = _between(
        "References",
        "[1] Lee D. Nurses ignore most alarms. Kelport Med J 2019; 4: 12-19.",
        "[2] Roe S. Alarm fatigue rises with shift length. Harbour Nursing Review 2021.",
        "[3] Quist M, Brandt O. Night shifts and patient safety. Port Elm: Harbour Press; 2018.",
    )
    assert found == [], found


def test_a_writers_note_naming_people_stays_a_claim():
    # guard: a note of the writer's own after its mark is a claim, also where it names someone
    found = _between("[1] Dana Lee later said the timetable would change again in the autumn.")
    assert any(t.startswith("[1] Dana Lee later said") for t in found), found


# Finding 4: a paywall's or card offer's perks closed by a credit line


def test_a_card_offers_perks_closed_by_a_source_line_stay_furniture():
    found = _between(
        "Sign-up Successful!",
        "- Earn 5% cash back on groceries",
        "- 0% interest for 12 months on purchases",
        "Source: Kestrel Bank",
    )
    assert found == [], found


# Finding 5: a letter's salutation and sign-off


def test_a_letters_sign_off_goes_on_in_no_next_line():
    text = (
        "The residents sent the council this letter on Friday.\n\n"
        "Dear Mayor Lee,\n\n"
        "We write to ask that the harbour wall be repaired before winter.\n\n"
        "Yours sincerely,\n\n"
        "Dana Roe\n\n"
        "The council has not replied."
    )
    claims = claims_of(text)
    assert not any(t.startswith(("Yours sincerely", "Dear Mayor Lee", "Dana Roe")) for t in claims), list(claims)
    assert "We write to ask that the harbour wall be repaired before winter." in claims, list(claims)


# Finding 7: a pull quote with words inserted at two places


def test_a_pull_quote_with_words_inserted_at_two_places_is_a_display_copy():
    # decision 13: an editor's insertions ("[whole]", "[often]") change none of the passage's words; the copy is chrome
    text = (
        "The harbour board met on Monday to settle the plan for the old wall.\n\n"
        '"We will rebuild the wall by the end of next year, whatever it costs the town, because the harbour is our future '
        'and the wall keeps it safe from the winter storms that close the quay for weeks," Lee told the board on Monday.\n\n'
        '"We will rebuild the wall by the end of next year, whatever it costs the [whole] town, because the harbour is our '
        'future and the wall keeps it safe from the winter storms that [often] close the quay for weeks."\n\n'
        "The council will vote on the plan in May."
    )
    claims = claims_of(text)
    assert not any("[" in t for t in claims), list(claims)
    assert any(t.startswith('"We will rebuild the wall') and "Lee told" in t for t in claims), list(claims)


# Review rev33m (mend33m): a table naming networks, the story's own closing results, a fact box's lone figure row


def test_a_tables_rows_naming_networks_with_shares_stay_claims():
    # decisions 112, 309, 634: a row that names a party and gives figures; a share bar is told by its first cell or by
    # cells that are mostly a bar's words and bare counts
    found = _between("Weekly use among teenagers:", "Instagram | 44% | 51%", "LinkedIn | 3% | 5%", "Pinterest | 9% | 7%")
    assert "LinkedIn | 3% | 5%" in found and "Pinterest | 9% | 7%" in found, found
    assert _between("Facebook | 12 | Twitter | 4 | Email") == []


def test_the_storys_own_results_table_closing_the_text_stays_claims():
    # decisions 112, 309, 634: rows naming the story's own candidates under its title line; 533(b) is a page's box
    body = "Mara Fenwick won the Kelport council seat on Tuesday by about 900 votes.\n\nFenwick will be sworn in next month.\n\n"
    rows = (
        "Mara Fenwick | Green Coast | 6,120 | 48.9%\n\n"
        "Olle Brandt | Harbour Party | 5,230 | 41.8%\n\n"
        "Tess Vane | Independent | 1,160 | 9.3%"
    )
    for text in (body + "Final results\n\n" + rows, body + rows):
        claims = claims_of(text)
        assert any(t.startswith("Olle Brandt | Harbour Party") for t in claims), list(claims)


def test_a_lone_figure_row_among_a_fact_boxs_label_rows_stays_a_claim():
    # decision 634 under a title, 309's label row with one value: its neighbours are rows of the same list
    found = _between(
        "Key facts", "- Sample: voters in Kelport and Bayside", "- Margin of error: 4 points", "- Method: phone and online"
    )
    assert any(t.startswith("Margin of error: 4 points") for t in found), found


def test_a_writers_note_opening_with_an_article_and_a_short_name_stays_a_claim():
    # claims.json note_mark_doc: a note of the writer's own with a subject and a finite verb; "The" is no surname
    found = _between("[1] The EU Court of Auditors flagged the ferry grant in 2020.")
    assert any(t.startswith("[1] The EU Court of Auditors") for t in found), found

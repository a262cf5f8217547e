"""Real units the chrome readers dropped (session 32, dropped units): rows of a list or table that give figures, read
as headings for want of a verb and a stop (GUIDE decisions 112, 309, 634); a fact box the story credits with a
source line after it, taken for page furniture (decision 641); and a writer's note opened by a note's mark ("[2]"),
taken for a reference list's entry."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return {c.text: c for c in extract_claims(text, split_sentences(text), published=published)}


_TABLE = (
    "The rowing federation published its yearly list of the best-paid rowers on Tuesday.\n\n"
    "The figures add prize money to sponsorship deals.\n\n"
    "Best-Paid Rowers\n\n"
    "Name | Club | Total | Prizes | Sponsors | 2023 Rank\n\n"
    "---|---|---|---|---|---\n\n"
    "1. Dana Lee Jr. | Kestrel | $4,100,000 | $1,100,000 | $3,000,000 | 1\n\n"
    "2. Mara Quist | Port Elm | $3,250,000 | $250,000 | $3,000,000 | 4\n\n"
    "3. Olle Brandt | Harbour RC | $2,900,000 | $900,000 | $2,000,000 | NR\n\n"
    "The federation said the totals rose for the fourth year in a row."
)


def test_table_rows_that_give_figures_are_claims():
    # GUIDE decisions 112, 309, 634: a row naming a party with figures is a claim, kind fact, however short
    claims = claims_of(_TABLE)
    for row in ("2. Mara Quist | Port Elm | $3,250,000 | $250,000 | $3,000,000 | 4", "3. Olle Brandt | Harbour RC"):
        found = [c for t, c in claims.items() if t.startswith(row)]
        assert found, list(claims)
        assert found[0].kind == "fact" and found[0].modality == "none"


def test_a_table_row_cut_after_a_name_is_carried_by_its_first_piece():
    # decisions 48, 214: the segmenter cuts "1. Dana Lee Jr." from its cells; the piece naming the party carries the row,
    # the cells after it ("| Kestrel | $4,100,000 | …") are no claim of their own
    claims = claims_of(_TABLE)
    assert "1. Dana Lee Jr." in claims, list(claims)
    assert not any(t.startswith("| Kestrel") for t in claims), list(claims)


def test_a_tables_header_row_and_rule_line_stay_chrome():
    # guard: column names hold no figure cell ("2023 Rank" is a heading); the rule line holds no word
    claims = claims_of(_TABLE)
    assert not any(t.startswith(("Name | Club", "---|", "Best-Paid")) for t in claims), list(claims)


_ROWS = (
    "The harbour office counted fewer ferry crossings this year.\n\n"
    "Officials blamed the storms of the spring for most of the drop.\n\n"
    "Ferry crossings at Port Elm\n\n"
    "- 2021: 412 crossings carrying 18,300 cars\n\n"
    "- 2022: 398 crossings, carrying 17,950 cars\n\n"
    "- 2023 (up to 30 June): 171 crossings carrying 7,020 cars\n\n"
    "The office expects the numbers to recover next year."
)


def test_bulleted_rows_that_give_counts_are_claims():
    # decisions 112, 309: a bulleted row with a year and counts is a claim, no heading for want of a verb
    claims = claims_of(_ROWS)
    for row in ("2021: 412 crossings carrying 18,300 cars", "2022: 398 crossings, carrying 17,950 cars"):
        assert any(row in t for t in claims), list(claims)
    assert any("171 crossings" in t for t in claims), list(claims)


def test_bulleted_headlines_and_stamps_with_dates_stay_chrome():
    # guard: a related story's headline in title case with its date, and a comment's stamp, give no figures of a row
    text = (
        "The harbour office counted fewer ferry crossings this year.\n\n"
        "Officials blamed the storms of the spring for most of the drop.\n\n"
        "Related coverage\n\n"
        "- Port Elm Ferry Wins Harbour Safety Award (July 11, 2023)\n\n"
        "- Storms Close Kestrel Bay Quay For Two Weeks (May 2, 2023)\n\n"
        "- Dana Lee , Kestrel Bay, 07/6/2023 06:58"
    )
    claims = claims_of(text)
    assert not any(t.startswith(("Port Elm Ferry", "Storms Close", "Dana Lee")) for t in claims), list(claims)


_BOX = (
    "Astronomers watched the comet swing past the sun on Sunday.\n\n"
    "Its tail stretched further than any seen in a decade.\n\n"
    "Comets\n\n"
    "- Comets are loose balls of ice and dust left over from the birth of the solar system\n\n"
    "- A bright comet can grow a tail longer than the distance from Earth to the sun\n\n"
    "- Most comets are thought to come from a cloud far beyond the last planet\n\n"
    "{close}\n\n"
    "The next bright comet is due in four years."
)


def test_a_fact_box_closed_by_a_source_line_is_the_storys():
    # decision 641: a box set off by a heading and closed by a line crediting it ("Source: …") is the story's box, its
    # lines claims, no page furniture boxed by chrome on both sides
    claims = claims_of(_BOX.format(close="Source: Kestrel Space Desk"))
    assert any(t.startswith("Comets are loose balls of ice") for t in claims), list(claims)
    assert any(t.startswith("A bright comet can grow a tail") for t in claims), list(claims)
    assert not any(t.startswith(("Source:", "Comets\n")) or t == "Comets" for t in claims), list(claims)


def test_a_box_closed_by_a_sign_up_call_stays_furniture():
    # guard: the same run of lines closed by a newsletter's call is a box of page furniture
    claims = claims_of(_BOX.format(close="Sign up for our newsletter"))
    assert not any(t.startswith("Comets are loose balls of ice") for t in claims), list(claims)


_NOTES = (
    "The minister called the vote a landslide [1]. She thanked the voters of the coast [2].\n\n"
    "[1] That word hardly fits a margin of two seats.\n\n"
    "[2] The coast voted against her party in every district.\n\n"
    "[3] Harbour fatigue: effects on crews, Lee D, Brandt O. J Port Stud."
)


def test_a_writers_note_after_its_mark_is_a_claim():
    # the writer's notes on a statement are the writer's sentences, marks or none (the claim section)
    claims = claims_of(_NOTES)
    assert any(t.startswith("[1] That word hardly fits") for t in claims), list(claims)
    assert any(t.startswith("[2] The coast voted against") for t in claims), list(claims)


def test_a_reference_lists_entry_after_its_mark_stays_chrome():
    # guard: a cited paper's entry is no claim
    claims = claims_of(_NOTES)
    assert not any(t.startswith("[3]") for t in claims), list(claims)

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
    # the row's claims, exactly: the piece naming the party, and nothing of its cells however they are cut or joined
    assert [t for t in claims if "Dana Lee" in t or "Kestrel" in t or "4,100,000" in t] == ["1. Dana Lee Jr."], list(claims)


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


_LONE_BULLETS = (
    "The archive will keep the old accounts open after the handover.\n\n"
    "The following accounts will stay with the office:\n\n"
    "-\n\n"
    "Twitter (handle and followers, with no posts on the timeline): @HarbourOffice, @PortElmMayor\n\n"
    "-\n\n"
    "Snapchat (username and followers): HarbourOffice\n\n"
    "-\n\n"
    "Flickr (username, with no photos): Flickr.com/HarbourOffice\n\n"
    "The office will open new accounts in the spring."
)


def test_items_set_on_the_line_after_a_lone_bullet_complete_the_lead_in():
    # GUIDE decision 56: the items that complete "The following accounts will stay with the office:" are claims however
    # short, also where each bullet stands on a line of its own above its item
    claims = claims_of(_LONE_BULLETS)
    assert "Snapchat (username and followers): HarbourOffice" in claims, list(claims)
    assert "Flickr (username, with no photos): Flickr.com/HarbourOffice" in claims, list(claims)
    assert "-" not in claims


_PARALLEL = (
    "Nobody becomes a painter by wanting the title.\n\n"
    "If you want to be a painter, paint. That is all that it takes, but it takes that for years, so if you do not want "
    "to paint, perhaps rethink your wish to be a painter.\n\n"
    "If you want to be a sailor, sail. That is all that it takes, but it takes that for years, so if you do not want "
    "to sail, perhaps rethink your wish to be a sailor.\n\n"
    "If you want to be a gardener, dig the garden. That is all that it takes, but it takes that for years, so if you do "
    "not want to dig the garden, perhaps rethink your wish to be a gardener."
)


def test_a_parallel_passage_that_changes_words_at_each_turn_is_no_display_copy():
    # the writer's own parallel paragraphs differ from each other at several places inside: no pull quote or teaser
    # repeating a passage word for word (GUIDE decision 13), their sentences are claims
    claims = claims_of(_PARALLEL)
    assert "If you want to be a painter, paint." in claims, list(claims)
    assert "If you want to be a sailor, sail." in claims, list(claims)


def test_a_display_copy_that_repeats_its_passage_word_for_word_stays_chrome():
    # guard: a short paragraph that repeats most of a longer one nearby word for word is a display copy (decision 13)
    text = (
        "The harbour board met on Monday. Nobody becomes a harbour master by wanting the title alone, the chair of the "
        "board told the crews before the vote on the new quay.\n\n"
        "Nobody becomes a harbour master by wanting the title alone, the chair of the board told the crews.\n\n"
        "The vote passed by nine to two."
    )
    claims = claims_of(text)
    # the copy gives no claim: the passage's words are claimed once, from the longer paragraph
    assert [t for t in claims if "by wanting the title alone" in t] == [
        "Nobody becomes a harbour master by wanting the title alone, the chair of the board told the crews before the vote "
        "on the new quay."
    ], list(claims)


def test_the_last_paragraph_above_a_comments_label_is_no_pitch():
    # a line that only names the comments below ("Comments") calls nobody to comment: the explainer's last paragraph
    # above it, speaking to the reader, is the story's, no sign-up box's pitch (GUIDE decisions 11, 80)
    text = (
        "The letter å sits two keys right of the L on a Danish keyboard.\n\n"
        "If you are using a keyboard bought in Britain, å is a special character, but you can type it with a shortcut. "
        "For example, if you hold the a key on a laptop, you will get a menu of accented letters.\n\n"
        "Comments"
    )
    claims = claims_of(text)
    assert any(t.startswith("For example, if you hold the a key") for t in claims), list(claims)


def test_a_commenting_pitch_above_a_comments_label_stays_chrome():
    # guard: the paragraph above "Comments" that speaks of commenting itself is the comment box's pitch (decisions 11, 80)
    text = (
        "The letter å sits two keys right of the L on a Danish keyboard.\n\n"
        "For the best commenting experience, please sign in as a reader and agree to our house rules. You will be sent "
        "back to this page where you will see comments updating as they come in.\n\n"
        "Comments"
    )
    claims = claims_of(text)
    assert not any(t.startswith(("For the best commenting", "You will be sent back")) for t in claims), list(claims)


_CUT_AT_A_COMMA = (
    "Doctors want swimmers to rest between races this summer.\n\n"
    '"Rest is not a cure," says Dr. Dana Lee, head of sports medicine at the Harbour Clinic in Port Elm,\n\n'
    "Ore., and an adviser to the rowing federation, which pays for part of her research.\n\n"
    "She sees more injured swimmers every year."
)


def test_a_quote_closed_before_its_tag_is_no_quoted_subheading():
    # a paragraph that opens with a quote closed before its speaker's tag is a sentence, no quoted subheading ("“Alarming
    # mortality rate”"), also where the page broke it at a comma; the piece with the tag carries it (decisions 48, 66)
    claims = claims_of(_CUT_AT_A_COMMA)
    found = [c for t, c in claims.items() if t.startswith('"Rest is not a cure,"')]
    assert found, list(claims)
    assert found[0].attribution is not None and "Lee" in found[0].attribution.source
    assert not any(t.startswith("Ore.") for t in claims), list(claims)


def test_a_line_ending_on_a_comma_goes_on_in_the_next():
    # a comma ends no sentence: the line after it holds the main verb and carries the sentence (decisions 48, 66)
    text = (
        "Globex changed its fares in the spring.\n\n"
        "3. Cheaper tickets\n\n"
        "By cutting its fares for students,\n\n"
        "Globex is winning back riders\n\n"
        "The company expects more riders in the autumn."
    )
    claims = claims_of(text)
    assert any(t.startswith("Globex is winning back riders") for t in claims), list(claims)
    assert not any(t.startswith("By cutting its fares") for t in claims), list(claims)


def test_a_quoted_subheading_stays_chrome():
    # guard: a line wholly in quotation marks without a stop is a quoted subheading
    text = (
        "The ferry company cut its winter timetable on Monday.\n\n"
        "“A lifeline for the islands”\n\n"
        "Islanders said they depend on the morning boat to reach work on the mainland."
    )
    assert not any("lifeline" in t for t in claims_of(text))


def test_items_numbered_in_brackets_complete_a_lead_in():
    # GUIDE decisions 56, 387: numbered items that complete a lead-in's colon are claims however short, numbered "(1)" too
    text = (
        "The harbour quiz returns on Friday night.\n\n"
        "Rules of the quiz:\n\n"
        "(1) Name a ferry\n\n"
        "(2) Find its home port\n\n"
        "(3) If the port is on the coast, score a point\n\n"
        "The winner takes home a model boat."
    )
    claims = claims_of(text)
    assert "(1) Name a ferry" in claims and "(2) Find its home port" in claims, list(claims)


def test_items_numbered_in_brackets_under_no_lead_in_stay_headings():
    # guard: numbered labels that complete no lead-in are subheadings (decision 408)
    text = (
        "The harbour quiz returns on Friday night.\n\n"
        "(1) Ferries\n\n"
        "The first round asks about the ferries of the coast and their home ports.\n\n"
        "(2) Ports\n\n"
        "The second round asks about the ports themselves."
    )
    claims = claims_of(text)
    assert "(1) Ferries" not in claims and "(2) Ports" not in claims, list(claims)

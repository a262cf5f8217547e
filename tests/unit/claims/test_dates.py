"""Date expressions resolved against the publication date."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates, list_year, reference_day, with_list_year

REF = dt.date(2024, 3, 5)  # a Tuesday


def values(text, ref=REF, tense="past"):
    return [d.value for d in find_dates(text, ref, tense)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("signed on February 22", ["2024-02-22"]),
        ("on 22 February 2022", ["2022-02-22"]),
        ("dated 22.02.2022", ["2022-02-22"]),
        ("ratified on 2022-02-22", ["2022-02-22"]),
        ("takes effect Jan. 1, 2025", ["2025-01-01"]),
        ("the last summit on Sept. 12", ["2023-09-12"]),  # day and month, past: the latest on or before the reference
        ("on Monday", ["2024-03-04"]),
        ("late Tuesday", ["2024-03-05"]),
        ("on Tuesday, Sept. 24", ["2023-09-24"]),
        ("yesterday and today", ["2024-03-04", "2024-03-05"]),
        ("last year", ["2023"]),
        ("next year", ["2025"]),
        ("in September 2023", ["2023-09"]),
        ("in November", ["2023-11"]),  # past tense: the November before the reference
        # A fiscal year is a span, not a date (benchmarks/claims_real/GUIDE.md, decision 10).
        ("In 2021, and the 2018 Convention, in fiscal 2023", ["2021", "2018"]),
        ("between 12 September and 7 November 2023", ["2023-09-12", "2023-11-07"]),
        ("5 марта 2024 г.", ["2024-03-05"]),
        # A count forward from the reference date is that year, month or week (GUIDE decision 330) ...
        ("Twenty years from now the harbour will be gone.", ["2044"]),
        ("Two months from now the council votes again.", ["2024-05"]),
        ("In five years' time the mill will close.", ["2029"]),
        # ... one with no number is left out.
        ("Years from now we will laugh about it.", []),
        # An earlier century's year after another year and "and", or after a capitalised "In", is a date ...
        ("Back in 1811 and 1812, the weavers rose up.", ["1811", "1812"]),
        ("In 1790 the bridge was built.", ["1790"]),
        # ... a year inside a handle or hashtag is none.
        ("The probe wrote from @Lander2014 that it was cold.", []),
        ("Fans posted under #Vote2020 all night.", []),
        # Any week's day recurs (decisions 95, 132); the end of the week is the reference's week.
        ("Crews are busiest on the busiest day of the week.", []),
        ("The report is due by the end of the week.", ["2024-W10"]),
    ],
)
def test_values(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, tense, expected",
    [
        # The reference, 2024-03-05, is a Tuesday.
        ("on Saturday", "future", ["2024-03-09"]),  # a coming event: the coming Saturday
        ("on Saturday", "past", ["2024-03-02"]),  # a report: the past one
        ("last Thursday", "past", ["2024-02-29"]),  # the Thursday of the week before
        ("next Monday", "future", ["2024-03-11"]),
        ("in July", "past", ["2023-07"]),
        ("in July", "future", ["2024-07"]),
        ("the next summit on Sept. 12", "future", ["2024-09-12"]),
        ("the next year", "past", [None]),  # counted from another date the text gives (GUIDE decision 72)
        ("last week", "past", ["2024-W09"]),
        ("a year ago", "past", ["2023"]),
        ("in May last year", "past", ["2023-05"]),
        ("le 4 décembre 2019", "past", ["2019-12-04"]),
        ("am 4. Dezember 2019", "past", ["2019-12-04"]),
        ("was released Tuesday", "past", ["2024-03-05"]),  # a wire-style weekday without "on"
        ("October 20: ACCIDENT", "past", ["2023-10-20"]),  # a day before a colon (not a time, 20:30)
        ("was sacked last night", "past", ["2024-03-04"]),
        ("the previous week", "past", [None]),  # counted from another date (decision 72)
        ("by the end of the year", "past", ["2024"]),
        ("the September quarter, the 2022/23 season, 2049E Road", "past", []),
        # The weekend: the ISO week of its Saturday (the reference, 2024-03-05, is a Tuesday).
        ("over the weekend", "past", ["2024-W09"]),
        ("this weekend", "future", ["2024-W10"]),
        ("last weekend", "past", ["2024-W09"]),
        ("next weekend", "future", ["2024-W11"]),
        ("open on weekends", "past", []),
        # A decade: its first three digits (an ISO 8601 decade), the modifier kept in the text.
        ("in the early 2020s and the 1990s", "past", ["202", "199"]),
        ("a woman in her 20s", "past", []),  # an age, not a decade
        # Named days (GUIDE decision 20), in the tense's direction from the reference, 2024-03-05.
        ("voters went to the polls on Election Day", "past", ["2023-11-07"]),
        ("the vote is due before Election Day", "future", ["2024-11-05"]),
        ("the shop will reopen by Christmas", "future", ["2024-12-25"]),
        ("sales rose on Black Friday", "past", ["2023-11-24"]),
        ("the parade on Memorial Day", "future", ["2024-05-27"]),
        ("they met on New Year’s Eve", "past", ["2023-12-31"]),
        ("Christmas shopping fell", "past", []),  # "Christmas" alone only after a preposition of time
    ],
)
def test_values_follow_the_tense(text, tense, expected):
    assert values(text, tense=tense) == expected


def test_tense_of_each_date_in_a_claim():
    """In a claim, each date's direction comes from the verb it belongs to."""
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    text = "The minister, who arrived on Monday, will meet his counterpart on Friday."
    (claim,) = extract_claims(text, split_sentences(text), reference_date="2024-03-06")  # a Wednesday
    assert [(d.text, d.value) for d in claim.dates] == [("Monday", "2024-03-04"), ("Friday", "2024-03-08")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A timetable in the simple present points ahead; what a day belongs to keeps its own tense.
        ("Lowe’s reports earnings Thursday.", [("Thursday", "2024-03-07")]),
        ("The Jets host the Bills on Monday night.", [("Monday", "2024-03-11")]),  # the part of the day heads it
        ("Stocks should dip before they climb back up on Friday.", [("Friday", "2024-03-08")]),
        ("Consider what we know about the visit on Saturday.", [("Saturday", "2024-03-02")]),
        ("The next round of tariffs is due to start in mid-December.", [("mid-December", "2024-12")]),
        # A day and month on a timetable's simple present points ahead too (GUIDE decision 30).
        ("The exhibition opens at the Tate on July 22.", [("July 22", "2024-07-22")]),
        ("The festival, which moves to Lyon on Feb. 14, sold out.", [("Feb. 14", "2025-02-14")]),
        # ... also where the parse heads the date by its ordinal day ("June 9th").
        ("The tour, which kicks off June 9th in Miami, sold out.", [("June 9th", "2024-06-09")]),
        ("After the break, the schedule picks up February 7th in Denver.", [("February 7th", "2025-02-07")]),
        # An infinitive under a present verb points ahead; under a past one it keeps the past.
        ("The agency forecasts the rain to return over the weekend.", [("over the weekend", "2024-W10")]),
        ("The mayor wants to meet the union on Monday.", [("Monday", "2024-03-11")]),
        ("She was the first to arrive on Monday.", [("Monday", "2024-03-04")]),
        ("The court is likely to rule on Monday.", [("Monday", "2024-03-11")]),
        ("The ruling is due on Monday.", [("Monday", "2024-03-11")]),  # a present "be" with a frame of the future
        # ... but a day before a noun is the happening's, not the verb's.
        ("The envoy is likely to face questions about the Sept. 25 call.", [("Sept. 25", "2023-09-25")]),
        # A month that only modifies a noun is the happening's: the nearer one when the tense's is
        # almost a year away (as a day without a year is).
        ("Two rivals have not yet qualified for the April runoff.", [("April", "2024-04")]),
        ("In February, the firm had cut jobs.", [("February", "2024-02")]),
        ("Prices are down from the June high.", [("June", "2023-06")]),
        # A sentence with no tensed verb nor participle points ahead (a schedule's note, an
        # imperative, a headline's infinitive); inside a quote it keeps the default.
        ("Hawks: Host the Bulls on Friday.", [("Friday", "2024-03-08")]),
        ("Join the march on Saturday.", [("Saturday", "2024-03-09")]),
        ("Mayor to visit Paris on Monday.", [("Monday", "2024-03-11")]),
        ("“Join the march on Saturday!”", [("Saturday", "2024-03-02")]),
        # A weekday before a bare noun recurs every week, no date; in a noun phrase a determiner
        # opens, or before a part of the day, it is one day.
        ("The daily will stop Sunday delivery in May.", [("May", "2024-05")]),
        ("Worshippers gathered for Friday prayers.", []),
        ("Officials set a Friday deadline.", [("Friday", "2024-03-01")]),
        ("The storm hit on Monday night.", [("Monday", "2024-03-04")]),
        # A weekday that opens a name is no day, as a year is not (decisions 20, 40).
        ("The Sunday Telegraph reported that the minister would resign.", []),
        ("The Bears lost to the Packers on Thursday Night Football.", []),
        ("The Bears lost to the Packers on Thursday night.", [("Thursday", "2024-02-29")]),
        # A deadline points ahead unless its verb is in the past.
        ("By December, the symptoms had worsened.", [("December", "2023-12")]),
        ("The bill must pass by December.", [("December", "2024-12")]),
        ("The plant stays closed until Monday.", [("Monday", "2024-03-11")]),
        # A future day almost a year ahead stays ahead: the tense is read from "will", not guessed.
        ("The tour will close in Houston on Jan. 30.", [("Jan. 30", "2025-01-30")]),
        # "after …" opens another phrase: "last night" stays a date ("the year after" shifts again).
        ("The coach was sacked last night after five years.", [("last night", "2024-03-05")]),
        ("He got a plan last year after his physical.", [("last year", "2023")]),
        # A year in a product's or an event's name is no date (GUIDE decisions 20 and 40) ...
        ("Sales of the 2022 Corolla rose sharply.", []),
        ("The 2025 Ioniq Touring will be able to go 300 miles.", []),
        ("He showed a prototype at the 2023 Geneva International Motor Show.", []),
        ("Tickets for Tokyo 2020 went on sale in the city.", []),
        ("The phone was shown at CES 2024 in Las Vegas.", []),  # a name in capitals
        ("The 2024 Summer Olympics will open in Paris.", []),  # a season inside the name
        ("The 2025 Hyundai Kona EV costs less.", []),  # a model's letters the tagger calls a noun
        ("Euro 2024 qualifying ended on Tuesday.", [("Tuesday", "2024-03-05")]),
        # ... while a year before a common noun, or after a season, dates it (decision 49).
        ("The 2024 election will be close.", [("2024", "2024")]),
        ("The band announced a 2025 North American tour.", [("2025", "2025")]),
        ("Israel took the land in the 1967 Six-Day War.", [("1967", "1967")]),
        ("Summer 2023 was the hottest on record.", [("2023", "2023")]),
        ("In 2019 Trump won the vote in Ohio.", [("2019", "2019")]),
        # A year opening a law's or treaty's name dates the law's making (decision 87) ...
        ("The goal under the 2015 U.N. Paris Agreement is to curb warming.", [("2015", "2015")]),
        ("The 1997 Kyoto Protocol set targets for rich nations.", [("1997", "1997")]),
        # ... a weekday after "every" recurs, no date (decision 95) ...
        ("The quartet plays every other Sunday at the restaurant.", []),
        ("The market opens each Friday in the square.", []),
        # ... and centuries ago count from the reference year (decision 72).
        ("A century ago, the city burned.", [("A century ago", "1924")]),
        ("Two centuries ago, it was a village.", [("Two centuries ago", "1824")]),
    ],
)
def test_dates_in_claims(text, expected):
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    claims = extract_claims(text, split_sentences(text), reference_date="2024-03-06")  # a Wednesday
    assert [(d.text, d.value) for c in claims for d in c.dates] == expected


@pytest.mark.parametrize("text", ["It may rain", "2,500 notifications", "at $1,560", "by 1130 GMT", "the first quarter"])
def test_not_dates(text):
    assert values(text) == []


def test_without_a_reference_day():
    assert values("on February 22 and on Monday", ref=None) == ["--02-22", None]


def test_reference_day_prefers_published_then_reference_date():
    assert reference_day("2022-02-22T19:40:00+03:00", "2020-01-01") == dt.date(2022, 2, 22)
    assert reference_day(None, "2020-01-01") == dt.date(2020, 1, 1)
    assert reference_day(None, None) is None


def test_reference_at_the_calendar_edge_gives_no_value_not_a_crash():
    import datetime as dt

    from declcli.claims.dates import find_dates

    for ref in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        for text in ("on Monday", "yesterday", "tomorrow", "last year", "next year", "next month"):
            found = find_dates(text, ref)
            assert all(d.value is None or len(d.value) >= 4 for d in found)


def test_date_cues_agree_with_their_patterns():
    """The ASCII shortcuts of _patterns_for say what the case-insensitive patterns say."""
    import re

    from declcli.claims.dates import _HAS_MONTH_RU, _HAS_RELATIVE, _MONTH_RU, _has_relative

    for ch in map(chr, range(128)):
        assert not any(re.fullmatch(letter, ch, re.I) for letter in set(_MONTH_RU) if letter.isalpha()), ch
    for text in [
        "Last YEAR",
        "months",
        "ToDay",
        "yesterDAY",
        "tomorrow",
        "Yea r",
        "nothing",
        "",
        "4 мая",
        "ГОД today",
        "ſtoday",
        "Today in Москва",
    ]:
        assert _has_relative(text) == (_HAS_RELATIVE.search(text) is not None), text
    assert _HAS_MONTH_RU.search("12 МАЯ") and not _HAS_MONTH_RU.search("12 may")
    # Which characters re.I matches with a Russian month's letters: Cyrillic ones only.
    from declcli.claims.dates import _HAS_CYRILLIC

    everything = "".join(map(chr, range(0x110000)))
    letters = {ch for ch in _MONTH_RU if ch.isalpha()}
    assert all(_HAS_CYRILLIC.match(ch) for ch in re.findall("[" + "".join(letters) + "]", everything, re.I))


@pytest.mark.parametrize(
    "text, expected",
    [
        # The reference, 2024-03-05, is a Tuesday.
        ("This past May, the council voted", ["2023-05"]),  # "this past": the latest ("May" alone is the verb)
        ("the fair this past Saturday", ["2024-03-02"]),
        ("three years ago", ["2021"]),  # GUIDE decision 20: that year
        ("25 years ago", ["1999"]),
        ("prices rose later that month", [None]),  # decisions 20 and 22: listed without a value
        ("a year later, the firm closed", [None]),
        # ... but where the claim gives the month (year, week) before, it is that one (decision 20).
        ("prices rose on Feb. 12 and fell later that month", ["2024-02-12", "2024-02"]),
        ("the plant opened in 2015 and closed later that year", ["2015", "2015"]),
        ("talks began on Monday and stalled later that week", ["2024-03-04", "2024-W10"]),
        # "the next day", "the day before" count from another date (decision 40); "the day before the vote", "the day
        # after the election" count from an event the text gives, listed without a value too (decision 72).
        ("was freed the next day", [None]),
        ("The following day, the mayor resigned", [None]),
        ("the day before the vote", [None]),
        ("She flew home the day after the wedding.", [None]),
        ("by the end of the next decade", ["203"]),
        ("over the next decade", []),  # a span
        ("a deal announced at the start of the week", ["2024-W10"]),
        # "to begin/start/close the week" is this week even before a clause that "after" opens; "the week
        # after" alone is another week, counted from the occasion: listed with no value (GUIDE decisions 72, 822).
        ("Bonds rallied to start the week after the jobs data came in", ["2024-W10"]),
        ("the week after the summit", [None]),
        # A span is no date ("in the last week"; GUIDE decision 40), "last week" is; "earlier/later in the
        # week" is the reference's week.
        ("exports rose in the last week", []),
        ("over the last year, the firm grew", []),
        ("exports rose last week", ["2024-W09"]),
        ("the talks stalled earlier in the week", ["2024-W10"]),
        # Yearly days with a fixed rule, the one nearest in the tense (decision 40): past by default.
        ("shoppers spent billions on Singles Day", ["2023-11-11"]),
        ("the parade on St. Patrick’s Day", ["2023-03-17"]),
        ("the bank closed for Presidents Day", ["2024-02-19"]),
        # Days Easter fixes, by the computus; a named day with its year is that year's.
        ("the shops closed for Good Friday", ["2023-04-07"]),
        ("the church was full on Easter Sunday", ["2023-04-09"]),
        ("she was born on Christmas Day 1990", ["1990-12-25"]),
        ("the team's Player of the Week", []),
        ("he told USA Today that", []),  # a newspaper
        ("the painter was born in 1853", ["1853"]),  # an earlier century's year after a preposition
        ("1853 workers", []),
        ("the driver, of 1908 Maple Drive, was", []),  # a street number
    ],
)
def test_relative_and_counted_dates(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The reference, 2024-03-05, is a Tuesday. Counted days, weeks and months back name that day,
        # ISO week or month, as counted years name that year (GUIDE decision 20).
        ("the ferry sank two days ago", ["2024-03-03"]),
        ("the plant closed a week ago", ["2024-W09"]),
        ("the council met a couple of weeks ago", ["2024-W08"]),  # decision 58
        ("prices peaked three months ago", ["2023-12"]),
        ("about two decades ago, the mine closed", ["2004"]),  # twenty years back (decision 400)
        # "this morning" is the reference day, as "tonight" is (decision 10).
        ("the minister resigned this morning", ["2024-03-05"]),
        # "the 3rd of November"; a year after "mid-".
        ("the vote on the 3rd of November", ["2023-11-03"]),
        ("the line opens in mid-2026", ["2026"]),
        ("a 2000-2020 span", []),
    ],
)
def test_counted_days_parts_of_the_day_and_ordinal_days(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A class year and an award's "of the Year" are no dates (GUIDE decision 37); "of the year" is.
        ("the Class of 2027 graduates in June", ["2023-06"]),
        ("she was named Coach of the Year", []),
        ("the worst storm of the year", ["2024"]),
        # A decade written short ("the ’90s" -> 199, like "the 1990s").
        ("music from the ’90s", ["199"]),
        ("since the late '70s", ["197"]),
        # "June of last year": one expression, like "June last year".
        ("in June of last year", ["2023-06"]),
    ],
)
def test_class_years_titles_short_decades_and_months_of_a_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A month and year in French, Spanish or German, as "4 décembre 2019" is read.
        ("en janvier 2021, le conseil", ["2021-01"]),
        ("en octubre de 2020", ["2020-10"]),
        ("im Oktober 2022 hat", ["2022-10"]),
        ("the Mars 2030 mission", ["2030"]),  # a mission's name, not March
    ],
)
def test_month_and_year_in_other_languages(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Slashed dates: month first as English news writes them, day first when the first number is over 12.
        ("the filing dated 11/20/2019", ["2019-11-20"]),
        ("the ruling of 20/11/2019", ["2019-11-20"]),
        ("open 24/7/365", []),
        # A fiscal year written "FY" is a span, like "fiscal 2023" (decision 10).
        ("revenue in FY2023 and FY 2024", []),
    ],
)
def test_slashed_dates_and_fiscal_years(text, expected):
    assert values(text) == expected


# A schedule written one row per line under a heading (GUIDE decision 30).
_SCHEDULE = (
    "The orchestra announced its farewell tour on Monday.\n\n"
    "The Farewell Tour 2025 dates:\n"
    "Feb. 2 -- Symphony Hall, Boston, MA\n"
    "March 14 -- Orchestra Hall, Chicago, IL\n"
    "12 April: Royal Albert Hall, London"
)


@pytest.mark.parametrize("row", ["Feb. 2 --", "March 14 --", "12 April:"])
def test_a_schedule_row_takes_the_year_its_heading_states(row):
    assert list_year(_SCHEDULE, _SCHEDULE.index(row)) == "2025"


@pytest.mark.parametrize(
    "text",
    [
        # A heading without a year, a lead-in of prose, or another list's rows above a yearless heading.
        "Tour dates:\nFeb. 2 -- Symphony Hall, Boston, MA\nMarch 14 -- Orchestra Hall, Chicago, IL",
        "The band toured in 2019. It plays again next month.\nMarch 14 -- Orchestra Hall, Chicago, IL",
        "2019 dates:\nJan. 4 -- Oslo\nEncore dates:\nMarch 14 -- Orchestra Hall, Chicago, IL",
        # Two years in the heading: which one a row means is not said.
        "The 2024-2025 season:\nMarch 14 -- Orchestra Hall, Chicago, IL",
    ],
)
def test_no_list_year_without_a_heading_of_the_rows_list_that_states_one(text):
    assert list_year(text, text.index("March 14")) is None


def test_no_list_year_off_the_rows():
    # The heading's year is for its list's rows, not for the line of prose above it.
    assert list_year(_SCHEDULE, _SCHEDULE.index("on Monday")) is None


def test_a_rows_day_without_a_year_takes_the_lists_year():
    dates = find_dates("March 14 -- Orchestra Hall, Chicago, IL", REF) + find_dates("Jan. 7, 2026 -- Oslo", REF)
    assert [d.value for d in with_list_year(dates, "2025")] == ["2025-03-14", "2026-01-07"]
    assert [d.value for d in with_list_year(find_dates("Feb. 29 -- Rome", None), "2025")] == ["--02-29"]  # no such day


def test_schedule_rows_in_claims_take_the_headings_year():
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    claims = extract_claims(_SCHEDULE, split_sentences(_SCHEDULE), published="2024-11-19")
    dates = [(d.text, d.value) for c in claims for d in c.dates]
    assert dates[0] == ("Monday", "2024-11-18")  # prose: resolved against the article's date
    assert dates[-3:] == [
        ("Feb. 2", "2025-02-02"),
        ("March 14", "2025-03-14"),
        ("12 April", "2025-04-12"),
    ]


def test_schedule_rows_without_a_headings_year_are_days_to_come():
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    text = (
        "The band will tour next summer.\n\n"
        "The Band Tour Dates\n\n"
        "June 9 – Springfield, IL @ Lakeside Arena\n"
        "June 12 – Peoria, IL @ Riverfront Pavilion\n\n"
        "June 9 was the day the first show sold out."
    )
    claims = extract_claims(text, split_sentences(text), published="2019-11-20")
    dates = [(d.text, d.value) for c in claims for d in c.dates]
    # The rows are the tour's days to come (GUIDE decision 30); a sentence with its own verb keeps its tense.
    assert ("June 9", "2020-06-09") in dates and ("June 12", "2020-06-12") in dates
    assert dates[-1] == ("June 9", "2019-06-09")


def test_a_dates_text_keeps_the_words_that_decide_its_value():
    # GUIDE (dates, decision 10): "last", "next", "this", "early", "late" stay; "on", "in", "by", "since" go.
    texts = [d.text for d in find_dates("since last May, on next Monday, by early December, late Tuesday, in June", REF)]
    assert texts == ["last May", "next Monday", "early December", "late Tuesday", "June"]


@pytest.mark.parametrize(
    "text",
    [
        "Today, plague infections are rare, but they do happen.",
        "The galaxies that we observe today are old.",
        "Our universe appears as it is today.",
        "The car may only be a concept today.",
        "Conventional recording methods today achieve 1.14Tb per square inch.",
        "Based on today's nine platter hard drives, an 80TB drive is possible.",
        # a present habit, an adverb of frequency on the verb "today" goes with
        "It uses the old method, which today is often associated with hobbyists.",
        "Today the drug is usually given to children.",
    ],
)
def test_today_meaning_nowadays_is_no_date(text):
    # GUIDE decision 22: "today" meaning "nowadays" is no date, like "now".
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    dates = [d.text for c in extract_claims(text, split_sentences(text), reference_date="2024-03-06") for d in c.dates]
    assert "today" not in [d.lower() for d in dates]


@pytest.mark.parametrize(
    "text",
    [
        "Stadia, Google's streaming gaming platform, launches today.",
        "Today's hearing is over, and the committee has adjourned.",
        "“We are really happy today,” the coach said.",
        "Today, NASA announced the selection of five companies.",
        "The office will be open today.",
        "The office must be open today.",
    ],
)
def test_today_of_a_happening_or_a_speaker_is_the_day(text):
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    dates = [
        (d.text.lower(), d.value)
        for c in extract_claims(text, split_sentences(text), reference_date="2024-03-06")
        for d in c.dates
    ]
    assert ("today", "2024-03-06") in dates


def _claim_dates(text, reference_date="2024-03-06"):
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return [
        (d.text, d.value) for c in extract_claims(text, split_sentences(text), reference_date=reference_date) for d in c.dates
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Why shouldn't we consider today's Democratic Party more moderate than its predecessors?",
        "The traumas of the past speak so directly to the issues we face today.",
    ],
)
def test_today_of_a_name_or_of_what_people_do_these_days_is_no_date(text):
    # GUIDE decision 22: "today's Democratic Party", "the issues we face today" mean "nowadays".
    assert [v for t, v in _claim_dates(text) if t.lower().startswith("today")] == []


def test_today_in_a_relative_clause_of_a_happening_keeps_its_day():
    assert ("today", "2024-03-06") in _claim_dates("The phone that launches today costs $900.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # GUIDE decision 86: a year with no YYYY form is listed without a value.
        ("His story begins 200,000 years ago in the Horn of Africa.", [None]),
        ("It was a Shah's game around 2,500 years ago.", [None]),
        # GUIDE decision 72: "a century ago" is that year, and so is half of one.
        ("A half-century ago, their supremacy appeared invulnerable.", ["1974"]),
        ("Half a century ago, the bridge opened.", ["1974"]),
        ("Ten years ago, the bridge opened.", ["2014"]),
    ],
)
def test_years_ago_with_thousands_or_a_half_century(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He returned home to England in about 1868 to write the rulebook.", [("1868", "1868")]),
        ("Warming returns to 1.5°C by around 2100 following an overshoot.", [("2100", "2100")]),
        ("About 1868 people came to the fair.", []),
    ],
)
def test_a_year_said_as_near_is_a_date(text, expected):
    assert _claim_dates(text) == expected


def test_a_month_after_every_recurs_and_a_named_month_is_resolved():
    # GUIDE decision 95: "every March" recurs, no date; decision 96: a named month is resolved as a month.
    text = "Every March we recognize the women who have shaped history. We spend Women’s History Month with leaders."
    assert _claim_dates(text, "2019-03-08") == [("Women’s History Month", "2019-03")]
    assert _claim_dates("We celebrated Black History Month with a concert.", "2019-11-08") == [("Black History Month", "2019-02")]


def test_a_named_day_naming_a_kind_of_thing_is_no_date_and_in_the_present_the_nearest():
    # GUIDE decision 40: a named day with no year is the one nearest the reference date in the unit's tense.
    # ("days away", a distance with no number, is listed without a value: GUIDE decision 511)
    assert _claim_dates("Halloween is just days away.", "2020-10-26") == [("Halloween", "2020-10-31"), ("days away", None)]
    assert _claim_dates("Try these Halloween-themed workouts at home.", "2020-10-26") == []
    assert _claim_dates("It is hard not to get into the Halloween spirit.", "2020-10-26") == []
    assert _claim_dates("The party was held on Halloween.", "2020-10-26") == [("Halloween", "2019-10-31")]


def test_this_weekend_in_the_present_is_the_reference_weeks_weekend():
    # 2023-11-06 is a Monday: "this weekend" in the present is the coming one, in the same ISO week.
    assert _claim_dates("Her solo project opens this weekend.", "2023-11-06") == [("this weekend", "2023-W45")]
    assert _claim_dates("Her solo project opens this weekend.", "2023-11-05") == [("this weekend", "2023-W44")]


def test_a_weekday_followed_by_last_is_last_weeks():
    # "on Thursday last" (Caribbean and Indian English) is "last Thursday"; "Friday last week" keeps both.
    ref = dt.date(2022, 5, 6)  # a Friday
    assert [(d.text, d.value) for d in find_dates("he left home on Thursday last to go hunting", ref)] == [
        ("Thursday last", "2022-04-28")
    ]
    assert values("on Friday last week", ref) == ["2022-05-06", "2022-W17"]


def test_a_year_after_model_is_a_model_year():
    # GUIDE decision 20: a model year in a product's name is no date.
    text = "The marque has pulled the covers off the production model 2020 LC 500 Convertible."
    assert _claim_dates(text, "2019-11-20") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A day range is a span, no date (GUIDE decision 109): neither its first day, its last, nor its month.
        ("Visit the horse show, Oct. 11–21, in Harrisburg.", []),
        ("The finals take place 18-24 November in Madrid.", []),
        ("The symposium runs Oct. 28 - 29 at the hall.", []),
        # A single day in the same list stays a date, and so does a day before a dash and a clause.
        ("The clinic is Oct. 5, in Gladstone.", ["2024-10-05"]),
        ("It opens on Nov. 5 - the doors open at seven.", ["2024-11-05"]),
    ],
)
def test_a_day_range_is_a_span_not_a_date(text, expected):
    assert values(text, tense="future") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A present "be" whose attribute is the day names the day a thing is set for (GUIDE decision 30): ahead.
        ("Stadia's launch day is Tuesday.", [("Tuesday", "2024-03-12")]),
        # A present participle's phrase takes its time from the verb it hangs on ("runs": a timetable, ahead) ...
        (
            "The season runs through October, with its peak coming in mid-September.",
            [("October", "2024-10"), ("mid-September", "2024-09")],
        ),
        # ... and a past participle keeps its own past.
        ("The plan looks like another announced by the ministry in May.", [("May", "2023-05")]),
    ],
)
def test_the_day_a_thing_is_set_for_and_a_participles_time(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An earlier century's year before the thing made then, after its article or owner (GUIDE decision 73) ...
        ("The museum bought a 1761 work by Chardin.", [("1761", "1761")]),
        ("It acquired Caillebotte’s 1877 A Boating Party.", [("1877", "1877")]),
        # ... not a street block, a race's distance or a count.
        ("The fire broke out in the 1800 block of Main Street.", []),
        ("She won the 1500 metres.", []),
        # A bare month on a verb of state with an adjective tells what each such month is like (decision 97) ...
        ("In November, the air over the city gets cool and still.", []),
        # ... a month with "last" or in the past names one month.
        ("Last November, the air over the city was cool.", [("Last November", "2023-11")]),
        ("The air over the city was cool in November.", [("November", "2023-11")]),
    ],
)
def test_old_years_before_a_work_and_months_that_recur(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A product's model, design or generation year is no date; a year of a thing done stays (GUIDE decision 125) ...
        ("The 2018 model is faster.", []),
        ("The 2015 design still holds up.", []),
        ("Its 2019 launch went well.", [("2019", "2019")]),
        # ... "2012 through 2015" is a span (decisions 89, 125).
        ("The company sold it from 2012 through 2015.", []),
        # Times counted from an event's end are listed without a value (decision 119) ...
        ("We went on the last weekend of the festival.", [("last weekend", None)]),
        ("The final day of the tour was in Paris.", [("The final day", None)]),
        # ... the weekend before the reference stays a week.
        ("We went to the festival last weekend.", [("last weekend", "2024-W09")]),
    ],
)
def test_model_years_spans_of_years_and_times_counted_from_an_event(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the weekend" said of any weekend, in the simple present or in advice, is no date (GUIDE decision 132) ...
        ("Many people overeat on the weekend.", []),
        ("Eat a light breakfast on the weekend.", []),
        # ... a past or a forecast names one weekend.
        ("Over the weekend, the mayor answered her critics.", [("Over the weekend", "2024-W09")]),
        ("The council will meet over the weekend.", [("over the weekend", "2024-W10")]),
    ],
)
def test_the_weekend_said_of_any_weekend_is_no_date(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A year that numbers a model noun across the product's name between is a model, no date (GUIDE decisions
        # 20, 125) ...
        ("Reviewers disliked the 2019 Galaxy Fold hinge design.", []),
        ("The tablet is thinner than the 2017 iPad Air version.", []),
        # ... as is a year under an article that heads its own noun phrase ("the 2016" for the 2016 model) ...
        ("The new phone is heavier than the 2017, but lighter than the 2015.", []),
        ("The battery in the 2018 lasted longer.", []),
        # ... and a design named after its year ("2016-style").
        ("The 2016-style hinge squeaks.", []),
        # A year of a happening stays a date, with a common noun or a name after it.
        ("He lost the 2016 election.", [("2016", "2016")]),
        ("Sales fell in the 2017 and 2018 quarters.", [("2017", "2017"), ("2018", "2018")]),
        ("The 2019 season was his best.", [("2019", "2019")]),
    ],
)
def test_a_year_that_names_a_model_is_no_date(text, expected):
    assert _claim_dates(text) == expected


def test_a_phrase_fronted_before_a_joined_clause_goes_with_it_and_takes_its_tense():
    # the parser hangs "from October onward" on "went": the clause after "and" holds it and its verb ("will be
    # released") gives the month's direction, the coming October, not the last one
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    text = (
        "Ann Berg went in search of remarkable stories about the city"
        " and from October onward they will be released as a series on the website."
    )
    claims = extract_claims(text, split_sentences(text), reference_date="2024-03-06")
    assert [(c.text.split()[0], [(d.text, d.value) for d in c.dates]) for c in claims] == [
        ("Ann", []),
        ("from", [("October", "2024-10")]),
    ]


@pytest.mark.parametrize("text", ["For this years’ edition, sixteen countries take part.", "This years' show opens soon."])
def test_this_years_with_the_apostrophe_slipped_after_the_s_is_this_year(text):
    assert values(text) == ["2024"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a day the story has given is listed without a value (GUIDE decision 166)
        ("What the founder wrote down that night became the basis for an algorithm.", [("that night", None)]),
        ("That afternoon, all 130 engineers showed up.", [("That afternoon", None)]),
        ("She returned home that evening, hours before she died.", [("that evening", None)]),
        # guards: "that" opening a clause; the reference day's own evening (decision 59)
        ("Experts warned that night driving is dangerous.", []),
        ("The mayor will speak this evening.", [("this evening", "2024-03-06")]),
    ],
)
def test_a_part_of_a_day_the_story_gave_has_no_value(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound on a count back names no year (GUIDE decision 142) ...
        ("He left the country more than 30 years ago, after the 1979 war.", [("more than 30 years ago", None), ("1979", "1979")]),
        ("The tablet was introduced less than a year and a half ago.", [("less than a year and a half ago", None)]),
        ("Over a decade ago, the plant closed.", [("Over a decade ago", None)]),
        # ... nor does a count back without a number (decision 188)
        ("A few weeks ago, the two lawyers sparred in court.", [("A few weeks ago", None)]),
        ("The firm moved its office several years back.", [("several years back", None)]),
        # guards: a count back with its number names the year
        ("The bridge opened 30 years ago.", [("30 years ago", "1994")]),
    ],
)
def test_bounded_and_numberless_counts_back_have_no_value(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year numbering an event's name, with the years listed after it (GUIDE decisions 40, 73) ...
        ("The two players won Worlds 2013, 2015, and 2016 together.", []),
        ("The team are your Worlds 2023 champions!", []),
        ("The Mariachi Mexico 2020 quartet plays at the restaurant.", []),
        # ... and a holiday opening an event's proper name (decision 191) are no dates
        ("Rain may ground the balloons of Macy's Thanksgiving Day Parade.", []),
        # guards: years listed after a year that is a date stay dates
        ("The president won in 2008 and 2012.", [("2008", "2008"), ("2012", "2012")]),
        ("They fought the 2020 election and the 2016 one.", [("2020", "2020"), ("2016", "2016")]),
        # ... and a place's year before a noun dates the noun (decision 73)
        ("They studied the U.S. 2020 census data.", [("2020", "2020")]),
    ],
)
def test_years_and_holidays_inside_event_names_are_no_dates(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday after "into", "through", "during", and in a greeting, is that day (GUIDE decision 20)
        ("Forecasters see mostly smooth sailing into Thanksgiving.", ["2024-11-28"]),
        ("Security was a breeze. Happy Thanksgiving!", ["2024-11-28"]),
        ("Shops stay open through Christmas.", ["2024-12-25"]),
        # guard: a holiday before a common noun names a kind of thing
        ("Christmas shopping starts early.", []),
    ],
)
def test_a_holiday_after_into_or_in_a_greeting_is_that_day(text, expected):
    assert values(text, ref=dt.date(2024, 11, 20), tense="future") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today" set against a past time in its sentence, or compared with one, is these days (GUIDE decision 22)
        ("Alito once stood at the lectern that Prelogar commands today.", []),
        (
            "There might be less pressure to do that today, but seven years ago, it felt like a rite.",
            [("seven years ago", "2017")],
        ),
        ("“The golden age was far less decent than today,” she wrote.", []),
        # guards: the day's own happening, and "today" in a quote
        ("He once ran the firm, and he resigned today.", [("today", "2024-03-06")]),
        ("Smith, who won the title two years ago, defends it today.", [("two years ago", "2022"), ("today", "2024-03-06")]),
        ("“We are really happy today,” the coach said.", [("today", "2024-03-06")]),
    ],
)
def test_today_set_against_the_past_means_these_days(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # "this decade", "next decade" name a decade (GUIDE decision 194) ...
        ("Earth will pass 1.5C of warming this decade.", "future", ["202"]),
        ("Prices will settle next decade.", "future", ["203"]),
        # ... "over the next decade" is a span (guard)
        ("Costs will rise over the next decade.", "future", []),
        # a short decade listed after one (the 1980s and 1990s)
        ("platformers from the '80s and early '90s", "past", ["198", "199"]),
        # a holiday's weekend is that weekend's ISO week (decision 191): Thanksgiving 2024 is Thursday Nov. 28,
        # Labor Day 2024 Monday Sept. 2
        ("Millions will travel over the Thanksgiving holiday weekend.", "future", ["2024-W48"]),
        ("Crowds filled the beach over the Labor Day weekend.", "past", ["2024-W35"]),
    ],
)
def test_decades_from_the_present_short_decades_listed_and_holiday_weekends(text, tense, expected):
    assert values(text, ref=dt.date(2024, 11, 20), tense=tense) == expected


def test_a_day_a_past_verb_governs_stays_in_the_past_however_far_back():
    # "led to" is past: the January 6 before a November reference, not the nearer one to come (GUIDE, dates:
    # "in the direction the tense says"); with no past verb the nearer one stays ("the Dec. 12 election looms")
    ref = dt.date(2023, 11, 5)
    assert values("The riot led to the January 6 attack.", ref=ref) == ["2023-01-06"]
    assert values("The vote is on January 6.", ref=ref, tense="present") == ["2024-01-06"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A date counted from another date or an event the text gives is listed without a value (GUIDE decision 72),
        # with or without a count or a bound (decisions 142, 188) ...
        ("OrbitBeyond canceled its order two months later, citing costs.", [None]),
        ("The crash comes a day after the Taliban swapped two hostages.", [None]),
        ("Three weeks before he died, he was found in his cell.", [None]),
        ("He was removed from monitoring days later.", [None]),
        ("Pochettino left less than six months after leading Spurs to a final.", [None]),
        ("In the summer of 2010, a little more than a year after Square was founded, he left.", ["2010", None]),
        ("Rates fell to 5.7 percent in October, down from 6.2 percent a year earlier.", ["2024-10", None]),
        ("Sales rose 4 percent last year from the previous year.", ["2024", None]),
        ("Exports fell to $9.1 billion in 2018, down from $19.5 billion the previous year.", ["2018", None]),
        # ... "the following morning", "the same day" (decision 166, 40)
        ("from Aug. 9 to 6:30 a.m. the following morning", ["2024-08-09", None]),
        ("Many researchers resigned on the same day.", [None]),
        # ... "so many years ago" gives no count (decision 188)
        ("the way the iPod did so many years ago", [None]),
        # ... and not a span, a comparison or a count from the present (guards)
        ("She stayed for years after the war.", []),
        ("He has avoided extradition for seven years after seeking refuge in 2012.", ["2012"]),
        ("The work finished two years earlier than planned, three months later than hoped.", []),
        ("your paycheck cashed up to two days before payday", []),
        ("It opened a year ago.", ["2024"]),
    ],
)
def test_dates_counted_from_another_date_are_listed_without_a_value(text, expected):
    assert values(text, ref=dt.date(2025, 3, 5)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A life's dates after a name are a span, no date, neither end (GUIDE decision 220) ...
        ("The poet Anna Berg (March 3, 1890–May 9, 1960) wrote of the sea.", []),
        ("The painter Lars Holm (1850–1921) loved the coast.", []),
        # ... a birth date alone, or a year in brackets, stays a date.
        ("The poet Anna Berg (born March 3, 1890) wrote of the sea.", ["1890-03-03"]),
        ("The law (2019) changed the rules.", ["2019"]),
        # A range of years is a span too, by words or a dash (decision 89) ...
        ("Sales rose from 2004 to 2017, the report said.", []),
        ("Between 2010 and 2015 the town lost a school.", []),
        ("Enrolment fell 12 percent over 1992–2014.", []),
        ("The budget for 2019-20 was cut.", []),
        # ... a year beside one, or a single year, stays a date.
        ("Sales rose from 2004 to 2017 and fell in 2018.", ["2018"]),
        ("The plant opened in 2011.", ["2011"]),
    ],
)
def test_life_dates_are_no_dates(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, ref, tense, expected",
    [
        # A festival the moon fixes is its day of the year nearest in the tense (GUIDE decision 40) ...
        ("The smog was worst during Diwali, the festival of lights.", dt.date(2019, 11, 20), "past", ["2019-10-27"]),
        ("Since Deepavali, the air has been poor.", dt.date(2019, 11, 20), "past", ["2019-10-27"]),
        ("Families will gather for Chinese New Year.", dt.date(2019, 11, 20), "future", ["2020-01-25"]),
        # ... a holiday after a preposition opening the sentence is the day ...
        ("On Thanksgiving, the mayor issued a statement.", dt.date(2016, 11, 30), "past", ["2016-11-24"]),
        # ... and "the year’s" before a noun is the reference year (GUIDE decision 37's "of the year").
        ("It is easily the year’s best song.", dt.date(2019, 11, 20), "present", ["2019"]),
    ],
)
def test_moon_festivals_sentence_initial_holidays_and_the_years(text, ref, tense, expected):
    assert values(text, ref=ref, tense=tense) == expected


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # A decade in words is that decade (like "the 1980s") ...
        ("When the loom was first built, in the nineteen-eighties, few used it.", dt.date(2024, 3, 5), ["198"]),
        ("In the mid-aughts the ferry ran at a loss.", dt.date(2024, 3, 5), ["200"]),
        ("The novel is set in the Roaring Twenties.", dt.date(2024, 3, 5), ["192"]),
        ("Records of the late sixties still sell.", dt.date(2024, 3, 5), ["196"]),
        # ... also "the 80s" without its apostrophe ...
        ("The big change came in the 80s when the shop added a bakery.", dt.date(2024, 3, 5), ["198"]),
        # ... not an age, "the twenties" with no century, nor degrees.
        ("The captain is in her sixties.", dt.date(2024, 3, 5), []),
        ("It happened in the twenties.", dt.date(2024, 3, 5), []),
        ("Highs will reach the eighties along the coast.", dt.date(2024, 3, 5), []),
        ("Temperatures stayed in the 80s.", dt.date(2024, 3, 5), []),
        # "the new year" is the year the coming January opens, in the year's second half the next one.
        ("The ferry line hopes to sail into the new year with two boats.", dt.date(2023, 12, 10), ["2024"]),
        ("As we look to the New Year, let us be kind.", dt.date(2023, 12, 10), ["2024"]),
        ("The new year began with a storm.", dt.date(2024, 1, 9), ["2024"]),
        # "a decade from now" counts ten years forward (GUIDE decision 400).
        ("The code could be broken by a machine built a decade from now.", dt.date(2024, 3, 5), ["2034"]),
        # "that week", "that year" with no date before them are listed without a value ...
        ("In another notice that week, the warden said the trail was shut.", dt.date(2024, 3, 5), [None]),
        ("Ortega only became a starter that year.", dt.date(2024, 3, 5), [None]),
        # ... no date in "year after year".
        ("He warned that year after year the river rose.", dt.date(2024, 3, 5), []),
    ],
)
def test_decades_in_words_the_new_year_and_that_year(text, ref, expected):
    assert claim_values(text, ref) == expected


def claim_values(text, ref):
    """The values of the dates of `text`'s claims, read by the whole pipeline (its parse decides the tense)."""
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return [d.value for c in extract_claims(text, split_sentences(text), reference_date=ref.isoformat()) for d in c.dates]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A present progressive of wanting or working looks ahead like the simple present ("hopes to reopen") ...
        ("The bakery is hoping to reopen in January.", ["2024-01"]),
        ("We are working to finish the bridge in early March.", ["2024-03"]),
        # ... one going on ("are continuing to") and a past progressive do not.
        ("We are continuing to study our Sept. 1 accident.", ["2023-09-01"]),
        ("The team was hoping to finish in March.", ["2023-03"]),
    ],
)
def test_present_progressive_points_ahead(text, expected):
    assert claim_values(text, dt.date(2023, 12, 10)) == expected


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # A holiday greeted in a wish told in the past is the nearest one (GUIDE decision 360) ...
        ("The mayor and his wife wished all residents a Merry Christmas.", dt.date(2023, 12, 24), ["2023-12-25"]),
        # ... greeted under a wish in the present, the coming one (decision 349) ...
        ("I pray you all have a Happy Thanksgiving!", dt.date(2023, 11, 28), ["2024-11-28"]),
        # ... and a holiday after "from" is a date, the nearest in the present.
        ("This is her note from Thanksgiving.", dt.date(2023, 11, 28), ["2023-11-23"]),
        # A holiday spent in the past (no greeting) stays the last one.
        ("The mayor spent Christmas Day in Rome.", dt.date(2023, 12, 24), ["2022-12-25"]),
    ],
)
def test_greeted_holidays(text, ref, expected):
    assert claim_values(text, ref) == expected


def test_that_year_takes_the_year_named_before_it():
    assert values("the mill shut in 2009 and the town lost its bank that year") == ["2009", "2009"]


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # A count forward with "in" under a verb in the future is that week, day or year (GUIDE decision 440) ...
        ("The ferry will resume its runs in six weeks.", dt.date(2023, 12, 10), ["2024-W03"]),
        ("The bakery will reopen in three days, its owner said.", dt.date(2023, 12, 10), ["2023-12-13"]),
        # ... not a duration in the past, nor a span a noun is measured over.
        ("She trained the pony in six weeks.", dt.date(2023, 12, 10), []),
        ("It will be the wettest winter in 40 years.", dt.date(2023, 12, 10), []),
        # A day word in a sample line anyone might say names no day (decision 413) ...
        ('You could say something like, "Lovely soup today," to the cook.', dt.date(2023, 12, 10), []),
        ('You might say things like, "nice hat," or "see you Monday."', dt.date(2023, 12, 10), []),
        # ... while a real speaker's day word stays the article's day (decision 10).
        ('The cook said, "We serve soup today."', dt.date(2023, 12, 10), ["2023-12-10"]),
        # A capitalised day word quoted as a label before a noun names a folder or list, no day.
        ("File the letters in the “Tomorrow” tray before lunch.", dt.date(2023, 12, 10), []),
        # A weekday before a part of the day in the plural recurs (decision 95); in the singular it is one day.
        ("The clerk spends her Monday mornings sorting mail.", dt.date(2023, 12, 10), []),
        ("On Monday morning the clerk sorted the mail.", dt.date(2023, 12, 10), ["2023-12-04"]),
        # A habit in the present with "do" and an adverb of frequency: "today" means these days (decision 22).
        ("I don't always need a reply today.", dt.date(2023, 12, 10), []),
        # The weekend in the possessive is one weekend (decision 294), whatever the tense around it.
        ("The alert had to do with the weekend’s gas leak.", dt.date(2023, 12, 12), ["2023-W49"]),
        # A count back with no count at all is listed without a value (GUIDE decision 188) ...
        ("The choir held a supper in Leeds months ago.", dt.date(2023, 12, 10), [None]),
        ("This was years ago, the baker said.", dt.date(2023, 12, 10), [None]),
        # ... while a count keeps its value.
        ("The choir held a supper in Leeds two months ago.", dt.date(2023, 12, 10), ["2023-10"]),
        # "today" as these days: in the second of two verbs sharing a habit, in an "as" clause of how things are,
        # and after the participle of a verb of use (GUIDE decision 22) ...
        ("I have found that I don’t always want or expect a reply today.", dt.date(2023, 12, 10), []),
        ("The tariffs apply as they’re written today.", dt.date(2023, 12, 10), []),
        ("The thin copper cables used today to link the towers won't last.", dt.date(2023, 12, 10), []),
        # ... and with an unnamed class: a quantified plural doing it in the present, a bare plural's participle ...
        ("A lot of drivers want refunds today.", dt.date(2023, 12, 10), []),
        ("Sealed parcels shipped today may still go astray.", dt.date(2023, 12, 10), []),
        # ... but not a bare plural's present (a headline's happening) nor a participle of a noun with its article.
        ("Dockers strike at the port today.", dt.date(2023, 12, 10), ["2023-12-10"]),
        ("The parcels shipped today will arrive soon.", dt.date(2023, 12, 10), ["2023-12-10"]),
        # ... but a quote the claim cut off keeps the speaker's day (GUIDE decision 37).
        ('"The pitch was heavy but we’re really glad today. This was a hard match."', dt.date(2023, 12, 10), ["2023-12-10"]),
        # A participle of a happening stays the day.
        ("The report, released today, is long.", dt.date(2023, 12, 10), ["2023-12-10"]),
        # A weekday on a present "be" is what the day is to hold: the coming one (GUIDE decision 30) ...
        ("Saturday is the 50th birthday of the town's charter.", dt.date(2016, 4, 7), ["2016-04-09"]),
        ("Hopes for the mayor are high in the suburbs on Tuesday night.", dt.date(2016, 4, 7), ["2016-04-12"]),
        # ... but not a weekday owning a noun, nor a past "be".
        ("Through Tuesday’s match, she is 3-9 at the net.", dt.date(2016, 4, 7), ["2016-04-05"]),
        ("The mayor was in Leeds on Tuesday.", dt.date(2016, 4, 7), ["2016-04-05"]),
    ],
)
def test_counts_samples_labels_recurring_days_these_days_and_scheduled_weekdays(text, ref, expected):
    assert claim_values(text, ref) == expected


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # A holiday after "pre-" or "post-" is the day (GUIDE decision 281).
        ("The mayor spoke at a pre-Thanksgiving lunch.", dt.date(2023, 12, 10), ["2023-11-23"]),
        # A qualified holiday name is its own day, not the shorter one inside it.
        ("The board issued a Holocaust Remembrance Day statement.", dt.date(2023, 12, 10), ["2023-01-27"]),
        # The Fourth of July (its weekend: the one before a Monday holiday, decision 191) ...
        ("Over the Fourth of July weekend, the pier was closed.", dt.date(2016, 9, 1), ["2016-W26"]),
        # ... and Inauguration Day, held every fourth year.
        ("As Inauguration Day approaches, the band rehearses.", dt.date(2016, 12, 20), ["2017-01-20"]),
    ],
)
def test_more_named_days(text, ref, expected):
    assert claim_values(text, ref) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Hundreds named by their first year are a century, no date (decision 376); "the 2000s" stays the decade.
        ("the custom has held since the 1800s", []),
        ("prices rose throughout the 2000s", ["200"]),
        ("crowds came in the early 1900s", []),  # a part of the century, no decade (decision 376)
        # A range of decades is a span (decision 89); two decades listed stay dates.
        ("posters from the 1920s to the 1950s", []),
        ("songs from the '80s and early '90s", ["198", "199"]),
        # "a year or so ago" is that year; a year by its last two digits after a preposition, the latest such year.
        ("a year or so ago the mill closed", ["2023"]),
        ("the mill closed in ’91", ["1991"]),
        ("prices have risen since '08", ["2008"]),
    ],
)
def test_centuries_decade_ranges_and_short_years(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # A weekday the story counts from a day it has told ("the following", "that" + the day) is listed without a
        # value (GUIDE decisions 72, 166) ...
        ("The following Tuesday morning, the baker reopened the shop.", dt.date(2023, 12, 10), [None]),
        ("Through that cold Friday night, the crew pumped water from the hold.", dt.date(2023, 12, 10), [None]),
        # ... while a bare weekday and "that" opening a clause keep the day the tense points at.
        ("On Tuesday morning, the baker reopened the shop.", dt.date(2023, 12, 10), ["2023-12-05"]),
        ("The clerk said that Friday was the busiest day.", dt.date(2023, 12, 10), ["2023-12-08"]),
        # A time counted from one just told or from an event the text gives (decisions 72, 119) ...
        ("The year after that, the choir should still have four tenors.", dt.date(2023, 12, 10), [None]),
        ("The clerk called the mayor the night of the flood.", dt.date(2023, 12, 10), [None]),
        ("Protests had grown over the weekend of the fair’s grand opening.", dt.date(2023, 12, 10), [None]),
        ("Expect the comedy to hold up well in its third weekend.", dt.date(2023, 12, 10), [None]),
        # ... not a day the phrase names itself, nor a weekend of the reference's own.
        ("The clerk called the mayor on the night of March 4.", dt.date(2023, 12, 10), ["2023-03-04"]),
        ("Protests had grown over the weekend.", dt.date(2023, 12, 10), ["2023-W49"]),
    ],
)
def test_times_counted_from_the_storys_own_days(text, ref, expected):
    assert claim_values(text, ref) == expected


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # A past verb joined to a clause in the future keeps its own time ...
        ("The band will tour again in spring, and its last show came on Saturday.", dt.date(2023, 12, 12), ["2023-12-09"]),
        # ... a participle used as a preposition takes the time of the verb it hangs on ...
        ("The mayor has met the rail board twice, including a long talk this weekend.", dt.date(2023, 12, 11), ["2023-W49"]),
        # ... and a present "go" that only goes somewhere is no future (not "is going to").
        ("The same goes for his odd remark on Sunday that he would have won.", dt.date(2023, 12, 13), ["2023-12-10"]),
        ("The council is going to vote on Sunday.", dt.date(2023, 12, 13), ["2023-12-17"]),
    ],
)
def test_the_verb_that_gives_a_date_its_tense(text, ref, expected):
    assert claim_values(text, ref) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A decade written with an apostrophe before its "s", after "the" ...
        ("the mill ran through the late 1970’s", ["197"]),
        ("the mill ran through the 1970's", ["197"]),
        # ... two counts offered give no one count (decision 188) ...
        ("the mill closed two or three years ago", [None]),
        # ... a year before the common era has no YYYY form (as decision 86's count back) ...
        ("the shards date from around 800 BC", [None]),
        ("a wall built in 2,150 BCE", [None]),
        # ... and "past" before a count is a span ("over the past six years after …", decision 40).
        ("the letters sent over the past six years after May 1, 2020", ["2020-05-01"]),
    ],
)
def test_written_forms_of_years_decades_and_counts(text, expected):
    assert values(text) == expected


def test_past_before_a_month_is_after_it():
    # "past March" is "after March" (GUIDE decision 456): a plan still ahead takes the coming one, a past verb the latest.
    assert values("the pool stays open past March", tense="present") == ["2024-03"]
    assert values("the pool stays open past June", tense="present") == ["2024-06"]
    assert values("the pool stayed open past June", tense="past") == ["2023-06"]
    assert values("the pool opened this past June", tense="present") == ["2023-06"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A weekday its own phrase places in a month or year written with it cannot be told (GUIDE decision 444) ...
        ("On a windy Thursday in October 1987, the pier burned.", [None, "1987-10"]),
        ("one Monday in the spring of 1974", [None, "1974"]),
        # ... nor is a weekday dated by the numbers after it a second date.
        ("the meeting on Thursday, 10/8/15, ran late", ["2015-10-08"]),
        # A bare weekday before a month keeps the week the tense points at.
        ("On Thursday in March the pier burned.", ["2024-02-29", "2024-03"]),
    ],
)
def test_weekdays_their_own_phrase_places(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A figure set against "a year earlier" where the text gives the period it reports no date: the previous year
        # (GUIDE decisions 10, 490(b)) ...
        ("The mill's loss narrowed to $12 million from $40 million a year earlier.", ["2023"]),
        ("Ferry sales rose 6 percent in the second quarter from a year earlier.", ["2023"]),
        ("The bakery's profit beat the year-earlier figure of $2 million.", ["2023"]),
        ("Orders in the year-ago quarter were flat.", ["2023"]),
        # ... counted from the date it does give, no value (decision 72) ...
        ("Ferry sales fell 3 percent in October, down from 5 percent a year earlier.", ["2023-10", None]),
        ("Fourth-quarter 2023 orders beat the year-earlier figure.", ["2023", None]),
        # ... and a second comparison in the same text is not "counted from" the year the first one was given.
        (
            "The mill's loss narrowed to $12 million from $40 million a year earlier, and its sales fell to $90 million"
            " from $95 million a year earlier.",
            ["2023", "2023"],
        ),
        # ... and a year counted back from a happening in the story stays without a value.
        ("A year earlier, the owner had sold the orchard.", [None]),
    ],
)
def test_a_year_earlier_in_a_comparison_of_figures(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # A deadline "until" a day set by a verb in the present perfect lies ahead (GUIDE decision 490(c)) ...
        ("The two unions have given themselves until Sunday to settle the dispute.", dt.date(2023, 12, 13), ["2023-12-17"]),
        ("The council has given residents until Friday to comment.", dt.date(2023, 12, 13), ["2023-12-15"]),
        # ... one set in the past may have passed, and a state kept "until" a day is no deadline.
        ("The council had given residents until Friday to comment.", dt.date(2023, 12, 13), ["2023-12-08"]),
        ("The ferry has run late until Monday.", dt.date(2023, 12, 13), ["2023-12-11"]),
    ],
)
def test_a_deadline_set_in_the_present_perfect_points_ahead(text, ref, expected):
    assert claim_values(text, ref) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A range of years hedged at either end is a span, no date (GUIDE decisions 89, 125) ...
        ("Two bakeries from around 2011 to 2014 fixed the price of flour.", []),
        ("The firm rigged bids on pumps from 2005 until at least early 2012.", []),
        ("The scheme ran from as early as 1999 to 2004.", []),
        # ... two years not set as a range stay dates.
        ("The firm rigged bids in 2005 and again in early 2012.", ["2005", "2012"]),
    ],
)
def test_hedged_ranges_of_years_are_spans(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the eve of" an event the text gives is counted from it: listed without a value (GUIDE decision 72) ...
        ("On the eve of his wedding, the baker closed the shop.", [None]),
        ("On the eve of the vote, the mayor resigned.", [None]),
        # ... not "the eve of" a day the text dates.
        ("On the eve of March 1, the mayor resigned.", ["2024-03-01"]),
    ],
)
def test_the_eve_of_an_event(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "earlier this" and "later this" stay in a date's text (GUIDE decision 10); the value is the period's own.
        ("The board met earlier this week.", [("earlier this week", "2024-W10")]),
        ("Earlier this year, the mill closed.", [("Earlier this year", "2024")]),
        ("The firm will report later this month.", [("later this month", "2024-03")]),
        ("The mill is busy this year.", [("this year", "2024")]),
    ],
)
def test_earlier_and_later_this_stay_in_the_text(text, expected):
    assert [(d.text, d.value) for d in find_dates(text, REF, "past")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A weekday owning a happening set inside the clause ("a change for Friday's regatta") dates the happening,
        # not the verb: the nearest such day either way (the reference is a Tuesday: Friday ahead, Sunday back) ...
        ("A schedule change for Friday's regatta drew complaints on Monday.", ["2024-03-08", "2024-03-04"]),
        ("The club said the rules would be the same for Friday night's regatta.", ["2024-03-08"]),
        ("The club said the rules would be the same for Sunday's regatta.", ["2024-03-03"]),
        # ... a past verb that tells the happening itself keeps the past.
        ("Friday's regatta was won by a newcomer.", ["2024-03-01"]),
        ("Friday's regatta drew a record crowd.", ["2024-03-01"]),
    ],
)
def test_a_weekday_owning_a_happening_takes_the_nearest_day(text, expected):
    assert claim_values(text, REF) == expected


def _parsed(words, tags, heads, deps, lemmas):
    """A Doc with the parse given (the small model now and then tags a past "set" after a plural noun as a present)."""
    from spacy.tokens import Doc

    from declcli.claims.nlp import load_model

    return Doc(load_model().vocab, words=words, tags=tags, heads=heads, deps=deps, lemmas=lemmas)


@pytest.mark.parametrize(
    "subject, subject_tag, expected",
    [
        # A past spelled like the base ("set", "cut", "put") tagged a present after a singular subject, which a present
        # would give an "-s": the past ...
        ("march", "NN", True),
        ("she", "PRP", True),
        # ... after a plural or "they" it may be a present.
        ("marchers", "NNS", False),
        ("they", "PRP", False),
    ],
)
def test_a_past_spelled_like_the_base_is_the_past(subject, subject_tag, expected):
    from declcli.claims import _future, _past, _timetable

    # "On Thursday, [subject] set the stage ."
    doc = _parsed(
        ["On", "Thursday", ",", subject, "set", "the", "stage", "."],
        ["IN", "NNP", ",", subject_tag, "VBP", "DT", "NN", "."],
        [4, 0, 4, 4, 4, 6, 4, 4],
        ["prep", "pobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
        ["on", "Thursday", ",", subject, "set", "the", "stage", "."],
    )
    verb = doc[4]
    assert _past(verb) is expected
    # "set" is also a frame of the future ("is set to"): not in the past spelled like the base, nor a timetable's present
    assert _future(verb) is not expected
    assert _timetable(verb) is not expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a decade ago" counts ten years back, "two decades ago" twenty (GUIDE decision 400); "a fortnight ago" is the
        # ISO week two weeks back, as "two weeks ago" ...
        ("The mill closed a decade ago.", ["2014"]),
        ("Two decades ago, the pier burned down.", ["2004"]),
        ("The old rule ended a fortnight ago.", ["2024-W08"]),
        # ... a bounded count or none stays without a value (decisions 142, 188).
        ("More than two decades ago, the pier burned down.", [None]),
        ("Decades ago, the pier burned down.", [None]),
        # Hundreds named by their first year, part of one included, are a century, no date (decision 376); a decade
        # stays one.
        ("The lighthouse was built in the late 1800s.", []),
        ("The lighthouse was built in the late 1880s.", ["188"]),
    ],
)
def test_decades_and_fortnights_ago_and_parts_of_centuries(text, expected):
    assert values(text) == expected


def test_a_weekday_before_an_event_at_the_calendar_edge_gives_no_value_not_a_crash():
    # The nearest-day rule for "Saturday's race" (a weekday owning a happening) counted days outside the calendar's
    # guard: at the last reference day it raised OverflowError and aborted the article.
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    text = "A rule change for Saturday's race raised eyebrows among the crews."
    for ref in ("9999-12-31", "0001-01-01"):
        claims = extract_claims(text, split_sentences(text), reference_date=ref)
        assert claims
        assert all(d.value is None or len(d.value) == 10 for c in claims for d in c.dates)


@pytest.mark.parametrize(
    "text, tense, expected",
    [
        # A distance forward from the present is that day, ISO week, month or year (GUIDE decision 511) ...
        ("The council vote is two weeks away.", "present", ["2024-W12"]),
        ("The bridge opening is still a month away.", "present", ["2024-04"]),
        ("A working reactor is ten years away.", "present", ["2034"]),
        ("The ferry's last sailing is 30 days away.", "present", ["2024-04-04"]),
        # ... a bound, a count with no number, or a distance told in the past names no one time ...
        ("A cure is at least five years away, the doctors say.", "present", [None]),
        ("With the ballot less than 100 days away, the party is nervous.", "present", [None]),
        ("That kind of harbour is 10 years or more away.", "present", [None]),
        ("The fair is just days away.", "present", [None]),
        ("The vote was then two weeks away.", "past", [None]),
        # ... and a distance in space is no date, also in light years.
        ("The lighthouse is two miles away.", "present", []),
        ("The comet is four light years away.", "present", []),
        ("The probe's target is 4.2 light-years away.", "present", []),
        # A count inside a number is not read from its last digits: a decimal or a thousands count names no one time.
        ("The new line is 1.5 years away.", "present", [None]),
        ("Such a climate is 2,000 years away.", "present", [None]),
    ],
)
def test_counts_forward_with_away(text, tense, expected):
    assert values(text, tense=tense) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The eve of an occasion is counted from it (GUIDE decisions 72, 542): listed without a value, also after "the"
        # and a plural name's possessive, and as a word's "-eve" ...
        ("On May 3, 2023, the eve of the Rangers' trip to the coast, the coach quit.", ["2023-05-03", None]),
        ("Her summit-eve remarks upset the hosts.", [None]),
        ("On the eve of the Falcons' final, the striker was hurt.", [None]),
        # ... a named eve stays a named day, and a word holding "eve" is no date.
        ("On New Year's Eve the bells rang.", ["2023-12-31"]),
        ("They took a long-evening walk by the river.", []),
    ],
)
def test_an_eve_counted_from_an_occasion(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A range whose ends are months or days with their years is a span, no date, like a range of years (GUIDE
        # decisions 40, 89, 125, 220), also with hedged ends ...
        ("The ferry ran from March 2009 through October 2012.", []),
        ("The pier was closed from April 2014 until June 2016.", []),
        ("She chaired the board from January 4, 2011 to June 30, 2018.", []),
        ("The fraud ran from as early as May 2005 until at least August 2011.", []),
        ("Rents rose between March 2018 and May 2020.", []),
        # ... while two months listed, or a range with no year, stay dates.
        ("In March 2009 and in October 2012 the ferry broke down.", ["2009-03", "2012-10"]),
        ("between 12 September and 7 November 2023", ["2023-09-12", "2023-11-07"]),
        # A month "of" its year is one month, its text as written.
        ("The pay rise came in November of 2019.", ["2019-11"]),
        # A year joined by "pre-" or "post-" to a noun is a date (GUIDE decision 281).
        ("The talks would start from the pre-1948 borders.", ["1948"]),
        ("Post-2008 lending rules were eased.", ["2008"]),
        # A range of counts back after "from" is a span, no date (decisions 40, 89) ...
        ("The ice age lasted from 19 to 11 thousand years ago.", []),
        ("Giant turtles roamed the island from 5-7 million years ago.", []),
        # ... one count back too far for a year is listed without a value (decision 86), and so is a count of a
        # thousand, million or billion years from an event the text gives (decisions 72, 86, 388).
        ("The moon formed four billion years ago.", [None]),
        ("the galaxy as it looked 1.2 billion years after the first stars", [None]),
        ("Oceans covered the planet more than a billion years before the comet hit.", [None]),
    ],
)
def test_month_year_spans_month_of_year_and_prefixed_years(text, expected):
    assert values(text) == expected


def test_month_of_year_keeps_its_words():
    assert [d.text for d in find_dates("The pay rise came in November of 2019.", REF)] == ["November of 2019"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A short decade with a hyphened "early-", "mid-" or "late-" is the decade, also listed after another one ...
        ("The club was at its best in the late-50s and early-60s.", ["195", "196"]),
        ("The label thrived in the mid-70s.", ["197"]),
        # ... not an age ("his" keeps it from the pattern), nor a temperature.
        ("The keeper is in his late-40s.", []),
        ("Highs will climb into the mid-70s.", []),
    ],
)
def test_hyphened_short_decades(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A bare "the 40s", "the mid-40s", "the forties" in talk of a figure's level (a poll, a rating, a score, an
        # age, a price per barrel, the weather: claims.json `figure_talk_words`) is the figure's range, no decade ...
        ("The senator's approval rating has sat in the mid-40s all year.", []),
        ("Her approval has hovered in the 40s since spring.", []),
        ("Turnout was in the mid-60s percent range.", []),
        ("The golfer shot rounds in the mid-70s all week.", []),
        ("The weather should stay in the mid-70s.", []),
        ("Crude was in the mid-80s a barrel by then.", []),
        ("A woman in the late-50s age group was treated.", []),
        ("His rating sank into the forties.", []),
        # ... while a decade with no such talk, or one written with an apostrophe or its century, stays a decade.
        ("Prices soared in the late-70s.", ["197"]),
        ("Inflation hit 13% in the late-70s.", ["197"]),
        ("The rating agency was founded in the mid-’70s.", ["197"]),
        ("Poll workers struck in the 1970s.", ["197"]),
        # A figure word elsewhere in the sentence, or in another sense, leaves the decade a date (mend33m).
        ("Disco came of age in the 70s, when the clubs of Manhattan filled.", ["197"]),
        ("The golden age of the drive-in cinema was the 50s.", ["195"]),
        ("The documentary was shot in the 80s on a shoestring.", ["198"]),
        ("He composed the score in the 90s while teaching in Vienna.", ["199"]),
        ("Cheap ferries kept the island busy year-round in the 60s.", ["196"]),
        ("Polling booths were scarce in the mountain villages in the 50s.", ["195"]),
        ("The governor is polling in the high-30s.", []),
    ],
)
def test_a_figures_range_is_no_decade(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, ref, expected",
    [
        # A weekday before a person's title and name is the day, no name it opens (GUIDE decisions 20, 40) ...
        ("At a hearing on Thursday Corporal Dan Reyes, 28, admitted the assault.", dt.date(2013, 6, 5), ["2013-05-30"]),
        ("At a court hearing on Tuesday Sgt Mark Hale admitted the theft.", dt.date(2013, 6, 5), ["2013-06-04"]),
        # ... while a weekday opening a name stays none.
        ("He starred on Monday Night Football.", dt.date(2013, 6, 5), []),
        ("She wrote for The Sunday Times.", dt.date(2013, 6, 5), []),
        # A year before a person's name that opens an event's name is no date (decisions 40, 73); one that opens the name
        # of an honour held says when it was held (decision 585(b), which refines 73; session 57).
        ("She played in the 2018 Larry Bird Classic.", dt.date(2013, 6, 5), []),
        ("He took home the 2020 Tom Watson Award.", dt.date(2013, 6, 5), ["2020"]),
        ("The 2017 Frank Miller Memorial drew a crowd.", dt.date(2013, 6, 5), []),
        # ... while a year that a preposition of time governs, before a person's title and name, is the year (mend33m).
        ("In 2011 Governor Tom Reel vetoed the harbour levy.", dt.date(2013, 6, 5), ["2011"]),
        ("By 2012 Mayor Ann Kelso had closed the old pier.", dt.date(2013, 6, 5), ["2012"]),
        ("In 2010 Gov. Ray Quist closed the state's last coal plant.", dt.date(2013, 6, 5), ["2010"]),
    ],
)
def test_weekday_before_a_persons_title(text, ref, expected):
    assert claim_values(text, ref) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A range "from" one date "to" another that a verb of moving a happening governs is two dates, the old and
        # the new, no span (claims.json `rescheduling_lemmas`; a span lasts from one end to the other, decisions 40,
        # 89, 220) ...
        ("The vote was postponed from May 2024 to October 2024.", ["2024-05", "2024-10"]),
        ("The hearing was moved from March 3, 2024 to April 7, 2024.", ["2024-03-03", "2024-04-07"]),
        ("The trial was pushed back from January 2024 until June 2024.", ["2024-01", "2024-06"]),
        ("Officials brought the deadline forward from December 2024 to September 2024.", ["2024-12", "2024-09"]),
        ("The launch slipped from March 2023 to May 2023.", ["2023-03", "2023-05"]),
        ("The Games were postponed from 2020 to 2021.", ["2020", "2021"]),
        ("The summit was shifted from June 2023 to September 2023.", ["2023-06", "2023-09"]),
        # ... while a range something lasts over stays a span.
        ("The ferry ran from March 2009 through October 2012.", []),
        ("She chaired the board from January 4, 2011 to June 30, 2018.", []),
        ("Rents rose between March 2018 and May 2020.", []),
        # A verb that also tells a figure's movement, with its figure, keeps the span.
        ("Sales slipped 4% from 2019 to 2021.", []),
        # A loose verb moving no happening tells a change over the span, whatever numbers the sentence holds (mend33m) ...
        ("Trust in the council slipped from 2017 to 2021, surveys show.", []),
        ("Opinion among farmers shifted from 2014 to 2019 as prices fell.", []),
        ("The lender changed its mortgage rules from 2009 to 2013 after the crash.", []),
        ("Trust in the council slipped from 2017 to 2021, surveys of 5 towns show.", []),
        # ... and one moving a happening gives both dates, whatever numbers the sentence holds.
        ("The referendum, which 30 deputies had sought, slipped from April 2022 to June 2022.", ["2022-04", "2022-06"]),
    ],
)
def test_a_moved_happening_has_two_dates(text, expected):
    assert claim_values(text, REF) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A month "of" its year after a name's word is the word of an event's name, dated by its year (decision 73) ...
        ("The Farmers' March of 2011 blocked the capital.", ["2011"]),
        ("The Great Salt March of 1922 is taught in schools.", ["1922"]),
        # ... while after a word of time (claims.json `month_of_year_leads`) it is one month, as written.
        ("By May of 2018 the mine had closed.", ["2018-05"]),
        ("The fund grew until mid-March of 2016.", ["2016-03"]),
        ("They met in June of 2012 and July of 2013.", ["2012-06", "2013-07"]),
        ("March of 2015 was wet.", ["2015-03"]),
        ("The flood (May of 2014) was the worst.", ["2014-05"]),
        # A day "of" a month "of" its year is that day; a comma keeps "of" from joining a month to a year.
        ("The 2nd of June of 2017 was hot.", ["2017-06-02"]),
        ("She was born on the 9th of October of 1961.", ["1961-10-09"]),
        # a month "of" its year after "on", "that", "this" is that month too (mend33m)
        ("On April of 2013 the mill shut its gates.", ["2013-04"]),
        ("That October of 2009 the bridge reopened.", ["2009-10"]),
    ],
)
def test_a_month_of_its_year(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A comma after the first end's year leaves a range a span (decisions 89, 220) ...
        ("He led the agency from Feb. 2, 2009, to Aug. 31, 2014.", []),
        ("The rule covers sales made between Jan. 1, 2021, and Dec. 31, 2022.", []),
        # ... and a moved happening two dates.
        ("The hearing was moved from May 6, 2024, to June 10, 2024.", ["2024-05-06", "2024-06-10"]),
    ],
)
def test_a_range_with_a_comma_after_its_first_year(text, expected):
    assert claim_values(text, REF) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A count of thousands, millions or billions of years from an event is listed without a value, whatever
        # number word counts it (claims.json `count_words`; decisions 72, 86) ...
        ("Three million years later, the sea rose.", [None]),
        ("The moon cooled about four billion years after it formed.", [None]),
        ("A hundred thousand years later, the valley flooded.", [None]),
        # ... and an amount of money before "years" counts none.
        ("The firm raised $30 million years before it turned a profit.", []),
        ("She paid £3.5 million years after the sale closed.", []),
    ],
)
def test_a_count_of_millions_of_years(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A range of counts back in thousands, millions or billions of years is a span, hedged too (decisions 40,
        # 89) ...
        ("The forest grew from circa 40 to 30 million years ago.", []),
        ("Herders lived there from 9,000-6,000 years ago.", []),
        # ... a small count is a figure's range, then a count back (decision 20).
        ("Rents fell from 14 to 12 years ago.", ["2012"]),
    ],
)
def test_a_range_of_counts_back(text, expected):
    assert values(text) == expected

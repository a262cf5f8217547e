"""Date expressions resolved against the publication date."""

import datetime as dt

import pytest

from declcli.claims.dates import find_dates, reference_day

REF = dt.date(2024, 3, 5)  # a Tuesday


def values(text, ref=REF):
    return [d.value for d in find_dates(text, ref)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("signed on February 22", ["2024-02-22"]),
        ("on 22 February 2022", ["2022-02-22"]),
        ("dated 22.02.2022", ["2022-02-22"]),
        ("ratified on 2022-02-22", ["2022-02-22"]),
        ("takes effect Jan. 1, 2025", ["2025-01-01"]),
        ("the next summit on Sept. 12", ["2024-09-12"]),  # day and month: the published year
        ("on Monday", ["2024-03-04"]),
        ("late Tuesday", ["2024-03-05"]),
        ("on Tuesday, Sept. 24", ["2024-09-24"]),
        ("yesterday and today", ["2024-03-04", "2024-03-05"]),
        ("last year", ["2023"]),
        ("next year", ["2025"]),
        ("in September 2023", ["2023-09"]),
        ("in November", ["2024-11"]),
        ("In 2021, and the 2018 Convention, in fiscal 2023", ["2021", "2018", "2023"]),
        ("between 12 September and 7 November 2023", ["2023-09-12", "2023-11-07"]),
        ("5 марта 2024 г.", ["2024-03-05"]),
    ],
)
def test_values(text, expected):
    assert values(text) == expected


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
    for text in ["Last YEAR", "months", "ToDay", "yesterDAY", "tomorrow", "Yea r", "nothing", "", "4 мая", "ГОД today",
                 "ſtoday", "Today in Москва"]:
        assert _has_relative(text) == (_HAS_RELATIVE.search(text) is not None), text
    assert _HAS_MONTH_RU.search("12 МАЯ") and not _HAS_MONTH_RU.search("12 may")
    # Which characters re.I matches with a Russian month's letters: Cyrillic ones only.
    from declcli.claims.dates import _HAS_CYRILLIC

    everything = "".join(map(chr, range(0x110000)))
    letters = {ch for ch in _MONTH_RU if ch.isalpha()}
    assert all(_HAS_CYRILLIC.match(ch) for ch in re.findall("[" + "".join(letters) + "]", everything, re.I))

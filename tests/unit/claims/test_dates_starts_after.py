"""`starts_after`: whether a date's value names a time that opens after the reference day (GUIDE decision 1056's act
still ahead), and `season_ahead`'s months."""

import datetime as dt

import pytest

from declcli.claims.dates import starts_after

REF = dt.date(2024, 6, 12)


@pytest.mark.parametrize(
    ("value", "after"),
    [
        ("2026", True),
        ("2024", False),
        ("2024-07", True),
        ("2024-06", False),
        ("2024-06-20", True),
        ("2024-06-12", False),
        ("2024-W25", True),
        ("2024-W24", False),
        ("--06-20", False),
        ("980", False),
        (None, False),
    ],
)
def test_starts_after(value, after):
    assert starts_after(value, REF) is after

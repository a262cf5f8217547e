"""clean_html pauses the cyclic garbage collector while a soup is built and
judged (declcli._speedups.collector.paused), and leaves it as it found it."""

import gc

import pytest

from declcli import clean
from declcli.clean import clean_html

FILLER = "The talks in Baku lasted four hours, and both delegations called them useful and frank. " * 3
PAGE = f"<html><head><title>t</title></head><body><nav>Home</nav><article><p>{FILLER}</p></article></body></html>"


@pytest.fixture
def seen(monkeypatch) -> list:
    """Whether the collector ran, at each call of the soup's chrome rules."""
    states = []
    judge = clean._strip_chrome

    def spy(*args, **kwargs):
        states.append(gc.isenabled())
        return judge(*args, **kwargs)

    monkeypatch.setattr(clean, "_strip_chrome", spy)
    return states


def test_the_collector_is_paused_while_the_soup_is_judged_and_running_after(seen):
    assert gc.isenabled()
    page = clean_html(PAGE)
    assert seen == [False]
    assert gc.isenabled()
    assert page.blocks == [FILLER.strip()]


def test_a_collector_the_caller_paused_stays_paused():
    gc.disable()
    try:
        clean_html(PAGE)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_runs_again_when_cleaning_fails(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug in a chrome rule")

    monkeypatch.setattr(clean, "_strip_chrome", broken)
    with pytest.raises(RuntimeError):
        clean_html(PAGE)
    assert gc.isenabled()


def test_the_windows_of_a_large_page_are_judged_with_the_collector_running(seen, monkeypatch):
    """Each window's soup must be freed before the next piles up (peak memory on a large page)."""
    monkeypatch.setattr(clean, "_WINDOWED_ABOVE", 20)
    monkeypatch.setattr(clean, "_WINDOW_ELEMENTS", 10)
    paragraphs = "".join(f"<p>{n}. {FILLER}</p>" for n in range(40))
    page = clean_html(f"<html><head><title>t</title></head><body><article>{paragraphs}</article></body></html>")
    assert len(seen) > 1 and all(seen)
    assert gc.isenabled()
    assert len(page.blocks) == 40


def test_a_large_page_is_cleaned_with_the_collector_running(seen, monkeypatch):
    monkeypatch.setattr(clean, "_PAUSED_UP_TO", len(PAGE) - 1)
    assert clean_html(PAGE).blocks == [FILLER.strip()]
    assert seen == [True]

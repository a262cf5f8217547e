"""Many documents read together (`pipeline.process_many`, `declcli read` over
several inputs in one process): the paragraphs of a window of documents are
parsed in one stream, and every document's output is byte for byte the one
it gets when read alone; a failing input gives its error in its place."""

from __future__ import annotations

import functools
import json

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli

from declcli import defaults
from declcli.claims import nlp
from declcli.errors import DeclError, NoArticle
from declcli.input.source import classify
from declcli.model import Source, document_to_dict
from declcli.pipeline import process, process_many
from declcli.render import to_json

PAGES = [SEED_HTML, SEED_TEXT, *sorted((ROOT / "tests" / "pages").iterdir())]
REFERENCE_DATE = "2022-02-23"
NO_ARTICLE = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"


def _source(name: str, data: bytes) -> Source:
    return classify(Source(kind="file", location=name, data=data), None)


def _sources(paths) -> list[Source]:
    return [_source(path.name, path.read_bytes()) for path in paths]


def _output(document_or_error) -> str:
    if isinstance(document_or_error, DeclError):
        return f"{type(document_or_error).__name__}: {document_or_error}"
    return to_json(document_to_dict(document_or_error))


@functools.cache
def _alone() -> dict[str, str]:
    """Each page's JSON as `process` gives it, one page at a time."""
    outputs = {}
    for source in _sources(PAGES):
        try:
            outputs[source.location] = _output(process(source, REFERENCE_DATE))
        except DeclError as err:
            outputs[source.location] = _output(err)
    return outputs


@pytest.mark.slow
@pytest.mark.parametrize("window", [3, defaults.MANY_DOCUMENTS])
@pytest.mark.parametrize("order", ["forward", "reversed"])
def test_each_document_reads_the_same_alone_and_among_others(monkeypatch, window, order):
    monkeypatch.setattr(defaults, "MANY_DOCUMENTS", window)  # 3: windows end inside the list
    paths = PAGES if order == "forward" else PAGES[::-1]
    together = [_output(x) for x in process_many(_sources(paths), REFERENCE_DATE)]
    assert together == [_alone()[path.name] for path in paths]
    assert sum(output.startswith("{") for output in together) >= 8  # documents with claims, not only errors


@pytest.mark.slow
def test_the_paragraphs_of_a_window_go_to_the_parser_in_one_stream(monkeypatch):
    calls = []
    real = nlp.parse_paragraphs

    def counted(paragraphs, *args, **kwargs):
        calls.append(1)
        return real(paragraphs, *args, **kwargs)

    monkeypatch.setattr(nlp, "parse_paragraphs", counted)
    documents = list(process_many(_sources(PAGES), REFERENCE_DATE))
    assert len(documents) == len(PAGES) <= defaults.MANY_DOCUMENTS
    assert len(calls) == 1  # one window; no document parsed again on its own


@pytest.mark.slow
def test_a_failing_source_gives_its_error_in_its_place(monkeypatch):
    monkeypatch.setattr(defaults, "MANY_DOCUMENTS", 2)
    sources = _sources(PAGES[:2]) + [_source("nav.html", NO_ARTICLE)] + _sources(PAGES[2:4])
    together = list(process_many(sources, REFERENCE_DATE))
    assert isinstance(together[2], NoArticle) and together[2].location == "nav.html"
    others = together[:2] + together[3:]
    assert [_output(x) for x in others] == [_alone()[path.name] for path in PAGES[:4]]


@pytest.mark.slow
def test_read_over_several_inputs_writes_each_document_as_alone(tmp_path):
    nav = tmp_path / "nav.html"
    nav.write_bytes(NO_ARTICLE)
    inputs = [SEED_HTML, SEED_TEXT, ROOT / "tests" / "pages" / "wordpress.html", nav, ROOT / "tests" / "pages" / "amp.html"]
    flags = ["--reference-date", REFERENCE_DATE]
    lines = run_cli("read", *inputs, "-f", "jsonl", "--keep-going", *flags).stdout.splitlines(keepends=True)
    array = json.loads(run_cli("read", *inputs, "-f", "json", "--keep-going", *flags).stdout)  # not streamed
    assert len(lines) == len(array) == len(inputs)
    for n, path in enumerate(inputs):
        alone = run_cli("read", path, "-f", "jsonl", "--keep-going", *flags).stdout
        if path == nav:
            assert json.loads(lines[n])["error"]["code"] == NoArticle.code
            assert array[n]["error"]["code"] == NoArticle.code
            continue
        assert lines[n] == alone
        assert array[n] == json.loads(alone)

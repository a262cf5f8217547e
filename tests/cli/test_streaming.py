"""Streamed documents (issue #6): `declcli read` makes each claim while it
writes it. The bytes must be those of the materialized document, rendered
whole, in every format; the streams must be lazy, one-pass and in order.
"""

from __future__ import annotations

import copy
import csv
import functools
import importlib.util
import io
import json

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT
from hypothesis import given, settings
from hypothesis import strategies as st

from declcli import pipeline
from declcli.input.source import classify
from declcli.model import Source, Stream, document_to_dict
from declcli.pipeline import process, stream_document
from declcli.render import FORMATS, Emitter, _yaml, iter_json, iter_jsonl, iter_yaml

# Several agreements, one claim reporting two, "both countries" standing for
# parties, earlier commitments joining a later agreement, a party that is no
# country: what the agreement finder changes in claims as they stream.
AGREEMENTS_TEXT = """Russia and Azerbaijan must respect each other's borders.

The Declaration on Allied Interaction between Russia and Azerbaijan was signed in Moscow on February 22 by \
Presidents Vladimir Putin and Ilham Aliyev. Both countries should deepen mutual cooperation.

The Treaty of Friendship between the European Union and Canada was signed in Ottawa and the Joint Statement on \
Trade was adopted. The two sides will expand trade, and the agreement will take effect in May.

France and Germany must cut emissions. France and Germany signed the Paris Accord on Energy. Both parties must \
report annually, the text says. Kazakhstan and Uzbekistan signed an agreement on water sharing on Monday. The \
parties agreed to meet again next year.
"""


def _news_page(size: int) -> bytes:
    spec = importlib.util.spec_from_file_location("memory_benchmark", ROOT / "benchmarks" / "memory.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.news_page(size)


def _sources() -> list[Source]:
    inputs = [(p.name, p.read_bytes(), None) for p in sorted((ROOT / "tests" / "pages").iterdir())]
    inputs += [
        (SEED_HTML.name, SEED_HTML.read_bytes(), None),
        (SEED_TEXT.name, SEED_TEXT.read_bytes(), None),
        ("agreements.txt", AGREEMENTS_TEXT.encode(), "text"),
        ("news.html", _news_page(150_000), "html"),
    ]
    return [classify(Source(kind="file", location=name, data=data), fmt) for name, data, fmt in inputs]


SOURCES = _sources()


@pytest.fixture(autouse=True)
def _every_claim(monkeypatch):
    """The news page's 1,000 claims and more run past the claims' token
    budget (defaults.CLAIM_TOKENS), which would cut them at about 800."""
    from declcli import defaults

    monkeypatch.setattr(defaults, "CLAIM_TOKENS", 10**7)


# What the claims stage yields for each article, recorded the first time that
# article's claims are read to the end: the news page's 1,000 claims take
# seconds to make, and a dozen tests stream it. Streaming and materializing
# differ only in what is done with the claims once made (finished by the
# agreement finder as each is asked for, turned into dicts, rendered in
# pieces); the claims stage is the same `pipeline.iter_claims` for both. So
# after the first full run, that stage is replayed from copies of its claims
# as they were yielded (before the finder changed them), one at a time, and
# everything downstream of it runs for real in every test.
_CLAIMS_MADE: dict[tuple[str, str | None], list] = {}


@pytest.fixture(autouse=True)
def _claims_made_once(monkeypatch):
    real = pipeline.iter_claims

    def recorded(article, reference_date=None):
        key = (article.text, reference_date)
        if key in _CLAIMS_MADE:
            for claim in _CLAIMS_MADE[key]:
                yield copy.deepcopy(claim)
            return
        made = []
        for claim in real(article, reference_date):
            made.append(copy.deepcopy(claim))
            yield claim
        _CLAIMS_MADE[key] = made

    monkeypatch.setattr(pipeline, "iter_claims", recorded)


def _streamed(source: Source) -> dict:
    return stream_document(source, "2022-02-23")[0]


@functools.cache
def _materialized_at(index: int) -> dict:
    return document_to_dict(process(SOURCES[index], "2022-02-23"))


def _materialized(source: Source) -> dict:
    # Rendering never changes a tree: each source's is made once for all formats.
    return _materialized_at(SOURCES.index(source))


def _csv_whole(tree: dict) -> str:
    from declcli.render import CSV_COLUMNS, csv_rows

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(list(csv_rows(tree)))
    return buf.getvalue()


# Each format rendered in one piece from the materialized tree, as before streaming.
WHOLE = {
    "json": lambda tree: json.dumps(tree, ensure_ascii=False, indent=2) + "\n",
    "jsonl": lambda tree: json.dumps(tree, ensure_ascii=False, separators=(",", ":")) + "\n",
    "yaml": _yaml,
    "csv": _csv_whole,
}
PIECES = {
    "json": iter_json,
    "jsonl": iter_jsonl,
    "yaml": iter_yaml,
    "csv": lambda tree: [_csv_whole(tree)],
}


@pytest.mark.slow
def test_pages_have_what_streaming_must_get_right():
    trees = [_materialized(s) for s in SOURCES]
    assert sum(len(t["agreements"]) for t in trees) >= 6
    assert max(len(t["claims"]) for t in trees) > 1000


@pytest.mark.parametrize("fmt", sorted(WHOLE))
@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.location)
@pytest.mark.slow
def test_streamed_output_is_the_materialized_output(source, fmt):
    expected = WHOLE[fmt](_materialized(source))
    assert "".join(PIECES[fmt](_streamed(source))) == expected


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.slow
def test_emitter_writes_the_same_bytes_for_streamed_and_listed_documents(fmt):
    for multi in (False, True):
        outputs = []
        for make in (_streamed, _materialized):
            out = io.StringIO()
            emitter = Emitter(fmt, out, multi=multi, color=False, width=100)
            for source in SOURCES[-3:] if multi else SOURCES[-2:-1]:
                emitter.add(make(source))
            emitter.close()
            outputs.append(out.getvalue())
        assert outputs[0] == outputs[1], (fmt, multi)


@pytest.mark.slow
def test_claims_are_made_as_they_are_asked_for(monkeypatch):
    made = []

    def counting(claim):
        made.append(claim.id)
        return {"id": claim.id}

    monkeypatch.setattr(pipeline, "claim_to_dict", counting)
    tree = _streamed(SOURCES[-1])
    assert made == []
    claims = tree["claims"]
    assert isinstance(claims, Stream) and next(claims) == {"id": "c1"} and made == ["c1"]
    next(claims)
    assert (made, claims.count, claims.done) == (["c1", "c2"], 2, False)


def test_agreements_are_read_after_the_claims_only():
    tree = _streamed(classify(Source(kind="file", location="a.txt", data=AGREEMENTS_TEXT.encode()), "text"))
    with pytest.raises(RuntimeError, match="once all claims"):
        next(tree["agreements"])
    tree = _streamed(classify(Source(kind="file", location="a.txt", data=AGREEMENTS_TEXT.encode()), "text"))
    claims = list(tree["claims"])
    agreements = list(tree["agreements"])
    assert claims and agreements and list(tree["claims"]) == [] and tree["claims"].count == len(claims)


def test_a_bad_input_fails_before_the_stream_is_made():
    from declcli.errors import NoArticle

    with pytest.raises(NoArticle):
        stream_document(classify(Source(kind="file", location="x.html", data=b"<html><nav>Home</nav></html>"), "html"))


def test_internal_error_mid_stream_is_exit_70_and_leaves_no_output_file(monkeypatch, tmp_path, capsys):
    from declcli.cli import main

    real = pipeline.claim_to_dict

    def failing(claim):
        if claim.id == "c3":
            raise ValueError("boom")
        return real(claim)

    monkeypatch.setattr(pipeline, "claim_to_dict", failing)
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as exc:
        main(["read", str(SEED_HTML), "-f", "jsonl", "-o", str(out)])
    assert exc.value.code == 70
    assert "internal error: ValueError: boom" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_verbose_counts_of_a_streamed_document(cli):
    res = cli("read", SEED_HTML, "-f", "csv", "-v")
    assert res.returncode == 0
    assert "aliyev-putin-declaration.html: 11 claims, 8 paragraphs, 1 agreement\n" in res.stderr.decode()


def test_a_long_text_is_encoded_in_slices_to_the_same_bytes(monkeypatch):
    """The article's text, longer than a slice, is JSON-escaped a slice at a
    time: escaping is per character, so quotes, backslashes, line breaks,
    control characters and characters beyond the BMP come out the same
    wherever a slice ends."""
    from declcli.render import shared

    text = ('He said: "yes" \\ no.\nNext\tline \x01 — 😀 “quoted” ' * 40).strip()
    tree = {"schema": "declcli/1", "article": {"title": "T", "text": text}, "claims": [], "agreements": []}
    for size in (1, 7, 64):
        monkeypatch.setattr(shared, "WRITE_SLICE", size)
        assert "".join(iter_json(tree)) == json.dumps(tree, ensure_ascii=False, indent=2) + "\n"
        assert "".join(iter_jsonl(tree)) == json.dumps(tree, ensure_ascii=False, separators=(",", ":")) + "\n"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
@pytest.mark.slow
def test_json_pieces_are_the_json_modules_bytes(value):
    """orjson (when it takes the value) and json write the same text: pretty
    with indent 2, and compact; a lone surrogate or an integer past 64 bits
    falls back to json."""
    from declcli.render import _compact, _pretty

    assert _pretty(value) == json.dumps(value, ensure_ascii=False, indent=2)
    assert _compact(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_json_without_orjson_is_the_same(monkeypatch):
    from declcli.render import json_writer

    tree = document_to_dict(process(classify(Source(kind="file", location="seed.html", data=SEED_HTML.read_bytes()))))
    with_orjson = "".join(iter_json(tree)), "".join(iter_jsonl(tree))
    monkeypatch.setattr(json_writer, "_orjson", lambda: None)
    assert ("".join(iter_json(tree)), "".join(iter_jsonl(tree))) == with_orjson
    assert with_orjson[0] == json.dumps(tree, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "First paragraph, long enough.\n\nSecond one:\n  indented line\n\n\nafter two blank lines",
        "  leading spaces\nand a trailing newline\n",
        "ends with two newlines\n\n",
        'quotes " and \\ backslashes: a: b # not a comment',
    ],
)
def test_a_long_article_text_in_yaml_is_the_dumpers_bytes(monkeypatch, text):
    """The article's text, longer than a slice, is written by the dumper a
    chunk at a time and indented on the way: the same bytes as one dump of
    the whole document, whatever its blank lines, indentation and ending."""
    import declcli.render as render
    from declcli.render import shared

    tree = {
        "schema": "declcli/1",
        "article": {"title": "T", "authors": ["A", "B"], "text": text * 30, "media": [{"caption": "one\ntwo", "credit": None}]},
        "claims": [{"id": "c1", "text": "x"}],
        "agreements": [],
    }
    whole = render._yaml(tree)
    for size in (8, 64, 100000):
        monkeypatch.setattr(shared, "WRITE_SLICE", size)
        assert render.to_yaml(tree) == whole
        out = io.StringIO()
        emitter = Emitter("yaml", out, multi=False)
        emitter.add(tree)
        emitter.close()
        assert out.getvalue() == whole


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 4096])
@pytest.mark.parametrize("last", [True, False])
def test_indenting_stream_whatever_the_chunks(chunk, last):
    """The dumper writes in chunks of its own size; the indenting stream
    gives the same text for any chunking, end marker included."""
    from declcli.render import _indent_lines, _IndentingStream, _open_end, _yaml

    for value in ("a\n\n  b\nc\n", "plain", "kept newline\n\n", "x\ny"):
        dumped = _yaml({"text": value})
        got: list[str] = []
        stream = _IndentingStream(got.append, "  ", last)
        for start in range(0, len(dumped), chunk):
            stream.write(dumped[start : start + chunk])
        stream.close()
        assert "".join(got) == _indent_lines(_open_end(dumped, last), "  ")

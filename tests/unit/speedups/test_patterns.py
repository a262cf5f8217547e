"""declcli._speedups.pattern_cache: Patterns built from the cache file are the
ones re.compile builds, and a missing, corrupt, foreign or unwritable cache
changes nothing.

Runs of the command in a fresh interpreter are what these tests cost (one to
three seconds each, most of it spaCy): there are three, on the seed's HTML
page, whose run compiles declcli's, PyYAML's and bs4's patterns alike. The
rest works on the module in this process."""

import json
import marshal
import os
import re
import subprocess
import sys
import zlib

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT

from declcli._speedups import pattern_cache as patterns

# One `declcli read` in a fresh interpreter, then what declcli.patterns saw.
_READ_AND_REPORT = """
import json, sys
from declcli._speedups import pattern_cache as patterns
from declcli.cli import main
sys.argv = ["declcli", "read", sys.argv[1], "-f", "yaml", "-o", sys.argv[2]]
try:
    main()
except SystemExit as exit:
    assert not exit.code, exit.code
import yaml
stored = patterns._stored or {}
print(json.dumps({"used": len(patterns._used), "new": len(patterns._new),
                  "from_file": sum(key in stored for key in patterns._used),
                  "yaml_patterns": len(patterns._imports.get("yaml", patterns._new_imports.get("yaml", ()))),
                  "bs4_patterns": len(patterns._imports.get("bs4", patterns._new_imports.get("bs4", ()))),
                  "primed": len(patterns._primed),
                  "non_printable_primed": (yaml.reader.Reader.NON_PRINTABLE.pattern, 0) in patterns._primed}))
"""


def _read_in_subprocess(tmp_path, prefix, *, dont_write=False, path=SEED_HTML):
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    if dont_write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    out = tmp_path / "out.yaml"
    proc = subprocess.run(
        [sys.executable, "-c", _READ_AND_REPORT, str(path), str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), out.read_bytes()


def _cache_file(prefix) -> str:
    folder = os.path.join(str(prefix), os.path.dirname(os.path.abspath(patterns.__file__)).lstrip(os.sep))
    return os.path.join(folder, f"_pattern_cache.{sys.implementation.cache_tag}.pyc")


def _payload(path) -> tuple:
    """(patterns, imports) as the file holds them."""
    with open(path, "rb") as f:
        _stamp, _checksum, payload = marshal.loads(f.read())
    return marshal.loads(payload)


def _entries(path) -> dict:
    return _payload(path)[0]


@pytest.fixture(scope="module")
def written_cache(tmp_path_factory):
    """A cache file written by one `declcli read` of the seed's HTML page, and that run's report and output."""
    tmp_path = tmp_path_factory.mktemp("patterns")
    prefix = tmp_path / "pycache"
    report, output = _read_in_subprocess(tmp_path, prefix)
    return prefix, report, output


@pytest.fixture
def fresh_state(monkeypatch):
    """declcli.patterns as at start-up, reading and writing `path` once set."""
    location = {}
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_new", {})
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(patterns, "_imports", {})
    monkeypatch.setattr(patterns, "_new_imports", {})
    monkeypatch.setattr(patterns, "_primed", set())
    monkeypatch.setattr(patterns, "_save_registered", True)  # save() is called by the test, not at exit
    monkeypatch.setattr(patterns, "cache_path", lambda: location.get("path"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return location


def _texts() -> list[str]:
    """The seed's text and HTML page, whole and cut into sentences and lines.

    Pattern equality already compares the compiled code (flags, opcodes,
    pattern), so running each pattern on these is a check of the Patterns
    _sre.compile builds, not a search for inputs that tell them apart."""
    texts = [SEED_TEXT.read_text(encoding="utf-8"), SEED_HTML.read_text(encoding="utf-8")]
    # Many patterns are anchored and meant for one sentence or clause: try those pieces too.
    pieces = {piece.strip() for text in texts for piece in re.split(r"(?<=[.!?])\s+|\n|, ", text)}
    return texts + sorted(piece for piece in pieces if piece)


def _behaviour(rx: re.Pattern, texts) -> list:
    out = []
    for text in texts:
        if isinstance(rx.pattern, bytes):
            text = text.encode("utf-8")
        out.append([(m.span(), m.groups(), m.groupdict(), [m.span(i) for i in range(rx.groups + 1)]) for m in rx.finditer(text)])
    return out


@pytest.mark.slow
@pytest.mark.subprocess
def test_first_run_writes_the_cache_and_the_second_builds_every_pattern_from_it(written_cache, tmp_path):
    """declcli's patterns, and those PyYAML and bs4 (soupsieve) compile as they
    are imported (render and clean_html import them through the cache)."""
    prefix, first, first_output = written_cache
    path = _cache_file(prefix)
    assert os.path.exists(path)
    assert first["used"] > 50 and first["new"] == first["used"] and first["from_file"] == 0
    assert first["yaml_patterns"] >= 5 and first["bs4_patterns"] >= 20 and first["primed"] == 0
    mtime = os.stat(path).st_mtime_ns
    second, second_output = _read_in_subprocess(tmp_path, prefix)
    assert second == {
        "used": first["used"],
        "new": 0,
        "from_file": first["used"],
        "yaml_patterns": first["yaml_patterns"],
        "bs4_patterns": first["bs4_patterns"],
        "primed": first["yaml_patterns"] + first["bs4_patterns"],
        "non_printable_primed": True,
    }
    assert second_output == first_output
    assert os.stat(path).st_mtime_ns == mtime  # nothing new: not rewritten


@pytest.mark.slow
def test_patterns_from_the_cache_equal_and_behave_as_re_compile(written_cache, fresh_state):
    prefix, _report, _output = written_cache
    fresh_state["path"] = _cache_file(prefix)
    stored = _entries(fresh_state["path"])
    assert any(isinstance(p, bytes) for p, _flags in stored) and any(flags for _p, flags in stored)
    texts = _texts()
    for pattern, flags in stored:
        cached = patterns.compile(pattern, flags)
        reference = re.compile(pattern, flags)
        assert cached is not reference  # built by _sre.compile, not found in re's own cache
        assert cached == reference
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            reference.pattern,
            reference.flags,
            reference.groups,
            reference.groupindex,
        )
        assert _behaviour(cached, texts) == _behaviour(reference, texts), pattern
    assert patterns._new == {}


@pytest.mark.slow
@pytest.mark.subprocess
def test_without_bytecode_nothing_is_written_and_the_output_is_the_output_with_the_cache(written_cache, tmp_path):
    _prefix, _report, cached_output = written_cache
    prefix = tmp_path / "pycache"
    report, plain_output = _read_in_subprocess(tmp_path, prefix, dont_write=True)
    assert report["new"] == 0 and report["from_file"] == 0
    assert not prefix.exists()
    assert cached_output == plain_output


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal at all",
        b"\x00" * 64,
        "truncated",
        "foreign stamp",
        "bad checksum",
        "bad entry",
        "wrong shape",
        "previous format",
    ],
)
def test_a_corrupt_or_foreign_cache_file_is_ignored(fresh_state, tmp_path, content):
    pattern, flags = r"(?P<word>\w+)-(\d+)", re.I
    key = (pattern, int(flags))
    good_payload = marshal.dumps(({key: (int(flags | re.U), [1, 2, 3], 1, {"word": 1}, (None, "word", None))}, {}))
    stamp = patterns._STAMP
    if content == "truncated":
        payload = marshal.dumps(({}, {}))
        content = marshal.dumps((stamp, zlib.crc32(payload), payload))[:-3]
    elif content == "foreign stamp":
        payload = marshal.dumps(({}, {}))
        content = marshal.dumps((("2.7.0", "cpython-27", 1, 4), zlib.crc32(payload), payload))
    elif content == "bad checksum":
        content = marshal.dumps((stamp, zlib.crc32(good_payload) ^ 1, good_payload))
    elif content == "bad entry":  # a valid file whose opcodes _sre refuses
        content = marshal.dumps((stamp, zlib.crc32(good_payload), good_payload))
    elif content == "wrong shape":
        content = marshal.dumps([stamp, 1])
    elif content == "previous format":  # the patterns alone, without the imports' lists
        payload = marshal.dumps(
            {key: (int(flags | re.U), [1, 2, 3], 1, {"word": 1}, (None, "word", None)), ("other", 0): (32, [1], 0, {}, (None,))}
        )
        content = marshal.dumps((stamp, zlib.crc32(payload), payload))
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    fresh_state["path"] = str(path)
    compiled = patterns.compile(pattern, flags)
    assert compiled == re.compile(pattern, flags)
    assert compiled.match("Alpha-12").groupdict() == {"word": "Alpha"}
    # The file is replaced by a good one at exit.
    patterns.save()
    assert key in _entries(path)


def test_an_unwritable_location_is_silently_left_alone(fresh_state, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    fresh_state["path"] = str(blocker / "__pycache__" / "patterns.marshal")
    compiled = patterns.compile(r"\bunwritable\b")  # the file cannot be read: compiled as usual
    assert compiled.search("an unwritable place") and patterns._stored == {}
    patterns.save()  # no exception
    assert blocker.read_text() == "not a folder"
    assert not list(tmp_path.glob("**/*.tmp"))


def test_save_keeps_the_stored_entries_and_adds_the_new(fresh_state, tmp_path):
    fresh_state["path"] = str(tmp_path / "patterns.marshal")
    patterns.compile("first")
    patterns.save()
    patterns._stored = None
    patterns.compile("second", re.M)
    patterns.save()
    assert set(_entries(fresh_state["path"])) == {("first", 0), ("second", int(re.M))}


def test_a_full_cache_keeps_only_the_patterns_of_this_run(fresh_state, tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "MAX_ENTRIES", 3)
    fresh_state["path"] = str(tmp_path / "patterns.marshal")
    for word in ("one", "two", "three"):
        patterns.compile(word)
    patterns.save()
    patterns._stored = None
    patterns._used.clear()
    patterns.compile("two")
    patterns.compile("four")
    patterns.save()
    assert set(_entries(fresh_state["path"])) == {("two", 0), ("four", 0)}


def test_what_the_cache_does_not_take_goes_to_re_compile(fresh_state, tmp_path):
    fresh_state["path"] = str(tmp_path / "patterns.marshal")
    compiled = re.compile("x")
    assert patterns.compile(compiled) is compiled
    with pytest.raises(re.error):
        patterns.compile("(unbalanced")
    assert patterns._new == {}


def test_declcli_patterns_raise_no_warning(written_cache):
    """A cached pattern is not parsed again, so a warning re raised while parsing it would come only once."""
    import warnings

    prefix, _report, _output = written_cache
    re.purge()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for pattern, flags in _entries(_cache_file(prefix)):
            re.compile(pattern, flags)


_LIBRARY = """
import re

WORD = re.compile(r"(?P<word>[^\\W\\d_]+)-(\\d+)", re.I)
WIDE = re.compile("[^\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\U00010000-\\U0010ffff]")
"""


@pytest.fixture
def library(tmp_path, monkeypatch):
    """A module that compiles two patterns as it is imported, importable as `name`."""
    name = f"declcli_test_library_{os.getpid()}_{id(tmp_path)}"
    (tmp_path / f"{name}.py").write_text(_LIBRARY)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield name
    sys.modules.pop(name, None)


def _forget(name):
    """As in a new process: the module not imported, re's cache empty, the file not yet read."""
    sys.modules.pop(name, None)
    re.purge()
    patterns._stored = None
    patterns._primed.clear()


def test_an_import_s_patterns_are_stored_then_put_in_re_s_cache_before_the_next_import(fresh_state, tmp_path, library):
    fresh_state["path"] = str(tmp_path / "patterns.marshal")
    _forget(library)
    first = patterns.import_module(library)
    assert patterns._primed == set()
    patterns.save()
    stored, imports = _payload(fresh_state["path"])
    keys = [(first.WORD.pattern, int(re.I)), (first.WIDE.pattern, 0)]
    assert imports == {library: keys} and all(key in stored for key in keys)

    _forget(library)
    second = patterns.import_module(library)
    assert patterns._primed == set(keys)
    for key, compiled in zip(keys, (second.WORD, second.WIDE), strict=False):
        assert compiled is re._cache[(str, *key)]  # the primed Pattern is the one the module got
        assert compiled == re.compile(key[0], key[1])
    assert second.WORD.match("Alpha-12").groupdict() == {"word": "Alpha"}
    assert second.WIDE.search("ok\x07") and not second.WIDE.search("ok \u00e9 \U0001f600")
    assert patterns._new == {} and patterns._new_imports == {}  # nothing new: the file is not rewritten


def test_import_module_returns_an_imported_module_as_it_is(fresh_state, tmp_path, library):
    fresh_state["path"] = str(tmp_path / "patterns.marshal")
    module = patterns.import_module(library)
    assert patterns.import_module(library) is module
    assert patterns.import_module("re") is re


def test_an_import_records_nothing_when_bytecode_is_not_written(fresh_state, tmp_path, library, monkeypatch):
    fresh_state["path"] = str(tmp_path / "patterns.marshal")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _forget(library)
    module = patterns.import_module(library)
    assert module.WORD.match("Beta-3")
    assert patterns._new == {} and patterns._new_imports == {}
    patterns.save()
    assert not os.path.exists(fresh_state["path"])


def test_a_pattern_already_in_re_s_cache_is_not_replaced_and_the_list_is_not_rewritten(fresh_state, tmp_path, library):
    fresh_state["path"] = str(tmp_path / "patterns.marshal")
    _forget(library)
    first = patterns.import_module(library)
    patterns.save()
    _forget(library)
    earlier = re.compile(first.WIDE.pattern)  # compiled by someone else before the import
    second = patterns.import_module(library)
    assert second.WIDE is earlier
    assert patterns._primed == {(first.WORD.pattern, int(re.I))}
    assert patterns._new_imports == {}

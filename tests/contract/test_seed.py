"""The seed article's acceptance criteria (issue 2), on both inputs.

The golden file holds the seed's whole YAML output. After an intended change
of output, regenerate it and review the diff:

    DECLCLI_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/contract/test_seed.py
"""

import json
import os

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli

GOLDEN = ROOT / "tests" / "golden"


def _doc(path, *extra):
    res = run_cli("read", path, "-f", "json", *extra)
    assert res.returncode == 0, res.stderr.decode()
    return json.loads(res.stdout)


@pytest.fixture(scope="module")
def html_doc():
    return _doc(SEED_HTML)


@pytest.fixture(scope="module")
def text_doc():
    return _doc(SEED_TEXT)


def _claim(doc, start):
    found = [c for c in doc["claims"] if c["text"].startswith(start)]
    assert found, f"no claim starts with {start!r}"
    return found[0]


def _claim_containing(doc, part):
    found = [c for c in doc["claims"] if part in c["text"]]
    assert found, f"no claim contains {part!r}"
    return found[0]


TITLE = "Presidents Aliyev and Putin sign a declaration of alliance in Moscow"
CAPTION = {
    "caption": "Aliyev and Putin signing the document in Moscow.",
    "credit": "Official Website of the President of Azerbaijan",
}


def test_html_metadata(html_doc):
    art = html_doc["article"]
    assert art["title"] == TITLE
    assert art["site"] == "Caspian Ledger"
    assert art["authors"] == ["Leyla Mammadova"]
    assert art["published"] == "2022-02-22T19:40:00+03:00"
    assert art["url"] == "https://caspian-ledger.example/en/news/politics/aliyev-putin-declaration-alliance"
    assert art["language"] == "en"
    assert art["breadcrumbs"][:2] == ["Главная", "News"] and len(art["breadcrumbs"]) <= 3
    assert art["media"] == [CAPTION]
    assert html_doc["source"]["media_type"] == "text/html"


CHROME = [
    "cookies",
    "Politics",
    "Search",
    "RU",
    "Breaking",
    "Central Bank sets",
    "Share",
    "Facebook",
    "Read also",
    "trade turnover",
    "Advertisement",
    "Tags",
    "Subscribe",
    "Follow Caspian Ledger",
    "Comments",
    "historic day",
    "Most read",
    "Gas exports",
    "Newsletter",
    "inbox",
    "Главная",
    "About us",
    "All rights reserved",
    "Photo:",
    "signing the document",
    "2 318",
]


@pytest.mark.parametrize("which", ["html", "text"])
def test_text_is_lead_and_seven_paragraphs(which, html_doc, text_doc):
    doc = html_doc if which == "html" else text_doc
    text = doc["article"]["text"]
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("Russia and Azerbaijan will refrain")
    assert paragraphs[-1].startswith("President Ilham Aliyev visit to Moscow")
    for word in CHROME:
        assert word not in text, word
    assert TITLE not in text


def test_text_file_matches_html(html_doc, text_doc):
    art = text_doc["article"]
    assert art["title"] == TITLE
    assert art["text"] == html_doc["article"]["text"]
    assert art["media"] == [CAPTION]
    assert art["breadcrumbs"] == ["Главная", "News"]
    assert art["published"] is None
    assert text_doc["source"]["media_type"] == "text/plain"


def test_text_file_dates_partial_then_resolved(text_doc):
    signed = _claim(text_doc, "The Declaration on Allied Interaction")
    assert signed["dates"] == [{"text": "February 22", "value": "--02-22"}]
    resolved = _doc(SEED_TEXT, "--reference-date", "2022-02-23")
    signed = _claim(resolved, "The Declaration on Allied Interaction")
    assert signed["dates"] == [{"text": "February 22", "value": "2022-02-22"}]


@pytest.mark.parametrize("which", ["html", "text"])
def test_seed_claims(which, html_doc, text_doc):
    doc = html_doc if which == "html" else text_doc
    text = doc["article"]["text"]
    for c in doc["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]

    c = _claim(doc, "Russia and Azerbaijan will refrain from any actions")
    assert (c["kind"], c["modality"], c["polarity"]) == ("commitment", "intention", "negative")
    countries = {(a["name"], a["country"]) for a in c["actors"] if a["type"] == "country"}
    assert {("Russia", "RUS"), ("Azerbaijan", "AZE")} <= countries
    assert c["quotes"] == ["strategic partnership and allied relations"]

    c = _claim(doc, "The Declaration on Allied Interaction")
    assert (c["kind"], c["modality"], c["polarity"]) == ("event", "none", "positive")
    persons = {a["name"] for a in c["actors"] if a["type"] == "person"}
    assert {"Vladimir Putin", "Ilham Aliyev"} <= persons
    assert c["places"] == ["Moscow"]
    if which == "html":
        assert c["dates"] == [{"text": "February 22", "value": "2022-02-22"}]

    c = _claim_containing(doc, "both countries must adhere to the principles")
    assert (c["kind"], c["modality"]) == ("commitment", "obligation")

    c = _claim(doc, "According to the Azerbaijani Foreign Ministry")
    assert c["attribution"] == {"source": "Azerbaijani Foreign Ministry", "cue": "according to"}

    c = _claim(doc, "Both countries should deepen mutual cooperation")
    assert c["modality"] == "recommendation"
    assert "military" in c["topics"]

    c = _claim_containing(doc, "Russia and Azerbaijan may consider providing military assistance")
    assert c["modality"] == "possibility"
    assert c["attribution"] == {"source": None, "cue": "noted"}

    first = _claim_containing(doc, "both parties compromised to refrain from carrying out any economic activities")
    second = _claim(doc, "the further development of economic relations")
    assert "will be facilitated" in second["text"] and "compromised" not in second["text"]
    assert first["sentence"] == second["sentence"]
    assert first["polarity"] == "negative"
    assert (second["modality"], second["polarity"]) == ("intention", "positive")

    c = _claim_containing(doc, "compatibility of payment systems should be implemented")
    assert c["modality"] == "recommendation"
    assert "finance" in c["topics"]

    c = _claim(doc, "The document also predicts the development of joint projects")
    assert {"agriculture", "technology"} <= set(c["topics"])

    c = _claim(doc, "President Ilham Aliyev visit to Moscow happened")
    assert c["kind"] == "event"

    ids = [c["id"] for c in doc["claims"]]
    assert ids == [f"c{i}" for i in range(1, len(ids) + 1)]


@pytest.mark.parametrize("which", ["html", "text"])
def test_seed_agreement(which, html_doc, text_doc):
    doc = html_doc if which == "html" else text_doc
    assert len(doc["agreements"]) == 1
    a = doc["agreements"][0]
    assert a["name"] == "Declaration on Allied Interaction between Russia and Azerbaijan"
    assert a["type"] == "declaration"
    assert a["parties"] == ["Russia", "Azerbaijan"]
    assert a["signatories"] == ["Vladimir Putin", "Ilham Aliyev"]
    assert a["place"] == "Moscow"
    expected = "2022-02-22" if which == "html" else "--02-22"
    assert a["date"]["value"] == expected
    ids = {c["id"] for c in doc["claims"]}
    assert a["claims"] and set(a["claims"]) <= ids


@pytest.mark.parametrize("name,path", [("seed-html.yaml", SEED_HTML), ("seed-text.yaml", SEED_TEXT)])
@pytest.mark.slow
def test_golden_yaml(name, path):
    """Whole-output golden file; also checks byte-identical reruns."""
    rel = path.relative_to(ROOT)
    first = run_cli("read", rel, "-f", "yaml")
    second = run_cli("read", rel, "-f", "yaml")
    assert first.returncode == 0, first.stderr.decode()
    assert first.stdout == second.stdout
    # The location is as given on the command line; keep it relative to the root.
    golden = GOLDEN / name
    if os.environ.get("DECLCLI_UPDATE_GOLDEN"):
        golden.write_bytes(first.stdout)
    assert golden.exists(), f"{golden} missing: run with DECLCLI_UPDATE_GOLDEN=1"
    assert first.stdout.decode() == golden.read_text(encoding="utf-8")

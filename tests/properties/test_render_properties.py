"""Hypothesis properties of the renderers over hostile text (issue 15): for
generated strings full of control and bidi characters, Rich markup,
Markdown, HTML and spreadsheet formulas, every structured format keeps the
exact text, and what is shown to people holds no raw control character."""

import csv
import io
import json
import os
import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from declcli.render import CSV_COLUMNS, Emitter, to_json, to_markdown, to_table, to_text, to_yaml
from declcli.terminal import safe

EXAMPLES = 400 if os.environ.get("DECLCLI_HYPOTHESIS") == "thorough" else 80

PIECES = st.one_of(
    st.sampled_from(
        list("\x1b\x07\x08\r\t\x00\x7f\x9b\u202e\u2066\u200f\u061c")
        + [
            "\x1b]8;;",
            "\x1b[2J",
            "[/",
            "[/bold]",
            "[link=",
            "[black on black]",
            "<!--",
            "](javascript:",
            "=cmd|",
            "@SUM(",
            ":smile:",
        ]
    ),
    st.sampled_from(list("[]/=+-@<>!()*_`\\|#~&:; ")),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)
HOSTILE = st.lists(PIECES, max_size=20).map("".join)
SGR = re.compile(r"\x1b\[[0-9;]*m")
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _claim(n, text, word):
    return {
        "id": f"c{n}",
        "text": text,
        "start": 0,
        "end": len(text),
        "paragraph": 1,
        "sentence": n,
        "kind": "fact",
        "modality": "obligation",
        "polarity": "negative",
        "actors": [{"name": word, "type": "person", "country": None}],
        "attribution": {"source": word, "cue": "said"},
        "quotes": [word],
        "dates": [{"text": word, "value": None}],
        "places": [word],
        "topics": [],
    }


@st.composite
def trees(draw):
    words = st.lists(HOSTILE, max_size=3)
    claims = [_claim(n, draw(HOSTILE), draw(HOSTILE)) for n in range(1, draw(st.integers(0, 3)) + 1)]
    return {
        "schema": "declcli/1",
        "source": {"kind": "file", "location": draw(HOSTILE) or "x", "media_type": "text/html", "sha256": "0" * 64},
        "article": {
            "title": draw(st.one_of(st.none(), HOSTILE)),
            "site": draw(st.one_of(st.none(), HOSTILE)),
            "url": None,
            "authors": draw(words),
            "published": None,
            "modified": None,
            "language": "en",
            "breadcrumbs": draw(words),
            "media": [],
            "text": "\n\n".join(c["text"] for c in claims),
            "description": None,
            "image": None,
            "tags": draw(words),
            "categories": [],
            "byline": draw(words),
        },
        "claims": claims,
        "agreements": [
            {
                "name": draw(HOSTILE),
                "type": "treaty",
                "parties": draw(words),
                "signatories": [],
                "date": None,
                "place": draw(st.one_of(st.none(), HOSTILE)),
                "claims": [],
            }
        ],
    }


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None)
@given(trees(), st.sampled_from([20, 50, 80]), st.booleans())
@pytest.mark.slow
def test_people_see_no_raw_control_character(tree, width, color):
    shown = to_table(tree, width=width, color=color)
    assert not RAW.search(SGR.sub("", shown).replace("\n", "").replace("\t", ""))
    if not color:
        assert "\x1b" not in shown
    md = to_markdown(tree)
    assert not RAW.search(md.replace("\n", "").replace("\t", ""))
    assert not re.search(r"<[a-zA-Z!/]", md)  # no HTML tag or comment from a page
    assert not RAW.search(safe(to_text(tree), keep_newlines=True).replace("\n", "").replace("\t", ""))


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None)
@given(trees())
@pytest.mark.slow
def test_data_formats_keep_the_exact_text(tree):
    assert json.loads(to_json(tree)) == tree
    assert yaml.safe_load(to_yaml(tree)) == tree
    rows = list(csv.reader(io.StringIO(_csv(tree), newline="")))
    assert rows[0] == CSV_COLUMNS
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    texts = [row[CSV_COLUMNS.index("text")] for row in rows[1:] if row[CSV_COLUMNS.index("claim")]]
    assert [
        t[1:] if t.startswith("'") and not c["text"].startswith("'") else t for t, c in zip(texts, tree["claims"], strict=False)
    ] == [c["text"] for c in tree["claims"]]


def _csv(tree) -> str:
    out = io.StringIO(newline="")
    emitter = Emitter("csv", out, multi=False)
    emitter.add(tree)
    emitter.close()
    return out.getvalue()

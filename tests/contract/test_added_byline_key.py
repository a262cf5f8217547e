"""The added key `article.byline` (declcli/1): who the page credits as its
author. The schema lists it, `validate` takes it, and every format that
prints the article's metadata carries it."""

import json

import pytest
import yaml
from conftest import SEED_HTML, run_cli

_STORY = "<p>" + "The county police log lists the calls of the week and the arrests made in each town. " * 5 + "</p>"
DESK_PAGE = (
    '<html lang="en"><head><title>Police blotters</title><meta name="author" content="HLNF Staff Report">'
    "</head><body><article><h1>Police blotters</h1>"
    f'<p class="byline">by HLNF Staff Report</p>{_STORY}</article></body></html>'
)


@pytest.fixture
def desk_page(tmp_path):
    path = tmp_path / "desk.html"
    path.write_text(DESK_PAGE, encoding="utf-8")
    return path


def test_the_schema_lists_byline_as_an_added_list_of_strings():
    schema = json.loads(run_cli("schema").stdout)
    article = schema["$defs"]["document"]["properties"]["article"]
    assert article["properties"]["byline"]["type"] == "array"
    assert article["properties"]["byline"]["items"] == {"type": "string"}
    # added: a document written before it still validates
    assert "byline" not in article["required"]


def test_validate_accepts_byline_and_rejects_a_wrong_type(tmp_path, desk_page):
    doc = json.loads(run_cli("read", desk_page, "-f", "json", "--no-claims").stdout)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc))
    assert run_cli("validate", good).returncode == 0
    doc["article"]["byline"] = "HLNF Staff Report"  # a string, not a list
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    res = run_cli("validate", bad)
    assert res.returncode == 1 and "byline" in res.stdout.decode()


def test_a_desk_is_the_byline_and_no_author(desk_page):
    doc = json.loads(run_cli("read", desk_page, "-f", "json", "--no-claims").stdout)
    assert doc["article"]["authors"] == []
    assert doc["article"]["byline"] == ["HLNF Staff Report"]


def test_byline_follows_categories_in_yaml_json_and_jsonl(desk_page):
    trees = [
        yaml.safe_load(run_cli("read", desk_page, "-f", "yaml", "--no-claims").stdout),
        json.loads(run_cli("read", desk_page, "-f", "json", "--no-claims").stdout),
        json.loads(run_cli("read", desk_page, "-f", "jsonl", "--no-claims").stdout.decode().splitlines()[0]),
    ]
    for tree in trees:
        keys = list(tree["article"])
        assert keys[keys.index("categories") + 1] == "byline"
        assert tree["article"]["byline"] == ["HLNF Staff Report"]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_the_reports_show_the_byline_where_no_person_is_named(desk_page, fmt):
    out = run_cli("read", desk_page, "-f", fmt, "--no-claims").stdout.decode()
    assert "HLNF Staff Report" in out


def test_the_seeds_byline_is_its_author():
    doc = json.loads(run_cli("read", SEED_HTML, "-f", "json", "--no-claims").stdout)
    assert doc["article"]["byline"] == doc["article"]["authors"] == ["Leyla Mammadova"]

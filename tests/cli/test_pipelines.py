"""declcli in shell pipelines and CI (issue 5): many inputs, streams,
--keep-going, -o, diff and validate, all through the real CLI."""

import csv
import io
import json
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "b-seed.html").write_bytes(SEED_HTML.read_bytes())
    (folder / "a-seed.txt").write_bytes(SEED_TEXT.read_bytes())
    (folder / "sub" / "c.htm").write_text(
        "<html><body><article><p>"
        + "The talks in Baku will continue on Monday, the minister said. " * 3
        + "</p></article></body></html>"
    )
    (folder / "notes.md").write_text("ignored")
    return folder


def _jsonl(stdout):
    return [json.loads(line) for line in stdout.decode().splitlines()]


@pytest.mark.slow
def test_folder_gives_sorted_article_files(corpus):
    res = run_cli("read", corpus, "-f", "jsonl")
    assert res.returncode == 0, res.stderr
    docs = _jsonl(res.stdout)
    assert [d["source"]["location"].split("/")[-1] for d in docs] == ["a-seed.txt", "b-seed.html", "c.htm"]


@pytest.mark.slow
def test_many_inputs_in_input_order(corpus):
    res = run_cli("read", SEED_HTML, SEED_TEXT, SEED_HTML, "-f", "jsonl")
    docs = _jsonl(res.stdout)
    assert [d["source"]["media_type"] for d in docs] == ["text/html", "text/plain", "text/html"]


@pytest.mark.slow
def test_from_file_and_from_stdin(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"# inputs\n{SEED_TEXT}\n\n{SEED_HTML}\n")
    a = run_cli("read", "--from", listing, "-f", "jsonl")
    b = run_cli("read", "--from", "-", "-f", "jsonl", stdin=listing.read_bytes())
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout
    assert len(_jsonl(a.stdout)) == 2


@pytest.mark.slow
def test_yaml_stream_has_one_document_per_input():
    res = run_cli("read", SEED_HTML, SEED_TEXT, "-f", "yaml")
    docs = list(yaml.safe_load_all(res.stdout))
    assert len(docs) == 2 and res.stdout.startswith(b"---\n")
    single = yaml.safe_load(run_cli("read", SEED_HTML, "-f", "yaml").stdout)
    assert docs[0] == single


@pytest.mark.slow
def test_json_object_for_one_array_for_many():
    one = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    many = json.loads(run_cli("read", SEED_HTML, SEED_TEXT, "-f", "json").stdout)
    assert isinstance(one, dict) and isinstance(many, list) and many[0] == one


@pytest.mark.slow
def test_same_tree_in_every_structured_format():
    trees = [
        json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout),
        _jsonl(run_cli("read", SEED_HTML, "-f", "jsonl").stdout)[0],
        yaml.safe_load(run_cli("read", SEED_HTML, "-f", "yaml").stdout),
    ]
    assert trees[0] == trees[1] == trees[2]


@pytest.mark.slow
def test_csv_one_row_per_claim():
    doc = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(run_cli("read", SEED_HTML, "-f", "csv").stdout.decode())))
    assert len(rows) == len(doc["claims"])
    assert rows[0]["title"] == doc["article"]["title"]
    assert [r["claim"] for r in rows] == [c["id"] for c in doc["claims"]]
    assert [r["text"] for r in rows] == [c["text"] for c in doc["claims"]]
    assert rows[0]["modality"] == doc["claims"][0]["modality"]


def test_markdown_table():
    md = run_cli("read", SEED_HTML, "-f", "markdown").stdout.decode()
    assert md.startswith("## Presidents Aliyev and Putin sign")
    assert "| # | kind | modality | actors | claim | said by |" in md
    assert "**Agreement:** Declaration on Allied Interaction between Russia and Azerbaijan" in md


def test_without_keep_going_the_first_failure_stops(tmp_path):
    res = run_cli("read", SEED_HTML, tmp_path / "missing.html", SEED_TEXT, "-f", "jsonl")
    assert res.returncode == 66
    docs = _jsonl(res.stdout)
    assert len(docs) == 1  # the one before the failure, whole
    assert res.stderr.decode().count("\n") == 1


@pytest.mark.slow
def test_keep_going_writes_error_records(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    res = run_cli("read", SEED_HTML, tmp_path / "missing.html", empty, SEED_TEXT, "-f", "jsonl", "--keep-going")
    assert res.returncode == 66  # the first failure's code, at the end
    docs = _jsonl(res.stdout)
    assert len(docs) == 4
    assert docs[1]["error"]["code"] == 66 and docs[2]["error"]["code"] == 3
    assert docs[1]["schema"] == "declcli/1" and docs[1]["source"]["location"].endswith("missing.html")
    assert "claims" in docs[3]
    out = tmp_path / "out.jsonl"
    out.write_bytes(res.stdout)
    assert run_cli("validate", out).returncode == 0


@pytest.mark.slow
def test_output_file_is_atomic(tmp_path):
    out = tmp_path / "out.yaml"
    res = run_cli("read", SEED_HTML, "-o", out)
    assert res.returncode == 0 and res.stdout == b""
    assert out.read_bytes() == run_cli("read", SEED_HTML).stdout
    # A failing run leaves the old file untouched and no temporary file behind.
    res = run_cli("read", SEED_HTML, tmp_path / "missing.html", "-o", out)
    assert res.returncode == 66
    assert out.read_bytes() == run_cli("read", SEED_HTML).stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.yaml"]


@pytest.mark.slow
@pytest.mark.subprocess
def test_jsonl_into_a_json_reader():
    cmd = (
        f"'{sys.executable}' -m declcli read '{SEED_HTML}' '{SEED_TEXT}' -f jsonl | "
        f"'{sys.executable}' -c 'import json,sys; print(sum(len(json.loads(l)[\"claims\"]) for l in sys.stdin))'"
    )
    proc = subprocess.run(cmd, shell=True, capture_output=True, cwd=ROOT, executable="/bin/bash")
    assert proc.returncode == 0
    n = len(json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)["claims"])
    assert int(proc.stdout) == 2 * n


@pytest.mark.slow
def test_verbose_tells_what_was_stripped():
    res = run_cli("read", SEED_HTML, "-vv")
    err = res.stderr.decode()
    assert "claims" in err and "stripped" in err and "Read also" in err
    quiet = run_cli("read", SEED_HTML, "-q")
    assert quiet.stderr == b""


# ------------------------------------------------------------ diff


@pytest.mark.slow
def test_diff_equal_and_different(tmp_path):
    golden = tmp_path / "golden.yaml"
    golden.write_bytes(run_cli("read", SEED_HTML).stdout)
    res = run_cli("diff", golden, golden, "-f", "json")
    assert res.returncode == 0 and json.loads(res.stdout)["equal"] is True
    changed = (
        SEED_HTML.read_text(encoding="utf-8")
        .replace("Both countries should deepen", "Both countries must deepen")
        .replace("<p>The document also predicts", "<p>Trade grew by a third last year.</p><p>The document also predicts")
    )
    page = tmp_path / "changed.html"
    page.write_text(changed, encoding="utf-8")
    res = run_cli("diff", golden, page, "-f", "json")
    assert res.returncode == 1
    d = json.loads(res.stdout)
    assert d["equal"] is False
    assert [c["text"] for c in d["claims"]["added"]] == ["Trade grew by a third last year."]
    mods = [ch for c in d["claims"]["changed"] for ch in c["changes"] if ch["field"] == "modality"]
    assert {"field": "modality", "old": "recommendation", "new": "obligation"} in mods
    assert any(ch["field"] == "text" for ch in d["article"])
    table = run_cli("diff", golden, page, "-f", "table")
    assert table.returncode == 1 and b"different" in table.stdout
    assert run_cli("diff", golden, page, "-q").stdout == b""


# ------------------------------------------------------------ validate


def test_validate_names_file_path_and_key(tmp_path):
    doc = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc))
    assert run_cli("validate", good).returncode == 0
    doc["claims"][2]["modality"] = "maybe"
    del doc["article"]["site"]
    doc["claims"][0]["text"] = "tampered"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    res = run_cli("validate", good, bad)
    assert res.returncode == 1
    out = res.stdout.decode()
    assert f"{bad}: document 1: $.claims[2].modality: 'maybe' is not one of" in out
    assert f"{bad}: document 1: $.article: 'site' is a required property" in out
    assert f"{good}: ok (1 document)" in out


def test_validate_refuses_yaml_aliases_and_garbage(tmp_path):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text('a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nschema: declcli/1\n')
    res = run_cli("validate", bomb)
    assert res.returncode == 65 and b"anchors are not accepted" in res.stderr
    junk = tmp_path / "junk.yaml"
    junk.write_text("key: [unclosed\n")
    res = run_cli("validate", junk)
    assert res.returncode == 65 and b"not valid YAML" in res.stderr


@pytest.mark.slow
@pytest.mark.subprocess
def test_jobs_output_is_byte_identical_to_one_job(corpus, tmp_path):
    args = ["read", corpus, SEED_HTML, tmp_path / "missing.html", SEED_TEXT, "-f", "jsonl", "--keep-going"]
    one = run_cli(*args, "--jobs", "1")
    two = run_cli(*args, "--jobs", "2", process=True)  # a worker pool: a real process
    assert one.returncode == two.returncode == 66
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 6


@pytest.mark.slow
@pytest.mark.subprocess
def test_warm_up_loads_the_model_so_forked_workers_share_it():
    # runner.run calls warm_up before it forks the --jobs workers; in a fresh process here.
    code = (
        "import sys; from declcli.claims.nlp import load_model; from declcli.pipeline import warm_up\n"
        "assert 'spacy' not in sys.modules\n"
        "warm_up(); print(load_model.cache_info().currsize, load_model.cache_info().misses)"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["1", "1"]

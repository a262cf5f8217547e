"""The CLI as a user meets it: subprocesses, pipes, exit codes, formats (run in the test process
where a subprocess adds nothing: see conftest.run_cli)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli

from declcli.errors import EXIT_CODES


@pytest.mark.subprocess
def test_version_and_python_m():
    res = run_cli("--version", process=True)
    assert res.returncode == 0
    assert res.stdout.decode().startswith("declcli ")
    entry_point = Path(sys.executable).parent / "declcli"
    if entry_point.exists():
        entry = subprocess.run([str(entry_point), "--version"], capture_output=True)
        assert entry.stdout == res.stdout


def test_help_lists_examples_before_exit_codes():
    out = run_cli("--help").stdout.decode()
    assert out.index("Examples:") < out.index("Exit codes:")
    import re

    for code, (name, _) in EXIT_CODES.items():
        assert re.search(rf"^\s*{code}\s+{re.escape(name)}\s", out, re.M), (code, name)


def test_readme_documents_every_exit_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, (name, _) in EXIT_CODES.items():
        assert f"| {code} | {name} |" in readme


def test_format_default_is_yaml_when_piped():
    res = run_cli("read", SEED_HTML.relative_to(ROOT))
    assert res.returncode == 0
    assert res.stdout.startswith(b"schema: declcli/1\n")


@pytest.mark.slow
def test_json_and_yaml_carry_the_same_tree():
    import yaml

    j = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    y = yaml.safe_load(run_cli("read", SEED_HTML, "-f", "yaml").stdout)
    assert j == y
    assert list(j) == ["schema", "source", "article", "claims", "agreements"]
    assert list(j["article"]) == [
        "title",
        "site",
        "url",
        "authors",
        "published",
        "modified",
        "language",
        "breadcrumbs",
        "media",
        "text",
        "description",
        "image",
        "tags",
        "categories",
        "byline",
    ]


@pytest.mark.slow
def test_output_validates_against_schema():
    import jsonschema

    schema = json.loads(run_cli("schema").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in (SEED_HTML, SEED_TEXT):
        doc = json.loads(run_cli("read", path, "-f", "json").stdout)
        jsonschema.validate(doc, schema)
        for c in doc["claims"]:
            assert doc["article"]["text"][c["start"] : c["end"]] == c["text"]


def test_stdin_only_when_asked():
    data = SEED_TEXT.read_bytes()
    res = run_cli("read", "-", "-f", "json", stdin=data)
    assert res.returncode == 0
    doc = json.loads(res.stdout)
    assert doc["source"]["kind"] == "stdin" and doc["source"]["location"] == "-"
    assert doc["article"]["title"].startswith("Presidents Aliyev and Putin")


@pytest.mark.subprocess
def test_stdin_terminal_is_refused_not_waited_on():
    pty = pytest.importorskip("pty")
    import os

    master, slave = pty.openpty()
    try:
        res = subprocess.run(
            [sys.executable, "-m", "declcli", "read", "-"], stdin=slave, capture_output=True, timeout=30, cwd=ROOT
        )
    finally:
        os.close(master)
        os.close(slave)
    assert res.returncode == 2
    assert b"terminal" in res.stderr
    assert res.stdout == b""


@pytest.mark.slow
def test_input_format_override():
    # The HTML page read as text keeps its tags as words: the override is honoured.
    res = run_cli("read", SEED_HTML, "--input-format", "text", "-f", "json")
    assert res.returncode == 0
    doc = json.loads(res.stdout)
    assert doc["source"]["media_type"] == "text/plain"
    assert "<title>" in doc["article"]["text"]
    # Detected, the same page is HTML and its tags are gone.
    detected = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    assert detected["source"]["media_type"] == "text/html" and "<title>" not in detected["article"]["text"]
    res = run_cli("read", SEED_TEXT, "--input-format", "html", "-f", "json")
    assert res.returncode == 0
    assert json.loads(res.stdout)["source"]["media_type"] == "text/html"


def test_reference_date_must_be_a_date():
    res = run_cli("read", SEED_TEXT, "--reference-date", "22.02.2022")
    assert res.returncode == 2
    assert res.stdout == b""
    assert b"reference-date" in res.stderr


@pytest.mark.slow
@pytest.mark.subprocess
def test_closed_pipe_ends_quietly():
    proc = subprocess.run(
        f"'{sys.executable}' -m declcli read '{SEED_HTML}' | head -1",
        shell=True,
        capture_output=True,
        cwd=ROOT,
        executable="/bin/bash",
    )
    assert proc.stdout == b"schema: declcli/1\n"
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr
    # The exit code of declcli itself, under pipefail, is 0.
    proc = subprocess.run(
        f"set -o pipefail; '{sys.executable}' -m declcli read {(repr(str(SEED_HTML)) + ' ') * 12} -f jsonl | head -c 10 >/dev/null",  # noqa: E501
        shell=True,
        capture_output=True,
        cwd=ROOT,
        executable="/bin/bash",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""


def test_table_fits_80_columns():
    res = run_cli("read", SEED_HTML, "-f", "table")
    assert res.returncode == 0
    lines = res.stdout.decode().splitlines()
    assert lines[0].startswith("Presidents Aliyev and Putin")
    assert "Caspian Ledger" in lines[1] and "Главная › News" in lines[2]
    assert max(len(line) for line in lines) <= 80
    assert "intention, negated" in res.stdout.decode() and "NOT" not in res.stdout.decode()
    assert "\x1b[" not in res.stdout.decode()  # NO_COLOR is set by run_cli


BAD = [
    ("missing", None, 66, "no such file"),
    ("empty", b"", 3, "empty input"),
    ("blank", b"  \n\t\n", 3, "empty input"),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), 65, "PNG"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", 65, "PDF"),
    ("binary", b"abc\x00\x01\x02" * 100, 65, "binary"),
    ("nav-only", b"<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav></body></html>", 4, "no article text"),
]


@pytest.mark.parametrize("name,data,code,cause", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gives_one_line_and_its_code(tmp_path, name, data, code, cause):
    path = tmp_path / f"{name}.html"
    if data is not None:
        path.write_bytes(data)
    res = run_cli("read", path)
    assert res.returncode == code
    assert res.stdout == b""
    err = res.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("declcli: ")
    assert str(path) in err and cause in err
    assert "Traceback" not in err


def test_empty_folder_is_no_input(tmp_path):
    (tmp_path / "notes.md").write_text("# not an article file")
    res = run_cli("read", tmp_path)
    assert res.returncode == 66
    assert str(tmp_path).encode() in res.stderr and b"folder" in res.stderr
    assert res.stdout == b""


def test_unreadable_file(tmp_path):
    import os

    path = tmp_path / "secret.html"
    path.write_text("<p>hello world</p>")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as a user who can read any file (root)")
    res = run_cli("read", path)
    assert res.returncode == 66


def test_docs_list_the_topic_vocabulary():
    from declcli.lexicon import load

    docs = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    for topic in load("topics")["topics"]:
        assert f"| `{topic}` |" in docs, topic


@pytest.mark.parametrize(
    "env,colored",
    [
        ({"FORCE_COLOR": "1", "NO_COLOR": ""}, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ({"FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "dumb"}, False),
    ],
)
def test_colour_switches(env, colored):
    res = run_cli("read", SEED_HTML, "-f", "table", env=env)
    assert res.returncode == 0
    assert ("\x1b[" in res.stdout.decode()) is colored


def test_no_color_flag_beats_force_color():
    res = run_cli("read", SEED_HTML, "-f", "table", "--no-color", env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert "\x1b[" not in res.stdout.decode()

"""Issue 15: output that cannot be written, and validate/diff on hostile
files. A closed or full stdout, a stdout whose encoding cannot hold the
text, and a full disk under -o each end in one line and a documented exit
code (74 for output errors), never a traceback or exit 70, and -o leaves no
temporary file behind."""

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT, SEED_HTML, run_cli


def _process(*args, preexec=None, env=None, stdout=subprocess.PIPE, timeout=120):
    """`python -m declcli args` in a real process (standard streams and
    resource limits are the process's own)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "declcli", *map(str, args)],
        stdout=stdout,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=full_env,
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=preexec,
    )


def _close_stdout():
    os.close(1)


def _one_line(stderr: bytes) -> str:
    err = stderr.decode()
    assert "Traceback" not in err and "internal error" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    return err


# ------------------------------------------------------------------ stdout


@pytest.mark.parametrize(
    "args", [("read", SEED_HTML, "-f", "json", "--no-claims"), ("schema",), ("--version",)], ids=["read", "schema", "version"]
)
@pytest.mark.subprocess
def test_closed_stdout_is_an_output_error(args):
    res = _process(*args, preexec=_close_stdout, stdout=None)
    assert res.returncode == 74, res.stderr
    assert "stdout: is closed" in _one_line(res.stderr)


@pytest.mark.slow
@pytest.mark.subprocess
def test_closed_stdout_validate_and_diff(tmp_path):
    doc = tmp_path / "doc.json"
    doc.write_bytes(run_cli("read", SEED_HTML, "-f", "json", "--no-claims").stdout)
    for args in (("validate", doc), ("diff", doc, doc, "-f", "yaml")):
        res = _process(*args, preexec=_close_stdout, stdout=None)
        assert res.returncode == 74, (args, res.stderr)
        assert "stdout: is closed" in _one_line(res.stderr)


@pytest.mark.slow
@pytest.mark.subprocess
def test_closed_stdout_does_not_matter_with_o(tmp_path):
    out = tmp_path / "out.json"
    # Colour on (no NO_COLOR, a colour terminal named): whether stdout is a terminal is asked.
    res = _process(
        "read",
        SEED_HTML,
        "-f",
        "json",
        "--no-claims",
        "-o",
        out,
        preexec=_close_stdout,
        stdout=None,
        env={"NO_COLOR": "", "TERM": "xterm-256color", "FORCE_COLOR": ""},
    )
    assert res.returncode == 0, res.stderr
    assert json.loads(out.read_text())["schema"] == "declcli/1"
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


@pytest.mark.subprocess
def test_closed_stderr_never_puts_error_lines_in_the_data(tmp_path):
    # With fd 2 closed, print(file=sys.stderr) would fall back to stdout.
    res = _process("read", tmp_path / "missing.html", "-f", "json", preexec=lambda: os.close(2))
    assert res.returncode == 66
    assert res.stdout == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [("read", SEED_HTML, "-f", "yaml", "--no-claims"), ("schema",)], ids=["read", "schema"])
@pytest.mark.slow
@pytest.mark.subprocess
def test_full_stdout_is_an_output_error(args):
    with open("/dev/full", "w") as full:
        res = _process(*args, stdout=full)
    assert res.returncode == 74, res.stderr
    assert "stdout: cannot write: No space left on device" in _one_line(res.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.subprocess
def test_full_stdout_validate_is_an_output_error(tmp_path):
    doc = tmp_path / "doc.json"
    doc.write_bytes(run_cli("read", SEED_HTML, "-f", "json", "--no-claims").stdout)
    with open("/dev/full", "w") as full:
        res = _process("validate", doc, stdout=full)
    assert res.returncode == 74, res.stderr
    assert "No space left on device" in _one_line(res.stderr)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.slow
@pytest.mark.subprocess
def test_data_on_a_non_utf8_stdout_is_utf8(encoding):
    # A user piping to a file expects UTF-8 data whatever the locale says.
    utf8 = _process("read", SEED_HTML, "-f", "yaml", "--no-claims")
    other = _process("read", SEED_HTML, "-f", "yaml", "--no-claims", env={"PYTHONIOENCODING": encoding})
    assert utf8.returncode == other.returncode == 0, other.stderr
    assert other.stdout == utf8.stdout
    assert "Главная".encode() in other.stdout


@pytest.mark.slow
@pytest.mark.subprocess
def test_table_on_an_ascii_stdout_escapes_what_it_cannot_show():
    res = _process("read", SEED_HTML, "-f", "table", "--no-claims", env={"PYTHONIOENCODING": "ascii", "COLUMNS": "80"})
    assert res.returncode == 0, res.stderr
    text = res.stdout.decode("ascii")  # every byte ASCII
    assert "\\u0413\\u043b\\u0430\\u0432" in text  # "Глав…" escaped, not dropped
    assert "-" * 80 in text  # the rule in dashes, not "\u2500" escapes
    assert "\\u2500" not in text


# ------------------------------------------------------------------ -o on a full disk


def _file_size_limit(limit: int):
    def set_limit():
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return set_limit


@pytest.mark.skipif(not hasattr(os, "fork"), reason="resource limits need a POSIX system")
@pytest.mark.parametrize("fmt", ["json", "yaml", "jsonl", "csv", "markdown", "text"])
@pytest.mark.slow
@pytest.mark.subprocess
def test_o_past_the_file_size_limit_is_an_output_error_and_leaves_no_temp_file(tmp_path, fmt):
    # RLIMIT_FSIZE makes write() fail with EFBIG (Python ignores SIGXFSZ), as
    # a full disk fails it with ENOSPC: both are "output could not be written".
    out = tmp_path / f"out.{fmt}"
    out.write_text("the old file\n")
    res = _process("read", SEED_HTML, "-f", fmt, "-o", out, preexec=_file_size_limit(2048))
    assert res.returncode == 74, res.stderr
    assert f"{out}: cannot write: File too large" in _one_line(res.stderr)
    assert out.read_text() == "the old file\n"
    assert sorted(os.listdir(tmp_path)) == [out.name]


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs, nearly full: a real ENOSPC (needs root and mount)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("mount is not permitted here")
    try:
        (disk / "fill").write_bytes(b"\0" * (60 * 1024))
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


@pytest.mark.slow
@pytest.mark.subprocess
def test_o_on_a_full_disk_is_an_output_error_and_leaves_no_temp_file(tiny_disk):
    out = tiny_disk / "out.json"
    res = _process("read", SEED_HTML, "-f", "json", "-o", out)
    assert res.returncode == 74, res.stderr
    assert f"{out}: cannot write: No space left on device" in _one_line(res.stderr)
    assert sorted(os.listdir(tiny_disk)) == ["fill"]


# ------------------------------------------------------------------ validate and diff on hostile files


@pytest.fixture(scope="module")
def good_doc():
    res = run_cli("read", SEED_HTML, "-f", "json")
    assert res.returncode == 0
    return json.loads(res.stdout)


def _yaml_of(doc) -> str:
    from declcli.render import to_yaml

    return to_yaml(doc)


def _hostile(good):
    """name -> (file text or bytes, validate's exit code, a piece of its output)."""
    text = json.dumps(good, ensure_ascii=False)
    yaml_text = _yaml_of(good)
    first_start = '"start": ' + str(good["claims"][0]["start"])
    return {
        "float-offset.json": (text.replace(first_start, first_start + ".0", 1), 0, "ok (1 document)"),
        "nan-offset.json": (text.replace(first_start, '"start": NaN', 1), 1, "$.claims[0].start: nan is not of type"),
        "long-int.yaml": (
            re.sub(r"\n(\s*)start: \d+", lambda m: f"\n{m[1]}start: " + "9" * 5000, yaml_text, count=1),
            65,
            "a number with too many digits",
        ),
        "long-int.json": (text.replace(first_start, '"start": ' + "9" * 5000, 1), 65, "a number with too many digits"),
        "duplicate-key.json": (text[:-1] + ', "claims": []}', 1, "document 1: $.claims: a key given twice"),
        "duplicate-key.yaml": (yaml_text + "claims: []\n", 1, "document 1: $.claims: a key given twice"),
        "nested-duplicate.yaml": (
            yaml_text.replace("\n  title: ", "\n  title: x\n  title: ", 1),
            1,
            "$.article.title: a key given twice",
        ),
        "not-utf8.yaml": (yaml_text.encode().replace(b"Moscow", b"Mos\xffow", 1), 1, "not UTF-8: byte 0xff"),
        "lone-surrogate.json": (text.replace("Moscow", "Mos\\ud800ow", 1), 1, "a lone surrogate"),
        "python-tag.yaml": ("!!python/object/apply:os.system ['echo owned']\n", 65, "is not accepted"),
        "custom-tag.yaml": ("schema: !custom x\n", 65, "tag !custom is not accepted"),
        "merge-key.yaml": ("schema: declcli/1\n<<: {a: 1}\n", 65, "merge keys"),
        "set.yaml": ("? [a, b]\n: 1\n", 65, "is not accepted"),
        "deep-block.yaml": ("".join("  " * i + "a:\n" for i in range(3000)), 65, "nested deeper than"),
        "only-separators.yaml": ("---\n" * 1000, 1, "no documents in the file"),
        "array-of-scalars.json": ('[1, 2, "x", null]', 1, "1 is not of type 'object'"),
        "huge-scalar.yaml": ("a" * 2_000_000, 1, "is not of type 'object'"),
    }


@pytest.mark.slow
def test_validate_gives_a_verdict_on_hostile_files(tmp_path, good_doc):
    for name, (content, code, expected) in _hostile(good_doc).items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        res = run_cli("validate", path)
        out = (res.stdout + res.stderr).decode()
        assert res.returncode == code, (name, out[:500])
        assert expected in out, (name, out[:500])
        assert "internal error" not in out and "Traceback" not in out
        # Every line short: a problem quotes at most a few hundred characters of a value.
        assert max(len(line) for line in out.splitlines()) < 600, name


def test_yaml_is_never_constructed_unsafely(tmp_path):
    marker = tmp_path / "owned"
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"schema: declcli/1\nx: !!python/object/apply:os.system ['touch {marker}']\n")
    for args in (("validate", bad), ("diff", bad, bad)):
        res = run_cli(*args)
        assert res.returncode == 65, res.stderr
        assert b"is not accepted" in res.stderr
    assert not marker.exists()


def test_diff_refuses_documents_of_the_wrong_shape(tmp_path, good_doc):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(good_doc))
    for name, change in [
        ("article-none", lambda d: d.update(article=None)),
        ("claims-dict", lambda d: d.update(claims={})),
        ("claim-text-int", lambda d: d["claims"][0].update(text=5)),
        ("agreements-str", lambda d: d.update(agreements="x")),
        ("start-inf", lambda d: d["claims"][0].update(start=float("inf"))),
    ]:
        doc = json.loads(json.dumps(good_doc))
        change(doc)
        bad = tmp_path / f"{name}.json"
        bad.write_text(json.dumps(doc))
        for old, new in ((good, bad), (bad, good)):
            res = run_cli("diff", old, new, "-f", "json")
            err = res.stderr.decode()
            assert res.returncode == 65, (name, err)
            assert "is not valid declcli output" in err and "internal error" not in err


@pytest.mark.subprocess
def test_diff_refuses_a_lone_surrogate_rather_than_crash_writing_it(tmp_path, good_doc):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(good_doc))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(good_doc).replace("Moscow", "Mos\\udc80ow", 1))
    res = _process("diff", good, bad, "-f", "json")
    assert res.returncode == 65, res.stderr
    assert "lone surrogate" in _one_line(res.stderr)


def test_yaml_stream_of_many_documents_reads_each(tmp_path, good_doc):
    # The stream is cut at its `---` lines: documents, empty ones and a
    # block scalar ending at the next marker read as the whole stream would.
    import yaml

    text = "---\n" * 3 + "---\n" + _yaml_of(good_doc) + "---\n---\n" + _yaml_of(good_doc) + "--- |\n  a block\n---\n"
    from declcli.validate import parse_documents

    docs = parse_documents(text, "x")
    assert docs == [d for d in yaml.safe_load_all(text) if d is not None]
    assert len(docs) == 3


# ------------------------------------------------------------------ diff: cost of pairing claims


def _claims_doc(good, texts):
    doc = json.loads(json.dumps(good))
    template = doc["claims"][0]
    doc["article"]["text"] = " ".join(texts)
    claims, start = [], 0
    for n, text in enumerate(texts, 1):
        claims.append({**template, "id": f"c{n}", "text": text, "start": start, "end": start + len(text)})
        start += len(text) + 1
    doc["claims"] = claims
    return doc


def test_diff_pairs_changed_claims_near_their_place_not_with_every_claim(good_doc, monkeypatch):
    import difflib

    from declcli.diff import SIMILAR_WINDOW, diff_documents

    places = ["Baku", "Moscow", "Ankara", "Tbilisi", "Yerevan", "Astana", "Minsk"]
    old_texts = [f"Claim {n}: the minister of {places[n % 7]} will visit the border region in week {n}." for n in range(300)]
    # Every claim edited, and five new ones at the start: nothing pairs by identical text.
    new_texts = [f"A new claim {n} about the pipeline to {places[n % 7]}." for n in range(5)]
    new_texts += [t.replace("will visit", "is to visit") for t in old_texts]
    calls = []
    real_ratio = difflib.SequenceMatcher.ratio
    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", lambda self: calls.append(1) or real_ratio(self))
    result = diff_documents(_claims_doc(good_doc, old_texts), _claims_doc(good_doc, new_texts), "old", "new")
    assert [(c["old_id"], c["new_id"]) for c in result["claims"]["changed"]] == [(f"c{n + 1}", f"c{n + 6}") for n in range(300)]
    assert [c["id"] for c in result["claims"]["added"]] == [f"c{n}" for n in range(1, 6)]
    assert result["claims"]["removed"] == []
    # Each unpaired claim is compared with a bounded number of others (the
    # quadratic pairing compared all 300 x 305).
    assert len(calls) <= 300 * 2 * SIMILAR_WINDOW


# ------------------------------------------------------------------ the table streams


def test_table_shows_each_claim_before_the_next_is_made(good_doc):
    import io

    from declcli.model import Stream
    from declcli.render import Emitter

    out = io.StringIO()
    seen_before = []

    def claims():
        for claim in good_doc["claims"]:
            seen_before.append(out.getvalue())
            yield claim

    tree = {**good_doc, "claims": Stream(claims())}
    Emitter("table", out, multi=False, width=80).add(tree)
    # When claim n+1 is asked for, claim n is already on the screen.
    for n, screen in enumerate(seen_before[1:], 1):
        assert f"\nc{n} " in screen and f"\nc{n + 1} " not in screen
    text = out.getvalue()
    assert text.rstrip().endswith("11 claims · 1 agreement · 8 paragraphs · en")

"""What a new user trips over (issue 14) and what -o must never do to a
file (issue 15, 6), each through the real CLI."""

import json
import os
import stat
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli


def one_line(res):
    err = res.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("declcli"), err
    assert "Traceback" not in err
    return err


# ------------------------------------------------------------ 1. -o naming a folder


@pytest.mark.parametrize("target", ["pages/", "newdir/", "pages"])
def test_output_folder_refused_before_any_work(tmp_path, target):
    (tmp_path / "pages").mkdir()
    # A missing input after the target check: the folder is refused first (2, not 66).
    res = run_cli("read", SEED_HTML, tmp_path / "missing.html", "-o", str(tmp_path) + "/" + target)
    assert res.returncode == 2, res.stderr
    assert b"is a folder" in res.stderr and res.stdout == b""
    one_line(res)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]
    assert list((tmp_path / "pages").iterdir()) == []


def test_output_in_a_missing_folder_fails_before_any_work(tmp_path):
    res = run_cli("read", tmp_path / "missing.html", "-o", tmp_path / "nowhere" / "out.yaml")
    assert res.returncode == 74 and b"no folder" in res.stderr
    one_line(res)


# ------------------------------------------------------------ 4. modes, and issue 15, 6


def _run_with_umask(mask, *args):
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "declcli", *map(str, args)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        preexec_fn=lambda: os.umask(mask),
    )


@pytest.mark.parametrize("mask,mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
@pytest.mark.slow
@pytest.mark.subprocess
def test_new_output_file_honours_the_umask(tmp_path, mask, mode):
    out = tmp_path / "out.yaml"
    assert _run_with_umask(mask, "read", SEED_HTML, "-o", out).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode


@pytest.mark.slow
@pytest.mark.subprocess
def test_existing_output_file_keeps_its_mode_and_links(tmp_path):
    out = tmp_path / "out.yaml"
    out.write_text("old")
    out.chmod(0o604)
    link = tmp_path / "hard.yaml"
    os.link(out, link)
    assert _run_with_umask(0o077, "read", SEED_HTML, "-o", out).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o604
    assert out.read_bytes().startswith(b"schema: declcli/1") and link.read_bytes() == out.read_bytes()
    assert out.stat().st_ino == link.stat().st_ino
    assert not list(tmp_path.glob(".declcli-*"))


def test_output_through_a_symlink_writes_its_target(tmp_path):
    real = tmp_path / "real.yaml"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    assert run_cli("read", SEED_HTML, "-o", link).returncode == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"schema: declcli/1")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_output_to_a_fifo_or_device_is_refused(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    res = run_cli("read", SEED_HTML, "-o", fifo)
    assert res.returncode == 2 and b"FIFO" in res.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    one_line(res)
    res = run_cli("read", SEED_HTML, "-o", "/dev/null")
    assert res.returncode == 2 and b"device" in res.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_naming_an_input_is_refused(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(SEED_HTML.read_bytes())
    res = run_cli("read", page, "-o", page)
    assert res.returncode == 2 and b"is also an input" in res.stderr
    assert page.read_bytes() == SEED_HTML.read_bytes()
    listing = tmp_path / "list.txt"
    listing.write_text(f"{page}\n")
    res = run_cli("read", "--from", listing, "-o", listing)
    assert res.returncode == 2 and listing.read_text() == f"{page}\n"
    # Through another name of the same file, too.
    alias = tmp_path / "alias.html"
    alias.symlink_to(page)
    assert run_cli("read", page, "-o", alias).returncode == 2


@pytest.mark.slow
@pytest.mark.subprocess
def test_batch_files_honour_the_umask(tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "out"
    res = _run_with_umask(0o022, "batch", SEED_HTML, "-o", out, "--jobs", "1", "-q")
    assert res.returncode == 0, res.stderr
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert modes and set(modes.values()) == {0o644}, modes


# ------------------------------------------------------------ 5. -q with --keep-going


def test_quiet_keep_going_still_names_the_failures(tmp_path):
    res = run_cli("read", SEED_HTML, tmp_path / "missing.html", "-q", "--keep-going", "-f", "jsonl")
    assert res.returncode == 66
    err = one_line(res)
    assert "missing.html: no such file" in err
    assert err.count("missing.html") == 1  # the file named once


def test_failure_without_keep_going_says_how_to_go_on(tmp_path):
    res = run_cli("read", SEED_HTML, tmp_path / "missing.html", SEED_TEXT, "-f", "jsonl")
    assert res.returncode == 66
    assert "add --keep-going to skip it" in one_line(res)
    alone = run_cli("read", tmp_path / "missing.html")
    assert b"keep-going" not in alone.stderr  # nothing to skip to


# ------------------------------------------------------------ 6. JSON given to read


@pytest.mark.parametrize(
    "data", [b'{"schema": "declcli/1", "claims": []}', b'[{"a": 1}, {"b": "text text"}]', b'{"a": 1}\n{"a": 2}\n']
)
def test_json_input_is_not_an_article(tmp_path, data):
    path = tmp_path / "truth.json"
    path.write_bytes(data)
    res = run_cli("read", path)
    assert res.returncode == 65 and b"JSON" in res.stderr and res.stdout == b""


def test_text_that_starts_with_a_bracket_is_still_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("[Updated] The talks in Baku will continue on Monday, the minister said.\n")
    assert run_cli("read", path, "-f", "json").returncode == 0


# ------------------------------------------------------------ 7. the schema takes added keys


def test_added_keys_validate_misspelt_required_keys_do_not(tmp_path):
    doc = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    doc["article"]["description"] = "an added key"
    doc["claims"][0]["confidence"] = 0.9
    doc["extra"] = {"any": "thing"}
    added = tmp_path / "added.json"
    added.write_text(json.dumps(doc))
    res = run_cli("validate", added)
    assert res.returncode == 0, res.stdout
    doc["article"]["titel"] = doc["article"].pop("title")
    doc["claims"][1]["modalty"] = doc["claims"][1].pop("modality")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    res = run_cli("validate", bad)
    assert res.returncode == 1
    out = res.stdout.decode()
    assert "$.article: 'title' is a required property" in out
    assert "$.claims[1]: 'modality' is a required property" in out


# ------------------------------------------------------------ 8. a URL without its scheme


@pytest.mark.parametrize("item", ["127.0.0.1:8765/x", "example.com/news/story.html"])
def test_fetch_without_a_scheme_says_so(item):
    res = run_cli("fetch", item)
    assert res.returncode == 2
    err = one_line(res)
    assert "http://" in err and "no such file" not in err


def test_read_of_a_url_points_to_fetch():
    res = run_cli("read", "https://127.0.0.1:9/x.html")
    assert res.returncode == 2
    assert "declcli fetch" in one_line(res)


# ------------------------------------------------------------ 9. diff of streams


def _stream(tmp_path, name, *paths):
    out = tmp_path / name
    out.write_bytes(run_cli("read", *paths, "-f", "yaml").stdout)
    return out


@pytest.mark.parametrize("fmt", ["json", "yaml", "table"])
@pytest.mark.slow
def test_diff_pairs_documents_by_location(tmp_path, fmt):
    third = tmp_path / "third.html"
    third.write_text(
        "<html><body><article><p>"
        + "The talks in Baku will continue on Monday, the minister said. " * 3
        + "</p></article></body></html>"
    )
    old = _stream(tmp_path, "old.yaml", SEED_HTML, SEED_TEXT, third)
    new = _stream(tmp_path, "new.yaml", SEED_HTML, third)  # the text version dropped
    # A wide table: the temporary paths (longer under xdist's workers) must not wrap inside the words checked.
    res = run_cli("diff", old, new, "-f", fmt, env={"COLUMNS": "1000"})
    assert res.returncode == 1
    out = res.stdout.decode()
    if fmt == "json":
        results = json.loads(out)
        assert [r["document"] for r in results] == ["paired", "removed", "paired"]
        assert [r["equal"] for r in results] == [True, False, True]
        assert results[1]["location"] == {"old": str(SEED_TEXT), "new": None}
    elif fmt == "yaml":
        results = list(yaml.safe_load_all(out))
        assert [r["document"] for r in results] == ["paired", "removed", "paired"]
    else:
        assert "document removed" in out and out.count("equal") == 2
    back = run_cli("diff", new, old, "-f", "json")
    assert [r["document"] for r in json.loads(back.stdout)] == ["paired", "added", "paired"]


def test_diff_and_validate_read_stdin(tmp_path):
    golden = tmp_path / "golden.yaml"
    golden.write_bytes(run_cli("read", SEED_HTML).stdout)
    res = run_cli("diff", golden, "-", "-q", stdin=golden.read_bytes())
    assert res.returncode == 0, res.stderr
    res = run_cli("validate", "-", stdin=golden.read_bytes())
    assert res.returncode == 0 and b"-: ok (1 document)" in res.stdout
    assert run_cli("diff", "-", "-").returncode == 2


def test_read_without_a_path_reads_piped_stdin():
    res = run_cli("read", "-f", "json", stdin=SEED_HTML.read_bytes())
    assert res.returncode == 0
    assert json.loads(res.stdout)["source"]["kind"] == "stdin"


# ------------------------------------------------------------ 10. usage errors are one line


def test_usage_errors_are_one_line():
    for args in (["read", "--bogus", "x"], ["read", "-f", "xml", "x"], ["frobnicate"]):
        res = run_cli(*args)
        assert res.returncode == 2
        one_line(res)


# ------------------------------------------------------------ JSON's shape follows the command


@pytest.mark.slow
def test_json_shape_follows_the_command_not_the_count(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "page.html").write_bytes(SEED_HTML.read_bytes())
    assert isinstance(json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout), dict)
    assert isinstance(json.loads(run_cli("read", folder, "-f", "json").stdout), list)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SEED_HTML}\n")
    assert isinstance(json.loads(run_cli("read", "--from", listing, "-f", "json").stdout), list)


# ------------------------------------------------------------ gzipped pages


@pytest.mark.slow
def test_gzipped_pages_are_read_transparently(tmp_path):
    import gzip

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "seed.html.gz").write_bytes(gzip.compress(SEED_HTML.read_bytes()))
    (folder / "seed.htm.gz").write_bytes(gzip.compress(SEED_HTML.read_bytes()))
    plain = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    docs = json.loads(run_cli("read", folder, "-f", "json").stdout)
    assert len(docs) == 2
    for doc in docs:
        assert doc["article"] == plain["article"] and doc["claims"] == plain["claims"]
        assert doc["source"]["sha256"] == plain["source"]["sha256"]  # of the page, after gunzip
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    res = run_cli("read", broken)
    assert res.returncode == 65 and b"gzip" in res.stderr
    one_line(res)
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 3_000_000))
    res = run_cli("read", bomb, "--max-bytes", "1000000")
    assert res.returncode == 65 and b"max-bytes" in res.stderr


# ------------------------------------------------------------ -f text


def test_text_format_is_title_and_body(tmp_path):
    doc = json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    res = run_cli("read", SEED_HTML, "-f", "text")
    assert res.returncode == 0
    assert res.stdout.decode() == doc["article"]["title"] + "\n\n" + doc["article"]["text"] + "\n"
    both = run_cli("read", SEED_HTML, SEED_TEXT, "-f", "text").stdout.decode()
    first, second = both.split("\f\n")
    assert first == res.stdout.decode() and second.startswith("Presidents Aliyev and Putin")
    out = tmp_path / "article.txt"
    assert run_cli("read", SEED_HTML, "-o", out).returncode == 0
    assert out.read_text() == res.stdout.decode()


def test_no_command_shows_the_help():
    res = run_cli()
    assert b"Usage: declcli" in res.stdout + res.stderr and b"Commands:" in res.stdout + res.stderr
    assert b"(see 'declcli --help')" not in res.stderr


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_error_records_for_people_name_the_file_once(fmt):
    # A short relative name (the CLI runs in the project's root): a long
    # temporary path would be wrapped by the table at 80 columns, which
    # splits the name wherever the path's length happens to put the break.
    missing = "missing-input-file.html"
    assert not (ROOT / missing).exists()
    res = run_cli("read", SEED_TEXT, missing, "--keep-going", "-f", fmt, "-q")
    assert res.returncode == 66
    out = res.stdout.decode()
    assert out.count(missing) == 1, out[-300:]
    assert "no such file" in out


def test_readme_says_what_folders_and_make_run_do():
    from declcli.input.items import INPUT_SUFFIXES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for suffix in INPUT_SUFFIXES + (".warc", ".warc.gz"):
        assert f"`{suffix}`" in readme, suffix
    assert "recursively" in readme
    assert "`make run` prints the YAML" not in readme
    assert "as a table on a terminal (YAML when its output is piped)" in readme.replace("\n", " ").replace("  ", " ")

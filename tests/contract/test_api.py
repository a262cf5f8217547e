"""The library API (issue 14): declcli.read/fetch/to_dict, the types and the
errors, importable from `declcli`, typed, and the README example checked by mypy."""

import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT, run_cli

import declcli


@pytest.mark.slow
def test_read_a_path_is_the_cli_s_tree():
    doc = declcli.read(SEED_HTML)
    assert isinstance(doc, declcli.Document) and isinstance(doc.claims[0], declcli.Claim)
    assert isinstance(doc.article, declcli.Article)
    assert declcli.to_dict(doc) == json.loads(run_cli("read", SEED_HTML, "-f", "json").stdout)
    assert declcli.read(str(SEED_HTML)) == doc


@pytest.mark.slow
def test_read_bytes_and_options():
    doc = declcli.read(SEED_TEXT.read_bytes(), reference_date="2022-02-23")
    assert doc.source.location == "<bytes>"
    values = [d.value for c in doc.claims for d in c.dates]
    assert "2022-02-22" in values
    as_text = declcli.read(SEED_HTML.read_bytes(), input_format="text")
    assert "<title>" in as_text.article.text


@pytest.mark.parametrize(
    "arg,error,code",
    [
        (b"", "EmptyInput", 3),
        (b'{"schema": "declcli/1"}', "NotText", 65),
        (ROOT / "missing.html", "NoInput", 66),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "NoArticle", 4),
    ],
)
def test_errors_are_the_decl_error_family(arg, error, code):
    with pytest.raises(getattr(declcli, error)) as info:
        declcli.read(arg)
    assert isinstance(info.value, declcli.DeclError) and info.value.code == code


@pytest.mark.parametrize("kw", [{"input_format": "pdf"}, {"reference_date": "22.02.2022"}])
def test_bad_options_are_usage_problems(kw):
    with pytest.raises(declcli.UsageProblem):
        declcli.read(SEED_HTML, **kw)


def test_fetch_from_a_local_server(httpserver):
    httpserver.expect_request("/story.html").respond_with_data(SEED_HTML.read_bytes(), content_type="text/html")
    doc = declcli.fetch(httpserver.url_for("/story.html"), retries=0)
    assert doc.source.kind == "url"
    assert [c.text for c in doc.claims] == [c.text for c in declcli.read(SEED_HTML).claims]


@pytest.mark.subprocess
def test_import_is_light():
    # declcli.defaults (plain numbers, no imports of its own) gives read() and fetch() their defaults.
    code = (
        "import declcli, sys; print(sorted(m for m in sys.modules if m.startswith(('declcli.', 'bs4', 'lxml', 'yaml', 'rich'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "['declcli.defaults']"


def test_every_public_name_is_there():
    for name in declcli.__all__:
        assert getattr(declcli, name) is not None, name
    assert (ROOT / "declcli" / "py.typed").exists()


@pytest.mark.slow
@pytest.mark.subprocess
def test_readme_example_runs_and_type_checks(tmp_path):
    pytest.importorskip("mypy")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## As a library") :]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert "declcli." in example and "from declcli." not in example  # the public API only
    path = tmp_path / "example.py"
    path.write_text(example)
    run = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    # As a user's mypy sees an installed typed package: the example checked
    # strictly, declcli's own modules followed for their types.
    check = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    bad = tmp_path / "bad.py"
    bad.write_text("import declcli\ndoc = declcli.read('x.html')\nn: int = doc.article.title\n")
    check = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert check.returncode == 1 and "incompatible types" in check.stdout.lower()


def test_packaging_metadata():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert any(c.startswith("License") for c in project.get("classifiers", [])) is False  # SPDX replaces it
    assert "Typing :: Typed" in project["classifiers"]
    assert "Programming Language :: Python :: 3.11" in project["classifiers"]


@pytest.mark.slow
@pytest.mark.subprocess
def test_pattern_cache_is_a_file_pip_uninstall_removes(tmp_path):
    """pip removes the bytecode of every module it installed, and nothing
    else it did not write: the cache is named as the bytecode of a packaged
    placeholder module, so uninstalling leaves no file, hence no importable
    `declcli` namespace package, behind."""
    import importlib.util

    from declcli._speedups import pattern_cache as patterns

    placeholder = ROOT / "declcli" / "_speedups" / "_pattern_cache.py"
    assert placeholder.exists()
    assert patterns.cache_path() == importlib.util.cache_from_source(str(placeholder), optimization="")
    prefix = tmp_path / "prefix"
    env = {k: v for k, v in __import__("os").environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    subprocess.run(
        [sys.executable, "-m", "declcli", "read", SEED_TEXT, "-f", "yaml"], capture_output=True, env=env, cwd=ROOT, check=True
    )
    package = prefix / str(ROOT / "declcli").lstrip("/")
    written = [p for p in package.rglob("*") if p.is_file()]
    assert any(p.name.startswith("_pattern_cache.") for p in written)
    # Every file written under the package's bytecode folder is the bytecode of a module it ships.
    for path in written:
        module = path.name.split(".")[0]
        folder = path.parent.relative_to(package)  # the package itself or a subpackage (claims/, _speedups/)
        assert (ROOT / "declcli" / folder / f"{module}.py").exists(), path
    assert not list(prefix.rglob("*.marshal"))


def test_make_run_installs_without_the_test_extras():
    makefile = (ROOT / "Makefile").read_text()
    run_target = re.search(r"^run: (\S+)", makefile, re.M).group(1)
    stamp = re.search(rf"^{re.escape(run_target.strip('$()'))}\s*:=\s*(\S+)", makefile, re.M)
    recipe = makefile[makefile.index(f"{run_target}: pyproject.toml") :].split("\n\n")[0]
    assert stamp and "-e ." in recipe and "[test]" not in recipe

"""The output formats' registry (declcli.render.registry): the CLI's
--format choices, its help's list and the -o extension map come from it,
and each format's writer is found there."""

import io

import pytest
from conftest import SEED_TEXT, run_cli

from declcli.render import registry
from declcli.render.shared import Writer


@pytest.mark.parametrize("fmt", registry.FORMATS)
def test_every_format_has_a_writer_that_writes(fmt):
    writer = registry.writer_class(fmt)
    assert issubclass(writer, Writer) and writer is not Writer
    tree = {
        "schema": "declcli/1",
        "source": {"kind": "file", "location": "x.html"},
        "error": {"code": 65, "message": "x.html: not HTML"},
    }
    out = io.StringIO()
    instance = writer(out, multi=True)
    instance.add(tree)
    instance.close()
    # An error record: text and markdown-body give nothing (the line is on stderr), the others name it.
    assert (out.getvalue() == "") == (fmt in ("text", "markdown-body"))


def test_names_and_extensions_are_unique():
    assert len(set(registry.FORMATS)) == len(registry.OUTPUT_FORMATS)
    extensions = [ext for f in registry.OUTPUT_FORMATS for ext in f.extensions]
    assert len(set(extensions)) == len(extensions)
    assert all(ext.startswith(".") and ext == ext.lower() for ext in extensions)
    assert registry.DEFAULT in registry.FORMATS and registry.ON_A_TERMINAL in registry.FORMATS
    assert {f.for_person for f in registry.OUTPUT_FORMATS} <= {"always", "on a terminal", "never"}


def test_the_cli_takes_its_formats_from_the_registry():
    from declcli.cli import FORMAT_HELP, Format, Settings

    assert tuple(f.value for f in Format) == registry.FORMATS
    for f in registry.OUTPUT_FORMATS:
        assert f.name in FORMAT_HELP
        for ext in f.extensions:
            assert Settings.default_format(None, f"out/article{ext.upper()}") == f.name
    assert Settings.default_format(None, "article.unknown") == registry.DEFAULT


@pytest.mark.parametrize("ext", [".txt", ".text"])
def test_an_output_file_is_written_in_the_format_its_extension_names(tmp_path, ext):
    # -f text needs no language model: the quickest end-to-end check of the map.
    named = run_cli("read", SEED_TEXT, "-o", tmp_path / f"out{ext}")
    explicit = run_cli("read", SEED_TEXT, "-f", "text")
    assert named.returncode == explicit.returncode == 0
    assert (tmp_path / f"out{ext}").read_bytes() == explicit.stdout


def test_diff_takes_its_formats_from_the_registry():
    """diff's --format choices are the registry's formats marked `compares`, in its order,
    and its help names them."""
    from declcli.cli import DiffFormat

    assert registry.DIFF_FORMATS == ("yaml", "json", "table")
    assert [f.value for f in DiffFormat] == list(registry.DIFF_FORMATS)
    assert registry.DIFF_FORMAT_HELP.startswith("yaml, json or table.")
    proc = run_cli("diff", "-f", "csv", str(SEED_TEXT), str(SEED_TEXT))
    assert proc.returncode == 2
    assert b"'csv' is not one of 'yaml', 'json', 'table'" in proc.stderr

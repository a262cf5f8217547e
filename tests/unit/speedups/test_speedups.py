"""declcli._speedups: the off switch, and output byte-identical with every
speed device off (the golden files are the output with them on)."""

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEED_HTML, SEED_TEXT

from declcli._speedups import enabled

GOLDEN = ROOT / "tests" / "golden"

# Both seed pages read by the command's entry point in one fresh interpreter,
# then which devices were on.
_READ_BOTH = """
import gc, json, sys
from declcli.__main__ import main
for path, out in zip(sys.argv[1::2], sys.argv[2::2]):
    sys.argv = ["declcli", "read", path, "-f", "yaml", "-o", out]
    try:
        main()
    except SystemExit as exit:
        assert not exit.code, exit.code
from declcli._speedups import collector, pattern_cache
from declcli import model
print(json.dumps({"pattern_cache": pattern_cache._STAMP is not None, "collector": collector._ON,
                  "record": "__eq__" not in vars(model.Actor), "frozen": gc.get_freeze_count()}))
"""


@pytest.mark.parametrize(
    "value,off",
    [
        ("", set()),
        ("0", set()),
        ("1", {"pattern_cache", "collector", "record"}),
        ("all", {"pattern_cache", "collector", "record"}),
        ("collector", {"collector"}),
        ("record, pattern_cache", {"record", "pattern_cache"}),
    ],
)
def test_the_off_switch(monkeypatch, value, off):
    monkeypatch.setenv("DECLCLI_NO_SPEEDUPS", value)
    assert {name for name in ("pattern_cache", "collector", "record") if not enabled(name)} == off


@pytest.mark.slow
@pytest.mark.subprocess
def test_output_with_every_device_off_is_the_golden_output(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["DECLCLI_NO_SPEEDUPS"] = "1"
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    outputs = {name: tmp_path / name for name in ("seed-text.yaml", "seed-html.yaml")}
    args = [
        str(SEED_TEXT.relative_to(ROOT)),
        str(outputs["seed-text.yaml"]),
        str(SEED_HTML.relative_to(ROOT)),
        str(outputs["seed-html.yaml"]),
    ]
    proc = subprocess.run(
        [sys.executable, "-c", _READ_BOTH, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=180
    )
    assert proc.returncode == 0, proc.stderr
    on = json.loads(proc.stdout.splitlines()[-1])
    assert on == {"pattern_cache": False, "collector": False, "record": False, "frozen": 0}
    for name, out in outputs.items():
        assert out.read_bytes() == (GOLDEN / name).read_bytes(), name
    assert not list((tmp_path / "pycache").rglob("_pattern_cache.*"))  # no cache file read or written

"""declcli._speedups.collector at start-up: the command starts with the cyclic
garbage collector paused and reads its inputs with it running; library calls
leave it alone."""

import gc
import json
import subprocess
import sys

import pytest
from conftest import ROOT, SEED_TEXT

from declcli._speedups import collector

# Runs the command as its entry point does, and reports the collector's state
# where the named function is first called.
_REPORT = """
import gc, importlib, json, sys
module_name, function_name, entry = sys.argv[1], sys.argv[2], sys.argv[3]
seen = {}
module = importlib.import_module(module_name)
original = getattr(module, function_name)
def spy(*args, **kwargs):
    seen.setdefault("enabled", gc.isenabled())
    seen.setdefault("frozen", gc.get_freeze_count())
    seen.setdefault("typer_loaded", "typer" in sys.modules)
    return original(*args, **kwargs)
setattr(module, function_name, spy)
sys.argv = ["declcli", *sys.argv[4:]]
try:
    if entry == "command":
        from declcli.__main__ import main
        main()
    else:
        from declcli.cli import main
        main()
except SystemExit as exit:
    seen["exit"] = exit.code
seen["enabled_at_end"] = gc.isenabled()
seen["frozen_at_end"] = gc.get_freeze_count()
print(json.dumps(seen))
"""


def _report(module: str, function: str, entry: str, *args) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", _REPORT, module, function, entry, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


@pytest.mark.slow
@pytest.mark.subprocess
def test_the_command_reads_its_input_with_the_collector_running_and_start_up_frozen(tmp_path):
    seen = _report("declcli.runner", "process_one", "command", "read", SEED_TEXT.relative_to(ROOT), "-o", tmp_path / "out.yaml")
    assert seen["exit"] == 0
    assert seen["enabled"] is True
    # typer, click, the pipeline's modules and PyYAML: tens of thousands of objects.
    assert seen["frozen"] > 10_000 and seen["typer_loaded"]
    assert (tmp_path / "out.yaml").read_bytes() == (ROOT / "tests" / "golden" / "seed-text.yaml").read_bytes()


@pytest.mark.subprocess
def test_other_commands_run_with_the_collector_running(tmp_path):
    out = tmp_path / "out.yaml"
    out.write_bytes((ROOT / "tests" / "golden" / "seed-text.yaml").read_bytes())
    seen = _report("declcli.validate", "validate_file", "command", "validate", out)
    assert seen["exit"] == 0 and seen["enabled"] is True and seen["frozen"] > 10_000


@pytest.mark.slow
@pytest.mark.subprocess
def test_cli_main_called_as_a_library_leaves_the_collector_alone(tmp_path):
    seen = _report("declcli.runner", "process_one", "library", "read", SEED_TEXT, "-o", tmp_path / "out.yaml")
    assert seen["exit"] == 0
    assert seen["enabled"] is True and seen["enabled_at_end"] is True
    assert seen["frozen"] == 0 and seen["frozen_at_end"] == 0


def test_pause_and_resume():
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    collector.resume()  # no start-up pause: nothing happens
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    try:
        with collector.paused(freeze=True):
            assert not gc.isenabled()
            with collector.paused(freeze=True):  # nested: still one pause, the outer one
                assert not gc.isenabled()
            assert not gc.isenabled()
            kept = [object() for _ in range(10)]
            collector.resume()
            assert gc.isenabled() and gc.get_freeze_count() > frozen
            collector.resume()
            assert gc.isenabled()
        assert gc.isenabled()
        del kept
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_start_up_pause_not_ended_early_ends_with_its_block():
    try:
        with collector.paused(freeze=True):
            assert not gc.isenabled()
        assert gc.isenabled() and gc.get_freeze_count() > 0
        collector.resume()  # over: nothing to resume
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_collector_paused_by_the_caller_stays_paused():
    gc.disable()
    try:
        with collector.paused(freeze=True):
            collector.resume()
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()

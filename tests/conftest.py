import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_HTML = ROOT / "fixtures" / "seed" / "aliyev-putin-declaration.html"
SEED_TEXT = ROOT / "fixtures" / "seed" / "000_6e7106922741f6b0.txt"
DATASETS = ROOT.parent / "shared" / "datasets"


def run_cli(*args, stdin=None, env=None, timeout=60):
    """The installed CLI as a subprocess, as a user's shell would run it."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "declcli", *map(str, args)],
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


@pytest.fixture
def cli():
    return run_cli

"""source.sha256_hex: the interpreter's SHA-256 for small inputs, hashlib's for large ones, the same digest."""

import hashlib

import pytest

from declcli.input import source


@pytest.mark.parametrize("size", [0, 1, 4096, source.BUILTIN_SHA256_MAX, source.BUILTIN_SHA256_MAX + 1, 300_000])
def test_sha256_is_hashlibs(size):
    data = bytes(range(256)) * (size // 256) + b"\xff" * (size % 256)
    assert source.sha256_hex(data) == hashlib.sha256(data).hexdigest()


@pytest.mark.subprocess
def test_a_short_read_does_not_import_hashlib(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT, SEED_TEXT

    probe = (
        "import sys; from declcli.input.source import read_path; read_path(sys.argv[1]); "
        "print('hashlib' in sys.modules, 'declcli.input.source' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", probe, str(SEED_TEXT)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "True"]

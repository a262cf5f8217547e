"""Runs of many inputs under hostile conditions (issue 15, hangs and unbounded
reads): a --from list is read with bounds, and a --jobs worker that dies
(SIGKILL, as the OOM killer sends) is reported as that input's failure
instead of leaving the parent waiting forever."""

import json


from conftest import SEED_HTML, SEED_TEXT, run_cli
from declcli.runner import LIST_BYTES, LIST_LINE


def test_from_list_line_longer_than_the_bound_is_refused(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_bytes(f"{SEED_HTML}\n".encode() + b"x" * (LIST_LINE + 1) + b"\n")
    for res in (run_cli("read", "--from", listing, "-f", "jsonl"),
                run_cli("read", "--from", "-", "-f", "jsonl", stdin=listing.read_bytes())):
        assert res.returncode == 65 and res.stdout == b""
        assert res.stderr.decode().splitlines() == [
            f"declcli: {listing if b'--from -' not in res.stderr else '--from -'}: "
            f"line 2 of the --from list is longer than {LIST_LINE} bytes"]


def test_from_list_larger_than_the_bound_is_refused(tmp_path):
    listing = tmp_path / "list.txt"
    line = b"# a comment line of the list, many times over\n"
    listing.write_bytes(line * (LIST_BYTES // len(line) + 1))
    res = run_cli("fetch", "--from", listing, "-f", "jsonl")
    assert res.returncode == 65 and res.stdout == b""
    assert res.stderr.decode().splitlines() == [f"declcli: {listing}: the --from list is larger than 64 MiB; split it"]


def test_from_list_that_never_ends_is_refused():
    res = run_cli("read", "--from", "/dev/zero", timeout=30)
    assert res.returncode == 65 and b"longer than" in res.stderr and len(res.stderr.splitlines()) == 1


def test_from_list_within_the_bounds_is_read_as_before(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_bytes(f"# inputs\r\n{SEED_TEXT}\r\n\n  {SEED_HTML}  \n# end".encode())
    res = run_cli("read", "--from", listing, "-f", "jsonl", "--no-claims")
    assert res.returncode == 0, res.stderr
    assert [json.loads(line)["source"]["location"] for line in res.stdout.splitlines()] == [str(SEED_TEXT), str(SEED_HTML)]

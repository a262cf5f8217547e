"""`declcli batch` on a Dask LocalCluster on loopback: partitioned JSON Lines,
the same documents as `read`, in input order."""

import json

import pytest
from conftest import SEED_HTML, SEED_TEXT, run_cli

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
    yield c
    c.close()


def _parts(folder):
    return sorted(p for p in folder.iterdir() if p.name.startswith("part-"))


@pytest.mark.slow
@pytest.mark.subprocess
def test_batch_on_a_scheduler(cluster, tmp_path):
    inputs = [SEED_HTML, SEED_TEXT] * 3 + [tmp_path / "missing.html"]
    out = tmp_path / "out"
    res = run_cli(
        "batch", "--scheduler", cluster.scheduler_address, *inputs, "--output", out, "--partition-size", "3", process=True
    )
    assert res.returncode == 66, res.stderr  # the missing input, reported at the end
    parts = _parts(out)
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    docs = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    expected = [json.loads(line) for line in run_cli("read", *inputs, "-f", "jsonl", "--keep-going").stdout.splitlines()]
    assert docs == expected
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["documents"] == 7 and manifest["errors"] == 1 and manifest["partitions"] == 3
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.slow
@pytest.mark.subprocess
def test_unreachable_scheduler(tmp_path):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    res = run_cli(
        "batch", "--scheduler", f"tcp://127.0.0.1:{port}", SEED_HTML, "--output", tmp_path / "o", timeout=120, process=True
    )
    assert res.returncode == 69
    assert b"scheduler" in res.stderr and b"Traceback" not in res.stderr


def _model_loads():
    from declcli.claims.nlp import load_model

    return load_model.cache_info().misses


@pytest.mark.slow
def test_each_worker_loads_the_model_once_not_once_per_partition(cluster):
    """Dask workers are long-lived processes: the model `process_partition`
    needs is loaded by a worker's first partition and kept for the next."""
    from dask.distributed import Client

    from declcli.batch import process_partition
    from declcli.model import Options

    with Client(cluster) as client:
        workers = list(client.scheduler_info()["workers"])
        futures = [
            client.submit(process_partition, [str(SEED_TEXT)], Options(), key=f"model-once-{i}", workers=[w], pure=False)
            for i in range(3)
            for w in workers
        ]
        assert all(docs == 1 and errors == 0 for _, docs, errors, _ in client.gather(futures))
        # Each worker read three partitions with claims and loaded the model once.
        assert client.run(_model_loads) == {w: 1 for w in workers}

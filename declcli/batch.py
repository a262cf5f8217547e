"""Many inputs on a Dask cluster (`declcli batch`): the same pipeline, with
Dask distributed as the scheduler rather than one of our own.

Inputs are cut into partitions of `partition_size`; each partition runs on a
worker (`runner.tasks` + `runner.process_one`, so WARC files, URLs and paths
behave as in `read`) and comes back as JSON Lines, which the client writes to
`DIR/part-NNNNN.jsonl` atomically, named by partition so that the files are
the same whatever order the workers finish in. Workers must be able to read
the inputs: paths on a shared file system, or URLs.
"""

from __future__ import annotations

import json
import os

from .defaults import BATCH_JOBS, PARTITION_SIZE
from .errors import DeclError, OutputError, Unavailable, UsageProblem
from .files import atomic_write
from .model import Options
from .runner import process_one, tasks


def process_partition(items: list[str], opts: Options) -> tuple[str, int, int, int]:
    """(JSON Lines, documents, errors, first error code) for one partition; runs on a worker."""
    from .render import to_jsonl

    lines = []
    errors = 0
    first_code = 0
    for task in tasks(items, opts.max_bytes):
        result = process_one(task, opts)
        if result.error is not None:
            errors += 1
            first_code = first_code or result.error.code
        lines.append(to_jsonl(result.tree))
    return "".join(lines), len(lines), errors, first_code


def run_batch(
    items: list[str],
    opts: Options,
    output_dir: str,
    *,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    workers: int = BATCH_JOBS,
    progress=None,
) -> dict:
    """Run the pipeline over `items` on a Dask cluster; returns a summary."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise UsageProblem("batch", "needs Dask: pip install 'declcli[dask]'") from None
    try:
        os.makedirs(output_dir, exist_ok=True)
    except OSError as exc:
        raise OutputError(output_dir, f"cannot create the folder: {exc.strerror or exc}") from None
    partitions = [items[i : i + partition_size] for i in range(0, len(items), partition_size)]
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise Unavailable(scheduler or "local cluster", f"cannot reach the Dask scheduler: {exc}") from None
    summary = {"partitions": len(partitions), "documents": 0, "errors": 0, "first_error_code": 0, "files": []}
    try:
        futures = client.map(
            process_partition,
            partitions,
            [opts] * len(partitions),
            key=[f"declcli-part-{i:05d}-{os.getpid()}" for i in range(len(partitions))],
            pure=False,
        )
        index = {f.key: i for i, f in enumerate(futures)}
        codes: dict[int, int] = {}
        for future in as_completed(futures):
            i = index[future.key]
            text, docs, errors, first_code = future.result()
            name = os.path.join(output_dir, f"part-{i:05d}.jsonl")
            atomic_write(name, text)
            summary["documents"] += docs
            summary["errors"] += errors
            if first_code:
                codes[i] = first_code
            if progress:
                progress(i, len(partitions))
        # The first failure in input order, whichever worker finished first.
        summary["first_error_code"] = codes[min(codes)] if codes else 0
        summary["files"] = [f"part-{i:05d}.jsonl" for i in range(len(partitions))]
        atomic_write(
            os.path.join(output_dir, "_manifest.json"),
            json.dumps({"schema": "declcli-batch/1", "inputs": len(items), **summary}, indent=2) + "\n",
        )
    except DeclError:
        raise
    except (OSError, TimeoutError) as exc:
        raise Unavailable(scheduler or "local cluster", f"the Dask cluster failed: {exc}") from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return summary

"""Many inputs: expand paths, folders and lists, run the pipeline on each,
in input order, optionally in worker processes.

Each result is the contract's dict for one input, or an error record
(`{schema, source, error: {code, message}}`). Workers return plain dicts,
so nothing large crosses process boundaries and output order is the input
order whatever the number of jobs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from .defaults import MAX_BYTES
from .errors import DeclError
from .input.items import is_url, is_warc, without_userinfo
from .model import SCHEMA_ID, Options, Result, WarcRecord


def error_record(item: str, err: DeclError, kind: str | None = None, target_uri: str | None = None) -> dict:
    if kind is None:
        kind = "stdin" if item == "-" else ("url" if is_url(item) else "warc" if is_warc(item) else "file")
    source = {"kind": kind, "location": without_userinfo(item) if kind == "url" else item, "media_type": None, "sha256": None}
    if kind == "warc":
        source["target_uri"] = target_uri
    return {"schema": SCHEMA_ID, "source": source, "error": {"code": err.code, "message": str(err)}}


def tasks(items: list[str], max_bytes: int = MAX_BYTES):
    """Inputs as units of work: a WARC file gives one task per HTML record
    (each read with at most `max_bytes` of body); a WARC that cannot be read
    gives its error as a task."""
    from .input.warc import warc_records

    for item in items:
        if is_warc(item):
            try:
                yield from warc_records(item, max_bytes)
            except DeclError as err:
                yield err
        else:
            yield item


def process_one(task, opts: Options, *, stream: bool = False) -> Result:
    """One task through the whole pipeline; errors become a Result, not a raise.

    With `stream`, the document's claims and agreements are Streams, made
    while they are written (pipeline.stream_document); otherwise plain lists
    that can cross process boundaries.
    """
    from .input.source import classify, read_path
    from .model import Source
    from .pipeline import document_tree, stream_document

    if isinstance(task, DeclError):
        return Result(task.location, error_record(task.location, task), task)
    item = task.path if isinstance(task, WarcRecord) else task
    # What is written about a URL input: never its user name and password.
    label = without_userinfo(item) if not isinstance(task, WarcRecord) and is_url(item) else item
    try:
        if isinstance(task, WarcRecord):
            if task.error is not None:
                raise task.error
            source = classify(
                Source(
                    kind="warc",
                    location=task.path,
                    data=task.data,
                    media_type=task.media_type,
                    charset=task.charset,
                    final_url=task.target_uri,
                    target_uri=task.target_uri,
                    warc_date=task.warc_date,
                    record_id=task.record_id,
                ),
                opts.input_format,
            )
        elif is_url(item):
            from .input.fetching import fetch_url  # httpx and friends only when fetching

            source = fetch_url(
                item,
                timeout=opts.timeout,
                max_bytes=opts.max_bytes,
                input_format=opts.input_format,
                retries=opts.retries,
                cache_dir=opts.cache_dir,
                verify=opts.verify_tls,
                private_redirects=opts.private_redirects,
                note=_note if opts.verbose else None,
            )
        else:
            source = read_path(item, opts.input_format, opts.max_bytes)
        if stream:
            # The source is this call's own: its bytes go once decoded.
            tree, removed = stream_document(
                source, opts.reference_date, let_go=True, claims=opts.claims, structure=opts.structure
            )
        else:
            tree, removed = document_tree(source, opts.reference_date, claims=opts.claims, structure=opts.structure)
        return Result(label, tree, None, removed if opts.verbose >= 2 else [])
    except (DeclError, RecursionError) as exc:
        err = exc if isinstance(exc, DeclError) else DeclError(label, "the page is nested too deeply to process")
        return _failed(task, err)


def _failed(task, err: DeclError) -> Result:
    """The error record of a task (a path, a URL or a WARC record)."""
    item = task.path if isinstance(task, WarcRecord) else task.location if isinstance(task, DeclError) else task
    label = without_userinfo(item) if not isinstance(task, WarcRecord) and is_url(item) else item
    uri = task.target_uri if isinstance(task, WarcRecord) else None
    if uri:
        err = type(err)(f"{item} ({uri})", err.cause)
    elif not err.location:  # an error about the task itself (its worker died)
        err = type(err)(label, err.cause)
    return Result(label, error_record(item, err, target_uri=uri), err)


def _note(text: str) -> None:
    """A -v line on stderr, from whichever process does the work."""
    from .terminal import safe

    print(safe(text), file=sys.stderr, flush=True)


def _work(args):
    task, opts = args
    return process_one(task, opts)


def run(items: list[str], opts: Options, jobs: int = 1, *, stream: bool = False) -> Iterator[Result]:
    """Results in input order; with jobs > 1, in worker processes.

    `stream` (in this process only): each document's claims are made while
    it is written, so write it before asking for the next result.
    """
    if jobs <= 1 or (len(items) <= 1 and not any(is_warc(i) for i in items)) or "-" in items:
        for task in tasks(items, opts.max_bytes):
            yield process_one(task, opts, stream=stream)
        return
    yield from _pooled(items, opts, jobs)


# Tasks handed to the workers ahead of the result being written, per worker:
# enough to keep them busy, few enough that a slow input holds little back.
AHEAD = 4


def _pooled(items: list[str], opts: Options, jobs: int) -> Iterator[Result]:
    """Results in input order from `jobs` worker processes (pebble's pool,
    one task at a time each, so that a worker that dies is known by its task).

    A worker killed while it reads an input (SIGKILL from the OOM killer, a
    crash in a C library) fails that input alone with exit 70; the pool
    starts another worker and the run goes on. multiprocessing.Pool loses
    the task and waits for it forever.
    """
    import multiprocessing as mp
    from collections import deque

    from pebble import ProcessExpired, ProcessPool

    from .pipeline import warm_up

    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    if ctx.get_start_method() == "fork":
        warm_up(opts.claims)  # the children inherit the model and data instead of loading their own
    pool = ProcessPool(max_workers=jobs, context=ctx)
    pending: deque = deque()
    try:
        for task in tasks(items, opts.max_bytes):
            pending.append((task, pool.schedule(_work, args=((task, opts),))))
            if len(pending) >= jobs * AHEAD:
                yield _result(*pending.popleft(), ProcessExpired)
        while pending:
            yield _result(*pending.popleft(), ProcessExpired)
    finally:
        pool.stop()  # what is left (after an error without --keep-going, Ctrl-C) is not read
        pool.join()


def _result(task, future, expired) -> Result:
    try:
        return future.result()
    except expired as exc:
        return _failed(task, DeclError("", f"the worker process reading it died ({_death(exc.exitcode)})"))


def _death(exitcode) -> str:
    """How a worker process ended, for a person: 'killed by SIGKILL' for -9."""
    import signal

    if isinstance(exitcode, int) and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"killed by {name}" + ("; out of memory?" if name == "SIGKILL" else "")
    return f"exit status {exitcode}"

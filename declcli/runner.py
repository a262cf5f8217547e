"""Many inputs: expand paths, folders and lists, run the pipeline on each,
in input order, optionally in worker processes. In this process, the
paragraphs of several inputs are parsed together (pipeline.parsed_together).

Each result is the contract's dict for one input, or an error record
(`{schema, source, error: {code, message}}`). Workers return plain dicts,
so nothing large crosses process boundaries and output order is the input
order whatever the number of jobs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

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
    from .pipeline import document_tree, stream_document

    if isinstance(task, DeclError):
        return Result(task.location, error_record(task.location, task), task)
    label = _label(task)
    try:
        source = _source(task, opts)
        if stream:
            # The source is this call's own: its bytes go once decoded.
            tree, removed = stream_document(
                source, opts.reference_date, let_go=True, claims=opts.claims, structure=opts.structure
            )
        else:
            tree, removed = document_tree(source, opts.reference_date, claims=opts.claims, structure=opts.structure)
        return Result(label, tree, None, removed if opts.verbose >= 2 else [])
    except (DeclError, RecursionError) as exc:
        return _failed(task, _as_decl_error(exc, task))


def process_together(tasks_: Iterable, opts: Options, *, stream: bool = False) -> Iterator[Result]:
    """`process_one` over each task, in order, with the same results, the
    paragraphs of several documents parsed in one stream
    (pipeline.parsed_together: spaCy's batches fill across documents). A
    window of tasks is read and cleaned before the first of them is given.
    """
    from .pipeline import article_and_page, finished_tree, parsed_together, streamed_tree

    def cleaned():
        for task in tasks_:
            if isinstance(task, DeclError):
                yield None, Result(task.location, error_record(task.location, task), task)
                continue
            try:
                source = _source(task, opts)
                # The source is this call's own: in a streamed run its bytes go once decoded.
                article, page = article_and_page(source, let_go=stream, structure=opts.structure)
            except (DeclError, RecursionError) as exc:
                yield None, _failed(task, _as_decl_error(exc, task))
            else:
                yield article, (task, source, page)

    for article, tag, parsed in parsed_together(cleaned(), parse=opts.claims):
        if article is None:
            yield tag  # the error record of a task that failed before its claims
            continue
        task, source, page = tag
        try:
            if isinstance(parsed, DeclError):
                raise parsed  # the language model is missing
            made = streamed_tree if stream else finished_tree
            tree, removed = made(source, article, page, opts.reference_date, claims=opts.claims, parsed=parsed)
        except (DeclError, RecursionError) as exc:
            yield _failed(task, _as_decl_error(exc, task))
            continue
        yield Result(_label(task), tree, None, removed if opts.verbose >= 2 else [])


def _as_decl_error(exc: Exception, task) -> DeclError:
    return exc if isinstance(exc, DeclError) else DeclError(_label(task), "the page is nested too deeply to process")


def _label(task) -> str:
    """What is written about a task: its path, or its URL without the user name and password."""
    item = task.path if isinstance(task, WarcRecord) else task
    return without_userinfo(item) if not isinstance(task, WarcRecord) and is_url(item) else item


def _source(task, opts: Options):
    """The classified Source of a task (a path, a URL or a WARC record); raises DeclError."""
    from .input.source import classify, read_path
    from .model import Source

    item = task.path if isinstance(task, WarcRecord) else task
    if isinstance(task, WarcRecord):
        if task.error is not None:
            raise task.error
        return classify(
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
    if is_url(item):
        from .input.fetching import fetch_url  # httpx and friends only when fetching

        return fetch_url(
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
    return read_path(item, opts.input_format, opts.max_bytes)


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
    """Results in input order; with jobs > 1, in worker processes; in this
    process, several files (or a web archive's pages) through
    `process_together`, stdin, a single input and URLs through
    `process_one` (each URL fetched only once the one before it is written:
    a failure without --keep-going stops before the next request), and
    inputs among which a FIFO or device is (it may never end: the documents
    before it are written first).

    `stream` (in this process only): each document's claims are made while
    it is written, so write it before asking for the next result.
    """
    several = len(items) > 1 or any(is_warc(i) for i in items)
    if jobs > 1 and several and "-" not in items:
        yield from _pooled(items, opts, jobs)
    elif several and "-" not in items and not any(map(is_url, items)) and not any(map(_special_file, items)):
        yield from process_together(tasks(items, opts.max_bytes), opts, stream=stream)
    else:
        for task in tasks(items, opts.max_bytes):
            yield process_one(task, opts, stream=stream)


def _special_file(item: str) -> bool:
    """Whether an input is a FIFO, a device or a socket: reading it may wait for ever, so no input is read ahead of
    it (process_together reads a window of inputs before writing the first)."""
    import os
    import stat

    try:
        mode = os.stat(item).st_mode
    except (OSError, ValueError):
        return False  # (missing: its error is written in its place)
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


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

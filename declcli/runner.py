"""Many inputs: expand paths, folders and lists, run the pipeline on each,
in input order, optionally in worker processes.

Each result is the contract's dict for one input, or an error record
(`{schema, source, error: {code, message}}`). Workers return plain dicts,
so nothing large crosses process boundaries and output order is the input
order whatever the number of jobs.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from typing import Iterator

from .errors import DeclError, NoInput, UsageProblem
from .model import SCHEMA_ID

INPUT_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass
class Options:
    input_format: str | None = None
    reference_date: str | None = None
    timeout: float = 20.0
    retries: int = 2
    max_bytes: int = 10 * 1024 * 1024
    cache_dir: str | None = None
    verify_tls: bool = True
    verbose: int = 0


@dataclass
class Result:
    item: str
    tree: dict
    error: DeclError | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)


def is_url(item: str) -> bool:
    return bool(_URL.match(item)) and not os.path.exists(item)


def read_list(path: str) -> list[str]:
    """Paths or URLs, one a line; blank lines and # comments skipped."""
    try:
        if path == "-":
            if sys.stdin is None or sys.stdin.isatty():
                raise UsageProblem("--from -", "stdin is a terminal; pipe a list of inputs in")
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
    except FileNotFoundError:
        raise NoInput(path, "no such file (given to --from)") from None
    except OSError as exc:
        raise NoInput(path, f"cannot read: {exc.strerror or exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def expand(items: list[str], from_file: str | None = None, *, urls_only: bool = False) -> list[str]:
    """Inputs in order: folders become their article files, sorted."""
    all_items = list(items) + (read_list(from_file) if from_file else [])
    out: list[str] = []
    for item in all_items:
        if urls_only:
            out.append(item)
        elif item != "-" and os.path.isdir(item):
            found = []
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for name in files:
                    if name.lower().endswith(INPUT_SUFFIXES) or name.lower().endswith((".warc", ".warc.gz")):
                        found.append(os.path.join(root, name))
            if not found:
                raise NoInput(item, "the folder holds no .html, .htm or .txt files")
            out.extend(sorted(found))
        else:
            out.append(item)
    if "-" in out and out.count("-") > 1:
        raise UsageProblem("-", "stdin can be read only once")
    return out


def error_record(item: str, err: DeclError, kind: str | None = None) -> dict:
    if kind is None:
        kind = "stdin" if item == "-" else ("url" if is_url(item) else "file")
    return {
        "schema": SCHEMA_ID,
        "source": {"kind": kind, "location": item, "media_type": None, "sha256": None},
        "error": {"code": err.code, "message": str(err)},
    }


def process_one(item: str, opts: Options) -> Result:
    """One input through the whole pipeline; errors become a Result, not a raise."""
    from .model import document_to_dict
    from .pipeline import process
    from .fetch import fetch_url
    from .source import read_path

    try:
        if is_url(item):
            source = fetch_url(
                item,
                timeout=opts.timeout,
                max_bytes=opts.max_bytes,
                input_format=opts.input_format,
                retries=opts.retries,
                cache_dir=opts.cache_dir,
                verify=opts.verify_tls,
            )
        else:
            source = read_path(item, opts.input_format)
        doc = process(source, opts.reference_date)
        return Result(item, document_to_dict(doc), None, doc.removed if opts.verbose >= 2 else [])
    except DeclError as err:
        return Result(item, error_record(item, err), err)
    except RecursionError:
        err = DeclError(item, "the page is nested too deeply to process")
        return Result(item, error_record(item, err), err)


def _work(args):
    item, opts = args
    return process_one(item, opts)


def run(items: list[str], opts: Options, jobs: int = 1) -> Iterator[Result]:
    """Results in input order; with jobs > 1, in worker processes."""
    if jobs <= 1 or len(items) <= 1 or "-" in items:
        for item in items:
            yield process_one(item, opts)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(processes=jobs) as pool:
        # imap keeps input order; a small chunk keeps both cores busy.
        yield from pool.imap(_work, ((item, opts) for item in items), chunksize=4)

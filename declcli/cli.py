"""The command line: parse options, call the pipeline, print, map errors.

Heavy modules (bs4, lxml, yaml, rich, httpx) are imported inside the
functions that need them so that `declcli --help` stays fast.
"""

from __future__ import annotations

import os
import re
import sys
from enum import Enum
from typing import List, Optional

import typer

from . import __version__
from .errors import DeclError, NoInput, OutputError, UsageProblem, exit_code_table
from .startup import resume_collector

EXAMPLES = """Examples:

\b
  declcli read article.html                  # YAML when piped, a table on a terminal
  declcli read saved-page.html -f json | jq '.claims[] | select(.modality=="obligation") | .text'
  pbpaste | declcli read - --input-format text --reference-date 2022-02-23
  declcli read pages/ -f jsonl --keep-going -o claims.jsonl
  declcli fetch https://example.com/news/story.html -f table
  declcli diff golden.yaml new.yaml          # exit 1 when they differ
  declcli validate out.jsonl
"""

HELP = f"""Turn a news article into structured, checkable data: metadata, body text,
claims (who, what force, who said it, when, where) and the agreement it reports.

{EXAMPLES}
Exit codes:

\b
{exit_code_table(markdown=False)}
"""


class Format(str, Enum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    table = "table"


class DiffFormat(str, Enum):
    yaml = "yaml"
    json = "json"
    table = "table"


class InputFormat(str, Enum):
    html = "html"
    text = "text"


app = typer.Typer(
    help=HELP,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool):
    if value:
        print(f"declcli {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
):
    """Turn a news article into structured, checkable data."""
    if ctx.invoked_subcommand not in ("read", "fetch"):
        resume_collector()  # read and fetch resume it once their output is ready (_run)


FORMAT_HELP = "Output format: yaml, json, jsonl, csv, markdown, table. Default: table on a terminal, yaml otherwise."
REFDATE_HELP = "YYYY-MM-DD against which relative dates resolve when the article carries no date."


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    import datetime as dt

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter("expected YYYY-MM-DD", param_hint="--reference-date")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not a real date: {value}", param_hint="--reference-date") from None
    return value


class Settings:
    """Terminal-dependent choices, made in one place."""

    def __init__(self, no_color: bool, quiet: bool, verbose: int):
        self.quiet = quiet
        self.verbose = 0 if quiet else verbose
        if no_color or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
            self.color = False
        elif os.environ.get("FORCE_COLOR"):
            self.color = True
        else:
            self.color = sys.stdout.isatty()

    @staticmethod
    def default_format(fmt) -> str:
        if fmt is None:
            return "table" if sys.stdout.isatty() else "yaml"
        return fmt.value

    @staticmethod
    def width() -> Optional[int]:
        if sys.stdout.isatty():
            try:
                return os.get_terminal_size(sys.stdout.fileno()).columns
            except OSError:
                return None
        return None

    def note(self, text: str) -> None:
        if not self.quiet:
            print(text, file=sys.stderr)


class PipeClosed(Exception):
    """stdout's reader went away (`| head -1`): end quietly.

    Not an OSError, so that typer's own EPIPE handling (exit 1) stays out of it.
    """


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise PipeClosed() from None


class Output:
    """stdout, or a file written atomically (a temporary file, then rename)."""

    def __init__(self, path: Optional[str]):
        self.path = path
        self.tmp = None
        if path and path != "-":
            import tempfile

            folder = os.path.dirname(os.path.abspath(path))
            try:
                fd, self.tmp = tempfile.mkstemp(dir=folder, prefix=".declcli-", suffix=".tmp")
            except OSError as exc:
                raise OutputError(path, f"cannot write: {exc.strerror or exc}") from None
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        else:
            self.stream = sys.stdout

    def commit(self) -> None:
        if self.tmp:
            self.stream.close()
            os.replace(self.tmp, self.path)
            self.tmp = None

    def discard(self) -> None:
        if self.tmp:
            self.stream.close()
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None


def _progress(results, total: int, settings: Settings):
    """A progress bar on stderr, only when stderr is a terminal and there are many inputs."""
    if total < 2 or settings.quiet or not sys.stderr.isatty():
        yield from results
        return
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("reading", total=total)
        for r in results:
            progress.advance(task)
            yield r


def _stderr_console():
    from rich.console import Console

    return Console(file=sys.stderr)


def _run(items: List[str], fmt, output: Optional[str], keep_going: bool, jobs: int, settings: Settings, opts) -> None:
    from .render import Emitter
    from .runner import is_warc, run

    if not items:
        raise NoInput("inputs", "no article files found")
    fmt_name = settings.default_format(fmt)
    out = Output(output)
    # A web archive holds many pages: its output is a stream even alone.
    multi = len(items) > 1 or any(is_warc(i) for i in items)
    emitter = Emitter(fmt_name, out.stream, multi=multi, color=settings.color and out.tmp is None,
                      width=settings.width() if out.tmp is None else None)
    # Claims are made while they are written, except where the emitter holds
    # every document to the end (a JSON array of several inputs).
    stream = not (fmt_name == "json" and multi)
    first_error: Optional[DeclError] = None
    resume_collector()  # paused by the command's start-up (declcli.startup)
    try:
        for result in _progress(run(items, opts, jobs, stream=stream), len(items), settings):
            if result.error is not None:
                if not keep_going:
                    raise result.error
                settings.note(f"declcli: {result.error}")
                first_error = first_error or result.error
            emitter.add(result.tree)
            if result.error is None and settings.verbose:
                # After the document is written: a streamed one knows its counts only then.
                art = result.tree["article"]
                settings.note(f"{result.item}: {_count(result.tree['claims'])} claims, "
                              f"{art['text'].count(chr(10) * 2) + 1} paragraphs, {_count(result.tree['agreements'])} agreements")
                for why, what in result.removed:
                    settings.note(f"  stripped ({why}): {what}")
        emitter.close()
        out.commit()
    except BrokenPipeError:
        out.discard()
        raise PipeClosed() from None
    except BaseException:
        out.discard()
        raise
    if first_error is not None:
        raise typer.Exit(first_error.code)


def _count(items) -> int:
    """Length of a list of the tree, or of a Stream the renderer has written
    (what it left unread, such as agreements in CSV, is read to count it)."""
    if isinstance(items, list):
        return len(items)
    return items.count + sum(1 for _ in items)


def _options(input_format, reference_date, verbose, **kw):
    from .model import Options

    return Options(input_format=input_format.value if input_format else None, reference_date=reference_date,
                   verbose=verbose, **kw)


NO_CLAIMS_HELP = "Text and metadata only: claims and agreements are [] and the language model is never loaded."


FROM_HELP = "A file listing inputs (paths or URLs), one a line; '-' reads the list from stdin."
KEEP_HELP = "Try every input; a failing one becomes an error record and the run exits non-zero at the end."
OUTPUT_HELP = "Write to FILE (atomically: a temporary file, then rename) instead of stdout."
JOBS_HELP = "Worker processes; output order and bytes are the same as with one."


@app.command(help="Read saved HTML pages or plain-text files ('-' reads stdin; folders give their .html, .htm and .txt files, sorted).\n\n" + EXAMPLES)
def read(
    paths: List[str] = typer.Argument(None, metavar="PATH...", help="Files, folders, or '-' for stdin (never read from a terminal)."),
    from_file: Optional[str] = typer.Option(None, "--from", metavar="FILE", help=FROM_HELP),
    fmt: Optional[Format] = typer.Option(None, "-f", "--format", help=FORMAT_HELP, case_sensitive=False),
    output: Optional[str] = typer.Option(None, "-o", "--output", metavar="FILE", help=OUTPUT_HELP),
    input_format: Optional[InputFormat] = typer.Option(
        None, "--input-format", help="Treat the input as html or text instead of detecting it.", case_sensitive=False),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help=REFDATE_HELP, callback=_check_date),
    no_claims: bool = typer.Option(False, "--no-claims", help=NO_CLAIMS_HELP),
    keep_going: bool = typer.Option(False, "--keep-going", "-k", help=KEEP_HELP),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64, help=JOBS_HELP),
    max_bytes: int = typer.Option(10 * 1024 * 1024, "--max-bytes", min=1, help="Largest input accepted; a larger one is refused (exit 65)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress or notes on stderr (errors still print)."),
    verbose: int = typer.Option(0, "-v", "--verbose", count=True, help="-v: a line per input; -vv: also what was stripped and why."),
    no_color: bool = typer.Option(False, "--no-color", help="No colour (also NO_COLOR=1 or TERM=dumb)."),
):
    from .runner import expand

    settings = Settings(no_color, quiet, verbose)
    if not paths and not from_file:
        raise UsageProblem("read", "name at least one PATH, '-' for stdin, or --from FILE")
    items = expand(paths or [], from_file)
    _run(items, fmt, output, keep_going, jobs, settings,
         _options(input_format, reference_date, settings.verbose, max_bytes=max_bytes, claims=not no_claims))


@app.command(help="Fetch http(s) URLs and read the articles they serve.\n\n" + EXAMPLES)
def fetch(
    urls: List[str] = typer.Argument(None, metavar="URL...", help="http:// or https:// URLs."),
    from_file: Optional[str] = typer.Option(None, "--from", metavar="FILE", help=FROM_HELP),
    fmt: Optional[Format] = typer.Option(None, "-f", "--format", help=FORMAT_HELP, case_sensitive=False),
    output: Optional[str] = typer.Option(None, "-o", "--output", metavar="FILE", help=OUTPUT_HELP),
    input_format: Optional[InputFormat] = typer.Option(
        None, "--input-format", help="Treat the response as html or text instead of detecting it.", case_sensitive=False),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help=REFDATE_HELP, callback=_check_date),
    no_claims: bool = typer.Option(False, "--no-claims", help=NO_CLAIMS_HELP),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds for each attempt, redirects and body included."),
    retries: int = typer.Option(2, "--retries", min=0, max=10, help="Retries on 429, 5xx, timeouts and connection errors (exponential backoff, Retry-After honoured)."),
    max_bytes: int = typer.Option(10 * 1024 * 1024, "--max-bytes", min=1, help="Largest body accepted, after decompression."),
    cache: Optional[str] = typer.Option(None, "--cache", metavar="DIR", help="Keep fetched pages in DIR by URL; reruns read them offline."),
    insecure: bool = typer.Option(False, "--insecure", help="Do not verify TLS certificates (verification is on by default)."),
    keep_going: bool = typer.Option(False, "--keep-going", "-k", help=KEEP_HELP),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64, help=JOBS_HELP),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress or notes on stderr (errors still print)."),
    verbose: int = typer.Option(0, "-v", "--verbose", count=True, help="-v: a line per input; -vv: also what was stripped and why."),
    no_color: bool = typer.Option(False, "--no-color", help="No colour (also NO_COLOR=1 or TERM=dumb)."),
):
    from .runner import expand

    settings = Settings(no_color, quiet, verbose)
    if not urls and not from_file:
        raise UsageProblem("fetch", "name at least one URL or --from FILE")
    items = expand(urls or [], from_file, urls_only=True)
    opts = _options(input_format, reference_date, settings.verbose, timeout=timeout, retries=retries,
                    max_bytes=max_bytes, cache_dir=cache, verify_tls=not insecure, claims=not no_claims)
    _run(items, fmt, output, keep_going, jobs, settings, opts)


@app.command(help="Run many inputs on a Dask cluster and write partitioned JSON Lines to a folder "
             "(needs: pip install 'declcli[dask]').\n\n\b\n"
             "  declcli batch --scheduler tcp://scheduler:8786 /shared/pages/ --output /shared/out/\n"
             "  declcli batch pages/ --output out/ --jobs 2       # a local cluster of 2 worker processes")
def batch(
    inputs: List[str] = typer.Argument(None, metavar="INPUT...", help="Files, folders, WARC files or URLs the workers can reach."),
    output: str = typer.Option(..., "--output", "-o", metavar="DIR", help="Folder for part-NNNNN.jsonl files and _manifest.json."),
    from_file: Optional[str] = typer.Option(None, "--from", metavar="FILE", help=FROM_HELP),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="A Dask scheduler, e.g. tcp://host:8786. Default: a local cluster on 127.0.0.1."),
    partition_size: int = typer.Option(100, "--partition-size", min=1, help="Inputs per partition (one output file each)."),
    jobs: int = typer.Option(2, "--jobs", "-j", min=1, max=64, help="Worker processes of the local cluster (without --scheduler)."),
    input_format: Optional[InputFormat] = typer.Option(
        None, "--input-format", help="Treat the inputs as html or text instead of detecting it.", case_sensitive=False),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help=REFDATE_HELP, callback=_check_date),
    no_claims: bool = typer.Option(False, "--no-claims", help=NO_CLAIMS_HELP),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No summary on stderr."),
):
    from .batch import run_batch
    from .runner import expand

    settings = Settings(True, quiet, 0)
    if not inputs and not from_file:
        raise UsageProblem("batch", "name at least one INPUT or --from FILE")
    items = expand(inputs or [], from_file)
    if not items:
        raise NoInput("inputs", "no article files found")
    summary = run_batch(items, _options(input_format, reference_date, 0, claims=not no_claims), output, scheduler=scheduler,
                        partition_size=partition_size, workers=jobs)
    settings.note(f"declcli: {summary['documents']} documents in {summary['partitions']} files under {output}"
                  + (f", {summary['errors']} failed" if summary["errors"] else ""))
    if summary["first_error_code"]:
        raise typer.Exit(summary["first_error_code"])


def _load_for_diff(path: str, reference_date: Optional[str]) -> list:
    """declcli output as it is, or an article run through the pipeline."""
    from .model import Source, document_to_dict
    from .pipeline import process
    from .source import sized
    from .validate import looks_like_output, parse_documents, read_limited

    data = read_limited(path)  # read once, whichever it turns out to be
    if looks_like_output(data):
        docs = parse_documents(data.decode("utf-8", errors="replace"), path)
        if docs and all(isinstance(d, dict) and "schema" in d for d in docs):
            return docs
    return [document_to_dict(process(sized(Source(kind="file", location=path, data=data)), reference_date))]


@app.command(help="Compare two declcli outputs (or two articles): exit 0 when equal, 1 when they differ.\n\n"
             "\b\n  declcli read page.html -f yaml > new.yaml && declcli diff golden.yaml new.yaml")
def diff(
    old: str = typer.Argument(..., metavar="OLD"),
    new: str = typer.Argument(..., metavar="NEW"),
    fmt: Optional[DiffFormat] = typer.Option(None, "-f", "--format", help="yaml, json or table. Default: table on a terminal, yaml otherwise.", case_sensitive=False),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help=REFDATE_HELP, callback=_check_date),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print nothing; the exit code tells."),
    no_color: bool = typer.Option(False, "--no-color", help="No colour (also NO_COLOR=1 or TERM=dumb)."),
):
    from .diff import diff_documents, diff_table
    from .render import to_json, to_yaml

    settings = Settings(no_color, quiet, 0)
    a_docs, b_docs = _load_for_diff(old, reference_date), _load_for_diff(new, reference_date)
    results = [diff_documents(a, b, old, new) for a, b in zip(a_docs, b_docs)]
    count_differs = len(a_docs) != len(b_docs)
    equal = all(r["equal"] for r in results) and not count_differs
    if not quiet:
        fmt_name = Settings.default_format(fmt)
        if fmt_name == "json":
            text = to_json(results[0] if len(results) == 1 else results)
        elif fmt_name == "yaml":
            text = "".join(("---\n" if len(results) > 1 else "") + to_yaml(r) for r in results)
        else:
            text = "".join(diff_table(r, width=Settings.width(), color=settings.color) for r in results)
        if count_differs:
            text += f"# {old} has {len(a_docs)} documents, {new} has {len(b_docs)}\n" if fmt_name != "json" else ""
        _write(text)
    raise typer.Exit(0 if equal else 1)


@app.command(help="Check files of declcli output (YAML, JSON or JSON Lines) against the schema; exit 1 on any problem.")
def validate(
    files: List[str] = typer.Argument(..., metavar="FILE..."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print nothing; the exit code tells."),
):
    from .validate import validate_file

    failed = False
    lines = []
    for path in files:
        count, problems = validate_file(path)
        if problems:
            failed = True
            lines += [str(p) for p in problems]
        else:
            lines.append(f"{path}: ok ({count} document{'s' if count != 1 else ''})")
    if not quiet:
        _write("\n".join(lines) + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command(help="Print the output contract (schema declcli/1) as JSON Schema.")
def schema():
    from importlib import resources

    _write(resources.files("declcli").joinpath("data", "schema.json").read_text(encoding="utf-8"))


def _quiet_stdout() -> None:
    # After a closed pipe, point stdout at /dev/null so the interpreter's
    # final flush does not raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point: the one place where exceptions become exit codes."""
    import warnings

    # Library warnings are not actionable for a user and would break the
    # promise of one clear line on stderr.
    warnings.simplefilter("ignore")
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="declcli", standalone_mode=False)
        code = result if isinstance(result, int) else 0
        if code == 130:
            # typer turns Ctrl-C into a silent exit code 130: say what happened.
            print("declcli: interrupted", file=sys.stderr)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        print("declcli: interrupted", file=sys.stderr)
        code = 130
    except typer.TyperException as exc:
        # Usage errors: typer prints the usage line and the reason.
        exc.show()
        code = exc.exit_code
    except DeclError as exc:
        print(f"declcli: {exc}", file=sys.stderr)
        code = exc.code
    except KeyboardInterrupt:
        print("declcli: interrupted", file=sys.stderr)
        code = 130
    except (BrokenPipeError, PipeClosed):
        _quiet_stdout()
        code = 0
    except RecursionError:
        print("declcli: internal error: the input is nested too deeply to process", file=sys.stderr)
        code = 70
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        print(f"declcli: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = 70
    sys.exit(code)


__all__ = ["app", "main"]

"""The command line: parse options, call the pipeline, print, map errors.

Heavy modules (bs4, lxml, yaml, rich, httpx) are imported inside the
functions that need them so that `declcli --help` stays fast.
"""

from __future__ import annotations

import os
import re
import sys
from enum import Enum
from typing import Annotated

import typer

from . import __version__
from ._speedups import collector
from .defaults import BATCH_JOBS, FETCH_RETRIES, FETCH_TIMEOUT, JOBS, LIST_BYTES, LIST_LINE, MAX_BYTES, PARTITION_SIZE
from .errors import DeclError, NoInput, OutputError, UsageProblem, exit_code_table
from .render import registry as formats

EXAMPLES = """Examples:

\b
  declcli read article.html                  # YAML when piped, a table on a terminal
  declcli read < article.html -o article.json
  declcli read saved-page.html -f json | jq '.claims[] | select(.modality=="obligation") | .text'
  pbpaste | declcli read - --input-format text --reference-date 2022-02-23
  declcli read pages/ -f jsonl --keep-going -o claims.jsonl
  declcli fetch https://example.com/news/story.html -f table
  declcli diff golden.yaml new.yaml          # exit 1 when they differ
  declcli validate out.jsonl
  declcli schema > declcli-1.schema.json
"""

HELP = f"""Turn a news article into structured, checkable data: metadata, body text,
claims (who, what force, who said it, when, where) and the agreement it reports.

{EXAMPLES}
Exit codes:

\b
{exit_code_table(markdown=False)}
"""


PANEL_INPUT, PANEL_OUTPUT, PANEL_FETCH, PANEL_RUN = "Input", "Output", "Fetch", "Run"
PANEL_ORDER = [PANEL_INPUT, PANEL_OUTPUT, PANEL_FETCH, PANEL_RUN]


class PanelCommand(typer.core.TyperCommand):
    """Options grouped under headings by their rich_help_panel ("Input
    options:", "Output options:", ...), in the plain help that keeps
    `--help` from importing Rich."""

    def format_options(self, ctx, formatter) -> None:
        def is_argument(param) -> bool:
            return getattr(param, "param_type_name", "") == "argument"

        arguments = [p.get_help_record(ctx) for p in self.get_params(ctx) if is_argument(p)]
        arguments = [r for r in arguments if r]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        panels: dict = {}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None or is_argument(param):
                continue
            panels.setdefault(getattr(param, "rich_help_panel", None) or "Other", []).append(record)
        # --help (typer's own, with no panel) closes the list.
        for name in PANEL_ORDER + [n for n in panels if n not in PANEL_ORDER and n != "Other"] + ["Other"]:
            if name in panels:
                with formatter.section(f"{name} options" if name != "Other" else "Help"):
                    formatter.write_dl(panels[name])


# --format's choices: the output formats' registry (declcli.render.registry).
Format = Enum("Format", {name.replace("-", "_"): name for name in formats.FORMATS}, type=str)


# diff's: the registry's formats it compares in.
DiffFormat = Enum("DiffFormat", {name: name for name in formats.DIFF_FORMATS}, type=str)


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
        _write(f"declcli {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
):
    """Turn a news article into structured, checkable data."""
    if ctx.invoked_subcommand not in ("read", "fetch"):
        collector.resume()  # read and fetch resume it once their output is ready (_run)


FORMAT_HELP = formats.FORMAT_HELP
REFDATE_HELP = "YYYY-MM-DD against which relative dates resolve when the article carries no date."


def _check_date(value: str | None) -> str | None:
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
            self.color = _isatty(sys.stdout)

    @staticmethod
    def default_format(fmt, output: str | None = None) -> str:
        """An explicit --format; else what the output's destination implies:
        a file named by -o by its extension (YAML when it tells nothing),
        a terminal the table, anything else YAML."""
        if fmt is not None:
            return fmt.value
        if output and output != "-":
            ext = os.path.splitext(output)[1].lower()
            return formats.OUTPUT_EXTENSIONS.get(ext, formats.DEFAULT)
        return formats.ON_A_TERMINAL if _isatty(sys.stdout) else formats.DEFAULT

    @staticmethod
    def width() -> int | None:
        """COLUMNS when set (as the shell and Rich read it), else the
        terminal's width, else None (80)."""
        columns = os.environ.get("COLUMNS", "")
        if columns.isdigit() and 20 <= int(columns) <= 1000:
            return int(columns)
        if _isatty(sys.stdout):
            try:
                return max(20, os.get_terminal_size(sys.stdout.fileno()).columns)
            except OSError:
                return None
        return None

    def note(self, text: str) -> None:
        """A line on stderr for a person, unless -q (made safe to show: see terminal.safe)."""
        if not self.quiet:
            self.error(text)

    @staticmethod
    def error(text: str) -> None:
        """A line on stderr that -q does not hide."""
        from .terminal import safe

        print(safe(text), file=sys.stderr)


class PipeClosed(Exception):
    """stdout's reader went away (`| head -1`): end quietly.

    Not an OSError, so that typer's own EPIPE handling (exit 1) stays out of it.
    """


def _write(text: str, *, for_person: bool = False) -> None:
    """`text` on stdout (see _stdout), whole, or an error."""
    out = _stdout(for_person)
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        raise PipeClosed() from None


def _utf_stdout() -> bool:
    """Whether stdout's own encoding is a UTF (else the table draws its rule in ASCII)."""
    return (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("_", "-").startswith("utf")


def _stdout(for_person: bool):
    """stdout, its write errors output errors (exit 74), closed an error.

    Data (YAML, JSON, CSV, ...) is UTF-8 whatever the locale says: a file
    written through `>` must hold the same bytes on every machine, and
    docs/output.md promises UTF-8. What is shown to a person (the table,
    -f text on a terminal, diff's table, validate's lines) is written in the
    terminal's own encoding, a character it lacks escaped (`\\u2014`): bytes
    of another encoding could be read as control codes (a UTF-8 `Û` holds
    0x9b, CSI to a Latin-1 terminal).
    """
    from .files import WriteGuard

    if sys.stdout is None:
        # `>&-`: Python starts without a stdout (main gives fd 1 to /dev/null).
        raise OutputError("stdout", "is closed; nothing can be written (write to a file with -o FILE)")
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        import codecs

        try:
            if for_person:
                reconfigure(errors="backslashreplace")
            elif codecs.lookup(sys.stdout.encoding or "utf-8").name != "utf-8":
                reconfigure(encoding="utf-8", errors="strict")
        except (ValueError, LookupError, OSError):
            pass
    return WriteGuard(sys.stdout, "stdout")


class Output:
    """stdout, or a file written atomically (files.AtomicFile), its target
    checked before any input is read (files.resolve_target)."""

    def __init__(self, path: str | None, inputs=(), for_person: bool = False):
        from .files import AtomicFile, WriteGuard, resolve_target

        self.path = path
        self.file = None
        if path and path != "-":
            self.file = AtomicFile(path, target=resolve_target(path, inputs))
            self.stream = WriteGuard(self.file.stream, path)
        else:
            self.stream = _stdout(for_person)

    @property
    def to_file(self) -> bool:
        return self.file is not None

    def commit(self) -> None:
        if self.file is not None:
            self.file.commit()

    def discard(self) -> None:
        if self.file is not None:
            self.file.discard()


class _Progress:
    """A bar on stderr with a count, the input being read and the elapsed
    time; then one summary line ("3 documents, 1 error, 0.4 s").

    Shown only when stderr is a terminal and the output does not go to the
    same screen (stdout is not a terminal, or -o names a file): a bar
    redrawn between lines of data would end up mixed with them.
    """

    def __init__(self, items: list[str], settings: Settings, to_file: bool):
        import time

        self.items, self.settings = items, settings
        self.started = time.monotonic()
        self.documents = self.errors = 0
        self.shown = len(items) >= 2 and not settings.quiet and _isatty(sys.stderr) and (to_file or not _isatty(sys.stdout))

    def __iter__(self):
        raise TypeError("use wrap()")

    def wrap(self, results):
        if not self.shown:
            for r in results:
                self._count(r)
                yield r
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from .terminal import safe

        warc = any(i.lower().endswith((".warc", ".warc.gz")) for i in self.items)
        columns = [
            TextColumn("reading"),
            BarColumn(bar_width=20),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[current]}", markup=False),
        ]
        with Progress(*columns, transient=True, console=_stderr_console(self.settings)) as progress:
            task = progress.add_task("reading", total=None if warc else len(self.items), current=safe(_short(self.items[0])))
            for n, r in enumerate(results, 1):
                self._count(r)
                following = self.items[n] if not warc and n < len(self.items) else r.item
                progress.update(task, advance=1, current=safe(_short(following)))
                yield r

    def _count(self, result) -> None:
        if result.error is None:
            self.documents += 1
        else:
            self.errors += 1

    def summary(self) -> None:
        import time

        if self.shown or self.settings.verbose:
            elapsed = time.monotonic() - self.started
            parts = [_plural(self.documents, "document")]
            if self.errors:
                parts.append(_plural(self.errors, "error"))
            self.settings.note(f"declcli: {', '.join(parts)}, {elapsed:.1f} s")


def _note_claims_extent(result, settings: Settings) -> None:
    """A note when claims were read from part of the text only (see
    pipeline.claims_extent): a user must not take the claims for the whole."""
    from . import defaults
    from .pipeline import claims_extent

    text = result.tree["article"]["text"]
    extent = claims_extent(text)
    if extent < len(text):
        settings.note(
            f"declcli: {result.item}: claims read from the first {extent:,} of {len(text):,} characters "
            f"(at most {defaults.CLAIM_TOKENS:,} words and punctuation marks); the article's text is whole"
        )


def _short(item: str, width: int = 50) -> str:
    from .input.items import without_userinfo

    item = without_userinfo(item)  # a password in a URL is never shown
    return item if len(item) <= width else "…" + item[-(width - 1) :]


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _isatty(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):
        return False


def _stderr_console(settings: Settings | None = None):
    from rich.console import Console

    return Console(file=sys.stderr, no_color=settings is not None and not settings.color, highlight=False)


def _run(
    items: list[str],
    fmt,
    output: str | None,
    keep_going: bool,
    jobs: int,
    settings: Settings,
    opts,
    from_file: str | None = None,
    named: list[str] | None = None,
) -> None:
    """Run `items` and write their documents.

    `named`: the inputs as given on the command line. One named file gives
    one document (a JSON object); a folder, --from or several inputs give a
    stream (a JSON array, a `---` YAML stream) however many documents it
    turns out to hold, so that a script can tell the shape from its command.
    """
    from .input.items import is_warc
    from .render import Emitter
    from .runner import run

    if not items:
        raise NoInput("inputs", "no article files found")
    fmt_name = settings.default_format(fmt, output)
    # The output's target is checked before any input is read.
    out = Output(
        output,
        inputs=items + ([from_file] if from_file else []),
        for_person=formats.for_person(fmt_name, on_terminal=_isatty(sys.stdout)),
    )
    if fmt_name == "markdown-body":
        # The body's form is made only for this format; claims it never shows are not made.
        opts.structure, opts.claims = True, False
    elif fmt_name == "text":
        opts.claims = False  # the body alone: the language model is never loaded for it
    # A web archive holds many pages: its output is a stream even alone.
    multi = (
        len(items) > 1
        or any(is_warc(i) for i in items)
        or from_file is not None
        or any(p != "-" and os.path.isdir(p) for p in (named or []))
    )
    on_screen = not out.to_file and _isatty(sys.stdout)
    emitter = Emitter(
        fmt_name,
        out.stream,
        multi=multi,
        color=settings.color and not out.to_file,
        width=settings.width() if not out.to_file else None,
        terminal=on_screen,
        ascii_only=not out.to_file and not _utf_stdout(),
    )
    # Claims are made while they are written, except where the emitter holds
    # every document to the end (a JSON array of several inputs).
    stream = not (fmt_name == "json" and multi)
    first_error: DeclError | None = None
    progress = _Progress(items, settings, out.to_file)
    collector.resume()  # paused by the command's start-up (declcli._speedups.collector)
    try:
        for result in progress.wrap(run(items, opts, jobs, stream=stream)):
            if result.error is not None:
                if not keep_going:
                    if len(items) > 1:
                        raise type(result.error)(result.error.location, f"{result.error.cause} (add --keep-going to skip it)")
                    raise result.error
                # Errors print even with -q: which inputs failed is never hidden.
                settings.error(f"declcli: {result.error}")
                first_error = first_error or result.error
            emitter.add(result.tree)
            if result.error is None and opts.claims:
                _note_claims_extent(result, settings)
            if result.error is None and settings.verbose:
                # After the document is written: a streamed one knows its counts only then.
                art = result.tree["article"]
                settings.note(
                    f"{result.item}: {_plural(_count(result.tree['claims']), 'claim')}, "
                    f"{_plural(art['text'].count(chr(10) * 2) + 1, 'paragraph')}, "
                    f"{_plural(_count(result.tree['agreements']), 'agreement')}"
                )
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
    progress.summary()
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

    return Options(
        input_format=input_format.value if input_format else None, reference_date=reference_date, verbose=verbose, **kw
    )


NO_CLAIMS_HELP = "Text and metadata only: claims and agreements are [] and the language model is never loaded."


FROM_HELP = (
    f"A file listing inputs, one a line ('#' comments; at most {LIST_BYTES >> 20} MiB, {LIST_LINE >> 10} KiB a line); "
    "'-' reads the list from stdin."
)
KEEP_HELP = "Try every input; a failing one becomes an error record and the run exits non-zero at the end."
OUTPUT_HELP = (
    "Write to FILE instead of stdout: atomically, with the mode `>` would give; checked before any "
    "input is read (a folder, device, FIFO or an input is refused)."
)
JOBS_HELP = "Worker processes; output order and bytes are the same as with one."
NO_PRIVATE_HELP = (
    "Refuse a redirect to a loopback, link-local, private, unspecified or reserved address, in any "
    "numeric form or as a name resolves (exit 76); the URLs given are always fetched."
)


READ_HELP = """Read saved HTML pages or plain-text files and print their claims.

'-' reads stdin, as does no PATH at all when stdin is a pipe or a file. A
folder gives its .html, .htm, .xhtml, .txt and .text files (also gzipped, as
.html.gz) and .warc/.warc.gz archives, recursively, sorted by path.

Examples:

\b
  declcli read article.html                  # a table on a terminal, YAML when piped
  declcli read < article.html -f json        # stdin
  declcli read article.html -o article.json  # the format from the extension
  declcli read pages/ -f jsonl --keep-going -o claims.jsonl
  declcli read page.html -f json | jq -r '.claims[] | select(.modality=="obligation") | .text'
  declcli read page.html -f markdown-body -o page.md  # the body as Markdown
  pbpaste | declcli read - --input-format text --reference-date 2022-02-23
"""

FETCH_HELP = """Fetch http(s) URLs and read the articles they serve.

Examples:

\b
  declcli fetch https://example.com/news/story.html
  declcli fetch --from urls.txt -f jsonl --keep-going --cache .cache -o pages.jsonl
  declcli fetch https://example.com/a.html --timeout 5 --retries 0 -f json
"""


# Options `read` and `fetch` (and `batch`, where it has them) share, written once.
FromFile = Annotated[str | None, typer.Option("--from", rich_help_panel=PANEL_INPUT, metavar="FILE", help=FROM_HELP)]
FormatOption = Annotated[
    Format | None,
    typer.Option("-f", "--format", metavar="FORMAT", rich_help_panel=PANEL_OUTPUT, help=FORMAT_HELP, case_sensitive=False),
]
OutputFile = Annotated[str | None, typer.Option("-o", "--output", rich_help_panel=PANEL_OUTPUT, metavar="FILE", help=OUTPUT_HELP)]
ReferenceDate = Annotated[
    str | None,
    typer.Option("--reference-date", metavar="DATE", rich_help_panel=PANEL_INPUT, help=REFDATE_HELP, callback=_check_date),
]
NoClaims = Annotated[bool, typer.Option("--no-claims", rich_help_panel=PANEL_OUTPUT, help=NO_CLAIMS_HELP)]
KeepGoing = Annotated[bool, typer.Option("--keep-going", "-k", rich_help_panel=PANEL_RUN, help=KEEP_HELP)]
Jobs = Annotated[int, typer.Option("--jobs", "-j", metavar="N", rich_help_panel=PANEL_RUN, min=1, max=64, help=JOBS_HELP)]
Quiet = Annotated[
    bool,
    typer.Option(
        "-q",
        "--quiet",
        rich_help_panel=PANEL_RUN,
        help="No progress, summary or notes on stderr (failed inputs are still named).",
    ),
]
Verbose = Annotated[
    int,
    typer.Option(
        "-v",
        "--verbose",
        rich_help_panel=PANEL_RUN,
        count=True,
        show_default=False,
        help="-v: a line per input and a summary; -vv: also what was stripped and why.",
    ),
]
NoColor = Annotated[
    bool, typer.Option("--no-color", rich_help_panel=PANEL_OUTPUT, help="No colour (also NO_COLOR=1 or TERM=dumb).")
]


@app.command(cls=PanelCommand, help=READ_HELP)
def read(
    paths: list[str] = typer.Argument(
        None, metavar="PATH...", help="Files, folders, or '-' for stdin (never read from a terminal)."
    ),
    from_file: FromFile = None,
    fmt: FormatOption = None,
    output: OutputFile = None,
    input_format: InputFormat | None = typer.Option(
        None,
        "--input-format",
        rich_help_panel=PANEL_INPUT,
        metavar="html|text",
        help="Treat the input as html or text instead of detecting it.",
        case_sensitive=False,
    ),
    reference_date: ReferenceDate = None,
    no_claims: NoClaims = False,
    keep_going: KeepGoing = False,
    jobs: Jobs = JOBS,
    max_bytes: int = typer.Option(
        MAX_BYTES,
        "--max-bytes",
        metavar="BYTES",
        rich_help_panel=PANEL_INPUT,
        min=1,
        show_default=False,
        help=f"Largest input accepted (default {MAX_BYTES}, {MAX_BYTES >> 20} MiB; a gzipped page counts unzipped);"
        " a larger one is refused (exit 65).",
    ),
    quiet: Quiet = False,
    verbose: Verbose = 0,
    no_color: NoColor = False,
):
    from .input.items import expand, is_url, without_userinfo

    settings = Settings(no_color, quiet, verbose)
    if not paths and not from_file:
        if not _isatty(sys.stdin) and sys.stdin is not None:
            paths = ["-"]  # `declcli read < page.html`, `curl … | declcli read`
        else:
            raise UsageProblem("read", "name at least one PATH, '-' for stdin, or --from FILE")
    items = expand(paths or [], from_file)
    for item in items:
        if is_url(item) and re.match(r"^https?://", item, re.I):
            raise UsageProblem(without_userinfo(item), "is a URL; read takes files and folders: use `declcli fetch URL`")
    _run(
        items,
        fmt,
        output,
        keep_going,
        jobs,
        settings,
        _options(input_format, reference_date, settings.verbose, max_bytes=max_bytes, claims=not no_claims),
        from_file,
        paths,
    )


@app.command(cls=PanelCommand, help=FETCH_HELP)
def fetch(
    urls: list[str] = typer.Argument(None, metavar="URL...", help="http:// or https:// URLs."),
    from_file: FromFile = None,
    fmt: FormatOption = None,
    output: OutputFile = None,
    input_format: InputFormat | None = typer.Option(
        None,
        "--input-format",
        rich_help_panel=PANEL_INPUT,
        metavar="html|text",
        help="Treat the response as html or text instead of detecting it.",
        case_sensitive=False,
    ),
    reference_date: ReferenceDate = None,
    no_claims: NoClaims = False,
    timeout: float = typer.Option(
        FETCH_TIMEOUT,
        "--timeout",
        metavar="SECONDS",
        rich_help_panel=PANEL_FETCH,
        min=0.1,
        help="Seconds for each attempt, redirects and body included.",
    ),
    retries: int = typer.Option(
        FETCH_RETRIES,
        "--retries",
        metavar="N",
        rich_help_panel=PANEL_FETCH,
        min=0,
        max=10,
        help="Retries on 429, 5xx, timeouts and connection errors (exponential backoff, Retry-After honoured).",
    ),
    max_bytes: int = typer.Option(
        MAX_BYTES,
        "--max-bytes",
        metavar="BYTES",
        rich_help_panel=PANEL_FETCH,
        min=1,
        show_default=False,
        help=f"Largest body accepted, after decompression (default {MAX_BYTES}, {MAX_BYTES >> 20} MiB).",
    ),
    cache: str | None = typer.Option(
        None,
        "--cache",
        rich_help_panel=PANEL_FETCH,
        metavar="DIR",
        help="Keep fetched pages in DIR by URL; reruns read them offline.",
    ),
    insecure: bool = typer.Option(
        False, "--insecure", rich_help_panel=PANEL_FETCH, help="Do not verify TLS certificates (verification is on by default)."
    ),
    no_private_redirects: bool = typer.Option(False, "--no-private-redirects", rich_help_panel=PANEL_FETCH, help=NO_PRIVATE_HELP),
    keep_going: KeepGoing = False,
    jobs: Jobs = JOBS,
    quiet: Quiet = False,
    verbose: Verbose = 0,
    no_color: NoColor = False,
):
    from .input.items import expand

    settings = Settings(no_color, quiet, verbose)
    if not urls and not from_file:
        raise UsageProblem("fetch", "name at least one URL or --from FILE")
    items = expand(urls or [], from_file, urls_only=True)
    for item in items:
        # No scheme at all (a host, a host:port or a path): say what is missing.
        # Other schemes (ftp:, file:, javascript:) are refused by fetch (exit 76).
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)", item):
            hint = "use `declcli read` for files" if os.path.exists(item) else f"add http:// or https:// (http://{item})"
            raise UsageProblem(item, f"not a URL: the scheme is missing; {hint}")
    opts = _options(
        input_format,
        reference_date,
        settings.verbose,
        timeout=timeout,
        retries=retries,
        max_bytes=max_bytes,
        cache_dir=cache,
        verify_tls=not insecure,
        private_redirects=not no_private_redirects,
        claims=not no_claims,
    )
    _run(items, fmt, output, keep_going, jobs, settings, opts, from_file)


@app.command(
    cls=PanelCommand,
    help="Run many inputs on a Dask cluster and write partitioned JSON Lines to a folder "
    "(needs: pip install 'declcli[dask]').\n\nExamples:\n\n\b\n"
    "  declcli batch --scheduler tcp://scheduler:8786 /shared/pages/ --output /shared/out/\n"
    "  declcli batch pages/ --output out/ --jobs 2       # a local cluster of 2 worker processes",
)
def batch(
    inputs: list[str] = typer.Argument(
        None, metavar="INPUT...", help="Files, folders, WARC files or URLs the workers can reach."
    ),
    output: str = typer.Option(
        ...,
        "--output",
        "-o",
        rich_help_panel=PANEL_OUTPUT,
        metavar="DIR",
        help="Folder for part-NNNNN.jsonl files and _manifest.json.",
    ),
    from_file: FromFile = None,
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        rich_help_panel=PANEL_RUN,
        metavar="ADDRESS",
        help="A Dask scheduler, e.g. tcp://host:8786. Default: a local cluster on 127.0.0.1.",
    ),
    partition_size: int = typer.Option(
        PARTITION_SIZE,
        "--partition-size",
        metavar="N",
        rich_help_panel=PANEL_RUN,
        min=1,
        help="Inputs per partition (one output file each).",
    ),
    jobs: int = typer.Option(
        BATCH_JOBS,
        "--jobs",
        "-j",
        metavar="N",
        rich_help_panel=PANEL_RUN,
        min=1,
        max=64,
        help="Worker processes of the local cluster (without --scheduler).",
    ),
    input_format: InputFormat | None = typer.Option(
        None,
        "--input-format",
        rich_help_panel=PANEL_INPUT,
        metavar="html|text",
        help="Treat the inputs as html or text instead of detecting it.",
        case_sensitive=False,
    ),
    reference_date: ReferenceDate = None,
    no_claims: NoClaims = False,
    no_private_redirects: bool = typer.Option(False, "--no-private-redirects", rich_help_panel=PANEL_FETCH, help=NO_PRIVATE_HELP),
    quiet: bool = typer.Option(False, "-q", "--quiet", rich_help_panel=PANEL_RUN, help="No summary on stderr."),
):
    from .batch import run_batch
    from .input.items import expand

    settings = Settings(True, quiet, 0)
    if not inputs and not from_file:
        raise UsageProblem("batch", "name at least one INPUT or --from FILE")
    items = expand(inputs or [], from_file)
    if not items:
        raise NoInput("inputs", "no article files found")
    opts = _options(input_format, reference_date, 0, claims=not no_claims, private_redirects=not no_private_redirects)
    summary = run_batch(items, opts, output, scheduler=scheduler, partition_size=partition_size, workers=jobs)
    settings.note(
        f"declcli: {summary['documents']} documents in {summary['partitions']} files under {output}"
        + (f", {summary['errors']} failed" if summary["errors"] else "")
    )
    if summary["first_error_code"]:
        raise typer.Exit(summary["first_error_code"])


def _load_for_diff(path: str, reference_date: str | None) -> list:
    """declcli output as it is, or an article run through the pipeline."""
    from .errors import NotText
    from .input.source import sized
    from .model import Source
    from .pipeline import document_tree
    from .validate import looks_like_output, parse_documents, read_limited, schema_problems

    data = read_limited(path)  # read once, whichever it turns out to be
    if looks_like_output(data):
        docs = parse_documents(data.decode("utf-8", errors="replace"), path)
        if docs and all(isinstance(d, dict) and "schema" in d for d in docs):
            if docs.surrogates:
                n, where = docs.surrogates[0]
                raise NotText(path, f"document {n}: {where}: a lone surrogate (such as \\ud800), not text")
            # Compared field by field, a document must have the contract's shape.
            for n, doc in enumerate(docs, 1):
                problems = schema_problems(doc, path, n)
                if problems:
                    raise NotText(
                        path,
                        f"document {n} is not valid declcli output: {problems[0].path}: "
                        f"{problems[0].message} (`declcli validate` lists every problem)",
                    )
            return docs
    kind = "stdin" if path == "-" else "file"
    return [document_tree(sized(Source(kind=kind, location=path, data=data)), reference_date)[0]]


@app.command(
    cls=PanelCommand,
    help="""Compare two declcli outputs (or two articles): exit 0 when equal, 1 when they differ.

OLD is the reference (a golden file), NEW what is checked against it. Each
is declcli output (YAML, JSON or JSON Lines, one document or a stream) or an
article, which is read first; '-' is stdin. Documents of two streams are
paired by source.location, then article.url, then file name, then position;
one side only is reported as an added or removed document.

Examples:

\b
  declcli diff golden.yaml new.yaml          # exit 1 when they differ
  declcli read page.html | declcli diff golden.yaml - -f json
  declcli diff old-page.html new-page.html   # two versions of an article
""",
)
def diff(
    old: str = typer.Argument(..., metavar="OLD", help="The reference: declcli output or an article ('-': stdin)."),
    new: str = typer.Argument(..., metavar="NEW", help="What is compared with it: declcli output or an article ('-': stdin)."),
    fmt: DiffFormat | None = typer.Option(
        None,
        "-f",
        "--format",
        metavar="FORMAT",
        rich_help_panel=PANEL_OUTPUT,
        help=formats.DIFF_FORMAT_HELP,
        case_sensitive=False,
    ),
    reference_date: ReferenceDate = None,
    quiet: bool = typer.Option(False, "-q", "--quiet", rich_help_panel=PANEL_RUN, help="Print nothing; the exit code tells."),
    no_color: NoColor = False,
):
    from .diff import diff_streams, diff_table
    from .render import to_json, to_yaml

    settings = Settings(no_color, quiet, 0)
    if old == new == "-":
        raise UsageProblem("-", "stdin can be read only once: name a file for OLD or NEW")
    a_docs, b_docs = _load_for_diff(old, reference_date), _load_for_diff(new, reference_date)
    try:
        results = diff_streams(a_docs, b_docs, old, new)
    except RecursionError:
        from .errors import NotText

        raise NotText(new, "nested too deeply to compare") from None
    equal = all(r["equal"] for r in results)
    if not quiet:
        fmt_name = Settings.default_format(fmt)
        if fmt_name == "json":
            # One pair of documents gives an object, streams an array.
            text = to_json(results[0] if len(a_docs) == len(b_docs) == 1 else results)
        elif fmt_name == "yaml":
            text = "".join(("---\n" if len(results) > 1 else "") + to_yaml(r) for r in results)
        else:
            text = "".join(diff_table(r, width=Settings.width(), color=settings.color) for r in results)
        _write(text, for_person=fmt_name == "table")
    raise typer.Exit(0 if equal else 1)


@app.command(
    cls=PanelCommand,
    help="""Check files of declcli output (YAML, JSON or JSON Lines) against the schema; exit 1 on any problem.

Each problem is one line: file, document number, JSON path and what is wrong.
Keys the schema does not list are accepted (the contract only grows).

Examples:

\b
  declcli validate out.jsonl
  declcli read pages/ -f jsonl | declcli validate -
""",
)
def validate(
    files: list[str] = typer.Argument(..., metavar="FILE...", help="Files of declcli output; '-' reads stdin."),
    quiet: bool = typer.Option(False, "-q", "--quiet", rich_help_panel=PANEL_RUN, help="Print nothing; the exit code tells."),
):
    from .terminal import safe
    from .validate import validate_file

    if files.count("-") > 1:
        raise UsageProblem("-", "stdin can be read only once")
    failed = False
    lines = []
    for path in files:
        count, problems = validate_file(path)
        if problems:
            failed = True
            lines += [safe(str(p)) for p in problems]
        else:
            lines.append(safe(f"{path}: ok ({_plural(count, 'document')})"))
    if not quiet:
        _write("\n".join(lines) + "\n", for_person=True)
    raise typer.Exit(1 if failed else 0)


@app.command(
    cls=PanelCommand,
    help="""Print the output contract (schema declcli/1) as JSON Schema.

Examples:

\b
  declcli schema > declcli-1.schema.json
  declcli schema | jq '.["$defs"].document.required'
""",
)
def schema():
    from importlib import resources

    _write(resources.files("declcli").joinpath("data", "schema.json").read_text(encoding="utf-8"))


def _quiet_stdout() -> None:
    # After a closed pipe, point stdout at /dev/null so the interpreter's
    # final flush does not raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # AttributeError: no stdout at all
        pass


def _usage_line(exc) -> str:
    """A click usage error as one line: `declcli read: No such option: --x (see 'declcli read --help')`."""
    from .terminal import safe

    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "declcli"
    message = " ".join(exc.format_message().split())
    hint = f" (see '{where} --help')" if ctx is not None else ""
    return safe(f"{where}: {message}{hint}")


def _standard_streams() -> None:
    """Closed standard streams (`>&-`, `2>&-`, `<&-`) get /dev/null on their
    descriptor, so that no file opened later (the -o temporary file, a
    worker's pipe) takes the number and receives what was meant for it.
    sys.stdout stays None: writing data there is an error (_stdout), not a
    silent loss; a closed stderr discards the lines it would have had."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
            continue
        except OSError:
            pass
        try:
            null = os.open(os.devnull, os.O_RDWR)
        except OSError:
            continue
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
    if sys.stderr is None:
        # print(file=None) would write to stdout: an error line in the data.
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the whole process


def main(argv: list[str] | None = None) -> None:
    """Entry point: the one place where exceptions become exit codes."""
    import signal
    import warnings

    from ._startup import interrupted_while_starting

    if signal.getsignal(signal.SIGINT) is interrupted_while_starting:
        # From here Ctrl-C is a KeyboardInterrupt again, mapped below (declcli.__main__ set a bare exit for startup).
        signal.signal(signal.SIGINT, signal.default_int_handler)
    _standard_streams()

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
        if type(exc).__name__ == "NoArgsIsHelpError":
            exc.show()  # `declcli` alone: the help, as asked
        else:
            # Usage errors: one line, the reason and where the help is.
            print(_usage_line(exc), file=sys.stderr)
        code = exc.exit_code
    except DeclError as exc:
        Settings.error(f"declcli: {exc}")
        code = exc.code
        if isinstance(exc, OutputError) and exc.location == "stdout":
            _quiet_stdout()  # what is still buffered would fail again at exit
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
        Settings.error(f"declcli: internal error: {type(exc).__name__}: {exc}")
        code = 70
    sys.exit(code)


__all__ = ["app", "main"]

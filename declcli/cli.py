"""The command line: parse options, call the pipeline, print, map errors.

Heavy modules (bs4, lxml, yaml, rich, httpx) are imported inside the
functions that need them so that `declcli --help` stays fast.
"""

from __future__ import annotations

import os
import re
import sys
from enum import Enum
from typing import Optional

import typer

from . import __version__
from .errors import DeclError, UsageProblem, exit_code_table

EXAMPLES = """Examples:

\b
  declcli read article.html                  # YAML when piped, a table on a terminal
  declcli read saved-page.html -f json | jq '.claims[] | select(.modality=="obligation") | .text'
  pbpaste | declcli read - --input-format text --reference-date 2022-02-23
  declcli fetch https://example.com/news/story.html -f table
  declcli schema > declcli-1.schema.json
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
    table = "table"


class InputFormat(str, Enum):
    html = "html"
    text = "text"


app = typer.Typer(
    help=HELP,
    add_completion=False,
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
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
):
    """Turn a news article into structured, checkable data."""


FORMAT_HELP = "Output format. Default: table when stdout is a terminal, yaml otherwise."
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


def _color_wanted() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


def _render(doc, fmt: Optional[Format]) -> str:
    from .model import document_to_dict
    from .render import to_json, to_table, to_yaml

    if fmt is None:
        fmt = Format.table if sys.stdout.isatty() else Format.yaml
    tree = document_to_dict(doc)
    if fmt is Format.json:
        return to_json(tree)
    if fmt is Format.table:
        width = None
        if sys.stdout.isatty():
            width = os.get_terminal_size(sys.stdout.fileno()).columns
        return to_table(tree, width=width, color=_color_wanted())
    return to_yaml(tree)


def _emit(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


@app.command(help="Read a saved HTML page or a plain-text file ('-' reads stdin).\n\n" + EXAMPLES)
def read(
    path: str = typer.Argument(..., metavar="PATH", help="A file, or '-' for stdin (never read from a terminal)."),
    fmt: Optional[Format] = typer.Option(None, "-f", "--format", help=FORMAT_HELP, case_sensitive=False),
    input_format: Optional[InputFormat] = typer.Option(
        None, "--input-format", help="Treat the input as html or text instead of detecting it.", case_sensitive=False
    ),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help=REFDATE_HELP, callback=_check_date),
):
    from .pipeline import process
    from .source import read_path

    source = read_path(path, input_format.value if input_format else None)
    _emit(_render(process(source, reference_date), fmt))


@app.command(help="Fetch an http(s) URL and read the article it serves.\n\n" + EXAMPLES)
def fetch(
    url: str = typer.Argument(..., metavar="URL", help="An http:// or https:// URL."),
    fmt: Optional[Format] = typer.Option(None, "-f", "--format", help=FORMAT_HELP, case_sensitive=False),
    input_format: Optional[InputFormat] = typer.Option(
        None, "--input-format", help="Treat the response as html or text instead of detecting it.", case_sensitive=False
    ),
    reference_date: Optional[str] = typer.Option(None, "--reference-date", help=REFDATE_HELP, callback=_check_date),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds for the whole request, redirects included."),
):
    from .pipeline import process
    from .source import fetch_url

    source = fetch_url(url, timeout=timeout, input_format=input_format.value if input_format else None)
    _emit(_render(process(source, reference_date), fmt))


@app.command(help="Print the output contract (schema declcli/1) as JSON Schema.")
def schema():
    from importlib import resources

    _emit(resources.files("declcli").joinpath("data", "schema.json").read_text(encoding="utf-8"))


def _quiet_stdout() -> None:
    # After a closed pipe, point stdout at /dev/null so the interpreter's
    # final flush does not raise again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point: the one place where exceptions become exit codes."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="declcli", standalone_mode=False)
        code = result if isinstance(result, int) else 0
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
    except BrokenPipeError:
        _quiet_stdout()
        code = 0
    except RecursionError:
        print("declcli: internal error: the page is nested too deeply to process", file=sys.stderr)
        code = 70
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        print(f"declcli: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = 70
    sys.exit(code)


__all__ = ["app", "main", "UsageProblem"]

"""Errors the pipeline raises on bad input, each with its documented exit code.

The CLI maps these to one line on stderr and the code below; the table in
README.md, `declcli --help` and docs/ is generated from EXIT_CODES.
"""

from __future__ import annotations

# code -> (name, meaning). sysexits.h numbers where one fits.
EXIT_CODES: dict[int, tuple[str, str]] = {
    0: ("ok", "success"),
    1: ("different", "diff found differences, or validate found invalid output"),
    2: ("usage", "bad command line (unknown option, bad value, stdin on a terminal)"),
    3: ("empty", "the input is empty or only white space"),
    4: ("no-article", "the page holds no article text"),
    65: ("not-text", "the input is not HTML or text (an image, a PDF, JSON, an archive)"),
    66: ("no-input", "the file is missing, unreadable or a folder"),
    68: ("no-host", "the host name was not found"),
    69: ("unavailable", "the server could not be reached (connection refused, TLS failure)"),
    70: ("internal", "a bug in declcli (please report it)"),
    74: ("io-error", "output could not be written"),
    75: ("temporary", "a timeout, HTTP 429 or 5xx: trying again later may work"),
    76: ("http-error", "HTTP 4xx, too many redirects, an invalid URL, or a refused URL scheme or redirect"),
    78: ("no-model", "the English language model for the claims is not installed (see README)"),
    130: ("interrupted", "interrupted by Ctrl-C"),
}


class DeclError(Exception):
    """A failure on one input that the user can act on."""

    code = 70

    def __init__(self, location: str, cause: str):
        super().__init__(f"{location}: {cause}")
        self.location = location
        self.cause = cause

    def __reduce__(self):
        # Worker processes (--jobs) send errors back pickled: rebuild from both parts.
        return (type(self), (self.location, self.cause))

    @property
    def name(self) -> str:
        return EXIT_CODES[self.code][0]


class EmptyInput(DeclError):
    code = 3


class NoArticle(DeclError):
    code = 4


class NotText(DeclError):
    code = 65


class NoInput(DeclError):
    code = 66


class HostNotFound(DeclError):
    code = 68


class Unavailable(DeclError):
    code = 69


class OutputError(DeclError):
    code = 74


class TemporaryFailure(DeclError):
    code = 75


class HttpError(DeclError):
    code = 76


class ModelMissing(DeclError):
    """spaCy or its English pipeline is not installed: the claims cannot be read."""

    code = 78


class UsageProblem(DeclError):
    code = 2


def exit_code_table(markdown: bool = True) -> str:
    """The exit codes as a Markdown table (README, docs) or plain lines (--help)."""
    if markdown:
        rows = ["| code | name | meaning |", "| --- | --- | --- |"]
        rows += [f"| {c} | {n} | {m} |" for c, (n, m) in EXIT_CODES.items()]
    else:
        rows = [f"{c:>4}  {n:<12} {m}" for c, (n, m) in EXIT_CODES.items()]
    return "\n".join(rows)

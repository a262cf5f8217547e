"""Coverage-guided fuzz target (atheris) for declcli's pipeline.

    python fuzz/target.py html|text [libFuzzer options] [CORPUS_DIR ...]

`html` forces the HTML path, `text` the plain-text path. Each input runs
through process_bytes and the output contract is checked: a DeclError is a
refusal (fine); any other exception, a claim that is not
article.text[start:end], claims out of order or overlapping, text lost
between claims, or a document that fails the schema is a crash. Hangs are
caught by libFuzzer's -timeout. fuzz/run.py runs every target for a bounded
time.
"""

from __future__ import annotations

import re
import sys

import atheris

with atheris.instrument_imports(include=["declcli"]):
    from declcli.errors import DeclError
    from declcli.model import document_to_dict
    from declcli.pipeline import process_bytes
    from declcli.validate import check_document

# Between two claims only white space and the words joining clauses.
_GAP = re.compile(r"(?:\s|[,;]|\band\b|\bbut\b)*")


def check(data: bytes, input_format: str) -> None:
    try:
        doc = process_bytes(data, input_format=input_format, reference_date="2022-02-23")
    except DeclError:
        return
    tree = document_to_dict(doc)
    problems = check_document(tree, "<fuzz>", 1)
    if problems:
        raise AssertionError(f"invalid output: {problems[0]}")
    text, end = tree["article"]["text"], 0
    for claim in tree["claims"]:
        if not _GAP.fullmatch(text[end:claim["start"]]):
            raise AssertionError(f"text lost before {claim['id']}: {text[end:claim['start']]!r}")
        end = claim["end"]
    if text[end:].strip():
        raise AssertionError(f"text lost after the last claim: {text[end:]!r}")


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("html", "text"):
        sys.exit("usage: python fuzz/target.py html|text [libFuzzer options] [CORPUS_DIR ...]")
    input_format = sys.argv.pop(1)
    atheris.Setup(sys.argv, lambda data: check(data, input_format))
    atheris.Fuzz()


if __name__ == "__main__":
    main()

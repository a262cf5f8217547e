"""Coverage-guided fuzz target (atheris) for declcli's pipeline.

    python fuzz/target.py html|text [libFuzzer options] [CORPUS_DIR ...]

`html` forces the HTML path, `text` the plain-text path. Each input runs
through process_bytes and the output contract is checked: a DeclError is a
refusal (fine); any other exception, a claim that is not
article.text[start:end], claims out of order or overlapping, text lost
inside a sentence that gives claims, or a document that fails the schema
is a crash (tests/properties/test_properties.check_tree, the properties' own check). Hangs are
caught by libFuzzer's -timeout. fuzz/run.py runs every target for a bounded
time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["declcli"]):
    from declcli.errors import DeclError
    from declcli.model import document_to_dict
    from declcli.pipeline import process_bytes

# The output contract as the Hypothesis properties check it (one definition
# for both): claims are article.text[start:end], in order, each inside one
# sentence, and a sentence that gives claims is read whole into them (only
# white space and the words joining clauses left out); a sentence may give
# none (a heading, a list item without a verb, page chrome). The schema, JSON
# and YAML round trips too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "properties"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_properties import check_tree  # noqa: E402


def check(data: bytes, input_format: str) -> None:
    try:
        doc = process_bytes(data, input_format=input_format, reference_date="2022-02-23")
    except DeclError:
        return
    check_tree(document_to_dict(doc))


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("html", "text"):
        sys.exit("usage: python fuzz/target.py html|text [libFuzzer options] [CORPUS_DIR ...]")
    input_format = sys.argv.pop(1)
    atheris.Setup(sys.argv, lambda data: check(data, input_format))
    atheris.Fuzz()


if __name__ == "__main__":
    main()

"""The metadata source tables: read top-down, and documented in that order."""

import re
from pathlib import Path

import pytest

from declcli.metadata import SOURCE_TABLES

DOC = Path(__file__).resolve().parents[3] / "docs" / "output.md"


@pytest.mark.parametrize("field", sorted(SOURCE_TABLES))
def test_docs_list_each_fields_sources_in_the_order_the_code_reads_them(field):
    doc = DOC.read_text(encoding="utf-8")
    m = re.search(rf"^- `{field}`: the first of (.*?);", doc, re.S | re.M)
    assert m, f"docs/output.md has no '- `{field}`: the first of …;' entry"
    assert " ".join(m.group(1).split()) == ", ".join(s.label for s in SOURCE_TABLES[field])

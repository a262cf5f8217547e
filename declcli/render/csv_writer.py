"""-f csv: one header, a row per claim with its article's columns; no cell
a spreadsheet would run as a formula."""

from __future__ import annotations

from functools import lru_cache

from .shared import Writer


class CsvWriter(Writer):
    """One header, then a row per claim (an error record: one row)."""

    def add(self, tree: dict) -> None:
        if self.count == 0:
            self.out.write(csv_line(CSV_COLUMNS))
        for row in csv_rows(tree):
            self.out.write(csv_line(row))


CSV_COLUMNS = [
    "location",
    "title",
    "site",
    "url",
    "published",
    "language",
    "claim",
    "paragraph",
    "sentence",
    "start",
    "end",
    "kind",
    "modality",
    "polarity",
    "actors",
    "countries",
    "attribution_source",
    "attribution_cue",
    "quotes",
    "dates",
    "places",
    "topics",
    "text",
    "error",
]


def _join(values) -> str:
    return "; ".join(v for v in values if v)


# OWASP's advice on CSV injection: a cell that a spreadsheet would read as a
# formula (it begins with = + - @, a tab or a carriage return) gets a leading
# single quote, which spreadsheets show as text. Numbers stay numbers.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell that no spreadsheet runs as a formula (see _FORMULA_START)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@lru_cache(maxsize=1)
def _csv_writer():
    """A writer into a buffer, ending rows in CRLF only so that the csv module
    quotes a cell holding a lone carriage return (with "\n" as the line end
    it quotes cells holding "\n" but leaves "\r" bare, which readers take
    for a line break)."""
    import csv
    from io import StringIO

    buf = StringIO(newline="")
    return buf, csv.writer(buf, lineterminator="\r\n")


def csv_line(row) -> str:
    """One CSV row ending in "\n", every cell holding a line break quoted."""
    buf, writer = _csv_writer()
    buf.seek(0)
    buf.truncate()
    writer.writerow(row)
    return buf.getvalue()[:-2] + "\n"


def csv_rows(tree: dict):
    """One row per claim, each with the article's columns, as the claims come;
    an error record gives one row. Cells are neutralised (csv_cell)."""
    for row in _csv_rows(tree):
        yield [csv_cell(v) for v in row]


def _csv_rows(tree: dict):
    src = tree["source"]
    if "error" in tree:
        yield [src["location"]] + [""] * (len(CSV_COLUMNS) - 2) + [tree["error"]["message"]]
        return
    art = tree["article"]
    head = [
        src["location"],
        art["title"] or "",
        art["site"] or "",
        art["url"] or "",
        art["published"] or "",
        art["language"] or "",
    ]
    empty = True
    for c in tree["claims"]:
        attr = c["attribution"] or {}
        empty = False
        yield head + [
            c["id"],
            c["paragraph"],
            c["sentence"],
            c["start"],
            c["end"],
            c["kind"],
            c["modality"],
            c["polarity"],
            _join(a["name"] for a in c["actors"]),
            _join(a["country"] for a in c["actors"] if a["country"]),
            attr.get("source") or "",
            attr.get("cue") or "",
            _join(c["quotes"]),
            _join(d["value"] or d["text"] for d in c["dates"]),
            _join(c["places"]),
            _join(c["topics"]),
            c["text"],
            "",
        ]
    if empty:
        yield head + [""] * (len(CSV_COLUMNS) - len(head))

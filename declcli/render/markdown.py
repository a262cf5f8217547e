"""-f markdown: a claims report, a Markdown section per article (for reports
and pull-request comments); page text in it is made inert."""

from __future__ import annotations

from .shared import Writer, error_cause


class MarkdownWriter(Writer):
    """A section per article."""

    def add(self, tree: dict) -> None:
        self.out.write(to_markdown(tree))


# Page text is data in Markdown too: every character that could start
# emphasis, code, a link or an image is backslash-escaped, and HTML's own
# (`<`, `>`, `&`) become entities, so no tag, comment or autolink forms.
MD_SPECIAL = {c: "\\" + c for c in "\\`*_[]()!|~#"}
MD_SPECIAL.update({"<": "&lt;", ">": "&gt;", "&": "&amp;", "\n": " ", "\r": " "})
_MD_TABLE = str.maketrans(MD_SPECIAL)


def _md_cell(value: str) -> str:
    """Page text made inert in a Markdown line or table cell."""
    from ..terminal import safe

    return safe(value.translate(_MD_TABLE))


def _modality_label(claim: dict) -> str:
    label = claim["modality"]
    if claim["polarity"] == "negative":
        label = f"{label}, negated" if label != "none" else "negated"
    return label


def to_markdown(tree: dict) -> str:
    """A Markdown section per article: for reports and pull-request comments."""
    src = tree["source"]
    if "error" in tree:
        return f"## {_md_cell(src['location'])}\n\n**Error {tree['error']['code']}:** {_md_cell(error_cause(tree))}\n\n"
    art = tree["article"]
    lines = [f"## {_md_cell(art['title'] or src['location'])}", ""]
    details = [x for x in (art["site"], art["published"], ", ".join(art.get("byline") or art["authors"])) if x]
    if details:
        lines += ["*" + _md_cell(" · ".join(details)) + "*", ""]
    if art["breadcrumbs"]:
        lines += [_md_cell(" › ".join(art["breadcrumbs"])), ""]
    lines += ["| # | kind | modality | actors | claim | said by |", "| ---: | --- | --- | --- | --- | --- |"]
    for c in tree["claims"]:
        actors = ", ".join(a["country"] if a["type"] == "country" and a["country"] else a["name"] for a in c["actors"])
        attr = c["attribution"]
        said = "" if attr is None else f"{attr['source'] or '—'} ({attr['cue']})"
        lines.append(
            "| " + " | ".join(_md_cell(x) for x in (c["id"], c["kind"], _modality_label(c), actors, c["text"], said)) + " |"
        )
    for a in tree["agreements"]:
        when = a["date"]["value"] or a["date"]["text"] if a["date"] else None
        extra = "; ".join(x for x in (a["type"], " and ".join(a["parties"]), when, a["place"]) if x)
        lines += ["", f"**Agreement:** {_md_cell(a['name'])} ({_md_cell(extra)})"]
    return "\n".join(lines) + "\n\n"

"""Stage 7: a Document (as the contract's dict) -> YAML, JSON or a Rich table.

Rendering returns the whole output as one string, so nothing is written to
stdout until it is complete.
"""

from __future__ import annotations

import json


def to_json(tree: dict) -> str:
    return json.dumps(tree, ensure_ascii=False, indent=2) + "\n"


_DUMPER = None


def _dumper():
    """A safe dumper that writes multi-line strings (the body) as | blocks."""
    global _DUMPER
    if _DUMPER is None:
        import yaml

        # libyaml's dumper when present: same output, several times faster.
        base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

        class Dumper(base):
            pass

        def str_rep(dumper, value):
            style = "|" if "\n" in value else None
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

        Dumper.add_representer(str, str_rep)
        _DUMPER = Dumper
    return _DUMPER


def to_yaml(tree: dict) -> str:
    import yaml

    return yaml.dump(
        tree,
        Dumper=_dumper(),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100000,
    )


def _modality_label(claim: dict) -> str:
    label = claim["modality"]
    if claim["polarity"] == "negative":
        label = f"NOT {label}" if label != "none" else "NOT"
    return label


def to_table(tree: dict, *, width: int | None = None, color: bool = True) -> str:
    """A Rich table of the claims under a header of the article's metadata."""
    from io import StringIO

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    art = tree["article"]
    buf = StringIO()
    console = Console(file=buf, width=width or 80, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False)
    head = Text()
    head.append(art["title"] or "(untitled)", style="bold")
    details = [x for x in (art["site"], art["published"], ", ".join(art["authors"])) if x]
    if details:
        head.append("\n" + " · ".join(details), style="dim")
    if art["breadcrumbs"]:
        head.append("\n" + " › ".join(art["breadcrumbs"]), style="dim")
    console.print(head)
    table = Table(show_lines=False, expand=True, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True, style="dim")
    table.add_column("kind", no_wrap=True)
    table.add_column("modality")
    table.add_column("actors", ratio=2)
    table.add_column("text", ratio=5)
    table.add_column("said by", ratio=2)
    for c in tree["claims"]:
        # Countries as their ISO code keep the column narrow at 80 columns.
        actors = ", ".join(a["country"] if a["type"] == "country" and a["country"] else a["name"] for a in c["actors"])
        attr = c["attribution"]
        attr_text = "" if attr is None else f"{attr['source'] or '—'} ({attr['cue']})"
        mod = Text(_modality_label(c), style="red" if c["polarity"] == "negative" else "")
        table.add_row(c["id"].lstrip("c"), c["kind"], mod, actors, c["text"], attr_text)
    console.print(table)
    for a in tree["agreements"]:
        line = Text()
        line.append("Agreement: ", style="bold")
        line.append(a["name"])
        extra = [a["type"], " and ".join(a["parties"])]
        if a["date"]:
            extra.append(a["date"]["value"] or a["date"]["text"])
        if a["place"]:
            extra.append(a["place"])
        line.append(" (" + "; ".join(x for x in extra if x) + ")", style="dim")
        console.print(line)
    return buf.getvalue()

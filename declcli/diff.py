"""Compare two declcli outputs: metadata changed, claims added, removed and
changed. This is the golden-file check for CI (`declcli diff OLD NEW`).

Claims are paired first by identical text (in order), then by the most
similar remaining text (difflib ratio >= 0.6); pairs report the fields that
differ. Ids and offsets are not compared: they shift whenever text is added.
"""

from __future__ import annotations

import difflib

ARTICLE_FIELDS = ["title", "site", "url", "authors", "published", "modified", "language", "breadcrumbs", "media", "text"]
CLAIM_FIELDS = ["text", "kind", "modality", "polarity", "actors", "attribution", "quotes", "dates", "places", "topics"]
DIFF_SCHEMA = "declcli-diff/1"


def _pair_claims(old: list[dict], new: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    pairs: list[tuple[int, int]] = []
    free_new = list(range(len(new)))
    by_text: dict[str, list[int]] = {}
    for j in free_new:
        by_text.setdefault(new[j]["text"], []).append(j)
    unpaired_old = []
    for i, c in enumerate(old):
        js = by_text.get(c["text"])
        if js:
            j = js.pop(0)
            pairs.append((i, j))
            free_new.remove(j)
        else:
            unpaired_old.append(i)
    still_old = []
    for i in unpaired_old:
        best, best_ratio = None, 0.6
        for j in free_new:
            ratio = difflib.SequenceMatcher(None, old[i]["text"], new[j]["text"]).ratio()
            if ratio >= best_ratio:
                best, best_ratio = j, ratio
        if best is None:
            still_old.append(i)
        else:
            pairs.append((i, best))
            free_new.remove(best)
    pairs.sort()
    return pairs, still_old, free_new


def diff_documents(old: dict, new: dict, old_name: str, new_name: str) -> dict:
    """The differences between two documents, as a plain tree."""
    out = {"schema": DIFF_SCHEMA, "old": old_name, "new": new_name, "equal": True,
           "article": [], "claims": {"added": [], "removed": [], "changed": []},
           "agreements": {"added": [], "removed": [], "changed": []}}
    if "error" in old or "error" in new:
        if old != new:
            out["equal"] = False
            out["article"].append({"field": "error", "old": old.get("error"), "new": new.get("error")})
        return out
    for field in ARTICLE_FIELDS:
        a, b = old["article"].get(field), new["article"].get(field)
        if a != b:
            out["article"].append({"field": field, "old": a, "new": b})
    pairs, removed, added = _pair_claims(old["claims"], new["claims"])
    for i, j in pairs:
        a, b = old["claims"][i], new["claims"][j]
        changes = [{"field": f, "old": a.get(f), "new": b.get(f)} for f in CLAIM_FIELDS if a.get(f) != b.get(f)]
        if changes:
            out["claims"]["changed"].append({"old_id": a["id"], "new_id": b["id"], "text": b["text"], "changes": changes})
    out["claims"]["removed"] = [{"id": old["claims"][i]["id"], "text": old["claims"][i]["text"]} for i in removed]
    out["claims"]["added"] = [{"id": new["claims"][j]["id"], "text": new["claims"][j]["text"]} for j in sorted(added)]
    old_ag = {a["name"]: a for a in old["agreements"]}
    new_ag = {a["name"]: a for a in new["agreements"]}
    out["agreements"]["removed"] = [n for n in old_ag if n not in new_ag]
    out["agreements"]["added"] = [n for n in new_ag if n not in old_ag]
    for name in old_ag:
        if name in new_ag and old_ag[name] != new_ag[name]:
            a, b = old_ag[name], new_ag[name]
            out["agreements"]["changed"].append(
                {"name": name, "changes": [{"field": f, "old": a[f], "new": b[f]} for f in a if a[f] != b.get(f)]})
    out["equal"] = not (out["article"] or any(out["claims"].values()) or any(out["agreements"].values()))
    return out


def diff_table(result: dict, *, width: int | None = None, color: bool = False) -> str:
    """A short human summary of one diff."""
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    console = Console(file=buf, width=width or 80, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False, emoji=False)
    console.print(f"[bold]{result['old']}[/bold] → [bold]{result['new']}[/bold]: "
                  + ("equal" if result["equal"] else "[red]different[/red]"), markup=True)
    for ch in result["article"]:
        console.print(f"  article.{ch['field']} changed", markup=False)
    for c in result["claims"]["removed"]:
        console.print(f"  - {c['id']}: {c['text']}", style="red", markup=False)
    for c in result["claims"]["added"]:
        console.print(f"  + {c['id']}: {c['text']}", style="green", markup=False)
    for c in result["claims"]["changed"]:
        fields = ", ".join(f"{x['field']} {x['old']!r} → {x['new']!r}" if x["field"] != "text" else "text" for x in c["changes"])
        console.print(f"  ~ {c['old_id']}→{c['new_id']}: {fields}", style="yellow", markup=False)
    for kind in ("removed", "added"):
        for name in result["agreements"][kind]:
            console.print(f"  agreement {kind}: {name}", markup=False)
    for a in result["agreements"]["changed"]:
        console.print(f"  agreement changed: {a['name']} ({', '.join(x['field'] for x in a['changes'])})", markup=False)
    return buf.getvalue()

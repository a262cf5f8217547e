"""Compare two declcli outputs: metadata changed, claims added, removed and
changed. This is the golden-file check for CI (`declcli diff OLD NEW`).

Claims are paired first by identical text (in order), then by the most
similar remaining text nearby (difflib ratio >= 0.6, see _pair_claims);
pairs report the fields that differ. Ids and offsets are not compared: they shift whenever text is added.
"""

from __future__ import annotations

import difflib

ARTICLE_FIELDS = ["title", "site", "url", "authors", "published", "modified", "language", "breadcrumbs", "media", "text"]
CLAIM_FIELDS = ["text", "kind", "modality", "polarity", "actors", "attribution", "quotes", "dates", "places", "topics"]
DIFF_SCHEMA = "declcli-diff/1"


# A claim without an identical partner is compared (difflib) only with the
# unpaired claims of the other side near where it should stand, at most this
# many on each side: linear in the claims, not quadratic.
SIMILAR_WINDOW = 8
SIMILAR_RATIO = 0.6


def _pair_claims(old: list[dict], new: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """(pairs, old claims unpaired, new claims unpaired). Identical texts pair
    first, in order; then a claim pairs with the most similar unpaired claim
    (difflib ratio >= 0.6) among the SIMILAR_WINDOW on either side of where
    the identical pairs around it say it should be."""
    import bisect

    pairs: list[tuple[int, int]] = []
    by_text: dict[str, list[int]] = {}
    for j in range(len(new) - 1, -1, -1):
        by_text.setdefault(new[j]["text"], []).append(j)  # reversed: pop() gives the first
    unpaired_old = []
    anchors: list[tuple[int, int]] = []  # (old index, new index) of identical pairs, by old index
    for i, c in enumerate(old):
        js = by_text.get(c["text"])
        if js:
            j = js.pop()
            pairs.append((i, j))
            anchors.append((i, j))
        else:
            unpaired_old.append(i)
    taken = {j for _, j in pairs}
    free_new = [j for j in range(len(new)) if j not in taken]
    anchor_old = [i for i, _ in anchors]
    still_old = []
    for i in unpaired_old:
        # Where i would stand among the new claims: after the partner of the
        # identical pair before it, as far on as i is after that pair.
        k = bisect.bisect_left(anchor_old, i) - 1
        expected = anchors[k][1] + (i - anchors[k][0]) if k >= 0 else i
        at = bisect.bisect_left(free_new, expected)
        candidates = _nearest_free(free_new, at, taken)
        best, best_ratio = None, SIMILAR_RATIO
        text = old[i]["text"]
        matcher = difflib.SequenceMatcher(None, "", text)
        for j in candidates:
            matcher.set_seq1(new[j]["text"])
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = j, ratio
        if best is None:
            still_old.append(i)
        else:
            pairs.append((i, best))
            taken.add(best)
    pairs.sort()
    return pairs, still_old, [j for j in free_new if j not in taken]


def _nearest_free(free: list[int], at: int, taken: set) -> list[int]:
    """Up to SIMILAR_WINDOW indices of `free` not taken on each side of position `at`, in index order."""
    before, after = [], []
    p = at - 1
    while p >= 0 and len(before) < SIMILAR_WINDOW:
        if free[p] not in taken:
            before.append(free[p])
        p -= 1
    p = at
    while p < len(free) and len(after) < SIMILAR_WINDOW:
        if free[p] not in taken:
            after.append(free[p])
        p += 1
    return before[::-1] + after


def diff_documents(old: dict, new: dict, old_name: str, new_name: str) -> dict:
    """The differences between two documents, as a plain tree."""
    out = {
        "schema": DIFF_SCHEMA,
        "old": old_name,
        "new": new_name,
        "equal": True,
        "article": [],
        "claims": {"added": [], "removed": [], "changed": []},
        "agreements": {"added": [], "removed": [], "changed": []},
    }
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
                {"name": name, "changes": [{"field": f, "old": a[f], "new": b[f]} for f in a if a[f] != b.get(f)]}
            )
    out["equal"] = not (out["article"] or any(out["claims"].values()) or any(out["agreements"].values()))
    return out


def _keys(doc) -> dict:
    """What a document is paired by: its location, its article's URL, its file name."""
    if not isinstance(doc, dict):
        return {}
    src = doc.get("source") if isinstance(doc.get("source"), dict) else {}
    art = doc.get("article") if isinstance(doc.get("article"), dict) else {}
    location = src.get("location") if isinstance(src.get("location"), str) else None
    url = art.get("url") if isinstance(art.get("url"), str) else None
    base = location.replace("\\", "/").rsplit("/", 1)[-1] if location else None
    return {"location": location, "url": url, "name": base}


def pair_documents(old: list, new: list) -> list[tuple[int | None, int | None]]:
    """Documents of two streams paired: by `source.location`, then by
    `article.url`, then by file name; what is left is paired by position
    when both sides have as many left, otherwise reported as removed (old
    only) and added (new only). Pairs come in the order of the new stream,
    removed documents where they stood in the old one."""
    old_keys, new_keys = [_keys(d) for d in old], [_keys(d) for d in new]
    match: dict[int, int] = {}  # new index -> old index
    for key in ("location", "url", "name"):
        free_old: dict[str, list[int]] = {}
        for i, k in enumerate(old_keys):
            if i not in match.values() and k.get(key):
                free_old.setdefault(k[key], []).append(i)
        for j, k in enumerate(new_keys):
            if j not in match and k.get(key) and free_old.get(k[key]):
                match[j] = free_old[k[key]].pop(0)
    left_old = [i for i in range(len(old)) if i not in match.values()]
    left_new = [j for j in range(len(new)) if j not in match]
    if len(left_old) == len(left_new):
        match.update(zip(left_new, left_old, strict=False))
        left_old = left_new = []
    pairs: list[tuple[int | None, int | None]] = []
    removed = sorted(left_old)
    for j in range(len(new)):
        if j in match:
            # Removed documents that stood before this one's partner come first.
            while removed and removed[0] < match[j]:
                pairs.append((removed.pop(0), None))
            pairs.append((match[j], j))
        else:
            pairs.append((None, j))
    pairs += [(i, None) for i in removed]
    return pairs


def diff_streams(old: list, new: list, old_name: str, new_name: str) -> list[dict]:
    """One diff per paired document; a document on one side only is a diff
    whose `document` is `added` or `removed`, every claim of it listed."""
    out = []
    for i, j in pair_documents(old, new):
        if i is not None and j is not None:
            result = diff_documents(old[i], new[j], old_name, new_name)
            result["document"] = "paired"
        else:
            doc = old[i] if i is not None else new[j]
            empty = {
                "schema": doc.get("schema"),
                "source": doc.get("source"),
                "article": doc.get("article") or {},
                "claims": [],
                "agreements": [],
            }
            if "error" in doc:
                empty = {**empty, "error": None}
            result = (
                diff_documents(doc, empty, old_name, new_name)
                if i is not None
                else diff_documents(empty, doc, old_name, new_name)
            )
            result["equal"] = False
            result["document"] = "removed" if i is not None else "added"
        result["location"] = {
            "old": _keys(old[i]).get("location") if i is not None else None,
            "new": _keys(new[j]).get("location") if j is not None else None,
        }
        out.append(result)
    return out


def diff_table(result: dict, *, width: int | None = None, color: bool = False) -> str:
    """A short human summary of one diff."""
    from io import StringIO

    from rich.text import Text

    from .render.table import data_console, print_wrapped
    from .terminal import safe

    buf = StringIO()
    console = data_console(buf, width, color)
    head = Text()
    head.append(safe(result["old"]), style="bold")
    head.append(" → ")
    head.append(safe(result["new"]), style="bold")
    where = result.get("location") or {}
    document = result.get("document")
    if document in ("added", "removed"):
        head.append(safe(f" ({where.get('new') or where.get('old')})"))
        head.append(": ")
        head.append(f"document {document}", style="green" if document == "added" else "red")
    else:
        if where.get("new") and where.get("old") not in (None, result["old"]):
            head.append(safe(f" ({where['new']})"))
        head.append(": ")
        head.append("equal" if result["equal"] else "different", style="" if result["equal"] else "red")
    print_wrapped(console, head)
    if document in ("added", "removed"):
        return buf.getvalue()
    for ch in result["article"]:
        console.print(Text(f"  article.{ch['field']} changed"))
    for c in result["claims"]["removed"]:
        console.print(Text(safe(f"  - {c['id']}: {c['text']}"), style="red"))
    for c in result["claims"]["added"]:
        console.print(Text(safe(f"  + {c['id']}: {c['text']}"), style="green"))
    for c in result["claims"]["changed"]:
        fields = ", ".join(f"{x['field']} {x['old']!r} → {x['new']!r}" if x["field"] != "text" else "text" for x in c["changes"])
        console.print(Text(safe(f"  ~ {c['old_id']}→{c['new_id']}: {fields}"), style="yellow"))
    for kind in ("removed", "added"):
        for name in result["agreements"][kind]:
            console.print(Text(safe(f"  agreement {kind}: {name}")))
    for a in result["agreements"]["changed"]:
        console.print(Text(safe(f"  agreement changed: {a['name']} ({', '.join(x['field'] for x in a['changes'])})")))
    return buf.getvalue()

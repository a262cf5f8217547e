"""Write the reading views the metadata annotators judge from (run once per annotation round).

A view holds, for one page of trafilatura's dev half, what a reader and the page's own tags say
about its title, date and authors: the URL, the `<title>`, the meta tags and JSON-LD fields that
name a title, date or author, the `<h1>`s, the top of the visible text and a window around the
first `<h1>`, and the other visible lines that hold a date or a credit word. It is cut by
BeautifulSoup alone, never by declcli, so that no declcli rule chooses what the annotators see;
they may open the page itself (`../shared/datasets/trafilatura-eval-dev/html/FILE.gz`) where the
view is not enough.

    python benchmarks/metadata_hand/views.py ../shared/datasets [--split tune]

Views go to benchmarks/metadata_hand/views/ (not committed: they are made from the pages), ten
pages to a file, in the order of `pages.txt`.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from extraction import is_heldout  # noqa: E402

_META_KEY = re.compile(r"title|date|time|author|creator|publish|modified|byline|^dc\.|site_name|^article:|parsely", re.I)
_DATE = re.compile(
    r"\b(19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zé]*\.?\s",
    re.I,
)
_CREDIT = re.compile(
    r"^(by|von|par|por|di|de)\s|autor|author|redaktion|written|posted|published|veröffentlicht|"
    r"aktualisiert|updated|stand:|erstellt|publicado|publié|text:|foto",
    re.I,
)


def _lines(soup) -> list[str]:
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    text = soup.get_text("\n")
    return [" ".join(line.split())[:220] for line in text.split("\n") if line.strip()]


def _ld_fields(html: str) -> list[str]:
    out = []
    for raw in re.findall(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", html, re.S | re.I):
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except ValueError:
            out.append("(JSON-LD that does not parse)")
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
                continue
            if not isinstance(node, dict):
                continue
            kind = node.get("@type")
            for key in ("headline", "name", "datePublished", "dateCreated", "dateModified", "author", "creator"):
                if key in node and key != "name" or (key == "name" and kind not in (None, "ImageObject")):
                    value = node.get(key)
                    if value is None:
                        continue
                    if isinstance(value, dict | list):
                        value = json.dumps(value, ensure_ascii=False)
                    out.append(f"{kind}.{key}: {str(value)[:200]}")
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
    return out[:30]


def view(name: str, url: str, html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    out = [f"=== page: {name}", f"url: {url}"]
    if soup.title and soup.title.get_text(strip=True):
        out.append("<title>: " + " ".join(soup.title.get_text().split())[:200])
    for meta in soup.find_all("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop") or ""
        if key and _META_KEY.search(key) and meta.get("content"):
            out.append(f"meta {key}: {' '.join(str(meta['content']).split())[:200]}")
    for tag in soup.find_all(attrs={"datetime": True})[:6]:
        out.append(f"<{tag.name} datetime={tag['datetime']}>: {' '.join(tag.get_text().split())[:100]}")
    out += ["json-ld " + f for f in _ld_fields(html)]
    heads = [" ".join(h.get_text().split()) for h in soup.find_all("h1")]
    out += [f"<h1>: {h[:200]}" for h in heads[:4] if h]
    lines = _lines(soup)
    shown = set(range(min(25, len(lines))))
    if heads and heads[0]:
        first = next((i for i, line in enumerate(lines) if heads[0][:40] in line), None)
        if first is not None:
            shown |= set(range(max(0, first - 15), min(len(lines), first + 60)))
    else:
        shown |= set(range(min(85, len(lines))))
    extra = [i for i in range(len(lines)) if i not in shown and (_DATE.search(lines[i]) or _CREDIT.search(lines[i]))]
    shown |= set(extra[:40])
    out.append(f"--- visible text ({len(lines)} lines; these shown, numbered) ---")
    last = -1
    for i in sorted(shown):
        if i != last + 1:
            out.append("   …")
        out.append(f"{i + 1:5d}  {lines[i]}")
        last = i
    return "\n".join(out) + "\n"


def main(datasets: Path, split: str = "tune") -> None:
    folder = datasets / "trafilatura-eval-dev"
    evaldata = json.loads((folder / "evaldata.json").read_text())
    keys = sorted(k for k in evaldata if is_heldout(k) == (split == "heldout"))
    (HERE / f"pages-{split}.txt").write_text("".join(evaldata[k]["file"] + "\n" for k in keys))
    out = HERE / "views"
    out.mkdir(exist_ok=True)
    for batch in range(0, len(keys), 10):
        chunk = []
        for key in keys[batch : batch + 10]:
            name = evaldata[key]["file"]
            html = gzip.decompress((folder / "html" / f"{name}.gz").read_bytes()).decode("utf-8", "replace")
            chunk.append(view(name, key.removeprefix("hard::"), html))
        (out / f"{split}-{batch // 10 + 1:02d}.txt").write_text("\n".join(chunk))
    print(len(keys), "pages", (len(keys) + 9) // 10, "view files")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    split = "heldout" if "--heldout" in sys.argv or "heldout" in sys.argv[2:] else "tune"
    main(Path(args[0] if args else "../shared/datasets"), split)

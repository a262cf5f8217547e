"""Score article-body extraction (and metadata) on every development set,
declcli side by side with trafilatura and readability-lxml in the same run.

    python benchmarks/extraction.py [--set aeb|trafilatura|all] [--split tune|heldout|all]
                                    [--tools declcli,trafilatura,readability] [--no-metadata]
                                    [--worst N] [--dump DIR] [--trace-missed FILE]

The sets (under ../shared/datasets; see each DATASET.md), each with its own metric:

- `aeb`, article-extraction-benchmark (181 news pages): the benchmark's own
  metric: `\\w+` tokens, multisets of 4-token shingles, per-page TP/FP/FN
  normalised to sum to one, precision and recall averaged over pages, F1
  from the two means.
- `trafilatura`, trafilatura-eval-dev (499 pages, many languages and kinds):
  trafilatura's own metric: white space collapsed; each `with` snippet found
  in the text is a true positive, each one missing a false negative, each
  `without` snippet found a false positive; counts pooled over all pages.

Every F1, precision and recall is given with a bootstrap 95% interval
(1,000 resamples of the pages, percentiles 2.5 and 97.5, fixed seed), so
two tools, or two versions, are compared in the same run with their noise.

Held-out pages. The trafilatura dev set has no test part of its own, so a
fixed 20% of its pages is held out from tuning: a page is held out when the
first 8 hex digits of sha256(its evaldata.json key), read as an integer, are
divisible by 5 (`is_heldout`). The default split, `tune`, leaves them out;
`--split heldout` scores them (once, at the end of a round of tuning).
The article-extraction benchmark is scored whole in every split.

Metadata (title, published date, byline) is scored against three truths, on
the pages that have one: what the page states in its own JSON-LD or meta
tags (`metadata_truth`), and, on the trafilatura set, the title, date and
author its annotators wrote by hand (`annotated_truth`), and our own hand
truth of the same pages (`own_truth`: benchmarks/metadata_hand, two
annotators per page from its guide and the page alone, adjudicated). The title exactly
(white space collapsed, NFC), the published date by its day (or, where the
page states a time with its offset, the same instant in another offset), the
byline as the set of names (declcli's `byline`, who the page credits, and
its `authors`, the people alone, as "authors (people)"; a peer's author is
both; case-folded; an affiliation after "for"/"from",
degrees, titles and a closing full stop are no part of a name; " / " joins
names). Pages without a stated value are not
counted, nor pages whose stated date is a template's placeholder (a year
before 1000: "0001-01-01", no date), nor a hand date no calendar has
("2022-29-11": no tool can give it); one written without a zero
("2022-11-1") is that day. declcli reads these same tags among its sources, so this checks its
choice among the page's sources and their normalisation, not a blind truth.

declcli is scored through its library API (`extract_article(...)`);
trafilatura (`extract`, and `extract_metadata` for metadata) and
readability-lxml (`Document(...).summary()` turned to text by trafilatura's
`html2txt`, as trafilatura's evaluation does; `title()` for metadata) when
they are installed (`pip install '.[benchmark]' readability-lxml`).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html as htmllib
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO / ".." / "shared" / "datasets"
DEFAULT_DATASET = DATASETS / "article-extraction-benchmark"
TRAFILATURA_DATASET = DATASETS / "trafilatura-eval-dev"
OWN_TRUTH = REPO / "benchmarks" / "metadata_hand" / "gold"

BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 13

_TOKEN = re.compile(r"\w+")


# ---------------------------------------------------------------- metrics


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth: str, pred: str) -> tuple[float, float, float]:
    """(TP, FP, FN) of one page, normalised to sum to one (article-extraction-benchmark)."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def collapse(text: str) -> str:
    return " ".join((text or "").split())


def snippet_counts(truth: dict, pred: str) -> tuple[int, int, int]:
    """(TP, FP, FN) of one page by trafilatura's snippet metric."""
    text = collapse(pred)
    tp = fn = fp = 0
    for s in truth.get("with", []):
        if collapse(s) in text:
            tp += 1
        else:
            fn += 1
    for s in truth.get("without", []):
        if collapse(s) in text:
            fp += 1
    return tp, fp, fn


def shingle_prf(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(precision, recall, F1) from per-page counts: means of the per-page ratios."""
    ps = [tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0]
    rs = [tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pooled_prf(counts: list[tuple[int, int, int]]) -> tuple[float, float, float]:
    """(precision, recall, F1) from counts pooled over the pages."""
    tp = sum(c[0] for c in counts)
    fp = sum(c[1] for c in counts)
    fn = sum(c[2] for c in counts)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return p, r, f


def bootstrap(counts: list, prf, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED):
    """95% percentile intervals of (precision, recall, F1) over page resamples."""
    if not counts:
        return (0.0, 0.0), (0.0, 0.0), (0.0, 0.0)
    rng = random.Random(seed)
    n = len(counts)
    draws = [prf([counts[rng.randrange(n)] for _ in range(n)]) for _ in range(resamples)]
    out = []
    for i in range(3):
        vals = sorted(d[i] for d in draws)
        out.append((vals[int(0.025 * resamples)], vals[min(resamples - 1, int(0.975 * resamples))]))
    return tuple(out)


def share_interval(hits: list[bool], z: float = 1.96) -> tuple[float, float]:
    """Wilson 95% interval of the share of hits (metadata fields right)."""
    n = len(hits)
    if not n:
        return 0.0, 0.0
    p = sum(hits) / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


# ---------------------------------------------------------------- sets


@dataclass
class Page:
    id: str
    html: bytes
    truth: object  # the true body (aeb) or {"with": [...], "without": [...]} (trafilatura)
    annotated: dict = field(default_factory=dict)  # hand-annotated title/published/authors (trafilatura set)
    own: dict = field(default_factory=dict)  # the same, from our own hand truth (benchmarks/metadata_hand)


@dataclass
class DevSet:
    name: str
    metric: str  # "shingle" or "snippet"
    pages: list[Page]

    def counts(self, page: Page, pred: str):
        return page_counts(page.truth, pred) if self.metric == "shingle" else snippet_counts(page.truth, pred)

    def prf(self, counts):
        return shingle_prf(counts) if self.metric == "shingle" else pooled_prf(counts)


def is_heldout(key: str) -> bool:
    """The fixed 20% of trafilatura dev pages held out from tuning."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0


def load_dataset(path: Path) -> list[tuple[str, bytes, str]]:
    """article-extraction-benchmark: (id, html bytes, true body) for every page, sorted by id."""
    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        with gzip.open(path / "html" / f"{pid}.html.gz", "rb") as fh:
            pages.append((pid, fh.read(), truth[pid]["articleBody"]))
    return pages


def load_aeb(path: Path = DEFAULT_DATASET) -> DevSet:
    return DevSet("article-extraction-benchmark", "shingle", [Page(*p) for p in load_dataset(path)])


def load_trafilatura(path: Path = TRAFILATURA_DATASET, split: str = "tune") -> DevSet:
    """trafilatura-eval-dev; `split`: tune (held-out pages left out), heldout, or all."""
    data = json.loads((path / "evaldata.json").read_text(encoding="utf-8"))
    own = own_truth()
    pages = []
    for key in sorted(data):
        held = is_heldout(key)
        if (split == "tune" and held) or (split == "heldout" and not held):
            continue
        entry = data[key]
        with gzip.open(path / "html" / f"{entry['file']}.gz", "rb") as fh:
            pages.append(
                Page(
                    key,
                    fh.read(),
                    {"with": entry.get("with", []), "without": entry.get("without", [])},
                    annotated_truth(entry),
                    own.get(entry["file"], {}),
                )
            )
    name = "trafilatura-eval-dev" + ("" if split == "all" else f" ({split})")
    return DevSet(name, "snippet", pages)


def available_sets(which: str = "all", split: str = "tune") -> list[DevSet]:
    sets = []
    if which in ("all", "aeb") and (DEFAULT_DATASET / "ground-truth.json").exists():
        sets.append(load_aeb())
    if which in ("all", "trafilatura") and (TRAFILATURA_DATASET / "evaldata.json").exists():
        sets.append(load_trafilatura(split=split))
    return sets


# ---------------------------------------------------------------- metadata truth

_ARTICLE_TYPES = {
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "TechArticle",
    "LiveBlogPosting",
    "BackgroundNewsArticle",
    "Report",
}


def _clean_value(s) -> str | None:
    if not isinstance(s, str):
        return None
    s = unicodedata.normalize("NFC", collapse(htmllib.unescape(s)))
    return s or None


def _ld_nodes(text: str) -> list[dict]:
    try:
        data = json.loads(text.strip().rstrip(";"))
    except ValueError:
        return []
    out: list[dict] = []

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            out.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    walk(data)
    return out


def _types(node: dict) -> set[str]:
    t = node.get("@type")
    return {t} if isinstance(t, str) else {x for x in t if isinstance(x, str)} if isinstance(t, list) else set()


def _person_names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if "Organization" in _types(value) or "NewsMediaOrganization" in _types(value):
            return []
        return [value["name"]] if isinstance(value.get("name"), str) else []
    if isinstance(value, list):
        return [n for v in value for n in _person_names(v)]
    return []


def metadata_truth(html: bytes) -> dict:
    """What the page states about itself: {title, published, authors}, each
    only where stated. Title: JSON-LD headline of an article node (og:title
    often carries the site's name: "Story | Site"). Published: JSON-LD datePublished, else article:published_time
    (its day). Byline: the JSON-LD author persons, else <meta name=author>."""
    from lxml import etree

    try:
        text = html.decode("utf-8")
    except UnicodeDecodeError:
        text = html.decode("cp1252", errors="replace")
    try:
        doc = etree.fromstring(text, etree.HTMLParser(remove_comments=True))
    except (etree.ParserError, ValueError):
        return {}
    if doc is None:
        return {}
    ld = {}
    for script in doc.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            for node in _ld_nodes(script.text):
                if _types(node) & _ARTICLE_TYPES and not ld:
                    ld = node
    meta = {}
    for m in doc.iter("meta"):
        key = (m.get("property") or m.get("name") or "").strip().lower()
        if key and m.get("content") and key not in meta:
            meta[key] = m.get("content")
    truth: dict = {}
    title = _clean_value(ld.get("headline"))
    if title:
        truth["title"] = title
    published = ld.get("datePublished") or meta.get("article:published_time")
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", published) if isinstance(published, str) else None
    if m and m.group(1) >= "1000":  # a template's placeholder ("0001-01-01") states no date
        truth["published"] = m.group(1)
        instant = _instant(published)
        if instant:
            truth["published_at"] = instant
    names = [n for n in (_clean_value(x) for x in _person_names(ld.get("author"))) if n]
    if not names and meta.get("author") and not meta["author"].startswith("http"):
        names = [n for n in (_clean_value(x) for x in re.split(r"\s*(?:,|;| and )\s*", meta["author"])) if n]
    if names:
        truth["authors"] = names
    return truth


_BYLINE_PREFIX = re.compile(r"^(?:by|von|por|par|door|di|da|av)\s+", re.I)
_NAME_JOINERS = re.compile(r"\s*(?:[,;&]|\s/\s|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*", re.I)
# What follows a name in a byline without being one: the writer's paper or
# school ("Glen Owen for The Mail On Sunday", "James Lynch from University
# of Michigan"); and a sentence's full stop after the name ("Rodolfo Costa.").
_AFFILIATION = re.compile(r"\s+(?:for|from)\s+.*$", re.I)
# Degrees after a name ("Michael L. Anderson, PhD") and titles before it
# ("Dr. Ann Lee") are no part of who wrote it.
_DEGREES = frozenset(["phd", "ph.d.", "md", "m.d.", "ms", "msc", "bsc", "ma", "ba", "mba", "mph", "rd", "rn", "dds"])
_TITLE_BEFORE = re.compile(r"^(?:dr|prof|mr|mrs|ms)\.?\s+", re.I)


def _real_day(year: str, month: str, day: str) -> bool:
    """Whether YYYY, MM, DD name a day of the calendar."""
    import datetime

    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def annotated_truth(entry: dict) -> dict:
    """The title, date and author trafilatura's annotators wrote for a page
    of its evaluation set (where they did): hand-checked, not read from tags."""
    truth: dict = {}
    title = _clean_value(entry.get("title") or "")
    if title:
        truth["title"] = title
    # a month or day written without its zero ("2022-11-1") is that day
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", entry.get("date") or "")
    if m and _real_day(*m.groups()):
        # a date no calendar has ("2022-29-11") is no truth: no tool can give it
        truth["published"] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    author = entry.get("author") or ""
    names = [a for a in (author if isinstance(author, list) else [author]) if isinstance(a, str) and a.strip()]
    if names:
        truth["authors"] = names
    return truth


def own_truth(folder: Path = OWN_TRUTH) -> dict[str, dict]:
    """Our own hand truth of the trafilatura set's pages, by page file: the title,
    published date and authors two annotators judged from the page alone by
    `benchmarks/metadata_hand/GUIDE.md`, adjudicated (gold/*.yaml). `byline` is
    who the page credits: its persons, else the organisation credited."""
    import yaml

    truths: dict[str, dict] = {}
    for path in sorted(folder.glob("*.yaml")):
        for record in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            truth: dict = {}
            title = _clean_value(record.get("title") or "")
            if title:
                truth["title"] = title
            published = str(record.get("published") or "")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
                truth["published"] = published
            authors = [a for a in record.get("authors") or [] if isinstance(a, str) and a.strip()]
            if authors:
                truth["authors"] = authors
            credit = record.get("credit")
            if authors or (isinstance(credit, str) and credit.strip()):
                truth["byline"] = authors or [credit]
            truths[record["page"]] = truth
    return truths


def _name_set(names) -> frozenset:
    """Person names compared as a set: each value split at commas, semicolons,
    " / " and "and", a "By" dropped, an affiliation after "for"/"from", a
    degree ("PhD"), a title before the name ("Dr.") and a full stop at the
    end dropped, case-folded, NFC."""
    out = set()
    for value in names:
        if not value or not value.strip():
            continue
        value = _BYLINE_PREFIX.sub("", unicodedata.normalize("NFC", collapse(value)))
        for name in _NAME_JOINERS.split(value):
            name = _TITLE_BEFORE.sub("", _AFFILIATION.sub("", name or "").strip())
            name = name.rstrip(".").strip() if name.casefold() not in _DEGREES else ""
            if name:
                out.add(name.casefold())
    return frozenset(out)


def _instant(value) -> object:
    """The moment an ISO 8601 date and time with its offset names, else None."""
    import datetime

    m = re.match(r"\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})\s*$", value or "")
    if not m:
        return None
    zone = "+00:00" if m.group(2) == "Z" else m.group(2) if ":" in m.group(2) else m.group(2)[:3] + ":" + m.group(2)[3:]
    try:
        return datetime.datetime.fromisoformat(m.group(1) + zone)
    except ValueError:
        return None


def metadata_hits(truth: dict, found: dict) -> dict[str, bool]:
    """Per field the page states: whether `found` ({title, published, authors}) matches.
    The published date by its day; where the page states a time with its
    offset and the tool gives one too, the same moment in another offset
    (the day the page shows) counts as the stated date."""
    hits = {}
    if "title" in truth:
        hits["title"] = _clean_value(found.get("title") or "") == truth["title"]
    if "published" in truth:
        given = found.get("published") or ""
        hits["published"] = given[:10] == truth["published"] or (
            "published_at" in truth and _instant(given) == truth["published_at"]
        )
    if "authors" in truth:
        hits["authors"] = _name_set(found.get("authors") or []) == _name_set(truth["authors"])
    # who the page credits (declcli's `byline`: a desk or the site where it
    # names no person); a tool without one is scored by its authors. A truth
    # without a `byline` of its own credits its authors.
    credited = truth.get("byline", truth.get("authors"))
    if credited:
        byline = found["byline"] if "byline" in found else found.get("authors")
        hits["byline"] = _name_set(byline or []) == _name_set(credited)
    return hits


# ---------------------------------------------------------------- tools


def declcli_article(html: bytes):
    from declcli.input.source import classify
    from declcli.model import Source
    from declcli.pipeline import extract_article

    # Sniffed, as `declcli read page.html` does, so that sniffing is measured too.
    return extract_article(classify(Source(kind="file", location="<benchmark>", data=html)))


def declcli_text(html: bytes) -> str:
    return declcli_article(html).text


def declcli_both(html: bytes) -> tuple[str, dict]:
    a = declcli_article(html)
    return a.text, {"title": a.title, "published": a.published, "authors": a.authors, "byline": a.byline}


def trafilatura_text(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def trafilatura_both(html: bytes) -> tuple[str, dict]:
    import trafilatura
    from trafilatura.metadata import extract_metadata

    text = trafilatura.extract(html) or ""
    md = extract_metadata(html)
    if md is None:
        return text, {}
    authors = [a for a in re.split(r"\s*;\s*", md.author or "") if a]
    return text, {"title": md.title, "published": md.date, "authors": authors}


def readability_text(html: bytes) -> str:
    from readability import Document
    from trafilatura import html2txt

    return html2txt(Document(html).summary()) or ""


def readability_both(html: bytes) -> tuple[str, dict]:
    from readability import Document
    from trafilatura import html2txt

    doc = Document(html)
    return html2txt(doc.summary()) or "", {"title": doc.title()}


TOOLS = {
    "declcli": (declcli_text, declcli_both, ("title", "published", "byline", "authors")),
    "trafilatura": (trafilatura_text, trafilatura_both, ("title", "published", "byline", "authors")),
    "readability": (readability_text, readability_both, ("title",)),
}


def tool_available(name: str) -> bool:
    module = {"trafilatura": "trafilatura", "readability": "readability"}.get(name)
    if module is None:
        return True
    try:
        __import__(module)
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------- runs


@dataclass
class Score:
    name: str
    metric: str = "shingle"
    pages: int = 0
    empty: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    per_page: dict[str, tuple] = field(default_factory=dict)
    metadata: dict[str, list[bool]] = field(default_factory=dict)  # field -> hit per page stating it
    annotated: dict[str, list[bool]] = field(default_factory=dict)  # the same against hand annotations
    own: dict[str, list[bool]] = field(default_factory=dict)  # the same against our own hand truth

    def prf(self, counts=None):
        counts = list(self.per_page.values()) if counts is None else counts
        return shingle_prf(counts) if self.metric == "shingle" else pooled_prf(counts)

    @property
    def precision(self) -> float:
        return self.prf()[0]

    @property
    def recall(self) -> float:
        return self.prf()[1]

    @property
    def f1(self) -> float:
        return self.prf()[2]

    def intervals(self):
        return bootstrap(list(self.per_page.values()), self.prf)

    def line(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        return (
            f"{self.name:<12} F1 {self.f1:.4f}  precision {self.precision:.4f}  recall {self.recall:.4f}  "
            f"empty {len(self.empty)}  failed {len(self.failed)}  pages {self.pages}  {rate:.1f} pages/s"
        )

    def table_row(self) -> str:
        (pl, ph), (rl, rh), (fl, fh) = self.intervals()
        p, r, f = self.prf()
        return (
            f"| {self.name} | {f:.3f} [{fl:.3f}, {fh:.3f}] | {p:.3f} [{pl:.3f}, {ph:.3f}] | "
            f"{r:.3f} [{rl:.3f}, {rh:.3f}] | {len(self.empty) + len(self.failed)} |"
        )


def run(name: str, extract, pages, metric: str = "shingle", with_metadata=None) -> tuple[Score, dict[str, str]]:
    """Score one tool on `pages` (Page objects, or (id, html, truth) tuples of
    the article-extraction benchmark). `with_metadata`: the tool's
    (html -> (text, metadata)) function and the fields it gives, to score
    metadata in the same pass."""
    pages = [p if isinstance(p, Page) else Page(*p) for p in pages]
    score = Score(name, metric)
    outputs: dict[str, str] = {}
    found: dict[str, dict] = {}
    start = time.perf_counter()
    for page in pages:
        try:
            if with_metadata:
                outputs[page.id], found[page.id] = with_metadata[0](page.html)
            else:
                outputs[page.id] = extract(page.html) or ""
        except Exception:  # noqa: BLE001 - a failed page is counted, not fatal
            score.failed.append(page.id)
            outputs[page.id] = ""
    score.seconds = time.perf_counter() - start
    for page in pages:
        score.pages += 1
        pred = outputs[page.id]
        if page.id not in score.failed and not pred.strip():
            score.empty.append(page.id)
        score.per_page[page.id] = page_counts(page.truth, pred) if metric == "shingle" else snippet_counts(page.truth, pred)
    if with_metadata:
        for page in pages:
            truth = metadata_truth(page.html)
            for key, hit in metadata_hits(truth, found.get(page.id, {})).items():
                if key in with_metadata[1]:
                    score.metadata.setdefault(key, []).append(hit)
            for key, hit in metadata_hits(page.annotated, found.get(page.id, {})).items():
                if key in with_metadata[1]:
                    score.annotated.setdefault(key, []).append(hit)
            for key, hit in metadata_hits(page.own, found.get(page.id, {})).items():
                if key in with_metadata[1]:
                    score.own.setdefault(key, []).append(hit)
    return score, outputs


def score_declcli(dataset: Path = DEFAULT_DATASET) -> Score:
    """declcli's score on the article-extraction benchmark (used by the quality gate)."""
    return run("declcli", declcli_text, load_aeb(dataset).pages)[0]


def score_set(devset: DevSet, tool: str = "declcli", metadata: bool = False) -> tuple[Score, dict[str, str]]:
    text_fn, both_fn, fields = TOOLS[tool]
    return run(tool, text_fn, devset.pages, devset.metric, (both_fn, fields) if metadata else None)


def _page_f1(metric: str, c) -> float:
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("all", "aeb", "trafilatura"), default="all")
    ap.add_argument(
        "--split",
        choices=("tune", "heldout", "all"),
        default="tune",
        help="trafilatura dev pages: tune (default, held-out 20%% left out), heldout, all",
    )
    ap.add_argument("--tools", default="declcli,trafilatura,readability")
    ap.add_argument("--no-trafilatura", action="store_true", help="score declcli only (as --tools declcli)")
    ap.add_argument("--no-metadata", action="store_true", help="body only")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1 for declcli")
    ap.add_argument("--dump", type=Path, help="write declcli's text of every page to this folder")
    ap.add_argument("--dataset", type=Path, help="an article-extraction-benchmark folder (as --set aeb)")
    args = ap.parse_args(argv)

    if args.dataset is not None:
        if not (args.dataset / "ground-truth.json").exists():
            print(f"dataset not found: {args.dataset}", file=sys.stderr)
            return 2
        sets = [load_aeb(args.dataset)]
    else:
        sets = available_sets(args.set, args.split)
    if not sets:
        print(f"no development set found under {DATASETS}", file=sys.stderr)
        return 2
    tools = ["declcli"] if args.no_trafilatura else [t.strip() for t in args.tools.split(",") if t.strip()]
    for t in tools:
        if t not in TOOLS:
            print(f"unknown tool: {t}", file=sys.stderr)
            return 2
    missing = [t for t in tools if not tool_available(t)]
    for t in missing:
        print(f"{t} not installed (pip install '.[benchmark]' readability-lxml): left out", file=sys.stderr)
    tools = [t for t in tools if t not in missing]

    for devset in sets:
        print(
            f"\n## {devset.name}: {len(devset.pages)} pages, metric {devset.metric}"
            f" (F1, precision, recall with bootstrap 95% intervals)\n"
        )
        print("| tool | F1 | precision | recall | empty/failed |")
        print("| --- | --- | --- | --- | --- |")
        scores, outs = {}, {}
        for t in tools:
            scores[t], outs[t] = score_set(devset, t, metadata=not args.no_metadata)
            print(scores[t].table_row())
        for t in tools:
            s = scores[t]
            print(f"{t}: {s.seconds:.1f} s, {s.pages / s.seconds if s.seconds else 0:.1f} pages/s")
        if not args.no_metadata:
            for label, attr in (
                ("the page's own JSON-LD/meta", "metadata"),
                ("the set's hand annotations", "annotated"),
                ("our own hand truth (benchmarks/metadata_hand)", "own"),
            ):
                if not any(getattr(scores[t], attr) for t in tools):
                    continue
                print(f"\nmetadata against {label} (share right [Wilson 95%], pages stating it):")
                for t in tools:
                    parts = []
                    for key in ("title", "published", "byline", "authors"):
                        hits = getattr(scores[t], attr).get(key)
                        if hits:
                            lo, hi = share_interval(hits)
                            label = "authors (people)" if key == "authors" else key
                            parts.append(f"{label} {sum(hits) / len(hits):.3f} [{lo:.3f}, {hi:.3f}] ({len(hits)})")
                    print(f"  {t}: " + ", ".join(parts))
        ours = scores.get("declcli")
        if ours is not None:
            bad = ours.empty + ours.failed
            peers_found = [pid for pid in bad if any(outs[t].get(pid, "").strip() for t in tools if t != "declcli")]
            print(f"\ndeclcli empty {ours.empty} failed {ours.failed}")
            print(f"declcli empty where a peer finds text: {len(peers_found)} {peers_found}")
            if args.worst:
                print(f"\nworst {args.worst} pages for declcli (F1, TP, FP, FN, id):")
                for pid, c in sorted(ours.per_page.items(), key=lambda kv: _page_f1(devset.metric, kv[1]))[: args.worst]:
                    print(f"  {_page_f1(devset.metric, c):.3f}  {c[0]:.3g} {c[1]:.3g} {c[2]:.3g}  {pid}")
            if args.dump:
                folder = args.dump / devset.name.split()[0]
                folder.mkdir(parents=True, exist_ok=True)
                for pid, text in outs["declcli"].items():
                    safe = re.sub(r"[^\w.-]+", "_", pid)
                    (folder / f"{safe}.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

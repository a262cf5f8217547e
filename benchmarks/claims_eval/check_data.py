#!/usr/bin/env python3
"""Validate the hand-annotated claims evaluation set.

Usage: python3 benchmarks/claims_eval/check_data.py
Exits non-zero on any error; prints counts at the end.
"""

import datetime
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"event", "commitment", "fact"}
MODALITIES = {"obligation", "recommendation", "possibility", "intention", "none"}
POLARITIES = {"positive", "negative"}
CLAIM_KEYS = {"text", "kind", "modality", "polarity", "countries", "attribution", "cue", "dates", "split"}
ARTICLE_KEYS = {"id", "style", "published", "text", "claims"}
DATE_RE = re.compile(r"^(\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$")

try:
    import pycountry

    ALPHA3 = {c.alpha_3 for c in pycountry.countries}
except ImportError:  # pragma: no cover
    ALPHA3 = None
    print("warning: pycountry not installed, country codes only checked for shape")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check_date(where, d):
    if not isinstance(d, str) or not DATE_RE.match(d):
        err(where, f"bad date value {d!r}")
        return
    try:
        if d.startswith("--"):
            datetime.date.fromisoformat("2000" + d[1:])
        elif len(d) == 10:
            datetime.date.fromisoformat(d)
        elif len(d) == 7:
            datetime.date.fromisoformat(d + "-01")
    except ValueError:
        err(where, f"impossible date {d!r}")


def check_article(path):
    where = path.name
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        err(where, f"YAML error: {e}")
        return 0, 0
    if set(doc) != ARTICLE_KEYS:
        err(where, f"keys {sorted(doc)}")
    if doc.get("id") != path.stem:
        err(where, f"id {doc.get('id')!r} != file stem")
    pub = doc.get("published")
    if pub is not None:
        if not isinstance(pub, str):
            err(where, "published must be a quoted string or null")
        else:
            check_date(where, pub)
    text = doc["text"]
    pos = 0
    sentences = 0
    prev_split_open = False
    claims = doc["claims"]
    for i, c in enumerate(claims):
        w = f"{where} claim {i + 1}"
        if not set(c) <= CLAIM_KEYS or not (CLAIM_KEYS - {"split"}) <= set(c):
            err(w, f"keys {sorted(c)}")
            continue
        idx = text.find(c["text"], pos)
        if idx < 0:
            err(w, f"text not found in order: {c['text'][:60]!r}")
            continue
        gap = text[pos:idx]
        if gap.strip():
            err(w, f"uncovered text before claim: {gap.strip()[:80]!r}")
        if c["text"] != c["text"].strip():
            err(w, "claim text has surrounding whitespace")
        split = c.get("split", False)
        if split not in (True, False):
            err(w, "split must be true/false")
        # a split part that continues the previous one sits in the same line
        continues = split and prev_split_open and "\n" not in gap
        if not continues:
            sentences += 1
        prev_split_open = bool(split) and not re.search(r"[.!?][\"'”»)]*$", c["text"])
        if c["kind"] not in KINDS:
            err(w, f"kind {c['kind']!r}")
        if c["modality"] not in MODALITIES:
            err(w, f"modality {c['modality']!r}")
        if c["polarity"] not in POLARITIES:
            err(w, f"polarity {c['polarity']!r}")
        cs = c["countries"]
        if not isinstance(cs, list) or cs != sorted(set(cs)):
            err(w, f"countries not a sorted unique list: {cs!r}")
        for code in cs or []:
            if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code)) or (ALPHA3 is not None and code not in ALPHA3):
                err(w, f"bad country code {code!r}")
        for k in ("attribution", "cue"):
            if c[k] is not None and not (isinstance(c[k], str) and c[k].strip()):
                err(w, f"{k} must be null or non-empty string")
        if c["attribution"] is not None and c["cue"] is None:
            err(w, "attribution without cue")
        if c["attribution"] is not None and c["attribution"] not in text:
            err(w, f"attribution {c['attribution']!r} does not occur in text")
        if c["cue"] is not None and c["cue"].lower() not in c["text"].lower() and not split:
            err(w, f"cue {c['cue']!r} not in claim text")
        if not isinstance(c["dates"], list):
            err(w, "dates must be a list")
        else:
            for d in c["dates"]:
                check_date(w, d)
        pos = idx + len(c["text"])
    if text[pos:].strip():
        err(where, f"uncovered text at end: {text[pos:].strip()[:80]!r}")
    # split parts come in groups of at least two
    groups = []
    for c in claims:
        if c.get("split"):
            groups.append(c)
    return sentences, len(claims)


def check_boundaries(path):
    try:
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        err(path.name, f"YAML error: {e}")
        return 0, 0
    with_boundary = 0
    seen = set()
    for i, case in enumerate(cases):
        w = f"{path.name} case {i + 1}"
        if set(case) != {"text", "sentences", "note"}:
            err(w, f"keys {sorted(case)}")
            continue
        text, sents = case["text"], case["sentences"]
        if text in seen:
            err(w, "duplicate text")
        seen.add(text)
        if not sents or any(s != s.strip() or not s for s in sents):
            err(w, "empty sentence or surrounding whitespace")
        pos = 0
        for j, s in enumerate(sents):
            idx = text.find(s, pos)
            if idx < 0 or (j == 0 and idx != 0) or (j > 0 and (idx == pos or text[pos:idx].strip())):
                err(w, f"sentence {j + 1} does not follow: {s[:50]!r}")
                break
            pos = idx + len(s)
        if pos != len(text):
            err(w, "sentences do not rebuild the text")
        if len(sents) > 1:
            with_boundary += 1
    return len(cases), with_boundary


def main():
    arts = sorted((HERE / "articles").glob("*.yaml"))
    total_s = total_c = 0
    for p in arts:
        s, c = check_article(p)
        total_s += s
        total_c += c
        print(f"  {p.name}: {s} sentences, {c} claims")
    bpath = HERE / "boundaries.yaml"
    n_cases, n_bound = check_boundaries(bpath) if bpath.exists() else (0, 0)
    for e in errors:
        print("ERROR", e)
    print(f"articles: {len(arts)}")
    print(f"sentences: {total_s}")
    print(f"claims: {total_c} (split parts beyond the first: {total_c - total_s})")
    print(f"boundary cases: {n_cases} ({n_bound} with at least one boundary)")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

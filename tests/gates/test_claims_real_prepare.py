"""The build of benchmarks/claims_real: a page copied with its script and style bodies left out (the fourteenth
source's pages were copied so) must reach the extractor exactly as the whole page fetched from GitHub does."""

import hashlib
import importlib.util
import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("claims_real_prepare", ROOT / "benchmarks" / "claims_real" / "prepare.py")
prepare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(prepare)

WHOLE = (
    '<html><head><script type="application/ld+json">{"datePublished": "2016-05-24"}</script>\n'
    "<SCRIPT async src=\"a.js\">var x = '<b>';\nwindow.y = 1;</SCRIPT><style media=all>p { color: red }\n</style>"
    '</head><body><p>The mayor said the bridge would reopen.</p><script>track("</p>")</script></body></html>'
)
COPY = (
    '<html><head><script type="application/ld+json">{"datePublished": "2016-05-24"}</script>\n'
    '<SCRIPT async src="a.js"></SCRIPT><style media=all></style>'
    "</head><body><p>The mayor said the bridge would reopen.</p><script></script></body></html>"
)


def test_script_and_style_bodies_are_emptied():
    assert prepare._without_scripts(WHOLE) == COPY


def test_a_copy_without_the_bodies_is_the_same_page():
    assert prepare._without_scripts(COPY) == prepare._without_scripts(WHOLE)


def test_json_ld_is_kept_whole():
    assert '{"datePublished": "2016-05-24"}' in prepare._without_scripts(WHOLE)


def test_every_test_part_of_the_source_is_pinned():
    for part, names in prepare.METASCRAPER_PARTS.items():
        assert part in prepare.FEATURE_CUT
        for name in names:
            commit, url, head, sha256 = prepare.METASCRAPER_PAGES[name]
            assert len(commit) == 40 and len(sha256) == 64 and url.startswith("http") and "<" in head


def test_a_page_filed_elsewhere_is_fetched_from_its_folder_and_read_from_its_copy(tmp_path, monkeypatch):
    # nytimes-article's page is nytimes/input/article.html in the source; its copy sits at nytimes-article/input.html.
    url = prepare.METASCRAPER_RAW.format(commit="c" * 40, path=prepare.METASCRAPER_FOLDERS["nytimes-article"])
    assert url.endswith("/test/integration/nytimes/input/article.html")
    text = "The council said the ferry would run again."
    (tmp_path / "paper").mkdir()
    (tmp_path / "paper" / "input.html").write_text(text, encoding="utf-8")
    monkeypatch.setenv("FOLDER_OF_COPIES", str(tmp_path))
    import hashlib

    pages = {"paper": ("c" * 40, "https://example.org/a", "<meta>", hashlib.sha256(text.encode()).hexdigest())}
    prepare.FEATURE_CUT["test-folders"] = 5000
    try:
        (article,) = prepare._pinned_page_articles(
            "x/y", pages, ["paper"], "FOLDER_OF_COPIES", "{path}", "test-folders", "input.html", str, {"paper": "p/a.html"}
        )
    finally:
        del prepare.FEATURE_CUT["test-folders"]
    assert article[-1] == text and article[1] == "paper"


def test_the_twenty_fourth_sources_pages_are_pinned_and_dealt_to_two_parts():
    parts = prepare.PYREAD_PARTS
    assert [len(parts["test83"]), len(parts["test84"])] == [9, 8]
    assert sorted(parts["test83"] + parts["test84"]) == sorted(prepare.PYREAD_PAGES)
    for part in parts:
        assert part in prepare.FEATURE_CUT
    for name, (commit, url, head, sha256) in prepare.PYREAD_PAGES.items():
        assert len(commit) == 40 and len(sha256) == 64 and url.startswith("https://") and "<meta" in head
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>") is not None
        assert prepare.PYREAD_FOLDERS[name] == f"pages/{prepare.PYREAD_FOLDERS[name].split('/')[1]}/{name}/ideal.html"


def test_a_no_break_space_in_a_copied_text_reads_as_a_space():
    # The look-up index shows a no-break space as a space; the pinned text must not depend on which one a copy holds.
    assert prepare.readability_text("<p>decade.\u00a0 On</p>") == prepare.readability_text("<p>decade.  On</p>")


def test_the_twenty_fifth_sources_pages_are_pinned_and_dealt_to_four_parts():
    parts = prepare.FUNDUS_PARTS
    assert [len(parts[p]) for p in ("test85", "test86", "test87", "test88")] == [9, 9, 8, 8]
    assert sorted(sum(parts.values(), [])) == sorted(prepare.FUNDUS_PAGES)
    for part in parts:
        assert part in prepare.FEATURE_CUT
    for commit, path, key, url, published, sha256 in prepare.FUNDUS_PAGES.values():
        assert len(commit) == 40 and len(sha256) == 64 and path.endswith(".json") and key.startswith("V")
        assert url is None or url.startswith("https://")
        head = f'<meta property="article:published_time" content="{published}">'
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>") == published[:10]


def test_a_fundus_page_is_its_summary_then_each_sections_headline_and_paragraphs():
    page = {
        "body": {
            "summary": ["The ferry resumes on Monday. "],
            "sections": [
                {"headline": [], "paragraphs": ["The council said the fares would fall.", "  "]},
                {"headline": ["What comes next"], "paragraphs": ["A second boat is due in May."]},
            ],
        }
    }
    assert prepare.fundus_text(page) == (
        "The ferry resumes on Monday.\n\nThe council said the fares would fall.\n\n"
        "What comes next\n\nA second boat is due in May."
    )
    assert prepare.fundus_text({"body": None}) == ""


def test_the_twenty_sixth_sources_pages_are_pinned():
    assert len(prepare.LXMLR_PAGES) == 12 and sorted(prepare.LXMLR_PATHS) == sorted(prepare.LXMLR_PAGES)
    assert "test89" in prepare.FEATURE_CUT
    for name, (commit, url, head, sha256) in prepare.LXMLR_PAGES.items():
        assert len(commit) == 40 and len(sha256) == 64 and url.startswith("http://") and "<" in head
        assert prepare.LXMLR_PATHS[name].startswith(f"regression_test_data/{name}/")
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>").startswith("2011-")


def test_the_twenty_fifth_sources_later_pages_are_pinned_by_commit_and_dealt_to_two_parts():
    parts = prepare.FUNDUS_LATER_PARTS
    assert [len(parts["test90"]), len(parts["test91"])] == [8, 7]
    assert sorted(parts["test90"] + parts["test91"]) == sorted(prepare.FUNDUS_LATER_PAGES)
    assert not set(prepare.FUNDUS_LATER_PAGES) & set(prepare.FUNDUS_PAGES)
    for name, (commit, path, key, url, published, sha256) in prepare.FUNDUS_LATER_PAGES.items():
        assert len(commit) == 40 and len(sha256) == 64 and path.endswith(".json") and key.startswith("V")
        assert name.endswith(f"-{key}-{commit[:8]}") and path.split("/")[0] not in ("us", "uk", "ca", "au")
        assert url is None or (url.startswith("https://") and "utm_" not in url)
        head = f'<meta property="article:published_time" content="{published}">'
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>") == published[:10]
    for part in parts:
        assert part in prepare.FEATURE_CUT


def test_a_later_fundus_page_is_read_from_its_commits_folder(tmp_path, monkeypatch):
    name = prepare.FUNDUS_LATER_PARTS["test91"][0]
    commit, path, key, url, published, sha256 = prepare.FUNDUS_LATER_PAGES[name]
    (tmp_path / commit / path).parent.mkdir(parents=True)
    page = {key: {"body": {"summary": ["A changed copy."]}}}
    (tmp_path / commit / path).write_text(json.dumps(page), encoding="utf-8")
    monkeypatch.setenv("FUNDUS_LATER_PAGES", str(tmp_path))
    with pytest.raises(SystemExit, match="does not match its pinned sha256"):
        prepare.fundus_later_articles("test91")


def test_session_56s_pages_are_pinned_and_dealt_to_two_parts():
    parts = prepare.SESSION56_PARTS
    assert [len(parts["test92"]), len(parts["test93"])] == [6, 5]
    assert sorted(parts["test92"] + parts["test93"]) == sorted(prepare.SESSION56_PAGES)
    repositories = {"marek-stoj/NReadability", "peterc/pismo", "alan-turing-institute/ReadabiliPy", "goose3/goose3"}
    for name, (repo, commit, path, url, head, sha256) in prepare.SESSION56_PAGES.items():
        assert repo in repositories and len(commit) == 40 and len(sha256) == 64 and "<" in head
        assert name.split("-", 1)[1] == path.rsplit("/", 1)[1].rsplit(".", 1)[0].removesuffix("_full_page")
        assert url is None or url.startswith("http://")
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>")[:2] == "20"
    for part in parts:
        assert part in prepare.FEATURE_CUT


def test_goose3s_page_is_its_expected_text_and_a_saved_page_its_extraction(monkeypatch):
    raw = json.dumps(
        {"url": "http://example.org/a", "expected": {"cleaned_text": "  The pier reopens in May.\n\nIt shut in 2019. "}}
    )
    assert prepare.session56_text("tests/data/content/test_pier.json", raw) == "The pier reopens in May.\n\nIt shut in 2019."
    # a saved page's text is trafilatura's (not installed in CI) of the page with its script bodies emptied
    monkeypatch.setattr(prepare, "_extracted_lines", lambda html: f"extracted: {html}")
    page = "<html><script>track()</script><p>The council voted.</p></html>"
    assert prepare.session56_text("tests/pier.html", page) == "extracted: <html><script></script><p>The council voted.</p></html>"


def test_session_56s_later_pages_are_pinned():
    assert len(prepare.SESSION56_LATER_PAGES) == 5 and "test94" in prepare.FEATURE_CUT
    for name, (repo, commit, path, key, url, head, sha256) in prepare.SESSION56_LATER_PAGES.items():
        assert len(commit) == 40 and len(sha256) == 64 and url.startswith("http") and "<" in head
        assert (key is not None) == path.endswith(".json") == (repo == "flairNLP/fundus")
        assert name.endswith(path.rsplit("/", 1)[1].removesuffix(".html")) or key in name
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>")[:2] == "20"


def test_session_57s_pages_are_pinned_and_follow_test94():
    assert len(prepare.SESSION57_PAGES) == 4 and prepare.SESSION57_PARTS["test95"] == list(prepare.SESSION57_PAGES)
    assert "test95" in prepare.FEATURE_CUT and not set(prepare.SESSION57_PAGES) & set(prepare.SESSION56_LATER_PAGES)
    names = list(prepare.SESSION57_PAGES)
    assert names == sorted(names, key=lambda name: hashlib.sha256(name.encode()).hexdigest())
    for name, (repo, commit, path, key, url, head, sha256) in prepare.SESSION57_PAGES.items():
        assert len(commit) == 40 and len(sha256) == 64 and url.startswith("http") and key is None
        assert name == "epubpress-" + path.rsplit("/", 1)[1].removesuffix(".html") and repo == "haroldtreen/epub-press"
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>")[:2] == "20"


def test_surveyed_pages_are_read_from_the_copies_folder_and_checked_against_their_pin(monkeypatch, tmp_path):
    # a saved page's text is trafilatura's (not installed in CI): replaced here by the page itself
    monkeypatch.setattr(prepare, "_extracted_lines", lambda html: html.strip())
    page = "<p>The ferry resumed on Monday.</p>"
    (tmp_path / "pier-page").mkdir()
    (tmp_path / "pier-page" / "pier.html").write_text(page, encoding="utf-8")
    monkeypatch.setenv("PIER_PAGES", str(tmp_path))
    pinned = hashlib.sha256(page.encode()).hexdigest()
    head = '<meta name="date" content="2016-06-15">'
    pages = {"pier-page": ("someone/pier", "0" * 40, "tests/pier.html", None, "http://example.org/pier", head, pinned)}
    [(repo, name, url, html, text)] = prepare._surveyed_page_articles(pages, ["pier-page"], "PIER_PAGES", "test95")
    assert (repo, name, url, text) == ("someone/pier", "pier-page", "http://example.org/pier", page)
    assert prepare.reference_date(html) == "2016-06-15"
    pages["pier-page"] = pages["pier-page"][:6] + ("f" * 64,)
    with pytest.raises(SystemExit, match="pier-page"):
        prepare._surveyed_page_articles(pages, ["pier-page"], "PIER_PAGES", "test95")


def test_session_57s_later_pages_are_pinned_and_named_by_their_source():
    pages = prepare.SESSION57_LATER_PAGES
    assert prepare.SESSION57_PARTS["test96"] == list(pages) and len(pages) == 6 and "test96" in prepare.FEATURE_CUT
    assert not set(pages) & (set(prepare.SESSION57_PAGES) | set(prepare.SESSION56_LATER_PAGES) | set(prepare.FUNDUS_LATER_PAGES))
    assert list(pages) == sorted(pages, key=lambda name: hashlib.sha256(name.encode()).hexdigest())
    for name, (repo, commit, path, key, url, head, sha256) in pages.items():
        assert len(commit) == 40 and len(sha256) == 64 and "<" in head
        assert (key is not None) == path.endswith(".json") == (repo == "flairNLP/fundus")
        if key:  # a fundus version is named by its folder, publisher, key and commit
            assert name == f"fundus-{path.split('/')[-2]}-{path.rsplit('/', 1)[1].removesuffix('.json')}-{key}-{commit[:8]}"
        else:
            assert url.startswith("http")
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>")[:2] == "20"


def test_a_surveyed_fundus_version_without_a_url_is_named_by_its_path_commit_and_key(monkeypatch, tmp_path):
    document = {"V2": {"body": {"summary": ["The ferry resumed."], "sections": [{"headline": [], "paragraphs": ["It ran."]}]}}}
    (tmp_path / "pier").mkdir()
    (tmp_path / "pier" / "Pier.json").write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("PIER_PAGES", str(tmp_path))
    text = "The ferry resumed.\n\nIt ran."
    head = '<meta property="article:published_time" content="2025-03-13 15:39:17+00:00">'
    pinned = hashlib.sha256(text.encode()).hexdigest()
    pages = {"pier": ("flairNLP/fundus", "1" * 40, "tests/au/Pier.json", "V2", None, head, pinned)}
    [(repo, name, url, html, got)] = prepare._surveyed_page_articles(pages, ["pier"], "PIER_PAGES", "test96")
    assert (got, url) == (text, f"flairNLP/fundus@{'1' * 40}:tests/au/Pier.json#V2")
    assert prepare.reference_date(html) == "2025-03-13"


def test_giveme5w1h_records_are_pinned_and_made_text_line_by_line():
    earlier, later = prepare.G5W1H_PAGES, prepare.G5W1H_LATER_PAGES
    parts = prepare.G5W1H_PARTS
    later_parts = ("test98", "test99", "test100", "test101")
    assert list(parts) == ["test97", *later_parts] and parts["test97"] == list(earlier)
    assert sorted(name for part in later_parts for name in parts[part]) == sorted(later)
    assert len(earlier) == 7 and len(later) == 27 and not set(earlier) & set(later)
    assert set(parts) <= set(prepare.FEATURE_CUT) and set(later) >= prepare.G5W1H_FROM_40ER
    for pages in parts.values():
        assert list(pages) == sorted(pages, key=lambda name: hashlib.sha256(name.encode()).hexdigest())
    for name, (commit, record, url, head, sha256) in {**earlier, **later}.items():
        assert len(commit) == 40 and len(sha256) == 64 and url.startswith("http") and name == f"g5w1h-{record[:8]}"
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>")[:2] == "20"
    # a record's text: its lines stripped and blank ones dropped, a blank line apart
    assert (
        prepare.g5w1h_text(json.dumps({"text": "  The pier reopens.\n\n\nIt shut in 2019.  \n"}))
        == "The pier reopens.\n\nIt shut in 2019."
    )


def test_grover_records_are_pinned_by_commit_path_and_line(monkeypatch, tmp_path):
    pages, parts = prepare.GROVER_PAGES, prepare.GROVER_PARTS
    assert list(parts) == ["test102"] and parts["test102"] == list(pages) and len(pages) == 7
    assert set(parts) <= set(prepare.FEATURE_CUT)
    assert list(pages) == sorted(pages, key=lambda name: hashlib.sha256(name.encode()).hexdigest())
    for name, (commit, path, line, url, head, sha256) in pages.items():
        assert len(commit) == 40 and len(sha256) == 64 and path.endswith(".jsonl") and line >= 1
        assert url.startswith("http") and name.startswith("grover-")
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>")[:2] == "20"
    # a record is a line of its file; its text is made like a news-please record's, lines stripped and apart
    (tmp_path / "sample").mkdir()
    records = [{"text": "Skipped."}, {"text": " The ferry resumed.\n\nIt ran.  \n"}]
    (tmp_path / "sample" / "mini.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    monkeypatch.setenv("GROVER_PAGES", str(tmp_path))
    text = "The ferry resumed.\n\nIt ran."
    head = '<meta property="article:published_time" content="2019-04-12">'
    pinned = hashlib.sha256(text.encode()).hexdigest()
    monkeypatch.setattr(
        prepare, "GROVER_PAGES", {"pier": ("1" * 40, "sample/mini.jsonl", 2, "https://example.org/p", head, pinned)}
    )
    monkeypatch.setattr(prepare, "GROVER_PARTS", {"test102": ["pier"]})
    [(repo, name, url, html, got)] = prepare.grover_articles("test102")
    assert (repo, got, url) == ("rowanz/grover", text, "https://example.org/p")
    assert prepare.reference_date(html) == "2019-04-12"


def test_session59_fundus_versions_are_named_by_folder_publisher_key_and_commit():
    pages = prepare.SESSION59_PAGES
    assert prepare.SESSION59_PARTS["test103"] == list(pages) and len(pages) == 6 and "test103" in prepare.FEATURE_CUT
    earlier = set(prepare.SESSION57_LATER_PAGES) | set(prepare.SESSION56_LATER_PAGES) | set(prepare.FUNDUS_LATER_PAGES)
    assert not set(pages) & earlier
    assert list(pages) == sorted(pages, key=lambda name: hashlib.sha256(name.encode()).hexdigest())
    for name, (repo, commit, path, key, url, head, sha256) in pages.items():
        assert repo == "flairNLP/fundus" and len(commit) == 40 and len(sha256) == 64 and url.startswith("https://")
        assert name == f"fundus-{path.split('/')[-2]}-{path.rsplit('/', 1)[1].removesuffix('.json')}-{key}-{commit[:8]}"
        assert prepare.reference_date(f"<html><head>{head}</head><body></body></html>")[:2] == "20"


def _element_dates(pages: dict) -> dict:
    """The reference date of each page that names a date element (its `head`), read from that element alone."""
    return {
        name: prepare.reference_date(f"<html><head>{page[5]}</head><body></body></html>")
        for name, page in pages.items()
        if page[5]
    }


def test_media_cloud_pages_are_saved_pages_with_their_own_date_element():
    pages = prepare.SESSION59_LATER_PAGES
    assert list(prepare.SESSION59_PARTS) == ["test103", "test104"] and prepare.SESSION59_PARTS["test104"] == list(pages)
    assert len(pages) == 2 and "test104" in prepare.FEATURE_CUT and not set(pages) & set(prepare.SESSION59_PAGES)
    assert list(pages) == sorted(pages, key=lambda name: hashlib.sha256(name.encode()).hexdigest())
    for name, (repo, commit, path, key, url, _head, sha256) in pages.items():
        assert repo == "mediacloud/backend" and key is None and len(commit) == 40 and len(sha256) == 64
        assert name == f"mediacloud-{path.rsplit('/', 1)[1]}" and url.startswith("http://")
    dates = _element_dates(pages)
    assert dates == {"mediacloud-101037679": "2012-10-16", "mediacloud-111561639": "2012-09-21"}


def _assert_session_parts(parts: dict, pages: dict, names: list, sizes: list) -> None:
    """A session's parts: named as given, each of the given size, together all of its pages, each ordered by the sha256
    of its names, and each cut like test12's features."""
    assert list(parts) == names and set(parts) <= set(prepare.FEATURE_CUT)
    assert sorted(sum(parts.values(), [])) == sorted(pages) and [len(part) for part in parts.values()] == sizes
    for part in parts.values():
        assert part == sorted(part, key=lambda name: hashlib.sha256(name.encode()).hexdigest())


def test_session60_pages_name_the_element_that_holds_the_body_and_their_own_date_element():
    pages = prepare.SESSION60_PAGES
    parts = prepare.SESSION60_PARTS
    _assert_session_parts(parts, pages, ["test105", "test106", "test107"], [7, 4, 7])
    for part, names in parts.items():
        assert all(name.startswith("l3s-") == (part != "test106") for name in names)
    for name, (repo, commit, path, where, url, _head, sha256) in pages.items():
        assert len(commit) == 40 and len(sha256) == 64 and url.startswith("http")
        assert repo in ("geodrome/page-signal", "johnl/web-page-parser", "jlubawy/go-boilerpipe") and where
        assert name.startswith("l3s-") == (repo == "geodrome/page-signal") and path.endswith((".html", ".json"))
        assert not name.startswith("l3s-") or path.rsplit("/", 1)[1].startswith(name.removeprefix("l3s-"))
    dates = _element_dates(pages)
    assert dates == {
        "l3s-2ae0a4a8": "2007-12-28",
        "l3s-302e53f4": "2008-01-08",
        "l3s-59ba8431": "2008-01-14",
        "l3s-8adb7b36": "2008-01-11",
        "l3s-a71f1646": "2007-12-30",
        "l3s-c4fa8a20": "2008-01-14",
        "l3s-d17320fd": "2008-01-18",
        "webpageparser-rt-338045": "2016-04-01",
        "webpageparser-rt-338237": "2016-04-03",
        "webpageparser-washingtonpost": "2014-09-05",
        "goboilerpipe-2": "2017-05-22",
        "l3s-5d341f23": "2008-01-05",
        "l3s-f3797c1d": "2008-01-13",
        "l3s-a96b194d": "2008-01-09",
        "l3s-d0326819": "2007-11-18",
        "l3s-99fa80cc": "2007-12-11",
        "l3s-709e2656": "2007-12-29",
    }
    # The one page without a date element: htmldate misreads its "Updated Thu. Jan. 10 2008" as January 1.
    assert [name for name, page in pages.items() if page[5] is None] == ["l3s-b34e22da"]
    assert prepare.reference_date('<html><head><p class="timeStamp">Updated Thu. Jan. 10 2008</p></head></html>') != "2008-01-10"


def test_session61_pages_are_more_l3s_pages_from_new_publishers_each_with_its_own_date():
    parts = prepare.SESSION61_PARTS
    _assert_session_parts(parts, prepare.SESSION61_PAGES, ["test108", "test109", "test110"], [7, 4, 7])
    pages = {name: prepare.SESSION61_PAGES[name] for name in parts["test108"] + parts["test110"]}
    assert all(name.startswith("l3s-") for name in pages) and not set(pages) & set(prepare.SESSION60_PAGES)
    for name, (repo, commit, path, where, url, head, sha256) in pages.items():
        assert repo == "geodrome/page-signal" and commit == prepare.SESSION60_PAGES["l3s-b34e22da"][1] and where and head
        assert path.rsplit("/", 1)[1].startswith(name.removeprefix("l3s-")) and url.startswith("http://") and len(sha256) == 64
    publishers = {url.split("/")[2].removeprefix("www.").removeprefix("edition.") for *_, url, _h, _s in pages.values()}
    earlier = {url.split("/")[2].removeprefix("www.") for *_, url, _h, _s in prepare.SESSION60_PAGES.values()}
    assert len(publishers) == 14 and not publishers & earlier
    dates = _element_dates(pages)
    assert dates == {
        "l3s-c61a5b06": "2008-01-18",
        "l3s-4ac0c944": "2008-01-02",
        "l3s-4337db7f": "2008-01-08",
        "l3s-4ef56518": "2007-12-31",
        "l3s-39db369d": "2008-01-08",
        "l3s-d1ef797a": "2008-01-16",
        "l3s-be60a2a5": "2007-12-31",
        "l3s-990c0b66": "2008-01-01",
        "l3s-5403d1f1": "2008-01-01",
        "l3s-5c80d04b": "2007-11-19",
        "l3s-baeee9ce": "2008-01-10",
        "l3s-36e4ee1c": "2008-01-14",
        "l3s-b8a4c562": "2008-01-16",
        "l3s-dc9814d5": "2008-01-08",
    }
    # The two pages whose own date element htmldate misreads: their stated date is given as a meta element.
    assert prepare.reference_date("<html><head><B>Berlin<BR>Tuesday   January   8, 2008<BR></B></head></html>") != "2008-01-08"
    assert sorted(name for name, page in pages.items() if page[5].startswith("<meta")) == ["l3s-4337db7f", "l3s-4ac0c944"]


def test_session61_fixture_pages_come_from_two_more_sources_each_with_its_own_date():
    names = prepare.SESSION61_PARTS["test109"]
    pages = {name: prepare.SESSION61_PAGES[name] for name in names}
    for name, (repo, commit, path, where, url, head, sha256) in pages.items():
        assert (
            repo in ("jhy/jsoup", "dcramer/dateminer")
            and name.startswith(("jsoup-", "dateminer-"))
            and where
            and head
            and url.startswith("http://")
        )
        assert path.rsplit("/", 1)[1].removesuffix(".html") == name.split("-", 1)[1] and len(commit) == 40 and len(sha256) == 64
    dates = _element_dates(pages)
    assert dates == {
        "jsoup-yahoo-article-1": "2010-08-31",
        "jsoup-nyt-article-1": "2010-07-25",
        "dateminer-businessweek": "2010-10-04",
        "dateminer-cnn": "2010-05-20",
    }


def test_a_saved_pages_body_is_its_named_elements_blocks_with_inline_text_kept_on_one_line():
    page = (
        "<html><body><div id='menu'><p>Home</p></div><div class='story'><p>The mayor said <a href='/x'>the bridge</a>"
        " would <em>reopen</em>.</p><p>Work   starts<br>in May.</p></div><!-- start --><p>Quoted</p><!-- end --></body></html>"
    )
    assert prepare._body_element_text(page, "div.story") == "The mayor said the bridge would reopen.\n\nWork starts\n\nin May."
    assert prepare._body_element_text(page, "<!-- start -->...<!-- end -->") == "Quoted"
    wrapped = "<div class='story'><p>The storm hit\nthe coast.</p></div>"
    assert prepare._body_element_text(wrapped, "div.story") == "The storm hit\n\nthe coast."
    assert prepare._body_element_text(wrapped, "div.story", lines_wrapped=True) == "The storm hit the coast."


def test_each_reads_a_body_split_over_elements_in_page_order():
    page = (
        "<html><body><span class='top'><p>The lead.</p></span><div class='ad'><p>Buy now</p></div>"
        "<div class='content'><div class='body'><p>The story.</p></div></div></body></html>"
    )
    assert prepare._body_element_text(page, "each:div.content div.body, span.top") == "The lead.\n\nThe story."
    assert prepare._body_element_text(page, "each:body p") == "The lead.\n\nBuy now\n\nThe story."
    assert prepare._body_element_text(page, "body p") == "The lead."


def _assert_more_l3s_pages_and_fixtures(pages: dict, l3s_names: list, fixture_names: list, earlier: tuple, repos: tuple):
    """A session's L3S-GN1 pages (test105's folder and commit, one publisher each, none of an earlier session's) and
    fixture pages (of the given repositories, named after their files)."""
    assert not set(pages) & set().union(*earlier)
    l3s = {name: pages[name] for name in l3s_names}
    assert all(name.startswith("l3s-") for name in l3s)
    for name, (repo, commit, path, where, url, head, sha256) in l3s.items():
        assert repo == "geodrome/page-signal" and commit == prepare.SESSION60_PAGES["l3s-b34e22da"][1] and where and head
        assert path.rsplit("/", 1)[1].startswith(name.removeprefix("l3s-")) and url.startswith("http://") and len(sha256) == 64
    publishers = {url.split("/")[2].removeprefix("www.") for *_, url, _h, _s in l3s.values()}
    used = {
        url.split("/")[2].removeprefix("www.").removeprefix("edition.") for pages in earlier for *_, url, _h, _s in pages.values()
    }
    assert len(publishers) == len(l3s) and not publishers & used
    for name in fixture_names:
        repo, commit, path, _where, url, _head, sha256 = pages[name]
        assert repo in repos and len(commit) == 40 and len(sha256) == 64
        assert path.rsplit("/", 1)[1].removesuffix(".html") == name.split("-", 1)[1] and url.startswith("http")


def test_session62_pages_are_more_l3s_pages_and_fixtures_each_with_its_own_date():
    parts = prepare.SESSION62_PARTS
    _assert_session_parts(parts, prepare.SESSION62_PAGES, ["test111", "test112", "test113"], [7, 3, 7])
    earlier = (prepare.SESSION60_PAGES, prepare.SESSION61_PAGES)
    names = parts["test111"] + parts["test113"]
    fixtures = ("dcramer/dateminer", "johnl/web-page-parser")
    _assert_more_l3s_pages_and_fixtures(prepare.SESSION62_PAGES, names, parts["test112"], earlier, fixtures)
    pages = prepare.SESSION62_PAGES
    dates = _element_dates(pages)
    assert dates == {
        "l3s-8a7a23cf": "2008-01-10",
        "l3s-e6ae8230": "2008-01-07",
        "l3s-ea6db63d": "2008-01-15",
        "l3s-2281f3c1": "2008-01-14",
        "l3s-87db2e75": "2008-01-17",
        "l3s-e1fdfa9f": "2008-01-08",
        "l3s-754e1ae9": "2008-01-11",
        "dateminer-latimes": "2011-09-15",
        "webpageparser-will-a-bust-follow-the-boom-in-britain-2018": "2014-01-18",
        "webpageparser-belgian-man-who-skipped-100-restaurant-bills-is-killed-9081407": "2014-01-23",
        "l3s-01ccc7c5": "2008-01-16",
        "l3s-0969f54e": "2008-01-13",
        "l3s-8863053e": "2008-01-14",
        "l3s-62915fb3": "2008-01-14",
        "l3s-61e67a65": "2007-12-16",
        "l3s-fbf01fe1": "2007-12-27",
        "l3s-1777070a": "2008-01-08",
    }
    # The three pages whose own date element htmldate misreads: their stated date is given as a meta element.
    assert prepare.reference_date("<html><head><I>Last Updated: January  7, 2008  14:47 EST</I></head></html>") != "2008-01-07"
    assert prepare.reference_date("<html><head><h5>Posted on Tue, Jan. 08, 2008</h5></head></html>") != "2008-01-08"
    assert (
        prepare.reference_date("<html><head><div>Article Last Updated: 01/11/2008 09:53:03 AM EST</div></head></html>")
        != "2008-01-11"
    )
    assert sorted(name for name, page in pages.items() if page[5].startswith("<meta")) == [
        "l3s-754e1ae9",
        "l3s-e1fdfa9f",
        "l3s-e6ae8230",
    ]


def test_session63_pages_are_more_l3s_pages_and_fixtures_each_with_its_own_date():
    parts = prepare.SESSION63_PARTS
    _assert_session_parts(parts, prepare.SESSION63_PAGES, ["test114", "test115", "test116"], [7, 2, 3])
    earlier = (prepare.SESSION60_PAGES, prepare.SESSION61_PAGES, prepare.SESSION62_PAGES)
    fixtures = ("oiwn/dom-content-extraction", "beliantech/boilertext")
    names = parts["test114"] + parts["test116"]
    _assert_more_l3s_pages_and_fixtures(prepare.SESSION63_PAGES, names, parts["test115"], earlier, fixtures)
    pages = prepare.SESSION63_PAGES
    dates = _element_dates(pages)
    assert dates == {
        "l3s-7ada7ff8": "2008-01-10",
        "l3s-d6b20c9f": "2008-01-11",
        "l3s-97f71dae": "2008-01-18",
        "l3s-f78548bd": "2008-01-07",
        "l3s-57064ff2": "2007-12-28",
        "l3s-484352f0": "2008-01-09",
        "l3s-9377babb": "2008-01-17",
        "domcontent-china-beating-us-nigerian-lithium-rush-race-go-electric": "2023-02-24",
        "boilertext-fidget": "2017-05-18",
        "l3s-c59551c4": "2008-01-15",
        "l3s-9c0924df": "2008-01-14",
        "l3s-b10653db": "2007-12-05",
    }
    # The page whose own date element htmldate misreads: its stated date is given as a date meta element.
    assert prepare.reference_date("<html><head><h5>Posted on Mon, Jan. 07, 2008</h5></head></html>") != "2008-01-07"

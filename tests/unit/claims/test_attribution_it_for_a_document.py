"""Attribution, session 42 (h42attr): a speaking "it" after a document, study or statement that was the last source
stands for that document, the nearest mention it fits (GUIDE decision 300: "it says", "it states" for a document):
'"…," the statement said. / It said …' is the statement's, "The … report states: … / It also adds that …" the
report's. A body the text names after the document is nearer, and "it" is that body's."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _sources_by_claim(text: str) -> dict[str, tuple[str | None, str] | None]:
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {c.text: c.attribution and (c.attribution.source, c.attribution.cue) for c in claims}


def test_it_after_a_statement_that_spoke_is_the_statement():
    # fails before session 42: "it" went to the last organisation named, none here (source null)
    text = (
        'The harbour board warned of delays. "The ferry will not sail on Sunday," the statement said. '
        "It said repairs would take a week."
    )
    assert _sources_by_claim(text)["It said repairs would take a week."] == ("statement", "said")


def test_it_after_a_report_that_spoke_is_the_report():
    # fails before session 42: source null
    text = 'The Tidewater Trust report states: "Sea levels rose." It also adds that storms grew stronger.'
    assert _sources_by_claim(text)["It also adds that storms grew stronger."] == ("Tidewater Trust report", "adds")


def test_a_body_named_after_the_document_is_nearer():
    text = "The statement said the ferry would stop. The European Commission disagreed. It said the ferry would run."
    assert _sources_by_claim(text)["It said the ferry would run."] == ("European Commission", "said")

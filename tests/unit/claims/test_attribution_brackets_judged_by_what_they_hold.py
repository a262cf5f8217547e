"""Attribution, session 40 (rev40f findings 4 to 6): a bracketed paragraph credits the excerpt above it by what it holds,
not by its last character (GUIDE decisions 50, 361).

- A link or notice line that opens with a label ("[Read more: …]", "[Related: …]", "[Editor's note: …]") names no
  one, with or without a final stop.
- A stage direction ("[LAUGHS]", "[Cheers and applause]", "[BEGIN VIDEO CLIP]") credits no one.
- An outlet whose name ends in "!" or "." ("[ Yahoo! ]") still credits the excerpt."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_FIRST = "Nearly 40 shops in Ruritania sell the data of their customers."
_SECOND = "Several of those shops track their buyers across town."


def _sources(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {c.text: (c.attribution.source if c.attribution else None) for c in claims}


@pytest.mark.parametrize(
    "bracket",
    [
        "[Read more: How to turn off tracking on your phone]",
        "[Related: Why the euro keeps falling]",
        "[Editor's note: This story has been updated]",
        "[LAUGHS]",
        "[Cheers and applause]",
        "[BEGIN VIDEO CLIP]",
        "[CHEERS AND APPLAUSE]",
    ],
)
def test_a_label_line_or_stage_direction_credits_no_one(bracket):
    sources = _sources(f"{_FIRST}\n\n{_SECOND}\n\n{bracket}\n\nThe shops sell the data to advertisers.")
    assert sources[_FIRST] is None
    assert sources[_SECOND] is None


@pytest.mark.parametrize("outlet", ["Yahoo!", "Inverse", "The Verge"])
def test_an_outlet_named_in_brackets_still_credits(outlet):
    # ("[ Yahoo! ]" ends in "!"; "Inverse" begins like "in", a word of a stage direction, and is none)
    assert _sources(f"The tablet is light and fast.\n\n[ {outlet} ]")["The tablet is light and fast."] == outlet

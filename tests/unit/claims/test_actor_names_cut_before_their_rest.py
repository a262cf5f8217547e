"""Actor precision: a body's name that the model cut before its rest is one body, named whole (GUIDE: actors, each
participant once under its name): a court's name runs on over "for the" to its circuit or district and the place that
is of ("the United States Court of Appeals for the Fourth Circuit"), and a name the model ended on a word no name ends
in ("the U.S. Agency for" + "International Development") runs on over the capitalised words after it, which are no body
of their own; a span of time after "for the" and a list's "and" after a team stay out of the name."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def names(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [a.name for c in claims for a in c.actors if a.type == "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A panel of the United States Court of Appeals for the Fourth Circuit ruled on Friday that the ban stands.",
            ["United States Court of Appeals for the Fourth Circuit"],
        ),
        (
            "A judge of the Federal District Court for the Southern District of Ohio ruled against the company.",
            ["Federal District Court for the Southern District of Ohio"],
        ),
        (
            "The grant came from the U.S. Agency for International Development’s office in Accra, the group said.",
            ["U.S. Agency for International Development"],
        ),
        ("The Bank of Kestrel for the first time cut its rates on Tuesday.", ["Bank of Kestrel"]),
        ("Brandon Montour scored for the Sabres and Linus Ullmark stopped 22 shots.", ["Sabres"]),
        (
            "A panel of the U.S. Court of Appeals for the 5th Circuit ruled on Monday that the law stands.",
            ["U.S. Court of Appeals for the 5th Circuit"],
        ),
        ("Figures from the Bank of Kestrel for March showed deposits fell 2 percent.", ["Bank of Kestrel"]),
        ("Fees at the University of Ohio for Ohio students will rise 5 percent.", ["University of Ohio"]),
    ],
)
def test_a_name_cut_before_its_rest_is_one_body(text, expected):
    assert names(text) == expected


def test_a_post_and_its_holder_after_a_name_cut_before_its_rest_stay_out_of_it():
    text = "The U.S. Agency for International Development Administrator Mara Quist said aid would resume."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    found = [(a.name, a.type) for c in claims for a in c.actors]
    assert ("U.S. Agency for International Development", "organization") in found, found
    assert ("Mara Quist", "person") in found, found
    assert len(found) == 2, found

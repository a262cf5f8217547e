"""Actor precision: a part of a body named only by common nouns, its kind noun and "of" + its members' plural ("the
Board of Governors", "the Board of Directors"), capitalised or not, beside the body it is part of, is a description,
no actor (GUIDE decision 496); a proper name that holds "of" ("the Bank of Ruritania", "the Society of Harpists"
named alone) stays an organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[a.name for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_board_named_by_its_members_is_no_actor():
    units = actors_by_unit(
        "The NBA said on Tuesday that the Board of Governors voted to approve the move. "
        "The Board of Directors approved the merger on Friday."
    )
    assert not any(name.startswith("Board") for unit in units for name in unit), units


def test_a_society_union_or_council_of_its_members_named_alone_stays_an_organisation():
    # (GUIDE decision 496: a name holding "of" that names no part of another body is listed whole as written)
    units = actors_by_unit(
        "The Society of Harpists said streaming firms must pay players. "
        "The Council of Representatives approved the new cabinet on Sunday."
    )
    assert units == [["Society of Harpists"], ["Council of Representatives"]], units


def test_a_proper_name_with_of_stays_an_organisation():
    assert actors_by_unit("The Bank of Ruritania raised its main rate on Friday.") == [["Bank of Ruritania"]]

"""Attribution, session 40: a speaker described by an occupation the text never gave anyone ("the host quipped", "the
real estate agent said") stays as written (GUIDE decisions 437, 553: a description resolves to a name only where the
text itself names that person as the one described; no inference). The person the text turned to last is often
another one: the guest before "the host", the visitor before "the agent". A description the text tied to a name
("host Sam Cole", "Ann Ray, a real estate agent,") still stands for that person, also when used again with more words."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_HOST_AFTER_THE_GUEST = (
    "Dana Lee appeared on a late night talk show on Thursday. Lee said she had worn the coat four times.\n\n"
    "The host quipped that it was against the rules of the city."
)
_AGENT_AFTER_THE_VISITOR = (
    "Governor Tom Reed toured the new homes in May. The real estate agent said she was surprised by the visit."
)
_HOST_NAMED_SO = (
    "Dana Lee appeared on the show of host Sam Cole on Thursday. Lee said she had worn the coat four times.\n\n"
    "The host quipped that it was against the rules of the city."
)
_AGENT_NAMED_SO = (
    "Ann Ray, a real estate agent, showed the new homes in May. The real estate agent said she was surprised by the visit."
)


def _last_source(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return claims[-1].attribution.source if claims[-1].attribution else None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # fail before session 40: "Dana Lee", "Tom Reed" (the person the text turned to last)
        (_HOST_AFTER_THE_GUEST, "host"),
        (_AGENT_AFTER_THE_VISITOR, "real estate agent"),
        # held before and after: the text tied the description to the name
        (_HOST_NAMED_SO, "Sam Cole"),
        (_AGENT_NAMED_SO, "Ann Ray"),
    ],
)
def test_a_description_speaks_for_a_person_only_where_the_text_tied_it_to_them(text, source):
    assert _last_source(text) == source

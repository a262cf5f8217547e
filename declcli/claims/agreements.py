"""Stage 6: the agreements an article reports, from its claims.

A named instrument ("the Declaration on Allied Interaction between Russia
and Azerbaijan") or an unnamed one ("signed an agreement") counts when a
claim reports it signed, concluded, adopted or the like; an instrument only
cited ("on the basis of the UN Charter") does not. Parties come from
"between X and Y" and the countries of the signing claim, signatories from
its persons, date and place from its dates and places. Claims that speak of
"the declaration", "the document" or "both countries" afterwards are linked
to it, and group actors such as "both countries" gain its parties.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import patterns
from ..gazetteer import gazetteer, lower_folds
from ..lexicon import load
from ..model import Actor, Agreement, Claim

def _types() -> dict[str, str]:
    return load("agreements")["types"]


@lru_cache(maxsize=1)
def _instrument_rx() -> re.Pattern:
    heads = "|".join(sorted((re.escape(k) for k in _types()), key=len, reverse=True))
    cap = r"[A-Z][\w'’\-]*"
    tail = r"(?:\s+(?:on|of|between|for|about|concerning|regarding|with|and|in|the|to|among)\s+(?:the\s+)?" + cap + r"(?:\s+" + cap + r")*)*"
    return patterns.compile(r"(?:(?:" + cap + r"\s+){0,4})(?:" + heads + r")" + tail)


@lru_cache(maxsize=1)
def _unnamed_rx() -> re.Pattern:
    """An unnamed instrument signed: "signed an agreement on …"."""
    return patterns.compile(
        r"\b(?:signed|concluded|adopted|reached|struck|inked)\s+(?:an?|the)\s+(?:[a-z][a-z-]*\s+){0,3}?("
        + "|".join(re.escape(h.lower()) for h in _types()) + r")\b")


_SIGN = patterns.compile(
    r"\b(signed|sign|signing|concluded|conclude|adopted|adopt|ratified|ratify|initialed|initialled|inked|endorsed|agreed|"
    r"approved|reached|struck|подписали|подписал|подписана|подписан|подписано)\b",
    re.I,
)
# What every match of _SIGN in English holds, lower-cased.
_SIGN_STEMS = ("sign", "conclude", "adopt", "ratif", "initial", "inked", "endorsed", "agreed", "approved", "reached", "struck")


def _may_sign(text: str) -> bool:
    """False where _SIGN cannot match: text without Russian letters, whose
    lower() folds as re.I does, holding none of its English words. The
    case-insensitive pattern is slow and most claims report no signing."""
    if not lower_folds(text):
        return True
    low = text.lower()
    if "подпис" in low:
        return True
    for stem in _SIGN_STEMS:
        if stem in low:
            return True
    return False


_BETWEEN = patterns.compile(r"\bbetween\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)")


def find_agreements(claims: list[Claim]) -> list[Agreement]:
    """The agreements of an article's claims; group actors of the claims about
    an agreement gain its parties (the claims are changed in place)."""
    finder = AgreementFinder()
    for claim in claims:
        finder.add(claim)
    return finder.found


_LEADING_ARTICLE = patterns.compile(r"^(?:The|A|An)\s+")


class AgreementFinder:
    """Finds agreements one claim at a time, in text order, so that claims can
    be written as they are made (`declcli read` holds no list of them).

    What a claim contributes is settled when it is added: a claim is changed
    only by agreements reported in it or in an earlier claim, and an earlier
    commitment joins a later agreement without being changed. So `add`
    finishes the claim, and the finder keeps of it only what a later
    agreement can need: the id and country names of commitments.
    """

    def __init__(self):
        self._gazetteer = gazetteer()
        self._instrument = _instrument_rx()
        self._types = _types()
        self._heads = sorted(self._types, key=len, reverse=True)
        self._unnamed = _unnamed_rx()
        self.found: list[Agreement] = []
        # The agreements reported in the latest claim that reported any, each
        # with its pattern for "the declaration", "the document" …: later
        # claims join them until another claim reports an agreement.
        self._latest: list[tuple[Agreement, re.Pattern]] = []
        # Commitment claims by the set of their country names: (index, id).
        self._commitments: dict[frozenset[str], list[tuple[int, str]]] = {}
        self._count = 0

    def add(self, claim: Claim) -> Claim:
        """Take the next claim in text order; returns it, finished."""
        index = self._count
        self._count += 1
        reported = self._reported(claim)
        if reported:
            self._latest = []
            for agreement in reported:
                # Earlier claims that name the parties' commitments (the lead) belong too.
                earlier = []
                if len(agreement.parties) >= 2:
                    parties = set(agreement.parties)
                    for names, members in self._commitments.items():
                        if parties <= names:
                            earlier.extend(members)
                agreement.claims[:0] = [cid for _, cid in sorted(earlier)]
                self._latest.append((agreement, self._reference_rx(agreement)))
                self._stand_for_parties(claim, agreement)
        else:
            # Later claims about "the declaration" / "the document" join the latest agreements.
            for agreement, refer in self._latest:
                if refer.search(claim.text) or any(a.type == "group" for a in claim.actors):
                    agreement.claims.append(claim.id)
                    self._stand_for_parties(claim, agreement)
        if claim.kind == "commitment":
            names = frozenset(a.name for a in claim.actors if a.type == "country")
            self._commitments.setdefault(names, []).append((index, claim.id))
        return claim

    def _reported(self, claim: Claim) -> list[Agreement]:
        """The agreements a claim reports signed (named, else one unnamed), added to `found`."""
        text = claim.text
        if not _may_sign(text) or not _SIGN.search(text):
            return []
        g, types = self._gazetteer, self._types
        reported = []
        for m in self._instrument.finditer(text):
            name = m.group(0).strip()
            name = _LEADING_ARTICLE.sub("", name)
            head = next((h for h in self._heads if re.search(r"\b" + re.escape(h) + r"\b", name)), None)
            if head is None:
                continue
            # "UN Charter" style: a cited instrument named after an organisation.
            if name.split()[0].isupper() and len(name.split()) <= 2:
                continue
            if any(a.name == name for a in self.found):
                continue
            parties = []
            bm = _BETWEEN.search(name) or _BETWEEN.search(text)
            if bm:
                for side in bm.groups():
                    iso = g.country_names.get(side.strip()) or g.demonyms.get(side.strip())
                    parties.append(g.display(iso) if iso else side.strip())
            if not parties:
                parties = [a.name for a in claim.actors if a.type == "country"]
            reported.append(self._agreement(claim, name, types[head], parties))
        if not reported:
            # Unnamed: "signed an agreement on …".
            m = self._unnamed.search(text)
            if m:
                head = next(h for h in types if h.lower() == m.group(1))
                parties = [a.name for a in claim.actors if a.type == "country"]
                reported.append(self._agreement(claim, m.group(0).split(None, 1)[1], types[head], parties))
        return reported

    def _agreement(self, claim: Claim, name: str, type_: str, parties: list[str]) -> Agreement:
        agreement = Agreement(
            name=name,
            type=type_,
            parties=parties,
            signatories=[a.name for a in claim.actors if a.type == "person"],
            date=claim.dates[0] if claim.dates else None,
            place=claim.places[0] if claim.places else None,
            claims=[claim.id],
        )
        self.found.append(agreement)
        return agreement

    @staticmethod
    def _reference_rx(agreement: Agreement) -> re.Pattern:
        type_word = agreement.type.lower()
        return patterns.compile(r"\b(?:the|this)\s+(?:" + re.escape(type_word) + r"|document|agreement|deal|text)\b", re.I)

    def _stand_for_parties(self, claim: Claim, agreement: Agreement) -> None:
        # Group actors ("both countries") stand for the parties.
        if any(a.type == "group" for a in claim.actors):
            have = {a.name for a in claim.actors}
            for party in agreement.parties:
                iso = self._gazetteer.country_names.get(party)
                if party not in have:
                    claim.actors.append(Actor(party, "country" if iso else "group", iso))

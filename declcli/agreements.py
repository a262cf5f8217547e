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

from .gazetteer import gazetteer
from .lexicon import load
from .model import Actor, Agreement, Claim

def _types() -> dict[str, str]:
    return load("agreements")["types"]


def _instrument_rx() -> re.Pattern:
    heads = "|".join(sorted((re.escape(k) for k in _types()), key=len, reverse=True))
    cap = r"[A-Z][\w'’\-]*"
    tail = r"(?:\s+(?:on|of|between|for|about|concerning|regarding|with|and|in|the|to|among)\s+(?:the\s+)?" + cap + r"(?:\s+" + cap + r")*)*"
    return re.compile(r"(?:(?:" + cap + r"\s+){0,4})(?:" + heads + r")" + tail)


_SIGN = re.compile(
    r"\b(signed|sign|signing|concluded|conclude|adopted|adopt|ratified|ratify|initialed|initialled|inked|endorsed|agreed|"
    r"approved|reached|struck|подписали|подписал|подписана|подписан|подписано)\b",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)")


def find_agreements(claims: list[Claim]) -> list[Agreement]:
    g = gazetteer()
    rx = _instrument_rx()
    types = _types()
    found: list[Agreement] = []
    anchor: dict[int, int] = {}  # agreement index -> index of its first claim

    for ci, claim in enumerate(claims):
        text = claim.text
        if not _SIGN.search(text):
            continue
        for m in rx.finditer(text):
            name = m.group(0).strip()
            name = re.sub(r"^(?:The|A|An)\s+", "", name)
            head = next((h for h in sorted(types, key=len, reverse=True) if re.search(r"\b" + re.escape(h) + r"\b", name)), None)
            if head is None:
                continue
            # "UN Charter" style: a cited instrument named after an organisation.
            if name.split()[0].isupper() and len(name.split()) <= 2:
                continue
            if any(a.name == name for a in found):
                continue
            parties = []
            bm = _BETWEEN.search(name) or _BETWEEN.search(text)
            if bm:
                for side in bm.groups():
                    iso = g.country_names.get(side.strip()) or g.demonyms.get(side.strip())
                    parties.append(g.display(iso) if iso else side.strip())
            if not parties:
                parties = [a.name for a in claim.actors if a.type == "country"]
            signatories = [a.name for a in claim.actors if a.type == "person"]
            found.append(
                Agreement(
                    name=name,
                    type=types[head],
                    parties=parties,
                    signatories=signatories,
                    date=claim.dates[0] if claim.dates else None,
                    place=claim.places[0] if claim.places else None,
                    claims=[claim.id],
                )
            )
            anchor[len(found) - 1] = ci
        if not any(anchor[k] == ci for k in anchor):
            # Unnamed: "signed an agreement on …".
            m = re.search(r"\b(?:signed|concluded|adopted|reached|struck|inked)\s+(?:an?|the)\s+(?:[a-z][a-z-]*\s+){0,3}?("
                          + "|".join(re.escape(h.lower()) for h in types) + r")\b", text)
            if m:
                head = next(h for h in types if h.lower() == m.group(1))
                found.append(
                    Agreement(
                        name=m.group(0).split(None, 1)[1],
                        type=types[head],
                        parties=[a.name for a in claim.actors if a.type == "country"],
                        signatories=[a.name for a in claim.actors if a.type == "person"],
                        date=claim.dates[0] if claim.dates else None,
                        place=claim.places[0] if claim.places else None,
                        claims=[claim.id],
                    )
                )
                anchor[len(found) - 1] = ci

    # Later claims about "the declaration" / "the document" join the latest agreement.
    for ai, agreement in enumerate(found):
        type_word = agreement.type.lower()
        refer = re.compile(r"\b(?:the|this)\s+(?:" + re.escape(type_word) + r"|document|agreement|deal|text)\b", re.I)
        for ci in range(anchor[ai], len(claims)):
            claim = claims[ci]
            if claim.id in agreement.claims:
                continue
            next_anchor = min((anchor[k] for k in anchor if anchor[k] > anchor[ai]), default=len(claims))
            if ci >= next_anchor:
                break
            if refer.search(claim.text) or any(a.type == "group" for a in claim.actors):
                agreement.claims.append(claim.id)
        # Earlier claims that name the parties' commitments (the lead) belong too.
        for ci in range(0, anchor[ai]):
            claim = claims[ci]
            names = {a.name for a in claim.actors if a.type == "country"}
            if claim.kind == "commitment" and len(agreement.parties) >= 2 and set(agreement.parties) <= names:
                agreement.claims.append(claim.id)
        order = {c.id: i for i, c in enumerate(claims)}
        agreement.claims.sort(key=order.get)
        # Group actors ("both countries") stand for the parties.
        for cid in agreement.claims:
            claim = claims[order[cid]]
            if any(a.type == "group" for a in claim.actors):
                have = {a.name for a in claim.actors}
                for party in agreement.parties:
                    iso = g.country_names.get(party)
                    if party not in have:
                        claim.actors.append(Actor(party, "country" if iso else "group", iso))
    return found

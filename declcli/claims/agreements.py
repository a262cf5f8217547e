"""Stage 6: the agreements an article reports, from its claims.

A named instrument ("the Declaration on Allied Interaction between Russia
and Azerbaijan") or an unnamed one ("signed an agreement", "agreed a deal",
"Boeing and Emirates signed an order") counts when a claim reports it made:
signed, concluded, adopted, initialed, inked, agreed, reached, struck,
finalized, or to be ("will sign", "set to sign"). One only cited ("on the
basis of the UN Charter"), hoped for, expected, conditional ("if a deal is
reached"), modal ("could finalize") or denied is not an agreement.

Claims carry text and actors only, so a claim that may report one is parsed
again here (spaCy's model, `claims.nlp`), together with the part of its
sentence before it when the article text is given, and read on the parse:

- the instrument is the object of the reporting verb ("signed a deal"), its
  passive subject ("the deal was struck"), the noun after "agreed on/to" or
  "came to terms on", or the noun the verb modifies ("the accord signed
  by");
- parties: "between X and Y", else the verb's subject and its conjuncts
  ("X and Y signed") and "with Z" ("X inks agreement with Z"); a person with
  a country stands for the country (and signs), a person without one is a
  party; group nouns ("the two sides") name no party. Where fewer than two
  are found, the countries and organisations of the claim fill in, and a
  group that signs stands for the countries the latest claims named;
- signatories: the persons among the signing sides ("by Presidents X and
  Y"); a later claim that speaks of the instrument being signed ("It was
  signed by …", "The memorandum was initialled in Baku by …") adds its
  signers, and its place and date where the agreement had none;
- date: the claim's first date; place: the place the verb or the
  instrument is "in" or "at", else the claim's first place.

Claims that speak of "the declaration", "the document" or "both countries"
afterwards are linked to it, and group actors such as "both countries" gain
its parties. Text with Cyrillic letters, which the English model cannot
parse, is read with the word patterns alone.
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache

from .. import patterns
from ..gazetteer import gazetteer, lower_folds
from ..lexicon import load
from ..model import Actor, Agreement, Claim
from .datelines import dateline_end


def _types() -> dict[str, str]:
    return load("agreements")["types"]


@lru_cache(maxsize=1)
def _words() -> dict:
    """The word lists read on the parse, as sets (declcli/data/agreements.json)."""
    data = load("agreements")
    sets = {
        key: frozenset(data[key])
        for key in (
            "triggers",
            "modals",
            "hypothetical_marks",
            "hypothetical_heads",
            "scheduled_heads",
            "event_prepositions",
            "groups",
            "references",
        )
    }
    sets["instruments"] = data["instruments"]
    sets["party_groups"] = frozenset(data["party_groups"])
    sets["instrument_generic"] = frozenset(data["instrument_generic"])
    sets["instrument_needs"] = {k: frozenset(v) for k, v in data["instrument_needs"].items()}
    sets["instrument_never"] = {k: frozenset(v) for k, v in data["instrument_never"].items()}
    sets["through_preposition"] = {k: frozenset(v) for k, v in data["through_preposition"].items()}
    # The cheap tests before a parse, on the lower-cased claim. A trigger's
    # token starts with one of its stems at a word's start ("think" holds
    # "ink" but reports no inking); an instrument is read from its token's
    # lemma or form, which starts with the word less a plural's change
    # ("treat" of "treaties", "memorand" of "memoranda").
    sets["trigger_start"] = re.compile(r"\b(?:" + "|".join(map(re.escape, data["trigger_stems"])) + ")")
    sets["instrument_start"] = re.compile(
        r"\b(?:" + "|".join(sorted({re.escape(_singular_stem(w)) for w in data["instruments"]})) + ")"
    )
    return sets


def _singular_stem(word: str) -> str:
    """The part of an instrument word its plural keeps."""
    if word.endswith("y"):
        return word[:-1]
    return word[:-2] if word.endswith("um") else word


@lru_cache(maxsize=1)
def _instrument_rx() -> re.Pattern:
    heads = "|".join(sorted((re.escape(k) for k in _types()), key=len, reverse=True))
    cap = r"[A-Z][\w'’\-]*"
    tail = (
        r"(?:\s+(?:on|of|between|for|about|concerning|regarding|with|and|in|the|to|among)\s+(?:the\s+)?"
        + cap
        + r"(?:\s+"
        + cap
        + r")*)*"
    )
    return patterns.compile(r"(?:(?:" + cap + r"\s+){0,4})(?:" + heads + r")" + tail)


@lru_cache(maxsize=1)
def _unnamed_rx() -> re.Pattern:
    """An unnamed instrument signed: "signed an agreement on …"."""
    return patterns.compile(
        r"\b(?:signed|concluded|adopted|reached|struck|inked)\s+(?:an?|the)\s+(?:[a-z][a-z-]*\s+){0,3}?("
        + "|".join(re.escape(h.lower()) for h in _types())
        + r")\b"
    )


_SIGN = patterns.compile(
    r"""\b(
        signed | sign | signing | concluded | conclude | adopted | adopt | ratified | ratify
        | initialed | initialled | inked | endorsed | agreed | approved | reached | struck
        | подписали | подписал | подписана | подписан | подписано  # Russian: "signed", by gender and number
    )\b""",
    re.I | re.X,
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
    return any(stem in low for stem in _SIGN_STEMS)


def _entity_components(nlp) -> tuple[str, ...]:
    """The pipeline's components from its entity recognizer on (en_core_web_sm's "ner", last, with a tok2vec of its
    own): a claim is parsed without them, and they run only once the parse shows a verb making an instrument, the
    only reading that asks for the entities (most claims parsed here report none; the recognizer is half the parse)."""
    names = nlp.pipe_names
    return tuple(names[names.index("ner") :]) if "ner" in names else ()


def _run_components(nlp, doc, names: tuple[str, ...]) -> None:
    """Run the components `names` (the pipeline's last ones, in its order) on `doc`, which they annotate in place: the
    Doc is then as the whole pipeline would have made it."""
    for name, component in nlp.pipeline:
        if name in names:
            component(doc)


_BETWEEN = patterns.compile(r"\bbetween\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)")
_CYRILLIC = patterns.compile(r"[\u0400-\u04FF]")
_LEADING_ARTICLE = patterns.compile(r"^(?:The|A|An)\s+")
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
# Entity labels that can name a party.
_PARTY_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"))
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))


def find_agreements(claims: list[Claim], text: str | None = None) -> list[Agreement]:
    """The agreements of an article's claims; group actors of the claims about
    an agreement gain its parties (the claims are changed in place). `text`,
    the article's text the claims' offsets point into, lets a claim be read
    with the part of its sentence before it."""
    finder = AgreementFinder(text)
    for claim in claims:
        finder.add(claim)
    return finder.found


class _Sides:
    """What the parse of one reporting verb says about who made the instrument."""

    def __init__(self):
        self.parties: list[str] = []
        self.signatories: list[str] = []
        self.group = False  # a side is a group noun: "the ministers", "the two sides"

    def add_party(self, name: str) -> None:
        if name and name not in self.parties:
            self.parties.append(name)

    def add_signatory(self, name: str) -> None:
        if name and name not in self.signatories:
            self.signatories.append(name)


class AgreementFinder:
    """Finds agreements one claim at a time, in text order, so that claims can
    be written as they are made (`declcli read` holds no list of them).

    What a claim contributes is settled when it is added: a claim is changed
    only by agreements reported in it or in an earlier claim, and an earlier
    commitment joins a later agreement without being changed. So `add`
    finishes the claim, and the finder keeps of it only what a later
    agreement can need: the id and country names of commitments, the start of
    the current sentence, and the persons named so far (a later "Maroon"
    is the "Pat Maroon" named before, with his country).
    """

    def __init__(self, text: str | None = None):
        self._text = text
        self._gazetteer = gazetteer()
        self._instrument = _instrument_rx()
        self._types = _types()
        self._heads = sorted(self._types, key=len, reverse=True)
        self._unnamed = _unnamed_rx()
        self._words = _words()
        self.found: list[Agreement] = []
        # The agreements reported in the latest claim that reported any, each
        # with its pattern for "the declaration", "the document" …: later
        # claims join them until another claim reports an agreement.
        self._latest: list[tuple[Agreement, re.Pattern]] = []
        # Commitment claims by the set of their country names: (index, id).
        self._commitments: dict[frozenset[str], list[tuple[int, str]]] = {}
        self._persons: dict[str, Actor] = {}
        # The countries of the latest claims (their own and their persons'), for a group that signs.
        self._recent: deque[tuple[str, ...]] = deque(maxlen=8)
        self._sentence: tuple[int, int] | None = None
        self._sentence_start = 0
        self._count = 0

    def add(self, claim: Claim) -> Claim:
        """Take the next claim in text order; returns it, finished."""
        index = self._count
        self._count += 1
        if (claim.paragraph, claim.sentence) != self._sentence:
            self._sentence = (claim.paragraph, claim.sentence)
            self._sentence_start = claim.start
        for actor in claim.actors:
            if actor.type == "person":
                self._persons[actor.name] = actor
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
                joined = claim.id in agreement.claims
                if joined or refer.search(claim.text) or _names_parties(claim):
                    if not joined:
                        agreement.claims.append(claim.id)
                    self._stand_for_parties(claim, agreement)
        if claim.kind == "commitment":
            names = frozenset(a.name for a in claim.actors if a.type == "country")
            self._commitments.setdefault(names, []).append((index, claim.id))
        countries = [
            a.name if a.type == "country" else self._gazetteer.display(a.country)
            for a in claim.actors
            if a.type == "country" or (a.type == "person" and a.country)
        ]
        self._recent.append(tuple(dict.fromkeys(countries)))
        return claim

    # -- which claims may report one -------------------------------------

    def _may_report(self, text: str) -> bool:
        """A cheap test before the parse: a reporting verb's stem and an
        instrument's (or, after an agreement, any reference to it)."""
        low = text.lower()
        if not self._words["trigger_start"].search(low):
            return False
        return bool(self._latest) or bool(self._words["instrument_start"].search(low))

    def _reported(self, claim: Claim) -> list[Agreement]:
        """The agreements a claim reports made, added to `found`; a claim that
        reports the latest agreement signed adds to it instead."""
        text = claim.text
        if _CYRILLIC.search(text):
            return self._reported_by_patterns(claim)
        if not self._may_report(text):
            return []
        from .nlp import load_model

        # The claim with the part of its sentence before it: a subject the
        # claim's cut left behind ("Tor and | the family have reached …").
        before = ""
        if self._text is not None and self._text[claim.start : claim.end] == text:
            before = self._text[self._sentence_start : claim.start]
        parsed = before + text
        # A dateline opening the text ("ASTANA, March 4 (Reuters) - "): the
        # parser would take its city for the subject of the first verb.
        cut = dateline_end(parsed)
        cut = len(parsed) - len(parsed[cut:].lstrip()) if cut >= 0 else 0
        nlp = load_model()
        later = _entity_components(nlp)
        doc = nlp(parsed[cut:], disable=later)
        offset = len(before) - cut
        reported: list[Agreement] = []
        for verb in doc:
            if verb.idx < offset or verb.lemma_.lower() not in self._words["triggers"]:
                continue
            if not self._asserted(verb):
                continue
            for noun in self._instruments(verb):
                if later:
                    _run_components(nlp, doc, later)  # the entities, which the reading of an agreement asks for
                    later = ()
                agreement = self._read(claim, doc, verb, noun, reported)
                if agreement is not None:
                    reported.append(agreement)
        return reported

    # -- the parse -------------------------------------------------------

    def _asserted(self, verb) -> bool:
        """The verb reports the instrument made (or to be made), not hoped
        for, expected, conditional, modal, negated or merely described."""
        w = self._words
        if verb.dep_ in ("amod", "compound") or verb.pos_ not in ("VERB", "AUX"):
            return False
        children = list(verb.children)
        if any(c.dep_ == "neg" for c in children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in w["modals"] for c in children):
            return False
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
        if verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in children):
            # "since signing a contract" reports it; "the task of striking a
            # deal", "signing a deal has proved elusive" do not.
            head = verb.head
            if not (verb.dep_ == "pcomp" and head.lower_ in w["event_prepositions"] and head.head.pos_ in ("VERB", "AUX")):
                return False
        if verb.dep_ == "xcomp" and not perfect and verb.head.lemma_.lower() not in w["scheduled_heads"]:
            return False
        node = verb
        while True:
            if any(c.dep_ == "mark" and c.lower_ in w["hypothetical_marks"] for c in node.children):
                return False
            if node.i != verb.i and node.lemma_.lower() in w["hypothetical_heads"]:
                return False
            if node.head.i == node.i or node.dep_ == "relcl":
                return True
            node = node.head

    def _instruments(self, verb) -> list:
        """The instrument nouns the verb reports made."""
        w = self._words
        found = []
        through = w["through_preposition"].get(verb.lemma_.lower(), ())
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in through:
                found.extend(g for g in child.children if g.dep_ == "pobj")
        # "the accord signed by …", "the deal that X struck"; not "in order to reach"
        if (verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN")) and (
            (verb.dep_ == "acl" and verb.tag_ == "VBN")
            or any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children)
        ):
            found.append(verb.head)
        out = []
        for noun in found:
            for each in [noun, *noun.conjuncts]:
                if self._is_instrument(each) or self._is_reference(each):
                    out.append(each)
        return out

    def _head_word(self, noun) -> str:
        return noun.lemma_.lower() if noun.pos_ != "PROPN" else noun.lower_

    def _is_instrument(self, noun) -> bool:
        w = self._words
        word = self._head_word(noun)
        if word not in w["instruments"] and noun.lower_ not in w["instruments"]:
            return False
        if word not in w["instruments"]:
            word = noun.lower_
        # "no deal", "most future trade deals", "any agreement": none in particular
        if any(c.dep_ in ("det", "amod", "predet") and c.lower_ in w["instrument_generic"] for c in noun.children):
            return False
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        if word in w["instrument_needs"] and not modifiers & w["instrument_needs"][word]:
            return False
        return not (word in w["instrument_never"] and modifiers & w["instrument_never"][word])

    def _is_reference(self, noun) -> bool:
        """ "It", "the document", "this agreement": the latest agreement, if any."""
        if not self._latest:
            return False
        if noun.pos_ == "PRON":
            return noun.lower_ in self._words["references"]
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
        return definite and noun.lemma_.lower() in self._words["references"]

    def _refers_to_latest(self, noun) -> Agreement | None:
        """The latest agreement a definite mention ("the memorandum", "it") speaks of."""
        if not self._latest:
            return None
        if noun.pos_ == "PRON" or noun.lemma_.lower() in self._words["references"]:
            return self._latest[-1][0]
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
            return None
        word = self._head_word(noun)
        type_ = self._words["instruments"].get(word)
        for agreement, _ in reversed(self._latest):
            if agreement.type == type_ or word in ("agreement", "deal"):
                return agreement
        return None

    def _read(self, claim: Claim, doc, verb, noun, reported: list[Agreement]) -> Agreement | None:
        """The agreement of one verb and instrument; None when it is the latest
        one again (its signers and place are added to it) or named twice."""
        sides = self._sides(claim, doc, verb, noun)
        place = self._place(verb, noun) or (claim.places[0] if claim.places else None)
        same = None if reported else self._refers_to_latest(noun)
        name = self._name(doc, noun)
        if same is None and name and noun.pos_ == "PROPN":
            same = next((a for a in self.found if a.name == name), None)
        if same is not None:
            if noun.pos_ == "PROPN" and name and same.name != name and not same.name[:1].isupper():
                # "sign a declaration of alliance" first, "The Declaration on
                # Allied Interaction … was signed" next: the name is the name.
                same.name = name
                same.type = self._named_type(name) or same.type
                named_parties = self._between(name, doc.text) or sides.parties
                if named_parties:
                    same.parties[:] = named_parties
                same.signatories[:] = _merge_names(sides.signatories, same.signatories)
            else:
                same.signatories[:] = _merge_names(same.signatories, sides.signatories)
            for party in sides.parties:
                if party not in same.parties and (not same.parties or party not in sides.signatories):
                    same.parties.append(party)
            if same.place is None:
                same.place = place
            if same.date is None and claim.dates:
                same.date = claim.dates[0]
            if claim.id not in same.claims:
                same.claims.append(claim.id)
            return None
        if name is None or self._is_reference(noun):
            return None
        head = self._head_word(noun)
        type_ = self._named_type(name) if noun.pos_ == "PROPN" else None
        type_ = type_ or self._words["instruments"].get(head) or self._words["instruments"].get(noun.lower_)
        parties = self._between(name, doc.text) or sides.parties
        if len(parties) < 2:
            parties = parties + [
                p for p in self._claim_parties(claim, doc, verb, place, sides) if p not in parties and p not in name
            ]
        if not parties and sides.group:
            # "The ministers also signed a memorandum": the two countries of the
            # latest claims that named two.
            parties = next((list(names) for names in reversed(self._recent) if len(names) >= 2), [])
        return self._agreement(claim, name, type_, parties, sides.signatories, place)

    def _named_type(self, name: str) -> str | None:
        head = next((h for h in self._heads if re.search(r"\b" + re.escape(h) + r"\b", name)), None)
        return self._types[head] if head else None

    def _name(self, doc, noun) -> str | None:
        """A named instrument's name ("Declaration on Allied Interaction
        between Russia and Azerbaijan"), else the noun with the words before
        it ("a licensing agreement", "the peace treaty")."""
        if noun.pos_ == "PROPN" or noun.text[:1].isupper():
            at = noun.idx
            for m in self._instrument.finditer(doc.text):
                if m.start() <= at < m.end():
                    name = _LEADING_ARTICLE.sub("", m.group(0).strip())
                    # "UN Charter" style: a cited instrument named after an organisation.
                    if name.split()[0].isupper() and len(name.split()) <= 2:
                        return None
                    return name
        if noun.pos_ == "PRON":
            return None
        left = [
            c
            for c in noun.lefts
            if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "punct", "quantmod", "npadvmod")
        ]
        start = min((t.left_edge.i for t in left), default=noun.i)
        tokens = list(doc[start : noun.i + 1])
        while tokens and tokens[0].is_punct:
            tokens = tokens[1:]
        words = doc[tokens[0].i : noun.i + 1].text if tokens else noun.text
        # "memorandum of understanding", "declaration of intent"
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            tail = list(of.subtree)
            if len(tail) <= 8 and all(t.is_lower or t.is_punct for t in tail) and any(t.pos_ == "NOUN" for t in tail):
                words = doc[tokens[0].i if tokens else noun.i : of.right_edge.i + 1].text
        first, _, rest = words.partition(" ")
        if first in ("The", "A", "An") and rest:
            words = first.lower() + " " + rest
        return words

    def _between(self, name: str, text: str) -> list[str]:
        g = self._gazetteer
        bm = _BETWEEN.search(name) or _BETWEEN.search(text)
        parties = []
        if bm:
            for side in bm.groups():
                iso = g.country_names.get(side.strip()) or g.demonyms.get(side.strip())
                parties.append(g.display(iso) if iso else side.strip())
        return parties

    def _sides(self, claim: Claim, doc, verb, noun) -> _Sides:
        """Parties and signatories from the verb's subject, agent and "with"
        (on the verb, its object or the instrument)."""
        sides = _Sides()
        heads = self._subjects(verb)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if noun.i != verb.i and all(o.i != noun.i for o in objects):
            objects.append(noun)
        named = []
        for holder in (verb, *objects):
            for child in holder.children:
                if child.dep_ == "agent":
                    named.extend(self._agent_names(verb, child))
                elif child.dep_ == "prep" and child.lower_ in ("with", "between"):
                    for g in child.children:
                        if g.dep_ == "pobj":
                            heads.extend((g, *g.conjuncts))
        for head in heads:
            names = self._names(doc, head)
            if not names and head.pos_ == "NOUN":
                sides.group = True
            named.extend(names)
        for name, label in named:
            self._place_party(claim, name, label, sides)
        return sides

    def _subjects(self, verb) -> list:
        """The heads of the verb's subject: its own, or the one of the verb it
        hangs on ("since signing", "X met Y and signed"), or, where the parser
        gave it none, the noun phrase right before it ("…, Tor and the family
        have reached": the parser hung "Tor and the family" on an earlier
        phrase)."""
        node = verb
        for _ in range(4):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                if subject.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
                    return [node.head]
                return [subject, *subject.conjuncts]
            if node.dep_ == "pcomp":
                node = node.head.head  # "since signing": the subject of the verb "since" hangs on
            elif node.dep_ == "conj" and node.i == verb.i:
                before = self._phrase_before(verb)
                if before:
                    return before
                node = node.head
            elif node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
                node = node.head
            else:
                return []
        return []

    @staticmethod
    def _phrase_before(verb) -> list:
        """The conjoined nouns right before a verb and its auxiliaries, back
        to the nearest comma: [family, Tor] for "…, Tor and the family have"."""
        first = min([verb.i, *[c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]])
        if first == 0:
            return []
        last = verb.doc[first - 1]
        if last.pos_ not in ("NOUN", "PROPN"):
            return []
        out = [last]
        node = last
        while node.dep_ == "conj" and node.head.i < node.i:
            between = verb.doc[node.head.i + 1 : node.i]
            if any(t.text in (",", ";", ":") for t in between):
                break
            node = node.head
            out.append(node)
        return out[::-1]

    def _agent_names(self, verb, by) -> list[tuple[str, str | None]]:
        """The entities of "by …" up to the verb's next phrase: the parser often
        hangs the last of a list of signers on the verb itself ("by Kazakh
        President Kassym-Jomart Tokayev, … and Kyrgyz President Sadyr Japarov
        after …")."""
        doc = verb.doc
        end = next(
            (
                c.i
                for c in verb.children
                if c.i > by.i
                and c.dep_ in ("prep", "advcl", "advmod", "ccomp", "conj", "cc", "punct")
                and not (c.dep_ == "punct" and c.text == ",")
            ),
            len(doc),
        )
        found = []
        for ent in doc.ents:
            if by.i < ent.start and ent.end <= end and ent.label_ in _PARTY_LABELS:
                found.append((ent.start, _strip_the(ent.text), _label(ent)))
        # Names the model gave no entity ("Presidents Kassym-Jomart Tokayev and …").
        covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        for g in by.children:
            if g.dep_ == "pobj":
                for each in (g, *g.conjuncts):
                    if each.i < end and each.i not in covered:
                        found.extend((each.i, name, label) for name, label in self._names(doc, each))
        return [(name, label) for _, name, label in sorted(found, key=lambda f: f[0])]

    def _names(self, doc, token) -> list[tuple[str, str | None]]:
        """What one side's noun names: the entities in it ("Israel - Egypt"
        gives both), else the noun phrase; nothing for pronouns and group
        nouns ("the two sides")."""
        if token.pos_ == "PRON" or token.tag_ in ("WDT", "WP"):
            return []
        chain = [token]
        for t in chain:
            chain.extend(c for c in t.children if c.dep_ in ("compound", "flat"))
        appos = [c for c in token.children if c.dep_ == "appos"]
        ents = []
        for ent in doc.ents:
            if ent.label_ in _PARTY_LABELS and any(ent.start <= t.i < ent.end for t in chain) and ent not in ents:
                ents.append(ent)
        if ents:
            return [(_strip_the(e.text), _label(e)) for e in sorted(ents, key=lambda e: e.start)]
        if appos and token.pos_ == "NOUN":
            # "foreign ministers Abbas Araghchi and Kaja Kallas"
            out = []
            for a in appos:
                for each in [a, *a.conjuncts]:
                    out.extend(self._names(doc, each))
            return out
        if token.pos_ == "NOUN" and (token.tag_ == "NNS" or token.lemma_.lower() in self._words["groups"]):
            return []
        if token.pos_ not in ("NOUN", "PROPN"):
            return []
        left = [c for c in token.lefts if c.dep_ in ("det", "compound", "amod", "poss", "flat")]
        start = min((t.left_edge.i for t in left), default=token.i)
        # A title before a name says it is a person's ("Presidents Kassym-Jomart Tokayev").
        titled = start
        while titled < token.i and doc[titled].lower_ in title_words():
            titled += 1
        if titled > start and token.pos_ == "PROPN":
            return [(doc[titled : token.i + 1].text, "OFFICE")]
        text = doc[start : token.i + 1].text
        return [(_strip_the(text) if token.pos_ == "PROPN" else text, None)]

    def _place_party(self, claim: Claim, name: str, label: str | None, sides: _Sides) -> None:
        """A named side as a party, a signatory or both."""
        g = self._gazetteer
        iso = g.country_names.get(name) or _seats().get(name)
        if iso:
            display = g.display(iso)
            seat = name not in g.country_names
            sides.add_party(display if seat or name.replace(".", "").isupper() or display == name else name)
            return
        iso = g.demonyms.get(name)
        if iso:  # "Kazakh" of "Kazakh President Kassym-Jomart Tokayev"
            sides.add_party(g.display(iso))
            return
        person = self._person(claim, name)
        if person is not None or label in ("PERSON", "OFFICE"):
            full = person.name if person is not None else name
            sides.add_signatory(full)
            country = person.country if person is not None else None
            if country and person.role is not None:
                # (a private person placed by the text signs for no state: "Maroon, a St. Louis native, signed a
                # one-year contract with the Lightning" is a party himself)
                sides.add_party(g.display(country))
            elif (person is None and label != "OFFICE") or (person is not None and not person.role):
                # Someone who signs for no state or organisation the text names
                # is a party himself ("Jose Mourinho has agreed a deal"); an
                # office holder ("Presidents Aliyev and Putin") signs for one.
                sides.add_party(full)
            return
        sides.add_party(name)

    def _person(self, claim: Claim, name: str) -> Actor | None:
        candidates = [a for a in claim.actors if a.type == "person"] + list(self._persons.values())
        for actor in candidates:
            if actor.name == name:
                return actor
        for actor in candidates:
            if actor.name.endswith(" " + name) or name.endswith(" " + actor.name):
                return actor
        return None

    def _claim_parties(self, claim: Claim, doc, verb, place: str | None, sides: _Sides) -> list[str]:
        """Countries and organisations of the claim, for a claim whose parse
        names fewer than two parties: the actors, and the model's
        organisations and the places it names that the gazetteer does not
        know as a country, a demonym or a city ("Tottenham's manager": a
        club). Never the source that reports the claim, nor the place."""
        g = self._gazetteer
        source = claim.attribution.source if claim.attribution else None
        out = [a.name for a in claim.actors if a.type in ("country", "organization")]
        for ent in doc.ents:
            name = _strip_the(ent.text)
            known = name in g.country_names or name in g.demonyms or name in g.cities
            # A place in the possessive ("Tottenham's manager") stands for a body.
            if ent.label_ == "ORG" or (ent.label_ == "GPE" and (not known or ent.root.dep_ == "poss")):
                iso = g.country_names.get(name) or _seats().get(name)
                name = g.display(iso) if iso and name not in g.country_names else name
                if self._person(claim, name) is None and name not in out:
                    out.append(name)
        # Nor the subject of another verb ("India has not signed the RCEP, which Japan joined").
        others = set()
        for ent in doc.ents:
            root = ent.root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.i != verb.i:
                name = _strip_the(ent.text)
                iso = g.country_names.get(name) or _seats().get(name)
                others.update((name, g.display(iso)) if iso else (name,))
        signers = set(sides.signatories)
        return [
            p for p in out if p not in (place, source) and p not in signers and p not in others and not (source and p in source)
        ]

    def _place(self, verb, noun) -> str | None:
        for holder in (verb, noun):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    for g in child.children:
                        if g.dep_ == "pobj":
                            ent = next((e for e in g.doc.ents if e.start <= g.i < e.end and e.label_ in _PLACE_LABELS), None)
                            if ent is not None:
                                return _strip_the(ent.text)
        return None

    # -- Russian text: word patterns -------------------------------------

    def _reported_by_patterns(self, claim: Claim) -> list[Agreement]:
        """The agreements a claim reports signed (named, else one unnamed), added to `found`."""
        text = claim.text
        if not _may_sign(text) or not _SIGN.search(text):
            return []
        types = self._types
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
            parties = self._between(name, text) or [a.name for a in claim.actors if a.type == "country"]
            reported.append(self._agreement(claim, name, types[head], parties, None, None))
        if not reported:
            # Unnamed: "signed an agreement on …".
            m = self._unnamed.search(text)
            if m:
                head = next(h for h in types if h.lower() == m.group(1))
                parties = [a.name for a in claim.actors if a.type == "country"]
                reported.append(self._agreement(claim, m.group(0).split(None, 1)[1], types[head], parties, None, None))
        return reported

    def _agreement(
        self, claim: Claim, name: str, type_: str, parties: list[str], signatories: list[str] | None, place: str | None
    ) -> Agreement:
        if signatories is None:
            signatories = [a.name for a in claim.actors if a.type == "person"]
        agreement = Agreement(
            name=name,
            type=type_,
            parties=parties,
            signatories=list(signatories),
            date=claim.dates[0] if claim.dates else None,
            place=place or (claim.places[0] if claim.places else None),
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
        if _names_parties(claim):
            have = {a.name for a in claim.actors}
            for party in agreement.parties:
                iso = self._gazetteer.country_names.get(party)
                if party not in have:
                    claim.actors.append(Actor(party, "country" if iso else "group", iso))


def _names_parties(claim: Claim) -> bool:
    """Does the claim name the parties as a group ("both countries", "the two
    sides")? "EU countries" or "Israeli settlers" are groups of others."""
    groups = _words()["party_groups"]
    return any(a.type == "group" and a.name.lower() in groups for a in claim.actors)


def _label(ent) -> str:
    """The entity's label; OFFICE for a name after a title ("President
    Kassym-Jomart Tokayev": a person, whom the model may call an
    organisation, signing for a state)."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in title_words():
        return "OFFICE"
    return ent.label_


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    from .lexicon import words

    return frozenset(words().titles)


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """Capital -> ISO3: "Baku and Ashgabat signed" names the two states."""
    return {capital: iso for iso, capital in gazetteer().capitals.items()}


def _merge_names(first: list[str], then: list[str]) -> list[str]:
    """Both lists of persons, once each: "Putin" and "Vladimir Putin" are
    one person, written with the longer name where the shorter stood."""
    out = list(first)
    for name in then:
        same = next((i for i, n in enumerate(out) if n == name or n.endswith(" " + name) or name.endswith(" " + n)), None)
        if same is None:
            out.append(name)
        elif len(name) > len(out[same]):
            out[same] = name
    return out


def _strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text

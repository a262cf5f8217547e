"""A sentence cut into claims on spaCy's parse.

A sentence is one claim, or several where it joins independent clauses: a
verb conjoined to the main verb (`conj`) with a subject of its own ("…, but
neither country will be bound"), or a clause after a semicolon. Shared
subjects ("cut its rate but signaled …"), lists and subordinate clauses
stay in one claim. The joining word and punctuation belong to neither
claim.
"""

from __future__ import annotations

from .lexicon import words

SUBJECTS = frozenset(("nsubj", "nsubjpass", "expl", "csubj", "csubjpass"))
_JOINERS = frozenset(("and", "but", "or", "yet", "so", "while", "whereas", ";", ",", "-", "–", "—", ":"))


def has_subject(verb) -> bool:
    """A subject of its own, not a relative pronoun ("… and that is not directed …")."""
    return any(
        child.dep_ in SUBJECTS and child.tag_ not in ("WDT", "WP") and child.lower_ not in ("that", "which", "who")
        for child in verb.children
    )


def opens_as_adjunct(clause) -> bool:
    """A clause set before the main one that opens the sentence with a subordinator or a preposition ("While the coat was not
    stolen, she did admit …", "In declaring he has no part in it, they …"): an adverbial clause, whatever complement
    label the parser gave it, and no statement or reported content of the sentence (GUIDE decisions 1, 2, 39). The
    parser may hang the subordinator on the clause's auxiliary."""
    first = clause.left_edge
    if any(t.is_alpha for t in clause.doc[clause.sent.start : first.i]):
        return False  # (words before it: '"More reward because whenever you buy …, it gives …," he said' is all quoted)
    if first.lower_ == "even" and first.dep_ == "advmod" and first.i + 1 < len(first.doc):
        first = first.doc[first.i + 1]  # ("Even though the coat was not stolen, …")
    if first.lower_ in words().subordinators and first.dep_ == "mark":
        return first.head == clause or (first.head.head == clause and first.head.dep_ in ("aux", "auxpass"))
    if first.dep_ != "prep" or first.head != clause:
        return False
    gerund = next((c for c in first.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    # only a verb that takes a clause, left with no object of its own ("In declaring he has …"): a gerund with its own
    # object is a fronted phrase whose comma was left out ("By cutting rates the bank will not stop inflation, X said")
    if gerund is None or gerund.lemma_ not in words().reporting:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative", "oprd") for c in gerund.children):
        return False
    # the clause's subject right after the gerund's phrase, with no comma: the clause is the gerund's own object, which
    # the parser raised ("In declaring he has …"); not a clause with a phrase of its own fronted ("After weighing it all,
    # I decided …")
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.left_edge.i == first.right_edge.i + 1


def _stray_subject(verb):
    """The start of a subject the parser attached elsewhere: "… harm the other
    party and the further development of trade will be facilitated", where
    "development" became a conjunct of "party". The verb has an auxiliary
    of its own and an "and"/"but" stands right before the noun phrase that
    precedes that auxiliary."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux:
        return None
    doc = verb.doc
    i = aux[0].i - 1
    while i > 0 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM", "PRON") and doc[i].lower_ not in ("and", "but"):
        i -= 1
    if (
        i > 0
        and doc[i].lower_ in ("and", "but")
        and doc[i].dep_ == "cc"
        and i + 1 < aux[0].i
        and doc[i + 1].lower_ not in ("that", "which", "who")
    ):
        return doc[i + 1]
    return None


_TAG_PARTS = frozenset(("nsubj", "npadvmod", "prep", "advmod", "punct"))  # a closing tag's speaker, when, where and how


def tag_listener(token) -> bool:
    """The one a tell-type verb (claims.json `addressed_passive_lemmas`) speaks to as its object: a pronoun, a person's
    noun ("reporters", "journalists") or a body's name ("told Reuters")."""
    lex = words()
    return (
        token.dep_ in ("dobj", "dative")
        and token.head.lemma_ in lex.addressed_passive
        and (token.pos_ == "PRON" or token.lemma_.lower() in lex.human or token.ent_type_ in ("ORG", "PERSON", "NORP"))
    )


def closing_tag_conjunct(verb) -> bool:
    """A closing speaker tag the parser joined to the clause before as a conjunct with no joining word ("…, low earnings
    and poverty, the head of the children's fund said on Friday."): a finite reporting verb whose subject a comma sets
    off, with nothing of its own but when, where or how it was said, ending the sentence. It is no clause of its own:
    it tags the words before it (GUIDE decision 2)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_ not in words().reporting:
        return False
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or doc[subjects[0].left_edge.i - 1].text != ",":
        return False
    others = [c for c in verb.children if c.dep_ not in _TAG_PARTS]
    if len(others) == 1 and tag_listener(others[0]):
        others = []  # ("…, the head of the fund told reporters on Tuesday.": a tell-type tag's one listener)
    if others or any(c.dep_ == "cc" for c in verb.head.children):
        return False
    end = verb.right_edge.i
    return end + 1 >= verb.sent.end or (end + 2 >= verb.sent.end and doc[end + 1].is_punct)


def main_verbs(sent) -> list:
    """The heads of the sentence's independent clauses, in text order."""
    root = sent.root
    found = [root]
    stack = [root]
    while stack:
        verb = stack.pop()
        for child in verb.children:
            if child.i <= verb.i or not (sent.start <= child.i < sent.end):
                continue
            if (
                child.dep_ == "conj"
                and child.pos_ in ("VERB", "AUX")
                and (has_subject(child) or _stray_subject(child))
                and not closing_tag_conjunct(child)
                or (
                    child.dep_ in ("parataxis", "conj")
                    and child.pos_ in ("VERB", "AUX")
                    and has_subject(child)
                    and any(t.text == ";" for t in sent.doc[verb.i : child.left_edge.i])
                )
            ):
                found.append(child)
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


# A phrase fronted before a joined clause's subject has at most this many tokens ("and from October onward they …").
_FRONTED_PHRASE_TOKENS = 8


def _after_fronted_phrase(doc, start: int, previous_verb) -> int:
    """Where a clause joined by a coordinator starts when the parser hung the phrase fronted before its subject on the
    previous clause's verb ("went in search of stories and from October onward they will be released"): right after
    the coordinator, so that the phrase (and its date) goes with the clause it opens; else `start`."""
    j = start - 1
    while j > previous_verb.i and start - j <= _FRONTED_PHRASE_TOKENS and doc[j].dep_ != "cc":
        j -= 1
    if j <= previous_verb.i or doc[j].dep_ != "cc" or doc[j].lower_ not in _JOINERS or j + 1 == start:
        return start
    phrase = doc[j + 1 : start]
    tops = [t for t in phrase if not j < t.head.i < start]
    if all(t.head == previous_verb and t.dep_ in ("prep", "advmod", "npadvmod", "punct") for t in tops):
        return j + 1
    return start


def clause_spans(sent) -> list[tuple[int, int, object]]:
    """(first token, end token, main verb) of each claim of the sentence."""
    verbs = main_verbs(sent)
    doc = sent.doc
    starts = [sent.start]
    heads = [verbs[0]]
    for verb in verbs[1:]:
        stray = None if has_subject(verb) else _stray_subject(verb)
        start = stray.i if stray is not None else _after_fronted_phrase(doc, verb.left_edge.i, heads[-1])
        if start <= starts[-1] or start < heads[-1].i:
            continue  # the conjunct reaches back over the previous main verb: no clean cut
        starts.append(start)
        heads.append(verb)
    out = []
    for n, (start, verb) in enumerate(zip(starts, heads, strict=False)):
        end = starts[n + 1] if n + 1 < len(starts) else sent.end
        while start < end and (doc[start].dep_ in ("cc", "punct") and doc[start].lower_ in _JOINERS or doc[start].is_space):
            start += 1
        if n + 1 < len(starts):
            while end > start and (doc[end - 1].lower_ in _JOINERS or doc[end - 1].is_space):
                end -= 1
        out.append((start, end, verb))
    # A piece without a word of its own is no claim: it goes back to its neighbour.
    merged: list[tuple[int, int, object]] = []
    for start, end, verb in out:
        if merged and sum(1 for t in doc[start:end] if t.is_alpha) < 2:
            merged[-1] = (merged[-1][0], end, merged[-1][2])
        elif merged and sum(1 for t in doc[merged[-1][0] : merged[-1][1]] if t.is_alpha) < 2:
            merged[-1] = (merged[-1][0], end, verb)
        else:
            merged.append((start, end, verb))
    return merged


def asks_who_reports(verb) -> bool:
    """Whether `verb` is a reporting verb (claims.json `reporting_lemmas`) whose subject is "who" and whose content is a
    clause of its own: a question asking who says or holds the clause ("Who says ferries can't sail at night?", "Who
    said the mayor resigned?", GUIDE decision 757)."""
    return (
        verb.lemma_ in words().reporting
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def party(token) -> bool:
    """A person or body that can be told, asked or moved to act, or that tells or asks: a name, a personal pronoun
    other than "it", or a noun of people or bodies (claims.json `human_nouns`, `people_nouns`, `org_nouns`, `agents`, or
    a doer's ending); not a
    thing or a cause ("20 new jets", "low interest rates", "funds", GUIDE decisions 2, 45, 331)."""
    lex = words()
    if token.pos_ == "PRON":
        return token.lower_ not in ("it", "this", "that", "which", "what")
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = token.lemma_.lower()
    if lemma in lex.human or lemma in lex.people or lemma in lex.org_nouns or lemma in lex.agents:
        return True  # (each list in turn: their union was built at each call)
    # (a noun of one who does something, which the lists cannot all hold: "porters", "the harbour master", "divers")
    return (
        token.pos_ == "NOUN"
        and lemma not in lex.thing_nouns
        and lemma.endswith(_DOER_ENDINGS)
        and not lemma.endswith("ment")
        and len(lemma) > 5
    )


# Endings of nouns for people by what they do ("pianist", "librarian", "attendant", "engineer", "attendee", "chairman",
# "spokesperson").
# ("-er" and "-or" name machines as often as people: "scanner", "tanker", "generator", "reactor"; and "-ment" things)
_DOER_ENDINGS = ("ist", "ian", "ant", "ent", "eer", "ee", "man", "woman", "person", "staff")


def _opened_by_to(clause) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" and a.i < clause.i for a in clause.children)


def asked_for_someone_to(verb, for_token):
    """The infinitive of "asked/pressed/pushed/appealed/called for X to" + verb (GUIDE decisions 76, 748(a)), where X is
    the one to act or the thing to be done, else None: the infinitive the parser hung on the verb (or on the clause "for"
    opens), passive ("for the quota to be raised"), or with a party as X ("for the two porters to stay on"), or with a
    thing as X and no object of its own ("for prices to fall"). Not an infinitive of purpose, hung on the noun after
    "for" or on the verb after a thing: "asked for more time to prepare its case", "appealed for funds to rebuild the
    school" (decisions 61, 748(c): a noun phrase asked for, no content)."""
    nouns = [c for c in for_token.children if c.dep_ == "pobj"]
    # (a passive hung on the noun is still what is to be done: "asked for talks about borders to be based on …"; or on
    # the noun of its "of" phrase: "asked for the opening of the border to be delayed")
    named = [
        g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
    ]
    passives = [
        c
        for n in [*nouns, *named]
        for c in n.children
        if c.dep_ in ("acl", "relcl") and any(a.dep_ == "auxpass" for a in c.children) and _opened_by_to(c)
    ]
    if passives:
        return passives[0]
    for clause in verb.children:
        if clause.i <= for_token.i or clause.dep_ not in ("advcl", "xcomp", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not _opened_by_to(clause):
            continue
        opened = any(m.dep_ == "mark" and m.i == for_token.i for m in clause.children)
        actor = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if opened else None
        if actor is None and not opened:
            actor = nouns[0] if nouns else None
        if actor is None or actor.i > clause.i:
            continue
        # (a party, or one the text has named before: "for the two porters to stay on")
        definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in actor.children)
        if any(c.dep_ == "auxpass" for c in clause.children) or party(actor) or definite:
            return clause
        # ("for prices to fall": a thing's own change asked for; not "for privacy to grieve", a thing to be given,
        # claims.json granted_thing_nouns, whose infinitive is the asker's purpose)
        bare_grant = actor.lemma_.lower() in words().granted_thing_nouns and not any(c.dep_ == "det" for c in actor.children)
        if opened and not bare_grant and not any(c.dep_ in ("dobj", "ccomp") for c in clause.children):
            return clause
    return None

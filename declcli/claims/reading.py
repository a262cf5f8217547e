"""Modality, polarity, kind and mood of a claim, read from the parse of its
main verb (the reported content's verb where the claim is attributed).

- modality: a modal auxiliary of the verb (must, should, may, will …), a
  verb that governs a to-infinitive ("plans to", "has to", "agreed to",
  "is to"), or "is able/obliged/allowed to"; a modal inside a relative
  clause or an object does not count, since only the main verb is read.
  "will"/"would" give way to the more specific frame ("will be required
  to" is an obligation).
- polarity: a negation of the verb or of its infinitive ("agreed not to"),
  "no longer", a verb of refusal or denial (deny, refuse, reject, decline,
  refrain, abstain, fail, rule out), or a negative subject or object
  ("Neither side", "no plans").
- kind: a modal claim by a party that can act is a commitment, as is what
  a document provides for; a past or perfect action is an event; the rest
  (states, figures, predictions about things nobody decides) is a fact.
- mood: a question; a conditional ("if", "unless", "provided that",
  "should X fail") with its condition's span; else a statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from .attribution import as_label_in_object_clause, bare_subject_verb, judging_holder, quote_regions, work_heading
from .clauses import SUBJECTS, asked_for_someone_to, asks_who_reports, opens_as_adjunct
from .context import doc_memo, text_of
from .dates import MONTH_WORDS, moves_a_happening_in_time
from .lexicon import words
from .narration import narrated_action
from .nlp import inflected_only_verb_forms

_PERSONAL_PRONOUNS = frozenset(("i", "we", "he", "she", "they", "you"))
_AGENT_ENTITIES = frozenset(("PERSON", "ORG", "GPE", "NORP"))
_NEGATIVE_DETS = frozenset(("no", "neither"))
# "none" is not on the GUIDE's polarity list ("None of it worked" is `positive`, decisions 8, 32 and 383: literal).
_NEGATIVE_PRONOUNS = frozenset(("nobody", "nothing", "noone", "neither"))
# The list's correlative pair, which negates only with both its words (GUIDE decision 383).
_CORRELATIVES = frozenset(("neither", "nor"))
_PAST_AUX = frozenset(("was", "were", "had", "has", "have", "'ve", "’ve"))


def _xcomp(verb):
    """The to-infinitive the verb governs ("agreed to refrain", "wants the UK
    to extradite"); also where the parser made it an adverbial clause right
    after the verb, or a clause with its own subject."""
    for child in verb.children:
        if (
            child.dep_ == "xcomp"
            and child.pos_ == "NOUN"
            and child.tag_ in ("NN", "VB")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return child  # "declined later to state": the tagger took the infinitive for a noun
        if child.pos_ in ("VERB", "AUX") and (
            child.dep_ == "xcomp"
            or (child.dep_ == "advcl" and child.left_edge.lower_ == "to" and _right_after(verb, child.left_edge))
            or (child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))
            or (
                child.dep_ == "advcl"
                and verb.lemma_ in words().control
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                and (any(c.dep_ == "nsubj" for c in child.children) or _called_for_someone_to(verb, child))
            )
            or (child.dep_ == "advcl" and _infinitive_after_adverbials(verb, child))
        ):
            # (and "pleaded with the administration to reconsider", parsed as a clause of its own)
            return child
    lex = words()
    # a request to a party ("implored the council to act", "petitioned the mayor to close the road", GUIDE decisions 45,
    # 183, 804), whose object the parser may treat alike; not "called the police to report" nor "pressed the button to
    # start": a purpose after a call or a thing pressed
    requesting = verb.lemma_ in lex.directive | lex.obligating_directive and verb.lemma_ != "call"
    if verb.lemma_ in lex.forcing or requesting:
        # "forced the ferry to turn back": the parser may hang the infinitive on the object as its modifier, or make it
        # an adverbial clause right after the object ("forces the council to reopen the pool")
        for child in verb.children:
            if child.dep_ == "dobj" and child.i > verb.i and (verb.lemma_ in lex.forcing or _party(child)):
                on_object = next(
                    (g for g in child.children if g.dep_ == "acl" and g.i > child.i and _infinitive_to_first(g)), None
                )
                if on_object is not None:
                    return on_object
                return next(
                    (
                        g
                        for g in verb.children
                        if g.dep_ == "advcl" and g.left_edge.i == child.right_edge.i + 1 and _infinitive_to_first(g)
                    ),
                    None,
                )
    return None


# The dependents of a verb that may stand between it and its infinitive without being its object.
_ADVERBIAL_DEPS = frozenset(("prep", "npadvmod", "advmod", "punct"))


def _infinitive_after_adverbials(verb, clause) -> bool:
    """ "promised on Thursday to fight …", "vowed at a rally in the capital to punish …": a verb of the control table
    whose to-infinitive follows only its own adverbials (a time, a place, an occasion), which the parser then hangs on
    the verb as an adverbial clause; the table's frame governs it as it does "promised to fight". Not after an object
    ("offered him money to leave"), nor for verbs whose infinitive there may be a purpose (`purpose_prone_control_lemmas`), nor
    a passive ("are intended as a backup system to warn staff": the infinitive is the thing's use, not a party's aim)."""
    if verb.lemma_ not in words().control or verb.lemma_ in words().purpose_prone_control or not _infinitive_to_first(clause):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    between = [c for c in verb.children if verb.i < c.i < clause.i and c is not clause]
    if not between or any(c.dep_ not in _ADVERBIAL_DEPS for c in between):
        return False
    # (the adverbials fill the whole gap: nothing of another head's stands between the verb and the "to")
    covered = {t.i for c in between for t in c.subtree}
    return all(i in covered for i in range(verb.i + 1, clause.left_edge.i))


def _infinitive_to_first(clause) -> bool:
    """A clause opened by its own "to" ("to turn back")."""
    return clause.left_edge.lower_ == "to" and any(c.dep_ == "aux" and c.i == clause.left_edge.i for c in clause.children)


def _asked_for_or_appealed_to(verb):
    """The infinitive of "asked/pressed/pushed/appealed for X to" + verb (claims.json `happening_asked` for_lemmas, the
    "for" right after the verb) and of "appealed to X to" + verb (`appeal_prepositions`), else None. ("called for" and
    "called on", "pleaded with" are read as the control verbs they also are, but for a passive hung on the noun.)"""
    lex = words()
    doc = verb.doc
    if verb.lemma_ in lex.happening_asked_for_lemmas and verb.i + 1 < len(doc):
        after = doc[verb.i + 1]
        if after.lower_ == "for" and verb.i in (after.head.i, after.head.head.i):
            asked = asked_for_someone_to(verb, after)
            # (for "called for", only a passive the parser hung on the noun after "for", which the control reading
            # misses: "called for a fund to be set up")
            if verb.lemma_ != "call" or (asked is not None and asked.dep_ in ("acl", "relcl")):
                return asked
    if verb.lemma_ != "appeal":
        return None
    for prep in verb.children:
        if prep.dep_ in ("prep", "prt") and prep.lower_ in lex.appeal_prepositions["appeal"] and prep.i > verb.i:
            asked = [g for n in (prep, *prep.children) for g in n.children if g.i > prep.i]
            for clause in [*(c for c in verb.children if c.i > prep.i), *asked]:
                if clause.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp") and _infinitive_to_first(clause):
                    return clause
    return None


def _called_for_someone_to(verb, clause) -> bool:
    """ "Wheatley called for Fahie and Maynard to be afforded due process": the parser hangs the
    infinitive on "called" after the addressees it made the object of "for" (GUIDE decision 76: what was
    called for, a recommendation)."""
    if verb.lemma_ != "call":
        return False
    if any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
        return True  # ("called for the two officials to be given a hearing": "for" opens the clause)
    called = {"for"} | words().appeal_prepositions["call"]  # "called for", "called on/upon" (claims.json `appeal_prepositions`)
    return any(
        p.dep_ == "prep" and p.lower_ in called and p.i < clause.i and clause.left_edge.i == p.right_edge.i + 1
        for p in verb.children
    )


def _advocated_for_clause(verb):
    """The to-infinitive with its own subject that "for" opens after a verb of advocacy ("pushed for the porters to stay
    on", "asked for the inquiry to be reopened"; claims.json `advocacy_for_lemmas`): the parser makes the "for" the
    clause's mark, or a preposition whose object it ends right before the infinitive. None for "argued for a levy",
    "pushed to expand" (no "for" with a party) or "asked for help to pay rent" (a thing asked for, its purpose)."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp", "ccomp") or clause.i < verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in clause.children):
            continue
        # the subject the "for" opens must be a party that can act, or the clause a passive or a state ("for the law to
        # be changed"); "asked for privacy to grieve" asks for a thing, the infinitive the asker's own purpose
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) and any(
            (c.dep_ == "nsubj" and (_party(c) or clause.lemma_ == "be")) or c.dep_ == "nsubjpass" for c in clause.children
        ):
            return clause
        prep = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < clause.i), None)
        if (
            prep is not None
            and clause.left_edge.i == prep.right_edge.i + 1
            and any(g.dep_ == "pobj" and _party(g) for g in prep.children)
        ):
            return clause
    # ("asked for negotiations to be based on …": the parser hangs a passive infinitive on the thing asked for, which is
    # what is to be done to it; an active one there is its purpose, "asked for money to buy food")
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i < verb.i:
            continue
        for thing in prep.children:
            if thing.dep_ != "pobj":
                continue
            for clause in thing.children:
                if (
                    clause.dep_ == "acl"
                    and clause.tag_ == "VBN"
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                    and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in clause.children)
                ):
                    return clause
    return None


def _party(noun) -> bool:
    """A noun that names a party that can act: a name, a pronoun, a person's or a body's noun ("the porters", "the
    council"), not a thing ("help", "more time")."""
    lex = words()
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ in ("PROPN", "PRON")
        or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or lemma in lex.human
        or lemma in lex.agents
        or lemma in lex.public_roles
    )


def _infinitive_to(token) -> bool:
    """The "to" of an infinitive, also the "ta"/"na" the tokenizer splits off "gotta", "gonna",
    "wanna" ("You gotta give me a win": "got to", an obligation)."""
    return token.lower_ == "to" or (token.tag_ == "TO" and token.lower_ in ("ta", "na"))


def _right_after(verb, token) -> bool:
    """Does `token` follow the verb directly, or only after the verb's own subject ("Was this to find
    out …?", an inverted question)?"""
    if token.i == verb.i + 1:
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
    return subject is not None and subject.left_edge.i == verb.i + 1 and subject.right_edge.i + 1 == token.i


def _acomp(verb):
    for child in verb.children:
        # ("seems likely to retain power": the parser may make the adjective after a verb of seeming a predicate
        # complement, "oprd", GUIDE decision 692; only a frame of the table, "is likely/able to", not "seem determined
        # to", which the gold reads from the outer verb, decision 81)
        if child.dep_ == "oprd" and words().be_adjectives.get(child.lower_) != "possibility":
            continue
        if child.dep_ in ("acomp", "attr", "oprd") and child.lower_ in words().be_adjectives:
            # "is about to" frames only with its infinitive (GUIDE decision 129); "is about money" names no force
            if child.lower_ == "about" and not any(c.dep_ == "xcomp" for c in child.children):
                continue
            return child
    return None


_HOPE_FORMS = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}
# It lemmatises "hated", "hates" and "hating" as "hat" too (the only other verb of the stative, evaluative and
# undergone lists whose regular forms it cuts wrongly).
_HATE_FORMS = {"hated": "hate", "hates": "hate", "hating": "hate"}
# Wishes with a clause: "hope (that) …", "wish (that) …" (GUIDE decisions 27, 67: intention), and "pray for/that",
# read like them (decision 350).
_WISH_LEMMAS = frozenset(("hope", "wish", "pray"))


def _hoped(verb):
    """The verb of hope or wish whose clause `verb` heads ("we hope you have fun", "I hope he comes
    clean": the clause the attribution passed on), else None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i > verb.i or head.pos_ != "VERB":
        return None
    return head if _HOPE_FORMS.get(head.lower_, head.lemma_) in _WISH_LEMMAS else None


def _longing(verb) -> bool:
    """ "yearn for a quiet life", "dream of owning a boat", "long desperately for peace", "we dream that the ferry will
    sail again": a verb of longing with the preposition that takes what is longed for after it, with at most its own
    adverbs between, or "dream (that)" + a clause (GUIDE decisions 92, 837); also a present "long(s)" the tagger read as
    an adjective, adverb or noun at the root ("Voters long for change", "The farmer longs for rain"). Not "dreamed up a
    plan", nor a dream told as what someone saw asleep ("That night he dreamt of a flood", decision 837)."""
    lemma = "long" if verb.lower_ in ("long", "longs") else verb.lemma_
    prepositions = words().longing_prepositions.get(lemma)
    if prepositions is None:
        return False
    if verb.pos_ != "VERB" and not (
        lemma == "long"
        and verb.dep_ in ("ROOT", "conj")
        and verb.tag_ in ("JJ", "RB", "NNS")
        and not any(c.dep_ in ("cop", "aux", "auxpass") or c.lemma_ == "be" for c in verb.children)
    ):
        return False
    adverbs = [c for c in verb.children if c.dep_ == "advmod" and c.i > verb.i]
    wanted = None
    for c in (*verb.children, *(g for a in adverbs for g in a.children)):
        if c.dep_ == "prep" and c.lower_ in prepositions and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            between = verb.doc[verb.i + 1 : c.i]
            if all(any(t.i == a.i or t.is_ancestor(a) or a.is_ancestor(t) for a in adverbs) for t in between):
                wanted = c
        elif lemma == "dream" and c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX"):
            wanted = c
    if wanted is None:
        return False
    # ("that night", "every night", "in his sleep": a dream told as what was seen asleep)
    return not any(
        t.lemma_ in words().sleep_words for c in verb.children if c.i != wanted.i and c.dep_ != "punct" for t in c.subtree
    )


def _span_of_time(prep) -> bool:
    """ "prayed for an hour", "prayed for days": after "pray", a "for" phrase of how long, no wish's object (GUIDE
    decision 350: a prayer told as an act); "hope for a dry summer" and "pray for a peaceful Christmas" stay wishes."""
    if prep.head.lemma_ != "pray":
        return False
    return any(
        g.dep_ == "pobj"
        and g.lemma_ in words().duration_units
        and (g.lower_ != g.lemma_ or any(c.dep_ in ("det", "nummod") for c in g.children))
        for g in prep.children
    )


def _frame_noun(verb, xcomp):
    """ "has a duty to ensure", "do not have the right to keep", "it was his duty to report": a noun
    that frames its infinitive (GUIDE decision 15), as (force, infinitive); else None."""
    if verb.lemma_ == "have":
        for child in verb.children:
            if child.dep_ == "dobj" and (force := _frame_noun_force(child)) is not None:
                inner = _noun_infinitive(child) or _gerund_of(child)
                if inner is not None:
                    return force, inner
    elif verb.lemma_ == "be":
        if any(c.dep_ == "expl" for c in verb.children):
            # "There are plans to dredge the channel", "there is a chance to": an existential frame noun with its
            # holder unnamed, read like "has plans to" (GUIDE decision 707, which names only nouns of intention and
            # of chance or ability, `existential_frame_nouns`; a duty, a right or an authority after "there" is read
            # from the outer verb, like decision 240's impersonal frame)
            existential = words().existential_frame_nouns
            for child in verb.children:
                if (
                    child.dep_ == "attr"
                    and (child.lower_ in existential or child.lemma_.lower() in existential)
                    and (force := _frame_noun_force(child)) is not None
                ):
                    inner = _noun_infinitive(child)
                    if inner is not None:
                        return force, inner
        if xcomp is None:
            # "It is my duty as Governor to inform you": the infinitive the parser hung on "is" as an
            # adverbial clause, after a noun with its owner
            xcomp = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and _frame_noun_owner(verb) is not None
                ),
                None,
            )
        if xcomp is not None and any(c.lower_ == "to" for c in xcomp.children):
            for child in verb.children:
                if child.dep_ == "attr" and child.i < xcomp.i and (force := _frame_noun_force(child)) is not None:
                    return force, xcomp
    return None


def _frame_noun_force(noun) -> str | None:
    """The modality a frame noun (`frame_nouns`) gives its infinitive, else None: a singular frame not counted or
    compared ("has a duty to", not "had opportunities to", `_amount_of`), or a frame the lexicon writes in the plural,
    which is the frame's own form ("has plans to", GUIDE decision 289)."""
    frames = words().frame_nouns
    written, lemma = noun.lower_, noun.lemma_.lower()
    if written != lemma and written in frames and not _counted_or_compared(noun):
        return frames[written]
    if lemma in frames and not _amount_of(noun):
        return frames[lemma]
    return None


def _noun_infinitive(noun):
    """The to-infinitive the parser hung on a noun ("plans to open", "a duty to report"; also as its complement:
    "There are also plans to test …"), else None: a verb with "to" as its infinitive marker (also a passive's
    participle: "a duty to be informed"), not a relative clause opened by "to which" ("a plan to which residents
    object"), and not an infinitive that ends in a stranded preposition, an idiom of amount ("no plan to speak of")."""
    return next(
        (
            g
            for g in noun.children
            if g.dep_ in ("acl", "relcl", "xcomp")
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in g.children)
            and not _stranded_preposition(g)
        ),
        None,
    )


def _stranded_preposition(verb) -> bool:
    """A preposition of `verb` with no object of its own that ends the verb's clause ("to speak of")."""
    return any(c.dep_ == "prep" and c.i > verb.i and c.i == verb.right_edge.i and not any(c.children) for c in verb.children)


def _gerund_of(noun):
    """ "has the option of adjusting", "had no intention of running", "will have no chance of being settled": the gerund
    after "of" that a frame noun takes in place of its infinitive (GUIDE decisions 234, 289, 506); else None (not "of" +
    a noun phrase: "the power of speech", "little chance of success")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > noun.i:
            # (the tagger may take a passive gerund's participle for an adjective: "of being refunded")
            return next(
                (
                    g
                    for g in prep.children
                    if g.dep_ == "pcomp"
                    and (g.tag_ in ("VBG", "VBN") or any(a.dep_ == "auxpass" and a.lower_ == "being" for a in g.children))
                ),
                None,
            )
    return None


def _amount_of(noun) -> bool:
    """A frame noun counted or compared, not framing: "didn't always have opportunities to change", "has greater
    potential to impact" tell how much of it there is (the frame is singular: "has the potential to"), and so does a
    figure ("have a 30-60 per cent chance of dying": a likelihood measured, no party's ability)."""
    return noun.tag_ == "NNS" or _counted_or_compared(noun)


def _counted_or_compared(noun) -> bool:
    """A noun with a figure or a comparison of its own: "three plans to", "greater potential to"."""
    return any(
        g.tag_ in ("JJR", "RBR")
        or g.lower_ in ("more", "less")
        or (g.dep_ in ("compound", "nummod") and any(t.tag_ == "CD" or t.lower_ in ("%", "percent") for t in g.subtree))
        for g in noun.children
    )


_POSSESSIVE_PRONOUNS = {"my": "i", "our": "we", "his": "he", "her": "she", "their": "they", "your": "you"}


def _frame_noun_owner(verb):
    """ "It was his duty to report", "It is my duty as Governor to inform you": the owner of the duty
    a copula's noun names, who is bound by it; after an existential "there", the party a "by" phrase on the noun
    names as its holder ("There are plans by the council to close the depot", GUIDE decision 707); else None."""
    if verb.lemma_ != "be":
        return None
    existential = any(c.dep_ == "expl" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "attr" and child.lemma_.lower() in words().frame_nouns:
            owner = next((g for g in child.children if g.dep_ == "poss"), None)
            if owner is None and existential:
                by = next((g for g in child.children if g.dep_ == "prep" and g.lower_ == "by"), None)
                owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            return owner
    return None


def _adjective_infinitive(verb, adjective):
    """The "to" + verb a frame adjective governs ("is likely to change"), also where a parenthetical stands between them
    and the parser hung the infinitive on the linking verb ("is likely, however, to change"), else None."""
    framed = next((c for c in adjective.children if c.dep_ == "xcomp"), None)
    if framed is not None:
        return framed
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < adjective.i or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        between = verb.doc[adjective.i + 1 : c.left_edge.i]
        if between and between[0].text == "," and between[-1].text == "," and all(t.is_punct or t.pos_ == "ADV" for t in between):
            return c
    return None


def _frame(verb) -> tuple[str | None, object]:
    """The force of the frame the verb itself makes and the verb it governs: a noun that frames an
    infinitive ("has a duty to"), a wish ("hoped that"), "agreed to" a noun phrase, a request with its
    addressee ("urged X to"), a verb that controls a to-infinitive ("plans to", "has to"), "is
    required/expected to", "is able/likely to" (also after "prove", "seem" …), "is to", a directive
    with a bare verb ("recommends all individuals get"); (None, None) without one."""
    lex = words()
    xcomp = _xcomp(verb)
    lemma = _HOPE_FORMS.get(verb.lower_, verb.lemma_)
    noun = _frame_noun(verb, xcomp)
    if noun is not None:
        return noun
    if (
        lemma in _WISH_LEMMAS
        and verb.pos_ == "VERB"
        and any(
            c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1 and not _span_of_time(c))
            for c in verb.children
        )
    ):
        return "intention", None  # "hoped (that) the swap would …", "hope for funding" (GUIDE decision 27)
    if lemma in _EXPECTING_LEMMAS and verb.pos_ == "VERB" and xcomp is None and _wanted_object(verb):
        return "intention", None  # "I want a refund", "the team expects a hard game" (GUIDE decision 171)
    if _longing(verb):
        return "intention", None  # "yearn for a quiet life", "dream of owning a boat" (GUIDE decisions 92, 837)
    looked_forward = _looking_forward_to(verb)
    if looked_forward is not None:
        return "intention", looked_forward  # "We look forward to sharing the results" (GUIDE decision 57)
    asked = _asked_for_or_appealed_to(verb)
    if asked is not None:
        # "pushed for the porters to stay on", "appealed to the public to come forward": what is called for, a
        # recommendation read from its own verb (GUIDE decisions 76, 183, 748(a))
        return "recommendation", asked
    if lemma in ("agree", "commit") and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1 and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in verb.children
    ):
        return "obligation", None  # "agreed to a rescue", "committed to that timeline": the table's "agrees/commits to"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # ("felt compelled to": the parser may make a linking verb before the participle its auxiliary, GUIDE decision 257)
    # (read as an auxiliary, the linking verb may keep its form as its lemma: "felt")
    linked = verb.tag_ == "VBN" and any(
        c.dep_ == "aux"
        and c.i < verb.i
        and (c.lemma_ in words().linking_verbs or c.lower_ in words().linking_past_forms)
        and c.lemma_ != "be"
        for c in verb.children
    )
    if (
        (passive or linked)
        and verb.lower_ in lex.be_adjectives
        and not _phrasal_without_infinitive(verb, xcomp)
        and not _passive_without_frame(verb, xcomp)
    ):
        return lex.be_adjectives[verb.lower_], xcomp  # "is required to", "is expected to"
    if (
        (lemma in lex.directive or lemma in lex.obligating_directive)
        and xcomp is not None
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)
        and (passive or any(c.dep_ == "dobj" for c in verb.children))
        and not any(c.dep_ == "prt" for c in verb.children)  # "called in the design team to assess"
        # ("invited bids to build the bridge": a thing asked for, the infinitive its purpose; decision 331 is a party's)
        and not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.solicited for c in verb.children)
    ):
        # "begged lawmakers not to lose sight", "warned people to stay away": a request reported is a
        # recommendation (not "warned that …", which reports); "told/ordered X to", "was told to go"
        # an obligation (GUIDE decision 45).
        return ("obligation" if lemma in lex.obligating_directive else "recommendation"), xcomp
    advocated = _advocated_for_clause(verb) if lemma in lex.advocacy_for else None
    if advocated is not None:
        # "The union pushed for the porters to stay on", "asked for the inquiry to be reopened": what is asked for,
        # read like "called for X to" (GUIDE decisions 76, 748(a), 804)
        return "recommendation", advocated
    if lemma in lex.requiring and verb.pos_ == "VERB" and not passive and _required_party(verb) is not None:
        # "The law requires employers to register …", "requires that you look at …" (GUIDE decisions 57, 200;
        # "requires patience", "require vast computing power to train models": none)
        return "obligation", (xcomp if xcomp is not None and xcomp.i > verb.i else None)
    resolved = _resolve(verb, xcomp)
    if resolved is not None:
        return "intention", resolved  # "Klein sets out to answer …", "They seem intent on not antagonizing …"
    permitted = _permission(verb)
    if permitted is not None:
        return "possibility", permitted  # "Instagram lets you see …", "allowed researchers to gather" (GUIDE decision 45)
    if lemma in words().linking_verbs:
        adjective = _acomp(verb)
        framed = _adjective_infinitive(verb, adjective) if adjective is not None else None
        # "It’s possible/likely that Apple will …" is read from the outer verb (GUIDE decision 15), unlike "is likely to"
        that_clause = (
            adjective is not None
            and framed is None
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in (*verb.children, *adjective.children))
        )
        if adjective is not None and not that_clause and _adjective_frames(verb, adjective, framed):
            if _impersonal_possible(verb, adjective):
                return None, None  # "It is possible to reset it": read from the outer verb (GUIDE decision 240)
            return lex.be_adjectives[adjective.lower_], framed
    if verb.lemma_ == "be":
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if xcomp is None and subject is not None and subject.pos_ == "NOUN":
            # "My goal is for you to have a great time", "The plan is for the council to vote": the infinitive
            # with its own subject after "for", which the parser hangs on "is" as an adverbial clause, reads like
            # "the goal is to" (GUIDE decision 15)
            xcomp = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "advcl"
                    and c.left_edge.lower_ == "for"
                    and c.left_edge.i == verb.i + 1
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ),
                None,
            )
        if (
            xcomp is not None
            and any(c.lower_ == "to" for c in xcomp.children)
            and not any(
                c.dep_ in ("expl", "attr")
                or (c.dep_ == "acomp" and c.i < xcomp.i)
                or c.tag_ in ("WP", "WDT")
                or c.lower_ == "yet"
                for c in verb.children
            )
            # "The pattern is to operate …", "to pause is to surrender": what a way of acting
            # consists in, not what is to happen (GUIDE decisions 5, 15).
            and not (subject is not None and (subject.dep_ == "csubj" or subject.lemma_.lower() in lex.specification_nouns))
            # "It’s hard not to get …", "it’s best to listen …": an evaluation the parser hung on "is" when a
            # word stands between "it is" and the infinitive, not what is to happen ("It is to be launched")
            and not (subject is not None and subject.lower_ == "it" and xcomp.left_edge.i != verb.i + 1)
        ):
            # "Construction is to begin"; not "there is reason to wonder", "are yet to see", "it is
            # difficult to draw"
            return "intention", xcomp
        return None, None
    if xcomp is not None and any(c.dep_ == "aux" and _infinitive_to(c) for c in xcomp.children) and _decision_frame(verb):
        return "intention", xcomp  # "decided to reopen", "I’ve decided to try" (GUIDE decisions 76, 210)
    if (
        xcomp is not None
        and lemma in lex.control
        and any(c.dep_ == "aux" and _infinitive_to(c) for c in xcomp.children)
        # "go" is a frame only as "is going to": not "went to investigate", "have gone to the polls to vote".
        and (verb.lemma_ != "go" or verb.tag_ == "VBG")
        # "get" is a duty only as "have got to" ("We've got to right the ship", "what we got to do"); "I get
        # to be a role model" is a chance, no modal of the table
        and (verb.lemma_ != "get" or verb.tag_ in ("VBD", "VBN") or any(c.lemma_ == "have" for c in verb.children))
        # "has to", "is looking to": the infinitive right after the verb; not "had until Nov. 1 to
        # submit", "is looking to the private sector to develop"
        and (verb.lemma_ not in ("have", "look", "stand") or xcomp.left_edge.i == verb.i + 1)
        # "stands to gain" (GUIDE decision 138); not the narrated "the crowd stood to applaud", a purpose
        and (verb.lemma_ != "stand" or verb.tag_ in ("VBZ", "VBP", "VB"))
        and not _relation_idiom(verb, xcomp)
        # "called on/for X to …"; not "called in the design team to assess", a phrasal verb
        and (
            verb.lemma_ != "call"
            # (the parser may take the "on" of "has called on all parties to" for a particle)
            or any(
                c.dep_ in ("prep", "prt") and (c.lower_ == "for" or c.lower_ in lex.appeal_prepositions["call"])
                for c in verb.children
            )
            or any(c.dep_ == "mark" and c.lower_ == "for" for c in xcomp.children)  # ("called for the company to raise")
        )
    ):
        return lex.control[lemma], xcomp
    if advised_gerund(verb) is not None:
        return "recommendation", None  # "Dr. Moy suggests exfoliating once a week", "I recommend giving it a try"
    commands = verb.lemma_ in lex.mandative_commands
    if (verb.lemma_ in lex.subjunctive or commands) and any(
        c.dep_ == "ccomp" and _mandative_clause(c, verb, commands) for c in verb.children
    ):
        # "recommends all individuals get a flu vaccine", "suggested that the President change"; "ordered that the
        # city lift the ban", "demanded that every player attend": a command's clause is an obligation (decision 749)
        if verb.lemma_ == "have" and verb.tag_ not in ("VBZ", "VBP", "VBD", "VB"):
            return None, None
        return ("obligation" if commands else "recommendation"), None
    return None, None


def third_singular(subject) -> bool:
    """A subject a present verb agrees with in "-s": a singular noun or name ("the company", "the city"), or
    "he/she/it/this/that"; not a plural, "I/we/you/they" or an "and" pair. Its bare verb ("that the company pay") can
    only be mandative (GUIDE decisions 101, 749)."""
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "it", "this", "that", "one")
    if subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
        return False
    return subject.tag_ in ("NN", "NNP")


def _mandative_clause(clause, verb, commands: bool) -> bool:
    """A that-clause in the mandative form: a bare verb with no auxiliary ("that the President change"), or a passive
    with a bare "be" ("that the gates be locked"); after the past of a verb of command (claims.json
    `mandative_command_lemmas`) also a verb the tagger read as a present, which the past frame rules out as an
    indicative ("ordered that the city lift all restrictions", GUIDE decision 749), as does a perfect frame ("has ordered")
    or a singular subject ("that the company pay")."""
    auxiliaries = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VB" and not any(a.dep_ == "aux" for a in auxiliaries):
        return True
    if clause.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].lower_ == "be":
        return True
    if not commands or clause.tag_ != "VBP" or auxiliaries:
        return False
    # ("has ordered that the company pay": a singular subject's bare verb, or a perfect's, is no indicative either)
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return verb.tag_ == "VBD" or perfect or third_singular(subject)


def _relation_idiom(verb, xcomp) -> bool:
    """ "This may have to do with an old idea", "why it works might have to do with more than that": "have to do with"
    of a thing or a clause says what something concerns or stems from, no duty (the table's "has to" is a party's); a
    party's "We will have to do with less money" (make do) keeps it."""
    if verb.lemma_ != "have" or xcomp.lemma_ != "do" or any(c.dep_ == "dobj" for c in xcomp.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "with" and c.i == xcomp.i + 1 for c in xcomp.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    return subject is None or subject.dep_ == "csubj" or not _is_agent(subject)


# Endings of nouns naming a doer ("insurers", "applicants", "employees"): a party a rule can oblige.
_DOER_ENDINGS = ("er", "or", "ant", "ent", "ist", "ee", "ian")


def _required_party(verb):
    """Who a requiring verb obliges: the subject of its that-clause ("requires that insurers cover …"), or its object
    before a to-infinitive when that object can act ("requires employers to file", "required it to be financed");
    not a thing needed for a purpose ("requires precision to get good results"); else None."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return next((g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")), child)
    xcomp = _xcomp(verb)
    if xcomp is None or not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in xcomp.children):
        return None
    party = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
    if party is None:
        return None
    if verb.lemma_ in words().forcing:
        # "the flood forced the mill to close": whoever or whatever is made to act (GUIDE decision 257); not a noun of an
        # act or happening whose own infinitive follows ("forced a vote to remove the speaker", like "forced a fumble")
        return None if _names_an_act(party) else party
    lemma = party.lemma_.lower()
    lex = words()
    if party.pos_ in ("PRON", "PROPN") or _is_agent(party) or lemma in lex.people or lemma in lex.human:
        return party
    return party if party.pos_ == "NOUN" and lemma.endswith(_DOER_ENDINGS) else None


def _a_programme_or_thing(party) -> bool:
    """A named programme, product or other thing a rule requires to act ("requires Medicare to cover the test", "the Act
    required the Program to start paying", "requires Windows 11 to run"): no party (GUIDE decisions 12, 312): a
    well-known programme or product (claims.json `known_programmes`, `known_products`), a thing's noun heading the name
    (`thing_nouns`, capitalised or not) or a named thing (`_named_thing`)."""
    lex = words()
    name = " ".join(t.text for t in party.subtree if t.dep_ == "compound" or t is party)
    if name in lex.known_programmes or name in lex.known_products or party.text in lex.known_programmes:
        return True
    return party.lemma_.lower() in lex.thing_nouns or _named_thing(party)


def _wanted_object(verb) -> bool:
    """ "want/expect" with a thing as its object (GUIDE decision 171): a direct object, or a small clause of a
    participle whose subject is the thing wanted ("We don't want those trucks parked here", "want them working");
    not a that-clause ("expects that …", reported content) nor an infinitive (the table's "wants to")."""
    small_clause = False
    for child in verb.children:
        if child.dep_ in ("xcomp", "oprd"):
            return False
        if child.dep_ == "ccomp":
            if child.tag_ not in ("VBG", "VBN") or any(g.dep_ in ("mark", "aux", "auxpass") for g in child.children):
                return False
            small_clause = small_clause or any(g.dep_ == "nsubj" and g.i < child.i for g in child.children)
    return small_clause or any(c.dep_ == "dobj" for c in verb.children)


# Adverbial particles that make a phrasal verb of a participle ("was set up", "was forced out").
_PHRASAL_PARTICLES = frozenset(("up", "out", "off", "down", "away", "aside", "back"))


def _adjective_frames(verb, adjective, framed) -> bool:
    """Whether a linking verb's adjective of force frames an act: "is able to", "is committed to protecting", "It
    was not possible to verify" (the infinitive the parser hangs on "was"). Alone it names a state, no force of
    the table ("was only possible through …", "Checking accounts are often free", "Page was determined")."""
    if framed is not None:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "to" and c.i > adjective.i for c in adjective.children):
        return True
    if adjective.lower_ in words().ability_of_adjectives and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i > adjective.i and _gerund_after(c) for c in adjective.children
    ):
        # "are capable of learning", "is incapable of reforming": an ability frame (GUIDE decisions 187, 5); not "free
        # of shouting", which frames nothing
        return True
    if any(c.dep_ == "prep" and c.lower_ == "than" and c.i > adjective.i and _infinitive_after(c) for c in adjective.children):
        # "were 2.65 times more likely than people without cancer to go bankrupt": the parser hangs the infinitive on
        # the "than" of the comparison (GUIDE decision 623: the table's "is likely to")
        return True
    return any(
        c.dep_ == "xcomp" and c.i > adjective.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _gerund_after(prep) -> bool:
    """A gerund the preposition governs ("of learning")."""
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children)


def _infinitive_after(prep) -> bool:
    """A to-infinitive the preposition governs ("than people without cancer to go")."""
    return any(
        g.dep_ in ("pcomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children) for g in prep.children
    )


def _names_an_act(noun) -> bool:
    """ "a vote", "a decision", "a scramble", "the crash": a noun of an act or a happening (claims.json `forcing_act_nouns`,
    `habit_occasion` `happenings`), which no one can be made to carry out."""
    lex = words()
    lemma = noun.lemma_.lower()
    return lemma in lex.forcing_act_nouns or lemma in lex.occasion_happenings


# Adjectives that an impersonal "it" + "be" + to-infinitive reads from the outer verb (GUIDE decision 240).
_IMPERSONAL_ADJECTIVES = frozenset(("possible", "impossible"))


def _impersonal_possible(verb, adjective) -> bool:
    """ "It is possible to get rid of it", "It was not possible to verify the claim": an impersonal "it is possible to"
    + verb with a dummy "it" is read from the outer verb like "it is possible that …" (GUIDE decision 240: modality
    none); only a party or thing as subject ("the user is able to") makes an ability frame."""
    if adjective.lower_ not in _IMPERSONAL_ADJECTIVES:
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < verb.i for c in verb.children)


def _phrasal_without_infinitive(verb, xcomp) -> bool:
    """ "he was forced out of the company", "The charity was set up in 1990": a passive participle that a particle
    makes another verb (to expel, to found) and that frames no infinitive is an event, no duty or plan (GUIDE's
    table reads "is forced/set to"); a permission keeps its force ("Guests were allowed in")."""
    if xcomp is not None or words().be_adjectives[verb.lower_] == "possibility":
        return False
    return any(
        # (the parser may take the particle before "of" for a preposition: "forced out of the company")
        c.lower_ in _PHRASAL_PARTICLES and (c.dep_ == "prt" or (c.dep_ == "prep" and c.i == verb.i + 1))
        for c in verb.children
    )


# Participles of a schedule: "Sentencing is scheduled for Feb. 14" names a planned happening with no "to" + verb.
_SCHEDULE_PARTICIPLES = frozenset(("scheduled", "slated", "set", "due"))


def _passive_without_frame(verb, xcomp) -> bool:
    """ "The rise was widely expected", "An alternative was required", "Sex is determined by the chromosomes", "But she
    was determined.": a passive participle of the table's frames with no "to" + verb holds no frame (GUIDE decisions
    5, 399: "is expected/required to" + verb is the frame); a permission keeps its force ("Guests were allowed in",
    decision 45), and so do "committed to" + a gerund, a that-clause it governs ("It was expected that …") and a
    schedule with its time ("is scheduled/set for Feb. 14")."""
    if xcomp is not None or words().be_adjectives[verb.lower_] == "possibility":
        return False
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "prep" and child.lower_ == "to"):
            return False
        if (
            child.dep_ == "prep"
            and child.lower_ in ("for", "on")
            and child.i == verb.i + 1
            and verb.lower_ in _SCHEDULE_PARTICIPLES
        ):
            return False
    return True


def _resolve(verb, xcomp):
    """The action a frame of resolve governs (`resolve_frames`): "sets out to answer" (a phrasal verb
    and its to-infinitive), "is intent/bent on seizing" (an adjective, "on" and a gerund), else None."""
    lex = words()
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    if particle is not None and f"{verb.lemma_} {particle.lower_}" in lex.resolve_phrasal:
        if xcomp is None:
            # ("are gearing up to launch": the parser hangs the infinitive right after the particle as an adverbial clause)
            xcomp = next(
                (c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == particle.i + 1 and _infinitive_to_first(c)),
                None,
            )
        if xcomp is not None and any(c.dep_ == "aux" and _infinitive_to(c) for c in xcomp.children):
            return xcomp
    if verb.lemma_ not in words().linking_verbs:
        return None
    for adjective in verb.children:
        if adjective.dep_ in ("acomp", "oprd") and adjective.lower_ in lex.resolve_adjectives:
            for prep in adjective.children:
                if prep.dep_ == "prep" and prep.lower_ == "on":
                    gerund = next((g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                    if gerund is not None:
                        return gerund
    return None


def advised_gerund(verb):
    """ "Dr. Moy suggests exfoliating once a week", "I highly recommend giving one a try": the action a
    verb of advising (`advice_lemmas`) names as its gerund object, with no addressee (GUIDE: "is
    advised to" is a recommendation; decision 16: to whoever reads), else None. Not under the verb's
    own modal ("I can't recommend anyone jump", whose modal decides), nor in the passive."""
    if verb.lemma_ not in words().advice or verb.pos_ != "VERB":
        return None
    gerund = None
    for child in verb.children:
        if child.dep_ in ("auxpass", "dobj", "dative") or (child.dep_ == "aux" and child.tag_ == "MD"):
            return None
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG" and child.i > verb.i:
            gerund = child
    if gerund is None or any(c.dep_ in ("nsubj", "aux", "auxpass") for c in gerund.children):
        return None  # ("suggested the team is playing well", "recommends she keeps trying": a clause)
    return gerund


def _looking_forward_to(verb):
    """ "We look forward to sharing updates", "my team and I are looking forward to using …": the
    gerund a party looks forward to doing (GUIDE decision 57: intention), else None; not "looks
    forward to the summer", a noun."""
    if verb.lemma_ != "look" or not any(c.dep_ in ("advmod", "prt") and c.lower_ == "forward" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            return next((g for g in prep.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
    return None


def _permission(verb, under_its_modal: bool = False):
    """The clause a permission grants ("Instagram allows you to choose", "is now letting you listen",
    "allowed the researchers to gather"; GUIDE decision 45: possibility in any tense), else None. Not
    under the verb's own modal ("would allow X to", which `modality` reads by `under_its_modal` and the
    kind by its modal), not a hortative ("Let's go", "Let us focus") and not "allow for" a noun."""
    lex = words()
    enabling = verb.lemma_ == lex.enabling_frame["verb"]
    if (verb.lemma_ not in lex.permissions and not enabling) or verb.pos_ != "VERB":
        return None  # (claims.json `permission_lemmas`: the granting verbs and the "made it possible" frame)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if not under_its_modal and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    if enabling:
        return _made_possible(verb)
    for child in verb.children:
        if child.dep_ not in ("ccomp", "xcomp", "advcl") or child.pos_ not in ("VERB", "AUX") or child.i < verb.i:
            continue
        grantee = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < child.i), None)
        if grantee is None:
            # ("This enabled voters to toggle …": the parser may make the grantee the verb's object; and with a phrase
            # between them, "allow 300 more people, by one estimate, to apply", the infinitive a clause of its own)
            grantee = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < child.i), None)
        if grantee is None or grantee.lower_ in ("'s", "’s") or (grantee.lower_ == "us" and verb.lemma_ == "let"):
            return None  # (the hortative "Let's go", "Let us focus"; "allows us to craft" grants)
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        # (a passive infinitive: "allows the contents to be exchanged", "allowed them to be overlooked"; not a party
        # yielding to it, "does not let itself be spoilt", "allowed himself to be moved", no leave granted to another)
        passive = (
            child.tag_ == "VBN"
            and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in child.children)
            and not grantee.lower_.endswith(("self", "selves"))
        )
        if verb.lemma_ == "let" and child.lemma_ in lex.let_idioms:
            return None  # ("will let you know": an idiom, no permission)
        if to == (verb.lemma_ != "let") and (child.tag_ == "VB" or passive):
            return child
    return None


def _made_possible(verb):
    """The infinitive that "made it possible (for X) to" + verb opens ("This makes it possible for users to hide …",
    "will make it possible to trace …"): an enabling, read like "enabled X to" (GUIDE decision 711(a): possibility), else
    None. Not "It is possible to" with no "make", read from the outer verb (decision 240)."""
    for adjective in verb.children:
        if (
            adjective.lower_ != words().enabling_frame["adjective"]
            or adjective.dep_ not in ("ccomp", "oprd", "xcomp", "acomp")
            or adjective.i < verb.i
        ):
            continue
        if not any(c.lower_ == "it" and c.dep_ in ("nsubj", "dobj", "expl") for c in (*adjective.children, *verb.children)):
            continue
        return next(
            (
                c
                for c in adjective.children
                if c.dep_ in ("advcl", "xcomp", "ccomp")
                and c.pos_ in ("VERB", "AUX")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
    return None


_CLAUSE_BREAKS = frozenset((";", ":", "—", "–", "--"))


def imperative_frame(verb) -> bool:
    """An imperative whose verb frames an infinitive ("Expect to hear …", "According to LN, expect to hear …", "Plan to
    arrive early"): imperatives have no modality, whoever they address (GUIDE decision 18), so the frame's does not
    count. A bare verb with no subject, no modal and no infinitive marker of its own, opening its sentence or after a
    fronted phrase and its comma."""
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ != "ROOT":  # (VBP: the tagger's misread)
        return False
    if any(c.dep_ in SUBJECTS or (c.dep_ in ("aux", "auxpass") and c.lemma_ != "do") for c in verb.children):
        return False
    if _xcomp(verb) is None and _frame(verb)[0] is None:  # ("Expect prices to rise": the frame takes an object)
        return False
    start = _sentence_start(verb)
    # ("Just don't expect them to …": its own adverbs, "do" and "not" may open the sentence before it)
    lead = [t for t in verb.doc[start : verb.i] if t.head.i == verb.i and t.dep_ in ("advmod", "neg", "cc", "aux")]
    start += len(lead) if len(lead) == verb.i - start else 0
    return verb.i == start or (verb.i > start and verb.doc[verb.i - 1].text == ",")


def _imperative_lead_in(verb) -> bool:
    """An imperative opening its sentence ("Remember", "Don't get me wrong", "And do not get it twisted"): a bare verb
    with no subject and no auxiliary but "do". Before a colon it leads in to the statement after it (GUIDE decisions
    38 and 163: the lead-in is only a vocative or an imperative before a colon)."""
    if verb.tag_ != "VB" or any(c.dep_ in SUBJECTS or (c.dep_ in ("aux", "auxpass") and c.lemma_ != "do") for c in verb.children):
        return False
    opening = [t for t in verb.doc[_sentence_start(verb) : verb.left_edge.i] if not (t.is_punct or t.dep_ == "cc")]
    return not opening and verb.left_edge.i <= verb.i


def _after_colon_of(lead, clause) -> bool:
    """Whether a colon stands between the lead-in's verb `lead` and the verb of the clause after it."""
    return clause.i > lead.i and any(t.text == ":" for t in lead.doc[lead.i : clause.i])


def _correlative_consequent(verb):
    """The verb of the second half of a comparative correlative ("The bigger a skin cell is, the more moisture it can
    hold"): the first half only sets the measure, the second is the statement, whichever half the parser made the
    root (it hangs the second on the noun after "the more" as a relative clause)."""
    sent = verb.sent
    doc = verb.doc
    if len(sent) < 8 or (verb.i > sent.start + len(sent) // 2 and verb.dep_ != "ROOT"):
        return None  # (the cheap tests first: a statement past the first half is only the root of a second half)
    # (after a connective and its comma: "Conversely, the smaller a cell is, the less it can hold")
    first = next((k for k in range(min(5, len(sent) - 1)) if sent[k].lower_ == "the" and (k == 0 or sent[k - 1].text == ",")), -1)
    first = first if first <= 0 or sent[0].pos_ in ("ADV", "CCONJ", "ADP") else -1
    if first < 0 or len(sent) - first < 8 or sent[first].lower_ != "the" or sent[first + 1].tag_ not in ("JJR", "RBR"):
        return None
    for i in range(sent.start + first + 3, sent.end - 3):
        if doc[i].text == "," and doc[i + 1].lower_ == "the" and doc[i + 2].tag_ in ("JJR", "RBR"):
            if not _degree_halves(sent[first + 1], doc[i + 2]):
                return None
            consequent = _correlative_verb(doc[i + 3 : sent.end])
            if verb.i < i:
                return consequent
            # ("the closer the storm gets, the bigger the effects will be": the parser made the second half the root
            # and hung the first on it as a complement; the root is the statement, not the clause before the comma)
            return verb if consequent is not None and consequent.i == verb.i else None
    return None


def _degree_halves(first, second) -> bool:
    """Whether two halves opened by "the" + a comparative (`first`, `second`) are a comparative correlative, not two
    clauses contrasting two parties ("The richer countries have pledged billions, the poorer ones have not received
    any": the first clause decides, GUIDE decision 1): not where the second comparative describes "one(s)", nor where
    the first describes the subject of a verb with an object, complement or adjunct of its own after it (a whole
    clause, no measure: "The higher rates climb, the more …" has none)."""
    after = second.doc[second.i + 1] if second.i + 1 < len(second.doc) else None
    if after is not None and after.lower_ in ("one", "ones"):
        return False
    subject = first.head
    if first.dep_ != "amod" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return True
    clause = subject.head
    comma = second.i - 2  # (the comma before the second half's "the")
    return not any(
        clause.i < c.i < comma
        and c.dep_ in ("dobj", "attr", "acomp", "oprd", "prep", "advmod", "npadvmod", "ccomp", "xcomp", "agent")
        for c in clause.children
    )


def _correlative_verb(span):
    """The first verb of a correlative's second half `span` that is no auxiliary and stands in no relative clause with a
    relative pronoun or participle phrase after its noun ("the more homeowners who took out loans will struggle")."""
    skip_to = -1
    for t in span:
        if t.i <= skip_to:
            continue
        if (t.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP", "WP$") for c in t.subtree)) or (
            t.dep_ == "acl" and t.tag_ in ("VBG", "VBN")
        ):
            skip_to = t.right_edge.i
            continue
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
    return None


def writers_owed_saying(verb):
    """The verb of saying in the writer's "I have/'ve got/need to say, admit …" (GUIDE decision 130: a
    frame of the writer's own statement like "I must say", no duty), else None."""
    lex = words()
    if lex.control.get(verb.lemma_) != "obligation" or not any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children
    ):
        return None
    said = next(
        (c for c in verb.children if c.dep_ == "xcomp" and (c.lemma_ in lex.reporting or c.lemma_ in lex.own_words)), None
    )
    if said is None or said.i != verb.i + 2 or not any(a.dep_ == "aux" and a.lower_ == "to" for a in said.children):
        return None
    return said


# Tags of a verb or auxiliary with a tense: a clause of its own, not an absolute or participle phrase.
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _first_clause(verb):
    """A clause the parser hung as a complement on the verb of the clause after a semicolon, a colon
    or a dash ("The answer is not more hate; it is compassion."): the first clause is the statement
    (GUIDE decision 1). Else the verb itself (the very Token given)."""
    # (read once per verb and Doc: the modality, the polarity, the kind and the mood each ask for it)
    memo = doc_memo(verb.doc, "first_clause")
    found = memo.get(verb.i)
    if found is None:
        found = memo[verb.i] = _read_first_clause(verb).i
    return verb if found == verb.i else verb.doc[found]


def _read_first_clause(verb):
    after_condition = _statement_after_its_condition(verb)
    if after_condition is not None:
        return after_condition
    after_colon = _after_lead_in(verb)
    if after_colon is not None:
        return after_colon
    if _imperative_lead_in(verb):
        # "Remember: the store will close at noon": the clause after the imperative's colon
        stated = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and _after_colon_of(verb, c)), None)
        if stated is not None and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in stated.children):
            return stated
    consequent = _correlative_consequent(verb)
    if consequent is not None:
        return consequent
    for child in verb.children:
        if child.i > verb.i:
            break
        if child.dep_ not in ("ccomp", "parataxis", "advcl"):
            continue  # (the cheap test first: the two readers below ask for one of these)
        between = verb.doc[child.right_edge.i + 1 : verb.i]
        if (
            child.dep_ in ("ccomp", "parataxis")
            and not opens_as_adjunct(child)  # ("In declaring he has no part in it, they …": an adverbial clause)
            and not _announcement(child, verb)
            # ("And do not get it twisted: You're going to die …": an imperative before a colon leads in)
            and not (_imperative_lead_in(child) and _after_colon_of(child, verb))
            and writers_owed_saying(child) is None  # ("I've got to say, I'm impressed!": the statement follows)
            and (
                child.pos_ in ("VERB", "AUX")
                # "it’s deeply depressing to attend …: the future will be …" (the adjective heads its clause)
                or (child.pos_ == "ADJ" and any(c.dep_ == "aux" and c.pos_ == "AUX" for c in child.children))
            )
            and (
                any(t.text in _CLAUSE_BREAKS for t in between)
                # ("a mage is just an illusionist: they can't do much": the colon hung on the first clause)
                or child.right_edge.text in (":", ";")  # (not a dash: it closes a clause set in as an aside)
                or (
                    # two whole clauses spliced by a comma: each with its own subject ("The cause is under
                    # investigation, however reports do not indicate …"); not "That said, …"
                    # (the parser may give the comma to the first clause: "You can't eat it all, so it's time …";
                    # not a speech tag set in with commas, "The landers, he said, could …", which opens no sentence,
                    # nor an absolute phrase with no tense, "That being said, …")
                    (
                        any(t.text == "," for t in between)
                        or (
                            child.right_edge.text == ","
                            and child.left_edge.i == _sentence_start(child)
                            and any(t.tag_ in _FINITE_TAGS for t in (child, *child.children) if t.i <= child.i)
                            and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in child.children)
                        )
                    )
                    and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
                    and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
                    and not any(c.dep_ == "mark" for c in child.children)
                    and child.right_edge.i - child.left_edge.i >= 3
                    # ('After the storm, Lee recalls, "We had to leave."': a speech tag before the quotation it
                    # opens, whose words are the statement, GUIDE decision 2)
                    and not _tag_before_its_quote(child, between)
                )
            )
        ):
            return child
        if (
            # a negated imperative or one with its object opening the sentence before a comma ("Don't
            # worry, nobody is going to take it", "Let's not forget, …", "Try it, you might like it"): the
            # first clause (GUIDE decisions 1, 18); not a discourse word ("Look, we don't want war")
            child.dep_ == "advcl"
            and (
                _negated(child)
                or (child.lemma_ == "let" and any(c.dep_ == "ccomp" and _negated(c) for c in child.children))
                # an imperative with its object ("Try it, you might like it"); not one to the listener ("Trust me, …")
                or any(c.dep_ == "dobj" and c.lower_ not in ("me", "us") for c in child.children)
            )
            and child.tag_ == "VB"
            and child.left_edge.i == _sentence_start(child)
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") or (c.dep_ == "aux" and c.lower_ == "to") for c in child.children
            )
            and any(t.text == "," for t in between[:1])
        ):
            return child
    return _fronted_statement(verb)


def _tag_before_its_quote(clause, between) -> bool:
    """A clause of saying with no content of its own ("Lee recalls,") that opens the quotation after it."""
    return (
        clause.lemma_ in words().reporting
        and any(t.text in _QUOTE_CHARS for t in between)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in clause.children)
    )


# How the parser hangs a clause after a colon on the noun before it.
_CLAUSES_ON_A_NOUN = frozenset(("acl", "relcl", "appos", "parataxis", "ccomp", "conj", "dep", "advcl"))


def _after_lead_in(verb):
    """ "DEAR ABBY: My husband just bought tickets", "Report: People were seen wearing layers",
    "Brace yourself, fans: the team might not …": a sentence the parser rooted on a noun before a
    colon (an address, a label, a heading word) states the clause after the colon, a clause with a
    subject of its own (GUIDE decisions 38, 56). Else None; not a list's row without such a clause
    ("Jane Doe: possession of heroin, held in jail")."""
    if verb.dep_ != "ROOT":
        return None
    if verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children):
        # "There is only one question left: How shall we live?": the parser hung the clause after the colon on the
        # presentational noun (GUIDE decision 56)
        verb = next((c for c in verb.children if c.dep_ in ("attr", "nsubj", "dobj") and c.i > verb.i), verb)
    if verb.pos_ not in ("NOUN", "PROPN"):
        return None
    colon = next((c for c in verb.children if c.text == ":" and c.i > verb.i), None)
    if colon is None:
        return None
    for child in verb.children:
        if (
            child.i > colon.i
            and child.dep_ in _CLAUSES_ON_A_NOUN
            and child.pos_ in ("VERB", "AUX")
            and child.left_edge.i == colon.i + 1
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
        ):
            return child
    return None


def _announcement(clause, verb) -> bool:
    """ "there's a catch: You will never own …", "Here is the thing: nobody …": a presentational
    "there/here is" + a noun right before the colon only announces the clause after it (GUIDE
    decision 56), unlike a clause that states something before the colon (decision 68). So does a copular
    lead-in that only evaluates or points at what the colon introduces ("My method is simple: …", "The lesson
    was two-fold: …", "Our policy is this: …", decision 431)."""
    if clause.lemma_ != "be":
        return False
    if not any(c.dep_ == "expl" or (c.dep_ == "advmod" and c.lower_ == "here" and c.i < clause.i) for c in clause.children):
        return _evaluating_lead_in(clause, verb)
    # (the parser may take the noun after a typographic "’s" for an object: "There’s another question …:")
    noun = next((c for c in clause.children if c.dep_ in ("attr", "nsubj", "dobj") and c.i > clause.i), None)
    return noun is not None and noun.right_edge.i + 1 < verb.i and noun.doc[noun.right_edge.i + 1].text == ":"


# What a copular lead-in may hold besides its subject and its evaluating predicate: "The lesson learned, the aide
# noted, was two-fold:", "My rule is simple:" (GUIDE decision 431).
_LEAD_IN_PARTS = frozenset(("nsubj", "acomp", "attr", "punct", "advmod", "parataxis"))
_POINTING_WORDS = frozenset(("this", "these"))


def _evaluating_lead_in(clause, verb) -> bool:
    """ "My rule is simple: if …", "The lesson learned was two-fold: …", "The facts are these: …": a copular
    clause right before the colon whose subject names the thing the colon introduces (claims.json
    `lead_in_subject_nouns`) and whose only predicate is a bare adjective or a pointing word evaluates or points at
    what follows (GUIDE decision 431). Not "The problem is money: …" (a noun that says what the problem is), nor a
    thing talked about or a negated lead-in ("The old bridge is not safe: …", decision 68's full statement)."""
    doc = clause.doc
    # (the parser may hang the colon on the lead-in itself)
    colon = clause.right_edge.i if clause.right_edge.text == ":" else clause.right_edge.i + 1
    if colon >= verb.i or doc[colon].text != ":":
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.lemma_.lower() not in words().lead_in_subject_nouns:
        return False
    if any(c.dep_ not in _LEAD_IN_PARTS for c in clause.children):
        return False
    predicates = [c for c in clause.children if c.dep_ in ("acomp", "attr") and c.i > clause.i]
    if not predicates:
        return False
    words_after = doc[predicates[0].left_edge.i : colon].text.lower().replace(" ", "")
    if words_after in _POINTING_WORDS or words_after.endswith("fold"):
        return True  # ("two-fold", which the parser cuts in three)
    return len(predicates) == 1 and predicates[0].pos_ == "ADJ" and not list(predicates[0].children)


def _sentence_start(token) -> int:
    """The index of the sentence's first word (after an opening quote or bracket)."""
    i = token.sent.start
    while i < token.sent.end - 1 and token.doc[i].is_punct:
        i += 1
    return i


def _fronted_statement(verb):
    """ "As yet, there is no evidence …, the commission said": the statement before a saying verb
    that the parser hung on it as an adverbial clause or a conjunct instead of its content; else the
    verb itself."""
    if verb.lemma_ not in words().saying or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i or subject.left_edge.i == 0:
        return verb  # ("…, said the commission": the parser finds that content itself)
    for child in verb.children:
        if child.i >= subject.i:
            break
        if (
            child.dep_ in ("advcl", "conj")
            and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child.children)
            and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in child.children)
            and verb.doc[subject.left_edge.i - 1].text == ","
        ):
            return child
    # (the parser may hang the statement on the first word of the sentence: "As a law enforcement
    # agency …, operating a program is not feasible,” the spokesperson said")
    head = verb.doc[_sentence_start(verb)]
    if (
        head.dep_ == "prep"
        and head.head.i == verb.i
        and head.i >= verb.left_edge.i
        and verb.doc[subject.left_edge.i - 1].is_punct
    ):
        for child in head.children:
            if (
                child.dep_ == "conj"
                and child.pos_ in ("VERB", "AUX")
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child.children)
            ):
                return child
    return verb


def _cleft_clause(verb):
    """ "It was the mayor who never answered", "it was this pillow that left him not only tired …": the
    clause a cleft emphasises is the statement (GUIDE decision 46); else None. Only a clause whose
    subject is the "who/that" itself: not "It's a shame that he did not come", "It is true that …"
    (decision 15: the outer verb)."""
    if verb.lemma_ != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return None
    for attr in verb.children:
        if attr.dep_ != "attr" or attr.i < verb.i or _described_by_it(attr):
            continue
        for clause in (*attr.subtree, *verb.children):
            if (
                clause.dep_ in ("relcl", "ccomp")
                and clause.i > attr.i
                and (clause.head == verb or _focus_noun(clause.head, attr, who=_who_clause(clause)))
                and clause.pos_ in ("VERB", "AUX")
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in clause.children)
            ):
                return clause
    return None


def _focus_noun(noun, attr, who=False) -> bool:
    """The noun a cleft's clause may hang on: the focus itself, or a noun the parser reached from it through "of" only
    ("it was the efforts of a friend who spotted the car"); not one deeper in a phrase that describes the focus ("a term
    coined to describe germs that cannot be killed", "the first step on a path that would lead …"), whose clause is a
    relative clause of its own, not the statement."""
    for _ in range(4):  # (a few hops at most: "the efforts of one of the guards, not the warden, who …")
        if noun == attr:
            return True
        if noun.dep_ in ("appos", "conj") and noun.head.i >= attr.i:
            noun = noun.head  # ("it was the chairman, John Smith, who …", "it was the judge, not the jury, who …")
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and not (who and not _picks_a_party(noun.head.head)):
            noun = noun.head.head  # ("who" agrees with the of-object unless the noun before it is a party or a part of one:
            # "the efforts of a neighbour who never gave up" is no cleft; "one of the guards who …" is)
        else:
            return False
    return False


def _who_clause(clause) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children)


def _picks_a_party(noun) -> bool:
    """A noun "who" can stand for, or a part of a group ("one", "some", "a group of …")."""
    lex = words()
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.lemma_.lower() in (lex.cleft_focus_parties | lex.cleft_part_nouns)


def _contrasted_focus(verb) -> bool:
    """A cleft's focus set against another with "not" ("the judge, not the jury, who …", "the Senate, not the House,
    that …"): the "not" belongs to the contrast, and negates no verb."""
    return any(
        a.dep_ == "attr"
        and any(n.dep_ == "neg" for n in a.children)
        and any(c.dep_ in ("appos", "conj") and c.i > n.i for n in a.children if n.dep_ == "neg" for c in a.children)
        for a in verb.children
    )


def _described_by_it(attr) -> bool:
    """ "It's a bizarre, lovable world that can …", "it was an intense experience that required …": an indefinite noun
    with an adjective describes what "it" stands for, and its clause is a relative clause of the description, no cleft
    (the outer copula is read, GUIDE decision 15); a cleft's focus is a party or thing picked out ("it was the mayor
    who …")."""
    if not _indefinite(attr) or attr.lower_ == "one":
        return False
    if attr.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or attr.lemma_.lower() in words().cleft_focus_parties:
        return False  # (a party picked out: "it was a senior official who refused …", "it was a Chinese company that …")
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == "who" for t in attr.subtree):
        return False  # (a person picked out)
    return any(c.dep_ == "amod" and c.i < attr.i and c.lower_ in words().descriptive_adjectives for c in attr.children)


def _place_or_time_cleft(verb):
    """ "That's where you'll find more LEDs", "That's where FAST is really going to shine": the clause
    a "that's where/when" emphasises holds the statement's modality (GUIDE decision 46); else None."""
    if verb.lemma_ != "be" and verb.lower_ not in ("’s", "'s"):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it") and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in ("acomp", "attr") for c in verb.children):
        # "It's not clear when the mayor will leave", "It's unclear where they will go": the adjective judges the
        # clause, which is no complement of "is" (read from the outer verb, GUIDE decision 15)
        return None
    for clause in verb.children:
        if (
            clause.dep_ in ("advcl", "ccomp")
            and clause.i > verb.i
            and clause.pos_ in ("VERB", "AUX")
            and clause.left_edge.lower_ in ("where", "when")
        ):
            return clause
    return None


# Verbs of belief that pass their clause's modality, polarity and mood (GUIDE decision 42).
_BELIEF_LEMMAS = frozenset(("think", "know", "believe", "guess", "suppose"))
# Verbs of concluding and resolving, whose that-clause is the holder's judgement (GUIDE decision 165: "decided
# (that) they will return"; "decided to" + verb frames an intention, decision 76).
_CONCLUDING_LEMMAS = frozenset(("decide", "conclude", "determine", "resolve"))
# Verbs of finding out, whose clause is the content they report (GUIDE decisions 17, 26).
_FINDING_OUT_LEMMAS = frozenset(("find", "discover", "learn", "notice", "realize", "realise", "recognize", "recognise"))
_FRAMING_LEMMAS = _BELIEF_LEMMAS | _FINDING_OUT_LEMMAS | _CONCLUDING_LEMMAS


def _believed(verb):
    """ "I think the radiologist may have thought …", "we know that … you can often identify …": the
    clause a verb of belief governs (GUIDE decision 42), else None; not a negated belief ("I don't
    think that …", whose negation the claim keeps) nor a question's ("who knows whether …"). Also the
    clause of a speaker's own "I can tell you that …", "we can confirm that …" (`_own_saying`)."""
    if verb.lemma_ in ("be", "bear"):
        return _noted_clause(verb)
    if verb.pos_ != "VERB" or not (verb.lemma_ in _FRAMING_OR_SAYING_LEMMAS or verb.lemma_ in _OWED_FRAME_LEMMAS):
        return None  # (the lemma first: this is asked of every verb three times a claim)
    if _negated(verb):
        return None
    said = _own_saying(verb)
    if said is not None:
        return _stated_clause(said) or _clause_after_manner(said)
    if verb.lemma_ not in _FRAMING_LEMMAS:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # ("People will still know how many liked them": the belief's own modal)
    if _asks_who_holds_it(verb):
        return None  # "Who believes the fee will fall?": the outer verb is read, no clause passes (GUIDE decision 757)
    return _stated_clause(verb)


def _asks_who_holds_it(verb) -> bool:
    """ "Who believes the fee will fall?", "Who doesn't think the club will be relegated?": a question about who holds
    the belief, whose outer verb is read (GUIDE decision 757)."""
    return any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) and any(
        t.text == "?" for t in verb.doc[verb.i : max(t.i for t in verb.subtree) + 2]
    )


# The belief verbs whose negation frames a clause ("does not believe the strike will end"), no denial of it: decision
# 42's belief verbs but "know", whose negation ("does not know that …") states ignorance, not a held view.
_NEGATED_BELIEF_LEMMAS = _BELIEF_LEMMAS - {"know"}


def _negated_belief_clause(verb):
    """ "The port said it does not believe the strike will affect shipping", "he didn't think the foul was going to be
    a red card": the clause a negated belief frames, whose modality the frame passes like an unnegated one (GUIDE
    decision 287; the negation stays the frame's, read by `polarity`), else None. Not under the belief's own modal
    ("I wouldn't think …", a hedge) and not "know" ("I don't know that it will", a doubt rather than a belief)."""
    if verb.lemma_ not in _NEGATED_BELIEF_LEMMAS or verb.pos_ != "VERB" or not _negated(verb):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    if _asks_who_holds_it(verb):
        return None  # ("Who doesn't believe the fee will fall?": decision 757, as for an unnegated belief)
    return _stated_clause(verb)


def _noted_clause(verb):
    """ "It's worth noting that it isn't rare", "It is important to note the test did not …", "It bears mentioning
    that …": the writer's own frame of a statement, like "Note that …" (GUIDE decision 398); the clause after the verb
    of noting is the statement. Else None; not "It's important that the lid locks" (the adjective judges the clause)."""
    lex = words()
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children) or _negated(verb):
        return None
    if verb.lemma_ == "be":
        adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in lex.noting_adjectives), None)
        if adjective is None:
            return None
        heads = (verb, adjective)
    else:
        heads = (verb,)  # "It bears mentioning that …"
    noted = next(
        (c for h in heads for c in h.children if c.dep_ == "xcomp" and c.lemma_ in lex.noting_verbs and c.i > verb.i), None
    )
    if noted is None or (noted.lemma_ == "bear" and not any(c.lower_ == "mind" for c in noted.subtree)):
        return None
    return _stated_clause(noted)


# Verbs a speaker states with: "I can tell you that …", "we can confirm that …" (not "promise", "vow": undertakings).
_STATING_LEMMAS = frozenset(("say", "tell", "confirm", "state", "add", "note", "assure", "emphasise", "emphasize", "stress"))
# The lemmas `_believed` reads: a belief's, a finding's, a conclusion's, or a saying's (`_own_saying`: these, or "like to").
_FRAMING_OR_SAYING_LEMMAS = _FRAMING_LEMMAS | _STATING_LEMMAS | {"like"}
# The verbs of duty before the speaker's own words that `_own_saying` reads ("I have to / I've got to / I need to admit"),
# and the verbs of admitting under "must" ("I must confess"), which claims.json `own_words_lemmas` also lists (with "say").
_OWED_FRAME_LEMMAS = frozenset(("have", "get", "need", "gotta", "admit", "confess", "concede", "acknowledge"))


def _own_saying(verb):
    """ "I can tell you that our goal was never to upset anyone", "I can say with confidence that the U.S. does not
    control …", "I would like to emphasise that …": what the speaker is able or would like to say frames the
    speaker's own statement, like "I must say" (GUIDE decisions 25, 130): the clause's modality and polarity are the
    statement's, not the ability's or the wish's. The verb of saying, else None. Only "can/could" and "would like
    to" (what "we will say" announces is a plan) and only the first person (what others can say is reported)."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return None
    modals = words().modal_aux
    own = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    force = modals.get(own.lower_) if own is not None else None
    if verb.lemma_ in _STATING_LEMMAS and force == "possibility":
        return verb
    own_words = words().own_words
    if verb.lemma_ in own_words and force == "obligation":
        return verb  # "I must admit that …", "I must confess the plan failed": no duty (GUIDE decisions 130, 488(c))
    owed = writers_owed_saying(verb)
    if owed is not None and owed.lemma_ in own_words:
        # "I have to confess that the very idea …", "I've got to say that …": the speaker's own present words, which
        # oblige nobody; not "we have to tell them that …", a speech still ahead (decision 474)
        return owed
    said = _xcomp(verb)
    if verb.lemma_ == "like" and force == "intention" and said is not None and said.lemma_ in _STATING_LEMMAS:
        return said
    return None


def _clause_after_manner(verb):
    """ "I can say with confidence that the U.S. does not …": the that-clause the parser hung on the noun of the
    manner phrase between the verb and the clause (as a noun's content clause), else None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            for clause in noun.children:
                if (
                    clause.dep_ in ("acl", "ccomp")
                    and any(c.dep_ == "mark" and c.lower_ == "that" and c.i == noun.i + 1 for c in clause.children)
                    and any(c.dep_ in SUBJECTS for c in clause.children)
                ):
                    return clause
    return None


def _stated_clause(verb):
    """The finite clause with a subject that `verb` governs after it, not an indirect question; else None."""
    for child in verb.children:
        if (
            child.dep_ == "ccomp"
            and child.i > verb.i
            and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ in SUBJECTS for c in child.children)
            and not any((c.dep_ == "mark" and c.lower_ in ("if", "whether")) or c.tag_ in ("WRB", "WP") for c in child.children)
            and not _opened_by_a_question_word(child)
        ):
            return child
    return None


def _opened_by_a_question_word(clause) -> bool:
    """ "we know where the leak did not come from", "I know who she works for": an indirect question whose question
    word opens the clause but hangs lower, on a preposition left at the clause's end; its modals and negations do not
    pass (GUIDE decisions 134, 578(d)). Not a free relative that is the clause's subject ("what we need will come")."""
    if any(c.dep_ == "csubj" for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    # ("which door the thief did not come through", "whose side he was not on", the pied-piped "to whom she did not
    # send …": any question word before the clause's subject that hangs in the clause itself, not in an adverbial
    # clause of its own, "when it rains, it pours")
    # (sorted: the parser may hang the stranded word's object outside the clause's span, "where … come from")
    for token in sorted(clause.subtree, key=lambda t: t.i):
        if token.i >= subject.left_edge.i:
            return False
        if token.tag_ in ("WDT", "WP", "WP$", "WRB") and not any(
            a.dep_ in ("advcl", "relcl", "acl") for a in _ancestors_below(token, clause)
        ):
            return True
    return False


def _ancestors_below(token, top) -> list:
    """The heads from `token` up to `top` (not included), with `token` itself."""
    chain = []
    while token.i != top.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    return chain


# Modals that hedge a frame of speech or belief ("it could be argued that …", "one might think …"): possibility.
_HEDGING_MODALS = frozenset(("can", "ca", "could", "may", "might"))


def _seeming(verb) -> bool:
    """ "seem", and "appear" with what it seems ("appear that …", "appear to work", "appear calm"), not "appear in
    court" nor "appear to testify" (a showing up, and what it is for): verbs of seeming, which a "would" hedges (GUIDE
    decision 57's present "it would seem"); not "would have seemed" (what seemed so then, or would have: decision 162)."""
    lex = words()
    if verb.lemma_ not in lex.seeming or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    return verb.lemma_ != "appear" or any(
        c.dep_ in ("ccomp", "acomp", "attr", "oprd") or (c.dep_ == "xcomp" and c.lemma_ not in lex.appearance_acts)
        for c in verb.children
    )


# Verbs of belief a "would" hedges ("you'd think …", "few would argue that …"; GUIDE decision 307(b)).
_HEDGED_BELIEF_LEMMAS = frozenset(("think", "imagine", "believe", "suppose", "guess", "argue"))
# Verbs that report a known fact: "police can confirm that …" is news's way of saying "confirmed", no hedge.
_FACTIVE_REPORT_LEMMAS = frozenset(("confirm", "reveal", "report", "announce", "disclose", "verify"))


def hedged_frame_polarity(speech_verb, content) -> str | None:
    """ "It could be argued that …", "I might say, “…”", "they might think, ‘…’", "few would argue that …": speech or
    belief under a modal of ability or hedge reports nothing actually said or held, so the unit reads the frame
    (GUIDE decisions 139, 307(b), 332): modality possibility, polarity from the outer verb (returned), the clause's
    modals and negations not passed; None for any other frame. Not the speaker's own "I can tell you that …", "we can
    say that …" (decision 130: the speaker's statement, read from its clause) or a report of a known fact ("police can
    confirm that …"), nor a "would" of an imagined act ("You'd
    tell her …", decision 5), nor words quoted before their tag ("“Show me the map,” a driver can say": the quotation
    is the statement), nor a question ("can you tell I'm a fan?")."""
    modal = next((c for c in speech_verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    # (a modal takes the bare verb: "Can said the board will meet" names a Mr Can)
    # ("You’d think": the tagger may take the bare verb after "’d" for a present tense)
    if modal is None or speech_verb.tag_ not in ("VB", "VBN", "VBP") or content.i < speech_verb.i:
        return None
    if modal.lower_ not in _HEDGING_MODALS and not (
        modal.lower_ in _SUPPOSING_MODALS
        and (speech_verb.lemma_ in _HEDGED_BELIEF_LEMMAS or _speakers_own_would_say(speech_verb))
        and not _narrated(speech_verb)
    ):
        return None
    subject = next((c for c in speech_verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and speech_verb.dep_ == "conj":
        # ("We've spent days with it and can say that …": the subject of the verb it is joined to)
        subject = next((c for c in speech_verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if modal.lower_ in ("can", "ca", "could") and (
        (subject is not None and subject.lower_ in ("i", "we")) or speech_verb.lemma_ in _FACTIVE_REPORT_LEMMAS
    ):
        return None
    if subject is not None and modal.i < subject.i:
        return None  # an inverted modal asks
    if _negated(speech_verb) or (subject is not None and subject.lower_ in _NEGATIVE_PRONOUNS and _paired_correlative(subject)):
        return "negative"
    return "positive"


# The generic persons whose speech or belief a modal hedges in quoted words ("you could argue", "one might think":
# decisions 139, 307(b)), beside the speaker's own "I'd say" (676) and a party's supposed "the board would argue" (474).
_GENERIC_HEDGERS = frozenset(("you", "one"))


def quoted_hedge_polarity(tag_verb, content) -> str | None:
    """'"I would say the fee is fair," she said', '"I'd think the vote is close," he said': the quoted words' own verb
    of speech or belief under a hedging modal, whose clause the unit's reading reached through the tag, frames the
    statement as the writer's own "I'd say" does (GUIDE decision 676, refining 386): the hedge is read, `possibility`,
    polarity from the hedged verb (returned), the clause's modals and negations not passed. None where `content` lies
    outside quotation marks or the tag `tag_verb` inside them ("Lawyers said they would argue that …": indirect speech,
    whose "would" is a backshifted "will", decision 474), frames no clause with a subject of its own after it ('"I would
    say that, wouldn't I?"': a pronoun object and a tag question), is no verb of speech or belief ("This could mean the
    lake is older": a thing's import, read from its own modal), has no party nor generic person for its subject,
    is the speaker's own "I may add that …", "we can say that …" (decision 559(b): a modal of ability or permission, the
    clause decides) or is no hedged frame (`hedged_frame_polarity`)."""
    if content.lemma_ not in _HEDGED_BELIEF_LEMMAS and content.lemma_ not in words().saying:
        return None
    subject = next((c for c in content.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in _GENERIC_HEDGERS or _is_agent(subject)):
        return None
    modal = next((c for c in content.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is None or (subject.lower_ in _SPEAKER_PRONOUNS and modal.lower_ not in _SUPPOSING_MODALS):
        return None
    regions = quote_regions(text_of(content.doc))
    if not _in_regions(content, regions) or _in_regions(tag_verb, regions):
        return None
    # (or decision 624's pro-form "so" standing for the clause: '"I would think so," Lee said')
    clause = next(
        (
            c
            for c in content.children
            if c.i > content.i
            and (
                (c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass", "expl") and s.i < c.i for s in c.children))
                or (c.lower_ == "so" and c.dep_ in ("advmod", "dobj"))
            )
        ),
        None,
    )
    return hedged_frame_polarity(content, clause) if clause is not None else None


def _in_regions(token, regions) -> bool:
    return any(a <= token.idx < b for a, b in regions)


def _speakers_own_would_say(speech_verb) -> bool:
    """ "I'd say the season is not over", "we would say that …": the speaker's own "say" under "would" hedges what
    follows like "I'd guess" (GUIDE decision 386); not "I would have said" (what was not said, decision 162) nor
    another's "she'd say" (a supposed speech, decisions 84, 474)."""
    # ("I’d say": the tagger may take the bare verb after a typographic "’d" for a present tense)
    if speech_verb.lemma_ != "say" or speech_verb.tag_ not in ("VB", "VBP"):
        return False
    subject = next((c for c in speech_verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in _SPEAKER_PRONOUNS


def speech_ahead(speech_verb, content) -> bool:
    """ "Microsoft will insist that …", "Readers will recognize it as …", "An abuser would have said: …": a speech or
    belief verb under a modal that the modality table reads as intention ("will", "would", "'ll", "'d") names a speech
    still to be made or only supposed, no speech made (GUIDE decisions 84, 429, 474): no one's report. Not the generic
    "will tell you that …" (what riders say, told to any reader), not the speaker's own "I will say that …" (decision
    488(c)), not words quoted before their tag, nor a question ("Will you say that …?")."""
    modals = words().modal_aux
    modal = next((c for c in speech_verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is None or modals.get(modal.lower_) != "intention" or speech_verb.tag_ not in ("VB", "VBN", "VBP"):
        return False
    if content is None or content.i < speech_verb.i:
        return False
    if modal.lower_ in _SUPPOSING_MODALS and not _supposed_speech(speech_verb):
        return False  # a narrative "would" (decisions 107, 371, 452): "would later say that …" was said
    subject = next((c for c in speech_verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in _SPEAKER_PRONOUNS or modal.i < subject.i:
        return False
    return not any(c.dep_ in ("dobj", "dative") and c.lower_ in _READER_PRONOUNS for c in speech_verb.children)


# The speaker's own "I will say that …" (decision 488(c)) and the generic reader of "will tell you that …".
_SPEAKER_PRONOUNS = frozenset(("i", "we"))
_READER_PRONOUNS = frozenset(("you", "us"))
# "would" and "'d", which tell a supposed speech only in "would have said" or under a condition: otherwise they narrate.
_SUPPOSING_MODALS = frozenset(("would", "'d", "’d"))


def speech_ahead_reading(speech_verb) -> tuple[str, str] | None:
    """The modality and kind of a unit whose frame is a speech still ahead (`speech_ahead`: "Prosecutors will argue that
    …", "The union will announce that …"): the speech reports no content, so the clause's modality, polarity and kind do
    not pass (GUIDE decision 474); the outer modal gives the modality by the table and the speaker, as the one who will
    act, the kind (a specific party: commitment; a thing or a generic class: fact). None for a "would" of supposed
    speech ("would have said", "she'd say" under a condition), which decision 474 leaves to what the words quoted say."""
    modal = next((c for c in speech_verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is None or modal.lower_ in _SUPPOSING_MODALS:
        return None
    lex = words()
    subject = next((c for c in speech_verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in lex.non_source_nouns:
        return None  # ("Simple math will indicate that …": a thing that says nothing, the clause the writer's, decision 320)
    if _doer_named_after_by(speech_verb) is not None:
        # "The posts will be maintained by the archive at these handles:", "The result will be announced by the
        # council": the passive's "by" phrase names the one who will act, read as its active (GUIDE decision 840)
        return lex.modal_aux.get(modal.lower_, "intention"), "commitment"
    return lex.modal_aux.get(modal.lower_, "intention"), ("commitment" if _is_agent(subject) else "fact")


def _narrated(verb) -> bool:
    """ "Each spring she would think that …", "would later admit": a "would" a frequency adverbial or an adverb of what
    came later marks as past narration, habitual or future-in-the-past (GUIDE decisions 107, 371, 452; claims.json
    `narrative_would`): the belief was held, the speech made."""
    lex = words().narrative_would
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in lex["adverbs"]:
            return True
        if child.dep_ in ("npadvmod", "prep", "advmod") and any(
            t.dep_ == "det" and t.lower_ in lex["frequency_determiners"] for t in child.subtree
        ):
            return True
    return False


def _supposed_speech(speech_verb) -> bool:
    """ "A clerk would have said: …", "If she were smart, she'd say …": a "would" of supposed speech, the perfect of what
    was not said or a condition the speech hangs on; not the narrative "would later say" nor a habitual "would tell"
    (GUIDE decisions 107, 371, 452), whose speech was made."""
    if speech_verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in speech_verb.children):
        return True
    conditions = words().condition_marks
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in c.children) for c in speech_verb.children
    )


def asked_modality(content, speech_verb) -> str | None:
    """ "Gates did not say whether the review will result in …", "She asked whether the city could pay": an
    indirect question a speech verb governs reports no content, and the question's own modals do not pass
    (GUIDE decision 134): the speech verb's own modal ("none" without one); None where the content is no
    question. Only "whether" (and "if" after a verb that asks): "said if X, Y would …" states a condition."""
    if content is None or content.i == speech_verb.i or content.head.i != speech_verb.i or content.dep_ != "ccomp":
        return None
    whether = any(
        c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and speech_verb.lemma_ in words().asking))
        for c in content.children
    )
    # "announced how much capital banks should hold", "did not say when …": a question word opening the clause
    # (not a free relative as the clause's subject: "said what we need will come")
    wh = (
        content.left_edge.tag_ in ("WRB", "WP", "WDT", "WP$")
        and content.left_edge.lower_ != "that"  # (the parser may tag a that-clause's "that" WDT: "estimates that could be")
        and content.left_edge.i > speech_verb.i
        and not any(c.dep_ == "csubj" for c in content.children)
    )
    if not (whether or wh):
        return None
    modals = words().modal_aux
    own = next((c for c in speech_verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    return modals.get(own.lower_, modals.get(own.lemma_, "none")) if own is not None else "none"


def wondering_held(speech_verb) -> bool:
    """ "The engineers wondered whether the beam would hold", "Some wonder why the mill closed": a verb of wondering
    (claims.json `wondering_lemmas`) over an indirect question (`asked_modality`) tells a state of mind, kind fact in any
    tense (GUIDE decision 578(c)), not the asking that happened nor the question's content. Not a wondering with no
    question ("wondered about the noise", "wondered at the size of it"); not one told as spoken ("wondered aloud
    whether", "wondered in a letter why", "wondered to reporters why", or a bare "Another wondered why" listing one more
    comment after others quoted: decision 134's reported question) nor one placed
    at a given moment ("On Monday she wondered whether …", "When the lights went out, she wondered whether …": a
    happening then, decision 267)."""
    lex = words()
    if speech_verb.lemma_ not in lex.wondering_verbs:
        return False
    if not any(c.dep_ == "ccomp" and asked_modality(c, speech_verb) is not None for c in speech_verb.children):
        return False  # ("wondered about the strange noise": no question, 578(c) does not reach it)
    told = lex.wondering_told
    for child in speech_verb.children:
        if child.dep_ == "advmod" and child.lower_ in lex.spoken_wondering_adverbs:
            return False  # ("wondered aloud", "wondered out loud")
        if child.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in told["moment_clause_marks"] for m in child.children
        ):
            return False  # ("When the lights went out, she wondered whether …")
        if _dated_modifier(child):
            return False  # ("wondered Tuesday whether …", "At the meeting on Monday, she wondered whether …")
        objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" else []
        if child.lower_ in told["setting_preps"] and any(o.lemma_.lower() in lex.put_it_wording_settings for o in objects):
            return False  # ("wondered in a letter why", "wondered on Twitter whether", "wondered at a briefing")
        if child.lower_ in told["audience_preps"] and any(_is_agent(o) for o in objects):
            return False  # ("wondered to reporters why", "wondered to her aides whether")
        if child.dep_ == "nsubj" and child.lower_ in told["listing_subjects"] and not list(child.children):
            return False  # ("One user quipped … Another wondered why …": one more of the comments being listed)
    return True


def _dated_modifier(child) -> bool:
    """Whether a verb's modifier places it at a date or time: a DATE or TIME noun phrase ("Tuesday", "this week") or a
    phrase holding one ("on Monday", "at the meeting on Monday", "at 3 p.m."); not a stretch it lasted ("for years",
    "over the decades": `_stretch_of_time`)."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in ("DATE", "TIME")
    if child.dep_ != "prep" or _stretch_of_time(child):
        return False
    return any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)


def asked_in_the_past(content, speech_verb) -> bool:
    """Whether an indirect question (`asked_modality`) is the asking or the refusal to tell that happened (GUIDE decision
    134: kind event): a verb that asks ("asked what I would do", "She inquired why …", "You've asked me what …"; a
    wondering only when told as spoken or at a moment, `wondering_held`) or a
    negated speech verb ("did not reveal how", "would not say whether"), told in the past; not "told the jury how …"
    or "said whether …", which report, nor a question quoted after the verb ("asked him, “What do you see …?”")."""
    if speech_verb.lemma_ not in words().asking_verbs and not _negated(speech_verb):
        return False
    if any(t.text in _QUOTE_CHARS for t in speech_verb.doc[speech_verb.i + 1 : content.left_edge.i + 1]):
        return False
    return _told_in_the_past(speech_verb)


_QUOTE_CHARS = frozenset(('"', "“", "”", "‘", "’", "'", "«", "»"))


def _told_in_the_past(verb) -> bool:
    """Whether a speech verb is told as a past happening: "asked", "had asked", "was asked", "have asked me", "did not
    say", "would not reveal" (a refusal told in the past); not "asks", "will ask", "may wonder"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" and not (c.lower_ == "would" and _negated(verb)) for c in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(c.lemma_ == "have" or c.tag_ == "VBD" for c in auxes)
    return verb.tag_ == "VB" and any(c.lower_ in ("did", "would") for c in auxes)


def modality(verb) -> str:
    lex = words()
    if _hoped(verb) is not None:
        return "intention"  # what is hoped or wished for (GUIDE decision 67), whatever its own verb
    verb = _first_clause(verb)
    verb = _clause_hung_on_a_noun(verb) or verb
    believed = _believed(verb) or _negated_belief_clause(verb)
    if believed is not None:
        return modality(believed)
    if speech_withheld(verb):
        return "none"  # "would not comment": the past of willing, no frame of the table (GUIDE decision 673)
    if imperative_frame(verb):
        return "none"  # "Expect to hear the band's hits", "Plan to arrive early" (GUIDE decision 18)
    if _appraisal_idiom(verb):
        return "none"  # "You have to admire …", "You gotta love …": an appraisal that obliges nobody (GUIDE decision 216)
    cleft = _cleft_clause(verb) or _place_or_time_cleft(verb)
    if cleft is not None and not any(c.tag_ == "MD" for c in verb.children):
        verb = cleft  # ("It would be the court that decides": the outer modal)
    if verb.tag_ == "MD" and verb.lower_ in lex.modal_aux:
        return lex.modal_aux[verb.lower_]  # "Japan ought to open …": the modal heads the clause
    modal = None
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.tag_ != "MD":
            # "I could get used to it", "they might get hurt": the parser hangs the modal on the get-passive's "get";
            # and on the passive's "be" when an adverbial stands between it and the participle ("These rises can be in
            # part explained by …"). Any other non-modal auxiliary is safe too: a modal hung under it is the clause's
            # own ("could have been"), since a modal never heads an auxiliary of another clause
            child = next((g for g in child.children if g.dep_ == "aux" and g.tag_ == "MD"), child)
        if (
            child.dep_ == "aux"
            and child.lower_ == "need"
            and child.i + 1 < len(child.doc)
            and child.doc[child.i + 1].dep_ == "neg"
        ):
            # "One need not deny …", "I needn’t have worried": the modal "need", which the tagger may take for a
            # present tense; only negated (an unnegated "need" takes "to", a frame)
            modal = lex.modal_aux["need"]
            break
        if child.dep_ in ("aux", "auxpass") and (child.tag_ == "MD" or (child.lower_ == "’d" and verb.tag_ == "VB")):
            # ("It’d seem": the tagger may take a typographic "’d" before a bare verb for punctuation)
            if _had_contracted(child, verb):
                continue  # "They’d just been fired", "She’d gone home": the "’d" of "had", no modal
            modal = lex.modal_aux.get(child.lower_, lex.modal_aux.get(child.lemma_))
            if child.lower_ in _SUPPOSING_MODALS and _seeming(verb):
                modal = "possibility"  # "it would seem that …", "they would appear to": a hedge (GUIDE decision 57)
            break
        if child.dep_ == "nsubj" and verb.tag_ in ("VB", "VBP") and modal is None:
            # "I’d like to", "We’d rather": the parser may hang a contracted modal with a typographic
            # apostrophe on the subject (as punctuation); before a bare verb it is "would" ("’d" before
            # a participle is "had").
            contracted = next((g for g in child.children if g.i == child.i + 1 and g.lower_ in ("’d", "’ll")), None)
            if contracted is not None:
                modal = lex.modal_aux[contracted.lower_]
    if (
        verb.tag_ in ("VB", "VBP")
        and any(c.lower_ == "better" and c.i == verb.i - 1 for c in verb.children)
        and (modal is None or (verb.i >= 2 and verb.doc[verb.i - 2].lower_ in ("'d", "’d", "had")))
    ):
        return "recommendation"  # "you (had) better make that the first line", "he'd better pay": "should"
    if modal == "intention" and _permission(verb, under_its_modal=True) is not None:
        # "The plan would allow 300 families to apply", "the deal will let carriers fly": the permission is the inner,
        # more specific frame under "will/would" (GUIDE decisions 429, 711(a): "would enable X to" → possibility)
        return "possibility"
    frame, inner = _frame(verb)
    # Stacked frames: the inner, more specific one decides ("is going to have to" is an obligation,
    # "wants to be able to" a possibility; GUIDE decision 15).
    for _ in range(3):
        if inner is None or (frame is not None and _permission(inner) is not None):
            break  # ("implore you to allow X to", "would have to let it": the asking or the duty decides)
        if frame is not None and _HOPE_FORMS.get(inner.lower_, inner.lemma_) in _WISH_LEMMAS:
            break  # ("called on the faithful to pray for peace": the asking decides; a wish is no more specific force)
        inner_frame, inner = _frame(inner)
        if inner_frame not in (None, "none"):
            frame = inner_frame
    if frame == "none":
        return modal or "none"
    # A frame under "will/would" or "may/might/can/could" is the inner, more specific force ("would
    # have to", "may want to", "might need to"; GUIDE decision 15); "should/must" keep theirs ("should
    # not be forced to" is a recommendation).
    if modal in (None, "intention", "possibility") and frame:
        return frame
    if modal in ("recommendation", "obligation") and frame == "possibility":
        # "I should be able to just say …", "resistance must not be allowed to harden": an ability or a
        # permission is the inner, more specific frame under "should/must" too (GUIDE decision 15; the
        # gold of 159 and 192); a duty under them keeps the outer force ("should not be forced to")
        return frame
    if (
        modal in ("recommendation", "obligation")
        and lex.control.get(verb.lemma_) == "intention"
        and verb.lemma_ != "expect"
        and _xcomp(verb) is not None
    ):
        # "You should aim to pay off all debt", "we must plan to": the party's aim is the inner, more specific
        # frame (GUIDE decisions 15, 114); "expect" forecasts rather than wills ("you should expect to pay
        # full price" stays advice)
        return "intention"
    return modal or "none"


def _had_contracted(aux, verb) -> bool:
    """A contracted "’d" the tagger took for "would" before a past participle with no "have" or bare "be" after it
    ("They’d just been fired", "She’d gone home"): the perfect's "had" ("I’d be glad", "we’d have gone" are "would")."""
    return (
        aux.lower_ in ("'d", "’d")
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") and (c.lemma_ == "have" or c.tag_ == "VB") for c in verb.children)
    )


_NEGATIONS = frozenset(("not", "n't", "n’t", "never"))


def _elliptic_or_titled(negation) -> bool:
    """ "If not, …", "whether or not": a negation standing for a clause left out; "Not" in a title
    ("played “We’re Not Gonna Take It”"): no negation of the statement. Also "No. 7", "No.12": the abbreviation of
    "number" (`_number_sign`), no word of the polarity list."""
    if _number_sign(negation) or _no_matter(negation):
        return True
    doc = negation.doc
    before = doc[negation.i - 1] if negation.i > 0 else None
    if before is not None and before.lower_ in ("if", "whether"):
        return True
    if before is not None and before.lower_ == "or":
        # "whether it rains or not", "like it or not": a clause left out; not "can sell the land or not renew the
        # lease", where the "not" negates the verb that follows it (decision 640)
        return not (negation.head.i > negation.i and negation.head.pos_ in ("VERB", "AUX"))
    return negation.text == "Not" and before is not None and not before.is_sent_start and not before.is_punct


# The words that open the clause after a concessive "no matter" ("no matter how/what/who/whether …").
_NO_MATTER_OPENERS = frozenset(("how", "what", "who", "whom", "whose", "which", "where", "when", "whether", "why", "if"))


def _no_matter(token) -> bool:
    """ "No matter how hard the rain falls, …": the "no" of a concessive "no matter" + wh-word, which belongs to that
    subordinate clause and negates no statement (GUIDE decision 546(b))."""
    doc = token.doc
    return (
        token.lower_ == "no"
        and token.i + 2 < len(doc)
        and doc[token.i + 1].lower_ == "matter"
        and (
            doc[token.i + 2].lower_ in _NO_MATTER_OPENERS
            or (
                # the elliptical form, "No matter the cost, …", "…, no matter the outcome.": a determiner after "matter",
                # the phrase opening the sentence or set off after a comma or dash
                doc[token.i + 2].tag_ in ("DT", "PRP$")
                and (token.is_sent_start or token.i == 0 or doc[token.i - 1].text in (",", "—", "–", "-", "(", ";", "“", '"'))
            )
        )
    )


def _number_sign(token) -> bool:
    """ "No. 16, 186 yards, par 3: …", "climbed to No. 3": "No" with its period before a numeral is the abbreviation of
    "number", not the listed "no" (GUIDE's polarity list, decision 8: the word, read literally, is "number")."""
    doc = token.doc
    if token.lower_ not in ("no", "no.") or token.text[0] != "N":
        return False
    after = token.i + 1
    if token.lower_ == "no":
        if after >= len(doc) or doc[after].text != ".":
            return False
        after += 1
    # a figure in the same sentence: "No. Two terms are enough" answers, then a new sentence spells out its number
    return after < len(doc) and doc[after].text[:1].isdigit() and not doc[after].is_sent_start


def _negated(token) -> bool:
    for child in token.children:
        # (The parser may take "n’t" with a typographic apostrophe for punctuation.)
        if (
            (child.dep_ == "neg" or child.lower_ in _NEGATIONS)
            and not _elliptic_or_titled(child)
            and not _contraction_of_another_clause(child, token)
        ):
            return True
        if child.dep_ in ("acomp", "oprd") and (
            child.lower_ in words().negative_adjectives or any(g.dep_ == "neg" for g in child.children)
        ):
            return True  # "was unable to", "pleaded not guilty"
        # (an object complement only after a linking verb, where the frame gives the modality: not "ruled him
        # ineligible to run", "was declared ineligible to stand", whose ruling or declaration is the statement)
        if (
            (child.dep_ == "acomp" or (child.dep_ == "oprd" and token.lemma_ in words().linking_frame_lemmas))
            and child.lower_ in words().negative_frame_adjectives
            and (framed := _adjective_infinitive(token, child)) is not None
            and any(a.lower_ == "to" for a in framed.children)
        ):
            return True  # "are unlikely to fill", "was ineligible to run" (GUIDE decision 829)
        if child.dep_ == "advmod" and child.lower_ in ("longer", "doubt") and any(g.lower_ == "no" for g in child.children):
            return True  # "no longer", "is no doubt having" (GUIDE decision 8: the word list literally)
        if (
            child.dep_ == "advmod"
            and child.i < token.i
            and any(g.dep_ == "neg" and not _elliptic_or_titled(g) for g in child.children)
        ):
            # "Never before has wealth been …", "Not surprisingly, the shares fell" (GUIDE decision 32: literal);
            # not "No matter what happened, …" (decision 546(b))
            return True
        if child.dep_ in SUBJECTS and child.i < token.i and any(_opening_negated_adverb(g) for g in child.children):
            return True  # "Not surprisingly fibrosis can …": the parser hung the sentence adverb on the subject
        if (
            child.dep_ in ("aux", "auxpass")
            and child.i < token.i
            and any(g.lower_ in ("n’t", "n't") and g.i == child.i + 1 for g in child.children)
        ):
            return True  # "He wasn’t kidding": the parser hung the typographic "n’t" on the auxiliary
        if child.dep_ in ("aux", "auxpass") and child.i < token.i and any(_no_longer(g) for g in child.children):
            return True  # "Firms are no longer just talking": the parser hung "no longer" on the auxiliary
        if child.dep_ in ("aux", "auxpass") and child.i < token.i and _stray_negation_after(child):
            return True
    return False


def _contraction_of_another_clause(negation, verb) -> bool:
    """ "It was something I couldn’t unsee", "systems that looked random even though they weren’t": the parser may take
    a "n’t" with a typographic apostrophe for punctuation and hang it on the main verb, far from the word it is written
    on; when that word is neither the verb nor one of its auxiliaries, the "n’t" belongs to that word's own clause (a
    relative or subordinate one, GUIDE decisions 39, 82), not to the statement."""
    doc = negation.doc
    if negation.dep_ == "neg" or negation.lower_ not in ("n’t", "n't") or negation.i == 0:
        return False
    written_on = doc[negation.i - 1]
    if negation.i + 2 < len(doc) and doc[negation.i + 1].pos_ == "PRON" and doc[negation.i + 2].text == "?":
        return False  # ("you stole it, didn’t you?": a question tag, read literally, decision 310)
    return written_on.i != verb.i and not (written_on.head.i == verb.i and written_on.dep_ in ("aux", "auxpass"))


def _opening_negated_adverb(adverb) -> bool:
    """ "Not surprisingly", "Not unexpectedly" opening the sentence: an adverb before its head with a "not" of its own
    as the sentence's first word (a quotation mark aside), which negates the statement (GUIDE decision 32: literal)."""
    if adverb.dep_ != "advmod" or adverb.pos_ != "ADV" or adverb.i > adverb.head.i:
        return False
    negation = next((g for g in adverb.children if g.dep_ == "neg" and g.lower_ in _NEGATIONS and g.i < adverb.i), None)
    if negation is None:
        return False
    sent = negation.sent
    return all(t.is_punct for t in negation.doc[sent.start : negation.i])


def _stray_negation_after(aux) -> bool:
    """ "The forms did not, for instance, describe any acts": a "not" or "never" right after the verb's own auxiliary
    negates the verb wherever the parser hung it (here on the subject, when an aside splits it from the verb)."""
    doc = aux.doc
    after = doc[aux.i + 1] if aux.i + 1 < len(doc) else None
    return (
        after is not None
        and after.dep_ == "neg"
        and after.lower_ in _NEGATIONS
        and after.head.i != aux.head.i
        and not _elliptic_or_titled(after)
    )


def _no_longer(token) -> bool:
    """ "no longer" (GUIDE's polarity list), "longer" with its "no"."""
    return token.dep_ == "advmod" and token.lower_ == "longer" and any(g.lower_ == "no" for g in token.children)


_RESTRICTING_ADVERBS = frozenset(("just", "only", "merely", "simply", "solely"))


def _negated_phrase(verb) -> bool:
    """A negated phrase of the verb's own that a contrast or a restriction keeps in the statement: "lies not just in
    technology, but in better governance", "is told not by the diplomats, but by their children", "happen every
    November - not just on Diwali" (GUIDE decisions 32, 98: literal). An appended contrast after a comma without
    either ("is by pounds, not by value") is read by _appended_contrast (decision 186: negative too)."""
    # (and of the verb its complement governs: "The first step was to reframe security not as a constraint, but as
    # an enabler", GUIDE decision 229; the parser may hang the "but" on the outer verb)
    xcomp = _xcomp(verb)
    governed = [verb] if xcomp is None else [verb, xcomp]
    heads = [*governed, *(c for h in governed for c in h.children if c.dep_ in ("npadvmod", "advmod"))]
    for phrase in (c for h in heads for c in h.children if c.dep_ in ("prep", "agent", "advcl")):
        if phrase.dep_ == "advcl" and not (_contrasted_purpose(phrase) or _negated_reason(phrase)):
            continue
        # (the parser hangs "not" as the phrase's negation or its preconjunct, and "just" on either; or, after the
        # preposition, as the preconjunct of its object: "goes to not just research but also to training")
        negation = next(
            (g for g in phrase.children if g.dep_ in ("neg", "preconj") and g.lower_ == "not" and g.i < phrase.i), None
        )
        objects = [g for g in phrase.children if g.dep_ == "pobj"] if negation is None else []
        negation = negation or next(
            (
                g
                # (or on the restricting adverb: "goes to not merely research but also to training")
                for o in objects
                for h in [o, *(r for r in o.children if r.lower_ in _RESTRICTING_ADVERBS)]
                for g in h.children
                if g.dep_ in ("preconj", "neg") and g.lower_ == "not" and phrase.i < g.i < o.i
            ),
            None,
        )
        if negation is None:
            continue
        restricted = any(
            g.lower_ in _RESTRICTING_ADVERBS and negation.i < g.i and (g.i < phrase.i or g.head.i == negation.i)
            for g in [*phrase.children, *negation.children]
        )
        contrasted = any(
            c.dep_ == "cc" and c.lower_ == "but" and c.i > phrase.i
            for c in [
                *phrase.children,
                *phrase.head.children,
                *(verb.children if phrase.head is not verb else ()),
                *(g for o in objects for g in o.children),
            ]
        )
        if restricted or contrasted:
            return True
    return False


# The links an appended contrast may hang by under the main verb: its objects, complements and adjuncts and their
# appositions and conjuncts; not a subject, nor a relative or other subordinate clause (GUIDE decisions 39, 82).
_CONTRAST_LINKS = frozenset(
    ("prep", "pobj", "dobj", "attr", "appos", "conj", "amod", "acomp", "npadvmod", "advmod", "oprd", "dative")
)
_CONTRAST_DASHES = frozenset((",", "—", "–", "-", "--"))
# An appended contrast may also hang under the infinitive or gerund the main clause governs as its complement, whose
# negation counts (GUIDE decisions 39, 229): "is about the board wanting to cut costs, not about whether …".
_APPENDED_CONTRAST_LINKS = _CONTRAST_LINKS | frozenset(("xcomp", "pcomp"))


def _subordinating_preposition(prep) -> bool:
    if prep.lower_ == "of" and (
        prep.head.lower_ in ("instead", "because", "regardless")
        or any(c.lower_ in ("instead", "because", "regardless") for c in prep.children)
    ):
        return True  # ("Instead of agreeing to …", which the parser may hang as "of" with "instead" below it)
    return prep.lower_ in words().subordinating_prepositions


_NOT_NEVER = frozenset(("not", "never"))
_NOT_NEVER_LONGER = frozenset(("not", "never", "longer"))
_NEITHER_NO = frozenset(("neither", "no"))


def _word_in_subtree_span(verb, lowers: frozenset[str]) -> bool:
    """Whether a token whose lowercase form is in `lowers` lies between the left and the right edge of `verb`'s subtree
    (where every token of the subtree lies). The readers below walk a claim's whole subtree for a "not", "never",
    "neither" or "no", which most claims lack: this answers from the indices of those words, found once per Doc
    (`doc_memo`), and bisected."""
    memo = doc_memo(verb.doc, "word indices")
    found = memo.get(lowers)
    if found is None:
        # (each token's lowercase form, read once for every set of words asked: a Token is made at each read)
        lowered = memo.get("lowered")
        if lowered is None:
            lowered = memo["lowered"] = [t.lower_ for t in verb.doc]
        found = memo[lowers] = [i for i, low in enumerate(lowered) if low in lowers]
    k = bisect_left(found, verb.left_edge.i)
    return k < len(found) and found[k] <= verb.right_edge.i


def _appended_contrast(verb) -> bool:
    """ "The fraud is on the court, not on me", "We care about external quality, not internal quality", "through the
    prism of generations, not years", "is by exposure and persuasion, not by trying to silence them": a "not" after a
    comma or dash that negates a phrase of the main clause's own (an object, a complement, an adjunct) is an appended
    contrast, `negative` (GUIDE decision 186: literal, like decisions 32, 98). Not "not least" (an "especially"), nor a
    verb's negation ("– not knowing what we'd find –", "not including the tax credit": a clause of its own), nor one
    inside a subject, a relative or a subordinate clause (decisions 39, 82)."""
    doc = verb.doc
    if not _word_in_subtree_span(verb, _NOT_NEVER_LONGER):
        return False
    for token in verb.subtree:
        if token.i == 0 or token.i + 1 >= len(doc):
            continue
        if token.lower_ == "no" and doc[token.i + 1].lower_ == "longer" and doc[token.i - 1].text in _CONTRAST_DASHES:
            # ("…, no longer checking papers": the parser hangs "no" on "longer")
            if _negated_appended_participle(doc[token.i + 1].head, verb, token):
                return True
            continue
        if token.lower_ not in ("not", "never") or token.dep_ not in ("neg", "preconj", "advmod"):
            continue
        if token.head.i == verb.i:
            continue
        if doc[token.i - 1].text in _CONTRAST_DASHES and _negated_appended_participle(token.head, verb, token):
            return True
        if not ((token.lower_ == "not" and doc[token.i - 1].text in _CONTRAST_DASHES) or _opened_by_but(token, verb)):
            continue  # ("…—but never as stars": "never" only after the "but")
        if token.head.pos_ in ("VERB", "AUX"):
            # "the tires are skidding, not rolling": a verb joined to the main verb with no subject, auxiliary or
            # object of its own is the contrast's other predicate
            if _bare_verb_conjunct(token.head, verb):
                return True
            # "bought it because they wanted it, not because they needed it": a reason set against another
            if _negated_reason(token.head) and _adverbial_of(token.head, verb):
                return True
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "least":
            continue  # "…, not least in higher education": "especially", no contrast
        if _comparison_after_a_noun(token.head, token):
            continue
        node = token.head
        if _apposed_to_the_subject_across_the_verb(node, verb):
            return True
        # (only a bare "…, not X" closing the sentence: "…, but not lung cancer" after a relative clause is more often an
        # exception inside it; and not inside a noun's content clause, decision 39)
        closing = doc[token.i - 1].text in _CONTRAST_DASHES and _closes_the_sentence(token.head)
        # (the parser may hang the phrase after "but" on the "but" itself)
        while node.i != verb.i and node.head.i != node.i:
            if not (
                node.dep_ in _APPENDED_CONTRAST_LINKS
                or _but_of_a_contrast(node)
                or (
                    closing
                    and node.dep_ in _CLAUSES_CLOSING_THE_PREDICATE
                    and node.i > verb.i
                    and not _content_clause_of_a_noun(node)
                    and _contrast_of_the_whole_clause(token.head, node, verb)
                )
            ):
                break
            if node.dep_ == "pcomp" and _subordinating_preposition(node.head) and not _governs_a_complement(node.head, verb):
                break  # ("Despite pledging to protect jobs, not profits, the company laid off …": a subordinate clause)
            node = node.head
        if node.i == verb.i:
            return True
    return False


# The clauses that may close the main clause's predicate, on whose last word the parser hangs a contrast appended
# after them ("became a place to meet friends, not merely a place to buy bread", "came as he stood over the ball, not
# during his swing").
_CLAUSES_CLOSING_THE_PREDICATE = frozenset(("relcl", "acl", "advcl"))


def _contrast_of_the_whole_clause(contrast, clause, verb) -> bool:
    """The "…, not X" the parser hangs inside a clause closing the predicate is set against the clause as a whole, a
    part of the main clause (GUIDE decision 186), not against a word inside it (decisions 39, 82: "enrolled patients
    who received the vaccine, not a placebo", "rose because investors expected a cut, not a hike" stay positive).
    After a relative or infinitive clause: a noun phrase parallel to the noun the clause modifies ("a place to meet
    friends, not merely a place to buy bread": the same noun, or one with its own clause), or the focus of a cleft
    ("It is the fans' willingness … that keeps tickets dear, not the wages"). After an adverbial clause: a phrase headed
    by a preposition or conjunction ("came as the runners lined up, not during the race"), no noun or adverb of the
    clause ("when prices fell sharply, not slightly")."""
    if clause.dep_ == "advcl":
        return contrast.pos_ in ("ADP", "SCONJ")
    if contrast.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return False  # ("nurses who can start now, not later": two adverbs of the relative clause)
    # (the parser may hang "not" on the clause's last noun and the contrast as its apposition: "a way for us to improve
    # our service—not merely a vehicle for us to talk about it")
    phrases = [contrast] + [c for c in contrast.children if c.dep_ in ("appos", "conj") and c.i > contrast.i]
    for phrase in phrases:
        if phrase.lemma_.lower() == clause.head.lemma_.lower() or (
            _infinitive(clause) and any(c.dep_ in ("relcl", "acl", "advcl") and _infinitive(c) for c in phrase.children)
        ):
            return True
    return verb.lemma_ == "be" and any(c.dep_ in SUBJECTS and c.lower_ == "it" for c in verb.children)


def _infinitive(clause) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _content_clause_of_a_noun(clause) -> bool:
    """ "a believer that software is a craft", "the view the cure works": a finite clause under a noun whose subject is
    no relative word states the noun's content (the parser hangs it as a relative clause); unlike a relative clause
    ("a place to meet friends", "the workers who built it"), it is no part of the main clause's predicate."""
    finite = clause.tag_ in ("VBZ", "VBP", "VBD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in clause.children
    )
    return (
        clause.dep_ in ("relcl", "acl")
        and finite
        and any(c.dep_ in SUBJECTS and c.tag_ not in ("WDT", "WP", "WP$") for c in clause.children)
    )


def _appended_with_no_phrase(verb) -> bool:
    """ "removed the army's chiefs — with no explanation", "can join a course, with no prior training, and …": a verbless
    "with no" + noun phrase set off by a comma or dash after the main clause is an adverbial phrase of that clause,
    `negative` (GUIDE decisions 186, 912). The phrase may hang under the main verb's complement ("allows printers to
    deliver …, with no added costs"). Where the parser hangs it on a noun instead, it counts only when it closes the
    sentence and cannot describe that noun alone: the noun is the last of a list ("25 pianists, 13 violinists and eight
    cellists, with no women") or an aside set off before it (decision 593's test). Not "an office with no windows" (no
    comma: a noun's modifier, decision 39), nor a "with" absolute clause, whose noun has a participle of its own ("…,
    with no one answering the door", "…, with no costs built in": decision 912); a verbless "…, with no end in sight"
    stays decision 593's appended phrase."""
    if not _word_in_subtree_span(verb, _NEGATIVE_DETS):
        return False
    doc = verb.doc
    for no in verb.subtree:
        if no.lower_ != "no" or no.dep_ != "det" or no.head.dep_ != "pobj":
            continue
        noun, with_ = no.head, no.head.head
        if with_.lower_ != "with" or with_.i < verb.i or doc[with_.i - 1].text not in _CONTRAST_DASHES:
            continue
        if _absolute_predicate(noun) or _inside_brackets(with_, verb):
            continue
        if not _hung_under(with_, verb, _APPENDED_CONTRAST_LINKS | _COMPLEMENT_CLAUSE_LINKS):
            continue
        if (
            with_.head.i == verb.i  # (the claim's head, also a verbless one: "Thanks for …, with no …")
            or with_.head.pos_ in ("VERB", "AUX")
            or (_closes_the_sentence(with_) and _listed_or_set_off(with_.head))
        ):
            return True
    return False


def _listed_or_set_off(noun) -> bool:
    """Is the noun one of a list ("12 pianists, nine violinists and four cellists") or an aside in apposition ("the
    managers — his oldest friends —"): a noun a phrase appended after the list or aside cannot describe alone?"""
    return noun.dep_ in ("conj", "appos") or any(c.dep_ == "conj" for c in noun.children)


# A clause the main verb takes as its complement ("allows printers to deliver …"), which an appended phrase may hang
# under (GUIDE decision 186).
_COMPLEMENT_CLAUSE_LINKS = frozenset(("ccomp", "xcomp"))


def _inside_brackets(token, verb) -> bool:
    """Is the token inside a bracket opened after the verb ("Instagram (photos and a bio, with no videos): …"): an aside
    on a noun, no phrase of the clause?"""
    between = token.doc[verb.i + 1 : token.i].text
    return between.count("(") > between.count(")")


def _absolute_predicate(noun) -> bool:
    """Does the noun after "with" have a participle of its own after it ("no costs built in", "no one at the desk
    answering calls"), making the phrase an absolute clause (GUIDE decision 912: a subject of its own and a participle)?
    A bare adverb or phrase after the noun ("no one around", "no end in sight") makes no clause: decision 593's verbless
    "not a bus in sight"."""
    # (the parser may take the participle for a noun's modifier: "no one at the desk answering calls")
    return any(c.i > noun.i and c.tag_ in ("VBN", "VBG") and c.dep_ not in ("relcl", "pcomp") for c in noun.subtree)


def _closes_the_sentence(phrase) -> bool:
    """Nothing but punctuation follows the phrase in its sentence: a contrast appended at the very end, "…, not years."
    (not one set off inside the sentence, "the firm that sells tea, not coffee, is …")."""
    sentence = phrase.sent
    last = max(t.i for t in phrase.subtree)
    return all(t.is_punct for t in sentence.doc[last + 1 : sentence.end])


def _apposed_to_the_subject_across_the_verb(node, verb) -> bool:
    """ "Their interest is in the prices, not the brands, that …": a negated phrase after the verb that the parser hung
    as an apposition of the subject before it. No apposition stands apart from its noun across the verb: the phrase is
    set against a part of the predicate, decision 186's appended contrast."""
    subject = node.head
    return (
        node.dep_ == "appos" and node.i > verb.i and subject.dep_ in SUBJECTS and subject.head.i == verb.i and subject.i < verb.i
    )


_COORDINATORS = frozenset(("and", "but", "or", "yet"))
_COMPLEMENTS = frozenset(("acomp", "attr", "oprd"))


def _negated_second_conjunct(verb) -> bool:
    """ "The soup was hot but not salty", "can read the label and not just the barcode", "were over 40 and not yet in
    menopause", "has won fans, and not just for its price": a listed negation right after "and", "but", "or" or "yet"
    that negates a second complement, object or adjunct of the main clause's own (GUIDE decisions 526, 186: negative),
    or a second verb phrase sharing the main verb's auxiliary ("Members can use the hall and not sign the book",
    decision 640; "had stayed … but never played", decision 702; the copula's "are complex and not always understood").
    Not a second predicate with a finite verb or auxiliary of its own ("saved time but did not cut costs", "came and
    never left": decision 1's first clause), nor one inside a subject, a relative or a subordinate clause (decision 39)."""
    doc = verb.doc
    if not _word_in_subtree_span(verb, _NOT_NEVER):
        return False
    for token in verb.subtree:
        if token.lower_ not in ("not", "never") or token.dep_ not in ("neg", "preconj", "advmod") or token.i == 0:
            continue
        if not _after_a_coordinator(token) or token.head.i == verb.i or _elliptic_or_titled(token):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "least":
            continue  # "and not least …": "especially", no contrast
        if token.head.pos_ in ("VERB", "AUX") and not (token.head.dep_ == "conj" and token.head.head.dep_ in _COMPLEMENTS):
            # (a participle joined to an adjective complement is a second complement: "were older than fifty and not
            # yet retired")
            if _verb_phrase_sharing_the_auxiliary(token.head, verb):
                return True
            continue
        if _hung_under(token.head, verb, _CONTRAST_LINKS) and not _in_a_nouns_modifier(token.head, verb):
            return True
    return False


def _after_a_coordinator(negation) -> bool:
    """ "but not", "and, crucially, not", "but still not": a coordinator before the negation, with at most a few adverbs
    and commas between them (decisions 526, 640, 702 read the same second conjunct with an adverb in front)."""
    doc = negation.doc
    i = negation.i - 1
    while i > 0 and negation.i - i <= 4 and (doc[i].text == "," or (doc[i].dep_ == "advmod" and doc[i].pos_ == "ADV")):
        i -= 1
    return i >= 0 and doc[i].lower_ in _COORDINATORS


_NOUN_MODIFIER_LINKS = frozenset(("amod", "compound", "nmod", "poss", "nummod"))


def _in_a_nouns_modifier(node, verb) -> bool:
    """ "reported a small but not insignificant rise": a negation in a phrase that describes a noun (an adjective,
    compound or possessive on it) does not count (GUIDE decision 39's noun modifier), whatever links the noun to the
    verb. Not an adjective after the head noun of a verbless piece ("5G... close but not yet"), which the parser hangs
    on the noun but which says what the piece states of it."""
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in _NOUN_MODIFIER_LINKS and not (
            node.head.i == verb.i and verb.pos_ not in ("VERB", "AUX") and node.i > verb.i
        ):
            return True
        node = node.head
    return False


def _hung_under(node, verb, links, also=None) -> bool:
    """Whether `node` is `verb` or hangs under it by `links` only (a phrase of the verb's own clause); `also`, a test
    that lets a node by another link through (a complement clause the word stands outside of)."""
    while node.i != verb.i and (node.dep_ in links or (also is not None and also(node))) and node.head.i != node.i:
        node = node.head
    return node.i == verb.i


def _verb_phrase_sharing_the_auxiliary(other, verb) -> bool:
    """Is `other` a verb phrase joined to `verb` with no subject or auxiliary of its own that shares `verb`'s
    auxiliary or modal ("can use … and not sign": a bare verb; "had stayed … but never played", "was fined and not
    jailed": a participle) or its copula ("are complex and not always understood")?"""
    if other.dep_ != "conj" or other.head.i != verb.i:
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in other.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxiliaries:
        return verb.lemma_ == "be" and other.tag_ == "VBN"
    if any(a.tag_ == "MD" or a.lemma_ == "do" for a in auxiliaries):
        return other.tag_ == "VB"
    if verb.tag_ == "VBG" and not any(a.dep_ == "auxpass" for a in auxiliaries):
        # a progressive "is expanding … and not cutting" shares its "be" with a second "-ing" form (decision 640);
        # a past after it has a finite form of its own ("was growing and never slipped", decision 1)
        return other.tag_ == "VBG"
    if not any(a.dep_ == "auxpass" or a.lemma_ == "have" for a in auxiliaries):
        return False  # decision 702 reads a participle only under a perfect or a passive
    # decision 702: a past that can be a participle ("worked", "won", "sold"), not one that can only be finite ("went")
    return other.tag_ == "VBN" or (other.tag_ == "VBD" and other.lemma_.lower() not in words().past_unlike_participle)


def _but_of_a_contrast(token) -> bool:
    return token.dep_ == "cc" and token.lower_ in ("but", "yet")


# The links by which a phrase of the main clause's own hangs under its verb: its subject, objects, complements and
# adjuncts, their numbers and conjuncts, and the infinitive or gerund it governs; not a relative or other subordinate
# clause (GUIDE decisions 39, 82, 259).
_PHRASE_LINKS = _CONTRAST_LINKS | frozenset(
    ("nsubj", "nsubjpass", "nummod", "quantmod", "det", "neg", "preconj", "cc", "pcomp", "xcomp")
)
_BOUNDING_COMPARATIVES = frozenset(("more", "fewer", "less"))


def _opened_by_but(negation, verb) -> bool:
    """ "…—but never as actual stars", "…—but not many", "…, but unlike his rival not quite in the right places": a
    "but" or "yet" after a comma or dash that opens the phrase holding the negation, an appended contrast like a bare
    "…, not X" (GUIDE decisions 98, 186). The phrase is the negation's head or one of its heads up to the verb, and
    the "but" stands right before it or as its own conjunction."""
    doc = negation.doc
    node = negation.head
    while True:
        first = node.left_edge
        opener = first if first.lower_ in ("but", "yet") else (doc[first.i - 1] if first.i > 0 else None)
        if (
            opener is not None
            and opener.lower_ in ("but", "yet")
            and opener.i < negation.i
            and opener.i > 0
            and doc[opener.i - 1].text in _CONTRAST_DASHES
        ):
            return True
        if node.head.i == node.i or node.head.i == verb.i or node.i == verb.i:
            return False
        node = node.head


# The links by which a "not only … but" pair's "not" may hang under the main verb and stay in its own clause: its objects,
# complements and adjuncts (not a conjoined clause of its own, decision 1), and the parser's ways of hanging the "not".
_CORRELATIVE_NOT_LINKS = (_CONTRAST_LINKS - {"conj"}) | frozenset(("neg", "preconj", "nsubj", "xcomp", "pcomp"))
_NOT = frozenset(("not",))


def _correlative_not_only(verb) -> bool:
    """ "built not just a news channel but a party machine", "makes the phone not only lighter but also cheaper", "We
    show not only that apes remember, but also that they plan": the list's "not" opening a "not only/just … but" pair
    in the main verb's own object or complement negates the statement (GUIDE decisions 32, 39: literal), wherever the
    parser hung it (on the restricting adverb, on a small clause's adjective, on the complement clause's verb). Not one
    inside a relative, adverbial or subject clause, nor in a clause joined to the main one (decisions 1, 39, 82)."""
    if not _word_in_subtree_span(verb, _NOT):
        return False
    doc = verb.doc
    for token in verb.subtree:
        if token.lower_ != "not" or token.i < verb.i or token.i + 1 >= len(doc):
            continue
        if doc[token.i + 1].lower_ not in _RESTRICTING_ADVERBS:
            continue
        if not any(t.lower_ == "but" for t in doc[token.i + 2 : token.sent.end]):
            continue
        if _hung_under(
            token,
            verb,
            _CORRELATIVE_NOT_LINKS,
            also=lambda node, n=token: node.dep_ == "ccomp" and _opens_the_complement(n, node),
        ):
            return True
    return False


def _opens_the_complement(negation, clause) -> bool:
    """Does the "not" stand outside the complement clause it hangs in: before its "that" and subject ("show not only
    that …"), or in a verbless small clause ("make the phone not only lighter")?"""
    if clause.pos_ not in ("VERB", "AUX"):
        return True
    return all(negation.i < c.i for c in clause.children if c.dep_ == "mark" or c.dep_ in SUBJECTS)


def _listed_negation_in_a_phrase(verb) -> bool:
    """A listed negation inside a phrase of the main clause's own: a "neither … nor" that pairs two phrases ("exists
    neither in the cities nor in the villages", "chose to neither confirm nor deny it": the list's "neither … nor",
    which needs both words, decision 383), and "no more/fewer/less than" bounding a quantity ("account for no more than
    a tenth of the staff", "No more than five boats sailed": the listed "no", read literally, GUIDE decision 487(b)).
    Not one inside a relative or other subordinate clause of the statement (decisions 39, 82, 259)."""
    doc = verb.doc
    if not _word_in_subtree_span(verb, _NEITHER_NO):
        return False
    for token in verb.subtree:
        lower = token.lower_
        if lower == "neither":
            if not any(t.lower_ == "nor" and t.i > token.i for t in token.head.subtree):
                continue
        elif lower == "no":
            if not (
                token.i + 2 < len(doc) and doc[token.i + 1].lower_ in _BOUNDING_COMPARATIVES and doc[token.i + 2].lower_ == "than"
            ):
                continue
        else:
            continue
        if _hung_under(token, verb, _PHRASE_LINKS) and not _inside_a_with_absolute(token, verb):
            return True
    return False


def _inside_a_with_absolute(token, verb) -> bool:
    """Does the token stand inside a "with" absolute clause under the verb ("…, with neither the coach nor the captain
    giving a reason"): a participle with a subject of its own after "with", a non-finite subordinate clause whose listed
    words do not count (GUIDE decision 912)?"""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if (
            node.dep_ == "pcomp"
            and node.head.lower_ == "with"
            and (node.tag_ in ("VBG", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children))
        ):
            return True  # (also a participle the parser tags as a past: "with neither … having explained them")
        node = node.head
    return False


def _comparison_after_a_noun(adjective, negation) -> bool:
    """ "a fee of $5, not much higher than the old one", "a loss of $9 million, not as deep as the one before": a
    comparative phrase set after the noun it describes is that noun's modifier, a reduced relative clause, whose "not"
    does not count (GUIDE decision 487(a)). Not "spice, not enough to hurt" (no comparison), an appended contrast."""
    if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head.i > negation.i:
        return False
    return adjective.tag_ in ("JJR", "RBR") or any(
        c.lower_ in ("as", "more", "less") and c.i < adjective.i and c.dep_ == "advmod" for c in adjective.children
    )


def _appended_negative_conjunct(head) -> bool:
    """ "caused some delays, but no major breakdowns", "is a taxi company and nothing more": an object or complement
    joined by a conjunction to a negated one ("no" + noun, "nothing", "nobody") after it is an appended contrast,
    `negative` (GUIDE decision 186, literal like decisions 8, 32). `head` may be the verb the parser hung a "no" +
    noun on (not a pronoun, which it also hangs there from inside a relative clause)."""
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < head.i or conj.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if any(g.dep_ == "det" and g.lower_ == "no" for g in conj.children):
            return True
        if conj.lower_ in _NEGATIVE_PRONOUNS and head.pos_ not in ("VERB", "AUX"):
            return True
    return False


def _bare_verb_conjunct(other, verb) -> bool:
    """Is `other` a verb joined to `verb` in its own form with nothing of its own but its negation ("are skidding, not
    rolling")?"""
    if other.head.i != verb.i or other.tag_ != verb.tag_:
        return False
    return other.dep_ == "conj" and all(c.dep_ in ("neg", "advmod", "punct") for c in other.children)


def _negated_appended_participle(other, verb, negation) -> bool:
    """ "The wheels were sliding, not turning", "the crew worked the nets, never resting", "They left early, not knowing
    what they would find", "Respect is earned, never given": a "not", "never" or "no longer" after a comma or dash
    before a participle appended to the main verb negates the appended term as a whole: decision 186's appended
    contrast, `negative` (GUIDE decision 767 as G140 rewrote it), whether or not the main verb has an auxiliary or an
    object and the participle one of its own. Not a past participle right after a noun it describes ("published the
    list, not updated since March", "levels not seen since 2011": a reduced relative, decisions 39, 487(a)), nor a
    passive one after an active main verb, nor "not including", "not counting" (a quantity's qualifier), nor an aside
    closed by a second dash before the clause goes on."""
    if other.head.i != verb.i or other.i < verb.i or other.tag_ not in ("VBG", "VBN"):
        return False
    if other.dep_ not in ("conj", "dep", "advcl", "xcomp") or other.lemma_ in ("include", "count"):
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") or (c.dep_ == "aux" and c.tag_ in _FINITE_TAGS) for c in other.children
    ):
        return False
    doc = verb.doc
    if doc[negation.i - 1].text != ",":
        # ("set out on the trip – not knowing what we would find – and loved it": an aside between dashes, no
        # appended term)
        rest = doc[other.i : other.sent.end]
        closing = next((t for t in rest if t.text in _CONTRAST_DASHES and t.text != "," and t.tag_ != "HYPH"), None)
        if closing is not None and any(not t.is_punct for t in doc[closing.i + 1 : other.sent.end]):
            return False
    if other.tag_ == "VBN":
        before = doc[negation.i - 2] if negation.i >= 2 else None
        if before is not None and before.pos_ in ("NOUN", "PROPN", "PRON"):
            return False
        if not any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "dobj" for c in other.children):
            return False
    return True


def _negated_reason(clause) -> bool:
    """ "not because they were sure": a reason clause whose "not" stands right before its "because", negating the
    reason (an adjunct of the main clause, GUIDE decision 186), not the clause's own verb ("because they were not sure")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "because"), None)
    return (
        clause.dep_ == "advcl"
        and mark is not None
        and any(c.dep_ == "neg" and c.lower_ == "not" and c.i == mark.i - 1 for c in clause.children)
    )


def _adverbial_of(clause, verb) -> bool:
    """Is `clause` an adverbial clause of `verb`, or of one of `verb`'s adverbial clauses?"""
    node = clause
    while node.dep_ == "advcl" and node.head.i != node.i:
        node = node.head
        if node.i == verb.i:
            return True
    return False


def _contrasted_purpose(clause) -> bool:
    """ "shared across teams, not to assign blame, but to improve understanding": a negated purpose (an infinitive)
    set against another joined by "but" (GUIDE decision 229); the "not" hangs on the infinitive itself."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and any(
        c.dep_ == "conj" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in clause.children
    )


def _governs_a_complement(prep, verb) -> bool:
    """A preposition of `verb`'s own, after it, by which the verb governs a gerund as its complement (claims.json
    `gerund_complement_prepositions`: "criticized the club for not paying", "saved money by cutting not only staff"),
    whose whole content counts; not "after not winning", "despite never playing", a clause of its own."""
    lex = words()
    return prep.dep_ == "prep" and prep.head.i == verb.i and prep.i > verb.i and prep.lower_ in lex.gerund_complement_prepositions


def _negated_gerund_after_a_preposition(verb) -> bool:
    """ "criticized the league for not acting", "is making a mistake by not testing the water", "was fined for never
    filing a return": a "not" or "never" before a gerund that a preposition of the main verb's own, after it, governs
    negates a verb the main verb governs as its complement (GUIDE decisions 39, 259: "astute in not accepting"), so the
    unit is `negative` (the gold of 519#36's kind, decision 767's reading). Not a gerund in a noun's modifier ("the fear
    of not finding work", decision 39) nor one in a subordinate clause, which hang elsewhere."""
    for prep in verb.children:
        if not _governs_a_complement(prep, verb):
            continue
        for gerund in prep.children:
            if (
                gerund.dep_ == "pcomp"
                and _gerund(gerund)
                and (
                    any(g.dep_ == "neg" and g.lower_ in _NOT_NEVER and prep.i < g.i < gerund.i for g in gerund.children)
                    or _contrast_in_the_gerund(gerund)
                )
            ):
                return True
            # ("praised for not closing wards": the parser may tag the gerund a noun or an adjective of the object and
            # hang the "not" on that object)
            if gerund.dep_ == "pobj" and any(
                g.dep_ == "neg" and g.lower_ in _NOT_NEVER and g.i == prep.i + 1 and _ing_word(g.nbor())
                for t in (gerund, *gerund.children)
                for g in t.children
            ):
                return True
    return False


def _contrast_in_the_gerund(gerund) -> bool:
    """ "by cutting not only staff but also services", "for investing in youth, not stars": a negated phrase or an
    appended contrast in the complement gerund's own content counts like its "not" (GUIDE decisions 32, 186, 229). Not
    a verb of the polarity list ("under fire for failing to deliver", "by denying the request": positive, the gold of
    04#23 and 456#14) nor an absolute with a subject of its own ("with the authors suggesting …, and not simply …")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
        return False
    if any(
        c.dep_ in ("dobj", "attr") and any(g.dep_ == "preconj" and g.lower_ == "not" for g in c.children) for c in gerund.children
    ):
        return True
    return _negated_phrase(gerund) or _appended_contrast(gerund)


def _ing_word(token) -> bool:
    """A word in "-ing" the tagger may have read as a gerund, a noun or an adjective ("closing", "refunding"); not
    "nothing", "something"."""
    return (
        token.lower_.endswith("ing")
        and token.tag_ in ("VBG", "NN", "JJ")
        and token.lower_ not in ("nothing", "something", "anything", "everything", "thing", "king", "ring", "spring", "evening")
    )


def _gerund(verb) -> bool:
    """ "paying", and the perfect and passive gerunds "having paid", "being consulted", "having been told"."""
    return verb.tag_ == "VBG" or (
        verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("having", "being") for c in verb.children)
    )


def _negated_complement(verb) -> bool:
    """A negation of the verb's complement ("is not only cheap but also fast"; the parser may hang the
    adjective on the noun: "is not only important but also cool - a drone") or of a verb that
    complement governs ("was astute in not accepting", "is proud of never having missed"): GUIDE
    decisions 32 and 39. Not one inside a noun's modifier ("an office with no exposures")."""
    for child in verb.children:
        if child.dep_ not in ("acomp", "oprd", "attr"):
            continue
        heads = [child, *(g for g in child.children if g.dep_ == "amod" and child.dep_ == "attr")]
        if any(g.dep_ == "preconj" and g.lower_ == "not" for h in heads for g in h.children):
            return True
        if child.dep_ == "attr":
            continue
        # (the parser may hang the preposition on the verb: "was clear in not blaming")
        for prep in [*child.children, *verb.children]:
            if prep.dep_ != "prep" or prep.i != child.i + 1:
                continue
            for gerund in prep.children:
                if (
                    gerund.dep_ == "pcomp"
                    and gerund.tag_ in ("VBG", "VBN")
                    and any(g.dep_ == "neg" and g.i < gerund.i for g in gerund.children)
                ):
                    return True
    return False


def polarity(verb) -> str:
    lex = words()
    hoped = _hoped(verb)
    if hoped is not None:
        return polarity(hoped)  # that of the hope itself, not of its clause (GUIDE decision 67)
    verb = _first_clause(verb)
    verb = _clause_hung_on_a_noun(verb) or verb
    believed = _believed(verb)
    if believed is not None:
        return polarity(believed)
    if (
        (verb.lower_ in ("no", "not", "never") and not _elliptic_or_titled(verb))
        or (verb.pos_ == "INTJ" and any(c.lower_ in ("no", "not") and not _number_sign(c) for c in verb.children))
        or any(c.dep_ == "intj" and c.lower_ in ("no", "nope") and c.i < verb.i and not _number_sign(c) for c in verb.children)
        or any(_no_tag(c) for c in verb.children)
    ):
        # "Oh, no.", "Maybe not, but …", "No, not the computer maker", "No, there he is!" (GUIDE decision 32: literal),
        # a one-word reply "Never." (decision 246);
        # "He still has a chance, no?" (a tag read like the interjection, decision 310)
        return "negative"
    cleft = _cleft_clause(verb)
    if cleft is not None and polarity(cleft) == "negative":
        return "negative"  # ("It was not the mayor who signed": the outer negation counts too)
    if cleft is not None and not _negated(verb) and _contrasted_focus(verb):
        return "positive"  # ("It was the judge, not the jury, who would decide": the "not" negates no verb, decision 39)
    if _negated(verb) or _negated_complement(verb) or _negated_phrase(verb) or _appended_contrast(verb):
        return "negative"
    if _negated_gerund_after_a_preposition(verb):
        return "negative"
    if _negated_second_conjunct(verb):
        return "negative"
    if _correlative_not_only(verb):
        return "negative"
    if _appended_negative_conjunct(verb):
        return "negative"  # ("caused some delays, but no major breakdowns": the parser hung the noun on the verb)
    if _listed_negation_in_a_phrase(verb):
        return "negative"
    if _appended_with_no_phrase(verb):
        return "negative"
    xcomp = _xcomp(verb)
    if verb.lemma_ in lex.negative and (
        verb.lemma_ not in ("decline", "fail")
        or xcomp is not None
        or (verb.lemma_ == "fail" and _failed_at_a_gerund(verb))
        or (
            verb.lemma_ == "decline"
            and any(
                c.dep_ == "dobj"
                and c.pos_ in ("NOUN", "PROPN")
                and not c.ent_type_
                and not any(g.dep_ == "nummod" for g in c.children)
                for c in verb.children
            )
        )
    ):
        return "negative"  # "declined to comment", "declined the offer"; not "shares declined 0.3%", "sales declined"
    if verb.lemma_ == "let" and verb.tag_ == "VB" and any(c.dep_ == "ccomp" and _negated(c) for c in verb.children):
        return "negative"  # "Let’s not forget"
    if xcomp is not None and (
        _negated(xcomp)
        or (xcomp.lemma_ in lex.negative and (xcomp.lemma_ not in ("decline", "fail") or _xcomp(xcomp) is not None))
    ):
        return "negative"  # "agreed not to", "refused to"; not "revenues continue to decline"
    # The objects of the infinitive count as the verb's own: "seems to have no sense".
    arguments = list(verb.children) + [c for c in (xcomp.children if xcomp is not None else ()) if c.dep_ in ("dobj", "attr")]
    # ("Neither of them is ready": the parser may hang the subject on the auxiliary)
    arguments += [
        g for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i for g in c.children if g.dep_ in SUBJECTS
    ]
    arguments += _small_clause_subjects(verb)
    for child in arguments:
        if (
            child.lower_ in _CORRELATIVES
            and child.dep_ in ("preconj", "advmod", "cc", "dep")
            and child.i < verb.i
            and _paired_correlative(child)
        ):
            # "He neither confirmed nor denied it"; not "It isn't X, nor do people …", whose "nor" joins a later
            # clause, nor a lone "And neither should you." or "Nor has the fury cooled." (GUIDE decision 383)
            return "negative"
        if child.dep_ == "det" and child.lower_ == "no" and child.i < verb.i:
            return "negative"  # "No neo-bank can erase …": the parser split the subject and hung "No" on the verb
        if child.dep_ in SUBJECTS or child.dep_ in ("dobj", "attr"):
            if (
                (child.lower_ in _NEGATIVE_PRONOUNS and _paired_correlative(child))
                or (child.lower_ == "one" and any(g.lower_ == "no" for g in child.children))
                or (child.dep_ in SUBJECTS and _hyphenated_no_one(child))
            ):
                return "negative"
            if child.dep_ in ("dobj", "attr") and _appended_negative_conjunct(child):
                return "negative"
            if _verbal_subject(child):
                continue  # ("Not paying attention will …": the "not" negates the subject clause only, GUIDE decision 39)
            # ("has no special prosecutor’s finding": the parser hangs "no" on the possessor)
            possessors = [g for g in child.children if g.dep_ == "poss" and g.i < child.i]
            for g in [*child.children, *(d for p in possessors for d in p.children if d.i < p.i)]:
                # ("absolutely no room": the parser may make "no" a number)
                if (
                    g.dep_ in ("det", "preconj", "neg", "nummod")
                    and g.lower_ in _NEGATIVE_DETS | {"not"}
                    and not _elliptic_or_titled(g)
                    and _paired_correlative(g)
                ):
                    return "negative"
        if (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and child.i > verb.i
            and any(g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children) for g in child.children)
        ):
            return "negative"  # "It came as no surprise", "served as no deterrent": "as" + its complement, like "was no surprise"
        if child.dep_ == "prep" and child.lower_ != "with" and _no_noun_after(child):
            # "At no point did we say …", "pressed them to act, to no avail", "in no small part because …": a "no"
            # in an adverbial phrase of the main clause (GUIDE decision 186). Not "with no": the parser hangs a noun's
            # modifier there too ("an office with no windows", decision 39), and an absolute "with no X in sight"
            # sets a circumstance beside the statement, which the gold reads `positive`.
            return "negative"
    if xcomp is not None and any(
        c.dep_ == "prep" and c.lower_ != "with" and c.i > 0 and c.doc[c.i - 1].text == "," and _no_noun_after(c)
        for c in xcomp.children
    ):
        return "negative"  # "pressed them to act, to no avail": the parser hung the appended phrase on the infinitive
    return "positive"


def _small_clause_subjects(verb) -> list:
    """ "The team had no players left", "found nobody hurt": the subject of a verbless or participial small clause after
    the verb (no auxiliary, no "that") is the verb's own object in meaning, which the parser makes the subject of a
    complement clause; its "no" or "nobody" negates the statement like an object's (GUIDE decision 39: a complement's
    negation counts)."""
    return [
        g
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.i > verb.i
        and c.tag_ in ("VBN", "VBG", "JJ")
        and not any(x.dep_ in ("aux", "auxpass", "mark") for x in c.children)
        for g in c.children
        if g.dep_ == "nsubj" and verb.i < g.i < c.i
    ]


def _failed_at_a_gerund(verb) -> bool:
    """ "failed at raising the money", "failed in securing the funds": "fail at/in" + a gerund is the list's "fail to"
    (GUIDE's polarity section); not "failed at the worst moment", "failed in the cold", where the engine just broke."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("at", "in") and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in prep.children)
        for prep in verb.children
    )


def _hyphenated_no_one(subject) -> bool:
    """ "No-one else had dared …": the list's "no one" written with a hyphen, which the parser splits into "No", "-",
    "one" (or keeps whole)."""
    doc = subject.doc
    if subject.lower_ in ("no-one", "no‑one"):
        return True
    if subject.lower_ == "one":
        return subject.i >= 2 and doc[subject.i - 1].text in ("-", "‑") and doc[subject.i - 2].lower_ == "no"
    if subject.lower_ == "no":
        return subject.i + 2 < len(doc) and doc[subject.i + 1].text in ("-", "‑") and doc[subject.i + 2].lower_ == "one"
    return False


def _paired_correlative(token) -> bool:
    """Whether a "neither" or "nor" is one half of the polarity list's "neither … nor" ("Neither Daum nor NHN could be
    reached", "He neither confirmed nor denied it"): its other half in the same sentence. A lone "neither" ("Neither bid
    was accepted", "And neither should you") or "nor" ("Nor has the fury cooled") is not on the list, read literally
    (GUIDE decisions 8, 383): `positive` unless another listed word negates. Any other word: True."""
    if token.lower_ not in _CORRELATIVES:
        return True
    sent = token.sent
    if token.lower_ == "neither":
        return any(t.lower_ == "nor" for t in token.doc[token.i + 1 : sent.end])
    return any(t.lower_ == "neither" for t in token.doc[sent.start : token.i])


def _verbal_subject(subject) -> bool:
    """A subject that is a clause of its own, a gerund or an infinitive ("Not paying attention to this will …", "Not
    knowing what to do is …"): a negation inside it negates the subject clause, not the statement (GUIDE decision 39);
    not "Not one bidder came", "not a single vote", whose "not" counts the subject."""
    return subject.dep_ in ("csubj", "csubjpass") or (subject.tag_ == "VBG" and subject.pos_ in ("VERB", "AUX"))


def _no_tag(token) -> bool:
    """ "…, no?": an interjection "no" after a comma that closes a statement as a question tag (GUIDE decision 310)."""
    doc = token.doc
    return (
        token.dep_ == "intj"
        and token.lower_ == "no"
        and token.i > 0
        and doc[token.i - 1].text == ","
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == "?"
    )


def _no_noun_after(prep) -> bool:
    """Is the preposition's object a noun with "no" ("to no avail")?"""
    return any(g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children) for g in prep.children)


_GENERIC_DETERMINERS = frozenset(("a", "an", "any", "every", "each", "all"))
# Determiners of a negative or free-choice quantifier: "no nation", "any student", "whatever people" name no member the
# text could point at, a class however its noun reads (GUIDE decisions 16, 596)
_NO_PARTY_DETERMINERS = frozenset(("no", "any", "whatever", "whichever"))


def _could_not_told_as_what_happened(verb, subject) -> bool:
    """ "The agency could not confirm the figures", "The striker could not hide his frustration", "Lee couldn't find
    the keys on Tuesday": "could" and a negation on a root or coordinated clause (not a perfect, "couldn't have known";
    no comparative that makes it a manner of praise, "could not be happier"; not the reader's "you" nor a class's
    "Investigators") with a plain sign of one past happening (claims.json `could_not_then`): a news idiom verb of
    answering or finding out, or a past date or time of the verb's own. Not under a frame of a rule, a hypothetical or
    a wait ("Under the 1998 act", "without 60 votes", "until the roof is repaired"), a date still ahead ("next year")
    or a deadline ("before the end of the year", GUIDE decision 556(c)), nor a state held over a span ("For years",
    "for two more years", decision 468)."""
    lex = words().could_not_then
    children = list(verb.children)
    if not (
        verb.dep_ in ("ROOT", "conj")
        and any(c.dep_ == "aux" and c.lower_ in lex["modals"] for c in children)
        and any(c.dep_ == "neg" for c in children)
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
        and not (subject is not None and (subject.lower_ in _GENERIC_HEDGERS or _generic(subject)))
    ):
        return False
    if any(
        c.tag_ in ("JJR", "RBR") or c.lower_ in _BOUNDING_COMPARATIVES
        for c in verb.subtree
        if c.head == verb or c.head.head == verb
    ):
        return False
    skip = set(subject.subtree) if subject is not None else set()
    # the verb's own words, not those of a clause coordinated after it
    after = {t for c in children if c.dep_ == "conj" for t in c.subtree}
    own = [t for t in verb.subtree if t not in skip and t not in after]
    dated = [t for t in own if t.ent_type_ in ("DATE", "TIME")]
    if (
        any(t.lower_ in lex["frames"] for t in own)
        or any(t.lower_ in lex["ahead_words"] for t in dated)
        or _act_still_ahead(verb)
        or any(
            c.dep_ == "prep"
            and c.lower_ in lex["span_prepositions"]
            and any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in words().duration_units for o in c.subtree)
            for c in children
        )
    ):
        return False
    particles = [c.lower_ for c in children if c.dep_ == "prt"]
    answering = verb.lemma_ in lex["verbs"] or any(f"{verb.lemma_} {p}" in lex["verbs"] for p in particles)
    return answering or any(t.lower_ in lex["past_words"] for t in dated)


def _generic(subject) -> bool:
    """A common noun naming any member of a class, not a party: a bare plural ("companies",
    "consumers") or one with an indefinite or universal determiner ("an importer", "all
    individuals"), or with a negative or free-choice one whatever its noun ("no nation", "any
    student"); "the buyers", "its staff", "Chinese companies", "ministers" name parties."""
    lex = words()
    if subject is None or subject.pos_ != "NOUN":
        return False
    determiners = [c.lower_ for c in subject.children if c.dep_ in ("det", "predet", "poss", "nummod")]
    if any(c.dep_ == "det" and c.lower_ in _NO_PARTY_DETERMINERS for c in subject.children) and not _one_of_a_set_in_view(
        subject
    ):
        # "No nation can sustain that", "any student can show it": whoever it is, no party (decision 16)
        return True
    if subject.lemma_.lower() in lex.human and (subject.lemma_.lower() not in lex.class_members or determiners):
        # (ministers, leaders, officials: holders of an office are parties; a bare "students", "engineers" names a class,
        # "a student", "the engineers" one)
        return False
    if any(c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN") for c in subject.children):
        return False  # "Chinese companies", "Boeing engineers"
    if determiners:
        return all(d in _GENERIC_DETERMINERS for d in determiners)
    if subject.tag_ == "NN" and subject.lemma_.lower() in lex.collectives:
        # "school staff would turn students over", "hospital crews": a bare collective that a common noun places in
        # any such place names a class, as "school workers" does; "staff will provide hats" (the staff in view) a party
        return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in subject.children)
    return subject.tag_ == "NNS"


# Determiners that make a plural a definite set in view ("the three unions", "both firms", "these states")
_SET_DETERMINERS = frozenset(("the", "these", "those", "both"))


def _one_of_a_set_in_view(subject) -> bool:
    """Whether `subject` under "no"/"any" ranges over a definite set of parties rather than decision 16's generic class
    (decisions 331, 596): a noun of one of a set's parties ("No side may …", "no member state shall …"), a set named by a
    proper modifier ("No EU country will …", "any NATO member can …"), or a set the paragraph already has in view: a
    definite plural of the same noun ("The three unions met. No union will …", "Both firms …", "The party's leaders …")
    or two named parties coordinated ("Borduria and Ruritania signed the pact. No country will …")."""
    lex = words()
    lemma = subject.lemma_.lower()
    children = list(subject.children)
    if lemma in lex.set_member_nouns or any(c.dep_ == "compound" and c.lemma_.lower() in lex.set_member_nouns for c in children):
        return True
    if any(c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN") for c in children):
        return True  # as "Chinese companies", "EU members" name parties
    for token in subject.doc[: subject.i]:
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() == lemma:
            if any(
                (c.dep_ in ("det", "predet") and c.lower_ in _SET_DETERMINERS) or c.dep_ in ("poss", "nummod")
                for c in token.children
            ):
                return True
        elif token.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children):
            return True
    return False


def _plural_antecedent(pronoun):
    """The plural subject "they" most likely stands for: the nearest plural noun (or the first of coordinated
    nouns) that is a subject before the pronoun in its paragraph, else None. Subjects, not objects, as the
    topic a later "they" takes up ("Employers believe they can …", "The dishes are cheap; they will …")."""
    return _last_plural_subject(pronoun.doc[: pronoun.i])


def _last_plural_subject(tokens):
    """The last plural noun (or first of coordinated nouns) among `tokens` that is a subject (`_plural_antecedent`)."""
    for token in reversed(tokens):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children):
            return token
    return None


def _they_for_no_party(subject) -> bool:
    """A subject "they" whose antecedent (`_plural_antecedent`) is a generic class or names no party."""
    if subject is None or subject.lower_ != "they":
        return False
    antecedent = _plural_antecedent(subject)
    return antecedent is not None and (_generic(antecedent) or not _is_agent(antecedent))


def _specific_party(subject) -> bool:
    """A party that acts and is not a generic class ("Winnipeg", "The club"; not "People", "Fans")."""
    return _is_agent(subject) and not _generic(subject)


def _is_agent(subject) -> bool:
    lex = words()
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        # "it" stands for a company as often as for a car, a bill or an act ("It would keep him
        # off-balance", "It will start at $44,000"); "you" is mostly anyone: neither names a party.
        return (
            (subject.lower_ in _PERSONAL_PRONOUNS and subject.lower_ != "you")
            or _body_speaking_of_itself(subject)
            or _body_minding_an_aim(subject)
            or _body_named_in_its_condition(subject)
        )
    if _named_thing(subject):
        return False
    if subject.ent_type_ in _AGENT_ENTITIES or subject.pos_ == "PROPN":
        return True
    if _parties_by_number(subject):
        return True
    if subject.tag_ in ("NNS", "NNPS") and subject.text.istitle() and not subject.is_sent_start and not subject.ent_type_:
        return True  # "The Lakers plan to", "The Gophers play Saturday": a team's name the tagger took for a noun
    lemma = subject.lemma_.lower()
    if lemma in lex.agents or subject.lower_ in lex.agents or lemma in lex.human or lemma in lex.org_nouns or lemma in lex.people:
        return True  # (people: "the buyers would have to provide")
    if subject.tag_ == "NN" and lemma in lex.collectives:
        # "staff will provide costumes", "the jury will decide": several people acting as one party; not one that
        # undergoes its verb ("Staff will lose their jobs", GUIDE decision 6)
        return subject.head.lemma_.lower() not in lex.undergone | lex.class_undergone
    return bool(lex.groups.fullmatch(" ".join(t.text for t in subject.subtree)))


def _named_thing(subject) -> bool:
    """A product or model, not a party: "the all-new Sentra" (the model's PRODUCT), "Ford's Mustang
    Mach E SUV" (a thing's noun heads the name), "The 2021 RAV4 Prime" (a model year), "the Stadia
    service" (a thing's noun beside the name). Things do not undertake (GUIDE: commitments need an
    agent who acts)."""
    if subject.ent_type_ == "PRODUCT":
        return True
    things = words().thing_nouns
    if (subject.lemma_.lower() in things or subject.lower_ in things) and not (
        subject.pos_ == "PROPN" and subject.text.istitle()
    ):
        return True  # (not a capitalised name's last word: "the SunShot Initiative aims to", a body's programme)
    return subject.pos_ == "PROPN" and any(
        (c.dep_ in ("compound", "appos") and c.pos_ == "NOUN" and c.lemma_.lower() in things)
        # a model year before one named thing ("The 2022 Corolla Cross"; not "the 2020 Democrats")
        or (subject.tag_ == "NNP" and c.dep_ in ("nummod", "compound") and c.i < subject.i and _year(c))
        # a model's number inside its name ("The Lexus LC 500 Convertible", "the e-tron Sportback 50")
        or (c.dep_ == "nummod" and c.tag_ == "CD" and c.text.isdigit() and not _year(c) and _inside_name(c, subject))
        for c in subject.children
    )


def _inside_name(number, name) -> bool:
    """Is the number part of the name, between or right after its capitalised words ("LC 500
    Convertible", "Sportback 50"), rather than a count before it ("two Democrats")?"""
    doc = name.doc
    before = doc[number.i - 1] if number.i > 0 else None
    return number.i > name.i or (before is not None and before.pos_ == "PROPN" and before.head.i in (name.i, number.i))


def _year(token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def _parties_by_number(subject) -> bool:
    """ "the two were prepared to fight", "only two committed to that timeline", "These 11 had until
    Nov. 1 to submit": a number standing alone for parties named before (not "two of the requirements",
    a year, a sum or a share)."""
    return (
        subject.pos_ == "NUM"
        and subject.lower_ != "one"  # ("the more one sees …, the more one is likely to": anyone)
        and subject.ent_type_ not in ("DATE", "MONEY", "PERCENT", "QUANTITY", "TIME")
        and any(c.dep_ == "det" or (c.dep_ == "advmod" and c.lower_ == "only") for c in subject.children)
        and not any(c.dep_ == "prep" for c in subject.children)
    )


def _body_speaking_of_itself(subject) -> bool:
    """ "The utility said it will monitor the weather", "CBP announced that it would not be
    vaccinating …": "it" in what a body reports after its own saying verb is that body; not the "it"
    of a copula ("said it would be hard to find a buyer")."""
    if subject.lower_ != "it" or _describing_it(subject):
        return False
    clause = subject.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_ not in words().reporting or saying.i > subject.i:
        return False
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if speaker is None or _no_ones_act(subject.head):
        return False  # ("Whitmer said it will snow", "Hancock said it will take years to clear": weather, an extraposed "it")
    return _body_it_stands_for(speaker)


def _describing_it(subject) -> bool:
    """ "it would be hard", "it will be a relief": the "it" of a copula, which describes and names no party; not an
    undertaking ("CBP said it is committed to …")."""
    verb = subject.head
    if _undertaking_adjective(verb) or _readiness_adjective(verb):
        return False
    return verb.lemma_ == "be" and not _is_to(verb) or any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children)


# Verbs that link a subject to an adjective of its state: "is ready", "remains committed", "stay calm".
_LINKING_VERBS = ("be", "remain", "stay")


def _linked_adjectives(verb) -> list:
    """The adjectives a linking verb gives its subject ("it is ready to ...", "we remain committed to ..."); none for
    another verb."""
    if verb.lemma_ not in _LINKING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "acomp"]


def _readiness_adjective(verb) -> bool:
    """ "the ministry said it was ready to reopen the talks", "it is willing to sell": a linking verb whose adjective of a
    party's readiness or will (claims.json `willing_adjectives`) governs "to" + a verb is the table's frame of intention
    of a party (GUIDE decisions 5, 261), not a description; not "it is ready for use" (no verb framed)."""
    adjectives = words().willing_adjectives
    return any(
        c.lower_ in adjectives and any(x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX") for x in c.children)
        for c in _linked_adjectives(verb)
    )


def _body_it_stands_for(speaker) -> bool:
    """Whether a later "it" can stand for `speaker`, a noun: a company's or a country's name, singular or plural
    ("General Motors"), a one-word name the model gives no type, or an org noun (claims.json `org_nouns`)."""
    if speaker.tag_ not in ("NN", "NNP", "NNPS"):
        return False
    lex = words()
    if speaker.tag_ == "NNPS" and (speaker.ent_type_ not in ("ORG", "GPE") or speaker.text in lex.party_plurals):
        # a plural name is one body only as a company's or a country's name ("General Motors said it would pull its
        # ads"); a party's members ("Senate Republicans said it would raise costs", "The Conservatives said it …") are a
        # group, which takes "they": their "it" is the thing talked of (GUIDE decision 404: a pronoun agrees in number)
        return False
    if speaker.tag_ == "NNP" and not speaker.ent_type_ and not any(c.dep_ in ("compound", "amod") for c in speaker.children):
        # "Facebook said it will begin …": a one-word name the model gives no type is a company's more often than a
        # person's, whom the model does type, and a person would be "he" or "she" (GUIDE decision 404)
        # (not a surname of a person the paragraph names in full, "Jane Hancock … Hancock said it will")
        return not any(e.label_ == "PERSON" and e[-1].text == speaker.text for e in speaker.doc.ents)
    return speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.lemma_.lower() in lex.org_nouns


def _body_named_in_its_condition(subject) -> bool:
    """ "If the council wants to keep the pool open, it will have to raise fees", "If the board can agree on a plan, it may
    sell the site": "it" after a condition or time clause in which a body (a company's or country's name, claims.json
    `org_nouns`) wants, aims at or is able to do something is that body, which then acts (the kind section: a party
    bound to a future act); not a thing or a person named there ("If the bill passes, it will cost …", "If Jane agrees,
    it will be easy"), nor "it" for the happening the clause tells ("If the club wins, it will boost sales")."""
    if subject.lower_ != "it" or subject.dep_ not in ("nsubj", "nsubjpass") or _no_ones_act(subject.head):
        return False
    verb = subject.head
    if _describing_it(subject):
        return False  # (a copula describes: "If the club wins, it will be a relief")
    if not _main_clause_binds(verb):
        return False  # ("If the club can win, it will boost sales": an outcome the hypothesis brings, decision 162)
    lex = words()
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > subject.i:
            continue
        if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITION_MARKS for c in clause.children):
            continue
        aim = _HOPE_FORMS.get(clause.lower_, clause.lemma_)
        if not (
            aim in lex.minds_aims
            or aim in lex.party_aims
            or aim in lex.condition_choices
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
        ):
            continue
        body = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if body is not None and _body_it_stands_for(body):
            return True
    return False


def _main_clause_binds(verb) -> bool:
    """ "it must cut costs", "it should invest", "it may sell", "it will have to raise fees", "it would need to pay", "it
    has an obligation to …": a frame of the modality table that binds or leaves an act to the party; a bare "will",
    "would" or "could" + verb ("it would mark its biggest gain", "it will boost sales") tells an outcome (decision 162)."""
    if any(c.dep_ == "aux" and c.lower_ in _BINDING_MODALS for c in verb.children):
        return True
    if verb.lemma_ in ("have", "need") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    ):
        return True
    if verb.lemma_ in words().forcing and any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "xcomp" for c in verb.children)  # ("it will be forced to raise fees")
    return verb.lemma_ == "have" and any(c.dep_ == "dobj" and c.lemma_ in _BINDING_NOUNS for c in verb.children)


_BINDING_MODALS = frozenset(("must", "should", "ought", "may", "shall"))
_BINDING_NOUNS = frozenset(("obligation", "duty", "responsibility"))


# Subordinators of a clause that names the party the main clause then goes on to bind.
_CONDITION_MARKS = frozenset(("if", "unless", "once", "when", "whenever"))


def _no_ones_act(verb) -> bool:
    """ "it will snow", "it will take years to clear the backlog": weather (claims.json `weather_verbs`) or an
    extraposed "it" taking a span of time or a cost before its to-infinitive, what no party does."""
    if verb.lemma_ in words().weather_verbs:
        return True
    return verb.lemma_ in ("take", "cost") and any(
        c.dep_ == "dobj" and (c.ent_type_ in ("DATE", "TIME", "MONEY") or c.lemma_ in ("time", "effort", "while"))
        for c in verb.children
    )


def _singular_antecedent(pronoun):
    """The singular subject "it" most likely stands for: the nearest singular noun or company's name that is a subject
    before the pronoun in its paragraph (as `_plural_antecedent` for "they"), else None."""
    for token in reversed(pronoun.doc[: pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.tag_ in ("NN", "NNP") or (token.tag_ == "NNPS" and token.ent_type_ == "ORG"):  # ("Marlow Foods")
            return token
    return None


def _body_minding_an_aim(subject) -> bool:
    """ "It hopes to rival the market leader", "it plans to open two stores", "It has agreed to buy a rival": "it" as
    the subject of a verb of a party's aim with its infinitive (claims.json `minds_aim_lemmas`, `party_aim_lemmas`)
    stands for a body, which undertakes what it aims at, where its antecedent is a party or none is found; a law, a
    film or a storm before it is a thing (GUIDE kind section: an agent who acts)."""
    if subject.lower_ != "it" or subject.dep_ != "nsubj":
        return False
    lex = words()
    verb = subject.head
    lemma = _HOPE_FORMS.get(verb.lower_, verb.lemma_)
    if lemma not in lex.minds_aims and lemma not in lex.party_aims:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # ("if it could, it would want to …": a wish only supposed, which tells no body's aim)
    if not any(True for _ in _to_infinitives(verb)):
        return False
    antecedent = _singular_antecedent(subject)
    if antecedent is None:
        return lemma in lex.minds_aims
    if _is_agent(antecedent):
        return not _generic(antecedent)
    if lemma not in lex.minds_aims or antecedent.pos_ != "NOUN":
        return False
    # (a noun the lexicon does not know, "The charity raised … Now it hopes to build": only a party plans or hopes; not a
    # thing, a document, a work or weather: "The law … It intends to", "The documentary … It wants to show")
    things = (lex.thing_nouns, lex.documents, lex.work_nouns, lex.named_thing_kinds, lex.weather_verbs)
    return not any(antecedent.lemma_.lower() in group for group in things)


def _is_to(be) -> bool:
    """ "it is to review …": "be" + a to-infinitive, the table's "is to" of a plan, not the copula of "it would be
    hard" nor the idiom of fault "it is to blame" (claims.json `be_to_idiom_verbs`)."""
    idioms = words().be_to_idioms
    return any(c.lemma_ not in idioms for c in _to_infinitives(be))


def _to_infinitives(verb):
    """The to-infinitives `verb` governs: "review" of "is to review", "strike" of "are going to strike"."""
    return (c for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))


def _outcome(verb) -> bool:
    """ "could end up giving", "may wind up in court", "could run out of interceptors", "might struggle to cut
    down": a verb of outcome (claims.json `outcome_phrasals`, with its particle) tells what the subject comes to,
    not what it chooses to do; the infinitive after it does not make it a plan."""
    particle = words().outcomes.get(verb.lemma_)
    if particle is None or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return False  # (an object makes it an act: "run out the clock", "ended the strike")
    # (the parser takes the particle for a preposition where "of" follows: "run out of water")
    return not particle or any(
        c.lower_ == particle
        and (c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.i == verb.i + 1))
        and not any(g.dep_ == "pobj" for g in c.children)  # ("ran out the door", parsed so: a way out)
        for c in verb.children
    )


def subject_of(verb):
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                return child
        # "…, and will sign": the conjunct shares its first verb's subject; an xcomp its governor's.
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def _undergone(verb) -> bool:
    """The action the modal bears on ("wants to help" -> help, "is likely to face" -> face) is a
    state or something its subject undergoes."""
    if verb.lemma_ == "stand" and verb.tag_ in ("VBZ", "VBP", "VB") and _xcomp(verb) is not None:
        return True  # "the firm stands to gain/lose": what befalls the subject (GUIDE decision 138), nobody decides
    content = verb
    for _ in range(3):
        if _done_to(content):
            return True  # "will be turned into a police station", "was due to be released": done to the subject
        if _outcome(content):
            return True  # "could end up in the same position", "might struggle to cut down": what befalls the subject
        if _becoming_a_role(content) and (content is verb or verb.lemma_ in ("be", "set", "go")):
            # "will become a member of the league", "is set to become chairman": what the party will be, no act (GUIDE
            # decision 713(b)); not the party's own aim ("Turkey aims to become a gas hub"), a frame of its plan
            return True
        nxt = next((c for c in content.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            acomp = next((c for c in content.children if c.dep_ == "acomp"), None)
            nxt = next((c for c in acomp.children if c.dep_ == "xcomp"), None) if acomp is not None else None
        if nxt is None:
            # "we do not have the right to keep her from performing": the infinitive a frame noun governs
            noun = _frame_noun(content, _xcomp(content))
            nxt = noun[1] if noun is not None else None
        if nxt is None:
            nxt = _resolve(content, _xcomp(content))  # "are bent on seizing the capital": the act resolved on
        if nxt is None:
            break
        content = nxt
    if content is verb:
        # (a state: "may include", "would need more capital"; not "wants the UK to extradite him", whose
        # clause is what the party wants done)
        governs_clause = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        if verb.lemma_ in words().perceptions or _judging(verb):
            return True  # "will see the campaign on TV": what one will perceive (not "wants to see X agree")
        if _appearance(verb):
            return False  # "Spain will be back in action on Wednesday", "Pine will be on board"
        if _undertaking_adjective(verb):
            return False  # "it is committed to raising pay": an undertaking, not a state
        return verb.lemma_ in words().undergone or (verb.lemma_ in words().stative and not governs_clause)
    if content.lemma_ == "get" and _wanted_or_owed(verb):
        # "wants to get him off the stage", "we'll have to get closer": what a party wants or must do gets
        # it somewhere; not "is likely/expected to get worse", which happens to it
        return False
    # "is likely to be", "expects to remain": a state is also the content here; so is a belief ("I'd
    # like to think the companies will …") or a judgement ("will find the interview a treasure trove").
    return (
        content.lemma_ in words().undergone
        or content.lemma_ in ("be", "have", "remain", "stay")
        # (the subject's own belief: not "would like us to know", what others are to know)
        or (
            content is not verb
            and content.lemma_ in _BELIEF_LEMMAS
            and not any(c.dep_ in SUBJECTS for c in content.children)
            and not any(c.dep_ == "dobj" for c in content.head.children)
        )
        or _judging(content)
    )


# The object forms of the personal pronouns (not "you", mostly anyone, nor "it", mostly a thing): a party.
_OBJECT_PRONOUNS = frozenset(("me", "us", "him", "her", "them"))
# Verbs of wanting or expecting that take another's act as their object ("want X to", "expect X to").
_EXPECTING_LEMMAS = frozenset(("want", "expect"))


def _expected_of_another(verb):
    """ "We expect Iran to meet …", "I want you to embrace …": a verb of wanting or expecting whose clause
    has its own subject and "to" (the parser's ccomp), read at the frame or at the clause; the clause, else
    None. Not the passive "Iran is expected to", a likelihood."""
    if verb.lemma_ in _EXPECTING_LEMMAS:
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    elif verb.dep_ == "ccomp" and verb.head.lemma_ in _EXPECTING_LEMMAS and verb.head.i < verb.i:
        clause = verb
    else:
        return None
    if clause is None or not any(c.dep_ == "aux" and _infinitive_to(c) for c in clause.children):
        return None
    # (a passive clause's subject too: "We want him to be hanged", what is to be done to him)
    return clause if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) else None


_QUOTE_MARKS = frozenset(('"', "“", "”", "``", "''"))


def _quoted(token) -> bool:
    """Is the token's sentence a quotation (a quote mark in it)? There "you" is the one spoken to, a party;
    in the writer's own voice it is the reader, anyone."""
    return any(t.text in _QUOTE_MARKS for t in token.sent)


def _told_as_a_habit(verb) -> bool:
    """An adverb of frequency ("usually", "often") or an "every"/"each" time on the verb: a habit, no one happening."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words().habit_adverbs:
            return True
        if child.dep_ == "npadvmod" and any(
            d.dep_ in ("det", "nummod") and d.lower_ in ("every", "each") for d in child.children
        ):
            return True
    return False


def _study_published(verb, subject) -> bool:
    """ "The study is published in the journal Science", "Their results are published in two articles": the
    present passive of "publish" with a study as subject and where it appears tells the publication the story
    reports, a happening like "was published in"; not what is published in general ("Such data are published
    every month")."""
    return (
        verb.lemma_ == "publish"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
        and subject is not None
        and work_heading(subject).lemma_.lower() in words().studies
        and any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)
        and not _told_as_a_habit(verb)
    )


def _written_up_in_a_journal(verb) -> bool:
    """ "Dr Lee described the fossil this week in the journal Nature", "The find was detailed in the Proceedings of the
    Royal Society journal", "The results are reported in the journal Cell": a work written up "in" a journal (claims.json
    `venue_nouns`), in the past, a perfect or a passive, tells the publication the story reports, a happening (like
    `_study_published`), not a portrayal ("described it as …") nor what a journal holds in general ("Such cases are
    reported in journals every year")."""
    if verb.lemma_ not in words().write_up_lemmas or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
        return False
    if _told_as_a_habit(verb) or _recurring(verb):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("since", "for", "over") for c in verb.children):
        return False  # ("have been described in medical journals for decades": a span, GUIDE decision 439)
    lex = words()
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            (t.lemma_.lower() in lex.venues and t.tag_ != "NNS") or (t.pos_ == "PROPN" and t.lower_ in lex.journal_names)
            for t in c.subtree
        )
        for c in verb.children
    )


def _framed_infinitive(verb, wanted):
    """`verb` itself, or the first verb down its chain of to-infinitives ("have to know", "want to be able to") for which
    `wanted` holds, at most three frames down; else the last verb of the chain, or None where the chain ends first."""
    content = verb
    for _ in range(3):
        if wanted(content):
            return content
        content = next(
            (c for c in content.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and _infinitive_to(a) for a in c.children)),
            None,
        )
        if content is None:
            return None
    return content


def _no_party(noun) -> bool:
    """A year ("2016"), a date or time, or a thing ("the app", claims.json `thing_nouns`): nothing that acts. Not any
    numeral: "the two" takes up two parties named before, and "the 76ers" is a team (GUIDE decision 171)."""
    if noun.ent_type_ in ("DATE", "TIME") or _year(noun):
        return True
    return noun.pos_ == "NOUN" and _named_thing(noun)


def _state_described(verb) -> bool:
    """A linking verb with its description ("be calm", "sound disrespectful", "look weak"): a state, no act."""
    if _undertaking_adjective(verb) or any(
        c.dep_ == "acomp" and c.lower_ in words().be_adjectives and any(x.dep_ == "xcomp" for x in c.children)
        for c in verb.children
    ):
        return False  # "to be ready to resume", "to be willing to lend": the table's intention, an act (decisions 261, 662)
    return (verb.lemma_ in words().linking_verbs or verb.lemma_ in words().linking_states) and any(
        c.dep_ in ("acomp", "attr", "oprd") for c in verb.children
    )


def _quality_to_be_in(verb) -> bool:
    """ "We've got to be calmer", "The crew must be sharper", "they need to be patient": a frame whose verb is "be"
    with an adjective of the party's state, readiness or quality (GUIDE decision 478). Not "be" with a place or
    occasion ("has to be at the hearing": attending), nor an adjective that takes an act ("must be ready to
    leave", "should be able to sign"), nor a frame adjective ("is required to"). "remain" and "stay" link the adjective as
    "be" does ("residents should remain vigilant", "the crew must stay calm"): the state the party is to keep; not a
    participle after them, tagged so or listed (claims.json `kept_place_participles`: "told passengers to stay seated",
    "stay put"): keeping to one's seat, a place kept, an act."""
    content = _framed_infinitive(verb, lambda v: v.lemma_ in _LINKING_VERBS)
    if content is None or content.lemma_ not in _LINKING_VERBS or any(c.dep_ == "auxpass" for c in content.children):
        return False
    adjective = next((c for c in content.children if c.dep_ == "acomp"), None)
    if adjective is not None and content.lemma_ != "be" and (adjective.tag_ == "VBN" or adjective.lower_ in words().kept_places):
        return False
    return (
        adjective is not None
        and adjective.tag_ in ("JJ", "JJR")
        # (an adjective of force names a state only without its act: "We've got to be ready", not "be able to")
        and (adjective.lower_ not in words().be_adjectives or not _adjective_frames(content, adjective, None))
        and not any(c.dep_ in ("xcomp", "ccomp") for c in adjective.children)
    )


def _state_of_mind_framed(verb) -> bool:
    """Is `verb`, or the infinitive a frame verb takes ("have to know", "need to understand", "shouldn't have to
    worry"), a verb of a state of mind or an experience (claims.json `states_of_mind`)? Not one that asks "whether" or
    "if" ("We have to understand whether he was in transit": finding out is an act), nor a passive ("will be known
    as"), nor "recognise" with an object ("would recognise the new state": a formal act, not a belief)."""
    lex = words()
    content = _framed_infinitive(verb, lambda v: v.lemma_ in lex.states_of_mind)
    if (
        content is None
        or content.lemma_ not in lex.states_of_mind
        or content.pos_ != "VERB"
        or any(c.dep_ == "auxpass" for c in content.children)
    ):
        return False
    if content.lemma_ in ("recognise", "recognize") and any(c.dep_ == "dobj" for c in content.children):
        return False
    if content is not verb and (
        any(c.dep_ == "nsubj" for c in content.children) or any(c.dep_ == "dobj" for c in content.head.children)
    ):
        return False  # ("would like us to know that …": another party is to know it, what the wanter sets out to make known)
    return not any(
        m.dep_ == "mark" and m.lower_ in ("whether", "if")
        for c in content.children
        if c.dep_ in ("ccomp", "advcl")
        for m in c.children
    )


def _judging(verb) -> bool:
    """ "will find the interview a treasure trove of material": finding something to be so, a judgement."""
    return verb.lemma_ == "find" and any(c.dep_ in ("oprd", "ccomp") and c.i > verb.i for c in verb.children)


def _becoming_a_role(verb) -> bool:
    """ "will become a member of the league", "is set to become chairman", "may become a threat": "become" + a noun
    phrase of a part, membership, role or status says what the subject will be, not an act it carries out (GUIDE
    decision 713(b)). Not "become" + an adjective ("must become calmer"), a quality left to the frame's own rules."""
    return verb.lemma_ == "become" and any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _done_to(verb) -> bool:
    """A passive that tells what will or may be done to the subject ("The house will be turned into a
    police station", "Those playing will be treated to 30fps"): the subject undergoes it, nobody in
    the claim undertakes it (GUIDE decision 6: "job cuts will be announced" is a fact). A "by" phrase naming the
    party who is to act ("The accounts will be maintained by the archive") makes the unit read as its active, that
    party's commitment: `_doer_named_after_by` (decision 840). Not a passive frame ("will be required/allowed to", the
    subject's duty or leave)."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and verb.lower_ not in words().be_adjectives
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


_UNIVERSAL_DETERMINERS = frozenset(("any", "every", "each", "all"))


def _doer_named_after_by(verb):
    """ "The pier repairs will be carried out by the harbour board", "the rota is to be drawn up by Tamsin Brannock", "the
    inquiry will be chaired by a retired judge": the passive of a verb of an act (the claim's verb or the infinitive its
    frame governs) whose "by" phrase names a specific party, the one who is to carry the act out (GUIDE decision 840); the
    unit reads as its active, that party's commitment. Returns the party, else None. Not a "by" phrase of a time ("will
    be finished by May", a date), a thing, tool or process ("replaced by a newer gauge", "shipped by courier"), or a
    generic class ("booked by any member", "fished by local anglers", decision 16); not a verb of standing or view
    ("will be owned by", "will be seen by"), nor one of a post or status with a body or a person as subject ("The guild
    is to be led by two wardens", "Lee will not be employed by the city": decisions 612, 713(b))."""
    lex = words()
    content = verb
    for _ in range(3):
        if _done_to(content):
            break
        content = next((c for c in content.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if content is None:
            return None
    else:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in content.children) and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in content.children
    ):
        return None  # "could have been stopped by the police": what might have happened, read by its tense (decision 840)
    lemma = content.lemma_.lower()
    judged = any(c.dep_ in ("oprd", "xcomp", "attr", "acomp") for c in content.children)
    if lemma in lex.act_passives_unless_judged and not judged:
        pass  # "will be considered by the Senate", "will be heard by the Supreme Court": the party's act (decision 840)
    elif lemma in lex.cleft_standing_passives or lemma in lex.perceptions or lemma in lex.experiences:
        return None
    if lemma in lex.feeling_passives or lemma in lex.states_of_mind:
        return None  # "will be sorely missed by his family": a feeling, no act the party undertakes (decisions 470, 484)
    agent = next((c for c in content.children if c.dep_ == "agent" and c.lower_ == "by"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if doer is None or _no_party(doer) or _generic(doer) or _natural_force(doer) or _occasion(doer):
        return None
    doer_lemma = doer.lemma_.lower()
    if not (_is_agent(doer) or doer_lemma in lex.party_bodies or doer_lemma in lex.party_roles or doer_lemma in lex.office_words):
        return None  # (a body or an office named by a common noun acts whatever the verb: "by the museum", "by the mayor")
    if any(c.dep_ == "det" and c.lower_ in _UNIVERSAL_DETERMINERS for c in doer.children) or _bare_plural(doer):
        # ("any member", "every resident", "supervised by managers with little training": decision 16's class, which
        # _generic leaves to the human nouns as subjects)
        return None
    guessed = any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in content.children)
    if lemma in lex.backing_passives and guessed and not any(t.ent_type_ in ("DATE", "TIME") for t in content.subtree):
        return None  # "The militia may be funded by Iran, officials say": a guess at a present state (decision 840)
    as_post = lemma in lex.post_taking_passives and any(c.dep_ == "prep" and c.lower_ == "as" for c in content.children)
    if lemma in lex.post_holding_passives or as_post:
        subject = next((c for c in content.children if c.dep_ == "nsubjpass"), None) or subject_of(verb)
        if subject is None or _is_agent(subject) or (subject.pos_ == "NOUN" and subject.lemma_.lower() in lex.party_bodies):
            return None  # who will hold the body's post, or the person's standing: no act of the doer
    return doer


def _occasion(noun) -> bool:
    """ "by the World Cup", "by the Olympics", "by Easter": a named event (spaCy EVENT) or a day the dates' named-day
    pattern takes, a deadline after "by" and no party (GUIDE decision 840: "by" + a time is a date)."""
    if noun.ent_type_ == "EVENT":
        return True
    from declcli.claims.dates import _pattern  # (the dates' own named days, not a second list)

    text = noun.doc.text
    m = _pattern("named_day").search(text, max(0, noun.idx - 30))
    while m is not None and m.start("name") <= noun.idx:
        if noun.idx < m.end("name"):
            return True
        m = _pattern("named_day").search(text, m.end())
    return False


def _natural_force(noun) -> bool:
    """ "Storm Ivo", "Hurricane Delphine", "El Niño", "the flood": a storm, weather system or natural force (claims.json
    `natural_force_words`, on the noun or a compound before it), no party (GUIDE kind section, decision 840)."""
    lex = words()
    return (
        noun.lower_ in lex.natural_forces
        or noun.lemma_.lower() in lex.natural_forces
        or any(
            c.dep_ == "compound" and (c.lower_ in lex.natural_forces or c.lemma_.lower() in lex.natural_forces)
            for c in noun.children
        )
    )


def _bare_plural(noun) -> bool:
    """A plural common noun with no determiner, possessive, number or name before it ("managers", "local anglers";
    not "the managers", "Lisbon's lenders", "two deputies", "Boeing engineers")."""
    return (
        noun.tag_ == "NNS"
        and not noun.ent_type_
        and not any(
            c.dep_ in ("det", "predet", "poss", "nummod")
            or (c.dep_ in ("compound", "amod") and (c.ent_type_ or c.pos_ == "PROPN"))
            for c in noun.children
        )
    )


def _wanted_or_owed(verb) -> bool:
    """A frame of will or duty ("wants to", "has to", "is eager to"), not of likelihood ("is likely
    to", "is expected to")."""
    lex = words()
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.lemma_ == "be":
        adjective = _acomp(verb)
        return adjective is not None and lex.be_adjectives.get(adjective.lower_) in ("intention", "obligation")
    return True


def _appearance(verb) -> bool:
    """ "Spain will be back in action on Wednesday", "only Steyer will be on stage", "I'll be there on Friday": a named
    party, or a person spoken of by a personal pronoun, that will be somewhere is its scheduled appearance, an act (GUIDE
    decision 30), not a state it is in. A pronoun's "there" needs the occasion the text gives (`_there_at_an_occasion`);
    not "there for you", "there for the kids" (support, a state)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        verb.lemma_ != "be"
        or subject is None
        or any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp", "oprd") for c in verb.children)
    ):
        return False
    there = any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children) and not any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and (g.pos_ == "PRON" or _is_agent(g)) for g in c.children)
        for c in verb.children
    )
    if subject.lower_ in _PERSONAL_PRONOUNS and subject.lower_ != "you":  # the persons of `_is_agent`
        return there and _there_at_an_occasion(verb)
    return (
        (subject.pos_ == "PROPN" or subject.ent_type_ in _AGENT_ENTITIES)
        and _is_agent(subject)
        and (there or any(c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ == "back") for c in verb.children))
    )


def _there_at_an_occasion(verb) -> bool:
    """ "I'll be there on Friday", "they'll be there for the signing", "I'll be there when the bridge opens": "there" at
    an occasion the clause gives (a day or an hour, a happening, a "when" clause), an appearance (GUIDE decision 30); not
    a goal reached ("we will be there soon", "there by the end of the year", "not there yet"), a stay ("until 2030",
    "for three years", claims.json `occasion_nouns` span prepositions) nor a figure of speech ("there in spirit")."""
    lex = words()
    occasion = False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ("yet", "soon"):
            return False
        if c.dep_ == "advcl" and any(g.lower_ == "when" for g in c.children):
            occasion = True
        elif c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"):
            occasion = True  # "tomorrow", "Friday"
        elif c.dep_ == "prep":
            objects = [g for g in c.children if g.dep_ == "pobj"]
            dated = any(g.ent_type_ in ("DATE", "TIME") or g.lemma_ in lex.duration_units for g in objects)
            if (
                (c.lower_ in lex.span_prepositions or c.lower_ == "by")
                and dated
                or c.lower_ == "in"
                and any(g.lower_ == "spirit" for g in objects)
            ):
                return False
            happening = any(
                g.lemma_ in lex.occasion_nouns
                or g.lemma_ in lex.rescheduled_event_nouns
                or (g.tag_ == "NN" and g.lower_.endswith("ing"))
                for g in objects
            )
            occasion = occasion or dated or (c.lower_ in ("for", "at") and happening)
    return occasion


def _undertaking_adjective(verb) -> bool:
    """ "we remain committed to ridding …", "the ministry said it is committed to raising pay": a linking verb whose
    adjective of obligation (claims.json `be_adjectives`) governs "to" + a gerund or a verb is the table's "commits to",
    the party's undertaking (GUIDE kind section: "agrees to"), not a state it is in; not "to" + a noun phrase ("is
    committed to the formula", "to its customers"), which names what the party is bound to (decision 304)."""
    adjectives = words().be_adjectives
    return any(
        adjectives.get(c.lower_) == "obligation"
        and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX") for g in p.children)
            for p in c.children
        )
        for c in _linked_adjectives(verb)
    )


def past_act_in_reported_gerund(content, speech_verb) -> bool:
    """A gerund a past speech verb reports that names an act ("has denied orchestrating a coup", "admitted to having
    stolen some items", "acknowledged using tear gas"): the gold reads the act in the speech verb's past, an event
    (GUIDE decisions 24, 184), where the gerund read alone has no tense; a state stays a fact ("denied being unfair",
    "denied having close ties")."""
    if speech_verb.lemma_ not in words().act_gerund_speech:
        return False  # (claims.json `act_gerund_speech_lemmas`: "recommended raising", "promised cutting" tell no act)
    did = any(c.dep_ == "aux" and c.lower_ == "did" for c in speech_verb.children)  # ("did admit to having stolen")
    if (speech_verb.tag_ not in ("VBD", "VBN") and not did) or content.head not in (speech_verb, *speech_verb.children):
        return False
    if content.dep_ not in ("xcomp", "pcomp"):
        return False  # (not a clause of its own: '“We're going to hope …,” said …')
    auxiliaries = [c for c in content.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ != "VBG" for a in auxiliaries) or (content.tag_ != "VBG" and not auxiliaries):
        return False  # (a gerund: "using", "having stolen", "being linked"; no tensed or "to" auxiliary)
    if any(a.dep_ == "auxpass" for a in auxiliaries) or content.tag_ == "VBG" and content.lemma_ == "have":
        return False  # ("denied being linked to …", "denied having close ties": a state)
    return content.lemma_ not in words().stative | words().gerund_states  # ("denied owing taxes": a state)


def kind(verb, modal: str, mood: str, text: str, narrated: bool = False, surnames: frozenset[str] = frozenset()) -> str:
    """The claim's kind (fact / event / commitment) read from its clause's verb (`kind_decided` without the reason)."""
    return kind_decided(verb, modal, mood, text, narrated, surnames)[0]


def kind_decided(
    verb,
    modal: str,
    mood: str,
    text: str,
    narrated: bool = False,
    surnames: frozenset[str] = frozenset(),
    window: Sequence = (),
    dated_after: Callable | None = None,
) -> tuple[str, str]:
    """The claim's kind and the name of the rule that decided it (the helper its test calls, or what the test checks:
    "past_tense", "perfect", "stative"; "default" for the last return, which no rule reached). A clause read through
    another (a belief, a question, what was found or said) takes the reason of the clause that decided.
    `narrated`: the claim's window tells a story in the present (narration.py); `surnames`: those of the persons the
    window names in full; `window`: the window's paragraphs (Docs), where a "they" finds what it stands for in the
    paragraphs before its own; `dated_after`: whether a clause's words hold a date that, read as the claim's dates are,
    lies after the reference date (None: not known)."""
    lex = words()
    if mood == "question":
        # "How did 63 million Americans look at his feed and think …?", "Why did Klein make it his
        # question?": an essay's question about what a party did presupposes the happening (an event);
        # other questions state nothing, and a question is never a commitment (GUIDE).
        if verb.lower_ in _QUESTION_TAGS:
            # "The minister resigned last week, right?": the parser's ROOT is the tag, which asks the clause it ends
            verb = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), verb)  # (decision 306)
        if _asked_who_said(verb):
            # "Who said the mayor resigned?": a speech verb by its tense, the past an event (decision 757)
            return "event", "asked_who_said"
        if _asked_about_a_past_act(verb) or _asked_whether_it_happened(verb):
            return "event", "asked_about_a_past_act"
        # (a frame of the modality table asks about an aim or a hope, no happening: "Was he hoping for a trade?")
        asked_happening = (
            _asked_whether_it_was_under_way_or_done(verb)
            or _past_act_asked_in_statement_order(verb)
            or _clause_reported_in_statement_order(verb)
        )
        done = _past_passive_asked(verb) if modal == "none" and not asked_happening else None
        if done is not None:
            return "event", "past_passive_asked"
        if modal != "none" or not asked_happening:
            return "fact", "question_states_nothing"
        # asking changes no clause's kind: the asked clause is an event only where its statement is one, not a quality
        # changed, a habit, "always", a practice or a negated experience over a span (decisions 246, 438, 439, 854)
        asked, reason = kind_decided(verb, modal, "statement", text, narrated, surnames, window, dated_after)
        return ("event" if asked == "event" else "fact"), reason
    if _hoped(verb) is not None:
        return "fact", "hoped"  # ("I hope he comes clean": what is wished for is nobody's undertaking, GUIDE decision 27)
    verb = _first_clause(verb)
    verb = _clause_hung_on_a_noun(verb) or verb
    believed = _believed(verb)
    if believed is not None and (
        modal != "none" or (verb.lemma_ in _BELIEF_LEMMAS and any(c.dep_ == "nsubj" for c in verb.children))
    ):
        # "They know that doing so would spark …": the clause's modal decides, as it does the modality; and with no
        # modal, "I think we've struck the right balance", "He believes the board misled him": the belief frames
        # what is held, which gives the kind as a reported clause does (GUIDE decisions 105, 143: judge what was said);
        # not an imperative with no holder ("Suppose that I'm trying to …": a case put to the reader)
        return kind_decided(believed, modal, mood, text, narrated, surnames, window, dated_after)
    if _appraisal_idiom(verb):
        return "fact", "appraisal_idiom"  # "You gotta love the design": the writer's appraisal, a judgement (GUIDE decision 216)
    subject = subject_of(verb)
    permission = _permission(verb)
    if modal == "possibility" and permission is not None:
        # A permission reads by its tense, as a state or a happening: "Instagram lets you see …" tells
        # what the service is like (a fact), "the resolution allowed researchers to see …" what
        # happened (an event); neither is a party's undertaking.
        modal = "none"
    if modal == "intention" and mood == "statement" and _future_in_the_past(verb):
        # "Soon, I would become one of them": what came to happen later in the story (GUIDE decision 107)
        return "event", "future_in_the_past"
    if modal == "obligation" and _past_frame_as_a_habit(verb):
        # "As a trainee, she was required to sweep the yard every morning": a routine (GUIDE decision 468)
        return "fact", "past_frame_as_a_habit"
    if modal == "obligation" and _past_arrangement(verb, dated_after):
        # "The ferryman was supposed to sail at dawn": the arrangement as it stood, no act pending now (GUIDE decision 1056)
        return "fact", "past_arrangement"
    if modal == "possibility" and _ability_shown_each_time(verb):
        # "The crew was usually able to land before dark": what one could do each time, a habit (438, 468)
        return "fact", "ability_shown_each_time"
    if modal in ("none", "possibility") and _study_result_found(verb):
        # "Researchers found that the treated seedlings grew taller", "Tests showed the seal had cracked", "The study
        # found that the mice were able to find the exit": what a study found is its result, in the past too (GUIDE
        # decisions 17, 270, 608(a))
        return "fact", "study_result_found"
    if modal == "possibility" and _held_since_a_point(verb, through_infinitive=True):
        # "Since 2011, anyone has been able to buy it online": an ability held up to now (GUIDE decision 439)
        return "fact", "held_since_a_point"
    if modal != "none" and _past_outcome(verb):
        # "The vehicle was unable to avoid the deer", "the two sides have been unable to reschedule",
        # "WeWork agreed to a rescue last month": what a party could or could not do, or accepted,
        # told in the past, is what happened (GUIDE decision 6: "agreed to" + a noun phrase).
        return "event", "past_outcome"
    if modal in ("recommendation", "obligation") and _writers_own_request(verb, subject):
        # "We asked two doctors to explain the rules", "I've asked him to share his notes": the writer's own request,
        # told in the past outside any quote, narrates what the writer did (GUIDE decision 221: event)
        return "event", "writers_own_request"
    if speech_withheld(verb):
        # "The firm would not comment on the recall": the speech not made then (GUIDE decision 673)
        return "event", "speech_withheld"
    if modal in ("recommendation", "obligation") and request_told_as_a_step(verb):
        # "The club then asked the council to close the road": one step of what happened (GUIDE decision 780(a))
        return "event", "request_told_as_a_step"
    if modal in ("recommendation", "obligation") and _instruction_received_in_the_past(verb, dated_after):
        # "Participants were asked to watch the film", "Staff were encouraged to report faults", "Cole was ordered to pay
        # $60": a past passive instruction with no teller named, its act behind the narration (GUIDE decision 704(a))
        return "event", "instruction_received_in_the_past"
    if modal == "intention" and _past_wish(verb):
        return "fact", "past_wish"  # "I wanted to buy a copy, but it was out of print": a past state of mind (GUIDE decision 198)
    if modal == "recommendation" and (advised_gerund(verb) is not None or advised_gerund(verb.head) == verb):
        # "Dr. Moy suggests exfoliating once a week": advice to whoever reads, no party (GUIDE decision 16)
        return "fact", "advised_gerund"
    if _reaction_drawn_over_a_span(verb, subject):
        # "The club has received criticism after it raised prices", "has copped backlash for": a standing situation (784)
        return "fact", "reaction_drawn_over_a_span"
    if _facing_pressure(verb):
        # "The firm faced criticism", "has faced delays", "They have to face the consequences": a party's situation in
        # any tense, not an act, a happening or a duty it undertakes (GUIDE decision 415)
        return "fact", "facing_pressure"
    if _income(verb):
        # "Will made $20 million last year", "The film has made $85 million", "She'll make $9 million this season": what
        # a party or a thing brings in, a sum over a period in any tense, no act (GUIDE decisions 305, 466)
        return "fact", "income"
    if modal in ("intention", "possibility") and _figure_ahead(verb):
        # "Sony would sell nine million consoles this year", "Ohio is likely to lose two seats": a volume or figure
        # still to come, which the market or the voters decide, no party's undertaking (GUIDE decisions 651(b), 727)
        return "fact", "figure_ahead"
    if modal != "none":
        owner = _frame_noun_owner(verb)
        if owner is not None and (owner.lower_ in _POSSESSIVE_PRONOUNS or _is_agent(owner)):
            return "commitment", "duty_owner"  # "It was his duty to report his concerns": the owner is bound (GUIDE decision 15)
        if subject is not None and subject.dep_ == "expl":
            return "fact", "expletive_subject"
        forced = _forced_party_kind(verb) if modal == "obligation" else None
        if forced is not None:
            return forced, "forced_party"
        if (
            modal == "obligation"
            and verb.lemma_ in words().requiring
            and verb.tag_ != "VBD"
            and not (verb.lemma_ in words().forcing and _present_perfect(verb))  # ("have forced X to": what happened)
            and not any(c.dep_ == "auxpass" for c in verb.children)
        ):
            # "The mandate requires that insurers cover …", "requires soldiers to photograph …": a requirement on an
            # unnamed class is a rule (a fact); on a named party, its commitment (GUIDE decision 200)
            party = _required_party(verb)
            if party is None or _a_programme_or_thing(party):
                # (nor a named programme or product: "requires Medicare to cover", GUIDE decision 312)
                return "fact", "requirement_on_a_class"
            if not ((party.pos_ == "PROPN" and _is_agent(party)) or party.ent_type_ in ("PERSON", "ORG", "GPE")):
                return "fact", "requirement_on_no_party"
            # whatever the subject: "The bill requires NASA to report" (a document's provision)
            return "commitment", "requirement_on_a_party"
        addressee = _addressee_of_a_request(verb) if modal in ("recommendation", "obligation") else None
        if addressee is not None and (_public_at_large(addressee) or (addressee.lower_ == "you" and not _quoted(verb))):
            # "NASA is asking viewers to wave", "He urged people to limit their use of cards", "I urge you to vote": the
            # kind follows the one asked to act, and the public or any reader is a generic class, no party's undertaking
            # (GUIDE decisions 45, 331, 652(c)); a specific addressee ("urged the council to reject") stays the asker's
            return "fact", "request_to_the_public"
        expected = _expected_of_another(verb)
        if expected is not None:
            # "We expect Iran to meet international norms", "I don't expect them to go there": what a party is
            # wanted or expected to do takes its kind from the one to act (GUIDE decision 171): a specific party
            # undertakes it; the writer's "I want you to embrace this reality" (any reader) and "might want
            # insurers to provide coverage" (a class) are nobody's undertaking. Other doers ("wanted his works to
            # flow", "wanted the restaurant to review") are left to the wanter's reading below.
            doer = next(c for c in expected.children if c.dep_ in ("nsubj", "nsubjpass"))
            if _generic(doer) or (doer.lower_ == "you" and not _quoted(expected)):
                return "fact", "expected_of_a_class"
            if _undergone(expected) or _state_described(expected) or _no_party(doer):
                # "We want him to be hanged", "I don't want him to sound rude", "I don't want the summer to end": what
                # is done to the doer, a state it is in, or a thing that no one steers names no act of a party, a wish
                # (GUIDE decisions 171, 283)
                return "fact", "expected_state"
            if doer.lower_ in _OBJECT_PRONOUNS or (_is_agent(doer) and doer.lower_ != "you"):
                return "commitment", "expected_of_a_party"
        if modal == "intention" and _staying_on(verb, subject):
            # "Lee will remain acting mayor": a named person keeping a post, what the party will do
            return "commitment", "staying_on"
        if modal in ("obligation", "recommendation") and _quality_to_be_in(verb):
            # "We've got to be calmer", "they need to be patient", "We should be cautious": the state or quality a
            # party is to be in, not an act it carries out (GUIDE decisions 470, 478)
            return "fact", "quality_to_be_in"
        if _state_of_mind_framed(verb):
            # "We have to recognize we're changing the climate", "you need to know the rules", "I can understand why
            # people worry", "They shouldn't have to fret": a frame whose verb names a state of mind or an experience,
            # not an act the party carries out (GUIDE decisions 470, 484)
            return "fact", "state_of_mind_framed"
        if _doer_named_after_by(verb) is not None:
            # "The repairs will be carried out by the harbour board", "the inquiry will be chaired by a retired judge":
            # the "by" phrase names the party who is to act, and the unit reads as its active (GUIDE decision 840)
            return "commitment", "doer_named_after_by"
        if (
            _undergone(verb)
            and not (modal in ("obligation", "recommendation") and _is_agent(subject))
            and not (_decision_frame(verb) and _is_agent(subject))
        ):
            # "could face decades in jail", "is likely to face", "is expected to remain": something
            # undergone or a state, which nobody decides; but a party's duty or advice to be in a state
            # is still its commitment ("should remain in jail", "They have to face the consequences"), and
            # so is its choice of one ("has chosen to stay silent", GUIDE decision 210).
            return "fact", "undergone"
        if (
            any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
            and verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        ):
            # "Voters could have shown …": what might have happened, which nobody now decides; not
            # "have agreed to grant", "have offered to stage", whose perfect is the party's frame verb.
            return "fact", "might_have_happened"
        if _hope_as_a_state(verb):
            # "he hoped the striker would stay", "hope for a quiet night": a state of mind (GUIDE decision 283)
            return "fact", "hope_as_a_state"
        if modal in ("intention", "possibility") and _forecast(verb):
            # "The Chargers would probably not make the playoffs", "Fortunately, Randall will be back":
            # the writer's estimate or hope of what will come, a prediction nobody undertakes (GUIDE: fact)
            return "fact", "forecast"
        if modal == "possibility" and _skill_told(verb):
            # "Lee can sing well", "can capably handle two positions": a standing skill (GUIDE decision 583)
            return "fact", "skill_told"
        if modal == "possibility" and _speaker_hedging(verb, subject):
            # "I can say with confidence that …", "I can't speak to his motives": a manner of speaking
            return "fact", "speaker_hedging"
        if modal == "possibility" and _feeling_idiom(verb):
            # "I can't wait to see it", "I couldn't help but smile": a feeling, nobody's undertaking
            return "fact", "feeling_idiom"
        if modal == "intention" and _feeling_to_come(verb):
            return "fact", "feeling_to_come"  # "I will miss the satisfaction of …", "We're going to miss it": what one will feel
        if _speakers_hypothesis(verb, subject, mood):
            # "I'd make bigger changes in the Army", "I wouldn't make a lot of changes", "I'd have to rule out every
            # other city": what the speaker would do were it up to them, an opinion, nobody's undertaking (GUIDE
            # decision 162)
            return "fact", "speakers_hypothesis"
        if _unreal_hypothesis(verb):
            # "If you were a subscriber, the carrier would give you free data", "If every set met the standard, the state
            # could avoid the cost": the outcome of an unreal hypothesis commits nobody (GUIDE decisions 162, 466)
            return "fact", "unreal_hypothesis"
        if modal == "intention" and _habit_told_with_will_or_would(verb):
            # "Almost every month I would join a new clique", "I'll occasionally take the bus": what one used to do
            # or does each time (GUIDE decision 46)
            return "fact", "habit_told_with_will_or_would"
        if modal in ("possibility", "recommendation") and _each_time(verb):
            # "When I open the home screen, I should be able to just say 'Instagram'", "When the skin is healthy,
            # it can shed cells": what can or should be done each time something happens, a habit or a general
            # rule, not one party's undertaking (GUIDE decisions 16, 46)
            return "fact", "each_time"
        if modal == "recommendation" and _called_for_state(verb):
            # "called for Fahie and Maynard to be afforded due process", "urged people to be cautious": what
            # was called for is done to the party or a state it is to be in (GUIDE decisions 6, 76)
            return "fact", "called_for_state"
        needed = _needed_party(verb)
        if needed is not None:
            # "We need volunteers to step up", "the plan needs the board to sign off": the one who is to act decides,
            # a generic class none (GUIDE decisions 215, 16)
            return ("commitment" if _is_agent(needed) and not _generic(needed) else "fact"), "needed_party"
        provides = _provision_in_main_clauses(verb, text)
        if _they_for_no_party(subject) and not provides:
            # "Employers believe they can carry on", "the dishes are cheap, but together they will improve …": "they"
            # standing for a generic class or for things is no specific party (GUIDE decisions 6, 16)
            return "fact", "they_for_no_party"
        if modal == "intention" and _class_at_one_occasion_ahead(verb, subject):
            # "Drivers will walk out on Tuesday", "Teachers will march on Saturday": the members of a class who will act
            # on one day are the set that one occasion bounds, a specific party (GUIDE decisions 331, 652(a))
            return "commitment", "class_at_one_occasion_ahead"
        if modal == "intention" and _one_body_introduced(verb, subject):
            # "A jury will decide in August", "An appointed committee will award the prize": one body the text
            # introduces, whose act lies ahead, not any member of a class (GUIDE decisions 6, 16)
            return "commitment", "one_body_introduced"
        if _generic(subject) and (modal != "obligation" or not subject.ent_type_) and not provides:
            # "companies can hire", "an importer may elect", "people shouldn't panic", "Tenants must pay on time":
            # what any member of a class may or must do, no specific party (GUIDE decision 16); a document's
            # provision stays a commitment. An obligation's subject the tagger reads as a common noun though the
            # model names it ("Pence will have to", lemma "penny") is a party.
            return "fact", "generic_subject"
        if modal == "possibility" and mood == "statement" and _could_not_told_as_what_happened(verb, subject):
            # "The agency could not confirm the figures", "Lee couldn't find the keys on Tuesday": what a party was not
            # able to do then, told as one past happening, like "was unable to" (GUIDE decisions 74, 556(b))
            return "event", "could_not_then"
        # ("The museum will host talks", "the defendants had a duty to": a body or a party to a case acts, claims.json
        # `modal_party_nouns`, read here only so that these nouns keep their other readings elsewhere; "The league will
        # start on Friday", "the town could flood": no act, GUIDE decision 6)
        party_noun = subject is not None and subject.pos_ == "NOUN" and _party_noun(subject, verb)
        return ("commitment" if _is_agent(subject) or party_noun or provides else "fact"), "modal_default"
    content = _known_content(verb)
    if content is not None:
        # "I later found that many people opt for …", "his doctor assumed he had an infection": what
        # was found, learned or said decides (GUIDE: "judge what was said, not the saying").
        return kind_decided(content, modality(content), mood, text, narrated, surnames, window, dated_after)
    if lex.provision.search(" ".join(t.text for t in verb.subtree if t.i >= verb.i - 1 and t.i <= verb.i + 2)) and not (
        _attempt_set_out(verb) or _person_as_subject(subject, window)
    ):
        return "commitment", "provision"
    if _made_plain_by_a_thing(verb, subject):
        # "The flood has exposed the weakness of the sea wall", "the wreck yielded fresh clues to the trade routes", "the
        # leak put a spotlight on the council's spending": what a thing or happening made plain (GUIDE decisions 713(c),
        # 764, 820: fact in the past and the present perfect too)
        return "fact", "made_plain_by_a_thing"
    if _study_results_to_date(verb, subject) or _measured_change_found(verb, subject):
        # "Previous research has identified two genes", "Studies of the drug have produced mixed results": what research
        # has given up to now, its results; "The survey found a rise in ferry use": a measured change (GUIDE decisions
        # 270, 698(b))
        return "fact", "study_results_to_date"
    if _refusal(verb, subject):
        # "The ministry declined to comment", "He refused to give details", "She is refusing to take part": what a
        # party refuses to do is its undertaking not to, told in any tense (GUIDE decision 75)
        return "commitment", "refusal"
    if verb.lemma_ == "be" and _cleft_of_a_happening(verb, subject):
        return "event", "cleft_of_a_happening"  # "It was Morrison who took over", "It is for that reason that NASA enlisted …"
    if _no_comment(verb):
        return "event", "no_comment"  # "There was no immediate comment from X", "The office had no comment": X did not respond
    if _time_of_a_told_happening(verb, subject):
        # "That's when it really hit me", "This was after he got pushed out of Twitter"
        return "event", "time_of_a_told_happening"
    if _dated_first_or_last_time(verb):
        # "The last time I rode the ferry was in May": when one told happening took place (GUIDE decision 467)
        return "event", "dated_first_or_last_time"
    if verb.lemma_ == "be" and verb.tag_ == "VBD" and _when_something_happened(verb):
        return "event", "when_something_happened"  # "The vehicle was southbound on Road 9 when a deer entered the roadway"
    if _standing_on_a_ranking(verb):
        # "Lee ranked third in scoring last season", "Roe came in ninth", "She checked in at No. 7": a party's place on a
        # ranking or list, in the present or in a past tense that reports the list, a standing (GUIDE decision 650)
        return "fact", "standing_on_a_ranking"
    if _move_on_a_ranking(verb):
        # "Lee climbs to third", "Roe vaults into the rankings at No. 3", "Globex fell two places": a move onto, up,
        # down or off a ranking, a change, in the present of a news report as in the past (GUIDE decision 650)
        return "event", "move_on_a_ranking"
    if _copula_of_a_move(verb):
        # "Globex shares are up 12% this year", "Ridership was down 3.5 percent": a move (GUIDE decision 806)
        return "event", "copula_of_a_move"
    if _emerged(verb):
        return "event", "emerged"  # "Cases first appeared in West Michigan at the end of August"
    if _passive_read_as_adjective(verb):
        # "That movie was poorly received by critics", "The dollar was little changed"
        return "event", "passive_read_as_adjective"
    if _reaction_at_one_moment(verb):
        # "On Monday she was shocked to learn …": a reaction placed at one moment (GUIDE decision 486)
        return "event", "reaction_at_one_moment"
    if _witnessed(verb):
        return "event", "witnessed"  # "Noem saw the Twitter reaction", "Teachers didn't see Holcomb at the Statehouse on Tuesday"
    if _move_told_by_a_noun(verb, subject):
        # "There has been a sharp rise in fares", "The chain saw a 9% decline in sales" (GUIDE decision 581)
        return "event", "move_told_by_a_noun"
    if _happening_there_was(verb, subject):
        # "There were violent scuffles after the verdict": what took place (the kind section's "something occurred")
        return "event", "happening_there_was"
    if _had_a_happening(verb) and not _share_of_a_class_in_the_past(verb, subject):
        # "Uber had an interesting response", "We had some issues": what a party went through (but "10 percent of the
        # patients had side effects" sums what many members underwent, a figure: GUIDE decisions 270, 305)
        return "event", "had_a_happening"
    if _game_tally(verb):
        return "event", "game_tally"  # "Dubois had two goals and an assist", "Rondo had eight points": what happened in the game
    if _counted_record(verb) and not _specific_party(subject):
        # "The outbreak has killed 3,338", "Sales have topped 40 million": an outcome summed (GUIDE decision 305); a
        # specific party's counted acts ("Winnipeg has won three in a row", "The club has won the cup three times") are
        # specific happenings summed, events (GUIDE decision 451), read below by their perfect
        return "fact", "counted_record"
    if _ruled_out_in_the_past(verb):
        # "Kheradpir didn't rule out offering the service in 2010": a choice left open then (GUIDE decision 168)
        return "event", "ruled_out_in_the_past"
    if portrayed(verb):
        # "a book has cast him as being underhanded": what the portrayal says he is (GUIDE decision 172)
        return "fact", "portrayed"
    if _deliberation_under_way(verb, subject):
        # "The council is considering closing the depot": a party's deliberation in progress (GUIDE decision 276)
        return "event", "deliberation_under_way"
    if _seeming_act(verb):
        return "event", "seeming_act"  # "At least five members appeared to have raised their forecasts": what they did, hedged
    if _stayed_put(verb, subject):
        return "event", "stayed_put"  # "He stayed home from work", "The leaders stayed in the valley on Thursday night"
    if _present_at_one_occasion(verb, subject):
        # "The envoy was in Lisbon on Friday", "The mayor was in attendance" (GUIDE decision 478)
        return "event", "present_at_one_occasion"
    if _written_up_in_a_journal(verb):
        # "The team described the fossil in the journal Nature": the publication the story reports
        return "event", "written_up_in_a_journal"
    if _aware_of_a_thing(verb):
        # "Dealers have noticed the shift", "the staff did not realize the danger": a state of awareness (GUIDE decision 607)
        return "fact", "aware_of_a_thing"
    if (
        (verb.lemma_ in lex.stative and not _stative_verb_as_a_partys_act(verb, subject) and not _lived_as_a_happening(verb))
        or _HATE_FORMS.get(verb.lower_) in lex.stative
        or (verb.lemma_ in lex.evaluative and not _summoned(verb, subject) and not _cited_in_the_past(verb))
    ):
        return "fact", "stative"  # states, and judgements such as "described it as", "called it"
    if _stance_told_back(verb):
        # "Biden said he supported forgiving the loans": the stance held when he spoke, the report's tense
        return "fact", "stance_told_back"
    if verb.tag_ == "VBN" and any(
        c.dep_ == "advmod" and c.lower_ in words().degree and (subject is None or c.i > subject.i) for c in verb.children
    ):
        # "was very moved": a participle read as an adjective (not a leading "So the ferry has left")
        return "fact", "participle_as_adjective"
    if _feeling_passive_in_the_past(verb):
        # "She was upset by the reply", "I was touched that you wrote": a feeling held (GUIDE decision 278)
        return "fact", "feeling_passive_in_the_past"
    if _turned_out(verb) or _possessed(verb):
        return "fact", "turned_out"  # "That prediction turned out to be true", "has proved elusive", "It's got a coupe look"
    if _condition_shown(verb) or _thing_came_with(verb, subject):
        # "The patient showed no symptoms", "The flat came with a fridge": a condition, what a thing held
        return "fact", "condition_shown"
    if _relation_to(verb):
        # "Many readers related to her story", "The codes corresponded to towns": a standing relation
        return "fact", "relation_to"
    if _looked_like(verb):
        # "It looked old enough to be an antique", "the cell looked just like a tuft cell": a description
        return "fact", "looked_like"
    if _found_to(verb):
        return "fact", "found_to"  # "Almost half were found to have tumours", "The outflows were shown to change …": a finding
    if _belief_brought_about(verb, subject):
        # "The label convinced buyers that the jam was local": a state of mind a thing brought about
        return "fact", "belief_brought_about"
    if _past_occupation(verb, subject):
        # "Her husband worked as a brick mason", "He played chess": what one did for a living or a pastime
        return "fact", "past_occupation"
    if _past_standing(verb, subject):
        # "She served on the court from 2015 to 2019", "The leak came from a water bag": how things stood
        return "fact", "past_standing"
    if (
        _long_standing(verb)
        or _kept_up_over_a_span(verb)
        or _span_spent(verb)
        or _held_since_a_point(verb)
        or _past_habit(verb)
        or _state_reached(verb)
        or _never_happened(verb)
        or _negated_over_a_span(verb)
        or _experienced_before_now(verb)
    ):
        # "Indigenous Peoples have long recognized …", "She has taught piano for twenty years", "Gaming used to be so
        # simple": a lasting state, a practice or a habit
        return "fact", "long_standing"
    if _part_a_thing_played(verb, subject):
        # "Social media played a key role in the inquiry": what a thing counted for, an assessment (512, 393)
        return "fact", "part_a_thing_played"
    if _length_it_took(verb):
        # "The bridge took five years to build", "It took me a while to learn it": an event's length (664(c))
        return "fact", "length_it_took"
    if _time_come_for(verb, subject):
        # "The time has come to rebuild the pier": a judgement that an act is due, no happening (GUIDE decision 728)
        return "fact", "time_come_for"
    if _condition_reached(verb, subject):
        # "Deficit hawks have gone silent", "We've gotten used to the noise": the condition come to (GUIDE decision 393)
        return "fact", "condition_reached"
    if _change_path_reached(verb) or _upbringing(verb) or _development_became(verb, subject) or _quality_developed(verb, subject):
        # "The square has turned into a car park", "The club has gone from bankruptcy to the top flight": where a change
        # has led (GUIDE decision 393); "She grew up on a farm": a childhood, background
        return "fact", "change_path_reached"
    if _multitude_over_time(verb, subject) or _appraised_work(verb):
        # "Many voters have switched sides", "She's done a fantastic job": a sum over time, an assessment
        return "fact", "multitude_over_time"
    if _past_told_as_a_habit(verb, subject):
        # "Parties had traditionally paid a price", "The guards sometimes followed the cart": a pattern
        return "fact", "past_told_as_a_habit"
    if _run_turned_out_so_far(verb, subject):
        # "The club's bids have failed", "The policy has so far failed to deter crossings" (GUIDE decision 540)
        return "fact", "run_turned_out_so_far"
    if _counted_aggregate(verb, subject):
        # "At least 120 homes have been flooded", "About 30% of patients have recovered": a sum over a period
        return "fact", "counted_aggregate"
    if _share_of_a_class_in_the_past(verb, subject):
        # "About 60% of the patients died", "1 percent relapsed": a share of a class, a figure
        return "fact", "share_of_a_class_in_the_past"
    if _studied_group_outcome(verb, subject):
        # "The treated rats slept longer", "the mice gained weight": what a study observed (GUIDE decision 608(a))
        return "fact", "studied_group_outcome"
    if _way_best_done(verb):
        # "Progress was best achieved through schooling": how a thing is best done, a general truth (GUIDE: kind, fact)
        return "fact", "way_best_done"
    if _partys_own_result(verb, subject):
        # "I made sure the gate was shut", "He's made it easy for them": what the party did (GUIDE decisions 439, 932)
        return "event", "partys_own_result"
    if _result_state(verb, subject) or _measure(verb) or _description(verb, subject) or _stative_passive(verb):
        # "have left firms uncertain", "have totaled $63 billion", "a cell held 155 men", "was based on"
        return "fact", "result_state"
    if _effect_of_a_thing_to_date(verb, subject):
        # "The floods have spurred the push for a sea wall", "the shortage has lent weight to calls for cheaper fares": a
        # thing's or happening's effect up to now, with no moment and no figure (GUIDE decision 932)
        return "fact", "effect_of_a_thing_to_date"
    if _activity_as_subject(subject):
        # "practicing mindfulness decreased binge eating", "owning music catalogs has become a business": what
        # an activity did or does, named by a gerund and nobody's one act, is a general finding (GUIDE: fact)
        return "fact", "activity_as_subject"
    if (
        (verb.tag_ == "VBD" and not _present_homograph(verb, subject))
        or _past_read_as_participle(verb)
        or _past_hung_on_a_noun(verb)
        or _past_form_tagged_present(verb)
        or _past_helper_read_as_aux(verb, subject)
        or _past_misread_in_what_was_said(verb)
    ):
        return "event", "past_tense"
    if _standing_charge(verb):
        # "Each defendant is charged with one count of …": the standing the party is in (GUIDE decision 787)
        return "fact", "standing_charge"
    if verb.tag_ == "VBN" and verb.lemma_ in lex.charges and any(c.dep_ == "auxpass" for c in verb.children):
        return "event", "charge_brought"  # "was charged on Tuesday with …": the charge was brought
    if verb.lemma_ == "show" and verb.tag_ == "VBZ" and subject is not None and subject.lemma_.lower() in lex.recordings:
        return "event", "footage_shows"  # "Video footage shows police beating protesters": what the footage recorded happened
    if _in_sequence(verb):
        return "event", "in_sequence"  # "This comes after police said …", "Her testimony follows Tuesday's hearing"
    if verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and _perfect_or_past_aux(c, verb) for c in verb.children):
        return "event", "perfect"
    if any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children):
        return "event", "did"  # "did not accept the offer"
    if _unnamed_class_activity(verb, subject):
        # "Some firms are moving into payments", "People are getting tired of it": a trend (GUIDE decision 430)
        return "fact", "unnamed_class_activity"
    if _arranged(verb, subject):
        return "commitment", "arranged"  # "Apple is holding an event next month", "The CEO is stepping down in May"
    if _being_done_now(verb):
        # "The old pier is being rebuilt", "He is being held at the county jail" (GUIDE decision 615(c))
        return "event", "being_done_now"
    if _study_published(verb, subject):
        return "event", "study_published"  # "The study is published in the journal Science": the publication the story reports
    if _background_at_the_time(verb):
        # "He was standing on the quay when the boat sank", "At the time, she was serving abroad" (decision 550)
        return "fact", "background_at_the_time"
    if _post_held_in_the_progressive(verb):
        # "She is heading the county's lab", "Lee is running the night desk": a post held, a state (decision 612)
        return "fact", "post_held_in_the_progressive"
    if _posture_in_the_progressive(verb):
        # "She was sitting on the rail", "the seals are lying on the rocks": the position the party is in (decision 632)
        return "fact", "posture_in_the_progressive"
    if _condition_changing(verb, subject):
        # "They were getting healthier", "He is improving", "is gaining strength": a state the subject is in (393)
        return "fact", "condition_changing"
    if (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and _is_be(c) for c in verb.children)
        and subject is not None
        # (whoever tries acts: "Hong Kong stocks have been trying to claw back some losses")
        and (subject.ent_type_ in _AGENT_ENTITIES or subject.pos_ == "PROPN" or _is_agent(subject) or verb.lemma_ in _ATTEMPTS)
        # ("is facing difficulty finding a coach": the party's effort, not the condition of "is facing charges")
        and (verb.lemma_ not in lex.ongoing_states or _facing_an_effort(verb))
        and permission is None  # "Amazon is now letting you listen …": what the service offers
        # (what is not going on is no happening: "I'm not complaining", "He wasn't kidding"; but a named party's act
        # or effort told as not under way is one, its negation the polarity's: "Globex is not trying to …")
        and (not _negated(verb) or _negated_act_of_a_named_party(verb, subject, window))
        and not _form(verb)
        # "Audi is promising space for five": a promise of a thing tells what it offers (GUIDE decision 51)
        and not (verb.lemma_ == "promise" and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children))
    ):
        # "The attorney general is investigating WeWork", "regulators are demanding answers": a
        # party's action under way ("is waiting for", "is betting on": a state of mind).
        return "event", "progressive_action"
    if _trend_told_in_the_present(verb, subject):
        # "New car prices are climbing", "the market is growing fast": a tendency now (726, 732, 775)
        return "fact", "trend_told_in_the_present"
    if _changing(verb):
        return "event", "changing"  # "Shares are dropping in premarket trading", "Cases of COVID-19 are surging"
    if _continuing_action(verb, subject):
        return "event", "continuing_action"  # "The two sides continue to negotiate", "Apple continues to offer free repairs"
    if _timetabled(verb, subject):
        return "commitment", "timetabled"  # "Lowe's reports earnings Wednesday", "The board meets at 10 a.m."
    if _performed(verb, subject):
        return "event", "performed"  # "We thank the Afghan government for its actions": the thanking happens as it is said
    if _fixture_row(verb):
        return "commitment", "fixture_row"  # "Thunder: Host the Lakers on Friday.": a team's next game (GUIDE decision 30)
    if narrated and narrated_action(verb, subject, surnames):
        return "event", "narrated_action"  # "I hide in a corner while Hadvar deals with them": a story told in the present
    return "fact", "default"


def _negated_act_of_a_named_party(verb, subject, window: Sequence = ()) -> bool:
    """ "Globex is not trying to break new ground", "The airline wasn't reporting delays", "He wasn't apologizing for
    his past": a negated progressive of an act with its object or complement, whose subject is a party named by name,
    "he" or "she", "they" standing for a specific party named before it (`_they_antecedent`, decision 430: not an unnamed
    class, "Shoppers have changed. They aren't buying cars") or a body's "we" acting with an object or towards an aim
    ("we're not rushing to hire"; not the speaker's own stance, "we're not complaining about it", as "I" and "you"),
    tells that party's act, effort or speech act (not) under way, an `event` as the unnegated one (GUIDE decisions 177,
    430, 733: "polarity as written"). Not a forecast with a noun phrase ("The ministry is not projecting a rise": a view
    held, decision 842), a state, attitude or state of mind (claims.json `negated_progressive_not_acts`: "wasn't joking
    about it", "isn't trusting the polls", "isn't holding a grudge", "isn't making money", "was not wearing a helmet",
    stative verbs: decisions 267, 632, 664(b)), nor a judgement of how the party acts: a degree denied ("isn't using the
    depot enough", "isn't selling as many phones", "wasn't taking the reports as seriously as it should") or an object
    judged ("isn't doing anything wrong": decision 101's criticism stating what is)."""
    lower = subject.lower_
    if lower == "they":
        antecedent = _they_antecedent(subject, window)
        if antecedent is None or not _specific_party(antecedent):
            return False
    elif lower not in ("he", "she", "we") and not (subject.pos_ == "PROPN" or subject.ent_type_ in _AGENT_ENTITIES):
        return False
    lex = words()
    not_acts = lex.negated_progressive_not_acts
    lemma = verb.lemma_
    if lemma in not_acts.lemmas or lemma in lex.guessing_frame_lemmas or lemma in lex.figure_ahead["frames"]:
        return False
    if lemma in lex.stative or lemma in lex.states_of_mind or lemma in lex.feelings:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_ in not_acts.objects.get(lemma, ()) or o.lemma_.lower() in not_acts.objects.get(lemma, ()) for o in objects):
        return False
    # (the parser hangs a degree on the verb, on its object or on the object's modifier: "using SLS enough", "making
    # enough cars", "selling as many phones", "taking it as seriously as"; an adjective after the object judges it)
    graded = [c for c in verb.children if c.dep_ == "advmod"] + [g for o in objects for g in (o, *o.children)]
    if any(
        t.lower_ in not_acts.degrees
        or (t.dep_ == "amod" and t.head.dep_ == "dobj" and t.i > t.head.i)
        or (t.dep_ in ("advmod", "amod") and any(g.lower_ == "as" or g.lower_ in lex.degree for g in t.children))
        for t in graded
    ):
        return False
    if lower == "we":
        return any(o.pos_ in ("NOUN", "PROPN") for o in objects) or any(
            c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
        )
    return any(c.dep_ in ("dobj", "xcomp", "prep", "prt", "advcl", "dative") for c in verb.children)


def _provision_in_main_clauses(verb, text: str) -> bool:
    """A verb of the provision list ("provides for", "calls for", "foresees" …) in the claim's `text` that is not set
    inside a relative clause or a clause hung on a noun: "Farmers will be able to sign a petition that calls for
    lower tariffs on seed", "Anglers can read a leaflet that foresees shorter seasons for trout" set out no
    document's terms for the main statement, whose kind is read as usual (GUIDE: a relative clause decides nothing, its
    modal verbs do not count; decisions 1, 6, 16). Read only where the list's words are in the text at all."""
    if not words().provision.search(text):
        return False
    sent = verb.sent
    inside = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in sent if t.dep_ in ("relcl", "acl")]
    if not inside:
        return True
    base = sent.start_char
    return any(not any(a <= base + m.start() < b for a, b in inside) for m in words().provision.finditer(sent.text))


def _attempt_set_out(verb) -> bool:
    """ "Ezra Klein sets out to answer a simple question", "The team set out to find genes": "set out" + a to-infinitive
    tells an attempt (what one sets out to do), not terms a document sets out ("The plan sets out three stages"): no
    document's provision (the kind section's commitment is what a document obliges or allows a party to do), so the
    clause is read as any other, by its tense (GUIDE decisions 120, 177)."""
    return (
        verb.lemma_ == "set"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        and any(
            c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
        )
    )


def _person_as_subject(subject, window: Sequence = ()) -> bool:
    """ "He envisions a laundromat where …", "She foresees a hard winter", "I call for calm": a person (a personal
    pronoun, a person's name or a noun for a person) as the subject of a verb of the provision list is no document
    setting out what a party must or may do (the kind section), but a person's view or speech act, read as usual (GUIDE
    decisions 76, 144, 267: a speech act with a noun phrase by its tense, a state of mind a fact); a document ("The
    treaty foresees …") or a body ("The ministry envisages …") keeps the provision's reading. "They" is a person only
    where what it stands for is (`_they_antecedent`: "Hundreds of dockers rallied." / "They call for …"), not documents
    or bodies ("The accords were signed in 1990." / "They foresee …"), nor where the text names nothing it stands for;
    "we" in a body's own words, the body named as their speaker in the sentence, is the body (`_we_of_a_body`), except
    in a call ("call for", "call on": a speech act however the speaker is, decisions 144, 768)."""
    if subject is None:
        return False
    if subject.lower_ == "they":
        antecedent = _they_antecedent(subject, window)
        return antecedent is not None and all(_noun_of_persons(m) for m in (antecedent, *antecedent.conjuncts))
    if subject.lower_ == "we" and subject.head.lemma_ != "call" and _we_of_a_body(subject):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL_PRONOUNS
    return _noun_of_persons(subject)


def _noun_of_persons(noun) -> bool:
    """A person's name, a noun for a person or persons (claims.json `human_nouns`, `travelling_people`'s nouns, a
    compound of "man", "woman" or "person": "fishermen", "chairwoman") or a multitude of them ("Hundreds of dockers");
    not a body or a thing."""
    if noun.ent_type_ == "PERSON":
        return True
    if noun.pos_ != "NOUN":
        return False
    lex = words()
    lemma = noun.lemma_.lower()
    if lemma in lex.human or lemma in lex.travelling_people["nouns"] or lemma.endswith(("man", "woman", "person")):
        return True
    if noun.lower_ in lex.multitudes or noun.lower_ in lex.travelling_people["counts"] or noun.ent_type_ == "CARDINAL":
        return any(o.dep_ == "pobj" and _noun_of_persons(o) for c in noun.children if c.lower_ == "of" for o in c.children)
    return False


def _they_antecedent(pronoun, window: Sequence = ()):
    """What a subject "they" stands for: the nearest plural subject before it in its paragraph (`_plural_antecedent`),
    else in the paragraphs of `window` before its own ("The new rules were published on Friday." / "They lay down …")."""
    antecedent = _plural_antecedent(pronoun)
    if antecedent is not None:
        return antecedent
    before = next((n for n, doc in enumerate(window) if doc is pronoun.doc), 0)
    for doc in reversed(window[:before]):
        antecedent = _last_plural_subject(doc)
        if antecedent is not None:
            return antecedent
    return None


def _we_of_a_body(subject) -> bool:
    """'"We envisage a ban on night fishing," the ministry said': "we" in a clause a saying verb of its sentence
    reports, whose subject is a body (`_body_it_stands_for`), is that body speaking of itself (as "it" is,
    `_body_speaking_of_itself`), not a person; so is a name the model takes for a product's ("Globex said"), as a
    product says nothing: its maker does."""
    clause = subject.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_ not in words().reporting:
        return False
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    return speaker is not None and (_body_it_stands_for(speaker) or speaker.ent_type_ == "PRODUCT")


_GERUND_COMPLEMENTS = frozenset(("dobj", "ccomp", "xcomp", "oprd", "acomp", "attr", "dative"))


def portrayed(verb) -> bool:
    """ "A tell-all book has cast him as being underhanded", "Jack was written about as being a visionary",
    "critics painted her as aloof": a portrayal tells a trait or role (GUIDE decision 172: like "described
    as", a fact), not an act of the portrayer. The verb governs "as" (for "write", "written about as");
    "cast a vote", "painted the fence" take no "as". So do the verbs that bill, welcome or dismiss a thing as
    something ("The firm touted the phone as the lightest yet", "The union greeted the ruling as a win", "The mayor
    dismissed the audit as a stunt", "It is billed as a summit"): what the thing is said to be is the statement, a
    label or a judgement (GUIDE decisions 123, 532, 699(a): fact); with no "as" ("greeted the guests", "rejected the
    offer", "dismissed the coach") they stay acts. The "as" follows the verb with its complement ("As mayor, she
    welcomed the plan" puts the welcomer in a role, and "as they left" is a clause). So do the active verbs of regard
    ("The ministry sees the deal as a first step", "Analysts view the merger as risky": GUIDE decisions 277, 714(d),
    a judgement, fact); their passives are read as views held by nobody named (attribution._regarded_as)."""
    lex = words()
    if verb.lemma_ in lex.likenings:
        return _likeness_told(verb)
    if verb.lemma_ in lex.designating_as and not _identifier_judges(verb):
        return False
    # (not a deliberation under way: "The council is considering the depot as a site" weighs an option, GUIDE decision 276)
    regarded = (
        verb.lemma_ in lex.regarded_as
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and not (verb.lemma_ in lex.deliberations and verb.tag_ == "VBG")
        # (nor a past weighing of an option: "The club considered Smith as a replacement", "considered the island as a site")
        and not (verb.lemma_ in lex.deliberations and verb.tag_ == "VBD" and _as_a_noun(verb))
        # (a phrasal "see out / see through" finishes a thing: "The team saw the season out as champions")
        and not any(c.dep_ == "prt" for c in verb.children)
    )
    judged = (
        verb.lemma_ in lex.judged_as
        or regarded
        or any(c.dep_ in ("prt", "advmod") and f"{verb.lemma_} {c.lower_}" in lex.judged_as for c in verb.children)
    )  # ("brushed off the report as speculation", "waved away the criticism as noise": GUIDE decision 532)
    if verb.lemma_ not in lex.portrayals and not judged:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    # (the parser hangs "as" on the verb or on its object: "rejected the claims as baseless", "portray the visit as a snub")
    on_object = [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep" and g.lower_ == "as"]
    # (or on a clause that ends the object: "viewed the firm's willingness to play this role as unacceptable", 'derided
    # the plan the board adopted as "a giveaway"')
    on_object += as_label_in_object_clause(verb, infinitives=regarded)
    if judged:
        preps += on_object
        # (a verb of regard names no post: "sees the lineup as its weak spot", "views her as his successor" judge)
        return any(p.lower_ == "as" and p.i > verb.i and p.n_rights and _judgement_after_as(p, regarded) for p in preps) or any(
            c.dep_ in ("advmod", "advcl") and c.tag_ in ("JJ", "RB") and c.i > verb.i and _as_before(c) and not _as_comparative(c)
            for c in verb.children
        )  # ("rejected the appeal as untimely", "as unqualified for the post": "as" + an adjective hung on the verb)
    prep_words = [p.lower_ for p in preps + on_object]
    if "as" not in prep_words or (verb.lemma_ == "write" and "about" not in prep_words):
        return False
    as_preps = [p for p in preps + on_object if p.lower_ == "as"]
    if all(_no_portrayal_after_as(verb, p) for p in as_preps):
        return False
    return not (verb.lemma_ == "cast" and _casting_a_part(verb, as_preps))


def _identifier_judges(verb) -> bool:
    """A verb that may designate (claims.json `designating_as_lemmas`: "identified the driver as a local teacher") tells
    the identifier's judgement only where one is made, as attribution._judge_of_as_phrase reads it, so that the kind and
    the attribution agree: active ("The victim was identified as a retired teacher" is an identification, an act), not
    negated or under a modal ("did not identify the victim as …", GUIDE decisions 211(d), 504), and with a holder who
    judges (attribution.judging_holder: not a party naming itself, "She identified herself as a nurse", nor the writer)."""
    if _passive_negated_or_modal(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and judging_holder(verb, subject, None)


def _passive_negated_or_modal(verb) -> bool:
    """A passive, a negation or a modal on the verb: a judgement or likening not made outright by a holder ("was
    identified as", "did not compare it to", "might liken it to"; GUIDE decisions 211(d), 504, 678)."""
    return any(c.dep_ in ("auxpass", "neg") or c.tag_ == "MD" for c in verb.children)


def _likeness_told(verb) -> bool:
    """ "The coach compared the new rota to a relay race", "she likened the levy to a toll", "He compared how the light
    bends to a river": a holder's judgement of what the thing is like (GUIDE decision 678), told by a verb that likens
    (claims.json `likening_lemmas`) with an object or clause and then "to" ("liken", "equate": also "with"). Not a
    measuring of two things side by side: "compare" + "with", or "compare" by the researchers or a study, or by a "they"
    or "we" that may be researchers ("They compared infection rates in the two groups to a control sample"); nor "compared
    to" with no object ("This compares to 100 million a year earlier"), a passive or a participle."""
    if (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)) or _passive_negated_or_modal(verb):
        return False  # (not made: "did not compare it to …", "might liken it to …", GUIDE decisions 211(d), 678)
    # (the parser may take a reflexive object for an adverb: "compared himself to a folk hero")
    likened = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "ccomp") or (c.dep_ == "npadvmod" and c.lower_.endswith(("self", "selves")))
    ]
    if not likened:
        return False
    joins = ("to",) if verb.lemma_ == "compare" else ("to", "with")
    preps = [c for c in verb.children if c.dep_ == "prep"] + [g for c in likened for g in c.children if g.dep_ == "prep"]
    # (or the clause's closing phrase, which the parser hangs inside it: "compared how the light bends to a river")
    preps += [t for c in likened if c.dep_ == "ccomp" for t in c.subtree if t.dep_ == "prep" and t.right_edge.i == c.right_edge.i]
    doc = verb.doc
    # (or a "to" the parser read as an infinitive's, before a quoted name: 'compared the town to “old Babylon,”')
    misread = (
        t
        for t in doc[likened[0].i + 1 : min(likened[0].right_edge.i + 2, len(doc) - 1)]
        if t.lower_ in joins and t.dep_ == "aux" and doc[t.i + 1].tag_ != "VB"
    )
    comparands = [c for p in preps if p.lower_ in joins and p.i > likened[0].i for c in p.children if c.dep_ == "pobj"]
    if not comparands and not any(misread):
        return False
    if verb.lemma_ != "compare":
        return True
    lex = words()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and not (
            subject.lower_ in lex.likening_measurers
            or subject.lemma_.lower() in lex.finders
            or subject.lemma_.lower() in lex.studies
            or subject.lower_ in lex.studies
        )
        and not any(_measured_against(c, likened[0]) for c in comparands)
    )


def _measured_against(comparand, likened) -> bool:
    """The "to" object of "compare" is a thing of the same kind as the object, so the two are measured side by side and
    no likeness is told (GUIDE decision 678: "The clerk compared the two sets of figures"): a pronoun that stands for the
    object's noun ("compared the new design to the old one", "its sales to those of its rivals"), a possessive with the
    noun left out ("the figures to last year's"), the object's own head noun ("this year's budget to last year's
    budget"), a time ("the output to 2019") or a measure (claims.json `compared_measure_nouns`: "the quarterly results
    to the analysts' forecasts")."""
    lemma = comparand.lemma_.lower()
    return (
        comparand.lower_ in ("that", "those", "one", "ones")
        or any(c.dep_ == "case" for c in comparand.children)
        or (likened.pos_ in ("NOUN", "PROPN") and lemma == likened.lemma_.lower())
        or comparand.ent_type_ in ("DATE", "TIME")
        or lemma in words().compared_measures
    )


def _no_portrayal_after_as(verb, prep) -> bool:
    """The "as" phrase after a verb of portrayal tells no trait or role of the thing portrayed: a fixed adjunct of
    purpose ("painted the fence as a favour to her neighbour": claims.json `as_adjunct_nouns`), or the doer's own role
    at the time, with a thing portrayed ("Lee wrote about the crisis as a young reporter": `own_role_as_modifiers`).
    GUIDE decision 172 covers what the holder says the person or thing is."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    head = objects[0]
    lex = words()
    if head.lemma_.lower() in lex.as_adjuncts:
        return True
    if not any(c.dep_ == "amod" and c.lower_ in lex.own_role_as_modifiers for c in head.children):
        return False
    portrayed_things = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" for g in c.children if g.dep_ == "pobj"
    ]
    return bool(portrayed_things) and all(
        t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() not in lex.people | lex.judged_as_posts
        for t in portrayed_things
    )  # (a thing portrayed: "the crisis", "the battle"; not "portrayed the senator as a young idealist")


def _casting_a_part(verb, as_preps) -> bool:
    """ "The director cast Tom Hardy as the villain", "Netflix cast the singer as a young Elvis in its new drama": an
    actor given a part, an act (claims.json `casting_signs`), not a portrayal ("a tell-all book has cast him as
    underhanded", GUIDE decision 172)."""
    signs = words().casting_signs
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in signs["performers"] for o in objects):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in signs["casters"] for c in verb.children):
        return True
    roles = [o for p in as_preps for o in p.children if o.dep_ == "pobj"]
    if any(r.pos_ == "PROPN" for r in roles):
        return True  # a character's name ("as a young Elvis", "as Hamlet")
    phrases = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "in"]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in signs["works"] for p in phrases for o in p.children)


def _as_a_noun(verb) -> bool:
    """ "as" + a noun after the verb or its object ("as a site", "as its first item"), not "as too high" or "as being …"."""
    preps = [c for c in verb.children if c.dep_ == "prep"] + [
        g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"
    ]
    return any(p.lower_ == "as" and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in p.children) for p in preps)


def _as_comparative(word) -> bool:
    """ "as low as $12", "as recently as Tuesday", "as strong as 3%": the comparative "as ADJ/ADV as" gives a figure or
    a time, no judgement (GUIDE decisions 2, 277): a second "as" follows the adjective or adverb within a few words."""
    doc = word.doc
    return any(doc[i].lower_ == "as" for i in range(word.i + 1, min(word.i + 3, len(doc))))


def _as_before(word) -> bool:
    """ "as" right before `word`, hung on it ("as untimely", "as unqualified")."""
    return any(a.lower_ == "as" and a.dep_ in ("advmod", "mark") and a.i == word.i - 1 for a in word.children)


def _code_name(prep, head) -> bool:
    """The "as" phrase after a verb that may designate (claims.json `designating_as_lemmas`) is a placeholder or code
    name with a number ("identifies the buyer as Client 7", "as W3", "as Individual-1"): a label a document gives a person
    that says nothing of who the person is, no judgement (GUIDE decision 504); "identified the driver as a local teacher"
    and "as 40-year-old Dana Lee" (the number inside a modifier) stay judgements."""
    verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head
    lex = words()
    if verb.lemma_ not in lex.designating_as:
        return False
    if any(ch.isdigit() for ch in head.text) or any(c.dep_ == "nummod" and c.i > head.i for c in head.children):
        return True
    # (or a capitalised placeholder noun and a single letter or numeral, claims.json `code_name_placeholder_nouns`:
    # "as Person A", "as Company B", "as Witness Two"; the parser hangs the noun on the letter or the letter on the noun)
    doc = head.doc
    pairs = [(c, head) for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    pairs += [(head, doc[head.i + 1])] if head.i + 1 < len(doc) else []
    return any(
        noun.text[:1].isupper() and noun.lower_ in lex.code_name_placeholders and _letter_or_numeral(mark) for noun, mark in pairs
    )


def _letter_or_numeral(token) -> bool:
    """ "A", "B.", "7", "IV", "Two": a single capital letter or a numeral that closes a code name."""
    text = token.text.rstrip(".")
    return (len(text) == 1 and text.isupper()) or text.isdigit() or token.like_num or bool(re.fullmatch(r"[IVX]+", text))


def _judgement_after_as(prep, regarded: bool = False) -> bool:
    """The "as" phrase after a verb of judgement holds a label or a judgement ("as a political stunt", "as baseless",
    "as “fake news”"), not the post a person is removed from or given ("dismissed him as chief executive", "welcomed
    him as its new manager": claims.json `judged_as_post_nouns`, offices and titles, or any noun after a possessive)
    nor a fixed adjunct of purpose or result ("as part of a shake-up", "as a precaution": `as_adjunct_nouns`). GUIDE
    decision 532: "dismissed" of a person from a post is an act. Nor an "as" that opens a fixed phrase of time, manner
    or comparison ("as of September", "as well", "as if …", "as to …", "as soon as …")."""
    if prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].lower_ in words().as_fixed_phrase_words:
        return False
    if prep.i + 1 < len(prep.doc) and prep.doc[prep.i + 1].pos_ in ("ADJ", "ADV") and _as_comparative(prep.doc[prep.i + 1]):
        return False  # ("as low as", "as recently as": a comparative)
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return True  # "as baseless" (an adjective the parser hangs as amod/acomp), "as being the first"
    head = objects[0]
    lemma = head.lemma_.lower()
    if lemma in words().as_adjuncts:
        return False
    if _code_name(prep, head):
        return False
    end = max(t.i for t in head.subtree)
    if any(
        c.dep_ == "advcl" and c.i == end + 1 and not any(g.dep_.startswith("nsubj") for g in c.children)
        for c in prep.head.children
    ):
        return False  # ("welcomed the deal as news of it spread": "as" + a clause of time, its subject taken for the object)
    if regarded:
        # (a verb of regard judges and gives no post, unless the "as" phrase tells the subject's own role or age with a
        # thing seen: "saw the film as a student", "saw combat as a soldier", "saw action as a substitute")
        return not _subjects_own_role(prep.head, head)
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    if any(c.dep_ == "poss" for c in head.children):
        return False
    return not (lemma in words().judged_as_posts and not dets & {"a", "an"})


def _subjects_own_role(verb, head) -> bool:
    """After a verb of regard, the noun after "as" is a person's role, post or age (claims.json `people_nouns`,
    `human_nouns`, `judged_as_post_nouns`, `own_role_nouns`) and the thing seen is no person or party: the phrase tells
    the subject's own role at the time ("Smith first saw the film as a student", "Jones saw service as a medic"), no
    judgement of the object (GUIDE decisions 2, 277); "Critics see the senator as a future president" judges."""
    lex = words()
    if head.pos_ == "PROPN" or head.lemma_.lower() not in lex.people | lex.judged_as_posts | lex.own_roles:
        return False
    verb = verb if verb.pos_ in ("VERB", "AUX") else verb.head  # ("as" hung on the object)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() not in lex.people | lex.judged_as_posts | lex.own_roles
        for o in objects
    )


def _ruled_out_in_the_past(verb) -> bool:
    """ "Kheradpir didn't rule out offering the new service": "rule out" + a gerund names a choice left
    open, and told in the past it is what happened (GUIDE decision 168: an event). The verb read is the
    gerund under the past "rule out"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBG"
        and head.lemma_ == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
        and (head.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in head.children))
    )


def _activity_as_subject(subject) -> bool:
    """A gerund clause as the subject ("Drinking water before a meal decreased …", "Leaving the flue
    unconnected created a risk"): an activity of any doer, not one party's act. The gerund takes an
    object or complement, or the clause is what a finding found ("a study found that adhering to a
    regular pattern was associated with …"); a bare "Fighting in the north has killed 20 people" names
    one happening."""
    if subject is None or subject.tag_ != "VBG" or subject.dep_ not in ("csubj", "csubjpass", "nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in _GERUND_COMPLEMENTS for c in subject.children):
        return True
    clause = subject.head
    return clause.dep_ == "ccomp" and (clause.head.lemma_ in _COGNITION_LEMMAS or clause.head.lemma_ in words().findings)


def resultative_perfect(verb) -> bool:
    """A present perfect passive whose subject is a thing, not a party ("the interior has been refined",
    "the rest of the cabin has simply been carried over"): in a piece about a product or a programme
    (ctx.products) it tells what the thing is now, a result state (a fact), not a happening."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ == "been" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.pos_ == "NOUN" or subject.tag_ == "JJS") or _is_agent(subject):
        return False
    lex = words()
    office = subject.lemma_.lower()
    if (
        office in lex.office_words
        and any(c.dep_ in ("det", "poss") for c in subject.children)
        and (office not in lex.office_thing_senses or any(c.ent_type_ == "PERSON" for c in subject.children))
    ):
        # "The deputy commissioner has been transferred": a person moved from a post, no thing's state ("justice has
        # been served", with no determiner, names no holder of an office)
        return False
    if moves_a_happening_in_time(verb):
        # "The first crewed flight has been postponed until May", "The launch has been pushed back/moved to June": a
        # happening moved, not what a thing is
        return False
    if _placed_in_a_named_place(verb):
        # "A second case has been found in Ohio", "The strain has been reported in three counties of Kent": what was done
        # somewhere on the map is a happening placed there, not what a product now is
        return False
    return not _act_not_yet_done_on_a_thing(verb, subject)


def _placed_in_a_named_place(verb) -> bool:
    """The verb has an "in"/"at" phrase whose object is, or lists, a named place (a country, town, region or site); a
    name that only modifies a noun counts under a kind of place ("in Cass and Kalamazoo counties", claims.json
    `place_kind_nouns`), not under a thing ("in the US model": a variant of the product). Not with a span ("has been
    built in Germany since 2019": a standing description)."""
    if any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in verb.children):
        return False
    kinds = words().place_kinds
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            places = [obj] + [t for t in obj.subtree if t.dep_ == "conj"]
            if obj.lemma_.lower() in kinds:
                places += [t for t in obj.subtree if t.dep_ == "compound"]
            if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in places):
                return True
    return False


def _act_not_yet_done_on_a_thing(verb, subject) -> bool:
    """ "US pricing has not been confirmed", "The changes haven't yet been adopted", "No release date has been
    announced": an act not done on one specific thing or occasion stays a happening denied (GUIDE decision 246), no
    state of the thing. Not "No planets have been detected" ("no" before a plural: none of a class) nor "The majority of
    patients have not been treated" (a share of a class, a figure)."""
    no_determiner = any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    if not (_negated(verb) or no_determiner):
        return False
    if no_determiner and subject.tag_ == "NNS":
        return False
    return subject.lemma_.lower() not in words().share_nouns


_PAST_QUESTION_AUX = frozenset(("did", "was", "were", "has", "have"))


def _asked_who_said(verb) -> bool:
    """A question asking who said a clause, its speech verb in the past ("Who said the mayor resigned on Monday?", "But
    who warned that the pier would close?"): read by decision 296's tense rule, an event (GUIDE decision 757); a belief
    verb ("Who thought …?") is a fact in any tense, and a present speech verb ("Who says …?") a fact."""
    return verb.tag_ == "VBD" and verb.lemma_ not in _FRAMING_LEMMAS and asks_who_reports(verb)


def _asked_about_a_past_act(verb) -> bool:
    """A wh-question on what a third party did or underwent ("how did the community get duped", "why
    did Klein make …", "Why have some fans boycotted the event?", "why was he forgotten?", "Why wasn't
    anyone publishing his books?"): it presupposes the happening. Not the person asked ("Where did you
    grow up?", an interview's question about a life), not a yes/no question ("Did they …?": asking
    whether), not a copula ("Why was this relevant?") and not a past perfect ("why had so few people
    heard of him?", a state the story looks back on)."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_QUESTION_AUX), None)
    if aux is None or aux.i > verb.i or verb.lemma_ == "be":
        return False
    if aux.lower_ == "did":
        got = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "get" for c in verb.children)  # "did X get duped"
        if verb.tag_ not in ("VB", "VBP") and not got:
            return False
    elif aux.lower_ in ("has", "have"):
        if verb.tag_ not in ("VBN", "VBD"):  # a perfect (the tagger reads some participles as pasts)
            return False
    elif not (verb.tag_ == "VBN" and aux.dep_ == "auxpass" or verb.tag_ == "VBG" and aux.dep_ == "aux"):
        return False  # "was" + a passive or progressive
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("you", "i", "we") or subject.i < aux.i:
        return False
    # a wh-word before the auxiliary ("how", "why", "when"): it asks about the act, not whether it happened
    return any(t.tag_ in ("WRB", "WP", "WDT") for t in verb.doc[max(aux.i - 3, verb.sent.start) : aux.i])


def _asked_whether_it_happened(verb) -> bool:
    """A yes/no question in the simple past ("Did you go to art school?", "Did that stuff have an impact on you?",
    "Luca, did you hear that?"): it asks about one past happening, read like the happening it names (an event). Not a
    wh-question ("What did you read growing up?", left to `_asked_about_a_past_act`) nor a present one ("Do you think
    …?")."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "did"), None)  # (the tokenizer splits "didn't")
    if aux is None or aux.i > verb.i or verb.tag_ not in ("VB", "VBP"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not aux.i < subject.i < verb.i:
        return False
    # (nothing but a vocative or a conjunction before the auxiliary: "Luca, did you …", "And did they …")
    return not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in verb.doc[verb.sent.start : aux.i])


def _asked_whether_it_was_under_way_or_done(verb) -> bool:
    """A yes/no question in the past progressive or the present perfect ("Was the coach listening?", "Has the bridge been
    reopened?", "Have the talks collapsed?"): it asks about one specific happening, read by the tense rule of questions
    like "Did they …?" (GUIDE decisions 296, 757: past → event). Not a question about anyone's experience ("Has anyone
    ever sailed it?", "Have you ever wondered why …?") or a state ("Were you expecting that?"), nor a wh-question
    (`_asked_about_a_past_act`)."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in _YES_NO_PAST_AUX), None)
    # (a state asks about no happening: "Were you expecting that?", "Have they got the money?")
    if aux is None or aux.i > verb.i or verb.lemma_ in ("be", "get") or verb.lemma_ in words().stative:
        return False
    progressive = aux.lower_ in ("was", "were") and aux.dep_ == "aux" and verb.tag_ == "VBG"
    passive = (  # ("Were arrests made?", "Was the minister fired?" with the participle tagged as a past)
        aux.lower_ in ("was", "were") and aux.dep_ == "auxpass" and verb.tag_ in ("VBN", "VBD") and not _participle_state(verb)
    )
    perfect = aux.lower_ in ("has", "have") and verb.tag_ in ("VBN", "VBD")  # (the tagger reads some participles as pasts)
    if not (progressive or passive or perfect):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not aux.i < subject.i < verb.i or _experience_asked(verb, subject):
        return False
    return not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in verb.doc[verb.sent.start : aux.i])


_YES_NO_PAST_AUX = _PAST_QUESTION_AUX - {"did"}  # (a "did" question is read by `_asked_whether_it_happened`)


def _participle_state(participle) -> bool:
    """ "tired", "worried", "surprised": a participle that tells how a person is or felt (claims.json
    `participle_states`, `reaction_adjectives`), not the passive of an act done to them."""
    lex = words()
    return participle.lower_ in lex.participle_states or participle.lower_ in lex.reaction_adjectives


def _feeling_passive_in_the_past(verb) -> bool:
    """ "She was upset by the council's reply", "We were thrilled that you asked", "We were excited by the prospect": a
    past "was"/"were" + a participle of feeling (claims.json `reaction_adjectives`) with a person or a group as subject
    tells the state of mind the holder was in, decision 278's copula with an adjective of feeling (fact), not an act done
    to them. Not a thing as subject ("Investment was encouraged by tax breaks": an act on it), not a participle with a
    particle ("was cheered up"), and not a feeling placed at a moment by a date or a time ("The
    residents were shocked by the blast on Tuesday": decision 486's reaction at one moment, an event). Decision 486's
    reaction with an infinitive is read before this; any infinitive ("were encouraged to apply": a request) keeps its
    own reading."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
        and not any(c.dep_ == "xcomp" for c in verb.children)
        and _feeling_held(verb, next((c for c in verb.children if c.dep_ == "nsubjpass"), None))
    )


def _feeling_held(participle, subject) -> bool:
    """A participle of feeling (claims.json `reaction_adjectives`) with no particle, whose subject is a person or a group
    and which no date, time or clause of time places at one moment: a state of mind held (GUIDE decision 278)."""
    return (
        participle.lower_ in words().reaction_adjectives
        and not any(c.dep_ == "prt" for c in participle.children)
        and subject is not None
        and (_party(subject) or _person_like(subject) or _people(subject))
        and not _feeling_at_a_moment(participle)
    )


def _feeling_at_a_moment(verb) -> bool:
    """ "were shocked by the blast on Tuesday morning", "was alarmed by the noise on Monday night": a date or a time in
    the verb's own clause places the feeling at one moment (GUIDE decision 486). Not a span ("for years", "since 2010",
    "the idea of a month at sea") nor a frequency ("every Sunday"); a clause of time ("after she read the letter, she
    was upset by its tone") tells what set the feeling off, no moment of its own (read a fact in the gold)."""
    units = words().duration_units
    for token in _clause_tokens(verb):
        if token.ent_type_ not in ("DATE", "TIME"):
            continue
        noun = token if token.dep_ not in ("det", "nummod", "amod") else token.head
        if noun.lemma_ in units and any(c.dep_ in ("det", "nummod") and c.lower_ != "that" for c in noun.children):
            continue  # a length of time ("a month", "two years")
        if any(a.dep_ == "prep" and a.lower_ in ("for", "over", "since", "throughout") for a in token.ancestors):
            continue
        return not _frequency(verb) and not _frequency(noun.head)
    return False


def _experience_asked(verb, subject) -> bool:
    """ "Has anyone ever sailed it?", "Has the firm lost money before?", "Have you seen the film yet?", "Have you heard of
    Dana Lee?", "Have you wondered why …?": experience over a span (claims.json `question_experience_adverbs`), or the
    reader's own experience or knowledge (`experience_lemmas`, `reader_experience_lemmas` with "you"), no one happening
    asked about (decision 246: experience over a span is a fact)."""
    lex = words()
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in lex.question_experience_adverbs for c in verb.children):
        return True
    return subject.lower_ == "you" and (verb.lemma_ in lex.experiences or verb.lemma_ in lex.reader_experiences)


def _past_passive_asked(verb):
    """ "Was the suspect arrested?", "Was the minister fired?": the simple past passive asked, which the parser hangs
    on "was" as its ROOT with the participle as an adjective (acomp): that participle, read as its statement ("The
    suspect was arrested") is (decisions 296, 757), else None; not an adjective ("Was the minister surprised?", tag JJ),
    a state ("Was the town located near …?", claims.json `stative_passives`) nor a wh-question."""
    if verb.lower_ not in ("was", "were") or verb.dep_ != "ROOT":
        return None
    done = next((c for c in verb.children if c.dep_ == "acomp" and c.tag_ == "VBN"), None)
    if done is None and not any(c.dep_ in ("acomp", "attr") for c in verb.children):
        # ("Were any fines issued?": or on the subject as a reduced relative)
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        done = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None) if noun is not None else None
    if done is None or done.lemma_ in words().stative or done.lemma_ in words().stative_passives or _participle_state(done):
        return None
    subject = next((c for c in (*verb.children, *done.children) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not verb.i < subject.i < done.i:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in words().degree for c in done.children):
        return None  # ("Was she very moved?": an adjective)
    return done if not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in verb.doc[verb.sent.start : verb.i]) else None


def _way_best_done(verb) -> bool:
    """A past passive with "best" and no agent ("progress was best achieved through schooling", "the nets were best
    mended by hand"): how a thing is best done, a general truth told in the past of its narrative (GUIDE kind section:
    fact), not one party's act ("was best summed up by the coach", an agent named)."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
        and any(c.dep_ == "advmod" and c.tag_ == "RBS" and c.lower_ == "best" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _clause_reported_in_statement_order(verb) -> bool:
    """A that-clause a named holder is asked to have said or seen, in statement word order (GUIDE decision 230): "They
    saw that the king was deposed quickly?", "The mayor said that the pier was closed?". The holder is named, so the
    verb is read as usual (decision 757, last sentence) and the clause, what was said or seen, gives the kind as in its
    statement (the kind section: judge what was said). Not with an inverted auxiliary ("Did they see that …?") nor a
    question word."""
    lex = words()
    frame = verb.head
    if (
        verb.dep_ != "ccomp"
        or frame.dep_ != "ROOT"
        or frame.tag_ != "VBD"
        or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        or not (frame.lemma_ in lex.reporting or frame.lemma_ in lex.clause_knowing or frame.lemma_ in lex.knowing)
    ):
        return False
    subject = next((c for c in frame.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > frame.i or any(c.dep_ in ("aux", "auxpass") for c in frame.children):
        return False
    return not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in verb.doc[verb.sent.start : frame.i])


def _past_act_asked_in_statement_order(verb) -> bool:
    """A question in statement word order (GUIDE decision 230) whose verb is a simple past or a present perfect of an act
    ("Surely they trained on clay back then?", "So the ferry has finally left?"): it states the happening it asks the
    reader to confirm, past by the tense rule of questions (decisions 296, 757: event). Not a copula or a state ("You were
    wrong?", "He had a plan?"), nor one with a question word ("what if somebody dropped …?"); a negated one is read as its
    statement is (decision 246, in `kind`)."""
    tagged = verb.dep_ == "ccomp" and verb.head.lower_ in _QUESTION_TAGS and verb.head.dep_ == "ROOT" and verb.i < verb.head.i
    if verb.lemma_ == "be" or verb.lemma_ in words().stative or not (verb.dep_ == "ROOT" or tagged):
        return False  # ("The minister resigned, right?", the tag the parser's ROOT: the clause is asked, decision 306)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i or _experience_asked(verb, subject):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.i < subject.i for a in auxes):
        return False  # (an inverted auxiliary asks: "Has it …?", read above)
    simple_past = verb.tag_ == "VBD" and not auxes
    perfect = verb.tag_ == "VBN" and [a.lower_ for a in auxes] in (["has"], ["have"], ["'s"], ["'ve"])
    if not (simple_past or perfect):
        return False
    return not any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in verb.doc[verb.sent.start : verb.i])


def _fixture_row(verb) -> bool:
    """ "Thunder: Host the Lakers on Friday.", "Lakers: Visit the Thunder on Friday.": a game story's
    line on a team's next game, its name and a colon before what it will do and the weekday: a
    party's scheduled action (GUIDE decision 30: a commitment). The parser roots it on the name."""
    doc = verb.doc
    if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ != "ROOT" or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ":":
        return False
    action = doc[verb.i + 2]
    if action.head.i != verb.i or not any(c.dep_ == "dobj" for c in action.children):
        return False
    return any(t.lower_.rstrip(".") in _WEEKDAY_NAMES for t in action.subtree)


def _performed(verb, subject) -> bool:
    """A speaker's first-person simple present of a verb that does what it says ("We thank X for
    …", "I apologise"): the act happens in the saying, a happening (not a state)."""
    return (
        verb.lemma_ in words().performatives
        and verb.tag_ == "VBP"
        and subject is not None
        and subject.lower_ in ("i", "we")
        and not any(c.dep_ in ("aux", "neg") for c in verb.children)
    )


_NAMING_COMPLEMENTS = frozenset(("oprd", "attr", "acomp", "ccomp"))


def _summoned(verb, subject) -> bool:
    """ "The governor called for calm", "Hasib called the police", "the team has called in ESA's
    facility": a party's call for something or on someone is an act, read by its tense; "called it a
    sham", "called the decision a landmark", with a name or judgement for a thing, is a judgement (a
    fact)."""
    if verb.lemma_ != "call":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "Emergency services were called to the restaurant", "were called in to assist", "the search has been called
        # off": the passive of a summons or of calling a thing off, with a particle or "to" + a place and no name or
        # judgement for the subject, tells the act done to it, read by its tense; "The videos were called the Show" and
        # "as the book is called in its English edition" name the subject (a fact)
        return not any(c.dep_ in _NAMING_COMPLEMENTS for c in verb.children) and any(
            (c.dep_ == "prt" and c.lower_ in words().summons_words) or (c.dep_ == "prep" and c.lower_ == "to")
            for c in verb.children
        )
    if not _is_agent(subject):
        return False
    if (
        verb.tag_ == "VBD"
        and subject.lower_ not in _ANYONE
        and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in verb.children)
    ):
        # "He called it PageRank", "The founder called the app Driftwood": one party's naming of a thing, told in the
        # past, is an act (GUIDE decision 211: a past act of naming is an event; "Everyone called him Mike", a name in
        # use, stays a fact)
        return True
    if any(c.dep_ in _NAMING_COMPLEMENTS for c in verb.children):
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ in words().summons_words for c in verb.children):
        return True
    # ("My husband called him later", "She called me twice": a person rung up, with no name or judgement for them)
    return any(c.dep_ == "dobj" and ((_is_agent(c) and c.pos_ != "PRON") or c.lower_ in _OBJECT_PRONOUNS) for c in verb.children)


def _cited_in_the_past(verb) -> bool:
    """ "Traders cited the lingering uncertainty", "the firm has cited rising costs": a party's citing of a
    noun phrase, told in the past, is a speech act that reports no content, read by its tense (GUIDE decision
    144: past `event`); "was cited as the cause" (a passive) and the bare participle ("the statistics cited")
    stay judgements."""
    if verb.lemma_ != "cite" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'ve", "’ve") for c in verb.children)


_WEEKDAY_NAMES = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon.", "tue.", "tues.", "wed.")
    + ("thu.", "thur.", "thurs.", "fri.", "sat.", "sun.")
)


def _form(verb) -> bool:
    """ "The Sabres have been playing awfully", "He's just playing terrific basketball", "They have been
    playing a ton of snaps all season": how a player has been playing over a span, told by a manner,
    a quality or a season, describes his form (a fact), not a game under way."""
    if verb.lemma_ != "play":
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.pos_ == "ADV" and child.lower_.endswith("ly"):
            return True
        if child.dep_ == "dobj" and any(g.dep_ == "amod" and g.pos_ == "ADJ" for g in child.children):
            return True
        if child.dep_ in ("npadvmod", "dobj") and any(t.lower_ == "season" for t in child.subtree):
            return True
    return False


def _timetabled(verb, subject) -> bool:
    """ "Lowe's reports earnings Wednesday", "Home Depot management hosts a conference call at 9 a.m.":
    a party's action in the simple present set on a weekday or at an hour is on its timetable, a
    scheduled action (GUIDE decision 30: a commitment)."""
    lex = words()
    if (
        verb.tag_ not in ("VBZ", "VBP")
        or verb.lemma_ in ("be", "have")
        or verb.lemma_ in lex.stative
        or verb.lemma_ in lex.saying
        or not _is_agent(subject)
    ):
        return False
    for child in verb.children:
        when = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else child
        if when is None or child.dep_ not in ("npadvmod", "prep", "obl", "tmod"):
            continue
        if when.lower_ in _WEEKDAY_NAMES or (child.dep_ == "prep" and child.lower_ == "at" and _clock_time(when)):
            return True
    return False


_CLOCK_WORDS = frozenset(("noon", "midnight"))


def _clock_time(when) -> bool:
    """An hour on the clock ("at 9 a.m.", "at noon"), which sets one action on a timetable; "at night", "at
    dawn" name a part of any day, the time of a habit ("We take them to the store at night")."""
    return when.ent_type_ == "TIME" and any(t.like_num or t.lower_ in _CLOCK_WORDS for t in when.subtree)


# Verbs of finding out, knowing or supposing, whose clause is what the unit states.
_COGNITION_LEMMAS = frozenset(("learn", "notice", "realize", "realise", "discover", "assume", "suspect", "know", "find"))


def _study_result_found(verb, they_are_researchers: bool = False) -> bool:
    """ "The study found that the treated seedlings grew taller", "Blood tests showed the kidney had failed",
    "Researchers found that the ice had thinned": the clause of a finding (claims.json `finding_lemmas`) whose finder
    is a study, a test or the scientists who made it (claims.json `study_result_finder_nouns`), or data, results,
    findings or a trial that a study owns (`study_owned_finder_nouns`), gives the study's result, a fact even in the past
    tense (GUIDE decisions 17, 270, 608(a)). Not an inquiry's or audit's finding ("The inquiry found that the guard had
    slept": what a party did), nor a clause that tells the researchers' own act ("Researchers found that they had
    mislabelled the samples"), one named or specific party's act ("Researchers found that hackers had stolen data",
    "Tests showed that the sprinter had taken a steroid"), nor an incident anchored at one moment ("had been
    contaminated in June"), nor a negated or passive finding. The finding may close the sentence as its tag ("The ice
    had thinned, the researchers found"). `they_are_researchers`: the text last named researchers or scientists as the
    group a "they" stands for, so that "They found that the masks blocked 95% of particles" is their study's result too
    (`study_result_found_by_them`)."""
    head = verb.head
    lex = words()
    if verb.dep_ != "ccomp" or head.lemma_ not in lex.findings or (head.i > verb.i and not _closing_tag(head)):
        return False
    if _negated(head) or any(c.dep_ == "auxpass" for c in head.children):
        return False
    finder = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if finder is None:
        return False
    finder = work_heading(finder)  # ("One of these studies shows that …": the studies find, GUIDE decision 17)
    if finder.lemma_.lower() in lex.study_owned_finders or finder.lower_ in lex.study_owned_finders:
        participants = subject_of(verb) is not None and subject_of(verb).lemma_.lower() in lex.study_participants
        if not (_owned_by_a_study(finder) or _measured_result(verb) or participants):
            return False
    elif finder.lemma_.lower() not in lex.study_result_finders and not (they_are_researchers and finder.lower_ == "they"):
        return False
    doer = subject_of(verb)
    if doer is not None and (doer.lower_ in lex.finding_own_subjects or doer.lemma_.lower() in lex.finders):
        return False
    # (a comparison or a rate is a measured result whatever the subject: "those who had watched the film were able to
    # hold it 18 percent longer than", where the parser may take a title for the subject)
    return _measured_result(verb) or not (_a_partys_act_found(verb, doer) or _one_moment(verb))


def study_result_found_by_them(verb) -> bool:
    """ "They found that the treated mice slept longer", "Rainfall has declined since 1992, they found": a finding whose
    finder is a "they" the caller knows stands for researchers or scientists named before (context.py `last_plural`,
    often in an earlier paragraph, out of the parse's reach), read as `_study_result_found` reads "the researchers found"
    (GUIDE decisions 17, 270: the study's result, a fact in the past too)."""
    return _study_result_found(verb, they_are_researchers=True)


def _study_results_to_date(verb, subject) -> bool:
    """ "Previous research has identified two genes", "Studies of the drug have produced mixed results", "The experiment
    has yielded eight drops": a study, research, analysis or experiment (claims.json `study_result_finder_nouns` that
    name no people, `finder_nouns`) as the subject of an active present perfect with an object sums what the research
    has given up to now, its results (GUIDE decisions 270 and 698(b): a study's result is a fact whether or not a
    "found" attributes it), when its verb is one of results (claims.json `study_result_verbs`): not what happened
    during the study ("The study has enrolled 600 patients", "The survey has drawn criticism": events, decision 270).
    Not the simple past ("The analysis revealed many errors": the tense rule), not researchers
    ("Astronomers have discovered a comet": their act of finding), nor an inquiry, audit or probe (what they uncover is
    what a party did), nor a passive or a verb with a clause or an infinitive ("The study has allowed the team to build
    a picture of …": what the study made possible), nor a negated one ("The study has not found any link": as
    `_study_result_found` leaves a negated finding)."""
    lex = words()
    if subject is None or subject.dep_ != "nsubj" or verb.lemma_ not in lex.study_result_verbs or not _present_perfect(verb):
        return False
    lemma = subject.lemma_.lower()
    if lemma not in lex.study_result_finders or lemma in lex.finders:
        return False
    if _negated(verb) or any(c.dep_ in ("auxpass", "ccomp", "xcomp", "oprd") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _measured_change_found(verb, subject) -> bool:
    """ "The survey found a rise in ferry use", "the trial showed a fall in infections": a study, survey, trial or
    research (claims.json `measured_change_finder_nouns`; not an audit, inquiry or probe) as the subject of a verb of
    finding (`finding_lemmas`) whose object is a noun of change (`change_nouns`) names the study's measured result, in
    the past too (GUIDE decision 698(b)); not a thing found in the world ("the analysis revealed many errors": the tense
    rule), nor researchers' own act of finding."""
    if subject is None or subject.dep_ != "nsubj" or verb.lemma_ not in words().findings:
        return False
    lex = words()
    lemma = subject.lemma_.lower()
    if lemma not in lex.measured_change_finders:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.change_nouns for c in verb.children)


def _closing_tag(head) -> bool:
    """Whether a verb set after the clause it governs closes the sentence as its tag: "Snowfall has dropped by a third
    since 1990, the researchers found" (a comma before the tag's subject, nothing after the verb but punctuation), the
    same finding as "The researchers found that snowfall has dropped …"; not a verb that heads a clause of its own."""
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or subject.left_edge.i == 0 or head.doc[subject.left_edge.i - 1].text != ",":
        return False
    return all(t.is_punct for t in head.doc[head.i + 1 : head.sent.end])


def _owned_by_a_study(finder) -> bool:
    """Whether a study owns data, results, findings or a trial ("the study's data", "trial results", "the findings of
    the survey", "a clinical trial"); a tribunal's findings or a court trial are no study's."""
    lex = words()
    owners = [c for c in finder.children if c.dep_ in ("poss", "compound", "amod")]
    owners += [
        o for c in finder.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for o in c.children if o.dep_ == "pobj"
    ]
    return any(
        o.lemma_.lower() in lex.study_result_finders
        or o.lemma_.lower() in lex.studies
        or o.lower_ in lex.clinical_trial_modifiers
        for o in owners
    )


def _measured_result(verb) -> bool:
    """Whether a found clause gives a measured result: a comparison or a rate (claims.json `measured_result_markers`:
    "were able to hold it 18 percent longer than", "has doubled every 3.4 months")."""
    return any(t.lower_ in words().measured_result_markers for t in verb.subtree)


def _a_partys_act_found(verb, doer) -> bool:
    """Whether a found clause tells one party's act, not a studied group's outcome: a person, a named party or a
    pronoun as its subject ("he had falsified the data", "the mayor had accepted gifts"), a group of people in the
    past perfect with an object ("hackers had stolen data"), an act in progress ("the app had been sending data") or
    a passive with its doer ("had been delayed by a fault") (GUIDE decisions 17, 26, 270, 608)."""
    lex = words()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    if verb.tag_ == "VBG" and any(a.lower_ == "been" for a in aux):
        return True
    if doer is None:
        return False
    if not (_is_agent(doer) or doer.lemma_.lower() in lex.testifying_parties):
        # ("hackers had stolen data", "the sprinter had taken a steroid": a doer's noun, with its act's object)
        return (
            doer.tag_ in ("NN", "NNS")
            and doer.lemma_.lower().endswith(tuple(lex.doer_noun_endings))
            and not any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "dobj" for c in verb.children)
        )
    if doer.pos_ == "PRON" or doer.pos_ == "PROPN" or doer.tag_ != "NNS":
        return True
    return any(a.lower_ == "had" for a in aux) and any(c.dep_ == "dobj" for c in verb.children)


def _standing_charge(verb) -> bool:
    """ "Lee is charged with fraud", "The two guards are charged with three counts of theft", "She is indicted on two
    counts": a present passive of a verb of charging (claims.json `charge_lemmas`) with a noun phrase of the charge and no
    time word tells the legal standing the party is in, like "faces three counts" (GUIDE decision 787: fact). The act of
    charging told as a happening ("was charged on Tuesday", "has been charged", "is charged today") stays an event, and
    so does a charge told by a gerund ("is accused of leaking the files"), whose content is read as reported."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBN" or verb.lemma_ not in words().charges:
        return False
    if [a.lower_ for a in auxiliaries if a.dep_ == "auxpass"] not in ([b] for b in _PRESENT_BE) or len(auxiliaries) != 1:
        return False
    charges = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "of", "on") for o in c.children]
    if not charges or any(o.dep_ != "pobj" or o.pos_ not in ("NOUN", "PROPN", "NUM") for o in charges):
        return False
    # (an age set after the subject's name, "Lee, 44,", is no time word of the charge)
    said_of_the_charge = [c for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass")]
    return not _one_moment(verb) and not any(_a_time_word(t) for c in said_of_the_charge for t in c.subtree)


_AGE_TEXT = re.compile(r"-(?:year|month|week|day)s?-old\b", re.IGNORECASE)


def _a_time_word(token) -> bool:
    """Whether a token is in a DATE or TIME entity that places or measures time: not an age ("in the death of a
    19-year-old woman", "a two-month-old baby"), which spaCy tags DATE but which says nothing of when."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is None or not _AGE_TEXT.search(entity.text)


def _one_moment(verb) -> bool:
    """Whether a found clause is anchored at one moment ("had been contaminated in June", "was given a sedative before
    the race"), or an act with its object told at a moment by a time phrase of its own ("the factory dumped waste into
    the river last week"): an incident, an event (GUIDE decision 608)."""
    lex = words()
    if any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME") for c in verb.children
    ):
        return True
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in lex.one_moment_preps:
            return True
        if c.lower_ in lex.one_moment_date_preps and any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def _made_plain_by_a_thing(verb, subject) -> bool:
    """ "The flood has exposed the weakness of the sea wall", "the strike laid bare the union's divisions", "The wreck
    yielded fresh clues to the trade routes", "the leak put a spotlight on the council's spending", "the delay put the
    board under the microscope": a thing, happening or affair as the subject of a verb of making plain (claims.json
    `making_plain_lemmas`), of giving knowledge with a noun of knowledge (`knowledge_giving_lemmas`,
    `knowledge_nouns`) or of a figure for bringing under notice (`notice_idiom_verbs`, `notice_idiom_nouns`), with a
    noun phrase and no content clause, tells what it made plain: a fact in the past and present perfect too (GUIDE
    decisions 713(c), 764, 820). Not a party ("The council revealed its plan", "A witness gave evidence"), a personal
    pronoun or "it" (a company as often as a thing), nor a study, test, report, document, text or recording, whose noun
    phrase keeps the tense rule (GUIDE decisions 17, 144: "The analysis revealed many errors", "The memo revealed the
    names"), nor an instrument (698(b)), nor a passive."""
    lex = words()
    if subject is None or subject.dep_ != "nsubj" or _is_agent(subject):
        return False
    if subject.pos_ == "PRON" and subject.lower_ not in ("this", "that"):
        return False
    work = work_heading(subject)  # ("One of these studies revealed many errors": the study's tense rule)
    if work.lemma_.lower() in lex.studies or work.lower_ in lex.studies or work.lemma_.lower() in lex.study_result_finders:
        return False
    lemma = subject.lemma_.lower()
    if lemma in lex.finders:
        return False
    if lemma in lex.study_owned_finders or lemma in lex.testifying_parties or lemma in lex.instrument_subjects:
        return False
    if lemma in lex.documents or lemma in lex.recordings or lemma in lex.text_bearing or subject.lower_ in lex.text_bearing:
        return False
    if lemma in lex.plan_nouns:
        # ("The decision has exposed a rift in the coalition": a party's choice, whose effect the party brought about)
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "auxpass") for c in verb.children):
        return False
    # (a scene shown with what its object does: "The forecasts showed policymakers shifting their outlook")
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and not any(g.dep_ in ("acl", "oprd", "ccomp") and g.i > c.i for g in c.children)
    ]
    if verb.lemma_ in lex.making_plain:
        if verb.lemma_ == "lay" and not any(c.lower_ == "bare" for c in verb.children):
            return False
        if any(o.lemma_.lower() in lex.uncovered_things or o.lower_ in lex.uncovered_things for o in objects):
            return False  # ("Heavy rain exposed the foundations of the old fort": a physical uncovering, 607)
        if verb.lemma_ == "expose" and _exposed_to_or_leaked(verb, subject, objects):
            return False
        return bool(objects) or verb.lemma_ == "lay"
    if verb.lemma_ in lex.knowledge_giving:
        # ("The sites offered no evidence to support their figures": a claimant's failure to back a claim, no knowledge)
        if _negated(verb) or any(d.dep_ == "det" and d.lower_ == "no" for o in objects for d in o.children):
            return False
        if _at_a_hearing(verb):
            return False
        return any(
            o.lemma_.lower() in lex.knowledge_nouns and (o.lemma_.lower() != "light" or _on_phrase(verb, o)) for o in objects
        )
    if verb.lemma_ in lex.notice_idiom_verbs:
        placed = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in lex.notice_idiom_place_preps
            for o in c.children
            if o.dep_ == "pobj"
        ]
        return any(_a_figure_of_notice(o) for o in placed) or any(
            _a_figure_of_notice(o) and o.lemma_.lower() != "scrutiny" and _on_phrase(verb, o) for o in objects
        )
    return False


def _exposed_to_or_leaked(verb, subject, objects) -> bool:
    """ "The blast exposed dozens of workers to radiation" (subjected them to it), "The breach exposed the personal data
    of 3 million customers" (leaked it): a happening's effect, no knowledge made plain (GUIDE decision 713(c)). A
    negated "expose ... to" ("His workplace didn't expose him to anything unusual") tells no happening and stays."""
    lex = words()
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) and not _negated(verb):
        return True
    if subject.lemma_.lower() in lex.exposure_leak_subjects:
        return True
    return any(o.lemma_.lower() in lex.exposure_leak_objects for o in objects)


def _at_a_hearing(verb) -> bool:
    """Whether giving evidence is told at a hearing or over a link ("gave evidence at the inquest", "by video link"):
    testimony, a party's act (GUIDE decisions 764, 144)."""
    lex = words()
    return any(
        o.lemma_.lower() in lex.hearing_nouns
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("at", "by", "to", "before")
        for o in c.children
        if o.dep_ == "pobj"
    )


def _a_figure_of_notice(noun) -> bool:
    """Whether a noun of `notice_idiom_nouns` is a figure, not a literal light or glass case ("an eerie light on the
    city", "put the dress under glass"): "glass" only as a magnifying glass (GUIDE decision 820)."""
    lex = words()
    lemma = noun.lemma_.lower()
    if lemma not in lex.notice_idiom_nouns:
        return False
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if lemma == "glass":
        return "magnifying" in mods
    return not (lemma == "light" and mods & lex.physical_light_adjectives)


def _on_phrase(verb, noun) -> bool:
    """Whether "on", "onto", "upon" or "into" (claims.json `notice_idiom_preps`) follows the noun, on it or on its verb
    ("shone a light on", "new light on the case", "insights into")."""
    return any(
        c.dep_ == "prep" and c.lower_ in words().notice_idiom_preps and c.i > noun.i for c in (*verb.children, *noun.children)
    )


def _known_content(verb):
    """The clause a verb of finding out, knowing or supposing governs ("he noticed the lines have
    blurred", "his doctor assumed he had an infection", "I know it got overshadowed"); else None.
    (Not verbs of saying: where a unit is attributed, its content is already the verb read.)"""
    # A finding told in the past reports its that-clause ("every study indicated that the architectures
    # require …", "she showed in a paper that taste receptors …", GUIDE decision 17); not a recording's
    # present "The video shows officers racing up a staircase", which tells what it shows happening.
    finding = verb.lemma_ in words().findings and verb.tag_ == "VBD"
    # "Officials decided that the alert related to a threat", "the team decided it was too costly": a verb of
    # concluding or resolving reports the holder's judgement, whose clause gives the kind (GUIDE decision 165)
    concluded = verb.lemma_ in words().concluding
    if verb.lemma_ not in _COGNITION_LEMMAS and not finding and not concluded:
        return None
    if verb.pos_ != "VERB" or _negated(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if (
            child.dep_ == "ccomp"
            and child.i > verb.i
            and child.pos_ in ("VERB", "AUX")
            # ("a study noticed that abstaining from foods resulted in …": a clause as its subject)
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in child.children)
            and not any(c.dep_ == "mark" and c.lower_ in ("if", "whether") or c.tag_ in ("WRB", "WP") for c in child.children)
            and not _opened_by_a_question_word(child)  # ("we know where the leak did not come from": 578(d)'s fact)
            and (
                verb.lemma_ in _COGNITION_LEMMAS
                or concluded
                or any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
            )
        ):
            return child
    return None


_ABILITY_ADJECTIVES = frozenset(("able", "unable", "eligible"))


# Verbs by which one asks or tells another to act ("asked X to", "told X to", GUIDE decision 45), beside the
# directive frames of the lexicon.
_TELLING_TO = frozenset(("tell", "order", "instruct", "direct", "invite"))


def _addressee_of_a_request(verb):
    """The one asked, urged or told to act in "asked/urged/told X to" + verb: the frame's object before its
    to-infinitive ("urged people to limit"), or the object of "called on" / "appealed to" ("called on people to stay"),
    else None. The frame is read at the request verb itself, as the modality reads it (claims.json `directive_lemmas`,
    `obligating_directive_lemmas`), and "invite" (GUIDE decision 331)."""
    lex = words()
    asking = lex.directive | lex.obligating_directive | _TELLING_TO | {"appeal"}
    if verb.lemma_ not in asking:
        return None
    infinitive = next((c for c in _to_infinitives(verb) if c.i > verb.i), None)
    if infinitive is None:
        return None
    for child in verb.children:
        if not verb.i < child.i < infinitive.i:
            continue
        if child.dep_ == "dobj":
            return child
        # ("called on X to", "appealed to X to": claims.json `appeal_prepositions`; "plead" is no asking verb here)
        if child.dep_ in ("prep", "prt") and child.lower_ in lex.appeal_prepositions.get(verb.lemma_, ()):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.i < infinitive.i]
            if objects:
                return objects[0]
    return None


# Endings of a plural demonym ("New Yorkers", "Texans", "Delhiites", "Parisians", "Earthlings").
_DEMONYM_ENDINGS = ("ers", "ans", "ites", "ians", "ings")


def _public_at_large(noun) -> bool:
    """The public named by a role it holds apart from any one occasion (GUIDE decision 652(c)): "the public", a bare
    or "all" plural of claims.json `public_role_nouns` ("people", "residents", "voters", "owners of older cars"), or a
    plural demonym ("New Yorkers", "all Delhiites"). Not an open class: those of one occasion ("attendees", "jurors",
    "passengers on the flight") and a party's own ("his supporters") are parties (decisions 331, 643(a)), as are the
    role's holders tied to one occasion or body by a phrase ("voters at the meeting", "users of the firm's app")."""
    lex = words()
    lemma = noun.lemma_.lower()
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "poss", "nummod")]
    if lemma == "public" and noun.pos_ == "NOUN":
        return determiners == ["the"] and not any(c.dep_ == "prep" for c in noun.children)
    if any(d not in ("all",) for d in determiners):
        return False
    if noun.pos_ == "NOUN" and noun.tag_ == "NNS" and (lemma in lex.public_roles or noun.lower_ in lex.public_roles):
        if any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG") for c in noun.children):
            return False  # ("Apple users": a body's own)
    elif (
        noun.pos_ in ("PROPN", "NOUN") and noun.lower_.endswith(_DEMONYM_ENDINGS) and noun.lower_ not in lex.party_member_plurals
    ):
        if noun.ent_type_ not in ("NORP", "GPE") and not (noun.pos_ == "PROPN" and noun.tag_ == "NNPS"):
            return False
    else:
        return False
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ in ("in", "across", "from", "around", "near", "throughout", "nationwide"):
            continue  # ("residents in the area": a place, no occasion)
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "of" and not any(o.ent_type_ == "ORG" or o.lemma_.lower() in lex.org_nouns for o in objects):
            continue  # ("owners of older cars", not "members of the commission")
        return False  # ("passengers on the flight", "voters at the meeting")
    return True


def _writers_own_request(verb, subject) -> bool:
    """ "We asked infectious disease experts to explain …", "I asked the assistant to draft a letter", "We've asked him
    to share some insights": the first person's "asked/told X to", told in the past in a sentence with no quotation
    mark (the writer's voice, not a speaker quoted); not "I will ask them to", "We ask readers to" (a present request)."""
    if subject is None or subject.lower_ not in ("i", "we") or _quoted(verb):
        return False
    if verb.lemma_ not in words().directive_frames and verb.lemma_ not in _TELLING_TO:
        return False
    return any(c.dep_ == "xcomp" for c in verb.children) and _told_in_the_past(verb)


def _about_time(token) -> bool:
    """A time or date ("Friday", "30 days", "the end of June", "this year")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in words().time_nouns


def _past_clause(verb) -> bool:
    """ "once the ship docked", "until the storm had passed": a clause told in the past."""
    return _told_in_the_past(verb) or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in verb.children)


def _act_kept_ahead(infinitive) -> bool:
    """ "to redraw the map within 30 days", "to inspect the jets in the coming weeks", "to finish its review this year",
    "to reject the offer in a vote scheduled for Friday", "to leave by Sunday": a time adverbial of the infinitive itself
    keeps the act ahead of the story (GUIDE decision 780(b), claims.json `request_steps`); a route ("by the side door"),
    an agent inside a relative ("the remark made by the witness"), a past "until the storm passed" or "the next bus"
    does not."""
    lex = words().request_steps
    stack = [c for c in infinitive.children if c.dep_ in ("prep", "npadvmod", "advmod", "advcl", "dobj", "dative", "pobj")]
    while stack:
        token = stack.pop()
        if token.dep_ in ("relcl", "agent"):
            continue
        if token.lower_ in lex["pending_words"]:
            return True
        if token.lower_ in lex["near_determiners"] and token.dep_ in ("det", "amod") and _about_time(token.head):
            return True
        deadline = token.lower_ in lex["deadline_prepositions"]
        if deadline and token.dep_ == "prep" and any(c.dep_ == "pobj" and _about_time(c) for c in token.children):
            return True  # "within 30 days", "by Friday"
        if deadline and token.dep_ == "mark" and not _past_clause(token.head):
            return True  # "until the inspectors arrive"
        if token.dep_ == "advcl" and token.tag_ == "VBD":
            continue  # "until the storm passed": a past clause puts the act behind
        stack.extend(token.children)
    return False


def _step_mark(token, lex) -> bool:
    """One mark of 780(a) on a child of the request's verb ("then", "after the vote", "in reply", "once the ship
    docked", "when the alarm sounded")."""
    if token.dep_ == "advmod" and token.lower_ in lex["adverbs"]:
        return True
    if token.dep_ == "prep" and token.lower_ in lex["prepositions"]:
        return True
    if token.dep_ == "prep" and any(f"{token.lower_} {c.lower_}" in lex["phrases"] for c in token.children if c.dep_ == "pobj"):
        return True  # "In the end", "In reply"
    if token.dep_ == "advcl":
        marks = [
            m
            for m in token.children
            if (m.dep_ == "mark" or (m.dep_ == "advmod" and m.tag_ == "WRB")) and m.lower_ in lex["subordinators"]
        ]
        return bool(marks) and _past_clause(token)
    return False


def request_told_as_a_step(verb) -> bool:
    """ "The club then asked the council to close the road", "After the vote, the chair told members to leave", "In the
    end, they ordered him to pay", "Minutes after the blast, police ordered residents out": a request or instruction in the
    simple past (active, or "was/were told to") that the narration sets after another happening of its occasion is one
    step of what happened, an event (GUIDE decisions 704(a), 780(a)); a bare date is not enough, nor "during" an
    occasion, since a dated request can be the news of the story's present with its act still to come (780(b)), and
    neither is a perfect ("had ordered", "have urged") or an act the unit keeps ahead ("to reopen the baths before the
    autumn", "within 30 days")."""
    lex = words()
    if verb.lemma_ not in lex.directive | lex.obligating_directive | _TELLING_TO:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    active_past = verb.tag_ == "VBD" and not auxes
    passive_past = verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"
    if not (active_past or passive_past):
        return False
    infinitive = next((c for c in _to_infinitives(verb) if c.i > verb.i), None)
    if infinitive is None or _act_kept_ahead(infinitive):
        return False
    steps = lex.request_steps
    for child in verb.children:
        if _step_mark(child, steps):
            return True
        if child.dep_ in ("npadvmod", "advmod") and any(_step_mark(c, steps) for c in child.children):
            return True  # "Minutes after the blast", "Later that day", "Shortly after the vote"
        if child.dep_ == "npadvmod" and child.lower_ == "day" and any(c.lower_ in steps["adverbs"] for c in child.children):
            return True
    return any(_closing_step_after_a_happening(c, infinitive, steps) for c in infinitive.children)


def _instruction_received_in_the_past(verb, dated_after: Callable | None = None) -> bool:
    """ "Participants were asked to watch the first half of the film", "Staff were encouraged to report faults as risks",
    "Cole was ordered to pay the woman $60": the simple past passive of a request or instruction (claims.json
    `directive_lemmas`, `obligating_directive_lemmas`) with no teller named tells the instruction given on an occasion of
    the narration, its act behind it: a happening told (GUIDE decision 704(a): `event`), whoever is to act, a class
    too. Not one whose act the unit keeps ahead ("were told to leave by Sunday", "later this year", a date after the
    reference date, "until the strike ends", "its next two games", "the review, which will report in May":
    `_instructed_act_ahead`; decision 704(a)'s kind from the one who is to act), a standing routine ("were told to log
    each catch every trip", "to wear masks at all times", "to wash their hands between patients":
    `_instructed_routine`, decision 468), a ban ("was ordered not to post photos": a standing prohibition), nor one with
    its teller named after "by" (decisions 45, 780)."""
    lex = words()
    if verb.lemma_ not in lex.directive | lex.obligating_directive | _TELLING_TO or not _simple_past_passive(verb):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    infinitive = next((c for c in _to_infinitives(verb) if c.i > verb.i), None)
    if infinitive is None or any(c.dep_ == "neg" for c in infinitive.children):
        return False
    if _act_kept_ahead(infinitive) or _act_set_later(infinitive) or _recurring(verb) or _recurring(infinitive):
        return False
    if _instructed_act_ahead(infinitive) or _instructed_routine(infinitive):
        return False
    return dated_after is None or not dated_after(infinitive)


def _below_the_infinitive(infinitive) -> list:
    """The words below an instruction's infinitive but for relative clauses ("the passengers whose flights were
    cancelled"), which tell of something else."""
    found, stack = [], list(infinitive.children)
    while stack:
        token = stack.pop()
        if token.dep_ == "relcl":
            continue
        found.append(token)
        stack.extend(token.children)
    return found


def _bare_plural(noun) -> bool:
    """ "patients", "designated ports", "school days": a plural noun with no determiner, possessive or number (a class,
    not a given set)."""
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _instructed_act_ahead(infinitive) -> bool:
    """ "to avoid travelling until the strike ends", "to stay on until a successor is found", "to play its next two home
    games", "to lead the review, which will report in the autumn": the act of a past instruction kept ahead by a clause
    of "until"/"before" told in the present anywhere below the infinitive, "next" before any noun, or a future relative
    clause on the infinitive's object (claims.json `received_instruction`; GUIDE decisions 704(a), 780(b)): not a past
    clause ("until the storm passed")."""
    lex = words().received_instruction
    for token in _below_the_infinitive(infinitive):
        if token.dep_ in ("amod", "det") and token.lower_ in lex["ahead_determiners"] and token.head.pos_ in ("NOUN", "PROPN"):
            return True
        if token.dep_ == "mark" and token.lower_ in lex["ahead_subordinators"]:
            clause = token.head
            if clause.tag_ in ("VBZ", "VBP") or any(
                a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in clause.children
            ):
                return True
    return any(
        c.dep_ == "dobj"
        and any(
            r.dep_ == "relcl" and any(a.dep_ == "aux" and a.lemma_ in ("will", "shall") for a in r.children) for r in c.children
        )
        for c in infinitive.children
    )


def _each_occasion(noun) -> bool:
    """The noun of "every"/"each" that counts occasions: an adverbial ("every time they entered"), a noun of time or
    occasion (claims.json `recurring_occasion_nouns`, `habit_occasion` `rate_units`, `time_nouns`), or any noun after a
    preposition of time or place of the act ("on every shift", "after each trip", "at every stop"); not one the act is
    shared out among ("to rate each image", "to speak to each witness")."""
    lex = words()
    if noun.dep_ == "npadvmod" or noun.lemma_.lower() in lex.recurring_occasions | lex.rate_units or _about_time(noun):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "at", "after", "before", "during")


def _instructed_routine(infinitive) -> bool:
    """ "to wear masks at all times", "to use the side entrance from now on", "to sign in whenever they arrived", "to
    wash their hands between patients", "to keep phones off during lessons", "to arrive by 8.15 on school days", "to pay an
    annual fee", "to wear body cameras on every shift", "to land their catch only at designated ports": an instruction
    that sets a standing routine to be kept each time (claims.json `received_instruction`, `past_habit_adverbs`; GUIDE
    decisions 704(a), 468), no one act told as a step of the story."""
    lex = words()
    marks = lex.received_instruction
    below = _below_the_infinitive(infinitive)
    text = " " + " ".join(t.lower_ for t in sorted(below, key=lambda t: t.i)) + " "
    if any(f" {phrase} " in text for phrase in marks["routine_phrases"]):
        return True
    for token in below:
        if token.dep_ == "advmod" and token.lower_ in lex.past_habit_adverbs | marks["routine_subordinators"]:
            return True
        if token.dep_ == "mark" and token.lower_ in marks["routine_subordinators"]:
            return True
        if token.dep_ == "amod" and token.lower_ in marks["rate_adjectives"]:
            return True  # "an annual fee", "on a weekly basis"
        if token.dep_ == "det" and token.lower_ in ("every", "each") and _each_occasion(token.head):
            return True  # "on every shift", "after each match", "every time they entered"
        if token.dep_ != "prep":
            continue
        objects = [o for o in token.children if o.dep_ == "pobj" and _bare_plural(o)]
        if not objects:
            continue
        if token.lower_ in marks["span_prepositions"] or any(c.dep_ == "advmod" and c.lower_ == "only" for c in token.children):
            return True  # "between patients", "during lessons", "only at designated ports"
        if token.lower_ == "on" and any(
            o.ent_type_ == "DATE" or _about_time(o) or o.lemma_.lower() in lex.occasion_days for o in objects
        ):
            return True  # "on school days", "on Sundays"
    return False


def _closing_step_after_a_happening(prep, infinitive, steps) -> bool:
    """ "asked a clerk to void the permit following those failed drills", "told a driver to fetch a van a few days after
    the meeting": the parser hangs a closing "after"/"following" phrase on the infinitive. Such a phrase usually times the
    act asked for, still ahead ("asked the council to reopen the school after the inquiry": GUIDE decision 780(b), (c)),
    so it sets the request after another happening (780(a)) only where the text gives that happening as over: a
    demonstrative on it ("those drills", claims.json `request_steps` past_occasion_determiners) or a measure before the
    preposition ("a few days after"); not a plain "the" or possessive ("after the inquiry", "after its review"), nor a
    time ("after the summer")."""
    if prep.dep_ != "prep" or prep.lower_ not in steps["prepositions"] or prep.i < infinitive.i:
        return False
    objects = [c for c in infinitive.children if c.dep_ == "dobj"]
    if not objects or any(prep.i < o.i for o in objects):
        return False
    happenings = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not _about_time(o)]
    if not happenings:
        return False
    if any(c.dep_ == "npadvmod" and c.i < prep.i and _about_time(c) for c in prep.children):
        return True  # "a few days after the meeting": the request comes a measured while after it
    return any(c.dep_ == "det" and c.lower_ in steps["past_occasion_determiners"] for o in happenings for c in o.children)


def _ability_shown_each_time(verb) -> bool:
    """ "I was always able to read the greens", "The crew was usually able to land before dark", "Rescuers were often
    unable to reach the villages": a past "was (un)able to" with an adverb of habit (claims.json `past_habit_adverbs`)
    tells what the party could do each time over a stretch, a standing skill or a pattern (GUIDE decisions 438, 468:
    fact), not decision 74's outcome of one occasion ("The crew was able to land before dark": an event)."""
    return (
        verb.lemma_ == "be"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "acomp" and c.lower_ in ("able", "unable") for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ in words().past_habit_adverbs for c in verb.children)
    )


def _past_outcome(verb) -> bool:
    """A frame told in the simple past or the perfect that reports an outcome: "was unable to avoid",
    "have been able to stop", "became eligible", "agreed to a rescue" (a noun phrase, not "agreed
    to pay", an undertaking)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if _past_frame_in_narration(verb):
        return True
    if _xcomp(verb) is not None and _decision_frame(verb):
        # "Prosecutors decided to reopen the investigation", "they had opted to wait", "He chose not to appeal": the
        # deciding told in the past is a happening (GUIDE decision 210), whether or not the act followed; "has
        # decided to" is the plan standing now (a commitment); "It was decided to …", the impersonal passive, is past too
        return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))
    if not past:
        return False
    if verb.lemma_ == "become":
        return any(c.dep_ == "acomp" and c.lower_.split("-")[-1] in _ABILITY_ADJECTIVES for c in verb.children)
    if verb.lemma_ == "be":
        # ("were eligible to bid": a standing leave, no outcome)
        return any(c.dep_ == "acomp" and c.lower_ in ("able", "unable") for c in verb.children)
    if verb.lemma_ == "agree":  # (not "committed to that timeline", an undertaking)
        return _xcomp(verb) is None and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
        )
    return False


_WOULD_FORMS = frozenset(("would", "'d", "’d"))
_WILL_FORMS = frozenset(("will", "'ll", "’ll"))


_HAD_FORMS = frozenset(("had", "'d", "’d"))  # the past perfect's auxiliary (a past participle rules out "would")
# Words in a date that put it after the time of telling ("planned to hold the vote next year"), GUIDE decision 724(b).


def _past_wish(verb) -> bool:
    """ "She wanted to blend her training with …", "Ford also wanted his works to flow from …", "The club sought to buy
    back its ground", "the agency had sought to find a compromise", "the club did not seek to …": a want, aim or plan
    told in the simple past or the past perfect, narrated, is a state of mind then (GUIDE decisions 198, 724(a):
    `fact`), not a party's undertaking; not a present want backshifted by a reporting verb or an "according to"
    outside a quotation ("the companies said they wanted to expand", a plan still pending), nor the present perfect of
    an aim still pursued ("has sought to", 724(b)), nor an aim whose act is still ahead (`_aim_still_ahead`)."""
    aim = verb.lemma_ in words().past_aims
    if not (aim or verb.lemma_ in words().past_wishes) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    # (the model tags "sought" after a curly "’d" VBD: "They’d sought to …")
    past_perfect = verb.tag_ in ("VBN", "VBD") and len(auxiliaries) == 1 and auxiliaries[0].lower_ in _HAD_FORMS
    # ("did not seek to", "didn't want to": the simple past negated with do-support)
    did_not = (
        verb.tag_ == "VB"
        and len(auxiliaries) == 1
        and auxiliaries[0].lower_ == "did"
        and any(c.dep_ == "neg" for c in verb.children)
    )
    if not (past_perfect or did_not or (verb.tag_ == "VBD" and not auxiliaries)):
        return False
    if _xcomp(verb) is None and not any(c.dep_ == "ccomp" and any(g.lower_ == "to" for g in c.children) for c in verb.children):
        return False
    if aim and _aim_still_ahead(verb):
        return False
    if past_perfect or _quoted(verb):
        return True  # ("said it had planned to open the depot in June": an aim before the saying, 724(a))
    reported = verb.dep_ == "ccomp" and verb.head.lemma_ in words().reporting
    according = any(c.lower_ == "according" for c in verb.children)  # "According to the firms, they planned to …"
    return not (reported or according)


def _aim_still_ahead(verb) -> bool:
    """ "planned to hold the referendum next year", "the club, which still sought to …": a past aim or plan whose act
    the text dates forward (a date with "next", "tomorrow", "coming") or keeps pending ("still") is a plan still
    ahead at the reference date (GUIDE decision 724(b): `commitment`)."""
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children):
        return True
    act = _xcomp(verb) or next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return act is not None and any(
        t.ent_type_ in ("DATE", "TIME") and t.lower_ in words().forward_date_words for t in act.subtree
    )


def _future_in_the_past(verb) -> bool:
    """ "I would soon learn that …", "she would eventually become president": "would" with an adverb
    that places the verb later on the story's line; not a clause that reports what someone said or
    thought would come ("he said he would soon decide", a plan), nor a hypothetical without such an adverb."""
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _COGNITION_LEMMAS and verb.head.i < verb.i:
        verb = verb.head  # "I would soon learn that his fans do things like this": the learning came later
    if verb.dep_ in ("ccomp", "xcomp", "advcl", "relcl") or not any(
        c.dep_ == "aux" and c.lower_ in _WOULD_FORMS for c in verb.children
    ):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in words().later_time_adverbs for c in verb.children)


def _past_frame_in_narration(verb) -> bool:
    """ "A police inspector had to seek medical attention on Friday", "he was allowed to leave": a duty
    or leave told in the simple past with the infinitive it governs tells what happened (GUIDE
    decision 74: an event, modality by the table); not "had until Nov. 1 to submit" (no frame)."""
    if verb.dep_ == "ccomp" and verb.head.i < verb.i and not _opens_a_quotation(verb) and verb.lemma_ not in words().requiring:
        # "He said that the government had to act": reported speech shifts "has to" back; not a quotation's own words
        # ('Dunmore recalls, “I had to get control of my nerves.”', which the parser may hang on the tag: decision 74);
        # a forcing passive told as done ("Officials said 2,000 residents were forced to leave") is judged below
        return False
    xcomp = _xcomp(verb)
    if xcomp is None or not any(c.dep_ == "aux" and _infinitive_to(c) for c in xcomp.children):
        return False
    if verb.lemma_ == "have" and verb.tag_ == "VBD":
        return xcomp.left_edge.i == verb.i + 1
    if verb.lemma_ in words().forcing and verb.tag_ == "VBD":
        # "The flood forced the mill to close its gates": a past forcing told as what happened (GUIDE decision 556(a));
        # not one whose act the text gives as still ahead ("forced the council to reopen the pool by August", 556(c))
        return any(c.dep_ == "dobj" and c.i < xcomp.i for c in verb.children) and not _act_still_ahead(xcomp)
    simple_past_passive = _simple_past_passive(verb)
    if verb.lemma_ in words().requiring and simple_past_passive:
        # "Residents were forced to leave their homes", "Entrants were required to sign a waiver": the passive of a past
        # forcing or requirement is decision 74's "had to" and decision 556(a)'s "forced X to" told from the one made
        # to act; not one still ahead (556(c)) nor one told as a habit (decision 468)
        if _act_still_ahead(xcomp) or _recurring(verb) or _recurring(xcomp):
            return False
        if verb.dep_ == "ccomp" and verb.lemma_ not in words().forcing:
            return False  # ("He said tenants were required to …": a rule reported, shifted back)
        if verb.lemma_ in words().forcing:
            return True
        # a requirement names a rule: on an unnamed class with no one occasion in view it is decision 200's standing
        # rule ("Until 2020, visitors were required to hold a visa": a fact), and one "under" a document is what the
        # document obliges a party to do (a commitment); it is a happening for a specific party ("The mayor was
        # required to testify") or an act bound to one occasion ("Entrants were required to sign a waiver before the race")
        if any(c.dep_ == "prep" and c.lower_ == "under" for c in (*verb.children, *xcomp.children)):
            return False
        party = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return (party is not None and party.lower_ != "they" and _a_specific_forced_party(party)) or any(
            c.dep_ in ("prep", "advmod") and c.lower_ in ("before", "prior") for c in (*verb.children, *xcomp.children)
        )
    return verb.lemma_ == "allow" and simple_past_passive


def _past_frame_as_a_habit(verb) -> bool:
    """ "As a trainee, she was required to sweep the yard every morning", "The airline was forced to cancel flights every
    winter": the simple past passive of a forcing or requirement telling a routine, with no one act in view, is a habit
    (GUIDE decision 468: fact), whoever the party is; not one whose act is still ahead (decision 556(c))."""
    xcomp = _xcomp(verb)
    if xcomp is None or verb.lemma_ not in words().requiring or not _simple_past_passive(verb):
        return False
    return (_recurring(verb) or _recurring(xcomp)) and not _act_still_ahead(xcomp)


def _past_arrangement(verb, dated_after: Callable | None = None) -> bool:
    """ "The ferryman was supposed to sail at dawn", "Her cousin was meant to be one of the judges": the frame "is
    supposed/meant to" (claims.json `arrangement_frame_participles`, GUIDE decision 45's obligation) told in the simple
    past tells the arrangement as it stood, not an act pending at the reference date: kind `fact` whoever is to act
    (decision 1056 for a party; 654 for a thing, time or event; 941 for a character). Not an act the text gives as still
    ahead at the reference date (1056: the party's `commitment`): dated forward or kept pending ("was supposed to vote
    next month", "still"), set before a deadline, set "later" or "soon" (`_act_set_later`), or dated after the
    reference date by a date of its own ("in 2026", "on June 20" read forward, "this autumn": `dated_after`, the claim's
    date reading); nor a present backshifted by a reporting verb outside a quotation ("said the ferry was supposed to
    sail"), read as `_past_wish` reads a past aim."""
    if verb.lower_ not in words().arrangement_frames or not _simple_past_passive(verb):
        return False
    xcomp = _xcomp(verb)
    if xcomp is None or _aim_still_ahead(verb) or _act_still_ahead(xcomp) or _act_set_later(xcomp):
        return False
    if not _quoted(verb):
        reported = verb.dep_ == "ccomp" and verb.head.lemma_ in words().reporting
        if reported or any(c.lower_ == "according" for c in verb.children):
            return False
    return dated_after is None or not dated_after(xcomp)


def _act_set_later(clause) -> bool:
    """ "to announce the merger soon", "to unveil the budget later this month": an adverb that sets the act after the
    time of telling (claims.json `act_later_adverbs`), bare or before a period that "this" places ("later this year");
    not one counted from another time ("two days later", "a week later"), nor one before a preposition or another
    period ("soon after the vote", "later in the evening", "later that day"), which tell the story's own time (GUIDE
    decision 1056: an act still ahead)."""
    doc = clause.doc
    for t in clause.subtree:
        if t.dep_ != "advmod" or t.lower_ not in words().act_later_adverbs or any(c.dep_ != "punct" for c in t.children):
            continue
        if t.i > 0 and doc[t.i - 1].lemma_.lower() in words().duration_units:
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is None or after.is_punct or after.dep_ == "cc" or after.lower_ == "this":
            return True
    return False


def _simple_past_passive(verb) -> bool:
    """ "were forced", "was required", "was allowed": a participle with a past "be" and no other auxiliary (not "had
    been forced", "will be required")."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _a_specific_forced_party(party) -> bool:
    """A name, an organisation or place, a personal pronoun, or a definite or possessed singular noun ("the council"),
    not a class ("companies")."""
    return (
        party.pos_ == "PROPN"
        or party.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or (party.pos_ == "PRON" and party.lower_ not in ("you", "one"))
        or (party.tag_ == "NN" and _definite(party))
    )


def _forced_party_kind(verb):
    """ "The ruling forces the council to reopen the pool", "would force the administration to reconsider", "last
    week's ruling forced the council to reopen the pool by August": a forcing whose act is still to be carried out takes
    its kind from the one forced (GUIDE decisions 257, 556(c)): a specific party (a name, an organisation or place, a
    personal pronoun, or a definite or possessed singular noun, "the council") → commitment; a class ("forces companies
    to publish") → fact. A past forcing told as what happened (556(a)) is left to the rules after; a present
    perfect of a specific party is what happened, an event; None where this does not apply."""
    if verb.lemma_ not in words().forcing or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    party = _required_party(verb)
    if party is None:
        return None
    if verb.tag_ == "VBG" and any(c.dep_ == "nsubj" and c.lemma_.lower() in words().way_nouns for c in verb.children):
        return (
            None  # ("the path to a less polarized GOP is forcing the party to reach …": what the way is, claims.json `way_nouns`)
        )
    if verb.tag_ == "VBD" and not _act_still_ahead(_xcomp(verb)):
        return None
    specific = _a_specific_forced_party(party)
    if _present_perfect(verb):
        # ("The sanctions have forced the airline to ground its fleet": a completed act of a specific party, decision
        # 304's tense rule, as before the frame was read; a class is left to the rules after)
        return "event" if specific else None
    return "commitment" if specific else "fact"


def _act_still_ahead(clause) -> bool:
    """ "to reopen the pool by August", "to release the documents within 30 days": the forced act set before a deadline
    (claims.json `deadline_preps` + a date or a span of time), still to be carried out (GUIDE decision 556(c))."""
    preps = words().deadline_preps
    return any(
        t.dep_ == "prep"
        and t.lower_ in preps
        and any(
            o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in words().duration_units)
            for o in t.children
        )
        for t in clause.subtree
    )


def _opens_a_quotation(clause) -> bool:
    """A clause whose first word follows an opening quotation mark ('recalls, “I had to …')."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text in _QUOTE_CHARS


def _decision_frame(verb) -> bool:
    """ "Prosecutors decided to reopen the investigation", "I've decided to try", "may choose to wait", "chose
    not to appeal": a verb of deciding with a to-infinitive frames the party's intention in every tense (GUIDE
    decisions 76, 210; under a modal the inner frame decides, decision 15). The tense of the deciding sets the
    kind (past: event; present, perfect, future: commitment), not the modality. Not the passive ("it was
    decided to …"), a participle or gerund standing without an auxiliary ("the path chosen to …"), nor a choice
    of a thing with its purpose ("chose their mezcals to give guests a selection"). The progressive ("more families
    are choosing to leave") is the deciding told as under way, and the impersonal passive of "decide" ("It was decided
    to close the mill", no party chosen) a decision taken (decision 210(a)); a party chosen ("she was chosen to lead")
    is no frame."""
    if verb.lemma_ not in words().decisions:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return verb.lemma_ == "decide" and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
    # (an object after the infinitive is a noun the parser hung on the verb from further on, "opted to remain at home
    # and he's been dominant since -- the reason why …"; only one before it is the thing chosen)
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if any(c.dep_ == "dobj" and (infinitive is None or c.i < infinitive.i) for c in verb.children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") and _open_question_before(c) for c in verb.children):
        return False  # "is deciding whether to grant bail", "chose which games to attend": a deliberation (decision 276)
    if verb.tag_ in ("VBZ", "VBP", "VBD"):
        return True
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and _is_be(c) for c in verb.children)
    return verb.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


def _open_question_before(verb) -> bool:
    """ "whether to grant bail", "if to sell", "which games to attend", "where to go": a question word or "whether"/"if"
    before the infinitive `verb` in its own phrase makes it an open question, no decision taken."""
    return any(
        t.i < verb.i and (t.tag_ in ("WDT", "WP", "WP$", "WRB") or (t.lower_ in ("whether", "if") and t.dep_ == "mark"))
        for t in verb.subtree
    )


def _deliberation_under_way(verb, subject) -> bool:
    """ "The council is considering closing the depot", "he said he was considering a short list", "it's weighing a
    production version": a specific party's progressive of a deliberating verb (claims.json `deliberation_lemmas`)
    tells a deliberation in progress, a happening (GUIDE decision 276), not the judgement of "considers it a
    mistake" nor the measure of "weighs 2 kg"; a generic class ("people are considering …") stays a fact (decision
    16), and so does what is not going on ("isn't considering") or a phrasal ("is weighing in")."""
    if verb.tag_ != "VBG" or verb.lemma_ not in words().deliberations or subject is None:
        return False
    if not any(c.dep_ == "aux" and _is_be(c) for c in verb.children) or any(c.dep_ == "prt" for c in verb.children):
        return False
    if not any(c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp") for c in verb.children):
        return False
    if _negated(verb) or _generic(subject):
        return False
    return subject.ent_type_ in _AGENT_ENTITIES or subject.pos_ in ("PROPN", "PRON") or _is_agent(subject)


def _arranged(verb, subject) -> bool:
    """ "Apple is holding a surprise event next month", "The CEO is stepping down in May 2020": a
    party's present progressive set at a day or month (not "now") tells an arranged happening to
    come, a scheduled action (GUIDE decision 30: a commitment); so does one set at the current
    period that runs on ("is adding a night crossing this month", "later this year", decision 799)
    or at a stretch ahead ("in the coming weeks", `_set_in_a_stretch_ahead`, decision 693(c)); the
    progressive of what goes on now takes no such time ("Police are investigating the fire")."""
    if verb.tag_ != "VBG" or not _is_agent(subject):
        return False
    if not any(c.dep_ == "aux" and _is_be(c) and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    if _set_in_a_stretch_ahead(verb) and not _no_act_set_in_the_period(verb, subject):
        return True
    for child in verb.children:
        if child.dep_ == "npadvmod":
            when = child
        elif child.dep_ == "prep" and child.lower_ in ("on", "in", "at"):
            when = next((g for g in child.children if g.dep_ == "pobj"), None)
        else:
            continue
        if when is None or when.ent_type_ != "DATE":
            continue
        words_of_when = {t.lower_.rstrip(".") for t in when.subtree}
        if words_of_when & (_WEEKDAY_NAMES | MONTH_WORDS | {"next"}):
            return True
        if _in_the_period_still_to_come(verb, subject, when):
            return True
    return False


def _in_the_period_still_to_come(verb, subject, when) -> bool:
    """ "is adding a night crossing this month", "later this year": the act placed in the part of the current period
    still to come (GUIDE decision 799), but not a post held in it ("is chairing the panel this year", decision 612), nor
    this period set against another ("is spending more this decade than in any since 1950"), nor what
    `_no_act_set_in_the_period` keeps out."""
    if when.dep_ != "npadvmod" or when.lemma_ not in words().calendar_period_nouns or not _this_period(when):
        return False
    return not (
        _no_act_set_in_the_period(verb, subject)
        or _post_held_in_the_progressive(verb)
        or any(c.lower_ == "than" for c in verb.children)
    )


def _no_act_set_in_the_period(verb, subject) -> bool:
    """What keeps a progressive set at the current period or a stretch ahead from being decision 799's act still to come:
    a generic class as its subject ("Many families are leaving the valley this year", decisions 6, 16); the act told as
    begun (799's proviso, decision 693(b)): "already", "still", "so far" (claims.json `up_to_now_phrases`), "since" + a
    time, or a joined clause in the past or the perfect telling part done ("…, and it has already taken on 200"); an act
    told as recurring, "every year" or at a rate, "400 claims a day" (decisions 371, 438); a volume, outcome or income
    that falls to the party ("is selling fewer phones", "is losing money", decisions 651(b), 727)."""
    if _generic(subject):
        return True
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("already", "still"):
            return True
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        if child.dep_ == "conj" and (child.tag_ == "VBD" or _present_perfect(child, or_past=True)):
            return True
    if _clause_holds(verb, words().up_to_now_phrases) or _told_as_recurring(verb):
        return True
    lex = words()
    if verb.lemma_ in lex.figure_outcomes and any(c.dep_ == "dobj" for c in verb.children):
        return True
    volume = verb.lemma_ in lex.volumes and any(
        c.dep_ == "dobj" and (_counted(c, goods=True) or any(a.tag_ == "JJR" for a in c.children)) for c in verb.children
    )
    return volume or _income(verb)


def _told_as_recurring(verb) -> bool:
    """ "400 claims a day", "per week", "as it has every year": a unit of time under a word of rate or of each time
    (claims.json `habit_occasion` `rate_words`, `rate_units`), not "a day after the vote"."""
    lex = words()
    for token in verb.subtree:
        if token.lemma_.lower() not in lex.rate_units:
            continue
        if token.head.lower_ == "per":
            return True
        # ("a day after the vote", "a week before": a time counted from another, no rate)
        offset = token.head.pos_ == "ADP" or any(c.dep_ == "prep" for c in token.children)
        if any(
            c.dep_ in ("det", "predet") and c.lower_ in lex.rate_words and not (offset and c.lower_ in ("a", "an"))
            for c in token.children
        ):
            return True
    return False


def _this_period(when) -> bool:
    """ "this month", "this year": a period the reference date falls in, named by "this" (not "this past week", "early
    this week")."""
    dets = [c for c in when.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "this":
        return False
    # ("early this week" names the period's opening part, which may lie behind the reference date)
    return not any(c.dep_ == "amod" or (c.dep_ == "advmod" and c.lower_ in ("early", "earlier")) for c in when.children)


def _set_in_a_stretch_ahead(verb) -> bool:
    """ "is sharing my approach in the coming weeks", "is moving the app onto a new schedule over the coming quarters":
    a stretch of time that "coming" or "upcoming" sets ahead, on the verb or on a noun of its own phrase, puts the act
    ahead of the reference date (GUIDE decision 693(c)'s time word ahead written for the act)."""
    periods = words().calendar_period_nouns
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "prep"))]
    heads += [g for h in heads[1:] if h.dep_ == "prep" for g in h.children if g.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "over", "during"):
                continue
            for when in prep.children:
                if when.dep_ != "pobj" or when.lemma_ not in periods:
                    continue
                if any(c.dep_ == "amod" and c.lower_ in ("coming", "upcoming") for c in when.children):
                    return True
    return False


def _continuing_action(verb, subject) -> bool:
    """ "The authorities continue to pour fuel on the fire": a party's action going on now, like the
    progressive ("are negotiating"); not a state that goes on ("continues to be the favourite"), a
    saying ("continues to insist that …") or a thing's change ("revenues continue to decline")."""
    if verb.lemma_ != "continue" or verb.tag_ not in ("VBZ", "VBP") or subject is None or not _is_agent(subject):
        return False
    action = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    lex = words()
    return action is not None and not (
        action.lemma_ in lex.stative
        or action.lemma_ in lex.ongoing_states
        or action.lemma_ in lex.saying
        or action.lemma_ in lex.undergone
    )


def _hope_as_a_state(verb) -> bool:
    """ "He hoped the swap would pave the way", "The coach said he hoped the striker would stay", "We're going to hope
    for a quiet night": a hope (that) + clause or a hope for + a noun phrase tells a state of mind, whoever the clause's
    subject, not an act the party will carry out (GUIDE decision 283, which overrides the earlier reading of a party's
    act in the clause as a commitment), also under "is going to"; "hopes to open" (a verb of the party's own act) names
    a plan and stays a commitment."""
    wish = verb
    if _longing(verb):
        return True  # "the crews dream of a calm crossing", "she dreams of owning a boat" (GUIDE decision 837: `fact`)
    if _HOPE_FORMS.get(wish.lower_, wish.lemma_) not in _WISH_LEMMAS and wish.lemma_ == "go":
        wish = _xcomp(verb) or verb  # "We're going to hope for the best"
    if _HOPE_FORMS.get(wish.lower_, wish.lemma_) not in _WISH_LEMMAS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children) for c in wish.children):
        return True
    clause = next((c for c in wish.children if c.dep_ == "ccomp"), None)
    return clause is not None and any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in clause.children)


# Adverbs by which a writer estimates or welcomes what will come ("probably", "fortunately"), which
# make a "will"/"would" a forecast; not "likely" or "certainly", which also state a party's resolve
# ("the government certainly would not sit on its hands").
_FORECAST_ADVERBS = frozenset(
    ("probably", "presumably", "ideally", "fortunately", "unfortunately", "naturally", "luckily", "sadly")
)


def _forecast(verb) -> bool:
    """A modal statement whose verb (or the frame's verb) carries a writer's adverb of estimate or
    attitude."""
    return any(c.dep_ == "advmod" and c.lower_ in _FORECAST_ADVERBS for c in verb.children)


_SPEAKING = frozenset(("speak", "talk", "comment", "tell", "say"))


def _speaker_hedging(verb, subject) -> bool:
    """What a speaker can or cannot say ("I can say with confidence that …", "We can't comment on
    …"): how far the speaker's own words go, no commitment to act."""
    return (
        subject is not None and subject.lower_ in ("i", "we") and (verb.lemma_ in _SPEAKING or verb.lemma_ in words().reporting)
    )


def _present_homograph(verb, subject) -> bool:
    """ "Tariffs on consumer products hit customers directly, while tariffs on raw materials can produce
    delays", "When the cycle has run its course, they shed naturally": a verb whose past and present are one
    form, tagged past, with a subject that takes that form in the present too (not "it", whose present
    ends in -s) whose own clauses' verbs are all present, is the present of a general statement."""
    if verb.tag_ != "VBD" or verb.lower_ != verb.lemma_.lower() or subject is None:
        return False
    if not (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("i", "we", "you", "they")):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False  # "Rebels cut the road on Monday": a date places the act in the past
    # The verbs of the clauses the verb governs ("while tariffs … can produce", "when the cycle has run"): not
    # a reporting verb's news present ("…, officials say") nor a progressive's "is" ("more rain is coming"),
    # which say nothing of the act's own time.
    lex = words()
    others = [
        t.tag_
        for t in verb.subtree
        if t.i != verb.i
        and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
        and t.lemma_ not in lex.reporting
        and t.lemma_ not in lex.saying
        and not (t.dep_ == "aux" and t.head.tag_ == "VBG")
    ]
    return bool(others) and "VBD" not in others


def _a_place_on_a_ranking(token) -> bool:
    """ "third", "No. 7", "number two", "the top ten", "two places", "fifth spot": a place on a ranking, named by the token
    that hangs on the verb or its preposition (not "in the third quarter": an ordinal inside a time's noun)."""
    lex = words()
    if token.dep_ in ("amod", "nummod", "compound") and token.head.lemma_.lower() not in lex.ranking_places | lex.ranking_nouns:
        return False  # an ordinal or number of another noun: "in the third row", "came in the third quarter"
    if token.ent_type_ == "ORDINAL" and token.pos_ in ("ADJ", "NOUN", "ADV", "NUM") and token.lower_ not in ("first", "last"):
        return True
    doc = token.doc
    before = [t for t in doc[max(token.i - 2, 0) : token.i] if t.text != "."]
    if token.like_num and before and (before[-1].text in ("No", "No.", "number", "top") or before[-1].lower_ == "top"):
        return True  # ("No. 7", the tokenizer may cut "No" from its stop; "number two"; "the top ten")
    after = [t for t in doc[token.i + 1 : token.i + 3] if t.text != "."]
    if (token.text in ("No", "No.") or token.lower_ == "top") and after and after[0].like_num:
        return True
    if token.lemma_.lower() in lex.ranking_places:
        return any(c.dep_ in ("nummod", "amod", "compound") and (c.like_num or c.ent_type_ == "ORDINAL") for c in token.children)
    return False


def _ranked_phrase(verb, prepositions=None):
    """The tokens that hang on the verb as its complement (an object, an adverb, an attribute) or as the object of one of
    its prepositions (all of them, or only `prepositions`), for the place or ranking they name."""
    for child in verb.children:
        if child.dep_ in ("dobj", "npadvmod", "advmod", "attr", "oprd", "acomp", "dep", "nummod", "amod"):
            yield child
        elif child.dep_ in ("prep", "prt") and (prepositions is None or child.lower_ in prepositions):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    yield grand
                    yield from (g for g in grand.children if g.dep_ in ("nummod", "compound", "amod"))
                elif grand.dep_ == "prep":  # "out of the rankings"
                    yield from (g for g in grand.children if g.dep_ == "pobj")


def _standing_on_a_ranking(verb) -> bool:
    """ "Lee ranks third", "The Hawks ranked fifth in scoring", "Roe came in ninth", "She checked in at No. 7", "The club
    sat second": a verb of claims.json `ranking_standing` (with its particle) and a place on a ranking (GUIDE decision
    650); "rank" needs none ("ranks among the best"). Not the passive ("was ranked" is left to the participle's reading)."""
    lex = words()
    parts = lex.ranking_standing.get(verb.lemma_)
    if parts is None or verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if verb.lemma_ == "rank":
        return not any(c.dep_ == "dobj" for c in verb.children)  # ("Forbes ranked the firms by revenue": the ranker's act)
    if parts and not any(c.dep_ in ("prt", "prep") and c.lower_ in parts and c.i == verb.i + 1 for c in verb.children):
        return False
    return any(_a_place_on_a_ranking(t) for t in _ranked_phrase(verb))


def _move_on_a_ranking(verb) -> bool:
    """ "Lee climbs to third", "Roe leaps into the top ten", "the club drops out of the rankings", "Globex fell two
    places": a verb of claims.json `ranking_moves` whose object or prepositional phrase names a place on a ranking or the
    ranking itself (GUIDE decision 650: a change, an event)."""
    lex = words()
    if verb.lemma_ not in lex.ranking_moves:
        return False
    if verb.pos_ != "VERB" and not (
        verb.dep_ == "ROOT" and verb.tag_ == "NNS" and not any(c.dep_ == "det" for c in verb.children)
    ):
        return False  # (the tagger takes a verb's -s for a plural at the root: "Brandt vaults into the rankings")
    return any(
        _a_place_on_a_ranking(t) or (t.lemma_.lower() in lex.ranking_nouns and t.dep_ == "pobj")
        for t in _ranked_phrase(verb, ("to", "into", "onto", "on", "out", "off", "from", "up", "down", "inside", "within", "at"))
    )


def _lived_as_a_happening(verb) -> bool:
    """ "The band lived it up in Las Vegas", "Three passengers lived after the crash", "She said she lived through the war":
    "live", a verb of state for a residence or a lifetime ("lived in Trieste in the 1980s": fact), with a particle or a
    word of surviving (claims.json `lived_happening_words`) tells a happening, read by its tense (event)."""
    return verb.lemma_ == "live" and any(
        c.dep_ in ("prt", "prep") and c.lower_ in words().lived_happening_words for c in verb.children
    )


def _stative_verb_as_a_partys_act(verb, subject) -> bool:
    """ "The governor weighed in", "The committee weighed whether to delay the grants", "The leaders reflected on their
    years in office": "weigh" and "reflect", on the stative list for "The bag weighs six kilos" and "The price reflects
    the cost", name a party's act with "in", with a "whether" or "if" clause, or with "on" ("reflect"), read by its
    tense like any act (GUIDE decision 276's deliberation; the kind section's "someone did something"; claims.json
    `party_act_statives`). Not the tag of a quotation before it ('"We all miss him," the coach weighed in') nor the
    lead-in of one after a colon ('The coach weighed in: "We all miss him."'): what was said decides (decision 228); not
    "reflected poorly on the club", how one's conduct makes another look; nor a thing's weight on a market ("Concerns
    weighed on the shares")."""
    lex = words().party_act_statives
    if verb.lemma_ not in lex["lemmas"] or not _is_agent(subject):
        return False
    if any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return False
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i:
        return False  # ('weighed in: "We all miss him."': the parser hangs the lead-in on the quoted verb)
    if any(t.text == ":" and t.i > verb.i for t in verb.sent):
        return False  # (a quotation or a statement after the colon is what the unit says)
    children = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in lex["evaluative_adverbs"] for c in children):
        return False
    if verb.lemma_ == "reflect":
        return any(c.dep_ == "prep" and c.lower_ in lex["reflect_preps"] for c in children)
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "up") and c.i == verb.i + 1 for c in children):
        return True  # ("weighed in", "weighed up the options")
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in children):
        return True  # ("weighed into the row")
    if any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in lex["weigh_marks"] for g in c.children)
        for c in children
    ):
        return True  # ("weighed whether to delay", "weighed if the law applied")
    # ("weighed a sale of the unit", "weighed the evidence": an option or matter weighed, not "weighed 80 kilos")
    return any(
        c.dep_ == "dobj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.lemma_.lower() not in lex["weight_units"]
        and not any(g.dep_ == "nummod" or g.like_num for g in c.children)
        and c.ent_type_ != "QUANTITY"
        for c in children
    )


def _standing_not_a_move(verb, directions, subject, lex) -> bool:
    """ "The Knicks were down 15 points with six minutes left", "Harris is up 3 points over Trump, according to the
    poll", "The risk was 40% higher among smokers", "Hotel occupancy is typically down 20% in January", "Shares are
    down 40% from their peak": a copula with a direction word and a figure that states a standing, not one measure's
    move: a competitor's running score, margin or poll lead (GUIDE decision 816; a person or party whose figure is no
    share or index), a study's result (decision 270), groups set side by side ("among"), a habitual level (decision
    775), or a level against a reference figure; claims.json `move_copula`."""
    sent = verb.sent
    measure = subject is not None and subject.lemma_.lower() in lex["measures"]  # ("Turnout", "Attendance": the tagger's PERSON)
    if subject is not None and not measure and (subject.ent_type_ in ("PERSON", "NORP") or _is_agent(subject)):
        named = {t.lower_ for t in subject.subtree}
        sized = {t.lower_ for d in directions for t in d.subtree} | {
            t.lower_ for c in verb.children if c.dep_ == "npadvmod" for t in c.subtree
        }
        if subject.ent_type_ in ("PERSON", "NORP") or not (named & lex["index_words"] or sized & words().aggregate_shares):
            return True  # (a team's or candidate's points are a margin; an index's points, a company's or a crude's "%" a move)
    if any(t.lower_ in lex["standing_marks"] or t.lemma_.lower() in words().share_study_frames for t in sent):
        return True  # ("at halftime", "in the poll", "the study found", "In the trial, …")
    if any(t.dep_ == "pobj" and t.head.lower_ == "with" and t.lemma_ in ("minute", "second", "lap", "hole") for t in sent):
        return True  # ("with six minutes left")
    heads = directions + [verb]
    if any(c.dep_ == "prep" and c.lower_ in ("among", "than") for d in heads for c in d.children):
        return True  # (groups side by side, another figure: decisions 270, 805)
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "over")
        and any(g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "ORG", "NORP") for g in c.children)
        for d in heads
        for c in d.children
    ):
        return True  # ("two points up on City", "up 3 points over Trump": a margin over a rival; not "over the week")
    if any(c.dep_ == "advmod" and c.lower_ in words().past_habit_adverbs for d in heads for c in d.children):
        return True  # ("is typically down in January": a recurring level, decision 775)
    for d in heads:
        for prep in d.children:
            if prep.dep_ != "prep":
                continue
            for g in prep.children:
                if g.dep_ != "pobj":
                    continue
                if prep.lower_ == "in" and g.lemma_.lower() in words().seasons and not any(c.dep_ == "det" for c in g.children):
                    return True  # ("higher in winter": every winter)
                if prep.lower_ == "from" and g.lemma_.lower() in lex["reference_levels"]:
                    return True  # ("down 40% from their 2021 peak": a level against a reference figure)
                if prep.lower_ == "to" and any(c.lower_ == "last" for c in g.children):
                    return True  # ("down to its last $2 million": a state)
    return False


def _measure_placed_or_sized(directions, subject, lex) -> bool:
    """ "Sales were up in September", "Stocks were up sharply on Monday", "Sales were up last year", "Revenue was up by a
    third", "Attendance was up 4,000 on last season": with a measure for subject (claims.json `move_copula` `measures`),
    "up" or "down" placed at a date or sized by any count or fraction tells the measure's move (GUIDE decisions 581,
    775, 806's "was up 3% in September"). Not "higher" or "lower" sized alone (a difference, decision 270), nor a
    date in the plural with no count ("in the summer months": every year, decision 775)."""
    if subject is None or subject.lemma_.lower() not in lex["measures"]:
        return False
    verb = directions[0].head
    for d in directions + [verb]:
        for c in d.children:
            if not ((c.dep_ == "prep" and c.lower_ in ("in", "on")) or c.dep_ == "npadvmod"):
                continue
            for t in c.subtree:
                if t.ent_type_ == "DATE" and not (t.tag_ == "NNS" and not any(g.dep_ == "nummod" for g in t.children)):
                    return True
    if all(d.lower_ in lex["comparatives"] for d in directions):
        return False
    near = [t for d in directions for t in d.subtree] + [
        t for c in verb.children if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ == "by") for t in c.subtree
    ]
    return any((t.like_num and t.ent_type_ != "DATE") or t.lower_ in lex["fractions"] for t in near)


def _copula_of_a_move(verb) -> bool:
    """ "Globex shares are up 12% this year", "Ridership was down 3.5 percent in October", "Shares were 4% lower in
    afternoon trading", "That's up from 18% a year earlier", "The index was down on the week": a copula with "up",
    "down", "higher" or "lower" and the size of the move (a percentage, points, cents or money) or the trading period it
    covers tells one measure's move (GUIDE decision 806: a copula that tells a move stays decision 581's `event`). Not a
    level that did not move ("was unchanged", "held steady": decision 806's fact), nor "up" or "down" with no figure or
    period ("The site is down", "It's up to you", "Time is up"), nor a negated copula (what did not move), nor "still up" or
    "still down", the level where the measure stands, nor "higher" or "lower" + a figure that no period, date or "from"
    places in time (a difference, decisions 270 and 805), nor a standing (_standing_not_a_move), nor "for" a counted
    stretch of years (a run kept up, decision 439); claims.json `move_copula`."""
    if verb.lemma_ != "be" or _negated(verb) or any(c.dep_ == "expl" for c in verb.children):
        return False
    lex = words().move_copula
    directions = [c for c in verb.children if c.dep_ in ("advmod", "acomp", "prt") and c.lower_ in lex["directions"]]
    if not directions:
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children):
        return False  # ("it's still down from the March high": where the measure stands against a figure, a level)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if _standing_not_a_move(verb, directions, subject, lex):
        return False
    if any(c.dep_ == "prep" and _stretch_of_time(c, counted=True) for c in verb.children):
        return False  # ("was down for four straight years": a run kept up over a stretch, decision 439's state)
    heads = directions + [verb]
    # ("was down on the week", "were higher in early trading", "up for the session": the period the move covers)
    period = any(
        c.dep_ == "prep"
        and (
            c.lower_ in ("on", "in")
            or (c.lower_ == "for" and any(g.dep_ == "det" and g.lower_ == "the" for p in c.children for g in p.children))
        )
        and any(g.dep_ == "pobj" and g.lemma_.lower() in lex["periods"] for g in c.children)
        for d in heads
        for c in d.children
    )
    if period or _measure_placed_or_sized(directions, subject, lex):
        return True
    shares = words().aggregate_shares
    # (the size of the move hangs on the direction word or on the copula: "are up about 12%", "were 4% lower")
    near = [t for d in directions for t in d.subtree] + [t for c in verb.children if c.dep_ == "npadvmod" for t in c.subtree]
    if not any(t.lower_ in shares or t.lower_ in lex["units"] for t in near):
        return False
    if all(d.lower_ in lex["comparatives"] for d in directions):
        # ("25% lower in the group given the drug": a difference, unless a time places it: "from", a date, a year)
        subject_span = set(subject.subtree) if subject is not None else set()
        return any(c.dep_ == "prep" and c.lower_ == "from" for d in heads for c in d.children) or any(
            t.ent_type_ == "DATE" and t not in subject_span for d in heads for t in d.subtree if t is not verb
        )
    return True


def _long_standing(verb) -> bool:
    """ "Indigenous Peoples have long recognized …", "China has long taken advantage of …": a perfect with
    "long" between its auxiliary and its verb tells what has lasted up to the time spoken of, a state (a
    fact), not one happening; not "so long as", "as long as", whose "long" governs its own "as"."""
    return (
        verb.tag_ in ("VBN", "VBD")  # (the tagger reads some participles as pasts: "Has it long campaigned …?")
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ == "long" and c.i < verb.i and not any(c.children) for c in verb.children)
    )


_SPAN_PREPOSITIONS = frozenset(("for", "over"))
_COUNTED_TIMES = frozenset(("once", "twice", "thrice", "times"))


def _kept_up_over_a_span(verb) -> bool:
    """ "She has taught piano for twenty years", "Over the years I've collected stamps", "We have been working from
    home for the last six years": a present perfect, simple or progressive, active, with "for" or "over" + a stretch
    of time (claims.json `span_nouns`; "time" only after "over": "for the first time" dates one happening) tells a
    practice or state kept up over the span, not a happening at a given moment (GUIDE decision 439: fact). Not a
    count of acts ("has visited twice over the years", decision 451), not "had" (a past perfect places a happening
    on a story's line), not a passive, and not "since" or "in recent years", which date acts."""
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _HAVE_CONTRACTIONS for c in children):
        return False
    if verb.tag_ == "VBG":
        if not any(c.dep_ == "aux" and c.lower_ == "been" for c in children):
            return False
    elif verb.tag_ != "VBN" or any(c.dep_ == "auxpass" for c in children):
        return False
    near = children + [g for c in children if c.dep_ in ("prep", "npadvmod", "advmod") for g in c.children]
    if any(t.lower_ in _COUNTED_TIMES for t in near):
        return False  # ("twice over the years": the parser may hang the count on the span)
    return any(prep.dep_ == "prep" and _stretch_of_time(prep) for prep in children)


def _span_spent(verb) -> bool:
    """ "They have spent decades arguing that …", "She has spent weeks debating the budget", "He has spent his life
    fighting for the poor", "We've spent a lot of time there": an active present perfect of spending a stretch of time
    (claims.json `span_spending_lemmas`) whose object is the stretch told by its length or vaguely (a plural of
    `span_nouns` or of `span_spent` `short_spans`, a life or career, or "time": "a lot of time", "an inordinate amount
    of time") tells a practice kept up over the span (GUIDE decision 439: fact). Not a bounded stretch ("has spent the
    last two days testing it", "the past week"), nor one dated on the verb ("have spent time with them this week"), nor
    a single one ("spent an hour at the palace"), nor money ("has spent $2 million on the pier", "has spent years of
    profits on the plant"): a happening or an act (decisions 439, 781)."""
    lex = words()
    if verb.lemma_ not in lex.span_spending or not _present_perfect(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    spent = lex.span_spent
    stretch = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if stretch is None or any(_dated_modifier(c) for c in verb.children):
        return False  # (and "have spent time with the families this week": a stretch dated, a happening then)
    # ("a lot of time", "an inordinate amount of time", "quite a bit of time": the stretch is what "of" measures)
    measured = next((g for c in stretch.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), None)
    if measured is not None and measured.dep_ == "pobj" and measured.lower_ in spent["vague_spans"]:
        span = measured
    elif measured is not None:
        return False  # ("years of profits", "decades of savings": what was spent is money, an act, decision 781)
    else:
        span = stretch
    lemma = span.lemma_.lower()
    if lemma in spent["lifetimes"] and span.tag_ == "NN":
        # ("his life", "a lifetime", "her whole career": the possessive names whose life, it bounds nothing)
        return not any(c.dep_ in ("det", "amod") and c.lower_ in spent["bounding_words"] for c in span.children)
    plural_span = span.tag_ == "NNS" and (lemma in lex.span_nouns or lemma in spent["short_spans"])
    if span.lower_ not in spent["vague_spans"] and not plural_span:
        return False
    # (a bounded stretch: "the last few months", "this past week", "those years")
    return not any(c.dep_ in ("det", "amod", "poss") and c.lower_ in spent["bounding_words"] for c in span.children)


def _held_since_a_point(verb, through_infinitive: bool = False) -> bool:
    """ "Tales of the lost city have circulated since at least 1650", "The village has formed part of the district since
    1997", "Talks have been stalled since late 2008", "the town has struggled with floods since the dam burst": a simple
    present perfect, active or passive, with "since" + a date or an earlier happening tells a state or practice held
    from that point up to now, the span stated by its start (GUIDE decision 439's practice over a stated span, 351's
    present-perfect state, 643 and 682: fact). Only a verb of a lasting state or practice (claims.json
    `held_since_lemmas`) or a passive participle naming a lasting state (`held_since_participles`: "has been closed"):
    not a single act ("has opened a plant since January", "has been arrested since Monday": decisions 439, 443), not a
    move or change summed since then ("prices have risen since June", "Rents have doubled since 2015": decision 581's
    measure's move, an event), not a count of acts ("has visited twice since", or a counted passive subject: "Three people
    have been detained since the riot", decision 451), not the adverb ("has since resigned": what happened next), not "since then"
    (which as often tells the next step after the happening just told), and not a reason ("…, since the plan failed").
    `through_infinitive`: the "since" may hang on the infinitive the perfect frames ("have been able to vote since 1990")."""
    if not _present_perfect(verb):
        return False
    lex = words()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_ not in lex.held_since_lemmas and not (passive and verb.lower_ in lex.held_since_participles):
        return False  # a single act ("has opened a plant since January") or a change ("Rents have doubled since 2015")
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is not None and _counted(subject, goods=False):
        return False  # the passive's count sums acts ("Three people have been detained since the riot", decision 451)
    near = children + [g for c in children if c.dep_ in ("prep", "npadvmod", "advmod") for g in c.children]
    if any(t.lower_ in _COUNTED_TIMES for t in near):
        return False
    sized = [c for c in children if c.dep_ == "dobj"] + [
        o
        for c in children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "to", "from")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if any(_counted(noun, goods=False) for noun in sized):
        return False  # ("has expanded by 630,000 workers since January", "have killed five people since the coup")
    if through_infinitive:  # ("been" → "able" → "to vote", or "been" → "to vote")
        frames = [c for c in verb.children if c.dep_ in ("acomp", "xcomp")]
        frames += [g for c in frames for g in c.children if g.dep_ == "xcomp"]
        children += [g for c in frames for g in c.children if g.dep_ in ("prep", "advcl")]
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "since":
            return any(o.dep_ == "pobj" and o.lower_ != "then" for o in child.children)
        if child.dep_ == "advcl" and _since_clause_of_time(child):
            return True
    return False


def _stretch_of_time(prep, counted=False) -> bool:
    """ "for twenty years", "over the years", "over time": "for" or "over" + a stretch of time (claims.json
    `span_nouns`; "time" only after "over": "for the first time" dates one happening). `counted`: only a stretch
    told by its length or as a plural ("for four straight years", "for years"), not a move's period ("for the year")."""
    if prep.lower_ not in _SPAN_PREPOSITIONS:
        return False
    for noun in prep.children:
        if noun.dep_ != "pobj" or noun.lemma_.lower() not in words().span_nouns:
            continue
        if noun.lower_ == "time" and prep.lower_ != "over":
            continue
        if not counted or noun.tag_ == "NNS" or any(c.dep_ == "nummod" for c in noun.children):
            return True
    return False


def _run_turned_out_so_far(verb, subject) -> bool:
    """ "The club's attempts to sign a striker have failed", "The policy has so far failed to deter crossings", "Its
    bids have thus far succeeded": a present perfect of success or failure summed up to now, either by "so far", "thus
    far", "to date" or "as yet", or told of an uncounted plural (a party's efforts, attempts, bids), is how a run of
    acts has turned out over a span, no happening at a given moment (GUIDE decision 540: fact). Not one act's outcome
    ("the offer has failed", "the bid failed on Monday") nor a counted run ("its three bids have failed", decision
    451), which stay events."""
    perfect = _present_perfect(verb) or (  # "has, so far, failed": the parser's past after commas
        verb.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in _HAVE_CONTRACTIONS for c in verb.children)
    )
    if verb.lemma_ not in words().outcome_lemmas or not perfect or subject is None:
        return False
    if _summed_up_to_now(verb):
        return True
    return (
        subject.tag_ in ("NNS", "NNPS")
        and subject.dep_ == "nsubj"
        and subject.lemma_.lower() in words().attempt_nouns
        and not any(c.like_num or c.dep_ == "nummod" for c in subject.children)
        and any(c.dep_ == "poss" or (c.dep_ == "acl" and c.tag_ == "VB") or c.dep_ == "prep" for c in subject.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
        and not _told_at_a_moment(verb, subject)
    )


def _summed_up_to_now(verb) -> bool:
    """ "has so far failed", "has thus far failed" (two adverbs to the parser), "has failed to deter crossings to date"
    (the phrase hung on the infinitive), "has, so far, failed": a marker of GUIDE decision 540's run summed up to now,
    two words in a row hung on the verb or its infinitive."""
    heads = {verb} | {c for c in verb.children if c.dep_ == "xcomp"}
    doc = verb.doc
    for t in verb.subtree:
        if t.i + 1 >= len(doc) or not (t.head in heads or (t.head.head in heads and t.head.i == t.i + 1)):
            continue
        if f"{t.lower_} {doc[t.i + 1].lower_}" in words().up_to_now_phrases:
            return True
    return False


def _told_at_a_moment(verb, subject=None, gradual_as_is_no_moment: bool = False) -> bool:
    """ "… have failed after the player chose Chelsea on Friday", "was equipped with a radar in 2019", "were covered
    with sheets before they were taken away", "was covered in graffiti overnight": a date or time, a clause or phrase
    of time or an adverb of a moment on the verb (outside its subject) ties the act to a moment, a happening (GUIDE
    decisions 393, 430), not a state or a run summed up. `gradual_as_is_no_moment`: an "as" clause in the present
    perfect or the progressive ("as smartphones have become ubiquitous") runs alongside, no moment."""
    skip = set(subject.subtree) if subject is not None else set()
    for c in verb.children:
        if c in skip or c.dep_ in ("nsubj", "nsubjpass", "ccomp", "parataxis", "conj"):
            continue
        if gradual_as_is_no_moment and c.dep_ == "advcl" and _gradual_as_clause(c):
            continue
        if c.dep_ == "prep" and c.lower_ in words().span_openers:
            continue  # "since 2004", "for a number of years": a span held, no moment
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words().moment_marks for m in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in words().moment_prepositions:
            return True
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in words().moment_adverbs:
            return True
        if any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree if t.dep_ != "relcl"):
            return True
    return False


def _present_perfect(verb, or_past: bool = False) -> bool:
    """ "has opposed", "have flocked", "’ve done": a participle with a present "have" (not "had", save with `or_past`:
    "had turned")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and (c.lower_ in _HAVE_CONTRACTIONS or (or_past and c.lemma_ == "have")) for c in verb.children
    )


def _multitude_over_time(verb, subject) -> bool:
    """ "Many Republicans have opposed the program", "Plenty of people have discovered the joy of …", "Countless
    games have attempted to …", "Most of us have sat through …": an active present perfect whose subject is a vague
    multitude (claims.json `multitude_quantifiers`) sums many parties' acts up to now, no specific happening or acting
    party (GUIDE decisions 16, 305: a figure or a general statement, a fact). Not "some" nor a counted number ("Three
    people have been arrested" tells a happening), nor a passive, nor a simple past ("Many young researchers resigned
    on the same day")."""
    if subject is None or not _present_perfect(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    multitudes = words().multitudes
    if subject.lower_ in multitudes:
        return True  # "Many have …", "Most of us have …", "Thousands of Tunisians have …"
    return any(c.dep_ in ("amod", "det", "quantmod") and c.lower_ in multitudes for c in subject.children)


_CLAUSAL_DEPS = frozenset(("ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "acl", "csubj"))
_DEFINITE_DETERMINERS = frozenset(("the", "these", "those", "this", "that"))


def _clause_tokens(verb, with_xcomp=False) -> list:
    """The tokens of a verb's own clause: its children's subtrees but for clauses hung on it (with an open complement,
    "paused to reload during the attack", when `with_xcomp`)."""
    return [t for c in verb.children if c.dep_ not in _CLAUSAL_DEPS or (with_xcomp and c.dep_ == "xcomp") for t in c.subtree]


def _clause_holds(verb, phrases) -> bool:
    """Whether the words of the verb's own clause hold one of `phrases` (lower-cased, whole words: "so far", "again
    and again")."""
    own = " " + " ".join(t.lower_ for t in _clause_tokens(verb)) + " "
    return any(f" {phrase} " in own for phrase in phrases)


def _names_a_day_or_hour(tokens) -> bool:
    """ "on Monday", "at noon", "Tuesday night": a TIME entity, or a DATE entity's word of one day (claims.json
    `habit_occasion` `day_words`)."""
    days = words().occasion_days
    return any(t.ent_type_ == "TIME" or (t.ent_type_ == "DATE" and t.lower_ in days) for t in tokens)


def _definite_happening(noun) -> bool:
    """ "Tuesday's hearing", "the crash", "the three-hour meeting": a definite or possessive noun of one occasion
    (claims.json `habit_occasion` `happenings`)."""
    return noun.lemma_.lower() in words().occasion_happenings and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS) for c in noun.children
    )


def _placed_at_one_occasion(verb, subject, leaving_out=frozenset()) -> bool:
    """ "on Monday", "at noon", "during Tuesday's hearing", "at Monday's meeting", "The speech was … interrupted": the
    clause places its happening at one day or hour (a DATE or TIME entity of a day, claims.json `habit_occasion`
    `day_words`) or one definite occasion (as subject or after a preposition), which makes it one happening, an event
    (GUIDE decisions 438, 503), not a pattern nor a sum over a period. `leaving_out`: tokens of a phrase that makes an
    occasion recur ("every morning"), no one day."""
    tokens = [t for t in _clause_tokens(verb, with_xcomp=True) if t not in leaving_out]
    if _names_a_day_or_hour(tokens):
        return True
    if subject is not None and _definite_happening(subject):
        return True
    # ("since the blast" opens a span from the happening, no one occasion: "have visited the site more than once since the blast")
    return any(
        t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ not in ("of", "since") and _definite_happening(t)
        for t in tokens
    )


def _class_at_one_occasion_ahead(verb, subject) -> bool:
    """ "Drivers will walk out on Tuesday", "CEOs will front the committee on Friday", "Teachers are going to strike on
    Tuesday", "Nurses are to march on Friday": a generic class of people or bodies (`_generic`, a noun of the people
    lexicons) as the subject of an active "will", "be going to" or "be to" + verb (the table's intentions of one plan,
    `_act_ahead`) whose clause names one day or hour (`_names_a_day_or_hour`). Not "would" (a hypothesis), a passive
    ("Architects will be invited"), nor a class with no day named ("Customers will use your page"), which stays
    decision 16's generic class. Nor what the class undergoes ("Workers will lose their jobs on Friday": claims.json
    `undergone_lemmas`, `class_undergone_lemmas`), a prediction; nor a standing rule from a day on ("From Monday,
    students will pay higher fees", "Workers will earn $15 an hour starting Monday"), what any member of the class must
    do (decision 16), not one occasion."""
    lex = words()
    act = _act_ahead(verb)
    if not (
        act is not None
        and subject is not None
        and subject.dep_ == "nsubj"
        and _generic(subject)
        # (a noun of people or bodies by the lexicon, not the tagger's entity: "Layoffs will begin on Tuesday")
        and any(subject.lemma_.lower() in nouns for nouns in (lex.human, lex.people, lex.org_nouns, lex.agents, lex.collectives))
        and not any(c.dep_ == "auxpass" for c in act.children)
        and act.lemma_.lower() not in lex.undergone | lex.class_undergone
    ):
        return False
    tokens = _clause_tokens(verb, with_xcomp=True)
    # (a rate makes it a standing regime, "£15 a day", "five hours a week", whatever day it starts)
    return not any(_counts_are_a_rate(t) for t in tokens) and _one_day_placing_the_act(tokens)


def _one_body_introduced(verb, subject) -> bool:
    """ "A jury will decide in August", "An appointed committee will award the prize", "A team of officials is expected
    to present its report": a singular noun of a body of people (claims.json `collective_people_nouns`,
    `one_body_nouns`) with the indefinite article, as the subject of an act ahead (or of a passive frame over one),
    introduces one body, which the article only presents as new to the reader. Not a passive ("A panel will be formed":
    done to it), nor a noun of one person or firm ("an importer may elect", "a company can deduct"), which stays
    decision 16's class member. A household or pair ("A family of four will pay", "A couple earning $80,000 will pay"),
    a team with no members named ("A team that fields an ineligible player will forfeit"), a measure ("of four"), a
    clause in the present that picks the class out, and a general setting ("In Scotland, a jury will return one of three
    verdicts", "usually") stay that class member (decision 16) (claims.json `introduced_body_nouns`)."""
    lex = words()
    if not (
        subject is not None
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.tag_ == "NN"
        and [c.lower_ for c in subject.children if c.dep_ in ("det", "predet", "poss", "nummod")] in (["a"], ["an"])
        and not _done_to(verb)  # (a passive frame stays: "is expected to present")
    ):
        return False
    lemma = subject.lemma_.lower()
    members = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if any(o.tag_ == "CD" for o in members):
        return False  # "a family of four": a measure of the class
    if lemma not in lex.introduced_bodies | lex.one_body_nouns and not (
        lemma in lex.introduced_bodies_with_members and any(o.tag_ == "NNS" for o in members)
    ):
        return False
    if any(c.dep_ in ("relcl", "acl") and c.tag_ not in ("VBD", "VBN") for c in subject.children):
        return False  # "a team that fields …", "a couple earning …": a clause that picks out the class, not one occasion
    return not any(
        (c.dep_ == "advmod" and c.lower_ in lex.past_habit_adverbs)
        or (c.dep_ == "prep" and c.i < subject.i and any(o.ent_type_ in ("GPE", "LOC") for o in c.children))
        for c in verb.children
    )  # "usually", "In Scotland, …": a general setting


def _act_ahead(verb):
    """The act a plan of the table's intention puts ahead: the verb itself under "will" ("will strike", "won't
    strike"), or the infinitive of a present "be going to" ("are going to strike") or of the table's "be to" ("are to
    strike", `_is_to`); else None. Not a past "were going to", a plan narrated (decisions 74, 107), like "would"."""
    if any(c.dep_ == "aux" and (c.lower_ in _WILL_FORMS or c.lower_ == "wo") for c in verb.children):
        return verb
    present = ("VBZ", "VBP")
    if (
        verb.lemma_ == "go"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in present for c in verb.children)
    ) or (verb.lemma_ == "be" and verb.tag_ in present and _is_to(verb)):
        return next(_to_infinitives(verb), None)
    return None


def _one_day_placing_the_act(tokens) -> bool:
    """ "on Tuesday", "Tuesday night", "at noon": a DATE or TIME entity's word of one day (claims.json `habit_occasion`
    `day_words`) that places the act; not a duration or a clock time alone ("five hours", "at 7 a.m.": a routine),
    nor the day a regime starts or ends ("from Monday", "starting Monday", "as of Monday", "until Friday")."""
    days = words().occasion_days
    return any(
        t.ent_type_ in ("DATE", "TIME")
        and t.lower_ in days
        and not (t.dep_ == "pobj" and t.head.lower_ in words().regime_start_words)
        and not (t.head.lower_ in words().regime_start_words and t.i > t.head.i)
        for t in tokens
    )


def _counts_are_a_rate(token) -> bool:
    """ "three times a week", "twice per month": a frequency (claims.json `habit_occasion` `rate_words`, `rate_units`),
    a habit (GUIDE decisions 371, 438), not a count of acts (decision 451)."""
    lex = words()
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].lower_ in lex.rate_words and doc[token.i + 2].lemma_.lower() in lex.rate_units


def _past_told_as_a_habit(verb, subject=None) -> bool:
    """ "Parties had traditionally paid a steep price", "The guards sometimes followed the cart", "The topic was regularly
    fought over", "Her work has often been overlooked", "the crews were constantly patching the hull": a simple past, a
    past or pluperfect progressive or a perfect (active or passive) with an adverb of
    habit or recurrence (claims.json `past_habit_adverbs`; "repeatedly", "again and again" in the present perfect only,
    `habit_occasion` `perfect_repeats`) tells a pattern over a stretch, no one happening at a given moment (GUIDE
    decisions 371, 438, 655(b)): a fact. Not a count of acts ("twice", decision 451; but "three times a week" is a
    rate, a habit), "never" (decision 246) nor "long" (_long_standing); not a clause placed at one occasion ("on
    Monday", "during Tuesday's hearing": decision 438's single happening); "generally", "normally" only before their
    verb ("landed normally" tells a manner) and not in the progressive ("markets were generally rising": broadly, one
    move, decision 775); a verb whose clause reports content is read from the content before this."""
    children = list(verb.children)
    auxiliaries = {c.lower_ for c in children if c.dep_ == "aux"}
    progressive = verb.tag_ == "VBG" and bool(auxiliaries & {"was", "were"} or {"had", "been"} <= auxiliaries)
    if not (
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in children))
        or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in children))  # "didn't always follow"
        # "The crews were constantly patching the hull", "had been regularly skipping checks": a past or pluperfect
        # progressive kept up again and again (decisions 438, 550)
        or progressive
    ):
        return False
    if any(c.dep_ == "mark" for c in children):
        return False  # ("as my father reminded me often": a clause hung on another, no main statement)
    lex = words()
    habits = lex.past_habit_adverbs
    if any(
        t.lower_ in _COUNTED_TIMES and not _counts_are_a_rate(t) for t in children + [g for c in children for g in c.children]
    ):
        return False  # ("usually twice", "often three times": counted acts)
    # (the parser may hang the adverb on the phrase after it: "regrew their claws constantly throughout their lives")
    hung = [g for c in children if c.dep_ == "prep" for o in [c, *c.children] for g in o.children if g.i < o.i]
    if any(
        c.dep_ == "advmod"
        and c.lower_ in habits
        and (c.lower_ not in lex.manner_habit_adverbs or (c.i < verb.i and not progressive))
        for c in children + hung
    ):
        habitual = True
    elif any(c.dep_ == "advmod" and c.lower_ in lex.sustained_adverbs for c in children + hung):
        # ("erupted continuously for two weeks": one act kept up; "since 2010", "throughout their lives": a pattern)
        habitual = any(c.dep_ == "prep" and c.lower_ in ("since", "throughout") for c in children)
    else:
        habitual = _present_perfect(verb) and _clause_holds(verb, lex.perfect_repeats)
    recurring = _recurring_occasion_marked(verb, children + hung)
    if recurring is not None:
        # ("every morning", "as often as every two seconds": the day or hour words recur, no one occasion)
        return not _placed_at_one_occasion(verb, subject, leaving_out=set(recurring.subtree))
    return habitual and not _placed_at_one_occasion(verb, subject)


# A preposition before a recurring occasion changes nothing ("at every session" as "every session": GUIDE decision 438).
_RECURRING_OCCASION_PREPOSITIONS = frozenset(("at", "on", "in", "during", "after"))


def _recurring_occasion_marked(verb, phrases):
    """ "Each visit, I heard more stories", "each night the lamps flickered", "recorded it as often as every two seconds",
    "stopped there three times a week", "at every session": an occasion that "each" or "every" makes recur (claims.json
    `recurring_occasion_nouns`, rate units, parts of the day), "as often as", or a count over a unit of time, on the verb
    itself, tells a pattern over a stretch (GUIDE decision 438: fact); a count of acts ("twice") is read before this.
    Returns the phrase that marks it, or None."""
    lex = words()
    for phrase in phrases:
        if (
            phrase.dep_ in ("npadvmod", "dep", "advmod")
            and phrase.lemma_.lower() in lex.recurring_occasions
            and any(g.dep_ == "det" and g.lower_ in ("each", "every") for g in phrase.children)
        ):
            return phrase
        if (
            phrase.dep_ == "prep"
            and phrase.lower_ in _RECURRING_OCCASION_PREPOSITIONS
            and any(
                o.dep_ == "pobj"
                and o.lemma_.lower() in lex.recurring_occasions
                and any(g.dep_ == "det" and g.lower_ in ("each", "every") for g in o.children)
                for o in phrase.children
            )
        ):
            return phrase  # ("at every session", "on each visit", "in every match")
        if phrase.dep_ == "advmod" and phrase.lower_ == "often" and any(g.lower_ == "as" for g in phrase.children):
            return phrase  # ("as often as once a month")
        if phrase.lower_ in _COUNTED_TIMES and _counts_are_a_rate(phrase):
            return phrase  # ("three times a week")
    return None


# A counted subject of at least this many sums many parties' or things' changes (GUIDE decision 305), not one happening.
# Twenty is where the tune set's counts turn from the people or things of one story ("Three people have been arrested",
# "A dozen homes …") into tolls and tallies summed over a period; the guards in _counted_aggregate place the rest.
_AGGREGATE_FLOOR = 20


def _over_a_span(verb) -> bool:
    """ "so far this year", "since March", "as of June 4": the clause sets its count over a period (claims.json
    `habit_occasion` `span_markers`)."""
    return _clause_holds(verb, words().aggregate_span_markers)


def _one_occasion_or_thing(verb) -> bool:
    """ "killed in Tuesday's bombing", "rescued from the mine", "have signed the letter", "died in the earthquake that
    struck on Monday": a large count placed at one occasion or acting on one definite thing tells one occasion's outcome
    or many parties' one act, an event (GUIDE decisions 443, 503), unless the clause sets it over a period; not a place
    left or reached by many ("have left the country": claims.json `habit_occasion` `open_places`, a movement summed)."""
    if _over_a_span(verb):
        return False
    lex = words()
    if _names_a_day_or_hour(_clause_tokens(verb)):
        return True
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ != "of"]
    if any(o.dep_ == "pobj" and _definite_happening(o) for p in preps for o in p.children):
        return True  # ("killed in Tuesday's bombing", "died in the crash")
    # ("have signed the letter", "signed a letter", "resigned from the firm", "rescued from the mine": one thing acted on
    # or left; not "in the valley", where many things changed)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in preps if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    return any(
        obj.lemma_.lower() not in lex.aggregate_open_places
        and obj.ent_type_ not in ("GPE", "LOC")
        and any(
            c.dep_ == "poss"
            or (c.dep_ == "det" and (c.lower_ in _DEFINITE_DETERMINERS or (c.lower_ in ("a", "an") and obj.tag_ == "NN")))
            for c in obj.children
        )
        for obj in objects
    )


def _counted_aggregate(verb, subject) -> bool:
    """ "At least 120 homes have been flooded", "1.5 million people have gained cover", "About 30% of patients have
    recovered": a present perfect, active or a passive with no agent, whose subject is counted at 20 or more (digits, or
    claims.json `aggregate_count` words: "thirty", "dozens", "million") or is a numbered share of an unnamed class, sums
    many people's or things' changes over a period, no specific happening or acting party (GUIDE decisions 305, 503: a
    fact). Not a small count ("Three people have been arrested", "A dozen people"), a year ("Three 2020 candidates"),
    a definite set ("the 40 members", "Nineteen of the 23 children": decision 443), a past perfect or a simple past
    (which place the happening on a story's line), nor a count placed at one occasion or acting on one definite thing
    ("killed in the crash", "have signed the letter": _one_occasion_or_thing)."""
    if subject is None or not _present_perfect(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    lex = words()
    head = subject
    if _share_word(subject):
        # "About 30% of patients": the share's class is the counted one; a share of a definite set is no aggregate
        head = _share_whole(subject)
        if head is None or not _numbered(subject):
            return False
    elif subject.lower_ in lex.aggregate_words:
        # "Hundreds of homes", "Millions of people": the multiplier counts its class, whose set must not be definite
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), subject) if of is not None else subject
    elif subject.tag_ not in ("NNS", "NNPS"):
        return False
    if any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS)
        for c in [*head.children, *(subject.children if head is not subject else [])]
    ):
        return False
    if _one_occasion_or_thing(verb):
        return False
    if head is not subject:
        return True
    if subject.lower_ in lex.aggregate_words:
        return True  # "Hundreds more people", "Dozens of people" parsed with the multiplier as head
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return False  # ("Nineteen of the 23 children": a part of a definite set)
    numbers = [
        t for t in subject.subtree if t.i < subject.i and (t.like_num or t.lower_ in lex.aggregate_words or t.lower_ == "dozen")
    ]
    for number in numbers:
        if number.lower_ in lex.aggregate_words:
            return True
        if number.lower_ == "dozen" and number.i > 0 and number.doc[number.i - 1].like_num:
            return True  # "two dozen women" ("A dozen people", twelve, is below the floor)
        if number.ent_type_ == "DATE":
            continue  # ("Three 2020 candidates": a year, no count)
        digits = number.text.replace(",", "")
        try:
            if float(digits) >= _AGGREGATE_FLOOR:
                return True
        except ValueError:
            if "-" in number.lower_ and number.lower_.split("-")[0] in lex.aggregate_words:
                return True  # "Forty-nine"
    return False


def _share_word(token) -> bool:
    """ "%", "percent", "per cent" (claims.json `aggregate_count` `shares`)."""
    return token.lower_ in words().aggregate_shares or (
        token.lower_ == "cent" and token.i > 0 and token.doc[token.i - 1].lower_ == "per"
    )


def _numbered(share) -> bool:
    """ "About 30%", "one percent": a share word with its number before it."""
    return any(c.like_num for c in share.subtree if c.i < share.i)


def _share_whole(share):
    """The class a share is of ("30% of patients": "patients"), or None."""
    of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _share_of_a_class_in_the_past(verb, subject) -> bool:
    """ "About 60% of the people who fell ill died", "Of those who were not treated, 1 percent relapsed", "about 5% of
    the treated group fell ill", "30% of the patients were readmitted", "10 percent of the patients had side effects": a
    simple past (active, or a passive with no agent, decision 503) whose subject is a numbered share of a class of people,
    animals or things (a plural, a collective noun of people, claims.json `aggregate_count` `collective_classes`, or a
    share standing alone for a class named before it) sums what many members each did or underwent, a figure (GUIDE
    decisions 305 "in any tense", 270, 608(a)), as _counted_aggregate reads the present perfect. Not a share of one mass
    or thing ("74% of the oil was skimmed": what became of it), not a share standing alone that moves ("30 percent fell",
    claims.json `change_lemmas`: decision 581's measure), not "be", and not one occasion's outcome or one body's act: a
    clause placed at one day or definite happening ("on Tuesday", "survived the crash", "walked out of the summit":
    decisions 503, 555, 608), nor a share of the members of one body ("the senators", "shareholders … signed the
    letter": decision 443's event)."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or not (_share_word(subject) and _numbered(subject)):
        return False
    children = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    if passive:
        # "were readmitted": a simple past passive with no agent
        if any(c.dep_ == "agent" for c in children) or not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in children):
            return False
        if any(c.dep_ == "aux" for c in children):
            return False
    elif not (verb.tag_ == "VBD" or _past_read_as_participle(verb)):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    if verb.lemma_ == "be" or (verb.lemma_ == "have" and not objects):
        return False
    lex = words()
    whole = None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        whole = _share_whole(subject)
        if whole is None or not (
            whole.tag_ in ("NNS", "NNPS")
            or whole.lower_ in lex.share_class_pronouns
            or whole.lemma_.lower() in lex.share_collective_classes
        ):
            return False
    elif verb.lemma_ in lex.changes and not objects:
        return False  # ("30 percent fell": a share standing alone that moves, decision 581)
    if (
        whole is not None
        and whole.lemma_.lower() in lex.share_member_classes
        and (_definite(whole) or any(_definite(o) and o.pos_ != "PRON" for o in _acted_on(verb)))
    ):
        return False  # ("the senators voted", "shareholders signed the letter": part of one body's members, decision 443)
    return not _one_happening_of_the_share(verb, subject)


def _definite(noun) -> bool:
    """A noun with a definite determiner or a possessive that is no pronoun ("the letter", "the board's package")."""
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS) or (c.dep_ == "poss" and c.pos_ != "PRON") for c in noun.children
    )


def _acted_on(verb):
    """The verb's objects and the objects of its own prepositions ("signed the letter", "voted for the resolution",
    "walked out of the summit")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt")):
        found += [o for o in prep.children if o.dep_ == "pobj"]
        found += [o for p in prep.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return found


def _one_happening_of_the_share(verb, subject) -> bool:
    """The share's clause placed at one day or hour or at one definite happening, or acting on one ("survived the
    crash", "walked out of the summit"); the study a share is placed in ("In the trial", claims.json `aggregate_count`
    `study_frames`) is none."""
    if _names_a_day_or_hour(_clause_tokens(verb, with_xcomp=True)):
        return True
    frames = words().share_study_frames
    tokens = [t for t in _clause_tokens(verb, with_xcomp=True) if t.dep_ == "pobj" and t.head.dep_ == "prep"] + _acted_on(verb)
    return any(t.lemma_.lower() not in frames and t not in subject.subtree and _definite_happening(t) for t in tokens)


# A present "be" before a progressive ("is", "are", "’re"), or the "been" of a present perfect progressive.
_PRESENT_BE = frozenset(("am", "is", "are", "'m", "'s", "'re", "’m", "’s", "’re"))


def _unnamed_class_activity(verb, subject) -> bool:
    """ "Some organisations are making progress", "People are getting weary of it", "Scientists around the world are
    racing to …", "Pupils across the board have been falling behind": a present or present-perfect activity told of an
    unnamed class or a part of one (claims.json `unnamed_class`) describes a trend, no specific party's act (GUIDE
    decision 430: a fact). Not a past progressive ("Some fans were cheering"), a class a relative clause describes
    ("People who bought the car are suing"), a named group ("Some Boeing engineers") nor "many" (see the lexicon)."""
    if verb.tag_ != "VBG" or subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    present = any(a.lower_ in _PRESENT_BE for a in auxes) or (
        any(a.lower_ == "been" for a in auxes) and any(a.lower_ in _HAVE_CONTRACTIONS for a in auxes)
    )
    if not present:
        return False
    if any(
        c.dep_ in ("relcl", "acl", "poss", "nummod", "appos")
        or (c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN"))
        or (c.dep_ == "prep" and c.lower_ == "like")  # ("Companies like Globex are experimenting": named examples)
        for c in subject.children
    ):
        return False
    lex = words()
    determiners = [c.lower_ for c in subject.children if c.dep_ in ("det", "predet")]
    if determiners:
        return all(d in lex.class_determiners for d in determiners)
    if subject.lemma_.lower() in lex.class_nouns or subject.lower_ in lex.class_nouns:
        return True
    return any(
        (c.dep_ == "prep" and " ".join(t.lower_ for t in c.subtree) in lex.class_scopes)
        or (c.dep_ == "advmod" and c.lower_ in lex.class_scopes)
        for c in subject.children
    )


def _appraised_work(verb) -> bool:
    """ "She's done a fantastic job", "Pence has done an admirable job as running mate": "do" in the present perfect
    with a task noun (claims.json `appraised_task_nouns`) that an adjective judges tells how well a party does its
    work, an assessment (the kind section's opinions, GUIDE decision 211), not one act; "did a botched job" (a simple
    past) and "has done the same" stay happenings."""
    if verb.lemma_ != "do" or not _present_perfect(verb):
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in words().appraised_tasks
        and any(a.dep_ == "amod" and a.pos_ == "ADJ" for a in c.children)
        for c in verb.children
    )


def _income(verb) -> bool:
    """ "made $170 million", "has made almost $85 million as of today", "He'll make $13.5 million this year": a verb of
    income (claims.json `income_lemmas`) whose direct object the model marks as a sum of money tells an income or a
    takings, a sum over a period (GUIDE decisions 305 and 466: "the firm would earn $2 billion" is no act of the party);
    "made an enormous bet, spending $3 billion" has no sum as its object and stays the party's act."""
    return verb.lemma_ in words().income and any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in verb.children)


def _counted(noun, goods: bool) -> bool:
    """A noun phrase holding a count ("nine million consoles", "two seats") or, unless units of `goods` are asked for, a
    percentage or a sum ("40% of the vote", "revenues 31%"). Units of goods are a count of a plural noun that is no
    holding, security or work of the party (claims.json `figure_ahead.not_goods`: "its 20% stake", "$50 billion of
    bonds", "three speeches" are one act or the party's works, GUIDE decision 727)."""
    # (not an ordinal: "win his fifth title" names which one, no count)
    if noun.lemma_.lower() in words().figure_ahead["not_goods"]:
        return False
    kinds = ("CARDINAL", "QUANTITY") if goods else ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")
    if goods and (noun.tag_ != "NNS" or any(t.ent_type_ in ("PERCENT", "MONEY") for t in noun.subtree)):
        return False
    return any(
        t.ent_type_ in kinds or (t.tag_ == "CD" and t.ent_type_ not in ("ORDINAL", "PERCENT", "MONEY")) for t in noun.subtree
    )


def _over_a_period(verb) -> bool:
    """The clause names a period the volume runs over ("this year", "in the second half", "over the coming months", "in
    2031") or a rate ("a week", "per month", "weekly"); not a single day ("on Friday") nor a week or a month said as one
    date ("next week", "this month"), which place one act (claims.json `figure_ahead`, `habit_occasion.rate_*`)."""
    lex = words()
    for token in verb.subtree:
        lemma = token.lemma_.lower()
        if lemma in lex.figure_ahead["rate_adverbs"] and token.dep_ == "advmod":
            return True  # ("ship 400,000 handsets weekly")
        if token.ent_type_ == "DATE" and (lemma in lex.figure_ahead["period_nouns"] or _year(token)):
            return True  # ("this year", "the second half", "in 2031")
        if token.ent_type_ == "DATE" and lemma in lex.rate_units and token.tag_ == "NNS":
            return True  # ("in the coming months", "over the next two weeks")
        if lemma in lex.rate_units and (
            token.head.lower_ in lex.rate_words or any(c.lower_ in lex.rate_words for c in token.children)
        ):
            return True  # ("a week", "per month", "each year": a rate)
    return False


def _figure_source(verb) -> bool:
    """Estimates, data or analysts pass the clause: the subject of the reporting verb over it ("previous estimates
    suggested that Samsung would sell …") or "according to" them ("…, according to estimates from EMarketer")
    (claims.json `figure_ahead.sources`; GUIDE decisions 101, 698(a), 727)."""
    sources = words().figure_ahead["sources"]
    if verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lemma_.lower() in sources for c in verb.head.children):
        return True
    for token in verb.children:
        if token.lower_ == "according":
            return any(t.lemma_.lower() in sources for t in token.subtree if t.dep_ == "pobj")
    return False


def _figure_ahead(verb) -> bool:
    """A volume of goods a party is to ship, sell, deliver or produce over a period ("was expected to ship 400,000
    handsets a week", "estimates suggested that Sony would sell nine million consoles this year"), or a figure that
    falls to a party ("is likely to lose two seats", "is expected to win 40% of the vote", "will grow its revenue 25%,
    according to estimates"): buyers, voters and markets decide it, a prediction of a figure that no party undertakes
    (GUIDE decisions 651(b), 727). Only under one of 727's frames: the passive "expected/forecast/projected/predicted
    to", "expect X to", "likely to", or a clause that estimates or data pass (claims.json `figure_ahead`). A bare
    "will", a plan, a pledge or an aim of the party ("Germany will deliver 18 tanks this year", "Boeing plans to
    produce 38 jets a month"), a count of the party's own acts or works ("hire 200 staff", "produce two films a year")
    and one act on one day or in one week ("deliver 500 tents on Friday", "sell $50 billion of bonds next week") stay
    its undertakings."""
    lex = words()
    frames = [verb] if _figure_source(verb) else []
    if verb.lemma_ in lex.figure_ahead["frames"]:
        if any(c.dep_ == "auxpass" for c in verb.children):
            frames += _to_infinitives(verb)  # ("was expected to ship")
        elif verb.lemma_ == "expect":
            # ("analysts expect Sony to sell": the object's infinitive)
            frames += [
                c
                for c in verb.children
                if c.dep_ in ("ccomp", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and any(n.dep_ == "nsubj" for n in c.children)
            ]
    frames += [inner for c in verb.children if c.dep_ == "acomp" and c.lower_ == "likely" for inner in _to_infinitives(c)]
    for candidate in frames:
        if candidate.tag_ != "VB":
            continue  # (the base form under the modal or the frame's "to"; "why I lost 14 followers" tells the past)
        objects = [c for c in candidate.children if c.dep_ in ("dobj", "npadvmod")]
        if (
            candidate.lemma_ in lex.volumes
            and any(o.dep_ == "dobj" and _counted(o, goods=True) for o in objects)
            and _over_a_period(candidate)
        ):
            return True
        if candidate.lemma_ in lex.figure_outcomes and any(_counted(o, goods=False) for o in objects):
            return True
    return False


def _one_act_in_view(verb) -> bool:
    """ "can now easily reach", "could easily invade Ukraine again", "could easily reverse the decision": "now", "again"
    or an object that is definite or named puts one act in view, a chance or choice open to the party (GUIDE decision
    583 keeps 234's reading); a generic or indefinite object ("two positions", "any boat", "your photos") does not."""
    if any(c.dep_ == "advmod" and c.lower_ in ("now", "again") for c in verb.children):
        return True
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"):
            return True
        if any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in obj.children) and not any(
            a.tag_ == "JJS" for a in obj.children
        ):
            return True
    return False


def _party_noun(subject, verb) -> bool:
    """A role in a case or cause ("the claimant", "supporters") acts whatever its verb; a body named by a common noun
    ("the museum", "the league", "the town") acts unless the verb, or the verb its frame governs, tells a happening or a
    state of the competition, place or building (claims.json `modal_party_nouns`: "will start", "will house", "could
    lose", "could flood"; GUIDE decision 6)."""
    lex = words()
    lemma = subject.lemma_.lower()
    if lemma in lex.party_roles:
        return True
    if lemma not in lex.party_bodies:
        return False
    acts = [verb, *_to_infinitives(verb)]
    return not any(v.lemma_ in lex.body_non_acts for v in acts)


def _skill_told(verb) -> bool:
    """ "Lee can sing well", "Roe can hit a bit and capably handle two positions", "the app can automatically sort
    photos": "can" or "could" of ability whose verb (or a verb joined to it under the same modal) carries an adverb of
    how well or how readily the act is done (claims.json `skill_manner_adverbs`) tells a standing skill or trait of the
    party, with no one act in view (GUIDE decision 583: `fact`); a date or time in the clause, "now", "again" or a
    definite object puts one act in view ("can easily finish the work by Friday", "could easily reverse the decision")
    and leaves it to the party's reading. "well" counts only after the verb and not in "as well" ("too") nor in "could
    well" (a likelihood)."""
    if not any(c.dep_ == "aux" and c.lemma_ in ("can", "could") for c in verb.children):
        return False
    manners = words().skill_manners
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    if any(t.ent_type_ in ("DATE", "TIME") for v in verbs for t in v.subtree) or _one_act_in_view(verb):
        return False

    def manner(v, c) -> bool:
        if c.dep_ != "advmod" or c.lower_ not in manners:
            return False
        if c.lower_ != "well":
            return True
        before = c.doc[c.i - 1] if c.i > 0 else None
        return c.i > v.i and not any(a.lower_ == "as" for a in c.children) and (before is None or before.lower_ != "as")

    return any(manner(v, c) for v in verbs for c in v.children)


def _facing_pressure(verb) -> bool:
    """ "The firm faced criticism", "has faced delays", "is facing scrutiny", "They have to face the consequences", "was
    faced with a lawsuit": a verb of facing (claims.json `pressure_facing_lemmas`) with a noun of pressure or prospect
    (`pressure_nouns`) tells the party's situation, not an act or a happening, in any tense and under any modal (GUIDE
    decision 415: kind fact, modality by the table); also where a frame carries it ("is ready to face", "has to face"),
    but not a choice ("decided to face trial", decision 210). A party as the object ("faced the Browns", a contest) is
    no pressure noun, and a noun with a gerund of the party's own act ("faced trouble raising funds") is decision 403's
    effort."""
    lex = words()
    content = verb
    for _ in range(3):
        if content.lemma_ in lex.pressure_facing or _decision_frame(content):
            break
        nxt = _xcomp(content)
        if nxt is None:
            acomp = next((c for c in content.children if c.dep_ == "acomp"), None)
            nxt = _xcomp(acomp) if acomp is not None else None
        if nxt is None:
            return False
        content = nxt
    if content.lemma_ not in lex.pressure_facing:
        return False
    passive = any(c.dep_ == "auxpass" for c in content.children)
    objects = [c for c in content.children if c.dep_ == "dobj"]
    if passive:
        objects = [g for c in content.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    if not objects:
        return False
    if _facing_an_effort(content):
        return False  # "The club is facing difficulty finding a coach": the party's effort (GUIDE decision 403)
    return any(t.lemma_.lower() in lex.pressures for t in (objects[0], *objects[0].conjuncts))


def _facing_an_effort(verb) -> bool:
    """ "The club is facing difficulty finding a coach", "faced problems raising funds": a verb of facing with a noun of
    difficulty (claims.json `difficulty_nouns`) and a gerund of the party's own act names the party's effort that meets
    difficulty, like "is having trouble -ing" (GUIDE decisions 403, 415), not a situation; "faced a probe surrounding
    …" (no noun of difficulty) is no effort."""
    lex = words()
    if verb.lemma_ not in lex.pressure_facing:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in lex.difficulties
        and any(g.dep_ == "acl" and g.tag_ == "VBG" and g.i > c.i for g in c.children)
        for c in verb.children
    )


def _relation_to(verb) -> bool:
    """ "Many readers related to her story", "The alert related to a threat", "The codes corresponded to towns": a verb
    of relation + "to" tells how things or people stand to each other, in the past as in the present (the kind
    section's states: fact); not "she related that the boat had sunk" nor "related the story to the police" (a telling).
    The parser often hangs "related to" on its subject noun as a participle (the sentence rooted on the noun)."""
    if verb.pos_ in ("NOUN", "PROPN", "PRON") and verb.dep_ == "ROOT":
        if any(c.dep_ in ("relcl", "ccomp") and c.i > verb.i + 1 for c in verb.children):
            return False  # "The witness related to the court that …", "… related to reporters how …": a telling
        verb = next((c for c in verb.children if c.dep_ == "acl" and c.i == verb.i + 1), verb)
        if any((t.dep_ == "mark" and t.lower_ == "that") or t.lower_ == "how" for t in verb.subtree):
            return False  # "… related to the inquiry that the lifeboat had been left behind": the parser's "that" on a noun
    return (
        verb.lemma_ in words().relation_to_lemmas
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp", "npadvmod") for c in verb.children)  # "related to reporters the moment …"
    )


def _looked_like(verb) -> bool:
    """ "It looked old enough to be a collectible", "the cell looked just like a tuft cell", "he looked more
    comfortable": a verb of appearance (claims.json `appearance_lemmas`) in the simple past with an adjective or
    "like" says what a thing or person was like then, a description told in the past (GUIDE decision 393: a
    fact), not an act; "looked at the map", "looked for work", "tasted the soup" (no adjective, no "like") are
    acts."""
    if verb.lemma_ not in words().appearance or verb.tag_ != "VBD":
        return False
    return any(
        c.dep_ == "acomp" or (c.dep_ == "prep" and c.lower_ == "like" and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )


def _found_to(verb) -> bool:
    """ "Almost half of the men were found to have tumours", "The outflows were also shown to change the galaxy's
    structure": a verb of finding out (claims.json `found_to_lemmas`) in the passive with a to-infinitive reports
    what a study or check found the subject to have or do, a finding (GUIDE decision 270: fact); the passive names
    no act of whoever found it. A perfect infinitive ("was found to have broken the rules") tells a past act."""
    if verb.lemma_ not in words().found_to or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "aux" and a.lemma_ == "have" for a in c.children)
        and (verb.lemma_ != "observe" or _observed_as_a_comparison(c))
        for c in verb.children
    )


def _observed_as_a_comparison(infinitive) -> bool:
    """ "Mice bred for low expression were observed to move around less than their littermates": "observe" reports a
    finding only for a comparison the study measured; "The suspect was observed to enter the building at 2 a.m." is a
    witnessed act at a moment (GUIDE decision 270 keeps a happening in the course of a study an event)."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in infinitive.sent):
        return False
    return any(t.tag_ in ("JJR", "RBR") or t.lower_ == "than" for t in infinitive.subtree)


def _belief_brought_about(verb, subject) -> bool:
    """ "The label convinced buyers that the jam was local", "Forty years of teaching has convinced me that there are no
    shortcuts": a verb of persuading (claims.json `persuading_lemmas`) with a clause, whose subject is a thing, a span
    or a happening, tells the lasting belief it brought about, a state of mind (GUIDE decision 522: fact); a party who
    convinces ("The lawyer convinced the jury that …") acts."""
    if verb.lemma_ not in words().persuading or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if subject is None or _is_agent(subject):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    # (the parser may hang the clause on the one convinced: "convinced shoppers that the cheese was local")
    return any(
        c.dep_ == "dobj"
        and any(
            g.dep_ in ("relcl", "acl")
            and any(n.dep_ in ("nsubj", "nsubjpass", "expl") and n.tag_ not in ("WDT", "WP") for n in g.children)
            for g in c.children
        )
        for c in verb.children
    )


_WORKPLACE_PREPOSITIONS = frozenset(("as", "at", "in", "for"))


def _past_occupation(verb, subject) -> bool:
    """ "She previously worked at a strategy firm", "Her husband worked as a brick mason", "He played
    chess and loved model trains": a party's simple past of working somewhere or as something, or of
    playing a game or an instrument named bare, with no time given, tells a past occupation or pastime (a
    habit, GUIDE decision 46: a fact). With a time given it is left to `_past_standing` (a post held or work kept
    up over a span: "served as CEO from 2005", "worked together for two decades"); "worked out a structure", "played
    host to Boston", "played 6 snaps", "played tremendous defense" (a game's) are acts."""
    if verb.tag_ != "VBD" or verb.lemma_ not in ("work", "play") or not _is_agent(subject):
        return False
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.text in _QUOTE_MARKS for t in verb.subtree):
        return False
    if verb.lemma_ == "work":
        return not any(
            c.dep_ in ("dobj", "prt") or (c.dep_ == "advmod" and c.lower_ == "together") for c in verb.children
        ) and any(c.dep_ == "prep" and c.lower_ in _WORKPLACE_PREPOSITIONS for c in verb.children)
    played = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        played is not None
        and played.tag_ in ("NN", "NNS")
        and not played.ent_type_
        and all(c.dep_ in ("cc", "conj") for c in played.children)
        and not any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)
    )


def _being_done_now(verb) -> bool:
    """ "The new lock is being tried out at two harbours", "He is currently being held at the county jail", "The firm is
    being investigated by the state's attorney general": a present passive progressive tells an act that parties are
    carrying out on a party or thing at present, that activity under way (GUIDE decision 615(c): `event`). Not a view
    or regard (claims.json `regard_passive_lemmas`: "is being seen as"), a thing's use or an effect's coming about
    (`passive_progressive_not_acts`: "is being used", "is being achieved"), nor a state or judgement (`stative_lemmas`,
    `evaluative_lemmas`), nor what a cause that is no party brings about ("valuations are being supported by low
    yields"). Negated, it stays the act denied on a specific party or thing ("The rule is not being enforced", GUIDE
    decision 246)."""
    if verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children):
        return False
    # (the parser may label the present "be" a second passive auxiliary beside "being": "They’re being briefed")
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_BE for c in children):
        return False
    lex = words()
    if verb.lemma_ in lex.regard_passive or verb.lemma_ in lex.passive_progressive_not_acts:
        return False
    if verb.lemma_ in lex.stative or verb.lemma_ in lex.evaluative:
        return False
    for agent in (c for c in children if c.dep_ == "agent"):
        if not any(_is_agent(o) for o in agent.children if o.dep_ == "pobj"):
            return False
    # a trend or a habit, no act on a thing (GUIDE decision 430): a class told in bulk ("Thousands of jobs are being lost",
    # "Fewer babies are being born", "Children are being taught to code") or a frequency ("every month", "each year")
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is not None and _class_in_bulk(subject):
        return False
    return not _frequency(verb)


def _class_in_bulk(noun) -> bool:
    """ "Fewer babies", "More and more homes", "Thousands of jobs", "Millions of plastic bags", "Children": a bare plural
    common noun or a count of one, an unnamed class or a quantified part of it (GUIDE decision 430), not "The bags", "its
    workers" or "Two suspects" (specific)."""
    lex = words()
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_:
        return False
    if any(
        c.dep_ in ("poss", "nummod", "appos", "relcl", "acl")
        or (c.dep_ in ("det", "predet") and c.lower_ not in lex.class_determiners)
        or (c.dep_ == "compound" and (c.ent_type_ or c.pos_ == "PROPN"))
        for c in noun.children
    ):
        return False
    if noun.lower_ in lex.multitudes or noun.lower_ in lex.travelling_people["counts"]:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return True


def _frequency(verb) -> bool:
    """ "are being lost every month", "each year", "increasingly": a frequency adverbial (claims.json `narrative_would`'s
    frequency determiners, `frequency_adverbs`) tells a habit, not one act under way."""
    lex = words()
    return any(
        (c.dep_ == "advmod" and c.lower_ in lex.frequency_adverbs)
        or (
            c.dep_ in ("npadvmod", "prep")
            and any(t.dep_ == "det" and t.lower_ in lex.narrative_would["frequency_determiners"] for t in c.subtree)
        )
        for c in verb.children
    )


def _stayed_put(verb, subject) -> bool:
    """ "With his health failing, he stayed home from work", "Two rangers stayed behind", "The three leaders stayed in the
    valley on Thursday night": a party's simple past of staying (claims.json `staying_put`) with a place adverb, or "in"
    or "at" a place on one occasion the unit dates, tells what the party did then (the kind section's "someone did
    something": an event). Not a state kept ("Prices stayed high", "remained small", "stayed below 6 percent": a
    complement or no party), which the stative lemmas leave a fact, nor a stay with no occasion ("remained in the
    lineup")."""
    lex = words().staying_put
    if verb.tag_ != "VBD" or verb.lemma_ not in lex["lemmas"] or subject is None:
        return False
    if not (subject.lower_ in _PERSONAL_PRONOUNS or _is_agent(subject)):
        return False
    children = list(verb.children)
    if any(c.dep_ in ("acomp", "attr", "oprd", "xcomp", "dobj") for c in children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lex["place_adverbs"] for c in children):
        return True
    if _placed_on_one_dated_occasion(verb):
        return True
    if any(c.dep_ == "neg" for c in children):
        return False  # "He never stayed there": a stay not made, no step of the story (GUIDE decision 246)
    if (
        any(c.dep_ == "advmod" and c.lower_ in lex["occasion_place_adverbs"] for c in children)
        and not _stay_over_a_stretch(verb)
        and _placed_on_one_dated_occasion(verb, place_adverbs=frozenset(lex["occasion_place_adverbs"]))
    ):
        return True  # "stayed there in July 2009": one dated occasion, not "stayed there for years"
    return _stay_told_as_a_step(verb, children)


def _stay_told_as_a_step(verb, children) -> bool:
    """ "Lee stayed in the square and listened to the rest of the speech", "He stayed, calming the crowd": a party's
    simple past stay (`_stayed_put`'s) told as one step of the story, with the next past act coordinated after it or
    what the party did while it stayed in a participle clause (the kind section's "someone did something": an event).
    Where the stay is "in"/"at" something, that is a place or a lodging (`_a_place`), not a condition or a post kept
    ("stayed in office and oversaw two recoveries", "stayed in touch and wrote", "stayed at the club and won three
    titles", "stayed on as chairwoman": states); and neither the stay nor the act is told over a stretch or as a habit
    ("stayed for two years and ran the depot", "stayed until 1992", "ruled the country for three decades", "played
    nine more seasons", "wrote every month": a state kept or a pattern, a fact; GUIDE decision 438)."""
    lex = words().staying_put
    for c in children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in lex["span_prepositions"] or c.lower_ in lex["role_prepositions"]:
            return False
        if c.lower_ in lex["place_prepositions"] and not any(o.dep_ == "pobj" and _a_place(o) for o in c.children):
            return False
    steps = [
        c
        for c in children
        if (c.dep_ == "conj" and c.tag_ == "VBD" and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))
        or (c.dep_ == "advcl" and c.tag_ == "VBG")
    ]
    return bool(steps) and not any(_stay_over_a_stretch(c) for c in steps)


def _stay_over_a_stretch(verb) -> bool:
    """ "for years", "through the winter", "in five seasons", "played nine more seasons", "every month", "each Monday",
    "often": a span (claims.json `staying_put` span_prepositions, with a date or a period as object), a count of periods
    (a plural date or period noun) or a frequency (`_frequency`) on `verb` itself: a state kept over a stretch or a
    habit, not one step of the story. "for talks", "for their anniversary", "on Friday night" are none."""
    if _frequency(verb):
        return True
    lex = words().staying_put
    periods = lex["period_nouns"]
    for c in verb.children:
        via = c.lower_ if c.dep_ == "prep" else None
        for t in [o for o in c.children if o.dep_ == "pobj"] if via else [c]:
            if not (t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in periods):
                continue
            if via in lex["span_prepositions"] or t.tag_ == "NNS":
                return True
    return False


def _present_at_one_occasion(verb, subject) -> bool:
    """ "Her former deputy was in attendance", "The envoy was in Lisbon on Friday to press for a ceasefire": a
    party's simple past "be" at a place on one occasion the unit dates, or "in attendance", names the act of attending
    (GUIDE decision 478: a copula naming attendance at a place or occasion names the act; the kind section's "someone did
    something": an event), read as `_stayed_put` reads "stayed in the valley on Thursday night". Not a complement of
    state ("was in hospital", "was in the wrong place": no place or no date), a negation, nor a presence that only sets
    the background of another happening ("was in Paris when the news broke": decision 541's state at one moment)."""
    if verb.lemma_ != "be" or verb.tag_ != "VBD" or subject is None:
        return False
    children = list(verb.children)
    # (the parser may give a title and the name both as subjects: "Her deputy Dana Whitlow was in attendance")
    subjects = [c for c in children if c.dep_ == "nsubj"] or [subject]
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]  # ("Her deputy, Dana Whitlow, was …")
    if not any(s.lower_ in _PERSONAL_PRONOUNS or _is_agent(s) for s in subjects):
        return False
    if any(c.dep_ in ("acomp", "attr", "neg", "expl") for c in children):
        return False
    if any(
        c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "while") for m in c.children)
        for c in children
    ):
        return False
    attending = words().staying_put["attendance_nouns"]
    if any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ in attending for o in c.children)
        for c in children
    ):
        return True
    # (a span is no occasion: "was in Lisbon for years", "from 2009 to 2015"; "for" only with a length of time, not a
    # purpose: "was in Lisbon on Friday for talks")
    if any(
        c.dep_ == "prep"
        and c.lower_ in words().span_prepositions
        and (c.lower_ != "for" or any(o.dep_ == "pobj" and _about_time(o) for o in c.children))
        for c in children
    ):
        return False
    # (one day, not a year or a month, which a stay or a posting may fill: "was in Lisbon in 2015")
    adverbials = [t for c in children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    dwellings = words().staying_put["not_attended_lodgings"]  # ("was at home on Friday": a state, decision 541)
    # (an occasion is a place one attends too: "was at the hearing on Monday", claims.json `occasion_nouns`)
    placed = _placed_on_one_dated_occasion(verb, left_out=dwellings, occasions=words().occasion_nouns)
    return placed and _names_a_day_or_hour(adverbials)


def _placed_on_one_dated_occasion(verb, left_out=frozenset(), occasions=frozenset(), place_adverbs=frozenset()) -> bool:
    """ "in the valley on Thursday night", "at the shelter on May 3": the verb's own "in"/"at" a place (claims.json
    `staying_put`) or one of `occasions`, other than one of `left_out`, or one of `place_adverbs` ("there in July
    2009"), and its own date of one occasion."""
    lex = words().staying_put
    children = list(verb.children)
    # a place ("in the valley", "at the shelter", "in Gool area"), not a condition or a post kept ("in hospital",
    # "in office", "in control", "in talks", "in intensive care": states)
    placed = any(c.dep_ == "advmod" and c.lower_ in place_adverbs for c in children) or any(
        c.dep_ == "prep"
        and c.lower_ in lex["place_prepositions"]
        and any(
            (_a_place(o) or o.lemma_.lower() in occasions) and o.lemma_.lower() not in left_out
            for o in c.children
            if o.dep_ == "pobj"
        )
        for c in children
    )
    # the occasion is the verb's own time ("on Thursday night"), or the attended occasion's ("at the hearing on Monday"),
    # not one inside another phrase ("after Tuesday's election")
    attended = [
        o
        for c in children
        if c.dep_ == "prep" and c.lower_ in lex["place_prepositions"]
        for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() in occasions
    ]
    dated = any(
        (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
        or (
            c.dep_ == "prep"
            and c.lower_ not in lex["not_occasions"]
            and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)
        )
        for c in children + [p for o in attended for p in o.children if p.dep_ == "prep"]
    )
    return placed and dated


def _a_place(noun) -> bool:
    """A place one stays at: a place's name (GPE, LOC, FAC) or a place noun (claims.json `place_nouns`, `buildings`,
    `staying_put` lodgings)."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    lex = words()
    lemma = noun.lemma_.lower()
    return lemma in lex.place_nouns or noun.text in lex.buildings or lemma in lex.staying_put["lodgings"]


def _past_standing(verb, subject) -> bool:
    """ "Ivan served as the CEO of Hipcricket from 2004 to 2014", "The primates lived during the Oligocene epoch", "The
    ancestor lived four million years ago", "The threat came from an overseas server", "We worked together for two
    decades": a simple past of a verb in claims.json `past_standing` with one of its prepositions tells how a party or
    thing stood over a period (a post held, a life, an origin, work kept up over a span), not a happening at a given
    moment (the kind section's states and background; GUIDE decision 439's span told in the past): a fact. Not with a
    direct object ("served the soup", "lived the dream"), nor a person's coming from a place (a journey: "She came from
    Paris to sign"), nor "came from behind" (a comeback), and work only over a span ("for two decades")."""
    # a role held or an origin is a standing in the perfect too ("has served as a role model", "had originated in")
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if (verb.tag_ != "VBD" and not perfect) or subject is None:
        return False
    lex = words()
    preps = (lex.past_standing_in_the_perfect if perfect else lex.past_standing).get(verb.lemma_)
    lemma = verb.lemma_
    marks = lex.past_standing_marks
    beginning = lemma in marks["beginnings"]
    if preps is None or any(
        c.dep_ in ("dobj", "auxpass") or (c.dep_ == "prt" and not (beginning and c.lower_ in marks["beginning_particles"]))
        for c in verb.children
    ):
        return False
    if beginning and (
        any(_dated_modifier(c) for c in verb.children)
        or _one_occasion(verb, [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"])
        or _a_person(subject)
        or any(t.dep_ == "prep" and t.lower_ in marks["contest_prepositions"] for t in verb.subtree)
    ):
        # ("She began as coach on Monday", "The club started as hosts of the final": one happening then; "Lopez started
        # as goalkeeper against Brazil": a person's start, a step of a career or a match, not what a thing first was)
        return False
    if lemma == "live" and any(c.dep_ == "advmod" and c.lower_ in marks["long_ago"] for c in verb.children):
        return True  # ("lived four million years ago")
    if lemma == "come" and (
        subject.ent_type_ == "PERSON"
        or subject.pos_ == "PROPN"
        or subject.lower_ in _PERSONAL_PRONOUNS
        or _is_agent(subject)
        or _people(subject)
        # (a coming at a moment is a journey or an arrival: "came from Paris on Monday")
        or any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)
        # (a coming for a purpose is a journey: "came from across the state to attend the rally")
        or _for_a_purpose(verb)
    ):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if lemma == "come" and any(o.lower_ in marks["comebacks"] for o in objects):
            continue
        if lemma == "work" and prep.lower_ == "for" and not any(o.lemma_.lower() in lex.span_nouns for o in objects):
            continue
        if lemma == "work" and prep.lower_ == "with" and (_for_a_purpose(verb) or any(_dated_modifier(c) for c in verb.children)):
            # ("has worked with the regulator to fix the flaw", "had worked with police on Monday": an effort on one matter,
            # not the parties one has worked with over a career, GUIDE decision 906)
            continue
        if lemma == "serve" and _one_occasion(verb, objects):
            continue
        return True
    return False


def _a_person(subject) -> bool:
    """ "Lopez", "she", "the players": a person or people (a PERSON entity, a personal pronoun, or _people), not a
    thing nor a body."""
    if subject is None:
        return False
    return (
        subject.ent_type_ == "PERSON"
        or (subject.pos_ == "PRON" and subject.lower_ in _PERSONAL_PRONOUNS)
        or (subject.pos_ != "PRON" and _people(subject))
    )


def _for_a_purpose(verb) -> bool:
    """A verb with an infinitive of purpose: "came from across the state to attend", "has worked with them to fix it"."""
    return any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and _infinitive_to(a) for a in c.children) for c in verb.children
    )


def _one_occasion(verb, roles) -> bool:
    """ "served as best man at his brother's wedding", "served as moderator of the debate", "served as a witness at
    Tuesday's hearing": a role on one occasion, an occasion noun (claims.json `occasion_nouns`) or a date with no span
    beside the verb or its role, is an act then (the kind section's "someone did something"), no post held ("served as
    treasurer from 2009 to 2015", "served on the court from 2015 to 2019": spans)."""
    lex = words()
    spans = lex.staying_put["not_occasions"] | lex.span_prepositions
    phrases = [c for c in verb.children if c.dep_ in ("prep", "npadvmod")]
    phrases += [c for r in roles for c in r.children if c.dep_ == "prep"]
    for phrase in phrases:
        if phrase.dep_ == "prep" and phrase.lower_ in spans:
            continue
        if phrase.ent_type_ in ("DATE", "TIME") or any(
            o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in phrase.children
        ):
            return True  # ("served as host on Tuesday")
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in lex.occasion_nouns for t in phrase.subtree):
            return True
    return any(r.lemma_.lower() in lex.occasion_roles for r in roles)


def _people(noun) -> bool:
    """ "Supporters", "Hundreds of mourners", "The firefighters", "Haitians": people, a party however unnamed (a NORP, a
    human noun,
    claims.json `travelling_people`, or a multitude "of" one), whose coming from somewhere is a journey, not an origin."""
    if noun.ent_type_ == "NORP":
        return True
    lex = words()
    lemma = noun.lemma_.lower()
    if lemma in lex.human or lemma in lex.people or lemma in lex.agents or lemma in lex.travelling_people["nouns"]:
        return True
    if lemma in lex.multitudes or lemma in lex.travelling_people["counts"] or noun.like_num or noun.ent_type_ == "CARDINAL":
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _people(o) for o in c.children)
            for c in noun.children
        )
    return False


def _never_happened(verb) -> bool:
    """ "The former colonies never really became independent", "he never did jail time", "the agency never
    has administered vaccines": "never" on a past or a perfect denies the act at any time up to then, which
    is no specific happening but how things stood (a fact); "did not accept the offer" denies one act, and so
    does "never" on an act done to a specific thing or at one occasion (`_never_done_on_one_thing`)."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and any(c.dep_ in ("neg", "advmod") and c.lower_ == "never" for c in verb.children)
        and not _never_done_on_one_thing(verb)
    )


def _experienced_before_now(verb) -> bool:
    """ "New Yorkers have received such alerts before", "His sister has suffered two setbacks in the past", "Dams this
    size have been built before": a present perfect of undergoing or perceiving (claims.json `experienced_before_now`
    verbs), a passive or a thing's use ("In the past, DNA analysis has offered clues"), with a bare "before" or "in the
    past", tells what the subject has seen, met or been through up
    to now, with no one occasion in view: decision 906's experience over a period, kind fact, as decision 246 reads its
    negation. Not a party's own act on an object ("The council has raised taxes before", "The club has hosted finals in
    the past": decision 439's event), a past perfect ("had met before": a step of a story), "before" with an object
    ("before the vote": one occasion), counted acts ("has met her twice before": decision 451's events), nor a dated
    one ("in the past week", "on Monday")."""
    if not _present_perfect(verb):
        return False
    lex = words()
    undergone = lex.experienced_before_now
    if (
        verb.lemma_ not in undergone["verbs"]
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and _is_agent(subject_of(verb))
    ):
        return False  # ("The council has raised taxes before": a party's own act on one occasion, decision 439's event)
    marked = False
    for child in verb.children:
        if child.dep_ in ("advmod", "prep") and child.lower_ in undergone["before"] and not any(child.children):
            marked = True  # (the parser takes a closing "before" for a preposition with no object too)
        elif child.dep_ == "prep" and child.lower_ in undergone["in"] and _the_past(child):
            marked = True
        elif _dated_modifier(child) or child.lower_ in lex.becoming_moment_adverbs:
            return False
    return marked and not any(t.lower_ in _COUNTED_TIMES for t in verb.subtree)


def _the_past(prep) -> bool:
    """ "in the past" alone, no period of it named ("in the past week", "in the past of the town")."""
    undergone = words().experienced_before_now
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        len(objects) == 1
        and objects[0].lower_ in undergone["past"]
        and all(g.dep_ == "det" and g.lower_ in undergone["past_determiners"] for g in objects[0].children)
        and any(objects[0].children)
    )


def _aware_of_a_thing(verb) -> bool:
    """ "The crew has noticed a change in the tides", "the clerk noticed the missing key", "the staff did not realize the
    danger": a verb of knowing (claims.json `knowing_lemmas`) with a noun phrase and no content clause tells a state of
    awareness, kind fact in any tense, the present perfect included (GUIDE decisions 267, 607; "learned" + a noun
    phrase, decision 488(a)). Not a noticing told as a
    happening at a given moment: placed by a date or time, a moment adverb ("suddenly", "then") or a clause of time
    ("When the lights went out, she noticed …"), or followed by what it led to ("noticed smoke and raised the alarm",
    decision 267's event); nor a passive, nor "know" (claims.json `knowing_stative`: a stative verb read as one)."""
    lex = words()
    if verb.lemma_ not in lex.knowing or verb.lemma_ in lex.knowing_stative or verb.pos_ != "VERB" or verb.tag_ == "VBG":
        return False
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj" and c.lower_ != "what"]
    # (a "that" the parser took for the object, or hung on it, opens a content clause: "I learned that a dozen people …")
    if not objects or any(
        (c.lower_ == "that" and c.tag_ == "IN") or (c.dep_ == "mark" and c.head in objects)
        for c in children + [g for o in objects for g in o.children]
    ):
        return False
    for child in children:
        if child.dep_ in ("ccomp", "xcomp", "auxpass", "dative") or (child.dep_ == "conj" and child.pos_ == "VERB"):
            return False
        if _dated_modifier(child) or (child.dep_ == "advmod" and child.lower_ in lex.becoming_moment_adverbs):
            return False
        if child.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in lex.becoming_time_marks for m in child.children
        ):
            return False
    return True


def _negated_over_a_span(verb) -> bool:
    """ "I haven't played against her in a while", "He hasn't posted in a month", "Troops have not been rotated for
    months", "I haven't missed a season since", "I haven't done anything wrong": a perfect negated with "not" (or a "no"
    on its subject: "No ships have docked since May") over a
    span up to then ("in"/"for" + a length, "since"), or with an indefinite object ("anything", "any", "much"), tells
    what the subject has lacked over that span, no specific happening: decision 246's negated experience over a span,
    kind fact (polarity gives the negation). A negated act with no span ("The council has not approved the plan",
    "The ministry has not responded", "has not responded in time"), an "any" object of giving information on one
    matter ("Police have not released any details": claims.json `trend_told.negated_any_lemmas` lists the verbs of
    experience or conduct that take it), and "yet" ("The rules haven't yet been adopted", which the gold reads both ways),
    stay events."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if not any(
        (c.dep_ == "neg" and c.lower_ in ("not", "n't", "n’t"))
        or (c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in verb.children
    ):
        return False  # (a "no" on the subject negates the clause too: "No talks have taken place since 2007")
    lex = words()
    units = lex.duration_units | lex.span_nouns | lex.negated_span_nouns
    for child in verb.children:
        if child.lower_ == "since" and child.dep_ in ("prep", "advmod"):
            return True  # ("since 2007", "hasn't missed a summer since")
        if child.dep_ == "advcl" and _since_clause_of_time(child):
            return True  # ("since he left")
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "for")
            and any(o.dep_ == "pobj" and o.lemma_.lower() in units and _a_length(o) for o in child.children)
        ):
            return True  # ("in a while", "in a month", "for months", "in more than 50 years"; not "in time")
        if (
            child.dep_ == "dobj"
            and verb.lemma_ in lex.negated_any_lemmas
            and (
                child.lower_ in lex.negated_indefinite_objects
                or any(g.dep_ == "det" and g.lower_ == "any" for g in child.children)
            )
        ):
            return True  # ("hasn't done anything criminal", "haven't had any dizzy turns"; not "has not released any details")
    return False


def _since_clause_of_time(clause) -> bool:
    """ "since he left", "since the timetable came in", "since recovering": a "since" clause that opens a span from an
    earlier happening (a past or perfect verb, or a gerund); a present or stative clause ("since inflation remains under
    control") or one set off by a comma ("…, since the appeal was withdrawn") gives a reason, no period (GUIDE decision
    246)."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "since"]
    if not marks:
        return False
    before = marks[0].i - 1
    if before >= 1 and marks[0].doc[before].is_quote:
        before -= 1  # (the comma inside a closing quote: "… was 'terrorism,' since the man acted alone")
    if before >= 0 and marks[0].doc[before].text == ",":
        return False
    if clause.tag_ in ("VBD", "VBG"):
        return True
    return clause.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in clause.children)


def _a_length(noun) -> bool:
    """ "months", "a while", "a long time", "some time": a span noun that names a length; bare "time" ("in time",
    "in time for publication") means punctually, no length (GUIDE decision 246)."""
    if noun.lemma_.lower() != "time":
        return True
    return any(g.dep_ in ("det", "amod", "nummod", "quantmod") for g in noun.children)


def _never_done_on_one_thing(verb) -> bool:
    """ "The tape has never been aired", "He never signed the contract", "She never used the phrase 'lame duck'",
    "The mayor never looked up as the verdict was read": "never" on an act whose object (or a passive's subject) is a
    specific thing the text points to (a definite article, a demonstrative or a possessive, a pronoun's too: "never
    signed his will") or on an act placed at one occasion by an "as", "when" or "while" clause denies that one act, a
    negated happening (GUIDE decision 246: event; polarity gives the negation). Decision 246's negated experience stays
    a fact: a verb of meeting, perceiving or knowing (claims.json `experience_lemmas`: "I had never seen the film",
    "we'd never met"), an indefinite or bare object ("she has never lost a final", "never did jail time"), a contest,
    post or practice that recurs ("has never won the title", "never lost his seat", "never cut its dividend") or a
    quality ("never lost his temper", claims.json `never_record_frames`), a span bound by "before", "until",
    "previously" or "again" ("had never read the book before": up to then), and a present passive ("its users are
    never locked in": how things are)."""
    frames = words().never_records
    if any(
        (c.dep_ == "advmod" and c.lower_ in ("before", *frames["span_adverbs"]))
        or (c.dep_ == "prep" and c.lower_ in frames["span_preps"])
        for c in verb.children
    ):
        return False
    if verb.tag_ == "VBN" and not any(_past_or_perfect_aux(c) for c in verb.children):
        return False  # ("are never painted into a corner", "is never used": a present passive tells how things are)
    if any(_occasion_in_the_past(c) for c in verb.children):
        return True
    if verb.lemma_ in frames["finding_verbs"] and _after_a_run_of_searches(verb, frames):
        return False  # ("Generations of divers have looked for the bell. The bell was never recovered.": decision 643(c))
    if verb.lemma_ in words().experiences:  # ("I never heard the shots": one happening perceived, not an experience)
        return any(c.dep_ == "dobj" and c.lemma_.lower() in frames["perceived_happenings"] for c in verb.children)
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_ not in words().stative:  # ("never responded to the letter"; not "never lived in the house")
        things += [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ in _ONE_THING_PREPS for o in p.children if o.dep_ == "pobj"
        ]
    return any(_one_specific_thing(verb, c) and not _a_record_or_a_quality(verb, c, frames) for c in things)


_ONE_THING_PREPS = frozenset(("to", "with", "for", "at", "on"))
_NAMED_ONE_THING = frozenset(("PERSON", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT"))


def _one_specific_thing(verb, noun) -> bool:
    """ "the audit", "this tape", "his will", "the Kyoto Protocol", "Amelia Earhart", "signed it": a thing the text
    points to by an article, demonstrative or possessive, by a name of a person, document, work or vessel (not a place
    or a body, which a record can be over: "never left Paris"), or by "it" or "them" ("never made it" is an idiom)."""
    if noun.pos_ == "NOUN":
        return any(
            (g.dep_ == "det" and g.lower_ in _DEFINITE_DETERMINERS) or g.dep_ == "poss" for g in noun.children
        ) and not any(
            g.dep_ == "amod" and g.tag_ == "JJS"
            for g in noun.children  # ("the greatest revolutions": a class)
        )
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in _NAMED_ONE_THING or (not noun.ent_type_ and _definite(noun))  # ("the Treaty of Lisbon")
    return noun.lower_ in ("it", "them") and verb.lemma_ != "make" and noun.dep_ != "pobj"


def _after_a_run_of_searches(verb, frames) -> bool:
    """The sentence before, in the same paragraph, tells searches or attempts by an unnamed class ("Generations of
    divers have looked for the bell", "For decades, treasure hunters searched the reef"): the many searches' outcome
    (GUIDE decision 643(c): fact), unlike one search in view ("The Monday dive came up empty")."""
    start = verb.sent.start
    if start == 0:
        return False
    return any(
        t.lemma_ in frames["search_verbs"]
        and any(s.dep_ == "nsubj" and s.tag_ == "NNS" and not _definite(s) for s in t.children)
        or (t.dep_ == "nsubj" and t.lemma_.lower() in ("generation", "decade") and t.head.lemma_ in frames["search_verbs"])
        for t in verb.doc[start - 1].sent
    )


def _a_record_or_a_quality(verb, noun, frames) -> bool:
    """ "won the title", "lost his seat", "cut its dividend": a contest, post or practice that recurs; "lost his
    temper": a possessed quality (claims.json `never_record_frames`)."""
    lemma = noun.lemma_.lower()
    if verb.lemma_ in frames["verbs"] and lemma in frames["nouns"]:
        return True
    return lemma in frames["inalienable"] and any(g.dep_ == "poss" for g in noun.children)


def _past_or_perfect_aux(aux) -> bool:
    """ "was", "has", "had" before a participle; "'s" only as the perfect's "has" ("the board's never published it",
    "the rule's been dropped"), not as the passive's "is" ("the rule's never enforced")."""
    if aux.lower_ in ("'s", "’s"):
        return aux.dep_ == "aux" or any(c.dep_ == "dobj" for c in aux.head.children)  # (spaCy: "'s never published it")
    return aux.dep_ in ("aux", "auxpass") and aux.lower_ in _PAST_OR_PERFECT_AUXES


def _occasion_in_the_past(clause) -> bool:
    """ "as the prosecutor read the verdict", "when the alarm went off", "while the crowd was chanting", "as the
    verdict was read": a time clause in the simple or progressive past, active or passive, places what the main verb
    tells at one occasion; a present "as" gives a reason ("as they always form in a narrow plane"), "before" or
    "after" only bound a span, and so does a "be" of a post or a place ("while she was at Duke", "while he was in
    office": a tenure)."""
    if clause.dep_ != "advcl" or not any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") and m.i < clause.i for m in clause.children
    ):
        return False
    if clause.lemma_ == "be":
        return False
    if clause.tag_ == "VBD":
        return True
    if clause.tag_ == "VBN":
        return any(a.dep_ == "auxpass" and a.lower_ in ("was", "were") for a in clause.children)
    return (
        clause.tag_ == "VBG"
        and any(a.dep_ == "aux" and a.lower_ in ("was", "were") for a in clause.children)
        and not any(_one_of_many(o) for o in clause.head.children if o.dep_ == "dobj")
    )  # ("never lost a match as he was climbing the rankings": not one of them over a stretch, a span)


def _one_of_many(noun) -> bool:
    """ "a match", "any game", "games": an indefinite or bare object, one of many that could have been."""
    return noun.pos_ == "NOUN" and (
        any(g.dep_ == "det" and g.lower_ in ("a", "an", "any") for g in noun.children)
        or (noun.tag_ == "NNS" and not any(g.dep_ in ("det", "poss") for g in noun.children))
    )


_PAST_OR_PERFECT_AUXES = frozenset(("was", "were", "has", "have", "had", "'ve", "’ve", "'d", "’d", "been"))


def _state_reached(verb) -> bool:
    """ "Delhi pollution has become a standard feature of winter", "The studio has become a friend of the
    festival": a present perfect of "become" with what was become tells the state now reached (a fact); the
    past perfect ("had become the largest shareholder") and the simple past ("became a bestseller") tell
    when it came about."""
    return (
        verb.lemma_ == "become"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in _HAVE_CONTRACTIONS for c in verb.children)
        # (a comparison tells a change, like "has worsened": "has become worse", "has become more costly")
        and any(
            c.dep_ in ("attr", "acomp", "oprd")
            and c.tag_ not in ("JJR", "RBR")
            and not any(g.tag_ in ("JJR", "RBR") for g in c.children)
            for c in verb.children
        )
    )


def _becoming_moment_on(verb) -> bool:
    """ "Soon the water became dark", "became apparent after the launch", "By dawn the crowd had grown angry": an adverb
    or a preposition of claims.json `becoming_moment` on the verb places a change at one moment (GUIDE decisions 267,
    393, 603)."""
    lex = words()
    return any(
        (c.dep_ == "advmod" and c.lower_ in lex.becoming_moment_adverbs)
        or (c.dep_ == "prep" and c.lower_ in lex.becoming_moment_prepositions)
        for c in verb.children
    )


def _development_became(verb, subject) -> bool:
    """ "After the patent, the field became a crowded one", "The fair became the region's biggest", "Toys and TV shows
    became intertwined", "What she drew that day became a logo", "It became easier to reach buyers": a simple past
    "became" whose subject is a thing, a field, a practice, a clause or a dummy "it", and which no date, time, moment
    adverb or clause of time places at one moment, tells what the thing came to be, a development (GUIDE decision 393:
    fact). A party's becoming ("Lee became mayor", "The club became the first side to …") and a change placed at a
    moment ("In May the app became the best seller", "Soon the water became dark", "it became clear after the vote
    that …", decisions 267, 603) stay events."""
    if verb.lemma_ != "become" or verb.tag_ != "VBD" or subject is None or subject.dep_ not in ("nsubj", "csubj"):
        return False
    if not any(c.dep_ in ("attr", "acomp", "oprd") for c in verb.children):
        return False
    if subject.lower_ in _PERSONAL_PRONOUNS or subject.ent_type_ in _AGENT_ENTITIES:
        return False
    # (a name the model gives no type, "The Classic became the next stop", is read as the thing it names)
    if subject.dep_ == "nsubj" and subject.lower_ != "it" and _is_agent(subject) and subject.pos_ != "PROPN":
        return False
    if any(t.dep_ in ("mark", "advmod") and t.lower_ in words().becoming_time_marks for t in verb.subtree if t.i < verb.i):
        return False  # ("As the war spread, the port became …", "once reading the maps became easier, …": a moment told)
    if _becoming_moment_on(verb):
        return False
    subject_span = range(subject.left_edge.i, subject.right_edge.i + 1)
    # (a span is no moment: "Over the years it became clear that the dam leaked", decision 603)
    return not any(
        t.ent_type_ in ("DATE", "TIME")
        and t.i not in subject_span
        and not any(
            a.dep_ == "prep" and a.lower_ in words().becoming_period_prepositions for a in t.ancestors if verb.is_ancestor(a)
        )
        for t in verb.subtree
    )


def _change_path_reached(verb) -> bool:
    """ "The old mill has turned into a museum", "The club has gone from bankruptcy to the top flight", "The blog has
    morphed from a hobby into a business": a verb of change in the present perfect with the prepositions claims.json
    `change_paths` gives it tells the state the change has led to, as "has become a feature" does (`_state_reached`;
    GUIDE decision 393: what a field or a thing came to be, a fact). Not the simple or past perfect ("turned into a
    battleground at noon": a change then), a passive ("was turned into"), nor a verb with an object ("has turned the
    mill into a museum": a party's act)."""
    paths = words().change_paths.get(verb.lemma_)
    if paths is None:
        return False
    if verb.tag_ not in ("VBN", "VBD") or not _has_before(verb, ("aux",)):  # (not "had")
        return False
    if any(c.dep_ in ("dobj", "auxpass", "prt", "xcomp", "ccomp") for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("just", "now") for c in verb.children):
        return False  # "The motorcade has just turned into Downing Street": a move at this moment
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in paths]
    if {p.lower_ for p in preps} != paths:
        return False
    return not any(_moved_to_a_place_or_a_figure(o) for p in preps for o in p.children if o.dep_ == "pobj")


def _moved_to_a_place_or_a_figure(noun) -> bool:
    """ "has gone from Leeds to Chelsea", "has turned into Iranian waters", "has gone from 9 percent to 3 percent", "has
    turned into a riot": an end of a path that is a place or a body (a move from place to place, a party's act), a
    figure (a measure's move, GUIDE decision 581) or a happening (a change told as a happening, decision 393): no state
    reached."""
    lex = words()
    if noun.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP", "PERCENT", "MONEY", "CARDINAL", "QUANTITY"):
        return True
    if noun.like_num or noun.tag_ == "CD" or noun.lower_ in lex.place_nouns or noun.lemma_.lower() in lex.change_path_happenings:
        return True
    return (
        any(
            c.dep_ in ("amod", "compound", "nummod") and (c.ent_type_ in ("GPE", "LOC", "NORP") or c.like_num)
            for c in noun.children
        )
        and noun.pos_ != "PROPN"
    )  # ("into a Russian George Steinbrenner": a person, what he has come to be like)


def _background_at_the_time(verb) -> bool:
    """ "Lee was celebrating his birthday when he fell ill", "When the storm hit, the crew was fishing the shoals", "At
    the time, she was serving her second term", "I was working as a clerk then": a past progressive set by a when-clause
    in the past, "at the time" or a closing "then" tells what the party was doing over a stretch around another
    happening, background (GUIDE decision 550: fact). An effort or deliberation under way stays a development of its
    own ("was trying to", "was weighing", decisions 177, 276), and so does a progressive placed at a moment ("At noon the
    crew was lowering the boats")."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children):
        return False
    if verb.lemma_ in _ATTEMPTS or verb.lemma_ in words().deliberations or _at_a_moment(verb):
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children):
            if _act_told_again(verb, c):
                # "When the senator tweeted about it, he was throwing sand in the public's eyes", "The minister was lying
                # when he told parliament …": the same party's act told again as what it amounted to, no circumstances
                # of another happening
                return False
            if _past_when_clause(c):
                return True
        if c.dep_ == "advmod" and c.lower_ == "then" and c.i > verb.i:
            return True  # (a closing "then": "at that time"; an opening "Then" tells the next step)
        if c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and o.lower_ == "time" for o in c.children):
            objects = [o for o in c.children if o.dep_ == "pobj"]
            modifiers = [d.lower_ for d in objects[0].children]
            # (only "at the time", "at that time": "at the same time" adds one happening to another)
            if modifiers in (["the"], ["that"]):
                return True
    return False


def _active_progressive(verb) -> bool:
    """ "is heading", "were sitting", "’re leading": a progressive with a form of "be" and no passive auxiliary."""
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and _is_be(c) for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def _post_held_in_the_progressive(verb) -> bool:
    """ "She is heading the county's lab", "he is chairing the panel", "Lee is running the night desk", "Dana was managing
    the Oslo office": a verb of holding a post (claims.json `posts_and_postures` post_holding_lemmas) in the active
    progressive, with a body, team, panel, desk or post as its object (`posts_held`, `org_nouns` but `activities_led`, or
    an organisation's name) tells what role the party holds, a state (GUIDE decision 612: fact). An activity, effort,
    search or inquiry as the object ("is leading the search for the boat", "is heading the inquiry into the fire", "is
    running a test") stays the party's activity under way (decisions 177, 276), and so does a progressive placed at a
    moment ("at noon she was chairing the panel") and one that tells what the party is doing with the group (decision
    612): led somewhere, with a preposition or particle of `paths` ("is leading a delegation to Oslo", "is running the
    squad through drills"), or an indefinite group of others ("is leading a team of sniffer dogs")."""
    lex = words()
    posts = lex.posts_and_postures
    if verb.lemma_ not in posts["post_holding_lemmas"] or not _active_progressive(verb) or _at_a_moment(verb):
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ in posts["paths"] for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) and any(
            d.dep_ == "prep" and d.lower_ == "of" for d in c.children
        ):
            return False  # ("a group of investors", "a team of sniffer dogs": a group led in an activity)
        noun = c.lemma_.lower()
        if noun in posts["posts_held"] or (noun in lex.org_nouns and noun not in posts["activities_led"]):
            return True
        if c.ent_type_ == "ORG" and c.pos_ == "PROPN":
            return True
    return False


def _posture_in_the_progressive(verb) -> bool:
    """ "The keeper was crouching low", "she was sitting on the rail", "he was lying in the mud", "the seals are lying on
    the rocks": a verb of posture or position (claims.json `posts_and_postures` posture_lemmas) in the active progressive
    says what position the party is or was in, a state (GUIDE decision 632: fact), told of a moment or not. Not a phrasal
    sense: a particle of `other_sense_particles` ("standing down", "sitting down with union leaders", "sitting in on the
    talks", "sitting out the vote"), a preposition of `other_sense_prepositions` ("standing for election", "leaning
    towards a cut"), "stand" with a preposition of stance ("standing by its forecast"), "lean on" a party or with an
    infinitive ("leaning on the banks to cut fees": pressure, an act), or an object; not with a participle that tells
    what the party is doing there ("was standing in a hard hat trying to calm the crowd": an act under way, decision
    632); and "lie" only with a place ("was lying on the deck"; "was lying to the court" tells lies)."""
    lex = words()
    posts = lex.posts_and_postures
    if verb.lemma_ not in posts["posture_lemmas"] or not _active_progressive(verb):
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prt" and c.lower_ in posts["other_sense_particles"]):
            return False
        if c.dep_ == "advcl" and c.tag_ == "VBG":
            return False  # ("was sitting in his garden reading a book": what the party is doing there, an act under way)
        if c.dep_ != "prep":
            continue
        if any(t.dep_ == "acl" and t.tag_ == "VBG" for t in c.subtree):
            return False  # (the parser may hang the participle on the place: "standing in work boots trying to revive a city")
        if c.lower_ in posts["other_sense_prepositions"] or (verb.lemma_ == "stand" and c.lower_ in posts["stance_prepositions"]):
            return False
        if verb.lemma_ == "lean" and c.lower_ == "on" and _leaning_on_a_party(verb, c):
            return False
    if verb.lemma_ == "lie":
        return any(c.dep_ == "prep" and c.lower_ in posts["posture_places"] for c in verb.children)
    return True


def _leaning_on_a_party(verb, on) -> bool:
    """ "Regulators were leaning on the banks to cut fees", "is leaning on Berlin": "lean on" a person, a body or a
    country (claims.json `human_nouns`, `org_nouns`, `people_nouns`, or such a name), or with an infinitive of what the
    party is pressed to do: pressure put on a party, an act (not "leaning on the rail")."""
    if any(c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
        return True
    return any(
        o.dep_ == "pobj" and (o.lemma_.lower() in words().cleft_focus_parties or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
        for o in on.children
    )


def _past_when_clause(clause) -> bool:
    """A when-clause on a past progressive is past in practice: any finite verb counts, the tagger's VBP or bare VBN too
    ("when shots rang out", "when the talks opened"), but not a perfect, a future or a modal ("when it has ended",
    "when they will meet")."""
    if clause.tag_ not in ("VBD", "VBN", "VBP", "VBZ"):
        return False
    auxes = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or (a.lemma_ == "have" and a.tag_ in ("VBP", "VBZ")) for a in auxes):
        return False
    return clause.tag_ == "VBD" or not auxes or any(a.tag_ == "VBD" for a in auxes)


def _act_told_again(verb, clause) -> bool:
    """A when-clause whose verb tells an act of saying or posting (claims.json `background_and_lengths` acts_told_again)
    by the same party as the progressive's, in either order: the same word, or a personal pronoun of the same number as
    the other subject (one who says or posts is a party: "When the senator posted the video, he was …", "The minister
    was lying when he told parliament …")."""
    lex = words().background_and_lengths
    if clause.lemma_ not in lex["acts_told_again"]:
        return False
    main = next((n for n in verb.children if n.dep_ == "nsubj"), None)
    other = next((n for n in clause.children if n.dep_ == "nsubj"), None)
    if main is None or other is None:
        return False
    if main.lower_ == other.lower_:
        return True
    for pronoun, party in ((main, other), (other, main)):
        if pronoun.pos_ == "PRON" and party.pos_ in ("NOUN", "PROPN"):
            plural = party.tag_ in ("NNS", "NNPS")
            if pronoun.lower_ in lex["plural_pronouns" if plural else "singular_pronouns"]:
                return True
    return False


def _part_a_thing_played(verb, subject) -> bool:
    """ "Social media played an important role in the inquiry", "Luck has played a part": "play" + "role" or "part" with
    a thing, a factor or an activity as subject says what it counted for in a happening, the writer's or a source's
    assessment of its effect, no act at a given moment (GUIDE decisions 393 and 512: fact; the kind section's
    opinions). A party playing a role acts in it ("The army played a key role in the rescue", "She played the role of
    a nurse in the film", "Volunteers played a key role"): events, left to the tense; and so does playing "part of" a
    tape or a song ("The prosecution played part of the call to the jury"). So does "help" with a thing as subject and
    whom or what it helped ("The new drug has helped patients sleep"), the thing's use or effect (claims.json
    `thing_help`, `_help_a_thing_gave`); a party helping ("Volunteers helped clear the road") acts."""
    if subject is None or subject.pos_ == "PRON" or _person_like(subject):
        return False
    if verb.lemma_ in words().thing_help["verbs"]:
        return _help_a_thing_gave(verb, subject)
    if verb.lemma_ != "play":
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in words().background_and_lengths["role_nouns"]
        and any(d.dep_ in ("det", "poss", "amod") for d in c.children)
        and not any(d.dep_ == "prep" and d.lower_ == "of" for d in c.children)
        for c in verb.children
    )


def _help_a_thing_gave(verb, subject) -> bool:
    """ "The new ferry helps islanders reach the mainland", "The fares have helped families visit the islands", "The
    savings helped the couple pay the rent through the winter": "help" with a thing as subject and whom or what it
    helped tells the thing's use or effect, a fact, in the present and present perfect (GUIDE decisions 512(b), 711(b))
    and in the past only over a stretch the text gives ("through the winter", "for a decade", "routinely", "when feeling
    drowsy") or plainly implies (a state helped, "helped the museum stay open"; a recurring cost, "helped the couple
    cover the medical bills"), decision 864, or as a reported present perfect ("said the drug had helped …"). A
    happening as subject ("The explosion helped rescuers locate the miners", claims.json `habit_occasion` happenings,
    `natural_force_words`), a past help with no stretch ("The goal helped the team reach the final"), help placed in
    time ("last year", "after the fire") or a subject placed at one moment by a clause ("the wiggle of the tail as it
    dove through the corona") stays an event."""
    lex = words()
    helped = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if not helped or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if subject.lemma_.lower() in lex.occasion_happenings | lex.natural_forces:
        return False
    moment_marks = lex.thing_help["moment_clause_marks"]
    if any(
        c.dep_ in ("advcl", "relcl", "acl") and any(m.dep_ == "mark" and m.lower_ in moment_marks for m in c.children)
        for c in subject.subtree
    ):
        return False  # ("the wiggle of its tail as it dove through the corona": one moment)
    said = [c for c in verb.children if c is not subject and c.dep_ not in ("nsubj", "nsubjpass")]
    stretches = [
        p
        for c in said
        for p in c.subtree
        if p.dep_ == "prep" and p.lower_ in lex.thing_help["stretch_preps"] and _help_stretch(p)
    ]
    in_stretch = {t.i for p in stretches for t in p.subtree}
    if any(_a_time_word(t) and t.i not in in_stretch for c in said for t in c.subtree):
        return False  # ("The fund helped 300 families find homes last year": help placed in time)
    if _one_moment(verb) or any(_one_moment(c) for c in helped if c.pos_ in ("VERB", "AUX")):
        return False  # ("helped the museum reopen after the fire")
    if verb.tag_ in ("VBZ", "VBP") or _present_perfect(verb):
        return True
    past_perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    if past_perfect and verb.dep_ == "ccomp" and verb.head.lemma_ in lex.reporting and verb.head.tag_ == "VBD":
        return True  # ("The charity said advances had helped scientists identify …": a reported "have helped")
    if verb.tag_ != "VBD" and not past_perfect:
        return False
    habit = any(c.dep_ == "advmod" and c.lower_ in lex.past_habit_adverbs for c in verb.children) or any(
        _each_time_clause(c) for h in (verb, *helped) for c in h.children
    )
    state = any(c.pos_ in ("VERB", "AUX") and c.lemma_ in lex.stative for c in helped)
    costs = any(o.dep_ == "dobj" and o.lemma_.lower() in lex.thing_help["recurring_costs"] for h in helped for o in h.children)
    return bool(stretches) or habit or state or costs


def _each_time_clause(clause) -> bool:
    """ "when feeling drowsy", "whenever the pump failed": a clause of each time something held, a habit (GUIDE decision
    864), a "when" with no finite verb or a "whenever"; not "when the fire was out", one moment."""
    if clause.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    if "whenever" in marks:
        return True
    return (
        "when" in marks
        and clause.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in clause.children)
    )


def _help_stretch(prep) -> bool:
    """ "through the winter", "for a decade", "over the years", "throughout the war": a stretch the help held over, a
    date or a span noun after a preposition of a stretch ("for the first time" dates one happening)."""
    nouns = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ in _SPAN_PREPOSITIONS and _stretch_of_time(prep):
        return True
    return prep.lower_ not in _SPAN_PREPOSITIONS and any(o.ent_type_ == "DATE" for o in nouns)


def _person_like(subject) -> bool:
    """A party, or people the agent lexicon misses: players, volunteers, residents (claims.json `team_role_nouns`,
    `travelling_people`), or a plural noun of agents ("rescuers", "scientists", "historians")."""
    if _is_agent(subject):
        return True
    lex = words()
    lemma = subject.lemma_.lower()
    if lemma in lex.team_roles or lemma in lex.travelling_people["nouns"]:
        return True
    return subject.tag_ == "NNS" and subject.lower_.endswith(("ers", "ists", "ians"))


def _time_come_for(verb, subject) -> bool:
    """ "The time has come to rebuild the pier", "The moment has come for the council to act": a noun of time (claims.json
    `due_time.nouns`) whose coming is told in the present or the present perfect, with the act it is due for (an
    infinitive or a "for" clause, claims.json `due_time` `markers`, anywhere in the clause: "The hour has come, now that
    the season opens, for every club to plan ahead", GUIDE decision 728), says that the act is due now, a judgement, not
    a happening. Not a coming told in the past ("When the time came to vote, she left": a step of the story)."""
    due = words().due_time
    if subject is None or subject.lemma_.lower() not in due["nouns"] or verb.lemma_ not in due["verbs"]:
        return False
    if not (_present_perfect(verb) or verb.tag_ == "VBZ"):
        return False
    clauses = [t for t in list(verb.subtree) + list(subject.subtree) if t.dep_ in ("advcl", "xcomp", "relcl", "acl", "ccomp")]
    return any(
        any(a.dep_ in ("aux", "mark") and a.lower_ in due["markers"] for a in c.children) and _hung_without_a_finite_verb(c, verb)
        for c in clauses
    )


def _hung_without_a_finite_verb(clause, verb) -> bool:
    """Whether `clause` hangs on `verb` (or its subject) through no finite verb of its own: "The hour has come, now that the
    season opens, for every club to plan ahead" ("plan" hung past the inserted clause), not "… now that clubs want to
    plan" (the infinitive of another clause)."""
    head = clause.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") and head.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return False
        head = head.head
    return True


def _length_it_took(verb) -> bool:
    """ "The bridge took half a decade to build", "It took me a while to learn the rules", "The court took just over an hour
    to hear the case": "take" + a length of time (a duration unit, claims.json `duration_unit_nouns`, or a span noun
    other than "time") + a "to" infinitive gives how long the happening lasted, what it was like (GUIDE decision 664(c),
    like "lasted three hours": a fact). Not "took a six-month trip" (the object is the act) nor "took 14 days off work"
    (leave taken, an act); "took the time to thank them" is an act of courtesy, so "time" is left out, and so is time a
    party set aside to act (`_time_set_aside`)."""
    if verb.lemma_ != "take" or any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in verb.children):
        return False
    lex = words()
    placing = lex.background_and_lengths["placing_words"]
    lengths = lex.duration_units | (lex.span_nouns - {"time"})
    length = next(
        (
            c
            for c in verb.children
            if (
                (c.dep_ in ("dobj", "npadvmod") and (c.lemma_.lower() in lengths or _a_long_time(c)))
                # ("took longer than expected to count", "took too long to evacuate")
                or (c.dep_ == "advmod" and c.lower_ in lex.background_and_lengths["long_words"])
            )
            # ("Last year I took a pay cut to move": a time adverb placing the act, no length)
            and not any(g.dep_ in ("amod", "det") and g.lower_ in placing for g in c.children)
        ),
        None,
    )
    if length is None:
        return False
    # (the parser hangs the infinitive on the verb, on the length as a relative, "took two years to unfold", or on the
    # length's "than" clause, "took longer than expected to count")
    infinitive = next(
        (
            c
            for c in (*verb.children, *length.subtree)
            if c.dep_ in ("xcomp", "advcl", "relcl")
            and c.tag_ == "VB"
            and any(a.dep_ == "aux" and _infinitive_to(a) for a in c.children)
        ),
        None,
    )
    return infinitive is not None and not _time_set_aside(verb, length, infinitive)


def _a_long_time(noun) -> bool:
    """ "a long time", "some time", "quite some time": "time" as a length (claims.json `background_and_lengths`
    long_words, time_determiners); not "the time" nor "his time" ("took the time to thank them", an act)."""
    lex = words().background_and_lengths
    if noun.lemma_.lower() != "time" or any(d.dep_ == "poss" or d.lower_ == "the" for d in noun.children):
        return False
    return any(
        (d.dep_ == "amod" and d.lower_ in lex["long_words"]) or (d.dep_ == "det" and d.lower_ in lex["time_determiners"])
        for d in noun.children
    )


def _time_set_aside(verb, length, infinitive) -> bool:
    """ "The minister took a minute to thank the rescue teams", "The leader took a few days to reflect", "She took a year
    to travel around Asia": a party that takes a short while (claims.json `background_and_lengths` set_aside_units, "a
    minute") or takes time for an act it spends it on (set_aside_acts: thank, reflect, travel), with no mark of extent
    ("just", "more than", a number), sets the time aside in order to act: the act itself, an event, not the length of a
    happening (GUIDE decision 664(c) against "The airline took two years to resume flights", cons37a)."""
    lex = words().background_and_lengths
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ == "it" or not _person_like(subject):
        return False
    marks = [d for d in length.subtree if d.i < length.i]
    if any(d.lower_ in lex["extent_marks"] or (d.like_num and d.lower_ not in ("a", "an", "one")) for d in marks):
        return False
    if length.lemma_.lower() in lex["set_aside_units"] and any(d.lower_ in ("a", "an", "one") for d in marks):
        return True
    return infinitive.lemma_.lower() in lex["set_aside_acts"]


def _upbringing(verb) -> bool:
    """ "She grew up on a farm", "The two brothers grew up in the same street": "grow up" in the simple past tells a
    childhood spent somewhere, a span of one's past, background like a life or a post held (`_past_standing`; the kind
    section's states and background), no happening at a given moment; so do "has grown up in the spotlight" and a person
    "was raised" or "brought up" somewhere ("He was raised on a farm in Wales")."""
    if any(c.dep_ in ("dobj", "xcomp") for c in verb.children) or _at_a_moment(verb):
        return False
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if verb.lemma_ == "grow" and up:
        return verb.tag_ == "VBD" or _has_before(verb, ("aux",))
    if (verb.lemma_ == "raise" or (verb.lemma_ == "bring" and up)) and verb.tag_ == "VBN":
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return (
            subject is not None
            and (subject.ent_type_ == "PERSON" or subject.lower_ in ("i", "he", "she", "we", "they"))
            and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("in", "on") for c in verb.children)
        )
    return False


def _studied_group_outcome(verb, subject) -> bool:
    """ "The treated rats slept longer than the rest", "the mice with the missing gene developed large appetites", "Cells
    grown with the compound divided faster": animals or material kept for study (claims.json `laboratory_subject_nouns`),
    told in the plural as the subject of a simple past, did, became or underwent what the study observes, its outcome
    (GUIDE decision 608(a): a fact). What they were given ("the mice received the drug", claims.json
    `laboratory_treatment_lemmas`) is the researchers' act, and one animal's incident ("a rat escaped") a happening: both
    events. A participle the tagger read for the past ("Mice treated with the drug ran longer" cut at "treated") counts
    as the past it stands for."""
    lex = words()
    if (
        subject is None
        or subject.dep_ != "nsubj"
        or subject.tag_ != "NNS"
        or subject.lemma_.lower() not in lex.laboratory_subjects
    ):
        return False
    if verb.lemma_ in lex.laboratory_treatments or _at_a_moment(verb):
        return False
    if not (_studied_as_a_group(subject) or _group_participle_read_as_the_verb(verb)):
        return False
    past = verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    # "The treated mice didn't gain weight": the past denied with "did"
    denied = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    return past or denied or _past_read_as_participle(verb)


def _studied_as_a_group(subject) -> bool:
    """ "the mice with the deleted gene", "Mice that had received the drug", "the untreated mice", "Cells treated with the
    compound": a plural of laboratory animals or material described by what was done to it or what it has (a participle,
    a relative clause, "with"/"without", or claims.json `laboratory_group_modifiers`), the group a study compares (GUIDE
    decision 608(a): in a report of a study). Not bare or otherwise described ("Rats overran the station", "Militant
    cells carried out attacks", "battery cells caught fire": no study), nor counted ("Two rats escaped": individuals)."""
    lex = words()
    if any(c.dep_ == "nummod" for c in subject.children):
        return False
    return any(
        c.dep_ in ("acl", "relcl")
        or (c.dep_ == "prep" and c.lower_ in ("with", "without"))
        or (c.dep_ == "amod" and (c.tag_ == "VBN" or c.lower_ in lex.laboratory_group_modifiers))
        for c in subject.children
    )


def _group_participle_read_as_the_verb(verb) -> bool:
    """ "the mice fed the sugary diet developed fatty livers", "Cells treated with the compound showed …", "cells
    corrected for an extra chromosome grew better": the parser took the participle that describes the group for its
    verb (a participle, or one of claims.json `laboratory_group_modifiers` read as a past)."""
    return verb.tag_ == "VBN" or verb.lower_ in words().laboratory_group_modifiers


def _at_a_moment(verb) -> bool:
    """ "escaped from the lab on Tuesday", "died at noon": a clause placed at a day or a time of day, an incident."""
    lex = words()
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod") and (c.ent_type_ == "TIME" or c.lower_ in lex.occasion_days):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("on", "at")
            and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)
        ):
            return True
    return False


def _stance_told_back(verb) -> bool:
    """ "Biden said he supported forgiving the loans", "She added that her company supported the review": a verb of stance
    (claims.json `stance_lemmas`) in the simple past of a clause reported by a past saying verb takes the report's shifted
    tense and tells the stance the party held when it spoke, a state (the kind section's opinions: fact). Not one placed at
    a day or a time ("said the council supported the plan on Tuesday": a vote then), not a perfect ("said he had opposed
    the plan": what he did), and not a quotation, whose own past is no shifted tense ('"I opposed the hold as soon as I
    learned of it," he said': what the speaker did then). Not a phrasal or physical sense, with a particle or a word of
    movement (`stance_motion_words`: "said he backed down from the plan", "backed the truck into the gate"), and not one
    placed at a date or an occasion (`_stance_at_an_occasion`: "opposed the plan in a vote last week")."""
    lex = words()
    return (
        verb.lemma_ in lex.stances
        and verb.tag_ == "VBD"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_ in lex.saying
        and verb.head.tag_ == "VBD"
        and verb.i > verb.head.i
        and not _quoted(verb)
        and not any(c.dep_ == "aux" for c in verb.children)
        and not any(
            c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.lower_ in lex.stance_motion_words) for c in verb.children
        )
        and not _at_a_moment(verb)
        and not _stance_at_an_occasion(verb)
    )


def _stance_at_an_occasion(verb) -> bool:
    """ "said the council opposed the plan in a vote last week", "said the government opposed the bid at a meeting on June
    3", "said the army backed the rebels with weapons in 2019": a verb of stance with a date or a time in a prepositional
    phrase of its own or a time word beside it, or with an occasion of one stand (claims.json `stance_occasion_nouns`),
    tells the stand taken then, an act (event)."""
    occasions = words().stance_occasions
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME"):
            return True
        if c.dep_ == "prep" and any(
            t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "pobj" and t.lemma_.lower() in occasions) for t in c.subtree
        ):
            return True
    return False


def _past_habit(verb) -> bool:
    """ "Gaming used to be so simple", "He used to work in an office": "used to" + a verb tells a habit or a
    state of the past (a fact), not one happening; not "is used to select" (a passive) nor "used a ram"."""
    return (
        verb.lemma_ == "use"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("dobj", "auxpass", "aux") for c in verb.children)
        and any(
            c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and _infinitive_to(a) for a in c.children)
            for c in verb.children
        )
    )


def _feeling_idiom(verb) -> bool:
    """ "I can't wait to see it", "I couldn't help but smile", "I can't stop wondering", "I cannot disagree":
    a negated "can" on one of English's idioms of feeling (claims.json `feeling_idioms`) tells how the
    speaker feels, not what a party can or will do. "wait", "help" and "stop" count only before the verb
    they take ("can't help them", "can't stop the attack" are acts)."""
    lemma = verb.lemma_
    if lemma not in words().feeling_idioms or not _negated(verb):
        return False
    if lemma in ("wait", "stop"):
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)
    if lemma == "help":
        return not any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" or (c.dep_ == "conj" and c.pos_ == "VERB") for c in verb.children
        )
    return True


def _feeling_to_come(verb) -> bool:
    """ "I will miss the satisfaction of …", "We're going to miss it", "I will forever cherish this journey": a verb of
    feeling (claims.json `feelings`) under "will" or "going to" tells what one will feel, no party's undertaking;
    not "I'd love to see it", whose infinitive is a wish to act."""
    lex = words()
    if verb.lemma_ == "go":
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    return verb.lemma_ in lex.feelings and not any(c.dep_ == "xcomp" for c in verb.children)


def _needed_party(verb):
    """The party that "need" wants to act, in "need X to" + verb ("We need volunteers to step up", "the plan needs
    the board to sign off": the parser makes X the infinitive's subject or the object of "need"), else None."""
    if verb.lemma_ != "need" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # (not "may need X to": a need only foreseen, which nobody undertakes)
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            party = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if party is None:
                party = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
            return party
    return None


def _appraisal_idiom(verb) -> bool:
    """ "You have to admire the courage", "You gotta love it", "You've got to hand it to them", "Gotta respect the
    hustle": "have/got to" + a verb of appraisal (claims.json `appraisal_verbs`) said to anyone appraises and obliges
    nobody (GUIDE decision 216); "hand" only as "hand it to". Another subject ("We have to respect the vote") is a
    duty."""
    lex = words()
    if lex.control.get(verb.lemma_) != "obligation" or verb.lemma_ == "need":
        return False
    if any(c.dep_ == "nsubj" and c.lower_ not in ("you", "ya") for c in verb.children):
        return False
    appraisal = _infinitive_among(verb, lex.appraisal_verbs)
    if appraisal is None:
        return False
    if appraisal.lemma_ == "hand":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in appraisal.children) and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in appraisal.children
        )
    return True


# Adverbs that also make a vow with "would" ("he would never resign", "I would always support her")
_VOW_ADVERBS = frozenset(("always", "never", "ever"))


def _speakers_hypothesis(verb, subject, mood: str) -> bool:
    """ "I'd make bigger changes", "I wouldn't make a lot of changes to the Marines right now", "I'd have to rule
    out every other city", "If you'd told me, I would've understood": the first person singular under "would"
    tells what the speaker would do in a case put, a hypothesis or an opinion (GUIDE decision 162), not a plan.
    Not a polite wish or request ("I would like to provide an update", "I would urge the organisers", "I would
    call for calm", claims.json `polite_wish_lemmas`, `directive_lemmas`, `performative_lemmas`), nor a pledge
    under an "if" ("If elected, I would cut taxes"); a "would have" is counterfactual under any "if"."""
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    if not any(c.dep_ == "aux" and c.lower_ in _WOULD_FORMS for v in chain for c in v.children):
        return False
    lex = words()
    if any(v.lemma_ in lex.polite_wishes or v.lemma_ in lex.directive or v.lemma_ in lex.performatives for v in chain):
        return False
    counterfactual = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return counterfactual or mood != "conditional"


_HYPOTHESIS_MODALS = _WOULD_FORMS | frozenset(("could", "might"))


def _unreal_hypothesis(verb) -> bool:
    """ "If you were a subscriber, the carrier would give you free data", "I would use it if it was close by", "If every
    set met the standard, the state could avoid the cost": "would", "could" or "might" under an if-clause in the past
    or subjunctive form puts an unreal case, whose outcome commits nobody (GUIDE decision 466 refining 162); an open
    condition in the present ("If he doesn't play, Clark would start") stays the party's. Not a clause that is
    itself another verb's complement: one reported after a verb of saying ("said he would resign if the vote went
    against him"), whose past is the saying's, and with it one after a verb of thinking ("I think that if …")."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    if chain[-1].dep_ == "ccomp" or not any(
        c.dep_ == "aux" and c.lower_ in _HYPOTHESIS_MODALS for v in chain for c in v.children
    ):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and (c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children))
        for v in chain
        for c in v.children
    )


def _habit_told_with_will_or_would(verb) -> bool:
    """ "would" or "will" with an adverb of frequency (claims.json `habit_adverbs`: "She would often sing in the
    choir", "I'll occasionally take the bus") or an "every"/"each" time ("Every week I would visit my grandmother",
    "Each week, I will guess the box office"; the tagger hangs "every" as det or nummod): the past's habit, what
    one used to do each time, or the present's, what one does each time, not a plan (GUIDE decisions 46, 371).
    "always" and "never" stay out: with "would" and "will" they also vow ("he would never resign", "we will
    always defend")."""
    if not any(c.dep_ == "aux" and (c.lower_ in _WOULD_FORMS or c.lower_ in _WILL_FORMS) for c in verb.children):
        return False
    habits = words().habit_adverbs
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in habits and child.lower_ not in _VOW_ADVERBS:
            return True
        if child.dep_ == "npadvmod" and any(
            d.dep_ in ("det", "nummod") and d.lower_ in ("every", "each") for d in child.children
        ):
            return True
    return False


_EACH_TIME_MARKS = frozenset(("when", "whenever"))
_PRESENT_TAGS = frozenset(("VBP", "VBZ"))


def _each_time(verb) -> bool:
    """A "when"/"whenever" clause in the present hung on the modal's clause ("When I highlight the address bar,
    I should be able to just say …", "you can see it whenever you log in"): the modal tells what holds each
    time that happens. The clause climbs from the verb read through the verbs and adjectives that carry it
    ("should be able to tap": tap, able, be). A "when" clause with a modal of its own or in the past names one
    occasion, and "will"/"would" stay out (the caller passes only possibility and recommendation): "When the
    deal closes, the firm will cut jobs" is a plan."""
    clause, steps = verb, 0
    while True:
        for child in clause.children:
            if child.dep_ != "advcl":
                continue
            if not any(m.dep_ == "advmod" and m.lower_ in _EACH_TIME_MARKS and m.i < child.i for m in child.children):
                continue
            auxiliaries = [c for c in child.children if c.dep_ in ("aux", "auxpass")]
            if any(c.tag_ == "MD" for c in auxiliaries):
                continue
            if child.tag_ in _PRESENT_TAGS or any(c.tag_ in _PRESENT_TAGS for c in auxiliaries):
                return True
        if clause.dep_ not in ("xcomp", "acomp") or steps >= 3:
            return False
        clause, steps = clause.head, steps + 1


def _called_for_state(verb) -> bool:
    """The clause a call or an urging asks for ("called for X to be afforded due process", "urged people to
    be cautious", "pushed for him to remain free") when it is a passive or a state with "be", "remain" or "stay": what
    is to be done to the party or what it is to be, which nobody there undertakes (GUIDE decisions 6, 76, 748(a));
    "urged Vietnam to push back" is an act."""
    lex = words()
    advocated = _advocated_for_clause(verb) if verb.lemma_ in lex.advocacy_for else None
    if advocated is None:
        # ("asked for the opening of the depot to be delayed", "called for a fund to be set up": a passive the parser
        # hung on the noun after "for", GUIDE decision 846(b))
        asked = _asked_for_or_appealed_to(verb)
        advocated = asked if asked is not None and asked.dep_ in ("acl", "relcl") else None
    if verb.lemma_ not in lex.directive_frames and advocated is None:
        return False
    for clause in [advocated] if advocated is not None else verb.subtree:
        if clause is not advocated and (
            clause.dep_ not in ("xcomp", "advcl") or verb.i not in (clause.head.i, clause.head.head.i)
        ):
            continue
        if not any(a.dep_ == "aux" and _infinitive_to(a) for a in clause.children):
            continue
        passive = any(a.dep_ == "auxpass" for a in clause.children)
        state = clause.lemma_ in lex.staying_on or (
            clause.lemma_ == "be" and any(a.dep_ in ("acomp", "attr") for a in clause.children)
        )
        return passive or state
    return False


def _turned_out(verb) -> bool:
    """ "One piece of history proved to be important", "That prediction turned out to be true",
    "signing a deal has proved elusive", "research has proved that …": what something was found to
    be, a state (GUIDE: fact), not a happening; not "proved his innocence" nor "turned the car around"."""
    if verb.lemma_ == "turn" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if verb.lemma_ not in ("prove", "turn") or any(c.dep_ in ("dobj", "auxpass") for c in verb.children):
        return False
    return any(
        c.dep_ in ("acomp", "oprd", "attr", "ccomp")
        or (c.dep_ == "xcomp" and c.lemma_ == "be" and any(a.lower_ == "to" for a in c.children))
        for c in verb.children
    )


def _possessed(verb) -> bool:
    """ "It's got a coupe look", "he's got a point": "have got" with an object is "have" (a state), not
    a getting; "'ve got to" is a frame, read before. The parser misreads the "'s" of "has": as a possessive after a noun
    ("The town's got a parking problem": "'s" hung on "town"; a possessive right before a verb can only be "has"), or as
    a passive's "is" ("It's got its ups and downs": no passive takes an object). A clause before the verb (a question
    the parser hung on it, "What's he saying? He's got a point") is no "got that …"."""
    return (
        verb.lemma_ == "get"
        and verb.tag_ in ("VBD", "VBN")
        and _has_before(verb, ("aux", "auxpass"))
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "prt" or (c.dep_ in ("xcomp", "ccomp") and c.i > verb.i) for c in verb.children)
        # ("The firm's got the contract after a long tender", "the win it needed on Saturday": an obtaining at a moment)
        # (not a span: "We've got another decade of these left", "has got plenty of criticism over the years")
        and not any(c.dep_ == "prep" and c.lower_ == "after" for c in verb.children)
        and not _at_a_moment(verb)
        and not any(t.ent_type_ == "TIME" or (t.ent_type_ == "DATE" and t.lower_ in words().occasion_days) for t in verb.subtree)
    )


def _condition_shown(verb) -> bool:
    """ "The patient showed no symptoms when he boarded", "The children showed symptoms of poisoning", "The herd has
    shown no signs of disease", "Most patients didn't show any signs of relapse": "show" + "symptoms" or "signs" tells the
    condition a party is in, like having it (the kind section's states; GUIDE decision 541's state placed at one moment),
    in any tense; not a showing done to others ("The doctor showed the nurses the symptoms": a recipient; "was shown the
    symptoms": a passive)."""
    if verb.lemma_ not in words().condition_showing:
        return False
    children = list(verb.children)
    if any(c.dep_ in ("dative", "auxpass", "nsubjpass") for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    return bool(objects) and all(_condition_mark(o) for o in objects)


def _condition_mark(noun) -> bool:
    """ "symptoms" (claims.json `condition_mark_nouns.bare`), or "signs" with an "of" phrase or "no"/"any" ("signs of
    strain", "showed no signs"), not a placard held up ("displayed signs reading 'No war'", "signs calling for",
    "signs and banners": an act)."""
    lemma = noun.lemma_.lower()
    if lemma in words().condition_marks_bare:
        return True
    if lemma not in words().condition_marks_with_of:
        return False
    children = list(noun.children)
    if any(c.dep_ in ("acl", "relcl", "conj") for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in children) or any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in children
    )


def _thing_came_with(verb, subject) -> bool:
    """ "The flat came with a fridge and an oven", "These came with rice and beans", "It came with a price": a thing's
    "came with" + what it held tells what the thing contained or included, a description (GUIDE decision 393: what a
    past thing "contained"; the present "comes with" reads so already). Not a party's coming ("She came with her
    brother", "Castro came into court with his head down": a journey), nor "came up with", "came out with" (acts)."""
    if verb.lemma_ != "come" or verb.tag_ != "VBD" or subject is None:
        return False
    if subject.lower_ in _PERSONAL_PRONOUNS or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _is_agent(subject):
        return False
    if _people(subject):
        return False
    children = list(verb.children)
    if any(c.dep_ in ("prt", "dobj", "xcomp", "advcl") for c in children):
        return False
    if subject.lemma_.lower() in words().came_with_happenings:
        return False  # "The winning goal came with two minutes left", "Help came with the arrival of troops"
    preps = [c for c in children if c.dep_ == "prep"]
    if [p.lower_ for p in preps] != ["with"]:
        return False
    objects = [o for o in preps[0].children if o.dep_ == "pobj"]
    return bool(objects) and not any(_a_moment_or_happening(o) for o in objects)


def _a_moment_or_happening(noun) -> bool:
    """What "came with" names is when or how something occurred, not what a thing held: a happening or a speech act
    ("with the arrival of", "with the shelling of", "with little warning": claims.json `came_with_happening_nouns`) or
    a time left ("with two minutes left", "with ten seconds remaining")."""
    if noun.lemma_.lower() in words().came_with_happenings:
        return True
    return any(c.lower_ in ("left", "remaining", "gone") for c in noun.children)


_HAVE_CONTRACTIONS = frozenset(("has", "have", "'s", "’s", "'ve", "’ve"))


def _has_before(verb, deps) -> bool:
    """ "has got", "'ve turned into": "has"/"have" (or its contraction) as the verb's auxiliary (`deps`: the relations
    the parser may give it), or the "'s" of "has" misread after a noun subject, as a possessive ("The town's got",
    "The shop's turned into") or as punctuation (the curly "’s"): a possessive or a mark right before a verb can
    only be "has". Only a participle counts as a perfect; the tagger reads "turned" after the mark as a past."""
    if any(c.dep_ in deps and c.lower_ in _HAVE_CONTRACTIONS for c in verb.children):
        return verb.tag_ == "VBN" or verb.lemma_ == "get"
    if verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return (
        before.lower_ in ("'s", "’s")
        and before.tag_ in ("POS", "''")
        and before.head.dep_ == "nsubj"
        and before.head.head.i == verb.i
    )


def _past_misread_in_what_was_said(verb) -> bool:
    """ "Residents said the shelling damaged homes", "Kim said a deal allowing the firm to cut prices expired in May":
    the reported clause's simple past, which the tagger read as a participle hung on the noun phrase it took for the
    object of "say" (attribution.py `bare_subject_verb` finds it); judged as the past it is (GUIDE kind section: judge
    what was said)."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return False
    said = next((a for a in verb.ancestors if a.lemma_ == "say"), None)
    found = bare_subject_verb(said) if said is not None else None
    return found is not None and found.i == verb.i


def _past_read_as_participle(verb) -> bool:
    """ "Trump tweeted before Election Day", "investigators located heroin": a participle with a
    subject of its own and no auxiliary is a simple past the tagger misread (a participle needs
    "has", "was" or a noun to hang on)."""
    return (
        verb.tag_ == "VBN"
        # (or the clause after a lead-in's colon: "DEAR ABBY: My husband just purchased tickets")
        and (verb.dep_ in ("ROOT", "ccomp", "conj") or getattr(_after_lead_in(verb.head), "i", None) == verb.i)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)
        # not a reduced relative the parser made the root of a sentence whose tensed verb it hung on
        # it ("all candidates not named Biden have serious work", "It is caused by a bacteria - a
        # bacteria usually found in …")
        and not _tensed_verb_under(verb)
    )


def _past_form_tagged_present(verb) -> bool:
    """ "The network remade itself as an ad firm", "the seal swam under the boat": an irregular past the tagger read as a
    present or a base form (no auxiliary or "to" of its own to make it one), which the form itself rules out
    (`inflected_only_verb_forms`): a simple past. Not a name ("Drew Brees": the word inside an entity) nor a linking
    use with a complement ("The talk rang hollow": what the talk was like, left to the rules for states)."""
    return (
        verb.tag_ in ("VBP", "VB")
        and verb.lower_ in inflected_only_verb_forms()
        and not verb.ent_type_
        and not any(c.dep_ in ("aux", "auxpass", "acomp", "attr", "oprd") for c in verb.children)
        # a clause's own verb, with a subject or a conjunct of one ("swam up … and bit him"): not a bare participle
        # the tagger hung as a verb ("given the layoffs", "born in Lagos")
        and (
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or (verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children))
        )
    )


def _past_helper_read_as_aux(verb, subject) -> bool:
    """ "Ms. Okafor helped cut the ribbon on Friday", "Dana Reyes helped found the choir in 1998": a verb in the past the
    parser hung as an auxiliary on the bare verb after it (which has no tense of its own) puts the clause in the past,
    as "helped open" does when parsed as a verb with its complement. Not "be", "have", "do" (true auxiliaries, read
    elsewhere) nor "used to" (a habit). Any subject that is no thing helping over a stretch: "The charity helped rebuild
    the hall after the storm" is a party's past act (GUIDE decision 711(b)); a thing's help over a stretch the text gives
    ("The grant helped keep the library open through the winter", "routinely") stays a fact (decision 864)."""
    if verb.tag_ not in ("VB", "VBN") or subject is None:
        return False
    if not any(
        c.dep_ == "aux" and c.tag_ == "VBD" and c.i < verb.i and c.lemma_ not in ("be", "have", "do", "use")
        for c in verb.children
    ):
        return False
    if subject.pos_ == "PRON" or _person_like(subject):
        return True
    lex = words()
    if any(c.dep_ == "advmod" and c.lower_ in lex.past_habit_adverbs for c in verb.children):
        return False
    return not any(
        p.dep_ == "prep" and p.lower_ in lex.thing_help["stretch_preps"] and _help_stretch(p)
        for c in verb.children
        if c is not subject
        for p in c.subtree
    )


def _tensed_verb_under(verb) -> bool:
    """A verb in the present tense, a modal or a tensed auxiliary the verb governs (not inside a
    relative or adverbial clause)."""
    for token in verb.subtree:
        if token.i == verb.i or token.tag_ not in ("VBZ", "VBP", "MD"):
            continue
        node = token
        while node.i != verb.i and node.dep_ not in ("relcl", "advcl", "acl"):
            node = node.head
        if node.i == verb.i:
            return True
    return False


_RELATIVE_WORDS = frozenset(("who", "whom", "which", "that", "whose", "what", "where", "when"))


def _clause_hung_on_a_noun(verb):
    """ "On December 29, her boyfriend Alastair Uhlig travelled from London …", "Kaieteur News –
    Police investigators are trying to …": a sentence the parser rooted on a noun before the clause,
    hanging the clause, subject and all, on that noun as a relative clause; a clause whose subject is a
    name right after the noun, or that follows a dash, is the sentence's statement. Else None."""
    if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ != "ROOT":
        return None
    for clause in verb.children:
        if clause.i < verb.i or clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subject is not None
            and subject.i < clause.i
            and subject.tag_ not in ("WP", "WDT", "WP$")
            and subject.lower_ not in _RELATIVE_WORDS
            and not any(t.tag_ in ("WP", "WDT", "WP$", "WRB") for t in verb.doc[verb.i + 1 : clause.i])
            # a name right after the noun, or a dash before the clause; not a contact clause ("The lawsuit
            # we filed a year ago aimed to …", "No stats registered"), whose subject is a pronoun or noun
            and (subject.pos_ == "PROPN" or any(t.text in ("-", "–", "—", ":") for t in verb.doc[verb.i + 1 : subject.i]))
        ):
            return clause
    return None


def _of_phrase_ends(noun) -> set[int]:
    """Where the noun's own "of" phrases end ("hundreds of parents and villagers": the index of "villagers")."""
    return {c.right_edge.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i}


def _past_hung_on_a_noun(verb) -> bool:
    """ "The group, a coalition of staff, formed in recent weeks", "The company, which …, confirmed on
    Monday that …": a sentence the parser rooted on its subject noun, hanging the simple past on it as
    a participle right after the noun or after a comma; that past is the sentence's predicate."""
    if verb.pos_ not in ("NOUN", "PROPN", "PRON") or verb.dep_ != "ROOT":
        return False
    doc = verb.doc
    return any(
        t.dep_ in ("acl", "amod")
        and t.tag_ in ("VBN", "VBD")
        and (t.dep_ == "acl" or t.tag_ == "VBD")
        and t.pos_ == "VERB"
        and (
            t.head.i == verb.i
            or (t.head.dep_ in ("conj", "appos") and t.head.head.i == verb.i)
            or (t.dep_ == "amod" and t.head.head.i == verb.i)  # ("lost" on "defenseman", on "Matt Dumba")
        )
        and (
            doc[t.i - 1].text in (",", "-", "—", "–")  # ("The Palestinian Authority - which … - called for")
            or t.i - 1 == t.head.i
            # "The Wild lost defenseman Matt Dumba": a simple past the tagger saw, hung as a modifier
            or (t.dep_ == "amod" and t.tag_ == "VBD" and t.i < verb.i)
            # "Brock Nelson's second goal of the game 2:55 into overtime capped a frantic comeback": a
            # participle with a direct object of its own is a simple past (a passive takes none)
            or (t.head.i == verb.i and any(c.dep_ == "dobj" for c in t.children))
            # "Hundreds of parents and villagers protested outside the station": right after the subject's "of" phrase,
            # which the parser closed before hanging the past on the head noun
            or (t.head.i == verb.i and t.i - 1 in _of_phrase_ends(verb))
        )
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in t.children)
        # (not a list after a colon: "Jane Doe: possession of heroin, held in jail")
        and not any(doc[k].text == ":" for k in range(min(verb.i, t.i), max(verb.i, t.i)))
        for t in verb.subtree
    )


# The model lemmatises a contracted "be" with a typographic apostrophe as itself ("’re", "’m").
_BE_CONTRACTIONS = frozenset(("’re", "’m", "’s", "'re", "'m", "'s"))


def _perfect_or_past_aux(aux, verb) -> bool:
    """An auxiliary that makes the participle a perfect or a past: "was", "has", "had", "'ve", the get-passive's "got",
    and the contracted "'s" and "'d" where they stand for "has" and "had": "'s" before "been" ("He's been thrown into a
    limelight": "is been" is no English), parsed as the perfect's `aux` ("he’s begun stripping") or before an object, which a
    passive does not take ("She’s written three books"); "'d" before a participle
    with no "have" ("They’d just been fired", `_had_contracted`)."""
    if aux.lower_ in _PAST_AUX:
        return True
    if aux.lower_ == "got" and aux.dep_ == "auxpass":
        # "They got arrested", "He got appointed in May": the get-passive in the past, an act undergone; not a pattern
        # repeated over time ("Many people got hurt every year": GUIDE decision 438's fact)
        return not _recurring(verb)
    if aux.lower_ in ("'s", "’s"):
        after = aux.nbor(1) if aux.i + 1 < len(aux.doc) else None
        return (
            (after is not None and after.lower_ == "been")
            or (aux.dep_ == "aux" and aux.i < verb.i)
            or any(c.dep_ == "dobj" for c in verb.children)  # a passive takes no object: "She’s written three books"
        )
    return _had_contracted(aux, verb)


def _is_be(aux) -> bool:
    """A form of "be" among the verb's auxiliaries, contracted ones with a typographic apostrophe
    included ("We’re taking in billions", "they’re trying to buy time")."""
    return aux.lemma_ == "be" or aux.lower_ in _BE_CONTRACTIONS


_ANYONE = frozenset(("one", "someone", "anyone", "everyone", "somebody", "anybody", "everybody", "nobody"))


def _effect_of_a_thing_to_date(verb, subject) -> bool:
    """ "The floods have spurred the push for a sea wall", "the shortage has lent weight to calls for cheaper fares",
    "The scandal has captivated the capital": an affair, happening, find or thing as the subject of an active
    present-perfect verb with an object tells its effect up to now, a description (GUIDE decision 932: `fact`). The
    subject's head must be on claims.json `thing_effect.subject_nouns`: persons, groups, animals and machines the agent
    lexicon misses ("the suspect", "locals", "the horse", "the rocket"), works and budgets, parties' collective operations
    ("the hearing", "the talks") and sport happenings ("the goal") keep the tense rules (a single act: decision 439). Not
    where the clause or the subject gives a moment or the clause a figure ("Tuesday's earthquake", "which broke out on
    Monday", "has already flooded", "has flooded 40 homes"), nor a frame with someone to act ("has prompted the union to
    strike": decisions 711(a), 723) or a content clause, nor "help" (711(b)), nor a verb with no object, nor a measure as
    the object ("has eroded wages", "has lifted the index": decision 581's move), nor physical damage, killing or
    disruption unless it falls on a party, field, pursuit or cause ("has cut power", "has claimed a life": decision
    512(b)'s happening; not "has destroyed her career"), nor an aspectual verb on its own ("has begun its descent")."""
    if not _present_perfect(verb) or any(c.dep_ in ("auxpass", "ccomp", "xcomp", "csubj") for c in verb.children):
        return False
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
        return False
    lex = words()
    effect = lex.thing_effect
    if subject.lemma_.lower() not in effect["subject_nouns"] or verb.lemma_ in effect["not_verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not objects and not any(c.dep_ == "oprd" for c in verb.children):
        return False  # ("has not grown any easier": no object the effect falls on)
    if any(d.dep_ == "poss" and d.lower_ in ("its", "their") for o in objects for d in o.children):
        return False  # ("The ferry line has improved its punctuality": a change the subject made to its own, an act)
    if verb.lemma_ in lex.phases and not any(c.dep_ in ("oprd", "advmod", "prep") for c in verb.children):
        return False  # ("has begun its descent"; not "has kept him away from …", a state it holds him in)
    if any(_measure_object(o, effect) for o in objects):
        return False  # ("has dented exports", "has boosted the housing market": a measure's move, decision 581)
    if verb.lemma_ in effect["damage_verbs"] and not any(_field_or_party_object(o, effect) for o in objects):
        return False  # ("has destroyed the school", "has cut power", "has claimed a life": a happening's harm, 512(b))
    moment_adverbs = lex.moment_adverbs | effect["moment_adverbs"]
    if _told_at_a_moment(verb, subject) or any(
        c.dep_ in ("advmod", "npadvmod") and c.lower_ in moment_adverbs for c in verb.children
    ):
        return False  # ("has already flooded the road", "hours after the truce began")
    if any(t.lower_ in moment_adverbs or _moment_token(t) for t in subject.subtree):
        return False  # ("Tuesday's earthquake", "the blaze, which broke out on Monday,", "the overnight blaze")
    # no moment and no figure in what the verb governs ("since June", "has flooded 40 homes", "has cost $2 million")
    return not any(
        t.ent_type_ in ("DATE", "TIME") or t.ent_type_ in _AMOUNT_ENTITIES
        for c in verb.children
        if c.dep_ not in ("nsubj", "aux", "neg", "punct", "cc", "conj")
        for t in c.subtree
    )


def _moment_token(token) -> bool:
    """A date or time that names a moment, not a length of time ("Tuesday's", "last week"; not "nine years behind bars",
    "a month at sea")."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    noun = token if token.dep_ not in ("det", "nummod", "amod", "advmod", "quantmod") else token.head
    if noun.dep_ in ("nummod", "quantmod"):
        noun = noun.head
    return not (
        noun.lemma_ in words().duration_units and any(c.dep_ in ("det", "nummod") and c.lower_ != "that" for c in noun.children)
    )


def _measure_object(noun, effect) -> bool:
    """ "wages", "exports", "demand for steel", "the housing market", "revenue": a measure whose move the verb tells."""
    lemma = noun.lemma_.lower()
    return lemma in effect["measure_objects"] or lemma in words().compared_measures or noun.lower_ in words().compared_measures


def _field_or_party_object(noun, effect) -> bool:
    """ "her career", "the campaign", "the government", "investors": a party, field, pursuit or cause that a verb of damage
    can hit as an effect (GUIDE decision 932), not a place, building, supply or life harmed (512(b))."""
    if noun.lemma_.lower() in effect["field_objects"]:
        return True
    return noun.pos_ != "PRON" and (_is_agent(noun) or _people(noun))


def _result_state(verb, subject) -> bool:
    """ "The delays have left suppliers uncertain", "has made investors wary of …": the state a
    happening left something in, told by its adjective, is a description (a fact). A named party's act
    in the simple past ("Last month, Instagram made it possible for accounts to …", "The Sixers made it
    stressful") is what the party did on one occasion: no such description; nor is a party's "make" + an adjective
    in the simple past or the active present perfect ("I made sure the gate was shut", "he's made it easy for them":
    `_partys_own_result`, read before this)."""
    if verb.lemma_ not in words().results or _made_possible(verb) is not None:
        return False  # ("The deal made it possible for the club to sign …": an enabling, read like "enabled", 711(a), 723)
    if (
        verb.tag_ == "VBD"
        and subject is not None
        and (subject.pos_ == "PROPN" or subject.ent_type_ in _AGENT_ENTITIES)
        and _is_agent(subject)
    ):
        return False
    return bool(_result_adjectives(verb))


def _result_adjectives(verb) -> list:
    """The adjectives that tell the state a verb of result left its object in ("made it easy", "left them wary")."""
    return [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") and c.pos_ == "ADJ"]


def _partys_own_result(verb, subject) -> bool:
    """ "I made sure the towel was dry", "The firm has made sure of that", "She's made it easy for the new staff",
    "Acme made it harder to rent": "make" + an adjective told in the simple past or the active present
    perfect of a party (a person's pronoun, a named party, a body or people: `_is_agent`) tells what the party did,
    someone did something (the kind section; GUIDE decision 932: a party as subject keeps its own kind, a past act in
    the present perfect → `event`, decision 439). A thing, happening or quality as subject ("The storm has made roads
    unsafe", "the quality that made them perfect for signs") keeps decisions 864 and 932's effect, a `fact`; "made
    (it) clear/known" frames what the party said (decision 288: the content decides), and a generic class, a
    passive, a negation or a modal are left as they are."""
    if verb.lemma_ != "make" or subject is None or not _is_agent(subject):
        return False
    adjectives = _result_adjectives(verb)
    if not adjectives or _made_possible(verb) is not None:
        return False
    # (the parser may read the "’s" of "has" as a passive's "is" when the object stands as the adjective's subject:
    # "He's made it easy": "it" made easy, so no passive)
    has_misread = (
        subject.dep_ == "nsubjpass"
        and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
        and any(g.dep_ == "nsubj" for a in adjectives for g in a.children)
    )
    if subject.dep_ != "nsubj" and not has_misread:
        return False
    perfect = _present_perfect(verb) or has_misread
    if not (verb.tag_ == "VBD" or perfect) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if perfect and not _party_in_the_perfect(subject):
        return False  # ("Hurricane Ian has made the roads unsafe", "They [the tariffs] have made steel dearer": 932's fact)
    if not has_misread and any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or _generic(subject):
        return False
    return not any(a.lower_ in words().made_clear for a in adjectives)


_THING_ENTITIES = frozenset(("EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "FAC"))


def _party_in_the_perfect(subject) -> bool:
    """Whether a subject `_is_agent` took is a party for sure where decision 932 reads a thing's, happening's or affair's
    effect told in the present perfect as a `fact`: not "they" (the tariffs or the rains as often as a party), nor a
    name the model gives no party's type ("ChatGPT") or a thing's type (EVENT, LAW, PRODUCT, WORK_OF_ART, FAC: "The
    Olympics", "The Inflation Reduction Act", "The Golden Gate Bridge"), nor an illness (claims.json `disease_names`:
    "Covid-19"), a storm or natural force ("Hurricane Ian", `_natural_force`), a known programme or product
    (`_a_programme_or_thing`), or a name whose last word is a thing's, an event's or an affair's ("the Paris Agreement",
    "the Harlow Marathon", "the Suez Crisis": `thing_name_ends`, event names, `thing_effect.subject_nouns`)."""
    if subject.pos_ == "PRON":
        return subject.lower_ != "they"
    if subject.pos_ == "PROPN" and not subject.ent_type_ or subject.ent_type_ in _THING_ENTITIES:
        return False
    lex = words()
    name = " ".join(t.text for t in subject.subtree if t.dep_ != "det" and t.i <= subject.i)
    return not (
        name.casefold() in lex.disease_names
        or subject.lower_ in lex.thing_name_ends
        or subject.lower_ in lex.named_event_words
        or subject.lemma_.lower() in lex.thing_effect["subject_nouns"]
        or _natural_force(subject)
        or _a_programme_or_thing(subject)
    )


def _measure(verb) -> bool:
    """ "Revenues have totaled $63 billion", "the rate averaged 5.7 percent", "fares ranged from …":
    a figure or a total, however long it took to add up, is a fact (GUIDE: figures); so is a share told by a phrasal
    verb with a share or quantity as its object ("Writers made up 95% of the staff", claims.json `measure_phrasals`),
    not "was made up" or "made up a story" (invented), "made up the difference" (an act) nor "made up for the loss"."""
    lex = words()
    if verb.lemma_ in lex.measures:
        return True
    if verb.lemma_ in lex.level_stood_at and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and _an_amount(o) for o in c.children)
        for c in verb.children
    ):
        # "The index stood at 88.8", "The count stood at 40 votes": the level a figure was at, not a party's place
        # ("stood at the lectern")
        return True
    particle = lex.measure_phrasals.get(verb.lemma_)
    return (
        particle is not None
        and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
        and any(c.dep_ == "dobj" and _a_share(c) for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


_SHARE_ENTITIES = frozenset(("PERCENT", "CARDINAL", "QUANTITY"))
_AMOUNT_ENTITIES = _SHARE_ENTITIES | {"MONEY"}


def _an_amount(noun) -> bool:
    """ "88.8", "6.2 percent", "$4 million", "40 votes": a number or an amount, or a noun a number counts."""
    return (
        noun.like_num
        or noun.ent_type_ in _AMOUNT_ENTITIES
        or any(c.dep_ == "nummod" and (c.like_num or c.ent_type_ in _AMOUNT_ENTITIES) for c in noun.children)
    )


def _a_share(noun) -> bool:
    """ "95% of the staff", "nearly half of the voters", "the bulk of its sales": a share or a quantity (a PERCENT,
    CARDINAL or QUANTITY, or claims.json `share_nouns`), not a thing made up ("a story", "the difference")."""
    shares = words().share_nouns
    return any(t.ent_type_ in _SHARE_ENTITIES for t in noun.subtree) or noun.lemma_.lower() in shares


def _description(verb, subject) -> bool:
    """ "A cell meant for 35 held 155 men", "warnings covered a large area", "the video featured …",
    "text messages showed conversations between …": what a thing held, covered or showed describes
    the thing. A party's act ("the police held him"), and a scene a thing recorded ("the video showed
    officers asleep", "shows police beating protesters": a happening caught on it), are no such
    description. A day or a period that "marked" something ("2019 marked the end of an era for the mill", "Last year marked
    the hottest summer on record", "Sunday marked the tenth anniversary of the flood") is told of the time, which the
    parser may hang as the verb's adverb, no subject: the day is what it marked, as a copula names it (decision 393);
    an occasion a party or a body marked ("The museum marked the anniversary", claims.json `marked` `commemorated`) is a
    commemoration, an act."""
    lex = words()
    if verb.lemma_ not in lex.descriptions:
        return False
    if subject is None and verb.lemma_ in lex.marked["verbs"]:
        subject = _time_told_as_subject(verb)
    if subject is None or (_is_agent(subject) and not _no_party(subject)):
        return False  # (a day or a year is no party: "2019 marked the end of an era for the mill")
    if subject.lemma_.lower() in words().recordings or subject.lower_ in _ANYONE:
        return False  # (and "No one has shown symptoms": a person)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "Protests were held last year": the happening itself
    if verb.lemma_ == "hold" and any(c.dep_ == "dobj" and _held_as_an_act(c, verb, subject) for c in verb.children):
        return False  # "The couple held a dinner for donors", "Agents held Roe at the airport": what a party did
    marked = lex.marked
    if verb.lemma_ in marked["verbs"] and any(
        (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and c.i != subject.i)
        or (
            c.dep_ == "prep"
            and (c.lower_ in marked["means_prepositions"] or any(o.ent_type_ in ("DATE", "TIME") for o in c.children))
        )
        or c.dep_ == "agent"
        or (c.dep_ == "dobj" and c.lemma_.lower() in marked["commemorated"] and not _a_time(subject))
        for c in verb.children
    ):
        # "The crews marked the anniversary with a parade on Sunday", "The museum marked the centenary": a commemoration,
        # what the crews or the museum did
        return False
    return not any(
        c.dep_ == "dobj" and any(g.dep_ in ("acl", "amod", "oprd", "ccomp") and g.i > c.i for g in c.children)
        for c in verb.children
    ) and not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children)


def _a_time(noun) -> bool:
    """ "Sunday", "Last year", "2016": a date, a time or a year, which can be an anniversary but mark none."""
    return noun.ent_type_ in ("DATE", "TIME") or _year(noun)


def _time_told_as_subject(verb):
    """ "2019 marked …", "Last year marked …": a date or time before the verb, hung as its adverb ("npadvmod") where
    the clause has no subject: the time the clause is told of."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i and c.ent_type_ in ("DATE", "TIME")),
        None,
    )


def _held_as_an_act(held, verb, subject) -> bool:
    """What "hold" takes as an act, not as a thing's content: a gathering held (claims.json `had_happening_nouns`,
    `held_gathering_nouns`: "held a dinner", "held a vigil", "held talks"), or people held by a party that can act
    ("Agents held Roe at the airport", "investigators held two men", "held him": a detention), where a cell holding
    "155 men" or a tomb holding a named king describes the thing, and "held her in high esteem" tells a lasting regard
    (claims.json `held_in_regard_nouns`)."""
    lex = words()
    lemma = held.lemma_.lower()
    if lemma in lex.had_happenings or lemma in lex.held_gatherings:
        return True
    people = (
        held.ent_type_ == "PERSON"
        or (held.pos_ == "PRON" and held.lower_ in ("him", "her", "them", "me", "us"))
        or lemma in lex.human
        or lemma in lex.people
    )
    if not people or not (_is_agent(subject) or (subject is not None and _holder_of_people(subject.lemma_.lower()))):
        return False
    regard = lex.held_in_regard
    return not any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in regard for o in p.children)
        for p in verb.children
    )


def _holder_of_people(lemma) -> bool:
    """ "investigators", "officers", "guards": people who can detain others, not a cell or a tomb."""
    lex = words()
    return lemma in lex.agents or lemma in lex.people or lemma in lex.body_members or lemma in lex.finders


def _stative_passive(verb) -> bool:
    """A passive participle that tells what a thing is, not what was done to it: "was based on his
    notes", "were centered on health care", "were aged 18 to 30", "was designed to attract
    companies" (a purpose), "was built on secrecy", "was covered with ice" (what it held); not "was
    designed by a local firm" or "was built in 1930", which were done."""
    need = words().stative_passives.get(verb.lemma_)
    if need is None or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if need == "purpose":  # "designed to …", "meant for …"
        return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "at")) for c in verb.children)
    if need == "ground":  # "built on …", "built to be …"
        return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "around")) for c in verb.children)
    if need == "filling":  # "covered with moss", "engaged in talks"; not "was covered live", "was equipped in 1990"
        if _told_at_a_moment(verb):
            return False  # "was equipped with a radar in 2019", "were covered with sheets before …"
        held = any(  # "since 2015", "for years" (decision 439)
            c.dep_ == "prep" and c.lower_ in words().span_openers and any(t.ent_type_ == "DATE" for t in c.subtree)
            for c in verb.children
        )
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("with", "in")
            and not any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)
            and not any(t.dep_ == "prep" and t.lower_ == "by" for t in c.subtree)  # "with ventilators by the army"
            and not (
                c.lower_ == "in"
                and not held
                and verb.lemma_ in ("cover", "engage")
                and any(o.dep_ == "pobj" and _determined(o) for o in c.children)
            )
            for c in verb.children
        )
    return True


def _determined(noun) -> bool:
    """ "a closed session", "the memo": a noun with an article, a thing or an event named, not a stuff ("in graffiti",
    "in snow"): "covered in a closed session" tells what was dealt with there, "engaged in the search" an ongoing act
    (decision 430), not what a thing wears or is taken up with."""
    return any(c.dep_ == "det" for c in noun.children)


_RESPONSE_NOUNS = frozenset(("comment", "response", "reply"))

# The verbs of refusal GUIDE decision 75 names: "declined to", "refused to" + a verb.
_REFUSALS = frozenset(("decline", "refuse"))


def _refusal(verb, subject) -> bool:
    """ "declined to comment", "refused to give details", "is refusing to take part": a refusal + a to-infinitive;
    not "shares declined 0.3%", "the population has declined", "refused the offer" (no infinitive), nor a dummy
    subject's ("it declined to …" read as a thing)."""
    if verb.lemma_ not in _REFUSALS or (subject is not None and subject.dep_ == "expl"):
        return False
    xcomp = _xcomp(verb)
    return xcomp is not None and xcomp.i > verb.i


def _withheld_over_a_stretch(verb) -> bool:
    """ "would not comment until the investigation was complete", "would not discuss the contract during the season",
    "for years would not confirm", "would never comment again", "would not disclose data without a court order": the
    withholding set over a stretch, a habit or a condition, not one occasion (GUIDE decisions 107, 371, 673)."""
    lex = words()
    for child in verb.children:
        if child.dep_ == "neg" and child.lower_ == "never":
            return True
        if child.dep_ == "advmod" and child.lower_ in lex.narrative_would["adverbs"] | {"again", "ever"}:
            return True
        if child.dep_ == "prep" and child.lower_ in ("until", "till", "during", "without"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "for"
            and any(c.dep_ == "pobj" and c.lower_ in ("now", "years", "months", "weeks", "decades") for c in child.children)
        ):
            return True
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless", "until", "till") for m in child.children
        ):
            return True
        if child.dep_ in ("npadvmod", "prep") and any(
            t.dep_ == "det" and t.lower_ in lex.narrative_would["frequency_determiners"] for t in child.subtree
        ):
            return True
    return False


def _withheld_speech_verb(verb) -> bool:
    """ "would not comment", "wouldn't name the patient", "would not give details" (claims.json `withheld_speech`)."""
    lex = words().withheld_speech
    if verb.lemma_ in lex["verbs"]:
        return True
    return verb.lemma_ in lex["giving_verbs"] and any(c.dep_ == "dobj" and c.lower_ in lex["objects"] for c in verb.children)


def speech_withheld(verb) -> bool:
    """ "The firm would not comment on the recall", "The club wouldn't disclose the fee": a third party's negated "would"
    before a verb of answering or making known is the past of "will" in its sense of willingness, the speech not made on
    one occasion, an event with no modal frame (GUIDE decisions 296, 673); not the speaker's own hedge ("I wouldn't say
    that …", decisions 139, 558), the outcome of a condition ("would not comment if asked"), a reported "will" ("said it
    would not comment until …", decision 75), a habit or stretch ("for years would not confirm", decision 371), a future
    in the past ("would never comment again", decision 107) nor a generic party ("A responsible club would not …",
    decision 162)."""
    if not _withheld_speech_verb(verb) or verb.tag_ not in ("VB", "VBZ", "VBP"):
        return False  # ("would not divulge": the parser may tag the bare verb as a present)
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "’d", "'d") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("i", "we", "you"):
        return False
    if not _negated(verb) and not any(
        (c.dep_ == "det" and c.lower_ in ("neither", "no"))
        or (c.dep_ == "preconj" and c.lower_ == "neither" and _paired_correlative(c))
        for c in subject.children
    ):
        # ("Neither team would comment": the subject's determiner negates; "Neither the ministry nor the army would
        # comment": the list's "neither … nor" pairing two parties, decision 383)
        return False
    determiner = next((c.lower_ for c in subject.children if c.dep_ == "det"), None)
    if determiner == "any" or (determiner in ("a", "an") and not any(c.dep_ == "prep" for c in subject.children)):
        return False  # "A responsible club would not reveal …": a generic party, a supposing "would" (decision 162)
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in words().saying:
        return False  # "The company said it would not comment until …": the speaker's own refusal ahead (decision 75)
    return not _withheld_over_a_stretch(verb)


def _no_comment(verb) -> bool:
    """ "There was no immediate comment from Assange", "The office had no comment": a party gave no
    answer when asked, the happening that "declined to comment" tells (an event)."""
    if verb.lemma_ not in ("be", "have") or verb.tag_ != "VBD":
        return False
    return any(
        c.dep_ in ("attr", "dobj")
        and c.lemma_.lower() in _RESPONSE_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _witnessed(verb) -> bool:
    """ "Noem saw the Twitter reaction", "I didn't really see him coming", "People were seen wearing
    layers": seeing, told in the simple past, is a happening; not a judgement ("saw winning as the
    most important step", "see it as a test": GUIDE's opinions) nor what a place or a period saw
    ("has seen an inch of rain")."""
    if verb.lemma_ != "see" or verb.pos_ != "VERB":
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children):
        # "People were seen wearing layers", "she was seen feeling faint": a scene someone saw
        return any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > verb.i for c in verb.children)
    if not (verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)):
        return False
    # (the parser may hang "as" on the judgement's adjective: "saw the investigations as separate")
    return not any(t.lower_ == "as" and t.dep_ in ("prep", "advmod", "mark") for t in verb.subtree)


def _move_told_by_a_noun(verb, subject) -> bool:
    """ "There has been a sharp rise in fares", "There was a drop in turnout", "The chain saw a 9% decline in sales",
    "Importers have seen price increases": one measure's move told by a noun of change (claims.json `change_nouns`) that
    names the measure (an "in" phrase or a noun before it), as what there was or what a party, place or period saw, in
    the simple past or a perfect, is the move itself (GUIDE decision 581: event). Not the present ("when it is switched
    on, there is an increase in …": what happens each time), a negation ("hasn't seen a drop"), nor a noun without its
    measure ("saw a drop of rain"). Nor a recurring move ("Each winter there was a spike in …", `_recurring`), a
    study's or trial's measured result ("In the trial, there was a 20 percent reduction in deaths": decision 270), nor
    a judgement ("Analysts saw a rise in rates as likely")."""
    if not (verb.lemma_ == "be" and subject is not None and subject.dep_ == "expl") and verb.lemma_ != "see":
        return False
    children = list(verb.children)
    # (the contracted "'s" of "There's been a rise" is parsed as a passive's "be": `_perfect_or_past_aux`)
    perfects = [c for c in children if c.dep_ in ("aux", "auxpass") and (c.lemma_ == "have" or _perfect_or_past_aux(c, verb))]
    told_in_the_past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(c.lemma_ == "have" or c.lower_ in ("'s", "’s") for c in perfects)
        and not any(c.dep_ == "auxpass" and c not in perfects for c in children)
    )
    if not told_in_the_past or _negated(verb) or _recurring(verb):
        return False
    if any(t.lemma_.lower() in words().studies and t.dep_ in ("pobj", "nsubj") for t in verb.subtree):
        return False  # a study's measured result (GUIDE decision 270)
    if verb.lemma_ == "see" and any(c.lower_ == "as" and c.dep_ in ("prep", "mark") for c in verb.children):
        # "saw a rise in rates as likely": a judgement (as `_witnessed`); not an "as" of the object's own ("such as
        # motors") nor of a comparison further on ("not quite as bad as …")
        return False
    nouns = words().change_nouns
    # (the parser may hang the "in" phrase on the verb, right after the noun: "There has been a spike in attacks")
    measures_on_the_verb = {g.i for g in verb.children if g.dep_ == "prep" and g.lower_ == "in"}
    return any(
        c.dep_ == ("attr" if verb.lemma_ == "be" else "dobj")
        and c.lemma_.lower() in nouns
        and not any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        and (
            any((g.dep_ == "prep" and g.lower_ == "in") or g.dep_ == "compound" for g in c.children)
            or c.right_edge.i + 1 in measures_on_the_verb
        )
        for c in verb.children
    )


def _happening_there_was(verb, subject) -> bool:
    """ "There were violent scuffles after the verdict", "At the ceremony there was an invocation", "there was a blast near
    the station": a simple past "there was/were" whose noun names a one-off happening (claims.json
    `there_was_happening_nouns` and the gatherings and disasters of `habit_occasion.happenings`) tells that it took
    place, an event (the kind section's "something occurred"). Not a perfect ("There have been some clashes": a run up
    to now), a negation ("there was no protest"), a recurring happening ("Each spring there was a flood"), nor a count
    ("there were 40 attacks in 2019": a figure, GUIDE decision 305)."""
    if verb.lemma_ != "be" or verb.tag_ not in ("VBD", "VBN") or subject is None or subject.dep_ != "expl":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and [a.lower_ for a in auxes] == ["had"]:
        auxes = []  # ("There had been a riot at the prison weeks earlier": the past perfect tells it took place too)
    if auxes or _negated(verb) or _recurring(verb):
        return False
    lex = words()
    return any(
        c.dep_ == "attr"
        and c.lemma_.lower() in lex.there_was_happenings
        and not any(
            g.dep_ == "nummod" or (g.dep_ in ("det", "amod") and g.lower_ in ("no", "any", "little", "much")) for g in c.children
        )
        # (not a quantity or a figure: "a flood of complaints", "a clash of cultures")
        and not (
            c.lemma_.lower() in lex.there_was_figurative_of and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        )
        for c in verb.children
    )


_ATTEMPTS = frozenset(("try", "attempt", "seek"))


def _infinitive_among(head, lemmas):
    """The infinitive that `head` governs ("love" of "You gotta love it", "see" of "surprised to see") whose verb is one of
    `lemmas`; else None."""
    return next(
        (c for c in head.children if c.dep_ == "xcomp" and c.lemma_ in lemmas and any(a.dep_ == "aux" for a in c.children)),
        None,
    )


def _one_moment_object(preposition, objects) -> bool:
    """ "On Monday", "at noon", "during the night of the blast at 3 a.m.": a date or time object of one moment; not a
    recurrence ("On Mondays", a plural day) nor a span after "during" ("during the 1990s", "during 2023", "during the
    summer", "during the past decade": how long something held, decision 278), where only a time of day or a day's name
    places one moment."""
    for g in objects:
        day = g.lower_ in _WEEKDAY_NAMES
        if preposition == "during":
            if day or g.ent_type_ == "TIME":
                return True
        elif preposition == "in":
            # "in March", "in 2019", "in late April"; not "in the 1980s", "in the summer", "in the past decade"
            spanned = (
                g.lower_ in words().span_object_nouns
                or g.tag_ == "NNS"
                or g.lower_.endswith("s")
                or g.lower_ in ("past", "recent")
            )
            if g.ent_type_ == "DATE" and not spanned:
                return True
        elif day or (g.ent_type_ in ("DATE", "TIME") and g.lower_[:-1] not in _WEEKDAY_NAMES):
            return True
    return False


def _past_copula(be, head=None) -> bool:
    """ "was", "were", and the past perfect "had been" / "'d been" (its "had" on `head`, or on "been" itself)."""
    if be.lemma_ != "be":
        return False
    if be.tag_ == "VBD":
        return True
    holder = head if head is not None else be
    return be.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in holder.children)


def _reaction_infinitive(adjective, lemmas):
    """The infinitive of perceiving after a reaction adjective: its xcomp ("surprised to see"), or the advcl the parser
    makes of it when a phrase comes between ("were stunned, after the vote, to find …")."""
    return _infinitive_among(adjective, lemmas) or next(
        (
            c
            for c in adjective.children
            if c.dep_ == "advcl" and c.lemma_ in lemmas and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _reaction_at_one_moment(verb) -> bool:
    """ "After the launch, the crew were surprised to see the hatch held", "On Monday she was shocked to learn that …", "we
    were stunned to see the post yesterday": a past copula with an adjective of feeling (claims.json reaction_adjectives)
    and the infinitive of a verb of perceiving or learning, placed at one moment by a time clause, a time word or a phrase
    with a date of its own, tells a reaction that happened then (GUIDE decision 486: event). With no moment ("Scientists
    were surprised to find that the hatch held") the copula states a feeling (a fact, decision 278); a date inside the
    object or a relative clause ("to find a receptor, a finding she reported in 2009") places nothing."""
    lex = words()
    # a negation gives the polarity, not a state ("was not surprised to learn on Monday …": decisions 246, 486)
    if _past_copula(verb):
        adjective = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in lex.reaction_adjectives), None)
    elif verb.lower_ in lex.reaction_adjectives and any(
        c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" and _past_copula(c, verb) for c in verb.children
    ):
        adjective = verb  # (the parser may make the adjective the head, "were" its passive auxiliary)
    else:
        return False
    if adjective is None:
        return False
    perceived = _reaction_infinitive(adjective, lex.reaction_perceptions)
    if perceived is None:  # "shocked and saddened to learn": the parser hangs the infinitive on the second adjective
        for other in (c for c in adjective.children if c.dep_ == "conj" and c.lower_ in lex.reaction_adjectives):
            perceived = perceived or _reaction_infinitive(other, lex.reaction_perceptions)
    if perceived is None:
        return False
    if any(_frequency(t) for t in {verb, adjective, perceived}):
        return False  # a habit or a recurring reaction ("were often surprised", "Each morning, …": decisions 46, 438)
    # what is seen or heard as it happens ("to see Messi score twice on Saturday"): its date is the reaction's moment
    seen = [
        c
        for c in perceived.children
        if perceived.lemma_ in ("see", "watch", "hear")
        and c.dep_ == "ccomp"
        and c.tag_ in ("VB", "VBG")
        and not any(m.dep_ == "mark" for m in c.children)
    ]
    sights = [g for c in seen for g in c.children]
    for child in (*verb.children, *(adjective.children if adjective is not verb else ()), *perceived.children, *sights):
        if child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _TIME_MARKS for m in child.children):
            return True  # ("After comet Lovejoy made its approach, the scientists were surprised to see …")
        if (
            child.dep_ == "advcl"
            and child.lemma_ != "be"
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        ):
            return True  # a clause of time ("As the votes were counted, …"), not a copula of cause ("as it was late")
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            return True  # ("were shocked to see her post yesterday")
        objects = [g for g in child.children if g.dep_ in ("pobj", "dobj")] if child.dep_ == "prep" else []
        if child.lower_ in words().reaction_happening_prepositions and objects:
            return True  # ("After the launch, the crew were surprised to see …", "following the match": one happening)
        if child.lower_ in words().reaction_moment_prepositions and _one_moment_object(child.lower_, objects):
            return True  # ("On Monday she was shocked to learn …")
    return False


def _passive_read_as_adjective(verb) -> bool:
    """ "That movie was poorly-received by critics", "The dollar was little changed against …": a past
    participle the parser made the complement of "was", with an agent or a modifier of its own, is a
    past passive (a happening); not a bare one ("It was unscheduled"), one of degree ("was very
    moved") nor one of feeling held by a person at no given moment ("I was excited by the offer": a state of mind,
    GUIDE decision 278; `_feeling_held`)."""
    if verb.lemma_ != "be" or verb.tag_ != "VBD":
        return False
    lex = words()
    return any(
        c.dep_ == "acomp"
        and c.tag_ == "VBN"
        and not _feeling_held(c, next((s for s in verb.children if s.dep_ == "nsubj"), None))
        and any(g.dep_ in ("agent", "advmod", "prep") for g in c.children)
        and not any(g.lower_ in lex.degree for g in c.children)
        for c in verb.children
    )


def _game_tally(verb) -> bool:
    """ "Jason Zucker had a goal and an assist", "Rondo had eight points and 10 assists": what a player
    had in a game, told in the simple past, is what he did in it (an event), unlike what a party had
    ("had a fleet of 270 aircraft", "had no comment"). Box-score abbreviations count as the nouns they stand for
    ("had two INTs", "had 11 Ks": claims.json `tally_nouns`). A shooting line told with "was" ("From then on he was 6 for
    8", "The Hawks were 2 for 12 on third down") counts the attempts made of those taken (GUIDE decision 524: event)."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.lemma_ == "be":
        subject = subject_of(verb)  # (a player or a team: "The score was 3 for 2", "It was 60 for 40" are no one's line)
        return (
            subject is not None
            and (
                (subject.pos_ == "PRON" and subject.lower_ not in _NO_ONES_PRONOUNS)
                or subject.pos_ == "PROPN"
                or _is_agent(subject)
            )
            and not (subject.tag_ == "NNS" and not any(g.dep_ in ("det", "poss") for g in subject.children))  # (a class)
            and any(c.dep_ == "attr" and _a_line_of_attempts(c) for c in verb.children)
            and not any(  # ("was 2 for 2 in the primaries", "0 for 2 at trial": a record of contests, not of play)
                t.dep_ == "pobj" and t.lemma_.lower() in words().non_play_contests for t in _clause_tokens(verb, with_xcomp=False)
            )
        )
    if verb.lemma_ != "have":
        return False
    subject = subject_of(verb)
    by_a_player = subject is not None and (
        (subject.pos_ == "PRON" and subject.lower_ not in _NO_ONES_PRONOUNS) or subject.pos_ == "PROPN" or _is_agent(subject)
    )
    return any(
        c.dep_ == "dobj" and (_a_tally(c, by_a_player) or any(g.dep_ == "conj" and _a_tally(g, by_a_player) for g in c.children))
        for c in verb.children
    )


def _a_tally(noun, by_a_player) -> bool:
    """A box-score noun (claims.json `tally_nouns`), a capitalised abbreviation's plural "-s" dropped ("INTs", "Ks");
    "K" only for a player or a team ("The petition had 20K": a thousand)."""
    text = noun.text[:-1] if len(noun.text) > 1 and noun.text[-1] == "s" and noun.text[:-1].isupper() else noun.lemma_
    lemma = text.lower()
    return lemma in words().tallies and (lemma != "k" or by_a_player)


_NO_ONES_PRONOUNS = frozenset(("it", "this", "that", "these", "those"))
_LINE_OF_ATTEMPTS = re.compile(r"(\d+)\s*-?\s*(?:for|of)\s*-?\s*(\d+)\b", re.I)


def _a_line_of_attempts(attr) -> bool:
    """ "8 for 14", "8-for-14", "6 of 11", "2-of-12": a number made of another bare number (no noun after it, unlike "5
    for 10 dollars" or "1 of 5 candidates"), read off the words from the attribute on, since spaCy splits "8-for-14"
    into "8", "-", "for-14", takes "6 of 11" as a preposition and may hang "for 8" on the verb."""
    if not any(t.like_num for t in attr.subtree):
        return False
    span = attr.doc[attr.left_edge.i : attr.head.right_edge.i + 1]
    found = _LINE_OF_ATTEMPTS.match(span.text)
    if found is None:
        return False
    end = span.start_char + found.end(2)
    after = next((t for t in span if t.idx >= end), None)
    return after is None or after.pos_ not in ("NOUN", "PROPN")


def _had_a_happening(verb) -> bool:
    """ "He once had a brief meeting with the chairman", "Uber had an interesting response", "We had some issues",
    "The drug had a transformative effect within two days": a simple past "had" whose object names a happening
    (claims.json `had_happening_nouns`) tells what the party went through, an event, unlike what it owned or was
    ("had a fleet of 270 aircraft", "had a role in"); a perfect ("has had a remarkable career"), a modal ("may have
    had an impact") or a negation ("had no issues") is left to the other rules. The past progressive ("The envoy was
    having lunch with the minister when …") tells the happening under way at that moment, an event too; the present
    progressive ("Firms are having very different experiences") tells how things stand now."""
    if verb.lemma_ != "have":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    simple_past = verb.tag_ == "VBD" and not auxes
    past_progressive = verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lower_ in ("was", "were")
    if not (simple_past or past_progressive):
        return False
    if _negated(verb) or _recurring(verb):
        return False  # ("had lunch with his grandfather every Sunday", "had dinner with donors twice a month": a habit)
    nouns = words().had_happenings
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in nouns
        and not any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        # (not a happening ahead or pending: "had a trip to Kyiv planned for next week", "had a session booked", "had a
        # tough call to make")
        and not any(g.dep_ in ("acl", "relcl") and (g.tag_ == "VBN" or _to_infinitive(g)) for g in c.children)
        for c in verb.children
    )


def _to_infinitive(verb) -> bool:
    """ "to make": a verb with its infinitive "to"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _recurring(verb) -> bool:
    """ "each winter", "every Sunday", "twice a month", "often": the verb's clause tells a habit or a recurrence
    (`_told_as_a_habit`, a rate, an "every"/"each" time, claims.json `past_habit_adverbs`), no one happening (GUIDE
    decisions 371, 438)."""
    if _told_as_a_habit(verb):
        return True
    lex = words()
    if any(c.dep_ == "advmod" and c.lower_ in lex.past_habit_adverbs for c in verb.children):
        return True
    tokens = _clause_tokens(verb)
    return any(_counts_are_a_rate(t) for t in tokens) or any(
        t.dep_ == "det"
        and t.lower_ in ("every", "each")
        and (t.head.ent_type_ in ("DATE", "TIME") or t.head.lemma_ in lex.rate_units)
        for t in tokens
    )


def _counted_record(verb) -> bool:
    """ "has won three in a row", "has killed 3,338", "have won just five matches": a perfect whose object is a bare
    number, or contests counted, sums happenings over a span (the kind then follows who did them, see kind())."""
    if verb.tag_ != "VBN" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj"
        and c.ent_type_ not in ("MONEY", "PERCENT")
        # (a number alone, or with an adjective standing for the series: "five straight")
        and (
            c.tag_ == "CD"
            or (c.pos_ == "ADJ" and any(g.dep_ == "nummod" for g in c.children))
            # "Spurs have won just five matches this season", "had won all previous 15 meetings": contests
            # counted (not "have purchased 208,560 vehicles", a happening's size)
            or (verb.lemma_ in _CONTEST_RESULTS and any(g.dep_ == "nummod" and g.tag_ == "CD" for g in c.children))
        )
        for c in verb.children
    )


_CONTEST_RESULTS = frozenset(("win", "lose", "draw", "tie"))


def _emerged(verb) -> bool:
    """ "It first appeared in 2014": "appear" with no complement tells that something came into
    being or view (an event), not how it seems ("appeared to be", "appeared calm")."""
    return (
        verb.lemma_ == "appear"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("xcomp", "acomp", "attr", "ccomp", "oprd") for c in verb.children)
    )


def _staying_on(verb, subject) -> bool:
    """ "Lee will remain acting mayor", "Ortiz will remain a part of the team", "Kim will stay on as treasurer":
    a named person who will keep a post or a role (a noun after the verb, or "as" + one); not a thing's state
    ("the screen will remain 13 inches") nor a state of mind ("will remain hopeful")."""
    return (
        verb.lemma_ in words().staying_on
        and subject is not None
        and subject.ent_type_ == "PERSON"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(
            (c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN"))
            or (c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children))
            for c in verb.children
        )
    )


def _seeming_act(verb) -> bool:
    """ "The board appeared to have backed the plan", "The pills seemed to speed up her recovery", "Their
    pleas didn't appear to win support": a hedged telling of what a party or a thing did, read through the
    infinitive (GUIDE: what happened is an event). The frame must be past or the infinitive perfect, and the
    infinitive an act: not a state ("appears to be", "seemed to know"), not a present habit ("appears to
    use"), not a passive ("appears to have been ditched"), not a change to a state ("seemed to grow bigger",
    "appear to have made it harder"), not a bare stance ("appeared to agree")."""
    lex = words()
    if verb.lemma_ not in lex.seeming:
        return False
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i), None)
    if act is None or not any(c.dep_ == "aux" and _infinitive_to(c) for c in act.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in act.children) and act.tag_ == "VBN"
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    if not (past or perfect):
        return False
    return (
        act.lemma_ not in ("be", "have")
        and act.lemma_ not in lex.stative
        and act.lemma_ not in lex.undergone
        and not any(c.dep_ == "auxpass" for c in act.children)
        and not any(c.dep_ in ("acomp", "oprd", "ccomp", "attr") or c.tag_ in ("JJR", "RBR") for c in act.children)
        # (a perfect tells a thing done; otherwise what was done, or where: "appeared to agree" alone tells a stance)
        and (perfect or any(c.dep_ in ("dobj", "dative", "prep", "prt") for c in act.children))
    )


def _a_happening_in_change(subject) -> bool:
    """ "The storm", "the fire", "the protest", "the clashes": a happening or a natural force as the subject of a change
    of condition (claims.json habit_occasion `happenings`, natural_force_words, condition_changes `happening_subjects`),
    whose change is itself a happening (GUIDE decision 393: no happening as subject and verb)."""
    if subject is None:
        return False
    lex = words()
    lemma = subject.lemma_.lower()
    return lemma in lex.occasion_happenings or lemma in lex.natural_forces or lemma in lex.condition_changes["happening_subjects"]


def _size_or_force_complement(verb) -> bool:
    """ "has grown stronger", "the crowd has grown larger": an adjective of claims.json `trend_told`
    `physical_comparatives` as the complement tells one thing's size or force, not a condition come to (decision 854)."""
    return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in words().physical_comparatives for c in verb.children)


def _condition_changing(verb, subject) -> bool:
    """ "The mice were becoming obese", "They were getting healthier", "The movement is gaining strength", "He is
    improving", "Lee is doing well": a progressive that tells a change under way in the subject's own condition
    (claims.json `condition_changes`) is a state the subject is in, with no party acting (GUIDE decision 393's
    change-of-state verb; the kind section's states), whoever the subject is. Not an act readied ("were getting ready to
    leave"), a role taken ("is becoming a member of the board"), a passive "get" ("got stepped on"), a measure's move
    ("Shares are gaining 3%", "The Nasdaq is gaining momentum"), nor an act on an object ("is improving the app"); nor a
    happening as subject ("The storm is gaining strength", decision 393: no happening as subject and verb). Recovering
    "from" an illness, injury or operation (`ailments`) is a condition; "from" anything else ("from the losses") is not."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and _is_be(c) for c in verb.children) or _negated(verb):
        return False
    lex = words()
    changes = lex.condition_changes
    if _a_happening_in_change(subject):
        return False  # ("The storm is gaining strength", "The fire is growing larger": a happening, decision 393)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "auxpass", "xcomp", "ccomp")]
    if verb.lemma_ in changes["linking"]:
        adjectives = [c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
        # (an act readied, "getting ready to leave / for the trip", is no condition; "growing impatient with" is)
        readied = any(
            a.lemma_.lower() in changes["readied_adjectives"] or any(g.dep_ == "xcomp" for g in a.children) for a in adjectives
        )
        return bool(adjectives) and not objects and not readied
    if verb.lemma_ in changes["gained"]:
        if subject is not None and _a_measure_or_index(subject):
            return False  # ("The Nasdaq is gaining momentum": a measure's move, decision 581)
        return len(objects) == 1 and objects[0].dep_ == "dobj" and objects[0].lemma_.lower() in changes["gained_nouns"]
    if verb.lemma_ in changes["intransitive"]:
        # (recovering "from" an illness, injury or operation is the subject's condition; "from the losses" a move)
        sources = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"]
        return not objects and all(o.lemma_.lower() in changes["ailments"] for o in sources)
    if verb.lemma_ == "do":
        return not objects and any(c.dep_ == "advmod" and c.lower_ in changes["doing_adverbs"] for c in verb.children)
    return False


def _condition_reached(verb, subject) -> bool:
    """ "Deficit hawks have gone silent", "Wall Street has grown wary of the sector", "We've gotten used to the noise",
    "Relations had turned brittle": a perfect, present or past, of a verb of claims.json `condition_changes` `reached`
    with an adjective tells the condition the subject has come to be in, as `_condition_changing` reads the progressive
    (GUIDE decision 393's change-of-state verb with no happening at a given moment: fact). Not a change that is itself a
    happening (`happening_adjectives`: "the clip has gone viral", "the firm has gone bust"; a participle of "get" not
    one of `held_participles`: "have gotten married"), a role taken ("has turned professional"), an act readied ("have
    gotten ready"), a change placed at a moment ("by noon the crowd had grown restless", "soon the streets had gone
    quiet", "had grown angry by dawn": claims.json `becoming_moment`, `moment_nouns`; decisions 267, 603), a happening
    or a measure as subject ("the storm has grown stronger", "the protest has turned violent", "shares have gotten
    cheaper": decisions 393, 581), a negated perfect (left as the negated progressive is), a passive ("got stepped on")
    or an act on an object."""
    if not _present_perfect(verb, or_past=True) or _negated(verb):
        return False  # (a negated perfect is left as the negated progressive is: "has not grown (any) easier")
    lex = words()
    changes = lex.condition_changes
    if verb.lemma_ not in changes["reached"]:
        return False
    adjectives = [c for c in verb.children if c.dep_ == "acomp"]  # (a participle too: "have gotten used to")
    if not adjectives or any(
        a.lower_ in changes["happening_adjectives"]
        or a.lemma_.lower() in changes["readied_adjectives"]
        or (verb.lemma_ == "go" and a.lower_ in changes["gone_adjectives"])
        for a in adjectives
    ):
        return False  # ("has gone bust", "has gone dark", "has turned professional", "have gotten ready for the storm")
    if verb.lemma_ == "get" and any(a.tag_ == "VBN" and a.lower_ not in changes["held_participles"] for a in adjectives):
        return False  # ("have gotten married": a happening; "have gotten used to" is a condition)
    if _size_or_force_complement(verb):
        return False  # ("Cyclone Ada has grown stronger", "the queue has grown longer": one thing's size or force, 854)
    if any(c.dep_ in ("dobj", "attr", "oprd", "auxpass", "ccomp") for c in verb.children):
        return False
    if _a_happening_in_change(subject) or (subject is not None and _a_measure_or_index(subject)):
        return False
    if _becoming_moment_on(verb) or any(
        t.dep_ == "pobj" and t.lemma_.lower() in changes["moment_nouns"] for a in adjectives for t in a.subtree
    ):
        return False  # ("Soon the streets had gone quiet", "the crowd had grown angry by dawn", decisions 267, 603)
    return not _told_at_a_moment(verb, subject)


def _a_measure_or_index(subject) -> bool:
    """ "the Nasdaq", "the index", "prices", "turnout": a measure or a market index (claims.json `move_copula`
    `index_words` and `measures`, `trend_told` `measure_subjects`), whose gain is a move (GUIDE decision 581)."""
    lex = words()
    lemma = subject.lemma_.lower()
    return lemma in lex.move_copula["index_words"] or lemma in lex.move_copula["measures"] or lemma in lex.trend_measure_subjects


def _changing(verb) -> bool:
    """ "Prices are climbing", "pollutants have been accumulating": a figure or amount moving now is
    a happening under way (GUIDE: something rose, fell), whoever or whatever the subject is."""
    return verb.tag_ == "VBG" and verb.lemma_ in words().changes and any(c.dep_ == "aux" and _is_be(c) for c in verb.children)


_FIGURE_ENTITIES = _AMOUNT_ENTITIES | {"DATE", "TIME"}


def _figure_or_time_on(verb, subject) -> bool:
    """A figure, a date or time, a stated period or a session on the verb's own phrases (not its subject, nor a clause of
    its own): "rose 3%", "since 2012", "over the past month", "in premarket trading", "in response" (claims.json
    `trend_told.moment_nouns`); such a change is a measure's move (GUIDE decisions 581, 775), not a trend."""
    skip = set(subject.subtree) if subject is not None else set()
    lex = words()
    for child in verb.children:
        if child.dep_ == "advcl" and _since_clause_of_time(child):
            return True  # ("has improved since the timetable came in": a stated period)
        if child in skip or child.dep_ in ("nsubj", "nsubjpass", "ccomp", "parataxis", "conj", "advcl", "cc", "punct"):
            continue
        if child.dep_ == "prep" and child.lower_ in lex.span_openers and _a_period(child):
            return True  # ("since then", "for years", "over the past decade": a stated period; not "for migrants")
        if child.dep_ == "advmod" and child.lower_ in lex.trend_move_adverbs:
            return True  # ("prices are climbing again": one move renewed)
        # A count inside a phrase of place or a relative clause ("across the 27 member states", "where 40% of
        # residents rent") is not the move's figure: only the verb's own objects and a by/to/from phrase give it.
        sized = child.dep_ != "prep" or child.lower_ in ("by", "to", "from")
        clauses = {t for r in child.subtree if r.dep_ == "relcl" for t in r.subtree}
        for token in child.subtree:
            if token in clauses:
                continue
            if token.ent_type_ in ("DATE", "TIME") or (sized and (token.like_num or token.ent_type_ in _FIGURE_ENTITIES)):
                return True
            if token.lemma_.lower() in lex.trend_moment_nouns and token.head.lower_ == "in":
                return True
    return False


def _a_period(prep) -> bool:
    """ "since then", "for years", "over the past month", "throughout 2023": a span opener whose object is a time (a
    date, a length or span noun, "the past/last …"); not "for migrants at the border" or "throughout the region"."""
    if prep.lower_ == "since":
        return True
    lex = words()
    units = lex.duration_units | lex.span_nouns
    for token in prep.subtree:
        if token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in units or token.lower_ in ("past", "last"):
            return True
    return False


def _a_things_change(verb, subject) -> bool:
    """The subject is a thing, a field, a measure or a quality, not a party acting, and the verb takes no object."""
    if subject is None or subject.dep_ not in ("nsubj", "csubj") or _is_agent(subject):
        return False
    if subject.ent_type_ in _AGENT_ENTITIES or subject.lower_ in _PERSONAL_PRONOUNS:
        return False
    return not any(c.dep_ in ("dobj", "dative", "prt", "xcomp", "ccomp") for c in verb.children)


def _reaction_drawn_over_a_span(verb, subject) -> bool:
    """ "The club has received criticism after it raised ticket prices", "The board has drawn praise for its timetable",
    "The minister has come under fire": a specific party that has received, drawn or come under a mass noun of others'
    reaction (claims.json `reaction_drawn`), with no count and no moment, tells its standing situation built up over a
    span (GUIDE decision 784: fact, like 415's "is facing criticism"); a clause or phrase that only places it after an
    earlier happening names no moment. A reaction at a moment or on one occasion ("drew criticism at the gala", "on
    Monday"), a counted one ("has received three complaints") and the critics' own acts stay events."""
    if not _present_perfect(verb) or any(c.dep_ == "auxpass" for c in verb.children) or not _is_agent(subject):
        return False
    lex = words()
    if verb.lemma_ in lex.reaction_drawing:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    elif verb.lemma_ == "come":
        objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children if o.dep_ == "pobj"]
    else:
        return False
    if not objects or objects[0].lemma_.lower() not in lex.reactions_drawn or objects[0].tag_ != "NN":
        return False
    of_phrase = any(p.dep_ == "prep" and p.lower_ == "of" for p in objects[0].children)
    if any(
        g.dep_ in ("nummod", "det")
        and g.lower_ not in lex.reaction_uncounted_determiners
        and not (g.lower_ == "the" and of_phrase)
        for g in objects[0].children
    ):
        return False  # ("a standing ovation", "three complaints": one reaction, or counted)
    # A "for"/"over" phrase on the verb or the reaction gives its reason; a date in it dates the reason ("has drawn
    # criticism for cancelling flights last week"), not the reaction.
    reasons = {
        t
        for head in (verb, objects[0])
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in lex.reason_prepositions
        for t in p.subtree
    }
    for child in verb.children:
        if child.dep_ in ("conj", "cc", "punct"):
            continue  # (a second clause, or a noun the parser hung on the verb, places nothing of this one's)
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.reaction_after_words for m in child.children):
            continue  # ("after it raised ticket prices": placed after an earlier happening, no moment)
        if child.dep_ == "prep" and child.lower_ in lex.reaction_after_words:
            continue  # ("after serving a two-year ban in 2001")

        if child.dep_ == "prep" and child.lower_ in lex.reaction_occasion_prepositions:
            return False  # ("at the gala", "on the opening night")
        if any(t.ent_type_ in ("DATE", "TIME") and t not in reasons for t in child.subtree):
            return False
    return True


def _trend_told_in_the_present(verb, subject) -> bool:
    """ "New car prices are climbing", "the overall size of this market is increasing rapidly", "rates of infection are
    falling", "the trade in used boats is growing fast": a measure, a market or a run of happenings said in the present
    progressive to rise or fall, with no figure, no moment and no stated period, describes a tendency that holds now
    (GUIDE decisions 726, 732, 775: fact). A move given a figure, a moment or a period ("Shares are dropping in premarket
    trading", "stocks are tumbling in response"), a party's own act ("The party is mounting a campaign") and the present
    perfect progressive ("pollutants have been accumulating", read as a move under way) stay events (`_changing`)."""
    if not _changing(verb) or any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in verb.children):
        return False
    if not _a_things_change(verb, subject) or not any(_a_trend_subject(s) for s in _subject_heads(verb, subject)):
        return False
    return not _told_at_a_moment(verb, subject, gradual_as_is_no_moment=True) and not _figure_or_time_on(verb, subject)


def _subject_heads(verb, subject):
    """The subject and any other nominal subject the parser hung on the verb: in "in the U.S., the world's busiest
    airspace, safety has improved" the apposition before the comma is parsed as a second subject."""
    return [subject, *(c for c in verb.children if c.dep_ == "nsubj" and c is not subject)]


def _a_trend_subject(subject) -> bool:
    """ "prices", "rates of infection", "the size of this market", "the trade in used boats", "cases", "the meth
    crisis": a measure (GUIDE decision 775), a market or trade (726) or a run of happenings (732), by the subject's head
    (claims.json `trend_told` `measure_subjects`, `market_subjects`, `happening_subjects`); not one thing moving ("the
    ferry is sinking", "water is rising", "the crowd is growing"), a happening."""
    return subject.lemma_.lower() in words().trend_subjects


def _a_quality_subject(subject) -> bool:
    """ "safety", "comfort on the night trains", "the quality of care", "conditions for migrants": a quality, condition
    or standard named as such (GUIDE decision 854; claims.json `trend_told.quality_subjects`), not one person's ("his
    morale", "the pope's health")."""
    if subject.lemma_.lower() not in words().quality_subjects and subject.lower_ not in words().quality_subjects:
        return False
    return not any(
        g.dep_ == "poss" and (g.ent_type_ == "PERSON" or g.lower_ in ("his", "her", "my", "your")) for g in subject.children
    )


def _comparative_complement(verb) -> bool:
    """ "more common", "greater", "more intrusive", "rarer": a complement that compares, a change told by its result; not
    a price or level compared ("more expensive", "cheaper": claims.json `trend_told.measure_adjectives`), a measure's
    move (GUIDE decision 775)."""
    for child in verb.children:
        if child.dep_ not in ("acomp", "attr", "oprd"):
            continue
        if child.lemma_.lower() in words().trend_measure_adjectives:
            return False
        if child.tag_ in ("JJR", "RBR") or any(g.tag_ in ("JJR", "RBR") or g.lower_ in ("more", "less") for g in child.children):
            return True
    return False


def _gradual_as_clause(clause) -> bool:
    """ "as smartphones have become ubiquitous", "as more evidence has pointed to …", "as the market is expanding": an
    "as" clause in the present perfect or the progressive tells a development running alongside, no moment."""
    if not any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children):
        return False
    return _present_perfect(clause) or (clause.tag_ == "VBG" and any(c.dep_ == "aux" and _is_be(c) for c in clause.children))


def _quality_developed(verb, subject) -> bool:
    """ "Safety has improved dramatically", "serious glitches have become more rare", "the industry has spread and grown
    more intrusive", "This has become a greater concern": a quality, a field or a run of happenings that has improved,
    worsened, changed or become more or less so, in the present perfect with no figure, no moment and no stated period,
    tells a development of that field (GUIDE decisions 393, 732, 854: fact); a verb of claims.json `change_lemmas`
    ("comfort on the night trains has slipped") too when the subject is a quality named as such. A measure's move told
    as one move ("fares have fallen", decision 775), one thing's or person's change ("the plan has changed", "the
    pope's health has deteriorated", "the storm has grown stronger"), a spread to a place ("the fire has spread to the
    roof"), a change given a figure, a moment
    or a period ("has improved since the new timetable came in", decision 854) and a party's act that changes something
    ("the line has improved its punctuality") stay events."""
    if not _present_perfect(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lex = words()
    if verb.lemma_ in lex.quality_changes or (verb.lemma_ in lex.changes and verb.lemma_ not in lex.spreads):
        if subject is None or not any(_a_quality_subject(s) for s in _subject_heads(verb, subject)):
            return False  # ("the plan has changed", "the pope's health has deteriorated": one thing's change, 393)
    elif verb.lemma_ in lex.spreads:
        if subject is None or not any(_a_trend_subject(s) for s in _subject_heads(verb, subject)):
            return False
        if any(c.dep_ == "prep" and c.lower_ in lex.destination_prepositions for c in verb.children):
            return False  # ("the fire has spread to the roof": reaching a place, a happening)
    elif not (verb.lemma_ in lex.comparative_changes and _comparative_complement(verb)):
        return False
    elif _size_or_force_complement(verb):
        return False  # ("the storm has grown stronger", "the crowd has grown larger": one thing's size or force)
    if not _a_things_change(verb, subject) or _figure_or_time_on(verb, subject):
        return False
    return not _told_at_a_moment(verb, subject, gradual_as_is_no_moment=True)


def _cleft_of_a_happening(verb, subject) -> bool:
    """ "It was X who/that did Y": a cleft sentence whose clause tells a past happening; not "It is
    astounding that X went ahead" (an adjective's extraposed clause) nor a clause that tells what made
    something so ("It was simple things like that that made him a great leader": a result, GUIDE
    decision 46 reads the emphasised clause)."""
    if subject is None or subject.lower_ != "it" or any(c.dep_ == "acomp" for c in verb.children):
        return False
    if any(c.dep_ == "attr" and _indefinite(c) for c in verb.children):
        # "It was an intense year that taught me a lot", "It's one of those rules that needed explaining": an
        # indefinite noun phrase is no emphasised part of the clause (GUIDE decision 293 on decision 46's clefts)
        # but what "it" is, described by a relative clause: the copula describes (a fact)
        return False
    return any(
        token.i > verb.i
        and (token.tag_ == "VBD" or _past_passive_of_the_emphasised(token, verb))
        # ("It was language that was our first invention", "It's something that was unfortunate": a clause that says
        # what the emphasised part is describes it, GUIDE: fact)
        and token.lemma_ != "be"
        # (the clause is the cleft's own, not one inside another clause: "It's the type of work where you don't see
        # the hours that went into it")
        and _hung_on_the_copula(token, verb)
        and (
            token.dep_ in ("relcl", "ccomp", "advcl")
            # "It is for that reason that NASA enlisted …": the clause hung on the emphasised phrase's noun
            or (
                token.dep_ == "acl"
                and token.head.dep_ == "pobj"
                and token.head.head.dep_ == "prep"
                and token.head.head.head == verb
            )
        )
        and any(c.lower_ in ("who", "that") and c.i < token.i for c in token.children)
        and not (token.lemma_ in words().results and any(c.dep_ in ("ccomp", "oprd") for c in token.children))
        for token in verb.subtree
    )


def _past_passive_of_the_emphasised(token, verb) -> bool:
    """ "It was at the border that the reporter was arrested", "It was Lee who was elected", "It was during a meeting
    that he was detained": a past passive tells the cleft's happening too, where its clause hangs on the copula or on
    the emphasised phrase itself (the copula's noun, or the noun of a phrase on the copula); a passive relative clause
    further down describes a noun ("it is on par with the timeline that was disclosed": no cleft)."""
    if token.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in token.children):
        return False
    if token.lemma_ in words().stative_passives or token.lemma_ in words().cleft_standing_passives:
        return False  # ("It was Iran that was believed to be behind it", "the bridge that was designed to …": a standing)
    if token.head == verb:
        return True
    noun = token.head
    return (noun.dep_ == "attr" and noun.head == verb) or (
        noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == verb
    )


def _hung_on_the_copula(token, verb) -> bool:
    """No other verb stands between `token` and `verb` on the way up the parse: `token`'s clause is hung on the
    copula or on a phrase of its own."""
    head = token.head
    while head != verb:
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            return False
        head = head.head
    return True


def _indefinite(noun) -> bool:
    """ "an intense year", "a question", "one of those rules": a noun phrase that introduces what it names."""
    if noun.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


_TIME_MARKS = frozenset(("when", "after", "before", "once"))


def _time_of_a_told_happening(verb, subject) -> bool:
    """ "That's when it really hit me", "This was after he got pushed out of Twitter": "this"/"that" points
    at a happening just told, and "be" + a past clause of time places it (an event), where "It's when the
    port attempts to run …" (no pointing back, a present) describes a general case."""
    if verb.lemma_ != "be" or subject is None or subject.lower_ not in ("this", "that") or subject.dep_ != "nsubj":
        return False
    if any(c.dep_ in ("attr", "acomp", "ccomp", "neg") for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl"
        and (c.tag_ == "VBD" or (c.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children)))
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in _TIME_MARKS and m.i < c.i for m in c.children)
        for c in verb.children
    )


def _first_or_last(time) -> bool:
    """ "the first/last time", and the same construction with "previous", "only", "second", "most recent" (claims.json
    `first_or_last_time`)."""
    return any(m.dep_ == "amod" and m.lower_ in words().first_or_last_time for m in time.children)


def _dated_first_or_last_time(verb) -> bool:
    """ "The last time I rode the ferry was in May", "The first time the probe was seen was six years ago": "be" whose
    subject is "the first/last time" + a past clause telling one happening, and whose complement only dates it, tells
    when that happening took place (GUIDE decision 467: event); not "The last time I rode it was a disaster" nor "was a
    3-0 rout in March", whose complement judges or describes (a fact)."""
    if verb.lemma_ == "be" and verb.tag_ == "VBD":
        be = verb
        # (the parser may read "the last time" as an adverb of the copula and the clause's object as its subject: "The
        # last time I rode the ferry was in May"; "The last time I checked, the store was open" keeps its comma)
        times = [c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.lower_ == "time" and c.i < verb.i]
    elif verb.lower_ == "time" and verb.dep_ == "ROOT":
        # (or make "time" the root and the clause's object the subject of a "was" hung on the clause's verb: "The last
        # time I saw him was in May", "The last time the WHO declared an emergency was in 2022")
        bes = [
            b
            for r in verb.children
            if r.dep_ == "relcl"
            for b in r.children
            if b.dep_ == "ccomp" and b.lemma_ == "be" and b.tag_ == "VBD" and any(s.dep_ == "nsubj" for s in b.children)
        ]
        if not bes:
            return False
        be, times = bes[0], [verb]
    else:
        return False
    times = [t for t in times if _first_or_last(t) and not any(x.text == "," for x in be.doc[t.i : be.i])]
    if not times:
        return False
    told_in_the_past = any(
        r.dep_ == "relcl"
        and (
            r.tag_ == "VBD"
            or (r.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in r.children))
            # ("The only time the team lost at home": a past the tagger took for a participle with no auxiliary)
            or (r.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in r.children))
        )
        for r in times[0].children
    )
    if not told_in_the_past:
        return False
    complements = [c for c in be.children if c.dep_ in ("attr", "acomp", "prep", "npadvmod", "advmod", "advcl") and c.i > be.i]
    if any(c.dep_ == "acomp" or (c.dep_ == "attr" and not _a_date_itself(c)) for c in complements):
        return False
    return any(_dating(c) for c in complements)


def _a_date_itself(c) -> bool:
    """A complement noun that is itself a date or time ("was 1998", "was last June", "was a month ago"), not one that
    judges or describes and holds a date ("was a chaotic night last June", "a 3-0 rout in March": decision 467's fact)."""
    return (
        c.ent_type_ in ("DATE", "TIME")
        or c.lower_ in words().season_nouns
        or any(t.lower_ == "ago" for t in c.children)
        or (c.head.i < c.i and c.lower_ == "ago")
    )


def _dating(c) -> bool:
    """A complement that places a happening in time: a date or time ("in May", "23 years ago", "in the fall"), a span
    preposition ("before the war", "during the pandemic"), or a "when" clause ("when she was 25")."""
    if c.dep_ == "attr":
        return _a_date_itself(c)
    if c.dep_ == "advcl" or (c.dep_ == "advmod" and c.lower_ == "when"):
        return any(t.lower_ == "when" and t.dep_ == "advmod" for t in c.subtree)
    if c.dep_ == "prep" and c.lower_ in ("before", "after", "during", "since"):
        return True
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ == "ago" or t.lower_ in words().season_nouns for t in c.subtree)


def _when_something_happened(verb) -> bool:
    """A past state set at the moment of a past happening: "was on the verge of a deal when Trump
    scuttled the talks", "It was around midnight when a tip led officers to …"."""
    # (The parser may hang the when-clause on a noun of the state: "on Route 9 when a deer entered".)
    if any(c.dep_ == "attr" for c in verb.children):
        # "That was a time when the team decided …", "The war was the only period when …": the copula names what the
        # subject is, and the when-clause describes that noun (a description, GUIDE: fact), no state set at a moment
        return False
    if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) and any(c.dep_ == "acomp" for c in verb.children):
        # "It was hard not to be moved when the minister spoke", "it was not so easy when …": how the moment was for
        # the speaker, a judgement (GUIDE: fact), not a state a happening broke into
        return False
    if any(_condition_adjective(verb, c) for c in verb.children):
        return False
    return any(
        token.i > verb.i
        and token.dep_ in ("advcl", "relcl")
        and token.tag_ == "VBD"
        # ("reading at an adult level when he was in kindergarten", "a time when most residents used to be at work": a
        # when-clause of a state or a habit sets no moment)
        and token.lemma_ not in ("be", "use")
        and any(m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in token.children)
        for token in verb.subtree
    )


def _condition_adjective(verb, complement) -> bool:
    """ "was drunk when the van left the road", "were between 42 and 52 years old when tracking began", "wasn't sure when the
    subject arose": a copula's adjective of condition tells the state its subject was in at the moment the when-clause
    names, a state the happening only places (GUIDE decision 541: fact). Not an adjective of feeling (claims.json
    `reaction_adjectives`: "was surprised when the messages started", decision 486's reaction at one moment) and not a
    heading of travel (`travel_headings`: "was southbound on Road 9 when a deer entered", the movement it broke into), nor
    one that frames an infinitive ("was quick to act when the fire started": the act it frames happened then)."""
    lex = words()
    return (
        complement.dep_ == "acomp"
        and complement.pos_ == "ADJ"
        and complement.lower_ not in lex.reaction_adjectives
        and complement.lower_ not in lex.travel_headings
        and _adjective_infinitive(verb, complement) is None
    )


def _in_sequence(verb) -> bool:
    """A happening placed after, amid or beside another ("This comes as China denounced …", "The
    appearance follows the testimony of …"): the statement dates a happening."""
    if verb.lemma_ == "follow" and verb.tag_ == "VBZ":
        # (not a person followed: "Fallen Order's story follows Cal Kestis, a Jedi-in-training" tells what the story is)
        return any(c.dep_ == "dobj" and c.ent_type_ != "PERSON" for c in verb.children)
    if verb.lemma_ != "come":
        return False
    marks = words().sequence_marks
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in marks and not _form_taken(child):
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in child.children):
            return True
        if (
            child.dep_ == "advmod"
            and child.lower_ in ("less", "more", "just", "only")
            and any(g.dep_ == "prep" and g.lower_ in marks for g in child.subtree)
        ):
            return True
    return False


def _form_taken(prep) -> bool:
    """ "comes in various shapes and sizes", "Spells come as books": "in" or "as" with a plain noun phrase
    tells the form a thing takes; "comes in the wake of", "comes in addition to five sales" place a
    happening (the noun takes a phrase of its own)."""
    if prep.lower_ not in ("in", "as"):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and not any(g.dep_ == "prep" for o in objects for g in o.children)


def _no_condition(mark) -> bool:
    """ "even if" (a concession), "especially if", "if anything", "if only", "if nothing else" (idioms), "as if", "than
    if" (a comparison), "whether …" (a concession: the statement holds either way), an "if" that asks ("It is unclear if …",
    "The question is if …"), and an "if" clause in the present set on a simple past ("if you haven't noticed, people
    pointed it out": a figure of speech): no condition of the statement."""
    doc = mark.doc
    before = doc[mark.i - 1].lower_ if mark.i > 0 else ""
    if before in ("even", "especially", "particularly", "as", "than") or mark.lower_ == "whether":
        return True
    # ("if only for her sanity", "if only to keep warm": an aside giving a reason, like "if anything"; "if nothing
    # else", "if you ask me": GUIDE decisions 53, 301)
    following = tuple(t.lower_ for t in doc[mark.i + 1 : mark.i + 4])
    aside = any(following[: len(phrase)] == phrase for phrase in words().aside_if_phrases)
    return mark.lower_ == "if" and (aside or _asks(mark.head) or _aside_on_a_past(mark.head))


def _asks(clause) -> bool:
    """An "if" clause that is an indirect question, "whether": after a word that asks or doubts ("It
    is unclear if", "asked if", "questions include if"), as what a question or a what-clause is
    ("The real question is if …", "What is fun to think about is if …"), or joined to a
    whether-clause ("whether X, or if Y")."""
    head = clause.head
    asking = words().asking
    if clause.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "whether" for m in head.children):
        return True
    if _after_an_asking_verb(clause):
        return True
    if head.lemma_.lower() in asking and head.pos_ in ("VERB", "AUX") and head.i < clause.i:
        # right after the verb or its object ("asked him if", "include if"); not "asked for a vote if …"
        objects = {t.i for c in head.children if c.dep_ in ("dobj", "dative", "iobj") for t in c.subtree}
        if all(k in objects or head.doc[k].is_punct for k in range(head.i + 1, clause.left_edge.i)):
            return True
    if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in asking and c.i < clause.i for c in head.children):
        return True
    if head.lemma_ != "be" or clause.i < head.i:
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "csubj")), None)
    return subject is not None and (
        subject.dep_ == "csubj" or subject.lemma_.lower() in asking or any(c.tag_ == "WP" for c in subject.subtree)
    )


# Speech verbs that ask when negated: "has not said if", "would not confirm if" (GUIDE decision 134).
_UNTOLD = frozenset(("say", "tell", "confirm", "disclose", "reveal", "specify", "comment", "indicate"))


def _after_an_asking_verb(clause) -> bool:
    """Does the clause's "if" come right after a verb that asks or a negated speech verb, or after such a verb's
    object, however the parser hung the clause ("When reporters asked the coach if he would stay, he laughed": the
    if-clause hung on "laughed"; "The office has not said if it will appeal")?"""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "if"), None)
    if mark is None or mark.i == 0:
        return False
    token = mark.doc[mark.i - 1]
    # (up from the object's last word: "asked the coach if", "asked Jo Lee if")
    while token.dep_ in ("dobj", "dative", "iobj") and token.head.i < mark.i:
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    return lemma in words().asking or (lemma in _UNTOLD and any(c.dep_ == "neg" for c in token.children))


def _aside_on_a_past(clause) -> bool:
    """ "And if you haven't yet noticed, a lot of people pointed it out": a condition in the present
    cannot govern a past happening told as such (no modal), so the clause is an aside."""
    head = clause.head
    return (
        head.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in head.children)
        # (a told past has its subject; "If you don't need it, put it in the folder": an imperative taken for a past)
        and any(c.dep_ in SUBJECTS for c in head.children)
        and (clause.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in clause.children))
    )


# The words between a verb and a clause hung on a part of its own clause: its objects, complements,
# prepositional phrases and a participle modifying one of them ("fatal in 90 percent of people infected
# if not treated").
_WITHIN_CLAUSE = frozenset(("dobj", "attr", "acomp", "prep", "pobj", "acl", "amod", "npadvmod", "oprd"))


def _adverbial_clauses(head):
    """The adverbial clauses of the head's own clause: those it governs, then those the parser hung on
    one of its objects, complements or their participles; an "if and when" the parser made a
    preposition of the head."""
    out = [c for c in head.children if c.dep_ == "advcl"]
    # ("so long as it helps": the parser hangs the clause on "long", an adverb of the head)
    out += [g for c in head.children if c.dep_ == "advmod" and c.lower_ == "long" for g in c.children if g.dep_ == "advcl"]
    out += [
        c
        for c in head.children
        if c.dep_ == "prep"
        and c.lower_ == "if"
        and c.i + 2 < len(c.doc)
        and c.doc[c.i + 1].lower_ == "and"
        and c.doc[c.i + 2].lower_ == "when"
    ]
    stack = [c for c in head.children if c.dep_ in _WITHIN_CLAUSE and c.dep_ != "acl"]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ == "advcl" and token.dep_ in ("acl", "amod", "acomp", "attr"):
                out.append(child)
            elif child.dep_ in _WITHIN_CLAUSE:
                stack.append(child)
    return out


# Words that make a statement before them a question when they end it after a comma: "…, right?"
_QUESTION_TAGS = frozenset(("right", "eh", "correct", "no", "yes", "agreed"))


def _sentence_asks(sentence) -> bool:
    """Does the sentence ask: does it end with a question mark that is not a question announced
    inside a statement after a colon ("… will be left to wonder: “what did we do to deserve this?”",
    "the question that has dogged the campaign: Who can voters trust?"; GUIDE decision 7)?"""
    if "?" not in text_of(sentence.doc)[sentence.start_char : sentence.end_char]:
        return False  # (no question mark: no need to read the sentence's tokens)
    tokens = [t for t in sentence if not t.is_space]
    end = len(tokens) - 1
    # (an exclamation after the question mark still asks: "is your jaw just on the floor right now?!")
    while end >= 0 and (tokens[end].is_quote or tokens[end].text in (")", "»", "’", "'", "!")):
        end -= 1
    if end < 0 or tokens[end].text.rstrip("!") not in ("?", "!?"):
        return False
    if end >= 2 and tokens[end - 1].lower_ in _QUESTION_TAGS and tokens[end - 2].text in (",", "…", "...", "—"):
        return True  # "Dead skin cells are the root of all evils: dullness, flakiness… right?": a tag asks
    first = 0
    while first < end and (tokens[first].is_punct or tokens[first].is_quote or tokens[first].tag_ == "CC"):
        first += 1
    label = first  # ("L.A. WEEKLY: What is your short answer …?": a label of a few words in capitals)
    while label < end and label - first < 4 and tokens[label].text.isupper() and tokens[label].pos_ in ("NOUN", "PROPN", "DET"):
        label += 1
    if label > first + 1 and label + 1 < end and tokens[label].text == ":":
        first = label + 1
    elif first + 2 < end and tokens[first + 1].text == ":" and tokens[first].pos_ in ("NOUN", "PROPN"):
        first += 2  # "Q: What's the one thing …?": an interview's label before the question
    if tokens[first].tag_ in ("WDT", "WP", "WP$", "WRB") or tokens[first].pos_ == "AUX":
        return True  # asked from its first word ("And why would these experts be outraged by …: a list?")
    if _statement_then_question(tokens, first, end):
        return False  # "You can see the debt to the original, but will it sell?" (GUIDE decision 306)
    for k in range(end - 1, first, -1):
        token = tokens[k]
        if token.text == ":":
            # the question opens after a colon, inside the sentence's statement ("failed to answer the question
            # …: Who can voters trust?"), unless the words before only announce it ("The question is:", "A
            # question arises:", "More importantly than that:")
            return _announces_after_a_colon(tokens[first:k])
        if token.text == "?":
            break
    return not _quoted_inside_a_statement(tokens, first, end)


# Where a sentence's last clause may begin after an independent clause: a semicolon, or a comma before "but", "and" or
# "yet" ("It sold well, but will it last?"). Not "so": "It's her music, so why can't she sing it?" asks what follows
# from the first clause (`_sentence_asks`). Not a dash either: the annotators read "I'm unsure what to do—what happens
# next?" as asking more often than as stating, though decision 306 names the dash (see docs/claims-quality.md).
_LAST_CLAUSE_BREAKS = frozenset((";",))
_LAST_CLAUSE_JOINS = frozenset(("but", "and", "yet"))


def _statement_then_question(tokens, first: int, end: int) -> bool:
    """Does the sentence first state, in an independent clause of its own, and only its last clause ask ("You can see
    the debt to the original, but will it sell?", "Critics praised it; why was it painted over?")? The first clause
    is the main statement, so the unit states (GUIDE decisions 1, 306). Not a question tag ("…, but isn't it?": the
    last clause needs a subject and a verb of its own, or a wh-word), nor a subordinate clause before the question
    ("If you are so sure, why wait?": no statement of its own)."""
    for k in range(end - 1, first + 1, -1):
        token = tokens[k]
        if token.text == "?":
            return False  # (a question before the last one)
        joined = token.lower_ in _LAST_CLAUSE_JOINS and tokens[k - 1].text == ","
        if not (joined or token.text in _LAST_CLAUSE_BREAKS):
            continue
        opener = k + 1
        while opener < end and (tokens[opener].tag_ == "CC" or tokens[opener].is_punct):
            opener += 1
        if not _asks_from(tokens[opener:end]):
            continue
        boundary = tokens[k - 1 if joined else k].i
        return any(_independent_clause(t, boundary) for t in tokens[first : k - 1 if joined else k])
    return False


def _asks_from(words) -> bool:
    """Do these words ask from their first: a wh-word, or an auxiliary before its subject and a verb or complement
    ("will this catch on", "could this really happen"), not a bare tag ("isn't it")?"""
    if not words:
        return False
    opener = words[0]
    if opener.tag_ in ("WDT", "WP", "WP$", "WRB"):
        return True
    if opener.pos_ != "AUX":
        return False
    subject = next((k for k, t in enumerate(words) if t.dep_ in SUBJECTS), None)
    return subject is not None and subject + 1 < len(words)


def _independent_clause(token, boundary: int) -> bool:
    """Does the token head a clause that states on its own before the boundary: a finite verb of the sentence's main
    clause or one of its conjuncts (or a complement or parataxis the parser hung on the question's verb past the
    boundary: "Critics praised it; why did the council paint over it?"), with a subject and no subordinating word
    ("if", "when", "because")?"""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ not in ("ROOT", "conj") and not (token.dep_ in ("ccomp", "parataxis") and token.head.i > boundary):
        return False
    children = list(token.children)
    finite = token.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in children)
    return finite and any(c.dep_ in SUBJECTS for c in children) and not any(c.dep_ == "mark" for c in children)


def _quoted_inside_a_statement(tokens, first: int, end: int) -> bool:
    """ "A reporter asked the judge, “What do you see as the problem?”", "I heard him ask, ‘So he’s going to do it?’":
    the question mark closes a quotation opened inside the sentence after a clause of its own (a verb before the
    quote), which reports the question: the unit is a statement (GUIDE decisions 7, 62, 218)."""
    if end + 1 >= len(tokens) or not tokens[end + 1].is_quote:
        return False  # (the "?" is not the quotation's own: 'Did he really say "no"?')
    opening = next((k for k in range(end - 1, first, -1) if tokens[k].is_quote), None)
    if opening is None or not tokens[opening - 1].whitespace_ or tokens[opening].whitespace_:
        return False  # (the quote before is no opening one: "you have not fixed the 'Giuliani problem'?")
    # (not where the words before only announce it, as before a colon: "The question is, “Why now?”")
    return opening is not None and not _announces_a_question(tokens[first:opening])


def _announces_a_question(lead) -> bool:
    """Do the words before a question's colon only announce it: no verb, or "question" as their subject?"""
    verbs = [t for t in lead if t.pos_ in ("VERB", "AUX")]
    return not verbs or any(t.lemma_.lower() == "question" and t.dep_ == "nsubj" for t in lead)


def _announces_after_a_colon(lead) -> bool:
    """Do the words before a colon only announce the question after it (`_announces_a_question`), or with no tensed
    verb ("To be blunt:"), "question" as what "there is" ("There's one question left:"), or a reply put in the mouth
    of a speaker who only may give it ("Some readers may reply:")? The question is then the main statement (GUIDE
    decisions 7, 38, 84)."""
    if _announces_a_question(lead) or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in lead):
        return True
    lex = words()
    for t in lead:
        if t.lemma_.lower() == "question" and t.dep_ in ("attr", "dobj") and any(c.dep_ == "expl" for c in t.head.children):
            return True
        if (
            t.pos_ == "VERB"
            and t.lemma_ in lex.reporting
            and any(c.dep_ == "aux" and lex.modal_aux.get(c.lower_) == "possibility" for c in t.children)
        ):
            return True
    return False


def _inverted_root_condition(verb, doc) -> tuple[int, int] | None:
    """An inverted condition the parser made the sentence's root, with the statement hung on it as a complement or
    conjunct ("The vaccine might have protected her, had it been available", "Should someone produce a megaphone,
    …, their voice will be amplified"): the span of the condition, from its auxiliary to the statement."""
    if verb is None or verb.dep_ != "ROOT":
        return None
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if aux is None or subject is None or aux.lower_ not in ("should", "had", "were") or not aux.i < subject.i < verb.i:
        return None
    if aux.i != _sentence_start(verb) and doc[aux.i - 1].text != ",":
        return None
    statement = next(
        (c for c in verb.children if c.dep_ in ("ccomp", "conj", "parataxis") and any(g.dep_ in SUBJECTS for g in c.children)),
        None,
    )
    if statement is None:
        return None
    end = statement.left_edge.i if statement.i > verb.i else verb.right_edge.i + 1
    while end > aux.i + 1 and (doc[end - 1].is_punct or doc[end - 1].tag_ == "CC"):
        end -= 1
    return aux.i, end


def _own_condition(verb, doc) -> tuple[int, int] | None:
    """A claim that is only a condition, a list's item completing a lead-in ("This could occur: … if
    the incubator finds better programs, or"; GUIDE decision 56: its own mood): the span of the
    condition its verb heads, else None. Only where the parser found no main clause for it (the
    verb heads the sentence)."""
    if verb is None or verb.dep_ != "ROOT":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
    if mark is None or mark.lower_ not in words().condition_marks or _no_condition(mark):
        return None
    for k in range(verb.i, verb.right_edge.i):
        after = doc[k + 1]
        if doc[k].text == "," and not (
            after.is_punct or after.tag_ in ("CC", "WDT", "WP", "WRB") or after.lower_ in words().condition_marks
        ):
            # "If you liked the old keyboard, too bad": a main clause after the comma, however parsed
            # (not "…, or if …", "…, which …")
            return None
    end = verb.right_edge.i + 1
    while end > mark.i + 1 and (doc[end - 1].is_punct or doc[end - 1].tag_ == "CC"):
        end -= 1
    return mark.i, end


def _infinitive_complement(clause) -> bool:
    """Is `clause` the infinitive a verb governs ("need to do …", "allows police to detain …", which the parser may
    read as a clause with its own subject): a condition on it limits what the verb states ("allows police to detain
    people if they are suspected of …")?"""
    return clause.dep_ == "xcomp" or (
        clause.dep_ == "ccomp" and clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _that_clause_after(clause, head) -> bool:
    """Is `clause` a complement clause opened by "that" after its head ("is true that …", "signals that …")?"""
    return clause.dep_ == "ccomp" and clause.i > head.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _statement_clause(verb):
    """The clause of the verb's sentence that states (`modality`, `polarity`): the first clause, or one the parser
    hung on a noun."""
    first = _first_clause(verb)
    return _clause_hung_on_a_noun(first) or first


def mood_and_condition(verb, heads, text: str, doc) -> tuple[str, tuple[int, int] | None]:
    """The mood of the claim (statement, question, conditional) and, for a
    conditional, the token span of its condition."""
    mood, condition = _mood_and_condition(verb, heads, text, doc)
    if condition is not None and verb is not None and _asked_before_the_sentence_ends(verb.sent, condition[1]):
        return "statement", None  # "“If you earn that much, why pay you? We need to be honest,” he said." (decision 137)
    return mood, condition


def _asked_before_the_sentence_ends(sentence, after: int) -> bool:
    """Whether a question mark at or after token `after` ends a question that the sentence goes on past (one the
    splitter kept inside a quotation that goes on): a condition before it is the question's, no condition of the
    statement that follows (GUIDE decision 137)."""
    # (a word right after the mark: not a quoted question inside the sentence, 'if you asked “Who won?”, it would …')
    doc = sentence.doc
    return any(
        t.text == "?" and t.i >= after and t.i + 1 < sentence.end and not (doc[t.i + 1].is_punct or doc[t.i + 1].is_space)
        for t in sentence
    )


def _mood_and_condition(verb, heads, text: str, doc) -> tuple[str, tuple[int, int] | None]:
    lex = words()
    # The sentence asks when it ends with a question mark, whichever of its clauses the claim is ("It's
    # her music, so why can't she sing it?"); a clause that ends with one inside a sentence that goes
    # on ("“Oh, actually? Yes,” he assures himself.") leaves it a statement (GUIDE decision 7).
    if _sentence_asks(verb.sent) if verb is not None else text.rstrip(" \"'”’»)").endswith("?"):
        return "question", None
    # "They need to do something if they expect …": the condition may hang on the infinitive the
    # main verb governs; "we know that if you take a history, you can …": a belief passes its clause's
    # mood (GUIDE decision 42).
    # The statement is the clause modality and polarity read: the first of two the parser joined ("If you can find
    # old photos, you might discover a garden — search these spots"; GUIDE decision 1).
    heads = [_statement_clause(h) if h is verb and h is not None else h for h in heads]
    # "It is true that if the app is removed, the files stay locked", "The move tells lenders that they must
    # accept risk if they wish to earn": an "if" inside the that-clause the unit asserts (GUIDE decisions 69, 141);
    # not one of an infinitive ("went on to suggest that he could … if …": a reporting verb in the infinitive of
    # another verb reports nothing the unit asserts, decisions 45, 402), so these come from the unit's own heads
    that_clauses = [c for h in heads if h is not None for c in h.children if _that_clause_after(c, h)]
    heads = list(heads) + [c for h in heads if h is not None for c in h.children if _infinitive_complement(c)]
    heads += that_clauses
    heads += [b for b in (_believed(h) for h in heads if h is not None) if b is not None]
    own = _own_condition(verb, doc) or _inverted_root_condition(verb, doc)
    if own is not None:
        return "conditional", own
    for head in heads:
        if head is None:
            continue
        for child in _adverbial_clauses(head):
            if child.dep_ == "prep":  # "if and when the Senate holds a trial": the parser's "if" heads it
                # (up to a comma: ", which is likely" describes the happening, no part of the condition)
                end = next((t.i for t in doc[child.i : child.right_edge.i + 1] if t.text == ","), child.right_edge.i + 1)
                while end > child.i + 1 and doc[end - 1].is_punct:
                    end -= 1
                return "conditional", (child.i, end)
            first = child.left_edge
            if child.head.lower_ == "long" and child.head.i > 0 and doc[child.head.i - 1].lower_ in ("as", "so"):
                first = doc[child.head.i - 1]  # "so long as" / "as long as": the words before the clause's "as"
            # ("If that layer is loosely governed, …": the parser may hang the "if" on the clause's auxiliary)
            marks = [g for a in (child, *(c for c in child.children if c.dep_ in ("aux", "auxpass"))) for g in a.children]
            marks = [g for g in marks if g.dep_ == "mark"]
            conditional = any(m.lower_ in lex.condition_marks and not _no_condition(m) for m in marks)
            # "assuming (that) you dreamt of …", "providing the loan clears" (GUIDE decision 174): the participle
            # opens the condition and takes a clause (not "providing beds for fifty people")
            conditional = conditional or (
                child.lower_ in lex.condition_marks and first.i == child.i and any(g.dep_ == "ccomp" for g in child.children)
            )
            # "as long as", "so long as", "in case", "on condition that".
            if not conditional and first.i + 2 < len(doc):
                lead = " ".join(t.lower_ for t in doc[first.i : first.i + 3])
                # (not "In case you are living in Delhi, chances are …": the reader addressed as a figure
                # of speech, GUIDE decision 23)
                conditional = lead.startswith(("as long as", "so long as", "in case", "on condition")) and not lead.startswith(
                    "in case you"
                )
            # "Should the talks fail, …", "Were Iran to comply, …": an inverted auxiliary opens the clause.
            if (
                not conditional
                and first.lower_ in ("should", "were", "had")
                and first.dep_ in ("aux", "auxpass", "ROOT")
                and first.i < child.i
                and any(c.dep_ in SUBJECTS and c.i > first.i for c in child.children)
            ):
                conditional = True
            if conditional:
                end = child.right_edge.i + 1
                while end > first.i + 1 and doc[end - 1].is_punct:
                    end -= 1
                return "conditional", (first.i, end)
        # (only on the statement's own verb: not "studied what to do in case of emergencies", an infinitive's)
        case = _case_condition(head, doc) if head is heads[0] else None
        if case is not None:
            return "conditional", case
    opening = _opening_condition(verb) if verb is not None else None
    if opening is not None:
        return "conditional", opening
    return "statement", None


# Determiners of a noun that names a case which may or may not arise ("in the case of a tie", "in case of fire").
_OPEN_CASE_DETERMINERS = frozenset(("a", "an", "any"))


def _case_condition(head, doc) -> tuple[int, int] | None:
    """ "In the case of a tie, the prize will be shared", "use the stairs in case of fire": an "in (the) case of" + a
    noun phrase on the statement's verb limits it to that case, a condition like "in case …" (GUIDE decision 498): the
    span from "in" to the end of the noun phrase. Not one that names a topic or an example ("In the case of the Lee
    farm, the land was sold": a definite or named thing, of which the statement holds as it stands)."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        case = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_ == "case"), None)
        if case is None or any(c.dep_ == "det" and c.lower_ != "the" for c in case.children):
            continue
        of = next((c for c in case.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == case.i + 1), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None or noun.pos_ not in ("NOUN", "PRON") or noun.ent_type_:
            continue
        determiner = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
        if determiner is not None and determiner.lower_ not in _OPEN_CASE_DETERMINERS:
            continue
        end = noun.right_edge.i + 1
        while end > noun.i + 1 and doc[end - 1].is_punct:
            end -= 1
        return prep.i, end
    return None


# How the parser hangs the statement after a condition that opens the sentence when it takes the condition for the
# main clause ("If a plant gets no light or does not grow, move it": the imperative a conjunct of the condition).
_STATEMENT_AFTER_A_CONDITION = frozenset(("ROOT", "conj", "ccomp", "dep", "parataxis", "advcl"))


def _statement_after_its_condition(verb):
    """The statement's verb where the claim's verb is that of a condition opening the sentence (`_opening_condition`):
    the first verb heading a clause after the condition ("Should the agencies cut costs, the price could fall": "fall",
    not "cut"; "If a plant gets no light or does not grow, move it": "move"), whose modality and polarity are the
    statement's (a negation or a modal inside the condition is no part of it). Else None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    span = _opening_condition(verb)
    if span is None or not span[0] <= verb.i < span[1]:
        return None
    opener = verb.doc[span[0]]
    if opener.head.i != verb.i and verb.left_edge.i <= opener.head.i <= verb.right_edge.i:
        return None  # ("If they could talk they might not come here, but …": the parser hung the condition on the verb)
    for token in verb.doc[span[1] : verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") and token.dep_ in _STATEMENT_AFTER_A_CONDITION:
            return token
    return None


# Punctuation that ends a condition opening the sentence before its main clause.
_CONDITION_ENDS = frozenset((",", "—", "–", "--"))


def _opening_condition(verb) -> tuple[int, int] | None:
    """A condition that opens the sentence which the parser hung elsewhere than on the statement: "If an item gets
    no use, add it to the list" (the imperative taken for a conjunct of the condition), "If you plan to retire
    early, you should aim to save …, though …" (the statement taken for a complement of a later clause), "Should
    the agencies cut costs, the price could fall, the executives noted" (the inverted condition taken for the
    reported clause). The span from "if"/"unless" (or the inverted "should/were/had") to the comma or dash after
    which a clause with a verb of its own follows; None where the sentence opens otherwise, where the "if" is no
    condition (`_no_condition`: an aside, a past told as such) or where the claim's verb is past a semicolon or
    colon (a clause of its own)."""
    doc = verb.doc
    sentence = verb.sent
    start = _sentence_start(verb)
    while start < sentence.end - 1 and (doc[start].tag_ == "CC" or doc[start].is_punct):
        start += 1  # ("But if …", "And should …")
    opener = doc[start]
    if opener.lower_ in ("if", "unless") and opener.dep_ == "mark":
        if _no_condition(opener):
            return None
    elif not (
        opener.lower_ in ("should", "were", "had")
        and opener.dep_ in ("aux", "auxpass")
        and any(c.dep_ in SUBJECTS and opener.i < c.i < opener.head.i for c in opener.head.children)
    ):
        return None
    if any(t.text in (";", ":") for t in doc[start : verb.i]) or any(t.text == "?" for t in sentence):
        return None  # (a clause of its own; "Should we stay, or should we go?" asks)
    quoted = False
    for k in range(start + 1, sentence.end - 1):
        token = doc[k]
        if token.is_quote:
            quoted = not quoted
        if quoted or token.text not in _CONDITION_ENDS:
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[start + 1 : k]):
            continue
        rest = [t for t in doc[k + 1 : sentence.end] if not t.is_punct]
        words_after = [t.lower_ for t in rest[:4] if t.pos_ != "ADV"]
        if words_after[:1] in (["it"], ["that"], ["this"]) and len(words_after) > 2 and words_after[2] == "because":
            return None  # "If it seemed staged, it's because it was": an explanation of what holds, no condition
        if any(t.tag_ in _FINITE_TAGS for t in rest) or (rest and rest[0].tag_ == "VB"):
            end = k
            while end > start + 1 and doc[end - 1].is_punct:
                end -= 1
            return start, end
        return None
    return None

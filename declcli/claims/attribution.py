"""Who a claim is attributed to, read from the parse.

The speaker is the subject of a reporting verb (declcli/data/claims.json,
`reporting_lemmas`) whose content is a clause, wherever the verb stands:
"X said (that) …", "…, X said.", "…, people familiar with the talks say.",
"It was noted that …" (no source), and "according to X". Reported speech
inside reported speech gives the inner speaker. A quote that runs over
several sentences keeps the speaker named in any of them
(`quote_speakers`). "he/she said" resolves to the nearest fitting person
named before; "they"/"it" and other pronouns give `source: null`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from .. import patterns
from ..gazetteer import gazetteer
from ..model import Attribution
from .chrome import FINITE_TAGS, ends_as_sentence
from .clauses import asked_for_someone_to, closing_tag_conjunct, opens_as_adjunct, party, tag_listener
from .context import Context, clean_name, entities, entity_of, org_name, person_name, span_text, text_of
from .lexicon import words

_CONTENT = ("ccomp", "parataxis")
_AGE = re.compile(r"\d+-year-old")
_SETTING_OFF = frozenset((",", "(", "—", "–", ";", ":"))  # marks that set a phrase off from its clause
_BELIEF = frozenset(("think", "believe", "feel", "wonder", "know", "suspect", "assume"))
_WH = frozenset(("when", "whether", "why", "how", "what", "if", "who", "where", "which"))
_ASKING = frozenset(("ask", "wonder", "inquire", "question"))  # verbs whose reported clause is a question
_CLAUSE_BREAKS = (".", "!", "?", ";", ":", "—", "–", "--")  # marks that end a clause a speaker tag could report
_REPLYING = ("reply", "respond", "answer")  # verbs of answering a question just asked
_DROP_CHILDREN = ("appos", "relcl", "acl", "punct", "advcl", "parataxis", "cc", "conj")


@dataclass
class Frame:
    """An attribution found in a clause: the reporting verb (None for
    "according to"), the token heading the reported content, and the
    source as the output names it."""

    cue: str
    source: str | None
    verb: object | None
    content: object | None
    # The writer's own voice ("We should also note that …", "Expect Bloomberg to …", "That said, …"):
    # the content is read as the statement, and nobody is its source (GUIDE decision 25).
    unattributed: bool = False


_QUOTE_MARKS = frozenset(('"', "“", "”", "„", "«", "»"))


def _content_child(verb):
    for child in verb.children:
        if (
            child.dep_ in _CONTENT
            and child.i != verb.i
            and not _speaker_tag(child)
            and not _relative_after_object(child, verb)
            and not (child.i < verb.i and opens_as_adjunct(child))  # ("While the coat was not stolen, she did admit to …")
            and child.ent_type_ != "WORK_OF_ART"  # (a title the parser read as a clause: "…You Will Ever Need," X shares)
            # (a verb of belief with an object has no clause besides: "assumed the role …, pairing goals with threats
            # should China not accede" is a conditional the parser hung on the verb; "…, however the police do not
            # suspect arson" a clause spliced before it)
            and not (verb.lemma_ in _BELIEF and any(c.dep_ == "dobj" for c in verb.children))
            and (
                child.pos_ in ("VERB", "AUX")
                or any(
                    c.dep_ in ("nsubj", "nsubjpass")
                    or (c.pos_ == "AUX" and c.i < child.i)
                    or (c.dep_ == "mark" and c.lower_ == "that")
                    for c in child.children
                )
            )
        ):
            # (A clause whose head the tagger took for an adjective: 'said he was "very moved"'; or for a noun,
            # its subject hung on the verb before it: 'said it is cost effective', or its verb taken for a
            # noun's modifier: 'confirmed that the company notifies people …'.)
            return child
    return None


def _relative_after_object(clause, verb) -> bool:
    """A relative clause on the verb's object that the parser hung on the verb ("reported telephone wait
    times that exceeded two hours": "that" is the clause's subject, a relative pronoun, not "said that")."""
    return any(
        c.dep_ == "dobj" and c.i < clause.i and c.pos_ == "NOUN" and c.lemma_.lower() not in words().people for c in verb.children
    ) and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in clause.children)


def _speaker_tag(verb) -> bool:
    """A reporting verb set in the middle of the clause it tags, with its subject and nothing reported of
    its own ("Those signs, he says, will now be posted outside"): the tag, not what "posted" reports."""
    return (
        verb.dep_ == "parataxis"
        and verb.lemma_ in words().reporting
        and any(c.dep_ == "nsubj" for c in verb.children)
        and _content_child(verb) is None
    )


def _content_attached_below(verb):
    """The that-clause a reporting verb reports, where the parser hung it on a noun or verb of the
    words between ("told reporters at a press conference that the airline will …": a relative
    clause of "conference"). A clause that opens with "that" and has a subject of its own is
    said, not a relative clause ("a conference that was held" has none but "that"). Not a clause
    that a reporting participle between reports ("questioned the calculation, noting that it makes
    assumptions": what "noting" says, GUIDE decision 14, not what "questioned" does), nor one that a
    reporting verb with a subject of its own reports ("…, who said that I started it")."""
    if verb.lemma_ in _BELIEF:
        return None  # (a verb of belief has no addressee: "assumed the role …, pairing goals with threats that …")
    reporting = words().reporting
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ not in ("relcl", "ccomp", "acl") or token.head.i == verb.i:
            continue
        head = token.head
        if head.pos_ == "VERB" and head.lemma_ in reporting and (head.tag_ == "VBG" or _subject(head) is not None):
            continue
        if any(
            a.pos_ == "VERB" and a.dep_ in ("advcl", "xcomp") and a.lemma_ not in reporting
            for a in token.ancestors
            if a.i > verb.i
        ):
            continue  # ("pointed to articles … to support their claim that …": a clause of the purpose clause's)
        opener = token.left_edge
        if opener.lower_ != "that" or opener.head.i != token.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != opener.i for c in token.children):
            return token
    return None


def _that_clause_hung_as_modifier(verb):
    """The that-clause a reporting verb reports, where the parser hung it as an adverbial clause of the verb or under a
    preposition of the words between ("said this week, for example, that the agency denied …", "have noted before that
    the burden can be heavy"): a clause opened by "that" with a subject of its own, after the verb. Not "so that",
    "such … that" or "now that", whose "that" opens no content."""
    doc = verb.doc
    for child in verb.children:
        if child.i <= verb.i:
            continue
        clauses = (
            [child]
            if child.dep_ == "advcl"
            else [g for g in child.children if g.dep_ == "pcomp"]
            if child.dep_ == "prep" and not any(g.dep_ == "pobj" for g in child.children)
            else []
        )
        for clause in clauses:
            marks = [c for c in clause.children if c.dep_ == "mark"]
            if (
                len(marks) == 1
                and marks[0].lower_ == "that"
                and marks[0].i > verb.i
                and not _that_of_a_degree_or_condition(doc[marks[0].i - 1])
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > marks[0].i for c in clause.children)
            ):
                return clause
    return None


def _that_of_a_degree_or_condition(before) -> bool:
    """The word before "that" opens a clause of degree, result or condition, not a hung that-clause ("so that", "such
    that", "now that", "given that", and "so loudly that", "in such strong terms that": claims.json
    `that_clause_openers_not_hung`)."""
    openers = words().that_openers_not_hung
    return before.lower_ in openers or any(
        c.dep_ in ("advmod", "amod", "predet") and c.lower_ in openers for c in before.children
    )


def _clause_subject_read_as_object(verb) -> bool:
    """ "said mosquitoes that carry the virus like to breed in …", "said locals who remember those days often bring up
    …": the reported clause's subject, with a relative clause on it, that the parser read as the object of "say" (which
    takes no such object but the words said: claims.json `say_object_nouns`, "said a prayer", "said things that
    hurt"); the rest of the clause hangs in pieces on "say" or the relative clause, which is the sign: "said a blessing
    that lasted ten minutes" has nothing hung."""
    if verb.lemma_ != "say":
        return False
    if _bare_subject_read_as_object(verb) is not None:
        return True  # (no relative clause on it)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].pos_ != "NOUN" or objects[0].lemma_.lower() in words().say_objects:
        return False
    noun = objects[0]
    if any(t.dep_ not in ("det", "amod", "compound", "nummod") for t in verb.doc[verb.i + 1 : noun.i]):
        return False  # (a bare noun phrase right after the verb)
    relcls = [
        r for r in noun.children if r.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in r.children)
    ]
    # the rest of the clause, hung on "say" or on the relative clause: a verb with no subject of its own after the noun
    # ("said mosquitoes that carry the virus like to breed": "like to breed" on "said"), or a finite verb hung as the
    # relative clause's complement ("said locals who remember those days often bring up …"); "said a blessing that
    # lasted ten minutes" leaves nothing over
    hung_on_say = any(
        c.i > noun.i
        and c.dep_ not in ("punct", "cc", "conj")
        and any(t.pos_ in ("VERB", "AUX") and not any(s.dep_ in ("nsubj", "nsubjpass") for s in t.children) for t in c.subtree)
        for c in verb.children
    )
    return bool(relcls) and (
        hung_on_say
        or any(
            c.dep_ == "ccomp"
            and (c.tag_ in ("VBP", "VBZ", "VBD") or any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children))
            and not any(m.dep_ == "mark" for m in c.children)
            for r in relcls
            for c in r.children
        )
    )


def _bare_subject_read_as_object(verb):
    """ "Kim said a two-year deal allowing the firm to cut prices expired in May", "Lee said the shelling damaged
    homes", "Park said the center complements incubators": the reported clause's subject, with no relative clause on
    it (`_clause_subject_read_as_object` reads that case), that the parser read as the object of "say", its verb
    hung below it or misread as a modifier or a plural noun. Read only where a verb of the clause shows (GUIDE
    attribution: the unit reports content somebody said): a participle or past form between a noun and the object
    ("the shelling damaged homes"), a verb misread as a plural noun between two nouns ("the center complements
    incubators"), a finite verb with no subject of its own below the noun's participle ("a deal allowing … expired") or
    after the noun phrase, or a share counted "of" a group ("says 36% of its accounts on a plan, which …"). A plain
    noun phrase after "said" is the words said or what a thing showed ("said the opposite", "said the anthem before the
    match", "The clock said midnight": no report, GUIDE decision 2), also the answer to a question ("they say the
    economy, the border, …", "Asked about his food, he said pasta"). Returns the clause's verb (the claim's kind is
    judged on it), the object noun where no verb token stands for the clause's, or None."""
    if verb.lemma_ != "say":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].tag_ not in ("NN", "NNS") or objects[0].i < verb.i:
        return None
    noun, doc, lex = objects[0], verb.doc, words()
    if noun.lemma_.lower() in lex.say_objects | lex.say_bare_objects or any(r.dep_ == "relcl" for r in noun.children):
        return None
    before = doc[verb.i + 1 : noun.i]
    if any(
        t.dep_ not in ("det", "amod", "compound", "nummod")
        and t.tag_ != "HYPH"
        and not (t.dep_ == "npadvmod" and doc[t.i + 1].dep_ == "amod" and doc[t.i + 1].tag_ in ("VBN", "VBD"))
        for t in before
    ):
        return None  # (a bare noun phrase right after the verb; "a two-year deal": the hyphen inside it; "the bombing damaged")
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None  # ("…, said another witness": the speaker after the verb)
    if verb.lower_ == "say" and verb.i > 0 and doc[verb.i - 1].is_punct:
        return None  # ("Take two birds—say finches—and …": "say" giving an example, no one speaking)
    if any(t.text in _QUOTE_MARKS for t in doc[verb.i + 1 : noun.right_edge.i + 1]):
        return None  # (a phrase in quotation marks: the words said)
    if any(c.dep_ == "advcl" and c.lemma_ == "ask" and c.tag_ == "VBN" and c.i < verb.i for c in verb.children):
        return None  # ("Asked about his favourite food, he said pasta": the answer given)
    # a verb misread inside the noun phrase, the object then being its own: "the shelling damaged homes" (a past form
    # read as a modifier after a noun), "the center complements incubators" (a verb in -s read as a plural noun
    # between a singular noun and the object); not "the injury-hit squad" nor "the revised figures"
    for t in before:
        prev = doc[t.i - 1]
        if t.dep_ == "amod" and t.tag_ in ("VBN", "VBD") and prev.i > verb.i and prev.tag_ in ("NN", "NNS", "VBG"):
            return t
        if (
            t.i == noun.i - 1
            and t.tag_ == "NNS"
            and t.dep_ == "compound"
            and noun.tag_ == "NNS"
            and prev.i > verb.i
            and prev.tag_ == "NN"
            and prev.dep_ == "compound"
        ):
            return noun
    if any(c.dep_ in ("conj", "appos") for c in noun.children):
        return None  # ("they say the economy, the border, the cost of groceries": a list given as the answer)
    # the clause's own verb below the noun's participle: "a deal allowing the firm to cut prices expired" ("expired"
    # hung as a modifier or complement inside it), not "the figures released in their filings"
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > noun.i):
        for t in acl.subtree:
            if (
                t.i > acl.i
                and t.tag_ in ("VBD", "VBN", "VBZ", "VBP")
                and t.dep_ in ("acl", "ccomp", "advcl", "dep")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in t.children)
            ):
                return t
    # a finite verb right after the noun phrase, or hung on "say" after it, with no subject of its own
    after = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    hung = [c for c in verb.children if c.i > noun.i and c.dep_ not in ("punct", "cc", "conj")]
    for t in ([after] if after is not None else []) + hung:
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return t.head if t.tag_ == "MD" and t.head.i > t.i else t
    if noun.lemma_ in ("%", "percent") and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return noun  # ("Verizon says 36% of their accounts on a Share Everything Plan, which …": a share of a group)
    return None


def bare_subject_verb(verb):
    """The verb of the reported clause `_bare_subject_read_as_object` finds, the claim's content (its kind, modality
    and polarity are judged on it: "Residents said the shelling damaged homes" is an event); None where no verb token
    stands for it ("the center complements incubators": the attribution alone)."""
    found = _bare_subject_read_as_object(verb)
    return found if found is not None and found.pos_ in ("VERB", "AUX") else None


def _gerund_child(verb):
    """The gerund a speech verb reports ("reported being logged off", "recommends wiring it up", "has denied
    being unfair to her": GUIDE decision 24), unlike a noun phrase ("reported the crime"), also after "to"
    ("admitted to having stolen …", "confessed to taking …"; decision 24's gerund with the preposition the
    verb takes)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # ("was said to have been disapproving" is said by nobody named: decision 24)
    after_to = _gerund_after_to(verb)
    if after_to is not None:
        return after_to
    for child in verb.children:
        if (
            child.dep_ == "xcomp"
            and child.i > verb.i
            # (not after an object: "admitted 1.4 million refugees, overwhelming the economy" reports nothing)
            and not any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            and (child.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in child.children))
        ):
            return child
    return None


def _a_gerund(token) -> bool:
    """A gerund, bare or with its own auxiliary ("taking", "having stolen", "being linked")."""
    return token.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in token.children)


def _gerund_after_to(verb):
    """The gerund after a "to" that follows a speech verb with no object between ("admitted to having stolen
    some items", "confessed to taking the money"), else None; "to" before a noun ("admitted to the court") or
    after an object ("told the story to …") leaves no content; only a verb whose gerund is an act it tells as done or
    not done (claims.json `act_gerund_speech_lemmas`): "responded to being ousted" names what was answered."""
    if verb.lemma_ not in words().act_gerund_speech or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    for prep in verb.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ == "to"
            and prep.i > verb.i
            and all(t.dep_ in ("advmod", "neg") for t in verb.doc[verb.i + 1 : prep.i])
        ):
            return next((g for g in prep.children if g.dep_ == "pcomp" and _a_gerund(g)), None)
    return None


def _accused_gerund(verb):
    """What a verb of accusing or blaming (`accusing_lemmas`) says the accused did: the gerund after its "of" or
    "for" ("accused China of using coercion", "blamed Pakistan for using the Taliban", "was accused of concealing",
    "accused the Democrats of being blinded": GUIDE decision 184), else None. Not a noun phrase ("accused X of
    fraud": a speech act, decision 2), nor a participle appended to another clause ("…, accusing X of -ing",
    "after accusing them of …": decision 14, the main clause decides)."""
    if verb.lemma_ not in words().accusing or verb.dep_ in ("advcl", "acl", "relcl", "xcomp", "pcomp"):
        return None
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children):
        return None
    holders = [verb]
    for child in verb.children:
        if child.dep_ == "agent":
            # ("is accused by critics of promoting …": the parser hangs the "of" on the accuser)
            holders.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dobj" and verb.lemma_ == "accuse":
            holders.append(child)  # ("accused the UK of meddling" with "of" on the accused: "accuse … of" is one frame)
    for holder in holders:
        for prep in holder.children:
            # ("credited the crew with saving …", GUIDE decision 488(b))
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with") or prep.i < verb.i:
                continue
            for gerund in prep.children:
                if gerund.dep_ == "pcomp" and (
                    gerund.tag_ == "VBG" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBG" for a in gerund.children)
                ):
                    return gerund
    return None


def _accusation(main_verb, ctx: Context) -> Frame | None:
    """The accusation a clause reports (GUIDE decision 184): its own verb's ("Esper accused China of using …"), or
    that of a verb of accusing joined to it with no subject of its own ("Vietnam is one of China's critics and has
    accused Beijing of encroaching …", where the first verb stays the statement). A passive gives the accuser after
    "by", else no source ("was accused of trying to deceive voters")."""
    accusing = words().accusing
    verb = (
        main_verb
        if main_verb.lemma_ in accusing
        else next((c for c in main_verb.children if c.dep_ == "conj" and c.lemma_ in accusing), None)
    )
    if verb is None:
        return None  # (the cheap test first: no verb of accusing in the clause)
    if _judgement_not_made(verb) or (verb is not main_verb and _judgement_not_made(main_verb)):
        return None  # ("did not criticize the bank for raising fees": GUIDE decisions 756, 795, read as 211(c)-(d))
    gerund = _accused_gerund(verb)
    if gerund is None or (verb is not main_verb and _subject(verb) is not None):
        return None
    # The clause is read from its own verb (content None): the gold gives the accusation's kind as the act the
    # gerund names, an event ("accused China of using coercion"), where the gerund read alone is an activity.
    if any(c.dep_ == "auxpass" for c in verb.children):
        agent = _agent(verb)
        source = source_text(agent, ctx) if agent is not None else None
        if source is not None and gerund.head.head.i == agent.i:
            source = source.split(f" {gerund.head.text} ")[0]  # ("by critics of promoting …": the accuser alone)
        return Frame(verb.text, source, verb, None)
    subject = _subject(main_verb)
    if subject is None:
        return None
    frame = _reported(verb, verb, ctx, subject)
    frame.content = None
    return frame


def _content_before_tag(verb):
    """The statement before a closing speaker tag that the parser hung on "said" as an adverbial clause
    ("As yet, there is no evidence …, the health commission said, …"): a clause with a subject of its
    own, no subordinating word ("When he arrived, he said …") and a comma before the tag's subject."""
    if verb.lemma_ not in words().saying or _has_object(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    for child in verb.children:
        if (
            child.dep_ == "advcl"
            and child.i < subject.i
            and child.left_edge.i == verb.sent.start
            and child.tag_ not in ("WRB", "WDT", "WP")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
            and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in child.children)
        ):
            return child
    return None


def _clause_in_object(verb):
    """The clause "say" reports where the tagger took its verb for a participle on the subject ("The
    unions said more than 15,000 people registered for the rally": "registered" hung on "people"), also on the noun
    of an "of" phrase that counts or measures the subject ("said large amounts of the data needed to be checked":
    "needed" hung on "data")."""
    if verb.lemma_ not in ("say", "add"):
        return None
    say_objects = words().say_objects
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i:
            # (not the words said: "said a prayer of the kind used at burials", claims.json `say_object_nouns`)
            counted = (
                []
                if child.lemma_.lower() in say_objects
                else [
                    p
                    for prep in child.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children
                    if p.dep_ == "pobj"
                ]
            )
            for g in (g for noun in [child, *counted] for g in noun.children):
                if (
                    g.dep_ == "acl"
                    and g.tag_ in ("VBN", "VBD")
                    and g.i > child.i
                    and not any(c.dep_ in ("agent", "aux", "auxpass") for c in g.children)
                ):
                    return g
    return None


def _existential_read_as_object(verb):
    """The existential clause a verb of saying reports where the parser took "there" and "be" for modifiers of the
    noun after them ("say there are rising tensions": "rising" read as the object's adjective, "are" and "there" hung on
    it): "be" right after a "there" that opens the object's phrase heads the clause said. Not "said there" as a place,
    whose "there" is an adverb of the verb, not part of the object."""
    if verb.lemma_ not in words().saying:
        return None
    for child in verb.children:
        if child.dep_ != "dobj" or child.i < verb.i:
            continue
        opener = child.left_edge
        after = verb.doc[opener.i + 1] if opener.i + 1 < len(verb.doc) else None
        if (
            opener.dep_ == "expl"
            and opener.lower_ == "there"
            and after is not None
            and after.lemma_ == "be"
            and after.i < child.i
        ):
            return after
    return None


def _subject(verb):
    doc = verb.doc
    before = doc[verb.i - 1].text if verb.i > 0 else ""
    after_quote = before in ("”", "’", '"', "'", "’’", "»") or (
        before == "," and verb.i > 1 and doc[verb.i - 2].text in ("”", "’", '"', "'", "’’", "»")
    )
    if after_quote and verb.lemma_ in words().reporting:
        # '“…,” said Cambridge Police Commissioner Christine Elow': the speaker after the verb.
        lex = words()
        for child in verb.children:
            if (
                child.i > verb.i
                and child.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "appos")
                and (child.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in child.subtree))
            ):
                return child
            if (
                # '"…," joked one columnist': a person described, not named, the parser took for the verb's object
                # (not the one told: '"…," told reporters')
                child.i > verb.i
                and child.dep_ in ("dobj", "attr", "npadvmod")
                and child.pos_ == "NOUN"
                and child.lemma_.lower() in lex.people  # (people_nouns holds the human nouns)
                and verb.lemma_ not in lex.addressee_object
            ):
                return child
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) > 1:
        # "CPUC President Marybel Batjer said", "Wikileaks editor-in-chief Kristinn Hrafnsson said": the
        # parser may cut the name's modifiers off as a second subject; the person is the speaker.
        # "A spokesperson who did not wish to be named because of agency policy said": the subject
        # that names a person ("policy" is a noun the parser took for a second subject).
        persons = [c for c in subjects if c.ent_type_ == "PERSON"] or [
            c for c in subjects if c.pos_ == "NOUN" and (c.lemma_ in words().human or c.lemma_ in words().titles)
        ]
        return persons[-1] if persons else subjects[-1]
    if subjects:
        return subjects[0]
    hung = _age_hung_on_verb(verb)
    if hung is not None:
        return hung
    if verb.pos_ == "NOUN" and verb.i > 1 and doc[verb.i - 2].text in _QUOTE_MARKS:
        # '"…," another replies.': the tagger read the tag's verb as a plural noun and its speaker, a pronoun that picks
        # one out (claims.json `indefinite_speaker_pronouns`), as that noun's determiner
        picked = doc[verb.i - 1]
        if picked.dep_ == "det" and picked.head.i == verb.i and picked.lower_ in words().indefinite_speakers:
            return picked
    if verb.dep_ == "parataxis" and verb.i + 1 < len(verb.doc) and verb.lemma_ in words().reporting:
        # "This system, says Richard Locksley, an immunologist …, helps direct …": the parser gave the tag's
        # inverted speaker to the main verb as a second subject
        after = entity_of(verb.doc[verb.i + 1])
        if (
            after is not None
            and after.label_ == "PERSON"
            and after.start == verb.i + 1
            and after.root.dep_ == "nsubj"
            and after.root.head.i == verb.head.i
        ):
            return after.root
    # "…, said Anna Melkonyan": spaCy may attach the inverted subject as an object; "…, said another witness in
    # the probe, former adviser Fiona Hill": a description with the person set beside it. (The object of "told" is
    # the one told: "…, Dana Lee, a professor, told the Daily Courier.")
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "attr", "npadvmod")
            and verb.lemma_ not in words().addressee_object
            and child.i > verb.i
            and child.ent_type_ not in ("DATE", "TIME")  # ("…, lead author Dr. X, of …, said Tuesday": no speaker)
            and (
                child.ent_type_ == "PERSON"
                or child.pos_ == "PROPN"
                or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in child.children)
            )
            and child.i > 0
            and verb.doc[verb.i - 1].text in (",", "”", "’", '"', "'", "’’")
        ):
            return child
    return _closing_inverted_speaker(verb) or _speaker_cut_off(verb) or _speaker_hung_before(verb)


# The words a speaker's noun phrase is made of, read leftwards from its last word when the parse of it is lost
_PHRASE_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"))
_PHRASE_PREPOSITIONS = frozenset(("of", "from", "at", "in", "for", "by", "with", "on"))
_PHRASE_OPENERS = frozenset((",", ";", ":", "—", "–", "and", "but", *_QUOTE_MARKS, "’"))


def _nounish(token) -> bool:
    """A noun by its part of speech or by its tag ("This week SDK announced": a name the parser made an auxiliary)."""
    return token.pos_ in ("NOUN", "PROPN") or token.tag_ in ("NN", "NNS", "NNP", "NNPS")


def _dated(token) -> bool:
    return token.ent_type_ in ("DATE", "TIME")


def _name_read_as_modal(token, verb) -> bool:
    """ "Can said …", "May says …": a capitalised name the tagger read as a modal right before a finite verb, which no
    modal can stand before."""
    return token.tag_ == "MD" and token.is_title and token.i + 1 == verb.i and verb.tag_ in ("VBD", "VBZ")


def _phrase_before(doc, end: int, sent_start: int):
    """The noun phrase that ends at `end` (inclusive), read leftwards over its words (articles, modifiers, nouns, a
    possessive, hyphens, and a few prepositions inside it) to a clause's opening: the sentence's start, a comma or other
    punctuation, "and"/"but", or a date before it ("This week SDK …", "on Wednesday Staff Sgt Dana Lee …"). None where
    it opens with a preposition or holds no noun."""
    if not _nounish(doc[end]):
        return None  # (a phrase ends in its noun: not a quoted title, '“Imola” suggests …')
    start = end
    while start > sent_start:
        t = doc[start - 1]
        if _dated(t):
            # (a date inside the phrase after its article, "a March 2019 study", else one before it: "on Wednesday")
            date = entity_of(t)
            if date is None or date.start <= sent_start or doc[date.start - 1].pos_ != "DET":
                break
            start = date.start
            continue
        if t.text in _PHRASE_OPENERS or t.lower_ in _PHRASE_OPENERS:
            break
        if not (
            t.pos_ in _PHRASE_POS
            or _nounish(t)
            or t.tag_ in ("HYPH", "POS")
            or t.text in ("-", "‐")
            or t.lower_ in _PHRASE_PREPOSITIONS
        ):
            return None
        start -= 1
    phrase = doc[start : end + 1]
    if phrase[0].pos_ == "ADP" or not any(_nounish(t) for t in phrase):
        return None
    return phrase


def _phrase_head(phrase):
    """The head of a noun phrase read by `_phrase_before`: a person's name that ends it ("Pakistan's army chief General
    Dana Lee"); else its one word the parser hung outside it, where it built the phrase whole; else its last noun before
    a preposition ("Dr Dana Lee at the Jet Propulsion Laboratory", "an ex-minister from the old government")."""
    last = phrase[-1]
    if last.ent_type_ == "PERSON":
        return last
    hung_out = [t for t in phrase if not phrase.start <= t.head.i < phrase.end]
    if len(hung_out) == 1 and _nounish(hung_out[0]):
        return hung_out[0]  # (the phrase the parser built, only hung in the wrong place)
    first_preposition = next((t.i for t in phrase if t.pos_ == "ADP" and t.i > phrase.start), phrase.end)
    nouns = [t for t in phrase if t.i < first_preposition and _nounish(t)]
    return nouns[-1] if nouns else None


def _speaker_hung_before(verb):
    return _hung_speaker(verb)[0]


def _hung_phrase_words(token) -> list | None:
    """The words of the noun phrase `_speaker_hung_before` read for `token` before its sentence's verb, where it read
    one: the source as that phrase writes it, without the date before it or the description after it ("On Friday
    officials, speaking anonymously, said": "officials", GUIDE decision 517), which the parser may have hung on it."""
    root = token.sent.root
    if root.i <= token.i or (token.head.i == root.i and token.dep_ in ("nsubj", "nsubjpass", "csubj")):
        return None
    head, phrase = _hung_speaker(root)
    if head is None or head.i != token.i or phrase is None:
        return None
    return [t for t in phrase if not t.is_punct or t.tag_ == "HYPH" or t.text in ("-", "‐")]


def _hung_speaker(verb):
    """(speaker, the noun phrase read for it, or None where the speaker is a person named apart from one) of
    `_speaker_hung_before`.

    The speaker right before a finite reporting verb that heads its sentence, which the parser hung elsewhere and so
    left the verb no subject ("This week SDK announced …", read as an auxiliary; "Staff Sgt Dana Lee, 39, admitted
    …", read as the object of an opening phrase; "The agency has, however, found …"; "… and a hospital spokesman said
    …"): the noun phrase before the verb's own auxiliaries and adverbs, an age set off by commas, and a time (GUIDE
    decision 517); before a description set off by commas ("a study by the institute, a London think tank, concluded
    …"), the phrase it describes, or a person the description names ("the deputy mayor, Dana Lee, said …"). Who said it
    is its source (the guide's attribution section)."""
    lex = words()
    if (
        verb.dep_ != "ROOT"
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or not (verb.lemma_ in lex.reporting or verb.lemma_ in lex.findings)
    ):
        return None, None
    doc = verb.doc
    sent_start = verb.sent.start
    j = verb.i - 1
    while j > sent_start:
        t = doc[j]
        if (
            t.head.i == verb.i
            and t.dep_ in ("aux", "advmod", "neg")
            and (t.tag_ in ("VBZ", "VBD", "VBP", "MD", "RB", "RBR", "RBS") or t.lower_ in ("not", "n't"))
            and not _name_read_as_modal(t, verb)
        ):
            j -= 1
        elif _dated(t) or (t.pos_ == "ADP" and t.head.i == verb.i and any(_dated(c) for c in t.children)):
            j -= 1  # ("has over the past few months repeatedly warned", "last week said")
        elif t.text == "," and j - 2 > sent_start and doc[j - 1].like_num and doc[j - 2].text == ",":
            j -= 3  # (an age: "Dana Lee, 39, admitted")
        elif t.text == "," and any(doc[k].pos_ == "ADV" and doc[k].head.i == verb.i for k in (j - 1, j + 1)):
            j -= 1  # (", however,")
        else:
            break
    if j <= sent_start and doc[j].text in _PHRASE_OPENERS:
        return None, None
    if _name_read_as_modal(doc[j], verb):
        return doc[j], None
    described = None
    if doc[j].text == ",":
        # a description set off by commas: the phrase before it, unless the description names the person
        opening = next((k for k in range(j - 1, sent_start, -1) if doc[k].text == ","), None)
        if opening is None:
            return None, None
        description = doc[opening + 1 : j]
        if any(t.dep_ in ("nsubj", "nsubjpass") or t.text in _QUOTE_MARKS for t in description):
            return None, None
        described = description
        j = opening - 1
    phrase = _phrase_before(doc, j, sent_start) if j >= sent_start else None
    if phrase is None:
        return None, None
    if described is not None and phrase.start > sent_start and doc[phrase.start - 1].lower_ in ("and", "but"):
        return (
            None,
            None,
        )  # (the last of a list, set off with its description: "a letter to Dana Lee, …, and Tom Reed, the …, said")
    if described is not None and described[-1].ent_type_ == "PERSON" and not any(t.ent_type_ == "PERSON" for t in phrase):
        return described[-1], None
    head = _phrase_head(phrase)
    if head is None or (
        head.ent_type_ != "PERSON"  # (a person is read by the name's own words)
        and any(not (phrase.start <= t.i < verb.i or _dated(t) or t.is_punct) for t in head.subtree)
    ):
        return None, None  # (the parser hung more on it than the phrase and a date: its words would not be the source's)
    if head.dep_ == "appos" and head.head.i < phrase.start and doc[phrase.start - 1].text == ",":
        # ("…at the film festival, the 31-year-old filmmaker says": read as describing the thing before it, as the text's
        # descriptions were taken)
        return None, None
    return head, phrase


def _closing_inverted_speaker(verb):
    """The speaker named after a reporting verb that closes the sentence after a comma, with no quote before it ("…,
    noted experts.", "…, reported the radio station's reporter, who was in the courtroom."): the noun phrase after the
    verb, which ends the sentence; the statement before the comma is what was said."""
    doc = verb.doc
    if verb.lemma_ not in words().reporting or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if verb.lemma_ in words().addressee_object:
        return None  # ("…, told reporters.": the one told)
    if verb.dep_ not in ("ROOT", "advcl", "conj", "parataxis") or any(c.dep_ in _CONTENT and c.i > verb.i for c in verb.children):
        return None
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    # the verb's own phrases of where, when or in what it was said, after the speaker, end the tag too (", wrote the
    # engineers in a paper.", ", reported the newspaper on Monday."): GUIDE core attribution, the source the noun phrase
    # the tag names, the cue its verb (decision 375) (a finite verb only: "…, alleging excessive force at the encounter"
    # is no tag)
    trailing = after[1:] if verb.tag_ in ("VBD", "VBZ", "VBP") and all(_said_where_or_when(c) for c in after[1:]) else ()
    if len(after) - len(trailing) != 1:
        return None
    if trailing and verb.dep_ == "conj" and verb.lemma_ in words().target_object:
        return None  # ("She voted against the bill, questioned Dana Reeve at a hearing.": a second act aimed at its object)
    if after[0].dep_ not in ("nsubj", "dobj", "attr", "npadvmod") or after[0].pos_ not in ("NOUN", "PROPN"):
        return None
    speaker = after[0]
    if speaker.ent_type_ in ("DATE", "TIME"):
        return None  # ("…, lead author Dr. Dana Lee, of …, said Monday.": when it was said, no speaker)
    lex = words()
    if speaker.pos_ == "NOUN" and (
        verb.dep_ == "conj"  # ("She paid the bill, reported the theft.": the object of a second act)
        or speaker.lemma_.lower() not in lex.human | lex.people | lex.finders | lex.org_nouns
    ):
        return None
    end = trailing[-1].right_edge.i if trailing else speaker.right_edge.i
    if any(not t.is_punct for t in doc[end + 1 : verb.sent.end]):
        return None  # (the sentence goes on: a clause of its own)
    return speaker


def _said_where_or_when(child) -> bool:
    """A phrase on a closing tag's verb that only says where, when or in what the words were said ("in a paper",
    "on Monday", "in a paper describing their work"): a preposition with a noun for its object."""
    if child.dep_ == "prep":
        objects = [c for c in child.children if not c.is_punct]
        return len(objects) == 1 and objects[0].dep_ == "pobj" and objects[0].pos_ in ("NOUN", "PROPN")
    return child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME")


def _speaker_cut_off(verb):
    """The person of a speaker tag whose name the parser hung elsewhere, leaving the reporting verb no
    subject: the name just before the verb ('…," chairman, CEO and president Craig Menear said', where
    the titles went to the quote as appositions) or, after a quote or a comma, the first name after
    it past the speaker's titles (', said the company's newly named chair Anna Reyes in an email', read as
    a clause "named … Reyes")."""
    doc = verb.doc
    if verb.lemma_ not in words().reporting or verb.i == 0:
        return None
    before = entity_of(doc[verb.i - 1])
    if (
        before is not None
        and before.label_ == "PERSON"
        and before.end == verb.i
        # a tag after a quote (in narration, "Early says there is …", the name is the subject the
        # parser read as an adverb: `_surname_read_as_adverb`, which also makes them the last subject)
        and any(t.text in ("”", '"') for t in doc[verb.sent.start : before.start])
    ):
        return doc[verb.i - 1]
    if doc[verb.i - 1].text not in (",", *_QUOTE_MARKS):
        return _name_set_off_before(verb) or _subject_hung_elsewhere(verb)
    given_names = words().given_names
    for token in doc[verb.i + 1 : min(verb.i + 10, len(doc))]:
        if token.ent_type_ == "PERSON" and not _possessor(token):
            return token
        if token.pos_ == "PROPN" and token.text in given_names and token.ent_type_ in ("ORG", ""):
            # (", said the firm's executive chair Marcelo Ruiz in an email": a name the model took for a body, known
            # by its common given name)
            name = token
            while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN" and doc[name.i + 1].is_title:
                name = doc[name.i + 1]
            if name.i > token.i and not _possessor(name):
                return name
        if token.is_punct or (token.pos_ in ("ADP", "SCONJ", "VERB", "AUX") and token.tag_ != "VBN"):
            break
    return _name_set_off_before(verb)


def _age_hung_on_verb(verb):
    """'"I am happy," the 52-year-old said.': the "old" of an age right before a reporting verb that has no subject, where
    the parser hung the age on the verb as its modifier: the speaker, "the 52-year-old" (`source_text`, decision 553)."""
    doc = verb.doc
    if verb.i < 3 or verb.lemma_ not in words().reporting:
        return None
    age = doc[verb.i - 1]
    if age.lower_ != "old" or age.head.i != verb.i or age.dep_ not in ("amod", "npadvmod", "advmod"):
        return None
    first = age.left_edge
    if first.i == 0 or doc[first.i - 1].lower_ != "the" or not _AGE.fullmatch(doc[first.i : age.i + 1].text):
        return None
    return age


def _subject_hung_elsewhere(verb):
    """The noun phrase that stands between a comma and a finite reporting verb left with no subject, where
    the parser hung it elsewhere: as an apposition inside the sentence's opening phrase ("In its coverage
    of the relationship between the CIA and Sands, the New York Times claimed …", "According to a blog post
    for InfoAmazonia, Brazil's National Institute for Space Research predicts …") or as the verb's own
    compound ("…, the paper states."). Its head is the phrase's last noun that hangs outside it."""
    doc = verb.doc
    # (a finite verb, or "states" the tagger took for a plural noun at the sentence's end)
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP", "NNS"):
        return None
    if verb.i == 0 or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None  # (the cheap test first: the phrase ends in a noun right before the verb)
    sent_start = verb.sent.start
    start = verb.i
    while start > sent_start and doc[start - 1].text not in (",", ";", ":", "—", "–", *_QUOTE_MARKS):
        start -= 1
    if start == sent_start or start == verb.i or doc[start - 1].text != ",":
        return None
    phrase = doc[start : verb.i]
    if any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM") or (t.is_punct and t.text != "-") for t in phrase):
        return None  # a clause or a list, not one noun phrase ("…, he said": a subject the parser did find)
    heads = [t for t in phrase if not start <= t.head.i < verb.i and t.pos_ in ("NOUN", "PROPN")]
    if not heads or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[-1]


def _possessor(token) -> bool:
    """A name that owns the noun after it (", said Jobs' departure has …", ", said Trump's adviser …"): the
    subject of what was said, or whose the speaker is, never the speaker."""
    doc = token.doc
    return token.dep_ == "poss" or (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")


def _name_set_off_before(verb):
    """The person whom the speaker tag's description follows between commas, where the parser gave the verb no
    subject: a name opening the sentence ("Jeff Gamet, managing editor of The Mac Observer online news site focused on
    Apple, said …", the name made the subject of a participle inside the description), or a name set off by a comma
    after the words before it with its description hung on it ("…, Carl Hume, special agent for the attorney general's
    office, said.", "Despite the concern, Dana Lee, Director of Public Affairs at the Division told reporters …": the
    parser joined the name to the noun before it as a conjunct)."""
    doc = verb.doc
    sent = verb.sent
    end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    ent = entity_of(doc[sent.start])
    if (
        ent is not None
        and ent.label_ == "PERSON"
        and end < verb.i
        and ent.end < end
        and doc[ent.end].text == ","
        and not _clause_between(doc[ent.end : verb.i])
    ):
        return ent.root
    named = [e for e in entities(doc) if _set_off_name(e) and sent.start < e.start and e.end < end]
    if not named:
        return None
    ent = named[-1]
    titled = _titled_after_quote(ent)
    # (what describes the name: an apposition hung on it, or after a title a phrase that says where the person works:
    # '…," lead author Dr. Dana Lee, of the state health department, said')
    describing = ("appos", "prep") if titled else ("appos",)
    described = [t for t in doc[ent.end + 1 : end] if t.dep_ in describing and ent.start <= t.head.i < ent.end]
    if (
        # (set off after a comma, or after a quote that closes just before it: '…,” Dana Lee, a professor, told …', or
        # after that quote and the person's title: '…,” study co-author Dana Lee, a professor, told …')
        not (
            doc[ent.start - 1].text == ","
            or (doc[ent.start - 1].text in _QUOTE_MARKS and ent.start > 1 and doc[ent.start - 2].text in (",", ".", "?", "!"))
            or titled
        )
        or doc[ent.end].text != ","
        or _clause_between(doc[ent.end : verb.i])
        # (the words between describe the name: an apposition hung on it)
        or not described
    ):
        return None
    if ent.label_ != "PERSON" and not any(t.pos_ == "NOUN" and t.lemma_.lower() in _person_nouns() for t in described):
        return None  # (a body set off with what it is: "…, Acme Corp, the parent company, said" is no person's tag)
    return ent.root


def _titled_after_quote(ent) -> bool:
    """Whether the name stands right after a closing quote and the person's title, lower-case words ending in a noun for
    a person and maybe an honorific ('…," lead author Dr. Dana Lee, …', '…,” study co-author Dana Lee, …'): the parser may
    read the title's first word as a verb whose subject the name is, so the tag's verb is left without one."""
    doc = ent.doc
    lex = words()
    start = ent.start
    while start > 0 and doc[start - 1].text in lex.honorifics:
        start -= 1
    if start == 0 or doc[start - 1].lemma_.lower() not in _person_nouns():
        return False
    first = start - 1
    while first > 0 and start - first < 5 and (doc[first - 1].is_lower and doc[first - 1].is_alpha or doc[first - 1].text == "-"):
        first -= 1
    return (
        first > 1
        and doc[first - 1].text in _QUOTE_MARKS
        and doc[first - 2].text in (",", ".", "?", "!")
        and all(t.is_alpha and t.is_lower or t.text == "-" for t in doc[first:start])
    )


def _set_off_name(ent) -> bool:
    """A person entity, or a name the model gave another label ('"…," Dana Lee-Wong, a professor at …, told reporters':
    the closing quote mark taken into a work of art; a name it took for a body) that is proper nouns alone, past an
    opening quote mark; `_name_set_off_before` then asks a person's role of its apposition."""
    if ent.label_ == "PERSON":
        return True
    if ent.label_ not in ("ORG", "WORK_OF_ART", "GPE", "NORP", "PRODUCT", "FAC", "LOC"):
        return False
    words_ = [t for t in ent if t.text not in _QUOTE_MARKS]
    return len(words_) >= 2 and all(t.pos_ == "PROPN" or t.text == "-" for t in words_)


def _person_nouns() -> frozenset:
    lex = words()
    return lex.human | lex.titles


def _clause_between(span, name=None) -> bool:
    """Whether the words between a name and its speaker tag hold a clause of their own ("Gamet, who runs …, said" aside,
    "X, it is said,") or a quote, so that the name is no speaker set off before the tag. Given the `name`'s token, a
    relative clause on it is no clause of its own: it describes the speaker ('…," lead author Dana Lee, who runs the
    lab, said', GUIDE decision 2)."""

    def describes_the_name(token) -> bool:
        return name is not None and any(t.dep_ == "relcl" and t.head.i == name.i for t in (token, *token.ancestors))

    return any((t.tag_ in FINITE_TAGS and not describes_the_name(t)) or t.text in _QUOTE_MARKS for t in span)


def _authors_of(work):
    """The possessor of a work ("Lawrence's work") and the object of its "by" ("work by the researchers")."""
    for c in work.children:
        if c.dep_ == "poss":
            yield c
        elif c.dep_ == "prep" and c.lower_ == "by":
            yield from (o for o in c.children if o.dep_ == "pobj")


def _an_author(word) -> bool:
    """Whether a work's possessor or "by" object names its researchers: a person's or body's proper name ("Lawrence",
    "the Salk Institute"), a finder ("researchers") or a group named by its research ("the survey team"); not "their",
    "the crew's" or "by the river"."""
    if word.pos_ == "PROPN" and word.ent_type_ in ("PERSON", "ORG"):
        return True
    lex = words()
    research = (c.lemma_.lower() for c in word.children if c.dep_ == "compound")
    return word.lemma_.lower() in lex.finders or any(r in lex.studies or r in lex.finders for r in research)


def _counted_studies(subject):
    """The works a subject counts or masses ("a number of studies", "one of these analyses", "a growing body of
    research", claims.json `finding_part_nouns`): the object of its "of" where that is a study's noun, else None (not
    "a number of residents", people whose finding `_found_by_people` reads)."""
    lex = words()
    if subject.lemma_.lower() not in lex.finding_parts and subject.lower_ not in lex.finding_parts:
        return None
    lemmas = lex.studies | lex.authored_works
    return next(
        (
            work
            for of in subject.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for work in of.children
            if work.dep_ == "pobj" and (work.lemma_.lower() in lemmas or work.lower_ in lex.studies)
        ),
        None,
    )


def work_heading(subject):
    """The work that heads a subject: the study a count or mass of works names ("one of these studies", "a number of
    analyses": `_counted_studies`), else the subject itself, so that the source and the kind code read "One of these
    studies shows that …" as "These studies show that …" (GUIDE decision 17)."""
    return _counted_studies(subject) or subject


def _finder(subject, ctx: Context | None) -> bool:
    """A study, the people who made it ("researchers found that …", "They discovered that …"
    after "researchers"; GUIDE decisions 17, 26), or a body or person the text names."""
    lex = words()
    lemma = subject.lemma_.lower()
    if lemma in lex.studies or lemma in lex.finders or subject.lower_ in lex.studies:  # ("data": the lemma is "datum")
        return True
    if _counted_studies(subject) is not None:
        return (
            True  # ("A number of studies show that …", "One of these analyses shows that …", "a host of experiments have shown")
        )
    if lemma in lex.recordings:
        # "The dashcam footage shows that …": what a device's record gives (GUIDE decision 734); "the overall
        # picture shows that …" is a situation, no record
        return lemma not in lex.figurative_recordings or any(
            (c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.recording_media)
            or (c.dep_ == "det" and c.lower_ in ("this", "these"))
            for c in subject.children
        )
    if lemma in lex.authored_works and any(_an_author(a) for a in _authors_of(subject)):
        return True  # ("Lawrence's work shows that …", "Followup work by the researchers showed …": research with its authors)
    named = [subject, *(c for c in subject.children if c.dep_ == "appos")]  # ("the chemist Dana Holt")
    if any(t.ent_type_ in ("ORG", "PERSON") and t.pos_ == "PROPN" for t in named):
        # a named body or person ("The Lancet Commission on pollution and health found that …", "the biochemist
        # Soraya Shirazi-Beechey showed in a paper that …"): what they found is theirs, like a study's
        return True
    return ctx is not None and ctx.they_for_a_group_of(subject, lex.finders)


def _showing_record(verb, subject) -> bool:
    """A document or record a party drew up, filed or kept, or a model or projection researchers built, as the subject
    of a verb that shows ("Court records show that …", "The complaint shows that the bank knew …", "Computer models
    showed that …"): what it holds is reported like a study's finding (GUIDE decisions 17, 101, 618(a), 644(a): a
    named or described document stays a source; 698(a) for models and projections). Not "the record shows" (a tally)
    nor "the plan shows" (a thing that conveys by what it is, decision 141)."""
    lex = words()
    if verb.lemma_ not in lex.study_only_findings or subject.pos_ != "NOUN":
        return False
    if subject.lemma_.lower() in lex.research_models:
        return _research_model(subject, lex)
    return subject.lemma_.lower() in lex.showing_records or subject.lower_ in lex.showing_records


def _research_model(subject, lex) -> bool:
    """A "model" researchers built to compute results (GUIDE decision 698(a)), known by a positive mark: the plural
    ("Models show that …"), an "of"-phrase naming what is modelled ("the model of the estuary"), or a research modifier
    ("climate models", "a statistical model"). A bare one may be a product, a scheme, a person or a display ("the new
    model shows that the carmaker …", "her role model showed that …"): no source (decisions 26, 35, 141, 320)."""
    return subject.tag_ == "NNS" or any(
        (
            c.dep_ in ("compound", "amod", "nmod")
            and (c.lower_ in lex.research_model_modifiers or c.lemma_.lower() in lex.research_model_modifiers)
        )
        or (c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children))
        for c in subject.children
    )


def _scene_shown(verb, subject, content) -> bool:
    """An object and a participle after a verb of showing whose subject is a study or a recording ("The survey showed
    voters turning away", "Security video shows a man entering the store"): the pair reads as a clause, the content
    shown (GUIDE decisions 397, 734); not a person's "found himself mired in …" (a state he ended up in)."""
    lex = words()
    return (
        verb.lemma_ in lex.study_only_findings
        and content.dep_ == "ccomp"
        and content.i > verb.i
        and content.tag_ in ("VBG", "VBN")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in content.children)
        and (work := work_heading(subject)) is not None
        and (
            work.lemma_.lower() in lex.studies
            or work.lemma_.lower() in lex.recordings
            or work.lower_ in lex.studies
            or _showing_record(verb, work)
        )
    )


def _participle_on_object(verb) -> bool:
    """A verb of showing with an object and a participle the parser hung on the object ("shows a man entering the
    store", "showed the car parked outside"): the pair reads as a clause (GUIDE decisions 397, 734)."""
    return verb.lemma_ in words().study_only_findings and any(
        c.dep_ == "dobj" and c.i > verb.i and any(_scene_participle(c, g) for g in c.children) for c in verb.children
    )


def _scene_participle(noun, participle) -> bool:
    """A participle on the object of "show" that tells what the object was doing or how it was at the time recorded
    ("a man entering the store", "the car parked outside"), not an aside set off by a comma ("the cathedral, damaged by
    fire in 2019") nor a past participle that describes the object by its maker, owner or date ("a tanker owned by a
    Greek firm", "a runway built in 2021"): a noun phrase alone, no content (GUIDE decision 734, last sentence)."""
    if participle.dep_ != "acl" or participle.tag_ not in ("VBG", "VBN") or participle.i <= noun.i or _to_infinitive(participle):
        return False
    if participle.doc[participle.i - 1].text == ",":
        return False
    return participle.tag_ == "VBG" or not any(
        t.dep_ == "agent" or t.ent_type_ == "DATE" for t in participle.subtree if t.i != participle.i
    )


def _found_by_people(subject, ctx: Context) -> bool:
    """People described by what they are or do ("the water board director found that …", "clerks and investigators
    determined that …") and a "he" or "she" for a person (GUIDE decisions 26, 165), or a "they" for the group of people or
    the body last named as a subject ("The team, led by Dana Roe, used …" / "They found that …"); the writer's "I found",
    "we found" stay the writer's voice (decisions 25, 55)."""
    lex = words()
    if subject.lower_ in ("he", "she"):
        return True
    if subject.lower_ == "they":
        # (only people and bodies are noted as what "they" stands for; what "they showed" is the researchers' finding
        # only where they are named as such, `_finder`: "They showed that …" after a group may be things read)
        return bool(ctx.last_plural) and subject.head.lemma_ not in lex.study_only_findings
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in lex.human | lex.people | lex.finders for t in _conjoined(subject))


def _clause_found_by_people(verb, subject, content) -> bool:
    """The clause people found is a statement after the verb: one opened by "that" ("She discovered that …"), or for a
    described person one with a subject of its own ("An expert determined the firm saved …"); not a clause before it
    ("That's right — a man found a statue …") nor a person found in some state ("He discovered Dana slumped …")."""
    if content.i < verb.i:
        # ("The bridges need repairs, the inspectors found.": a closing tag after a comma, with nothing found after it)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (
            subject is not None
            and content.right_edge.i < subject.left_edge.i
            and verb.doc[subject.left_edge.i - 1].text == ","
            # (a time or place after the tag may follow: ", the inspectors found last week", "… found in a report")
            and all(
                c.dep_ in ("nsubj", "punct", "advmod", "aux", "ccomp") or (c.dep_ in ("npadvmod", "prep") and c.i > verb.i)
                for c in verb.children
                if c.i != content.i
            )
            and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        )
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children):
        return True
    return subject.pos_ == "NOUN" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PROPN" for c in content.children)


def _conjoined(token) -> list:
    """`token` and the nouns conjoined to it ("technicians and investigators")."""
    return [token, *(t for t in token.subtree if t.dep_ == "conj" and t.head.i in (token.i, *(c.i for c in token.conjuncts)))]


def _asks_for_the_holder(main_verb) -> bool:
    """Whether the clause is a question that asks who says or holds a clause ("Who says ferries can't sail at night?",
    GUIDE decision 757): "who" is the subject of the reporting verb, the clause's own verb or the one it hangs from. The
    question mark is the reporter's clause's own, also inside a quotation a tag attributes ("“Who says we can’t win?” he
    asked.")."""
    reporting = words().reporting
    for reporter in (main_verb, main_verb.head) if main_verb.dep_ == "ccomp" else (main_verb,):
        if reporter.lemma_ in reporting and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in reporter.children):
            end = max(t.i for t in reporter.subtree)
            return any(t.text == "?" for t in reporter.doc[reporter.i : end + 2])
    return False


def find_frame(main_verb, clause_start: int, clause_end: int, ctx: Context) -> Frame | None:
    """The attribution frame of the clause headed by `main_verb`."""
    from .reading import speech_withheld  # (reading imports dates, which imports this module)

    lex = words()
    doc = main_verb.doc
    if _asks_for_the_holder(main_verb):
        return None  # "Who says ferries can't sail?": no one is reported to say it (GUIDE decision 757)
    inside = range(clause_start, clause_end)
    subject = _subject(main_verb)
    if (
        subject is not None
        and main_verb.dep_ == "ROOT"
        and subject.i < main_verb.i
        and subject.head.i != main_verb.i
        and subject.ent_type_ == "PERSON"
        and not any(t.text in _QUOTE_MARKS for t in doc[main_verb.sent.start : subject.i])
    ):
        # a speaker opening the sentence whom the parser hung elsewhere ("Jeff Gamet, managing editor of …
        # focused on Apple, said"): the main clause's subject in fact, so a later "he said" is theirs
        name = person_name(subject, ctx)
        if name:
            ctx.turn_to(name)
    owed_saying = _writers_owed_saying(main_verb, subject)
    if owed_saying is not None:
        said, content, writer = owed_saying
        return _reported(said, content, ctx, writer)
    # "X said (that) …", "…, X said": the main verb reports a clause.
    study = (
        _study_before(subject) if main_verb.lemma_ in lex.findings and subject is not None and subject.lower_ == "it" else None
    )
    if (
        main_verb.lemma_ in lex.findings
        and subject is not None
        and (study is not None or _finder(subject, ctx) or _found_by_people(subject, ctx) or _showing_record(main_verb, subject))
        # ("The data will determine how seats are shared", "Voters could have shown they were tired": no finding made,
        # GUIDE decision 332)
        and not any(c.tag_ == "MD" for c in main_verb.children)
    ):
        content = _content_child(main_verb)
        if (
            content is not None
            and study is None
            and not _finder(subject, ctx)
            and not _showing_record(main_verb, subject)
            and not _clause_found_by_people(main_verb, subject, content)
        ):
            content = None
        if (
            content is not None
            and not any(c.dep_ == "mark" for c in content.children)
            # (not the one shown to: "They are showing you the ice is melting")
            and any(c.dep_ == "dobj" and c.pos_ != "PRON" and main_verb.i < c.i < content.i for c in main_verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in content.children)
        ):
            # ("The video shows the tense moments officers rammed the door": a clause with a subject of its own and no
            # "that" after the object is a relative on it, the parser's "ccomp"; a bare noun phrase shown reports no
            # content, GUIDE decision 734. Not "The figures show nine of every 100 pupils were out": the clause's own
            # subject taken for the object.)
            content = None
        # (a finite clause, not a small one: "Trump finds himself mired in cases" found nothing; but an object with a
        # participle after a study's or a recording's "show" reads as a clause, "The survey showed voters turning away",
        # "The footage shows the van turning left", GUIDE decisions 397, 734)
        if (
            content is not None
            and (
                content.tag_ in ("VBD", "VBZ", "VBP")
                or any(c.dep_ in ("aux", "auxpass", "mark") for c in content.children)
                or _scene_shown(main_verb, subject, content)
                # ("Globex controlled most of the market by 2009, court filings show.": a past tense before a closing
                # tag, with a subject of its own and no auxiliary, that the tagger read as a participle)
                or (content.tag_ == "VBN" and content.i < main_verb.i and any(c.dep_ == "nsubj" for c in content.children))
            )
            and not _indirect_question(main_verb, content)  # ("would not reveal whether the plant will close")
        ):
            frame = _reported(main_verb, content, ctx, study)  # "The study found that …" (GUIDE decision 17)
            if subject.lemma_.lower() in lex.recordings and _scene_shown(main_verb, subject, content):
                # ("Video footage shows police beating protesters": a scene the device recorded, which happened; the
                # showing verb's own reading gives that, not the bare participle)
                frame.content = None
            return frame
        if (
            content is None
            and (subject.lemma_.lower() in lex.recordings or _showing_record(main_verb, subject))
            and _participle_on_object(main_verb)
        ):
            # ("Security video shows a man entering the store": the participle hung on the object, the same scene; so
            # too a record's or a model's, "The forecasts showed the committee shifting its outlook", GUIDE decision 397)
            frame = _reported(main_verb, main_verb, ctx)
            frame.content = None
            return frame
    if _naming(main_verb):
        return None
    gerund_cue = _gerund_call_cue(main_verb, subject)
    if gerund_cue is not None:
        # "The mayor has called for widening the ring road", "Ishiba advocated revising the pact": the gerund names what
        # is called for (GUIDE decisions 24, 748, 886), read from the clause's own verb like "called for X to"
        frame = _reported(main_verb, main_verb, ctx)
        frame.cue, frame.content = gerund_cue, None
        return frame
    called_for = _called_for(main_verb)
    if called_for is not None:
        # "Wheatley called for Fahie and Maynard to be afforded due process" reports what was called for (GUIDE
        # decision 76), read from the clause's own verb like "urged X to"; "called for a soaring anthem that …"
        # (a noun phrase, whatever the parser hangs after it) is a speech act with no content (decision 61).
        # ("asked for more time to prepare its case", "appealed for funds to rebuild": a purpose, no call; "never
        # pushed for him to stay": a call not made, decisions 296, 748)
        if subject is None or _negated(main_verb) or asked_for_someone_to(main_verb, called_for) is None:
            return None
        frame = _reported(main_verb, main_verb, ctx)
        frame.cue, frame.content = f"{main_verb.text} {called_for.text}", None
        return frame
    directed = _directed_cue(main_verb, subject)
    if directed is not None:
        # "The board ordered the staff to leave", "invited the singer to perform", "called on the mayor to resign",
        # "ordered that the gates be locked": the one who orders or asks is the source of what is asked (GUIDE
        # decisions 45, 183, 331, 749), the clause read from its own verb like "urged X to"
        frame = _reported(main_verb, main_verb, ctx)
        frame.cue, frame.content = directed, None
        return frame
    if main_verb.lemma_ in lex.knowing and _third_party_knows(main_verb, subject) and _learner(main_verb, subject):
        content = _content_child(main_verb)
        # "Schiff also knows that voters …", and with the "that" left out, "The firm knew it was working on …" (GUIDE
        # decisions 93, 104)
        if content is not None and (
            any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children)
            or (_stated_clause(main_verb) or main_verb).i == content.i
        ):
            return _reported(main_verb, content, ctx)
    clause = _understood_or_seen(main_verb, subject)
    if clause is not None:
        return _reported(main_verb, clause, ctx)
    if (
        main_verb.lemma_ in lex.concluding
        and subject is not None
        and subject.dep_ == "nsubj"
        and not _has_object(main_verb)
        # (no judgement made: "may decide the plan is too costly", "has not decided that …")
        and not any(c.tag_ == "MD" or c.dep_ == "neg" for c in main_verb.children)
    ):
        # "Member states decided Monday that the union must …", "The team decided it was too costly" (GUIDE decision
        # 165): the holder's judgement, its clause read as the claim ("decided to" + verb stays decision 210's frame)
        content = _stated_clause(main_verb)
        if content is not None:
            return _reported(main_verb, content, ctx)
    accusation = _accusation(main_verb, ctx)
    if accusation is not None:
        return accusation
    made_clear = _made_clear(main_verb)
    if made_clear is not None and subject is not None:
        # "Haley made clear that she saw …", "She had made it very clear that she would …" (GUIDE decision 288)
        cue, content = made_clear
        frame = _reported(main_verb, content, ctx)
        frame.cue = cue
        if any(t.text == ":" for t in doc[main_verb.sent.start : subject.left_edge.i]):
            # ("But what is known is that X had every reason …: She had made it very clear that …": the clause before
            # the colon stays the main statement, GUIDE decision 1)
            frame.content = None
        return frame
    if _reports(main_verb, clause_start) and not _subordinate_root(main_verb) and not _expectation(main_verb):
        content = (
            _content_child(main_verb)
            or _content_attached_below(main_verb)
            or _that_clause_hung_as_modifier(main_verb)
            or _content_before_tag(main_verb)
            or _gerund_child(main_verb)
            or _clause_in_object(main_verb)
            or _existential_read_as_object(main_verb)
            or bare_subject_verb(main_verb)
        )
        if content is not None and main_verb.lemma_ not in lex.reporting and _quote_opens_between(content, main_verb):
            # ('A firestorm erupted – “…,” one response began – and …': a tag verb such as "began" reports only the
            # quote it tags, not a clause of the writer's the parser hung on it; GUIDE decision 375)
            return None
        if content is not None and not _indirect_question(main_verb, content):
            return _reported(main_verb, content, ctx)
        if content is not None and doc[clause_end - 1].text == ":" and not _negated(main_verb):
            # "She explained why the traders had walked out:" above the quote it announces: the question only names
            # what the quote goes on to tell, so the lead-in is the speaker's tag (GUIDE decisions 85, 567); not "The
            # court did not explain why …:", which reports no content, before the writer's own account (decision 134)
            content = None
        if subject is not None and content is None:
            # 'He said: "…"' (before a quote, in this sentence or the next); "reiterated the
            # position that …"; "called it a sham", "described it as satire"; "urged Vietnam to
            # push back": the attribution stands, and the clause is read from its own verb.
            colon = any(c.text == ":" and c.i > main_verb.i for c in main_verb.children)
            objects = [c for c in main_verb.children if c.dep_ == "dobj"]
            that_object = any(
                g.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in g.children) for o in objects for g in o.children
            )
            # (an infinitive or participle after the object only for a verb that directs: "urged Vietnam to push back";
            # "announced the selection of SpaceX to join …", "admitted 1.4 million refugees, overwhelming …" report nothing)
            # (not where the object is an event the verb convenes: "called a strike to win higher pay" holds
            # it for a purpose and urges no one, `_convened_event`)
            directs = (main_verb.lemma_ in lex.directive or main_verb.lemma_ in lex.obligating_directive) and not any(
                _convened_event(main_verb, o) for o in objects
            )
            complement = any(
                c.dep_ == "oprd"
                or (c.dep_ == "xcomp" and directs)
                # (an infinitive in quotation marks the parser hangs as an adverbial clause: 'implores his readers "to
                # become more aware …"')
                or (c.dep_ == "advcl" and directs and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                # (not "As of 2016, …", nor after the object: "reported assets of $4 million as of June 30")
                or (c.dep_ == "prep" and c.lower_ in ("as", "to") and c.i > main_verb.i and not _as_of(c))
                # ('described the yard where the crews work as "a death trap"': the "as" hung on a clause in the object;
                # a verb of describing only, not 'announced a plan to rebrand the stores as "FreshMart"', decision 2)
                or (
                    c.dep_ == "dobj"
                    and (main_verb.lemma_ in lex.described_as or main_verb.lemma_ in lex.portrayals)
                    and bool(as_label_in_object_clause(main_verb))
                )
                # ("described the ranks as plagued by incompetence": "as" + a participle with no subject of its own, hung
                # as a clause; not "told the story as he left")
                or (
                    c.dep_ == "advcl"
                    and c.i > main_verb.i
                    and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                    and not any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)
                )
                for c in main_verb.children
            )
            # ('called the new service "radio without rules"', the object read as a modifier of the judgement: GUIDE
            # decision 211; a name given, "called him Mike", was left out above, and an unquoted word may still name,
            # "They called it charging")
            judged_without_object = (
                main_verb.lemma_ == "call"
                and not objects
                and subject.dep_ == "nsubj"
                and any(
                    c.dep_ == "oprd" and c.pos_ == "NOUN" and c.i > main_verb.i and any(t.text in _QUOTE_MARKS for t in c.subtree)
                    for c in main_verb.children
                )
            )
            first_person = subject.lower_ in ("i", "we") and not any(c.tag_ in ("VBD",) for c in [main_verb])
            if first_person:
                return None  # "We should also note that …": the writer's own voice (inside a quote, the quote's speaker)
            # 'has urged an “end to the violence …”': the words quoted are what was said.
            # (not a quote inside a clause on the object: "shares the formula he used to calculate his "target number"")
            quoted = any(
                t.text in _QUOTE_MARKS and not any(a.dep_ in ("relcl", "acl") and a.i > o.i for a in t.ancestors if a.i != o.i)
                for o in objects
                for t in o.subtree
            )
            # "NASA added smaller landers to the contract", "The stock added 2%": no speech (an
            # "according to" later in the clause may still give a source).
            no_speech = objects and not quoted and not colon and main_verb.lemma_ in lex.object_not_speech
            # "Holmes testified.", "Schiff asked.": a speaker tag cut off from its quote is attributed to its speaker.
            # '“Amazing,” Davis said.': a quoted word or phrase before the tag is what was said.
            # '"Thanks for your help," says Hadvar, while I study him': a clause of time after a tag that closes a quote.
            closes_quote = main_verb.i > 0 and doc[main_verb.i - 1 - (doc[main_verb.i - 1].text == ",")].text in _QUOTE_MARKS
            # '“…,” Jobs said at the All Things Digital Conference', '“…,” said Doug Cooke, …, during a September
            # hearing': a tag right after a quote, with where or when it was said after the verb.
            # (a closing mark, after the quote's last punctuation: not the mark that opens the sentence)
            before_tag = min(main_verb.i, subject.left_edge.i) - 1
            closing_mark = before_tag - (doc[before_tag].text == ",")
            tag_after_quote = (
                closing_mark > main_verb.sent.start and doc[closing_mark].text in _QUOTE_MARKS and doc[closing_mark - 1].is_punct
            )
            # "The official way … is by pounds, not by value, an agency spokesman told us.": a tag after a comma that
            # closes a statement the parser hung on the tag's verb in pieces (none of them a subordinate clause).
            closes_statement = (
                main_verb.lemma_ in lex.saying
                and subject.dep_ == "nsubj"
                and main_verb.sent.start < subject.left_edge.i < main_verb.i
                and doc[subject.left_edge.i - 1].text == ","
            )
            tag_only = all(
                (c.dep_ in ("nsubj", "punct", "advmod", "npadvmod", "aux") and not (c.dep_ == "npadvmod" and _amount(c)))
                or (
                    closes_statement
                    and c.right_edge.i < subject.left_edge.i
                    and c.dep_ not in ("advcl", "mark")
                    and not any(m.dep_ == "mark" for m in c.children)
                )
                or _quoted_words(c, main_verb)
                or (closes_quote and c.dep_ == "advcl" and c.i > main_verb.i and any(m.dep_ == "mark" for m in c.children))
                or (tag_after_quote and c.dep_ == "prep" and c.i > main_verb.i and c.lower_ not in ("as", "to", "that"))
                or (c.dep_ == "dobj" and main_verb.lemma_ == "tell" and c.i > main_verb.i and _addressee(c))
                for c in main_verb.children
            )
            # ("The spokesman would not describe the talks as tense": a third party's speech not made on one occasion
            # carries no attribution, whatever its object and complement, GUIDE decision 673)
            withheld = objects and complement and speech_withheld(main_verb)
            if not no_speech and (
                colon
                or doc[clause_end - 1].text == ":"
                or that_object
                or (objects and complement and not withheld)
                or judged_without_object
                or quoted
                or tag_only
                or _clause_subject_read_as_object(main_verb)
            ):
                frame = _reported(main_verb, main_verb, ctx)
                frame.content = None
                return frame
    # "He has tried to insist his tactics will …", "tried to suggest that …": a reporting verb in
    # the infinitive after a verb of its own subject's effort or phase (not one with an object, "allowed
    # X to claim that …", nor a modal frame, "plans to say", GUIDE decision 45).
    # A verb of belief after such a verb is a change of mind ("People will begin to think …"), a verb of
    # refusal says nothing ("declined to say when …"), and "it's fair to say" is the writer's. Nor a verb of phase
    # ("began to insist that …", "continued to warn that …"): like "went on to", the reporting verb inside its
    # infinitive gives no attribution, and its clause's modality and condition are not the unit's (GUIDE decision 402).
    if (
        subject is not None
        and main_verb.pos_ == "VERB"
        and main_verb.lemma_ not in lex.control
        and main_verb.lemma_ not in lex.phases
        and main_verb.lemma_ not in lex.negative
        and not _has_object(main_verb)
    ):
        for child in main_verb.children:
            if child.dep_ == "xcomp" and child.lemma_ in lex.reporting and child.lemma_ not in _BELIEF and child.i in inside:
                content = _content_child(child)
                if (
                    content is not None
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                    and content.left_edge.lower_ not in _WH
                ):
                    return _reported(child, content, ctx, subject)
    # "The court heard Lee admit to …", "heard the officer say he had …", "heard the officer deny the charge": after a
    # verb of hearing speech the one heard speaks; source them, cue the verb after them, with a clause or an object of its
    # own (GUIDE decision 64, claims.json `speech_perceived_lemmas`). Not where nothing was heard ("never heard X say").
    if main_verb.lemma_ in lex.speech_perceived and not any(c.dep_ == "neg" for c in main_verb.children):
        for child in main_verb.children:
            heard = _subject(child) if child.dep_ == "ccomp" and child.i > main_verb.i else None
            if (
                heard is not None
                and heard.left_edge.i == main_verb.i + 1
                and child.i in inside
                and _reports(child, clause_start)
                and not _expectation(child)
                and not any(c.dep_ == "mark" for c in child.children)
            ):
                return _reported(child, _content_child(child) or main_verb, ctx)
    # "…, he said, …" / "…, X added.": a reporting verb hanging off the main verb.
    for child in main_verb.children:
        tag_subject = _subject(child)
        if (
            _reports(child, clause_start)
            and child.i in inside
            and tag_subject is not None
            and _content_child(child) is None
            and not _expectation(child)
            and (child.lemma_ == "tell" or not _has_object(child) or _closing_inverted_speaker(child) is not None)
            and not any(c.dep_ == "mark" for c in child.children)
            # (a tag is set off from the clause it tags; a verb whose subject opens right after the main verb is that
            # verb's complement, no speaker tag: "making viewers feel uneasy", "makes the tablet feel like new", a
            # sensation caused, no view held, GUIDE decision 275; "the skipper had the crew reef the sails", a party's
            # causative "have X do", an act read as usual, GUIDE decision 824; a verb of hearing speech is read above)
            and not (child.i > main_verb.i and tag_subject.left_edge.i == main_verb.i + 1)
            and (
                child.dep_ in ("parataxis", "ccomp")
                or (child.dep_ == "advcl" and child.lemma_ in ("say", "tell", "add"))
                or (child.dep_ in ("advcl", "conj") and _closing_inverted_speaker(child) is not None)
            )
        ):
            return _reported(child, main_verb, ctx)
    closing = _tag_read_as_noun(doc, clause_start, clause_end)
    if closing is not None:
        speaker, verb = closing
        source = source_text(speaker, ctx)
        # ("a new study shows" read as a noun phrase hangs "new" on "shows", not on the speaker)
        described = [c for c in verb.children if c.dep_ in ("amod", "compound") and c.i < speaker.i]
        if described and source == speaker.text:
            source = doc[min(c.i for c in described) : speaker.i + 1].text
        return Frame(verb.text, source, None, main_verb)
    closing = _tag_read_as_modifier(main_verb, clause_end)
    if closing is not None:
        return Frame(closing[1].text, source_text(closing[0], ctx), closing[1], main_verb)
    # "She didn't give a date, but said SpaceX would …": a reporting verb conjoined to the main verb;
    # "issued a statement warning that …": a reporting participle on its object.
    for child in main_verb.children:
        candidates = (
            [child]
            if child.dep_ == "conj"
            # (a participle: not an infinitive, which names what is to be said: "took great pains to say that …",
            # "has the right to argue that …", GUIDE decision 45)
            else [g for g in child.children if g.dep_ == "acl" and not _to_infinitive(g)]
            if child.dep_ == "dobj"
            else []
        )
        for verb in candidates:
            # ("analysed the rocks and discovered that …", "measured the flow and determined it was …": a verb of finding
            # or concluding joined to the act with the same people as subject reports their finding, GUIDE decisions
            # 26, 35, 165)
            finding = (
                child.dep_ == "conj"
                and verb.lemma_ not in lex.reporting
                and (verb.lemma_ in lex.findings or verb.lemma_ in lex.concluding)
                and subject is not None
                # ("Voters rejected the plan and showed that …": what an act "shows" is the writer's reading of it; only
                # a study shows, demonstrates or indicates, GUIDE decision 17)
                and (
                    verb.lemma_ not in lex.study_only_findings
                    or subject.lemma_.lower() in lex.studies
                    or subject.lower_ in lex.studies
                )
                and (_finder(subject, ctx) or _found_by_people(subject, ctx))
                and not any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children)
            )
            if finding:
                content = _content_child(verb)
                # (a finite clause after the verb, not a thing found: "dug and discovered new viruses")
                if (
                    content is not None
                    and _subject(verb) is None
                    and verb.i in inside
                    and _clause_found_by_people(verb, subject, content)
                    and (content.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in content.children))
                ):
                    frame = _reported(verb, content, ctx, subject)
                    frame.content = None  # the first clause stays the main statement (decision 35)
                    return frame
            told_by = _passive_holder(verb) if child.dep_ == "conj" and verb.i in inside and _subject(verb) is None else None
            if told_by is not None:
                told_by = told_by[0]
                # ("Sales totaled $7 billion and are forecast by Gartner to reach $9 billion": the joined passive's holder
                # named after "by", GUIDE decisions 35, 598; the first clause stays the main statement)
                frame = _reported(verb, verb, ctx, told_by)
                frame.content = None
                return frame
            if (
                verb.lemma_ in lex.reporting
                and verb.i in inside
                and _subject(verb) is None
                and not _in_compound_word(verb)
                and not _expectation(verb)
            ):
                content = _content_child(verb)
                if content is not None and subject is not None and not _indirect_question(verb, content):
                    frame = _reported(verb, content, ctx, subject)
                    frame.content = None  # the first clause stays the main statement
                    return frame
                if (
                    content is None
                    and subject is not None
                    # (not a noun the parser made the root or a subject, "what better fix than …, and call it …?")
                    and main_verb.pos_ in ("VERB", "AUX")
                    and not any(c.tag_ in ("WDT", "WP") for c in subject.subtree)
                    and child.dep_ == "conj"
                    and _judges_or_directs(verb)
                ):
                    # "met reporters and called the massacre "the act of a terrorist"", "prescribed steroids and
                    # told him to get rid of the pillows" (GUIDE decisions 35, 45, 211 (c)): the first verb gives
                    # the kind, the reporting verb the attribution
                    frame = _reported(verb, verb, ctx, subject)
                    frame.content = None
                    return frame
            if child.dep_ == "conj" and verb.i in inside and _subject(verb) is None and main_verb.pos_ in ("VERB", "AUX"):
                # "aborted the walk and ordered the crew to return", "urged restraint and called on both sides to talk":
                # the first verb gives the kind, the one who orders is the source (GUIDE decisions 35, 45, 183)
                directed = _directed_cue(verb, subject)
                if directed is not None:
                    frame = _reported(verb, verb, ctx, subject)
                    frame.cue, frame.content = directed, None
                    return frame
            if child.dep_ == "conj" and verb.i in inside and _subject(verb) is None and verb.lemma_ not in lex.findings:
                # "is the closest such star and is therefore considered the best place to study them", "but is not
                # considered a separate letter": a view held by nobody named, joined to the clause it judges (GUIDE
                # decision 108); the first clause stays the main statement. (Not a finding: "denied the charge and was
                # later found to be innocent" goes on telling what happened.)
                held = _held_by_nobody_named(verb)
                if held is not None:
                    # (like "according to", the joined verb heads none of the unit's reading: "but is not considered a
                    # separate letter" leaves the first clause positive)
                    held.verb, held.content = None, None
                    return held
    opener = _reporting_opener(main_verb, clause_start, clause_end, ctx)
    if opener is not None:
        verb, content, subject = opener
        return _reported(verb, content, ctx, subject)
    if (
        main_verb.lemma_ in _ASKING
        and any(c.dep_ == "auxpass" for c in main_verb.children)
        and _agent(main_verb) is None
        # (the question's clause, however hung: "was asked if Republicans would …" made an adverbial clause)
        and any(c.dep_ in ("ccomp", "advcl") and c.left_edge.lower_ in ("if", "whether") for c in main_verb.children)
    ):
        # "X was asked if Republicans would …" (GUIDE decision 134): a question reported, the asker not named
        return Frame(main_verb.text, None, main_verb, None)
    held = _held_by_nobody_named(main_verb)
    if held is not None:
        return held
    holder = _agent(main_verb)
    if holder is None and _regarded_as(main_verb):
        holder = _as_phrase_agent(main_verb)  # ("is seen as a stunt by opposition leaders": the "by" hung on the noun)
    if (
        holder is not None
        and _regarded_as(main_verb)
        # ("are viewed by some as a betrayal": a quantifier standing for people, source as written, GUIDE decisions 131, 489)
        and (party(holder) or _a_body_named_by_its_noun(holder) or holder.lower_ in lex.people_quantifiers)
    ):
        # "The treaty is regarded by many diplomats as a failure": the view of the holder named after "by" (GUIDE
        # decision 172)
        frame = _reported(main_verb, main_verb, ctx, holder)
        frame.content = None
        hung = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > holder.i), None)
        if hung is not None and frame.source and f" {hung.text} " in f" {frame.source} ":
            # ("viewed by some as a betrayal": the "as" phrase hung on the holder is what is held, not the holder)
            frame.source = _joined([t for t in _noun_phrase(holder) if t.i < hung.i]).strip(" ,") or frame.source
        return frame
    told_by = _passive_holder(main_verb)
    if told_by is not None:
        # "The mayor was advised by the planning office to wait", "Sales are forecast by Gartner to double", "The estate
        # was valued at $2 million by an auctioneer": the holder named after "by" is the source, cue the verb as written
        # (GUIDE decisions 45, 598, 699(b), 704(a)); the clause is read from the infinitive a verb of report passes on
        # ("was said by aides to have resigned", as "was said to have resigned"), else from its own verb
        frame = _reported(main_verb, main_verb, ctx, told_by[0])
        frame.content = told_by[1]
        return frame
    judged, judge = main_verb, _judge_of_as_phrase(main_verb, subject, ctx)
    if judge is None and subject is not None and subject.dep_ == "nsubj":
        # the second of coordinated verbs with the first's subject ("The minister met reporters and dismissed the audit
        # as a stunt": GUIDE decision 211(c), applied by 532 and 699(a)); not a portrayal after an act ("had spent 18 months
        # shadowing him and portrayed him in the book as a charmer": the act gives the reading)
        judged = next(
            (
                c
                for c in main_verb.children
                if c.dep_ == "conj" and c.i > main_verb.i and _subject(c) is None and c.lemma_ not in lex.portrayals
            ),
            None,
        )
        judge = _judge_of_as_phrase(judged, subject, ctx) if judged is not None else None
    if judge is not None:
        # "The mayor dismissed the audit as a stunt", "Critics hailed the ruling as a win", "A documentary portrays him as
        # aloof", "was condemned by rights groups as a violation": the judge's or portrayer's view of the thing (GUIDE
        # decisions 172, 532, 699(a)); the clause is read from its own verb (a label: fact)
        frame = _reported(judged, judged, ctx, judge)
        frame.content = None
        return frame
    # "Claims were made that …", "Reports were received that …" (GUIDE decision 63): reported, by nobody named.
    if (
        main_verb.lemma_ in lex.impersonal_claim_verbs
        and subject is not None
        and subject.dep_ == "nsubjpass"
        and subject.lemma_.lower() in lex.impersonal_claim_nouns
    ):
        content = next((c for c in main_verb.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)), None)
        if content is not None:
            return Frame(main_verb.text, None, main_verb, content)
    # "according to X".
    # (the clause's text first: its tokens are read only where it holds the word, each read making a Token object)
    according = "according" in span_text(doc, clause_start, clause_end).lower()
    for token in doc[clause_start:clause_end] if according else ():
        if token.lower_ == "according" and token.i + 1 < clause_end and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            named_clause = _name_read_as_clause(doc[token.i + 1])
            if not objects and named_clause is not None:
                # "According to Breaking the Silence, an NGO …": a name the parser read as a gerund clause
                return Frame("according to", named_clause, None, main_verb)
            if objects and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in objects[0].children):
                # "according to our analysis": the writer's own voice (GUIDE decision 55), or inside a quote
                # the quote's speaker, who is not named here
                return None
            if (
                objects
                and objects[0].lemma_.lower() in lex.accordance_nouns
                and not token.is_sent_start
                and doc[token.i - 1].text not in _SETTING_OFF
            ):
                # "manipulate those bits according to simple rules": in accordance with, no one's word; not set off
                # ("According to FIFA rules, the match …", "…, according to party rules": what the rules state)
                continue
            if objects and _credits_an_aside(token, objects[0], main_verb, clause_start, clause_end):
                continue
            if objects:
                src = objects[0]
                titled = _name_after_its_title(doc, token.i + 2, clause_end)
                if titled is not None and src.ent_type_ != "PERSON":
                    # "according to co-author Dana Reyes", "according to lead author Sam Ortiz": the person, however
                    # the parser hung the title's words
                    src = titled.root
                # "According to his aunt, Jane Starner, “…”": the name set beside the description, however hung
                after = src.right_edge.i + 2
                named = entity_of(doc[after]) if after < clause_end and doc[after - 1].text == "," else None
                if (
                    named is not None
                    and named.label_ == "PERSON"
                    and named.start == after
                    and src.pos_ == "NOUN"
                    and named.end < clause_end
                    and doc[named.end].text == ","  # (an apposition closed by a comma: not "…, Dana Holt was arrested")
                    and named.root.dep_ not in ("nsubj", "nsubjpass")
                ):
                    src = named.root
                return Frame("according to", source_text(src, ctx), None, main_verb)
    view = _view_phrase(main_verb, clause_start, clause_end, ctx)
    if view is not None:
        return view
    # "As iFixit points out, …", "…, as one bank's CEO told me", "As reported by X, …" (GUIDE decision 24):
    # a reporting clause opened by "as" with no content of its own attributes like "according to" (after it: an
    # "according to" in the clause names the source); one with an object anywhere is a happening ("as the House
    # concluded its hearing", "as most companies reported in-line or better than expected results"). The parser may
    # hang an aside set between the subject and its verb on the subject ("The verdict, as the judge put it in her
    # ruling, was unavoidable"): read it there too.
    on_subject = [
        g
        for s in main_verb.children
        if s.dep_ in ("nsubj", "nsubjpass") and s.i < main_verb.i
        for g in s.children
        # (only "put it" and "knows": 'HP, as Gizmodo very recently explained, is …' credits no one in the gold)
        if g.dep_ == "advcl" and s.i < g.i < main_verb.i and _as_aside_verb(g)
    ]
    for child in [*main_verb.children, *on_subject, *_asides_on_joined_clauses(main_verb, inside)]:
        if (
            child.dep_ == "advcl"
            and child.i in inside
            and (_reports(child, clause_start) or _as_aside_verb(child))
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
            and _content_child(child) is None
            # (the one told is no object of content: "as the governor told reporters", "as one CEO told me"; nor the
            # "it" of "as she put it", which stands for the words themselves)
            and not any(
                c.dep_ == "dobj" and not (c.head.lemma_ == "tell" and _addressee(c)) and not _put_it(c) for c in child.subtree
            )
        ):
            if _as_aside_verb(child) and _after_quoted_words(child):
                continue  # ('a "ghost town," as the paper put it': only the quoted words are credited, GUIDE decision 256)
            mark = next(c for c in child.children if c.dep_ == "mark" and c.lower_ == "as")
            if mark.i > child.i or _aside_in_subordinate_clause(child, mark, main_verb):
                continue  # ("Although the bridge is, as the engineers said, safe, …": that clause's, decision 2)
            speaker = _subject(child)
            if speaker is not None and speaker.pos_ == "PRON" and speaker.lower_ in _OWN_VOICE_PRONOUNS:
                continue  # "as it turns out", "as I said": no one else's report
            if speaker is not None and (_says_nothing(speaker) or _outlet_naming_itself(speaker)):
                continue  # "as its name suggests": no one's report (GUIDE decision 141); "as this newspaper reported" (63)
            speaker = _subject_or_by_agent(child, speaker)
            if speaker is not None:
                return _aside_frame(child, speaker, main_verb, ctx)
    return _put_it_read_as_relative(main_verb, inside, ctx) or _as_aside_hung_elsewhere(main_verb, inside, ctx)


_OWN_VOICE_PRONOUNS = frozenset(("it", "i", "we", "you"))  # an aside's subject that reports no one else ("as I said")


def _subject_or_by_agent(verb, subject):
    """An aside's speaker: its `subject`, or with none or a passive one the noun after its "by" ("as reported by X")."""
    if subject is None or subject.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return subject


def _aside_frame(verb, speaker, main_verb, ctx: Context) -> Frame:
    """The frame an "as X said" aside gives: its verb with any particle ("as X pointed out"), X the source."""
    particle = "".join(" " + c.text for c in verb.children if c.dep_ == "prt")
    return Frame(verb.text + particle, source_text(speaker, ctx), verb, main_verb)


_ASIDE_ENDS = frozenset((",", "—", "–", ")", ":", ";", ".", "!", "?"))  # marks that close an aside ("as X said,")


def _as_aside_hung_elsewhere(main_verb, inside: range, ctx: Context) -> Frame | None:
    """An aside "as X said", "like X said", "as reported by X" set off in the clause, that the parser hung on another
    word than the main verb or made the main verb itself ("Of course, as the critic Dana Lee wrote, the plan …" read
    with "wrote" under the clause's verb; 'As the Gazette once said, "…"' read with "said" as the root): it credits the
    whole statement like "as X told me" (GUIDE decisions 24, 247, 256). Only a reporting verb with no object of its own
    and no clause joined to it without a mark between ("as she said goodbye", "as he said he would" are no asides), set
    off before and after, outside a quotation, and not under a modal (decision 986)."""
    doc = main_verb.doc
    for mark in doc[inside.start : inside.stop]:
        if mark.lower_ not in ("as", "like"):
            continue
        if mark.dep_ == "mark":
            verb = mark.head
        elif mark.dep_ == "prep":
            # ("as the historian Dana Lee wrote, …" read as "as" + a noun with a relative clause, like
            # `_put_it_read_as_relative`; not a real one: "joined as the manager who said …")
            verb = next((v for n in mark.children if n.dep_ == "pobj" for v in n.children if v.dep_ == "relcl"), None)
            if verb is None or not _name_set_after_noun(_subject(verb), verb.head):
                continue
        else:
            continue
        if verb.i not in inside or verb.i < mark.i or not _reports(verb, inside.start) or verb.lemma_ in words().quote_tags:
            continue
        if any(a.dep_ in ("relcl", "acl") for a in verb.ancestors):
            continue  # (inside a relative clause: "the road that, as the drivers complained, had been shut": that clause's)
        if _aside_in_subordinate_clause(verb, mark, main_verb):
            continue  # ("Because the pier was, as engineers warned, cracked, …": that clause's, decision 2)
        if verb.dep_ == "advcl" and verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head.i == main_verb.i:
            continue  # (an aside on the main verb's subject is read above, only for "put it" and "knows")
        if mark.i > mark.sent.start and doc[mark.i - 1].text not in _SETTING_OFF and doc[mark.i - 1].text not in _QUOTE_MARKS:
            continue
        lead = text_of(doc)[mark.sent.start_char : mark.idx]
        if lead.count('"') % 2 == 1 or lead.count("“") > lead.count("”"):
            continue  # (inside a quote: the quoted speaker's own words)
        if _after_quoted_participle(mark):
            continue  # ('…, "sparking," as the Gazette reported, "alarm …"': only the appended phrase's wording, decision 256)
        own = [c for c in verb.children if c.dep_ not in ("ccomp", "xcomp", "parataxis", "conj", "cc", "punct")]
        end = max([verb.i, *(c.right_edge.i for c in own if c.i > verb.i)])
        if end + 1 < len(doc) and doc[end + 1].text not in _ASIDE_ENDS and doc[end + 1].text not in _QUOTE_MARKS:
            continue
        if any(c.tag_ == "MD" for c in verb.children):
            continue
        if any(c.dep_ == "dobj" and not (verb.lemma_ == "tell" and _addressee(c)) for c in own):
            continue
        speaker = _subject_or_by_agent(verb, _subject(verb))
        if speaker is None:
            # ("…, as one bank's CEO told me,": the speaker read as the object of "as")
            speaker = next((c for c in mark.children if c.dep_ == "pobj"), None)
        if speaker is None or (speaker.pos_ == "PRON" and speaker.lower_ in _OWN_VOICE_PRONOUNS) or _says_nothing(speaker):
            continue
        if _outlet_naming_itself(speaker):
            continue  # ("as this newspaper reported": the writer's voice, decision 63)
        return _aside_frame(verb, speaker, main_verb, ctx)
    return None


def _name_set_after_noun(subject, noun) -> bool:
    """Whether the subject of a relative clause the parser hung on the noun after "as"/"like" is a name set right after
    that noun, the title it follows ("as the historian Dana Lee wrote": an aside read as a relative clause), or there is
    none; not a subject of its own with a determiner or a relative word ("Like the plan the council announced, …",
    "joined as the manager who said …": a real relative clause, GUIDE decision 2)."""
    if subject is None:
        return True
    return subject.left_edge.i == noun.i + 1 and (subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG"))


_NOT_SUBORDINATING = frozenset(("as", "like", "that"))  # marks of an aside itself or of a content clause


def _opens_subordinate(token) -> bool:
    """Whether `token` heads a clause opened by a subordinating word ("because the pier was", "if the toll is", "when the
    report is") or set under a preposition ("despite being"); not "as"/"like" (an aside's own) nor "that" (content)."""
    if token.dep_ == "pcomp":
        return True
    return any(
        (c.dep_ == "mark" and c.lower_ not in _NOT_SUBORDINATING) or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < token.i)
        for c in token.children
    )


def _aside_in_subordinate_clause(verb, mark, main_verb) -> bool:
    """Whether the aside opened by `mark` (its verb `verb`) is set inside a subordinate clause below `main_verb`
    ("Because the pier was, as engineers warned, badly cracked, the council …"; "If the toll is, like the mayor said, too
    high, drivers …"): it credits that clause, no statement of its own (GUIDE decision 2), not the main one. Either the
    aside hangs below such a clause, or it cuts one off after a bare copula or auxiliary whose complement the parser hung
    elsewhere. Not an aside set after a whole subordinate clause ("When the storm hit, as forecasters predicted, …")."""
    for above in verb.ancestors:
        if above.i == main_verb.i:
            break
        if above.i != mark.i and _opens_subordinate(above):
            return True
    doc = mark.doc
    if mark.i - 2 < mark.sent.start or doc[mark.i - 1].text not in _SETTING_OFF:
        return False
    cut = doc[mark.i - 2]
    if not (cut.lemma_ in ("be", "have", "do") or cut.lower_ == "being" or cut.tag_ == "MD") or any(
        c.i > cut.i and c.dep_ != "punct" for c in cut.children
    ):
        return False
    for above in (cut, *cut.ancestors):
        if above.i == main_verb.i:
            break
        if _opens_subordinate(above):
            return True
    return False


def _outlet_naming_itself(speaker) -> bool:
    """A news outlet naming itself ("this newspaper", "this magazine"): the writer's voice (GUIDE decisions 55, 63)."""
    return speaker.lower_ in words().news_outlet_heads and any(c.dep_ == "det" and c.lower_ == "this" for c in speaker.children)


def _after_quoted_participle(mark) -> bool:
    """Whether the aside opened by `mark` follows quoted words that open with a participle set off from the clause
    ('…, "sparking," as the Gazette reported, …'; '– “igniting,” as …'): an appended participle phrase whose wording
    alone the aside credits (GUIDE decision 256)."""
    doc = mark.doc
    at = mark.i - 1
    while at > mark.sent.start and doc[at].text == ",":
        at -= 1
    if at <= mark.sent.start or doc[at].text not in _QUOTE_MARKS:
        return False
    opening = next((i for i in range(at - 1, mark.sent.start - 1, -1) if doc[i].text in _QUOTE_MARKS), None)
    return (
        opening is not None
        and opening > mark.sent.start
        and doc[opening - 1].text in _SETTING_OFF
        and _participle_like(doc[opening + 1])
    )


def _participle_like(token) -> bool:
    """A participle, or an "-ing" word the parser tagged a common noun inside the quote ("sparking"); not a pronoun or
    a name ("nothing", "Beijing")."""
    if token.tag_ in ("VBG", "VBN"):
        return True
    return token.lower_.endswith("ing") and token.pos_ in ("NOUN", "VERB") and not token.lower_.endswith("thing")


_TITLE_WORDS = 4  # "lead study co-author": the words of a title before a name, at most


def _name_after_its_title(doc, start: int, end: int):
    """The person entity named right after a title of lower-case words that opens the phrase at `start` ("co-author",
    "lead author", "spokeswoman"), or None: not after a determiner, a possessive or a preposition ("the report by"),
    nor after a plural or a word that is no title ("according to police Dana Reyes was …", "according to emails Rachel
    Stone sent …"), nor where the name is the subject of a verb of its own: with no comma the name may open the next
    clause. (The GUIDE's attribution section: a person's source is the name, others' the noun phrase as written.)"""
    i = start
    while i < end and i - start <= _TITLE_WORDS and doc[i].ent_type_ != "PERSON":
        word = doc[i]
        # (the hyphen of "co-author" the model may tag as a noun)
        if not (word.tag_ == "HYPH" or word.text == "-" or (word.is_lower and word.pos_ in ("NOUN", "ADJ", "VERB"))):
            return None
        i += 1
    if i == start or i >= end or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "PERSON":
        return None
    title = doc[i - 1]
    lex = words()
    if title.tag_ != "NN" or not (title.lower_ in lex.titles or title.lemma_.lower() in lex.human):
        return None
    named = entity_of(doc[i])
    if named is None or named.root.dep_ in ("nsubj", "nsubjpass"):
        return None
    return named


def _put_it_read_as_relative(main_verb, inside, ctx: Context) -> Frame | None:
    """The "as X put it" aside the parser read as "as" + a noun with a relative clause ("…, as the poet Dana Lee put
    it": "poet" the object of "as", "Lee put it" a relative on it): the speaker who put it, as in the aside read right
    (GUIDE decision 256)."""
    for prep in main_verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i not in inside or prep.i < main_verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for verb in noun.children:
                if verb.dep_ == "relcl" and verb.lemma_ == "put" and _as_aside_verb(verb) and not _after_quoted_words(prep):
                    speaker = _subject(verb)
                    if speaker is not None and speaker.tag_ in ("WP", "WDT"):
                        continue  # ("joined as the manager who put it back on track": a real relative clause, no aside)
                    if speaker is None or speaker.pos_ == "PRON":
                        speaker = noun
                    return Frame(verb.text, source_text(speaker, ctx), verb, main_verb)
    return None


def _after_quoted_words(token) -> bool:
    """Whether the "as" clause or phrase of `token` credits quoted words only (GUIDE decision 256): set right after a
    closing quotation mark, a comma between ('a "ghost town," as the paper put it'; in single marks too, "a 'turning
    point', as she put it", where an opening mark stands before it, not after a possessive: "the players’, as …"), or
    right before a quotation that opens after words of the writer's ('The summit was, as she put it, "a turning
    point."')."""
    doc = token.doc
    at = token.left_edge.i - 1
    while at >= 0 and doc[at].text == ",":
        at -= 1
    if at >= 0 and doc[at].text in _QUOTE_MARKS and doc[at].text not in ("“", "„", "«"):
        return True
    if at >= 0 and doc[at].text in ("'", "’") and _single_quote_opens(doc, doc[at].sent.start, at):
        return True
    after = token.right_edge.i + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    opens = after < len(doc) and (
        doc[after].text in ('"', "“", "„", "«", "‘") or (doc[after].text == "'" and not doc[after].whitespace_)
    )
    return opens and token.left_edge.i > doc[after].sent.start


def _single_quote_opens(doc, start: int, end: int) -> bool:
    """Whether a single quotation mark opens between `start` and `end`: "‘", or "'" with a space or nothing before it
    and a word glued after it."""
    for at in range(start, end):
        mark = doc[at]
        if mark.text == "‘" or (
            mark.text == "'" and not mark.whitespace_ and (at == start or doc[at - 1].whitespace_) and at + 1 < end
        ):
            return True
    return False


def _put_it(obj) -> bool:
    """Whether `obj` is the "it" of "as X put it", which stands for the words the clause gives (GUIDE decision 256)."""
    return obj.lower_ == "it" and obj.head.lemma_ == "put"


def _as_aside_verb(verb) -> bool:
    """Whether an "as" clause with `verb` credits the clause it is set in without a reporting verb: "as X put it"
    (GUIDE decision 256) or "as X knows/believes" (decision 379); not under a modal ("as she would put it": words
    imagined for her, not said)."""
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    if verb.lemma_ == "put":
        return any(c.dep_ == "dobj" and _put_it(c) for c in verb.children) and _put_it_of_words(verb)
    # ("As any sailor knows, …", decision 379; "as most fishermen believe" is a reporting verb's own aside)
    return verb.lemma_ in words().as_aside_knowing


_CLAUSE_JOINS = frozenset(("ccomp", "conj", "parataxis"))  # how the parser may join a main clause's pieces to its verb


def _asides_on_joined_clauses(main_verb, inside: range) -> list:
    """The "as" clauses inside the clause that the parser hung on a verb it joined below `main_verb` as a complement or
    conjunct rather than on `main_verb` itself ('Worse, as one manager said, "I trust few of them, so it's possible I
    miss …"': the aside on "trust", under the root "'s"): an aside set in the main clause credits it all the same
    (GUIDE decision 24). Not one inside a relative or adverbial clause, nor below another reporting verb, whose own
    report it would belong to."""
    reporting = words().reporting
    asides = []
    for verb in main_verb.subtree:
        if verb.dep_ != "advcl" or verb.i not in inside or verb.head.i == main_verb.i:
            continue
        head = verb.head
        while head.i != main_verb.i and head.dep_ in _CLAUSE_JOINS and head.lemma_ not in reporting:
            head = head.head
        if head.i == main_verb.i:
            asides.append(verb)
    return asides


def _put_it_of_words(verb) -> bool:
    """Whether "put it" is the wording sense of an aside set off by a comma or opening the sentence ("…, as one banker
    put it bluntly", "as she put it to reporters", "as the judge put it in her ruling"), not the placing of a thing
    ("as Kane put it past the keeper", "as the bank put it on hold", "as its founder put it up for auction")."""
    lex = words()
    mark = next((c for c in verb.children if c.dep_ in ("mark", "prep") and c.lower_ == "as"), None)
    if mark is None and verb.dep_ == "relcl" and verb.head.head.lower_ == "as":
        mark = verb.head.head  # ("as the poet Dana Lee put it", read as "as" + a noun with a relative clause)
    if mark is None:
        return False
    before = mark.doc[mark.i - 1] if mark.i > mark.sent.start else None
    if before is not None and before.text not in (",", "(", "—", "–", "-", ";"):
        return False
    for c in verb.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in lex.put_it_placing_adverbs):
            return False
        if c.dep_ in ("prep", "dative"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None:
                return False
            if c.lower_ == "to" and obj.lemma_.lower() not in lex.put_it_placing_adverbs:
                continue  # (the one addressed: "as she put it to reporters")
            if obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in lex.put_it_wording_settings:
                continue  # ("as the judge put it in her ruling", "as he put it on Twitter", "as she put it in 2019")
            return False
    return True


def _quote_opens_between(content, verb) -> bool:
    """Whether a quotation opens between the head of the clause `content` and the tag verb after it, so that the
    clause is the writer's, outside the quote the verb tags ('A firestorm erupted – “…,” one response began')."""
    doc = content.doc
    return any(t.text == "“" or t.tag_ == "``" for t in doc[content.i + 1 : verb.i])


def _to_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _study_before(pronoun):
    """The study an "it" that finds stands for: the last subject before it in the paragraph that is no pronoun, where
    that is a study ("The study is published in …, and it was presented at … It found that …", GUIDE decision 17)."""
    for token in reversed(pronoun.doc[: pronoun.i]):
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ != "PRON":
            lex = words()
            return token if token.lemma_.lower() in lex.studies or token.lower_ in lex.studies else None
    return None


_DASHES = frozenset(("—", "–", "--"))


def _credits_an_aside(according, source, main_verb, clause_start: int, clause_end: int) -> bool:
    """Whether "according to X" credits only a clause set inside the writer's sentence, not its main statement: a
    relative clause it hangs in ("mobile gaming, which according to the headlines, is shrinking"), or a clause between
    dashes that it closes, before the main verb ("the clubs — who have paid $9 million, according to one tally — look
    frugal"). A relative clause is no independent clause (GUIDE decision 2), and the phrase credits only what it is set
    at (decision 878). Not an aside that holds the phrase alone ("The toll — according to the minutes — rose")."""
    doc = according.doc
    close = source.right_edge.i + 1
    if all(t.is_punct and t.text not in _DASHES for t in doc[close:clause_end]):
        return False  # closing the whole clause, it credits the statement, however the parser hung it (decision 878)
    head = according.head
    while head.i != main_verb.i and head.dep_ not in ("ROOT", "relcl"):
        head = head.head
    if head.dep_ == "relcl" and head.i != main_verb.i:
        return True
    if close >= len(doc) or doc[close].text not in _DASHES or main_verb.i < close:
        return False
    opening = next((i for i in range(according.i - 1, clause_start - 1, -1) if doc[i].text in _DASHES), None)
    return opening is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[opening + 1 : according.i])


def _as_of(preposition) -> bool:
    """Whether the preposition "as" opens "as of" + a time ("as of June 30"): when, not what a thing is held to be."""
    return preposition.lower_ == "as" and any(c.dep_ == "prep" and c.lower_ == "of" for c in preposition.children)


def _amount(noun) -> bool:
    """Whether `noun`, hung on a verb with no preposition, is an amount ("The index added 2.3 percent", "shares added
    $4"): what the verb gained, no speaker tag's when ("said Tuesday", "said Nov. 5")."""
    if noun.ent_type_ in ("DATE", "TIME"):
        return False
    return noun.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or any(c.dep_ == "nummod" for c in noun.children)


def _reporting_opener(main_verb, clause_start: int, clause_end: int, ctx: Context):
    """(verb, content, subject) of a reporting verb that opens the clause with its subject and a that-clause, where
    the parser made a later verb the root and hung the reporting verb below it ("Rosing explained that engineering
    was getting a reorganization: all engineers would …", "That report found children … didn't have access to
    showers, didn't always have …": the reporting verb a clause of the last verb; "The company, which …, confirmed
    on Monday that …": a modifier of its subject). The subject opens the clause, so no word subordinates the verb
    ("After X said that …" is no report of the sentence's, GUIDE decision 2)."""
    doc = main_verb.doc
    for verb in doc[clause_start:clause_end]:
        if (
            verb.i == main_verb.i
            or verb.pos_ != "VERB"
            or verb.dep_ not in ("ccomp", "acl", "advcl")
            or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN")
            or not (_reports(verb, clause_start) or verb.lemma_ in words().findings)
            or any(c.dep_ in ("mark", "auxpass") for c in verb.children)
        ):
            continue
        if verb.tag_ == "VBN" and not (
            any(c.dep_ == "aux" for c in verb.children) or (verb.dep_ == "acl" and doc[verb.i - 1].text == ",")
        ):
            continue  # a participle modifying a noun ("the plan announced Monday"), not a finite verb
        content = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.i > verb.i
                and any((m.lower_ == "that" and m.dep_ == "mark") or m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
            ),
            None,
        )
        if content is None:
            continue
        if verb.dep_ == "acl":
            subject = verb.head
            if subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
        else:
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.left_edge.i != clause_start or (main_verb.i < content.i and main_verb.i != subject.i):
            continue
        if verb.dep_ != "acl" and any(t.head.i != verb.i and not t.is_punct for t in doc[subject.right_edge.i + 1 : verb.i]):
            continue  # the verb not right after its subject ("… only to find said civilisation had …": an adjective)
        if verb.lemma_ not in words().reporting and not _finder(subject, ctx):
            continue  # ("The team found the answer …": a finding is reported by a study or its people, GUIDE decision 17)
        return verb, content, subject
    return None


def _name_read_as_clause(preposition) -> str | None:
    """The name after a preposition that the parser read as a gerund clause ("to Breaking the Silence", "to
    Keeping Kids Safe"): a capitalised gerund whose words up to the clause's end all start with a capital
    or are articles, prepositions and conjunctions."""
    clause = next((c for c in preposition.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if clause is None or not clause.text[:1].isupper() or clause.i != preposition.i + 1:
        return None
    words_ = list(clause.subtree)
    if not all(t.text[:1].isupper() or t.pos_ in ("DET", "ADP", "CCONJ") for t in words_):
        return None
    return "".join(t.text_with_ws for t in words_).strip()


def _tag_read_as_noun(doc, clause_start: int, clause_end: int):
    """(speaker, verb) of a closing speaker tag whose verb the tagger read as a plural noun, so that the parse has no
    clause for it ("…, the paper states.", '"Legends don't destroy houses," another replies.'): the clause's last word
    a reporting verb's third-person form, after a short noun phrase that a comma or a closing quotation mark sets off."""
    if clause_end - clause_start < 4:
        return None  # (the cheap tests of those below first: fewer than four tokens hold fewer than four words)
    last = doc[clause_end - 1]
    if last.text not in (".", "!") and not last.is_alpha:
        return None
    words_ = [t for t in doc[clause_start:clause_end] if not t.is_punct or t.text in _QUOTE_MARKS or t.text == ","]
    if len(words_) < 4:
        return None
    verb = words_[-1]
    if verb.pos_ != "NOUN":
        return None
    lex = words()
    inflected = verb.lower_.endswith("s") and verb.lower_ != verb.lemma_.lower()
    stems = (verb.lower_[:-1], verb.lower_[:-2], verb.lower_[:-3] + "y") if inflected else ()  # states, stresses, replies
    # ("…, a new study shows.", "…, the data show.": a verb of finding after a study noun, GUIDE decision 17; its plural
    # subject leaves the verb's base form, which the tagger reads as a noun too)
    finding = any(stem in lex.findings for stem in stems) or verb.lower_ in lex.findings
    if not any(stem in lex.reporting for stem in stems) and not finding:
        return None
    phrase = []
    for token in reversed(words_[:-1]):
        if token.text in _QUOTE_MARKS or token.text == ",":
            break
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM") or len(phrase) == 5:
            return None
        phrase.append(token)
    else:
        return None
    if not phrase or not (phrase[0].pos_ in ("NOUN", "PROPN") or phrase[0].lower_ in lex.indefinite_speakers):
        return None  # (", the claims.", ", its reports.": a noun after all)
    if (
        finding
        and not any(stem in lex.reporting for stem in stems)
        and phrase[0].lemma_.lower() not in lex.studies
        and not _showing_record(verb, phrase[0])
    ):
        return None  # (", the road shows.": only a study, a record or a document shows, GUIDE decision 17)
    return phrase[0], verb


_TAG_MODIFIERS = frozenset(("npadvmod", "prep", "advmod", "punct"))  # a tag's when, where and how


def _tag_read_as_modifier(main_verb, clause_end: int):
    """(speaker, verb) of a closing speaker tag that the parser hung on the clause's last noun as a modifier ("…
    finalized a deal to buy 30 jets, executives of both companies announced Wednesday at the show."): a finite
    reporting verb after the main verb with nothing of its own but when, where or how it was said, closing the
    clause, after a noun phrase that a comma sets off (the speaker)."""
    doc = main_verb.doc
    last = clause_end - 1 - (doc[clause_end - 1].is_punct)
    verb = next(
        (
            t
            for t in doc[main_verb.i + 1 : last + 1]
            if (
                t.dep_ in ("acl", "relcl")
                and t.tag_ in ("VBD", "VBZ")
                and t.right_edge.i == last
                and t.lemma_ in words().reporting
            )
            # (or joined to the main verb as a conjunct with no joining word: "…, the head of the fund said on Friday.")
            or (t.head.i == main_verb.i and closing_tag_conjunct(t))
        ),
        None,
    )
    # (or as a relative clause with no "that" on the last noun, whose subject the speaker is: "… gave Amazon an
    # ultimatum …, a top executive at the retailer testified on Wednesday.")
    if verb is None or verb.i < 2:
        return None
    others = [c for c in verb.children if c.dep_ not in _TAG_MODIFIERS and c.dep_ != "nsubj"]
    if len(others) > 1 or (others and not tag_listener(others[0])):
        return None  # (a tag's one listener may stand: "…, the head of the fund told reporters on Tuesday.")
    if any(c.dep_ == "nsubj" and doc[c.left_edge.i - 1].text != "," for c in verb.children):
        return None  # ("released code he said …": a contact relative clause, no tag set off by a comma)
    if any(t.tag_ in ("WP$", "WDT", "WP") for c in verb.children if c.dep_ == "nsubj" for t in c.subtree):
        return None  # (", whose lawyer testified on Monday": a relative clause, no tag; GUIDE decision 2)
    speakers = [
        t
        for t in doc[main_verb.i + 1 : verb.i]
        if t.right_edge.i == verb.i - 1 and t.pos_ in ("NOUN", "PROPN") and doc[t.left_edge.i - 1].text == ","
    ]
    if not speakers:
        return None
    return min(speakers, key=lambda t: t.left_edge.i), verb


def _naming(verb) -> bool:
    """ "call" that gives a name, not a view ("Everyone called him Mike", "often they're called
    memelitas"): the complement a proper name, or a passive with no one named who calls it so; "called
    the process a sham" and "was called a sham by Democrats" judge (GUIDE decision 61's speech act)."""
    if verb.lemma_ != "call":
        return False
    complement = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if complement is None:
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return (complement.pos_ == "PROPN" and complement.ent_type_ != "WORK_OF_ART") or (
        passive and not any(c.dep_ == "agent" for c in verb.children)
    )


def _expectation(verb) -> bool:
    """An expectation, which is no report (GUIDE decisions 171, 252, 356, 399): the modality table's "expects to" with
    its infinitive ("Analysts expect the firm to cut jobs", "Engineers expected the valve to close": the object + infinitive
    is that frame's complement, not a reported clause), "expect" with a noun phrase ("The agency expects a surge of up
    to four feet", even with words of it in quotation marks), and the passive with no holder named ("The launch isn't
    expected until next year"). No attribution; the clause is read from the verb itself. "expect (that)" + a finite
    clause stays a belief verb (decision 356), and "project" and "forecast" + object + infinitive report (decision 392)."""
    if verb.lemma_ not in words().expectation_infinitive:
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > verb.i]
    if any(
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and not any(m.dep_ == "mark" for m in c.children)
        for c in clauses
    ):
        return True
    if clauses:
        return False  # ("expects that the bridge will reopen": a belief)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        return not any(c.dep_ == "agent" for c in verb.children)
    return any(c.dep_ == "dobj" for c in verb.children)


def _subordinate_root(verb) -> bool:
    """Whether the parser made the reporting verb of a subordinate clause that opens the sentence its root ("While
    the watchdog and officials say the reactor is safe, Russia's decision … calls into question …", with the
    main clause hung below it): a report inside a subordinate clause attributes nothing (GUIDE decision 2)."""
    if verb.dep_ != "ROOT":
        return False
    first = verb.sent[0]
    return first.lower_ in words().subordinators and first.dep_ == "mark" and first.head.i == verb.i


def _judgement_not_made(verb) -> bool:
    """Whether a verb of judgement, portrayal or reproof reports no judgement made: negated ("did not criticize",
    "never blamed"), under a modal ("might rebuke", "would fault") or heading a subordinate clause that opens the
    sentence (GUIDE decisions 211(c)-(d), 756, 795; decision 2)."""
    return _subordinate_root(verb) or _negated(verb) or any(c.tag_ == "MD" for c in verb.children)


def _judges_or_directs(verb) -> bool:
    """Whether the reporting verb `verb` reports content through its object: a judgement of it ("called
    the offer "an insult"", GUIDE decision 211, not a name, "called the puppy Biscuit") or what it directs
    its object to do ("told him to leave", "urged the board to wait", decision 45)."""
    lex = words()
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(c.dep_ == "oprd" for c in verb.children):
        return verb.lemma_ == "call" and not _naming(verb)
    directs = verb.lemma_ in lex.directive or verb.lemma_ in lex.obligating_directive
    return directs and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _called_for(verb):
    """The "for" right after a verb of asking ("called for calm", "called for X to be …", "asked for the inquiry to be
    reopened", "pushed for him to stay"; claims.json `happening_asked` for_lemmas), else None."""
    if verb.lemma_ not in words().happening_asked_for_lemmas or verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    # (the parser may take "for" for the mark of the infinitive it opens: "called for the officers to be suspended")
    return after if after.lower_ == "for" and verb.i in (after.head.i, after.head.head.i) else None


def _gerund_call_cue(verb, subject) -> str | None:
    """The cue of a call, advocacy or proposal whose content is a gerund (GUIDE decisions 24, 748, 886): "for" + a gerund
    right after a verb of calling or advocacy ("has called for widening the ring road", "pressed for hiring more wardens",
    "advocated for lowering the age": cue the verb with its "for"), or a gerund right after "advocate", "encourage" or
    "propose" ("advocated revising the pact", "has proposed offering grants": cue the verb; claims.json
    `gerund_call_lemmas`). Only of a party as subject (not "I"/"we", decision 25), not negated, under a modal, passive
    or opening a subordinate clause (decisions 296, 748(c)); "called for calm" (a noun phrase) stays no content."""
    lex = words()
    lemma = verb.lemma_
    direct = lemma in lex.gerund_call
    if not (direct or lemma in lex.happening_asked_for_lemmas or lemma in lex.advocacy_for):
        return None
    if (
        subject is None
        or subject.dep_ != "nsubj"
        or subject.i > verb.i
        or subject.lower_ in ("i", "we", "you")
        # (a party, not a plan, rule or thing: "The plan calls for building 500 homes" tells what the plan holds)
        or not any(party(t) for t in [*_conjoined(subject), *(c for c in subject.children if c.dep_ == "appos")])
        or _judgement_not_made(verb)
        or any(c.dep_ == "auxpass" for c in verb.children)
        or _clefted(subject, verb)
    ):
        return None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "for" and after.head.i == verb.i:
        gerund = next((g for g in after.children if g.dep_ == "pcomp" and _a_gerund(g)), None)
        if gerund is None or _own_feat_striven_for(verb, gerund):
            return None
        return f"{verb.text} {after.text}"
    return verb.text if direct and _gerund_child(verb) is not None else None


def _own_feat_striven_for(verb, gerund) -> bool:
    """ "The home side pressed for grabbing an equaliser", "She pushed for setting the quickest lap": "push"/"press" with
    no one addressed, in their sense of striving (claims.json `striving_for_lemmas`), before a gerund of the subject's
    own feat, a result the doer gains or reaches (`attainment_lemmas`, with a bare object: not "getting the shift
    scrapped", "making the crossing safer", which call for a change) or a rank it sets ("the fastest lap", "a second
    goal"): an effort, nothing said (the attribution section; GUIDE decision 177's efforts under way), not decision 886's
    call ("pressed for hiring more wardens")."""
    lex = words()
    if verb.lemma_ not in lex.striving_for:
        return False
    objects = [c for c in gerund.children if c.dep_ in ("dobj", "attr")]
    if gerund.lemma_ in lex.attainment and not any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in gerund.children):
        return True
    # (a rank set: a superlative or an ordinal on the gerund's object)
    return any(m.tag_ in ("JJS", "RBS") or m.ent_type_ == "ORDINAL" for o in objects for m in o.children)


def _appeal_preposition_after(verb, prep, after) -> bool:
    """The preposition of an appeal right after its verb, or after a time phrase or adverb of its own ("appealed on
    Sunday to anyone with information to", "have appealed directly to witnesses to"); "call" keeps its "on" next to it
    (not "called … on Friday")."""
    if prep.i == verb.i + 1:
        return True
    if verb.lemma_ == "call":
        return False
    between = [c for c in after if c.i < prep.i]
    return (
        bool(between)
        and all(c.dep_ in ("advmod", "npadvmod", "prep") for c in between)
        and between[-1].right_edge.i + 1 == prep.i
    )


def _a_body_named_by_its_noun(noun) -> bool:
    """ "The tribunal", "the commission", "the nurses": a body or group by its bare noun, which the lists cannot all hold;
    not a cause described ("the strong results", "the warm weather", "the surge in demand", "low interest rates")."""
    return (
        noun.tag_ in ("NN", "NNS")
        and noun.lemma_.lower() not in words().thing_nouns
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in noun.children)
        and not any(c.dep_ in ("amod", "prep", "nummod") for c in noun.children)
    )


def _told_party(noun) -> bool:
    """The object of an order or invitation that names a party to act: a party, or a definite noun with no number on it
    ("pressed the landlord to repair"); not things bought or hired ("ordered 20 new jets", "a taxi", "new ambulances")."""
    if party(noun):
        return True
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in words().thing_nouns
        and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) for c in noun.children
        )
        and not any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
    )


def _negated(verb) -> bool:
    """A verb with "not", "never" or "no longer" on it."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and (c.lower_ == "never" or any(n.lower_ == "no" for n in c.children)))
        for c in verb.children
    )


def _infinitive(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < token.i for a in token.children)


def as_label_in_object_clause(verb, infinitives: bool = False) -> list:
    """The "as" + label the parser hung on a clause inside the verb's object, at that clause's end: a relative clause,
    participle or infinitive on the object ('described the comments made by the envoy as "baseless smears"', 'described
    the yard where the crews work as "a death trap"', 'characterized the plan to merge the two boards as the "only way
    out"'). What the label is said of is the whole object, so the "as" phrase is the verb's complement (GUIDE decisions
    123, 172, 532, 699(a)). Only a label in quotation marks (a name given, decision 211), or with `infinitives` any label
    after an infinitive ending the object (a verb of regard: "viewed the firm's willingness to play this role as
    unacceptable"); not "praised the decision to use the hall as a shelter", "dismissed the player who joined as a
    teenager", where the "as" is the clause's own; nor where the inner verb takes "as" + a role, name or class as its
    own complement (claims.json `own_as_complement_lemmas`: 'welcomed the decision to list the bird as "endangered"',
    'described the men who posed as "tax inspectors"'). The parse does not tell these apart: "who posed as" and "where
    the ferries turn as" hang alike, so the inner verb's sense decides."""
    found = []
    own = words().own_as_complements
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for clause in obj.children:
            if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX") or clause.lemma_ in own:
                continue
            for prep in clause.children:
                if prep.dep_ != "prep" or prep.lower_ != "as" or prep.right_edge.i != clause.right_edge.i:
                    continue
                quoted = any(t.tag_ in ("``", "''") and (t.text in _QUOTE_MARKS or t.text in "‘’'") for t in prep.subtree)
                if quoted or (infinitives and _infinitive(clause)):
                    found.append(prep)
    return found


def _directed_cue(verb, subject) -> str | None:
    """The cue of a request or order that reports what its party is to do, by a verb the reporting path does not read
    (claims.json `directive_lemmas`, `obligating_directive_lemmas` and `mandative_command_lemmas` outside
    `reporting_lemmas`): its object and an infinitive ("ordered the staff to leave", "invited the singer to perform",
    decisions 45, 331), a that-clause of command ("ordered that the gates be locked", "demanded that talks start",
    decision 749); and a verb of appeal with its preposition, its object and an infinitive ("called on the mayor to
    resign", "appealed to donors to give", "pleaded with the board to wait"; claims.json `appeal_prepositions`,
    decision 183). Not a passive (its subject is the one asked), the writer's "we"/"I" (decision 25), a verb under a
    modal or with a particle ("called in the team to assess"), nor a thing invited ("invited bids to build …")."""
    lex = words()
    if (
        subject is None
        or subject.dep_ != "nsubj"
        or subject.lower_ in ("i", "we")
        # (a cause is no source, "Low interest rates encouraged households to borrow", decisions 2, 331)
        # ("The city's police commissioner, Dana Roe, directed …": the name beside the noun)
        or not (
            any(party(t) for t in [*_conjoined(subject), *(c for c in subject.children if c.dep_ == "appos")])
            or _a_body_named_by_its_noun(subject)
        )
        # (an order not given is no content, "did not invite the rebels to attend", decision 296)
        or _negated(verb)
        or any(
            c.dep_ == "auxpass"
            # ("called in the team to assess"; not the "on" of "has called on all parties to", which the parser may
            # take for a particle)
            or (c.dep_ == "prt" and c.lower_ not in lex.appeal_prepositions.get(verb.lemma_, ()))
            or (c.dep_ == "aux" and c.tag_ == "MD")
            for c in verb.children
        )
        or _clefted(subject, verb)
    ):
        return None
    lemma = verb.lemma_
    after = [c for c in verb.children if c.i > verb.i]
    appeal = lex.appeal_prepositions.get(lemma, ())
    for prep in after:
        if prep.dep_ in ("prep", "prt") and prep.lower_ in appeal and _appeal_preposition_after(verb, prep, after):
            asked = [g for n in (prep, *prep.children) for g in n.children if g.i > prep.i]
            if any(_infinitive(c) for c in [*after, *asked] if c.dep_ in ("xcomp", "advcl", "pcomp", "acl", "relcl")):
                return f"{verb.text} {prep.text}"
    if lemma in lex.reporting:
        return None  # (read by the reporting path: "urged X to", "told X to", "asked that …")
    if lemma in lex.mandative_commands and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in after
    ):
        return verb.text
    if lemma not in lex.directive and lemma not in lex.obligating_directive:
        return None
    objects = [c for c in after if c.dep_ == "dobj"]
    if not objects or any(o.lemma_.lower() in lex.solicited for o in objects):
        return None
    # (the one told to act is a party: "ordered 20 new jets to replace its fleet" buys a thing for a purpose, decisions
    # 2, 45; and an infinitive hung as an adverbial clause may be a purpose after any other thing, "pressing the
    # boundaries to get attention")
    told, named = _told_party(objects[0]), party(objects[0])
    if any(
        c.i > objects[0].i and _infinitive(c) and ((c.dep_ == "xcomp" and told) or (c.dep_ == "advcl" and named)) for c in after
    ):
        return verb.text
    return None


def _clefted(subject, verb) -> bool:
    """A subject set in focus by "it was" right before it, the relative word left out ("it was namely the clerk
    demanded that …"): the verb stands in a relative clause on the focus, which reports nothing (GUIDE decision 2)."""
    return any(
        c.dep_ == "advcl"
        and c.lemma_ == "be"
        and c.i < subject.left_edge.i
        and any(g.dep_ in ("nsubj", "expl") and g.lower_ == "it" for g in c.children)
        # (nothing of its own after "it was" and no mark between: not "Because it was late, the clerk ordered …")
        and not any(g.dep_ in ("attr", "acomp", "ccomp", "prep", "dobj") for g in c.children)
        and c.right_edge.i + 1 == subject.left_edge.i
        for c in verb.children
    )


def _regarded_as(verb) -> bool:
    """A passive of regard with what the thing is held to be: "is considered the best place", "is regarded as a burden"
    (claims.json `regard_passive_lemmas`, GUIDE decisions 108, 172)."""
    lex = words()
    return (
        verb.lemma_ in lex.regard_passive
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(
            (c.dep_ in ("oprd", "xcomp") and verb.lemma_ not in lex.regard_passive_as_only and not _amount_or_time(c))
            # (not a fixed adjunct of purpose or frame: "The body was viewed as part of the inquest", claims.json
            # `as_adjunct_nouns`, as reading.portrayed screens it)
            or (
                c.dep_ == "prep"
                and c.lower_ == "as"
                and not any(o.dep_ == "pobj" and o.lemma_.lower() in lex.as_adjuncts for o in c.children)
            )
            # ("are viewed by some as a betrayal": the "as" phrase hung on the holder after "by")
            or (
                c.dep_ == "agent"
                and any(
                    g.dep_ == "prep"
                    and g.lower_ == "as"
                    and not any(o.dep_ == "pobj" and o.lemma_.lower() in lex.as_adjuncts for o in g.children)
                    for o in c.children
                    if o.dep_ == "pobj"
                    for g in o.children
                )
            )
            # ('was "considered both an expression of status and …"': a passive with a subject has no object, so the
            # noun phrase the parser made one is what the thing is held to be)
            or (
                c.dep_ == "dobj"
                and verb.lemma_ not in lex.regard_passive_as_only
                and any(s.dep_ == "nsubjpass" for s in verb.children)
                and not _amount_or_time(c)
            )
            for c in verb.children
        )
    )


def _amount_or_time(noun) -> bool:
    """Whether a passive's noun complement is an amount or a time ("was billed $2 million", "was considered the same
    day"): what was charged or when, not what the thing is held to be (GUIDE decisions 108, 123)."""
    return _amount(noun) or noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")


def _judge_of_as_phrase(verb, subject, ctx: Context):
    """The holder named for a verb of judgement, portrayal or regard with "as" + what the thing is held to be (claims.json
    `judged_as_lemmas`, `portrayal_lemmas`, `regarded_as_lemmas`; reading.portrayed): the active subject ("Critics
    derided the plan as a giveaway", "The ministry sees the deal as a first step", GUIDE decision 277) or the agent of a
    passive ("was condemned by rights groups as a violation"). None where the judgement was not made (negated, under a
    modal: GUIDE decision 211(d)), is the writer's own ("we dismissed it as …", decision 25), or the verb heads a
    subordinate clause (decision 2)."""
    from .reading import portrayed  # (reading imports dates, which imports this module)

    if verb.dep_ not in ("ROOT", "conj") or _judgement_not_made(verb) or not portrayed(verb):
        return None
    if subject is not None and subject.dep_ == "nsubj":
        holder = subject
    else:
        holder = (_agent(verb) or _as_phrase_agent(verb)) if any(c.dep_ == "auxpass" for c in verb.children) else None
    return holder if holder is not None and judging_holder(verb, holder, ctx) else None


def judging_holder(verb, holder, ctx: Context | None) -> bool:
    """Whether `holder`, the subject or agent of a verb of judgement, portrayal or regard with "as" (`verb`), is one who
    judges (attribution._judge_of_as_phrase; reading.portrayed asks it for the verbs that may also designate, so the
    kind and the attribution agree): not the writer or the reader, nor a party presenting itself, and a person, a body,
    a study or a work; with no context a "they" is taken as a party."""
    # (the reader addressed is the writer's voice too: "You'll see the term as a heading in old maps")
    # (by the tag, not the text: "The WHO sees the outbreak as an emergency" names the World Health Organization)
    if holder.lower_ in ("i", "we", "you", "it", "that", "this", "which", "who") and holder.tag_ in ("PRP", "WP", "WDT", "DT"):
        return False
    if verb.lemma_ not in words().regarded_as | words().likenings and any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children
    ):
        # "The film has been marketing itself as a must-see": how a party presents itself, no one's judgement; but a
        # party's view of itself is one ("The rebels see themselves as liberators", GUIDE decision 277), and so is a
        # likening of itself ("He compared himself to a folk hero", decision 678)
        return False
    lex = words()
    # (one who can judge: a person or body, or a work that portrays, "a tell-all book has cast him as …"; not a thing or
    # a reaction, "the praise is lauding them as …")
    # ("Some in Lisbon portray it as a snub", "Others hailed it as a turning point": a quantifier standing for people)
    people = holder.lower_ in lex.people_quantifiers
    return people or party(holder) or _finder(holder, ctx) or holder.lemma_.lower() in lex.work_nouns


def _held_by_nobody_named(verb) -> Frame | None:
    """The frame of a passive that reports or judges with no holder named: "is said to", "is thought to", "were found
    to" + an infinitive, "is considered the best place", "is regarded as" (GUIDE decisions 24, 108, 477; claims.json
    `said_to_passive_lemmas`, `regard_passive_lemmas`), else None. A negated view stays one ("is not considered safe",
    "was never seen as a stunt": decisions 287, 489); a view under a modal is only supposed (decision 558: "would be
    viewed as"), and a holder named after "by", even inside the "as" phrase, is the view's source (decision 172)."""
    lex = words()
    # "is said to", "was reported to", "are believed to", "is thought to" (GUIDE decision 24), "were found to" (decision
    # 477): reported or found, by nobody named.
    if (
        verb.lemma_ in lex.said_to_passive
        and _agent(verb) is None
        and any(c.dep_ == "auxpass" for c in verb.children)
        # ("has been known to leave early": the idiom of occasional behaviour, no report, GUIDE decisions 81, 714(a))
        and not (verb.lemma_ == "know" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))
    ):
        content = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if content is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in content.children):
            # ("is no longer thought to be", "is not believed to": the negation on the reporting verb negates the
            # claim, so the clause is read from that verb, GUIDE decision 39)
            negated = any(
                c.dep_ == "neg" or (c.dep_ == "advmod" and any(n.dep_ == "neg" for n in c.children)) for c in verb.children
            )
            return Frame(verb.text, None, verb, None if negated else content)
    # "BED is considered the most common eating disorder", "is billed as" (GUIDE decisions 108, 123): a view held by
    # nobody named, where no agent follows; the clause is read from its own verb.
    if (
        not any(c.dep_ == "agent" for c in verb.children)
        and _regarded_as(verb)
        and _as_phrase_agent(verb) is None
        and not any(c.tag_ == "MD" for c in verb.children)
    ):
        return Frame(verb.text, None, verb, None)
    judged = _judged_as_by_nobody_named(verb)
    if judged is not None:
        return judged
    # "It has been found that …", "It was well established that …": a finding by nobody named, like "It was noted
    # that …" (GUIDE decisions 24, 477); the that-clause is the claim
    if (
        verb.lemma_ in lex.findings
        and any(c.dep_ == "auxpass" for c in verb.children)
        and _agent(verb) is None
        and _impersonal_it(verb)
    ):
        content = next(
            (
                c
                for c in verb.children
                # (its "that" first, whatever the tagger made of it: "that smells bring back …" read as a subject)
                if c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.lower_ == "that"
            ),
            None,
        )
        if content is not None:
            return Frame(verb.text, None, verb, content)
    return None


def _judged_as_by_nobody_named(verb) -> Frame | None:
    """The frame of a passive of judgement, welcome or portrayal with "as" + what the thing is held to be and no holder
    named ("The plan was dismissed as a stunt", "The port has long been heralded as a haven", "is often held up as a
    model", "was written about as being a genius"): the view of nobody named, like "is considered" and "was hailed as"
    (GUIDE decisions 108, 123, 172, 211(b), 699(a); claims.json `judged_as_lemmas`, `portrayal_lemmas`), source null,
    cue the verb with its particle. None where the judgement was not made (negated, under a modal, heading an opening
    subordinate clause: decisions 211(d), 558, 699(a)), where a holder is named after "by", even inside the "as" phrase
    (decision 172), or where the "as" phrase is a clause of time the parser read as a noun ("painted as the sun set")."""
    from .reading import portrayed  # (reading imports dates, which imports this module)

    lex = words()
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod") and f"{verb.lemma_} {c.lower_}" in lex.judged_as]
    if verb.lemma_ not in lex.judged_as and verb.lemma_ not in lex.portrayals and not particles:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or _agent(verb) is not None or _as_phrase_agent(verb) is not None:
        return None
    if _judgement_not_made(verb) or not portrayed(verb) or _as_clause_read_as_noun(verb):
        return None
    # ("held up", "waved away", "written about": the particle, and the "about" a portrayal by writing keeps)
    particle = "".join(
        " " + c.text
        for c in verb.children
        if c in particles or c.dep_ == "prt" or (c.lower_ == "about" and verb.lemma_ == "write")
    )
    return Frame(verb.text + particle, None, verb, None)


def _as_phrases(verb) -> list:
    """The "as" phrases of `verb`: on the verb or on its object ("was dismissed as a stunt", "portray the visit as a snub")."""
    on_object = [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
    return [c for c in list(verb.children) + on_object if c.dep_ == "prep" and c.lower_ == "as"]


def _as_phrase_agent(verb):
    """The holder named after a "by" that the parser hung inside a passive's "as" phrase ("The plan was dismissed as a
    stunt by opposition leaders", "is viewed as a betrayal by many members": GUIDE decisions 172, 532, 699(a)), where it
    is one who judges (`judging_holder`: not "by the end of the week"), else None."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in _as_phrases(verb):
        for by in prep.subtree:
            if by.lower_ == "by" and by.dep_ in ("prep", "agent") and by.i > prep.i:
                noun = next((c for c in by.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.lemma_.lower() not in words().message_media and judging_holder(verb, noun, None):
                    return noun
    return None


def _as_clause_read_as_noun(verb) -> bool:
    """Whether every "as" phrase of `verb` is "as the" + a noun with a noun before it that ends the phrase, the parser's
    reading of a clause of time ("was painted as the sun set", "framed as the storm hit"): no label (GUIDE decision 172's
    portrayal takes a noun or adjective phrase)."""
    preps = _as_phrases(verb)

    def clause(prep) -> bool:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or prep.i + 1 >= len(prep.doc) or prep.doc[prep.i + 1].lower_ != "the":
            return False
        head = objects[0]
        return head.i == prep.right_edge.i and any(c.dep_ == "compound" for c in head.children)

    return bool(preps) and all(clause(p) for p in preps)


def _made_clear(verb):
    """("made clear", the clause's verb) where `verb` is "make" with "clear" or "known" and a that-clause after it
    ("made clear that …", "had made it very clear that …", "made known that …": GUIDE decision 288); the cue keeps the
    words as written but "it". Not under a modal ("should make it clear that …" asks for a statement, makes none)."""
    if verb.lemma_ != "make" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    adjective = next(
        (c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") and c.lower_ in words().made_clear), None
    )
    if adjective is None:
        return None
    # (the parser hangs the clause on the verb or on the adjective, as a clausal complement or an adverbial clause)
    content = next(
        (
            c
            for c in [*verb.children, *adjective.children]
            if c.dep_ in ("ccomp", "advcl")
            and c.i > adjective.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if content is None:
        return None
    degree = [c for c in adjective.children if c.dep_ == "advmod" and c.i < adjective.i]
    return " ".join(t.text for t in [verb, *degree, adjective]), content


def _stated_clause(verb):
    """The statement a verb of judging or knowing passes on: its content clause after it, with a subject of its own and a
    finite verb ("decided (that) the alert related to a threat", "knew it was working on …"); not a question ("decided
    whether …", "knew who he was") nor an infinitive ("decided to wait")."""
    content = _content_child(verb)
    if content is None or content.i < verb.i or any(c.tag_ == "MD" for c in verb.children):
        return None  # (nothing known or decided yet: "users can know exactly what …", "may decide the plan is …")
    # (a question word anywhere before the clause's verb: "know exactly what the effects will be")
    # (not a relative pronoun inside the clause's subject: "decided that the firm which built it was liable")
    if any(
        t.lower_ in _WH and t.tag_ in ("WP", "WRB", "WDT", "IN") and not any(a.dep_ == "relcl" for a in t.ancestors)
        for t in verb.doc[verb.i + 1 : content.i]
    ):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in content.children):
        return None
    # (a "that" marks a clause whatever the tagger made of its verb: "decided that the alert related to …")
    finite = content.tag_ in FINITE_TAGS or any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS) or (c.dep_ == "mark" and c.lower_ == "that")
        for c in content.children
    )
    return content if finite else None


def _judged_inside(verb) -> bool:
    """A verb of concluding, knowing or recognizing with a stated clause of its own, inside reported speech ("Two people
    said the president has decided that …", "“All the members recognize that …,” she said"): the holder's judgement,
    passed on like a belief (GUIDE decisions 3, 93, 165, 394)."""
    lex = words()
    if verb.lemma_ not in lex.concluding and verb.lemma_ not in lex.knowing and verb.lemma_ not in ("recognize", "recognise"):
        return False
    subject = _subject(verb)
    return (
        subject is not None
        and _third_party_knows(verb, subject)
        and _learner(verb, subject)
        and not any(c.tag_ == "MD" for c in verb.children)
        and _stated_clause(verb) is not None
    )


def _third_party_knows(verb, subject) -> bool:
    """Whether "know"/"realize" passes its clause to a holder (GUIDE decisions 93, 104): a subject other than the
    writer or the reader ("I know", "now you know that …" are the writer's voice). A denied knowing is a negated
    belief frame and passes its clause too ("Taylor didn't know at the time that …": source Taylor, polarity negative,
    decision 287, as consistency pass cons30a reads it); "no one knows" has no holder."""
    return (
        subject is not None
        and subject.dep_ == "nsubj"
        and subject.lower_ not in ("i", "we", "you", "nobody", "none")
        and not any(c.lower_ == "no" for c in subject.children)  # ("no one knows just how much …")
        and not _has_object(verb)  # ("the public knows almost nothing about them other than that …")
    )


def _understood_or_seen(verb, subject):
    """The content clause a verb of understanding or perceiving passes to its holder (claims.json
    `clause_knowing_lemmas`), like "realize that" (GUIDE decisions 93, 104, 277, 394, 847): "Lee understood that the fees
    would rise", "The crews saw that the gate was open", "Reed understood, in his way, that …"; and a present "sees" with
    an object and a participle in place of the clause, a view or forecast held (decision 397: "The bank sees prices
    falling next year"). None for the writer's or reader's own ("I see that …", "you understand that …", decisions 25,
    55), under a modal ("you must see that …", "can see that …": decision 484), for a question ("saw what happened",
    "understand how it works": decision 644's (d)) and for a bare noun phrase ("saw the crash", "sees two rate cuts")."""
    if verb.lemma_ not in words().clause_knowing or verb.pos_ != "VERB" or not _third_party_knows(verb, subject):
        return None
    if any(c.tag_ == "MD" for c in verb.children) or _sees_to_it(verb):
        return None
    content = _content_child(verb)
    if content is None or content.i < verb.i or _indirect_question(verb, content):
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children) or _stated_clause(verb) is content:
        if verb.lemma_ == "see" and verb.tag_ in ("VBZ", "VBP") and _gets_done(content):
            # ("The clerk sees that the forms get signed": "see" in the sense "make sure", an act, no content held)
            return None
        return content
    participle = content.tag_ == "VBG" or (content.dep_ == "ccomp" and content.lower_.endswith("ing"))
    if (
        verb.lemma_ == "see"
        and verb.tag_ in ("VBZ", "VBP")
        and participle
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in content.children)
    ):
        return content
    return None


def _sees_to_it(verb) -> bool:
    """Whether "see" is "see to it (that …)", the sense "make sure": an act, no content perceived or held ("The clerk saw
    to it that the forms were signed"; GUIDE attribution section, decision 277 is perception)."""
    return verb.lemma_ == "see" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ == "it" for o in c.children)
        for c in verb.children
    )


def _gets_done(clause) -> bool:
    """Whether a clause is a present "get" passive ("the forms get signed", "the job gets done"): after a present "sees
    that", the sense "make sure", not perception (a past one is seen: "Officials see that the roads got repaired")."""
    return any(c.dep_ == "auxpass" and c.lemma_ == "get" and c.tag_ in ("VBZ", "VBP") for c in clause.children)


def _learner(verb, subject) -> bool:
    """Whether a verb of knowing has a holder who can learn (GUIDE decision 488(a)): "learned that" passes its clause for
    a person ("she learned that …", "Dana Lee learned that …"), not for an outlet or a public whose learning is the
    writer's news ("the Gazette learnt that …", "the nation learned that …": decisions 55, 161)."""
    return verb.lemma_ != "learn" or (
        subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or subject.lemma_.lower() in words().human
    )


def _view_phrase(main_verb, clause_start: int, clause_end: int, ctx: Context) -> Frame | None:
    """ "in her view", "in the words of the patient", "In Smith's words", "by her own accounting", "per the WHO":
    a phrase of the main clause crediting its statement like "according to X" (GUIDE decisions 34, 100), not one
    inside a relative or adverbial clause ("questioned the approach that, in their view, minimizes …"). "in my
    view" is the writer's own (decision 25); "per" takes a name or a named body ("per share", "per the usual" credit
    nobody)."""
    lex = words()
    doc = main_verb.doc
    # The text first (each token read makes a Token object): "per" in the clause's, a view's noun in the paragraph's
    # (a preposition's object may stand outside the clause).
    if "per" not in span_text(doc, clause_start, clause_end) and doc[clause_start].lower_ != "per":
        paragraph = text_of(doc).lower()
        if not any(noun in paragraph for nouns in lex.view_phrases.values() for noun in nouns):
            return None
    for prep in doc[clause_start:clause_end]:
        # "Per Axios:" alone before the quotation it credits, its "per" the line's root (GUIDE decisions 385, 567(a))
        tag = prep.i == main_verb.i == clause_start and prep.lower_ == "per" and doc[clause_end - 1].text == ":"
        if not tag and (prep.dep_ != "prep" or not _in_main_clause(prep, main_verb)):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        if tag and noun.text[:1].isupper() and noun.lower_ not in lex.credit_tag_rate_nouns:  # (not "Per Annum:")
            return Frame("per", source_text(noun, ctx), None, main_verb)
        if prep.text == "per":  # (not "Revenue Per Thousand", a name)
            if noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
                return Frame(prep.text, source_text(noun, ctx), None, main_verb)
            continue
        if noun.lower_ not in lex.view_phrases.get(prep.lower_, ()):
            continue
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        cue_end = noun.i + 1
        if holder is None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            # "in the words of the patient", "in the view of the court" (not "in view of the costs")
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            cue_end = of.i + 1 if of is not None else cue_end
        if holder is None:
            continue
        if holder.lower_ in ("my", "our"):
            return None
        source = source_text(holder, ctx)
        source = source.removesuffix("'s").removesuffix("’s") if source else source
        return Frame(doc[prep.i : cue_end].text, source, None, main_verb)
    return None


def _in_main_clause(token, main_verb) -> bool:
    """Whether `token` hangs below `main_verb` through no relative clause and no subordinate clause opened by a
    conjunction ("after sources told Reuters …": GUIDE decision 2)."""
    head = token.head
    while head.i != main_verb.i:
        if head.dep_ in ("relcl", "acl") or (head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children)):
            return False
        if head.head.i == head.i:
            return False  # (the root reached: the token lies outside the main verb's clause)
        head = head.head
    return True


def _indirect_question(verb, content) -> bool:
    """A clause opened by a question word after a verb that does not ask ("noted if and how often respondents
    used it", "cannot explain why they were silent"): what is not known or recorded, no statement reported;
    after "asked"/"wondered" the question is what was said, "told the jury how …" tells a story, and after "said"
    the clause is most often the subject of what was said ("said whether Trump will agree … depends on …"). The
    word opens the clause itself: "noted if Patrick can win, he's …" reports what an if-clause inside conditions."""
    opener = content.left_edge
    return (
        opener.lower_ in _WH
        and opener.lower_ != "how"  # ("the doctors detail how the patient fell ill": the account given)
        and opener.head.i == content.i
        and opener.i > verb.i
        and verb.lemma_ not in _ASKING
        # (a negated "say" leaves the question open: "Gates did not say whether the review will …", GUIDE decision 134)
        and (verb.lemma_ not in ("say", "tell") or any(c.dep_ == "neg" for c in verb.children))
    )


def _reports(verb, clause_start: int) -> bool:
    """Whether `verb` reports speech: a reporting verb, or one that reports only as the tag of the
    direct quote before it in the clause ('"…," the statement continued')."""
    lex = words()
    lemma = verb.lemma_
    if lemma not in lex.reporting and lemma not in lex.quote_tags:
        return False  # (most verbs: the word lists first, before the readings of the verb's place below)
    if _in_compound_word(verb) or _modifier_read_as_verb(verb) or _in_speech_idiom(verb) or _in_contact_relative(verb):
        return False
    if lemma in lex.reporting:
        # ("did not rule out offering …": the particle makes a verb of choosing, GUIDE decision 168)
        return not any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.phrasal_not_speech for c in verb.children)
    if any(t.text in _QUOTE_MARKS for t in verb.doc[clause_start : verb.i]):
        return True
    # ('She continued, “I wore it …”': the tag before the quote it opens, its comma and then the mark; a colon's lead-in,
    # 'She continued: “…”', is read as a lead-in already)
    after = verb.doc[verb.i + 1 : verb.i + 3]
    return len(after) == 2 and after[0].text == "," and after[1].text in ("“", '"')


def _in_contact_relative(verb) -> bool:
    """A reporting verb inside a relative clause with no "that", on the noun just before its subject, whose reported
    verb has lost its subject to that noun ("released code he said exploits the flaw", "places the firm thinks should
    be visited": the code exploits, the places should be visited). The report only says which code or places: the
    clause is no report of the unit (GUIDE decision 2, a reporting verb inside a relative clause)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or subject.left_edge.i == 0:
        return False
    content = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
    if (
        content is None
        or content.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in content.children)
        or not (content.tag_ in ("VBZ", "VBD", "VBP") or any(c.tag_ == "MD" for c in content.children))
    ):
        return False
    noun = verb.doc[subject.left_edge.i - 1]
    phrase = next((a for a in [noun, *noun.ancestors] if a.head == verb), None)
    if phrase is not None and phrase.i < subject.i and phrase.dep_ in ("prep", "advcl", "npadvmod", "advmod"):
        return False  # ("On Monday the minister said next week …": the noun of a fronted phrase of the report itself)
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "pobj", "attr", "conj", "appos", "nsubj", "nsubjpass")


def _in_speech_idiom(verb) -> bool:
    """A verb of speech inside a set phrase that reports no words ("All told, …", "Truth be told, …", "when all is
    said and done", "Enough said."; claims.json `speech_idioms`), looked for in the few words around the verb."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False  # ("Researchers all told the panel …": an addressee, a report)
    # The text of the five words either side (a window, not the paragraph: this runs per verb), sliced from the
    # paragraph's text: a Span built and joined per verb cost more than the search (about 40,000 verbs on the
    # benchmark pages).
    doc = verb.doc
    first, end = max(0, verb.i - 5), min(len(doc), verb.i + 6)
    start_char = doc[first].idx
    around = span_text(doc, first, end)
    at = verb.idx - start_char
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        m.start() <= at < m.end() and all(m.start() <= s.idx - start_char < m.end() for s in subjects)
        for m in words().speech_idioms.finditer(around)
    )  # (a subject outside the phrase, "The ministers all told …": "all" floats on the subject of a report)


def _modifier_read_as_verb(verb) -> bool:
    """A participle modifying a noun that the parser made a clause's verb: a bare participle with its "subject"
    before it, no "have" or "be" and no quote before it ("…, different waters added from springs, …", "…; every
    week, associates posted about …"); or a noun's participle with a purpose right after it and the clause it
    would report before it ("…, a sweetener added to increase the volume"). (A speaker tag's verb is finite, "…,
    the minister added", and ends on when or where it was said.)"""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("ccomp", "parataxis") and c.i > verb.i for c in verb.children)
        and not any(t.text in _QUOTE_MARKS for t in doc[verb.sent.start : verb.i])  # ('"…," the insider added': a tag)
        # ("…, they could create a pandemic, researchers from MIT reported in the journal": the tagger's VBN for a past
        # tense whose clause before the comma the parser did hang on it, a closing tag)
        and not (
            doc[subject.left_edge.i - 1].text == ","
            and any(c.dep_ == "ccomp" and c.right_edge.i == subject.left_edge.i - 2 for c in verb.children)
            # (the tag closes the sentence: not a list going on, "…, different waters added from springs, different …")
            and not any(t.text in (",", ";") for t in doc[verb.i + 1 : verb.right_edge.i + 1])
        )
    ):
        return True
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None  # "added to increase …", not "said of X to collapse"
    return (
        after is not None
        and after.lower_ == "to"
        and after.head.dep_ == "xcomp"
        and after.head.head.i == verb.i
        and any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children)
    )


def _in_compound_word(verb) -> bool:
    """A verb that is a word of a hyphened compound ("the told-you-sos", "a tell-all"): no verb of its clause."""
    doc = verb.doc
    return not verb.whitespace_ and verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "HYPH"


def tag_after_quote(doc, end: int, ctx: Context, apart: bool = False) -> Attribution | None:
    """The speaker tag right after a quote that closes at character `end` of `doc`, where the parser hung
    the tag's verb inside the quote ('…, and yet as my father reminded me often ‘we survived,’”
    Montoya-Lewis said after her appointment.') or took it for a modifier of its subject ('…," the patient
    described in the case report.'): the words from the quote's end to a reporting verb are
    its subject and nothing else, and the verb reports nothing of its own after it. `apart`: the tag must stand
    apart from the quote, its subject after the closing mark and its verb with no object ('"Hamilton" said goodbye to
    Broadway', '"Jobs First" announced a rally': a quoted title is the subject, and a speech act whose content is a
    noun phrase reports no words, GUIDE decision 2)."""
    after = [t for t in doc if t.idx >= end and not t.is_punct]
    titled = _titled_tag(after, ctx)
    if titled is not None:
        return titled
    verb = next((t for t in after[:6] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ not in words().reporting or verb.sent != after[0].sent:
        return _tag_joined_to_quote(after, end, ctx)
    between = [t for t in after if t.i < verb.i]
    subject = _subject(verb)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head in between:
        # '…," the patient described in the case report.': the verb taken for its subject's modifier (the
        # noun heads the whole sentence, quote and all, so the speaker is the words before the verb)
        named = [t for t in between if t.i <= verb.head.i]
        while named and named[0].dep_ == "det":
            named = named[1:]
        source = " ".join(t.text for t in named)
        return Attribution(source, verb.text) if source and _content_child(verb) is None else None
    # ('“…. He wants to set the tone …,” said a senior administration official.': an inverted tag right after the quote)
    if subject is None or (subject.i > verb.i and between):
        return None
    if apart and (subject.left_edge.idx < end or any(c.dep_ == "dobj" and not _addressed(c, verb) for c in verb.children)):
        return None
    content = _content_child(verb)
    # (a content the parser hung on the tag inside the quote is the quote itself: '“…,” she said, her voice hoarse')
    if any(t.i not in {x.i for x in subject.subtree} for t in between) or (content is not None and content.idx >= end):
        return None
    source = source_text(subject, ctx)
    return Attribution(source, verb.text) if source else None


def _titled_tag(after: list, ctx: Context) -> Attribution | None:
    """The speaker tag right after a quote that gives the person's title before the name, maybe a description set off
    after it, then the reporting verb ('…," lead author Dr. Dana Lee, of the state health department, said in a
    release.'): the parser may read the title's first word as a verb ("lead") and hang the quote on it, the name as its
    subject or an apposition of the title, so that the tag's own verb reports nothing. The verb must have nothing of its
    own to report after it, and the words between the name and the verb must be a description set off by commas."""
    if not after or after[0].pos_ not in ("VERB", "ADJ", "NOUN"):
        return None  # (the cheap test first: a title's lower-case word opens the tag)
    ent = next((entity_of(t) for t in after[:6] if t.ent_type_ == "PERSON"), None)
    if ent is None or not _titled_after_quote(ent):
        return None
    doc = ent.doc
    described = {t.i for c in ent.root.children if c.dep_ == "relcl" for t in c.subtree}  # (", who runs the lab,")
    verb = next((t for t in doc[ent.end : ent.sent.end] if t.pos_ in ("VERB", "AUX") and t.i not in described), None)
    if verb is None or verb.lemma_ not in words().reporting:
        return None
    content = _content_child(verb)
    if content is not None and content.i != after[0].i:
        return None  # (the title's first word read as a verb and hung on the tag's verb is the misreading, no content)
    between = doc[ent.end : verb.i]
    if len(between) and (between[0].text != "," or between[-1].text != "," or _clause_between(between, ent.root)):
        return None
    source = person_name(ent.root, ctx)
    return Attribution(source, verb.text) if source else None


def _tag_joined_to_quote(after: list, end: int, ctx: Context) -> Attribution | None:
    """The speaker tag that closes the sentence of a quote closing at character `end`, where the parser joined the
    tag's verb to the quote's own verb and hung the speaker set off before it elsewhere ('"He will be tried" when he
    returns, Dana Lee, chairman of the board, told reporters.'; '…,” Dana Lee-Wong, a professor at the college, told
    the Courier.'): a reporting verb after the quote, conjoined to a verb inside it, with nothing of its own to report
    and no verb after it in the sentence, whose subject stands between the quote and the verb (GUIDE decision 2)."""
    if not after:
        return None
    sent = after[0].sent
    verbs = [t for t in after if sent.start <= t.i < sent.end and t.pos_ in ("VERB", "AUX")]
    verb = verbs[-1] if verbs else None
    if (
        verb is None
        or verb.lemma_ not in words().reporting
        or verb.dep_ not in ("conj", "parataxis")
        or verb.head.idx >= end
        or _content_child(verb) is not None
    ):
        return None
    subject = _subject(verb)
    if subject is None or subject.idx < end or subject.i > verb.i:
        return None
    source = source_text(subject, ctx)
    return Attribution(source, verb.text) if source else None


def quote_tag_speaker(attribution: Attribution, verb, quote: tuple[int, int], text: str, ctx: Context) -> Attribution:
    """The speaker a tag gives the quote it closes, from the claim that holds the tag (`attribution`, read from its
    clause's `verb`; `quote`, the quote's span in the paragraph's `text`): the claim's own source, unless that source
    reports inside the quote (GUIDE decision 3: in '“…, both engineers testified …,” she added' the claim is the
    engineers' report, the quote still hers; '"People say, …" says Dana': the quote is Dana's): then the subject of
    the tag's own verb, which stands outside the quote."""
    a, b = quote
    # (a cue that is the same word as the tag's verb may still stand inside the quote: in '“The farmers have said …,”
    # Dana said' the claim is the farmers' report, the quote hers)
    if (
        not attribution.cue  # (no cue: nothing shows the source reports inside the quote; an empty one would match anywhere)
        or a <= verb.idx < b
        or verb.lemma_ not in words().reporting
        or re.search(rf"\b{re.escape(attribution.cue or '')}\b", text[a:b]) is None
    ):
        return attribution
    subject = _subject(verb)
    if subject is None or a <= subject.idx < b:
        return attribution
    source = source_text(subject, ctx)
    return Attribution(source, verb.text) if source else attribution


def may_tag_quote(verb, end: int) -> bool:
    """Whether the clause of `verb`, standing after a quote that closes at character `end`, may be the quote's tag: not
    where it reports a clause of its own after the quote ('“…” (Other surveys say that the lake will …)') or denies
    the act ('“…” The mayor, Dana Lee, did not respond to a request for comment.'): a sentence of its own."""
    if verb.idx < end:
        return True
    content = _content_child(verb)
    return (content is None or content.idx < end) and not any(c.dep_ == "neg" for c in verb.children)


_LEAD_IN_PRONOUNS = frozenset(("he", "she", "they"))  # (not "I"/"we": the writer's own words, GUIDE decision 250)
_SALUTATIONS = frozenset(("dear", "to"))  # ("Dear President Tom Reyes: “…”": the letter's addressee, no speaker)


def holds_a_clause(tokens) -> bool:
    """Whether quoted words hold a clause: a finite verb, or an imperative's bare verb first ("Go out and vote")."""
    first = next((t for t in tokens if not t.is_punct), None)
    return any(t.tag_ in FINITE_TAGS for t in tokens) or (first is not None and first.tag_ == "VB")


def _a_title(tokens) -> bool:
    """Quoted words set as a title: two or more words, each capitalised, no sentence's end inside the marks
    ('released her debut single: “Nobody Knows My Name”.'): no words said."""
    words_ = [t for t in tokens if t.is_alpha]
    return len(words_) >= 2 and all(t.text[0].isupper() for t in words_) and not any(t.text in (".", "!", "?") for t in tokens)


@functools.cache
def _lead_in_speaker_nouns() -> frozenset:
    """Nouns of a person or a body that may speak in a lead-in ("The goalkeeper was furious:", "The witness was adamant:")."""
    lex = words()
    return lex.human | lex.people | lex.titles | lex.org_nouns | lex.team_roles | lex.speaker_descriptions


def _speaking(token, ctx: Context, reported: bool, author: bool = False) -> bool:
    """Whether `token` names one who may say the quotation: a person or a body named, a pronoun standing for one, a
    noun of a person or a body; a name the model gave no label ("Uber stepped in and tweeted …") only where the lead-in
    reports (not "Covid changed everything:", "Ozempic has transformed the market:"); not a name the article calls a
    product or mission (GUIDE decision 12). The author of words received may be a place standing for its government
    ("drew a rebuke from Beijing:")."""
    if author and token.ent_type_ in ("GPE", "NORP"):
        return True
    if token.ent_type_ in ("PERSON", "ORG") or (token.pos_ == "PROPN" and not token.ent_type_):
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if clean_name(ent.text if ent is not None else token.text) in ctx.products:
            return False
        return token.ent_type_ in ("PERSON", "ORG") or reported
    return token.lower_ in _LEAD_IN_PRONOUNS or (token.pos_ == "NOUN" and token.lemma_.lower() in _lead_in_speaker_nouns())


def _authors_in_lead_in(verb, receiving: bool, ctx: Context):
    """Who the words a lead-in tells of come from: the object of "from" on the lead-in's words, not on its speaker
    ("Then came the verdict from Judge Dana Lee:", not "Dana Lee from the ministry explained:") or, after a verb of
    receiving, on the verb or its object ("obtained a memo from the ministry:", "heard from the victim's mother:"), the
    object's possessor ("read the victim's statement:") or the object itself ("quoted Winston Churchill:")."""
    nouns = [c for c in verb.children if c.dep_ in (("dobj", "nsubj", "attr") if receiving else ("nsubj", "attr"))]
    words_ = [n for n in nouns if n.dep_ == "dobj" or not _speaking(n, ctx, False)]
    # (on the verb too after a verb of receiving, or where the words themselves are its subject: "Then came the ruling
    # from Judge Dana Lee:", the parser hanging "from" on "came")
    for holder in ([verb] if receiving or any(n.dep_ == "nsubj" for n in words_) else []) + words_:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                yield from (o for o in prep.children if o.dep_ == "pobj")
    if receiving:
        for noun in nouns:
            if noun.dep_ == "dobj":
                yield from (c for c in noun.children if c.dep_ == "poss")
                yield noun


def colon_lead_in_speaker(doc, quote: tuple[int, int], ctx: Context) -> Attribution | None:
    """The speaker of the quotation at the character span `quote` (its marks included) that opens right after a colon,
    where the words before the colon only introduce it (GUIDE decision 228: "She replied to her critics: '…'", "Dana
    Lee took a look: '…'", "Lee threw himself under the bus: '…'", a name and its description alone: "Owner Dana Lee,
    also at the game: '…'"): the subject of the lead-in's verb where it is a person or a body, or that name itself
    where the lead-in has no verb; where the lead-in tells of words received, heard or quoted ("Reuters obtained a memo
    from the ministry:", "The court heard from the victim's mother:", decisions 3, 64), their author, else no speaker.
    The cue is the lead-in's reporting or tag verb ("She continued:", decision 375), else `null` (decision 61). A
    quotation that holds no clause, or is set as a title, is a title, caption or phrase ('with the caption: "Welcome
    home"', 'call it Y2Q: "years to quantum"'), not words spoken."""
    span = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    if span is None or span[0].text not in _QUOTE_MARKS or span[0].i < 2:
        return None
    opening = span[0]
    colon = doc[opening.i - 1]
    if colon.text != ":" or colon.sent.start != opening.sent.start:
        return None
    quoted = [t for t in doc[opening.i + 1 :] if t.idx < quote[1] - 1]
    if not holds_a_clause(quoted) or _a_title(quoted):
        return None
    start = colon.sent.start
    lead_verb = colon.head
    if not start <= lead_verb.i < colon.i:
        # (the parser may hang the colon and the lead-in's verb on the quote's verb: the lead-in's own head is then the
        # word of it whose head stands outside it)
        lead_verb = next((t for t in doc[start : colon.i] if not t.is_punct and not start <= t.head.i < colon.i), None)
        if lead_verb is None:
            return None
    # ("issued a warning:", "minced no words:": the parser may hang the colon on the lead-in's object; its verb governs)
    while lead_verb.pos_ not in ("VERB", "AUX") and lead_verb.ent_type_ != "PERSON" and start <= lead_verb.head.i < colon.i:
        if lead_verb.head.i == lead_verb.i:
            break
        lead_verb = lead_verb.head
    lex = words()
    if lead_verb.pos_ in ("VERB", "AUX"):
        # ("Uber stepped in and tweeted this announcement:": the subject of the first verb, the cue of the second)
        verbs = [lead_verb, *(c for c in lead_verb.children if c.dep_ == "conj" and c.i < colon.i)]
        subject = next((c for c in lead_verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and lead_verb.dep_ == "conj":
            subject = next((c for c in lead_verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # (a denied act of speech tells of words not said: "Dana Lee never said: “…”" is the tag's own rule; a negated
        # idiom of manner, "did not mince his words:", "didn't hold back:", still only introduces the quotation)
        if any(c.dep_ == "neg" for v in verbs if v.lemma_ in lex.reporting for c in v.children):
            return None
        cue = next((v.text for v in reversed(verbs) if v.lemma_ in lex.reporting or v.lemma_ in lex.quote_tags), None)
        receiving = any(v.lemma_ in lex.lead_in_receiving for v in verbs)
        author = next(
            (t for v in verbs for t in _authors_in_lead_in(v, receiving, ctx) if _speaking(t, ctx, True, author=True)), None
        )
        if author is not None:
            source = source_text(author, ctx)
            if source and author.dep_ == "poss":
                source = re.sub(r"\s*['’]s?$", "", source)  # ("the victim's statement": the victim)
            if source and subject is not None and source == source_text(subject, ctx):
                # ("Reuters obtained a memo from the finance ministry:": a body noun read back to the body named last is
                # the receiver again; the words are the described body's own, as written)
                words_of = [t for t in author.subtree if t.i <= author.i and not (t.dep_ == "det" and t.i < author.i)]
                source = span_text(author.doc, words_of[0].i, author.i + 1) if words_of else None
            return Attribution(source, None) if source else None
        if subject is None or receiving:
            return None
    elif lead_verb.ent_type_ == "PERSON" or (lead_verb.pos_ == "NOUN" and lead_verb.lemma_.lower() in _lead_in_speaker_nouns()):
        # ("Owner Dana Lee, also at the game:", "Her neighbour, also at the vigil:": the tag's verb is lost, decision 668)
        if doc[start].lower_ in _SALUTATIONS:
            return None
        subject, cue = lead_verb, None
    else:
        return None
    if not _speaking(subject, ctx, cue is not None):
        return None
    source = source_text(subject, ctx)
    return Attribution(source, cue) if source else None


def lead_in_reporter(main_verb, quote_start: int, ctx: Context):
    """(source, cue) of a reporting verb before a quote that its colon lead-in introduces ('The harbour master told
    reporters: "…"', GUIDE decision 228), where the claim that holds the colon keeps a view of others inside the quote
    (decision 489), else None."""
    if main_verb.idx < quote_start and main_verb.lemma_ in words().reporting and not _negated(main_verb):
        subject = _subject(main_verb)
        source = source_text(subject, ctx) if subject is not None else None
        if source:
            return source, main_verb.text
    return None


def bare_speaker(main_verb, ctx: Context):
    """(source, cue) of a reporting verb with a subject and no content of its
    own: the "” Trump tweeted soon after …" that closes a quote."""
    if main_verb.lemma_ in words().reporting and _content_child(main_verb) is None:
        subject = _subject(main_verb)
        if subject is not None:
            return source_text(subject, ctx), main_verb.text
    return None


def _quoted_words(child, verb) -> bool:
    """Whether `child` is a complement of `verb` standing between quotation marks before it, such
    as a quoted word that is no clause ('“Amazing,” Davis said'; '"Great," she said'), or the quote the
    parser hung on the tag by another word ('"As a law enforcement agency …, operating a program is not
    feasible," the spokesperson said': "As" heads it)."""
    doc = verb.doc
    if child.dep_ in ("nsubj", "nsubjpass", "punct") or child.i > verb.i:
        return False
    left = child.left_edge.i
    closing = doc[child.right_edge.i + 1 : verb.i]
    if doc[left].text in _QUOTE_MARKS and left < child.i:
        # ('"Total gridlock," said Dana Lee': the parser hung the opening mark on the quoted words themselves, first of
        # the paragraph or after a sentence of its own; a quote that opens the sentence and closes right before the tag)
        return (
            left == verb.sent.start
            and not any(t.text in _QUOTE_MARKS for t in doc[left + 1 : child.right_edge.i + 1])
            and all(t.is_punct for t in closing)
            and any(t.text in _QUOTE_MARKS for t in closing)
        )
    if left == 0 or doc[left - 1].text not in _QUOTE_MARKS:
        return False
    return any(t.text in _QUOTE_MARKS for t in closing)


def _addressee(token) -> bool:
    """Whether the object of "tell" is the one told ("… is by pounds, an agency spokesman told us", "told
    reporters", "told CNN"), not what was told ("told the story")."""
    return (
        token.pos_ == "PRON"
        or token.lemma_.lower() in words().people
        or (token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "PERSON", ""))
    )


def _addressed(obj, verb) -> bool:
    """Whether the object `obj` of the tag verb `verb` is the one spoken to, no content of the speech ('“…,” she told
    reporters', 'he urged colleagues', 'she warned residents'; not 'told the story', 'announced a rally')."""
    lex = words()
    if verb.lemma_ in lex.directive and verb.lemma_ not in lex.addressee_object:
        return True  # "urge", "warn", "ask": whom they urge, warn or ask
    return _addressee(obj) or obj.lemma_.lower() in lex.human


def _has_object(verb) -> bool:
    return any(c.dep_ in ("dobj", "pobj", "attr") for c in verb.children)


def note_asked(verb, ctx: Context) -> None:
    """Note the person the reporting verb `verb` asked ("a reporter asked Montoya-Lewis, “…?”"), whom a
    later "she replied" stands for."""
    if verb is None or verb.lemma_ != "ask":
        return
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "PROPN" and entity_of(child) is not None:
            # (a person entity, or a known person's name the model called something else)
            name = clean_name(entity_of(child).text)
            if name and (child.ent_type_ == "PERSON" or name in ctx.persons):
                ctx.last_asked = ctx.person(name).name
                return


def _reported(verb, content, ctx: Context, subject=None) -> Frame:
    from .reading import hedged_frame_polarity, speech_ahead  # (reading imports dates, which imports this module)

    lex = words()
    # Reported speech inside reported speech: the inner speaker ("X said Y told him that …"),
    # for verbs of speech and belief, not "the data indicate that".
    seen = {verb.i}
    while True:
        # (not where the report goes on past the view of others: 'explained that the evidence had been deemed credible,
        # but after more checks it had been made clear that …' stays the speaker's)
        held = _held_by_others_inside(content) if content.i not in seen and not clause_joined(verb) else None
        if held is not None:
            return held
        directive = _directive_inside(content, ctx, verb) if content.i not in seen and not clause_joined(verb) else None
        if directive is not None:
            return directive
        if (
            not (
                (content.lemma_ in lex.reporting and content.lemma_ not in lex.non_speech)
                or _study_finding(content)
                or _judged_inside(content)
            )
            or content.i in seen
        ):
            break
        if _asks_for_the_holder(content):
            break  # "“Who says we can’t win?” he asked.": the quoted question's "says" reports no one (GUIDE decision 757)
        # ("he said he was told by John Bolton to go …": the one who told, named after "by")
        addressed = _addressed_passive(content)
        # ("The youngster said Strawberry told him to take it all in": the instruction Strawberry gave, GUIDE decision 45)
        clause = _content_child(content)
        instructed = clause is None and not addressed and _instruction_given(content)
        inner = clause or (_infinitive_child(content) if addressed or instructed else None)
        inner_subject = _agent(content) if addressed else _subject(content)
        if (
            inner is None
            or inner_subject is None
            or inner_subject.lower_ in ("i", "we", "you", "they", "it", "he", "she")
            # ('"No one is saying it's all gloom," says Joye': the speaker's own denial, not a report by anyone)
            or _no_one(inner_subject)
            or (not addressed and any(c.dep_ == "auxpass" for c in content.children))
            # ("The mayor said the council would argue that …": a speech only supposed or still ahead is no inner
            # report; the outer speaker keeps the unit, GUIDE decisions 139, 429, 474)
            or hedged_frame_polarity(content, inner) is not None
            or speech_ahead(content, inner)
        ):
            break
        seen.add(content.i)
        # (an instruction is read from its own verb, as where it stands alone: "told him to go" is an obligation)
        verb, content, subject = content, (content if instructed else inner), inner_subject
    content = _with_subject(content)
    if subject is None and _addressed_passive(verb):
        # "Employees were told that …": the subject was spoken to; the speaker is the agent, if the text names one.
        agent = _agent(verb)
        source = source_text(agent, ctx) if agent is not None else None
        return Frame(verb.text, source, verb, content, unattributed=False)
    subject = subject if subject is not None else _subject(verb)
    source = source_text(subject, ctx) if subject is not None else _surname_read_as_adverb(verb, ctx)
    # ("no one is suggesting that …", "No one I know thinks …": speech or belief of nobody, GUIDE decision 296)
    unattributed = _writers_voice(verb, subject) or (subject is not None and (_says_nothing(subject) or _no_one(subject)))
    return Frame(verb.text, source, verb, content, unattributed=unattributed)


def clause_joined(verb) -> bool:
    """Whether a clause with a subject of its own is joined to `verb` ("…, but I doubt it", "…, but after more checks
    the police had doubts"): the words go on past the view of others; not a second act of the same subject with no
    subject of its own ("Police said the man was believed to be armed and urged residents to stay indoors": the first
    clause gives the unit's attribution, GUIDE decision 1)."""
    return any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)
        for c in verb.children
    )


def _impersonal_it(verb) -> bool:
    """Whether `verb` has a dummy "it" subject before it ("It was found that …", "It is feared that …")."""
    return any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" and c.i < verb.i for c in verb.children)


def _at_no_point(verb) -> bool:
    """Whether a phrase with "no" negates `verb` ("At no point was I told that …", "at no time"; the parser may hang it
    on the auxiliary)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and any(d.lower_ == "no" for d in o.children) for o in c.children)
        for h in heads
        for c in h.children
    )


def _directive_inside(verb, ctx: Context, outer=None) -> Frame | None:
    """The frame of a request, order or appeal made by a party the text names that heads what a speaker is reported to
    say ("Roe said the board ordered the staff to leave", "… that the union urged members to strike", "called on the
    mayor to resign", "called for the vote to be held", "made it clear that …"): the inner party that asks or orders is
    the source, cue as written (GUIDE decisions 3, 45, 76, 183, 288), the clause read as before; None for a pronoun
    subject (the speaker's own request, "she said she asked them to wait", stays the speaker's), a request not made or
    only supposed, and any other verb; None too for an indirect question ("asked whether the ministry urged …") and
    under a verb that denies, doubts or only alleges (`outer`, claims.json `unvouched_report_lemmas`: "denied that the
    ministry asked …", a request not vouched for, stays the speaker's)."""
    subject = _subject(verb)
    if (
        (outer is not None and outer.lemma_ in words().unvouched_reports)
        or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
        or subject is None
        or subject.pos_ == "PRON"
        or subject.dep_ != "nsubj"
        or _no_one(subject)
        or _negated(verb)
        or any(c.dep_ in ("auxpass", "neg") or c.tag_ == "MD" for c in verb.children)
    ):
        return None
    cue = _directed_cue(verb, subject)
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    infinitive = _infinitive_child(verb)
    if cue is None and verb.lemma_ in words().reporting and told is not None and infinitive is not None and told.i < infinitive.i:
        cue = verb.text  # ("asked the clubs to postpone …", "urged residents to stay indoors")
    called_for = _called_for(verb) if cue is None else None
    if called_for is not None and asked_for_someone_to(verb, called_for) is not None:
        cue = f"{verb.text} {called_for.text}"
    made_clear = _made_clear(verb) if cue is None else None
    if made_clear is not None:
        cue = made_clear[0]
    if cue is None:
        return None
    return Frame(cue, source_text(subject, ctx), verb, _with_subject(verb))


def _convened_event(verb, obj) -> bool:
    """An event a verb of convening calls or holds ("called a strike to win higher pay", "called a snap
    election to win a majority", claims.json `convening_lemmas`, `convened_event_nouns`): a common noun with "a"/"an"
    or no determiner, whose infinitive is the event's purpose, no party urged (570#18's gold). Not a body that can be
    urged ("urged Congress to pass the bill", "asked the convention to approve", "asked the meeting to observe")."""
    lex = words()
    return (
        verb.lemma_ in lex.convening
        and obj.lemma_.lower() in lex.convened_events
        and obj.pos_ != "PROPN"
        and obj.tag_ not in ("NNP", "NNPS")
        and all(c.lower_ in ("a", "an") for c in obj.children if c.dep_ in ("det", "poss"))
    )


def _held_by_others_inside(verb) -> Frame | None:
    """The frame of a passive of report, belief or judgement with no holder named that heads what a speaker is reported
    to say ('He said the custom was "considered a sign of respect"', '"The rebels are believed to cross back," say
    analysts', '"It is well known that …," she added', '"I was told that it would be hard," he said'): a report or view
    of others than the speaker, whom the text does not name, so the unit is theirs, not the speaker's (GUIDE decisions
    3, 489, 801): source null, cue the passive verb; None where the passive names its holder after "by" (which
    `_reported`'s inner speaker then gives) or is no such verb."""
    if _agent(verb) is not None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if clause_joined(verb):
        return None  # ('"It is said that his time was easier, but I doubt it"': the speaker's own words go on)
    held = _held_by_nobody_named(verb)
    if held is not None:
        # (a view with no clause of its own, "was considered a sign of respect", is read from the passive verb itself)
        held.content = held.content if held.content is not None else verb
        return held
    lex = words()
    clause = _content_child(verb)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    # ('"I was never told that …"', "At no point was I told that …": a speech that was not made, the speaker's own
    # words, GUIDE decision 296; a negated view with no holder, "is not considered safe", stays decision 489's above)
    addressed = _addressed_passive(verb)
    if addressed and (_negated(verb) or _at_no_point(verb)):
        return None
    # "I was told that …", "We were taught that …" (the one told is the subject, decision 801), "It is well known that
    # …", "It is feared that …" (claims.json `impersonal_passive_lemmas`; not a modal frame, "It should be noted that …",
    # the speaker's own aside, decisions 139, 494)
    if (
        addressed
        or verb.lemma_ in lex.told_that_passive
        or (verb.lemma_ in lex.impersonal_passive and _impersonal_it(verb) and not any(c.tag_ == "MD" for c in verb.children))
    ):
        return Frame(verb.text, None, verb, clause)
    return None


def _says_nothing(subject) -> bool:
    """A subject that is a thing, act or reading, no one who says or holds anything (GUIDE decisions 141, 320): a noun
    of claims.json `non_source_nouns` ("the way she looks at you tells you that …", "simple math will indicate that
    …", "the presence of the CEO suggests that …") or an act told by a gerund with its object ("overlooking that fact
    suggests that …", "Cutting the subsidy signals to farmers that …")."""
    if subject.ent_type_ or subject.pos_ == "PROPN":
        return False
    if subject.pos_ == "PRON" and subject.lower_ in words().reading_demonstratives and not any(subject.children):
        return True  # ("This suggests that the rocks formed …": the finding just told, read by the writer, holds no one's view)
    # (also one whose complement is a phrase: "Looking at the cells under a microscope revealed that …", GUIDE decision 483)
    if subject.tag_ == "VBG" and any(c.dep_ == "dobj" for c in subject.children):
        return True
    if (
        subject.tag_ == "VBG"
        and subject.head.lemma_ in words().findings
        and any(c.dep_ == "prep" and c.lower_ != "by" for c in subject.children)
        and not any(c.dep_ == "prep" and c.lower_ == "by" for c in subject.children)
        and not any(t.pos_ in ("NOUN", "PROPN") and t.i < subject.i for t in subject.subtree)
    ):
        # an act of looking with a phrase, under a finding verb (decision 483); not reporting by a body ("Reporting by
        # the AP found", a report: decisions 17, 26), nor a person the parser took into the gerund ("The agent
        # negotiating on behalf of the player said")
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in words().non_source_nouns


def _study_finding(verb) -> bool:
    """A finding verb whose subject is a study ("Officials said a scan of the chip revealed that …", "“Every study
    … indicated that …,” he said"): reported inside reported speech, the finding is the study's (GUIDE decisions 3,
    17, 103); not one denied ("reports do not indicate that …"), which stays the speaker's."""
    lex = words()
    if verb.lemma_ not in lex.findings or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False  # ("… preliminary reports do not indicate it was hostile fire," the statement said: the speaker's)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    work = work_heading(subject) if subject is not None else None
    return (
        work is not None
        and (work.lemma_.lower() in lex.studies or work.lower_ in lex.studies)
        # ('"Our data shows that …," Smith said': the speaker's own finding stays the speaker's)
        and not any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children)
    )


def _no_one(token) -> bool:
    """A subject that names no one ("no one", "nobody", "no-one")."""
    low = token.lower_
    return low in ("nobody", "no-one") or (low == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children))


def _addressed_passive(verb) -> bool:
    """A reporting verb in the passive whose subject is the one spoken to ("were told", "was warned")."""
    return verb.lemma_ in words().addressed_passive and any(c.dep_ == "auxpass" for c in verb.children)


def _instruction_given(verb) -> bool:
    """An active verb of telling someone to act ("told him to go", "warned the players to stay", "asked her to wait"):
    a verb of claims.json `addressed_passive_lemmas` with the one spoken to as its object, whose infinitive is what was
    told (`_infinitive_child`)."""
    return (
        verb.lemma_ in words().addressed_passive
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ in ("dobj", "dative") for c in verb.children)
    )


def _agent(verb):
    """The noun after a passive's "by" ("was told by John Bolton"), else None; not the means a message came by ("was
    told by phone", claims.json `message_medium_nouns`), which names no teller."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return None if noun is not None and noun.lemma_.lower() in words().message_media else noun


def _passive_holder(verb):
    """The holder named after "by" of a passive report that carries its content in the clause itself, with the token the
    clause is read from (None: from the verb itself), else None. GUIDE decisions 45 and 704(a): "was told/advised/urged
    by X to" + verb, the one addressed is the subject, read from the verb; 24, 392 and 598: a verb that reports its
    infinitive's clause about the subject, "is forecast by X to reach", "was said by aides to have resigned" (claims.json
    `said_to_passive_lemmas`, `holder_raising_passive_lemmas`; `holder_raising_be_only_lemmas` only with "to be"/"to
    have": "was announced by the minister to reassure voters" is a purpose), read from the infinitive as the no-holder
    "is said to" is; 699(b): "was valued/estimated/put at" + a figure "by X", read from the verb. Not an expectation
    ("is expected by analysts to close": no report, decisions 171, 252), not a telling that was not made or only supposed
    ("was not told by", "could be valued by"), nor one seen or viewed (claims.json `regard_passive_as_only_lemmas`), nor
    a time after "by" or after "at" ("forecast by 2030", "was put at 9 a.m.": no figure)."""
    lex = words()
    # (spaCy lemmatizes "rated" as "rat")
    lemma = "rate" if verb.lemma_ == "rat" and verb.tag_.startswith("VB") else verb.lemma_
    if lemma in lex.expectation_infinitive or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if lemma in lex.rated_passive:
        # "was rated by the guide's readers as the finest", "was rated among the safest by the survey team": the raters'
        # judgement (GUIDE decision 850), the "by" hung on the verb or inside the "as"/"among" phrase
        if _negated(verb) or any(c.tag_ == "MD" for c in verb.children):
            return None
        holder = _agent(verb)
        places = [
            p
            for h in (verb, *(o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"))
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in ("as", "among") and p.i > verb.i
        ]
        if holder is None:
            holder = next(
                (
                    o
                    for p in places
                    for by in p.subtree
                    if by.lower_ == "by" and by.dep_ in ("prep", "agent")
                    for o in by.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
        ok = places and holder is not None and holder.ent_type_ not in ("DATE", "TIME")
        return (holder, None) if ok else None
    addressed = lemma in lex.addressed_passive or (lemma in lex.directive and lemma in lex.reporting)
    raising = lemma in lex.said_to_passive or lemma in lex.holder_raising_passive
    if not (lemma in lex.valued_at_passive or addressed or raising or lemma in lex.holder_raising_be_only):
        return None
    if lemma in lex.regard_passive_as_only or _negated(verb) or any(c.tag_ == "MD" for c in verb.children):
        return None
    holder, content = _agent(verb), None
    infinitive = _infinitive_child(verb)
    if infinitive is not None and (addressed or raising or _be_or_have_infinitive(infinitive)):
        content = None if addressed else infinitive
    elif lemma in lex.valued_at_passive:
        figure = next(
            (
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "at"
                for p in c.children
                if p.dep_ == "pobj" and _valuation_figure(p)
            ),
            None,
        )
        if figure is None:
            return None
        if holder is None:
            # ("was estimated at 20,000 by the organisers": the "by" hung on the figure)
            by = next((c for c in figure.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    else:
        return None
    return None if holder is None or holder.ent_type_ in ("DATE", "TIME") else (holder, content)


def _be_or_have_infinitive(infinitive) -> bool:
    """Whether an infinitive is "to be" + a complement or "to have" + a participle ("was confirmed by the lab to be a
    forgery", "was announced to have won"), not a purpose ("to reassure voters", "to be read aloud")."""
    return (infinitive.lemma_ == "be" and not any(c.dep_ == "auxpass" for c in infinitive.children)) or any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in infinitive.children
    )


def _valuation_figure(noun) -> bool:
    """Whether the noun after "at" of a valuation is a figure ("$2 million", "20,000"), not a clock time or a date ("9
    a.m.", "noon", "2025": GUIDE decisions 699(b), 765); its "by" phrase is not looked at."""
    by = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree}
    tokens = [t for t in noun.subtree if t.i not in by]
    return any(o.like_num or o.tag_ == "$" for o in tokens) and not any(
        o.ent_type_ in ("DATE", "TIME") or o.lower_ in ("a.m.", "p.m.", "am", "pm", "o'clock") for o in tokens
    )


def _infinitive_child(verb):
    """The infinitive an instruction reports ("was told by X to go": GUIDE decision 45)."""
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None
    )


def _surname_read_as_adverb(verb, ctx: Context) -> str | None:
    """A known person's surname that is also a common word, which the tagger read as the reporting
    verb's adverb and so left it no subject ("Early says there is …", '…," says Early.' after "Chris
    Early"): that person."""
    for child in verb.children:
        if child.dep_ in ("advmod", "npadvmod") and child.is_title and child.text in ctx.persons:
            name = ctx.person(child.text).name
            if verb.dep_ == "ROOT":
                ctx.turn_to(name)  # the clause's subject in fact: a later "he says" is theirs
            return name
    return None


def _writers_owed_saying(main_verb, subject):
    """ "I've got to say, I'm impressed!", "I have to admit the design is good": the writer's duty to say
    frames the writer's own statement like "I must say" (GUIDE decision 130): (the saying, its content,
    the writer) for `_reported`, whose content is read as the statement; else None."""
    from .reading import writers_owed_saying  # (reading imports dates, which imports this module)

    said = writers_owed_saying(main_verb)
    if said is not None:
        content = next((c for c in said.children if c.dep_ == "ccomp" and c.i > said.i), None)
        return (said, content, subject) if content is not None else None
    # the duty as a tag before the statement, which the parser hangs on it: "I've got to say, I'm impressed!"
    for tag in main_verb.children:
        if tag.dep_ == "ccomp" and tag.i < main_verb.i:
            said = writers_owed_saying(tag)
            if said is not None:
                return said, main_verb, _subject(tag)
    return None


def _writers_voice(verb, subject) -> bool:
    """ "We should also note that …", "I think …", "you'll recognize that …", "our tests show …" (the
    writer, or inside a quote its speaker, whom the quote gives), an imperative "Expect X to …", the
    idiom "That said, …", and an impersonal remark with a modal ("Trump, it should be noted, already
    has …", "It must be said that …"), which is the writer's own aside, unlike a report made by nobody
    named ("It was noted that …": GUIDE 63)."""
    if subject is None:
        # (and a subjectless verb opening its sentence: "Note: X was ejected …", "Wondering how … ?"; a negated
        # imperative, "so don't say your car was flying", has "do" as its only auxiliary)
        # (the parser may tag the bare verb a present after an opening clause: "Since it is aimed at older viewers,
        # expect it to hold up well": a root in its bare form)
        return not any(c.dep_ in ("aux", "auxpass") and c.lemma_ != "do" for c in verb.children) and (
            verb.tag_ == "VB"
            or (verb.i == verb.sent.start and verb.tag_ in ("NN", "VBG"))
            or (verb.tag_ == "VBP" and verb.dep_ == "ROOT" and verb.lower_ == verb.lemma_.lower())
        )
    low = subject.lower_
    if low == "it" and subject.dep_ == "nsubjpass" and any(c.tag_ == "MD" for c in verb.children):
        return True
    # (the reader the writer addresses, "You'll recognize that …", "you can't tell that …", is the writer's voice too)
    # ("That said, …" and "That being said, …": the same idiom)
    that_said = low == "that" and verb.lemma_ == "say" and all(t.lower_ == "being" for t in verb.doc[subject.i + 1 : verb.i])
    # ("Dana and I have always believed …": a belief the speaker holds with others is the speaker's own, GUIDE decision 308)
    joint = any(c.lower_ in ("i", "we") for c in subject.conjuncts)
    return low in ("i", "we", "you") or joint or (that_said and subject.i < verb.i) or _writers_own(subject)


def _writers_own(subject) -> bool:
    """A subject the writer owns: "our tests show", "the data we've been collecting suggests" report the
    writer's own findings, like "we found" (GUIDE decisions 55, 126). Not a person or a thing that
    speaks to the writer ("our sources say", "my doctor told me", "My business account informed me")."""
    lex = words()
    for child in subject.children:
        if child.dep_ == "poss" and child.lower_ == "our":
            return subject.ent_type_ != "PERSON" and subject.lemma_ not in lex.human and subject.lemma_ not in lex.titles
        if child.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("we", "i") for g in child.children):
            return True
    return False


def _with_subject(content):
    """A reported clause has a subject: where the parser made a subjectless
    verb the head ("noted that in order to ensure security, maintain peace
    …, Russia and Azerbaijan may consider …"), the clause with one below it."""
    for _ in range(3):
        # (an existential "there" is the clause's subject: '“There will be a dry summer, and the herders fear …,” she said'
        # reports the first clause, GUIDE decision 1)
        if _subject(content) is not None or content.dep_ == "ROOT" or any(c.dep_ == "expl" for c in content.children):
            return content
        below = [
            c for c in content.children if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX") and _subject(c) is not None
        ]
        if not below:
            return content
        content = below[0]
    return content


def _in_content_of(ent, pronoun) -> bool:
    """Whether `ent` stands in the clause that the verb of the subject `pronoun` reports ("Page was wrong, he said",
    "What Page was doing was “ridiculous,” he said"): the pronoun is someone else, as it could not be were it Page
    (the speaker of a content naming a person is not that person written as "he"); not a clause of time or cause
    ("When Ghani announced …, he said": Ghani). Only where nothing breaks the sentence between the name and the
    pronoun (a dash, colon, semicolon or full stop: "Yet X has amended his testimony — “I now do recall,” he said",
    where the parser hangs X's clause on the tag) and the clause is no subordinate one ("While the ad did not appeal
    to X, she said …")."""
    verb = pronoun.head
    doc = pronoun.doc
    if any(t.text in _CLAUSE_BREAKS for t in doc[ent.end : pronoun.i]):
        return False
    chain = [ent.root, *ent.root.ancestors]
    # (any subordinator before the name, which the parser may hang anywhere; a quote mark left open or closed before
    # it: the sentence was cut inside a quotation, 'While the “Meth. We're on it.” campaign did not appeal to X, she
    # said')
    opening = doc[pronoun.sent.start : ent.start]
    if any(t.dep_ == "mark" for t in opening) or sum(t.text in _QUOTE_MARKS for t in opening) % 2:
        return False
    if any(c.dep_ == "ccomp" and c.i < pronoun.i and c in chain for c in verb.children):
        return True
    return verb.dep_ == "parataxis" and verb.head in chain and verb not in chain


def _named_in_own_words(pronoun, ctx: Context) -> frozenset[str]:
    """The full names of the persons the words the subject `pronoun` reports name, which no mention of fits it (GUIDE
    decision 660: "He said Lee would stay" is not Lee, named however often before; decision 604: nor is '"Lee saved
    us," he said'): the persons named in the quotation it tags before it, or in its verb's content clause after it
    (a content clause before the tag is left to `_in_content_of`, which the parse of a tag after a clause misleads
    beyond its own sentence). Persons only the text named before (the names are looked up, not remembered)."""
    verb = pronoun.head
    content = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i > pronoun.i for t in c.subtree}
    names = set()
    for ent in pronoun.sent.ents:
        if ent.label_ != "PERSON":
            continue
        # (a name before the pronoun: in the quotation it tags; after it: in its content clause)
        own = _quoted(ent, pronoun) if ent.end <= pronoun.i else ent.root.i in content
        # (a name written alone: a title or another name before it may make it someone else, "President Obama" beside
        # a "Michelle Obama", "Ivanka Trump" where the model marked "Trump" alone; an honorific names the same person,
        # '"Mr. Porter is the best we have," he said' is not James Porter, decision 604)
        alone = ent.start == 0 or ent.doc[ent.start - 1].pos_ != "PROPN" or ent.doc[ent.start - 1].text in words().honorifics
        known = _one_person_named(clean_name(ent.text), ctx) if own and alone else None
        if known is not None:
            names.add(known)
    for i in content:
        # (a surname the model did not tag as a person's, standing alone: "He said Hume would stay", after "Carl Hume";
        # not a word of a longer name, "Ivanka Trump". The small model tags such a surname ORG as often as a company
        # that shares the speaker's name: a word tagged a body or a place that names the person the narration turned to
        # is that company or country, "He said Ford would build a plant" after "Bill Ford spoke", no one reporting on
        # himself by his surname, rev34p's finding 1)
        token = pronoun.doc[i]
        alone = token.dep_ != "compound" and not any(c.dep_ == "compound" for c in token.children) and token.i > 0
        alone = alone and token.doc[token.i - 1].pos_ != "PROPN"
        known = _one_person_named(token.text, ctx) if token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and alone else None
        if known is not None and token.ent_type_ in ("ORG", "GPE") and known == ctx.turned_to() and not _persons_clause(token):
            continue
        if known is not None:
            names.add(known)
        else:
            # ("She said the prime minister would stay", after "Prime Minister Karin Holm": the content describes Holm by
            # her role, and names her as much as "Holm" would, decision 660's "by name or description")
            described = _role_described(token, ctx)
            if described is not None:
                names.add(ctx.persons[described].name if described in ctx.persons else described)
    return frozenset(names)


def _persons_clause(token) -> bool:
    """Whether the clause `token` is the subject of tells of a person ("Paris had broken his promise"): a personal
    pronoun of a person in it makes the surname the person's, not the place's or the company's (rev35c's finding 8)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(t.lower_ in ("his", "her", "him", "himself", "herself") for t in token.head.subtree)


def _role_described(token, ctx: Context) -> str | None:
    """The person `token` describes by a role held ("the prime minister", "the Prime Minister", "the mayor", "the
    country's president"): a singular title with "the" (or a common noun's possessive) and no word that the person's
    role or description lacks. "The former president", "the previous mayor", "the president of Brazil" describe
    another holder of the office (rev35c's findings 1 and 7)."""
    lex = words()
    head = _hyphenated(token)
    if token.tag_ not in ("NN", "NNP") or not (head in lex.titles or token.lower_ in lex.titles or token.lemma_ in lex.titles):
        return None
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    owner = [c for c in token.children if c.dep_ == "poss"]
    if owner:
        # ("the country's prime minister": the body's own; not "Brazil's president", another body's)
        if any(o.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ == "the" for d in o.children) for o in owner):
            return None
    elif not the:
        return None
    if any(c.dep_ in ("prep", "acl", "relcl", "appos", "nummod") for c in token.children):
        return None
    modifiers = {t.lower_ for t in token.subtree if t.i < token.i and t.dep_ in ("amod", "compound") and t.head.i == token.i}
    known = ctx.by_role(head)
    if known is None:
        return None
    role = ctx.persons[known].role if known in ctx.persons else ""
    if modifiers <= set((role or "").lower().replace("-", " ").split()):
        return known
    return ctx.described_as(token.lemma_.lower(), modifiers, ctx.position + token.idx)


def _one_person_named(name: str, ctx: Context) -> str | None:
    """The full name of the one person the article named before whom `name` names; None for a name no person had
    before, and for a bare surname several of its persons share ("Obama" beside "Michelle Obama" and "Barack Obama")."""
    known = ctx.persons.get(name) if name else None
    if known is None and name and " " not in name:
        known = ctx.persons.get(ctx.given_names.get(name) or "")
    if known is None or (" " not in name and len(ctx.namesakes(name)) > 1):
        return None
    return known.name


def _quoted(ent, token) -> bool:
    """Whether `ent` stands inside a quotation that opens before it in its sentence and closes
    before `token` (\"…the day Jeffrey Epstein died," he said: Epstein is no antecedent of he)."""
    doc = ent.doc
    lead = text_of(doc)[ent.sent.start_char : ent.start_char]
    inside = lead.count('"') % 2 == 1 or lead.count("“") > lead.count("”")
    between = text_of(doc)[ent.end_char : token.idx]
    return inside and any(mark in between for mark in ('"', "”"))


def source_text(token, ctx: Context) -> str | None:
    """The source named by the subject `token`, as the output writes it."""
    low = token.lower_
    if _no_one(token):
        return None  # "nobody knows …": what no one says or holds has no one as its source
    if token.pos_ == "PRON":
        personal = words().personal_pronouns
        if low == "it" and (token.dep_ in ("nsubjpass", "expl") or any(c.dep_ == "auxpass" for c in token.head.children)):
            return None  # "It was noted that …": no one in particular
        if low in personal:
            if personal[low] in ("he", "she"):
                # "When Afghan President Ashraf Ghani announced …, he said": the person named before it
                # in its sentence, if the pronoun fits them.
                before = [
                    e
                    for e in token.sent.ents
                    if e.label_ == "PERSON" and e.end <= token.i and not _quoted(e, token) and not _in_content_of(e, token)
                ]
                for ent in reversed(before):
                    name = clean_name(ent.text)
                    if name and ctx.fits(ctx.person(name).name, personal[low]):
                        return ctx.person(name).name
                described = _described_person(token, personal[low])
                if described:
                    return described
            if token.head.lemma_ in _REPLYING and ctx.last_asked and ctx.fits(ctx.last_asked, personal[low]):
                return ctx.last_asked  # 'a reporter asked X, "…?" … "…," she replied': the one asked
            if token.head.lemma_ in _REPLYING and ctx.last_described_speaker is not None:
                # 'The host quipped, "…?" to which she replied': the one who answers the described speaker is another
                # one, the person the pronoun chain gives; so is the one who continues after that reply
                ctx.last_described_speaker = None
            elif personal[low] in ("he", "she") and token.head.lemma_ in words().reporting:
                # 'A spokeswoman for the union said … / "…," she said': the person the last speaker's description
                # stood for, where no named person was a subject or speaker since (GUIDE decision 44)
                described = ctx.described_antecedent(personal[low])
                if described:
                    return described
            found = ctx.antecedent(
                personal[low], speaking=token.head.lemma_ in words().reporting, besides=_named_in_own_words(token, ctx)
            )
            if found is None and personal[low] == "it":
                # ("… published a paper about their work. It described how …": no body or thing spoke before it)
                return text_named_before(token, ctx)
            return found
        if low in words().indefinite_speakers:
            # "Some said …", "Many of the deportees said …", "Others reported …": the people the
            # pronoun counts, as the article names them (a noun phrase, like "officials").
            return _joined(_noun_phrase(token)).strip(" ,.;:\"'“”‘’") or None
        return None
    if token.tag_ == "MD" and token.text in ctx.persons:
        return ctx.person(token.text).name  # ("Osman Can …" and later "Can said …": a surname the tagger read as a modal)
    name = person_name(token, ctx)
    if name:
        return name
    name = _name_set_off_in_subject(token, ctx)
    if name:
        return name
    named = _person_named_so(token)
    if named is not None:
        # "a commenter named Dana Lee wrote", "a woman with bangs named Dana Lee thought": the person the subject names
        name = person_name(named, ctx)
        if name:
            return name
    closing = _name_closing_title(token)
    if closing is not None:
        name = person_name(closing, ctx)
        if name:
            return name
    # "CPUC President Marybel Batjer", "a spokesman, John Smith,": the person named in the subject (not the possessor of
    # a described one: "Lee's spokesman said" is the spokesman's word, not Lee's).
    for child in token.subtree:
        if (
            child.ent_type_ == "PERSON"
            and child.i != token.i
            and not any(
                a.dep_ in ("relcl", "acl", "prep") and a.i != token.i
                for a in child.ancestors
                if a.i in {t.i for t in token.subtree}
            )
            and not (token.pos_ == "NOUN" and _possessor_of(child, token))
            # ("the Oscar-winning actor said": a prize in a hyphenated modifier is no one)
            and not (
                child.i < token.i
                and child.i + 1 < len(child.doc)
                and child.doc[child.i + 1].tag_ == "HYPH"
                and not child.whitespace_
                and child.dep_ in ("npadvmod", "compound", "amod", "nmod")
            )
        ):
            name = person_name(child, ctx)
            if name:
                return name
    # "The group that owns her music, Big Machine, says": the body set off by commas at the end of
    # the subject, just before its verb (the parser may hang it on any word of the subject).
    doc = token.doc
    verb = token.head
    for child in token.children:
        # (not a short form in brackets after the body's own name: "The Dayton Bankers Association (DBA) said" is the
        # association as the text names it)
        bracketed = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == "("
        if (
            child.dep_ == "appos"
            and child.ent_type_ == "ORG"
            and child.pos_ == "PROPN"
            and entity_of(child) is not None
            and not bracketed
        ):
            return _named_person(entity_of(child).text.strip(" ,.;:\"'“”‘’"), ctx)
    for child in token.subtree:
        ent = entity_of(child) if child.ent_type_ == "ORG" else None
        if (
            ent is not None
            and ent.start > token.i
            and ent.start > 0
            and doc[ent.start - 1].text == ","
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == ","
            and ent.end + 1 == verb.i
        ):
            return ent.text.strip(" ,.;:\"'“”‘’")
    keep = _hung_phrase_words(token) or _noun_phrase(token)
    if token.lemma_.lower() in words().studies or token.lower_ in words().studies:
        keep = sorted([*keep, *_authored_by(token)], key=lambda t: t.i)
    definite = bool(keep) and keep[0].lower_ in ("the", "this", "that")
    if not definite and keep and token.i == getattr(_age_hung_on_verb(token.head), "i", None):
        definite = True  # ('"…," the 52-year-old said.': the "the" the parser hung on the verb with the age)
    while keep and keep[0].dep_ in ("det", "predet") and keep[0].lower_ in ("the", "a", "an", "this", "that", "these", "those"):
        keep = keep[1:]
    lex = words()
    if definite and len(keep) == 1 and token.dep_ == "nsubj" and _names_a_working_group(token):
        # "Dana Lee and her colleagues tested …" / "the researchers said": the group as the text named it (GUIDE
        # decision 482), before a body "the team" or "the group" might otherwise stand for
        group = ctx.companion_group(token.lower_, ctx.position + token.idx)
        if group:
            return group
    # "The French foreign ministry", "the chairman of the Conservative Party": named by its own
    # words, not a reference back to whoever was named last.
    # ("The German automaker … says", "The Chinese firm said": a nationality only describes a business, GUIDE decision 4)
    named = any(
        t.i != token.i
        and (t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG"))
        and not (token.lemma_ in lex.trade_nouns and _nationality_of(t, token))
        for t in token.subtree
        if not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i > token.i)
    )
    modifiers = {t.lower_ for t in keep if t.i < token.i and t.pos_ in ("ADJ", "NOUN", "PROPN")}
    # ("the US President said", "the Russian President said": a title in capitals with words of its own is read as its
    # lower-case form is, so the country the tie's title holds points back to that title's holder and another country
    # tells another one apart; the bare "the President said" stays the last holder named, below)
    capital_title = not token.is_lower and token.lower_ in lex.titles and token.tag_ in ("NN", "NNP") and bool(modifiers)
    if definite and keep and (token.is_lower and token.tag_ == "NN" or capital_title):
        # "the actor said", "The German automaker … says": the one the text described so ("actor
        # James Van Der Beek", "German automaker Volkswagen"), with every word of the description
        # (a singular noun: "the physicians" are not the one "family medicine physician" named).
        described = ctx.described_as(token.lemma_.lower(), modifiers, ctx.position + token.idx)
        if described is None:
            # "the Emmy-winning actor said later", "the 25-year-old star said": the same noun with words of its own
            # points back to the nearest one it described (GUIDE decisions 437, 589, 695(a)); but not where a word
            # tells another one apart ("the German automaker" after "Japanese automaker Nissan", "the Barcelona
            # star" after "Real Madrid star Tom Reed", "the former coach").
            telling = {
                t.lower_
                for t in keep
                if t.i < token.i and (t.ent_type_ in ("NORP", "GPE", "ORG") or t.lower_ in words().other_holder_words)
            }
            described = ctx.described_as(token.lemma_.lower(), telling, ctx.position + token.idx)
        if described:
            return described
    if definite and keep and (token.is_lower or token.lower_ in lex.titles) and token.tag_ in ("NN", "NNP"):
        # "the minister told journalists": the minister named last ("The PAHO Director": the director
        # named last), and no one else: "the expert warned" after Prince Andrew is an expert the
        # article left unnamed; "the company said": the company, unless the words name another ("The
        # French foreign ministry").
        known = ctx.by_role(_hyphenated(token))
        if known:
            # "the Director noted …" and later "The PAHO Director urged …", after "Dr Etienne" changed the role noted
            ctx.described_speakers[token.lemma_.lower()] = known
        # (also a kind bodies carry in their names: "the league said" after "the NHL", claims.json `named_kind_org_nouns`;
        # and "the charity said", claims.json `source_body_nouns`)
        body_noun = (
            token.lemma_ in lex.org_nouns or token.lemma_ in lex.named_kind_org_nouns or token.lemma_ in lex.source_body_nouns
        )
        if known is None and not named and body_noun and token.tag_ in ("NN", "NNP"):
            # "the group said": the body the article introduced as "the group" ("The group, WeWorkers
            # Coalition, …"), else the organisation last named.
            kind = token.lemma_.lower()
            known = ctx.org_by_noun.get(kind) or next(
                (org for org in _orgs_before(token, ctx) if org and _of_kind(org, kind, ctx)),
                None,
            )
            if known is None and kind in lex.named_kind_org_nouns:
                # "the alliance said" after "Kremlin critics …" and "the National Alliance for Legitimacy": the body
                # whose name says it is one
                known = _named_with_kind(kind, ctx.position + token.idx, ctx)
            if known is None and kind in lex.named_kind_org_nouns and kind not in lex.kind_always_named_org_nouns:
                # "Labour … The party said", "Nato … the alliance said", "The Pentagon … The department said": bodies
                # of these kinds often go by names without the noun; any body whose name carries no other kind fits
                known = next((org for org in _orgs_before(token, ctx) if org and not _other_kind_in_name(org, kind)), None)
            if known and _nationality_described(token):
                known = _sole_business_before(token, known, ctx)
        if known:
            # ("the group said" after "Americans for Prosperity (AFP)" and "AFP …": the full name, GUIDE decision 561(b))
            return ctx.bracketed_short_forms.get(known, known)
    if definite and keep and token.dep_ == "nsubj" and token.tag_ in ("NN", "NNP"):
        described = _described_before(token, ctx)
        if described:
            return described
    text = _joined(keep).strip(" ,.;:\"'“”‘’")
    if all(t.pos_ == "PROPN" for t in keep) and token.ent_type_ != "PERSON":
        # "Eswar Prasad, a trade professor at Cornell, said": a role set beside the name makes it a person's (also a
        # given name alone the model took for a product or a place: "said Jared, an undergraduate").
        role = any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and (c.lemma_ in lex.titles or c.lemma_ in lex.human) for c in token.children
        )
        if role or token.ent_type_ in ("", "ORG"):
            text = _named_person(text, ctx, role)
    if definite and _AGE.fullmatch(text):
        # "The 56-year-old said": the person the text gave that age ("Dana Lee, 56,", "56-year-old Dana Lee"), else the
        # description as written: an age the text never wrote with a name ties the speaker to no one named before
        # (GUIDE decisions 437 and 553: the person talked about last is often another one, the man replaced before
        # "the 56-year-old said" of his successor)
        return _aged_person(text, ctx.position + token.idx, ctx) or text
    return text or None


def _aged_person(age: str, before: int, ctx: Context) -> str | None:
    """The full name of the person the text gave the age `age` ("37-year-old") before offset `before`, the last such,
    by every form that writes the age with the name (GUIDE decisions 4, 553): beside it ("Dana Lee, 37,", "Lee, 37,
    said", "Dana Lee, aged 37", "Dana Lee (37)", "Dana Lee, who is 37", "Dana Lee, a 37-year-old teacher") or before it,
    with a title or two between ("37-year-old Dana Lee", "37-year-old Brazilian striker Dana Lee"); None where the text
    wrote that age with no known person's name."""
    years = re.escape(age.split("-")[0])
    name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
    beside = rf"(?:, (?:aged |who is |an? )?| \(){years}\b(?!-?\d)(?:\)|-year-old\b)?"
    written_after = rf"\b{years}-year-old((?: [\w'’.-]+){{1,5}})"
    tied = None
    for match in re.finditer(rf"\b({name}){beside}|{written_after}", ctx.text[:before]):
        if match.group(1):
            known = ctx.persons.get(match.group(1)) or ctx.persons.get(match.group(1).split()[-1])
        else:
            # the first known person's name among the words after the age ("31-year-old Brazilian striker Tiago Alves")
            words_after = match.group(2).split()
            known = next(
                (
                    ctx.persons.get(" ".join(words_after[i:j]))
                    for i in range(len(words_after))
                    for j in range(len(words_after), i, -1)
                    if words_after[i][:1].isupper() and ctx.persons.get(" ".join(words_after[i:j]))
                ),
                None,
            )
        if known is not None:
            tied = known.name
    return tied


def _names_a_working_group(token) -> bool:
    """Whether the bare noun `token` can point back to a person and companions (GUIDE decision 482): "the researchers",
    "the scientists", "the authors" (claims.json `finder_nouns`, plural), "the team", "the group", "the crew"."""
    if token.tag_ == "NNS":
        return token.lemma_.lower() in words().finders
    return token.tag_ == "NN" and token.lower_ in ("team", "group", "crew")


def _name_closing_title(token):
    """The person's name that closes a subject headed by a title with its field, just before the verb ("Acme vice
    president of sales Dana Lee said", "the team's head of medicine Tom Reed told"): the title's holder, though the
    parser hangs the name under the field's "of" and may take a word before the title for a person. Not a name that is
    itself the object of a preposition ("a spokesman for Tom Reed said", "the lawyer of victim Tom Reed said"), whom the
    subject speaks for."""
    lex = words()
    if not (token.pos_ == "NOUN" and (token.lemma_.lower() in lex.titles or token.lower_ in lex.titles)):
        return None
    verb, last = token.head, token.right_edge
    doc = token.doc
    if verb.i > last.i:
        # (an adverb between: "… Dana Lee also said")
        closes = all(t.dep_ == "advmod" for t in doc[last.i + 1 : verb.i])
    else:
        # the inverted tag: '"…," said Falcons vice president of scouting Dana Lee.'
        closes = verb.i < token.i and (last.i + 1 == len(doc) or doc[last.i + 1].is_punct)
    if not closes or last.ent_type_ != "PERSON" or last.i <= token.i:
        return None
    ent = entity_of(last)
    if ent is None or ent.end != last.i + 1 or ent.root.dep_ == "pobj" or ent.start == 0:
        return None
    before = token.doc[ent.start - 1]
    # ("… of scouting Dana Lee": a lower-case field word, a noun or a gerund, closes the title; no determiner, preposition,
    # comma or participle: "a spokesman for a man named Tom Reed said" speaks for Reed)
    return ent.root if before.is_lower and before.tag_ in ("NN", "NNS", "VBG") else None


def _person_named_so(token):
    """The person's name that a participle "named" or "called" in the subject `token`'s phrase gives ("a commenter
    named Dana Lee", "a woman with bangs named Dana Lee"): the one the subject is, as much as an apposition would. Not
    one named in a phrase the subject governs ("a spokesman for the family of a man named Tom Reed" speaks for Reed's
    family), but through "with", which tells how the subject looks, where the parser hangs the participle on its noun."""
    naming = words().naming_participles
    for child in token.subtree:
        verb = child.head
        # ("a man identified by police as Tom Reed": the name after "as", rev35c's finding 15)
        if child.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_ in naming.get("as", ()):
            verb = verb.head
        elif not (child.dep_ in ("oprd", "dobj", "attr") and verb.lemma_ in naming.get("", ())):
            continue
        if child.ent_type_ == "PERSON" and verb.dep_ == "acl" and verb.tag_ == "VBN":
            between = [a for a in verb.ancestors if a.i != token.i and a in token.subtree]
            # (through "with" only to a feature, not a person the subject has: "a woman with a son named Tom Reed" is
            # the woman, rev35c's finding 9)
            if all(
                a.dep_ not in ("prep", "relcl", "acl") or (a.lower_ == "with" and not _person_noun(verb.head)) for a in between
            ):
                return child
    return None


def _sole_business_before(token, known: str, ctx: Context) -> str | None:
    """`known`, the body a business described by its nationality ("The American firm said") was resolved to,
    where it is the one name of a body, person, place or thing in the sentence before (or in the paragraph before, for
    a paragraph's first sentence) and in its own before it, and no state's body, country or capital: the nationality
    is the one word that tells the business from the regulator or rival it deals with ("The European Commission fined
    Google. The American firm said", "Siemens signed a deal with Alstom. The French company said"), so with more than
    one named, or a state body, the description stays (GUIDE decision 4)."""
    here = ctx.position + token.idx
    doc = token.doc
    sents = [s for s in doc.sents if s.start < token.sent.start]
    if sents:
        start = ctx.position + sents[-1].start_char
    else:
        before = ctx.text[: ctx.position].rstrip()
        start = before.rfind("\n") + 1
    named = {name.lower() for at, name in ctx.name_mentions if start <= at < here and name}
    if named != {known.lower()}:
        return None
    lex = words()
    if (
        known in gazetteer().country_names
        or known in lex.metonyms
        or known in lex.state_bodies
        or any(w.lower() in lex.state_bodies for w in known.split())
    ):
        return None  # ("Britain will review Huawei's role. The Chinese firm said": a firm, no country)
    return known


def _possessor_of(child, token) -> bool:
    """Whether `child` is in the possessor of `token` ("Dana Lee's" of "Dana Lee's spokesman")."""
    while child.i != token.i:
        if child.dep_ == "poss" and child.head.i == token.i:
            return True
        if child.head.i == child.i:
            return False
        child = child.head
    return False


def _nationality_of(t, token) -> bool:
    """Whether `t` is a nationality adjective describing the noun `token` ("German" of "the German automaker")."""
    return t.ent_type_ == "NORP" and t.dep_ == "amod" and t.head.i == token.i


def _nationality_described(token) -> bool:
    """Whether a nationality adjective describes the business noun `token` ("the German automaker")."""
    return any(_nationality_of(c, token) for c in token.children)


def _name_set_off_in_subject(token, ctx: Context) -> str | None:
    """The person a described subject names in a set-off apposition ("His opposite number from the Unity Party, Dana
    Lee, said", "said the mayor's widow, Dana Lee."): the name, not the description before it, nor a person the
    description names ("the mayor's"), wherever the parser hangs the name (GUIDE: the source is who said it, as the
    article names them). The name ends the subject: just before its verb, or the sentence's last words after it."""
    doc, verb = token.doc, token.head
    if token.pos_ != "NOUN" or token.i == verb.i:
        return None
    for child in token.subtree:
        ent = entity_of(child) if child.ent_type_ == "PERSON" else None
        if ent is None or ent.start <= token.i or ent.start == 0 or doc[ent.start - 1].text != ",":
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        # (auxiliaries may stand between: "the mayor's widow, Dana Lee, had claimed")
        before_verb = (
            after is not None
            and after.text == ","
            and ent.end < verb.i
            and all(t.dep_ in ("aux", "auxpass", "neg") for t in doc[ent.end + 1 : verb.i])
        )
        closes_tag = verb.i < token.i and (after is None or after.is_sent_start or (after.is_punct and after.text != ","))
        if before_verb or closes_tag:
            name = person_name(ent.root, ctx)
            if name:
                return name
    return None


def described_speaker(frame: Frame | None) -> tuple[str, str | None] | None:
    """(source, gender) where `frame`'s speaker is a person the text gives by a description alone, a singular common
    noun for a person as the subject of its verb ("a spokeswoman for the union said", "the city's civil defense
    director found"); the gender is the noun's own ("spokeswoman"), else None. None for a name, a body, a group."""
    if frame is None or frame.verb is None or not frame.source:
        return None
    subject = _subject(frame.verb)
    if subject is not None and _AGE.fullmatch(frame.source):
        return frame.source, None  # "the 41-year-old said" kept as written (`source_text`): "he said" next is theirs too
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or subject.tag_ != "NN"
        or subject.ent_type_
        or not _person_noun(subject)
        or any(t.ent_type_ == "PERSON" for t in subject.subtree)
    ):
        return None
    return frame.source, words().gendered.get(subject.lower_)


def described_thing(frame: Frame | None) -> str | None:
    """The source of `frame` where its speaker is a thing or a body the text gives by a singular common noun, no person
    ("the statement said", "the letter stated", "Ukraine's emergency service said"): what a later speaking "it" stands
    for, the nearest fitting mention before it (GUIDE decisions 44 and 300: "It said …" after "…, the statement said.");
    None for a person, a name, a group or a pronoun."""
    if frame is None or frame.verb is None or not frame.source:
        return None
    subject = _subject(frame.verb)
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or subject.tag_ != "NN"
        or subject.ent_type_
        or _person_noun(subject)
        or any(t.ent_type_ == "PERSON" for t in subject.subtree)
        # ("its report said": a text a possessive pronoun ties to its issuer, who is what "it" means next, GUIDE decision
        # 689(a); not "Ukraine's emergency service said", a body as the text writes it)
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
    ):
        return None
    return frame.source


def body_named_in_thing(frame: Frame | None) -> str | None:
    """The body named by its name inside the phrase of a speaking thing `described_thing` accepts, as the thing's own
    name or as its owner ("a vendor of software called Globex claims", "the website of the Globex Times reported"): what a
    later "the organization says" or "the paper said" stands for (GUIDE decision 4: the nearest body the description
    fits), not the body named as a subject before. None where the phrase names none ("the statement said") or names a body
    the thing only went through ("a paper published in Frontiers suggests": the journal is not the paper's maker)."""
    subject = _subject(frame.verb) if frame is not None and frame.verb is not None else None
    if subject is None:
        return None
    naming = words().naming_participles
    for ent in reversed(subject.doc.ents):
        if ent.label_ != "ORG" or not subject.left_edge.i <= ent.start < ent.end <= subject.right_edge.i + 1:
            continue
        token = ent.root
        while token.i != subject.i and (
            token.dep_ in ("compound", "det", "pobj", "oprd", "appos", "attr", "dobj", "nmod")
            or (token.dep_ == "prep" and (token.lower_ == "of" or (token.lower_ == "as" and token.head.lemma_ in naming["as"])))
            or (token.dep_ == "acl" and token.lemma_ in naming[""])
        ):
            token = token.head
        if token.i == subject.i:
            return org_name(ent.text)
    return None


def issuer_of_subject(verb) -> str | None:
    """The body or country a main clause's subject names as a possessive before a text it issues ("Sweden's brochure
    includes …", "Globex's statement went further"; the head noun one of `issued_text_nouns`): the issuer that a later
    speaking "it" stands for, the nearest mention of the text (GUIDE decisions 44, 300 and 689(a): a text given with its
    issuer's name as a possessive is the issuer's word). None otherwise: for a possessive before any other noun ("Globex's
    offer", "Germany's economy"), and where the sentence names another body or country after the possessive ("… after
    Initech rejected it", "… was praised by the council of Ohio"): that one is the nearer mention (decision 44)."""
    subject = _main_clause_noun_subject(verb)
    if subject is None or subject.lemma_.lower() not in words().issued_texts:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ not in ("ORG", "GPE"):
        return None
    ent = entity_of(owner)
    if ent is None or ent.root.i != owner.i:
        return None
    if any(e.start >= ent.end and e.label_ in ("ORG", "GPE", "NORP") for e in verb.sent.ents):
        return None
    return clean_name(ent.text)


def _person_noun(token) -> bool:
    """Whether the common noun `token` names a person: a human noun (by its lemma), a gendered word or a speaker's
    description ("mother", "spokeswoman", "first lady")."""
    lex = words()
    return token.lemma_.lower() in lex.human or token.lower_ in lex.gendered or token.lower_ in lex.speaker_descriptions


def _main_clause_noun_subject(verb):
    """The subject of the main clause of `verb` where it is a singular common noun set before the verb ("Her mother had
    …", "the first lady tore into …"): the one a description of a person may name; None otherwise."""
    subject = _subject(verb)
    if (
        not (verb.dep_ == "ROOT" or _before_a_semicolon(verb))
        or subject is None
        or subject.dep_ != "nsubj"
        or subject.i > verb.i
        or subject.pos_ != "NOUN"
        or subject.tag_ != "NN"
    ):
        return None
    return subject


def clause_before_a_semicolon(verb):
    """The main clause the parser hung on `verb`, the root, across a semicolon before it ("Her mother had a Scottish
    accent; hers came and went": "had"), else None: a subject of its own a later pronoun may stand for."""
    return next((c for c in verb.children if c.i < verb.i and _before_a_semicolon(c)), None)


def _before_a_semicolon(verb) -> bool:
    """Whether `verb` heads a main clause the parser hung on the next one across a semicolon ("Her mother had a Scottish
    accent; hers came and went": "had" a ccomp of "came")."""
    head = verb.head
    return (
        verb.dep_ in ("ccomp", "parataxis")
        and head.dep_ == "ROOT"
        and head.i > verb.i
        and any(t.text == ";" for t in verb.doc[verb.i : head.i])
    )


def described_subject(verb) -> tuple[str, str | None] | None:
    """(description, gender) where the main clause of `verb` has as its subject a person the text gives by a
    description that says which person it is, by an owner or a modifier after the noun ("Her mother had a Scottish
    accent", "The man in red shorts led employees to …"; GUIDE decision 44's "described"), with no name in it; a bare
    "the father" may stand for a person named before (decision 4), and is left to `source_text`."""
    subject = _main_clause_noun_subject(verb)
    lex = words()
    if (
        subject is None
        or not _person_noun(subject)
        or any(t.ent_type_ for t in subject.subtree)
        or not any((c.dep_ == "poss" and c.pos_ == "PRON") or (c.dep_ == "prep" and c.i > subject.i) for c in subject.children)
    ):
        return None
    words_ = [t for t in _noun_phrase(subject) if t.dep_ not in ("det",) or t.i > subject.i]
    text = _joined(words_).strip(" ,.;:\"'“”‘’")
    return (text, lex.gendered.get(subject.lower_)) if text else None


def named_after_subject(verb) -> list:
    """The PERSON entities of `verb`'s sentence after the subject of its main clause ("The judge sentenced Maria Lopez",
    "The manager watched as Tom Hale celebrated"): mentions nearer to a later pronoun than the subject (decision 404).
    Not an owner ("… when President Obama's term ends"): whose thing the sentence names, no one in it, and the gender a
    surname shared with another person ("Michelle Obama") gets is that person's."""
    subject = _subject(verb)
    after = subject.i if subject is not None else verb.i
    return [e for e in verb.sent.ents if e.label_ == "PERSON" and e.start > after and e.root.dep_ != "poss"]


def unnamed_described_subject(verb, ctx: Context) -> tuple[str, str | None] | None:
    """(description, gender) where the main clause of `verb` has as its subject "the" + a noun for a person that the text
    never tied to a name, so that `source_text` keeps it as written ("Without naming him, the first lady tore into …"):
    a speaking "she" next stands for that nearest mention, not for a person named before it (GUIDE decisions 44, 437
    and 553). A clause after the noun stays in the description ("the woman who prayed for rain", decision 437: the
    whole noun phrase). None where the noun stands for a name the text tied to it ("the minister" after "Minister Dana
    Lee", decision 4), for a bare noun of no person, and for one of a class ("the average voter", claims.json
    `generic_person_modifiers`: no person of the story, decision 84)."""
    subject = _main_clause_noun_subject(verb)
    lex = words()
    if (
        subject is None
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        or any(t.ent_type_ == "PERSON" for t in subject.subtree)
        or not _person_noun(subject)
        or any(c.dep_ == "amod" and c.lower_ in lex.generic_person_modifiers for c in subject.children)
    ):
        return None
    text = source_text(subject, ctx)
    if not text or not text[:1].islower():
        return None
    clause = [t for c in subject.children if c.dep_ in ("relcl", "acl") and c.i > subject.i for t in c.subtree]
    if clause:
        # ("woman who prayed for rain": the description kept as written keeps its clause)
        last = max(t.i for t in clause)
        text = _joined([t for t in subject.subtree if t.i <= last and not (t.dep_ == "det" and t.i < subject.i)])
        text = text.strip(" ,.;:\"'“”‘’")
    return text, lex.gendered.get(subject.lower_)


def _hyphenated(token) -> str:
    """The word, lower case, that `token` closes where hyphens join it to the words before it ("president-elect",
    "secretary-general"; the tokenizer splits them): the title a role is noted under."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].tag_ == "HYPH" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start : token.i + 1].text.lower()


def _authored_by(token) -> list:
    """The participle that names who made a study or document ("a study released last month by Election
    Data Services", "data published by OpenAI"): its words, which `_noun_phrase` drops with other clauses,
    name the source as much as the document does (GUIDE decision 17)."""
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and any(c.dep_ == "agent" for c in child.children):
            return list(child.subtree)
    return []


def _described_before(token, ctx: Context) -> str | None:
    """The person a speaker described by an occupation stands for where the text used the noun for a speaker before
    ("…,” said the Director." after "The Director noted", read by its title as "Dr Etienne"): whom it stood for then.

    A description the text never tied to a name ("the host quipped", "the real estate agent said", "the actor said"
    after "Ryan Holt", with no "actor Ryan Holt" or "Holt, the actor," that `ctx.described_as` reads) stays as written,
    even where the person the text turned to last may be the one meant: GUIDE decision 553 resolves a description to
    a name only where the text itself names that person as the one described (decisions 303, 501: no inference across
    units), and decision 437 keeps a description that refers to no earlier mention as written. (The person turned to
    last is often another one: the guest before "the host quipped", the visitor before "the agent said".)"""
    lex = words()
    # ("the president-elect said": the title the hyphens join, which the tokenizer splits)
    hyphenated = _hyphenated(token)
    noun = hyphenated if "-" in hyphenated else token.lemma_.lower()
    if noun not in lex.speaker_descriptions or any(c.dep_ in ("relcl", "acl", "prep") for c in token.children):
        return None
    if ctx.first_use(hyphenated if "-" in hyphenated else token.lower_, ctx.position + token.idx):
        return None
    return ctx.described_speakers.get(noun)  # "the Director" again: whom it stood for the first time


def _orgs_before(token, ctx: Context):
    """The bodies "the group said" may stand for, the likeliest first: one named before "according to the company" in
    its sentence, the body a pronoun "it" would stand for, one named before in the paragraph, one named in the
    paragraphs before (each looked up only when the ones before it do not fit)."""
    yield _org_before(token)
    yield ctx.named_body_for_it()
    yield _org_earlier_in_paragraph(token)
    yield _org_in_paragraph_before(token, ctx)


def _kind_in_name(kind: str, name: str) -> bool:
    """Whether the body's name `name` carries the kind noun `kind` ("Moscow City Court", "Courts Service")."""
    forms = (kind, kind[:-1] + "ies") if kind.endswith("y") else (kind, kind + "s")
    return any(w in forms for w in re.findall(r"[a-z]+", name.lower()))


def _other_kind_in_name(org: str, kind: str) -> bool:
    """Whether the body's name `org` says it is a body of another kind than `kind` ("Moscow City Court" for "the
    party"; claims.json `named_kind_org_nouns`)."""
    return any(other != kind and _kind_in_name(other, org) for other in words().named_kind_org_nouns)


def _of_kind(org: str, kind: str, ctx: Context) -> bool:
    """Whether the body `org` can be what "the `kind` said" calls it: any body for a noun any body may be called by
    ("the company", "the group"); for a kind bodies carry in their names (claims.json `named_kind_org_nouns`: "the
    court", "the alliance"), one whose name says so, a short form the words cannot be read from ("NHL" for "the
    league"), or one the text described with the noun ("X, a small charity")."""
    if kind not in words().named_kind_org_nouns or _kind_in_name(kind, org):
        return True
    if org.isupper() and " " not in org:
        return True
    return any(name == org and kind in described for _at, name, described in ctx.descriptions)


def _named_with_kind(kind: str, before: int, ctx: Context) -> str | None:
    """The body named last before offset `before` whose name carries the kind noun `kind` ("the National Alliance for
    Legitimacy" for "the alliance")."""
    name = next((name for at, name in reversed(ctx.org_mentions) if at < before and _kind_in_name(kind, name)), None)
    return re.sub(r"^[Tt]he ", "", name) if name else None


def _org_before(token) -> str | None:
    """The organisation named last before "according to the company" in its sentence ("… across
    Facebook's platforms, according to the company": Facebook), which the description stands for
    before any named earlier; not for a subject ("…,” the company said" after a quote naming others)."""
    if (
        token.dep_ != "pobj"
        or token.head.lower_ != "to"
        or token.head.i == 0
        or token.doc[token.head.i - 1].lower_ != "according"
    ):
        return None
    for ent in reversed(token.sent.ents):
        if ent.label_ == "ORG" and ent.end <= token.i:
            return org_name(ent.text)
    return None


def _org_earlier_in_paragraph(token) -> str | None:
    """The organisation named last before "the company said" in its paragraph where no body has been a
    subject or speaker yet ("The attorney general is investigating WeWork amid layoffs. The company
    confirmed that …": WeWork): in a sentence before (in its own, a body named is in what was said),
    and for the bare noun ("the prosecutor's office" says whose office it is)."""
    if any(c.dep_ in ("poss", "compound", "amod") for c in token.children):
        return None
    for ent in reversed(entities(token.doc)):
        if ent.label_ == "ORG" and ent.end <= token.sent.start:
            return org_name(ent.text)
    return None


def _org_in_paragraph_before(token, ctx: Context) -> str | None:
    """The organisation named last in the paragraphs before "The company, which …, confirmed" where no body has been
    a subject or speaker and its own paragraph names none before it ("The attorney general is investigating WeWork." /
    "The company confirmed …": WeWork; GUIDE decision 4), where the text brought in no body unnamed by the noun before
    ("a regional health commission"), and the last such body of the noun's kind ("the league" after "the NHL" and two
    clubs: the NHL); for the bare noun, as `_org_earlier_in_paragraph`."""
    doc = token.doc
    if any(
        c.dep_ in ("poss", "compound", "amod", "prep")
        # (a clause set off by commas adds to the body, one not set off says which: "the paper published by …")
        or (c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text != ",")
        for c in token.children
    ):
        return None  # "the paper published by X", "the commission of inquiry": the words say which one
    kind = token.lemma_.lower()
    if ctx.introduced_unnamed(token.lower_, ctx.position + token.idx) or ctx.introduced_as_owned(
        token.lower_, ctx.position + token.idx
    ):
        return None  # "a regional health commission", "Dr Lee's team" … "the team said": the one the text brought in
    if kind in words().one_per_country_body_nouns and not ctx.first_use(token.lower_, ctx.position + token.idx):
        return None  # "the government" used before is the state's own body, which no name of an organisation gives
    # (an earlier definite use of another noun, "the company Jobs co-founded", "the company's new approach", brings in no
    # other body)
    named = ctx.org_named_before(ctx.position, lambda org: _of_kind(org, kind, ctx))
    return re.sub(r"^[Tt]he ", "", named) if named else None  # ("the Ohio Nurses Association" as the text writes it)


def text_named_before(pronoun, ctx: Context) -> str | None:
    """The text a speaking "it" stands for where no body or thing spoke before it (`Context.antecedent` gives none): the
    nearest singular noun of a written text proper (claims.json `speaking_text_nouns`) with a determiner or possessive,
    before the pronoun, in its sentence or the two sentences before it, across a paragraph break too, as the text gives
    it with its modifiers and without a leading article ("the published excerpt" -> "published excerpt"; GUIDE decision
    300: a pronoun standing for a document, rule, study or message resolves to the nearest fitting mention before it;
    where nothing fits, none). A text whose issuer its proper name or possessive gives is that body ("a Globex memo",
    "the Guild's audit", "its report" after "Globex": decision 689(a)). None where a body the text names or describes is
    nearer as a subject, or is the subject of the text's clause ("The agency, which released a report, …": decision 44's
    "named or described"), and never a noun set after a preposition on another noun ("a report on the new law": the
    report; decision 300's "does not replace the thing")."""
    doc = pronoun.doc
    spans = [doc[pronoun.sent.start : pronoun.i]]
    docs = ctx.window_docs
    at = next((k for k, d in enumerate(docs) if d is doc), 0)
    while len(spans) < 3:
        start = spans[-1].start
        if start > 0:
            spans.append(doc[start - 1].sent)
        elif at > 0 and len(docs[at - 1]):
            at -= 1
            doc = docs[at]
            spans.append(doc[-1].sent)
        else:
            break
    texts = words().speaking_texts
    for span in spans:
        for token in reversed(span):
            if token.lemma_.lower() not in texts:
                if token.dep_ in ("nsubj", "nsubjpass") and _a_body(token):
                    return None  # ("… a report. The agency was closed. It said …": the body is nearer)
                continue
            if (
                token.tag_ != "NN"
                or token.dep_ == "compound"
                or token.ent_type_
                or not any(c.dep_ in ("det", "poss") for c in token.children)  # ("as a result", "at short notice")
                or _after_preposition_on(token, ("NOUN", "PROPN"))  # ("a report on the new law": not "new law")
                or (token.sent == pronoun.sent and _after_preposition_on(token, (), pronoun.head))  # ("After the audit, it …")
            ):
                continue
            issuer = _named_issuer(token)
            if issuer:
                return issuer
            if any(_a_body(subject) for subject in _clause_subjects(token)):
                return None
            return _text_phrase(token)
    return None


def _a_body(token) -> bool:
    """Whether `token` heads a body the text names ("Globex", "France") or describes ("the agency", "police")."""
    if token.pos_ == "PROPN":
        return token.ent_type_ in ("ORG", "GPE", "NORP") or _named_body_word(token)
    lex = words()
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (
        lemma in lex.org_nouns or lemma in lex.institution_nouns or lemma in lex.workplace_body_nouns or _named_body_word(token)
    )


def _named_body_word(token) -> bool:
    """Whether a proper name's head word is a kind of body ("the Guild", "Harbour Authority"), whatever entity the
    parser guessed for it."""
    lex = words()
    word = token.lower_
    return word in lex.body_kind_nouns or word in lex.named_kind_org_nouns or word in lex.private_body_nouns


def _a_named_body(token) -> bool:
    """Whether the proper name `token` heads may be a body's: not a person's (unless its head word is a kind of body),
    a date's, a number's or a work's (the parser's guess between a body and a place is no matter here)."""
    return token.pos_ == "PROPN" and (
        token.ent_type_ in ("ORG", "GPE", "NORP", "PRODUCT", "LOC", "FAC", "") or _named_body_word(token)
    )


def _after_preposition_on(token, pos: tuple[str, ...], head=None) -> bool:
    """Whether `token` is the object of a preposition set on a word of part of speech `pos` (or on `head`)."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    on = token.head.head
    return on == head if head is not None else on.pos_ in pos


def _clause_subjects(noun):
    """The subjects of the clauses `noun` stands in, from the nearest up, a relative pronoun as the noun it relates to
    ("The agency, which released a report, …": "agency")."""
    for verb in noun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child != noun:
                yield verb.head if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl" else child


def _named_issuer(noun) -> str | None:
    """The body a text speaks for where its proper name is the text's modifier or possessive ("a Globex memo", "the
    Guild's audit"), or "its" stands for a body the clause names as subject ("Globex released its annual report"), as
    written without a leading article (GUIDE decision 689(a)). None for an agreement, law or rule (`document_nouns`
    other than issued texts: a party's possessive names a party, decision 721(b))."""
    lex = words()
    lemma = noun.lemma_.lower()
    if lemma in lex.documents and lemma not in lex.issued_texts:
        return None
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("poss", "compound"):
            continue
        if _a_named_body(child):
            start = child.i
            while start > 0 and child.doc[start - 1].dep_ == "compound" and child.doc[start - 1].head.i == child.i:
                start -= 1
            if child.dep_ == "compound":
                start = min(t.i for t in noun.children if t.dep_ == "compound" and t.pos_ == "PROPN")
            return child.doc[start : child.i + 1].text
        if child.dep_ == "poss" and child.lower_ == "its":
            subject = next(_clause_subjects(noun), None)
            if subject is not None and _a_named_body(subject):
                ent = entity_of(subject)
                return org_name(re.sub(r"^[Tt]he ", "", ent.text)) if ent is not None else subject.text
    return None


def spoken_by_it(frame: Frame | None) -> bool:
    """Whether the speaker of `frame` is a subject "it" ("It argues that …"): the text it stood for is what the next
    speaking "it" stands for too (GUIDE decisions 44 and 300), as after "…, the statement said."."""
    subject = _subject(frame.verb) if frame is not None and frame.verb is not None else None
    return subject is not None and subject.lower_ == "it" and subject.pos_ == "PRON"


def _text_phrase(noun) -> str:
    """The noun with the modifiers set right before it ("simulation argument", "published excerpt"), as written."""
    doc, start = noun.doc, noun.i
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound") and start <= doc[start - 1].head.i <= noun.i:
        start -= 1
    return doc[start : noun.i + 1].text


def _described_person(pronoun, which: str) -> str | None:
    """The person a "he" or "she" stands for where the paragraph brought them in unnamed by a word of
    their gender ("WIRED spoke to one mother, who … “…,” she said": "one mother"; GUIDE decision 44),
    with no person named between."""
    gendered = words().gendered
    wanted = {"he": "m", "she": "f"}[which]
    for token in reversed(pronoun.doc[: pronoun.i]):
        if token.ent_type_ == "PERSON":
            return None
        if (
            token.pos_ == "NOUN"
            and gendered.get(token.lower_) == wanted
            and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in token.children)
        ):
            words_ = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("det", "nummod", "amod", "compound")]
            return " ".join(t.text for t in [*words_, token])
    return None


def _named_person(name: str, ctx: Context, role: bool = False) -> str:
    """A speaker's proper name the model did not call a person ("Eva-Marie Persson", "Persson" after it):
    the person, noted so that a later "she said" or surname finds them, when its first word is a common
    given name or a person's role stands beside it (`role`), or it is the surname of a person noted
    before; else the name as written."""
    lex = words()
    parts = name.split()
    if name in ctx.persons:
        return ctx.person(name).name
    if (
        (2 <= len(parts) <= 4 or (len(parts) == 1 and role and name in lex.given_names))
        and (role or parts[0].split("-")[0] in lex.given_names)
        and all(p[:1].isupper() for p in parts)
        and name not in lex.orgs
        and name not in ctx.orgs
        and not any(p.lower() in lex.org_nouns or p in lex.organisation_forms for p in parts)
    ):
        person = ctx.person(name)
        ctx.mention(person)
        return person.name
    return name


def _joined(tokens: list) -> str:
    """The words of `tokens` as the text writes them, with a space where the text has one between two of them and
    dropped punctuation stood ("some TV makers, including …" without its comma: "some TV makers including …", not
    "makersincluding")."""
    if not tokens:
        return ""  # every word of a source can be stripped ("the", "a"); zip(strict=True) would raise on []
    out = []
    for token, after in zip(tokens, [*tokens[1:], None], strict=True):
        out.append(token.text)
        if after is None or after.i == token.i + 1:
            out.append(token.whitespace_)
        else:
            gap = text_of(token.doc)[token.idx + len(token) : after.idx]
            # (a space where the text had one; a hyphen inside a word stays: "top-seller")
            out.append(" " if any(ch.isspace() for ch in gap) else gap if gap in ("-", "‐") else "")
    return "".join(out)


def _noun_phrase(token) -> list:
    """The subject's words without appositions, relative clauses and punctuation after the head."""
    dropped = set()
    for t in token.subtree:
        if t.dep_ in _DROP_CHILDREN and t.i > token.i and t.i not in dropped:
            dropped.update(x.i for x in t.subtree)
    return [t for t in token.subtree if t.i not in dropped and not (t.is_punct and t.i > token.i)]


def as_attribution(frame: Frame | None) -> Attribution | None:
    return None if frame is None or frame.unattributed else Attribution(frame.source, frame.cue)


# ------------------------------------------------------------ quotes over several sentences

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
_QUOTE_MARK = patterns.compile('[“”«»„"]')  # every opener and closer of _OPEN_CLOSE, and the straight quote


def quote_regions(text: str, continued: bool = False) -> list[tuple[int, int]]:
    """Spans of `text` inside quotation marks; a quote left open runs to the end. `continued`: the paragraph before left
    a quote open, so a closing mark that comes before any opening one ends that quote here (''The wearer will be
    obvious.”' after '“We are using nature's patterns.'): the paragraph from its start to that mark is quoted too."""
    regions: list[tuple[int, int]] = []
    open_at = None
    closer = None
    first = _QUOTE_MARK.search(text) if continued else None
    if first is not None and _closes_a_quote(text, first.start()):
        open_at, closer = 0, first.group()
    # Only quotation marks open or close a region: the text between them is skipped.
    for m in _QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if open_at is None:
            if ch in _OPEN_CLOSE:
                open_at, closer = i, _OPEN_CLOSE[ch]
            elif ch == '"':
                open_at, closer = i, '"'
        elif ch == closer or (ch in ('"', "”", "»") and closer != "“"):  # a straight quote closed by a curly one, and back
            regions.append((open_at, i + 1))
            open_at = closer = None
    if open_at is not None:
        regions.append((open_at, len(text)))
    return regions


# Single quotation marks set as a page's quotation marks (the British style: '‘It fits better,’ she told Metro.' /
# '‘If they want it, they’ll buy it.'): an opening mark before a capital that starts the paragraph or a sentence, or
# follows a colon. Its closing mark is the first single mark after it that no letter follows: one after a stop
# or a comma ('…,’ she said'), or one after a word ('‘… without company’ but'), which may be a plural's apostrophe ("the
# players’ union") and so ends the quotation early, never late. An apostrophe inside a word ("it’s") closes nothing. A
# scare quote inside a sentence ("a 'Big Three' firm") opens no quotation.
_SINGLE_OPEN = patterns.compile(r"(?:^\s*|(?<=[:.!?])\s+)([‘'])(?=[A-Z])")
_SINGLE_CLOSE = patterns.compile(r"(?<=\S)[’'](?![^\W\d_])")


_SINGLE_STOP_CLOSE = patterns.compile(r"[,.!?…][’'](?![^\W\d_])")
_SINGLE_MARK = patterns.compile(r"[’']")
_TITLE_POSSESSIVE = patterns.compile(r"(?<=[^\W\d_])[’']s(?![^\W\d_])")


def _a_single_quoted_title(text: str, a: int, stop: int) -> bool:
    """Is the single mark at `a` of `text` the opening of a title in single marks ('‘The Crown’s last series drew …',
    '‘Doctor Who’s new run …'), not of a quotation: its first single mark is a possessive 's after a capitalised word
    (no short form of is/has: '‘It’s over', '‘Who’s going', `s_contraction_words`), and no mark after a stop or a comma
    closes it before `stop` (the next opening mark or the paragraph's end: '‘Labour’s plan will fail,’ he said' quotes)."""
    mark = _SINGLE_MARK.search(text, a + 1)
    if mark is None or not _TITLE_POSSESSIVE.match(text, mark.start()):
        return False
    words_before = text[a + 1 : mark.start()].split()
    if not words_before or not words_before[-1][:1].isupper():
        return False
    if len(words_before) == 1 and words_before[0].lower() in words().s_contraction_words:
        return False
    return _SINGLE_STOP_CLOSE.search(text, mark.end(), stop) is None


def _speech_colon(lead: str) -> bool:
    """Does `lead` (the text before a single mark) end in a colon that leads in speech, not a name ('is called:',
    `naming_colon_words`)?"""
    if not lead.endswith(":"):
        return False
    before = lead[:-1].split()
    return not before or before[-1].lower() not in words().naming_colon_words


def single_quote_regions(text: str, continued: bool = False) -> list[tuple[int, int]]:
    """Spans of the paragraph `text` inside single quotation marks used as quotation marks (`_SINGLE_OPEN`,
    `_SINGLE_CLOSE`); a title in single marks opening a sentence ('‘The Crown’s final series …') is none
    (`_a_single_quoted_title`).
    A quotation that no mark closes runs to the paragraph's end only where it follows a colon of speech ('She added:
    ‘I have a life today. I have a daughter.'; not 'is called: ‘…', `naming_colon_words`), opens a sentence after
    another single-quoted quotation of the paragraph ('‘It is an icon,’ she says. ‘It lost its way.'), or opens the
    paragraph and the one before ended in a single-quoted quotation or a colon (`continued`, `single_quote_ends`): a
    speaker's words going on; one elsewhere is dropped."""
    regions: list[tuple[int, int]] = []
    after = 0
    opens = [m.start(1) for m in _SINGLE_OPEN.finditer(text)]
    for k, a in enumerate(opens):
        if a < after:
            continue
        close = _SINGLE_CLOSE.search(text, a + 1)
        lead = text[:a].rstrip()
        if not lead.endswith(":") and _a_single_quoted_title(text, a, opens[k + 1] if k + 1 < len(opens) else len(text)):
            continue
        if close is not None:
            regions.append((a, close.end()))
            after = close.end()
        elif (not lead and continued) or _speech_colon(lead) or (regions and lead[-1] in ".!?"):
            regions.append((a, len(text)))
            break
    return regions


def single_quote_ends(text: str, regions: list[tuple[int, int]]) -> bool:
    """Whether the paragraph `text` ends in a single-quoted quotation (the last of `regions`, from
    `single_quote_regions`, reaches its end) or a colon: a quotation opening the next paragraph with no closing mark
    may go on there."""
    tail = text.rstrip()
    return tail.endswith(":") or bool(regions and regions[-1][1] >= len(tail))


def with_single_quotes(text: str, regions: list[tuple[int, int]], ctx: Context | None = None) -> list[tuple[int, int]]:
    """The quote `regions` of the paragraph `text` (`quote_regions`) with its single-quoted quotations
    (`single_quote_regions`, GUIDE decisions 2 and 544 read them as any quotation): one that holds a double-quoted region
    takes its place ('‘The label then requires “fixing”.’'); one set inside or across a double-quoted region is a quote
    nested in it or no quotation ('"He said: 'Stop.'"')."""
    continued = ctx is not None and ctx.single_quote_ends
    found = single_quote_regions(text, continued) if "‘" in text or "'" in text else []
    if ctx is not None:
        ctx.single_quote_ends = single_quote_ends(text, found)
    singles = [(a, b) for a, b in found if all(b <= c or d <= a or (a <= c and d <= b) for c, d in regions)]
    if not singles:
        return regions
    kept = [(c, d) for c, d in regions if not any(a <= c and d <= b for a, b in singles)]
    return sorted([*kept, *singles])


def quote_left_open(text: str, regions: list[tuple[int, int]]) -> bool:
    """Whether the paragraph `text` ends inside a quote it opened and did not close (`regions`, from `quote_regions`): its
    last region runs to the end with no closing mark there."""
    if not regions or regions[-1][1] != len(text):
        return False
    start = regions[-1][0]
    if _measure_mark(text, start) or _QUOTE_TAG_AFTER.search(text, start + 1):
        # ('a 6.1" screen': inches, no quote; '"We acted lawfully, said Dana Lee.': a quote its own tag closed, GUIDE
        # decisions 213, 674)
        return False
    end = text.rstrip()
    return not end or end[-1] not in '"”»' or start == len(end) - 1


# How many paragraphs apart the paragraph that left a quote open and the one that closes it may be: at most this many
# less one paragraphs between them run without marks (three).
_QUOTE_RUN_PARAGRAPHS = 4


def paragraphs_inside_an_open_quote(texts: list[str]) -> list[bool]:
    """For each paragraph, whether it holds no quotation mark and lies inside a quote that an earlier paragraph opened and
    left open and a later one closes before opening any (the quote's middle paragraphs, whose opening marks the page
    dropped: '"The last new drug came in 1993. …' / 'Such a compound is a discovery.' / '… should be explored."'): the
    quoted speaker's words still (GUIDE decision 213). The closing mark ahead is the sign, so a quote left open by a slip
    does not take in the writer's paragraphs after it."""
    marked = [_QUOTE_MARK.search(text) for text in texts]
    left_open = [False] * len(texts)
    continued = False
    for k, text in enumerate(texts):
        if marked[k] is not None:
            left_open[k] = continued = quote_left_open(text, quote_regions(text, continued=continued))
    inside = [False] * len(texts)
    for k in range(len(texts)):
        if marked[k] is not None:
            continue
        before = next((j for j in range(k - 1, -1, -1) if marked[j] is not None), None)
        after = next((m for m in range(k + 1, len(texts)) if marked[m] is not None), None)
        inside[k] = (
            before is not None
            and after is not None
            and after - before <= _QUOTE_RUN_PARAGRAPHS
            and left_open[before]
            and _closes_a_quote(texts[after], marked[after].start())
        )
    return inside


# A speaker tag after a comma: "…, said Dana Lee", "…, the chief executive said", "…, she added".
_QUOTE_TAG_AFTER = re.compile(r",\s+(?:said|says|added|adds|told)\b|,\s+(?:[\w.'’-]+\s+){1,5}?(?:said|says|added|adds|told)\b")


def _measure_mark(text: str, i: int) -> bool:
    """A straight quotation mark right after a digit: inches or seconds ('a 6.1" screen', '6'2"'), no quote."""
    return text[i] == '"' and i > 0 and text[i - 1].isdigit()


def _closes_a_quote(text: str, i: int) -> bool:
    """Whether the quotation mark at `i` closes a quote: a curly closer, or a straight mark set after a word or a stop
    and before a space, a stop or the end ('… swim right by."')."""
    ch = text[i]
    if ch in ("”", "»"):
        return True
    if _measure_mark(text, i):
        return False
    return ch == '"' and i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or not text[i + 1].isalnum())


# ------------------------------------------------------------ whole-article forms (GUIDE decision 50)


def interview_answers(docs, ctx: Context) -> list[Attribution | None]:
    """For each paragraph (a parsed Doc) of an interview written as questions and answers, the
    interviewee's attribution where the paragraph is an answer ("A: …", and the unlabelled
    paragraphs after one up to the next "Q: …"), else None. The interviewee is the person the
    lead-in before the first question names, when the lead-in speaks of talking or asking
    ("We've asked him to share …", "Here's what he had to say"); the cue is the lead-in's last
    reporting word. The questions are the writer's voice."""
    lex = words()
    out: list[Attribution | None] = [None] * len(docs)
    labels = [
        "q" if lex.interview_question.match(text) else "a" if lex.interview_answer.match(text) else None
        for text in map(text_of, docs)
    ]
    if labels.count("q") < 2 or labels.count("a") < 2:
        return _named_turns(docs) or _labelled_transcript(docs) or out
    lead = docs[: labels.index("q")]
    talk = [t for doc in lead for t in doc if t.lemma_ in lex.reporting or t.lemma_ in lex.interview_lemmas]
    name = _interviewee(lead) if talk else None
    if name is None:
        return out
    known = ctx.persons.get(name)
    reporting = [t for t in talk if t.lemma_ in lex.reporting and t.doc is lead[-1]]
    answer = Attribution(known.name if known is not None else name, reporting[-1].text if reporting else None)
    current = None
    for k, label in enumerate(labels):
        if label is not None:
            current = answer if label == "a" else None
        out[k] = current
    return out


def _named_turns(docs) -> list[Attribution | None] | None:
    """For each paragraph of an interview whose answers open with the speaker's name as a label
    ("McKelvey: Jack and I got back together.", "TRUMP: …"), the labelled person's attribution, cue
    null, for the labelled paragraph and the unlabelled ones after it up to a paragraph that asks ("?")
    or opens with another label (the interviewer's, "Mashable: …"): those are the writer's voice
    (GUIDE decision 50). It is an interview when a person the text names (a PERSON entity's last
    word) labels at least two paragraphs that each follow a question; else None."""
    label = words().speaker_label
    texts = [text_of(doc).strip() for doc in docs]
    names = [m.group("name") if (m := label.match(text)) else None for text in texts]
    if sum(name is not None for name in names) < 2:
        return None
    persons: dict[str, str] = {}  # a person's last word, lower case -> their fullest name
    for doc in docs:
        for ent in entities(doc):
            name = clean_name(ent.text) if ent.label_ == "PERSON" else ""
            if name and len(name) > len(persons.get(name.split()[-1].lower(), "")):
                persons[name.split()[-1].lower()] = name
    answers = Counter(
        name.split()[-1].lower()
        for k, name in enumerate(names)
        if name is not None and k > 0 and texts[k - 1].endswith("?") and name.split()[-1].lower() in persons
    )
    if not answers or answers.most_common(1)[0][1] < 2:
        return None
    out: list[Attribution | None] = []
    current = None
    for text, name in zip(texts, names, strict=True):
        if name is not None:
            speaker = persons.get(name.split()[-1].lower())
            current = Attribution(speaker, None) if speaker is not None else None
        elif text.endswith("?"):
            current = None
        out.append(current)
    return out


def _labelled_transcript(docs) -> list[Attribution | None] | None:
    """For each paragraph of a transcript whose turns open with a label in capitals ("THE PRESIDENT: …",
    "THE FIRST LADY: …", "MR. EARNEST: …"), the labelled speaker's attribution, cue null, for the labelled
    paragraph and the plain ones after it up to the next label (GUIDE decisions 50, 61, 362). A label names
    a speaker where its words (after "THE") are the title the text sets right before a person's name
    ("Remarks of President Barack Obama and First Lady Michelle Obama") or, after honorifics and titles, a
    surname the text gives; a label that names no one ("Q:", "WEEKLY ADDRESS:") ends the turn, and a
    transcriber's bracketed note ("[PAUSE]") is nobody's (decision 361). A broadcast label gives the speaker's
    name and role ("JO REED, HOST:", "MANU RAJU, CNN CHIEF CONGRESSIONAL CORRESPONDENT:"), alone on its line or
    opening the turn, and the speaker's later turns are labelled by surname alone ("REED:"; decision 802(b)). It is a
    transcript when at least two labelled paragraphs name a speaker; else None."""
    lex = words()
    texts = [text_of(doc).strip() for doc in docs]
    # (upper case in any script, "A MARTÍNEZ, HOST:"; the pattern's letter class also lets lower-case non-ASCII through)
    matches = [m if (m := lex.transcript_label.match(text)) and m.group(0).isupper() else None for text in texts]
    labels = [m.group("name") if m else None for m in matches]
    if sum(label is not None for label in labels) < 2:
        return None
    titled, surnames = _titled_persons(docs)
    for m in matches:
        # ("SCOTT HORSLEY, BYLINE:" then "HORSLEY:": a later turn labelled by surname alone is the same speaker's, by
        # the fullest name written so far, GUIDE decisions 303, 802(b))
        named = _label_speaker(m.group("name"), titled, surnames, True) if m and m.group("role") else None
        if named is not None and len(named.split()) >= 2:
            surnames.setdefault(named.split()[-1].lower().strip(".’'"), named)
    speakers = [_label_speaker(m.group("name"), titled, surnames, bool(m.group("role"))) if m else None for m in matches]
    if sum(speaker is not None for speaker in speakers) < 2:
        return None
    out: list[Attribution | None] = []
    current = None
    for text, label, speaker in zip(texts, labels, speakers, strict=True):
        if label is not None:
            current = Attribution(speaker, None) if speaker is not None else None
        out.append(None if text.startswith(("[", "(")) and text.endswith(("]", ")")) else current)
    return out


def _titled_persons(docs) -> tuple[dict[str, str], dict[str, str]]:
    """The persons the text names (fullest name), by the title it sets right before the name, lower
    case ("first lady" -> "Michelle Obama"; each tail of a longer title too: "press secretary", "secretary"),
    and by surname. A title given to two persons names neither."""
    titled: dict[str, str] = {}
    surnames: dict[str, str] = {}
    for doc in docs:
        for ent in entities(doc):
            name = clean_name(ent.text) if ent.label_ == "PERSON" else ""
            if len(name.split()) < 2:
                continue
            last = name.split()[-1].lower()
            if len(name) > len(surnames.get(last, "")):
                surnames[last] = name
            before = []
            for token in reversed(doc[max(0, ent.start - 4) : ent.start]):
                if not (token.is_title or token.is_upper) or not token.is_alpha:
                    break
                before.insert(0, token.lower_)
                key = " ".join(before)
                titled[key] = name if titled.get(key, name) == name else ""
    return {key: name for key, name in titled.items() if name}, surnames


def _label_speaker(label: str, titled: dict[str, str], surnames: dict[str, str], with_role: bool = False) -> str | None:
    """The person a transcript's label names: by the title the text gives them, by surname after
    honorifics and titles ("MR. EARNEST", "SENATOR LEE"), or by the full name the text gives ("SAM LEE" for
    "NPR's Sam Lee"); a broadcast label with the speaker's role ("JO REED, HOST:") names its person as written
    where the text names them nowhere else; else None."""
    lex = words()
    parts = label.lower().split()
    if parts[0] == "the":
        parts = parts[1:]
    if not parts:
        return None
    if " ".join(parts) in titled:
        return titled[" ".join(parts)]
    honorifics = {h.lower().rstrip(".") for h in lex.honorifics}
    if all(p.rstrip(".") in honorifics or p.rstrip(".") in lex.titles for p in parts[:-1]):
        return surnames.get(parts[-1].strip(".’'"))
    named = surnames.get(parts[-1].strip(".’'"))
    if named is not None and named.lower() == " ".join(parts):
        return named
    return label if with_role and len(parts) >= 2 else None


def _interviewee(docs) -> str | None:
    """The person a lead-in names: its first person entity, else its first run of two or more
    capitalised proper nouns the model gave no other label ("to have Junior Gaspard, long time …":
    the small model may not mark a name it has not seen), not a title ("President and CEO")."""
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(clean_name(ent.text).split()) >= 2:
                return clean_name(ent.text)
    titles = words().titles
    for doc in docs:
        run: list = []
        for token in [*doc, None]:
            if (
                token is not None
                and token.pos_ == "PROPN"
                and token.ent_type_ in ("", "PERSON")
                and token.is_alpha
                and token.is_title
                and token.lower_ not in titles
            ):
                run.append(token)
                continue
            if len(run) >= 2 and all(t.dep_ == "compound" and t.head.i == run[-1].i for t in run[:-1]):
                return " ".join(t.text for t in run)
            run = []
    return None


def signed_letters(texts: list[str]) -> list[Attribution | None]:
    """For each paragraph, the signer of the reader's letter it belongs to: the paragraphs from one
    opening with a salutation ("DEAR ABBY: …") to the one that ends with a signature ("… -- FEELING
    LIKE SECOND RATE", "Signed, Worried in Ohio"), source the signature as written, cue null. An
    unsigned paragraph run after a salutation (the columnist's answer) is the writer's voice."""
    lex = words()
    out: list[Attribution | None] = [None] * len(texts)
    opened = None  # the paragraph that opened the letter being read
    for k, text in enumerate(texts):
        text = text.strip()
        if lex.letter_salutation.match(text):
            opened = k
        signed = lex.letter_signature.search(text) if opened is not None else None
        if signed is not None:
            signer = Attribution(signed.group("name").strip(" ,.-"), None)
            out[opened : k + 1] = [signer] * (k + 1 - opened)
            opened = None
    return out


_LABEL = patterns.compile(r"^[A-Z][A-Z.'’ -]+:\s+")  # "ALEXANDRIA DOUZIECH: " opening an answer
_PROFILE_SECTION_PARAGRAPHS = 3  # first-person paragraphs a profile's section holds at least
_PROFILE_LEAD_PARAGRAPHS = 3  # a profile introduces its person in a short lead-in; a feature's reporter speaks later


def _first_person(text: str) -> bool:
    return words().first_person_singular.search(text) is not None


def _unquoted(text: str) -> str:
    """`text` without what stands inside quotation marks."""
    kept, at = [], 0
    for start, end in quote_regions(text):
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return " ".join(kept)


def profile_first_person(docs, ctx: Context) -> list[Attribution | None]:
    """For each paragraph (a parsed Doc) of a profile whose body is written in the profiled person's
    own first person with no speaker tag (a company blog's spotlight "in her own words", an
    interview's answers after bare questions), that person's attribution, cue null (GUIDE
    decision 94), else None. Told at the level of the article: the lead-in (the paragraphs before
    the first "I") holds no "I" of the writer's, names the person and speaks of them again ("Erin
    Spiceland is … Erin didn't finish college"); then at least three paragraphs in the first person
    follow, past bare questions (the writer's voice) and untagged pull quotes, none naming the
    person. A writer's own first person (an essay, a review, a column: decisions 55, 90) shows in
    the lead-in or has no one introduced before it, and stays nobody's."""
    out: list[Attribution | None] = [None] * len(docs)
    texts = [text_of(doc) for doc in docs]
    first = next((k for k, text in enumerate(texts) if _first_person(_unquoted(text))), None)
    if not first or first > _PROFILE_LEAD_PARAGRAPHS:  # no "I", the writer's "I" from the start, or a feature's
        return out
    name = _profiled(docs[:first])
    if name is None:
        return out
    parts = set(name.split())
    known = ctx.persons.get(name)
    speaker = Attribution(known.name if known is not None else name, None)
    section: list[int] = []
    for k in range(first, len(texts)):
        text = texts[k].strip()
        if text.endswith("?"):
            continue  # a bare question: the writer's voice
        body = _LABEL.sub("", text, count=1)
        if any(t.strip(".,;:!?’'") in parts for t in body.split()):
            break  # the person spoken of again: the writer's voice is back
        quoted = quote_regions(body)
        # (an "I" inside a tagged quote is the quoted speaker's: a reporter's feature, not a profile)
        if _first_person(_unquoted(body)) or (quoted and quoted[0][0] == 0 and quoted[-1][1] >= len(body) - 1):
            section.append(k)
            continue
        break
    if sum(1 for k in section if _first_person(_unquoted(texts[k]))) >= _PROFILE_SECTION_PARAGRAPHS:
        for k in section:
            out[k] = speaker
    return out


def _profiled(lead) -> str | None:
    """The person a profile's lead-in introduces: of the persons it names in full, the one it
    speaks of most often by a part of the name ("Erin Spiceland is … Erin didn't …"), at least twice
    (a name the model takes for a person, "Women's History Month", is named once)."""
    best, best_count = None, 1
    for doc in lead:
        for ent in doc.ents:
            name = clean_name(ent.text)
            if ent.label_ != "PERSON" or len(name.split()) < 2:
                continue
            parts = set(name.split())
            count = sum(1 for d in lead for t in d if t.text in parts and not (t.i > 0 and d[t.i - 1].text in parts))
            if count > best_count:
                best, best_count = name, count
    return best


_SPEECH_PARAGRAPHS = 2  # first-person paragraphs a self-named speaker's speech holds at least
_NAME_LINE_WORDS = 20  # a name, a title and a company: a longer line is prose
_PANEL_BLOCKS = 2  # first-person blocks, each beside its name line, that make a panel of named answers
_ABBREVIATION = 5  # "Corp.", "Inc.", "Jr.": a line ending in a short capitalised word and a period is no sentence


def self_named_speaker(docs, ctx: Context) -> list[Attribution | None]:
    """For each paragraph (a parsed Doc) of a speech or address whose speaker names himself or herself in
    the first person ("Ladies and gentlemen, this is Dana Lee, and I'm here …", "I'm Dana Lee"), that
    speaker's attribution, cue null (GUIDE decisions 50, 94: a whole text of one speaker's words), from
    the self-naming paragraph on, up to a paragraph that speaks of the speaker by name again (the
    writer's voice is back). It is a speech, not the writer's own column or blog ("my name is …" of a
    writer: decision 25), when the writer says no "I" before it, the text named the speaker as a
    person before ("Remarks of Vice President Dana Lee") and the speech goes on in the first person."""
    lex = words()
    out: list[Attribution | None] = [None] * len(docs)
    texts = [_unquoted(text_of(doc)) for doc in docs]
    for k, (doc, text) in enumerate(zip(docs, texts, strict=True)):
        first = next(iter(doc.sents), None)
        m = lex.self_naming.search(text)
        if m is None or first is None or m.start() >= len(first.text):
            if _first_person(text):
                return out  # the writer's own "I": a column, a blog, a letter (decisions 25, 90)
            continue
        name = m.group("name")
        named_before = any(
            ent.label_ == "PERSON" and name in clean_name(ent.text) for earlier in docs[:k] for ent in entities(earlier)
        )
        if not named_before or name.endswith(("'s", "’s")):
            return out
        parts = set(name.split())
        end = k + 1
        while end < len(texts) and not any(t.strip(".,;:!?’'") in parts for t in texts[end].split()):
            end += 1
        if sum(1 for text in texts[k:end] if lex.first_person_any.search(text)) < _SPEECH_PARAGRAPHS:
            return out
        known = ctx.persons.get(name)
        out[k:end] = [Attribution(known.name if known is not None else name, None)] * (end - k)
        return out
    return out


_BARE_TURNS = 3  # the interviewer's turns, and the first-person answers, a bare interview holds at least
_QUESTION_SENTENCES = 2  # an interviewer's question: a remark and a question at most
_SECOND_PERSON = patterns.compile(r"(?<![\w'’])(?:[Yy]ou|[Yy]our|[Yy]ours)(?![\w'’])")


def _interviewers_turn(doc, text: str, most: int = _QUESTION_SENTENCES) -> bool:
    """A paragraph of a bare interview that is the interviewer's: a question of one or two sentences (`most`: "Your
    shows are hopeful. Does that come from …?"), or one sentence that speaks to the interviewee ("You were
    seeing things that weren't explicit."). A longer paragraph ending in a question is an answer that asks
    ("… Can you overcome? What does it take?")."""
    if text.endswith("?"):
        return sum(1 for _ in doc.sents) <= most
    return _SECOND_PERSON.search(text) is not None and not _first_person(text) and sum(1 for _ in doc.sents) == 1


def bare_interview(docs, ctx: Context) -> list[Attribution | None]:
    """For each paragraph (a parsed Doc) of an interview written as bare questions and answers, with no
    "Q:"/"A:" labels and no names before the turns ("Here, the 44-year-old explains his approach." above
    them), the interviewee's attribution where the paragraph is an answer, cue the lead-in's reporting verb
    (GUIDE decision 50: "with or without A:"); the interviewer's turns (questions, and single sentences that
    speak to the interviewee) are the writer's voice. The lead-in is the paragraph right before the first
    turn, whose last sentence has a person or a description of one say or explain something with no
    content clause of its own; the interviewee is the person named there, else the one the paragraphs
    before the turns speak of most. It is an interview when at least three turns speak to the interviewee
    ("you") and at least three answers speak in the first person."""
    lex = words()
    out: list[Attribution | None] = [None] * len(docs)
    texts = [_unquoted(text_of(doc)).strip() for doc in docs]
    turns = [_interviewers_turn(doc, text) for doc, text in zip(docs, texts, strict=True)]
    first = next((k for k, turn in enumerate(turns) if turn), None)
    if not first:
        return out
    sentences = list(docs[first - 1].sents)
    verbs = [
        t
        for t in (sentences[-1] if sentences else [])
        if t.pos_ == "VERB"
        and (t.lemma_ in lex.reporting or t.lemma_ in lex.interview_lemmas)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in t.children)
    ]
    verb, subject = next(((v, c) for v in verbs for c in v.children if c.dep_ == "nsubj"), (None, None))
    if verb is None or subject.pos_ == "PRON" and subject.lower_ not in ("he", "she"):
        return out  # no one announced, or the writer's "I"/"we" ("Here, I explain …")
    named = entity_of(subject)
    name = clean_name(named.text) if named is not None and named.label_ == "PERSON" else _profiled(docs[:first])
    spoken_to = sum(1 for k in range(first, len(texts)) if turns[k] and _SECOND_PERSON.search(texts[k]))
    answers = [k for k in range(first, len(texts)) if not turns[k]]
    if name is None or spoken_to < _BARE_TURNS or sum(1 for k in answers if _first_person(texts[k])) < _BARE_TURNS:
        return out
    known = ctx.persons.get(name)
    speaker = Attribution(known.name if known is not None else name, verb.text)
    for k in answers:
        out[k] = speaker
    return out


_ASKED_TURNS = 3  # questions to "you", each answered in the first person, that make a block of questions and answers
_ASKING_SENTENCES = 3  # an interviewer's question: a remark or two and the question ("Since 1982, … What does …?")
_WH_TAGS = ("WP", "WDT")


def _turn_body(text: str) -> tuple[str | None, str]:
    """A paragraph's opening speaker label ("Q", "L.A. WEEKLY", "McKelvey"), if any, and its text after the label."""
    m = words().speaker_label.match(text)
    return (m.group("name"), text[m.end() :]) if m else (None, text)


def _lead_in_cue(doc) -> str | None:
    """The reporting word of a lead-in that only announces the answers ("Here's what he had to say…" -> "say"): a
    reporting verb in its last sentence whose subject is "he", "she" or a name, with no clause and no object of its
    own but a "what" ("We sit down to discuss …" announces the writer's visit, no answer)."""
    lex = words()
    sentences = list(doc.sents)
    for t in reversed(sentences[-1] if sentences else []):
        if (
            t.pos_ == "VERB"
            and t.lemma_ in lex.reporting
            and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.tag_ not in _WH_TAGS for c in t.children)
            # (the subject of the verb, or of the one it completes: "what she had to say")
            and any(
                c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or c.pos_ == "PROPN")
                for c in (*t.children, *(t.head.children if t.dep_ == "xcomp" else ()))
            )
        ):
            return t.text
    return None


def _sole_person(docs) -> str | None:
    """The person an introduction names in full where it names no other in full ("Experience is thrilled to have
    Junior Gaspard, …"), though it speaks of them once (`_interviewee`); else None."""
    named = {clean_name(ent.text) for doc in docs for ent in entities(doc) if ent.label_ == "PERSON"}
    named = {name for name in named if len(name.split()) >= 2}
    return _interviewee(docs) if len(named) <= 1 else None


def _names_again(doc, parts: set[str], labelled: bool = False) -> bool:
    """Whether a paragraph's words speak of the interviewee by a part of the name ("Forbes says …", "Steve told us"),
    on the parser's tokens as `_profiled` reads them: not inside a longer name ("Steve Jobs", "Forbes Magazine"), nor
    as the place one is at ("Everybody at Kent knows …": a company that carries the name); past the paragraph's
    label where it is `labelled` ("Ortiz: We will …")."""
    start = next((t.i + 1 for t in doc if t.text == ":"), 0) if labelled else 0
    for t in doc[start:]:
        if t.text not in parts or t.dep_ == "pobj" and t.head.lower_ == "at":
            continue
        near = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
        if not any(n.text[:1].isupper() and n.text not in parts and n.pos_ == "PROPN" for n in near):
            return True
    return False


def _is_interviewee(token, parts: set[str]) -> bool:
    """Whether `token` stands for the interviewee: a part of the name, or "he"/"she" ("We sat down with her")."""
    return token.text in parts or words().personal_pronouns.get(token.lower_) in words().interviewee_pronouns


def _questions_put_to(intro, parts: set[str]) -> bool:
    """Whether the introduction puts questions to the interviewee, the one asked or talked with (claims.json
    interview_lemmas): the object of the asking ("We asked her …", "We interviewed Ellis"), the one it is done with or
    to ("We sat down with her", "We talked with McKelvey", "Q&A with …"), or the subject who tells an outlet ("Steve
    Forbes tells the Swiss weekly …", in the present of a deck). Ordinary news words do not ("X spoke at the lunch",
    "Talks collapsed", "We asked readers …", "We asked a spokesperson for the union …")."""
    lex = words()
    return any(
        t.lemma_.lower() in lex.interview_lemmas and any(_puts_to(t, c, parts) for c in t.children) for doc in intro for t in doc
    )


def _puts_to(talk, child, parts: set[str]) -> bool:
    """Whether `child` of a word of asking or talking is, or leads to, the interviewee it puts questions to."""
    if child.dep_ in ("dobj", "dative"):
        return _is_interviewee(child, parts)
    if child.dep_ == "prep" and child.lower_ in ("with", "to"):
        return any(o.dep_ == "pobj" and _is_interviewee(o, parts) for o in child.children)
    # ("Steve Forbes tells the Swiss weekly …": the interviewee who tells an outlet, in a deck's present)
    return (
        child.dep_ == "nsubj"
        and child.text in parts
        and talk.lemma_ == "tell"
        and talk.tag_ == "VBZ"
        and any(o.dep_ in ("dobj", "dative") for o in talk.children)
    )


def _labelled_persons(intro) -> dict[str, str]:
    """The persons the introduction names in full, by each lower-case part of the name ("lopez" -> "Ana Lopez"), a
    part two of them share naming neither."""
    titles = words().titles
    found: dict[str, str] = {}
    names = [clean_name(ent.text) for doc in intro for ent in entities(doc) if ent.label_ == "PERSON"]
    # (and runs of capitalised proper nouns the model gave no label: "Founders Ana Lopez and Ben Ortiz", as
    # `_interviewee` reads them)
    for doc in intro:
        run: list = []
        for token in [*doc, None]:
            if token is not None and token.pos_ == "PROPN" and token.ent_type_ == "" and token.is_alpha and token.is_title:
                run.append(token)
                continue
            if len(run) >= 2 and run[0].lower_ not in titles:
                names.append(" ".join(t.text for t in run))
            run = []
    for name in names:
        if len(name.split()) >= 2:
            for part in name.lower().split():
                found[part] = name if found.get(part, name) == name else ""
    return found


def _label_person(label: str | None, persons: dict[str, str]) -> str | None:
    """The person an answer's label names ("Lopez", "ALEXANDRIA DOUZIECH"), one of those the introduction names in full."""
    named = {persons.get(part) for part in (label or "").lower().split()} - {None, ""}
    return named.pop() if len(named) == 1 else None


def _speaks_for_a_body(intro) -> bool:
    """Whether the introduction gives the interviewee a body to speak for in "we": it names an organisation or a
    place, or sets a title before a name ("Mayor …", "Chief executive …"); else an answer's "we" may be a newsroom's."""
    lex = words()
    return any(
        ent.label_ in ("ORG", "GPE", "NORP")
        or ent.label_ == "PERSON"
        and ent.start > 0
        and doc[ent.start - 1].lower_ in lex.titles
        for doc in intro
        for ent in entities(doc)
    ) or any(t.lower_ in lex.titles and t.ent_type_ == "PERSON" for doc in intro for t in doc)


def _other_person(doc, name: str) -> bool:
    """Whether narration names a person in full besides the interviewee ("His business partner, Tina Shaw, joined …")."""
    return any(
        ent.label_ == "PERSON" and len(clean_name(ent.text).split()) >= 2 and clean_name(ent.text) not in name
        for ent in entities(doc)
    )


def asked_and_answered(docs, ctx: Context) -> list[Attribution | None]:
    """For each paragraph (a parsed Doc) of an interview set as questions and answers, read from the layout alone
    (GUIDE decision 50, "with or without A:"): the interviewee's attribution where the paragraph answers, else None.
    A question is the interviewer's turn (`_interviewers_turn`) of up to three sentences, the last asking (after
    any label: "Q:", "L.A. WEEKLY:"); its answer is the paragraphs after it up to the next turn. It is an
    interview when at least three questions speak to "you" and are answered in the first person, and the paragraphs
    before the first question (the introduction: no "I" of the writer's, a columnist's answers being the writer's
    voice) name a person in full and speak of them again, or name no other in full: the interviewee; and the
    introduction puts the questions to that person (`_questions_put_to`: "We sat down with her", "We asked him …",
    "X tells the weekly …"), or an answer opens with the label of a person it names ("McKelvey:", "ALEXANDRIA
    DOUZIECH:"; "Q:"/"A:" alone do not). An answer's "we" counts only where the interviewee speaks for a body
    (`_speaks_for_a_body`): else it is a newsroom's or a group's. The source is the interviewee, a labelled answer
    its label's person; cue the reporting word of a lead-in right before the first question that only announces
    them ("Here's what he had to say…"), else null. The questions are the writer's voice, and so are a remark of
    the interviewer's between answers (a paragraph not in the first person that a first-person answer follows: "That
    bill stalled in the House."), a paragraph that speaks of the interviewee by name or as "he"/"she" with no first
    person (up to the next question), and all after narration that names another person in full ("His business
    partner, Tina Shaw, joined …"); a quote with its own tag inside an answer keeps it (decisions 3, 375)."""
    lex = words()
    out: list[Attribution | None] = [None] * len(docs)
    if sum(1 for doc in docs if text_of(doc).rstrip().endswith("?")) < _ASKED_TURNS:
        return out  # (most articles: fewer questions than an interview asks)
    texts = [_unquoted(text_of(doc)).strip() for doc in docs]
    # (a heading in capitals that asks, "WHO IS THE FRONT-RUNNER?", is an explainer's)
    asking = [
        _interviewers_turn(doc, text, _ASKING_SENTENCES) and not text.isupper() for doc, text in zip(docs, texts, strict=True)
    ]
    if sum(asking) < _ASKED_TURNS:
        return out
    first = asking.index(True)
    if not first or any(_first_person(text) for text in texts[:first]):
        return out
    intro = docs[:first]
    name = _profiled(intro) or _sole_person(intro)
    if name is None:
        return out
    parts = set(name.split())
    persons = _labelled_persons(intro)
    turns = [_turn_body(text) for text in texts]  # each paragraph's label, if any, and its text after the label
    labelled = {k: _label_person(turns[k][0], persons) for k in range(first, len(texts)) if not asking[k]}
    if not _questions_put_to(intro, parts) and not any(labelled.values()):
        return out
    spoken = lex.first_person_any if _speaks_for_a_body(intro) else lex.first_person_singular
    in_first_person = [spoken.search(body) is not None for _, body in turns]
    # (each paragraph's next question, where its answer ends)
    ends = [len(texts)] * (len(texts) + 1)
    for k in range(len(texts) - 1, -1, -1):
        ends[k] = k if asking[k] else ends[k + 1]
    answered = sum(
        any(in_first_person[k + 1 : ends[k + 1]])
        for k in range(first, len(texts))
        if asking[k] and _SECOND_PERSON.search(turns[k][1]) is not None
    )
    if answered < _ASKED_TURNS:
        return out
    known = ctx.persons.get(name)
    speaker = Attribution(known.name if known is not None else name, _lead_in_cue(docs[first - 1]))
    current = None
    for k in range(first, len(texts)):
        label = turns[k][0]
        if asking[k]:
            current = speaker
            continue
        if labelled[k] is not None:
            current = Attribution(speaker.source if labelled[k] == name else labelled[k], None)  # (decision 802(b))
        elif label is not None and not _label_names(label, parts) and not lex.interview_answer.match(texts[k]):
            current = None  # another speaker's label
        if not in_first_person[k]:
            if _other_person(docs[k], name):
                break  # narration that brings in another person: the rest is not read
            if _names_again(docs[k], parts, label is not None) or any(
                lex.personal_pronouns.get(t.lower_) in lex.interviewee_pronouns for t in docs[k] if t.dep_ == "nsubj"
            ):
                current = None
            elif not asking[k - 1] and any(in_first_person[k + 1 : ends[k + 1]]):
                continue  # the interviewer's remark between answers
        elif _names_again(docs[k], parts, label is not None):
            current = None
        out[k] = current
    return out


def _label_names(label: str, parts: set[str]) -> bool:
    """Whether a label holds a part of the name, in any case ("DOUZIECH" for "Alexandria Douziech")."""
    return bool({part.lower() for part in parts} & set(label.lower().split()))


def _short_line(text: str) -> bool:
    """Whether a credit's line is short enough to be a name, a title and a company rather than prose."""
    return len(text.split()) <= _NAME_LINE_WORDS


def _name_line(text: str) -> str | None:
    """The person a line standing alone names before a title and a company ("Dana Lee, president and
    CEO, Globex Corp."), or None; a sentence ("Dana Lee, the mayor, said it was fine.") is no name line."""
    text = text.strip()
    m = words().name_line.match(text)
    if m is None or not _short_line(text):
        return None
    last = text.split()[-1]
    if text.endswith(".") and (len(last) > _ABBREVIATION or not last[0].isupper()):
        return None
    return m.group("name")


def _only_a_person(doc) -> bool:
    """Whether the paragraph `doc` is one person's name and nothing else: the model reads the whole line as one PERSON
    ("Dana Lee", not the heading "Market Outlook" or a body's "Harbor Office")."""
    ents = doc.ents
    return len(ents) == 1 and ents[0].label_ == "PERSON" and ents[0].start == 0 and ents[0].end == len(doc)


def _titled_name(texts: list[str], docs: list, k: int) -> str | None:
    """The person a name standing alone on line `k` names where the line after it gives the title and the
    company or place ("Dana Lee" over "Chief economist, Globex Bank – Toronto"): the two lines are one credit,
    as a name line is (claims.json `name_alone_line`, `title_line`); else None. The name line is one person's
    name, no heading and no byline ("By Dana Lee"); the title line's first part holds a post's noun
    (`credit_title_nouns`: no heading's subtitle, no place line, no cast list's "Played by …") and no newsroom's
    trade (`reporter_title_nouns`: "Staff writer, The Harbor Times" makes the name a byline, its block the
    reporter's own text, the writer's voice: GUIDE decisions 50, 63)."""
    if k + 1 >= len(texts):
        return None
    lex = words()
    m = lex.name_alone_line.match(texts[k].strip())
    title = texts[k + 1].strip()
    if m is None or lex.title_line.match(title) is None or not _short_line(title) or ends_as_sentence(title):
        return None
    post = set(re.findall(r"[a-z]+", title.split(",", 1)[0].lower()))
    if not post & lex.credit_title_nouns or post & lex.reporter_title_nouns or not _only_a_person(docs[k]):
        return None
    return m.group("name")


def panel_answers(texts: list[str], docs: list) -> list[Attribution | None]:
    """For each paragraph, the person a name line beside its block credits ("Dana Lee, president and
    CEO, Globex"): a panel of named people who each answer a question in the first person, each answer
    credited by a name line after it (or before it), source the name as written, cue null (GUIDE
    decision 50's credit line; the name line itself is no claim). A block runs from the name line to a
    rule line ("=========="), another name line, a heading, a question or a lead-in's colon. It is a
    panel when, read one way, at least two name lines stand beside blocks in the first person; the
    blocks beside name lines read that way are credited, a block without "I" ("Never.") too. A name alone on its
    line over a title line ("Dana Lee" over "Chief economist, Globex Bank – Toronto") is a name line too; its block
    is in the first person with an "I", or with a paragraph that opens in "we"/"our" ("We expect …"), and none
    of it speaks of someone as "he" or "she" opening a sentence (a staff list's "She runs the news desk." is no
    answer). A correspondent's byline over third-person prose ("Dana Lee, BBC correspondent") credits nothing."""
    out: list[Attribution | None] = [None] * len(texts)
    lex = words()
    names = [_name_line(text) for text in texts]
    # a name alone over its title line credits as one name line; the block it opens starts after the title line
    titled = {k: name for k in range(len(texts)) if names[k] is None and (name := _titled_name(texts, docs, k))}
    for k, name in titled.items():
        names[k] = name
    lines = [k for k, name in enumerate(names) if name is not None]
    if len(lines) < _PANEL_BLOCKS:
        return out

    def edge(j: int) -> bool:
        text = texts[j].strip()
        return (
            names[j] is not None
            or not any(ch.isalpha() for ch in text)
            or text.endswith((":", "?"))
            or not ends_as_sentence(text)
        )

    def block(k: int, step: int) -> list[int]:
        run, j = [], k + (2 if step == 1 and k in titled else step)
        while 0 <= j < len(texts) and not edge(j):
            run.append(j)
            j += step
        return run

    def third_person(run: list[int]) -> bool:
        return any(_THIRD_PERSON_OPENING.match(sent.text) for j in run for sent in docs[j].sents)

    def voiced(k: int, run: list[int]) -> bool:
        if any(_first_person(_unquoted(texts[j])) for j in run):
            return True
        # a contributor under a name and title may answer for the firm ("We expect …": decision 50's credited text,
        # not decision 55's publisher's "we", as the credit names the firm): a paragraph that opens in "we" or "our"
        # counts, not a "we"/"us" in passing ("Delegates told us …"); a one-line credit's block needs an "I", as the
        # writer's own "We asked three owners …" above a panel is no answer
        return k in titled and any(lex.first_person_any.match(_unquoted(texts[j]).lstrip()) for j in run)

    readings = []
    for step in (-1, 1):  # the name line after its block, or before it (a name over its title line heads its block)
        blocks = {k: block(k, step) for k in lines if step == 1 or k not in titled}
        # a block under a name and title that speaks of someone as "he"/"she" is about the person, not by them
        blocks = {k: run for k, run in blocks.items() if k not in titled or not third_person(run)}
        readings.append((sum(1 for k, run in blocks.items() if voiced(k, run)), blocks))
    (closing, blocks_before), (opening, blocks_after) = readings  # name lines closing their blocks, or opening them
    if max(closing, opening) < _PANEL_BLOCKS or closing == opening:
        return out
    for k, run in (blocks_before if closing > opening else blocks_after).items():
        for j in run:
            out[j] = Attribution(names[k], None)
    return out


def announced_block(claims, text: str) -> Attribution | None:
    """The speaker a paragraph ending in a reporting lead-in and a colon announces for the
    paragraph after it ("As Klein writes:", "Greta Thunberg states the following:"): a block
    quote set apart without quotation marks keeps the lead-in's source and cue, as a quote that
    runs over several units keeps its speaker."""
    if not claims or not text.rstrip().endswith(":") or not claims[-1].text.rstrip().endswith(":"):
        return None
    lead_in = claims[-1].attribution
    return lead_in if lead_in is not None and lead_in.source else None


# A time code or page number closing a block quote ("(08:52)", "(p. 14)"): the quote ends there (GUIDE decision 213).
_QUOTE_CLOSE = patterns.compile(r"\((?:\d{1,2}:)?\d{1,2}:\d{2}\)\s*$|\((?:p|pp|page)\.?\s*\d+\)\s*$")


_THIRD_PERSON_OPENING = patterns.compile(r"(?:He|She|His|Her)\b")


def set_off(text: str, offset: int) -> bool:
    """Whether the paragraph at `offset` of `text` is set off from the body by an indent (four spaces
    or a tab before it on its line): how a flattened page keeps a block quote or a poem's stanza."""
    line_start = text.rfind("\n", 0, offset) + 1
    lead = text[line_start:offset]
    return (len(lead) >= 4 or "\t" in lead) and not lead.strip()


def block_author(doc, ctx: Context) -> Attribution | None:
    """The person a lead-in makes the subject of its last sentence, for the block quote set off after
    it without a reporting verb ("Laura knows this too:", "Jung weighs what makes suffering
    generative:", "His advice included to split the tasks:"): the quote is that person's, cue
    `null` (GUIDE decision 228's author acting without a reporting verb)."""
    last = next((t for t in reversed(doc) if not (t.is_punct or t.is_space)), None)
    if last is None:
        return None
    root = last.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    name = person_name(subject, ctx)
    if name is None:
        # "His advice included …": the person the possessive stands for
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        name = person_name(owner, ctx)
        if name is None and owner.lower_ in ("his", "her"):
            name = ctx.antecedent("he" if owner.lower_ == "his" else "she")
    return Attribution(name, None) if name else None


def lead_in_tag(doc, ctx: Context) -> Attribution | None:
    """The lead-in's own attribution, for the lead-in before a set-off block quote whose subject is its author
    ("Jung weighs what makes suffering generative:", "Laura knows this too:"): the author, the lead-in's verb
    the cue (GUIDE decision 228: the words before the colon introduce the quote), a verb of speech, knowing
    or thought (claims.json `lead_in_thought_lemmas`). Not where the subject is only the author's possession
    ("His advice included …")."""
    last = next((t for t in reversed(doc) if not (t.is_punct or t.is_space)), None)
    if last is None:
        return None
    root = last.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    lex = words()
    if subject is None or root.pos_ != "VERB" or root.lemma_ not in lex.reporting | lex.knowing | lex.lead_in_thought:
        return None  # (a lead-in that acts, "X casts a spell in his poem:", "X is starting a series:", tags nothing)
    name = person_name(subject, ctx)
    return Attribution(name, root.text) if name else None


# How a line of verse or a hard-wrapped line ends when its sentence runs on into the next line.
_SENTENCE_CLOSE = (".", "!", "?", "…", '"', "”", "’", ")")


def quote_goes_on(
    text: str, is_set_off: bool, quoting: Attribution, before: str = "", after: str = "", first_person_voice: bool = False
) -> bool:
    """Whether a paragraph after a block quote goes on in the quoted voice (GUIDE decision 213): a set-off
    paragraph does; one of the body does unless it is a heading or a question, a new lead-in (a colon at
    its end), the writer's own "I", or it names the quoted person or opens on "he" or "she" (the writer
    speaking of them: "He’s intending this to be evergreen material."). Where the quote itself speaks in
    the first person (`first_person_voice`: "She writes:" above "I startled a weasel …"), an "I" is the
    quoted person's still, not the writer back. A line of a quoted poem or of a
    hard-wrapped quote goes on too where the quote's line `before` left its sentence open ("You will
    remember that whimsical ravine" / "where the vibrant aromas rose,"), or where the line itself runs on
    into the next line, `after`, which opens in lower case ("Time" / "is divided"): one sentence of the
    quote, not a heading or the writer back."""
    body = text.strip()
    if is_set_off:
        return True
    if before.strip() and not before.rstrip().endswith(_SENTENCE_CLOSE):
        return True
    if body and not body.endswith(_SENTENCE_CLOSE) and after.strip()[:1].islower():
        return True
    if (
        not body.endswith((".", "!", '"', "”", "’", ")", "…"))
        or (_first_person(_unquoted(body)) and not first_person_voice)
        or _THIRD_PERSON_OPENING.match(body)
    ):
        return False
    parts = {part for part in (quoting.source or "").split() if part[:1].isupper()}
    return not any(t.strip(".,;:!?’'") in parts for t in body.split())


def first_person_voice(text: str) -> bool:
    """Whether a paragraph of a block quote speaks in the first person outside any quotation marks of its
    own ("I startled a weasel who startled me"): the quoted person's "I", which later paragraphs keep."""
    return _first_person(_unquoted(text))


# How far an excerpt after a lead-in naming nobody may run (its code or list lines count) and how soon its first person shows.
_EXCERPT_PARAGRAPHS = 60
_EXCERPT_FIRST_PERSON_WITHIN = 2
_EXCERPT_GAP = 2  # paragraphs of prose without the first person inside the excerpt, at most


def excerpt_end(texts: list[str], k: int, source: str | None, announced: bool = False) -> int | None:
    """Where an excerpt quoted without quotation marks ends (the index of the paragraph after its last one), for the
    paragraphs after paragraph `k` whose last sentence is a lead-in that names nobody ("Here's how it works.") or,
    where `announced`, a lead-in that already announced `source` ("He explains:", "She writes:") above paragraphs of
    the body (not set off): the excerpt speaks in a first person ("In my case, I chose …", "allows us to craft")
    within its first two paragraphs, which the writer uses nowhere up to the lead-in (outside quotation marks), and
    runs to its last paragraph in that first person, over at most two paragraphs of prose without it; a question or
    heading ending in "?", a new lead-in's colon, a paragraph opening on "He/She" or naming `source` (the writer
    speaking of the quoted person) ends it before. None where `texts[k]` is no such lead-in or no first person
    follows it (claims.json `excerpt_announcement`, `first_person_any`)."""
    lex = words()
    if source is None or not (announced or lex.excerpt_announcement.search(texts[k].strip()) is not None):
        return None
    first_person = lex.first_person_any
    if any(first_person.search(_unquoted(text)) for text in texts[: k + 1]):
        return None  # the writer's own first person: an essay, not an excerpt
    parts = {part for part in source.split() if part[:1].isupper()}
    last, gap = None, 0
    for j in range(k + 1, min(len(texts), k + 1 + _EXCERPT_PARAGRAPHS)):
        body = texts[j].strip()
        if (
            body.endswith(("?", ":"))
            or _THIRD_PERSON_OPENING.match(body)
            or any(t.strip(".,;:!?’'") in parts for t in body.split())
        ):
            break
        if first_person.search(_unquoted(body)):
            last, gap = j, 0
        elif last is None and j > k + _EXCERPT_FIRST_PERSON_WITHIN:
            return None
        elif body.endswith(_SENTENCE_CLOSE) and len(body.split()) > 2:
            gap += 1  # (code or list lines between its paragraphs are no gap)
            if gap > _EXCERPT_GAP:
                break  # three paragraphs of prose without that first person: the writer is back
    return last + 1 if last is not None else None


def reporting_lead_in(doc, ctx: Context) -> Attribution | None:
    """The source and verb of a paragraph's last sentence where it is a reporting lead-in ending in a colon or an
    ellipsis whose own claim carries no attribution ("Google confirmed this in a statement…"): for an excerpt in
    the source's first person after it (`excerpt_end`), the source the subject names, the verb the cue."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text not in (":", "…", "..."):
        return None
    root = last.sent.root
    if root.pos_ != "VERB" or root.lemma_ not in words().reporting:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    name = source_text(subject, ctx) if subject is not None else None
    return Attribution(name, root.text) if name else None


def named_lead_in(doc, ctx: Context) -> Attribution | None:
    """The person a bare lead-in "<Name> <reports>:" names ("Dillard recounts:", "Klein writes:"), which the
    parser reads as a noun compound ("Dillard recounts" a noun): a person named before by that name, the
    verb the cue, for the block quote after it (GUIDE decision 228's lead-in)."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text != ":":
        return None
    sent = [t for t in last.sent if not (t.is_punct or t.is_space)]
    if not 2 <= len(sent) <= 4:
        return None
    *name, verb = sent
    lowered = verb.lower_
    if not (lowered.endswith("s") and verb.is_lower) or not all(t.is_title for t in name):
        return None
    reporting = words().reporting
    if lowered[:-1] not in reporting and not (lowered.endswith("es") and lowered[:-2] in reporting):
        return None
    written = " ".join(t.text for t in name)
    known = ctx.persons.get(written)
    return Attribution(known.name, verb.text) if known is not None else None


def counted_points(doc, ctx: Context) -> list[tuple[int, Attribution, int]]:
    """The speech acts of a paragraph with a counted noun phrase that its points follow ("Schwake highlights
    three trouble spots.", "The report lists two risks."): for each, the character offset in the paragraph
    where its sentence ends, its source (the subject: a person or body named), cue null, and the count
    (GUIDE decision 235; claims.json `counted_points_doc`)."""
    lex = words()
    out = []
    for sent in doc.sents:
        root = sent.root
        if root.lemma_ not in lex.counted_speech or root.tag_ not in ("VBZ", "VBD", "NNS"):  # ("highlights" read as a noun)
            continue
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        count = next((c for c in obj.children if c.dep_ == "nummod" and c.like_num), None) if obj is not None else None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        number = (
            (lex.count_words.get(count.lower_) or (int(count.text) if count.text.isdigit() else 0)) if count is not None else 0
        )
        if not 1 < number <= 10:
            continue
        if subject is not None:
            source = source_text(subject, ctx) if subject.lower_ not in ("i", "we", "you") else None
        else:
            # "Schwake highlights …" with the surname read as a modifier: a person named before by those words
            named = doc[sent.start : root.i]
            known = ctx.persons.get(named.text) if named.text and all(t.is_title for t in named) else None
            source = known.name if known is not None else None
        if source:
            out.append((sent.end_char, Attribution(source, None), number))
    return out


def names_a_point(text: str) -> bool:
    """Whether a unit opens by naming one of the points a counted speech act announced ("The first is
    visibility.", "A third concern is accountability.")."""
    return words().point_opening.match(text.lstrip()) is not None


def quote_closed(text: str) -> bool:
    """Whether a paragraph of a block quote ends it with a time code or a page number ("(08:52)")."""
    return _QUOTE_CLOSE.search(text.rstrip()) is not None


def be_like_quotative(span, ctx: Context) -> Attribution | None:
    """The speaker of the quotative "be like" in the sentence `span` ("the clerks were like, “Get out of
    here.”", "she was like “Why would you do that?”"): a party's words or manner reported as a quote, source
    the subject, cue "were like" (GUIDE decision 218). The quote must hold a verb (a clause said, not a
    likeness in scare quotes: "the results were like “a punch in the gut”"); the writer's own "I was like"
    and a generic "you" stay the writer's."""
    doc = span.doc
    for token in span:
        if token.lower_ != "like" or token.i == span.start or token.i + 2 >= span.end:
            continue
        be = doc[token.i - 1]
        if be.lemma_ != "be" or token.head.i != be.i:
            continue
        opening = doc[token.i + 2] if doc[token.i + 1].text == "," else doc[token.i + 1]
        if opening.text not in ("“", '"'):
            continue
        subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("i", "we", "you", "it", "this", "that"):
            continue
        said = doc[opening.i + 1 : span.end]
        if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in said):
            continue
        source = source_text(subject, ctx)
        if source:
            return Attribution(source, f"{be.text} like")
    return None


def wh_lead_in(doc, ctx: Context) -> Attribution | None:
    """The speaker a lead-in names in a "how"/"what"/"as" clause of speech before its colon ("Here’s how one
    CEO described it:", "Here is what the mayor said:", "As Lopez put it:"), for the block quote after it
    (GUIDE decision 228): the lead-in only introduces the quote, often with no claim of its own."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text != ":":
        return None
    lex = words()
    root = last.sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "ccomp")):
        put_it = verb.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        if verb.lemma_ not in lex.reporting and not put_it:
            continue
        if not any(
            (c.dep_ == "advmod" and c.lower_ == "how")
            or (c.dep_ == "dobj" and c.lower_ == "what")
            or (c.dep_ == "mark" and c.lower_ == "as")
            for c in verb.children
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("i", "we", "you"):
            return None
        source = source_text(subject, ctx)
        return Attribution(source, verb.text) if source else None
    return None


def pointing_lead_in(doc, ctx: Context) -> Attribution | None:
    """The body or text a lead-in that points back before its colon names as its subject ("A study from the X
    Institute examined this:", "The committee looked into it:"), for the passage quoted after it: credited to the
    subject as the text names it, cue `null` (GUIDE decision 298). Not a reporting verb's lead-in (its own source
    and cue: `announced_block`), nor the writer's or a pronoun's."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text != ":":
        return None
    root = last.sent.root
    lex = words()
    if root.pos_ != "VERB" or root.lemma_ in lex.reporting | lex.knowing | lex.lead_in_thought:
        return None  # (a verb of speech, knowing or thought: the lead-in's own attribution, "Laura knows this too:")
    points_back = any(
        (c.dep_ == "dobj" and c.lower_ in ("this", "it", "that"))
        or (c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in ("this", "it", "that") for g in c.children))
        for c in root.children
    )
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if not points_back or subject is None or subject.pos_ == "PRON" or any(c.tag_ == "PRP$" for c in subject.children):
        return None  # (a person's possession, "His advice included this:", is the person's: `block_author`)
    source = source_text(subject, ctx)
    return Attribution(source, None) if source else None


# A list's item opening a paragraph: a bullet, or a number with its stop ("1. As we had expected, …").
_LIST_ITEM = patterns.compile(r"\s*(?:[-–—•▪‣◦*]|\d{1,2}[.)])\s+\S")


def list_marker(text: str) -> str | None:
    """The kind of marker opening the paragraph `text` as an item of a list (a bullet, or a number with its stop): "1"
    for a number, else the bullet itself; None for no item."""
    return None if _LIST_ITEM.match(text) is None else _marker_kind(text)


def _marker_kind(item_text: str) -> str:
    mark = item_text.lstrip()[0]
    return "1" if mark.isdigit() else mark


def list_goes_on(text: str, marker: str | None, nesting: bool) -> bool:
    """Whether the paragraph `text` is a further item of the list a lead-in credited, whose items open with `marker`
    (None: no item read yet): not a list of another marker (the writer's numbered list after a speaker's bullets), not
    an item that is a lead-in of its own ("- Other news from the town:", but for one `nesting` the sub-items indented
    deeper after it) nor a link ("- Read more: …", claims.json `chrome_starts`)."""
    item = _LIST_ITEM.match(text)
    if item is None or (marker is not None and _marker_kind(text) != marker):
        return False
    if text.rstrip().endswith(":") and not nesting:
        return False
    return not text[item.end() - 1 :].lower().replace("\u2019", "'").startswith(words().chrome_starts)


def indent_at(text: str, offset: int) -> int:
    """How far the paragraph at `offset` of `text` is indented on its line."""
    return offset - text.rfind("\n", 0, offset) - 1


def rule_line(text: str) -> bool:
    """Whether the paragraph `text` is a rule line ("***", "-----"): no letter nor figure, a few marks."""
    return len(text.strip()) >= 3 and not any(ch.isalnum() for ch in text)


_HANDLE_AFTER = patterns.compile(r"\s*\((@\w{1,30})\)")  # "Junyang Lin (@JustinLin610)": the account's handle


def credited_lead_in(doc, ctx: Context) -> Attribution | None:
    """The person or body a lead-in before a colon credits, without a reporting verb, with what follows it
    (GUIDE decisions 136, 178, 212; claims.json `credited_lead_in_doc`): "From Goldman on the Fed's move:",
    "nuggets of data from her work with the lab:", "Take this passage from his chapter on parties:", "a memo
    laying out the messages, which include:". The quoted text's source, cue `null`."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or not last.text.endswith(":"):  # (a handle's bracket and the colon may be one token, "):")
        return None
    lex = words()
    sent = last.sent
    for token in sent:
        if token.lower_ != "from" or token.dep_ not in ("prep", "ROOT"):  # (a verbless credit: "From X on Y:")
            continue
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if token.i == sent.start and obj.ent_type_ in ("PERSON", "ORG"):
            # "From Goldman on the FOMC's announcement:" (the name alone, not what it is on)
            span = entity_of(obj)
            source = person_name(obj, ctx) or (clean_name(span.text) if span is not None else None)
            if source:
                return Attribution(source, None)
        work = token.head if token.head.pos_ == "NOUN" else token.nbor(-1) if token.i > sent.start else token
        if work.pos_ == "NOUN" and work.lemma_.lower() in lex.credited_works and obj.ent_type_ == "PERSON":
            # "It all started with this tweet from Junyang Lin (@JustinLin610):": the work's author, its handle the cue
            # (the parser may hang "from" on the verb: the work is then the noun right before it)
            source = person_name(obj, ctx)
            if source:
                span = entity_of(obj)
                handle = _HANDLE_AFTER.match(doc.text, span.end_char) if span is not None else None
                return Attribution(source, handle.group(1) if handle is not None else None)
        if obj.lemma_.lower() in lex.credited_works:
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            source = _named_owner(owner, ctx)
            if source:
                return Attribution(source, None)
    # "a memo laying out the key messages, which include:": the text whose points the list gives
    if sent.root.lemma_ == "include" or any(t.lemma_ == "include" and t.dep_ == "relcl" for t in sent):
        text = next((t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in lex.credited_texts), None)
        if text is not None:
            return Attribution(text.lower_, None)
    return None


def points_lead_in(doc, ctx: Context) -> Attribution | None:
    """The study or document whose points a lead-in before a colon lists, without a reporting verb (GUIDE decisions 136,
    212; claims.json `listed_content_nouns_doc`): "Key findings of the new survey include the following:", "the unions
    signed a pact, summarized in three points:". The source of the list items after it (not of a paragraph of prose
    after it, which may be the writer's or the study's own text), cue `null`."""
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or not last.text.endswith(":"):
        return None
    lex = words()
    sent = last.sent
    if sent.root.lemma_ in lex.points_verbs:
        return _listed_owner(sent.root, ctx, lex)
    return _described_by_its_points(sent, ctx, lex)


def _listed_owner(verb, ctx: Context, lex) -> Attribution | None:
    """The study or document whose points the subject of a lead-in's listing verb `verb` names (GUIDE decisions 136, 212;
    claims.json `listed_content_nouns`, `listed_owner_nouns`): "Key findings of the new survey include the following:",
    "The survey's findings are:", "Other provisions in the bill include:", "Smith's report includes:"; the study or
    document as a found-that lead-in names it ("new survey", decisions 298, 300), or the person or body whose work it is
    ("Dr. Lee's findings include:", decision 212). Cue `null`."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    noun = subject.lemma_.lower()
    if noun in lex.listed_owners and verb.lemma_ == "include":
        owner = subject  # "Smith's report includes:"
    elif noun in lex.listed_contents:
        # the owner of the points: "the report's recommendations", "findings of/from the survey"
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None:
            prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in lex.listed_owner_preps), None)
            owner = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if noun in lex.document_contents:
            kinds = lex.listed_documents  # ("Highlights of the Democratic National Convention include:": an event's)
        elif owner is not None and owner.ent_type_ in ("PERSON", "ORG"):
            source = _named_owner(owner, ctx)  # "Dr. Lee's findings", "the WHO's findings": the person or body (212)
            return Attribution(_POSSESSIVE_END.sub("", source), None) if source else None
        else:
            kinds = lex.listed_owners
        if owner is None or owner.lemma_.lower() not in kinds:
            return None
    else:
        return None
    return _owner_as_named(owner, ctx)


def _described_by_its_points(sent, ctx: Context, lex) -> Attribution | None:
    """The study or document that a participle closing a lead-in describes by the points the colon lists ("the unions
    signed a pact, summarized in three points:", "a pact signed on Friday, summarized in three points:"; GUIDE decision
    136, claims.json `listing_participle_lemmas`): the nearest noun before the participle, past the words of another
    participle's phrase, within the clause. Cue `null`."""
    participle = next((t for t in reversed(sent) if t.pos_ == "VERB"), None)
    if participle is None or participle.tag_ not in ("VBN", "VBG") or participle.lemma_.lower() not in lex.listing_participles:
        return None
    # (the parser may hang the participle on the clause's verb rather than on the noun: read the words before it)
    for token in reversed(sent[: participle.i - sent.start]):
        if token.tag_ in FINITE_TAGS:
            return None
        if token.pos_ == "NOUN":
            if token.lemma_.lower() in lex.listed_owners and token.tag_ in ("NN", "NNP"):
                return _owner_as_named(token, ctx)
            return None
    return None


def _owner_as_named(owner, ctx: Context) -> Attribution:
    """The study or document `owner` as a found-that lead-in names it (`source_text`: "new survey", "Pew Research Center
    survey"), cue `null`."""
    source = source_text(owner, ctx) or owner.lower_
    first, _, rest = source.partition(" ")
    if rest and first.lower() in words().possessive_determiners:
        source = rest  # "the club unveiled its plan, outlined in three stages:" (the plan)
    if owner.dep_ == "poss":
        source = _POSSESSIVE_END.sub("", source)  # "The report's recommendations" (the report)
    return Attribution(source, None)


_POSSESSIVE_END = patterns.compile(r"\s*['\u2019]s?$")


def _named_owner(owner, ctx: Context) -> str | None:
    """The person or body `owner` names ("Dr. Lee", "the WHO"), or the one "his"/"her" stands for."""
    if owner.lower_ in ("his", "her"):
        return ctx.antecedent("he" if owner.lower_ == "his" else "she")
    return person_name(owner, ctx) or (source_text(owner, ctx) if owner.ent_type_ in ("PERSON", "ORG") else None)

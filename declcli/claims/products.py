"""Names of things rather than of actors: products, programmes, missions, events, indices,
heavenly bodies ("the Stadia service", "the VIPER rover", "Jupiter's moon Europa", "the
Medicaid expansion"), and places named before a place's noun ("the Rukban camp"). The model
often marks them as organisations or persons; the article gives them away where it puts a
thing's noun next to the name, and never lets them act as only people and bodies do (speak,
employ people, hold offices)."""

from __future__ import annotations

from collections import Counter

from .. import patterns
from ..sentences import MONTH_NAME
from .context import Context, clean_name, doc_forms, entities, text_of
from .lexicon import words

_LABELS = ("ORG", "PERSON", "PRODUCT")  # (also "launching Orion spacecraft": the model calls it a product)


def note_products(docs, ctx: Context) -> None:
    """Add to `ctx.products` the names in `docs` that the article calls a thing and never lets act."""
    thing: Counter = Counter()
    agent: Counter = Counter()
    owner: Counter = Counter()
    staffed: Counter = Counter()  # names that hold a person's post ("Rosetta's flight director"), and do nothing else
    bodies: set[str] = set()
    mentions: Counter = Counter()
    whereabouts: Counter = Counter()
    made: set[str] = set()
    maybe_models: set[str] = set()
    lex = words()
    played: Counter = Counter()
    placed: set[str] = set()
    doer: set[str] = set()
    subject: set[str] = set()  # names the subject of a verb other than "be" ("the Hang Seng Index (HSI) started …")
    programs: set[str] = set()
    coded: set[str] = set()  # "Optimus F3", "Galaxy S4": a line's name and a model's code
    versions: set[str] = set()  # "Zorbscript 5", "Kart Racer 6": a line's name and its version's number
    dotted: set[str] = set()  # "Zorbix 2.5", "Kestrel 4.0 is …": a program's name and its release's dotted number
    surnames: set[str] = set()  # "Lyman Kestrel": the last word of a person's full name
    kinds: set[str] = set()  # "a gene called Zorbin": names introduced by a kind of thing, being or place (_called_a_kind)
    natural: set[str] = set()  # "47 Kestrel, a globular cluster": names described as a being, a sky object or a substance
    taxa: set[str] = set()  # "Zorbosaurus": names of a genus by their form
    binomials: set[str] = set()  # "Harlowia kestreli" (and its genus): a species's name by the form of its epithet
    speakers: set[str] = set()  # names that say something ("Nato said"), the subject of a reporting verb
    partnered: set[str] = set()  # "Zorbly and Samsung", "Zorbly and other web companies": names listed with bodies
    # (the bodies the window's model marks, which may own a product where it leaves the owner unmarked)
    window_bodies = {clean_name(ent.text) for doc in docs for ent in entities(doc) if ent.label_ == "ORG"}
    for doc in docs:
        for ent in entities(doc):
            if ent.label_ in ("GPE", "LOC", "NORP"):
                placed.add(clean_name(ent.text))  # ("Chelsea" of "Chelsea won": a side the model may call a place)
            if ent.label_ not in _LABELS:
                continue
            name = clean_name(ent.text)
            if not name:
                continue
            if (
                ent.label_ == "PERSON"
                and " " in name
                and name.split()[0] in lex.companies
                and name not in lex.companies
                and name.split()[-1] not in lex.organisation_forms
                and ent[-1].text not in lex.organisation_forms
            ):
                # "the Nintendo Switch", "the new Sonos Move": no person's name opens with a well-known company's
                # name, so the model's person there is the company's product (GUIDE decision 47), and its last
                # word ("the same old Switch") no person's surname; not a company's own name opening with another's
                # word ("Activision Blizzard", "Samsung Electronics Co.")
                made.add(name)
            elif ent.label_ == "ORG" and _the_makers_model(ent, name):
                maybe_models.add(name.split(" ", 1)[1] if name.split()[0].lower() == "the" else name)
                bodies.add(name)
            elif ent.label_ == "ORG" and _companys_camel_cased_line(name):
                # "Apple MacBooks", "NVIDIA GeForce": a well-known company's name before one word with a capital inside
                # it, a product line's name as no body's is written ("LG Electronics", "Exxon Mobil" are bodies)
                made.add(name)
                bodies.add(name)
            elif ent.label_ == "PERSON" and " " in name and not _before_a_models_letter(ent):
                # "Leanne L. Hivley" … "the Hivley car": a person's full name makes its surname a person's (not
                # "Stadia" of a heading "What Does Stadia Offer?" the model reads as a name, nor "Mach" of a
                # model's name "Mustang Mach E").
                agent[name.split()[-1]] += 1
                surnames.add(name.split()[-1])
                if name.split()[0] in lex.given_names:
                    # "a John M. Ford novel", "the Howard Jones song": a person named in full before a work's noun is
                    # its maker, a person (GUIDE decision 106), not the thing's name
                    agent[name] += 1
            elif ent.label_ == "ORG":
                bodies.add(name)
            mentions[name] += 1
            if _named_by_its_models_code(name):
                coded.add(name)
            if ent.label_ == "ORG" and _a_numbered_version(ent, name):
                versions.add(name)
            elif _a_dotted_version(ent, name):
                dotted.add(name)
            if _where_one_goes_or_is(ent):
                whereabouts[name] += 1
            if _named_by_the_writer_as_a_program(ent) or (ent.label_ == "ORG" and _named_as_a_programme(name)):
                programs.add(name)
            if _called_a_kind(ent):
                kinds.add(name)
            if _described_as_a_natural_kind(ent):
                natural.add(name)
            named_taxa = _taxon_names(ent, name)
            (binomials if len(named_taxa) == 2 else taxa).update(named_taxa)
            if ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in lex.reporting:
                speakers.add(name)
                if not ent[0].is_sent_start:
                    # (a capital inside the sentence: "Neuroscience tells us …" opening one may be a common word's)
                    ctx.speaking_names.add(name)
            if _listed_with_bodies(ent):
                partnered.add(name)
            if " " not in name and _given_as_a_firms_product(ent, ctx, window_bodies):
                ctx.firms_products.add(name)
            things_post = _a_things_post(ent)
            if things_post or _called_a_thing(ent):
                thing[name] += 1
            elif _played(ent):
                played[name] += 1
            if _does_to_something(ent):
                doer.add(name)
            if ent.root.dep_ == "nsubj" and ent.root.head.pos_ in ("VERB", "AUX") and ent.root.head.lemma_ != "be":
                subject.add(name)
            if _owns_only(ent):
                owner[name] += 1
            elif not things_post and acts(ent):
                if _staffed(ent):
                    staffed[name] += 1
                else:
                    agent[name] += 1
        # (also a one-word name the model left unmarked: "Google's Lumen map app"; only after a possessive's "'s")
        if "POS" in doc_forms(doc, "TAG"):
            ctx.firms_products.update(
                token.text
                for token in doc
                if token.tag_ == "NNP"
                and not token.ent_type_
                and _given_as_a_firms_product(doc[token.i : token.i + 1], ctx, window_bodies)
            )
    natural_kinds = lex.natural_kinds
    biology = any(
        token.pos_ == "NOUN" and (token.lemma_.lower() in natural_kinds or token.lower_ in natural_kinds)
        for doc in docs
        if _holds_a_natural_kind(doc, natural_kinds)  # (a paragraph without one is not read word by word)
        for token in doc
    )
    if biology or taxa or len({name for name in binomials if " " in name}) > 1:
        # "Harlowia kestreli": an epithet's form names a species only where the article is about beings (a kind
        # of being named, a genus by its formant or a second binomial), not "the Senate quorum", "the Kremlin
        # glitterati" in an article about no beings
        taxa.update(binomials)
    else:
        # (a rule read these names and kept them: the actors' trace credits it, not the default, `actors.actor_path`)
        ctx.spared_names.update(binomials)
    for name in bodies:
        # "the new MacBook Pro" … "old MacBook Pros": a name the article counts is a thing's (not "the Democrats").
        if name[-1:] == "s" and name[-2:] != "ss" and name[:-1] in bodies:
            thing[name] += 1
            thing[name[:-1]] += 1
    # Owning a thing is an actor's mark ("Boeing's Dreamliner jets"), but a thing has parts and editions too
    # ("Stadia's Founder's Edition"): only where the article calls the name a thing more than twice as often.
    things = {
        name
        for name in thing
        if not agent[name]
        and thing[name] > 2 * owner[name]
        # A post is a body's mark, but a mission or a programme has staff too ("flight director for Rosetta"): only
        # where the article calls the name a thing three times or more, and more often than it staffs or owns
        # anything
        and (not staffed[name] or (thing[name] >= 3 and thing[name] > staffed[name] + owner[name]))
        and name not in lex.orgs
        and name not in lex.companies
    }
    # (the article names it a body where it lists it with bodies, "Zorbly and other web companies collect data", "Zorbly
    # and Samsung sell phones": a maker, no product, GUIDE decision 628's test, "the company" could replace the name)
    ctx.makers.update(things & partnered)
    ctx.products.update(things - partnered)
    # "a gene called Zorbin", "a region known as Q12": a being's, a substance's or a place's name, no actor, kept apart
    # from ctx.products (which also tells kind that the article is about things); not where the article has it act
    # anywhere, as the subject of a verb other than "be" too ("Zorbin later deleted the post")
    ctx.named_kinds.update(
        name
        for name in kinds
        if not agent[name]
        and not staffed[name]
        and not owner[name]
        and name not in subject
        and name not in lex.orgs
        and name not in lex.companies
    )
    # "47 Kestrel, a globular cluster", "the biomarker ZQN": a being's, a sky object's or a substance's name, no actor
    # even where the text narrates it as doing something ("Kestrel formed early", GUIDE decisions 428, 568), unless it
    # reports or holds people somewhere in the article
    ctx.named_kinds.update(
        name for name in natural if not agent[name] and not staffed[name] and name not in lex.orgs and name not in lex.companies
    )
    # "Zorbosaurus", "Harlowia kestreli": a genus or species named by its Latin form is a class of beings in every
    # mention, no actor even as agent ("Zorbosaurus hunted at dusk", GUIDE decision 568)
    # ("Nato said", "NATO forum": never a name that speaks, nor a known body's in any case)
    orgs_folded = {org.lower() for org in lex.orgs} | {company.lower() for company in lex.companies}
    ctx.named_kinds.update(name for name in taxa if name not in speakers and name.lower() not in orgs_folded)
    # "play Fortnite": a game one plays, named bare, in every mention (not a side
    # one plays against, which the article calls a body or a place somewhere or lets do a thing to another, "Chelsea
    # beat Everton")
    ctx.products.update(
        name
        for name in played
        if not agent[name]
        and not owner[name]
        and name not in bodies
        and name not in placed
        and name not in doer
        and name not in lex.orgs
        and name not in lex.companies
    )
    # "Kef, as I named my new agent": a software agent the writer names, a program in every mention, even narrated
    # as acting (GUIDE decision 249); so is a programme named by its kind ("the Kestrel Water Quality Program reported
    # two cases", decisions 12, 312)
    ctx.products.update(name for name in programs if name not in lex.orgs and name not in lex.companies)
    ctx.products.update(name for doc in docs for name in _short_forms_of_terms(doc) if name not in lex.orgs)
    # "Natural Moisturizing Factor, or NMF", "Exploration Upper Stage (EUS)": a short form spelled out in capitalised
    # words that end in no body's noun is a term's, a substance's or a part's name, as both forms are, where neither
    # does anything, is staffed or owns anything in the article ("Human Rights Watch (HRW) said", "the Hang Seng Index
    # (HSI) started in the red": the gold lists an index that moves); the model's name may open with "the" ("the
    # Exploration Upper Stage")
    for doc in docs:
        for short, spelled in _short_forms_of_capitalised_terms(doc):
            forms = (short, *_with_the(spelled))
            if not any(agent[n] or staffed[n] or owner[n] or n in subject or n in lex.orgs or n in lex.companies for n in forms):
                ctx.products.update(forms)
    # ("the same old Switch": the product's last word alone, unless a person of the article bears it as a surname)
    ctx.products.update(
        short for name in made for short in (name, name.split()[-1]) if not agent[short] and short not in lex.orgs
    )
    # "the Optimus F3", "the F3", "a brand new Optimus": a model named by its code after its line's name is a thing in every
    # mention, as are its code alone and its line alone (not a maker before the line, "Airbus A350", which the article
    # names as a body elsewhere or claims.json knows)
    for name in coded:
        ctx.products.update(_with_the(name))
        *line, code = name.split()
        if not agent[code] and code not in lex.orgs:
            ctx.products.update(_with_the(code))
        if line and (line[0] in lex.companies or line[0] in bodies):
            line = line[1:]
        line_name = " ".join(line)
        if (
            line_name
            and line_name not in bodies
            and not agent[line_name]
            and line_name not in lex.orgs
            and line_name not in lex.companies
        ):
            ctx.products.update(_with_the(line_name))
    # "Zorbscript 5", "Kart Racer 6": a version, an edition or a sequel named by its line's name and its number is a
    # thing in every mention (GUIDE decision 12), and so is the line's name alone ("Zorbscript"), which names the
    # language, the game or the program the versions are of, where the article has it do nothing and it is no known body
    # (not where the numbered name itself speaks or acts: "Fox 5 reported", "Darmstadt 98 said it had signed the striker",
    # "Ligue 1 said it would suspend the season": an outlet, a club or a league, a body; GUIDE decisions 292, 372)
    for name in versions:
        if agent[name] or staffed[name] or name in speakers:
            continue
        ctx.products.update(_with_the(name))
        line_name = name.rsplit(" ", 1)[0]
        quiet = not agent[line_name] and not staffed[line_name] and line_name not in speakers and line_name not in subject
        if quiet and line_name not in lex.orgs and line_name not in lex.companies:
            ctx.products.update(_with_the(line_name))
    # "Zorbix 2.5", "Kestrel 4.0 is for archiving": a program named with its release's dotted number is a thing in every
    # mention (GUIDE decision 12), and so is its name alone, unless the article has it speak or act, or it is a known body
    for name in dotted:
        line_name = name.rsplit(" ", 1)[0] if _DOTTED_VERSION.fullmatch(name.rsplit(" ", 1)[-1]) else name
        if any(agent[n] or staffed[n] or n in speakers for n in (name, line_name)):
            continue
        if line_name not in lex.orgs and line_name not in lex.companies:
            ctx.products.update((*_with_the(name), *_with_the(line_name)))
    # "the Kestrel Space Telescope" … "images taken by Kestrel": an instrument named by its kind is one in its short name
    # too, even as the subject that observes (GUIDE decision 70), unless a person of the article bears it as a surname
    # ("Lyman Kestrel") or it is a known body
    for short in (short for doc in docs for short in _instruments_short_names(doc)):
        if short not in surnames and short not in speakers and short not in lex.orgs and short not in lex.companies:
            ctx.products.update(_with_the(short))
    # "the Amazon Echo", "the Google Home's control interface": "the" before a body's name (a well-known company's, or
    # one the article names alone as a body: "Amazon blew the industry open") and a word of its own: the company's
    # product (GUIDE decision 47), in every mention, also without "the", even where a review lets it talk ("Google
    # Home would say …"); its last word alone ("the Echo") with the products named by their maker above
    for name in maybe_models:
        maker = name.split()[0]
        if maker in lex.companies or (maker in bodies and maker not in maybe_models):
            ctx.products.update(_with_the(name))
            short = name.split()[-1]
            if not agent[short] and short not in lex.orgs:
                ctx.products.add(short)
    # "an old iPod", "Siri and Alexa": a well-known product or software agent (claims.json known_products) in every
    # mention, unless a person of the article bears it as a first name ("Alexa Reyes")
    first_names = {
        name_words[0]
        for doc in docs
        for ent in entities(doc)
        if ent.label_ == "PERSON" and " " in ent.text and (name_words := clean_name(ent.text).split())
    }
    # (only those the article names as a word of their own: a name in ctx.products also tells kind what a thing's
    # subject does, so an article that names none keeps an empty set)
    window = "\n".join(text_of(doc) for doc in docs)
    # (a well-known public programme, claims.json known_programmes, the same: "Medicaid covers …", decision 12)
    known_things = lex.known_products | lex.known_programmes
    named = {word for doc in docs for word in doc_forms(doc, "ORTH")} | {
        name for name in known_things if " " in name and name in window
    }
    ctx.products.update(name for name in known_things if name in named and name not in first_names)
    # "head to Riverwood", "back at Riverwood", "we reach Riverwood": a name only ever named as where one goes
    # or is, twice or more, is a place's, whatever the model calls it.
    ctx.products.update(
        name for name, n in whereabouts.items() if n >= 2 and n == mentions[name] and not agent[name] and name not in lex.orgs
    )


_MONTH = patterns.compile(MONTH_NAME)

_MODELS_CODE = patterns.compile(r"[A-Z]{1,3}\d{1,3}[a-z]?")


def _named_by_its_models_code(name: str) -> bool:
    """ "Optimus F3", "LG Optimus F3", "Galaxy S4": capitalised words of a line's name, then a model's code (capitals
    and a number run together). Not a number alone ("Hurricanes 4": a score; "Channel 4"), nor a code after a body's
    noun or a company's form ("London Metal Exchange CMAL3": a listing), nor after words in capitals ("WJLA ABC7")."""
    words_ = name.split()
    if len(words_) < 2 or not _MODELS_CODE.fullmatch(words_[-1]):
        return False
    before = words_[-2]
    lex = words()
    return (
        before.isalpha()
        and before[:1].isupper()
        and not before.isupper()
        and before.lower() not in lex.org_nouns
        and before.lower() not in lex.institution_nouns
        and before not in lex.organisation_forms
    )


def _with_the(name: str) -> tuple[str, str, str]:
    """A name as the model may give it, bare or opening with "the" ("Exploration Upper Stage", "the Exploration …")."""
    return name, "the " + name, "The " + name


def _the_makers_model(ent, name: str) -> bool:
    """ "the Amazon Echo", "the Google Home", "the Apple iPad": "the", one word that is no body's noun, then
    capitalised words that name no body (no body's noun, no company form as "Inc" or "Group", no post as "CIO");
    whether the first word is a maker's name is told by the article's bodies."""
    parts = name.split()
    if parts and parts[0].lower() == "the":
        parts = parts[1:]
    elif ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the":
        return False
    if len(parts) < 2 or not parts[0][:1].isupper():
        return False
    if parts[-1][-1:] == "s" and parts[-1][-2:] != "ss":
        return False  # ("the UD College Republicans", "the Acme Tigers": a body's members, a team)
    lex = words()
    maker = parts[0].lower()
    if maker in lex.org_nouns or maker in lex.institution_nouns or maker in lex.government_nouns or maker in lex.chambers:
        return False  # ("the Department of Energy", "the House Democratic Leadership": a body and its part)
    return all(
        (word[:1].isupper() or word[:1].isdigit())
        and word.lower() not in lex.org_nouns
        and word.lower() not in lex.institution_nouns
        and word.lower() not in lex.government_nouns
        and word.lower() not in lex.chambers
        and word not in lex.organisation_forms
        and word.lower().rstrip(".") not in lex.titles
        for word in parts[1:]
    )


def _companys_camel_cased_line(name: str) -> bool:
    """ "Apple MacBooks", "NVIDIA GeForce", "Apple iPad": a well-known company's name (or its capitals) and one more
    word with a capital after its first letter."""
    parts = name.split()
    if len(parts) != 2:
        return False
    lex = words()
    company, line = parts
    if company not in lex.companies and not (company.isupper() and company in lex.companies_in_capitals):
        return False
    return line.isalpha() and any(ch.isupper() for ch in line[1:]) and not line.isupper()


_NAMING_LEMMAS = frozenset(("name", "call", "dub", "christen"))


def _a_numbered_version(ent, name: str) -> bool:
    """A name of a line's words and a plain number after them ("Zorbscript 5", "Kart Racer 6"): a version's, an
    edition's or a sequel's name, not a body's ("Channel 4", "Technical Committee 39", "Local 32": a body's noun or
    claims.json numbered_body_words before the number), nor a year, nor either side's score in a result ("Hawks 4, Owls 2")."""
    parts = name.split()
    if len(parts) < 2 or not parts[-1].isdigit() or len(parts[-1]) > 2 or parts[-1].startswith("0"):
        return False
    lex = words()
    before = parts[-2].lower()
    if (
        before in lex.org_nouns
        or before in lex.body_kind_nouns
        or before in lex.numbered_body_words
        or not parts[-2][:1].isupper()
    ):
        return False
    if _MONTH.fullmatch(parts[-2]) or "'s " in name or "’s " in name:
        return False  # "Lee’s July 25 call": a date the model ran into a name, an owner before it
    doc = ent.doc
    # (a score: the number followed by a comma and another side's name and number, "Hawks 4, Owls 2", or the second
    # side, after the first side's number and a comma)
    first_side = (
        ent.end + 2 < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.end + 1].is_title
        and any(t.like_num for t in doc[ent.end + 2 : ent.end + 5])
    )
    second_side = ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].like_num
    return not (first_side or second_side)


_DOTTED_VERSION = patterns.compile(r"v?\d{1,2}(?:\.\d{1,2}){1,2}")


def _a_dotted_version(ent, name: str) -> bool:
    """A name of capitalised words with a release's dotted number as its last word or right after it ("Zorbix 2.5",
    "Kestrel 4.0 is for archiving", "the Vantor Controller 3.1"): a program's or a device's release, not a body's (no
    body is numbered so). Only where the name is the object of a verb that releases, ships or installs it (claims.json
    version_release_verbs: "Harlow released Zorbix 2.5") or the name and number are a verb's subject ("Kestrel 4.0
    handles …"); never a place, a people or a person's full name, nor a name the model calls a person without the
    number, and not a sum or a measure after it (claims.json dotted_version_amount_words: "Harlow 2.5 percent"): a
    poll share, a time or odds ("had Harris 48.5 and Trump 46.2", "Noah Lyles 9.79", "make Arsenal 2.25 favourites")
    are no release."""
    if ent.label_ in ("GPE", "NORP"):
        return False
    lex = words()
    parts = name.split()
    doc = ent.doc
    if _DOTTED_VERSION.fullmatch(parts[-1]):
        if len(parts) < 2 or not parts[-2][:1].isupper() or (ent.label_ == "PERSON" and len(parts) > 2):
            return False  # (the model's person "Kestrel 4.0" is a program's release; "Kishane Thompson 9.79" a time)
        number = ent[-1]
    elif ent.end < len(doc) and ent[-1].whitespace_ and _DOTTED_VERSION.fullmatch(doc[ent.end].text):
        if not parts[-1][:1].isupper() or ent.label_ == "PERSON":
            return False
        number = doc[ent.end]
    else:
        return False
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and (after.like_num or after.lower_ in lex.dotted_version_amounts):
        return False
    if after is not None and after.pos_ in ("VERB", "AUX") and after.i < number.sent.end:
        return True  # "Kestrel 4.0 handles archives", "Kestrel 4.0 is for petabyte-scale archiving"
    verb = ent.root
    for _ in range(3):  # "Harlow released Zorbix 2.5", "released Vantor 3.1 and Zorbix 2.5": the verb the name is an object of
        if verb.dep_ not in ("dobj", "conj", "appos", "compound", "nsubjpass") or verb.head is verb:
            return False
        verb = verb.head
        if verb.pos_ == "VERB":
            return verb.lemma_.lower() in lex.version_release_verbs
    return False


def _instruments_short_names(doc) -> list[str]:
    """The short names of the instruments `doc` names by their kind ("Kestrel" of "NASA’s Kestrel Space Telescope"):
    the capitalised words before claims.json instrument_name_words that end in one of instrument_name_ends, after any
    owner. The model seldom makes the whole a name of its own (it may call "Kestrel" alone a body), so the words are
    read, not the entities."""
    lex = words()
    shorts = []
    if not any(word in lex.instrument_name_ends for word in doc_forms(doc, "LOWER")):
        return shorts  # (most paragraphs name no instrument: not read word by word)
    for token in doc:
        if token.lower_ not in lex.instrument_name_ends or not token.is_title:
            continue
        at = token.i
        while at > 0 and doc[at - 1].lower_ in lex.instrument_name_words and doc[at - 1].is_title:
            at -= 1
        start = at
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and at - start < 3:
            start -= 1
        if start < at:
            shorts.append(doc[start:at].text)
    return shorts


def _named_as_a_programme(name: str) -> bool:
    """A name of two words or more whose last word says it is a programme, a survey or an experiment (claims.json
    programme_name_ends: "the Kestrel Water Quality Program", "the Household Spending Survey"): a programme is no
    organisation, even as a subject, the body running it is (GUIDE decisions 12, 29, 312); not an agency named so
    (a_bodys_programme_name)."""
    parts = name.split()
    return len(parts) > 1 and parts[-1].lower() in words().programme_name_ends and not a_bodys_programme_name(name)


def a_bodys_programme_name(name: str) -> bool:
    """A name ending in a programme's or a survey's noun (claims.json programme_name_ends) that an agency bears, an
    organisation (GUIDE: actors, international bodies and governments' agencies): an international body's, opening
    with claims.json programme_body_openers ("the World Food Programme", "the United Nations Development Programme",
    "the UN Environment Programme"), or a mapping or earth-science agency's, survey_body_fields before its last word
    ("the U.S. Geological Survey", "Ordnance Survey")."""
    lex = words()
    parts = name.split()
    if parts[:1] and parts[0].lower() == "the":
        parts = parts[1:]
    if len(parts) < 2 or parts[-1].lower() not in lex.programme_name_ends:
        return False
    return parts[0].lower() in lex.programme_body_openers or parts[-2].lower() in lex.survey_body_fields


def _named_by_the_writer_as_a_program(ent) -> bool:
    """ "Kef, as I named my new agent": the name, then an aside in which the writer says he gave it to a software
    agent of his (claims.json software_agent_nouns)."""
    doc = ent.doc
    tail = doc[ent.end : ent.end + 8]
    if len(tail) < 6 or tail[0].text != "," or tail[1].lower_ != "as" or tail[2].lower_ not in ("i", "we"):
        return False
    if tail[3].lemma_ not in _NAMING_LEMMAS or tail[4].lower_ not in ("my", "our"):
        return False
    agents = words().software_agents
    return any(t.lemma_.lower() in agents and t.pos_ == "NOUN" for t in tail[5:8])


def _played(ent) -> bool:
    """The name is what one plays, one word named bare ("play Fortnite", "playing Zorblast"): a game, or a side (not a
    person named in full, "play Damarious Randall", nor a table's heading read as a verb, "Player Plays % Stats")."""
    root = ent.root
    head = root.head
    return (
        root.dep_ == "dobj"
        and len(ent) == 1
        and head.lemma_ == "play"
        and head.pos_ == "VERB"
        and head.is_lower
        and not any(child.dep_ in ("case", "det", "poss") for child in root.children)
    )


def _does_to_something(ent) -> bool:
    """The name is the subject of a verb with an object ("Chelsea beat Everton", "Zorblast won three awards"): a
    game or a role looks or runs, a side or a person does a thing to another."""
    root = ent.root
    head = root.head
    return root.dep_ == "nsubj" and head.pos_ == "VERB" and any(child.dep_ == "dobj" for child in head.children)


def _where_one_goes_or_is(ent) -> bool:
    """The name is where someone goes or is: after "to" or "into" a verb of motion ("head to X", "led her
    back to X"), after "in" or "back at", or what one reaches or enters ("we reach X")."""
    root = ent.root
    head = root.head
    if root.dep_ == "dobj":
        return head.lemma_ in ("reach", "enter")
    if root.dep_ != "pobj":
        return False
    verb = head.head
    if head.lower_ == "in" or (head.lower_ == "at" and verb.lower_ == "back"):
        return not acts(ent)
    if head.lower_ not in ("to", "into", "toward", "towards"):
        return False
    if verb.lower_ == "back":
        return True
    return verb.lemma_ in words().motions


_TERM_WINDOW = 12  # tokens either side of a short form where the words it stands for are looked for


def _short_form_like(text: str, longest: int) -> bool:
    """Whether `text` has a short form's shape: two to `longest` letters, all capitals ("HP", "NMF")."""
    return text.isalpha() and text.isupper() and 2 <= len(text) <= longest


def _holds_a_natural_kind(doc, natural_kinds) -> bool:
    """Whether a word or a lemma (lower-cased) of `doc` is in `natural_kinds`, from the Doc's forms (`doc_forms`)."""
    return any(word in natural_kinds for word in doc_forms(doc, "LOWER")) or any(
        lemma.lower() in natural_kinds for lemma in doc_forms(doc, "LEMMA")
    )


def _short_forms_of_terms(doc) -> set[str]:
    """Short forms that stand for a common noun phrase of the paragraph, written in lower case
    ("hypersensitivity pneumonitis, or HP", "a condition called HP. … but hypersensitivity
    pneumonitis"): the name of a thing (a condition, a technique), which the model may take for an
    organisation; a body's short form spells capitalised words ("the Food and Drug Administration")."""
    out: set[str] = set()
    if not any(_short_form_like(word, 5) for word in doc_forms(doc, "ORTH")):
        return out  # (most paragraphs hold no short form: not read word by word)
    tokens = list(doc)  # (read once: each token read makes a Token object)
    initials = ""  # each token's first character, read where the paragraph has a short form
    for token in tokens:
        text = token.text
        if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 5):
            continue
        if not initials:
            initials = "".join(t.text[0] for t in tokens)
        lo, hi = max(0, token.i - _TERM_WINDOW), min(len(doc), token.i + _TERM_WINDOW + 1)
        for first in range(lo, hi - len(text) + 1):
            run = tokens[first : first + len(text)]
            if (
                initials[first : first + len(text)] == text.lower()  # (the cheap test first)
                and all(t.is_lower and t.is_alpha for t in run)
                and run[-1].pos_ == "NOUN"
                and all(t.pos_ in ("ADJ", "NOUN") for t in run)
            ):
                out.add(text)
                break
        else:
            if _spelled_in_brackets(token, text.lower()):
                out.add(text)
    return out


_TERM_JOINERS = frozenset(("or", "(", ",", "—", "–", "-", '"', "“", "‘", "'"))  # between a spelled term and its short form
_TERM_INNER_WORDS = frozenset(("of", "for", "and", "on", "the", "to", "in"))  # words a short form skips ("Deferred Action for …")


def _short_forms_of_capitalised_terms(doc) -> set[tuple[str, str]]:
    """(short form, spelled form) pairs where capitalised words spell a short form right before it ("Natural
    Moisturizing Factor, or NMF", "TransEpidermal Water Loss—or TEWL", "Central Business District or “CBD”",
    "Exploration Upper Stage (EUS)") or in brackets right after it ("DACA (Deferred Action for Childhood Arrivals)"),
    and none of the spelled words is a body's noun ("the International Criminal Court (ICC)", "the Intergovernmental
    Panel on Climate Change (IPCC)", "Acme Holdings (AH)")."""
    out: set[tuple[str, str]] = set()
    if not any(_short_form_like(word, 6) for word in doc_forms(doc, "ORTH")):
        return out  # (most paragraphs hold no short form: not read word by word)
    for token in doc:
        text = token.text
        if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 6):
            continue
        before = token.i
        while before > 0 and doc[before - 1].text in _TERM_JOINERS and token.i - before < 3:
            before -= 1
        spelled = _spelled_capitalised(doc, before, text, backward=True) if before < token.i else None
        if spelled is None and token.i + 2 < len(doc) and doc[token.i + 1].text == "(":
            spelled = _spelled_capitalised(doc, token.i + 2, text, backward=False)
            if spelled is not None and (spelled.end >= len(doc) or doc[spelled.end].text != ")"):
                spelled = None
        if spelled is not None:
            out.add((text, spelled.text))
    return out


def _spelled_capitalised(doc, edge: int, short: str, backward: bool):
    """The span of capitalised words (and the small words a short form skips) that ends right before `edge`
    (backward) or starts at it, whose capitals spell `short`; None where there is none or it names a body."""
    lex = words()
    letters = ""
    i = edge - 1 if backward else edge
    first_word = None
    while 0 <= i < len(doc) and len(letters) < len(short):
        word = doc[i].text
        if word.lower() in _TERM_INNER_WORDS and first_word is not None:
            i += -1 if backward else 1
            continue
        if not (word[:1].isupper() and word.replace("-", "").isalpha()):
            return None
        # ("TransEpidermal" gives "TE"; "LTE", a short form inside the term, gives its first letter)
        capitals = word[0] + ("" if word.isupper() else "".join(ch for ch in word[1:] if ch.isupper()))
        letters = capitals + letters if backward else letters + capitals
        first_word = first_word if first_word is not None else i
        i += -1 if backward else 1
    if letters != short:
        return None
    span = doc[i + 1 : edge] if backward else doc[edge:i]
    if span[0].lower_ in _TERM_INNER_WORDS or len(span) < 2:
        return None
    for word in span:
        lower = word.lower_
        if (
            lower in lex.org_nouns
            or lower in lex.institution_nouns
            or lower in lex.government_nouns
            or lower in lex.chambers
            or lower in lex.spelled_body_words
            or word.text in lex.organisation_forms
        ):
            return None  # ("the Intergovernmental Panel on Climate Change (IPCC)": a body's noun inside the name)
    return span


def _spelled_in_brackets(token, initials: str) -> bool:
    """A short form and the lower-case words it stands for, one of them in brackets right after the other:
    "Binge eating disorder (BED)", "filtered b-spline (FBS)", "FIRE (financial independence, retire
    early)": a condition's, a method's or an idea's name (hyphens and commas between the words; the
    sentence's first word capitalised), no body's ("the public security bureau (PSB)")."""
    doc = token.doc
    if 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")":
        phrase = doc[max(doc[token.i - 1].sent.start, token.i - 1 - 2 * len(initials)) : token.i - 1]
    elif token.i < len(doc) - 2 and doc[token.i + 1].text == "(":
        close = next((t.i for t in doc[token.i + 2 : token.i + 3 + 2 * len(initials)] if t.text == ")"), None)
        if close is None:
            return False
        phrase = doc[token.i + 2 : close]
    else:
        return False
    spelled = [(t, part) for t in phrase if not t.is_punct for part in t.text.split("-") if part][-len(initials) :]
    if len(spelled) != len(initials) or "".join(part[0] for _, part in spelled).lower() != initials:
        return False
    opening, first = spelled[0]
    if not all(part.isalpha() and part.islower() for _, part in spelled[1:]):
        return False
    if not (first.islower() or (opening.is_sent_start and first[1:].islower() and opening.text.startswith(first))):
        return False
    lex = words()
    last = spelled[-1][1].lower()
    return last not in lex.org_nouns and last not in lex.institution_nouns and last not in lex.government_nouns


def _is_thing(token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in words().thing_nouns


def _issued(token) -> bool:
    """A noun of a thing a body issues, sells or runs (claims.json issued_thing_nouns: "offering", "calendar"): a name
    before it as its modifier is that body ("the Birkenstock offering", "the UEFA calendar"; GUIDE decisions 54, 628)."""
    return token.lemma_.lower() in words().issued_things


def _issued_by(noun, ent) -> bool:
    """ "Birkenstock is the largest offering", "The biggest offering was Arm Holdings": a known body or a name ending in
    a company's form said to be an offering or a calendar is the body that issues it, not the thing (decision 628)."""
    if not _issued(noun):
        return False
    lex = words()
    name = clean_name(ent.text)
    parts = name.split()
    form = parts[-1].lower().rstrip(".") if parts else ""
    return (
        name in lex.orgs or name in lex.companies or form in lex.private_body_nouns or ent.label_ == "ORG" and _superlative(noun)
    )


def _superlative(noun) -> bool:
    """ "the biggest offering", "the largest offering": an offering ranked by its size is a sale of shares, its issuer a body."""
    return any(c.tag_ == "JJS" for c in noun.children)


_KIND_NOUNS = frozenset(("kind", "sort", "type"))


def _thing_or_kind_of_thing(token) -> bool:
    """A thing's noun, or "kind", "sort" or "type" of one ("the kind of game people write love letters about")."""
    if _is_thing(token):
        return True
    return token.lemma_.lower() in _KIND_NOUNS and any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(p.dep_ == "pobj" and _is_thing(p) for p in prep.children)
        for prep in token.children
    )


def _called_a_thing(ent) -> bool:
    lex = words()
    root = _name_root(ent)
    head = root.head
    parts = clean_name(ent.text).split()
    if len(parts) > 1 and parts[-1].lower() in lex.thing_name_ends and not a_bodys_programme_name(" ".join(parts)):
        return True  # "the Magic Keyboard", "the Founder's Edition", "the Davis Cup Finals": the name says what it is
    if any(_a_size(child) or _model_year(child) for child in root.children if child.i < ent.start):
        return True  # "the 16-inch MacBook Pro", "the 2020 Audi e-tron Sportback": a thing measured or dated
    if _before_a_models_letter(ent):
        return True  # "Ford’s Mustang Mach E SUV", "The Mach E was unveiled": a model named by a letter after it
    if _after_a_years_possessive(ent):
        return True  # "2016’s Star Trek Beyond", "2009’s Star Trek": a film, an album, a game or a model of that year
    if _counted(ent):
        return True  # "a new Air Force One", "an old iPod": one of a kind of thing; a body is not one of many
    if _a_title_before_its_subtitle(ent):
        return True  # "watched Harrow: A Life Adrift", "the games Zorblast: Ember Tide and …": a work's title
    if _named_as_a_work(ent):
        return True  # "his musical Zephyr Lane", "Zephyr Lane, the recently released musical": a work's title
    # "the Stadia service", "its Starship reusable launch vehicle", "Android devices": the name before the
    # thing's noun it modifies (the model may read the name as an adjective there), with only common words
    # between ("the NASA Artemis program" names no thing NASA).
    if root.dep_ in ("compound", "amod", "nmod") and head.i >= ent.end and _is_thing(head) and not _issued(head):
        between = ent.doc[ent.end : head.i]
        if all(t.pos_ in ("ADJ", "NOUN", "NUM") and t.head.i == head.i for t in between):
            return True
    # "the Rukban camp", "Pangram area": a place's name, which no more acts than a thing's
    if root.dep_ == "compound" and head.i == ent.end and head.lower_ in lex.place_nouns and head.lower_ not in lex.org_nouns:
        return True
    # "the fall of Kestrel town", "Harlow village": a town's name before its kind written in lower case (claims.json
    # place_kind_nouns; "Ipswich Town", a club, writes the kind inside its own name; "the Harlow municipality" names
    # the place's own body, decision 285)
    if (
        root.dep_ == "compound"
        and head.i == ent.end
        and head.is_lower
        and head.lower_ in lex.place_kinds
        and head.lower_ not in lex.place_bodies
    ):
        return True
    if _listed_under_a_place_kind(root) or _listed_under_a_kind_of_thing(root):
        return True
    # "the central and northern Amazon", "the northern Sierra Nevada": a part of a place, told by a compass word
    if any(c.dep_ == "amod" and c.i < ent.start and c.lower_ in lex.region_compass_words for c in root.children):
        return True
    # "Stadia isn't a console", "the Chromecast is the only device that …": what the name is said to be
    # ("Shovel Knight is the kind of game people write love letters about": a kind of thing is a thing too)
    if (
        root.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "attr" and _thing_or_kind_of_thing(c) and not _issued_by(c, ent) for c in head.children)
    ):
        return True
    # "The most recent Star Trek film was Star Trek Beyond": the thing a name is said to be
    if (
        root.dep_ == "attr"
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and _is_thing(c) and not _issued_by(c, ent) for c in head.children)
    ):
        return True
    # "try Stadia", "I also use Wunderlist", "using ARKit": what one uses, tries or downloads, named bare (not
    # "used the W.M. Keck Observatory", a body or a place named with "the"; not the owner of what is used,
    # "using Steven Covey’s book")
    if root.dep_ == "dobj" and head.lemma_ in lex.consumptions and head.pos_ == "VERB":
        return not any(child.dep_ in ("case", "det") for child in root.children) and ent[0].lower_ != "the"
    # "its lander, Blue Moon"
    if root.dep_ == "appos" and _is_thing(head):
        return True
    # "an SSR-first organization", "a mobile-first design": what a way of working puts first is a technique or a thing
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "first" and ent[-1].whitespace_ == "":
        return True
    # "a fresh installation of Zephyr", "a clean install of Zephyr": a program installed
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.installed_copy_nouns:
        return True
    # "a new alarm management solution called Digistat", "a game named Gylt", "a file format known as Packed Record
    # Block (PRB)": the name a thing is called or known as
    kind = _introducing_noun(ent)
    if kind is not None and _is_thing(kind):
        return True
    if kind is not None and root.dep_ == "pobj":
        return False
    # "Jupiter's moon Europa"; "Europa, a moon of Jupiter"
    return any(
        child.dep_ in ("compound", "appos") and (child.i < ent.start or child.i >= ent.end) and _is_thing(child)
        for child in root.children
    )


def _introducing_noun(ent):
    """The common noun that introduces a name as "a NOUN called/named/dubbed X" or "NOUN, known as X" ("a game
    named Gylt", "the cloud, known as Q7"), or None."""
    root = _name_root(ent)
    head = root.head
    if root.dep_ == "oprd" and head.lemma_ in ("call", "name", "dub") and head.dep_ == "acl":
        return head.head
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.lower_ == "known" and head.head.dep_ == "acl":
        return head.head.head
    return None


def _called_a_kind(ent) -> bool:
    """ "a gene called Zorbin", "a species named Kestrelops", "a region called Q12", "the cloud, known as Q7": a name
    introduced by a common noun of a kind of thing, being or place (claims.json named_thing_kind_nouns; a thing's noun
    is `_called_a_thing`'s): the name of a thing, a being or a place, no actor (GUIDE decisions 12, 428). Any other
    noun leaves the name alone ("a hedge fund called …", "a nurse named …", "the jihadists, known as …"), nor a name
    ending in a company's form ("Harlow Jirga, Inc."), whatever noun the parse hangs it on."""
    kind = _introducing_noun(ent)
    if kind is None:
        return False
    parts = clean_name(ent.text).split()
    form = parts[-1].lower().rstrip(".") if parts else ""
    lex = words()
    lemma = kind.lemma_.lower()
    return (
        kind.pos_ == "NOUN"
        and kind.is_lower
        and not _is_thing(kind)
        and (lemma in lex.named_thing_kinds or lemma in lex.called_kinds)
        and form not in lex.private_body_nouns
        and not _kind_acting_for_a_body(kind, lemma)
    )


def _kind_acting_for_a_body(kind, lemma: str) -> bool:
    """ "A province known as Kessel Reach announced new taxes", "The estate, known as Holloway Farms, said …",
    "Ireland's attack, known as the Green Machine, scored four tries": the noun that introduces the name is itself the
    subject of a verb other than "be", and is a place or house that stands for its body (claims.json seat_kind_nouns;
    GUIDE decisions 560, 569) or a side's line after a proper name's possessive (side_line_nouns): the name keeps its
    actor. Not "the ransomware attack, known as …, crippled", "Rebels seized a province called …"."""
    if kind.dep_ != "nsubj" or kind.head.pos_ not in ("VERB", "AUX") or kind.head.lemma_ == "be":
        return False
    lex = words()
    if lemma in lex.seat_kinds:
        return True
    return lemma in lex.side_lines and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in kind.children)


def _described_as_a_natural_kind(ent) -> bool:
    """ "47 Kestrel, a globular cluster", "the biomarker ZQN", "the mosquito species Culvex", "Zorbosaurus was a
    lizard": a name described by a common noun of a kind of being, sky object or substance (claims.json
    natural_kind_nouns) in apposition, just before it, or as what it is said to be."""
    natural_kinds = words().natural_kinds
    root = _name_root(ent)

    def natural(noun) -> bool:
        # (the form too: spaCy lemmatises "species" as "specie" and keeps "bacteria")
        return noun.pos_ == "NOUN" and noun.is_lower and (noun.lemma_.lower() in natural_kinds or noun.lower_ in natural_kinds)

    if root.dep_ == "appos" and root.head.i < ent.start and natural(root.head):
        return True  # "the lizard, Zorbosaurus"
    if root.dep_ == "nsubj" and _said_to_be_a_natural_kind(root.head, natural):
        return True
    return any(
        (child.dep_ == "appos" and child.i >= ent.end) or (child.dep_ in ("compound", "nmod") and child.i < ent.start)
        for child in root.children
        if natural(child)
    )


def _taxon_names(ent, name: str) -> tuple[str, ...]:
    """ "Zorbosaurus", "Kestreltops", "Harlowia kestreli": a single capitalised word ending in a formant of zoology's
    genus names (claims.json genus_name_ends, after three letters of its own), or a capitalised word followed by a
    lower-case Latin specific epithet (claims.json species_epithet_pattern, not an English word of that form), inside
    the name or right after it: a genus's or species's name by its form alone. Gives the name and its genus (for
    the text's later mentions of the genus alone), or nothing."""
    lex = words()
    parts = name.split()
    if len(parts) == 2 and ent[-1].text == parts[1]:
        genus, epithet = parts[0], ent[-1]  # "Harlowia kestreli", which the model may take for a person's name
    elif len(parts) == 1 and ent.end < len(ent.doc) and ent[-1].whitespace_:
        genus, epithet = parts[0], ent.doc[ent.end]
    else:
        return ()
    if not (genus[:1].isupper() and genus.isalpha() and genus[1:].islower()):
        return ()
    lower = genus.lower()
    if len(parts) == 1 and any(lower.endswith(end) and len(lower) >= len(end) + 3 for end in lex.genus_name_ends):
        return (name,)
    if (
        epithet.is_lower
        and epithet.lower_ not in lex.species_epithet_lookalikes
        and lex.species_epithet.fullmatch(epithet.text) is not None
    ):
        return (name, genus)
    return ()


def _said_to_be_a_natural_kind(be, natural) -> bool:
    """ "Zorbosaurus was a lizard": the writer's own plain statement, "be" heading its sentence, of what the name is.
    Not denied ("Zorbix is no dinosaur", "is not a fossil"), asked ("Is Zorbix a dinosaur?"), held by someone ("Analysts
    say Zorbix is a dinosaur") nor a noun used of persons and bodies as a figure (claims.json
    `figurative_natural_kind_nouns`: "Brenner is a dinosaur")."""
    if be.lemma_ != "be" or be.dep_ != "ROOT" or any(c.dep_ == "neg" for c in be.children):
        return False
    if be.sent[-1].lower_ == "?" or any(t.lower_ == "?" for t in be.sent):
        return False
    figurative = words().figurative_natural_kinds
    return any(
        c.dep_ == "attr"
        and natural(c)
        and c.lemma_.lower() not in figurative
        and not any(d.dep_ in ("det", "neg") and d.lower_ in ("no", "not") for d in c.children)
        for c in be.children
    )


def _listed_under_a_place_kind(root) -> bool:
    """ "the Brazilian states of Mato Grosso and Paraná", "some states, such as Amazonas and Rondônia", "Cass,
    Kalamazoo and Van Buren counties", "the state of Amazonas": a name (or a list's name) under a kind of place
    written in lower case, which the name is one of."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    if first.dep_ == "pobj" and (head.lower_ == "of" or _such_as(head)):
        kind = head.head
    else:
        kind = next((c for c in first.children if c.dep_ == "appos" and c.i > first.i), None)
        if kind is not None and _reporting_clause_read_as_a_noun(kind):
            return False
    return kind is not None and kind.is_lower and kind.lower_ in words().place_kinds


def _reporting_clause_read_as_a_noun(kind) -> bool:
    """ "… with Kestrel, the filings state.", "… to Mayor Kestrel, Doyle states, …": a trailing reporting clause the parse
    hangs on the name as an apposition, its verb ("state", a reporting verb) read as the noun, its subject as the noun's
    compound: a plural "states" after one name ("Doyle states"), or a singular "state" after a plural ("the filings
    state", "the court filings state"). Not a kind of place in apposition, which takes a singular name or a modifier
    ("Marwick, Borno state", "Hallström, New South Wales state", "Brightwater, a US state")."""
    if kind.lemma_.lower() not in words().reporting or any(c.dep_ in ("amod", "nummod", "poss") for c in kind.children):
        return False
    compounds = [c for c in kind.children if c.dep_ == "compound" and c.i < kind.i]
    if not compounds or compounds[-1].i != kind.i - 1:
        return False
    subject = compounds[-1]
    if kind.tag_ == "NNS":  # "Doyle states": one name, no determiner ("the Gulf states" is a kind of place)
        return len(compounds) == 1 and subject.tag_ == "NNP" and not any(c.dep_ == "det" for c in kind.children)
    # (a common plural, which the parse may tag as a verb: "the court filings state"; not a name ending in "s", "Lagos state")
    plural = subject.pos_ != "PROPN" and (
        subject.tag_ == "NNS" or (subject.lower_.endswith("s") and subject.lemma_.lower() != subject.lower_)
    )
    # "the filings state" (not "a US state", whose determiner is the singular noun's)
    return plural and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "each", "every") for c in kind.children)


def _listed_under_a_kind_of_thing(root) -> bool:
    """ "games like Fortnite", "other platforms like PlayStation Network, Xbox Live and Steam", "films such as
    Alien", "sites like Pixelgram": a name (or a list's name) given as an example of a kind of thing written in the
    plural (claims.json thing_nouns and example_kind_nouns)."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    if first.dep_ != "pobj" or not (head.lower_ in ("like", "including") or _such_as(head)):
        return False
    kind = head.head
    return kind.tag_ == "NNS" and (_is_thing(kind) or kind.lemma_.lower() in words().example_kinds)


def _such_as(token) -> bool:
    return token.lower_ == "as" and token.i > 0 and token.doc[token.i - 1].lower_ == "such"


def _name_root(ent):
    """The name's own head word: "the Digistat Patient Watch solution" is parsed with the entity's "the"
    as the determiner of the noun after it, which would make "the" the span's root."""
    if len(ent) > 1 and ent[0].dep_ == "det" and ent[0].head.i >= ent.end:
        return ent[1:].root
    return ent.root


def _before_a_models_letter(ent) -> bool:
    """A single capital letter right after the name, with no period and outside any entity ("Mach" + "E"): a
    model's or a trim's letter, which the model leaves out of the name; a person's initial has a period or
    comes before the surname."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    letter = doc[ent.end]
    if not (len(letter.text) == 1 and letter.is_upper and letter.is_alpha) or letter.ent_type_ or ent[-1].whitespace_ == "":
        return False
    if not ent[-1].is_alpha or "(" in ent.text:
        return False  # ("Denmark (Group" + "D": a draw's label in brackets)
    return ent.end + 1 >= len(doc) or doc[ent.end + 1].text not in (".", ")")


_VERSION_NOUNS = frozenset(("version", "versions", "edition", "editions", "generation", "generations"))


def a_version_of(ent) -> bool:
    """The name is what a version, edition or generation is of ("a new version of Zephyr One", "China's version of
    Chirper"): a product, a service or a work; a body has no versions (not "the design of NASA's lander", where the
    body owns the thing). Read at the mention only (actors.py): a passing "X's version of Chirper" in a piece on
    something else does not make the piece one about things (ctx.products)."""
    root = _name_root(ent)
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _VERSION_NOUNS


_COUNTING_DETERMINERS = frozenset(("a", "an", "another"))


def _counted(ent) -> bool:
    """The model's body named with a determiner of its own that counts it, only adjectives between ("a new Zephyr
    One", "another shiny Zorbpad"): one of a kind of thing. Not "a Reuters reporter" (the determiner is the
    reporter's), "a Colorado Democrat" (a name between), nor a party's word for one member ("a Democrat"), nor a
    metonym ("an airborne White House"), nor a name with "of" in it."""
    lex = words()
    if ent.label_ not in ("ORG", "PRODUCT") or ent.start == 0:
        return False
    name = clean_name(ent.text)
    if lex.party_word_in.fullmatch(name) or name in lex.metonyms or " of " in name:
        return False  # (also "a potential Hall of Fame Induction": a body's name the model ran into an event's)
    doc = ent.doc
    return any(
        child.dep_ == "det"
        and child.lower_ in _COUNTING_DETERMINERS
        and child.i < ent.start
        and all(t.pos_ in ("ADJ", "ADV") for t in doc[child.i + 1 : ent.start])
        for child in _name_root(ent).children
    )


_APPOSITIVE_OPENERS = frozenset(("a", "an", "the", "his", "her", "its", "their", "our", "my"))
_APPOSITIVE_REACH = 6  # words after the comma where an appositive's work noun is looked for


def _named_as_a_work(ent) -> bool:
    """The name right after a kind of work written in lower case ("his musical Zephyr Lane", "the 2014 drumming drama
    Gale", "the installation Starry Cloud"), or followed by an appositive that a kind of work heads ("Zephyr Lane, the
    recently released musical from …", "Gale, her 1956 autobiography"): a work's title (claims.json work_nouns). Not a
    name that is the subject of a verb after it ("the film Dana directed", "after the drama Dana said": a person,
    with the relative pronoun left out; "then came the drama Gale" puts the verb first), nor a work noun with a noun
    after it ("Acme, the film studio", "Dana, the show's host": a body or a person described by what they make)."""
    doc = ent.doc
    works = words().work_nouns
    if ent.start > 0:
        before = doc[ent.start - 1]
        subject_of_a_verb_after = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.i >= ent.end
        if before.is_lower and before.lemma_ in works and not subject_of_a_verb_after:
            return True
    if ent.end + 2 >= len(doc) or doc[ent.end].text not in (",", "(") or doc[ent.end + 1].lower_ not in _APPOSITIVE_OPENERS:
        return False
    for token in doc[ent.end + 2 : ent.end + 2 + _APPOSITIVE_REACH]:
        if token.is_punct or token.pos_ in ("AUX", "PRON", "DET", "ADP", "CCONJ") or token.ent_type_ in ("PERSON", "ORG"):
            return False
        if token.is_lower and token.lemma_ in works:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return after is None or not (after.pos_ in ("NOUN", "PROPN", "PART") or after.lower_ in ("'s", "’s"))
    return False


def _a_title_before_its_subtitle(ent) -> bool:
    """The name inside a sentence, then a colon and capitalised words ("were recruited to watch Harrow: A Life
    Adrift, a film", "other games, Zorblast: Ember Tide finds …", "Gale v Harrow: Dawn of Ash opened"): a work's
    title and its subtitle. Not at the sentence's start, where a name and a colon are a speaker's or a list's label
    ("Thunder: Host the Lakers on Friday", "Dana Reyes: Possession of …"), nor before a date or a number ("a member of
    the alliance: March 31, 2021")."""
    doc = ent.doc
    sent = ent.sent
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ":" or ent[-1].whitespace_:
        return False
    if not any(t.is_alpha for t in doc[sent.start : ent.start]):
        return False
    first = doc[ent.end + 1]
    if first.ent_type_ == "PERSON" and first.text in words().given_names:
        return False  # ("Brace yourselves, fans: Dana Reyes might not play": a person's news after the colon)
    return first.is_title and first.is_alpha and first.ent_type_ not in ("DATE", "TIME", "CARDINAL")


def _after_a_years_possessive(ent) -> bool:
    """ "2016’s Star Trek Beyond": the name right after a year's possessive, which dates a work or a model
    (a body or a person is not named by the year it came out)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return False
    year = doc[ent.start - 2]
    return year.like_num and len(year.text) == 4 and year.text[:2] in ("19", "20")


def _model_year(token) -> bool:
    """ "2020" in "the 2020 Sentra", "the 2019 Music Awards": a model's or an event's year (GUIDE decisions 20, 40)."""
    return (
        token.dep_ in ("nummod", "compound", "amod", "nmod")
        and token.like_num
        and len(token.text) == 4
        and token.text[:2] in ("19", "20")
    )


def _a_size(token) -> bool:
    """ "16-inch", "four-door": a unit of size or make-up counted by a number."""
    return (
        token.dep_ in ("compound", "amod", "nmod")
        and token.lemma_.lower() in words().size_units
        and any(child.like_num for child in token.children)
    )


def _listed_with_bodies(ent) -> bool:
    """The name listed with a body, its fellow conjunct a body's noun ("Zorbly and other web companies") or a name
    claims.json knows as a company's or an organisation's ("Zorbly and Samsung", "Zorbly, AT&T and others",
    "Zorbly and NASA"): the article names it among bodies, a body too (a product's fellows are things: "the iPhone
    and the Pixel")."""
    lex = words()
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    fellows = [first]  # (the conjuncts' chain from the first, not the whole subtree: read per name, it stays cheap)
    for fellow in fellows:
        fellows.extend(child for child in fellow.children if child.dep_ == "conj")
    for fellow in fellows:
        if ent.start <= fellow.i < ent.end:
            continue
        if fellow.pos_ == "NOUN" and fellow.tag_ == "NNS" and fellow.lemma_.lower() in lex.org_nouns:
            return True
        if fellow.ent_type_ == "ORG":
            fellow_ent = next((e for e in fellow.doc.ents if e.start <= fellow.i < e.end), None)
            known = fellow_ent is not None and clean_name(fellow_ent.text)
            if known and (known in lex.companies or known in lex.orgs):
                return True
    return False


def _given_as_a_firms_product(ent, ctx: Context, window_bodies: set[str]) -> bool:
    """ "Globex's Lumen map app", "Microsoft's Bing search engine": a body's possessive right before the name, which
    modifies a lower-case noun after it; the article gives the name as that firm's product (GUIDE decision 942). The
    owner is the model's organisation here, or a well-known company or a body the article names (`window_bodies`: the
    model's organisations elsewhere in the window) that the model marks otherwise or not at all here."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS" or lower_noun_it_modifies(ent) is None:
        return False
    owner = doc[ent.start - 2]
    if owner.ent_type_ == "ORG":
        return True
    owner_ent = next((e for e in entities(doc) if e.start <= owner.i < e.end), None)
    name = clean_name(owner_ent.text) if owner_ent is not None else owner.text
    return name in words().companies or name in ctx.orgs or name in window_bodies


def modifies_a_noun_after(span) -> bool:
    """Whether the name modifies a noun after it ("the Trump campaign", "Trump FCC appointees"): the name of the
    thing, not the person."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end


def lower_noun_it_modifies(span):
    """The lower-case common noun after the name that the name modifies ("app" of "the Lumen map app", "feature" of "the
    new Lumen feature"), else None."""
    head = span.root.head
    return head if modifies_a_noun_after(span) and head.pos_ == "NOUN" and head.is_lower else None


def _owns_only(ent) -> bool:
    """The name only owns a thing or another name here ("Boeing's Dreamliner jets", "Stadia's Founder's
    Edition"): an actor's mark that a thing's name shows too."""
    root = ent.root
    head = root.head
    if root.dep_ != "poss":
        return False
    if head.ent_type_ not in ("", "PERSON") and head.i >= ent.end:
        return True  # ("Founder's Edition": a post's word inside another name is no post)
    return (_is_thing(head) or head.pos_ == "PROPN") and not _holds_a_post(head)


def _a_things_post(ent) -> bool:
    """ "Rosetta's mission manager", "the Artemis programme director": a post named by a thing's noun ("mission",
    "programme") is a post on that thing, which tells the name is the thing's, no body's."""
    root = ent.root
    head = root.head
    if root.dep_ not in ("poss", "compound") or head.i < ent.end or not _holds_a_post(head):
        return False
    return any(c.dep_ == "compound" and c.i < head.i and c.i >= ent.end and _is_thing(c) for c in head.children)


def _staffed(ent) -> bool:
    """The name holds a person's post and does nothing else here: "Rosetta's flight director", "spokesman for X"."""
    root = ent.root
    head = root.head
    if root.dep_ in ("poss", "compound") and head.i >= ent.end and _holds_a_post(head):
        return True
    return root.dep_ == "pobj" and head.lower_ in ("at", "of", "for") and _holds_a_post(head.head)


def acts(ent) -> bool:
    """Evidence that the name is a body or a person: it speaks or reports; it has people, an
    office or things of its own ("Google's chief executive", "NASA scientists", "vice president
    at Ubisoft", "Boeing's Dreamliner jets"); it is called a body ("the company")."""
    lex = words()
    root = ent.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in lex.reporting and not _no_report(root, head):
        return True
    if _staffed(ent):
        return True
    if root.dep_ == "poss" and (_is_thing(head) or head.pos_ == "PROPN"):
        return True
    return any(child.dep_ == "appos" and child.lemma_.lower() in lex.org_nouns for child in root.children)


def _no_report(subject, verb) -> bool:
    """A reporting verb that reports nothing of its subject's: "X is expected/said to …" (a passive with an
    infinitive says something of X), "X highlights particular features" (a thing as its only object)."""
    children = list(verb.children)
    if subject.dep_ == "nsubjpass":
        return any(c.dep_ == "xcomp" for c in children)
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children) and not any(
        c.dep_ in ("ccomp", "xcomp", "dative") for c in children
    )


def _holds_a_post(noun) -> bool:
    """ "vice president … at Ubisoft", "spokesman for NASA": a person's post (its noun or a
    conjunct of it) governs the preposition."""
    lex = words()
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun.lemma_.lower() in lex.human or noun.lower_.rstrip(".") in lex.titles

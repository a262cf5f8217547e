"""What earlier sentences of an article told about its people.

A person named in full ("Russian President Vladimir Putin") is remembered
by surname, with the country and role the text gave, so that "Putin" later
is the same person with the same country; the person last named as a
subject or speaker is the antecedent of a later "he" or "she" that fits
them (`genders.note_genders` gives what the text tells of a person's gender).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import words as word_lists

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..model import Attribution


@dataclass
class Person:
    name: str
    country: str | None = None
    role: str | None = None
    destination: str | None = None  # the country an envoy is sent to ("the envoy to Ukraine"), not theirs
    guessed: bool = False  # `country` is the article's setting for a titled office, not a country the text states
    post_in_body: bool = False  # `role` is a post in a body the text named without a country ("Google's Vice President")


@dataclass
class Context:
    persons: dict[str, Person] = field(default_factory=dict)  # surname (and full name) -> person
    # a given name -> the one full name the article gives with it ("Hillary" -> "Hillary Clinton", also where the
    # given name alone comes first); "" where two persons share it (`actors.note_given_names`)
    given_names: dict[str, str] = field(default_factory=dict)
    # a name's first word -> the person whose name, written family name first, opens with it ("Xi" -> "Xi Jinping"), None
    # where two persons' names open with it ("Kim Jong Un", "Kim Yo Jong": the word alone is neither's)
    first_words: dict[str, Person | None] = field(default_factory=dict)
    # those first words linked only as the first of three syllables written apart ("Kim" of "Kim Jong Un"), which a
    # later mention names only standing alone as a name (`actors.first_syllable_refused`)
    syllable_first_words: set[str] = field(default_factory=set)
    last_subject: str | None = None  # the person last named as the subject of a main clause
    # where the sentence of the last result between two national teams ends in the text, and its (winner, loser)
    last_result: tuple[int, tuple[str, str]] | None = None
    last_person: str | None = None  # the person last named at all
    last_quote: tuple[str | None, str] | None = None  # (source, cue) of the last attributed quote
    quote_left_open: bool = False  # the paragraph before ended inside a quote it opened and did not close
    single_quote_ends: bool = False  # the paragraph before ended in a single-quoted quotation or a colon
    quote_runs_through: bool = False  # this paragraph, with no quotation marks, lies inside a quote left open before it
    last_attribution: tuple[str | None, str] | None = None  # (source, cue) of the last attributed claim
    previous_claim_attribution: Attribution | None = None  # that of the last claim of the paragraph before
    previous_claim_text: str = ""  # and its words: whether it names the speaker of a quote opening the next paragraph
    mentions: list[str] = field(default_factory=list)  # persons in the order they were last named
    countries: Counter = field(default_factory=Counter)  # countries named so far, by count
    # the window's Docs and the countries their entities name (counted when first asked): the setting before the
    # text names one
    window_docs: list = field(default_factory=list)
    # id of an actor `actors.find_actors` gave a claim of this paragraph -> (that actor, the path that gave it): which
    # rule decided, for `actor_model`'s gate (`actors.actor_path`)
    actor_paths: dict = field(default_factory=dict)
    # names a rule read and kept as they are ("Marlowe" of "Marlowe chilli sauce": an epithet's form in an article about
    # no beings, products.py), which the trace credits to that rule rather than to the default
    spared_names: set[str] = field(default_factory=set)
    window_countries: Counter | None = None
    orgs: dict[str, str | None] = field(default_factory=dict)  # organisations named so far -> country
    # a body's short form -> the full name the article gives it ("Tamarack" -> "Tamarack Airlines", "HTF" -> "Harbour
    # Tenants Federation", "Herons" -> "Dunmore Herons"): a mention by the short form is that body (GUIDE decision 373)
    short_forms: dict[str, str] = field(default_factory=dict)
    # a short form the article writes in brackets after a body's full name -> that name ("AFP" -> "Americans for
    # Prosperity" of "Americans for Prosperity (AFP)"): what "the group said" stands for (GUIDE decision 561(b))
    bracketed_short_forms: dict[str, str] = field(default_factory=dict)
    # towns the article places itself by a state or country after a comma ("ENCINITAS, Calif." -> "encinitas": USA), by
    # their lower-case name: where a person's home there is (`actors._own_home`)
    towns: dict[str, str] = field(default_factory=dict)
    last_speaker: str | None = None  # the person last named as a source
    # the last speaker came after the last subject ("The results, according to X, were mixed." after "Y was …"): a
    # speaking pronoun next is the speaker's
    spoke_last: bool = False
    # (description, "m"/"f"/None) of a person the text last made a speaker by a description alone ("a spokeswoman for
    # the union said", "the city's civil defense director found"), where no named person was a subject or speaker
    # since: whom a speaking "he"/"she" next stands for (GUIDE decision 44: "named or described")
    last_described_speaker: tuple[str, str | None] | None = None
    # (sentence start, name) of the persons the narration named after that description (an object, an appositive, a
    # clause of their own: "The judge sentenced Maria Lopez …"): nearer mentions for a pronoun of a later sentence
    # they fit (GUIDE decision 404)
    named_since_described: list[tuple[int, str]] = field(default_factory=list)
    # the sentences (by their start) where that described speaker spoke: persons named in their own words ("She said
    # President Obama is the calm dad …") are what they talk about, and leave the pronoun theirs
    described_spoke_in: set[int] = field(default_factory=set)
    last_asked: str | None = None  # the person last asked a question ("a reporter asked X, …"): who replies next
    last_org: str | None = None  # the organisation last named as a subject or speaker ("it said")
    last_named_org: str | None = None  # the organisation last named by its name as a subject or speaker ("the company said")
    last_plural: str | None = None  # the group or organisation last named as a subject ("they said")
    last_plural_lemma: str | None = None  # its head noun's lemma ("researchers" -> "researcher")
    # a plural subject of people the text named after it that is no group noted ("Divers later returned"): a later
    # "they" may stand for them, so it does not tell whose finding it reports (`they_for_a_group_of`)
    plural_named_since: bool = False
    period_written: bool = False  # a unit before has written a year or a month ("both years" then names them again)
    gender_votes: dict[str, Counter] = field(default_factory=dict)  # surname or full name -> Counter of "m"/"f" evidence
    lower_words: set[str] = field(default_factory=set)  # the words the article writes in lower case
    products: set[str] = field(default_factory=set)  # names the article calls things (products.py)
    named_kinds: set[str] = field(default_factory=set)  # "a gene called Zorbin": names of things, beings, places (products.py)
    # names the article calls a thing but lists among bodies ("Zorbly and other web companies"): makers (products.py)
    makers: set[str] = field(default_factory=set)
    # one-word names the article describes as a body ("Square, a company that …"): bodies at every mention
    described_bodies: set[str] = field(default_factory=set)
    # names the article has report something, as the subject of a reporting verb inside a sentence ("…: Pebble announced
    # that …", products.py): a body's or a person's, also where the article writes the same word in lower case ("smooth as
    # a pebble")
    speaking_names: set[str] = field(default_factory=set)
    # names the article gives as a firm's product by the firm's possessive before the name and its noun ("Globex's Lumen
    # map app", products.py): the product where the name modifies a noun, the firm's unit that runs it elsewhere ("a lead
    # at Lumen", "Lumen's map app"; GUIDE decision 942)
    firms_products: set[str] = field(default_factory=set)
    # seats of government the article has read as the state of that name, listed with two or more of its country's
    # states ("Oregon, Washington and Colorado"): a later pair with one state is that state too (actors._listed_with_states_of)
    seats_read_as_states: set[str] = field(default_factory=set)
    # whether the window reads as a sports report (actors.note_teams): a town or state playing a side there is its team
    sporting: bool = False
    # a team's nickname -> the town or state the article writes before it ("Islanders" -> "New York" of "the New York
    # Islanders", actors.note_teams): the place standing for the team and its nickname name one team (GUIDE decision 513)
    team_places: dict[str, str] = field(default_factory=dict)
    # (sentence start, (nickname, name listed under) pairs) of the teams the sentence's claims read so far listed: a
    # sentence of two clauses ("… for the Islanders, and … as New York improved", "Houston's defense …, and the Rockets
    # …") names each team once, under its first mention, however its claims split it (decision 513)
    teams_listed: tuple[int, frozenset[tuple[str, str]]] = (-1, frozenset())
    # a one-word title the article ties to ruling a state ("the Ostrel enclave under Abbot Orin": "abbot" -> its code,
    # actors._state_under_a_title): the title of that state's head in this article, whose holders take its code
    # (GUIDE decision 866)
    state_titles: dict[str, str] = field(default_factory=dict)
    # nicknames written inside a person's name ("Lee “Faker” Sang-hyeok"): the person at a bare mention ("Faker")
    nicknames: set[str] = field(default_factory=set)
    # fictional characters the text tells from their players ("X (Actor Name)", "his role as X"): no actors at any
    # mention (GUIDE decisions 43, 78)
    characters: set[str] = field(default_factory=set)
    characters_words: set[str] = field(default_factory=set)  # their names' words ("Mara" of "Mara Vell")
    narrated: bool = False  # the window tells a story in the present (narration.py)
    # the surnames of the persons the window names in full: "Woods" alone is a person in the story (narration.py)
    surnames: frozenset[str] = frozenset()
    creed: bool = False  # a rubric sets the text out to be spoken by anyone of a class (GUIDE decision 173)
    # the name of the rule that decided each claim's kind, by the claim's start (`reading.kind_decided`, then the claims
    # stage's own readings after it): the learned kind (kind_model.py) may speak only where a default decided
    kind_reasons: dict[int, str] = field(default_factory=dict)
    org_by_noun: dict[str, str] = field(default_factory=dict)  # "group" -> "WeWorkers Coalition" ("The group, X,")
    # (offset, name, words) of each person or body the text describes with common nouns ("actor X",
    # "X, the singer and guitarist", "German automaker Y"), in text order; `position`: where the
    # paragraph being read starts in the text
    descriptions: list[tuple[int, str, frozenset[str]]] = field(default_factory=list)
    position: int = 0
    text: str = ""  # the whole article, for what it said before a paragraph (`first_use`)
    described_speakers: dict[str, str] = field(default_factory=dict)  # "actor" -> the person "the actor said" stood for
    # (offset, name) of each organisation entity in text order: what "the company said" opening a paragraph stands
    # for where no body was a subject or speaker before it ("… investigating WeWork." / "The company confirmed …")
    org_mentions: list[tuple[int, str]] = field(default_factory=list)
    # (offset, name) of each name of a body, person, place or thing the model tags (ORG, PERSON, GPE, FAC, PRODUCT), in
    # text order: the parties a business described by its nationality may stand for ("Siemens signed a deal with Alstom.
    # The French company said": two, so the description stays)
    name_mentions: list[tuple[int, str]] = field(default_factory=list)
    # where the sentence being read starts in the text; and, by a sentence's start, where each person was last named
    # and where the narration last turned to a subject or a speaker: "he said" after a sentence about a person named
    # there, after the last subject or speaker, is that person's (GUIDE decision 404: the nearest fitting mention)
    sentence_start: int = 0
    named_in: dict[str, int] = field(default_factory=dict)
    turned_in: int = -1
    # by a sentence's start, where each person was last named as the subject of the clause a main clause's reporting
    # verb reports ("Roe said Dana Lee would chair the panel"): who a later speaking pronoun stands for (decision 404)
    reported_subjects: dict[str, int] = field(default_factory=dict)

    def turn_to(self, name: str) -> None:
        """A person named as a main clause's subject: whom the narration turned to last."""
        self.last_subject = name
        self.spoke_last = False
        self.turned_in = self.sentence_start
        self.last_described_speaker = None

    def note_speaker(self, name: str, narrated: bool) -> None:
        """A person credited with a claim: a later speaking pronoun is theirs where no other subject came after, if the
        narration credits them (one a quote credits, "“Taylor and I have always believed …”", is not who speaks next)."""
        self.spoke_last = narrated and name != self.last_subject
        self.last_speaker = name
        self.turned_in = self.sentence_start
        self.last_described_speaker = None

    def note_described_speaker(self, description: str, gender: str | None, named_after: Iterable[str] = ()) -> None:
        """A person credited with a claim by a description alone ("a spokeswoman for the union"): a speaking "she"
        next is theirs, until the narration names another subject or speaker, or names a person she fits after it
        (`named_after`: those its own sentence names after it, "The judge sentenced Maria Lopez …")."""
        self.last_described_speaker = (description, gender)
        self.named_since_described = [(self.sentence_start, name) for name in named_after]
        self.described_spoke_in = set()

    def note_described_spoke(self, source: str) -> None:
        """A claim of this sentence credited to `source`: where that is the noted description, the persons its words
        name leave a later pronoun theirs (`described_spoke_in`)."""
        if self.last_described_speaker is not None and self.last_described_speaker[0] == source:
            self.described_spoke_in.add(self.sentence_start)

    def described_antecedent(self, pronoun: str) -> str | None:
        """The description a speaking "he"/"she" stands for (`note_described_speaker`), if its gender fits."""
        if self.last_described_speaker is None:
            return None
        description, gender = self.last_described_speaker
        if any(
            start < self.sentence_start and start not in self.described_spoke_in and self.fits(name, pronoun)
            for start, name in self.named_since_described
        ):
            return None  # a person named after the description is the nearer fitting mention (decisions 44, 404)
        return description if gender is None or {"he": "m", "she": "f"}.get(pronoun) == gender else None

    def note_org(self, name: str) -> None:
        """An organisation named as a subject or speaker: what "it" (and "they") stand for next."""
        self.last_org = self.last_named_org = self.last_plural = name
        self.last_plural_lemma = None
        self.plural_named_since = False

    def note_thing(self, name: str, body: str | None = None) -> None:
        """A thing or body given by a description that spoke ("the statement said"): what "it" stands for next (not
        "they"), but no body named that "the company said" may stand for (`named_body_for_it`); `body`: one its phrase
        names by its name ("the website of the Globex Times reported"), which "the paper said" stands for next."""
        self.last_org = name
        if body is not None:
            self.last_named_org = body

    def named_body_for_it(self) -> str | None:
        """The organisation last named by its name as a subject or speaker (`note_org`), past any thing `note_thing` noted
        since: what "the company said" may stand for ("Globex said …" / "…, the statement said." / "The company said …")."""
        return self.last_named_org

    def note_group(self, name: str, lemma: str | None = None) -> None:
        """A plural subject that can speak or act, with its head noun's lemma where one word heads it: what "they"
        stands for next."""
        self.last_plural = name
        self.last_plural_lemma = lemma
        self.plural_named_since = False

    def they_for_a_group_of(self, subject, nouns: frozenset[str]) -> bool:
        """Whether `subject` is a "they" standing for the group the text last named as a subject (`last_plural`, across
        paragraphs), headed by one of `nouns` (lemmas: "researchers", "studies" of "researcher", "study"), with no
        other plural subject of people named since ("Researchers studied the reef." / "Divers later returned." / "They
        found …": whose finding it is the text leaves open)."""
        if subject is None or subject.lower_ != "they" or not self.last_plural or self.plural_named_since:
            return False
        if self.last_plural_lemma is not None:
            return self.last_plural_lemma in nouns
        word = self.last_plural.split()[-1].lower()  # (a body or a pair named by "and": its last word)
        return word in nouns or word.removesuffix("s") in nouns

    def mention(self, person: Person, quoted: bool = False) -> None:
        if person.name in self.mentions:
            self.mentions.remove(person.name)
        self.mentions.append(person.name)
        # A bare surname that two full names of the article share is the one of them named last (GUIDE decision
        # 520: "Okafor" after "Dana Okafor" and then "Sam Okafor" is Sam), not the first that had it. A person the
        # article named by the bare surname alone keeps it, and so do the first of two named in one sentence ("Joe
        # and Hunter Biden … Vice President Biden"), a well-known office-holder, whom a bare surname in the news
        # names ("Warren" after "Elizabeth Warren" and a "Will Warren" the model made of "Will Warren continue …"),
        # and a person named again by a short form of the given name ("Pat Carlineo" after "Patrick Carlineo Jr.").
        key = surname(person.name)
        holder = self.persons.get(key) if key != person.name else None
        if (
            holder is not None
            and holder is not person
            and " " in holder.name
            and surname(holder.name) == key
            and self.named_in.get(holder.name) != self.sentence_start
            and not _listed_office_holder(holder.name)
            and not _short_given_name(person.name.split()[0], holder.name.split()[0])
        ):
            self.persons[key] = person
        self.last_person = person.name
        if self.last_described_speaker is not None and not quoted:
            self.named_since_described.append((self.sentence_start, person.name))
        # (a name inside a quote is the speaker's word, no sentence of the narration about that person)
        self.named_in[person.name] = -1 if quoted else self.sentence_start

    def _transliterated(self, name: str) -> Person | None:
        """ "Zelensky" for "Volodymyr Zelenskiy": a surname the article spells another way, differing
        only in a closing y/i ("-sky", "-skiy", "-skyy"), is the person of the other spelling."""
        stem = name.rstrip("iy")
        if not name.endswith(("i", "y")) or len(stem) < 5:
            return None
        for surname_, person in self.persons.items():
            if " " not in surname_ and surname_ != name and surname_.rstrip("iy") == stem and " " in person.name:
                return person
        return None

    def _titled_surname(self, words: list[str]) -> Person | None:
        """ "Prof Jones" after "Dana Jones": a title written short without its full stop before the surname of a person
        the article has named in full is that person (GUIDE decision 303; `clean_name` keeps the word, which may be a
        given name: "Gen Nakatani"); None otherwise."""
        if not short_title(words[0]):
            return None
        earlier = self.persons.get(words[1])
        return earlier if earlier is not None and earlier.name != words[1] and len(earlier.name.split()) > 1 else None

    def by_family_names(self, name: str) -> Person | None:
        """ "Cavaco Silva" for "Anibal Cavaco Silva": two names that end a longer full name named before are that
        person's family names (a double surname, later written without the given name); None otherwise."""
        words = name.split()
        if len(words) != 2:
            return None
        for person in self.persons.values():
            full = person.name.split()
            if len(full) >= 3 and full[-2:] == words:
                return person
        return None

    def by_role(self, head: str) -> str | None:
        """The person last named whose role ends in `head` ("the minister" -> the last minister named;
        "the governor" -> the last "Gov." named)."""
        short = word_lists().title_abbreviations
        for name in reversed(self.mentions):
            role = self.persons[name].role
            last = role.lower().split()[-1] if role else ""
            if last and short.get(last, last).rstrip("s") == head.rstrip("s"):
                return name
        return None

    def companion_group(self, noun: str, before: int) -> str | None:
        """The group the text last named, before offset `before`, as a person and companions ("Dana Lee and her
        colleagues", "Dana Lee, of Hill University, and colleagues"), as written without an aside between: what a later
        "the researchers said" or "the team found" (`noun`) points back to (GUIDE decision 482); none where the text
        described a group by `noun` itself ("scientists from MIT", "its authors", "MIT researchers": the description
        with the same noun is what it points back to, decision 437), or where the person is one of a list ("Ann Roe,
        Dana Lee and their colleagues")."""
        if _described_by(noun).search(self.text, 0, before):
            return None
        forms = {form for person in self.persons.values() for form in (person.name, surname(person.name)) if form}
        # (the last such group, by the name as fully written there: "Dana Lee and colleagues", not "Lee and colleagues")
        best: tuple[tuple[int, int], str | None] | None = None
        for form in forms:
            for match in _companions_of(form).finditer(self.text, 0, before):
                at = (match.end(), -match.start())
                if best is None or at > best[0]:
                    owner = f"{match['owner']} " if match["owner"] else ""
                    listed = _LIST_BEFORE.search(self.text, 0, match.start()) is not None
                    best = (at, None if listed else f"{form} and {owner}{match['companions']}")
        if best is None or best[1] is None:
            return None
        after = best[0][0]
        if _counted(noun).search(self.text, after, before):
            return None  # "… surveyed 2,000 scientists. The scientists said": the same noun described after the group
        if noun in ("team", "group", "crew") and any(
            after < at < before and _opens_sentence(self.text, at, name) for at, name in self.org_mentions
        ):
            return None  # "… and his crew struggled. Ferrari topped the times. The team said": a nearer body (decision 4)
        if noun == "group" and _other_people_named(self.text, after, before):
            return None  # "Tom Reed and his team met leaders of the rebels. The group said": the rebels (decision 4)
        return best[1]

    def described_as(self, head: str, modifiers: set[str], before: int) -> str | None:
        """The person or body last described, before offset `before`, by the noun `head` and every
        word of `modifiers` ("the actor" -> "actor James Van Der Beek"; "the German automaker" ->
        "German automaker Volkswagen", not "Japanese automaker Nissan")."""
        for at, name, words in reversed(self.descriptions):
            if at < before and head in words and modifiers <= words:
                return self.persons[name].name if name in self.persons else name
        return None

    def org_named_before(self, before: int, fits=None) -> str | None:
        """The organisation the text named last before offset `before` (the paragraph being read starts there), of
        those `fits` (a test of the name) accepts, if given."""
        return next((name for at, name in reversed(self.org_mentions) if at < before and (fits is None or fits(name))), None)

    def first_use(self, noun: str, before: int) -> bool:
        """Whether the text uses the common noun `noun` (or its plural) nowhere before offset `before`:
        "the actor said" with no actor before it describes someone already named, where "an officer
        shouts … the officer said" goes back to the one introduced unnamed."""
        # (one compiled pattern per noun, searched in place, as `introduced_unnamed`: no copy of the text per claim)
        return _noun_use(noun).search(self.text, 0, before) is None

    def introduced_unnamed(self, noun: str, before: int) -> bool:
        """Whether the text brought in someone unnamed by the common noun `noun` before offset `before` ("an officer
        shouts …", "one officer", "his doctor"): a later "the officer said" is that one, not a person named."""
        # One compiled pattern per noun, searched in place: the check runs per claim, and copying the text before
        # each claim made it quadratic in the article's length.
        return _unnamed_introduction(noun).search(self.text, 0, before) is not None

    def introduced_as_owned(self, noun: str, before: int) -> bool:
        """Whether the text brought in a group by whose it is before offset `before` ("Dr Lee's team"): a later "the
        team said" is that group, not an organisation named before."""
        return _owned_introduction(noun).search(self.text, 0, before) is not None

    def person(self, name: str) -> Person:
        """The person `name` stands for: a known full name, a known surname, or a new person."""
        words = name.split()
        known = self.persons.get(name) or (self.persons.get(words[-1]) if len(words) == 1 else None)
        if known is None and len(words) == 1:
            known = self._transliterated(name)
        if known is None and len(words) == 2:
            known = self.by_family_names(name) or self._titled_surname(words)
        if known is None and self.given_names.get(name):
            return self.person(self.given_names[name])  # "Barack" for "Barack Obama", "Andrew" for "Andrew Lloyd Webber"
        if known is not None:
            return known
        person = Person(name)
        bare = self.persons.get(surname(name)) if len(words) > 1 else None
        if bare is not None and bare.name == surname(name) and bare.country and bare.name not in _office_holder_surnames():
            # "Jeffrey Epstein" after a bare "Epstein" the text placed: the fuller name is that person's, who keeps the
            # country (the GUIDE's actors section; decision 303's fullest name so far); not after a well-known
            # office-holder's surname ("Michelle Obama" after "President Obama" is another person)
            person.country, person.guessed = bare.country, bare.guessed
        self.persons[name] = person
        # A later bare surname resolves to the first full name that had it ("Carlineo" for
        # "Patrick W. Carlineo Jr.": a generational suffix is no surname).
        while len(words) > 1 and words[-1].rstrip(".,") in word_lists().name_suffixes:
            words = words[:-1]
        if len(words) > 1:
            earlier = self.persons.get(words[-1])
            if (
                earlier is not None
                and earlier.name == words[-1]
                and earlier.country is None
                and not earlier.role
                and words[0].lower() not in self.lower_words
                and (earlier.name not in _office_holder_surnames() or _listed_office_holder(name))
            ):
                # "DeSantis and Haley …", then "Florida Governor Ron DeSantis": the bare surname named first, with no
                # country or post, is this person's, and its later mentions are this person, who keeps the country the
                # full name is given (the GUIDE's actors section: later mentions keep it; decision 303's fullest name);
                # a well-known office-holder's bare surname only for that office-holder's own full name ("Obama", then
                # "Michelle Obama", is another person), and not for a "name" opened by a word the article writes in lower
                # case ("Lead Qwen" of a credit line after "Qwen": no given name)
                self.persons[words[-1]] = person
            else:
                self.persons.setdefault(words[-1], person)
        if (len(words) == 2 or syllables_written_apart(words)) and self.given_names.get(words[0]) != "":
            # "Xi" for "Xi Jinping", "Moon" for "Moon Jae-in", "Kim" for "Kim Jong Un": names written family name
            # first are later shortened to their first word; a surname named by then keeps its own person (and a
            # given name two persons of the article share, "Robert Hale" and "Robert Greene", is neither's).
            self._link_first_word(words, person)
        return person

    def _link_first_word(self, words: list[str], person: Person) -> None:
        """Let the first word of `person`'s name (`words`) stand for them, unless another person's name opens with it
        ("Kim Jong Un", then "Kim Yo Jong": a later "Kim" is neither's and stays as written; "Kim Jong-un" after "Kim
        Jong Un" is the same name)."""
        first = words[0]
        earlier = self.first_words.get(first, person)
        if earlier is None:
            return
        if earlier is not person and _rest_of_name(earlier.name) != _rest_of_name(person.name):
            self.first_words[first] = None
            if self.persons.get(first) is earlier:
                del self.persons[first]
            self.syllable_first_words.discard(first)
            return
        self.first_words[first] = person
        linked = self.persons.setdefault(first, person) is person
        if linked and len(words) == 3 and person.name.split()[0] == first:
            self.syllable_first_words.add(first)

    def antecedent(self, pronoun: str = "person", speaking: bool = False, besides: frozenset[str] = frozenset()) -> str | None:
        """What a subject pronoun stands for: he/she the person last named as a
        main clause's subject or as a speaker whom it fits (when the pronoun speaks,
        "she added", the subject the narration last turned to, then the last
        speaker); "person" (an age standing for a name: "the 56-year-old") any such
        person; it an organisation; they a group or organisation. `besides`: the full
        names of persons the pronoun's own words name, who are not its antecedent
        (GUIDE decisions 604 and 660: "He said Lee would stay" is not Lee, at any mention)."""
        if pronoun == "it":
            return self.last_org
        if pronoun in ("they", "them"):
            return self.last_plural  # the group or body named last ("Big Machine … they said")
        # The first of the last subject and the last speaker (when the pronoun speaks), the last
        # subject, the last person named and the persons named before them that the pronoun fits;
        # None when it fits nobody.
        recent = [self.last_speaker, self.last_subject] if self.spoke_last else [self.last_subject, self.last_speaker]
        candidates = recent if speaking else []
        if speaking and self._named_after_the_turn():
            # ('For Dana Lee, 61, it is simply a job.' / '"Some people are friendly," he said.': the person a sentence
            # after the last subject or speaker named last, before those named as subject or speaker earlier)
            candidates = [self.last_person, *candidates]
        elif speaking:
            # ('Roe said Dana Lee would chair the panel.' / '"…," she said.': the persons named after the speaker in the
            # speaker's own sentence, the nearest first)
            candidates = [*self._named_after_in_the_turn(pronoun), *candidates]
        candidates += [self.last_subject, self.last_person, *reversed(self.mentions)]
        return next(
            (name for name in candidates if name and self._full_name(name) not in besides and self.fits(name, pronoun)), None
        )

    def _full_name(self, name: str) -> str:
        """The full name the person `name` (a surname a speaker was credited by) was mentioned by."""
        return self.persons[name].name if name in self.persons else name

    def _named_after_the_turn(self) -> bool:
        """Whether the person last named, by a full name, is the only person a sentence of the narration named after the
        one that last turned to a subject or a speaker (a subject "he" or "she" keeps the turn where it was: "He met
        Carl Hume there." names Hume beside the one the narration is about)."""
        name = self.last_person
        at = self.named_in.get(name, -1) if name else -1
        return (
            name is not None
            and len(self.persons[name].name.split() if name in self.persons else name.split()) > 1
            and self.turned_in < at < self.sentence_start
            and sum(1 for seen in self.named_in.values() if seen == at) == 1
        )

    def _named_after_in_the_turn(self, pronoun: str) -> list[str]:
        """The persons named, outside any quote, after the speaker the narration last turned to, in that same sentence
        (an earlier one), as subjects of the clause the speaker's verb reports, the last named first: the nearest
        fitting mentions before a later speaking pronoun (GUIDE decision 404; decision 457: the literal nearest holds
        for reported speech without quotation marks, 'Roe said Dana Lee would chair the panel.' / '"…," she said.' is
        Lee's). Only such subjects: a person the content names otherwise ("… harm to Lee", "Lee's plan", "the bill Lee
        signed") the gold reads both ways. Persons are remembered in text order, so one named before the speaker
        ("Speaking of Lee, Roe said …") is no later mention. A person the pronoun fits named after the last reported
        subject otherwise ("Roe said Lee would lead the board, replacing Ann Marsh.") is nearer than it, and none of these
        is taken: the subject is no nearest mention, and the pronoun is left to the speaker (rev34p's finding 4)."""
        turned = self.last_speaker if self.spoke_last else self.last_subject
        if turned is None or not 0 <= self.turned_in < self.sentence_start:
            return []
        turned = self._full_name(turned)
        if self.named_in.get(turned) != self.turned_in:
            return []  # (a subject "he" kept the turn: "He met Carl Hume there." names Hume beside the one it is about)
        after: list[str] = []
        for name in reversed(self.mentions):
            if name == turned:
                return after
            if self.named_in.get(name) != self.turned_in:
                return []  # (someone named since, in a later sentence or a quote: `_named_after_the_turn` tells)
            if self.reported_subjects.get(name) == self.turned_in:
                after.append(name)
            elif not after and self.fits(name, pronoun):
                return []
        return []

    def turned_to(self) -> str | None:
        """The full name of the person the narration last turned to, as a main clause's subject or a speaker."""
        turned = self.last_speaker if self.spoke_last else self.last_subject
        return self._full_name(turned) if turned else None

    def keep_turn(self) -> None:
        """A main clause of the narration whose subject is "he" or "she": the narration stays with whom it turned to."""
        self.turned_in = self.sentence_start

    def namesakes(self, name: str) -> list[Person]:
        """The persons named in full so far whose surname is that of `name` ("Zoe Anderson" and "Chris Anderson")."""
        last = surname(name)
        out: list[Person] = []
        for person in self.persons.values():
            if " " in person.name and surname(person.name) == last and person not in out:
                out.append(person)
        return out

    def by_honorific(self, name: str, gender: str) -> Person | None:
        """The person a bare surname after a gendered honorific stands for ("Mr Anderson", "Ms Snyder") where the
        article named several persons of that surname in full: the one of them whose gender fits the honorific, if
        only one does (GUIDE decisions 303 and 404); None where none or several fit."""
        if " " in name:
            return None
        sharing = self.namesakes(name)
        if len(sharing) < 2:
            return None
        fitting = [person for person in sharing if self._own_gender(person.name) in (None, gender)]
        return fitting[0] if len(fitting) == 1 else None

    def _own_gender(self, full: str) -> str | None:
        """What the article's evidence counted under the full name `full` tells of the person's gender, else their
        first name where it is a common one of men or women (not the surname's evidence, which a family shares)."""
        votes = self.gender_votes.get(full)
        if votes and votes["m"] != votes["f"]:
            return "m" if votes["m"] > votes["f"] else "f"
        return _given_name_gender(full)

    def gender(self, name: str) -> str | None:
        """ "m" or "f" where the article's evidence for the person `name` agrees by a majority, else
        where their first name is a common one of men or women; None when neither tells."""
        votes = self.gender_votes.get(surname(name))
        full = self.persons[name].name if name in self.persons else name
        if " " in full and len(self.namesakes(full)) > 1:
            # "Elizabeth Snyder" beside "Officer Blake Snyder": the evidence under the shared surname is the family's;
            # her own, or her first name, tells first.
            own = self._own_gender(full)
            if own:
                return own
        given = _given_name_gender(full)
        if not votes:
            # No evidence in the text: a common first name ("Jennifer McCormick"; "Eva" of "Eva-Marie").
            return given
        if given and votes["m"] and votes["f"]:
            # Evidence both ways under one surname, two persons of a family ("Michelle Obama" beside
            # "Barack Obama"): the full name's common first name tells which one this is.
            return given
        if votes["m"] == votes["f"]:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    def fits(self, name: str, pronoun: str) -> bool:
        """Whether "he" or "she" can stand for `name` (any person whose gender the text does not tell). Not a name the
        article calls a thing ("So, when La La Land came around, he feared …": the film is no one who fears or speaks;
        GUIDE decisions 12, 404)."""
        if name in self.products:
            return False
        wanted = {"he": "m", "she": "f"}.get(pronoun)
        known = self.gender(name)
        return wanted is None or known is None or known == wanted


def _describing(token, ent) -> bool:
    """A word of a description before a name: a common noun, an adjective or "and" in lower case,
    a nationality ("German automaker"), a noun opening the sentence ("Actor X said"), a name that modifies the
    description's noun ("Real Madrid star X"), or a speaker's description in capitals just before the name ("hired
    Coach X")."""
    if token.pos_ in ("ADJ", "PROPN") and token.ent_type_ == "NORP":
        return True
    if token.pos_ == "NOUN" and token.is_sent_start and token.is_title:
        return True
    if token.i == ent.start - 1 and token.is_title and token.lower_ in word_lists().speaker_descriptions:
        return True
    if token.pos_ == "PROPN" and token.dep_ in ("compound", "amod") and token.i < token.head.i < ent.start:
        # ("Real Madrid star Tom Reed": the club's name is part of the description, not the name described)
        return token.head.pos_ == "NOUN" or token.head.dep_ in ("compound", "amod")
    return token.is_lower and token.pos_ in ("NOUN", "ADJ", "CCONJ")


def _own_words(noun) -> list:
    """The words of a describing noun phrase up to its noun, and nouns joined to it ("singer and guitarist"), without
    the possessor's ("the club's coach": "the", "coach"; the club is no description of the person)."""
    owned = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
    return [t for t in noun.subtree if (t.i <= noun.i or t.dep_ == "conj") and t.i not in owned]


def _tied_nouns(ent) -> list:
    """The nouns the text ties to the name `ent` by a verb (GUIDE decisions 553, 586(a), 618(b)): a copula ("X is the
    club's coach", "X, who is the show's host,") and an appointment ("hired X as its designer", "named X its chief
    executive", "X was named coach")."""
    root, doc = ent.root, ent.doc
    out = []
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass", "dobj", "oprd") else None
    if verb is not None and verb.i != root.i:
        if root.dep_ == "nsubj" and verb.lemma_ == "be":
            out += [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > ent.end]
        elif verb.lemma_ in word_lists().appointing_verbs and root.dep_ != "nsubj":
            out += [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN" and c.i > ent.end]
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                out += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"):
        if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            out += [c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return [n for n in out if n.i < len(doc) and not any(c.dep_ == "conj" for c in n.children) and n.dep_ != "conj"]


def _subject_of_contact_relative(ent) -> bool:
    """Whether `ent` opens a relative clause without "that" on the noun just before it ("CEO of the company Jobs
    co-founded", "the film Nolan directed"): the noun, governed by a word before it, is what the name's verb did, and
    describes the name as little as "the company that Jobs co-founded" would. A name with a description in front as
    the subject of its verb ("The actor Ann Cole said") has the noun in its own phrase, governed by a word after it."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc):
        return False
    noun, after = doc[ent.start - 1], doc[ent.end]
    return noun.pos_ == "NOUN" and noun.head.i < noun.i and after.tag_ in ("VBD", "VBN", "VBZ", "VBP")


# "Americans for Prosperity (AFP)", "the Ministry of Environment (MOE)": capitalised words (with the small words a name
# joins them by) and a short form in brackets right after them
_BRACKETED_SHORT_FORM = re.compile(r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the|on|in|de|&)\s+)*)+)\(([A-Z][A-Za-z]{1,7})\)")


def _note_bracketed_short_forms(doc, ctx: Context) -> None:
    """Note each short form the paragraph `doc` writes in brackets right after a body's full name, as that name: the
    name from the first of its capitalised words whose initial the short form starts with, after a place's possessive
    ("Taipei's Ministry of Environment (MOE)": "Ministry of Environment", GUIDE decision 561(b)). A person's initials
    in brackets ("Dana Lee Okafor (DLO)") name no body."""
    text = text_of(doc)
    if "(" not in text:
        return
    for match in _BRACKETED_SHORT_FORM.finditer(text):
        named = doc.char_span(match.start(1), len(match.group(1).rstrip()) + match.start(1), alignment_mode="expand")
        if named is not None and named[-1].ent_type_ == "PERSON":
            continue
        words = match.group(1).split()
        possessive = max((k for k, word in enumerate(words) if word.endswith(("'s", "’s"))), default=-1)
        words = words[possessive + 1 :]
        short = match.group(2)
        while words and not (words[0][:1] == short[0] and words[0][:1].isupper()):
            words = words[1:]
        if len(words) >= 2 and words[-1][:1].isupper():
            ctx.bracketed_short_forms.setdefault(short, " ".join(words))


def note_descriptions(window, ctx: Context) -> None:
    """Note the common nouns that describe each person and organisation entity of a window's
    paragraphs ((doc, (offset, …)) pairs): lower-case words just before the name ("actor X", "real
    estate agent X", "singer and guitarist X") and an apposition either way ("X, the suspect,";
    "the company, X,"), so that "the actor said" is that person's; and where each organisation entity is named."""
    for doc, (offset, _sents) in window:
        _note_bracketed_short_forms(doc, ctx)
        for ent in entities(doc):
            if ent.label_ in ("ORG", "PERSON", "GPE", "FAC", "PRODUCT"):
                ctx.name_mentions.append((offset + ent.start_char, org_name(ent.text) if ent.label_ == "ORG" else ent.text))
            if ent.label_ == "ORG":
                org = org_name(ent.text)
                if org:
                    ctx.org_mentions.append((offset + ent.start_char, org))
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            words: list = []
            relative = _subject_of_contact_relative(ent)
            i = ent.start - 1 if not relative else -1
            while i >= 0 and len(words) < 5 and _describing(doc[i], ent):
                words.append(doc[i])
                i -= 1
            appositions = [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end]
            if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN" and ent.root.head.i < ent.start and not relative:
                appositions.append(ent.root.head)
            # "Taylor Swift, her former record label and …": a possessed noun in a list is another thing; alone it
            # describes the name ("Its coach, Dan Smith,"; "Sam Cole, the show's host,"; GUIDE decision 553)
            appositions = [
                n
                for n in appositions
                if not (
                    any(c.dep_ == "poss" for c in n.children)
                    and any(c.dep_ == "conj" for c in (n, *n.children, ent.root, *ent.root.children))
                )
            ]
            if ent.label_ == "PERSON" and not relative:
                appositions += _tied_nouns(ent)
            for noun in appositions:
                words += _own_words(noun)
            nouns = {t.lemma_.lower() for t in words if t.pos_ == "NOUN" or (t.i == ent.start - 1 and t.pos_ == "PROPN")}
            if not nouns:
                continue
            name = clean_name(ent.text) if ent.label_ == "PERSON" else ent.text.strip(" ,.;:\"'“”‘’")
            if name:
                ctx.descriptions.append((offset + ent.start_char, name, frozenset(t.lower_ for t in words) | nouns))


def _listed_office_holder(name: str) -> bool:
    """Whether `name` is a well-known office-holder's full name (declcli/data/persons.json)."""
    return any(spelling in _office_holders() for spelling in office_holders_spellings(name))


# a middle initial after a given name ("Vladimir V. Putin", "Donald J. Trump"), which the list leaves out
_MIDDLE_INITIALS = re.compile(r"(?<=[a-z]) (?:[A-Z]\. )+(?=[A-Z])")


def office_holders_spellings(name: str) -> tuple[str, ...]:
    """The spellings of `name` to look up in the office-holders' list (declcli/data/persons.json): as written with
    a straight apostrophe ("Beto O’Rourke"), then without its middle initials, which the list does not write and
    some papers always do ("President Vladimir V. Putin")."""
    name = name.replace("’", "'")
    bare = _MIDDLE_INITIALS.sub(" ", name)
    return (name, bare) if bare != name else (name,)


@functools.lru_cache(maxsize=1)
def _office_holders() -> frozenset[str]:
    from ..lexicon import load

    return frozenset(load("persons")["persons"])


@functools.lru_cache(maxsize=1)
def _office_holder_surnames() -> frozenset[str]:
    return frozenset(surname(name) for name in _office_holders())


def _short_given_name(one: str, other: str) -> bool:
    """Whether one given name is the other or its short form ("Pat" of "Patrick")."""
    one, other = one.rstrip("."), other.rstrip(".")
    return one.startswith(other) or other.startswith(one)


def name_syllable(word: str) -> bool:
    """A capitalised word of at most five letters, as the syllables of a name written apart ("Yoon", "Suk", "Yeol")."""
    return word.isalpha() and word.istitle() and len(word) <= 5


def syllables_written_apart(words: list[str]) -> bool:
    """A name of three syllables written apart, family name first ("Kim Jong Un", "Yoon Suk Yeol"), not a longer
    three-word name whose first word may be a title or a word the model ran in ("Honourable Ann Cole")."""
    return len(words) == 3 and all(name_syllable(word) for word in words)


def _rest_of_name(name: str) -> str:
    """The words of a name after its first, run together in lower case: "Jong Un" and "Jong-un" are one given name."""
    return "".join(name.split()[1:]).replace("-", "").lower()


def surname(name: str) -> str:
    """The word later mentions of the person `name` use: its last, past a generational suffix."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in word_lists().name_suffixes:
        words = words[:-1]
    return words[-1] if words else name


def person_name(token, ctx: Context) -> str | None:
    """The full name of the person entity `token` belongs to, or None."""
    if token.ent_type_ != "PERSON":
        return None
    span = entity_of(token)
    if span is None:
        return None
    name = clean_name(span.text)
    return ctx.person(name).name if name else None


def entity_of(token):
    """The entity span `token` belongs to, or None."""
    return _doc_entities(token.doc)[1].get(token.i)


def text_of(doc) -> str:
    """doc.text, joined once per Doc: spaCy joins every token's text at each access, and the rules
    read a paragraph's text per sentence, claim and entity."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = ("declcli", "text")


def span_text(doc, start: int, end: int) -> str:
    """doc[start:end].text, sliced from the paragraph's text (`text_of`) instead of joined from its tokens."""
    if end <= start:
        return ""
    last = doc[end - 1]
    return text_of(doc)[doc[start].idx : last.idx + len(last)]


def entities(doc) -> tuple:
    """doc.ents, built once per Doc: spaCy builds a new tuple of Spans at
    each access, and claims ask for them per claim and per token."""
    return _doc_entities(doc)[0]


def covered_by_entities(doc, labels: tuple[str, ...]) -> set[int]:
    """The indices of the tokens inside an entity with one of `labels`, once per Doc and labels."""
    extra = _doc_entities(doc)[2]
    found = extra.get(labels)
    if found is None:
        found = extra[labels] = {i for ent in entities(doc) if ent.label_ in labels for i in range(ent.start, ent.end)}
    return found


# A Doc's entities, the entity of each token (entities do not overlap) and what was derived from
# them, kept on the Doc: the window's readers (note_teams, note_products …) and then its claims ask
# for them in turn, paragraph after paragraph. Whoever sets a Doc's entities drops them (`forget_entities`),
# and so does the reader once done with the Doc: its Spans, kept on it, hold it in a reference cycle.
_ENTITIES_KEY = ("declcli", "entities")


def _doc_entities(doc) -> tuple:
    found = doc.user_data.get(_ENTITIES_KEY)
    if found is None:
        ents = doc.ents
        found = doc.user_data[_ENTITIES_KEY] = (ents, {i: ent for ent in ents for i in range(ent.start, ent.end)}, {})
    return found


def forget_entities(doc) -> None:
    """Forget what `entities` and the rest read from the Doc's entities: they were just set anew, or the
    Doc is done with (freed as soon as it is let go, without waiting for the cycle collector). The readings
    kept by `doc_memo` go too, in case one of them looked at an entity."""
    doc.user_data.pop(_ENTITIES_KEY, None)
    doc.user_data.pop(_MEMO_KEY, None)


def doc_memo(doc, name: str) -> dict:
    """A dict kept on the Doc under `name`, for a reading of its parse that several readers of a claim ask for
    again (the modality, the polarity, the kind and the mood each read the claim's first clause). It holds token
    indices, not Tokens: a Token kept on its Doc would hold the Doc in a reference cycle."""
    memos = doc.user_data.get(_MEMO_KEY)
    if memos is None:
        memos = doc.user_data[_MEMO_KEY] = {}
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo


_MEMO_KEY = ("declcli", "memo")


def doc_forms(doc, attr: str) -> frozenset[str]:
    """The distinct strings a token attribute takes in `doc` ("ORTH": the words as written, "LOWER", "LEMMA", "TAG"),
    read once per Doc from one array (`doc_memo`): the window's readers ask whether a paragraph holds a word of a list
    before they read it token by token (each token read makes a Token object)."""
    memo = doc_memo(doc, "forms")
    forms = memo.get(attr)
    if forms is None:
        strings = doc.vocab.strings
        forms = memo[attr] = frozenset(strings[h] for h in set(doc.to_array(attr).tolist()))
    return forms


# A dash set off by a space that the model took into the entity ("… and Kim Lee - both of whom …"): the aside's
# punctuation, never part of a name (a hyphen inside a name has no space before it).
_TRAILING_DASH = re.compile(r"\s+[-–—]+$")


def without_aside_dash(text: str) -> str:
    """`text` without a dash that opens an aside at its end ("Harbour Board -" -> "Harbour Board")."""
    return _TRAILING_DASH.sub("", text)


def org_name(text: str) -> str:
    """An organisation entity's text without stray punctuation, a dash that opens an aside and possessive ("WeWork's" ->
    "WeWork")."""
    return without_aside_dash(text.strip(" ,.;:\"'“”‘’")).removesuffix("'s").removesuffix("’s")


# (cached: the readers clean the same few entity texts again and again, per claim and per mention; about 100,000
# calls over the 181 benchmark pages, a few thousand distinct texts; a function of the text and the fixed word lists)
@functools.lru_cache(maxsize=16384)
def clean_name(text: str) -> str:
    """A person entity's text without possessive, honorific, a dash that opens an aside and stray punctuation."""
    text = without_aside_dash(text.strip(" ,.;:\"'“”‘’()"))
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while words and (words[0] in word_lists().honorifics or len(words) > 2 and short_title(words[0])):
        # ("Sgt Al Roe", "Lt Col Ann Roe": a title written short without its full stop, which the model may take into
        # the name, before a given name and a surname; before one word it may be a given name, "Gen Nakatani", "Maj
        # Lindqvist", and stays: `Context.person` reads "Prof Jones" after "Dana Jones" as hers, GUIDE decision 303)
        words = words[1:]
    return " ".join(words)


def short_title(word: str) -> bool:
    """Whether `word` is a title written short without its full stop ("Sgt", "Prof", "Adv"; claims.json
    title_abbreviations), capitalised as before a name."""
    return word[:1].isupper() and word.lower() + "." in word_lists().title_abbreviations


# A list's earlier member just before a name ("Ann Roe, Dana Lee and …"): a capitalised word and a comma.
_LIST_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*, $")


@functools.cache
def _described_by(noun: str) -> re.Pattern:
    """A group described by the noun `noun` with words of its own: a possessive or a name before it ("its authors", "MIT
    researchers"), a place or body after it ("scientists from MIT", "researchers at Hill University")."""
    return re.compile(
        rf"\b(?:its|their|(?!(?:The|A|An|These|Those|This|That)\b)[A-Z][\w.-]*)\s+{re.escape(noun)}\b"
        rf"|\b(?i:{re.escape(noun)})\s+(?:from|at|of|with)\b"
    )


@functools.cache
def _counted(noun: str) -> re.Pattern:
    """`noun` with a number before it ("2,000 scientists", "dozens of scientists"): a group described by its noun."""
    return re.compile(
        rf"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of)"
        rf"\s+(?:[a-z-]+\s+)?{re.escape(noun)}\b",
        re.I,
    )


def _other_people_named(text: str, start: int, end: int) -> bool:
    """Whether a plural noun of people other than finders ("the rebels", "of the protesters"; claims.json people nouns,
    not `finder_nouns`) is written between offsets `start` and `end`: a nearer group "the group" can stand for."""
    lex = word_lists()
    for match in re.finditer(r"\bthe\s+([a-z]+)s\b", text[start:end]):
        noun = match.group(1)
        if noun in lex.people and noun not in lex.finders:
            return True
    return False


def _opens_sentence(text: str, at: int, name: str) -> bool:
    """Whether the body `name` at offset `at` opens its sentence ("Ferrari topped the times."): named as a subject."""
    head = text[max(0, at - 6) : at]
    return text.startswith(name, at) and re.search(r"(?:^|[.!?\n][\"”’]?\s+)(?:The\s+)?$", head) is not None


@functools.cache
def _companions_of(name: str) -> re.Pattern:
    """`name` and companions that work with them ("Lee and her colleagues", "Lee, of Hill University, and team"), with
    an aside set off by commas between (GUIDE decision 482)."""
    return re.compile(
        rf"\b{re.escape(name)}(?:,[^.;:!?]{{1,120}}?,)?\s+and\s+(?:(?P<owner>his|her|their)\s+)?"
        r"(?P<companions>colleagues|collaborators|co-authors|coauthors|co-workers|coworkers|team|crew|students)\b"
    )


@functools.cache
def _noun_use(noun: str) -> re.Pattern:
    """The common noun `noun` or its plural, anywhere."""
    return re.compile(rf"\b{re.escape(noun)}(?:e?s)?\b", re.I)


@functools.cache
def _unnamed_introduction(noun: str) -> re.Pattern:
    """Someone brought in unnamed by `noun`: "an officer", "one officer", "his doctor", "a young local officer"."""
    return re.compile(
        rf"\b(?:a|an|one|another|his|her|their|my|our|your)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}(?:e?s)?\b", re.I
    )


@functools.cache
def _owned_introduction(noun: str) -> re.Pattern:
    """A group brought in by whose it is: "Dr Lee's team", "Lee’s new research group"."""
    return re.compile(rf"[\w-]['’]s\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}(?:e?s)?\b", re.I)


def _given_name_gender(full: str) -> str | None:
    """ "m" or "f" where the first name of the full name `full` is a common one of men or women ("Eva" of "Eva-Marie
    Lee"); None for a single name or a first name used for both."""
    first = full.split()[0].split("-")[0] if len(full.split()) > 1 else ""
    return word_lists().given_names.get(first)

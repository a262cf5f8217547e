"""The claims' word lists (declcli/data/claims.json), read once, in the
shapes the readers over spaCy's parse look them up in."""

from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from .. import patterns
from ..lexicon import load


def _box_score_row(stats: list[str]) -> re.Pattern:
    """A box score's row: up to four capitalised words of a player's name, then one or more counts of
    their stats, after the team and its record where the row opens the team's list ("Palm Bay (1-0): ")."""
    count = r"\d{1,3} (?:" + "|".join(sorted(stats)) + r")"
    name = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    team = r"(?:(?P<team>" + name + r") \([\w-]{1,8}\): )?"
    return re.compile(team + "(?P<name>" + name + ") " + count + r"(?:,? (?:and )?" + count + r")*\.?")


class AnyPattern:
    """The union of `sources` (regular expressions), as `re.compile("|".join(sources), flags)` finds
    it: `search` gives a match where that union has one, else None. Those anchored at the start
    ("^…", with no alternation of their own outside brackets) are tried at the start only: in one
    regex, every branch is tried at every position of the text (a sentence took five times as long).
    Each union is tried only where the text holds one of the words its matches need (`_Union`)."""

    def __init__(self, sources: list[str], flags: int = 0) -> None:
        anchored = [s for s in sources if _anchored(s)]
        floating = [s for s in sources if not _anchored(s)]
        self._anchored = _Openings(anchored, flags) if anchored else None
        self._floating = _Union(floating, flags) if floating else None

    def search(self, text: str) -> re.Match | None:
        # (a letter that matches an ASCII one under re.I but lowercases to none, "ſ", "K": every union is tried)
        low = text.lower() if _ASCII_LOOK_ALIKE.search(text) is None else None
        found = self._anchored.find(text, low, at_start=True) if self._anchored is not None else None
        if found is None and self._floating is not None:
            found = self._floating.find(text, low, at_start=False)
        return found


# The letters outside ASCII that match an ASCII letter under re.I ("İ", "ı" as "i", "ſ" as "s", the Kelvin sign "K"
# as "k"; tests/unit/claims/test_rules_speed.py checks the list against every code point).
_ASCII_LOOK_ALIKE = re.compile("[\u0130\u0131\u017f\u212a]")


class _Union:
    """Sources joined in one regex, and beside it the words (lowercase ASCII) one of which any match of each source
    holds (`_needed_words`), in one plain regex over the lowercased text: most texts hold none, and that regex scans
    them many times faster than the union tries each of its branches at each position. Sources with no such
    words form a union of their own, always tried."""

    def __init__(self, sources: list[str], flags: int) -> None:
        needed = [_needed_words(s, flags) for s in sources]
        filtered = [s for s, n in zip(sources, needed, strict=True) if n is not None]
        always = [s for s, n in zip(sources, needed, strict=True) if n is None]
        self._filtered = re.compile("|".join(filtered), flags) if filtered else None
        self._always = re.compile("|".join(always), flags) if always else None
        needed_words = sorted({w for n in needed if n is not None for w in n})
        self._words = re.compile("|".join(re.escape(w) for w in needed_words)) if filtered else None

    def find(self, text: str, low: str | None, at_start: bool) -> re.Match | None:
        found = None
        if self._filtered is not None and (low is None or self._words.search(low) is not None):
            found = self._filtered.match(text) if at_start else self._filtered.search(text)
        if found is None and self._always is not None:
            found = self._always.match(text) if at_start else self._always.search(text)
        return found


class _Openings:
    """Sources anchored at the start, tried by the character the text opens with: each is in the union for the
    characters (lowercase) a match of it can open with (`_opening_chars`), or in every union where that is not
    certain. Most of the chrome patterns' start-anchored sources open with a word ("contributing", "terms", "photo"),
    so a text's first letter leaves a few of them to try instead of all; the union of those few is built when a text
    first opens with that character. Where a letter outside ASCII matches an ASCII one under re.I (`low` is None),
    the union of them all is tried, as before."""

    def __init__(self, sources: list[str], flags: int) -> None:
        self._sources = sources
        self._flags = flags
        self._opening = [_opening_chars(s, flags) for s in sources]
        self._all = _Union(sources, flags)
        self._by_first: dict[str, _Union | None] = {}

    def find(self, text: str, low: str | None, at_start: bool) -> re.Match | None:
        if low is None:
            return self._all.find(text, low, at_start)
        first = low[:1]
        if first not in self._by_first:
            kept = [s for s, chars in zip(self._sources, self._opening, strict=True) if chars is None or first in chars]
            self._by_first[first] = _Union(kept, self._flags) if kept else None
        found = self._by_first[first]
        return found.find(text, low, at_start) if found is not None else None


def _opening_chars(source: str, flags: int) -> frozenset[str] | None:
    """The characters (lowercased) a match of `source` can open with, or None where that is not certain: a class
    by category or negated, a letter outside ASCII (which re.I may match to other letters), a source that can match
    the empty text, or one that cannot be read."""
    try:
        from re import _constants, _parser  # (the regex's own parse: private, hence the fallback)

        chars, can_be_empty = _opening_of(_parser.parse(source, flags), _constants)
    except Exception:  # noqa: BLE001 - any failure only costs the filter
        return None
    return None if chars is None or can_be_empty else chars


def _opening_of(parsed, c) -> tuple[frozenset[str] | None, bool]:
    """(the characters a match of the parsed sequence can open with, or None for any; whether it can match empty)."""
    chars: set[str] = set()
    for op, av in parsed:
        found, can_be_empty = _opening_of_item(op, av, c)
        if found is None:
            return None, False
        chars |= found
        if not can_be_empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _opening_of_item(op, av, c) -> tuple[frozenset[str] | None, bool]:
    if op is c.LITERAL:
        return (frozenset((chr(av).lower(),)), False) if av < 128 else (None, False)
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL and value < 128:
                chars.add(chr(value).lower())
            elif kind is c.RANGE and value[1] < 128:
                chars.update(chr(x).lower() for x in range(value[0], value[1] + 1))
            else:
                return None, False  # a category ("\w"), a negated class, a letter outside ASCII
        return frozenset(chars), False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset(), True  # "^", "\b", a lookaround: no character of its own
    if op is c.SUBPATTERN:
        return _opening_of(av[3], c)
    if op is c.BRANCH:
        chars, can_be_empty = set(), False
        for branch in av[1]:
            found, empty = _opening_of(branch, c)
            if found is None:
                return None, False
            chars |= found
            can_be_empty = can_be_empty or empty
        return frozenset(chars), can_be_empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        found, empty = _opening_of(av[2], c)
        return found, empty or av[0] == 0
    return None, False


def _needed_words(source: str, flags: int) -> frozenset[str] | None:
    """Words (lowercase ASCII) one of which every match of `source` holds, lowercased, or None where none is
    certain (or the source cannot be read)."""
    try:
        from re import _constants, _parser  # (the regex's own parse: private, hence the fallback)

        return _words_of(_parser.parse(source, flags), _constants)
    except Exception:  # noqa: BLE001 - any failure only costs the filter
        return None


def _words_of(parsed, c) -> frozenset[str] | None:
    """The most telling of the word sets a match of the parsed sequence must hold one of: a run of ASCII literals,
    or what a group, an alternation (one set for each branch, all needed) or a repeat of at least one time needs."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, av in parsed:
        if op is c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        # (anything else ends the run of literals: a class, a lookaround, "\b", a non-ASCII letter …)
        consider(frozenset(("".join(run),)) if run else None)
        run = []
        if op is c.SUBPATTERN:
            consider(_words_of(av[3], c))
        elif op is c.BRANCH:
            branches = [_words_of(b, c) for b in av[1]]
            if all(b is not None for b in branches):
                consider(frozenset().union(*branches))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_words_of(av[2], c))
    consider(frozenset(("".join(run),)) if run else None)
    return best


def _anchored(source: str) -> bool:
    """Does `source` match at the start of the text only: "^" first, and no "|" outside brackets
    ("^a|b" finds "b" anywhere)?"""
    if not source.startswith("^"):
        return False
    depth, i = 0, 1
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":
                i += 1  # "[]…]", "[^]…]": a first "]" is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
        i += 1
    return True


def _figure_talk(entries: list[str]) -> re.Pattern:
    """Any of `entries` (claims.json `figure_talk_words`) as a whole word, not a hyphened word's tail ("year-round"),
    case aside, also with a plural "s"."""
    alternatives = "|".join(re.escape(w) for w in sorted(entries, key=len, reverse=True))
    return patterns.compile(r"(?i)(?<![\w-])(?:" + alternatives + r")s?(?!\w)")


@lru_cache(maxsize=1)
def words() -> SimpleNamespace:
    d = load("claims")
    titles = {t.lower().rstrip(".") for t in d["titles"]}
    groups = sorted(d["groups"], key=len, reverse=True)
    kinds = "|".join(map(re.escape, d["link_kinds"]))  # one list for both link regexes
    return SimpleNamespace(
        reporting=frozenset(d["reporting_lemmas"]),
        wrapped_clause_openers=frozenset(d["wrapped_clause_openers"]),
        published_work_nouns=frozenset(d["published_work_nouns"]),
        accordance_nouns=frozenset(d["accordance_nouns"]),
        trade_nouns=frozenset(d["trade_nouns"]),
        indefinite_speakers=frozenset(d["indefinite_speaker_pronouns"]),
        personal_pronouns=dict(d["personal_pronouns"]),
        object_pronouns=frozenset(d["object_pronouns"]),
        state_bodies=frozenset(d["state_body_words"]),
        phrasal_not_speech=frozenset(d["phrasal_not_speech"]),
        quote_tags=frozenset(d["quote_tag_lemmas"]),
        lead_in_receiving=frozenset(d["lead_in_receiving_lemmas"]),
        non_speech=frozenset(d["non_speech_lemmas"]),
        org_nouns=frozenset(d["org_nouns"]),
        named_kind_org_nouns=frozenset(d["named_kind_org_nouns"]),
        person_kind_nouns_too=frozenset(d["person_kind_nouns_too"]),
        vessel_modifier_words=frozenset(d["vessel_modifier_words"]),
        one_per_country_body_nouns=frozenset(d["one_per_country_body_nouns"]),
        filled_with_lemmas=frozenset(d["filled_with_lemmas"]),
        acting_after_hyphen_participles=frozenset(d["acting_after_hyphen_participles"]),
        company_acting_after_hyphen_participles=frozenset(d["company_acting_after_hyphen_participles"]),
        body_act_nouns=frozenset(d["body_act_nouns"]),
        body_state_adjectives=frozenset(d["body_state_adjectives"]),
        posting_to_lemmas=frozenset(d["posting_to_lemmas"]),
        goods_use_lemmas=frozenset(d["goods_use_lemmas"]),
        goods_with_lemmas=frozenset(d["goods_with_lemmas"]),
        platform_page_nouns=frozenset(d["platform_page_nouns"]),
        site_nouns=frozenset(d["site_nouns"]),
        guessing_frame_lemmas=frozenset(d["guessing_frame_lemmas"]),
        forward_date_words=frozenset(d["forward_date_words"]),
        ahead_of_heads=frozenset(d["ahead_of_heads"]),
        kind_always_named_org_nouns=frozenset(d["kind_always_named_org_nouns"]),
        source_body_nouns=frozenset(d["source_body_nouns"]),
        speech_idioms=re.compile(r"\b(?:" + "|".join(re.escape(p) for p in d["speech_idioms"]) + r")\b", re.IGNORECASE),
        descriptive_adjectives=frozenset(d["descriptive_cleft_adjectives"]),
        subordinators=frozenset(d["subordinators"]),
        subordinating_prepositions=frozenset(d["subordinating_prepositions"]),
        gerund_complement_prepositions=frozenset(d["gerund_complement_prepositions"]),
        cleft_part_nouns=frozenset(d["cleft_part_nouns"]),
        cleft_focus_parties=frozenset(d["human_nouns"]) | frozenset(d["org_nouns"]) | frozenset(d["people_nouns"]),
        creed_body_nouns=frozenset(d["creed_body_nouns"]),
        body_kind_nouns=frozenset(d["body_kind_nouns"]),
        modified_body_closing_nouns=frozenset(d["modified_body_closing_nouns"]),
        unmodified_body_closing_nouns=frozenset(d["unmodified_body_closing_nouns"]),
        sport_team_nouns=frozenset(d["sport_team_nouns"]),
        set_member_nouns=frozenset(d["set_member_nouns"]),
        sport_names=frozenset(d["sport_names"]),
        private_body_nouns=frozenset(d["private_body_nouns"]),
        affiliation_body_nouns=frozenset(d["affiliation_body_nouns"]),
        body_own_phrase_deps=frozenset(d["body_own_phrase_deps"]),
        affiliation_body_phrases=tuple(d["affiliation_body_phrases"]),
        event_name_words=frozenset(d["event_name_words"]),
        named_event_end_words=frozenset(d["named_event_end_words"]),
        named_event_words=frozenset(d["event_name_words"]) | frozenset(d["named_event_end_words"]),
        recurring_event_end_words=frozenset(d["event_name_words"])
        | frozenset(d["named_event_end_words"])
        | frozenset(d["recurring_event_end_words"]),
        war_name_end_words=frozenset(d["war_name_end_words"]),
        war_name_qualifiers=frozenset(d["war_name_qualifiers"]),
        nations_inside_a_state=frozenset(d["nations_inside_a_state"]),
        animal_nouns=frozenset(d["animal_nouns"]),
        named_craft_nouns=frozenset(d["named_craft_nouns"]),
        named_craft_titles=frozenset(d["named_craft_titles"]),
        known_fictional_characters=frozenset(d["known_fictional_characters"]),
        animal_lemmas=frozenset(d["animal_lemmas"]),
        animal_idiom_words=frozenset(d["animal_idiom_words"]),
        kin_nouns=frozenset(d["kin_nouns"]),
        spouse_nouns=frozenset(d["spouse_nouns"]),
        household_nouns=frozenset(d["household_nouns"]),
        household_rank_words=frozenset(d["household_rank_words"]),
        companions=frozenset(d["companion_nouns"]),
        animal_nouns_also_verbs=frozenset(d["animal_nouns_also_verbs"]),
        abbreviations_also_bodies=frozenset(d["abbreviations_also_bodies"]),
        abbreviation_term_places={k: frozenset(v) for k, v in d["abbreviation_term_places"].items()},
        known_products=frozenset(d["known_products"]),
        known_programmes=frozenset(d["known_programmes"]),
        numbered_body_words=frozenset(d["numbered_body_words"]),
        instrument_name_ends=frozenset(d["instrument_name_ends"]),
        instrument_name_words=frozenset(d["instrument_name_words"]),
        creed_followers=frozenset(d["creed_followers"]),
        creed_adjectives=frozenset(d["creed_adjectives"]),
        department_words=frozenset(d["department_words"]),
        person_gathering_nouns=frozenset(d["person_gathering_nouns"]),
        thing_nouns=frozenset(d["thing_nouns"]),
        sequence_marks=frozenset(d["sequence_marks"]),
        charges=frozenset(d["charge_lemmas"]),
        accusing=frozenset(d["accusing_lemmas"]),
        recordings=frozenset(d["recording_nouns"]),
        figurative_recordings=frozenset(d["recording_nouns_with_a_figurative_sense"]),
        recording_media=frozenset(d["recording_medium_modifiers"]),
        ongoing_states=frozenset(d["ongoing_state_lemmas"]),
        condition_changes={key: frozenset(values) for key, values in d["condition_changes"].items()},
        thing_help={key: frozenset(values) for key, values in d["thing_help"].items()},
        deliberations=frozenset(d["deliberation_lemmas"]),
        background_and_lengths={key: frozenset(values) for key, values in d["background_and_lengths"].items()},
        posts_and_postures={key: frozenset(values) for key, values in d["posts_and_postures"].items()},
        polite_wishes=frozenset(d["polite_wish_lemmas"]),
        had_happenings=frozenset(d["had_happening_nouns"]),
        there_was_happenings=frozenset(d["there_was_happening_nouns"]),
        there_was_figurative_of=frozenset(d["there_was_figurative_of_nouns"]),
        office_thing_senses=frozenset(d["office_words_with_a_thing_sense"]),
        portrayals=frozenset(d["portrayal_lemmas"]),
        likenings=frozenset(d["likening_lemmas"]),
        likening_measurers=frozenset(d["likening_measurer_pronouns"]),
        compared_measures=frozenset(d["compared_measure_nouns"]),
        judged_as=frozenset(d["judged_as_lemmas"]),
        designating_as=frozenset(d["designating_as_lemmas"]),
        described_as=frozenset(d["described_as_lemmas"]),
        own_as_complements=frozenset(d["own_as_complement_lemmas"]),
        code_name_placeholders=frozenset(d["code_name_placeholder_nouns"]),
        as_fixed_phrase_words=frozenset(d["as_fixed_phrase_words"]),
        regarded_as=frozenset(d["regarded_as_lemmas"]),
        judged_as_posts=frozenset(d["judged_as_post_nouns"]) | frozenset(d["office_words"]) | titles,
        as_adjuncts=frozenset(d["as_adjunct_nouns"]),
        people_quantifiers=frozenset(d["people_quantifiers"]),
        casting_signs={key: frozenset(values) for key, values in d["casting_signs"].items()},
        own_role_as_modifiers=frozenset(d["own_role_as_modifiers"]),
        own_roles=frozenset(d["own_role_nouns"]),
        came_with_happenings=frozenset(d["came_with_happening_nouns"]) | frozenset(d["habit_occasion"]["happenings"]),
        sustained_adverbs=frozenset(d["sustained_adverbs"]),
        journal_names=frozenset(d["journal_names"]),
        write_up_lemmas=frozenset(d["write_up_lemmas"]),
        condition_showing=frozenset(d["condition_showing_lemmas"]),
        condition_marks_bare=frozenset(d["condition_mark_nouns"]["bare"]),
        condition_marks_with_of=frozenset(d["condition_mark_nouns"]["with_of_or_no"]),
        held_gatherings=frozenset(d["held_gathering_nouns"]),
        held_in_regard=frozenset(d["held_in_regard_nouns"]),
        finders=frozenset(d["finder_nouns"]),
        study_result_finders=frozenset(d["study_result_finder_nouns"]),
        study_result_verbs=frozenset(d["study_result_verbs"]),
        measured_change_finders=frozenset(d["measured_change_finder_nouns"]),
        study_owned_finders=frozenset(d["study_owned_finder_nouns"]),
        clinical_trial_modifiers=frozenset(d["clinical_trial_modifiers"]),
        measured_result_markers=frozenset(d["measured_result_markers"]),
        finding_own_subjects=frozenset(d["finding_own_subjects"]),
        one_moment_preps=frozenset(d["one_moment_preps"]),
        study_participants=frozenset(d["study_participant_nouns"]),
        doer_noun_endings=frozenset(d["doer_noun_endings"]),
        one_moment_date_preps=frozenset(d["one_moment_date_preps"]),
        testifying_parties=frozenset(d["testifying_party_nouns"]),
        hearing_nouns=frozenset(d["hearing_nouns"]),
        notice_idiom_preps=frozenset(d["notice_idiom_preps"]),
        notice_idiom_place_preps=frozenset(d["notice_idiom_place_preps"]),
        physical_light_adjectives=frozenset(d["physical_light_adjectives"]),
        exposure_leak_objects=frozenset(d["exposure_leak_objects"]),
        exposure_leak_subjects=frozenset(d["exposure_leak_subjects"]),
        uncovered_things=frozenset(d["uncovered_thing_nouns"]),
        instrument_subjects=frozenset(d["instrument_subject_nouns"]),
        text_bearing=frozenset(d["text_bearing_nouns"]),
        making_plain=frozenset(d["making_plain_lemmas"]),
        thing_effect={key: frozenset(values) for key, values in d["thing_effect"].items()},
        knowledge_giving=frozenset(d["knowledge_giving_lemmas"]),
        knowledge_nouns=frozenset(d["knowledge_nouns"]),
        notice_idiom_verbs=frozenset(d["notice_idiom_verbs"]),
        notice_idiom_nouns=frozenset(d["notice_idiom_nouns"]),
        collectives=frozenset(d["collective_people_nouns"]),
        one_body_nouns=frozenset(d["one_body_nouns"]),
        governing_part_nouns=frozenset(d["governing_part_nouns"]),
        authored_works=frozenset(d["authored_work_nouns"]),
        reading_demonstratives=frozenset(d["reading_demonstratives"]),
        generic_person_modifiers=frozenset(d["generic_person_modifiers"]),
        modal_aux=d["modal_aux"],
        narrated_modals=frozenset(d["narrated_modals"]),
        generic_determiners=frozenset(d["generic_determiners"]),
        decade_range_part_words=frozenset(d["decade_range_part_words"]),
        possessive_determiners=frozenset(d["possessive_determiners"]),
        of_today_collective_heads=frozenset(d["of_today_collective_heads"]),
        of_today_occasion_nouns=frozenset(d["of_today_occasion_nouns"]),
        today_of_a_class_signs={key: frozenset(values) for key, values in d["today_of_a_class_signs"].items()},
        time_to_come_present=frozenset(d["time_to_come"]["present"]),
        time_to_come_ends=frozenset(d["time_to_come"]["ends"]),
        time_to_come_span_words=frozenset(d["time_to_come"]["span_words"]),
        time_to_come_span_phrases=tuple(d["time_to_come"]["span_phrases"]),
        time_to_come_class_nouns=frozenset(d["time_to_come"]["class_nouns"]),
        time_taking=frozenset(d["time_taking_lemmas"]),
        weekday_counters=frozenset(d["weekday_counters"]),
        arrangement_staging=frozenset(d["arrangement"]["staging_lemmas"]),
        arrangement_time_or_source_prepositions=frozenset(d["arrangement"]["time_or_source_prepositions"]),
        control=d["control_lemmas"],
        purpose_prone_control=frozenset(d["purpose_prone_control_lemmas"]),
        past_wishes=frozenset(d["past_wish_lemmas"]),
        longing_prepositions={lemma: frozenset(preps) for lemma, preps in d["longing_prepositions"].items()},
        sleep_words=frozenset(d["sleep_words"]),
        linking_frame_lemmas=frozenset(d["linking_frame_lemmas"]),
        past_aims=frozenset(d["past_aim_lemmas"]),
        arrangement_frames=frozenset(d["arrangement_frame_participles"]),
        act_later_adverbs=frozenset(d["act_later_adverbs"]),
        phases=frozenset(d["phase_lemmas"]),
        be_adjectives=d["be_adjectives"],
        willing_adjectives=frozenset(d["willing_adjectives"]),
        kept_places=frozenset(d["kept_place_participles"]),
        negative=frozenset(d["negative_lemmas"]),
        negative_adjectives=frozenset(d["negative_adjectives"]),
        negative_frame_adjectives=frozenset(d["negative_frame_adjectives"]),
        subjunctive=frozenset(d["subjunctive_lemmas"]),
        mandative_commands=frozenset(d["mandative_command_lemmas"]),
        solicited=frozenset(d["solicited_nouns"]),
        appeal_prepositions={lemma: frozenset(preps) for lemma, preps in d["appeal_prepositions"].items()},
        irregular_reporting_pasts=d["irregular_reporting_pasts"],
        stated_moods={k: frozenset(v) for k, v in d["stated_mood_frames"].items()},
        act_ahead=frozenset(d["act_ahead_lemmas"]),
        act_ahead_preps=frozenset(d["act_ahead_prepositions"]),
        happening_asked_lemmas=frozenset(d["happening_asked"]["lemmas"]),
        happening_asked_for_lemmas=frozenset(d["happening_asked"]["for_lemmas"]),
        happening_asked_nouns=frozenset(d["happening_asked"]["nouns"]),
        forward_adjectives=frozenset(d["forward_adjectives"]),
        result_clause_lemmas=frozenset(d["result_clause_lemmas"]),
        plan_nouns=frozenset(d["plan_nouns"]),
        timetable_nouns=frozenset(d["timetable_nouns"]),
        source_not_out=tuple(d["source_not_out_words"]),
        happenings_ahead_nouns=frozenset(d["habit_occasion"]["happenings"])
        | frozenset(d["rescheduled_event_nouns"])
        | frozenset(d["occasion_nouns"]["nouns"]),
        world_nouns=frozenset(d["world_nouns"]),
        world_state_lemmas=frozenset(d["world_state_lemmas"]),
        world_quantifiers=frozenset(d["world_quantifiers"]),
        asking_verbs=frozenset(d["asking_lemmas"]),
        wondering_verbs=frozenset(d["wondering_lemmas"]),
        spoken_wondering_adverbs=frozenset(d["spoken_wondering_adverbs"]),
        wondering_told={key: frozenset(values) for key, values in d["wondering_told"].items()},
        requiring=frozenset(d["requiring_lemmas"]),
        forcing=frozenset(d["forcing_lemmas"]),
        first_or_last_time=frozenset(d["first_or_last_time"]),
        season_nouns=frozenset(d["season_nouns"]),
        place_only_prepositions=frozenset(d["place_only_prepositions"]),
        in_object_words=frozenset(d["in_object_words"]),
        ability_of_adjectives=frozenset(d["ability_of_adjectives"]),
        forcing_act_nouns=frozenset(d["forcing_act_nouns"]),
        deadline_preps=frozenset(d["deadline_preps"]),
        deadline_date_leads=tuple(d["deadline_date_words"]["leads"]),
        deadline_date_nouns=tuple(d["deadline_date_words"]["nouns"]),
        day_setting_lemmas=frozenset(d["deadline_date_words"]["setting_lemmas"]),
        deadline_asking_lemmas=frozenset(d["deadline_date_words"]["asking_lemmas"]),
        deadline_ahead_words=frozenset(d["deadline_date_words"]["ahead_words"]),
        deadline_away_words=tuple(d["deadline_date_words"]["away_words"]),
        day_occasion_nouns=frozenset(d["deadline_date_words"]["occasion_nouns"]),
        way_nouns=frozenset(d["way_nouns"]),
        seeming=frozenset(d["seeming_lemmas"]),
        staying_on=frozenset(d["staying_on_lemmas"]),
        stative=frozenset(d["stative_lemmas"]),
        moment_marks=frozenset(d["act_moment"]["marks"]),
        moment_prepositions=frozenset(d["act_moment"]["prepositions"]),
        span_openers=frozenset(d["act_moment"]["span_openers"]),
        moment_adverbs=frozenset(d["act_moment"]["adverbs"]),
        reaction_moment_prepositions=frozenset(d["reaction_moment"]["prepositions"]),
        reaction_happening_prepositions=frozenset(d["reaction_moment"]["happening_prepositions"]),
        relation_to_lemmas=frozenset(d["relation_to_lemmas"]),
        act_gerund_speech=frozenset(d["act_gerund_speech_lemmas"]),
        gerund_states=frozenset(d["gerund_state_lemmas"]),
        multitudes=frozenset(d["multitude_quantifiers"]),
        past_habit_adverbs=frozenset(d["past_habit_adverbs"]),
        outcome_lemmas=frozenset(d["outcome_lemmas"]),
        up_to_now_phrases=frozenset(d["up_to_now_phrases"]),
        regime_start_words=frozenset(d["regime_start_words"]),
        aggregate_words=frozenset(d["aggregate_count"]["words"]),
        aggregate_shares=frozenset(d["aggregate_count"]["shares"]),
        share_member_classes=frozenset(d["aggregate_count"]["member_classes"]),
        share_collective_classes=frozenset(d["aggregate_count"]["collective_classes"]),
        share_study_frames=frozenset(d["aggregate_count"]["study_frames"]),
        share_class_pronouns=frozenset(d["aggregate_count"]["class_pronouns"]),
        occasion_happenings=frozenset(d["habit_occasion"]["happenings"]),
        occasion_days=frozenset(d["habit_occasion"]["day_words"]),
        manner_habit_adverbs=frozenset(d["habit_occasion"]["manner_adverbs"]),
        perfect_repeats=tuple(d["habit_occasion"]["perfect_repeats"]),
        rate_words=frozenset(d["habit_occasion"]["rate_words"]),
        rate_units=frozenset(d["habit_occasion"]["rate_units"]),
        aggregate_span_markers=tuple(d["habit_occasion"]["span_markers"]),
        aggregate_open_places=frozenset(d["habit_occasion"]["open_places"]),
        class_determiners=frozenset(d["unnamed_class"]["determiners"]),
        class_nouns=frozenset(d["unnamed_class"]["nouns"]),
        class_scopes=frozenset(d["unnamed_class"]["scopes"]),
        appraised_tasks=frozenset(d["appraised_task_nouns"]),
        nowadays=frozenset(d["nowadays_lemmas"]),
        nowadays_passive=frozenset(d["nowadays_passive_lemmas"]),
        lasting_state_adverbs=frozenset(d["lasting_state_adverbs"]),
        lasting_position=frozenset(d["lasting_position_lemmas"]),
        duration_units=frozenset(d["duration_unit_nouns"]),
        time_nouns=frozenset(d["time_nouns"]),
        evaluative=frozenset(d["evaluative_lemmas"]),
        directive=frozenset(d["directive_lemmas"]),
        advocacy_for=frozenset(d["advocacy_for_lemmas"]),
        gerund_call=frozenset(d["gerund_call_lemmas"]),
        striving_for=frozenset(d["striving_for_lemmas"]),
        attainment=frozenset(d["attainment_lemmas"]),
        granted_thing_nouns=frozenset(d["granted_thing_nouns"]),
        appearance_acts=frozenset(d["appearance_acts"]),
        obligating_directive=frozenset(d["obligating_directive_lemmas"]),
        public_roles=frozenset(d["public_role_nouns"]),
        minds_aims=frozenset(d["minds_aim_lemmas"]),
        party_aims=frozenset(d["party_aim_lemmas"]),
        condition_choices=frozenset(d["condition_choice_lemmas"]),
        weather_verbs=frozenset(d["weather_verbs"]),
        linking_states=frozenset(d["linking_state_verbs"]),
        linking_verbs=frozenset(d["linking_verbs"]["lemmas"]),
        linking_past_forms=frozenset(d["linking_verbs"]["past_forms"]),
        directive_frames=frozenset(d["directive_lemmas"]) - {"tell", "warn"}
        | frozenset(d["subjunctive_lemmas"])
        | frozenset(lemma for lemma, force in d["control_lemmas"].items() if force == "recommendation"),
        agents=frozenset(d["agent_nouns"]),
        condition_marks=frozenset(d["condition_marks"]),
        aside_if_phrases=tuple(tuple(p.split()) for p in d["aside_if_phrases"]),
        chrome=frozenset(d["chrome"]),
        credit_tag_openers=tuple(d["credit_tag_openers"]),
        credit_tag_rate_nouns=frozenset(d["credit_tag_rate_nouns"]) | frozenset(d["habit_occasion"]["rate_units"]),
        credit_tag_name_joiners=frozenset(d["credit_tag_name_joiners"]),
        s_contraction_words=frozenset(d["s_contraction_words"]),
        naming_colon_words=frozenset(d["naming_colon_words"]),
        chrome_starts=tuple(d["chrome_starts"]),
        chrome_patterns=AnyPattern(
            [
                p.replace("{picture_agencies}", "|".join(map(re.escape, d["picture_agencies"])))
                .replace("{unreported}", d["chrome_unreported"])
                .replace("{posting_verbs}", "|".join(map(re.escape, d["chrome_posting_verbs"])))
                .replace("{link_places}", "|".join(map(re.escape, d["chrome_link_places"])))
                for p in d["chrome_patterns"]
            ],
            re.I,
        ),
        newsroom_call=re.compile(d["newsroom_call"], re.I),
        contact_line=re.compile(d["contact_line"], re.I),  # a line giving only an address or number (decisions 363, 378)
        closing_contact_line=re.compile(d["closing_contact_line"], re.I),  # the writer's, in the last paragraph (363)
        contact_tail_line=re.compile(d["contact_tail_line"], re.I),  # a call to follow the writer after it
        code_line=AnyPattern(d["code_line"]),  # a line of program source: case-sensitive ("var", "function")
        presenting_line=re.compile(d["presenting_line"], re.I),
        reader_call=re.compile(d["reader_call"], re.I),
        teaser_end=re.compile(d["teaser_end"], re.I),
        related_heading=re.compile(d["related_heading"], re.I),
        related_box_heading=re.compile(d["related_box_heading"], re.I),
        story_list_row=re.compile(d["story_list_row"], re.I),
        story_list_lead_in=re.compile(d["story_list_lead_in"], re.I),
        comment_thread_heading=re.compile(d["comment_thread_heading"], re.I),
        thread_only_heading=re.compile(d["thread_only_heading"], re.I),
        comment_stamp=re.compile(d["comment_stamp"], re.I),
        update_stamp=re.compile(d["update_stamp"], re.I),
        page_notice=re.compile(d["page_notice"], re.I),
        point_label=frozenset(d["point_label"]),
        credited_caption=re.compile(d["credited_caption"], re.I),
        caption_opening=re.compile(d["caption_opening"], re.I),
        credit_line_joins=frozenset(d["credit_line_joins"]),
        profile_non_names=frozenset(d["profile_non_names"]),
        related_box_label=re.compile(d["related_box_label"], re.I),
        more_about_heading=re.compile(d["more_about_heading"], re.I),
        related_item_mark=re.compile(d["related_item_mark"].replace("{link_kinds}", kinds), re.I),
        comment_excerpt=re.compile(d["comment_excerpt"]),
        link_kind_label=re.compile(d["link_kind_label"].replace("{link_kinds}", kinds), re.I),
        closing_event_promo=re.compile(d["closing_event_promo"], re.I),
        event_promo_reader=re.compile(d["event_promo_reader"], re.I),
        event_promo_reported=re.compile(d["event_promo_reported"], re.I),
        summary_label=re.compile(d["summary_label"], re.I),
        comment_mark=re.compile(d["comment_mark"], re.I),
        closing_elision=re.compile(d["closing_elision"]),
        naming_participles={k: frozenset(v) for k, v in d["naming_participles"].items()},
        article_end_signs="".join(d["article_end_signs"]),
        article_end_mark=re.compile(
            d["article_end_mark"].replace("{article_end_signs}", "|".join(map(re.escape, d["article_end_signs"])))
        ),
        closing_share_call=re.compile(d["closing_share_call"], re.I),
        closing_mark=re.compile(d["closing_mark"], re.I),  # matched where a sentence opens (Pattern.match at a position)
        # "Davis 17 points.", "Aden O'Hara 2 goals, 2 assists.": a name, then its counted stats (GUIDE decision 112)
        box_score_row=_box_score_row(d["box_score_stats"]),
        law_nouns=frozenset(d["law_nouns"]),
        happening_name_openers=frozenset(d["happening_name_openers"]),
        recurring_name_ends=frozenset(d["recurring_name_ends"]),
        model_nouns=frozenset(d["model_nouns"]),
        moon_named_days=d["moon_named_days"],
        moon_named_day_names=d["moon_named_day_names"],
        one_word_replies=frozenset(d["one_word_replies"]),
        headlinese_participles=frozenset(d["headlinese_participles"]),
        base_participle_lemmas=frozenset(d["base_participle_lemmas"]),
        colon_lead_in_openers=frozenset(d["colon_lead_in_openers"]),
        post_picture_link=re.compile(d["post_picture_link"], re.I),
        more_link=re.compile(d["more_link"], re.I),
        video_stamp=re.compile(d["video_stamp"], re.I),
        caption_credit=re.compile(
            d["caption_credit"].replace("{video_credit_clause_verbs}", "|".join(d["video_credit_clause_verbs"])), re.I
        ),
        gallery_speech=re.compile(r"\b(?:" + "|".join(d["gallery_speech_verbs"]) + r")\b", re.I),
        glued_picture_credit=re.compile(d["glued_picture_credit"]),  # case-sensitive: "Credit" and a name in capitals
        picture_labels=frozenset(d["picture_labels"]),
        closing_picture_credit=re.compile(d["closing_picture_credit"]),  # case-sensitive: "Credit" and names in capitals
        widget_credit_line=re.compile(d["widget_credit_line"], re.I),
        byline_picture_credit_line=re.compile(d["byline_picture_credit_line"], re.I),
        figure_label=re.compile(d["figure_label"], re.I),
        labelled_promo=re.compile(d["labelled_promo"], re.I),  # the label in capitals, the link's words in either case
        teaser_opening=re.compile(d["teaser_opening"]),  # case-sensitive: a demonstrative, then a word in lower case
        picture_lead_in=re.compile(d["picture_lead_in"], re.I),
        publication_note=re.compile(d["publication_note"], re.I),
        link_pointer_lemmas=frozenset(d["link_pointer_lemmas"]),
        social_act_lemmas=frozenset(d["social_act_lemmas"]),
        agenda_lemmas=frozenset(d["agenda_lemmas"]),
        agenda_world=frozenset(d["agenda_world_lemmas"]),
        agenda_world_marks=frozenset(d["agenda_world_marks"]),
        agenda_clause=frozenset(d["agenda_clause_lemmas"]),
        agenda_wh=frozenset(d["agenda_wh_lemmas"]),
        agenda_timed=frozenset(d["agenda_timed_lemmas"]),
        agenda_look=frozenset(d["agenda_look_lemmas"]),
        agenda_lesson=frozenset(d["agenda_lesson_lemmas"]),
        lesson_opener=re.compile(d["lesson_opener"], re.I),
        agenda_lead=frozenset(d["agenda_lead_lemmas"]),
        presenting_adverbs=frozenset(d["presenting_adverbs"]),
        pointer_paragraphs=AnyPattern(d["pointer_paragraphs"], re.I),
        link_below_lines=AnyPattern(d["link_below_lines"], re.I),
        presented_talk_lemmas=frozenset(d["presented_talk_lemmas"]),
        label_figure_row=re.compile(d["label_figure_row"]),  # case-sensitive: a capitalised label, a grade in capitals
        figure_cell=re.compile(d["figure_cell"]),  # case-sensitive: "NR", "N/A"
        figure_row_figure=re.compile(d["figure_row_figure"]),
        figure_row_dates=re.compile(d["figure_row_dates"]),
        comments_label=re.compile(d["comments_label"], re.I),
        note_mark=re.compile(d["note_mark"]),
        reference_entry=re.compile(d["reference_entry"]),  # case-sensitive: a surname and its initials
        letter_greeting=re.compile(d["letter_greeting"], re.I),
        figure_row_nav_cell=re.compile(d["figure_row_nav_cell"], re.I),
        figure_row_nav_lead=re.compile(d["figure_row_nav_lead"], re.I),
        figure_row_widget=re.compile(d["figure_row_widget"]),
        box_credit_line=re.compile(d["box_credit_line"], re.I),
        promo_call=re.compile(d["promo_call"], re.I),
        promo_voice=re.compile(d["promo_voice"], re.I),
        heading_questions=frozenset(d["heading_questions"]),
        announced_objects=frozenset(d["announced_objects"]),
        listing_verbs=frozenset(d["listing_verbs"]),
        lead_in_subject_nouns=frozenset(d["lead_in_subject_nouns"]),
        provision=re.compile(r"\b(?:" + "|".join(d["provision_verbs"]) + r")\b", re.I),
        titles=titles,
        human=frozenset(d["human_nouns"]),
        speaker_descriptions=(frozenset(d["speaker_description_nouns"]) | frozenset(d["human_nouns"]))
        - frozenset(d["informant_nouns"]),
        subject_nouns=frozenset(d["subject_nouns"]),
        # the posts a nationality may open before a name ("Danish singer and poet X", actors._nationality_and_posts_before)
        posts_before_a_name=frozenset(d["post_nouns_before_a_name"])
        | frozenset(d["speaker_description_nouns"])
        | frozenset(d["human_nouns"])
        | frozenset(d["office_words"])
        | frozenset(d["judged_as_post_nouns"])
        | titles,
        people=frozenset(d["people_nouns"])
        | frozenset(d["human_nouns"])
        | frozenset(d["agent_nouns"])
        | frozenset(d["org_nouns"]),
        country_attributes=frozenset(d["country_attribute_nouns"]),
        orgs=d["orgs"],
        metonyms=d["metonyms"],
        shared_state_names=d["shared_state_names"],
        seat_state_names=d["seat_state_names"],
        ambiguous_demonyms=frozenset(d["ambiguous_demonyms"]),
        divided_country_halves={
            half: (v["country"], frozenset(v["named_by"])) for half, v in d["divided_country_halves"].items()
        },
        people_act_lemmas=frozenset(d["people_act_lemmas"]),
        seat_against_state={k: frozenset(v) for k, v in d["seat_against_state"].items()},
        saying=frozenset(d["saying_lemmas"]),
        future_frames=frozenset(d["future_frame_lemmas"]),
        locative=frozenset(d["locative_prepositions"]),
        office_words=frozenset(d["office_words"]),
        government_nouns=frozenset(d["government_nouns"]),
        government_member_nouns=frozenset(d["government_member_nouns"]),
        public_office_words=frozenset(d["public_office_words"]),
        country_office_words=frozenset(d["country_office_words"]),
        headed_body_nouns=frozenset(d["headed_body_nouns"]),
        language_nouns=frozenset(d["language_nouns"]),
        place_nouns=frozenset(d["place_nouns"]),
        side_thing_nouns=frozenset(d["side_thing_nouns"]),
        side_placing_verbs=frozenset(d["side_placing_verbs"]),
        buildings=frozenset(d["buildings"]),
        title_case_small_words=frozenset(d["title_case_small_words"]),
        postal_state_codes=frozenset(d["postal_state_codes"]),
        armed_services=frozenset(d["armed_services"]),
        heavenly_bodies=frozenset(d["heavenly_bodies"]),
        geologic_time_names=frozenset(d["geologic_time_names"]),
        disease_names=frozenset(n.casefold() for n in d["disease_names"]),
        disease_names_bodies_bear=frozenset(n.casefold() for n in d["disease_names_bodies_bear"]),
        place_extent_words=frozenset(d["place_extent_words"]),
        deal_words=frozenset(d["deal_words"]),
        family_address_words=frozenset(d["family_address_words"]),
        landform_nouns=frozenset(d["landform_nouns"]),
        event_kind_nicknames=frozenset(d["event_kind_nicknames"]),
        counted_party_nouns=frozenset(d["counted_party_nouns"]),
        party_member_plurals=frozenset(d["party_member_plurals"]),
        persons_set_nouns=dict(d["persons_set_nouns"]),
        persons_set_numbers=dict(d["persons_set_numbers"]),
        persons_set_member_nouns=frozenset(d["persons_set_member_nouns"]),
        countries_plural_nouns=frozenset(d["countries_plural_nouns"]),
        bloc_region_names=frozenset(d["bloc_region_names"]),
        bloc_region_party_nouns={prep: frozenset(nouns) for prep, nouns in d["bloc_region_party_nouns"].items()},
        bloc_region_party_verbs=frozenset(d["bloc_region_party_verbs"]),
        bloc_region_state_verbs=frozenset(d["bloc_region_state_verbs"]),
        bloc_region_lead_figure_objects=frozenset(d["bloc_region_lead_figure_objects"]),
        bloc_region_conduct_adjectives=frozenset(d["bloc_region_conduct_adjectives"]),
        bloc_region_sports_words=frozenset(d["bloc_region_sports_words"]),
        countries_conjunct_nouns=frozenset(d["countries_conjunct_nouns"]),
        countries_quantifiers=frozenset(d["countries_quantifiers"]),
        countries_modifiers_naming_no_set=frozenset(d["countries_modifiers_naming_no_set"]),
        countries_participle_classes=frozenset(d["countries_participle_classes"]),
        countries_proper_modifiers=frozenset(d["countries_proper_modifiers"]),
        # "Republican" -> ("USA", {"Republican", "GOP", "Republicans", …}): the party's country and all its names
        party_adjectives={
            word: (row["country"], frozenset(row["words"]) | frozenset(row["names"]))
            for row in d["party_adjectives"]
            for word in row["words"]
        },
        # "Republicans", "Democrats", "Tories": a party's name for its members, a plural group (the last word of a name)
        party_plurals=frozenset(
            name.split()[-1] for row in d["party_adjectives"] for name in row["names"] if name.split()[-1].endswith("s")
        ),
        party_name_openers=frozenset(d["party_name_openers"]),
        party_faction_openers=frozenset(d["party_faction_openers"]),
        party_name_full_nouns=frozenset(d["party_name_full_nouns"]),
        party_words_never_opened=frozenset(d["party_words_never_opened"]),
        us_party_setting_words=frozenset(d["us_party_setting_words"]),
        party_pair_starts=frozenset(word.split()[0] for row in d["party_adjectives"] for word in row["words"] if " " in word),
        # any of those words anywhere in a text (no word boundaries: a token's text is always a piece of its text), to
        # pass over at once the sentences that name no party
        party_word_in=re.compile("|".join(re.escape(word) for row in d["party_adjectives"] for word in row["words"])),
        armed_force_nouns=frozenset(d["armed_force_nouns"]),
        thing_name_ends=frozenset(d["thing_name_ends"]),
        programme_name_ends=frozenset(d["programme_name_ends"]),
        programme_body_openers=frozenset(d["programme_body_openers"]),
        survey_body_fields=frozenset(d["survey_body_fields"]),
        index_name_ends=frozenset(d["index_name_ends"]),
        index_name_fillers=frozenset(d["index_name_fillers"]),
        eponym_nouns=frozenset(d["eponym_nouns"]),
        possessive_eponym_nouns=frozenset(d["possessive_eponym_nouns"]),
        eponym_effect_nouns=frozenset(d["eponym_effect_nouns"]),
        eponym_title_nouns=frozenset(d["eponym_title_nouns"]),
        named_thing_kinds=frozenset(d["named_thing_kind_nouns"]),
        called_kinds=frozenset(d["called_kind_nouns"]),
        seat_kinds=frozenset(d["seat_kind_nouns"]),
        side_lines=frozenset(d["side_line_nouns"]),
        natural_kinds=frozenset(d["natural_kind_nouns"]),
        classified_kinds=frozenset(d["classified_kind_nouns"]),
        product_kind_nouns=frozenset(d["product_kind_nouns"]),
        place_part_nouns=frozenset(d["place_part_nouns"]),
        venue_name_ends=frozenset(d["venue_name_ends"]),
        venue_place_prepositions=frozenset(d["venue_as_a_place"]["prepositions"]),
        venue_way_prepositions=frozenset(d["venue_as_a_place"]["way_prepositions"]),
        ways_to_a_place=frozenset(d["venue_as_a_place"]["ways"]),
        figurative_natural_kinds=frozenset(d["figurative_natural_kind_nouns"]),
        genus_name_ends=tuple(d["genus_name_ends"]),
        species_epithet=re.compile(d["species_epithet_pattern"]),
        species_epithet_lookalikes=frozenset(d["species_epithet_lookalikes"]),
        award_nouns=frozenset(d["award_nouns"]),
        unborne_name_ends=frozenset(d["unborne_name_end_nouns"]),
        borne_name_ends=frozenset(d["borne_name_end_nouns"]),
        thing_slot_words=frozenset(d["thing_slot_words"]),
        edition_occasions=frozenset(d["edition_occasion_nouns"]),
        award_names=frozenset(d["award_names"]),
        prize_nouns=frozenset(d["prize_nouns"]),
        size_units=frozenset(d["size_unit_nouns"]),
        term_abbreviations=frozenset(d["term_abbreviations"]),
        platforms=frozenset(d["platforms"]),
        party_prepositions=frozenset(d["party_prepositions"]),
        companies=frozenset(d["companies"]),
        # "NVIDIA" for "Nvidia": a well-known company's name written in capitals, as a company may style it
        companies_in_capitals={c.upper(): c for c in d["companies"] if " " not in c and len(c) > 2 and not c.isupper()},
        city_seats=frozenset(d["city_seat_nouns"]),
        local_forces=frozenset(d["local_force_nouns"]),
        name_kinds=frozenset(d["name_kind_words"]),
        office_bodies=frozenset(d["office_body_nouns"]),
        web_domains=frozenset(d["web_domains"]),
        place_kinds=frozenset(d["place_kind_nouns"]),
        governed_places=frozenset(d["governed_place_nouns"]),
        venues=frozenset(d["venue_nouns"]),
        publishing_lemmas=frozenset(d["publishing_lemmas"]),
        issue_nouns=frozenset(d["issue_nouns"]),
        witnessed=frozenset(d["witnessed_lemmas"]),
        place_scene={k: frozenset(v) for k, v in d["place_scene_verbs"].items()},
        states_named_by={k: frozenset(v) for k, v in d["states_named_as_examples"].items()},
        families=frozenset(d["family_nouns"]),
        homes=frozenset(d["home_nouns"]),
        resident_nouns=frozenset(d["resident_nouns"]),
        territory_posts=frozenset(d["territory_post_nouns"]),
        territory_titled_posts=frozenset(d["territory_post_titled_nouns"]),
        territory_post_titles=frozenset(d["territory_post_title_words"]),
        origin_verbs=frozenset(d["origin_verb_lemmas"]),
        move_verbs=frozenset(d["move_verb_lemmas"]),
        appointing=frozenset(d["appointing_lemmas"]),
        appointments=frozenset(d["appointment_nouns"]),
        former_homes=frozenset(d["former_home_words"]),
        home_leaving=frozenset(d["home_leaving_lemmas"]),
        wake_word_openers=frozenset(d["wake_word_openers"]),
        sample_speakers=frozenset(d["sample_speaker_words"]),
        temperature_scales=frozenset(d["temperature_scales"]),
        bill_number_prefixes=frozenset(d["bill_number_prefixes"]),
        dotted_version_amounts=frozenset(d["dotted_version_amount_words"]),
        version_release_verbs=frozenset(d["version_release_verbs"]),
        issued_things=frozenset(d["issued_thing_nouns"]),
        role_nouns=frozenset(d["role_nouns"]),
        role_lemmas=frozenset(d["role_lemmas"]),
        plot_lemmas=frozenset(d["plot_lemmas"]),
        story_nouns=frozenset(d["story_nouns"]),
        work_nouns=frozenset(d["work_nouns"]),
        from_government_heads=frozenset(d["from_government_heads"]),
        motions=frozenset(d["motion_lemmas"]),
        conveyances=frozenset(d["conveyance_lemmas"]),
        heritage_prefixes=frozenset(d["heritage_prefixes"]),
        channels=frozenset(d["channel_lemmas"]),
        example_kinds=frozenset(d["example_kind_nouns"]),
        installed_copy_nouns=frozenset(d["installed_copy_nouns"]),
        software_agents=frozenset(d["software_agent_nouns"]),
        spelled_body_words=frozenset(d["spelled_body_words"]),
        consumptions=frozenset(d["consumption_lemmas"]),
        learnings=frozenset(d["learning_lemmas"]),
        origins=frozenset(d["origin_nouns"]),
        street_name_ends=tuple(d["street_name_ends"]),
        ethnic_group_words=frozenset(d["ethnic_group_words"]),
        ethnic_group_nouns=frozenset(d["ethnic_group_nouns"]),
        region_compass_words=frozenset(d["region_compass_words"]),
        region_ends=frozenset(d["region_ends"]),
        town_part_nouns=frozenset(d["town_part_nouns"]),
        name_particle_prefixes=frozenset(d["name_particle_prefixes"]),
        town_enclave_words=frozenset(d["town_enclave_words"]),
        town_name_titles=frozenset(d["town_name_titles"]),
        town_weather_words={k: frozenset(v) for k, v in d["town_weather_words"].items()},
        state_held_land_nouns=frozenset(d["state_held_land_nouns"]),
        story_tradition_nouns=frozenset(d["story_tradition_nouns"]),
        dangling_name_words={k: frozenset(v) for k, v in d["dangling_name_words"].items()},
        genus_initial_species=frozenset(d["genus_initial_species"]),
        story_tradition_compounds=frozenset(d["story_tradition_compounds"]),
        court_jurisdiction_nouns=frozenset(d["court_jurisdiction_nouns"]),
        # (metadata.json's forms, which tell a byline's desk from its writer and a body from a person here too, and the
        # company endings only the claims read)
        company_name_ends=frozenset(d["company_name_ends"]),
        organisation_forms=frozenset(load("metadata")["organisation_forms"]) | frozenset(d["company_name_ends"]),
        name_particles=frozenset(load("metadata")["name_particles"]),  # "von der" of "Ursula von der Leyen"
        title_abbreviations={short.lower(): noun for short, noun in d["title_abbreviations"].items()},
        chambers=frozenset(d["chambers"]),
        chamber_complements=frozenset(d["chamber_complements"]),
        institution_nouns=frozenset(d["institution_nouns"]),
        workplace_body_nouns=frozenset(d["workplace_body_nouns"]),
        field_body_nouns=frozenset(d["field_body_nouns"]),
        name_possessive_nouns=frozenset(d["name_possessive_nouns"]),
        name_possessive_office_nouns=frozenset(d["name_possessive_office_nouns"]),
        undergone=frozenset(d["undergone_lemmas"]),
        outcomes=d["outcome_phrasals"],
        results=frozenset(d["result_state_lemmas"]),
        measures=frozenset(d["measure_lemmas"]),
        descriptions=frozenset(d["description_lemmas"]),
        marked={key: frozenset(values) for key, values in d["marked"].items()},
        stative_passives=d["stative_passive_lemmas"],
        attempt_nouns=frozenset(d["attempt_nouns"]),
        perceptions=frozenset(d["perception_lemmas"]),
        speech_perceived=frozenset(d["speech_perceived_lemmas"]),
        experiences=frozenset(d["experience_lemmas"]),
        question_experience_adverbs=frozenset(d["question_experience_adverbs"]),
        reader_experiences=frozenset(d["reader_experience_lemmas"]),
        participle_states=frozenset(d["participle_states"]),
        cleft_standing_passives=frozenset(d["cleft_standing_passives"]),
        post_holding_passives=frozenset(d["post_holding_passive_lemmas"]),
        natural_forces=frozenset(d["natural_force_words"]),
        feeling_passives=frozenset(d["feeling_passive_lemmas"]),
        act_passives_unless_judged=frozenset(d["act_passive_unless_judged_lemmas"]),
        post_taking_passives=frozenset(d["post_taking_passive_lemmas"]),
        backing_passives=frozenset(d["backing_passive_lemmas"]),
        never_records={k: frozenset(v) for k, v in d["never_record_frames"].items()},
        reaction_adjectives=frozenset(d["reaction_adjectives"]),
        travel_headings=frozenset(d["travel_headings"]),
        stances=frozenset(d["stance_lemmas"]),
        stance_motion_words=frozenset(d["stance_motion_words"]),
        summons_words=frozenset(d["summons_words"]),
        lived_happening_words=frozenset(d["lived_happening_words"]),
        stance_occasions=frozenset(d["stance_occasion_nouns"]),
        held_since_lemmas=frozenset(d["held_since_lemmas"]),
        held_since_participles=frozenset(d["held_since_participles"]),
        reaction_perceptions=frozenset(d["reaction_perception_lemmas"]),
        changes=frozenset(d["change_lemmas"]),
        quality_changes=frozenset(d["trend_told"]["quality_change_lemmas"]),
        comparative_changes=frozenset(d["trend_told"]["comparative_change_lemmas"]),
        trend_moment_nouns=frozenset(d["trend_told"]["moment_nouns"]),
        spreads=frozenset(d["trend_told"]["spread_lemmas"]),
        destination_prepositions=frozenset(d["trend_told"]["destination_prepositions"]),
        trend_measure_subjects=frozenset(d["trend_told"]["measure_subjects"]),
        trend_subjects=frozenset(d["trend_told"]["measure_subjects"])
        | frozenset(d["trend_told"]["market_subjects"])
        | frozenset(d["trend_told"]["happening_subjects"]),
        quality_subjects=frozenset(d["trend_told"]["quality_subjects"]),
        physical_comparatives=frozenset(d["trend_told"]["physical_comparatives"]),
        reason_prepositions=frozenset(d["trend_told"]["reason_prepositions"]),
        negated_any_lemmas=frozenset(d["trend_told"]["negated_any_lemmas"]),
        reaction_drawing=frozenset(d["reaction_drawn"]["lemmas"]),
        reactions_drawn=frozenset(d["reaction_drawn"]["nouns"]),
        reaction_after_words=frozenset(d["reaction_drawn_words"]["after_words"]),
        reaction_uncounted_determiners=frozenset(d["reaction_drawn_words"]["uncounted_determiners"]),
        reaction_occasion_prepositions=frozenset(d["reaction_drawn_words"]["occasion_prepositions"]),
        negated_span_nouns=frozenset(d["negated_span"]["span_nouns"]),
        negated_indefinite_objects=frozenset(d["negated_span"]["indefinite_objects"]),
        recurring_occasions=frozenset(d["recurring_occasion_nouns"])
        | frozenset(d["habit_occasion"]["rate_units"])
        | frozenset(d["habit_occasion"]["day_words"]),
        trend_move_adverbs=frozenset(d["trend_told"]["move_adverbs"]),
        trend_measure_adjectives=frozenset(d["trend_told"]["measure_adjectives"]),
        becoming_moment_adverbs=frozenset(d["becoming_moment"]["adverbs"]),
        becoming_moment_prepositions=frozenset(d["becoming_moment"]["prepositions"]),
        becoming_period_prepositions=frozenset(d["becoming_moment"]["period_prepositions"]),
        becoming_time_marks=frozenset(d["becoming_moment"]["time_marks"]),
        change_nouns=frozenset(d["change_nouns"]),
        class_undergone=frozenset(d["class_undergone_lemmas"]),
        specification_nouns=frozenset(d["specification_nouns"]),
        be_to_idioms=frozenset(d["be_to_idiom_verbs"]),
        past_unlike_participle=frozenset(d["past_unlike_participle_lemmas"]),
        frame_nouns=d["frame_nouns"],
        existential_frame_nouns=frozenset(d["existential_frame_nouns"]),
        asking=frozenset(d["asking_words"]),
        seasons=frozenset(d["season_words"]),
        season_first_months=d["season_first_months"],
        day_parts=frozenset(d["day_part_words"]),
        tallies=frozenset(d["tally_nouns"]),
        non_play_contests=frozenset(d["non_play_contests"]),
        performatives=frozenset(d["performative_lemmas"]),
        decisions=frozenset(d["decision_lemmas"]),
        advice=frozenset(d["advice_lemmas"]),
        resolve_phrasal=frozenset(d["resolve_frames"]["phrasal_verbs"]),
        resolve_adjectives=frozenset(d["resolve_frames"]["adjectives_on"]),
        noting_adjectives=frozenset(d["noting_frames"]["adjectives"]),
        noting_verbs=frozenset(d["noting_frames"]["verbs"]),
        habit_adverbs=frozenset(d["habit_adverbs"]),
        counted_time_units=frozenset(d["counted_time_units"]),
        each_time_words=frozenset(d["each_time_words"]),
        occasion_each_time_determiners=frozenset(d["occasion_each_time_determiners"]),
        occasion_ordinals=tuple(d["occasion_ordinals"]),
        calendar_period_nouns=tuple(d["calendar_period_nouns"]),
        yearly_holiday_names=tuple(d["yearly_holiday_names"]),
        season_names=tuple(d["season_names"]),
        day_range_following_words=tuple(d["day_range_following_words"]),
        bracket_count_prepositions=frozenset(d["bracket_count_prepositions"]),
        games_event_qualifiers=frozenset(d["games_event_qualifiers"]),
        year_time_prepositions=frozenset(d["year_time_prepositions"]),
        designated_days={key: frozenset(members) for key, members in d["designated_days"].items()},
        span_nouns=frozenset(d["span_nouns"]),
        move_copula={k: frozenset(v) for k, v in d["move_copula"].items()},
        party_act_statives={k: frozenset(v) for k, v in d["party_act_statives"].items()},
        span_object_nouns=frozenset(d["span_object_nouns"]),
        aspect_lemmas=frozenset(d["aspect_lemmas"]),
        base_form_pasts=frozenset(d["base_form_past_lemmas"]),
        greeting_wish_lemmas=frozenset(d["greeting_wish_lemmas"]),
        holiday_calendar_words=frozenset(d["holiday_calendar_words"]),
        later_time_adverbs=frozenset(d["later_time_adverbs"]),
        feeling_idioms=frozenset(d["feeling_idioms"]),
        appraisal_verbs=frozenset(d["appraisal_verbs"]),
        own_words=frozenset(d["own_words_lemmas"]),
        feelings=frozenset(d["feelings"]),
        states_of_mind=frozenset(d["states_of_mind"]),
        team_roles=frozenset(d["team_role_nouns"]),
        club_posts=frozenset(d["club_post_nouns"]),
        # (words after a city's name that make it a club or company, no place: actors._city_of_a_persons_post)
        body_not_city_posts=frozenset(d["team_role_nouns"])
        | frozenset(d["club_post_nouns"])
        | frozenset(d["territory_post_nouns"])
        | frozenset(d["judged_as_post_nouns"])
        | frozenset(d["body_not_city_post_nouns"]),
        academic_posts=frozenset(d["academic_post_nouns"]),
        # (a copula's noun of a person's standing work: actors._a_copula_noun_of_work)
        standing_work_nouns=frozenset(d["occupation_nouns"])
        | frozenset(d["post_nouns_before_a_name"])
        | frozenset(d["speaker_description_nouns"])
        | frozenset(d["judged_as_post_nouns"])
        | frozenset(d["academic_post_nouns"]),
        sport_words=frozenset(d["sport_context_words"]),
        sport_side_heads=frozenset(d["sport_side_heads"]),
        plural_agreement=frozenset(d["plural_agreement"]),
        anywhere_adverbs=frozenset(d["anywhere_adverbs"]),
        envoys=frozenset(d["envoy_nouns"]),
        aides=frozenset(d["aide_nouns"]),
        described_persons=frozenset(d["described_person_nouns"]),
        workplaces=frozenset(d["workplace_lemmas"]),
        wins_over=frozenset(d["result_lemmas"]["win_over"]),
        loses_to=frozenset(d["result_lemmas"]["lose_to"]),
        win_nouns=frozenset(d["result_lemmas"]["win_nouns"]),
        degree=frozenset(d["degree_adverbs"]),
        name_suffixes=frozenset(d["name_suffixes"]),
        honorifics=frozenset(d["honorifics"]),
        gendered={word: gender for gender, members in d["gendered_words"].items() for word in members},
        picture_nouns=frozenset(d["picture_words"]["nouns"]),
        picturing_verbs=frozenset(d["picture_words"]["verbs"]),
        located_picturing_verbs=frozenset(d["picture_words"]["located_verbs"]),
        picture_sides=frozenset(d["picture_words"]["located_sides"]),
        media_calls=SimpleNamespace(**{key: frozenset(value) for key, value in d["media_call_words"].items()}),
        sending_verbs=frozenset(d["picture_words"]["sending_verbs"]),
        wire_caption=re.compile(d["wire_caption"], re.I),
        caption_position=re.compile(d["caption_position"], re.I),
        post_credit_dashes=tuple(d["post_credit_dashes"]),
        post_signature=re.compile(
            d["post_signature"].replace("{post_credit_dashes}", "|".join(map(re.escape, d["post_credit_dashes"])))
        ),
        post_intro_words=frozenset(d["post_intro_words"]),
        credit_line=re.compile(d["credit_line"]),
        stage_direction_words=frozenset(d["stage_direction_words"]),
        appointing_verbs=frozenset(d["appointing_verbs"]),
        other_holder_words=frozenset(d["other_holder_words"]),
        courtesy_titles=frozenset(d["courtesy_titles"]),
        quote_credit_line=re.compile(d["quote_credit_line"]),
        roundup_credit=re.compile(d["roundup_credit"]),
        interview_question=re.compile(d["interview_question"]),
        interview_answer=re.compile(d["interview_answer"]),
        interview_lemmas=frozenset(d["interview_lemmas"]),
        interviewee_pronouns=frozenset(d["interviewee_pronouns"]),
        speaker_label=re.compile(d["speaker_label"]),
        transcript_label=re.compile(d["transcript_label"]),
        first_person_singular=re.compile(d["first_person_singular"]),
        first_person_any=re.compile(d["first_person_any"]),
        excerpt_announcement=re.compile(d["excerpt_announcement"]),
        letter_salutation=re.compile(d["letter_salutation"]),
        letter_signature=re.compile(d["letter_signature"]),
        self_naming=re.compile(d["self_naming"]),
        name_line=re.compile(d["name_line"]),
        name_alone_line=re.compile(d["name_alone_line"]),
        title_line=re.compile(d["title_line"]),
        credit_title_nouns=frozenset(d["credit_title_nouns"]),
        reporter_title_nouns=frozenset(d["reporter_title_nouns"]),
        statement_heading=re.compile(d["statement_heading"]),
        creed_rubric=re.compile(d["creed_rubric"]),
        impersonal_claim_nouns=frozenset(d["impersonal_claim_nouns"]),
        impersonal_claim_verbs=frozenset(d["impersonal_claim_verbs"]),
        said_to_passive=frozenset(d["said_to_passive_lemmas"]),
        told_that_passive=frozenset(d["told_that_passive_lemmas"]),
        message_media=frozenset(d["message_medium_nouns"]),
        impersonal_passive=frozenset(d["impersonal_passive_lemmas"]),
        addressee_object=frozenset(d["addressee_object_lemmas"]),
        target_object=frozenset(d["target_object_lemmas"]).union(
            d["directive_lemmas"],
            d["accusing_lemmas"],
            d["charge_lemmas"],
            d["addressee_object_lemmas"],
            d["addressed_passive_lemmas"],
        ),
        addressed_passive=frozenset(d["addressed_passive_lemmas"]),
        view_phrases={prep: frozenset(nouns) for prep, nouns in d["view_phrases"].items()},
        knowing=frozenset(d["knowing_lemmas"]),
        knowing_stative=frozenset(d["knowing_stative"]),
        clause_knowing=frozenset(d["clause_knowing_lemmas"]),
        as_aside_knowing=frozenset(d["as_aside_knowing"]),
        put_it_wording_settings=frozenset(d["put_it_wording_settings"]),
        put_it_placing_adverbs=frozenset(d["put_it_placing_adverbs"]),
        regard_passive=frozenset(d["regard_passive_lemmas"]),
        regard_passive_as_only=frozenset(d["regard_passive_as_only_lemmas"]),
        valued_at_passive=frozenset(d["valued_at_passive_lemmas"]),
        holder_raising_passive=frozenset(d["holder_raising_passive_lemmas"]),
        holder_raising_be_only=frozenset(d["holder_raising_be_only_lemmas"]),
        rated_passive=frozenset(d["rated_passive_lemmas"]),
        made_clear=frozenset(d["made_clear_words"]),
        expectation_infinitive=frozenset(d["expectation_object_infinitive_lemmas"]),
        documents=frozenset(d["document_nouns"]),
        findings=frozenset(d["finding_lemmas"]),
        concluding=frozenset(d["concluding_lemmas"]),
        appearance=frozenset(d["appearance_lemmas"]),
        found_to=frozenset(d["found_to_lemmas"]),
        laboratory_subjects=frozenset(d["laboratory_subject_nouns"]),
        laboratory_treatments=frozenset(d["laboratory_treatment_lemmas"]),
        laboratory_group_modifiers=frozenset(d["laboratory_group_modifiers"]),
        change_paths={lemma: frozenset(preps) for lemma, preps in d["change_paths"].items()},
        change_path_happenings=frozenset(d["change_path_happenings"]),
        persuading=frozenset(d["persuading_lemmas"]),
        income=frozenset(d["income_lemmas"]),
        volumes=frozenset(d["volume_lemmas"]),
        figure_outcomes=frozenset(d["figure_outcome_lemmas"]),
        skill_manners=frozenset(d["skill_manner_adverbs"]),
        party_roles=frozenset(d["modal_party_nouns"]["roles"]),
        party_bodies=frozenset(d["modal_party_nouns"]["bodies"]),
        body_non_acts=frozenset(d["modal_party_nouns"]["body_non_acts"]),
        figure_ahead={key: frozenset(values) for key, values in d["figure_ahead"].items()},
        past_standing={lemma: frozenset(preps) for lemma, preps in d["past_standing"].items()},
        staying_put={key: frozenset(values) for key, values in d["staying_put"].items()},
        that_openers_not_hung=frozenset(d["that_clause_openers_not_hung"]),
        past_standing_marks={key: frozenset(values) for key, values in d["past_standing_marks"].items()},
        due_time={key: frozenset(values) for key, values in d["due_time"].items()},
        experienced_before_now={key: frozenset(values) for key, values in d["experienced_before_now"].items()},
        study_only_findings=frozenset(d["study_only_finding_lemmas"]),
        showing_records=frozenset(d["showing_record_nouns"]),
        research_models=frozenset(d["research_model_marks"]["nouns"]),
        research_model_modifiers=frozenset(d["research_model_marks"]["modifiers"]),
        could_not_then={key: frozenset(values) for key, values in d["could_not_then"].items()},
        occasion_nouns=frozenset(d["occasion_nouns"]["nouns"]),
        occasion_roles=frozenset(d["occasion_nouns"]["roles"]),
        span_prepositions=frozenset(d["occasion_nouns"]["span_prepositions"]),
        frequency_adverbs=frozenset(d["frequency_adverbs"]),
        share_nouns=frozenset(d["share_nouns"]),
        travelling_people={key: frozenset(values) for key, values in d["travelling_people"].items()},
        request_steps={key: frozenset(values) for key, values in d["request_steps"].items()},
        received_instruction={key: frozenset(values) for key, values in d["received_instruction"].items()},
        withheld_speech={key: frozenset(values) for key, values in d["withheld_speech"].items()},
        permissions=frozenset(d["permission_lemmas"]),
        let_idioms=frozenset(d["let_idiom_lemmas"]),
        enabling_frame=dict(d["enabling_frame"]),
        narrative_would={key: frozenset(values) for key, values in d["narrative_would"].items()},
        measure_phrasals=dict(d["measure_phrasals"]),
        level_stood_at=frozenset(d["level_stood_at"]),
        span_spending=frozenset(d["span_spending_lemmas"]),
        span_spent={key: frozenset(values) for key, values in d["span_spent"].items()},
        passive_progressive_not_acts=frozenset(d["passive_progressive_not_acts"]),
        negated_progressive_not_acts=SimpleNamespace(
            lemmas=frozenset(d["negated_progressive_not_acts"]),
            objects={verb: frozenset(objects) for verb, objects in d["negated_progressive_state_objects"].items()},
            degrees=frozenset(d["negated_progressive_degrees"]),
        ),
        ranking_standing={lemma: frozenset(parts) for lemma, parts in d["ranking_standing"].items()},
        ranking_moves=frozenset(d["ranking_moves"]),
        ranking_nouns=frozenset(d["ranking_nouns"]),
        ranking_places=frozenset(d["ranking_place_nouns"]),
        past_standing_in_the_perfect={lemma: frozenset(preps) for lemma, preps in d["past_standing_in_the_perfect"].items()},
        class_members=frozenset(d["class_member_nouns"]),
        body_members=frozenset(d["body_member_nouns"]),
        # posts and work at a company ("Facebook CEO", "a Twitter engineer"), not any person noun ("Twitter critics")
        company_posts=(titles | frozenset(d["credit_title_nouns"]) | frozenset(d["body_member_nouns"]))
        - frozenset(d["non_staff_member_nouns"]),
        body_units=frozenset(d["body_unit_nouns"]),
        company_units=frozenset(d["company_unit_nouns"]),
        place_bodies=frozenset(d["place_body_nouns"]),
        news_outlet_heads=frozenset(d["news_outlet_heads"]),
        news_agencies=frozenset(d["news_agencies"]),
        introduced_bodies=frozenset(d["introduced_body_nouns"]["alone"]),
        introduced_bodies_with_members=frozenset(d["introduced_body_nouns"]["with_members"]),
        pressure_facing=frozenset(d["pressure_facing_lemmas"]),
        pressures=frozenset(d["pressure_nouns"]),
        matters_on=frozenset(d["matter_on_lemmas"]),
        difficulties=frozenset(d["difficulty_nouns"]),
        non_source_nouns=frozenset(d["non_source_nouns"]),
        studies=frozenset(d["study_nouns"]),
        convened_events=frozenset(d["convened_event_nouns"]),
        convening=frozenset(d["convening_lemmas"]),
        unvouched_reports=frozenset(d["unvouched_report_lemmas"]),
        finding_parts=frozenset(d["finding_part_nouns"]),
        credited_works=frozenset(d["credited_work_nouns"]),
        credited_texts=frozenset(d["credited_text_nouns"]),
        issued_texts=frozenset(d["issued_text_nouns"]),
        speaking_texts=frozenset(d["speaking_text_nouns"]),
        listed_contents=frozenset(d["listed_content_nouns"]),
        document_contents=frozenset(d["document_content_nouns"]),
        points_verbs=frozenset(d["listing_verb_lemmas"]),
        listed_owner_preps=frozenset(d["listed_owner_prepositions"]),
        listed_documents=frozenset(d["listed_owner_nouns"]["document"]),
        listed_owners=frozenset(d["listed_owner_nouns"]["document"]) | frozenset(d["listed_owner_nouns"]["study"]),
        listing_participles=frozenset(d["listing_participle_lemmas"]),
        counted_speech=frozenset(d["counted_speech_lemmas"]),
        lead_in_thought=frozenset(d["lead_in_thought_lemmas"]),
        point_opening=re.compile(d["point_opening"]),
        count_words=dict(d["count_words"]),
        count_tens=dict(d["count_tens"]),
        count_nouns=frozenset(d["count_nouns"]),
        figure_talk=_figure_talk(d["figure_talk_words"]),
        figure_talk_after=_figure_talk(d["figure_talk_after_words"]),
        rescheduling=frozenset(d["rescheduling_lemmas"]),
        rescheduling_loose=frozenset(d["rescheduling_loose_lemmas"]),
        rescheduled_event_nouns=frozenset(d["rescheduled_event_nouns"]),
        rescheduling_phrasals={lemma: frozenset(parts) for lemma, parts in d["rescheduling_phrasals"].items()},
        portfolios=frozenset(d["portfolio_words"]),
        object_not_speech=frozenset(d["object_lemmas_not_speech"]),
        say_objects=frozenset(d["say_object_nouns"]),
        say_bare_objects=frozenset(d["say_bare_object_nouns"]),
        given_names={name: gender for gender, members in d["given_names"].items() for name in members},
        groups=patterns.compile(r"(?<![\w])(?:" + "|".join(re.escape(g) for g in groups) + r")(?![\w])", re.I),
    )


def ends_in_organisation_form(parts) -> bool:
    """A name's words (its dots cleaned off) ending in an organisation's form ("Acme Holdings", "Samsung Electronics
    Co"): 'Co' cleaned of its dot only after another form or a known company's first word, since it is a surname too
    ("Lucio Co")."""
    lex = words()
    if not parts:
        return False
    if parts[-1] in lex.organisation_forms:
        return True
    if parts[-1] == "Co" and len(parts) > 1:
        return parts[-2] in lex.organisation_forms or parts[-2] == "&" or parts[0] in lex.companies
    return False

"""Stage 5: sentences -> claims, on spaCy's parse.

Each paragraph of the body is parsed by spaCy's English pipeline
(`claims.nlp`) with declcli's sentence boundaries set before the parser.
A sentence is then cut into claims on the parse (`clauses`), and each claim
is read:

- its attribution frame first (`attribution`): kind, modality, polarity
  and mood come from the reported content's verb, not from "said";
- modality, polarity, kind, mood and condition from that verb (`reading`);
- actors and places from the model's entities and declcli's gazetteer
  (`actors`), persons resolved over the article (`context`);
- dates resolved against the article's date in the claim's tense
  (`dates`), quotes, and topics (`topics`).

Units that are page furniture give no claim (`chrome`). Quotes that run
over several sentences pass their speaker to every sentence inside them.
Agreements are found over the finished claims (`agreements`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .. import patterns
from ..defaults import MAX_PIECE, MAX_TEXT, NAME_WINDOW
from ..model import Actor, Attribution, Claim, Condition, Sentence
from ..sentences import LEAD_IN_ENDS, PARAGRAPH_BREAK
from .actor_model import revise_actors
from .actors import (
    _strip_article,
    find_actors,
    note_given_names,
    note_name_suffixes,
    note_named_beings,
    note_setting,
    note_short_forms,
    note_state_titles,
    note_stated_countries,
    note_teams,
    reports_the_story,
)
from .attribution import (
    announced_block,
    as_attribution,
    asked_and_answered,
    bare_interview,
    bare_speaker,
    be_like_quotative,
    block_author,
    body_named_in_thing,
    clause_before_a_semicolon,
    clause_joined,
    colon_lead_in_speaker,
    counted_points,
    credited_lead_in,
    described_speaker,
    described_subject,
    described_thing,
    excerpt_end,
    find_frame,
    first_person_voice,
    indent_at,
    interview_answers,
    issuer_of_subject,
    lead_in_reporter,
    lead_in_tag,
    list_goes_on,
    list_marker,
    may_tag_quote,
    named_after_subject,
    named_lead_in,
    names_a_point,
    note_asked,
    panel_answers,
    paragraphs_inside_an_open_quote,
    pointing_lead_in,
    points_lead_in,
    profile_first_person,
    quote_closed,
    quote_goes_on,
    quote_left_open,
    quote_regions,
    quote_tag_speaker,
    reporting_lead_in,
    rule_line,
    self_named_speaker,
    set_off,
    signed_letters,
    spoken_by_it,
    tag_after_quote,
    unnamed_described_subject,
    wh_lead_in,
    with_single_quotes,
)
from .chrome import (
    QUOTATIONS,
    BodyEnd,
    about_the_credited,
    another_story_above,
    box_score_row,
    boxed_lists,
    ends_as_sentence,
    ends_on_a_picture_credit,
    figure_rows,
    is_chrome,
    items_after_a_lead_in,
    label_rows_under_a_title,
    lead_in_verbs_of_items,
    page_layout,
    post_credit_start,
    promo_boxes,
    reads_as_prose,
    section_lines_after_a_lead_in,
    timeline_row,
    wrapped_sentences,
)
from .clauses import SUBJECTS, clause_spans, has_subject
from .consistency import NameVotes, harmonise
from .context import Context, clean_name, entities, forget_entities, note_descriptions, surname, text_of
from .dates import (
    AHEAD_MODALS,
    MONTH_WORDS,
    WEEKDAYS,
    ahead_of_a_past,
    arranged_ahead,
    day_of_a_happening_ahead,
    day_of_a_happening_asked_for,
    day_set_by_a_perfect,
    find_dates,
    list_year,
    modal_perfect,
    points_ahead,
    proposed_ahead,
    reference_day,
    schedule_row,
    season_ahead,
    set_ahead_by_a_participle,
    starts_after,
    with_list_year,
    would_ahead,
    would_ahead_of_a_present,
    writes_a_period,
)
from .genders import note_genders
from .lexicon import words
from .narration import narrated_in_the_present, surnames_named
from .products import note_products
from .reading import (
    advised_gerund,
    asked_in_the_past,
    asked_modality,
    hedged_frame_polarity,
    imperative_frame,
    mood_and_condition,
    past_act_in_reported_gerund,
    quoted_hedge_polarity,
    request_told_as_a_step,
    resultative_perfect,
    speech_ahead,
    speech_ahead_reading,
    study_result_found_by_them,
    subject_of,
    third_singular,
    wondering_held,
)
from .reading import kind_decided as read_kind_decided
from .reading import modality as read_modality
from .reading import polarity as read_polarity
from .topics import topics as find_topics

_QUOTES = QUOTATIONS  # (chrome's, which its short pull quotes read too)
# Modals of what is to come; "should peak Wednesday", "could be pushed to Monday" point ahead too.
_FINITE_TAGS = ("VBD", "VBP", "VBZ", "MD")


def extract_claims(
    text: str,
    sentences: Iterable[Sentence],
    *,
    published: str | None = None,
    reference_date: str | None = None,
) -> list[Claim]:
    return list(iter_claims(text, sentences, published=published, reference_date=reference_date))


def iter_claims(
    text: str,
    sentences: Iterable[Sentence],
    *,
    published: str | None = None,
    reference_date: str | None = None,
) -> Iterator[Claim]:
    """The claims of `text`, a paragraph at a time, as `sentences` (read
    once: an iterator is fine) come."""
    from .nlp import parse_paragraphs

    ref = reference_day(published, reference_date)
    ctx = Context(text=text)
    ctx.creed = words().creed_rubric.search(text) is not None  # a pledge or creed (GUIDE decision 173)
    votes = NameVotes()
    count = 0
    # Paragraphs of page furniture and an interview's questions, told by the whole text.
    # (summaries: the lines below the headline and the summary bullets, claims if full clauses)
    # (ended: where the page's furniture after the body starts, GUIDE decisions 533(b), 547)
    # (captioned: the paragraphs right below a picture's label line, opened by its caption)
    copies, asked, summaries, ended, captioned, lone = page_layout(text)
    for window in _windows(parse_paragraphs(_paragraphs(text, sentences))):
        # The labels of the whole window (an ordinary article is one) are known before its first claim.
        docs = [doc for doc, _ in window]
        votes.add(docs)
        harmonise(docs, votes)
        note_genders(docs, ctx)
        note_descriptions(window, ctx)
        note_products(docs, ctx)
        lower_words, lower_forms = _lower_words(docs)
        note_teams(docs, ctx, lower_forms)  # the teams the window names, known before its first claim
        note_state_titles(docs, ctx)  # the titles it ties to ruling a state, whose holders it places (decision 866)
        note_short_forms(docs, ctx, lower_forms)  # the short forms of the bodies it names in full (decision 373)
        note_named_beings(docs, ctx)  # the names it gives animals, no actors at any mention (decision 428)
        note_name_suffixes(docs, ctx)  # the persons it names with a "Jr.": one name at every mention (the actors section)
        note_given_names(docs, ctx)  # the full names behind a given name alone ("Barack" of "Barack Obama")
        note_setting(docs, ctx)  # the countries it names, the setting before the text names one
        ctx.surnames = surnames_named(docs)
        ctx.narrated = narrated_in_the_present(docs, ctx.surnames)  # a story told in the present: its simple presents happen
        ctx.lower_words.update(lower_words)
        texts = [text_of(doc) for doc in docs]
        # (a caption closed by its picture's credit is a finished paragraph: the line without a stop below it is set in)
        set_in = _set_into_the_story([ends_as_sentence(text) or ends_on_a_picture_credit(text) for text in texts])
        inside_quotes = paragraphs_inside_an_open_quote(texts)  # GUIDE decision 213
        posts = _post_authors(texts, docs, ctx)  # GUIDE decision 33: an embedded post's paragraphs, its credit line's account
        credits = _credited_excerpts(texts)
        roundup = _roundup_items(texts)  # GUIDE decision 222
        letters = signed_letters(texts)
        statements = _credited_statements(texts)  # GUIDE decision 61
        interviews = interview_answers(docs, ctx)  # decision 50
        profiles = profile_first_person(docs, ctx)  # decision 94
        speeches = self_named_speaker(docs, ctx)  # "this is Dana Lee, and I'm here …" (decisions 50, 94)
        panels = panel_answers(texts, docs)  # first-person answers, each credited by a name line (decision 50)
        bare = bare_interview(docs, ctx)  # answers after bare questions, under "Here, X explains …" (decision 50)
        answered = asked_and_answered(docs, ctx)  # questions to "you" answered in the first person, read from the layout
        # each paragraph's speaker from the first of these readings that gives one, in this order
        readings = (interviews, profiles, letters, statements, speeches, panels, bare, answered)
        voiced = [next(filter(None, found), None) for found in zip(*readings, strict=True)]
        promos = promo_boxes(window)  # a paywall's or sign-up box's pitch
        # sentences cut at hard line breaks: which piece carries the claim
        hard_wrapped = any(PARAGRAPH_BREAK.search(text, offset, sents[-1].end) for _, (offset, sents) in window)
        wrapped = wrapped_sentences(window, hard_wrapped)
        boxed = boxed_lists(window, promos, wrapped[0] | wrapped[1])
        items = items_after_a_lead_in(window)  # a lead-in's items: claims however short (GUIDE decision 56)
        leads = lead_in_verbs_of_items(window, items)  # a verbless item takes its lead-in's modality (decisions 56, 238)
        rows = figure_rows(texts)  # a list's bulleted rows of figures among rows like them (GUIDE decisions 112, 634)
        titled = label_rows_under_a_title(window)  # a list's rows under a title: labels when they only name (decision 634)
        sections = section_lines_after_a_lead_in(window)  # the lines heading the sections that complete a lead-in (469)
        announced = None  # the speaker the paragraph before announced with "X writes:"
        # paragraphs set off by an indent (a block quote, a stanza), and the speaker of the block quote running on
        indented = [set_off(text, offset) for _, (offset, _) in window]
        quoting = None
        points = None  # the source and the count of points a counted speech act announced (decision 235)
        quoting_first = False  # the block quote running on speaks in the first person ("I startled a weasel")
        listing = None  # the source a lead-in credited for the list items after it
        marker = None  # the marker opening that list's items ("-", "1" for a number)
        spoken = None  # the last known person credited with words or a text in the window
        excerpt = None  # an excerpt after a lead-in naming nobody ("Here's how it works."): its source and end
        for k, (doc, (offset, sents)) in enumerate(window):
            # Not a headline: a post's text (its signature line follows) or a list's rows after a lead-in's colon or ellipsis.
            set_in_k = set_in[k] and posts[k] is None and not (k > 0 and texts[k - 1].rstrip().endswith(LEAD_IN_ENDS))
            # (a section's line that completes a lead-in is no question heading of an explainer: GUIDE decision 469)
            furniture = (offset in copies and not sections[k]) or boxed[k] or promos[k]
            below = texts[k + 1] if k + 1 < len(texts) else ""
            if offset in lone and not furniture and reads_as_prose(doc) and not another_story_above(doc, below):
                # the one line above the body worded as prose: the standfirst, claims (GUIDE decision 88), read on a copy
                # of the context, so that its reading changes nothing below it (the body is read as under a headline)
                read = (set_in_k, offset in asked, wrapped, items[k] or sections[k], True, ended, rows[k], titled[k])
                for claim in _lone_line_claims(doc, offset, sents, ref, ctx, read, offset in captioned, text):
                    count += 1
                    claim.id = f"c{count}"
                    yield claim
            # (else the headline: page furniture, as is that line read as a standfirst for the body's sake)
            furniture = furniture or offset in lone
            completes = items[k] or sections[k]  # an item of a lead-in: no heading nor short label (decisions 56, 469)
            ctx.position = offset
            ctx.quote_runs_through = inside_quotes[k]
            if announced is not None and announced.source:
                # the speaker a lead-in announced ("Here's what X said:") stands as the last quote's speaker from here on,
                # so an untagged quote after the lead-in runs on from X, not from the speaker of the quote before it
                ctx.last_quote = (announced.source, announced.cue)
            if furniture:
                note_stated_countries(doc, 0, len(doc), ctx)  # a caption or headline still states a person's country
            claims = (
                []
                if furniture
                else _paragraph_claims(
                    doc,
                    offset,
                    sents,
                    ref,
                    ctx,
                    set_in_k,
                    offset in asked,
                    wrapped,
                    completes,
                    offset in summaries,
                    ended,
                    rows[k],
                    titled[k],
                    offset in captioned,
                )
            )
            if leads[k] is not None:
                # "Those would be:" / "- Rick Porcello, three years": the item finishes the lead-in's sentence, whose
                # modality it takes (GUIDE decisions 56, 238)
                for claim in claims:
                    claim.modality = read_modality(leads[k])
            credited = posts[k] or credits[k] or roundup[k]
            # the block quote a lead-in "As Klein writes:" announced (a question alone is a heading: "What Does It Offer?")
            quoted = None  # the speaker of a block quote this paragraph belongs to
            if credited is None and announced is not None and (ends_as_sentence(texts[k]) or indented[k]):
                quoted = announced if len(sents) > 1 or not texts[k].rstrip().endswith("?") else None
            elif (
                credited is None
                and quoting is not None
                and quote_goes_on(
                    texts[k], indented[k], quoting, texts[k - 1], texts[k + 1] if k + 1 < len(texts) else "", quoting_first
                )
            ):
                quoted = quoting  # a block quote going on past its first paragraph (GUIDE decision 213)
            # the items of a list after a lead-in that credits them ("From Goldman on the FOMC's move:"), past a rule line
            # (up to the end of that list: another list's marker, a rule line between items, an item that is a lead-in
            # or a link of its own)
            nesting = k + 1 < len(window) and indent_at(text, window[k + 1][1][0]) > indent_at(text, offset)
            going_on = listing is not None and credited is None and list_goes_on(texts[k], marker, nesting)
            listed = listing if going_on else None
            if listed is None and (any(ch.isalpha() for ch in texts[k]) or (marker is not None and rule_line(texts[k]))):
                listing = None
            if quoted is not None and quoted is announced and list_goes_on(texts[k], None, nesting):
                # a list's first item after a lead-in that announced its source ("The audit found that:", "the leaflet
                # recommends a few habits, such as:"): the items after it are that source's too (decisions 136, 212)
                listing, marker = quoted, None
            marker = (marker or list_marker(texts[k])) if listing is not None else None
            excerpted = excerpt[0] if excerpt is not None and k < excerpt[1] else None
            credited = credited or quoted or listed or excerpted
            # a block quote set off by an indent goes on until a time code or page number closes it
            went_on = quoted is not None and (indented[k] or quoted is quoting)
            # whether the block quote speaks as "I" ("I startled a weasel …"): told by its first paragraph, kept after
            quoting_first = went_on and ((quoted is quoting and quoting_first) or first_person_voice(texts[k]))
            quoting = quoted if went_on and not quote_closed(texts[k]) else None
            announced = announced_block(claims, texts[k])
            if announced is None:
                announced = wh_lead_in(doc, ctx)
                if announced is not None and claims and claims[-1].attribution is None and claims[-1].text.rstrip().endswith(":"):
                    # "And here's what X said yesterday in response to …:": the lead-in is a claim of that speaker's
                    # too (GUIDE decision 85's tag before a block quote), which the parse gave no frame of its own
                    claims[-1].attribution = announced
            announced = (
                announced
                or named_lead_in(doc, ctx)
                or pointing_lead_in(doc, ctx)  # "A study from X examined this:" (GUIDE decision 298)
            )
            lead = credited_lead_in(doc, ctx) if announced is None else None
            if lead is not None:
                marker = None
                announced = listing = lead  # GUIDE decisions 136, 178, 212: a lead-in crediting a text without a reporting verb
            owned = points_lead_in(doc, ctx) if announced is None and lead is None else None
            if owned is not None:
                listing, marker = owned, None  # the points a study or document gives (decisions 136, 212): its list's items
            if announced is None and k + 1 < len(texts) and indented[k + 1] and not indented[k]:
                announced = block_author(doc, ctx)  # "Laura knows this too:" above a set-off quote (decision 228)
                tag = lead_in_tag(doc, ctx) if announced is not None and claims else None
                if tag is not None and claims[-1].attribution is None and claims[-1].text.rstrip().endswith(":"):
                    claims[-1].attribution = tag  # the lead-in itself: its author and verb ("Jung weighs … :")
            for claim in claims:
                source = claim.attribution.source if claim.attribution is not None else None
                if source and ctx.persons.get(source) is not None:
                    spoken = source
            if announced is None and excerpted is None and k + 1 < len(texts) and not indented[k + 1]:
                lead = reporting_lead_in(doc, ctx)  # "Google confirmed this in a statement…" above a first person
                if lead is not None and excerpt_end(texts, k, lead.source, announced=True) is not None:
                    announced = lead
            if excerpted is None and announced is not None and k + 1 < len(texts) and not indented[k + 1]:
                # "He explains:" above the excerpt's first paragraph in the body: its later paragraphs too
                end = excerpt_end(texts, k, announced.source, announced=True)
                excerpt = (announced, end) if end is not None else None
            elif excerpted is None:
                end = excerpt_end(texts, k, spoken)
                excerpt = (Attribution(spoken, None), end) if end is not None else None
            if credited is not None:
                # An embedded post: the paragraph before its signature line is the account's; an
                # excerpt: the paragraphs before its credit line are the source's.
                for claim in claims:
                    if claim.attribution is None:
                        claim.attribution = credited
            if voiced[k] is not None:
                # An interview's answer, a reader's letter: the whole paragraph is the interviewee's or the
                # signer's, as a quote is its speaker's (GUIDE decision 50).
                # (a holderless passive's own cue stays: "She's being criticized for …" in a host's turn credits
                # no one, GUIDE decisions 3, 801)
                for claim in claims:
                    if claim.attribution is None or not (claim.attribution.source or claim.attribution.cue):
                        claim.attribution = voiced[k]
            # the points a counted speech act announced ("X highlights three risks." … "The first is …": decision 235)
            if not ends_as_sentence(texts[k]):
                points = None
            acts = counted_points(doc, ctx) if claims else []
            for claim in claims:
                while acts and claim.start - offset >= acts[0][0]:
                    _, source, number = acts.pop(0)
                    points = [source, number]
                if points is not None and claim.attribution is None and names_a_point(claim.text):
                    claim.attribution = points[0]
                    points[1] -= 1
                    if not points[1]:
                        points = None
            if acts:  # a speech act closing its paragraph: its points come in the paragraphs after it
                points = [acts[-1][1], acts[-1][2]]
            for claim in claims:
                claim.dates = with_list_year(claim.dates, list_year(text, claim.start))  # a schedule's row: its heading's year
                revise_actors(claim, doc, offset, ctx)
                count += 1
                claim.id = f"c{count}"
                yield claim
            ctx.actor_paths.clear()  # (the paths hold the paragraph's actors: let them go)
        for doc in docs:
            forget_entities(doc)


def _lone_line_claims(doc, offset: int, sents, ref, ctx: Context, read: tuple, captioned: bool, text: str) -> list[Claim]:
    """The claims of the one line above the body read as a standfirst (`chrome.reads_as_prose`), as a line below the
    headline is read (claims only as full clauses; `read`: `_paragraph_claims`'s flags from `between_sentences` to
    `titled`), on a copy of `ctx`: the names, places and speakers it reads stay
    out of the body's reading, which goes on as under a headline (the window's parsed Docs are shared, not copied)."""
    import copy

    scratch = copy.deepcopy(ctx, {id(ctx.window_docs): ctx.window_docs, id(ctx.actor_paths): {}})
    scratch.position = offset
    claims = _paragraph_claims(doc, offset, sents, ref, scratch, *read, captioned)
    for claim in claims:
        claim.dates = with_list_year(claim.dates, list_year(text, claim.start))
        revise_actors(claim, doc, offset, scratch)
    return claims


def _lower_words(docs) -> tuple[set[str], set[str]]:
    """The words the Docs write in lower case, as written and as spaCy lower-cases them, read in one
    pass over their tokens' attributes (each token read would make a Token object)."""
    from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER, ORTH

    written: set[str] = set()
    lowered: set[str] = set()
    for doc in docs:
        strings = doc.vocab.strings
        # (the words' attributes in one array, without a Token object per word; ORTH is token.text, LOWER token.lower_)
        for orth, lower, is_lower, is_alpha in doc.to_array([ORTH, LOWER, IS_LOWER, IS_ALPHA]).tolist():
            if is_lower and is_alpha:
                written.add(strings[orth])
                lowered.add(strings[lower])
    return written, lowered


def _post_author(text: str, ctx: Context) -> Attribution | None:
    """The account a post's signature line names ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019"),
    as a source (a person named before by their full name), with the handle as the cue."""
    m = words().post_signature.match(text.strip())
    if m is None:
        return None
    name = _strip_article(clean_name(m.group("name")))
    known = ctx.persons.get(name)
    return Attribution(known.name if known is not None else name, m.group("handle"))


# A post counts at most this many characters (a tweet's length): a credit line credits no more text than this above it.
_POST_LENGTH = 280


def _glued_post_author(text: str, ctx: Context) -> tuple[Attribution, int] | None:
    """The account of a credit line glued to the end of its post's text (the extraction left no paragraph break before
    "— Name (@handle) date"), and where that credit line starts (`chrome.post_credit_start`)."""
    start = post_credit_start(text)
    if not start:
        return None
    credited = _post_author(text.rstrip()[start:], ctx)
    return (credited, start) if credited is not None else None


def _reports(doc) -> bool:
    """Whether the paragraph carries a reporting or posting verb ("Lee tweeted:", "The firm's chief put it plainly:")."""
    reporting = words().reporting
    return any(t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in reporting or t.lower_ == "put") for t in doc)


def _names_the_account(text: str, credited: Attribution) -> bool:
    """Whether the writer's paragraph names the account (its name or surname as whole words; its handle, which a
    reply to it opens with, is no naming)."""
    if not credited.source:
        return False
    names = {credited.source, surname(credited.source)}  # ("Lee set out the rules …" after "Dana Lee, who chairs …")
    return any(re.search(rf"(?<![@\w]){re.escape(name)}(?!\w)", text) for name in names if name)


def _lead_in_kind(text: str, doc, credited: Attribution) -> str | None:
    """What a paragraph before a post's text tells of where the post begins, walking back from its credit line:
    "lead-in" for the writer's own introduction of the post, right before it (a paragraph ending with a colon or an
    ellipsis that reports or names the account: "The firm's chief put it plainly:", GUIDE decision 364; or one that
    names the account and introduces its post: "On Twitter, Dana Lee explains that …"); "first" for the post's own
    first line ending with a colon ("Things I learned running a kitchen this year:", GUIDE decision 33); "writer" for
    the writer's line presenting a list of their own ("Here is how the results came in:", decision 38), after which
    the paragraphs are the writer's too; None for a paragraph that tells nothing (a background line naming the
    account, "Senator Dana Lee has been a fierce critic …", is no mark)."""
    body = text.strip()
    names = _names_the_account(body, credited)
    if body.endswith(LEAD_IN_ENDS):
        if words().presenting_line.match(body):
            return "writer"
        if names or _reports(doc):
            return "lead-in"
        return "first" if body.endswith(":") else None
    if names and (_reports(doc) or any(t.lower_ in words().post_intro_words for t in doc)):
        return "lead-in"
    return None


def _post_authors(texts: list[str], docs, ctx: Context) -> list[Attribution | None]:
    """For each paragraph, the account whose embedded post it belongs to (GUIDE decision 33): the paragraph before a
    credit line ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019"), or one that ends with the credit line glued to it,
    and the paragraphs before that which the same post runs over ("(1) Think of a noun" / "(2) …" / "— Dana Lee
    (@danalee)"). Those are the paragraphs back to a mark of where the post begins (the writer's lead-in or
    introduction naming the account, the post's own first line ending with a colon, or failing these a reply handle
    that opens the post's first paragraph, GUIDE decision 359; `_lead_in_kind`), so long as the whole text fits a
    post's length; after the writer's presenting line they are the writer's own (decision 38); another post's credit
    line is no such mark (the writer's words may follow it: "— Dana Lee (@danalee)" / "Lee later flung figures about
    it." / the next post)."""
    signed = [_post_author(text, ctx) for text in texts]
    glued = [_glued_post_author(text, ctx) if signed[k] is None else None for k, text in enumerate(texts)]
    posts: list[Attribution | None] = [None] * len(texts)
    for k in range(len(texts)):
        if glued[k] is not None:
            credited, length = glued[k]
        elif k + 1 < len(texts) and signed[k + 1] is not None:
            credited, length = signed[k + 1], len(texts[k].strip())
        else:
            continue
        if posts[k] is None and signed[k] is None:
            posts[k] = credited  # (the paragraph right before its credit line is the post's whatever its length)
        run, begun = [], False  # the paragraphs before it that fit the post, nearest first; whether a mark ends them
        for j in range(k - 1, max(k - 6, -1), -1):
            if posts[j] is not None or signed[j] is not None or glued[j] is not None:
                break  # (another post's credit line: the writer's words may follow it as well as this post's)
            mark = _lead_in_kind(texts[j], docs[j], credited)
            if mark == "first" and length + len(texts[j].strip()) <= _POST_LENGTH:
                run.append(j)
            if mark is not None:
                begun = mark != "writer"
                if not begun:
                    run = []
                break
            length += len(texts[j].strip())
            if length > _POST_LENGTH:
                break
            run.append(j)
        if not begun:
            # (no mark before them: the post begins at its first paragraph's reply handle, if any; without one the
            # paragraphs before may be the writer's)
            # (a paragraph addressing the account's own handle is another's post to it: "@SkyJet Your staff lost …")
            opening = next(
                (
                    n
                    for n, j in enumerate(run)
                    if texts[j].lstrip().startswith("@") and not texts[j].lstrip().startswith(credited.cue or "\0")
                ),
                None,
            )
            run = run[: opening + 1] if opening is not None else []
        for j in run:
            posts[j] = credited
    return posts


_ITEM_NUMBER = patterns.compile(r"\d{1,2} [A-Z0-9“\"]")  # "1 Gulf states are racing …": a roundup's numbered item line


def _roundup_items(texts: list[str]) -> list[Attribution | None]:
    """For each paragraph, the outlet a newsletter roundup's item names in brackets after its last sentence
    ("They could run out of interceptors very soon. (WSJ $)"), cue null; the numbered item line right above
    such a paragraph ("1 Gulf states are racing against time …") is credited like it (GUIDE decision 222)."""
    roundup_credit = words().roundup_credit
    out: list[Attribution | None] = [None] * len(texts)
    for k, text in enumerate(texts):
        body = text.rstrip()
        m = roundup_credit.search(body) if body.endswith(")") else None
        if m is None or not body[: m.start()].strip():
            continue
        out[k] = Attribution(m.group("name"), None)
        if k > 0 and out[k - 1] is None and _ITEM_NUMBER.match(texts[k - 1]):
            out[k - 1] = out[k]
    return out


def _credited_excerpts(texts: list[str]) -> list[Attribution | None]:
    """For each paragraph, the source a bracketed credit line after it names ("[ Engadget ]"), for
    the run of statement paragraphs right before that line (GUIDE decision 50): the run stops at a
    heading, a question, a lead-in's colon or another credit line, which the excerpt cannot hold."""
    credit_line = words().credit_line
    quote_credit_line = words().quote_credit_line
    out: list[Attribution | None] = [None] * len(texts)
    for k, text in enumerate(texts):
        m = credit_line.match(text.strip())
        if m is not None and not _names_a_source(m.group("name")):
            continue
        if m is None:
            # "– Man**" after a paragraph that is one quotation: a review or testimonial and its
            # author; after prose the dash line is the article's byline, which credits nothing.
            m = quote_credit_line.match(text.strip())
            if m is not None and k > 0 and _one_quotation(texts[k - 1]):
                out[k - 1] = Attribution(m.group("name"), None)
            continue
        j = k - 1
        # (a credit line ends in "]", no sentence's ending: the run stops there too)
        while j >= 0 and ends_as_sentence(texts[j]) and not texts[j].rstrip().endswith(("?", ":")):
            out[j] = Attribution(m.group("name"), None)
            j -= 1
    return out


def _names_a_source(bracketed: str) -> bool:
    """Whether a bracketed line holds a name that credits the excerpt above it ("[ Engadget ]", "[ Yahoo! ]", "[ Inc. ]";
    GUIDE decision 50), by what the line is, not how it ends: no link or notice opening with a label ("[Read more: …]",
    "[Related: …]", "[Editor's note: …]"), no sentence in lower case ("[Learn how to stop apps from tracking you.]"),
    and no transcript's stage direction ("[LAUGHS]", "[Cheers and applause]", "[BEGIN VIDEO CLIP]"; decision 361)."""
    if ":" in bracketed:
        return False
    lex = words()
    tokens = re.findall(r"[^\W\d_][\w'’.&!-]*", bracketed)
    if not tokens or len(tokens) > 6:
        return False
    if not all(t[0].isupper() for t in tokens if t.lower() not in lex.credit_line_joins):
        return False
    return not all(t.lower().strip(".!-") in lex.stage_direction_words for t in tokens)


def _one_quotation(text: str) -> bool:
    """Whether a paragraph is a quotation from its opening mark to its closing mark, with no
    speaker tag outside it ("“The show was really great. … easy.”")."""
    text = text.strip()
    return len(text) > 2 and text[0] in '“"' and text[-1] in '”"'


_LABEL_LENGTH = 40  # "Release Date:" between a statement's heading and its text: a label, not a lead-in


def _credited_statements(texts: list[str]) -> list[Attribution | None]:
    """For each paragraph, the person or body a heading over it credits with the statement printed
    there ("Statement from the Office of the Governor – John Rankin", GUIDE decision 61): the run of
    statement paragraphs after the heading, past label lines ending in a colon ("Release Date:"),
    up to the next heading, which the statement cannot hold."""
    heading = words().statement_heading
    out: list[Attribution | None] = [None] * len(texts)
    for k, text in enumerate(texts):
        m = heading.match(text.strip())
        if m is None:
            continue
        credited = Attribution(m.group("name"), None)
        j = k + 1
        while j < len(texts) and len(texts[j].strip()) <= _LABEL_LENGTH and texts[j].rstrip().endswith(":"):
            j += 1
        while j < len(texts) and ends_as_sentence(texts[j]) and not texts[j].rstrip().endswith(":"):
            out[j] = credited
            j += 1
    return out


def _set_into_the_story(endings: list[bool]) -> list[bool]:
    """For each paragraph, whether it is one of at most two lines without a sentence's ending set
    between paragraphs that have one (related stories' headlines); longer runs are lists."""
    out = [False] * len(endings)
    k = 0
    while k < len(endings):
        if endings[k]:
            k += 1
            continue
        end = k
        while end < len(endings) and not endings[end]:
            end += 1
        bounded = k > 0 and end < len(endings)
        if bounded and end - k <= 2:
            out[k:end] = [True] * (end - k)
        k = end
    return out


def _windows(parsed):
    """The parsed paragraphs in runs of about NAME_WINDOW characters."""
    window: list = []
    size = 0
    for doc, payload in parsed:
        window.append((doc, payload))
        size += len(text_of(doc))
        if size >= NAME_WINDOW:
            yield window
            window, size = [], 0
    if window:
        yield window


# MAX_PIECE: a longer paragraph is parsed in pieces of whole sentences;
# MAX_TEXT: claims are read from the body's first characters only
# (declcli.defaults says why).


def _paragraphs(text: str, sentences: Iterable[Sentence]):
    """(paragraph text, sentence starts in it, (offset, sentences)) per
    paragraph, or per piece of a paragraph over MAX_PIECE characters."""
    group: list[Sentence] = []
    for sent in sentences:
        if sent.end > MAX_TEXT:
            break
        if group and (sent.paragraph != group[0].paragraph or sent.end - group[0].start > MAX_PIECE):
            yield _paragraph(text, group)
            group = []
        group.append(sent)
    if group:
        yield _paragraph(text, group)


def _paragraph(text: str, group: list[Sentence]):
    """The paragraph's text as parsed: the blank lines inside a paragraph hard-wrapped with them
    (sentences.paragraph_spans) read as spaces, one for each character, so that every offset stays the text's
    (the parser, seeing a line break and an indent as a word, hung the next line's verb on the line before)."""
    offset = group[0].start
    chunk = PARAGRAPH_BREAK.sub(lambda m: " " * len(m.group()), text[offset : group[-1].end])
    return chunk, [s.start - offset for s in group], (offset, group)


def _paragraph_claims(
    doc,
    offset: int,
    sents: list[Sentence],
    ref,
    ctx: Context,
    between_sentences: bool = False,
    asked: bool = False,
    wrapped: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
    item: bool = False,
    standfirst: bool = False,
    ended: BodyEnd | None = None,
    rows: bool = False,
    titled: bool = False,
    captioned: bool = False,
) -> list[Claim]:
    """The claims of a paragraph; `asked`: the paragraph is an interview's question (no heading, however short);
    `wrapped`: the starts of the pieces of sentences cut at line breaks that carry the claim, and of those that do not;
    `item`: the paragraph is an item of a list that completes a lead-in (no heading nor short label); `standfirst`: a
    standfirst line above the body (a claim only as a full clause); `ended`: where the page's furniture after the
    article's body starts (`chrome.body_end`), no claims from there but a bio line about someone its closing line credits;
    `rows`: the paragraph is a bulleted row of figures among rows like it (`chrome.figure_rows`); `titled`: a row of a list
    under a title (`chrome.label_rows_under_a_title`); `captioned`: the paragraph stands right below a picture's label line."""
    carriers, silent = wrapped
    earlier = (ctx.last_quote, ctx.last_attribution)  # the speakers before this paragraph, for a quote opening it
    doc_text = text_of(doc)  # Doc.text joins every token: built once per paragraph, not per claim
    if ctx.quote_runs_through:
        # (a paragraph without marks inside a quote an earlier paragraph left open and a later one closes: all quoted)
        regions = [(0, len(doc_text))]
        ctx.quote_left_open = True
        ctx.single_quote_ends = False
    else:
        regions = quote_regions(doc_text, continued=ctx.quote_left_open)
        ctx.quote_left_open = quote_left_open(doc_text, regions)
        regions = with_single_quotes(doc_text, regions, ctx)  # ('‘It fits,’ she said.' / '‘And it lasts.’': decision 544)
    claims: list[Claim] = []
    verbs = []
    for sent in sents:
        ctx.sentence_start = sent.start
        if sent.start in silent:
            continue  # a piece of a sentence cut at a line break that only carries the rest of it (GUIDE decision 66)
        if ended is not None and sent.start >= ended.start and not about_the_credited(ctx.text[sent.start : sent.end], ended):
            continue  # the page's furniture after the body: a comment policy, a white paper's teaser, a quiz's advice
        span = doc.char_span(sent.start - offset, sent.end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if is_chrome(
            span,
            len(sents) == 1 and not asked,
            between_sentences,
            sent.start in carriers,
            item,
            standfirst,
            rows,
            titled,
            captioned,
        ):
            note_stated_countries(doc, span.start, span.end, ctx)  # a caption's "Norway's Jan Holm": the body's Holm too
            continue
        clauses = clause_spans(span)
        first_of_sentence = len(claims)
        over_lines = PARAGRAPH_BREAK.search(ctx.text, sent.start, sent.end) is not None  # a hard-wrapped paragraph's lines
        if over_lines:
            clauses = _wrapped_clauses(span, clauses)
        sentence_frame = None
        # "they were like, “…”": the quotative's speaker, for the clauses nothing else attributes (decision 218)
        quotative = be_like_quotative(span, ctx) if " like" in doc_text[span.start_char : span.end_char] else None
        for n, (start, end, verb) in enumerate(clauses):
            frame = find_frame(verb, start, end, ctx)
            if (
                frame is None
                and n > 0
                and sentence_frame is not None
                and sentence_frame.verb is not None
                and sentence_frame.content is not None
                and not any(c.dep_ == "mark" and c.lower_ == "that" for c in sentence_frame.content.children)
            ):
                # "Diplomats said Paris was reluctant …, but Berlin was open …": the second clause is still reported.
                frame = sentence_frame
            if n == 0:
                sentence_frame = frame
            claim = _claim(doc, doc_text, offset, sent, start, end, verb, frame, ref, ctx)
            if quotative is not None and claim.attribution is None:
                claim.attribution = quotative
            note_asked(frame.verb if frame is not None else None, ctx)
            claims.append(claim)
            verbs.append(verb)
            if claim.attribution is not None and claim.attribution.source:
                ctx.last_attribution = (claim.attribution.source, claim.attribution.cue)
                ctx.note_described_spoke(claim.attribution.source)  # ("She said President Obama is …": her own words)
                if claim.attribution.source in ctx.persons:
                    cue = frame.verb or frame.content if frame is not None else None
                    ctx.note_speaker(
                        claim.attribution.source, narrated=cue is not None and not any(a <= cue.idx < b for a, b in regions)
                    )
                elif claim.attribution.source in ctx.orgs and not reports_the_story(frame and frame.verb):
                    # a body that speaks is what "the company" means next (not an outlet that reported the story: "…, the
                    # Times reports." / "…, the company said" is a body of the story, GUIDE decision 4)
                    ctx.note_org(claim.attribution.source)
                else:
                    described = described_speaker(frame)
                    if described is not None and described[0] == claim.attribution.source:
                        ctx.note_described_speaker(*described)  # "a spokeswoman … said": whom "she said" means next
                    elif described_thing(frame) == claim.attribution.source:
                        # "…, the statement said.": what "It said" means next
                        ctx.note_thing(claim.attribution.source, body_named_in_thing(frame))
                    elif spoken_by_it(frame):
                        ctx.note_thing(claim.attribution.source)  # ("It argues …" / "It says …": the same text again)
            if n == 0 and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") and not any(a <= c.idx < b for a, b in regions)
                for c in verb.children
            ):
                ctx.keep_turn()  # ("He decided to return to the city where he and Dana Lee are from.")
            issuer = issuer_of_subject(verb) if claim.attribution is None and n == 0 else None
            if issuer is not None:
                ctx.note_thing(issuer)  # ("Sweden's brochure includes …" / "It tells people …": Sweden)
            if claim.attribution is None and n == 0:
                # ("Her mother had …"; "the first lady tore into …", a description the text never tied to a name)
                described = described_subject(verb) or unnamed_described_subject(verb, ctx)
                described_verb = verb
                if described is None and clause_before_a_semicolon(verb) is not None:
                    # ("Her mother had a Scottish accent; hers came and went.": the subject of the clause before the
                    # semicolon, when the root's own is none)
                    described_verb = clause_before_a_semicolon(verb)
                    described = described_subject(described_verb) or unnamed_described_subject(described_verb, ctx)
                if described is not None:
                    # "Her mother had …": whom "She told me" means next, unless a person it names after the subject
                    # fits ("The judge sentenced Maria Lopez …": she is the nearer mention, GUIDE decision 404)
                    after = [
                        clean_name(e.text)
                        for e in named_after_subject(described_verb)
                        if not any(a <= e.start_char < b for a, b in regions)
                    ]
                    ctx.note_described_speaker(*described, named_after=after)
            _remember_plural_subject(verb, ctx)
        if over_lines:
            _one_claim_a_line(claims, verbs, first_of_sentence, ctx.text)
    _pass_quote_speakers(claims, verbs, regions, offset, doc_text, ctx, doc, earlier)
    _words_quoted_from_the_last_speaker(claims, verbs, regions, offset, doc_text, ctx)
    _tags_split_from_their_quote(claims, verbs, regions, offset)
    _tags_read_from_their_quote(claims, verbs, ctx.kind_reasons)
    return _tags_after_a_closed_quote(claims, doc, offset)


# What a bare speaker tag's verb may govern and still report nothing of its own: the addressee ("told the paper",
# "told reporters") or a pronoun that stands for the quote itself ("said so", "has said that", GUIDE decision 316).
_QUOTE_PRONOUNS = frozenset(("so", "that", "it", "this"))
_QUOTE_SENTENCES_BACK = 6  # (a quote of a few sentences before its tag)


def _bare_speaker_tag(claim: Claim, verb) -> bool:
    """ "Schiff asked.", "Deyal told this newspaper.", "Duncan responded when asked about his legacy.": a
    sentence of its own that only names who spoke, with no words of theirs (no quotation mark), nothing said
    but the adjacent quote and nothing told of the saying itself. A tag that tells how, when or where the words
    were said ("Brooke tearfully asked before apologizing", "Trump tweeted before Election Day") narrates the
    saying, which the annotators read as a happening of its own."""
    if claim.attribution is None or not claim.attribution.source or verb is None or len(claim.text.split()) > 12:
        return False
    if any(mark in claim.text for mark in ('"', "“", "”")):
        return False
    lex = words()
    if verb.lemma_ not in lex.saying and verb.lemma_ not in lex.reporting and verb.lemma_ != "respond":
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "aux", "punct"):
            continue
        if child.dep_ in ("dobj", "dative") and (child.lower_ in _QUOTE_PRONOUNS or verb.lemma_ == "tell"):
            continue  # ("said so", "told the paper": the addressee)
        if child.dep_ == "advcl" and child.lemma_ == "ask":
            continue  # ("responded when asked about his legacy": the question the quote answers)
        return False
    return True


def _tags_read_from_their_quote(claims: list[Claim], verbs, kind_reasons: dict[int, str]) -> None:
    """A speaker tag the splitter left as a sentence of its own after the quote it tags ('“What do they mean by
    that?” / Mr. Kerry asked.') tells what was said, not the saying (GUIDE decisions 2 and 316: kind, modality
    and polarity are read from the quotation it tags, as in the quote's own unit). The quote's main statement is
    the first claim of the sentence that opens it: going back over the sentences attributed to the same speaker,
    the nearest whose first claim holds an opening quotation mark."""
    first_of: dict[int, Claim] = {}
    for claim in claims:
        first_of.setdefault(claim.sentence, claim)
    for claim, verb in zip(claims, verbs, strict=False):
        if first_of.get(claim.sentence) is not claim or not _bare_speaker_tag(claim, verb):
            continue
        quote = None
        for back in range(1, _QUOTE_SENTENCES_BACK + 1):
            before = first_of.get(claim.sentence - back)
            if before is None or before.attribution is None or before.attribution.source != claim.attribution.source:
                break
            if "“" in before.text or before.text.lstrip()[:1] == '"':
                quote = before
                break
        if quote is None:
            continue
        claim.kind, claim.modality, claim.polarity = quote.kind, quote.modality, quote.polarity
        kind_reasons[claim.start] = "quote_tag"


def _tags_split_from_their_quote(claims: list[Claim], verbs, regions, offset: int) -> None:
    """A speaker tag the sentence splitter cut from its quote ('“Can I give it to James?” Brooke asked before
    …', '“… of Kentucky!” Trump tweeted before Election Day.': a quote closing on "?" or "!" ends the
    sentence) is the quote's attribution too (GUIDE decision 48: the piece with the main verb is read from
    the whole sentence): the claim before it is one quotation whose attribution's cue is this tag's verb,
    and the verb reports nothing of its own (no clause, no object)."""
    for before, claim, verb in zip(claims, claims[1:], verbs[1:], strict=False):
        said = before.attribution
        if (
            claim.attribution is None
            and said is not None
            and said.source
            and said.cue == verb.text
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
            and any(
                a <= before.start - offset + 1 and before.end - offset <= b + 2 <= claim.start - offset + 2 for a, b in regions
            )
        ):
            claim.attribution = said


# A quotation's closing mark that ends a sentence of its own although no stop comes before it: after a quote
# nested in it ("… ‘we survived,’”", ",'\"") or set off by a space ("… continue to see ”"); then the speaker's tag.
_CLOSED_QUOTE = patterns.compile(r"(?:[.,!?;…]['’]\s?|(?<=\w)\s)([\"”])\s+(?=[A-Z])")
# More quotations that close as sentences of their own before their tag (GUIDE decisions 2 and 316): one closed by its
# full stop inside the mark, its tag in lower case ('… shake out." he said.'; not an ellipsis, and not "?" or "!",
# which a tag in lower case follows as punctuation has it: '“Who says?” the skipper asked.'); one in single marks
# closed by "!" or "?" and a comma besides ("‘… on flights!,’ wrote Lee."); a quote that opens the claim and closes
# on a word with no comma or stop, the tag's name capitalised ('"… closer to 100%" Lee told reporters.'); a question
# set without marks, its tag in lower case ("Have I ever been to court? the form asks.").
_CLOSED_AT_STOP = patterns.compile(r"(?<![.…])\.([\"”])\s+(?=[a-z])")  # (not a quote trailing off: "…time...” she said")
_CLOSED_SINGLE = patterns.compile(r"[!?],(['’])\s+(?=\w)")
_CLOSED_BARE = patterns.compile(r"(?<=[\w%])([\"”])\s+(?=[A-Z])")
_CLOSED_QUESTION = patterns.compile(r"(\?)\s+(?=[a-z])")
_TAG_WORDS = patterns.compile(r"[\w'’-]+")


def _closing_marks(text: str) -> Iterator[re.Match]:
    """The places in a claim's text where a quotation (or a question set without marks) closes as a sentence of its
    own, a speaker's tag able to follow (`_CLOSED_QUOTE` and the forms after it)."""
    for found in _CLOSED_QUOTE.finditer(text):
        if found.group(1) == '"' and found.group(0)[0].isspace() and text.count('"', 0, found.start(1)) % 2 == 0:
            continue  # a straight mark after a space that opens a quotation
        yield found
    opening = text.lstrip()[:1]
    yield from (found for found in _CLOSED_AT_STOP.finditer(text) if _opened_by_a_single_mark(text, found.start(1)))
    if opening in ("'", "‘"):
        yield from _CLOSED_SINGLE.finditer(text)
    if opening in ('"', "“"):
        yield from (
            found for found in _CLOSED_BARE.finditer(text) if text.count('"', 0, found.start(1)) % 2 == 1 or found.group(1) == "”"
        )
    if not any(mark in text for mark in _QUOTE_MARKS):
        yield from _CLOSED_QUESTION.finditer(text)


_QUOTE_MARKS = ('"', "“", "”", "‘", "’", "'")
_OPENING_MARK = patterns.compile(r"(?:^|(?<=[\s(\[]))([\"“'‘])")


def _opened_by_a_single_mark(text: str, close: int) -> bool:
    """Whether the quotation a double mark closes at `close` was opened by a single one ('… shake out." he said.'):
    marks that do not match, which the sentence splitter does not read as one quotation. A quote opened and closed by
    double marks ('"It is finished." she said.') stays one sentence with its tag, as the splitter keeps it."""
    marks = [found.group(1) for found in _OPENING_MARK.finditer(text, 0, close)]
    return bool(marks) and marks[-1] in ("'", "‘")


def _tags_after_a_closed_quote(claims: list[Claim], doc, offset: int) -> list[Claim]:
    """A speaker's tag after a quotation that closes as a sentence of its own ('“… as my father reminded me
    ‘we survived,’” Lee said after her appointment.', '“… and continue to see ” Mayer said.') is a claim of its
    own, attributed as the quote is (GUIDE decision 2: a speaker tag cut off from its quote); the tag has the
    quote's fields and the actors and dates it names itself. Only where the tag is the claim's last words:
    a subject and the attribution's own verb, a few words, nothing but an object or adjunct after the verb; and a
    quote that opens the claim and closes on a word is a statement of its own, with a verb (not a title: '"Dune"
    Director Lee said …', decision 48)."""
    if not any(mark in c.text for c in claims for mark in (*_QUOTE_MARKS, "?")):
        return claims
    out: list[Claim] = []
    for claim in claims:
        said = claim.attribution
        m = None
        if said is not None and said.source and said.cue:
            # (the last place: the tag closes the claim)
            m = max(_closing_marks(claim.text), key=lambda found: found.end(), default=None)
        tag = claim.text[m.end() :] if m is not None else ""
        words_of_tag = [w.lower() for w in _TAG_WORDS.findall(tag)]
        if (
            m is None
            or not 2 <= len(words_of_tag) <= 10
            or not _tag_verb(said.cue, words_of_tag, tag)
            or '"' in tag
            or "”" in tag
            or not _a_bare_tag(
                doc.char_span(claim.start - offset + m.end(), claim.end - offset, alignment_mode="expand"), said.cue
            )
            or m.re.pattern == _CLOSED_BARE.pattern
            and not _has_a_verb(doc.char_span(claim.start - offset, claim.start - offset + m.end(1), alignment_mode="expand"))
        ):
            out.append(claim)
            continue
        cut = m.end(1)
        in_tag = [_named_in(a.name, set(words_of_tag)) for a in claim.actors]
        quote_text = claim.text[:cut]
        out.append(
            replace(
                claim,
                text=quote_text,
                end=claim.start + cut,
                actors=[a for a, tagged in zip(claim.actors, in_tag, strict=True) if not tagged],
                quotes=_quotes(quote_text),
                dates=[d for d in claim.dates if d.text not in tag],
            )
        )
        out.append(
            replace(
                claim,
                text=tag,
                start=claim.start + m.end(),
                condition=None,
                actors=[a for a, tagged in zip(claim.actors, in_tag, strict=True) if tagged],
                quotes=[],
                dates=[d for d in claim.dates if d.text in tag],
                topics=[],
            )
        )
    return out


# (a word the tagger reads as a verb but the parse as a noun's place: "at the Interlagos track", pobj)
_NOMINAL_DEPS = ("pobj", "dobj", "nsubj", "nsubjpass", "compound", "amod", "appos", "npadvmod", "poss", "nmod", "dative")
_WORDS_AFTER_A_TAGS_VERB = 4  # "… told reporters at the track.": an object and an adjunct, a few words


def _a_bare_tag(span, cue: str) -> bool:
    """Whether a tag (parsed) only says who spoke: its one verb is the attribution's cue (with its auxiliaries), no
    clause or second verb after it, no that-clause, and at most a few words after the verb besides an inverted tag's
    name ("Lee told reporters at the track.", "wrote Lee."; not "analysts said the stock rose anyway.", whose words
    after the verb are a statement of their own)."""
    if span is None:
        return False
    verbs = [t for t in span if t.lower_ == cue.lower() and t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    verb = verbs[0]
    for t in span:
        if (
            t.pos_ in ("VERB", "AUX")
            and t.i != verb.i
            and t.dep_ not in _NOMINAL_DEPS
            and not (t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg"))
        ):
            return False
        if t.pos_ == "SCONJ" or t.dep_ == "mark":
            return False
    # (an article or a name's first part is no word of its own here: "reporters at the Interlagos track")
    after = [t for t in span if t.i > verb.i and not (t.is_punct or t.is_space or t.dep_ in ("det", "compound"))]
    if verb.i == span.start:  # an inverted tag: its subject's name comes after the verb
        after = [t for t in after if t.pos_ != "PROPN"]
    return len(after) <= _WORDS_AFTER_A_TAGS_VERB


def _has_a_verb(span) -> bool:
    """Whether a quotation's words hold a verb: a statement of its own, not a title ('"Dune"')."""
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _tag_verb(cue: str, words_of_tag: list[str], tag: str) -> bool:
    """Whether a tag's words hold the attribution's verb after its subject ("Lee said", "the form asks"), or open on
    it before a capitalised name ("wrote Lee.", "said Dana Lee after the vote")."""
    cue = cue.lower()
    if cue in words_of_tag[1:]:
        return True
    rest = tag.split(None, 1)[1:] or [""]
    return words_of_tag[0] == cue and rest[0][:1].isupper()


def _named_in(name: str, seen: set[str]) -> bool:
    """Does a capitalised word of `name` stand among `seen` (lower-case words of a tag)?"""
    return any(w.lower() in seen for w in _TAG_WORDS.findall(name) if len(w) > 2 and w[0].isupper())


def _words_quoted_from_the_last_speaker(claims: list[Claim], verbs, regions, offset: int, text: str, ctx: Context) -> None:
    """A sentence of narration whose statement is in quotation marks ('…, vaccination gaps “will keep our
    region at risk during future waves.”', 'That’s produced a strategy of “continuous cost-cutting …”') with
    no speaker of its own quotes the speaker of the claim just before it, in its paragraph or at the end of
    the one before (GUIDE: a quotation whose speaker an adjacent unit gives): quoted words of the claim's own,
    a few at least (one word in scare quotes, 'the paper-thin medical "record"', is the writer's), that close
    it (a slogan inside it, 'While the “Meth. We’re on it.” campaign did not appeal to …', is a name)."""
    before = ctx.previous_claim_attribution
    for claim, verb in zip(claims, verbs, strict=True):
        start, end = claim.start - offset, claim.end - offset
        if (
            claim.attribution is None
            and before is not None
            and before.source
            and any(
                a <= verb.idx < b and end <= b + 2 and len(text[max(a, start) : min(b, end)].split()) >= 3 for a, b in regions
            )
        ):
            claim.attribution = before
        before = claim.attribution
    if claims:
        ctx.previous_claim_attribution = claims[-1].attribution
        ctx.previous_claim_text = claims[-1].text


_OPENING_QUOTES = frozenset(('"', "“", "‘", "``", "«"))
_CLOSING_QUOTES = frozenset(('"', "”", "’", "''", "»"))
_TAG_COMPLEMENTS = frozenset(("ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "acomp"))


def _tag_after_a_verbless_quote(verb) -> bool:
    """A verb of saying or reporting that only tags the quotation opening its sentence, where the quotation has no
    finite verb ('“Military action,” Mr. Lee explained', '"Zero traction," said an analyst', '“Or being late,” another
    chimed in'), its speaker the verb's subject after the quote; not a quoted title that is the verb's subject
    ("“Operation Sandstorm” began in March 2019."), nor a tag with words of its own ("posted the photo on her blog"),
    nor a quote holding a clause."""
    lex = words()
    if not (verb.lemma_ in lex.saying or verb.lemma_ in lex.reporting or verb.lemma_ in lex.quote_tags):
        return False
    sent = verb.sent
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in _OPENING_QUOTES:
        return False
    close = next((t for t in sent if first.i < t.i < verb.i and t.text in _CLOSING_QUOTES), None)
    if close is None or any(c.dep_ in _TAG_COMPLEMENTS and c.i > close.i for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i > close.i for c in verb.children):
        return False  # a quoted title as the verb's own subject: "“Operation Sandstorm” began in March 2019."
    # (the parser may hang the quoted words on the tag as its complement: "“Kaine in a blowout,” he predicted")
    return not any(t.tag_ in _FINITE_TAGS for t in sent.doc[first.i + 1 : close.i])


def _a_things_name(subject, ctx: Context) -> bool:
    """Is the subject a name the article calls a product, programme or mission (ctx.products)?"""
    if subject is None or subject.pos_ != "PROPN":
        return False
    ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    if ent is not None:
        name = ent.text
    else:
        name = " ".join(t.text for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN") + " " + subject.text
    return clean_name(name.strip()) in ctx.products


def _speaker_of_the_text(subject) -> bool:
    """The first person of the text itself ("I", "we"), who in a pledge or creed is whoever recites it."""
    return subject is not None and subject.lower_ in ("i", "we")


def _stated_as_what_is(frame_verb, content) -> bool:
    """A clause after "suggest/insist (that)" that states what is rather than what should be done (GUIDE decision 101,
    claims.json `stated_mood_frames`): an indicative "are"/"am" ("insisted that the two are friends": the mandative
    form is "be"); or a present after a plural subject or "they" ("The rebels insist they control the city"), which
    after "suggest" states what is where its verb is stative ("images suggest the troops remain near the border") or a
    finding suggests it ("The data suggest that the cells react"). A base form after a singular subject ("The report
    suggests that the city hire more teachers") is only mandative, whoever suggests it."""
    lex = words()
    moods = lex.stated_moods
    if content.lower_ in moods["indicative_forms"]:
        return True
    if frame_verb.lemma_ not in moods["lemmas"] or content.tag_ not in ("VB", "VBP") or content.lower_ == "be":
        return False
    subject = next((c for c in content.children if c.dep_ == "nsubj"), None)
    if subject is None or third_singular(subject):
        return False
    if frame_verb.lemma_ in moods["indicative_default"] or content.lemma_ in lex.stative:
        return True
    finder = next((c for c in frame_verb.children if c.dep_ == "nsubj"), None)
    return finder is not None and (finder.lemma_.lower() in moods["finding_nouns"] or finder.lower_ in moods["finding_nouns"])


def _tensed(verb) -> bool:
    """A verb with auxiliaries of its own ("will go", "has gone"), not a bare infinitive or
    subjunctive ("get", "to leave")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("to", "be") for c in verb.children)


def _told_as_one(verb) -> bool:
    """ "The crew had radioed its position", "The squad has lost its last four games": a singular verb ("has", "is",
    "was") or an "its" in the clause marks a collective subject as one body, which a later "they" does not stand for
    (GUIDE decision 404: a mention fits a pronoun when it agrees in number, where the mention shows it)."""
    if verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in verb.children):
        return True
    if verb.lower_ == "was" or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "was" for c in verb.children):
        return True
    return any(t.lower_ in ("its", "itself") for t in verb.subtree)


def _remember_plural_subject(verb, ctx: Context) -> None:
    """A plural subject that can speak or act ("Protesters took to the streets", "the Democrats") is
    what a later "they" stands for; things ("her first six albums") are not. So is a singular noun of several people
    ("The team, led by Dana Roe, used …" / "They found that …")."""
    lex = words()
    people = lex.people | lex.finders
    if verb.lemma_ == "be" and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        # ("There have been critics." / "They contend that …": the people an existential "there" brings in are the
        # nearest group a later "they" fits, GUIDE decision 404)
        named = next((c for c in verb.children if c.dep_ == "attr" and c.tag_ == "NNS" and c.lemma_.lower() in people), None)
        if named is not None and (
            any(c.dep_ == "neg" for c in verb.children) or any(d.dep_ == "det" and d.lower_ == "no" for d in named.children)
        ):
            return  # ("There were no critics.", "There were not any critics.": people ruled out stand for no "they")
        if named is not None:
            ctx.note_group(_group_words(named), named.lemma_.lower())
            return
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (
            (
                child.tag_ in ("NNS", "NNPS")
                and (child.lemma_.lower() in people or child.ent_type_ in ("ORG", "NORP", "PERSON", "GPE"))
            )
            or (child.tag_ == "NN" and child.lemma_.lower() in lex.collectives and not _told_as_one(verb))
        ):
            ctx.note_group(_group_words(child), child.lemma_.lower())
            return
        if child.dep_ in ("nsubj", "nsubjpass") and _named_pair(child, people):
            # "Gov. Eric Holcomb and leaders of the GOP-dominated Legislature have avoided …": plural by "and"
            ctx.note_group(_phrase_without_clauses(child))
            return
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") and c.lemma_.lower().endswith(tuple(lex.doer_noun_endings))
        for c in verb.children
    ):
        ctx.plural_named_since = True  # ("Divers later returned with the police": people a later "they" may mean)


def _group_words(noun) -> str:
    """The words of a plural noun's phrase up to the noun, without its determiner ("the striking miners" →
    "striking miners", "critics of the plan" → "critics")."""
    return " ".join(t.text for t in noun.subtree if t.dep_ not in ("det", "punct", "relcl", "acl") and t.i <= noun.i) or noun.text


def _named_pair(subject, people) -> bool:
    """A subject joined by "and" whose members are named people or bodies, or nouns of people ("Eric Holcomb
    and leaders of the Legislature", "Trump and Robert Lighthizer"), or a person's companions ("Dana Lee and her
    colleagues", claims.json companion_nouns); not pronouns ("he and his wife")."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return False
    members = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    companions = words().companions
    return len(members) > 1 and all(
        m.pos_ != "PRON"
        and (m.ent_type_ in ("PERSON", "ORG", "NORP") or m.lemma_.lower() in people or m.lemma_.lower() in companions)
        for m in members
    )


def _they_for_researchers(subject, ctx: Context) -> bool:
    """A "they" standing for the researchers or scientists the text last named as a group (`ctx.last_plural`, which
    reaches across paragraphs): "Scientists tested 40 masks." / "They found that …" (claims.json
    `study_result_finder_nouns`; not investigators or auditors, whose findings tell what a party did)."""
    return ctx.they_for_a_group_of(subject, words().study_result_finders)


def _phrase_without_clauses(subject) -> str:
    """The words of `subject`'s phrase without its relative or participle clauses, appositions and punctuation."""
    cut = {t.i for c in subject.subtree if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    words = [t for t in subject.subtree if t.i not in cut and (t.dep_ != "punct" or t.tag_ == "HYPH")]
    while words and words[0].dep_ == "det":
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip() or subject.text


def _claim(doc, doc_text: str, offset: int, sent: Sentence, start: int, end: int, verb, frame, ref, ctx: Context) -> Claim:
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    # A sentence boundary inside a token (a run cut at 1,000 characters) keeps the sentence's own offsets.
    a, b = max(a, sent.start - offset), min(b, sent.end - offset)
    text = doc_text[a:b]
    dated_text = text  # a post's credit line still dates it ("… — Dana Lee (@danalee) May 3, 2020")
    credit = post_credit_start(text)
    if credit is not None and text[:credit].strip():
        # "Apparently the power is out. — Dana Lee (@danalee) May 3, 2020": the post's credit line is no part of what it
        # says (GUIDE: an embedded post's credit line is no claim)
        text = text[:credit].rstrip()
        b = a + len(text)
    content = frame.content if frame is not None and frame.content is not None else _that_clause(verb)
    modality = read_modality(content)
    if modality == "none" and frame is not None and frame.verb is not None and content is not frame.verb:
        lex = words()
        if (
            # ("instructed that the embassy be evacuated": a verb of command that also reports, decision 749)
            frame.verb.lemma_ in lex.directive_frames | lex.mandative_commands
            # ("asked that the vote be delayed": a passive in the mandative form, with a bare "be")
            and (content.tag_ in ("VB", "VBP") or (content.tag_ == "VBN" and any(c.lower_ == "be" for c in content.children)))
            and not _tensed(content)
            and not _stated_as_what_is(frame.verb, content)
        ):
            # "recommends all individuals get a vaccine", "urged them to leave"; not "suggested the
            # likeliest reason is …", whose clause states a fact; "demanded that every player attend" is a command's
            # obligation (GUIDE decision 749).
            modality = "obligation" if frame.verb.lemma_ in lex.mandative_commands else "recommendation"
        elif content == advised_gerund(frame.verb):
            modality = "recommendation"  # "Dr. Moy suggests exfoliating once a week": advice to whoever reads
        elif (
            frame.verb.lemma_ in lex.control
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in content.children)
            and not imperative_frame(frame.verb)  # ("Expect prices to rise": an imperative, no modality, GUIDE decision 18)
        ):
            modality = lex.control[frame.verb.lemma_]  # "Seoul expects producers to increase …"
    polarity = read_polarity(content)
    asked = asked_modality(content, frame.verb) if frame is not None and frame.verb is not None else None
    if asked is not None:
        modality, polarity = asked, "positive"  # the question's own modals and negations do not pass (decision 134)
    quoted_hedge = False  # the speaker's own hedge in a quote keeps the tag's source and cue (GUIDE decision 676)
    hedged = (
        hedged_frame_polarity(frame.verb, content) if frame is not None and frame.verb is not None and asked is None else None
    )
    if hedged is None and asked is None and frame is not None and frame.verb is not None and content is not frame.verb:
        # ('"I would say the fee is fair," she said': the speaker's own hedge inside the quote, GUIDE decision 676)
        hedged = quoted_hedge_polarity(frame.verb, content)
        quoted_hedge = hedged is not None
    if hedged is not None:
        modality, polarity = "possibility", hedged  # "It could be argued that …": the hedge is read (decisions 139, 332)
    ahead = frame is not None and frame.verb is not None and asked is None and speech_ahead(frame.verb, content)
    ahead_reading = speech_ahead_reading(frame.verb) if ahead else None
    if ahead_reading is not None:
        # "Prosecutors will argue that …": the clause is no reported content, so its modality and polarity do not pass;
        # the outer modal and verb give them (GUIDE decision 474)
        modality, polarity = ahead_reading[0], "positive"
    if (
        frame is not None
        and frame.verb is not None
        and (
            frame.verb.lemma_ in ("deny", "reject")
            # ("dismissed the claims that …" negates the claim; "dismissed the audit as a stunt" states the judgement,
            # and "dismiss" is not on the polarity list: positive, GUIDE decision 532)
            or (frame.verb.lemma_ == "dismiss" and content is not frame.verb)
            or any(c.dep_ == "neg" for c in frame.verb.children)
        )
    ):
        polarity = "negative"  # "Tehran denies that it seeks …", "he does not think that …"
    heads = [content] + ([frame.verb] if frame is not None and frame.verb is not None else [])
    mood, condition_tokens = mood_and_condition(content, heads, text, doc)
    condition = None
    if condition_tokens is not None:
        c0, c1 = condition_tokens
        ca, cb = doc[c0].idx, doc[c1 - 1].idx + len(doc[c1 - 1].text)
        condition = Condition(ctx.text[offset + ca : offset + cb], offset + ca, offset + cb)  # (the text as written)
    # A schedule's row ("June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre"): a date, a place and
    # no verb, a happening to come (GUIDE decision 30) where no heading gives its year.
    row = schedule_row(text) and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])

    def tense(x: int, y: int) -> str:
        if row:
            return "future"
        span = doc.char_span(a + x, a + y, alignment_mode="expand")
        if span is None:
            return "past"
        governor = _governor(span.root)
        if governor.dep_ == "prep" and governor.lower_ == "according" and _the_sources_day(span, governor):
            # "will grow, according to a forecast in June", "according to analysts' note on Monday": the source's
            # day, a report already out, not the time the clause it backs looks to
            return "past"
        if governor.dep_ == "prep" and governor.tag_ == "VBG" and governor.head.i != governor.i:
            # "including a discussion this weekend", "following Monday's vote": a participle used as a preposition
            # has no time of its own; the verb it hangs on gives it
            governor = _governor(governor.head)
        if not start <= governor.i < end and verb is not None and start <= verb.i < end:
            governor = verb  # a phrase the parser hung on the clause before ("and from October onward they will …")
        inner, governor = governor, _finite_clause_of(governor)
        if (
            governor.i != inner.i
            and inner.dep_ == "acl"
            and inner.head.lemma_ in words().plan_nouns
            and _past(governor)
            and not would_ahead(governor)
        ):
            return "either"  # "approved a plan to hold elections in September": an act still ahead of the plan (406)
        if day_set_by_a_perfect(span.root, governor):
            return "future"  # "It has called a press conference on Wednesday": a day still ahead (GUIDE decision 490(c))
        if span.root.dep_ != "poss" and ahead_of_a_past(governor, span):
            # "decided against performing on January 20th", "suggested that they meet on Sunday": the nearest such day
            # (GUIDE decision 406), whatever timetable the bare verb looks like; not a day that owns a noun ("decided to
            # weigh in on Thursday's fight"), the happening's own
            return "either"
        if span.root.dep_ != "poss" and proposed_ahead(governor):
            # "is suggesting that both sides meet on Wednesday", "has proposed that the vote be held on Wednesday": under
            # a present, perfect or future proposal the act is still to come, the next such day (GUIDE decision 406)
            return "future"
        if _past(governor) and day_of_a_happening_ahead(span, governor):
            return "either"  # "spoke ahead of a summit on Saturday": the summit's day, still to come then
        if (
            governor.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in governor.children)
            and day_of_a_happening_ahead(span, governor)
        ):
            return "future"  # "are bracing for trouble ahead of the rally on Saturday": a present, the rally still ahead
        if day_of_a_happening_asked_for(span, governor):
            # "urged rallies on Friday": the rallies' day, ahead of a past asking (neither way prevails) or a present one
            return "either" if _past(governor) else "future"
        if span.root.dep_ != "poss" and set_ahead_by_a_participle(governor):
            return "future"  # "the bridge, slated to open on Monday, carries …": the act still to come
        if (
            _future(governor)
            or _scheduled(span.root)
            or (points_ahead(governor) and not _led_by_a_start(span))
            or would_ahead_of_a_present(governor)
        ):
            return "future"
        if arranged_ahead(span, governor):
            return "future"  # "The watches are coming in September": a present progressive with a day, an arrangement
        if _deadline_set_now(span.root, governor):
            return "present"  # "have given themselves until Sunday to settle": "until" then reads ahead
        host = _participle_host(governor)
        if host is not None and (_future(host) or points_ahead(host) or _timetable(host)):
            return "future"  # "runs from August, with its peak coming in mid-September": the clause's verb's time
        return "past" if _past(host if host is not None else governor) else "present"

    def dated_after(clause) -> bool:
        # a date in `clause`'s words, read as the claim's dates are (`tense`), or a season "this" places, that lies after
        # the reference day: an act still ahead ("was supposed to repay the loan in 2026", GUIDE decision 1056)
        s, e = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
        found = find_dates(
            doc_text[s:e],
            ref,
            lambda x, y: tense(s - a + x, s - a + y),
            lambda x, y: doc.char_span(s + x, s + y, alignment_mode="expand"),
        )
        return any(starts_after(date.value, ref) for date in found) or season_ahead(clause, ref)

    kind, kind_reason = read_kind_decided(content, modality, mood, text, ctx.narrated, ctx.surnames, ctx.window_docs, dated_after)
    if (
        kind == "event"
        and mood == "statement"
        and modality in ("none", "possibility")
        and _they_for_researchers(subject_of(content.head), ctx)
        and study_result_found_by_them(content)
    ):
        # "They found that the masks blocked 95% of particles" after "researchers tested 40 masks": the study's result,
        # as "the researchers found that …" (GUIDE decisions 17, 270: a fact in the past tense too)
        kind, kind_reason = "fact", "they_for_researchers"
    if asked is not None and mood == "statement" and wondering_held(frame.verb):
        # "The engineers wondered whether the beam would hold": a state of mind (GUIDE decision 578(c))
        kind, kind_reason = "fact", "wondering_held"
    elif asked is not None and mood == "statement" and asked_in_the_past(content, frame.verb):
        # "He asked what I would do", "She would not reveal whether …": the asking happened (decision 134)
        kind, kind_reason = "event", "asked_in_the_past"
    if (
        kind == "fact"
        and frame is not None
        and frame.verb is not None
        and content is not frame.verb
        and mood == "statement"
        and past_act_in_reported_gerund(content, frame.verb)
    ):
        # "has denied orchestrating a coup": the act told in the speech verb's past
        kind, kind_reason = "event", "past_act_in_reported_gerund"
    if hedged is not None:
        kind, kind_reason = "fact", "hedged"  # a hedge commits nobody and tells no happening (GUIDE decisions 307(b), 332)
    if ahead_reading is not None:
        kind, kind_reason = ahead_reading[1], "speech_ahead"  # the speaker as the one who will act (GUIDE decision 474)
    if kind == "commitment" and ctx.products and _a_things_name(subject_of(content), ctx):
        # "SPACE VIZZION would offer 335 horsepower", "Dragonfly is scheduled to reach Titan": a name the
        # article calls a thing (products.py) undertakes nothing (GUIDE decisions 6, 12)
        kind, kind_reason = "fact", "a_things_name"
    elif kind == "event" and ctx.products and resultative_perfect(content):
        # "the Sentra's interior has been refined": in a piece about things, what a thing now is
        kind, kind_reason = "fact", "resultative_perfect"
    elif kind == "commitment" and ctx.creed and _speaker_of_the_text(subject_of(content)):
        # "I will keep my desk tidy" in a pledge set out for every new clerk: whoever recites it, no party's
        # undertaking (GUIDE decision 173)
        kind, kind_reason = "fact", "creed"
    if (
        kind == "event"
        and frame is not None
        and frame.verb is not None
        and content is frame.verb
        and frame.verb.lemma_ in words().saying
        # ("then told the crew to turn back": an instruction told as a step of past events is a happening, decision 780(a))
        and not request_told_as_a_step(content)
    ):
        # '“A shame for the town,” she said', 'Sanborn said.': the saying is no happening of its own; what
        # was said decides (GUIDE), and words the parser could not read as a clause are a statement.
        kind, kind_reason = "fact", "saying_tag"
    elif (
        kind == "event"
        and content is (frame.verb if frame is not None and frame.verb is not None else verb)
        and _tag_after_a_verbless_quote(content)
    ):
        # '“Military action,” he explained', '"Zero traction," said an analyst': the tag is no happening of its own,
        # and a quote with no verb is a statement (GUIDE decisions 2, 316), by any verb of saying
        kind, kind_reason = "fact", "verbless_quote_tag"
    la, lb, verbless = _carrying_line(ctx.text[offset : offset + len(doc_text)], a, b, start, end, (content, verb, frame))
    # a clause over hard-wrapped lines: the actors its carrying line names; a verbless fragment's first line carries
    # those of every line (GUIDE decision 214)
    line = None if verbless or (la, lb) == (a, b) else doc.char_span(la, lb, alignment_mode="expand")
    actors, places = find_actors(doc, *((line.start, line.end) if line is not None else (start, end)), ctx, doc_text)
    box_row = box_score_row(text, doc_text[b:])
    if box_row is not None:
        # A box score's row names its player or its teams in set places, where the model reads a surname
        # alone as nothing and a town as a place or a person ("Palm Bay d"): the row's own names, the
        # teams without the country the text never gives them (GUIDE decisions 112, 113).
        kind, kind_reason = box_row[0], "box_score_row"
        actors = [Actor(name, type_) for name, type_ in box_row[1]]

    if kind == "fact" and mood == "statement" and timeline_row(text) and not _figure_tail(doc[start:end]):
        # "- Feb 2022: Russia invades Ukraine", "2011: Formed": a timeline's dated row records a happening, read with the
        # predicate it leaves out (GUIDE decision 754(a)); a row of figures ("2010: About 40 members") stays a fact
        kind, kind_reason = "event", "timeline_row"

    dates = find_dates(
        dated_text,
        ref,
        tense,
        lambda x, y: doc.char_span(a + x, a + y, alignment_mode="expand"),
        written_before=ctx.period_written,  # ("both years" names again the years an earlier unit wrote)
    )
    ctx.period_written = ctx.period_written or writes_a_period(dates)
    quotes = _quotes(text)
    claim = Claim(
        id="",
        text=ctx.text[offset + la : offset + lb],
        start=offset + la,
        end=offset + lb,
        paragraph=sent.paragraph,
        sentence=sent.number,
        kind=kind,
        modality=modality,
        polarity=polarity,
        mood=mood,
        condition=condition,
        actors=actors,
        # speech or belief under a hedging modal ("few would argue that …", "it could be argued that …") reports nothing
        # said or held, and one under "will" or "would" a speech still ahead or only supposed: no one's report (GUIDE
        # decisions 84, 139, 332, 474)
        attribution=None if (hedged is not None and not quoted_hedge) or ahead else as_attribution(frame),
        quotes=quotes,
        dates=dates,
        places=places,
        topics=find_topics(_mask_persons(doc, doc_text, start, end, a)),
    )
    ctx.kind_reasons[claim.start] = kind_reason
    return claim


def _wrapped_clauses(span, clauses: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """`clauses` (clause_spans of `span`, a sentence that runs over the lines of a hard-wrapped paragraph) cut again
    before each clause of its own with a subject and a tensed verb that opens after ", so", ", and", ", but" or a
    colon where the parser hung it on the clause before, or hung the clause before on it ("… are the same as those
    passed / to the / Builder() constructor, so you may directly hand …"): the line it opens on carries it as a
    claim (GUIDE decisions 251, 263), which `_one_claim_a_line` keeps apart only where it stands on a line of its
    own."""
    doc = span.doc
    out = list(clauses)
    for token in span:
        left = _opens_after_a_join(token, span)
        if left is None:
            continue
        for k, (a, b, verb) in enumerate(out):
            if not a < left < b:
                continue
            if verb.i == token.i:
                before = [c for c in token.children if c.dep_ == "ccomp" and a <= c.i < left]
                if not before:
                    break
                verb = before[0]  # the clause before, hung on this one, keeps its own verb
            elif token.i < token.head.i or token.dep_ not in ("advcl", "conj", "parataxis", "ccomp"):
                break
            end = left
            while end > a and (
                doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in words().wrapped_clause_openers
            ):
                end -= 1
            out[k : k + 1] = [(a, end, verb), (left, b, token)]
            break
    return out


def _opens_after_a_join(token, span) -> int | None:
    """Where the clause of the verb `token` starts (its subject's first token) when it has a subject and a tensed verb
    of its own and opens after ", so", ", and", ", but" or a colon; else None."""
    if not has_subject(token) or not (
        token.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in token.children)
    ):
        return None
    doc = span.doc
    left = min(c.left_edge.i for c in token.children if c.dep_ in SUBJECTS)
    if left - 2 <= span.start:
        return None
    opener = doc[left - 1].lower_ in words().wrapped_clause_openers
    joined = (opener and doc[left - 2].text == ",") or doc[left - 1].text == ":"
    return left if joined else None


def _one_claim_a_line(claims: list[Claim], verbs: list, first: int, text: str) -> None:
    """The claims from claims[first] on, one sentence's that runs over the lines of a hard-wrapped paragraph, set each
    on its carrying line (`_carrying_line`): two on the same line are one claim there, the first's reading over both
    spans ("Disables page zoom (and the zoom keys kept inside" / "them), …": the line carries one statement, as a
    line cut apart on the page would)."""
    k = first + 1
    while k < len(claims):
        before, claim = claims[k - 1], claims[k]
        if not PARAGRAPH_BREAK.search(text, before.start, claim.end):
            end = max(before.end, claim.end)
            claims[k - 1] = replace(before, end=end, text=text[before.start : end])
            del claims[k], verbs[k]
        else:
            k += 1


def _carrying_line(paragraph: str, a: int, b: int, start: int, end: int, verbs) -> tuple[int, int, bool]:
    """Where the claim of the clause paragraph[a:b] (tokens start to end) stands when the clause runs over the
    lines of a paragraph hard-wrapped with blank lines between them (sentences.paragraph_spans joined them): on the
    line that holds its finite verb (the subject's auxiliary where the line breaks before the main verb, "it'd" /
    "be a place"), else its main verb, else its first line (a verbless fragment), as a line cut apart on the page
    would carry it (GUIDE decisions 48, 66, 214, 251); of the reported content's verb and the reporting verb, the
    one that comes first ("This flaw / shows up in …, the team said.", "Now a study shows the opposite / is true"),
    as of the clauses the parser hung one on the other.
    The claim is read from the whole clause (its fields, dates and condition); only its span is that line's part
    of the clause. A clause on one line keeps its span. `verbs`: the content's verb, the clause's, and the frame.
    Also whether the clause is verbless (its first line carries it)."""
    breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(paragraph, a, b)]
    if not breaks:
        return a, b, False
    content, verb, frame = verbs
    heads = [content, verb, frame.verb if frame is not None else None]
    if verb is not None:
        # a clause the parser hung before the verb as its complement: a comma splice's first clause ("Those at risk
        # were allergic to egg, they / had eczema"), the first independent clause that carries the sentence (decision 1)
        heads += [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    anchors = [x for x in (_finite_anchor(h, start, end) for h in heads) if x is not None]
    if not anchors:
        return a, breaks[0][0], True
    anchor = min(anchors)
    line_start, line_end = _line_at(breaks, a, b, anchor)
    if verb is not None and anchor != verb.idx and _subject_and_auxiliary_alone(verb, line_start, line_end, start, end):
        # "We're" / "going to bake the installer …": a line of only the subject and the auxiliary holds no predicate;
        # the main verb's line carries the clause (GUIDE decisions 48, 66; decision 251's "…, it'd" / "be a place"
        # holds a condition too, and keeps it)
        line_start, line_end = _line_at(breaks, a, b, verb.idx)
    return line_start, line_end, False


def _line_at(breaks: list[tuple[int, int]], a: int, b: int, anchor: int) -> tuple[int, int]:
    """The line of paragraph[a:b], cut at `breaks`, that holds the character `anchor`."""
    line_start, line_end = a, b
    for s, e in breaks:
        if e <= anchor:
            line_start = e
        elif s >= anchor:
            line_end = s
            break
    return line_start, line_end


def _subject_and_auxiliary_alone(verb, line_start: int, line_end: int, start: int, end: int) -> bool:
    """Whether the clause of `verb` (tokens start to end) has on the line line_start:line_end only its subject and its
    auxiliaries, and its verb on a later line."""
    doc = verb.doc
    on_line = [t for t in doc[start:end] if line_start <= t.idx < line_end and not (t.is_punct or t.is_space)]
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    kept = {t.i for c in subjects for t in c.subtree} | {c.i for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(on_line) and verb.idx >= line_end and all(t.i in kept for t in on_line)


def _finite_anchor(verb, start: int, end: int) -> int | None:
    """Where the verb `verb` (tokens start to end) is tensed: its own place if it is finite, else its first finite
    auxiliary's, else its own if it is a verb (a participle, an infinitive); None for a verbless head."""
    if verb is None or not start <= verb.i < end:
        return None
    if verb.tag_ in _FINITE_TAGS:
        return verb.idx
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS and start <= c.i < end]
    if finite:
        return min(t.idx for t in finite)
    return verb.idx if verb.pos_ in ("VERB", "AUX") else None


def _that_clause(verb):
    """The verb of a that-clause a document's verb introduces ("The document
    establishes that both countries must …"), else the main verb: after other
    verbs the outer verb is the statement ("did not get word that a guest was
    coming" is negative; GUIDE decision 5)."""
    lex = words()
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    provides = lex.provision.search(verb.text) or (subject is not None and subject.lemma_.lower() in lex.documents)
    if not provides or verb.lemma_ in lex.requiring:
        return verb  # ("The rule requires that drivers carry …": the requirement is the statement, GUIDE decision 57)
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return child
    return verb


def _governor(token):
    """The verb a date expression belongs to ("was released Tuesday" -> released)."""
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and seen < 8:
        token = token.head
        seen += 1
    return token


def _the_sources_day(span, according) -> bool:
    """Whether the date `span` under "according to" is the day of the cited source itself: its "in"/"on" phrase or a
    name set before it ("according to a survey in January", "the bank's note on Monday", "its Monday note"), not a
    "for" target ("the forecast for July"), a source not yet out ("a study due out in July"; claims.json
    `source_not_out_words`) nor anything under a plan or timetable the phrase names ("the schedule for March", "the
    plan for a vote in November"; claims.json `plan_nouns`, `timetable_nouns`)."""
    lex = words()
    source = next((g for c in according.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    if source is None or any(t.lemma_.lower() in lex.plan_nouns | lex.timetable_nouns for t in source.subtree):
        return False
    between = " ".join(t.lower_ for t in span.doc[according.i + 1 : span.start])
    if any(re.search(rf"\b{re.escape(w)}\b", between) for w in lex.source_not_out):
        return False
    root = span.root
    if root.head.dep_ == "prep":
        if root.head.lower_ not in ("in", "on"):
            return False
    elif root.dep_ not in ("compound", "nmod", "poss", "npadvmod"):
        return False
    token = root.head
    while token.i != source.i:  # no "for" target or "to" above the date's own phrase on the way up to the source
        if token.dep_ == "prep" and token.lower_ not in ("in", "on", "by", "of", "from"):
            return False
        if token.head.i == token.i or token.i == according.i:
            return False
        token = token.head
    return True


def _led_by_a_start(span) -> bool:
    """Whether the parsed date `span` follows "since" ("Since January, prices are likely to keep rising"): a start
    already passed, which a frame of the present looking ahead does not move ("as of March" may look either way)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "since"


def _finite_clause_of(verb):
    """The verb whose tense a date on `verb` takes when `verb` has none of its own or only a backshifted one: an
    infinitive modifying a noun ("his right to stand in September", "a plan to open in May": GUIDE decision 621, the
    finite clause the modifier belongs to) and a past under "would" ("would ensure the vote in July was fair": the
    sequence of tenses, the time of the "would"). Else `verb` itself."""
    for _ in range(3):
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.pos_ in ("NOUN", "PROPN")
        ):
            host = _governor(verb.head)
            if host.i == verb.head.i or host.pos_ not in ("VERB", "AUX"):
                return verb
            if not (_past(host) or would_ahead(host)):
                return verb  # "has the chance to win on Sunday": under a present the infinitive's own act, ahead
            verb = host
        elif (
            verb.tag_ == "VBD"
            and verb.dep_ == "ccomp"
            and would_ahead(verb.head)
            and verb.head.lemma_ in words().result_clause_lemmas
            and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
        ):
            # only a result still to come ("would ensure the vote was fair"), not a past checked ("would check whether
            # the fire on Friday was arson")
            verb = verb.head
        else:
            return verb
    return verb


def _deadline_set_now(date, verb) -> bool:
    """Whether `date` is a deadline "until"/"till" a day for an act in the infinitive, set by a verb in the present
    perfect ("The parties have given themselves until Sunday to settle"): a deadline not yet passed, read forward
    (GUIDE decision 490(c)); a past "had given them until Sunday" may have passed, and keeps the past, as does a state
    kept "until" a day ("has stayed open until Monday")."""
    return (
        date.dep_ == "pobj"
        and date.head.lower_ in ("until", "till")
        and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
        and any(
            c.dep_ in ("advcl", "xcomp") and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children) for c in verb.children
        )
    )


def _future(verb) -> bool:
    """Does the verb speak of what is to come: "will meet", "is to visit",
    "is scheduled for", "plans to sign", "is meeting next …"?"""
    if modal_perfect(verb):
        return False  # "must have left on Tuesday", "may have met in March": a guess about the past
    for child in verb.children:
        if child.tag_ == "MD" and child.lower_ in AHEAD_MODALS:
            return True
    chain = [verb]
    while (
        chain[-1].dep_ in ("xcomp", "conj", "acomp")
        and len(chain) < 4
        # (a conjunct in the past tense keeps its own time: "… will become X, and his call came Saturday")
        and not (chain[-1].dep_ == "conj" and chain[-1].tag_ == "VBD")
    ):  # "plans to sign", "will meet and sign", "is due to start"
        chain.append(chain[-1].head)
    for token in chain:
        present = (
            token.tag_ in ("VBZ", "VBP")
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in token.children)
            or (token.dep_ == "acomp" and token.head.tag_ in ("VBZ", "VBP"))
        )  # "is due to start"
        # (not a past spelled like the base: "the march set the stage")
        if token.lemma_ in words().future_frames and present and not _goes_for(token) and not _base_form_past(token):
            return True
        if any(c.tag_ == "MD" and c.lower_ in AHEAD_MODALS for c in token.children) and not modal_perfect(token):
            return True
    return False


def _goes_for(token) -> bool:
    """Whether a present "go" only goes somewhere or for something ("The same goes for his claim"), with no
    infinitive after it: not "is going to" + verb, whose "go" speaks of what is to come."""
    return token.lemma_ == "go" and token.tag_ != "VBG" and not any(c.dep_ == "xcomp" for c in token.children)


def _past(verb) -> bool:
    """A verb in the past or the perfect: "worsened", "had left", "was sold", "has risen", "the march set the stage"."""
    return (
        verb.tag_ == "VBD"
        or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in verb.children)
        or _base_form_past(verb)
    )


# Subjects a present would take with an "-s": a singular noun, "he", "she", "it".
_SINGULAR_SUBJECT_TAGS = frozenset({"NN", "NNP"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def _base_form_past(verb) -> bool:
    """Whether `verb`, tagged a present with no "-s" ("set", "put", "cut"; claims.json `base_form_past_lemmas`), has a
    singular subject ("Duncan's march set the stage", "she put it"): a present would be "sets", so the form is the past
    spelled like the base."""
    return (
        verb.tag_ in ("VBP", "VB")
        and verb.lower_ in words().base_form_pasts
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "nsubj" and (c.tag_ in _SINGULAR_SUBJECT_TAGS or c.lower_ in _SINGULAR_PRONOUNS) for c in verb.children)
    )


def _scheduled(date) -> bool:
    """A weekday or a month on a verb in the simple present: "Lowe's reports
    earnings Wednesday", "before temperatures climb back up on Thursday", "the
    tour stops … on July 22" (a timetable; GUIDE decision 30),
    not "what we know about the visit on Saturday" (the day is the visit's)."""
    if (
        date.lower_ not in WEEKDAYS
        and date.lower_.rstrip(".") not in MONTH_WORDS
        and not any(c.dep_ == "compound" and c.lower_.rstrip(".") in MONTH_WORDS for c in date.children)
    ):  # "kicks off June 9th": the ordinal heads the date
        return False
    if date.dep_ == "compound" and date.head.lower_ in words().day_parts:
        date = date.head  # "host the Ravens on Monday night": the part of the day heads the date
    head = date.head
    if head.dep_ == "prep" and date.dep_ == "pobj":
        head = head.head
    if head.lemma_ == "be" and date.dep_ in ("attr", "npadvmod"):
        # "Stadia's launch day is Tuesday" (the parser hangs the day as either): the day a thing is set for;
        # not "the store is closed Monday", whose "be" has a complement of its own
        return head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("attr", "acomp") and c.i != date.i for c in head.children)
    if date.dep_ == "npadvmod" and date.lower_ in WEEKDAYS and _clause_under_a_past(head):
        # "closed the road that runs through the park Wednesday", "took a series lead with a victory Wednesday" (a
        # noun the parser took for a present verb): a bare weekday hung on a present inside a past sentence's
        # relative or object clause says when the past happened; a timetable's present is not reported there
        return False
    return _timetable(head)


def _clause_under_a_past(verb) -> bool:
    """Whether `verb` heads a relative clause of a noun a past verb governs, or a clause that a past verb other
    than one of saying or thinking takes as its object ("closed the road that runs …"; not "said the store opens
    …", whose present reports what still holds)."""
    if verb.dep_ == "relcl":
        # only a verb of lasting position ("the road that runs …"): "a plan that takes effect Monday" is a timetable
        governor = _governor(verb.head)
        return governor.i != verb.i and governor.tag_ == "VBD" and verb.lemma_ in words().lasting_position
    lex = words()
    return (
        verb.dep_ == "ccomp"
        and verb.head.tag_ == "VBD"
        and verb.head.lemma_ not in lex.reporting
        and verb.head.lemma_ not in lex.concluding
        and verb.head.lemma_ not in lex.knowing
    )


def _timetable(verb) -> bool:
    """A verb in the simple present that tells a timetable ("reports", "stops"), not a saying nor "be"."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.lemma_ not in words().saying
        and verb.lemma_ != "be"
        and not _base_form_past(verb)
        and not _reports_a_clause(verb)
    )


def _reports_a_clause(verb) -> bool:
    """Whether `verb`, a verb of reporting (claims.json `reporting_lemmas`), takes the clause it reports ("the
    researchers report June 4 that …", "…, the team reports online May 3"): the news present of a saying already
    made, no timetable; "Lowe's reports earnings Wednesday" reports a thing, and stays one, and so does a reported
    question ("announces on Wednesday whether it will raise rates", "reports how much it earned"): only a "that"-clause
    or one with no marker and no wh-word at its start counts."""
    return verb.lemma_ in words().reporting and any(c.dep_ == "ccomp" and _a_clause_told(c) for c in verb.children)


def _a_clause_told(clause) -> bool:
    """Whether the complement `clause` tells a statement, not a question: opened by "that" or by no marker and no
    wh-word ("whether", "if", "how much …")."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB"):
        return False
    return all(c.lower_ == "that" for c in clause.children if c.dep_ == "mark")


def _participle_host(verb):
    """The finite verb a bare present participle's phrase hangs on ("with its peak coming in …" -> runs), which
    gives the phrase its time; None for a verb with an auxiliary of its own, or a subject outside a
    "with" phrase's ("with its peak coming")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "advcl", "acl") or verb.head.i == verb.i:
        # (a past participle is past of itself: "another announced by MOTIE in March")
        return None
    subject = ("nsubj", "nsubjpass") if verb.dep_ != "pcomp" else ()
    if any(c.dep_ in ("aux", "auxpass", *subject) for c in verb.children):
        return None
    host = _governor(verb.head)
    return host if host.i != verb.i and host.pos_ in ("VERB", "AUX") and host.tag_ not in ("VBG", "VBN", "VB") else None


def _mask_persons(doc, doc_text: str, start: int, end: int, a: int) -> str:
    """The claim's text with persons' names blanked, so that "Bill" or "Rose" show no topic."""
    # doc[start:end].text, sliced from the paragraph's text
    text = list(doc_text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)] if end > start else "")
    for ent in entities(doc):
        if ent.label_ == "PERSON" and ent.start >= start and ent.end <= end:
            for i in range(ent.start_char - a, ent.end_char - a):
                text[i] = " "
    return "".join(text)


def _quotes(text: str) -> list[str]:
    out = []
    if '"' not in text and "“" not in text and "«" not in text and "„" not in text:
        return out
    for m in _QUOTES.finditer(text):
        q = next(g for g in m.groups() if g is not None).strip()
        if q and q not in out:
            out.append(q)
    return out


def _reported_just_before(ctx: Context) -> tuple[str, str] | None:
    """(source, cue) of the claim that closes the paragraph before, where a person named there reports in the writer's
    words ("Dr Dana Lee, who led the other study, said more work was needed.") and then a quote with no tag opens the
    next paragraph: the unit before names that speaker acting (GUIDE decisions 61, 317), not the speaker of an earlier
    quote."""
    before = ctx.previous_claim_attribution
    if before is None or not before.source or not before.cue or before.source not in ctx.persons:
        return None
    return (before.source, before.cue)


_LIST_ROW = re.compile(r"^\s*(?:[-*•–]\s|\d{1,2}[.)]\s)")


def _box_after_a_quote(before: str, source: str) -> bool:
    """Whether the paragraphs just before a quote are a box with a heading of its own (a timeline, a fact list: rows
    under a heading line) set right after a paragraph that quotes someone, with no paragraph of running text between: the
    box is page furniture set into the text, not the writer's own sentences that part a quote from its speaker (GUIDE
    decision 755, refining 237)."""
    paragraphs = [p.strip() for p in before.split("\n") if p.strip()]
    rows = 0
    while paragraphs and _LIST_ROW.match(paragraphs[-1]):
        paragraphs.pop()
        rows += 1
    if not rows or len(paragraphs) < 2:
        return False
    heading, quoted = paragraphs[-1], paragraphs[-2]
    # (a heading: a short line with no sentence end; the paragraph before it a quote with its tag)
    if len(heading.split()) > 12 or heading[-1] in ".!?\"”'’:" or _LIST_ROW.match(heading):
        return False
    return _tagged_quote_of(quoted, source)


# a quotation opening the paragraph or set after a tag's colon or comma ('X said: "…"'), not a word or two in quotation
# marks inside the writer's own sentence ('called the figures "fiction"')
_QUOTE_OPENING = re.compile(r"^[\"“]|[:,]\s+[\"“]")


def _tagged_quote_of(paragraph: str, source: str) -> bool:
    """Whether `paragraph` is a quote tagged with `source`: a quotation opening it or set after a colon or comma, and
    outside the quotation marks a word of the speaker's name or "he"/"she" (GUIDE decision 755: the box follows the
    speaker's tagged quote; a sentence of the writer's before the box parts the quotes, decision 237)."""
    if _QUOTE_OPENING.search(paragraph) is None:
        return False
    outside = re.sub(r"[\"“][^\"“”]*[\"”]", " ", paragraph)
    named = {w.lower() for w in re.findall(r"[\w’'-]+", outside)}
    forms = {w.lower() for w in source.split() if len(w) > 1 and w.lower() not in ("the", "of", "and")}
    return bool(forms & named) or bool({"he", "she"} & named)


def _speaker_adjacent(source: str | None, ctx: Context, text: str, regions) -> bool:
    """Whether a quote opening the paragraph `text` (quotes at `regions`) keeps the speaker of an earlier quote: the
    claim that closes the paragraph before is a quote or a report itself (a quote running on, decision 213), a lead-in
    ending in a colon, or names the speaker acting, by name, by "he"/"she" or by the speaker's role ("the governor
    called for calm", decisions 61, 317); the paragraph has words of its own beside its quotes (a tag, a name); or no
    claim came before. A sentence of the writer's own that names no one ("In orbit, water clings to surfaces.") sets a
    paragraph that is only a quote apart from its speaker: no speaker in the same or an adjacent unit (GUIDE decision
    237)."""
    before = ctx.previous_claim_attribution
    previous = ctx.previous_claim_text.rstrip()
    if (before is not None and before.source) or not previous or not source or previous.endswith(":"):
        return True
    if ctx.text[max(0, ctx.position - 200) : ctx.position].rstrip().endswith(":"):
        return True  # ("Let's start by parsing that tweet:", a lead-in that is no claim of its own)
    if _box_after_a_quote(ctx.text[max(0, ctx.position - 3000) : ctx.position], source):
        return True  # a box set between the tagged quote and this one is page furniture, no sentence of the writer's (755)
    outside = "".join(text[b:a] for (_, b), (a, _) in zip([(0, 0), *regions], [*regions, (len(text), len(text))], strict=True))
    if re.search(r"[^\W\d_]{2}", outside):
        return True  # ('"We start somewhere." Kheradpir.', '"…," an officer ordered. "Step out."')
    named = set(re.findall(r"[\w’'-]+", previous))
    person = ctx.persons.get(source)
    role = person.role.lower().split()[-1] if person is not None and person.role else None
    # the speaker by any word of its name ("Xi" of "Xi Jinping") or its initials ("WHO"), or "it"/"they" opening the
    # claim as its subject and standing for the speaker ("It also appealed for $2 billion in aid."; decision 44)
    forms = {w for w in source.split() if w[:1].isupper() and len(w) > 1}
    initials = "".join(w[0] for w in source.split() if w[:1].isupper())
    if len(initials) > 1:
        forms.add(initials)
    first = previous.split()[0].lower() if previous.split() else ""
    # the speaker by a pronoun of a person that fits the speaker ("he", "his", "her"; claims.json `personal_pronouns`),
    # not one of a person acted on ("handed him a medal", `object_pronouns`: decision 317 wants the speaker acting)
    gendered = {
        w
        for w, subject in words().personal_pronouns.items()
        if subject in ("he", "she") and w not in words().object_pronouns and ctx.fits(source, subject)
    }
    return (
        bool(forms & named)
        or bool(gendered & {w.lower() for w in named})
        or (first in ("it", "they") and ctx.antecedent(first) == source)
        # ("It" for a body named, "They" for a body or "the researchers"; never a person)
        or (first in ("it", "they") and person is None and (first == "they" or not source.islower()))
        or (role is not None and role in {w.lower() for w in named})
    )


def _held_inside_quote(attribution: Attribution | None, quoted: str) -> bool:
    """Whether `attribution` is a report or view held by nobody named whose cue stands inside the quote `quoted`
    ('"It is well known that …," she said': GUIDE decisions 3, 489), which the quote's speaker does not take over."""
    return (
        attribution is not None
        and not attribution.source
        and bool(attribution.cue)
        and re.search(rf"\b{re.escape(attribution.cue)}\b", quoted) is not None
    )


def _pass_quote_speakers(
    claims: list[Claim], verbs, regions, offset: int, text: str, ctx: Context, doc=None, earlier=None
) -> None:
    """A claim inside a quote that names no speaker (or only "we"/"I") gets
    the speaker of the quote: an attributed claim in the same quote or at its
    ends ("…," she said. / "…" Trump tweeted soon after), else the claim that
    introduces it ("X said:"), else, for a quote that opens the paragraph,
    the speaker last named before it.

    A claim is inside a quote when its main verb is: "The UK has urged an
    “end to the violence …”" quotes, but is not itself a quote. With the
    paragraph's parse (`doc`), a closing tag the parser hung inside the quote
    names the speaker too (attribution.tag_after_quote)."""
    if not regions:
        return
    spans = [(c.start - offset, c.end - offset) for c in claims]
    quoted_here = False  # a quote of this paragraph already has its speaker: the next one continues it
    for a, b in regions:
        # ('Lee threw himself under the bus: “I take the blame.”', 'Lee gave her verdict: “It is a waste.”': the words
        # before a colon only introduce the quotation, which is the lead-in's subject's, GUIDE decision 228; the claim
        # that holds the colon takes that speaker, and the quote's own claims below take it like a tag's)
        before = a
        while before and text[before - 1].isspace():
            before -= 1
        lead = colon_lead_in_speaker(doc, (a, b), ctx) if doc is not None and text[before - 1 : before] == ":" else None
        if lead is not None:
            for i, (s, e) in enumerate(spans):
                if (
                    s <= a < e
                    and (claims[i].attribution is None or not claims[i].attribution.source)
                    and not (_held_inside_quote(claims[i].attribution, text[a:b]) and not clause_joined(verbs[i]))
                ):
                    claims[i].attribution = lead
        members = [i for i, verb in enumerate(verbs) if a <= verb.idx < b and spans[i][0] >= a - 1]
        if not members:
            # '“We pray for …,” said X.': the claim's verb is the saying, outside the quote; the
            # quote still has its speaker, whom the next quote of the paragraph continues.
            # (a claim held by others inside the quote, '"The plant is considered safe," Lee said', still gives the
            # quote its tag's speaker, whom the next quote of the paragraph continues)
            holder = next(
                (
                    tagged
                    for i, (s, e) in enumerate(spans)
                    if s <= a + 1
                    and e >= b - 1
                    and claims[i].attribution is not None
                    and (claims[i].attribution.source or _held_inside_quote(claims[i].attribution, text[a:b]))
                    for tagged in [quote_tag_speaker(claims[i].attribution, verbs[i], (a, b), text, ctx)]
                    if tagged.source
                ),
                None,
            )
            if holder is None and doc is not None:
                # ('“…,” she said, her voice hoarse from a cold.': the parser made the words after the tag the
                # sentence's head, so the claim that opens with the quote and holds its tag has no reporting verb of
                # its own; the tag still names the quote's speaker, whose words the claim reports, GUIDE decision 2).
                # The claim must open with the quote (its start within a character of the opening mark), not merely
                # hold it like the lookup above: a claim that opens earlier reports words of its own before the quote.
                # The tag must stand apart from the quote ('"Hamilton" said goodbye to Broadway': a quoted title is the
                # subject, with no words reported).
                # (or a claim that read the tag's verb but found no subject for it: '…," lead author Dr. Dana Lee, who
                # runs the lab, said', where the parser hung the title's first word on the verb; the tag must name
                # that same verb)
                holders = [
                    i
                    for i, (s, e) in enumerate(spans)
                    if a - 1 <= s <= a + 1 and e >= b - 1 and (claims[i].attribution is None or not claims[i].attribution.source)
                ]
                tag = tag_after_quote(doc, b, ctx, apart=True) if holders else None
                if tag is not None and claims[holders[0]].attribution is not None:
                    tag = tag if tag.cue == claims[holders[0]].attribution.cue else None
                if tag is not None:
                    claims[holders[0]].attribution = holder = tag
            if holder is not None:
                ctx.last_quote = (holder.source, holder.cue)
                quoted_here = True
            continue
        # (A speaker the quote's own words name: "they might think" inside the quote is what the quoted
        # speaker imagines others think, not who speaks.)
        named = [
            claims[i].attribution
            for i in members
            if claims[i].attribution is not None
            and claims[i].attribution.source
            and claims[i].attribution.source.split()[-1] in text[a:b]
        ]
        speaker = named[0] if named else None
        if speaker is None and lead is not None:
            # ('The minister said: "The bridge is considered unsafe. We will close it."': the lead-in names the quote's
            # speaker, GUIDE decision 228, even where the claim that holds the colon keeps a view of others, decision
            # 489; a quote that runs over several units keeps its speaker)
            speaker = lead
        if speaker is None and lead is None and text[before - 1 : before] == ":":
            # (a lead-in the colon rule does not read, whose claim keeps the view of others inside the quote)
            speaker = next(
                (
                    Attribution(*found)
                    for i, (s, e) in enumerate(spans)
                    if s <= a < e and _held_inside_quote(claims[i].attribution, text[a:b])
                    for found in [lead_in_reporter(verbs[i], a, ctx)]
                    if found is not None
                ),
                None,
            )
        if speaker is None:
            around = [
                i for i, (s, e) in enumerate(spans) if s < b + 3 and e > a and i not in members and may_tag_quote(verbs[i], b)
            ]
            for i in around:
                if claims[i].attribution is not None and claims[i].attribution.source:
                    speaker = quote_tag_speaker(claims[i].attribution, verbs[i], (a, b), text, ctx)
                    break
                bare = bare_speaker(verbs[i], ctx)
                if bare is not None and bare[0]:
                    speaker = Attribution(*bare)
                    break
        if speaker is None and doc is not None:
            speaker = tag_after_quote(doc, b, ctx)  # a tag the parser hung inside the quote (`doc`: the paragraph's parse)
        if speaker is None:
            before = [i for i, (s, e) in enumerate(spans) if e <= a]
            if before and claims[before[-1]].attribution is not None and claims[before[-1]].text.rstrip().endswith(":"):
                speaker = claims[before[-1]].attribution
        if speaker is None and (not text[:a].strip() or quoted_here):
            # (the speakers before the paragraph: a source its own claims gave, "I think they want …", is no speaker)
            quote_before, attribution_before = earlier if earlier is not None else (ctx.last_quote, ctx.last_attribution)
            last = ctx.last_quote if quoted_here else _reported_just_before(ctx) or quote_before or attribution_before
            if last and not quoted_here and not _speaker_adjacent(last[0], ctx, text, regions):
                last = None  # a quote the writer's own sentences set apart from its speaker (GUIDE decision 237)
            speaker = Attribution(*last) if last else None
        if speaker is None:
            continue
        for i in members:
            if claims[i].attribution is None or not claims[i].attribution.source:
                claims[i].attribution = speaker
            if not claims[i].quotes:
                s, e = spans[i]
                inner = claims[i].text[max(0, a - s) : max(0, min(e, b) - s)].strip(' "“”«»„')
                if len(inner) >= 2:
                    claims[i].quotes = [inner]
        ctx.last_quote = (speaker.source, speaker.cue)
        ctx.last_attribution = ctx.last_quote
        quoted_here = True


def _figure_tail(span) -> bool:
    """Whether a timeline row's words after its label are a figure with no verb ("2010: About 40 members")."""
    colon = next((t.i for t in span if t.text == ":"), None)
    tail = [t for t in span if colon is not None and t.i > colon]
    return not any(t.pos_ in ("VERB", "AUX") for t in tail) and any(t.like_num for t in tail)


__all__ = ["extract_claims", "iter_claims"]

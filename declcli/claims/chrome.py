"""Units of the body text that are page furniture, not statements.

Extraction keeps some chrome in the text (a caption, "Close", a drop-cap
letter, "Read more: …", a related story's headline between paragraphs); such
a unit gives no claim. Told by its words, not by position:
- no word of two letters or more, or a lone word or two without final
  punctuation ("Caption", "Close", "T");
- the whole unit is a chrome word or phrase, or opens with one
  (declcli/data/claims.json: `chrome`, `chrome_starts`);
- a unit in capitals only, of three words or more: a subheading;
- a paragraph of one unit with no final punctuation that has no verb, is
  in title case or is short (eight words at most): a heading or a related
  story's headline;
- and, by position, a paragraph of one unit with no final punctuation
  between paragraphs that end as sentences do: a related story's headline
  set into the text ("Investigators focused on how Epstein had the
  opportunity to hang himself"), or two in a row, of at most 25 words, also
  one cut into sentences; a run of three or more is a list, kept, and so
  are a post's text and a list's rows after a lead-in's colon;
- a short sentence without a verb is kept when it is said ("Why?", "On it!",
  "No joke."); a paragraph a chrome label opens is chrome to its end.
- a call to comment ("Let us know … in the comments") and the short questions
  right before it in its paragraph ("What do you think?"), GUIDE decision 80;
  a related story's teaser, whose paragraph ends cut off ("Yet, the... more").
- a table of contents' entry with its link marker after it ("Risks we see. (More)").
- a line that only points to what the page sets below ("Below are some excerpts.", "Hilarious copy,
  below."), GUIDE decision 38; a paragraph that is one question without a finite verb or an article
  first, a subheading ("Unprecedented, but to what end?").

Told by the whole text (`display_copies`, `question_headings`, `boxed_lists`,
`edge_headlines`, `promo_boxes`): a display copy of a passage given nearby (a
pull quote, a teaser, a post repeating a quote), the short questions of an
explainer written as questions, list items or box fields with chrome on both
sides (an advertiser's box), the headline lines left above the body or below
it, the pitch of a paywall or sign-up box beside its call to subscribe, a
video's blurb above its "(Published …)" stamp (`video_blurbs`) and the links
under a closing list of related stories (`related_links`), a headline right above a byline or above a body its
dateline opens, and a thread of readers' comments below the article: from its heading to the end (`comment_thread`),
below a sign that closes the article when a reader's voice speaks there, with replies opened by a reader's handle, or
one closing reaction in a reader's voice (GUIDE decision 658). `chrome_reason` names the rule that decided.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import NamedTuple

from .. import patterns
from ..lexicon import load
from ..sentences import MONTH_NAME, paragraph_spans
from .clauses import asks_who_reports
from .context import doc_memo, entities, span_text, text_of
from .lexicon import words

_CYRILLIC = patterns.compile("[\u0400-\u04ff]")


def _mixed_script(word: str) -> bool:
    latin = cyrillic = False
    for ch in word:
        if "a" <= ch.lower() <= "z":
            latin = True
        elif "\u0400" <= ch <= "\u04ff":
            cyrillic = True
    return latin and cyrillic


_FINAL = (".", "!", "?", '"', "”", "’", "'", ")", "»", ":", ";", "…")

# A credit line ends with its handle, its date or its time ("… (@danalee) 3 May 2024 at 10:15 AM").
_CREDIT_END = re.compile(r"(?:\)|\d|\d\s*[AaPp]\.?[Mm]\.?)$")


def _may_end_a_credit(body: str) -> bool:
    """Whether `body` ends as a match of _CREDIT_END can: with ")", a digit (\\d) or "AM", "pm.", told from its last
    characters (the search tries every position of the text for the pattern's end, and most texts end in a stop)."""
    last = body[-1:]
    if last == ".":
        return body[-2:-1] in ("m", "M")
    return last in (")", "m", "M") or last.isdecimal()


_DATED_END = re.compile(r"\d(?:\s*[AaPp]\.?[Mm]\.?)?$")


def post_credit_start(text: str) -> int | None:
    """Where the credit line of an embedded post that closes `text` starts ("Great day for it :/ — Dana Lee (@danalee)
    May 3, 2020"), or None: the post's signature (claims.json `post_signature`) after the last of its dashes
    (`post_credit_dashes`, a hyphen only with a space after it: "away -- Dana Lee", not "Mary-Jane"), glued to the
    post's last word or ending with the post's date; a writer's sentence that goes on after a spaced dash to a handle
    ("… a question raised by Ann Lee (@annlee)") has none."""
    body = text.rstrip()
    # (the cheap test first: a credit line ends with its handle, its date or its time; its last character before the
    # search, which tries every position of the text for the pattern's end)
    if not _may_end_a_credit(body) or not _CREDIT_END.search(body):
        return None
    start = -1
    for dash in words().post_credit_dashes:
        at = body.rfind(dash)
        while at > 0 and dash[-1] == "-" and not body[at + len(dash) : at + len(dash) + 1].isspace():
            at = body.rfind(dash, 0, at)  # ("Mary-Jane": a hyphen inside a word)
        start = max(start, at)
    while start > 0 and body[start - 1] == "-":
        start -= 1  # ("--": the pair's first hyphen)
    if start < 0 or start > 0 and body[start - 1].isspace() and not _DATED_END.search(body):
        return None
    return start if words().post_signature.match(body[start:]) else None


def ends_as_sentence(text: str) -> bool:
    text = text.rstrip()
    if post_credit_start(text) is not None:
        return True  # a post's text closed by its credit line ("… great day for it :/ — Dana Lee (@danalee) May 3, 2020")
    signs = words().article_end_signs  # a sign some sites set after an article's last sentence (claims.json)
    if text.endswith(tuple(signs)):
        text = text.rstrip(signs + " ")  # "… the plan. ®": the sentence before the sign ends the paragraph
    elision = words().closing_elision.search(text)  # an excerpt's mark of words left out (claims.json)
    if elision:
        text = text[: elision.start()].rstrip()  # "… members told the paper. [ ... ]": the quoted sentence ends it
    return text.endswith(_FINAL)


def _closes_as_a_paragraph(text: str) -> bool:
    """Whether a paragraph ends as a sentence does (`ends_as_sentence`), a closing bracket counted only where the
    bracket closes a sentence ("… packed with them.)") or stands after one ("… wander in. (Dana Lee/Gazette)",
    "(Reporting by …)"): an aside that closes a headline ("Why the port is the future of the city (and how it got
    there)") leaves it without a sentence's ending."""
    text = text.rstrip()
    if not text.endswith(")"):
        return ends_as_sentence(text)
    inner = text.rstrip(")")
    if inner.endswith(_FINAL):
        return True
    opening = text.rfind("(")
    return not text[: max(opening, 0)].strip() or text[:opening].rstrip().endswith(_FINAL)


_GLUED_CREDIT_REACH = 130  # characters: a credit glued to a caption's end names a photographer and an outlet


def ends_on_a_picture_credit(text: str) -> bool:
    """Whether the text ends on a picture's credit glued to its caption ("… seeped underground.CreditCreditDana
    Lee/The Harbour Times", "… in the current crisis Credit: SAM ROE/ AFP", claims.json `glued_picture_credit`): the
    caption's line, finished by its credit (GUIDE decisions 833, 870); so does a credit after a copyright sign ("… in the
    first quarter © Dana Lee/Kestrel Wire"). Read on the text's tail only."""
    tail = text.rstrip()[-_GLUED_CREDIT_REACH:]
    return ("Credit" in tail or "©" in tail) and words().glued_picture_credit.search(tail) is not None


def _schedule_row(tokens) -> bool:
    """A line that opens with a date, then a dash or colon, then a name: a row of a schedule or list
    ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "Aug. 2 – DTE Energy Music Theatre")."""
    n = 0
    while n < len(tokens) and tokens[n].ent_type_ == "DATE":
        n += 1
    separators = ("--", "-", "–", "—", ":")
    return 0 < n < 5 and n + 1 < len(tokens) and tokens[n].text in separators and tokens[n + 1].text[:1].isupper()


_QUOTES = "\"“”‘’'"

# "1 sack, 1 TFL, 2 QH.", "1 pass defended.": a line of counted items, each a number and up to three
# words, without a verb: a player's tally in a list, no statement (GUIDE decision 48).
_TALLY_ROW = patterns.compile(
    r"\d+(?:\.\d+)? [A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2}(?:, \d+(?:\.\d+)? [A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})*\.?"
)


# A timeline's row: a bullet or none, a date label that is a year, or a month or a span of months with its year, or a
# day ("2002", "Dec 2010", "Jun-Aug 2011", "April 2013", "Jan. 6, 2021", "14 Aug 2023"), a colon and the row's words
# ("- Dec 2010: Fire at the pier"). A record of a happening read with the predicate it leaves out (GUIDE decision 754),
# however short or verbless.
# The month is the sentence splitter's MONTH_NAME (full names and their abbreviations), so that "June" and "July" count
# as "Jun" and "Jul" do and "Mayor" is no month.
_MONTH = MONTH_NAME
_TIMELINE_ROW = patterns.compile(
    r"(?:[-–•*▪]\s*)?(?:"
    + _MONTH
    + r"(?:\s*[-–/]\s*"
    + _MONTH
    + r"|\s+\d{1,2},?)?\s+|\d{1,2}\s+"  # "Jan. 6, 2021: …" (AP), "14 Aug 2023: …"
    + _MONTH
    + r"\s+)?(?:1[6-9]|20)\d{2}:\s+[^\W\d_]"
)


def timeline_row(text: str) -> bool:
    """Whether the line is a timeline's dated row ("- Dec 2010: Bombed the pier", "Jan. 6, 2021: Riot at the Capitol")."""
    return _TIMELINE_ROW.match(text) is not None and not text.endswith(":")


_TEAM = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
# A game's line score: a side, its points in each period, a dash and its total ("Rockledge 14 11 6 15 — 44").
_LINE_SCORE = patterns.compile(r"(?P<team>" + _TEAM + r")(?: \d{1,3}){2,} (?:[—–]|--?) \d{1,3}")
# A snap-count table's row: a position, the player, the plays and their share, then the stats ("DL Larry
# Ogunjobi 63 85% 1 tackle (1 combined)."), on the last line where the table's header ran into it.
_SNAP_ROW = patterns.compile(r"[A-Z]{1,3} (?P<name>" + _TEAM + r") \d{1,3} \d{1,3}% ")
# A result line cut by the segmenter at "d." (defeated): "Palm Bay d." before "Rockledge 70-44" or
# "Titusville", the loser (and the score) filling the rest of the line.
_RESULT_WINNER = patterns.compile(r"(?P<team>" + _TEAM + r") d\.")
_RESULT_LOSER = patterns.compile(r"(?P<team>" + _TEAM + r")(?: \d{1,3}-\d{1,3})?")


def box_score_row(text: str, after: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The kind and the names with their types ("person", "organization") of a box score's row `text`
    (`after`: the rest of its paragraph), or None for no such row (GUIDE decision 112): a player's stats, a
    fact ("Davis 17 points.", "Palm Bay (1-0): Tolivert 25 points.", a snap count's "DL Eli Ankou 13 18% 1
    tackle."), a team's line score ("Rockledge 14 11 6 15 — 44") or the piece of a result that holds "d."
    ("Palm Bay d." before "Rockledge 70-44"), an event whose loser follows."""
    if not text[:1].isupper() or not text[-1:].isalnum() and not text.endswith("."):
        return None
    if m := words().box_score_row.fullmatch(text):
        team = [(m.group("team"), "organization")] if m.group("team") else []
        return "fact", [*team, (m.group("name"), "person")]
    if m := _SNAP_ROW.match(text.rpartition("\n")[2]):
        return "fact", [(m.group("name"), "person")]
    if m := _LINE_SCORE.fullmatch(text):
        return "fact", [(m.group("team"), "organization")]
    if (m := _RESULT_WINNER.fullmatch(text)) and (loser := _RESULT_LOSER.fullmatch(after.strip())):
        return "event", [(m.group("team"), "organization"), (loser.group("team"), "organization")]
    return None


def _short_reply(text: str, alpha, tokens) -> bool:
    """A short sentence without a verb that is said, not a label: a question or an exclamation ("Why?",
    "On it!"), a quoted reply ("“Please.”"), a word of reply ("Yes.", "Possibly.") or a phrase in lower
    case after its first word ("No joke.", "Oh, no.", "A lot."); not a credit, a time or a piece cut off at an
    abbreviation ("News.", "10:11 pm CST.", "HAYWARD, Calif.")."""
    bare = text.rstrip(".…" + _QUOTES)
    if bare.endswith(("?", "!")):
        return True
    if len(alpha) == 1 and alpha[0].lower_ in words().one_word_replies:
        return True  # "Yes.", "Possibly.", "Oh." (claims.json `one_word_replies`)
    if len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return True
    said = [t for t in tokens if t.is_alpha]  # its one-letter words too: "A lot."
    return not any(ch.isdigit() for ch in text) and all(t.is_lower for t in said[1:]) and len(said) > 1


# A sentence of one word and a stop ("Anywhere.", "Quickly."), and one of a run of them ("Every. Single. Thing.").
_ONE_WORD_SENTENCE = patterns.compile(r"[A-Z][a-z]+\.")
# Such a word is said when it is an adverb, adjective, pronoun or number ("Now.", "Amazing.", "Anything.", "Two."); a
# noun alone is a credit or a label ("News.", "Family.").
_SAID_WORD_POS = frozenset(("ADV", "ADJ", "DET", "PRON", "INTJ", "NUM"))
_ONE_WORD_SENTENCE_BEFORE = patterns.compile(r"(?:^|[.!?…]\s+)[-–—•*]?\s*\w+\.\s*$")
_SENTENCE_BEFORE = patterns.compile(r"\w+\W+\w+\W+\w+.*[.!?…][\"”’')]?\s*$", flags=re.S)
_SENTENCE_AFTER = patterns.compile(r"\s*[\"“‘']?[A-Z]\w*\W+\w+\W+\w+.*[.!?…]", flags=re.S)


def _word_in_prose(span, text: str, alpha, whole_paragraph: bool) -> bool:
    """Whether the unit is a one-word sentence that goes on from a sentence before it in its paragraph ("It raised
    prices. Quickly.", "Playing! Anywhere.") or opens its paragraph before the sentences that answer or explain it
    ("Never. The routes went …", "Two. After all the commotion, …"): a short statement of the running text (the
    claim section: "short statements without a verb"), no label; the first of a run of them carries it, the words
    after only repeat or finish it (GUIDE decisions 214, 327: "Every. Single. Thing.", "- Family. Family."). Not a
    name, nor a piece cut off a sentence ("button."), nor a word alone in its paragraph ("Good." under the body,
    decision 311)."""
    if whole_paragraph or len(alpha) != 1 or alpha[0].pos_ not in _SAID_WORD_POS or not _ONE_WORD_SENTENCE.fullmatch(text):
        return False
    paragraph = text_of(span.doc)
    before = paragraph[: span.start_char]
    if not before.strip():
        return _SENTENCE_AFTER.match(paragraph[span.end_char :]) is not None
    return _SENTENCE_BEFORE.search(before) is not None and _ONE_WORD_SENTENCE_BEFORE.search(before) is None


# A headline has at most this many words; a longer line without a stop is a sentence that lost it.
_HEADLINE_WORDS = 25


def _headline_set_in(span, whole_paragraph: bool, alpha) -> bool:
    """A paragraph without a sentence's ending set between paragraphs that have one, short enough for a
    headline: a related story's headline, also one the segmenter cut in two ("Inner circle eyed: X is
    dead. Prosecutors could still go after his aides"), not a paragraph of finished sentences and a last
    aside."""
    if whole_paragraph:
        return 3 <= len(alpha) <= _HEADLINE_WORDS and not ends_as_sentence(span.text)
    words_ = sum(1 for t in span.doc if t.is_alpha and len(t.text) > 1)
    # A headline cut in two ends a sentence once at most; a paragraph of two or more finished sentences and an
    # aside without a stop ("Why? Because, capitalism, of course. You see, … *Sharks begin circling*") is the story's.
    return words_ <= _HEADLINE_WORDS and sum(1 for sent in span.doc.sents if ends_as_sentence(sent.text)) < 2


_MARK_REACH = 40  # characters: a link marker after a sentence ("(More)"), a teaser's cut-off end ("the... more")

# A reader prompt asks in at most this many words before the call to comment that closes its paragraph.
_PROMPT_WORDS = 12
_ASKED_READER_WORDS = 25  # a question put to the reader ("Are you in the grips of the storm …?") may run longer

# A list's heading has no verb and at most this many words, its dateline's included ("HAYWARD, Calif.
# (AP) — The Latest on a deadly stabbing on a commuter train (all times local):").
_LEAD_IN_WORDS = 20


def _tensed_predicate(token) -> bool:
    """A verb that makes a sentence of a count ("3 people died"): tensed, and the root or with a subject of
    its own; not a tally's participle nor a noun the parser read as a verb ("1 pass defended")."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ == "VBN":
        return False
    return token.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _imperative(span, opening_words: int = 0) -> bool:
    """Whether the sentence `span` is an imperative: its first word is its root, a bare verb with no subject; with
    `opening_words`, also a root after a short opening phrase of at most that many words closed by a comma ("For more,
    follow her on Twitter.")."""
    first = next((t for t in span if t.is_alpha), None)
    if first is None:
        return False
    if first.dep_ == "ROOT" and _bare_verb(first):
        return True
    root = span.root
    if not opening_words or root.i <= first.i or not _bare_verb(root):
        return False
    before = [t for t in span if t.i < root.i and not t.is_space]
    return before[-1].text == "," and sum(1 for t in before if t.is_alpha) <= opening_words


def _bare_verb(token) -> bool:
    """A verb in its bare form with no subject of its own ("Listen", "follow")."""
    return token.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


# A social network's account or tag as written in a line of the page ("@harbourco", "#tidewatch"), not inside a link.
_HANDLE_OR_TAG = patterns.compile(r"(?<![\w/.])[#@][^\W\d_]\w+")


def _social_prompt(span, text: str) -> bool:
    """Whether the sentence asks the reader to follow an account or to post with a tag ("Follow us @harbourco.", "You
    can keep up by following @harbourco on Twitter.", "Snap the tide and post it with #tidewatch."): an imperative or a
    sentence whose subject is "you", with a handle or a tag and a verb of following, posting, tagging or sharing. A
    follow or share prompt is no claim wherever it stands (GUIDE claim section, decisions 80, 269)."""
    if _HANDLE_OR_TAG.search(text) is None or not any(_asked_social_act(t) for t in span):
        return False
    root = span.root
    return _imperative(span) or any(c.dep_ == "nsubj" and c.lower_ == "you" for c in root.children)


# An imperative may open on a short phrase closed by a comma ("For more, follow …"): at most this many words.
_CALL_OPENING_WORDS = 4


def _media_call(span, text: str) -> bool:
    """Whether the sentence calls the reader to take in the page's media or to reach its writer ("Listen to the full
    interview on Radio Ten.", "Hit play on the video below.", "Reach her at dana@gazette.com.", "Scroll down to see the
    results."): an order to the reader whose verb listens, watches, plays or follows, its object (or its preposition's)
    a medium of the page ("the video") or an address, or that reaches "her" at an address (the writer's contact line
    after the bio, decision 363), or a verb that only moves about the page, then its direction (claims.json
    `media_call_words`). A sign-up or share prompt, no claim (GUIDE claim section, decisions 80, 227). Not an order
    with a statement of its own joined to it ("Listen to the recording, and you can hear …", decisions 813, 957), nor
    one with a speaker's tag ("…, the report's authors urge, …"); an appeal to reach someone else of the story ("To
    take part, reach the club's secretary at …", decision 378), an order of a how-to that only mentions a medium
    ("Listen to a podcast instead of scrolling …", decision 957) and one whose verb is not the root stay claims."""
    lex = words()
    calls = lex.media_calls
    first = next((t for t in span if t.is_alpha), None)
    if first is None:
        return False
    root = span.root
    verb = root.lemma_.lower()
    if first.lower_ not in calls.page_verbs and verb not in calls.verbs and verb not in calls.contact_verbs:
        return False  # (the cheap test first)
    if any(c.dep_ == "conj" and any(g.dep_ in _SUBJECTS for g in c.children) for c in root.children):
        return False  # ("Scroll back to 2019, and the company was losing money": the writer's statement)
    if any(
        t.lemma_.lower() in lex.reporting and any(c.dep_ in _SUBJECTS and c.lower_ != "you" for c in t.children) for t in span
    ):
        return False  # ("Listen to your children, the report's authors urge, …": a speaker's words; "see if you can tell")
    if first.lower_ in calls.page_verbs:
        # (the tagger may read the verb opening the line as a noun: "Scroll down slowly …")
        return first.i == root.i and first.i + 1 < span.end and span.doc[first.i + 1].lower_ in calls.page_directions
    if verb in calls.contact_verbs:
        # "Reach her at …" after the writer's bio line: the writer's address; "reach the trust at …" is the story's
        return (
            first.i == root.i
            and _bare_verb(root)
            and any(c.dep_ == "dobj" and c.lower_ in calls.contact_objects for c in root.children)
            and any(_address(t) and _object_of(root, t) for t in span)
        )
    if verb not in calls.verbs or not _imperative(span, _CALL_OPENING_WORDS):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    return any(_object_of(root, t) and (_address(t) or _page_medium(t, calls)) for t in span)


_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _address(token) -> bool:
    """An e-mail or web address, a social network's handle or tag ("@danalee", "#tidewatch")."""
    return token.like_email or token.like_url or _HANDLE_OR_TAG.match(token.text) is not None


def _page_medium(token, calls) -> bool:
    """A medium that the page sets out, named as a definite thing ("the full interview", "Radio Ten's clip", "this
    video"), not a kind of medium ("a podcast", "videos")."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.lemma_.lower() in calls.nouns
        and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in calls.definite_words for c in token.children)
    )


def _object_of(verb, token) -> bool:
    """Whether `token` is the object of `verb`, directly or through its preposition, or through the preposition of that
    object ("Hit play on the clip"), a conjunct or apposition of one counted as it."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "dobj":
        return token.head.i == verb.i
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    holder = token.head.head
    return holder.i == verb.i or holder.dep_ == "dobj" and holder.head.i == verb.i


def _asked_social_act(token) -> bool:
    """A verb of following or posting that the reader is asked to do ("follow", "by tagging"), not one told of a post
    ("which was shared by @SkyNews", "You posted a video with #tag": a past or a relative clause reports a post)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words().social_act_lemmas or token.tag_ in ("VBD", "VBN"):
        return False
    return not any(a.dep_ in ("relcl", "acl") or a.tag_ in ("VBD", "VBN") for a in token.ancestors)


_ANNOUNCED_ROLES = ("dobj", "attr", "nsubj", "nsubjpass")
# The reason of a lead-in that announces the story's own list below it: no box of furniture around the list.
_ANNOUNCING = "announcing lead-in"


def _verbless_list_heading(text: str, tokens, alpha) -> bool:
    """Whether a line before a colon is a list's heading with no verb of its own: "The Doobie Brothers 50th Anniversary
    Tour 2020 dates:", also a noun phrase whose only verbs are participles that describe a noun ("A selection of the
    participating artists:", "Its test suite, powered by Mocha:"); one that acts on an object ("Three questions facing
    the council:") states something."""
    return (
        text.endswith(":")
        and len(alpha) <= _LEAD_IN_WORDS
        and all(t.tag_ == "VBN" or t.dep_ == "amod" for t in tokens if t.pos_ in ("VERB", "AUX"))
    )


def _following_lead_in(span) -> bool:
    """Whether a sentence before a colon only announces the items below it (GUIDE decision 238): its main verb's
    subject, object or complement is only "the following (…)" or "these" ("We still have the following problems:",
    "Key findings include the following:", "We also have these when we right-click:"). "these" must stand alone (a
    pronoun): "these rules apply:" names its own thing. Not a speech verb's ("She states the following:", a quote's
    lead-in, decision 144), nor an object inside a subordinate clause ("It boggles my mind that I cannot do the
    following things:", "… which contains the following statement:")."""
    lex = words().announced_objects
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_ in words().reporting:
        return False
    for child in root.children:
        if child.dep_ not in _ANNOUNCED_ROLES:
            continue
        if child.lower_ in lex and (child.lower_ != "these" or child.pos_ == "PRON"):
            return True
        if any(
            g.lower_ in lex and g.lower_ != "these" and g.i < child.i and g.dep_ in ("amod", "det", "compound")
            for g in child.children
        ):
            return True  # "the following useless buttons"
    return False


def _bare_copula_lead_in(span, tokens) -> bool:
    """Whether a sentence before a colon ends on its main verb "be", its complement being what follows ("The winners
    are:", "Possible values are:", "The formula for it is:", or only "as follows": "The rules are as follows:"): it
    only announces the items or the formula below it (GUIDE decisions 56, 238). Not a relative or other subordinate
    clause's "be" ("…, which include:")."""
    root = span.root
    words_ = [t for t in tokens if not t.is_punct]
    if words_[-2:] and [t.lower_ for t in words_[-2:]] == ["as", "follows"] and words_[-1].head == root:
        words_ = words_[:-2]  # "as follows" only points at what follows, like the colon itself
    return bool(words_) and words_[-1] == root and root.lemma_ == "be" and any(c.dep_ == "nsubj" for c in root.children)


def _unfinished_lead_in(tokens) -> bool:
    """Whether a sentence before a colon breaks off inside its own predicate, on the infinitive's "to" or a modal with
    no verb after it ("The committee resolves to:", "This plan is an attempt to:", "The bill would:"): each item below
    finishes it, so the line itself states nothing (GUIDE decisions 56, 238). The small model tags such a last "to" a
    preposition, so any "to" with nothing hung on it counts. Not another preposition left without its object ("…, such
    as:"), which follows a clause that is whole."""
    words_ = [t for t in tokens if not t.is_punct]
    if not words_:
        return False
    last = words_[-1]
    return last.tag_ == "MD" or (last.lower_ == "to" and not any(True for _ in last.children))


def _objectless_lead_in(span, tokens) -> bool:
    """Whether a sentence before a colon ends on its main verb, one whose object a list gives (claims.json
    `listing_verbs`), with that object left to the items below ("The strategies include:", "Early signs involve:"):
    each item finishes the sentence, so the line only announces them (GUIDE decisions 56, 387). A verb that needs no
    object states something whole ("… the faster these benefits will accrue:"); a reporting verb before the colon
    ("Dana Lee said:", "The survey found that:") is left to the speaker's tag (decision 85), whose claim lends the items
    below its source (decision 495)."""
    root = span.root
    words_ = [t for t in tokens if not t.is_punct]
    if not words_ or root.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return False
    # a negated lead-in states what is left out ("The plan does not include:", decision 68), and one that names its source
    # ("The plan, the minister told reporters, will include:", "According to officials, the plan includes:") is that
    # source's claim (decisions 85, 495): both say more than their items
    if any(c.dep_ == "neg" for c in root.children) or _reported(tokens) or _ACCORDING_TO.search(span.text):
        return False
    return words_[-1] == root and root.lemma_ in words().listing_verbs


_ACCORDING_TO = patterns.compile(r"(?i)\baccording to\b")


_BARE_PREDICATE_ROLES = ("nsubj", "aux", "neg", "advmod", "punct")


def _demonstrative_lead_in(span) -> bool:
    """Whether a sentence before a colon has a demonstrative pronoun for its subject and a verb with nothing of its own
    after it ("This could occur:", "This happens:"): "this" is what the items below say, so the line only announces them
    (GUIDE decision 56's own example). A verb with an object or complement ("This shows three things:") states
    something."""
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (
        root.pos_ == "VERB"
        and subject is not None
        and subject.tag_ == "DT"
        and subject.pos_ == "PRON"
        and all(c.dep_ in _BARE_PREDICATE_ROLES for c in root.children)
    )


def _broken_off_lead_in(span, tokens) -> bool:
    """Whether the sentence `span` breaks off at an ellipsis before what it leads in to, like a lead-in's colon
    (GUIDE decisions 38, 56): a subordinate clause with no main clause ("Because once you understand my approach
    …", "If you are …"), a clause cut after its conjunction ("Not to get too technical on you, but …") or a
    "here is" that presents what follows ("Here's the thing …"), a noun phrase alone after its article ("The bottom
    line ..."). A statement that trails off keeps its claim ("Google confirmed this in a statement…", "So
    frustrating …")."""
    words_ = [t for t in tokens if not t.is_punct]
    if not words_ or not tokens[-1].text.endswith(("…", "...")):
        return False
    if words_[-1].pos_ == "CCONJ":
        return True
    root = span.root
    opener = words_[0]
    if opener.head == root and (opener.pos_ == "SCONJ" or opener.lower_ == "here"):
        return True  # "When the doors open ...", "Here's the thing …"
    if root.pos_ == "NOUN" and opener.dep_ == "det" and not any(t.pos_ in ("VERB", "AUX") for t in words_):
        return True  # "The bottom line ...": a noun phrase alone, naming what it leads in to
    return any(c.dep_ == "mark" for c in root.children)


def _presenting_line(span, tokens, text: str, paragraph: str) -> bool:
    """Whether the sentence only presents what the page sets below it (GUIDE decision 38: "Here's what to know:"): it
    closes its paragraph and points below, with "below" before a form of "be" opening it ("Below are some lightly
    edited excerpts from that conversation.") or as its last word without a tensed verb ("Hilarious copy, below.").
    Not when the presented thing follows in the sentence itself (a colon with words after it, a quotation). ("Here
    are …" lines are `_here_line`'s.)"""
    if paragraph[span.end_char :].strip() or any(q in text for q in _QUOTES) or ":" in text[:-1]:
        return False
    words_ = [t for t in tokens if t.is_alpha]
    if not words_:
        return False
    if words_[0].lower_ == "below":
        return words_[0].head == span.root and span.root.lemma_ == "be"
    return words_[-1].lower_ == "below" and len(words_) > 1 and not any(t.tag_ in FINITE_TAGS for t in tokens)


# A presenting line closed by a stop has at most this many words ("Here are some of the risks the panel listed."), or
# _LONG_HERE_WORDS where it names what it presents without giving any of it: no items set off by dashes ("Here's the
# latest data on seizures — cocaine, heroin and … — from …") and no that-clause ("Here's the registry confirming that
# it is a licensed firm.").
_HERE_WORDS = 15
_LONG_HERE_WORDS = 30
_INLINE_DASHES = ("—", "–", " - ", "--")


def _here_line(tokens, alpha, text: str) -> bool:
    """Whether the sentence is a short "Here's how it works.", "Here are the five rules:", "This is how we got
    here.": it only presents what the page sets below it or the sentences after it give (GUIDE decision 38), also
    where the paragraph goes on ("Here are six more places to look. Who knows what you'll find?", "Here's how the
    lab counted them. First, …"); a longer one that only names what it presents ("Here are some key points to know
    about both phones to see which one might suit you best."). Not a speaker's tag before a quote ("Here's how one CEO
    described it:", decision 85)."""
    if len(alpha) > (_LEAD_IN_WORDS if text.endswith(":") else _LONG_HERE_WORDS):
        return False
    if len(alpha) > _HERE_WORDS and (
        any(d in text for d in _INLINE_DASHES) or any(t.dep_ == "mark" and t.lower_ == "that" for t in tokens)
    ):
        return False
    if not words().presenting_line.search(text):
        return False
    # (a reporting verb that only describes a noun, in a relative clause or a participle, tags no speaker: "Here are
    # the secrets that the clerk will never tell you, according to answers posted on a forum." stays an announcement
    # with its credit, GUIDE decision 897); one with a clause of its own reports what was said ("Here are the changes
    # that the minister said will take effect in July, …")
    reporting = words().reporting
    return not any(
        t.lemma_ in reporting and not ((_in_relative_clause(t) or t.dep_ == "acl") and not _reports_a_clause(t))
        for t in tokens
        if t.pos_ in ("VERB", "AUX")
    )


def _reports_a_clause(verb) -> bool:
    """Whether a verb has a clause for its complement ("said [it will take effect]", "told reporters [would close]")."""
    return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")) for c in verb.children)


# A credit in brackets names an outlet or a source in at most this many words ("(The Wall Street Journal)").
_CREDIT_WORDS = 6


def _reported(tokens) -> bool:
    """Does a verb of the sentence report speech ("She put it like this:" is a speaker's tag, GUIDE decision 85)?"""
    reporting = words().reporting
    return any(t.lemma_ in reporting for t in tokens if t.pos_ in ("VERB", "AUX"))


_BRACKETED_HEADLINE_WORDS = 3  # "(Reuters)", "(More)", "[PAUSE]" are left to the credit and short-line rules


def _bracketed_headline(text: str, alpha) -> bool:
    """Whether the paragraph is one bracket with a headline inside, no sentence's ending before its close ("(Harbour
    fire: What we know so far)", "[Photos: The Comet Over the Bay]", "['Sea Serpent' Filmed Off the Pier (Video)]"): a
    link to a related story set into the text. A writer's aside in brackets ends as a sentence inside them ("(It's
    cheaper now.)", "(Or is it both?)"), a footnote's mark allowed after its stop ("… planes.*)")."""
    closing = {"(": ")", "[": "]"}.get(text[:1])
    if closing is None or not text.endswith(closing) or len(alpha) < _BRACKETED_HEADLINE_WORDS:
        return False
    depth = 0
    for n, ch in enumerate(text):
        depth += (ch == text[0]) - (ch == closing)
        if depth == 0 and n < len(text) - 1:
            return False  # the first bracket closes before the end: "(AP) The pier …"
    inner = text[1:-1].rstrip(" *")
    return not _closes_as_a_paragraph(inner) and _reads_as_a_headline(inner)


# A link's label before a headline ("Photos: …", "Harbour fire: What we know"), a medium's tag after it ("… (Video)").
_LINK_LABEL = patterns.compile(
    r"^[^:\"“”]{1,40}:\s|\((?:video|photos?|gallery|audio|podcast|interactive|infographic)\)$", re.IGNORECASE
)
_MINOR_WORDS = 3  # a word this long or shorter may stay lower case in a title ("of", "and", "the", "off")


def _reads_as_a_headline(inner: str) -> bool:
    """Whether a bracket's words read as a headline: a link's label ("Photos: …", "… (Video)") or title case ("Sea
    Serpent Filmed Off the Pier"); a writer's aside without its stop ("(The decision was widely expected by
    economists)", "(\"We will appeal,\" the group said)") has neither."""
    if _LINK_LABEL.search(inner):
        return True
    # (a title keeps its short function words in lower case, "with" too: "The Ways We Deal with the Dead")
    small = words().title_case_small_words
    major = [w for w in re.findall(r"[^\W\d_][\w'’-]*", inner) if len(w) > _MINOR_WORDS and w not in small]
    return len(major) >= 2 and all(w[0].isupper() for w in major)


# A picture of the page is pointed at by "this"/"these" or by "below"/"above" ("this map", "the chart below"); the
# words of such a line are claims.json `picture_words`.
_SPEAKERS = frozenset(("i", "we", "you", "me", "us", "my", "our", "your"))


_DATED_PICTURE_REACH = 8  # tokens: the date between a demonstrative and the picture it dates ("This June 25, 2002, file photo")


def _dated_demonstrative(noun) -> bool:
    """Whether a demonstrative opens a date set right before the picture's noun, as a wire's caption dates its picture
    ("This Dec. 28, 2017 photo made available by …", "This June 25, 2002, file photo shows …"): the parser hangs "This"
    on the month, not on the noun. Only a date's words, commas and the noun's own modifiers ("file") stand between, and
    the date has its day or year ("This March, video footage showed …" opens on a time adverb, the story's). A wire's
    caption tells what its picture shows in the present; a past ("This Jan. 1, 2024, footage showed …") is the story's."""
    doc = noun.doc
    numbered = False
    for i in range(noun.i - 1, max(noun.i - 1 - _DATED_PICTURE_REACH, -1), -1):
        t = doc[i]
        if t.lower_ in ("this", "these"):
            return numbered and t.dep_ == "det" and t.head.ent_type_ == "DATE" and t.head.i < noun.i
        if not (t.ent_type_ == "DATE" or t.is_punct or t.head.i == noun.i and t.dep_ in ("compound", "amod", "nummod")):
            return False
        numbered = numbered or t.like_num and t.ent_type_ == "DATE"
    return False


def _pointed_picture(noun) -> str | None:
    """How the sentence points at the picture `noun` names: "located" ("the chart below", "Figure 2"), "deictic" ("this
    map", "these photos"), "dated" (a wire caption's demonstrative before a date: "This March 3, 2011, file photo"), or
    None (no picture of the page: "a photo", "this figure" as a number)."""
    lemma = noun.lemma_.lower()
    if lemma != "figure" and (noun.pos_ not in ("NOUN", "PROPN") or lemma not in words().picture_nouns):
        return None  # (first, since it is asked of every word of every sentence)
    located = any(c.lower_ in ("below", "above") and c.dep_ in ("advmod", "amod") for c in noun.children)
    if lemma == "figure":
        numbered = any(c.like_num and c.i == noun.i + 1 for c in noun.children) or (
            noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].like_num and noun.text[:1].isupper()
        )
        return "located" if located or numbered else None
    sides = words().picture_sides
    if located or any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ in sides for g in c.children) for c in noun.children
    ):
        return "located"  # ("the chart below", "the photo at right")
    if any(c.dep_ == "det" and c.lower_ in ("this", "these") for c in noun.children):
        return "deictic"
    return "dated" if _dated_demonstrative(noun) and noun.head.tag_ != "VBD" else None  # ("… footage showed": the story's)


def _finite(verb) -> bool:
    """Whether `verb` is tensed, by its own tag or an auxiliary's ("collapsed", "will raise"), not a participle."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _states_of_its_own(verb) -> bool:
    """Whether a picture's verb of showing (`verb`) carries a statement of the line's own beyond announcing the picture
    (GUIDE decisions 299, 734, 813, 871): a content clause ("… shows that real pay fell"), other than an indirect
    question by "how" or "what" that only names what is shown ("… shows how the lock works", decision 871); an object
    with a tensed clause of its own ("… shows the villages where 12 soldiers died"); or a clause joined with its own
    subject ("… shows the rates, and the government will raise them")."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.doc[c.left_edge.i].lower_ not in ("how", "what"):
            return True
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            return True
        if c.dep_ in ("dobj", "attr", "oprd") and any(t.dep_ in ("relcl", "acl") and _finite(t) for t in c.subtree):
            return True
    return False


def _as_a_caption(span, whole_paragraph: bool, pointed: str, root: bool, verb) -> bool:
    """Whether the sentence stands where a picture's line stands: a paragraph of its own, a line in brackets, the line
    a bracketed credit follows ("“…”, reads this banner. (One of the protesters sent our team this photo.)"), the
    last sentence of its paragraph when it points below or above it ("… The figure below plots …"), or one that points
    below or above as its main clause's subject ("The map below shows the problem. …", `root`: GUIDE decisions 239,
    897), wherever it stands; pointing below or above, it only announces the picture (`_states_of_its_own`: `verb` is
    the picture's verb, or None). A wire
    caption's dated pointer ("This Dec. 28, 2017 photo … shows …") opening its paragraph that a bracketed credit closes
    ("… (SpaceX via AP)") opens the picture's caption (decision 882); one that the paragraph goes on from ("… shows the
    mayor. She resigned …") is the story's. The second sentence of a running paragraph ("NASA released new pictures.
    This image … shows a galaxy …") is the story's."""
    if whole_paragraph or span.text.lstrip().startswith(("(", "[")):
        return True
    rest = text_of(span.doc)[span.end_char :].strip()
    if rest.startswith(("(", "[")) and rest.endswith((")", "]")):
        return True
    if pointed == "dated":
        return not any(not t.is_space for t in span.doc[: span.start]) and _closed_by_a_credit(rest)
    return pointed == "located" and (not rest or root) and not (verb is not None and _states_of_its_own(verb))


_CAPTION_CREDIT_WORDS = 12  # words: a bracketed credit that closes a caption paragraph ("(SpaceX via AP) (Associated Press)")


def _closed_by_a_credit(rest: str) -> bool:
    """Whether the paragraph's text after a sentence ends in a credit in brackets, as a wire caption's paragraph ends
    ("… into orbit. (SpaceX via AP) (Associated Press)"): a short bracketed group that does not close on a sentence's
    stop ("(The mayor resigned a month later.)" is an aside of the story's)."""
    start = rest.rfind("(")
    if start < 0 or not rest.endswith(")"):
        return False
    inner = rest[start + 1 : -1].strip()
    return 0 < len(inner.split()) <= _CAPTION_CREDIT_WORDS and not inner.endswith((".", "!", "?"))


def _points_at_a_picture(span, whole_paragraph: bool) -> bool:
    """Whether the sentence is the line of a picture, chart or sign that points at it ("The figure below plots the
    index against the S&P 500.", "The town is marked with a red dot on this map.", "“No more walls”, reads this
    banner.", "A reader sent us this photo."): the caption or table line of the picture, no claim (GUIDE decisions
    239, 833, 834). A sentence that only looks at a chart in its argument ("Look at this chart and you see …") is the
    writer's; so is a speaker's ('"This video shows my client was unarmed," the lawyer said', a sentence with a
    reporting tag), one whose subject is the speaker ("I", "we"), and a sentence of the running text (`_as_a_caption`).
    Only the sign's own words may stand in quotation marks, its verb "reads" ("“…”, reads this banner")."""
    sentence = span_text(span.doc, span.start, span.end)
    quoted = any(ch in sentence for ch in '"“”') or _inside_a_quotation(text_of(span.doc), span.start_char)
    lex = words()
    reporting = lex.reporting
    for noun in span:
        pointed = _pointed_picture(noun)
        if pointed is None:
            continue
        head = noun.head
        # (a reporting verb other than the picture's own "reads", or a quotation other than the sign's words)
        sign = noun.dep_ == "nsubj" and head.lemma_.lower() == "read"
        if any(t.lemma_ in reporting and t.i != head.i for t in span if t.pos_ in ("VERB", "AUX")) or (quoted and not sign):
            return False
        if not sign and any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _SPEAKERS for t in span):
            return False
        verb_lemma = head.lemma_.lower()
        root = noun.dep_ == "nsubj" and head.dep_ == "ROOT" and verb_lemma in lex.picturing_verbs | lex.located_picturing_verbs
        # (the picture's verb, or the one its place hangs on, past the noun it may attach to: "marked with a red dot on
        # this map")
        verb = head if head.pos_ in ("VERB", "AUX") else next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if not _as_a_caption(span, whole_paragraph, pointed, root, verb):
            return False
        if noun.dep_ == "nsubj" and (
            verb_lemma in lex.picturing_verbs or verb_lemma in lex.located_picturing_verbs and pointed == "located"
        ):
            return True  # "The chart below plots …", "… reads this banner."
        if (
            noun.dep_ == "pobj"
            and head.lower_ in ("in", "on")
            and verb is not None
            and verb.lemma_.lower() in lex.picturing_verbs | lex.located_picturing_verbs
        ):
            return True  # "… is marked with a red dot on this map", "… pictured in this photo"
        if noun.dep_ == "dobj" and verb_lemma in lex.sending_verbs and any(c.dep_ == "dative" for c in head.children):
            return True  # "One of the protesters sent our team this photo."
    return False


def _caption_placing_a_person(span, text: str) -> bool:
    """Whether the sentence is a caption placing a person in its picture ("Dana Lee (far left) and Sam Roe present the
    award.", "Dana Lee, right, meets Sam Roe.", claims.json `caption_position`): by decision 882 a word of position
    marks a caption only in the first sentence of its paragraph, and one with a reporting verb ("…, the minutes show")
    is the story's; the position is in lower case ("Die Linke (Left)" is a party's name in English). Between commas
    the word before is a name ("Well, right, the board …" and "Okay, right, …" open on a discourse word)."""
    if any(not t.is_space for t in span.doc[: span.start]):
        return False
    if not any(_placed_name(span, text, m) for m in words().caption_position.finditer(text)):
        return False
    return not _tells_a_speaker(span)


def _placed_name(span, text: str, match) -> bool:
    """Whether a `caption_position` match places a name: in brackets always; between commas only after a proper
    noun ("Dana Lee, right, …"), not an interjection or other word ("Well, right, …"). With "at" ("The lighthouse, at
    left, …") after any noun that the caption is about: the subject of the main verb, or the head of a sentence with no
    verb ("The lens galaxy, at center, and four quasars."); a player's place as an object ("started Jones, at center,
    and …"), a word in a phrase ("Parties on the left, at center, …") or one that goes on "…, at right, of the table" is
    the story's."""
    if "(" in match.group():
        return True
    offset = span.text.find(text)  # (the sentence's text is its span's, stripped)
    start = span.start_char + offset + match.start()
    word = next((t for t in span if t.idx == start), None) if offset >= 0 else None
    if word is None:
        return False
    if ", at " not in match.group():
        return word.pos_ == "PROPN"
    if text[match.end() :].lstrip().lower().startswith("of "):
        return False
    if word.dep_ in ("nsubj", "nsubjpass") and word.head.dep_ == "ROOT":
        return True
    return word.dep_ == "ROOT" and not any(t.tag_ in FINITE_TAGS for t in span)


def _tells_a_speaker(span) -> bool:
    """Whether the sentence has a verb of saying or showing of its own ("…, the minutes show", "Jo Hale said: …"): a
    speaker's or a record's words that the story reports (GUIDE decision 45): the verb with a clause of its own or a
    colon after it ("Dana Lee (left) speaks with Sam Roe" is a caption's act)."""
    lex = words()
    said = lex.reporting | lex.impersonal_passive
    doc = span.doc
    return any(
        t.lemma_.lower() in said
        and (any(c.dep_ in ("ccomp", "parataxis") for c in t.children) or t.i + 1 < span.end and doc[t.i + 1].text == ":")
        for t in span
    )


def _bracketed_credit(text: str, tokens, alpha) -> bool:
    """Whether the unit is only a name in brackets ("(MIT Technology Review)", "(New Yorker)"): a credit set after an
    item or a line, like a caption's credit (GUIDE: "links to other stories", decision 33's credit lines); every word
    capitalised, no tensed verb and no stop inside, which an aside of the writer has ("(It's cheaper now.)")."""
    if not (text.startswith("(") and text.endswith(")")) or len(alpha) > _CREDIT_WORDS or "(" in text[1:]:
        return False
    if text[1:-1].rstrip().endswith(_FINAL) or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    return all(t.text[:1].isupper() for t in alpha)


# A subheading that asks without a finite verb has this many words ("At what price change?"); a shorter question is
# said ("Why?", "What next?").
_VERBLESS_QUESTION_WORDS = (3, 10)
_NAMING_POS = ("NOUN", "PROPN", "ADJ")  # the words of a subheading that only names its section: "New partner?"
_FUNCTION_POS = ("ADP", "DET", "CCONJ", "PART", "PRON")


def _asks_for_a_holder(span) -> bool:
    """Whether the question asks who says or holds a clause ("Who says ferries can't sail at night?", GUIDE decision
    757): "who" is the subject of a reporting verb that has the clause as its content. Such a line challenges what the
    clause says, the writer's own question in the text; a subheading asks what its section answers ("What did the
    prosecutors say?")."""
    return asks_who_reports(span.root)


def _verbless_question(span, tokens, alpha, text: str) -> bool:
    """Whether a paragraph that is one question is a subheading asking without a finite verb ("Unprecedented, but to
    what end?", "Florida, Alabama grandstanding?"): no tensed verb or modal, nor an imperative's bare verb at its
    root, no quotation (a quoted question is said), no "and" or "but" first, which carries the story's thread on
    ("And the cost to taxpayers?"), and no article first unless its words are in title case: a headline drops it or
    capitalises its words ("A Change in Rules?"), a writer's question keeps it ("A genius approach to online business
    building?"). A question of one or two words names its section only with nouns and adjectives ("New partner?",
    "Insecurities?", GUIDE decision 408); "Why?", "Really?", "Anyone?" are said (the claim section's short statements)."""
    low, high = _VERBLESS_QUESTION_WORDS
    first = next(t for t in tokens if t.is_alpha)  # ("a" is no word of `alpha`, which has two letters or more)
    if len(alpha) > high or any(q in text for q in _QUOTES) or first.pos_ == "CCONJ":
        return False
    if len(alpha) < low and not all(t.pos_ in _NAMING_POS for t in tokens if t.is_alpha):
        return False
    if first.pos_ == "DET" and not all(t.text[:1].isupper() for t in alpha if t.pos_ not in _FUNCTION_POS):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in tokens) and span.root.tag_ != "VB"


def _kickers_question(span, tokens, text: str) -> bool:
    """Whether a standfirst's opening question, before its answer, asks without a finite verb ("A win for the speaker?",
    "What next?", "Bubble or boom?"): a kicker, no clause of its own, a heading (GUIDE decision 88); one with a verb
    ("Can the rally last?") or quoted is a question said."""
    return (
        text.endswith("?")
        and not any(q in text for q in _QUOTES)
        and not any(t.tag_ in FINITE_TAGS for t in tokens)
        and span.root.tag_ != "VB"
    )


# A link's call has at most this many words ("Get started with 2B Mindset here.").
_LINK_CALL_WORDS = 15
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")  # tensed verbs and modals: a clause of its own (also read by attribution)


# A headline asked in title case has at least this many content words: "Should I Fury him?" in a game's chat is short.
_TITLE_QUESTION_WORDS = 6
# With a function word capitalized after the first word outside a name ("Is The Housing Market Finally Cooling?"), which
# prose never does, a title-case question needs only this many.
_TITLE_QUESTION_MARKED_WORDS = 4


# A point's label names its point in a few words after the ordinal: "Thirdly, the housing market."
_POINT_LABEL_WORDS = 5


def _point_label(tokens, alpha, text: str) -> bool:
    """Whether the sentence (with no verb) is a point's label: an ordinal word (claims.json `point_label`), a comma and
    a short noun phrase, ended by a stop ("Secondly, inflation rates."), which only names the point its paragraph
    goes on to make: a label without a clause is a heading (GUIDE decision 169)."""
    return (
        len(tokens) > 2
        and tokens[0].lower_ in words().point_label
        and tokens[1].text == ","
        and text.endswith(".")
        and 1 <= len(alpha) - 1 <= _POINT_LABEL_WORDS
    )


# A question whose content words are this many and all capitalized is a headline, with no verb or function word to tell
# it ("Is Elmtown, a ‘Model Village’ for Acme’s Factory Workers, the Answer for Growing Suburbs?", the tagger reading
# every word as a name): prose never capitalizes so many words of a question.
_TITLE_QUESTION_LONG_WORDS = 8


def _title_case_question(alpha) -> bool:
    """Whether a question is a headline set in title case ("Harbour Explained: Why Did The Port Shut The Old Quay?"):
    every content word capitalized (an inner capital too: "iPhone"), and a verb after the first word capitalized, or a
    function word ("The", "For", "In") capitalized after the first word and outside a name, which prose never
    capitalizes; the tagger may read a capitalized verb as a name ("Will The Fed Cut Rates …?"), so the function word
    is the surer sign (GUIDE decision 88: headings and headlines are no claims); a question in capitals throughout is a
    transcript's or a debate preview's shouted subheading, read by the rules for capitals."""
    content = [t for t in alpha if t.pos_ not in ("ADP", "DET", "CCONJ", "PART", "PRON")]
    if not all(t.text[0].isupper() or any(ch.isupper() for ch in t.text[1:]) for t in content):
        return False
    if len(content) >= _TITLE_QUESTION_LONG_WORDS:
        return True
    marked = any(
        t.pos_ in ("ADP", "DET", "CCONJ") and len(t.text) > 1 and t.text[0].isupper() and not t.is_upper and not t.ent_type_
        for t in alpha[1:]
    )
    verb = any(t.pos_ in ("VERB", "AUX") and not t.is_upper for t in content[1:])
    return len(content) >= (_TITLE_QUESTION_MARKED_WORDS if marked else _TITLE_QUESTION_WORDS) and (verb or marked)


def _link_call(text: str, tokens, alpha) -> bool:
    """Whether the sentence is a link's call to the reader: an imperative that ends pointing at where the link is
    ("Get started with 2B Mindset here.", "Find the full list of winners here."), a verb in its base form first
    and no subject but (in the parser's misreading) that verb; not a quoted order ("“Come here,” she said.")."""
    if not 3 <= len(alpha) <= _LINK_CALL_WORDS or not text.rstrip(" .!:").lower().endswith(("here", "below")):
        return False
    if alpha[-1].lower_ not in ("here", "below") or any(q in text for q in _QUOTES):
        return False
    first = alpha[0]
    return (
        first.i == tokens[0].i
        and first.tag_ == "VB"
        and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in tokens if t is not first)
    )


# A line that points at a link has at most this many words ("Some other pages you may be looking for can be found here:").
_POINTER_WORDS = 20
_MODALS_OF_ABILITY = ("can", "may", "could")


def _link_pointer(tokens, alpha, text: str) -> bool:
    """Whether the line only points the reader at a link, its last word "here" hung on a verb of finding, reading or
    following (claims.json `link_pointer_lemmas`): a passive with a modal ("Other content can be found here:", "The
    ruling can be read here."), "available here" or "you can" ("You can follow the team here."), GUIDE decisions 227
    and 378 with the guide's "Click here", also where it closes on a row of links ("… here, here and here."). Not
    "here" naming a place ("Tickets sell out here.", "You can see the harbour from here.", also in a row: "from here,
    here and here"), nor a quotation."""
    if not 3 <= len(alpha) <= _POINTER_WORDS or alpha[-1].lower_ != "here" or any(q in text for q in '"“”'):
        return False
    if not text.rstrip(" .:!)]").lower().endswith("here"):
        return False
    here = alpha[-1]
    # (a row of links closes on its last "here", which the parser joins to the one before: "… here, here, and here.";
    # not a row that opens on a place, "from here, here and here")
    while here.dep_ == "conj" and here.head.lower_ == "here":
        here = here.head
    if here is not alpha[-1] and any(t.lower_ == "here" and t.head.pos_ == "ADP" for t in alpha):
        return False
    if here.dep_ != "advmod":
        return False
    # the verb "here" belongs to, also where the parser hung it on the object's last noun ("follow a list of X here")
    head = next((a for a in (here.head, *here.head.ancestors) if a.pos_ in ("VERB", "AUX")), here.head)
    if head.lemma_ == "available" or (head.lemma_ == "be" and any(c.lemma_ == "available" for c in head.children)):
        return True  # "The report is available here."
    if head.lemma_ not in words().link_pointer_lemmas:
        return False
    able = any(c.lower_ in _MODALS_OF_ABILITY and c.tag_ == "MD" for c in head.children)
    passive = any(c.dep_ == "auxpass" for c in head.children)
    addressed = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in head.children)
    return able and (passive or addressed)


# A writer's announcement of what the text does next has at most this many words ("Just to be clear, we won't be
# reviewing the film itself, so if you're looking for more, take a look at our review here."); a longer one says more.
_ANNOUNCEMENT_WORDS = 40
_PRESENTING_WORDS = 15  # "Here, the 44-year-old coach explains his approach to the game."
_FUTURE_AUX = ("will", "'ll", "’ll", "wo", "shall")
_FIRST_PERSON_SUBJECTS = ("i", "we")


def _states_more(tokens) -> bool:
    """Whether the line says something beyond announcing: a that-clause ("We'll start by noting that the data …") or a
    relative clause that tells a fact about a party ("In honor of my mom, who was a teacher, …", "those who lost their
    jobs when the yard closed", GUIDE decision 328). The participle of "With all that said, let us begin." is no such
    clause, though the parser reads "that said" as one on "all" (`_bare_participle`)."""
    return any(
        (t.dep_ == "mark" and t.lower_ == "that")
        or (t.dep_ == "relcl" and not _bare_participle(t) and any(c.tag_ in ("WP", "WDT", "WP$") for c in t.children))
        for t in tokens
    )


def _bare_participle(verb) -> bool:
    """Whether the parser's relative clause is only a participle after a determiner and "that" ("all that said", "all
    that done"): the verb has no word of its own but "that", so it has no finite clause and tells no fact. "those who
    lost their jobs" has its object, and stays a relative clause."""
    return verb.head.tag_ == "DT" and all(c.lower_ == "that" for c in verb.children)


def _agenda_verb(verb, first_person: bool = False, lesson: bool = False) -> bool:
    """Whether `verb` names what a text does next (claims.json `agenda_lemmas`; `agenda_look_lemmas` only with "a
    look"). A verb that is also an act in the world (`agenda_world_lemmas`: "We will close the Dayton plant", "Let's
    end this shutdown now") only with no direct object or with "with", "by" or "here" ("I'll close with a quote"); in an
    "I" or "we" line (`first_person`), "look" only at a wh-clause or "here"/"below" ("we'll be looking at whether …",
    not "We will look at every option to keep the plant open"), unless the line sets the day's lesson (`lesson`: "Today,
    I'm going to demystify the process of …"); an explainer verb (`agenda_lesson_lemmas`: talk, discuss, explain,
    demystify) only in such a line and with no party in a "to"/"with" phrase ("Let's talk to Tehran", "Today, we are
    going to discuss a ceasefire with our allies" are acts in the world, decisions 18, 127, 328)."""
    lex = words()
    if verb.lemma_ in lex.agenda_wh:
        # "let's say what the merger is not", not "Let's say the rates double" (a supposition)
        return not first_person and any(c.dep_ == "ccomp" and c.left_edge.tag_ in ("WDT", "WP", "WRB") for c in verb.children)
    if verb.lemma_ in lex.agenda_look:
        return any(c.dep_ == "dobj" and c.lemma_ == "look" for c in verb.children)
    if verb.lemma_ in lex.agenda_lesson:
        # "Today, I'm going to talk about why …", not "Today, I'm going to talk with the governor about …"
        return lesson and not _with_a_party(verb)
    if verb.lemma_ not in lex.agenda_lemmas:
        return False
    if verb.lemma_ in lex.agenda_timed and _time_adjunct(verb):
        # "Let's revisit the ferry tax after the election." proposes an act in the world (decisions 18, 127)
        return False
    if verb.lemma_ in lex.agenda_world:
        marked = any(c.lower_ in lex.agenda_world_marks for c in verb.children)
        return marked or not any(c.dep_ == "dobj" for c in verb.children)
    if first_person and verb.lemma_ in lex.agenda_clause and not lesson:
        return any(c.lower_ in lex.presenting_adverbs for c in verb.children) or any(
            t.tag_ in ("WDT", "WP", "WRB") or t.lower_ in ("whether", "if") for t in verb.subtree if t.i > verb.i
        )
    return True


_TIME_PREPOSITIONS = frozenset(("after", "before", "until", "till", "following", "during", "once"))


def _time_adjunct(verb) -> bool:
    """Whether a verb has a time of its own: a phrase or clause of time ("after the election", "once the vote is in",
    "when the council meets") or a date or time the model names ("next week", "on Monday")."""
    for c in verb.children:
        if c.dep_ in ("prep", "advcl", "mark") and c.lower_ in _TIME_PREPOSITIONS:
            return True
        if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in (*_TIME_PREPOSITIONS, "when") for m in c.children
        ):
            return True
        if c.dep_ in ("prep", "npadvmod", "advmod", "advcl") and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            return True
    return False


def _with_a_party(verb) -> bool:
    """Whether a verb of talk has a party to the act in a "to" or "with" phrase of its own or of its object's ("talk
    with the governor", "discuss a ceasefire with our allies"), not the reader ("explain to you how …") nor a phrase
    inside the topic ("talk about why the landing matters to the town")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        t.dep_ == "prep"
        and t.lower_ in ("to", "with")
        and any(c.dep_ == "pobj" and c.lower_ not in ("you", "us", "me") for c in t.children)
        for head in heads
        for t in head.children
    )


def _closes_its_paragraph(span) -> bool:
    """Whether nothing but space follows the sentence in its paragraph (the doc)."""
    # (on the paragraph's text, not its tokens: making a token of every word after each sentence is quadratic)
    return _ONLY_SPACE_LEFT.match(text_of(span.doc), span.end_char) is not None


_ONLY_SPACE_LEFT = re.compile(r"\s*\Z")


def _one_person(subject) -> bool:
    """Whether a subject may name one person: "he", "she", a person's name, a singular noun ("the coach", "the
    44-year-old", which the parser may read as an adjective); not a plural ("workers", "residents") nor a place."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she")
    return subject.tag_ not in ("NNS", "NNPS") and subject.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")


def _announces_the_text(span, tokens, alpha, text: str) -> bool:
    """Whether the sentence is the writer's own line that only says what the text does next (GUIDE decisions 127, 328):
    "let's" with a verb of the text's agenda ("For now, let's take a look at some rumors.", "As an example, let's reuse
    the example from before"), or "I" or "we" with a future or a present "want to" and such a verb ("I want to start
    here, with one of the oldest tools.", "We'll track their progress throughout the round.", "Instead, we'll be looking
    at whether the sequel is worth it.", "We won't be reviewing the film itself."); or a line closing its paragraph that
    presents the talk below it ("Here, the coach explains his approach.", decisions 38, 50). Not a quotation (a
    speaker's words, also a sentence inside a quotation over several sentences), nor a line that states something of its
    own (`_states_more`), nor "let's" that proposes an
    action in the world ("Let's clean this all up", "Let's end this shutdown now", decision 18)."""
    if len(alpha) > _ANNOUNCEMENT_WORDS or any(q in text for q in '"“”') or _states_more(tokens):
        return False
    if _inside_a_quotation(text_of(span.doc), span.start_char):
        return False
    lex = words()
    root = span.root
    if root.lemma_ == "let" and root.tag_ == "VB":
        # ("let's take a look": the parser hangs "'s" on "let" or on the verb it lets)
        acts = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        us = any(c.lower_ in ("'s", "’s", "us") for verb in (root, *acts) for c in verb.children)
        return us and any(_agenda_verb(act) for act in acts)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    first = alpha[0]
    if first.lower_ in lex.presenting_adverbs and first.head == root and first.dep_ == "advmod":
        # "Here, the coach explains his approach.": the talk below it, presented in the present tense, by one person
        # (not a place's "here": "Here, workers share the cost of their health insurance.")
        return (
            len(alpha) <= _PRESENTING_WORDS
            and root.tag_ in ("VBZ", "VBP")
            and root.lemma_ in lex.presented_talk_lemmas
            and _one_person(subject)
            and _closes_its_paragraph(span)
        )
    if subject.lower_ not in _FIRST_PERSON_SUBJECTS:
        return False
    # "Today, I'm going to …", "In today's lesson, we'll …": the writer's own line sets the day's lesson (a blog's or a
    # course's), an explainer verb with any topic and no party: "Today, we're going to talk about why focus matters."
    # (claims.json `lesson_opener`; GUIDE decisions 127, 328)
    lesson = lex.lesson_opener.match(text) is not None
    if root.lemma_ in lex.agenda_lead:
        # "I want to start here" (not "I wanted to start a company"), "I'm going to close with a quote"
        led = root.tag_ == "VBP" if root.lemma_ == "want" else root.tag_ == "VBG"
        return led and any(c.dep_ == "xcomp" and _agenda_verb(c, first_person=True, lesson=lesson) for c in root.children)
    # with a plain future, the lesson takes an explainer verb only, not "look" ("Today, we will look at every option to
    # keep the plant open" is a commitment)
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in root.children)
    return future and _agenda_verb(root, first_person=True, lesson=lesson and root.lemma_ in lex.agenda_lesson)


def _heading_wh_word(tokens):
    """The line's first word where it is a wh-word that opens a heading ("Why …", "How …", "What …"), else None."""
    first = next((t for t in tokens if t.is_alpha), None)
    if first is None or first.tag_ not in ("WRB", "WP") or first.lower_ not in words().heading_questions:
        return None
    return first


def _exclamative(first, text: str) -> bool:
    """Whether a line opened by the wh-word `first` exclaims in the writer's voice ("What a difference a year makes.",
    "How strange.", "How times have changed."): a statement, a claim (GUIDE: short statements count), no heading. "What"
    before an article, "how" before an adjective or adverb, or "how" opening a sentence-case clause that ends with a full
    stop; "How to …", and "How the harbour lost its fleet" with no stop or in title case, stay headings."""
    after = first.nbor(1) if first.i + 1 < len(first.doc) else None
    if after is None:
        return False
    if first.lower_ == "what":
        return after.lower_ in ("a", "an")
    if first.lower_ != "how" or after.lower_ == "to":
        return False
    if after.pos_ in ("ADJ", "ADV") or first.head.pos_ in ("ADJ", "ADV"):
        return True
    line = text.strip()
    title_case = sum(w[:1].isupper() for w in line.split()) * 2 > len(line.split())
    return line.endswith(".") and not _ITEM_MARK.match(text) and not title_case


def _wh_clause_lead_in(span, tokens, alpha, text: str) -> bool:
    """Whether a line before a colon is a wh-clause standing alone, with no main clause of its own ("How you can keep
    following the team:", "What we know so far:", "Why it matters:"): a heading over what follows, which states nothing
    (GUIDE decisions 38, 56). Not a clause that is a main clause's part ("What I found was shocking:", the wh-word
    hung below the root), nor a question, nor a speaker's lead-in ("What the mayor said:", decision 85)."""
    if not text.endswith(":") or "?" in text or len(alpha) > _LEAD_IN_WORDS or any(q in text for q in '"“”'):
        return False
    first = _heading_wh_word(tokens)
    if first is None:
        return False
    return first.head == span.root and span.root.pos_ in ("VERB", "AUX") and not _reported(tokens)


def _wh_clause_headline(span, tokens, alpha, text: str, whole_paragraph: bool) -> bool:
    """Whether a line standing alone (a paragraph, or a bulleted line) is a wh-clause with no main clause of its own
    and no question mark ("Why the council's plan fell apart.", "- How to read a tide table"): a subheading or a
    linked story's headline, which states nothing (GUIDE decisions 38, 88). The wh-word hangs on the root; a clause that
    is a main clause's part ("What I found was shocking.", "When it rained, we left.") hangs it lower, and a question,
    an exclamation or a quotation says something."""
    if not (whole_paragraph or _ITEM_MARK.match(text)) or text.rstrip().endswith(("?", "!", ":")):
        return False
    if len(alpha) > _HEADLINE_WORDS or any(q in text for q in '"“”'):
        return False
    first = _heading_wh_word(tokens)
    if first is None or _exclamative(first, text):
        return False
    root = span.root
    if root.pos_ not in ("VERB", "AUX") or _reported(tokens):
        return False
    head = first.head  # up to the root through no verb ("What it's like to …": "what" hangs on "like"), no clause below it
    while head != root and head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head == root


# A line closing on ", via" and a name: a roundup's pointer to another writer's story ("Fun: 20 sports weddings, via Tim
# McGarry."), GUIDE decisions 11, 481.
_VIA_WRITER = patterns.compile(r",\s+via\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*\.?$")


def _pointer_via_writer(span, tokens, text: str) -> bool:
    """Whether the sentence is a roundup's item, a label and a headline's words with no tensed verb ("Ferry fares: A close
    look at the new prices"), ending on ", via" and a person's name (the model's PERSON entity): the writer of the story
    its line points to. A wire or a body ("via Reuters") is a source of what the line says; so is a reporter after a full
    clause ("The deal is worth $14 million, via Adam Schefter.", GUIDE decision 222): both keep the line a claim."""
    m = _VIA_WRITER.search(text)
    if m is None or ":" not in text[: m.start()] or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    name_start = span.start_char + (len(span.text) - len(span.text.lstrip())) + m.start("name")
    return any(ent.label_ == "PERSON" and ent.start_char <= name_start < ent.end_char for ent in span.doc.ents)


# A piece opening with these goes on from the sentence before it ("… the 800,000 bbl. — about 17% of it …", "… Wonder
# Woman!: The Misadventures …", "A.T. & T.’s Bell Labs"): a dash, a colon, a closing bracket, a possessive's ending.
_CONTINUING_OPENERS = ("–", "—", "--", ":", ")", "’s ", "'s ")


def _cut_off_piece(span, tokens, text: str) -> bool:
    """Whether the unit is a piece the sentence splitter cut off the sentence before it that carries no predicate of
    its own (GUIDE decisions 48, 66): after the paragraph's first sentence, it opens as only the inside of a sentence does
    (a dash, a colon, a closing bracket, a possessive's ending, a word in lower case) and has no tensed verb. A piece with
    its own tensed verb ("— it's the timeliness.", "and the rest was sold.") is read as a clause (decision 79); a line of
    its own, a post's signature ("— Ann Lee (@ann) May 1, 2019"), is not a piece."""
    first = next((t for t in tokens if not t.is_punct), None)
    if first is None or any(t.tag_ in FINITE_TAGS or _tensed_predicate(t) for t in tokens):
        return False
    if not text_of(span.doc)[: span.start_char].strip():
        return False
    return first.text.isalpha() and first.text.islower() or text.startswith(_CONTINUING_OPENERS)


# A list's item marker opening a line: a bullet, or a number before a capital ("1 Gulf states are racing …").
_ITEM_MARK = patterns.compile(r"\s*(?:[-–—•▪‣◦*]|\d{1,2}[.)]?(?=\s+[A-Z]))\s+(?=\S)")


def _list_item_clause(span, text: str, alpha) -> bool:
    """Whether the line is a list's item that is a clause in sentence case, stop or none ("- AI cuts onboarding time
    by half", "- What happens to code reviews?"): a claim like any sentence (GUIDE decisions 56, 222), not a
    heading; not a headline opening with a question word ("9 Why climate change is making turbulence worse"),
    nor a lead-in to what follows (a colon), nor a title in title case."""
    if not _ITEM_MARK.match(text) or text.endswith(":") or len(alpha) < 3:
        return False
    if alpha[0].tag_ in ("WRB", "WP", "WDT") and not text.endswith("?"):
        return False
    if sum(1 for t in alpha[1:] if t.text[0].isupper() and t.pos_ != "PROPN") > len(alpha[1:]) / 2:
        return False
    if text.endswith("?"):
        return any(t.tag_ in FINITE_TAGS for t in alpha)
    return _main_clause(span)


_LABEL_ROW_WORDS = 16  # a row that only names something is short; a longer one is a sentence the parser misread
_LABEL_DESCRIPTION = patterns.compile(r"\s[-–—]\s|:\s")  # "name – what it does", "Name: what it is"


def _noun_phrase_row(span, text: str) -> bool:
    """Whether the line is a bulleted row that only names something: its head a noun, no tensed verb anywhere and no
    figure ("- Lack of trained staff.", "- Little contact with the towns being served by the line"). Such a row under a
    title is a label, no claim (GUIDE decision 634), stop or none; a participle or infinitive inside it only describes
    its noun. A long row is a sentence whose verb the parser missed ("- Bonds due in a decade advanced for a second day,
    …"), a row of a name and a dash or colon before what it does ("- autofill.enabled – Disables the menu") describes,
    and a count in words ("- Three stabbings in the centre", "- A dozen complaints") is a figure (decisions 112, 309).
    The row's mark is `_ROW_MARK`'s: a line opened by an em dash is a reply or an aside, no row."""
    mark = _ROW_MARK.match(text)
    if mark is None or text.rstrip().endswith((":", "?", "!")) or any(ch.isdigit() for ch in text[mark.end() :]):
        return False
    if _LABEL_DESCRIPTION.search(text, mark.end()):
        return False
    words_ = [t for t in span if not t.is_space and not t.is_punct and t.idx - span.start_char >= mark.end()]
    if not words_ or len(words_) > _LABEL_ROW_WORDS or any(t.tag_ in FINITE_TAGS and not _in_relative_clause(t) for t in words_):
        return False
    if any(t.like_num or t.lower_ in words().aggregate_words or t.lemma_ in words().count_nouns for t in words_):
        return False
    # a plural noun and a bare form after it is a headline's clause the small model reads as a compound ("- Exports
    # slump"): its subject and verb agree, a predicate of its own (GUIDE decisions 450, 634)
    if len(words_) == 2 and words_[0].tag_ == "NNS" and words_[1].tag_ in ("NN", "VB", "VBP") and words_[1].text.islower():
        return False
    # a headline's verbless predicate roots the row where the parser takes it ("- Inflation still well above the
    # target", "- Wage growth slowing"): the same label as a noun's row (decisions 450, 634); the row's own root, its
    # first word hung on nothing inside it (the parser may take the bullet "•" for the sentence's verb)
    inside = {t.i for t in words_}
    root = next((t for t in words_ if t.head.i == t.i or t.head.i not in inside), span.root)
    # (the small model tags a row's capitalised first noun a name: "• Withdrawal from friends", in sentence case after it)
    first_noun = root is words_[0] and root.tag_ == "NNP" and not any(t.text[:1].isupper() for t in words_[1:])
    return (
        root.pos_ in ("NOUN", "PROPN")
        and (root.tag_ in ("NN", "NNS") or first_noun)
        or root.pos_ in ("ADP", "ADJ", "ADV")
        or root.tag_ == "VBG"
    )


def _in_relative_clause(token) -> bool:
    """Whether a finite verb is a relative clause's ("- Memory lapses that disrupt the day"), or its auxiliary: it
    describes the row's noun, no predicate of the row (GUIDE decision 634)."""
    return token.dep_ == "relcl" or token.dep_ in ("aux", "auxpass") and token.head.dep_ == "relcl"


_TITLE_WORDS = 12  # a title over a list is a short line


def _title_over_rows(text: str) -> bool:
    """Whether the paragraph is a short line with no final stop, colon or question mark ("Main complaints", "Weekend in
    brief", "Common problems in student newsrooms (2011)"): a title a list is set under (GUIDE decision 634)."""
    text = text.strip()
    found = _ROW_WORD.findall(text)
    return bool(found) and len(found) <= _TITLE_WORDS and not text.rstrip(")").endswith(_FINAL)


def _colon_title(place) -> bool:
    """Whether the paragraph `place` ((doc, (offset, sentences))) is one line that is a title with a colon and no verb of
    its own ("Early signs of the blight:", "Five busiest ferry ports:"): a heading like `_title_over_rows`'s, with no
    sentence that the rows below it complete (GUIDE decision 634; "The busiest ports were:" is a lead-in, decision 56)."""
    doc, (_, sentences) = place
    text = text_of(doc).strip()
    if len(sentences) != 1 or "\n" in text or not text.endswith(":"):
        return False
    tokens = [t for t in doc if not t.is_space]
    alpha = [t for t in tokens if t.is_alpha and len(t.text) > 1]
    # a title is headed by a noun; a fronted participle or a preposition ("Also charged:", "Left out of the deal:",
    # "Among the findings:") leads into a clause its rows finish as subjects, decision 56's items (decision 634)
    heads = [t for t in tokens if t.head.i == t.i]
    if not alpha or alpha[0].pos_ == "ADP" or alpha[0].lower_ in words().colon_lead_in_openers:
        return False
    if any(t.tag_ == "VBN" or t.pos_ == "ADP" for t in heads):
        return False
    return _verbless_list_heading(text, tokens, alpha)


def label_rows_under_a_title(window) -> list[bool]:
    """For each paragraph of `window` ([(doc, (offset, sentences))] in order), whether it is a row (`_ROW_MARK`) of a run
    set under a title (GUIDE decision 634): the paragraph before the run is a title (`_title_over_rows`, or a line with a
    colon and no verb, `_colon_title`), or one sentence
    introducing the list right under a title that is not the article's first line ("Common problems (2011)" / "Our
    survey brought up a few issues." / rows). Rows after a sentence of the body or a question ("The minister was asked
    what worried her." / "- The lack of trust") are statements or replies, and they stay claims."""
    texts = [text_of(doc) for doc, _ in window]
    found = [False] * len(texts)
    colon_titles: dict[int, bool] = {}  # one verdict per title, however many rows its run has
    for k, text in enumerate(texts):
        if not _ROW_MARK.match(text):
            continue
        j = k - 1
        while j >= 0 and _ROW_MARK.match(texts[j]):
            j -= 1
        if j < 0:
            continue
        introduced = j >= 2 and len(window[j][1][1]) == 1 and texts[j].rstrip().endswith(".") and _title_over_rows(texts[j - 1])
        if j not in colon_titles:
            colon_titles[j] = _colon_title(window[j])
        found[k] = _title_over_rows(texts[j]) or introduced or colon_titles[j]
    return found


_BULLETS = "-–—•*·▪"  # a list item's bullets
# A list's row marker (a bullet of the page's, `_BULLETS`, or a number); an em dash opens a post's signature line or an
# aside, no row.
_ROW_MARK = patterns.compile(r"\s*(?:[" + re.escape(_BULLETS.replace("—", "") + "▪‣◦") + r"]|\d{1,2}[.)])\s+(?=\S)")
_ROW_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_ROW_CAPITALS = 0.5  # a bulleted line with more capitalised words than this share is a headline or a name line


def figure_row(text: str) -> bool:
    """Whether the line is a row of a list or table that gives figures (GUIDE decisions 112, 309, 634, 641): a table's
    row of cells whose first cell names something and another holds only a figure or a rank ("2. Dana Lee | NBA |
    $56,545,000 | 5"), or a bulleted row in sentence case that gives counts or amounts ("- 2010: 134 boats carrying 6,535
    passengers"). A claim however short, not a heading; a header row of column names holds no figure cell, a date, a
    time, a stamp or a widget's count ("12 comments", "Listen 5 min") is no figure, a headline in title case ("- Port Elm
    Wins 3 Cups") or a line ending in a colon is no row, and a pagination or share bar ("Page 1 | 2 | 3 | Next") is
    furniture. A bulleted row is a claim only among rows like it (`figure_rows`): alone, or among a menu's, a table of
    contents' or a list of headlines' lines, it is their furniture."""
    text = text.strip()
    if text.endswith(":"):
        return False
    lex = words()
    if text.count("|") >= 2:
        cells = [cell.strip() for cell in text.split("|")]
        if _nav_bar(cells, lex):
            return False  # "Share | Facebook | 12 | Twitter | 4"
        return any(ch.isalpha() for ch in cells[0]) and any(lex.figure_cell.fullmatch(cell) for cell in cells[1:])
    mark = _ROW_MARK.match(text)
    if mark is None:
        return False
    rest = lex.figure_row_widget.sub(" ", lex.figure_row_dates.sub(" ", text[mark.end() :]))
    found = _ROW_WORD.findall(rest)
    if not found or sum(1 for w in found[1:] if w[:1].isupper()) > _ROW_CAPITALS * max(1, len(found) - 1):
        return False
    return lex.figure_row_figure.search(rest) is not None


_BARE_COUNT = re.compile(r"\d[\d,]*k?", re.I)  # a share bar's count ("12", "1.2k" is no bare count: a decimal)
_NO_BAR_FIGURE = re.compile(r"[%$€£¥]|\d\.\d")  # a share, an amount or a decimal: a table's figure, no bar's count


def _nav_bar(cells: list[str], lex) -> bool:
    """Whether a row's `cells` make a pagination or share bar: its first cell opens one ("Page 1 | 2 | 3 | Next",
    "Share | Facebook | 12", claims.json `figure_row_nav_lead`), or most of its cells are a bar's words or bare counts
    and none a share, an amount or a decimal ("Facebook | 12 | Twitter | 4 | Email"); a table's row naming a network
    with its figures ("Facebook | 31% | 38%") is none (decisions 112, 309, 634)."""
    filled = [cell for cell in cells if cell]
    if not filled or not any(lex.figure_row_nav_cell.match(cell) for cell in filled):
        return False
    if lex.figure_row_nav_lead.match(filled[0]):
        return True
    if any(_NO_BAR_FIGURE.search(cell) for cell in filled):
        return False
    bar = sum(1 for cell in filled if lex.figure_row_nav_cell.match(cell) or _BARE_COUNT.fullmatch(cell))
    return bar * 2 > len(filled)


def _bulleted_figure_row(text: str) -> bool:
    return text.count("|") < 2 and figure_row(text)


def figure_rows(texts: list[str]) -> list[bool]:
    """For each paragraph (or line) of `texts`, whether it is a bulleted row of figures set among rows like it: a
    paragraph next to it is one too ("- 2010: 134 boats …" / "- 2011: 69 boats …"). A lone bulleted line with a number
    ("- 12 comments"), a table of contents' entry ("2. The 3 new routes" between "1. Background" and "3. What riders
    say") or a headline among a "Most read" list's is no row of a list that gives figures (GUIDE decisions 112, 634)."""
    rows = [_bulleted_figure_row(text) for text in texts]
    # a fact box's bulleted label rows count as rows like it, though they give no figure ("- Sample: adults in Kelport"
    # beside "- Margin of error: 3 points": decisions 309, 634)
    alike = [row or _bulleted_label_row(text) for row, text in zip(rows, texts, strict=True)]
    return [row and ((k > 0 and alike[k - 1]) or (k + 1 < len(rows) and alike[k + 1])) for k, row in enumerate(rows)]


_LABEL_ROW = re.compile(r"([^\W\d_][\w'’-]*(?: [\w'’-]+){0,3}): \S")  # "Sample: adults …", "Margin of error: 3 …"


def _bulleted_label_row(text: str) -> bool:
    """Whether the line is a bulleted label row in sentence case ("- Sample: adults in Kelport and Port Elm"): a label of
    one to four words, a colon, and its value."""
    text = text.strip()
    mark = _ROW_MARK.match(text)
    if mark is None or text.count("|") >= 2:
        return False
    found = _LABEL_ROW.match(text, mark.end())
    return found is not None and not any(w[:1].isupper() for w in found.group(1).split()[1:])


def _row_among_rows(span, text: str, rows: bool) -> bool:
    """Whether the span is a list's or table's row of figures: a table's row, or a bulleted row among rows like it, the
    paragraphs next to its own (`rows`, told by the window) or the lines next to its own in its paragraph."""
    if text.count("|") >= 2:
        return figure_row(text)
    if rows and _bulleted_figure_row(text):
        return True
    # the lines of its paragraph, which the span holds one or more of ("- 2021: 412 crossings …\n- 2022: 398 …")
    lines = [line.strip() for line in text_of(span.doc).split("\n") if line.strip()]
    return any(row and line in text for line, row in zip(lines, figure_rows(lines), strict=True))


def _note_of_its_own(span, mark_end: int) -> bool:
    """Whether a line opened by a note's mark ("[2] That figure counts only the first round.") is a sentence of the
    writer's own after the mark: a finite main clause with a subject, which is a claim like the writer's other sentences;
    a reference list's entry ("[1] Alarm fatigue: impacts on patient safety, Ruskin KJ.") is none."""
    start = span.start_char + mark_end
    piece = span.doc.char_span(start, span.end_char, alignment_mode="expand") if start < span.end_char else None
    if piece is None or len(piece) == 0 or ":" in piece.text:
        return False
    return _main_clause(piece) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in piece.root.children)


def _reference_entry(paragraph: str) -> bool:
    """Whether the paragraph is a reference list's entry after a note's mark, or one without a mark that closes on the
    cited paper's DOI: what follows the mark opens with an author's surname and initials or cites a year beside a
    volume's pages or a journal's issue ("[1] Lee D. Nurses ignore most alarms. Kelport Med J 2019; 4: 12-19."), the
    entry without a mark opens with them; claims.json `reference_entry`. A cited paper is no claim (GUIDE decision 533)."""
    lex = words()
    line = paragraph.lstrip()
    mark = lex.note_mark.match(line)
    if mark is None:
        # An entry set without a mark under a "Source reference:" label: its author's surname and initials open it and it
        # ends on the paper's DOI ('Lee D, et al "Nurses ignore most alarms" Kelport Med J 2019; DOI: 10.1000/km.12.').
        # (and it cites the paper's year before a volume or the DOI, "2019;": "Dana K. Lee, the study's lead author, said
        # …, DOI: 10.1000/…" is the body's sentence, rev35c's finding 6)
        return (
            _CITED_DOI.search(line) is not None
            and lex.reference_entry.match(line) is not None
            and _CITED_YEAR.search(line) is not None
        )
    return lex.reference_entry.search(line[mark.end() :]) is not None


_CITED_DOI = patterns.compile(r"\b(?:DOI|doi):?\s*10\.\d{4,9}/\S+\s*$")  # a paper's DOI closing a line that cites it
_CITED_YEAR = patterns.compile(r"\b(?:1[89]|20)\d{2}\s*;")  # an entry's year before its volume or DOI ("2019; 4: 12-19")


def _first_cell(span, text: str) -> bool:
    """Whether the span is the first piece of a table's row that gives figures, cut off before the row's next cell
    ("1. Dana Lee Jr." before "| Boxing | $9,000,000 | 1"): the piece names the row's party and carries the row
    (GUIDE decisions 48, 214)."""
    paragraph = text_of(span.doc)
    line = paragraph[span.end_char :].split("\n", 1)[0]
    return line.lstrip().startswith("|") and figure_row(text + " " + line.strip())


# A speaker's tag before a colon has at most this many words ("The Daily Ledger reported on the closing argument:").
_TAG_WORDS = 12
_TAG_SUBJECT_OPENERS = frozenset(("the", "a", "an", "he", "she", "they", "we", "i"))


def _speaker_tag(tokens, alpha, whole_paragraph: bool) -> bool:
    """Whether a line before a colon is a speaker's tag that introduces a quote ("Dillard recounts:", "The Daily Ledger
    reported on the closing argument:"): a claim of that speaker (GUIDE decision 85), though the parser reads its verb
    as a plural noun or a participle and the line as a list's heading. A subject (a name, a pronoun or a noun phrase
    opened by an article), then a reporting verb in lower case; not a label ("Notes:", "Editor's note:", "Reader
    comments:"), an imperative ("Take a look at what the panel said:") nor a line that announces ("Here's what the
    reviews say:", GUIDE decision 38). A name the parser takes for a common noun counts after sentences of its paragraph,
    where no label stands."""
    if len(alpha) > _TAG_WORDS or words().comment_thread_heading.search(" ".join(t.text for t in tokens)):
        return False
    if any(t.tag_ in ("WP", "WDT", "WRB", "EX") or t.lower_ in ("here", "there") for t in tokens):
        return False
    first = alpha[0]
    named = first.tag_ in ("NNP", "NNPS") or not whole_paragraph and first.tag_ == "NN" and first.text[0].isupper()
    if first.tag_ == "VB" or not (named or first.lower_ in _TAG_SUBJECT_OPENERS):
        return False
    reporting = words().reporting
    for before, verb in zip(alpha, alpha[1:], strict=False):
        if verb.is_lower and verb.lemma_ in reporting and before.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP"):
            return verb.text.endswith(("s", "ed")) or verb.tag_ in ("VBD", "VBZ")
    return False


def _credit_tag(tokens, alpha) -> bool:
    """Whether a line before a colon is only a credit to a named source ("Per Axios:", "According to the Harbour
    Gazette:", claims.json `credit_tag_openers`): the tag of the quotation set apart below it, a claim of that source
    (GUIDE decisions 385, 567(a)), though it has no verb and the parser reads it as a list's heading. The name is written
    in capitals ("per the report:", "according to these figures:" name nobody)."""
    if not alpha or len(alpha) > _TAG_WORDS:
        return False
    line = " ".join(t.lower_ for t in tokens if t.text != ":")
    opener = next((o for o in words().credit_tag_openers if line.startswith(o + " ")), None)
    if opener is None:
        return False
    name = [t for t in tokens[len(opener.split()) :] if t.text != ":"]
    if name and name[0].lower_ == "the":
        name = name[1:]
    # the name up to a description set off by a comma ("According to Dana Lee, a harbour engineer:")
    name = name[: next((k for k, t in enumerate(name) if t.text == ","), len(name))]
    if len(name) == 1 and name[0].lower_ in words().credit_tag_rate_nouns:
        return False  # "Per Serving:", "Per Annum:": a box's label of a rate
    return (
        bool(name)
        and all(t.text[:1].isupper() or t.lower_ in words().credit_tag_name_joiners for t in name)
        and name[0].text[:1].isupper()
    )


def _full_clause_in_sentence_case(span, alpha) -> bool:
    """Whether the line is a full clause, a subject and a finite verb ("Planes used by the mayor are 25 years old"), in
    sentence case: decision 88's test for a standfirst; a headline's words with the finite verb left out ("Mayor set to
    quit", decision 450), an imperative ("Check them out below") and a title in title case are none."""
    if len(alpha) < 3 or sum(1 for t in alpha[1:] if t.text[0].isupper() and t.pos_ != "PROPN") > len(alpha[1:]) / 2:
        return False
    root = span.root
    if root.lower_ in words().headlinese_participles and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False  # "Mayor set to quit", "Bank seen extending program": the auxiliary left out (decision 450)
    return _main_clause(span) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and not _relative(c) for c in root.children)


def _title_case_lead_in(text: str, tokens, alpha) -> bool:
    """Whether the line is a title in title case closed by a colon, with no finite verb ("5 Tips to Enjoy Game Day
    Parties While Staying on Track With Your Weight-Loss Goals:"): a heading over a list, not a sentence leading in
    to it ("Seven big questions heading into the debate:"), nor a speaker's lead-in ("Trump Told Fox News:")."""
    if not text.endswith(":") or any(t.tag_ in FINITE_TAGS for t in tokens):
        return False
    words_ = [t for t in alpha if t.pos_ not in ("ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON")]
    return len(words_) >= 3 and sum(1 for t in words_ if t.text[:1].isupper()) >= 0.7 * len(words_)


# A list of names: at least _NAME_LIST_WORDS words, a comma in every _NAME_LIST_COMMA_SPAN words, _NAME_LIST_PERSONS
# persons, names covering _NAME_LIST_SHARE of its words, no figure and at most one verb in _NAME_LIST_VERB_SPAN words
# (the parser reads a few names as verbs).
_NAME_LIST_WORDS = 12
_NAME_LIST_PERSONS = 3
_NAME_LIST_SHARE = 0.7
_NAME_LIST_VERB_SPAN = 40
_NAME_LIST_COMMA_SPAN = 6


def _name_list(span, tokens, alpha, text: str) -> bool:
    """Whether the sentence `span` (`tokens`: its tokens but spaces; `text`: its text) is a list of names with their
    affiliations and no statement: an open letter's signatures, a credit line of many people (GUIDE decision 50); not
    a box score's rows, which give figures (decision 112)."""
    if text.count(",") * _NAME_LIST_COMMA_SPAN < len(alpha) or any(t.like_num for t in tokens):
        return False  # (the commas first: cheap, and a sentence without them is no list)
    if sum(1 for t in tokens if t.pos_ in ("VERB", "AUX")) * _NAME_LIST_VERB_SPAN > len(alpha):
        return False
    names = [e for e in entities(span.doc) if e.start >= span.start and e.end <= span.end]
    persons = sum(1 for e in names if e.label_ == "PERSON")
    named = sum(len(e) for e in names if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC"))
    return persons >= _NAME_LIST_PERSONS and named >= _NAME_LIST_SHARE * len(alpha)


_LABEL_REACH = 100  # characters after a bracket in which a chrome label is looked for (labels are short)


def _opens_with_label(text: str) -> bool:
    """Does `text` open with a chrome word or label ("Read more:", "Editor’s note", "(Photo"), also after a
    stray slash or bar left from the page's layout ("/Editor’s note: …"), or with a note about where the piece itself
    appears ("This story appears in the May issue of …", GUIDE decisions 65, 91)?"""
    opening = text.lower().replace("’", "'").lstrip("/| ")
    return (
        opening.startswith(words().chrome_starts)
        or words().publication_note.match(opening) is not None
        or _opening_picture_credit(text.lstrip("/| "))
    )


# A wire's code glued by a colon to the name it abbreviates: "AP:Associated Press", "PA:Press Association".
_CODED_AGENCY = patterns.compile(r"([A-Z]{2,4}):((?:[A-Z][\w'’&-]*\s?){2,4})")
# (the words of an agency's name, claims.json `coded_agency_words`: "Press", "Agency", "News", …)
_CODED_AGENCY_WORDS = frozenset(load("claims")["coded_agency_words"])
# A picture's credit in capitals, with its word for the picture: "STAFF PHOTO BY DANA LEE", "PHOTOGRAPH COURTESY OF KELPORT
# MUSEUM", glued to the caption's first word ("… DANA LEESupriya …") or at the line's end; before a space only with a
# name of two words or more and the caption's capital after it ("… KELPORT MUSEUM The 1790 map …"; "BBC PHOTO BY NIGHT is
# a new show" and "PHOTOGRAPHS BY DANA LEE line the walls …" are sentences).
_CAPITAL_PICTURE_CREDIT = patterns.compile(
    r"(?:[A-Z]+ )?(?:PHOTO|PHOTOGRAPH|PICTURE|IMAGE)S? (?:BY|COURTESY(?: OF)?) [A-Z][A-Z.'’&-]*"
    r"(?:(?: [A-Z][A-Z.'’&-]*){1,3}(?=$|\s+[A-Z](?![A-Z])|[A-Z][a-z])|(?=$|[A-Z][a-z]))"
)


def _opening_picture_credit(text: str) -> bool:
    """Whether a picture's credit opens the paragraph, before its caption (GUIDE: captions and photo credits are no
    claims; decision 833's credit marks the caption it goes with): a wire's code glued by a colon to the agency's name
    whose capitals it spells ("AP:Associated Press Fans cheer …"; not "US: Washington said …", whose words spell no
    code, nor "UN:United Nations experts say …", a body's name and no agency's: claims.json `coded_agency_words`), or a
    credit in capitals that names the picture ("STAFF PHOTO BY DANA LEEA boy waves …"). The caption's paragraph goes
    with its credit; a line of the story ("BBC PHOTO BY NIGHT is a new show", "IMAGE BY IMAGE, …", "PHOTOGRAPHS BY DANA
    LEE line the walls …") has no name after its "by" glued to a capital in lower case, ending the line, or of two words
    before a space and a capital."""
    if _CAPITAL_PICTURE_CREDIT.match(text):
        return True
    coded = _CODED_AGENCY.match(text)
    if coded is None:
        return False
    code, name = coded.group(1), coded.group(2).split()
    spelled = name[: len(code)]
    return (
        len(name) >= len(code)
        and "".join(w[0] for w in spelled) == code
        # (an agency's name: "Associated Press", not "United Nations" nor "New York")
        and any(w.lower() in _CODED_AGENCY_WORDS for w in spelled)
    )


def _labelled(text: str, first_sentence) -> bool:
    """Whether `text` opens with a chrome label (`_opens_with_label`), but for a verb of the labels ("Watch …") that opens
    a conditional imperative, whose second clause has a subject of its own ("Watch the boats come in, and you will see
    …", "Watch a musical and there's a good chance …"): a statement of the running text, no video's link.
    `first_sentence`: the parse of the sentence `text` opens with."""
    if not _opens_with_label(text):
        return False
    return not (text[:6].lower() == "watch " and (_conditional_imperative(first_sentence) or _clause_after_colon(first_sentence)))


def _clause_after_colon(span) -> bool:
    """ "Watch the markets this week: the Fed meets on Wednesday": a clause with its own subject and finite verb after
    the label's colon, the writer's text, no video's link."""
    colon = next((t.i for t in span if t.text == ":"), None)
    return colon is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.i > colon and t.head.i > colon and t.head.tag_ in FINITE_TAGS for t in span
    )


_CORRECTION_LABELS = ("correction:", "corrections:", "clarification:", "clarifications:")


def _adds_to_a_correction(span) -> bool:
    """Whether a later sentence of a paragraph opened by a correction's label states a fact of its own, a claim where
    it stands (GUIDE decisions 242, 848): neither a note about the piece (claims.json `chrome_patterns`) nor the
    sentence right after "An earlier version of this story misstated …" that gives the corrected item ("She is 57.")."""
    if not text_of(span.doc).lstrip().lower().startswith(_CORRECTION_LABELS):
        return False
    chrome_patterns = words().chrome_patterns
    if chrome_patterns.search(span.text) or "version of this" in span.text.lower():
        return False  # (a note: "An earlier version of this story said the vote was on Tuesday.")
    previous = re.split(r"(?<=[.!?])\s+", text_of(span.doc)[: span.start_char].rstrip())[-1]
    return "version of this" not in previous.lower()


def _conditional_imperative(span) -> bool:
    """ "Try it once and you will never go back": an imperative joined by "and" or "or" to a clause with a subject."""
    if not _imperative(span):
        return False
    root = next(t for t in span if t.is_alpha)
    joins = [t for t in root.children if t.dep_ in ("cc", "conj")]  # (in order: a cc joins the conj right after it)
    return any(
        c.dep_ == "conj"
        and n > 0
        and joins[n - 1].dep_ == "cc"
        and joins[n - 1].lower_ in ("and", "or")
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for n, c in enumerate(joins)
    )


def _inside_a_bracketed_note(paragraph: str, start: int) -> bool:
    """Whether a sentence starting at `start` goes on inside a bracket that an earlier sentence of its paragraph opened
    with a chrome label and a later point of it closes: the rest of a note to the reader about the piece ("(Video is
    above, slides below. Let me know if you like this format.)", GUIDE decisions 11, 65) or of a read-also link in square
    brackets whose headline the segmenter cut at its question mark ("[See What Causes Colds? 5 Myths Explained.]"),
    which is chrome as its opening is. A bracket never closed ("Prices rose (see the table. Wages fell …") holds no
    note."""
    for opening, closing in (("(", ")"), ("[", "]")):
        opened = paragraph.rfind(opening, 0, start)
        if (
            opened >= 0
            and closing not in paragraph[opened:start]
            and closing in paragraph[start:]
            and _opens_with_label(paragraph[opened : opened + _LABEL_REACH])
        ):
            return True
    return False


def _piece_of_a_bracketed_headline(paragraph: str, start: int, end: int) -> bool:
    """Whether the sentence from `start` to `end` is a piece of a related story's headline in square brackets that the
    segmenter cut at its "!" or "?" ("[Ferries! Your Guide to the Harbour Fleet (Infographic) ]"): the piece that opens
    the bracket or one that goes on inside it, the bracket's words reading as a headline (`_reads_as_a_headline`). A
    bracket the sentence opens and closes itself is `_bracketed_headline`'s."""
    opened = paragraph.rfind("[", 0, end)
    if opened < 0 or "]" in paragraph[opened:start]:
        return False
    closed = paragraph.find("]", opened)
    if closed < 0 or closed < end - 1 and opened >= start:
        return False
    if opened >= start and paragraph[start:opened].strip():
        return False  # ("The pier reopened [a week later!"): the sentence's words before the bracket are the story's
    return _reads_as_a_headline(paragraph[opened + 1 : closed])


def _inside_a_quotation(paragraph: str, start: int) -> bool:
    """Whether a sentence starting at `start` opens inside a quotation that an earlier sentence of its paragraph opened
    ('"The fares are too high. We will review every crossing next month. That is a promise," the chairwoman said.'):
    a speaker's words, not the writer's. Quotation marks are counted as `quote_regions` (attribution.py) reads them."""
    from .attribution import quote_regions  # (attribution imports this module)

    return any(a < start < b for a, b in quote_regions(paragraph))


def _ends_on_an_abbreviation(tokens) -> bool:
    """Whether the last token is a word with its own stop ("Jr.", "Inc."), which the tokenizer keeps in one piece: no
    full stop of a sentence, which stands alone."""
    last = tokens[-1].text if tokens else ""
    return len(last) > 1 and last.endswith(".") and last[:-1].isalpha()


def is_chrome(span, whole_paragraph: bool, *flags: bool) -> bool:
    """Whether `chrome_reason` gives the unit a reason; `flags` are its own, in its order."""
    return chrome_reason(span, whole_paragraph, *flags) is not None


# A post's furniture before its credit line: links, a picture's link, tags and handles; a post of only these says nothing.
_POST_FURNITURE = patterns.compile(r"\S*(?:https?://|www\.|pic\.twitter\.com/|\.com/)\S*|(?<![\w/.])[#@]\w+")
_POST_WORD = patterns.compile(r"[^\W\d_]{2,}")


def chrome_reason(
    span,
    whole_paragraph: bool,
    between_sentences: bool = False,
    wrapped: bool = False,
    item: bool = False,
    standfirst: bool = False,
    rows: bool = False,
    titled: bool = False,
    captioned: bool = False,
) -> str | None:
    """`_chrome_reason`, read once per span and flags: the window's box readers (`boxed_lists`, `promo_boxes`) and then
    the paragraph's claims ask it of the same sentences (the memo goes with the Doc's entities, `forget_entities`)."""
    flags = (whole_paragraph, between_sentences, wrapped, item, standfirst, rows, titled, captioned)
    reasons_by_span = doc_memo(span.doc, "chrome reasons")
    key = (span.start, span.end, flags)
    if key not in reasons_by_span:
        reasons_by_span[key] = _chrome_reason(span, *flags)
    return reasons_by_span[key]


def _chrome_reason(
    span,
    whole_paragraph: bool,
    between_sentences: bool = False,
    wrapped: bool = False,
    item: bool = False,
    standfirst: bool = False,
    rows: bool = False,
    titled: bool = False,
    captioned: bool = False,
) -> str | None:
    """Why the unit `span` is chrome (the name of the rule that decided), or None. `wrapped`: the span is the piece
    of a sentence cut at a hard line break that carries it (`wrapped_sentences`): no heading, short line or headline set
    between the story's paragraphs for want of a stop. `item`: the span is an item of a list that completes a lead-in
    (`items_after_a_lead_in`): no heading nor short label either, however few its words. `standfirst`: the span is a
    standfirst line above the body (`standfirsts`): as a whole paragraph, a claim when it is a full clause in sentence
    case, else a heading, whatever its length. `rows`: the paragraph is a bulleted row of figures among rows like it
    (`figure_rows`), a claim however short. `titled`: the paragraph is a row of a list set under a title
    (`label_rows_under_a_title`), a label when it only names something. `captioned`: the paragraph stands right below a
    picture's label line ("Image", `picture_labels`), its first sentence without a finite verb the picture's caption."""
    lex = words()
    text = span_text(span.doc, span.start, span.end).strip()  # span.text, sliced rather than joined from its tokens
    low = text.lower().rstrip(" .:!")
    tokens = [t for t in span if not t.is_space]
    alpha = [t for t in tokens if t.is_alpha and len(t.text) > 1]
    if not alpha:
        # a row whose label is one letter, a seat class or a grade, and one figure: "R : 50,000₩" (decision 309)
        return None if lex.label_figure_row.fullmatch(text) else "no word"
    if len(alpha) >= 3 and sum(1 for t in tokens if t.text == ".") >= len(alpha):
        return "words cut apart"  # a post's slogan cut word by word: "on. meth. dot. com." (GUIDE decision 33)
    # (an asterisk opening an item of a list that completes a lead-in is the item's bullet, no footnote's mark: "The
    # plan has three parts:" / "*  Home visits" / "*  Evening classes", GUIDE decision 56)
    if low in lex.chrome or _labelled(text, span) or lex.chrome_patterns.search(text) and not (item and text.startswith("*")):
        return "chrome word"
    if (mark := lex.note_mark.match(text)) and not _note_of_its_own(span, mark.end()):
        return "chrome word"  # a reference list's entry: "[1] Alarm fatigue: impacts on patient safety, Ruskin KJ."
    if _reference_entry(text_of(span.doc)):
        # the whole line is an entry ("[1] Lee D. Nurses ignore most alarms. Kelport Med J 2019; 4: 12-19."), which the
        # sentence cutter cuts after an author's initial: its title's clause is no writer's note
        return "chrome word"
    if lex.link_below_lines.search(text) or whole_paragraph and lex.pointer_paragraphs.search(text):
        return "chrome word"  # "… is available at the link below.", "The American Heart Association has more about warfarin."
    if lex.code_line.search(text):
        return "code line"  # "var cow = new Cow();", "function Cow(name) {": program source, no statement (GUIDE decision 254)
    if span.start > 0 and _labelled(text_of(span.doc).lstrip(), next(span.doc.sents)) and not _adds_to_a_correction(span):
        return "chrome paragraph"  # "More information: A. Author et al. The Title (2018)."
    paragraph = text_of(span.doc)
    if _inside_a_bracketed_note(paragraph, span.start_char):
        return "chrome aside"  # "(Video is above, slides below. Let me know if you like this format.)"
    if "[" in paragraph and _piece_of_a_bracketed_headline(paragraph, span.start_char, span.end_char):
        return "bracketed headline"  # "[Ferries!" / "Your Guide to the Harbour Fleet (Infographic) ]": a link cut in two
    if lex.reader_call.search(text):
        return "reader call"  # "Let us know down below in the comments …" (GUIDE decision 80)
    if (
        (
            _social_prompt(span, text)
            or lex.newsroom_call.search(text)
            and not _tells_a_speaker(span)
            or _media_call(span, text)
            or lex.contact_line.search(text)
        )
        and text[0] not in _QUOTES
        and not _inside_a_quotation(paragraph, span.start_char)
    ):
        # "You can keep up by following @harbourco on Twitter.", "… we'd like to hear from you.", "Listen to the full
        # interview on Radio Ten." (GUIDE decisions 80, 227), "Email tips@example.org." (an address only: 363, 378)
        return "reader call"
    if _pointer_via_writer(span, tokens, text):
        return "link call"  # "Harbor cranes: a look inside the yard, via Dana Lee.": another writer's story (decisions 11, 481)
    if (
        text.endswith("?")
        and (len(alpha) <= _PROMPT_WORDS or len(alpha) <= _ASKED_READER_WORDS and _SECOND_PERSON.search(text))
        and lex.reader_call.search(paragraph[paragraph.rfind("?") + 1 :].strip())
    ):
        return "reader prompt"  # "What do you think? Interested in …? Let us know in the comments." (decision 80)
    # (a window after the sentence, and the paragraph's tail below: not the whole rest per sentence)
    if lex.more_link.match(paragraph[span.end_char : span.end_char + _MARK_REACH].lstrip()):
        return "linked entry"  # a table of contents' entry: "Risks we see with this grant. (More)"
    if lex.teaser_end.search(paragraph[-_MARK_REACH:].rstrip()):
        return "teaser"  # a related story's teaser: "Kaieteur News – The Petroleum Commission is … Yet, the... more"
    if _CYRILLIC.search(text) and any(_mixed_script(t.text) for t in alpha):  # (a word at a time only where there is Cyrillic)
        return "mixed script"  # "Аdvеrtіѕе": Cyrillic look-alikes inside Latin words, the mark of spam
    if len(alpha) >= 3 and not any(ch.islower() for ch in text) and not item:
        # a subheading in capitals ("WHAT IT MEANS"); a line in capitals that completes a lead-in is its item (decision 469)
        return "capitals"
    if captioned and span.start == 0 and not any(t.tag_ in FINITE_TAGS for t in tokens):
        return "picture line"  # "Image" / "Rescuers at the pier in Elmtown on Monday. …": the picture's caption
    if ends_on_a_picture_credit(text):
        return "picture line"  # "… in 1978.CreditSam Roe for The Gazette": a caption, its credit glued on (decision 833)
    if _schedule_row(tokens) or _interview_turn(text):
        return None  # an interview's question or answer is no heading, however short
    if box_score_row(text, paragraph[span.end_char :]) is not None:
        return None  # a box score's row, however short: "Davis 17 points.", "Palm Bay d." (GUIDE decision 112)
    if lex.label_figure_row.fullmatch(text):
        return None  # a feature's row of a label and one figure or grade: "My guess: $5,000,000", "Grade: B-." (decision 309)
    if len(alpha) >= _NAME_LIST_WORDS and _name_list(span, tokens, alpha, text):
        return "name list"  # an open letter's signatures: "Elliot Ackerman Saladin Ambar, Rutgers University Martin Amis …"
    if _TALLY_ROW.fullmatch(text) and not any(_tensed_predicate(t) for t in tokens):
        return "tally row"  # "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL": a row of a schedule (GUIDE decision 30)
    if standfirst and whole_paragraph and timeline_row(text) and text[0] in "-–•*▪":
        return None  # "- Feb 2022: Russia invades Ukraine" in a box of key dates atop the text: a dated row (decision 754)
    if standfirst and whole_paragraph:
        # "Harbour leaders applaud the handover" below the headline is a claim; "- Mayor set to quit", "By Dana Lee",
        # "PORTVILLE" are headings (GUIDE decisions 88, 450); a paragraph of sentences is read as the body's
        return None if _full_clause_in_sentence_case(span, alpha) else "standfirst without a clause"
    # (a standfirst line above the body is read as one first: "- Ferries said to be 40 years old" is headlinese)
    if timeline_row(text):
        return None  # "- Dec 2010: Bombed the pier; blamed for …": a timeline's dated row records a happening (decision 754)
    if _row_among_rows(span, text, rows) or _first_cell(span, text):
        return None  # a list's or table's row of figures: "2. Dana Lee | NBA | $56,545,000 | 5" (decisions 112, 309, 634)
    if _list_item_clause(span, text, alpha):
        return None  # "- 92.6% of devs are using AI assistants": a list's item that says something (GUIDE decision 56, 222)
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    has_verb = bool(verbs)
    if not item and not has_verb and span.start == 0 and not whole_paragraph and _point_label(tokens, alpha, text):
        return "heading"  # "Secondly, inflation rates." opening a paragraph that goes on: a point's label (decision 169)
    if text.endswith(":") and _objectless_lead_in(span, tokens):
        return _ANNOUNCING  # "The strategies include:" is finished by each of its items (GUIDE decisions 56, 387)
    if text.endswith(":") and _speaker_tag(tokens, alpha, whole_paragraph):
        return None  # "Dillard recounts:" before the quote it introduces, its verb read as a plural noun (GUIDE decision 85)
    if text.endswith(":") and _credit_tag(tokens, alpha):
        return None  # "Per the Harbour Gazette:" before the quotation it credits (GUIDE decisions 385, 567(a))
    if _verbless_list_heading(text, tokens, alpha):
        return "list heading"
    if text.endswith(":") and _imperative(span):
        return "lead-in"  # "Take this passage from his chapter on …:" only announces what follows (GUIDE decisions 38, 56)
    if text.endswith(":") and _following_lead_in(span):
        return _ANNOUNCING  # "We still have the following problems:" only announces its items (GUIDE decision 238)
    if text.endswith(":") and _bare_copula_lead_in(span, tokens):
        return _ANNOUNCING  # "The winners are:" only announces its items (GUIDE decisions 56, 238)
    if text.endswith(":") and _demonstrative_lead_in(span):
        return _ANNOUNCING  # "This could occur:" only announces the items that say what (GUIDE decision 56)
    if text.endswith(":") and _unfinished_lead_in(tokens) and not _reported(tokens):
        return _ANNOUNCING  # "The committee resolves to:" is finished by each of its items (GUIDE decisions 56, 238)
    if text.endswith(":") and lex.picture_lead_in.search(text) and not _reported(tokens):
        return "lead-in"  # "Running it gives us something like this:" only shows what follows (GUIDE decision 239)
    if whole_paragraph and _title_case_lead_in(text, tokens, alpha):
        return "list heading"  # "5 Tips to Enjoy Game Day Parties While Staying on Track …:" (GUIDE decision 56)
    if whole_paragraph and _wh_clause_lead_in(span, tokens, alpha, text):
        return "lead-in"  # "How you can keep following the team:": a heading over what follows (GUIDE decisions 38, 56)
    if not item and _wh_clause_headline(span, tokens, alpha, text, whole_paragraph):
        return "heading"  # "Why the plan fell apart.", "- How to read a tide table": a wh-clause alone (GUIDE decision 88)
    if _cut_off_piece(span, tokens, text):
        return "cut-off piece"  # "— about a fifth of the total — of it.": the rest of the sentence before (decision 48)
    if _link_call(text, tokens, alpha):
        return "link call"  # "Get started with 2B Mindset here.": a link's text (GUIDE: "Click here")
    if _link_pointer(tokens, alpha, text):
        return "link call"  # "Other content can be found here:": a pointer at a link (GUIDE decisions 227, 378)
    if _broken_off_lead_in(span, tokens) or _presenting_line(span, tokens, text, paragraph):
        return "lead-in"  # "Because once you understand my approach …": broken off before what it leads in to
    if _here_line(tokens, alpha, text):
        return "lead-in"  # "Here's how it works.", "Here are the main points:" only present what follows (GUIDE decision 38)
    if not item and _announces_the_text(span, tokens, alpha, text):
        return "announcement"  # "For now, let's take a look at some rumors.": what the text does next (decisions 127, 328)
    if titled and _noun_phrase_row(span, text):
        # (before the items: the rows under a heading with a colon but no verb ("Early signs of the blight:") complete no
        # sentence, though they follow a colon)
        return "label row"  # "- Lack of trained staff.": a bulleted row that only names something (GUIDE decision 634)
    if item and not text.endswith(":"):
        return None  # "- Two more seats", "- “Save Page”" after "We still have the following problems:" (GUIDE decision 56)
    # A closing bracket ends a sentence only after the stop inside it ("(… packed with them.)"): "5. Go topless (with
    # your sub)" is a list item's heading with an aside, no stop.
    final = text.rstrip(")").endswith(_FINAL) if text.endswith(")") else text.endswith(_FINAL)
    if final and not has_verb and _ends_on_an_abbreviation(tokens):
        final = False  # "12 QUESTIONS: With Martin Truex Jr.": the stop is the name's, no sentence's
    if (
        len(alpha) <= 2
        and not wrapped
        and (
            not final or not (has_verb or _short_reply(text, alpha, tokens) or _word_in_prose(span, text, alpha, whole_paragraph))
        )
    ):
        return "short"  # "Caption", "Close", "10:11 pm CST."
    if _bracketed_credit(text, tokens, alpha):
        return "credit"  # "(MIT Technology Review)" after a list's item: the outlet its link goes to
    if (whole_paragraph or _closes_its_paragraph(span)) and _bracketed_headline(text, alpha):
        # "(Harbour fire: What we know so far)", also after the last sentence of a paragraph: a related story's link
        return "bracketed headline"
    if whole_paragraph and lex.wire_caption.match(text):
        return "picture line"  # "In this file photo, police detain a protester outside parliament." (a wire caption)
    if not item and ("(" in text or ", " in text) and _caption_placing_a_person(span, text):
        # "Dana Lee (far left) presents the award.", "Dana Lee, right, meets Sam Roe.": a caption (decision 882)
        return "picture line"
    if not item and _points_at_a_picture(span, whole_paragraph):
        return "picture line"  # "The town is marked with a red dot on this map.": a caption (GUIDE decisions 239, 833)
    inner = text.strip("\"“”‘’'")
    if whole_paragraph and inner != text and text[-1] in "\"“”‘’'" and not inner.endswith(_FINAL):
        # a quoted subheading: "“Alarming mortality rate”"; a quote closed before its speaker's tag ('"Sunscreen is no
        # cure," says Dr. Dana Lee, head of …') or left open at a line's end goes on as a sentence
        return "quoted subheading"
    if (
        whole_paragraph
        and text.endswith("?")
        and len(alpha) <= 10
        and alpha[0].lower_ in lex.heading_questions
        and not any(ch in text for ch in '"“”')
        and not _asks_for_a_holder(span)
    ):
        return "heading question"  # an explainer's subheading: "What did the prosecutors say?"
    if whole_paragraph and text.endswith("?") and _verbless_question(span, tokens, alpha, text):
        return "heading question"  # a subheading that asks without a verb: "Unprecedented, but to what end?"
    if standfirst and span.start == 0 and not whole_paragraph and _kickers_question(span, tokens, text):
        return "heading question"  # "A win for the speaker? Not quite, say his allies": the kicker's question (decision 88)
    if whole_paragraph and text.endswith("?") and _title_case_question(alpha):
        return "heading question"  # a headline asked in title case: "Explained: Why Did The Council Shut The Pier?"
    # an embedded post's text, ending on its picture's link ("No, that is not normal pic.twitter.com/x1"), is said
    # (GUIDE decision 33), no headline or subheading however short
    credit = post_credit_start(text)
    posted = credit is not None or lex.post_picture_link.search(text) is not None
    if credit is not None and not _POST_WORD.search(_POST_FURNITURE.sub(" ", text[:credit])):
        return "post credit"  # "#harbour #fire pic.twitter.com/x1 — Dana Lee (@danalee) May 3, 2020": nothing said
    if between_sentences and not wrapped and not posted and _headline_set_in(span, whole_paragraph, alpha):
        return "set between"  # a related story's headline set between the story's paragraphs
    if whole_paragraph and not final and not wrapped and not posted:
        words_ = [t for t in alpha if t.pos_ not in ("ADP", "DET", "CCONJ", "PART", "PRON")]
        title_case = words_ and sum(1 for t in words_ if t.text[:1].isupper()) >= 0.7 * len(words_)
        if not has_verb or (title_case and len(words_) >= 3) or len(alpha) <= 8:
            return "heading"  # a subheading, also one with a verb ("Overcrowded conditions worsen risk")
    return None


# A display copy shares a run of at least _COPY_RUN words with the passage it repeats, nearly all its
# words (_COPY_SHARE) lie in runs of _COPY_PIECE words or more that the passage has too, and it stands
# within _COPY_DISTANCE paragraphs of it: a stock phrase said of two people ("did not immediately respond
# to a request for comment"), the rows of a list that share their wording and a summary that restates
# an early sentence far below are no copies.
_COPY_RUN = 10
_COPY_PIECE = 5
_COPY_SHARE = 0.8
_COPY_DISTANCE = 5
_VARIED_PLACES = 2  # places inside where a parallel passage differs from the one it repeats ("writer" / "yogi")
_COPY_LONGEST = 120  # words: a pull quote, a teaser or a post is short; a longer paragraph is the story's
_COPY_WORD = patterns.compile(r"(?<![#@\w/.])[^\W_]+(?:['’][^\W_]+)?")
# Tried only where a run of non-space characters starts (the leftmost match always starts there): tried at every
# character, each try scanned the rest of its run, quadratic in a long run's length (a 5 MB line: 45 s).
_LINK = patterns.compile(r"(?<!\S)\S*(?:https?://|www\.|\.com/|\.co/)\S*")


def _copy_words(text: str) -> list[str]:
    """The words of a paragraph, without links, hashtags and handles (a post's furniture)."""
    return [w.lower().replace("’", "'") for w in _COPY_WORD.findall(_LINK.sub(" ", text))]


def _covered(a: list[str], b: list[str]) -> list[bool]:
    """For each word of `a`, whether it lies in a run of _COPY_PIECE words or more that `b` has too."""
    pieces = {tuple(b[i : i + _COPY_PIECE]) for i in range(len(b) - _COPY_PIECE + 1)}
    covered = [False] * len(a)
    for i in range(len(a) - _COPY_PIECE + 1):
        if tuple(a[i : i + _COPY_PIECE]) in pieces:
            covered[i : i + _COPY_PIECE] = [True] * _COPY_PIECE
    return covered


_SHORTENED_BLOCK = 3  # words: the shortest run of a passage a shortened copy keeps that counts as kept
_COUNT_WORDS = frozenset(load("claims")["count_words"])  # ("one count" / "two counts": another fact, no copy)
_GOING_ON_OPENERS = frozenset(load("claims")["going_on_openers"])  # ("It would be the first walkout …")


def _counts(ws: list[str]) -> Counter[str]:
    """The counts among a paragraph's words (`_copy_words`), figures and count words."""
    return Counter(w for w in ws if w in _COUNT_WORDS or w[:1].isdigit())


def _shortened(a: list[str], b: list[str], opcodes: list[tuple]) -> bool:
    """Whether a paragraph `a` repeats the longer `b` in shortened words (GUIDE decision 859): nearly all its words
    (_COPY_SHARE) are runs of _SHORTENED_BLOCK words or more that `b` has in the same order, words left out or put in
    place of a few of `b`'s between them ("Lee's team found 20 kinds of mould on just 15 pairs of boots." beside "Lee's
    team tested 72 climbers' boots and found 20 kinds of mould on just 15 pairs of them."), and each count it gives `b`
    gives as often: a parallel sentence that changes a count ("one count of wire fraud" beside "two counts of wire
    fraud") tells another fact. `opcodes`: difflib's from `a` to `b`."""
    kept = sum(i2 - i1 for op, i1, i2, _, _ in opcodes if op == "equal" and i2 - i1 >= _SHORTENED_BLOCK)
    return kept >= _COPY_SHARE * len(a) and not _counts(a) - _counts(b)


def _goes_on_from(chunk: str) -> bool:
    """Whether a paragraph opens with a word that points back to the one before it (`_GOING_ON_OPENERS`): the account
    goes on from that paragraph, which is no copy breaking it (GUIDE decision 859)."""
    first = _COPY_WORD.search(chunk.lstrip("\"“‘'«„(["))
    return first is not None and first.start() == 0 and first.group().lower() in _GOING_ON_OPENERS


def _varied(a: list[str], b: list[str], opcodes: list[tuple] | None = None) -> bool:
    """Whether a paragraph `a` whose words the longer `b` covers (`_covered`) differs from it at _VARIED_PLACES places or
    more inside, each a word or run of words of its own put in place of others of `b`'s: the writer's parallel passage, a
    word changed at each turn ("If you want to be a writer, write. That's all it takes …" beside "If you want to be a
    yogi, do yoga. …"), no display copy, which repeats its passage word for word (an edit or a slip at one place at
    most). Words a pull quote only inserts or leaves out ("We will rebuild [the harbour] wall") change none of `b`'s:
    they make no place."""
    places = 0
    for op, i1, i2, _, _ in opcodes or difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "replace" and i1 > 0 and i2 < len(a):
            places += 1
    return places >= _VARIED_PLACES


def page_furniture(text: str) -> frozenset[int]:
    """Where the paragraphs of page furniture start (`page_layout`)."""
    return page_layout(text)[0]


def page_layout(
    text: str,
) -> tuple[frozenset[int], frozenset[int], frozenset[int], BodyEnd | None, frozenset[int], frozenset[int]]:
    """Where the paragraphs of page furniture start, told by the whole text: display copies, an
    explainer's question subheadings, headlines at the text's edges, video blurbs and closing lists
    of related stories; where an interview's questions start (`interview_questions`), which are
    no subheadings; where the standfirst lines above the body start (`_standfirst_lines`), claims
    only as full clauses; where the body ends before the page's furniture below it (`body_end`); and where the
    paragraphs right below a picture's label line start (`_below_picture_labels`), opened by its caption; and where the
    one line above the body starts that its wording may show to be a standfirst (`_lone_top_line`), read as one where
    `reads_as_prose` holds and as a headline where not (the text cut into paragraphs once for all of them)."""
    paragraphs, notices = _without_page_notices(_paragraph_texts(text))
    asked = interview_questions(paragraphs)
    ending = [_closes_as_a_paragraph(chunk) for _, chunk in paragraphs]
    standfirsts = _standfirst_lines(paragraphs[: ending.index(True)]) if any(ending) else frozenset()
    headline, summaries = _summary_box(paragraphs)
    standfirsts |= summaries
    edges = _edge_headlines(paragraphs, ending, standfirsts)
    furniture = (
        headline
        | notices
        | _display_copies(paragraphs, ending)
        | (_question_headings(paragraphs) - asked)
        | _headlines_over_bylines(paragraphs)
        | _headlines_over_stamps(paragraphs, ending)
        | _headline_over_a_dateline(paragraphs)
        | _video_blurbs(paragraphs)
        | _captions(paragraphs)
        | _credited_captions(paragraphs)
        | _captions_over_widget_credits(paragraphs)
        | _teasers(paragraphs)
        | _labelled_promos(paragraphs)
        | _cut_off_teasers(paragraphs)
        | _related_links(paragraphs)
        | _link_runs(paragraphs)
        | _dashed_links_inside(paragraphs)
        | _dated_teasers(paragraphs)
        | _cut_off_profile(paragraphs)
        | _comment_thread(paragraphs)
        | _comment_run(paragraphs)
        | _marked_comments(paragraphs)
        | _comments_after_an_end_mark(paragraphs)
        | _reply_thread(paragraphs)
        | _closing_reaction(paragraphs)
        | _comment_excerpts(paragraphs)
        | _closing_table(paragraphs)
    )
    # (the one line above the body, read as a headline or a standfirst by its wording: `reads_as_prose`, decision 88)
    lone = _lone_top_line(paragraphs, ending, edges) - furniture - standfirsts
    furniture |= edges - lone
    ended = body_end(paragraphs, len(text))
    promo = _closing_event_promo(paragraphs)
    if promo is not None and promo == paragraphs[-1][0]:
        furniture |= {promo}
    elif promo is not None and (ended is None or promo < ended.start):
        # the call in the last paragraph and what follows it: the furniture after the body from there
        ended = BodyEnd(promo, ended.credited if ended is not None else frozenset())
    return furniture, asked, standfirsts, ended, _below_picture_labels(paragraphs), lone


def _lone_top_line(paragraphs: list[tuple[int, str]], ending: list[bool], edges: frozenset[int]) -> frozenset[int]:
    """Where the text's first paragraph starts when it is the only line without a sentence's ending above the body and
    `_edge_headlines` took it for a headline: with no other line above the body, it may be the headline or the
    standfirst the page set under a headline the extraction left out, which its wording tells
    (`reads_as_prose`, GUIDE decision 88)."""
    if len(ending) < 2 or ending[0] or not ending[1] or paragraphs[0][0] not in edges:
        return frozenset()
    return frozenset({paragraphs[0][0]})


_TITLE_CASE_WORDS = 3  # longer words (after the first) a line needs before its capitals tell title case
_TITLE_CASE_SHARE = 0.7


def reads_as_prose(doc) -> bool:
    """Whether the one line above the body (`_lone_top_line`) is worded as a sentence of prose, the standfirst under a
    headline the extraction left out, rather than as a headline: one clause in sentence case that opens with its subject
    (or with a phrase closed by a comma before it), whose main verb is in the past tense ("The appointment came days
    after …"), under a modal ("China may achieve …", "Tax agency will hire …") or a form of "be" ("Strong tornadoes are
    possible …", "… and qualification is on the cards"), or with a content clause opened by "that" ("economists argue
    that …"). A headline tells a past happening in the present and leaves out "be" ("Mayor quits", "Ferry service
    back on Monday"), and reads so however full its clause (GUIDE decision 88: a standfirst is a claim when a full
    sentence, a headline in title case or headline wording no claim); a present verb can be either and stays the
    headline's. A stamp ("17 July 2013 Last updated at 11:00 GMT") or a widget's words run into a caption ("Media
    playback is unsupported on your device Media caption The tram …") is no sentence either. Nor is a headline's
    wording in these forms: a passive participle left without its "was" (`_told_in_the_past`, decision 450), a label
    before a colon ("Court ruling: X jailed"), a label closed by its verb after a comma ("The plan, explained", "X
    denied it, court heard"), a subject that is a singular noun without its article ("Verdict is a warning …": a
    headline drops its articles), an explainer's "This is what …"."""
    root = doc[:].root
    # (a title in title case: nearly all its longer words after the first capitalised, "Oil from Spill Could Still Pose …")
    longer = [t for t in doc[1:] if t.is_alpha and len(t.text) > _MINOR_WORDS]
    if len(longer) >= _TITLE_CASE_WORDS and sum(1 for t in longer if t.text[0].isupper()) >= _TITLE_CASE_SHARE * len(longer):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    subject = subjects[0] if subjects else None
    if subject is None or subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text != ",":
        return False
    # (a label before a colon, which the parser may give as a second subject: "Court ruling: Rusu jailed")
    if len(subjects) > 1 or any(t.text == ":" for t in doc[: root.i]):
        return False
    # (a label closed by its verb after a comma: "The harbour plan, explained", "X denied it, court heard")
    words_ = [t for t in doc if not t.is_punct]
    if words_ and words_[-1] == root and any(c.text == "," and c.i < root.i for c in root.children):
        return False
    # (a clause of its own run on after the first with no comma nor conjunction: two lines of a widget run together)
    if any(_run_on(doc, c) for c in root.children) or _bare_singular(subject):
        return False
    if root.tag_ == "VBD":
        return root.lower_ != root.lemma_.lower() and _told_in_the_past(root, subject)  # (not "nearly max out")
    if root.lemma_ == "be" and any(c.dep_ == "ccomp" and c.left_edge.tag_ in ("WP", "WRB") for c in root.children):
        return False  # (an explainer's label: "This is what the ruling means")
    return (
        root.lemma_ == "be"
        or any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)
        # (a content clause opened by "that", which a headline leaves out: "some economists argue that the economy …")
        or any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in root.children)
        # (a second clause whose verb is "be": "… and European qualification is on the cards")
        or any(c.dep_ == "conj" and c.lemma_ == "be" and c.tag_ in FINITE_TAGS for c in root.children)
    )


# A dateline in capitals opening a paragraph, with or without its mark ("DUNMORE A late frost …", "PORT ELM — The …")
_CAPITALS_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}(?:,? [A-Z][a-z]+\.?)? *(?:[—–:-] *|\(|(?=[A-Z][a-z]))"
)
_WORD = re.compile(r"[^\W\d_]{3,}")
_SHARED_STEM = 5  # the letters two words share at their start to be one ("school" and "schools")


def another_story_above(doc, below: str) -> bool:
    """Whether the one line above the body worded as prose (`reads_as_prose`) is another story's opening line set
    before the body rather than its standfirst (GUIDE decision 960): the body's first paragraph `below` opens afresh
    with a dateline of its own, and the line names no thing or party that paragraph names (its nouns, days and months
    aside: "Heavy rain closed three schools in the county on Tuesday" / "DUNMORE The harbour board voted on Tuesday …")."""
    if not _CAPITALS_DATELINE.match(below.lstrip()):
        return False
    named = {t.lower_[:_SHARED_STEM] for t in doc if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ and len(t.text) > 2}
    return not any(w.lower()[:_SHARED_STEM] in named for w in _WORD.findall(below))


def _told_in_the_past(verb, subject) -> bool:
    """Whether a past main verb (`reads_as_prose`) is a past tense, not a headline's passive participle left without
    its "was"/"were" (GUIDE decision 450: "Pier closed after storm", "Mayor found guilty", "Port's pier saved"): a
    past no participle shares ("was", "came", "broke": `nlp.irregular_past_forms`, `base_participle_lemmas`), or a form a
    participle shares with the object or content clause only an active verb takes ("The vote ended a row", "X welcomed
    the decision"; "voted … to fund" after a subject opened by a determiner or pronoun, "The board voted …"), none of
    them a singular noun without its article ("agreed plan")."""
    from .nlp import irregular_past_forms

    lemma = verb.lemma_.lower()
    forms = irregular_past_forms().get(lemma, frozenset())
    if lemma in ("be", "have", "do") or verb.lower_ in forms and (len(forms) > 1 or lemma in words().base_participle_lemmas):
        return True  # ("was", "had", "did": a finite verb of its own)
    led = subject.left_edge.tag_ in ("DT", "PDT", "PRP$", "PRP", "CD") or any(c.dep_ == "poss" for c in subject.children)
    kinds = ("dobj", "ccomp", "xcomp") if led else ("dobj", "ccomp")
    objects = [c for c in verb.children if c.dep_ in kinds]
    return bool(objects) and not any(_bare_singular(c) for c in objects)


def _bare_singular(noun) -> bool:
    """Whether `noun` is a singular common noun without an article, a possessive or a number, as a headline writes one
    ("Verdict is a warning", "Board agreed plan"; a capitalised first word the tagger took for a name, "Court told …",
    when the model knows it as a common noun and no place or body): prose gives it its article. A mass noun may also go
    without ("Rain is likely"): such a line stays the headline's, as before."""
    if noun.is_stop or noun.tag_ not in ("NN", "NNP"):
        return False  # ("Nothing was left", a plural, a pronoun)
    if noun.tag_ == "NNP":
        from .nlp import common_noun_lemmas

        # (only the line's first word, where a capital tells nothing, and no compound name: "Port Elm")
        if noun.i > 0 or any(c.dep_ == "compound" for c in noun.children) or noun.ent_type_ in _NAME_ENTITIES:
            return False
        if noun.lower_ not in common_noun_lemmas():
            return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)


_NAME_ENTITIES = frozenset(("GPE", "LOC", "ORG", "NORP", "FAC"))


def _run_on(doc, verb) -> bool:
    """Whether `verb` heads a clause with its own subject joined to the one before it with no comma nor conjunction."""
    if verb.dep_ != "conj" or verb.left_edge.i == 0 or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = doc[verb.left_edge.i - 1]
    return before.text != "," and before.pos_ != "CCONJ"


def _without_page_notices(paragraphs: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], frozenset[int]]:
    """The paragraphs without the page's notices of the story's age above the body ("This article is more than 1 year
    old", claims.json `page_notice`), and where those start: no line of the story, they would make the headline and
    the standfirst below them a longer opening run, read as the body's lines (GUIDE decisions 11, 88)."""
    notice = words().page_notice
    notices = set()
    for start, chunk in paragraphs:
        if notice.match(chunk.strip()):
            notices.add(start)
        elif _closes_as_a_paragraph(chunk):
            break  # only above the body's first paragraph
    if not notices:
        return paragraphs, frozenset()
    return [p for p in paragraphs if p[0] not in notices], frozenset(notices)


def _below_picture_labels(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the paragraphs set right below a picture's label line start ("Image", "Photo": claims.json
    `picture_labels`, a page's placeholder for its picture that the extraction kept as a paragraph) that a picture's
    credit closes ("… on Monday. Credit Dana Lee/Kestrel Wire"): the label line marks the picture's place and the
    credit its caption (GUIDE decision 833); one with no credit stays running text (decision 882)."""
    lex = words()
    return frozenset(
        start
        for (_, above), (start, below) in zip(paragraphs, paragraphs[1:], strict=False)
        if above.strip().lower() in lex.picture_labels and _closed_by_a_picture_credit(below)
    )


def _closed_by_a_picture_credit(chunk: str) -> bool:
    """Whether a picture's credit closes the paragraph: after its last sentence with a space ("… Monday. Credit Dana
    Lee/Kestrel Wire", `closing_picture_credit`), in brackets or after a colon (`caption_credit`), or glued on
    (`ends_on_a_picture_credit`)."""
    lex = words()
    tail = chunk.rstrip()[-_GLUED_CREDIT_REACH:]
    return (
        lex.closing_picture_credit.search(tail) is not None
        or lex.caption_credit.search(tail) is not None
        or ends_on_a_picture_credit(tail)
    )


class BodyEnd(NamedTuple):
    """Where the page's furniture after the article's body starts (a sentence's start), and the names the closing line
    that marks it gives (its credits: "Comments compiled by Dana Lee and City Monitoring.")."""

    start: int
    credited: frozenset[str]


_TAIL_FROM = 0.5  # the share of the text's characters above the closing line: the body's close, not a box inside it
# words: the paragraphs below the closing line are a page's widgets, teasers and notes; a longer one is the story going on
_TAIL_PARAGRAPH_WORDS = 80
# where a sentence may open inside a paragraph: after a sentence's stop and a space (a quote's or bracket's mark between)
_SENTENCE_OPENING = patterns.compile(r"(?<=[.!?…]\s)(?=\S)|(?<=[.!?…][\"”’)]\s)(?=\S)")
_CREDITED_NAME = patterns.compile(r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)+")


def body_end(paragraphs: list[tuple[int, str]], length: int) -> BodyEnd | None:
    """Where the article's body ends and the page's furniture below it starts: at the first closing line in the text's
    second half (`closing_mark`: a contact line for the reporters, a wire's credits in brackets, a copyright line, "This
    content was produced by …", "Comments compiled by …", a call to follow the writer, the writer's e-mail address, a
    newsletter's sign-up), where it opens a paragraph or a sentence inside one, when every paragraph below the closing
    line's is short (widgets, teasers and notes; a longer one is the story going on), up to the heading of a readers'
    thread ("Talkback", "Comments (12)": the comments below it, however long, are no story). What follows from there is no claim
    (GUIDE decisions 11, 192, 533(b), 547: a site's comment policy, a white paper's or another story's teaser, a quiz's
    advice, "Register for FREE now!"), but for a line about someone the closing line credits (decision 363's bio line,
    `about_the_credited`). `length`: the text's length in characters."""
    closing = words().closing_mark
    for k, (start, chunk) in enumerate(paragraphs):
        if start + len(chunk) < _TAIL_FROM * length:
            continue
        openings = [0] + [m.start() for m in _SENTENCE_OPENING.finditer(chunk)]
        at = next(
            (
                i
                for n, i in enumerate(openings)
                if start + i >= _TAIL_FROM * length
                and (closing.match(chunk, i) or 0 < k == len(paragraphs) - 1 and _contact_line(paragraphs, openings, n))
            ),
            None,
        )
        if at is None:
            continue
        below = paragraphs[k + 1 :]
        # (a readers' thread under its heading below the closing line is no story going on, however long its comments)
        # (only a heading that never heads a story's section, or one a comment's stamp follows: "Public comments" may
        # head the story's own account of a hearing, rev35c's finding 2)
        below = below[: next((i for i in range(len(below)) if _thread_below(below, i)), len(below))]
        if any(len(_HEADING_WORD.findall(chunk)) > _TAIL_PARAGRAPH_WORDS for _, chunk in below):
            continue  # (a later closing line may still close the body: the same paragraphs are only fewer)
        line = chunk[at:]
        stop = next((i for i in openings if i > at), len(chunk)) - at
        return BodyEnd(start + at, frozenset(_credited_name(name) for name in _CREDITED_NAME.findall(line[:stop])))
    return None


def _contact_line(paragraphs: list[tuple[int, str]], openings: list[int], n: int) -> bool:
    """Whether the sentence at `openings[n]` of the text's last paragraph closes the body as the writer's or the
    outlet's contact line (GUIDE decisions 363, 378): a line that gives only an address or a number ("Email
    tips@gazette.com.", `contact_line`) or the writer's name and an address ("Contact Dana Lee at 555-010-0199.",
    `_writers_contact`), with nothing after it in the text but more such lines or calls to follow the writer ("Follow
    her on Twitter.", `contact_tail_line`, `closing_mark`). A statement after it is the body going on ("… call 0800 555
    0200. Crews will be on standby all winter."): the line alone is then no claim where its own form says so, and the
    rest stays (`_chrome_reason`). The caller takes only a text of more than one paragraph: in a text that is one
    paragraph the line is no closing line of its own."""
    chunk = paragraphs[-1][1]
    lex = words()
    # the rest of the paragraph from the line, cut at its sentences and after a closing bracket ("(Pitches should be
    # sent to tips@…) You can also follow Dana on Twitter.")
    lines = [line.strip() for line in _CONTACT_PIECES.split(chunk[openings[n] :]) if line.strip()]
    if not lines:
        return False
    first = lines[0]
    if lex.contact_line.search(first) is None and not _writers_contact(paragraphs, openings, n, first):
        return False
    return all(
        lex.contact_line.search(line) or lex.contact_tail_line.search(line) or lex.closing_mark.match(line) for line in lines[1:]
    )


# words that make a line above the contact line someone's reported words rather than the writer's bio line
_REPORTED = patterns.compile(r"\b(?:said|says|told|tells|added|adds|according to)\b|[\"“”]")
# where a line of a contact line's paragraph ends: after a sentence's stop or a closing bracket, before a capital
_CONTACT_PIECES = patterns.compile(r"(?<=[.!?…)])\s+(?=[\"“(]?[A-Z])")


def _writers_contact(paragraphs: list[tuple[int, str]], openings: list[int], n: int, line: str) -> bool:
    """Whether `line` tells the reader to contact a person by name at an address ("Contact Dana Lee at 555-010-0199.",
    `closing_contact_line`) whom the text names nowhere above it but in a bio line right before it ("Dana Lee covers the
    port for the Gazette."): the writer's contact line (GUIDE decision 363). A body ("Contact Kent Police on …", one
    word: "Contact Crimestoppers on …") or a person of the story ("Contact Ruth Okafor at …" after Okafor's words) is
    someone else to contact, a claim (decision 378)."""
    lex = words()
    found = lex.closing_contact_line.search(line)
    if found is None:
        return False
    name = found.group("name").split()
    if len(name) < 2 or name[-1].lower() in lex.org_nouns or name[-1].lower() in lex.institution_nouns:
        return False
    chunk = paragraphs[-1][1]
    above = [text for _, text in paragraphs[:-1]]
    # (a bio line right before the line, the sentence before it in its paragraph or the paragraph above, that opens with
    # the name and reports no one's words: "Dana Lee covers the port for the Gazette.", not "Ruth Okafor said …")
    if n > 0:
        above.append(chunk[: openings[n - 1]])
        bio = chunk[openings[n - 1] : openings[n]]
    else:
        bio = above.pop() if above else ""
    if not bio.lstrip().startswith((name[0] + " ", " ".join(name) + " ")) or _REPORTED.search(bio):
        above.append(bio)
    surname = re.compile(r"\b" + re.escape(name[-1]) + r"\b")
    return not any(surname.search(text) for text in above)


# The verb of a closing line that a name run can open with ("Contact Dana Lee at …"): no part of the name.
_CALL_VERBS = frozenset({"contact"})


def _credited_name(run: str) -> str:
    """A name that a closing line credits, from a run of capitalised words: its stop and the line's verb left off."""
    first, _, rest = run.rstrip(".").partition(" ")
    return rest if rest and first.lower() in _CALL_VERBS else run.rstrip(".")


def about_the_credited(text: str, end: BodyEnd) -> bool:
    """Whether a sentence below the body's closing line opens with a name that line credits and says something of it
    ("BBC Monitoring reports and analyses news …" after "Comments compiled by … BBC Monitoring."): a bio line, a claim
    (GUIDE decision 363), not the page's furniture."""
    text = text.lstrip()
    return text.endswith(".") and any(text.startswith(name + " ") for name in end.credited)


def _display_copies(paragraphs: list[tuple[int, str]], ending: list[bool]) -> frozenset[int]:
    """Where the paragraphs that are display copies start: a pull quote, a teaser or an
    embedded post that repeats a passage the article gives nearby in a longer paragraph (GUIDE
    decisions 13 and 33), or a pull quote that repeats a quote anywhere in the story. The shorter of the two is
    the copy; two of the same length are left alone. A caption that repeats a sentence of the body (`_repeating_captions`)
    is the copy whatever its length, and the body's sentence it repeats is none."""
    # A pull quote (a paragraph that opens with a quotation mark) is set anywhere in the story, often far
    # above the quote it repeats; another copy stands near its passage.
    quoted = [chunk[:1] in _QUOTES for _, chunk in paragraphs]
    chunks = [chunk for _, chunk in paragraphs]
    # (an embedded post's credit line is no word of the post it repeats: "… of me, saying it. — Dana Lee (@danalee) June
    # 7, 2016", GUIDE decision 33)
    paragraphs = [(start, _copy_words(chunk[: post_credit_start(chunk)])) for start, chunk in paragraphs]
    # The paragraphs each run of _COPY_RUN words is found in, by the run's hash (a collision only
    # adds a candidate that _covered then weighs).
    index: dict[int, set[int]] = {}
    for k, (_, ws) in enumerate(paragraphs):
        for i in range(len(ws) - _COPY_RUN + 1):
            index.setdefault(hash(tuple(ws[i : i + _COPY_RUN])), set()).add(k)

    def sharing(k: int) -> set[int]:
        ws = paragraphs[k][1]
        return {q for i in range(len(ws) - _COPY_RUN + 1) for q in index[hash(tuple(ws[i : i + _COPY_RUN]))]} - {k}

    def repeats(k: int, q: int, shortened: bool = False) -> bool:
        # (`shortened`: or in shortened words, if the account does not go on from `k` in the paragraph after it; a
        # caption, `_repeating_captions`, repeats its sentence in pieces of _COPY_PIECE words)
        ws, theirs = paragraphs[k][1], paragraphs[q][1]
        covered = sum(_covered(ws, theirs)) >= _COPY_SHARE * len(ws)
        if not covered and not (shortened and not (k + 1 < len(chunks) and _goes_on_from(chunks[k + 1]))):
            return False
        opcodes = difflib.SequenceMatcher(None, ws, theirs, autojunk=False).get_opcodes()
        return (covered or _shortened(ws, theirs, opcodes)) and not _varied(ws, theirs, opcodes)

    first = _first_body_sentence(chunks, ending)
    captions = _repeating_captions(chunks, ending, first, sharing, repeats)
    copies = {paragraphs[k][0] for k in captions}
    # A summary line above the body's first sentence (no sentence's ending) is decision 88's claim, and the body's
    # sentence that it sums up is no copy of it: the two stay claims.
    summaries = set(range(first)) if first is not None else set()
    for k, (start, ws) in enumerate(paragraphs):
        if len(ws) > _COPY_LONGEST or k in captions:
            continue
        reach = len(paragraphs) if quoted[k] else _COPY_DISTANCE
        for q in sorted(q for q in sharing(k) if abs(q - k) <= reach and len(paragraphs[q][1]) > len(ws)):
            if q not in captions and not (q in summaries and ending[k]) and repeats(k, q, shortened=True):
                copies.add(start)
                break
    return frozenset(copies | _short_pull_quotes(chunks, paragraphs, sharing))


_PULL_QUOTE_WORDS = 5  # a shorter line ("Thank you.", "No comment.") is said again in its own right
# A quotation in double quotation marks of any of the forms a page sets: “…”, "…", «…», „…“ (its words in the group).
QUOTATIONS = patterns.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»|„([^“”]{2,}?)[“”]")
_QUOTATION_OPENERS = '“"«„'


def _quotations_words(chunk: str) -> list[list[str]]:
    """The words (`_copy_words`) of each quotation of a paragraph (`QUOTATIONS`)."""
    if not any(mark in chunk for mark in _QUOTATION_OPENERS):
        return []
    return [_copy_words(next(g for g in m.groups() if g is not None)) for m in QUOTATIONS.finditer(chunk)]


def _short_pull_quotes(chunks: list[str], paragraphs: list[tuple[int, list[str]]], sharing) -> set[int]:
    """Where the pull quotes too short for `_display_copies`' run of _COPY_RUN words start: a paragraph of
    _PULL_QUOTE_WORDS words or more that is one quotation and nothing else, whose words all stand in that order inside
    one quotation of another, longer paragraph anywhere in the story ("“We will rebuild the pier.”" beside '"The storm
    took everything, but we will rebuild the pier," the mayor said.'): the page's display copy of the quote (GUIDE
    decision 13). The writer's own sentence, set in no quotation marks, is running text, a claim (decision 449), and so
    is a quotation the writer goes on with ('"We are not ready to cut rates," he repeated.'). A quoted line right
    below a paragraph with a quotation that holds not its words goes on with that paragraph's speaker, whoever says its
    words again later (decision 13: a copy of a quote the article gives elsewhere, not another's words). A piece of the
    quotation set under a colon's lead-in ("Look at the first words of the post:") is the writer's own citation, and a
    line of a block that repeats the quotation's paragraph in its neighbours too is decision 449's second copy of the
    whole block: these stay claims.
    `paragraphs`: each paragraph's start and its words (`_copy_words`); `sharing`: the paragraphs that share a run of
    _COPY_RUN words with a paragraph, by index."""
    quotations = {}
    for k, chunk in enumerate(chunks):
        if found := _quotations_words(chunk):
            quotations[k] = " " + " | ".join(" ".join(q) for q in found) + " "  # (no run across two)
    copies = set()
    for k, (start, ws) in enumerate(paragraphs):
        if not _PULL_QUOTE_WORDS <= len(ws) < _COPY_RUN or chunks[k][:1] not in _QUOTATION_OPENERS:
            continue
        if k > 0 and chunks[k - 1].rstrip().endswith(":") or _quotations_words(chunks[k]) != [ws]:
            continue
        needle = " " + " ".join(ws) + " "
        said = [q for q, words in quotations.items() if q != k and len(paragraphs[q][1]) > len(ws) and needle in words]
        if not said or k - 1 in quotations and k - 1 not in said:
            continue
        block = set().union(*(sharing(m) for m in (k - 1, k + 1) if 0 <= m < len(paragraphs)))
        if any(q not in block for q in said):
            copies.add(start)
    return copies


def _first_body_sentence(chunks: list[str], ending: list[bool]) -> int | None:
    """The index of the body's first paragraph that ends as a sentence, a headline that ends in "?" or "!" ("Will the
    old pier ever reopen?") not counted: the standfirst below such a headline stands above the body (GUIDE decision 88)."""
    return next((k for k, ends in enumerate(ending) if ends and not (k == 0 and chunks[k].rstrip().endswith(("?", "!")))), None)


_CAPTION_RUN = 3  # captions set in a row under pictures; a longer run of lines with no ending is a list


def _repeating_captions(chunks: list[str], ending: list[bool], first: int | None, sharing, repeats) -> set[int]:
    """The paragraphs (by index) that are captions repeating another paragraph of the page: a line with no sentence's
    ending set below the body's first sentence (`_first_body_sentence`) between two paragraphs that end as sentences,
    whose words another paragraph within _COPY_DISTANCE, shorter or longer, above or below it, repeats (`repeats`),
    among the paragraphs that share a run of words with it (`sharing`); so is each line of a run of up to _CAPTION_RUN
    such lines, a picture's caption after a picture's, each repeating a paragraph anywhere on the page outside the
    run. A caption set under a picture restates a sentence of the body nearby, and the page does not end it with a
    full stop as the body does (GUIDE decision 859's display copy). A list's item (a bullet, a line of a longer run,
    or one of a run of lines any of which repeats nothing, as a "Key points:" list's) and a line under a colon's
    lead-in are no captions: a summary the account goes on from stays a claim.
    `first`: the body's first sentence's paragraph (`_first_body_sentence`)."""
    if first is None:
        return set()
    captions: set[int] = set()
    k = first + 1
    while k < len(ending) - 1:
        if ending[k]:
            k += 1
            continue
        run_end = next((m for m in range(k, len(ending)) if ending[m]), len(ending))  # the run of lines with no ending
        run = range(k, run_end)
        # (a page sets the captions of a few pictures in a row, each under its own picture, and each repeats a
        # sentence of the page, nearby or in the summary at its top; a list's lines stand under a colon's lead-in)
        if (
            run_end < len(ending)
            and len(run) <= _CAPTION_RUN
            and ending[k - 1]
            and not chunks[k - 1].rstrip().endswith(":")
            and all(
                not _ITEM_MARK.match(chunks[m])
                and any(
                    repeats(m, q) for q in sorted(sharing(m)) if (abs(q - m) <= _COPY_DISTANCE or len(run) > 1) and q not in run
                )
                for m in run
            )
        ):
            captions.update(run)
        k = run_end
    return captions


def _paragraph_texts(text: str) -> list[tuple[int, str]]:
    """(where it starts, its text) for each paragraph of `text`, as the sentence splitter cuts them."""
    return [(start, text[start:end]) for start, end in paragraph_spans(text)]


# A headline or standfirst at the text's edge: a line of at least _EDGE_WORDS words (a shorter one is left
# to is_chrome) and at most _HEADLINE_WORDS.
_EDGE_WORDS = 3
_EDGE_RUN = 2  # a longer run of lines without a sentence's ending is a list
# A full stop inside the line: a statement with its credit after it ("… to sneak into the US. PTI"), no headline.
_STOP_INSIDE = patterns.compile(r"\w{2}\.\s+\S")


def _edge_headlines(paragraphs: list[tuple[int, str]], ending: list[bool], standfirsts: frozenset[int]) -> frozenset[int]:
    """Where the lines without a sentence's ending that open or close the text start, one or two of them
    before the first or after the last paragraph that ends as a sentence does: the headline and standfirst
    left above the body ("Rocket Pass 4 in Rocket League brings with it a new rally-inspired car"), related
    stories' headlines below it. Not a post's text (it holds a link), a statement with its credit after a
    full stop, an interview's turn ("A: The Night Watch") nor a list's rows (a longer run, or lines of one
    paragraph); a longer opening run gives its headline alone, with the promotion above it (`_headline_over_a_masthead`).
    `ending`: whether each paragraph ends as a sentence; `standfirsts`: the opening run's standfirst lines, left to
    chrome_reason, which asks for a full clause."""
    if not any(ending):
        return frozenset()
    first = ending.index(True)
    last = len(ending) - 1 - ending[::-1].index(True)
    out = set(_headline_over_a_masthead(paragraphs[:first]))
    # The body's own bulleted list of statements (an item that ends as a sentence): a bulleted line closing the text is
    # that list's last item, which lost its stop ("- The dollar index was little changed"), no related story's headline.
    # Only a list that reaches the body's end: a list in mid-body with prose after it says nothing of a closing line.
    listing = bool(ending[last] and _BULLET_ITEM.match(paragraphs[last][1]))
    for run, closing in ((paragraphs[:first], False), (paragraphs[last + 1 :], True)):
        if len(run) > _EDGE_RUN:
            continue
        for start, chunk in run:
            if closing and listing and _BULLET_ITEM.match(chunk):
                continue
            n = len(_HEADING_WORD.findall(chunk))
            if _EDGE_WORDS <= n <= _HEADLINE_WORDS and "\n" not in chunk and not _no_headline(chunk) and start not in standfirsts:
                out.add(start)
    return frozenset(out)


def _standfirst_lines(run: list[tuple[int, str]]) -> frozenset[int]:
    """Where the standfirst lines of the text's opening run (the lines without a sentence's ending above the body)
    start: the summary bullets ("- Mayor quits before vote") and the line right below the headline ("Leona Lee becomes
    first mayor of the port" / "Harbour leaders applaud the handover"), or below a first line too long for a headline
    (the body's first sentence that lost its stop). Such a line is a claim when it is a full clause in sentence case
    (GUIDE decisions 88, 450), which `chrome_reason(standfirst=True)` asks; a byline, a place or a headline's words
    without a finite verb stay chrome. The line below a label ("Main Content"), a stamp ("7 June 2013 Last updated at
    01:14 GMT") or a sentence of the site's promotion is the headline itself, no standfirst; a paragraph of sentences
    below the headline is the body's."""
    out = {start for start, chunk in run if _BULLET_ITEM.match(chunk)}
    if len(run) > _EDGE_RUN:
        headline = _headline_over_a_masthead(run)
        below = [k + 1 for k, (start, _) in enumerate(run) if headline and start == headline[-1]]
    else:
        top = run[0][1] if run else ""
        opens = len(_HEADING_WORD.findall(top)) >= _MASTHEAD_HEADLINE_WORDS and "\n" not in top
        below = [1] if opens and not _no_headline(top) and not words().comment_stamp.search(top) else []
    out.update(run[k][0] for k in below if k < len(run) and "\n" not in run[k][1].strip() and not _ENDS_INSIDE.search(run[k][1]))
    return frozenset(out)


# A sentence's end inside a line: a paragraph of sentences ("We brought the reviews here! Check them out below"), one
# line of which lost its stop, is no standfirst line; a kicker's question before its answer is ("Too much too soon? Oh,
# investors will cheer it anyway": decision 88's standfirst, its first sentence a heading).
_ENDS_INSIDE = patterns.compile(r"\w[.!]\s+\S|\w\?\s+\S.*[.!?]\s+\S")


def _no_headline(chunk: str) -> bool:
    """A statement with its credit after a full stop, a post's text (its link) or an interview's turn."""
    return bool(_STOP_INSIDE.search(chunk) or _LINK.search(chunk) or _interview_turn(chunk))


_SUMMARY_LABEL_REACH = 3  # paragraphs above a summary box's label at the text's top: the headline and a line or two


def _summary_box(paragraphs: list[tuple[int, str]]) -> tuple[frozenset[int], frozenset[int]]:
    """(headline, bullets): where the lines above a box of summary bullets at the text's top start, and where its
    bullets start. The box is a label (claims.json `summary_label`: "STORY HIGHLIGHTS") among the text's first
    paragraphs with bulleted lines in headline style right below it, none closed by a stop; the bullets are standfirst
    bullets, claims only as full clauses (GUIDE decisions 88, 450), and the one-line paragraphs above the label are the
    headline, no claim, also one closed by an exclamation or question mark ("Everybody, wave at the harbour!"). Above
    a paragraph closed by a full stop the body has begun (its lede): the list below is the story's, and so are
    bullets that end as sentences ("Key takeaways:" / "- Reframe the budget as an investment: …"), left alone."""
    label = words().summary_label
    for k, (_, chunk) in enumerate(paragraphs[: _SUMMARY_LABEL_REACH + 1]):
        if not label.match(chunk.strip()):
            continue
        above = paragraphs[:k]
        if any(_FULL_STOP_END.search(text.strip()) for _, text in above):
            return frozenset(), frozenset()  # a lede above the label: the body's own list
        bullets = []
        for start, below in paragraphs[k + 1 :]:
            if not _BULLET_ITEM.match(below) or "\n" in below.strip():
                break
            if ends_as_sentence(below.strip()):
                return frozenset(), frozenset()  # a list of sentences: the story's ("- Reframe security as …: ….")
            bullets.append(start)
        if not bullets:
            return frozenset(), frozenset()
        if any("\n" in text.strip() or len(_HEADING_WORD.findall(text)) > _HEADLINE_WORDS for _, text in above):
            above = []
        return frozenset(start for start, _ in above), frozenset(bullets)
    return frozenset(), frozenset()


# A paragraph closed by a full stop (a quote's or bracket's mark after it), no exclamation or question: a sentence of
# the body, where a headline may exclaim or ask
_FULL_STOP_END = patterns.compile(r"(?<!\.\.)\.[\"”’)]*$")


# A byline below a headline, in lower case: "by", "by Dana Lee / March 4, 2024"
_BYLINE = patterns.compile(r"by\b")
# A headline told by its place in a longer opening run has at least this many words: a shorter line there is a
# byline, a section word or a row ("Palm Bay d. Rockledge 70-44").
_MASTHEAD_HEADLINE_WORDS = 5


def _headline_over_a_masthead(run: list[tuple[int, str]]) -> list[int]:
    """Where the headline of an opening run of three or more lines without a sentence's ending starts, with the
    site's furniture above it and more lines below it (a byline, a handle, a dateline or the standfirst's bullets:
    "LG phone lands at Sprint on June 14 with $29 price tag" / "Dana Lee - Senior News Editor" / "@dana_lee"; the
    lines below are not read, the run's length stands for them), the site's promotion or a label above it ("Our day's
    top images and photo essays. See the best of our photography. See more" / "Sponsored Links"). The headline is the
    run's first line of a headline's length; the lines above it are short labels, or several sentences whose last lost
    its stop (a promotion's link, "See more"), which are furniture too. Not a standfirst too long for a headline (a
    sentence that lost its stop), nor a list's row or a table's, where the run's first line of some length is no
    headline and nothing is taken (GUIDE: headlines, "Sponsored" and promotions are no claims)."""
    if len(run) <= _EDGE_RUN:
        return []  # (a headline and a standfirst alone: _edge_headlines' lines)
    above = []
    for k, (start, chunk) in enumerate(run):
        n = len(_HEADING_WORD.findall(chunk))
        following = run[k + 1][1].lstrip(_QUOTES + "(") if k + 1 < len(run) else ""
        goes_on = following[:1].islower() and not _BYLINE.match(following)
        if "\n" in chunk or goes_on or chunk.count("(") > chunk.count(")"):
            return []  # a sentence wrapped at hard line breaks ("No clue (edit: according to" / "this,"), no headline
        if n < _EDGE_WORDS:
            continue  # a label ("Sponsored Links"), left to is_chrome
        if _STOP_INSIDE.search(chunk) and not _LINK.search(chunk):
            above.append(start)  # a promotion above the headline ("… See the best of our photography. See more")
            continue
        headline = (
            _MASTHEAD_HEADLINE_WORDS <= n <= _HEADLINE_WORDS
            and not _no_headline(chunk)
            and not _BOX_ITEM.match(chunk)
            and not chunk.lstrip().startswith("|")
        )
        return [*above, start] if headline else []
    return []


# A byline on a line of its own: "By" and a name, alone or before its outlet, date or a second name ("By DANA LEE",
# "By Dana Lee, Associated Press | July 19, 2013", "by Sam Roe and Dana Lee").
# Not a time adverbial opening a body's sentence ("By Wednesday, the mood had soured.", "By March 2025, …"): no
# calendar word after "By", and no clause after its comma that ends as a sentence (`_BYLINE_CLAUSE`).
_BYLINE_LINE = patterns.compile(
    r"[Bb][Yy] +(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|" + MONTH_NAME + r"|Christmas|Easter|Thanksgiving|Ramadan"
    r"|Diwali|Hanukkah|Halloween|New Year|Then|Now|Noon|Midnight|Nightfall|Dawn|Dusk|Lunchtime|Tomorrow|Tonight|Today"
    r"|Spring|Summer|Autumn|Fall|Winter|Mid|Early|Late|End|The|This|That|Next|Last)\b)"
    r"[A-Z][\w.'’-]*(?: +[A-Z][\w.'’-]*){0,3} *(?:$|[,|/–—-]| and\b)"
)
_BYLINE_CLAUSE = patterns.compile(r"\b[a-z]{2,}\b[^|\n]*[.!?]['’\"”]?$")
_BYLINE_WORDS = 20


def _headlines_over_bylines(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the headlines set right above a byline start, wherever the byline stands (under a caption or a teaser the
    page set first, or under a label like "« Back to Article"): a line of a headline's length that ends without a full
    stop ("Overweight? Maybe Your Genes Are to Blame" / "By DANA LEE"), no list's row or post (a link). A headline is
    no claim, also one that asks (GUIDE: headlines; decision 450)."""
    out = set()
    for (start, above), (_, below) in zip(paragraphs, paragraphs[1:], strict=False):
        line = below.strip()
        if "\n" in line or len(line.split()) > _BYLINE_WORDS or not _BYLINE_LINE.match(line) or _BYLINE_CLAUSE.search(line):
            continue
        headline = above.strip()
        n = len(_HEADING_WORD.findall(headline))
        if (
            "\n" not in headline
            and _EDGE_WORDS <= n <= _HEADLINE_WORDS
            and not _FULL_STOP_END.search(headline)
            and not _no_headline(headline)
            and not _BULLET_ITEM.match(headline)
        ):
            out.add(start)
    return frozenset(out)


# A story's publication stamp on a line of its own under its headline ("Published Jul 19, 2013 01:01:04AM", "Posted:
# May 15, 2013 3:12 PM CT", "Published 3 March 2024", "Published: 2024-03-03"): a stamp word, a date (month and day, day,
# month and year, or ISO), then the year and a clock time or none.
_PUBLISHED_STAMP = patterns.compile(
    r"(?:Published|Posted|Updated|Last updated)(?: on)?:? +(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? +)?(?:"
    + MONTH_NAME
    + r"\.? +\d{1,2}\b|\d{1,2} +"  # "Jul 19, 2013", "3 March 2024" (a British page), "2024-03-03"
    + MONTH_NAME
    + r"\.?,? +(?:1[6-9]|20)\d{2}\b|(?:1[6-9]|20)\d{2}-\d{2}-\d{2}\b)[^\n]{0,30}$"
)


def _headlines_over_stamps(paragraphs: list[tuple[int, str]], ending: list[bool]) -> frozenset[int]:
    """Where the headlines of linked stories start that a list below the body's first sentences sets each over its
    publication stamp ("Harbour ferry fares to rise in May" / "Published Jul 19, 2013 01:01:04AM"): a line of a
    headline's length that ends in a word, with no full stop, question or exclamation mark, ellipsis or closing quote
    (the body's closing paragraph over the story's own stamp: "… who will stop it?", "… 'we will win.'"). Links to
    other stories and their headlines are no claims (GUIDE claim section), also in sentence case with a verb; above the
    body, the page's own headline and its standfirst are read as such (decision 88)."""
    out = set()
    for k in range(1, len(paragraphs) - 1):
        (start, above), (_, below) = paragraphs[k], paragraphs[k + 1]
        if not any(ending[:k]) or not _PUBLISHED_STAMP.match(below.strip()):
            continue
        headline = above.strip()
        n = len(_HEADING_WORD.findall(headline))
        if "\n" not in headline and _EDGE_WORDS <= n <= _HEADLINE_WORDS and headline[-1].isalnum():
            out.add(start)  # (a line closed by "?", "!", "..." or a quote mark is the body's last paragraph over its stamp)
    return frozenset(out)


_DATELINE_REACH = 3  # paragraphs from the text's top where the body's first paragraph, opened by its dateline, stands


def _headline_over_a_dateline(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the text's first line starts when it is the headline over a body whose first paragraph its dateline opens
    ("Ferry fares: will the council back down?" / "(Harbour News) The council met …", "PORTVILLE (AP) — …"): a line
    of a headline's length without a full stop at its end, also one that asks or exclaims, which the page sets above
    the dateline. The dateline marks where the body begins; a question there is the headline's, no standfirst's (GUIDE:
    headlines; decision 170 is for a standfirst line below the headline)."""
    from .datelines import dateline_end  # (here: datelines reads dates, which reads attribution, which reads this module)

    if len(paragraphs) < 2:
        return frozenset()
    start, top = paragraphs[0]
    headline = top.strip()
    n = len(_HEADING_WORD.findall(headline))
    if "\n" in headline or not _EDGE_WORDS <= n <= _HEADLINE_WORDS or _FULL_STOP_END.search(headline) or _no_headline(headline):
        return frozenset()
    if dateline_end(headline) >= 0:
        return frozenset()  # the first line is the body's own
    if any(dateline_end(chunk.lstrip()) >= 0 for _, chunk in paragraphs[1:_DATELINE_REACH]):
        return frozenset({start})
    return frozenset()


_LINK_WORDS = 30  # a related story's link is a headline; a longer line is the story's


def _related_links(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the paragraphs under a closing list of related stories start: every paragraph after the last
    heading of such a list ("Editors' Recommendations:", "Story Timeline", "Related stories"), to the end
    of the text, when each of their lines is a headline's length (the story does not resume); and under such a
    heading or a box's set inside the text ("Related", "READ MORE:"), the run of link lines right below it
    (`_links_below`)."""
    lex = words()
    boxes = [
        k for k, (_, chunk) in enumerate(paragraphs) if lex.related_heading.match(chunk) or lex.related_box_heading.match(chunk)
    ]
    out = {start for k in boxes for start in _links_below(paragraphs, k)}
    # "More about lost cities:" is over other stories' links when a line below is marked as one ("- Gallery: …",
    # "- How lasers helped …"); over the story's own list of facts it is the story's lead-in
    for k, (_, chunk) in enumerate(paragraphs):
        if lex.more_about_heading.match(chunk.strip()):
            links = _links_below(paragraphs, k)
            texts = dict(paragraphs)
            if any(lex.related_item_mark.match(texts[start].strip()) for start in links):
                out |= set(links)
    last = next((k for k in reversed(boxes) if lex.related_heading.match(paragraphs[k][1])), None)
    if last is None:
        return frozenset(out)
    below = paragraphs[last + 1 :]
    if any(len(_HEADING_WORD.findall(line)) > _LINK_WORDS for _, chunk in below for line in chunk.splitlines()):
        return frozenset(out)
    return frozenset(out | {start for start, _ in below})


# A related story's link dated in brackets after its headline: "- Envoy Faults Port on Tariffs (July 19, 2013)"
_DATED_LINK = patterns.compile(
    r"\((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\)$", re.I
)


_LINK_RUN = 2  # lines of links in a run set inside the text: one labelled line alone may be the story's


def _announced(paragraphs: list[tuple[int, str]], k: int) -> bool:
    """Whether the paragraph before the `k`th ends in a colon, a lead-in that announces what follows as the story's
    own ("Two videos show it:", "The last two read:")."""
    return k > 0 and paragraphs[k - 1][1].rstrip().endswith(":")


def _link_runs(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the lines of a box of links to the outlet's other items set inside the text without a heading start: a
    run of at least two paragraphs, each one line of a headline's length opening with the kind of item it links to
    ("Video: President Obama to begin arming Syrian rebels", "Gallery: …"). They are the page's, not the story's (the
    guide's claim section: links to other stories and their headlines are no claims; decision 11). A run a lead-in
    announces ("Two videos show it:") is the story's own list. (Lines marked only by a dash are left: a story's
    highlights and factboxes are set so too.)"""
    label = words().link_kind_label

    def link(chunk: str) -> bool:
        line = chunk.strip()
        # (a headline has no full stop at its end: "Video: Workers lift the painting from its frame." is the story's line)
        short = "\n" not in line and len(_HEADING_WORD.findall(line)) <= _LINK_WORDS and not line.endswith(".")
        return short and bool(label.match(line))

    out: set[int] = set()
    for k, end in _runs_of(paragraphs, link):
        if end - k >= _LINK_RUN and not _announced(paragraphs, k):
            out |= {start for start, _ in paragraphs[k:end]}
    return frozenset(out)


def _runs_of(paragraphs: list[tuple[int, str]], row, first: int = 0):
    """The runs of paragraphs from `first` on that `row` takes, as (first index, index after the last)."""
    k = first
    while k < len(paragraphs):
        end = k
        while end < len(paragraphs) and row(paragraphs[end][1]):
            end += 1
        if end > k:
            yield k, end
        k = max(end, k + 1)


# A paragraph of the body around a run of link lines has at least this many words: a title or a label is no body prose.
_BODY_PROSE_WORDS = 8
_LINK_ROW_WORDS = 3  # a related story's headline has a few words: "- Gallery" alone is a label


def _dashed_link_row(chunk: str) -> bool:
    """Whether a paragraph is one line opened by a bullet (`_BULLETS`) that reads as a linked headline: a few words, no
    stop or colon at its end ("- Port weighs closing two more quays as costs rise"), or a headline that asks ("- Is the
    port about to close two more quays?")."""
    line = chunk.strip()
    return (
        "\n" not in line
        and line[:1] in _BULLETS
        and line[1:2].isspace()
        and _LINK_ROW_WORDS <= len(_HEADING_WORD.findall(line)) <= _LINK_WORDS
        and (line.endswith("?") or not _closes_as_a_paragraph(line))
    )


def _body_prose(chunk: str) -> bool:
    line = chunk.strip()
    return (
        line[:1] not in _BULLETS
        and len(_HEADING_WORD.findall(line)) >= _BODY_PROSE_WORDS
        and ends_as_sentence(line)
        and not line.endswith((":", ";"))
    )


def _dashed_links_inside(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the lines of a box of related stories' links set between the story's paragraphs start: a run of at least
    two bulleted headline lines (`_dashed_link_row`) with body prose right above it that leads in to nothing (a full
    sentence, no colon) and the story resuming right below it (decision 11: links to other stories are no claims). A
    story's own list of points also sits between its paragraphs, under a lead-in ending with a full stop ("The ruling
    has three effects."): a lead-in announcing a list (claims.json `story_list_lead_in`) or a row that reads as the
    story's statement, with an article, a pronoun, a modal or a finite "be"/"have" (`story_list_row`: "- The club will
    begin the search"; a headline drops them) keeps the run (decisions 56, 79, 450)."""
    lex = words()
    out: set[int] = set()
    for k, end in _runs_of(paragraphs, _dashed_link_row, first=1):
        resumes = end < len(paragraphs) and _body_prose(paragraphs[end][1])
        lead_in = paragraphs[k - 1][1]
        # the story's own points: under a lead-in announcing them ("The ruling has three effects.") or read as its
        # statements ("- Landlords must return deposits", "- The club will begin the search"; decisions 56, 79, 450)
        own = lex.story_list_lead_in.search(lead_in) or any(
            lex.story_list_row.search(chunk.strip()[1:]) for _, chunk in paragraphs[k:end]
        )
        if end - k >= _LINK_RUN and resumes and _body_prose(lead_in) and not own:
            out |= {start for start, _ in paragraphs[k:end]}
    return frozenset(out)


_EVENT_PROMO_WORDS = 120  # an appended event promo is a short box; a longer closing paragraph is the story's


def _closing_event_promo(paragraphs: list[tuple[int, str]]) -> int | None:
    """Where an advertisement for an event appended after the article starts, in the text's last paragraph, short, when
    one of its sentences calls the reader to sign up for the event or learn about it ("Registration is free!", "Find
    out more about the Implementing SIP Trunking event now!"): the call and what follows it are the outlet's promo, no
    claims (GUIDE decision 11). The whole paragraph is the promo ("Enterprise Connect is bringing its experts to several
    cities to help you …") only when its sentences before the call speak to the reader and report nobody; a story's own
    facts or reported words before the call stay claims ("Last year 400 runners took part.", "…, said Ana Ruiz.",
    decision 547), and so does a call that is reported ("Register today, she urged, …!")."""
    if len(paragraphs) < 2:
        return None
    start, chunk = paragraphs[-1]
    lex = words()
    call = lex.closing_event_promo.search(chunk)
    if len(_HEADING_WORD.findall(chunk)) > _EVENT_PROMO_WORDS or call is None:
        return None
    if lex.event_promo_reported.search(call.group()):
        return None  # the story reports someone's call
    opening = call.start() + len(call.group()) - len(call.group().lstrip(".!?").lstrip())
    before = chunk[:opening]
    if not before.strip() or (lex.event_promo_reader.search(before) and not lex.event_promo_reported.search(before)):
        return start
    return start + opening


_EXCERPT_RUN = 2  # cut-off comments closing the text: one such quotation alone may be the story's


def _comment_excerpts(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where a box of readers' comments that closes the text starts: a run of at least two paragraphs, to the end of the
    text, each a quotation on a line of its own cut off by an ellipsis ("“For once, Peggy, I agree with yo...;”"), as
    a page's "Most Recommended" box quotes its comments, closed by the box's semicolon. Readers' comments are no
    statements of the article (GUIDE decision 160); a poem's lines or text messages the story quotes are its own."""
    excerpt = words().comment_excerpt
    k = len(paragraphs)
    while k > 0 and excerpt.match(paragraphs[k - 1][1].strip()):
        k -= 1
    if len(paragraphs) - k < _EXCERPT_RUN or _announced(paragraphs, k):
        return frozenset()  # (a lead-in ending in a colon announces the story's own quotations: "The last two read:")
    return frozenset(start for start, _ in paragraphs[k:])


def _links_below(paragraphs: list[tuple[int, str]], k: int) -> list[int]:
    """Where the links under a related stories' heading set inside the text ("Related", "READ MORE:") start: the run of
    lines right below it that are headlines, a line each of a headline's length without a sentence's ending or closed by
    its date in brackets ("- Envoy Faults Port on Tariffs (July 19, 2013)", "Harbour Times: Ferry fares to rise in
    May"), up to the first paragraph that is not one (the story goes on)."""
    out = []
    for start, chunk in paragraphs[k + 1 :]:
        line = chunk.strip()
        headline_length = "\n" not in line and len(_HEADING_WORD.findall(line)) <= _LINK_WORDS
        if not (headline_length and (not ends_as_sentence(line) or _DATED_LINK.search(line))):
            break
        out.append(start)
    return out


def _comment_thread_heading(chunk: str) -> bool:
    """Whether a paragraph is the heading of a thread of readers' comments: a line of its own without a sentence's stop
    ("Readers' Comments (718)", "Talkback")."""
    return "\n" not in chunk and chunk[-1:] not in (".", "!", "?") and words().comment_thread_heading.match(chunk) is not None


def _thread_below(paragraphs: list[tuple[int, str]], k: int) -> bool:
    """Whether paragraph `k` heads a readers' thread below the body's closing line: a thread's heading that never heads
    a story's section ("Talkback", "Comments (12)", `thread_only_heading`), or any thread's heading with a comment's
    stamp below it (`_comment_thread`)."""
    chunk = paragraphs[k][1]
    if not _comment_thread_heading(chunk):
        return False
    return words().thread_only_heading.match(chunk.strip()) is not None or bool(_comment_thread(paragraphs[k:]))


# a paragraph that presents readers' replies as the page's own content ("We asked readers what … Here is a selection of
# the replies."): the letters under it are claims of their writers (GUIDE decisions 50, 160)
_PRESENTED_REPLIES = patterns.compile(
    r"(?i)\b(?:here (?:is|are) (?:a selection|some|a sample)|we asked (?:our )?(?:readers|listeners|viewers|you)|"
    r"(?:readers|listeners|viewers) (?:told|wrote|sent|shared|responded)|your (?:letters|replies|responses|views))\b"
)


def _stampless_thread_heading(heading: str, above: str) -> bool:
    """Whether `heading` heads a readers' thread below the body with no stamp under it (`thread_only_heading`): one that
    names comments or closes on a colon ("3 comments:", "Leave a Reply"), not a bare tally ("412 responses") nor a
    heading under a paragraph that presents readers' letters as the page's content (GUIDE decisions 50, 160)."""
    if not words().thread_only_heading.match(heading) or _PRESENTED_REPLIES.search(above):
        return False
    return heading.endswith(":") or any(w in heading.lower() for w in ("comment", "talkback", "leave a reply"))


def _comment_thread(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the paragraphs of a thread of readers' comments below the article start: every paragraph from the
    thread's heading ("Visitor comments Add your comment", "Readers' Comments (718)") to the end of the text, when a
    comment's time stamp stands below the heading ("Posted by: Florida CPA, 27 Sep 2011 | 15:22"). The comments
    are no statements of the article (GUIDE decision 160); the stamp tells a thread from a heading the story
    goes on under. A heading that never heads a story's section ("3 comments:", "Leave a Reply", `thread_only_heading`)
    in the text's second half needs no stamp below it: the thread under it has lost its names and times."""
    lex = words()
    for k, (_, chunk) in enumerate(paragraphs):
        if not _comment_thread_heading(chunk):
            continue
        if k * 2 >= len(paragraphs) and _stampless_thread_heading(chunk.strip(), paragraphs[k - 1][1] if k else ""):
            return frozenset(start for start, _ in paragraphs[k:])
        # The first comment's stamp follows its heading closely, and a stamp is no sentence: a story going on under a
        # "Public comments" subheading may tell of "the 7:30 meeting on Jan. 5" in a sentence, which ends as one.
        first_comments = paragraphs[k + 1 : k + 1 + _STAMP_WITHIN]
        if any(
            lex.comment_stamp.match(line) and not _SENTENCE_END.search(line)
            for _, below in first_comments
            for line in below.splitlines()
        ):
            return frozenset(start for start, _ in paragraphs[k:])
    return frozenset()


_STAMP_WITHIN = 5  # paragraphs below a comment thread's heading where its first stamp stands
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?][\"”’)]*$", re.I)  # "… on Jan. 5." ends a sentence; "7:28 a.m." a stamp


_SHARE_CALL_WORDS = 40  # a closing call to share stands in a short paragraph; a longer one is the story's
_SHARE_CALL_FROM = 0.5  # the share of the text's paragraphs above the call: the body's close, not a box near its top


_CLOSING_TABLE_ROWS = 3  # rows of cells a results table or scoreboard set after the body has at least
_CLOSING_TABLE_LINE_WORDS = 4  # words: a line among its rows with no cell ("Winnipeg", "ADVERTISEMENT")


def _closing_table(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where a results table or scoreboard that the page sets after the article's body starts: a run of rows of cells
    split by "|" ("Texas - LP: M. Kirkman | 3 | FINAL", "Washington | 0"), with the short lines set among them
    ("Winnipeg"), that closes the text, some cell a figure, after the body's last sentence. It is the page's widget,
    no claims in any of its rows (GUIDE decision 533(b)); decisions 112, 309 and 634's rows are those of a table the
    article itself sets out: one inside the body, with the story going on below it, one a lead-in announces ("The
    results were:"), or one under a header row of column names or a rule line ("Name | Club | Total", "---|---")."""
    lex = words()
    k = len(paragraphs)
    while k > 0:
        chunk = paragraphs[k - 1][1].strip()
        if "|" not in chunk and (ends_as_sentence(chunk) or len(chunk.split()) > _CLOSING_TABLE_LINE_WORDS):
            break
        k -= 1
    rows = [[cell.strip() for cell in chunk.split("|")] for _, chunk in paragraphs[k:] if "|" in chunk]
    if (
        k == 0
        or len(rows) < _CLOSING_TABLE_ROWS
        or _announced(paragraphs, k)
        or not any(lex.figure_cell.fullmatch(cell) for row in rows for cell in row[1:])
    ):
        return frozenset()
    first = rows[0]
    if any(set(cell) <= set("-:| ") for row in rows for cell in row if cell) or (
        len(first) >= 2 and not any(ch.isdigit() for cell in first for ch in cell)
    ):
        return frozenset()  # a header row or a rule line: the story's own table
    if not _furniture_among(paragraphs[k:], lex) and _names_the_bodys_parties(rows, paragraphs[:k]):
        return frozenset()  # "Final results" / "Ray Quist | Harbour Party | 12,345 | 51.2%": the story's own table
    return frozenset(start for start, _ in paragraphs[k:])


_PARTY_WORD = re.compile(r"\b[A-Z][a-z][\w'’-]+")  # a capitalised word of a row's first cell ("Ray", "Quist")


def _furniture_among(run: list[tuple[int, str]], lex) -> bool:
    """Whether the closing run of rows holds a page's furniture: a chrome line ("ADVERTISEMENT", claims.json `chrome`)
    anywhere in it, or a short line with no cell set between its rows ("Winnipeg" between two rows)."""
    kinds = ["|" in chunk for _, chunk in run]
    first_row = kinds.index(True)
    for n, (_, chunk) in enumerate(run):
        if kinds[n]:
            continue
        if chunk.strip().lower().rstrip(" .:!") in lex.chrome or n > first_row:
            return True
    return False


def _names_the_bodys_parties(rows: list[list[str]], body: list[tuple[int, str]]) -> bool:
    """Whether a row's first cell names a party the article's body names ("Ray Quist | Harbour Party | 12,345" after
    "Ray Quist won the Port Elm mayoral race"): the story's own results, no page's widget (decisions 112, 309, 634)."""
    text = "\n".join(chunk for _, chunk in body)
    named = set(_PARTY_WORD.findall(text))
    return any(word in named for row in rows for word in _PARTY_WORD.findall(row[0]))


def _comment_run(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the paragraphs of a run of readers' comments that lost their credits start: every paragraph from the
    body's closing call to share the post ("Be sure to tell your friends – share this post with them!", "If you
    liked this article, please consider sharing it!") to the end of the text, the call included (GUIDE decisions
    80, 409). The call closes the body: in the text's second half, in a short paragraph, with paragraphs below it
    (a call that ends the text leaves nothing to read as comments)."""
    call = words().closing_share_call
    for k in range(len(paragraphs) - 2, -1, -1):
        if k < _SHARE_CALL_FROM * len(paragraphs):
            break
        chunk = paragraphs[k][1]
        if len(_HEADING_WORD.findall(chunk)) <= _SHARE_CALL_WORDS and call.search(chunk):
            return frozenset(start for start, _ in paragraphs[k:])
    return frozenset()


_MARK_FROM = 0.5  # the share of the text's paragraphs above a comment's mark: a thread stands below the body
_COMMENT_REACH = 8  # paragraphs above the first mark where the body's end is looked for


def _marked_comments(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the paragraphs of a thread of readers' comments below the article start, told by a line only a thread
    holds (`comment_mark`: a reply's subject "Re: …", a poster's signature with the post's date and time, "Report
    abuse", a link to a poster's profile) in the text's second half: every paragraph from the body's end to the end of
    the text (GUIDE decisions 160, 409). The body ends, looking up from the first mark, at a sign that closes an
    article ("… dealings. ®"), a line a chrome label opens ("Read more: …", a link to another story), the last
    paragraph that ends as a sentence above a comment's title line (a line without a stop, "Interest rates never to go
    up again") or a lead-in whose embedded item the extraction dropped (`_lost_its_embed`: "Here's the filing:" above
    the first comment); none of these within reach above the mark, and nothing is taken (the story may go on down to it)."""
    lex = words()
    first = next(
        (
            k
            for k, (_, chunk) in enumerate(paragraphs)
            if k >= _MARK_FROM * len(paragraphs) and "\n" not in chunk.strip() and lex.comment_mark.match(chunk.strip())
        ),
        None,
    )
    if first is None:
        return frozenset()
    for k in range(first - 1, max(first - 1 - _COMMENT_REACH, -1), -1):
        chunk = paragraphs[k][1].strip()
        if lex.article_end_mark.search(chunk) or _opens_with_label(chunk):
            return frozenset(start for start, _ in paragraphs[k + 1 :])
        if k + 1 < first and ends_as_sentence(chunk) and not ends_as_sentence(paragraphs[k + 1][1]):
            return frozenset(start for start, _ in paragraphs[k + 1 :])
        if k + 1 < first and _lost_its_embed(chunk, paragraphs[k + 1][1]):
            return frozenset(start for start, _ in paragraphs[k + 1 :])
    return frozenset()


def _lost_its_embed(chunk: str, below: str) -> bool:
    """Whether a paragraph is a lead-in whose announced item the extraction dropped ("Here's the filing, with the key
    points underlined:" above an embedded document or video): it ends on a colon and the paragraph below opens no
    quotation. Above a comment's mark such a lead-in is the body's last line, and what follows it is the thread's."""
    # (a list of the body's own below the lead-in is what it announced: "The plan has three parts:" over "- A new …")
    return (
        chunk.rstrip().endswith(":")
        and below.lstrip()[:1] not in _QUOTES
        and not _ITEM_MARK.match(below)
        and not _NUMBERED_ITEM.match(below)
    )


# The words a reader's comment is told by: the first person of one reader ("I agree with you", "I’ve waited years"),
# outside quotation marks (a quoted speaker's "I" is the story's); the writer's generic "you" of service news tells
# nothing. `_OWN_VOICE`: the first person of a speaker or of a group, also in a contraction ("We’re always …").
_CONTRACTED = r"(?:['’](?:m|ve|re|ll|d)\b|(?![\w'’]))"
_READERS_VOICE = patterns.compile(r"(?<![\w'’-])(?:I|[Mm]e|[Mm]y)" + _CONTRACTED)
_OWN_VOICE = patterns.compile(r"(?<![\w'’-])(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs)" + _CONTRACTED)
# A word that a Roman "I" numbers ("World War I", "a Phase I trial", "Type I diabetes"), and a capitalised word right
# before a word, with what stands before it (a name's word mid-sentence: "King Charles I", "the Our Lady school").
_NUMBERED_BY_I = patterns.compile(
    r"(?:War|Phase|Type|Class|Stage|Grade|Level|Title|Part|Chapter|Act|Category|Schedule|Article|Section|Division|Tier"
    r"|Volume|Book|Season|Series|Year|Round|Group|Mark|Mk|Model)\s+$"
)
_CAPITALISED_BEFORE = patterns.compile(r"(?:^|(?P<before>\S)\s*)(?<!\w)[A-Z][\w.'’-]*\s+$")
_SENTENCE_CLOSED = tuple(".!?:;\"“”'‘’(")


def _speaks_in(voice: re.Pattern, text: str) -> bool:
    """Whether a first person of `voice` speaks in the text: a pronoun, not a word of a name or title ("Our Lady of
    Lourdes", "Why You Cannot Bribe a Harbour", "Charles I") or a numbering "I" ("I-95", "World War I")."""
    for m in voice.finditer(text):
        word, before, after = m.group(), text[: m.start()], text[m.end() :]
        mid = bool(before.strip()) and not before.rstrip().endswith(_SENTENCE_CLOSED)
        if word == "I":
            if after[:1] in "-–" or after.lstrip()[:1].isdigit() or _NUMBERED_BY_I.search(before):
                continue
            capital = _CAPITALISED_BEFORE.search(before)
            if capital and capital.group("before") and not capital.group("before").endswith(_SENTENCE_CLOSED):
                continue  # "… King Charles I"
        elif word[:1].isupper() and (mid or (word.startswith("Our") and after[:1] == " " and after[1:2].isupper())):
            continue  # a capitalised pronoun inside a sentence, or "Our" before a name's word: a name or a title
        return True
    return False


# A quotation, to its closing mark or, left open, to the paragraph's end (a quote running on to the next paragraph),
# in double marks, or in single curly ones as British outlets set them (‘We are over the moon,’ Grey said.), the
# closing mark no apostrophe inside a word.
_QUOTATION = patterns.compile(r"[\"“][^\"“”\n]*(?:[\"”]|$)|(?<!\w)‘[^‘\n]*?(?:’(?!\w)|$)", flags=re.M)
# A speaker's tag after a quotation or opening a paragraph's sentence ("…,’ Grey said.", "said Dana Lee").
_SPEECH_TAG = patterns.compile(
    r"[,!?]['’\"”]\s+(?:\w+\s+){0,3}(?:said|says|told|tells|added|adds|asked|asks|wrote|writes)\b"
    r"|\b(?:said|says|told|added)\s+(?:the\s+)?[A-Z]\w+"
)


def _unquoted(text: str) -> str:
    """The text with its quotations taken out: the writer's and the readers' own words."""
    return _QUOTATION.sub(" ", text)


_VOICED_COMMENTS = 2  # paragraphs below the sign in a reader's voice that make a thread, when the first one is not


def _comments_after_an_end_mark(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the paragraphs below a sign that closes an article start (claims.json `article_end_mark`: "… needs
    support. ®", "■"), in the text's second half, when a reader's voice speaks in the first of them or in two
    (`_READERS_VOICE`: "Not at my company, we all got …", "I agree with you that …"; no "you" of the writer's service
    news, no pronoun of a title: "the author of Why You Cannot Bribe a Harbour"): a thread of readers' comments whose credits the
    extraction dropped, every paragraph of it no claim however it reads (GUIDE decisions 160, 409). Without such a
    voice below the sign (a bio line of the writer, "Dana Lee is the Gazette's science editor.", decision 363) nothing
    is taken."""
    mark = words().article_end_mark
    length = paragraphs[-1][0] + len(paragraphs[-1][1]) if paragraphs else 0
    for k in range(len(paragraphs) - 1):
        start, chunk = paragraphs[k]
        # (the half told by characters: a thread of many short comments outnumbers the body's paragraphs)
        if start + len(chunk) < _TAIL_FROM * length or not mark.search(chunk.strip()):
            continue
        below = paragraphs[k + 1 :]
        voiced = [_speaks_in(_READERS_VOICE, _unquoted(chunk)) for _, chunk in below]
        if voiced[0] or sum(voiced) >= _VOICED_COMMENTS:
            return frozenset(start for start, _ in below)
        return frozenset()
    return frozenset()


# A reply in a thread, opened by the handle of the reader it answers ("@dana_lee Yes, he finally did."); a post the
# story embeds carries its signature ("— Dana Lee (@dana_lee) June 7, 2016") or a picture's link, and is no reply.
_REPLY_OPENING = patterns.compile(r"@\w{2,30}[,:]? +\S")
_POST_SIGNATURE = patterns.compile(r"\(@\w+\)|pic\.twitter\.com|https?://t\.co/")
_REPLIES = 2  # replies that make a thread: one line opened by a handle alone may be a post the story quotes
_REPLIED_WORDS = 40  # the comment right above the first reply, which it answers, is short; a longer paragraph is the story's


# A line that leads in to the posts the story embeds ("Supporters were quick to react on social media."): the body's.
_LEAD_IN_TO_POSTS = patterns.compile(
    r"\b(?:react(?:s|ed|ing|ions?)?|wrote|writes|posted|posts|tweeted|replied|responded|commented)\b"
    r"|\bon (?:social media|twitter|x|facebook|instagram|threads|bluesky|tiktok)\b",
    flags=re.I,
)


def _a_readers_line(chunk: str) -> bool:
    """Whether a paragraph below a thread's last reply is the thread's still: one more reply, or a short line in a
    reader's voice ("Oh well, I liked the old name.")."""
    line = chunk.strip()
    return bool(_REPLY_OPENING.match(line)) or (
        len(_HEADING_WORD.findall(line)) <= _REPLIED_WORDS and _speaks_in(_READERS_VOICE, _unquoted(line))
    )


def _reply_thread(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where a thread of readers' comments below the article starts, told by its replies: two or more paragraphs in the
    text's second half opened by the handle of the reader they answer ("@dana_lee Yes, he finally did. …"), none with a
    post's signature or picture link near it (an embedded post the story quotes), and nothing below the last but more
    replies or a reader's short lines (body paragraphs below are the story going on: its embedded posts, their
    signatures lost). The thread runs from the first reply to the end of the text, with the comment right above it that
    the reply answers, a short paragraph that ends as a sentence and leads in to nothing ("Finally the council does
    something right.", not "Fans were quick to react on social media."); above that the body's last paragraph (GUIDE
    decisions 160, 409: replies to each other mark a thread whose credits were lost)."""
    replies = [
        k
        for k, (_, chunk) in enumerate(paragraphs)
        if k >= _MARK_FROM * len(paragraphs)
        and _REPLY_OPENING.match(chunk.strip())
        and not any(_POST_SIGNATURE.search(near) for _, near in paragraphs[k : k + 2])
    ]
    if len(replies) < _REPLIES:
        return frozenset()
    if any(not _a_readers_line(chunk) for _, chunk in paragraphs[replies[-1] + 1 :]):
        return frozenset()  # the body goes on below the posts: posts the story embeds, their signatures lost
    first = replies[0]
    above = paragraphs[first - 1][1].strip() if first > 0 else ""
    if (
        above
        and "\n" not in above
        and len(_HEADING_WORD.findall(above)) <= _REPLIED_WORDS
        and ends_as_sentence(above)
        and not above.endswith(":")
        and above[:1] not in _QUOTES
        and not _LEAD_IN_TO_POSTS.search(above)
    ):
        first -= 1
    return frozenset(start for start, _ in paragraphs[first:])


_REACTION_WORDS = 60  # a reader's closing reaction is a short paragraph; a longer one is the story going on
_EXCLAMATION = patterns.compile(r"!(?:\s|$)")


def _closing_reaction(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where one closing paragraph in a reader's voice starts (GUIDE decision 658): the text's last paragraph, short,
    on one line, that exclaims and speaks in the first person ("Hooray! Our club has used this app for years."), after
    a body that does neither outside its quotations: a comment whose marks were lost, no claim in any of its sentences.
    A body with the writer's "I" or "we" anywhere, or with exclamations of its own, makes such a paragraph the writer's
    closing remark (decisions 25, 363), and so does one that quotes or tags a speaker."""
    if len(paragraphs) < 2:
        return frozenset()
    start, chunk = paragraphs[-1]
    line = chunk.strip()
    if "\n" in line or len(_HEADING_WORD.findall(line)) > _REACTION_WORDS or any(q in line for q in _QUOTES[:3]):
        return frozenset()
    if line.startswith("‘") or _SPEECH_TAG.search(line) or _QUOTATION.search(line):
        return frozenset()  # a quote in single marks, or a speaker's tag: the story's ("‘We are over the moon!’ Grey said.")
    if not (_EXCLAMATION.search(line) and _speaks_in(_OWN_VOICE, line)):
        return frozenset()
    body = _unquoted("\n".join(text for _, text in paragraphs[:-1]))
    if _speaks_in(_OWN_VOICE, body) or _EXCLAMATION.search(body):
        return frozenset()
    return frozenset({start})


_BLURB_WORDS = 60  # a video's blurb is short; a longer paragraph above a stamp is the story's


def _video_blurbs(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the blurbs of video packages start: a short paragraph right above a stamp line ("(Published
    Monday, Nov. 18, 2019)") that describes the video ("A video showing the dramatic moment … NBC 5 has
    edited the video …")."""
    stamp = words().video_stamp
    return frozenset(
        start
        for (start, chunk), (_, below) in zip(paragraphs, paragraphs[1:], strict=False)
        if stamp.match(below) and len(_HEADING_WORD.findall(chunk)) <= _BLURB_WORDS
    )


_CAPTION_WORDS = 60  # a caption is a sentence or two; a longer paragraph that ends on a credit is the story's
# a wire service's caption ("In this photo taken on May 1, …") often adds a sentence of the story's background
_WIRE_CAPTION_WORDS = 120


def _captions(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the captions of pictures start: a short paragraph closed by its photo's credit in brackets after its last
    sentence ("… fallout shelters that you wouldn't want to spend time in. (Dana Lee/Gazette)", "… (Credit: Courtesy of
    …)"), or by one glued to its end ("… seeped underground.CreditDana Lee/The Harbour Times", `ends_on_a_picture_credit`),
    or opened by a figure's numbered label ("Figure 3: Humans run the outer loop, agents the inner one."). A
    caption is no claim however it reads (GUIDE: captions and photo credits); an outlet alone in brackets ("… (Bloomberg)")
    credits a roundup's item, a claim (decision 222), and is no photo's credit. A wire service's caption, opened by its
    pointer at the picture ("In this photo dated …", claims.json `wire_caption`), may run longer: its second sentence
    tells the story's background, and the credit closes it all the same."""
    lex = words()
    return frozenset(
        start
        for start, chunk in paragraphs
        if "\n" not in chunk.strip()
        and (
            _short_and_credited(chunk, lex)
            # a gallery's strip runs long: a caption and a credit for each picture (h58chrome)
            or _gallery_strip(chunk, lex)
        )
    )


def _short_and_credited(chunk: str, lex) -> bool:
    """Whether a paragraph is short enough for a caption and closes on a picture's credit or opens on a figure's label
    (`_captions`)."""
    credited = (
        lex.caption_credit.search(chunk) is not None
        or lex.figure_label.match(chunk) is not None
        or ends_on_a_picture_credit(chunk)
    )
    return credited and len(_HEADING_WORD.findall(chunk)) <= (
        _WIRE_CAPTION_WORDS if lex.wire_caption.match(chunk) else _CAPTION_WORDS
    )


# A gallery's counter before each of its pictures' captions ("1/8 The scene …", "2/8 Police …"): a number, a slash and
# the pictures' count, then a caption's capitalised first word ("1/3 of voters", "1/5 stars", "on 1/3 by 2%" are no counter)
_GALLERY_COUNTER = patterns.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?=\s+[A-Z])")
_QUOTATION_MARKS = ('"', "“", "”")
_GALLERY_PICTURES = 3  # counters a gallery's strip shows at least


def _gallery_strip(chunk: str, lex) -> bool:
    """Whether a paragraph is a picture gallery's strip as an extraction runs it together: the captions and credits of
    its pictures, each after its counter, the counters going up one by one from 1 over the same count ("… 1/8 The scene
    after the crash Dana Lee/Kestrel Wire 2/8 Police at the site Sam Roe 3/8 …"). Captions, no claim in any of their
    sentences (GUIDE: captions and photo credits; decision 833). Fractions, scores, shares and dates have no capitalised
    caption after each counter; a thread quoted or reported ('She posted: “1/4 The budget …') holds a quotation mark or
    a verb of speech (`gallery_speech_verbs`)."""
    if "/" not in chunk or any(mark in chunk for mark in _QUOTATION_MARKS) or lex.gallery_speech.search(chunk):
        return False
    counters = [(int(n), int(of)) for n, of in _GALLERY_COUNTER.findall(chunk)]
    if len(counters) < _GALLERY_PICTURES:
        return False
    first = next((k for k, (n, _) in enumerate(counters) if n == 1), None)
    if first is None:
        return False
    run = counters[first:]
    count = run[0][1]
    return (
        count >= _GALLERY_PICTURES
        and len(run) >= _GALLERY_PICTURES
        and all(c == (k + 1, count) for k, c in enumerate(run[:_GALLERY_PICTURES]))
    )


def _captions_over_widget_credits(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the captions set right above their picture's credit line start: a short paragraph of one sentence, then
    a credit line with its enlarging widget's words ("The harbour at dawn." / "Credit: Kestrel Wire View full size
    image", claims.json `widget_credit_line`), or a credit line in a photographer's byline form ("Dana Lee at the pier." /
    "Photo by Sam Roe/Kestrel Wire", `byline_picture_credit_line`). The extraction set the credit apart, but the
    sentence is the picture's caption all the same (GUIDE decision 870); a paragraph of two sentences or more is the
    story's."""
    lex = words()
    return frozenset(
        start
        for (start, chunk), (_, below) in zip(paragraphs, paragraphs[1:], strict=False)
        if (lex.widget_credit_line.match(below.strip()) or lex.byline_picture_credit_line.match(below.strip())) is not None
        and "\n" not in chunk.strip()
        and _ENDS_INSIDE.search(chunk.strip()) is None
        and len(_HEADING_WORD.findall(chunk)) <= _CAPTION_WORDS
    )


# A picture's credit line set above its caption: at most this many words, each capitalised, no stop ("UTL / Colorado
# State University", "Harbour Survey").
_CREDIT_LINE_WORDS = 6
_SLASH_CREDIT = patterns.compile(r"\S[^/\n]*\s?/\s?\S[^/\n]*")
# An interview's turn or a speaker's words below a repeated line: a question, or the speaker in the first person
_SPEAKERS_TURN = patterns.compile(r"\?[\"”’)]*$|\b(?:I|I'm|I've|[Ww]e|[Ww]e're|[Mm]y|[Oo]ur|us)\b")


def _credit_line(chunk: str, repeated: bool) -> bool:
    """Whether a paragraph may be a picture's credit line: a short line of names in capitals, no stop and no verb in
    lower case, with a slash between two names ("UTL / Colorado State University") or standing as its own paragraph
    more than once in the text, in two words or more (a photo agency's name over each of its pictures: "UTL
    Scientific"). Not a chrome word or label repeated between the paragraphs ("Advertisement", "Read more"). Such a line
    may as well be a subheading ("Kelport / Portville"), a kicker or a speaker's name: only a caption below it proves it
    (`_credited_captions`)."""
    line = chunk.strip()
    if "\n" in line or not line[:1].isalnum() or ends_as_sentence(line) or line.endswith((",", "-", "–", "—")):
        return False
    names = _WORD.findall(line)
    count = len(_HEADING_WORD.findall(line))
    if not 1 <= count <= _CREDIT_LINE_WORDS or line.lower().rstrip(" .:!") in words().chrome or _opens_with_label(line):
        return False
    if not all(w[0].isupper() for w in names if w.lower() not in words().credit_line_joins):
        return False
    return (repeated and count > 1) or _SLASH_CREDIT.fullmatch(line) is not None


# A file photo's credit as a paragraph of its own: a photographer's name, a slash, an agency or outlet in capitalised words
# and "file" ("Dana Lee/Kestrel Wire file", "Sam Roe/The Harbour Gazette file photo").
_FILE_PHOTO_CREDIT = patterns.compile(
    r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) ?/ ?"
    r"(?-i:[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|the|and)){0,4}) file(?: photo)?"
)


_SCENE_AUXILIARIES = frozenset(("be",))  # a present scene's auxiliary: "Crowds are gathering …", "Boats are moored …"


def _scene_caption(line: str) -> bool:
    """Whether a short paragraph below a file photo's credit has a caption's form (GUIDE decisions 890, 928(b)): its
    first sentence tells a scene in the present tense as a picture shows it ("Visitors enter the mine's south portal.",
    "Crowds are gathering at the gate.") or names it with no verb ("Cars on the old bridge in 1998."), and none of its
    sentences reports words, by a quotation or a verb of saying ("The cuts will fall on night shifts, the owner said.",
    "Experts say the camp holds 4,000 people."). A sentence in the past or the future ("The vote was 7-2 after a long
    debate.") goes on with the body's account: the story's, as decision 833 keeps it. Parsed here, as such a paragraph
    is rare (one in a few hundred pages)."""
    if any(mark in line for mark in '"“”'):
        return False
    from .nlp import load_model, make_doc

    nlp = load_model()
    doc = nlp(make_doc(nlp, line))
    lex = words()
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in lex.reporting:
            continue
        if lemma in lex.saying or t.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in t.children):
            return False  # ("…, the owner said.", "Experts say the camp …", "The board noted that …")
    root = next(iter(doc.sents)).root
    if root.pos_ not in ("VERB", "AUX"):
        return True  # (a scene named with no verb)
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(c.lemma_.lower() in _SCENE_AUXILIARIES and c.tag_ in ("VBZ", "VBP") for c in auxiliaries)
    if root.lemma_.lower() == "be":
        return False  # ("The mine is near Elmtown." tells no scene)
    # (a bare verb with its subject: the tagger's reading of a plural's present, "Visitors … enter its south portal")
    return root.tag_ in ("VBZ", "VBP") or root.tag_ == "VB" and any(c.dep_ == "nsubj" for c in root.children)


def _credited_captions(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the captions set right below their picture's credit line start: a short paragraph that ends as a sentence,
    below a credit line (`_credit_line`), that opens by pointing at its picture (claims.json `caption_opening`: "UTL /
    Colorado State University" / "The left image shows a map …"); below a line repeated as its own paragraph, once one
    of its repeats stands over such a caption and none over a question or a speaker's words in the first person, also
    one that names a picture further on (claims.json `credited_caption`: "UTL Scientific" / "Readings … were combined
    to produce a 3-D map …"); below a file photo's credit (`_FILE_PHOTO_CREDIT`: "Dana Lee/Kestrel Wire file"), whose
    "file" names the picture as decision 833's word for it does, such a paragraph in a caption's form (`_scene_caption`:
    "Visitors enter the mine's south portal. The site is near Elmtown.") that the next paragraph does not go on from
    (`_goes_on_from`). A caption is no claim however it reads (GUIDE: captions and photo credits); a paragraph of the
    story below a photographer's credit, a subheading, a kicker or a speaker's name ("Dana Lee/Gazette" / "The plan
    includes a new map …"), or below a file photo's credit whose caption the extraction lost ("The board said …", "The
    vote was 7-2." / "It came after …", decisions 833, 882, 928(b)), does not open as a caption and stays."""
    lex = words()
    counts: dict[str, int] = {}
    for _, chunk in paragraphs:
        counts[chunk.strip()] = counts.get(chunk.strip(), 0) + 1
    below: dict[str, list[tuple[int, str]]] = {}  # the paragraphs right below each credit line
    filed: set[str] = set()  # the credit lines of a file photo ("Dana Lee/Kestrel Wire file")
    after = {start: chunk for (start, _), (_, chunk) in zip(paragraphs, paragraphs[1:], strict=False)}
    for (_, above), (start, chunk) in zip(paragraphs, paragraphs[1:], strict=False):
        if _FILE_PHOTO_CREDIT.fullmatch(above.strip()):
            filed.add(above.strip())
        elif not _credit_line(above, counts[above.strip()] > 1):
            continue
        below.setdefault(above.strip(), []).append((start, chunk.strip()))
    out = set()
    for credit, captions in below.items():
        short = [
            (start, line)
            for start, line in captions
            if "\n" not in line and ends_as_sentence(line) and len(_HEADING_WORD.findall(line)) <= _CAPTION_WORDS
        ]
        # (a file photo's credit names its picture: the short paragraph right below it in a caption's form, that the
        # story does not go on from, is the caption, decisions 833, 890, 928(b))
        opening = {
            start
            for start, line in short
            if lex.caption_opening.match(line)
            or credit in filed
            and not _goes_on_from(after.get(start, ""))
            and _scene_caption(line)
        }
        if counts[credit] > 1 and opening and not any(_SPEAKERS_TURN.search(line) for _, line in captions):
            opening |= {start for start, line in short if lex.credited_caption.search(line)}
        out |= opening
    return frozenset(out)


_DATED_TEASER_WORDS = 60  # a related story's teaser under its date line is a sentence or two
_DATED_TEASER_PARAGRAPHS = 2  # paragraphs of a teaser under one date line
_DATED_BOX_STAMPS = 2  # date lines that make a box of related coverage
_BOX_LABEL_LINES = 2  # label lines above its first date line: "Part of complete coverage on" / "Space"
_BOX_LABEL_WORDS = 6  # a label line is short


def _dated_teasers(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where a box of related coverage after the body starts: two or more date or update lines (claims.json
    `update_stamp`: "July 16, 2013 -- Updated 1825 GMT (0225 HKT)") in the text's second half, each followed by a
    teaser of one or two short paragraphs, down to the end of the text, under the label lines without a stop right above
    the first date line, one of them a related-coverage label (claims.json `related_box_label`, `related_heading`: "Part
    of complete coverage on" / "Space"). Every line of the box is page furniture, its full sentences and questions
    included (GUIDE decision 642(b)); a story's timeline under dates without an update word or a clock time, one going
    on in longer paragraphs, and the story's own updates under no such label ("Latest updates") are no box."""
    lex = words()
    if not paragraphs:
        return frozenset()
    length = paragraphs[-1][0] + len(paragraphs[-1][1])
    first_stamp = None  # the index of the box's first date line, going up from the end
    stamps = 0
    end = len(paragraphs)
    for k in range(len(paragraphs) - 1, -1, -1):
        start, chunk = paragraphs[k]
        if not lex.update_stamp.match(chunk.strip()):
            continue
        teaser = paragraphs[k + 1 : end]
        if not 1 <= len(teaser) <= _DATED_TEASER_PARAGRAPHS or any(
            len(_HEADING_WORD.findall(text)) > _DATED_TEASER_WORDS or lex.update_stamp.match(text.strip()) for _, text in teaser
        ):
            break
        if start < _TAIL_FROM * length:
            break
        first_stamp, stamps, end = k, stamps + 1, k
    if first_stamp is None or stamps < _DATED_BOX_STAMPS:
        return frozenset()
    first = first_stamp
    while first > 0 and first_stamp - first < _BOX_LABEL_LINES:
        label = paragraphs[first - 1][1].strip()
        if "\n" in label or ends_as_sentence(label) or len(_HEADING_WORD.findall(label)) > _BOX_LABEL_WORDS:
            break
        first -= 1
    labels = [text.strip() for _, text in paragraphs[first:first_stamp]]
    if not any(lex.related_box_label.match(label) or lex.related_heading.match(label) for label in labels):
        return frozenset()  # the story's own updates ("Latest updates" / "March 5, 2024 -- Updated 1115 GMT")
    return frozenset(start for start, _ in paragraphs[first:])


_PROFILE_WORDS = (20, 150)  # a profile box is a few sentences
# A box's text cut off inside a sentence: a word or a comma, then an ellipsis, at the end ("… thus providing...").
_CUT_OFF_END = patterns.compile(r"[a-z,]\s*(?:\.\.\.|…)$")
# A profile opens with the name it describes and a verb in the present ("Globex builds ferries …", "Google provides …").
_PROFILE_OPENING = patterns.compile(r"(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) (?P<verb>is|has|[a-z]+s)\b")


def _cut_off_profile(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where a profile box after the body starts: the text's last paragraph, a few sentences cut off inside the last one
    ("… thus providing..."), below a paragraph that ends as a sentence, opening with a name the text above names and a
    verb in the present ("Globex builds ferries and cranes for ports in forty countries. Its yards …"): a box that
    describes a company, body or person in general terms, page furniture with its full sentences (GUIDE decision
    642(a)). A body's last sentence that trails off ("… and then, who knows …") opens with no such name, and a speaker's
    words cut off ("Dana Lee says the results are …") open with a reporting verb."""
    if len(paragraphs) < 3:
        return frozenset()
    start, chunk = paragraphs[-1]
    line = chunk.strip()
    low, high = _PROFILE_WORDS
    if "\n" in line or not _CUT_OFF_END.search(line) or not low <= len(_HEADING_WORD.findall(line)) <= high:
        return frozenset()
    if not _STOP_INSIDE.search(line) or not ends_as_sentence(paragraphs[-2][1].strip()):
        return frozenset()
    opening = _PROFILE_OPENING.match(line)
    if opening is None:
        return frozenset()
    name = opening.group("name").split()
    while name and name[0].lower() in words().profile_non_names:
        name = name[1:]  # "The crews wait …", "It is …": no name
    named = patterns.compile(r"(?<![\w'’-])" + re.escape(" ".join(name)) + r"(?![\w'’-])")
    if not name or not any(named.search(text) for _, text in paragraphs[:-1]):
        return frozenset()  # no name, or one the text above does not give as a word ("Lee" only in "Leeds")
    verb = opening.group("verb").lower()
    if verb in words().reporting or verb[:-1] in words().reporting or verb.removesuffix("es") in words().reporting:
        return frozenset()  # "Dana Lee says the results …": a speaker's words in the body, cut off, no profile
    return frozenset((start,))


_TEASER_WORDS = (8, 25)  # a teaser's line says something in a short sentence: "This judge looked an inmate in the eyes …:"
_TEASER_NEW_WORDS = 2  # the words after "This" that must be new to the text: the thing it shows is another story's
_WORD = patterns.compile(r"[^\W\d_]+")


def _teasers(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the teasers of other stories start: a line set between two of the story's paragraphs that end as sentences,
    opened by "This" and words the text has not used above ("This amazing little ball can put out any fire:"), closed by
    a colon that leads to nothing below (the picture or video it pointed to is gone; the story goes on in a paragraph
    that ends as a sentence). An advertisement or a link to another story is no claim (GUIDE decision 11); a lead-in of
    the story's own ("This could occur:", "This agreement sets three rules:") names what the text has named already
    or is followed by what it announces."""
    opening = words().teaser_opening
    out = set()
    for k in range(1, len(paragraphs) - 1):
        start, chunk = paragraphs[k]
        line = chunk.strip()
        if "\n" in line or not line.endswith(":") or not opening.match(line):
            continue
        line_words = _WORD.findall(line)
        below = paragraphs[k + 1][1].strip()
        if not (
            _TEASER_WORDS[0] <= len(line_words) <= _TEASER_WORDS[1]
            and ends_as_sentence(paragraphs[k - 1][1].strip())
            and below[:1].isupper()
            and ends_as_sentence(below)
        ):
            continue
        above = {w.lower() for _, text in paragraphs[:k] for w in _WORD.findall(text)}
        if not any(w.lower() in above for w in line_words[1 : 1 + _TEASER_NEW_WORDS]):
            out.add(start)
    return frozenset(out)


_LABELLED_PROMO_WORDS = 40  # a section's promo is a sentence and its link


def _labelled_promos(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where a site's promos for its own sections start: a one-line paragraph opened by the section's name as a label in
    capitals ("Harbour Watch: The Gazette follows the port's rebuilding."), closed by its link's words as a sentence of
    their own ("Check it out here.", "Here.", claims.json `labelled_promo`). Such a line sells other content of the site,
    no claim (GUIDE decisions 11, 547); a label over the story's own sentence is closed by no link."""
    promo = words().labelled_promo
    return frozenset(
        start
        for start, chunk in paragraphs
        if promo.match(chunk.strip()) and "\n" not in chunk.strip() and len(_HEADING_WORD.findall(chunk)) <= _LABELLED_PROMO_WORDS
    )


_CUT_TEASER_END = patterns.compile(r"[\w,;]\s?(?:\.\.\.|…)$")  # "… adopted rules that require...", "… Colorado..."
_CUT_TEASER_WORDS = 6  # a teaser cut off for its link runs for a sentence's length before the dots


def _cut_off_teasers(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the teasers of other stories cut off mid-sentence start: two or more lines in a row, each under a bullet mark
    alone on its line ("-"), each of a sentence's length and ending on a word glued to dots ("Tensions between the
    institute and the ministry are intensifying..."), the rest of each story behind its link. A link to another story
    is no claim (GUIDE decision 11); a sentence of the story that trails off stands alone, among sentences that end, and
    a quote running over paragraphs that each trail off opens them with its quotation mark."""
    cut = [
        "\n" not in chunk.strip()
        and chunk.lstrip()[:1] not in _QUOTES
        and len(chunk.split()) >= _CUT_TEASER_WORDS
        and _CUT_TEASER_END.search(chunk.strip()) is not None
        for _, chunk in paragraphs
    ]
    marks = [len(chunk.strip()) == 1 and chunk.strip() in _BULLETS for _, chunk in paragraphs]
    # each teaser stands under a bullet mark alone on its line, the link's place: prose of the body that trails off,
    # readers' answers after a lead-in and messages set with "- " glued to them have none (GUIDE decisions 2, 85)
    teaser = [cut[k] and k > 0 and marks[k - 1] for k in range(len(paragraphs))]
    out = set()
    for k in range(len(paragraphs)):
        if not teaser[k]:
            continue
        before = k - 1
        while before >= 0 and marks[before]:
            before -= 1
        after = k + 1
        while after < len(paragraphs) and marks[after]:
            after += 1
        if (before >= 0 and teaser[before]) or (after < len(paragraphs) and teaser[after]):
            out.add(paragraphs[k][0])
    return frozenset(out)


# An explainer's subheading asks in at most this many words.
_QUESTION_HEADING_WORDS = 15
_HEADING_WORD = patterns.compile(r"[^\W\d_]{2,}")


def _interview_turn(text: str) -> bool:
    """Does `text` open an interview's turn ("Q: How do you plan your week?", "A. The size of the
    archive.")? The same patterns mark the answers attribution gives the interviewee (GUIDE decision 50)."""
    lex = words()
    return bool(lex.interview_question.match(text) or lex.interview_answer.match(text))


_SECOND_PERSON = patterns.compile(r"(?i)\byou(?:r|rs|rself)?\b")
_FIRST_PERSON = patterns.compile(r"\bI\b|\b[Mm]y\b|\bme\b")
_ANSWER_OPENING = 200  # characters of the next paragraph an answer's first person is looked for in


def interview_questions(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the questions put to an interviewee start: a paragraph of questions to "you" ("What
    would you be doing if you weren't an artist?", "Did you go to art school? Why/Why not?") answered
    by the next paragraph in the first person ("I'd probably dive even deeper …"), as a profile's Q&A
    sets them without a "Q:" label. They are the interviewer's statements, no subheadings (GUIDE
    decision 50); an explainer's subheading is answered in the third person, a reader's prompt not at all."""
    asked = set()
    for (start, chunk), (_, answer) in zip(paragraphs, paragraphs[1:], strict=False):
        if (
            chunk.endswith("?")
            and "\n" not in chunk
            and not any(ch in chunk for ch in '"“”')
            and _SECOND_PERSON.search(chunk)
            and not answer.endswith("?")
            and _FIRST_PERSON.search(answer[:_ANSWER_OPENING])
        ):
            asked.add(start)
    return frozenset(asked)


def _asks_who_holds(words_: list[str]) -> bool:
    """Whether the words of a question ask who says or holds a clause: "who" and a reporting verb with at least a
    short clause after it ("Who says ferries can't sail at night?", GUIDE decision 757), read over the words alone: the
    verb with "-s", "-d" or "-ed" stripped, or an irregular past's lemma (claims.json `irregular_reporting_pasts`)."""
    if len(words_) < 4 or words_[0].lower() != "who":
        return False
    verb = words_[1].lower()
    lex = words()
    reporting = lex.reporting
    stems = (
        verb,
        lex.irregular_reporting_pasts.get(verb, ""),
        verb.removesuffix("s"),
        verb.removesuffix("d"),
        verb.removesuffix("ed"),
    )
    return any(stem in reporting for stem in stems)


def _question_headings(paragraphs: list[tuple[int, str]]) -> frozenset[int]:
    """Where the subheadings of an explainer written as questions start: once two paragraphs are short
    questions opening with a question word ("What did the prosecutors say?"), every paragraph that is
    one short question without quotation marks is a subheading ("Don't tariffs produce revenue?", "What
    are the major products or sectors that have suffered from tariffs?"). A lone question is left to
    is_chrome; an article of rhetorical questions that open otherwise ("Remember the slogan?") or only of questions
    asking who says a clause (`_asks_who_holds`) has none."""
    lex = words()
    asked = []
    for start, chunk in paragraphs:
        if "\n" in chunk or not chunk.endswith("?") or any(ch in chunk for ch in '"“”') or _interview_turn(chunk):
            continue
        if _ITEM_MARK.match(chunk):
            continue  # a list's item asking ("- What happens to code reviews?"): no subheading carries a bullet
        ws = _HEADING_WORD.findall(chunk)
        if ws and len(ws) <= _QUESTION_HEADING_WORDS:
            asked.append((start, ws[0].lower() in lex.heading_questions and len(ws) <= 10, _asks_who_holds(ws)))
    # "Who says ferries can't sail at night?" alone, or beside another such challenge, is the writer's, no subheading
    # (GUIDE decision 757); among an explainer's other question subheadings it is one of them (decision 408)
    opening = [holds for _, opens, holds in asked if opens]
    if len(opening) < 2 or all(opening):
        return frozenset()
    return frozenset(start for start, _, _ in asked)


# A list item (a bullet opening the paragraph) or a field of a box (a label in capitals before a colon:
# "CARD HIGHLIGHTS: 2X points on travel").
_BOX_ITEM = patterns.compile(r"\s*(?:[-–—•▪‣◦*]\s|[A-Z][A-Z'’*&]+(?: [A-Z][A-Z'’*&]+)+:\s)")


# What makes a paragraph chrome as a heading of the story's own sections, no furniture of a box: a section word
# ("Stocks"), a subheading, a list's heading ("A few numbers from the weekend:"), a date line above an address.
_SECTION_HEADINGS = frozenset(("short", "heading", "set between", "list heading", "capitals", "heading question"))


def boxed_lists(window, promos: list[bool] | None = None, wrapped: frozenset[int] = frozenset()) -> list[bool]:
    """For each paragraph of `window` ([(doc, (offset, sentences))] in order), whether it belongs to a box
    of page furniture: a run of list items or box fields with a paragraph of chrome on each side (an
    advertiser's card offer between "Sign-up Successful!" and its disclaimer; a paywall's list of perks
    between "Join now or renew to get:" and its pitch, `promos`). A list the story gives, with the story's
    paragraphs around it, stays. `wrapped`: the starts of the pieces of sentences cut at hard line breaks
    (`wrapped_sentences`): a paragraph that opens with one ("menu." under "- autosave – Removes the") is the rest
    of a sentence, no chrome that boxes a list."""
    items = [bool(_BOX_ITEM.match(text_of(doc))) for doc, _ in window]
    out = [False] * len(window)
    if not any(items):
        return out
    reasons = [
        ["promo"]
        if promos is not None and promos[k]
        else None
        if sents and sents[0].start in wrapped
        else _chrome_reasons(doc, offset, sents)
        for k, (doc, (offset, sents)) in enumerate(window)
    ]
    chrome = [r is not None for r in reasons]
    roundup = roundup_items(window)
    # A run of items, chrome ones among them ("- Agent Topologies"), is boxed by chrome that is no item on each side, the
    # furniture of a box ("Sign-up Successful!", a disclaimer, a paywall's pitch) on one side at least: a story's list
    # between two of its section headings ("Stocks" … "Bonds") or under a list's heading is the story's.
    for k, end in _runs(items):
        if (
            k > 0
            and chrome[k - 1]
            and end < len(window)
            and chrome[end]
            and not _announces(*window[k - 1])
            and not (_SECTION_HEADINGS.issuperset(reasons[k - 1]) and _SECTION_HEADINGS.issuperset(reasons[end]))
            and not all(roundup[k:end])
            and not _credited_box(window, reasons, k, end)
        ):
            # the whole run is the box's: also its rows of figures among rows like them, which `chrome_reason` reads as
            # claims only with the window's `figure_rows` ("- Earn 5% cash back" / "- 0% interest for 12 months")
            out[k:end] = [True] * (end - k)
    return out


# Reasons of a line above a run of items that make the run a pitch's or a widget's, whatever line closes it.
_PITCH_REASONS = frozenset(("promo", "chrome word", "reader call", "reader prompt"))


def _credited_box(window, reasons: list, k: int, end: int) -> bool:
    """Whether the run of items `window[k:end]` is a box the story credits (GUIDE decision 641): a line crediting it
    follows ("Source: Kestrel Weather Desk") and the line above it heads the box ("Black holes"), no pitch, sign-up
    notice or call to the reader ("Subscribe today and you will get:", "Sign-up Successful!"), whose perks or card offer
    stay the page's furniture whatever "Source:" line closes them."""
    return bool(words().box_credit_line.match(text_of(window[end][0]).strip())) and not _PITCH_REASONS.intersection(
        reasons[k - 1]
    )


def roundup_items(window) -> list[bool]:
    """For each paragraph of `window`, whether it is an item of a roundup of other stories the story closes with: a run
    of two or more bulleted headlines each glued to its summary sentence (`_headline_and_summary`), right after the
    story's lead-in ("Here's some other news you might have missed:"). Each is a claim read from its summary (GUIDE
    decision 481), no box of furniture nor a paywall's pitch; after a call to subscribe (chrome by its words) a run of
    perks stays the box's."""
    texts = [text_of(doc) for doc, _ in window]
    bulleted = [bool(_BULLET_ITEM.match(text)) for text in texts]
    if not any(bulleted):
        return bulleted
    return _runs_after_a_lead_in(window, texts, [b and _headline_and_summary(*window[j]) for j, b in enumerate(bulleted)])


# Where a roundup item's headline ends and its summary sentence starts: a colon before a capital or a quotation mark.
_HEADLINE_COLON = patterns.compile(r":\s+(?=[\"“‘'A-Z])")
_STOP_IN_HEADLINE = patterns.compile(r"[.!?][\"”’)]*\s")
_ROUNDUP_HEADLINE_WORDS = 3  # a roundup item's headline names a story: "Samsung Unveils Rugged Galaxy S4 Active"


def _headline_and_summary(doc, place) -> bool:
    """Whether the paragraph is a roundup's item: a bulleted headline in title case glued by a colon to a summary that
    states something, a finite verb in it and a stop at its end ("- Globex Opens Harbour Plant: The firm opened its third
    plant on Monday."). A run of them is a roundup of other stories the writer sums up, each item a claim read from
    its summary (GUIDE decision 481), no box of furniture; a box's field ("CARD HIGHLIGHTS: 2X points on travel") and a
    bare headline give no summary sentence."""
    text = text_of(doc)
    mark = _BULLET_ITEM.match(text)
    if mark is None or not ends_as_sentence(text):
        return False
    # the last colon the headline may end at: a headline holds no sentence's stop ("Report: Fix Broken iPhone 5 Screen: …")
    colons = [m for m in _HEADLINE_COLON.finditer(text, mark.end()) if not _STOP_IN_HEADLINE.search(text, mark.end(), m.start())]
    if not colons:
        return False
    cut = colons[-1]
    headline = doc.char_span(mark.end(), cut.start(), alignment_mode="expand")
    summary = doc.char_span(cut.end(), len(text.rstrip()), alignment_mode="expand")
    if headline is None or summary is None:
        return False
    heads = [t for t in headline if t.is_alpha and t.pos_ not in ("ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON")]
    title_case = len(heads) >= _ROUNDUP_HEADLINE_WORDS and sum(1 for t in heads if t.text[:1].isupper()) >= 0.7 * len(heads)
    return (
        title_case
        and not all(t.is_upper for t in heads)  # a box's field is in capitals
        and any(t.tag_ in FINITE_TAGS for t in summary)
    )


def _runs(flags: list[bool]):
    """(first, end) of each run of true flags, in order."""
    k = 0
    while k < len(flags):
        if not flags[k]:
            k += 1
            continue
        end = k
        while end < len(flags) and flags[end]:
            end += 1
        yield k, end
        k = end


# A bulleted item opening its paragraph (a numbered line is told apart by `_numbered_items_after_a_lead_in`: its items
# may each head a section of prose).
_BULLET_ITEM = patterns.compile(r"\s*[-–—•▪‣◦*]\s")
# What a lead-in's last sentence may be for its items to complete it: a statement, or chrome only as a lead-in; one that
# is chrome by its words ("Read about:", "Join now or renew to get:") heads links or a box's perks.
_LEAD_IN_REASONS = (None, _ANNOUNCING, "list heading", "lead-in")


def items_after_a_lead_in(window) -> list[bool]:
    """For each paragraph of `window` ([(doc, (offset, sentences))] in order), whether it is a bulleted item of a run of
    two or more right after a paragraph that ends in a lead-in's colon ("We still have the following problems:", "Those
    would be:"): the items complete the lead-in and are claims however short (GUIDE decision 56: "- Two more seats",
    "- Maria Lopez, two years, $4 million")."""
    texts = [text_of(doc) for doc, _ in window]
    # a bullet standing on a line of its own ("-") marks the item on the line after it ("-" / "Snapchat: Globex")
    alone = [text.strip() in _BULLETS for text in texts]
    marked = [bool(_BULLET_ITEM.match(text)) or alone[k] or (k > 0 and alone[k - 1]) for k, text in enumerate(texts)]
    bulleted = _runs_after_a_lead_in(window, texts, marked)
    return [b or n for b, n in zip(bulleted, _numbered_items_after_a_lead_in(window, texts), strict=True)]


def lead_in_verbs_of_items(window, items: list[bool]) -> list:
    """For each paragraph of `window` that is an item completing a lead-in (`items`, from `items_after_a_lead_in`) and
    holds no tensed verb of its own ("- Rick Porcello, three years, $62.4 million" after "Those would be:"), the main
    verb of the lead-in's last sentence, whose modality such an item takes (GUIDE decisions 56, 238); None for any other
    paragraph, and for an item with a predicate of its own ("- autosave – Saves the draft"), which is read by it. The
    lead-in is the paragraph ending in a colon right before the run of items, or before the title line that opens it."""
    out: list = [None] * len(window)
    lead = None
    for k, (doc, _) in enumerate(window):
        if not items[k]:
            lead = None
            continue
        if lead is None:
            before = next((j for j in (k - 1, k - 2) if j >= 0 and text_of(window[j][0]).rstrip().endswith(":")), None)
            if before is None:
                continue
            lead_doc, (offset, sents) = window[before]
            spans = _sentence_spans(lead_doc, offset, sents)
            lead = _verb_the_colon_ends(spans[-1]) if spans else None
        if lead is not None and not any(t.tag_ in FINITE_TAGS for t in doc):
            out[k] = lead
    return out


def _verb_the_colon_ends(sentence):
    """The verb of the clause a lead-in's colon ends, which the items finish: the last conjunct ("You can read it online,
    but the main names are:"), the clause a reporting verb reports ("Officials said the players could be:"), not a
    relative clause inside it ("These are the players the club could sell:"); the sentence's root if none."""
    words_ = [t for t in sentence if not t.is_punct and not t.is_space]
    if not words_:
        return sentence.root
    token = words_[-1]
    while token.head.i != token.i:
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("conj", "ccomp"):
            return token
        token = token.head
    return token


# A section line that completes a lead-in has at most this many words ("WILL THEY BASH THE BILLIONAIRES?", "Their
# starting pitching is absurd now"); a longer line without a stop is a sentence that lost it.
_SECTION_LINE_WORDS = 15


def _section_line_form(doc, text: str, sentences: int) -> tuple[bool, bool] | None:
    """The form of a paragraph that is a section's line (in capitals or not, asking or not), or None: one sentence on one
    line, a full clause (a finite verb) of at most _SECTION_LINE_WORDS words, that ends without a sentence's stop or asks;
    not a list's item (a bullet or number, read by the runs above) nor a label wholly in quotation marks (a display copy
    of the section's words, decision 13)."""
    line = text.strip()
    if sentences != 1 or "\n" in line or not line or _ITEM_MARK.match(line) or _NUMBERED_ITEM.match(line):
        return None
    if line[0] in _QUOTES and line[-1] in _QUOTES:
        return None
    asks = line.endswith("?")
    if not asks and ends_as_sentence(line):
        return None
    if not 2 <= len(_HEADING_WORD.findall(line)) <= _SECTION_LINE_WORDS or not any(t.tag_ in FINITE_TAGS for t in doc):
        return None
    return line.isupper(), asks


def section_lines_after_a_lead_in(window) -> list[bool]:
    """For each paragraph of `window` ([(doc, (offset, sentences))] in order), whether it is one of the lines that
    complete a lead-in as the subheadings of the sections after it ("Seven big questions heading into the debate:" /
    "WHO IS THE FRONT-RUNNER?" / its section / "HOW WILL OBAMA PLAY?" …; "We know the following about the Red Sox:" /
    "Their starting pitching is absurd now" / …): the first line comes right after the lead-in (`_completes_a_lead_in`),
    and at least one more line of the same form (in capitals or not, a question or not) stands after the running text
    of its section. Such lines are claims read as they stand (GUIDE decision 469), no subheadings (decision 408) nor an
    explainer's question headings; the run ends at a line of another form or at the next lead-in's colon. Numbered and
    bulleted lines are `items_after_a_lead_in`'s."""
    texts = [text_of(doc) for doc, _ in window]
    forms = [_section_line_form(doc, text, len(sents)) for (doc, (_, sents)), text in zip(window, texts, strict=True)]
    out = [False] * len(window)
    for k, form in enumerate(forms):
        if form is None or out[k] or not _completes_a_lead_in(window, texts, k):
            continue
        run, prose = [k], False
        for j in range(k + 1, len(window)):
            if not any(ch.isalnum() for ch in texts[j]):
                continue  # a rule line between the sections ("___")
            if forms[j] == form and prose:
                run.append(j)
                prose = False
            elif forms[j] is not None or texts[j].rstrip().endswith(":") or not ends_as_sentence(texts[j]):
                break
            else:
                prose = True  # the running text of the section the last line heads
        if len(run) >= 2:
            for j in run:
                out[j] = True
    return out


# A numbered line opening its paragraph: "1. Take inventory", "2) Merger mania".
_NUMBERED_ITEM = patterns.compile(r"\s*\(?(\d{1,2})[.)]\s+(?=\S)")  # "1. ", "2) ", "(3) "
# A title line set between a lead-in and its first numbered item ("How to retire early") has at most this many words.
_TITLE_LINE_WORDS = 12


def _numbered_items_after_a_lead_in(window, texts: list[str]) -> list[bool]:
    """For each paragraph, whether it is a numbered line of one sentence in a run numbered 1, 2, 3 … whose first item
    comes right after a paragraph ending in a lead-in's colon ("Here are the steps you can take:", "There are four areas
    where …:"), or after such a lead-in and one title line: the lines complete the lead-in and are claims however short,
    also a label without a verb and where the sections' running text stands between them (GUIDE decisions 387, 469). A
    numbered line under a lead-in ending in a full stop, or completing no lead-in, stays a subheading (decision 408); a
    label wholly in quotation marks stays a quoted subheading (a display copy of the section's words, decision 13)."""
    numbers = [int(m.group(1)) if (m := _NUMBERED_ITEM.match(text)) else None for text in texts]
    out = [False] * len(window)
    for k, number in enumerate(numbers):
        if number != 1 or not _completes_a_lead_in(window, texts, k):
            continue
        run = [k]
        for j in range(k + 1, len(window)):
            if numbers[j] is not None:
                if numbers[j] != numbers[run[-1]] + 1:
                    break
                run.append(j)
        if len(run) < 2:
            continue
        for j in run:
            label = texts[j][_NUMBERED_ITEM.match(texts[j]).end() :].strip()
            quoted = label[:1] in _QUOTES and label[-1:] in _QUOTES
            out[j] = len(window[j][1][1]) == 1 and not quoted
    return out


def _completes_a_lead_in(window, texts: list[str], k: int) -> bool:
    """Whether paragraph `k` comes right after a paragraph that ends in a lead-in's colon, or after such a lead-in and
    one title line ("How to retire early"): its last sentence a statement or chrome only as a lead-in (`_LEAD_IN_REASONS`),
    or chrome only by a pattern of lines that present what follows ("In general, here are the steps you can take:"), not
    by a chrome word or label ("Read more:")."""
    j = k - 1
    if j > 0 and not ends_as_sentence(texts[j]) and "\n" not in texts[j].strip() and len(texts[j].split()) <= _TITLE_LINE_WORDS:
        j -= 1  # a title line between the lead-in and the first item
    if j < 0 or not texts[j].rstrip().endswith(":"):
        return False
    doc, (offset, sents) = window[j]
    spans = _sentence_spans(doc, offset, sents)
    if not spans:
        return False
    reason = chrome_reason(spans[-1], len(sents) == 1)
    if reason in _LEAD_IN_REASONS:
        return True
    text = spans[-1].text.strip()
    lex = words()
    return reason == "chrome word" and text.lower().rstrip(" .:!") not in lex.chrome and not _opens_with_label(text)


def _runs_after_a_lead_in(window, texts: list[str], flags: list[bool]) -> list[bool]:
    """For each paragraph, whether it is in a run of two or more flagged paragraphs right after a paragraph that ends
    in a colon whose last sentence is a statement or chrome only as a lead-in (`_LEAD_IN_REASONS`)."""
    out = [False] * len(window)
    for k, end in _runs(flags):
        if end - k >= 2 and k > 0 and texts[k - 1].rstrip().endswith(":"):
            doc, (offset, sents) = window[k - 1]
            spans = _sentence_spans(doc, offset, sents)
            if spans and chrome_reason(spans[-1], len(sents) == 1) in _LEAD_IN_REASONS:
                out[k:end] = [True] * (end - k)
    return out


def promo_boxes(window) -> list[bool]:
    """For each paragraph of `window`, whether it is the pitch of a paywall or sign-up box (GUIDE decisions
    11 and 80): a paragraph whose every sentence speaks to the reader (you, we, a question, a request) or of
    subscribing, next to a paragraph of chrome that calls to subscribe, join or comment ("Join now or renew
    to get:", "You can also subscribe to this newsletter here"), or opened by such a call itself ("To view
    the full story, please subscribe … You can choose a $60 Annual Subscription …") or closed by one ("Want to
    write for us? Join our contributor network today!"). A story's paragraph
    that speaks to the reader stays: only the call's neighbours are its box."""
    lex = words()
    out = [False] * len(window)
    texts = [text_of(doc) for doc, _ in window]
    called = [bool(lex.promo_call.search(text)) for text in texts]
    if not any(called):
        return out
    # a line that only names the comments below ("Comments") calls to comment only a neighbour that speaks of commenting,
    # signing in or subscribing itself ("… you will see comments updating in real time"): the story's last paragraph
    # above it, speaking to the reader ("If you are using a Mac keyboard, …"), is no pitch
    labels = [called[k] and lex.comments_label.match(text.strip()) is not None for k, text in enumerate(texts)]
    sentences: dict[int, list] = {}
    chrome: dict[int, list[bool]] = {}
    roundup = roundup_items(window)  # a roundup's item that speaks to the reader ("… you might notice …") is no pitch

    def read(k: int) -> None:  # the paragraph's sentences and which are chrome, once, where asked
        if k not in sentences:
            doc, (offset, sents) = window[k]
            sentences[k] = _sentence_spans(doc, offset, sents)
            chrome[k] = [is_chrome(span, len(sents) == 1) for span in sentences[k]]

    calls = [False] * len(window)
    for k in range(len(window)):
        if called[k]:
            read(k)
            calls[k] = bool(chrome[k]) and all(chrome[k])
    for k in range(len(window)):
        if calls[k] or roundup[k]:
            continue
        beside_a_call = any(0 <= j < len(window) and calls[j] and (called[k] or not labels[j]) for j in (k - 1, k + 1))
        if not (beside_a_call or called[k]):
            continue
        read(k)
        if not sentences[k]:
            continue
        opened_by_a_call = chrome[k][0] and bool(lex.promo_call.search(sentences[k][0].text))
        closed_by_a_call = chrome[k][-1] and bool(lex.promo_call.search(sentences[k][-1].text))
        pitch = all(c or _speaks_to_the_reader(span) for span, c in zip(sentences[k], chrome[k], strict=True))
        out[k] = pitch and (beside_a_call or opened_by_a_call or closed_by_a_call) and not _all_quoted(texts[k], sentences[k])
    return out


def _all_quoted(paragraph: str, spans) -> bool:
    """Whether the paragraph is a speaker's quotation from its first mark on, every sentence inside it ('“We have
    unwavering confidence in our partners. …”' above "Stay up to date with our newsletter"): its "we" and "our" are the
    speaker's, not the publisher's, so it is the story's last quote rather than the box's pitch."""
    from .attribution import quote_regions  # (attribution imports this module)

    if paragraph.lstrip()[:1] not in _OPENING_QUOTES:
        return False
    regions = quote_regions(paragraph)
    return all(any(a <= span.start_char < b for a, b in regions) for span in spans)


def _speaks_to_the_reader(span) -> bool:
    """A sentence of a pitch: it speaks to the reader or for the publisher ("you'll get", "we've been at this"),
    asks, requests (an imperative: "Do it for the culture"), or speaks of subscribing."""
    lex = words()
    if span.text.rstrip().endswith("?") or lex.promo_voice.search(span.text) or lex.promo_call.search(span.text):
        return True
    root = span.root  # a request opens with its bare verb ("Do it …", "Just search for …"), with no subject
    return (
        root.tag_ in ("VB", "VBP")
        and all(t.pos_ in ("ADV", "INTJ", "PUNCT") for t in span[: root.i - span.start])
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in root.children)
    )


def _sentence_spans(doc, offset: int, sents) -> list:
    out = []
    for sent in sents:
        span = doc.char_span(sent.start - offset, sent.end - offset, alignment_mode="expand")
        if span is not None and len(span) > 0:
            out.append(span)
    return out


def _announces(doc, place) -> bool:
    """Whether the paragraph ends in a lead-in that announces the list below it ("We still have the following
    problems:", GUIDE decision 238): the list is the story's, not a box of furniture."""
    offset, sents = place
    spans = _sentence_spans(doc, offset, sents)
    return bool(spans) and chrome_reason(spans[-1], len(sents) == 1) == _ANNOUNCING


def _chrome_reasons(doc, offset: int, sents) -> list[str] | None:
    """Why each sentence of the paragraph is chrome (`chrome_reason`), or None where one of them is not."""
    reasons = [chrome_reason(span, len(sents) == 1) for span in _sentence_spans(doc, offset, sents)]
    return None if None in reasons else reasons


# A line that stops on one of these goes on in the next paragraph even where that one opens with a capital (a name):
# "And thanks to OpenCode and" / "Claude Code, terminal user interfaces (TUIs) are suddenly".
_CARRIES_ON = ("ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX")
_DASHES = "–—"
_CLAUSE_JOINS = ("and", "but")
# prepositions of time that also stand alone as adverbs at a clause's end ("… has seen this before")
_ADVERBIAL_PREPOSITIONS = ("before", "after", "since")
_COMMA_JOINS = ("and", "but", "so")  # after a comma, words that open a clause of its own (GUIDE decision 251)
# articles and relative pronouns the parser may read otherwise at a line's end ("removes the", "the menu that")
_OPENERS = ("a", "an", "the", "that", "which", "who")
_OPENING_QUOTES = ("“", '"', "‘", "'", "«", "„")


# A line ending on a comma with at most this many words ("Yours sincerely,", "Dear Mayor Lee,") goes on in no next line.
_COMMA_PIECE_WORDS = 3


def _object_opens(first, next_piece) -> bool:
    """Whether the next line opens with a noun phrase (a date, a name, "the …") with no tensed verb before its first
    comma ("January 2019, according to its filings.", "Easter, the judge said."): the object of a preposition the line
    before ends on (GUIDE decisions 48, 66), not a sentence of its own ("When Twitter decided …", "But in the north, …")."""
    if first.pos_ not in ("NOUN", "PROPN", "NUM", "DET"):
        return False
    for t in next_piece[first.i - next_piece.start :]:
        if t.text == ",":
            return True
        if t.tag_ in FINITE_TAGS:
            return False
    return True


def _goes_on(piece, next_piece) -> bool:
    """Whether the sentence `piece` closes its paragraph without a stop and `next_piece`, opening the next paragraph,
    carries it on: a hard line break inside a sentence (verse, a page's wrapped lines)."""
    words_ = [t for t in piece if not t.is_space]
    # the next line's first word, past an opening quote: a word that opens with a letter ("x86", "hey.com",
    # "X-Forwarded-Prefix", "“Inspect"), not a number, a bullet or a bracket
    first = next((t for t in next_piece if not t.is_space and t.text not in _OPENING_QUOTES), None)
    if not words_ or first is None or not first.text[0].isalpha() or piece.text.rstrip().endswith(("-", "–", "—")):
        return False
    if ends_as_sentence(piece.text):
        return False
    last = words_[-1]
    # a particle or adverb that closes its verb's phrase ("Many give up", "… seen this before") waits for no object; a
    # time's preposition whose object opens the next line ("… a dividend since" / "January 2019, according to …") does
    closes_its_phrase = not (last.n_lefts + last.n_rights) and (
        last.dep_ in ("prt", "advmod") or last.lower_ in _ADVERBIAL_PREPOSITIONS and not _object_opens(first, next_piece)
    )
    carried = (
        last.pos_ in _CARRIES_ON
        and not closes_its_phrase
        or words_[-1].tag_ in ("PRP$", "WDT")
        or words_[-1].lower_ in _OPENERS
        or piece.text.count("“") > piece.text.count("”")
        or piece.text.count("(") > piece.text.count(")")  # a bracket left open: "… (and the key points inside" / "them), …"
    )
    if first.i > next_piece.start and not carried:
        return False  # a quotation opening its line after a comma ('according to this,' / '“it means …') starts anew
    # a comma ends no sentence: "By taking down botnets," / "Globex is helping its users"; but a letter's salutation or
    # sign-off ("Dear Mayor Lee,", "Yours sincerely," / "Dana Roe") and a piece of a few words (an address's line, a
    # verse's) end their line
    alpha_words = [t for t in words_ if t.is_alpha]
    carried = carried or (
        words_[-1].text == "," and len(alpha_words) > _COMMA_PIECE_WORDS and not words().letter_greeting.match(piece.text.strip())
    )
    mark = piece.text.lstrip()[:1]
    if mark in _BULLETS:
        # a list's item on its line stands apart (GUIDE decision 56), unless the next line carries it on: after a word
        # that cannot close it ("- autosave – Saves the draft to the" / "local disk.") or with the last words of its
        # phrase in lower case ("… from the right-click" / "menu."): an item wrapped at a hard line break. A line that
        # says something of its own after the items ("then stick around.") closes the list; a line opened by a dash is a
        # post's signature or a credit ("— Ann Lee (@ann) May 1, 2019").
        root = next_piece.root
        own = root.tag_ == "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
        rest = first.text[0].islower() and not own
        return mark not in _DASHES and (carried or rest)
    return first.text[0].islower() or carried


# A window with this many lines that go on by _goes_on is a page wrapped at hard line breaks throughout.
_WRAPPED_PAGE = 3


def _goes_on_in_a_wrapped_page(piece, next_piece) -> bool:
    """In a page wrapped at hard line breaks, whether the line `piece`, closing its paragraph without a stop, goes on in
    `next_piece` whatever the case of its first word: not a list's item, nor a line that ends on a dash or a colon."""
    first = next((t for t in next_piece if not t.is_space), None)
    text = piece.text.strip()
    return (
        first is not None
        and first.text[0].isalpha()
        and text[:1] not in _BULLETS
        and not text.endswith((":", "-", "–", "—"))
        and not ends_as_sentence(text)
        and chrome_reason(piece, False) is None  # not a page's furniture ("More like this", "ABOUT" / "CONTACT")
    )


def _furniture(piece) -> bool:
    return chrome_reason(piece, False, wrapped=True) == "chrome word"


def _relative(token) -> bool:
    """A relative pronoun, also "that" opening a line in lower case, which the parser may tag as a determiner ("the drop
    of an instant" / "that washes away the past.")."""
    return token.tag_ in ("WDT", "WP") or token.text in ("that", "which", "who") and token.i == token.sent.start


def _main_clause(piece) -> bool:
    """Whether the piece holds a finite main clause: its root tensed ("x86 is rapidly improving.") or with a tensed
    auxiliary ("is divided"), not a relative or subordinate clause ("that washes away the past.", "when … is run by")."""
    root = piece.root
    if any(c.dep_ == "mark" or c.dep_.startswith("nsubj") and _relative(c) for c in root.children):
        return False
    return root.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in root.children)


def _clause_of_its_own(piece) -> bool:
    """A later piece that is an independent clause by itself ("and I reply: the sea knows.") is a claim (GUIDE decision
    79); a speaker's tag closing the sentence ("confidentiality breach, the Angular team said.") is not."""
    root = piece.root
    if (
        _main_clause(piece)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
        and (root.lemma_ not in words().reporting or any(c.dep_ == "ccomp" and c.i > root.i for c in root.children))
    ):
        return True  # (a reporting verb with its own clause: "the firm says it will check the")
    return _joined_clause(piece)


_TAG_AFTER_A_QUOTE_WORDS = 8  # a speaker's tag after the quote's closing mark is a few words ("he stated.")


def _tag_after_a_quote(piece) -> bool:
    """A later piece that closes a quotation and then gives its speaker's tag ("deteriorate,” he stated."): the tag cut
    off from its quote, a claim attributed to the speaker (GUIDE decisions 2, 316). A tag closing a sentence with no
    quotation ("confidentiality breach, the Angular team said.") stays the sentence's rest (decision 66)."""
    root = piece.root
    lex = words()
    if root.lemma_ not in lex.saying and root.lemma_ not in lex.reporting:
        return False
    marks = [t for t in piece if t.i < root.i and t.text in ("”", '"')]
    if not marks or any(t.text in ("“", '"') for t in piece if t.i > marks[-1].i):
        return False
    after = [t for t in piece if t.i > marks[-1].i and not (t.is_punct or t.is_space)]
    return len(after) <= _TAG_AFTER_A_QUOTE_WORDS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > marks[-1].i for c in root.children
    )


def _ends_inside_a_phrase(piece) -> bool:
    """Whether the line `piece` breaks off after a word that makes what follows a part of its own clause: a
    subordinating conjunction, a preposition, an article or a possessive ("… stem that rise, while" / "another may offer
    some hope …", "the guidance doctors give to" / "parents."); what the next line says is then no clause of its own
    (GUIDE decision 79), even where the parser reads one there, unless it starts one after "and" or "but" ("little
    lag, but it's playable on", decision 251) or opens with a capital, a sentence of its own after a heading that ends
    on "about"."""
    words_ = [t for t in piece if not t.is_space and not t.is_punct]
    if not words_:
        return False
    last = words_[-1]
    if last.pos_ == "ADJ" and len(words_) > 1 and (words_[-2].pos_ == "DET" or words_[-2].tag_ == "PRP$"):
        return True  # an article and an adjective without their noun: "Nuts are the main" / "reason people get …"
    return last.pos_ in ("SCONJ", "ADP", "DET") or last.tag_ in ("PRP$", "WDT") or last.lower_ in _OPENERS


def _clause_after_a_comma(piece) -> bool:
    """A piece that ends the clause before and then opens its own main clause after a comma and "so", "and" or "but"
    ("Request() constructor, so you may pass any request"), where the parser hangs the words before on its verb: a
    claim read from that clause (GUIDE decisions 251, 263)."""
    root = piece.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and not _relative(c)]
    if not subjects or not _main_clause(piece):
        return False
    start = max(t.left_edge.i for t in subjects)  # the subject nearest the verb (the parser may take a stray noun for another)
    doc = piece.doc
    return piece.start + 1 < start and doc[start - 1].lower_ in _COMMA_JOINS and doc[start - 2].text == ","


def _after_a_join(piece) -> bool:
    words_ = [t for t in piece if not t.is_space and not t.is_punct]
    return bool(words_) and words_[-1].lower_ in _CLAUSE_JOINS


def _joined_clause(piece) -> bool:
    """A piece that first ends the clause before and then starts one of its own after "and" or "but" ("little lag, but
    it's playable on", "what to do, and I replied:"): a claim read from that clause (GUIDE decision 251)."""
    root = piece.root
    if _main_clause(piece):
        return False
    joined = any(c.dep_ == "cc" and c.lower_ in _CLAUSE_JOINS for c in root.children)
    return joined and any(
        c.dep_ == "conj"
        and c.i > root.i
        and (c.tag_ in FINITE_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS for a in c.children))
        and any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)
        for c in root.children
    )


def _cut_before(run, k: int) -> bool:
    """Whether the piece run[k] holds only a subject and the verb the parser found after it, and the next piece opens in
    lower case with a verb of no subject of its own: the line broke before the predicate ("We're" / "going to bake …") or
    inside its verb ("She re" / "turned home …"), and the next piece, which holds the main verb, carries the sentence
    (GUIDE decisions 48, 66)."""
    if k + 1 >= len(run):
        return False
    piece, after = run[k][0], run[k + 1][0]
    root = piece.root
    words_ = [t for t in piece if not (t.is_punct or t.is_space)]
    subjects = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl") for t in c.subtree}
    if not subjects or any(t.i != root.i and t.i not in subjects for t in words_):
        return False
    first = next((t for t in after if not t.is_space), None)
    return (
        first is not None
        and first.text[:1].islower()
        and first.tag_.startswith("VB")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children)
    )


def wrapped_sentences(window, hard_wrapped: bool = False) -> tuple[frozenset[int], frozenset[int]]:
    """(carriers, silent): the starts of the pieces of sentences cut at hard line breaks that carry the claim, and of
    those that are no claims (GUIDE decisions 48, 66, 79, 214): the first piece with a finite main clause carries the
    whole sentence, else the first piece; a later piece only where it is a clause of its own. `window`: the parsed
    paragraphs as (doc, (offset, sentences)); `hard_wrapped`: the sentence splitter found paragraphs of the window
    wrapped at a fixed width (sentences.paragraph_spans), the lines it left apart may still go on ("With Kit you're
    giving" / "AI its own machine")."""
    pieces = []  # per paragraph, its sentences as (span, start)
    for doc, (offset, sents) in window:
        spans = [(doc.char_span(s.start - offset, s.end - offset, alignment_mode="expand"), s.start) for s in sents]
        pieces.append([(span, start) for span, start in spans if span is not None and len(span)])
    pairs = list(zip(pieces, pieces[1:], strict=False))
    # (a line of the page's furniture, "More like this", goes on into nothing)
    joins = [bool(a and b) and _goes_on(a[-1][0], b[0][0]) and not _furniture(a[-1][0]) for a, b in pairs]
    if hard_wrapped or sum(joins) >= _WRAPPED_PAGE:
        # a page wrapped at hard line breaks throughout: a line without a stop goes on in the next one even where
        # that opens with a capital after a word that could end it ("I set up mine on a" / "Proxmox virtual", "was
        # published" / "February 28.")
        # (the line it goes on in ends the sentence or goes on itself: "Related stories" / "ABOUT" do not)
        closes = [bool(b) and (len(b) > 1 or ends_as_sentence(b[0][0].text)) for _, b in pairs]
        closes = [c or (k + 1 < len(joins) and joins[k + 1]) for k, c in enumerate(closes)]
        joins = [
            j or (c and _goes_on_in_a_wrapped_page(a[-1][0], b[0][0])) for j, c, (a, b) in zip(joins, closes, pairs, strict=True)
        ]
    runs: list[list] = []
    for joined, (before, after) in zip(joins, pairs, strict=True):
        if not joined:
            continue
        last = before[-1]
        if not runs or runs[-1][-1] is not last:
            runs.append([last])
        runs[-1].append(after[0])
    carriers, silent = set(), set()
    for run in runs:
        # a list's item wrapped over lines ("- autosave – Saves the draft to the" / "local disk.") is carried by its first
        # line, which holds the item's name and the start of its predicate
        mark = run[0][0].text.lstrip()[:1]
        bullet = mark in _BULLETS and mark not in _DASHES
        carrier = (
            0 if bullet else next((k for k, (span, _) in enumerate(run) if _main_clause(span) and not _cut_before(run, k)), 0)
        )
        carriers.add(run[carrier][1])
        for k, (span, start) in enumerate(run):
            inside = (
                span.text.lstrip()[:1].islower()
                and _ends_inside_a_phrase(run[k - 1][0])
                and not (_joined_clause(span) or _clause_after_a_comma(span))
            )
            if k < carrier or k > carrier and (inside or not (_clause_of_its_own(span) or _tag_after_a_quote(span))):
                silent.add(start)
            elif k > carrier and (_joined_clause(span) or _clause_after_a_comma(span) or _after_a_join(run[k - 1][0])):
                # "lag, but it's playable on", "… soon, and" / "the firm says it will check the": it carries its own
                # clause, no heading for want of a stop
                carriers.add(start)
    return frozenset(carriers), frozenset(silent)

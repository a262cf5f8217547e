"""The shape of each data file in declcli/data: one TypedDict a file, its keys and their types.

`declcli.lexicon.load` checks a file's keys against its view when it reads it (a key missing
or unknown fails at once, naming the file and the key), and each key's top-level type;
`check` also checks every element (the tests run it over each file). Keys that start
with "_" or end in "_doc" are commentary for the people who edit the file and are not part
of any view.
"""

from typing import TypedDict


class Abbreviations(TypedDict):
    """abbreviations.json: the words a period after which may or may not end a sentence."""

    never_final: list[str]
    plural_titles: list[str]
    calendar: list[str]
    before_number: list[str]
    maybe_final: list[str]
    name_suffixes: list[str]
    clock: list[str]
    acronym_followers: list[str]
    name_joiners: list[str]
    acronym_body_heads: list[str]
    ordinal_months: list[str]
    weekdays_months: list[str]
    openers: list[str]
    phrase_openers: list[str]
    line_wrap_words: list[str]


class Agreements(TypedDict):
    """agreements.json: agreement types, instruments, triggers and the words around them."""

    types: dict[str, str]
    instruments: dict[str, str]
    instrument_needs: dict[str, list[str]]
    instrument_generic: list[str]
    instrument_never: dict[str, list[str]]
    triggers: list[str]
    trigger_stems: list[str]
    through_preposition: dict[str, list[str]]
    modals: list[str]
    hypothetical_marks: list[str]
    hypothetical_heads: list[str]
    event_prepositions: list[str]
    groups: list[str]
    party_groups: list[str]
    references: list[str]
    scheduled_heads: list[str]


class Chrome(TypedDict):
    """chrome.json: the tags, classes and phrases of page chrome."""

    drop_tags: list[str]
    chrome_tags: list[str]
    chrome_roles: list[str]
    class_tokens: list[str]
    weak_class_tokens: list[str]
    container_words: list[str]
    class_phrases: list[str]
    keep_phrases: list[str]
    content_hint: str
    non_content_hint: str
    block_text_patterns: list[str]
    caption_credit_patterns: list[str]
    soft_drop_tags: list[str]
    hidden_classes: list[str]
    never_content_tokens: list[str]
    byline_name_particles: list[str]
    line_patterns: dict[str, str]


class Claims(TypedDict):
    """claims.json: the word lists of the claims readers."""

    agent_nouns: list[str]
    be_adjectives: dict[str, str]
    chrome: list[str]
    chrome_patterns: list[str]  # regular expressions; {picture_agencies} stands for the agencies' names
    picture_agencies_doc: str
    picture_agencies: list[str]  # picture agencies after a photographer's name in a credit: "Dana Cole/Getty Images"
    coded_agency_words_doc: str
    coded_agency_words: list[str]  # an agency's name's words, for a glued code: "AP:Associated Press", not "UN:United Nations"
    closing_contact_line_doc: str
    closing_contact_line: str  # a regular expression: "Contact Dana Lee at 555-010-0199." in the last paragraph
    contact_line_doc: str
    contact_line: str  # a regular expression: a line giving only an address or number ("Email tips@example.org.")
    contact_tail_line_doc: str
    contact_tail_line: str  # a regular expression: "Follow him at Twitter.com/danalee." after the writer's contact line
    newsroom_call_doc: str
    newsroom_call: str  # a regular expression: "… we'd like to hear from you." closing a call to write in
    chrome_starts: list[str]
    code_line: list[str]
    presenting_line: str  # a regular expression: "Here's how it works.", a line that only presents what follows
    reader_call: str  # a regular expression: a call to comment or share (GUIDE decision 80)
    promo_call: str  # a regular expression: a call to subscribe, join or write in
    promo_voice_doc: str
    promo_voice: str  # a regular expression: the words a pitch speaks to the reader with
    more_link: str  # a regular expression: '(More)' after a table of contents' entry
    video_stamp: str  # a regular expression: '(Published …)' under a video's blurb
    caption_credit: str  # a regular expression: a photo's credit closing its caption ('… (Dana Lee/Gazette)')
    gallery_speech_verbs_doc: str
    gallery_speech_verbs: list[str]  # 'said', 'posted': a paragraph reporting words is no gallery's strip (`_gallery_strip`)
    video_credit_clause_verbs_doc: str
    video_credit_clause_verbs: list[str]  # finite verbs refusing `caption_credit`'s video arm, its {video_credit_clause_verbs}
    glued_picture_credit: str  # a regular expression: '….CreditDana Lee/The Times' glued to a caption's end
    picture_labels: list[str]  # 'Image', 'Photo': a picture's label line, its caption below it
    closing_picture_credit: str  # a regular expression: '… on Monday. Credit Dana Lee/Kestrel Wire' closing a caption
    widget_credit_line: str  # a regular expression: 'Credit: X View full size image', its caption right above it
    byline_picture_credit_line_doc: str
    byline_picture_credit_line: str  # a regular expression: 'Photo by Dana Lee/Gazette', its caption right above it
    figure_label: str  # a regular expression: 'Figure 3: …' opening a figure's caption
    teaser_opening: str  # a regular expression: 'This ' + a word in lower case, opening a teaser line
    labelled_promo_doc: str
    labelled_promo: str  # a regular expression: 'Label: what the section offers. Check it out here.'
    picture_lead_in: str  # a regular expression: '… something like this:', '… in this one chart:' (no claim)
    publication_note: str  # a regular expression: 'This story appears in the May issue of …' (an editor's note)
    link_pointer_lemmas: list[str]  # 'find', 'follow': a line '… can be found here', 'You can follow her here' points at a link
    social_act_lemmas: list[str]  # "Follow us @harbourco": what a reader is asked to do with an account or tag
    agenda_lemmas: list[str]  # 'look', 'start': "let's take a look at …", 'I want to start here' only say what the text does next
    agenda_world_lemmas: list[
        str
    ]  # 'close', 'end': agenda verbs that are acts in the world unless objectless or 'with'/'by'/'here'
    agenda_world_marks: list[
        str
    ]  # 'with', 'by', 'here': what such a verb may take and still announce the text ('close with a quote')
    agenda_clause_lemmas: list[str]  # 'look': in an 'I'/'we' line, an announcement only with a wh-clause ('looking at whether …')
    agenda_timed_lemmas_doc: str
    agenda_timed_lemmas: list[str]  # 'review', 'revisit': agenda verbs only with no time of their own ('after the vote')
    agenda_wh_lemmas: list[str]  # 'say': after 'let's', an announcement only with a wh-clause ('let's say what it is not')
    agenda_look_lemmas: list[str]  # 'take', 'have': agenda verbs only with 'a look'
    agenda_lesson_lemmas: list[str]  # 'talk', 'discuss': agenda verbs only in a "Today, I'm going to" lesson line, with no party
    lesson_opener: str  # a regular expression: 'Today,', 'In today's lesson,' opening a line that sets the day's lesson
    agenda_lead_lemmas: list[str]  # 'want' (present), 'go' (progressive): carry an agenda verb ('I want to start here')
    presenting_adverbs: list[str]  # 'here', 'below': 'Here, the coach explains his approach.' presents the talk below
    pointer_paragraphs: list[str]  # regular expressions: 'The American Heart Association has more about warfarin.' (a paragraph)
    link_below_lines: list[str]  # regular expressions: '… is available at the link below.' (short subject, no clause)
    presented_talk_lemmas: list[str]  # 'explain', 'discuss': 'Here, the coach explains his approach.' presents the talk below
    label_figure_row: str  # a regular expression: 'My guess: $5,000,000', 'Grade: B-.' (a claim however short)
    figure_cell: str  # a regular expression: a table's cell that holds only a figure or a rank ('$56,545,000', 'NR')
    figure_row_figure: str  # a regular expression: a count or amount in a bulleted row ('134', '6,535', '$4 million')
    box_credit_line: str  # a regular expression: 'Source: Kestrel Weather Desk' after a box (GUIDE decision 641)
    note_mark: str  # a regular expression: '[1] ' opening a note's line (a claim only as a clause of its own)
    reference_entry: str  # a regular expression: 'Lee D.' or '2019; 4: 12-19' after a note's mark (a reference's entry)
    letter_greeting: str  # a regular expression: 'Dear Mayor Lee,', 'Yours sincerely,' (a line a comma does not carry on)
    figure_row_nav_cell: str  # a regular expression: 'Next', 'Page 1', 'Share', 'Facebook' (a pagination or share bar's cell)
    figure_row_nav_lead_doc: str
    figure_row_nav_lead: str  # a regular expression: 'Page 1', 'Share', 'Next' opening a row (a bar whatever else it holds)
    figure_row_widget: str  # a regular expression: '12 comments', 'Photos (12)', 'Listen 5 min' (a widget's count, no figure)
    comments_label: str  # a regular expression: 'Comments', '12 Comments' (the thread's label, no call to comment)
    figure_row_dates: str  # a regular expression: dates, times and stamps, no figures of a row ('16 July', '07/6/2013')
    post_picture_link: str  # a regular expression: a post's text ending on its picture's link ('… pic.twitter.com/x1')
    one_word_replies: list[str]  # 'Yes.', 'Possibly.': a sentence of one word that is said, no label
    headlinese_participles: list[str]  # 'set', 'tipped': 'Mayor set to quit' in a standfirst has no finite verb
    base_participle_lemmas: list[str]  # 'come', 'run': a past ('came') whose participle is the base, never a headline's
    colon_lead_in_openers: list[str]  # "Also charged:": a lead-in its rows finish, no title (GUIDE decision 56)
    box_score_stats: list[str]  # 'points', 'saves': the figures a box score's row gives a player or team
    moon_named_days: dict[str, dict[str, str]]  # 'diwali' -> year -> 'MM-DD': a festival the moon fixes, its day each year
    moon_named_day_names: dict[str, str]  # 'deepavali' -> 'diwali': another name of such a festival
    month_of_year_leads_doc: str
    month_of_year_leads: list[str]  # "in November of 2019": one month; not "the Women's March of 2017"
    lunar_month_names: list[str]  # 'Ramadan', 'Tishrei': months of other calendars, dates with no value (decision 563(b))
    model_nouns: list[str]  # 'design', 'model': a year numbering such a noun names a product's model, no date
    law_nouns: list[str]  # 'Agreement', 'Act': a year opening such a name dates the law (GUIDE decision 87)
    happening_name_openers: list[str]  # 'Operation': a year opening such a name dates the happening (GUIDE decision 73)
    recurring_name_ends: list[str]  # 'Brawl', 'Trophy': they end recurring contests' names too; a year there is no date
    related_heading: str  # a regular expression: 'Editors’ Recommendations:' over a closing list of links
    related_box_heading: str  # a regular expression: 'Related', 'READ MORE:' over a box of links set inside the text
    story_list_row: str  # a regular expression: a bulleted row that reads as the story's statement ('- The club will …')
    story_list_lead_in: str  # a regular expression: a lead-in's words announcing a list ('three effects', 'several')
    comment_thread_heading: str  # a regular expression: 'Readers' Comments (718)' over a thread of comments
    chrome_unreported: str  # a lookahead: no quotation mark and no ', the ministry said' on a chrome pattern's line
    chrome_posting_verbs: list[str]  # {posting_verbs}: '…, where the club posts its albums.' after a link line
    chrome_link_places: list[str]  # {link_places}: a site, page, blog or social network a link line names
    credit_tag_openers: list[str]  # 'according to', 'per': a line of one and a name before a colon is a quote's tag
    credit_tag_name_joiners: list[str]  # 'of', '&': small words inside a credited name ('Per the Bank of Elmtown:')
    s_contraction_words_doc: str
    s_contraction_words: list[str]  # 'it', 'who': their ’s is a short form, no title's possessive ('‘It’s over')
    naming_colon_words_doc: str
    naming_colon_words: list[str]  # 'called', 'titled': a colon after one is no lead-in to speech
    credit_tag_rate_nouns: list[str]  # 'serving', 'person': 'Per Serving:' labels a rate, no quote's tag
    thread_only_heading: (
        str  # a regular expression: 'Talkback', 'Comments (12)': a thread's heading that never heads a story's section
    )
    comment_stamp: str  # a regular expression: a comment's post time ('Posted by: X, 27 Sep 2011 | 15:22')
    update_stamp: str  # a regular expression: a date line in a box after the body ('July 16, 2013 -- Updated 1825 GMT')
    page_notice: str  # a regular expression: a notice of the story's age ('This article is more than 1 year old')
    point_label: list[str]  # ordinal words that open a point's label ('Secondly, inflation rates.')
    related_box_label: str  # a regular expression: 'Part of complete coverage on' over a dated box after the body
    summary_label: str  # a regular expression: 'STORY HIGHLIGHTS' over the summary bullets above the body
    credited_caption: str  # a regular expression: a picture named in a caption below a proven credit line ('… a 3-D map')
    caption_opening: str  # a regular expression: a caption's opening pointing at its picture ('The left image shows …')
    credit_line_joins: list[str]  # 'of', 'and': lower-case words between the names of a picture's credit line
    profile_non_names: list[str]  # 'The', 'It': capitalised words opening a paragraph that name nothing
    more_about_heading: str  # a regular expression: 'More about lost cities:' over a box of links or the story's own list
    link_kinds: list[str]  # 'video', 'gallery': kinds of items a link line names before its colon (built into two regexes)
    related_item_mark: str  # a regular expression: 'Gallery:', 'How …': a line marked as another story's headline
    comment_excerpt: str  # a regular expression: a reader's comment quoted on its own line, cut off by an ellipsis
    link_kind_label: str  # a regular expression: 'Video:', 'Gallery:' opening a link line to another of the outlet's items
    closing_event_promo: str  # a regular expression: 'Registration is free!': a call to an advertised event
    event_promo_reader: str  # a regular expression: 'you', 'your': a promo's sentences speak to the reader
    event_promo_reported: str  # a regular expression: 'said', 'she urged': a sentence reporting someone's words
    comment_mark: str  # a regular expression: a line only a comment thread holds ('Re: …', a signature, 'Report abuse')
    naming_participles: dict[str, list[str]]  # 'name', 'call'; 'identify' (… as X): participles giving a subject's name
    closing_elision: str  # a regular expression: '[...]', '[ ... ]' after an excerpt's last sentence
    article_end_signs: list[str]  # '®', '■': signs closing an article's last sentence (built into `article_end_mark`)
    article_end_mark: str  # a regular expression: a sign closing an article's last sentence ('… dealings. ®')
    closing_share_call: str  # a regular expression: 'share this post with them!' closing the body above readers' comments
    closing_mark_doc: str
    closing_mark: str  # a regular expression: a line closing the body above the page's furniture ('To contact the reporter …')
    teaser_end: str  # a regular expression: how a related story's teaser paragraph ends ('… more')
    condition_marks: list[str]
    aside_if_phrases: list[str]  # 'if anything', 'if nothing else': the words after "if" that make an aside
    control_lemmas: dict[str, str]
    purpose_prone_control_lemmas: list[str]  # "went on Monday to vote": an infinitive that may be a purpose
    directive_lemmas: list[str]  # "urged/asked/invited X to" (decisions 45, 331): a recommendation
    convened_event_nouns: list[str]  # "called a strike to win …": an event convened, no party urged
    convening_lemmas: list[str]  # "called/convened/held a meeting to …": verbs that convene the events above
    unvouched_report_lemmas: list[str]  # "denied that the board asked …": a request inside not vouched for
    appearance_acts: list[str]  # "would appear to testify": a showing up, no seeming a "would" hedges
    granted_thing_nouns: list[str]  # "asked for privacy to grieve": a thing asked for, the infinitive the asker's purpose
    gerund_call_lemmas: list[str]  # "advocated (for) revising", "proposed offering": a gerund of a call (decisions 24, 886)
    striving_for_lemmas: list[str]  # "pressed/pushed for" + a gerund of the subject's own feat: an effort (decision 177)
    attainment_lemmas: list[str]  # "getting a goal", "making the squad": the doer's own result (decision 177)
    advocacy_for_lemmas: list[str]  # "pushed/asked for X to" + verb (decisions 76, 748(a), 804): a recommendation
    obligating_directive_lemmas: list[str]  # "told/ordered X to": an obligation (GUIDE decision 45)
    public_role_nouns: list[str]  # 'people', 'residents', 'the public': the public asked to act (decisions 16, 652(c))
    minds_aim_lemmas: list[str]  # 'it plans/hopes to': a body's aim where "it" takes up a party
    party_aim_lemmas: list[str]  # 'it aims/expects/seeks/agrees to': only where "it" takes up a party
    condition_choice_lemmas_doc: str
    condition_choice_lemmas: list[str]  # "If the council decides/votes/fails to …, it must …": the body "it" stands for
    weather_verbs: list[str]  # 'it will snow': no body speaking of itself
    linking_state_verbs: list[str]  # 'to sound rude', 'to stay calm': a state described (decisions 171, 283)
    linking_verbs: dict[str, list[str]]  # "are proving unable to": verbs linking a subject to an adjective
    evaluative_lemmas: list[str]
    groups: list[str]
    heading_questions: list[str]
    announced_objects: list[str]
    announced_objects_doc: str
    listing_verbs: list[str]
    listing_verbs_doc: str
    lead_in_subject_nouns: list[str]  # "My rule is simple: …": what a copular lead-in announces (GUIDE decision 431)
    lead_in_subject_nouns_doc: str
    human_nouns: list[str]
    informant_nouns: list[str]  # speakers left unnamed by their nature ('the source claimed')
    occupation_nouns: list[str]  # common occupations: a copula's noun of standing work places its subject (actors)
    speaker_description_nouns: list[str]  # occupations standing for a person named before ('the actor said')
    published_work_nouns: list[str]  # what an outlet publishes: its name as possessor is the outlet ("The Wrap's report")
    cleft_part_nouns: list[str]  # "it was one of the guards who …": the part a cleft picks out of a group
    subordinators: list[str]  # open a clause of time, concession or cause ("While officials say …, the closure …")
    subordinating_prepositions: list[str]  # "despite pledging to …": a gerund clause of its own (GUIDE decisions 82, 229)
    gerund_complement_prepositions: list[str]  # "criticized for not paying", "by not renewing": the verb's complement
    descriptive_cleft_adjectives: list[str]  # "it is a <bizarre> <world> that …": a description of "it", no cleft
    accordance_nouns: list[str]  # "according to simple rules": in accordance with, no source
    trade_nouns: list[str]  # a business a nationality only describes ("the German automaker said")
    indefinite_speaker_pronouns: list[str]  # speakers a pronoun counts or picks out ('"…," one said'): the phrase as written
    personal_pronouns: dict[str, str]  # "he", "him", "his", "her", "them" -> the subject form: one list for the speaker code
    object_pronouns_doc: str
    object_pronouns: list[str]  # "him", "them": a person acted on, who names no quote's speaker
    state_body_words: list[str]  # a state's bodies ("European Commission", "EU"): no business a nationality describes
    metonyms: dict[str, str | None]  # a seat of government and its country; None: a capital not to read as one
    shared_state_names: dict[str, str]  # a country's name that is also a state's, and the state's country
    seat_state_names: dict[str, str]  # a seat of government's name that is also a state's of its country, and the country
    divided_country_halves_doc: str
    divided_country_halves: dict[str, dict]  # "North" -> PRK where the article named North or South Korea
    ambiguous_demonyms_doc: str
    ambiguous_demonyms: list[str]  # "Kiwis": a demonym that is also a fruit's or a bird's name, the people only as a party
    people_act_lemmas_doc: str
    people_act_lemmas: list[str]  # "Kiwis voted": a verb only people do, whose subject an ambiguous demonym is the people
    seat_against_state_doc: str
    seat_against_state: dict[str, list[str]]  # "between Washington and California": a seat set against a state, its government
    modal_aux: dict[str, str]
    negative_lemmas: list[str]
    negative_adjectives: list[str]  # "was unable to avoid": negates what it governs (GUIDE decision 5)
    willing_adjectives: list[str]  # "it is ready to reopen": a party's readiness, not a description (GUIDE decision 261)
    kept_place_participles: list[str]  # "stay seated", "stay put": a place kept, an act, not a state (GUIDE decision 478)
    negative_frame_adjectives: list[str]  # "are unlikely to fill": negative only as a frame (GUIDE decision 829)
    non_speech_lemmas: list[str]
    org_nouns: list[str]
    named_kind_org_nouns_doc: str
    person_kind_nouns_too_doc: str
    person_kind_nouns_too: list[str]
    vessel_modifier_words_doc: str
    vessel_modifier_words: list[str]
    one_per_country_body_nouns_doc: str
    one_per_country_body_nouns: list[str]
    filled_with_lemmas_doc: str
    filled_with_lemmas: list[str]
    acting_after_hyphen_participles_doc: str
    acting_after_hyphen_participles: list[str]
    company_acting_after_hyphen_participles_doc: str
    company_acting_after_hyphen_participles: list[str]
    body_act_nouns_doc: str
    body_act_nouns: list[str]
    body_state_adjectives_doc: str
    body_state_adjectives: list[str]
    posting_to_lemmas_doc: str
    posting_to_lemmas: list[str]
    goods_use_lemmas_doc: str
    goods_use_lemmas: list[str]  # "I wear Acorn", "we use Acorn": a maker's goods in use (GUIDE decision 628)
    goods_with_lemmas_doc: str
    goods_with_lemmas: list[str]  # "running with Acorn": a maker's goods in use (GUIDE decision 628)
    platform_page_nouns_doc: str
    platform_page_nouns: list[str]
    site_nouns_doc: str
    site_nouns: list[str]
    guessing_frame_lemmas_doc: str
    guessing_frame_lemmas: list[str]
    forward_date_words_doc: str
    forward_date_words: list[str]
    ahead_of_heads: list[str]  # "ahead of", "in advance of": a happening still to come (GUIDE decision 193)
    speech_idioms_doc: str
    speech_idioms: list[str]  # "all told", "truth be told": a verb of speech in a set phrase, no report
    named_kind_org_nouns: list[str]  # "court", "alliance": a kind of body its members carry in their names
    modified_body_closing_nouns_doc: str
    modified_body_closing_nouns: list[str]  # "court", "agency": close a name after lower-case modifiers ("Kirov regional court")
    unmodified_body_closing_nouns_doc: str
    unmodified_body_closing_nouns: list[str]  # "department": closes a name only right after it
    sport_team_nouns_doc: str
    sport_team_nouns: list[str]  # "team", "club": close a name after a sport's name ("football team")
    set_member_nouns_doc: str
    set_member_nouns: list[str]  # "side", "party": under "no"/"any" one of a set of parties in view ("No side may …")
    sport_names: list[str]  # "football", "rugby"
    source_body_nouns_doc: str
    source_body_nouns: list[str]  # "charity": "the charity said" is the body named before, as org_nouns are
    kind_always_named_org_nouns_doc: str
    kind_always_named_org_nouns: list[str]  # "court", "ministry": a kind no body of it goes by a name without
    creed_body_nouns_doc: str
    creed_body_nouns: list[str]  # "State" of "the Islamic State": a body named for a faith or movement
    known_products_doc: str
    known_products: list[str]  # "iPod", "Siri", "Xbox One": well-known things and software agents, no actors
    instrument_name_ends_doc: str
    instrument_name_ends: list[str]  # "the Kestrel Space Telescope": an instrument whose short name is one too
    instrument_name_words_doc: str
    instrument_name_words: list[str]  # "Space Telescope": words an instrument's short name leaves out
    numbered_body_words_doc: str
    numbered_body_words: list[str]  # "Local 32", "Radio 4": a body's name ending in a number, no version
    known_programmes_doc: str
    known_programmes: list[str]  # "Medicaid", "Medicare": well-known public programmes, no actors
    animal_nouns_doc: str
    animal_nouns: list[str]  # "the filly Silver Comet", "Bluebell is a fine horse": an animal's name, no actor
    named_craft_nouns_doc: str
    named_craft_nouns: list[str]  # "the Halvard spacecraft", "the destroyer USS Caldwell": a thing's name, no actor
    named_craft_titles_doc: str
    named_craft_titles: list[str]  # "Comet Brissot", "Tropical Storm Marisol": a thing's name, no actor
    known_fictional_characters_doc: str
    known_fictional_characters: list[str]  # "Superman", "Mary Poppins": a fictional character, no actor
    animal_lemmas_doc: str
    animal_lemmas: list[str]  # "Bluebell was foaled in Kentucky": only an animal is foaled or gelded
    animal_idiom_words_doc: str
    animal_idiom_words: list[str]  # "a dark horse", "the top dog": a figure of speech, no animal
    companion_nouns_doc: str
    companion_nouns: list[str]  # "Dana Lee and her colleagues": a group a later "they" stands for
    household_nouns_doc: str
    household_nouns: list[str]  # "the Okafor family": a family named by its surname
    household_rank_words_doc: str
    household_rank_words: list[str]  # "the Royal family": a family styled by its rank, no surname
    spouse_nouns_doc: str
    spouse_nouns: list[str]  # "the widow of the president, X": with kin_nouns, a relative, no post of X's
    kin_nouns_doc: str
    kin_nouns: list[str]  # "his father, Dale Mercer": a plain name set apart from "Dale Mercer Jr."
    animal_nouns_also_verbs_doc: str
    animal_nouns_also_verbs: list[str]  # "Allegations dog Ray Hall": a verb too, an animal only after "the", "her"
    abbreviations_also_bodies_doc: str
    abbreviations_also_bodies: list[str]  # "SVP", "CPM": a title or term, or a body's short name, by its place
    abbreviation_term_places_doc: str
    abbreviation_term_places: dict[str, list[str]]  # where "SVP", "CPM" are a title or a term: "EVP of sales"
    event_name_words_doc: str
    event_name_words: list[str]  # "the Finals", "the Olympics": an event named by one word, no actor
    company_name_ends_doc: str
    company_name_ends: list[str]  # "Samsung Electronics Co.", "Zorvex Labs": a company's name ends here (claims only)
    named_event_end_words_doc: str
    named_event_end_words: list[str]  # "the Kestrel Derby": an event's last word, alone also a club's or a name
    recurring_event_end_words_doc: str
    recurring_event_end_words: list[str]  # "the Ruritanian Open": a recurring event's last word, a country word before it
    war_name_end_words_doc: str
    war_name_end_words: list[str]  # "the Ruritania War": a war's name, the country word before it names the country
    war_name_qualifiers_doc: str
    war_name_qualifiers: list[str]  # "the Spanish Civil War": the kind of war, between the country word and "War"
    nations_inside_a_state_doc: str
    nations_inside_a_state: list[str]  # "the Scottish Open": a nation inside a state, no code of its own
    private_body_nouns_doc: str
    private_body_nouns: list[str]  # "American Airlines' X": the body's place word places the body, not its staff
    affiliation_body_nouns_doc: str
    affiliation_body_nouns: list[str]  # "the University of Port Elm": its place word places the body, not its staff
    affiliation_body_phrases_doc: str
    affiliation_body_phrases: list[str]  # "the Kestrel Medical Center": a pair of words that makes such a body
    body_own_phrase_deps_doc: str
    body_own_phrase_deps: list[str]  # "the University of Port Elm": the relations of a body's own phrase
    body_kind_nouns_doc: str
    body_kind_nouns: list[str]  # "the Foundation", "the Agency's": a body called by its kind alone, no actor
    department_words_doc: str
    department_words: list[str]  # "the Marketing team": a function's word before a body's noun, no distinctive name
    person_gathering_nouns_doc: str
    person_gathering_nouns: list[str]  # "the Garcia party": a gathering a person holds, no body
    creed_adjectives_doc: str
    creed_adjectives: list[str]  # "Shi'ite areas": a faith's or current's adjective the model marks as a body
    creed_followers_doc: str
    creed_followers: list[str]  # "Islamists", "Muslims": followers of a faith or current in general, no actor
    thing_nouns: list[str]
    sequence_marks: list[str]
    charge_lemmas: list[str]
    accusing_lemmas: list[str]  # "accused China of using coercion": an accusation reporting the gerund (GUIDE decision 184)
    recording_nouns: list[str]
    recording_nouns_with_a_figurative_sense: list[str]  # "the overall picture shows …": no record without a medium
    recording_medium_modifiers: list[str]  # "satellite images", "CCTV picture": a device's record
    ongoing_state_lemmas: list[str]
    condition_changes: dict[str, list[str]]  # "They were getting healthier", "He is improving": a state (393)
    thing_help: dict[str, list[str]]  # "The new ferry helps islanders reach the mainland": a thing's use (512, 864)
    deliberation_lemmas: list[str]
    background_and_lengths: dict[str, list[str]]  # "When the storm hit, they were fishing": background (550)
    posts_and_postures: dict[str, list[str]]  # "is heading the lab", "was sitting on the rail": states (612, 632)
    polite_wish_lemmas: list[str]
    had_happening_nouns: list[str]
    there_was_happening_nouns: list[str]  # "There were scuffles after the verdict": a one-off happening that took place
    office_words_with_a_thing_sense: list[str]  # "The speaker has been upgraded": a product's part, no office holder
    portrayal_lemmas: list[str]  # "painted her as aloof": a trait told, a fact
    likening_lemmas_doc: str
    likening_lemmas: list[str]  # "likened the levy to a toll": what the thing is like, a judgement
    likening_measurer_pronouns_doc: str
    likening_measurer_pronouns: list[str]  # "They compared the rates to a control": maybe researchers, a measuring
    compared_measure_nouns_doc: str
    compared_measure_nouns: list[str]  # "compared the results to the forecasts": two measures side by side
    judged_as_lemmas: list[str]  # "dismissed the audit as a stunt": the judgement, a fact
    as_fixed_phrase_words: list[str]  # "as of", "as well": "as" opening a fixed phrase, no label
    regarded_as_lemmas: list[str]  # "The ministry sees the deal as a first step": the holder's judgement, a fact
    judged_as_post_nouns: list[str]  # "dismissed him as manager": a post, the act stays an event
    designating_as_lemmas_doc: str
    designating_as_lemmas: list[str]  # "identifies the buyer as Client 7": a code name, no judgement
    described_as_lemmas_doc: str
    described_as_lemmas: list[str]  # 'described the comments made by X as "…"': a label on a clause in the object
    own_as_complement_lemmas_doc: str
    own_as_complement_lemmas: list[str]  # 'the decision to list the bird as "endangered"': the inner verb's own "as"
    code_name_placeholder_nouns_doc: str
    code_name_placeholder_nouns: list[str]  # "identified the official as Person A": a code name, no judgement
    as_adjunct_nouns: list[str]  # "as part of", "as a precaution": an adjunct, no judgement
    casting_signs: dict[str, list[str]]  # "cast the actor as the villain": a part given, no portrayal
    own_role_as_modifiers: list[str]  # "wrote about the crisis as a young reporter": the doer's own role
    own_role_nouns: list[str]  # "saw the film as a teenager", "saw action as a substitute": the subject's own role
    came_with_happening_nouns: list[str]  # "The goal came with two minutes left": a happening, no contents
    sustained_adverbs: list[str]  # "continuously": one act kept up, a pattern only over a "since" span
    there_was_figurative_of_nouns: list[str]  # "there was a flood of complaints": a quantity, no happening
    journal_names: list[str]  # "described in the Lancet": a journal cited by its name alone
    write_up_lemmas: list[str]  # "described the fossil in the journal Nature": a work written up in a journal
    condition_showing_lemmas: list[str]  # "showed symptoms": a condition a body is in
    condition_mark_nouns: dict[str, list[str]]  # "symptom" bare, "sign" with "of" or "no"
    held_gathering_nouns: list[str]  # "held a vigil/reception/talks": a gathering one holds, an act
    held_in_regard_nouns: list[str]  # "held him in high esteem": a lasting regard, no detention
    finder_nouns: list[str]
    study_result_finder_nouns: list[str]  # "The study found that …": a finder whose finding is a study's result
    study_result_verbs: list[str]  # "The study has identified two genes": a result a study has given up to now
    measured_change_finder_nouns: list[str]  # "The survey found a rise in …": a study's measured change
    study_owned_finder_nouns: list[str]
    clinical_trial_modifiers: list[str]
    measured_result_markers: list[str]
    finding_own_subjects: list[str]
    one_moment_preps: list[str]
    study_participant_nouns: list[str]
    doer_noun_endings: list[str]
    one_moment_date_preps: list[str]
    testifying_party_nouns: list[str]
    hearing_nouns: list[str]
    notice_idiom_preps: list[str]
    notice_idiom_place_preps: list[str]
    physical_light_adjectives: list[str]
    exposure_leak_objects: list[str]
    exposure_leak_subjects: list[str]
    uncovered_thing_nouns: list[str]
    instrument_subject_nouns: list[str]
    text_bearing_nouns: list[str]
    making_plain_lemmas: list[str]  # "The flood has exposed …": a thing that makes something plain
    thing_effect: dict[str, list[str]]  # "The floods have spurred …": a thing's effect to date (decision 932)
    knowledge_giving_lemmas: list[str]  # "has yielded clues to …", with knowledge_nouns
    knowledge_nouns: list[str]
    notice_idiom_verbs: list[str]  # "put a spotlight on …", with notice_idiom_nouns
    notice_idiom_nouns: list[str]
    collective_people_nouns: list[str]  # "team", "couple": a singular subject that a later "they" stands for
    one_body_nouns: list[str]  # "committee", "jury": a body an indefinite article introduces as one party
    governing_part_nouns: list[str]  # "the Board of Governors": a body's part named by its members (GUIDE decision 496)
    authored_work_nouns: list[str]
    reading_demonstratives: list[str]  # 'this', 'that': "This suggests that …" reads what the text just told (no source)
    generic_person_modifiers: list[str]  # "average", "typical": "the average voter" is one of a class, no person mentioned
    result_state_lemmas: list[str]
    measure_lemmas: list[str]
    description_lemmas: list[str]
    perception_lemmas: list[str]
    speech_perceived_lemmas_doc: str
    speech_perceived_lemmas: list[str]  # "hear": a verb whose bare infinitive after the one heard is speech made
    experience_lemmas: list[str]
    question_experience_adverbs_doc: str
    question_experience_adverbs: list[str]  # "Has the firm lost money before?": experience over a span, no one happening
    reader_experience_lemmas_doc: str
    reader_experience_lemmas: list[str]  # "Have you wondered/tried …?": the reader's experience or knowledge, a state
    participle_states_doc: str
    participle_states: list[str]  # "Were the players tired?": a state of a person, not the past passive of an act
    reaction_adjectives_doc: str
    reaction_adjectives: list[str]  # "surprised", "shocked": a feeling a sight or news sets off (decision 486)
    stance_lemmas_doc: str
    stance_lemmas: list[str]  # "supported", "opposed": a stance held, in a reported clause's shifted past a state
    summons_words_doc: str
    summons_words: list[str]  # "called for", "called in", "was called off": a summons, an act
    lived_happening_words_doc: str
    lived_happening_words: list[str]  # "lived it up", "lived through the war": a happening, no state
    stance_motion_words_doc: str
    stance_motion_words: list[str]  # "backed down", "backed the truck into": movement, no stance
    stance_occasion_nouns_doc: str
    stance_occasion_nouns: list[str]  # "opposed the plan in a vote": the stand taken at one occasion, an act
    travel_headings_doc: str
    travel_headings: list[str]  # "southbound": the direction a vehicle is moving in, no state of condition (decision 541)
    held_since_lemmas_doc: str
    held_since_lemmas: list[str]  # "live", "control": a state or practice held since a point (decisions 439, 643)
    held_since_participles_doc: str
    held_since_participles: list[str]  # "closed", "detained": a passive naming a lasting state, held since a point
    reaction_perception_lemmas_doc: str
    reaction_perception_lemmas: list[str]  # "see", "learn": what sets the reaction off, in the infinitive after it
    post_holding_passive_doc: str
    post_holding_passive_lemmas: list[str]  # "is to be led by two wardens": a post held, no act of the doer (decision 840)
    natural_force_doc: str
    natural_force_words: list[str]  # "could be flooded by Storm Ivo": no party after "by" (decision 840)
    feeling_passive_doc: str
    feeling_passive_lemmas: list[str]  # "will be missed by his family": a feeling, no act (decisions 470, 484)
    act_passive_unless_judged_doc: str
    act_passive_unless_judged_lemmas: list[str]  # "will be considered by the Senate": an act (decision 840)
    post_taking_passive_doc: str
    post_taking_passive_lemmas: list[str]  # "replaced by Reyes as head coach": a post held (decision 840)
    backing_passive_doc: str
    backing_passive_lemmas: list[str]  # "may be funded by Iran": a guess at a state (decision 840)
    cleft_standing_passives_doc: str
    cleft_standing_passives: list[str]  # "It was Iran that was believed to be …": a standing (decision 46)
    never_record_frames_doc: str
    never_record_frames: dict[str, list[str]]  # "has never won the title": a record over a span (decision 246)
    change_lemmas: list[str]
    recurring_occasion_nouns: list[str]  # "each visit", "every two seconds": a recurring occasion, a pattern
    reaction_drawn: dict[str, list[str]]  # "has received criticism": a standing situation (GUIDE decision 784)
    trend_told: dict[str, list[str]]  # "Safety has improved markedly", "prices are climbing": a change told as a trend
    negated_span: dict[str, list[str]]  # "I haven't done anything wrong": a perfect negated over a span (GUIDE decision 246)
    reaction_drawn_words: dict[str, list[str]]  # "after", "some", "at": what places or counts a drawn reaction (decision 784)
    becoming_moment: dict[str, list[str]]  # "Soon her cough became worse": "became" placed at one moment
    change_nouns: list[str]
    class_undergone_lemmas: list[str]  # "lose", "wake": what a class will undergo, no act of its own
    stative_passive_lemmas: dict[str, str]  # a participle and the complement it needs: any, purpose or ground
    attempt_nouns: list[str]  # tries whose uncounted plural sums a run of acts up to now (decision 540)
    people_nouns: list[str]
    country_attribute_nouns: list[str]
    orgs: dict[str, str | None]  # an organisation's country (ISO 3166 alpha-3), None for international ones
    provision_verbs: list[str]
    reporting_lemmas: list[str]
    phrasal_not_speech: list[str]  # "rule out": a reporting verb and a particle that together name no speech
    quote_tag_lemmas: list[str]
    lead_in_receiving_lemmas: list[str]  # "obtained a memo from …:": verbs of words received, heard or quoted
    nowadays_lemmas: list[str]  # verbs of a state whose present with "today" means "nowadays" (GUIDE decision 22)
    nowadays_passive_lemmas: list[str]  # "tarsiers, which today are found in Asia": "today" on their present passive
    lasting_state_adverbs_doc: str
    lasting_state_adverbs: list[str]  # "are still found", "found only in": a lasting state, no day
    lasting_position_lemmas: list[str]  # verbs of where a thing lies: their present under a past is no timetable
    duration_unit_nouns: list[str]  # nouns of a length of time: "prayed for an hour" tells how long, no wish
    time_nouns: list[str]  # "30 days", "the end of June": a time or date the model may leave unnamed
    multitude_quantifiers_doc: str
    multitude_quantifiers: list[str]  # "many", "plenty (of)": a vague multitude, no party (GUIDE decisions 16, 305)
    people_quantifiers: list[str]  # "Others hailed it as a turning point": people standing alone, a holder
    unnamed_class_doc: str
    unnamed_class: dict[str, list[str]]  # determiners, bare nouns and scopes of an unnamed class (GUIDE decision 430)
    appraised_task_nouns_doc: str
    appraised_task_nouns: list[str]  # "done a fantastic job": the work a party is judged on
    stative_lemmas: list[str]
    act_moment: dict[str, list[str]]  # "after the player chose Chelsea", "overnight": an act tied to a moment
    reaction_moment: dict[str, list[str]]  # "On Monday", "following the match": a reaction placed at one moment
    relation_to_lemmas: list[str]  # "The alert related to a threat": a standing relation, no act
    act_gerund_speech_lemmas: list[str]
    gerund_state_lemmas: list[str]
    subjunctive_lemmas: list[str]
    mandative_command_lemmas_doc: str
    mandative_command_lemmas: list[str]  # "ordered that the gates be locked": an obligation (decision 749)
    appeal_prepositions_doc: str
    appeal_prepositions: dict[str, list[str]]  # "called on X to", "appealed to X to": the appealer reports (decision 183)
    irregular_reporting_pasts_doc: str
    irregular_reporting_pasts: dict[str, str]  # "said": "say": a reporting verb's past read without a parse (decision 757)
    solicited_nouns_doc: str
    solicited_nouns: list[str]  # "invited bids to build the bridge": a thing asked for, its infinitive a purpose
    stated_mood_frames_doc: str
    stated_mood_frames: dict[str, list[str]]  # "insist they control", "the data suggest the cells react": what is (decision 101)
    act_ahead_lemmas: list[str]
    act_ahead_prepositions: list[str]
    happening_asked: dict[str, list[str]]  # "urged a strike on Friday", "called for rallies": a happening asked for (406)
    forward_adjectives: list[str]  # "is likely/set to": an act ahead; not "are free/able to"
    result_clause_lemmas: list[str]  # "would ensure the vote in July was fair": a backshifted result clause
    plan_nouns: list[str]  # "approved a plan to hold elections in September": an act ahead of the plan (406)
    timetable_nouns_doc: str
    timetable_nouns: list[str]  # "according to the schedule for March": the act it sets, ahead
    source_not_out_words_doc: str
    source_not_out_words: list[str]  # "according to a study due out in July": a source not yet out
    world_nouns: list[str]
    world_state_lemmas: list[str]
    world_quantifiers: list[str]
    asking_lemmas: list[str]  # "asked what/why": a question asked in the past is the asking (GUIDE decision 134)
    wondering_lemmas_doc: str
    wondering_lemmas: list[str]  # "wondered whether": a state of mind, fact in any tense (GUIDE decision 578(c))
    spoken_wondering_adverbs: list[str]  # "wondered aloud whether": a wondering told as spoken (decision 134)
    wondering_told_doc: str
    wondering_told: dict[str, list[str]]  # "wondered to reporters", "When …, she wondered": spoken, or at a moment
    requiring_lemmas: list[str]  # "requires X to", "requires that": a rule or task obliges (GUIDE decisions 57, 179)
    ability_of_adjectives_doc: str
    ability_of_adjectives: list[str]  # "capable of solving": an ability frame (GUIDE decision 187)
    place_only_prepositions_doc: str
    place_only_prepositions: list[str]  # "in Charlotte": a town's slot, no person's (GUIDE decision 303)
    in_object_words: list[str]  # "confidence in Charlotte": "in" takes a person as readily as a place
    forcing_lemmas_doc: str
    forcing_lemmas: list[str]  # "forces the council to reopen": X made to act, the kind from X (GUIDE decision 257)
    first_or_last_time_doc: str
    first_or_last_time: list[str]  # "The last time X did Y was in May": when one happening took place (GUIDE decision 467)
    season_nouns: list[str]  # "was in the fall": dates like a DATE entity
    forcing_act_nouns: list[str]  # "forced a vote to remove": an act's noun, no one made to act
    deadline_preps: list[str]  # "by August", "within 30 days": the forced act still ahead (GUIDE decision 556(c))
    deadline_date_words_doc: str
    deadline_date_words: dict[str, list[str]]  # "no later than May 10", "the Aug. 2 deadline": read ahead (decision 490(c))
    way_nouns: list[str]  # "the path … is forcing the party to": a gerund after "is", no forcing
    seeming_lemmas: list[str]  # "appeared to have raised": a hedged telling of what was done (an event)
    staying_on_lemmas: list[str]  # "X will remain acting mayor": a named person keeping a post (a commitment)
    titles: list[str]
    post_nouns_before_a_name: list[str]  # "U.S. astronaut X": posts a nationality opens before a name (decision 36)
    subject_nouns: list[str]
    saying_lemmas: list[str]
    future_frame_lemmas: list[str]
    locative_prepositions: list[str]
    office_words: list[str]
    government_nouns: list[str]
    government_member_nouns: list[str]  # "Syrian army troops": the posts and forces a country's body is named before
    public_office_words: list[str]  # "the city's police commissioner": a lower-case office that is a state's or a town's
    country_office_words: list[str]  # "X, Jordan's foreign minister": a country's office that places its holder
    headed_body_nouns: list[str]  # after a person's name, a body named after its head ("the Lee campaign", GUIDE decision 427)
    language_nouns: list[str]  # nouns a nationality word names a language by ("the Danish word", GUIDE decision 219)
    place_nouns: list[str]
    buildings: list[str]
    title_case_small_words: list[str]  # "of", "the": what a title-cased headline leaves in lower case
    chambers: list[str]
    chamber_complements_doc: str
    chamber_complements: list[str]  # "the House of Representatives": a chamber's name, not "the House of Blues"
    workplace_body_nouns_doc: str
    workplace_body_nouns: list[str]  # "a geologist at the Harlow Institute who …", "from the University of Harlow"
    field_body_nouns_doc: str
    field_body_nouns: list[str]  # "the Center for a Safer Coastline": a body by its kind noun before its field
    name_possessive_nouns_doc: str
    name_possessive_nouns: list[str]  # "Harlow Magistrate's Court", "the Kent County Sheriff's Office"
    name_possessive_office_nouns_doc: str
    name_possessive_office_nouns: list[str]  # "the Kent County Sheriff's" + "office"
    institution_nouns: list[str]
    undergone_lemmas: list[str]
    outcome_phrasals_doc: str
    outcome_phrasals: dict[str, str]
    degree_adverbs: list[str]
    name_suffixes: list[str]
    honorifics: list[str]
    gendered_words: dict[str, list[str]]  # "m" and "f": honorifics, roles, kin words and pronouns of each
    object_lemmas_not_speech: list[str]
    say_object_nouns: list[str]
    say_bare_object_nouns: list[str]
    portfolio_words: list[str]
    finding_lemmas: list[str]
    wrapped_clause_openers_doc: str
    wrapped_clause_openers: list[str]  # 'so', 'and', 'but' after a comma: a clause of its own in a hard-wrapped sentence
    non_source_nouns_doc: str
    non_source_nouns: list[str]  # things, acts and readings that say nothing: no source as a reporting verb's subject
    document_nouns: list[str]
    post_intro_words_doc: str
    post_intro_words: list[str]  # words that make a paragraph naming an account the introduction of its post
    media_call_words_doc: str
    media_call_words: dict[str, list[str]]  # verbs, contact_verbs, page_verbs, nouns … of a call to take in the page's media
    picture_words_doc: str
    picture_words: dict[str, list[str]]  # nouns, verbs, located_verbs, located_sides, sending_verbs of a picture's line
    wire_caption_doc: str
    wire_caption: str  # a regular expression: "In this file photo, …" opening a paragraph of its own
    caption_position_doc: str
    caption_position: str  # a regular expression: "Dana Lee (far left)", where a caption places a person
    post_credit_dashes_doc: str
    post_credit_dashes: list[str]  # the dashes that open a post's credit line, `post_signature`'s {post_credit_dashes}
    post_signature: str  # a regular expression with groups name and handle
    credit_line: str  # a regular expression with group name: "[ Engadget ]" closing an excerpt
    appointing_verbs_doc: str
    appointing_verbs: list[str]  # lemmas giving a person a post: 'hired X as its designer' ties 'the designer' to X
    other_holder_words_doc: str
    other_holder_words: list[str]  # 'former', 'previous': a later description with one of these is another person
    courtesy_titles_doc: str
    courtesy_titles: list[str]  # 'mr', 'ms': honorifics that give no post, so they do not replace a post read before
    stage_direction_words_doc: str
    stage_direction_words: list[str]  # the words, whole, a stage direction is made of: '[LAUGHS]' credits no one
    quote_credit_line: str  # a regular expression with group name: "– Man**" after a quotation that it credits
    roundup_credit: str  # a regular expression with group name: "(WSJ $)" closing a newsletter roundup's item
    interview_question: str  # a regular expression: "Q:" opening an interview's question
    interview_answer: str  # a regular expression: "A:" opening an interview's answer
    interview_lemmas: list[str]  # "interview", "talk": a lead-in that speaks of them introduces an interviewee
    interviewee_pronouns_doc: str
    interviewee_pronouns: list[str]  # "he", "she": a pronoun for the one an introduction puts questions to
    speaker_label: str  # a regular expression with group name: "McKelvey:" opening a transcript's turn
    transcript_label: str  # a regular expression with group name: "THE PRESIDENT:" opening a transcript's turn
    first_person_singular: str  # a regular expression: "I", "my", "me": a paragraph in the first person
    excerpt_announcement: str  # a regular expression: a lead-in naming nobody ("Here's how it works.") above an excerpt
    first_person_any: str  # a regular expression: the first person, singular or plural ("I", "us", "our")
    letter_salutation: str  # a regular expression: "DEAR ABBY:" opening a reader's letter
    letter_signature: str  # a regular expression with group name: "-- WORRIED IN OHIO" closing a letter
    self_naming: str  # a regular expression with group name: "this is Dana Lee", "I'm Dana Lee" opening a speech
    name_line: str  # a regular expression with group name: "Dana Lee, president, Globex" crediting a first-person block
    name_alone_line: str  # a regular expression with group name: "Dana Lee" alone on its line, over a title line
    title_line: str  # a regular expression: "Chief economist, Globex Bank – Toronto" under a name standing alone
    credit_title_nouns: list[str]  # "economist", "strategist": a post's noun that makes a title line a person's title
    reporter_title_nouns: list[str]  # "correspondent", "writer": a newsroom trade, the name over it a byline
    statement_heading: str  # a regular expression with group name: "Statement from … – John Rankin" over a statement
    creed_rubric_doc: str
    creed_rubric: str  # a regular expression: "(To be recited by every clerk …)" over a pledge (GUIDE decision 173)
    impersonal_claim_nouns: list[str]  # "Claims were made that …": nouns of speech a passive makes, by nobody named
    impersonal_claim_verbs: list[str]  # "were made/raised/received that …"
    view_phrases: dict[str, list[str]]  # "in her view", "by her own accounting": preposition -> the nouns it takes
    knowing_lemmas: list[str]  # "Schiff knows that …": pass their that-clause to a third-party holder
    knowing_stative: list[str]  # "know": a knowing the stative rule reads, not awareness of a thing
    clause_knowing_lemmas: list[str]  # "understand", "see": pass a content clause like "realize that" (attribution only)
    as_aside_knowing: list[str]  # "As any sailor knows, …": an aside of knowing credits the clause (no reporting verb)
    put_it_wording_settings: list[str]  # "as the judge put it in her ruling": where the words of "as X put it" were set
    put_it_placing_adverbs: list[str]  # "as Kane put it back", "put it to a vote": "put it" placing a thing, no wording
    regard_passive_lemmas: list[str]  # "is considered the most common …": a view held by nobody named
    regard_passive_as_only_lemmas: list[
        str
    ]  # of those, the ones that give a view only with "as" ("is seen as", not "seen waving")
    valued_at_passive_lemmas: list[str]  # "was valued at $2 million by an auctioneer": the valuer's valuation
    holder_raising_passive_lemmas: list[str]  # "is forecast by Gartner to reach …": the infinitive's clause reported
    holder_raising_be_only_lemmas: list[str]  # "was confirmed by the lab to be a forgery": reported only with "to be"/"to have"
    rated_passive_lemmas: list[str]  # "was rated by the guide's readers as the finest": the raters' judgement
    made_clear_words: list[str]  # "made (it) clear that …", "made known that …": a statement of the clause
    expectation_object_infinitive_lemmas: list[str]  # "expect X to" + verb: the table's frame, no report
    said_to_passive_lemmas: list[str]  # "is said to", "is thought to", "were found to": reported by nobody named
    message_medium_nouns: list[str]  # "told by phone that …": the means, not the teller
    told_that_passive_lemmas: list[str]  # "we were taught that …": the one told is the subject (decision 801)
    impersonal_passive_lemmas: list[str]  # "it is feared that …": reported by nobody named (decisions 63, 489)
    addressee_object_lemmas: list[str]  # "…, told the Courier": the object is the one spoken to, never the speaker
    target_object_lemmas: list[str]  # "…, questioned X at a hearing": a second act aimed at its object, no speaker
    addressed_passive_lemmas: list[str]  # "were told that …": a passive whose subject is the one spoken to
    study_nouns: list[str]
    finding_part_nouns: list[str]  # "a number of studies show that …": a count or mass of works, their finding
    credited_work_nouns: list[str]  # "data from her work with DX:": a work whose owner a lead-in credits
    credited_text_nouns: list[str]  # "a memo …, which include:": a text whose points a lead-in lists
    issued_text_nouns: list[str]  # "Sweden's brochure includes …" / "It tells …": the issuer is what "it" means next
    speaking_text_nouns: list[str]  # "… a new essay. It argues …": the written texts a speaking "it" may stand for
    listed_content_nouns: list[str]  # "Key findings of the survey include:": the points a study or text gives
    document_content_nouns: list[str]  # "Highlights of the report include:": points only a document's (not an event's)
    listing_verb_lemmas: list[str]  # "… include:", "The survey's findings are:": a verb whose subject's points are listed
    listed_owner_prepositions: list[str]  # "findings of/from the study", "provisions in the bill": the owner's preposition
    listed_owner_nouns: dict[str, list[str]]  # "document"/"study": the owners whose points a lead-in lists
    listing_participle_lemmas: list[str]  # "a pact, summarized in three points:": a document described by its points
    lead_in_thought_lemmas: list[str]  # "Jung weighs what …:": a lead-in's verb of thought, its cue as a reporting verb's
    counted_speech_lemmas: list[str]  # "Schwake highlights three risks.": a speech act whose counted points follow
    point_opening: str  # "The first is …", "A second risk is …": a unit naming one of those points
    count_words_doc: str
    count_words: dict[str, int]  # "three risks", "two years ago": the number a word counts
    count_tens: dict[str, int]  # "ninety": the tens a count in words is read with besides count_words
    count_nouns: list[str]  # "a dozen complaints", "half the crews": a count in words besides the number words
    figure_talk_words_doc: str
    figure_talk_words: list[str]  # "approval has hovered in the mid-40s": a figure's range, no decade
    figure_talk_after_words: list[str]  # "in the late-50s age group": only after the decade
    decade_range_part_words_doc: str
    decade_range_part_words: list[str]  # "the low ’70s": degrees or a level, no decade
    possessive_determiners_doc: str
    possessive_determiners: list[str]  # "in his mid-’70s": an age, no decade
    narrated_modals_doc: str
    narrated_modals: list[str]  # "A year later, she would become No. 1": the story's own count
    generic_determiners_doc: str
    generic_determiners: list[str]  # "a foal will still be nursing three months later": any member's own occasion
    of_today_collective_heads_doc: str
    of_today_collective_heads: list[str]  # "the youth of today": these times
    of_today_occasion_nouns_doc: str
    today_of_a_class_signs_doc: str
    today_of_a_class_signs: dict[str, list[str]]  # "Teenagers today spend more than …": these days, no date
    of_today_occasion_nouns: list[str]  # "The meeting of today was cancelled": the day's
    time_to_come_doc: str
    time_to_come: dict[str, list[str]]  # "today, tomorrow and always": the time to come, no day
    could_not_then_doc: str
    could_not_then: dict[str, list[str]]  # "The agency could not confirm the figures": one past happening (event)
    time_taking_lemmas_doc: str
    time_taking_lemmas: list[str]  # "it will take several days before …": a duration, no date
    weekday_counters_doc: str
    weekday_counters: list[str]  # "the first Tuesday in November": a weekday counted in the month
    arrangement_doc: str
    arrangement: dict[str, list[str]]  # "is holding a rally on Saturday": the party's own act; prepositions of time
    rescheduling_lemmas_doc: str
    rescheduling_lemmas: list[str]  # "postponed from May 2024 to October 2024": two dates, no span
    rescheduling_loose_lemmas: list[str]  # "was moved from March 3 to April 7"; not "sales slipped 4% from 2019 to 2021"
    rescheduled_event_nouns_doc: str
    rescheduled_event_nouns: list[str]  # "The launch slipped from March to May": a happening the loose verbs move
    rescheduling_phrasals: dict[str, list[str]]  # "pushed back from January 2024 until June 2024"
    given_names: dict[str, list[str]]  # "m" and "f": common first names of each, a prior for a person's gender
    specification_nouns: list[str]  # "the pattern is to …": what a way of acting consists in, no plan
    be_to_idiom_verbs: list[str]  # "it is to blame": an idiom after "be", no plan of the subject's
    past_unlike_participle_lemmas: list[str]  # "went/gone": a past that can only be finite (decision 702)
    frame_nouns: dict[str, str]  # "has a duty/the right to": the modality the noun gives its infinitive
    existential_frame_nouns: list[str]  # "there are plans to": the frame nouns decision 707 reads after "there"
    postal_state_codes: list[str]  # "West Palm Beach, FL": a place's state, which the model calls an organisation
    index_name_ends_doc: str
    index_name_ends: list[str]  # "the Harbour 100 Index": a market index, no actor
    index_name_fillers_doc: str
    index_name_fillers: list[str]  # "the Kestrel world index": lower-case words inside an index's name (wire style)
    thing_name_ends: list[str]  # "the Magic Keyboard", "the Davis Cup": a name ending so names a thing or event
    programme_name_ends: list[str]  # "the Household Spending Survey": a programme in every mention, even acting
    programme_body_openers_doc: str
    programme_body_openers: list[str]  # "the World Food Programme": an international body's programme-named name
    survey_body_fields_doc: str
    survey_body_fields: list[str]  # "the U.S. Geological Survey": an agency named a survey
    named_thing_kind_nouns: list[str]  # "a gene called …", "a region known as …": a name these introduce names a thing
    called_kind_nouns_doc: str
    called_kind_nouns: list[str]  # "an estate called …", "a trojan called …": as named_thing_kind_nouns, for that reader only
    seat_kind_nouns_doc: str
    seat_kind_nouns: list[str]  # "A province known as Kessel Reach announced …": a place that acts stands for its body
    side_line_nouns_doc: str
    side_line_nouns: list[str]  # "Ireland's attack, known as the Green Machine, scored": a side's players who act
    natural_kind_nouns_doc: str
    natural_kind_nouns: list[str]  # "47 Kestrel, a globular cluster", "the biomarker ZQN": a being's or a thing's name
    venue_name_ends_doc: str
    venue_name_ends: list[str]  # "the Harlow Hotel", "Brannock Gate": a building's or landmark's name, a place
    side_thing_nouns_doc: str
    side_thing_nouns: list[str]  # "both sides of the bread": a thing's sides, where something is, no group
    side_placing_verbs_doc: str
    side_placing_verbs: list[str]  # "flanked on both sides by keys": a side something is put on, no group
    venue_as_a_place: dict[str, list[str]]  # "a protest at Brannock Gate": a venue's name as a place, no actor
    classified_kind_nouns_doc: str
    classified_kind_nouns: list[str]  # "the Zorbix gene", "the Velna river": a name before the noun of its kind, no body
    product_kind_nouns: list[str]  # "the Globex app": a known company before one is its make
    place_part_nouns: list[str]  # "the Elbe river basin": a part of the place the name names
    figurative_natural_kind_nouns_doc: str
    figurative_natural_kind_nouns: list[str]  # "Zorbix is a dinosaur": a figure after "is a", no being
    genus_name_ends_doc: str
    genus_name_ends: list[str]  # "Zorbosaurus", "Kestreltops": a genus's name by its closing formant
    species_epithet_pattern_doc: str
    species_epithet_pattern: str  # "Harlowia kestreli": a lower-case Latin epithet after a genus
    species_epithet_lookalikes: list[str]  # "Harvard alumni": English words of an epithet's form
    eponym_nouns: list[str]  # "Edward syndrome", "the Beal conjecture": a name just before such a noun names a thing
    possessive_eponym_nouns: list[str]  # "Down's syndrome", "Bell's palsy": with "'s", only these name a thing
    eponym_effect_nouns: list[str]  # "the Decoy effect": bare, after a name the model calls an organisation only
    eponym_title_nouns: list[str]  # "Fermat's Last Theorem": the capitalised head that ends a title a name owns
    award_nouns: list[str]  # "the Heisman Trophy", "Stanley Cup champions": a name ending so names a prize
    unborne_name_end_nouns: list[str]  # "Kestrel Airport", "the Harlow Initiative": no person, whatever opens the name
    borne_name_end_nouns: list[str]  # "Remembrance Day", "Hollins Pond": no person after a word that is no given name
    thing_slot_words: list[str]  # "on Nakba Day", "at Hollins Pond": words before such a name that show a day or a place
    edition_occasion_nouns: list[str]  # "the Chinese edition of the Grand Prix": an edition of an occasion held in a land
    award_names: list[str]  # "an Oscar-winning actress": a prize known by one word, before "-winning" and the like
    prize_nouns_doc: str
    prize_nouns: list[str]  # "the Kestrel prize": a prize's closing noun, whose name's first word is its short form
    size_unit_nouns: list[str]  # "the 16-inch MacBook Pro": a number and unit before a name measure a thing
    armed_services: list[str]  # "the Army", "the Marines": a country's armed services, bodies
    landform_nouns_doc: str
    landform_nouns: list[str]  # "the Florida Keys", "the Ozark Mountains": a place's name, no team after its town
    event_kind_nicknames_doc: str
    event_kind_nicknames: list[str]  # "the Atlanta Games": an event after its host town, no team
    geologic_time_names_doc: str
    geologic_time_names: list[str]  # "the Oligocene", "the Cretaceous": spans of time, never actors
    disease_names_doc: str
    disease_names: list[str]  # "COVID-19", "Ebola": illnesses and their viruses, never actors
    disease_names_bodies_bear_doc: str
    disease_names_bodies_bear: list[str]  # "SARS": a disease's short name a body bears too, a body where it acts
    deal_words_doc: str
    deal_words: list[str]  # "ordered 25 Airbus A321 jets": a deal whose counted goods keep their make as the seller
    place_extent_words_doc: str
    place_extent_words: list[str]  # "Greater Sydney", "Metro Vancouver": a place by its extent before a town, no actor
    family_address_words_doc: str
    family_address_words: list[str]  # "Mum", "Dad": a kin word for an unnamed parent, no person's name
    heavenly_bodies: list[str]  # "Jupiter", "the Big Bang": things of the sky, never actors
    armed_force_nouns: list[str]  # "Iranian forces": a state's armed forces, the country, no group
    counted_party_nouns: list[str]  # "six world powers", "several West African countries": a counted group of parties
    party_member_plurals: list[str]  # "Republicans": a party's members, no demonym
    persons_set_nouns: dict[str, int]  # "the pair", "the duo": a set of persons named before, by its number
    persons_set_member_nouns: list[str]  # "both brothers", "the two staffers": persons a set points back to
    persons_set_numbers: dict[str, int]  # "the two", "the three": a count of persons named before
    countries_plural_nouns: list[str]  # "other countries", "many nations": a plural of countries (GUIDE decision 462)
    bloc_region_names: list[str]  # "the West", "the Americas" acting: a group of countries (GUIDE decisions 638(a), 744)
    bloc_region_party_nouns: dict[str, list[str]]  # "pressure from the West", "protests against the West": by preposition
    bloc_region_party_verbs: list[str]  # "accused the West", "courting the Global South": an object acted on as a party
    bloc_region_state_verbs: list[str]  # "the Middle East remains", "the Americas saw record heat": a place's state, no actor
    bloc_region_lead_figure_objects: list[str]  # "the Americas led the world in cases": leading in a figure
    bloc_region_conduct_adjectives: list[str]  # "the West was guilty of nonaction": a copula's subject that acts
    bloc_region_sports_words: list[str]  # "the West" as a sports conference ("the playoffs", "the All-Star game")
    countries_conjunct_nouns: list[str]  # "other states and countries": the nouns before such a plural's "and"
    countries_quantifiers: list[str]  # "other", "some", "most": what makes a plural of countries a group
    countries_modifiers_naming_no_set: list[str]  # "such", "overall": a modifier that leaves a plural of countries no group
    countries_participle_classes: list[str]  # "developing", "producing": -ing words that class a plural of countries
    countries_proper_modifiers: list[str]  # "Baltic", "Gulf": region words that keep their capital before such a plural
    party_name_openers: list[str]  # "Social Democrats", "the People's Democratic Party": another party's name
    party_faction_openers: list[str]  # "Progressive Democrats": a US faction; another party only in "Liberal Democratic Party"
    party_name_full_nouns: list[str]  # "Party", "Union": the noun that ends a party's full name
    party_words_never_opened: list[str]  # "Radical Republicans": a faction of the US party, never another party
    us_party_setting_words: list[str]  # "Congress", "Sen.": a sentence set in US politics
    party_adjectives: list[dict]  # "Republican senators", "GOP lawmakers": a party named as a modifier, with its country
    term_abbreviations: list[str]  # "EV", "IPO", "USB": abbreviations of terms, never actors
    family_nouns: list[str]  # "the Anderson family": a surname before them names a family, not a person
    role_nouns: list[str]  # "his role as X", "the character X": X is a fictional character, no actor
    role_lemmas: list[str]  # "stars as X", "X, played by Y": X is a fictional character, no actor
    plot_lemmas: list[str]  # "the story follows X": X is a character of a summarised work, no actor
    story_nouns: list[str]  # "the story", "the plot": a summarised work as the subject of plot_lemmas
    work_nouns: list[str]  # "his musical X", "X, the recently released musical": X is a work's title, no actor
    from_government_heads: list[str]  # "act independently from Washington": the seat after "from" is its government
    city_seat_nouns: list[str]  # "the University of Liverpool": a body so named stands in the city, in any story
    local_force_nouns: list[str]  # "Ferguson police officer X": a town's own body in an official's title places the person
    name_kind_words: list[str]  # "Tamarack Airlines": the words after a body's distinctive ones (decision 373)
    office_body_nouns: list[str]  # "with the attorney general's office": a government body named by its holder's office
    territory_post_nouns_doc: str
    territory_post_nouns: list[str]  # "general manager for Germany": the territory a manager's post covers places her
    territory_post_titled_nouns_doc: str
    territory_post_titled_nouns: list[str]  # "executive director for China": only with a manager's word before the post
    territory_post_title_words_doc: str
    territory_post_title_words: list[str]  # "executive", "managing": the manager's words before a titled post
    origin_verb_lemmas_doc: str
    origin_verb_lemmas: list[str]  # "grew up in", "hails from": where a person is from
    move_verb_lemmas_doc: str
    move_verb_lemmas: list[str]  # "moved to London": a move on from where she grew up
    appointing_lemmas_doc: str
    appointing_lemmas: list[str]  # "appointed X as ...": a verb that gives a person a post
    appointment_nouns_doc: str
    appointment_nouns: list[str]  # "the promotion of X to ...": a noun of an appointment
    home_nouns: list[str]  # "at his Encinitas home": a present home in a named place places its owner
    resident_nouns: list[str]  # "Guanajuato natives X and Y": the place written before them places the people named after
    former_home_words: list[str]  # "his former home", "her childhood home": no present home
    home_leaving_lemmas_doc: str
    home_leaving_lemmas: list[str]  # "sold her house in Los Angeles": a home given up, no present home
    going_on_openers_doc: str
    going_on_openers: list[str]  # "It would be the first walkout ...": a paragraph that goes on from the one before it
    wake_word_openers_doc: str
    wake_word_openers: list[str]  # "OK Globex, play the news": a greeting that opens a wake word, no company addressed
    sample_speaker_words_doc: str
    sample_speaker_words: list[str]  # "a user might say", "you can ask": a generic speaker of a sample line (decision 84)
    temperature_scales_doc: str
    temperature_scales: list[str]  # "40 degrees Celsius": a scale after "degree(s)", a unit of measure, no actor
    bill_number_prefixes_doc: str
    bill_number_prefixes: list[str]  # "SB 478", "HB 1205": a bill named by its letters and number, no actor
    dotted_version_amount_words_doc: str
    dotted_version_amount_words: list[str]  # "Harlow 2.5 percent": a measure after a dotted number, no release
    version_release_verbs_doc: str
    version_release_verbs: list[str]  # "released Zorbix 2.5": a program's release by its dotted number
    issued_thing_nouns_doc: str
    issued_thing_nouns: list[str]  # "the Birkenstock offering", "the UEFA calendar": the body that issues or runs it
    web_domains: list[str]  # "Edmunds.com": a body's name closed by a web domain goes later by the name before it
    place_kind_nouns: list[str]  # "the states of Mato Grosso and Paraná": names listed under them are places
    witnessed_lemmas: list[str]  # "the state of X has seen fires": a place as the scene, not acting
    place_scene_verbs_doc: str
    place_scene_verbs: dict[str, list[str]]  # "Texas recorded 500 cases": a count's place, no act
    states_named_as_examples_doc: str
    states_named_as_examples: dict[str, list[str]]  # "some states, like Utah, have …": the examples act with the states
    venue_nouns: list[str]  # "published in the journal X": the name after one is where a work appeared
    publishing_lemmas: list[str]  # "published in X", "appeared in X": X is the journal a work appeared in
    issue_nouns: list[str]  # "in the June issue of X": X is the journal a work appeared in
    governed_place_nouns: list[str]  # "the city of X is building …": the place's government, where it acts
    motion_lemmas: list[str]  # "head to Riverwood": a name after them and "to" is where one goes
    heritage_prefixes: list[str]  # "African-Americans": a hyphenated demonym so opened names a people, no country
    conveyance_lemmas: list[str]  # "taken to X Hospital", "a trip to Walter Reed": a name after them and "to" is a place
    channel_lemmas: list[str]  # "listens to TuneCo", "hosted through CloudCo": a company named as the channel, no actor
    example_kind_nouns: list[str]  # "sites like Pixelgram": a name given as an example of them is a thing's
    installed_copy_nouns: list[str]  # "a fresh installation of Zephyr": a name after them and "of" is a thing's
    spelled_body_words: list[str]  # "the Intergovernmental Panel on …": a spelled short form with one names a body
    software_agent_nouns: list[str]  # "Kef, as I named my new agent": a name the writer gives one is a program's
    consumption_lemmas: list[str]  # "try Stadia", "use Wunderlist": a name they take as object is a thing's
    learning_lemmas: list[str]  # "I learned Python and MySQL": the names they take as objects are subjects, not actors
    origin_nouns: list[str]  # "Guanajuato natives", "a Kalamazoo resident": a name before them is a place
    street_name_ends: list[str]  # "Petersallee", "Lüderitzstrasse": a name so ending is a street's or square's
    ethnic_group_words: list[str]  # "Indigenous Peoples", "Latinx": a name of these words only is a generic group
    ethnic_group_nouns: list[str]  # "peoples", "communities": the people's nouns such a name may end in
    region_compass_words: list[str]  # "East Africa", "the Middle East": a compass word, then (region_ends) …
    region_ends: list[str]  # … a continent, ocean or sea: a region, a place
    town_enclave_words: list[str]  # "Vienna's diplomatic enclave": an enclave so described is a town's quarter, its town a place
    name_particle_prefixes: list[str]  # "#McConnell", "#DeSantis": a particle joined to a name, no word of a hashtag of its own
    town_part_nouns: list[str]  # "the city center of Amsterdam": a seat of government after them and "of" is a place
    town_name_titles: list[str]  # "the capital Prague": a seat of government right after one is the town, a place
    town_weather_words: dict[str, list[str]]  # "Madrid and Barcelona shivered", "between Lisbon and Porto": a pair of towns
    state_held_land_nouns: list[str]  # "Moscow's occupied territory": land a state holds, its capital no town there
    story_tradition_nouns: list[str]  # "out of Ruritanian myth": a demonym before one names the tradition, no country
    dangling_name_words: dict[str, list[str]]  # "the U.S. Agency for" + "International Development": words no name ends in
    genus_initial_species: list[str]  # "e.coli": a species news names by its genus's initial, no actor in any spelling
    story_tradition_compounds: list[str]  # "a Ruritanian fairy tale": the nouns a story noun may have before it
    court_jurisdiction_nouns: list[str]  # "Court of Appeals for the Second Circuit": the court's name runs on to one
    platforms: list[str]  # "on Instagram", "an Instagram account": where things are posted, no actor there
    party_prepositions: list[str]  # "works for Twitter": a platform after one is its company
    companies: list[str]  # "Netflix", "Ubisoft": well-known companies the model calls places or persons or leaves unmarked
    title_abbreviations: dict[str, str]  # "Gov." -> "governor": the noun "the governor said" uses
    asking_words: list[str]  # an "if" clause after them asks ("It is unclear if"): no condition
    season_words: list[str]  # "Summer 2020": a season before a year dates it (GUIDE decision 49)
    season_first_months_doc: str
    season_first_months: dict[str, int]  # "this autumn" in a June article: a season still ahead
    day_part_words: list[str]  # "Friday night": a part of the day keeps a weekday one day (decision 59)
    performative_lemmas: list[str]  # "We thank the government": a first-person present that does what it says (an event)
    decision_lemmas: list[str]  # "decided to", "has chosen to", "may opt to": the to-infinitive is an intention (any tense)
    past_wish_lemmas: list[str]  # "wanted to", "yearned to" told in the past: a state of mind then (a fact)
    longing_prepositions: dict[str, list[str]]  # "yearn for", "dream of": a longing and what takes its object
    sleep_words_doc: str
    sleep_words: list[str]  # "That night he dreamt of a flood": a dream seen asleep, no longing
    linking_frame_lemmas_doc: str
    linking_frame_lemmas: list[str]  # "remained ineligible to run": a linking verb whose complement frames the infinitive
    past_aim_lemmas: list[str]  # "sought to", "planned to" told in the past: a past aim, unless still ahead (decision 724)
    arrangement_frame_participles_doc: str
    arrangement_frame_participles: list[str]  # "was supposed to sail": a past arrangement as it stood (decision 1056)
    act_later_adverbs_doc: str
    act_later_adverbs: list[str]  # "was supposed to announce it soon": an act still ahead (decision 1056)
    phase_lemmas_doc: str
    phase_lemmas: list[str]  # "began to insist that …": a reporting verb inside a phase verb attributes nothing (decision 402)
    advice_lemmas: list[str]  # "suggests exfoliating once a week": a gerund advised to whoever reads (recommendation)
    resolve_frames: dict[str, list[str]]  # "sets out to answer", "intent on winning": intention
    noting_frames: dict[str, list[str]]  # "It's worth noting that …": the writer's frame, the clause decides (decision 398)
    habit_adverbs: list[str]  # "I usually hide": a habit, not a happening told in the present (narration.py)
    counted_time_units: list[str]  # "Three days after it hatches": a count from an occasion that comes round
    each_time_words: list[str]  # "each member gets", "is usually sent": a sentence told of each time
    occasion_each_time_determiners: list[str]  # "each", "every": tell each time only over a time's or the occasion's noun
    occasion_ordinals: list[str]  # "the second night of the fair", "the sixth anniversary of": counts within an occasion
    calendar_period_nouns: list[str]  # "the first week of the quarter": a calendar part, no occasion (decision 338)
    yearly_holiday_names: list[str]  # "the first night of Rosh Hashanah": a named yearly day, no occasion (decision 769)
    bracket_count_prepositions: list[str]  # "heaviest at Ford (1750)": a count in brackets, no title's year
    day_range_following_words: list[str]  # "between May 3 and 5 in Leeds": words after a day range, no count's noun
    season_names: list[str]  # "the summer of 1898": a season's year (decision 49)
    games_event_qualifiers: list[str]  # "the 2016 Olympic Games": "Games" ends an event's name after these, not "Epic Games"
    year_time_prepositions: list[str]  # "In 2022 World Cup organisers ...": a year after these is the time, no name's
    designated_days_doc: str
    designated_days: dict[str, list[str]]  # "chose May 3 as Lantern Night": verbs, day nouns, yearly modifiers, kept states
    past_habit_adverbs_doc: str
    past_habit_adverbs: list[str]  # "had traditionally paid": a past or perfect told as a pattern (GUIDE decisions 438, 655(b))
    outcome_lemmas: list[str]  # "have so far failed": how a run of acts turned out (GUIDE decision 540)
    up_to_now_phrases: list[str]  # "so far", "to date": a run summed up to the present
    regime_start_words: list[str]  # "from Monday", "as of Monday": a regime's start or end, no act's day
    aggregate_count_doc: str
    aggregate_count: dict[str, list[str]]  # "At least 120 homes have been flooded": a sum over a period (GUIDE decision 305)
    habit_occasion_doc: str
    habit_occasion: dict[
        str, list[str]
    ]  # "during Tuesday's hearing", "in the crash": one occasion, no habit or sum (GUIDE 438, 503)
    move_copula_doc: str
    move_copula: dict[str, list[str]]  # "Shares were up 3% on the week": one measure's move (GUIDE decisions 581, 806, 816)
    party_act_statives_doc: str
    party_act_statives: dict[str, list[str]]  # "The governor weighed in": a stative verb as a party's act (GUIDE 276)
    span_nouns: list[str]  # "has taught for twenty years": a practice kept up over a span (GUIDE decision 439)
    span_object_nouns: list[str]  # "in the summer", "in the past decade": a span after "in", no moment
    concluding_lemmas: list[str]  # "decided that the alert related to a threat": the clause gives the kind (GUIDE decision 165)
    appearance_lemmas: list[str]  # "It looked old": a description told in the past (GUIDE decision 393)
    found_to_lemmas: list[str]  # "were found to have tumours": a finding, not an act (GUIDE decision 270)
    persuading_lemmas: list[str]  # "the label convinced buyers that …": a belief brought about (GUIDE decision 522)
    laboratory_subject_nouns_doc: str
    laboratory_subject_nouns: list[str]  # "the mice gained weight": a study's observed outcome (GUIDE decision 608(a))
    laboratory_treatment_lemmas: list[str]  # "the mice received the drug": what was given them, the researchers' act
    laboratory_group_modifiers_doc: str
    laboratory_group_modifiers: list[str]  # "the untreated mice": the group a study compares (GUIDE decision 608(a))
    change_paths_doc: str
    change_paths: dict[str, list[str]]  # "has turned into", "has gone from … to": the state a change led to (GUIDE 393)
    change_path_happenings_doc: str
    change_path_happenings: list[str]  # "has turned into a riot": a change told as a happening (GUIDE 393, 267)
    income_lemmas: list[str]  # "made $20 million last year": with a sum of money, an income (GUIDE decisions 305, 466)
    volume_lemmas_doc: str
    volume_lemmas: list[str]  # "would sell nine million consoles this year": a volume still to come, a figure (GUIDE 727)
    figure_ahead_doc: str
    figure_ahead: dict[str, list[str]]  # frames, sources, not_goods, rate_adverbs, period_nouns (GUIDE decision 727)
    figure_outcome_lemmas_doc: str
    figure_outcome_lemmas: list[str]  # "is likely to lose two seats": a figure that falls to the party (GUIDE 651(b))
    skill_manner_adverbs_doc: str
    skill_manner_adverbs: list[str]  # "can sing well", "can capably handle": a standing skill, a trait (GUIDE 583)
    modal_party_nouns_doc: str
    modal_party_nouns: dict[str, list[str]]  # roles, bodies, body_non_acts: who acts under a modal (GUIDE kind, 6)
    past_standing: dict[str, list[str]]  # "served as CEO", "came from a server": in the simple past, how things stood (a fact)
    request_steps_doc: str
    request_steps: dict[
        str, list[str]
    ]  # "then told the crew to", "ordered X to pay within 30 days": a step of a story, or pending
    received_instruction_doc: str
    received_instruction: dict[str, list[str]]  # "were told to wear masks at all times", "until the strike ends" (704(a))
    withheld_speech_doc: str
    withheld_speech: dict[str, list[str]]  # "would not comment on", "wouldn't name": the speech not made (decision 673)
    permission_lemmas_doc: str
    permission_lemmas: list[str]  # "allows you to choose", "enabled voters to toggle" (GUIDE decision 45)
    let_idiom_lemmas: list[str]  # "will let you know", "let slip": an idiom, no leave given (decisions 45, 711)
    enabling_frame: dict[str, str]  # "made it possible (for X) to": an enabling (decision 711(a))
    narrative_would: dict[str, list[str]]  # "would later say", "each spring she would think": narration, not supposing
    travelling_people: dict[str, list[str]]  # "Supporters came from across the state": people, whose coming is a journey
    share_nouns: list[str]  # "made up half of the voters": a share, a figure (fact); "made up a story" is none
    frequency_adverbs: list[str]  # "are increasingly being lost": a trend or habit, not one act under way
    occasion_nouns: dict[str, list[str]]  # "served as best man at the wedding": a role on one occasion, an act (event)
    study_only_finding_lemmas: list[str]  # "the tests showed that": a finding of a study only, not of people acting
    showing_record_nouns: list[str]  # "court records show that": documents and projections that show what they hold
    research_model_marks: dict[str, list[str]]  # "climate models show that": a model researchers built, by a mark
    that_clause_openers_not_hung: list[str]  # "so that", "so loudly that": no hung that-clause
    past_standing_marks: dict[str, list[str]]  # "lived … ago", "came from behind", "began as"
    due_time: dict[str, list[str]]  # "The time has come to …"
    marked: dict[str, list[str]]  # "The vote marked a turning point" (fact) vs "The museum marked the anniversary" (event)
    experienced_before_now: dict[str, list[str]]  # "have received such alerts before": experience up to now (fact)
    staying_put: dict[str, list[str]]  # "he stayed home from work": a party's act of staying somewhere (event)
    measure_phrasals: dict[str, str]  # "made up 95% of the staff": a share, a figure (fact)
    level_stood_at_doc: str
    level_stood_at: list[str]  # "stood at 88.8": the level a figure was at (fact)
    span_spending_lemmas_doc: str
    span_spending_lemmas: list[str]  # "have spent decades arguing": a practice over a span (GUIDE decision 439)
    span_spent_doc: str
    span_spent: dict[str, list[str]]  # "has spent weeks/his life/time …": the stretch spent; words that bound it
    passive_progressive_not_acts: list[str]  # "is being used", "is being mistaken for": no act under way (decision 615(c))
    negated_progressive_not_acts: list[str]  # "wasn't joking", "isn't trusting", "wasn't wearing": no act (267, 632, 664(b))
    negated_progressive_state_objects: dict[str, list[str]]  # "isn't holding a grudge", "isn't making money": a state
    negated_progressive_degrees: list[str]  # "isn't making enough cars", "aren't taking it seriously": a degree (101)
    ranking_standing: dict[str, list[str]]  # "ranks third", "came in ninth": a place on a ranking (decision 650)
    ranking_moves: list[str]  # "climbs to third", "fell two places": a move on a ranking (decision 650)
    ranking_nouns: list[str]  # "the rankings", "the list", "the table" (decision 650)
    ranking_place_nouns: list[str]  # "two places", "third spot" (decision 650)
    past_standing_in_the_perfect: dict[str, list[str]]  # "has served as", "had originated in": a standing in the perfect too
    class_member_nouns: list[str]  # "Students can use the library": a bare plural naming a class (GUIDE decision 16)
    body_member_nouns: list[str]  # "Globex engineers", "White House officials": a body's members as a group (GUIDE decision 534)
    non_staff_member_nouns: list[
        str
    ]  # "Twitter activists": members of a cause, no staff of a company (actors._a_post_at_a_company)
    body_unit_nouns: list[str]  # "the Lumen team", "Time magazine": a body named by a word and its common noun (decision 447)
    company_unit_nouns: list[str]  # "Globex’s Lumen Cloud business": a company's unit named after its possessive (decision 447)
    place_body_nouns: list[str]  # "Springfield police": a place's own body named with its noun (GUIDE decision 285)
    news_outlet_heads_doc: str
    news_outlet_heads: list[str]  # "the Daily Courier", "the newspaper": a news outlet's name ends in one (GUIDE decision 4)
    news_agencies_doc: str
    news_agencies: list[str]  # "Reuters", "the Associated Press": outlets known by a name alone (GUIDE decision 4)
    introduced_body_nouns_doc: str
    introduced_body_nouns: dict[str, list[str]]  # "A jury will decide": one body introduced (GUIDE decisions 6, 16)
    pressure_facing_lemmas: list[str]  # "has faced criticism": with a pressure noun, a party's situation (GUIDE decision 415)
    difficulty_nouns: list[str]  # "is facing difficulty finding a coach": with a gerund, the party's effort (GUIDE decision 403)
    pressure_nouns: list[str]  # "criticism", "delays", "a fine": what a party faces (GUIDE decision 415)
    matter_on_lemmas: list[str]  # "ruled on", "rely on": an "on" that takes the party or matter, no platform posted on
    base_form_past_lemmas_doc: str
    base_form_past_lemmas: list[str]  # "the march set the stage": a past spelled as the base form (claims/__init__.py)
    aspect_lemmas_doc: str
    aspect_lemmas: list[str]  # "is continuing to make progress": the present going on, not a time ahead (dates.py)
    greeting_wish_lemmas_doc: str
    greeting_wish_lemmas: list[str]  # "I pray you all have a Happy Thanksgiving": the next one (GUIDE decision 349)
    holiday_calendar_words_doc: str
    holiday_calendar_words: list[str]  # "Orthodox Christmas", "Canadians spent Thanksgiving": another day (decision 563)
    later_time_adverbs: list[str]  # "I would soon learn": a future in the past that came to happen (decision 107)
    feeling_idioms: list[str]  # "I can't wait to", "can't help but": a negated "can" telling a feeling (kind fact)
    own_words_lemmas_doc: str
    own_words_lemmas: list[str]  # "I have to confess that …", "I must admit that …": the speaker's own words, no duty
    appraisal_verbs: list[str]  # "you have to admire", "you gotta love": an appraisal, no duty (GUIDE decision 216)
    feelings: list[str]  # "I will miss", "I will cherish": a feeling to come, nobody's undertaking (kind fact)
    states_of_mind: list[str]  # "have to recognize that", "can understand why": a state of mind under a frame (kind fact)
    non_play_contests_doc: str
    non_play_contests: list[str]  # "was 2 for 2 in the primaries": no game line (decision 524)
    tally_nouns_doc: str
    tally_nouns: list[str]  # "had two goals and an assist": what a player had in a game is what happened in it
    team_role_nouns: list[str]  # "Pittsburgh quarterback X": a post in a team, whose place names the team
    club_post_nouns: list[str]  # "San Antonio's president": a club's own post or part after its place's possessive
    body_not_city_post_nouns: list[str]  # "Lyon fans", "Lyon's owner": a club or company, no city (no mayor's post)
    academic_post_nouns: list[str]  # "Oxford professor X": the city names the university
    sport_context_words: list[str]  # "quarterback", "playoffs": two of them make a window a sports report
    sport_side_heads: list[str]  # "the loss at Minnesota", "a win over Georgia": a side's noun or verb before its place
    plural_agreement: list[str]  # "The Heat are …": verbs agreeing with a plural subject
    anywhere_adverbs: list[str]  # "anywhere but Port Elm": the place after "but" is where one is, no team
    envoy_nouns: list[str]  # "the special envoy to Ukraine": a post sent to a country, which is not the envoy's
    aide_nouns: list[str]  # "a top aide to Vice President Pence": a post in another person's service
    result_lemmas: dict[str, list[str]]  # "win_over", "lose_to" (verbs), "win_nouns": a game's result between two sides
    described_person_nouns: list[str]  # "the Portuguese boss": a nationality's noun standing for the person last named
    workplace_lemmas: list[str]  # "X, who heads the Alliance for American Manufacturing": a clause naming one's body


class Countries(TypedDict):
    """countries.json: declcli's own names on top of the generated gazetteer."""

    short_names: dict[str, str]
    aliases: dict[str, str]
    demonyms: dict[str, str]
    subdivisions: dict[str, str]
    territories: list[str]
    plain_city_min_population: int  # a city written without its accents is prominent enough (GUIDE decision 625)
    plain_letters: dict[str, str]  # "Ł" -> "L": letters no Unicode decomposition makes plain


class Gazetteer(TypedDict):
    """gazetteer.json, generated by `python -m declcli.gazetteer`."""

    capitals: dict[str, str]
    cities: dict[str, str]
    accented_city_populations: dict[str, int]  # of the cities whose name is not plain ASCII
    subdivision_names: list[str]  # every country's provinces, states, regions and islands (pycountry)
    countries: list[list[str | None]]  # alpha-2, alpha-3, name, common name (or None), official name (or None)
    sources: dict[str, str]  # the version of each library it was generated from (provenance)


class Metadata(TypedDict):
    """metadata.json: bylines' words and the month names dates are read with."""

    author_roles: list[str]
    byline_prefixes: list[str]
    name_joiners: list[str]
    months: dict[str, list[str] | dict[str, int]]  # each language's names in order; "abbreviations": name to number
    weekdays: list[str]  # where a byline's names end
    name_particles: list[str]  # the lower-case words of a person's name
    author_labels: list[str]  # labels and buttons where a name would stand ("Follow"): never a name
    credit_roles: list[str]  # "Fotograf", "Styling": where a credits line's names end
    organisation_word_ends: list[str]  # "Landesanstalt", "Bundesverband": an organisation's name
    organisation_forms: list[str]  # "GmbH", "e.V.": an organisation's name, never a person's
    credit_words: list[str]  # the lower-case words of a desk's or organisation's credit ("Bund der …")
    date_classes: list[str]
    update_labels: list[str]  # a shown date so labelled is an update, never the published date over a stated one
    published_labels: list[str]  # a label that names a date as the article's; another label's date under the headline is not
    relative_dates: dict[str, list[str]]  # "before"/"after" a number of days: a date shown relative to the reader's day
    author_page_paths: list[str]  # "author", "autoren": a link to a writer's page names the writer
    kicker_classes: list[str]  # "kicker", "label": an element opening an <h1> that is no part of the headline
    bio_openings: list[str]  # "is a", "ist eine": how a writer's bio line goes on after the name


class Topics(TypedDict):
    """topics.json: each topic's words."""

    topics: dict[str, list[str]]


class Persons(TypedDict):
    """persons.json: well-known office-holders' countries, by full name and by a surname that alone names one."""

    persons: dict[str, str]
    surnames: dict[str, str]


class ActorModel(TypedDict):
    """actor_model.json: the learned keep/drop filter over the rules' actors (claims/actor_model.py), written by
    benchmarks/train_actors.py: {"C", "intercept", "paths" (the gate: the rules' paths it acts on), "rows",
    "threshold", "weights"}; an "admit" model beside it only where one is fitted."""

    keep: dict


VIEWS: dict[str, type] = {
    "abbreviations": Abbreviations,
    "actor_model": ActorModel,
    "agreements": Agreements,
    "chrome": Chrome,
    "claims": Claims,
    "countries": Countries,
    "gazetteer": Gazetteer,
    "metadata": Metadata,
    "persons": Persons,
    "topics": Topics,
}

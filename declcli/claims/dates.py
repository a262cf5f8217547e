"""Date expressions in a claim, resolved against the article's date.

Values are ISO 8601 (YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY); a day and
month whose year cannot be known is `--MM-DD`; a relative expression ("on
Monday", "yesterday") with no reference date has value null.

Where the expression leaves the direction open (a bare weekday, a month, a
day and month without a year), the claim's tense decides: `future` takes
the next such day on or after the reference date, `past` the latest on or
before it. "last Thursday" is the Thursday of the week before the
reference's week; "next Monday" the first Monday after the reference.
Day-month and month-year dates are also read in French, German and Spanish
("4 décembre 2019", "4. Dezember 2019", "décembre 2019"). Counted spans back
name that day, ISO week, month or year ("two days ago", "a week ago", "three
months ago", "four years ago", "a couple of weeks ago", "a century ago"; benchmarks/claims_real/GUIDE.md,
decisions 20, 40, 58, 72); "later that month" is the month of the date before it in the
claim, else listed without a value. A year inside a product's or an event's name
("the 2020 Sentra", "Euro 2020"; decisions 20, 40) is no date, told by the parse, but
one opening a law's or treaty's name is ("the 2015 Paris Agreement", decision 87); a
weekday after "every" recurs, no date (decision 95).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .. import patterns
from ..gazetteer import lower_folds
from ..lexicon import load
from ..model import DateRef
from ..sentences import MONTH_NAME, SCHEDULE_DATE
from .attribution import quote_regions
from .lexicon import words

_MONTHS_EN = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTHS_RU = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
_MONTH_WORD = MONTH_NAME  # "June", "Sept." (the sentence splitter's, which reads schedule rows by it too)
_MONTH_RU = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# French, German and Spanish month names (lower case) -> month number.
_MONTHS_OTHER = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
_MONTH_OTHER = r"(?:" + "|".join(sorted(_MONTHS_OTHER, key=len, reverse=True)) + r")"
# German month names as written (capitalised); those English spells the same way are left to English.
_MONTHS_GERMAN = ("Januar", "Jänner", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember")
_MONTH_OTHER_CASED = (
    "(?:"
    + "|".join(sorted((m for m in _MONTHS_OTHER if m not in ("april", "august", "september", "november")), key=len, reverse=True))
    + "|"
    + "|".join(_MONTHS_GERMAN)
    + ")"
)
# A month's name or its short form as a word, in lower case ("july", "sept").
MONTH_WORDS = frozenset(_MONTHS_EN) | {m[:3] for m in _MONTHS_EN} | {"sept"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Named months (GUIDE decision 96), as written, with their month; "Black History Month" is
# February's (October's only in the UK, where its articles say so).
_NAMED_MONTHS = {
    "Women's History Month": 3,
    "Black History Month": 2,
    "Pride Month": 6,
    "Breast Cancer Awareness Month": 10,
    "Mental Health Awareness Month": 5,
    "Native American Heritage Month": 11,
    "National Poetry Month": 4,
}
_NAMED_MONTHS_WRITTEN = [name.replace("'", "['’]").replace(" ", r"\ ") for name in _NAMED_MONTHS]

# Months of the Islamic and Hebrew calendars as the news spells them (GUIDE decision 563(b); claims.json
# lunar_month_names): a named month that matches no one Gregorian month, listed with no value. Found only after a word
# that sets a happening in one ("during Ramzan", "in the holy month of Ramadan"), and not where the parse takes it for a
# person's name: "Nisan" and "Elul" are given names too, "Ramadan" a family name ("a friend of Nisan", "the prize for
# Elul").
_LUNAR_MONTHS = tuple(sorted(load("claims")["lunar_month_names"], key=len, reverse=True))

# Where a month "of" its year may stand (claims.json month_of_year_leads): "in November of 2019", "mid-May of 2019"; also
# where no word goes before ("March of 2015 was wet", "(March of 2015)"); not after a name's word, "the Women's March of
# 2017" (an event named "… March", decision 73).
_MONTH_OF_LEAD = (
    r"(?:"
    + r"|".join(
        r"(?<=\b(?i:" + re.escape(w) + (r"))" if w.endswith("-") else r")\s)")
        for w in sorted(load("claims")["month_of_year_leads"], key=len, reverse=True)
    )
    + r")"
)

# A count of days, years or more before "later", "after" …: a number word (claims.json count_words), a few digits, "a
# few", "several"; not an amount of money ("raised $40 million years before it turned a profit"). `_BIG_COUNT` also
# takes a decimal, before "thousand", "million", "billion" ("13.8 billion years after").
_COUNT_ALTERNATIVES = (
    r"an? | "
    + r" | ".join(sorted(load("claims")["count_words"], key=len, reverse=True))
    + r" | a\ few | a\ couple\ of | several | half\ an?"
)
# A count back in words from one to ninety-nine ("eleven", "twenty-five", "forty two"; claims.json count_words and
# count_tens), also in thousands ("two thousand"), or in digits ("10", "2,000") before the unit of "… ago" (GUIDE
# decisions 20, 40, 86, 142).
_NUMBER_WORDS = {**load("claims")["count_words"], **load("claims")["count_tens"]}
_COUNT_BACK = (
    r"(?: (?: (?: "
    + r" | ".join(sorted((w for w, n in _NUMBER_WORDS.items() if n >= 20 and n % 10 == 0), key=len, reverse=True))
    + r" ) (?: [\s-] (?: "
    + r" | ".join(w for w, n in _NUMBER_WORDS.items() if n < 10)
    + r" ) )? | "
    + r" | ".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r" ) (?: [\s-] thousand )? | \d{1,3} (?:,\d{3})* )"
)
_NOT_MONEY = r"(?<![$€£¥]) (?<![$€£¥]\d\.) (?<![$€£¥]\d\d\.) (?<![$€£¥]\d\d\d\.)"
_COUNT = r"(?: " + _COUNT_ALTERNATIVES + r" | " + _NOT_MONEY + r" \d{1,3} )"
_BIG_COUNT = r"(?: " + _COUNT_ALTERNATIVES + r" | " + _NOT_MONEY + r" \d{1,3} (?: \.\d+ )? )"

# The ordinals that count a day or an anniversary within an occasion ("the second night", "the sixth anniversary"),
# the named yearly days whose ordinal day is no occasion's ("the first night of Rosh Hashanah", decision 769), and
# the seasons whose "the ... of" takes an earlier century's year ("the summer of 1898", decision 49): claims.json.
_OCCASION_ORDINAL = "|".join(words().occasion_ordinals)
_YEARLY_HOLIDAY = "|".join(r"\s+".join(map(re.escape, h.split())) for h in words().yearly_holiday_names)
_CALENDAR_PERIOD = "|".join(words().calendar_period_nouns)
_AFTER_THE_SEASON_OF = "|".join(rf"(?<=\b[Tt]he\ {s}\ of\ )" for s in words().season_names)

# (kind, pattern) in the order they are tried; each pattern is compiled the
# first time a claim holds its cues (_pattern). Those longer than a line are in
# verbose mode ("(?x)": spaces are not matched; "\ " is a space) with their parts named.
# A bound before a count forward ("in less than nine months' time", "under six months away", "no more than six months
# from now"): the count names no one time (GUIDE decision 511), and `text` keeps the bounding words.
_BOUND = r"""(?P<bound> (?: (?:no \s+)? (?:more|less|fewer) \s+ than | at \s+ (?:least|most) | over | under | within
    | up \s+ to | nearly | almost ) \s+ )?"""
_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    ("dmy_num", r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),
    # "11/20/2019" (month first, as English news writes it) or "20/11/2019" (a first number over 12).
    # After a weekday the year may have two digits ("Tuesday, 12/15/15": the weekday and the numbers are one date).
    (
        "slash_num",
        r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|(?<=day,\ \d/\d/)\d{2}|(?<=day,\ \d\d/\d\d/)\d{2}"
        r"|(?<=day,\ \d\d/\d/)\d{2}|(?<=day,\ \d/\d\d/)\d{2})(?![\d/])",
    ),
    # "March 4", "Sept. 24, 2019"; not a time ("May 5:30").
    (
        "mdy",
        r"""(?x) \b (?P<month>"""
        + _MONTH_WORD
        + r""") \s+ (?P<day>\d{1,2}) (?:st|nd|rd|th)?
        (?: ,? \s+ (?P<year>\d{4}) )?
        # not a time ("May 5:30") nor the first day of a range ("Oct. 5–7", a span: GUIDE decision 109)
        (?! \d | :\d | \ ?[–—-]\ ?\d{1,2}\b (?! [:.,]\d ) )""",
    ),
    # "4 March", "4th March, 2019".
    (
        "dmy",
        # (not the last day of a range: "18-24 November", a span, GUIDE decision 109)
        r"""(?x) (?<! \d[–—-] ) (?<! \d\ [–—-]\ ) \b (?P<day>\d{1,2}) (?:st|nd|rd|th)? \s+ (?P<month>"""
        + _MONTH_WORD
        + r""")
        (?: ,? \s+ (?P<year>\d{4}) )? \b""",
    ),
    # "the 3rd of November", "the 21st of March 2019", "The 1st of May of 2019".
    (
        "the_dmy",
        r"""(?x) (?<=\b[Tt]he\ ) (?P<day>\d{1,2}) (?:st|nd|rd|th) \s+ of \s+ (?P<month>"""
        + _MONTH_WORD
        + r""")
        # (its year also after "of": "the 5th of November of 1980")
        (?: (?: ,? \s+ | \s+ of \s+ ) (?P<year>\d{4}) )? \b""",
    ),
    # "4 décembre 2019", "4. Dezember 2019", "4 de diciembre de 2019".
    (
        "dmy_other",
        r"""(?ix) (?<!\d) (?<! \d[–—-] ) (?<! \d\ [–—-]\ ) (?P<day>\d{1,2}) (?:er|\.)? \s+ (?:de\s+)? (?P<month>"""
        + _MONTH_OTHER
        + r""")
        (?: \s+ (?:de\s+)? (?P<year>\d{4}) )?
        (?! [\w] )""",
    ),
    # "4 марта 2019 года".
    (
        "dmy_ru",
        r"""(?ix) (?<!\d) (?P<day>\d{1,2}) \s+ (?P<month>"""
        + _MONTH_RU
        + r""")
        (?: \s+ (?P<year>\d{4}) (?: \s* (?:года|г\.) )? )?""",
    ),
    # (also "November of 2010", one month, its text as written, where a word of time leads: `_MONTH_OF_LEAD`)
    (
        "my",
        r"(?=[JFMASOND])(?:(?:(?<![\w'’])(?<![\w'’]\s)|"
        + _MONTH_OF_LEAD
        + r")(?="
        + _MONTH_WORD
        + r"\s+of\s+\d{4}\b)|(?="
        + _MONTH_WORD
        + r",?\s+\d{4}\b))\b(?P<month>"
        + _MONTH_WORD
        + r")(?:,?\s+|\s+of\s+)(?P<year>\d{4})\b",
    ),
    # "décembre 2019", "diciembre de 2019", "Dezember 2019": French and Spanish months in lower case (as
    # they are written; not "Mars 2020", a mission), German ones capitalised.
    ("my_other", r"(?<![\w-])(?P<month>" + _MONTH_OTHER_CASED + r")\s+(?:de\s+)?(?P<year>\d{4})\b"),
    # "March last year", "June of next year"; and a month placed by a phrase that points back to a year the text gives
    # ("in May the same year", "by June of that year"): one expression with no value (GUIDE decision 938)
    (
        "month_rel",
        r"""(?x) \b (?P<month>January|February|March|April|May|June|July|August|September|October|November|December
                       | (?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\. )
        \s+ (?:of\s+)? (?: (?P<word>last|this|next) | (?P<back> that | the\ same | the\ following | the\ next | the\ previous ) )
        \s+ year \b""",
    ),
    (
        "month",
        r"""(?x)
        # ("mid-" also glued to the month: "in mid-May", where "May" would else read as the modal)
        (?i: \b (?: (?:in|since|by|until|till|from|to|of|during|before|after|early|late|mid-?|last|next|this\ past|past|this) \s+
                   | mid- ) )?
        # (not the month of a day range: "18-24 November", GUIDE decision 109)
        (?<! \d[–—-]\d\ ) (?<! \d[–—-]\d\d\ ) (?<! \d\ [–—-]\ \d\ ) (?<! \d\ [–—-]\ \d\d\ )
        # (nor the month of a named day: "the Fourth of July")
        (?<! Fourth\ of\ ) (?<! 4th\ of\ )
        \b (?P<month>January|February|March|April|May|June|July|August|September|October|November|December
                    |Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)
        (?! [\w-] ) (?! \s+ quarter ) (?! \s+ \d{1,2} \ ?[–—-]\ ?\d{1,2}\b (?! [:.,]\d ) )
        # (nor a name's word before "of" and a year that "my" left: "the Women's March of 2017", decision 73)
        (?! \s+ of \s+ \d{4} \b )""",
    ),
    # A named day (GUIDE decision 20): "Election Day", "Christmas Eve"; "Christmas" or "Thanksgiving"
    # alone only after a preposition of time ("by Christmas"; not "Christmas shopping"), or where the parse shows it
    # names one day (`_a_bare_holiday_named`: "Last Thanksgiving", "to spend Christmas", "hope for a quiet Christmas").
    (
        "named_day",
        r"""(?x)
        # "last Thanksgiving", "next Easter", "this Christmas": the word placing it, kept in `text` (the dates section)
        (?: (?P<pointer> [Ll]ast | [Nn]ext | [Tt]his ) \  (?= (?: Christmas | Xmas | Thanksgiving | Easter ) \b ) )?
        (?P<name> Election\ Day | (?:Christmas|Xmas)\ (?:[Dd]ay|Eve) | New\ Year[’']s\ (?:Day|Eve) | Thanksgiving\ Day
                | Independence\ Day | Veterans\ Day | Labor\ Day | Memorial\ Day | Boxing\ Day | Halloween
                | Valentine[’']s\ Day | Black\ Friday | Cyber\ Monday
                | Singles\ Day | St\.?\ Patrick[’']s\ Day | Juneteenth | Earth\ Day | Groundhog\ Day | Bastille\ Day
                # (a qualified name is another day: "Holocaust Remembrance Day" is no Remembrance Day)
                | (?:International\ )?Holocaust\ Remembrance\ Day | Inauguration\ Day | (?:Fourth|4th)\ of\ July
                | Canada\ Day | Australia\ Day | Remembrance\ Day | Armistice\ Day | Mother[’']s\ Day | Father[’']s\ Day
                | Presidents[’']?\ Day | Columbus\ Day | Martin\ Luther\ King(?:\ Jr\.?)?\ Day
                | Good\ Friday | Easter\ (?:Sunday|Monday)
                # a festival the moon fixes, by the year's table (claims.json "moon_named_days"): "during Diwali"
                | Diwali | Deepavali | (?: Chinese | Lunar ) \ New\ Year (?! [’']s\ (?:Day|Eve) )
                # (the preposition also opening the sentence: "On Thanksgiving, the sheriff …")
                | (?: (?<=\bOn\ ) | (?<=\bBy\ ) | (?<=\bAfter\ ) | (?<=\bBefore\ ) | (?<=\bSince\ ) | (?<=\bUntil\ )
                    | (?<=\bOver\ ) | (?<=\bDuring\ ) ) (?: Christmas | Thanksgiving | Easter )
                | (?: (?<=\bby\ ) | (?<=\bon\ ) | (?<=\bat\ ) | (?<=\bover\ ) | (?<=\bafter\ ) | (?<=\bbefore\ )
                    | (?<=\buntil\ ) | (?<=\bsince\ ) | (?<=\bfor\ ) | (?<=\binto\ ) | (?<=\bthrough\ ) | (?<=\bduring\ )
                    # "her post from Thanksgiving" (GUIDE decision 349)
                    | (?<=\bfrom\ )
                    # a greeting names the day it is said for ("Happy Thanksgiving!", "Merry Christmas", "Merry Xmas")
                    | (?<=\bHappy\ ) | (?<=\bMerry\ )
                    # a prefix counting from the day ("a pre-Thanksgiving press conference", GUIDE decision 281)
                    | (?<=\b[Pp]re-) | (?<=\b[Pp]ost-) ) (?: Christmas | Xmas | Thanksgiving | Easter )
                # "the Thanksgiving holiday weekend", "the Easter weekend" (GUIDE decision 191)
                | (?: Christmas | Thanksgiving | Easter ) (?= (?:\ holiday)?\ weekend\b )
                # anywhere else, kept only where the parse shows it names one day (`_a_bare_holiday_named`)
                | (?<! [\w-] ) (?P<bare> Christmas | Xmas | Thanksgiving | Easter ) )
        (?! [’']s\ Day | \ (?:Day|Eve) ) \b
        # A holiday's weekend: "the long Labor Day weekend" is that weekend's ISO week (decision 191).
        (?P<weekend> (?:\ holiday)?\ weekend \b (?!s) )?
        # The year a named day may give: "Christmas Day 1990", "on Easter Sunday, 2019".
        (?: ,?\ (?P<year> (?:19|20)\d{2} ) (?! [\d%] | [.,]\d ) )?""",
    ),
    # A named month with no year (GUIDE decision 96): "Women's History Month", "Pride Month".
    ("named_month", r"(?P<name>" + "|".join(sorted(_NAMED_MONTHS_WRITTEN, key=len, reverse=True)) + r")\b"),
    # A month of another calendar after the word that sets something in it: "during Ramzan", "the holy month of Ramadan".
    (
        "lunar_month",
        # ("of" only in "the month of": "a friend of Nisan", "supporters of Ramadan" name persons)
        r"\b(?:[Dd]uring|[Ii]n|[Mm]onth\s+of|[Tt]hroughout|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Ff]or|[Tt]his|[Ll]ast|[Nn]ext)\s+"
        r"(?:the\s+)?(?:(?:holy|fasting|Islamic|Muslim|Jewish)\s+)?(?:month\s+of\s+)?"
        r"(?P<name>" + "|".join(name.replace(" ", r"\ ") for name in _LUNAR_MONTHS) + r")\b(?![’'-]|\s+[A-Z])",
    ),
    # "on Monday", "late Tuesday", and the wire style "was released Tuesday"; not "Tuesday, Sept. 24" (mdy has it).
    (
        "weekday",
        r"""(?x)
        (?: (?i: \b (?:on|last|this\ past|past|this\ coming|this|next|since|by|until|from|late|early|overnight|before|after) \s+ )
            (?: (?:late|early) \s+ )? )?
        \b (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \b
        # "on Thursday last" (Caribbean and Indian English): last week's; not "Friday last week"
        (?: \ (?P<last>last) \b (?! \s+ (?:week|month|year|night|time|season)\b | \s+ \d ) )?
        # (nor a weekday the numbers after it date: "Tuesday, 12/15/15"; nor one with its date in brackets, "Friday (June
        # 7)": one expression, listed once by its date, GUIDE decision 529)
        (?! ,? \s+ """
        + _MONTH_WORD
        + r""" | ,\ \d{1,2}/\d{1,2}/\d{2} | \s* \( \s* """
        + _MONTH_WORD
        + r""" \s+ \d | \s* \( \s* \d{1,2} (?:st|nd|rd|th)? \s+ """
        + _MONTH_WORD
        + r""" | \s* \( \s* \d{1,2} [/.] \d{1,2} )""",
    ),
    # "over the weekend", "last weekend", "this weekend": the ISO week of that weekend's Saturday.
    ("weekend", r"(?i)\b(?:(?P<word>last|this\s+past|past|this|next|over|during|at|on)\s+)?(?:the\s+)?(?<!day )weekend\b(?!s)"),
    # A count back that bounds a time without naming it ("more than 30 years ago", "less than a year and a half
    # ago", "over a decade ago") or gives no number ("a few weeks ago", "several years back"): listed without a
    # value (GUIDE decisions 142, 188). Before "years_ago", which would take the count inside it.
    (
        "bounded_ago",
        r"""(?ix) \b (?: (?: (?:more|less|fewer) \s+ than | over | under ) \s+
              (?: a | """
        + _COUNT_BACK
        + r""" ) \s+
              (?: years? | days? | weeks? | months? | decades? | century | centuries ) (?: \s+ and \s+ a \s+ half )?
            | (?: a \s+ few | several | some | (?: so \s+ )? many ) \s+ (?: years | days | weeks | months | decades )
            # two counts offered ("two or three years ago"): no one count, as "a few" (decision 188)
            | (?: a | one | two | three | four | five | six | seven | eight | nine | ten | \d{1,3} ) \s+ or \s+
              (?: two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | \d{1,3} ) \s+
              (?: years | days | weeks | months | decades ) )
        \s+ (?: ago | back ) \b""",
    ),
    # A date counted from another date or an event the text gives (GUIDE decision 72; 166 for a part of a day):
    # a count, or none ("days later", "months after"), of a calendar unit + "later/earlier/after/before" ("two
    # months later", "a day after the Taliban swapped …", "Three weeks before he died", "less than six months after
    # leading …"), "the next/following/previous" + a unit or a part of a day ("the next year", "the following
    # morning", "the previous week"), "the same day": listed without a value. Not a span ("for years after",
    # "in the next year", "the two years before"), a comparison ("three months later than planned"), a time of day
    # ("hours later"). Before "year_ago" and "relative", which would read "the previous year" from the present.
    (
        "counted",
        r"""(?ix) \b
        (?: (?: (?: just | only | almost | nearly | about | around | roughly | barely | exactly | some | over | under
                  | (?: a\ little\ | a\ bit\ | slightly\ )? (?: more | less | fewer ) \ than ) \s+ )?
            (?: """
        + _COUNT
        + r""" \s+ (?: days? | weeks? | months? | years? | decades? | century | centuries ) (?: \s+ and \s+ a\ half )?
              # a count of years too large for a year ("13.8 billion years after the Big Bang", "a hundred thousand
              # years later", decisions 72, 86)
              | """
        + _BIG_COUNT
        + r""" \s+ (?: hundred (?: \s+ thousand )? | thousand | million | billion ) \s+ years
              | days | weeks | months | years | decades )
            \s+ (?: (?: later | earlier ) (?! \s+ than \b ) | after | before
                  # "five months prior", "a couple of years previously": the same count (decision 72); not before a noun
                  # phrase it opens (`_prior_before_its_noun`)
                  | prior | previously )
          | the \s+ (?: next | following | previous | preceding )
            \s+ (?: week | month | year | morning | afternoon | evening | night )
            (?! \s+ (?: of | to | or | and | is | was | will ) \b )
          | the \s+ same \s+ (?: day | week | month | year ) (?! \s+ (?: as | that | of ) \b ) ) \b""",
    ),
    # "in both years", "either month": the years or months the text has just given, named again as one expression with no
    # value of its own (GUIDE decision 843), only after a year or month written (`_named_again`); not "both years of the
    # course", a stretch of something else, nor "both years 2019 and 2020", the years themselves given after it in
    # apposition (as "the year 2000").
    (
        "both_periods",
        r"(?i)\b(?:both|either)\s+(?:years|months|year|month)\b(?!\s+(?:of|ago|later|earlier|before|after)\b)(?![-–‐])(?!,?\s+\d)",
    ),
    # "a year ago": the year before the reference ("a year earlier" counts from another date: "counted").
    ("year_ago", r"(?i)\ba year(?:\s+or\s+so)? ago\b"),  # ("a year or so ago": that year too)
    # "the year-earlier loss", "a year-ago quarter": the year before the period a report gives, the previous year where
    # the text gives that period no date (GUIDE decision 490(b)); `_year_before_compared` settles which.
    ("year_earlier", r"(?i)(?<![\w-])year-(?:earlier|ago)(?![\w-])"),
    # "four years ago", "10 years ago": that year (GUIDE decision 20); "two days ago", "a week ago", "three
    # months ago": that day, ISO week or month, by the same reading.
    (
        "years_ago",
        # ("nearly three years ago", "close to a decade ago": a count a little off, resolved as the exact one, the text
        # keeping the word, GUIDE decision 535)
        r"""(?ix) (?<![\d,.]) \b (?: (?: nearly | almost | close\ to ) \s+ )?
                           (?P<count> a\ couple\ of | (?:a|one|two|three|four|five|six|seven|eight|nine)\ hundred
                           (?: \ and\ (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|fifteen
                                       |one|two|three|four|five|six|seven|eight|nine) )?
                           # "200,000 years ago": a year with no YYYY form, listed without a value (decision 86)
                           | a | """
        + _COUNT_BACK
        + r""" | a\ half[\s-] | half\ a\  )
        # a count and a half ("two and a half years ago", "a year and a half ago"): that month (GUIDE decision 142)
        (?P<half_before> \s+ and \s+ a \s+ half (?= \s+ \w+s\b ) )? \s*
        # ("a decade ago": ten years back, GUIDE decision 400; "a fortnight ago": the ISO week two weeks back; "one year
        # ago", the year before, as "a year ago")
        (?P<unit> years | (?<=one\ )year | year (?= \s+ and \s+ a \s+ half \b ) | days? | weeks? | months? | century | centuries
                | decades? | fortnights? )
        (?P<half_after> \s+ and \s+ a \s+ half )?
        (?: \s+ or \s+ so )?
        \s+ ago \b""",
    ),
    # "twenty years from now", "two years hence", "in five years' time": counted forward from the reference date,
    # that year, month or ISO week (GUIDE decision 330); a count with no number ("years from now") is left out.
    (
        "years_hence",
        # (a bound, "in less than nine months' time", "at least ten years from now", names no one time: listed without a
        # value, as decision 511's "less than 100 days away")
        r"""(?ix) (?<![\d,.]) \b"""
        + _BOUND
        + r"""
        (?P<count> a | one | two | three | four | five | six | seven | eight | nine | ten | eleven
                           | twelve | fifteen | twenty | thirty | forty | fifty | \d{1,3} ) \s*
        # ("a decade from now": ten years, GUIDE decision 400)
        (?P<unit> years? | weeks? | months? | decades? ) (?: \s+ (?: from \s+ now | hence ) | ['’] \s+ time ) \b""",
    ),
    # "the vote is two weeks away", "that is ten years away", "a decade away": counted forward from the reference date like
    # "N years from now", that day, ISO week, month or year (GUIDE decision 511). A bound ("less than 100 days away", "at
    # least five years away", "10 years or more away") or no number ("days away", "a few weeks away") names no one time:
    # listed without a value; so is a distance told under a past verb, counted from the story's time ("was then two weeks
    # away", decision 72). Not "miles away", "a world away": only a calendar unit counts.
    (
        "away",
        # Not inside a number ("1.5 years away", "2,000 years away") nor a distance in space ("four light years away").
        r"""(?ix) (?<![\d,.]) (?<!light\ ) (?<!light-) \b"""
        + _BOUND
        + r"""
        (?: (?P<count> a | one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | fifteen
                     | twenty | thirty | forty | fifty | \d{1,3} ) \s+
            (?P<unit> days? | weeks? | months? | years? | decades? ) (?: \s+ or \s+ (?P<more> more | longer | so ) )?
          | (?: (?: a \s+ few | several | some | many ) \s+ )? (?: days | weeks | months | years | decades ) )
        \s+ away \b""",
    ),
    # "will reopen in three weeks", "in six months", "in a decade": counted forward from the reference date, that day,
    # ISO week, month or year, under a verb in the future only (GUIDE decisions 400, 440; `_resolve_in_count`); not a
    # span ("within six weeks", "in the next six weeks") nor a count from another date ("in six weeks after the vote").
    (
        "in_count",
        r"""(?ix) (?<=\bin\ ) (?P<count> a | one | two | three | four | five | six | seven | eight | nine | ten | eleven
                           | twelve | fifteen | twenty | thirty | forty | fifty | \d{1,2} ) \s+
        (?P<unit> days? | weeks? | months? | years? | decades? ) \b
        (?! ['’] | \s+ (?: ago | time | from | hence | after | before | later | earlier | of | old ) \b )""",
    ),
    # "later that month", "earlier that year", "a year later", "the next day": a date counted from another
    # one, listed without a value (GUIDE decisions 20, 22, 40).
    (
        "unanchored",
        r"""(?ix) \b (?: (?:later|earlier) \s+ that \s+ (?:week|month|year) | a \s+ year \s+ later
        # "the next day", "the day before", "the day prior" (decision 40), also counted from an event the text gives ("the
        # day before the fitting", "the day after the election"; decision 72); not "the day after tomorrow"
        | the \s+ (?:next|following|previous) \s+ day
        | the \s+ day \s+ (?: before (?! \s+ (?:yesterday|that)\b ) | after (?= \s+ (?:the|his|her|their|its)\b ) | prior )
        # "the week before my wedding", "the month after Mr. Lee's speech", "the year after the regime fell", "the night
        # before his crash", "the Thursday before the election", "the day after Thanksgiving", "the day after he quit": a
        # day, part of a day, week, month or year counted from an occasion the text gives, by a noun phrase or a clause
        # (decisions 72, 388, 542, 599(a), 822); not "the week after next", "the year before last" (counted from now)
        # (not "to start the week after the data came in": the week now running, read below)
        | (?<!begin\ ) (?<!start\ ) (?<!end\ ) (?<!close\ )
          the \s+ (?: day | week | month | year | night | morning | afternoon | evening
                    | (?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ) \s+ (?:before|after)
          (?= \s+ (?: (?:the|his|her|their|its|my|our|your|an?|he|she|they|we|it) \b
                    | (?-i: I \b | (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b) [A-Z] ) ) )
        # "The year after that, …", "the week before that.": counted from the time just told (decision 72); not "the day
        # before that the board met", where "that" opens a clause
        | the \s+ (?:day|week|month|year) \s+ (?:after|before) \s+ that (?= \s* [,.;:)—–] | \s*$ )
        # "the night of Trump's tweet", "the morning of the vote": a part of the day an event the text gives fell on
        # (decisions 119, 166); not "the night of March 10" nor "the day of the week"; "the eve of his birthday", the
        # day before an event the text gives, likewise (decision 72)
        | the \s+ (?:day|night|morning|afternoon|evening|eve) \s+ of \s+
          (?: (?:the|his|her|its|their) \s+ | (?-i:[A-Z][\w.-]*) ['’]s \s+ )
          # (a plural name's possessive after "the": "the eve of the Cowboys' departure", GUIDE decision 542)
          (?: (?-i:[A-Z][\w.-]*s) ['’] \s+ )?
          (?! (?:year|month|week|day|weekend) \b ) (?-i:[a-z]) [\w-]*
        # "the election-eve rally", "a summit-eve dinner": the day before the occasion the word names (decisions 72, 542)
        | (?<![\w-]) (?-i:[a-z]+) -eve (?![\w-])
        # "the final day of the tour", "the closing night of the show": counted from an event's end (decision 119;
        # "the opening day of the new format" is the day the text gives beside it, not listed in the older gold)
        | the \s+ (?:last|final|closing) \s+ (?:day|night|week)
          (?= \s+ of \s+ (?:the|its|his|her|their) \s+ (?! (?:year|month|week|day|weekend) \b ) \w )
        # "the second night of their trip", "the third day of a trial", "the first day of Expo West": an ordinal day or
        # part of a day within the run of an occasion the text gives (decision 769); not "the first day of the year" nor
        # "the first week of March", a part of a calendar name
        # "the first week of the new year", "the first day of the third quarter": a calendar part (decision 338), nor
        # "the first night of Rosh Hashanah", a named yearly day (claims.json calendar_period_nouns, yearly_holiday_names)
        | the \s+ (?:"""
        + _OCCASION_ORDINAL
        + r"""|\d{1,2}(?:st|nd|rd|th))
          \s+ (?:day|night|morning|afternoon|evening|weekend|week)
          (?= \s+ of \s+ (?: (?:the|its|his|her|their|an?) \s+ (?! (?:[\w-]+ \s+){0,2}? (?:"""
        + _CALENDAR_PERIOD
        + r""") \b (?![-'’]) ) \w
                           | (?! """
        + _MONTH_WORD
        + r""" \b | (?-i:[A-Z][a-z]+day) \b | (?-i:"""
        + _YEARLY_HOLIDAY
        + r""") \b )
                             (?-i:[A-Z]) ) )
        # "the 50th anniversary of its independence", "the one-year anniversary of the flood": a day counted from an
        # event the text gives (decision 653(a)), also beside a date naming the same day; the match ends at "of", and
        # the text runs on to the end of the event's noun phrase (decision 388, `_to_the_events_end`), leaving a year in
        # it to be a date ("the 2015 Paris Agreement", decision 87)
        | the \s+ (?: (?:\d{1,3}(?:st|nd|rd|th)|"""
        + _OCCASION_ORDINAL
        + r"""|[a-z]+ieth|next|milestone|[a-z]+-year) \s+ ){0,2}
          anniversary \s+ of (?= \s+ (?: (?:the|his|her|its|their|an?) \s+ | (?-i:[A-Z][\w.-]*) ['’]s \s+ )? [\w-] ) ) \b""",
    ),
    # The unit of a count back with no count at all ("held a dinner months ago", "This was years ago!"): listed
    # without a value (GUIDE decision 188, as "some months ago"). After the counts ("two years ago", "several weeks
    # ago", "two decades ago"), which take their own words first.
    ("bare_ago", r"(?i)\b(?:years|months|weeks|days|decades)\s+ago\b"),
    # "that night", "that afternoon", "that evening": a part of a day the story has given, listed without a value
    # (GUIDE decision 166; "this evening" is the reference day's, decision 59); "that week", "that year" alike, a
    # week or year the story has given (decision 20's "later that month"; `_anchored` gives it the one named before).
    (
        "day_part_that",
        r"(?i)\bthat\s+(?:night|afternoon|evening|morning|week|month|year)\b(?![’']s\b)"
        # (not "that year after year", a recurrence)
        r"(?!\s+(?:after|by|on|to)\s+(?:year|month|week)\b)",
    ),
    # "the new year", "into the New Year": the year the coming January opens (`_resolve_new_year`); not the Lunar
    # New Year (a named day) nor New Year's Day or Eve.
    ("new_year", r"\b[Tt]he\s+(?:new|New)\s+(?:year|Year)\b(?![’']s\s+(?:Day|Eve)\b)"),
    # "before/after/earlier/later" after "the previous year" or "the year" shifts it again ("the year
    # before"); after "last night" or "yesterday" it opens another phrase ("sacked last night after …").
    (
        "relative",
        r"""(?ix) \b
        # "earlier this year", "later this week": the text keeps the word (GUIDE decision 10), the value is the period's
        (?: (?:earlier|later) \  (?= this\ (?:week|month|year) \b ) )?
        (?P<word> yesterday | today | tomorrow
                # ("in the last year", "over the last week": a span, no date; GUIDE decision 40)
                # (not the end of an ordinal's compound: "the second-to-last year of the deal")
                | (?<!the\ )(?<![-‐])last\ year | this\ year | next\ year | (?<!the\ )(?<![-‐])last\ month | this\ month
                | next\ month
                # "this years’ edition": the possessive's apostrophe slipped after the "s"
                | this\ years (?=['’])
                # "the year’s best song": the current year's (GUIDE decision 37's "of the year")
                | (?-i:[Tt]he\ year[’']s) (?=\ [a-z])
                | (?<!the\ )(?<![-‐])last\ week | this\ week | next\ week | last\ night | tonight
                | this\ morning | this\ afternoon | this\ evening
                | (?: the\ previous\ (?:year|month|week) | (?<=of\ )(?-i:the\ year) | (?<=for\ )(?-i:the\ year)
                    # "the end of the week": the week the article is in; not any week's day ("the busiest day of
                    # the week", "every day of the week": a day that recurs, GUIDE decisions 95, 132)
                    | (?<=of\ ) (?<!day\ of\ ) (?<!days\ of\ ) (?-i: the\ (?:week|month) ) )
                  # (not a modifier: "out of the year-end top 20")
                  (?! \ (?:before|after|earlier|later|ago)\b ) (?![-–‐])
                # "to begin the week", also before a clause ("rose to start the week after the data showed …").
                | (?: (?<=begin\ ) | (?<=start\ ) | (?<=end\ ) | (?<=close\ ) ) (?-i: the\ (?:week|month) )
                # "throughout the week", "during the year": the period now running, in a statement of the present or
                # of what lies ahead (GUIDE decision 822; `_period_of_the_storys_own` drops the rest)
                # (not a modifier, "the year-end season", "the week-long festival", nor a period counted from a happening or
                # naming another, "the week before the vote", "the month of Ramadan", "the week of May 20", "the year 2025")
                | (?: (?<=throughout\ ) | (?<=during\ ) ) (?-i: the\ (?:week|month|year) ) (?![’']s\b) (?![-–‐])
                  (?! \ (?:before|after|following|of|ending|to|leading)\b | \ \d )
                # "earlier in the week" (GUIDE decision 40), "later in the month": the reference's own.
                | (?: (?<=earlier\ in\ ) | (?<=later\ in\ ) ) (?-i: the\ (?:week|month|year) )
                # "as the year progresses", "As the year comes to an end": the period running now, told in the present
                # (GUIDE decision 822; `_pointing_back` where the unit has written the year it is)
                | (?<=\bas\ ) (?-i: the\ (?:week|month|year) )
                  (?= \ (?: progresses | goes\ on | wears\ on | unfolds | advances | continues | rolls\ on
                          | draws\ to\ a\ close | comes\ to\ an?\ (?:end|close) | ends | closes )\b ) )
        \b (?! \ (?:ago|earlier|later)\b )""",
    ),
    # A decade: "the 1990s", "the early 2020s" (its value is the decade's first three digits, "202").
    # "the late 1980’s" with an apostrophe: after "the" only ("1990's budget" is the year's).
    (
        "decade",
        r"""(?ix) \b (?: (?:the\s+)? (?:(?:early|mid|late)[\s-]+)? (?P<decade>(?:1[89]|20)\d) 0s
                     | the \s+ (?:(?:early|mid|late)[\s-]+)? (?P<apostrophe>(?:1[89]|20)\d) 0['’]s ) \b""",
    ),
    # "the ’90s", "the '80s": the 1930s to the 1990s, and the 2000s and 2010s ("the ’20s" is left out: 1920s or 2020s).
    # A short decade listed after one: "the '80s and early '90s". Right after "the" the apostrophe may be left out
    # ("the 80s"; not in talk of temperatures, `_resolve_decade_short`). With its apostrophe it is a decade after any
    # word ("the American ’60s", "schmaltzy ’60s rhetoric", "famous mid-’80s comics"), not glued to a prefix ("pre-’60s").
    (
        "decade_short",
        r"(?i)(?:(?<=\bthe\ )|(?<=0s\ and\ )|(?<=0s\ or\ )|(?<=0s,\ )"
        r"|(?<![\w'’-])(?=(?:(?:early|mid|late)[\s-])?['’][013-9]0s\b))(?:(?:early|mid|late)[\s-]+)?"
        # (the bare digit also after a hyphened "early-", "mid-", "late-": "the late-70s and early-80s")
        r"(?:['’](?P<digit>[013-9])|(?:(?<=\bthe\ )|(?<=\bearly-)|(?<=\bmid-)|(?<=\blate-))(?P<bare>[3-9]))0s\b",
    ),
    # A decade in words: "the nineteen-eighties", "the mid-aughts", "the Roaring Twenties", "the late sixties" (its
    # value the decade's first three digits, as "the 1980s"); after "the" only ("in her sixties" is an age), "the
    # twenties" with no century left out (1920s or 2020s), and not in talk of temperatures (`_resolve_decade_words`).
    (
        "decade_words",
        r"""(?x) \b (?i:the) \s+ (?: (?i:early|mid|late) [\s-]+ | (?P<roaring>[Rr]oaring) \s+ )?
        (?: (?P<century> (?i:nineteen|twenty) ) [\s-]+ )?
        (?P<word> (?i: twenties | thirties | forties | fifties | sixties | seventies | eighties | nineties
                     | aughts | noughties ) )
        \b""",
    ),
    # "by the end of the (next) decade": that decade ("over the next decade" is a span).
    # "this decade", "next decade" (not "over the next decade", a span): that decade (GUIDE decision 194).
    (
        "decade_rel",
        r"""(?x) (?: (?<=of\ )the\ (?:(?P<next>next)\ )?decade
                   | (?<!the\ ) \b (?i: this\ decade | (?P<coming>next)\ decade ) ) \b (?!s)""",
    ),
    # A year before the common era ("5,316 BCE", "around 500 BC"): a year with no YYYY form, listed without a value
    # (as decision 86's "200,000 years ago"); a century ("the third century BC") is no date.
    ("year_bc", r"(?<![\w,.$€£/-])\d{1,3}(?:,?\d{3})*\s*(?:BCE|BC|B\.C\.(?:E\.)?)(?!\w)"),
    # A year by its last two digits after a preposition: "in ’91", "since '08" (the latest such year up to the reference).
    (
        "year_short",
        r"(?:(?<=\bin\ )|(?<=\bsince\ )|(?<=\bof\ )|(?<=\bby\ )|(?<=\bfrom\ )|(?<=\buntil\ ))['’](?P<yy>\d{2})(?![\w’'%]|[.,]\d)",
    ),
    # A year standing alone: "in 2021", "the 2018 Convention", "fiscal 2023"; not "2,500", "$2023", "2000 km".
    # Not a fiscal year ("fiscal 2019", "fiscal year 2019"), a season ("2022/23"), a road number ("2049E").
    (
        "year",
        # (not inside a handle, a hashtag or a word: "@Lander2014", "#Vote2020")
        # (also after "pre-" and "post-": "pre-1967 lines", "post-2008 rules", GUIDE decision 281)
        r"""(?x) (?: (?<![\w,.$€£¥/:@#-]) | (?<=\b[Mm]id-) | (?<=\b[Ee]arly-) | (?<=\b[Ll]ate-) | (?<=\b[Pp]re-)
                   | (?<=\b[Pp]ost-) )
        (?<!fiscal\ ) (?<!fiscal\ year\ ) (?<!FY) (?<!FY\ ) (?<![Cc]lass\ of\ )
        # (not a side of a size or a screen's resolution: "1800 x 1920 pixels", "2048 × 2048")
        (?<!\d\d\d\ [xX×]\ )
        # (an earlier century's year only after a preposition: "born in 1889")
        # (and after another year: "in 1811 and 1812", "In 1811 or in 1812")
        (?P<year> (?:19|20)\d{2}
                | (?: (?<=\b[Ii]n\ ) | (?<=\b[Ss]ince\ ) | (?<=\b[Ff]rom\ ) | (?<=\b[Uu]ntil\ )
                    | (?<=\d{4}\ and\ ) | (?<=\d{4}\ or\ ) ) 1[6-8]\d{2}
                # also after a season's "of" ("the summer of 1898": the year, GUIDE decision 49) and a bound on "since" or
                # "until" ("since at least 1526", decision 648(d)); and alone in brackets after a title, when the work
                # came out ("Book of Pacts (1898)", decision 125)
                # (the season after "the": not a count, "a fall of 1500 points"; a bracket's year is a title's only
                # where `_a_titles_bracket` finds one, not "at Ford (1750)")
                | (?: """
        + _AFTER_THE_SEASON_OF
        + r""" | (?<=\b[Ss]ince\ at\ least\ ) | (?<=\b[Uu]ntil\ at\ least\ ) ) 1[5-8]\d{2}
                | (?<=[a-z]\ \() 1[5-8]\d{2} (?=\))
                # "in about 1868", "by around 2100": an earlier or a later century's year said as near, before a stop
                # or a clause's next word (not "about 1868 people")
                | (?: (?<=\babout\ ) | (?<=\baround\ ) | (?<=\bcirca\ ) ) (?:1[6-8]|21)\d{2}
                  (?= \s* [,.;:)—–] | \s+ (?:to|and|when|after|before|following|until)\b | \s*$ )
                # the next century's year that a forecast runs to, after a preposition of time or "the year" ("by 2100",
                # "in the year 2100", "beyond 2150"), likewise before a stop or a clause's next word (not "in 2100 homes")
                # (not a count a figure moved by, "fell by 2100 to 45,300", nor odds, "one in 2100"); also before a clause's
                # subject or verb ("By 2100 the planet could warm", "Sea levels in 2100 could be"), and "for" a year that
                # a forecast's verb follows ("Projections for 2100 show"), and a span's second year ("between 2050 and 2100")
                | (?: (?<=\b[Bb]y\ ) | (?<=\b[Ii]n\ ) | (?<=\b[Uu]ntil\ ) | (?<=\b[Tt]ill\ ) | (?<=\b[Bb]eyond\ )
                    | (?<=\b[Tt]hrough\ ) | (?<=\bthe\ year\ )
                    | (?<=\b20\d{2}\ and\ ) | (?<=\b20\d{2}\ to\ ) | (?<=\b20\d{2}[–-]) )
                  (?<!rose\ by\ ) (?<!fell\ by\ ) (?<!risen\ by\ ) (?<!fallen\ by\ ) (?<!grew\ by\ ) (?<!grown\ by\ )
                  (?<!dropped\ by\ ) (?<!\bcut\ by\ )
                  (?<!climbed\ by\ ) (?<!jumped\ by\ ) (?<!declined\ by\ ) (?<!\bup\ by\ ) (?<!down\ by\ )
                  (?<!\bone\ in\ ) (?<!\b1\ in\ ) 21\d{2}
                  (?= \s* [,.;:)—–] | \s+ (?:to|and|when|after|before|following|until|if|unless|as|than)\b | \s*$
                    | \s+ (?:the|could|will|would|may|might|should|must|is|are)\b )
                | (?<=\b[Ff]or\ ) 21\d{2}
                  (?= \s+ (?:show|shows|suggest|suggests|predict|predicts|indicate|indicates|could|will|would|may|might)\b )
                # an earlier century's year before the name of a thing made then, after its article or owner
                # ("a 1761 work", "Caillebotte’s 1877 A Boating Party"; GUIDE decision 73)
                | (?: (?<=\ba\ ) | (?<=\bthe\ ) | (?<=\bhis\ ) | (?<=\bher\ ) | (?<=\btheir\ ) | (?<=\bits\ ) | (?<=[’']s\ ) )
                  1[6-8]\d{2} (?= \s+ [A-Za-z] ) (?! \s+ (?:block|metres|meters|m|yards|feet|ft|miles|pages|acres)\b ) )
        (?! [\dA-Za-z] | % | [.,]\d | -\d | /\d
          | \s* (?:%|percent|km|kg|bcm|bpd|tonnes|tons|people|troops|GMT|UTC) \b
          | \s+ [xX×] \s+ \d{3}
          # a product's model, version, design or generation ("the 2018 model", "the 2016-style keyboard"), and a
          # span's years ("2012 through 2015"; GUIDE decision 125)
          | \s+ (?:models?|versions?|designs?|generations?) \b | -style\b | \s+ (?:through|thru) \s+ (?:19|20)\d{2} \b
          # A street number: "1909 Jolinda Drive", "1600 Pennsylvania Avenue".
          | \s+ (?:[A-Z][\w'’-]*\s+){1,3}
            (?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy
              |Parkway|Pkwy|Circle|Terrace|Trail)\b )
        (?<! \d{4}\ through\ \d{4} ) (?<! \d{4}\ thru\ \d{4} )""",
    ),
]


# The end of a range whose year the first date leaves out: "12 September | and 7 November 2024".
_RANGE_END = patterns.compile(
    r"""(?x) \s* (?:and|to|until|through|-|–|—) \s+
    (?: \d{1,2} \s+ """
    + _MONTH_WORD
    + r""" | """
    + _MONTH_WORD
    + r""" \s+ \d{1,2} ) ,? \s+ (?P<year>\d{4}) \b"""
)


# A life's dates after a name (GUIDE decision 220): "(July 26, 1875–June 6, 1961)", "(1901–1980)" are a span, no date,
# neither end; so is a range of years, "from 2004 to 2017", "between 2010 and 2015", "1992–2014" (decision 89).
_SPAN_YEAR = r"(?:1[5-9]|20)\d{2}"
_SPAN_DAY = (
    r"(?:" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r",?)\s+" + _SPAN_YEAR
)
_LIFE_DATES = patterns.compile(
    r"\(\s*(?:" + _SPAN_DAY + r"|" + _SPAN_YEAR + r")\s*[–—-]\s*(?:" + _SPAN_DAY + r"|" + _SPAN_YEAR + r")\s*\)"
)


# Words that hedge either end of a range of years and leave it a span: "from around 2007 to 2008", "from 2003 until
# at least early 2010", "from as early as 1998 to 2010".
_SPAN_HEDGE = r"(?:(?:as\s+(?:early|late)\s+as|around|about|circa|roughly|at\s+least|early|late)\s+)*"
# Either end of a range after "from" or "between" may be a month or a day with its year: "from February 2016 through May
# 2017", "from January 3, 2015 to June 9, 2019" are spans like "from 2004 to 2017" (decisions 40, 89, 125, 220).
# So may a day or a month with no year: "runs from August through October", "from November 11 – December 13" (decisions
# 89, 109).
_SPAN_END = (
    r"(?:"
    + _SPAN_DAY
    + r"|"
    + _MONTH_WORD
    + r",?\s+"
    + _SPAN_YEAR
    + r"|"
    + _SPAN_YEAR
    + r"|"
    + _MONTH_WORD
    + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?(?![\d:]))?)"
)
_YEAR_RANGE = patterns.compile(
    r"\b(?:(?:[Ff]rom|[Bb]etween)\s+"
    + _SPAN_HEDGE
    + _SPAN_END
    # (a comma after the first end's year, as newswires write it: "from Jan. 4, 2011, to June 30, 2018")
    + r"(?:,?\s+(?:to|and|until|till|through|thru)\s+|\s*[–—-]\s*)"
    + _SPAN_HEDGE
    # (the second year may be written short with an apostrophe: "from 2006 to '08")
    + r"(?:"
    + _SPAN_END
    + r"|['’]\d{2})"
    + r"|"
    + _SPAN_YEAR
    + r"\s*[–—-]\s*(?:"
    + _SPAN_YEAR
    + r"|\d{2}))\b(?![-–—/]?\d)"
)


# The calendar bound of a range that runs to an event dated by its year: "held from 1949 until the 1967 war" (GUIDE
# decision 659): a span, its calendar bound no date ("1949"); the event's year says when it happened, a date of its own.
_RANGE_TO_EVENT = patterns.compile(
    r"\b(?:[Ff]rom|[Bb]etween)\s+"
    + _SPAN_HEDGE
    + _SPAN_END
    # (the event's year after "the" or an owner's name, the event in any case: "until the 1967 Six-Day War", "and
    # Exxon's 2011 merger")
    + r"(?=,?\s+(?:to|and|until|till|through|thru)\s+(?:the|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s)\s+(?:1[5-9]|20)\d{2}"
    + r"\s+(?!(?:and|or|to|until|through)\b)[A-Za-z])"
)


# A range of decades, a span like a range of years (decision 89): "from the 1920s to the 1950s", "between the '60s
# and the '80s"; not a list ("from the '80s and early '90s", two decades).
_SPAN_DECADE = r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:1[5-9]|20)\d|['’]\d)0s"
_DECADE_RANGE = patterns.compile(
    r"\b(?:[Ff]rom\s+"
    + _SPAN_DECADE
    + r"\s+(?:to|until|till|through)|[Bb]etween\s+"
    + _SPAN_DECADE
    + r"\s+and)\s+"
    + _SPAN_DECADE
    + r"\b"
)


# A range of counts back "from" one to another, in thousands, millions or billions of years ("lasted from 34 to 23
# million years ago", "roamed from 36-40 million years ago", "from circa 12,000 to 9,000 years ago"): a span, like a
# range of years (decisions 40, 89), no date at either end. Not small counts ("fell from 12 to 10 years ago": a
# figure, then a date).
_AGO_COUNT = r"\d{1,3}(?:,\d{3})+|\d{4,}"
_AGO_RANGE = patterns.compile(
    r"(?i)\bfrom\s+"
    + _SPAN_HEDGE
    + r"(?:\d[\d.,]*\s*(?:to|until|-|–|—)\s*\d[\d.,]*\s+(?:thousand|million|billion)|(?:"
    + _AGO_COUNT
    + r")\s*(?:to|until|-|–|—)\s*(?:"
    + _AGO_COUNT
    + r"))\s+years\s+ago\b"
)


# A range of months with their year, a timeline row's label: "Jun-Aug 2011", "March–May 2020" is a span, no date
# (GUIDE decision 754(b)); so is one whose first month has a year of its own, "the December 2007-June 2009 downturn"
# (decision 89).
_MONTH_RANGE = patterns.compile(
    r"\b" + _MONTH_WORD + r"\.?(?:\s+" + _SPAN_YEAR + r")?\s*[–—-]\s*" + _MONTH_WORD + r"\.?\s+" + _SPAN_YEAR + r"\b"
)

# A range of days of one month after "between" or "from", its last day written alone ("between October 11 and 13",
# "from May 3 to 5,"): a span, no date (GUIDE decision 109's "Oct. 5–7"); not where a count follows ("between May 3 and
# 5 ships").
_MONTH_DAYS_RANGE = patterns.compile(
    r"\b(?:[Bb]etween|[Ff]rom)\s+"
    + _MONTH_WORD
    + r"\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s+\d{1,2}(?:st|nd|rd|th)?\b"
    + r"(?!\s*[\d:]|\s+(?!(?:"
    + "|".join(words().day_range_following_words)
    + r")\b)[a-z])"
)

# A range of days named by day words, "through", "thru", "to", "until", "till" or a dash between ("tonight through
# Saturday", "open Monday to Friday", "Tuesday-Thursday", "Thursday through next Tuesday"): a span whose bounds are
# calendar names, no date (GUIDE decisions 89, 109, 659); "postponed from Tuesday to Friday", a happening moved from one
# day to another, is left to the days (`_moved_from`).
_DAY_WORD = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Tt]oday|[Tt]onight|[Tt]omorrow)"
_DAY_RANGE = patterns.compile(
    r"(?:\b[Ff]rom\s+)?\b"
    + _DAY_WORD
    + r"(?:\s+(?:night|morning|afternoon|evening))?(?:\s+(?:through|thru|to|until|till)\s+|\s*[–—-]\s*)(?:(?:next|this)\s+)?"
    + _DAY_WORD
    + r"(?:\s+(?:night|morning|afternoon|evening))?\b"
)


def _spans(text: str, parse=None) -> list[tuple[int, int]]:
    """Where `text` gives a life's dates or a range of years, months, decades, days or counts back (`_LIFE_DATES`,
    `_YEAR_RANGE`, `_RANGE_TO_EVENT`, `_DECADE_RANGE`, `_AGO_RANGE`, `_MONTH_RANGE`, `_MONTH_DAYS_RANGE`, `_DAY_RANGE`);
    not a range "from" one date to another that a verb of moving a happening governs (`parse`, as `find_dates` takes
    it, tells: `_moved_from`)."""
    return [
        m.span()
        for rx in (
            _LIFE_DATES,
            _YEAR_RANGE,
            _RANGE_TO_EVENT,
            _DECADE_RANGE,
            _AGO_RANGE,
            _MONTH_RANGE,
            _MONTH_DAYS_RANGE,
            _DAY_RANGE,
        )
        for m in rx.finditer(text)
        if not (
            rx in (_YEAR_RANGE, _RANGE_TO_EVENT, _DAY_RANGE)
            and parse is not None
            and m.group().lower().startswith("from")
            and _moved_from(parse(*m.span()))
        )
    ]


def _moved_from(span) -> bool:
    """Whether the "from" opening a range's parsed `span` hangs on a verb of moving a happening to another time
    (claims.json `rescheduling_lemmas`, or `rescheduling_phrasals` with their particle): "The vote was postponed from
    May 2024 to October 2024", "The trial was pushed back from January 2024 until June 2024" give two dates, the old
    and the new, no span (decisions 40, 89 make a span of what lasts from one end to the other: "ran", "chaired")."""
    if span is None or len(span) == 0 or span[0].lower_ != "from":
        return False
    verb = span[0].head
    particle = None
    if verb.pos_ in ("ADV", "ADP", "PART") and verb.dep_ in ("advmod", "prt") and verb.head.i != verb.i:
        particle, verb = verb.lower_, verb.head  # "pushed back from …": "from" hangs on the particle
    return verb.pos_ in ("VERB", "AUX") and moves_a_happening_in_time(verb, particle)


def moves_a_happening_in_time(verb, particle=None) -> bool:
    """Whether `verb` moves a happening to another time: claims.json `rescheduling_lemmas` ("postponed", "delayed"),
    `rescheduling_phrasals` with their particle ("pushed back", "put off", "brought forward"; `particle` when the
    caller found it above the verb), or `rescheduling_loose_lemmas` moving a happening's noun ("The launch was moved")."""
    lex = words()
    if verb.lemma_ in lex.rescheduling:
        return True
    if verb.lemma_ in lex.rescheduling_loose:
        # (a verb that also tells a figure's or a thing's movement, "Sales slipped 4% from 2019 to 2021", "Support
        # slipped from 2019 to 2022", moves a time only when what it moves is a happening: "The launch slipped from
        # March 2023 to May 2023", "The summit was shifted from June to September", claims.json rescheduled_event_nouns)
        return _moves_a_happening(verb, lex)
    parts = lex.rescheduling_phrasals.get(verb.lemma_, frozenset())
    return particle in parts or any(c.dep_ in ("prt", "advmod") and c.lower_ in parts for c in verb.children)


def _moves_a_happening(verb, lex) -> bool:
    """Whether what `verb` moves (its passive subject, its object, or the subject of an intransitive verb) is a
    happening's noun (claims.json `rescheduled_event_nouns`)."""
    children = list(verb.children)
    moved = [c for c in children if c.dep_ == "nsubjpass"] or [c for c in children if c.dep_ == "dobj"]
    if not moved:
        moved = [c for c in children if c.dep_ == "nsubj"]
    return any(c.lemma_.lower() in lex.rescheduled_event_nouns or c.lower_ in lex.rescheduled_event_nouns for c in moved)


def _month_no(word: str) -> int:
    w = word.lower().rstrip(".")
    for i, m in enumerate(_MONTHS_EN, 1):
        if m.startswith(w[:3]):
            return i
    for i, m in enumerate(_MONTHS_RU, 1):
        if w.startswith(m):
            return i
    return 0


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


_ISO_DATE_START = patterns.compile(r"^\d{4}-\d{2}-\d{2}")


def reference_day(published: str | None, reference_date: str | None) -> dt.date | None:
    for value in (published, reference_date):
        if value and _ISO_DATE_START.match(value):
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _month_day(m: int, d: int, ref: dt.date | None, tense: str = "past") -> str | None:
    if ref is None:
        return f"--{m:02d}-{d:02d}" if _valid(2000, m, d) else None
    # The year that puts the day nearest the reference in the tense's
    # direction; in the present, a day more than about ten months back is
    # taken as the nearer year instead ("the Dec. 12 election" in a November
    # article), but a past verb keeps it back ("led to the January 6 attack").
    # A future tense is read from the words ("will", "is to"), and a tour
    # "will end Oct. 10" eleven months ahead. A day before a noun outside the
    # past ("nearest") moves to the nearer year only more than about nine
    # months back ("is facing a May 20 hearing" in a March article); nearer,
    # it stays back ("the senator's July 25 call is at the heart of the
    # inquiry" in February).
    candidates = [dt.date(y, m, d) for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, m, d)]
    if not candidates:
        return None
    if tense == "future":
        ahead = [c for c in candidates if c >= ref]
        pick = min(ahead) if ahead else max(candidates)
    else:
        behind = [c for c in candidates if c <= ref]
        pick = max(behind) if behind else min(candidates)
    if (
        (tense == "present" and (ref - pick).days > 300)
        or (tense == "nearest" and (ref - pick).days > 275)
        # an act ahead of a past verb: the nearest either way (GUIDE decision 406)
        or tense == "either"
    ):
        pick = min(candidates, key=lambda c: abs((c - ref).days))
    return pick.isoformat()


# What each pattern cannot match without: a claim lacking all of a pattern's
# cues is not searched with it (most claims hold a digit or two and nothing
# else a date needs).
_HAS_DIGIT = patterns.compile(r"\d")
_HAS_MONTH = patterns.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_HAS_MONTH_RU = patterns.compile(_MONTH_RU, re.I)
_HAS_CYRILLIC = patterns.compile("[\u0400-\u04ff\u1c80-\u1c88]")
_HAS_WEEKDAY = patterns.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_HAS_RELATIVE = patterns.compile(
    r"yesterday|today|tomorrow|year|month|week|night|decade|centur|day|morning|afternoon|evening|eve of|-eve|anniversar", re.I
)
_HAS_NAMED_DAY = patterns.compile(
    r"Day|Eve|Christmas|Xmas|Thanksgiving|Halloween|Black Friday|Cyber Monday|Juneteenth|Easter|Good Friday|Month|Diwali"
    r"|Deepavali|New Year|Fourth of July|4th of July|" + "|".join(_LUNAR_MONTHS)
)
_HAS_DECADE_WORD = patterns.compile(r"(?i)ties\b|aughts|noughties")
_NEEDS_DIGIT = {"iso", "dmy_num", "slash_num", "year", "year_short", "year_bc", "decade", "decade_short"}
_NEEDS_DIGIT_AND_MONTH = {"mdy", "dmy", "the_dmy", "my"}


def _has_relative(text: str) -> bool:
    """`_HAS_RELATIVE.search(text)`; where lower() folds as re.I does, by plain
    substring tests (the pattern, case-insensitive, is slow)."""
    if lower_folds(text):
        low = text.lower()
        return (
            "year" in low
            or "month" in low
            or "week" in low
            or "night" in low
            or "decade" in low
            or "centur" in low
            or "today" in low
            or "yesterday" in low
            or "tomorrow" in low
            or "day" in low
            or "morning" in low
            or "afternoon" in low
            or "evening" in low
            or "eve of" in low
            or "-eve" in low
            or "anniversar" in low
        )
    return _HAS_RELATIVE.search(text) is not None


def _patterns_for(text: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The date patterns that can match somewhere in `text`, in order."""
    digit = _HAS_DIGIT.search(text) is not None
    # Only Cyrillic letters (and U+1C80-1C88) match a Russian month's letters under re.I.
    russian_month = digit and _HAS_CYRILLIC.search(text) is not None and _HAS_MONTH_RU.search(text) is not None
    return _patterns_with(
        digit,
        _HAS_MONTH.search(text) is not None,
        russian_month,
        _HAS_WEEKDAY.search(text) is not None,
        _has_relative(text),
        _HAS_NAMED_DAY.search(text) is not None,
        _HAS_DECADE_WORD.search(text) is not None,
    )


@cache  # at most 2**7 keys
def _patterns_with(
    digit: bool, month: bool, russian_month: bool, weekday: bool, relative: bool, named_day: bool, decade_word: bool
) -> tuple:
    """The date patterns whose cues a text holds, in order (shared: not to be changed)."""
    out = []
    for kind, _ in _PATTERNS:
        if kind in _NEEDS_DIGIT:
            ok = digit
        elif kind in _NEEDS_DIGIT_AND_MONTH:
            ok = digit and month
        elif kind == "month":
            ok = month
        elif kind in ("dmy_other", "my_other"):
            ok = digit
        elif kind == "dmy_ru":
            ok = russian_month
        elif kind == "weekday":
            ok = weekday
        elif kind == "month_rel":
            ok = month and relative
        elif kind in ("named_day", "named_month", "lunar_month"):
            ok = named_day
        elif kind == "decade_words":
            ok = decade_word
        else:
            ok = relative
        if ok:
            out.append((kind, _pattern(kind)))
    return tuple(out)


@cache
def _pattern(kind: str) -> re.Pattern:
    return patterns.compile(dict(_PATTERNS)[kind])


def find_dates(text: str, ref: dt.date | None, tense="past", parse=None, written_before=False) -> list[DateRef]:
    """The date expressions of `text`, resolved against `ref`; `tense`
    (past, present or future, or a function of an expression's span giving
    one) settles the direction where the words leave it open. The present
    reads as the past, but for a deadline: "by December" points ahead unless
    the verb is in the past ("by December, the symptoms worsened"). `parse`,
    a function of an expression's span giving the parsed span of `text`
    there (or None), lets the parse rule out a year that is part of a name
    (`year_in_name`). `written_before`: an earlier unit of the article has
    written a year or a month ("both years" names them again)."""
    patterns = _patterns_for(text)
    if not patterns:
        return []
    found: list[tuple[int, int, DateRef]] = []
    bare_years: set[int] = set()  # where each bare "the year" ("the year's", "the previous year") starts
    again: set[int] = set()  # where each "both years", "either month" starts
    taken: list[tuple[int, int]] = _spans(text, parse)
    samples = _sample_lines(text)

    occasions: list[tuple[int, int]] = []  # named days that a count from an occasion counts from

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, rx in patterns:
        for m in rx.finditer(text):
            a, b = m.span()
            if kind in ("weekday", "month"):
                a = _kept_words_start(m)
            elif kind == "lunar_month":
                a = m.start("name")
            if not free(a, b):
                continue
            if kind in _DAY_WORD_KINDS and any(s <= a < e for s, e in samples):
                continue  # 'say something like, "Great work today"': any day the line is said on (GUIDE decision 413)
            if _quoted_label(text, a, b):
                continue  # 'the “Today” folder', '“This Week” emails': a name, no day
            if kind == "relative" and _ends_a_title(text, a, b):
                continue  # "Medical News Today", "Legends of Tomorrow", "CBS This Morning": a name, no day
            if kind == "year" and parse is not None and year_in_name(parse(a, b)):
                continue
            if kind == "year" and text[a - 1 : a] == "(" and (m.group("year") or "") < "19" and not _a_titles_bracket(text, a):
                continue  # "heaviest at Ford (1750)": a count in brackets, not a title's year (decision 125)
            if kind == "month_rel" and m.group("back") and _pointer_opens_a_clause(text, b, parse):
                continue  # "warned in May the next year would be harder", "in March the following year's budget"
            if kind == "weekday" and parse is not None and _weekday_not_a_day(parse(m.start(1), b), m.start(1) == m.start()):
                continue
            if kind == "relative" and parse is not None and _means_nowadays(text, a, parse(a, b)):
                continue
            if kind == "relative" and parse is not None and _the_time_to_come(parse(a, b)):
                continue  # "today, tomorrow and always", "tomorrow's leaders": no day (GUIDE decision 836)
            if kind == "month" and parse is not None and (_recurs(parse(m.start(1), b)) or _habitual(m, parse(m.start(1), b))):
                continue  # "Every March we recognize …", "In November, the air gets cool" (GUIDE decisions 95, 97)
            pointer = None
            if kind == "named_day" and m.group("pointer"):
                if parse is not None and _pointer_places_the_day(parse(a, b)):
                    pointer = m.group("pointer").lower()
                else:
                    a = m.start("name")  # "the last Christmas market", "his last Christmas", "Wham!'s Last Christmas"
            if kind == "named_day" and m.group("bare") and not _a_bare_holiday_named(pointer, parse(a, b) if parse else None):
                continue  # "Christmas presents", "Christmas seemed the natural choice", "like Christmas in the Kremlin"
            if kind == "named_day" and parse is not None and _names_a_kind(parse(a, b)):
                continue
            if kind == "in_count" and parse is not None and not _on_a_verb(parse(a, b)):
                continue  # "the worst storm in 50 years": a span the noun is measured over, no time ahead
            if kind in ("counted", "unanchored") and parse is not None and _prior_before_its_noun(parse(a, b)):
                continue  # "with 30 days prior notice", "three years previously hidden": a length, no date
            if kind == "counted" and _counts_a_span(text, a):
                continue  # "for seven years after", "in the next year", "the two years before": a span
            if kind == "counted" and parse is not None and _a_duration_taken(parse(a, b)):
                continue  # "it will take several days before the curbs bite": a length of time, no date
            if kind == "counted" and parse is not None and _counted_in_a_modal_clause(m, parse(a, b)):
                continue  # "the damage may only show years later": counted from any occasion of the kind (decisions 460, 705)
            if kind == "unanchored" and parse is not None and _recurring_occasion_count(m, parse(a, b)):
                continue  # "every year on the anniversary of the charter": comes round each year (decisions 653(a), 769)
            if kind == "day_part_that" and parse is not None and not _that_determines(parse(a, b)):
                continue  # "warned that night driving is dangerous": "that" opens a clause
            if kind == "lunar_month" and parse is not None and _a_persons_name(parse(a, b)):
                continue  # "The prize for Elul was announced": a given name, no month (GUIDE decision 563(b))
            if kind in _DAY_AND_MONTH_KINDS and not m.group("year") and parse is not None and _designated_day(parse(a, b)):
                # "May 3 was chosen as Lantern Night", "May 3 is the republic's birthday" (GUIDE decision 830); its month
                # is no date of its own either
                taken.append((a, b))
                continue
            if kind == "named_day" and parse is not None and _day_a_designation_names(parse(a, b)):
                continue  # "May 3 was chosen as Independence Day": the named day itself, no date (GUIDE decisions 472, 830)
            if kind in ("weekday", "named_day") and (part := _in_a_count_from_an_occasion(text, m)):
                # "the Thursday before the vote", "the day after Thanksgiving": one count, no value (decision 72); the
                # named day it counts from is taken ("the week before Black Friday": no Friday of its own)
                if part == "occasion":
                    taken.append((a, b))
                    occasions.append((a, b))
                continue
            if kind == "both_periods":
                again.add(a)
            when = tense(a, b) if callable(tense) else tense
            if (
                kind == "unanchored"
                and when == "present"
                and parse is not None
                and _A_PERIOD_COUNTED_FROM.match(m.group())
                and _told_of_each_occasion(parse(a, b))
            ):
                continue  # "they shed gold in the week after their merger": counted afresh each time (decisions 460, 822)
            if kind in _DEADLINE_KINDS and when != "future" and _deadline_ahead(text, m, parse(a, b) if parse else None):
                when = "future"  # "asked for answers no later than May 10", "the Aug. 2 deadline" (GUIDE decision 490(c))
            if kind == "relative" and _BARE_YEAR.fullmatch(m.group("word")):
                bare_years.add(a)
            if kind == "relative" and _period_of_the_storys_own(text, a, when, parse(a, b) if parse is not None else None):
                continue  # "subscribers kept signing up throughout the week", "is produced weekly throughout the year"
            if kind == "counted" and when == "present" and parse is not None:
                span = parse(a, b)
                if span is not None and (_counts_from_a_recurring_occasion(span[-1]) or _after_a_recurring_count(span)):
                    # "Three days after it hatches, it is feeding, and days later it is dead": counted afresh each time
                    # the occasion comes (GUIDE decisions 460, 705), no one day; a further count in the sentence too
                    continue
            if kind == "lunar_month" and when == "present" and parse is not None and _on_a_simple_present(parse(a, b)):
                continue  # "Muslims pray during Ramadan": what happens each time it comes round (GUIDE decisions 97, 563(b))
            if kind == "weekday" and when == "present" and parse is not None and _set_for_a_weekday(parse(m.start(1), b)):
                when = "future"  # "Saturday is the law's anniversary", "Hopes are high on Tuesday night": scheduled
            if kind == "named_day" and parse is not None and _GREETING.search(text, 0, m.start("name")):
                when = _greeting_tense(when, parse(a, b))
            if kind == "named_day" and pointer:
                # "Last Thanksgiving" the latest before the reference day, "next Easter" the coming one, whatever the
                # verb's tense; "this Christmas" the one the tense points at (as "last"/"next"/"this" + a weekday)
                when = {"last": "past", "next": "future"}.get(pointer, when)
            elif kind == "named_day" and m.group("bare") and when != "past" and parse is not None:
                when = _greeting_tense(when, parse(a, b))  # "we hope for a quiet Christmas": the coming one (decision 349)
            if kind == "weekend" and when == "present" and parse is not None and _weekend_an_act_runs_to(parse(a, b)):
                when = "future"  # "bringing rain through the weekend", "may add one before the weekend is out"
            if kind == "weekend" and parse is not None and _any_weekend(m, when, parse(a, b)):
                continue  # "Many people overeat on the weekend", "Eat light on the weekend" (GUIDE decision 132)
            # A month or day before a noun ("Trump's July 25 call", "the December debate") is the
            # happening's, whatever the tense of the verb around it: the nearer one, not the verb's.
            # Outside the past ("is facing a Sept. 23 trial date", "the scheduled September trip is in limbo"), such a
            # day or month has no tense to lean on: one more than about nine months back is taken in the nearer year,
            # ahead; one nearer back stays back ("The July 25 memo shows …" in February; a past verb keeps any back:
            # "led to the January 6 attack"). A month placed by "last", "next" or "this" keeps the year those give.
            modifier = kind in _NOUN_MODIFIERS and parse is not None and _noun_modifier(parse(a, b))
            # A possessive month ("November's election") is the plain month (GUIDE decision 294): a future clause gives
            # the coming one, a past the last; only a present leans on neither, and takes the nearer year.
            possessive = modifier and kind == "month" and parse(a, b).root.dep_ == "poss"
            nearest = modifier and when not in ("past", "either") and not (possessive and when == "future")
            try:
                value = _resolve(kind, m, ref, "nearest" if nearest else when)
            except (OverflowError, ValueError):
                # A reference date at the calendar's edge (year 1 or 9999): no value.
                value = None
            if value and modifier and kind == "month" and ref is not None and not _placed_month(m):
                if not possessive:
                    value = _nearer_month(value, ref, 9 if nearest else 10)
                elif nearest:
                    value = _nearer_month(value, ref, 5)  # the nearer year either way; half a year back goes ahead
            if (
                value
                and kind == "weekday"
                and when != "future"
                and m.start(1) == m.start()
                and parse is not None
                and _owns_a_happening(parse(m.start(1), b))
            ):
                # "a rule change for Saturday's race", "would be the same for Saturday's race": the happening's own day,
                # whatever the tense of the verb the phrase sits under; the nearest such day either way (as a month
                # before a noun takes the nearer month, `_nearer_month`)
                value = _nearest_weekday(m, ref)
            if value and kind == "weekday" and _placed_weekday(m):
                value = None  # "on a chilly Tuesday in December 1999": which Tuesday cannot be told (decision 444)
            if value and kind == "weekday" and parse is not None and _story_weekday(parse(m.start(1), b)):
                value = None  # "The following Monday evening", "that long Monday night": the story's day (decision 72, 166)
            if value is False:
                continue
            if kind != "weekday" and not (
                kind == "unanchored" and (_OCCASION_COUNT.match(m.group()) or _A_COUNT_FROM_AN_OCCASION.match(m.group()))
            ):
                a, b = _with_its_weekday(text, a, b)  # (an anniversary is listed beside its weekday, decision 653(a))
            taken.append((a, b))
            end = b
            if kind == "unanchored" and parse is not None and (span := parse(a, b)) is not None and len(span):
                end = _to_the_events_end(m, span, span.start_char - a)  # (the parse's offsets are the document's)
                # (the whole name of a named day it counts from: "the week before Cyber Monday")
                end = max([end] + [e for s, e in occasions if b < s <= end + 1])
            found.append((a, b, DateRef(text=text[a:end], value=value)))
    found.sort(key=lambda x: x[0])
    if again and not written_before:
        found = _named_again(found, again)
    return _anchored(_year_before_compared(_pointing_back(found, bare_years, text, parse), text, ref))


# A weekday written just before its date, "Friday, June 7" or "Friday (June 7)", "Friday (7 June)": one expression
# whose text runs from the weekday to the end of the date (GUIDE decision 529).
_WEEKDAY_BEFORE = patterns.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?P<open>,\s*|\s*\(\s*)\Z")
_BRACKET_AFTER = patterns.compile(r"\s*\)")


_THROUGH_A_BARE_PERIOD = patterns.compile(r"(?:throughout|during)\s+\Z")
_BARE_PERIOD = patterns.compile(r"the\s+(?:week|month|year)\b")


# A day and month, or a month, with no year that a deadline's words may set ahead (GUIDE decision 490(c)).
_DEADLINE_KINDS = frozenset({"mdy", "dmy", "the_dmy", "month"})


@cache
def _deadline_words() -> tuple[re.Pattern, re.Pattern]:
    """The lead words written just before a deadline's day ("no later than", "effective from") and the nouns written
    just after it ("deadline"): claims.json `deadline_date_words`."""
    lex = words()
    leads = sorted(lex.deadline_date_leads, key=len, reverse=True)
    lead = patterns.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in leads) + r")\s+\Z")
    noun = patterns.compile(r"(?i)\s+(?:" + "|".join(map(re.escape, lex.deadline_date_nouns)) + r")\b")
    return lead, noun


@cache
def _deadline_away():
    """A distance in time ahead ("three weeks away", "two months off": claims.json `deadline_date_words` `away_words`),
    and the end of the clause a deadline's noun stands in (its next comma, semicolon or full stop)."""
    away = patterns.compile(r"(?i)\b(?:days?|weeks?|months?|hours?)\s+(?:" + "|".join(words().deadline_away_words) + r")\b")
    stop = patterns.compile(r"[,;.]\s")

    def clause_end(text: str, at: int) -> int:
        found = stop.search(text, at)
        return found.start() if found else len(text)

    return away, clause_end


def _deadline_ahead(text: str, m: re.Match, span) -> bool:
    """Whether the day or month `m` (no year written) is a deadline or a start the text sets ahead: "no later than" or
    "effective (from)" just before it, or "deadline" just after it, and a positive mark that the day is still to come
    (GUIDE decision 490(c)): the verb it hangs on, or the verb whose infinitive it hangs on, sets, asks for or announces
    it (claims.json `deadline_date_words` `setting_lemmas`, `asking_lemmas`: "asked for answers no later than May 10",
    "ordered firms to file no later than July 1", "has announced his promotion, effective from April 1", "set a June 20
    deadline"), a modal sets it ("must file no later than May 10"), or the deadline is told to lie ahead ("with the
    Aug. 2 deadline just three weeks away", "the looming Aug. 2 deadline": `away_words`, `ahead_words`). Then read
    forward. With no such mark the verb's own time stands, for a deadline or a start may have passed or an act been
    done ("missed the June 30 deadline", "resigned effective May 31", "had to register no later than May 10", "the pay
    rise, effective April 1, was approved" — decision 406: the text decides); so does a past perfect ("had set a May 10
    deadline"), as `_deadline_set_now` keeps "had given them until Sunday"."""
    if m.groupdict().get("year") or span is None or len(span) == 0:
        return False
    lead, noun = _deadline_words()
    start = m.start()
    led = lead.search(text, max(0, start - 30), start) is not None
    if not (led or noun.match(text, m.end())):
        return False
    lex = words()
    if not led and span.end < len(span.doc):
        after = span.doc[span.end]  # the deadline's noun: "the looming Aug. 2 deadline"
        if any(t.dep_ == "amod" and t.lemma_.lower() in lex.deadline_ahead_words for t in after.children):
            return True
        away, clause_end = _deadline_away()
        if away.search(text, m.end(), clause_end(text, m.end())):
            return True  # "the Aug. 2 deadline … just three weeks away" (a distance ahead told in its own clause)
    verb = _verb_over(span)
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children):
            return False  # "had set a May 10 deadline": one that may have passed
        if any(c.tag_ == "MD" for c in verb.children) and not modal_perfect(verb):
            return True  # "must file no later than May 10"
        if verb.lemma_.lower() in lex.day_setting_lemmas or verb.lemma_.lower() in lex.deadline_asking_lemmas:
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head  # "ordered firms to file reports no later than July 1"
    return False


def _period_of_the_storys_own(text: str, at: int, when: str, span=None) -> bool:
    """Whether a bare "the week", "the month" or "the year" after "throughout" or "during" at `at` is no date: in a
    past statement the story's own period, which the text does not tie to the present ("kept signing up throughout the
    week"; a present perfect runs up to the present, decision 531: "has gained 2% during the week"), in a sentence of
    what comes round each period, any such period ("is produced weekly throughout the year"), and in a generic simple
    present, all year round ("the museum is open throughout the year"; GUIDE decisions 72, 97 and 132 as decision 822
    keeps them)."""
    if not (_BARE_PERIOD.match(text, at) and _THROUGH_A_BARE_PERIOD.search(text, max(0, at - 12), at)):
        return False  # (not "during last year's clay season", a period "last" places)
    if span is None or len(span) == 0:
        return when == "past"
    verb = _verb_of_the_period(span)
    if verb is None:
        return when == "past"
    return (
        (when == "past" and not _present_perfect(verb))
        or _on_a_past_verb(span)
        or _told_each_period(verb, span)
        or _generic_present(verb)
    )


def _verb_of_the_period(span):
    """The verb that the period's parsed `span` hangs on, through an adjective it hangs on ("is open … throughout")."""
    token = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _a_duration_taken(span) -> bool:
    """Whether a counted span's unit ("several days before") is the object or measure of a verb of taking or spending
    time (claims.json `time_taking_lemmas`: "it will take several days before …", "waited two years before suing"): a
    duration, which the dates section lists as no date, not a day counted from an occasion (GUIDE decision 72)."""
    if span is None or len(span) == 0:
        return False
    unit = span.root
    return unit.dep_ in ("dobj", "npadvmod") and unit.head.pos_ in ("VERB", "AUX") and unit.head.lemma_ in words().time_taking


def _counted_in_a_modal_clause(m: re.Match, span) -> bool:
    """Whether a bare count "N years later" or "N weeks earlier" (parsed `span`) hangs on a verb with a modal of
    possibility ("may only show years later") or with a modal inside the content of a noun ("the chance that a calf will
    still be nursing three months later"): a time counted afresh from whatever occasion the general or hypothetical
    statement speaks of, no one day (GUIDE decisions 460, 705). Not a count with its occasion ("75 days before voting
    begins"), nor a future told of one occasion ("will reopen, and two weeks later it will …"), nor one under "would" or
    "could", the story's own future or ability ("A year later, she would become No. 1")."""
    if span is None or not m.group(0).lower().endswith(("later", "earlier")):
        return False
    verb = _verb_of_the_period(span)
    if verb is None:
        return False
    lex = words()
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    possible = any(lex.modal_aux.get(modal) == "possibility" and modal not in lex.narrated_modals for modal in modals)
    # (the parser may read such a content clause as a relative one: "that" is then its mark, no pronoun of the clause)
    content_of_a_noun = verb.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    if not possible and not (content_of_a_noun and any(md in lex.modal_aux and md not in lex.narrated_modals for md in modals)):
        return False
    # a member of a class, each counting from its own occasion ("a foal", "a patient's signs", "rust"), and no occasion
    # given in the sentence ("may reopen on June 10, and two weeks later it may hire"): not "the patient", "it"
    if _occasion_in_the_sentence(span):
        return False
    return _generic_subject(verb) or (content_of_a_noun and _picks_up_an_indefinite(verb))


def _subjects_of(verb) -> list:
    """The subjects of `verb`, or of the verb it is a conjunct of ("The plant may reopen and may hire")."""
    while verb is not None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return []


def _generic_subject(verb) -> bool:
    """Whether the subject of `verb` stands for any member of a class: a bare noun ("Rust can appear", "mild tremors"),
    an indefinite one ("a foal", "any patient": claims.json `generic_determiners`), one a generic possessor owns ("a
    patient's early signs"), or a definite description set by an indefinite ("the transition after a hysterectomy");
    not a pronoun, a name or a definite thing of the story ("it", "the patient", "the bridge")."""
    # (the parser may split a subject in two: "the transition after a hysterectomy may …" with two subjects)
    return any(_generic_noun(subject) for subject in _subjects_of(verb))


def _picks_up_an_indefinite(verb) -> bool:
    """Whether the definite subject of `verb`, in the content of a noun, picks up a class member the sentence has named
    before it with an indefinite ("giving formula to a newborn … raises the chance that the baby will still be nursing
    three months later"); not a definite thing with no such member before it ("The risk that the bridge will collapse
    years later is small")."""
    generic = words().generic_determiners
    for subject in _subjects_of(verb):
        if subject.pos_ != "NOUN" or [c.lower_ for c in subject.children if c.dep_ == "det"] != ["the"]:
            continue
        before = subject.doc[subject.sent.start : subject.i]
        if any(t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in generic for c in t.children) for t in before):
            return True
    return False


def _generic_noun(noun) -> bool:
    # (a bare noun opening the sentence may be tagged a name: "Rust can appear …", no entity)
    opening = noun.pos_ == "PROPN" and noun.i == noun.sent.start and not noun.ent_type_
    if noun.pos_ != "NOUN" and not opening:
        return False
    generic = words().generic_determiners
    possessors = [c for c in noun.children if c.dep_ == "poss"]
    if possessors:
        return _generic_noun(possessors[0])
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "predet")]
    if not determiners:
        return noun.tag_ in ("NN", "NNS") or opening
    if any(d in generic for d in determiners):
        return True
    return determiners == ["the"] and any(
        t.i != noun.i and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in generic for c in t.children)
        for t in noun.subtree
    )


def _occasion_in_the_sentence(span) -> bool:
    """Whether the sentence of a count (parsed `span`) names a time it counts from, a date outside the count with a
    figure or a name ("The plant may reopen on June 10, and two weeks later …", "on Monday"); not a length of time
    ("a single bottle over several days")."""
    return any(
        e.label_ in ("DATE", "TIME")
        and (e.end <= span.start or e.start >= span.end)
        and any(t.is_digit or t.pos_ == "PROPN" or t.lower_ in ("yesterday", "today", "tomorrow") for t in e)
        for e in span.sent.ents
    )


def _present_perfect(verb) -> bool:
    """Whether `verb` is a present perfect ("has gained", "have gathered"), a run up to the present (decision 531)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "’ve") for c in verb.children)


def _told_each_period(verb, span) -> bool:
    """Whether the clause of `verb` tells what comes round each period: an adverb of frequency on the verb ("is printed
    weekly throughout the year"), or "each"/"every" on a week, month or year ("every week throughout the year"); not such
    a word in a name or on another noun ("the Daily Star reported", "monthly payments", "every school")."""
    cues = words().frequency_adverbs | words().each_time_words
    if any(c.dep_ == "advmod" and c.lower_ in cues for c in verb.children):
        return True
    return any(
        t.lower_ in ("each", "every") and t.head.lemma_ in ("week", "month", "year", "day", "night") and t.head.i != span.root.i
        for t in span.sent
    )


def _generic_present(verb) -> bool:
    """Whether `verb` is a simple present with no auxiliary of a modal, the future, the progressive or the perfect, said
    of any such period ("is open throughout the year", "attracts tourists throughout the year", "is produced … throughout
    the year"), not a state kept up now ("stays closed throughout the week") nor a verb under a plan or a modal ("plans
    to open … throughout the year", "is worth watching throughout the week")."""
    if verb.lemma_ in words().designated_days["kept_states"]:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    return verb.tag_ == "VBN" and [(c.dep_, c.tag_) for c in auxiliaries] in ([("auxpass", "VBZ")], [("auxpass", "VBP")])


_DAY_AND_MONTH_KINDS = frozenset({"mdy", "dmy", "the_dmy"})


def _names_a_recurring_day(noun) -> bool:
    """Whether `noun` heads a named yearly day: a name ("Independence Day", "Lantern Night"), a day with an owner or a
    modifier of a yearly occasion ("its founding feast", "the town's holiday", "its independence day"), or a birthday or
    anniversary with an owner ("the republic's birthday"), with no "of" or "for" phrase or clause that ties it to one
    occasion ("the day of the handover", "the day the town was freed"). A day of one event ("polling day", "launch day",
    "the hearing day"), a ranked or qualified one ("the final day", "a special holiday") and a day classified with "a"
    ("May 6 is a bank holiday") name one occasion (GUIDE decisions 40, 349 and 830)."""
    lexicon = words().designated_days
    if noun.lemma_.lower() not in lexicon["nouns"]:
        return False
    children = list(noun.children)
    if any(c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.lower_ in ("for", "when")) for c in children):
        return False
    of_owner = any(c.dep_ == "prep" and c.lower_ == "of" for c in children)
    if noun.lemma_.lower() in ("birthday", "anniversary"):
        # a birthday or anniversary taken as a recurring day: owned ("the republic's birthday", "the birthday of the
        # state"), not counted ("its 50th anniversary", "the first anniversary" name one occasion, decision 683(a))
        counted = any(c.dep_ in ("amod", "nummod") and (c.like_num or c.lower_[:1].isdigit()) for c in children)
        return not counted and (of_owner or any(c.dep_ == "poss" for c in children))
    if of_owner:
        return False
    modifiers = [c for c in children if c.dep_ in ("compound", "amod")]
    if noun.text[:1].isupper() or any(c.text[:1].isupper() for c in modifiers):
        return True  # a name: "Independence Day", "the first 'Independence Day'"
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children):
        return False  # "a bank holiday", "a special holiday": a kind of day, not one yearly day
    if modifiers:
        return any(c.lower_ in lexicon["yearly_modifiers"] for c in modifiers)
    return any(c.dep_ == "poss" for c in children)


def _designated_day(span) -> bool:
    """Whether a day and month written with no year (its parsed `span`) is the calendar day a designation gives a
    recurring named day: the object of a verb of choosing, naming, marking or mentioning with "as" + such a day
    ("the council chose May 3 as Lantern Night", "May 3 was chosen as Independence Day"), the subject of "become" or
    of a copula with one ("May 3 became the town's holiday", "May 3 is the republic's birthday"): it names that day
    every year, no date (GUIDE decision 830)."""
    if span is None or len(span) == 0:
        return False
    day = span.root
    verb = day.head
    # the parser hangs the day on the verb as its object, subject or a bare noun of time ("chose October 9 as", "marking
    # October 8 as"), or hangs the participle on the day in a question ("Why was October 9 chosen as …")
    designating = (
        [verb] if day.dep_ in ("dobj", "nsubjpass", "npadvmod") and verb.lemma_ in words().designated_days["verbs"] else []
    )
    designating += [
        c for c in day.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in words().designated_days["verbs"]
    ]
    if designating:
        return any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and _names_a_recurring_day(g) for g in c.children)
            for v in designating
            for c in v.children
        )
    if day.dep_ in ("nsubj", "npadvmod") and verb.lemma_ in ("be", "become"):  # ("June 1 is Madaraka Day": npadvmod)
        return any(c.dep_ in ("attr", "acomp") and _names_a_recurring_day(c) for c in verb.children)
    return False


def _day_a_designation_names(span) -> bool:
    """Whether a named day's parsed `span` is the day a designation gives a calendar day as ("May 3 was chosen as
    Independence Day"): the name of the recurring day, no date (GUIDE decisions 472 and 830)."""
    if span is None or len(span) == 0:
        return False
    name = span.root
    as_prep = name.head
    if name.dep_ == "attr" and as_prep.lemma_ in ("be", "become"):
        # "October 9 is Independence Day in Uganda": the copula identifies the day with the named day (decision 830)
        days = [c for c in as_prep.children if c.dep_ in ("nsubj", "npadvmod")]
        return _names_a_recurring_day(name) and any(_a_day_and_month(d) for d in days)
    if name.dep_ != "pobj" or as_prep.lower_ != "as" or as_prep.head.lemma_ not in words().designated_days["verbs"]:
        return False
    verb = as_prep.head
    # the calendar day it is given: the verb's object or subject, or the day a participle hangs on
    days = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")]
    if verb.dep_ == "acl":
        days.append(verb.head)
    return any(_a_day_and_month(d) for d in days)


def _a_day_and_month(token) -> bool:
    """Whether `token` is a month word, capitalised as a name ("May", not the modal "may"), with its day's number
    ("October 9")."""
    word = token.text.removesuffix(".")
    return word == word.capitalize() and word.lower() in MONTH_WORDS and any(n.dep_ == "nummod" for n in token.children)


def _on_a_past_verb(span) -> bool:
    """Whether the period's parsed `span` ("throughout the week") hangs on a verb in the past, also through the
    verb's infinitive ("continued to sign up … throughout the week"), though the claim's tense reads otherwise."""
    if span is None or len(span) == 0:
        return False
    verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    for _ in range(3):
        if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _with_its_weekday(text: str, a: int, b: int) -> tuple[int, int]:
    """The span (a, b) of a date widened back over a weekday written just before it (and its closing bracket)."""
    m = _WEEKDAY_BEFORE.search(text, max(0, a - 14), a)
    if m is None or not text[a : a + 1].isalnum():
        return a, b
    if "(" in m.group("open"):
        close = _BRACKET_AFTER.match(text, b)
        if close is None:
            return a, b
        b = close.end()
    return m.start(), b


# The leading words a date's text drops ("on Monday" -> "Monday"); it keeps "last", "next", "this",
# "early", "late" and "mid-", which decide or qualify the value (GUIDE, dates; decision 10).
_DROPPED_LEAD = patterns.compile(r"(?i)(?:(?:on|in|by|since|until|till|from|to|of|during|before|after|overnight)\s+)+")


def _placed_month(m: re.Match) -> bool:
    """Whether a month's match `m` opens with the word that gives its year ("next December", "last November", "this
    past May"): no nearer month is looked for."""
    return m.group(0).lower().startswith(("last", "next", "this", "past"))


def _kept_words_start(m: re.Match) -> int:
    """Where the text of a weekday's or month's match `m` starts: after its leading prepositions."""
    lead = _DROPPED_LEAD.match(m.string, m.start(), m.start(1))
    return lead.end() if lead else m.start()


# The word before a "counted" date that makes it a span ("for years after", "within a year after", "in the next
# year", "the first weeks after", "over the past eight years after …") ...
# ("in recent weeks after …" is a span too) ...
_SPAN_LEAD = patterns.compile(r"(?i)\b(?:for|within|in|over|during|the|first|last|past|next|to|than|recent)\s+\Z")
# ... or "by" before a count, the measure of a change ("extended his stay by one day after the summit"; not "by the
# next morning", a time) ...
# (only after a verb of changing a length or a time: "must be certified by three weeks after the election" is a deadline
# counted from another time, decision 72)
_MEASURE_LEAD = patterns.compile(
    r"(?i)\b(?:extend|prolong|lengthen|delay|postpon|cut|shorten|trim|reduc|mov|push|pull|brought|bring|advanc|put)\w*\b"
    r"[^.;:!?]{0,50}?\bby\s+\Z"
)
# ... or a count before a count's unit: "seven years after" whose own match was a span ("$19.5 billion the previous
# year" is a phrase of its own; "13.8 billion years after the Big Bang" is matched whole, one count).
_COUNT_LEAD = patterns.compile(
    r"""(?ix) \b (?: \d+ | one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | few
    | several | many | hundred | thousand | million | billion ) \s+ \Z"""
)
_THE_NEXT = patterns.compile(r"(?i)the\s")
# A count of its own that opens the date: "€473 million a year earlier" is an amount, then a date ("13.8 billion years
# after" is one count).
_OWN_COUNT = patterns.compile(r"(?i)an?\s+\w+\s+(?:earlier|later)\b")


def _counts_a_span(text: str, at: int) -> bool:
    """Whether the words before a "counted" date at `at` make it a span or part of a larger count."""
    start = max(0, at - 16)
    if _SPAN_LEAD.search(text, start, at):
        return True
    if _MEASURE_LEAD.search(text, max(0, at - 80), at) and not _THE_NEXT.match(text, at):
        return True
    return not _THE_NEXT.match(text, at) and not _OWN_COUNT.match(text, at) and _COUNT_LEAD.search(text, start, at) is not None


# "a year earlier" (or "a year prior", the same count) as the other term of a comparison of figures ("shrank to €33
# million from €473 million a year earlier", "up 4 percent from a year prior") and the adjectives "year-earlier", "year-ago".
_A_YEAR_EARLIER = patterns.compile(r"(?i)a\s+year\s+(?:earlier|prior)")
_YEAR_EARLIER_WORD = patterns.compile(r"(?i)year-(?:earlier|ago)")
_COMPARED_FIGURE = patterns.compile(
    r"(?i)(?:\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion|trillion|bn)?|\b(?:from|than|with|versus|vs\.?))\s+\Z"
)


def _year_before_compared(found: list[tuple[int, int, DateRef]], text: str, ref: dt.date | None) -> list[DateRef]:
    """`found`'s dates, where a figure is set against "a year earlier" or "the year-earlier" one: the previous year
    when the text gives the period it reports no date (a quarter with no year, decision 338), as decision 10 reads "a
    year earlier"; counted from the date it gives (decision 72: "in October, down from 6.2 percent a year earlier"),
    no value (GUIDE decision 490(b))."""
    out: list[DateRef] = []
    dated = False  # a date the text itself gives before the comparison; never one this function resolved
    for a, _, date in found:
        compared = _YEAR_EARLIER_WORD.fullmatch(date.text) or (
            _A_YEAR_EARLIER.fullmatch(date.text) and _COMPARED_FIGURE.search(text, max(0, a - 24), a)
        )
        if compared:
            date = DateRef(text=date.text, value=None if dated or ref is None else f"{ref.year - 1:04d}")
        else:
            dated = dated or bool(date.value)
        out.append(date)
    return out


# A year written as such ("2016", "March 2016", "Oct. 5, 2016"): four digits that are not part of a longer number.
_WRITTEN_YEAR = patterns.compile(r"(?<![\d,.])(?P<year>\d{4})(?![\d,])")
# A year or a month written in a date's words ("2019", "March", "Sept. 4"): what "both years", "either month" name again.
_WRITTEN_PERIOD = patterns.compile(_WRITTEN_YEAR.pattern + "|" + _MONTH_WORD)


def writes_a_period(dates: list[DateRef]) -> bool:
    """Whether any of `dates` writes a year or a month it has a value for ("in 2019", "last March")."""
    return any(d.value and _WRITTEN_PERIOD.search(d.text) for d in dates)


def _named_again(found: list[tuple[int, int, DateRef]], again: set[int]) -> list[tuple[int, int, DateRef]]:
    """`found` (in order) without each "both years", "either month" that no year or month written before it in the unit
    names again ("Either month would suit the board": no date given, nothing to point back to; GUIDE decision 843)."""
    out: list[tuple[int, int, DateRef]] = []
    for a, b, date in found:
        if a in again and not writes_a_period([d for _, _, d in out]):
            continue
        out.append((a, b, date))
    return out


# A bare "the year" as the relative pattern's word ("of the year", "the year's", "the previous year", "as the year …").
_BARE_YEAR = patterns.compile(r"(?i)the\s+(?:previous\s+)?year(?:[’']s)?")
# A bound before a year, which does not place the clause in it ("since 2010", "until 2030").
_BOUND_BEFORE = patterns.compile(r"(?i)\b(?:since|until|till|through|from)\s+\Z")


def _pointing_back(
    found: list[tuple[int, int, DateRef]], bare_years: set[int], text: str, parse=None
) -> list[tuple[int, int, DateRef]]:
    """`found`'s dates, where a bare "the year" ("the most voted-for item of the year", "the year's finals", "in the
    previous year", "as the year progresses") stands in a clause set inside one that a year the unit writes before it
    dates ("In 2016, … rallied …, making this the top item of the year", "enters 2015 … as the year progresses"): it
    points back to that year, or counts from it, and is listed with no value of its own (GUIDE decisions 72, 843; the
    current year of decision 822 only where no such year is given). Not a year in a clause of its own ("The tunnel,
    built in 1998, is the busiest of the year"; "rose in 2012 and will rise by the end of the year"), nor one after a
    bound ("since 2010")."""
    if not bare_years or parse is None:
        return found
    out: list[tuple[int, int, DateRef]] = []
    written: list = []  # for each year written so far, the verb whose clause it dates
    for a, b, date in found:
        if a in bare_years and date.value:
            dominating = _clauses_over(parse(a, b))
            if any(verb.i in dominating for verb in written):
                date = DateRef(text=date.text, value=None)
        elif a not in bare_years and date.value:
            year = _WRITTEN_YEAR.search(date.text)
            if year and date.value.startswith(year.group("year")) and not _BOUND_BEFORE.search(text, max(0, a - 10), a):
                verb = _dated_verb(parse(a, b))
                if verb is not None:
                    written.append(verb)
        out.append((a, b, date))
    return out


def _clauses_over(span) -> set[int]:
    """The indices of a parsed `span`'s root and the tokens above it, up to the first clause coordinated with the one
    above that has a time of its own ("rose in 2012 and will rise by the end of the year"; not "had to quit, turn down or
    change a job", bare verbs sharing one time, nor "met in 2016 and named him …", one tense)."""
    if span is None or not len(span):
        return set()
    token, out = span.root, {span.root.i}
    while token.head.i != token.i:
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and _own_time(token):
            break
        token = token.head
        out.add(token.i)
    return out


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _own_time(conjunct) -> bool:
    """Whether a verb coordinated with another tells its own time: its own auxiliary or subject ("and will rise", "and
    sales fell"), or a finite tense other than its head's ("rose … and rises")."""
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conjunct.children):
        return True
    return conjunct.tag_ in _FINITE and conjunct.head.tag_ in _FINITE and conjunct.tag_ != conjunct.head.tag_


def _dated_verb(span):
    """The verb whose clause a date's parsed `span` hangs on ("In 2016, people streamed …" → streamed), or None."""
    if span is None or not len(span):
        return None
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token is not span.root:
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


_THAT_UNIT = patterns.compile(r"(?i)(?:(?:later|earlier)\s+)?that\s+(?P<unit>week|month|year)")
_VALUE_UNITS = patterns.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def _anchored(dates: list[DateRef]) -> list[DateRef]:
    """`dates` with "later/earlier that month" (week, year) given the month of the date before it
    in the same claim ("continues November 19th; after a break later that month" -> that November;
    GUIDE decision 20 lists it without a value only where no month is given)."""
    out: list[DateRef] = []
    for date in dates:
        m = _THAT_UNIT.fullmatch(date.text) if date.value is None else None
        before = next((d.value for d in reversed(out) if d.value), None) if m else None
        v = _VALUE_UNITS.fullmatch(before) if before else None
        if m and v:
            unit = m.group("unit").lower()
            if unit == "year":
                date = DateRef(text=date.text, value=v.group("year"))
            elif unit == "month" and v.group("month"):
                date = DateRef(text=date.text, value=f"{v.group('year')}-{v.group('month')}")
            elif unit == "week" and v.group("day"):
                year, week, _ = dt.date.fromisoformat(before).isocalendar()
                date = DateRef(text=date.text, value=f"{year:04d}-W{week:02d}")
        out.append(date)
    return out


# The kinds whose words are the day words a sample line may hold (GUIDE decision 413).
_DAY_WORD_KINDS = frozenset({"relative", "weekday", "weekend"})
# What opens a sample line: 'say something like, "…"', 'things like "…"'.
_SAMPLE_LEAD = patterns.compile(r"(?i)\b(?:something|anything|things|words|phrases?|lines?)\s+like[,:]?\s*\Z")
# What joins one sample line to the next: '"…," or "…"'.
_SAMPLE_JOIN = patterns.compile(r"(?i)^[\s,]*(?:or|and)?\s*\Z")


def _sample_lines(text: str) -> list[tuple[int, int]]:
    """The quotes of `text` given as sample lines anyone might say ('You could say something like, "Great work
    today," or "See you Monday"'), whose day words point at no day of the article's (GUIDE decision 413)."""
    out: list[tuple[int, int]] = []
    for start, end in quote_regions(text):
        before = text[max(0, start - 40) : start]
        if _SAMPLE_LEAD.search(before) or (out and _SAMPLE_JOIN.match(text[out[-1][1] : start])):
            out.append((start, end))
    return out


_QUOTE_OPENERS = "“\"‘'"
_QUOTE_CLOSERS = "”\"’'"


def _quoted_label(text: str, a: int, b: int) -> bool:
    """Whether the date at `a`..`b` of `text` is all a quote holds, capitalised, before a word: a label naming
    something ('the “Today” folder', '“This Week” emails'), no day."""
    if a == 0 or b >= len(text) - 2 or text[a - 1] not in _QUOTE_OPENERS or text[b] not in _QUOTE_CLOSERS:
        return False
    if not all(w[:1].isupper() for w in text[a:b].split()) or text[b + 1] != " ":
        return False
    after = patterns.compile(r"[a-z]+").match(text, b + 2)
    return after is not None and after.group() not in ("and", "or", "but", "nor")


# The capitalised word a title's last words follow: "Medical News Today", "CBS This Morning", "Legends of Tomorrow".
_TITLE_WORD_BEFORE = patterns.compile(r"(?:\A|(?<=[\s“\"‘(]))[A-Z][A-Za-z&.’'-]*[A-Za-z&](?:\s+of(?:\s+the)?)?\s+\Z")


def _ends_a_title(text: str, a: int, b: int) -> bool:
    """Whether the day word at `a`..`b` of `text` ("Today", "This Morning") is written capitalised right after a
    capitalised word, joined to it by nothing but a space or "of": the last words of a name (an outlet, a show, a
    title), no day. A capital after a sentence's end or a colon is the day's ("… on Monday. Today, …")."""
    words_ = text[a:b].split()
    if not all(w[:1].isupper() for w in words_):
        return False
    return _TITLE_WORD_BEFORE.search(text, max(0, a - 40), a) is not None


def _counts_from_a_recurring_occasion(link) -> bool:
    """Whether `link`, the "after" or "before" of a count ("Three days after", "About a week before"), counts from an
    occasion told in the simple present ("after it hatches", "before the court sits") or by a bare gerund ("after
    testing"): an occasion that comes round, each time counted afresh (GUIDE decisions 460, 705). Not a named occasion
    ("10 days before the elections", "after the Big Bang"), one the text gives."""
    if link.lower_ not in ("after", "before"):
        return False
    if link.dep_ == "mark":
        # A simple present is also how English tells one event ahead ("90 days after the governor signs it"): the
        # occasion comes round only with a doer that is no one in particular ("after it hatches") or a sign that the
        # sentence tells what happens each time ("each member gets", "usually").
        verb = link.head
        if not _simple_present(verb):
            return False
        return any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children) or _told_each_time(link.sent)
    # A gerund with an object of its own is one act of the main clause's doer ("two days after meeting Netanyahu"); a
    # bare noun is an occasion that comes round only in a sentence told of each time ("usually three days after surgery";
    # "30 days after publication" is one)
    return link.dep_ == "prep" and any(
        c.dep_ in ("pobj", "pcomp")
        and c.tag_ in ("VBG", "NN")
        and (c.lower_.endswith("ing") or _told_each_time(link.sent))
        and not any(g.dep_ in ("det", "poss", "nummod", "amod", "compound", "dobj", "attr", "dative") for g in c.children)
        for c in link.children
    )


def _told_each_time(sent) -> bool:
    """Whether the sentence `sent` tells what happens each time ("each member gets", "is usually sent")."""
    return any(t.lower_ in words().each_time_words for t in sent)


# A day, week, month, year, part of a day or weekday counted from an occasion ("the week before the vote", "the Thursday
# before the election", "the day after Thanksgiving").
_A_PERIOD_COUNTED_FROM = patterns.compile(
    r"(?i)the\s+(?:day|week|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\s+(?:before|after)\Z"
)
# The words of such a count written just before a named day it counts from ("the day after Thanksgiving").
_COUNT_BEFORE_A_NAMED_DAY = patterns.compile(
    r"(?i)\bthe\s+(?:day|week|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\s+(?:before|after)\s+\Z"
)
# ... or before a name of one or two capitalised words that ends with a weekday ("the week before Black Friday", "the day
# before Super Tuesday": the weekday is the name's, no day of its own)
_COUNT_BEFORE_A_NAME = patterns.compile(
    r"\bthe\s+(?i:day|week|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\s+(?i:before|after)\s+(?:[A-Z][\w’'.-]*\s+){1,2}\Z"
)
# Any count from an occasion whose match ends at "before" or "after" ("the night before"), listed beside a weekday
# written before it ("last Sunday, the night before his crash", GUIDE decision 542), not glued to it.
_A_COUNT_FROM_AN_OCCASION = patterns.compile(r"(?i)the\s+\S+\s+(?:before|after)\Z")
_THE_BEFORE = patterns.compile(r"(?i)\bthe\s+\Z")


def _told_of_each_occasion(span) -> bool:
    """Whether a day or period counted from an occasion, whose parsed `span` opens "the week after", hangs on a verb in
    the simple present of a statement that tells what happens each time the occasion comes: told of each time, no one
    period (GUIDE decisions 460, 822). Not a verb with an auxiliary or a participle ("could not be better than lying
    third on the Thursday before the vote"), nor a present with no sign of a habit: one occasion's timetable ("MPs
    return the week after the recess", "The deadline is the week after the vote": decision 72's null)."""
    if span is None or len(span) < 2:
        return False
    token = span[1].head
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            # (a present the tagger leaves bare, "they spew out gold", with its subject and no auxiliary)
            bare = token.tag_ == "VB" and any(c.dep_ == "nsubj" for c in token.children)
            present = _simple_present(token) or (bare and not any(c.dep_ in ("aux", "auxpass") for c in token.children))
            return present and _a_habits_sign(token, span[-1])
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _a_habits_sign(verb, link) -> bool:
    """Whether the clause of `verb` (a simple present) tells a habit of each time the occasion after `link` ("before",
    "after") comes (GUIDE decisions 97, 460): a word of frequency in the clause ("usually", "always", "every year",
    "whenever"), an occasion told of any one ("the month before a marathon", "the week before every election"), or a
    plural pronoun's own occasion each ("they shed gold in the week after their merger")."""
    lex = words()
    cues = lex.each_time_words | lex.habit_adverbs
    for t in verb.subtree:
        if t.lower_ not in cues:
            continue
        over = t.head
        while over.pos_ not in ("VERB", "AUX") and over.head.i != over.i:
            over = over.head
        if over.i == verb.i or t.lower_ == "whenever":
            return True  # (not a word of another verb's clause: "the week after the usual recess ends" is one week)
    if link.dep_ == "mark":
        occasion = next((c for c in link.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        occasion = next((c for c in link.children if c.dep_ == "pobj"), None)
    if occasion is None:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in occasion.children):
        return True
    # (a plural pronoun's: "Lawmakers return the week after their recess" may be one recess)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in ("they", "we")
        and any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in occasion.children)
    )


def _in_a_count_from_an_occasion(text: str, m: re.Match) -> str:
    """Whether a weekday's or named day's match `m` is part of a day or period counted from an occasion the text gives:
    "head" for the weekday the count is told by ("the Thursday before the election"), "occasion" for the named day it
    counts from ("the day after Thanksgiving") or a weekday that ends such a name ("the week before Black Friday", "the
    day before Super Tuesday"), "" for neither. The count is one expression, listed with no value, its text running to
    the occasion's end (GUIDE decisions 72, 388, 542)."""
    if "name" in m.re.groupindex:
        return "occasion" if _COUNT_BEFORE_A_NAMED_DAY.search(text, max(0, m.start() - 40), m.start()) else ""
    at = m.start("weekday")
    if m.start() != at:
        return ""
    if _COUNT_BEFORE_A_NAME.search(text, max(0, at - 80), at):
        return "occasion"
    lead = _THE_BEFORE.search(text, max(0, at - 8), at)
    return "head" if lead is not None and _pattern("unanchored").match(text, lead.start()) is not None else ""


_OCCASION_COUNT = patterns.compile(r"(?i)the\s+(?:\S+\s+){0,2}anniversary|the\s+(?:" + _OCCASION_ORDINAL + r"|\d+\w\w)\s")


def _recurring_occasion_count(m: re.Match, span) -> bool:
    """Whether an anniversary or an ordinal day of an occasion ("the anniversary of the charter", "the second night of
    each fair") stands in a sentence told of each time it comes round ("every year", "usually"): no one day (GUIDE
    decisions 653(a), 769; 97, 460). "each" and "every" tell it only over a time's noun ("every year") or the occasion
    after "of" ("of each fair"), not over another noun ("Every hotel was full on the second night of the festival"); the
    other words ("usually") only in a clause the occasion's phrase hangs on."""
    if span is None or _OCCASION_COUNT.match(m.group()) is None:
        return False
    lex = words()
    above = set()
    for t in span.root.ancestors:  # up to its own clause's verb: not "usually" of a clause it is coordinated with
        above.add(t.i)
        if t.dep_ in ("conj", "parataxis"):
            break
    for t in span.sent:
        if t.lower_ not in lex.each_time_words:
            continue
        if t.lower_ not in lex.occasion_each_time_determiners:
            if t.head.i in above:
                return True  # "we usually feast on the anniversary": not another clause's "usually"
            continue
        head = t.head
        if head.lemma_ in lex.counted_time_units or head.lemma_ in lex.span_nouns:
            return True
        if head.dep_ == "pobj" and head.head.lower_ == "of" and span.start <= head.head.i <= span.end:
            return True
    return False


def _prior_before_its_noun(span) -> bool:
    """Whether a count that ends at "prior" or "previously" ("five months prior", "the day prior", "two years previously":
    counted from a date or event the text gives, GUIDE decisions 40, 72) is none, the word opening a noun phrase after it
    (decision 40: a length, no date). "prior" is then an adjective of the noun, whatever arc the parse gives it ("gave 30
    days prior notice", "60 days prior written notice", "a week prior warning"); "previously" modifies the adjective or
    participle after it, which modifies a noun ("three years previously hidden from view", "two years previously unpaid
    rent"). Not a clause after it ("two months previously by the board", the subject of a verb the parse does not make
    "prior"'s noun), nor "four years prior each time"."""
    if span is None or len(span) == 0 or span[-1].lower_ not in ("prior", "previously"):
        return False
    word, doc = span[-1], span.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is None:
        return False
    if word.lower_ == "previously":
        return word.head == after and (after.pos_ == "ADJ" or after.tag_ == "VBN") and after.dep_ in ("amod", "acl")
    if after.pos_ == "NOUN":  # "30 days prior notice", "a week prior warning", "the day prior arrangements were …"
        return word.head == after or after.dep_ not in ("nsubj", "nsubjpass")
    return (after.pos_ == "ADJ" or after.tag_ == "VBN") and after.dep_ == "amod" and after.head.i > after.i


def _to_the_events_end(m: re.Match, span, shift: int = 0) -> int:
    """Where the text of an anniversary whose match ends at "of" ("the 10th anniversary of") or of a count whose match
    ends at "before" or "after" ("the week after") ends: at the end of the event's noun phrase, its clauses left out
    ("the anniversary of a deadly fire", "the week after the vote"), or at the end of the clause that tells it ("the
    year after the regime fell"; GUIDE decisions 653(a), 388, 910). `shift`: where the parse's document puts the
    text's first character."""
    if span is None or len(span) == 0 or span[-1].lower_ not in ("of", "before", "after"):
        return m.end()
    link = span[-1]
    if link.lower_ != "of" and link.dep_ == "mark":
        verb = link.head
        if verb.i < link.i:
            return m.end()  # (a "before" the parse makes the mark of a relative clause's verb opens no clause of its own)
        if verb.dep_ != "advcl":
            # "Officials said the week before my wedding was chaotic": the count is the subject of "was", the occasion
            # the noun phrase after "before" (decision 388), which the parse takes for the subject of a clause
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > link.i), None)
            if verb.lemma_ != "be" or subject is None:
                return m.end()
            last = _noun_phrase_end(subject)
            return max(m.end(), last.idx + len(last.text) - shift)
        # "the week before the family was swatted": to the end of the clause (decision 388)
        return max(m.end(), _clause_end(verb, verb).idx + len(_clause_end(verb, verb).text) - shift)
    objs = [c for c in link.children if c.dep_ in ("pobj", "pcomp")]
    if not objs:
        return m.end()
    last = _noun_phrase_end(objs[0]) if objs[0].dep_ == "pobj" else objs[0].right_edge  # ("the day after winning it")
    while last.is_punct and last.i > link.i:
        last = last.doc[last.i - 1]
    if objs[0].dep_ == "pobj" and (verb := _verb_after_an_aside(objs[0])) is not None:
        last = _clause_end(verb, verb)  # "the week after the council, a body of nine, rejected his budget" (decision 910)
    return max(m.end(), last.idx + len(last.text) - shift)


def _clause_end(verb, last):
    """The last word of the clause of `verb` (that tells the occasion a count is counted from), from `last` on: its
    coordinated predicates kept ("the dam burst and flooded the valley", decision 388), an aside after a comma left out
    (decision 910), and so is a coordinated clause with its own "before" or "after" ("met in the morning before the
    session opened and again after it closed": another time)."""
    stop = min(
        (c.left_edge.i for c in verb.children if c.dep_ == "conj" and any(g.dep_ == "mark" for g in c.children)),
        default=len(verb.doc),
    )
    for t in verb.subtree:
        if t.i >= stop or (t.i > last.i and t.text in (",", ";", "—", "–", "(") and t.head.i == verb.i):
            break
        if t.i > last.i and not t.is_punct and not (t.dep_ == "cc" and t.head.i == verb.i):
            last = t
    return last


def _verb_after_an_aside(noun):
    """The verb of a clause whose subject `noun` (the parse's object of "after") is set off by a comma's aside before it
    ("the clerk quit the week after the board, a panel of five, cut his pay"): the verb right after the aside's closing
    comma, with no "and" and no subject of its own (the parse hangs it elsewhere, or gives it the aside for a subject).
    Only where the verb the count hangs on comes before it ("The week after the vote, the panel, a body of five, cut his
    pay" is the count's own verb); None where there is none ("after the board, a panel of five, and left town")."""
    doc = noun.doc
    end = _noun_phrase_end(noun)
    if end.i + 3 >= len(doc) or doc[end.i + 1].text != ",":
        return None
    aside = doc[end.i + 2]
    while aside.head.i > end.i + 1 and aside.head.pos_ not in ("VERB", "AUX") and aside.head.i != aside.i:
        aside = aside.head
    after = aside.right_edge.i if aside.right_edge.text == "," else aside.right_edge.i + 1  # (the parse may hang it)
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    verb = doc[after + 1]
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # ("after the report, a grim document, was published")
    finite = ("VBD", "VBZ", "VBP", "MD")
    if not (verb.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in verb.children)):
        return None
    if any(c.dep_ == "cc" for c in verb.children):
        return None
    if [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] not in ([], [aside]):
        return None  # (a verb with a subject of its own: "after the vote, a narrow one, said the paper")
    over = noun.head
    while over.pos_ not in ("VERB", "AUX") and over.head.i != over.i:
        over = over.head
    return verb if over.i < noun.i and over.i != verb.i else None


def _noun_phrase_end(token, top: bool = True):
    """The last token of `token`'s noun phrase, its clauses, appositions and coordinates left out. Coordinates
    inside a phrase below the noun stay: "relations between Azerbaijan and Russia" names one relation of two."""
    last = token
    stops = ("relcl", "acl", "advcl", "appos", "punct", "cc", "conj") if top else ("relcl", "acl", "advcl", "appos")
    for c in token.rights:
        if c.dep_ in stops:
            break
        if c.dep_ == "punct":
            continue  # a list's comma below the noun: the coordinate after it ends the phrase, a closing comma does not
        end = _noun_phrase_end(c, top=False)
        if end.i > last.i:
            last = end
    return last


def _pointer_opens_a_clause(text: str, end: int, parse) -> bool:
    """Whether "the next year", "the following year" after a month (ending at `end`) is a clause's subject ("warned in
    May the next year would be harder") or a possessive ("in March the following year's budget"): no pointer placing
    the month (GUIDE decision 938), which stays a month of its own."""
    if text[end : end + 2] in ("'s", "’s"):
        return True
    if parse is None:
        return False
    span = parse(end - 4, end)
    return span is not None and len(span) > 0 and span[-1].dep_ in ("nsubj", "nsubjpass")


def _a_titles_bracket(text: str, a: int) -> bool:
    """Whether an earlier century's year alone in brackets (at `a`) follows a title ("Book of Black Magic and Pacts
    (1898)", GUIDE decision 125): a run of capitalised words (with "of", "and", "the") not placed by a preposition of
    claims.json bracket_count_prepositions ("at Ford (1750)", a count)."""
    before = text[max(0, a - 120) : a - 1].split()
    if not before or not before[-1][:1].isupper():
        return False
    i = len(before) - 1
    while i > 0 and (before[i - 1][:1].isupper() or before[i - 1] in ("of", "and", "the")):
        i -= 1
    return i == 0 or before[i - 1].lower() not in words().bracket_count_prepositions


def _after_a_recurring_count(span) -> bool:
    """Whether a count's parsed `span` ("days later") follows, in its sentence, a count from an occasion that comes
    round ("Three days after it hatches, it is laying eggs, and days later it is dead"): the same round, counted afresh."""
    doc = span.doc
    return any(
        doc[i].lower_ in ("after", "before")
        and doc[i - 1].lower_ in words().counted_time_units
        and _counts_from_a_recurring_occasion(doc[i])
        for i in range(max(span.sent.start, 1), span.start)
    )


def _on_a_verb(span) -> bool:
    """Whether the "in" before a count's parsed `span` ("will reopen in three weeks") hangs on a verb, not a noun
    ("the worst storm in 50 years")."""
    if span is None or len(span) == 0 or span.start == 0:
        return True
    before = span.doc[span.start - 1]
    if before.lower_ == "in" and span.start > 1 and any(c.tag_ in ("JJS", "RBS") for c in span.doc[span.start - 2].children):
        return False  # "will hit its highest level in two decades": the span the superlative is measured over
    return before.lower_ != "in" or before.head.pos_ in ("VERB", "AUX")


def _that_determines(span) -> bool:
    """Whether the "that" of "that night" is the noun's determiner (the parse's), not a clause's opening word."""
    if span is None or len(span) == 0:
        return True
    that = span[0]
    return that.lower_ != "that" or (that.dep_ == "det" and that.head.i == span[-1].i)


def _weekday_not_a_day(span, bare: bool) -> bool:
    """Whether a weekday's parsed `span` is inside a name ("The Sunday Times", "Monday Night
    Football"; GUIDE decisions 20, 40 read so for years) or, standing `bare` (no "on", "last"
    before it), names a weekly thing (`_weekly`)."""
    if span is None or len(span) != 1:
        return False
    return _opens_name(span[0]) or _every(span[0]) or _days_parts(span[0]) or (bare and _weekly(span))


# "a rainy Friday in March 2004", "one Monday in the spring of 1987": a weekday after "a" or "one" that its own phrase
# sets in a month or year written with it (GUIDE decision 444).
_ONE_OF_SOME = patterns.compile(r"(?i)\b(?:a|an|one|the)\s+(?:[a-z-]+\s+){0,2}\Z")
# (after the weekday's part of the day, if any: "the early Sunday evening in late August")
_IN_A_MONTH_OR_YEAR = patterns.compile(
    r"(?i)(?:\s+(?:"
    + "|".join(sorted(load("claims")["day_part_words"], key=len, reverse=True))  # (claims.json: "evening", "night" …)
    + r"))?\s+(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:"
    + _MONTH_WORD
    + r"|(?:19|20)\d{2}\b|the\s+(?:spring|summer|fall|autumn|winter)\s+of\s+(?:19|20)\d{2}\b)"
)


def _placed_weekday(m: re.Match) -> bool:
    """Whether a weekday's match `m` is one weekday of a month or year its own phrase gives ("On a chilly Tuesday in
    December 1999", "the same late November Saturday"), not the one in the week the tense points at: listed without a
    value (GUIDE decision 444)."""
    at = m.start("weekday")
    if _MONTH_JUST_BEFORE.search(m.string, max(0, at - 12), at) is not None:
        return True  # the month as the weekday's modifier: "on the same late November Saturday", "one cold March Monday"
    # the month or year after it, in a phrase with an article or "one": "a Sunday in June 2004"; not a weekday counted
    # in the month ("the first Tuesday in November", "the last Friday of January": claims.json `weekday_counters`),
    # one day of it that can be told
    some = _ONE_OF_SOME.search(m.string, max(0, at - 40), at)
    return (
        some is not None
        and not any(w.lower() in words().weekday_counters or w[:1].isdigit() for w in some.group().split())
        and _IN_A_MONTH_OR_YEAR.match(m.string, m.end("weekday")) is not None
    )


_MONTH_JUST_BEFORE = patterns.compile(r"\b" + _MONTH_WORD + r"\s+\Z")


_COUNTING_FROM = frozenset({"following", "next", "previous", "preceding"})


def _story_weekday(span) -> bool:
    """Whether a weekday's parsed `span` names a day the story counts from another it has told: "that" as the
    phrase's determiner ("that Friday", "that long Monday night", as decision 166's "that night") or "the following"
    before it ("The following Monday evening", as decision 40's "the next day"): listed without a value."""
    if span is None or len(span) != 1:
        return False
    token = phrase = span[0]
    if token.dep_ == "compound" and token.head.i > token.i and token.head.lemma_ in words().day_parts:
        phrase = token.head  # "Monday evening"
    determiners = [c for c in phrase.children if c.dep_ == "det" and c.i < token.i]
    if any(d.lower_ == "that" for d in determiners):
        return True
    return any(d.lower_ == "the" for d in determiners) and any(
        c.dep_ == "amod" and c.lower_ in _COUNTING_FROM and c.i < token.i for c in phrase.children
    )


def _owns_a_happening(span) -> bool:
    """Whether a weekday's parsed `span` is the owner of a happening ("Saturday's race", "Saturday night's race") set
    deeper than the verb's own subject or object: "a rule change for Saturday's race raised eyebrows" dates the race,
    not the raising. Not "Saturday's race was won by …", whose past verb tells the race itself."""
    if span is None or len(span) != 1:
        return False
    phrase = span[0]
    if phrase.dep_ == "compound" and phrase.head.lemma_ in words().day_parts:
        phrase = phrase.head  # "Saturday night's"
    if phrase.dep_ != "poss":
        return False
    owned = phrase.head
    return not (owned.dep_ in ("nsubj", "nsubjpass", "dobj") and _simple_past(owned.head))


def _simple_past(verb) -> bool:
    """A verb in the simple past or with a past auxiliary ("won", "was won", "had won")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _nearest_weekday(m: re.Match, ref: dt.date | None) -> str | None:
    """The day of the weekday `m` names nearest the reference date, back or ahead (the two never tie but on the day)."""
    if ref is None:
        return None
    target = WEEKDAYS.index(m.group("weekday").lower())
    back = (ref.weekday() - target) % 7
    try:
        return (ref - dt.timedelta(days=back) if back <= 3 else ref + dt.timedelta(days=7 - back)).isoformat()
    except OverflowError:  # the calendar's first or last week: no such day to give
        return None


def _set_for_a_weekday(span) -> bool:
    """Whether a weekday's parsed `span` ("Saturday", "Tuesday night") stands on a present "be" with no auxiliary, as
    its subject, complement or time ("Saturday is the anniversary", "X isn't his only rival Tuesday night",
    "Hopes are high on Tuesday night"): what the day is to hold, a scheduled present (GUIDE decision 30), the coming
    day. Not a weekday owning a noun ("Through Tuesday's game, he is 1-11": that game's day)."""
    if span is None or len(span) != 1:
        return False
    phrase = span[0]
    if phrase.dep_ == "compound" and phrase.head.lemma_ in words().day_parts:
        phrase = phrase.head  # "Tuesday night"
    if phrase.dep_ == "poss":
        return False
    verb = phrase.head
    if phrase.dep_ == "pobj" and verb.lower_ == "on":
        verb = verb.head
    elif phrase.dep_ not in ("npadvmod", "nsubj", "attr"):
        return False
    return verb.lemma_ == "be" and _simple_present(verb)


def _days_parts(token) -> bool:
    """Whether a weekday `token` modifies a part of the day in the plural ("my Friday mornings", "on Sunday nights"):
    that part of every such day, no date (GUIDE decision 95)."""
    head = token.head
    return token.dep_ == "compound" and head.tag_ == "NNS" and head.i == token.i + 1 and head.lemma_ in words().day_parts


def _every(token) -> bool:
    """Whether a weekday `token` names what recurs ("every Sunday", "every other Sunday", "each Friday"),
    no date (GUIDE decision 95)."""
    i = token.i - 1
    if i >= 0 and token.doc[i].lower_ in ("other", "second"):
        i -= 1
    return i >= 0 and token.doc[i].lower_ in ("every", "each")


def _recurs(span) -> bool:
    """Whether a month's parsed `span` names what recurs ("every March", "each May"), no date (GUIDE decision 95)."""
    return span is not None and len(span) == 1 and _every(span[0])


def _any_weekend(m: re.Match, when: str, span) -> bool:
    """Whether "the weekend" (no "last", "this" or "next") is said of any weekend, no one occasion meant: in the
    simple present ("Many people overeat on the weekend") or in advice to the reader ("Eat light on the
    weekend"), as GUIDE decision 132 reads "the weekend", "game day" and "the holidays": no date. A past
    ("over the weekend, Trump assailed …") or a forecast ("to return over the weekend") names one."""
    if m.group("word") not in (None, "on", "at", "during", "over") or "the" not in m.group(0).lower().split():
        return False
    if m.string.startswith(("’s", "'s"), m.end()):
        return False  # "the weekend’s storms": one weekend's happening (GUIDE decision 294)
    if when == "present":
        return True
    if span is None or len(span) == 0:
        return False
    verb = _verb_over(span)
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in verb.children)
    )


def _verb_over(span):
    """The nearest verb over a parsed date `span`, climbing from its root (or the root itself where none is near)."""
    verb = span.root
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


_UNTIL_MARKS = frozenset({"before", "until", "till"})


def _a_persons_name(span) -> bool:
    """Whether the parse tags a parsed `span` (a month of another calendar's name) as a person's name."""
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _on_a_simple_present(span) -> bool:
    """Whether the verb a parsed `span` hangs on is a simple present with no auxiliary ("Families visit relatives
    during Muharram"): what is done each time; not a gerund's act ("an argument over offering prayers during Ramzan")."""
    if span is None or len(span) == 0:
        return False
    return _simple_present(_verb_over(span))


def _simple_present(verb) -> bool:
    """Whether `verb` is a simple present with no auxiliary ("visit", "hatches"), no perfect, passive or progressive."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _weekend_an_act_runs_to(span) -> bool:
    """Whether "the weekend", which the clause's tense leaves in the present, is the one weekend an act still to come
    runs to, no habit of every weekend (GUIDE decision 132): in a bare participle's phrase hung on no present ("expected
    to hug the coast, bringing rain through the weekend"), or in a "before"/"until" clause of a verb with a modal of
    what is ahead ("may add to it before the weekend is out"). Not "Many people overeat on the weekend", "Shops stay
    open until the weekend is over": the coming weekend; nor a habit under "like to", "have to" ("Many families like
    to relax, sleeping late through the weekend": `_governing`)."""
    if span is None or len(span) == 0:
        return False
    verb = _verb_over(span)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _UNTIL_MARKS for c in verb.children):
        return _ahead_modal(verb.head)
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl", "xcomp")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
        and _governing(verb.head).tag_ not in ("VBZ", "VBP", "VBD")
    )


def _governing(verb):
    """The verb an open complement's chain hangs on: "like" in "like to relax", "have" in "have to work", "love" in
    "love being outdoors" (an infinitive's or participle's tag says nothing of the clause's tense)."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


_STATE_VERBS = frozenset({"be", "get", "become", "turn", "grow", "stay", "remain", "feel"})


def _habitual(m: re.Match, span) -> bool:
    """Whether a bare month ("In November", not "last November") tells what each such month is like: on a
    verb of state in the simple present with an adjective for its complement ("In November, the air gets
    cool and still"), as GUIDE decision 97 reads it: no date. A timetable's present ("the company reports
    in March") and a happening's place in time ("The festival is in July") name one month and stay dates."""
    if span is None or len(span) != 1 or m.group(0)[: m.start(1) - m.start()].strip().lower() not in ("", "in", "during"):
        return False
    verb = span[0].head.head if span[0].dep_ == "pobj" else span[0].head
    return (
        verb.lemma_ in _STATE_VERBS
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "acomp" for c in verb.children)
    )


def _inside_event_name(span) -> bool:
    """Whether a named day opens the proper name of an event or body ("Macy's Thanksgiving Day Parade",
    "the Easter Sunday Regatta"): its last word modifies the proper noun right after it (GUIDE decision 191)."""
    last = span[-1]
    doc = last.doc
    if last.i + 1 >= len(doc):
        return False
    after = doc[last.i + 1]
    return (
        last.dep_ in ("compound", "nmod")
        and last.head.i >= after.i
        and after.tag_ in ("NNP", "NNPS")
        and not _dating_word(after)
        and not after.like_num
    )


# Prepositions of time before a bare holiday beyond the named_day pattern's own ("towards Christmas", "around Easter").
_HOLIDAY_TIME_PREPS = frozenset({"towards", "toward", "around", "till"})
# A written year in a parsed clause ("In 1914, soldiers spent Christmas in the trenches").
_A_YEAR_WORD = re.compile(r"(?:1[5-9]|20)\d\d")
_A_MONTH_WORD = re.compile(MONTH_NAME)
# What may stand just before a "Last" that opens a title's words inside a sentence: an opening quote or bracket, a colon
_TITLE_OPENERS = frozenset({"``", "-LRB-", ":", "HYPH", "NFP"})


def _pointer_places_the_day(span) -> bool:
    """Whether the "last", "next" or "this" opening a parsed named day's `span` places the day itself ("Last
    Thanksgiving, she posted …", "Ahead of last Christmas", "Next Christmas Eve", "This Thanksgiving weekend"), as the
    dates section's "last"/"next" + a day. Not an adjective "final" or a determiner of another noun: the pointer hangs
    on a noun past the holiday, or the holiday modifies a noun after it ("the last Christmas market", "This Christmas
    tree", "This Easter egg hunt"); another determiner, a possessive or a coordinated adjective stands before it ("his
    last Christmas with the family", "the last Christmas in the old house", "Her first and last Christmas", "Wham!'s
    Last Christmas"); or a capital "Last" inside a sentence opens a title ("The Last Christmas star …")."""
    if span is None or len(span) < 2:
        return False
    pointer, last = span[0], span[-1]
    if not span.start <= pointer.head.i < span.end:
        return False
    if last.dep_ in ("compound", "nmod", "amod") and last.head.i > last.i:
        return False
    if pointer.i == pointer.sent.start:
        return True
    before = pointer.doc[pointer.i - 1]
    if before.tag_ in ("DT", "PDT", "PRP$", "WP$", "POS") or before.dep_ in ("poss", "case"):
        return False
    if before.dep_ in ("cc", "amod", "det", "nummod") and before.head.i in (pointer.i, pointer.head.i):
        return False
    if before.tag_ == "CC" and pointer.i >= 2 and pointer.doc[pointer.i - 2].tag_ in ("JJ", "JJS", "RB", "CD"):
        return False  # "her first and last Christmas"
    return not pointer.text[0].isupper() or before.tag_ in _TITLE_OPENERS or before.text in "\"“‘'(—–"


def _a_bare_holiday_named(pointer: str | None, span) -> bool:
    """Whether a bare "Christmas", "Xmas", "Thanksgiving" or "Easter" (no preposition of the named_day pattern before
    it) names one day, a date (GUIDE decisions 20, 40): placed by "last", "next" or "this" (`pointer`, where
    `_pointer_places_the_day`: "Last Thanksgiving, she posted …"); after a further preposition of time ("the slow
    decline towards Christmas") or as the bare object of a verb of spending time (claims.json `span_spending_lemmas`:
    "flew home to spend Christmas with her mother"), but not where the clause tells what was or is done each time it
    comes (`_told_as_a_habit`: "Many families spend Christmas abroad", "He used to spend Christmas in Florida",
    decision 97), nor where the clause writes a year or a month ("In 1914, soldiers spent Christmas in the trenches",
    "Armenians spent Christmas on January 6": the day is that year's or another calendar's, which the named_day
    table does not give); or with "a" under a verb of wishing (claims.json `greeting_wish_lemmas`: "we hope for a
    quiet Christmas", decision 349; "We dream of a Christmas in peacetime"). Not in another calendar's or country's
    keeping (claims.json `holiday_calendar_words`: "Orthodox Christmas", "Canadians spent Thanksgiving", decisions 281,
    563), a word of a compound or a name ("Christmas presents", "Christmas Island", `_names_a_kind`), a subject
    ("Christmas seemed the natural choice"), a simile ("it will be like Christmas in the Kremlin") nor "a Christmas"
    told of the past ("spent a Christmas in prison"): no one day."""
    if span is None or len(span) == 0:
        return False
    token = span[-1]
    verb = _verb_over(span)
    calendars = words().holiday_calendar_words
    if any(t.lower_ in calendars for t in verb.subtree):
        return False
    if pointer:
        return True
    if len(span) != 1 or token.dep_ == "compound":
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        wishes = words().greeting_wish_lemmas
        return token.dep_ in ("dobj", "pobj") and any(t.lemma_ in wishes for t in token.ancestors)
    after_a_preposition = token.i > 0 and token.doc[token.i - 1].lower_ in _HOLIDAY_TIME_PREPS
    spent = (
        token.dep_ == "dobj" and token.head.lemma_ in words().span_spending and not any(c.dep_ == "det" for c in token.children)
    )
    if not (after_a_preposition or spent) or _told_as_a_habit(verb):
        return False
    return not any(
        _A_YEAR_WORD.fullmatch(t.text) or (t.pos_ == "PROPN" and _A_MONTH_WORD.fullmatch(t.text)) for t in verb.subtree
    )


def _told_as_a_habit(verb) -> bool:
    """Whether the clause of `verb` tells what was or is done each time a day comes round (GUIDE decision 97): a simple
    present ("Families spend Christmas at home"); an adverb of habit (claims.json `past_habit_adverbs`: "he always spent
    Christmas with his grandmother"); an "each"/"every" time ("Each year they spent Christmas at the lake", "as they do
    every year", "Every winter the couple spent …"); "used to" ("He used to spend Christmas in Florida"); a "would" of
    habit, neither reported nor under an "if" ("As children, we would spend Christmas at the farm"; not "said he would
    spend Christmas at home", "would spend it with his family if released"); a present perfect over years ("has spent
    Christmas apart for three years")."""
    if _simple_present(verb):
        return True
    habits = words().past_habit_adverbs
    if any(c.dep_ == "advmod" and c.lower_ in habits for c in verb.children):
        return True
    periods = words().span_object_nouns
    if any(
        t.lower_ in ("each", "every") and t.dep_ in ("det", "nummod") and (t.head.dep_ == "npadvmod" or t.head.lower_ in periods)
        for t in verb.sent
    ):
        return True  # (the parser may hang the clause on "Every winter": "Every winter the couple spent Thanksgiving …")
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "use" and verb.head.tag_ == "VBD":
        return True
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.lower_ in ("would", "’d", "'d") for c in auxiliaries):
        return verb.dep_ != "ccomp" and not any(
            c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
            for c in verb.children
        )
    return (
        verb.tag_ == "VBN"
        and any(c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in auxiliaries)
        and any(
            c.dep_ == "prep" and c.lower_ in ("for", "since") and any(g.lemma_ in ("year", "decade") for g in c.children)
            for c in verb.children
        )
    )


def _names_a_kind(span) -> bool:
    """Whether a one-word named day's parsed `span` only names a kind of thing ("the Halloween spirit",
    "Halloween-themed workouts", "the Christmas day shift"), no day: before a common noun or a hyphen's participle, as
    "Christmas shopping" is no date (the named_day pattern)."""
    if span is None:
        return False
    if _inside_event_name(span):
        return True
    if len(span) == 2 and span[1].text == "day":
        # a lower-case "day" before a common noun is a word of the compound ("the Christmas day shift"), no day named
        day = span[1]
        return day.dep_ == "compound" and day.head.tag_ in ("NN", "NNS") and day.head.i == day.i + 1
    if len(span) != 1:
        return False
    token, head = span[0], span[0].head
    hyphened = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in ("-", "‐")
    # (a pronoun after it is a greeting's addressee, no noun the day qualifies: "Merry Christmas everybody!")
    return (token.dep_ == "compound" and head.tag_ in ("NN", "NNS") and head.pos_ != "PRON" and head.i == token.i + 1) or hyphened


def _a_class_of_these_times(noun) -> bool:
    """Whether `noun`, the head of "of today", names a class "today" can set in these times: a plural ("the bridges of
    today") or a collective noun ("the youth of today": claims.json `of_today_collective_heads`), not an event, a
    sitting or a document of the day ("The meeting of today was cancelled", "the minutes of today":
    `of_today_occasion_nouns`) nor one of a single thing ("The vote of today marks a turning point")."""
    lex = words()
    if noun.pos_ not in ("NOUN", "PROPN") or {noun.lower_, noun.lemma_.lower()} & lex.of_today_occasion_nouns:
        return False
    return noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in lex.of_today_collective_heads


def _the_time_to_come(span) -> bool:
    """Whether "tomorrow" (the parsed `span`) stands for the time to come in general, no day (GUIDE decision 836): before
    or after a noun for people, a role, a generation or a state of things (claims.json `time_to_come.class_nouns` and
    `of_today_collective_heads`: "tomorrow's leaders", "the engineers of tomorrow", "tomorrow's world"; not any other
    noun, a happening or a thing of the day: "tomorrow's games", "tomorrow's trains", "the meeting of tomorrow"), or in
    a run that sets it beside the present and an open-ended span ("today, tomorrow and for as long as it takes", "now,
    tomorrow and always"), where "today" too is the present in general, no day."""
    if span is None or len(span) != 1:
        return False
    word = span[0]
    if word.lower_ == "today":
        after = _next_in_a_run(word, 1)
        return after is not None and after.lower_ == "tomorrow" and _in_a_run_to_come(after)
    if word.lower_ != "tomorrow":
        return False
    if word.dep_ == "poss" or (word.dep_ == "pobj" and word.head.lower_ == "of"):
        noun = word.head if word.dep_ == "poss" else word.head.head
        lex, names = words(), {noun.lower_, noun.lemma_.lower()}
        return noun.pos_ == "NOUN" and bool(names & (lex.time_to_come_class_nouns | lex.of_today_collective_heads))
    return _in_a_run_to_come(word)


def _in_a_run_to_come(tomorrow) -> bool:
    """Whether the token `tomorrow` comes straight after a word of the present ("today, tomorrow", "now, tomorrow") and
    before a word or a "for" phrase of an open-ended span ("… and always", "… and for generations"; claims.json
    `time_to_come`)."""
    lex = words()
    before, after = _next_in_a_run(tomorrow, -1), _next_in_a_run(tomorrow, 1)
    if before is None or after is None or before.lower_ not in lex.time_to_come_present:
        return False
    if after.lower_ in lex.time_to_come_ends:
        return True
    return after.lower_ == "for" and _an_open_ended_for(after)


def _an_open_ended_for(for_):
    """Whether the "for" phrase at `for_` is an open-ended span: "for ever", "for good", "for generations", "for as long
    as …" (claims.json `time_to_come.span_words`, `span_phrases`), with no number, "next" or day or month inside ("for
    the next two years", "for all of next week": a bounded span, which leaves the days of the run their dates)."""
    lex, phrase = words(), []
    for token in for_.doc[for_.i + 1 : for_.i + 6]:
        if token.is_punct:
            break
        phrase.append(token)
    if any(t.like_num or t.lower_ == "next" or t.lower_ in MONTH_WORDS or t.lower_ in WEEKDAYS for t in phrase):
        return False
    text = " ".join(t.lower_ for t in phrase)
    return any(t.lower_ in lex.time_to_come_span_words for t in phrase) or any(
        text.startswith(opening) for opening in lex.time_to_come_span_phrases
    )


def _next_in_a_run(token, step: int):
    """The next word of a list from `token` in the direction `step` (1 or -1), past commas and "and", "or"; or None."""
    doc, at = token.doc, token.i + step
    while 0 <= at < len(doc) and (doc[at].is_punct or doc[at].lower_ in ("and", "or")):
        at += step
    return doc[at] if 0 <= at < len(doc) else None


def _means_nowadays(text: str, at: int, span) -> bool:
    """Whether "today" at `at` of `text` (parsed `span`) means "nowadays", no date (GUIDE decision 22):
    with a state in the present ("Today, plague infections are rare", "galaxies we observe today",
    "may only be a concept today", "the issues we face today") or with things in the plural ("methods
    today achieve …", "today's hard drives") or a name ("today's Democratic Party"). Not a happening
    of the day ("Stadia launches today", "Today's hearing is over"), and not inside a quote, where
    "today" is the speaker's day (GUIDE decision 37), unless the quote compares a time with it ("far less
    decent than today"). "Today" in a present clause the sentence sets against a past time is these days
    too ("once stood at the lectern that Prelogar commands today")."""
    if span is None or len(span) != 1 or span[0].lower_ != "today":
        return False
    if span[0].dep_ == "pobj" and span[0].head.lower_ == "than":
        return True  # a time compared with the present: "the era was far less decent than today"
    if _figure_from_today_to_a_year(span[0]):
        return True  # "debt climbs from 78% today to 95% by 2035": the present level a forecast starts from
    if span[0].dep_ == "pobj" and span[0].head.lower_ == "of" and _a_class_of_these_times(span[0].head.head):
        return True  # "the great bridges of today", "the youth of today": of these times, quoted or not (not "as of today")
    if _relative_of_these_days(span[0].head):
        return True  # "the best consoles that exist today", "the conditions we're experiencing today", quoted or not
    if _of_the_world_today(span[0]) or _still_so_today(span[0].head):
        return True  # "the largest lizards on Earth today", "the laws still shape the city today", quoted or not
    if _a_class_of_today(span[0]):
        return True  # "teens today differ", "Customers today are looking", "in today's world", quoted or not
    if any(a <= at < b for a, b in quote_regions(text)) or _quoted_in_paragraph(span[0]):
        return False
    if _set_against_the_past(span[0]):
        return True
    head = span[0].head
    if _habit_in_the_present(head) or (head.dep_ == "conj" and head.pos_ == "VERB" and _habit_in_the_present(head.head)):
        # what happens these days as a rule: "coding, which today is often associated with novices", also in the
        # second of two verbs sharing the habit ("I don't always need or deserve a reply today")
        return True
    if _as_things_are(head):
        return True  # "the rules as they're stated today", "the law as it stands today": the present state of things
    if (
        head.lemma_ in words().nowadays_passive
        and _present_passive(head)
        and _said_of_a_class(head)
        and _a_lasting_state(head, span[0])
    ):
        return True  # "the tarsiers, which today are found in Asia", "lizards are found today on two islands"
    if head.dep_ == "acl" and head.tag_ in ("VBN", "VBD") and (head.lemma_ in words().nowadays or _unnamed_class(head.head)):
        # "the signals used today", "the methods observed today", "messages sent today": what is done these days
        return True
    if (
        head.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
        and any(c.dep_ == "nsubj" and _unnamed_class(c, quantified=True) for c in head.children)
    ):
        # "A lot of people want replies today", "many shoppers buy gifts online today": what a class does these days
        # (a bare plural may be a headline's happening: "Workers strike at the port today")
        return True
    if head.tag_ == "NNS" or (head.tag_ in ("NNP", "NNPS") and span[0].dep_ == "poss"):
        return True  # "methods today", "today's Democratic Party" (the party of these times)
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if (
        head.dep_ == "relcl"
        and head.tag_ in ("VBZ", "VBP")
        and not auxiliaries
        and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in head.children)
    ):
        return True  # what people do these days, in a relative clause: "the issues we face today" (not "… that opens today")
    if head.lemma_ not in words().nowadays:
        return False
    if head.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    # Only a modal of possibility keeps the present's reading ("may only be a concept today"); "will
    # be … today" and "must be … today" speak of the day.
    modal_aux = words().modal_aux
    return (
        head.tag_ == "VB"
        and bool(auxiliaries)
        and all(c.tag_ == "MD" and modal_aux.get(c.lower_) == "possibility" for c in auxiliaries)
    )


def _a_class_of_today(today) -> bool:
    """Whether "today" qualifies a class as it is these days, "of today" in other words (GUIDE decision 22: "today"
    meaning "nowadays" is no date, also inside a quote): right after an unnamed plural in a clause in the present, the
    plural the subject of the verb "today" goes with and the clause telling how things are as a rule
    (`_said_of_these_days`: "Teenagers today spend more than seven hours a day", "Our students today cannot …",
    "Consumers today expect free delivery") or the plural after like/for/among/of ("pitfalls for programmers today",
    "like many owners today"); or "today's" before a noun of a whole class or of the world (claims.json
    `of_today_collective_heads`: "in today's world", "today's youth"), as "of today" after it
    (`_a_class_of_these_times`), unless the sentence names a broadcast ("Today's music comes from …, live from
    Salford": that day's programme). Not a past or future clause ("Workers today walked out", "Fans today will see …"),
    nor a clause of the day's doings without a mark of the general sense ("Voters today go to the polls", "Residents
    today are cleaning up", "Flights today are cancelled": decisions 10, 37), nor a plural in another role ("The museum
    opens its doors today": the object), with an article or a number ("the players today were tired", "two firms today
    said") or after "by" ("the ruling by judges today"), nor "today's" before an occasion or a plural ("today's
    hearing", "at today's prices": that day's)."""
    if today.dep_ == "poss":
        noun = today.head
        return noun.tag_ == "NN" and noun.lemma_.lower() in words().of_today_collective_heads and not _a_broadcast(today)
    if today.dep_ != "npadvmod" or today.i == 0:
        return False
    noun, verb = today.doc[today.i - 1], today.head
    if noun.tag_ != "NNS" or any(c.dep_ == "nummod" for c in noun.children):
        return False
    if any(c.dep_ == "det" and c.lower_ not in _CLASS_QUANTIFIERS for c in noun.children):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i:
        return _in_the_present(verb) and _said_of_these_days(verb)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("like", "for", "among", "of"):
        return _in_the_present(verb)  # "pitfalls for programmers today", "like many owners today"
    return False  # an object or another role: "The museum opens its doors today", "SpaceX launches astronauts today"


def _said_of_these_days(verb) -> bool:
    """Whether the clause of `verb` bears a mark of how things are these days rather than of the day's doings (claims.json
    `today_of_a_class_signs`): a comparative or "than" ("earn less than their grandparents did"), a contrast with the
    past ("no longer"), a verb of comparison ("differ from"), a negation ("are not reading"), a modal of ability or need
    ("can do", "must offer", "need to", "have to"), a frequency ("seven hours a day", "often"), or a verb of wanting
    with a bare object ("expect free delivery", "are looking for integrated solutions"); not with a change the day
    brings ("can book tickets online for the first time")."""
    signs = words().today_of_a_class_signs
    text = " " + " ".join(t.lower_ for t in verb.sent) + " "
    if any(f" {phrase} " in text for phrase in signs["first_time_phrases"]):
        return False
    if any(f" {phrase} " in text for phrase in signs["past_contrast_phrases"]):
        return True
    clause = _own_clause(verb)
    if any(t.lower_ == "than" or (t.tag_ in ("JJR", "RBR") and not _counted(t)) for t in clause):
        return True  # (not a day's move by a figure: "trading 4% higher")
    if verb.lemma_ in signs["comparison_verbs"] or any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in signs["ability_modals"] for c in verb.children):
        return True
    if verb.lemma_ in ("need", "have") and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" and a.i == verb.i + 1 for a in c.children) for c in verb.children
    ):
        return True  # "need to", "have to" (not "have until 5 p.m. to submit")
    for t in clause:
        if t.dep_ == "advmod" and t.lower_ in signs["frequency_adverbs"]:
            return True
        if (
            t.lower_ in signs["frequency_determiners"]
            and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].lemma_.lower() in signs["frequency_units"]
        ):
            return True  # "a day", "every week"
    return verb.lemma_ in signs["preference_verbs"] and _a_bare_object(verb)


def _own_clause(verb) -> list:
    """The words of `verb`'s own clause: its subtree without the clauses under it (a complement, an adverbial, a
    relative or a joined clause), except one brought in by "than" or "as" (a comparison's second part)."""
    out, stack = [], [verb]
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if child.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis") and not any(
                c.dep_ == "mark" and c.lower_ in ("than", "as") for c in child.children
            ):
                continue
            stack.append(child)
    return out


def _counted(comparative) -> bool:
    """Whether a comparative carries a figure ("4% higher", "2p cheaper"): a move of that day."""
    return any(t.like_num or t.text == "%" for t in comparative.subtree if t.i != comparative.i)


def _a_bare_object(verb) -> bool:
    """Whether `verb` takes a noun object without a determiner, a number or a possessive, directly or after its
    preposition ("expect free delivery", "looking for integrated solutions", "care about dividends"), and no clause
    ("expect the bank to hold rates": a forecast)."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN" and not any(c.dep_ in ("det", "nummod", "poss") for c in o.children) for o in objects
    )


def _a_broadcast(today) -> bool:
    """Whether the sentence of "today's" names a broadcast or a clock time ("Today's music comes from the BBC
    Philharmonic, live from Salford"; claims.json `today_of_a_class_signs.programme_marks`): that day's programme."""
    sentence = today.sent
    text = " " + " ".join(t.lower_ for t in sentence if t.pos_ not in ("VERB", "AUX")) + " "  # (not "people live longer")
    if any(f" {mark} " in text for mark in words().today_of_a_class_signs["programme_marks"]):
        return True
    return bool(re.search(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b", sentence.text, re.IGNORECASE))


def _in_the_present(verb) -> bool:
    """Whether `verb` heads a clause in the present: a present tense ("differ", "are looking", "is"), or a bare verb
    under a present "do" or a modal other than one of the future ("does not go", "cannot know"); not a past ("said",
    "were told", "has said") nor "will"/"shall"."""
    if verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # (a past participle only under a present auxiliary: "are found")
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "VBD" or a.lemma_ in ("have", "will", "shall") for a in auxiliaries):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return bool(auxiliaries) and all(a.tag_ in ("VBZ", "VBP", "MD") for a in auxiliaries)


def _relative_of_these_days(verb) -> bool:
    """Whether `verb` heads a relative clause in the present that tells how things are these days with a verb of
    existing or living (claims.json `nowadays_lemmas`: "consoles that exist today", "the conditions we're experiencing
    today"): it describes a thing by the present state, no happening of the day, also inside a quote (GUIDE decision
    22); a relative clause of another verb may tell the day's ("the team we're playing today")."""
    if verb.dep_ != "relcl" or verb.lemma_ not in words().nowadays or verb.lemma_ == "be":
        return False  # (not "be": "the man who is with us today" is the day's)
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    return (
        verb.tag_ == "VBG" and len(auxiliaries) == 1 and auxiliaries[0].lemma_ == "be" and auxiliaries[0].tag_ in ("VBZ", "VBP")
    )


def _quoted_in_paragraph(today) -> bool:
    """Whether "today" stands inside a quote that its claim's text cut off ('"There was a lot at stake, but we're
    really happy today.' read as a claim of its own without the opening mark): the speaker's day (GUIDE decision 37)."""
    doc = today.doc
    at = today.idx
    return any(a < at < b for a, b in quote_regions(doc.text))


_CLASS_QUANTIFIERS = frozenset({"many", "most", "some", "all", "few"})
_CLASS_AMOUNTS = frozenset({"lot", "lots", "number", "majority"})


def _unnamed_class(noun, quantified: bool = False) -> bool:
    """Whether `noun` names an unnamed class of things or people: a plural with no determiner or owner ("messages",
    "many shoppers"), or an amount of one ("a lot of people", "the majority of users"); GUIDE decision 430's class.
    `quantified`: only with a word of quantity ("many shoppers", "a lot of people")."""
    if noun.lower_ in _CLASS_AMOUNTS:
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _unnamed_class(g) for g in c.children)
            for c in noun.children
        )
    if noun.tag_ != "NNS" or noun.ent_type_:
        return False
    children = list(noun.children)
    if quantified and not any(c.dep_ in ("det", "amod") and c.lower_ in _CLASS_QUANTIFIERS for c in children):
        return False
    return not any(c.dep_ in ("poss", "nummod") or (c.dep_ == "det" and c.lower_ not in _CLASS_QUANTIFIERS) for c in children)


def _as_things_are(verb) -> bool:
    """Whether `verb` is the present (or present passive) of an "as" clause with a pronoun for its subject ("as they're
    stated today", "as it stands today", "as we know it today"): the present state of things, no day's happening."""
    present = verb.tag_ in ("VBZ", "VBP") or _present_passive(verb)
    return (
        present
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in verb.children)
    )


def _said_of_a_class(verb) -> bool:
    """Whether `verb` tells of a class, not of one thing or a counted few: a relative clause of a plural ("the tarsiers,
    which are found …") or an unnamed class for its subject ("lizards are found …"; not "two bodies are found …")."""
    if verb.dep_ == "relcl":
        return verb.head.tag_ in ("NNS", "NNPS")
    return any(c.dep_ in ("nsubj", "nsubjpass") and _unnamed_class(c) for c in verb.children)


def _a_lasting_state(verb, today) -> bool:
    """Whether the present passive `verb` bears a sign that it tells a lasting state, not the day's find or use:
    "today" before it in a relative clause ("lemurs, which today are found …"), a word of limit or lasting in its
    clause (claims.json `lasting_state_adverbs`: "still", "only", "just three islands") or a named place for its
    complement ("are found today in Asia"); "survivors are found today in the rubble" is the day's."""
    if verb.dep_ == "relcl" and today.i < verb.i:
        return True
    if any(t.lower_ in words().lasting_state_adverbs for t in verb.subtree):
        return True
    return any(c.dep_ == "prep" and g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for c in verb.children for g in c.children)


def _present_passive(verb) -> bool:
    """Whether `verb` is a past participle with a present passive auxiliary ("are found", "is known")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _habit_in_the_present(verb) -> bool:
    """Whether `verb` is a present tense (or a present passive) with an adverb of frequency (claims.json
    `habit_adverbs`: "is often associated", "usually run"): a habit of these days, no day's happening."""
    present = verb.tag_ in ("VBZ", "VBP") or _present_passive(verb)
    # the present's "do" ("I don't always need a reply today")
    present = present or (
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    )
    habits = words().habit_adverbs
    return present and any(c.dep_ == "advmod" and c.lower_ in habits for c in verb.children)


def _of_the_world_today(today) -> bool:
    """Whether "today" goes with a phrase "on (the) Earth", "on the planet" or "in the world" said of the same verb or
    noun, or of a word under it ("Reptiles co-exist most places on the Earth today", "Today there is no country in the
    world that …"): the world as it now is, these days (GUIDE decision 22)."""
    head = today.head
    if head.pos_ in ("VERB", "AUX") and not _of_the_world_as_it_is(head):
        return False  # "the largest plant in the world opens today", "landed on the planet today": that day's happening
    for token in today.sent:
        if token.lower_ not in words().world_nouns or token.dep_ != "pobj" or token.head.lower_ not in ("on", "in"):
            continue
        up = token.head
        for _ in range(4):
            if up.i == head.i:
                return True
            if up.head.i == up.i:
                break
            up = up.head
    return False


def _of_the_world_as_it_is(verb) -> bool:
    """Whether `verb` says how the world now is rather than what happens on a day: a present of being or lasting
    ("there is no country in the world", "exist", "remain", "live") or a present said of a counted share of things
    ("few birds on the planet migrate", "co-exist most places on the Earth"). Not a past, nor a present of one event
    ("the largest plant in the world opens today")."""
    if verb.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.lemma_ in words().world_state_lemmas:
        return True
    return any(
        m.lower_ in words().world_quantifiers and m.dep_ in ("amod", "det")
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
        for m in c.children
    )


def _still_so_today(verb) -> bool:
    """Whether the verb "today" hangs on is a simple present other than "be" with "still" ("the structures still affect
    the city today", "the rule still exists today"): what has lasted into these days, no one day (GUIDE decision 22).
    Not "the road is still closed today", the state of that day."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.lemma_ != "be"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)
        # lasting since a past the sentence names ("the structures that shaped apartheid still affect …", "… of the
        # 1600s still shape …"); without one, "hospitals still lack fuel today" is the state of that day
        and any(_past_anchor(t) for t in verb.subtree)
    )


_YEAR_OR_DECADE = patterns.compile(r"(?:1[5-9]|20)\d{2}s?")


def _past_anchor(token) -> bool:
    """Whether `token` names a past for a lasting present to run from: a past verb in the clause, a year or century,
    "once", "ago", "since"."""
    return (
        (token.tag_ == "VBD" and token.dep_ not in ("aux", "auxpass"))
        or token.lower_ in ("once", "ago", "since", "century", "centuries")
        or _YEAR_OR_DECADE.fullmatch(token.text) is not None
    )


def _figure_from_today_to_a_year(today) -> bool:
    """Whether "today" tags the start of a change "from" a figure "to" another by a year ("cut costs from $0.23 today to
    $0.10 by 2030", "rises from 20 percent today to 60 percent in 2040"): the level of these days a forecast sets against
    a year ahead, no day (GUIDE decision 22, as "than today"); not "from today to Friday", a span from the day.
    It borders on decision 619, where "today's fares" before a measure quoted for one day is the reference day: here
    "today" is set against a level years ahead, so it stands for the present era a trend starts from, as "than today"
    sets the present against another time, not for one day's quoted value (a change to "next month" keeps the day)."""
    if today.dep_ != "npadvmod":
        return False
    start, token = None, today
    for _ in range(3):  # up from the figure "today" tags to the "from" it stands under, or beside
        token = token.head
        start = (
            token
            if token.lower_ == "from"
            else next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from" and c.i < today.i), None)
        )
        if start is not None or token.head.i == token.i:
            break
    if start is None or start.head.i == start.i:
        return False
    change = start.head
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > today.i for c in change.children) and any(
        t.dep_ == "prep"
        and t.lower_ in ("by", "in")
        and t.i > today.i
        and any(_YEAR_OR_DECADE.fullmatch(g.text) for g in t.children)
        for t in change.subtree
    )


def _set_against_the_past(today) -> bool:
    """Whether "today" stands in a present clause that its sentence sets against a past time, a past verb
    with "once" or "… ago" ("Alito once stood at the lectern that Prelogar commands today", "There might be
    less pressure today, but seven years ago, it felt like …"): the present of these days, no day."""
    verb = today.head
    for _ in range(4):  # from a non-finite verb or a noun up to its clause's finite verb
        if verb.tag_ in ("VBZ", "VBP", "VBD", "VBN") or any(c.tag_ == "MD" for c in verb.children) or verb.head.i == verb.i:
            break
        verb = verb.head
    present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and any(c.tag_ == "MD" for c in verb.children))
    return present and any(
        t.lower_ in ("once", "ago")
        and t.dep_ == "advmod"
        and t.head.tag_ == "VBD"
        and t.head.i != verb.i
        # the past set against today frames the sentence; a relative clause's past only describes someone ("X,
        # who won the title two years ago, defends it today": the day's match)
        and t.head.dep_ not in ("relcl", "acl")
        for t in today.sent
    )


def _weekly(span) -> bool:
    """Whether a weekday's parsed `span` names what recurs on that day of every week, no date: a
    weekday before a bare noun ("end Saturday publication", "attended Friday prayers"); not before
    a part of the day ("Friday night") or in a noun phrase a determiner or owner opens ("a Friday
    deadline", "the Sunday protest", "Tuesday's vote")."""
    if span is None or len(span) != 1:
        return False
    token = span[0]
    head = token.head
    return (
        token.dep_ == "compound"
        and head.tag_ in ("NN", "NNS")
        and head.i == token.i + 1
        and head.lower_ not in words().day_parts
        and not any(c.dep_ in ("det", "poss", "predet", "nummod") for c in head.children)
    )


_NOUN_MODIFIERS = frozenset({"month", "mdy", "dmy", "the_dmy"})


# A holiday greeted: "a Merry Christmas", "Happy Thanksgiving!" (GUIDE decisions 349, 360).
_GREETING = patterns.compile(r"\b(?:Happy|Merry|happy|merry)\s+\Z")


def _greeting_tense(when: str, span) -> str:
    """The tense a greeted holiday is read in: the coming one under a wish in the present ("I pray you all have a
    Happy Thanksgiving", GUIDE decision 349); neither way, the nearest, where the greeting was wished in the past
    ("they wished everyone a Merry Christmas", decision 360)."""
    if span is not None and when != "past":
        wishes = words().greeting_wish_lemmas
        if any(t.lemma_ in wishes for t in span.root.ancestors):
            return "future"
    return "present" if when == "past" else when


def _noun_modifier(span) -> bool:
    """Whether a month's or a day's parsed `span` only modifies a noun after it ("the December
    debate", "an October news conference", "Trump's July 25 call"), also as its owner ("August's
    World Championships": GUIDE decision 294 gives a possessive date the value of the plain one; an owner may own a
    happening's name)."""
    if span is None:
        return False
    token = span.root
    if token.head.i < span.end:
        return False
    if token.dep_ == "poss":
        return token.head.tag_ in ("NN", "NNS", "NNP", "NNPS")
    return token.dep_ in ("compound", "nmod", "amod") and token.head.tag_ in ("NN", "NNS")


_ISO_VALUE = re.compile(r"(?P<year>\d{3,4})(?:-W(?P<week>\d\d)|-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?")


def starts_after(value: str | None, ref: dt.date | None) -> bool:
    """Whether a date's value (YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD) names a time that opens after the reference day:
    "in 2026", "on June 20" read forward in a June 12 article; not "this year", "this week" or "later this month", which
    hold the reference day, nor a day and month with no year ("--06-20") or no value."""
    m = _ISO_VALUE.fullmatch(value or "")
    if m is None or ref is None:
        return False
    year = int(m["year"])
    try:
        if m["week"]:
            return dt.date.fromisocalendar(year, int(m["week"]), 1) > ref
        if m["day"]:
            return dt.date(year, int(m["month"]), int(m["day"])) > ref
    except ValueError:
        return False
    if m["month"]:
        return (year, int(m["month"])) > (ref.year, ref.month)
    return year > ref.year


def season_ahead(clause, ref: dt.date | None) -> bool:
    """ "to publish its findings this autumn" in a June article: a season "this" places in `clause`'s words whose first
    month (claims.json `season_first_months`) comes after the reference month, still ahead (a season has no date of its
    own, decisions 22, 49); not the season the reference day falls in ("this winter" in January)."""
    if ref is None:
        return False
    firsts = words().season_first_months
    for t in clause.subtree:
        first = firsts.get(t.lower_)
        if first is None or not any(c.dep_ == "det" and c.lower_ == "this" for c in t.children):
            continue
        if first > ref.month and not (first == 12 and ref.month <= 2):
            return True
    return False


def _nearer_month(value: str, ref: dt.date, most: int = 10) -> str:
    """A month value ("2018-12") more than `most` months from the reference's month taken in the
    nearer year instead ("the December debate" in a November article is the coming one), as a
    day without a year is (`_month_day`); nine for a month before a noun outside the past: one
    seven to nine months back stays back ("the planned December vote" in an August article)."""
    year, month = int(value[:4]), int(value[5:7])
    gap = (year - ref.year) * 12 + month - ref.month
    if gap < -most:
        year += 1
    elif gap > most:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _present(verb) -> bool:
    """A verb in the simple present ("forecasts", "is"), not a perfect ("has said")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in verb.children
    )


def _present_progressive(verb) -> bool:
    """A present progressive ("is hoping", "are working"): a present "be" before a participle in "-ing"."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def arranged_ahead(date, verb) -> bool:
    """Whether the parsed `date` is the time of `verb`'s own present progressive ("The watches are coming in September",
    "The council is meeting on Thursday"): with a day or month the progressive tells an arrangement, what is to come
    (the dates section: the tense says), as a present progressive is not said of a day gone by. Only the verb's own
    time, straight on it or through "on" or "in" ("is recovering after surgery on Monday" dates the surgery), not a day
    that owns a noun ("are still mourning Sunday's victims"), and not a verb of going on ("is continuing", claims.json
    `aspect_lemmas`), whose act runs now. Nor a progressive that tells a state or a change under way rather than an
    act arranged: a verb of a level rising or falling ("Sales are falling in April", claims.json `change_lemmas`, the
    trend of GUIDE decision 775), one with "still", "just" or "only" (`lasting_state_adverbs`: "are still cleaning up
    on Monday"), or one done after a happening gone by ("is celebrating on Sunday after winning the cup")."""
    lex = words()
    if not _present_progressive(verb) or verb.lemma_ in lex.aspect_lemmas or verb.lemma_ in lex.changes:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lex.lasting_state_adverbs for c in verb.children) or _after_a_happening(verb):
        return False
    root = date.root
    if root.dep_ == "compound" and root.head.lemma_ in lex.day_parts:
        root = root.head  # "is meeting on Thursday night"
    if root.dep_ == "npadvmod":
        return root.head.i == verb.i
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "in") or root.head.head.i != verb.i:
        return False
    before = root.doc[root.head.i - 1]
    # (not after a noun a preposition of time or source opens, the parser hanging the day on the verb: "is recovering
    # after surgery on Monday")
    if before.dep_ == "pobj" and before.head.lower_ in lex.arrangement_time_or_source_prepositions:
        return False
    return not _dates_a_happening_object(root.head, verb)


def _after_a_happening(verb) -> bool:
    """Whether `verb` has an "after" of a happening gone by: a gerund ("after winning the cup") or a noun of a happening
    ("after the storm"; `_a_happening_noun`)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "after"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" or c.dep_ == "pobj" and _a_happening_noun(c) for c in prep.children)
        for prep in verb.children
    )


def _dates_a_happening_object(prep, verb) -> bool:
    """Whether the day's preposition `prep`, which the parser hangs on `verb`, comes straight after the verb's object
    that is or holds a happening (claims.json `came_with_happening_nouns`, `there_was_happening_nouns`,
    `habit_occasion.happenings` …): "are investigating a shooting on Saturday", "are reviewing the crash on Monday", "are
    examining the cause of the fire in March". The day then dates the happening, most often gone by, not an act the
    party has arranged: GUIDE decisions 30 and 693(c) read a present forward only for a party's own scheduled act with a
    time ahead written for that act. A verb by which the party stages the happening itself (claims.json
    `arrangement.staging_lemmas`: "is holding a rally on Saturday") keeps the arrangement."""
    lex = words()
    if verb.lemma_ in lex.arrangement_staging:
        return False
    return any(
        obj.dep_ in ("dobj", "attr") and obj.right_edge.i == prep.i - 1 and any(_a_happening_noun(t) for t in obj.subtree)
        for obj in verb.children
    )


def _a_happening_noun(token) -> bool:
    """Whether `token` is a common noun of a happening: an incident or an event (claims.json happening lists)."""
    if token.pos_ != "NOUN":
        return False
    lex, names = words(), {token.lower_, token.lemma_.lower()}
    return bool(names & (lex.there_was_happenings | lex.came_with_happenings | lex.happenings_ahead_nouns))


# Modals that put a base verb's act ahead of the present ("will", "may", "must" …), as the claims' tense reads them.
AHEAD_MODALS = frozenset(("will", "'ll", "’ll", "shall", "wo", "should", "could", "may", "might", "must"))
_FUTURE_MODALS = frozenset(("will", "'ll", "’ll", "shall", "wo"))


def modal_perfect(verb) -> bool:
    """A modal other than the future's with "have" before a past participle ("must have left", "could have won"):
    the past, guessed or missed. The future perfect ("will have closed by Friday") still points ahead."""
    return any(c.tag_ == "MD" and c.lower_ not in _FUTURE_MODALS for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
    )


def _ahead_modal(verb) -> bool:
    """Whether base verb `verb` has a modal of the future or of a possibility still open, and is no modal perfect
    ("may cancel", "will have cancelled"; not "may have cancelled")."""
    return any(c.tag_ == "MD" and c.lower_ in AHEAD_MODALS for c in verb.children) and not modal_perfect(verb)


def points_ahead(verb) -> bool:
    """Whether the date on `verb` points ahead for the form of the verb: an infinitive ("to
    return") under a predicate in the present ("forecasts the weather to return over the weekend",
    "wants to meet on Friday", "is likely to rule on Monday"), or a present "be" with a frame of
    the future ("The ruling is due on Monday"). Under a past verb ("was the first to arrive on
    Monday") the tense stays the past's."""
    if verb.lemma_ == "be" and _present(verb):
        # "The ruling is due on Monday"; "In August the race is likely to draw a crowd" (the parser hanging the date on
        # the copula, not on the infinitive of the act the adjective frames, which lies ahead as "is likely to rule on
        # Monday" does)
        return any(
            c.dep_ == "acomp"
            and (
                c.lemma_ in words().future_frames
                or (
                    c.lemma_ in words().forward_adjectives  # not "are free/able to": a state now (claims.json)
                    and any(
                        x.dep_ == "xcomp" and x.tag_ == "VB" and any(a.lower_ == "to" for a in x.children) for x in c.children
                    )
                )
            )
            for c in verb.children
        )
    sentence = verb.sent
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG", "MD") or t.is_quote for t in sentence):
        # A sentence with no tensed verb nor participle: a schedule's note ("Thunder: Host the
        # Lakers on Friday.", "Lakers: At Phoenix on Sunday."; like a schedule's row, GUIDE
        # decision 30), an imperative ("Join us on Saturday") or a headline's infinitive ("Trump
        # to visit London on Monday"). Not inside a quote: what was said was said before.
        return True
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    token = verb
    for _ in range(6):
        if (
            token.dep_ not in ("xcomp", "relcl", "acl", "ccomp", "advcl", "acomp", "dobj", "attr", "conj")
            or token.head.i == token.i
        ):
            break
        came_from, token = token, token.head
        if token.tag_ == "VB" and _ahead_modal(token):
            # "may cancel a trip to meet him in September", "should travel to sign it in May": the purpose of
            # an act still to come comes after it
            return True
        if token.pos_ in ("VERB", "AUX") and token.tag_ != "VB" and not _bare_participle_clause(token, came_from):
            break
    # (the present's progressive too: "is hoping to return in January" looks ahead as "hopes to return" does)
    # (not after a verb of going on: "are continuing to make progress" is the present's)
    return (
        token is not verb
        and token.pos_ in ("VERB", "AUX")
        and (_present(token) or (_present_progressive(token) and token.lemma_ not in words().aspect_lemmas))
    )


def _bare_participle_clause(token, came_from) -> bool:
    """Whether `token` is a present participle with no auxiliary opening an adverbial clause ("…, allowing him to run
    in September") and `came_from`, the word `points_ahead` climbed from, is the participle's own infinitive, straight
    under it as its complement ("allowing him to run", "allowing its owners to reopen it"): it has no tense of its own,
    and the clause it hangs on gives that infinitive its time (GUIDE decision 621), so `points_ahead` climbs on through
    it, as from a bare participle under it ("neutralizing the anger while allowing him to run"). Not an infinitive of a
    noun the participle has as object ("citing the firm's refusal to pay bonuses in March",
    "blaming a decision to close the plant"): that dates the noun's act, which the participle does not set ahead."""
    return (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and (came_from.dep_ in ("xcomp", "ccomp") or (came_from.tag_ == "VBG" and came_from.dep_ == "advcl"))
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def ahead_of_a_past(verb, date=None) -> bool:
    """Whether the date on `verb` is a day of an act still to come at the time of a past verb that governs it (GUIDE
    decision 406): the past points back while the act lies ahead, so neither way prevails. "would" + a base verb, the
    future seen from a past ("told the agency that policing would be intensified on Friday"; not "would have", a past
    missed); an infinitive, a gerund or a bare subjunctive complement of a past verb of deciding, asking or promising
    (claims.json `act_ahead_lemmas`: "asked well-wishers to dedicate an hour Thursday", "decided against performing on
    January 20th", "suggested that the two sides hold talks on Sunday"). Not a gerund under a preposition of time
    ("asked for help after finding a body on Friday": a done act), and not a date `date` (a span) that ends the
    sentence or clause after an infinitive or gerund when the past verb has no time of its own ("voted to extend
    martial law on Thursday", "offered to resign on Thursday, but …"): news copy hangs the report's day there."""
    if would_ahead(verb):
        return _past_governor(verb)
    if _set_ahead_in_a_past_passive(verb):
        return True
    governing = None
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        governing = verb.head  # "asked them to vote on Sunday"
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ in words().act_ahead_preps:
        governing = verb.head.head  # "decided against performing on January 20th"
    elif verb.dep_ == "ccomp" and _bare_subjunctive(verb) and verb.head.lemma_ in words().subjunctive:
        # "suggested that … hold talks on Sunday", "proposed that talks be held on Sunday"; also under a participle that
        # carries a past clause's time ("…, with the South proposing that talks be held on Sunday"), not under a present
        # one ("is suggesting that …", "parties, demanding that …, will march": decision 406's future reading)
        return _proposed_in_the_past(verb.head) and verb.head.lemma_ in words().act_ahead
    if governing is None or governing.tag_ != "VBD" or governing.lemma_ not in words().act_ahead:
        return False
    return date is None or not _ends_its_clause(date) or _dated_itself(governing, verb)


def proposed_ahead(verb) -> bool:
    """Whether `verb` is a bare subjunctive complement of a verb of proposing or demanding ("that both sides meet", "that
    the vote be held"): an act still to come at the proposal, so its day points ahead (GUIDE decision 406; under a past
    proposal `ahead_of_a_past` reads it either way first). Only under a proposal made now or to be made: a progressive,
    a perfect, a modal or the future ("is suggesting", "has proposed", "will propose"), or a participle; a simple present
    is often a standing rule that its own words place ("the CDC recommends all get a vaccine by the end of October for the
    current flu season"), left to the clause's tense."""
    if not (verb.dep_ == "ccomp" and _bare_subjunctive(verb) and verb.head.lemma_ in words().subjunctive):
        return False
    head = verb.head
    return head.tag_ in ("VBG", "VBN", "VB") or any(c.dep_ == "aux" for c in head.children)


def _proposed_in_the_past(head) -> bool:
    """Whether the governor `head` of a bare subjunctive is past: a simple past ("suggested"), a participle with a past
    auxiliary ("was proposing"), or a participle with no auxiliary that hangs on a past verb ("restored the line, with the
    South proposing", "…, proposing that …" after "said")."""
    if head.tag_ == "VBD":
        return True
    if head.tag_ != "VBG":
        return False
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return any(c.tag_ == "VBD" for c in auxiliaries)
    if head.dep_ not in ("advcl", "acl", "pobj", "pcomp", "xcomp"):
        return False
    above = head.head
    for _ in range(3):  # up through "with" and the noun it opens on
        if above.pos_ in ("VERB", "AUX"):
            return above.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in above.children)
        if above.head.i == above.i:
            return False
        above = above.head
    return False


def _bare_subjunctive(verb) -> bool:
    """Whether `verb` is a bare (mandative) subjunctive: a base form with no auxiliary ("that they hold talks"), or a
    passive whose only auxiliary is a bare "be" ("that talks be held")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VB", "VBP"):
        return not auxiliaries
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].dep_ == "auxpass"
        and auxiliaries[0].lower_ == "be"
        and auxiliaries[0].tag_ == "VB"
    )


def _set_ahead_in_a_past_passive(verb) -> bool:
    """Whether `verb` is the infinitive of a past passive or past "due" of a frame of the future ("the vote was
    scheduled to resume Friday", "shipments were expected to start from July", "the line was due to open in May"): the
    frame's past points back while the act it sets lies ahead of it, so neither way prevails (GUIDE decision 406, as for
    "planned to"). Unlike an active verb of deciding, a passive frame names no act of its own that the report's day
    could date, so a date that ends the clause is the act's too."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.tag_ != "VB" and not (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)):
        return False  # a base verb or a passive one ("was due to be sentenced on Friday")
    frame = verb.head
    if frame.lemma_ not in words().future_frames:
        return False
    clause = frame.head if frame.dep_ == "acomp" else frame
    if any(c.dep_ == "conj" and _past_told(c) for c in (*clause.children, *verb.children)) or any(
        c.dep_ == "cc" and c.lower_ == "but" and _past_word_after(c) for c in (*clause.children, *verb.children)
    ):
        # "was expected to hold rates on Thursday but surprised markets", "were scheduled to begin on Friday but were
        # called off": the text tells the outcome, the day passed (decision 406's last part), as the reduced relative
        # "the talks, scheduled to begin on Friday, were called off" is left to the past
        return False
    if frame.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in frame.children) and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in frame.children
        )
    # "was due to" + verb: the adjective's copula in the past
    return frame.dep_ == "acomp" and frame.head.lemma_ == "be" and frame.head.tag_ == "VBD"


def _past_told(verb) -> bool:
    """Whether `verb` is a finite past, active or passive ("surprised", "opened", "were called off")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _past_word_after(token) -> bool:
    """Whether the word after `token` is a past, however the parser tagged it ("but surprised markets", the past taken
    for an adjective)."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and (nxt.tag_ == "VBD" or (nxt.tag_ in ("JJ", "VBN") and nxt.lower_.endswith("ed")))


def day_of_a_happening_ahead(date, verb) -> bool:
    """Whether the parsed `date` sits in the noun phrase after "ahead of" or "in advance of" that hangs on `verb` ("met
    envoys ahead of a summit on Saturday"): the day of a happening still to come when the act was done. Under a past
    verb neither way prevails, as for decision 406's act ahead of a deciding, or the happening's own day before a noun
    ("ahead of Saturday's summit"): the occurrence nearest the reference date."""
    noun = _happening_just_before(date, verb)
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in words().ahead_of_heads:
        # "met envoys ahead of the summit on Saturday", the parser hanging the day on the verb: the day still names the
        # summit's, which comes straight after it
        ahead = noun.head.head
        # (a relative clause the parser hangs on the day or the verb still tells the happening: "a ballot on Friday
        # that … won")
        return not (_told_as_done(noun) or _relative_after_tells_done(date)) and (
            ahead.lower_ == "ahead" or (ahead.head.lower_ == "in" and ahead.dep_ == "pobj")
        )
    token, happening = date.root, None
    for _ in range(10):
        if token.i == verb.i or token.head.i == token.i:
            return False
        if token.lower_ == "of" and token.head.lower_ in words().ahead_of_heads:
            if (happening is not None and _told_as_done(happening)) or _relative_after_tells_done(date):
                return False  # "ahead of a strike on Friday that shut the ports": the text tells the day passed
            return token.head.lower_ == "ahead" or (token.head.head.lower_ == "in" and token.head.dep_ == "pobj")
        happening = token
        token = token.head
    return False


def _happening_just_before(date, verb, nouns=None):
    """The noun of a happening (in `nouns`, by default claims.json's happenings of an occasion, rescheduled events and
    occasions) that the parsed `date`'s preposition comes straight after when the parser hangs the date on the verb
    `verb` ("called for rallies on Friday", "ahead of the vote on Sunday"): the noun, or None."""
    prep = date.root.head
    if date.root.dep_ == "npadvmod" and prep.i == verb.i:
        prep = date[0]  # "urged a nationwide strike Friday": the wire's weekday with no "on", straight after the noun
    elif date.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in ("on", "in"):
        return None
    if not any(t.lower_ in WEEKDAYS or t.lower_.rstrip(".") in MONTH_WORDS for t in date):
        return None  # only a day or a month: "the first meeting in six years" counts a span
    noun = date.doc[prep.i - 1] if prep.i > 0 else None
    if nouns is None:
        nouns = words().happenings_ahead_nouns
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return None
    if any(t.dep_ in ("prep", "pobj") and t.i > noun.i for t in verb.children if t.i < prep.i and t.i != noun.i):
        return None  # ("asked for help in the town on Friday": another phrase of the verb's between)
    return noun


# What else on the asking verb makes its noun object no happening asked for: a particle ("called off the match"), a
# second object or attribute ("called the shooting an act of terror"), an infinitive, clause or adverbial clause ("urged
# the summit to act", "told a rally that …", an infinitive "called the meeting to order"): the noun is then an audience or a thing
# named or settled, and the day the act's own.
_NOT_ASKED_FOR_DEPS = frozenset({"prt", "oprd", "attr", "dative", "xcomp", "ccomp"})


def day_of_a_happening_asked_for(date, verb) -> bool:
    """Whether the parsed `date` names the day of a happening that a verb of asking, calling or planning (claims.json
    `happening_asked`) has as its object, the parser hanging the date on the verb ("the party urged nationwide rallies
    on Friday", "has called for a strike on Monday"): the day of an act still ahead of the asking, not the asking's
    own day (GUIDE decision 406)."""
    lex = words()
    if verb.lemma_ not in lex.happening_asked_lemmas and verb.lemma_ not in lex.happening_asked_for_lemmas:
        return False
    if any(
        c.dep_ in _NOT_ASKED_FOR_DEPS or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in verb.children
    ):
        return False  # (of adverbial clauses only an infinitive: a gerund is no purpose, "urged rallies on Friday, predicting …")
    noun = _happening_just_before(date, verb, lex.happening_asked_nouns)
    if noun is None or _told_as_done(noun) or _relative_after_tells_done(date):
        return False
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        return verb.lemma_ in lex.happening_asked_lemmas
    # "called for rallies"
    return (
        noun.dep_ == "pobj"
        and noun.head.head.i == verb.i
        and noun.head.lower_ == "for"
        and verb.lemma_ in lex.happening_asked_for_lemmas
    )


def _relative_after_tells_done(date) -> bool:
    """Whether a clause opened by "that" or "which" straight after the parsed `date`, or after a comma there, is a
    finite past or a perfect ("a ballot on Friday that the opposition won", "the vote on Friday, which the party
    lost"), however the parser hangs it: the happening before the day is done."""
    end = date[-1].i + 1
    if end < len(date.doc) and date.doc[end].text == ",":
        end += 1
    if end >= len(date.doc) or date.doc[end].lower_ not in ("that", "which"):
        return False
    clause = date.doc[end].head
    if clause.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in clause.children):
        return True  # "which the ruling party lost", the parser tagging the past a participle with a subject of its own
    return _past_or_perfect(clause)


def _past_or_perfect(clause) -> bool:
    """Whether the clause's verb is a finite past or a perfect: a tense that tells its happening done."""
    return clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def _told_as_done(noun) -> bool:
    """Whether a clause on the happening's noun tells it done: a finite past or a perfect ("a strike on Friday that shut
    the ports", "a vote that the opposition won", "a summit that has ended"; GUIDE decision 406: the text decides); not
    a participle, which has no tense of its own ("a summit on Saturday co-hosted by Britain")."""
    return any(clause.dep_ in ("relcl", "acl") and _past_or_perfect(clause) for clause in noun.children)


def set_ahead_by_a_participle(verb) -> bool:
    """Whether `verb` is the infinitive of a reduced relative on a frame of the future ("the bridge, scheduled to open
    on Monday, carries …", "iOS 7, slated to be previewed on Monday"): a participle with no tense of its own, but the
    words tell the act still to come, which decides (GUIDE decision 621). Not under a past finite clause ("the talks,
    scheduled to begin on Monday, were called off": the day may have passed), left to the clause's tense."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    frame = verb.head
    if (
        frame.dep_ != "acl"
        or frame.tag_ not in ("VBN", "VBD")
        or frame.lemma_ not in words().future_frames
        or frame.lemma_ in words().guessing_frame_lemmas
    ):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in frame.children):
        return False
    host = frame.head
    for _ in range(8):
        if host.pos_ in ("VERB", "AUX") or host.head.i == host.i:
            break
        host = host.head
    if host.pos_ not in ("VERB", "AUX"):
        return False  # ("The match, slated to kick off on Monday, sold out": no finite host found, the parse's past missed)
    return not (
        host.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in host.children)
    )


def day_set_by_a_perfect(date, verb) -> bool:
    """Whether the weekday `date` is the day a verb of setting a day (claims.json `deadline_date_words`
    `setting_lemmas`) in the present perfect sets for what it names: an occasion's noun as its object ("It has called a
    press conference on Wednesday": claims.json `rescheduled_event_nouns`) or the day itself ("The UN has declared
    Thursday to be a day of mourning"). A present perfect takes no day already past, so the day is still ahead, read
    forward (GUIDE decision 490(c)); not a past perfect ("had called a meeting on Monday"), nor a modal's ("may have
    set"), nor a day hung on anything but the verb ("has called for rallies on Friday" is read by its own rules)."""
    if date.lower_ not in WEEKDAYS or verb.lemma_ not in words().day_setting_lemmas:
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if date.head.i == verb.i:
        return date.dep_ in ("dobj", "npadvmod") and _day_made_an_occasion(date, verb)
    if date.dep_ != "pobj" or date.head.lower_ != "on":
        return False
    occasions = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words().rescheduled_event_nouns]
    # (the "on" phrase hung on the verb or on the occasion's noun: "has called a hearing on Friday")
    return bool(occasions) and any(date.head.head.i in (verb.i, o.i) for o in occasions)


def _day_made_an_occasion(date, verb) -> bool:
    """Whether the weekday `date`, the object of a verb of setting a day, is made the day of something: "to be …" ("has
    declared Thursday to be Remembrance Day"), "as …" ("has set Friday as the day of the vote") or an occasion's noun
    as its complement ("has declared Friday a holiday", "… a day of mourning": claims.json `deadline_date_words`
    `occasion_nouns`); not a day only described ("have called Monday a dark day", "… the calmest session")."""
    lex = words()
    for c in verb.children:
        if c.i == date.i:
            continue
        if c.dep_ == "xcomp" and c.lemma_ == "be" and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "as":
            return True
        if c.dep_ in ("oprd", "npadvmod", "dobj", "attr") and c.pos_ in ("NOUN", "PROPN"):
            named = [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if any(n.lemma_.lower() in lex.day_occasion_nouns for n in named):
                return True
    return False


def would_ahead(verb) -> bool:
    """Whether `verb` has "would" and no "have": a future seen from some time, not a past missed."""
    return any(c.tag_ == "MD" and c.lower_ == "would" for c in verb.children) and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
    )


def would_ahead_of_a_present(verb) -> bool:
    """Whether `verb` is "would" + a base verb with no past verb over it ("officials say the bridge would open on
    Monday", "if approved, the law would take effect on Monday"): the future reading stands (GUIDE decision 406's
    present governing verb, decision 5's hypothetical intention)."""
    if not would_ahead(verb):
        return False
    token = verb
    for _ in range(5):
        if token.dep_ == "ROOT":
            return token.i == verb.i or token.tag_ in ("VBZ", "VBP")
        if token.dep_ not in ("ccomp", "xcomp", "conj") or (token.tag_ == "VBD" and token.i != verb.i):
            return False  # (under a noun, "his vow that Britain would leave on Oct. 31": the vow's time, as before)
        token = token.head
    return False


def _past_governor(verb) -> bool:
    """Whether a past verb governs `verb` through a chain of complements or conjuncts ("told … that it would …")."""
    token = verb
    for _ in range(5):
        if token.dep_ not in ("ccomp", "xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
        if token.tag_ == "VBD":
            return True
    return False


def _ends_its_clause(date) -> bool:
    """Whether the span `date` is the last thing before a stop, a comma or the sentence's end."""
    end = date[-1].i + 1
    return end >= date.sent.end or date.doc[end].is_punct


def _dated_itself(governing, complement) -> bool:
    """Whether the past verb has a date of its own outside its complement ("On Monday the board decided to meet on
    Friday")."""
    inside = {t.i for t in complement.subtree}
    return any(
        t.ent_type_ == "DATE" and t.i not in inside and t.i < complement.i for t in governing.subtree if t.i != governing.i
    )


# Words before a year that date it rather than name something: "Summer 2020" is the year (GUIDE
# decision 49), "Christmas 2019" a day of it (a named day's last word), "Q3 2019" a quarter of it.
_QUARTER = patterns.compile(r"[QH][1-4]")


@cache
def _named_day_words() -> frozenset[str]:
    return frozenset(name.split()[-1] for name in _NAMED_DAYS)


def _dating_word(token) -> bool:
    word = token.lower_.rstrip(".")
    return (
        word in MONTH_WORDS
        or word in WEEKDAYS
        or word in words().seasons
        or word in _named_day_words()
        or _QUARTER.fullmatch(token.text) is not None
    )


def _proper(token) -> bool:
    """A proper noun, or a model's letters the tagger calls a common noun ("Kia Soul EV")."""
    return token.tag_ in ("NNP", "NNPS") or (token.tag_ == "NN" and token.is_upper and len(token.text) > 1)


def _opens_name(token) -> bool:
    """Whether `token` (a year, a weekday) opens a proper name with the proper nouns after it: they
    head its noun phrase ("the 2020 Sentra", "The Sunday Times", "Monday Night Football"), and are
    no month, weekday or part of the day ("2019 Dec.", "Friday Night")."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and _proper(doc[end]):
        end += 1
    if end == token.i + 1:
        return False
    after = doc[token.i + 1]
    if after.lower_.rstrip(".") in MONTH_WORDS or after.lower_ in WEEKDAYS:
        return False
    determined = token.i > 0 and doc[token.i - 1].tag_ in ("DT", "PRP$", "POS")
    if (
        (token.lower_ in WEEKDAYS or not determined)
        and token.ent_type_ == "DATE"
        and any(doc[j].ent_type_ == "PERSON" for j in range(token.i + 1, end))
    ):
        # a date of its own before a person's title and name ("on Wednesday Staff Sgt Robert Bales", "In 2019 President
        # Donald Trump"); a year that a determiner opens with the name after it is an event's or an award's name ("the
        # 2022 Pete Maravich Classic", decisions 40, 73; an award's then dated: `_names_a_dated_happening_or_honour`)
        return False
    attached = token.head.i in range(token.i + 1, end) or determined
    head = doc[end - 1]
    for _ in range(8):
        if head.dep_ not in ("compound", "amod", "nmod", "nummod") or head.head.i <= head.i:
            break
        head = head.head
    return attached and _proper(head) and head.lower_ not in words().day_parts


def _modify_one_noun(name, year) -> bool:
    """Whether a proper noun and the year right after it both modify the noun after them, the year numbering
    the name ("your Worlds 2023 champions"); not a place's or a body's year, which dates the noun ("the U.S. 2020
    census", "the EU 2030 target": GUIDE decision 73)."""
    head = year.head
    return (
        name.tag_ in ("NNP", "NNPS")
        and name.ent_type_ not in ("GPE", "NORP", "ORG", "LOC", "FAC")
        and head.i == name.head.i
        and head.i > year.i
        and head.pos_ == "NOUN"
        and year.dep_ in ("nummod", "compound", "nmod")
        and name.dep_ in ("compound", "nmod", "amod")
    )


def _name_after(year):
    """The proper name a year opens: the run of proper nouns right after it (`_opens_name`)."""
    doc = year.doc
    end = year.i + 1
    while end < len(doc) and _proper(doc[end]):
        end += 1
    return doc[year.i + 1 : end]


def _names_a_law(year) -> bool:
    """Whether the proper name a year opens is a law's or a treaty's ("the 2015 U.N. Paris Agreement",
    "the 1998 Good Friday Accords"): its last word is a law noun (claims.json `law_nouns`)."""
    return _name_after(year)[-1].lower_ in words().law_nouns


def _names_a_dated_happening_or_honour(year) -> bool:
    """Whether the proper name a year opens is that of a one-off happening or of a title or honour held, which the year
    dates (GUIDE decisions 73 and 585(b): "the 1967 Six-Day War", "a 2029 Olympian"), not a recurring event's, a
    product's or a report's name that the year numbers (decisions 20, 40, 1021): a happening's noun ends it ("the 2010
    Harbour Crash"; claims.json `there_was_happening_nouns`) or a word that opens a happening's name starts it ("the 2013
    Operation Tidewater"; `happening_name_openers`), not a yearly holiday's name inside it (a campaign run each year);
    a prize's noun ends it ("the 2016 Kestrel Prize"; `prize_nouns`, not "Cup" nor the plural "Awards" of a ceremony),
    or "of the Year" follows it ("the 2015 Skipper of the Year") and ends the name. Not a noun that also ends a recurring
    contest's name ("the 2022 Backyard Brawl", "the Ranji Trophy": `recurring_name_ends`), nor a product's name
    (`_names_a_product`)."""
    name, lex = _name_after(year), words()
    if _names_a_product(year, name):
        return False
    if name[0].lower_ in lex.happening_name_openers:
        return not any(f" {h} " in f" {name.text} " for h in lex.yearly_holiday_names)
    if name[-1].lower_ in (lex.there_was_happenings | lex.prize_nouns) - lex.recurring_name_ends:
        return True
    after = year.doc[name.end : name.end + 4]
    # "of the Year" closing the name, not opening a longer one ("the 2023 Player of the Year Awards", a ceremony's) --
    # a person's name may follow it ("the 2015 Skipper of the Year Dana Lee", the title held)
    return [t.lower_ for t in after[:3]] == ["of", "the", "year"] and not (
        len(after) > 3 and after[3].text[:1].isupper() and after[3].ent_type_ != "PERSON"
    )


def _names_a_product(year, name) -> bool:
    """Whether the proper name a year opens is a product's, the year its model's (GUIDE decision 20): a well-known
    product or company opens it ("the 2021 Kindle Fire"; claims.json `known_products`, `companies`), or "a" goes
    before the year and the name heads its phrase ("a 2019 Harbour Fire": one of many, where a one-off happening or an
    honour is "the")."""
    lex = words()
    if name[0].text in lex.known_products or name[0].text in lex.companies or name[:2].text in lex.known_products:
        return True
    doc = year.doc
    return year.i > 0 and doc[year.i - 1].lower_ in ("a", "an") and name[-1].dep_ != "compound"


_THING_DETERMINERS = frozenset({"the", "a", "an", "that", "this", "these", "those"})


def _names_a_model(year) -> bool:
    """Whether a year names a product's model rather than a time (GUIDE decisions 20, 125): it numbers a
    model noun across the name between ("the 2016 MacBook Pro design"; claims.json `model_nouns`), or it
    heads its own noun phrase under an article ("more key travel than the 2016", "in the 2016 was moved"):
    a calendar year takes no article, so "the 2016" is a thing called by its year."""
    if year.dep_ in ("nummod", "compound", "amod", "nmod") and year.head.i > year.i:
        return year.head.lower_ in words().model_nouns
    return any(child.dep_ == "det" and child.lower_ in _THING_DETERMINERS and child.i == year.i - 1 for child in year.children)


def year_in_name(span) -> bool:
    """Whether the year a parsed `span` holds is part of a proper name, a product's or an event's,
    and so no date (GUIDE decisions 20 and 40): a year before a name that heads its noun phrase
    ("the 2020 Sentra", "The 2021 RAV4 Prime", "the 2020 Bangkok International Motor Show"), or
    right after a proper name it numbers ("Euro 2020", "Tokyo 2020") or after "model" ("the production
    model 2020 LC 500"). A year before a common
    noun stays a date ("the 2020 election", "a 2020 North American tour", "the 1967 Six-Day War"),
    as does one a month, season or named day goes before ("Summer 2020", "Christmas 2019")."""
    if span is None:
        return False
    year = next((t for t in span if t.like_num and len(t.text) == 4), None)
    if year is None:
        return False
    return _year_in_name(year) or _listed_after_name_year(year)


def _listed_after_name_year(year) -> bool:
    """A year listed after one that numbers a name ("won Worlds 2013, 2015, and 2016", "Euro 2016 and 2020"):
    the parse hangs it on that year as a conjunct or an apposition; it numbers the same name."""
    first = year
    while first.dep_ in ("conj", "appos") and first.head.like_num and len(first.head.text) == 4 and first.head.i < first.i:
        first = first.head
    return first is not year and _year_in_name(first)


def _event_word(token) -> bool:
    """A capitalised word that names or ends the name of an event (`words().recurring_event_end_words`, the union of
    claims.json's three lists: "Worlds", "Cup", "Open"); "Games" only after a word of games_event_qualifiers ("the
    Olympic Games", not the firm "Epic Games")."""
    lex = words()
    if not (token.text[:1].isupper() and token.lower_ in lex.recurring_event_end_words):
        return False
    return token.lower_ != "games" or (token.i > 0 and token.doc[token.i - 1].lower_ in lex.games_event_qualifiers)


def _numbers_an_events_name(year) -> bool:
    """Whether `year` stands right after an event's name word ("at the Worlds 2022") or opens a run of proper nouns that
    an event's word ends ("2010 U.S. Open champ Dan Roe", "the 2019 Asian Athletic Championships in Doha"), whatever
    noun comes after: the year is the event's, no date (GUIDE decisions 40, 585(b))."""
    doc = year.doc
    if year.i > 0 and doc[year.i - 1].lower_ in words().year_time_prepositions:
        return False  # "In 2022 World Cup organisers faced ...": the year the time, a comma left out (decision 73)
    if year.i > 0 and _event_word(doc[year.i - 1]):
        return True
    end = year.i + 1
    while end < len(doc) and (_proper(doc[end]) or _event_word(doc[end]) or (doc[end].tag_ == "POS" and end > year.i + 1)):
        end += 1
    return end > year.i + 1 and _event_word(doc[end - 1])


def _year_in_name(year) -> bool:
    doc = year.doc
    if _names_a_model(year) or _numbers_an_events_name(year):
        return True
    if _opens_name(year):
        # "the 2015 Paris Agreement" dates the law's making (GUIDE decision 87), "the 2010 Flash Crash" the happening,
        # "the 2016 Kestrel Prize" the honour won (decisions 73, 585(b))
        return not (_names_a_law(year) or _names_a_dated_happening_or_honour(year))
    if year.i > 0:
        before = doc[year.i - 1]
        if before.lower_ == "model":
            return True  # "the production model 2020 LC 500": a model year (GUIDE decision 20)
        return (
            before.text[:1].isupper()
            and before.pos_ in ("PROPN", "NOUN")
            # the name numbered: the year's head, its dependent, or (a sibling) the noun both modify ("your
            # Worlds 2023 champions", "the Mexico 2020 quartet")
            and (year.head.i == before.i or before.head.i == year.i or _modify_one_noun(before, year))
            and not _dating_word(before)
        )
    return False


def _weekend(word: str | None, ref: dt.date | None, tense: str) -> str | None:
    """The ISO week of the weekend meant: "last" the latest before the reference day, "next" the
    one after the coming one, and otherwise the claim's tense chooses the latest or the coming."""
    if ref is None:
        return None
    word = (word or "").lower()
    if word.endswith("past"):
        word, tense = "", "past"  # "this past weekend": the latest
    back = (ref.weekday() - 5) % 7  # days back to the latest Saturday (0 on a Saturday)
    ahead = (5 - ref.weekday()) % 7  # days on to the coming Saturday
    if word == "last":
        saturday = ref - dt.timedelta(days=back or 7)
    elif word == "next":
        saturday = ref + dt.timedelta(days=ahead + 7 if ahead else 7)
    elif tense == "future" or (word == "this" and tense == "present" and ref.weekday() < 5):
        # "opens this weekend" on a Monday: the coming one, in the reference's own week (decision 58's "this week")
        saturday = ref + dt.timedelta(days=ahead)
    else:
        saturday = ref - dt.timedelta(days=back)
    year, week, _ = saturday.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _resolve_iso(m: re.Match, ref: dt.date | None, tense: str):
    y, mo, d = map(int, m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else False


def _resolve_slash_num(m: re.Match, ref: dt.date | None, tense: str):
    a, b, y = map(int, m.groups())
    y += 2000 if y < 100 else 0  # "Tuesday, 12/15/15"
    mo, d = (b, a) if a > 12 else (a, b)
    return f"{y:04d}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else False


def _resolve_dmy_num(m: re.Match, ref: dt.date | None, tense: str):
    d, mo, y = map(int, m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else False


def _day_month(day: str, month: int, year: str | None, m: re.Match, ref: dt.date | None, tense: str):
    """A day and a month number, with the year written or left out."""
    if not month:
        return False
    d = int(day)
    if not year:
        # "between 12 September and 7 November 2024": the range's year.
        later = _RANGE_END.match(m.string, m.end())
        year = later.group(1) if later else None
    if year:
        y = int(year)
        return f"{y:04d}-{month:02d}-{d:02d}" if _valid(y, month, d) else False
    # "May 5" is a date; "may 5" is not, and "May" alone is not matched.
    return _month_day(month, d, ref, tense) if _valid(2000, month, d) else False


def _resolve_mdy(m: re.Match, ref: dt.date | None, tense: str):
    return _day_month(m.group("day"), _month_no(m.group("month")), m.group("year"), m, ref, tense)


def _resolve_dmy(m: re.Match, ref: dt.date | None, tense: str):
    return _day_month(m.group("day"), _month_no(m.group("month")), m.group("year"), m, ref, tense)


def _resolve_dmy_other(m: re.Match, ref: dt.date | None, tense: str):
    month = _MONTHS_OTHER.get(m.group("month").lower(), 0)
    return _day_month(m.group("day"), month, m.group("year"), m, ref, tense)


def _resolve_my(m: re.Match, ref: dt.date | None, tense: str):
    return f"{int(m.group('year')):04d}-{_month_no(m.group('month')):02d}"


def _resolve_my_other(m: re.Match, ref: dt.date | None, tense: str):
    return f"{int(m.group('year')):04d}-{_MONTHS_OTHER[m.group('month').lower()]:02d}"


def _resolve_month(m: re.Match, ref: dt.date | None, tense: str):
    word = m.group("month")
    # "May" alone is the modal verb unless a preposition introduces it.
    if word == "May" and m.start(1) == m.start():
        return False
    prefix = m.group(0)[: m.start(1) - m.start()].strip().lower()
    if ref is None:
        return None
    month = _month_no(word)
    if prefix == "this past":
        prefix, tense = "", "past"  # "this past May": the latest
    if prefix == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif prefix == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif prefix == "this":
        year = ref.year
    # "past March" is "after March" (GUIDE decision 456): like "until", ahead but under a past verb
    elif tense == "either" and (ref.month - month) % 12 <= 6:
        # an act ahead of a past verb: the month nearest the reference either way (decision 406), on a tie the past
        # verb's, back
        year = ref.year if month <= ref.month else ref.year - 1
    elif tense in ("future", "either") or (prefix in ("until", "till", "by", "past") and tense != "past"):
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


def _resolve_weekday(m: re.Match, ref: dt.date | None, tense: str):
    if ref is None:
        return None
    target = WEEKDAYS.index(m.group("weekday").lower())
    prefix = m.group(0).split()[0].lower()
    week_start = ref - dt.timedelta(days=ref.weekday())
    if m.group(0).lower().startswith(("this past", "past")):
        prefix, tense = "", "past"  # "this past Sunday": the latest
    elif m.group(0).lower().startswith("this coming"):
        prefix, tense = "", "future"  # "this coming Wednesday": the next on or after the reference date
    if m.group("last"):
        prefix = "last"  # "Thursday last"
    if prefix == "last":
        day = week_start - dt.timedelta(days=7 - target)
    elif prefix == "next":
        day = ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
    elif prefix == "this":
        day = week_start + dt.timedelta(days=target)
    elif tense == "future" or (prefix in ("until", "by") and tense != "past"):
        day = ref + dt.timedelta(days=(target - ref.weekday()) % 7)
    elif tense == "either":
        return _nearest_weekday(m, ref)  # an act ahead of a past verb (GUIDE decision 406)
    else:
        day = ref - dt.timedelta(days=(ref.weekday() - target) % 7)
    return day.isoformat()


# After "the last weekend", "the final day": "of" an event the text gives ("of the festival"; not "of the year").
_OF_AN_EVENT = patterns.compile(r"\s+of\s+(?:the|its|his|her|their)\s+(?!(?:year|month|week|day|weekend)\b)\w")


# Before "weekend": a release's or a run's own weekend ("its second weekend", "the film’s opening weekend").
_COUNTED_WEEKEND = patterns.compile(
    r"(?i)\b(?:its|their|his|her|[\w-]+['’]s)\s+(?:first|second|third|fourth|fifth|opening|debut|final|closing)\s+\Z"
)


def _resolve_weekend(m: re.Match, ref: dt.date | None, tense: str):
    the = m.string[: m.start()].endswith(("the ", "The ")) or "the" in m.group(0).lower().split()
    if the and _OF_AN_EVENT.match(m.string, m.end()):
        # "the last weekend of the festival", "over the weekend of the film's opening": counted from the event (GUIDE
        # decision 119)
        return None
    if not m.group("word") and _COUNTED_WEEKEND.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "a good hold in its second weekend": counted from the release (decision 119)
    return _weekend(m.group("word"), ref, tense)


def _resolve_relative(m: re.Match, ref: dt.date | None, tense: str):
    word = m.group("word").lower().replace("’", "'").removesuffix("'s").removesuffix("s")  # "this years’", "the year’s"
    if ref is None:
        return None
    if word in ("yesterday", "last night"):
        return (ref - dt.timedelta(days=1)).isoformat()
    if word.startswith("the previous"):
        word = "last " + word.split()[-1]
    elif word in ("the year", "the month", "the week"):
        word = "this " + word.split()[-1]  # "by the end of the year", "to begin the week"
    if word in ("today", "tonight") or word.startswith("this ") and word.endswith(("morning", "afternoon", "evening")):
        return ref.isoformat()
    if word == "tomorrow":
        return (ref + dt.timedelta(days=1)).isoformat()
    shift = {"last": -1, "this": 0, "next": 1}[word.split()[0]]
    if word.endswith("year"):
        return f"{ref.year + shift:04d}"
    if word.endswith("week"):
        year, week, _ = (ref + dt.timedelta(weeks=shift)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    month = ref.month + shift
    year = ref.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def _resolve_year(m: re.Match, ref: dt.date | None, tense: str):
    return m.group(1)


def _resolve_year_short(m: re.Match, ref: dt.date | None, tense: str):
    """ "in ’91": the latest year ending so up to the reference's year ("’91" in 2015 is 1991, "’08" is 2008)."""
    if ref is None:
        return None
    year = 2000 + int(m.group("yy"))
    return f"{year if year <= ref.year else year - 100:04d}"


def _resolve_new_year(m: re.Match, ref: dt.date | None, tense: str):
    """ "the new year" (GUIDE dates: "next year" as said): in the year's second half the coming one, in its first
    half the year just begun."""
    if ref is None:
        return None
    return f"{ref.year + (1 if ref.month > 6 else 0):04d}"


def _resolve_decade(m: re.Match, ref: dt.date | None, tense: str):
    """A decade's first three digits ("the 1990s": 199); False for hundreds named by their first year ("the 1800s",
    "the late 1800s", "the early 1900s": a century or a part of one, GUIDE decision 376); "the 2000s" stays a decade, as
    the gold reads it."""
    decade = m.group("decade") or m.group("apostrophe")
    return False if decade.startswith("1") and decade.endswith("0") else decade


# The digit of the decade each word names ("the eighties": 198), "the aughts" the first of a century.
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    "aughts": 0, "noughties": 0,
}  # fmt: skip
# A reading of temperatures, where "the eighties" or "the 80s" are degrees ("highs in the eighties").
_TEMPERATURE_TALK = patterns.compile(r"(?i)\b(?:degrees?|temperatures?|highs?|lows?|fahrenheit|celsius|thermometer)\b|°")


def _resolve_decade_words(m: re.Match, ref: dt.date | None, tense: str):
    """A decade in words as its first three digits ("the nineteen-eighties": 198, "the mid-aughts": 200); False where
    it is no date: degrees in talk of temperatures, a figure's range ("approval sank into the forties", claims.json
    `figure_talk_words`), or "the twenties" with no century to tell 1920s from 2020s."""
    digit = _DECADE_WORDS[m.group("word").lower()]
    century = (m.group("century") or "").lower()
    if _TEMPERATURE_TALK.search(m.string) or (not century and _figure_talk_near(m)):
        return False
    if century:
        return ("19" if century == "nineteen" else "20") + str(digit)
    if digit == 0:
        return "200"  # "the aughts", "the noughties": the 2000s
    if digit == 2 and not m.group("roaring"):
        return False  # "the twenties": 1920s or 2020s
    return "19" + str(digit)


_CLAUSE_BREAK = patterns.compile(r"[,;:()\u2013\u2014]|\.\s|\s-\s")


def _figure_talk_near(m: re.Match) -> bool:
    """Whether a word of talk about a figure's level (claims.json `figure_talk_words`) stands in the decade's clause
    among the five words before the match or the three after it ("approval has hovered in the mid-40s", "Crude was in
    the mid-80s a barrel"), or a `figure_talk_after_words` one after it ("in the late-50s age group"); not a word
    elsewhere in the sentence or in an idiom ("Hip-hop came of age in the 80s", "year-round in the 90s")."""
    lex = words()
    text = m.string
    before = text[max(0, m.start() - 80) : m.start()]
    cut = list(_CLAUSE_BREAK.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    after = text[m.end() : m.end() + 50]
    cut_after = _CLAUSE_BREAK.search(after)
    if cut_after:
        after = after[: cut_after.start()]
    before_words = " ".join(before.split()[-5:])
    after_words = " ".join(after.split()[:3])
    return bool(
        lex.figure_talk.search(before_words) or lex.figure_talk.search(after_words) or lex.figure_talk_after.search(after_words)
    )


def _resolve_decade_short(m: re.Match, ref: dt.date | None, tense: str):
    if m.group("bare") and (_TEMPERATURE_TALK.search(m.string) or _figure_talk_near(m)):
        return False  # "highs in the 80s", "approval has hovered in the mid-40s" (claims.json `figure_talk_words`)
    if m.group("digit") and _short_decade_of_a_reading_or_an_age(m):
        return False  # "Highs will reach the low ’70s", "the senator, now in his mid-’70s"
    digit = m.group("digit") or m.group("bare")
    return ("20" if digit in "01" else "19") + digit


def _short_decade_of_a_reading_or_an_age(m: re.Match) -> bool:
    """Whether a short decade with its apostrophe after a word other than "the" or a listed decade is degrees or an
    age: in talk of temperatures, after a word of a range's part ("the low ’70s", "the upper ’80s": claims.json
    `decade_range_part_words`), or after a possessive in a life or with no noun after it ("in his mid-’70s", "in her
    late ’80s", "the judge was in her ’60s"), not "her ’80s albums"."""
    before = m.string[: m.start()]
    if re.search(r"(?i)(?:\bthe|0s\ and|0s\ or|0s,)\ $", before):
        return False  # "the ’80s", "the ’70s and ’80s": as before
    if _TEMPERATURE_TALK.search(m.string):
        return True
    before_words = before.lower().split()
    last = before_words[-1] if before_words else ""
    lex = words()
    if last in lex.decade_range_part_words:
        return True
    # an age after a possessive "in" a life or closing its phrase ("in her late ’80s,"), not a noun's decade ("her ’80s
    # albums", "the band’s ’80s records")
    possessive = last in lex.possessive_determiners or last.endswith(("'s", "’s"))
    in_a_life = len(before_words) > 1 and before_words[-2] in ("in", "into")
    return possessive and (in_a_life or not re.match(r"\s*[a-z]", m.string[m.end() :]))


def _resolve_year_ago(m: re.Match, ref: dt.date | None, tense: str):
    return None if ref is None else f"{ref.year - 1:04d}"


# Counts in words besides claims.json's `count_words` numerals ("one" … "ten").
_COUNT_PHRASES = {
    "a couple of": 2,  # "a couple of weeks ago" (GUIDE decision 58)
    "a": 1,
    "a hundred": 100,  # "a hundred years ago" (GUIDE decision 20: that year)
    "one hundred": 100,
}


def _count_of(words_: str) -> int:
    """The number a count in words or digits names, read whole: "a couple of" 2, "two hundred and fifty" 250."""
    count = " ".join(words_.lower().split())
    if count in _COUNT_PHRASES:
        return _COUNT_PHRASES[count]
    if count.isdigit():
        return int(count)
    total = 0
    for word in count.replace(" and ", " ").replace("-", " ").split():  # ("twenty-five")
        if word in ("hundred", "thousand"):
            total = max(total, 1) * (100 if word == "hundred" else 1000)
        else:
            total += 1 if word == "a" else words().count_tens.get(word) or words().count_words.get(word, 0)
    return total


def _resolve_years_hence(m: re.Match, ref: dt.date | None, tense: str):
    """ "twenty years from now": the year (month, ISO week) that many units after the reference date (decision 330); None
    for a bound ("less than nine months' time", decision 511)."""
    if m.groupdict().get("bound"):  # (the "in_count" pattern has no bound)
        return None
    n = _count_of(m.group("count"))
    unit = m.group("unit").lower().rstrip("s")
    if ref is None:
        return None
    if unit == "decade":
        unit, n = "year", 10 * n
    if unit == "year":
        return f"{ref.year + n:04d}"
    if unit == "week":
        year, week, _ = (ref + dt.timedelta(weeks=n)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    months = ref.year * 12 + ref.month - 1 + n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _counted_forward(m: re.Match, ref: dt.date | None) -> str | None:
    """The day (ISO week, month, year) a count's match `m` (groups "count" and "unit") reaches from the reference date."""
    if not m.group("unit").lower().startswith("day"):
        return _resolve_years_hence(m, ref, "future")
    if ref is None:
        return None
    return (ref + dt.timedelta(days=_count_of(m.group("count")))).isoformat()


def _resolve_away(m: re.Match, ref: dt.date | None, tense: str):
    """ "two weeks away": that day (ISO week, month, year) counted forward from the reference date (GUIDE decision 511);
    None for a bound, a count with no number or a distance told in the past (counted from the story's time)."""
    if m.group("bound") or m.group("count") is None or (m.group("more") or "").lower() in ("more", "longer") or tense == "past":
        return None
    return _counted_forward(m, ref)


def _resolve_in_count(m: re.Match, ref: dt.date | None, tense: str):
    """ "will reopen in three weeks": that day (ISO week, month, year) counted from the reference date (GUIDE decision
    440); False under a verb not in the future ("lost ten pounds in six weeks": a duration)."""
    if tense != "future":
        return False
    return _counted_forward(m, ref)


def _resolve_years_ago(m: re.Match, ref: dt.date | None, tense: str):
    count = m.group("count").lower().rstrip(" -")
    if count in ("a half", "half a"):
        count = "half"
    n = 0 if count == "half" else _count_of(count.replace(",", ""))
    unit = m.group("unit").lower().rstrip("s")
    if ref is None:
        return None
    if count == "half":
        if not unit.startswith("centur"):
            return None  # "half a year ago": no calendar unit of its own
        unit, n = "year", 50  # "a half-century ago", "half a century ago": that year (decision 72)
    # a count and a half (GUIDE decision 142): "a decade and a half ago" fifteen years back, "a year and a half ago" and
    # "a month and a half ago" that month; half a week or a day names no calendar unit of its own
    half = bool(m.group("half_before") or m.group("half_after"))
    if half and unit == "year":
        return _months_back(ref, 12 * n + 6)
    if half and unit == "month":
        return (ref - dt.timedelta(days=round(30.44 * (n + 0.5)))).isoformat()[:7]
    if half and unit != "decade" and not unit.startswith("centur"):
        return None
    if unit.startswith("centur"):
        unit, n = "year", 100 * n + (50 if half else 0)  # "a century ago": that year (GUIDE decision 72)
    elif unit == "decade":
        unit, n = "year", 10 * n + (5 if half else 0)  # "a decade ago": that year (GUIDE decision 400)
    elif unit == "fortnight":
        unit, n = "week", 2 * n  # "a fortnight ago": that ISO week, as "two weeks ago" (decisions 40, 58)
    if unit == "year":
        return None if n >= ref.year else f"{ref.year - n:04d}"
    if unit == "day":
        return (ref - dt.timedelta(days=n)).isoformat()
    if unit == "week":
        year, week, _ = (ref - dt.timedelta(weeks=n)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return _months_back(ref, n)


def _months_back(ref: dt.date, n: int) -> str:
    """The month `n` months before the reference date's (`YYYY-MM`)."""
    months = ref.year * 12 + ref.month - 1 - n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _resolve_unanchored(m: re.Match, ref: dt.date | None, tense: str):
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 the last) such weekday (0 Monday) of the month."""
    if n < 0:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# A named day's date in a year: (month, day) fixed, or (month, weekday, n, days after).
_NAMED_DAYS = {
    "christmas": (12, 25),
    "xmas": (12, 25),
    "xmas day": (12, 25),
    "xmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "veterans day": (11, 11),
    "valentine's day": (2, 14),
    "thanksgiving": (11, 3, 4, 0),
    "thanksgiving day": (11, 3, 4, 0),
    "black friday": (11, 3, 4, 1),
    "cyber monday": (11, 3, 4, 4),
    "labor day": (9, 0, 1, 0),
    "memorial day": (5, 0, -1, 0),
    "election day": (11, 0, 1, 1),  # the Tuesday after the first Monday of November
    # Other yearly days with a fixed rule (GUIDE decision 40: the one nearest in the unit's tense).
    "singles day": (11, 11),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "juneteenth": (6, 19),
    "earth day": (4, 22),
    "groundhog day": (2, 2),
    "bastille day": (7, 14),
    "canada day": (7, 1),
    "australia day": (1, 26),
    "remembrance day": (11, 11),
    "holocaust remembrance day": (1, 27),
    "international holocaust remembrance day": (1, 27),
    "fourth of july": (7, 4),
    "4th of july": (7, 4),
    # the US president's, every fourth year (`_named_day`)
    "inauguration day": (1, 20),
    "armistice day": (11, 11),
    "mother's day": (5, 6, 2, 0),  # the second Sunday of May (the US and many others)
    "father's day": (6, 6, 3, 0),
    "presidents day": (2, 0, 3, 0),
    "presidents' day": (2, 0, 3, 0),
    "columbus day": (10, 0, 2, 0),
    "martin luther king day": (1, 0, 3, 0),
    "martin luther king jr day": (1, 0, 3, 0),
    "martin luther king jr. day": (1, 0, 3, 0),
    # Days Easter fixes: ("easter", days after Easter Sunday).
    "easter": ("easter", 0),
    "easter sunday": ("easter", 0),
    "good friday": ("easter", -2),
    "easter monday": ("easter", 1),
}


def _easter(year: int) -> dt.date:
    """Easter Sunday of a year in the Gregorian calendar (the computus, in its anonymous
    Gregorian form)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (a + 11 * h) // 319
    r = (2 * e + 2 * i - k - h + m + 32) % 7
    month = (h - m + r + 90) // 25
    return dt.date(year, month, (h - m + r + month + 19) % 32)


def _named_day(name: str, year: int) -> dt.date | None:
    """The day `name` falls on in `year`; for a festival the moon fixes, the table's day (None past the table)."""
    table = words().moon_named_days
    if name in table:
        day = table[name].get(str(year))
        return None if day is None else dt.date(year, *map(int, day.split("-")))
    rule = _NAMED_DAYS[name]
    if name == "inauguration day" and year % 4 != 1:
        return None  # only in the year after a presidential election
    if rule[0] == "easter":
        return _easter(year) + dt.timedelta(days=rule[1])
    if len(rule) == 2:
        return dt.date(year, *rule)
    month, weekday, n, after = rule
    return _nth_weekday(year, month, weekday, n) + dt.timedelta(days=after)


def _resolve_named_day(m: re.Match, ref: dt.date | None, tense: str):
    day = _named_day_of(m, ref, tense)
    if day is None or not m.group("weekend"):
        return None if day is None else day.isoformat()
    # the weekend a holiday makes long: the one before a Monday or Tuesday holiday, the one after a Wednesday to
    # Friday one (GUIDE decision 191), the holiday's own on a Saturday or Sunday; its ISO week is the Saturday's
    saturday = day + dt.timedelta(days=(5 - day.weekday()) if day.weekday() >= 2 else -(day.weekday() + 2))
    if day.weekday() == 6:
        saturday = day - dt.timedelta(days=1)
    year, week, _ = saturday.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _named_day_of(m: re.Match, ref: dt.date | None, tense: str) -> dt.date | None:
    """The day a named day's match `m` names, nearest `ref` in the direction of `tense`."""
    name = " ".join(m.group("name").lower().replace("’", "'").split())
    name = words().moon_named_day_names.get(name, name)
    if m.group("year"):
        return _named_day(name, int(m.group("year")))
    if ref is None:
        return None
    if _named_day(name, ref.year) is None and name in words().moon_named_days:
        return None  # a festival the moon fixes, past its table
    # the years around the reference's (four either way: a day held every fourth year, "Inauguration Day")
    days = [d for d in (_named_day(name, ref.year + shift) for shift in range(-4, 5)) if d is not None]
    if tense in ("present", "either"):
        # "Halloween is just days away": the nearest one (GUIDE decision 40), the tense points neither way
        return min(days, key=lambda day: (abs((day - ref).days), day), default=None)
    if tense == "future":
        return min((d for d in days if d >= ref), default=None)
    return max((d for d in days if d <= ref), default=None)


def _resolve_named_month(m: re.Match, ref: dt.date | None, tense: str):
    if ref is None:
        return None
    month = _NAMED_MONTHS[m.group("name").replace("’", "'")]
    if tense == "future":
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


def _resolve_decade_rel(m: re.Match, ref: dt.date | None, tense: str):
    if ref is None:
        return None
    return f"{ref.year // 10 + (1 if m.group('next') or m.group('coming') else 0):03d}"


def _resolve_month_rel(m: re.Match, ref: dt.date | None, tense: str):
    if ref is None or m.group("back"):
        return None
    shift = {"last": -1, "this": 0, "next": 1}[m.group("word")]
    return f"{ref.year + shift:04d}-{_month_no(m.group('month')):02d}"


# A row of a list or schedule written one line per date: "June 9 -- Coral Sky Amphitheatre", "Fri., Oct. 2:
# Paris", "9 June – Lyon" (GUIDE decision 30; the date's form is the sentence splitter's, which cuts the rows).
_ROW_START = patterns.compile(SCHEDULE_DATE)
# A year a heading states: "2020 tour dates:", "Tour 2020"; not "$2020", "2,020", "2020s".
_STATED_YEAR = patterns.compile(r"(?<![\d,.$€£/-])(?:19|20)\d{2}(?![\d%s]|[.,]\d|-\d)")
# A day and month written without a year: the part of a row's date the heading's year completes.
_DAY_MONTH_TEXT = patterns.compile(
    r"(?:" + _MONTH_WORD + r")\s+\d{1,2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH_WORD + r")"
)
_DAY_VALUE = patterns.compile(r"(?:\d{4}|-)-(\d{2})-(\d{2})")
# A timeline row's label, a year or a month and year before a colon or a spaced dash, after a bullet if any, in bold or
# not ("- Dec 2010: Bombed Jos", "1998: Opens its first shop", "- 2019 – Flood closes the docks", "- **2023**: …"); not a
# range of months or years ("Mar-June 2004:", "2004-06:"), a span.
_TIMELINE_LABEL = patterns.compile(
    r"\s*(?P<bullet>[-•*–—]\s*)?(?:\*\*|__)?(?:(?:"
    + _MONTH_WORD
    + r")\.?\s+)?(?P<year>(?:19|20)\d{2})(?:\*\*|__)?(?:\s*:(?:\*\*|__)?\s|\s+[–—-]\s)"
)
_LIST_LOOK_BACK = 8_000  # characters (some 150 rows): a list's heading is looked for this far above a row, no further


def _beside_a_label(text: str, start: int, end: int) -> bool:
    """Whether the line of `text` from `start` to `end` (-1: the text's end), which opens with a timeline's label, is one
    row of a run: the nearest line above or below also opens with one, or the one above is a heading. A prose paragraph
    opening "2016: that was the last time …" is no timeline (GUIDE decision 754)."""
    above = text[:start].rstrip().rsplit("\n", 1)[-1].strip()
    below = "" if end < 0 else text[end:].lstrip().split("\n", 1)[0].strip()
    return any(_TIMELINE_LABEL.match(line) for line in (above, below) if line) or bool(above and above.endswith(":"))


def _heading_line(line: str) -> bool:
    """A list's heading or lead-in: a line ending in a colon ("The band's 2020 tour dates:"), or a
    short one without a sentence's final punctuation ("2020 Tour Dates")."""
    return line.endswith(":") or (len(line.split()) <= 12 and line[-1] not in '.!?"”’')


def schedule_row(line: str) -> bool:
    """Whether `line` opens like a row of a schedule: a day and month first ("June 9 – …", "Fri., Oct. 2: …")."""
    return _ROW_START.match(line) is not None


def list_year(text: str, at: int) -> str | None:
    """The year that the heading or lead-in of a list states, when offset `at` of `text` is on a
    row of that list ("The Doobie Brothers 2020 tour dates:" over "June 9 -- Coral Sky
    Amphitheatre"): its rows' days take that year (GUIDE decision 30). The nearest heading line
    above the row's run of rows (blank lines and other rows between) that states one year gives
    it; a line of prose, or another list's rows above a heading without a year, ends the search."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    label = _TIMELINE_LABEL.match(text, start, len(text) if end < 0 else end)
    if label is not None and (label.group("bullet") or _beside_a_label(text, start, end)):
        return label.group("year")  # a timeline's row, "Dec 2010: Bombed …": its own label's year (GUIDE decision 754(b))
    if not _ROW_START.match(text, start, len(text) if end < 0 else end):
        return None
    floor = max(0, start - _LIST_LOOK_BACK)
    pos = start - 1  # the line break before the row's line
    seen_heading = False
    while pos > floor:
        line_start = max(floor, text.rfind("\n", floor, pos) + 1)
        line = text[line_start:pos].strip()
        pos = line_start - 1
        if not line:
            continue
        if _ROW_START.match(line):
            if seen_heading:
                return None  # the rows of another list
            continue
        if not _heading_line(line):
            return None
        years = set(_STATED_YEAR.findall(line))
        if years:
            return years.pop() if len(years) == 1 else None
        seen_heading = True
    return None


def with_list_year(dates: list[DateRef], year: str | None) -> list[DateRef]:
    """`dates` with the days and months that state no year ("June 9") and the named yearly days ("Christmas Day")
    in `year`, the year of the list whose row they are on (`list_year`); the rest as they are."""
    if not year:
        return dates
    out = []
    for date in dates:
        m = _DAY_VALUE.fullmatch(date.value or "")
        if m is not None and _DAY_MONTH_TEXT.search(date.text) and not _STATED_YEAR.search(date.text):
            month, day = int(m.group(1)), int(m.group(2))
            if _valid(int(year), month, day):
                date = DateRef(text=date.text, value=f"{year}-{month:02d}-{day:02d}")
        elif m is not None:
            named = _named_day_in_year(date.text, int(year))
            if named is not None:
                date = DateRef(text=date.text, value=named.isoformat())
        out.append(date)
    return out


def _named_day_in_year(text: str, year: int) -> dt.date | None:
    """The day a named yearly day written with no year of its own ("New Year's Eve", "Christmas Day") falls on in
    `year`; None for any other expression, and for a holiday's long weekend (a week, not the day)."""
    m = _pattern("named_day").fullmatch(text)
    if m is None or m.group("year") or m.group("weekend"):
        return None
    name = " ".join(m.group("name").lower().replace("’", "'").split())
    return _named_day(words().moon_named_day_names.get(name, name), year)


# Pattern kind -> the function giving a match's ISO value, None when it cannot
# be known, False when the match is not a date.
_RESOLVERS = {
    "iso": _resolve_iso,
    "dmy_num": _resolve_dmy_num,
    "slash_num": _resolve_slash_num,
    "mdy": _resolve_mdy,
    "dmy": _resolve_dmy,
    "the_dmy": _resolve_dmy,
    "dmy_other": _resolve_dmy_other,
    "dmy_ru": _resolve_dmy,
    "my": _resolve_my,
    "my_other": _resolve_my_other,
    "month_rel": _resolve_month_rel,
    "month": _resolve_month,
    "weekday": _resolve_weekday,
    "weekend": _resolve_weekend,
    "year_ago": _resolve_year_ago,
    "year_earlier": _resolve_year_ago,
    "counted": _resolve_unanchored,
    "both_periods": _resolve_unanchored,
    "years_ago": _resolve_years_ago,
    "years_hence": _resolve_years_hence,
    "in_count": _resolve_in_count,
    "away": _resolve_away,
    "bounded_ago": _resolve_unanchored,
    "bare_ago": _resolve_unanchored,
    "unanchored": _resolve_unanchored,
    "day_part_that": _resolve_unanchored,
    "decade_rel": _resolve_decade_rel,
    "named_day": _resolve_named_day,
    "named_month": _resolve_named_month,
    "lunar_month": _resolve_unanchored,
    "new_year": _resolve_new_year,
    "relative": _resolve_relative,
    "year": _resolve_year,
    "year_short": _resolve_year_short,
    "year_bc": _resolve_unanchored,
    "decade": _resolve_decade,
    "decade_short": _resolve_decade_short,
    "decade_words": _resolve_decade_words,
}


def _resolve(kind: str, m: re.Match, ref: dt.date | None, tense: str = "past"):
    """The ISO value, None when it cannot be known, False when not a date."""
    resolver = _RESOLVERS.get(kind)
    return False if resolver is None else resolver(m, ref, tense)

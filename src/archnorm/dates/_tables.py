"""Word tables for the dates stage: month and weekday names, number words, context words.

Data only, no logic.  Keys are lowercase; the finder decides case rules (English and German
month names must be capitalised or upper case to count on their own, so "may" and "march" as
ordinary words are not dates; French, Spanish, Italian, Portuguese and Dutch month names are
written in lower case in running text and may be).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# month word -> month number, per language.  Abbreviations take an optional full stop in the
# patterns ("Sept.", "Feb.").
MONTHS_EN: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS_DE: dict[str, int] = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12, "okt": 10, "dez": 12, "mär": 3,
}  # fmt: skip
# languages that write month names in lower case in running text
MONTHS_LOWER: dict[str, int] = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "juni": 6, "juli": 7,
    "april": 4, "september": 9, "oktober": 10, "november": 11, "december": 12,
    # Indonesian / Malay and Scandinavian forms not listed above
    "maret": 3, "agustus": 8, "desember": 12,
    # shared by French and German ("Mai" is capitalised in German, "mai" lower case in French)
    "mai": 5,
}  # fmt: skip

# abbreviations that may take a full stop ("Sept.", "Feb."); full names never do
MONTH_ABBREVIATIONS: frozenset[str] = _words(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec okt dez mär janv févr avr juil
    """
)

# French "mars" and Dutch "mei" etc. are fine in lower case; these lower-case words are also
# common non-date words and need a day next to them (no "Month Year" reading on their own).
MONTHS_NEED_DAY: frozenset[str] = frozenset({"mars", "mar", "mai", "may", "jun", "mei"})

WEEKDAYS_EN: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
# accepted only directly in front of a full date ("Sat, 07 Jan 2012", "Mittwoch, 26. Mai")
WEEKDAYS_PREFIX: dict[str, int] = {
    **WEEKDAYS_EN,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "domingo": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2,
}  # fmt: skip

# one-word relative expressions: word -> days from the anchor
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    "heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2,
    "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "ayer": -1, "oggi": 0, "ieri": -1,
}  # fmt: skip

# words right before a bare 4-digit number that make it a year ("in 1997", "since 2001")
YEAR_BEFORE: frozenset[str] = _words(
    """
    in since by from until till before after during of between through throughout around
    circa c ca early mid late year years the this that season class summer spring autumn
    fall winter fiscal fy ad bc anno vintage model-year im seit bis von ab vor nach jahr
    jahre jahres jahren ende anfang mitte sommer herbst winter frühjahr frühling zwischen um
    en depuis dès avant après jusqu'en fin début année desde hasta año del entre nel dal
    dall anno em desde sinds tot
    """
)
# words right after a bare number that make it a year
YEAR_AFTER: frozenset[str] = frozenset({"ad", "bc", "bce", "ce", "a.d.", "b.c."})
# words right before a number that make it something else
NOT_YEAR_BEFORE: frozenset[str] = _words(
    """
    room no nr number num page pages p pp flight route bus model version ver v tel phone fax
    ext code zip postcode pin id ticket seat order item part serial ref reference unit apt
    suite box highway interstate track channel vol volume issue chapter art article section
    paragraph rs inr usd eur gbp about approximately nearly almost some over under than
    around more less least most only just exactly roughly top total mile miles km height
    altitude score scored seite artikel nummer zimmer raum flug linie kapitel band heft
    knapp rund etwa ca über fast mindestens insgesamt gut environ près plus
    """
)
# nouns that count things: "2001 people", "1500 troops" ("-s" plurals are caught by a rule)
COUNT_NOUNS: frozenset[str] = _words(
    """
    people men women children police staff personnel feet foot sheep cattle fish head km m
    mm cm ft kg g lb lbs mph kph hp mw kw gw gb mb tb yen won baht yuan euro pound rupee
    metre meter mile acre hectare ton tonne point run vote seat member player fan
    million billion trillion thousand hundred mn bn mio mrd milliarden millionen personen
    menschen leute kinder mitglieder euro prozent mal kilometer meter tonnen stunden minuten
    tage wochen besucher einwohner stimmen personnes habitants personas
    """
)
# "-s" words that commonly follow a year and are not plural counted nouns
S_WORDS_OK: frozenset[str] = _words(
    """
    was is has as its his this thus plus versus always perhaps us yes whereas across
    elections games olympics finals championships awards playoffs midterms census
    comes goes marks sees begins ends brings promises looks starts draws approaches nears
    proves remains becomes gets holds means seems
    """
)
# capitalised words allowed right before a bare year ("A 2019 study", "Summer 2020")
CAPITALISED_BEFORE_OK: frozenset[str] = _words(
    """
    a an the in since by from until before after during of between early mid late circa
    spring summer autumn fall winter season class fiscal fy im seit bis von ab vor nach jahr
    ende anfang mitte sommer herbst winter frühjahr frühling en depuis fin début desde hasta
    del
    """
)
# nouns after "the 21st" that make it not a date ("the 21st century")
ORDINAL_NOT_DATE_AFTER: frozenset[str] = _words(
    """
    century centuries floor floors birthday anniversary time times place round amendment
    minute minutes street avenue st ave district division birth edition session congress
    annual straight consecutive largest biggest most best hole overall pick seed term
    """
)

# words before a lone weekday that make it a name, not a date ("Black Friday", "Super Tuesday")
WEEKDAY_NOT_AFTER: frozenset[str] = _words(
    """
    black good super cyber ash holy maundy easter palm bloody casual fat girl man blue
    """
)
# German weekdays stand alone as dates after these words ("am Mittwoch", "kommenden Montag")
WEEKDAYS_DE: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}  # fmt: skip
WEEKDAY_DE_PARTS: tuple[str, ...] = (
    "",
    "morgen",
    "vormittag",
    "mittag",
    "nachmittag",
    "abend",
    "nacht",
)
WEEKDAY_DE_BEFORE: frozenset[str] = _words(
    """
    am vom seit bis ab kommenden nächsten letzten vergangenen frühen späten diesen
    """
)
# words before a lone month name that make it a date of the anchor's time ("in June")
MONTH_ALONE_BEFORE: frozenset[str] = _words(
    """
    in since until till by from during early mid late last next this an a im seit bis ab
    anfang ende mitte vom en depuis dès fin début desde hasta durante nel da em
    """
)
# words before "of" before a lone month name that make it a date ("the end of August", "the first
# week of May", "the month of June"; not "the Ides of March" or "the Battle of May")
MONTH_OF_BEFORE: frozenset[str] = _words(
    """
    end beginning start middle rest half week weeks month days course
    """
)
# street words: a number before a capitalised name and one of these is an address
STREET_WORDS: tuple[str, ...] = (
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "drive",
    "dr",
    "way",
    "place",
    "pl",
    "court",
    "ct",
    "highway",
    "hwy",
    "parkway",
    "pkwy",
    "square",
    "sq",
    "terrace",
    "straße",
    "strasse",
    "str",
    "platz",
    "weg",
    "allee",
    "gasse",
    "rue",
    "avenida",
    "calle",
    "via",
)

# relative phrases in other news languages: phrase -> (unit, steps from the anchor)
RELATIVE_PHRASES: dict[str, tuple[str, int]] = {
    # Spanish
    "este año": ("year", 0), "el año pasado": ("year", -1), "el próximo año": ("year", 1),
    "el año que viene": ("year", 1), "este mes": ("month", 0), "el mes pasado": ("month", -1),
    "el próximo mes": ("month", 1), "esta semana": ("week", 0),
    "la semana pasada": ("week", -1), "la próxima semana": ("week", 1),
    # French
    "cette année": ("year", 0), "l'année dernière": ("year", -1), "l’année dernière": ("year", -1),
    "l'an dernier": ("year", -1), "l’an dernier": ("year", -1), "l'année prochaine": ("year", 1),
    "l’année prochaine": ("year", 1), "ce mois-ci": ("month", 0), "le mois dernier": ("month", -1),
    "le mois prochain": ("month", 1), "cette semaine": ("week", 0),
    "la semaine dernière": ("week", -1), "la semaine prochaine": ("week", 1),
    # German
    "dieses jahr": ("year", 0), "diesem jahr": ("year", 0), "letztes jahr": ("year", -1),
    "letzten jahr": ("year", -1), "vergangenes jahr": ("year", -1),
    "vergangenen jahr": ("year", -1), "nächstes jahr": ("year", 1), "nächsten jahr": ("year", 1),
    "diesen monat": ("month", 0), "letzten monat": ("month", -1),
    "vergangenen monat": ("month", -1), "nächsten monat": ("month", 1),
    "diese woche": ("week", 0), "dieser woche": ("week", 0), "letzte woche": ("week", -1),
    "letzten woche": ("week", -1), "vergangene woche": ("week", -1),
    "vergangenen woche": ("week", -1), "nächste woche": ("week", 1), "nächsten woche": ("week", 1),
}  # fmt: skip
RELATIVE_PHRASE_TRIGGERS: tuple[str, ...] = (
    "año", "mes", "semana", "année", "mois", "semaine", "dernier", "dernière", "prochain",
    "prochaine", "jahr", "monat", "woche",
)  # fmt: skip
# words that mark a text as written in a language that puts the day first in numeric dates
DAY_FIRST_LANGUAGE_WORDS: frozenset[str] = _words(
    """
    der die das und ist nicht mit von für auf dem den des ein eine le la les et est une des du
    pour dans sur qui el los las que por con una para del il di che della per sono een het van
    niet voor op zijn en au aux ce cette im am zu
    """
)
ENGLISH_WORDS: frozenset[str] = _words("the and is of to was for that with on are by this")

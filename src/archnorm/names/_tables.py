"""Data tables for the names stage: titles, honorifics, particles, connectors, org words,
ordinary words that are capitalised only at the start of a sentence, and the transliteration
alternations used by :mod:`archnorm.names.keys`.

Everything is lowercase and folded (no diacritics); lookups go through
:func:`archnorm.names.keys.fold`.  No logic lives here.
"""

from __future__ import annotations

# Offices and honorifics split off the front of a person's name, longest first when matched.
# Multi-word titles are written with single spaces; a trailing "." in the text is optional.
TITLES: frozenset[str] = frozenset(
    {
        # offices
        "president",
        "vice president",
        "prime minister",
        "chief minister",
        "deputy prime minister",
        "interior minister",
        "foreign minister",
        "finance minister",
        "defence minister",
        "defense minister",
        "information minister",
        "law minister",
        "federal minister",
        "provincial minister",
        "home minister",
        "minister",
        "chief justice",
        "justice",
        "judge",
        "governor",
        "senator",
        "speaker",
        "chairman",
        "chairperson",
        "mayor",
        "ambassador",
        "secretary",
        "secretary general",
        "foreign secretary",
        "army chief",
        "chief of army staff",
        "spokesman",
        "spokesperson",
        "leader",
        "opposition leader",
        "founder",
        "member",
        "member national assembly",
        "member provincial assembly",
        "king",
        "queen",
        "prince",
        "crown prince",
        "princess",
        "emir",
        "sultan",
        "caliph",
        "pope",
        # military and police ranks
        "general",
        "gen",
        "lt gen",
        "lieutenant general",
        "maj gen",
        "major general",
        "brigadier",
        "brig",
        "colonel",
        "col",
        "lt col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "field marshal",
        "marshal",
        "air marshal",
        "air chief marshal",
        "admiral",
        "commander",
        "inspector",
        "inspector general",
        "sergeant",
        "sgt",
        # academic and courtesy
        "dr",
        "doctor",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "madam",
        "sir",
        "dame",
        "lord",
        "lady",
        "rt hon",
        "hon",
        "honourable",
        "honorable",
        "barrister",
        "advocate",
        # South Asian and Middle Eastern honorifics
        "mian",
        "syed",
        "sayed",
        "sayyid",
        "syeda",
        "mohtarma",
        "begum",
        "agha",
        "maulana",
        "molana",
        "mufti",
        "hafiz",
        "qari",
        "allama",
        "pir",
        "makhdoom",
        "nawabzada",
        "sahibzada",
        "sardar",
        "khawaja",
        "khwaja",
        "sheikh",
        "shaikh",
        "sheik",
        "haji",
        "hajji",
        "imam",
        "ayatollah",
        "grand ayatollah",
        "hojatoleslam",
        "mullah",
        "mulla",
        "shri",
        "sri",
        "shrimati",
        "smt",
        "pandit",
        "chaudhry",
        "chaudhary",
        "choudhry",
        "chaudhri",
        "chowdhury",
        "rai",
    }
)
# Honorifics that are also used as given names or surnames ("Hafiz al-Assad", "Sheikh Hasina",
# "Agha Khan"): split off only when at least two name units remain after them.
NAME_HONORIFICS: frozenset[str] = frozenset(
    {"hafiz", "sheikh", "shaikh", "sheik", "mian", "syed", "sayed", "sayyid", "agha", "sardar",
     "pir", "haji", "hajji", "imam", "sultan", "begum", "khawaja", "khwaja", "makhdoom", "malik",
     "chaudhry", "chaudhary", "choudhry", "chaudhri", "chowdhury", "rai", "king", "queen",
     "prince", "princess", "emir", "lord", "lady", "dame", "mullah", "mulla", "qari", "pandit"}
)
LONGEST_TITLE_WORDS = max(len(t.split()) for t in TITLES)
TITLE_FIRST_WORDS: frozenset[str] = frozenset(t.split()[0] for t in TITLES)
# Office words that start a new span even in the middle of a run of capitalised words
# ("Waseem Akhtar Member National Assembly"); honorifics are not in it ("Martin Luther King").
MID_SPAN_TITLES: frozenset[str] = frozenset(
    {"president", "minister", "governor", "senator", "member", "chairman", "leader", "general",
     "spokesman", "secretary", "ambassador", "mayor", "founder", "chief"}
)

# Titles that mark the name after them as a person (all of TITLES do; kept for clarity).
PERSON_TITLES = TITLES

# Post-nominal letters and acronyms that are offices, places or units rather than organisations.
NOT_ORG_ACRONYMS: frozenset[str] = frozenset(
    {
        "mp",
        "mna",
        "mpa",
        "pm",
        "am",
        "ceo",
        "cfo",
        "md",
        "phd",
        "obe",
        "mbe",
        "cbe",
        "kc",
        "qc",
        "uk",
        "us",
        "usa",
        "uae",
        "ksa",
        "eu",
        "gmt",
        "utc",
        "pst",
        "tv",
        "ok",
        "id",
        "dna",
        "gdp",
        "ad",
        "bc",
        "ce",
        "bce",
        "rip",
        "faq",
        "url",
        "pdf",
        "ii",
        "iii",
        "iv",
        "vi",
        "vii",
        "viii",
        "ix",
        "xi",
        "xii",
    }
)

# Particles glued to the following token: "al-Assad", "bin Laden", "Abu Bakr", "Abdul Salam".
PREFIX_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "el",
        "bin",
        "ben",
        "ibn",
        "bint",
        "abu",
        "abou",
        "abd",
        "abdul",
        "abdel",
        "abdal",
        "abdur",
        "abdus",
        "abdul-",
        "umm",
        "ul",
        "ud",
        "ur",
        "us",
        "un",
        "uz",
        "ad",
        "ar",
        "as",
        "az",
        "an",
        "at",
        "ash",
        "de",
        "van",
        "von",
        "da",
        "di",
        "le",
        "la",
    }
)

# Infix particles of Arabic genitive compounds: "Zia-ul-Haq", "Moin-ud-Din", "Fazl-ur-Rehman".
# In matching, the two sides and the particle form one unit.
INFIX_PARTICLES: frozenset[str] = frozenset({"ul", "ud", "ur", "us", "un", "uz"})

# Second elements of compound given names, glued to the token before: "Ataullah", "Rahmat Ullah",
# "Nasir ud Din", "Saif ud Daula".
SUFFIX_ELEMENTS: frozenset[str] = frozenset({"ullah", "ollah", "allah", "uddin", "din", "deen"})

# First elements of compound given names: "Mohammad Ali", "Ghulam Mustafa", "Noor Alam".
# Such a token and the next form one unit when a surname still follows.
COMPOUND_HEADS: frozenset[str] = frozenset(
    {
        "muhammad",
        "mohammad",
        "mohammed",
        "muhammed",
        "mohamed",
        "mohamad",
        "mohd",
        "muhd",
        "ghulam",
        "gholam",
        "noor",
        "nur",
        "syed",
        "mir",
        "raja",
        "rana",
        "malik",
        "mian",
    }
)
# Heads that may be dropped in use: "Mohammad Nawaz Sharif" is also "Nawaz Sharif".
DROPPABLE_HEADS: frozenset[str] = frozenset(
    {"muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "mohd", "muhd"}
)

# Lowercase words allowed inside a multi-word name or organisation name.
CONNECTORS: frozenset[str] = frozenset(
    {"bin", "ibn", "bint", "al", "el", "ul", "ud", "ur", "de", "van", "von", "da", "di", "of", "for",
     "and", "the", "e"}
)
# Connectors allowed only inside organisation names (not between person-name tokens).
ORG_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "the", "e"})

# Words that make a capitalised span an organisation.
ORG_WORDS: frozenset[str] = frozenset(
    {
        "movement",
        "party",
        "league",
        "front",
        "alliance",
        "agency",
        "intelligence",
        "ministry",
        "department",
        "army",
        "navy",
        "force",
        "forces",
        "police",
        "rangers",
        "bank",
        "council",
        "commission",
        "committee",
        "assembly",
        "parliament",
        "senate",
        "court",
        "government",
        "organisation",
        "organization",
        "association",
        "union",
        "federation",
        "foundation",
        "institute",
        "university",
        "college",
        "school",
        "corporation",
        "company",
        "group",
        "trust",
        "society",
        "network",
        "authority",
        "bureau",
        "office",
        "service",
        "services",
        "board",
        "tehreek",
        "tehrik",
        "jamaat",
        "jamiat",
        "jamaat-e-islami",
        "lashkar",
        "sipah",
        "brigade",
        "brigades",
        "hezbollah",
        "hizbullah",
        "taliban",
        "muslimeen",
        "mujahideen",
        "times",
        "news",
        "post",
        "tribune",
        "dawn",
    }
)

# Capitalised words that are ordinary words at the start of a sentence (or anywhere in a
# headline); a span made of these alone is not a name, and one of these first in a span is cut.
COMMON_WORDS: frozenset[str] = frozenset(
    """
    a about above according accordingly across after afterwards again against all also although
    among an and another any anyone anything are as at back because before being below besides
    between both but by can could despite did do does during each earlier either even ever every
    few following for former from further furthermore had has have having he her here hers him his
    how however i if in including instead into is it its just last later latest let like many may
    meanwhile might more moreover most much must my neither never nevertheless next no none nor not
    nothing now of often on once one only or other others otherwise our out over per perhaps
    please previously questions rather recently regarding said same several she should since so
    some someone something sources still such than that the their them then there therefore these
    they this those though through thus to today together tomorrow too under unless until up upon
    us was we were what whatever when where whereas whether which while who whom whose why will
    with within without would yes yesterday yet you your
    dear yours sincerely regards tel fax email phone
    read more see also related share comment comments reply home news sport business world
    breaking exclusive update updated analysis opinion editorial watch video photo photos
    advertisement sponsored
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Transliteration alternations applied by the token key, in order.  Each pair (pattern,
# replacement) is a regular expression over the folded lowercase token.  They were chosen by
# aligning spelling variants of the same name (see docs/names.md): vowel length written doubled
# or with a glide, short vowels written e/a and o/u, q/k, ph/f, w/v, y/i, silent h.
ALTERNATIONS: tuple[tuple[str, str], ...] = (
    (r"[^a-z]", ""),  # hyphens and apostrophes inside a token do not distinguish names
    (r"ph", "f"),
    (r"ck", "k"),
    (r"q", "k"),
    (r"x", "ks"),
    (r"c(?=[eiy])", "s"),
    (r"c(?!h)", "k"),
    (r"w", "v"),
    (r"y", "i"),
    (r"ee", "i"),
    (r"oo", "u"),
    (r"ou", "u"),
    (r"e", "a"),
    (r"o", "u"),
    (r"(?<=[bdgjkprt])h", ""),  # aspiration and silent h after a stop: Bhutto/Butto, Ghulam/Gulam
    (r"(?<=[aiu])h(?=[^aiu]|$)", ""),  # h closing a syllable: Rehman/Reman, Shah/Sha
    (r"(.)\1+", r"\1"),  # doubled letters: Gillani/Gilani, Hussain/Husain
)
# The blocking skeleton drops the vowels of the key as well.
SKELETON_DROP = "aiu"

# Words that make a capitalised span a place, law, event or thing rather than a person.
THING_WORDS: frozenset[str] = frozenset(
    """
    street road avenue lane square bridge park garden gardens town city district province state
    states kingdom republic emirates island islands valley river mountain mountains hill hills
    sea ocean gulf coast airport station port harbour hospital mosque church temple shrine hotel
    centre center tower headquarters stadium market act bill law ordinance code constitution
    accord agreement treaty declaration resolution plan operation campaign war day week month
    year prize award cup index exchange community affairs region zone border line east west
    north south
    """.split()
)
# Adjectives and demonyms that start descriptive phrases ("British Prime Minister",
# "Western Agencies"); a span starting with one is not a person's name.
DESCRIPTOR_WORDS: frozenset[str] = frozenset(
    """
    british american indian pakistani afghan iranian iraqi saudi syrian egyptian turkish
    israeli palestinian lebanese jordanian yemeni bangladeshi chinese russian french german
    european african asian arab western eastern northern southern international national
    federal provincial official foreign domestic global local united new old great grand
    royal central supreme high
    """.split()
)

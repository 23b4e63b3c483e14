"""Data tables for the names stage: titles, honorifics, particles, connectors, org words,
ordinary words that are capitalised only at the start of a sentence, and the transliteration
alternations used by :mod:`archnorm.names.keys`.

Everything is lowercase and folded (no diacritics); lookups go through
:func:`archnorm.names.keys.fold`.  No logic lives here.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(" ".join(p.split()) for p in text.split(",") if p.strip())


# Offices and honorifics split off the front of a person's name (comma-separated phrases;
# a trailing "." in the text is optional).
TITLES: frozenset[str] = _phrases(
    """
    admiral, advocate, agha, air chief marshal, air marshal, allama, ambassador, army chief,
    ayatollah, barrister, begum, brig, brigadier, caliph, capt, captain, chairman,
    chairperson, chaudhary, chaudhri, chaudhry, chief justice, chief minister, chief of army
    staff, choudhry, chowdhury, col, colonel, commander, crown prince, dame, defence minister,
    defense minister, deputy prime minister, doctor, dr, emir, emperor, empress, federal
    minister, field
    marshal, finance minister, foreign minister, foreign secretary, founder, gen, general,
    governor, grand ayatollah, hafiz, haji, hajji, hojatoleslam, home minister, hon,
    honorable, honourable, imam, information minister, inspector, inspector general, interior
    minister, judge, justice, khawaja, khwaja, king, lady, law minister, leader, lieutenant,
    lieutenant general, lord, lt, lt col, lt gen, madam, maj, maj gen, major, major general,
    makhdoom, marshal, maulana, mayor, member, mirza, nawab, member national assembly,
    member provincial assembly, mian, minister, miss, mister, mohtarma, molana, mr, mrs, ms,
    mufti, mulla, mullah, mirwaiz, maulvi, moulvi, mawlawi, maulavi, moulana, mawlana,
    nawabzada, netaji, opposition leader, pandit, pt, pir, pope, qazi, kazi, president,
    cardinal, archbishop, bishop, wg cdr, sqn ldr, flt lt, air vice marshal, igp, dig, ssp,
    dsp, rear admiral, rear adm, vice admiral, vice adm, adm, secretary of state, minister of
    state,
    prime minister, khan, prince, princess, prof, professor, provincial minister, qari, queen,
    quaid e azam, quaid i azam, rai, rajmata, rt hon, hazrat, janab, shaheed, ustad,
    sahibzada, sahabzada, sahebzada, sardar, sayed, sayyid, secretary, secretary general,
    senator, sergeant, sgt,
    shaikh, sheik, sheikh, shri, shrimati, sir, smt, speaker, spokesman, spokesperson, sri,
    sultan, syed, syeda, sayyed, seyyed, seyed, sayyida, shaykh, sheikha, vice president,
    shahbanu, grand mufti, sant, subedar, naib subedar, subedar major, havildar, sepoy, his
    holiness, his highness, her highness, his excellency, her excellency, his majesty, her
    majesty, ashi, gyalsey, gyaltsuen, dasho, lyonchhen, lyonpo, comrade, baba, peer, pirzada,
    peerzada, maharshi, maharishi, gurudev
    """
)

# Offices named after a qualifier, before a person's name ("Kerala Chief Minister Pinarayi
# Vijayan", "PCB Chairman Mohsin Naqvi", "Congress MP Gaurav Gogoi", "CPI(M) general secretary
# Sitaram Yechury"): the qualifier and the office are a title, up to the last office word.
OFFICE_WORDS: frozenset[str] = _words(
    """
    adviser advisor ambassador attorney captain ceo chairman chairperson chairwoman chancellor
    chief cji cm coach commander commissioner director envoy executive founder governor leader
    mayor minister mla mna mp mpa officer pm police premier president prosecutor secretary
    senator skipper speaker spokesman spokesperson staff actor actress cricketer mk mep pope
    patriarch
    """
)

# Office words that are an office only after a qualifier ("Likud MK Ofir Katz"); first, they are
# initials as often ("MK Stalin").
QUALIFIED_OFFICES: frozenset[str] = _words("mk")

# Lower-case words that may stand inside a name (connectors, particles, and the "and"/"of" of
# other languages' organisation names); any other lower-case word before a capitalised name is a
# descriptor ("singer Ali Zafar", "senior advocate Kapil Sibal", "Daily Star editor ...").
NAME_INNER_LOWER: frozenset[str] = _words(
    """
    al and at bin bint binti da das de del della den der des di dos du e el et for i ibn in ka
    ke ki kyzy la le les o of ogly oglu on ould qizi the to ud ul un und ur us uz van ve von wa
    y
    """
)

# Royal offices, also words of names ("Sultan Ahmed Al Jaber", "Martin Luther King"): an office
# only after a place, a demonym or "Crown" ("Saudi Crown Prince", "Oman's Sultan").
ROYAL_OFFICES: frozenset[str] = _words("emir king prince princess queen sultan")

# Titles that are also the first word of bodies' names ("General Motors", "General Directorate
# of Intelligence", "Justice Party"): before an organisation word they are the name's.
BODY_LEADING_TITLES: frozenset[str] = _words("general justice king queen prince sheikh imam sultan")

# Ordinal words that may stand before a royal office ("Third King", "Fourth Druk Gyalpo").
ORDINAL_WORDS: frozenset[str] = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth"
)

# Lower-case words that may stand in an office's qualifier ("former Prime Minister", "CPI(M)
# general secretary").
OFFICE_QUALIFIERS: frozenset[str] = _words(
    """
    acting additional caretaker co deputy ex former general interim joint junior provincial
    senior state then union vice federal
    """
)

# Words after a military or police title that say the officer has retired ("Lt Gen (retd)",
# "Maj Gen retired"; "(r)" in brackets too): dropped with the title, never read as a given name.
RETIRED_MARKERS: frozenset[str] = frozenset({"retd", "retired", "rtd"})

# Abbreviations and spellings of one title, read as one when a short form is told apart by its
# title ("Gen Aidid" beside "General Mohamed Farah Aidid").
TITLE_SAME: dict[str, str] = {
    "gen": "general",
    "lt gen": "lieutenant general",
    "maj gen": "major general",
    "lt col": "lieutenant colonel",
    "lt": "lieutenant",
    "col": "colonel",
    "brig": "brigadier",
    "capt": "captain",
    "maj": "major",
    "sgt": "sergeant",
    "dr": "doctor",
    "prof": "professor",
    "pt": "pandit",
    "peer": "pir",
    "peerzada": "pirzada",
    "hon": "honourable",
    "honorable": "honourable",
    "shaikh": "sheikh",
    "sheik": "sheikh",
    "shaykh": "sheikh",
    "molana": "maulana",
    "moulana": "maulana",
    "mawlana": "maulana",
    "mulla": "mullah",
    "sayed": "syed",
    "sayyid": "syed",
    "sayyed": "syed",
    "seyyed": "syed",
    "seyed": "syed",
    "chaudhary": "chaudhry",
    "chaudhri": "chaudhry",
    "choudhry": "chaudhry",
    "chowdhury": "chaudhry",
    "khwaja": "khawaja",
    "hajji": "haji",
}

# Word keys that spell different words however alike they look: Jamaat (party: Jamaat-e-Islami),
# Jamiat (association: Jamiat Ulema-e-Islam, Jamiat-e-Islami of Afghanistan), Jamia (university,
# seminary: Jamia Millia).  Two names holding one each are not one organisation.
NEVER_ALIKE: tuple[tuple[str, str], ...] = (
    ("jamat", "jamiat"),
    ("jamat", "jamia"),
    ("jamia", "jamiat"),
)

LONGEST_TITLE_WORDS = max(len(t.split()) for t in TITLES)
TITLE_FIRST_WORDS: frozenset[str] = frozenset(t.split()[0] for t in TITLES)
TITLE_WORDS: frozenset[str] = frozenset(w for t in TITLES for w in t.split())
PERSON_TITLES = TITLES

# Honorifics that are also used as given names or surnames ("Hafiz al-Assad", "Sheikh Hasina",
# "Agha Khan"): split off only when at least two name units remain after them.
NAME_HONORIFICS: frozenset[str] = _words(
    """
    agha baba begum chaudhary chaudhri chaudhry choudhry chowdhury dame emir emperor empress hafiz
    haji hajji imam shahbanu
    kazi khan khawaja khwaja king lady lord makhdoom malik mian mirza mulla mullah nawab pandit
    peer peerzada pir pirzada prince princess qari qazi queen rai sardar sayed sayyid sayyed
    seyyed seyed shaheed shaikh shaykh sheik sheikh sultan syed ustad
    """
)

# Honorifics that are as often surnames ("Zulfiqar Mirza", "Shah Mahmood Qazi"): a lone one is a
# name ("Mr Mirza said"), not a title.
HONORIFIC_SURNAMES: frozenset[str] = _words("kazi mirza qazi")

# Honorifics that, kept before a single name, are followed by the person's first name in news
# usage ("Sheikh Hasina", "Chaudhry Nisar", "Mian Shahbaz"), so the short form stands for a
# fuller name that begins with that name.  Not those usually followed by the last name
# ("Mullah Omar", "Khawaja Asif", "Syed Geelani") or that are common given names too ("Hafiz",
# "Malik", "Sultan", "Agha").
HONORIFIC_FIRST: frozenset[str] = _words(
    """
    begum chaudhary chaudhri chaudhry choudhry chowdhury makhdoom mian mirza shaikh shaykh sheik
    sheikh king queen prince princess sultan emir emperor empress shahbanu kazi qazi qari
    """
)

# Abbreviations of name-like honorifics in Pakistani English press, read as the honorific
# wherever they stand ("Ch Nisar", "Kh. Asif", "Fawad Ch" for Fawad Chaudhry).
HONORIFIC_ABBREVIATIONS: dict[str, str] = {"ch": "Chaudhry", "kh": "Khawaja"}

# Abbreviations of Muhammad before a name in South Asian English press ("Md Shahabuddin",
# "Mohd Sayeed"), read as the name they stand for.
NAME_ABBREVIATIONS: dict[str, str] = {"md": "Mohammad", "mohd": "Mohammad", "muhd": "Muhammad"}

# How the two tables' abbreviations are written when read as the word they stand for ("Ch
# Nisar", "CH Nisar", "Md Shahabuddin"); "KH" is two initials ("KH Pandya").
ABBREVIATION_SPELLINGS: frozenset[str] = frozenset({"Ch", "CH", "Kh", "Md", "Mohd", "Muhd"})

# Generation suffixes after a name, each written in full or abbreviated ("Habib Bourguiba
# Junior" / "Habib Bourguiba Jr."): read as one word, never left out.
GENERATION_SUFFIXES: dict[str, str] = {
    "junior": "Jr",
    "jr": "Jr",
    "jnr": "Jr",
    "senior": "Sr",
    "sr": "Sr",
    "snr": "Sr",
}

# Regnal numbers after a ruler's name ("Abdullah II"): part of the name, not post-nominal
# letters, and never equal to one another.
REGNAL_NUMERALS: frozenset[str] = _words("II III IV VI VII VIII IX")

# Honorifics that, kept before a single name, are followed by the person's last name as often
# ("Mullah Omar", "Khawaja Asif", "Syed Geelani", "Nawab Bugti"): the short form stands for the
# one fuller name with that surname.
HONORIFIC_LAST: frozenset[str] = _words(
    """
    khawaja khwaja mulla mullah nawab pir sardar sayed sayyed sayyid seyed seyyed syed
    """
)

# Office words that start a new span even in the middle of a run of capitalised words
# ("Waseem Akhtar Member National Assembly"); honorifics are not in it ("Martin Luther King").
MID_SPAN_TITLES: frozenset[str] = _words(
    """
    ambassador chairman chief founder general governor leader mayor member minister president
    secretary senator spokesman
    """
)

# Honorifics written after a given name, inside a full name ("Amit Bhai Shah", "Atal Ji
# Vajpayee"): left out of the name's units.
POST_NAME_HONORIFICS: frozenset[str] = _words("bhai dada ji sahib saheb")

# Letters after a sports club's name ("Zamalek SC", "Al-Ahli Saudi FC"): left out of its name
# as post-nominals are (a lone "SC" is still an acronym: the Supreme Court).
CLUB_SUFFIXES: frozenset[str] = _words("fc sc cf afc sfc sk")

# Post-nominal letters and acronyms that are offices, places or units rather than organisations.
NOT_ORG_ACRONYMS: frozenset[str] = _words(
    """
    ad am bc bce cbe ce ceo cfo dna eu faq gdp gmt id ii iii iv ix kc ksa mbe md mna mp mpa
    obe ok pdf phd pm pst qc rip tv uae uk url us usa utc vi vii viii xi xii
    """
)

# Particles glued to the following token: "al-Assad", "bin Laden", "Abu Bakr", "Abdul Salam".
PREFIX_PARTICLES: frozenset[str] = _words(
    """
    abd abdal abdel abdul abdur abdus abou abu ad al an ar as ash at az ben bin bint da de di
    el ibn la le ud ul umm un ur us uz van von
    """
)

# Particles that lead a patronymic ("bin Salman", "bint Bandar", "ould Abdel Aziz"): a name
# cannot begin with one, so an honorific before one is the given name ("Sultan bin Abdulaziz").
PATRONYMIC_PARTICLES: frozenset[str] = _words("bin ibn bint binti ould")

# Infix particles of Arabic genitive compounds: "Zia-ul-Haq", "Moin-ud-Din", "Fazl-ur-Rehman";
# the two sides and the particle form one unit.
INFIX_PARTICLES: frozenset[str] = _words(
    """
    ud ul un ur us uz
    """
)

# Second elements of compound given names, glued to the token before: "Rahmat Ullah",
# "Nasir ud Din".
SUFFIX_ELEMENTS: frozenset[str] = _words(
    """
    allah deen din ollah uddin ullah
    """
)

# First elements of compound given names: "Mohammad Ali", "Ghulam Mustafa", "Noor Alam"; such a
# token and the next form one unit when a surname still follows, and may be left out in use
# ("Mohammad Nawaz Sharif" is also "Nawaz Sharif").
COMPOUND_HEADS: frozenset[str] = _words(
    """
    gholam ghulam malik mian mir mohamad mohamed mohammad mohammed mohd muhammad muhammed muhd
    noor nur raja rana syed
    """
)

# First elements of Persian and Arabic compound given names that are left out in use when two
# given names follow ("Ali Akbar Hashemi Rafsanjani" / "Akbar Hashemi Rafsanjani"); any other
# first of three given names is a name of its own ("Qaim Ali Shah Jilani" is not "Ali Shah
# Geelani").
DROPPABLE_FIRST: frozenset[str] = _words("abol abul ali amir")
# First names that are as often the first element of a compound name, so that news names the
# person by what follows (Ahmed Gaid Salah, Mustafa Kemal, Sher Mohammad Abbas Stanikzai): a
# name two or more names long may stand for the one cluster that adds one of them before it.
DROPPABLE_LEAD: frozenset[str] = DROPPABLE_FIRST | _words(
    "ahmad ahmed ahmet mustafa moustafa mostafa sher shir"
)

# "Abdul"/"Abd al-" ("servant of") before a divine name, in its spellings.
ABD_HEADS: frozenset[str] = _words("abd abdal abdel abdul abdur abdus")

# Heads that may be left out of a given name in use: the compound heads, and the Abd- heads
# ("Abdul Rashid Dostum" is also "Rashid Dostum").
DROPPABLE_HEADS: frozenset[str] = COMPOUND_HEADS | ABD_HEADS

# Lowercase words allowed inside a multi-word name or organisation name.
CONNECTORS: frozenset[str] = _words(
    """
    al and bin bint da de di e el for ibn of the ud ul ur van von
    """
)

# Connectors allowed only inside organisation names (not between person-name tokens).
ORG_CONNECTORS: frozenset[str] = _words(
    """
    and e for of the
    """
)

# Generic last words of organisation names, left out in use ("Ennahda Party" / "Ennahda",
# "Fatah Movement" / "Fatah"); not words that tell bodies apart ("Army", "Front", "League").
GENERIC_ORG_WORDS: frozenset[str] = _words(
    "movement organisation organization party newspaper agency society group bloc coalition"
)

# Arabic generic words that lead an organisation's name, and the English word that news puts
# last in translation ("Jabhat al-Nusra" / "Nusra Front", "Hizb al-Dawa" / "Dawa Party",
# "Tanzim Hurras al-Din" / "Hurras al-Din"): see archnorm.names.alternates.
ARABIC_GENERIC_HEADS: dict[str, str] = {
    "jabhat": "Front",
    "jabhet": "Front",
    "hizb": "Party",
    "harakat": "Movement",
    "harakah": "Movement",
    "tanzim": "Organization",
    "tanzeem": "Organization",
}

# Words many organisations' names hold: the last words of a longer name that keep only these
# and an organisation word are no name of their own ("Democratic Party" is not "Liberal
# Democratic Party"; "Qassam Brigades" is "Izz ad-Din al-Qassam Brigades").
ORG_NAME_WORDS: frozenset[str] = _words(
    """
    national democratic islamic islami people's peoples people united liberation popular
    progressive socialist communist revolutionary republican liberal conservative justice
    freedom development reform unity solidarity muslim arab awami jatiya rashtriya bharatiya
    janata indian pakistan new great grand free green labour workers students student youth
    women's women central federal state supreme high public social christian jewish
    resistance martyrs martyr holy defence defense security liberal
    """
)

# Legal forms at the end of a company's name, left out in use ("Adani Power Limited" / "Adani
# Power Ltd" / "Adani Power", "Tata Sons Pvt Ltd" / "Tata Sons Private Limited"): any run of them.
LEGAL_FORMS: frozenset[str] = _words(
    "limited ltd pvt private plc inc incorporated corp corporation company co llc llp gmbh pjsc"
    " qpsc qsc kscp saog"
)

# Last words of a street or square's name ("Mall Road", "Jinnah Avenue", "Tahrir Square"): such a
# span is an address, not a person or an organisation ("Lane" and "Park" are also surnames).
ADDRESS_WORDS: frozenset[str] = _words(
    "road street avenue boulevard highway square expressway motorway chowk"
)

# Words that make a person's name the name of a place or body named after them ("Jawaharlal
# Nehru University", "Sardar Vallabhbhai Patel International Airport"): such a name is never the
# person's name with more names after it.
NAMED_AFTER_WORDS: frozenset[str] = _words(
    """
    academy airport avenue award bridge center centre college cup foundation hall hospital
    institute library medal memorial museum park prize road school stadium station street
    trophy trust university mosque mausoleum palace
    """
)

# Words that make a capitalised span an organisation.
ORG_WORDS: frozenset[str] = _words(
    """
    agency alliance army assembly association authority bank board brigade brigades bureau
    college commission committee company conference congress corporation council court dawn
    department federation
    force forces foundation front government group hezbollah hizbullah institute intelligence
    jamaat jamaat-e-islami jamiat lashkar league ministry movement mujahideen muslimeen navy
    network news office organisation organization parliament party police post rangers school
    senate service services sipah society taliban tehreek tehrik times tribune trust union
    university
    academy airline airlines airways center centre club gmbh holdings hospital inc
    laboratory llc ltd media motors museum observatory plc robotics studios technologies
    directorate newspaper municipality exchange
    andolan sangh sangathan morcha parishad samaj manch sabha mahaz ittehad tanzeem tanzim
    list bloc coalition fund
    """
)

# Capitalised words that are ordinary words at the start of a sentence (or anywhere in a
# headline); a span made of these alone is not a name, and one of these in a span cuts it.
COMMON_WORDS: frozenset[str] = _words(
    """
    a about above according accordingly across advertisement after afterwards again against
    all also although among an analysis and another any anyone anything apr april are as at
    aug august back because before being below besides between both breaking business but by
    can comment comments could dear dec december despite did do does during each earlier
    editorial either email even ever every exclusive fax feb february few following for former
    friday from further furthermore had has have having he her here hers him his home how
    however i if in including instead into is it its jan january jul july jun june just last
    later latest let like many mar march may meanwhile might monday more moreover most much
    must my neither never nevertheless news next no none nor not nothing nov november now oct
    october of often on once one only opinion or other others otherwise our out over per
    perhaps phone photo photos please previously questions rather read recently regarding
    regards related reply said same saturday see sep sept september several share she should
    since sincerely so some someone something sources sponsored sport still such sunday tel
    than that the their them then there therefore these they this those though through
    thursday thus to today together tomorrow too tuesday under unless until up update updated
    upon us video was watch we wednesday were what whatever when where whereas whether which
    while who whom whose why will with within without world would yes yesterday yet you your
    yours
    """
)

# Words that make a capitalised span a place, law, event or thing rather than a person.
THING_WORDS: frozenset[str] = _words(
    """
    accord act affairs agreement airport avenue award bill border bridge campaign center
    centre church city coast code community constitution cup day declaration district east
    emirates exchange garden gardens gulf harbour headquarters hill hills hospital hotel index
    island islands kingdom lane law line market month mosque mountain mountains north ocean
    operation ordinance park plan port prize province region republic resolution river road
    sea shrine south square stadium state states station street temple tower town treaty
    valley war week west year zone
    """
)

# Adjectives and demonyms that start descriptive phrases ("British Prime Minister",
# "Western Agencies"); a span starting with one is not a person's name.
DESCRIPTOR_WORDS: frozenset[str] = _words(
    """
    afghan african american arab asian bangladeshi british central chinese domestic eastern
    egyptian european federal foreign french german global grand great high indian
    international iranian iraqi israeli jordanian lebanese local national new northern
    official old pakistani palestinian provincial royal russian saudi southern supreme syrian
    turkish united western yemeni
    """
)


# Bengali surnames whose anglicised spelling no letter rule reaches ("Jyoti Basu" / "Jyoti Bose",
# "Rabindranath Thakur" / "Tagore", "Bandyopadhyay" / "Banerjee"): read as the Bengali form
# before the alternations.
ANGLICISED: dict[str, str] = {
    "bose": "basu",
    "tagore": "thakur",
    "banerjee": "bandyopadhyay",
    "banerji": "bandyopadhyay",
    "bannerjee": "bandyopadhyay",
    "chatterjee": "chattopadhyay",
    "chatterji": "chattopadhyay",
    "mukherjee": "mukhopadhyay",
    "mukherji": "mukhopadhyay",
    "ganguly": "gangopadhyay",
    "ganguli": "gangopadhyay",
    "roy": "ray",
}

# Transliteration alternations applied by the token key, in order.  Each pair (pattern,
# replacement) is a regular expression over the folded lowercase token.  They were chosen by
# aligning spelling variants of the same name (see docs/names.md): vowel length written doubled
# or with a glide, short vowels written e/a and o/u, q/k, ph/f, w/v, y/i, silent h.
ALTERNATIONS: tuple[tuple[str, str], ...] = (
    (r"[^a-z]", ""),  # hyphens and apostrophes inside a token do not distinguish names
    # honorific suffixes glued to a given name: Amitbhai/Amit, Ajitdada/Ajit, Balasaheb/Bala
    (r"(?<=[a-z]{3})(?:bhai|dada|saheb|sahib)$", ""),
    (r"(?<=[aeiou])gh$", "q"),  # Persian gh for a final qaf: Sadegh/Sadeq, Rafigh/Rafiq
    (r"(?<=[a-z]{2})que$", "q"),  # final qaf written -que: Ishaque/Ishaq, Tarique/Tariq, Rafique
    (r"chch", "ch"),  # a doubled aspirate written twice: Bachchan/Bachan, Acchha/Achha
    (r"zh", "j"),  # Persian zhe written zh or j: Ahmadinezhad/Ahmadinejad, Nezhad/Nejad
    (r"aw(?=[^aeiouy]|$)", "u"),  # diphthong before a consonant: Jawlani/Jolani, Awlaki/Aulaqi
    (r"ow(?=[^aeiouy]|$)", "au"),  # the same diphthong: Chowdhury/Chaudhury, Nowshera/Naushera
    (r"qu(?=[aeio])", "q"),  # a silent u after q: Quader/Qader, Quadir/Qadir, Quaid/Qaid
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
    (r"(?<=[a-z])al{2,}ah", "ullah"),  # Allah in compounds: Ansar Allah/Ansarullah, Abdallah
    (r"^abdal", "abdul"),  # the article after Abd: Abdel/Abdul/Abdol/Abd al-
    (r"(?<=[^aiu])[aiu]l?d+in$", "udin"),  # X al-Din/ad-Din/ud-Din/eddin: Badr al-Din/Badreddin
    (r"(?<=[bdgjkprt])h", ""),  # aspiration and silent h after a stop: Bhutto/Butto, Ghulam/Gulam
    (r"(?<=[aiu])h(?=[^aiu]|$)", ""),  # h closing a syllable: Rehman/Reman, Shah/Sha
    (r"(.)\1+", r"\1"),  # doubled letters: Gillani/Gilani, Hussain/Husain
    (r"(?<=[aiu])d$", "t"),  # final devoicing in Turkish spellings: Ahmed/Ahmet, Murad/Murat
)

# First consonants that spellings of one given name alternate between, mapped to one letter
# for the first-consonant guard and blocking: Egyptian and Gulf English write jim as "g"
# (Gamal/Jamal, Gamil/Jamil, Galal/Jalal).
LEAD_EQUIVALENTS: dict[str, str] = {"g": "j"}

# The blocking skeleton drops the vowels of the key as well.
SKELETON_DROP = "aiu"

# Demonyms that lead organisation names as a country does ("Palestinian Islamic Jihad" is also
# "Islamic Jihad").
DEMONYMS: frozenset[str] = _words(
    """
    afghan bangladeshi egyptian indian iranian iraqi jordanian kashmiri kurdish lebanese
    nepali pakistani palestinian saudi syrian turkish yemeni sudanese libyan tunisian algerian
    moroccan qatari kuwaiti omani bahraini nepalese uzbek tajik kazakh turkmen kyrgyz
    """
)

# A demonym and the place it names are one word in an organisation's name ("Kurdish Democratic
# Party" / "Kurdistan Democratic Party", "Baloch Liberation Army" / "Balochistan ...",
# "Sudanese Armed Forces" / "Sudan Armed Forces"); not in a person's name ("Mahrang Baloch").
DEMONYM_PLACES: dict[str, str] = {
    "afghan": "Afghanistan", "algerian": "Algeria", "bahraini": "Bahrain", "baloch": "Balochistan",
    "baluch": "Baluchistan", "bangladeshi": "Bangladesh", "bengali": "Bengal", "egyptian": "Egypt",
    "indian": "India", "iranian": "Iran", "iraqi": "Iraq", "jordanian": "Jordan",
    "kashmiri": "Kashmir", "kazakh": "Kazakhstan", "kurdish": "Kurdistan", "kuwaiti": "Kuwait",
    "kyrgyz": "Kyrgyzstan", "lebanese": "Lebanon", "libyan": "Libya", "moroccan": "Morocco",
    "nepali": "Nepal", "nepalese": "Nepal", "omani": "Oman", "pakistani": "Pakistan",
    "palestinian": "Palestine", "punjabi": "Punjab", "qatari": "Qatar", "sindhi": "Sindh",
    "sudanese": "Sudan", "syrian": "Syria", "tajik": "Tajikistan", "tunisian": "Tunisia",
    "turkish": "Turkey", "turkmen": "Turkmenistan", "uzbek": "Uzbekistan", "yemeni": "Yemen",
}  # fmt: skip

# Provinces and regions (folded, joined by spaces, "and" dropped) that lead organisation names
# as a country does ("Jammu and Kashmir National Conference", "Sindh United Party").
REGIONS: frozenset[str] = _phrases(
    """
    balochistan, baluchistan, bengal, bihar, gilgit baltistan, jammu kashmir, kashmir, kerala,
    khyber pakhtunkhwa, kurdistan, punjab, sindh, tamil nadu, uttar pradesh, west bengal
    """
)

# Countries (folded, one or two words) that lead organisation names and that mark a span as a
# place: "Bangladesh Awami League" is also written "Awami League"; "Azizabad Karachi" is a
# place.
COUNTRIES: frozenset[str] = _phrases(
    """
    afghanistan, algeria, bahrain, bangladesh, bhutan, china, egypt, india, indonesia, iran,
    iraq, israel, jordan, kuwait, lebanon, libya, malaysia, maldives, morocco, nepal, oman,
    pakistan, palestine, qatar, saudi arabia, sri lanka, sudan, syria, tunisia, turkey,
    yemen, america, britain, england, france, germany, russia, japan, kazakhstan,
    kyrgyzstan, tajikistan, turkmenistan, uzbekistan, united arab emirates, uae, uk, usa, ksa
    """
)

# Large cities of the region and capitals often named in its news (folded): a span ending in
# one is a place ("Gulshan Karachi", "Model Town Lahore"), not a person.
CITIES: frozenset[str] = _words(
    """
    abbottabad abu-dhabi adelaide ahmedabad aleppo amman ankara baghdad bahawalpur baku
    bangalore basra beijing beirut bengaluru bhopal cairo calcutta chennai chittagong colombo
    damascus delhi dhaka doha dubai faisalabad gujranwala herat hyderabad islamabad istanbul
    jakarta jalalabad jeddah jerusalem kabul kandahar karachi kathmandu khartoum kolkata
    kuwait lahore larkana london lucknow madras mecca medina mosul multan mumbai muscat
    nairobi peshawar quetta rawalpindi riyadh sanaa sialkot srinagar sukkur tehran tripoli
    washington
    """
)

# Endings of place names in the region (Persian/Urdu/Hindi "-abad" town, "-pura", "-garh"
# fort, "-nagar" town, "-kot" fort, "-stan" land); a word of at least eight letters ending in
# one marks a span as a place.
PLACE_SUFFIXES: tuple[str, ...] = ("abad", "pura", "garh", "nagar", "kot", "stan")

# Reporting verbs that make a lone capitalised word before them a speaker ("Zardari said").
REPORTING_VERBS: frozenset[str] = _words(
    """
    added admitted alleged announced argued asked asserted claimed conceded confirmed denied
    declared demanded explained insisted maintained noted recalled remarked replied reportedly
    said says stated stressed suggested tells told urged warned wrote
    """
)

# Lone words that are often followed by a reporting verb but are not people: news agencies,
# bodies and collective nouns written with a capital ("Reuters said", "Officials said").
NOT_SPEAKERS: frozenset[str] = _words(
    """
    anadolu bernama bloomberg cabinet experts insiders observers officials reuters residents
    sources spokesman spokesperson tass witnesses xinhua
    """
)

"""Tables for ``htmlmeta.py``: meta-tag names by field, article types, month names, junk authors."""

from __future__ import annotations

import regex

NEWS_TYPES: frozenset[str] = frozenset(
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
        "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "DiscussionForumPosting",
        "Review", "Recipe", "VideoObject", "WebPage", "Blog", "CreativeWork", "MedicalWebPage",
        "HowTo", "Event", "PressRelease", "AdvertiserContentArticle", "SatiricalArticle",
    }
)  # fmt: skip
"""JSON-LD @type values whose headline/author/datePublished describe the page's article."""

TITLE_META: tuple[str, ...] = (
    "og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline",
    "itemprop:headline", "sailthru.title", "parsely-title",
)  # fmt: skip

AUTHOR_META: tuple[str, ...] = (
    "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
    "citation_author", "sailthru.author", "parsely-author", "byl", "itemprop:author", "creator",
    "article:author_name", "cxenseparse:author", "twitter:creator:name", "book:author",
    "authors", "dc:creator", "dcterms:creator", "dc.creator.aut", "dcterms.creator.aut",
    "dcsext.author", "rbauthors", "atc-metaauthor", "shareaholic:article_author_name", "og:author",
)  # fmt: skip
"""Meta names declaring the article's author(s), most trusted first."""

AUTHOR_JSON_META: tuple[str, ...] = ("parsely-page", "parsely-metadata")
"""Meta names whose content is a JSON object that may hold "author"/"authors"."""

AUTHOR_URL_META: tuple[str, ...] = (
    "article:author", "og:article:author", "author", "og:author", "dc.creator",
)  # fmt: skip
"""Author meta names that often hold the URL of the author's page instead of a name."""

NON_ARTICLE_META_PREFIXES: tuple[str, ...] = (
    "twitter:", "smartbanner:", "al:", "apple-", "google-play", "msapplication", "itunes:",
)  # fmt: skip
"""Meta-name prefixes whose "author"/"creator" is not the article's (a social handle, the maker
of the site's app)."""

DATE_META: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "itemprop:datepublished", "datepublished", "publishdate", "publish-date", "publish_date",
    "published_time", "pubdate", "article.published", "date.published", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "date", "sailthru.date", "parsely-pub-date",
    "citation_publication_date", "citation_date", "article_date_original", "original-publish-date",
    "cxenseparse:recs:publishtime", "displaydate", "publication_date", "datecreated",
    "dc.date.created", "dcterms.created", "article:modified_time", "og:updated_time",
    "last-modified", "datemodified",
)  # fmt: skip
"""Meta names for the published date, most to least specific (modified dates last)."""

MODIFIED_META: frozenset[str] = frozenset(
    {"article:modified_time", "og:updated_time", "last-modified", "datemodified"}
)
"""The names in ``DATE_META`` that give a revision date, used only when nothing else does."""

_MONTH_NAMES: tuple[str, ...] = (
    # en de fr es it pt nl sv no/da pl cs fi ru uk el tr, full and short forms (genitive too)
    "january jan januar jänner janvier enero gennaio janeiro januari stycznia styczeń ledna leden "
    "tammikuuta января январь січня ιανουαρίου ιανουάριος ocak",
    "february feb februar février fevrier febrero febbraio fevereiro februari lutego luty února "
    "únor helmikuuta февраля февраль лютого φεβρουαρίου φεβρουάριος şubat",
    "march mar märz maerz mars marzo março maart marts marca marzec března březen maaliskuuta "
    "марта март березня μαρτίου μάρτιος mart",
    "april apr avril abril aprile kwietnia kwiecień dubna duben huhtikuuta апреля апрель квітня "
    "απριλίου απρίλιος nisan",
    "may mai mayo maggio maio mei maj maja května květen toukokuuta мая май травня μαΐου μάιος "
    "mayıs",
    "june jun juni juin junio giugno junho czerwca czerwiec června červen kesäkuuta июня июнь "
    "червня ιουνίου ιούνιος haziran",
    "july jul juli juillet julio luglio julho lipca lipiec července červenec heinäkuuta июля июль "
    "липня ιουλίου ιούλιος temmuz",
    "august aug août aout agosto augustus augusti sierpnia sierpień srpna srpen elokuuta августа "
    "август серпня αυγούστου αύγουστος ağustos",
    "september sep sept septembre septiembre settembre setembro września wrzesień září "
    "syyskuuta сентября сентябрь вересня σεπτεμβρίου σεπτέμβριος eylül",
    "october oct okt oktober octobre octubre ottobre outubro październik października října "
    "říjen lokakuuta октября октябрь жовтня οκτωβρίου οκτώβριος ekim",
    "november nov novembre noviembre novembro listopada listopad listopadu marraskuuta ноября "
    "ноябрь листопада νοεμβρίου νοέμβριος kasım",
    "december dec dez dezember décembre decembre diciembre dicembre dezembro desember grudnia "
    "grudzień prosince prosinec joulukuuta декабря декабрь грудня δεκεμβρίου δεκέμβριος aralık",
)
"""Month names by month number (1-12), lower case, in the main languages of news."""

MONTHS: dict[str, int] = {
    name.casefold(): number
    for number, names in enumerate(_MONTH_NAMES, start=1)
    for name in names.split()
}
"""Case-folded month name -> month number."""

PUBLISHED_LABELS: tuple[str, ...] = (
    "published", "posted", "publication date", "date published", "first published", "released",
    "veröffentlicht", "erschienen", "publiziert", "erstellt", "datum", "publié", "publié le",
    "date de publication", "publicado", "fecha de publicación", "pubblicato", "gepubliceerd",
    "opublikowano", "julkaistu", "publicerad", "publisert", "опубликовано",
)  # fmt: skip
"""Words that say the date after them is the publication date."""

MODIFIED_LABELS: tuple[str, ...] = (
    "updated", "last updated", "modified", "last modified", "edited", "last edited", "revised",
    "aktualisiert", "zuletzt aktualisiert", "letzte änderung", "geändert", "zuletzt geändert",
    "mis à jour", "modifié", "actualizado", "actualización", "aggiornato",
    "bijgewerkt", "zaktualizowano", "päivitetty", "uppdaterad", "oppdatert", "обновлено",
)  # fmt: skip
"""Words that say the date after them is a later revision, not the publication."""

DESK_WORDS: tuple[str, ...] = (
    "staff", "team", "desk", "newsroom", "editors", "editorial", "redaktion", "redaction",
    "rédaction", "redacción", "redazione", "redactie", "redakcja", "agencies", "agency",
    "agenturen", "online", "digital", "news", "nachrichten", "media", "medien", "press", "presse",
    "verlag", "gmbh", "ag", "inc", "ltd", "llc", "e.v.", "s.a.", "group", "gruppe", "magazine",
    "magazin", "zeitung", "times", "journal", "bureau", "service", "services",
)  # fmt: skip
"""Words naming a newsroom, desk, agency or company rather than a person."""

ROLE_WORDS: tuple[str, ...] = (
    "writer", "reporter", "correspondent", "editor", "columnist", "contributor", "photographer",
    "journalist", "author", "producer", "analyst", "critic", "intern", "redakteur", "redakteurin",
    "korrespondent", "korrespondentin", "autor", "autorin", "fotograf", "fotografin",
    "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "periodista",
    "redactor", "redactora", "corresponsal", "giornalista", "redattore", "inviato",
    "chefredakteur", "chefredakteurin", "chefreporter", "chefreporterin", "herausgeber",
    "herausgeberin", "volontär", "volontärin", "praktikant", "praktikantin", "moderator",
    "moderatorin", "blogger", "bloggerin", "attorney", "pressesprecher", "pressesprecherin",
    "sprecher", "sprecherin", "spokesperson", "spokesman", "spokeswoman", "geschäftsführer",
    "geschäftsführerin",
)  # fmt: skip
"""Job titles: a byline part ending in one ("Senior Writer", "AP Auto Writer") is not a name."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "von", "van", "der", "den", "de", "del", "della", "delle", "dei", "degli", "da", "das",
        "dos", "du", "di", "la", "le", "les", "el", "al", "bin", "ibn", "ben", "ter", "ten", "zu",
        "zur", "vom", "af", "av", "y", "e", "i", "d'", "dell'", "st.", "mc",
    }
)  # fmt: skip
"""Lower-case words allowed inside a personal name ("Ursula von der Leyen", "Luis de la Cruz")."""

JUNK_AUTHOR_RE = regex.compile(
    r"^(?:admin|administrator|editor|editors|editorial|staff|team|anonymous|unknown|"
    r"guest|user|webmaster|home|news|email|e-mail|share|follow|contact|more|view|all|"
    r"posts?|articles?|author|authors|autor|profile|biography|twitter|facebook|linkedin|"
    r"instagram|read more|see all|mehr|alle|weiter|image|photo|foto|bild|updated|published|"
    r"aktualisiert|veröffentlicht|posted|"
    r"publiziert|publié|publicado|geschrieben|written|agencies|agency|wire|edit|print|by)$"
    r"|^(?:email|e-mail|follow|contact|view|see|more|all)\b.*\b(?:author|articles|posts|stories)$"
    r"|\b(?:getty|shutterstock|istock|dpa-infocom)\b",
    regex.IGNORECASE,
)
"""A whole "author" that is a role, a button or a photo agency rather than a person's name."""

GLUED_WORDS: tuple[str, ...] = (
    "January", "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember",
    "Updated", "Published", "Posted", "Last", "Stand", "Aktualisiert", "Veröffentlicht",
    "Actualizado", "Publicado", "Staff", "Senior", "Share", "Follow", "Kontakt", "Contact",
    "Weitere", "Mehr", "More", "Email",
)  # fmt: skip
"""Capitalised words that, glued to a name without a space ("Jane DoeUpdated", "Jane
DoeNovember 6"), start what follows the name in a byline's markup; a space is put back."""

NAV_WORDS: frozenset[str] = frozenset(
    {
        "kontakt", "contact", "contactar", "contacto", "weiter", "weitere", "beiträge", "artikel",
        "articles", "artículos", "posts", "stories", "archiv", "archive", "profil", "profile",
        "folgen", "follow", "abonnieren", "subscribe", "mehr", "more", "alle", "alles", "all",
        "share", "teilen", "email", "e-mail", "mail", "website", "homepage", "anzeigen", "ansehen",
        "home", "accueil", "startseite", "inicio", "portada", "archives", "view", "comments",
        "kommentare", "kommentar", "comentarios", "commentaires", "reply", "antworten",
    }
)  # fmt: skip
"""Link and button words in author boxes ("Alle Artikel", "Weitere Beiträge", "Kontakt"): a
part made of them is no name, and trailing ones are cut off a name."""

TITLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "senior", "staff", "chief", "chef", "managing", "deputy", "contributing", "special",
        "guest", "head", "lead", "associate", "assistant", "executive", "freier", "freie",
        "leitender", "leitende", "stellvertretender", "stellvertretende", "stv.", "stellv.",
    }
)  # fmt: skip
"""Words before a job title ("Senior Writer", "Freier Autor"), cut with it off a name's end."""

POSTNOMINALS: frozenset[str] = frozenset(
    {
        "phd", "md", "ms", "msc", "ma", "ba", "bsc", "mba", "rd", "cde", "rn", "jd", "llm",
        "mph", "dds", "dvm", "cfa", "cpa", "frcp", "mrcp", "ldn", "cscs", "facs", "dr med",
    }
)  # fmt: skip
"""Degrees and credentials after a name ("Jane Doe, PhD"), folded without dots: not names."""

HONORIFICS: tuple[str, ...] = (
    "herr", "frau", "mr", "mrs", "ms", "mme", "mlle", "sr", "sra", "sig", "sig.ra",
)  # fmt: skip
"""Courtesy titles cut off the start of a name ("Herr Max Muster" -> "Max Muster"); academic
titles ("Dr.", "Prof.") stay, annotators and pages keep them."""

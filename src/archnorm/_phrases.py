"""Data tables for the boilerplate and metadata stages: phrase patterns and stopwords.

Each pattern is matched case-insensitively against a whole (short) line; the table maps a removal
reason to the phrases that signal it.  Written from what news and blog templates commonly show,
in the main languages of news; not from any one site.
"""

from __future__ import annotations

# reason -> regex alternatives matched against the start of a short line (after stripping
# bullets and dashes).  Kept as plain strings; boilerplate.py compiles them once.
LINE_PHRASES: dict[str, tuple[str, ...]] = {
    "advert": (
        r"advert(?:i[sz]e?ment|isment|isement)s?",
        r"sponsored(?: content| links?| by)?",
        r"promoted(?: content| stories)?",
        r"ads? by \w+",
        r"anzeige",
        r"publicidad",
        r"publicité",
        r"werbung",
        r"paid (?:content|partner|post)",
    ),
    "related-links": (
        r"most (?:popular|read|viewed|shared|commented)",
        r"(?:related|similar|recommended|more|latest|recent|popular|top|trending)"
        r" (?:posts?|articles?|stories|news|reads?|videos?|headlines)",
        r"you (?:may|might) (?:also )?like",
        r"read (?:more|next|also)",
        r"see also",
        r"more from",
        r"also read",
        r"trending(?: now)?",
        r"editor'?s? picks?",
        r"don'?t miss",
        r"mehr zum thema",
        r"lesen sie auch",
        r"weitere artikel",
        r"noticias relacionadas",
        r"à lire aussi",
        r"sur le même sujet",
    ),
    "comments": (
        r"(?:\d+ )?comments?(?: \(\d+\))?",
        r"recent comments",
        r"leave a (?:comment|reply)",
        r"post a comment",
        r"add (?:a|your) comment",
        r"(?:log|sign) in to (?:comment|reply)",
        r"join the (?:conversation|discussion)",
        r"comment(?:s)? (?:are|is) closed",
        r"kommentare?",
        r"comentarios?",
        r"commentaires?",
    ),
    "share": (
        r"share(?: this)?(?: (?:article|story|post|page))?(?: on \w+)?",
        r"(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|email|e-mail|print)"
        r"(?: ?(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|email|e-mail|print))*",
        r"tweet(?: this)?",
        r"click to (?:share|email|print)",
        r"teilen",
        r"compartir",
        r"partager",
    ),
    "footer": (
        r"powered by",
        r"all rights reserved",
        r"(?:©|\(c\)|copyright)",
        r"privacy(?: policy| notice| settings)?",
        r"terms (?:of (?:use|service)|and conditions|& conditions)",
        r"(?:contact|about) us",
        r"impressum",
        r"datenschutz(?:erklärung)?",
        r"back to top",
        r"site ?map",
        r"designed by",
        r"theme by",
        r"proudly powered",
    ),
    "cookie-notice": (
        r"(?:this (?:site|website) uses|we use) cookies",
        r"cookies? (?:policy|settings|preferences|notice)",
        r"accept(?: all)? cookies",
    ),
    "newsletter": (
        r"(?:subscribe|sign up)(?: (?:to|for) (?:our|the) newsletter| now| today)?",
        r"newsletter",
        r"get (?:our|the) (?:daily|weekly|free) newsletter",
        r"enter your e-?mail",
        r"follow us(?: on)?",
        r"abonnieren",
    ),
    "navigation": (
        r"home",
        r"skip to (?:main )?content",
        r"(?:main )?menu",
        r"search",
        r"log ?in",
        r"sign in",
        r"register",
        r"next(?: (?:post|article|story))?",
        r"previous(?: (?:post|article|story))?",
        r"(?:older|newer) posts?",
        r"all articles",
        r"categories",
        r"tags?:?",
        r"filed under",
        r"startseite",
        r"inicio",
        r"accueil",
    ),
    "widget": (
        r"weather",
        r"breaking(?: news)?",
        r"live(?: updates)?",
        r"loading\.*",
        r"watch(?: now| live| video)?",
        r"listen(?: to this article| now)?",
        r"photo(?:s|graph)?:? ",
        r"image:? ",
        r"(?:\d+ )?min(?:ute)?s? read",
        r"reading time",
    ),
}

# Whole-line widgets that carry no words: temperatures, clocks, counters.
TEMPERATURE = r"-?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]"

# Stopwords of the main languages of news (a short list is enough for a density feature).
STOPWORDS: frozenset[str] = frozenset(
    """
    a about after all also an and any are as at be been but by can could did do does for from had
    has have he her his how i if in into is it its just more most my no not of on one or our out
    over she so some than that the their them then there these they this those to up was we were
    what when where which who will with would you your said says
    der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an
    werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war
    haben nur oder aber vor zur bis mehr durch man sein wurde sei
    de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o
    este sí porque esta entre cuando muy sin sobre también me hasta hay donde
    le la les de des du et en un une est que qui dans pour pas sur au avec il elle ce ne se par
    plus sont ont été aux ses leur mais comme
    il di e che la per un una non in con del della sono da al le si dei nel alla
    """.split()
)

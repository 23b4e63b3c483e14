"""Boilerplate phrase patterns (data only): each category is one compiled, case-insensitive regex.

The patterns name what a line is for (sharing, cookie notice, "Read more", ...) in the main news
languages.  They are generic phrases of web pages, not strings of any particular site.
"""

from __future__ import annotations

import regex


def _any(*parts: str) -> regex.Pattern[str]:
    return regex.compile("(?:" + "|".join(parts) + ")", regex.IGNORECASE | regex.MULTILINE)


PHRASES: dict[str, regex.Pattern[str]] = {
    "share": _any(
        r"\bshare\b", r"\bshares\b", r"\btweet\b", r"\bwhatsapp\b", r"\bpin it\b",
        r"\b(?:facebook|twitter|linkedin|pinterest|reddit|flipboard|email|e-mail)\b.{0,40}"
        r"\b(?:facebook|twitter|linkedin|pinterest|reddit|email|e-mail|whatsapp)\b",
        r"\bteilen\b", r"\bpartager\b", r"\bcompartir\b", r"\bcondividi\b",
        r"^(?:facebook|twitter|linkedin|pinterest|email|print|copy link|copy)$",
    ),
    "readmore": _any(
        r"^read more\b", r"\bread more\s*$", r"^continue reading", r"^(?:click|tap) here\b",
        r"^weiterlesen", r"^mehr (?:zum thema|lesen|dazu)", r"^lire (?:la suite|aussi|plus)",
        r"^leer más", r"^lee también", r"^leggi anche", r"^see also\b", r"^read also\b",
        r"^also read\b", r"^related:", r"^more:", r"^read:", r"^watch:", r"^listen:",
        r"^(?:show|load|view) more\b", r"^next article", r"^previous article", r"^back to top",
    ),
    "cookie": _any(
        r"\bcookies?\b", r"\bprivacy (?:policy|settings|notice)\b", r"\bterms of (?:use|service)\b",
        r"\bdatenschutz", r"\bconsent\b", r"\bgdpr\b", r"\bconfidentialité\b",
    ),
    "copyright": _any(
        r"©", r"\(c\)\s*\d{4}", r"\bcopyright\b", r"\ball rights reserved\b",
        r"\balle rechte vorbehalten\b", r"\btous droits réservés\b",
        r"\btodos los derechos reservados\b", r"\bpowered by\b", r"\bimpressum\b",
    ),
    "advert": _any(
        r"^advertisement$", r"^advertising$", r"^sponsored\b", r"^anzeige$", r"^werbung$",
        r"^publicité$", r"^publicidad$", r"^pubblicità$", r"^ad$", r"^ads by\b",
        r"\bpaid (?:post|content|partner)\b", r"\bpromoted\b", r"^story continues below",
        r"^article continues below", r"^scroll to continue",
    ),
    "subscribe": _any(
        r"\bsubscribe\b", r"\bnewsletter\b", r"\bsign (?:up|in)\b", r"\blog ?in\b", r"\bregister\b",
        r"\babonn", r"\banmelden\b", r"\bsuscr[ií]b", r"\bunsubscribe\b", r"\bmy account\b",
        r"\bfree trial\b", r"\bsubscriber\b", r"\bpaywall\b",
    ),
    "comments": _any(
        r"^\d*\s*comments?\b", r"\bleave a (?:comment|reply)\b", r"\bpost a comment\b",
        r"^reply$", r"^report$", r"\bkommentare?\b", r"\bcommentaires?\b", r"\bcomentarios?\b",
        r"\bcomments? (?:are|is) closed\b", r"^\d+ (?:likes?|replies)$",
    ),
    "related": _any(
        r"^related\b", r"\bmost (?:popular|read|viewed|shared)\b", r"\byou (?:may|might) also\b",
        r"\brecommended\b", r"\btrending\b", r"\bmore (?:from|on|stories|news|in)\b",
        r"\bmeistgelesen", r"\bauch interessant", r"\bà lire aussi\b", r"\btop stories\b",
        r"\bdon'?t miss\b", r"\blatest (?:news|stories|articles)\b", r"\bwhat to read next\b",
    ),
    "navigation": _any(
        r"^(?:home|homepage|startseite|accueil|inicio|menu|search|suche|contact(?: us)?|about(?: us)?|"
        r"kontakt|skip to (?:main )?content|top|sections?|topics?|tags?|categories|archives?)$",
        r"^(?:home|startseite|accueil|inicio)\s*[>»›/|]", r"\s[>»›|]\s.*\s[>»›|]\s",
    ),
    "byline": _any(
        r"^(?:by|von|par|por|di|door|av|af|przez)\s+\p{Lu}", r"^posted by\b", r"^written by\b",
        r"^(?:author|autor|auteur|autore)\s*:", r"^(?:reporting|editing) by\b",
    ),
    "credit": _any(
        r"\b(?:photo|image|picture|foto|bild|credit|source|quelle)s?\s*:",
        r"\bgetty images\b", r"\b(?:ap|afp|reuters|dpa|epa) photo\b", r"\bshutterstock\b",
        r"^\(?(?:photo|image|video)\)?$",
    ),
}  # fmt: skip
"""category -> pattern; the classifier uses one feature per category."""

PHRASE_NAMES: tuple[str, ...] = tuple(PHRASES)

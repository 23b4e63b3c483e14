"""Boilerplate cue words for the line classifier's features (data only).

Each category lists lower-case words (and word pairs, "a b") that signal what a line is for
(sharing, cookie notice, "Read more", ...) in the main news languages, in three positions: a cue
anywhere in the line, or a cue that must open the line.  Matching is by word lookup in sets, so
it costs one pass over a line's words whatever the number of cues.  The cues are generic phrases
of web pages, not strings of any particular site.
"""

from __future__ import annotations

PHRASE_NAMES: tuple[str, ...] = (
    "share", "readmore", "cookie", "copyright", "advert", "subscribe", "comments", "related",
    "navigation", "byline", "credit",
)  # fmt: skip

ANYWHERE: dict[str, str] = {
    "share": "share shares sharing tweet whatsapp pinterest linkedin flipboard teilen partager "
    "compartir condividi facebook twitter reddit telegram",
    "readmore": "weiterlesen",
    "cookie": "cookie cookies consent gdpr datenschutz datenschutzerklärung confidentialité "
    "privacy",
    "copyright": "copyright © reserved impressum vorbehalten réservés reservados",
    "advert": "advertisement advertising advertisment sponsored anzeige werbung publicité "
    "publicidad pubblicità promoted",
    "subscribe": "subscribe subscription newsletter newsletters login logout signup sign-in "
    "register abonnieren abonnement abonnez suscríbete suscribirse unsubscribe subscriber "
    "paywall",
    "comments": "comment comments kommentar kommentare commentaire commentaires comentario "
    "comentarios replies",
    "related": "related recommended trending popular meistgelesen",
    "navigation": "",
    "byline": "",
    "credit": "getty shutterstock istock photo: image: foto: bild: credit: source: quelle:",
}
"""category -> cue words that count anywhere in a line."""

PAIRS: dict[str, str] = {
    "share": "pin it|copy link|share this|share on",
    "readmore": "read more|continue reading|click here|tap here|see also|read also|also read|"
    "mehr lesen|lire aussi|leer más|lee también|leggi anche|show more|load more|view more|"
    "next article|previous article|back to top",
    "cookie": "privacy policy|terms of|use cookies",
    "copyright": "all rights|powered by|rights reserved",
    "advert": "paid post|paid content|story continues|article continues|scroll to",
    "subscribe": "sign up|sign in|log in|my account|free trial",
    "comments": "leave a|post a|comments are",
    "related": "most read|most popular|most viewed|most shared|you may|you might|more from|"
    "more stories|more news|top stories|don't miss|latest news|latest stories|also like",
    "navigation": "skip to|go to|back to",
    "byline": "posted by|written by|reporting by|editing by",
    "credit": "ap photo|afp photo|reuters photo|epa photo|getty images",
}
"""category -> word pairs ("a b") that count anywhere in a line."""

OPENERS: dict[str, str] = {
    "navigation": "home homepage startseite accueil inicio menu search suche contact kontakt "
    "about sections section topics tags categories archive archives",
    "byline": "by von par por di door av af przez author autor auteur autore",
    "related": "related more",
    "readmore": "read watch listen more",
    "comments": "reply report",
    "advert": "ad ads",
}
"""category -> words that count when they open the line."""

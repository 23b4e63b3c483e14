"""Tag sets and class/id hint patterns for ``html.py`` (data only, no logic)."""

from __future__ import annotations

import regex

DROP_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "video", "audio", "picture", "img", "head", "title", "meta", "link", "button",
        "select", "option", "input", "textarea", "label", "nav", "aside", "footer", "dialog",
        "map", "source", "track",
    }
)  # fmt: skip
"""Elements whose whole subtree is never article text."""

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "li", "main", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul", "html",
    }
)  # fmt: skip
"""Elements that start and end a block of text."""

CELL_TAGS: frozenset[str] = frozenset({"td", "th"})
"""Table cells: not blocks of their own (a standings table or a data row reads as one line per
row, as the row's cells would in a text dump), but separated by a space."""

LINE_BREAK_TAGS: frozenset[str] = frozenset({"br", "hr", "wbr"})

SEMANTIC_HINTS: dict[str, frozenset[str]] = {
    "article": frozenset({"article"}),
    "main": frozenset({"main"}),
    "header": frozenset({"header"}),
    "form": frozenset({"form"}),
    "li": frozenset({"list"}),
    "td": frozenset({"table"}),
    "th": frozenset({"table"}),
    "blockquote": frozenset({"quote"}),
    "figcaption": frozenset({"caption", "figure"}),
    "figure": frozenset({"caption", "figure"}),
    "address": frozenset({"byline"}),
    "pre": frozenset({"pre"}),
    "a": frozenset({"link"}),
}
"""Hints given by an element's tag to everything inside it."""


def _words(*words: str) -> regex.Pattern[str]:
    return regex.compile("(?:" + "|".join(words) + ")")


HINT_PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("comments", _words(r"comments?", r"commentlist", r"disqus", r"respond", r"replies", r"reply",
                        r"discussion", r"kommentare?", r"commentaires?", r"comentarios?")),
    ("share", _words(r"share", r"sharing", r"shares", r"social", r"socials", r"sharebar",
                     r"addthis", r"sharethis", r"facebook", r"twitter", r"whatsapp", r"pinterest",
                     r"linkedin", r"email", r"print", r"teilen")),
    ("related", _words(r"related", r"recommended", r"recommendations?", r"recirc",
                       r"recirculation", r"popular", r"trending", r"mostread", r"most", r"more",
                       r"readmore", r"also", r"teaser", r"teasers", r"outbrain", r"taboola",
                       r"suggested", r"next", r"prev", r"previous", r"pagination", r"pager")),
    ("sidebar", _words(r"sidebar", r"rail", r"aside", r"widget", r"widgets", r"secondary")),
    ("advert", _words(r"ads?", r"advert\w*", r"adslot", r"adunit", r"adsense", r"dfp", r"gpt",
                      r"sponsor\w*", r"promo\w*", r"banner", r"commercial", r"anzeige",
                      r"werbung", r"publicite", r"publicidad", r"affiliate")),
    ("navigation", _words(r"nav", r"navbar", r"navigation", r"menu\w*", r"breadcrumbs?",
                          r"masthead", r"topbar", r"toolbar", r"skip", r"tabs", r"subnav",
                          r"megamenu", r"dropdown")),
    ("footer", _words(r"footer", r"foot", r"copyright", r"legal", r"imprint", r"impressum",
                      r"colophon", r"bottom")),
    ("newsletter", _words(r"newsletter", r"subscribe", r"subscription", r"signup", r"optin",
                          r"paywall", r"register", r"login", r"signin", r"membership")),
    ("cookie", _words(r"cookies?", r"consent", r"gdpr", r"privacy", r"cmp")),
    ("content", _words(r"content", r"article", r"articles", r"story", r"post", r"entry",
                       r"body", r"text", r"main", r"prose", r"paragraph", r"richtext",
                       r"articlebody", r"storybody", r"postbody")),
    ("byline", _words(r"byline", r"author", r"authors", r"writer", r"by", r"autor",
                      r"auteur", r"contributor")),
    ("date", _words(r"date", r"dateline", r"time", r"timestamp", r"published", r"pubdate",
                    r"updated", r"datum")),
    ("caption", _words(r"caption", r"credit", r"credits", r"figcaption", r"photo", r"image",
                       r"img", r"gallery", r"media", r"video")),
    ("tags", _words(r"tags?", r"tagged", r"keywords?", r"topics?", r"categories", r"category",
                    r"labels?")),
    ("title", _words(r"title", r"headline", r"heading", r"header", r"hed", r"kicker")),
    ("hidden", _words(r"invisible", r"sronly", r"offscreen", r"visuallyhidden", r"modal",
                      r"popup", r"overlay")),
)  # fmt: skip
"""(hint, pattern): a class/id token that fully matches the pattern gives the hint."""

PUBLISHED_CLASSES: frozenset[str] = frozenset(
    {"published", "entry-date", "post-date", "pubdate", "dt-published"}
)
"""Classes of a ``<time>``/``<abbr>`` giving the publication (hAtom, microformats2, themes)."""

MODIFIED_CLASSES: frozenset[str] = frozenset({"updated", "modified", "dt-updated", "date-modified"})
"""Classes of a ``<time>``/``<abbr>`` giving a revision date."""

DATA_AUTHOR_ATTRS: tuple[str, ...] = (
    "data-author", "data-author-name", "data-article-author", "data-byline",
)  # fmt: skip
"""Attributes that widgets and analytics tags put the article's author in."""

ITEM_PROPS: frozenset[str] = frozenset({"author", "datepublished", "datecreated", "datemodified"})
"""Microdata properties read from ``<meta itemprop>`` only outside comment and review items."""

NOT_ARTICLE_SCOPES: tuple[str, ...] = ("comment", "review", "answer", "question", "usercomments")
"""Microdata item types (prefixes, lower case) whose ``author`` and dates are not the
article's (a commenter, a reviewer, a forum answer)."""

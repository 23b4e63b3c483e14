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
)  # fmt: skip

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

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "january jan januar jänner janvier enero gennaio janeiro januari stycznia",
        "february feb februar février fevrier febrero febbraio fevereiro februari lutego",
        "march mar märz maerz mars marzo março maart marca",
        "april apr avril abril aprile kwietnia",
        "may mai mayo maggio maio mei maja",
        "june jun juni juin junio giugno junho czerwca",
        "july jul juli juillet julio luglio julho lipca",
        "august aug août aout agosto augustus sierpnia",
        "september sep sept septembre septiembre settembre setembro września",
        "october oct okt oktober octobre octubre ottobre outubro październik października",
        "november nov novembre noviembre novembro listopada",
        "december dec dez dezember décembre decembre diciembre dicembre dezembro grudnia",
    ),
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _i

JUNK_AUTHOR_RE = regex.compile(
    r"^(?:admin|administrator|editor|editors|staff|team|anonymous|"
    r"guest|user|webmaster|home|news|email|e-mail|share|follow|contact|more|view|all|"
    r"posts?|articles?|author|authors|autor|profile|biography|twitter|facebook|linkedin|"
    r"instagram|read more|see all|mehr|alle|updated|published|aktualisiert|veröffentlicht|posted|"
    r"publiziert|publié|publicado|geschrieben|written|agencies|agency|wire|edit|print|by)$"
    r"|^(?:email|e-mail|follow|contact|view|see|more|all)\b.*\b(?:author|articles|posts|stories)$"
    r"|\b(?:getty|shutterstock|istock|dpa-infocom)\b",
    regex.IGNORECASE,
)
"""A whole "author" that is a role, a button or a photo agency rather than a person's name."""

"""JSON-LD helpers for page metadata: the nodes that describe the article (also nested in a
WebPage or a Yoast ``@graph``), ``@id`` references resolved, Person nodes, cleaned strings."""

from __future__ import annotations

from typing import Any

from archnorm._meta_tables import NEWS_TYPES

ARTICLE_KEYS = frozenset({"mainEntity", "hasPart", "mainEntityOfPage", "itemListElement", "item"})
"""Keys under which a JSON-LD node may nest the article's node."""


def clean(s: Any) -> str:
    """A JSON-LD value as one line of text ("" for null)."""
    return " ".join(str(s).split()) if s is not None else ""


def type_names(node: dict[str, Any]) -> list[str]:
    """``@type`` values without a vocabulary prefix ("schema:NewsArticle" -> "NewsArticle")."""
    types = node.get("@type")
    names = types if isinstance(types, list) else [types]
    return [t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in names if isinstance(t, str)]


def articles(jsonld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """JSON-LD nodes describing the page's article, also when nested in another node (a WebPage's
    ``mainEntity``, an ItemPage's ``hasPart``); top-level nodes first."""
    out: list[dict[str, Any]] = []
    nested: list[dict[str, Any]] = []
    for item in jsonld:
        if any(t in NEWS_TYPES for t in type_names(item)):
            out.append(item)
        todo: list[tuple[Any, int]] = [(v, 1) for k, v in item.items() if k in ARTICLE_KEYS]
        while todo and len(nested) < 16:
            value, depth = todo.pop()
            if isinstance(value, list):
                todo += [(v, depth) for v in value[:16]]
            elif isinstance(value, dict) and depth <= 3:
                if any(t in NEWS_TYPES - {"WebPage"} for t in type_names(value)):
                    nested.append(value)
                todo += [(v, depth + 1) for k, v in value.items() if k in ARTICLE_KEYS]
    return out + nested


MAX_ID_NODES = 256
"""Nodes visited when indexing a page's JSON-LD by ``@id``."""


def nodes_by_id(jsonld: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """JSON-LD nodes by ``@id``, so that ``{"@id": ...}`` references (Yoast's @graph) resolve.
    A node described inline once (an article's ``author`` Person) may be referred to by its
    ``@id`` elsewhere, so nested nodes are indexed too; the first full description wins."""
    out: dict[str, dict[str, Any]] = {}
    todo: list[Any] = list(jsonld)  # a queue: read at ``seen``, appended at the end
    seen = 0
    while seen < len(todo) and seen < MAX_ID_NODES:
        node = todo[seen]
        seen += 1
        if isinstance(node, list):
            todo += node
        elif isinstance(node, dict):
            key = node.get("@id")
            if isinstance(key, str) and len(node) > 1 and key not in out:
                out[key] = node
            todo += [v for v in node.values() if isinstance(v, (dict, list))]
    return out


def resolve(value: Any, ids: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    return value


def is_person(node: Any) -> bool:
    types = node.get("@type") if isinstance(node, dict) else None
    return types == "Person" or (isinstance(types, list) and "Person" in types)

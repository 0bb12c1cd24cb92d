"""An article body that only a JavaScript app's state holds.

Next.js pages ship their data in `<script id="__NEXT_DATA__" type="application/json">`;
a headless CMS article there is a rich-text tree (Slate/Portable-Text style nodes with
`type`, `children`, `text` and, for links, `url`/`href`). When the visible HTML carries
only a headline and a teaser, the tree is the article: read it into blocks, as the
JSON-LD `articleBody` fallback does (fixtures/CONVENTIONS.md, "What a page is").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import lxml.html

from aggregator.extract.document import Block, Link

_TEXT_KINDS = {"paragraph": "paragraph", "p": "paragraph", "heading": "heading", "list-item": "item",
               "listitem": "item", "li": "item", "blockquote": "quote", "quote": "quote"}
_MAX_JSON = 2_000_000   # bytes: an app state larger than this is not read


def app_state(root: lxml.html.HtmlElement) -> str | None:
    """The text of the page's `__NEXT_DATA__` script, if it has one (read before the
    content cleaner drops scripts)."""
    for script in root.iter("script"):
        if script.get("id") == "__NEXT_DATA__":
            return script.text
    return None


def app_state_blocks(state: str | None, base_url: str | None = None) -> list[Block]:
    """The longest rich-text tree in an app state, as blocks; [] when there is none."""
    if not state or len(state) > _MAX_JSON:
        return []
    try:
        data = json.loads(state)
    except ValueError:
        return []
    best: list[Block] = []
    for tree in _rich_text_trees(data):
        blocks = list(_blocks(tree, base_url))
        if sum(len(b.text) for b in blocks) > sum(len(b.text) for b in best):
            best = blocks
    return best


def _rich_text_trees(node: Any, depth: int = 0) -> Iterator[list[dict[str, Any]]]:
    """Lists of nodes that look like a rich-text document: dicts with a `type` and `children`."""
    if depth > 12:
        return
    if isinstance(node, list):
        if sum(1 for n in node if isinstance(n, dict) and "type" in n and "children" in n) >= 2:
            yield node
            return
        for item in node:
            yield from _rich_text_trees(item, depth + 1)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _rich_text_trees(value, depth + 1)


def _blocks(nodes: list[Any], base_url: str | None) -> Iterator[Block]:
    for node in nodes:
        if not isinstance(node, dict):
            continue
        kind = _TEXT_KINDS.get(str(node.get("type", "")).lower())
        if kind is None:
            # A list (or any container): its items or paragraphs are the blocks.
            yield from _blocks(node.get("children") or [], base_url)
            continue
        parts: list[str] = []
        links: list[Link] = []
        _inline(node.get("children") or [], parts, links, base_url)
        text = " ".join("".join(parts).split())
        if text:
            level = node.get("level") if kind == "heading" and isinstance(node.get("level"), int) else 0
            yield Block(kind, text, tuple(links), level=level or (2 if kind == "heading" else 0))


def _inline(nodes: list[Any], parts: list[str], links: list[Link], base_url: str | None) -> None:
    for node in nodes:
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("text"), str):
            parts.append(node["text"])
        before = len(parts)
        _inline(node.get("children") or [], parts, links, base_url)
        href = node.get("url") or node.get("href")
        if isinstance(href, str) and href:
            anchor = " ".join("".join(parts[before:]).split())
            links.append(Link(urljoin(base_url or "", href), anchor))

"""Cross-check the main-content blocks against the JSON-LD `articleBody`.

Publishers that ship `articleBody` state exactly which text is the article. On
layouts without semantic containers ("div soup"), the structural content
finder can keep rails such as "Trending" or "Up next"; when a long
`articleBody` exists, a block that does not occur in it is not article text.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.extract.document import Block

_SPACE = re.compile(r"\s+")
_MIN_BODY = 400            # shorter articleBody values are teasers, not the article
_MIN_COVERAGE = 0.5        # the blocks must cover this share of articleBody to be trusted


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def article_body(jsonld: list[dict[str, Any]]) -> str | None:
    """The longest `articleBody` string among the page's JSON-LD objects."""
    bodies = [o.get("articleBody") for o in jsonld if isinstance(o.get("articleBody"), str)]
    return max(bodies, key=len) if bodies else None


def filter_blocks(blocks: list[Block], jsonld: list[dict[str, Any]]) -> list[Block]:
    """Keep the blocks whose text occurs in articleBody (headings between kept blocks too).

    Returns `blocks` unchanged when there is no usable articleBody, or when too little
    of it is found in the blocks (a different or truncated body: trust the structure)."""
    body = article_body(jsonld)
    if not body or len(body) < _MIN_BODY:
        return blocks
    flat = _flat(re.sub(r"<[^>]+>", " ", body))
    # A block without letters ("1", "2" of a numbered rail) matches any body by accident.
    inside = [any(ch.isalpha() for ch in b.text) and _flat(b.text) in flat for b in blocks]
    covered = sum(len(b.text) for b, ok in zip(blocks, inside) if ok and b.kind != "heading")
    if covered < _MIN_COVERAGE * len(flat):
        return blocks
    kept: list[Block] = []
    for i, block in enumerate(blocks):
        if inside[i]:
            kept.append(block)
        elif block.kind == "heading" or _is_credit(block.text):
            # A section heading or a "Source:" line sits between article paragraphs.
            before = any(inside[:i]) and any(b.kind != "heading" for b, ok in zip(blocks[:i], inside[:i]) if ok)
            after = any(inside[i + 1:i + 4])
            if before and after or (_is_credit(block.text) and any(inside[max(0, i - 2):i])):
                kept.append(block)
    return kept


def _is_credit(text: str) -> bool:
    return bool(re.match(r"^\s*\(?\s*(?:sources?|via|h/t|hat tip)\b", text, re.IGNORECASE))

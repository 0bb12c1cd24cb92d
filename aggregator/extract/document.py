"""The parsed page every extractor reads: metadata plus the main-content blocks.

`aggregator.extract.html.parse_document(body, url)` builds a `Document`; the
field extractors (shows, dates, claims, cast, sources) only read it. Blocks are
the article body in reading order, already stripped of navigation, sidebars,
related boxes, comments, captions of other stories, scripts and footers.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "item", "row", "quote", "caption"]


@dataclass(frozen=True, slots=True)
class Link:
    """An <a href> inside a block: absolute URL and its anchor text."""

    href: str
    text: str


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the main text, in reading order.

    - heading: h1-h6 (level set), or a short bold line standing alone as a heading;
    - paragraph: a <p> or a run of text separated by <br><br>;
    - item: one <li>;
    - row: one <tr>; `cells` holds each cell's text, `header` is True for a header row;
    - quote: a <blockquote>; caption: a <figcaption> of the article's own figure.
    `text` is the visible text with whitespace collapsed to single spaces; `struck` holds
    the text of each struck-out run in it (<del>, <s>, <strike>), which the page shows as
    withdrawn.
    """

    kind: BlockKind
    text: str
    links: tuple[Link, ...] = ()
    level: int = 0
    cells: tuple[str, ...] = ()
    header: bool = False
    struck: tuple[str, ...] = ()


@dataclass(slots=True)
class PageMeta:
    """Page-level metadata, each field from the most trusted signal that has it."""

    url: str | None = None            # the page URL (given, saved-from comment, canonical, og:url)
    title: str | None = None          # headline
    author: str | None = None
    published: datetime | date | None = None
    modified: datetime | date | None = None
    site_name: str | None = None      # outlet name (og:site_name, JSON-LD publisher, ...)
    domain: str | None = None         # registrable domain of url
    description: str | None = None
    lang: str | None = None
    keywords: tuple[str, ...] = ()    # article:tag, news_keywords, JSON-LD keywords


@dataclass(slots=True)
class Document:
    """A parsed saved page: metadata, main-content blocks and raw structured data."""

    meta: PageMeta
    blocks: list[Block] = field(default_factory=list)
    jsonld: list[dict[str, Any]] = field(default_factory=list)   # every JSON-LD object, @graph flattened
    html_title: str | None = None     # the <title> element, as is
    # Per-page results several extractors need (e.g. "is this a sports page?"), computed once.
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def without_struck(blocks: list[Block]) -> list[Block]:
    """The blocks as a reader who skips struck-out text sees them: a struck name credits no
    actor, a struck "according to X" no outlet."""
    out = []
    for block in blocks:
        if block.struck:
            text = block.text
            for run in block.struck:
                text = text.replace(run, " ", 1)
            block = replace(block, text=" ".join(text.split()), struck=())
        out.append(block)
    return out


def last_edit(meta: PageMeta) -> date | None:
    """The day of the page's last edit: the later of its published and modified dates."""
    days = [m.date() if isinstance(m, datetime) else m for m in (meta.published, meta.modified) if m]
    return max(days) if days else None

"""Emission: the chosen container's DOM turned into `Block`s, in reading order.

`aggregator.extract.content` cleans the page and picks the container; the
`Emitter` here walks it: headings, <p>, <br><br> runs (Blogger tables, <font>),
list items, bullet lines, table rows, quotes and captions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from aggregator.extract.document import Block, Link
from aggregator.extract.htmltext import text_content

__all__ = ["INLINE_TAGS", "SOURCE_LINE", "Emitter", "norm_key"]

# A credit line ("Source: X"): never a heading, never dropped as a link line.
SOURCE_LINE = re.compile(r"^(?:source|sources|via|h/t|hat tip)\s*:", re.IGNORECASE)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
INLINE_TAGS = frozenset(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "big", "tt", "strike", "del", "ins", "label", "nobr", "acronym", "wbr"])
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)")
# Block-level markup inside a <dt>/<dd>: the list holds paragraphs, not facts.
_BLOCK_TAGS = frozenset(["p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section"])
_VOID = frozenset(["img", "amp-img", "input", "hr", "area", "col", "param", "track", "source", "picture"])
_BLOCKY = (".//table|.//p|.//div|.//ul|.//ol|.//h1|.//h2|.//h3|.//h4|.//blockquote|.//section|.//article")
_BLOCKY_XP = lxml.etree.XPath(_BLOCKY)
# Tags that are nothing but a block boundary on both sides (the last branch of
# `Emitter._element`), tested first; none of them has a branch of its own.
_STRUCK = frozenset(["del", "s", "strike"])
_PLAIN_BLOCKS = frozenset(["p", "div", "section", "article", "main", "header", "ul", "ol", "figure", "center",
                           "tbody", "thead", "tr", "td", "th"]) - INLINE_TAGS - _VOID - frozenset(
    ["br", "li", "dd", "dt", "dl", "blockquote", "figcaption", "caption", "table", *_HEADINGS])
# Markup that makes a table a layout, even when each cell holds a single paragraph.
_NESTED_BLOCKS_XP = lxml.etree.XPath(".//table|.//ul|.//ol|.//h1|.//h2|.//h3|.//h4|.//blockquote|.//section|.//article")


def _one_paragraph_cells(table: lxml.html.HtmlElement, cells: list[lxml.html.HtmlElement]) -> bool:
    """A data table whose cells each wrap their text in one <p> or <div> (a word processor's
    export: "<td><p><span>August 22, 2025</span></p></td>"), not a layout of containers."""
    return not _NESTED_BLOCKS_XP(table) and all(
        sum(1 for d in cell.iter("p", "div") if d is not cell) <= 1 for cell in cells)


_ROWS = lxml.etree.XPath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
_BULLET_SYM = re.compile(r"^\s*[•·▪▫◦●○■□►▶➤➢✓✔✦★☆→»*\-–—]\s*")
_BULLET_NUM = re.compile(r"^\s*\d{1,2}[.)]\s+")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]…]$")
_PUNCT = re.compile(r"[^\w]+")
_SOFT_END = re.compile(r"[.,;]$")


@lru_cache(maxsize=8192)
def _absolute(base: str, href: str) -> str:
    """urljoin, cached: a page links its own menus and a crawl its own site over and over."""
    return urljoin(base, href)


def norm_key(text: str | None) -> str:
    """Casefolded text with punctuation and whitespace collapsed (for comparisons)."""
    return " ".join(_PUNCT.sub(" ", text.casefold()).split()) if text else ""


class Emitter:
    """Walks DOM nodes and accumulates `Block`s.

    Inline content is buffered line by line (a <br> ends a line, an empty line
    is a paragraph break) and flushed at every block boundary with the kind on
    top of the stack: paragraph, item (<li>), quote, caption.
    """

    def __init__(self, base_url: str | None, title_key: str = "") -> None:
        self.base = base_url or ""
        self.title_key = title_key
        self.blocks: list[Block] = []
        self.kinds: list[str] = ["paragraph"]
        self.lines: list[tuple[str, list[Link], float]] = []
        self.pieces: list[str] = []
        self.links: list[Link] = []
        self.bold_depth = 0
        self.bold_chars = 0
        self.struck: list[str] = []   # struck-out runs since the last flush

    # buffer ------------------------------------------------------------
    def _text(self, text: str) -> None:
        # Whitespace opening a line vanishes when the line is collapsed: the newlines
        # between blocks are not buffered, and flush() finds nothing to do.
        if self.pieces or not text.isspace():
            self.pieces.append(text)
            if self.bold_depth:
                self.bold_chars += len(text.strip())

    def _end_line(self) -> None:
        text = " ".join("".join(self.pieces).split())
        if text:
            ratio = self.bold_chars / max(1, len(text.replace(" ", ""))) if self.bold_chars else 0.0
            self.lines.append((text, self.links, ratio))
        elif self.lines and self.lines[-1][0]:
            # An empty line only separates paragraphs (its links are dropped with it): one
            # after a line of text is enough, and the whitespace between blocks adds none.
            self.lines.append(("", [], 0.0))
        self.pieces, self.links, self.bold_chars = [], [], 0

    def flush(self) -> None:
        if self.pieces or self.links:
            self._end_line()
        lines = self.lines
        if not lines:
            return  # most block boundaries follow another one, or only whitespace was buffered
        self.lines = []
        if self.struck:
            first = len(self.blocks)
            self._emit_lines(lines)
            struck, self.struck = self.struck, []
            for at in range(first, len(self.blocks)):
                block = self.blocks[at]
                if mine := tuple(s for s in struck if s in block.text):
                    self.blocks[at] = replace(block, struck=mine)
            return
        self._emit_lines(lines)

    def _emit_lines(self, lines: list[tuple[str, list[Link], float]]) -> None:
        group: list[tuple[str, list[Link], float]] = []
        for line in lines:
            if line[0]:
                group.append(line)
            elif group:
                self._emit_group(group)
                group = []
        if group:
            self._emit_group(group)

    def _emit_group(self, group: list[tuple[str, list[Link], float]]) -> None:
        numbered = len(group) > 1 and sum(1 for text, _, _ in group if _BULLET_NUM.match(text)) >= 2
        pending: list[tuple[str, list[Link], float]] = []
        for line in group:
            text, links, _ = line
            bullet = _BULLET_SYM.match(text) if len(group) > 1 or self.kinds[-1] == "paragraph" else None
            bullet = bullet or (_BULLET_NUM.match(text) if numbered else None)
            if bullet and len(text) > bullet.end():
                self._emit(pending)
                pending = []
                self.blocks.append(Block("item", text[bullet.end():].strip(), tuple(links)))
                continue
            if pending and (pending[-1][0].endswith(",") or
                            (not _ENDS_SENTENCE.search(pending[-1][0]) and text[:1].islower())):
                pending.append(line)
                continue
            if pending:
                self._emit(pending)
            pending = [line]
        self._emit(pending)

    def _emit(self, lines: list[tuple[str, list[Link], float]]) -> None:
        if not lines:
            return
        if len(lines) == 1:  # most blocks are one line
            text, links, ratio = lines[0][0], tuple(lines[0][1]), lines[0][2]
        else:
            text = " ".join(t for t, _, _ in lines)
            links = tuple(link for _, ls, _ in lines for link in ls)
            ratio = 0.0  # a bold heading is one line
        kind = self.kinds[-1]
        if (kind == "paragraph" and ratio >= 0.9 and len(text) <= 100
                and not _SOFT_END.search(text) and not SOURCE_LINE.match(text)):
            self.blocks.append(Block("heading", text, links, level=0))  # bold line standing alone
            return
        self.blocks.append(Block(kind, text, links))  # type: ignore[arg-type]

    # walk --------------------------------------------------------------
    def container(self, node: lxml.html.HtmlElement) -> None:
        """Emit the blocks of one chosen container (or a single chosen <p>)."""
        self._element(node, node.tag)
        self.flush()

    def _content(self, node: lxml.html.HtmlElement) -> None:
        # .text, .tail and .tag build a new string at each read: each is read once.
        if text := node.text:
            self._text(text)
        for child in node:
            if isinstance(tag := child.tag, str):
                self._element(child, tag)
            if tail := child.tail:
                self._text(tail)

    def _with_kind(self, kind: str, node: lxml.html.HtmlElement) -> None:
        self.flush()
        self.kinds.append(kind)
        self._content(node)
        self.flush()
        self.kinds.pop()

    def _element(self, el: lxml.html.HtmlElement, tag: str) -> None:
        if tag in _PLAIN_BLOCKS:  # the most common tags first: the same as the last branch
            self._block(el)
        elif tag in INLINE_TAGS:
            bold = tag in ("b", "strong") or (tag == "span" and "bold" in (el.get("style") or ""))
            self.bold_depth += bold
            self._content(el)
            self.bold_depth -= bold
            if tag == "a":
                self._link(el)
            elif tag in _STRUCK and (gone := " ".join(text_content(el).split())):
                self.struck.append(gone)
        elif tag == "br":
            self._end_line()
        elif tag in _VOID:
            if tag == "hr":
                self.flush()
        elif tag in _HEADINGS:
            self._heading(el, _HEADINGS[tag])
        elif tag == "dl" and self._definitions(el):
            pass
        elif tag in ("li", "dd", "dt"):
            self._with_kind("item", el)
        elif tag == "blockquote":
            self._with_kind("quote", el)
        elif tag in ("figcaption", "caption"):
            self._with_kind("caption", el)
        elif tag == "table":
            self.flush()
            self._table(el)
        else:
            self._block(el)

    def _block(self, el: lxml.html.HtmlElement) -> None:
        """p, div, section, td, ul, article...: a block boundary on both sides."""
        self.flush()
        # An e-mail's section label is a styled cell ("font-weight:bold"), not a <b>.
        style = el.get("style")
        bold = bool(style) and _BOLD_STYLE.search(style) is not None
        self.bold_depth += bold
        self._content(el)
        self.bold_depth -= bold
        self.flush()

    def _link(self, el: lxml.html.HtmlElement) -> None:
        href = (el.get("href") or "").strip()
        text = " ".join(text_content(el).split())
        if not href or href.startswith(("#", "javascript:")) or not text:
            return
        self.links.append(Link(_absolute(self.base, href) if self.base else href, text))

    def _heading(self, el: lxml.html.HtmlElement, level: int) -> None:
        self.flush()
        text = " ".join(text_content(el).split())
        if not text:
            return
        if level == 1 and self.title_key:
            key = norm_key(text)
            if key and (key == self.title_key or (len(key) > 10 and (key in self.title_key or self.title_key in key))):
                return  # the page's own headline is metadata, not body
        links = []
        for a in el.iter("a"):
            href = (a.get("href") or "").strip()
            if href and not href.startswith(("#", "javascript:")):
                links.append(Link(_absolute(self.base, href) if self.base else href, " ".join(text_content(a).split())))
        self.blocks.append(Block("heading", text, tuple(links), level=level))

    def _anchors(self, el: lxml.html.HtmlElement) -> tuple[Link, ...]:
        """The links inside a table row or a definition, absolute, in-page anchors left out."""
        return tuple(Link(_absolute(self.base, a.get("href")) if self.base else a.get("href"),
                          " ".join(text_content(a).split()))
                     for a in el.iter("a") if a.get("href") and not a.get("href").startswith("#"))

    def _definitions(self, dl: lxml.html.HtmlElement) -> bool:
        """A definition list of short facts ("<dt>Premiere</dt><dd>March 3</dd>") as rows of a
        label and its value, like a two-column table; False (nothing emitted) for a list whose
        terms hold paragraphs, which is read as items."""
        pairs: list[tuple[str, str, tuple[Link, ...]]] = []
        term: str | None = None
        for child in dl:
            if child.tag == "div":     # <dl><div><dt/><dd/></div></dl> (HTML 5.2 grouping)
                grouped = [c for c in child if c.tag in ("dt", "dd")]
            else:
                grouped = [child]
            for item in grouped:
                if item.tag not in ("dt", "dd"):
                    continue
                if any(d.tag in _BLOCK_TAGS for d in item.iterdescendants()):
                    return False
                text = " ".join(text_content(item).split())
                if len(text) > 300:
                    return False
                if item.tag == "dt":
                    term = text
                elif term is not None and text:
                    pairs.append((term, text, self._anchors(item)))
        if not pairs:
            return False
        self.flush()
        for label, value, links in pairs:
            self.blocks.append(Block("row", f"{label}: {value}", links, cells=(label, value)))
        return True

    def _table(self, table: lxml.html.HtmlElement) -> None:
        rows = _ROWS(table)
        cells = [c for r in rows for c in r if c.tag in ("td", "th")]
        if (len(cells) <= 1 or (_BLOCKY_XP(table) and not _one_paragraph_cells(table, cells))
                or any(len(text_content(c)) > 300 for c in cells)):
            self._content(table)  # layout table (Blogger era): cells are containers
            self.flush()
            return
        for cap in table.iterchildren("caption"):
            self._with_kind("caption", cap)
        for row in rows:
            texts = tuple(" ".join(text_content(c).split()) for c in row if c.tag in ("td", "th"))
            if not any(texts):
                continue
            header = row.getparent().tag == "thead" or all(c.tag == "th" for c in row if c.tag in ("td", "th"))
            links = self._anchors(row)
            self.blocks.append(Block("row", " ".join(t for t in texts if t), links, cells=texts, header=header))

"""Main content: the article's blocks in reading order, boilerplate removed.

Three stages, cheapest signal first:
1. clean: drop non-content tags and elements whose class/id/role/aria-label say
   they are navigation, sharing, ads, related stories, comments, bios, tags...
   (general tokens, never per-site selectors);
2. choose: every prose paragraph credits its length to its ancestors; the
   container with the most prose, minus link text and other text, wins;
3. emit: walk the container turning headings, <p>, <br><br> runs (Blogger
   tables, <font>), list items, bullet lines, table rows, quotes and captions
   into `Block`s, then drop "Related"/"Leave a Reply"-style sections by text.
JSON-LD articleBody is used only when the HTML yields (almost) nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any
from urllib.parse import urljoin

import lxml.html

from aggregator.extract.document import Block, Link, PageMeta

__all__ = ["extract_blocks"]

_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input", "select",
    "textarea", "nav", "aside", "footer", "object", "embed", "canvas", "video", "audio", "map", "dialog",
    "head", "link", "meta", "amp-ad", "amp-analytics", "amp-consent", "amp-sidebar", "amp-social-share",
    "amp-iframe", "amp-sticky-ad", "amp-embed", "amp-auto-ads", "amp-geo", "amp-user-notification",
    "picture", "source",
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Class/id segments that mark boilerplate. "Strong" ones are dropped even when
# they hold a lot of text (comment threads, related-story rails); "weak" ones
# (layout words such as sidebar, nav, hidden) only when they hold little prose,
# since themes also put them on the wrapper of the whole article.
_STRONG = _words("""
comment comments commentlist respond disqus related relatedposts recirc recirculation outbrain
taboola newsletter subscribe subscription signup share sharing sharebar sharedaddy sharethis
addtoany social socials advert advertisement advertising adslot adsbygoogle adunit ads ad dfp gpt
sponsor sponsored promo promoted recommended recommendations breadcrumb breadcrumbs cookie cookies
consent gdpr modal popup tagcloud taglist byline authorbio pagination pager yarpp crp disclaimer
tooltip rating reactions sronly screenreader
""")
_WEAK = _words("""
sidebar widget widgets nav navigation navbar menu footer masthead toolbar hidden print skip popular
trending mostread mostpopular tags keywords rail
""")
_STRONG_PAIRS = frozenset({
    ("more", "from"), ("read", "next"), ("read", "more"), ("up", "next"), ("most", "read"),
    ("author", "bio"), ("author", "box"), ("about", "author"), ("author", "info"), ("post", "tags"),
    ("entry", "meta"), ("post", "meta"), ("article", "meta"), ("entry", "footer"), ("post", "footer"),
    ("you", "may"), ("also", "like"), ("more", "stories"), ("post", "navigation"), ("sr", "only"),
    ("visually", "hidden"), ("screen", "reader"), ("further", "reading"), ("see", "also"),
    ("latest", "news"), ("recent", "posts"), ("related", "posts"), ("in", "case"), ("leave", "reply"),
})
_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu",
                    "menubar", "toolbar", "alert", "alertdialog", "tablist"})
_ARIA = re.compile(r"related|share|sharing|social|newsletter|comment|breadcrumb|trending|popular|recommend|"
                   r"advert|navigation|menu|more from|read next|tags", re.IGNORECASE)
_SEG = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_CONTENT_HINT = re.compile(r"article|body|content|entry|hentry|main|post|text|blog|story|prose|rich", re.IGNORECASE)
_NEG_HINT = re.compile(r"comment|meta|footer|foot|sidebar|widget|promo|related|share|card|teaser|list|"
                       r"summary|caption|credit|byline|hero", re.IGNORECASE)
# Elements holding text directly: <p>, or a <td>/<div>/<font> with text runs
# (any non-blank direct text node, not just the first one).
_CANDIDATE_XPATH = ("//p|//pre|//blockquote|//td[text()[normalize-space()]]|//div[text()[normalize-space()]]"
                    "|//section[text()[normalize-space()]]|//font[text()[normalize-space()]]")
_JSONLD_BODY_MIN = 300
_SENTENCE_END = re.compile(r"[.!?。]['\"”’)]?(?:\s|$|(?=[A-Z]))")


def _segments(value: str) -> list[str]:
    return [s.lower() for s in _SEG.split(value) if s]


_decision_cache: dict[str, int] = {}


def _class_verdict(value: str) -> int:
    """0: neutral, 1: weak boilerplate, 2: strong boilerplate (from class/id text)."""
    cached = _decision_cache.get(value)
    if cached is not None:
        return cached
    segs = _segments(value)
    verdict = 0
    if any(s in _STRONG for s in segs) or any(p in _STRONG_PAIRS for p in pairwise(segs)):
        verdict = 2
    elif any(s in _WEAK for s in segs):
        verdict = 1
    if len(_decision_cache) > 50000:
        _decision_cache.clear()
    _decision_cache[value] = verdict
    return verdict


def _boiler_level(el: lxml.html.HtmlElement) -> int:
    """0: content or unknown, 1: weak boilerplate, 2: strong boilerplate."""
    role = (el.get("role") or "").lower()
    if role in _ROLES:
        return 2
    if el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return 1
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return 1
    label = el.get("aria-label")
    if label and len(label) < 60 and _ARIA.search(label):
        return 2
    attrs = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    return _class_verdict(attrs) if attrs else 0


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_PROTECT_XPATH = ".//h1|.//article|.//*[@itemprop='articleBody']"


def _holds_prose(el: lxml.html.HtmlElement) -> bool:
    long_paragraphs = 0
    for p in el.iter("p"):
        if len(p.text_content()) > 120:
            long_paragraphs += 1
            if long_paragraphs >= 3:
                return True
    return False


def _clean(root: lxml.html.HtmlElement) -> None:
    """Remove non-content tags and boilerplate containers in place."""
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    body = root.find("body")
    if body is None:
        return
    doomed = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("main", "article") or el.get("itemprop") == "articleBody":
            continue
        level = _boiler_level(el)
        if level:
            doomed.append((el, level))
    for el, level in doomed:
        # A wrapper whose class merely mentions a sidebar or comments but holds the
        # headline or the article itself is the page frame, not boilerplate.
        if el.getparent() is None or el.xpath(_PROTECT_XPATH) or (level == 1 and _holds_prose(el)):
            continue
        el.drop_tree()


def _link_len(el: lxml.html.HtmlElement) -> int:
    return sum(len(" ".join((a.text_content() or "").split())) for a in el.iter("a"))


def _own_text(el: lxml.html.HtmlElement) -> tuple[str, int]:
    """(text, linked length) of the text directly in `el` (text nodes and
    inline children, not nested blocks): a <p>, or a Blogger-style <td>/<div>
    of text runs split by <br>."""
    if el.tag in ("p", "pre", "blockquote"):
        return " ".join(el.text_content().split()), _link_len(el)
    parts = [el.text or ""]
    linked = 0
    for child in el:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            parts.append(child.text_content())
            linked += _link_len(child) if child.tag != "a" else len(" ".join(child.text_content().split()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split()), linked


def _class_weight(el: lxml.html.HtmlElement) -> float:
    """Bonus for containers that say they hold the article, malus for teasers."""
    weight = 30.0 if el.tag == "article" or el.get("itemprop") == "articleBody" else 0.0
    attrs = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    if attrs:
        weight += 25 if _CONTENT_HINT.search(attrs) else 0
        weight -= 25 if _NEG_HINT.search(attrs) else 0
    return weight


def _choose(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Pick the container holding the article text.

    Each "good" paragraph (60+ characters, few links) credits its length to all
    its ancestors. Among ancestors holding a fair share of that text, the best
    scores good text minus link text minus a little of the other text (menus,
    teasers, captions), plus a bonus for <article>/articleBody/content-like
    class names. Bodies split into chunks between ad slots are thus taken whole,
    and a page frame full of navigation loses to the article inside it.
    """
    body = root.find("body")
    if body is None:
        body = root
    good: dict[Any, int] = {}
    for el in root.xpath(_CANDIDATE_XPATH):
        text, linked = _own_text(el)
        own = len(text)
        # Prose has sentence punctuation; sign-up prompts and menus rarely do.
        if own < 60 or linked * 3 > own or not _SENTENCE_END.search(text):
            continue
        # A <p> is a paragraph, never the container; a <td>/<div> with text runs may be.
        node = el.getparent() if el.tag in ("p", "pre", "blockquote") else el
        while node is not None:
            good[node] = good.get(node, 0) + own
            node = node.getparent()
    top_good = good.get(body, 0)
    if not top_good:
        return [body]
    scores: dict[Any, float] = {}
    for node, g in good.items():
        if g < 0.3 * top_good or node.tag == "html":
            continue
        total = len(" ".join(node.text_content().split()))
        links = _link_len(node)
        score = g - 0.6 * links - 0.25 * max(0, total - g - links)
        scores[node] = score * (1.0 + _class_weight(node) / 100)
    best = max(scores, key=scores.__getitem__)
    # Prefer a tighter container inside the winner when it keeps nearly all of
    # its score: the frame around a short article adds sign-up and menu lines.
    tight = best
    for node, score in scores.items():
        if (score >= 0.85 * scores[best] and good[node] >= 0.85 * good[best]
                and node is not best and _inside(node, tight)):
            tight = node
    return [tight]


def _inside(node: lxml.html.HtmlElement, outer: lxml.html.HtmlElement) -> bool:
    return any(a is outer for a in node.iterancestors())


# --- text-level filters on emitted blocks ---------------------------------

_STOP_SECTION = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|\d*\s*(?:comments?|responses?|replies)"
    r"|join the (?:discussion|conversation)|(?:related|recommended|similar|more|popular|recent|latest|trending|top)"
    r"\s+(?:posts?|articles?|stories|news|reads?|videos?|coverage|content)|you (?:may|might) (?:also )?(?:like|enjoy)"
    r"|read (?:next|more|this next)|up next|more from\b.*|more (?:on|about)\b.{0,40}|trending(?: now)?|also on\b.*"
    r"|most (?:read|popular|viewed|shared)|(?:sign up|subscribe)\b.*|share this(?: \w+)?|like this|about the author"
    r"|tags?|filed under|what to read next|don'?t miss|keep reading|recommended(?: for you)?|related)\s*:?$",
    re.IGNORECASE)
_TO_END = re.compile(r"^(?:leave a|post a|add a|\d*\s*comments?|join the)", re.IGNORECASE)
_LINK_PREFIX = re.compile(
    r"^(?:related|read more|see also|also read|also see|recommended|read next|up next|must read|don'?t miss|"
    r"watch|more|read|click here|related articles?|related stories|related coverage|read also)\b\s*[:|»>\-–—]",
    re.IGNORECASE)
_JUNK = re.compile(
    r"^(?:advertisement|ad|sponsored|skip ad|continue reading(?: below)?|story continues below(?: advertisement)?|"
    r"share this:?|like this:?|loading\.*|click to share.*|related|print|email|share|tweet|pin it|"
    r"your email address will not be published\.?.*|required fields are marked.*|"
    r"this (?:article|story) continues below.*|scroll to continue.*)$",
    re.IGNORECASE)
_SOURCE = re.compile(r"^(?:source|sources|via|h/t|hat tip)\s*:", re.IGNORECASE)


def _filter(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    skip_until_level: int | None = None
    for block in blocks:
        if block.kind == "heading":
            if skip_until_level is not None and block.level and block.level <= skip_until_level:
                skip_until_level = None
            if skip_until_level is not None:
                continue
            if _STOP_SECTION.match(block.text):
                if _TO_END.match(block.text):
                    skip_until_level = 0  # comments: nothing after them is article text
                else:
                    skip_until_level = block.level or 6
                continue
        elif skip_until_level is not None:
            continue
        text = block.text
        if _JUNK.match(text):
            continue
        if block.kind in ("paragraph", "item") and not _SOURCE.match(text) and block.links:
            linked = sum(len(link.text) for link in block.links)
            if _LINK_PREFIX.match(text) and linked * 2 >= len(text) - 20:
                continue
            if block.kind == "paragraph" and len(text) <= 40 and linked >= 0.9 * len(text):
                continue  # a lone short link: category kicker, "Home", "Next page"
        out.append(block)
    return _drop_link_lists(out)


def _drop_link_lists(blocks: list[Block]) -> list[Block]:
    """Runs of 3+ items that are nothing but links are story lists or tag lists."""
    out: list[Block] = []
    run: list[Block] = []

    def close() -> None:
        if len(run) < 3 or not all(_fully_linked(b) for b in run):
            out.extend(run)
        run.clear()

    for block in blocks:
        if block.kind == "item":
            run.append(block)
            continue
        close()
        out.append(block)
    close()
    return out


def _fully_linked(block: Block) -> bool:
    linked = sum(len(link.text) for link in block.links)
    return bool(block.links) and linked >= 0.9 * len(block.text)


def _jsonld_body(jsonld: list[dict[str, Any]]) -> list[Block]:
    for obj in jsonld:
        body = obj.get("articleBody")
        if isinstance(body, str) and len(body) >= _JSONLD_BODY_MIN:
            parts = re.split(r"\n\s*\n|\r?\n", body) if "\n" in body else re.split(r"(?<=[.!?])\s{2,}", body)
            return [Block("paragraph", " ".join(p.split())) for p in parts if p.strip()]
    return []


# --- emission: DOM -> blocks -----------------------------------------------

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_INLINE = frozenset(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "big", "tt", "strike", "del", "ins", "label", "nobr", "acronym", "wbr"])
_VOID = frozenset(["img", "amp-img", "input", "hr", "area", "col", "param", "track", "source", "picture"])
_BLOCKY = (".//table|.//p|.//div|.//ul|.//ol|.//h1|.//h2|.//h3|.//h4|.//blockquote|.//section|.//article")
_BULLET_SYM = re.compile(r"^\s*[•·▪▫◦●○■□►▶➤➢✓✔✦★☆→»*\-–—]\s*")
_BULLET_NUM = re.compile(r"^\s*\d{1,2}[.)]\s+")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]…]$")
_PUNCT = re.compile(r"[^\w]+")


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

    # buffer ------------------------------------------------------------
    def _text(self, text: str) -> None:
        self.pieces.append(text)
        if self.bold_depth:
            self.bold_chars += len(text.strip())

    def _end_line(self) -> None:
        text = " ".join("".join(self.pieces).split())
        ratio = self.bold_chars / max(1, len(text.replace(" ", ""))) if text else 0.0
        self.lines.append((text, self.links, ratio))
        self.pieces, self.links, self.bold_chars = [], [], 0

    def flush(self) -> None:
        if self.pieces or self.links:
            self._end_line()
        lines, self.lines = self.lines, []
        group: list[tuple[str, list[Link], float]] = []
        for line in lines + [("", [], 0.0)]:
            if line[0]:
                group.append(line)
            elif group:
                self._emit_group(group)
                group = []

    def _emit_group(self, group: list[tuple[str, list[Link], float]]) -> None:
        numbered = sum(1 for text, _, _ in group if _BULLET_NUM.match(text)) >= 2
        pending: list[tuple[str, list[Link], float]] = []
        for text, links, ratio in group:
            bullet = _BULLET_SYM.match(text) if len(group) > 1 or self.kinds[-1] == "paragraph" else None
            bullet = bullet or (_BULLET_NUM.match(text) if numbered else None)
            if bullet and len(text) > bullet.end():
                self._emit(pending)
                pending = []
                self.blocks.append(Block("item", text[bullet.end():].strip(), tuple(links)))
                continue
            if pending and (pending[-1][0].endswith(",") or
                            (not _ENDS_SENTENCE.search(pending[-1][0]) and text[:1].islower())):
                pending.append((text, links, ratio))
                continue
            self._emit(pending)
            pending = [(text, links, ratio)]
        self._emit(pending)

    def _emit(self, lines: list[tuple[str, list[Link], float]]) -> None:
        if not lines:
            return
        text = " ".join(t for t, _, _ in lines)
        links = tuple(link for _, ls, _ in lines for link in ls)
        kind = self.kinds[-1]
        if (kind == "paragraph" and len(lines) == 1 and lines[0][2] >= 0.9 and len(text) <= 100
                and not re.search(r"[.,;]$", text) and not _SOURCE.match(text)):
            self.blocks.append(Block("heading", text, links, level=0))  # bold line standing alone
            return
        self.blocks.append(Block(kind, text, links))  # type: ignore[arg-type]

    # walk --------------------------------------------------------------
    def container(self, node: lxml.html.HtmlElement) -> None:
        """Emit the blocks of one chosen container (or a single chosen <p>)."""
        self._element(node)
        self.flush()

    def _content(self, node: lxml.html.HtmlElement) -> None:
        if node.text:
            self._text(node.text)
        for child in node:
            if isinstance(child.tag, str):
                self._element(child)
            if child.tail:
                self._text(child.tail)

    def _with_kind(self, kind: str, node: lxml.html.HtmlElement) -> None:
        self.flush()
        self.kinds.append(kind)
        self._content(node)
        self.flush()
        self.kinds.pop()

    def _element(self, el: lxml.html.HtmlElement) -> None:
        tag = el.tag
        if tag == "br":
            self._end_line()
        elif tag in _VOID:
            if tag == "hr":
                self.flush()
        elif tag in _INLINE:
            bold = tag in ("b", "strong") or (tag == "span" and "bold" in (el.get("style") or ""))
            self.bold_depth += bold
            self._content(el)
            self.bold_depth -= bold
            if tag == "a":
                self._link(el)
        elif tag in _HEADINGS:
            self._heading(el, _HEADINGS[tag])
        elif tag in ("li", "dd", "dt"):
            self._with_kind("item", el)
        elif tag == "blockquote":
            self._with_kind("quote", el)
        elif tag in ("figcaption", "caption"):
            self._with_kind("caption", el)
        elif tag == "table":
            self.flush()
            self._table(el)
        else:  # p, div, section, td, ul, article...: a block boundary on both sides
            self.flush()
            self._content(el)
            self.flush()

    def _link(self, el: lxml.html.HtmlElement) -> None:
        href = (el.get("href") or "").strip()
        text = " ".join(el.text_content().split())
        if not href or href.startswith(("#", "javascript:")) or not text:
            return
        self.links.append(Link(urljoin(self.base, href) if self.base else href, text))

    def _heading(self, el: lxml.html.HtmlElement, level: int) -> None:
        self.flush()
        text = " ".join(el.text_content().split())
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
                links.append(Link(urljoin(self.base, href) if self.base else href, " ".join(a.text_content().split())))
        self.blocks.append(Block("heading", text, tuple(links), level=level))

    def _table(self, table: lxml.html.HtmlElement) -> None:
        rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        cells = [c for r in rows for c in r if c.tag in ("td", "th")]
        if (len(cells) <= 1 or table.xpath(_BLOCKY)
                or any(len(c.text_content()) > 300 for c in cells)):
            self._content(table)  # layout table (Blogger era): cells are containers
            self.flush()
            return
        for cap in table.iterchildren("caption"):
            self._with_kind("caption", cap)
        for row in rows:
            texts = tuple(" ".join(c.text_content().split()) for c in row if c.tag in ("td", "th"))
            if not any(texts):
                continue
            header = row.getparent().tag == "thead" or all(c.tag == "th" for c in row if c.tag in ("td", "th"))
            links = tuple(Link(urljoin(self.base, a.get("href")) if self.base else a.get("href"),
                               " ".join(a.text_content().split()))
                          for a in row.iter("a") if a.get("href") and not a.get("href").startswith("#"))
            self.blocks.append(Block("row", " ".join(t for t in texts if t), links, cells=texts, header=header))


def extract_blocks(root: lxml.html.HtmlElement, meta: PageMeta | None = None,
                   jsonld: list[dict[str, Any]] | None = None) -> list[Block]:
    """The article's main text as blocks, in reading order. Mutates `root`
    (boilerplate is dropped), so read metadata first."""
    meta = meta or PageMeta()
    _clean(root)
    containers = _choose(root)
    emitter = Emitter(base_url=meta.url, title_key=norm_key(meta.title))
    for node in containers:
        emitter.container(node)
    blocks = _filter(emitter.blocks)
    prose = sum(len(b.text) for b in blocks if b.kind in ("paragraph", "item", "quote"))
    if prose < _JSONLD_BODY_MIN and jsonld:
        fallback = _jsonld_body(jsonld)
        if sum(len(b.text) for b in fallback) > prose * 2:
            return fallback
    return blocks


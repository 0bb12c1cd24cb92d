"""Main content: the article's blocks in reading order, boilerplate removed.

Three stages, cheapest signal first:
1. clean: drop non-content tags and elements whose class/id/role/aria-label say
   they are navigation, sharing, ads, related stories, comments, bios, tags...
   (general tokens, never per-site selectors);
2. choose: every prose paragraph credits its length to its ancestors; the
   container with the most prose, minus link text and other text, wins;
3. emit: walk the container turning headings, <p>, <br><br> runs (Blogger
   tables, <font>), list items, bullet lines, table rows, quotes and captions
   into `Block`s (`aggregator.extract.blocks.Emitter`), then drop
   "Related"/"Leave a Reply"-style sections by text (`content_filter.py`).
JSON-LD articleBody is used only when the HTML yields (almost) nothing.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

from aggregator.domains import registrable_domain
from aggregator.extract.appstate import app_state, app_state_blocks
from aggregator.extract.blocks import INLINE_TAGS, Emitter, norm_key
from aggregator.extract.content_classes import (
    LEVEL_KEYS,
    boiler_level,
    class_verdict,
    is_comment_item,
)
from aggregator.extract.content_filter import filter_blocks
from aggregator.extract.content_lengths import collapsed_lengths
from aggregator.extract.document import Block, PageMeta
from aggregator.extract.embeds import cites_elsewhere, reduce_to_citation
from aggregator.extract.htmltext import document_iter, text_content
from aggregator.extract.linewrap import join_wrapped_lines
from aggregator.extract.metadata import jsonld_types
from aggregator.extract.triggers import lowered

__all__ = ["extract_blocks"]

_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input", "select",
    "textarea", "nav", "aside", "footer", "object", "embed", "canvas", "video", "audio", "map", "dialog",
    "head", "link", "meta", "amp-ad", "amp-analytics", "amp-consent", "amp-sidebar", "amp-social-share",
    "amp-iframe", "amp-sticky-ad", "amp-embed", "amp-auto-ads", "amp-geo", "amp-user-notification",
    "picture", "source",
)


# Words anywhere in a class/id ("hentry" holds "entry", "footer" holds "foot"): tested as
# substrings of the lower-cased text, or with the patterns when lower() cannot stand in
# for IGNORECASE (triggers.lowered).
_CONTENT_WORDS = ("article", "body", "content", "entry", "main", "post", "text", "blog", "story", "prose", "rich")
_NEG_WORDS = ("comment", "meta", "foot", "sidebar", "widget", "promo", "related", "share", "card", "teaser", "list",
              "summary", "caption", "credit", "byline", "hero")
_CONTENT_HINT = re.compile("|".join(_CONTENT_WORDS), re.IGNORECASE)
_NEG_HINT = re.compile("|".join(_NEG_WORDS), re.IGNORECASE)
# The same on lower-cased text: IGNORECASE makes the engine fold every character it reads.
_CONTENT_LOW = re.compile("|".join(_CONTENT_WORDS))
_NEG_LOW = re.compile("|".join(_NEG_WORDS))
# Elements holding text directly: <p>, or a <td>/<div>/<font> with text runs
# (any non-blank direct text node, not just the first one).
_CANDIDATE_XPATH = ("//p|//pre|//blockquote|//td[text()[normalize-space()]]|//div[text()[normalize-space()]]"
                    "|//section[text()[normalize-space()]]|//font[text()[normalize-space()]]")
_CANDIDATE_TAGS = ("p", "pre", "blockquote", "td", "div", "section", "font")
_XML_SPACE = " \t\r\n"   # what normalize-space() strips (not U+00A0, unlike str.strip())
_JSONLD_BODY_MIN = 300
_MIN_PROSE = 60   # characters: a shorter text is no paragraph of the article
# A site's own small print: a footer's, however sentence-like.
_FURNITURE = re.compile(r"©|\bcopyright\b|all rights reserved|best viewed (?:in|with)|you are visitor|\bwebring\b|"
                        r"not affiliated with", re.IGNORECASE)
# Every _FURNITURE match holds one of these (triggers.lowered); most paragraphs hold none
# and skip the case-insensitive scan.
_FURNITURE_WORDS = ("©", "copyright", "all rights reserved", "best viewed ", "you are visitor", "webring",
                    "not affiliated with")
_SENTENCE_END = re.compile(r"[.!?。]['\"”’)]?(?:\s|$|(?=[A-Z]))")


_FOOTNOTE_MARK = re.compile(r"\[?(?:\d{1,3}|[a-z]|[*†‡§¶]{1,3})\]?")
_DOOMED = "aggregator-dropped"  # a tag no page uses: marks boilerplate for one strip_elements pass


class _Prose:
    """How many long (120+ characters) <p> an element holds, counted when first asked:
    only the few weak boilerplate candidates are, and they are mostly small."""

    def __init__(self) -> None:
        self.counts: dict[lxml.html.HtmlElement, int] = {}
        self.long: dict[lxml.html.HtmlElement, bool] = {}

    def __call__(self, el: lxml.html.HtmlElement) -> int:
        n = self.counts.get(el)
        if n is None:
            n = 0
            for p in el.iter("p"):  # a <p> itself included
                is_long = self.long.get(p)
                if is_long is None:
                    is_long = self.long[p] = len(text_content(p)) > 120
                n += is_long
            self.counts[el] = n
        return n


# Block-level tags that a link wraps only when it is a teaser card (a headline
# plus a summary linking to another story); article prose links words, not blocks.
_CARD_BLOCKS = frozenset(["div", "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "figure", "section",
                          "article", "header", "table"])


def _is_teaser_card(a: lxml.html.HtmlElement) -> bool:
    """True for an <a> wrapping block elements: "More from", "Related" and
    "Trending" grids whatever their class names say."""
    return any(child.tag in _CARD_BLOCKS for child in a.iterchildren(lxml.etree.Element))


def _clean(root: lxml.html.HtmlElement, own_domain: str | None = None) -> None:
    """Remove non-content tags and boilerplate containers in place (`own_domain`: the page's
    registrable domain, to tell a card citing another outlet from a teaser of the site's own)."""
    # Tails stay (with_tail=False), as with drop_tree: text after a <script> is text.
    lxml.etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    # Footnote marks ("before 2028.<sup>2</sup> Casey ...") would glue onto the sentence's
    # last word or number; the note they point to is read where it stands.
    footnotes = [sup for sup in root.iter("sup") if _FOOTNOTE_MARK.fullmatch(text_content(sup).strip())]
    for sup in footnotes:
        sup.tag = _DOOMED
    if footnotes:
        lxml.etree.strip_elements(root, _DOOMED, with_tail=False)
    body = next(root.iterchildren("body"), None)  # find() runs ElementPath in Python
    if body is None:
        return
    doomed = []
    citations: list[lxml.html.HtmlElement] = []
    # Elements marked itemprop="articleBody": the frame around them is no boilerplate
    # (ones outside the body frame nothing that could be dropped).
    frames = []
    # A C-level walk plus a keys() test is several times faster than the same
    # attribute test as an XPath predicate; elements without attributes (most
    # of them) never reach `boiler_level`.
    for el in body.iter(lxml.etree.Element):
        items = el.items()
        if not items:
            continue
        tag = el.tag    # each read of .tag builds a new string
        if tag == "main" or tag == "article" or (tag == "a" and len(el) and _is_teaser_card(el)):
            if tag == "a":
                if cites_elsewhere(el, own_domain):
                    citations.append(el)    # a bookmark card citing another outlet (embeds.py)
                else:
                    doomed.append((el, 2))
            if el.get("itemprop") == "articleBody":
                frames.append(el)
            continue
        if len(items) == 1 and items[0][0] not in LEVEL_KEYS:
            # Most elements carry one attribute: what boiler_level makes of it, without the dict.
            key, value = items[0]
            if key == "class" or key == "id":
                if value and (level := class_verdict(value)):
                    doomed.append((el, level))
            elif key == "itemprop":
                if value == "articleBody":
                    frames.append(el)
                elif is_comment_item(value, None):
                    doomed.append((el, 2))
            continue
        attrs = dict(items)
        if attrs.get("itemprop") != "articleBody":
            level = boiler_level(attrs)
            if level:
                doomed.append((el, level))
        else:
            frames.append(el)
    for card in citations:
        reduce_to_citation(card)
    if not doomed:
        return
    # A wrapper whose class merely mentions a sidebar or comments but holds the
    # headline or the article itself is the page frame, not boilerplate. Which
    # elements hold them is computed once up front: a dropped element never
    # holds one, so dropping cannot change the answer for elements still
    # attached (and elements inside a dropped subtree no longer matter).
    protected: set[lxml.html.HtmlElement] = set()
    for target in (*root.iter("h1", "article"), *frames):
        protected.update(target.iterancestors())
    # Likewise for long paragraphs, counted before any element is dropped or marked.
    prose = _Prose()
    # No verdict depends on earlier drops, so the doomed are chosen, then marked and
    # removed in one C-level pass. Their tails stay in place, as with drop_tree,
    # but are never re-set from Python (which refuses control characters that
    # the parser let through on mangled pages).
    marked: set[lxml.html.HtmlElement] = set()
    spared: set[lxml.html.HtmlElement] = set()
    for el, level in doomed:
        if el.getparent() is None or el in protected:
            continue
        if level == 1 and ((spared and any(a in spared for a in el.iterancestors()))
                           or _run_prose(el, prose, marked) >= 3):
            # Layout words inside a wrapper kept as content are the builder's own nesting.
            spared.add(el)
            continue
        marked.add(el)
    for el in marked:
        el.tag = _DOOMED
    if marked:
        lxml.etree.strip_elements(root, _DOOMED, with_tail=False)


def _run_prose(el: lxml.html.HtmlElement, prose: _Prose, marked: set[lxml.html.HtmlElement]) -> int:
    """Long paragraphs in `el` and in its siblings of the same class (not `marked` for
    dropping). Page builders (Elementor, WPBakery) wrap each paragraph of the article in its
    own "widget": one such wrapper holds little prose, but the run of them is the article."""
    own = prose(el)
    cls = (el.get("class") or "").split()
    parent = el.getparent()
    if own >= 3 or not cls or parent is None:
        return own
    # Siblings of one builder share the first class ("elementor-element"), whatever
    # the widget (text, heading, list) that follows it.
    # Compared in Python: iterchildren(tag) refuses the mangled tag names of broken pages.
    if prose(parent) == own:
        return own  # no sibling holds a long paragraph (a menu's items, say): none is read
    tag, first = el.tag, cls[:1]
    return sum(prose(sib) for sib in parent.iterchildren()
               if sib.tag == tag and (sib.get("class") or "").split()[:1] == first and sib not in marked)


def _link_len(el: lxml.html.HtmlElement, memo: dict[lxml.html.HtmlElement, int]) -> int:
    """Visible length of the link text under `el`; `memo` keeps each <a>'s length
    (nested containers would otherwise read the same anchors again and again)."""
    total = 0
    for a in el.iter("a"):
        n = memo.get(a)
        if n is None:
            n = memo[a] = len(" ".join(text_content(a).split()))
        total += n
    return total


def _own_text(el: lxml.html.HtmlElement, whole: bool, memo: dict[lxml.html.HtmlElement, int]) -> tuple[str, int]:
    """(text, linked length) of the text directly in `el` (text nodes and
    inline children, not nested blocks): a <p> (`whole`: all its text), or a
    Blogger-style <td>/<div> of text runs split by <br>. A paragraph's links are
    only measured when it is long enough to be prose (_MIN_PROSE)."""
    if whole:
        text = " ".join(text_content(el).split())
        return text, _link_len(el, memo) if len(text) >= _MIN_PROSE else 0
    parts = [el.text or ""]
    linked = 0
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag in INLINE_TAGS:
            text = text_content(child)
            parts.append(text)
            linked += _link_len(child, memo) if tag != "a" else len(" ".join(text.split()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split()), linked


def _class_weight(el: lxml.html.HtmlElement) -> float:
    """Bonus for containers that say they hold the article, malus for teasers."""
    weight = 30.0 if el.tag == "article" or el.get("itemprop") == "articleBody" else 0.0
    attrs = " ".join(v for v in (el.get("class"), el.get("id")) if v)
    if attrs:
        low = lowered(attrs)
        if low is None:
            weight += 25 if _CONTENT_HINT.search(attrs) else 0
            weight -= 25 if _NEG_HINT.search(attrs) else 0
        else:
            weight += 25 if _CONTENT_LOW.search(low) else 0
            weight -= 25 if _NEG_LOW.search(low) else 0
    return weight


def _candidates(root: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, bool]]:
    """`_CANDIDATE_XPATH`, as one C-level walk by tag name with the text test in Python
    (libxml2 takes several walks and node sets for the union): each element, and whether
    it is a paragraph (<p>, <pre>, <blockquote>: all its text is its own)."""
    out = []
    for el in document_iter(root, *_CANDIDATE_TAGS):
        tag = el.tag
        if tag == "p" or tag == "pre" or tag == "blockquote":
            out.append((el, True))
        elif (text := el.text) and text.strip(_XML_SPACE):
            out.append((el, False))
        else:
            for child in el:
                if (tail := child.tail) and tail.strip(_XML_SPACE):
                    out.append((el, False))
                    break
    return out


def _is_furniture(text: str) -> bool:
    low = lowered(text)
    if low is not None and not any(word in low for word in _FURNITURE_WORDS):
        return False
    return _FURNITURE.search(text) is not None


def _is_answer(el: lxml.html.HtmlElement) -> tuple[bool, bool]:
    """(is an answer post, is the accepted one), by class tokens or schema.org microdata."""
    prop = el.get("itemprop") or ""
    classes = (el.get("class") or "").split()
    accepted = prop == "acceptedAnswer" or "accepted-answer" in classes
    return accepted or prop == "suggestedAnswer" or "answer" in classes, accepted


def _drop_other_answers(root: lxml.html.HtmlElement) -> None:
    """On a Q&A page (QAPage JSON-LD) the question and its accepted answer are the article; the
    other answers (guesses, "my uncle works at Amazon") are comments. Without an accepted
    answer, all stay."""
    body = next(root.iterchildren("body"), None)
    if body is None:
        return
    for el in body.iter("div", "article", "section", "li"):
        answer, accepted = _is_answer(el)
        if accepted:
            parent = el.getparent()
            for sibling in list(parent) if parent is not None else ():
                if sibling is not el and _is_answer(sibling)[0]:
                    parent.remove(sibling)
            return


def _choose(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Pick the container holding the article text.

    Each "good" paragraph (60+ characters, few links) credits its length to all
    its ancestors. Among ancestors holding a fair share of that text, the best
    scores good text minus link text minus a little of the other text (menus,
    teasers, captions), plus a bonus for <article>/articleBody/content-like
    class names. Bodies split into chunks between ad slots are thus taken whole,
    and a page frame full of navigation loses to the article inside it.
    """
    body = next(root.iterchildren("body"), root)
    # An AMP web story is its slides (<amp-story-page>), each a line or two: no slide
    # holds a paragraph long enough to win, and the story as a whole is the article.
    story = next(body.iter("amp-story"), None)
    if story is not None:
        return [story]
    good: dict[Any, int] = {}
    link_memo: dict[lxml.html.HtmlElement, int] = {}
    for el, whole in _candidates(root):
        text, linked = _own_text(el, whole, link_memo)
        own = len(text)
        # Prose has sentence punctuation; sign-up prompts and menus rarely do.
        if own < _MIN_PROSE or linked * 3 > own or not _SENTENCE_END.search(text) or _is_furniture(text):
            continue
        # A <p> is a paragraph, never the container; a <td>/<div> with text runs may be.
        node = el.getparent() if whole else el
        while node is not None:
            good[node] = good.get(node, 0) + own
            node = node.getparent()
    top_good = good.get(body, 0)
    if not top_good:
        return [body]
    scored = [node for node, g in good.items() if g >= 0.3 * top_good and node.tag != "html"]
    totals = collapsed_lengths(scored)
    scores: dict[Any, float] = {}
    for node in scored:
        g = good[node]
        total = totals[node]
        links = _link_len(node, link_memo)
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
    if good[tight] < _THIN:
        # A title page with one short paragraph (a streaming guide's synopsis above rows of
        # seasons, dates and cast) is its <main> landmark, when that holds the headline too.
        main = next(body.iter("main"), None)
        if main is not None and _inside(tight, main) and next(main.iter("h1"), None) is not None:
            return [main]
    return [_block_run(tight)]


_THIN = 160  # characters of prose: a page whose best container holds less has no article body


def _block_run(node: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A block editor's text block ("notion-text-block") is one of a run of siblings of its
    class, each a paragraph of the article: the run's parent is the container, though only
    one of them is long enough to count as prose."""
    cls = node.get("class") if node.tag == "div" else None
    parent = node.getparent()
    if not cls or parent is None:
        return node
    same = sum(1 for sibling in parent if sibling.get("class") == cls)
    return parent if same >= 3 else node


def _own_article(node: lxml.html.HtmlElement, meta: PageMeta) -> lxml.html.HtmlElement:
    """On an infinite-scroll page the container holds the page's story and, after it, the
    site's next stories in full, each an <article> with its own h1: the page's story is the
    one whose h1 is the page's title (or whose data-url is the page's URL), else the first."""
    if node.tag == "article":
        return node
    headed = [a for a in node.iter("article") if a.find(".//h1") is not None]
    if len(headed) < 2 or any(_inside(a, b) for a in headed for b in headed if a is not b):
        return node
    key = norm_key(meta.title)
    for article in headed:
        h1 = article.find(".//h1")
        if (meta.url and article.get("data-url") == meta.url) or (key and norm_key(text_content(h1)) == key):
            return article
    return headed[0]


def _inside(node: lxml.html.HtmlElement, outer: lxml.html.HtmlElement) -> bool:
    return any(a is outer for a in node.iterancestors())


def _jsonld_body(jsonld: list[dict[str, Any]]) -> list[Block]:
    for obj in jsonld:
        body = obj.get("articleBody")
        if isinstance(body, str) and len(body) >= _JSONLD_BODY_MIN:
            parts = re.split(r"\n\s*\n|\r?\n", body) if "\n" in body else re.split(r"(?<=[.!?])\s{2,}", body)
            return [Block("paragraph", " ".join(p.split())) for p in parts if p.strip()]
    return []


def extract_blocks(root: lxml.html.HtmlElement, meta: PageMeta | None = None,
                   jsonld: list[dict[str, Any]] | None = None) -> list[Block]:
    """The article's main text as blocks, in reading order. Mutates `root`
    (boilerplate is dropped), so read metadata first."""
    meta = meta or PageMeta()
    state = app_state(root)
    _clean(root, registrable_domain(meta.url) if meta.url else None)
    if jsonld and any("qapage" in jsonld_types(obj) for obj in jsonld):
        _drop_other_answers(root)
    containers = [_own_article(node, meta) for node in _choose(root)]
    emitter = Emitter(base_url=meta.url, title_key=norm_key(meta.title))
    for node in containers:
        emitter.container(node)
    blocks = filter_blocks(join_wrapped_lines(emitter.blocks))
    prose = sum(len(b.text) for b in blocks if b.kind in ("paragraph", "item", "quote"))
    if prose < _JSONLD_BODY_MIN and jsonld:
        fallback = filter_blocks(_jsonld_body(jsonld))   # "Related: …" lines and end marks in it too
        if sum(len(b.text) for b in fallback) > prose * 2:
            return fallback
    if prose < _JSONLD_BODY_MIN and state:
        # A Next.js page whose body only its app state holds: the headline and teaser above
        # it, then the rich-text tree.
        fallback = filter_blocks(app_state_blocks(state, meta.url))
        if sum(len(b.text) for b in fallback) > prose * 2:
            return [b for b in blocks if b.kind == "heading"][:1] + fallback
    return blocks


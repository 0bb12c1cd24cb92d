"""What an element's class, id, role and ARIA attributes say: boilerplate (strong: drop
whatever it holds; weak: drop unless it holds the article's prose) or neither. The main
content finder (extract/content.py) asks once per element.
"""

from __future__ import annotations

import re
from itertools import pairwise

from aggregator.extract.triggers import lowered


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
consent gdpr modal popup tagcloud taglist byline authorbio authorbox authorcard pagination pager yarpp
crp disclaimer saboxplugin similar
tooltip rating reactions sronly screenreader
""")
_WEAK = _words("""
sidebar widget widgets nav navigation navbar menu footer masthead toolbar hidden print skip popular
trending mostread mostpopular tags keywords rail
""")
# A print-friendly page's own containers ("print-body", "print-article", "article-print"): the
# article as printed, not a print button.
_PRINT_VIEW_CONTENT = frozenset({"print", "body", "article", "content", "text", "story", "main"})
_STRONG_PAIRS = frozenset({
    ("more", "from"), ("read", "next"), ("read", "more"), ("up", "next"), ("most", "read"),
    ("author", "bio"), ("author", "box"), ("author", "card"), ("about", "author"), ("author", "info"),
    ("post", "tags"),
    ("entry", "meta"), ("post", "meta"), ("article", "meta"), ("entry", "footer"), ("post", "footer"),
    ("you", "may"), ("also", "like"), ("more", "stories"), ("post", "navigation"), ("sr", "only"),
    ("visually", "hidden"), ("screen", "reader"), ("further", "reading"), ("see", "also"),
    ("latest", "news"), ("recent", "posts"), ("related", "posts"), ("in", "case"), ("leave", "reply"),
})
_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu",
                    "menubar", "toolbar", "alert", "alertdialog", "tablist"})
_ARIA = re.compile(r"related|share|sharing|social|newsletter|comment|breadcrumb|trending|popular|recommend|"
                   r"advert|navigation|menu|more from|read next|tags", re.IGNORECASE)
# The same words on lower-cased text (triggers.lowered): IGNORECASE folds every character read.
_ARIA_LOW = re.compile(_ARIA.pattern)


def _aria_boiler(label: str) -> bool:
    low = lowered(label)
    return bool(_ARIA.search(label) if low is None else _ARIA_LOW.search(low))


_SEG = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
def _segments(value: str) -> list[str]:
    return [s.lower() for s in _SEG.split(value) if s]


_decision_cache: dict[str, int] = {}


def class_verdict(value: str) -> int:
    """0: neutral, 1: weak boilerplate, 2: strong boilerplate (from class/id text)."""
    cached = _decision_cache.get(value)
    if cached is not None:
        return cached
    segs = _segments(value)
    verdict = 0
    if any(s in _STRONG for s in segs) or any(p in _STRONG_PAIRS for p in pairwise(segs)):
        verdict = 2
    elif any(s in _WEAK for s in segs) and not (len(set(segs)) > 1 and _PRINT_VIEW_CONTENT.issuperset(segs)):
        verdict = 1
    if len(_decision_cache) > 50000:
        _decision_cache.clear()
    _decision_cache[value] = verdict
    return verdict


def boiler_level(attrs: dict[str, str]) -> int:
    """0: content or unknown, 1: weak boilerplate, 2: strong boilerplate (from an
    element's attributes, read once as a dict: cheaper than an lxml look-up per name)."""
    role = attrs.get("role")
    if role and role.lower() in _ROLES:
        return 2
    if is_comment_item(attrs.get("itemprop"), attrs.get("itemtype")):
        return 2    # schema.org microdata: a reader's comment (a forum's replies)
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        # The folded rest of an article ("Continue reading" reveals it) is the article.
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if _FOLDED_ARTICLE.search(names) and class_verdict(names.strip()) < 2:
            return 0
        return 1
    style = attrs.get("style")
    # Every _HIDDEN_STYLE match ends in "none" or "hidden": most styles skip the scan.
    if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style):
        return 1
    label = attrs.get("aria-label")
    if label and len(label) < 60 and _aria_boiler(label):
        return 2
    cls, ident = attrs.get("class"), attrs.get("id")
    if cls and ident:
        return class_verdict(f"{cls} {ident}")
    return class_verdict(cls or ident) if cls or ident else 0


def is_comment_item(itemprop: str | None, itemtype: str | None) -> bool:
    """Microdata marks the element as a comment: `itemprop="comment"` (a post's replies) or a
    schema.org `Comment` item."""
    return (itemprop is not None and itemprop.strip().lower() in ("comment", "comments")) or \
        (itemtype is not None and itemtype.rstrip("/ ").endswith(("schema.org/Comment", "schema.org/UserComments")))


_FOLDED_ARTICLE = re.compile(r"(?:article|story|post|entry)[_-]*(?:body|rest|more|remainder|continued|fold|content)|"
                             r"(?:read|continue)[_-]*more[_-]*(?:content|body)", re.IGNORECASE)
# The attributes boiler_level reads besides class and id.
LEVEL_KEYS = frozenset({"role", "aria-hidden", "hidden", "style", "aria-label"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")

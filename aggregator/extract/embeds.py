"""Link-preview cards that cite another outlet's story inside an article.

A publishing tool's bookmark or embed card (Ghost's `kg-bookmark-card`, WordPress's embed
block, Discourse's onebox, a "link preview") is an `<a>` wrapping the linked story's title,
description and site name. Read as text, its description would give the other story's dates as
the article's own; dropped like a "Related" teaser card, the citation would be lost. So it is
reduced to what it says of the article: a source line linking to that story ("Source:
radiotimes.com"), as a writer would have credited it in words.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html

from aggregator.domains import registrable_domain

# Class words of link-preview cards (on the link or its wrapper).
_EMBED_CLASS = re.compile(r"bookmark|embed|onebox|link-?preview|link-?card|unfurl", re.IGNORECASE)


def cites_elsewhere(a: lxml.html.HtmlElement, own_domain: str | None) -> bool:
    """`a` is a link-preview card to a story on another site."""
    href = a.get("href") or ""
    if not href.startswith(("http://", "https://")):
        return False
    parent = a.getparent()
    classes = (a.get("class") or "") + " " + ((parent.get("class") or "") if parent is not None else "")
    if not _EMBED_CLASS.search(classes):
        return False
    domain = registrable_domain(href)
    return bool(domain) and domain != own_domain


def reduce_to_citation(a: lxml.html.HtmlElement) -> None:
    """Replace the card's content by a source line naming its host, keeping the link (and the
    text after it: removing children leaves the card's own tail alone)."""
    host = urlsplit(a.get("href") or "").hostname or ""
    for child in list(a):
        a.remove(child)
    a.text = "Source: " + host.removeprefix("www.")

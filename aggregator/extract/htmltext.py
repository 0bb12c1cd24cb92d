"""Small text and element helpers shared by the metadata readers."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from itertools import chain
from typing import Any

import lxml.etree
import lxml.html

_tostring = lxml.etree.tostring
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def clean_text(text: Any) -> str | None:
    """A string value with its whitespace collapsed (and a double-escaped entity undone),
    None for a non-string or blank one."""
    if not isinstance(text, str):
        return None
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)  # double-escaped JSON-LD / meta values ("&#8217;")
    text = " ".join(text.split())  # same as collapsing \s+ (str.split splits on str.isspace)
    return text or None


def document_iter(root: lxml.html.HtmlElement, *tags: str) -> Iterator[lxml.html.HtmlElement]:
    """Elements of the whole document, as XPath's // sees it: on mangled pages
    libxml2 leaves elements beside the root element too."""
    if root.getprevious() is None and root.getnext() is None:
        return root.iter(*tags)  # the usual page: lxml's own iterator, no generator frame per element
    tops = (*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings())
    return chain.from_iterable(top.iter(*tags) for top in tops)


def text_content(el: lxml.html.HtmlElement) -> str:
    """`el.text_content()`: the text of `el` and all its descendants. Most elements
    read this way are leaves, whose .text is all of it. For the others, text_content()
    evaluates the XPath string(), and serialising as text reads the same libxml2
    node content (xmlNodeGetContent) without setting up an XPath evaluation. Works on
    lxml's plain elements, which `html.parse_document` builds (no HtmlElement methods)."""
    if not len(el):
        return el.text or ""
    return _tostring(el, method="text", encoding="unicode", with_tail=False)


def first_title(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """`next(root.iterdescendants("title"), None)`. lxml's iterators look one match
    ahead, so even the first match costs a walk of the whole page; a title is nearly
    always in the <head>, the root's first child, whose walk is short."""
    if len(root):
        head = root[0]
        if head.tag == "head" and (title := next(head.iter("title"), None)) is not None:
            return title
    return next(root.iterdescendants("title"), None)

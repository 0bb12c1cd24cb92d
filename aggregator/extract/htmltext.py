"""Small text and element helpers shared by the metadata readers."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import lxml.html

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
    for top in (*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()):
        yield from top.iter(*tags)

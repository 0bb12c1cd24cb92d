"""Headings that open a page's list of what it drew on ("Sources", "References",
"Mentioned in this episode"): the list under them is the article's, not a rail of other
stories, and it credits the outlets it links to. Shared by content (which keeps such a
list) and sources (which reads it); claims read nothing under an apparatus heading and
nothing in a labelled caption."""

from __future__ import annotations

import re

from aggregator.text import norm

_MEDIA_LABEL = re.compile(r"\s*(?:PHOTOS?|PICTURES?|GALLERY|WATCH|VIDEO|LISTEN)\s*:", re.I)
# Headings of a page's scholarly apparatus: what is under them cites, it claims nothing.
_APPARATUS = re.compile(r"(?:references|notes|citations|footnotes|sources|bibliography|external links|further reading)"
                        r"\s*(?:\[edit\])?", re.I)

SOURCES_HEADINGS = frozenset({
    "source", "sources", "references", "sources and references", "source s",
    "mentioned in this episode", "mentioned in the episode", "mentioned in this article",
    "links from this episode", "links from the episode", "links mentioned",
})


def is_sources_heading_text(text: str) -> bool:
    """True for the text of a heading that opens a list of sources."""
    return norm(text.rstrip(":")) in SOURCES_HEADINGS


def is_apparatus_heading(text: str) -> bool:
    """A "References" / "Notes" / "Sources" heading: what is under it cites, it claims nothing."""
    return _APPARATUS.fullmatch(text.strip()) is not None


def is_media_label(text: str) -> bool:
    """A "PHOTOS:" / "WATCH:" / "VIDEO:" label: the text is a caption."""
    return _MEDIA_LABEL.match(text) is not None

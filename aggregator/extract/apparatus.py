"""Headings that open a page's list of what it drew on ("Sources", "References",
"Mentioned in this episode"): the list under them is the article's, not a rail of other
stories, and it credits the outlets it links to. Shared by content (which keeps such a
list) and sources (which reads it)."""

from __future__ import annotations

from aggregator.text import norm

SOURCES_HEADINGS = frozenset({
    "source", "sources", "references", "sources and references", "source s",
    "mentioned in this episode", "mentioned in the episode", "mentioned in this article",
    "links from this episode", "links from the episode", "links mentioned",
})


def is_sources_heading_text(text: str) -> bool:
    """True for the text of a heading that opens a list of sources."""
    return norm(text.rstrip(":")) in SOURCES_HEADINGS

"""Which URLs a live crawl follows: articles, section pages and their pagination.

Outlets differ, but article URLs share a shape: a long hyphenated slug
(`/tv/the-witcher-season-2-release-date/`), often under a date
(`/2021/06/18/...`). Section pages are short paths (`/tv/`, `/netflix/`) and
their pagination (`/tv/page/2/`, `?page=2`). Everything else (tags, authors,
search, logins, media files) is skipped so a crawl stays on the news.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal
from urllib.parse import parse_qs, urlsplit

UrlKind = Literal["article", "section", "skip"]

MEDIA_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".css", ".js", ".pdf", ".mp4",
                    ".mp3", ".zip", ".ico", ".woff", ".woff2", ".json")
# Path segments that never lead to articles worth extracting.
_SKIP_SEGMENTS = frozenset({
    "tag", "tags", "author", "authors", "search", "login", "logout", "register", "signin", "signup",
    "wp-admin", "wp-login.php", "wp-json", "cart", "account", "subscribe", "newsletter", "privacy",
    "privacy-policy", "terms", "cookie-policy", "contact", "about", "advertise", "careers", "comments",
    "feed", "rss", "cdn-cgi", "share", "print", "gallery", "galleries", "video", "videos", "podcast",
})
_DATE_PATH = re.compile(r"/(19|20)\d{2}/\d{1,2}(/\d{1,2})?/")
_PAGINATION = re.compile(r"/page/\d+/?$")
_SLUG_WORDS = 3   # an article slug has at least this many hyphen-separated words


def on_domains(url: str, domains: Iterable[str]) -> bool:
    """True when the URL's host is one of `domains` or a subdomain of one."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


def classify(url: str) -> UrlKind:
    """article, section (listing or pagination) or skip."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "skip"
    path = parts.path or "/"
    if path.lower().endswith(MEDIA_EXTENSIONS):
        return "skip"
    segments = [s for s in path.split("/") if s]
    if any(s.lower() in _SKIP_SEGMENTS for s in segments):
        return "skip"
    query = parse_qs(parts.query)
    if set(query) - {"page", "p", "paged"}:
        return "skip"  # share links, trackers, filters: the same pages under endless URLs
    if _PAGINATION.search(path) or query:
        return "section"
    if not segments:
        return "section"  # the home page
    slug = segments[-1].lower().removesuffix(".html").removesuffix(".htm")
    words = [w for w in re.split(r"[-_]", slug) if w]
    if len(words) >= _SLUG_WORDS or _DATE_PATH.search(path + "/"):
        return "article"
    return "section" if len(segments) <= 2 else "skip"

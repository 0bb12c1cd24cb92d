"""Registrable domains ("www.screenrant.com" -> "screenrant.com"), offline.

tldextract normally downloads the Public Suffix List on first use; we pin it to
the snapshot it ships so extraction never touches the network.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import tldextract

# The list's private section counts: a blog at tvhunches.blogspot.com is its own site, not
# Blogger's (the same for *.github.io, *.wordpress.com and the like).
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


def registrable_domain(url_or_host: str | None) -> str | None:
    """Return the registrable domain of a URL or host name, or None if it has none.

    >>> registrable_domain("https://www.bbc.co.uk/news/x")
    'bbc.co.uk'
    >>> registrable_domain("https://tvhunches.blogspot.com/2026/02/x.html")
    'tvhunches.blogspot.com'
    """
    if not url_or_host:
        return None
    text = url_or_host.strip()
    host = urlsplit(text).hostname if "//" in text else text.split("/")[0].split(":")[0]
    if not host:
        return None
    return _host_domain(host.lower().rstrip("."))


# Cached by host, not by URL: a crawl sees thousands of URLs (each one a miss, and an
# entry kept) but a handful of hosts.
@lru_cache(maxsize=65536)
def _host_domain(host: str) -> str | None:
    parts = _EXTRACT(host)
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


# Links that only pass a reader on: a web archive's capture, a search engine's or a social
# network's redirect. The outlet a page credits is the page they lead to.
_WRAPPED = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/(?P<url>https?://.+)$", re.I)
_REDIRECT = re.compile(r"^https?://(?:www\.)?(?:google\.[a-z.]+/url|l\.facebook\.com/l\.php|l\.instagram\.com/)"
                       r"\?(?:[^#]*&)?(?:q|u|url)=(?P<url>https?[^&#]+)", re.I)


# Google's translation proxy: "https://variety-com.translate.goog/path?_x_tr_sl=pt&_x_tr_tl=en" is
# variety.com's page (the host's dots written as hyphens, its hyphens doubled).
_TRANSLATED = re.compile(r"^(?P<scheme>https?://)(?P<host>[a-z0-9-]+)\.translate\.goog(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?",
                         re.I)
_PROXY_PARAM = re.compile(r"^_x_tr_\w+=")


def unwrap_redirect(href: str) -> str:
    """The URL a web-archive capture, a translation proxy or a redirect link leads to
    ("https://web.archive.org/web/20260119054212/https://tvline.com/…" -> "https://tvline.com/…",
    "https://tvline-com.translate.goog/…?_x_tr_sl=pt" -> "https://tvline.com/…"); other URLs as
    they are."""
    if ".translate.goog" in href:
        match = _TRANSLATED.match(href)
        if match:
            host = match.group("host").replace("--", "\0").replace("-", ".").replace("\0", "-")
            query = "&".join(p for p in (match.group("query") or "").split("&") if p and not _PROXY_PARAM.match(p))
            return f"{match.group('scheme')}{host}{match.group('path') or '/'}{'?' + query if query else ''}"
        return href
    if "web.archive.org/web/" in href:
        match = _WRAPPED.match(href)
        return match.group("url") if match else href
    if "url" in href or "l.php" in href or "instagram" in href:
        match = _REDIRECT.match(href)
        return unquote(match.group("url")) if match else href
    return href

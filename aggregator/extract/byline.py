"""The byline: "By Jane Doe", "Posted by X on Monday, March 1, 2021", a forum's
"Posted by u/name" with its <time datetime>.

Read after JSON-LD and <meta> tags, for the author and published date they leave empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from itertools import islice

import lxml.etree
import lxml.html

from aggregator.extract.htmltext import clean_text as _clean
from aggregator.extract.htmltext import document_iter as _document_iter
from aggregator.extract.htmltext import text_content
from aggregator.extract.pagedates import parse_date, parse_human_date

# Byline elements: these tags whose class, rel or id names a byline or a date
# (substring tests, as XPath contains() would). A Python walk over the tags is
# several times faster than the same test as an XPath predicate in libxml2.
_BYLINE_TAGS = ("div", "span", "p", "address", "small", "header", "li", "a", "time")
_BYLINE_CLASS = re.compile(r"byline|author|posted|meta|dateline|date|time|pub|firma|autore|autor|auteur")
# The contains() pre-test (every prefix below holds "by", "By" or "BY") is much
# cheaper than normalize-space() on every text node of the page.
_BYLINE_TEXT_XPATH = ("//text()[contains(., 'by') or contains(., 'By') or contains(., 'BY')][starts-with(normalize-space(), 'Posted by') or starts-with(normalize-space(), 'By ')"
                      " or starts-with(normalize-space(), 'posted by') or starts-with(normalize-space(), 'BY ')]")
_BYLINE_TEXTS = lxml.etree.XPath(_BYLINE_TEXT_XPATH)
# Every text node is a substring of the document's string value, so a text node
# whose normalized form starts with one of the prefixes above implies a match
# here (normalize-space only treats space, tab, CR and LF as whitespace).
_DOCUMENT_TEXT = lxml.etree.XPath("string(/)")
_BYLINE_HINT = re.compile(r"[Pp]osted[ \t\r\n]+by|(?:By|BY)[ \t\r\n]+[^ \t\r\n]")
# ("di", "por", "par", "von": the English edition of an Italian, Spanish, French or German site)
_BY = re.compile(r"^\s*(?:posted\s+|written\s+|words\s+|story\s+)?(?:by|di|por|par|von)[:\s]+(.+?)"
                 r"(?:\s+(?:on|at|in|and\s+last|[-|–—•·,])\s+.*|\s*\|.*|\s+\d.*"
                 # "By Kendra Mbeki June 15, 2026": the stamp right after the name
                 r"|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d.*)?$", re.IGNORECASE)
_POSTED_BY = re.compile(r"\b[Pp]osted\s+by\s")
_FORUM_USER = re.compile(r"^u/([\w-]{3,})")
_USERNAME = re.compile(r"[\w.-]{3,30}")
_ROLE_AFTER = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# What a byline's name starts with: a capital, not "By clicking Submit, you agree ...".
_NAMEISH = re.compile(r"[\"“]?[A-Z\u00C0-\u024F]")


def _byline_elements(root: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    for el in _document_iter(root, *_BYLINE_TAGS):
        cls = el.get("class")
        if cls and _BYLINE_CLASS.search(cls):
            yield el
            continue
        rel, ident = el.get("rel"), el.get("id")
        if (rel and "author" in rel) or (ident and ("byline" in ident or "date" in ident)):
            yield el


def read_byline(root: lxml.html.HtmlElement, author_first: bool = False) -> tuple[str | None, datetime | date | None]:
    """(author, published) from the byline; `author_first` reads elements whose class says
    "author" before the rest (a byline row also holding "AP Television Writer")."""
    author: str | None = None
    published: datetime | date | None = None
    # Class-named byline elements first, then any short "Posted by"/"By" line
    # (Blogger-era footers carry no telling class).
    def elements() -> Iterator[lxml.html.HtmlElement]:
        named = list(islice(_byline_elements(root), 12))
        if author_first:
            named.sort(key=lambda el: "author" not in (el.get("class") or ""))
        yield from named
        # Only searched when the class-named elements leave a field empty, and
        # only when the page text could hold such a line at all: the text-node
        # XPath costs a ms on a big page, the whole-document string a tenth of it.
        if _BYLINE_HINT.search(_DOCUMENT_TEXT(root)):
            yield from (t.getparent() for t in _BYLINE_TEXTS(root)[:6])

    for el in elements():
        text = _clean(text_content(el))
        if not text or len(text) > 200:
            continue
        if author is None:
            # A text node of its own first ("By ANDREW DALTON<br>AP Entertainment Writer"),
            # then the element's whole text ("By <a>Jane Doe</a>"), then its "Posted by …"
            # after a forum's channel name ("t/television · Posted by u/name 5 hr. ago").
            pieces = [p for p in (_clean(t) for t in el.itertext()) if p]
            posted = _POSTED_BY.search(text)
            tail = [text[posted.start():]] if posted and posted.start() > 0 else []
            # "Post by <strong><a>telly_addict_73</a></strong> » Tue 16 Feb": a forum's poster, the
            # name its own piece after a bare "by" (any username, lower-case too).
            poster = next((pieces[i + 1] for i, p in enumerate(pieces[:-1])
                           if p.lower() in ("by", "by:", "post by", "posted by")), None)
            if poster and _USERNAME.fullmatch(poster):
                author = poster
            for m in (_BY.match(piece) for piece in ([] if author else [*pieces, text, *tail])):
                if not m:
                    continue
                user = _FORUM_USER.match(m.group(1))    # a forum's "u/name" is the name
                if user:
                    author = user.group(1)
                    break
                if 2 < len(m.group(1)) <= 80 and _NAMEISH.match(m.group(1)):
                    # "Posted by Dawn Kowalczyk (webmistress)": a role in parentheses is no name
                    author = _ROLE_AFTER.sub("", m.group(1)).strip(" ,|")
                    break
        if published is None:
            # A <time datetime> inside the byline ("5 hr. ago" is for people; the attribute is exact).
            stamp = next((t.get("datetime") for t in el.iter("time") if t.get("datetime")), None)
            published = (parse_date(stamp) if stamp else None) or parse_human_date(text)
        if author and published:
            break
    return author, published


_NON_WORD = re.compile(r"\W+")


def without_outlet(author: str, site: str) -> str:
    """"Dana Whitlock, Dial Report" -> "Dana Whitlock": a byline's trailing outlet name (the
    site's name, or the name its domain spells) is not the writer."""
    name, _, tail = author.rpartition(", ")
    key, site_key = _NON_WORD.sub("", tail.lower()), _NON_WORD.sub("", site.lower())
    return name if len(key) >= 4 and (key == site_key or key in site_key) else author

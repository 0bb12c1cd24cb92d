"""Bytes to a parsed `Document`: decoding, sniffing non-HTML, lxml parsing.

`parse_document` is the single entry point of the extraction layer: it decodes
the saved bytes, refuses what is not HTML with an `ExtractionError`, parses with
lxml (which repairs broken markup), reads the page metadata and then the
main-content blocks. Pure: no Scrapy, no database.
"""

from __future__ import annotations

import json
import re
import threading

import lxml.etree
import lxml.html
from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

from aggregator.extract.content import extract_blocks
from aggregator.extract.document import Document
from aggregator.extract.errors import ExtractionError
from aggregator.extract.htmltext import first_title, text_content
from aggregator.extract.metadata import extract_metadata, read_jsonld
from aggregator.extract.reveal import needs_reveal, reveal_hidden
from aggregator.extract.shadowdom import compose_shadow_roots

__all__ = ["MAX_BYTES", "decode_html", "parse_document"]

# Article pages are well under 1 MB; beyond 5 MB is inlined media or a data dump,
# and parsing it would only cost time. The head and the article come first.
MAX_BYTES = 5 * 1024 * 1024

# Single-byte Western encodings that saved pages often declare while actually
# holding UTF-8 (re-saved by a tool) -- valid multi-byte UTF-8 is almost never
# real cp1252 text, so it wins over such a declaration.
_WESTERN = {"cp1252", "latin_1", "iso8859_1", "iso8859_15", "ascii", "windows-1252"}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"PK\x03\x04", "ZIP archive (docx/epub/zip)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"7z\xbc\xaf", "7-zip archive"),
    (b"\x00\x00\x00", "binary data"),
    (b"WARC/", "WARC archive (extract the records first)"),
    (b"{\\rtf", "RTF document"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
)
_HTML_HINT = re.compile(
    r"<(?:!doctype\s+html|html|head|body|title|meta|p|div|article|main|table|br|span|a|h[1-6]|section|font|center|td)\b",
    re.IGNORECASE,
)
# text.lstrip()[:5].lower() == "<?xml", without copying a page that opens with whitespace
# (\s and str.strip() agree on whitespace; no other letter folds onto x, m or l).
_XML_START = re.compile(r"\s*<\?xml", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)


def _utf8_or_none(body: bytes) -> str | None:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A page cut at MAX_BYTES may end inside a multi-byte character.
        if exc.start >= len(body) - 3 and exc.reason == "unexpected end of data":
            return body[: exc.start].decode("utf-8")
        return None


def _auto_detect(body: bytes) -> str:
    """Undeclared pages: UTF-8 when it decodes cleanly, else Windows-1252 (the
    de-facto Western legacy encoding that browsers use for ISO-8859-1 too)."""
    return "utf-8" if _utf8_or_none(body) is not None else "cp1252"


def _mostly_utf8(body: bytes) -> bool:
    """A page declared UTF-8 whose non-ASCII bytes are mostly invalid UTF-8 is
    really a legacy single-byte page; a few bad bytes in real UTF-8 are not."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return bad * 2 <= non_ascii


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode saved HTML bytes to text; never raises on bad bytes.

    Order: byte-order mark, HTTP charset (`content_type`), <meta charset> or
    http-equiv, then sniffing (strict UTF-8, else Windows-1252) via w3lib's
    `html_to_unicode`. A declared UTF-8 that is mostly invalid falls back to
    Windows-1252; a declared Western single-byte encoding over valid multi-byte
    UTF-8 yields to UTF-8. Undecodable bytes become U+FFFD.
    """
    if isinstance(body, str):
        return body
    bom_enc, bom = read_bom(body)
    if bom_enc:
        return body[len(bom):].decode(bom_enc, errors="replace")
    declared = http_content_type_encoding(content_type) if content_type else None
    declared = declared or html_body_declared_encoding(body[:8192])
    if declared:
        enc = resolve_encoding(declared) or declared
        norm = enc.lower().replace("-", "_")
        if norm in ("utf_8", "utf8"):
            strict = _utf8_or_none(body)
            if strict is not None:
                return strict
            if not _mostly_utf8(body):
                return body.decode("cp1252", errors="replace")
            return body.decode("utf-8", errors="replace")
        if norm in _WESTERN or norm.startswith("iso8859_1") or norm == "windows_1252":
            strict = _utf8_or_none(body)
            if strict is not None and not strict.isascii():
                return strict
    if not declared:
        # What html_to_unicode would do here (no BOM, no declaration: sniff, then
        # decode with replacement), without decoding a valid UTF-8 page twice.
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return body.decode(_auto_detect(body), errors="replace")
    try:
        _, text = html_to_unicode(content_type, body, auto_detect_fun=_auto_detect)
    except (LookupError, ValueError):  # unknown or broken codec name in a declaration
        text = body.decode(_auto_detect(body), errors="replace")
    return text


def _sniff_binary(body: bytes) -> None:
    head = body[:1024]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ExtractionError(f"not HTML: {what}")
    if head and head.count(b"\x00") > len(head) // 10:
        raise ExtractionError("not HTML: binary data")


def _sniff_text(text: str, content_type: str | None) -> None:
    stripped = text.lstrip("\ufeff \t\r\n")  # the same object when nothing is stripped: no copy
    if not stripped or stripped.isspace():  # strip() would copy the whole page
        raise ExtractionError("empty page")
    if stripped[0] in "{[":
        try:
            json.loads(stripped[:MAX_BYTES])
        except ValueError:
            pass
        else:
            raise ExtractionError("not HTML: JSON document")
    if not _HTML_HINT.search(stripped, 0, 65536):  # the first 64 KiB, without copying them
        kind = (content_type or "").split(";")[0].strip().lower()
        what = kind if kind and kind != "text/html" else "no HTML markup"
        raise ExtractionError(f"not HTML: {what}")


# Every element gets lxml's plain C-level element class: lxml.html's own
# HtmlElementClassLookup calls back into Python for each element proxy (to hand
# <form>/<input>/<label> their form classes), and even a default lookup to
# HtmlElement (a Python subclass) makes each proxy cost half as much again;
# proxies are created by the tens of thousands on a big page. Extraction uses no
# HtmlElement method (`htmltext.text_content` stands in for text_content()).
_LOOKUP = lxml.etree.ElementDefaultClassLookup()
# One parser per thread: lxml parsers keep state and must not be shared across threads.
_PARSERS = threading.local()


def _parser(encoding: str | None) -> lxml.etree.HTMLParser:
    parsers = getattr(_PARSERS, "parsers", None)
    if parsers is None:
        parsers = _PARSERS.parsers = {}
    parser = parsers.get(encoding)
    if parser is None:
        # No table of id attributes (collect_ids): nothing looks elements up by id, and
        # filling it costs the parser a hash insertion per id.
        parser = lxml.etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True,
                                       huge_tree=False, default_doctype=False, encoding=encoding,
                                       collect_ids=False)
        parser.set_element_class_lookup(_LOOKUP)
        parsers[encoding] = parser
    return parser


def _parse_tree(text: str) -> lxml.etree._Element:
    if _XML_START.match(text):  # lxml refuses str input with an encoding declaration
        text = _XML_DECL.sub("", text, count=1)
    # libxml2 reads UTF-8 natively: a str holding any character past U+00FF would
    # be handed over as UTF-16/UCS-4 and converted, which costs more than encoding
    # it here. The explicit encoding overrides <meta charset>, as it does for str.
    source: str | bytes = text
    if "\x00" not in text:
        try:
            source = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates in a str given by the caller
            source = text
    try:
        root = lxml.html.document_fromstring(source, parser=_parser("utf-8" if isinstance(source, bytes) else None))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from None
    if root is None:
        raise ExtractionError("empty page")
    return root


def parse_document(body: bytes | str, url: str | None = None,
                   content_type: str | None = None) -> Document:
    """Parse a saved page into a `Document` (metadata + main-content blocks).

    `url` is the page URL when known (it wins over what the page says about
    itself); without it the URL comes from a `<!-- saved from url=(N)... -->`
    comment, the canonical link or og:url. Raises `ExtractionError` for empty or
    non-HTML input (binary, PDF, JSON, plain text). Input beyond `MAX_BYTES` is
    ignored.
    """
    if isinstance(body, (bytes, bytearray, memoryview)):
        raw = bytes(body[:MAX_BYTES])
        if not raw or raw.isspace():  # strip() would copy the whole page
            raise ExtractionError("empty page")
        _sniff_binary(raw)
        text = decode_html(raw, content_type)
    elif isinstance(body, str):
        text = body[:MAX_BYTES]
    else:
        raise ExtractionError(f"not HTML: unsupported input type {type(body).__name__}")
    _sniff_text(text, content_type)
    saved = _SAVED_FROM.search(text, 0, 4096)
    root = _parse_tree(text)
    if "shadowroot" in text or "shadowRoot" in text:   # the attribute's usual spellings (shadowdom.py)
        compose_shadow_roots(root)
    if needs_reveal(text):
        reveal_hidden(root, text)
    jsonld = read_jsonld(root)
    meta = extract_metadata(root, url=url, jsonld=jsonld,
                            saved_from=saved.group(1) if saved else None)
    title_el = first_title(root)
    html_title = text_content(title_el).strip() if title_el is not None else None
    blocks = extract_blocks(root, meta, jsonld)
    return Document(meta=meta, blocks=blocks, jsonld=jsonld, html_title=html_title or None)

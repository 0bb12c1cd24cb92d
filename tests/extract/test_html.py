"""Decoding and parsing: charsets, non-HTML input, broken and huge pages."""

from __future__ import annotations

import json

import pytest

from aggregator.extract.errors import ExtractionError
from aggregator.extract.html import MAX_BYTES, decode_html, parse_document

NAME = "Pénélope Cruz and Zoë Kravitz — “season 2”"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>T</title></head><body>{body}</body></html>"


# --- decode_html -----------------------------------------------------------

def test_utf8_bom_wins_over_wrong_declaration() -> None:
    raw = b"\xef\xbb\xbf" + page(f"<p>{NAME}</p>", '<meta charset="iso-8859-1">').encode("utf-8")
    assert NAME in decode_html(raw)


def test_utf16_bom() -> None:
    raw = b"\xff\xfe" + page(f"<p>{NAME}</p>").encode("utf-16-le")
    assert NAME in decode_html(raw)


def test_http_charset() -> None:
    raw = page("<p>Pénélope Cruz</p>").encode("cp1252")
    assert "Pénélope Cruz" in decode_html(raw, "text/html; charset=windows-1252")


def test_meta_charset_and_http_equiv() -> None:
    raw = page("<p>Zoë Kravitz</p>", '<meta charset="windows-1252">').encode("cp1252")
    assert "Zoë Kravitz" in decode_html(raw)
    raw = page("<p>Zoë Kravitz</p>",
               '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').encode("cp1252")
    assert "Zoë Kravitz" in decode_html(raw)


def test_undeclared_cp1252_with_smart_quotes() -> None:
    # Windows-1252 bytes: 0x93/0x94 curly quotes and 0x96 en dash, undeclared.
    raw = page("<p>Ren\xe9e Zellweger \x93returns\x94 \x96 Chlo\xeb</p>").encode("latin-1")
    text = decode_html(raw)
    assert "Renée Zellweger “returns” – Chloë" in text


def test_declared_utf8_but_really_cp1252() -> None:
    raw = page("<p>Pen\xe9lope Cruz and Zo\xeb</p>", '<meta charset="utf-8">').encode("latin-1")
    assert "Penélope Cruz and Zoë" in decode_html(raw, "text/html; charset=utf-8")


def test_declared_latin1_but_really_utf8() -> None:
    raw = page(f"<p>{NAME}</p>", '<meta charset="iso-8859-1">').encode("utf-8")
    assert NAME in decode_html(raw)


def test_bad_bytes_never_crash() -> None:
    raw = page("<p>ok</p>").encode() + b"\xff\xfe\xfa\x80\x81 tail"
    assert "ok" in decode_html(raw, "text/html; charset=utf-8")
    assert "ok" in decode_html(raw, "text/html; charset=no-such-codec")


def test_str_passes_through() -> None:
    assert decode_html("<p>é</p>") == "<p>é</p>"  # type: ignore[arg-type]


# --- non-HTML input ----------------------------------------------------------

@pytest.mark.parametrize("body, message", [
    (b"", "empty page"),
    (b"   \n\t  ", "empty page"),
    ("   ", "empty page"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
    (json.dumps({"title": "Season 2", "items": [1, 2]}).encode(), "JSON"),
    (b"just some plain text, no markup at all", "not HTML"),
])
def test_non_html_raises_one_line_error(body: bytes | str, message: str) -> None:
    with pytest.raises(ExtractionError) as info:
        parse_document(body)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_extraction_error_is_a_value_error() -> None:
    assert issubclass(ExtractionError, ValueError)


# --- parsing -----------------------------------------------------------------

def test_broken_html_still_parses() -> None:
    html = ("<html><head><title>Broken page</title><body><div><p>First paragraph, never closed, "
            "and it keeps going for a while so that it counts as prose.<p>Second paragraph, also long enough "
            "to count as a real sentence in the article.</div></span></b><table><tr><td>cell")
    doc = parse_document(html)
    texts = [b.text for b in doc.blocks]
    assert any(t.startswith("First paragraph") for t in texts)
    assert any(t.startswith("Second paragraph") for t in texts)


def test_xml_declaration_and_control_chars() -> None:
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<html><head><title>X</title></head><body>'
            "<p>Control\x0b characters \x00 do not stop the parser, and this sentence is long enough.</p></body></html>")
    doc = parse_document(html.encode("utf-8"))
    assert "Control" in doc.blocks[0].text


def test_huge_page_is_capped() -> None:
    para = "<p>" + "Long sentence about the show, season two and its cast. " * 20 + "</p>"
    head = "<html><head><title>Huge</title></head><body><article>"
    body = (head + para * (MAX_BYTES // len(para) + 50)).encode()
    assert len(body) > MAX_BYTES
    doc = parse_document(body)
    assert doc.meta.title == "Huge"
    assert doc.blocks


def test_document_fields() -> None:
    html = page("<article><p>Some article text that is long enough to be a paragraph, really.</p></article>",
                '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}</script>')
    doc = parse_document(html, url="https://www.example.com/a")
    assert doc.html_title == "T"
    assert doc.jsonld == [{"@type": "NewsArticle", "headline": "H"}]
    assert doc.meta.url == "https://www.example.com/a"
    assert doc.meta.domain == "example.com"


def test_extraction_reads_element_text_through_htmltext() -> None:
    # parse_document builds lxml's plain elements (cheaper than lxml.html's HtmlElement), which have
    # no .text_content(): extraction code calls htmltext.text_content(el) instead.
    from pathlib import Path

    import aggregator.extract as package
    offenders = [f"{p.name}:{n}" for p in Path(package.__file__).parent.glob("*.py") if p.name != "htmltext.py"
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if ".text_content()" in line]
    assert offenders == []

"""Any bytes in: a schema-valid Article or a one-line ExtractionError, never a crash."""

from __future__ import annotations

import json
import random

import jsonschema
import pytest

from aggregator.extract import ExtractionError, extract_article
from tests.conftest import ROOT, SITES

SCHEMA = json.loads((ROOT / "aggregator/schemas/extraction.schema.json").read_text())
SEED_PAGE = (SITES / "streamwise/2020/06/14/star-trek-picard-season-2-release-date-cast-plot-and-more-updates.html")


def outcome(body: bytes) -> str:
    try:
        article = extract_article(body, url="https://www.example.com/x")
    except ExtractionError as exc:
        message = str(exc)
        assert message and "\n" not in message
        return "error"
    jsonschema.validate(article.to_dict(), SCHEMA)
    return "article"


@pytest.mark.parametrize("body", [
    b"", b"   \n\t", b"\x00" * 100, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b'{"json": true}', b"\x89PNG\r\n\x1a\n" * 50,
    b"<html", b"<<<<>>>><p>", b"<html><body><p>unclosed <b>bold <i>italic", b"<!-- only a comment -->",
    "<html><head><meta charset='utf-8'></head><body><p>Zoë Saldaña returns.</p></body></html>".encode("cp1252"),
    "<html><head><meta charset='windows-1252'></head><body><p>Zoë returns in Season 2 on March 3, 2022.</p>".encode(),
    b"<html><body>" + b"<div>" * 5000 + b"Season 2 premieres March 3, 2022." + b"</div>" * 5000 + b"</body></html>",
])
def test_hostile_inputs(body):
    assert outcome(body) in {"error", "article"}


def test_empty_and_binary_are_errors_not_articles():
    assert outcome(b"") == "error"
    assert outcome(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") == "error"


def test_random_mutations_of_a_real_page_never_crash():
    page = SEED_PAGE.read_bytes()
    rng = random.Random(20261128)
    for _ in range(60):
        data = bytearray(page)
        for _ in range(rng.randint(1, 40)):
            op = rng.random()
            pos = rng.randrange(len(data))
            if op < 0.4:
                data[pos] = rng.randrange(256)
            elif op < 0.7:
                del data[pos:pos + rng.randint(1, 200)]
            else:
                data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
        assert outcome(bytes(data)) in {"error", "article"}


def test_huge_page_is_read_without_error():
    filler = b"<p>" + b"Filler text about nothing in particular. " * 50 + b"</p>"
    body = SEED_PAGE.read_bytes().replace(b"</body>", filler * 4000 + b"</body>")
    assert len(body) > 8_000_000
    assert outcome(body) == "article"

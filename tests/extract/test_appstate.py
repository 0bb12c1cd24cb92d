"""An article body that only a Next.js app state holds (extract/appstate.py)."""

from __future__ import annotations

import json

from aggregator.extract.appstate import app_state_blocks
from aggregator.extract.html import parse_document

BODY = [
    {"type": "paragraph", "children": [{"type": "text", "text": "Sable Coast season 2 arrives on "},
                                       {"type": "text", "text": "HBO Max in July 2026, "},
                                       {"type": "link", "url": "https://variety.com/2026/tv/sable-coast/",
                                        "children": [{"type": "text", "text": "Variety"}]},
                                       {"type": "text", "text": " reported."}]},
    {"type": "heading", "level": 2, "children": [{"type": "text", "text": "Who is back"}]},
    {"type": "list", "children": [
        {"type": "list-item", "children": [{"type": "text", "text": "Noor Haddad as Leila"}]},
        {"type": "list-item", "children": [{"type": "text", "text": "Callum Frost as Ben"}]}]},
]


def test_a_rich_text_tree_becomes_blocks_with_links() -> None:
    state = json.dumps({"props": {"pageProps": {"article": {"title": "t", "body": BODY}}}})
    blocks = app_state_blocks(state, "https://www.plotline.tv/news/x")
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Sable Coast season 2 arrives on HBO Max in July 2026, Variety reported."),
        ("heading", "Who is back"), ("item", "Noor Haddad as Leila"), ("item", "Callum Frost as Ben")]
    assert [(link.href, link.text) for link in blocks[0].links] == [("https://variety.com/2026/tv/sable-coast/", "Variety")]
    # Broken or absent state gives nothing.
    assert app_state_blocks("{not json", None) == [] and app_state_blocks(None, None) == []


def test_a_thin_page_reads_its_app_state_and_a_full_page_does_not() -> None:
    state = json.dumps({"props": {"pageProps": {"article": {"body": BODY * 3}}}})
    script = f'<script id="__NEXT_DATA__" type="application/json">{state}</script>'
    thin = parse_document(f"<html><body><h1>Sable Coast season 2</h1><p>A short teaser.</p>{script}</body></html>")
    assert any("arrives on HBO Max in July 2026" in b.text for b in thin.blocks)
    prose = " ".join(["The visible article is long enough to stand on its own, sentence after sentence."] * 8)
    full = parse_document(f"<html><body><article><h1>Sable Coast season 2</h1><p>{prose}</p></article>"
                          f"{script}</body></html>")
    assert not any("arrives on HBO Max" in b.text for b in full.blocks)

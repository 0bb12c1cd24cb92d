"""Declarative shadow roots are composed as a browser renders them (extract/shadowdom.py)."""

from __future__ import annotations

import lxml.html

from aggregator.extract.html import parse_document
from aggregator.extract.shadowdom import compose_shadow_roots


def _compose(html: str) -> str:
    root = lxml.html.fromstring(html)
    compose_shadow_roots(root)
    return lxml.html.tostring(root, encoding="unicode")


def test_named_and_default_slots_take_the_hosts_children():
    html = ('<div><cast-card><template shadowrootmode="open"><figcaption><slot name="actor"></slot> as '
            '<slot name="role"></slot><slot></slot></figcaption></template>'
            '<span slot="role">Pip</span><span slot="actor">Zoe Park</span><b>!</b></cast-card></div>')
    assert _compose(html) == ('<div><cast-card><figcaption><span slot="actor">Zoe Park</span> as '
                              '<span slot="role">Pip</span><b>!</b></figcaption></cast-card></div>')


def test_unassigned_children_are_not_rendered_and_fallback_shows():
    html = ('<div><x-box><template shadowroot="open"><p><slot name="a">fallback</slot></p></template>'
            '<span slot="zzz">hidden</span></x-box></div>')
    assert _compose(html) == "<div><x-box><p>fallback</p></x-box></div>"


def test_an_inert_template_is_left_alone():
    html = '<div><template><p>inert</p></template></div>'
    assert _compose(html) == html


def test_nested_shadow_roots_compose_inside_out():
    html = ('<div><outer-el><template shadowrootmode="open"><section><inner-el>'
            '<template shadowrootmode="open"><em><slot></slot></em></template>deep</inner-el>'
            '<slot></slot></section></template><p>light</p></outer-el></div>')
    assert _compose(html) == ('<div><outer-el><section><inner-el><em>deep</em></inner-el>'
                              '<p>light</p></section></outer-el></div>')


def test_an_article_inside_a_shadow_root_is_the_page_body():
    page = ("<html><head><title>Harbor Lights Season 2</title></head><body><main><news-article>"
            '<template shadowrootmode="open"><article><slot name="headline"></slot><slot></slot></article></template>'
            '<h1 slot="headline">Harbor Lights Season 2 premieres in May</h1>'
            "<p>Harbor Lights returns for its second season on May 3, 2024, the network announced on Tuesday.</p>"
            "<p>Filming wrapped in Vancouver in December, and the first trailer is due next month.</p>"
            "</news-article></main></body></html>")
    texts = [b.text for b in parse_document(page).blocks]
    assert any("returns for its second season on May 3, 2024" in t for t in texts)

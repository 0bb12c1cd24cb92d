"""Streamed Suspense segments and "Continue reading" folds are read where a reader sees them
(extract/reveal.py)."""

from __future__ import annotations

import lxml.html

from aggregator.extract.html import parse_document
from aggregator.extract.reveal import reveal_hidden

_FILLER = "".join(f"<p>Paragraph {n} of the story says something about the cast and the crew of the show.</p>"
                  for n in range(3))


def _reveal(html: str) -> tuple[int, str]:
    root = lxml.html.fromstring(html)
    done = reveal_hidden(root, html)
    return done, lxml.html.tostring(root, encoding="unicode")


def test_segment_moves_to_its_boundary():
    html = ('<div><article><p>Lead.</p><template id="B:0"></template><div aria-busy="true">Loading…</div></article>'
            '<div hidden id="S:0"><p>Body one.</p><p>Body two.</p></div>'
            '<script>$RC("B:0","S:0")</script></div>')
    done, out = _reveal(html)
    assert done == 1
    assert out.startswith('<div><article><p>Lead.</p><p>Body one.</p><p>Body two.</p><div aria-busy="true">')
    assert 'id="S:0"' not in out and "<template" not in out


def test_segment_without_its_script_stays_hidden():
    html = ('<div><template id="B:0"></template><div hidden id="S:0"><p>Body.</p></div>'
            '<script>$RC("B:1","S:1")</script></div>')
    done, out = _reveal(html)
    assert done == 0 and 'hidden id="S:0"' in out


def test_continue_reading_unfolds_its_target_only():
    html = ('<div><p>Lead.</p><button aria-expanded="false" aria-controls="rest">Continue reading</button>'
            '<div id="rest" aria-hidden="true"><p>The rest.</p></div>'
            '<button aria-expanded="false" aria-controls="menu">Menu</button><div id="menu" hidden>Nav</div></div>')
    done, out = _reveal(html)
    assert done == 1
    assert '<div id="rest"><p>The rest.</p></div>' in out and '<div id="menu" hidden>' in out


def test_a_popup_control_is_no_fold():
    html = ('<div><button aria-haspopup="dialog" aria-expanded="false" aria-controls="d">Read more</button>'
            '<div id="d" hidden>Sign up</div></div>')
    assert _reveal(html)[0] == 0


def test_parse_document_reads_the_streamed_body_in_place():
    page = ("<html><head><title>T</title></head><body><article><h1>Wren Hill Season 2</h1>"
            "<p>Lead paragraph of the story about the second season of the show.</p>"
            '<template id="B:0"></template><div aria-busy="true"><span>Loading…</span></div></article>'
            '<aside><h2>More from us</h2></aside>'
            f'<div hidden id="S:0">{_FILLER}<p>Season 2 premieres on May 4, 2027.</p></div>'
            '<script>$RC("B:0","S:0")</script></body></html>')
    texts = [b.text for b in parse_document(page).blocks]
    assert "Season 2 premieres on May 4, 2027." in texts
    assert texts.index("Season 2 premieres on May 4, 2027.") > texts.index(
        "Lead paragraph of the story about the second season of the show.")


def test_fold_word_gate_agrees_with_the_pattern():
    # The find-then-match gate (reveal._has_fold_words) says what _FOLD_WORDS.search says,
    # mixed case, runs of whitespace and the letters lower() cannot stand in for included.
    from aggregator.extract.reveal import _FOLD_WORDS, _has_fold_words
    texts = ["Continue\n Reading", "xKEEP  READINGx", "read   the  Whole", "see thefull", "SHOW the\tmore",
             "expand THE story", "Expand the stor", "\u017fhow more", "\u0130 read more", "reads more",
             "view entire", "rhow more", "\u212aeep reading", "already seen", "<a>Read</a> more", ""]
    for text in texts:
        assert _has_fold_words(text) == (_FOLD_WORDS.search(text) is not None), text

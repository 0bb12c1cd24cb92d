"""The whitespace-collapsed text length of each candidate container of a page, read once.

The content chooser (content.py) weighs every candidate's text against its prose; the
candidates are nested in one another, and measuring each one whole would read the page's
text once per nesting level.
"""

from __future__ import annotations

import lxml.html

from aggregator.extract.htmltext import text_content

# Whitespace-collapsed text of a string, summarised so that two summaries
# combine like the strings concatenate: (has a word, collapsed length, starts
# with whitespace, ends with whitespace). Word-less text carries only whether
# it holds whitespace (a word boundary), in both flags.
_Span = tuple[bool, int, bool, bool]
_EMPTY: _Span = (False, 0, False, False)


def _span(text: str | None) -> _Span:
    if not text:
        return _EMPTY
    words = text.split()
    if not words:
        return (False, 0, True, True)
    return (True, len(" ".join(words)), text[0].isspace(), text[-1].isspace())


def _join(a: _Span, b: _Span) -> _Span:
    if not a[0]:
        return (b[0], b[1], a[2] or b[2], b[3] or (a[3] and not b[0]))
    if not b[0]:
        return (True, a[1], a[2], a[3] or b[3])
    return (True, a[1] + b[1] + (1 if a[3] or b[2] else 0), a[2], b[3])


def collapsed_lengths(nodes: list[lxml.html.HtmlElement]) -> dict[lxml.html.HtmlElement, int]:
    """len(" ".join(text_content(node).split())) for each of `nodes`.

    The nodes are a page's candidate containers, nested in one another: taking
    each one's text_content would read the page text once per nesting level.
    Here each node's text is assembled from its children's summaries, a nested
    node's summary is reused by its ancestors, and the text of every other
    subtree is read once. The text between two nested nodes (other children and
    tails) is summarised as one string: a summary of a concatenation is the
    join of the summaries.
    """
    wanted = set(nodes)
    outer = {node.getparent() for node in nodes}
    spans: dict[lxml.html.HtmlElement, _Span] = {}
    return {node: _span_of(node, wanted, outer, spans)[1] for node in nodes}


# Module-level rather than a closure: a recursive closure refers to itself through its
# cell, a reference cycle that kept each page's tree alive until the garbage collector ran.
def _span_of(node: lxml.html.HtmlElement, wanted: set[lxml.html.HtmlElement],
             outer: set[lxml.html.HtmlElement], spans: dict[lxml.html.HtmlElement, _Span]) -> _Span:
    """The summary of `node`'s text (see `collapsed_lengths`), memoised in `spans`."""
    done = spans.get(node)
    if done is not None:
        return done
    if node not in outer:  # innermost: one text_content, not one per child
        spans[node] = acc = _span(text_content(node))
        return acc
    acc = _EMPTY
    run = [node.text or ""]
    for child in node:
        if isinstance(child.tag, str):  # comments and PIs hold no text of the element, only a tail
            if child in wanted:
                acc = _join(_join(acc, _span("".join(run))), _span_of(child, wanted, outer, spans))
                run = []
            else:
                run.append(text_content(child))
        run.append(child.tail or "")
    spans[node] = acc = _join(acc, _span("".join(run)))
    return acc

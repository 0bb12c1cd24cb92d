"""Text laid out line by line: a print edition's text layer, a PDF converted to HTML.

Each printed line there is its own positioned element, so the page reads as dozens of
short "paragraphs" that break mid-sentence ("will pre-" / "miere its second season on").
A short line that ends without a sentence end (or with a hyphen) continues into the next;
such runs are joined back into paragraphs. Only runs of several wrapped lines are joined,
so ordinary short paragraphs, headings and bylines stay apart.
"""

from __future__ import annotations

import re

from aggregator.extract.document import Block

_MAX_LINE = 60         # characters: a printed column line
_MIN_LINE = 20         # shorter is a label or a counter ("0:00 / 6:58", "1.2M subscribers")
_MIN_RUN = 4           # lines: fewer is no column of text
_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")


def _continues(line: Block, nxt: Block) -> bool:
    """`line` runs on into `nxt`, as a wrapped column line does."""
    if line.kind != "paragraph" or nxt.kind != "paragraph" or not _MIN_LINE <= len(line.text) <= _MAX_LINE:
        return False
    if line.text.endswith("-"):
        return True
    return not _SENTENCE_END.search(line.text) and len(nxt.text) <= _MAX_LINE * 2


def _carries_on(line: Block, nxt: Block) -> bool:
    """A hyphen splits a word across the lines, or the next line goes on in lower case."""
    return line.text.endswith("-") or nxt.text[:1].islower()


def join_wrapped_lines(blocks: list[Block]) -> list[Block]:
    """`blocks` with each run of wrapped column lines joined into one paragraph (the text
    as the lines give it, "pre- miere" included); every other block as it was."""
    # A run needs _MIN_RUN - 1 short paragraphs in a row (all but its last line): most
    # pages have none, and their blocks need no closer look.
    short = 0
    for block in blocks:
        short = short + 1 if block.kind == "paragraph" and _MIN_LINE <= len(block.text) <= _MAX_LINE else 0
        if short == _MIN_RUN - 1:
            break
    else:
        return list(blocks)
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j + 1 < len(blocks) and _continues(blocks[j], blocks[j + 1]):
            j += 1
        # A paragraph's last line ends the run (it may be long or end with a full stop). Web
        # chrome (share bars, tag lists) also runs on without full stops, but its lines start
        # in capitals: most joins of a printed column carry on a word or a sentence in lower case.
        strong = sum(1 for k in range(i, j) if _carries_on(blocks[k], blocks[k + 1]))
        if j + 1 - i >= _MIN_RUN and strong * 2 >= j - i:
            run = blocks[i:j + 1]
            out.append(Block("paragraph", " ".join(b.text for b in run),
                             tuple(link for b in run for link in b.links)))
        else:
            out.extend(blocks[i:j + 1])
        i = j + 1
    return out

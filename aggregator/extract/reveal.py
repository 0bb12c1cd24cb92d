"""Text a page holds back for a script or a click, put where a reader sees it.

Two ways a page ships its article hidden, both of which a browser (or a reader's click)
undoes, so reading the page as served would miss the body or read it out of place:

- React's streamed Suspense: the server first sends a fallback ("Loading…") after an empty
  `<template id="B:0">`, then, at the end of the body, the real content in
  `<div hidden id="S:0">` and a script `$RC("B:0","S:0")` that moves the segment's children to
  where the template is. Composed here the same way (the fallback stays: it is chrome that the
  content chooser drops like any "Loading…" box).
- A "Continue reading" / "Read more" button (`aria-controls="rest"`, `aria-expanded="false"`)
  that reveals a hidden element: that element's `hidden` / `aria-hidden` is the fold, not
  boilerplate, and is lifted. A button that opens a menu or a dialog says otherwise and is left.
"""

from __future__ import annotations

import re

from lxml import etree

from aggregator.extract.shadowdom import unwrap
from aggregator.extract.triggers import lowered

# $RC("B:0","S:0"): React's "complete boundary" call (quotes as React writes them).
_COMPLETE = re.compile(r"""\$RC\(\s*["']([^"']+)["']\s*,\s*["']([^"']+)["']\s*\)""")
_HIDING = ("hidden", "aria-hidden")


# Words a fold's control holds, for a gate on the page source: "aria-controls" alone is on most
# pages (menus, tabs, carousels).
_FOLD_WORDS = re.compile(r"(?:continue|keep)\s+reading|(?:read|show|see|view)\s+(?:the\s+)?(?:more|full|rest|whole|entire)|"
                         r"expand\s+(?:the\s+)?(?:article|story|post)", re.IGNORECASE)
# What a fold's control says: "Continue reading", "Read more", "Show full article", "Keep reading".
_FOLD_LABEL = re.compile(rf"^\W*(?:{_FOLD_WORDS.pattern})\b", re.IGNORECASE)
# Speed: _FOLD_WORDS over a whole page source tries every alternative at every character
# (~100 ns a character, milliseconds a page). Every match starts with one of these words:
# on the lower-cased source (triggers.lowered), str.find jumps to each of them and the
# case-sensitive pattern is tried there only.
_FOLD_LOW = re.compile(_FOLD_WORDS.pattern)
_FOLD_STARTS = ("continue", "keep", "read", "show", "see", "view", "expand")


def _has_fold_words(text: str) -> bool:
    """`_FOLD_WORDS.search(text) is not None`."""
    low = lowered(text)
    if low is None:
        return _FOLD_WORDS.search(text) is not None
    for word in _FOLD_STARTS:
        at = low.find(word)
        while at >= 0:
            if _FOLD_LOW.match(low, at):
                return True
            at = low.find(word, at + 1)
    return False


def needs_reveal(text: str) -> bool:
    """Whether the page's source may hold anything `reveal_hidden` acts on (a cheap gate)."""
    return "$RC(" in text or ("aria-controls" in text and _has_fold_words(text))


def reveal_hidden(root: etree._Element, text: str) -> int:
    """Compose streamed Suspense segments into their boundaries and unhide the folds that a
    "Continue reading" control reveals, in place. Returns how many were revealed."""
    done = 0
    if "$RC(" in text:
        done += _compose_segments(root, dict((s, b) for b, s in _COMPLETE.findall(text)))
    if "aria-controls" in text and _has_fold_words(text):
        done += _unfold(root)
    return done


def _compose_segments(root: etree._Element, boundary_of: dict[str, str]) -> int:
    if not boundary_of:
        return 0
    templates = {t.get("id"): t for t in root.iter("template") if t.get("id") in boundary_of.values()}
    segments = [el for el in root.iter("div") if el.get("hidden") is not None and el.get("id") in boundary_of]
    composed = 0
    for segment in segments:
        template = templates.get(boundary_of[segment.get("id")])
        parent = template.getparent() if template is not None else None
        if parent is None or any(a is segment for a in template.iterancestors()):
            continue
        at = parent.index(template)
        children = list(segment)
        lead = segment.text
        if lead and lead.strip():
            before = template.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + lead
            else:
                parent.text = (parent.text or "") + lead
        for offset, child in enumerate(children):
            parent.insert(at + offset, child)   # moves it out of the segment
        segment.text = None
        unwrap(template)    # both are empty now: each goes, its tail stays
        unwrap(segment)
        composed += 1
    return composed


def _unfold(root: etree._Element) -> int:
    targets: set[str] = set()
    for control in root.iter("button", "a", "summary", "span", "div"):
        ids = control.get("aria-controls")
        if not ids or control.get("aria-expanded", "false").lower() != "false" \
                or control.get("aria-haspopup") not in (None, "false"):
            continue
        label = " ".join(control.itertext()).strip() or control.get("aria-label") or ""
        if _FOLD_LABEL.search(label):
            targets.update(ids.split())
    if not targets:
        return 0
    unfolded = 0
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("id") in targets and any(el.get(a) is not None for a in _HIDING):
            for name in _HIDING:
                el.attrib.pop(name, None)
            unfolded += 1
    return unfolded

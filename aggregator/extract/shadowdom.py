"""Declarative shadow DOM, composed as a browser renders it.

A web-components page may keep its article inside `<template shadowrootmode="open">`
(the pre-2024 spelling is `shadowroot`). A browser attaches that template's content as the
host element's shadow root and shows it instead of the host's own children, except for the
children a `<slot>` pulls in: `<slot name="actor">` shows the children with
`slot="actor"`, a nameless `<slot>` the rest. Without this, the template's content would be
dropped as an inert template and the slotted children read out of place.
"""

from __future__ import annotations

from lxml import etree

_MODES = ("shadowrootmode", "shadowroot")


def _is_shadow_root(el: etree._Element) -> bool:
    attrib = el.attrib
    return any(attrib.get(mode, "").lower() in ("open", "closed") for mode in _MODES)


def compose_shadow_roots(root: etree._Element) -> int:
    """Replace each host's children by its declarative shadow root, slots filled from the
    host's own children (innermost hosts first). Returns how many roots were composed."""
    templates = [t for t in root.iter("template") if _is_shadow_root(t)]
    # Deepest first: a shadow root nested in another's content composes before its container moves it.
    templates.sort(key=lambda t: sum(1 for _ in t.iterancestors()), reverse=True)
    composed = 0
    for template in templates:
        host = template.getparent()
        if host is None:
            continue
        light = [child for child in host if child is not template]
        named: dict[str, list[etree._Element]] = {}
        unnamed: list[etree._Element] = []
        for child in light:
            name = child.get("slot") if isinstance(child.tag, str) else None
            (named.setdefault(name, []) if name else unnamed).append(child)
        # Text directly in the host (around the template) goes to the default slot as well.
        leading = " ".join(t for t in (host.text, template.tail) if t and t.strip()) or None
        for slot in list(template.iter("slot")):
            fill = named.pop(slot.get("name") or "", None) if slot.get("name") else unnamed
            _fill_slot(slot, fill or [], leading if not slot.get("name") else None)
            if not slot.get("name"):
                unnamed, leading = [], None
        for child in light:
            if child.getparent() is host:   # not moved into a slot: a browser does not show it
                host.remove(child)
        template.tail = None
        host.remove(template)
        host.text = template.text
        for child in list(template):
            host.append(child)
        for slot in list(host.iter("slot")):
            unwrap(slot)   # a slot lays out as its content (display: contents)
        composed += 1
    return composed


def unwrap(el: etree._Element) -> None:
    """Replace `el` by its text and children, keeping its tail."""
    parent = el.getparent()
    if parent is None:
        return
    at = parent.index(el)
    before = el.getprevious()
    text = (el.text or "")
    if before is not None:
        before.tail = (before.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    children = list(el)
    for offset, child in enumerate(children):
        parent.insert(at + offset, child)
    last = children[-1] if children else el.getprevious()
    tail = el.tail or ""
    parent.remove(el)   # lxml would move the tail with it: it was kept above
    if last is not None:
        last.tail = (last.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail


def _fill_slot(slot: etree._Element, children: list[etree._Element], text: str | None) -> None:
    """Put `children` where `slot` is (its fallback content is dropped when anything fills it)."""
    if not children and not (text and text.strip()):
        return  # nothing assigned: the slot's fallback content shows
    for child in list(slot):
        slot.remove(child)
    slot.text = text
    for child in children:
        slot.append(child)   # moves it out of the host

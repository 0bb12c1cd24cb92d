"""Crew: the people a page names as creators, writers, directors, producers,
showrunners or as its byline, so that the cast readers never credit them as actors.
"""

from __future__ import annotations

import re

from aggregator.extract.caseless import Caseless
from aggregator.extract.castnames import NAME, NAME_FIRST, NAME_LIST_SPLIT, clean_name
from aggregator.extract.triggers import first_char_gate

# _CREW and _CREW_HINT are gated on their first characters (triggers.first_char_gate):
# a name's capital or the first letter of a job word in either case ("ſ", which (?i:s)
# also matches, is in NAME_FIRST).
_CREW = first_char_gate(
    f"{NAME_FIRST}cdwpesrhanjbfCDWPESRHANJBF",
    rf"\b(?:(?i:created|co-created|developed|written|penned|directed|produced|executive[- ]produced|showrun|run|"
    rf"helmed|adapted|composed|scored)\s+(?i:by)\s+(?P<by>{NAME}(?:(?:,\s+|,?\s+and\s+|\s+&\s+){NAME})*)|"
    rf"(?i:creators?|co-creators?|showrunners?|show-runners?|show runners?|writers?|head writer|directors?|producers?|"
    rf"executive producers?|EPs?|author|novelist|composer|journalist|reporter|critic|editor|president|CEO|"
    rf"chief|executive|head|boss|chairman|chairwoman|founder|filmmaker)\s+"
    rf"(?P<title>{NAME}(?:(?:,\s+|,?\s+and\s+|\s+&\s+){NAME})*)|"
    rf"(?P<appos>{NAME}),\s+(?:the\s+|who\s+(?:is|was)\s+(?:the\s+)?)?(?:show['’]?s\s+|series['’]?\s+)?"
    rf"(?:creator|co-creator|showrunner|writer|director|producer|executive producer|author)|"
    rf"(?P<verb>{NAME})\s+(?:created|co-created|wrote|directed|produced|developed|showruns|penned)\b|"
    # "Brendan Hunt, who plays Coach Beard and also co-created the show, said ..."
    rf"(?P<rel>{NAME}),\s+who\s+[^,.;]{{0,60}}?\b(?:co-created|created|co-wrote|wrote|directed|developed|showruns)\b)")
# Every _CREW alternative needs one of these words.
# Wholly case-insensitive, so written in lower case and scanned as such (caseless.Caseless).
_CREW_HINT = Caseless(first_char_gate(
    "bcsrwdpeanjhf",
    r"\b(?:by|creat|co-creat|showrun|show-run|show run|run|writ|wrote|direct|produc|eps?\b|author|novelist|composer|"
    r"journalist|reporter|critic|editor|president|ceo|chief|executive|head|boss|chair|founder|filmmaker|developed|"
    r"penned|helmed|adapted|scored)", re.IGNORECASE))
_BYLINE = re.compile(rf"^\s*(?i:By|Written by|Words by|Posted by)\s+(?P<n>{NAME})")


def crew_names(texts: list[str]) -> set[str]:
    """Names the page gives as creators, writers, directors, producers, showrunners or bylines."""
    crew: set[str] = set()
    for text in texts:
        for match in _CREW.finditer(text) if _CREW_HINT.search(text) else ():
            raw = (match.group("by") or match.group("title") or match.group("appos") or match.group("verb")
                   or match.group("rel"))
            for piece in NAME_LIST_SPLIT.split(raw or ""):
                name = clean_name(piece)
                if name:
                    crew.add(name)
        byline = _BYLINE.match(text)
        if byline and (name := clean_name(byline.group("n"))):
            crew.add(name)
    return crew

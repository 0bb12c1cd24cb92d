"""Crew: the people a page names as creators, writers, directors, producers,
showrunners or as its byline, so that the cast readers never credit them as actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aggregator.extract.caseless import Caseless
from aggregator.extract.castnames import NAME, NAME_FIRST, NAME_LIST_SPLIT, clean_name
from aggregator.extract.triggers import first_char_gate

# A job's wording before the names: "created by X", "showrunner X and Y".
_BY_JOB = (
    rf"(?i:created|co-created|developed|written|penned|directed|produced|executive[- ]produced|showrun|run|"
    rf"helmed|adapted|composed|scored|hosted|co-hosted|presented|narrated)\s+(?i:by)\s+(?P<by>{NAME}(?:(?:,\s+|,?\s+and\s+|\s+&\s+){NAME})*)|"
    rf"(?i:creators?|co-creators?|showrunners?|show-runners?|show runners?|writers?|head writer|directors?|producers?|"
    rf"executive producers?|EPs?|author|novelist|composer|journalist|reporter|critic|editor|president|CEO|"
    rf"chief|executive|head|boss|chairman|chairwoman|founder|filmmaker|"
    # an unscripted show's people play no role: "hosts Kezia Obi and Dan Pryor", "narrator X"
    rf"hosts?|co-hosts?|presenters?|narrators?|contestants?|islanders?|housemates?|bandleaders?|announcers?)\s+"
    rf"(?P<title>{NAME}(?:(?:,\s+|,?\s+and\s+|\s+&\s+){NAME})*)")
# A name first, its job after: "X, the showrunner", "X wrote", "X, who co-created the show".
_NAME_FIRST_JOB = (
    rf"(?P<appos>{NAME}),\s+(?:the\s+|who\s+(?:is|was)\s+(?:the\s+)?)?(?:show['’]?s\s+|series['’]?\s+)?"
    rf"(?:creator|co-creator|showrunner|writer|director|producer|executive producer|author)|"
    rf"(?P<verb>{NAME})\s+(?:created|co-created|wrote|directed|produced|developed|showruns|penned)\b|"
    # "Brendan Hunt, who plays Coach Beard and also co-created the show, said ..."
    rf"(?P<rel>{NAME}),\s+who\s+[^,.;]{{0,60}}?\b(?:co-created|created|co-wrote|wrote|directed|developed|showruns)\b|"
    # "Kezia Obi is back to host", "Dan Pryor returns for his twelfth series on voiceover duty"
    rf"(?P<host>{NAME})\s+(?:is|are|will\s+be|was)\s+(?:back\s+|set\s+|returning\s+)?to\s+(?:co-)?host\b|"
    rf"(?P<voice>{NAME})\s+(?:returns?|is\s+back|will\s+return)\b[^,.;]{{0,40}}?\bvoice-?over\b")
# Every _NAME_FIRST_JOB match holds one of these, case and all. A text without them is read
# with _BY_JOB alone: the same matches, without trying a name at every capital.
_NAME_FIRST_WORDS = ("creator", "showrunner", "writer", "director", "producer", "author", "created", "wrote",
                     "directed", "produced", "developed", "showruns", "penned", "host", "voiceover", "voice-over")
# _CREW, _CREW_BY_JOB and _CREW_HINT are gated on their first characters (triggers.first_char_gate):
# a name's capital or the first letter of a job word in either case ("ſ", which (?i:s)
# also matches, is in NAME_FIRST).
_CREW = first_char_gate(f"{NAME_FIRST}cdwpesrhanjbfiCDWPESRHANJBFI", rf"\b(?:{_BY_JOB}|{_NAME_FIRST_JOB})")
_CREW_BY_JOB = first_char_gate("cdwpesrhanjbfiCDWPESRHANJBFIſ", rf"\b(?:{_BY_JOB})")
# Every _CREW alternative needs one of these words.
# Wholly case-insensitive, so written in lower case and scanned as such (caseless.Caseless).
_CREW_HINT = Caseless(first_char_gate(
    "bcsrwdpeanjhfi",
    r"\b(?:by|creat|co-creat|showrun|show-run|show run|run|writ|wrote|direct|produc|eps?\b|author|novelist|composer|"
    r"journalist|reporter|critic|editor|president|ceo|chief|executive|head|boss|chair|founder|filmmaker|developed|"
    r"penned|helmed|adapted|scored|host|co-host|present|narrat|contestant|islander|housemate|bandleader|announcer)",
    re.IGNORECASE))
_BYLINE = re.compile(rf"^\s*(?i:By|Written by|Words by|Posted by)\s+(?P<n>{NAME})")


def crew_names(texts: list[str]) -> set[str]:
    """Names the page gives as creators, writers, directors, producers, showrunners or bylines."""
    crew: set[str] = set()
    for text in texts:
        if not _CREW_HINT.search(text):
            matches: Iterator[re.Match[str]] = iter(())
        elif any(word in text for word in _NAME_FIRST_WORDS):
            matches = _CREW.finditer(text)
        else:
            matches = _CREW_BY_JOB.finditer(text)
        for match in matches:
            groups = match.groupdict()
            raw = (groups["by"] or groups["title"] or groups.get("appos") or groups.get("verb")
                   or groups.get("rel") or groups.get("host") or groups.get("voice"))
            for piece in NAME_LIST_SPLIT.split(raw or ""):
                name = clean_name(piece)
                if name:
                    crew.add(name)
        byline = _BYLINE.match(text)
        if byline and (name := clean_name(byline.group("n"))):
            crew.add(name)
    return crew

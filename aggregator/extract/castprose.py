"""Cast credits in running prose, and the people who are crew rather than cast.

"X will return as Y", "X reprises her role as Y", "X joins the cast as Y",
"newcomer X plays Y", "X has been cast as Y", "X will play Y", "X stars as Y",
"X will not return", "X, who plays Y,", "Y (X)" in a cast paragraph, and lists
("Returning cast members include A as B, C and D"). Creators, writers, directors,
producers, showrunners and bylines go to a crew set the caller filters with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aggregator.extract.castnames import CHAR, NAME, NAME_RE, clean_name, status_of, valid_char
from aggregator.extract.triggers import mentions_any
from aggregator.items import CastStatus

_A = rf"(?P<a>{NAME})"
_C = rf"(?P<c>{CHAR})"
# Lower-case descriptors between "as" and the role: "returns as the glacial Sylvie Grateau".
_DESC = r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
_ASIDE = r"(?:,\s[^,]{1,60},)?"   # "Patrick Stewart, 81, will return as ..."
_AUX = r"(?:(?:will|would|should|could|may|might|is|are|was|has|have|had|also|once again|again|reportedly|officially|" \
       r"set to|expected to|expected|likely|likely to|" \
       r"going to|confirmed to|slated to|due to|to|be|been|all|both|too|now|finally)\s+){0,4}"

# (pattern, status the wording itself states or None to read it from the sentence,
#  words of which every match contains at least one: a sentence without them skips the
#  pattern, whose leading name part would otherwise be tried at every capital)
_PATTERNS: list[tuple[re.Pattern[str], CastStatus | None, tuple[str, ...]]] = [
    (re.compile(rf"{_A}{_ASIDE}\s+(?:will not|won['’]t|will no longer|is not|isn['’]t|is no longer|won’t)\s+"
                rf"(?:be\s+)?(?:returning|return|back|coming back|reprising|reprise)"
                rf"(?:\s+(?:(?:his|her|their)\s+role\s+)?(?:as|of)\s+{_C})?"), "exiting", ("return", "back", "repris")),
    (re.compile(rf"{_A}{_ASIDE}\s+{_AUX}(?:exit(?:s|ed|ing)?|left|leaves|leaving|depart(?:s|ed|ing)?|quit|quits|"
                rf"stepp(?:ed|ing) away|(?:been )?killed off|written out)\b(?:\s+(?:the\s+)?(?:show|series|cast|role))?"
                rf"(?:\s+(?:as|of)\s+{_C})?"), "exiting", ("exit", "left", "leav", "depart", "quit", "stepp", "killed off", "written out")),
    (re.compile(rf"{_A}{_ASIDE}\s+{_AUX}(?:return(?:s|ing|ed)?|reprise[sd]?|reprising|back)(?:\s+[a-z][\w'’-]*){{0,3}}?\s+"
                rf"(?:(?:to\s+(?:the\s+)?(?:show|series|role)\s+)|(?:(?:his|her|their|the)\s+(?:iconic\s+|beloved\s+)?"
                rf"(?:role|part)s?\s+))?(?:as|of)\s+{_DESC}{_C}"), "returning", ("return", "repris", "back")),
    # "Thomas Ian Griffith, who will reprise his Karate Kid Part III role as Terry Silver"
    (re.compile(rf"{_A},?\s+(?:who\s+)?{_AUX}(?:reprise[sd]?|reprising)\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){{0,6}}?"
                rf"role\s+as\s+{_DESC}{_C}"), "returning", ("repris",)),
    # "Antony Starr reprises Homelander"
    (re.compile(rf"{_A}\s+{_AUX}(?:reprise[sd]?|reprising)\s+{_C}"), "returning", ("repris",)),
    # "This is Henry Cavill's final season as Geralt of Rivia"
    (re.compile(rf"{_A}['’]s\s+(?:(?:final|last|first|second|third|fourth|fifth|new|latest|next)\s+)?season\s+as\s+{_C}"),
     None, ("season",)),
    (re.compile(rf"{_A}{_ASIDE}\s+{_AUX}(?:join(?:s|ed|ing)?)\s+(?:the\s+(?:\w+\s+){{0,2}}?"
                rf"(?:cast|show|series|ensemble|season|lineup)(?:\s+of\s+[^.,]{{0,40}}?)?\s+)?(?:as|to play)\s+{_DESC}{_C}"), "new", ("join",)),
    (re.compile(rf"{_A}{_ASIDE}\s+{_AUX}(?:cast|tapped|hired|recruited|enlisted)\s+(?:to play\s+|as\s+|in the role of\s+)"
                rf"{_DESC}{_C}"), "new", ("cast", "tapped", "hired", "recruited", "enlisted")),
    (re.compile(rf"\b(?:newcomers?|new(?:est)? additions?|new cast members?|new faces?|series newcomers?)\s+{_A},?\s+"
                rf"(?:who\s+)?(?:will\s+)?(?:play(?:s|ing)?|portray(?:s|ing)?|as|stars? as)\s+{_C}"), "new", ("new",)),
    (re.compile(rf"{_A},\s+who\s+(?:(?:will\s+)?(?:joins?|joined|returns?|returned|is back)(?:\s+\w+){{0,2}}?\s+as|"
                rf"plays|played|portrays|portrayed|will play|is playing|stars as|starred as)\s+{_DESC}{_C}"), None, ("who",)),
    (re.compile(rf"\bstarring\s+{_A}\s+as\s+{_C}"), None, ("starring",)),
    (re.compile(rf"{_A}{_ASIDE}\s+{_AUX}(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|stars? as|starred as|starring as|"
                rf"voices|voiced|will voice|takes? on the role of|take over as|takes over as|steps? into the role of)\s+{_C}"),
     None, ("play", "portray", "star", "voice", "take", "step")),
]
# "Ralph Macchio and William Zabka return as Daniel LaRusso and Johnny Lawrence": pairwise.
_PAIRS = re.compile(
    rf"(?P<a1>{NAME})\s+(?:and|&)\s+(?P<a2>{NAME})\s+{_AUX}(?:return|reprise|are back|will be back|play|star|join)\w*"
    rf"(?:\s+(?:their|the)\s+roles?)?\s+(?:as|of)\s+(?P<c1>{CHAR})\s+(?:and|&)\s+(?P<c2>{CHAR})")
_PAIRS_WORDS = ("return", "repris", "back", "play", "star", "join")
# "Jason Bateman, Laura Linney and Julia Garner will all return" (no roles).
_GROUP = re.compile(
    rf"(?P<list>{NAME}(?:,\s+{NAME})*,?\s+(?:and|&)\s+{NAME})\s+{_AUX}(?:(?:all|both)\s+)?"
    rf"(?P<verb>return\w*|reprise\w*|be back|are back|back|join\w*(?!\s+forces)|(?:been\s+)?cast|exit\w*|leav\w*)\b")
_GROUP_WORDS = ("return", "repris", "back", "join", "cast", "exit", "leav")
# "Returning cast members include A as B, C (D) and E."
_INCLUDE = re.compile(
    r"\b(?:cast|stars|actors|faces|additions|newcomers|returnees|regulars|members|ensemble|players)\b[^.]{0,40}?"
    r"\b(?:include|includes|including|are|will be|:)\s+(?P<list>.+)$", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+|;\s*)")
_PIECE = re.compile(rf"^(?:(?:and|plus)\s+)?{_A}(?:\s+as\s+{_C}|\s*\((?P<p>[^)]{{1,50}})\))?\s*[.!]?$")
# "Picard (Patrick Stewart)" in a cast paragraph; which side is the actor is decided below.
_PAREN = re.compile(rf"(?P<out>{CHAR})\s+\((?P<in>[^()]{{2,60}})\)")
_AS_CREDIT = re.compile(rf"{_A}\s+as\s+{_C}")
_INCLUDE_NOUNS = ("cast", "stars", "actors", "faces", "additions", "newcomers", "returnees", "regulars",
                  "members", "ensemble", "players")
_CAST_WORDS_HINT = ("cast", "star", "return", "repris", "role", "join", "ensemble", "play", "character",
                    "newcomer", "back")
_CAST_WORDS = re.compile(r"\b(?:cast\w*|stars?|starring|return\w*|reprise\w*|role|roles|join\w*|ensemble|play\w*|"
                         r"characters?|newcomers?|back)\b", re.IGNORECASE)

_CREW = re.compile(
    rf"\b(?:(?i:created|co-created|developed|written|penned|directed|produced|executive[- ]produced|showrun|run|"
    rf"helmed|adapted|composed|scored)\s+(?i:by)\s+(?P<by>{NAME}(?:(?:,\s+|,?\s+and\s+|\s+&\s+){NAME})*)|"
    rf"(?i:creators?|co-creators?|showrunners?|show-runners?|show runners?|writers?|head writer|directors?|producers?|"
    rf"executive producers?|EPs?|author|novelist|composer|journalist|reporter|critic|editor|president|CEO|"
    rf"chief|executive|head|boss|chairman|chairwoman|founder|filmmaker)\s+(?P<title>{NAME})|"
    rf"(?P<appos>{NAME}),\s+(?:the\s+|who\s+(?:is|was)\s+(?:the\s+)?)?(?:show['’]?s\s+|series['’]?\s+)?"
    rf"(?:creator|co-creator|showrunner|writer|director|producer|executive producer|author)|"
    rf"(?P<verb>{NAME})\s+(?:created|co-created|wrote|directed|produced|developed|showruns|penned)\b)")
# Every _CREW match contains one of these (case-folded): "by", a title, a crew verb.
_CREW_WORDS = ("by", "creat", "showrun", "show-run", "show run", "writer", "wrote", "direct", "produc", "develop",
               "penned", "ep ", "eps ", "author", "novelist", "composer", "journalist", "reporter", "critic",
               "editor", "president", "ceo", "chief", "executive", "head", "boss", "chairman", "chairwoman",
               "founder", "filmmaker")
_BYLINE = re.compile(rf"^\s*(?i:By|Written by|Words by|Posted by)\s+(?P<n>{NAME})")


def crew_names(texts: list[str]) -> set[str]:
    """Names the page gives as creators, writers, directors, producers, showrunners or bylines."""
    crew: set[str] = set()
    for text in texts:
        matches = _CREW.finditer(text) if mentions_any(text, _CREW_WORDS) else ()
        for match in matches:
            raw = match.group("by") or match.group("title") or match.group("appos") or match.group("verb")
            for piece in re.split(r",\s+(?:and\s+)?|\s+and\s+|\s+&\s+", raw or ""):
                name = clean_name(piece)
                if name:
                    crew.add(name)
        byline = _BYLINE.match(text)
        if byline and (name := clean_name(byline.group("n"))):
            crew.add(name)
    return crew


def prose_credits(sentence: str, context_status: CastStatus | None,
                  cast_context: bool) -> Iterator[tuple[str, str | None, CastStatus]]:
    """(actor, character, status) credits of one sentence, in order of appearance."""
    sentence_status = status_of(sentence)
    found: list[tuple[int, str, str | None, CastStatus]] = []
    taken: list[tuple[int, int]] = []
    pairs = _PAIRS.finditer(sentence) if _mentions(sentence, _PAIRS_WORDS) else ()
    for match in pairs:
        c1, c2 = match.group("c1"), match.group("c2")
        if len(c2.split()) == 1 and len(c1.split()) == 1:
            pass
        elif len(c2.split()) >= 2 and len(c1.split()) == 1:
            c1 = f"{c1} {c2.split()[-1]}"   # "Marty and Wendy Byrde": the surname is shared
        for a, c in ((match.group("a1"), c1), (match.group("a2"), c2)):
            actor = clean_name(a)
            if actor:
                found.append((match.start(), actor, valid_char(c), sentence_status or context_status or "unknown"))
        taken.append((match.start(), match.end()))
    for pattern, status, words in _PATTERNS:
        if not _mentions(sentence, words):
            continue
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            actor = clean_name(match.group("a"))
            if not actor:
                continue
            char = valid_char(match.groupdict().get("c"))
            found.append((match.start("a"), actor, char,
                          status or sentence_status or context_status or "unknown"))
            taken.append((match.start(), match.end()))
    groups = _GROUP.finditer(sentence) if _mentions(sentence, _GROUP_WORDS) else ()
    for match in groups:
        status = status_of(match.group("verb")) or ("new" if "cast" in match.group("verb") else "unknown")
        for raw in re.split(r",\s+(?:and\s+)?|\s+and\s+|\s+&\s+", match.group("list")):
            actor = clean_name(raw)
            if actor:
                found.append((match.start("list"), actor, None, status))
    # Asked of every sentence of a cast section; most have no parenthesis, no " as ", no
    # cast noun, so each scan below first checks for the words it needs.
    cast_talk = cast_context or (mentions_any(sentence, _CAST_WORDS_HINT) and bool(_CAST_WORDS.search(sentence)))
    include = _INCLUDE.search(sentence) if mentions_any(sentence, _INCLUDE_NOUNS) else None
    if include and cast_talk:
        offset = include.start("list")
        for raw in _LIST_SPLIT.split(include.group("list").rstrip(". ")):
            piece = _PIECE.match(raw.strip())
            if not piece:
                continue
            actor = clean_name(piece.group("a"))
            if actor:
                char = valid_char(piece.group("c") or piece.group("p"))
                found.append((offset, actor, char, sentence_status or context_status or "unknown"))
    if cast_talk:
        for match in (_PAREN.finditer(sentence) if "(" in sentence else ()):
            credit = _paren_credit(match.group("out"), match.group("in"), actor_outside=True)
            if credit:
                found.append((match.start(), credit[0], credit[1], sentence_status or context_status or "unknown"))
        for match in (_AS_CREDIT.finditer(sentence) if mentions_any(sentence, (" as ",)) else ()):
            if any(s <= match.start("a") < e for s, e in taken):
                continue
            actor = clean_name(match.group("a"))
            char = valid_char(match.group("c"))
            if actor and char:
                found.append((match.start(), actor, char, sentence_status or context_status or "unknown"))
    found.sort(key=lambda item: item[0])
    # A name the sentence already gave as a role ("... as Mindy Chen, and Lucas Bravo
    # reprises ...") is not an actor, whatever a looser pattern matched.
    roles = {char for _, _, char, _ in found if char}
    for _, actor, char, status in found:
        if actor not in roles:
            yield actor, char, status


def _mentions(sentence: str, words: tuple[str, ...]) -> bool:
    """True when the sentence contains one of a pattern's trigger words (case-sensitive,
    as the patterns are)."""
    return any(word in sentence for word in words)


def _paren_credit(outside: str, inside: str, actor_outside: bool) -> tuple[str, str | None] | None:
    """Decide which side of "A (B)" is the actor: a 2-4 word name against a one-word
    role settles it; otherwise `actor_outside` (lists: "Actor (Role)"; prose: "Role (Actor)")."""
    inside = inside.strip()
    if inside.isupper() and "".join(w[0] for w in outside.split() if w[0].isupper()) == inside:
        return None     # "Screen Actors Guild (SAG)": an acronym, not a role
    if status_of(inside) and len(inside.split()) <= 2:
        name = clean_name(outside, min_words=2)
        return (name, None) if name else None
    out_name = clean_name(outside)
    in_name = clean_name(inside) if NAME_RE.fullmatch(inside) else None
    if in_name and not out_name:
        return in_name, valid_char(outside)
    if out_name and not in_name:
        return out_name, valid_char(inside)
    if in_name and out_name:
        return (out_name, valid_char(inside)) if actor_outside else (in_name, valid_char(outside))
    return None

"""The season's cast: list items, tables, prose and JSON-LD `actor` lists
(fixtures/CONVENTIONS.md, "Cast").

One credit per actor: the first mention wins; a later mention may fill in a
missing character or replace an `unknown` status. Creators, writers, directors,
producers, showrunners and bylines are never cast unless a cast list names them
with a role ("X as Y").
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Any

from aggregator.extract.caseless import Caseless
from aggregator.extract.castcrew import crew_names
from aggregator.extract.castnames import CHAR, NAME, clean_char, clean_name, status_of, valid_char
from aggregator.extract.castprose import paren_credit, pronoun_credits, prose_credits
from aggregator.extract.document import Block, Document
from aggregator.extract.sentences import split_sentences, strip_speaker
from aggregator.extract.shows import is_known_show
from aggregator.extract.triggers import first_char_gate, lowered
from aggregator.items import CastCredit, CastStatus
from aggregator.text import norm

_CAST_HEADING = re.compile(r"\b(?:cast\w*|starring|stars|who['’]?s (?:in|back|returning)|characters?|"
                           r"actors?|ensemble|who (?:is|will be) (?:in|back|returning))\b|"
                           # A slide or box headed only "Returning" / "New faces" (a web story's).
                           # (a forum post's bold "Returning:" / "New:" over a list)
                           r"^\s*(?:returning|new faces|newcomers|new|joining|leaving|not returning)\s*:?\s*$",
                           re.IGNORECASE)
_CAST_LEAD = Caseless(re.compile(r"\b(?:cast\w*|stars?|starring|return\w*|reprise\w*|roles?|join\w*|ensemble|"
                        r"characters?|newcomers?|additions?|actors?|back)\b", re.IGNORECASE))
# Lead-ins strong enough to make a list of bare names a cast list.
_CAST_LEAD_STRONG = Caseless(re.compile(r"\b(?:cast\w*|starring|stars|reprise\w*|returning|actors?|actresses|ensemble|"
                               r"newcomers?|new additions?)\b", re.IGNORECASE))
_BULLET = re.compile(r"^\s*(?:[•·*▪►‣◦–—-]|\d{1,2}[.)])\s+")
_INLINE_BULLETS = re.compile(r"(?=[\s•·▪►‣◦])\s*[•·▪►‣◦]\s*")   # the look-ahead: where a match can start
_CREDIT_LINE = re.compile(r"^\s*(?:sources?|via|image|images|photo|photos|credit|credits|featured image|"
                          r"h/t|read more|related|also read|see also)\s*[:：-]", re.IGNORECASE)
_ITEM_AS = re.compile(rf"^(?P<a>{NAME})\s+as\s+(?P<c>.+)$")
_ITEM_PAREN = re.compile(rf"^(?P<a>{NAME})\s*\((?P<c>[^)]{{1,60}})\)\s*(?P<rest>.*)$")
_ITEM_DASH = re.compile(rf"^(?P<a>{NAME})\s*(?:[–—]|\s-)\s*(?P<c>.+)$")
_ITEM_COLON = re.compile(rf"^(?P<c>[^:]{{1,60}}):\s*(?P<a>{NAME})\s*[.,;]?$")
_ITEM_LABEL = re.compile(r"^(?P<label>[^:]{1,40}):\s*(?P<list>.+)$")
_ITEM_NAME = re.compile(rf"^(?P<a>{NAME})\s*(?:\((?P<p>[^)]{{1,40}})\))?\s*[.,;]?$")
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+&\s+|;\s*)")
# A press release's cast block: "STARRING: A, B and C", "JOINING THE CAST: A (Role)",
# "GUEST STARS: A (Role), B (Role)"; its label gives the status.
_CAST_LABEL_LINE = re.compile(
    r"^\s*(?P<label>(?:also\s+)?starring|(?:returning\s+|new\s+)?(?:series\s+)?regulars?|"
    r"(?:returning|new)\s+cast(?:\s+members)?|joining\s+the\s+cast|new\s+to\s+the\s+cast|guest[- ]stars?|"
    r"(?:main|voice)?\s*cast|not\s+returning|not\s+back|(?:also\s+)?returning|leaving|exiting)\s*:\s*(?P<list>\S.{0,400})$",
    re.IGNORECASE)
# A sentence end after a word (not an initial: "J. K. Simmons") before a capitalised word and a lower-case one.
_NEXT_SENTENCE = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z][a-z]+\s+[a-z])")
# A photo caption's "Pictured: X as Y" credits X (a caption claims no date).
_PICTURED = re.compile(r"^\s*(?:pictured|shown|from left)(?:\s*\((?:l-r|l to r|from left|left to right)\))?\s*:\s*"
                       r"(?P<list>.{3,200}?)\.?(?:\s+(?:photo|credit|image|courtesy)\b.*)?$", re.IGNORECASE)
_IN_TITLE = re.compile(r"\s+in\s+.*$")
_LOWER_LEAD = re.compile(r"^(?:[a-z][\w-]*\s+)+")
# "Wes Patterson, whose Sheriff Dale Hutchins was killed off": a list member and its role.
_WHOSE_ITEM = re.compile(rf"^(?P<a>{NAME}),\s+whose\s+(?:character\s+)?(?P<c>{CHAR})")
# "Not returning: Harper Quinn, whose character graduated": the member, with no role named.
_WHO_ASIDE = re.compile(rf"^(?P<a>{NAME}),\s+(?:whose|who)\b")


def _label_pieces(text: str) -> list[str]:
    """The members of a labelled list; a "whose …" or "who …" aside stays with its member."""
    pieces: list[str] = []
    for piece in _LIST_SPLIT.split(text):
        if pieces and re.match(r"(?:whose|who)\b", piece):
            pieces[-1] = f"{pieces[-1]}, {piece}"
        elif piece:
            pieces.append(piece)
    return pieces

_ACTOR_COL = re.compile(r"\b(?:actor|actress|cast|star|performer|played by|talent|name)s?\b", re.IGNORECASE)
_CHAR_COL = re.compile(r"\b(?:character|role|part|playing|as)s?\b", re.IGNORECASE)
_STATUS_COL = re.compile(r"\b(?:status|returning|back|notes?|season \d+|confirmed)\b\??", re.IGNORECASE)
_YES = re.compile(r"^\s*(?:yes|y|✓|✔|confirmed|returning|back|true)\b", re.IGNORECASE)
_NO = re.compile(r"^\s*(?:no|n|✗|✘|x|not returning|out|false)\b", re.IGNORECASE)

_JSONLD_TYPES = {"TVSeason", "TVSeries", "TVEpisode", "Movie", "CreativeWorkSeason", "TVMiniSeries", "CreativeWork"}


class _Credits:
    """Credits keyed by norm(actor), in first-mention order."""

    def __init__(self, show: str | None, crew_texts: list[str], author: str | None) -> None:
        self.items: dict[str, CastCredit] = {}
        self.show_key = norm(show)
        self._crew_texts = crew_texts
        self._author = author
        self._crew: set[str] | None = None

    @property
    def crew(self) -> set[str]:
        """norm() of the page's crew names (castcrew.crew_names) and of its byline's names."""
        # Speed: read on the first credit that asks (one without a role in the season); on
        # most pages none does, and crew_names tries every capital of every block.
        if self._crew is None:
            crew = crew_names(self._crew_texts)
            if self._author:
                crew.update(n for n in re.split(r",\s*|\s+and\s+", self._author) if n)
            self._crew = {norm(n) for n in crew}
        return self._crew

    def add(self, actor: str, character: str | None, status: CastStatus, strong: bool = False) -> None:
        key = norm(actor)
        # Crew are cast only when the page gives them a role in the season: a list credit,
        # or prose that says they return, join or leave as someone ("Sharon Horgan, who
        # created the show, returns as Eva"); "X, who plays Y and co-created it, said" is not.
        if not key or key == self.show_key or (
                not ((strong or status != "unknown") and character) and key in self.crew):
            return
        if is_known_show(actor):
            return      # "Stranger Things plays ..." is a show, not a person
        if character and norm(character) == key:
            character = None
        old = self.items.get(key)
        if old is None:
            self.items[key] = CastCredit(actor=actor, character=character, status=status)
            return
        self.items[key] = CastCredit(
            actor=old.actor,
            character=old.character or character,
            status=status if old.status == "unknown" and status != "unknown" else old.status)


# A cast card's status badge after the role: "Zoe Park as Pip Returning", "Aisha Grant as Mother Wren New".
_BADGE_END = re.compile(r"\s+(Returning|New|Exiting|Leaving|Departing|Not\s+returning)\s*$")


def extract_cast(doc: Document, show: str | None) -> list[CastCredit]:
    """Cast credits of the season the page is about, in page order.

    Reads list items ("Actor as Character", "Actor (Character)", "Actor – Character",
    "Character: Actor" under a cast heading), table rows (Actor/Character/Status
    columns), prose ("X will return as Y", "newcomer X plays Y", "X will not return")
    and JSON-LD `actor`/`actors` lists. Status comes from the item's wording, its
    sentence, or the sentence leading into the list.
    """
    blocks = [b for b in doc.blocks if not _CREDIT_LINE.match(b.text)]
    credits = _Credits(show, [b.text for b in blocks if b.kind != "row"], doc.meta.author)
    section_cast = False
    section_status: CastStatus | None = None
    lead = _LeadIn("")
    table: dict[str, int] | None = None
    for block in blocks:
        if block.kind != "row":
            table = None
        if block.kind == "heading":
            section_cast = bool(_CAST_HEADING.search(block.text))
            section_status = status_of(block.text) if section_cast else None
            lead = _LeadIn("")
            continue
        if block.kind == "caption":
            pictured = _PICTURED.match(block.text)
            if pictured:    # "Pictured: Amara Osei as Juno Vale in The Glasshouse season 2. Photo: …"
                for piece in _label_pieces(pictured.group("list")):
                    match = _ITEM_AS.match(_LOWER_LEAD.sub("", piece))   # "newcomer Iris Caldwell as …"
                    if match and (actor := clean_name(match.group("a"))):
                        credits.add(actor, valid_char(_IN_TITLE.sub("", match.group("c"))), status_of(piece) or "unknown")
            elif section_cast:
                # a cast card's caption under the cast heading, its status badge last: "Zoe Park as Pip Returning"
                badge = _BADGE_END.search(block.text)
                item = block.text[:badge.start()] if badge else block.text
                _read_item(item, True, (status_of(badge.group(1)) if badge else None) or section_status, credits)
            continue
        if block.kind == "row" and not (len(block.cells) == 2 and _CAST_LABEL_LINE.match(block.text)):
            table = _read_row(block, table, section_cast or lead.cast, credits)
            continue
        # (a fact box's "Voice cast: A (Role), B (Role)" row too)
        label = _CAST_LABEL_LINE.match(block.text) if block.kind in ("paragraph", "item", "row") else None
        if label:
            status = status_of(label.group("label")) or "unknown"
            # ("Not back: Ruth Kessler. Her character died": the list ends with its sentence)
            members = _NEXT_SENTENCE.split(label.group("list"), maxsplit=1)[0]
            for piece in _label_pieces(members.rstrip(". ")):
                whose = _WHOSE_ITEM.match(piece) or _WHO_ASIDE.match(piece)
                if whose and (actor := clean_name(whose.group("a"))):
                    role = clean_char(whose.group("c")) if "c" in whose.groupdict() else None
                    credits.add(actor, role, status, strong=True)
                else:
                    _read_item(piece, True, status, credits)
            continue
        if block.kind == "item":
            _read_item(block.text, section_cast or lead.strong, lead.status or section_status, credits)
            continue
        # (the bullets are not ASCII: an ASCII text is no inline list)
        if block.kind == "paragraph" and not block.text.isascii() and _INLINE_BULLETS.search(block.text) and (
                section_cast or lead.strong or " as " in block.text):
            list_context = section_cast or lead.strong
            list_status = lead.status or section_status
            pieces = [p for p in _INLINE_BULLETS.split(block.text) if p.strip()]
            if len(pieces) >= 2:
                lead_in = pieces[0] if not block.text.lstrip().startswith(("•", "·", "▪", "►", "‣", "◦")) else ""
                _read_prose(lead_in, section_cast, list_status, credits)
                pieces = pieces[1:] if lead_in else pieces
                status = status_of(lead_in) or list_status
                for piece in pieces:
                    _read_item(piece, list_context or bool(_CAST_LEAD.search(lead_in)), status, credits)
                if lead_in:
                    lead = _LeadIn(lead_in)
                continue
        if block.kind == "paragraph" and _BULLET.match(block.text) and (section_cast or lead.strong):
            _read_item(block.text, True, lead.status or section_status, credits)
            continue
        if section_cast and block.kind == "paragraph" and _is_credit_list(block.text):
            # A list written as a sentence under a cast heading: "Zuri Banks (Ava), Theo
            # Lindqvist (Marcus) and Pia Sørensen (Juno)."
            for piece in _label_pieces(block.text.rstrip(". ")):
                _read_item(piece, True, section_status or "unknown", credits)
            continue
        _read_prose(block.text, section_cast, section_status, credits)
        if block.kind == "paragraph":
            lead = _LeadIn(block.text)
    _read_jsonld(doc, show, credits)
    # A name the page gives as someone's role is a character, not an actor
    # ("Ali Mills is back" beside a row "Elisabeth Shue | Ali Mills").
    roles = {norm(c.character) for c in credits.items.values() if c.character}
    return [c for key, c in credits.items.items() if key not in roles]


def _is_credit_list(text: str) -> bool:
    """Two or more "Actor (Character)" / "Actor as Character" pieces and nothing else."""
    if "(" not in text and not _AS_WORD.search(text):
        return False    # Speed: each piece holds one or the other; most paragraphs hold neither
    pieces = _label_pieces(text.rstrip(". "))
    return len(pieces) >= 2 and all(
        ((m := _ITEM_PAREN.match(p)) and not m.group("rest")) or _ITEM_AS.match(p) for p in pieces)


class _LeadIn:
    """The paragraph before a list or table, as its items read it: whether it speaks of the
    cast, and the status it states."""

    # Speed: a lead-in stands before every block up to the next paragraph (every row of a
    # table), and most blocks never ask: each reading is made once, on the first question.
    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def cast(self) -> bool:
        """Cast words anywhere in it (a table's lead-in)."""
        return bool(_CAST_LEAD.search(self.text))

    @cached_property
    def strong(self) -> bool:
        """Cast words strong enough for a list of bare names, in its last sentence."""
        return bool(self.text and _CAST_LEAD_STRONG.search(_last_sentence(self.text)))

    @cached_property
    def status(self) -> CastStatus | None:
        """The status its last sentence states, else the status it states anywhere."""
        text = self.text
        return status_of(_last_sentence(text)) or status_of(text) if text else None


_AS_WORD = re.compile(r"\sas\s")
_ENDS_WITH_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}$")


# Each block's lead-in is split again for every block that follows it: split each text once.
@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def _sentences(text: str) -> tuple[str, ...]:
    """split_sentences, with "D.B. Woodside" and "J.J. Abrams" kept in one sentence."""
    out: list[str] = []
    for sentence in map(strip_speaker, split_sentences(text)):
        # A match is at most seven characters long, at the end (or before a final newline):
        # search only there.
        if out and _ENDS_WITH_INITIALS.search(out[-1], max(0, len(out[-1]) - 8)):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return tuple(out)


def _last_sentence(text: str) -> str:
    sentences = _sentences(text)
    return sentences[-1] if sentences else text


# Every prose pattern needs one of these words; most sentences have none and skip the regexes.
# Gated on the words' first letters (triggers.first_char_gate).
_PROSE_TRIGGER = Caseless(first_char_gate(
    "aorbjcpsveldqkwnith(",
    r"\b(?:as|of|return\w*|reprise\w*|back|join\w*|cast|play\w*|portray\w*|star\w*|voice\w*|exit\w*|"
    r"leav\w*|left|depart\w*|quit\w*|killed|written|newcomer\w*|include\w*|role|roles|tapped|hired|out)\b|\(",
    re.IGNORECASE))


_QUESTION = re.compile(r"\?[\s\"'’”)]*$")
# A correction's account of what the page said before: "An earlier version of this story said
# Lena Ashby had been cast as Deputy Kay Reyes." credits nobody.
_EARLIER_VERSION = re.compile(r"\b(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+"
                              r"(?:story|article|post|report|piece)\b", re.IGNORECASE)
# A question told, not asked: "Whether Mina Sato will return as Reiko has not been confirmed",
# "It is unclear whether Cho returns".
_WONDERED = re.compile(r"^\W*whether\b|\b(?:unclear|unknown|uncertain|not\s+(?:yet\s+)?(?:known|clear|confirmed)|"
                       r"remains\s+to\s+be\s+seen|wonder\w*|no\s+word\s+(?:on|yet\s+on))\s+(?:\w+\s+){0,2}?(?:whether|if)\b",
                       re.IGNORECASE)



def _told_question(sentence: str) -> bool:
    """A question told, not asked (_WONDERED), or a correction's account (_EARLIER_VERSION)."""
    # Speed: every _WONDERED match holds "whether" or "if", every _EARLIER_VERSION match
    # "version": most sentences skip both scans (`lowered`: the words as the flag reads them).
    low = lowered(sentence)
    if low is None:
        return bool(_WONDERED.search(sentence) or _EARLIER_VERSION.search(sentence))
    return bool((("if" in low or "whether" in low) and _WONDERED.search(sentence))
                or ("version" in low and _EARLIER_VERSION.search(sentence)))


def _read_prose(text: str, cast_section: bool, status: CastStatus | None, credits: _Credits) -> None:
    if not _PROSE_TRIGGER.search(text):
        return
    before = ""
    weak: list[tuple[str, str | None, CastStatus]] = []
    strong = 0
    for sentence in _sentences(text):
        if _QUESTION.search(sentence) or _told_question(sentence):
            before = f"{before} {sentence}"
            continue    # "Will Lena Cho return as Deputy Rae?": asked, not credited
        for actor, char, st in prose_credits(sentence, status, cast_section, weak):
            credits.add(actor, char, st)
            strong += 1
        for actor, char, st in pronoun_credits(sentence, before):
            credits.add(actor, char, st)
        before = f"{before} {sentence}"
    if weak and (strong or cast_section):
        for actor, char, st in weak:
            credits.add(actor, char, st)


def _read_item(text: str, cast_context: bool, list_status: CastStatus | None, credits: _Credits) -> None:
    """One list item: "Actor as Character", and under a cast heading or lead-in also
    "Actor (Character)", "Actor – Character", "Character: Actor", a bare name."""
    text = _BULLET.sub("", text).strip()
    if not text or len(text) > 200:
        _read_prose(text, cast_context, list_status, credits)
        return
    own = status_of(text)
    match = _ITEM_AS.match(text)
    if match and (actor := clean_name(match.group("a"), min_words=1 if cast_context else 2)):
        rest = match.group("c")
        char = clean_char(rest) if cast_context or _short_remark(rest) else valid_char(rest)
        credits.add(actor, char, status_of(rest) or list_status or "unknown", strong=True)
        return
    if not cast_context:
        _read_prose(text, False, list_status, credits)
        return
    match = _ITEM_PAREN.match(text)
    if match:
        credit = paren_credit(match.group("a"), match.group("c"), actor_outside=True)
        if credit:
            credits.add(credit[0], credit[1], own or list_status or "unknown", strong=True)
            return
    match = _ITEM_DASH.match(text)
    if match and (actor := clean_name(match.group("a"))):
        rest = match.group("c")
        char = None if status_of(rest) and len(rest.split()) <= 3 else clean_char(rest)
        credits.add(actor, char, status_of(rest) or list_status or "unknown", strong=True)
        return
    match = _ITEM_LABEL.match(text)
    if match and status_of(match.group("label")):
        # "Returning: Patrick Stewart, Michelle Hurd and Jeri Ryan"
        for raw in _LIST_SPLIT.split(match.group("list").rstrip(". ")):
            if actor := clean_name(raw.strip()):
                credits.add(actor, None, status_of(match.group("label")) or "unknown")
        return
    match = _ITEM_COLON.match(text)
    if match and (actor := clean_name(match.group("a"))):
        credits.add(actor, clean_char(match.group("c")), list_status or "unknown", strong=True)
        return
    match = _ITEM_NAME.match(text)
    if match and (actor := clean_name(match.group("a"))):
        paren = match.group("p")
        credits.add(actor, None if not paren or status_of(paren) else clean_char(paren),
                    (status_of(paren) if paren else None) or list_status or "unknown")
        return
    _read_prose(text, cast_context, list_status, credits)


def _short_remark(rest: str) -> bool:
    """After "Actor as": a role and at most a short remark, not a whole sentence."""
    return len(rest.split()) <= 8


def _read_row(block: Block, table: dict[str, int] | None, cast_context: bool,
              credits: _Credits) -> dict[str, int] | None:
    """A table row: a header row sets the columns, a data row yields a credit."""
    cells = [c.strip() for c in block.cells] or [block.text]
    if block.header or (table is None and any(_ACTOR_COL.search(c) for c in cells)
                        and any(_CHAR_COL.search(c) for c in cells) and all(len(c) < 30 for c in cells)):
        found: dict[str, int] = {}
        for index, cell in enumerate(cells):
            if "actor" not in found and _ACTOR_COL.search(cell):
                found["actor"] = index
            elif "char" not in found and _CHAR_COL.search(cell):
                found["char"] = index
            elif "status" not in found and _STATUS_COL.search(cell):
                found["status"] = index
        return found if "actor" in found else ({} if cast_context else None)
    if table is None:
        return None
    if "actor" not in table:
        if not (cast_context and len(cells) >= 2):
            return table
        table = {"actor": 0, "char": 1}
    actor_index = table["actor"]
    if actor_index >= len(cells):
        return table
    actor = clean_name(cells[actor_index], min_words=1)
    if not actor:
        return table
    char_index = table.get("char")
    char = clean_char(cells[char_index]) if char_index is not None and char_index < len(cells) else None
    status: CastStatus | None = None
    status_index = table.get("status")
    if status_index is not None and status_index < len(cells):
        cell = cells[status_index]
        status = status_of(cell)
        if status is None and _YES.match(cell):
            status = "returning"
        elif status is None and _NO.match(cell):
            status = "exiting"
    credits.add(actor, char, status or "unknown", strong=True)
    return table


def _read_jsonld(doc: Document, show: str | None, credits: _Credits) -> None:
    """`actor`/`actors` of TVSeason/TVSeries/TVEpisode/Movie objects about the page's show."""
    key = norm(show)
    for obj in doc.jsonld:
        types = obj.get("@type")
        types = set(types) if isinstance(types, list) else {types}
        if not types & _JSONLD_TYPES:
            continue
        series = obj.get("partOfSeries")
        name = (series.get("name") if isinstance(series, dict) else None) or (
            obj.get("name") if types & {"TVSeries", "Movie", "TVMiniSeries"} else None)
        if key and isinstance(name, str) and norm(name) and key not in norm(name) and norm(name) not in key:
            continue    # another show's cast
        for field in ("actor", "actors"):
            for entry in _as_list(obj.get(field)):
                for actor, char in _jsonld_people(entry):
                    credits.add(actor, char, "unknown", strong=True)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _jsonld_people(entry: Any) -> list[tuple[str, str | None]]:
    if isinstance(entry, str):
        return [(entry.strip(), None)] if entry.strip() else []
    if not isinstance(entry, dict):
        return []
    char = entry.get("characterName") or entry.get("roleName")
    character = entry.get("character")
    if not char and isinstance(character, dict):
        char = character.get("name")
    elif not char and isinstance(character, str):
        char = character
    char = char[0] if isinstance(char, list) and char else char
    char = char.strip() if isinstance(char, str) and char.strip() else None
    inner = entry.get("actor")
    if inner is not None:     # PerformanceRole
        people = []
        for person in _as_list(inner):
            for actor, own in _jsonld_people(person):
                people.append((actor, own or char))
        return people
    name = entry.get("name")
    return [(name.strip(), char)] if isinstance(name, str) and name.strip() else []

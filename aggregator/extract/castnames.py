"""Name and role patterns shared by the cast extractors (cast.py, castprose.py).

Actor names are 1-4 capitalised words (particles such as "de", "van" allowed;
accented letters, hyphens, apostrophes, initials like "D.B."); prose requires at
least two words, a cast list accepts one ("Zendaya as Rue"). Roles are
capitalised word runs ("Seven of Nine", "Dr. Jurati", "Vecna / Henry Creel").
"""

from __future__ import annotations

import re
from functools import lru_cache

from aggregator.extract.caseless import Caseless
from aggregator.extract.triggers import first_char_gate, mentions_any
from aggregator.items import CastStatus
from aggregator.text import norm

# Latin-1 capitals plus Latin Extended-A (whose cases interleave; close enough for names).
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LO = "a-zß-öø-ÿĀ-ſ"
# The capital that starts both forms (initials, word) stands outside their alternation, so that
# a pattern opening with a name gets a first-character set and the regex engine skips to
# capitals instead of trying the whole name at every position.
# What follows a name word's capital: the rest of an initial run or of the word.
_TOKEN_TAIL = (rf"(?:\.(?:\s?[{_UP}]\.)*|[{_LO}]*(?:[{_UP}][{_LO}]+)*"
               rf"(?:['’-][{_UP}{_LO}][{_LO}]*)*(?![{_UP}{_LO}]))")
TOKEN = rf"(?:[{_UP}]{_TOKEN_TAIL})"
PARTICLE = r"(?:de|da|del|della|der|den|di|du|dos|das|van|von|le|la|ten|ter|bin|al|el|St\.)"
_SUFFIX = r"(?:Jr\.?|Sr\.?|II|III|IV)"
# The characters a name can start with (a character-class body), for first-character gates.
NAME_FIRST = _UP
# A name after its first capital: a pattern that checks the text before a name with a
# look-behind writes `[NAME_FIRST]`, then the look-behind (one character wider), then this.
# Opening with the capital, not the look-behind, gives the regex engine a first-character
# set to skip to, instead of trying the look-behinds at every position.
NAME_REST = rf"{_TOKEN_TAIL}(?:\s+(?:{PARTICLE}\s+)*{TOKEN}){{0,4}}(?:,?\s+{_SUFFIX}(?![\w]))?"
NAME = rf"[{_UP}]{NAME_REST}"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Prof|Capt|Lt|Sgt|Det|Gen|Col|Adm|Cmdr|Sir|Lady|Lord|King|Queen|Prince|Princess)"
# Roles may also be short all-caps names ("JJ", "JP") and droid-style codes ("K-2SO", "BB-8").
_CTOKEN = (rf"(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![\w-])|[A-Z]{{2,3}}(?![\w'’-])|{TOKEN}|[IVX]+(?![\w])|"
           rf"\d{{1,3}}(?![\w]))")
CHAR = (rf"(?:(?:the|a|an)\s+)?(?:{_TITLE}\.?\s+)?{_CTOKEN}"
        # ("Coast Guard Lt. Maren Holt": a rank inside the role)
        rf"(?:\s+(?:(?:of|the|de|von|van|la|le|da|del|du|al)\s+)*(?:{_TITLE}\.\s+)?{_CTOKEN}){{0,5}}"
        rf"(?:\s*/\s*(?:{_TITLE}\.?\s+)?{_CTOKEN}(?:\s+{_CTOKEN}){{0,3}})?")

# Capitalised words that begin a sentence or describe a person but are not a name.
LEAD_STOP = frozenset(["co-creator", "co-creators", "creator", "creators", "showrunner", "showrunners",
                      "also", "and", "but", "meanwhile", "plus", "actor", "actress", "actors", "actresses", "star", "stars", "newcomer", "newcomers", "returning", "return", "however", "the", "then", "finally", "additionally", "moreover", "oscar", "emmy", "golden", "globe", "winner", "winning", "nominee", "nominated", "veteran", "legend", "alum", "favorite", "favourite", "fan", "fans", "while", "as", "both", "with", "of", "in", "on", "sadly", "unfortunately", "fortunately", "thankfully", "hopefully", "now", "elsewhere", "lastly", "next", "first", "last", "former", "fellow", "singer", "rapper", "comedian", "icon", "model", "british", "american", "australian", "canadian", "irish", "scottish", "korean", "spanish", "french", "german", "welsh", "english", "series", "regular", "regulars", "mr", "mrs", "ms", "dr", "sir", "dame", "hollywood", "superstar", "everyone", "we", "it", "this", "that", "these", "those", "he", "she", "they", "i", "you", "if", "when", "after", "before", "since", "although", "though", "because", "so", "yes", "no", "not", "other", "others", "only", "even", "still", "joining", "rounding", "out", "expect", "look", "original", "main", "lead", "leads", "co-star", "costar", "co-stars", "costars", "franchise", "fellow", "stalwart", "stalwarts", "breakout", "rising", "at", "any", "for", "from", "by", "to", "our", "your", "my", "his", "her", "their", "its", "a", "an", "there", "here", "what", "who", "how", "why", "where", "which", "all", "some", "every", "each", "read", "copy", "share", "click", "watch", "see", "more", "related", "subscribe", "sign", "follow",
                       # descriptors that lead a name at a sentence start ("Heartthrob Dev Malhotra returns")
                       "heartthrob", "hunk", "heartthrobs", "heroine", "hero", "villain", "newcomer", "scene-stealer",
                       "fan-favorite", "fan-favourite", "favourite", "breakout", "youngster", "teen", "screen",
                       # feeling words a writer puts before a name ("Poor Desmond Achterberg won't be back")
                       "poor", "dear", "sweet", "brave", "lucky", "beloved", "mighty", "our", "good", "old",
                       # an unscripted show's jobs ("Hosts Kezia Obi and Dan Pryor return")
                       "host", "hosts", "co-host", "co-hosts", "presenter", "presenters", "narrator", "narrators"])
# Words that never occur in an actor's name.
BAD_TOKENS = frozenset(["season", "seasons", "part", "volume", "vol", "episode", "episodes", "netflix", "hbo", "hulu", "disney", "amazon", "prime", "video", "apple", "paramount", "peacock", "tv", "series", "show", "shows", "cast", "character", "characters", "role", "roles", "actor", "actress", "director", "creator", "producer", "showrunner", "writer", "directors", "creators", "producers", "showrunners", "writers", "co-creator", "co-creators", "trailer", "release", "date", "plot", "update", "updates", "news", "source", "sources", "via", "image", "photo", "credit", "instagram", "twitter", "youtube", "facebook", "tiktok", "deadline", "variety", "reporter", "hollywood", "studios", "entertainment", "network", "channel", "january", "february", "march", "september", "october", "november", "december", "monday", "tuesday", "thursday", "friday", "saturday", "sunday", "premiere", "finale", "marvel", "dc", "star", "trek", "wars", "universe", "returning", "new", "exiting", "status", "unknown", "yes", "no", "confirmed", "rumored", "rumoured", "tba", "tbd"])
_CHAR_BAD = frozenset({"season", "seasons", "part", "volume", "episode", "episodes", "netflix", "hbo", "hulu",
                       "disney", "amazon", "prime", "apple", "paramount", "peacock", "tv", "series", "show",
                       "trailer", "release", "premiere", "finale", "cast", "source", "via", "bbc", "itv", "amc",
                       "fx", "abc", "cbs", "nbc", "uk", "us", "usa"})
PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "di", "du", "dos", "das", "van", "von", "le",
                       "la", "ten", "ter", "bin", "al", "el", "st."})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# The members of a list of names: "A, B and C", "A & B".
NAME_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+|\s+&\s+")
NAME_RE = re.compile(NAME)
# Where clean_name() can find a name (two words that are not particles or suffixes) in a NAME
# match: two TOKENs of one NAME (the first alternative) or one run of initials with a space,
# "J. J." (the second). A text this does not match holds no name clean_name() accepts.
TWO_WORD_NAME = re.compile(rf"{TOKEN}\s+(?:{PARTICLE}\s+)*{TOKEN}|[{NAME_FIRST}]\.\s[{NAME_FIRST}]\.")
CHAR_RE = re.compile(CHAR)
_CHAR_TAIL = re.compile(r"(?:\s+(?:and|&|or)|[\s,;:.!?–—-])+$")
# Where a list item's role ends; a period after "Dr" or an initial ("Helly R.") is not an end.
_CHAR_CUT = re.compile(r"\s+[–—-]\s+|\s+\(|\(|;|(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bLt)(?<!\bSgt)"
                       r"(?<!\bProf)(?<!\bCapt)(?<!\b[A-Z])\.\s|,\s*(?:who|returning|new|back)\b|\s+who\s+|"
                       r",\s+(?=[a-z])")

_STATUS_EXIT = Caseless(first_char_gate(   # gated on its first letters (triggers.first_char_gate)
    "wianeldk",
    r"\b(?:will not|won['’]t|will no longer|is not|isn['’]t|are not|aren['’]t|not)\s+(?:be\s+)?"
    r"(?:return\w*|back|coming back|reprise\w*|reprising)\b|\b(?:exit(?:s|ed|ing)?|leav(?:es|ing)|left the (?:show|series|cast)|"
    r"depart(?:s|ed|ing|ure)|killed off|written out|not returning|departing|won['’]t be back|no longer)\b", re.IGNORECASE))
_NO_EXIT = re.compile(r"\bno\s+(?:\w+\s+)?(?:exits?|departures?)\b", re.IGNORECASE)
_STATUS_NEW = Caseless(re.compile(
    r"\b(?:join\w*|newcomers?|new (?:additions?|cast(?: members?)?|faces?|characters?|members?|recruits?|arrivals?)|"
    r"newly cast|cast as|(?:has|have|was|were) been cast|(?:was|were) cast|additions?|recruited|tapped to|"
    r"series debut)\b|(?:^|[–—(:,-])\s*new\b(?!\s+(?:season|episodes?|series|trailer)\b)", re.IGNORECASE))
_STATUS_RETURN = Caseless(re.compile(
    r"\b(?:return\w*|reprise\w*|reprising|(?:be|is|are|come|coming) back|returnees?|back for|back as|"
    r"original cast|series regulars?|signed on again|re-?signed)\b|^\s*back\s*$", re.IGNORECASE))


# Every match of the three status patterns contains one of these (case-folded) words.
_STATUS_WORDS = ("return", "back", "repris", "exit", "leav", "left", "depart", "killed off", "written out",
                 "no longer", "join", "new", "cast", "addition", "recruited", "tapped to", "series debut",
                 "series regular", "signed")


# Cast list parsing and prose credits ask about the same sentences and labels.
@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def status_of(text: str) -> CastStatus | None:
    """The cast status a piece of wording states, or None: exiting > new > returning."""
    if not mentions_any(text, _STATUS_WORDS):
        return None     # most sentences: one pass of `in` tests instead of three regex scans
    if _STATUS_EXIT.search(text) and not _NO_EXIT.search(text):
        return "exiting"
    if _STATUS_NEW.search(text):
        return "new"
    if _STATUS_RETURN.search(text):
        return "returning"
    return None


def clean_name(raw: str, min_words: int = 2) -> str | None:
    """A person's name from a capitalised run: leading non-name words trimmed, then
    1-4 name words (at least `min_words`); None when it is not a name."""
    tokens = raw.split()
    # "Sex Education's Simone Ashley": what precedes a possessive is another work.
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].endswith(("'s", "’s")) and i < len(tokens) - 1:
            tokens = tokens[i + 1:]
            break
    while tokens and _lead_stop(tokens[0].lower().strip(".,'’")):
        if len(tokens) == 2 and tokens[0].lower() in _DESCRIPTOR_NAMES and tokens[1].lower() not in LEAD_STOP:
            break   # "Oscar Lindgren", "Emmy Rossum": the descriptor is the first name
        tokens.pop(0)
    core = [t for t in tokens if t.lower() not in PARTICLES and t.lower().rstrip(",") not in _SUFFIXES]
    if not core or not (min_words <= len(core) <= 4):
        return None
    if any(t.lower().strip(".,'’") in BAD_TOKENS for t in core):
        return None
    if not (tokens[0][0].isupper()):
        return None
    # "Rory Calloway's back as Ewan": the 's is "is", not part of the name
    return " ".join(tokens).rstrip(",").removesuffix("'s").removesuffix("’s")


def clean_char(raw: str | None) -> str | None:
    """The role text of a list item: cut at a remark, trailing "and"/punctuation removed."""
    if not raw:
        return None
    raw = raw.strip()
    cut = _CHAR_CUT.search(raw)
    if cut and cut.start() > 0:
        raw = raw[:cut.start()]
    raw = _CHAR_TAIL.sub("", raw).strip(" \"'“”‘’")
    if not raw or len(raw) > 60 or norm(raw) in {"", "tba", "tbd", "unknown", "returning", "new", "exiting"}:
        return None
    words = raw.split()
    # A role is capitalised ("Seven of Nine") or a described one ("the recruiter").
    if not (raw[0].isupper() or raw[0].isdigit() or (words[0] in {"the", "a", "an"} and len(words) > 1)):
        return None
    if any(w.lower().strip(".,") in _CHAR_BAD for w in words):
        return None
    return raw


# A lower-case description, then the name: "American mining boss Carter Vance".
_DESCRIBED_NAME = re.compile(r"\b[a-z][\w-]*\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)$")
# Descriptor words of LEAD_STOP that are also first names ("Jules Petit (Oscar)").
_DESCRIPTOR_NAMES = frozenset(["oscar", "emmy", "star", "legend", "icon", "model"])


def valid_char(raw: str | None) -> str | None:
    """A prose role: kept when it is a capitalised run (not a status or stop word)."""
    char = clean_char(raw)
    if not char:
        return None
    first = char.split()[0].lower()
    if first in {"the", "a", "an"} and len(char.split()) == 1:
        return None
    # "Oscar winner" leads into a name, but a role that is only "Oscar" is a name itself.
    lone_name = first in _DESCRIPTOR_NAMES and len(char.split()) == 1
    if (first in LEAD_STOP - {"the", "dr", "mr", "mrs", "ms", "sir", "dame"} and not lone_name) or first in _CHAR_BAD:
        # "American mining boss Carter Vance": a described role names the character last.
        named = _DESCRIBED_NAME.search(char)
        return named.group(1) if named and first not in _CHAR_BAD else None
    if char.endswith(("'s", "’s")):
        return None     # "to play Tyler's new rival": a possessive begins a description, not a name
    return char


def _lead_stop(token: str) -> bool:
    """A word that leads a name without being part of it, or a compound of them ("creator-star")."""
    return token in LEAD_STOP or ("-" in token and all(part in LEAD_STOP for part in token.split("-")))

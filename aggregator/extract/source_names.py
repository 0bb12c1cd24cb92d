"""Reading an outlet's name where a page credits one.

A credited name counts when it is a registry outlet (`aggregator.outlets`), a domain,
or a capitalized phrase shaped like a publication ("The Springfield Times"); people
("according to co-creator Michael Chabon"), platforms ("Netflix announced") and the
page's own outlet never. `aggregator.extract.sources` finds where a page credits
someone and calls `resolve_list` / `resolve_before` here to read who.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from aggregator.domains import registrable_domain
from aggregator.items import SourceRef
from aggregator.outlets import Outlet, OutletRegistry
from aggregator.text import norm

# Last words that make an unknown capitalized name a publication.
_PUB_TEXT = """
times post reporter news magazine weekly daily journal guardian insider herald tribune gazette chronicle
observer review telegraph express mail star sun standard examiner inquirer register bulletin dispatch monitor
courier press online digest today wire report blog zeitung mag
"""
_PUB_WORDS = frozenset(_PUB_TEXT.split())
# Publication words that are also surnames ("Darren Star", "Emily Post").
_JOB_WORDS = frozenset({"producer", "creator", "co-creator", "showrunner", "director", "writer", "actor",
                        "actress", "author", "executive", "president", "spokesperson", "boss"})
_SURNAME_PUB_WORDS = frozenset({"star", "post", "press", "sun", "daily", "mail", "observer", "standard"})
# Capitalized words that open a clause before a name ("Meanwhile Deadline reported").
_LEAD_TEXT = """
meanwhile however and but also now earlier recently yesterday today later then so as in while when last this
that since after before finally additionally moreover plus still even first
"""
_LEAD_WORDS = frozenset(_LEAD_TEXT.split())
# Words after a name that are not part of it ("told the Springfield Times Tuesday").
_TIME_TEXT = """
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight last this earlier later
january february march april may june july august september october november december jan feb mar apr jun
jul aug sep sept oct nov dec in on at
"""
_TIME_WORDS = frozenset(_TIME_TEXT.split())
_CONNECT = r"(?:of|the|and|&|on|de|du|la|le|des|del|di|da|for)"
_TOKEN = r"(?:(?:[A-Z]\.){2,}|[A-Z0-9À-Þ][\w'’!&+-]*(?:\.(?:[a-z]{2,}\.)?[a-z]{2,}(?![\w]))?)"
_PHRASE = re.compile(rf"(?:[Tt]he\s+)?{_TOKEN}(?:\s+(?:{_CONNECT}\s+)*{_TOKEN}){{0,5}}")
_PHRASE_END = re.compile(rf"(?:[Tt]he\s+)?{_TOKEN}(?:\s+(?:{_CONNECT}\s+)*{_TOKEN}){{0,5}}$")
_ARTICLE = re.compile(r"(?:an?\s+)?")
_POSS = re.compile(r"['’]s?$")
_DOMAIN = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+|\s+as\s+well\s+as\s+|\s+or\s+|\s*[;|/]\s*)")
def outlet_ref(outlet: Outlet, url: str | None = None) -> SourceRef:
    domain = outlet.domain
    if url:
        host = (urlsplit(url).hostname or "").lower()
        domain = next((d for d in outlet.domains if host == d or host.endswith("." + d)),
                      registrable_domain(url) or domain)
    return SourceRef(outlet.name, domain, url)


def pretty_name(domain: str, anchor: str | None = None) -> str:
    """A display name for an unknown outlet's domain: the anchor text when it spells
    the domain ("TV Series Finale" for tvseriesfinale.com), else the domain itself."""
    label = domain.split(".")[0]
    if anchor and norm(anchor).replace(" ", "") == label.replace("-", ""):
        return anchor.strip()
    if "-" in label:
        return " ".join(w.capitalize() for w in label.split("-") if w)
    return domain


def _domain_ref(text: str, reg: OutletRegistry) -> SourceRef | None:
    """"deadline.com" or a URL written as text."""
    domain = registrable_domain(text if "//" in text else text.split("/")[0])
    if not domain:
        return None
    url = text if text.lower().startswith("http") else None
    outlet = reg.by_domain(text)
    return outlet_ref(outlet, url) if outlet else SourceRef(pretty_name(domain), domain, url)


def _resolve_phrase(phrase: str, reg: OutletRegistry, strict: bool,
                    backward: bool = False, own: frozenset[str] = frozenset()) -> tuple[int, int, SourceRef] | None:
    """Resolve a capitalized phrase: (start, end) within `phrase` and the ref, or None.

    Strict (prose) accepts registry names, domains and publication-shaped names,
    shrinking the phrase away from the verb; a credit line takes any name as written.
    `own` holds norm() names of the page's own outlet: "told The Daily Goggle" is the
    page itself, matched whole before any shrinking could leave "The Daily"."""
    words = phrase.split()
    if backward:
        # Start at the last "The", else after clause openers ("Meanwhile Deadline").
        thes = [i for i, w in enumerate(words) if w.lower() == "the"]
        start = thes[-1] if thes else 0
        while start < len(words) - 1 and words[start].lower() in _LEAD_WORDS:
            start += 1
        words = words[start:]
    while words:
        text = " ".join(words)
        clean = _POSS.sub("", text)
        outlet = reg.by_name(clean)
        ref: SourceRef | None = None
        if own and norm(clean) in own:
            ref = SourceRef(clean, None)    # the page's own outlet: the caller drops it
        elif outlet:
            ref = outlet_ref(outlet)
        elif reg.is_not_source_name(clean):
            return None
        elif "." in clean and _DOMAIN.match(clean):
            ref = _domain_ref(clean, reg)
        elif not strict:
            text = re.split(r"\s+(?:and|&)\s+", text)[0]   # "X and Y" is two names
            clean = _POSS.sub("", text)
            owner = re.search(r"['’]s\s+(.+)$", clean)    # "Mito Aoi's X": a social account
            if reg.is_not_source_name(clean) or (owner and reg.is_not_source_name(owner.group(1))):
                return None
            ref = SourceRef(clean, None)
        elif clean.split()[-1].lower() in _PUB_WORDS and not _person_shaped(clean):
            ref = SourceRef(clean, None)
        if ref:
            at = phrase.rfind(text) if backward else phrase.find(text)
            return at, at + len(text), ref
        # "Yesterday Springfield Times" / "the Springfield Times Tuesday": shrink away from the verb.
        # Forward, a name word may go only after a possessive ("The Springfield Times' John
        # Smith"); else only a time word or an all-caps tag: "The Daily Goggle" is one name,
        # never "The Daily".
        if (not backward and strict and not any(_POSS.search(w) for w in words[:-1])
                and words[-1].lower().strip(".,") not in _TIME_WORDS and not words[-1].isupper()):
            return None
        words = words[1:] if backward else words[:-1]
    return None


def _person_shaped(name: str) -> bool:
    """"Darren Star has said": two words without "The" ending in a publication word that
    is also a surname are a person; an unknown paper is written "the Toronto Star". A
    bare "Star" (what is left of "Darren Star") is a word, not a paper, and a job title
    makes a person ("Producer Mara Star")."""
    words = name.split()
    if words[0].lower() in _JOB_WORDS:
        return True
    return len(words) == 1 or len(words) == 2 and words[0].lower() != "the" and words[1].lower() in _SURNAME_PUB_WORDS


def _resolve_at(text: str, pos: int, reg: OutletRegistry, strict: bool,
                own: frozenset[str] = frozenset()) -> tuple[int, int, SourceRef] | None:
    """The outlet named at `pos` (after optional "the"/"a"): (start, end, ref) or None."""
    m = _ARTICLE.match(text, pos)
    pos = m.end() if m else pos
    hit = reg.match_at(text, pos)
    if hit is None and text[pos:pos + 4].lower() == "the ":
        hit = reg.match_at(text, pos + 4)
    if hit:
        return hit[0], hit[1], outlet_ref(hit[2])
    word = text[pos:].split()[0].rstrip(".,;:)") if text[pos:].split() else ""
    if "." in word and _DOMAIN.match(word):
        ref = _domain_ref(word, reg)   # "via deadline.com": a domain is never a person
        if ref:
            return pos, pos + len(word), ref
    pm = _PHRASE.match(text, pos)
    if not pm:
        return None
    found = _resolve_phrase(pm.group(), reg, strict, own=own)
    return (pos + found[0], pos + found[1], found[2]) if found else None


_PUBLICATION_KIND = re.compile(r"\s+(?:magazine|newspaper|paper|website|site|podcast|newsletter|tabloid)$")


def resolve_before(text: str, end: int, reg: OutletRegistry,
                    own: frozenset[str] = frozenset()) -> tuple[int, int, SourceRef] | None:
    """The outlet named just before `end` ("Deadline| reports"): (start, end, ref) or None."""
    # "Broadcast magazine reported": the outlet named before its kind of publication
    kind = _PUBLICATION_KIND.search(text, max(0, end - 20), end)
    if kind is not None:
        end = kind.start()
    window_start = max(0, end - 80)
    window = text[window_start:end]
    hits = reg.find_outlet_names(window)
    if hits and hits[-1][1] == len(window):
        return window_start + hits[-1][0], end, outlet_ref(hits[-1][2])
    pm = _PHRASE_END.search(window)
    if not pm or (pm.start() > 0 and not window[pm.start() - 1].isspace() and window[pm.start() - 1] not in "(\"“"):
        return None
    found = _resolve_phrase(pm.group(), reg, strict=True, backward=True, own=own)
    if not found:
        return None
    return window_start + pm.start() + found[0], window_start + pm.start() + found[1], found[2]


def resolve_list(text: str, pos: int, reg: OutletRegistry, strict: bool,
                  own: frozenset[str] = frozenset()) -> list[tuple[int, int, SourceRef]]:
    """Outlets named from `pos` on, in a list: "The Wrap and Deadline", "X, Y and Z".
    A platform in the list ("Sources: Netflix Tudum, The Hollywood Reporter") is
    skipped, not the end of the list."""
    out: list[tuple[int, int, SourceRef]] = []
    while True:
        hit = _resolve_at(text, pos, reg, strict, own)
        if not hit:
            skipped = _platform_at(text, pos, reg)
            if skipped is None:
                return out
            end = skipped
        else:
            out.append(hit)
            end = hit[1]
        sep = _LIST_SEP.match(text, end)
        if not sep or sep.end() >= len(text):
            return out
        pos = sep.end()


def _platform_at(text: str, pos: int, reg: OutletRegistry) -> int | None:
    """End of a platform or network name ("Netflix Tudum") starting at `pos`, else None."""
    pm = _PHRASE.match(text, pos)
    if pm and reg.is_not_source_name(pm.group()):
        return pm.end()
    return None

"""Which outlets a page credits (fixtures/CONVENTIONS.md, "Sources").

Three kinds of credit, all read from the `Document` blocks:

- credit lines: "Source: Rolling Stone", "Sources: X, Y and Z", "Via: X", "h/t X",
  and a bottom "Sources" heading followed by items (photo credits are not sources);
- in-sentence attributions: "according to Deadline", "Variety reports", "told THR",
  "per The Wrap", "as reported by X", "(h/t X)", "X's report";
- links into another outlet's article (not its home, tag or author pages, and never
  share, social, ad or platform links).

An attributed name counts when it is a registry outlet (`aggregator.outlets`) or a
capitalized name shaped like a publication ("The Springfield Times"); people
("according to co-creator Michael Chabon") and platforms ("Netflix announced") never.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from aggregator.domains import registrable_domain, unwrap_redirect
from aggregator.extract.agencies import agency_authors
from aggregator.extract.apparatus import is_sources_heading_text
from aggregator.extract.caseless import Caseless
from aggregator.extract.document import Block, Document, Link
from aggregator.extract.source_names import outlet_ref, pretty_name, resolve_before, resolve_list
from aggregator.extract.triggers import first_char_gate, folded, trie_alternation
from aggregator.items import OutletRef, SourceRef
from aggregator.outlets import OutletRegistry, default_registry
from aggregator.text import norm

# Gated on the first letters of its words (triggers.first_char_gate).
_FORWARD = Caseless(first_char_gate(
    "arfcbpnetsivhw",
    r"(?:\baccording\s+to|\b(?:as\s+)?(?:first\s+)?reported\s+(?:exclusively\s+)?(?:by|in)"
    r"|\b(?:confirmed|revealed|announced|broken|published|noted|first\s+reported)\s+(?:exclusively\s+)?(?:by|to|in)"
    # "confirmed the news to Entertainment Weekly", "thanks to What's on Netflix for the heads-up"
    r"|\b(?:confirmed|revealed|announced|explained|admitted)\s+(?:the\s+(?:news|renewal|date|casting)|this|it)\s+to"
    r"|\bthanks\s+to"
    r"|\btold|\btells?|\btelling|\bspeaking\s+(?:to|with)"
    r"|\b(?:an?\s+)?(?:(?:new|recent|exclusive|candid)\s+)?(?:interview|conversation|chat|statement|podcast)"
    r"\s+(?:with|to)"
    r"|\bper|\bvia|\bh/t:?|\bhat\s+tip(?:\s+to)?|\bcourtesy\s+of"
    # "The news comes from What's on Netflix"
    r"|\b(?:news|report|word|story|it)\s+(?:comes?|came)\s+(?:to\s+us\s+)?(?:from|via)"
    r"|\b(?:an?|the)\s+(?:(?:new|recent|latest|exclusive|initial|original)\s+)*(?:report|story|article|scoop)"
    r"\s+(?:from|by|in|at))(?=\s)",
    re.IGNORECASE,
))
# What may sit between "according to" and the outlet: "a new report from", "sources at".
_MIDDLE = re.compile(
    r"\s+(?:(?:an?|the)\s+)?(?:(?:new|recent|latest|exclusive|original|initial|current)\s+)*"
    r"(?:reports?|story|article|scoop|insiders?|sources?|issue|edition)\s+(?:from|by|in|at|with|of|close\s+to)(?=\s)"
    # "according to Korean outlet Sports Chosun", "according to the trade publication Deadline"
    r"|\s+(?:(?:an?|the)\s+)?(?:[A-Z][a-z]+\s+|trade\s+|entertainment\s+|industry\s+|news\s+)?"
    r"(?:outlet|publication|site|website|portal|newspaper|tabloid|daily|magazine|trade)(?=\s)",
    re.IGNORECASE,
)
_BACKWARD = re.compile(
    r"['’]s\s+(?:(?:new|latest|recent|original|exclusive|own|initial|earlier|first)\s+)*"
    r"(?:report|reporting|story|article|scoop|sources?|exclusive|piece|interview|conversation|chat|podcast)\b"
    r"|,?\s+(?:(?:has|have|had|was|is|also|first|exclusively|originally|previously|recently|now|just|initially"
    r"|later|then|earlier)\s+)*"
    r"(?:reports|reported|reporting|reveals|revealed|confirms|confirmed|learned|learnt"
    # "TVLine broke the casting news", "Deadline was first with the date"
    r"|broke\s+the\s+(?:\w+\s+)?(?:news|story)|was\s+first\s+with\s+the\s+(?:news|date|story|scoop)"
    r"|says|said|notes|noted|writes|wrote|claims|claimed|understands|announced|was\s+(?:the\s+)?first\s+to\s+report)\b",
)
# Every _FORWARD match contains one of these (case-folded, single-spaced; the pattern
# ends in a lookahead for whitespace, hence the trailing spaces).
_FORWARD_WORDS = ("according to", "reported ", "report ", "confirmed ", "revealed ", "announced ", "broken ",
                  "published ", "noted ", "told ", "tell ", "tells ", "telling ", "speaking ", "interview ",
                  "conversation ", "chat ", "statement ", "podcast ", "per ", "via ", "h/t", "hat tip",
                  "courtesy of", "story ", "article ", "scoop ", "explained ", "admitted ", "thanks to",
                  "comes from", "come from", "came from", "comes via", "come via", "came via", "comes to us",
                  "came to us")
# Every _BACKWARD match contains one of these.
_BACKWARD_WORDS = ("report", "story", "article", "scoop", "source", "exclusive", "piece", "reveal", "confirm",
                   "learn", "broke", "says", "said", "note", "writes", "wrote", "claim", "understands",
                   "announced", "interview", "conversation", "chat", "podcast", "first with")
# Speed: whether a folded text holds one of the words above, in one scan of a trie
# (triggers.trie_alternation) rather than one scan a word (triggers.mentions_any).
_FORWARD_HINT = re.compile(trie_alternation(_FORWARD_WORDS, blank=" "))
_BACKWARD_HINT = re.compile(trie_alternation(_BACKWARD_WORDS, blank=" "))
_PHOTO_BEFORE = re.compile(r"\b(?:image|photo|picture|pic|still|poster|screenshot|gif|video|artwork)s?\b"
                           r"[^.!?]{0,24}$", re.IGNORECASE)

_CREDIT = re.compile(
    r"^\s*[(\[]?\s*(?P<label>sources?|source\(s\)|via|h/t|hat\s+tip)\s*(?P<sep>[:：\-–—|]|\s)\s*"
    r"(?P<rest>.+?)[)\]]?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_PHOTO_LINE = re.compile(r"^\s*(?:featured\s+|header\s+|cover\s+|top\s+|lead\s+)?"
                         r"(?:image|photo|picture|pic|still|poster|screenshot|video|thumbnail)s?\b", re.IGNORECASE)

_NON_ARTICLE_TEXT = """
tag tags t topic topics category categories section sections hub db label labels keyword keywords subject
author authors by contributor contributors profile profiles staff writer writers user users u search about
contact privacy privacy-policy terms terms-of-use terms-of-service cookie-policy subscribe subscription
newsletter newsletters login signin sign-in signup sign-up register account feed rss share sharer sharer.php
intent cdn-cgi wp-content wp-admin wp-json wp-login.php tvshows shows wiki
"""
_NON_ARTICLE_SEGMENTS = frozenset(_NON_ARTICLE_TEXT.split())
_MEDIA_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif|mp4|mp3|pdf|css|js|xml|rss|json)$", re.IGNORECASE)
_PAGE_EXT = re.compile(r"\.(?:html?|shtml|php|aspx?|cms)$", re.IGNORECASE)



# --- sentences ----------------------------------------------------------------------

_TRAILING_OUTLET = re.compile(r"\(\s*([^()]{2,60}?)\s*\)[\s.!?]*$")


# Claims ask again for each dated sentence (often several dates per sentence).
@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def _attributions(text: str, reg: OutletRegistry,
                  own: frozenset[str] = frozenset()) -> tuple[tuple[int, int, SourceRef], ...]:
    """(start, end, ref) of every outlet `text` attributes something to, in order."""
    found: list[tuple[int, int, SourceRef]] = []
    low = folded(text)
    forward = _FORWARD.finditer(text) if _FORWARD_HINT.search(low) else ()
    for m in forward:
        trigger = m.group().lower()
        if trigger.startswith(("via", "courtesy")) and _PHOTO_BEFORE.search(text, 0, m.start()):
            continue  # "Image via Netflix", "photo courtesy of ...": picture credits
        pos = m.end()
        if trigger.startswith("according"):
            mid = _MIDDLE.match(text, pos)
            pos = mid.end() if mid else pos
        pos = len(text) - len(text[pos:].lstrip(" :"))
        found.extend(resolve_list(text, pos, reg, strict=True, own=own))
    # "Filming due to begin this autumn (Broadcast).": an outlet's name alone in closing
    # parentheses credits the statement to it, like "per Broadcast".
    paren = _TRAILING_OUTLET.search(text) if text.rstrip(" .!?").endswith(")") else None
    if paren:
        named = resolve_list(text, paren.start(1), reg, strict=True, own=own)
        if named and named[-1][1] == paren.end(1):   # the names fill the parentheses
            found.extend(named)
    backward = _BACKWARD.finditer(text) if _BACKWARD_HINT.search(low) else ()
    for m in backward:
        hit = resolve_before(text, m.start(), reg, own)
        if hit:
            found.append(hit)
    found.sort(key=lambda h: h[0])
    out: list[tuple[int, int, SourceRef]] = []
    for hit in found:
        if not any(_same(hit[2], o[2]) for o in out):
            out.append(hit)
    return tuple(out)


def sentence_attributions(text: str) -> list[SourceRef]:
    """Outlets a sentence credits: "according to X", "X reports", "told X", "per X",
    "via X", "(h/t X)", "X's report", ... in order of appearance, one per outlet.

    >>> [s.name for s in sentence_attributions("According to Deadline, it returns in May.")]
    ['Deadline']
    """
    return [ref for _, _, ref in _attributions(text, default_registry())]


# --- credit lines -------------------------------------------------------------------


def _credit_match(block: Block) -> re.Match[str] | None:
    return _credit_text_match(block.text, bool(block.links))


# Claims and sources each ask of every block whether it is a credit line, some twice.
@lru_cache(maxsize=512)  # one page's worth: reuse within a page, not across a benchmark
def _credit_text_match(block_text: str, linked: bool) -> re.Match[str] | None:
    text = block_text.strip()
    if not text or len(text) > 200 or _PHOTO_LINE.match(text):
        return None
    m = _CREDIT.match(block_text)  # offsets into block.text, where the link anchors are
    if not m:
        return None
    rest = m.group("rest").strip()
    if m.group("sep").isspace():
        # "Via Rolling Stone" without a colon: only a short line naming something.
        if len(rest.split()) > 6 or not (rest[:1].isupper() or rest[:1].isdigit() or linked):
            return None
        if m.group("label").lower().startswith("source") and not linked and not rest[:1].isupper():
            return None
    return m


def is_sources_heading(block: Block) -> bool:
    """A "Sources"/"References" heading that opens a list of credited outlets."""
    return block.kind == "heading" and is_sources_heading_text(block.text)


def is_credit_line(block: Block) -> bool:
    """True for "Source: X", "Sources: X, Y", "Via: X", "Via X", "h/t X" and a
    "Sources" heading; False for photo credits ("Image credit: ...", "Photo via ...")."""
    return is_sources_heading(block) or _credit_match(block) is not None


def _link_spans(block: Block) -> list[tuple[int, int, Link]]:
    """(start, end, link) of each anchor in the block text, searched left to right."""
    spans: list[tuple[int, int, Link]] = []
    cursor = 0
    for link in block.links:
        anchor = link.text.strip()
        at = block.text.find(anchor, cursor) if anchor else -1
        at = block.text.find(anchor) if at < 0 and anchor else at
        if at < 0:  # anchor not in the text (an image link): place it at the end
            spans.append((len(block.text), len(block.text), link))
            continue
        spans.append((at, at + len(anchor), link))
        cursor = at + len(anchor)
    return spans


def _with_link(ref: SourceRef, start: int, end: int, spans: list[tuple[int, int, Link]],
               reg: OutletRegistry) -> SourceRef:
    """Attach the article a credited name links to (its anchor overlaps the name)."""
    for a, b, link in spans:
        if not (a < end and start < b):
            continue    # (Speed: tested before the link's redirect is unwrapped)
        href = unwrap_redirect(link.href.strip())
        if not href.startswith("http") or reg.is_not_source(href):
            continue
        if not is_article_url(href):
            continue
        outlet = reg.by_domain(href)
        if outlet and ref.name and norm(outlet.name) == norm(ref.name):
            return outlet_ref(outlet, href)
        if ref.domain is None:
            return outlet_ref(outlet, href) if outlet else SourceRef(ref.name, registrable_domain(href), href)
        if registrable_domain(ref.domain) == registrable_domain(href):
            return SourceRef(ref.name, ref.domain, href)
    return ref


def _credit_refs(text: str, offset: int, block: Block, reg: OutletRegistry) -> list[tuple[int, SourceRef]]:
    """Names listed in a credit line or a Sources-list item from `offset`, with their links."""
    spans = _link_spans(block)
    hits = resolve_list(text, offset, reg, strict=False)
    out: list[tuple[int, SourceRef]] = []
    for s, e, ref in hits:
        ref = _with_link(ref, s, e, spans, reg)
        if ref.url is None and len(hits) == 1:
            # "CBR: <a>Picard season 2 details</a>": the line's link is the credited article.
            ref = _with_link(ref, 0, len(block.text), spans, reg)
        out.append((s, ref))
    if not out:
        # "Source: here" / "Source: [link]": the link is the credit.
        for a, _, link in spans:
            linked = _link_source(link, reg, article_only=False)
            if linked:
                out.append((a, linked))
    return out


def credit_line_sources(block: Block) -> list[SourceRef]:
    """The outlets a credit line names ("Sources: Variety, Deadline and THR"), with
    the linked article as url when the name is a link; [] for other blocks."""
    m = _credit_match(block)
    if not m:
        return []
    end = m.start("rest") + len(m.group("rest").rstrip(" ."))
    return _dedupe([ref for _, ref in _credit_refs(block.text[:end], m.start("rest"), block, default_registry())])


def section_credits(blocks: list[Block]) -> list[list[SourceRef]]:
    """For each block, the outlets credited by the "Source:"/"Via:" lines that close
    its section (heading to heading): a credit line credits the blocks above it in
    its section. Credit lines are not section headings even when set as headings."""
    credits: list[list[SourceRef]] = [[] for _ in blocks]
    pending: list[SourceRef] = []
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        credits[i] = list(pending)
        if is_sources_heading(block) or (block.kind == "heading" and not is_credit_line(block)):
            pending = []
        elif _credit_match(block):
            pending = _dedupe(credit_line_sources(block) + pending)
    return credits


# --- links --------------------------------------------------------------------------


def is_article_url(url: str) -> bool:
    """True when the URL path looks like one article (a slug, an id, a dated path),
    not a home, section, tag, author, search, share or media URL."""
    parts = urlsplit(url)
    segs = [s for s in parts.path.split("/") if s]
    if segs and segs[-1].lower() == "amp":
        segs = segs[:-1]
    if not segs:
        return bool(re.search(r"(?:^|&)(?:p|id|story|article)=\d+", parts.query))
    if any(s.lower() in _NON_ARTICLE_SEGMENTS for s in segs) or _MEDIA_EXT.search(segs[-1]):
        return False
    if any(len([w for w in re.split(r"[-_+]+", _PAGE_EXT.sub("", s)) if w.isalpha()]) >= 3 for s in segs):
        return True
    if re.search(r"\d{5,}", parts.path):
        return True
    if _PAGE_EXT.search(segs[-1]) and not segs[-1].lower().startswith(("index", "default")):
        return True
    return len(segs) >= 3 and re.fullmatch(r"(?:19|20)\d\d", segs[0]) is not None


def _link_source(link: Link, reg: OutletRegistry, article_only: bool = True) -> SourceRef | None:
    href = unwrap_redirect(link.href.strip())
    if not href.lower().startswith(("http://", "https://")) or reg.is_not_source(href):
        return None
    domain = registrable_domain(href)
    if not domain:
        return None
    outlet = reg.by_domain(href)
    if outlet and outlet.kind == "database" and article_only:
        return None  # IMDb / Rotten Tomatoes / Wikipedia links are references, not credits
    if article_only and not is_article_url(href):
        return None
    return outlet_ref(outlet, href) if outlet else SourceRef(pretty_name(domain, link.text), domain, href)


# --- the page -----------------------------------------------------------------------


def _same(a: SourceRef, b: SourceRef) -> bool:
    if a.domain and b.domain:
        return registrable_domain(a.domain) == registrable_domain(b.domain) or a.domain == b.domain
    if bool(a.domain) != bool(b.domain):
        # "Via: TrekMovie" and a link to trekmovie.com: the name spells the domain's label.
        named, linked = (b, a) if a.domain else (a, b)
        label = (registrable_domain(linked.domain or "") or "").split(".")[0].replace("-", "")
        if label and named.name and norm(named.name).replace(" ", "") == label:
            return True
    return bool(a.name and b.name and norm(a.name) == norm(b.name))


def _dedupe(refs: list[SourceRef]) -> list[SourceRef]:
    """One entry per outlet, first appearance first; later mentions fill in domain/url."""
    out: list[SourceRef] = []
    for ref in refs:
        for i, old in enumerate(out):
            if _same(old, ref) or (old.name and ref.name and norm(old.name) == norm(ref.name)):
                out[i] = SourceRef(old.name or ref.name, old.domain or ref.domain, old.url or ref.url)
                break
        else:
            out.append(ref)
    return out


def _block_refs(block: Block, reg: OutletRegistry, own: frozenset[str] = frozenset()) -> list[SourceRef]:
    """Attributions and article links of one prose block, in text order."""
    spans = _link_spans(block)
    hits = _attributions(block.text, reg, own)
    found = [(s, _with_link(ref, s, e, spans, reg)) for s, e, ref in hits]
    for a, b, link in spans:
        if any(s < b and a < e for s, e, _ in hits):
            continue  # the link is the attributed name: already attached above
        ref = _link_source(link, reg)
        if ref:
            found.append((a, ref))
    found.sort(key=lambda x: x[0])
    return [ref for _, ref in found]


def find_sources(doc: Document, own: OutletRef) -> list[SourceRef]:
    """Every outlet the page credits, one entry per outlet (by domain, else norm(name)),
    in order of first appearance; never the page's own outlet."""
    reg = default_registry()
    own_outlet = reg.by_domain(own.domain) or reg.by_name(own.name)
    own_domains = {registrable_domain(own.domain)} if own.domain else set()
    own_names = {norm(own.name)} if own.name else set()
    if own_outlet:
        own_domains |= {registrable_domain(d) or d for d in own_outlet.domains}
        own_names |= {norm(n) for n in (own_outlet.name, *own_outlet.aliases)}
    # Wire copy: the agency the page names as its author (a JSON-LD Organization) wrote the
    # story; "told The Associated Press" in AP copy credits nobody else.
    for agency in agency_authors(doc.jsonld):
        own_names.add(norm(agency))
        known = reg.by_name(agency)
        if known:
            own_domains |= {registrable_domain(d) or d for d in known.domains}
            own_names |= {norm(n) for n in (known.name, *known.aliases)}
    own_domains.discard(None)

    def is_own(ref: SourceRef) -> bool:
        if ref.domain and (registrable_domain(ref.domain) or ref.domain) in own_domains:
            return True
        if ref.url and registrable_domain(ref.url) in own_domains and not reg.by_domain(ref.url):
            return True
        if not ref.name:
            return False
        name = norm(ref.name)
        # "told the Herald" on The Lakeshore Herald: a paper's short name for itself, even where
        # another outlet goes by it (the Dispatch on Slow Burn Dispatch), unless a link says which
        return name in own_names or (not ref.url and len(name) >= 4
                                     and any(n.endswith(" " + name) for n in own_names))

    own_set = frozenset(own_names)
    refs: list[SourceRef] = []
    in_list = False  # inside a bottom "Sources" list
    for block in doc.blocks:
        if is_sources_heading(block):
            in_list = True
            continue
        if block.kind == "heading" and not is_credit_line(block):
            in_list = False
            continue
        if block.kind == "caption":
            continue  # captions credit pictures, not information
        if in_list:
            if block.kind == "row" and not block.links:
                continue    # a navbox under the references ("Harrow Point seasons") credits nobody
            if block.links and all(registrable_domain(link.href) in own_domains for link in block.links):
                continue    # the page's own earlier episode or story in the list
            lead = len(block.text) - len(block.text.lstrip())
            refs.extend(ref for _, ref in _credit_refs(block.text, lead, block, reg))
        elif _credit_match(block):
            refs.extend(credit_line_sources(block))
        else:
            refs.extend(_block_refs(block, reg, own_set))
    return _dedupe([ref for ref in refs if not is_own(ref) and not _data_service(ref, reg)])


def _data_service(ref: SourceRef, reg: OutletRegistry) -> bool:
    """A ratings, box-office or reference database (Nielsen, IMDb, Wikipedia) measures or
    lists; it reports no release news (the registry's kind "database")."""
    outlet = (reg.by_domain(ref.domain) if ref.domain else None) or (reg.by_name(ref.name) if ref.name else None)
    return outlet is not None and outlet.kind == "database"

"""Show names as headlines, <title>s and URL slugs write them: the name around a season
reference ("Star Trek Picard Season 2: …", "when-will-ironvale-season-2-come-out"),
lead-ins and platforms stripped, known titles preferred, a slug's ASCII spelling
matched back to the page's ("der-grenzgaenger" → "Der Grenzgänger").
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from aggregator.extract.seasons import parse_season_ref
from aggregator.extract.show_table import (
    POSSESSIVE,
    canonical_show,
    find_show_mentions,
    is_known_show,
    lookup_show,
    show_table,
    tidy_title,
)
from aggregator.text import norm

# --- locating the show name around a season reference --------------------------------

_PLATFORM_PREFIX = re.compile(
    r"^(?:.*\b)?(?:Netflix|HBO(?: Max)?|Max|Hulu|Disney\+?|Disney Plus|Amazon|Prime Video|Apple TV\+?|Apple|"
    r"Paramount\+?|Peacock|Showtime|Starz|AMC|FX|CBS|NBC|ABC|BBC|ITV|Channel 4|Crunchyroll|Sky)['’]s\s+", re.IGNORECASE)
# Words that end a headline's lead-in ("When Will ... Season 4", "Everything We Know About ...").
_LEAD_IN = re.compile(
    r"^.*?\b(?:about|will|when|does|do|did|is|are|has|have|why|how|what|where|here['’]?s|there|be|know|expect|"
    r"renews?|renewed|confirms?|confirmed|announces?|announced|reveals?|teases?|gets?|watch|"
    # "Olivia Thorne joins Grimsby Manor Season 2"
    r"joins|joined|exits|leaves|boards|"
    r"premiere|release|return|new|official|exclusive|first look|update|updates|news|on|for|into|from|with)\s+",
    re.IGNORECASE)
# A period ends a segment, but not after a title or an initial ("Mr. & Mrs. Smith", "J. Edgar").
# Speed: the look-aheads say what a separator starts with and that a period comes, so the engine
# does not try the branches and the look-behinds at every position.
_SEPARATOR = re.compile(r"(?=[\s:|?!;–—.])\s*(?:[:|?!;]|\s[–—-]\s|[–—]|(?=\.\s)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)"
                        r"(?<!\bSt)(?<!\bJr)(?<!\bvs)(?<!\b[A-Z])\.\s)\s*")
# A verb phrase after the name in a headline: "Blue Harbour Renewed for Season 3".
_TRAILING_VERB = re.compile(
    r"\s+(?:(?:is|has been|have been|was|gets?|officially|finally|now)\s+)*(?:renewed|confirmed|picked up|greenlit|"
    r"ordered|returns?|returning|coming back|back|set|cancell?ed|ending|ends|"
    # "Netflix renews Distrito Cero for temporada 2", a slug's "distrito-cero-renovada-temporada-2"
    r"for|renovad[ao]s?|renouvel[ée]e?s?|verl[äa]ngert|"
    # "Hollow Creek gets a Season 2"
    r"(?:gets?|getting|lands?|scores?|earns?)\s+(?:a|an|its)|"
    # "Apple renews Palm Royale for a second season"
    r"for\s+(?:a|an|its)|"
    # "kestrel-bay-final-season-5": the season's adjective, not the name
    r"final|last|new|next|upcoming|latest)(?:\s+(?:for|with|in|at)(?:\s+(?:a|an|its|the))?)?\s*$",
    re.IGNORECASE)
# "'Love in Jeju 2' Returns to Netflix": a quoted title numbered like a sequel is that season.
_TAG = re.compile(r"^\s*[\[(](?:rumou?r|news|spoilers?|official|update|exclusive|discussion|leak|confirmed|report)"
                  r"[\])]\s*[:-]?\s*", re.IGNORECASE)
_SEASON_WORD = r"(?i:season|series|part|volume|vol|staffel|temporada|saison|stagione|chapter|episode|ep|book)\b"
_NUMBERED_TITLE = re.compile(
    rf"^(?P<t>(?!{_SEASON_WORD})[A-Z][\w'’&-]*(?:\s+(?:(?:of|the|and|il|la|lo|le|di|dei|del|della|de|da|do|des|du|el|"
    rf"los|las)\s+)*(?!{_SEASON_WORD})[A-Z][\w'’&-]*){{0,5}})\s+(?P<n>[1-9]|[12]\d)"
    r"(?:\s*[:,–—]|\s+(?:arrives?|returns?|premieres?|is|will|gets?|sets?|lands?|begins?|starts?|confirmed|renewed|"
    r"drops?|debuts?|comes?)\b)")
_SUBPAGE = re.compile(r"/(?=(?i:season|series|part|volume)\s*\d)")
_QUOTED_NUMBERED = re.compile(r"^(?P<t>[A-Z0-9].*?)\s+(?:(?:Part|Season|Vol\.?|Volume)\s+)?(?P<n>\d{1,2})$")
# "REVIEW: Fernwood Falls 2x13 'Thin Ice'": an episode code names the season.
_EPISODE_CODE = re.compile(r"^(?:[A-Z ]{2,20}:\s*)?(?P<t>[A-Z0-9][^:|–—]{0,60}?)\s+(?P<s>\d{1,2})x\d{2,3}\b")
_QUOTED = re.compile(r"(?:^|(?<=[\s(\[]))[\"“‘'](?P<q>[^\"“”‘’]{2,80}?)[\"”’'](?=$|[\s:,.!?)\]]|['’]s\b)")
_AFTER_OF = re.compile(r"^\s*(?:of|for|from)\s+(?:the\s+(?=[A-Z0-9]))?(?P<s>.+)$", re.IGNORECASE)
_CAP_RUN = re.compile(
    r"^(?:[A-Z0-9][\w'’&.+!-]*)(?:\s+(?:(?:of|the|and|in|on|a|&|de|la|del|der|x|vs\.?)\s+)*[A-Z0-9][\w'’&.+!-]*)*")
_QUOTES = "'‘’\"“”"
_REVIEW_LABEL = re.compile(rf"^\s*(?i:(?:tv|series|streaming|television)\s+)?(?i:review)\s*[:|–—-]\s*"
                           rf"[{_QUOTES}](?P<t>[A-Z0-9][^{_QUOTES}]{{0,60}})[{_QUOTES}]")
_LEFT_PREPOSITION = re.compile(r"^(?i:about|on|for|into|from|with)\s+(?=[A-Z0-9])")
_FINAL_SEASON_HEAD = re.compile(r"^\s*(?P<t>[A-Z0-9][^:|–—]{0,60}?)(?:['’]s)?\s+(?i:final|last)\s+(?i:season|series)\b")
_REVIEW_HEAD = re.compile(rf"^\s*(?P<t>[{_QUOTES}]?[A-Z0-9][^:|–—]{{0,60}}?[{_QUOTES}]?)\s+(?i:review)\s*[:|–—-]")
_REVIEW_SLUG = re.compile(r"^(?P<t>[a-z0-9 ]{2,60}?)\s+review\b")
_SLUG_SHORT = re.compile(r"\bs(\d{1,2})(?:e\d{1,3})?\b|\b(\d{1,2})x\d{2,3}\b")   # "s2e13", "2x13"
_SLUG_NOISE = re.compile(r"^\d{3,}$|^[0-9a-f]{8,}$|^index\.\w+$")
_FILLER = frozenset(["will", "there", "be", "a", "an", "the", "is", "are", "going", "to", "when", "what", "everything", "we", "know", "about", "here's", "heres", "why", "how", "it", "new", "get", "gets", "another", "renewed", "for", "confirmed", "officially", "netflix", "hbo", "does", "do", "did", "has", "have", "so", "far", "you", "need", "all", "of", "in", "on", "our", "first", "look", "exclusive", "breaking", "update", "updates", "news", "inside", "its", "it's", "this", "that", "finally", "coming", "watch", "ahead"])
_SHOWISH_STOP = {"season", "seasons", "part", "volume", "episode", "the", "a", "an", "new", "next", "tv", "series",
                 "show", "netflix", "hbo", "hulu", "disney", "everything", "trailer", "cast", "release", "date"}

_LEAD_WORDS = _FILLER | _SHOWISH_STOP


@lru_cache(maxsize=1)
def _key_edges() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first words, last words) of the show table's keys, and the last words of its scannable
    names: a run of norm'd words that starts or ends with no such word is no key."""
    lookup, _, scannable = show_table()[:3]
    keys = [key.split() for key in lookup if key]
    return (frozenset(key[0] for key in keys), frozenset(key[-1] for key in keys),
            frozenset(name.split()[-1] for name in scannable if name))


def _known_suffix(words: list[str]) -> str | None:
    """The longest run of trailing words (of a norm'd text) that is a known show ("... about Star
    Trek Picard")."""
    # Speed: every run ends with the last word, which norm leaves as it is (an ASCII word).
    if not words or words[-1].isascii() and words[-1] not in _key_edges()[1]:
        return None
    for i in range(len(words)):
        title = lookup_show(" ".join(words[i:]))
        if title:
            # "gully-boys-season-2" is not The Boys: a title read without its "The"
            # right after a word that is no lead-in is the tail of a longer name.
            if i and title.startswith("The ") and words[i] != "the" and words[i - 1] not in _LEAD_WORDS:
                continue
            return title
    return None


def _known_prefix(words: list[str]) -> str | None:
    """The longest run of leading words (of a norm'd text) that is a known show."""
    # Speed: every run starts with the first word, or the second after a "the" that norm drops.
    firsts = _key_edges()[0]
    if not words or all(word.isascii() and word not in firsts for word in words[:1 + (words[0] == "the")]):
        return None
    for j in range(len(words), 0, -1):
        title = lookup_show(" ".join(words[:j]))
        if title:
            return title
    return None


# "Beco do Som", "os-herdeiros-do-sertao": a Portuguese particle inside a name, not the
# lead-in "do" of "When do …"; glued to its neighbours while lead-ins are stripped.
_PARTICLE = re.compile(
    r"\b(?!(?:when|will|how|what|why|where|who|does|did|do|is|are|can|should|would|could)\b)"
    r"([a-z][\w'’-]*)\s+(do|da|dos|das)\s+(?=[a-z])", re.IGNORECASE)


_QUESTION_LEAD = re.compile(r"^\W*(?:when|why|how|what|where|who|which)\s+(?:will|does|did|do|is|are|was|were|has|"
                            r"have|can|could|should|would)\s+", re.IGNORECASE)


def _clean_unknown(segment: str) -> str | None:
    """Best guess of an unknown show name at the end of a headline segment."""
    segment = _PLATFORM_PREFIX.sub("", segment.strip())
    # "When Will Ironvale Season 2 Come Out?": a question's word and its auxiliary lead in,
    # whatever is left ("When Will Will Trent …" still leaves "Will Trent").
    asked = _QUESTION_LEAD.match(segment)
    if asked and segment[asked.end():].strip():
        segment = segment[asked.end():]
    segment = _PARTICLE.sub(lambda m: f"{m.group(1)}\x00{m.group(2)}\x00", segment)
    stripped = _LEAD_IN.sub("", segment)
    # Repeat: "When Will The Boys" -> "The Boys"; stop before eating the name itself.
    while stripped != segment and _LEAD_IN.match(stripped) and len(stripped.split()) > 2:
        segment, stripped = stripped, _LEAD_IN.sub("", stripped)
    # "6 Things We Know About Nightjar": a preposition left in front of a capitalized name.
    stripped = _LEFT_PREPOSITION.sub("", stripped)
    name = tidy_title(stripped.replace("\x00", " "))
    words = name.split()
    if not words or len(words) > 7 or all(w.lower() in _SHOWISH_STOP for w in words):
        return None
    if not (name[0].isupper() or name[0].isdigit()):
        return None
    return name


def show_near_ref(text: str, ref: tuple[int, int, int]) -> tuple[str | None, bool]:
    """(show name, trusted?) for the season reference `ref` in a headline-like text; trusted
    when the name is in the alias table or quoted."""
    start, end, _ = ref
    # 1. A known title right before the reference ("The Boys Season 3, Episode 4 Review: 'X'").
    prefix = POSSESSIVE.sub("", text[:start].rstrip(" ,-–—(")).rstrip()
    words = norm(prefix).split()
    known = _known_suffix(words) if words else None
    if known:
        return known, True
    # 2. A quoted title before the reference; a quote after it is an episode's title.
    # A scare-quoted word ("teases 'bloodiest' season 3") is no title: titles are capitalized.
    quoted = [m for m in _QUOTED.finditer(text) if m.end() <= start and not m.group("q")[:1].islower()]
    for match in quoted:
        gap = text[match.end():start]
        if len(gap) <= 4 and not gap.strip(" '’s:"):
            return canonical_show(match.group("q")), True     # a quoted title is a deliberate name
    if len(quoted) == 1:
        return canonical_show(quoted[0].group("q")), True
    after_of = re.match(r"\s+of\s+(?:the\s+show\s+)?", text[end:])
    if after_of:
        quote = _QUOTED.match(text, end + after_of.end())
        if quote:   # "Will There Be a Season 3 of 'Blue Harbour'?"
            return canonical_show(quote.group("q")), True
    # "Bridgerton renewed for season 4": a known, unambiguous title earlier in the prefix.
    scannable, lasts = show_table()[2], _key_edges()[2]
    for j in range(len(words) - 1, 0, -1):
        if words[j - 1] not in lasts:
            continue    # (Speed: no scannable name ends with this word)
        for i in range(j):
            if " ".join(words[i:j]) in scannable:
                return lookup_show(" ".join(words[i:j])), True
    segment = _SEPARATOR.split(prefix)[-1] if prefix else ""
    segment = _TRAILING_VERB.sub("", segment)
    if all(w.lower().strip("'’?,") in _FILLER for w in segment.split()):
        segment = ""    # "Will There Be a [Season 3 of X]": no name before the season
    # 3. After it: "season 3 of Succession".
    after = _AFTER_OF.match(text[end:])
    if after:
        tail = _SEPARATOR.split(after.group("s"))[0]
        known = _known_prefix(norm(tail).split())
        if known:
            return known, True
        if not segment.strip():
            run = _CAP_RUN.match(tail)
            if run:
                return tidy_title(run.group()), False
    if segment.strip():
        name = _clean_unknown(segment)
        if name:
            return canonical_show(name), is_known_show(name)
    return None, False


_BARE_NUMBER = re.compile(r"['’‘\"”]?\s+(\d{1,2})(?![\d,.%/]|:\d)(?!\s*(?:million|episodes?|things|ways|reasons))\b")


# A capitalised run that ends a headline segment after a lower-case word: "cancel Red Mesa".
_TRAILING_NAME = re.compile(r"(?<=[a-z] )((?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*)$")


def from_headline(text: str | None) -> list[tuple[str | None, int | None, bool]]:
    """(show, season, known) guesses from a headline, og:title or <title>."""
    if not text:
        return []
    text = _TAG.sub("", text)   # "[Rumor] Cold Orbit Season 4 ...": a forum's flair
    text = _SUBPAGE.sub(" ", text)  # "Harrow Point/Season 2": a wiki's subpage title
    # "Stranger Things 4 Is Split in Two": a known title followed by a bare number.
    for start, end, title in find_show_mentions(text):
        bare = _BARE_NUMBER.match(text, end)
        if bare and start == 0 or bare and not text[:start].strip(" '‘’\"“”"):
            return [(title, int(bare.group(1)), True)]
    refs = parse_season_ref(text, parts=False) or parse_season_ref(text)
    # The headline's subject only, in a headline that numbers no season itself (a quoted
    # episode title, "'Et in Arcadia Ego, Part 2'", is no sequel).
    lead = _QUOTED.match(text.lstrip())
    numbered = _QUOTED_NUMBERED.match(lead.group("q")) if lead and not parse_season_ref(text, parts=False) else None
    if numbered:
        return [(numbered.group("t"), int(numbered.group("n")), True)]
    # "Sotto il Vulcano 3 arrives in the spring of 2027", "La Casa dei Gelsi 2: when it begins the
    # second season": an unknown title numbered like a sequel (shows.py wants a second witness,
    # e.g. the slug), unless the headline numbers another season.
    numbered_title = _NUMBERED_TITLE.match(text)
    if numbered_title and (not refs or refs[0][2] == int(numbered_title.group("n"))):
        return [(numbered_title.group("t"), int(numbered_title.group("n")), False)]
    if refs and _all_caps(text):
        # A press-release headline in capitals says nothing of where a name starts: the
        # season only (the slug and the body name the show).
        return [(None, refs[0][2], False)]
    if not refs:
        code = _EPISODE_CODE.match(text)
        if code and not _all_caps(code.group("t")):
            return [(code.group("t").strip(), int(code.group("s")), False)]
        # No season: a headline that is only a known show's name still names the show.
        words = norm(text).split()
        known = _known_prefix(words) or next(
            (t for _, _, t in find_show_mentions(text)), None)
        if known:
            return [(known, None, True)]
        # "Dead Reckoning's last season: ...": the show of an unnumbered final season.
        final = _FINAL_SEASON_HEAD.match(text)
        if final and _CAP_RUN.fullmatch(final.group("t")) and len(final.group("t").split()) <= 6 and \
                not all(w.lower() in _FILLER for w in final.group("t").split()):
            return [(final.group("t"), None, False)]
        # "TV Review: 'The Lantern Keepers' is a cozy mystery": the quoted title after the label.
        labelled = _REVIEW_LABEL.match(text)
        if labelled:
            return [(labelled.group("t").strip(), None, True)]
        # "'The Lowland Years' Review: ...", "Dilli Dark Review: ...": the reviewed title.
        review = _REVIEW_HEAD.match(text)
        if review:
            title = review.group("t").strip(_QUOTES)
            quoted = title != review.group("t")
            if _CAP_RUN.fullmatch(title) and len(title.split()) <= 6 and \
                    not all(w.lower() in _FILLER for w in title.split()):
                return [(title, None, quoted)]
        # "Peacock's 'Lowtown' renewal is a retention bet": a quoted title names the show; its
        # season comes from the body (shows.py wants a second witness for an unknown name).
        quoted = _QUOTED.search(text)
        if quoted and _CAP_RUN.fullmatch(quoted.group("q")) and len(quoted.group("q").split()) <= 6:
            return [(quoted.group("q"), None, False)]
        # "'Dead Acre: Saltmarsh' Premieres in January": a quoted title and its subtitle (an
        # anthology's season) name the show before the colon.
        main = quoted.group("q").split(": ", 1)[0] if quoted and ": " in quoted.group("q") else ""
        if main and _CAP_RUN.fullmatch(main) and len(main.split()) <= 5 and \
                not all(w.lower() in _FILLER for w in main.split()):
            return [(main, None, False)]
        return []
    show, trusted = show_near_ref(text, refs[0])
    if show is None:
        # "Did Paramount+ cancel Red Mesa? Is season 3 happening?": the season's question
        # names no show; the question before it ends with the name.
        before = [seg for seg in _SEPARATOR.split(text[:refs[0][0]]) if seg.strip()]
        if len(before) >= 2:
            tail = _TRAILING_NAME.search(before[-2].rstrip(" ?!"))
            if tail and not all(w.lower() in _FILLER | _SHOWISH_STOP for w in tail.group(1).split()):
                show = tail.group(1)
    guesses: list[tuple[str | None, int | None, bool]] = [(show, refs[0][2], trusted)]
    if show and not trusted:
        # "Foo Hollow: The Reckoning Season 2": the title may span the colon; the slug or
        # the body decides between the two readings (an unknown name needs a second witness).
        at = text.find(show)
        head = text[:at].rstrip() if at > 0 else ""
        if head.endswith(":"):
            before = _SEPARATOR.split(head[:-1].rstrip())[-1]
            run = _CAP_RUN.fullmatch(before)
            if run and len(before.split()) <= 5 and not _LEAD_IN.match(before + " ") and \
                    not all(w.lower() in _FILLER for w in before.split()):
                guesses.insert(0, (f"{before}: {show}", refs[0][2], False))
    return guesses


def _all_caps(text: str) -> bool:
    if text.isascii() and not text.isupper():
        return False    # an ASCII text with a lower-case letter, or with no letter at all
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


# A slug writes a name in ASCII: "der-grenzgaenger" is "Der Grenzgänger", "sertao" "Sertão".
_SLUG_LETTERS = {"ae": "(?:ae|ä)", "oe": "(?:oe|ö)", "ue": "(?:ue|ü)", "ss": "(?:ss|ß)", "a": "[aàáâãäå]",
                 "e": "[eèéêë]", "i": "[iìíîï]", "o": "[oòóôõöø]", "u": "[uùúûü]", "c": "[cç]", "n": "[nñ]",
                 "y": "[yýÿ]"}
_SLUG_LETTER = re.compile("|".join(sorted(_SLUG_LETTERS, key=len, reverse=True)))


def _accented(word: str) -> str:
    """A regex for a slug word that also matches it written with accents or umlauts."""
    out, at = [], 0
    for match in _SLUG_LETTER.finditer(word):
        out.append(re.escape(word[at:match.start()]) + _SLUG_LETTERS[match.group()])
        at = match.end()
    return "".join(out) + re.escape(word[at:])


@lru_cache(maxsize=4096)  # one pattern per slug name, not per page (see shows._confirming)
def _surface_pattern(name: str) -> re.Pattern[str] | None:
    words = [r"(?:and|&)" if w == "and" else _accented(w[:-1]) + r"['’]?s" if len(w) > 3 and w.endswith("s")
             else _accented(w) for w in name.lower().split()]
    if not words:
        return None
    return re.compile(r"(?<![\w'’])" + r"\s+".join(words) + r"(?![\w'’])", re.IGNORECASE)


def surface(name: str, texts: tuple[str | None, ...]) -> str | None:
    """How the page writes a slug's name ("Pine And Prosper" -> "Pine & Prosper",
    "Harlans Ridge" -> "Harlan's Ridge"): the first mixed-case match in `texts`."""
    pattern = _surface_pattern(name)
    if pattern is None:
        return None
    for text in texts:
        for match in pattern.finditer(text or ""):
            if not _all_caps(match.group()) and match.group()[0].isupper():
                return match.group()
    return None


# Site sections that may sit above a season's page ("/tv/season-2") and name no show.
_SECTION_WORDS = frozenset({"wiki", "shows", "show", "tv", "series", "news", "entertainment", "reviews", "television",
                            "streaming", "articles", "article", "blog", "features", "stories"})


# "/the-quiet-engine-final-season": the show of an unnumbered final season (its body numbers it).
_FINAL_SEASON_SLUG = re.compile(r"^(?P<t>[a-z0-9][a-z0-9 ]{2,60}?)\s+(?:final|last)\s+season(?:\s|$)", re.I)


def from_slug(url: str | None) -> list[tuple[str | None, int | None, bool]]:
    """(show, season, known) from the last URL path segment that numbers a season
    ("/tv/star-trek-picard-season-2-release-date/"), or a review slug's title."""
    if not url:
        return []
    segments = [s for s in unquote(urlsplit(url).path).split("/") if s and not _SLUG_NOISE.search(s)]
    for segment in reversed(segments):
        text = re.sub(r"\.\w+$", "", segment).replace("-", " ").replace("_", " ")
        text = _SLUG_SHORT.sub(lambda m: f"season {m.group(1) or m.group(2)}", text)
        refs = parse_season_ref(text, parts=True)
        if not refs:
            # "/dilli-dark-review": the title before "review" (a second witness for the headline's).
            review = _REVIEW_SLUG.match(text) or _FINAL_SEASON_SLUG.match(text)
            if review and segment == segments[-1]:
                name = _clean_unknown(review.group("t").title())
                if name and len(name.split()) <= 6 and not all(w.lower() in _FILLER for w in name.split()):
                    return [(name, None, False)]
            continue
        start, end, season = refs[0]
        if not text[:start].strip() and not text[end:].strip() and len(segments) >= 2 and segment == segments[-1]:
            # "/wiki/Harrow_Point/Season_2": a wiki's subpage of the show's page.
            parent = _clean_unknown(segments[-2].replace("-", " ").replace("_", " "))
            if parent and not set(norm(parent).split()) <= _LEAD_WORDS | _SECTION_WORDS:
                return [(parent, season, False)]
        words = norm(text[:start]).split()
        known = _known_suffix(words) or _known_prefix(norm(text[end:]).split()[1:] if text[end:].strip()
                                                       .startswith("of") else [])
        if known:
            return [(known, season, True)]
        head = _TRAILING_VERB.sub("", text[:start])   # "hollow-creek-renewed-season-2"
        name = _clean_unknown(head)
        name = _clean_unknown(head.title()) if name is None else name.title()
        return [(name, season, False)]
    return []

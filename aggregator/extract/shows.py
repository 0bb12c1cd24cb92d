"""Which show and season a page is about: the votes of JSON-LD, headlines, the URL slug and
the body (the show table itself is in show_table.py; reading a name out of one headline or
slug is in show_names.py).

The alias table (`aggregator/data/shows.json`) only fixes spelling and confirms a
guess; shows outside it are still found from the title, URL slug and JSON-LD.
`parse_season_ref` lives in `seasons.py`, `is_preview` in `preview.py`; both are
re-exported here because callers think of them as "show" questions.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

from aggregator.extract.claim_tables import upcoming_season
from aggregator.extract.document import Document, last_edit
from aggregator.extract.seasons import ORDINAL_PATTERN, parse_season_ref
from aggregator.extract.show_names import from_headline, from_slug, surface
from aggregator.extract.show_table import (
    canonical_show,
    find_show_mentions,
    is_known_show,
    lookup_show,
    parts_are_seasons,
)
from aggregator.extract.triggers import first_chars, lowered
from aggregator.text import norm

__all__ = ["canonical_show", "detect_show_season", "find_show_mentions", "is_known_show",
           "is_preview", "parse_season_ref", "parts_are_seasons"]


def is_preview(doc: Document, show: str | None, season: int | None) -> bool:
    """True when the page is about an upcoming or announced season (see preview.py)."""
    from aggregator.extract.preview import is_preview as _is_preview  # preview imports this module
    return _is_preview(doc, show, season)


def _from_jsonld(doc: Document) -> list[tuple[str | None, int | None, int]]:
    """(series name, season number, weight) from TVSeason / TVEpisode / TVSeries objects."""
    out: list[tuple[str | None, int | None, int]] = []
    for obj in doc.jsonld:
        types = obj.get("@type")
        types = set(types) if isinstance(types, list) else {types}
        if types & {"TVSeason", "CreativeWorkSeason"}:
            series = _name_of(obj.get("partOfSeries"))
            out.append((series, _int(obj.get("seasonNumber")), 6))
        elif "TVEpisode" in types:
            season = obj.get("partOfSeason")
            number = _int(season.get("seasonNumber")) if isinstance(season, dict) else None
            out.append((_name_of(obj.get("partOfSeries")), number, 4))
        elif types & {"TVSeries"}:
            seasons = obj.get("containsSeason")
            seasons = seasons if isinstance(seasons, list) else [seasons] if seasons else []
            numbers = [n for s in seasons if isinstance(s, dict) and (n := _int(s.get("seasonNumber")))]
            out.append((_name_of(obj), numbers[0] if len(numbers) == 1 else None, 3))
    return out


def _name_of(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _int(value: object) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 < number <= 60 else None


@lru_cache(maxsize=64)  # show and preview detection ask for each page's title several times
def _strip_site(title: str | None, site: str | None) -> str | None:
    """"<headline> | Site Name" -> "<headline>"."""
    if not title:
        return title
    # The split is at the last separator, where blanks surround it. Speed: found with rfind,
    # not the regex r"\s+[|–—-]\s+(?=[^|–—-]*$)", which tried every position of the title.
    at = max(title.rfind("|"), title.rfind("–"), title.rfind("—"), title.rfind("-"))
    if at <= 0 or not title[at - 1].isspace() or not title[at + 1:at + 2].isspace():
        return title
    head, tail = title[:at].rstrip(), title[at + 1:].lstrip()
    if not site or norm(tail) == norm(site) or len(tail.split()) <= 3:
        return head
    return title


def detect_show_season(doc: Document) -> tuple[str | None, int | None]:
    """The (show, season) a page is about, or (None, None).

    Votes from JSON-LD (TVSeason/TVEpisode/TVSeries), the headline, the <title>, the
    first h1, the URL slug, the description and the keywords; known shows (alias table)
    weigh more. Body mentions break ties and supply a missing show or season.
    """
    meta = doc.meta
    listing = episode_list(doc)
    if listing is not None:
        # A wiki's "List of X episodes" page is about X: a preview of the season its overview shows
        # to come, else a reference page of every season (no show, no season).
        season = upcoming_season(doc.blocks, last_edit(meta))
        return (canonical_show(listing), season) if season else (None, None)
    # (show, season, weight, known-or-quoted, source kind)
    guesses: list[tuple[str | None, int | None, float, bool, str]] = []
    for show, season, weight in _from_jsonld(doc):
        guesses.append((show, season, weight, True, "jsonld"))   # structured data names a series
    h1 = next((b.text for b in doc.blocks if b.kind == "heading" and b.level == 1), None)
    # The headline, the <title> and the h1 are often the same text: read each text once.
    read: dict[str | None, list[tuple[str | None, int | None, bool]]] = {}
    for text, weight in ((meta.title, 4), (_strip_site(doc.html_title, meta.site_name), 3), (h1, 3),
                         (meta.description, 1)):
        if text not in read:
            read[text] = from_headline(text)
        for show, season, known in read[text]:
            guesses.append((show, season, weight, known, "headline"))
    body = " ".join(b.text for b in doc.blocks if b.kind != "caption")
    for show, season, known in from_slug(meta.url):
        if show and not known:
            show = surface(show, (h1, meta.title, body[:3000])) or show
        guesses.append((show, season, 2, known, "slug"))
    for keyword in meta.keywords:
        if is_known_show(keyword):
            guesses.append((keyword, None, 1, True, "keywords"))
    kinds: dict[str, set[str]] = {}
    for show, _, _, _, kind in guesses:
        if show:
            kinds.setdefault(norm(canonical_show(show)), set()).add(kind)

    # The page's keywords and description ("your #1 Fernwood Falls fan site") are second
    # witnesses of a slug's name, like the headline.
    keyword_keys = {norm(k) for k in meta.keywords}
    votes: dict[str, float] = {}
    names: dict[str, str] = {}
    seasons: dict[str, Counter[int]] = {}
    loose_seasons: Counter[int] = Counter()
    for show, season, strength, known, kind in guesses:
        if show:
            show = canonical_show(show)
            key = norm(show)
            known = known or is_known_show(show)
            # An unknown name must be confirmed: by a second kind of source, by the body
            # ("Blue Harbour season 2"), and never on a game or sports page.
            # The game-or-sports verdict is read only here and below (most pages never need it).
            if key and not known and (_is_game_or_sports(doc)
                                      or (len(kinds.get(key, ())) < 2 and not _body_confirms(body, show)
                                          and not (kind == "slug" and (_named_in(show, (meta.title, h1,
                                                                                        meta.description))
                                                                       or key in keyword_keys))
                                          and not (kind == "headline" and _in_url(show, meta.url, meta.title)))):
                show = key = ""
        else:
            key = ""
        if key and show:
            votes[key] = votes.get(key, 0.0) + strength * (1.5 if known else 1.0)
            names.setdefault(key, show)
            if season:
                seasons.setdefault(key, Counter())[season] += int(strength)
        elif season:
            loose_seasons[season] += int(strength)
    if not votes and loose_seasons and (official := _official_site_show(doc)):
        # 'TV Anime "Skybound Relay" Official Website': a show's own site numbers the season only
        key = norm(official)
        votes[key], names[key] = 1.0, official
    if not votes and (not loose_seasons or _is_game_or_sports(doc)):
        return None, None   # (without a loose season the body's mentions below could not help)
    mentions = Counter(norm(t) for _, _, t in find_show_mentions(body))
    if not votes:
        # A season with no show in the headline ("Everything we know about season 3"):
        # take the show the body names most, if it names one clearly.
        if not loose_seasons or not mentions:
            return None, None
        (key, count), = mentions.most_common(1)
        if count < 2:
            return None, None
        names[key] = lookup_show(key) or key
        votes[key] = 1.0
    for key in votes:
        votes[key] += min(mentions.get(key, 0), 10) * 0.1 + min(body.count(names[key]), 10) * 0.05
    key = max(votes, key=lambda k: votes[k])
    show = names[key]
    season_votes = seasons.get(key) or loose_seasons
    if season_votes:
        return show, season_votes.most_common(1)[0][0]
    if _is_review(doc):
        # A review is of a season that exists: "whether there will be a second season" is
        # not it, and a review that never numbers one is of the first.
        return show, _body_season(doc, show, definite=True) or 1
    season = _body_season(doc, show)
    if season:
        return show, season
    # A new title that numbers no season anywhere (a telenovela, a C-drama, a limited series)
    # whose page speaks of its first run, not of a return: its first season.
    return (show, 1) if _first_run(body, meta.title) else (None, None)


# What a page about a title's first run says ("sets its estreno", "wraps filming", "pending
# broadcast", "series premiere") and what a page about a later season does ("returns", "renewed").
_FIRST_RUN = re.compile(r"\b(?:estreno|premiere|premieres|debut|debuts|launch(?:es)?|wraps?|wrapped|"
                        r"pending\s+broadcast|airs?|release\s+date|sets?\s+(?:its\s+)?(?:date|premiere))\b", re.I)
_LATER_RUN = re.compile(r"\b(?:renew\w*|return\w*|comes?\s+back|back\s+for|sequel|revival|reboot|"
                        r"(?:new|next|another|upcoming|latest)\s+(?:season|series|installment|chapter|temporada|sezon)|"
                        r"seasons|series\s+(?:one|two|three|\d)|(?:first|previous|last|earlier)\s+(?:season|series))\b", re.I)


def _first_run(body: str, headline: str | None) -> bool:
    """The page is about an unnumbered title's first run (see above)."""
    text = f"{headline or ''} {body[:6000]}"
    return _FIRST_RUN.search(text) is not None and _LATER_RUN.search(text) is None


# A single show's official site, as its <title> ends: 'TV Anime "Skybound Relay" Official Website',
# "Harbor Lights | Official Site".
_OFFICIAL_SITE = re.compile(r"(?:^|\|\s*|[-–—]\s*)(?:(?:TV\s+)?(?:Anime|Drama|Series)\s+)?[\"“'‘]?(?P<t>[^|\"“”'‘’]{2,60}?)"
                            r"[\"”'’]?\s*(?:[-–—|:]\s*)?(?:the\s+)?Official\s+(?:Web\s*site|Site)\s*$", re.I)


def _official_site_show(doc: Document) -> str | None:
    """The show whose official site the page is on, from the end of its <title>."""
    title = doc.html_title or ""
    match = _OFFICIAL_SITE.search(title.split("|")[-1].strip()) if "fficial" in title else None
    return match.group("t").strip() if match else None


_EPISODE_LIST = re.compile(r"^\s*List\s+of\s+(?P<t>\S.{0,80}?)\s+episodes\s*$", re.I)


def episode_list(doc: Document) -> str | None:
    """The X of a "List of X episodes" page (its headline, <title> or h1)."""
    h1 = next((b.text for b in doc.blocks if b.kind == "heading" and b.level == 1), None)
    for text in (doc.meta.title, _strip_site(doc.html_title, doc.meta.site_name), h1):
        if text and (match := _EPISODE_LIST.match(text)):
            return match.group("t").strip(" '‘’\"“”")
    return None


def _named_in(show: str, headlines: tuple[str | None, ...]) -> bool:
    """A headline names `show` as a whole phrase ("Low Tide is coming back", for the slug
    low-tide-season-2): the URL and the headline are two witnesses of the name."""
    name = re.escape(show).replace(r"\ ", r"\s+")
    # Quote marks around the name ("'Low Tide' is coming back") are no part of a longer word.
    return any(text and re.search(rf"(?<!\w)(?<!\w['’])(?:{name})(?!\w)(?!['’]\w)", text, re.IGNORECASE)
               for text in headlines)


def _in_url(show: str, url: str | None, headline: str | None = None) -> bool:
    """The URL's path spells the name as a slug's subject ("wolf-moon-ranch-final-season" for
    "Wolf Moon Ranch"): the headline's name has a second witness where the slug numbers no season.
    A slug that merely begins with the name witnesses it only where the headline quotes it (a
    title, not a person the slug profiles)."""
    slug = norm(show).replace(" ", "-")
    if not url or len(slug) < 4:
        return False
    path = urlsplit(url).path.lower()
    last = path.rstrip("/").rsplit("/", 1)[-1]
    # the name as the slug's subject: its first words where the headline quotes it
    # ("/news/nine-lanterns-leaked-schedule-denied"), or followed by what a season page says of it,
    # not a person's name in "who-is-alissa-giambrone-season-19-contestant"
    if last.startswith(slug + "-") and _quotes(headline, show):
        return True
    if "-" not in slug:
        # a one-word name only as the slug's first word ("/brackenmoor-final-series-when")
        return len(slug) >= 6 and last.startswith(slug + "-") and _slug_subject(slug).search(path) is not None
    return _slug_subject(slug).search(path) is not None


def _quotes(headline: str | None, name: str) -> bool:
    """The headline holds `name` in quotes ('Casa de Sal', “Casa de Sal”)."""
    if not headline:
        return False
    at = headline.find(name)
    # (a quoted title's main part before its subtitle: "'Dead Acre: Saltmarsh'")
    return at > 0 and headline[at - 1] in "'\"‘“" and headline[at + len(name):at + len(name) + 1] in ("'", '"', "’", "”", ":")


@lru_cache(maxsize=4096)
def _slug_subject(slug: str) -> re.Pattern[str]:
    # ("sotto-il-vulcano-3-...": the name numbered like a sequel)
    return re.compile(rf"(?<![a-z0-9]){re.escape(slug)}-(?:final|last|new|next|renew|return|release|premiere|trailer|"
                      rf"\d{{1,2}}(?:-|$))")


def _body_confirms(body: str, show: str) -> bool:
    """The body names `show` next to a season: "Blue Harbour season 2", "season 2 of Blue Harbour",
    "renewed Blue Harbour for a third season"."""
    # Speed: every reading holds the name itself, so a body (lower-cased) that lacks one of its
    # ASCII words cannot match: most bodies skip the scan, and the pattern is not even built.
    # (Only ASCII words: re.IGNORECASE equates some other letters that lower() keeps apart.)
    low = lowered(body)
    if low is not None and any(word.isascii() and word.lower() not in low for word in show.split()):
        return False
    if low is not None and show.isascii():
        # Speed: the lower-case twin (no re.IGNORECASE) on the lower-cased body finds a match
        # exactly where the pattern does on the body (caseless.py says why), in a fraction of the time.
        return _confirming(show.lower(), 0).search(low) is not None
    return _confirming(show, re.IGNORECASE).search(body) is not None


# Speed: a pattern per show name, compiled once per name rather than once per page (the
# re module's own cache holds 512 patterns, fewer than a crawl's shows and other patterns).
# Its letters are lower-case but for the name's: with flags 0 it is the twin of a lower-case name.
@lru_cache(maxsize=4096)
def _confirming(show: str, flags: int) -> re.Pattern[str]:
    name = re.escape(show).replace(r"\ ", r"\s+")
    return _start_gated(
        rf"(?<![\w])(?:{name})['’]?s?\s+(?:season|series|seasons|part|volume|s\d)|"
        # "The Quiet Engine's fourth and final season"
        rf"(?<![\w])(?:{name})['’]s?\s+(?:{ORDINAL_PATTERN}|final|last|next|new)(?:\s+and\s+(?:final|last))?\s+"
        rf"(?:season|series)\b|"
        rf"\bseason\s+\w+\s+of\s+(?:the\s+)?(?:{name})(?![\w])|"
        rf"\b(?:{ORDINAL_PATTERN}|final|last|next|new)\s+season\s+of\s+(?:the\s+)?(?:{name})(?![\w])|"
        # "renewed Red Mesa for a third season", "X has been recommissioned for a second series"
        rf"(?<![\w])(?:{name})\s+(?:(?:has|have|had)\s+been\s+|was\s+|is\s+)?(?:(?:renewed|recommissioned|picked\s+up|"
        rf"ordered)\s+)?for\s+(?:a|an|its)\s+(?:{ORDINAL_PATTERN}|final|last|new)"
        rf"(?:\s+and\s+(?:final|last))?\s+(?:season|series)\b|"
        # "Peacock's Marrow is coming back for season 2"
        rf"(?<![\w])(?:{name})\s+(?:is\s+|will\s+be\s+)?(?:coming\s+back|back|returning|returns)\s+for\s+"
        rf"(?:a\s+|an\s+|its\s+)?(?:(?:{ORDINAL_PATTERN}|final|new)\s+)?(?:season|series)\b", flags)


def _start_gated(pattern: str, flags: int) -> re.Pattern[str]:
    """`pattern` (with `flags`) behind a look-ahead for the characters a match can start
    with. Its branches open with look-behinds and \\b, so the engine would try all of them at
    every position of the body; one class test rejects most positions first (a scan several
    times faster, the same matches). The class is read off the pattern itself
    (`triggers.first_chars`), plus \\d for every digit \\d matches; without a class, no gate."""
    needed = first_chars(pattern, flags)
    if needed is None or any(len(ch) != 1 for ch in needed):
        return re.compile(pattern, flags)
    chars = "".join(re.escape(ch) for ch in sorted(needed) if ch not in "0123456789")
    return re.compile(rf"(?=[\d{chars}])(?:{pattern})", flags)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another)\s+$", re.IGNORECASE)


def _body_season(doc: Document, show: str, definite: bool = False) -> int | None:
    """Most mentioned season in body sentences that also name the show (then anywhere).
    `definite` skips hypothetical seasons ("a second season", "another season")."""
    near: Counter[int] = Counter()
    anywhere: Counter[int] = Counter()
    key = norm(show)
    for block in doc.blocks[:60]:
        if block.kind == "caption":
            continue
        refs = parse_season_ref(block.text)
        for start, _, n in refs:
            if definite and _INDEFINITE_BEFORE.search(block.text, max(0, start - 10), start):
                continue
            anywhere[n] += 1
            if key and key in norm(block.text):
                near[n] += 1
    best = near or anywhere
    return best.most_common(1)[0][0] if best else None


def _is_review(doc: Document) -> bool:
    from aggregator.extract.preview import is_review  # preview imports this module
    return is_review(doc)


def _is_game_or_sports(doc: Document) -> bool:
    from aggregator.extract.preview import is_game_or_sports  # preview imports this module
    return is_game_or_sports(doc)

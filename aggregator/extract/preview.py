"""Is a page a preview of an upcoming or announced season? (fixtures/CONVENTIONS.md,
"What a page is")

General rules, no page list: a preview names one show's season, its headline uses
preview vocabulary and its body talks about what is coming. Reviews, recaps,
episode write-ups, box office, lists of many shows, "how to watch" guides and
sports or game "seasons" are not previews.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from aggregator.extract.caseless import Caseless
from aggregator.extract.dates import find_dates, parse_date_phrase
from aggregator.extract.document import Document, last_edit
from aggregator.extract.seasons import parse_season_ref
from aggregator.extract.sentences import split_sentences
from aggregator.extract.show_names import show_near_ref
from aggregator.extract.shows import _strip_site, episode_list, find_show_mentions, is_known_show
from aggregator.extract.triggers import first_char_gate, folded, lowered, trie_alternation
from aggregator.text import norm

# Headlines that say the page is about something already out, or about many things.
# Speed: the headline patterns scan lower-cased text (caseless.Caseless), most behind a gate of
# their first characters (triggers.first_char_gate); they are written in lower case for that.
_REVIEW = Caseless(first_char_gate(r"rplv\d★", (
    # (not a regulator's or a board's review: "Passes Censorship Review", "under review")
    r"\b(?:(?<!censorship )(?<!content )(?<!regulatory )(?<!safety )(?<!strategic )(?<!budget )(?<!under )"
    r"(?<!script )review(?:ed|s)?|recap(?:ped|s)?|power rankings?|live ?blog|verdict|"
    r"\d(?:\.\d)?\s?/\s?(?:5|10)|★|\d(?:\.\d)? out of (?:5|10|five|ten) stars?)(?!\w)"), re.IGNORECASE))
# Retrospective words that a trailer write-up may also use ("trailer breakdown").
_SOFT_REVIEW = Caseless(first_char_gate("eftpbr", r"\b(?:(?:ending|finale|twist|post-credits?) explained|explained|"
                                        r"easter eggs|breakdown|reaction|biggest moments|best moments)\b", re.IGNORECASE))
_EPISODE = Caseless(first_char_gate(r"es\d", r"\bepisodes?\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b|"
                                    r"\bep\.?\s*\d{1,3}\b|\bs\d{1,2}\s?e\d{1,3}\b|\b\d{1,2}x\d{2}\b", re.IGNORECASE))
_FIRST_EPISODE = re.compile(r"episode\s+(?:1|one)|ep\.?\s*1|S\d{1,2}\s?E0?1|\d{1,2}x01", re.IGNORECASE)
_STRONG_PREVIEW = Caseless(re.compile(
    r"\b(?:release date|premiere date|release time|what time|when (?:will|is|does)|trailer|teaser|first look|"
    r"renew\w*|everything we know|what we know|coming)\b", re.IGNORECASE))
_BOX_OFFICE = Caseless(first_char_gate("bogtrnmvs", r"\b(?:box[- ]office|opening weekend|grossed|ticket sales|ratings (?:record|hit|slump)|"
                         # "Ratings: 'Halcyon Drive' Season 3 Finale Hits Series High"
                         r"ratings\s*:|series[- ](?:high|low)s?|"
                         r"nielsen|most[- ]watched|viewership)\b", re.IGNORECASE))
# Every box-office match holds one of these words (lower-cased): a body with none, most bodies,
# skips the scan, whose first letters are too common for its gate to skip much.
_BOX_OFFICE_WORDS = ("box", "opening weekend", "grossed", "ticket sales", "ratings", "series-high", "series high",
                     "series-low", "series low", "nielsen", "watched", "viewership")
_LIST = Caseless(first_char_gate(r"bwrtms\d", r"\b(?:best|worst|ranked|ranking|top\s+\d+(?!\s+(?:history|chart|debut|run|"
                                 r"placement|streak))|\d+\s+(?:best|new|great|tv|shows|series|biggest|most)|"
                                 r"most anticipated|shows like|round-?up|what to watch)\b", re.IGNORECASE))
_HOW_TO_WATCH = Caseless(first_char_gate("hwsi", r"\b(?:how to (?:watch|stream)|where to (?:watch|stream)|watch\b.{0,60}\bonline|"
                                         r"stream(?:ing)?\b.{0,40}\b(?:online|for free)|streaming guide|is\b.{0,60}\bon "
                                         r"(?:netflix|hulu|prime|disney|max|hbo))", re.IGNORECASE))
_PREVIEW = Caseless(re.compile(
    r"\b(?:release|released?|releasing|cast\w*|plot|story(?:line)?|everything we know|what we know|"
    r"what to expect|expect|when (?:will|is|does|do|are)|com(?:e|es|ing)|lands?|landing|return\w*|renew\w*|trailer|teaser|"
    r"premier\w*|will there be|is there|confirm\w*|updates?|news|expected|set (?:to|for)|first look|"
    r"film\w*|production|announc\w*|dates?|spoilers?|rumou?r\w*|theor\w*|details|official\w*|"
    r"greenlit|green-lit|picked up|sneak peek|arriv\w*|drops?|upcoming|new season|predictions?|"
    r"joins?|villain|characters?|things to know|know so far|what's next|sequel|future|happening|"
    r"will\b|could|might|should|plans?|teases?|reveals?|wants?|hints?|countdown|targets?|targeting|eyes|eyeing|"
    # "Netflix sets 2 April", "when it starts on Sky", "Is X leaving before season 2? … recast"
    r"sets|dated|starts?|launch\w*|begins?|leav\w*|recast\w*|exits?|exiting|"
    # "X season 2 delayed to early 2027", "'X' moves up to March 25", "BBC orders second series"
    r"delay\w*|postpon\w*|push\w*\s+back|mov\w*\s+(?:up|back|to)|orders?|ordered|commission\w*|"
    # "X series 2: still waiting", "the wait for season 3", "X season 4 will be the last" (a bare
    # "last" is no such word: "Last Week Tonight", "last night's episode")
    r"wait\w*|still\s+no|no\s+(?:release\s+)?date|(?:be|is)\s+(?:the|its)\s+(?:last|final)|"
    r"(?:last|final)\s+(?:season|series|run|chapter|installment|outing))\b",
    re.IGNORECASE))
_DOCUSERIES = re.compile(r"\bdocu-?(?:series|drama|mentary\s+series)\b|\bdocumentary\s+series\b", re.IGNORECASE)
_WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)
# A headline that dates the season ("Season 3 Splashes onto Disney Junior August 10", "... spring 2027").
_DATED_HEAD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                         r"\b(?:spring|summer|fall|autumn|winter)\s+20\d\d\b|\bQ[1-4]\b")
_RELEASE_DATE = re.compile(r"\b(?:release|premiere|air|streaming)\s+date\b", re.IGNORECASE)
_FUTURE = Caseless(re.compile(
    r"\b(?:will|won't|shall|is set to|are set to|set for|slated|expected|upcoming|coming|arriv\w*|"
    r"returns?|returning|renewed|release date|premieres?|premiering|filming|production|announced|"
    r"confirmed|trailer|teaser|yet to|hasn't|has not|no word|likely|could|might|should|hope\w*|"
    r"soon|next year|later this year|reprise|anticipat\w*|await\w*|upcoming|target(?:s|ing|ed)|eyeing|aiming)\b",
    re.IGNORECASE))
_BODY_RATING = re.compile(r"^\s*(?:our\s+)?(?:rating|score|verdict|grade)\s*[:\-–]|^\s*★|^\s*\d(?:\.\d)?\s?/\s?(?:5|10)\s*$",
                          re.IGNORECASE)

# "Seasons" of games and sports. Game titles and league names are strong on their own;
# generic terms ("playoffs") only in numbers.
_GAME_SPORT_STRONG = re.compile(
    r"\b(?:NBA|WNBA|NFL|MLB|NHL|MLS|NCAA|Premier League|La Liga|Serie A|Bundesliga|Ligue 1|Champions League|"
    r"Formula (?:1|One)|F1|NASCAR|Fortnite|Call of Duty|Warzone|Overwatch|Apex Legends|Diablo(?: IV| \d)?|"
    r"Destiny 2|Valorant|League of Legends|Rocket League|EA Sports FC|FIFA \d+|Madden|Genshin Impact|"
    r"Pok[ée]mon GO|Rainbow Six|PUBG|Halo Infinite|Marvel Snap|Dead by Daylight|Sea of Thieves|"
    r"Battle ?Pass|battle royale|Chapter \d+,? Season \d+|IPL|Kabaddi|cricket|Cricket)\b")
# Gated on its first letters (triggers.first_char_gate): the body is long and the scan slow.
_GAME_SPORT_WEAK = Caseless(first_char_gate(
    "rpofdqtslxcmkgiuv",
    r"\b(?:regular season|postseason|preseason|off-?season|playoffs?|free agency|draft pick|quarterback|"
    r"touchdowns?|patch notes|season pass|skins?|loot|xp|ranked|seasonal rewards|cosmetics|"
    r"standings|matchday|transfer window|league table|tipoff|tip-off|kickoff|roster|gameplay|"
    r"players? can|in-game|unlock\w*|tier \d+|"
    # Tournament words: fixtures of a league, not episodes of a show.
    r"tournament|venues?|matches|league stage|group stage|points table|semi-?finals?|squads?)\b", re.IGNORECASE))


# The scans above start with \b, so the engine tries their whole alternation at every
# word boundary of the body. Every strong match holds one of the strong words as written
# (case-sensitive), every weak match one of the weak words case-folded: a body with none,
# which is most bodies, skips its scan (tests/extract/test_triggers.py holds the proof).
# Only whether it matches counts, so the words are one trie (triggers.trie_alternation).
_GAME_SPORT_STRONG_HINT = re.compile(trie_alternation((
    "NBA", "NFL", "MLB", "NHL", "MLS", "NCAA", "Premier League", "La Liga", "Serie A", "Bundesliga", "Ligue",
    "Champions League", "Formula", "F1", "NASCAR", "Fortnite", "Call of Duty", "Warzone", "Overwatch",
    "Apex Legends", "Diablo", "Destiny 2", "Valorant", "League of Legends", "Rocket League", "EA Sports FC", "FIFA",
    "Madden", "Genshin Impact", "Pok", "Rainbow Six", "PUBG", "Halo Infinite", "Marvel Snap", "Dead by Daylight",
    "Sea of Thieves", "Battle", "battle royale", "Chapter", "IPL", "Kabaddi", "cricket", "Cricket"), blank=" "))
_GAME_SPORT_WEAK_WORDS = (
    "regular season", "postseason", "preseason", "offseason", "off-season", "playoff", "free agency", "draft pick", "quarterback", "touchdown", "patch notes", "skin", "loot", "xp",
    "ranked", "seasonal rewards", "season pass", "seasonal rewards", "cosmetics", "standings", "matchday", "transfer window", "league table",
    "tipoff", "tip-off", "kickoff", "roster", "gameplay", "player", "in-game", "unlock", "tier",
    "tournament", "venue", "matches", "league stage", "group stage", "points table", "semi", "squad")
# Speed: whether a text holds one of them, in one scan of a trie rather than one scan a word.
_GAME_SPORT_WEAK_HINT = re.compile(trie_alternation(_GAME_SPORT_WEAK_WORDS, blank=" "))


def _headline(doc: Document) -> str:
    meta = doc.meta
    h1 = next((b.text for b in doc.blocks if b.kind == "heading" and b.level == 1), None)
    parts = [meta.title, _strip_site(doc.html_title, meta.site_name), h1]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return " | ".join(seen)


def is_review(doc: Document) -> bool:
    """True when the headline says the page reviews or recaps something already out."""
    return bool(_REVIEW.search(_headline(doc)))


def _headline_is_about(head: str, url: str | None, show: str) -> bool:
    """The headline or URL names the show or a season: what a preview is about is in its title."""
    slug = re.sub(r"[-_/]+", " ", url.split("://", 1)[-1]) if url else ""
    if parse_season_ref(head) or parse_season_ref(slug):
        return True
    key = norm(show)
    return bool(key) and (key in norm(head) or key in norm(slug))


def _body(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind in ("paragraph", "item", "quote", "row")]


def _body_text(doc: Document) -> tuple[str, str | None]:
    """The body's blocks as one text, and that text `lowered` (None where it cannot be): the
    game-or-sport and box-office gates both read it, once a page."""
    if "body_text" not in doc.memo:
        text = " ".join(_body(doc))
        doc.memo["body_text"] = (text, lowered(text))
    return doc.memo["body_text"]


def is_game_or_sports(doc: Document, show: str | None = None) -> bool:
    """True when "season" on the page is a game's or a sport's season."""
    if "game_sport" not in doc.memo:
        # The scan does not depend on the show; show detection and preview both ask.
        headline = _headline(doc)
        head = headline + " " + (doc.meta.url or "").replace("-", " ")
        # (the body is long: lower-casing it is cheaper than folding it)
        body, low = _body_text(doc)
        strong = _GAME_SPORT_STRONG_HINT.search(body) is not None
        weak = _GAME_SPORT_WEAK_HINT.search(folded(body) if low is None else low) is not None
        strong_count = len({m.group().lower() for m in _GAME_SPORT_STRONG.finditer(body)}) if strong else 0
        weak_count = len({m.group().lower() for m in _GAME_SPORT_WEAK.finditer(body)}) if weak else 0
        # A headline that numbers a season and names no game or sport ("X Season 2 OTT Release
        # Date") is about a TV season: league names alone in the body (the premiere dodging the
        # IPL's cricket) are mentions in passing unless sporting vocabulary comes with them.
        # (Speed: read only where the verdict below can turn on it, strong words and no weak one.)
        titled = strong_count > 0 and weak_count == 0 and bool(parse_season_ref(headline)) \
            and _GAME_SPORT_STRONG_HINT.search(headline) is None and _GAME_SPORT_WEAK_HINT.search(folded(headline)) is None
        doc.memo["game_sport"] = (
            bool(_GAME_SPORT_STRONG_HINT.search(head) and _GAME_SPORT_STRONG.search(head)),
            strong_count,
            weak_count,
            # "Prime Video's NBA docuseries": a TV series about the sport
            _DOCUSERIES.search(headline) is not None,
            titled,
        )
    in_head, strong, weak, docuseries, titled = doc.memo["game_sport"]
    if docuseries:
        return False
    known = is_known_show(show)
    if in_head:
        # A known TV show (Ted Lasso and the Premier League) needs the body to agree.
        return not known or strong + weak >= 5
    return 2 * strong + weak >= (8 if known else 4) and (weak > 0 or known or not titled)


def _many_shows(doc: Document, show: str) -> bool:
    """A list of many shows: headings or paragraphs naming several other shows' seasons."""
    key = norm(show)
    others: set[str] = set()
    for block in doc.blocks:
        if block.kind == "caption":
            continue
        # Speed: a block other than a heading counts only for the known shows it names, and most
        # name none that is new: the dearer test, for season references, comes second.
        named = {norm(title) for _, _, title in find_show_mentions(block.text)}
        named.discard(key)
        if block.kind != "heading" and named <= others:
            continue
        refs = parse_season_ref(block.text)
        if not refs:
            continue
        others |= named
        if block.kind == "heading":
            name, _ = show_near_ref(block.text, refs[0])
            if name and norm(name) != key:
                others.add(norm(name))
        if len(others) >= 4:
            return True
    return False


def is_preview(doc: Document, show: str | None, season: int | None) -> bool:
    """True only when the page is about an upcoming or announced season of `show`.

    Needs a show and a season; false for reviews, recaps, episode write-ups, box
    office, lists of many shows, "how to watch" guides and game or sports seasons.
    The headline must use preview vocabulary and the body speak of the future, or,
    with a neutral headline, the body must speak of the future repeatedly.
    """
    if not show or not season:
        return False
    if episode_list(doc):
        return True     # shows.py named the season its overview shows to come
    head = _headline(doc)
    if not _headline_is_about(head, doc.meta.url, show):
        return False    # a feature that only mentions a show in passing is not its preview
    body = _body(doc)
    if _REVIEW.search(head) or _BOX_OFFICE.search(head) or _LIST.search(head):
        return False
    # "Release Date: When And Where To Watch" announces the release; a plain viewing guide
    # is of a season already out.
    # ("When is 'Echelon' season 3 on Netflix?" asks for the release.)
    if _HOW_TO_WATCH.search(head) and not _RELEASE_DATE.search(head) and not _WHEN.search(head):
        return False
    episode = _EPISODE.search(head)
    # A listings page for a season's first episode ("Season 2, Episode 1: Homecoming") is its
    # premiere's page: a preview when its body speaks of the future at all.
    if episode and _FIRST_EPISODE.fullmatch(episode.group()) and not _SOFT_REVIEW.search(head):
        return _at_least(1, _future_sentences(body))
    if (episode or _SOFT_REVIEW.search(head)) and not _STRONG_PREVIEW.search(head):
        return False
    if _has_rating(body):
        return False
    if is_game_or_sports(doc, show):
        return False
    if _many_shows(doc, show):
        return False
    if _box_office_words(_body_text(doc)[1]) and _at_least(3, (text for text in body if _BOX_OFFICE.search(text))):
        return False
    if _PREVIEW.search(head) or _DATED_HEAD.search(head):
        return not body or _at_least(1, _future_sentences(body))
    # An episode guide whose schedule lies ahead of the page ("17 | 1 | Night Audit | January 3,
    # 2027" on a page of November 2026) speaks of the future in its rows.
    return _at_least(3, itertools.chain(_future_sentences(body), _future_rows(doc)))


def _future_rows(doc: Document) -> Iterator[str]:
    """Table rows holding a day after the page's last edit (an episode schedule to come)."""
    day = last_edit(doc.meta)
    if day is None:
        return
    for block in doc.blocks:
        if block.kind == "row" and not block.header:
            for cell in block.cells:
                if len(cell) <= 40 and any(ch.isdigit() for ch in cell):
                    when = parse_date_phrase(cell)
                    if when is not None and when.precision == "day" and when.date_from > day:
                        yield block.text
                        break
        elif block.kind == "item" and len(block.text) <= 80 and any(ch.isdigit() for ch in block.text):
            # a list of episodes: "1 Departure Jan 8, 2027"
            if any(m.when.precision == "day" and m.when.date_from > day for m in find_dates(block.text, day)):
                yield block.text


def _box_office_words(low: str | None) -> bool:
    """False when no block of the body can hold a _BOX_OFFICE match, given the body as one text
    `lowered` (`_body_text`: one test for the page, not one a block; None: no test)."""
    return low is None or any(word in low for word in _BOX_OFFICE_WORDS)


def _has_rating(body: list[str]) -> bool:
    """A review's rating line ("Rating: 4/5", "★★★★", "8/10"); a run of "1 / 5", "2 / 5" …
    lines is a gallery's slide counter, not a rating."""
    ratings = [text.strip() for text in body if len(text) < 60 and _BODY_RATING.search(text)]
    fractions = {re.sub(r"\s", "", t) for t in ratings if _FRACTION.fullmatch(t)}
    if len(fractions) >= 2:
        ratings = [t for t in ratings if not _FRACTION.fullmatch(t)]
    return bool(ratings)


_FRACTION = re.compile(r"\d(?:\.\d)?\s?/\s?\d+")


def _future_sentences(body: list[str]) -> Iterator[str]:
    """Body sentences that speak of the future, lazily: callers stop at the count they need."""
    for text in body:
        for sentence in split_sentences(text):
            if _FUTURE.search(sentence):
                yield sentence


def _at_least(count: int, items: Iterable[object]) -> bool:
    return sum(1 for _ in itertools.islice(items, count)) >= count

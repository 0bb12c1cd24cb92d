"""The trigger-word prefilters never skip a text their pattern would match.

Each trigger list must hold a word of every possible match of its pattern; a word
added to a pattern but not to its list would silently lose matches. These tests run
every pattern over every fixture sentence and check the prefilter let it through.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from aggregator.extract import (
    castcrew,
    castnames,
    castpatterns,
    castprose,
    preview,
    seasons,
    sources,
)
from aggregator.extract.html import parse_document
from aggregator.extract.sentences import split_sentences
from aggregator.extract.triggers import folded, lowered, mentions_any
from tests.conftest import SITES


@cache
def _texts() -> tuple[str, ...]:
    """Every block text and sentence of the fixture pages."""
    out: list[str] = []
    for path in sorted(SITES.rglob("*.html")):
        try:
            doc = parse_document(path.read_bytes())
        except Exception:
            continue
        for block in doc.blocks:
            out.append(block.text)
            out.extend(split_sentences(block.text))
    return tuple(out)


def test_folded_matches_ignorecase_view() -> None:
    assert folded("  Created\n BY  Noah HAWLEY ") == "created by noah hawley"
    assert folded("ſeason İnterview") == "season interview"


def test_mentions_any() -> None:
    assert mentions_any("According  to Deadline", ("according to",))
    assert not mentions_any("Deadline reports", ("according to",))


def _weak_in_lowered(text: str) -> bool:
    """The game/sport weak-word test as is_game_or_sports runs it on the lower-cased body."""
    low = lowered(text)
    return low is None or any(word in low for word in preview._GAME_SPORT_WEAK_WORDS)


def _prefilter_cases() -> list[tuple[str, re.Pattern[str], object]]:
    cases: list[tuple[str, re.Pattern[str], object]] = [
        ("crew", castcrew._CREW, lambda t: bool(castcrew._CREW_HINT.search(t))),
        ("forward", sources._FORWARD, lambda t: mentions_any(t, sources._FORWARD_WORDS)),
        ("backward", sources._BACKWARD, lambda t: mentions_any(t, sources._BACKWARD_WORDS)),
        ("pairs", castprose._PAIRS,
         lambda t: (" and " in t or "&" in t) and any(w in t.lower() for w in castprose._PAIRS_VERBS)),
        ("group", castprose._GROUP,
         lambda t: (" and " in t or "&" in t) and any(w in t.lower() for w in castprose._GROUP_VERBS)),
        ("inverted roles", castprose._INVERTED_ROLES,
         lambda t: " as " in t and mentions_any(t, castprose._INVERTED_ROLES_VERBS)),
        ("include", castprose._INCLUDE, lambda t: mentions_any(t, castprose._INCLUDE_WORDS)),
        ("as", castprose._AS, lambda t: bool(castprose._AS_HINT.search(t))),
        ("paren", castprose._PAREN, lambda t: "(" in t),
        ("ordinal season", seasons._ORD_SEASON, lambda t: seasons.has_ordinal(folded(t))),
        ("short season", seasons._SHORT, lambda t: bool(seasons._S_NUMBER.search(t))),
        ("game/sport strong", preview._GAME_SPORT_STRONG, lambda t: bool(preview._GAME_SPORT_STRONG_HINT.search(t))),
        ("game/sport weak", preview._GAME_SPORT_WEAK, lambda t: mentions_any(t, preview._GAME_SPORT_WEAK_WORDS)),
        ("game/sport weak, lowered", preview._GAME_SPORT_WEAK, _weak_in_lowered),
        ("box office", preview._BOX_OFFICE, lambda t: preview._box_office_words(lowered(t))),
        ("dotted season", seasons._DOTTED, lambda t: any(word in folded(t) for word in seasons._DOTTED_WORDS)),
    ]
    for i, ((pattern, _), needles) in enumerate(castpatterns.PATTERN_NEEDLES):
        cases.append((f"prose {i}", pattern, lambda t, n=needles: bool(n.search(t.lower()))))
    for name in ("_STATUS_EXIT", "_STATUS_NEW", "_STATUS_RETURN"):
        cases.append((name, getattr(castnames, name), lambda t: mentions_any(t, castnames._STATUS_WORDS)))
    return cases


@pytest.mark.parametrize("name,pattern,passes", _prefilter_cases(), ids=lambda v: v if isinstance(v, str) else "")
def test_prefilter_keeps_every_match(name: str, pattern: re.Pattern[str], passes) -> None:
    matched = [t for t in _texts() if pattern.search(t)]
    missed = [t for t in matched if not passes(t)]
    assert not missed, f"{name}: trigger words miss {missed[:3]}"


# Game and sports words are rare on the fixture pages: these texts make each alternative match once.
_GAME_SPORT_TEXTS = (
    "The NBA and WNBA, NFL, MLB, NHL, MLS and NCAA; the Premier League, La Liga, Serie A, Bundesliga, "
    "Ligue 1 and the Champions League; Formula 1, Formula One, F1 and NASCAR. Fortnite, Call of Duty, Warzone, "
    "Overwatch, Apex Legends, Diablo IV, Diablo 4, Destiny 2, Valorant, League of Legends, Rocket League, "
    "EA Sports FC, FIFA 23, Madden, Genshin Impact, Pokémon GO, Pokemon GO, Rainbow Six, PUBG, Halo Infinite, "
    "Marvel Snap, Dead by Daylight, Sea of Thieves, a Battle Pass, a BattlePass, a battle royale, Chapter 5, Season 2.",
    "The Regular Season, the postseason, PRESEASON, the off-season and offseason, the Playoffs, free agency, "
    "a draft pick, the quarterback threw two touchdowns. Patch notes: a season pass, skins, loot, XP, ranked "
    "play, seasonal rewards, cosmetics, the standings on matchday, the transfer window, the league table, "
    "tipoff, tip-off and kickoff, the roster, gameplay; players can unlock in-game items at tier 3.",
)


@pytest.mark.parametrize("pattern,passes", [
    (preview._GAME_SPORT_STRONG, lambda t: bool(preview._GAME_SPORT_STRONG_HINT.search(t))),
    (preview._GAME_SPORT_WEAK, lambda t: mentions_any(t, preview._GAME_SPORT_WEAK_WORDS)),
    (preview._GAME_SPORT_WEAK, _weak_in_lowered),
])
def test_game_sport_hints_keep_every_alternative(pattern: re.Pattern[str], passes) -> None:
    matches = [m.group() for text in _GAME_SPORT_TEXTS for m in pattern.finditer(text)]
    assert len(matches) >= 20    # the texts exercise the pattern
    for word in matches:
        assert passes(word), f"hint misses {word!r}"


# Box-office words and dotted seasons are rare on the fixture pages too: each alternative once.
_RARE_TEXTS = (
    (preview._BOX_OFFICE, lambda t: preview._box_office_words(lowered(t)),
     "Its BOX OFFICE and box-office run, the opening weekend, it grossed more; ticket sales, a Ratings Record, "
     "ratings hit, ratings slump, Ratings: the series-high and series lows, Nielsen, the most-watched, most "
     "watched, viewership."),
    (seasons._DOTTED, lambda t: any(word in folded(t) for word in seasons._DOTTED_WORDS),
     "Dizinin 2. Sezon, 3. sezonu, 4. SEZONUNA, 5. sezonunda, 6. sezonunun; die 2. Staffel, la 3. saison, "
     "la 4. temporada."),
)


@pytest.mark.parametrize("pattern,passes,text", _RARE_TEXTS)
def test_rare_hints_keep_every_alternative(pattern: re.Pattern[str], passes, text: str) -> None:
    matches = [m.group() for m in pattern.finditer(text)]
    assert len(matches) >= 8    # the text exercises the pattern
    for word in matches:
        assert passes(word), f"hint misses {word!r}"


def test_has_ordinal_knows_every_ordinal() -> None:
    for word, number in seasons._ORDINALS.items():
        assert seasons.has_ordinal(folded(f"the {word.upper()} season")), word
        assert seasons.has_ordinal(folded(f"the {number}{'st' if number == 1 else 'TH'} season"))
    assert not seasons.has_ordinal(folded("Season 2 is coming"))



def test_prose_credits_need_a_two_word_name() -> None:
    """prose_credits skips a sentence without parentheses or a two-word NAME: read past
    the gate, every such fixture text (and a few made to tempt it) credits nobody."""
    tempting = ("Zendaya returns as Rue.", "Seven of Nine is back, and Agent 47 joins as Hitman.",
                "Newcomer Cher plays Ada, and Madonna will not return.", "J.J. reprises his role as Bob.")
    skipped = [t for t in (*_texts(), *tempting) if "(" not in t and not castnames.TWO_WORD_NAME.search(t)]
    assert len(skipped) > 1000
    for text in skipped:
        for status, context in ((None, True), ("new", False)):
            weak: list = []
            assert not list(castprose._credits(text, status, context, weak)) and not weak, text


def test_crew_name_first_words() -> None:
    """A crew match that starts with the name holds one of castcrew._NAME_FIRST_WORDS, and
    a text without them gives _CREW_BY_JOB's matches."""
    for text in _texts():
        matches = list(castcrew._CREW.finditer(text))
        if any(m.group("appos") or m.group("verb") or m.group("rel") for m in matches):
            assert any(word in text for word in castcrew._NAME_FIRST_WORDS), text
        if not any(word in text for word in castcrew._NAME_FIRST_WORDS):
            assert [m.span() for m in matches] == [m.span() for m in castcrew._CREW_BY_JOB.finditer(text)], text

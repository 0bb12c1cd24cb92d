"""Which season a dated statement is about (fixtures/CONVENTIONS.md, "Release claims": season).

The season references of a sentence (numbered, ordinal, "Show 4", "the new season"),
and the rules that pick among them for one date: the nearest named before it and the
seasons coordinated with it, a renewal's ordered season, a past premiere of the show
itself (season 1), a season named earlier in the paragraph, else the page's season.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from aggregator.extract import claim_events as E
from aggregator.extract import claim_subjects as S
from aggregator.extract.dates import DateMention, find_dates
from aggregator.extract.sentences import clause_of
from aggregator.extract.shows import find_show_mentions, parse_season_ref
from aggregator.extract.triggers import first_char_gate
from aggregator.items import Event
from aggregator.text import norm

# Seasons joined into one list share a claim: "the third and fourth seasons", "seasons 3 and 4".
_COORDINATION = re.compile(r"^\s*(?:,|and|&|,\s*and)?\s*$")
# ("renewed through season 5": the order runs to season 5)
_FOR_SEASON = re.compile(r"\b(?:for|through)\s+(?:a|an|the|its)?\s*$", re.I)
_RENEWAL_OBJECT = re.compile(r"(?:renew\w*|order(?:ed|s)?|picked up|green-?lit|greenlight\w*|(?:re-?)?commission\w*)\s+(?:the\s+|a\s+|an\s+|its\s+)?",
                             re.I)
_TIME_CLAUSE = re.compile(r"\b(?:after|before|since|following|when|once)\b", re.I)
_APPOSITIVE = re.compile(r"\s*,\s*")
_JOINT = re.compile(r"[;:]|,\s+(?:so|and|but|which means)\b", re.I)
# A season named only as the yardstick of another's timing: "if it follows the first series'
# pattern", "on the same schedule as season 1". It is no subject, and carries none.
_YARDSTICK_NOUN = r"(?:pattern|precedent|example|template|model|timeline|schedule|cadence|playbook|formula|rhythm)"
_YARDSTICK_AFTER = re.compile(rf"['’]s?\s+(?:\w+\s+)?{_YARDSTICK_NOUN}\b", re.I)
_YARDSTICK_BEFORE = re.compile(rf"\b{_YARDSTICK_NOUN}\s+as\s+(?:the\s+)?$", re.I)
_SHOW_NUMBER = re.compile(r"['’]?\s+(\d{1,2})(?![\d,.%:/])\b")
# Words that point at the season being previewed without numbering it.
_THIS_SEASON = first_char_gate(   # gated on its first letters (triggers.first_char_gate)
    "tin",
    r"\b(?:the|its|this)\s+(?:final|new|next|upcoming|latest|coming|forthcoming|last)\s+"
    r"(?:season|part|series|installment|instalment|chapter|run|batch of episodes)\b|\bnew episodes\b", re.I)
_DEBUT = re.compile(r"\b(?:debut\w*|first aired|launched|series premiere)\b", re.I)
_PAST_PREMIERE = re.compile(r"\b(?:premiered|debuted|aired|was released|were released|dropped|arrived|landed|released)\b", re.I)
# A piece of the season, where parts are not seasons: "Part 1", "Volume 2" (not "Part 1 of season 5").
_SEASON_PIECE = re.compile(r"\b(?:part|volume|vol\.)\s+(?:\d+|one|two|three|I{1,3})\b(?!\s+of\b)", re.I)
_SINCE_DEBUT = re.compile(r"\bsince\s+(?:its|the\s+(?:show|series)['’]s?)\s+(?:debut|premiere|launch)\b", re.I)
# (and "the show's premiere on May 22, 2025": the show's, not a season's)
_SERIES_PREMIERE = re.compile(r"\b(?:(?:its|the|a)\s+series|the\s+(?:show|series)['’]s)\s+premiere\s+(?:on|in|of)?\s*$",
                              re.I)
_ITS_DEBUT_BEFORE = re.compile(r"\b(?:its|the\s+(?:show|series)['’]s?)\s+$", re.I)
_DEBUT_AFTER = re.compile(r"\s*(?:debut|premiere|launch|bow)\b", re.I)
_FOLLOWED = re.compile(r"\s+(?:\w+\s+){0,2}?follow(?:ed|s)\b", re.I)
# Clauses joined by "and"/"while": the second may name its own season and event.
COORDINATED = re.compile(r",?\s+(?:and|while|whereas)\s+", re.I)


def followed_season(sentence: str, after: int, before: int, refs: list[tuple[int, int, int]]) -> int | None:
    """The season before N when a season N between two dates "followed" in a clause
    coordinated with the earlier date's ("arrived" would say nothing of the first date)."""
    for ref_start, ref_end, season in refs:
        if after < ref_start and ref_end < before and season > 1 and COORDINATED.search(sentence, after, ref_start) \
                and _FOLLOWED.match(sentence, ref_end):
            return season - 1
    return None


def column_seasons(cells: Sequence[str], parts: bool) -> list[int | None]:
    """The season each column of a header row names ("Milestone | Season 2 | Season 3"),
    or [] when the row names no season in a column after the first."""
    seasons: list[int | None] = []
    for cell in cells:
        refs = parse_season_ref(cell, parts=parts)
        # A header cell is a label, not a sentence: only a cell that is the season's name counts.
        seasons.append(refs[0][2] if len(refs) == 1 and not find_dates(cell, None) and len(cell) <= 30 else None)
    return seasons if any(s is not None for s in seasons[1:]) else []


def season_refs(sentence: str, parts: bool, show: str | None, page_season: int | None) -> list[tuple[int, int, int]]:
    """Season references of a sentence, plus the ones only the page can resolve:
    "Stranger Things 4" (the show's name and a number) and "the new season"."""
    refs = parse_season_ref(sentence, parts=parts)
    if parts:
        # Money Heist's "Volume 2 of Part 5": a volume is a piece of a part, never a season.
        refs = [r for r in refs if not sentence[r[0]:r[1]].lower().startswith("vol")]
    if show:
        key = norm(show)
        for start, end, title in find_show_mentions(sentence):
            number = _SHOW_NUMBER.match(sentence, end)
            if number and norm(title) == key and not S.is_sibling_edition(sentence, end):
                refs.append((start, number.end(), int(number.group(1))))
    refs = [r for r in refs if not (_YARDSTICK_AFTER.match(sentence, r[1])
                                    or _YARDSTICK_BEFORE.search(sentence, max(0, r[0] - 40), r[0]))]
    if page_season:
        # "season 3, the final chapter,": an appositive renames the season before it.
        refs += [(m.start(), m.end(), page_season) for m in _THIS_SEASON.finditer(sentence)
                 if not any(_APPOSITIVE.fullmatch(sentence, r[1], m.start()) for r in refs)]
    return sorted(set(refs))


def seasons_of(
    sentence: str,
    mention: DateMention,
    refs: list[tuple[int, int, int]],
    context_season: int | None,
    page_season: int | None,
    published: date | None,
    event: Event,
    event_at: int,
    show: str | None = None,
) -> list[int | None]:
    """The season(s) a date is about: the nearest named before it (with the seasons
    coordinated with that one), else after it; else the paragraph's or page's season."""
    if event == "renewal":
        # A renewal is "for" the season it orders ("renewed for a second season"), or the
        # seasons it names as its subject ("the third and fourth seasons were ordered").
        # "for seasons 3 and 4", "ordered the third and fourth seasons": every season of the list.
        ordered = [r for r in refs if _FOR_SEASON.search(sentence, 0, r[0])
                   or (event_at < r[0] and _RENEWAL_OBJECT.fullmatch(sentence, event_at, r[0]))]
        if ordered:
            return list(dict.fromkeys(r[2] for r in refs if coordinated(sentence, refs, r, ordered[0])))
        start, _ = clause_of(sentence, mention.start)
        subject = [r for r in refs if start <= r[0] and r[1] <= event_at]
        if not subject:
            return [page_season]
        if len(subject) == 1 and re.match(r"renew", sentence[event_at:], re.I) and subject[0][2] != page_season:
            return [subject[0][2] + 1]   # "the first season ... was renewed": season 2 is ordered
        # On the page of the season it names ("The third season of X was renewed by CBC on
        # May 28"), a season renewed is the one ordered.
        refs = subject
    # "one week after its series premiere on Feb. 4": a show's series premiere is season 1's
    # (a British "series two premiere" names its season and is read as one above).
    if event == "premiere" and _SERIES_PREMIERE.search(sentence, max(0, mention.start - 40), mention.start):
        return [1]
    # "renewed X for a second season ..., a week after the show debuted on April 20": the
    # ordered season is not the subject of an event in a later time clause.
    before = [r for r in refs if r[1] <= mention.start
              and not (_FOR_SEASON.search(sentence, 0, r[0]) and _TIME_CLAUSE.search(sentence, r[1], event_at))]
    # A season named after the date counts only as the subject of the event word that
    # follows it ("On March 3, Season 2 premieres"), not in a trailing aside
    # ("renewed on August 26, just days after the first season premiered").
    after = [r for r in refs if r[0] >= mention.end and event_at > r[0]]
    chosen = before[-1] if before else (after[0] if after else None)
    if chosen is not None and chosen in before and event == "premiere" and page_season and chosen[2] < page_season \
            and published is not None and mention.when.date_from > published \
            and _JOINT.search(sentence, chosen[1], mention.start):
        # "Season 1 spent a year in post-production, so our guess is 2025": a future release
        # in another clause than the earlier season is the page's season.
        return [page_season]
    if chosen is not None:
        group = [r for r in refs if r == chosen or coordinated(sentence, refs, r, chosen)]
        return list(dict.fromkeys(r[2] for r in group))
    if event == "premiere" and _DEBUT.search(sentence) and _PAST_PREMIERE.search(sentence):
        return [1]
    if event == "premiere" and published is not None and mention.when.date_to < published \
            and _SINCE_DEBUT.search(sentence, 0, mention.start):
        return [1]  # "Since its debut in January 2023, the show has ...": the series' first season
    if event == "premiere" and published is not None and mention.when.date_to < published \
            and _ITS_DEBUT_BEFORE.search(sentence, max(0, mention.start - 20), mention.start) \
            and _DEBUT_AFTER.match(sentence, mention.end):
        return [1]  # "two weeks after its January 2023 debut": the show's own debut
    if event == "premiere" and E.show_premiered(sentence, mention.start, show):
        return [1]  # "The series, which premiered in September 2021, ...": the series premiere
    if event == "trailer":
        return [page_season]    # trailers promote the season to come
    # A season named earlier in the paragraph carries over, except that a future date
    # does not belong to an earlier season ("Hwang made the first season ... Filming
    # is expected to start in 2023" is about the page's season).
    # A past-tense release ("It premiered on June 6, 2024") is no future date, whatever the
    # published date says (a wiki page created before and edited since).
    future = published is not None and mention.when.date_from > published and not _PAST_PREMIERE.search(sentence)
    if context_season is not None and not (future and page_season and context_season < page_season):
        return [context_season]
    # "The show premiered in January 2020" in a season-2 preview is the previous season;
    # "Part 1 was released on Aug 6" is the first half of the page's season.
    if page_season and page_season > 1 and published and mention.when.date_to < published \
            and _PAST_PREMIERE.search(sentence) and not _SEASON_PIECE.search(sentence, 0, mention.start):
        return [page_season - 1]
    return [page_season]


def coordinated(sentence: str, refs: list[tuple[int, int, int]], ref: tuple[int, int, int],
                 chosen: tuple[int, int, int]) -> bool:
    """True when `ref` and `chosen` are one list ("the third and fourth seasons")."""
    if (ref[0], ref[1]) == (chosen[0], chosen[1]):
        return True
    ordered = sorted(refs)
    lo, hi = sorted([ref, chosen])
    between = [r for r in ordered if lo < r < hi]
    chain = [lo, *between, hi]
    # A bare comma before the last one starts a new clause ("the gap between the first two
    # seasons, season 3 could premiere …"); a list closes with "and".
    return all(a[1] <= b[0] and _COORDINATION.match(sentence[a[1]:b[0]]) for a, b in zip(chain, chain[1:])) \
        and sentence[chain[-2][1]:chain[-1][0]].strip() != ","

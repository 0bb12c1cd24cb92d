"""Release-date claims, sentence by sentence, from the main-content blocks.

For each sentence with a date expression: which event the date is for, which
season, how sure the writer is, and whom it credits. Denied or negated dates
are dropped; claims of one season and event whose ranges nest collapse into the
most precise (fixtures/CONVENTIONS.md, "Release claims").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from aggregator.extract import claim_events as E
from aggregator.extract import claim_exclusions as X
from aggregator.extract import claim_subjects as S
from aggregator.extract.apparatus import is_apparatus_heading, is_media_label
from aggregator.extract.caseless import Caseless
from aggregator.extract.claim_filters import falsified_starts, not_a_claim, struck_out, unstated
from aggregator.extract.claim_merge import collapse, later_production
from aggregator.extract.claim_seasons import (
    COORDINATED,
    column_seasons,
    followed_season,
    season_refs,
    seasons_of,
)
from aggregator.extract.claim_speech import determiner_before, reported_when, said_when
from aggregator.extract.claim_stance import hedged, reported
from aggregator.extract.claim_tables import (
    episode_schedules,
    log_row_text,
    schedule_claim,
    season_overviews,
)
from aggregator.extract.dates import RUN_TO, SPAN_JOIN, DateMention, find_dates, writes_day_first
from aggregator.extract.document import Block
from aggregator.extract.event_words import EVENT_NEEDLES, EVENT_SCANS, RENEW_WORD
from aggregator.extract.locale import DateLocale
from aggregator.extract.sentences import clause_of, split_sentences, strip_speaker
from aggregator.extract.shows import find_show_mentions, parse_season_ref, parts_are_seasons
from aggregator.extract.sources import is_credit_line, section_credits, sentence_attributions
from aggregator.extract.triggers import same_length_lower
from aggregator.items import Certainty, Event, ReleaseClaim, SourceRef
from aggregator.text import norm

_ANNOUNCED_RENEWAL = re.compile(
    r"\b(?:return|be back|come back|is back)\s+for\b|\b" + RENEW_WORD + r"|\bis getting (?:a )?(?:season|series|part)\b|"
    r"\b(?:another|a new|an? \w+) season\b|\bpicked up\b|\bgreen-?lit\b", re.I)
_RENEWED_MAIN = re.compile(r"\b(?:has|have|had|was|were)\s+(?:officially\s+)?" + RENEW_WORD + r"[^.;]{0,80},\s*$", re.I)
_SPEECH_AFTER_COMMA = re.compile(r",\s*(?:[\w'’.-]+\s+){0,4}?(?:announced|said|confirmed|revealed|told|shared)\b", re.I)
# "Episode 2 has moved to Sunday 22 March": a later episode's date is no season's premiere.
_LATER_EPISODE = re.compile(r"(?<!of )\bepisode\s+(?:[2-9]|\d\d|two|three|four|five|six|seven|eight|nine|ten)\s+"
                            r"(?:(?:has|have|had|will|is|was|now|then|also|be|been|now)\s+){0,3}$", re.I)
# How far (characters) a sentence-level event word may stand from a date in another clause.
_EVENT_REACH = 60
# "Apple's only said 'later this year' for season two": a date given for the season, with no
# event word of its own, is when the season arrives.
_FOR_SEASON_AFTER = re.compile(r"[\"”’']?\s+for\s+(?:season|series|part)\s+\w+\b", re.I)
_GIVEN_BEFORE = re.compile(r"\b(?:said|says|say|given|gave|give|named|names|set|sets|pencil+ed|floated|promised|"
                           r"confirmed|announced|mentioned|quoted)\b[^.;]{0,30}$", re.I)


# A trailer revealed, posted or shared on a date is released on it.
_SHOWN_BEFORE = re.compile(r"\b(?:revealed|unveiled|posted|shared|teased|released|dropped|debuted|premiered)\b[^.;]{0,50}$",
                           re.I)


@dataclass(slots=True)
class _Candidate:
    claim: ReleaseClaim
    order: int


def extract_claims(
    blocks: Sequence[Block], page_season: int | None, published: date | None, show: str | None = None,
    locale: DateLocale = DateLocale(),
) -> list[ReleaseClaim]:
    """Release claims of the page, in page order, nested ones collapsed. `locale` is how the
    outlet's country writes dates (day-first numerals, southern seasons)."""
    credits = section_credits(list(blocks))
    parts = parts_are_seasons(show) if show else False
    found: list[ReleaseClaim] = []
    section_season: int | None = None
    if not locale.day_first and writes_day_first(b.text for b in blocks):
        locale = DateLocale(day_first=True, southern=locale.southern)
    columns: list[int | None] = []     # the season of each column of the current table
    false_days: set[date] = set()
    apparatus: int | None = None     # level of the "References" heading the blocks are under
    schedule = episode_schedules(blocks)
    overview = season_overviews(blocks, published, locale)
    for index, block in enumerate(blocks):
        if block.kind != "row":
            columns = []
        elif index in overview.rows:
            # a season overview: each season's row dates its premiere and finale
            found.extend(overview.claims.get(index, ()))
            continue
        elif index in schedule.rows:
            # An episode schedule: its first and last episodes date the premiere and the finale.
            if index in schedule.dated and (claim := schedule_claim(block, *schedule.dated[index],
                                                                    section_season or page_season, published,
                                                                    [s.name for s in credits[index] if s.name], locale)):
                found.append(claim)
            continue
        if block.kind == "heading":
            if apparatus is not None and (block.level or 6) <= apparatus:
                apparatus = None
            if is_apparatus_heading(block.text):
                apparatus = block.level or 6
            refs = parse_season_ref(block.text, parts=parts)
            section_season = refs[-1][2] if refs else None
            continue
        if apparatus is not None:
            continue    # a wiki's reference list dates its sources, not the show
        if block.kind == "caption" or is_credit_line(block):
            continue
        section_cites = [s.name for s in credits[index] if s.name]
        if block.kind == "row" and block.cells:
            header = column_seasons(block.cells, parts)
            if header:
                columns = header
                continue
            if columns:
                found.extend(_row_claims(block, columns, published, show, section_cites, locale))
                continue
        text = " ".join(block.cells) if block.kind == "row" and block.cells else block.text
        logged = log_row_text(block, published, locale) if block.kind == "row" and block.cells else None
        if logged is not None:
            text = logged    # a log's entry read as its sentence: "Cameras roll on season 2, on September 14, 2026"
        before = len(found)
        if is_media_label(text):
            continue    # "PHOTOS: The cast hits the beach on Sept. 21": a picture's caption
        if _INTERVIEW_QUESTION.match(text):
            continue    # an interviewer's question asks; the answer states (a date it quotes is checked there)
        # A season named earlier in the paragraph carries to its later sentences.
        context_season = section_season
        sentences = split_sentences(text)
        # "[03:30] JESS: They ordered ...": a transcript's timestamp and speaker are no text.
        stripped = [strip_speaker(sentence) for sentence in sentences]
        dated = [find_dates(sentence, published, locale.day_first, locale.southern) for sentence in stripped]
        if block.struck:
            # "premieres on <del>Thursday, May 21</del> Thursday, May 7": a struck date is withdrawn.
            dated = [[m for m in mentions if not struck_out(sentence, m, block.struck)]
                     for sentence, mentions in zip(stripped, dated, strict=True)]
        # Sentences after the block's last date neither claim nor carry a season to a claim:
        # most blocks have no date, and their season references need not be read.
        last = max((i for i, mentions in enumerate(dated) if mentions), default=-1)
        for position in range(last + 1):
            sentence = stripped[position]
            refs = season_refs(sentence, parts, show, page_season)
            # A question asks and states nothing ("Is a 2026 release realistic?").
            if dated[position] and not sentence.rstrip(" \"'”’)").endswith("?"):
                following = sentences[position + 1] if position + 1 < len(sentences) else ""
                falsified = falsified_starts(sentence, dated[position], following)
                false_days.update(m.when.date_from for m in dated[position]
                                  if m.start in falsified and m.when.precision == "day")
                found.extend(_sentence_claims(sentence, following, refs, context_season, page_season, published,
                                              show, section_cites, locale=locale, mentions=dated[position],
                                              falsified=falsified))
            if refs:
                context_season = refs[-1][2]
        if logged is not None:
            for claim in found[before:]:
                claim.text = block.text
    # A day the page calls false anywhere is no claim anywhere on it: a live blog's correction
    # ("our 3:58 p.m. post said October 1. That date was wrong") voids the post it corrects.
    kept = [c for c in found if c.when.precision != "day" or c.when.date_from not in false_days]
    return collapse(later_production(kept, page_season))


def _sentence_claims(sentence: str, following: str, refs: list[tuple[int, int, int]], context_season: int | None,
                     page_season: int | None, published: date | None, show: str | None,
                     section_cites: list[str], locale: DateLocale = DateLocale(),
                     mentions: list[DateMention] | None = None,
                     falsified: set[int] | None = None) -> list[ReleaseClaim]:
    """The claims of one sentence (`following` is the next one, for denials that point back;
    `mentions` its dates and `falsified` the starts of those the page calls false, when the
    caller has found them already)."""
    found: list[ReleaseClaim] = []
    previous_end = 0
    # Speed: the outlets the sentence credits, and whether it reports, are the same for each of
    # its dates: read at its first claim.
    stance: tuple[list[SourceRef], bool] | None = None
    if mentions is None:
        mentions = find_dates(sentence, published, locale.day_first, locale.southern)
    if falsified is None:
        falsified = falsified_starts(sentence, mentions, following)
    for index, mention in enumerate(mentions):
        lo, previous_end = previous_end, mention.end
        if mention.start in falsified or not_a_claim(sentence, mention):
            continue
        later = mentions[index + 1].start if index + 1 < len(mentions) else len(sentence)
        located = _event_of(sentence, mention, lo, later)
        said = said_when(sentence, mention.start, mention.end)
        if said and located is not None and located[0] == "trailer" \
                and _SHOWN_BEFORE.search(sentence, max(0, mention.start - 60), mention.start):
            said = False    # "the teaser was shared at the fan event on July 20": the trailer's date
        if located is None and said and _ANNOUNCED_RENEWAL.search(sentence, mention.end):
            located = ("renewal", mention.end)   # "made it official on Jan 6: X is getting Season Two"
        if located is None and said and (main := _RENEWED_MAIN.search(sentence, 0, sentence.rfind(",", 0, mention.start) + 1)) \
                and _SPEECH_AFTER_COMMA.match(sentence, sentence.rfind(",", 0, mention.start)):
            # "CBS has renewed X for a fourth season, the network announced at its upfront on May 19":
            # a renewal is dated by its announcement, told in a clause after it
            located = ("renewal", main.start())
        previous_season = None
        if located is None and index + 1 < len(mentions):
            # "X swept Netflix on December 25, 2020, and season 2 followed on March 25, 2022":
            # what season 2 followed is the same event of the season before it.
            previous_season = followed_season(sentence, mention.end, later, refs)
            if previous_season is not None:
                located = _event_of(sentence, mentions[index + 1], mention.end)
        if located is None or _about_other_show(sentence, mention, show, refs):
            continue
        event, event_at = located
        if event == "premiere" and index > 0 and _MOVED.match(sentence, event_at):
            # "filming was to begin in June, but it has since been moved up to April": a
            # schedule moved keeps the event of the date it replaces
            before = _event_of(sentence, mentions[index - 1], 0, mention.start)
            if before is not None and before[0] != "premiere":
                event = before[0]
        ran = _RAN_FROM.search(sentence, max(0, mentions[index - 1].start - 60), mentions[index - 1].start) \
            if event == "premiere" and index > 0 else None
        if ran and (RUN_TO if ran.group("join") == "from" else SPAN_JOIN).fullmatch(
                sentence, mentions[index - 1].end, mention.start):
            event = "finale"    # "aired from June 7 to July 27", "was shown between April and June": the run ends
        elif event == "production_start" and index > 0 and SPAN_JOIN.fullmatch(sentence, mentions[index - 1].end,
                                                                                mention.start):
            event = "production_end"    # "Filming took place between March and July 2025"
        if _of_other_work(sentence, mention, event, event_at, show):
            continue
        if event == "premiere" and event_at < mention.start and _LATER_EPISODE.search(sentence, max(0, event_at - 45),
                                                                                       event_at):
            continue
        if event == "premiere" and event_at < mention.start and S.news_subject(sentence, event_at):
            continue
        if S.in_relative_clause(sentence, mention.start, mention.end, event_at) \
                or S.in_later_relative_clause(sentence, event_at, mention.start):
            continue
        if S.external_subject(sentence, event_at) or S.titled_subject(sentence, mention.start, show):
            continue
        if said and reported_when(sentence, mention.start):
            continue    # "Animation Magazine reported last week that Netflix has ordered …": the report's date
        if event != "renewal" and said:
            if not _ANNOUNCED_RENEWAL.search(sentence, mention.end):
                continue
            # "Netflix confirmed on June 12 that the show will return for a second
            # season": the date is when the renewal was announced.
            event = "renewal"
        seasons = [previous_season] if previous_season is not None else \
            seasons_of(sentence, mention, refs, context_season, page_season, published, event, event_at, show)
        if len(seasons) > 1 and "respectively" in sentence:
            seasons = _respective(sentence, mentions, mention, seasons)
        if not seasons or unstated(sentence, mention, published):
            continue
        if stance is None:
            stance = _stance(sentence)
        for season in seasons:
            found.append(_claim(sentence, mention, season, event, section_cites, stance))
    return found


def _respective(sentence: str, mentions: list[DateMention], mention: DateMention,
                seasons: list[int | None]) -> list[int | None]:
    """"Seasons 1 and 2 arrived in March 2021 and March 2022, respectively": the listed
    seasons take the listed dates in order (when the two lists are as long)."""
    at = sentence.find("respectively")
    listed = [m for m in mentions if m.end <= at][-len(seasons):]
    if len(listed) == len(seasons) and mention in listed:
        return [seasons[listed.index(mention)]]
    return seasons


_INTERVIEW_QUESTION = re.compile(r"\s*(?:Q|Question)\s*[:.]\s")
_QUOTED_SEQUEL = re.compile(r"['‘\"“](?P<t>[A-Z][^'’\"”]{1,60}?)\s+(?:(?:Part|Season)\s+)?\d{1,2}['’\"”]")
_MOVED = re.compile(r"(?:pushed|moved|delayed|bumped|postponed)\b", re.I)
# ("went out in the autumn of 2025, from 7 September to 12 October")
_RAN_FROM = re.compile(r"\b(?:aired|ran|run|runs|airs|broadcast|streamed|was on(?: the air)?|went out|goes out|"
                       r"(?:was|were)\s+(?:shown|screened))\s+(?:[\w,]+\s+){0,6}?(?P<join>from|between)\s+$",
                       re.I)


def _row_claims(block: Block, columns: list[int | None], published: date | None, show: str | None,
                section_cites: list[str], locale: DateLocale = DateLocale()) -> list[ReleaseClaim]:
    """A row of a table whose columns are seasons: each dated cell is a claim about its
    column's season, for the event its first cell names ("Filming starts | March 3, 2025 |
    February 9, 2026"). The claim's text is the row as the page shows it."""
    found: list[ReleaseClaim] = []
    label = block.cells[0]
    for cell, season in zip(block.cells[1:], columns[1:]):
        if season is None or not cell.strip():
            continue
        for claim in _sentence_claims(f"{label} {cell}", "", [], season, season, published, show, section_cites,
                                      locale=locale):
            claim.season, claim.text = season, block.text
            found.append(claim)
    return found


def _of_other_work(sentence: str, mention: DateMention, event: Event, event_at: int, show: str | None) -> bool:
    """The date is another work's: a disc release, or a clause whose subject is a spin-off,
    film, game or the original a remake is based on."""
    if event == "premiere" and X.home_media(sentence, mention.start, mention.end, clause_of(sentence, mention.start)):
        return True
    return S.other_work_subject(sentence, min(event_at, mention.start), show) or \
        S.other_title_antecedent(sentence, mention.start, show) or S.example_subject(sentence, show) or \
        S.other_appositive(sentence, min(event_at, mention.start), show)


def _about_other_show(sentence: str, mention: DateMention, show: str | None,
                      refs: list[tuple[int, int, int]]) -> bool:
    """Another known show is the subject of the date: it is named before the date in the
    same clause, with no season of the page's show in between ("the account also said
    Euphoria was coming back in June")."""
    start, _ = clause_of(sentence, mention.start)
    key = norm(show) if show else ""
    mentions = [(at + start, end + start, title) for at, end, title in find_show_mentions(sentence[start:mention.start])]
    # A quoted title numbered like a sequel ("tvN's 'Moonlit Sword Part 2'") is a show too.
    mentions += [(m.start(), m.end(), m.group("t")) for m in _QUOTED_SEQUEL.finditer(sentence, start, mention.start)]
    if show and show in sentence:
        # The page's own title, found even when the show table does not scan it ("Fallout").
        at = sentence.find(show, start, mention.start)
        while at >= 0:
            mentions.append((at, at + len(show), show))
            at = sentence.find(show, at + len(show), mention.start)
    # "the Sunday slot from The Gilded Shore, whose second season ends on February 28": the season
    # of the title the "whose" clause hangs on
    lo = max(0, mention.start - 120)
    # Speed: the pattern tries a title at every capital of the window; few windows hold "whose".
    whose = _WHOSE_SEASON.search(sentence, lo, mention.start) if sentence.find("whose", lo, mention.start) >= 0 else None
    if whose and norm(whose.group("t")) != key and key not in norm(whose.group("t")):
        return True
    for at, end, title in mentions:
        if norm(title) == key and not S.is_sibling_edition(sentence, end):
            continue
        if _in_nickname(sentence, at, end):
            continue    # 'dubbed "Succession in corsets" by fans': a comparison, not the subject
        # A season named right after the other title is that show's ("House of the Dragon Season 2").
        if not any(r[0] >= end and not S.attached_season(sentence, end, r[0])
                   for r in refs if r[1] <= mention.start):
            return True
    return False


_WHOSE_SEASON = re.compile(r"(?P<t>(?:[A-Z][\w'’&:-]*\s+){0,4}[A-Z][\w'’&-]*)[\"”’']?,\s+whose\s+(?:[\w'’-]+\s+){0,2}?"
                           r"(?:season|series|run|finale|premiere|cour|part)\b[^,;.]*$")
# A verb of its own between an earlier date and this one: the event word before the earlier
# date is not this date's ("premiered in October 2024, won a Peabody in June 2025").
_OWN_VERB = re.compile(r"\b(?:won|wins|earned|earns|received|receives|scored|scores|picked\s+up|took\s+home|swept|"
                       r"topped|drew|draws|became|was\s+named|broke)\b", re.I)
_QUOTE_OPEN = re.compile(r"[\"“]([^\"“”]{0,80})$")
_QUOTE_CLOSE = re.compile(r"([^\"“”]{0,80})[\"”]")


def _in_nickname(sentence: str, at: int, end: int) -> bool:
    """The title is part of a longer quoted phrase ('"Succession in corsets"'), a nickname
    or comparison, not a mention of that show."""
    opened = _QUOTE_OPEN.search(sentence, max(0, at - 80), at)
    closed = _QUOTE_CLOSE.match(sentence, end)
    return opened is not None and closed is not None and bool((opened.group(1) + closed.group(1)).strip())


def _event_of(sentence: str, mention: DateMention, lo: int = 0, later: int | None = None) -> tuple[Event, int] | None:
    """The event of a date; `lo` is where the previous date of the sentence ends, `later`
    where the next one starts."""
    start, end = clause_of(sentence, mention.start)
    return _event(sentence, start, end, mention, max(lo, start), later)


def _stance(sentence: str) -> tuple[list[SourceRef], bool]:
    """The outlets the sentence credits, and whether it reports what it states."""
    attributed = sentence_attributions(sentence)
    return attributed, reported(sentence, attributed)


def _claim(sentence: str, mention: DateMention, season: int | None, event: Event,
           section_cites: list[str], stance: tuple[list[SourceRef], bool]) -> ReleaseClaim:
    """The claim of a date claim_filters.unstated keeps (`stance`: the sentence's `_stance`)."""
    attributed, is_reported = stance
    certainty: Certainty = "reported" if is_reported else \
        "speculative" if hedged(sentence, mention.text, mention.start) else "confirmed"
    cites = list(dict.fromkeys([s.name for s in attributed if s.name] + section_cites))
    return ReleaseClaim(season=season, event=event, when=mention.when, certainty=certainty,
                        text=sentence, cites=cites)


def _event(sentence: str, start: int, end: int, mention: DateMention, lo: int = 0,
           later: int | None = None) -> tuple[Event, int] | None:
    """The event whose wording sits closest before the date in its clause (else after, else
    anywhere in the sentence, but not in a later clause that holds the next date: "X swept
    Netflix on December 25, 2020, and season 2 followed on March 25, 2022")."""
    # The start of the clause of the next date, past which event words are that date's.
    fence = len(sentence)
    if later is not None and later < len(sentence):
        # The next date's own clause, or its coordinated one (", and season 2 followed on").
        next_clause = clause_of(sentence, later)[0]
        joins = list(COORDINATED.finditer(sentence, mention.end, later))
        if next_clause > start:
            fence = max(next_clause, mention.end)
        elif joins:
            fence = joins[-1].start()
    best: tuple[int, Event, int] | None = None
    # A leading "If ..., " clause and the main clause do not share event words.
    floor, ceiling = 0, len(sentence)
    lead = E.lead_clause_end(sentence)
    if lead:
        floor, ceiling = (lead, ceiling) if mention.start >= lead else (0, lead)
    # Each pattern with the needles (event_words.EVENT_NEEDLES) the sentence holds: a window
    # holding none of them cannot match, and most windows hold none of most patterns'.
    low, patterns = _event_patterns(sentence)
    for scope_start, scope_end in ((max(start, mention.start - 90), min(end, mention.end + 60)),
                                   (max(0, mention.start - _EVENT_REACH), min(len(sentence), mention.end + _EVENT_REACH))):
        scope_start, scope_end = max(scope_start, floor), min(scope_end, ceiling)
        # Speed: the window's text once, and its needle tests in C (map), not a generator.
        window = low[scope_start:scope_end] if low is not None else ""
        for event, pattern, needles in patterns:
            if needles is not None and not any(map(window.__contains__, needles)):
                continue
            for match in pattern.finditer(sentence, scope_start, scope_end):
                if mention.start <= match.start() < mention.end or match.start() >= fence:
                    continue
                if match.end() <= mention.start and sentence.find(",", match.end(), mention.start) >= 0 \
                        and E.is_reference_point(sentence, match.start(), match.end(), mention.start):
                    continue    # "five days after the premiere, on August 26"
                if event == "premiere" and E.production_started(sentence, match.start(), match.group()):
                    continue
                if sentence[match.start()].isupper() and E.inside_a_name(sentence, match.start(), match.end()):
                    continue    # "She joined Season Drop Hub in 2024": a name, not a release
                if event == "trailer" and E.tells_a_date(sentence, match.end(), mention.start):
                    continue    # "the new teaser promises season 4 in spring 2023": a premiere date
                # Prefer wording before the date; patterns are ordered most specific first.
                distance = mention.start - match.end() if match.end() <= mention.start else 1000 + match.start() - mention.end
                # Generic release verbs ("start", "coming") lose to specific wording nearby, but a
                # noun the date modifies ("a spring 2027 release") is the date's own event.
                if event == "premiere" and not 0 <= match.start() - mention.end <= 1:
                    distance += 30
                elif 0 <= match.start() - mention.end <= 1 and \
                        determiner_before(sentence, max(0, mention.start - 12), mention.start):
                    distance = -1   # "renewed … two weeks after its January 2023 debut": the debut's date
                if 0 < lo and match.end() <= lo:
                    # Wording before the previous date is that date's: "wrapped filming in October
                    # 2021 and hit Netflix on April 14, 2023" (a date with none of its own still takes it)
                    distance += 400
                if best is None or distance < best[0]:
                    best = (distance, event, match.start())
        if best is not None:
            if 0 < lo and best[2] < lo and _OWN_VERB.search(sentence, lo, mention.start):
                return None     # "premiered in October 2024, won a Peabody in June 2025": the award's date
            if best[1] == "finale" and best[2] < mention.start and E.trailer_ends_on(sentence, best[2]):
                return "premiere", best[2]  # "the teaser ends with a date: February 20"
            if best[1] == "premiere" and best[2] < mention.start and E.finale_subject(sentence, lo, best[2]):
                return "finale", best[2]    # "the finale ... when it aired on May 2"
            if best[1] == "premiere" and best[2] < mention.start and E.trailer_subject(sentence, lo, best[2]):
                return "trailer", best[2]   # "the trailer of Season 3 was released on July 10"
            if best[1] == "premiere" and best[2] < mention.start and _RELEASE_VERB.match(sentence, best[2]) \
                    and _TRAILER_OBJECT.match(sentence, mention.end):
                return "trailer", best[2]   # "Prime Video released this Wednesday (21) the first trailer"
            if E.coordinated_production_end(sentence, best[1], best[2], lo, mention.start):
                return "production_end", best[2]   # "began on May 5, and wrapped on September 12"
            return best[1], best[2]
    end_verb = E.bare_production_end(sentence, lo, mention.start)
    if end_verb is not None:
        return "production_end", end_verb
    if _FOR_SEASON_AFTER.match(sentence, mention.end) and _GIVEN_BEFORE.search(sentence, max(lo, mention.start - 40),
                                                                                mention.start):
        return "premiere", mention.end
    return None


# A release verb's object after the date, as translated prose orders it ("released on May 3 the
# first trailer of the season"; not "premieres May 3, the trailer confirms": a transitive release verb
# whose object follows the date without a comma).
_TRAILER_OBJECT = re.compile(r"\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:trailer|teaser)s?\b", re.I)
_RELEASE_VERB = re.compile(r"(?:releas|drop|unveil|launch|shar|post|debut)\w*\b", re.I)

_GatedEvent = tuple[Event, Caseless, tuple[str, ...] | None]


# A sentence's dates each ask for its event patterns: work them out once per sentence.
@lru_cache(maxsize=64)  # a page's dated sentences: reuse within a page, not across a benchmark
def _event_patterns(sentence: str) -> tuple[str | None, tuple[_GatedEvent, ...]]:
    """(same_length_lower(sentence), each event pattern with the needles the sentence holds)."""
    low = same_length_lower(sentence)
    if low is None:
        return None, tuple((event, pattern, None) for event, pattern in EVENT_SCANS)
    # Speed: filter runs the ~90 substring tests in C, not through a generator.
    return low, tuple((event, pattern, needles) for event, pattern in EVENT_SCANS
                      if (needles := tuple(filter(low.__contains__, EVENT_NEEDLES[event]))))

"""Dates a sentence gives that are no claims whatever their event: struck out, called false by
the page, or disqualified by the grammar around them (the rules of claim_exclusions and
claim_subjects, asked in order)."""

from __future__ import annotations

import re
from datetime import date

from aggregator.extract import claim_exclusions as X
from aggregator.extract import claim_subjects as S
from aggregator.extract.caseless import Caseless
from aggregator.extract.claim_stance import denied, denied_after
from aggregator.extract.dates import DateMention
from aggregator.extract.sentences import clause_of
from aggregator.extract.triggers import same_length_lower

_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+$", re.I)
# A date that places a source in time: "an interview from last month", "a post dated May 3".
_DATED_SOURCE = Caseless(re.compile(r"\b(?:reel|video|clip|post|tweet|interview|podcast|report|article|statement|announcement|"
                           r"press release|newsletter|livestream|panel)s?\s+(?:from|dated)\s+(?:the\s+)?$", re.I))
_RECORD_SINCE = re.compile(r"\b(?:highest|lowest|biggest|best|worst|most|largest|smallest|first\s+time)\b"
                           r"[^.;]{0,50}\bsince\s+(?:its\s+|the\s+)?$", re.I)

# "Deadline first reported the renewal talks in February": when an outlet had the story (the
# object carries no verb of its own: "first reported the show would return in May" is May's).
_SCOOP_DATE = Caseless(re.compile(r"\b(?:first|initially|originally|exclusively)\s+(?:reported|revealed|broke)\s+"
                                  r"(?:(?!(?:would|will|that|to|is|was|were|be|could|might)\b)[\w'’-]+\s+){0,6}?"
                                  r"(?:in|on|back\s+in|during)\s+$", re.I))

# "hoping for a strong showing at the Daytime Emmys on June 19": an awards night's date.
_AWARDS_NIGHT = Caseless(re.compile(r"\b(?:emmys|emmy\s+awards|awards|golden\s+globes|globes|oscars|baftas|peabodys|"
                                    r"(?:awards?\s+)?ceremony|upfronts?)(?:,?\s+(?:which\s+(?:is|are|will\s+be)\s+)?"
                                    r"(?:set|scheduled|slated|held|due)\s+(?:for|on|in)|\s+(?:on|in|this|next))\s+$", re.I))
# "Nico Bautista returns to the canvas as Danny Rourke on March 16": an actor back in a role.
_ACTOR_RETURN = re.compile(r"\b(?i:return(?:s|ed|ing)?|(?:is|are)\s+back)\b[^.;]{0,40}?\bas\s+[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?i:on|in|from|starting)\s+$")
# "ABC has renewed Harbor Lights through 2028": the order's term, not when anything happens.
_RENEWED_THROUGH = Caseless(re.compile(r"\brenew\w*\b[^.;]{0,60}?\b(?:through|thru|until|till)\s+(?:the\s+end\s+of\s+)?$",
                                       re.I))

# "Spoilers for the week of March 23 tease ...", "Here's what's coming the week of March 9": a soap's
# story week, not a release.
_STORY_WEEK = Caseless(re.compile(r"\b(?:spoilers?\b[^.;]{0,30}?|what['’]s\s+(?:coming|ahead|happening|in\s+store)\s+"
                                  r"(?:up\s+)?(?:on\s+[^.;]{1,30}?\s+)?(?:during\s+|in\s+|for\s+)?)(?:(?:the\s+)?week\s+of\s+)?$",
                                  re.I))
_WEEK_OF = re.compile(r"(?:the\s+)?week\s+of\b", re.I)

# "has an appeal hearing set for November 18", "whose parole hearing is scheduled for August 4": a
# court's calendar (a true-crime series' case), not the show's.
_COURT_DATE = Caseless(re.compile(r"\b(?:hearings?|trials?|sentencing|arraignment|retrial|execution|appeals?)\s+"
                                  r"(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:now\s+)?(?:set|scheduled|slated|due|"
                                  r"pencil+ed\s+in)\s+(?:for|on)\s+$", re.I))

# "The man convicted in 2011", "exonerated on December 9, 2025": the case's own events.
_CASE_EVENT = Caseless(re.compile(r"\b(?:convicted|arrested|charged|sentenced|exonerated|acquitted|paroled|indicted|"
                                  r"killed(?!\s+off)|murdered|disappeared|vanished|found\s+dead)\s+(?:[\w'’-]+\s+){0,3}?"
                                  r"(?:in|on)\s+$", re.I))

# "the show's co-host since 2019", "on contract since 1994": how long someone has held a place.
_ROLE_SINCE = Caseless(re.compile(r"\b(?:host|co-host|anchor|judge|regular|member|star|contract|showrunner|producer|"
                                  r"writer|creator|narrator|fixture|staple|mainstay|announcer)s?\s+since\s+$", re.I))

# "opens in theaters on July 23, 2027": a film's release; "its Comic-Con panel on Saturday, July 25": a panel's.
_THEATRICAL_OR_PANEL = Caseless(re.compile(r"\b(?:(?:in|into|to)\s+(?:theaters|theatres|cinemas)|panels?)\s+(?:on|in)\s+$",
                                           re.I))

# Words right before a date that say it is no claim, each with how far back it may start and
# the words (lower-case) of which every match holds one (tests/extract/test_claim_filters.py):
_BEFORE_DATE: tuple[tuple[re.Pattern[str] | Caseless, int, tuple[str, ...]], ...] = (
    # "HBO's reel from last month says ...": when the source appeared
    (_DATED_SOURCE, 40, ("from", "dated")),
    # "As of November 2025, no date had been announced": when the page looked
    (_AS_OF, 12, ("as",)),
    # "its highest audience since 2019": the baseline of a record
    (_RECORD_SINCE, 70, ("since",)),
    # "Collider first reported the May premiere window in February": the scoop's
    (_SCOOP_DATE, 90, ("reported", "revealed", "broke")),
    # "at the Daytime Emmys on June 19"
    (_AWARDS_NIGHT, 30, ("emmy", "award", "globes", "oscars", "baftas", "peabodys", "ceremony", "upfront")),
    # "returns to the canvas as Danny Rourke on March 16": the actor's return
    (_ACTOR_RETURN, 100, ("return", "back")),
    # "renewed through 2028": the order's term
    (_RENEWED_THROUGH, 80, ("renew",)),
    # "Kettering's first parole hearing is set for September 2028"
    (_COURT_DATE, 60, ("hearing", "trial", "sentencing", "arraignment", "execution", "appeal")),
    # "The man convicted in 2011"
    (_CASE_EVENT, 50, ("convicted", "arrested", "charged", "sentenced", "exonerated", "acquitted", "paroled",
                       "indicted", "killed", "murdered", "disappeared", "vanished", "dead")),
    # "Kira Vance, the show's co-host since 2019"
    (_ROLE_SINCE, 30, ("since",)),
    # "opens in theaters on July 23, 2027", "Comic-Con panel on Saturday, July 25"
    (_THEATRICAL_OR_PANEL, 30, ("theaters", "theatres", "cinemas", "panel")),
)
# Speed: each rule's words as one scan of the lower-cased window (a loop in C, not in Python).
_GATED_BEFORE_DATE = tuple((pattern, reach, re.compile("|".join(map(re.escape, words))).search)
                           for pattern, reach, words in _BEFORE_DATE)

# "last year's Tour, which ran from July 5": a date in the possessive names a thing of that
# time, not when an event happens (unless the thing is the event: "last year's premiere").
_POSSESSIVE_THING = re.compile(r"['’]s\s+(?!(?:\w+\s+)?(?:premiere|finale|season|series|debut|launch|release|return|"
                               r"run|renewal|trailer|teaser|shoot|filming|production|episodes?|slate|schedule|line-?up|window|calendar)\b)[a-zA-Z]",
                               re.I)


def struck_out(sentence: str, mention: DateMention, runs: tuple[str, ...]) -> bool:
    """The date lies inside one of the block's struck-out runs."""
    for run in runs:
        at = sentence.find(run)
        if 0 <= at <= mention.start and mention.end <= at + len(run):
            return True
    return False


def falsified_starts(sentence: str, mentions: list[DateMention], following: str) -> set[int]:
    """Starts of the dates the page calls false: a denial after one in its clause ("the
    November 20 date is not real"), in the next clause, or in the next sentence ("... on
    March 1. That's fake"). Read once per sentence: the claims skip them, and a day among
    them is no claim anywhere on the page."""
    out: set[int] = set()
    for mention in mentions:
        _, end = clause_of(sentence, mention.start)
        if denied_after(sentence[mention.end:end]) or X.denied_by_next_clause(sentence, end) or (
                following and end == len(sentence) and X.denies_back(following)):
            out.add(mention.start)
    return out


def not_a_claim(sentence: str, mention: DateMention) -> bool:
    """Dates the grammar around them disqualifies whatever their event (claim_exclusions);
    dates the page calls false are `falsified_starts`'s."""
    if mention.start < X.stamp_end(sentence) or X.corrected_away(sentence):
        return True     # "UPDATE (Feb. 1, 2024, 2:15 p.m. ET): ...", "An earlier version of this story said …"
    if X.in_condition(sentence, mention.start):
        return True     # "if cameras stop rolling in May, …": a premise
    if X.wished_for(sentence, mention.start):
        return True     # "Some fans are hoping for a summer return"
    if X.leaving_service(sentence, mention.start):
        return True     # "seasons 1 and 2 are leaving Netflix on Feb. 28"
    clause = clause_of(sentence, mention.start)
    start = mention.start
    # Speed: a pattern runs only on a window that holds one of its words; most windows hold none.
    low = same_length_lower(sentence)
    for pattern, reach, holds_word in _GATED_BEFORE_DATE:
        lo = max(0, start - reach)
        if low is not None and holds_word(low, lo, start) is None:
            continue
        if pattern.search(sentence, lo, start):
            return True
    if (_WEEK_OF.match(mention.text) or sentence.endswith("week of ", 0, start)) \
            and _STORY_WEEK.search(sentence, max(0, start - 70), start):
        return True     # "Spoilers for the week of March 23": a soap's story week
    if _POSSESSIVE_THING.match(sentence, mention.end):
        return True     # "last year's Tour": a thing of that year
    if S.made_participle(sentence, mention.start):
        return True     # "a scene written in 2021": when that was made
    if S.chart_week(sentence, mention.start, mention.text):
        return True     # "No. 3 on Nielsen's streaming chart for the week of March 4": a ratings week
    return (X.superseded(sentence, mention.start, mention.end, clause)
            or X.ruled_out(sentence, mention.start, mention.end, clause)
            or X.habitual(sentence, mention.start, clause)
            or X.mid_season(sentence, mention.start, clause)
            or X.resumed(sentence, mention.start, clause)
            or X.business_figure(sentence, mention.start, clause)
            or X.offer_deadline(sentence, mention.start, mention.end, clause))


# "Update, July 10, 2021: ..." dates the page's edit, not a claim.
_UPDATE_STAMP = re.compile(
    r"\b(?:update[sd]?|edit(?:ed)?|correction|posted|published)\b(?:\s+(?:on|in|at))?[\s,:—–-]*$", re.I)
_FUTURE = Caseless(re.compile(r"\b(?:will|expected|set to|slated|scheduled|upcoming|is going to|are going to)\b", re.I))
# ("three years after season 3 premiered on July 4, 2019")
_SEASON_PREMIERED = re.compile(
    r"\b(?:seasons?|series|parts?)(?:\s+\w+)?\s+(?:premiered|debuted|aired|was released|dropped|arrived|landed|"
    r"released|began|started)\s+(?:\w+\s+){0,2}$", re.I)


def unstated(sentence: str, mention: DateMention, published: date | None) -> bool:
    """The clause denies the date, speaks of it as history in the future tense, or it stamps
    an update: no claim, whatever its season."""
    start, end = clause_of(sentence, mention.start)
    local = sentence[start:end].replace(mention.text, " ")
    if denied(sentence[start:mention.start], sentence[mention.end:end]):
        return True
    if (published is not None and (published - mention.when.date_to).days > 365
            and _FUTURE.search(local)
            # "will be released in two volumes, three years after season 3 premiered on
            # July 4, 2019": a past release verb governs the date, not the future one.
            and not _SEASON_PREMIERED.search(sentence, max(start, mention.start - 50), mention.start)):
        return True     # "is expected to cover the annus horribilis of 1992": history, not a date
    return _UPDATE_STAMP.search(sentence, max(0, mention.start - 40), mention.start) is not None

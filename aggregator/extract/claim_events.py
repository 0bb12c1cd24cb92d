"""Which event word governs a date when a sentence holds more than one.

claims.py finds every event word near a date; these rules say which ones cannot
govern it: a word inside a leading "If ..., " clause (the date is in the main
clause), a word inside a "days after the premiere," reference that a comma cuts
off from the date, and a generic release verb whose subject is a finale
("the finale ... aired on May 2").
"""

from __future__ import annotations

import re
from functools import lru_cache

from aggregator.extract.triggers import window_holds

# "If the strikes wrap up soon, season 2 could arrive ...": what happens in the condition
# is not the event of a date in the main clause (and the other way round).
_LEAD_CLAUSE = re.compile(r"^\W*(?:if|once|when|whenever|until|unless|as soon as|assuming)\b[^,;]{3,120},\s", re.I)


def lead_clause_end(sentence: str) -> int:
    """End offset of a leading conditional or temporal clause, else 0."""
    match = _LEAD_CLAUSE.match(sentence)
    return match.end() if match else 0


# "renewed the series five days after the premiere, on August 26": the premiere is a
# reference point, and the comma hands the date back to the main verb.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:after|before|following|since|ahead\s+of)\s+(?:\w+[\s,]+){0,3}$", re.I)


def is_reference_point(sentence: str, word_start: int, word_end: int, date_start: int) -> bool:
    """The event word names a reference point ("days after the premiere") that a comma
    separates from a date following it."""
    if word_end > date_start or sentence.find(",", word_end, date_start) < 0:
        return False
    return bool(_REFERENCE_BEFORE.search(sentence, max(0, word_start - 40), word_start))


# The finale as the subject of a generic release verb: "the finale aired on",
# "the final aired on" (British), "the finale ... when it aired on".
_FINALE_SUBJECT = re.compile(
    r"\b(?:finale|final\s+episode|last\s+episode|(?:the|its|series|season)\s+final(?!\s+(?:season|series|"
    r"chapter|part|run|batch|instal\w*|episodes|trailer|teaser|date|cut|act|stretch|volume|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|\w+th|\d)))\b", re.I)


def finale_subject(sentence: str, lo: int, verb_at: int) -> bool:
    """A finale noun stands between `lo` (the previous date or clause start) and the
    generic release verb at `verb_at`, with no comma between, so the verb's subject is
    the finale ("Following the finale, season 3 arrives" keeps its premiere)."""
    if "final" not in sentence and "Final" not in sentence:
        return False
    last = None
    for last in _FINALE_SUBJECT.finditer(sentence, lo, verb_at):
        pass
    if last is None:
        return False
    between = sentence[last.end():verb_at]
    # "the season 2 finale, which aired October 19": the relative clause's subject is the finale.
    return "," not in between or _RELATIVE_TO_FINALE.match(between) is not None


_RELATIVE_TO_FINALE = re.compile(r"\s*,\s*(?:which|that)\b[^,]*$", re.I)


# "Filming on season 4 began ...": what began is the production, not the season.
# So is other work that starts ("Writing on season 2 began in October 2023", "casting began"):
# no release event at all (production_started is only asked about premiere verbs).
_PRODUCTION_SUBJECT = re.compile(r"\b(?:film\w*|shoot\w*|production|principal photography|cameras?|writing|"
                                 r"writers['’]?\s+room|pre-?production|post-?production|development|casting|auditions|"
                                 r"rehearsals|table\s+reads?|negotiations|talks|work)\b", re.I)
_START_VERB = ("start", "began", "begin", "begun", "kick", "ran", "run", "took place")


def production_started(sentence: str, verb_start: int, verb: str) -> bool:
    """A start verb ("began", "starts") whose subject, within the few words before it,
    is filming or production: not a premiere."""
    if not verb.lower().startswith(_START_VERB):
        return False
    return bool(_PRODUCTION_SUBJECT.search(sentence, max(0, verb_start - 40), verb_start))


# A trailer that tells a date tells the premiere's: "the new teaser promises the fourth
# season in spring 2023", "the trailer confirms a June 5 premiere".
# Active verbs only: "the trailer was shown on 9 September" dates the trailer itself.
_TELLS = re.compile(r"\s+(?:also\s+|officially\s+|finally\s+)?(?:promises|promised|confirms|confirmed|reveals|revealed|"
                    r"announces|announced|teases|teased|says|said|tells|told)\b", re.I)


def tells_a_date(sentence: str, trailer_end: int, date_start: int) -> bool:
    """The trailer word is the subject of a verb that tells the date that follows."""
    if trailer_end > date_start:
        return False
    verb = _TELLS.match(sentence, trailer_end, date_start)
    return verb is not None


# "Filming began on May 5 and wrapped on September 12": the second verb shares the
# production subject of the first, so its date ends the production.
_BARE_END_VERB = re.compile(r"\b(?:wrap(?:s|ped|ping)?|ended|(?:to\s+)?end|finish(?:es|ed)?|conclude[sd]?|completed)\b"
                            r"(?!\s+(?:up\s+)?its\s+run)", re.I)


def coordinated_production_end(sentence: str, event: str, event_at: int, lo: int, date_start: int) -> bool:
    """The date's event is the end of a production started earlier in the sentence: an end
    verb ("wrapped", "wrapped up", "finished") stands between the previous date (`lo`) and
    this one, and what governs the date is that production start or the "wrap up" of a run."""
    if lo <= 0 or _BARE_END_VERB.search(sentence, lo, date_start) is None:
        return False
    if event == "production_start":
        return event_at < lo
    if _PRODUCTION_SUBJECT.search(sentence, 0, lo) is None:
        return False
    # "began on June 2 ... and concluded on September 29", "... and is scheduled to finish in
    # late September": the finale's end verb is the production's.
    if event == "finale":
        return lo <= event_at < date_start and _BARE_END_VERB.match(sentence, event_at) is not None
    # "... and is expected to wrap in September": a generic release word before the end verb.
    verb = _BARE_END_VERB.search(sentence, lo, date_start)
    return event == "premiere" and verb is not None and lo <= event_at < verb.start()


def bare_production_end(sentence: str, lo: int, date_start: int) -> int | None:
    """Where the end verb stands when a date has no event wording of its own but follows an
    end verb coordinated with a production named before the previous date ("Production
    kicked off on June 9, per Variety, and is scheduled to wrap in mid-October")."""
    if lo <= 0:
        return None
    verb = _BARE_END_VERB.search(sentence, lo, date_start)
    if verb is None or _PRODUCTION_SUBJECT.search(sentence, 0, lo) is None:
        return None
    return verb.start()


# "The trailer of Chowk Bazaar Season 3 was released on 10th July": a generic release verb
# whose subject is the trailer dates the trailer (its "of ..." complement may name the season).
_TRAILER_LEAD = re.compile(r"\s*(?:the|a|its|this)\s+(?:(?:new|first|second|official|final|full|latest)\s+)*"
                           r"(?:trailer|teaser)\b", re.I)
_JOINT_BEFORE = re.compile(r",\s+(?:and|but|so)\s|;")
_IT_BEFORE = re.compile(r"\bit\s+(?:(?:was|has|had|first|finally|officially)\s+)*$", re.I)
_TRAILER_SUBJECT = re.compile(
    r"\b(?:trailer|teaser|promo|first[- ]look)s?(?:\s+(?:of|for)\s+[^,;]{1,60}?)?"
    r"\s+(?:(?:was|were|has|have|had|been|is|are|finally|officially|just|first)\s+)*$", re.I)


def trailer_subject(sentence: str, lo: int, verb_at: int) -> bool:
    """A trailer noun (with an "of/for ..." complement) is the subject of the generic
    release verb at `verb_at`, nothing but auxiliaries between."""
    if _TELLS.match(" " + sentence[verb_at:verb_at + 20]):
        return False    # "the new teaser promises season 4 in spring": a premiere it tells
    if _TRAILER_SUBJECT.search(sentence, lo, verb_at) is not None:
        return True
    # "The trailer has been viewed 20 million times since it dropped on May 2": "it" is the
    # sentence's trailer, when no joined statement ("…, and it arrives") comes between.
    return _TRAILER_LEAD.match(sentence) is not None and _IT_BEFORE.search(sentence, max(0, verb_at - 12), verb_at) \
        is not None and not _JOINT_BEFORE.search(sentence, 0, verb_at)


def show_premiered(sentence: str, date_start: int, show: str | None) -> bool:
    """A past premiere whose subject is the show itself ("Stillwater County premiered in
    September 2023", "the series, which premiered in ..."): the show's first season."""
    # Speed: the pattern tries its subject at every word, and is compiled once per show; most
    # dates have none of its verbs before them.
    if not window_holds(sentence, 0, date_start, _PREMIERED_VERBS):
        return False
    return _premiered_subject(show).search(sentence[:date_start]) is not None


_PREMIERED_VERBS = ("premiered", "debuted", "launched", "aired")


@lru_cache(maxsize=4096)  # one pattern per show name (see shows._confirming)
def _premiered_subject(show: str | None) -> re.Pattern[str]:
    names = [r"the\s+(?:show|series)"] + ([re.escape(show).replace(r"\ ", r"\s+")] if show else [])
    return re.compile(rf"\b(?:{'|'.join(names)})[\"”’']?(?:\s*,\s*which)?\s+(?:first\s+|originally\s+)?"
                      rf"(?:premiered|debuted|launched|first\s+aired)\s+(?:\w+\s+){{0,3}}$", re.I)


# "Netflix released the first teaser …, and it ends with a date: February 20", "The teaser ends
# on a 'Summer 2026' card": what a trailer ends on is the date it tells, the premiere's.
_ENDS_ON_A = re.compile(r"end(?:s|ed)?\s+(?:with|on)\s+(?:a|an|the)\b", re.I)
_PROMO_BEFORE = re.compile(r"\b(?:trailer|teaser|promo|video|clip|PV)s?\b", re.I)


_ENDS_ON_CARD = re.compile(r"end(?:s|ed)?\s+(?:with|on)\s+(?:a|an|the)\s+[\"“'‘][^\"”'’]{1,30}[\"”'’]\s+"
                           r"(?:card|title\s+card|date\s+card|caption|slate|tease)\b", re.I)


def trailer_ends_on(sentence: str, verb_at: int) -> bool:
    """The finale word at `verb_at` is a trailer ending on a card or a date ("it ends on an
    'Autumn 2026' card" needs no trailer word: only footage ends on a card)."""
    if _ENDS_ON_CARD.match(sentence, verb_at):
        return True
    return _ENDS_ON_A.match(sentence, verb_at) is not None and _PROMO_BEFORE.search(sentence, 0, verb_at) is not None


# A capitalised event word between capitalised words is part of a name ("Season Drop Hub", "Hot
# Air Media"); a month, a weekday or a label's "Date" after it is no name ("Drops On May 9",
# "Expected Release Date").
_CAPITAL_WORD_BEFORE = re.compile(r"(?-i:[A-Z])[\w&.'’-]*\s+$")
_NAME_WORD_AFTER = re.compile(
    r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|On|In|At|By|Date|Dates|"
    r"For|Of|To|This|Next|The)\b)(?-i:[A-Z])")


def inside_a_name(sentence: str, start: int, end: int) -> bool:
    """The capitalised word at start..end stands inside a multi-word name."""
    return _CAPITAL_WORD_BEFORE.search(sentence, max(0, start - 30), start) is not None \
        and _NAME_WORD_AFTER.match(sentence, end) is not None

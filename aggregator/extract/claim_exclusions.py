"""Dates in a release sentence that are not claims about the page's show.

Each rule reads the grammar around one date (fixtures/CONVENTIONS.md, "Dates that
are not claims"): a denial in the following clause or sentence whose subject points
back at it, a superseded schedule, a home-media release, a habitual statement, an
update stamp, a premise, a correction, a business figure (whose subject the date is:
claim_subjects; when a statement was made: claim_speech).
Every rule is guarded by a cheap keyword test so most sentences cost one scan.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aggregator.extract.sentences import clause_spans

# Speed: each rule first asks whether one of its words occurs in the sentence at all. The
# sentence's lower-cased word set is built once (a few microseconds) and each test is a
# set intersection, so most sentences skip every regex below.
_KEYWORDS: dict[str, frozenset[str]] = {name: frozenset(words.split()) for name, words in {
    "superseded": "originally initially previously had supposed moved pushed delay delayed postpone postponed "
                  "bumped shifted reschedule rescheduled brought before until went instead rather replacing planned",
    "ruled_out": "unlikely improbable impossible question table hope hopes rule",
    "habitual": "every each all usually typically traditionally historically tend tends last past previous prior",
    "resumed": "resume resumed resumes resuming picked restart restarted underway halted paused suspended dark "
               "skipped skips preempted pre-empted break",
    "business": "subscribers subscriber subs members memberships revenue revenues profit profits shares stock "
                "households",
    "offer": "code codes coupon voucher discount off",
    "home_media": "dvd dvds blu 4k uhd ultra home digital steelbook box boxset physical",
    "other_work": "spin spinoff spinoffs prequel prequels sequel sequels film films movie movies feature "
                  "adaptation adaptations game games videogame remaster remasters remake remakes novel novels "
                  "book books comic comics manga podcast documentary documentaries stage musical original "
                  "cookbook cookbooks soundtrack soundtracks album albums vinyl special specials play plays toy toys tie",
    "speech": "said says announced announces announcement confirmed confirms revealed reveals told tweeted "
              "posted teased stated explained shared added noted admitted insisted",
    "leaving": "leave leaves leaving removed expire expires expiring last departing until till",
    "wish": "hoping praying wishing rooting",
    "condition": "if unless assuming provided",
}.items()}
_FAMILY_OF: dict[str, list[str]] = {}
for _name, _keys in _KEYWORDS.items():
    for _key in _keys:
        _FAMILY_OF.setdefault(_key, []).append(_name)
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=512)  # one page's worth of sentences with dates
def families(sentence: str) -> frozenset[str]:
    """The keyword families (`_KEYWORDS`) whose words the sentence holds."""
    hits = _FAMILY_OF.keys() & _WORD.findall(sentence.lower())
    return frozenset(name for key in hits for name in _FAMILY_OF[key])

# --- Denial that refers back ---------------------------------------------------------------------
# The next clause or sentence opens with a subject pointing back at the date ("That's fake",
# "That date is wrong", "it is fan-made") and denies it early on.
_BACK_SUBJECT = re.compile(
    # (after a speaker: "…, but our insider says that's just wishful thinking")
    r"^\W*(?:(?:our|an?|the|one|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:says?|said|insists?|tells\s+us|told\s+us)\s+"
    # ("; HBO says it was never set")
    r"|(?:[\w+&'’.-]+\s+){1,2}(?:says|said|insists)\s+)?"
    r"(?:that|this|it|which|the\s+(?:date|claim|rumou?r|report|listing|video|clip|post|leak))"
    r"(?:['’]s\b|\s+(?:is|was|has been|turned out to be|date|claim|rumou?r|report|one|listing|video|clip)\b)",
    re.I)
_DENIAL_WORDS = re.compile(
    r"\b(?:fake|false|untrue|not true|wrong|incorrect|fan-?made|hoax|bogus|made[- ]up|debunked|baseless|"
    r"unfounded|not real|never real|never set|never confirmed|never scheduled|not a thing|nonsense|a rumou?r|not official|unofficial|wishful thinking|"
    r"pure speculation)\b", re.I)
# "Reddit thinks the teaser drops September 10th. Reddit is wrong about everything.": the
# next sentence opens by calling a named party wrong.
_NAMED_WRONG = re.compile(r"^\W*(?:[A-Z][\w'’.-]*\s+){1,3}(?:is|are|was|were)\s+(?:(?:dead|just|simply)\s+)?"
                          r"(?:wrong|mistaken)\b(?!\s+to\b)")
_DENIAL_REACH = 80


def denies_back(text: str) -> bool:
    """True when `text` (the clause or sentence after a date) opens by denying what came
    before: a back-pointing subject ("That's", "That date", "it is") and a denial word
    within its first clause."""
    if _NO_TRUTH.match(text) or _PARTY_DENIES.match(text) or _NAMED_WRONG.match(text):
        return True
    subject = _BACK_SUBJECT.match(text)
    if subject is None:
        return False
    first_end = clause_spans(text)[0][1] if text else 0
    return bool(_DENIAL_WORDS.search(text, 0, min(first_end, _DENIAL_REACH)))


def denied_by_next_clause(sentence: str, clause_end: int) -> bool:
    """The clause after the date's clause, in the same sentence, denies it ("a 'trailer'
    with a June date is going round; it is fan-made", "..., but that date turned out to be
    false", "..., but the studio has denied that date")."""
    if clause_end >= len(sentence):
        return False
    rest = sentence[clause_end:].lstrip(" ,;:—–-")
    if _DENIED_BY_PARTY.match(rest):
        return True
    return denies_back(_CONTRAST.sub("", rest, count=1))


# "There is no truth to that", "None of that is true": a denial with no back-pointing subject.
_NO_TRUTH = re.compile(r"^\W*(?:there(?:['’]s|\s+is|\s+was)\s+no\s+truth\s+(?:to|in)\b|"
                       # "Treat it as false.", and a question that doubts it: "Is that real, or just made up?"
                       r"treat\s+(?:it|that|this)\s+as\s+(?:false|fake|a\s+rumou?r|fiction)\b|"
                       # "I'm calling that fake until Hulu says otherwise."
                       r"(?:i['’]m|i\s+am|we['’]re|we\s+are|i|we)\s+(?:calling|call|treating|filing|file)\s+(?:that|this|it)\s+"
                       r"(?:as\s+|under\s+)?(?:fake|false|bogus|fiction|nonsense|a\s+rumou?r|rumou?r)\b|"
                       r"(?:is|was|are)\s+(?:that|this|it)\s+(?:real|true|right|legit|accurate|correct|official)\b[^.!]*\?|"
                       r"none\s+of\s+(?:that|this|it)\s+(?:is|was)\s+true\b|"
                       # "It won't: a publicist told me the date is not real", "That isn't happening."
                       r"(?:it|that|this)\s+(?:won['’]t|will\s+not|isn['’]t|is\s+not|wasn['’]t|didn['’]t)"
                       r"(?:\s+happen(?:ing)?)?\s*[.:;!—–])", re.I)
_CONTRAST = re.compile(r"^(?:but|though|although|however),?\s+", re.I)
# "but the production company, Studio Dragonfly, has denied that date"
# The next sentence: "HBO has denied that date.", "The studio has since dismissed the report."
_PARTY_DENIES = re.compile(
    r"^\W*(?:the\s+)?(?:[\w+&'’.-]+\s+){1,3}(?:has|have|had)?\s*(?:since\s+|already\s+|flatly\s+)?(?:denied|dismissed|"
    # "; CBS never announced that date"
    r"debunked|refuted|shot\s+down|rubbished|never\s+(?:announced|confirmed|set|gave|named))\s+"
    r"(?:that|the|this|those|these|such|any)\s+"
    r"(?:date|rumou?rs?|reports?|claims?|dates?|story|stories|speculation|leak)\b", re.I)
_DENIED_BY_PARTY = re.compile(
    r"^(?:but|though|however),?\s+[^.;]{0,80}?\b(?:has|have|had)?\s*(?:since\s+)?(?:denied|dismissed|debunked|"
    r"refuted|shot\s+down|rubbished)\s+(?:that|the|this|it|those|these|such|any)\b", re.I)


# --- Superseded schedules ------------------------------------------------------------------------
_SUPERSEDED_BEFORE = re.compile(
    # "now starts on 16.03.2026 …, instead of 09.03.2026"
    r"\b(?:instead\s+of|rather\s+than|replacing)\s+(?:on\s+|for\s+|in\s+)?(?:the\s+)?"
    r"(?:planned\s+|original\s+|earlier\s+)?$|"
    r"\b(?:originally|initially|previously|had\s+been|was\s+supposed\s+to|were\s+supposed\s+to)\b"
    r"[^,;]{0,40}?\b(?:set|scheduled|slated|planned|due|dated|targeted|meant|expected|supposed|announced)\w*\b"
    r"[^,;]{0,30}$|"
    # "the streamer had planned a summer launch": a plan in the past perfect, since replaced
    r"\bhad\s+(?:(?:earlier|originally|initially|first|once)\s+)?(?:planned|targeted|eyed|pencil+ed\s+in|scheduled|"
    r"slated|slotted|set|aimed\s+for)\s+"
    # "the network had first slotted it for October 19"
    r"(?:(?:it|them|the\s+(?:season|show|series|premiere|debut))\s+(?:for|on|in)\s+|(?:an?\s+|the\s+|its\s+)?"
    # "had earlier planned a Vishu release (14th April)": the plan's noun, the date beside it
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:release|premiere|launch|debut|return|bow)\s*(?:\(\s*|on\s+|in\s+|for\s+)?)?)$"
    # "pushed back from March 3", "delayed from its original June date"
    r"|\b(?:mov|push|delay|postpon|bump|shift|reschedul)\w*(?:\s+(?:back|up|forward))?"
    # "pushed Salt Road season 2 from this fall to ...": the object may stand before "from", and
    # the new date too ("pushed the season 2 premiere of X back to July 9 from June 11")
    # (not another verb's "from": "delayed by the floods and ran from February")
    r"(?:\s+(?!from\b|ran\b|runs\b|lasted\b|took\b|aired\b|shot\b|filmed\b)[\w'’:+-]+){0,12}?,?\s+from\s+"
    r"(?:its\s+|the\s+|an?\s+)?(?:original\s+|planned\s+|earlier\s+|initial\s+)?$", re.I)
_SUPERSEDED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:before|until|but)\b[^.;]{0,40}?\b(?:moved|pushed|delayed|postponed|bumped|shifted|"
    r"rescheduled|brought\s+forward)\b"
    # "instead of on 9 March as first planned"
    r"|^\s*,?\s*as\s+(?:first|originally|initially)\s+(?:planned|scheduled)\b"
    # "Variety had reported a late June launch; Apple went earlier": the release beat it
    r"|^[^.;]{0,40}?[;,]\s*(?:but\s+)?(?:[\w+&'’.-]+\s+){1,3}(?:went|came|arrived|landed)\s+(?:earlier|sooner|later)\b",
    re.I)
# "Before the announcement, the streamer was said to be targeting a summer launch": the plan
# the news replaced.
_BEFORE_NEWS = re.compile(
    r"^\W*(?:before|until)\s+(?:the|this|today['’]s|its|that)\s+(?:official\s+)?(?:announcement|news|confirmation|"
    r"reveal|date\s+was\s+(?:announced|set|confirmed))\b", re.I)


def superseded(sentence: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """A schedule the sentence says was replaced: "was originally set for April 12
    before it was moved up", "pushed back from March"."""
    if "superseded" not in families(sentence):
        return False
    return bool(_SUPERSEDED_BEFORE.search(sentence, clause[0], start)
                or _SUPERSEDED_AFTER.match(sentence[end:clause[1]])
                or _SUPERSEDED_AFTER.match(sentence[end:])
                or _BEFORE_NEWS.match(sentence))


# --- Home media ----------------------------------------------------------------------------------
_HOME_MEDIA = re.compile(
    r"\b(?:DVD|Blu-?ray|4K(?:\s+UHD|\s+Ultra\s+HD)?|Ultra\s+HD|UHD|home\s+(?:media|video|entertainment)|"
    # (a British "boxset" on a streamer is every episode at once, not a disc: "the full boxset on ITVX")
    r"digital\s+(?:download|purchase|HD)|on\s+digital|steelbook|(?:complete|collector['’]s|limited)\s+box\s*set|"
    r"physical\s+release)s?\b", re.I)
_HOME_MEDIA_REACH = 60


def home_media(sentence: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """The date is of a disc or download release ("arrives on 4K Blu-ray on March 19"),
    not a premiere: home-media wording near it in its clause."""
    if "home_media" not in families(sentence):
        return False
    lo, hi = max(clause[0], start - _HOME_MEDIA_REACH), min(clause[1], end + _HOME_MEDIA_REACH)
    return bool(_HOME_MEDIA.search(sentence, lo, hi))


# --- Habitual statements -------------------------------------------------------------------------
_HABITUAL = re.compile(
    r"\b(?:every|each|all(?:\s+the)?)\s+(?:previous\s+|prior\s+|other\s+)?(?:season|series|year|instal\w*)s?\b|"
    # "The last four seasons all premiered in late September": several seasons' dates, no one's
    r"\b(?:last|past|previous|prior)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|few|several)\s+"
    r"(?:seasons|series|instal\w*)\b|"
    r"\b(?:usually|typically|traditionally|historically|tends?\s+to)\b", re.I)


def habitual(sentence: str, start: int, clause: tuple[int, int]) -> bool:
    """A pattern, not a date: "has released every season so far in the first half of
    the year" (a habit word between the last comma and the date)."""
    if "habitual" not in families(sentence):
        return False
    lo = max(clause[0], sentence.rfind(",", clause[0], start) + 1)
    habit = _HABITUAL.search(sentence, lo, start)
    # "That would usually mean a return in ...": a modal makes it an expectation, not a habit.
    return habit is not None and not _MODAL.search(sentence, lo, habit.start())


_MODAL = re.compile(r"\b(?:would|will|could|should|might|may)\b|\w['’]d\b", re.I)


# --- Resumption ----------------------------------------------------------------------------------
# "then paused and picked back up in January": a restart is not the start of production, and
# "was halted in November" dates a pause.
_RESUMED = re.compile(r"\b(?:resum\w+|restart\w*|got\s+back\s+underway|halted|paused|suspended)\s+"
                      r"(?:[\w.,'’-]+\s+){0,5}$|"
                      # ("filming picked back up in May"; not "picked up a second season in May")
                      r"\bpicked\s+(?:back\s+)?up(?:\s+again)?(?!\s+(?:for|by)\b)\s+(?:\w+\s+){0,3}$", re.I)
# "skipped two weeks in March for Ramazan Bayramı and returned on 26.03.2026": back from a break
_BACK_FROM_BREAK = re.compile(r"\b(?:skipped|skips|pre-?empted|took\s+(?:a\s+|an?\s+\w+\s+)?break)\b[^.;]{0,80}?\band\s+"
                              r"(?:returned|returns|came\s+back|comes\s+back|was\s+back|is\s+back)\s+(?:on\s+|in\s+)?$", re.I)


_DARK = re.compile(r"\b(?:is|goes|went|go|going|will\s+go|has\s+gone)\s+dark\b", re.I)


def resumed(sentence: str, start: int, clause: tuple[int, int]) -> bool:
    """The date is when something resumed, not when it started ("The show is dark for the
    Winter Olympics and returns on Feb. 22": a break in a running season)."""
    if "resumed" not in families(sentence):
        return False
    if _DARK.search(sentence, clause[0], start):
        return True
    lo = max(clause[0], start - 40)
    return bool(_RESUMED.search(sentence, lo, start)) or bool(_BACK_FROM_BREAK.search(sentence, max(0, start - 130), start))


# --- Business figures ----------------------------------------------------------------------------
# "Paramount+ ended the first quarter with 79.1 million subscribers, up 1.3 million from the end of
# 2025": a clause that counts subscribers, revenue or shares dates a business period.
# (subscribers or members counted, not as the subject: "VIP members will reach the finale on February 3")
_BUSINESS = re.compile(r"(?:\d[\d.,]*\s*(?:million|billion|m|bn|k)?|millions|thousands)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:subscribers?|subs|members(?:hips)?|households)\b|\b(?:revenues?|profits?|shares|stock)\b", re.I)


def business_figure(sentence: str, start: int, clause: tuple[int, int]) -> bool:
    """Subscribers, revenue or shares are counted just before the date (a quarter, a year-end)."""
    return "business" in families(sentence) and \
        _BUSINESS.search(sentence, max(clause[0], start - 60), start) is not None


# --- Offers --------------------------------------------------------------------------------------
# "Use code RENEWAL by October 31st for half off your first box": a sponsor's read or a deal's
# deadline, whatever event word its promo code spells.
_OFFER = re.compile(r"\b(?:(?:use|enter|with)\s+(?:the\s+)?(?:promo\s+|discount\s+|coupon\s+)?codes?|"
                    r"(?:promo|discount|coupon|voucher)\s+codes?|(?:\d{1,3}\s?%|half|\$\d+|£\d+)\s+off)\b", re.I)

_FOR_OFFER = re.compile(r"\s+for\s+(?:\d{1,3}\s?%|half|\$\d+|£\d+)\s+off\b", re.I)


def offer_deadline(sentence: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """A promo code or a discount is offered up to the date ("use code X by May 3", "50% off
    until May 3") or right after it ("by October 31st for half off")."""
    return "offer" in families(sentence) and (
        _OFFER.search(sentence, max(clause[0], start - 80), start) is not None
        or _FOR_OFFER.match(sentence, end) is not None)


# --- Leaving a service ---------------------------------------------------------------------------
# "seasons 1 and 2 are leaving Netflix in the UK on Feb. 28", "last day to watch: March 3":
# when a library loses the show, not a release.
_LEAVING_BEFORE = re.compile(r"\b(?:leav(?:e|es|ing)|(?:is|are)\s+(?:being\s+)?removed\s+from|expir(?:e|es|ing)|"
                             r"last\s+day\s+to\s+(?:watch|stream)|departing)\b[^.;]{0,50}$"
                             # "series one to three are on Channel 4's streaming service until 31 March": a licence's end
                             r"|\b(?:(?:is|are|remains?|stays?)\s+(?:\w+\s+)?on\s+(?!(?:the\s+|an?\s+)?(?:air|schedule|track|hiatus|break|hold|ice|pause)\b)|"
                             r"(?:is|are|remains?|stays?)\s+available\b)[^.;]{0,60}?\b(?:until|till)\s+$", re.I)


def leaving_service(sentence: str, start: int) -> bool:
    """The date is when a streaming library drops the show."""
    return "leaving" in families(sentence) and _LEAVING_BEFORE.search(sentence, max(0, start - 70), start) is not None


# --- Wishes --------------------------------------------------------------------------------------
# "Some fans are hoping for a summer return": what the audience wants, not a date anyone gave.
_WISHED_FOR = re.compile(r"\b(?:fans|viewers|audiences|we|i)\s+(?:are\s+|were\s+|have\s+been\s+|'re\s+|’re\s+)?(?:all\s+)?"
                         r"(?:hoping|praying|wishing|rooting)\s+for\s+(?:an?\s+|the\s+)?$", re.I)


def wished_for(sentence: str, start: int) -> bool:
    """The date is the audience's wish ("fans are hoping for a summer return")."""
    return "wish" in families(sentence) and _WISHED_FOR.search(sentence, max(0, start - 50), start) is not None


# --- Corrections and premises --------------------------------------------------------------------
# "An earlier version of this story said the season premieres June 4.": the date corrected away.
_CORRECTION = re.compile(r"\W*(?:correction\s*:\s*)?(?:an?\s+|the\s+)?(?:earlier|previous|prior|original)\s+version\s+"
                         r"of\s+this\s+(?:story|article|post|report|piece|page|issue|newsletter|edition|episode|video)\b",
                         re.I)
# "if cameras stop rolling in May, …", "It could arrive in 2025 if filming starts in May": a
# condition's date is a premise, not a claim.
_CONDITION_BEFORE = re.compile(r"(?<!\bas )(?<!\beven )\b(?:if|unless|assuming|provided\s+that)\b(?!\s+not\b)"
                               r"[^,;:()]*$", re.I)


def corrected_away(sentence: str) -> bool:
    """The sentence tells what an earlier version of the page said."""
    return _CORRECTION.match(sentence) is not None


def in_condition(sentence: str, start: int) -> bool:
    """The date stands in an if-clause (no comma between the "if" and the date)."""
    return "condition" in families(sentence) and _CONDITION_BEFORE.search(sentence, max(0, start - 120), start) is not None


# --- Update stamps -------------------------------------------------------------------------------
# "UPDATE (Feb. 1, 2024, 2:15 p.m. ET): ..." — every date inside the stamp dates the edit.
_STAMP = re.compile(r"^\W*(?:update[sd]?(?:\s+\d{1,2})?|edit(?:ed)?|editor['’]s\s+note|correction)\b\s*\([^)]{0,80}\)\s*:?"
                    # an edition's own word: "AGGIORNAMENTO (update) 30/07/2026:"
                    r"|^\W*(?:aggiornamento|actualizaci[oó]n|atualiza[cç][aã]o|mise\s+[aà]\s+jour|aktualisierung)\b"
                    r"[^:]{0,40}:", re.I)


def stamp_end(sentence: str) -> int:
    """End offset of a leading parenthesised update stamp, else 0."""
    if not sentence[:12].lstrip(" \"'“(").lower().startswith(("upd", "edit", "corr", "aggi", "actu", "atua", "mise",
                                                              "aktu")):
        return 0
    match = _STAMP.match(sentence)
    return match.end() if match else 0


# --- Ruled out as unlikely -----------------------------------------------------------------------
# "A 2025 release is unlikely, so 2026 ...": the date's own phrase is called unlikely. Stops at
# the first comma so that "arrives in 2025, and a delay is unlikely" keeps its date.
_UNLIKELY_AFTER = re.compile(
    # "a summer 2026 release, which some fans were hoping for, is impossible": the
    # relative clause between the date and its verdict is skipped.
    r"^[^,;]{0,40}?(?:,\s*(?:which|that)\b[^,;]{0,80},)?[^,;]{0,10}?\b(?:is|seems|looks|appears|remains|was)\s+"
    r"(?:very\s+|highly\s+|increasingly\s+|now\s+|all\s+but\s+)?"
    r"(?:unlikely|improbable|impossible|off\s+the\s+table|out\s+of\s+the\s+question)\b", re.I)
# "we can rule out a summer release", "Netflix has ruled out: a 2025 return".
_RULE_OUT_BEFORE = re.compile(r"\brul(?:e|ed|es|ing)\s+out\b\W*(?:\w+\W+){0,3}$", re.I)
# "ending hopes of a 2024 return", "dashing hopes for"
_HOPES_ENDED = re.compile(r"\b(?:end|dash|crush|kill|scupper)\w*\s+(?:any\s+)?hopes?\s+(?:of|for)\s+(?:an?\s+|the\s+)?$",
                          re.I)


# "The mid-season finale is scheduled for 14 December": a break in the season, neither its end
# nor its start.
_MIDSEASON = re.compile(r"\bmid-?\s?season\s+(?:finale|premiere|break|return)\b|\bwinter\s+(?:finale|break)\b", re.I)


def mid_season(sentence: str, start: int, clause: tuple[int, int]) -> bool:
    """The date's clause is about a mid-season finale, premiere or break."""
    if "finale" not in sentence and "premiere" not in sentence and "break" not in sentence \
            and "return" not in sentence:
        return False
    return bool(_MIDSEASON.search(sentence, clause[0], clause[1]))


def ruled_out(sentence: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """The sentence rules the date out: "a 2025 release is unlikely", "ending hopes of a
    2024 return"."""
    if "ruled_out" not in families(sentence):
        return False
    after = sentence[end:clause[1]]
    if _UNLIKELY_AFTER.match(after):
        return True
    if _RULE_OUT_BEFORE.search(sentence, max(0, start - 40), start):
        return True
    return "hope" in sentence[max(clause[0], start - 40):start] and bool(
        _HOPES_ENDED.search(sentence, max(clause[0], start - 40), start))

"""Dates in a release sentence that are not claims about the page's show.

Each rule reads the grammar around one date (fixtures/CONVENTIONS.md, "Dates that
are not claims"): a denial in the following clause or sentence whose subject points
back at it, a superseded schedule, a home-media release, another work as the
subject, a habitual statement, the date a statement was made, an update stamp.
Every rule is guarded by a cheap keyword test so most sentences cost one scan.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aggregator.extract.sentences import clause_spans
from aggregator.text import norm

# Speed: each rule first asks whether one of its words occurs in the sentence at all. The
# sentence's lower-cased word set is built once (a few microseconds) and each test is a
# set intersection, so most sentences skip every regex below.
_KEYWORDS: dict[str, frozenset[str]] = {name: frozenset(words.split()) for name, words in {
    "superseded": "originally initially previously had supposed moved pushed delay delayed postpone postponed "
                  "bumped shifted reschedule rescheduled brought before until went instead rather replacing planned",
    "ruled_out": "unlikely improbable impossible question table hope hopes rule",
    "habitual": "every each all usually typically traditionally historically tend tends last past previous prior",
    "resumed": "resume resumed resumes resuming picked restart restarted underway",
    "home_media": "dvd dvds blu 4k uhd ultra home digital steelbook box boxset physical",
    "other_work": "spin spinoff spinoffs prequel prequels sequel sequels film films movie movies feature "
                  "adaptation adaptations game games videogame remaster remasters remake remakes novel novels "
                  "book books comic comics manga podcast documentary documentaries stage musical original",
    "speech": "said says announced announces announcement confirmed confirms revealed reveals told tweeted "
              "posted teased stated explained shared added noted admitted insisted",
}.items()}
_FAMILY_OF: dict[str, list[str]] = {}
for _name, _keys in _KEYWORDS.items():
    for _key in _keys:
        _FAMILY_OF.setdefault(_key, []).append(_name)
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=512)  # one page's worth of sentences with dates
def _families(sentence: str) -> frozenset[str]:
    hits = _FAMILY_OF.keys() & _WORD.findall(sentence.lower())
    return frozenset(name for key in hits for name in _FAMILY_OF[key])

# --- Denial that refers back ---------------------------------------------------------------------
# The next clause or sentence opens with a subject pointing back at the date ("That's fake",
# "That date is wrong", "it is fan-made") and denies it early on.
_BACK_SUBJECT = re.compile(
    # (after a speaker: "…, but our insider says that's just wishful thinking")
    r"^\W*(?:(?:our|an?|the|one|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:says?|said|insists?|tells\s+us|told\s+us)\s+)?"
    r"(?:that|this|it|which|the\s+(?:date|claim|rumou?r|report|listing|video|clip|post|leak))"
    r"(?:['’]s\b|\s+(?:is|was|has been|turned out to be|date|claim|rumou?r|report|one|listing|video|clip)\b)",
    re.I)
_DENIAL_WORDS = re.compile(
    r"\b(?:fake|false|untrue|not true|wrong|incorrect|fan-?made|hoax|bogus|made[- ]up|debunked|baseless|"
    r"unfounded|not real|nonsense|a rumou?r|not official|unofficial|wishful thinking|pure speculation)\b", re.I)
_DENIAL_REACH = 80


def denies_back(text: str) -> bool:
    """True when `text` (the clause or sentence after a date) opens by denying what came
    before: a back-pointing subject ("That's", "That date", "it is") and a denial word
    within its first clause."""
    if _NO_TRUTH.match(text) or _PARTY_DENIES.match(text):
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
    r"\bhad\s+(?:planned|targeted|eyed|pencil+ed\s+in|scheduled|slated|set|aimed\s+for)\s+(?:an?\s+|the\s+|its\s+)?$"
    # "pushed back from March 3", "delayed from its original June date"
    r"|\b(?:mov|push|delay|postpon|bump|shift|reschedul)\w*(?:\s+(?:back|up|forward))?"
    # "pushed Salt Road season 2 from this fall to ...": the object may stand before "from", and
    # the new date too ("pushed the season 2 premiere of X back to July 9 from June 11")
    r"(?:\s+(?!from\b)[\w'’:+-]+){0,12}?,?\s+from\s+"
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
    if "superseded" not in _families(sentence):
        return False
    return bool(_SUPERSEDED_BEFORE.search(sentence, clause[0], start)
                or _SUPERSEDED_AFTER.match(sentence[end:clause[1]])
                or _SUPERSEDED_AFTER.match(sentence[end:])
                or _BEFORE_NEWS.match(sentence))


# --- Home media ----------------------------------------------------------------------------------
_HOME_MEDIA = re.compile(
    r"\b(?:DVD|Blu-?ray|4K(?:\s+UHD|\s+Ultra\s+HD)?|Ultra\s+HD|UHD|home\s+(?:media|video|entertainment)|"
    r"digital\s+(?:download|purchase|HD)|on\s+digital|steelbook|box\s*set|physical\s+release)s?\b", re.I)
_HOME_MEDIA_REACH = 60


def home_media(sentence: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """The date is of a disc or download release ("arrives on 4K Blu-ray on March 19"),
    not a premiere: home-media wording near it in its clause."""
    if "home_media" not in _families(sentence):
        return False
    lo, hi = max(clause[0], start - _HOME_MEDIA_REACH), min(clause[1], end + _HOME_MEDIA_REACH)
    return bool(_HOME_MEDIA.search(sentence, lo, hi))


# --- Another work as the subject -----------------------------------------------------------------
# Lower-case common nouns only: "Squid Game" or "The Book of Boba Fett" are titles, not works.
_OTHER_WORK = re.compile(
    r"(?-i:\b(?:spin-?offs?|spinoffs?|prequels?|sequels?|films?|movies?|feature films?|adaptations?|"
    r"video\s?games?|games?|remasters?|remakes?|novels?|books?|comics?|manga|podcasts?|documentar(?:y|ies)|"
    r"stage\s+(?:show|play|musical)|musicals?|"
    # "the Belgian original it was based on", not "Netflix original The Crown"
    r"(?<=\b[Tt]he\s)original|(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+[A-Za-z-]+\s+original(?!\s+[A-Z]))\b)"
    r"(?!\s+(?:premiere|release|air|date|plan|schedule|cast|run|season|target|window|timeline|story|score|"
    r"series\s+premiere)\b)")
_WORK_THAT = re.compile(r"\b(?:novel|book|film|movie|game|comic|manga|podcast|spin-?off|prequel|sequel|documentary|"
                        r"album|soundtrack)s?\s+(?:that|which)\s+(?:\w+\s+){0,2}$", re.I)
_THIS_WORK = re.compile(r"\b(?:seasons?|series|shows?|episodes?|installments?|instalments?|chapters?|parts?)\b", re.I)
# Where the subject of a clause starts: the sentence, a clause mark, or a coordinating joint.
# A colon inside a title ("A spin-off, Dead Reckoning: Landfall, is ...") joins no clauses.
_SUBJECT_START = re.compile(r"[;—–]\s*|\b(?:announced|confirmed|revealed|said|reported)\s+that\s+|:(?!\s*[A-Z0-9][\w'’ .&-]{0,40}[,\"”])\s*|,\s+(?:and|but|so|while|whereas)\s+|\s(?:and|but|so)\s+(?=(?:the|a|an|its|his|her|their|[A-Z]))")
_SUBJECT_WORDS = 7


def other_work_subject(sentence: str, verb_at: int, show: str | None) -> bool:
    """The subject of the clause that holds the event verb is another work: a spin-off,
    prequel, film, adaptation, game, remaster, novel or the original a remake is based
    on ("the prequel premiered on May 4", "a film adaptation came out in 2013")."""
    if "other_work" not in _families(sentence) or not _OTHER_WORK.search(sentence, 0, verb_at):
        return False
    if _WORK_THAT.search(sentence, max(0, verb_at - 40), verb_at):
        return True     # "the companion graphic novel that comes out on May 19"
    start = 0
    # The whole sentence is searched (an end position would hide the title test's lookahead).
    for joint in _SUBJECT_START.finditer(sentence):
        if joint.end() > verb_at:
            break
        start = joint.end()
    subject = sentence[start:verb_at]
    if show:
        subject = subject.replace(show, " ")
    work = _OTHER_WORK.search(subject)
    if work is None or len(subject[:work.start()].split()) >= _SUBJECT_WORDS:
        return False
    # "The show, based on the novel, premiered": the page's work heads the subject.
    return not _THIS_WORK.search(subject, 0, work.start())


# "Peacock cancelled The Wexley Files, which ended its run on September 30", "was last seen
# in Netflix's The Lowland Years, which premiered in June": a relative clause whose
# antecedent is another title dates that title.
_TITLE_WHICH = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?P<t>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|the|and|in|&|[A-Z][\w'’&-]*)){1,5}),\s+which\b"
    r"[^,;]{0,80}$"
    # a one-word title is a show as the object of a network's verb: "Hulu canceled Fairweather, which …"
    r"|\b(?:cancel+ed|axed|renewed|scrapped|pulled|ordered)\s+(?P<t1>(?-i:[A-Z])[\w'’&-]*),\s+which\b[^,;]{0,80}$"
    # a platform: "Netflix, which launched its streaming service in 2007, …"
    r"|(?<![\w-])(?P<t3>Netflix|Hulu|Amazon|Prime\s+Video|Apple(?:\s+TV\+?)?|Disney\+?|HBO(?:\s+Max)?|Max|Paramount\+?|"
    # (unless the clause is about the show: "moves to Netflix, which releases season 2 on May 9")
    r"Peacock|Showtime|Starz|AMC\+?|FX|BBC|ITV|Channel\s+4|Sky|Crunchyroll|YouTube|Roku|Tubi),\s+which\b"
    r"(?![^,;]*\b(?:season|series|episodes?|show|it|them|part|premiere|finale|drama|comedy)\b)[^,;]{0,80}$"
    # a work named in apposition: "picked up its spinoff, Lantern Point: Rescue, which premieres …"
    r"|\b(?:spin-?offs?|prequels?|sequels?|film|movie|novel|book|game|podcast|documentary)\s*,\s+"
    r"(?P<t2>(?:The\s+)?[A-Z][^,;]{0,50}),\s+which\b[^,;]{0,80}$")


def other_title_antecedent(sentence: str, date_start: int, show: str | None) -> bool:
    """The date sits in a "which" clause whose antecedent is a title other than the page's show."""
    if "which" not in sentence:
        return False
    match = _TITLE_WHICH.search(sentence, max(0, date_start - 160), date_start)
    if match is None:
        return False
    if match.group("t2") or match.group("t3"):
        return True     # another work (whatever its name shares with the show's) or a platform
    title = match.group("t") or match.group("t1")
    key = norm(show) if show else ""
    return not key or key not in norm(title)


# "Sea Glass, Netflix's other seaside mystery, was dated for April 2": a title set apart as
# another show of the network dates that show.
_TITLE = r"(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|the|and|in|&|[A-Z][\w'’&-]*)){0,5}"
# (the network may take words: "Prime Video's other London crime show")
_OTHER = r"(?:(?:[A-Z][\w+&.-]*\s+){0,2}[\w+&.-]+['’]s\s+|the\s+|an\s+)?(?:other|another|rival|sister)\s+[^,;]{1,50}"
# ... or the other way round: "Max's other Brazilian series, Pedra Azul, premieres on ...".
_OTHER_APPOSITIVE = re.compile(rf"(?P<t>{_TITLE}),\s+{_OTHER},|(?<![\w,])\s*{_OTHER},\s+(?P<t2>{_TITLE}),")


def other_appositive(sentence: str, event_start: int, show: str | None) -> bool:
    """The date's subject is a title the sentence calls another show ("X, Netflix's other
    seaside mystery, was dated for April 2")."""
    if "other" not in sentence and "rival" not in sentence and "sister" not in sentence:
        return False
    key = norm(show) if show else ""
    for match in _OTHER_APPOSITIVE.finditer(sentence, 0, event_start):
        if not key or key not in norm(match.group("t") or match.group("t2")):
            return True
    return False


# "Wednesday, for example, was renewed in January 2023": a title offered as an example.
_EXAMPLE = re.compile(
    r"^\s*(?P<t>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|the|and|in|&|[A-Z][\w'’&-]*)){0,5}),\s+"
    r"(?:for (?:example|instance)|e\.g\.|say),")


def example_subject(sentence: str, show: str | None) -> bool:
    """The sentence is about another title offered as an example ("Wednesday, for example,
    was renewed for a second season in January 2023"), not about the page's show."""
    if "," not in sentence:
        return False
    match = _EXAMPLE.match(sentence)
    if match is None or _THIS_WORK.search(match.group("t")) or match.group("t").split()[0] in ("It", "This", "That"):
        return False
    key = norm(show) if show else ""
    return not key or key not in norm(match.group("t"))


# "Three bits of news about the show landed this week": news arriving is no release.
_NEWS_SUBJECT = re.compile(
    r"\b(?:news|announcements?|details|rumou?rs?|info(?:rmation)?|confirmation)\b"
    r"(?:\s+[\w'’:&-]+){0,5}\s+$", re.I)


def news_subject(sentence: str, verb_at: int) -> bool:
    """The subject of the release verb is news about the show, not the show."""
    return _NEWS_SUBJECT.search(sentence, max(0, verb_at - 60), verb_at) is not None


# ", the vampire drama that took over Netflix's top 10 last winter, is coming back": a
# relative clause, closed by a comma, that holds the date.
_RELATIVE_OPEN = re.compile(r",\s+(?:[\w'’-]+\s+){0,6}?(?:that|which|who)\s+[^,;]*$")


def in_relative_clause(sentence: str, date_start: int, date_end: int, verb_at: int) -> bool:
    """The date sits in a relative clause and the event verb comes after the clause closes:
    the date is the relative clause's, not the verb's."""
    if verb_at <= date_end or "," not in sentence[date_end:verb_at]:
        return False
    return _RELATIVE_OPEN.search(sentence, max(0, date_start - 120), date_start) is not None


# "the first series streams on BritBox, which raises its price … on April 1": a relative clause
# opened after the event word holds the date, so the date is the clause's, not the event's.
# ("…, which in the US means Friday, January 8" restates the event's date: not such a clause)
_RELATIVE_AFTER_VERB = re.compile(
    r",\s+(?:which|who)\s+(?![^,;()]*\b(?:means?|is|are|would\s+be|translates|puts|makes)\b)[^,;()]*$", re.I)


def in_later_relative_clause(sentence: str, verb_at: int, date_start: int) -> bool:
    """The date sits in a ", which …" clause that opens between the event word and the date."""
    return verb_at < date_start and _RELATIVE_AFTER_VERB.search(sentence, verb_at, date_start) is not None


# "The writers' strike, which began in May 2023, ...", "a marathon of season 1 airs on
# December 26": the verb's subject is a strike or a rerun, not the season.
_EXTERNAL_SUBJECT = re.compile(
    r"\b(?:strikes?|walkouts?|pandemic|lockdowns?|shutdowns?|negotiations|talks|marathons?|reruns?|re-runs?|"
    r"encores?|repeats?|re-airs?|binge\s+(?:marathon|event)|"
    # "Netflix's Tudum event returns on September 24": a fan event or ceremony, not the season
    r"(?:fan\s+)?events?|conventions?|comic-?cons?|expos?|upfronts?|ceremon(?:y|ies)|awards|showcases?|galas?|"
    r"screenings?|panels?)\b(?:\s+of\s+[^,.;]{1,40}?)?(?:,?\s+(?:which|that))?"
    r"(?:\s+(?:has|had|have|was|were|is|will|officially|finally|also|eventually|\w+ly))*\s+$", re.I)
_EXTERNAL_OBJECT = re.compile(r"\b(?:air|show|run|stream)s?\s+(?:a|an|the)\s+(?:\w+\s+)?(?:marathon|rerun|encore)s?\b", re.I)


def external_subject(sentence: str, verb_at: int) -> bool:
    """The event verb's subject is a strike, a pandemic, a rerun or a fan event, not the season."""
    lo = max(0, verb_at - 80)
    return _EXTERNAL_SUBJECT.search(sentence, lo, verb_at) is not None or \
        _EXTERNAL_OBJECT.search(sentence, lo, verb_at + 40) is not None


_CHART_WEEK = re.compile(r"\b(?:charts?|rankings?|top\s+10|top\s+ten|ratings|viewership|viewers|minutes\s+viewed|"
                         r"hours\s+viewed)\b[^.;]{0,40}?\b(?:for|in|during|over)\s+(?:the\s+)?$", re.I)


def chart_week(sentence: str, date_start: int, date_text: str) -> bool:
    """"No. 3 on Nielsen's streaming chart for the week of March 4": a ratings week, not an event's date."""
    return date_text.lower().startswith(("the week", "week")) and \
        _CHART_WEEK.search(sentence, max(0, date_start - 60), date_start) is not None


# A sibling of the page's show: a country edition ("The Traitors US season 2", "Love Island
# Australia") or a numbered title that has seasons of its own ("Fallout 76 season 16").
_COUNTRY = r"(?:US|UK|U\.S\.|U\.K\.|America|Australia|Canada|Ireland|New Zealand|NZ|India|Down Under)"
_EDITION = re.compile(rf"\s*(?:\({_COUNTRY}\)|{_COUNTRY}\b|\d{{1,4}}(?=\s+(?i:seasons?|series)\b))")
# What may stand between a title and a season that belongs to it.
_ATTACHED_GAP = re.compile(rf"\s*(?:\(?{_COUNTRY}\)?\s*|\d{{1,4}}\s+)?(?:['’]s\s*)?[:,–-]?\s*")


def is_sibling_edition(sentence: str, title_end: int) -> bool:
    """The page show's title is followed by a country or a numbered title: another edition."""
    return bool(_EDITION.match(sentence, title_end))


def attached_season(sentence: str, title_end: int, ref_start: int) -> bool:
    """The season reference at `ref_start` belongs to the title ending at `title_end`
    ("House of the Dragon Season 2", "The Traitors US season 2")."""
    return ref_start >= title_end and bool(_ATTACHED_GAP.fullmatch(sentence, title_end, ref_start))


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
    if "habitual" not in _families(sentence):
        return False
    lo = max(clause[0], sentence.rfind(",", clause[0], start) + 1)
    habit = _HABITUAL.search(sentence, lo, start)
    # "That would usually mean a return in ...": a modal makes it an expectation, not a habit.
    return habit is not None and not _MODAL.search(sentence, lo, habit.start())


_MODAL = re.compile(r"\b(?:would|will|could|should|might|may)\b|\w['’]d\b", re.I)


# --- Resumption ----------------------------------------------------------------------------------
# "then paused and picked back up in January": a restart is not the start of production.
_RESUMED = re.compile(r"\b(?:resum\w+|picked\s+(?:back\s+)?up(?:\s+again)?|restart\w*|got\s+back\s+underway)"
                      r"\s+(?:\w+\s+){0,3}$", re.I)


def resumed(sentence: str, start: int, clause: tuple[int, int]) -> bool:
    """The date is when something resumed, not when it started."""
    if "resumed" not in _families(sentence):
        return False
    lo = max(clause[0], start - 40)
    return bool(_RESUMED.search(sentence, lo, start))


# --- Leaving a service ---------------------------------------------------------------------------
# "seasons 1 and 2 are leaving Netflix in the UK on Feb. 28", "last day to watch: March 3":
# when a library loses the show, not a release.
_LEAVING_BEFORE = re.compile(r"\b(?:leav(?:e|es|ing)|(?:is|are)\s+(?:being\s+)?removed\s+from|expir(?:e|es|ing)|"
                             r"last\s+day\s+to\s+(?:watch|stream)|departing)\b[^.;]{0,50}$", re.I)


def leaving_service(sentence: str, start: int) -> bool:
    """The date is when a streaming library drops the show."""
    return ("leav" in sentence or "remov" in sentence or "expir" in sentence or "last day" in sentence
            or "depart" in sentence) and _LEAVING_BEFORE.search(sentence, max(0, start - 70), start) is not None


# --- Wishes --------------------------------------------------------------------------------------
# "Some fans are hoping for a summer return": what the audience wants, not a date anyone gave.
_WISHED_FOR = re.compile(r"\b(?:fans|viewers|audiences|we|i)\s+(?:are\s+|were\s+|have\s+been\s+|'re\s+|’re\s+)?(?:all\s+)?"
                         r"(?:hoping|praying|wishing|rooting)\s+for\s+(?:an?\s+|the\s+)?$", re.I)


def wished_for(sentence: str, start: int) -> bool:
    """The date is the audience's wish ("fans are hoping for a summer return")."""
    return ("hoping" in sentence or "praying" in sentence or "wishing" in sentence or "rooting" in sentence) \
        and _WISHED_FOR.search(sentence, max(0, start - 50), start) is not None


# --- Corrections and premises --------------------------------------------------------------------
# "An earlier version of this story said the season premieres June 4.": the date corrected away.
_CORRECTION = re.compile(r"\W*(?:an?\s+|the\s+)?(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+"
                         r"(?:story|article|post|report|piece|page)\b", re.I)
# "if cameras stop rolling in May, …", "It could arrive in 2025 if filming starts in May": a
# condition's date is a premise, not a claim.
_CONDITION_BEFORE = re.compile(r"(?<!\bas )(?<!\beven )\b(?:if|unless|assuming|provided\s+that)\b(?!\s+not\b)"
                               r"[^,;:()]*$", re.I)


def corrected_away(sentence: str) -> bool:
    """The sentence tells what an earlier version of the page said."""
    return _CORRECTION.match(sentence) is not None


def in_condition(sentence: str, start: int) -> bool:
    """The date stands in an if-clause (no comma between the "if" and the date)."""
    return _CONDITION_BEFORE.search(sentence, max(0, start - 120), start) is not None


# --- When something was said ---------------------------------------------------------------------
# "confirmed during its showcase on January 31", "said at its upfront presentation on May 15":
# a speech verb, a short at/during phrase, then the date of the speech.
_SPEECH_EVENT_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|revealed|reveals|told|tweeted|posted|teased|"
    r"stated|explained|shared)\s+(?:at|during|in|via|through|on)\s+(?:(?!that\b)[\w'’+&.-]+\s+){0,7}?(?:on|in|at)\s+$",
    re.I)
_SPEECH_REACH = 90


def said_at_event(sentence: str, start: int) -> bool:
    """The date is when something was said at an occasion, not the event claimed."""
    if "speech" not in _families(sentence):
        return False
    lo = max(0, start - _SPEECH_REACH)
    return bool(_SPEECH_EVENT_BEFORE.search(sentence, lo, start))


# "In an interview on February 2, Lane said …", "Speaking to Deadline on May 3, …", "During a
# January 10 appearance on Late Night, Hart revealed …": a fronted phrase of the occasion the
# speaker spoke at, its date that occasion's. Occasions of speech only: a trailer or a video
# shown at an event has its own release date.
_OCCASION_LEAD = re.compile(
    r"\W*(?:(?:in|during|at|via|through|on|from)\s+(?:an?|the|his|her|their|its|(?-i:[A-Z])[\w'’.&+-]*['’]s?)\s+"
    r"(?:[\w'’.&+-]+\s+){0,5}?(?:interview|statement|press\s+release|appearance|post|tweet|podcast|conversation|chat|"
    r"q\s?&\s?a|earnings\s+call|call|press\s+conference|conference|newsletter|letter|memo|e-?mail|message|profile|"
    r"briefing|keynote|ama|livestream|stream|story)s?\b"
    r"|(?:speaking|talking|appearing|writing|chatting|posting)\s+(?:to|with|at|on|in|during|via)\b)", re.I)


# "According to a January 20 report from Deadline", "in a Feb. 2 Instagram post": the date
# modifies the source, so it is when the source appeared.
_SOURCE_NOUN_AFTER = re.compile(
    r"[\s,]*(?:(?-i:[A-Z])[\w'’.+&-]*\s+){0,2}(?:report|interview|statement|post|tweet|article|story|press\s+release|"
    r"newsletter|podcast|episode\s+of|video|announcement|memo|letter|e-?mail|profile|appearance|conversation|"
    r"chat|call|briefing|livestream)s?\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|this|that|[\w’'.&+-]+['’]s?)\s+$", re.I)


def dates_a_source(sentence: str, start: int, end: int) -> bool:
    """The date is an attribute of a source named right after it ("a January 20 report")."""
    return _DETERMINER_BEFORE.search(sentence, max(0, start - 30), start) is not None and \
        _SOURCE_NOUN_AFTER.match(sentence, end) is not None


def said_in_lead(sentence: str, start: int) -> bool:
    """The date stands in a fronted phrase of the occasion someone spoke at ("In a statement on
    February 2, Netflix said …"): the phrase runs to the first comma, and the sentence goes on
    to say what was said."""
    if "speech" not in _families(sentence) or "," in sentence[:start]:
        return False
    lead = _OCCASION_LEAD.match(sentence)
    if lead is None or lead.start() > start:
        return False
    comma = sentence.find(",", start)
    return comma > 0 and "speech" in _families(sentence[comma:])


# --- Update stamps -------------------------------------------------------------------------------
# "UPDATE (Feb. 1, 2024, 2:15 p.m. ET): ..." — every date inside the stamp dates the edit.
_STAMP = re.compile(r"^\W*(?:update[sd]?|edit(?:ed)?|editor['’]s\s+note|correction)\b\s*\([^)]{0,80}\)\s*:?", re.I)


def stamp_end(sentence: str) -> int:
    """End offset of a leading parenthesised update stamp, else 0."""
    if not sentence[:12].lstrip(" \"'“(").lower().startswith(("upd", "edit", "corr")):
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
    if "ruled_out" not in _families(sentence):
        return False
    after = sentence[end:clause[1]]
    if _UNLIKELY_AFTER.match(after):
        return True
    if _RULE_OUT_BEFORE.search(sentence, max(0, start - 40), start):
        return True
    return "hope" in sentence[max(clause[0], start - 40):start] and bool(
        _HOPES_ENDED.search(sentence, max(clause[0], start - 40), start))

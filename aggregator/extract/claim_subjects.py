"""Whose date it is: dates in a release sentence whose subject is not the page's show.

Another work (a spin-off, a film, the novel it adapts), another title (set apart as the
network's other show, offered as an example, the antecedent of a "which" clause), a
relative clause that holds its own date, a strike, a rerun or a fan event, a ratings
week, a country edition or numbered sibling (fixtures/CONVENTIONS.md, "Dates that are
not claims"). Guarded like claim_exclusions by its keyword families.
"""

from __future__ import annotations

import re

from aggregator.extract.caseless import Caseless
from aggregator.extract.claim_exclusions import families
from aggregator.extract.triggers import window_holds
from aggregator.text import norm

# --- Another work as the subject -----------------------------------------------------------------
# Lower-case common nouns only: "Squid Game" or "The Book of Boba Fett" are titles, not works.
_OTHER_WORK = re.compile(
    r"(?-i:\b(?:spin-?offs?|spinoffs?|prequels?|sequels?|films?|movies?|feature films?|adaptations?|"
    r"video\s?games?|games?|remasters?|remakes?|novels?|books?|comics?|manga|podcasts?|documentar(?:y|ies)|"
    r"stage\s+(?:show|play|musical)|musicals?|cookbooks?|soundtracks?|albums?|toy\s+lines?|toys|"
    r"tie-in\s+(?:shorts|series|books?|games?)|"
    # a one-off special beside the season ("The show's holiday special ... streams on December 10")
    r"(?:holiday|[Cc]hristmas|festive|one-off|anniversary|reunion|stand-?up|comedy)\s+specials?|"
    # a play, not "will play"
    r"(?<=\b[Hh]er\s)plays?|(?<=\b[Hh]is\s)plays?|(?<=\b[Tt]heir\s)plays?|(?<=\b[Aa]\s)play|"
    # "the Belgian original it was based on", not "Netflix original The Crown"
    r"(?<=\b[Tt]he\s)original|(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+"
    # ("the most-watched original in Paramount+ history" praises the show itself)
    r"(?!(?:most|best|biggest|largest|latest|newest|top)[\w-]*\s)[A-Za-z-]+\s+original(?!\s+[A-Z]))\b)"
    r"(?!\s+(?:premiere|release|air|date|plan|schedule|cast|run|season|target|window|timeline|story|score|"
    r"series\s+premiere)\b)")
_WORK_THAT = re.compile(r"\b(?:novel|book|film|movie|game|comic|manga|podcast|spin-?off|prequel|sequel|documentary|"
                        r"album|soundtrack)s?\s+(?:that|which)\s+(?:\w+\s+){0,2}$", re.I)
# (a possessive is not the head: "The show's soundtrack gets a vinyl release")
_THIS_WORK = re.compile(r"\b(?:seasons?|series|shows?|episodes?|installments?|instalments?|chapters?|parts?)\b"
                        r"(?!['’]s?\s)", re.I)
# Where the subject of a clause starts: the sentence, a clause mark, or a coordinating joint.
# A colon inside a title ("A spin-off, Dead Reckoning: Landfall, is ...") joins no clauses.
_SUBJECT_START = re.compile(r"[;—–]\s*|\b(?:announced|confirmed|revealed|said|reported)\s+that\s+|:(?!\s*[A-Z0-9][\w'’ .&-]{0,40}[,\"”])\s*|,\s+(?:and|but|so|while|whereas)\s+|\s(?:and|but|so)\s+(?=(?:the|a|an|its|his|her|their|[A-Z]))")
_SUBJECT_WORDS = 7


def other_work_subject(sentence: str, verb_at: int, show: str | None) -> bool:
    """The subject of the clause that holds the event verb is another work: a spin-off,
    prequel, film, adaptation, game, remaster, novel or the original a remake is based
    on ("the prequel premiered on May 4", "a film adaptation came out in 2013")."""
    if "other_work" not in families(sentence) or not _OTHER_WORK.search(sentence, 0, verb_at):
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
# (foreign titles keep their particles: "Tierra de Coyotes", "La Casa de los Espíritus")
_TITLE = (r"(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|the|and|in|&|de|del|la|las|los|el|y|da|do|di|du|des|le|von|van|der|"
          r"[A-Z][\w'’&-]*)){0,5}")
# (the network may take words: "Prime Video's other London crime show"; a person's "new" show is
# another: "Arslan's new dizi, Rüzgar Gülü, starts on Star TV")
_OTHER = (r"(?:(?:(?:[A-Z][\w+&.-]*\s+){0,2}[\w+&.-]+['’]s\s+|the\s+(?:[\w+&.-]+['’]s\s+)?|an\s+)?(?:other|another|rival|sister)"
          r"|[A-Z][\w-]*['’]s\s+new)\s+[^,;]{1,50}")
# ... or the other way round: "Max's other Brazilian series, Pedra Azul, premieres on ...".
_OTHER_APPOSITIVE = re.compile(rf"(?P<t>{_TITLE}),\s+{_OTHER},|(?<![\w,])\s*{_OTHER},\s+(?P<t2>{_TITLE}),")


def other_appositive(sentence: str, event_start: int, show: str | None) -> bool:
    """The date's subject is a title the sentence calls another show ("X, Netflix's other
    seaside mystery, was dated for April 2")."""
    if "other" not in sentence and "rival" not in sentence and "sister" not in sentence and "new" not in sentence:
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
    """The date sits in a ", which …" clause that opens between the event word and the date
    (unless the event noun is the clause's antecedent: "Season 2's finale, which aired on May 5")."""
    if verb_at >= date_start:
        return False
    clause = _RELATIVE_AFTER_VERB.search(sentence, verb_at, date_start)
    return clause is not None and _EVENT_ANTECEDENT.fullmatch(sentence, verb_at, clause.start()) is None


# The event noun itself right before the clause: "finale", "season premiere", "the trailer".
_EVENT_ANTECEDENT = re.compile(r"(?:finale|premiere|debut|trailer|teaser)s?", re.I)


# "The writers' strike, which began in May 2023, ...", "a marathon of season 1 airs on
# December 26": the verb's subject is a strike or a rerun, not the season.
_EXTERNAL_SUBJECT = Caseless.loosened(re.compile(
    r"\b(?:strikes?|walkouts?|pandemic|lockdowns?|shutdowns?|negotiations|talks|marathons?|reruns?|re-runs?|"
    r"encores?|repeats?|re-airs?|binge\s+(?:marathon|event)|"
    # the story told or the real case behind it: "The story opens on Valentine's Day 1987", "a case
    # that ended with both sisters convicted on May 2, 1981"
    # (lower-case nouns: not a title's "The Handmaid's Tale premiered", "The Dahl Sisters Story arrives")
    r"(?-i:(?:[Tt]he|[Ii]ts|[Tt]his|[Aa])\s+(?:story|plot|narrative|storyline|case|trial|investigation|murder|killing|"
    r"verdict|(?:parole|appeal|court|sentencing)\s+hearing|appeal))|"
    # "Netflix's Tudum event returns on September 24": a fan event or ceremony, not the season
    r"(?:fan\s+)?events?|conventions?|comic-?cons?|expos?|upfronts?|ceremon(?:y|ies)|awards|showcases?|galas?|"
    r"screenings?|panels?|(?:earnings|investor|quarterly)\s+calls?|shareholder\s+meetings?|"
    # "The free ticket ballot opened on 1st August": an audience's tickets, not the series
    r"(?:ticket\s+)?ballots?|tickets|pre-?orders|auditions|casting\s+calls?|"
    # "The show's 3,000th episode airs Oct. 6", "The 2027 season itself starts in Melbourne"
    r"\d[\d,]*(?:st|nd|rd|th)\s+episode|(?:\d+(?:st|nd|rd|th)[- ])?anniversary\s+(?:episodes?|specials?|shows?)|(?:19|20)\d\d(?:-\d\d)?\s+(?:season|championship|campaign|tour|race)"
    r"(?!\s+of\b)(?:\s+itself)?|(?:celebrity|theme|themed|holiday|sweeps)\s+weeks?|"
    # a sports event ("last year's Tour, which ran from July 5"; not "The Amazing Race")
    r"(?-i:[Tt]ours?|[Gg]rand\s+[Pp]rix|championships?|tournaments?|[Oo]lympics|[Ww]orld\s+[Cc]up|playoffs)|"
    # another work or the writers' room: "The Dumpling Dynasty Movie, released in May 2022",
    # "the writers' room for season 18 opens in June"
    r"movies?|films?|writers['’]?\s+rooms?)\b(?:\s+(?:of|for)\s+[^,.;]{1,40}?)?"
    # (an appositive after the subject: "The 800th episode, a bottle episode, is slated for")
    r"(?:,\s+[^,.;]{1,60}?,)?(?:,?\s+(?:which|that))?"
    r"(?:\s+(?:has|had|have|was|were|is|will|officially|finally|also|eventually|\w+ly))*,?\s+$", re.I))
_EXTERNAL_OBJECT = Caseless(re.compile(r"\b(?:air|show|run|stream)s?\s+(?:a|an|the)\s+(?:\w+\s+)?(?:marathon|rerun|encore)s?\b",
                                       re.I))


# A sentence whose subject is a season named by its year and of no show: a league's or a tour's.
_YEAR_SEASON_SUBJECT = re.compile(r"\W*(?:the\s+)?(?:19|20)\d\d(?:-\d\d)?\s+(?:season|championship|campaign|tour|race|"
                                  r"calendar)\b(?!\s+of\b)", re.I)


# A competition inside a game show's season ("The Tournament of Champions, pushed out of the spring,
# now airs November 3", "a three-night College Championship will air in August").
# (a named "the ... Showcase" or "the Masters", not "its spring showcase" or the show Masters of Sex)
_TOURNAMENT = re.compile(r"\b(?:[Tt]ournament|[Cc]hampionship|[Ii]nvitational)s?\b|"
                         r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Showcase|Masters)\b(?!\s+of\b)")
# Speed: every match of _TOURNAMENT holds one of these (case-sensitive); most windows hold none.
_TOURNAMENT_WORDS = ("ournament", "hampionship", "nvitational", "Showcase", "Masters")


def external_subject(sentence: str, verb_at: int) -> bool:
    """The event verb's subject is a strike, a pandemic, a rerun, a fan event or a tournament,
    not the season (or a sports calendar's year-named season: "The 2027 season itself starts in
    Melbourne")."""
    if _YEAR_SEASON_SUBJECT.match(sentence):
        return True
    lo = max(0, verb_at - 100)
    if any(sentence.find(word, lo, verb_at) >= 0 for word in _TOURNAMENT_WORDS) \
            and _TOURNAMENT.search(sentence, lo, verb_at):
        return True
    lo = max(0, verb_at - 80)
    return _EXTERNAL_SUBJECT.search(sentence, lo, verb_at) is not None or \
        _EXTERNAL_OBJECT.search(sentence, lo, verb_at + 40) is not None


# "Strictly Come Dancing returns on BBC One on Saturday 19th September", "before IPL 2026
# begins on 21st March": the verb that governs the date has a title of two or more capitalized
# words as its subject. When that title shares no word with the page's show and is no
# network, it is another show's or event's date.
# The verbs a title's start or return takes.
_START_VERB = (r"(?:begins?|starts?|returns?|kicks?\s+off|premieres?|airs?|launch(?:es)?|debuts?|opens?|"
               r"comes?\s+back|arrives?|drops?|lands?)")
_TITLED_SUBJECT = re.compile(
    r"(?<![\w'’])(?P<t>(?!(?-i:Season|Series|Part)\b)(?-i:[A-Z])[\w'’&+-]*"
    r"(?:\s+(?:of|the|and|&|(?!(?-i:Season|Series|Part)\b)(?-i:[A-Z])[\w'’&+-]*|\d{4}))+)"
    # "Mumbai Meri Jaan Season 3 will arrive in June": the title may number its own season
    r"(?:\s+(?-i:Season|Series|Part)\s+\d{1,2}|\s+\d{1,2}(?=\s+\w))?\s+(?:will\s+(?:also\s+)?|is\s+set\s+to\s+)?"
    rf"{_START_VERB}\s+(?:on\s+(?:(?-i:[A-Z])[\w+]*\s+){{1,3}})?(?:on|in|from)?\s*$", re.I)
_QUOTED_SUBJECT = re.compile(
    r"[\"“](?P<q>[A-Z][^\"”]{1,60}?)[,.]?[\"”]\s+(?:will\s+(?:also\s+)?|is\s+set\s+to\s+)?"
    rf"{_START_VERB}\s+(?:[^,.;]{{0,30}}?\s)?(?:on|in|from)?\s*$")
_NETWORK = re.compile(
    r"\b(?:Netflix|Hulu|Amazon|Prime|Apple|Disney|HBO|Max|Paramount|Peacock|Showtime|Starz|AMC|FX|BBC|ITV|"
    r"Channel|Sky|Crunchyroll|YouTube|Roku|Tubi|CBS|NBC|ABC|Fox|CW|TV|Network|Studios?|Season|Series|Part)\b")
_TITLE_GLUE = frozenset({"of", "the", "and", "&"})


def titled_subject(sentence: str, date_start: int, show: str | None) -> bool:
    """The date's verb has another title as its subject ("X returns on DATE", X not the show)."""
    quoted = _QUOTED_SUBJECT.search(sentence, max(0, date_start - 120), date_start)
    if quoted and not set(norm(quoted.group("q")).split()) & set(norm(show or "").split()):
        return True     # 'Rival "Up Late with Jess Corrigan" returns on Sept. 21'
    found = _TITLED_SUBJECT.search(sentence, max(0, date_start - 90), date_start)
    if found is None or _NETWORK.search(found.group("t")):
        return False
    title = found.group("t")
    # "season 8 of Full Throttle: Inside the Grid arrives": the subtitle of a longer title
    main = _MAIN_TITLE.search(sentence, max(0, found.start() - 60), found.start())
    if main:
        title = f"{main.group(1)} {title}"
    words = set(norm(title).split()) - _TITLE_GLUE
    return not (words & set(norm(show or "").split()))


_MAIN_TITLE = re.compile(r"((?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*)*):\s*$")


# "ends with ten episodes and a scene written in 2021": a participle after a noun dates that
# noun's making (a scene written, a song recorded), not the season's release.
_MADE_PARTICIPLE = re.compile(r"\b(?:an?|the|one|some)\s+(?:[\w'’-]+\s+){0,2}?(?:written|conceived|drafted|"
                              r"composed|recorded|penned|sketched|pitched)\s+(?:back\s+)?(?:in|on|during)\s+$", re.I)
_MADE_WORDS = ("written", "conceived", "drafted", "composed", "recorded", "penned", "sketched", "pitched")


def made_participle(sentence: str, date_start: int) -> bool:
    """The date follows "a N written in" / "recorded in": when that thing was made."""
    lo = max(0, date_start - 60)
    # Speed: most windows hold none of the participles; the pattern backtracks through each word.
    return window_holds(sentence, lo, date_start, _MADE_WORDS) and \
        _MADE_PARTICIPLE.search(sentence, lo, date_start) is not None


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

"""Which words name which release event: the vocabulary claims are read with.

One table, most specific first, shared by every rule that asks what a date is for
(fixtures/CONVENTIONS.md, "Release claims").
"""

from __future__ import annotations

import re

from aggregator.extract.caseless import Caseless
from aggregator.extract.triggers import first_char_gate
from aggregator.items import Event

# "strong enough for a renewal", "the odds of a renewal": a renewal hoped for, not one made.
RENEW_WORD = r"(?<!for a )(?<!for another )(?<!odds of a )(?<!chances of a )(?<!hopes of a )renew\w*"
# Event vocabulary, most specific first: a sentence about a trailer's release is a
# trailer claim, not a premiere claim. Each is gated on the first letters of its words
# (triggers.first_char_gate).
EVENT_PATTERNS: list[tuple[Event, re.Pattern[str]]] = [
    # An anime's "PV" (promotional video) is its trailer.
    ("trailer", first_char_gate("tpfs", r"\b(?:trailer|teaser|promo|first[- ]look|sizzle reel|preview reel|promotional video|"
                           r"(?-i:PV))s?\b", re.I)),
    ("production_end", first_char_gate(
        "fspwitacr",
        r"\b(?:(?:film|shoot|production|principal photography|animation|tapings?|(?<!voice )recordings?)\w*\b[^.;]{0,90}?\b(?:wrap|wrapped|wraps|end|ended|ends|"
        r"finish|finished|complete|completed|concluded?|last(?:s|ing)?\s+(?:through|until|till|into)|"
        r"run(?:s|ning)?\s+(?:through|until|till)|booked\s+(?:through|until|till))\w*(?:\s+up)?|(?:wrap(?:ped|s)?|finish(?:ed|es)?|complete[sd]?) (?:up )?(?:filming|production|shooting|taping))\b"
        # A pronoun or the production's crew as subject: "It wrapped in February" (not "wrapped up its run").
        r"|\b(?:it|they|we|the (?:cast|crew|shoot))\s+(?:has\s+|have\s+|had\s+|officially\s+|finally\s+)*wrapped\b(?!\s+up)"
        # "cameras stopped rolling in March 2024"
        r"|\bcameras?\s+(?:\w+\s+)?(?:stopped|stop|stops|ceased|cease)\s+rolling\b"
        # "crews started shooting in February and stopped rolling at Yas Marina on December 6"
        r"|\bstopped\s+rolling\b"
        r"|\b(?:it|they|the (?:cast|crew|shoot))\s+(?:is|are|was|were)\s+(?:scheduled|set|expected|due|slated)\s+to\s+wrap\b",
        re.I)),
    ("production_start", first_char_gate(
        "fspcbrwt",
        # "Recordings begin at Television Centre on 8th September" (a studio show's production)
        r"\b(?:film|shoot|production|principal photography|cameras?|(?<!voice )recordings?|tapings?)\w*\b[^.;]{0,60}?"
        r"\b(?:begin|began|begun|start|"
        r"started|starts|kick|kicked|commence|commenced|get underway|got underway|underway|resume|resumed|"
        r"(?<!stopped )(?<!stop )(?<!stops )(?<!ceased )roll|(?<!stopped )(?<!stop )(?<!stops )(?<!ceased )rolling|"
        r"scheduled|set to|pencil+ed\s+in|slated)\w*|"
        # "Season 43 tapings, Vance's first as host, are set for late June" (not "Filming wrapped, and
        # the premiere is set for October 3": another event's noun between)
        r"\b(?:film|shoot|production|principal photography|cameras?|tapings?)\w*\b"
        r"(?:(?!\b(?:premiere|debut|release|return|season|series|episodes?|show|it|they)\b)[^.;]){0,60}?\bset\s+for\b|"
        # a maker speaking of the shoot: "We started on the 3rd of March", "they started on February 9th"
        r"\b(?:we|they)\s+(?:\w+\s+)?(?:started|began)\b(?!\s+(?:streaming|airing|dropping|releasing))|"
        # "Filming took place in New Mexico between March and July 2025": the span's start
        r"\b(?:film|shoot|production|principal photography|tapings?)\w*\)?\s+(?:(?:on|of|for)\s+(?:[\w'’-]+\s+){1,4}?)?"
        # "Production was delayed by the floods and ran from February to September 2025"
        r"(?:(?:was|were|had\s+been|has\s+been)\s+[^.;,]{1,50}?\s+and\s+)?"
        r"(?:took\s+place|ran|runs?|lasted)\s+"
        r"(?:[\w'’.,-]+\s+){0,6}?(?:from|between)|"
        # "Season 1 shot from February to June 2024" (the span's start; the second end wraps)
        r"\b(?:shot|filmed)\s+(?:(?:in|on|across)\s+[\w'’ -]{1,30}?\s+)?(?:from|between)\b|"
        r"\b(?:begin|began|start|started|starts|commence\w*|resume\w*)\s+(?:filming|shooting|"
        r"production)\b|"
        # "The first day of production was April 6"
        r"\bfirst\s+day\s+of\s+(?:production|filming|shooting|principal\s+photography)\b|"
        # "We're back on the stages in Vancouver on April 13"
        r"\bback\s+on\s+(?:the\s+)?(?:stages?|set|soundstages?)\b", re.I)),
    ("renewal", first_char_gate("rgposc", r"\b(?:" + RENEW_WORD + r"|green-?lit|greenlight\w*|picked up(?! best\b)(?! (?:an?|the|her|his|their|its) (?:\w+ ){0,2}"
                          r"(?:emmy|award|globe|nomination|trophy|prize|bafta|oscar|sag|gong)s?\b)|ordered|order(?:ed)? a|"
                          r"(?:season|series)\s+(?:\w+\s+)?pick-?up|pick-?up\s+for|"
                          # British: "the second series was commissioned by the BBC"
                          r"(?:re-?)?commissioned)\b",
                          re.I)),
    # "the episodes are finished" is their state (made), not a run ending on the date.
    # A "mid-season finale" or "winter finale" breaks a season; it does not end it.
    ("finale", first_char_gate("flcewoarsg", r"\b(?:(?<!mid-season )(?<!midseason )(?<!mid season )(?<!winter )finale|"
                          # glossed: Turkish "sezon finali", Spanish "gran final"; a season (not a shoot) that wraps
                          r"sezon\s+finali|gran\s+finale?\b|(?:(?<=season )|(?<=series ))wraps?(?=\s+(?:on|in|up\s+on)\b)|"
                          # ("the last first-run episode airs", "the final show of season 42")
                          r"(?:final|last)\s+(?:(?:first-run|new|original|regular)\s+)?episode|"
                          r"(?:final|last)\s+show\s+of\s+(?:the\s+)?(?:season|series)|conclude[sd]?|"
                          r"(?<!are )(?<!is )(?<!were )(?<!was )(?<!been )(?<!writers )(?<!recording )(?<!recordings )finish(?:es|ed)?(?!\s+(?:recording|filming|shooting|taping|animating|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|"
                          r"in\s+(?:first|second|third|the\s+top)|runner-up|top)\b)|ends|ended|"
                          # "debuted on March 3 and ran through April 21"
                          r"(?<!filming )(?<!production )(?<!shoot )(?:ran|aired)\s+(?:through|until|till)|"
                          # "Season 5 signed off on June 25 with a clip show"
                          r"signed\s+off(?!\s+on\s+(?:the\s+|an?\s+)?(?-i:[a-z]))|"
                          # "new episodes weekly through April 25": the run ends then
                          r"weekly\s+(?:through|until|till)|"
                          # "two episodes followed by one a week through December 2"
                          r"(?:one|an\s+episode|episodes?)\s+(?:a|per|each|every)\s+week\s+(?:through|until|till)|"
                          # "new episodes every Thursday through June 27"
                          r"(?:every|each)\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:through|until|till)|"
                          r"wrap(?:s|ped)?\s+(?:up\s+)?(?:its|their|the\s+season['’]s)\s+(?:\w+\s+)?run|"
                          r"wrap(?:s|ped)? up(?! (?:filming|production|shooting))|"
                          # a contest's last night, British usage: "with the final on 28th July", "the live final is"
                          r"(?:(?<=the )|(?<=live )|(?<=grand ))final(?=\s+(?:on|is|airs?|aired|was|will|takes|took|falls|fell)\b))\b",
                          re.I)),
    ("premiere", first_char_gate(
        "prdalhscobetfiwkmgjn",
        r"\b(?:premier(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|debut(?:s|ed|ing)?|arriv(?:e|es|ed|ing|al)|"
        r"return(?:s|ed|ing)?|drop(?:s|ped|ping)?|air(?:s|ed|ing)?|"
        # "will start broadcasting on TOKYO MX on January 10"
        r"(?:start|starts|started|starting|begin|begins|began|beginning)\s+(?:broadcasting|airing|streaming)\b|"
        # "The second season went up on Netflix on June 11" (a season as the subject, not "prices")
        r"(?:(?<=season )|(?<=series )|(?<=episodes )|(?<= show ))(?:went|goes|go)\s+up\s+on|"
        # "lands on Netflix", "landed in May"; not "landed three Emmy nominations", "landed a role"
        r"land(?:s|ed|ing)?(?!\s+(?:a|an|the|its|his|her|their|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"several|multiple|another|top)\b)|"
        # "hits Netflix", "hit screens"; not "a surprise hit of", "hit the beach", "hit Netflix's Top 10"
        r"hit(?:s|ting)?(?!\s+(?:[\w'’]+\s+)?(?:top\b|no\.|number\b|#|\d))(?=\s+(?:screens|theaters|theatres|cinemas|streaming|the\s+(?:small\s+screen|streamer|"
        r"service|platform)|(?-i:[A-Z])))|"
        # "streams on Hulu"; not the adjective of "the streaming giant", "streaming prices"
        # British "series one went out on ITV1 from 4 September"
        r"(?:went|goes)\s+out(?=\s+(?:on|from|in|at)\b)|"
        # "Apple has set Bellweather season 2 for Friday, September 18"
        # (not an idiom: "set a record for", "set the stage for")
        r"set\s+(?!(?:(?:a|an|the|its|their|new)\s+)*(?:record|stage|tone|bar|scene|standard|precedent|trap|goal|pace|"
        r"example|course|fire|sights|eyes|up|off|out|aside|apart)s?\b)(?:[\w'’:+&-]+\s+){1,6}?for(?=\s)|"
        r"stream(?:s|ed|ing)?(?!\s+(?:service|giant|platform|price|plan|tier|rights|deal|number|chart|war|era|"
        r"landscape|app|subscription|subscriber|market|business|rating|figure|compan(?:y|ies)|partner|arm|division|"
        r"provider|outlet|wing|unit|revenue|budget|slate|viewer|reporter|site|world|space|industry)s?\b)|launch(?:es|ed|ing)?|come out|comes out|came out|(?<!handed )(?<!hands )(?<!sold )(?<!ruled )(?<!pointed )(?<!found )(?<!checked )out on|available|"
        # "could be on Netflix by the spring": on a platform (a capital), not "be on set"
        r"(?:be|is|are)\s+on(?=\s+(?-i:[A-Z]))(?!\s+(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|"
        r"Thu|Fri|Sat|Sun)[a-z]*\.?\b))|"
        r"bow(?:s|ed)\b(?! out)|back on|coming|out in|out by|expected|slated|set for|target\w*|"
        # "the season opens on May 3"; not "the writers' room opened in October"
        r"(?<!room )(?<!rooms )(?<!office )(?<!offices )(?<!studio )(?<!doors )(?<!room, which )(?<!rooms, which )"
        r"(?<!room that )(?:opened|opens)(?!\s+(?:the|a|its|our|their)\s+(?:writers['’]?\s+)?rooms?\b)|"
        # "The final season will open with an hour-long episode on Saturday, June 6"
        r"open(?:s|ing)?\s+with\s+(?:an?|the|its|two|three)\b|"
        # "The letter slates the third season of X for Q4 2026"
        r"slat(?:es|ing)\s+(?:[\w'’:+&-]+\s+){1,8}?for(?=\s)|"
        r"on (?:our )?screens|hits? screens|follow(?:s|ed)?|"
        # "the show will be back in early 2025", "fans will have to wait until 2026"
        r"(?:be|is|are)\s+back(?=\s+(?:(?:in|by|on|before|around|as\s+early\s+as)\s+(?:the\s+)?(?:early|mid|late|first|second|third|"
        r"fourth|final|last|spring|summer|fall|autumn|winter|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
        r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|just|only)\s)|"
        r"this|next|early|late))|wait(?:ing)?\s+(?:until|till)|"
        r"(?:start|begin|began|begun|kick)\w*(?: off)?(?= (?:on|in|streaming|airing))|(?:start|begin)s? (?:streaming|airing)|"
        # "will begin its second season on Oct. 1", "kicks off its final run in May"
        r"(?:(?:begin|start|launch|open)(?:s|ning|ing)?|kick(?:s|ing)?\s+off)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:season|series|run|chapter|installment)\b|"
        # "In Germany, Staffel 2 starts one day later, on 9 March": a season that starts premieres
        r"(?:season|series|staffel|saison|part)\s+(?:\w+\s+)?(?:starts|begins)\b(?!\s+(?:filming|shooting|production))|"
        r"pencil+ed in|scheduled for|slotted|"
        # "ITV has it down for early 2027"
        r"(?:has|have|had)\s+(?:it|them)\s+down\s+for|"
        # "Our countdown is set to Tuesday, September 22"
        r"countdown\s+(?:is\s+)?(?:set|running)\s+(?:to|for)|"
        # "Season 1 ran from October 2 to November 20" (its run starts), "season 2 has a date:"
        r"(?<!filming )(?<!production )(?<!shoot )(?<!shooting )(?:ran|runs)\s+(?:[\w-]+\s+){0,3}?from|(?:was|were|is|are|be|been)\s+(?:broadcast|transmitted|shown|screened)(?=\s+(?:from|between|on|in)\b)|transmitted\s+(?:in|on)|(?:(?:has|have|had|was|were|just|officially|finally|now)\s+)+dated\s+(?:[\w’'+:-]+\s+){0,7}?for|(?:has|have|got|gets)\s+(?:a|an|its|their)\s+(?:official\s+)?(?:release\s+|premiere\s+)?date|"
        # "we predict season 4 in fall 2024", "the end card promised Part 2 this summer"
        r"predict(?:s|ed|ing)?|promis(?:e|es|ed|ing)|"
        # "Amazon has pushed Salt Road season 2 from this fall to early next year"
        r"(?:pushed|moved|delayed|bumped)\b(?:\s+back)?[^.;]{0,50}?\b(?:to|until|into)(?=\s+(?:the\s+)?(?:early|mid|late|"
        r"next|this|first|second|third|fourth|spring|summer|fall|autumn|winter|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|"
        r"oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day))|"
        # "Expect the new season around Christmas", "fans can expect it in late 2025"
        r"expect\s+(?:the\s+|a\s+)?(?:new|next|third|fourth|fifth|second|final|upcoming)?\s*(?:season|series|episodes|part)|"
        r"expect\s+(?:it|them)(?=\s+(?:in|on|by|around|before|sometime|to\s+(?:arrive|return|premiere|drop|land|debut)))|"
        # "Season two is due out later this year", "the new season is due in March" (a season's
        # due date, not the rent's)
        r"(?:season|series|show|episodes?|part|it|they|installment|chapter|return|premiere)(?:\s+\w+)?\s+(?:is|are|was|were|['’]s)\s+"
        r"(?:\w+\s+)?due(?:\s+out|(?=\s+(?:in|on|by|for|later|this|next|early|late|around|sometime)\b))|"
        # "…, with the new episodes due on BBC One in 2027": an absolute clause, no verb
        r"(?:season|series|episodes)\s+due\s+(?:out\b|(?=(?:on|in|by|later|this|next|early|late)\b))|"
        # A date given as the earliest or a guess is a release estimate: "2025 at the earliest".
        r"at the earliest|is the earliest|(?:our|my) (?:best )?(?:guess|bet|prediction) is|"
        r"(?:my|our|the smart) money(?:['’]s| is)\s+on|"
        # "we could see season 2 by early 2025"
        r"(?:could|will|should|might|may|can|expect to)\s+see\s+(?:the\s+)?(?:new\s+|next\s+|\w+\s+)?"
        r"(?:season|series|episodes|installment|chapter|part|it|them)(?:\s+\d+)?)\b",
        re.I)),
]

# Speed: claims try every event pattern in two windows around every date, most of them in
# vain. Every match of a pattern contains one of its needles (lower-case; see
# `triggers.same_length_lower`), so a window holding none of them cannot match and is skipped.
# tests/extract/test_event_words.py checks every needle list against every fixture match.
EVENT_NEEDLES: dict[Event, tuple[str, ...]] = {
    "trailer": ("trailer", "teaser", "promo", "look", "reel", "pv"),
    "production_end": ("film", "shoot", "production", "photography", "wrap", "animation", "camera", "taping",
                       "recording", "stopped"),
    "production_start": ("film", "shoot", "shot", "production", "photography", "camera", "recording", "taping", "first day",
                         "back", "we ",
                         "they "),
    "renewal": ("renew", "green", "pick", "order", "commission"),
    "finale": ("final", "episode", "conclude", "finish", "end", "week", "wrap", "every", "each", "ran", "aired",
               "signed"),
    "premiere": ("premier", "releas", "debut", "arriv", "return", "drop", "air", "land", "hit", "stream", "launch",
                 "out", "available", "bow", "back", "coming", "expect", "slated", "set", "target", "open", "screens",
                 "follow", "wait", "start", "begin", "began", "begun", "kick", "pencil", "scheduled", "slotted", "slat", "down for",
                 "transmitted",
                 "predict", "promis", "pushed", "moved", "delayed", "bumped", "earliest", "guess", "bet", "due", "countdown",
                 "ran", "runs", "date", "be on", "is on", "are on", "broadcast", "money", "see", "up on", "shown",
                 "screened"),
}
assert set(EVENT_NEEDLES) == {event for event, _ in EVENT_PATTERNS}

# Speed: the patterns scan lower-cased text without IGNORECASE (caseless.py), two to three
# times faster; those with case-sensitive parts through a looser twin that proposes positions.
EVENT_SCANS: list[tuple[Event, Caseless]] = [
    (event, Caseless.loosened(pattern) if "(?-i:" in pattern.pattern else Caseless(pattern))
    for event, pattern in EVENT_PATTERNS
]

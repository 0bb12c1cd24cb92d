"""The prose patterns cast credits are read with ("X will return as Y", "X joins the cast as Y",
"X is out"), each with the status its wording states and the needle words every one of its
matches holds (prose_credits runs a pattern only on a sentence holding one of them;
tests/extract/test_triggers.py checks the needles against every fixture match)."""

from __future__ import annotations

import re

from aggregator.extract.castgrammar import (
    ASIDE,
    AUX,
    DC,
    DESC,
    GUARD,
    NAMED_DESC,
    NOT_DESC,
    NOT_SPEAKER,
    A,
    C,
    role_aside,
)
from aggregator.extract.castnames import CHAR
from aggregator.items import CastStatus

# (pattern, status the wording itself states or None to read it from the sentence)
_PATTERNS: list[tuple[re.Pattern[str], CastStatus | None]] = [
    # "Theo Vance's Count Orsini was killed off in the finale" (before the exit pattern, which
    # would read the role as the actor); a two-word name, not "Netflix's Count Orsini".
    (re.compile(rf"(?=[A-Z][\w'’.-]*\s+[A-Z][^\s']*['’]s\s){A}['’]s\s+{C}\s+(?:was|has been|is|got|had been)\s+"
                rf"(?:(?:all\s+but|effectively)\s+)?(?:killed off|written out|killed)\b"), "exiting"),
    # "Zine Tseng, who played young Ye Wenjie, will not return": the aside names the role.
    # "Marcus Fell, whose Frank Drury was killed off last season, will not return": the
    # possessive relative clause names the role.
    (re.compile(rf"{A}{role_aside()}\s+(?:will not|won['’]t|will no longer|is not|isn['’]t|is no longer|won’t|"
                rf"did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t)\s+"
                rf"(?:be\s+)?(?:returning|returned|return|back|coming back|reprising|reprise)"
                rf"(?:\s+(?:(?:his|her|their)\s+role\s+)?(?:as|of)\s+{DC})?"), "exiting"),
    (re.compile(rf"{A}{role_aside()}\s+{AUX}(?:exit(?:s|ed|ing)?|left|leaves|leaving|depart(?:s|ed|ing)?|quit|quits|"
                rf"stepp(?:ed|ing) away|(?:been )?killed off|written out)\b(?:\s+(?:the\s+)?(?:show|series|cast|role))?"
                rf"(?:\s+(?:as|of)\s+{C})?"), "exiting"),
    # "Kwame Asante is out (his DC Penrose was killed off)", "Also confirmed: Pip Lawson is out."
    (re.compile(rf"{A}{ASIDE}\s+(?:is|are)\s+(?:also\s+)?out(?=\s*[.;(,—–]|\s+as\s)(?:\s+as\s+{DC})?"), "exiting"),
    # "Sophie Lang stays on as Wolf's colleague, Vroni Huber"
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:stays?|staying|stayed|remains?|remaining)\s+on\s+as\s+"
                rf"(?:[A-Z][\w'’-]*['’]s\s+[a-z][\w'’-]*,\s+)?{DC}"), "returning"),
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:return(?:s|ing|ed)?|reprise[sd]?|reprising|(?:com(?:e|es|ing)\s+)?back)"
                rf"(?:,\s+[a-z]+(?:\s+[a-z]+)?,)?(?:\s+[a-z][\w'’-]*){{0,3}}?\s+"
                rf"(?:(?:to\s+(?:the\s+)?(?:show|series|role)\s+)|(?:(?:his|her|their|the)\s+(?:iconic\s+|beloved\s+)?"
                rf"(?:role|part)s?\s+))?(?:as|of)\s+{DC}"), "returning"),
    # "Saoirse Dunne, whose Dr. Ada Bell was written out last season, returns for the closing arc"
    (re.compile(rf"{A}{role_aside(required=True)}\s+{AUX}(?:return(?:s|ing)?|back)\b"), "returning"),
    # "Wi Ha-jun has teased a return as detective Hwang Jun-ho"
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:[a-z]+\s+){{0,2}}?(?:a|his|her|their)\s+(?:[a-z]+\s+)?(?:return|comeback)\s+"
                rf"as\s+{DC}"), None),
    # "Thomas Ian Griffith, who will reprise his Karate Kid Part III role as Terry Silver"
    # "... will reprise his Rogue One role, Orson Krennic"
    (re.compile(rf"{A},?\s+(?:who\s+)?{AUX}(?:reprise[sd]?|reprising)\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){{0,6}}?"
                rf"role(?:\s+as|,)\s+{DC}"), "returning"),
    # "Keely Fairbanks has been upped to series regular as Junie", "Harriet Quinn, who appeared
    # in five episodes as the vicar, will be promoted to series regular"
    (re.compile(rf"{A}{role_aside()}\s+{AUX}(?:been\s+)?(?:promoted|upped|bumped\s+up|elevated|upgraded)\s+to\s+"
                rf"(?:a\s+)?series[- ]regular(?:\s+status)?(?:\s+as\s+{DC})?"), "returning"),
    # "Dev Sharma is back voicing Bolt", "Lou Ferreira returns to voice Moss"
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:back\s+voicing|returns?\s+to\s+voice)\s+{DC}"), "returning"),
    # "newcomer Tessa Moon lends her voice to the villain, Overclock"
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:lends?|lending|lent)\s+(?:his|her|their)\s+voice\s+to\s+"
                rf"(?:(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}},\s+)?{DC}"), None),
    # "Lady Gaga will also make a cameo appearance as Rosaline Rotwood"
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:make|makes|made|making)\s+(?:a|an)\s+(?:special\s+|brief\s+)?"
                rf"(?:cameo|guest)(?:\s+(?:appearance|spot|turn|role))?\s+as\s+{DC}"), "new"),
    # "They are joined by Park Min-gyu", "Grayson Ames ..., replacing Colm Reddy"
    (re.compile(rf"\b(?:joined|rounded\s+out)\s+by\s+(?:newcomer\s+)?{A}(?:\s+as\s+{DC})?"), "new"),
    (re.compile(rf"\breplacing\s+{A}"), "exiting"),
    # "A new character, the travelling pastry chef Kiyoshi, will be voiced by Ryo Tanba"
    (re.compile(rf"(?:(?:a|an|the)\s+(?:new\s+)?character,\s+)?{DESC}{GUARD}{C},?\s+{AUX}(?:be\s+|been\s+)?"
                rf"(?:played|voiced|portrayed)\s+by\s+{A}"), None),
    # "Antony Starr reprises Homelander"
    (re.compile(rf"{A}\s+{AUX}(?:reprise[sd]?|reprising)\s+{C}"), "returning"),
    # "This is Henry Cavill's final season as Geralt of Rivia"
    (re.compile(rf"{A}['’]s\s+(?:(?:final|last|first|second|third|fourth|fifth|new|latest|next)\s+)?season\s+as\s+{C}"),
     None),
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:join(?:s|ed|ing)?|sign(?:s|ed|ing)\s+on|c[oa]mes?\s+aboard|boards?|boarded)"
                rf"\s+(?:the\s+(?:\w+\s+){{0,2}}?"
                rf"(?:cast|show|series|ensemble|season|lineup)(?:\s+of\s+[^.,]{{0,40}}?)?\s+)?"
                # "joins the cast in a mystery role": a role the page does not name
                # ("joins as the voice of new student Priya Kaur")
                rf"(?:(?:as|to play|to voice)\s+(?:the\s+voice\s+of\s+)?{DC}|in\s+an?\s+(?:[a-z]+\s+){{0,2}}role\b)"),
     "new"),
    # "X has been roped in to play the antagonist, a corrupt politician named Bhairav Yadav"
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:cast|tapped|hired|recruited|enlisted|roped\s+in|brought\s+(?:on|in))\s+"
                rf"(?:to play\s+|as\s+|in the (?:[a-z]+\s+){{0,2}}role of\s+)"
                rf"(?:(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,2}},?\s+(?:(?:a|an|the)\s+)?"
                rf"(?:[a-z][\w'’-]*\s+){{0,3}}?(?:named|called)\s+)?{DESC}{GUARD}{C}"), "new"),
    # "Prime Video has cast Ivo Brandauer as the season's big bad, a Swiss banker known only as The Notary"
    (re.compile(rf"\b(?:(?:has|have|had)\s+(?:also\s+|now\s+)?(?:cast|tapped|hired|enlisted|added)|"
                rf"(?:also\s+)?(?:adds|welcomes|introduces))\s+{A}(?:\s+\([^()]{{1,40}}\))?\s+"
                rf"(?:as|to play)\s+(?:(?:the|a|an)\s+[^,.;]{{1,40}}?,\s+(?:(?:a|an|the)\s+)?"
                rf"(?:[\w'’-]+\s+){{0,4}}?(?:named|called|known(?:\s+only)?\s+as)\s+)?{DESC}{GUARD}{C}"), "new"),
    # "Joseph Quinn is new this season, playing Eddie Munson"
    (re.compile(rf"{A}{ASIDE}\s+(?:is|are|was|will be)\s+(?:also\s+)?(?:new|back|returning)\b(?:\s+[a-z]+){{0,3}},\s+"
                rf"(?:playing|as|reprising\s+(?:his|her|their)\s+role\s+as)\s+{DC}"), None),
    # "Gong Yoo, the recruiter with the ddakji tiles, is also back": the appositive is the role.
    (re.compile(rf"{A},\s+(?P<ap>the\s+[a-z][^,]{{0,60}}?|(?:a|an)\s+[a-z][^,]{{0,60}}?|{CHAR}),\s+{AUX}"
                rf"(?:back|return(?:s|ing)?|reprising|coming back)\b(?!\s+(?:as|to|of|in|for)\b)"), "returning"),
    # "Lee Byung-hun's Front Man is coming back", "Gong Yoo's suited recruiter will be back"
    (re.compile(rf"{A}['’]s\s+(?:(?!{NOT_DESC})[a-z][\w'’-]*\s+){{0,2}}?(?:{GUARD}{C}|(?P<pn>[a-z][\w'’-]*))\s+"
                rf"{AUX}(?:coming back|back|returning|returns|return)\b"), "returning"),
    # "Hervé Pierre is still lurking as the awful Hubert Pellegrini"
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:still\s+)?(?:appear(?:s|ing)?|show(?:s|ing)?\s+up|turn(?:s|ing)?\s+up|stars?\s+again|"
                rf"pop(?:s|ping)?\s+up|lurk(?:s|ing)?|stick(?:s|ing)?\s+around|around)\s+as\s+{DC}"), None),
    (re.compile(rf"\b(?:newcomers?|new(?:est)? additions?|new cast members?|new faces?|series newcomers?)\s+{A},?\s+"
                rf"(?:who\s+)?(?:will\s+)?(?:play(?:s|ing)?|portray(?:s|ing)?|as|stars? as)\s+(?:{NAMED_DESC})?{C}"), "new"),
    # "Tessa Markham (Blue Hour), who will play Priya Lal": the parenthesis is a past credit.
    # "Colin Fairweather, who returns as Sheriff Arne Dahl": the verb states the status.
    (re.compile(rf"{A}(?:\s+\([^()]{{1,40}}\))?,\s+who\s+(?:will\s+)?(?:returns?|returned|is back)(?:\s+\w+){{0,2}}?\s+as\s+"
                rf"(?:{NAMED_DESC}|{DESC}(?:(?:named|called)\s+)?{GUARD}){C}"), "returning"),
    (re.compile(rf"{A}(?:\s+\([^()]{{1,40}}\))?,\s+who\s+(?:(?:will\s+)?(?:joins?|joined)(?:\s+\w+){{0,2}}?\s+as|"
                rf"plays|played|portrays|portrayed|will play|is playing|stars as|starred as)\s+"
                rf"(?:{NAMED_DESC}|{DESC}(?:(?:named|called)\s+)?{GUARD}){C}"), None),
    # "Bill Harrow, who has been cast as the crew's new fence, a retired jeweller named Augustine
    # Pike", "Paloma Reyes, who has been cast as a 17-year-old rookie, Sofia Marin"
    (re.compile(rf"{A},\s+who\s+(?:has|have|had)\s+been\s+cast\s+as\s+(?:(?:the|a|an|his|her|their|[A-Z][\w'’-]*['’]s)\s+"
                rf"[^,.;()]{{1,50}}?(?:,\s+(?:a|an|the)\s+[^,.;()]{{1,50}}?)?(?:,\s+|\s+(?:named|called)\s+))?{NOT_SPEAKER}{C}"),
     "new"),
    # "Dayo Adeyemi, back as Commander Ife, told …", "Maya Lindgren, a newcomer as Deputy Kari Holm"
    (re.compile(rf"{A},\s+(?:back|returning)\s+as\s+{DC}"), "returning"),
    (re.compile(rf"{A},\s+(?:a\s+|the\s+)?(?:series\s+)?newcomer\s+as\s+{DC}"), "new"),
    # "…, with Noeline Gibbs back as their nan"
    (re.compile(rf"\bwith\s+{A}\s+(?:back|returning)\s+as\s+(?:{DC}|(?P<kin>(?:their|his|her)\s+[a-z][\w'’-]*))"),
     "returning"),
    # "Jules Amari takes over the role of Luc": a new actor in an old role
    (re.compile(rf"{A}{ASIDE}\s+{AUX}(?:takes?|took|taking)\s+over\s+(?:the\s+role\s+of|as)\s+{DC}"), "new"),
    # "the new kid on the block is Rafael Ibarra, playing a 200-year-old jazz trumpeter named Eddie"
    (re.compile(rf"{A},\s+playing\s+(?:a|an|the)\s+[^,.;()]{{1,60}}?\s+(?:named|called)\s+{C}"), None),
    # "And the big addition is Harriet Osei-Kwame, who's playing a rival understudy named Colette."
    (re.compile(rf"{A},\s+who(?:['’]s|['’]ll| is| will)\s+(?:be\s+)?play(?:ing)?\s+(?:(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){{0,4}}?"
                rf"(?:named|called)\s+)?{DESC}{GUARD}{C}"), None),
    (re.compile(rf"\bstarring\s+{A}\s+as\s+{C}"), None),
    (re.compile(rf"{A}(?:\s+\([^()]{{1,40}}\))?{ASIDE}\s+{AUX}(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|stars? as|starred as|starring as|"
                rf"voices|voiced|will voice|takes? on the role of|takes? over the role of|take over as|takes over as|"
                rf"steps? into the role of)\s+"
                rf"(?:(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?(?:named|called)\s+|{NAMED_DESC})?{C}"),
     None),
]
# Lower-case words one of which each pattern above needs, in the same order: a substring test
# skips the regex on most sentences. A list of such tuples: the pattern needs a word of each
# (its verb and its aside, say). A blank is one space, as in block text (document.Block).
_NEEDLES: list[tuple[str, ...] | list[tuple[str, ...]]] = [
    ("killed", "written out"),
    ("not", "n't", "n’t", "no longer"),
    ("exit", "left", "leav", "depart", "quit", "stepp", "killed", "written out"),
    (" out",),
    ("stay", "remain"),
    ("return", "repris", "back"),
    [("return", "back"), (", who", ", recurring as", ", appearing as", ", seen as")],
    ("return as", "comeback as"),
    ("repris",),
    ("promoted", "upped", "bumped", "elevated", "upgraded"),
    ("voic",),
    ("lend", "lent"),
    ("cameo", "guest"),
    ("joined by", "rounded out by"),
    ("replacing",),
    ("played by", "voiced by", "portrayed by"),
    ("repris",),
    ("season as",),
    ("join", "sign", "aboard", "board"),
    [("cast", "tapped", "hired", "recruited", "enlisted", "roped", "brought"), ("to play", " as ", "role of")],
    ("cast", "tapped", "hired", "enlisted", "added", "adds", "welcomes", "introduces"),
    (", playing", ", as", ", reprising"),
    [("back", "return", "repris"), (", ",)],
    [("back", "return"), ("'s ", "’s ")],
    ("appear", "up as", "again as", "lurk", "around as"),
    ("newcomer", "addition", "new cast", "new face"),
    (", who",),
    (", who",),
    ("been cast",),
    (", back as", ", returning as"),
    ("newcomer as",),
    ("back as", "returning as"),
    ("over the role", "over as"),
    (", playing",),
    (", who",),
    ("starring",),
    ("play", "portray", "star as", "stars as", "starred as", "starring as", "voice", "take on the role",
     "takes on the role", "take over", "takes over", "into the role"),
]
assert len(_NEEDLES) == len(_PATTERNS)
_NEEDLE_GROUPS = [n if isinstance(n, list) else [n] for n in _NEEDLES]
# Each pattern's needles as one regex (a look-ahead a group), for tests/extract/test_triggers.py.
PATTERN_NEEDLES = [(p, re.compile("".join("(?=.*?(?:%s))" % "|".join(map(re.escape, g)) for g in groups), re.DOTALL))
                   for p, groups in zip(_PATTERNS, _NEEDLE_GROUPS)]
assert all(len(groups) <= 2 for groups in _NEEDLE_GROUPS)
# What prose_credits runs: per pattern its status, its needles as a set, the second group's
# (empty for none), and whether its credits are weak (appositive or possessive). The needle
# words of all patterns are tested once per sentence with `in` (the same test as each
# `PATTERN_NEEDLES` regex, a fraction of the cost of 37 regex searches); a pattern runs when
# each of its groups has a word there.
GATED_PATTERNS = [(p, status, frozenset(groups[0]), frozenset(groups[1] if len(groups) > 1 else ()),
                   "ap" in p.groupindex or "pn" in p.groupindex)
                  for (p, status), groups in zip(_PATTERNS, _NEEDLE_GROUPS)]
NEEDLE_WORDS = tuple(dict.fromkeys(w for groups in _NEEDLE_GROUPS for g in groups for w in g))

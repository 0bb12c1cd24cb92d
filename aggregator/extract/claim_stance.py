"""How a sentence stands toward its date: denied, or stated as reported, speculative
or confirmed (fixtures/CONVENTIONS.md, "Certainty").
"""

from __future__ import annotations

import re

from aggregator.extract.caseless import Caseless
from aggregator.extract.sources import sentence_attributions
from aggregator.extract.triggers import first_char_gate
from aggregator.items import SourceRef

# The word scans are gated on their words' first letters (triggers.first_char_gate).
# "per [a-z]" is "per [A-Z]" under the flag (the same letters, every code point checked), in
# the lower case caseless.Caseless scans with.
_ATTRIBUTION = Caseless(first_char_gate(
    "arsiwtpcl",
    r"\b(?:according to|reportedly|report(?:s|ed)?|sources? (?:say|said|told|close)|insiders?|rumou?r\w*|"
    r"per the (?:article|report|story|piece|trades?)|is said to|are said to|was said to|(?<!was )(?<!were )(?<!been )(?<!be )told(?! to\b)|per [a-z]|claims?|claimed|leak\w*|scoop\w*)\b", re.I))
# Someone else's words: "…, Szabo said.", "a spy tells us", "a spokesperson told us".
_SPEECH_TAG = re.compile(
    # "…, showrunner Colm Hegarty said on stage.": a lower-case job title may lead the name
    r",\s+(?:(?:the\s+)?[a-z][\w-]*\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says)(?:\s+\w+){0,2}\s*(?:[.,;]|$)|\b(?:tells|told|tell)\s+(?:us|me)\b|"
    # "…, says Renée Dufresne's Instagram."
    r",\s+(?:says|said)\s+(?:the\s+)?[A-Z]")
_HEDGE = first_char_gate(
    "luecmapsgjithwbo",
    r"\b(?:likely|unlikely|expect\w*|could|might|(?-i:may)(?! \d)|at the earliest|probabl\w*|possibl\w*|should|predict\w*|guess\w*|"
    r"judging|if all goes well|tentative\w*|speculat\w*|anticipat\w*|hopefully|hope|hoping|presumabl\w*|potentially|"
    r"estimate\w*|we think|i think|i believe|i reckon|i'?d (?:say|guess)|assum\w*|suspect\w*|bet|chances are|perhaps|"
    r"maybe|projected|looks like|points? to|"
    r"seems|appears to|on track|money(?:['’]s| is) on|hunch|"
    # a network "eyeing", "targeting" or "aiming for" a date states a plan (CONVENTIONS)
    r"eye(?:s|ing|d)|target(?:s|ing|ed)|aim(?:s|ing|ed)\s+(?:for|at))\b", re.I)
_NEGATION = Caseless(first_char_gate(
    "nfudiwrsbm",
    r"\b(?:not|n't|no|never|false|untrue|denied|denies|deny|debunk\w*|fake|incorrect|wrong|rul\w* out|"
    r"dismiss\w*|shot down|nothing to|baseless|unfounded|"
    # "An earlier version of this article misstated the premiere date as March 3": a correction
    r"misstated|incorrectly\s+(?:stated|reported|said|listed))\b|\bisn't\b|\bwon't\b", re.I))
# Words after a date that deny it; a bare "no"/"not" after the date is usually an aside.
_DENIAL = Caseless(re.compile(r"\b(?:false|untrue|not true|denied|debunk\w*|fake|incorrect|wrong|baseless|unfounded|"
                     r"is not happening|isn['’]t happening|won['’]t happen|ruled out|shot down|"
                     r"(?:is|are|was|were)\s+not\s+real|(?:isn|aren|wasn|weren)['’]t\s+real|made[- ]up|hoax)\b", re.I))
# "That would normally mean a return in ...": a conditional before the date hedges it; one in a
# trailing "which would make it ..." comments on a date already stated.
_CONDITIONAL = re.compile(r"\b(?:would|wouldn['’]t)\b|\w['’]d\b", re.I)
_HAT_TIP = re.compile(r"\((?:h/t|hat tip(?: to)?|via)\s[^()]{1,80}\)", re.I)
_QUOTED = re.compile(r"[\"“”][^\"“”]{0,200}[\"“”]")
# Negations that do not deny the date ("no later than", "not only ... but").
_NEGATION_OK = re.compile(r"\bno (?:later|sooner|earlier) than\b|\bnot only\b|\bno doubt\b|\bno surprise\b|"
                          r"\bno\.\s?\d|"   # "the No. 1 drama": a rank
                          # "won't arrive until early 2027": not before that date, which is the claim
                          r"\b(?:won['’]t|will\s+not|not|isn['’]t|aren['’]t)\s+(?:\w+\s+){0,3}?(?:until|before)\b", re.I)


def denied(before: str, after: str) -> bool:
    """The clause negates or denies its date: a negation before it ("Netflix has not set
    a March date"), or a denial after it ("the rumoured March date is false"). Quoted
    speech and asides after the date ("with almost no marketing") do not count."""
    before, after = _unquoted(before), _unquoted(after)
    if _NEGATION.search(before) and not _NEGATION_OK.search(before):
        return True
    return bool(_DENIAL.search(after))


def denied_after(after: str) -> bool:
    """The words after a date in its clause call it false ("… is not real", "… is fake")."""
    return bool(_DENIAL.search(_unquoted(after)))


def _unquoted(text: str) -> str:
    """`text` with its quoted passages blanked."""
    # Speed: most texts hold no quotation mark, and the substitution tries every character.
    return _QUOTED.sub(" ", text) if '"' in text or "“" in text or "”" in text else text


def reported(sentence: str, attributed: list[SourceRef]) -> bool:
    """The sentence attributes what it states (`attributed`: the outlets it credits in-sentence),
    so its dates are "reported"; the same for each of its dates, so a caller with several asks once."""
    # A hat tip credits where the writer saw the news; it does not attribute the date.
    if attributed and _HAT_TIP.search(sentence):
        attributed = sentence_attributions(_HAT_TIP.sub(" ", sentence))
    return bool(attributed or _ATTRIBUTION.search(sentence) or _SPEECH_TAG.search(sentence))


def hedged(sentence: str, date_text: str, date_start: int) -> bool:
    """The writer hedges the statement that holds the date: an unattributed date is then
    "speculative", else "confirmed"."""
    lo, hi = hedge_scope(sentence, date_start)
    return bool(_HEDGE.search(sentence[lo:hi].replace(date_text, " ")) or _CONDITIONAL.search(sentence, lo, date_start))


# Where a sentence joins two statements, each with its own verb: ", and season 2 would
# likely ...", " and is expected to wrap ...", "; ...", ", but ...". A concessive
# "although ..." leans on its main clause (and shares its hedges), so it is not one.
_JOINED = re.compile(   # every match starts with ",", ";" or a blank: the look-ahead says so first
    r"(?=[,;\s])(?:,\s+(?:and|but|so)\s+|;\s*|\s+[—–]\s+|"
    r"\s+(?:and|but)\s+(?=(?:is|are|was|were|will|would|could|should|may|might|has|have|had|is\s+now)\b))", re.I)


def hedge_scope(sentence: str, at: int) -> tuple[int, int]:
    """The statement of a sentence that holds offset `at`: a hedge in a joined statement
    about something else ("Filming began on June 16 and is expected to wrap in September")
    does not hedge this one. Attribution is not scoped: it covers the whole sentence."""
    lo, hi = 0, len(sentence)
    for match in _JOINED.finditer(sentence):
        if match.end() <= at:
            lo = match.end()
        elif match.start() >= at:
            hi = match.start()
            break
    return lo, hi

"""When something was said: a date that places a statement, a report or an interview in time
rather than the event it tells of ("Netflix announced on June 12 that ...", "In an interview on
February 2, Lane said ...", "according to a January 20 report"). Claims use these to tell the
date of the speech from the date claimed (a renewal's announcement is the renewal).
"""

from __future__ import annotations

import re

from aggregator.extract.caseless import Caseless
from aggregator.extract.claim_exclusions import families
from aggregator.extract.triggers import same_length_lower

# A date right after a speech verb is when something was said, not what was claimed:
# "Netflix announced this week that ...", "The actor said in April that ...".
_SPEECH_BEFORE = Caseless(re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|revealed|reveals|told \w+(?: [\w&]+){0,2}|tweeted|posted|"
    r"wrote|shared|teased|stated|explained|admitted|noted|added|reported|made it official|"
    # "revealed the season 2 premiere date at Tudum on September 24": when it was revealed
    r"(?:revealed|announced|confirmed|unveiled|shared|dropped)\s+the\s+(?:[\w-]+\s+){0,3}?(?:premiere|release|return|"
    r"launch)\s+dates?(?:\s+(?:at|during)\s+[^,;:]{1,40}?)?|"
    # "Prime Video announced Godavari Tales Season 3 at its slate event in Mumbai on 17th March"
    r"(?:announced|unveiled|revealed)\s+(?:[\w'’:+&-]+\s+){1,6}?(?:season|series|part)\s+\w+\s+(?:at|during)\s+"
    r"[^,;:]{1,50}?|"
    # "confirmed the premiere date of July 12, in a press release on May 20": when it was said
    r"(?:in|via|through)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:press\s+release|statement|post|"
    r"tweet|interview|announcement|letter|memo|newsletter)|"
    # "ABC will announce its fall premiere dates in mid-June": when dates are to be announced
    r"(?:will|to|['’]ll)\s+(?:announce|reveal|unveil|confirm|set)\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:premiere|release|return|launch|air)\s+dates?(?:\s+for\s+[^,;:]{1,40}?)?|"
    # "According to a broadcasting official on the 3rd, ..." (the Korean press)
    r"according\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:official|insider|source|representative|rep|"
    r"spokes(?:person|man|woman)|agency|label|producer)s?)\s+(?:(?:in|on|at|during|back|earlier|"
    r"last|this|late|early)\s+){0,2}$", re.I))
# A sentence that opens with its date and then says who spoke: "On January 7, 2026,
# Paramount+ announced the premiere date", "In August 2025, Screen Rant reported that ...".
_LEADING = re.compile(r"\s*(?:(?:back|earlier|later|then)\s+)?(?:on|in|at|during|by)?\s*", re.I)
_SPEECH_AFTER_LEAD = re.compile(
    r"\s*,\s*(?:[\w+&'’.-]+\s+){1,5}?(?:officially\s+|also\s+|first\s+)?(?:said|announced|confirmed|revealed|reported|"
    r"told|tweeted|posted|wrote|shared|stated|teased)\b", re.I)


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
    if "speech" not in families(sentence):
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
# A determiner or possessive right before a date: the date modifies the noun after it
# ("a January 20 report", "its January 2023 debut").
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|this|that|[\w’'.&+-]+['’]s?)\s+$", re.I)
_DETERMINERS = ("a", "an", "the", "its", "his", "her", "their", "this", "that")


def determiner_before(sentence: str, lo: int, hi: int) -> bool:
    """DETERMINER_BEFORE ends at `hi` (searched from `lo`)."""
    # Speed: the pattern backtracks through every word of the window; a match ends with one of
    # its words or holds an apostrophe, and most windows do neither.
    window = sentence[lo:hi]
    if "'" not in window and "’" not in window:
        low = same_length_lower(window)
        if low is not None and not low.rstrip().endswith(_DETERMINERS):
            return False
    return DETERMINER_BEFORE.search(sentence, lo, hi) is not None


def dates_a_source(sentence: str, start: int, end: int) -> bool:
    """The date is an attribute of a source named right after it ("a January 20 report")."""
    return determiner_before(sentence, max(0, start - 30), start) and \
        _SOURCE_NOUN_AFTER.match(sentence, end) is not None


def said_in_lead(sentence: str, start: int) -> bool:
    """The date stands in a fronted phrase of the occasion someone spoke at ("In a statement on
    February 2, Netflix said …"): the phrase runs to the first comma, and the sentence goes on
    to say what was said."""
    if "speech" not in families(sentence) or "," in sentence[:start]:
        return False
    lead = _OCCASION_LEAD.match(sentence)
    if lead is None or lead.start() > start:
        return False
    comma = sentence.find(",", start)
    return comma > 0 and "speech" in families(sentence[comma:])


def said_when(sentence: str, start: int, end: int | None = None) -> bool:
    """The date is when something was said ("Netflix announced on June 12 that ...", "In
    August 2025, Screen Rant reported that ...")."""
    # The anchored patterns only reach a few words back: search that window, not the sentence.
    if _SPEECH_BEFORE.search(sentence, max(0, start - 80), start) or said_at_event(sentence, start) \
            or said_in_lead(sentence, start) or (end is not None and dates_a_source(sentence, start, end)):
        return True
    return end is not None and _LEADING.fullmatch(sentence, 0, start) is not None \
        and _SPEECH_AFTER_LEAD.match(sentence, end) is not None


# "Animation Magazine reported last week that Netflix has ordered …": the report's date.
_REPORTED_BEFORE = re.compile(r"\breported\s+(?:\w+\s+){0,2}$", re.I)


def reported_when(sentence: str, start: int) -> bool:
    """The date follows "reported": when an outlet reported the news, not when it happened."""
    return _REPORTED_BEFORE.search(sentence, max(0, start - 30), start) is not None

"""The event-word needles never skip a window an event pattern would match in.

claims._event skips a pattern in a window that holds none of its needles
(event_words.EVENT_NEEDLES); a word added to a pattern but not to its needles would
silently lose claims. Every match of every pattern over the fixture sentences, and
every alternative on made-up text, must hold a needle.
"""

from __future__ import annotations

import re
import sys

from aggregator.extract.event_words import EVENT_NEEDLES, EVENT_PATTERNS
from aggregator.extract.triggers import same_length_lower
from tests.extract.test_triggers import _texts

# Text that makes each alternative of the event patterns match at least once.
_MADE_UP = (
    "The trailer, a teaser, the promo, a first-look, first look, the sizzle reel, a preview reel, a promotional "
    "video and the PV. Filming wrapped; the shoot ended; production finished; principal photography concluded; "
    "filming lasts through May; production runs until June; they wrapped filming; it has wrapped; the crew is "
    "scheduled to wrap. Cameras rolled; filming began; production kicked off; begin filming; start shooting. "
    "It was renewed, green-lit, greenlighted, picked up, ordered, order a season, a season two pickup, a "
    "pick-up for more, recommissioned, commissioned. The finale, the final episode, the last episode, it "
    "concludes, finished, ends, ended, weekly through May, wraps up its run. It premieres, releases, debuts, "
    "arrives, arrival, returns, drops, airs, lands, hits Netflix, hit screens, streams, launches, will come "
    "out, comes out, came out, out on, available, bows, back on, coming, out in, out by, expected, slated, set "
    "for, targeting, the season opens, on our screens, follows, is back in May, wait until, starts on, begins "
    "streaming, pencilled in, scheduled for, slotted, predicts, promised, pushed back to May, expect the new "
    "season, at the earliest, is the earliest, our best guess is, my bet is."
)


def test_needles_cover_every_match() -> None:
    texts = (*_texts(), _MADE_UP)
    seen: dict[str, int] = {}
    for event, pattern in EVENT_PATTERNS:
        for text in texts:
            low = same_length_lower(text)
            assert low is not None or "İ" in text
            for match in pattern.finditer(text):
                seen[event] = seen.get(event, 0) + 1
                window = (low or text.lower())[match.start():match.end()]
                assert any(n in window for n in EVENT_NEEDLES[event]), (event, match.group())
    assert all(seen.get(event, 0) >= 5 for event, _ in EVENT_PATTERNS), seen


def test_same_length_lower_keeps_ignorecase_letters() -> None:
    assert same_length_lower("Season İnterview ſ ı K") == "season interview s i k"
    # Every character re.IGNORECASE takes for an ASCII letter lowers to that letter.
    ascii_letter = re.compile("[a-z]", re.I)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if ascii_letter.fullmatch(char):
            low = same_length_lower(char)
            assert low is not None and "a" <= low <= "z" and re.fullmatch(low, char, re.I), hex(code)

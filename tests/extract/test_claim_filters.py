"""The needles of claim_filters' before-the-date rules never skip a window a rule would match in.

not_a_claim runs a `_BEFORE_DATE` pattern only on a window that holds one of its words; a
word added to a pattern but not to its needles would silently keep dates it should drop.
Every match of every pattern over the fixture sentences, and on made-up text that makes each
alternative match, must hold a needle.
"""

from __future__ import annotations

from datetime import date

from aggregator.extract.claim_filters import _BEFORE_DATE
from aggregator.extract.dates import find_dates
from aggregator.extract.triggers import same_length_lower
from tests.extract.test_triggers import _texts

_MADE_UP = (
    "a reel from the, clip dated, As of, As at, the highest since the, first time in years since its, first "
    "reported the talks in, initially revealed it back in, exclusively broke the news on, the Emmys on, Emmy "
    "Awards set for, Golden Globes in, the ceremony, which is scheduled for, Upfronts this, the Oscars next, "
    "BAFTAs on, Peabodys in, returns to the canvas as Danny Rourke on, is back as Mia on, renewed the show "
    "through the end of, renewal until, hearing is set for, trials scheduled on, sentencing set for, "
    "arraignment due on, retrial now slated for, execution set for, appeals pencilled in for, convicted in, "
    "arrested on, charged in, sentenced on, exonerated in, acquitted on, paroled in, indicted on, killed in, "
    "murdered on, disappeared in, vanished on, found dead in, co-host since, contract since, in theaters on, "
    "to cinemas in, panel on"
)


def _ends(text: str) -> list[int]:
    """Where a date may start in the text: after each blank of made-up text, at each date
    of a fixture sentence (as not_a_claim asks)."""
    if text.endswith(" "):
        return [end for end in range(1, len(text) + 1) if text[end - 1] == " "]
    return [m.start for m in find_dates(text, date(2025, 6, 1))]


def test_before_date_needles_cover_every_match() -> None:
    texts = (*_texts(), *(part + " " for part in _MADE_UP.split(", ")))
    seen = [0] * len(_BEFORE_DATE)
    for text in texts:
        low = same_length_lower(text) or text.lower()
        for end in _ends(text):
            for index, (pattern, reach, needles) in enumerate(_BEFORE_DATE):
                match = pattern.search(text, max(0, end - reach), end)
                if match is not None:
                    seen[index] += 1
                    assert any(n in low[match.start():match.end()] for n in needles), (pattern, match.group())
    assert all(count >= 1 for count in seen), seen

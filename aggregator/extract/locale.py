"""What an outlet's country says about how it writes dates.

A page gives its country through its registrable domain's country-code suffix
("squareeyes.com.au", "bbc.co.uk"); a generic ".com" says nothing, and the US
defaults (month-first numeric dates, northern seasons) apply (fixtures/CONVENTIONS.md,
"Dates").
"""

from __future__ import annotations

from dataclasses import dataclass

# Countries whose numeric dates put the day first ("2/6/2027" = 2 June): nearly every
# country but the US; listed are those whose outlets write English or are in the registry.
_DAY_FIRST = frozenset(["uk", "au", "nz", "ie", "in", "za", "br", "es", "pt", "fr", "de", "it", "nl", "mx", "ar",
                        "cl", "co", "pe", "sg", "my", "ph", "pk", "ng", "ke"])
# Where "summer" is December to February. Brazil's outlets rarely date by season (most of
# the country is tropical), so only the temperate south is listed.
_SOUTHERN = frozenset(["au", "nz", "za", "ar", "cl"])


@dataclass(frozen=True, slots=True)
class DateLocale:
    """How a page writes dates: day-first numerals, southern-hemisphere seasons."""

    day_first: bool = False
    southern: bool = False


def date_locale(domain: str | None) -> DateLocale:
    """The date conventions of an outlet's registrable domain ("squareeyes.com.au")."""
    suffix = (domain or "").rsplit(".", 1)[-1].lower()
    return DateLocale(day_first=suffix in _DAY_FIRST, southern=suffix in _SOUTHERN)

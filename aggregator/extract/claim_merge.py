"""The page's claims as a whole: what one claim says of another.

Filming dated after its season aired belongs to the next season, and claims of one season
and event whose ranges nest are one claim, the most precise (SCORING.md, fixtures/CONVENTIONS.md).
"""

from __future__ import annotations

from datetime import date

from aggregator.items import ReleaseClaim


def later_production(claims: list[ReleaseClaim], page_season: int | None) -> list[ReleaseClaim]:
    """Filming of an earlier season that the page dates after that season was already on air
    ("… the first season's finale on 20 April. Production began in Vancouver on 6 July.") is
    the filming of the page's season: a season is not shot after it airs."""
    if not page_season:
        return claims
    aired: dict[int, date] = {}
    for claim in claims:
        if claim.event in ("premiere", "finale") and claim.season and claim.season < page_season:
            first = aired.get(claim.season)
            aired[claim.season] = claim.when.date_to if first is None else min(first, claim.when.date_to)
    for claim in claims:
        if claim.event in ("production_start", "production_end") and claim.season in aired \
                and claim.when.date_from > aired[claim.season]:
            claim.season = page_season
    return claims


def collapse(claims: list[ReleaseClaim]) -> list[ReleaseClaim]:
    """Merge claims of one season and event whose ranges nest, keeping the most precise
    (at the position of the first); identical ranges keep the first statement."""
    kept: list[ReleaseClaim] = []
    for claim in claims:
        merged = False
        for i, other in enumerate(kept):
            if other.season != claim.season or other.event != claim.event:
                continue
            if other.when.contains(claim.when):
                if claim.when.width < other.when.width:
                    claim.cites = list(dict.fromkeys(claim.cites + other.cites))
                    kept[i] = claim
                else:
                    other.cites = list(dict.fromkeys(other.cites + claim.cites))
                merged = True
                break
            if claim.when.contains(other.when):
                other.cites = list(dict.fromkeys(other.cites + claim.cites))
                merged = True
                break
        if not merged:
            kept.append(claim)
    return kept

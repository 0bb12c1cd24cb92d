"""The show page's timeline chart, as a Vega-Lite spec built with Altair.

x is when a claim was said, y the date it claimed; a claimed range is drawn as
a vertical band from its first to its last day, each outlet has its colour, and
certainty is the line style (confirmed solid, reported dashed, speculative
dotted). The spec carries its data inline; the browser renders it with the
vendored vega-embed (static/vendor), so no chart code is hand-drawn SVG.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import altair as alt

CERTAINTY_ORDER = ["confirmed", "reported", "speculative"]
CERTAINTY_DASH = [[1, 0], [6, 3], [1, 3]]
CERTAINTY_OPACITY = [1.0, 0.8, 0.55]


def _day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def timeline_rows(claims: list[dict[str, Any]], link: Callable[[dict[str, Any]], str] | None = None
                  ) -> list[dict[str, Any]]:
    """The chart's data: one row per claim, dates as ISO days (the band ends a day after date_to)."""
    rows = []
    for claim in claims:
        date_to = claim["date_to"]
        rows.append({
            "claim_id": claim["claim_id"],
            "said": _day(claim["said_at"]),
            "from": _day(claim["date_from"]),
            # Draw the band to the end of its last day so a one-day claim is visible too.
            "to": _day(date_to + timedelta(days=1)) if date_to is not None else None,
            "claimed": _claimed(claim),
            "outlet": (claim.get("outlet") or {}).get("name") or (claim.get("outlet") or {}).get("domain"),
            "event": claim.get("event"),
            "season": claim.get("season"),
            "precision": claim.get("precision"),
            "certainty": claim.get("certainty"),
            "sentence": claim.get("text"),
            "link": link(claim) if link else None,
        })
    return rows


def _claimed(claim: dict[str, Any]) -> str:
    start, end = _day(claim["date_from"]), _day(claim["date_to"])
    return start if start == end else f"{start} … {end}"


def timeline_spec(claims: list[dict[str, Any]], title: str,
                  link: Callable[[dict[str, Any]], str] | None = None) -> dict[str, Any] | None:
    """A Vega-Lite spec (dict) of the claims' timeline, or None when there is nothing to draw.

    `link(claim)` gives each mark's href (the claim page), so a click opens the evidence.
    """
    rows = timeline_rows(claims, link)
    if not rows:
        return None
    data = alt.Data(values=rows)
    certainty = alt.Scale(domain=CERTAINTY_ORDER)
    tooltip = [
        alt.Tooltip("outlet:N", title="outlet"),
        alt.Tooltip("said:T", title="said on"),
        alt.Tooltip("claimed:N", title="claimed"),
        alt.Tooltip("event:N"),
        alt.Tooltip("precision:N"),
        alt.Tooltip("certainty:N"),
        alt.Tooltip("sentence:N"),
    ]
    base = alt.Chart(data).encode(
        x=alt.X("said:T", title="when it was said"),
        color=alt.Color("outlet:N", title="outlet", legend=alt.Legend(orient="bottom", columns=4)),
        tooltip=tooltip,
        href=alt.Href("link:N"),
    )
    band = base.mark_rule(strokeWidth=7).encode(
        y=alt.Y("from:T", title="date claimed"),
        y2="to:T",
        strokeDash=alt.StrokeDash("certainty:N", scale=alt.Scale(domain=CERTAINTY_ORDER, range=CERTAINTY_DASH),
                                  title="certainty"),
        opacity=alt.Opacity("certainty:O", scale=alt.Scale(domain=CERTAINTY_ORDER, range=CERTAINTY_OPACITY),
                            legend=None),
    )
    start = base.mark_point(filled=True, size=90).encode(
        y="from:T",
        shape=alt.Shape("certainty:N", scale=certainty, title="certainty"),
    )
    chart = alt.layer(band, start).properties(
        title=title, width="container", height=320,
    ).configure_view(stroke=None)
    return chart.to_dict()

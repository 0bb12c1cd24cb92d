"""The HTML pages: search, show/season, claim, saved page, outlet, citations.

Server-rendered with Jinja2 (autoescaped: every scraped string is escaped), so
everything works without JavaScript except the timeline chart, whose data the
claims table repeats.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from aggregator.web import views
from aggregator.web.api import (
    CitationTable,
    ClaimId,
    Conn,
    Filter,
    OutletKey,
    OutletTable,
    PageNo,
    PerPage,
    Season,
    ShowName,
    ShowTable,
    citation_tables,
)
from aggregator.web.app import html
from aggregator.web.charts import timeline_spec
from aggregator.web.saved import SAVED_PAGE_CSP, clean_html, find_saved, page_title
from aggregator.web.tables import DEFAULT_PER_PAGE, paginate

router = APIRouter(include_in_schema=False)

PREVIEW_ROWS = 10


@router.get("/", response_class=HTMLResponse)
def index(request: Request, conn: Conn, q: Annotated[str, Query(max_length=300)] = "") -> Response:
    if not q.strip():
        return html(request, "index.html", {"q": ""})
    found = views.search(conn, q)
    if found["match"] is not None:
        return RedirectResponse(found["match"]["href"], status_code=303)
    return html(request, "index.html", {"q": q, "no_match": True}, status_code=404)


def _canonical(request: Request, show, name: str) -> Response | None:  # type: ignore[no-untyped-def]
    """Redirect a misspelt or loose show segment to the canonical slug."""
    canonical = views.slug(show.title)
    if name == canonical:
        return None
    url = request.url.replace(path=request.url.path.replace(f"/shows/{name}", f"/shows/{canonical}", 1))
    return RedirectResponse(str(url), status_code=307)


@router.get("/shows/{name}", response_class=HTMLResponse)
def show_page(request: Request, conn: Conn, name: ShowName, season: Season = None, page: PageNo = 1,
              per_page: PerPage = DEFAULT_PER_PAGE) -> Response:
    show = views.resolve_show(conn, name)
    if (redirect := _canonical(request, show, name)) is not None:
        return redirect
    overview = views.show_overview(conn, show, season)
    timeline = overview["timeline"]
    builders = views.show_tables(conn, show, season, timeline, overview["seasons"])
    tables = {key: build() for key, build in builders.items()}
    return html(request, "show.html", {
        **overview,
        "chart": timeline_spec(timeline, _title(show.title, season),
                               lambda c: views.claim_path(show, c["claim_id"])),
        "claims": tables.pop("claims"),
        "claims_page": paginate(timeline, page, per_page),
        "tables": tables,
        "preview_rows": PREVIEW_ROWS,
        "season_qs": {"season": season} if season is not None else {},
    })


def _title(title: str, season: int | None) -> str:
    return f"{title}, season {season}" if season is not None else title


@router.get("/shows/{name}/{table}", response_class=HTMLResponse)
def show_table(request: Request, conn: Conn, name: ShowName, table: ShowTable, season: Season = None,
               page: PageNo = 1, per_page: PerPage = DEFAULT_PER_PAGE) -> Response:
    show = views.resolve_show(conn, name)
    if (redirect := _canonical(request, show, name)) is not None:
        return redirect
    built = views.show_tables(conn, show, season)[table.value]()
    return html(request, "table.html", {
        "heading": f"{_title(show.title, season)}: {built.title}",
        "back": views.show_path(show, season), "table": built,
        "rows": paginate(built.rows or [], page, per_page),
        "csv": f"/api/shows/{views.slug(show.title)}/{table.value}.csv"
               + (f"?season={season}" if season is not None else ""),
    })


@router.get("/shows/{name}/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, conn: Conn, name: ShowName, claim_id: ClaimId, page: PageNo = 1,
               per_page: PerPage = DEFAULT_PER_PAGE) -> Response:
    show = views.resolve_show(conn, name)
    if (redirect := _canonical(request, show, name)) is not None:
        return redirect
    detail = views.claim_detail(conn, request.app.state.stores, show, claim_id)
    revisions = detail["revisions"]
    return html(request, "claim.html", {
        **detail,
        "show_href": views.show_path(show, detail["claim"].get("season")),
        "revision_rows": paginate(revisions.rows or [], page, per_page),
        "revisions_csv": f"/api/shows/{views.slug(show.title)}/claims/{claim_id}/revisions.csv",
    })


SavedQuery = Annotated[str, Query(min_length=1, max_length=4000)]
HashQuery = Annotated[str, Query(pattern="^[0-9a-f]{64}$")]


def _saved(request: Request, conn, url: str, digest: str, at: datetime | None):  # type: ignore[no-untyped-def]
    return find_saved(views.known_stores(conn, request.app.state.stores), url, at, digest)


@router.get("/saved", response_class=HTMLResponse)
def saved_page(request: Request, conn: Conn, url: SavedQuery, hash: HashQuery, at: datetime | None = None) -> Response:
    """The saved copy inside a sandboxed iframe, with where it came from."""
    copy = _saved(request, conn, url, hash, at)
    return html(request, "saved.html", {
        "url": url, "hash": hash, "at": at, "copy": copy,
        "title": page_title(copy.body) if copy else None,
        "raw": views.saved_path(url, at, hash, raw=True),
    }, status_code=200 if copy else 404)


@router.get("/saved/raw")
def saved_raw(request: Request, conn: Conn, url: SavedQuery, hash: HashQuery, at: datetime | None = None) -> Response:
    """The saved page itself, scripts stripped, under a CSP that forbids running anything."""
    copy = _saved(request, conn, url, hash, at)
    headers = {"Content-Security-Policy": SAVED_PAGE_CSP, "X-Content-Type-Options": "nosniff",
               "Cache-Control": "no-store"}
    if copy is None:
        return HTMLResponse("<p>Saved copy not available.</p>", status_code=404, headers=headers)
    return HTMLResponse(clean_html(copy.body), headers=headers)


@router.get("/outlets/{key}", response_class=HTMLResponse)
def outlet_page(request: Request, conn: Conn, key: OutletKey) -> Response:
    outlet = views.resolve_outlet(conn, key)
    builders = views.outlet_tables(conn, outlet)
    return html(request, "outlet.html", {
        "outlet": outlet, "key": key, "tables": {k: b() for k, b in builders.items()},
        "preview_rows": PREVIEW_ROWS,
    })


@router.get("/outlets/{key}/{table}", response_class=HTMLResponse)
def outlet_table(request: Request, conn: Conn, key: OutletKey, table: OutletTable, page: PageNo = 1,
                 per_page: PerPage = DEFAULT_PER_PAGE) -> Response:
    outlet = views.resolve_outlet(conn, key)
    built = views.outlet_tables(conn, outlet)[table.value]()
    return html(request, "table.html", {
        "heading": f"{outlet['name']}: {built.title}", "back": f"/outlets/{quote(key, safe='')}",
        "table": built, "rows": paginate(built.rows or [], page, per_page),
        "csv": f"/api/outlets/{quote(key, safe='')}/{table.value}.csv",
    })


def _filters(show: str | None, outlet: str | None) -> str:
    query = {k: v for k, v in {"show": show, "outlet": outlet}.items() if v}
    return f"?{urlencode(query)}" if query else ""


@router.get("/citations", response_class=HTMLResponse)
def citations_page(request: Request, conn: Conn, show: Filter = None, outlet: Filter = None) -> Response:
    builders = citation_tables(conn, show, outlet)
    return html(request, "citations.html", {
        "tables": {k: b() for k, b in builders.items()}, "preview_rows": PREVIEW_ROWS,
        "filters": {"show": show or "", "outlet": outlet or ""}, "qs": _filters(show, outlet),
    })


@router.get("/citations/{table}", response_class=HTMLResponse)
def citations_table(request: Request, conn: Conn, table: CitationTable, show: Filter = None,
                    outlet: Filter = None, page: PageNo = 1, per_page: PerPage = DEFAULT_PER_PAGE) -> Response:
    built = citation_tables(conn, show, outlet)[table.value]()
    qs = _filters(show, outlet)
    return html(request, "table.html", {
        "heading": built.title + (f" ({', '.join(v for v in (show, outlet) if v)})" if show or outlet else ""),
        "back": "/citations" + qs, "table": built, "rows": paginate(built.rows or [], page, per_page),
        "csv": f"/api/citations/{table.value}.csv{qs}",
    })

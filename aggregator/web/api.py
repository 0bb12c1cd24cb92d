"""The JSON API under /api/: every page's data, paginated, with a CSV twin of every table.

Described by /api/openapi.json (FastAPI generates it from these signatures).
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Connection

from aggregator.web import views
from aggregator.web.app import connection
from aggregator.web.charts import timeline_spec
from aggregator.web.tables import DEFAULT_PER_PAGE, MAX_PER_PAGE, Table, table_page, to_csv

router = APIRouter(prefix="/api", tags=["api"])

Conn = Annotated[Connection, Depends(connection)]
Season = Annotated[int | None, Query(ge=0, le=10_000, description="Only this season.")]
PageNo = Annotated[int, Query(ge=1, le=1_000_000, description="1-based page number.")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Rows per page.")]
ShowName = Annotated[str, Path(min_length=1, max_length=300, description="Show slug or (misspelt) title.")]
ClaimId = Annotated[int, Path(ge=1, le=2**62)]
OutletKey = Annotated[str, Path(min_length=1, max_length=300, description="Outlet domain, or name:NAME.")]


class ShowTable(str, Enum):
    claims = "claims"
    first = "first"
    consensus = "consensus"
    consensus_history = "consensus_history"
    facts = "facts"


class OutletTable(str, Enum):
    claims = "claims"
    credits = "credits"
    credited_by = "credited_by"
    scorecard = "scorecard"


class CitationTable(str, Enum):
    credits = "credits"
    uncredited = "uncredited"


def jsonable(data: Any) -> JSONResponse:
    return JSONResponse(views.jsonable(data))


def csv_response(table: Table, filename: str) -> Response:
    if not table.available:
        return JSONResponse({"detail": f"{table.title}: not available ({table.missing} is missing)"},
                            status_code=404)
    return Response(to_csv(table), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'})


@router.get("/search", summary="The show a (possibly misspelt) title means")
def api_search(conn: Conn, q: Annotated[str, Query(max_length=300)] = "") -> JSONResponse:
    return jsonable(views.search(conn, q))


@router.get("/shows/{name}", summary="A show (one season or all): timeline chart spec and tables")
def api_show(conn: Conn, name: ShowName, season: Season = None, page: PageNo = 1,
             per_page: PerPage = DEFAULT_PER_PAGE) -> JSONResponse:
    show = views.resolve_show(conn, name)
    overview = views.show_overview(conn, show, season)
    timeline = overview.pop("timeline")
    tables = views.show_tables(conn, show, season, timeline, overview["seasons"])
    return jsonable({
        **overview,
        "chart": timeline_spec(timeline, show.title, lambda c: views.claim_path(show, c["claim_id"])),
        "tables": {name: table_page(build(), page, per_page) for name, build in tables.items()},
    })


@router.get("/shows/{name}/{table}.csv", summary="One of a show's tables, every row, as CSV",
            response_class=Response)
def api_show_table_csv(conn: Conn, name: ShowName, table: ShowTable, season: Season = None) -> Response:
    show = views.resolve_show(conn, name)
    built = views.show_tables(conn, show, season)[table.value]()
    suffix = f"-season-{season}" if season is not None else ""
    return csv_response(built, f"{views.slug(show.title)}{suffix}-{table.value}")


@router.get("/shows/{name}/{table}", summary="One of a show's tables, paginated")
def api_show_table(conn: Conn, name: ShowName, table: ShowTable, season: Season = None, page: PageNo = 1,
                   per_page: PerPage = DEFAULT_PER_PAGE) -> JSONResponse:
    show = views.resolve_show(conn, name)
    return jsonable(table_page(views.show_tables(conn, show, season)[table.value](), page, per_page))


@router.get("/shows/{name}/claims/{claim_id}", summary="One claim with its evidence and revision history")
def api_claim(request: Request, conn: Conn, name: ShowName, claim_id: ClaimId, page: PageNo = 1,
              per_page: PerPage = DEFAULT_PER_PAGE) -> JSONResponse:
    show = views.resolve_show(conn, name)
    detail = views.claim_detail(conn, request.app.state.stores, show, claim_id)
    detail["revisions"] = table_page(detail["revisions"], page, per_page)
    return jsonable(detail)


@router.get("/shows/{name}/claims/{claim_id}/revisions.csv", summary="A claim's revision history as CSV",
            response_class=Response)
def api_claim_revisions_csv(conn: Conn, name: ShowName, claim_id: ClaimId) -> Response:
    show = views.resolve_show(conn, name)
    claim = views.find_claim(conn, show, claim_id)
    return csv_response(views.claim_revisions(conn, show, claim), f"claim-{claim_id}-revisions")


@router.get("/outlets/{key}", summary="An outlet: its claims, whom it credits, who credits it, its scorecard")
def api_outlet(conn: Conn, key: OutletKey, page: PageNo = 1, per_page: PerPage = DEFAULT_PER_PAGE) -> JSONResponse:
    outlet = views.resolve_outlet(conn, key)
    tables = views.outlet_tables(conn, outlet)
    return jsonable({"outlet": outlet,
                     "tables": {name: table_page(build(), page, per_page) for name, build in tables.items()}})


@router.get("/outlets/{key}/{table}.csv", summary="One of an outlet's tables as CSV", response_class=Response)
def api_outlet_table_csv(conn: Conn, key: OutletKey, table: OutletTable) -> Response:
    outlet = views.resolve_outlet(conn, key)
    built = views.outlet_tables(conn, outlet)[table.value]()
    return csv_response(built, f"{views.slug(outlet['name'])}-{table.value}")


@router.get("/outlets/{key}/{table}", summary="One of an outlet's tables, paginated")
def api_outlet_table(conn: Conn, key: OutletKey, table: OutletTable, page: PageNo = 1,
                     per_page: PerPage = DEFAULT_PER_PAGE) -> JSONResponse:
    outlet = views.resolve_outlet(conn, key)
    return jsonable(table_page(views.outlet_tables(conn, outlet)[table.value](), page, per_page))


Filter = Annotated[str | None, Query(max_length=300, description="A show title, or an outlet name/domain.")]


def citation_tables(conn: Connection, show: str | None, outlet: str | None):  # type: ignore[no-untyped-def]
    """The citation tables in the scope the filters name (404 when a filter names nothing)."""
    match = views.resolve_show(conn, show) if show else None
    found = views.resolve_outlet(conn, outlet) if outlet else None
    return views.citation_tables(conn, match, found)


@router.get("/citations", summary="Who credits whom, and who repeated a claim without credit")
def api_citations(conn: Conn, show: Filter = None, outlet: Filter = None, page: PageNo = 1,
                  per_page: PerPage = DEFAULT_PER_PAGE) -> JSONResponse:
    tables = citation_tables(conn, show, outlet)
    return jsonable({"show": show, "outlet": outlet,
                     "tables": {name: table_page(build(), page, per_page) for name, build in tables.items()}})


@router.get("/citations/{table}.csv", summary="A citation table as CSV", response_class=Response)
def api_citations_csv(conn: Conn, table: CitationTable, show: Filter = None, outlet: Filter = None) -> Response:
    return csv_response(citation_tables(conn, show, outlet)[table.value](), f"citations-{table.value}")


@router.get("/citations/{table}", summary="A citation table, paginated")
def api_citations_table(conn: Conn, table: CitationTable, show: Filter = None, outlet: Filter = None,
                        page: PageNo = 1, per_page: PerPage = DEFAULT_PER_PAGE) -> JSONResponse:
    return jsonable(table_page(citation_tables(conn, show, outlet)[table.value](), page, per_page))

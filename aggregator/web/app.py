"""The read-only web UI and JSON API (FastAPI + Jinja2, served by uvicorn).

`create_app` wires a read-only engine (readonly.py), the HTML pages (pages.py),
the JSON/CSV API under /api/ (api.py, described by /api/openapi.json) and the
vendored chart JavaScript (static/). Every response carries security headers;
the saved-page route sets its own, stricter policy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import unquote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection, Engine

from aggregator.web.readonly import readonly_engine
from aggregator.web.tables import cell, display_time
from aggregator.web.views import NotFound

HERE = Path(__file__).parent

# The app's own pages: only our own scripts (the vendored chart libraries and chart.js).
# Styles may be inline because vega-embed's tooltip injects a <style>; scraped text is
# always escaped, so it cannot smuggle styles or scripts in.
APP_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
)

templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals["cell"] = cell
templates.env.filters["when"] = lambda v: display_time(v) if isinstance(v, datetime) else (v or "")


def _version() -> str:
    try:
        return version("aggregator")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


def create_app(db_url: str | None = None, *, stores: Sequence[str | Path] = (),
               engine: Engine | None = None) -> FastAPI:
    """The ASGI app over the claim database at `db_url` (opened read-only).

    `stores` are saved-page store directories searched for a revision's saved
    copy, after the store each crawl recorded as its source.
    """
    from aggregator.web import api, pages

    app = FastAPI(
        title="aggregator",
        version=_version(),
        description="Read-only access to the claim database: shows, claims with their evidence, "
                    "outlets and who credits whom. Every list is paginated; every table has a CSV twin.",
        openapi_url="/api/openapi.json",
        # The interactive docs load their JavaScript from a CDN; the OpenAPI document is enough.
        docs_url=None, redoc_url=None,
    )
    app.state.engine = engine or readonly_engine(db_url)
    app.state.stores = [str(s) for s in stores]
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        raw = unquote(request.url.path) + unquote(request.url.query)
        if "\x00" in raw:  # no database takes NUL in text; say so instead of failing
            return PlainTextResponse("NUL bytes are not allowed in URLs", status_code=400)
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", APP_CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):  # type: ignore[no-untyped-def]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        return templates.TemplateResponse(request, "error.html", {"message": str(exc)}, status_code=404)

    return app


def connection(request: Request) -> Iterator[Connection]:
    """A read-only connection for one request (FastAPI dependency)."""
    with request.app.state.engine.connect() as conn:
        yield conn


def html(request: Request, template: str, context: dict, status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status_code)

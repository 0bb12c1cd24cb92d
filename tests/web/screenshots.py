"""Screenshots of the main pages for docs/ (PNG), taken in the system Chromium.

    python -m tests.web.screenshots docs/ --db sqlite:///var/aggregator.db --store fixtures/sites

Without --db it builds the web tests' small database (tests/web/conftest.py) in a
temporary folder. Not a test: run it by hand when the pages change.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from tests.web.browser import launch, live_server


def capture(base: str, out: Path, show: str = "star trek picard", season: int = 2) -> list[Path]:
    """search → show → claim → saved page, outlet and citations; one PNG each."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900})

        def shot(name: str, full: bool = True) -> None:
            path = out / f"web-{name}.png"
            page.screenshot(path=str(path), full_page=full)
            shots.append(path)

        page.goto(base + "/")
        page.get_by_label("Show title").fill(show)
        shot("search", full=False)
        page.get_by_role("button", name="Find").click()
        page.wait_for_url(re.compile(r"/shows/"))
        page.get_by_role("link", name=f"Season {season}", exact=True).click()
        page.wait_for_selector("#timeline[data-rendered='true'] svg", timeout=15000)
        shot("show", full=False)
        page.locator("table[data-table='claims'] td.c-claimed a").first.click()
        page.wait_for_url(re.compile(r"/claims/\d+$"))
        shot("claim")
        outlet = page.locator("dl.facts dd a").first.get_attribute("href")
        if page.get_by_role("link", name="View the saved page").count():
            page.get_by_role("link", name="View the saved page").click()
            page.wait_for_url(re.compile(r"/saved\?"))
            shot("saved", full=False)
        if outlet:
            page.goto(base + outlet)
            shot("outlet")
        page.goto(base + "/citations")
        shot("citations")
        browser.close()
    return shots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=Path("docs"))
    parser.add_argument("--db", help="database URL (default: the web tests' small database)")
    parser.add_argument("--store", action="append", default=[], help="saved-page store directory")
    args = parser.parse_args()
    from aggregator.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db, stores = args.db, args.store
        if db is None:
            from tests.web.conftest import build_site

            site = build_site(Path(tmp), f"sqlite:///{tmp}/claims.db")
            db, stores = site.db_url, [site.store]
        with live_server(create_app(db, stores=stores)) as base:
            for path in capture(base, args.out):
                print(path)


if __name__ == "__main__":
    main()

"""A person's path through the web UI in a real headless Chromium (Debian's package).

search → show → claim → saved page, asserting what is on screen; the hostile
fixture page executes nothing anywhere (no dialog, no window flag, in the page
or the sandboxed iframe); and the pages work with JavaScript turned off.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import skip_or_fail
from tests.web.browser import CHROMIUM, launch, live_server
from tests.web.conftest import DEADLINE_SENTENCE, XSS_SENTENCE


@pytest.fixture(scope="module")
def base_url(app):
    with live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        skip_or_fail(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()


@pytest.fixture
def watched(browser):
    """A page whose dialogs, page errors and console errors are recorded (dialogs dismissed)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.events = {"dialogs": [], "errors": [], "console": []}  # type: ignore[attr-defined]

    def on_dialog(dialog):  # type: ignore[no-untyped-def]
        page.events["dialogs"].append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: page.events["errors"].append(str(exc)))  # type: ignore[attr-defined]
    page.on("console", lambda msg: page.events["console"].append(msg.text)  # type: ignore[attr-defined]
            if msg.type == "error" else None)
    yield page
    context.close()


def test_search_show_claim_saved_page(watched, base_url):
    page = watched
    page.goto(base_url + "/")
    page.get_by_label("Show title").fill("star trek picrd")
    page.get_by_role("button", name="Find").click()
    page.wait_for_url(re.compile(r"/shows/star-trek-picard$"))
    assert page.locator("h1").inner_text() == "Star Trek: Picard"

    page.get_by_role("link", name="Season 2").click()
    page.wait_for_url(re.compile(r"season=2"))
    assert page.locator("h1").inner_text() == "Star Trek: Picard, season 2"
    # The chart is drawn by the vendored Vega: an SVG with one mark group per layer.
    page.wait_for_selector("#timeline[data-rendered='true'] svg", timeout=15000)
    assert page.locator("#timeline svg .mark-rule path, #timeline svg .mark-rule line").count() >= 6
    assert page.locator("#timeline").get_attribute("data-error") is None
    assert not page.get_by_text("The chart needs JavaScript").is_visible()
    assert page.locator("section#first").get_by_text("Deadline").first.is_visible()

    claims = page.locator("table[data-table='claims']")
    deadline_row = claims.locator("tbody tr").filter(
        has=page.locator("td.c-outlet-name", has_text=re.compile(r"^\s*Deadline\s*$")))
    deadline_row.get_by_role("link", name="2022-02-17").click()
    page.wait_for_url(re.compile(r"/claims/\d+$"))
    assert page.locator("h1").inner_text() == "Deadline: premiere 2022-02-17"
    assert page.locator("blockquote.context mark").inner_text() == DEADLINE_SENTENCE
    assert "confirmed" in page.locator("dl.facts").inner_text()
    assert page.locator("#revisions table tbody tr").count() == 1

    page.get_by_role("link", name="View the saved page").click()
    page.wait_for_url(re.compile(r"/saved\?"))
    frame_element = page.locator("iframe.saved")
    assert frame_element.get_attribute("sandbox") == ""
    frame = page.frame_locator("iframe.saved")
    assert frame.locator("h1").inner_text() == "Picard season 2 sets premiere date"
    assert DEADLINE_SENTENCE in frame.locator("body").inner_text()
    assert page.events["errors"] == []  # type: ignore[attr-defined]


def _flags(page) -> list[object]:  # type: ignore[no-untyped-def]
    """window.__xss in the page and in the saved-page frame (set by any payload that ran)."""
    frames = [page.main_frame] + [f for f in page.frames if "/saved/raw" in f.url]
    return [frame.evaluate("() => window.__xss") for frame in frames]


def test_hostile_page_executes_nothing(watched, base_url, site):
    page = watched
    claim_id = site.claim_ids()[XSS_SENTENCE]
    page.goto(f"{base_url}/shows/star-trek-picard?season=2")
    page.wait_for_selector("#timeline[data-rendered='true']", timeout=15000)
    assert _flags(page) == [None]
    page.goto(f"{base_url}/shows/star-trek-picard/claims/{claim_id}")
    heading = page.locator("h1").inner_text()
    assert heading.startswith('Evil <script>window.__xss="outlet"</script> News')  # shown as text
    assert "<script>" in page.locator("blockquote.context").inner_text()
    page.get_by_role("link", name="View the saved page").click()
    page.wait_for_url(re.compile(r"/saved\?"))
    frame = page.frame_locator("iframe.saved")
    assert "Star Trek: Picard season 2 will premiere in March 2022" in frame.locator("body").inner_text()
    # Clicking the page's (neutralized) javascript: link does nothing either.
    frame.locator("#jslink").click()
    page.wait_for_timeout(300)
    assert page.events["dialogs"] == []  # type: ignore[attr-defined]
    assert _flags(page)[:2] == [None, None]
    assert len(page.frames) == 2  # the saved page's own <iframe> was removed
    assert page.locator("dd.saved-title").inner_text().startswith("Picard S2 <script>")


def test_works_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(base_url + "/")
        page.get_by_label("Show title").fill("picard")
        page.get_by_role("button", name="Find").click()
        page.wait_for_url(re.compile(r"/shows/star-trek-picard$"))
        assert page.get_by_text("The chart needs JavaScript").is_visible()
        page.locator("table[data-table='claims'] tbody tr").first.get_by_role("link").nth(1).click()
        page.wait_for_url(re.compile(r"/claims/\d+$"))
        assert page.locator("blockquote.context mark").is_visible()
        page.goto(base_url + "/shows/star-trek-picard/claims?per_page=2")
        page.get_by_role("link", name="next →").click()
        assert "page 2 of" in page.locator("nav.pager").inner_text()
    finally:
        context.close()

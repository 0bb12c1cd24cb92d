"""The replay spider's link reading: same links as Scrapy's selectors, off-site hosts dropped early."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from spiders.previews import _href_host, _hrefs

PAGE = b"""<html><head><base href="https://other.example/dir/"></head><body>
<!-- <a href="/commented-out">x</a> -->
<a href="/tv/a">a</a> <A HREF='https://www.site.example/tv/b?x=1&amp;y=2'>b</A>
<a class="x" href=relative>c</a> <a name="no-href">d</a>
<script>var s = '<a href="/in-script">';</script>
</body></html>"""


def test_hrefs_match_the_css_selector() -> None:
    response = HtmlResponse("https://www.site.example/tv/", body=PAGE, encoding="utf-8")
    assert _hrefs(response) == response.css("a::attr(href)").getall()
    assert "https://www.site.example/tv/b?x=1&y=2" in _hrefs(response)


def test_href_host() -> None:
    assert _href_host("/tv/a", "www.site.example") == "www.site.example"
    assert _href_host("relative", "www.site.example") == "www.site.example"
    assert _href_host("https://User@WWW.Other.example:8443/x", "www.site.example") == "www.other.example"
    assert _href_host("//cdn.example/x.js", "www.site.example") == "cdn.example"
    assert _href_host("mailto:a@b.example", "www.site.example") is None  # unsure: kept, dropped later

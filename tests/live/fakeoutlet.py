"""A fake news outlet on 127.0.0.1 for live-crawl tests: robots.txt, sitemaps, a feed,
sections with pagination, slow pages, pages that fail twice, ETags, and a hit log."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIRST = ["Silver", "Broken", "Hidden", "Crimson", "Northern", "Last", "Golden", "Quiet", "Iron", "Velvet",
         "Lost", "Burning", "Frozen", "Wild", "Secret"]
SECOND = ["Harbor", "Crown", "Kingdom", "Signal", "Empire", "Orchard", "Frontier", "Lantern", "Circuit", "Meadow",
          "Tide", "Citadel", "Canyon", "Ledger", "Parade", "Summit", "Garden", "Station", "Voyage", "Archive"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
N_ARTICLES = 300


def show(i: int) -> str:
    return f"{FIRST[i % 15]} {SECOND[i // 15 % 20]}"


def slug(i: int) -> str:
    return f"/news/{show(i).lower().replace(' ', '-')}-season-2-release-date-{i}"


def article(i: int, version: int) -> str:
    name = show(i)
    month = MONTHS[(i + version) % 12]
    return f"""<!doctype html><html lang="en"><head>
<title>{name} Season 2: Release Date, Cast and More | Fake Outlet</title>
<meta property="og:site_name" content="Fake Outlet">
<meta property="og:title" content="{name} Season 2: Release Date, Cast and More">
<meta property="article:published_time" content="2023-01-0{1 + i % 9}T09:00:00+00:00">
</head><body><article><h1>{name} Season 2: Release Date, Cast and More</h1>
<p>By Jane Writer</p>
<p>Netflix renewed {name} for a second season last year. {name} Season 2 will premiere on
{month} {1 + i % 27}, 2024, Netflix confirmed.</p>
<p><a href="/news/">More news</a> <a href="/tag/netflix/">Netflix</a></p>
</article></body></html>"""


class FakeOutlet:
    """Start with `with FakeOutlet() as site:`; `site.base` is http://127.0.0.1:PORT."""

    def __init__(self, fail_twice: set[int] | None = None, slow: set[int] | None = None,
                 slow_seconds: float = 1.0) -> None:
        self.fail_twice = fail_twice if fail_twice is not None else {i for i in range(N_ARTICLES) if i % 50 == 7}
        self.slow = slow if slow is not None else {i for i in range(N_ARTICLES) if i % 60 == 3}
        self.slow_seconds = slow_seconds
        self.versions: dict[int, int] = {}
        self.lastmod: dict[int, str] = {}
        self.hits: list[tuple[str, str, int, dict[str, str]]] = []   # (host, path, status, headers)
        self.attempts: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeOutlet:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def change(self, i: int) -> None:
        """Publish a new version of article i (new body, new lastmod)."""
        self.versions[i] = self.versions.get(i, 0) + 1
        self.lastmod[i] = "2030-01-01T00:00:00+00:00"

    # -- counting ----------------------------------------------------------

    def paths(self, status: int | None = None) -> Counter[str]:
        with self.lock:
            return Counter(p for _, p, s, _ in self.hits if status is None or s == status)

    def article_fetches(self) -> Counter[str]:
        """Article path -> number of 200 answers."""
        return Counter({p: n for p, n in self.paths(200).items() if p.startswith("/news/") and p != "/news/"})

    # -- content -----------------------------------------------------------

    def page(self, path: str) -> tuple[int, str, str]:
        base = self.base
        if path == "/robots.txt":
            return 200, "text/plain", f"User-agent: *\nDisallow: /private/\nSitemap: {base}/sitemap.xml\n"
        if path == "/sitemap.xml":
            subs = "".join(f"<sitemap><loc>{base}/sitemap-{k}.xml</loc></sitemap>" for k in (1, 2))
            return 200, "application/xml", ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                                            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{subs}</sitemapindex>')
        if path in ("/sitemap-1.xml", "/sitemap-2.xml"):
            half = range(150) if path.endswith("1.xml") else range(150, N_ARTICLES)
            urls = "".join(f"<url><loc>{base}{slug(i)}</loc><lastmod>{self.lastmod.get(i, '2023-01-01')}"
                           "</lastmod></url>" for i in half)
            return 200, "application/xml", ('<?xml version="1.0" encoding="UTF-8"?><urlset '
                                            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
        if path == "/feed.xml":
            items = "".join(f"<item><title>{show(i)}</title><link>{base}{slug(i)}</link>"
                            "<pubDate>Sun, 01 Jan 2023 09:00:00 GMT</pubDate></item>" for i in range(0, 300, 30))
            return 200, "application/rss+xml", f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
        if path == "/":
            return 200, "text/html", (f'<html><body><a href="/news/">News</a> <a href="/private/">Private</a>'
                                      f' <a href="http://localhost:{self.server.server_address[1]}/news/">mirror</a>'
                                      ' <a href="/tag/netflix/">tag</a> <a href="/logo.png">logo</a></body></html>')
        if path in ("/news/", "/news/page/2/"):
            nxt = '<a href="/news/page/2/">Next</a>' if path == "/news/" else ""
            k = 1 if path == "/news/" else 2
            return 200, "text/html", (f'<html><body><a href="/news/section-only-story-season-2-news-{k}">x</a>'
                                      f"{nxt}</body></html>")
        if path.startswith("/news/section-only-story-season-2-news-"):
            return 200, "text/html", "<html><body><article><h1>A section-only story</h1></article></body></html>"
        if path.startswith("/private/"):
            return 200, "text/html", '<html><body><a href="/private/secret-story-season-9-news">s</a></body></html>'
        for i in range(N_ARTICLES):
            if path == slug(i):
                return 200, "text/html; charset=utf-8", article(i, self.versions.get(i, 0))
        return 404, "text/html", "<html><body>not found</body></html>"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outlet = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                host = (self.headers.get("Host") or "").split(":")[0]
                with outlet.lock:
                    outlet.attempts[path] += 1
                    attempt = outlet.attempts[path]
                index = next((i for i in range(N_ARTICLES) if slug(i) == path), None)
                if index in outlet.slow:
                    time.sleep(outlet.slow_seconds)
                if index in outlet.fail_twice and attempt <= 2:
                    self._send(host, path, 503, "text/plain", b"try again", {})
                    return
                status, ctype, text = outlet.page(path)
                body = text.encode("utf-8")
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                headers = {"ETag": etag, "Last-Modified": formatdate(1672560000, usegmt=True),
                           "Cache-Control": "max-age=0"}
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self._send(host, path, 304, None, b"", headers)
                    return
                self._send(host, path, status, ctype, body, headers)

            def _send(self, host: str, path: str, status: int, ctype: str | None, body: bytes,
                      headers: dict[str, str]) -> None:
                with outlet.lock:
                    outlet.hits.append((host, path, status, dict(self.headers)))
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

        return Handler

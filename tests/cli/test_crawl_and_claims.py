"""End to end through the real CLI: replay a small store, query it, replay again."""

from __future__ import annotations

import json
import sqlite3

from tests.cli.test_errors import run

HOME = """<!doctype html><html><head><title>Example TV</title>
<meta property="og:site_name" content="Example TV"></head><body>
<nav><a href="https://www.exampletv.com/">Home</a></nav>
<ul>
<li><a href="https://www.exampletv.com/tv/the-witcher-season-2-release-date/">The Witcher Season 2</a></li>
<li><a href="https://www.exampletv.com/tv/box-office-weekend/">Box office</a></li>
<li><a href="https://www.exampletv.com/tv/not-saved/">Not in the store</a></li>
<li><a href="https://elsewhere.com/off-site/">Off site</a></li>
</ul></body></html>"""


def preview(date_sentence: str, extra_cast: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head>
<title>The Witcher Season 2: Release Date, Cast and More | Example TV</title>
<meta property="og:site_name" content="Example TV">
<meta property="og:title" content="The Witcher Season 2: Release Date, Cast and More">
<meta property="article:published_time" content="2021-03-01T09:00:00+00:00">
<link rel="canonical" href="https://www.exampletv.com/tv/the-witcher-season-2-release-date/">
</head><body>
<nav><a href="https://www.exampletv.com/">Home</a></nav>
<article><h1>The Witcher Season 2: Release Date, Cast and More</h1>
<p>By Jane Writer</p>
<p>Netflix renewed The Witcher for a second season before the first one even premiered.
The first season premiered on December 20, 2019. {date_sentence}</p>
<h2>Cast</h2>
<ul><li>Henry Cavill as Geralt</li><li>Anya Chalotra as Yennefer</li>{extra_cast}</ul>
<p>Source: Deadline</p>
</article>
<aside><h3>Trending</h3><p>Stranger Things Season 4 will premiere in May 2022.</p></aside>
</body></html>"""


BOX_OFFICE = """<!doctype html><html><head><title>Weekend box office: Dune wins | Example TV</title>
<meta property="article:published_time" content="2021-10-24T09:00:00+00:00"></head><body>
<article><h1>Weekend box office: Dune wins</h1><p>Dune opened to $41 million this weekend, beating
Halloween Kills. Analysts expect a strong holiday season for theaters.</p></article></body></html>"""


def store_pages(second_revision: bool) -> list[dict]:
    url = "https://www.exampletv.com/tv/the-witcher-season-2-release-date/"
    pages = [
        {"url": "https://www.exampletv.com/", "body": HOME, "seed": True, "file": "home.html"},
        {"url": url, "file": "witcher.html", "fetched_at": "2021-03-01T10:00:00Z",
         "body": preview("Season 2 is expected to arrive in late 2021, according to Deadline.")},
        {"url": "https://www.exampletv.com/tv/box-office-weekend/", "body": BOX_OFFICE, "file": "box.html"},
    ]
    if second_revision:
        pages.append({"url": url, "file": "witcher.r2.html", "fetched_at": "2021-07-10T10:00:00Z",
                      "body": preview("Netflix has confirmed that Season 2 will premiere on December 17, 2021.",
                                      "<li>Kim Bodnia as Vesemir</li>")})
    return pages


def db_counts(db) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("articles", "revisions", "release_claims", "cast_credits", "citations", "outlets")}


def test_replay_query_and_replay_again(make_store, tmp_path):
    store = make_store(store_pages(second_revision=True))
    db = tmp_path / "claims.db"
    url = f"sqlite:///{db}"

    first = run("crawl", "--from", str(store), "--db", url, "--quiet")
    assert first.returncode == 0, first.stderr
    assert "pages fetched      4" in first.stdout        # home, box office, two revisions
    assert "previews found     2" in first.stdout
    assert "not in store       1" in first.stdout
    counts = db_counts(db)
    assert counts["revisions"] == 2 and counts["articles"] == 1

    proc = run("claims", "the witcher", "--season", "2", "--db", url, "--json")
    assert proc.returncode == 0, proc.stderr
    claims = json.loads(proc.stdout)
    by_text = {c["text"]: c for c in claims}
    late = by_text["Season 2 is expected to arrive in late 2021, according to Deadline."]
    assert (late["date_from"], late["date_to"], late["precision"]) == ("2021-07-01", "2021-12-31", "half")
    assert late["certainty"] == "reported"
    assert "Deadline" in late["cites"]
    assert late["outlet"] == {"name": "Example TV", "domain": "exampletv.com"}
    assert late["fetched_at"].startswith("2021-03-01")
    confirmed = by_text["Netflix has confirmed that Season 2 will premiere on December 17, 2021."]
    assert (confirmed["date_from"], confirmed["certainty"]) == ("2021-12-17", "confirmed")
    assert confirmed["fetched_at"].startswith("2021-07-10")
    # Ordered by when each claim was said; the withdrawn claim is still there.
    assert [c["fetched_at"][:10] for c in claims] == sorted(c["fetched_at"][:10] for c in claims)
    assert not any("Stranger Things" in c["text"] for c in claims)
    # Paged in SQL: the same rows, one page at a time, under the full count.
    paged = run("claims", "the witcher", "--season", "2", "--db", url, "--json", "--limit", "1", "--offset", "1")
    assert json.loads(paged.stdout) == claims[1:2]
    table = run("claims", "the witcher", "--season", "2", "--db", url, "--limit", "1", "--offset", "1")
    assert f": {len(claims)} claims (showing 2–2)" in table.stdout
    beyond = run("claims", "the witcher", "--season", "2", "--db", url, "--offset", str(len(claims)))
    assert beyond.returncode == 1 and f"only {len(claims)} claims" in beyond.stderr

    second = run("crawl", "--from", str(store), "--db", url, "--quiet")
    assert second.returncode == 0, second.stderr
    assert "revisions stored   0" in second.stdout
    assert db_counts(db) == counts


def test_unknown_show_exits_1(make_store, tmp_path):
    store = make_store(store_pages(second_revision=False))
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert run("crawl", "--from", str(store), "--db", url, "--quiet").returncode == 0
    proc = run("claims", "Nonexistent Show Of Nothing", "--db", url)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("aggregator: no show matching")


def test_store_without_seeds_replays_every_page_and_follows_no_link(make_store, tmp_path):
    # No line is marked seed: every saved page is a start, and the home page's link to a
    # page the store lacks is not followed (with a seed it is: "not in store 1" above).
    pages = [dict(page, seed=False) for page in store_pages(second_revision=False)]
    db = tmp_path / "claims.db"
    proc = run("crawl", "--from", str(make_store(pages)), "--db", f"sqlite:///{db}", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "pages fetched      3" in proc.stdout
    assert "previews found     1" in proc.stdout
    assert "not in store       0" in proc.stdout

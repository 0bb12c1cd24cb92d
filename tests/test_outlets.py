"""The outlet registry: packaged data, lookups, editing, and the name finder."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from aggregator.domains import registrable_domain
from aggregator.outlets import (
    Outlet,
    OutletRegistry,
    OutletStart,
    default_registry,
    find_outlet_names,
    load_registry,
    user_registry_path,
)
from aggregator.text import norm


@pytest.fixture(scope="module")
def reg() -> OutletRegistry:
    return OutletRegistry.load()  # the packaged file, whatever the user has edited


def test_packaged_registry_is_large_and_consistent(reg: OutletRegistry) -> None:
    outlets = list(reg)
    assert len(outlets) >= 150
    domains = [d for o in outlets for d in o.domains]
    assert [d for d, n in Counter(domains).items() if n > 1] == []
    names = [norm(o.name) for o in outlets]
    assert [n for n, c in Counter(names).items() if c > 1] == []
    for o in outlets:
        assert o.domains and o.kind
        for d in o.domains:
            assert d == d.lower() and "/" not in d and registrable_domain(d), d
        for url in (o.start.home, *o.start.sitemaps, *o.start.feeds):
            assert url is None or url.startswith(("http://", "https://"))


def test_non_english_outlets_present(reg: OutletRegistry) -> None:
    non_english = {"bild.de", "spiegel.de", "serienjunkies.de", "allocine.fr", "lemonde.fr", "elpais.com",
                   "sensacine.com", "corriere.it", "movieplayer.it", "omelete.com.br", "filmweb.pl", "se.pl",
                   "natalie.mu", "oricon.co.jp", "kinopoisk.ru", "aftonbladet.se", "telerama.fr",
                   "1337kultur.de", "brigitte.de", "espinof.com"}
    assert all(reg.by_domain(d) for d in non_english)


@pytest.mark.parametrize("query,name", [
    ("hollywoodreporter.com", "The Hollywood Reporter"),
    ("https://www.hollywoodreporter.com/tv/tv-news/picard-season-2-1234/", "The Hollywood Reporter"),
    ("WWW.Deadline.com", "Deadline"),
    ("https://io9.gizmodo.com/some-story-1840000000", "io9"),
    ("https://www.gizmodo.com/x", "Gizmodo"),
    ("https://abcnews.go.com/Entertainment/story?id=1", "ABC News"),
    ("https://www.huffingtonpost.co.uk/entry/x", "HuffPost"),
    ("https://timesofindia.indiatimes.com/x", "The Times of India"),
    ("https://superseriale.se.pl/x", "Super Express"),
    ("https://latino.foxnews.com/x", "Fox News"),
])
def test_by_domain(reg: OutletRegistry, query: str, name: str) -> None:
    outlet = reg.by_domain(query)
    assert outlet is not None and outlet.name == name


def test_by_domain_misses(reg: OutletRegistry) -> None:
    assert reg.by_domain("go.com") is None            # abcnews.go.com is a host entry, not go.com
    assert reg.by_domain("example.org") is None
    assert reg.by_domain("") is None and reg.by_domain(None) is None


@pytest.mark.parametrize("query,name", [
    ("The Hollywood Reporter", "The Hollywood Reporter"),
    ("hollywood reporter", "The Hollywood Reporter"),
    ("THR", "The Hollywood Reporter"),
    ("The Wrap", "TheWrap"),
    ("the wrap", "TheWrap"),
    ("EW", "Entertainment Weekly"),
    ("Variety's", "Variety"),
    ("Town and Country", "Town & Country"),
    ("What’s On Netflix", "What's on Netflix"),
    ("whats-on-netflix.com", "What's on Netflix"),
    ("screenrant", "Screen Rant"),
    ("Screen Rant News", None),
    ("ScreenRant", "Screen Rant"),
    ("Sun", "The Sun"),
    ("Business Insider", "Insider"),
    ("AlloCine", "AlloCiné"),
])
def test_by_name(reg: OutletRegistry, query: str, name: str | None) -> None:
    outlet = reg.by_name(query)
    assert (outlet.name if outlet else None) == name


def test_platforms_are_not_outlets(reg: OutletRegistry) -> None:
    for name in ("Netflix", "HBO Max", "Disney+", "Prime Video", "Hulu", "Apple TV+"):
        assert reg.by_name(name) is None
        assert reg.is_not_source_name(name)
    assert not reg.is_not_source_name("Deadline")


@pytest.mark.parametrize("url", [
    "https://twitter.com/intent/tweet?url=x", "https://x.com/netflix", "https://www.facebook.com/sharer.php?u=x",
    "https://www.instagram.com/p/abc/", "https://www.tiktok.com/@netflix", "https://www.youtube.com/watch?v=1",
    "https://youtu.be/abc", "https://www.pinterest.com/pin/create", "https://www.reddit.com/submit?url=x",
    "https://www.linkedin.com/shareArticle", "https://api.whatsapp.com/send", "https://www.addthis.com/bookmark",
    "https://ad.doubleclick.net/x", "https://pagead2.googlesyndication.com/x", "https://trc.taboola.com/x",
    "https://widgets.outbrain.com/x", "https://www.netflix.com/title/81000000", "https://www.hulu.com/series/x",
    "https://www.disneyplus.com/series/x", "https://www.hbomax.com/series/x", "https://www.max.com/shows/x",
    "https://www.primevideo.com/detail/x", "https://www.amazon.com/dp/B000", "https://tv.apple.com/us/show/x",
    "https://www.apple.com/tv/", "https://www.paramountplus.com/shows/x", "https://www.peacocktv.com/stream-tv/x",
    "https://www.bbc.co.uk/iplayer/episodes/x",
])
def test_not_sources(reg: OutletRegistry, url: str) -> None:
    assert reg.is_not_source(url)


def test_outlet_urls_are_sources(reg: OutletRegistry) -> None:
    for url in ("https://deadline.com/2021/01/x-1234/", "https://www.apple.com/newsroom/2021/x/",
                "https://www.bbc.co.uk/news/entertainment-arts-1", "variety.com"):
        assert not reg.is_not_source(url)


def test_add_remove_save_round_trip(reg: OutletRegistry, tmp_path) -> None:
    edited = OutletRegistry.from_dict(reg.to_dict())
    new = Outlet("Springfield Shopper", ("springfieldshopper.com",), ("The Shopper",), "news",
                 OutletStart("https://springfieldshopper.com/", (), ("https://springfieldshopper.com/feed/",)))
    edited.add(new)
    assert edited.by_name("the shopper") == new
    assert edited.by_domain("https://www.springfieldshopper.com/a") == new
    assert [h[2] for h in edited.find_outlet_names("as the Springfield Shopper said")] == [new]
    with pytest.raises(ValueError):
        edited.add(Outlet("Other", ("deadline.com",)))
    removed = edited.remove("Deadline")
    assert removed.name == "Deadline" and edited.by_domain("deadline.com") is None
    with pytest.raises(KeyError):
        edited.remove("No Such Outlet")

    path = edited.save(tmp_path / "sub" / "outlets.json")
    again = OutletRegistry.load(path)
    assert list(again) == list(edited)
    assert again.not_sources == edited.not_sources
    assert json.loads(path.read_text())["outlets"][-1]["name"] == "Springfield Shopper"


def test_replace_keeps_position(reg: OutletRegistry) -> None:
    edited = OutletRegistry.from_dict(reg.to_dict())
    before = [o.name for o in edited]
    old = edited.by_name("Variety")
    edited.add(Outlet("Variety", old.domains + ("variety.co.uk",), old.aliases, old.kind, old.start))
    assert [o.name for o in edited] == before
    assert edited.by_domain("variety.co.uk").name == "Variety"


def test_packaged_file_is_in_canonical_layout(reg: OutletRegistry) -> None:
    from importlib import resources

    text = resources.files("aggregator").joinpath("data/outlets.json").read_text("utf-8")
    assert reg.dumps() == text  # save() of an unedited registry changes nothing


def test_user_registry_path_env(monkeypatch, tmp_path, reg: OutletRegistry) -> None:
    target = tmp_path / "mine.json"
    monkeypatch.setenv("AGGREGATOR_OUTLETS", str(target))
    assert user_registry_path() == target
    assert len(load_registry()) == len(reg)      # missing file: the packaged registry
    small = OutletRegistry([Outlet("Only One", ("onlyone.com",))])
    small.save(target)
    assert [o.name for o in load_registry()] == ["Only One"]
    default_registry.cache_clear()
    try:
        assert [o.name for o in default_registry()] == ["Only One"]
    finally:
        monkeypatch.delenv("AGGREGATOR_OUTLETS")
        default_registry.cache_clear()


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], o.name) for a, b, o in find_outlet_names(text)]


def test_find_outlet_names_examples() -> None:
    text = ("According to The Hollywood Reporter, and later THR and Deadline, plus Screen Rant, "
            "/Film, E! News and Town and Country.")
    assert _names(text) == [
        ("The Hollywood Reporter", "The Hollywood Reporter"), ("THR", "The Hollywood Reporter"),
        ("Deadline", "Deadline"), ("Screen Rant", "Screen Rant"), ("/Film", "/Film"),
        ("E! News", "E! Online"), ("Town and Country", "Town & Country"),
    ]


def test_find_outlet_names_longest_first() -> None:
    assert _names("Entertainment Weekly and Teen Vogue and BuzzFeed News") == [
        ("Entertainment Weekly", "Entertainment Weekly"), ("Teen Vogue", "Teen Vogue"),
        ("BuzzFeed News", "BuzzFeed News")]


@pytest.mark.parametrize("text", [
    "The deadline for the show is near.",           # lowercase common word
    "Ew, that was gross. The crew knew it.",        # "EW" only in capitals
    "He threw the thr-ee balls.",
    "people love the variety of screen rant videos",
    "It airs at 9 p.m. ET on FX.",                  # a time zone, not Entertainment Tonight
    "The Deadliners and Varietyshow",               # not at word boundaries
    "A newsweekly and a Time-traveller",
])
def test_find_outlet_names_false_positive_guards(text: str) -> None:
    assert _names(text) == []


def test_find_outlet_names_is_fast() -> None:
    import time

    text = ("Deadline reports that the show, per Variety and The Hollywood Reporter, returns. " * 2000)
    find_outlet_names("warm up")
    started = time.perf_counter()
    hits = find_outlet_names(text)
    assert len(hits) == 6000
    assert time.perf_counter() - started < 2.0

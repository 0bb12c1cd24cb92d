"""Micro benchmark of aggregator.extract.dates.find_dates (not a test).

Runs find_dates over a few thousand realistic preview-article sentences (most with
no date, as on real pages; about a third with one or two) and prints sentences/s:
once with an empty dateparser cache ("cold") and again with it filled ("warm", the
steady state of a crawl, where the same dates recur across pages).

    .venv/bin/python bench/bench_dates.py [--sentences 4000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from aggregator.extract import dates

SHOWS = ["Star Trek: Picard", "The Boys", "Stranger Things", "The Witcher", "Ozark", "Bridgerton",
         "The Mandalorian", "Succession", "Yellowstone", "Euphoria", "The Umbrella Academy"]
PLAIN = [
    "Ever since it was launched, {net} has brought several shows at our disposal.",
    "The show follows the journey of retired admiral Jean Luc Picard.",
    "After the first season, the fans are eagerly waiting for season {n}.",
    "With an IMDb rating of 7.6/10 and the Tomatometer at 87%, the show has been a smash hit.",
    "There has been NO official announcement regarding the release date for Season {n}.",
    "According to co-creator Michael Chabon, season {n} will have more focus on its characters.",
    "This means we'll get a peek into several personal aspects of the crew.",
    "A majority of the cast is expected to reprise their roles in season {n}.",
    "{show} season {n} will see the return of most of the main cast, including the lead.",
    "The series is set in the 24th century, 18 years after the events of the film.",
    "Episode 10 ended on a cliffhanger that left more than 2,021 fans stunned.",
    "It may return with a bigger budget, but nothing is certain yet.",
    "The finale airs at 10 p.m. on {net}, and the episode runs 58 minutes.",
    "Showrunner Alex Kurtzman told Deadline that the writers' room has already begun work.",
    "Fans have speculated wildly on social media about what comes next for the crew.",
    "You can stream every episode of {show} on {net} right now.",
    "Season {n} consists of eight episodes, each running roughly an hour.",
    "The trailer teases a darker tone and several new faces in the cast.",
    "Keep checking back for more updates on {show} season {n}.",
    "The pandemic has brought every major production to a halt.",
]
DATED = [
    "{show} season {n} premiered on {day}.",
    "Season {n} is likely to release {vague}.",
    "Production of the second season was scheduled to start in {month}.",
    "{net} has confirmed that season {n} will arrive {rel}.",
    "Filming reportedly wrapped {vague}, and the premiere is set for {day}.",
    "According to Deadline, the show was renewed on {day}.",
    "We expect {show} season {n} to land sometime in {year}.",
    "The first trailer dropped {rel}, ahead of a {month} debut.",
]
VAGUE = ["at the start of 2021", "in early 2022", "in late 2021", "in the second half of 2023",
         "in mid-2022", "in summer 2022", "in fall 2023", "in Q4 2023", "by the end of the year",
         "early next year", "in the fourth quarter of 2022", "during the 2022 holiday season",
         "in early June 2022", "in late March 2023"]
REL = ["later this year", "next year", "this month", "next month", "next week", "this summer",
       "next spring", "this fall", "in 2022"]
NETS = ["Netflix", "Amazon", "HBO Max", "Disney+", "Paramount+", "Apple TV+"]
DAY_FORMATS = ["{d}{o} {M} {y}", "{M} {d}, {y}", "{m}. {d}{o}, {y}", "{W}, {M} {d}", "{mn}/{d}/{y}",
               "{M} {d}{o}", "{y}-{mn:02d}-{d:02d}"]


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def make_sentences(count: int, seed: int = 0) -> list[str]:
    """Deterministic mix of plain and dated sentences; exact days come from a pool of
    ~400 distinct phrases, as a crawl of a few hundred previews would see."""
    rnd = random.Random(seed)
    base = date(2019, 1, 1)
    pool = []
    for _ in range(400):
        d = base + timedelta(days=rnd.randrange(5 * 365))
        pool.append(rnd.choice(DAY_FORMATS).format(
            d=d.day, o=_ordinal(d.day), M=d.strftime("%B"), m=d.strftime("%b"), y=d.year,
            W=d.strftime("%A"), mn=d.month))
    out = []
    for _ in range(count):
        template = rnd.choice(DATED) if rnd.random() < 0.33 else rnd.choice(PLAIN)
        month = f"{rnd.choice(['January', 'June', 'September', 'December'])} {rnd.randrange(2019, 2025)}"
        out.append(template.format(
            show=rnd.choice(SHOWS), n=rnd.randrange(2, 6), net=rnd.choice(NETS), day=rnd.choice(pool),
            vague=rnd.choice(VAGUE), rel=rnd.choice(REL), month=month, year=rnd.randrange(2020, 2025)))
    return out


def run(sentences: list[str], published: list[date]) -> tuple[float, int]:
    start = time.perf_counter()
    found = 0
    for sentence, pub in zip(sentences, published):
        found += len(dates.find_dates(sentence, pub))
    return time.perf_counter() - start, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sentences = make_sentences(args.sentences)
    rnd = random.Random(1)
    # A page's sentences share its published date; ~40 sentences a page.
    published = [date(2020, 1, 1) + timedelta(days=rnd.randrange(4 * 365)) for _ in range(args.sentences // 40 + 1)]
    pubs = [published[i // 40] for i in range(len(sentences))]
    # dateparser loads its English data and compiles its regexes on first use (~0.3 s once
    # per process, not per sentence): done before timing.
    dates.parse_date_phrase("sept 1st 1999")
    dates.parse_date_phrase("february 30 2001")
    dates._day.cache_clear()
    elapsed, found = run(sentences, pubs)
    print(f"cold: {len(sentences) / elapsed:,.0f} sentences/s "
          f"({found} mentions, {dates._day.cache_info().misses} dateparser calls)")
    best = min(run(sentences, pubs)[0] for _ in range(args.repeat))
    print(f"warm: {len(sentences) / best:,.0f} sentences/s (best of {args.repeat})")
    dated = [s for s in sentences if dates.find_dates(s, pubs[0])]
    plain = [s for s in sentences if not dates.find_dates(s, pubs[0])]
    for name, subset in (("dated only", dated), ("no date", plain)):
        best = min(run(subset, pubs[:len(subset)])[0] for _ in range(args.repeat))
        print(f"  {name}: {len(subset) / best:,.0f} sentences/s ({len(subset)} sentences)")


if __name__ == "__main__":
    main()

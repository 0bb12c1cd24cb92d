"""`aggregator crawl`: replay a store (manifest folder or WARC), or crawl outlets live, into the database."""

from __future__ import annotations

import functools
import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from sqlalchemy import select

from aggregator import settings as settings_module
from aggregator.cli.common import UserError, db_option, open_engine
from aggregator.db import models as m
from aggregator.db.session import resolve_db_url
from aggregator.store import StoreError, open_store


def _few_full_collections(command: Callable[..., None]) -> Callable[..., None]:
    """Run `command` with one full garbage collection per 100 middle ones, not Python's 10.

    A full pass walks every object alive, and a crawl's start-up (importing the extraction
    rules, alembic and its templates' highlighter) then its caches (extraction's, the entity
    resolver's) make that ~60-160 ms a pass while each finds next to nothing: ~170 objects,
    the younger passes having freed the rest. A 10-page replay made 2 of them after the
    command began, a 3,000-page one 5 (0.3 s); with this none, peak RSS +2 MB."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        thresholds = gc.get_threshold()
        gc.set_threshold(thresholds[0], thresholds[1], max(thresholds[2], 100))
        try:
            command(*args, **kwargs)
        finally:
            gc.set_threshold(*thresholds)

    return run


@click.command("crawl")
@click.option("--from", "store_dir", metavar="PATH", type=click.Path(path_type=Path), default=None,
              help="Store to replay: a folder with manifest.jsonl, a .warc/.warc.gz file, or a folder of "
                   "WARC files. [default: fixtures/sites]")
@click.option("--live", is_flag=True, help="Crawl the outlets on the web (politely) instead of replaying.")
@click.option("--outlet", "outlets", metavar="NAME", multiple=True,
              help="Live: crawl this outlet of the registry (repeatable; default: all). See `aggregator outlets`.")
@click.option("--jobdir", metavar="DIR", type=click.Path(path_type=Path), default=None,
              help="Job directory: a crawl stopped any way (even kill -9) and restarted with it goes on.")
@click.option("--save-warc", metavar="FILE", type=click.Path(path_type=Path), default=None,
              help="Live: also record every page fetched to this WARC file (replay it with --from FILE).")
@click.option("--cache-dir", metavar="DIR", type=click.Path(path_type=Path), default=None,
              help="Live: HTTP cache for conditional re-fetches. [default: $AGGREGATOR_CACHE_DIR or var/httpcache]")
@click.option("--contact", metavar="TEXT", default=None,
              help="Live: how site owners reach you, sent in the user agent. [default: $AGGREGATOR_CONTACT]")
@click.option("--distributed", is_flag=True, help="Share the frontier with other processes through Redis.")
@click.option("--redis", "redis_url", metavar="URL", default=None, help="Distributed: the shared Redis.")
@click.option("--redis-key", metavar="NAME", default="aggregator", show_default=True,
              help="Distributed: key prefix naming this crawl (all workers of a crawl use the same).")
@db_option
@click.option("--batch-size", default=settings_module.AGGREGATOR_BATCH_SIZE, show_default=True, help="Pages per database transaction.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting, e.g. -s CONCURRENT_REQUESTS_PER_DOMAIN=2. Repeatable.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log (INFO) on stderr.")
@click.option("--quiet", is_flag=True, help="No progress lines, only the summary.")
@_few_full_collections
def crawl_command(store_dir: Path | None, live: bool, outlets: tuple[str, ...], jobdir: Path | None,
                  save_warc: Path | None, cache_dir: Path | None, contact: str | None, distributed: bool,
                  redis_url: str | None, redis_key: str, db_url: str | None, batch_size: int,
                  overrides: tuple[str, ...], verbose: bool, quiet: bool) -> None:
    """Replay a store, or crawl outlets live, through the spiders and pipelines into the database.

    Replay (the default) never touches the network: each request is answered
    from the store, and a URL the store lacks is counted as missing. Live
    crawls obey robots.txt, identify themselves, throttle, retry with backoff,
    and fetch only what changed since the last crawl. Running the same crawl
    twice stores nothing new the second time.

    \b
    Example:
      aggregator crawl --from fixtures/sites --db sqlite:///var/aggregator.db
      aggregator crawl --from crawl.warc.gz
      aggregator crawl --live --outlet Variety --jobdir var/jobs/variety --save-warc var/variety.warc.gz
      aggregator crawl --live --distributed --redis redis://10.0.0.5:6379 --db postgresql://db/claims
    """
    _check_options(store_dir, live, outlets, save_warc, cache_dir, contact, distributed, redis_url)
    url = resolve_db_url(db_url)
    if distributed and url.startswith("sqlite"):
        raise UserError("--distributed needs a database every worker can reach: --db postgresql://...")
    store = None
    if not live:
        store_dir = store_dir or Path("fixtures/sites")
        try:
            store = open_store(store_dir)
        except StoreError as exc:
            raise UserError(str(exc)) from None
    if live and outlets:
        _check_outlets(outlets)
    if distributed:
        from aggregator.live.distributed import check_redis

        reason = check_redis(redis_url or "")
        if reason:
            raise UserError(f"cannot reach Redis at {redis_url}: {reason}")
    from pipelines.store import upgrade_locked

    engine = open_engine(url)
    upgrade_locked(engine)
    engine.dispose()

    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from aggregator.settings import apply_mode

    settings = get_project_settings()
    settings.setmodule("aggregator.settings", priority="default")
    apply_mode(settings, "live" if live else "replay", contact)
    cmd = "cmdline"
    settings.set("AGGREGATOR_DB", url, priority=cmd)
    settings.set("AGGREGATOR_BATCH_SIZE", batch_size, priority=cmd)
    settings.set("LOG_LEVEL", "INFO" if verbose else "ERROR", priority=cmd)
    settings.set("AGGREGATOR_PROGRESS_INTERVAL", 0 if quiet else 2.0, priority=cmd)
    if live:
        settings.set("AGGREGATOR_OUTLET_NAMES", list(outlets), priority=cmd)
        cache = (cache_dir or Path(settings.get("AGGREGATOR_CACHE_DIR"))).resolve()
        settings.set("HTTPCACHE_DIR", str(cache), priority=cmd)
        if save_warc:
            settings.set("AGGREGATOR_SAVE_WARC", str(save_warc.resolve()), priority=cmd)
        what = f"outlets {', '.join(outlets)}" if outlets else "every outlet in the registry"
    else:
        settings.set("AGGREGATOR_STORE", str(store_dir), priority=cmd)
        what = f"{len(store)} saved responses from {store_dir}"  # type: ignore[arg-type]
    job = _prepare_job(settings, jobdir) if jobdir else None
    if distributed:
        from aggregator.live.distributed import apply_distributed

        apply_distributed(settings, redis_url or "", redis_key)
        what += f" (distributed: {redis_url} key {redis_key})"
    click.echo(f"{'Crawling' if live else 'Replaying'} {what} into {url}", err=True)

    for override in overrides:
        name, eq, value = override.partition("=")
        if not eq or not name.strip().isupper():
            raise UserError(f"-s {override!r}: expected NAME=VALUE with an upper-case Scrapy setting name")
        settings.set(name.strip(), value, priority=cmd)
    settings.set("LOG_INSTALL_ROOT_HANDLER", verbose, priority=cmd)
    process = CrawlerProcess(settings)
    if not verbose:
        logging.getLogger("scrapy").setLevel(logging.ERROR)
    crawler = process.create_crawler("previews")
    process.crawl(crawler)
    # What exists now (modules, compiled rules, the store's URL index, Scrapy's components)
    # lives as long as the crawl: freezing it keeps the collector's full passes, which
    # otherwise walk all of it again and again, to what the crawl itself allocates.
    gc.freeze()
    try:
        process.start()
    finally:
        gc.unfreeze()  # a caller that goes on (tests, an embedding program) collects them again
    stats = crawler.stats
    if job is not None and stats.get_value("finish_reason") in ("finished", "shutdown"):
        job.finish()
    crawl_id = stats.get_value("aggregator/crawl_id")
    if crawl_id is None:
        raise click.ClickException("the crawl did not start (run with -v to see why)")
    _summary(url, crawl_id, stats.get_stats())


def _check_options(store_dir: Path | None, live: bool, outlets: tuple[str, ...], save_warc: Path | None,
                   cache_dir: Path | None, contact: str | None, distributed: bool,
                   redis_url: str | None) -> None:
    if live and store_dir is not None:
        raise UserError("--live and --from exclude each other: crawl the web or replay a store")
    if not live:
        for name, value in (("--outlet", outlets), ("--save-warc", save_warc), ("--cache-dir", cache_dir),
                            ("--contact", contact)):
            if value:
                raise UserError(f"{name} needs --live")
    if distributed and not redis_url:
        raise UserError("--distributed needs --redis URL")
    if redis_url and not distributed:
        raise UserError("--redis needs --distributed")
    if save_warc is not None and not save_warc.name.endswith((".warc", ".warc.gz")):
        raise UserError(f"--save-warc {save_warc}: the name must end in .warc or .warc.gz")


def _check_outlets(names: tuple[str, ...]) -> None:
    from aggregator.outlets import load_registry

    registry = load_registry()
    unknown = [n for n in names if registry.by_name(n) is None]
    if unknown:
        raise UserError(f"unknown outlet {unknown[0]!r} (see `aggregator outlets list`)")
    for name in names:
        start = registry.by_name(name).start  # type: ignore[union-attr]
        if not (start.home or start.sitemaps or start.feeds):
            raise UserError(f"outlet {name!r} has no start page, sitemap or feed (see `aggregator outlets add`)")


def _prepare_job(settings, jobdir: Path):  # type: ignore[no-untyped-def]
    from aggregator.live.jobs import JobDir

    job = JobDir(jobdir.resolve())
    state = job.start()
    settings.set("JOBDIR", str(job.scrapy_dir), priority="cmdline")
    settings.set("AGGREGATOR_JOBDIR", str(job.path), priority="cmdline")
    settings.set("DUPEFILTER_CLASS", "aggregator.live.jobs.JobDupeFilter", priority="cmdline")
    done = len(job.done_urls())
    if state == "resumed":
        click.echo(f"Resuming job {jobdir} ({done} pages already stored)", err=True)
    elif state == "recovered":
        click.echo(f"Job {jobdir} did not stop cleanly: finding the frontier again from the start pages, "
                   f"skipping the {done} pages already stored", err=True)
    return job


def _summary(url: str, crawl_id: int, stats: dict) -> None:  # type: ignore[type-arg]
    engine = open_engine(url)
    with engine.connect() as conn:
        crawl = conn.execute(select(m.Crawl.__table__).where(m.Crawl.__table__.c.id == crawl_id)).one()
        failures = conn.execute(
            select(m.Failure.url, m.Failure.reason).where(m.Failure.crawl_id == crawl_id).order_by(m.Failure.url)
        ).all()
    engine.dispose()
    lines = [
        f"Crawl #{crawl.id} finished ({crawl.mode}, {crawl.source})",
        f"  pages fetched      {crawl.pages}",
        f"  previews found     {crawl.previews}",
        f"  other pages        {crawl.non_previews}",
        f"  not in store       {crawl.missing}",
        f"  revisions stored   {crawl.revisions}",
        f"  claims stored      {crawl.claims}",
        f"  cast credits       {crawl.cast_credits}",
        f"  citations          {crawl.citations}",
        f"  pages failed       {crawl.failed}",
    ]
    if crawl.mode == "live":
        lines += [
            f"  unchanged (304)    {stats.get('aggregator/unchanged', 0)}",
            f"  skipped (lastmod)  {stats.get('aggregator/skipped_unchanged', 0)}",
            f"  already stored     {stats.get('aggregator/already_stored', 0)}",
            f"  robots.txt denied  {stats.get('robotstxt/forbidden', 0)}",
            f"  retries            {stats.get('retry/count', 0)}",
            f"  gave up (errors)   {stats.get('retry/max_reached', 0)}",
        ]
    lines += [f"    {u}: {reason}" for u, reason in failures[:20]]
    if len(failures) > 20:
        lines.append(f"    … and {len(failures) - 20} more (table failures, crawl_id {crawl_id})")
    click.echo("\n".join(lines))


COMMANDS = [crawl_command]


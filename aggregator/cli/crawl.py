"""`aggregator crawl`: replay a saved-page store (or crawl live) into the database."""

from __future__ import annotations

import logging
from pathlib import Path

import click
from sqlalchemy import select

from aggregator.cli.common import UserError, db_option, open_engine
from aggregator.db import models as m
from aggregator.db.migrate import upgrade
from aggregator.db.session import resolve_db_url
from aggregator.store import SavedPageStore, StoreError


@click.command("crawl")
@click.option("--from", "store_dir", metavar="DIR", type=click.Path(path_type=Path),
              default=Path("fixtures/sites"), show_default=True,
              help="Saved-page store to replay (a folder with manifest.jsonl).")
@db_option
@click.option("--batch-size", default=200, show_default=True, help="Pages per database transaction.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log (INFO) on stderr.")
@click.option("--quiet", is_flag=True, help="No progress lines, only the summary.")
def crawl_command(store_dir: Path, db_url: str | None, batch_size: int, verbose: bool, quiet: bool) -> None:
    """Replay a saved-page store through the spiders and pipelines into the database.

    Requests never reach the network: each is answered from the store, and a
    URL the store lacks is counted as missing. Replaying the same store twice
    adds nothing the second time.

    \b
    Example:
      aggregator crawl --from fixtures/sites --db sqlite:///var/aggregator.db
    """
    try:
        store = SavedPageStore.open(store_dir)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    url = resolve_db_url(db_url)
    engine = open_engine(url)
    upgrade(engine)
    engine.dispose()

    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setmodule("aggregator.settings", priority="default")
    settings.set("AGGREGATOR_MODE", "replay", priority="cmdline")
    settings.set("AGGREGATOR_STORE", str(store_dir), priority="cmdline")
    settings.set("AGGREGATOR_DB", url, priority="cmdline")
    settings.set("AGGREGATOR_BATCH_SIZE", batch_size, priority="cmdline")
    settings.set("LOG_LEVEL", "INFO" if verbose else "ERROR", priority="cmdline")
    settings.set("AGGREGATOR_PROGRESS_INTERVAL", 0 if quiet else 2.0, priority="cmdline")
    click.echo(f"Replaying {len(store)} saved responses from {store_dir} into {url}", err=True)
    process = CrawlerProcess(settings, install_root_handler=verbose)
    if not verbose:
        logging.getLogger("scrapy").setLevel(logging.ERROR)
    crawler = process.create_crawler("previews")
    process.crawl(crawler)
    process.start()
    crawl_id = crawler.stats.get_value("aggregator/crawl_id")
    if crawl_id is None:
        raise click.ClickException("the crawl did not start (run with -v to see why)")
    _summary(url, crawl_id)


def _summary(url: str, crawl_id: int) -> None:
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
    lines += [f"    {u}: {reason}" for u, reason in failures]
    click.echo("\n".join(lines))


COMMANDS = [crawl_command]

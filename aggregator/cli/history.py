"""`aggregator history URL`: what changed from one revision of an article to the next."""

from __future__ import annotations

import click

from aggregator.cli.common import NothingFound, db_option, emit, open_engine, output_options
from aggregator.query import article_history
from aggregator.query.history import find_article

COLUMNS = ["revision", "fetched", "kind", "change", "before", "after"]


@click.command("history")
@click.argument("url")
@db_option
@output_options
def history_command(url: str, db_url: str | None, as_json: bool, as_csv: bool) -> None:
    """What each revision of the article at URL changed: claims added, withdrawn, made more
    precise or changed in certainty; cast added or dropped; sources added or dropped.

    The first revision lists what it stated as "added". --json prints one object per
    revision with its changes; --csv one row per change.

    \b
    Example:
      aggregator history https://www.example-outlet.com/tv/picard-season-2/
      aggregator history https://www.example-outlet.com/tv/picard-season-2/ --json
    """
    engine = open_engine(db_url, must_exist=True)
    with engine.connect() as conn:
        found = find_article(conn, url)
        if found is None:
            raise NothingFound(f"no article at {url} in the database")
        revisions = article_history(conn, found[0])
    if as_json:
        emit(revisions, [], as_json=True, as_csv=False)
        return
    rows = [{"revision": rev["revision"], "fetched": rev["fetched_at"].isoformat(timespec="minutes"),
             "content_hash": rev["content_hash"], **change}
            for rev in revisions for change in (rev["changes"] or [{"kind": "-", "change": "no change"}])]
    if not as_csv:
        click.echo(f"{found[1]}: {len(revisions)} revisions")
    emit(rows, COLUMNS + (["text", "content_hash"] if as_csv else []), as_json=False, as_csv=as_csv)


COMMANDS = [history_command]

"""`aggregator extract PAGE.html`: print one page's extraction as JSON."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import click

from aggregator.cli.common import UserError


def _parse_published(value: str | None) -> date | datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(f"--published must be an ISO date such as 2020-06-02, not {value!r}") from None
    return parsed.date() if len(value) <= 10 else parsed


@click.command("extract")
@click.argument("page", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--url", metavar="URL", help="The page's URL (default: from the saved page itself).")
@click.option("--published", metavar="DATE",
              help="Publication date (ISO); relative dates like 'next month' resolve against it.")
@click.option("--compact", is_flag=True, help="One line of JSON instead of indented.")
def extract_command(page: Path, url: str | None, published: str | None, compact: bool) -> None:
    """Extract release-date claims, cast and sources from one saved HTML page.

    Prints one JSON object valid under extraction.schema.json.

    \b
    Example:
      aggregator extract fixtures/sites/streamwise/star-trek-picard-season-2.html
      aggregator extract page.html --url https://example.com/x --published 2021-03-01
    """
    if not page.exists():
        raise UserError(f"no such file: {page}")
    try:
        body = page.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {page}: {exc.strerror or exc}") from None
    # Imported here: compiling the extraction rules costs a second that other verbs need not pay.
    from aggregator.extract import ExtractionError, extract_article
    try:
        article = extract_article(body, url=url, published=_parse_published(published))
    except ExtractionError as exc:
        raise UserError(f"{page}: {exc}") from None
    click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=None if compact else 2))


COMMANDS = [extract_command]

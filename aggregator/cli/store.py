"""`aggregator store import|export`: convert between WARC files and manifest folders."""

from __future__ import annotations

from pathlib import Path

import click

from aggregator.cli.common import UserError


@click.group("store")
def store_group() -> None:
    """Convert saved-page stores between WARC and the manifest folder.

    \b
    Example:
      aggregator store export fixtures/sites fixtures.warc.gz
      aggregator store import crawl.warc.gz var/stores/crawl
    """


@store_group.command("import")
@click.argument("warc", type=click.Path(path_type=Path))
@click.argument("folder", type=click.Path(path_type=Path))
def import_command(warc: Path, folder: Path) -> None:
    """Unpack WARC (a file or a folder of them) into FOLDER with a manifest.jsonl.

    \b
    Example:
      aggregator store import crawl.warc.gz var/stores/crawl
    """
    from aggregator.store import StoreError
    from aggregator.store.convert import import_warc

    try:
        count = import_warc(warc, folder)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    click.echo(f"imported {count} responses from {warc} into {folder}")


@store_group.command("export")
@click.argument("store", type=click.Path(path_type=Path))
@click.argument("warc", type=click.Path(path_type=Path))
def export_command(store: Path, warc: Path) -> None:
    """Write every saved response of STORE to the WARC file WARC (.warc or .warc.gz).

    \b
    Example:
      aggregator store export fixtures/sites fixtures.warc.gz
    """
    from aggregator.store import StoreError
    from aggregator.store.convert import export_warc

    if not warc.name.endswith((".warc", ".warc.gz")):
        raise UserError(f"{warc}: the name must end in .warc or .warc.gz")
    try:
        count = export_warc(store, warc)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    click.echo(f"exported {count} responses from {store} to {warc}")


COMMANDS = [store_group]

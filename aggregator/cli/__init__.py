"""The `aggregator` command line: one module per verb, one group here.

Every error a user can cause ends as one line on stderr and a non-zero exit:
2 for bad usage or input, 1 when the question has no answer (nothing found).
"""

from __future__ import annotations

import sys

import click

from aggregator.cli.common import NothingFound, UserError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="aggregator")
def cli() -> None:
    """Track what the entertainment press claims about upcoming TV seasons.

    \b
    Typical session:
      aggregator crawl --from fixtures/sites          # replay a saved store into var/aggregator.db
      aggregator claims "Star Trek Picard" --season 2  # who said what, when
      aggregator extract page.html                     # one page, as JSON

    The database is sqlite:///var/aggregator.db unless --db or $AGGREGATOR_DB says otherwise.
    """


def _register() -> None:
    from aggregator.cli import (
        citations,
        claims,
        consensus,
        crawl,
        entities,
        evaluate,
        export,
        extract,
        facts,
        first,
        history,
        outlets,
        scorecard,
        serve,
        store,
    )

    for module in (crawl, extract, claims, history, first, citations, consensus, facts, scorecard, entities,
                   export, evaluate, outlets, store, serve):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    """Console entry point: run the CLI, turning every failure into one line."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aggregator: aborted", err=True)
        sys.exit(130)
    except NothingFound as exc:
        click.echo(f"aggregator: {exc.message}", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        # Usage errors name the command so the user knows where to look.
        click.echo(f"aggregator: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code if exc.exit_code else 2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("aggregator: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # never a traceback: name the failure and exit non-zero
        click.echo(f"aggregator: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)


__all__ = ["cli", "main", "UserError", "NothingFound"]

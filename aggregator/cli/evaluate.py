"""`aggregator evaluate`: score extraction against the gold files (SCORING.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from aggregator.cli.common import UserError
from aggregator.evaluate import evaluate_store, render_text, to_json


def extract_for_scoring(body: bytes, url: str, published: str | None) -> dict:
    """What `evaluate` scores: the extraction of a saved page, as `aggregator extract` prints it."""
    from aggregator.extract import extract_article  # here, not at import: see cli/extract.py

    # The page's own metadata gives the published date; `published` is the gold's
    # and is deliberately not passed in, so the score includes reading it.
    return extract_article(body, url=url).to_dict()


@click.command("evaluate")
@click.argument("fixtures_dir", required=False, type=click.Path(path_type=Path), default=Path("fixtures"))
@click.option("--split", type=click.Choice(["dev", "test"]), help="Only the outlets of this split.")
@click.option("--misses", is_flag=True, help="One line per miss, false positive or wrong value.")
@click.option("--json", "as_json", is_flag=True, help="Print every figure as JSON.")
@click.option("--record", is_flag=True,
              help="Write this split's headline to FIXTURES_DIR/scores.json (the floor tests/test_scores.py holds).")
@click.option("--min", "minimum", type=float, metavar="HEADLINE",
              help="Exit with status 1 when the headline score is below this.")
def evaluate_command(fixtures_dir: Path, split: str | None, misses: bool, as_json: bool, record: bool,
                     minimum: float | None) -> None:
    """Score `aggregator extract` on every page that has a gold file.

    FIXTURES_DIR holds sites/manifest.jsonl, gold/ and splits.json (default: fixtures).
    Prints precision, recall and F1 for release claims, cast and sources, the
    accuracies, and the headline (the mean SCORING.md defines).

    \b
    Example:
      aggregator evaluate --split dev --misses
      aggregator evaluate --split test --min 0.9
      aggregator evaluate --split test --record   # after an improvement: raise the floor
    """
    if record and split is None:
        raise UserError("--record needs --split dev or --split test")
    if not (fixtures_dir / "sites" / "manifest.jsonl").is_file():
        raise UserError(f"{fixtures_dir} has no sites/manifest.jsonl")
    try:
        report = evaluate_store(fixtures_dir, split, extract_for_scoring)
    except (OSError, ValueError) as exc:
        raise UserError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(to_json(report), indent=2))
    else:
        click.echo(render_text(report, misses=misses))
    if record:
        _record(fixtures_dir / "scores.json", split, report.headline)
    if minimum is not None and report.headline < minimum:
        raise click.ClickException(f"headline {report.headline:.4f} is below --min {minimum}")


def _record(path: Path, split: str, headline: float) -> None:
    scores = json.loads(path.read_text()) if path.exists() else {}
    # Rounded down: the recorded floor must never be above what was measured.
    scores[split] = {"headline": int(headline * 10_000) / 10_000}
    path.write_text(json.dumps(scores, indent=2) + "\n")
    click.echo(f"recorded {split} headline {scores[split]['headline']} in {path}", err=True)


COMMANDS = [evaluate_command]

"""`aggregator outlets list|add|remove`: the outlet registry crawls start from."""

from __future__ import annotations

from urllib.parse import urlsplit

import click

from aggregator.cli.common import NothingFound, UserError, emit, output_options


@click.group("outlets")
def outlets_group() -> None:
    """List and edit the outlet registry: names, domains, and where crawls start.

    Edits are saved to $AGGREGATOR_OUTLETS (default ~/.config/aggregator/outlets.json),
    a copy of the packaged registry that then replaces it.

    \b
    Example:
      aggregator outlets list
      aggregator outlets add "Example TV" --domain exampletv.com --home https://www.exampletv.com/ \\
          --sitemap https://www.exampletv.com/sitemap.xml --feed https://www.exampletv.com/feed/
      aggregator outlets remove "Example TV"
    """


def _registry():  # type: ignore[no-untyped-def]
    from aggregator.outlets import load_registry

    return load_registry()


@outlets_group.command("list")
@click.argument("match", required=False)
@output_options
def list_command(match: str | None, as_json: bool, as_csv: bool) -> None:
    """List the outlets (optionally only those whose name or domain contains MATCH).

    \b
    Example:
      aggregator outlets list
      aggregator outlets list variety --json
    """
    rows = []
    for outlet in _registry():
        if match and match.lower() not in outlet.name.lower() and not any(match.lower() in d for d in outlet.domains):
            continue
        data = outlet.to_dict()
        rows.append({"name": outlet.name, "domains": list(outlet.domains), "kind": outlet.kind,
                     "home": data["start"]["home"], "sitemaps": data["start"]["sitemaps"],
                     "feeds": data["start"]["feeds"], "aliases": list(outlet.aliases)})
    if not rows:
        raise NothingFound(f"no outlet matching {match!r}" if match else "the registry is empty")
    emit(rows, ["name", "domains", "kind", "home", "sitemaps", "feeds"], as_json=as_json, as_csv=as_csv)


def _check_url(url: str, option: str, domains: list[str]) -> str:
    host = (urlsplit(url).hostname or "").lower()
    if urlsplit(url).scheme not in ("http", "https") or not host:
        raise UserError(f"{option} {url!r} is not an http(s) URL")
    if not any(host == d or host.endswith("." + d) for d in domains):
        raise UserError(f"{option} {url!r} is not on the outlet's domains ({', '.join(domains)})")
    return url


@outlets_group.command("add")
@click.argument("name")
@click.option("--domain", "domains", multiple=True, required=True, metavar="DOMAIN",
              help="A domain (or host) of the outlet; the first is canonical. Repeatable.")
@click.option("--alias", "aliases", multiple=True, metavar="NAME", help="Another name it goes by. Repeatable.")
@click.option("--kind", default="entertainment", show_default=True, help="trade, entertainment, news, ...")
@click.option("--home", metavar="URL", help="Home or section page to start from.")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL", help="Sitemap URL. Repeatable.")
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="RSS/Atom feed URL. Repeatable.")
def add_command(name: str, domains: tuple[str, ...], aliases: tuple[str, ...], kind: str, home: str | None,
                sitemaps: tuple[str, ...], feeds: tuple[str, ...]) -> None:
    """Add an outlet (or replace the one with the same name).

    \b
    Example:
      aggregator outlets add "Example TV" --domain exampletv.com --home https://www.exampletv.com/
    """
    from aggregator.outlets import Outlet, OutletStart, user_registry_path

    doms = [d.strip().lower().removeprefix("www.") for d in domains if d.strip()]
    if not name.strip():
        raise UserError("the outlet needs a name")
    for d in doms:
        if "/" in d or " " in d:
            raise UserError(f"--domain {d!r}: give a domain like example.com, not a URL")
    start = OutletStart(
        home=_check_url(home, "--home", doms) if home else None,
        sitemaps=tuple(_check_url(u, "--sitemap", doms) for u in sitemaps),
        feeds=tuple(_check_url(u, "--feed", doms) for u in feeds),
    )
    registry = _registry()
    try:
        registry.add(Outlet(name=name.strip(), domains=tuple(doms), aliases=aliases, kind=kind, start=start))
    except ValueError as exc:
        raise UserError(str(exc)) from None
    path = registry.save(user_registry_path())
    click.echo(f"added {name} ({', '.join(doms)}) to {path}")


@outlets_group.command("remove")
@click.argument("name_or_domain")
def remove_command(name_or_domain: str) -> None:
    """Remove an outlet by name, alias or domain.

    \b
    Example:
      aggregator outlets remove "Example TV"
    """
    from aggregator.outlets import user_registry_path

    registry = _registry()
    try:
        outlet = registry.remove(name_or_domain)
    except KeyError:
        raise NothingFound(f"no outlet called {name_or_domain!r}") from None
    path = registry.save(user_registry_path())
    click.echo(f"removed {outlet.name} from {path}")


COMMANDS = [outlets_group]

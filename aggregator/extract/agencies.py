"""Wire copy: a page whose JSON-LD author is an organization (a news agency such as
"The Associated Press") and whose visible byline names the writer. Metadata takes the
writer as the author; sources never credit the agency that wrote the story."""

from __future__ import annotations

import re
from typing import Any

# "MARGARET HOLLOWAY AP Television Writer": the capitals before the job title.
_CAPS_NAME = re.compile(r"([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)+)(?:$|\s*,|\s+(?=\S*[a-z]))")


def agency_authors(jsonld: list[dict[str, Any]]) -> list[str]:
    """The names of the JSON-LD article author when every author is an Organization
    (the first object with an author decides); [] otherwise."""
    for obj in jsonld:
        author = obj.get("author") or obj.get("creator")
        if author is not None:
            return organization_names(author)
    return []


def organization_names(value: Any) -> list[str]:
    """Names of a JSON-LD author value made only of organizations; [] when it holds a person."""
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(i, dict) and str(i.get("@type", "")).endswith("Organization") for i in items):
        return []
    return [i["name"] for i in items if isinstance(i.get("name"), str)]


def writer_name(byline: str) -> str:
    """The writer's name from a wire byline: "MARGARET HOLLOWAY AP Television Writer" ->
    "Margaret Holloway", "Jane Doe, AP Writer" -> "Jane Doe"."""
    caps = _CAPS_NAME.match(byline)
    return caps.group(1).title() if caps else byline.split(",")[0].strip()

"""Text-level filters on the main content's emitted blocks: what the container still
holds that is not the article, recognised by its words (a "Related" rail's heading, a
"Leave a Reply" section, a paywall prompt, a press release's "###", a list of links).
"""

from __future__ import annotations

import re

from aggregator.extract.apparatus import is_sources_heading_text
from aggregator.extract.blocks import SOURCE_LINE
from aggregator.extract.document import Block

_STOP_SECTION = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|\d*\s*(?:comments?|responses?|replies)"
    r"|join the (?:discussion|conversation)|(?:related|recommended|similar|more|popular|recent|latest|trending|top)"
    r"\s+(?:posts?|articles?|stories|news|reads?|videos?|coverage|content)|you (?:may|might) (?:also )?(?:like|enjoy)"
    r"|read (?:next|more|this next)|up next|more from\b.*|more (?:on|about)\b.{0,40}|trending(?: now)?|also on\b.*"
    r"|most (?:read|popular|viewed|shared)|(?:sign up|subscribe)\b.*|share this(?: \w+)?|like this|about the author"
    r"|tags?|filed under|what to read next|don'?t miss|keep reading|recommended(?: for you)?|related"
    r"|(?:shoutbox|guestbook|message board)\b.*)\s*:?$",
    re.IGNORECASE)
_WALL_PROMPT = re.compile(r"^\s*(?:subscribe|sign in|log in|register)\s+(?:now\s+)?to\s+(?:read|continue|keep|unlock)\b",
                          re.IGNORECASE)
_WALL_TEXT = re.compile(r"\bsubscri|\blog\s?in\b|\bsign\s?in\b|unlimited access|\ba week\b|\bper (?:week|month)\b|"
                        r"\bbilled\b|\bfree trial\b", re.IGNORECASE)
_END_MARK = re.compile(r"^\s*(?:#{3}|-\s?30\s?-)\s*$")
_TO_END = re.compile(r"^(?:leave a|post a|add a|\d*\s*comments?|join the|shoutbox|guestbook|message board)",
                     re.IGNORECASE)
# "Related: 'Coldwater' Spinoff Set for Summer 2026": another story's headline, linked or not.
_RELATED_LINE = re.compile(r"^\s*(?:related|read more|see also|also read|read next|more on this)\s*:\s*\S", re.IGNORECASE)
_LINK_PREFIX = re.compile(
    r"^(?:related|read more|see also|also read|also see|recommended|read next|up next|must read|don'?t miss|"
    r"watch|more|read|click here|related articles?|related stories|related coverage|read also)\b\s*[:|»>\-–—]",
    re.IGNORECASE)
_JUNK = re.compile(
    r"^(?:advertisement|ad|sponsored|skip ad|continue reading(?: below)?|story continues below(?: advertisement)?|"
    r"share this:?|like this:?|loading\.*|click to share.*|related|print|email|share|tweet|pin it|"
    r"your email address will not be published\.?.*|required fields are marked.*|"
    r"this (?:article|story) continues below.*|scroll to continue.*)$",
    re.IGNORECASE)


def filter_blocks(blocks: list[Block]) -> list[Block]:
    """The emitted blocks without rails, comment sections, paywall prompts, press-release
    boilerplate and link lists that the container still held (by their text)."""
    out: list[Block] = []
    skip_until_level: int | None = None
    in_wall = False     # inside a paywall prompt: its own lines go, the article after it stays
    for block in blocks:
        if in_wall and _WALL_TEXT.search(block.text):
            continue
        in_wall = False
        if block.kind in ("heading", "paragraph") and _WALL_PROMPT.match(block.text):
            in_wall = True      # "Subscribe to read more" over a metered article's hidden rest
            continue
        if block.kind == "heading":
            if skip_until_level is not None and block.level and block.level <= skip_until_level:
                skip_until_level = None
            if skip_until_level is not None:
                continue
            if _STOP_SECTION.match(block.text):
                if _TO_END.match(block.text):
                    skip_until_level = 0  # comments: nothing after them is article text
                else:
                    skip_until_level = block.level or 6
                continue
        elif skip_until_level is not None:
            continue
        text = block.text
        if _END_MARK.match(text):
            skip_until_level = 0    # a press release's "###": its boilerplate and contacts follow
            continue
        if _JUNK.match(text):
            continue
        if block.kind == "paragraph" and len(text) <= 160 and _RELATED_LINE.match(text):
            continue
        if block.kind in ("paragraph", "row") and len(text) <= 50 and _STOP_SECTION.match(text):
            if _TO_END.match(text):
                skip_until_level = 0    # "SHOUTBOX - leave a message!": visitors' words from here on
            continue  # a rail's label in a <div> ("More from X"): a heading in all but tag
        if block.kind in ("paragraph", "item") and not SOURCE_LINE.match(text) and block.links:
            linked = sum(len(link.text) for link in block.links)
            if _LINK_PREFIX.match(text) and linked * 2 >= len(text) - 20:
                continue
            if block.kind == "paragraph" and len(text) <= 40 and linked >= 0.9 * len(text):
                continue  # a lone short link: category kicker, "Home", "Next page"
        out.append(block)
    return _drop_link_lists(out)


def _drop_link_lists(blocks: list[Block]) -> list[Block]:
    """Runs of 3+ items that are nothing but links are story lists or tag lists, unless a
    "Sources" / "Mentioned in this episode" heading opens them (the article's own list)."""
    out: list[Block] = []
    run: list[Block] = []
    kept = False    # the current run follows a sources heading

    def close() -> None:
        if kept or len(run) < 3 or not all(_fully_linked(b) for b in run):
            out.extend(run)
        run.clear()

    for block in blocks:
        if block.kind == "item":
            run.append(block)
            continue
        close()
        out.append(block)
        kept = block.kind == "heading" and is_sources_heading_text(block.text)
    close()
    return out


def _fully_linked(block: Block) -> bool:
    linked = sum(len(link.text) for link in block.links)
    return bool(block.links) and linked >= 0.9 * len(block.text)

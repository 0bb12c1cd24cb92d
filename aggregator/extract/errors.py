"""The one exception extraction raises for input that is not an HTML page."""

from __future__ import annotations


class ExtractionError(ValueError):
    """Input is not an HTML page (empty, binary, PDF, JSON, plain text...).

    The message is a single line meant for the user ("not HTML: PDF document"),
    so callers can record it as the failure reason and go on.
    """

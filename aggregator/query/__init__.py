"""Questions journalists ask of the claim database.

Each function takes a SQLAlchemy `Connection` and returns plain dicts, so the
CLI, the web UI and the tests share one implementation of each question:

- shows.py: find_show / find_outlet (what the user means by a name);
- timeline.py: claim_timeline, timeline_count, timeline_seasons (`aggregator claims`, paged; the web UI);
- history.py: article_history (`aggregator history URL`);
- first.py: first_said (`aggregator first`);
- citations.py: credit_graph, uncredited_repeats (`aggregator citations`);
- consensus.py: consensus (`aggregator consensus`);
- scorecard.py: facts and scorecard (`aggregator facts`, `aggregator scorecard`);
- export.py: export_rows (`aggregator export`).
"""

from aggregator.query.citations import credit_graph, uncredited_repeats
from aggregator.query.consensus import consensus
from aggregator.query.export import export_rows
from aggregator.query.first import first_said
from aggregator.query.history import article_history
from aggregator.query.scorecard import add_fact, list_facts, scorecard
from aggregator.query.shows import OutletMatch, ShowMatch, find_outlet, find_show
from aggregator.query.timeline import claim_timeline, timeline_count, timeline_seasons

__all__ = [
    "OutletMatch", "ShowMatch", "add_fact", "article_history", "claim_timeline", "consensus", "credit_graph",
    "export_rows", "find_outlet", "find_show", "first_said", "list_facts", "scorecard", "timeline_count",
    "timeline_seasons", "uncredited_repeats",
]

"""aggregator: who in the entertainment press claimed what about upcoming TV seasons, when,
and on whose authority."""

__version__ = "0.1.0"

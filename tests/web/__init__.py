"""Web UI tests: pages, API, saved pages, a real browser."""

"""Live crawling: URL rules, politeness middlewares, resumable jobs, the distributed frontier.

Nothing here is used in replay mode except the URL rules; every piece is a
small Scrapy component configured from `aggregator.settings`.
"""

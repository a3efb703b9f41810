"""Across articles: cross-outlet incidents, stories and their models."""

"""Framing: the outlet's own words (loaded terms, distancing, evaluation) and sentence kinds."""

"""The knowledge base: actors, places, organisations, outlets and people as data."""

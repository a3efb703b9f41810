"""Storage of articles, analyses, incidents and stories: SQLite by default, PostgreSQL as a server."""

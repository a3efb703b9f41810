"""Ingest: read articles from files, directories, feeds, WARC archives, URL lists or stdin,
store each once (duplicates recorded against the first copy) and analyse the new ones."""

from marsad.ingest.readers import iter_reads
from marsad.ingest.record import Read
from marsad.ingest.run import Analyser, Tally, ingest, reanalyze
from marsad.ingest.sources import expand_sources
from marsad.ingest.version import analyzer_version

__all__ = ["Analyser", "Read", "Tally", "analyzer_version", "expand_sources", "ingest", "iter_reads", "reanalyze"]

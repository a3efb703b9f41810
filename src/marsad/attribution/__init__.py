"""Attribution: who says so (sources, cues, content spans, quotes)."""

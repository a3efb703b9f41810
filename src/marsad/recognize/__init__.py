"""Recognisers: entities, times and quantities found in the text, with offsets."""

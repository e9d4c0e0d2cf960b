"""Ingest: read MCQ rows from any source (``readers``), adapt each layout to the MCQ fields (``layouts``)."""

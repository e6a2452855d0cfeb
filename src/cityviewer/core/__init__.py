"""Cityviewer's core: dataset, search, romanization folding and content rules. No Qt in here."""

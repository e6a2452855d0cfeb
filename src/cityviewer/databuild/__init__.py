"""Building the dataset: the sources and their content rules, the SQLite build and the cityviewer-data command.

Tooling for people who edit the data; the app never imports it (the frozen app does not ship it). No Qt here.
"""

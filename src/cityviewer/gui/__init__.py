"""Cityviewer's Qt user interface, built on the Qt-free core."""

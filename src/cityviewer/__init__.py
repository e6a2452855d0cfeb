"""Cityviewer: an offline desktop encyclopedia of cities."""

from importlib import metadata

APP_NAME = "Cityviewer"
ORGANIZATION = "Cityviewer"


def version() -> str:
    """The version from the installed package metadata (which pyproject.toml alone sets)."""
    try:
        return metadata.version("cityviewer")
    except metadata.PackageNotFoundError:  # a bare source tree that was never installed
        return "0+unknown"

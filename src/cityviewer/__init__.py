"""Cityviewer: an offline desktop encyclopedia of cities."""

APP_NAME = "Cityviewer"
ORGANIZATION = "Cityviewer"


def version() -> str:
    """The version from the installed package metadata (which pyproject.toml alone sets). Imported here, not at
    start-up: importlib.metadata costs more to import than the whole window takes to build."""
    from importlib import metadata

    try:
        return metadata.version("cityviewer")
    except metadata.PackageNotFoundError:  # a bare source tree that was never installed
        return "0+unknown"

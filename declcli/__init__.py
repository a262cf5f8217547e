"""declcli: turn a news article into structured, checkable data."""

__version__ = "0.1.0"

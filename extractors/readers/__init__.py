"""Readers: turn an input file's bytes into the shared line stream."""


class UnreadableDocument(ValueError):
    """The file cannot be read at all (corrupt, encrypted, empty, no text layer)."""

"""The library side of the window: the document table, search, importing files."""

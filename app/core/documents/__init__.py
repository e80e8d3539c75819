"""Documents in the library: import, text layers, rendering, search, metadata, and the queries
that read them."""

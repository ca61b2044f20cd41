"""Tables of pdftotext dumps, whose cells come one per line ("stacked"): tokens, rows,
levels, grids and the specs of each kind's columns. `extractors.tables.find_stacked` is
the entry point."""

"""Tables: find them in an item's lines (or take the PDF reader's), classify by
header signature, and type them with the parser of their kind."""

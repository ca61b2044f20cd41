"""The PDF reader, one module per phase of reading a page.

- `scan`: a PDF page by page into a line stream and its tables (`read_pdf`), the
  orchestration of the phases below; `lines`, `pdfium`, `pdfium_calls`: words and lines
  from PDFium; `ocr`, `ocr_words`, `ocr_tables`: the same from a page without a text layer.
- `ruling`, `ruling_pdfium`, `gradients`: ruled tables found from a page's rules and fills.
- `chars_text`, `column_split`: the text of each cell, and columns a ruled table separates
  by whitespace only.
- `second_opinion`: camelot's lattice and stream readings where the ruling is loose.
- `continuation`: a table that runs over pages joined into one.
- `furniture`: running headers, footers and page numbers dropped.
"""

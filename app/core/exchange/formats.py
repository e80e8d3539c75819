"""The names and defaults of the OCR export formats, apart from the exporters: the command line
lists them in ``redline --help`` without loading PyMuPDF or lxml."""

OCR_FORMATS = ("alto", "page", "hocr")
DEFAULT_DPI = 300  # ALTO, PAGE and hOCR give coordinates in pixels of the page at this resolution

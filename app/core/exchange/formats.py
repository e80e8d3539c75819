"""Names and defaults of the export formats, apart from the exporters: the command line lists
them in ``redline --help`` without loading PyMuPDF or lxml."""

from typing import Literal

OCR_FORMATS = ("alto", "page", "hocr")
DEFAULT_DPI = 300  # ALTO, PAGE and hOCR give coordinates in pixels of the page at this resolution
CANVAS_DPI = 150  # IIIF and W3C: the page images' and canvases' resolution

FillStyle = Literal["black", "white"]  # how a publication's burned boxes look
FILL_STYLES: tuple[FillStyle, ...] = ("black", "white")

"""OCR and text alignment: Tesseract on pages, companion texts aligned to the scan's words,
annotations re-anchored onto new text, the doubtful-word queue."""

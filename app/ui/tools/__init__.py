"""Dialogs of the File, Tools and Help menus: export, import of annotations, OCR, detection,
metadata, About."""

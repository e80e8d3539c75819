"""Exports of a library's annotations: Redline JSON, W3C Web Annotation, corrected text, PDF.

Each module writes one format; :mod:`app.core.exchange.merge` reads Redline JSON back in.
"""

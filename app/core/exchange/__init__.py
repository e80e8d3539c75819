"""Annotation sets in and out of a library: export to Redline JSON, W3C Web Annotation, corrected
text and the publication PDF (one module per format), and reading a Redline JSON set back in
(:mod:`~app.core.exchange.validate` checks it whole, :mod:`~app.core.exchange.merge` plans the
merge, :mod:`~app.core.exchange.merge_writer` writes it, all or nothing).
"""

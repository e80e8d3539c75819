"""Annotation sets in and out of a library: export to Redline JSON, W3C Web Annotation, corrected
text and the publication PDF (one module per format), and reading a Redline JSON set back in
(:mod:`~app.core.exchange.set_reader` reads it piece by piece, :mod:`~app.core.exchange.validate`
checks each piece, :mod:`~app.core.exchange.merge` runs the merge, which
:mod:`~app.core.exchange.merge_planner` plans a step at a time, three-way and field by field
(:mod:`~app.core.exchange.three_way`), and :mod:`~app.core.exchange.merge_writer` writes, all or
nothing; :mod:`~app.core.exchange.merge_report` says what it did in words).
"""

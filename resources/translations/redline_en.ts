<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Redline</name>
    <message>
        <location filename="../../app/core/annotating/annotation_rows.py" line="+82"/>
        <source>Another reviewer changed this annotation since it was shown here, so your change was not saved; it now shows theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no annotation {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This annotation is deleted; undo the deletion to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/records.py" line="+28"/>
        <source>There is no page {page_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/annotations.py" line="+93"/>
        <source>This page has no text yet (run OCR first); mark a region instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text layer {layer_id} is not a text of page {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The region lies outside the page ({width:g} x {height:g} points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no tag {value} (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>This annotation is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bulk_accept.py" line="+98"/>
        <source>Accept all on one page or one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/annotation_rows.py" line="+102"/>
        <source>Annotation {uuid} was changed since; this step cannot be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/conflicts.py" line="+238"/>
        <source>{uuid} is not in conflict (nothing to decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field} holds {value} other values: take there:1 to there:{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take here or there, not {take!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{field} is not in conflict here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value of one&apos;s own decides one field: name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>no field {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/locate.py" line="+43"/>
        <source>The document has pages 1 to {value}; there is no page {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give the text to find (--quote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--occurrence counts from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This page has no text yet (run OCR first); give --region instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{quote!r} is not in the page&apos;s current reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{quote!r} occurs {value} time(s) on the page; there is no occurrence {occurrence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give a tag path such as Places/Havana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no tag {name!r} under {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/records.py" line="+163"/>
        <source>Annotation {uuid} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only changes of the same annotation can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/review.py" line="+69"/>
        <source>Unknown review status {status!r}; known: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/snapshots.py" line="+141"/>
        <source>a {value} it changed was changed again since; undo that first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/tag_store.py" line="+77"/>
        <source>This tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no tag {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The tag “{name}” was changed since; this step cannot be undone or redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/tags.py" line="+68"/>
        <location line="+74"/>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>There is already a tag “{name}” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colour is written #rrggbb, not {colour!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>A tag cannot be nested under itself or one of its own tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A tag cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Name the tag to reassign the uses to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="+93"/>
        <source>The marking vocabulary {path} cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/exemptions.py" line="+71"/>
        <source>The exemption vocabulary {path} cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Unknown exemption codes: {codes}.</source>
        <translation>
            <numerusform>Unknown exemption code: {codes}.</numerusform>
            <numerusform>Unknown exemption codes: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Known codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{code} (did you mean {codes}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FOIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 13526 §1.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 12958 §1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 13526 §3.3, §3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25X and 50X exemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JFK Records Act §6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{family}: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="+54"/>
        <source>A {kind} needs {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {kind} has no field {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {key} of a {kind} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {key} of a {kind} cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown marking category {category!r}; known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whether a marking is struck through is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exemptions of a redaction must be a list of codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The share of a redaction is a fraction of the page, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether a redaction is left visible is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The body of a {kind} must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {kind} holds a NUL character (U+0000), which a library cannot store; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="+21"/>
        <source>Unknown annotation kind {kind!r}; known: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A {kind} needs a span of the page text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {kind} needs a region of the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {kind} needs a span of the text or a region of the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A region needs a width and a height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The span {start}-{end} is empty or outside the page text{top}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown status {status!r}; known: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown origin {origin!r}; known: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your name (in Preferences) before making annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/backups.py" line="+74"/>
        <source>cannot copy the library to {target}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no backup at {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a Redline library backup: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a Redline library backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged ({ok}); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>that is the library itself, not a backup of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot restore {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/documents/extract.py" line="+67"/>
        <source>page {value} is damaged and cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/core/documents/ingest.py" line="+113"/>
        <location line="+7"/>
        <source>the file is damaged and cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>reading pages {value}-{last} crashed the PDF reader; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/documents/ingest.py" line="-38"/>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a PDF or a PNG, JPEG or TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the PDF is truncated (no end-of-file marker); download it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the PDF is encrypted with a password; Redline cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot store a copy in the library: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+153"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot import: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the folder holds no PDF or image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/documents/lookup.py" line="+30"/>
        <source>No document “{ref}” in the library (try `redline list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{ref}” names more than one document; use its id from `redline list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/detection/run.py" line="+97"/>
        <location filename="../../app/core/documents/metadata.py" line="+94"/>
        <location filename="../../app/core/documents/queries.py" line="+279"/>
        <source>No document with id {doc_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/detection/scan_plan.py" line="+85"/>
        <source>redaction boxes not searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banners not re-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>levels not checked for a strike line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{what} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/detection/stored.py" line="+97"/>
        <source>page {page}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/detection/scan_plan.py" line="-78"/>
        <source>{what} (failed: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} (stopped after {seconds:g} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} (the worker process crashed on this page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/detection/run.py" line="+154"/>
        <source>Tesseract is not installed: banners were not re-read from the scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/documents/queries.py" line="-83"/>
        <source>cannot sort by {sort!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/documents/search.py" line="+80"/>
        <source>The search has an opening &quot; without a closing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{word}”: a * must follow the start of a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a word or phrase to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OR and NOT go between two search terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{a} {b}”: two operators in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Redline cannot search for “{query}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/common.py" line="+53"/>
        <location filename="../../app/core/exchange/export_process.py" line="+43"/>
        <location filename="../../app/core/exchange/pdf_poppler.py" line="+86"/>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>unknown status {status!r}; use one of {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no document with id {value} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no tag named or with id {ref!r} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} tags are named {ref!r}; name the tag by its uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/destination.py" line="+56"/>
        <source>{target} is inside the Redline library at {root}; export to a place outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+134"/>
        <source>cannot write {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <source>{path} is a symbolic link; name the file itself or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is {what}; name a new file or an existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{folder} is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot make the folder {folder}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path} exists and is not a folder; move it away first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/folder.py" line="+34"/>
        <source>{name} exists and is not a folder; choose a folder to export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder {name} holds other files ({value}{value2}); choose an empty or new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot write {name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/iiif.py" line="+122"/>
        <source>the source file of {value!r} is missing from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>page {value}: the published text still holds redacted characters ({start}-{end}); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>page {value} of {title!r} would be {width} x {height} pixels at {dpi} dpi; choose a lower resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/canvas.py" line="+48"/>
        <source>a resolution of {dpi} dpi is not offered; use {MIN_DPI} to {MAX_DPI}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/iiif.py" line="+30"/>
        <source>nothing to export: no document is in this scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{exc}; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a page-image worker process stopped unexpectedly (out of memory?); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/library_copy.py" line="+78"/>
        <source>The library at {location} is read-only; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {location} already holds documents; copy into an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The source {value} is missing from {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{value} sources are missing from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_report.py" line="+29"/>
        <source>Conflicts stay until someone decides them: Edit › Conflicts… in the window, or `redline conflicts` and `redline resolve ID --take here|there`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_words.py" line="+27"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>by someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} {month}{year} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({who}, {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;a tag not here&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{w:g}×{h:g} pt at {x:g},{y:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{quote}&apos; (characters {start}-{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_lines.py" line="+28"/>
        <source>annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} of &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} proposed by the detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} ({text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} with no exemption code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} with codes {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added from {file} (made {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{added}, last changed by {who} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>proposed by the detector ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{proposed}, then {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{proposed}, {status} {by} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deleted {by} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {by} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{before} → {after} {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>in conflict: deleted here {gone_by} ({gone_at}), but changed there {changed_by} ({changed_at}) since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in conflict: deleted there {gone_by} ({gone_at}), but changed here {changed_by} ({changed_at}) since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; there </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} in conflict: here {here}, there {there}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>kept from here: this library&apos;s version is the later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from here where it differs from the file&apos;s ({fields}): this library&apos;s version is the later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>added {by} ({when}), reads {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added {by} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>deleted there before it ever came here (kept as deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{fields} kept from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its conflict was decided there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="+138"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by the file&apos;s version {by}, the later one ({fields} changed); changed on both sides, and a version 1 file does not say which change came first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Page {page} review: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Page {page}, {what}: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>  Page {page}: and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{line} (×{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/exchange/merge_report.py" line="+9"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict, for you to decide</source>
        <translation>
            <numerusform>%n in conflict, for you to decide</numerusform>
            <numerusform>%n in conflict, for you to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflicts decided there</source>
        <translation>
            <numerusform>%n conflict decided there</numerusform>
            <numerusform>%n conflicts decided there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page reviews</source>
        <translation>
            <numerusform>%n page review</numerusform>
            <numerusform>%n page reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n metadata values</source>
        <translation>
            <numerusform>%n metadata value</numerusform>
            <numerusform>%n metadata values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n annotations not placed</source>
        <translation>
            <numerusform>%n annotation not placed</numerusform>
            <numerusform>%n annotations not placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with exemption codes not in the vocabulary (see below)</source>
        <translation>
            <numerusform>%n with exemption codes not in the vocabulary (see below)</numerusform>
            <numerusform>%n with exemption codes not in the vocabulary (see below)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/core/exchange/merge_words.py" line="-75"/>
        <source>the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n tags added</source>
        <translation>
            <numerusform>%n tag added</numerusform>
            <numerusform>%n tags added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tags changed</source>
        <translation>
            <numerusform>%n tag changed</numerusform>
            <numerusform>%n tags changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tags deleted</source>
        <translation>
            <numerusform>%n tag deleted</numerusform>
            <numerusform>%n tags deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{name} would change nothing you see here: it holds %n deletions of what this library never had, which would be kept as deleted.</source>
        <translation>
            <numerusform>{name} would change nothing you see here: it holds a deletion of what this library never had, which would be kept as deleted.</numerusform>
            <numerusform>{name} would change nothing you see here: it holds %n deletions of what this library never had, which would be kept as deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{name} changed nothing you see here: it held %n deletions of what this library never had, kept as deleted.</source>
        <translation>
            <numerusform>{name} changed nothing you see here: it held a deletion of what this library never had, kept as deleted.</numerusform>
            <numerusform>{name} changed nothing you see here: it held %n deletions of what this library never had, kept as deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+148"/>
        <source>{name} would change nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} changed nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name} would change: {said}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {name}: {said}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n annotations unchanged</source>
        <translation>
            <numerusform>%n annotation unchanged</numerusform>
            <numerusform>%n annotations unchanged</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {name} would change: {said} ({same}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {name}: {said} ({same}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>W3C annotations carry no history, so where an annotation differs here and in the file the later version was kept whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a version 1 file: it carries no history, so where an annotation changed on both sides the later version was kept whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+93"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="+70"/>
        <location line="+5"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Tag &apos;{name}&apos;: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Documents not in this library (their annotations wait until imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  {title} ({n} annotations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotations with no place in this library (not imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>  … and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Exemption codes not in this library&apos;s vocabulary (kept as written; correct them, Edit › Edit chosen annotation…, before accepting or publishing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  {document}, page {page}: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n annotations quote other text than this library&apos;s page text (different OCR?).</source>
        <translation>
            <numerusform>%n annotation quotes other text than this library's page text (different OCR?).</numerusform>
            <numerusform>%n annotations quote other text than this library's page text (different OCR?).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Before the import the library was copied to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To undo the import: redline restore {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ocr_export.py" line="+103"/>
        <source>{where} does not validate against the {value} schema: {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>unknown OCR format {fmt!r}; use one of {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dpi {dpi}: choose a resolution from {value} to {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choosing pages needs exactly one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot write into {out}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/page_images.py" line="+211"/>
        <source>the page image {value} shows pixels inside the burned-in region at {x},{y} ({w}x{h} px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {value} cannot be rendered ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page {value} rendered as {width}x{height} px, not the canvas&apos;s {value2}x{value3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write page {value}: {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf.py" line="+136"/>
        <source>the source of this document cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>the source file of document {document_id} is missing from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the source of document {document_id} no longer has its pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{value} documents make {value} PDFs: name a folder instead of {name}, or export one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{title}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n documents published before it stay in the folder.</source>
        <translation>
            <numerusform>%n document published before it stays in the folder.</numerusform>
            <numerusform>%n documents published before it stay in the folder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_font.py" line="+154"/>
        <source>more than 65,535 distinct characters in one document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_pixels.py" line="+251"/>
        <source>{name} is not an 8-bit PGM image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/export_process.py" line="+7"/>
        <source>the export failed: {kind}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the export process stopped unexpectedly (exit code {exitcode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_report.py" line="+18"/>
        <source>pending (nobody accepted or rejected them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/base/language.py" line="+94"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left visible (a person chose to publish them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+133"/>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  page {page}: {n} ({codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  {n} {reason}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location filename="../../app/ui/document/doubtful_pane.py" line="+322"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+133"/>
        <location filename="../../app/ui/tools/detect_dialog.py" line="+158"/>
        <location line="+9"/>
        <location filename="../../app/ui/tools/export_request.py" line="+162"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="+53"/>
        <location filename="../../app/ui/tools/settings_dialog.py" line="+194"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n redactions</source>
        <translation>
            <numerusform>%n redaction</numerusform>
            <numerusform>%n redactions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n redacted quotes searched for in the whole file</source>
        <translation>
            <numerusform>, %n redacted quote searched for in the whole file</numerusform>
            <numerusform>, %n redacted quotes searched for in the whole file</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified by {readers}: {regions} on {pages}{quotes}; nothing of a redaction remains ({seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n regions</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}: {pages}, written to {path} in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burned in: {redactions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: {redactions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outline: {kept} entries kept, {named} naming redacted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../app/ui/tools/export_request.py" line="-5"/>
        <location line="+36"/>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{documents}, {redactions} burned in, in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../app/ui/tools/detect_dialog.py" line="-39"/>
        <location filename="../../app/ui/tools/export_request.py" line="-14"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/record_rules.py" line="+68"/>
        <source>{start}… ({count} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{start}…&quot; ({count} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the number {value} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the integer {value}… is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file holds text that is not Unicode (a lone surrogate in {text!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where}: {value!r} is not a real date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {value} lies in the future (later than {latest:%Y-%m-%d %H:%M} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/core/exchange/set_schema.py" line="+59"/>
        <source>{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{where}: the tag and the body&apos;s tag differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: only a tag annotation has a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>tag {name!r} would be its own ancestor once merged with this library&apos;s tags (tags were moved under each other here and there): move one back, then import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/set_schema.py" line="+3"/>
        <source>{where}: not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/bounded_read.py" line="+27"/>
        <source>{name} is not a JSON number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is not UTF-8 text (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is nested too deeply to be an annotation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not valid JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/validate.py" line="+73"/>
        <source>{name} is not a Redline annotation set (no format {format!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is annotation-set version {version}; this Redline reads versions {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{where}.body is nested deeper than {depth} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the value does not fit the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: its value is not a valid {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+55"/>
        <source>{where}: id {id} is used twice (also {also})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>{where}: document {id} is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: page {page} of a {count}-page document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>annotations: the annotations are missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/bounded_read.py" line="+33"/>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} is not a regular file (a device, pipe or folder); save the annotation set to a file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {size}; annotation sets over {cap} are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} grew past {cap} while it was read; annotation sets over {cap} are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/validate.py" line="+37"/>
        <source>documents[{i}]: the same source appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>documents[{i}]: pages must be numbered 0 to {last} in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tags[{i}]: the tag is its own ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: the region lies outside page {page} ({width:g} x {height:g} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: the text anchor ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: the quote does not span the anchor&apos;s offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/library.py" line="+67"/>
        <source>The disk holding the library at {root} is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {root} cannot be written (a read-only file, folder or disk); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The library at {root} is busy in another process; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk holding the library at {root} failed to read or write (full, removed or failing); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server refused the change to {location}: your role may only read this library; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server holding {location} has no disk space left; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server holding {location} cannot be reached ({reason}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The server holding {location} cannot be reached ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The server holding {location} has no disk space left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server holding {location} refused the connection: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the login to {location}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no database for {location}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another reviewer&apos;s change on {location} held what this needs for {seconds} s; nothing was changed: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server holding {location} refused the change: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{location}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{root} is a file, not a library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create a library at {root}: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The source {value} on {location} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/live.py" line="+60"/>
        <source>only a server library has live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/attach.py" line="+98"/>
        <source>{name} holds no ALTO, PAGE or hOCR files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no OCR file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/core/ocr/run.py" line="+304"/>
        <source>there is no document {doc_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{where} does not give the size of its image, so it cannot be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where} is {width:g} x {height:g} {unit}, not the shape of the scan&apos;s page ({shown_w:.0f} x {shown_h:.0f} points as shown): is it the right file or page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cancelled: nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is plain text, not ALTO, PAGE or hOCR; attach a plain OCR text on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the files mix formats ({formats}); attach one format at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the files hold {count} page(s); from page {page} the document has only {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the files hold {count} pages; the document has {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the files hold no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>--page applies to ALTO, PAGE and hOCR files, not plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/companion.py" line="+200"/>
        <source>the scan has no words to align to; read its pages with OCR first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the companion text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only {aligned} of the text&apos;s {words} words ({share}) were found on the scan: it may be another document&apos;s text; nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/formats.py" line="+83"/>
        <source>{name}: &lt;alto&gt; in namespace {value!r} is not ALTO 2-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: &lt;PcGts&gt; in namespace {value!r} is not PAGE XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is neither ALTO, PAGE nor hOCR (its root element is &lt;{local}&gt; in namespace {ns!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is neither ALTO, PAGE nor hOCR (its root element is &lt;{local}&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/file_words.py" line="+64"/>
        <location line="+6"/>
        <source>{name}: {what} is {value!r}, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/formats.py" line="+58"/>
        <source>{name}: unknown ALTO MeasurementUnit {unit!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}: {value!r} is not a point x,y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{name}: a PAGE file without a &lt;Page&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/languages.py" line="+96"/>
        <source>Tesseract does not say where its language data is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add the language data to {target}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/reanchor.py" line="+172"/>
        <source>page {page_id} has no text layer {layer_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="+68"/>
        <source>Tesseract is not installed, so Redline cannot OCR pages. Install it with your system&apos;s packages (e.g. &apos;apt install tesseract-ocr tesseract-ocr-eng&apos;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tesseract has no data for language {value} (installed: {value2}); install it, e.g. &apos;apt install tesseract-ocr-{value3}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+169"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+93"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/run.py" line="-92"/>
        <location filename="../../app/core/ocr/tesseract.py" line="+3"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+3"/>
        <source>Tesseract took longer than {timeout_s:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="+10"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+6"/>
        <location line="+7"/>
        <source>Tesseract failed: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the page cannot be rendered ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract_api.py" line="-61"/>
        <source>Tesseract&apos;s library could not load language {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tesseract&apos;s library was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/resources.py" line="+39"/>
        <source>not a resource name: {part!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/safe_xml.py" line="+62"/>
        <source>{name} is not a regular file (a device, pipe or folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is {value:.1f} MB; OCR files over {value2:.0f} MB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} declares XML entities, which Redline does not read (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} cannot be read as HTML: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds no HTML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/actions.py" line="+62"/>
        <source>Restored: this was typed here when Redline stopped, and not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The annotation this draft was an edit of is no longer there; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another reviewer changed this annotation while this form was open. Theirs is shown above, yours is kept here: OK again saves yours over theirs, Cancel keeps theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another reviewer changed this correction while this form was open. Theirs is shown above, yours is kept here: typing on, or OK, saves yours over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change saved here makes this correction the newest: the reading then shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepting this proposal would mark them a second time. Reject it as redundant? (Undo takes the rejection back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject as redundant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <location filename="../../app/ui/annotating/proposals.py" line="+250"/>
        <source>Accept redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select some text in the text pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no tag {number}: Ctrl+T makes one as you type its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These words have no boxes on the scan: Shift+drag the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{step}, new tag {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+170"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{why}: nothing can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Leave redaction visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burn redaction in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/annotating/menus.py" line="+311"/>
        <source>Delete {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not accepted: it is still a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reject redundant {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected the proposal as redundant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_words.py" line="+5"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="-29"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+1"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+6"/>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+7"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+17"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+2"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+14"/>
        <location filename="../../app/ui/library/search_pane.py" line="+102"/>
        <source>page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tag &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_lines.py" line="-191"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+3"/>
        <source>{kind} over &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+3"/>
        <source>{kind} by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/conflict_lines.py" line="+23"/>
        <source>Changed there, unseen by the deletion here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here, unseen by the deletion there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}: {after} ({who}, {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {before} → {after} ({who}, {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+17"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the conflicts have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the conflicts (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conflicts were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the conflicts were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the conflicts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/annotating/list_pane.py" line="+409"/>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What merges left for a person to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+135"/>
        <source>Nothing is in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Show in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot list the conflicts: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Changed differently here and in the library the set came from. Choose which value to keep, or write another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keep here: deleted or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there: deleted or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep here: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflict_value.py" line="+85"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="-80"/>
        <source>Write the value to keep yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+41"/>
        <source>Decide: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This conflict was decided meanwhile, by another reviewer or in another window; the list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{step}: decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflict_value.py" line="-30"/>
        <source>Decide the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{field} (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>That is not a JSON value; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/editor.py" line="+252"/>
        <source>{kind} — edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/document/layer_switcher.py" line="+79"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Known codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Theirs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type a tag&apos;s name, or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tag, or a new one: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="+99"/>
        <location filename="../../app/ui/tools/export_dialog.py" line="+382"/>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Struck through (marked, then cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Detected beside the box: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exemption code was detected beside the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Codes are checked against the exemption vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave visible in publications (do not burn it in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted redactions are burned into publication PDFs: the text and pixels under the box are removed. Tick this to publish what is under this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exemption codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Publishing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/history.py" line="+21"/>
        <source>quoted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Annotation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+33"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/list_pane.py" line="-326"/>
        <source>Waiting for the annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the document&apos;s annotations have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the document&apos;s annotations (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The annotations were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the document&apos;s annotations were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s annotations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/window/status.py" line="+47"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+303"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-302"/>
        <location line="+303"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+293"/>
        <location line="+3"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source> (orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · already marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already marked: {annotation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+8"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+36"/>
        <location line="+26"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The annotations listed by the filters above. Choosing one shows it on its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The annotations of the page or document, filtered by kind, status, tag and author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists only the annotations made by this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="-96"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-121"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only annotations a merge left for a person to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot list the annotations: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/menus.py" line="-271"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Marking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Redact the selected words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note on the &amp;page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag with tag n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Draw regions on the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit chosen annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De&amp;lete chosen annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Te&amp;xt reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Accept proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reject proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept all of this kind on the pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept all of this kind in the d&amp;ocument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page revie&amp;wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page &amp;in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page &amp;unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next unre&amp;viewed page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most &amp;doubtful first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Edit {kind}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave visible in publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History of this {kind}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decide the conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose an annotation first (N steps to the next proposal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/proposals.py" line="-188"/>
        <source>No proposals left in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A offers to reject this proposal as redundant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a proposal first (N steps to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reject the accepted redaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This redaction was accepted. Rejected, it is no longer burned in: what it covers is shown in every publication made after.

Reject it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not changed: Accept and Reject decide proposals, and this {kind} was made by a person. To remove it, delete it (Del).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This {kind} is already accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This {kind} is already rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not rejected: the redaction stays accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not accepted: the redaction is still a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no exemption code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted the redaction ({codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a proposal first: accept all takes its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Accept %n {kind} proposals on this document</source>
        <translation>
            <numerusform>Accept %n {kind} proposal on this document</numerusform>
            <numerusform>Accept %n {kind} proposals on this document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accept %n {kind} proposals on this page</source>
        <translation>
            <numerusform>Accept %n {kind} proposal on this page</numerusform>
            <numerusform>Accept %n {kind} proposals on this page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Accepted %n {kind} proposals on this document.</source>
        <translation>
            <numerusform>Accepted %n {kind} proposal on this document.</numerusform>
            <numerusform>Accepted %n {kind} proposals on this document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accepted %n {kind} proposals on this page.</source>
        <translation>
            <numerusform>Accepted %n {kind} proposal on this page.</numerusform>
            <numerusform>Accepted %n {kind} proposals on this page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n left: already marked (N steps to them; A offers to reject each as redundant).</source>
        <translation>
            <numerusform>%n left: already marked (N steps to it; A offers to reject it as redundant).</numerusform>
            <numerusform>%n left: already marked (N steps to them; A offers to reject each as redundant).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proposals left for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n left as proposals: their exemption codes are not in the vocabulary. Correct the codes, then accept them one by one.</source>
        <translation>
            <numerusform>%n left as a proposal: its exemption codes are not in the vocabulary. Correct the codes, then accept it.</numerusform>
            <numerusform>%n left as proposals: their exemption codes are not in the vocabulary. Correct the codes, then accept them one by one.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page {page}: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page}: {code} — did you mean {codes}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/review_bar.py" line="+27"/>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/library/library_model.py" line="+39"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mark page {page} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every page of this document is reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page is the only one of this document not reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/tag_manager.py" line="-39"/>
        <source>Delete the annotations that use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move them to another tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them as notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The tags as a tree, with how often each is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sub-tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move under…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Describe tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>What “{name}” is for (shown as its tooltip):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+107"/>
        <location line="+12"/>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Annotations that use “{name}”: {uses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New tag {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename tag to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recolour tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move the uses to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/undo_commands.py" line="+267"/>
        <source>Cannot redo “{step}”: what it changes was changed since, by another reviewer or in another window; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot undo “{step}”: what it changed was changed since, by another reviewer or in another window; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot undo “{step}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/author.py" line="+11"/>
        <source>Your name, recorded with every annotation you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/job_dialog.py" line="+87"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/library/import_dialog.py" line="-67"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+38"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+54"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="-28"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Highest classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declassify on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights (licence URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="-117"/>
        <location filename="../../app/core/annotating/vocabulary.py" line="-75"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+10"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="-1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/core/annotating/vocabulary.py" line="-3"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-3"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>left visible in publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share blacked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchor lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portion marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control or dissemination marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release or review stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exemption code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification authority or declassification line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotated_text_pane.py" line="+145"/>
        <source>“{text}” ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These words have more than one accepted correction: the reading shows the newest, {correction}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also accepted, not shown: {correction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="-8"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declassification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(deleted tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (struck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · left visible in publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>proposed by the detector, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="-1"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-131"/>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+2"/>
        <source>marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+113"/>
        <source>Exemption codes: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left visible in publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/actions.py" line="-150"/>
        <location line="+2"/>
        <location filename="../../app/ui/annotating/page_annotations.py" line="+174"/>
        <location line="+75"/>
        <location filename="../../app/ui/document/annotated_text_pane.py" line="-12"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+7"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+4"/>
        <source>imported, by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>{percent} sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/document_view.py" line="+76"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+120"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+14"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s OCR text, read-only, linked word by word to the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Text pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s text, or the offer to run OCR on a page without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Loading the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the page: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/doubtful_pane.py" line="-274"/>
        <source>p. {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the attached text reads “{reading}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for the doubtful words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the doubtful words have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the doubtful words (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The doubtful words were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the doubtful words were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s doubtful words again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+195"/>
        <source>No document open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Hide lone punctuation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <location filename="../../app/ui/window/side_tabs.py" line="-44"/>
        <location line="+26"/>
        <source>Doubtful words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Words the OCR was least sure of. Enter shows the word on the scan and in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document&apos;s words below the OCR confidence threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The doubtful words are read when this tab is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for doubtful words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>Cannot list doubtful words: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n corrected words are no longer listed.</source>
        <translation>
            <numerusform>%n corrected word is no longer listed.</numerusform>
            <numerusform>%n corrected words are no longer listed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No doubtful words left: {corrected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n doubtful words</source>
        <translation>
            <numerusform>%n doubtful word</numerusform>
            <numerusform>%n doubtful words</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{found} on {pages}. F7: next doubtful word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No doubtful words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/layer_switcher.py" line="-54"/>
        <source>Which reading of this page&apos;s text is shown (text layer): choose another here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page has one text layer. Tools › OCR this page, or Tools › Attach OCR text, adds another to choose from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This page has no text yet: Tools › OCR this page reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is open read-only: the text layer cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTO file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAGE XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hOCR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot switch the text layer: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n annotations carried over</source>
        <translation>
            <numerusform>%n annotation carried over</numerusform>
            <numerusform>%n annotations carried over</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text layer switched; {moved}, {orphaned} not found on this text (orphaned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text layer switched; {moved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/ocr_offer.py" line="+33"/>
        <source>Run OCR on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No text on this page (the library is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text on this page (install Tesseract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the page with Tesseract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>OCR found %n words.</source>
        <translation>
            <numerusform>OCR found %n word.</numerusform>
            <numerusform>OCR found %n words.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="+43"/>
        <location filename="../../app/ui/document/ocr_offer.py" line="+7"/>
        <source>OCR failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/ocr_text_pane.py" line="+22"/>
        <source>This page has no text yet: it is a scan without a text layer. Run OCR on it (the button above, or Tools › OCR this page) to read and search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the scan: this part of the attached text has no place on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/page_view.py" line="+167"/>
        <location filename="../../app/ui/document/thumbnails.py" line="+68"/>
        <location filename="../../app/ui/window/main_window.py" line="+508"/>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{position}, zoom {zoom}%. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scanned page. Page Up and Page Down turn pages, Ctrl+plus and Ctrl+minus zoom, dragging moves the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/render_cache.py" line="+246"/>
        <location line="+30"/>
        <source>Cannot show page {page}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/thumbnails.py" line="+27"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+15"/>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small image of each page. Choosing one shows that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/library/import_dialog.py" line="-42"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing {name} ({n} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n documents imported</source>
        <translation>
            <numerusform>%n document imported</numerusform>
            <numerusform>%n documents imported</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{documents} ({pages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n were in the library already</source>
        <translation>
            <numerusform>%n was in the library already</numerusform>
            <numerusform>%n were in the library already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n files failed</source>
        <translation>
            <numerusform>%n file failed</numerusform>
            <numerusform>%n files failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pages have no text yet: Tools › OCR pages without text in the library reads them.</source>
        <translation>
            <numerusform>%n page has no text yet: Tools › OCR pages without text in the library reads it.</numerusform>
            <numerusform>%n pages have no text yet: Tools › OCR pages without text in the library reads them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library/library_model.py" line="-6"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doc no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Detected; double-click to check or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed by a person; double-click to check or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/library/library_pane.py" line="+37"/>
        <source>Waiting for the library&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the library&apos;s documents have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the library&apos;s documents (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s documents were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the library&apos;s documents were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the library&apos;s documents again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter by title, case or document number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the documents whose title, case or document number holds the words typed. Enter opens the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s documents. Enter opens the one chosen; a column header sorts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-82"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="-49"/>
        <location line="+31"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documents of the library, with a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No document matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/library/search_pane.py" line="-50"/>
        <source>Waiting for the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the search has not been answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the search (Esc): it is cancelled on the library&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the search was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>page {n}, in the corrected reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Search all pages (words, &quot;phrases&quot;, prefix*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+6"/>
        <source>Search all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, &quot;phrases&quot; or prefix* to find in every page of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages that match, with their snippets. Enter opens the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-1"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="-27"/>
        <location line="+28"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the text of every page of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}+ pages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pages match.</source>
        <translation>
            <numerusform>%n page matches.</numerusform>
            <numerusform>%n pages match.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>So many that they are listed in library order: narrow the search to rank them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/about_dialog.py" line="+25"/>
        <source>Redline is free software under the GNU Affero General Public License, version 3 or later ({licence}). It uses PyMuPDF (AGPL-3.0) and Qt through PySide6 (LGPL-3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review, annotate and publish scanned declassified documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/ui/tools/error_dialog.py" line="+59"/>
        <source>Copy for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../app/ui/tools/error_dialog.py" line="+1"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tesseract is not installed, so OCR is unavailable. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/detect_dialog.py" line="-43"/>
        <source>Stopped: nothing was written for “{title}”, the document in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: nothing was written for the document in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more documents were not detected.</source>
        <translation>
            <numerusform>%n more document was not detected.</numerusform>
            <numerusform>%n more documents were not detected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n documents detected before it stopped keep their proposals:</source>
        <translation>
            <numerusform>%n document detected before it stopped keeps its proposals:</numerusform>
            <numerusform>%n documents detected before it stopped keep their proposals:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n documents detected before the cancel keep their proposals:</source>
        <translation>
            <numerusform>%n document detected before the cancel keeps its proposals:</numerusform>
            <numerusform>%n documents detected before the cancel keep their proposals:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{documents}: {markings} ({markings_found} found), {redactions} ({redactions_found} found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new marking proposals</source>
        <translation>
            <numerusform>%n new marking proposal</numerusform>
            <numerusform>%n new marking proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new redaction proposals</source>
        <translation>
            <numerusform>%n new redaction proposal</numerusform>
            <numerusform>%n new redaction proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of those found were not proposed: the document already has them (marked by a person, or proposed before).</source>
        <translation>
            <numerusform>%n of those found was not proposed: the document already has it (marked by a person, or proposed before).</numerusform>
            <numerusform>%n of those found were not proposed: the document already has them (marked by a person, or proposed before).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Banners re-read from the scan on {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Banners of {pages} taken from their earlier reading (not read again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n pages have no text: run OCR first to find markings on them.</source>
        <translation>
            <numerusform>%n page has no text: run OCR first to find markings on it.</numerusform>
            <numerusform>%n pages have no text: run OCR first to find markings on them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  {title}: warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposals wait in the document for you to accept or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+130"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="+81"/>
        <location line="+32"/>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/error_dialog.py" line="-16"/>
        <source>Redline: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline ran into an unexpected error and could not finish what it was doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library holds every edit made before it: each is written the moment it is made. Please send the bug report below to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The details are in the log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log file could not be written (is the disk full or read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} more errors since; each is in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 more error since; it is in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_request.py" line="-138"/>
        <source>Redline JSON (exchange, merges back in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIIF folder for a web server (Mirador and other IIIF viewers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV spreadsheet (one annotation per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication PDF (redactions burned in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALTO 4.4 XML: corrected OCR with word boxes, a file per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PAGE XML 2019: corrected OCR with word boxes, a file per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hOCR: corrected OCR with word boxes, a file per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations with a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{documents}, {pages}, {words} ({corrected} corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/document/layer_switcher.py" line="-51"/>
        <location filename="../../app/ui/tools/export_request.py" line="+5"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-183"/>
        <location line="+69"/>
        <location line="+16"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tools/export_request.py" line="+8"/>
        <source>%n words under accepted redactions left out</source>
        <translation>
            <numerusform>%n word under accepted redactions left out</numerusform>
            <numerusform>%n words under accepted redactions left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n page images</source>
        <translation>
            <numerusform>%n page image</numerusform>
            <numerusform>%n page images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deletions</source>
        <translation>
            <numerusform>%n deletion</numerusform>
            <numerusform>%n deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n annotations over accepted redactions left out</source>
        <translation>
            <numerusform>%n annotation over accepted redactions left out</numerusform>
            <numerusform>%n annotations over accepted redactions left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_dialog.py" line="-308"/>
        <source>Waiting for the document&apos;s title and the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the document&apos;s title and the tags have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting for the document&apos;s title and the tags (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document&apos;s title and the tags were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the document&apos;s title and the tags were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s title and the tags again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for what the publication covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the documents of the publication and their undecided proposals have not been counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting for what the publication covers (Esc): its count is cancelled on the library&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the publication covers was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the documents of the publication and their undecided proposals were not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count the publication&apos;s documents and proposals again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+301"/>
        <location line="+34"/>
        <location filename="../../app/ui/tools/export_request.py" line="+11"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or folder the export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per document (the destination is a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the annotations as PDF annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also proposals and rejected annotations (marked so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates are pixels of the page rendered at this resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>relative ids (or the URL the folder will be served at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the page images the files name (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White boxes with an outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the exemption codes in the boxes, e.g. (b)(6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the source&apos;s outline (entries naming redacted text go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the source&apos;s links (none over a box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The document&apos;s title and the tags were not read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redactions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The {value} documents chosen make a PDF each: choose a folder as the destination, or export the open document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {value} documents chosen make a PDF each: choose a folder as the destination, or open one document and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is a file, and this export writes a folder: choose a folder, or a name for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder, and this export writes a file: choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_start.py" line="+37"/>
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} is not empty: files of the same documents in it will be replaced.

Export into it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redaction proposals not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n redaction proposals in what you publish have not been accepted or rejected.</source>
        <translation>
            <numerusform>%n redaction proposal in what you publish has not been accepted or rejected.</numerusform>
            <numerusform>%n redaction proposals in what you publish have not been accepted or rejected.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only accepted redactions are burned in. Review the proposals first, or publish without them (they stay visible in the PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n redaction proposals to decide: A accepts, R rejects, N goes to the next</source>
        <translation>
            <numerusform>%n redaction proposal to decide: A accepts, R rejects, N goes to the next</numerusform>
            <numerusform>%n redaction proposals to decide: A accepts, R rejects, N goes to the next</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_dialog.py" line="-92"/>
        <source>The export was not started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/help_browser.py" line="+32"/>
        <source>Redline help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source># The help is missing

The user guide should be at `{path}`, but it is not there: this copy of Redline is incomplete. The guide is also in the `docs/help` folder of Redline&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/merge_dialog.py" line="-137"/>
        <location line="+157"/>
        <location filename="../../app/ui/window/main_window.py" line="-189"/>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No copy of a library on a server is made before a merge, so there is none to put back afterwards; back the database up with pg_dump first if you may want it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{name} checked. Nothing changed yet: Apply to merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} changed since it was checked; nothing was merged. Below is what it would change now: Apply to merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} changed since it was checked; nothing was merged, and it would change nothing here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} merged (Edit › Undo Import annotations takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts left for you to decide: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/job_dialog.py" line="-56"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+2"/>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+9"/>
        <source>Merging {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Annotations (*.json *.jsonld);;Redline JSON (*.json);;W3C or IIIF (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="-91"/>
        <source>typed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typed by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected, {percent} sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="-9"/>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+7"/>
        <source>Detection rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+16"/>
        <source>Metadata — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-177"/>
        <source>Every page already has text, so no page needed OCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR every page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nothing} “{again}” reads the document&apos;s pages anew with Tesseract; their present text stays available in the text-layer switcher, and annotations are carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>reading %n documents</source>
        <translation>
            <numerusform>reading %n document</numerusform>
            <numerusform>reading %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading {title}, page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped: the pages read before it keep their new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{read}, {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pages read</source>
        <translation>
            <numerusform>%n page read</numerusform>
            <numerusform>%n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages failed</source>
        <translation>
            <numerusform>%n page failed</numerusform>
            <numerusform>%n pages failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n pages not done (cancelled)</source>
        <translation>
            <numerusform>%n page not done (cancelled)</numerusform>
            <numerusform>%n pages not done (cancelled)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n annotations could not be found on the new text (orphaned).</source>
        <translation>
            <numerusform>%n annotation could not be found on the new text (orphaned).</numerusform>
            <numerusform>%n annotations could not be found on the new text (orphaned).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OCR text (*.txt *.xml *.alto *.hocr *.html *.htm);;Plain text (*.txt);;ALTO or PAGE XML (*.xml *.alto);;hOCR (*.hocr *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{format} from {producer}: {words} on {pages}, with their own boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unnamed producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n word boxes estimated along their lines.</source>
        <translation>
            <numerusform>%n word box estimated along its line.</numerusform>
            <numerusform>%n word boxes estimated along their lines.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {file}, {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{line} (a new layer: choose it with the text-layer switcher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n annotations orphaned on the new text.</source>
        <translation>
            <numerusform>%n annotation orphaned on the new text.</numerusform>
            <numerusform>%n annotations orphaned on the new text.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{aligned} of {words} words of the text placed on the scan ({share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is a layer of its own: choose it with the text-layer switcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Few of the text&apos;s words were found on the scan: it may be another document&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>
%n spans could not be placed:</source>
        <translation>
            <numerusform>
%n span could not be placed:</numerusform>
            <numerusform>
%n spans could not be placed:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>Attach OCR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/settings_dialog.py" line="-137"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the languages of your documents; OCR reads with all of them (the first ticked counts most). Languages marked “from the system” are installed for another Tesseract on this computer: ticking one copies it into Redline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} ({code}): from the system, copied into Redline when ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract is not available, so there are no OCR languages to choose. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR languages: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot add the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window changes to the language chosen when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Banners read from scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection keeps the banners it re-read from scans on this computer (their markings only, no other text), so that no later detection reads them again. The file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept now: {pages} ({size} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None kept now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgets at once; a later detection reads those banners from the scans again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-85"/>
        <location line="+214"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Find a key or an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next / previous control (Tab leaves a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close a dialog, leave the reading mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Annotation forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save (also from a note&apos;s lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the completion shown (tag path, exemption code); a code typed whole is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next / previous tab (Library, Search, Annotations…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab in the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the first document listed and go to its scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the document table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the document and go to its scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the document&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a metadata cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the page with its matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+19"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw a region to annotate (by keyboard: select words, Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen annotation&apos;s menu (its history, and more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the word in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>What an annotation is, who made it and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Hover it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outline the word on the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or hover a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hover its words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the cursor, its word outlined on the scan (not pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select words to annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows, Ctrl+Shift+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Filter the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every key of the window and what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/colour_scheme.py" line="+13"/>
        <source>Colour sc&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/libraries.py" line="+27"/>
        <source>Open &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;team library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No library in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} holds no Redline library. Make a new, empty library there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is not empty; what is in it stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/intake.py" line="+27"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/read_only.py" line="+8"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: another Redline is changing this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: the library&apos;s folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: your role on the server may only read this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/stop_waiting.py" line="+36"/>
        <source>Waiting for the library&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the library&apos;s server (Esc): what it was doing is cancelled, and you are told whether anything was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/folder_library.py" line="+38"/>
        <source>Opening a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up {folder} and upgrading it to this version of Redline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier version of Redline made this library. It is upgraded once, after a copy is kept in its backups folder; a large library takes a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped opening {folder}; this library stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped waiting for {folder}; its upgrade, once begun, finishes by itself (its backup kept). This library stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no library there any more: the folder was moved or deleted, or its disk is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing the upgrade of {folder}… The library stays whole; Redline closes as soon as the upgrade is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/side_tabs.py" line="-50"/>
        <source>The documents of the library: filter, sort and open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the text of every document (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The words the OCR was least sure of in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every annotation and proposal of this document, to filter and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-165"/>
        <location filename="../../app/ui/window/main_window.py" line="-116"/>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/main_window.py" line="+1"/>
        <source>The library, search, doubtful words and annotations, one tab each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/menus.py" line="+39"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fin&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Show word &amp;boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous d&amp;ocument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next p&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous pan&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>OCR this &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OCR this &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OCR pages without text in the &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Attach OCR text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detect &amp;markings in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detect markings in the li&amp;brary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document m&amp;etadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Next dou&amp;btful word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Redline &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Redline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/main_window.py" line="+69"/>
        <source>The log file is {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This document has no text yet: OCR reads it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No doubtful words in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflicts to decide: {n} (Edit › Conflicts…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>OCR needs Tesseract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/status.py" line="+1"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/navigation.py" line="+92"/>
        <source>Go to page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page (1–{count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/intake.py" line="+23"/>
        <source>Import scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import a folder of scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/panes.py" line="+36"/>
        <source>&amp;Side panel (library, search, annotations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rea&amp;ding mode (scan and text, full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the reading mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading mode: F11 or Esc leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/launch.py" line="+48"/>
        <source>Cannot open {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open {path}: there is no such file, nor a document of that name in the library (try `redline list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/run.py" line="-14"/>
        <source>the OCR worker process crashed on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rendering the page took longer than {timeout_s:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page took longer than {timeout_s:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no such page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/readback.py" line="+66"/>
        <source>page {value} of {title!r}: {name} still holds redacted characters ({start}-{end}); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds a word under a redaction; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds an annotation over a redaction; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds the note of a redaction; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} shows pixels inside a burned-in region; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} does not read back as it was written ({value}); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/message_strip.py" line="+32"/>
        <location line="+1"/>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/detection/calibration.py" line="+108"/>
        <source>The marking thresholds {path} cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/detection/rules.py" line="+122"/>
        <source>The marking rules {path} cannot be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The marking rules {path}: &apos;fold&apos; must map one character to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/annotation_set.py" line="+83"/>
        <location filename="../../app/core/exchange/bounded_read.py" line="-39"/>
        <location line="+33"/>
        <source>cannot read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} grew past the size cap while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/csv_export.py" line="+175"/>
        <location filename="../../app/core/exchange/redline_json.py" line="+204"/>
        <location filename="../../app/core/exchange/w3c.py" line="+157"/>
        <source>export cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge.py" line="+66"/>
        <location filename="../../app/core/exchange/w3c_convert.py" line="+125"/>
        <location filename="../../app/core/exchange/w3c_import.py" line="+259"/>
        <source>import cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_local.py" line="+91"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id {id} of the file&apos;s {kind} is already used in this library by {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>annotation {id}: text offsets {start}-{end} lie beyond the page text ({length} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_annotations.py" line="+42"/>
        <source>annotation id {id} is already used in this library by a {kind} on page {page} of another or the same document; the file has a {kind2} on page {page2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_planner.py" line="+55"/>
        <source>document id {id} names another source in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document {title!r} has {count} pages in the file but {mine} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_state.py" line="+96"/>
        <source>{what} refers to a tag that is nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_annotations.py" line="+12"/>
        <source>annotation {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_expected.py" line="+38"/>
        <source>page {page}, region {number} (x {x:.0f}, y {y:.0f}, {width:.0f} x {height:.0f} pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_poppler.py" line="-50"/>
        <source>poppler-utils (pdftotext, pdftoppm) is needed to check a publication PDF before it is written; install it (Debian/Ubuntu: apt-get install poppler-utils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>poppler&apos;s {program} did not finish reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>poppler&apos;s {program} cannot read the written file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_text_check.py" line="+69"/>
        <source>{where}: PyMuPDF still extracts the character {text!r} inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: poppler still extracts {text!r} inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_image_check.py" line="+70"/>
        <source>{where}: vector art other than the fill lies inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>an image on page {page} cannot be read back to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{where}: an image drawn there ({width} x {height} pixels) still holds what lies under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{where}: PyMuPDF renders {wrong} pixel(s) inside it other than the fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page}: pdftoppm rendered no image of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: poppler renders {wrong} pixel(s) inside it other than the fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/exchange/pdf_file_check.py" line="+91"/>
        <source>{reader} still extracts the redacted text {quote!r} outside its boxes, in %n places:</source>
        <translation>
            <numerusform>{reader} still extracts the redacted text {quote!r} outside its boxes, in %n place:</numerusform>
            <numerusform>{reader} still extracts the redacted text {quote!r} outside its boxes, in %n places:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>page {page}: “{context}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more places</source>
        <translation>
            <numerusform>and %n more place</numerusform>
            <numerusform>and %n more places</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redact the text in these places too (a search for it finds them all), or leave its redaction visible; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the redacted text {quote!r} is still stored in the file (object {xref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the redacted text {quote!r} is still in the file&apos;s trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file carries /{key} from its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file carries embedded files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file carries an outline nobody asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file&apos;s {key} names redacted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>page {page} carries a {name} annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {page} carries links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page {page} carries a form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_verify.py" line="+115"/>
        <source>page {page}: pdftoppm rendered no image of its codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_records.py" line="+90"/>
        <source>its body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its body {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{which} is a link ({link}), which Redline cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{which} has no text value that Redline can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a tag name must be 1 to {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a correction needs the text it corrects, and page {page} has no text yet: read the document with OCR first, then import the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a correction needs the text it corrects, and none was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_convert.py" line="-28"/>
        <source>annotation {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_import.py" line="-33"/>
        <source>{name} is neither a Redline annotation set nor W3C or IIIF annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the import&apos;s reading process stopped unexpectedly (exit code {exitcode}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading {name} failed: {kind}: {exc}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none of the {count} annotations in {name} has a place in this library: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write a working copy of {name} among the temporary files ({reason}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_place.py" line="+131"/>
        <source>it has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its target names no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>its target {source} is not a page of a Redline export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its document {id} is not in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its page {page} is past the document&apos;s {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_read.py" line="+30"/>
        <source>{name} is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty ({size} bytes, only white space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: its {key} are {what}, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the AnnotationPage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the annotation page {id} is not in the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not an AnnotationPage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest&apos;s canvas {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest {id} is not in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the collection&apos;s first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the collection&apos;s page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the collection&apos;s pages are not in the file (only linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its body {n} is {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its body is {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotation {name}: {problem}; W3C allows an object, a link or a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an object that is not an Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds no annotations: item 1 is {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/detection/redaction_notes.py" line="+17"/>
        <source>leaky: {n} words of text under the box can be extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaky: an image under the box can be extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaky: the text layer holds {n} words under the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/versions.py" line="+35"/>
        <source>Install Tesseract for Windows (the UB Mannheim installer) and add its folder to PATH, or put it in a &apos;tesseract&apos; folder beside redline.exe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install Tesseract with Homebrew: brew install tesseract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Tesseract with your system&apos;s packages, e.g. &apos;sudo apt install tesseract-ocr tesseract-ocr-eng&apos; (Debian, Ubuntu) or &apos;sudo dnf install tesseract&apos; (Fedora).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/team_library.py" line="+42"/>
        <source>Open a team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://user@server/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the address your team was given, or fill in the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your login on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it empty when ~/.pgpass or PGPASSWORD holds it. Redline keeps no password: it is used for this connection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to {location}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped waiting for {location}; nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server of {location} asks for a password: type it and press Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the library&apos;s address, or its server and database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/calls.py" line="+91"/>
        <source>Redline stopped waiting for the server holding {location} while it saved the change: it may have been saved; the window says which once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redline stopped waiting for the server holding {location}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redline stopped waiting for the server holding {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change Redline stopped waiting for was saved on {location} after all; the window shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change Redline stopped waiting for was not saved on {location}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the change Redline stopped waiting for was saved on {location} cannot be told; the window shows what the library holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/empty_hint.py" line="+14"/>
        <source>This library has no documents yet.

{path} ({key}) brings scans in: PDF or image files. You can also drop them on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/base/server_wait.py" line="+41"/>
        <source>Waiting for the page&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for this page&apos;s text (Esc): its read is cancelled on the library&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Read this page&apos;s text from the library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The library&apos;s server is not answering; the page&apos;s text has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page&apos;s text was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the page&apos;s text was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/draft_offer.py" line="+20"/>
        <source>Not saved when Redline stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped while a {kind} was being typed on page {page} of “{document}”. It was not saved; what was typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page that draft was typed on is no longer there; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/refusals.py" line="+23"/>
        <source>{location} is not a Redline library, or its database is damaged; it was left as it was. Choose another library, or put back a copy from its backups folder if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{location} is not a Redline library: its database holds other tables ({tables}); choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {location} was written by Redline {writer} (schema {revision}); this is Redline {version} (schema {head}), which cannot read it. Install a newer Redline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {location} was written by a newer Redline (schema {revision}); this is Redline {version} (schema {head}), which cannot read it. Install a newer Redline to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{location} holds no Redline library yet, and one cannot be made while it is opened read-only; its owner makes it by opening it once where it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {location} was made by an older Redline (schema {revision}) and needs an upgrade to schema {head}, which cannot be done read-only; open it once where it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {folder} is open for writing in another Redline process; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {folder} was not closed cleanly and its folder cannot be written, so it cannot be read here; open it once where it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create a library at {folder}: {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no library at {folder} yet; add documents with `redline import PATH`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database {database} on the server uses the {encoding} encoding; Redline needs a UTF8 one (CREATE DATABASE … ENCODING &apos;UTF8&apos;). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PostgreSQL server holding {location} is version {server}; Redline needs 13 or newer. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a PostgreSQL library address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a PostgreSQL library address: {address} (its port must be a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address {address} names no database; write it as postgresql://user@host/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library {address} needs an upgrade from schema {revision}, and pg_dump (apt-get install postgresql-client) is not installed to back it up first; install it, or back the database up yourself and set REDLINE_UPGRADE_WITHOUT_BACKUP=1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not back up {address} before upgrading it, so it was not upgraded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another Redline process writes to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your role on the server may only read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library at {location} is open read-only ({why}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/page_annotations.py" line="-205"/>
        <source>{who}&apos;s correction “{theirs}” now overrides yours, “{yours}”, of the same words: the reading shows the newest. Both are kept: hover the words to see them, reject one to settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withheld from publications by the redaction “{redaction}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld from publications by the redactions “{redaction}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burned into publications with the redaction “{redaction}”: the words a box touches are withheld whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Burned into publications with the redactions “{redaction}”: the words a box touches are withheld whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot tell what the page&apos;s redactions withhold from publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Under a proposed redaction: published until the redaction is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under a redaction left visible: published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/side_panel.py" line="+34"/>
        <source>The library&apos;s server is not answering a read of this tab: open it to stop waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tab}, waiting for the library&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/already_marked.py" line="+236"/>
        <source>These words are already marked {value}, struck through, by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These words are already marked {value} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This box is already redacted by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These words are already tagged {tag} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These words are already corrected to “{value}” by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/window/welcome.py" line="+12"/>
        <source>Welcome to Redline. The Library tab lists the documents (Enter opens one). Dashed boxes are the detector&apos;s proposals: N steps to the next, A accepts it, R rejects it. F1 opens the guide; Ctrl+/ lists every key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

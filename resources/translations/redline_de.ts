<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Redline</name>
    <message>
        <location filename="../../app/ui/annotating/history.py" line="+30"/>
        <source>Annotation history</source>
        <translation>Verlauf der Annotation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+31"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/list_pane.py" line="+56"/>
        <location filename="../../app/ui/window/main_window.py" line="+582"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <location line="+3"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="-78"/>
        <source> (orphaned)</source>
        <translation> (verwaist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · in conflict</source>
        <translation> · im Konflikt</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+8"/>
        <location filename="../../app/ui/window/main_window.py" line="+18"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The annotations listed by the filters above. Choosing one shows it on its page.</source>
        <translation>Die Annotationen, die die Filter oben auflisten. Eine auswählen zeigt sie auf ihrer Seite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The annotations of the page or document, filtered by kind, status, tag and author.</source>
        <translation>Die Annotationen der Seite oder des Dokuments, gefiltert nach Art, Status, Schlagwort und Autor.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This page</source>
        <translation>Diese Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole document</source>
        <translation>Ganzes Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists only the annotations made by this person.</source>
        <translation>Listet nur die Annotationen dieser Person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="+72"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+28"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only annotations a merge left for a person to decide</source>
        <translation>Nur Annotationen, die eine Zusammenführung zur Entscheidung offen ließ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/menus.py" line="+39"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name…</source>
        <translation>Ihr &amp;Name…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Correction…</source>
        <translation>&amp;Korrektur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Schlagwort…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Marking…</source>
        <translation>&amp;Markierung…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Redact the selected words…</source>
        <translation>Die gewählten Wörter &amp;schwärzen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note on the &amp;page…</source>
        <translation>Notiz zur &amp;Seite…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag with tag &amp;number</source>
        <translation>Mit Schlagwort &amp;Nummer versehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag {n}</source>
        <translation>Schlagwort {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Draw regions on the scan</source>
        <translation>Bereiche auf dem Scan &amp;zeichnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit chosen annotation…</source>
        <translation>Gewählte Annotation &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De&amp;lete chosen annotation</source>
        <translation>Gewählte Annotation &amp;löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text &amp;reading</source>
        <translation>&amp;Lesart des Textes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Accept proposal</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reject proposal</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next proposal</source>
        <translation>&amp;Nächster Vorschlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous proposal</source>
        <translation>&amp;Vorheriger Vorschlag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept all of this kind on the pa&amp;ge</source>
        <translation>Alle dieser Art auf der &amp;Seite annehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept all of this kind in the &amp;document</source>
        <translation>Alle dieser Art im &amp;Dokument annehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page &amp;reviewed</source>
        <translation>Seite &amp;geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page &amp;in progress</source>
        <translation>Seite &amp;in Arbeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page &amp;unreviewed</source>
        <translation>Seite &amp;ungeprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next &amp;unreviewed page</source>
        <translation>Nächste &amp;ungeprüfte Seite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most &amp;doubtful first</source>
        <translation>&amp;Unsicherste zuerst</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Edit {kind}…</source>
        <translation>{kind} bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/actions.py" line="+97"/>
        <location filename="../../app/ui/annotating/proposals.py" line="+103"/>
        <source>Accept redaction</source>
        <translation>Schwärzung annehmen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select some text in the text pane first.</source>
        <translation>Zuerst Text im Textbereich markieren.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no tag {number}: Ctrl+T makes one as you type its name.</source>
        <translation>Es gibt kein Schlagwort {number}: Strg+T legt eines an, während Sie seinen Namen tippen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These words have no boxes on the scan: Shift+drag the region.</source>
        <translation>Diese Wörter haben keine Rahmen auf dem Scan: den Bereich mit Umschalt+Ziehen zeichnen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add {kind}</source>
        <translation>{kind} hinzufügen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{step}, new tag {path}</source>
        <translation>{step}, neues Schlagwort {path}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Leave redaction visible</source>
        <translation>Schwärzung sichtbar lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burn redaction in</source>
        <translation>Schwärzung einbrennen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/annotating/menus.py" line="+0"/>
        <source>Delete {kind}</source>
        <translation>{kind} löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accepted {kind}</source>
        <translation>{kind} angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected {kind}</source>
        <translation>{kind} abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed {kind}</source>
        <translation>{kind} vorgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit {kind}</source>
        <translation>{kind} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/menus.py" line="+4"/>
        <source>Accept {kind}</source>
        <translation>{kind} annehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject {kind}</source>
        <translation>{kind} ablehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave visible in publications</source>
        <translation>In Veröffentlichungen sichtbar lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History of this {kind}…</source>
        <translation>Verlauf: {kind}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decide the conflict…</source>
        <translation>Den Konflikt entscheiden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/proposals.py" line="-64"/>
        <source>No proposals left in this document.</source>
        <translation>Keine Vorschläge mehr in diesem Dokument.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a proposal first (N steps to the next one).</source>
        <translation>Zuerst einen Vorschlag wählen (N springt zum nächsten).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not accepted: the redaction is still a proposal.</source>
        <translation>Nicht angenommen: die Schwärzung ist noch ein Vorschlag.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no exemption code</source>
        <translation>kein Ausnahmecode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted the redaction ({codes}).</source>
        <translation>Schwärzung angenommen ({codes}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a proposal first: accept all takes its kind.</source>
        <translation>Zuerst einen Vorschlag wählen: „alle annehmen“ nimmt seine Art.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept {n} {kind} proposals on this document</source>
        <translation>Vorschläge ({kind}) in diesem Dokument annehmen: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept {n} {kind} proposals on this page</source>
        <translation>Vorschläge ({kind}) auf dieser Seite annehmen: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted {n} {kind} proposals on this document.</source>
        <translation>Vorschläge ({kind}) in diesem Dokument angenommen: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted {n} {kind} proposals on this page.</source>
        <translation>Vorschläge ({kind}) auf dieser Seite angenommen: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{codes} (page {page})</source>
        <translation>{codes} (Seite {page})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} left as proposals: their exemption codes are not in the vocabulary: {listed}. Correct the codes and accept them one by one.</source>
        <translation>Als Vorschläge belassen: {n}; ihre Ausnahmecodes stehen nicht im Vokabular: {listed}. Die Codes korrigieren und einzeln annehmen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/review_bar.py" line="+20"/>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/library/library_model.py" line="+37"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page review:</source>
        <translation>Prüfung der Seite:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mark page {page} {status}</source>
        <translation>Seite {page} als {status} markieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every page of this document is reviewed.</source>
        <translation>Jede Seite dieses Dokuments ist geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/author.py" line="+11"/>
        <source>Your name, recorded with every annotation you make:</source>
        <translation>Ihr Name, der mit jeder Ihrer Annotationen gespeichert wird:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/job_dialog.py" line="+85"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+61"/>
        <source>Starting…</source>
        <translation>Beginnt…</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+32"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+155"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+49"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Highest classification</source>
        <translation>Höchste Einstufung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release status</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Freigabedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified by</source>
        <translation>Eingestuft von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification reasons</source>
        <translation>Einstufungsgründe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declassify on</source>
        <translation>Freigabe am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights (licence URL)</source>
        <translation>Rechte (Lizenz-URL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading</source>
        <translation>Lesart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left visible in publications</source>
        <translation>in Veröffentlichungen sichtbar gelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share blacked out</source>
        <translation>geschwärzter Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchor</source>
        <translation>Verankerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchor lost</source>
        <translation>Verankerung verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creation time</source>
        <translation>Erstellungszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent</source>
        <translation>übergeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification level</source>
        <translation>Einstufungsgrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portion marking</source>
        <translation>Absatzkennzeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control or dissemination marking</source>
        <translation>Kontroll- oder Verteilungsvermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release or review stamp</source>
        <translation>Freigabe- oder Prüfstempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exemption code</source>
        <translation>Ausnahmecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification authority or declassification line</source>
        <translation>Einstufungsstelle oder Freigabezeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="-1"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction</source>
        <translation>Schwärzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Exemption codes: {codes}</source>
        <translation>Ausnahmecodes: {codes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left visible in publications</source>
        <translation>In Veröffentlichungen sichtbar gelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proposed by the detector, by {who}, {when}</source>
        <translation>von der Erkennung vorgeschlagen, von {who}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported, by {who}, {when}</source>
        <translation>importiert, von {who}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {who}, {when}</source>
        <translation>von {who}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed {when}</source>
        <translation>geändert {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} sure</source>
        <translation>{percent} sicher</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="-27"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-113"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>marking</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redaction</source>
        <translation>Schwärzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="-5"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/document_view.py" line="+69"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+95"/>
        <location line="+5"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s OCR text, read-only, linked word by word to the scan.</source>
        <translation>Der OCR-Text der Seite, schreibgeschützt, Wort für Wort mit dem Scan verknüpft.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Text pane</source>
        <translation>Textbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s text, or the offer to run OCR on a page without.</source>
        <translation>Der Text der Seite, oder das Angebot, eine Seite ohne Text per OCR zu lesen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Loading the text…</source>
        <translation>Text wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/doubtful_pane.py" line="+75"/>
        <location line="+111"/>
        <source>No document open.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Hide lone punctuation marks</source>
        <translation>Einzelne Satzzeichen ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location filename="../../app/ui/window/main_window.py" line="-159"/>
        <source>Doubtful words</source>
        <translation>Unsichere Wörter</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Words the OCR was least sure of. Enter shows the word on the scan and in the text.</source>
        <translation>Wörter, bei denen die OCR am wenigsten sicher war. Enter zeigt das Wort auf dem Scan und im Text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document&apos;s words below the OCR confidence threshold.</source>
        <translation>Die Wörter des Dokuments unter der OCR-Konfidenzschwelle.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The doubtful words are read when this tab is shown.</source>
        <translation>Die unsicheren Wörter werden gelesen, wenn dieser Reiter gezeigt wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for doubtful words…</source>
        <translation>Unsichere Wörter werden gesucht…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No doubtful words.</source>
        <translation>Keine unsicheren Wörter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/layer_switcher.py" line="+25"/>
        <source>Which reading of this page&apos;s text is shown (text layer): choose another here</source>
        <translation>Welche Lesart des Seitentextes gezeigt wird (Textebene): hier eine andere wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page has one text layer. Tools › OCR this page, or Tools › Attach OCR text, adds another to choose from here.</source>
        <translation>Diese Seite hat eine Textebene. Werkzeuge › OCR dieser Seite oder Werkzeuge › OCR-Text anhängen fügt eine weitere zur Auswahl hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This page has no text yet: Tools › OCR this page reads it.</source>
        <translation>Diese Seite hat noch keinen Text: Werkzeuge › OCR dieser Seite liest ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is open read-only: the text layer cannot be changed.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet: die Textebene kann nicht gewechselt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/editor.py" line="+107"/>
        <source>{kind} — edit</source>
        <translation>{kind} — bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/ui/document/layer_switcher.py" line="+22"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Nicht gespeichert:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type a tag&apos;s name, or choose one.</source>
        <translation>Den Namen eines Schlagworts tippen oder eines wählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reads:</source>
        <translation>Lautet:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tag, or a new one: {example}</source>
        <translation>ein Schlagwort oder ein neues: {example}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Struck through (marked, then cancelled)</source>
        <translation>Durchgestrichen (gesetzt, dann aufgehoben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Detected beside the box: {codes}</source>
        <translation>Neben dem Rahmen erkannt: {codes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exemption code was detected beside the box.</source>
        <translation>Neben dem Rahmen wurde kein Ausnahmecode erkannt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. {codes}</source>
        <translation>z. B. {codes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes are checked against the exemption vocabulary.</source>
        <translation>Codes werden mit dem Verzeichnis der Ausnahmen abgeglichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave visible in publications (do not burn it in)</source>
        <translation>In Veröffentlichungen sichtbar lassen (nicht einbrennen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted redactions are burned into publication PDFs: the text and pixels under the box are removed. Tick this to publish what is under this one.</source>
        <translation>Angenommene Schwärzungen werden in Veröffentlichungs-PDFs eingebrannt: Text und Pixel unter dem Rahmen werden entfernt. Ankreuzen, um zu veröffentlichen, was unter dieser liegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exemption codes:</source>
        <translation>Ausnahmecodes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Publishing:</source>
        <translation>Veröffentlichung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+Enter saves</source>
        <translation>Strg+Eingabe speichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/layer_switcher.py" line="+11"/>
        <source>{n} words</source>
        <translation>{n} Wörter</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/ocr_offer.py" line="+36"/>
        <source>Run OCR on this page</source>
        <translation>OCR auf dieser Seite ausführen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the page with Tesseract…</source>
        <translation>Die Seite wird mit Tesseract gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/ocr_text_pane.py" line="+21"/>
        <source>This page has no text yet: it is a scan without a text layer. Run OCR on it (redline ocr) to read and search it.</source>
        <translation>Diese Seite hat noch keinen Text: sie ist ein Scan ohne Textebene. Führen Sie OCR darauf aus (redline ocr), um sie zu lesen und zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the scan: this part of the attached text has no place on the page.</source>
        <translation>Nicht auf dem Scan gefunden: dieser Teil des angehängten Textes hat keinen Platz auf der Seite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/thumbnails.py" line="+90"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small image of each page. Choosing one shows that page.</source>
        <translation>Ein kleines Bild jeder Seite. Eines auswählen zeigt diese Seite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/import_dialog.py" line="-36"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing {name} ({n} of {count})</source>
        <translation>{name} wird importiert ({n} von {count})</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/library_model.py" line="-6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case no.</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doc no.</source>
        <translation>Dok.-Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/library_pane.py" line="+46"/>
        <source>Filter by title, case or document number…</source>
        <translation>Nach Titel, Aktenzeichen oder Dokumentnummer filtern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter the library</source>
        <translation>Bibliothek filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the documents whose title, case or document number holds the words typed. Enter opens the first.</source>
        <translation>Zeigt nur die Dokumente, deren Titel, Aktenzeichen oder Dokumentnummer die eingegebenen Wörter enthält. Enter öffnet das erste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s documents. Enter opens the one chosen; a column header sorts.</source>
        <translation>Die Dokumente der Bibliothek. Enter öffnet das gewählte; ein Spaltenkopf sortiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-65"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/main_window.py" line="-264"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documents of the library, with a filter.</source>
        <translation>Die Dokumente der Bibliothek, mit einem Filter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/search_pane.py" line="+124"/>
        <source>Search all pages (words, &quot;phrases&quot;, prefix*)</source>
        <translation>Alle Seiten durchsuchen (Wörter, &quot;Phrasen&quot;, Präfix*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+6"/>
        <source>Search all pages</source>
        <translation>Alle Seiten durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, &quot;phrases&quot; or prefix* to find in every page of the library.</source>
        <translation>Wörter, &quot;Phrasen&quot; oder Präfix*, die in jeder Seite der Bibliothek gesucht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages that match, with their snippets. Enter opens the page.</source>
        <translation>Die passenden Seiten mit ihren Auszügen. Enter öffnet die Seite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-1"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/main_window.py" line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the text of every page of the library.</source>
        <translation>Den Text jeder Seite der Bibliothek durchsuchen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No match.</source>
        <translation>Kein Treffer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}+ pages match.</source>
        <translation>{n}+ Seiten passen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So many that they are listed in library order: narrow the search to rank them.</source>
        <translation>So viele, dass sie in der Reihenfolge der Bibliothek stehen: grenzen Sie die Suche ein, um sie zu ordnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: {error}</source>
        <translation>Fehler: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/about_dialog.py" line="+24"/>
        <source>Redline is free software under the GNU Affero General Public License, version 3 or later ({licence}). It uses PyMuPDF (AGPL-3.0) and Qt through PySide6 (LGPL-3.0).</source>
        <translation>Redline ist freie Software unter der GNU Affero General Public License, Version 3 oder neuer ({licence}). Es verwendet PyMuPDF (AGPL-3.0) und Qt über PySide6 (LGPL-3.0).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About Redline</source>
        <translation>Über Redline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review, annotate and publish scanned declassified documents.</source>
        <translation>Gescannte, freigegebene Regierungsdokumente prüfen, annotieren und veröffentlichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/ui/tools/error_dialog.py" line="+50"/>
        <source>Copy for a bug report</source>
        <translation>Für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/ui/tools/error_dialog.py" line="+1"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/error_dialog.py" line="-16"/>
        <source>Redline: something went wrong</source>
        <translation>Redline: etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline ran into an unexpected error and could not finish what it was doing.</source>
        <translation>Redline ist auf einen unerwarteten Fehler gestoßen und konnte nicht beenden, was es tat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library holds every edit made before it: each is written the moment it is made. Please send the bug report below to the developers.</source>
        <translation>Die Bibliothek enthält jede vorher gemachte Änderung: jede wird gespeichert, sobald sie gemacht ist. Bitte senden Sie den Fehlerbericht unten an die Entwickler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The details are in the log file:</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log file could not be written (is the disk full or read-only?).</source>
        <translation>Die Protokolldatei konnte nicht geschrieben werden (ist der Datenträger voll oder schreibgeschützt?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} more errors since; each is in the log file.</source>
        <translation>{n} weitere Fehler seither; jeder steht in der Protokolldatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 more error since; it is in the log file.</source>
        <translation>1 weiterer Fehler seither; er steht in der Protokolldatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_dialog.py" line="+64"/>
        <source>Redline JSON (exchange, merges back in)</source>
        <translation>Redline JSON (Austausch, lässt sich zurückführen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIIF folder for a web server (Mirador and other IIIF viewers)</source>
        <translation>IIIF-Ordner für einen Webserver (Mirador und andere IIIF-Betrachter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV spreadsheet (one annotation per row)</source>
        <translation>CSV-Tabelle (eine Annotation pro Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected text</source>
        <translation>Korrigierter Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication PDF (redactions burned in)</source>
        <translation>Veröffentlichungs-PDF (Schwärzungen eingebrannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALTO 4.4 XML: corrected OCR with word boxes, a file per page</source>
        <translation>ALTO 4.4 XML: korrigierte OCR mit Wortrahmen, eine Datei pro Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PAGE XML 2019: corrected OCR with word boxes, a file per page</source>
        <translation>PAGE XML 2019: korrigierte OCR mit Wortrahmen, eine Datei pro Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hOCR: corrected OCR with word boxes, a file per document</source>
        <translation>hOCR: korrigierte OCR mit Wortrahmen, eine Datei pro Dokument</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The whole library</source>
        <translation>Die ganze Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open document</source>
        <translation>Das geöffnete Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations with a tag</source>
        <translation>Annotationen mit einem Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations with a status</source>
        <translation>Annotationen mit einem Status</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or folder the export writes.</source>
        <translation>Die Datei oder der Ordner, in den der Export schreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per document (the destination is a folder)</source>
        <translation>Eine Datei pro Dokument (das Ziel ist ein Ordner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the annotations as PDF annotations</source>
        <translation>Die Annotationen als PDF-Annotationen hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also proposals and rejected annotations (marked so)</source>
        <translation>Auch Vorschläge und abgelehnte Annotationen (als solche gekennzeichnet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates are pixels of the page rendered at this resolution</source>
        <translation>Koordinaten sind Pixel der Seite, gerendert in dieser Auflösung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>relative ids (or the URL the folder will be served at)</source>
        <translation>relative IDs (oder die URL, unter der der Ordner bereitgestellt wird)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the page images the files name (PNG)</source>
        <translation>Auch die Seitenbilder schreiben, die die Dateien nennen (PNG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black boxes</source>
        <translation>Schwarze Kästen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White boxes with an outline</source>
        <translation>Weiße Kästen mit Umriss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the exemption codes in the boxes, e.g. (b)(6)</source>
        <translation>Die Ausnahmecodes in die Kästen drucken, z. B. (b)(6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the source&apos;s outline (entries naming redacted text go)</source>
        <translation>Die Gliederung der Quelle behalten (Einträge, die geschwärzten Text nennen, entfallen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the source&apos;s links (none over a box)</source>
        <translation>Die Links der Quelle behalten (keiner über einem Kasten)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/editor.py" line="-81"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="+91"/>
        <location filename="../../app/ui/tools/export_dialog.py" line="+1"/>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_dialog.py" line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redactions:</source>
        <translation>Schwärzungen:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation>{name} gibt es schon in {folder}.

Ersetzen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} is not empty: files of the same documents in it will be replaced.

Export into it anyway?</source>
        <translation>Der Ordner {folder} ist nicht leer: Dateien derselben Dokumente darin werden ersetzt.

Trotzdem dorthin exportieren?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redaction proposals not decided</source>
        <translation>Schwärzungsvorschläge nicht entschieden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only accepted redactions are burned in. Review the proposals first, or publish without them (they stay visible in the PDF).</source>
        <translation>Nur angenommene Schwärzungen werden eingebrannt. Prüfen Sie die Vorschläge zuerst oder veröffentlichen Sie ohne sie (sie bleiben im PDF sichtbar).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review them first</source>
        <translation>Zuerst prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish without them</source>
        <translation>Ohne sie veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/help_browser.py" line="+27"/>
        <source>Redline help</source>
        <translation>Redline-Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># The help is missing

The user guide should be at `{path}`, but it is not there: this copy of Redline is incomplete. The guide is also in the `docs/help` folder of Redline&apos;s source.</source>
        <translation># Die Hilfe fehlt

Das Benutzerhandbuch sollte unter `{path}` liegen, ist aber nicht da: diese Kopie von Redline ist unvollständig. Das Handbuch liegt auch im Ordner `docs/help` der Quellen von Redline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/merge_dialog.py" line="-99"/>
        <location line="+108"/>
        <source>Import annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide conflicts…</source>
        <translation>Konflikte entscheiden…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} checked. Nothing changed yet: Apply to merge it.</source>
        <translation>{name} geprüft. Noch nichts geändert: „Anwenden“ führt es zusammen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} would change nothing here.</source>
        <translation>{name} würde hier nichts ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} merged (Edit › Undo Import annotations takes it back).</source>
        <translation>{name} zusammengeführt (Bearbeiten › Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts left for you to decide: {n}.</source>
        <translation>Von Ihnen zu entscheidende Konflikte: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled; the library is unchanged.</source>
        <translation>Abgebrochen; die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merging {name}…</source>
        <translation>{name} wird zusammengeführt…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Annotations (*.json *.jsonld);;Redline JSON (*.json);;W3C or IIIF (*.json *.jsonld);;All files (*)</source>
        <translation>Annotationen (*.json *.jsonld);;Redline JSON (*.json);;W3C oder IIIF (*.json *.jsonld);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="+28"/>
        <source>Every page already has text, so no page needed OCR.</source>
        <translation>Jede Seite hat schon Text, keine Seite brauchte OCR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR every page again</source>
        <translation>Jede Seite erneut per OCR lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nothing} “{again}” reads the document&apos;s pages anew with Tesseract; their present text stays available in the text-layer switcher, and annotations are carried over.</source>
        <translation>{nothing} „{again}“ liest die Seiten des Dokuments neu mit Tesseract; ihr bisheriger Text bleibt im Textebenen-Wähler verfügbar, und Annotationen werden übertragen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>OCR text (*.txt *.xml *.alto *.hocr *.html *.htm);;Plain text (*.txt);;ALTO or PAGE XML (*.xml *.alto);;hOCR (*.hocr *.html *.htm);;All files (*)</source>
        <translation>OCR-Text (*.txt *.xml *.alto *.hocr *.html *.htm);;Reiner Text (*.txt);;ALTO oder PAGE XML (*.xml *.alto);;hOCR (*.hocr *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The text is a layer of its own: choose it with the text-layer switcher.</source>
        <translation>Der Text ist eine eigene Ebene: wählen Sie sie mit dem Textebenen-Wähler.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Attach OCR text</source>
        <translation>OCR-Text anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/settings_dialog.py" line="+36"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR languages</source>
        <translation>OCR-Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the languages of your documents; OCR reads with all of them (the first ticked counts most). Languages marked “from the system” are installed for another Tesseract on this computer: ticking one copies it into Redline.</source>
        <translation>Kreuzen Sie die Sprachen Ihrer Dokumente an; die OCR liest mit allen (die erste angekreuzte zählt am meisten). Mit „vom System“ markierte Sprachen sind für ein anderes Tesseract auf diesem Computer installiert: eine ankreuzen kopiert sie in Redline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} ({code}): from the system, copied into Redline when ticked</source>
        <translation>{name} ({code}): vom System, wird beim Ankreuzen in Redline kopiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract is not available, so there are no OCR languages to choose. {hint}</source>
        <translation>Tesseract ist nicht verfügbar, daher gibt es keine OCR-Sprachen zur Auswahl. {hint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one language.</source>
        <translation>Kreuzen Sie mindestens eine Sprache an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR languages: {languages}</source>
        <translation>OCR-Sprachen: {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot add the language</source>
        <translation>Die Sprache kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language shows when Redline starts again.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von Redline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-67"/>
        <location line="+159"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Find a key or an action…</source>
        <translation>Eine Taste oder Aktion suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next / previous control (Tab leaves a table)</source>
        <translation>Nächstes / vorheriges Element (Tab verlässt eine Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close a dialog, leave the reading mode</source>
        <translation>Einen Dialog schließen, den Lesemodus verlassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Annotation forms</source>
        <translation>Annotationsformulare</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save (also from a note&apos;s lines)</source>
        <translation>Speichern (auch aus den Zeilen einer Notiz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the completion shown (tag path, exemption code)</source>
        <translation>Die gezeigte Ergänzung übernehmen (Schlagwortpfad, Ausnahmecode)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the first document listed and go to its scan</source>
        <translation>Das erste gelistete Dokument öffnen und zu seinem Scan gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter in the filter</source>
        <translation>Enter im Filter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the document table</source>
        <translation>In die Dokumenttabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down in the filter</source>
        <translation>Pfeil nach unten im Filter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the document and go to its scan</source>
        <translation>Das Dokument öffnen und zu seinem Scan gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a row</source>
        <translation>Enter auf einer Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the document&apos;s metadata</source>
        <translation>Die Metadaten des Dokuments bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a metadata cell</source>
        <translation>Doppelklick auf eine Metadatenzelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter in the search box</source>
        <translation>Enter im Suchfeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the results</source>
        <translation>In die Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down in the search box</source>
        <translation>Pfeil nach unten im Suchfeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the page with its matches</source>
        <translation>Die Seite mit ihren Treffern öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a result</source>
        <translation>Enter auf einem Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Zoom in / out</source>
        <translation>Vergrößern / verkleinern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the page</source>
        <translation>Die Seite verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw a region to annotate</source>
        <translation>Einen Bereich zum Annotieren zeichnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the word in the text</source>
        <translation>Das Wort im Text auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a word</source>
        <translation>Auf ein Wort klicken</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>What an annotation is, who made it and when</source>
        <translation>Was eine Annotation ist, wer sie wann anlegte</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Hover it</source>
        <translation>Mit der Maus darauf zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outline the word on the scan</source>
        <translation>Das Wort auf dem Scan umranden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or hover a word</source>
        <translation>Auf ein Wort klicken oder darüberfahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hover its words</source>
        <translation>Mit der Maus auf ihre Wörter zeigen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Filter the keys</source>
        <translation>Die Tasten filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every key of the window and what it does.</source>
        <translation>Jede Taste des Fensters und was sie tut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/colour_scheme.py" line="+13"/>
        <source>Colour sc&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/libraries.py" line="+18"/>
        <source>Open &amp;library…</source>
        <translation>&amp;Bibliothek öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent library</source>
        <translation>&amp;Zuletzt geöffnete Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a library folder</source>
        <translation>Einen Bibliotheksordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No library in this folder</source>
        <translation>Keine Bibliothek in diesem Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} holds no Redline library. Make a new, empty library there?</source>
        <translation>{folder} enthält keine Redline-Bibliothek. Dort eine neue, leere Bibliothek anlegen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a library</source>
        <translation>Bibliothek anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is not empty; what is in it stays as it is.</source>
        <translation>Der Ordner ist nicht leer; was darin ist, bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/main_window.py" line="-84"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: another Redline is changing this library</source>
        <translation>Schreibgeschützt: ein anderes Redline ändert diese Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the library</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library, search, doubtful words and annotations, one tab each.</source>
        <translation>Die Bibliothek, die Suche, unsichere Wörter und Annotationen, je ein Reiter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+124"/>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+31"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+74"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+75"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit &amp;width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit &amp;page</source>
        <translation>An &amp;Seite anpassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rotate view</source>
        <translation>Ansicht &amp;drehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;word boxes</source>
        <translation>&amp;Wortrahmen zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First page</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Last page</source>
        <translation>&amp;Letzte Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go to page…</source>
        <translation>&amp;Gehe zu Seite…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &amp;document</source>
        <translation>Nächstes &amp;Dokument</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous d&amp;ocument</source>
        <translation>Vorheriges D&amp;okument</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next pa&amp;ne</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous pan&amp;e</source>
        <translation>Vorheriger B&amp;ereich</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+66"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import &amp;annotations…</source>
        <translation>&amp;Annotationen importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OCR this &amp;page</source>
        <translation>OCR dieser &amp;Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OCR this &amp;document</source>
        <translation>OCR dieses &amp;Dokuments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OCR pages without text in the &amp;library</source>
        <translation>OCR der Seiten ohne Text in der &amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Attach OCR text…</source>
        <translation>OCR-Text &amp;anhängen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect &amp;markings in this document</source>
        <translation>&amp;Markierungen in diesem Dokument erkennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect markings in the li&amp;brary</source>
        <translation>Markierungen in der Bi&amp;bliothek erkennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document m&amp;etadata…</source>
        <translation>M&amp;etadaten des Dokuments…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next dou&amp;btful word</source>
        <translation>Nächstes &amp;unsicheres Wort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redline &amp;help</source>
        <translation>Redline-&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the &amp;log folder</source>
        <translation>&amp;Protokollordner zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Redline</source>
        <translation>Ü&amp;ber Redline</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The log file is {path}</source>
        <translation>Die Protokolldatei ist {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No doubtful words in this document.</source>
        <translation>Keine unsicheren Wörter in diesem Dokument.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflicts to decide: {n} (Edit › Conflicts…)</source>
        <translation>Zu entscheidende Konflikte: {n} (Bearbeiten › Konflikte…)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>OCR needs Tesseract</source>
        <translation>OCR braucht Tesseract</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page (1–{count}):</source>
        <translation>Seite (1–{count}):</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/page_view.py" line="+160"/>
        <location filename="../../app/ui/window/main_window.py" line="+18"/>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{position}, zoom {zoom}%. </source>
        <translation>{position}, Zoom {zoom} %. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scanned page. Page Up and Page Down turn pages, Ctrl+plus and Ctrl+minus zoom, dragging moves the page.</source>
        <translation>Die gescannte Seite. Bild auf und Bild ab blättern, Strg+Plus und Strg+Minus zoomen, Ziehen verschiebt die Seite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/main_window.py" line="+10"/>
        <source>Import scans</source>
        <translation>Scans importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a folder of scans</source>
        <translation>Einen Ordner mit Scans importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/panes.py" line="+36"/>
        <source>&amp;Side panel (library, search, annotations)</source>
        <translation>&amp;Seitenleiste (Bibliothek, Suche, Annotationen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Thumbnails</source>
        <translation>&amp;Miniaturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reading mode (scan and text, full screen)</source>
        <translation>&amp;Lesemodus (Scan und Text, Vollbild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the reading mode</source>
        <translation>Lesemodus verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading mode: F11 or Esc leaves it.</source>
        <translation>Lesemodus: F11 oder Esc verlässt ihn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+55"/>
        <source>Metadata — {title}</source>
        <translation>Metadaten — {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+57"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+87"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="-99"/>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page {n}</source>
        <translation>Seite {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tag &apos;{name}&apos;</source>
        <translation>Schlagwort „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page&apos;s review</source>
        <translation>die Prüfung der Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} over &apos;{label}&apos;</source>
        <translation>{kind} über „{label}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} by you</source>
        <translation>{kind} von Ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} by {who}</source>
        <translation>{kind} von {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/annotating/list_pane.py" line="-30"/>
        <source>In conflict</source>
        <translation>Im Konflikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What merges left for a person to decide.</source>
        <translation>Was Zusammenführungen zur Entscheidung offen ließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+102"/>
        <source>Nothing is in conflict.</source>
        <translation>Nichts steht im Konflikt.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Show in the document</source>
        <translation>Im Dokument zeigen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot list the conflicts: {error}</source>
        <translation>Die Konflikte können nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Changed differently here and in the library the set came from. Choose which value to keep, or write another.</source>
        <translation>Hier und in der Bibliothek, aus der der Satz stammt, unterschiedlich geändert. Wählen Sie, welcher Wert bleibt, oder schreiben Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <source>Keep here</source>
        <translation>Hier behalten</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>There</source>
        <translation>Dort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There ({n})</source>
        <translation>Dort ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Take there</source>
        <translation>Dort übernehmen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Take there ({n})</source>
        <translation>Dort übernehmen ({n})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the value to keep yourself</source>
        <translation>Den zu behaltenden Wert selbst schreiben</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Decide: {field}</source>
        <translation>Entscheiden: {field}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{step}: decided.</source>
        <translation>{step}: entschieden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decide the conflict</source>
        <translation>Den Konflikt entscheiden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That is not a JSON value; nothing was changed.</source>
        <translation>Das ist kein JSON-Wert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotated_text_pane.py" line="+132"/>
        <source>Under a redaction on the scan</source>
        <translation>Unter einer Schwärzung auf dem Scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/tag_manager.py" line="-33"/>
        <source>Delete the annotations that use it</source>
        <translation>Die Annotationen löschen, die es verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move them to another tag</source>
        <translation>Sie auf ein anderes Schlagwort verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them as notes</source>
        <translation>Sie als Notizen behalten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The tags as a tree, with how often each is used.</source>
        <translation>Die Schlagwörter als Baum, mit der Zahl ihrer Verwendungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sub-tag…</source>
        <translation>Neues Unterschlagwort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe…</source>
        <translation>Beschreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move under…</source>
        <translation>Verschieben unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Describe tag</source>
        <translation>Schlagwort beschreiben</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>What “{name}” is for (shown as its tooltip):</source>
        <translation>Wofür „{name}“ steht (als Tooltip gezeigt):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+107"/>
        <location line="+12"/>
        <source>Delete tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Annotations that use “{name}”: {uses}.</source>
        <translation>Annotationen, die „{name}“ verwenden: {uses}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New tag {name}</source>
        <translation>Neues Schlagwort {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename tag to {name}</source>
        <translation>Schlagwort in {name} umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recolour tag</source>
        <translation>Schlagwort umfärben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move under</source>
        <translation>Verschieben unter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move tag</source>
        <translation>Schlagwort verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move the uses to</source>
        <translation>Verwendungen verschieben nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/undo_commands.py" line="+196"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation>„{step}“ kann nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot undo “{step}”: {error}</source>
        <translation>„{step}“ kann nicht rückgängig gemacht werden: {error}</translation>
    </message>
</context>
</TS>

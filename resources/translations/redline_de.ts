<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Redline</name>
    <message>
        <location filename="../../app/ui/annotating/history.py" line="+21"/>
        <source>quoted text</source>
        <translation>zitierter Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from a file</source>
        <translation>Aus einer Datei zusammengeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict decided</source>
        <translation>Konflikt entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page reviewed</source>
        <translation>Seite geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the detector</source>
        <translation>die Erkennung</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+33"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/list_pane.py" line="+83"/>
        <source>Waiting for the annotations</source>
        <translation>Warten auf die Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the document&apos;s annotations have not been read yet.</source>
        <translation>Der Server der Bibliothek antwortet nicht; die Annotationen des Dokuments wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the document&apos;s annotations (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Nicht mehr auf die Annotationen des Dokuments warten (Esc): das Lesen wird auf dem Server der Bibliothek abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The annotations were not read.</source>
        <translation>Die Annotationen wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the document&apos;s annotations were not read.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; die Annotationen des Dokuments wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s annotations again.</source>
        <translation>Die Annotationen des Dokuments erneut lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/window/status.py" line="+47"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+303"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-302"/>
        <location line="+303"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+293"/>
        <location line="+3"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="-160"/>
        <source> (orphaned)</source>
        <translation> (verwaist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · in conflict</source>
        <translation> · im Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · already marked</source>
        <translation> · bereits markiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already marked: {annotation}</source>
        <translation>Bereits markiert: {annotation}</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+8"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+36"/>
        <location line="+26"/>
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
        <location line="+29"/>
        <source>This page</source>
        <translation>Diese Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
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
        <location filename="../../app/ui/annotating/tag_manager.py" line="+78"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+29"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only annotations a merge left for a person to decide</source>
        <translation>Nur Annotationen, die eine Zusammenführung zur Entscheidung offen ließ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any tag</source>
        <translation>Alle Schlagworte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot list the annotations: {reason}</source>
        <translation>Die Annotationen können nicht aufgelistet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/menus.py" line="+40"/>
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
        <location line="+34"/>
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
        <translation>Die gewählten Wörter sch&amp;wärzen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note on the &amp;page…</source>
        <translation>No&amp;tiz zur Seite…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag with tag n&amp;umber</source>
        <translation>Mit Schlagwort N&amp;ummer versehen</translation>
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
        <source>Te&amp;xt reading</source>
        <translation>Lesa&amp;rt des Textes</translation>
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
        <source>Accept all of this kind in the d&amp;ocument</source>
        <translation>Alle dieser Art im &amp;Dokument annehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page revie&amp;wed</source>
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
        <translation>Seite unge&amp;prüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next unre&amp;viewed page</source>
        <translation>Nächste ungeprüfte Sei&amp;te</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most &amp;doubtful first</source>
        <translation>Unsicherste &amp;zuerst</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Edit {kind}…</source>
        <translation>{kind} bearbeiten…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose an annotation first (N steps to the next proposal).</source>
        <translation>Wählen Sie zuerst eine Annotation (N geht zum nächsten Vorschlag).</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/actions.py" line="+62"/>
        <source>Restored: this was typed here when Redline stopped, and not saved.</source>
        <translation>Wiederhergestellt: Dies wurde hier eingegeben, als Redline beendet wurde, und nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The annotation this draft was an edit of is no longer there; the draft is kept.</source>
        <translation>Die Annotation, deren Bearbeitung dieser Entwurf war, gibt es nicht mehr; der Entwurf bleibt aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another reviewer changed this annotation while this form was open. Theirs is shown above, yours is kept here: OK again saves yours over theirs, Cancel keeps theirs.</source>
        <translation>Jemand anderes hat diese Annotation geändert, während dieses Formular offen war. Deren Fassung steht oben, Ihre bleibt hier: Erneutes OK speichert Ihre über deren, Abbrechen behält deren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another reviewer changed this correction while this form was open. Theirs is shown above, yours is kept here: typing on, or OK, saves yours over theirs.</source>
        <translation>Jemand anderes hat diese Korrektur geändert, während dieses Formular offen war. Deren Fassung steht oben, Ihre bleibt hier: Weitertippen oder OK speichert Ihre über deren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change saved here makes this correction the newest: the reading then shows it.</source>
        <translation>Eine hier gespeicherte Änderung macht diese Korrektur zur neuesten: Der Text zeigt dann sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved by {who}, {when}</source>
        <translation>gespeichert von {who}, {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepting this proposal would mark them a second time. Reject it as redundant? (Undo takes the rejection back.)</source>
        <translation>Ihn anzunehmen, würde sie ein zweites Mal markieren. Den Vorschlag als überflüssig ablehnen? (Rückgängig nimmt die Ablehnung zurück.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject as redundant</source>
        <translation>Als überflüssig &amp;ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the proposal</source>
        <translation>Vorschlag &amp;behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redaction</source>
        <translation>&amp;Schwärzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag</source>
        <translation>Schlag&amp;wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marking</source>
        <translation>&amp;Markierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+141"/>
        <location filename="../../app/ui/annotating/proposals.py" line="+250"/>
        <source>Accept redaction</source>
        <translation>Schwärzung annehmen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select some text in the text pane first.</source>
        <translation>Zuerst Text im Textbereich markieren.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no tag {number}: Ctrl+T makes one as you type its name.</source>
        <translation>Es gibt kein Schlagwort {number}: Strg+T legt eines an, während Sie seinen Namen tippen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These words have no boxes on the scan: Shift+drag the region.</source>
        <translation>Diese Wörter haben keine Rahmen auf dem Scan: den Bereich mit Umschalt+Ziehen zeichnen.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add {kind}</source>
        <translation>{kind} hinzufügen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{step}, new tag {path}</source>
        <translation>{step}, neues Schlagwort {path}</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{why}: nothing can be changed here.</source>
        <translation>{why}: hier kann nichts geändert werden.</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../../app/ui/annotating/menus.py" line="-62"/>
        <source>Delete {kind}</source>
        <translation>{kind} löschen</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+9"/>
        <source>Already marked</source>
        <translation>Bereits markiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not accepted: it is still a proposal.</source>
        <translation>Nicht angenommen: Es bleibt ein Vorschlag.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reject redundant {kind}</source>
        <translation>{kind} als überflüssig ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected the proposal as redundant.</source>
        <translation>Der Vorschlag wurde als überflüssig abgelehnt.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../app/ui/annotating/proposals.py" line="-188"/>
        <source>No proposals left in this document.</source>
        <translation>Keine Vorschläge mehr in diesem Dokument.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A offers to reject this proposal as redundant.</source>
        <translation>A bietet an, diesen Vorschlag als überflüssig abzulehnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a proposal first (N steps to the next one).</source>
        <translation>Zuerst einen Vorschlag wählen (N springt zum nächsten).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reject the accepted redaction?</source>
        <translation>Angenommene Schwärzung ablehnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This redaction was accepted. Rejected, it is no longer burned in: what it covers is shown in every publication made after.

Reject it?</source>
        <translation>Diese Schwärzung wurde angenommen. Abgelehnt wird sie nicht mehr eingebrannt: was sie verdeckt, zeigt jede danach erstellte Veröffentlichung.

Ablehnen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not changed: Accept and Reject decide proposals, and this {kind} was made by a person. To remove it, delete it (Del).</source>
        <translation>Nicht geändert: Annehmen und Ablehnen entscheiden über Vorschläge, und dies ({kind}) hat eine Person angelegt. Zum Entfernen löschen (Entf).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This {kind} is already accepted.</source>
        <translation>Bereits angenommen: {kind}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This {kind} is already rejected.</source>
        <translation>Bereits abgelehnt: {kind}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not rejected: the redaction stays accepted.</source>
        <translation>Nicht abgelehnt: die Schwärzung bleibt angenommen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not accepted: the redaction is still a proposal.</source>
        <translation>Nicht angenommen: die Schwärzung ist noch ein Vorschlag.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no exemption code</source>
        <translation>kein Ausnahmecode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted the redaction ({codes}).</source>
        <translation>Schwärzung angenommen ({codes}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a proposal first: accept all takes its kind.</source>
        <translation>Zuerst einen Vorschlag wählen: „alle annehmen“ nimmt seine Art.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Accept %n {kind} proposals on this document</source>
        <translation>
            <numerusform>Vorschläge ({kind}) in diesem Dokument annehmen: %n</numerusform>
            <numerusform>Vorschläge ({kind}) in diesem Dokument annehmen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accept %n {kind} proposals on this page</source>
        <translation>
            <numerusform>Vorschläge ({kind}) auf dieser Seite annehmen: %n</numerusform>
            <numerusform>Vorschläge ({kind}) auf dieser Seite annehmen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Accepted %n {kind} proposals on this document.</source>
        <translation>
            <numerusform>Vorschläge ({kind}) in diesem Dokument angenommen: %n.</numerusform>
            <numerusform>Vorschläge ({kind}) in diesem Dokument angenommen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accepted %n {kind} proposals on this page.</source>
        <translation>
            <numerusform>Vorschläge ({kind}) auf dieser Seite angenommen: %n.</numerusform>
            <numerusform>Vorschläge ({kind}) auf dieser Seite angenommen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n left: already marked (N steps to them; A offers to reject each as redundant).</source>
        <translation>
            <numerusform>%n bleibt offen: bereits markiert (N geht zu ihm; A bietet an, ihn als überflüssig abzulehnen).</numerusform>
            <numerusform>%n bleiben offen: bereits markiert (N geht zu ihnen; A bietet an, jeden als überflüssig abzulehnen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proposals left for you</source>
        <translation>Vorschläge, die auf Sie warten</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n left as proposals: their exemption codes are not in the vocabulary. Correct the codes, then accept them one by one.</source>
        <translation>
            <numerusform>%n bleibt Vorschlag: Seine Ausnahmecodes stehen nicht im Vokabular. Korrigieren Sie die Codes und nehmen Sie ihn dann an.</numerusform>
            <numerusform>%n bleiben Vorschläge: Ihre Ausnahmecodes stehen nicht im Vokabular. Korrigieren Sie die Codes und nehmen Sie sie dann einzeln an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page {page}: {code}.</source>
        <translation>Seite {page}: {code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} or {last}</source>
        <translation>{first} oder {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page}: {code} — did you mean {codes}?</source>
        <translation>Seite {page}: {code} – meinten Sie {codes}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/review_bar.py" line="+27"/>
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
        <location filename="../../app/ui/library/library_model.py" line="+39"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page review:</source>
        <translation>Prüfung der Seite:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mark page {page} {status}</source>
        <translation>Seite {page} als {status} markieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every page of this document is reviewed.</source>
        <translation>Jede Seite dieses Dokuments ist geprüft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page is the only one of this document not reviewed.</source>
        <translation>Diese Seite ist die einzige nicht geprüfte dieses Dokuments.</translation>
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
        <location filename="../../app/ui/base/job_dialog.py" line="+87"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+66"/>
        <source>Starting…</source>
        <translation>Beginnt…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+38"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+202"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+66"/>
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
        <location filename="../../app/core/exchange/pdf_report.py" line="+18"/>
        <source>pending (nobody accepted or rejected them)</source>
        <translation>offen (niemand hat sie angenommen oder abgelehnt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left visible (a person chose to publish them)</source>
        <translation>sichtbar gelassen (jemand hat entschieden, sie zu veröffentlichen)</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+104"/>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  page {page}: {n} ({codes})</source>
        <translation>  Seite {page}: {n} ({codes})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} ({n})</source>
        <translation>Seite {page} ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  {n} {reason}: {where}</source>
        <translation>  {n} {reason}: {where}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location filename="../../app/ui/document/doubtful_pane.py" line="+322"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+29"/>
        <location filename="../../app/ui/tools/detect_dialog.py" line="+158"/>
        <location line="+9"/>
        <location filename="../../app/ui/tools/export_request.py" line="+162"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="+191"/>
        <location filename="../../app/ui/tools/settings_dialog.py" line="+194"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n redactions</source>
        <translation>
            <numerusform>%n Schwärzung</numerusform>
            <numerusform>%n Schwärzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n redacted quotes searched for in the whole file</source>
        <translation>
            <numerusform>, %n geschwärztes Zitat in der ganzen Datei gesucht</numerusform>
            <numerusform>, %n geschwärzte Zitate in der ganzen Datei gesucht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified by {readers}: {regions} on {pages}{quotes}; nothing of a redaction remains ({seconds} s).</source>
        <translation>Geprüft mit {readers}: {regions} auf {pages}{quotes}; von keiner Schwärzung ist etwas übrig ({seconds} s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n regions</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}: {pages}, written to {path} in {seconds} s.</source>
        <translation>{title}: {pages}, in {seconds} s nach {path} geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burned in: {redactions}</source>
        <translation>Eingebrannt: {redactions}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: {redactions}</source>
        <translation>Ausgelassen: {redactions}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outline: {kept} entries kept, {named} naming redacted text</source>
        <translation>Gliederung: {kept} Einträge behalten, {named} nennen geschwärzten Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../app/ui/tools/export_request.py" line="-5"/>
        <location line="+36"/>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{documents}, {redactions} burned in, in {seconds} s.</source>
        <translation>{documents}, {redactions} eingebrannt, in {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../app/ui/tools/detect_dialog.py" line="-39"/>
        <location filename="../../app/ui/tools/export_request.py" line="-14"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+1"/>
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
        <location filename="../../app/core/annotating/bodies.py" line="+72"/>
        <location filename="../../app/ui/base/language.py" line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>reading</source>
        <translation>Lesart</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="-1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+2"/>
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
        <location filename="../../app/ui/document/annotation_style.py" line="-105"/>
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
        <location line="+75"/>
        <source>classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portion</source>
        <translation>Absatzkennzeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control</source>
        <translation>Verteilungsvermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exemption</source>
        <translation>Ausnahmecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declassification</source>
        <translation>Deklassifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(deleted tag)</source>
        <translation>(gelöschtes Schlagwort)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (struck)</source>
        <translation> (durchgestrichen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · left visible in publications</source>
        <translation> · in Veröffentlichungen sichtbar gelassen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>proposed by the detector, {when}</source>
        <translation>von der Erkennung vorgeschlagen, {when}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="+122"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-131"/>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+116"/>
        <source>Exemption codes: {codes}</source>
        <translation>Ausnahmecodes: {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left visible in publications</source>
        <translation>In Veröffentlichungen sichtbar gelassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/actions.py" line="-150"/>
        <location line="+2"/>
        <location filename="../../app/ui/annotating/page_annotations.py" line="+174"/>
        <location line="+75"/>
        <location filename="../../app/ui/document/annotated_text_pane.py" line="+144"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+7"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+4"/>
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
        <location line="+2"/>
        <location line="+12"/>
        <source>{percent} sure</source>
        <translation>{percent} sicher</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="+4"/>
        <location filename="../../app/core/annotating/vocabulary.py" line="+1"/>
        <location filename="../../app/ui/base/language.py" line="-27"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-150"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="+1"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>marking</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>redaction</source>
        <translation>Schwärzung</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="-1"/>
        <location filename="../../app/core/annotating/vocabulary.py" line="+1"/>
        <location filename="../../app/ui/base/language.py" line="-5"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/document_view.py" line="+76"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+120"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+14"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s OCR text, read-only, linked word by word to the scan.</source>
        <translation>Der OCR-Text der Seite, schreibgeschützt, Wort für Wort mit dem Scan verknüpft.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Text pane</source>
        <translation>Textbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s text, or the offer to run OCR on a page without.</source>
        <translation>Der Text der Seite, oder das Angebot, eine Seite ohne Text per OCR zu lesen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Loading the text…</source>
        <translation>Text wird geladen…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read the page</source>
        <translation>Die Seite kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the page: {reason}</source>
        <translation>Die Seite kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/doubtful_pane.py" line="-274"/>
        <source>p. {page}</source>
        <translation>S. {page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}”</source>
        <translation>„{word}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence {value}</source>
        <translation>Konfidenz {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the attached text reads “{reading}”</source>
        <translation>der beigefügte Text liest „{reading}“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for the doubtful words</source>
        <translation>Warten auf die zweifelhaften Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the doubtful words have not been read yet.</source>
        <translation>Der Server der Bibliothek antwortet nicht; die zweifelhaften Wörter wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the doubtful words (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Nicht mehr auf die zweifelhaften Wörter warten (Esc): das Lesen wird auf dem Server der Bibliothek abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The doubtful words were not read.</source>
        <translation>Die zweifelhaften Wörter wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the doubtful words were not read.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; die zweifelhaften Wörter wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s doubtful words again.</source>
        <translation>Die zweifelhaften Wörter des Dokuments erneut lesen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+195"/>
        <source>No document open.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Hide lone punctuation marks</source>
        <translation>Einzelne Satzzeichen ausblenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <location filename="../../app/ui/window/side_tabs.py" line="-44"/>
        <location line="+26"/>
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
        <location line="+35"/>
        <source>The doubtful words are read when this tab is shown.</source>
        <translation>Die unsicheren Wörter werden gelesen, wenn dieser Reiter gezeigt wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for doubtful words…</source>
        <translation>Unsichere Wörter werden gesucht…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>Cannot list doubtful words: {reason}</source>
        <translation>Unsichere Wörter können nicht aufgelistet werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n corrected words are no longer listed.</source>
        <translation>
            <numerusform>%n korrigiertes Wort steht nicht mehr in der Liste.</numerusform>
            <numerusform>%n korrigierte Wörter stehen nicht mehr in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No doubtful words left: {corrected}</source>
        <translation>Keine unsicheren Wörter mehr: {corrected}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n doubtful words</source>
        <translation>
            <numerusform>%n unsicheres Wort</numerusform>
            <numerusform>%n unsichere Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{found} on {pages}. F7: next doubtful word.</source>
        <translation>{found} auf {pages}. F7: nächstes unsicheres Wort.</translation>
    </message>
    <message>
        <location line="-6"/>
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
        <location line="+5"/>
        <source>PDF text</source>
        <translation>PDF-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract OCR</source>
        <translation>Tesseract-OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTO file</source>
        <translation>ALTO-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAGE XML file</source>
        <translation>PAGE-XML-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hOCR file</source>
        <translation>hOCR-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text file</source>
        <translation>Textdatei</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot switch the text layer: {reason}</source>
        <translation>Die Textebene kann nicht gewechselt werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n annotations carried over</source>
        <translation>
            <numerusform>%n Annotation übertragen</numerusform>
            <numerusform>%n Annotationen übertragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text layer switched; {moved}, {orphaned} not found on this text (orphaned).</source>
        <translation>Textebene gewechselt; {moved}, {orphaned} in diesem Text nicht gefunden (verwaist).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text layer switched; {moved}.</source>
        <translation>Textebene gewechselt; {moved}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/editor.py" line="+252"/>
        <source>{kind} — edit</source>
        <translation>{kind} — bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/document/layer_switcher.py" line="-63"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Known codes</source>
        <translation>Bekannte Codes</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Nicht gespeichert:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Theirs:</source>
        <translation>Deren:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type a tag&apos;s name, or choose one.</source>
        <translation>Den Namen eines Schlagworts tippen oder eines wählen.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+43"/>
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
        <location line="+43"/>
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
        <location line="+7"/>
        <source>Codes are checked against the exemption vocabulary.</source>
        <translation>Codes werden mit dem Verzeichnis der Ausnahmen abgeglichen.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+9"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Publishing:</source>
        <translation>Veröffentlichung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Enter saves</source>
        <translation>Strg+Enter speichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/ocr_offer.py" line="+33"/>
        <source>Run OCR on this page</source>
        <translation>Seite per OCR lesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No text on this page (the library is read-only).</source>
        <translation>Kein Text auf dieser Seite (die Bibliothek ist schreibgeschützt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text on this page (install Tesseract).</source>
        <translation>Kein Text auf dieser Seite (installieren Sie Tesseract).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text on this page.</source>
        <translation>Kein Text auf dieser Seite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the page with Tesseract…</source>
        <translation>Die Seite wird mit Tesseract gelesen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing was done</source>
        <translation>nichts wurde getan</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>OCR found %n words.</source>
        <translation>
            <numerusform>OCR hat %n Wort gefunden.</numerusform>
            <numerusform>OCR hat %n Wörter gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="+387"/>
        <location filename="../../app/ui/document/ocr_offer.py" line="+7"/>
        <source>OCR failed: {reason}</source>
        <translation>OCR fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/ocr_text_pane.py" line="+22"/>
        <source>This page has no text yet: it is a scan without a text layer. Run OCR on it (the button above, or Tools › OCR this page) to read and search it.</source>
        <translation>Diese Seite hat noch keinen Text: sie ist ein Scan ohne Textebene. Führen Sie OCR darauf aus (die Schaltfläche darüber, oder Werkzeuge › OCR dieser Seite), um sie zu lesen und zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the scan: this part of the attached text has no place on the page.</source>
        <translation>Nicht auf dem Scan gefunden: dieser Teil des angehängten Textes hat keinen Platz auf der Seite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/thumbnails.py" line="+95"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+15"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small image of each page. Choosing one shows that page.</source>
        <translation>Ein kleines Bild jeder Seite. Eines auswählen zeigt diese Seite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/import_dialog.py" line="-71"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing {name} ({n} of {count})</source>
        <translation>{name} wird importiert ({n} von {count})</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n documents imported</source>
        <translation>
            <numerusform>%n Dokument importiert</numerusform>
            <numerusform>%n Dokumente importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{documents} ({pages})</source>
        <translation>{documents} ({pages})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n were in the library already</source>
        <translation>
            <numerusform>%n war schon in der Bibliothek</numerusform>
            <numerusform>%n waren schon in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n files failed</source>
        <translation>
            <numerusform>%n Datei fehlgeschlagen</numerusform>
            <numerusform>%n Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {what}</source>
        <translation>Abgebrochen: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pages have no text yet: Tools › OCR pages without text in the library reads them.</source>
        <translation>
            <numerusform>%n Seite hat noch keinen Text: Werkzeuge › OCR der Seiten ohne Text in der Bibliothek liest sie.</numerusform>
            <numerusform>%n Seiten haben noch keinen Text: Werkzeuge › OCR der Seiten ohne Text in der Bibliothek liest sie.</numerusform>
        </translation>
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
        <location line="+189"/>
        <source>Detected; double-click to check or edit</source>
        <translation>Erkannt; Doppelklick zum Prüfen oder Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed by a person; double-click to check or edit</source>
        <translation>Von einer Person eingegeben; Doppelklick zum Prüfen oder Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/library_pane.py" line="+37"/>
        <source>Waiting for the library&apos;s documents</source>
        <translation>Warten auf die Dokumente der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the library&apos;s documents have not been read yet.</source>
        <translation>Der Server der Bibliothek antwortet nicht; die Dokumente der Bibliothek wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the library&apos;s documents (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Nicht mehr auf die Dokumente der Bibliothek warten (Esc): das Lesen wird auf dem Server der Bibliothek abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s documents were not read.</source>
        <translation>Die Dokumente der Bibliothek wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the library&apos;s documents were not read.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; die Dokumente der Bibliothek wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the library&apos;s documents again.</source>
        <translation>Die Dokumente der Bibliothek erneut lesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter by title, case or document number…</source>
        <translation>Nach Titel, Aktenzeichen oder Dokumentnummer filtern…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-82"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="-49"/>
        <location line="+31"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documents of the library, with a filter.</source>
        <translation>Die Dokumente der Bibliothek, mit einem Filter.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No document matches “{text}”.</source>
        <translation>Kein Dokument passt zu „{text}“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/search_pane.py" line="+52"/>
        <source>Waiting for the search</source>
        <translation>Warten auf die Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the search has not been answered yet.</source>
        <translation>Der Server der Bibliothek antwortet nicht; die Suche wurde noch nicht beantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the search (Esc): it is cancelled on the library&apos;s server.</source>
        <translation>Nicht mehr auf die Suche warten (Esc): sie wird auf dem Server der Bibliothek abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search was not made.</source>
        <translation>Die Suche wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the search was not made.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; die Suche wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the library again.</source>
        <translation>Die Bibliothek erneut durchsuchen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>page {n}, in the corrected reading</source>
        <translation>Seite {n}, in der korrigierten Lesart</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Search all pages (words, &quot;phrases&quot;, prefix*)</source>
        <translation>Alle Seiten durchsuchen (Wörter, &quot;Phrasen&quot;, Präfix*)</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../../app/ui/window/side_tabs.py" line="-27"/>
        <location line="+28"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the text of every page of the library.</source>
        <translation>Den Text jeder Seite der Bibliothek durchsuchen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No match.</source>
        <translation>Kein Treffer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}+ pages match.</source>
        <translation>{n}+ Seiten passen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pages match.</source>
        <translation>
            <numerusform>%n Seite passt.</numerusform>
            <numerusform>%n Seiten passen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>So many that they are listed in library order: narrow the search to rank them.</source>
        <translation>So viele, dass sie in der Reihenfolge der Bibliothek stehen: grenzen Sie die Suche ein, um sie zu ordnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: {error}</source>
        <translation>Fehler: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/about_dialog.py" line="+25"/>
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
        <location filename="../../app/ui/tools/error_dialog.py" line="+59"/>
        <source>Copy for a bug report</source>
        <translation>Für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../app/ui/tools/error_dialog.py" line="+1"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tesseract is not installed, so OCR is unavailable. {hint}</source>
        <translation>Tesseract ist nicht installiert, daher ist keine OCR möglich. {hint}</translation>
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
        <location line="+1"/>
        <source>Redline</source>
        <translation>Redline</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_request.py" line="-138"/>
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
        <location line="+72"/>
        <source>{documents}, {pages}, {words} ({corrected} corrected)</source>
        <translation>{documents}, {pages}, {words} ({corrected} korrigiert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/document/layer_switcher.py" line="+12"/>
        <location filename="../../app/ui/tools/export_request.py" line="+5"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-70"/>
        <location line="+69"/>
        <location line="+16"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tools/export_request.py" line="+8"/>
        <source>%n words under accepted redactions left out</source>
        <translation>
            <numerusform>%n Wort unter angenommenen Schwärzungen ausgelassen</numerusform>
            <numerusform>%n Wörter unter angenommenen Schwärzungen ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n page images</source>
        <translation>
            <numerusform>%n Seitenbild</numerusform>
            <numerusform>%n Seitenbilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n annotations</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deletions</source>
        <translation>
            <numerusform>%n Löschung</numerusform>
            <numerusform>%n Löschungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n annotations over accepted redactions left out</source>
        <translation>
            <numerusform>%n Annotation über angenommenen Schwärzungen ausgelassen</numerusform>
            <numerusform>%n Annotationen über angenommenen Schwärzungen ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_dialog.py" line="+74"/>
        <source>Waiting for the document&apos;s title and the tags</source>
        <translation>Warten auf den Titel des Dokuments und die Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the document&apos;s title and the tags have not been read yet.</source>
        <translation>Der Server der Bibliothek antwortet nicht; der Titel des Dokuments und die Schlagwörter wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting for the document&apos;s title and the tags (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Nicht mehr auf den Titel des Dokuments und die Schlagwörter warten (Esc): das Lesen wird auf dem Server der Bibliothek abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document&apos;s title and the tags were not read.</source>
        <translation>Der Titel des Dokuments und die Schlagwörter wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the document&apos;s title and the tags were not read.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; der Titel des Dokuments und die Schlagwörter wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s title and the tags again.</source>
        <translation>Den Titel des Dokuments und die Schlagwörter erneut lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for what the publication covers</source>
        <translation>Warten darauf, was die Veröffentlichung umfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the documents of the publication and their undecided proposals have not been counted yet.</source>
        <translation>Der Server der Bibliothek antwortet nicht; die Dokumente der Veröffentlichung und ihre nicht entschiedenen Vorschläge wurden noch nicht gezählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting for what the publication covers (Esc): its count is cancelled on the library&apos;s server.</source>
        <translation>Nicht mehr darauf warten, was die Veröffentlichung umfasst (Esc): das Zählen wird auf dem Server der Bibliothek abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the publication covers was not counted.</source>
        <translation>Was die Veröffentlichung umfasst, wurde nicht gezählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the documents of the publication and their undecided proposals were not counted.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; die Dokumente der Veröffentlichung und ihre nicht entschiedenen Vorschläge wurden nicht gezählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count the publication&apos;s documents and proposals again.</source>
        <translation>Die Dokumente und Vorschläge der Veröffentlichung erneut zählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+301"/>
        <location line="+34"/>
        <location filename="../../app/ui/tools/export_request.py" line="+11"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-308"/>
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
        <location line="+52"/>
        <source>The document&apos;s title and the tags were not read: {reason}</source>
        <translation>Der Titel des Dokuments und die Schlagwörter wurden nicht gelesen: {reason}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The {value} documents chosen make a PDF each: choose a folder as the destination, or export the open document.</source>
        <translation>Die {value} gewählten Dokumente ergeben je ein PDF: wählen Sie einen Ordner als Ziel, oder exportieren Sie das geöffnete Dokument.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {value} documents chosen make a PDF each: choose a folder as the destination, or open one document and export it.</source>
        <translation>Die {value} gewählten Dokumente ergeben je ein PDF: wählen Sie einen Ordner als Ziel, oder öffnen Sie ein Dokument und exportieren Sie es.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is a file, and this export writes a folder: choose a folder, or a name for a new one.</source>
        <translation>{path} ist eine Datei, und dieser Export schreibt einen Ordner: wählen Sie einen Ordner oder einen Namen für einen neuen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder, and this export writes a file: choose a file name.</source>
        <translation>{path} ist ein Ordner, und dieser Export schreibt eine Datei: wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tools/export_start.py" line="+120"/>
        <source>%n redaction proposals to decide: A accepts, R rejects, N goes to the next</source>
        <translation>
            <numerusform>%n Schwärzungsvorschlag zu entscheiden: A nimmt an, R lehnt ab, N geht zum nächsten</numerusform>
            <numerusform>%n Schwärzungsvorschläge zu entscheiden: A nimmt an, R lehnt ab, N geht zum nächsten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/editor.py" line="-129"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="+96"/>
        <location filename="../../app/ui/tools/export_dialog.py" line="-186"/>
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
        <location line="+175"/>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_start.py" line="-83"/>
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
        <location line="+16"/>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redaction proposals not decided</source>
        <translation>Schwärzungsvorschläge nicht entschieden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n redaction proposals in what you publish have not been accepted or rejected.</source>
        <translation>
            <numerusform>%n Schwärzungsvorschlag in dem, was Sie veröffentlichen, ist weder angenommen noch abgelehnt.</numerusform>
            <numerusform>%n Schwärzungsvorschläge in dem, was Sie veröffentlichen, sind weder angenommen noch abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../app/ui/tools/export_dialog.py" line="-92"/>
        <source>The export was not started: {reason}</source>
        <translation>Der Export wurde nicht begonnen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/help_browser.py" line="+32"/>
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
        <location filename="../../app/ui/tools/merge_dialog.py" line="-137"/>
        <location line="+157"/>
        <location filename="../../app/ui/window/main_window.py" line="+319"/>
        <source>Import annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No copy of a library on a server is made before a merge, so there is none to put back afterwards; back the database up with pg_dump first if you may want it as it is now.</source>
        <translation>Von einer Bibliothek auf einem Server wird vor dem Zusammenführen keine Kopie angelegt, es gibt danach also keine zum Zurücklegen; sichern Sie die Datenbank zuerst mit pg_dump, wenn Sie sie vielleicht so zurückhaben wollen, wie sie jetzt ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide conflicts…</source>
        <translation>Konflikte entscheiden…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{name} checked. Nothing changed yet: Apply to merge it.</source>
        <translation>{name} geprüft. Noch nichts geändert: „Anwenden“ führt es zusammen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} changed since it was checked; nothing was merged. Below is what it would change now: Apply to merge it.</source>
        <translation>{name} hat sich seit der Prüfung geändert; nichts wurde zusammengeführt. Unten steht, was sie jetzt ändern würde: „Anwenden“ führt sie zusammen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} changed since it was checked; nothing was merged, and it would change nothing here now.</source>
        <translation>{name} hat sich seit der Prüfung geändert; nichts wurde zusammengeführt, und sie würde hier jetzt nichts ändern.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_report.py" line="+29"/>
        <source>Conflicts stay until someone decides them: Edit › Conflicts… in the window, or `redline conflicts` and `redline resolve ID --take here|there`.</source>
        <translation>Konflikte bleiben, bis jemand sie entscheidet: Bearbeiten › Konflikte… im Fenster oder `redline conflicts` und `redline resolve ID --take here|there`.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_words.py" line="+27"/>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <comment>month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>by someone</source>
        <translation>von jemandem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by you</source>
        <translation>von Ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} {month}{year} {time}</source>
        <translation>{day}. {month}{year} {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({who}, {when})</source>
        <translation>({who}, {when})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;a tag not here&apos;</source>
        <translation>„ein hier fehlendes Schlagwort“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{w:g}×{h:g} pt at {x:g},{y:g}</source>
        <translation>{w:g}×{h:g} pt bei {x:g},{y:g}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{quote}&apos; (characters {start}-{end})</source>
        <translation>„{quote}“ (Zeichen {start}–{end})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{text}&apos;</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_lines.py" line="+28"/>
        <source>annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} of &apos;{label}&apos;</source>
        <translation>{kind} von „{label}“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} proposed by the detector</source>
        <translation>{kind} (Vorschlag der Erkennung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {by}</source>
        <translation>{kind} {by}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} ({text})</source>
        <translation>{what} ({text})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} with no exemption code</source>
        <translation>{what} ohne Ausnahmecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} with codes {codes}</source>
        <translation>{what} mit den Codes {codes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added from {file}</source>
        <translation>aus {file} hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added from {file} (made {when})</source>
        <translation>aus {file} hinzugefügt (angelegt {when})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{added}, last changed by {who} ({when})</source>
        <translation>{added}, zuletzt geändert von {who} ({when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>proposed by the detector ({when})</source>
        <translation>von der Erkennung vorgeschlagen ({when})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{proposed}, then {status}</source>
        <translation>{proposed}, danach {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{proposed}, {status} {by} ({when})</source>
        <translation>{proposed}, {by} {status} ({when})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deleted {by} ({when})</source>
        <translation>{by} gelöscht ({when})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {by} ({when})</source>
        <translation>{by} wiederhergestellt ({when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{before} → {after} {by}</source>
        <translation>{before} → {after} {by}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} {change}</source>
        <translation>{field} {change}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} {by}</source>
        <translation>{value} {by}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>in conflict: deleted here {gone_by} ({gone_at}), but changed there {changed_by} ({changed_at}) since</source>
        <translation>im Konflikt: hier {gone_by} gelöscht ({gone_at}), aber dort seither {changed_by} geändert ({changed_at})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in conflict: deleted there {gone_by} ({gone_at}), but changed here {changed_by} ({changed_at}) since</source>
        <translation>im Konflikt: dort {gone_by} gelöscht ({gone_at}), aber hier seither {changed_by} geändert ({changed_at})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; there </source>
        <translation>; dort </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} in conflict: here {here}, there {there}</source>
        <translation>{field} im Konflikt: hier {here}, dort {there}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>kept from here: this library&apos;s version is the later one</source>
        <translation>von hier behalten: die Fassung dieser Bibliothek ist die spätere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from here where it differs from the file&apos;s ({fields}): this library&apos;s version is the later one</source>
        <translation>von hier behalten, wo sie von der Datei abweicht ({fields}): die Fassung dieser Bibliothek ist die spätere</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>added {by} ({when}), reads {text}</source>
        <translation>{by} hinzugefügt ({when}), lautet {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added {by} ({when})</source>
        <translation>{by} hinzugefügt ({when})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>deleted there before it ever came here (kept as deleted)</source>
        <translation>dort gelöscht, bevor es je hier ankam (bleibt gelöscht)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{fields} kept from here</source>
        <translation>{fields} von hier behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its conflict was decided there</source>
        <translation>der Konflikt wurde dort entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-68"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by the file&apos;s version {by}, the later one ({fields} changed); changed on both sides, and a version 1 file does not say which change came first</source>
        <translation>durch die Fassung der Datei ersetzt {by}, die spätere ({fields} geändert); auf beiden Seiten geändert, und eine Datei der Version 1 sagt nicht, welche Änderung zuerst kam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Page {page} review: {changes}</source>
        <translation>  Prüfung von Seite {page}: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Page {page}, {what}: {changes}</source>
        <translation>  Seite {page}, {what}: {changes}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>  Page {page}: and {more} more</source>
        <translation>  Seite {page}: und {more} weitere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{line} (×{n})</source>
        <translation>{line} (×{n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/exchange/merge_report.py" line="+9"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict, for you to decide</source>
        <translation>
            <numerusform>%n im Konflikt, von Ihnen zu entscheiden</numerusform>
            <numerusform>%n im Konflikt, von Ihnen zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflicts decided there</source>
        <translation>
            <numerusform>%n Konflikt dort entschieden</numerusform>
            <numerusform>%n Konflikte dort entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page reviews</source>
        <translation>
            <numerusform>%n Seitenprüfung</numerusform>
            <numerusform>%n Seitenprüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n metadata values</source>
        <translation>
            <numerusform>%n Metadatenwert</numerusform>
            <numerusform>%n Metadatenwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n annotations not placed</source>
        <translation>
            <numerusform>%n Annotation nicht platziert</numerusform>
            <numerusform>%n Annotationen nicht platziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with exemption codes not in the vocabulary (see below)</source>
        <translation>
            <numerusform>%n mit Ausnahmecodes außerhalb des Vokabulars (siehe unten)</numerusform>
            <numerusform>%n mit Ausnahmecodes außerhalb des Vokabulars (siehe unten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/core/exchange/merge_words.py" line="-75"/>
        <source>the set</source>
        <translation>der Satz</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n tags added</source>
        <translation>
            <numerusform>%n Schlagwort hinzugefügt</numerusform>
            <numerusform>%n Schlagwörter hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tags changed</source>
        <translation>
            <numerusform>%n Schlagwort geändert</numerusform>
            <numerusform>%n Schlagwörter geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tags deleted</source>
        <translation>
            <numerusform>%n Schlagwort gelöscht</numerusform>
            <numerusform>%n Schlagwörter gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{name} would change nothing you see here: it holds %n deletions of what this library never had, which would be kept as deleted.</source>
        <translation>
            <numerusform>{name} würde hier nichts Sichtbares ändern: Die Datei enthält %n Löschung von etwas, das diese Bibliothek nie hatte; sie würde als gelöscht aufbewahrt.</numerusform>
            <numerusform>{name} würde hier nichts Sichtbares ändern: Die Datei enthält %n Löschungen von etwas, das diese Bibliothek nie hatte; sie würden als gelöscht aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{name} changed nothing you see here: it held %n deletions of what this library never had, kept as deleted.</source>
        <translation>
            <numerusform>{name} hat hier nichts Sichtbares geändert: Die Datei enthielt %n Löschung von etwas, das diese Bibliothek nie hatte; als gelöscht aufbewahrt.</numerusform>
            <numerusform>{name} hat hier nichts Sichtbares geändert: Die Datei enthielt %n Löschungen von etwas, das diese Bibliothek nie hatte; als gelöscht aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="-10"/>
        <source>{name} would change nothing here.</source>
        <translation>{name} würde hier nichts ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} changed nothing here.</source>
        <translation>{name} hat hier nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name} would change: {said}.</source>
        <translation>Der Import von {name} würde ändern: {said}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {name}: {said}.</source>
        <translation>{name} importiert: {said}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n annotations unchanged</source>
        <translation>
            <numerusform>%n Annotation unverändert</numerusform>
            <numerusform>%n Annotationen unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {name} would change: {said} ({same}).</source>
        <translation>Der Import von {name} würde ändern: {said} ({same}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {name}: {said} ({same}).</source>
        <translation>{name} importiert: {said} ({same}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>W3C annotations carry no history, so where an annotation differs here and in the file the later version was kept whole.</source>
        <translation>W3C-Annotationen tragen keinen Verlauf; wo eine Annotation hier und in der Datei verschieden ist, blieb die spätere Fassung ganz erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a version 1 file: it carries no history, so where an annotation changed on both sides the later version was kept whole.</source>
        <translation>Dies ist eine Datei der Version 1: Sie trägt keinen Verlauf; wo eine Annotation auf beiden Seiten geändert wurde, blieb die spätere Fassung ganz erhalten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  Tag &apos;{name}&apos;: {changes}</source>
        <translation>  Schlagwort „{name}“: {changes}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Documents not in this library (their annotations wait until imported):</source>
        <translation>Dokumente, die nicht in dieser Bibliothek sind (ihre Annotationen warten, bis sie importiert sind):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  {title} ({n} annotations)</source>
        <translation>  {title} ({n} Annotationen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotations with no place in this library (not imported):</source>
        <translation>Annotationen ohne Ort in dieser Bibliothek (nicht importiert):</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>  … and {n} more</source>
        <translation>  … und {n} weitere</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Exemption codes not in this library&apos;s vocabulary (kept as written; correct them, Edit › Edit chosen annotation…, before accepting or publishing):</source>
        <translation>Ausnahmecodes, die nicht im Vokabular dieser Bibliothek stehen (wie geschrieben behalten; vor dem Annehmen oder Veröffentlichen korrigieren: Bearbeiten › Gewählte Annotation bearbeiten…):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  {document}, page {page}: {codes}</source>
        <translation>  {document}, Seite {page}: {codes}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n annotations quote other text than this library&apos;s page text (different OCR?).</source>
        <translation>
            <numerusform>%n Annotation zitiert anderen Text als den Seitentext dieser Bibliothek (andere OCR?).</numerusform>
            <numerusform>%n Annotationen zitieren anderen Text als den Seitentext dieser Bibliothek (andere OCR?).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Before the import the library was copied to {path}.</source>
        <translation>Vor dem Import wurde die Bibliothek nach {path} kopiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To undo the import: redline restore {path}</source>
        <translation>Um den Import rückgängig zu machen: redline restore {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+20"/>
        <source>{name} merged (Edit › Undo Import annotations takes it back).</source>
        <translation>{name} zusammengeführt (Bearbeiten › Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts left for you to decide: {n}.</source>
        <translation>Von Ihnen zu entscheidende Konflikte: {n}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the library is unchanged.</source>
        <translation>Abgebrochen; die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/job_dialog.py" line="-56"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+2"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+9"/>
        <source>Merging {name}…</source>
        <translation>{name} wird zusammengeführt…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Annotations (*.json *.jsonld);;Redline JSON (*.json);;W3C or IIIF (*.json *.jsonld);;All files (*)</source>
        <translation>Annotationen (*.json *.jsonld);;Redline JSON (*.json);;W3C oder IIIF (*.json *.jsonld);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-109"/>
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
    <message numerus="yes">
        <location line="+16"/>
        <source>reading %n documents</source>
        <translation>
            <numerusform>liest %n Dokument</numerusform>
            <numerusform>liest %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading {title}, page {page}</source>
        <translation>liest {title}, Seite {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading {title}</source>
        <translation>liest {title}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped: the pages read before it keep their new text.</source>
        <translation>Angehalten: Die vorher gelesenen Seiten behalten ihren neuen Text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{read}, {words}</source>
        <translation>{read}, {words}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pages read</source>
        <translation>
            <numerusform>%n Seite gelesen</numerusform>
            <numerusform>%n Seiten gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages failed</source>
        <translation>
            <numerusform>%n Seite fehlgeschlagen</numerusform>
            <numerusform>%n Seiten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n pages not done (cancelled)</source>
        <translation>
            <numerusform>%n Seite nicht gelesen (abgebrochen)</numerusform>
            <numerusform>%n Seiten nicht gelesen (abgebrochen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n annotations could not be found on the new text (orphaned).</source>
        <translation>
            <numerusform>%n Annotation wurde im neuen Text nicht gefunden (verwaist).</numerusform>
            <numerusform>%n Annotationen wurden im neuen Text nicht gefunden (verwaist).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {reason}</source>
        <translation>  Seite {page}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OCR text (*.txt *.xml *.alto *.hocr *.html *.htm);;Plain text (*.txt);;ALTO or PAGE XML (*.xml *.alto);;hOCR (*.hocr *.html *.htm);;All files (*)</source>
        <translation>OCR-Text (*.txt *.xml *.alto *.hocr *.html *.htm);;Reiner Text (*.txt);;ALTO oder PAGE XML (*.xml *.alto);;hOCR (*.hocr *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{format} from {producer}: {words} on {pages}, with their own boxes.</source>
        <translation>{format} von {producer}: {words} auf {pages}, mit eigenen Rahmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unnamed producer</source>
        <translation>einem ungenannten Programm</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n word boxes estimated along their lines.</source>
        <translation>
            <numerusform>%n Wortrahmen entlang seiner Zeile geschätzt.</numerusform>
            <numerusform>%n Wortrahmen entlang ihrer Zeilen geschätzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {file}, {words}</source>
        <translation>  Seite {page}: {file}, {words}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{line} (a new layer: choose it with the text-layer switcher)</source>
        <translation>{line} (eine neue Ebene: wählen Sie sie mit dem Textebenen-Wähler)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n annotations orphaned on the new text.</source>
        <translation>
            <numerusform>%n Annotation im neuen Text verwaist.</numerusform>
            <numerusform>%n Annotationen im neuen Text verwaist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{aligned} of {words} words of the text placed on the scan ({share}).</source>
        <translation>{aligned} von {words} Wörtern des Textes auf dem Scan platziert ({share}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is a layer of its own: choose it with the text-layer switcher.</source>
        <translation>Der Text ist eine eigene Ebene: wählen Sie sie mit dem Textebenen-Wähler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Few of the text&apos;s words were found on the scan: it may be another document&apos;s text.</source>
        <translation>Nur wenige Wörter des Textes stehen auf dem Scan: Vielleicht ist es der Text eines anderen Dokuments.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>
%n spans could not be placed:</source>
        <translation>
            <numerusform>
%n Abschnitt konnte nicht platziert werden:</numerusform>
            <numerusform>
%n Abschnitte konnten nicht platziert werden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {text}</source>
        <translation>  Seite {page}: {text}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>Attach OCR text</source>
        <translation>OCR-Text anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/settings_dialog.py" line="-137"/>
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
        <source>The window changes to the language chosen when you press OK.</source>
        <translation>Das Fenster wechselt in die gewählte Sprache, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Banners read from scans</source>
        <translation>Von Scans gelesene Banner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection keeps the banners it re-read from scans on this computer (their markings only, no other text), so that no later detection reads them again. The file: {path}</source>
        <translation>Die Erkennung bewahrt die Banner, die sie auf Scans neu gelesen hat, auf diesem Computer auf (nur ihre Kennzeichnungen, keinen anderen Text), damit keine spätere Erkennung sie noch einmal liest. Die Datei: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept now: {pages} ({size} MB).</source>
        <translation>Zurzeit aufbewahrt: {pages} ({size} MB).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None kept now.</source>
        <translation>Zurzeit keine aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget them</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgets at once; a later detection reads those banners from the scans again.</source>
        <translation>Vergisst sie sofort; eine spätere Erkennung liest diese Banner wieder von den Scans.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-85"/>
        <location line="+214"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-213"/>
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
        <location line="+24"/>
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
        <source>Take the completion shown (tag path, exemption code); a code typed whole is saved</source>
        <translation>Die gezeigte Ergänzung übernehmen (Schlagwortpfad, Ausnahmecode); ein ganz getippter Code wird gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next / previous tab (Library, Search, Annotations…)</source>
        <translation>Nächster / vorheriger Reiter (Bibliothek, Suche, Annotationen…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab in the panel</source>
        <translation>Strg+Tab, Strg+Umschalt+Tab in der Leiste</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+7"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+19"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Zoom in / out</source>
        <translation>Vergrößern / verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Draw a region to annotate (by keyboard: select words, Ctrl+Shift+R)</source>
        <translation>Einen Bereich zum Annotieren zeichnen (per Tastatur: Wörter wählen, Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift+drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen annotation&apos;s menu (its history, and more)</source>
        <translation>Das Menü der gewählten Annotation (ihr Verlauf und mehr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
        <source>Move the cursor, its word outlined on the scan (not pages)</source>
        <translation>Den Cursor bewegen, sein Wort auf dem Scan umrandet (nicht blättern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Home, End</source>
        <translation>Pfeiltasten, Pos1, Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select words to annotate</source>
        <translation>Wörter zum Annotieren auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows, Ctrl+Shift+Right</source>
        <translation>Umschalt+Pfeiltasten, Strg+Umschalt+Rechts</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location filename="../../app/ui/window/libraries.py" line="+27"/>
        <source>Open &amp;library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;team library…</source>
        <translation>&amp;Team-Bibliothek öffnen…</translation>
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
        <source>{folder} (not found)</source>
        <translation>{folder} (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is not empty; what is in it stays as it is.</source>
        <translation>Der Ordner ist nicht leer; was darin ist, bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/intake.py" line="+27"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/read_only.py" line="+8"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: another Redline is changing this library</source>
        <translation>Schreibgeschützt: ein anderes Redline ändert diese Bibliothek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: the library&apos;s folder cannot be written</source>
        <translation>Schreibgeschützt: der Ordner der Bibliothek ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: your role on the server may only read this library</source>
        <translation>Schreibgeschützt: Ihre Rolle auf dem Server darf diese Bibliothek nur lesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/stop_waiting.py" line="+36"/>
        <source>Waiting for the library&apos;s server…</source>
        <translation>Warten auf den Server der Bibliothek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the library&apos;s server (Esc): what it was doing is cancelled, and you are told whether anything was saved.</source>
        <translation>Nicht mehr auf den Server der Bibliothek warten (Esc): was er gerade tat, wird abgebrochen, und Sie erfahren, ob etwas gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/folder_library.py" line="+38"/>
        <source>Opening a library</source>
        <translation>Eine Bibliothek wird geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening {folder}…</source>
        <translation>{folder} wird geöffnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up {folder} and upgrading it to this version of Redline…</source>
        <translation>{folder} wird gesichert und auf diese Version von Redline aktualisiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier version of Redline made this library. It is upgraded once, after a copy is kept in its backups folder; a large library takes a while.</source>
        <translation>Eine frühere Version von Redline hat diese Bibliothek angelegt. Sie wird einmal aktualisiert, nachdem eine Kopie in ihrem Ordner „backups“ abgelegt wurde; eine große Bibliothek braucht eine Weile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the library</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped opening {folder}; this library stays open.</source>
        <translation>Öffnen von {folder} abgebrochen; diese Bibliothek bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped waiting for {folder}; its upgrade, once begun, finishes by itself (its backup kept). This library stays open.</source>
        <translation>Warten auf {folder} abgebrochen; eine begonnene Aktualisierung läuft von selbst zu Ende (ihre Sicherung bleibt erhalten). Diese Bibliothek bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no library there any more: the folder was moved or deleted, or its disk is not connected.</source>
        <translation>Dort ist keine Bibliothek mehr: Der Ordner wurde verschoben oder gelöscht, oder sein Laufwerk ist nicht verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing an upgrade</source>
        <translation>Aktualisierung wird abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing the upgrade of {folder}… The library stays whole; Redline closes as soon as the upgrade is done.</source>
        <translation>Die Aktualisierung von {folder} wird abgeschlossen… Die Bibliothek bleibt vollständig; Redline schließt, sobald die Aktualisierung fertig ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/side_tabs.py" line="-50"/>
        <source>The documents of the library: filter, sort and open them</source>
        <translation>Die Dokumente der Bibliothek: filtern, sortieren und öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the text of every document (Ctrl+F)</source>
        <translation>Den Text aller Dokumente durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The words the OCR was least sure of in this document</source>
        <translation>Die Wörter dieses Dokuments, bei denen die OCR am unsichersten war</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every annotation and proposal of this document, to filter and review</source>
        <translation>Alle Annotationen und Vorschläge dieses Dokuments, zum Filtern und Prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-165"/>
        <location filename="../../app/ui/window/main_window.py" line="-116"/>
        <source>Side panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/main_window.py" line="+1"/>
        <source>The library, search, doubtful words and annotations, one tab each.</source>
        <translation>Die Bibliothek, die Suche, unsichere Wörter und Annotationen, je ein Reiter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/menus.py" line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fin&amp;d…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;page</source>
        <translation>An &amp;Seite anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate view</source>
        <translation>Ansicht &amp;drehen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Show word &amp;boxes</source>
        <translation>&amp;Wortrahmen zeigen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First page</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last page</source>
        <translation>&amp;Letzte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to page…</source>
        <translation>&amp;Gehe zu Seite…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &amp;document</source>
        <translation>Nächstes &amp;Dokument</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous d&amp;ocument</source>
        <translation>Vorheriges D&amp;okument</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next p&amp;ane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous pan&amp;e</source>
        <translation>Vorheriger Be&amp;reich</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;annotations…</source>
        <translation>&amp;Annotationen importieren…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>OCR this &amp;page</source>
        <translation>OCR dieser &amp;Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OCR this &amp;document</source>
        <translation>OCR dieses &amp;Dokuments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OCR pages without text in the &amp;library</source>
        <translation>OCR der Seiten ohne Text in der &amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Attach OCR text…</source>
        <translation>OCR-Text &amp;anhängen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detect &amp;markings in this document</source>
        <translation>&amp;Markierungen in diesem Dokument erkennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detect markings in the li&amp;brary</source>
        <translation>Markierungen in der Bibl&amp;iothek erkennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document m&amp;etadata…</source>
        <translation>Me&amp;tadaten des Dokuments…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Next dou&amp;btful word</source>
        <translation>Nächstes &amp;unsicheres Wort</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Redline &amp;help</source>
        <translation>Redline-&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the &amp;log folder</source>
        <translation>&amp;Protokollordner zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Redline</source>
        <translation>Ü&amp;ber Redline</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/main_window.py" line="+69"/>
        <source>The log file is {path}</source>
        <translation>Die Protokolldatei ist {path}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This document has no text yet: OCR reads it first.</source>
        <translation>Dieses Dokument hat noch keinen Text: erst liest ihn die OCR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No doubtful words in this document.</source>
        <translation>Keine unsicheren Wörter in diesem Dokument.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflicts to decide: {n} (Edit › Conflicts…)</source>
        <translation>Zu entscheidende Konflikte: {n} (Bearbeiten › Konflikte…)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>OCR needs Tesseract</source>
        <translation>OCR braucht Tesseract</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/status.py" line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/navigation.py" line="+92"/>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page (1–{count}):</source>
        <translation>Seite (1–{count}):</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/page_view.py" line="+167"/>
        <location filename="../../app/ui/document/thumbnails.py" line="-28"/>
        <location filename="../../app/ui/window/main_window.py" line="+149"/>
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
        <location filename="../../app/ui/window/intake.py" line="+23"/>
        <source>Import scans</source>
        <translation>Scans importieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import a folder of scans</source>
        <translation>Einen Ordner mit Scans importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/panes.py" line="+36"/>
        <source>&amp;Side panel (library, search, annotations)</source>
        <translation>Sei&amp;tenleiste (Bibliothek, Suche, Annotationen)</translation>
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
        <source>Rea&amp;ding mode (scan and text, full screen)</source>
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
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+39"/>
        <source>typed by {who}</source>
        <translation>eingegeben von {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typed by a person</source>
        <translation>von Hand eingegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected, {percent} sure</source>
        <translation>erkannt, {percent} sicher</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+138"/>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+7"/>
        <source>Detection rule: {rule}</source>
        <translation>Erkennungsregel: {rule}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+16"/>
        <source>Metadata — {title}</source>
        <translation>Metadaten — {title}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_words.py" line="+5"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+64"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+1"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+6"/>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+7"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-27"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_report.py" line="-102"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+13"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="-104"/>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+1"/>
        <location filename="../../app/ui/library/search_pane.py" line="-197"/>
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
        <location filename="../../app/core/exchange/merge_lines.py" line="-191"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+3"/>
        <source>{kind} over &apos;{label}&apos;</source>
        <translation>{kind} über „{label}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+3"/>
        <source>{kind} by you</source>
        <translation>{kind} von Ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} by {who}</source>
        <translation>{kind} von {who}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/conflict_lines.py" line="+23"/>
        <source>Changed there, unseen by the deletion here:</source>
        <translation>Dort geändert, ohne dass die Löschung hier es kannte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here, unseen by the deletion there:</source>
        <translation>Hier geändert, ohne dass die Löschung dort es kannte:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}: {after} ({who}, {when})</source>
        <translation>{field}: {after} ({who}, {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {before} → {after} ({who}, {when})</source>
        <translation>{field}: {before} → {after} ({who}, {when})</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+17"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for the conflicts</source>
        <translation>Warten auf die Konflikte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the conflicts have not been read yet.</source>
        <translation>Der Server der Bibliothek antwortet nicht; die Konflikte wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the conflicts (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Nicht mehr auf die Konflikte warten (Esc): das Lesen wird auf dem Server der Bibliothek abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conflicts were not read.</source>
        <translation>Die Konflikte wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the conflicts were not read.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; die Konflikte wurden nicht gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the conflicts again.</source>
        <translation>Die Konflikte erneut lesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
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
        <location filename="../../app/ui/annotating/list_pane.py" line="-106"/>
        <source>In conflict</source>
        <translation>Im Konflikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What merges left for a person to decide.</source>
        <translation>Was Zusammenführungen zur Entscheidung offen ließen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+135"/>
        <source>Nothing is in conflict.</source>
        <translation>Nichts steht im Konflikt.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Show in the document</source>
        <translation>Im Dokument zeigen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot list the conflicts: {error}</source>
        <translation>Die Konflikte können nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Changed differently here and in the library the set came from. Choose which value to keep, or write another.</source>
        <translation>Hier und in der Bibliothek, aus der der Satz stammt, unterschiedlich geändert. Wählen Sie, welcher Wert bleibt, oder schreiben Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep here</source>
        <translation>Hier behalten</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Take there</source>
        <translation>Dort übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there ({n})</source>
        <translation>Dort übernehmen ({n})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keep here: deleted or not</source>
        <translation>Hier behalten: gelöscht oder nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there: deleted or not</source>
        <translation>Dort übernehmen: gelöscht oder nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep here: {field}</source>
        <translation>Hier behalten: {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there: {field}</source>
        <translation>Dort übernehmen: {field}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflict_value.py" line="+85"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="-80"/>
        <source>Write the value to keep yourself</source>
        <translation>Den zu behaltenden Wert selbst schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+41"/>
        <source>Decide: {field}</source>
        <translation>Entscheiden: {field}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This conflict was decided meanwhile, by another reviewer or in another window; the list is read again.</source>
        <translation>Dieser Konflikt wurde inzwischen entschieden, von einem anderen Prüfer oder in einem anderen Fenster; die Liste wird neu gelesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{step}: decided.</source>
        <translation>{step}: entschieden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflict_value.py" line="-30"/>
        <source>Decide the conflict</source>
        <translation>Den Konflikt entscheiden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{field} (JSON):</source>
        <translation>{field} (JSON):</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>That is not a JSON value; nothing was changed.</source>
        <translation>Das ist kein JSON-Wert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotated_text_pane.py" line="+1"/>
        <source>“{text}” ({who})</source>
        <translation>„{text}“ ({who})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These words have more than one accepted correction: the reading shows the newest, {correction}.</source>
        <translation>Diese Wörter haben mehr als eine angenommene Korrektur: Der Text zeigt die neueste, {correction}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also accepted, not shown: {correction}</source>
        <translation>Auch angenommen, nicht gezeigt: {correction}</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/tag_manager.py" line="-36"/>
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
        <location line="+35"/>
        <source>The tags as a tree, with how often each is used.</source>
        <translation>Die Schlagwörter als Baum, mit der Zahl ihrer Verwendungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+57"/>
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
        <location filename="../../app/ui/annotating/undo_commands.py" line="+267"/>
        <source>Cannot redo “{step}”: what it changes was changed since, by another reviewer or in another window; nothing was changed.</source>
        <translation>„{step}“ kann nicht wiederhergestellt werden: was es ändert, wurde inzwischen geändert, von einem anderen Prüfer oder in einem anderen Fenster; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot undo “{step}”: what it changed was changed since, by another reviewer or in another window; nothing was changed.</source>
        <translation>„{step}“ kann nicht rückgängig gemacht werden: was es geändert hat, wurde inzwischen geändert, von einem anderen Prüfer oder in einem anderen Fenster; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation>„{step}“ kann nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot undo “{step}”: {error}</source>
        <translation>„{step}“ kann nicht rückgängig gemacht werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/annotation_rows.py" line="+82"/>
        <source>Another reviewer changed this annotation since it was shown here, so your change was not saved; it now shows theirs.</source>
        <translation>Jemand anderes hat diese Annotation geändert, seit sie hier gezeigt wurde; Ihre Änderung wurde daher nicht gespeichert. Jetzt wird deren Fassung gezeigt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no annotation {uuid}.</source>
        <translation>Es gibt keine Annotation {uuid}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This annotation is deleted; undo the deletion to change it.</source>
        <translation>Diese Annotation ist gelöscht; machen Sie das Löschen rückgängig, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/records.py" line="+28"/>
        <source>There is no page {page_id}.</source>
        <translation>Es gibt keine Seite {page_id}.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/annotations.py" line="+93"/>
        <source>This page has no text yet (run OCR first); mark a region instead.</source>
        <translation>Diese Seite hat noch keinen Text (zuerst OCR ausführen); markieren Sie stattdessen einen Bereich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text layer {layer_id} is not a text of page {id}.</source>
        <translation>Textebene {layer_id} ist kein Text der Seite {id}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The region lies outside the page ({width:g} x {height:g} points).</source>
        <translation>Der Bereich liegt außerhalb der Seite ({width:g} x {height:g} Punkt).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no tag {value} (it may have been deleted).</source>
        <translation>Es gibt kein Schlagwort {value} (es wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>This annotation is already deleted.</source>
        <translation>Diese Annotation ist schon gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bulk_accept.py" line="+98"/>
        <source>Accept all on one page or one document.</source>
        <translation>„Alle annehmen“ gilt für eine Seite oder ein Dokument.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/annotation_rows.py" line="+102"/>
        <source>Annotation {uuid} was changed since; this step cannot be undone or redone.</source>
        <translation>Annotation {uuid} wurde inzwischen geändert; dieser Schritt kann nicht rückgängig gemacht oder wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/conflicts.py" line="+238"/>
        <source>{uuid} is not in conflict (nothing to decide)</source>
        <translation>{uuid} ist nicht im Konflikt (nichts zu entscheiden)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field} holds {value} other values: take there:1 to there:{value}</source>
        <translation>{field} hat {value} andere Werte: there:1 bis there:{value} nehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take here or there, not {take!r}</source>
        <translation>here oder there nehmen, nicht {take!r}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{field} is not in conflict here</source>
        <translation>{field} ist hier nicht im Konflikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value of one&apos;s own decides one field: name it</source>
        <translation>ein eigener Wert entscheidet ein Feld: nennen Sie es</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>no field {name!r}</source>
        <translation>kein Feld {name!r}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/locate.py" line="+43"/>
        <source>The document has pages 1 to {value}; there is no page {number}.</source>
        <translation>Das Dokument hat die Seiten 1 bis {value}; es gibt keine Seite {number}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give the text to find (--quote).</source>
        <translation>Geben Sie den zu suchenden Text an (--quote).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--occurrence counts from 1.</source>
        <translation>--occurrence zählt ab 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This page has no text yet (run OCR first); give --region instead.</source>
        <translation>Diese Seite hat noch keinen Text (zuerst OCR ausführen); geben Sie stattdessen --region an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{quote!r} is not in the page&apos;s current reading.</source>
        <translation>{quote!r} steht nicht in der aktuellen Lesart der Seite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{quote!r} occurs {value} time(s) on the page; there is no occurrence {occurrence}.</source>
        <translation>{quote!r} kommt auf der Seite {value}-mal vor; es gibt kein Vorkommen {occurrence}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give a tag path such as Places/Havana.</source>
        <translation>Geben Sie einen Schlagwortpfad an, etwa Orte/Havanna.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no tag {name!r} under {known}.</source>
        <translation>Es gibt kein Schlagwort {name!r} unter {known}.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/records.py" line="+163"/>
        <source>Annotation {uuid} no longer exists.</source>
        <translation>Annotation {uuid} gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only changes of the same annotation can be merged.</source>
        <translation>Nur Änderungen derselben Annotation lassen sich zusammenfassen.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/review.py" line="+69"/>
        <source>Unknown review status {status!r}; known: {value}.</source>
        <translation>Unbekannter Prüfstatus {status!r}; bekannt: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/snapshots.py" line="+141"/>
        <source>a {value} it changed was changed again since; undo that first</source>
        <translation>ein davon geänderter Eintrag ({value}) wurde seitdem erneut geändert; machen Sie das zuerst rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/tag_store.py" line="+77"/>
        <source>This tag no longer exists.</source>
        <translation>Dieses Schlagwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no tag {uuid}.</source>
        <translation>Es gibt kein Schlagwort {uuid}.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The tag “{name}” was changed since; this step cannot be undone or redone.</source>
        <translation>Das Schlagwort „{name}“ wurde inzwischen geändert; dieser Schritt kann nicht rückgängig gemacht oder wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/tags.py" line="+68"/>
        <location line="+74"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>There is already a tag “{name}” here.</source>
        <translation>Hier gibt es schon ein Schlagwort „{name}“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colour is written #rrggbb, not {colour!r}.</source>
        <translation>Eine Farbe schreibt man #rrggbb, nicht {colour!r}.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>A tag cannot be nested under itself or one of its own tags.</source>
        <translation>Ein Schlagwort kann nicht unter sich selbst oder eines seiner eigenen Schlagwörter gestellt werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A tag cannot be merged into itself.</source>
        <translation>Ein Schlagwort kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Name the tag to reassign the uses to.</source>
        <translation>Nennen Sie das Schlagwort, dem die Verwendungen zugeordnet werden sollen.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="-33"/>
        <source>The marking vocabulary {path} cannot be read: {exc}</source>
        <translation>Das Markierungsvokabular {path} kann nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/exemptions.py" line="+71"/>
        <source>The exemption vocabulary {path} cannot be read: {exc}</source>
        <translation>Das Vokabular der Ausnahmecodes {path} kann nicht gelesen werden: {exc}</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Unknown exemption codes: {codes}.</source>
        <translation>
            <numerusform>Unbekannter Ausnahmecode: {codes}.</numerusform>
            <numerusform>Unbekannte Ausnahmecodes: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Known codes:</source>
        <translation>Bekannte Codes:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{code} (did you mean {codes}?)</source>
        <translation>{code} (meinten Sie {codes}?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FOIA</source>
        <translation>FOIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 13526 §1.4</source>
        <translation>E.O. 13526 § 1.4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 12958 §1.5</source>
        <translation>E.O. 12958 § 1.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 13526 §3.3, §3.5</source>
        <translation>E.O. 13526 § 3.3, § 3.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25X and 50X exemptions</source>
        <translation>25X- und 50X-Ausnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JFK Records Act §6</source>
        <translation>JFK Records Act § 6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{family}: {codes}</source>
        <translation>{family}: {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other codes</source>
        <translation>Andere Codes</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="-19"/>
        <source>A {kind} needs {value}.</source>
        <translation>Eine Annotation der Art „{kind}“ braucht {value}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {kind} has no field {value}.</source>
        <translation>Eine Annotation der Art „{kind}“ hat kein Feld {value}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {key} of a {kind} must be text.</source>
        <translation>Das Feld „{key}“ einer Annotation der Art „{kind}“ muss Text sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {key} of a {kind} cannot be empty.</source>
        <translation>Das Feld „{key}“ einer Annotation der Art „{kind}“ darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown marking category {category!r}; known: {known}.</source>
        <translation>Unbekannte Markierungskategorie {category!r}; bekannt: {known}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whether a marking is struck through is true or false.</source>
        <translation>Ob eine Markierung durchgestrichen ist, ist wahr oder falsch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exemptions of a redaction must be a list of codes.</source>
        <translation>Die Ausnahmen einer Schwärzung müssen eine Liste von Codes sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The share of a redaction is a fraction of the page, 0 to 1.</source>
        <translation>Der Anteil einer Schwärzung ist ein Bruchteil der Seite, 0 bis 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether a redaction is left visible is true or false.</source>
        <translation>Ob eine Schwärzung sichtbar gelassen wird, ist wahr oder falsch.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The body of a {kind} must be an object.</source>
        <translation>Der Inhalt einer Annotation der Art „{kind}“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {kind} holds a NUL character (U+0000), which a library cannot store; remove it.</source>
        <translation>Die Annotation der Art „{kind}“ enthält ein NUL-Zeichen (U+0000), das eine Bibliothek nicht speichern kann; entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="+21"/>
        <source>Unknown annotation kind {kind!r}; known: {value}.</source>
        <translation>Unbekannte Annotationsart {kind!r}; bekannt: {value}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A {kind} needs a span of the page text.</source>
        <translation>Eine Annotation der Art „{kind}“ braucht eine Spanne des Seitentextes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {kind} needs a region of the scan.</source>
        <translation>Eine Annotation der Art „{kind}“ braucht einen Bereich des Scans.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {kind} needs a span of the text or a region of the scan.</source>
        <translation>Eine Annotation der Art „{kind}“ braucht eine Textspanne oder einen Bereich des Scans.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A region needs a width and a height.</source>
        <translation>Ein Bereich braucht eine Breite und eine Höhe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The span {start}-{end} is empty or outside the page text{top}.</source>
        <translation>Die Spanne {start}-{end} ist leer oder liegt außerhalb des Seitentextes{top}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown status {status!r}; known: {value}.</source>
        <translation>Unbekannter Status {status!r}; bekannt: {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown origin {origin!r}; known: {value}.</source>
        <translation>Unbekannte Herkunft {origin!r}; bekannt: {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your name (in Preferences) before making annotations.</source>
        <translation>Geben Sie Ihren Namen an (in den Einstellungen), bevor Sie annotieren.</translation>
    </message>
    <message>
        <location filename="../../app/core/backups.py" line="+74"/>
        <source>cannot copy the library to {target}: {exc}</source>
        <translation>die Bibliothek kann nicht nach {target} kopiert werden: {exc}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no backup at {name}</source>
        <translation>unter {name} gibt es keine Sicherung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a Redline library backup: {exc}</source>
        <translation>{name} ist keine Sicherung einer Redline-Bibliothek: {exc}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a Redline library backup</source>
        <translation>{name} ist keine Sicherung einer Redline-Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged ({ok}); nothing was restored</source>
        <translation>{name} ist beschädigt ({ok}); nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>that is the library itself, not a backup of it</source>
        <translation>das ist die Bibliothek selbst, keine Sicherung davon</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot restore {name}: {exc}</source>
        <translation>{name} kann nicht wiederhergestellt werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/extract.py" line="+67"/>
        <source>page {value} is damaged and cannot be read ({exc})</source>
        <translation>Seite {value} ist beschädigt und kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/core/documents/ingest.py" line="+113"/>
        <location line="+7"/>
        <source>the file is damaged and cannot be read ({exc})</source>
        <translation>die Datei ist beschädigt und kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>reading pages {value}-{last} crashed the PDF reader; the file is damaged</source>
        <translation>das Lesen der Seiten {value}-{last} hat den PDF-Leser abstürzen lassen; die Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/ingest.py" line="-38"/>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a PDF or a PNG, JPEG or TIFF image</source>
        <translation>weder ein PDF noch ein PNG-, JPEG- oder TIFF-Bild</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the PDF is truncated (no end-of-file marker); download it again</source>
        <translation>das PDF ist abgeschnitten (keine Dateiende-Marke); laden Sie es erneut herunter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the PDF is encrypted with a password; Redline cannot open it</source>
        <translation>das PDF ist mit einem Passwort verschlüsselt; Redline kann es nicht öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has no pages</source>
        <translation>die Datei hat keine Seiten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot store a copy in the library: {strerror}</source>
        <translation>keine Kopie in der Bibliothek speicherbar: {strerror}</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already in the library</source>
        <translation>schon in der Bibliothek</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cancelled; nothing was imported</source>
        <translation>abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot import: {reason}</source>
        <translation>Import nicht möglich: {reason}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the folder holds no PDF or image files</source>
        <translation>der Ordner enthält keine PDF- oder Bilddateien</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/lookup.py" line="+30"/>
        <source>No document “{ref}” in the library (try `redline list`).</source>
        <translation>Kein Dokument „{ref}“ in der Bibliothek (versuchen Sie `redline list`).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{ref}” names more than one document; use its id from `redline list`.</source>
        <translation>„{ref}“ bezeichnet mehr als ein Dokument; nehmen Sie seine ID aus `redline list`.</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/run.py" line="+97"/>
        <location filename="../../app/core/documents/metadata.py" line="+94"/>
        <location filename="../../app/core/documents/queries.py" line="+279"/>
        <source>No document with id {doc_id}.</source>
        <translation>Kein Dokument mit der ID {doc_id}.</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/scan_plan.py" line="+85"/>
        <source>redaction boxes not searched</source>
        <translation>Schwärzungskästen nicht gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banners not re-read</source>
        <translation>Banner nicht neu gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>levels not checked for a strike line</source>
        <translation>Einstufungen nicht auf eine Durchstreichung geprüft</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{what} ({reason})</source>
        <translation>{what} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/stored.py" line="+97"/>
        <source>page {page}: {note}</source>
        <translation>Seite {page}: {note}</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/scan_plan.py" line="-78"/>
        <source>{what} (failed: {reason})</source>
        <translation>{what} (fehlgeschlagen: {reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} (stopped after {seconds:g} s)</source>
        <translation>{what} (nach {seconds:g} s abgebrochen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} (the worker process crashed on this page)</source>
        <translation>{what} (der Arbeitsprozess ist auf dieser Seite abgestürzt)</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/run.py" line="+154"/>
        <source>Tesseract is not installed: banners were not re-read from the scans</source>
        <translation>Tesseract ist nicht installiert: Banner wurden nicht neu aus den Scans gelesen</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/queries.py" line="-83"/>
        <source>cannot sort by {sort!r}</source>
        <translation>nach {sort!r} kann nicht sortiert werden</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/search.py" line="+80"/>
        <source>The search has an opening &quot; without a closing one.</source>
        <translation>Die Suche hat ein öffnendes &quot; ohne schließendes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{word}”: a * must follow the start of a word.</source>
        <translation>„{word}“: ein * muss auf den Anfang eines Wortes folgen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a word or phrase to search for.</source>
        <translation>Geben Sie ein Wort oder eine Wortfolge zum Suchen ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OR and NOT go between two search terms.</source>
        <translation>OR und NOT stehen zwischen zwei Suchbegriffen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{a} {b}”: two operators in a row.</source>
        <translation>„{a} {b}“: zwei Operatoren hintereinander.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Redline cannot search for “{query}”: {reason}</source>
        <translation>Redline kann nicht nach „{query}“ suchen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/common.py" line="+53"/>
        <location filename="../../app/core/exchange/export_process.py" line="+43"/>
        <location filename="../../app/core/exchange/pdf_poppler.py" line="+86"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>unknown status {status!r}; use one of {value}</source>
        <translation>unbekannter Status {status!r}; nehmen Sie einen von {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no document with id {value} in this library</source>
        <translation>kein Dokument mit der ID {value} in dieser Bibliothek</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no tag named or with id {ref!r} in this library</source>
        <translation>kein Schlagwort mit Namen oder ID {ref!r} in dieser Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} tags are named {ref!r}; name the tag by its uuid</source>
        <translation>{value} Schlagwörter heißen {ref!r}; nennen Sie das Schlagwort mit seiner UUID</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/destination.py" line="+56"/>
        <source>{target} is inside the Redline library at {root}; export to a place outside it</source>
        <translation>{target} liegt in der Redline-Bibliothek unter {root}; exportieren Sie an einen Ort außerhalb</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+134"/>
        <source>cannot write {path}: {value}</source>
        <translation>{path} kann nicht geschrieben werden: {value}</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>{path} is a symbolic link; name the file itself or a new name</source>
        <translation>{path} ist ein symbolischer Link; nennen Sie die Datei selbst oder einen neuen Namen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is {what}; name a new file or an existing one</source>
        <translation>{path} ist {what}; nennen Sie eine neue oder eine vorhandene Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} ist kein Ordner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot make the folder {folder}: {value}</source>
        <translation>der Ordner {folder} kann nicht angelegt werden: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path} exists and is not a folder; move it away first</source>
        <translation>{path} existiert und ist kein Ordner; verschieben Sie es zuerst</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/folder.py" line="+34"/>
        <source>{name} exists and is not a folder; choose a folder to export into</source>
        <translation>{name} existiert und ist kein Ordner; wählen Sie einen Ordner für den Export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder {name} holds other files ({value}{value2}); choose an empty or new folder</source>
        <translation>der Ordner {name} enthält andere Dateien ({value}{value2}); wählen Sie einen leeren oder neuen Ordner</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot write {name}: {value}</source>
        <translation>{name} kann nicht geschrieben werden: {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/iiif.py" line="+122"/>
        <source>the source file of {value!r} is missing from the library</source>
        <translation>die Quelldatei von {value!r} fehlt in der Bibliothek</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>page {value}: the published text still holds redacted characters ({start}-{end}); nothing was written</source>
        <translation>Seite {value}: der veröffentlichte Text enthält noch geschwärzte Zeichen ({start}-{end}); nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>page {value} of {title!r} would be {width} x {height} pixels at {dpi} dpi; choose a lower resolution</source>
        <translation>Seite {value} von {title!r} wäre bei {dpi} dpi {width} x {height} Pixel groß; wählen Sie eine geringere Auflösung</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/canvas.py" line="+48"/>
        <source>a resolution of {dpi} dpi is not offered; use {MIN_DPI} to {MAX_DPI}</source>
        <translation>eine Auflösung von {dpi} dpi wird nicht angeboten; nehmen Sie {MIN_DPI} bis {MAX_DPI}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/iiif.py" line="+30"/>
        <source>nothing to export: no document is in this scope</source>
        <translation>nichts zu exportieren: kein Dokument in diesem Umfang</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{exc}; nothing was written</source>
        <translation>{exc}; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a page-image worker process stopped unexpectedly (out of memory?); nothing was written</source>
        <translation>ein Prozess für Seitenbilder hat unerwartet aufgehört (Speicher voll?); nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/library_copy.py" line="+78"/>
        <source>The library at {location} is read-only; nothing was copied.</source>
        <translation>Die Bibliothek unter {location} ist schreibgeschützt; nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {location} already holds documents; copy into an empty one.</source>
        <translation>Die Bibliothek unter {location} enthält schon Dokumente; kopieren Sie in eine leere.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The source {value} is missing from {location}.</source>
        <translation>Die Quelle {value} fehlt in {location}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{value} sources are missing from the server.</source>
        <translation>{value} Quellen fehlen auf dem Server.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ocr_export.py" line="+103"/>
        <source>{where} does not validate against the {value} schema: {value2}</source>
        <translation>{where} ist nach dem Schema {value} nicht gültig: {value2}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>unknown OCR format {fmt!r}; use one of {value}</source>
        <translation>unbekanntes OCR-Format {fmt!r}; nehmen Sie eines von {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dpi {dpi}: choose a resolution from {value} to {value2}</source>
        <translation>--dpi {dpi}: wählen Sie eine Auflösung von {value} bis {value2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choosing pages needs exactly one document</source>
        <translation>die Wahl von Seiten braucht genau ein Dokument</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot write into {out}: {value}</source>
        <translation>in {out} kann nicht geschrieben werden: {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/page_images.py" line="+211"/>
        <source>the page image {value} shows pixels inside the burned-in region at {x},{y} ({w}x{h} px)</source>
        <translation>das Seitenbild {value} zeigt Pixel im eingebrannten Bereich bei {x},{y} ({w}x{h} px)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {value} cannot be rendered ({exc})</source>
        <translation>Seite {value} kann nicht dargestellt werden ({exc})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page {value} rendered as {width}x{height} px, not the canvas&apos;s {value2}x{value3}</source>
        <translation>Seite {value} wurde mit {width}x{height} px dargestellt, nicht mit den {value2}x{value3} der Leinwand</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write page {value}: {value2}</source>
        <translation>Seite {value} kann nicht geschrieben werden: {value2}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf.py" line="+136"/>
        <source>the source of this document cannot be read ({exc})</source>
        <translation>die Quelle dieses Dokuments kann nicht gelesen werden ({exc})</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>the source file of document {document_id} is missing from the library</source>
        <translation>die Quelldatei von Dokument {document_id} fehlt in der Bibliothek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the source of document {document_id} no longer has its pages</source>
        <translation>die Quelle von Dokument {document_id} hat ihre Seiten nicht mehr</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{value} documents make {value} PDFs: name a folder instead of {name}, or export one document</source>
        <translation>{value} Dokumente ergeben {value} PDFs: nennen Sie statt {name} einen Ordner oder exportieren Sie ein einzelnes Dokument</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n documents published before it stay in the folder.</source>
        <translation>
            <numerusform>%n zuvor veröffentlichtes Dokument bleibt im Ordner.</numerusform>
            <numerusform>%n zuvor veröffentlichte Dokumente bleiben im Ordner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_font.py" line="+154"/>
        <source>more than 65,535 distinct characters in one document</source>
        <translation>mehr als 65.535 verschiedene Zeichen in einem Dokument</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_pixels.py" line="+251"/>
        <source>{name} is not an 8-bit PGM image</source>
        <translation>{name} ist kein 8-Bit-PGM-Bild</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/export_process.py" line="+7"/>
        <source>the export failed: {kind}: {exc}</source>
        <translation>der Export ist fehlgeschlagen: {kind}: {exc}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the export process stopped unexpectedly (exit code {exitcode})</source>
        <translation>der Exportprozess hat unerwartet aufgehört (Exitcode {exitcode})</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/record_rules.py" line="+68"/>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} Zeichen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{start}…&quot; ({count} characters)</source>
        <translation>„{start}…“ ({count} Zeichen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the number {value} is too large</source>
        <translation>die Zahl {value} ist zu groß</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the integer {value}… is too large</source>
        <translation>die Ganzzahl {value}… ist zu groß</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file holds text that is not Unicode (a lone surrogate in {text!r})</source>
        <translation>die Datei enthält Text, der kein Unicode ist (ein einzelnes Surrogat in {text!r})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where}: {value!r} is not a real date and time</source>
        <translation>{where}: {value!r} ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {value} lies in the future (later than {latest:%Y-%m-%d %H:%M} UTC)</source>
        <translation>{where}: {value} liegt in der Zukunft (später als {latest:%Y-%m-%d %H:%M} UTC)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/core/exchange/set_schema.py" line="+59"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{where}: the tag and the body&apos;s tag differ</source>
        <translation>{where}: das Schlagwort und das Schlagwort des Inhalts (body) unterscheiden sich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: only a tag annotation has a tag</source>
        <translation>{where}: nur eine Schlagwort-Annotation hat ein Schlagwort</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>tag {name!r} would be its own ancestor once merged with this library&apos;s tags (tags were moved under each other here and there): move one back, then import</source>
        <translation>das Schlagwort {name!r} wäre nach dem Zusammenführen mit den Schlagwörtern dieser Bibliothek sein eigener Vorfahr (Schlagwörter wurden hier und dort untereinander verschoben): verschieben Sie eines zurück und importieren Sie dann</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/set_schema.py" line="+3"/>
        <source>{where}: not valid</source>
        <translation>{where}: ungültig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/bounded_read.py" line="+27"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} ist keine JSON-Zahl</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is not UTF-8 text (byte {byte})</source>
        <translation>{name} ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is nested too deeply to be an annotation set</source>
        <translation>{name} ist zu tief verschachtelt, um ein Annotationssatz zu sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not valid JSON: {exc}</source>
        <translation>{name} ist kein gültiges JSON: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/validate.py" line="+73"/>
        <source>{name} is not a Redline annotation set (no format {format!r})</source>
        <translation>{name} ist kein Redline-Annotationssatz (kein Format {format!r})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is annotation-set version {version}; this Redline reads versions {first} and {last}</source>
        <translation>{name} ist ein Annotationssatz der Version {version}; dieses Redline liest die Versionen {first} und {last}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{where}.body is nested deeper than {depth} levels</source>
        <translation>{where}.body ist tiefer als {depth} Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the value does not fit the field</source>
        <translation>der Wert passt nicht zum Feld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: its value is not a valid {name}: {problem}</source>
        <translation>{where}: sein Wert ist kein gültiger Wert für {name}: {problem}</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+55"/>
        <source>{where}: id {id} is used twice (also {also})</source>
        <translation>{where}: die ID {id} wird zweimal verwendet (auch {also})</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>{where}: document {id} is not in the file</source>
        <translation>{where}: das Dokument {id} ist nicht in der Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: page {page} of a {count}-page document</source>
        <translation>{where}: Seite {page} eines Dokuments mit {count} Seiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>annotations: the annotations are missing or not a list</source>
        <translation>annotations: die Annotationen fehlen oder sind keine Liste</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/bounded_read.py" line="+33"/>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} is not a regular file (a device, pipe or folder); save the annotation set to a file first</source>
        <translation>{name} ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Ordner); speichern Sie den Annotationssatz zuerst in einer Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {size}; annotation sets over {cap} are refused</source>
        <translation>{name} ist {size} groß; Annotationssätze über {cap} werden abgelehnt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} grew past {cap} while it was read; annotation sets over {cap} are refused</source>
        <translation>{name} ist beim Lesen über {cap} gewachsen; Annotationssätze über {cap} werden abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/validate.py" line="+37"/>
        <source>documents[{i}]: the same source appears twice</source>
        <translation>documents[{i}]: dieselbe Quelle kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>documents[{i}]: pages must be numbered 0 to {last} in order</source>
        <translation>documents[{i}]: die Seiten müssen der Reihe nach von 0 bis {last} nummeriert sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tags[{i}]: the tag is its own ancestor</source>
        <translation>tags[{i}]: das Schlagwort ist sein eigener Vorfahr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: the region lies outside page {page} ({width:g} x {height:g} points)</source>
        <translation>{where}: der Bereich liegt außerhalb von Seite {page} ({width:g} x {height:g} Punkt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: the text anchor ends before it starts</source>
        <translation>{where}: der Textanker endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: the quote does not span the anchor&apos;s offsets</source>
        <translation>{where}: das Zitat deckt die Positionen des Ankers nicht ab</translation>
    </message>
    <message>
        <location filename="../../app/core/library.py" line="+67"/>
        <source>The disk holding the library at {root} is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit der Bibliothek unter {root} ist voll; nichts wurde geändert. Geben Sie etwas Platz frei und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {root} cannot be written (a read-only file, folder or disk); nothing was changed.</source>
        <translation>In die Bibliothek unter {root} kann nicht geschrieben werden (eine schreibgeschützte Datei, ein solcher Ordner oder Datenträger); nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The library at {root} is busy in another process; nothing was changed. Try again in a moment.</source>
        <translation>Die Bibliothek unter {root} wird von einem anderen Prozess benutzt; nichts wurde geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk holding the library at {root} failed to read or write (full, removed or failing); nothing was changed.</source>
        <translation>Der Datenträger mit der Bibliothek unter {root} konnte nicht lesen oder schreiben (voll, entfernt oder defekt); nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server refused the change to {location}: your role may only read this library; nothing was changed.</source>
        <translation>Der Server hat die Änderung an {location} abgelehnt: Ihre Rolle darf diese Bibliothek nur lesen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server holding {location} has no disk space left; nothing was changed.</source>
        <translation>Der Server mit {location} hat keinen Speicherplatz mehr; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server holding {location} cannot be reached ({reason}); nothing was changed.</source>
        <translation>Der Server mit {location} ist nicht erreichbar ({reason}); nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The server holding {location} cannot be reached ({reason}).</source>
        <translation>Der Server mit {location} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The server holding {location} has no disk space left.</source>
        <translation>Der Server mit {location} hat keinen Speicherplatz mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server holding {location} refused the connection: {reason}</source>
        <translation>Der Server mit {location} hat die Verbindung abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the login to {location}: {reason}</source>
        <translation>Der Server hat die Anmeldung bei {location} abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no database for {location}: {reason}</source>
        <translation>Der Server hat keine Datenbank für {location}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another reviewer&apos;s change on {location} held what this needs for {seconds} s; nothing was changed: try again in a moment.</source>
        <translation>Die Änderung eines anderen Prüfers an {location} hielt {seconds} s lang fest, was dies braucht; nichts wurde geändert: versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server holding {location} refused the change: {reason}</source>
        <translation>Der Server mit {location} hat die Änderung abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{location}: {reason}</source>
        <translation>{location}: {reason}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{root} is a file, not a library folder.</source>
        <translation>{root} ist eine Datei, kein Bibliotheksordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create a library at {root}: {strerror}.</source>
        <translation>Unter {root} kann keine Bibliothek angelegt werden: {strerror}.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The source {value} on {location} is damaged.</source>
        <translation>Die Quelle {value} auf {location} ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../app/core/live.py" line="+60"/>
        <source>only a server library has live updates</source>
        <translation>nur eine Server-Bibliothek hat Live-Aktualisierungen</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/attach.py" line="+98"/>
        <source>{name} holds no ALTO, PAGE or hOCR files</source>
        <translation>{name} enthält keine ALTO-, PAGE- oder hOCR-Dateien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no OCR file given</source>
        <translation>keine OCR-Datei angegeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/core/ocr/run.py" line="+304"/>
        <source>there is no document {doc_id}</source>
        <translation>es gibt kein Dokument {doc_id}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{where} does not give the size of its image, so it cannot be placed</source>
        <translation>{where} gibt die Größe seines Bildes nicht an und kann daher nicht platziert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where} is {width:g} x {height:g} {unit}, not the shape of the scan&apos;s page ({shown_w:.0f} x {shown_h:.0f} points as shown): is it the right file or page?</source>
        <translation>{where} misst {width:g} x {height:g} {unit}, nicht die Form der Scanseite ({shown_w:.0f} x {shown_h:.0f} Punkt wie gezeigt): ist es die richtige Datei oder Seite?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cancelled: nothing was attached</source>
        <translation>abgebrochen: nichts wurde angehängt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is plain text, not ALTO, PAGE or hOCR; attach a plain OCR text on its own</source>
        <translation>{name} ist reiner Text, kein ALTO, PAGE oder hOCR; fügen Sie einen reinen OCR-Text einzeln bei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the files mix formats ({formats}); attach one format at a time</source>
        <translation>die Dateien mischen Formate ({formats}); hängen Sie jeweils nur ein Format an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the files hold {count} page(s); from page {page} the document has only {left}</source>
        <translation>die Dateien enthalten {count} Seite(n); ab Seite {page} hat das Dokument nur {left}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the files hold {count} pages; the document has {pages}</source>
        <translation>die Dateien enthalten {count} Seiten; das Dokument hat {pages}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the files hold no page</source>
        <translation>die Dateien enthalten keine Seite</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>--page applies to ALTO, PAGE and hOCR files, not plain text</source>
        <translation>--page gilt für ALTO-, PAGE- und hOCR-Dateien, nicht für reinen Text</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/companion.py" line="+200"/>
        <source>the scan has no words to align to; read its pages with OCR first</source>
        <translation>der Scan hat keine Wörter zum Abgleichen; zuerst seine Seiten per OCR lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the companion text is empty</source>
        <translation>der Begleittext ist leer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only {aligned} of the text&apos;s {words} words ({share}) were found on the scan: it may be another document&apos;s text; nothing was attached</source>
        <translation>nur {aligned} der {words} Wörter des Textes ({share}) stehen auf dem Scan: Vielleicht ist es der Text eines anderen Dokuments; nichts wurde angehängt</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/formats.py" line="+83"/>
        <source>{name}: &lt;alto&gt; in namespace {value!r} is not ALTO 2-4</source>
        <translation>{name}: &lt;alto&gt; im Namensraum {value!r} ist kein ALTO 2-4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: &lt;PcGts&gt; in namespace {value!r} is not PAGE XML</source>
        <translation>{name}: &lt;PcGts&gt; im Namensraum {value!r} ist kein PAGE-XML</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is neither ALTO, PAGE nor hOCR (its root element is &lt;{local}&gt; in namespace {ns!r})</source>
        <translation>{name} ist weder ALTO noch PAGE noch hOCR (sein Wurzelelement ist &lt;{local}&gt; im Namensraum {ns!r})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is neither ALTO, PAGE nor hOCR (its root element is &lt;{local}&gt;)</source>
        <translation>{name} ist weder ALTO noch PAGE noch hOCR (sein Wurzelelement ist &lt;{local}&gt;)</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/file_words.py" line="+64"/>
        <location line="+6"/>
        <source>{name}: {what} is {value!r}, not a number</source>
        <translation>{name}: {what} ist {value!r}, keine Zahl</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/formats.py" line="+58"/>
        <source>{name}: unknown ALTO MeasurementUnit {unit!r}</source>
        <translation>{name}: unbekannte ALTO-MeasurementUnit {unit!r}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}: {value!r} is not a point x,y</source>
        <translation>{name}: {value!r} ist kein Punkt x,y</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{name}: a PAGE file without a &lt;Page&gt;</source>
        <translation>{name}: eine PAGE-Datei ohne &lt;Page&gt;</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/languages.py" line="+96"/>
        <source>Tesseract does not say where its language data is</source>
        <translation>Tesseract gibt nicht an, wo seine Sprachdaten liegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add the language data to {target}: {value}</source>
        <translation>Die Sprachdaten können nicht nach {target} hinzugefügt werden: {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/reanchor.py" line="+172"/>
        <source>page {page_id} has no text layer {layer_id}</source>
        <translation>Seite {page_id} hat keine Textebene {layer_id}</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="-319"/>
        <source>Tesseract is not installed, so Redline cannot OCR pages. Install it with your system&apos;s packages (e.g. &apos;apt install tesseract-ocr tesseract-ocr-eng&apos;) and try again.</source>
        <translation>Tesseract ist nicht installiert, daher kann Redline keine OCR ausführen. Installieren Sie es mit den Paketen Ihres Systems (z. B. &apos;apt install tesseract-ocr tesseract-ocr-eng&apos;) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tesseract has no data for language {value} (installed: {value2}); install it, e.g. &apos;apt install tesseract-ocr-{value3}&apos;</source>
        <translation>Tesseract hat keine Daten für die Sprache {value} (installiert: {value2}); installieren Sie sie, z. B. &apos;apt install tesseract-ocr-{value3}&apos;</translation>
    </message>
    <message>
        <location line="+169"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+93"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/run.py" line="-92"/>
        <location filename="../../app/core/ocr/tesseract.py" line="+3"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+3"/>
        <source>Tesseract took longer than {timeout_s:g} s</source>
        <translation>Tesseract hat länger als {timeout_s:g} s gebraucht</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="+10"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+6"/>
        <location line="+7"/>
        <source>Tesseract failed: {value}</source>
        <translation>Tesseract ist fehlgeschlagen: {value}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the page cannot be rendered ({exc})</source>
        <translation>die Seite kann nicht dargestellt werden ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract_api.py" line="-61"/>
        <source>Tesseract&apos;s library could not load language {language}</source>
        <translation>Die Tesseract-Bibliothek konnte die Sprache {language} nicht laden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tesseract&apos;s library was closed</source>
        <translation>Die Tesseract-Bibliothek wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../../app/core/resources.py" line="+39"/>
        <source>not a resource name: {part!r}</source>
        <translation>kein Ressourcenname: {part!r}</translation>
    </message>
    <message>
        <location filename="../../app/core/safe_xml.py" line="+62"/>
        <source>{name} is not a regular file (a device, pipe or folder)</source>
        <translation>{name} ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Ordner)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is {value:.1f} MB; OCR files over {value2:.0f} MB are refused</source>
        <translation>{name} ist {value:.1f} MB groß; OCR-Dateien über {value2:.0f} MB werden abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read {path}: {value}</source>
        <translation>{path} kann nicht gelesen werden: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} declares XML entities, which Redline does not read (refused)</source>
        <translation>{name} deklariert XML-Entitäten, die Redline nicht liest (abgelehnt)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} holds no XML element</source>
        <translation>{name} enthält kein XML-Element</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} cannot be read as HTML: {exc}</source>
        <translation>{name} kann nicht als HTML gelesen werden: {exc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds no HTML element</source>
        <translation>{name} enthält kein HTML-Element</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/render_cache.py" line="+246"/>
        <location line="+30"/>
        <source>Cannot show page {page}: {reason}</source>
        <translation>Seite {page} kann nicht angezeigt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/detect_dialog.py" line="-43"/>
        <source>Stopped: nothing was written for “{title}”, the document in hand.</source>
        <translation>Angehalten: Für „{title}“, das Dokument in Arbeit, wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: nothing was written for the document in hand.</source>
        <translation>Angehalten: Für das Dokument, das gerade in Arbeit war, wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more documents were not detected.</source>
        <translation>
            <numerusform>%n weiteres Dokument wurde nicht untersucht.</numerusform>
            <numerusform>%n weitere Dokumente wurden nicht untersucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n documents detected before it stopped keep their proposals:</source>
        <translation>
            <numerusform>%n vor dem Anhalten untersuchtes Dokument behält seine Vorschläge:</numerusform>
            <numerusform>%n vor dem Anhalten untersuchte Dokumente behalten ihre Vorschläge:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n documents detected before the cancel keep their proposals:</source>
        <translation>
            <numerusform>%n vor dem Abbruch untersuchtes Dokument behält seine Vorschläge:</numerusform>
            <numerusform>%n vor dem Abbruch untersuchte Dokumente behalten ihre Vorschläge:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{documents}: {markings} ({markings_found} found), {redactions} ({redactions_found} found).</source>
        <translation>{documents}: {markings} ({markings_found} gefunden), {redactions} ({redactions_found} gefunden).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new marking proposals</source>
        <translation>
            <numerusform>%n neuer Markierungsvorschlag</numerusform>
            <numerusform>%n neue Markierungsvorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new redaction proposals</source>
        <translation>
            <numerusform>%n neuer Schwärzungsvorschlag</numerusform>
            <numerusform>%n neue Schwärzungsvorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of those found were not proposed: the document already has them (marked by a person, or proposed before).</source>
        <translation>
            <numerusform>%n der Funde wurde nicht vorgeschlagen: das Dokument hat ihn schon (von einer Person markiert oder früher vorgeschlagen).</numerusform>
            <numerusform>%n der Funde wurden nicht vorgeschlagen: das Dokument hat sie schon (von einer Person markiert oder früher vorgeschlagen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Banners re-read from the scan on {pages}.</source>
        <translation>Banner auf {pages} neu aus dem Scan gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Banners of {pages} taken from their earlier reading (not read again).</source>
        <translation>Banner auf {pages} aus ihrer früheren Lesung übernommen (nicht erneut gelesen).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n pages have no text: run OCR first to find markings on them.</source>
        <translation>
            <numerusform>%n Seite hat keinen Text: zuerst OCR ausführen, um dort Markierungen zu finden.</numerusform>
            <numerusform>%n Seiten haben keinen Text: zuerst OCR ausführen, um dort Markierungen zu finden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  {title}: warning: {warning}</source>
        <translation>  {title}: Warnung: {warning}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposals wait in the document for you to accept or reject.</source>
        <translation>Die Vorschläge warten im Dokument darauf, dass Sie sie annehmen oder ablehnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+10"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-46"/>
        <location line="+32"/>
        <source>Open a document first.</source>
        <translation>Öffnen Sie zuerst ein Dokument.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect markings</source>
        <translation>Markierungen erkennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/launch.py" line="+48"/>
        <source>Cannot open {name}: {reason}.</source>
        <translation>{name} kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open {path}: there is no such file, nor a document of that name in the library (try `redline list`).</source>
        <translation>{path} lässt sich nicht öffnen: Es gibt keine solche Datei und kein Dokument dieses Namens in der Bibliothek (siehe `redline list`).</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/run.py" line="-14"/>
        <source>the OCR worker process crashed on this page</source>
        <translation>der OCR-Prozess ist bei dieser Seite abgestürzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page could not be read: {reason}</source>
        <translation>die Seite konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rendering the page took longer than {timeout_s:g} s</source>
        <translation>Das Rendern der Seite hat länger als {timeout_s:g} s gebraucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page took longer than {timeout_s:g} s</source>
        <translation>Die Seite hat länger als {timeout_s:g} s gebraucht</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no such page</source>
        <translation>keine solche Seite</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/readback.py" line="+66"/>
        <source>page {value} of {title!r}: {name} still holds redacted characters ({start}-{end}); nothing was written</source>
        <translation>Seite {value} von {title!r}: {name} enthält noch geschwärzte Zeichen ({start}-{end}); nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds a word under a redaction; nothing was written</source>
        <translation>Seite {value} von {title!r}: {name} enthält noch ein Wort unter einer Schwärzung; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds an annotation over a redaction; nothing was written</source>
        <translation>Seite {value} von {title!r}: {name} enthält noch eine Anmerkung über einer Schwärzung; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds the note of a redaction; nothing was written</source>
        <translation>Seite {value} von {title!r}: {name} enthält noch die Notiz einer Schwärzung; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} shows pixels inside a burned-in region; nothing was written</source>
        <translation>Seite {value} von {title!r}: {name} zeigt Pixel in einem geschwärzten Bereich; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} does not read back as it was written ({value}); nothing was written</source>
        <translation>{name} liest sich nicht so zurück, wie es geschrieben wurde ({value}); nichts wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/message_strip.py" line="+32"/>
        <location line="+1"/>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/calibration.py" line="+108"/>
        <source>The marking thresholds {path} cannot be read: {exc}</source>
        <translation>Die Schwellenwerte für Markierungen {path} können nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/rules.py" line="+122"/>
        <source>The marking rules {path} cannot be read: {exc}</source>
        <translation>Die Regeln für Markierungen {path} können nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The marking rules {path}: &apos;fold&apos; must map one character to one.</source>
        <translation>Die Regeln für Markierungen {path}: „fold“ muss ein Zeichen auf genau eines abbilden.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/annotation_set.py" line="+83"/>
        <location filename="../../app/core/exchange/bounded_read.py" line="-39"/>
        <location line="+33"/>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} grew past the size cap while it was read</source>
        <translation>{name} ist beim Lesen über die Größengrenze gewachsen</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/csv_export.py" line="+175"/>
        <location filename="../../app/core/exchange/redline_json.py" line="+204"/>
        <location filename="../../app/core/exchange/w3c.py" line="+157"/>
        <source>export cancelled; no file was written</source>
        <translation>Export abgebrochen; keine Datei wurde geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge.py" line="+66"/>
        <location filename="../../app/core/exchange/w3c_convert.py" line="+125"/>
        <location filename="../../app/core/exchange/w3c_import.py" line="+259"/>
        <source>import cancelled; nothing was changed</source>
        <translation>Import abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_local.py" line="+91"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text layers</source>
        <translation>Textebenen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id {id} of the file&apos;s {kind} is already used in this library by {table}</source>
        <translation>die ID {id} unter den {kind} der Datei wird in dieser Bibliothek schon verwendet von: {table}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>annotation {id}: text offsets {start}-{end} lie beyond the page text ({length} characters)</source>
        <translation>Annotation {id}: die Textpositionen {start}-{end} liegen hinter dem Seitentext ({length} Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_annotations.py" line="+42"/>
        <source>annotation id {id} is already used in this library by a {kind} on page {page} of another or the same document; the file has a {kind2} on page {page2}</source>
        <translation>die Annotations-ID {id} wird in dieser Bibliothek schon von einer Annotation der Art „{kind}“ auf Seite {page} eines anderen oder desselben Dokuments verwendet; die Datei hat eine Annotation der Art „{kind2}“ auf Seite {page2}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_planner.py" line="+55"/>
        <source>document id {id} names another source in this library</source>
        <translation>die Dokument-ID {id} bezeichnet in dieser Bibliothek eine andere Quelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document {title!r} has {count} pages in the file but {mine} in this library</source>
        <translation>das Dokument {title!r} hat in der Datei {count} Seiten, in dieser Bibliothek aber {mine}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_state.py" line="+96"/>
        <source>{what} refers to a tag that is nowhere</source>
        <translation>{what} verweist auf ein Schlagwort, das es nirgends gibt</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_annotations.py" line="+12"/>
        <source>annotation {id}</source>
        <translation>Annotation {id}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_expected.py" line="+38"/>
        <source>page {page}, region {number} (x {x:.0f}, y {y:.0f}, {width:.0f} x {height:.0f} pt)</source>
        <translation>Seite {page}, Bereich {number} (x {x:.0f}, y {y:.0f}, {width:.0f} x {height:.0f} pt)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_poppler.py" line="-50"/>
        <source>poppler-utils (pdftotext, pdftoppm) is needed to check a publication PDF before it is written; install it (Debian/Ubuntu: apt-get install poppler-utils)</source>
        <translation>poppler-utils (pdftotext, pdftoppm) wird gebraucht, um ein Veröffentlichungs-PDF vor dem Schreiben zu prüfen; installieren Sie es (Debian/Ubuntu: apt-get install poppler-utils)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>poppler&apos;s {program} did not finish reading the file</source>
        <translation>{program} von poppler hat das Lesen der Datei nicht beendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>poppler&apos;s {program} cannot read the written file: {reason}</source>
        <translation>{program} von poppler kann die geschriebene Datei nicht lesen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_text_check.py" line="+69"/>
        <source>{where}: PyMuPDF still extracts the character {text!r} inside it</source>
        <translation>{where}: PyMuPDF extrahiert darin noch das Zeichen {text!r}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: poppler still extracts {text!r} inside it</source>
        <translation>{where}: poppler extrahiert darin noch {text!r}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_image_check.py" line="+70"/>
        <source>{where}: vector art other than the fill lies inside it</source>
        <translation>{where}: darin liegt Vektorgrafik außer der Füllung</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>an image on page {page} cannot be read back to check it</source>
        <translation>ein Bild auf Seite {page} kann zur Prüfung nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{where}: an image drawn there ({width} x {height} pixels) still holds what lies under it</source>
        <translation>{where}: ein dort gezeichnetes Bild ({width} x {height} Pixel) enthält noch, was darunter liegt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{where}: PyMuPDF renders {wrong} pixel(s) inside it other than the fill</source>
        <translation>{where}: PyMuPDF stellt darin {wrong} Pixel dar, die nicht zur Füllung gehören</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page}: pdftoppm rendered no image of it</source>
        <translation>Seite {page}: pdftoppm hat kein Bild von ihr erzeugt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: poppler renders {wrong} pixel(s) inside it other than the fill</source>
        <translation>{where}: poppler stellt darin {wrong} Pixel dar, die nicht zur Füllung gehören</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/exchange/pdf_file_check.py" line="+91"/>
        <source>{reader} still extracts the redacted text {quote!r} outside its boxes, in %n places:</source>
        <translation>
            <numerusform>{reader} extrahiert den geschwärzten Text {quote!r} noch außerhalb seiner Rahmen, an %n Stelle:</numerusform>
            <numerusform>{reader} extrahiert den geschwärzten Text {quote!r} noch außerhalb seiner Rahmen, an %n Stellen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>page {page}: “{context}”</source>
        <translation>Seite {page}: „{context}“</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more places</source>
        <translation>
            <numerusform>und %n weitere Stelle</numerusform>
            <numerusform>und %n weitere Stellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redact the text in these places too (a search for it finds them all), or leave its redaction visible; nothing was written.</source>
        <translation>Schwärzen Sie den Text auch an diesen Stellen (eine Suche danach findet sie alle) oder lassen Sie seine Schwärzung sichtbar; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the redacted text {quote!r} is still stored in the file (object {xref})</source>
        <translation>der geschwärzte Text {quote!r} ist noch in der Datei gespeichert (Objekt {xref})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the redacted text {quote!r} is still in the file&apos;s trailer</source>
        <translation>der geschwärzte Text {quote!r} steht noch im Trailer der Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file carries /{key} from its source</source>
        <translation>die Datei enthält /{key} aus ihrer Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file carries embedded files</source>
        <translation>die Datei enthält eingebettete Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file carries an outline nobody asked for</source>
        <translation>die Datei enthält ein Inhaltsverzeichnis, um das niemand gebeten hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file&apos;s {key} names redacted text</source>
        <translation>{key} der Datei nennt geschwärzten Text</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>page {page} carries a {name} annotation</source>
        <translation>Seite {page} enthält eine Annotation vom Typ {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {page} carries links</source>
        <translation>Seite {page} enthält Links</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page {page} carries a form field</source>
        <translation>Seite {page} enthält ein Formularfeld</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_verify.py" line="+115"/>
        <source>page {page}: pdftoppm rendered no image of its codes</source>
        <translation>Seite {page}: pdftoppm hat kein Bild ihrer Codes erzeugt</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_records.py" line="+90"/>
        <source>its body</source>
        <translation>sein Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its body {n}</source>
        <translation>sein Inhalt {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{which} is a link ({link}), which Redline cannot read</source>
        <translation>{which} ist ein Verweis ({link}), den Redline nicht lesen kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{which} has no text value that Redline can read</source>
        <translation>{which} hat keinen Textwert, den Redline lesen kann</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a tag name must be 1 to {most} characters</source>
        <translation>ein Schlagwortname muss 1 bis {most} Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a correction needs the text it corrects, and page {page} has no text yet: read the document with OCR first, then import the file again</source>
        <translation>eine Korrektur braucht den Text, den sie korrigiert, und Seite {page} hat noch keinen Text: Lesen Sie das Dokument zuerst mit OCR und importieren Sie die Datei dann erneut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a correction needs the text it corrects, and none was found</source>
        <translation>eine Korrektur braucht den Text, den sie korrigiert, und keiner wurde gefunden</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_convert.py" line="-28"/>
        <source>annotation {name}: {reason}</source>
        <translation>Annotation {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_import.py" line="-33"/>
        <source>{name} is neither a Redline annotation set nor W3C or IIIF annotations</source>
        <translation>{name} ist weder ein Redline-Annotationssatz noch W3C- oder IIIF-Annotationen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the import&apos;s reading process stopped unexpectedly (exit code {exitcode}); nothing was changed</source>
        <translation>der Lesevorgang des Imports wurde unerwartet beendet (Exit-Code {exitcode}); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading {name} failed: {kind}: {exc}; nothing was changed</source>
        <translation>{name} konnte nicht gelesen werden: {kind}: {exc}; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none of the {count} annotations in {name} has a place in this library: {reason}</source>
        <translation>keine der {count} Annotationen in {name} hat einen Platz in dieser Bibliothek: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write a working copy of {name} among the temporary files ({reason}); nothing was changed</source>
        <translation>{name} kann nicht als Arbeitskopie bei den temporären Dateien abgelegt werden ({reason}); nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_place.py" line="+131"/>
        <source>it has no target</source>
        <translation>sie hat kein Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its target names no source</source>
        <translation>ihr Ziel nennt keine Quelle</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>its target {source} is not a page of a Redline export</source>
        <translation>ihr Ziel {source} ist keine Seite eines Redline-Exports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its document {id} is not in this library</source>
        <translation>ihr Dokument {id} ist nicht in dieser Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its page {page} is past the document&apos;s {count}</source>
        <translation>ihre Seite {page} liegt hinter den {count} des Dokuments</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_read.py" line="+30"/>
        <source>{name} is empty (0 bytes)</source>
        <translation>{name} ist leer (0 Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty ({size} bytes, only white space)</source>
        <translation>{name} ist leer ({size} Byte, nur Leerraum)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: its {key} are {what}, not a list</source>
        <translation>{where}: {key} ist {what}, keine Liste</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the AnnotationPage</source>
        <translation>die AnnotationPage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the annotation page {id} is not in the folder {folder}</source>
        <translation>die Annotationsseite {id} ist nicht im Ordner {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not an AnnotationPage</source>
        <translation>{name} ist keine AnnotationPage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest</source>
        <translation>das Manifest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest&apos;s canvas {n}</source>
        <translation>Canvas {n} des Manifests</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the collection</source>
        <translation>die Sammlung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest {id} is not in {folder}</source>
        <translation>das Manifest {id} ist nicht in {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the collection&apos;s first page</source>
        <translation>die erste Seite der Sammlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the collection&apos;s page {n}</source>
        <translation>Seite {n} der Sammlung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the collection&apos;s pages are not in the file (only linked)</source>
        <translation>die Seiten der Sammlung sind nicht in der Datei (nur verlinkt)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its body {n} is {what}</source>
        <translation>sein Inhalt {n} ist {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its body is {what}</source>
        <translation>sein Inhalt ist {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotation {name}: {problem}; W3C allows an object, a link or a list of them</source>
        <translation>Annotation {name}: {problem}; W3C erlaubt ein Objekt, einen Verweis oder eine Liste davon</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an object that is not an Annotation</source>
        <translation>ein Objekt, das keine Annotation ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds no annotations: item 1 is {what}</source>
        <translation>{name} enthält keine Annotationen: Eintrag 1 ist {what}</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/redaction_notes.py" line="+17"/>
        <source>leaky: {n} words of text under the box can be extracted</source>
        <translation>undicht: {n} Wörter Text unter dem Kasten lassen sich extrahieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaky: an image under the box can be extracted</source>
        <translation>undicht: ein Bild unter dem Kasten lässt sich extrahieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaky: the text layer holds {n} words under the box</source>
        <translation>undicht: die Textebene enthält {n} Wörter unter dem Kasten</translation>
    </message>
    <message>
        <location filename="../../app/core/versions.py" line="+35"/>
        <source>Install Tesseract for Windows (the UB Mannheim installer) and add its folder to PATH, or put it in a &apos;tesseract&apos; folder beside redline.exe.</source>
        <translation>Installieren Sie Tesseract für Windows (das Installationsprogramm der UB Mannheim) und fügen Sie seinen Ordner zu PATH hinzu, oder legen Sie es in einen Ordner „tesseract“ neben redline.exe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install Tesseract with Homebrew: brew install tesseract</source>
        <translation>Installieren Sie Tesseract mit Homebrew: brew install tesseract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Tesseract with your system&apos;s packages, e.g. &apos;sudo apt install tesseract-ocr tesseract-ocr-eng&apos; (Debian, Ubuntu) or &apos;sudo dnf install tesseract&apos; (Fedora).</source>
        <translation>Installieren Sie Tesseract mit den Paketen Ihres Systems, z. B. „sudo apt install tesseract-ocr tesseract-ocr-eng“ (Debian, Ubuntu) oder „sudo dnf install tesseract“ (Fedora).</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/team_library.py" line="+42"/>
        <source>Open a team library</source>
        <translation>Eine Team-Bibliothek öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://benutzer@server/datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the address your team was given, or fill in the fields below.</source>
        <translation>Fügen Sie die Adresse ein, die Ihr Team erhalten hat, oder füllen Sie die Felder darunter aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your login on this computer</source>
        <translation>Ihre Anmeldung auf diesem Rechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it empty when ~/.pgpass or PGPASSWORD holds it. Redline keeps no password: it is used for this connection only.</source>
        <translation>Leer lassen, wenn ~/.pgpass oder PGPASSWORD es enthält. Redline speichert kein Passwort: Es dient nur dieser Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to {location}…</source>
        <translation>Verbindung mit {location} wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped waiting for {location}; nothing was opened.</source>
        <translation>Warten auf {location} abgebrochen; nichts wurde geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server of {location} asks for a password: type it and press Open.</source>
        <translation>Der Server von {location} verlangt ein Passwort: Geben Sie es ein und drücken Sie „Öffnen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the library&apos;s address, or its server and database.</source>
        <translation>Geben Sie die Adresse der Bibliothek ein oder ihren Server und ihre Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.py" line="+91"/>
        <source>Redline stopped waiting for the server holding {location} while it saved the change: it may have been saved; the window says which once the server answers.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten, während er die Änderung speicherte: sie ist vielleicht gespeichert; das Fenster sagt es, sobald der Server antwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redline stopped waiting for the server holding {location}; nothing was changed.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redline stopped waiting for the server holding {location}.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change Redline stopped waiting for was saved on {location} after all; the window shows it.</source>
        <translation>Die Änderung, auf die Redline nicht mehr gewartet hat, wurde auf {location} doch gespeichert; das Fenster zeigt sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change Redline stopped waiting for was not saved on {location}.</source>
        <translation>Die Änderung, auf die Redline nicht mehr gewartet hat, wurde auf {location} nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the change Redline stopped waiting for was saved on {location} cannot be told; the window shows what the library holds.</source>
        <translation>Ob die Änderung, auf die Redline nicht mehr gewartet hat, auf {location} gespeichert wurde, lässt sich nicht sagen; das Fenster zeigt, was die Bibliothek enthält.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/empty_hint.py" line="+14"/>
        <source>This library has no documents yet.

{path} ({key}) brings scans in: PDF or image files. You can also drop them on the window.</source>
        <translation>Diese Bibliothek enthält noch keine Dokumente.

{path} ({key}) holt Scans herein: PDF- oder Bilddateien. Sie können sie auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/server_wait.py" line="+41"/>
        <source>Waiting for the page&apos;s text</source>
        <translation>Warten auf den Text der Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for this page&apos;s text (Esc): its read is cancelled on the library&apos;s server.</source>
        <translation>Nicht mehr auf den Text dieser Seite warten (Esc): das Lesen wird auf dem Server der Bibliothek abgebrochen.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Read this page&apos;s text from the library again.</source>
        <translation>Den Text dieser Seite erneut aus der Bibliothek lesen.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The library&apos;s server is not answering; the page&apos;s text has not been read yet.</source>
        <translation>Der Server der Bibliothek antwortet nicht; der Text der Seite wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page&apos;s text was not read.</source>
        <translation>Der Text der Seite wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the page&apos;s text was not read.</source>
        <translation>Redline hat aufgehört, auf den Server mit {location} zu warten; der Text der Seite wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/draft_offer.py" line="+20"/>
        <source>Not saved when Redline stopped</source>
        <translation>Beim Beenden von Redline nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped while a {kind} was being typed on page {page} of “{document}”. It was not saved; what was typed is kept.</source>
        <translation>Redline wurde beendet, während auf Seite {page} von „{document}“ etwas eingegeben wurde ({kind}). Es wurde nicht gespeichert; das Eingegebene ist aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it again</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page that draft was typed on is no longer there; the draft is kept.</source>
        <translation>Die Seite, auf der dieser Entwurf eingegeben wurde, gibt es nicht mehr; der Entwurf bleibt aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/core/refusals.py" line="+23"/>
        <source>{location} is not a Redline library, or its database is damaged; it was left as it was. Choose another library, or put back a copy from its backups folder if it has one.</source>
        <translation>{location} ist keine Redline-Bibliothek, oder ihre Datenbank ist beschädigt; sie wurde gelassen, wie sie war. Wählen Sie eine andere Bibliothek, oder legen Sie eine Kopie aus ihrem Ordner mit Sicherungskopien zurück, falls sie einen hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{location} is not a Redline library: its database holds other tables ({tables}); choose another folder.</source>
        <translation>{location} ist keine Redline-Bibliothek: Ihre Datenbank enthält andere Tabellen ({tables}); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {location} was written by Redline {writer} (schema {revision}); this is Redline {version} (schema {head}), which cannot read it. Install a newer Redline to open it.</source>
        <translation>Die Bibliothek unter {location} wurde von Redline {writer} geschrieben (Schema {revision}); dies ist Redline {version} (Schema {head}), das sie nicht lesen kann. Installieren Sie ein neueres Redline, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {location} was written by a newer Redline (schema {revision}); this is Redline {version} (schema {head}), which cannot read it. Install a newer Redline to open it.</source>
        <translation>Die Bibliothek unter {location} wurde von einem neueren Redline geschrieben (Schema {revision}); dies ist Redline {version} (Schema {head}), das sie nicht lesen kann. Installieren Sie ein neueres Redline, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{location} holds no Redline library yet, and one cannot be made while it is opened read-only; its owner makes it by opening it once where it can be written.</source>
        <translation>{location} enthält noch keine Redline-Bibliothek, und schreibgeschützt geöffnet kann keine angelegt werden; ihr Eigentümer legt sie an, indem er sie einmal dort öffnet, wo sie geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {location} was made by an older Redline (schema {revision}) and needs an upgrade to schema {head}, which cannot be done read-only; open it once where it can be written.</source>
        <translation>Die Bibliothek unter {location} wurde von einem älteren Redline angelegt (Schema {revision}) und muss auf Schema {head} aktualisiert werden, was schreibgeschützt nicht geht; öffnen Sie sie einmal dort, wo sie geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {folder} is open for writing in another Redline process; close it there first.</source>
        <translation>Die Bibliothek unter {folder} ist in einem anderen Redline-Prozess zum Schreiben geöffnet; schließen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {folder} was not closed cleanly and its folder cannot be written, so it cannot be read here; open it once where it can be written.</source>
        <translation>Die Bibliothek unter {folder} wurde nicht sauber geschlossen, und in ihren Ordner kann nicht geschrieben werden, daher kann sie hier nicht gelesen werden; öffnen Sie sie einmal dort, wo sie geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create a library at {folder}: {strerror}.</source>
        <translation>Unter {folder} kann keine Bibliothek angelegt werden: {strerror}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no library at {folder} yet; add documents with `redline import PATH`.</source>
        <translation>Unter {folder} gibt es noch keine Bibliothek; fügen Sie Dokumente mit `redline import PATH` hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database {database} on the server uses the {encoding} encoding; Redline needs a UTF8 one (CREATE DATABASE … ENCODING &apos;UTF8&apos;). Nothing was changed.</source>
        <translation>Die Datenbank {database} auf dem Server verwendet die Kodierung {encoding}; Redline braucht UTF8 (CREATE DATABASE … ENCODING &apos;UTF8&apos;). Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PostgreSQL server holding {location} is version {server}; Redline needs 13 or newer. Nothing was changed.</source>
        <translation>Der PostgreSQL-Server mit {location} hat die Version {server}; Redline braucht 13 oder neuer. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a PostgreSQL library address: {address}</source>
        <translation>Keine Adresse einer PostgreSQL-Bibliothek: {address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a PostgreSQL library address: {address} (its port must be a number)</source>
        <translation>Keine Adresse einer PostgreSQL-Bibliothek: {address} (ihr Port muss eine Zahl sein)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address {address} names no database; write it as postgresql://user@host/dbname</source>
        <translation>Die Adresse {address} nennt keine Datenbank; schreiben Sie sie als postgresql://benutzer@host/datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library {address} needs an upgrade from schema {revision}, and pg_dump (apt-get install postgresql-client) is not installed to back it up first; install it, or back the database up yourself and set REDLINE_UPGRADE_WITHOUT_BACKUP=1</source>
        <translation>Die Bibliothek {address} braucht eine Aktualisierung von Schema {revision}, und pg_dump (apt-get install postgresql-client) ist nicht installiert, um sie vorher zu sichern; installieren Sie es, oder sichern Sie die Datenbank selbst und setzen Sie REDLINE_UPGRADE_WITHOUT_BACKUP=1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not back up {address} before upgrading it, so it was not upgraded: {reason}</source>
        <translation>{address} konnte vor der Aktualisierung nicht gesichert werden und wurde daher nicht aktualisiert: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another Redline process writes to it</source>
        <translation>ein anderer Redline-Prozess schreibt in sie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its folder cannot be written</source>
        <translation>ihr Ordner kann nicht beschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your role on the server may only read it</source>
        <translation>Ihre Rolle auf dem Server darf sie nur lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was opened for reading</source>
        <translation>sie wurde nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library at {location} is open read-only ({why}); nothing was changed.</source>
        <translation>Die Bibliothek unter {location} ist schreibgeschützt geöffnet ({why}); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/page_annotations.py" line="-205"/>
        <source>{who}&apos;s correction “{theirs}” now overrides yours, “{yours}”, of the same words: the reading shows the newest. Both are kept: hover the words to see them, reject one to settle it.</source>
        <translation>Die Korrektur „{theirs}“ von {who} ersetzt jetzt Ihre, „{yours}“, derselben Wörter: Der Text zeigt die neueste. Beide bleiben erhalten: Zeigen Sie mit der Maus auf die Wörter, um beide zu sehen, und lehnen Sie eine ab, um es zu klären.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withheld from publications by the redaction “{redaction}”</source>
        <translation>In Veröffentlichungen zurückgehalten durch die Schwärzung „{redaction}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld from publications by the redactions “{redaction}”</source>
        <translation>In Veröffentlichungen zurückgehalten durch die Schwärzungen „{redaction}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burned into publications with the redaction “{redaction}”: the words a box touches are withheld whole</source>
        <translation>Mit der Schwärzung „{redaction}“ in Veröffentlichungen eingebrannt: die Wörter, die ein Kasten berührt, werden ganz zurückgehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Burned into publications with the redactions “{redaction}”: the words a box touches are withheld whole</source>
        <translation>Mit den Schwärzungen „{redaction}“ in Veröffentlichungen eingebrannt: die Wörter, die ein Kasten berührt, werden ganz zurückgehalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot tell what the page&apos;s redactions withhold from publications</source>
        <translation>Nicht feststellbar, was die Schwärzungen der Seite in Veröffentlichungen zurückhalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Under a proposed redaction: published until the redaction is accepted</source>
        <translation>Unter einer vorgeschlagenen Schwärzung: veröffentlicht, bis die Schwärzung angenommen ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under a redaction left visible: published</source>
        <translation>Unter einer sichtbar gelassenen Schwärzung: veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/side_panel.py" line="+34"/>
        <source>The library&apos;s server is not answering a read of this tab: open it to stop waiting.</source>
        <translation>Der Server der Bibliothek antwortet auf ein Lesen dieses Reiters nicht: öffnen Sie ihn, um nicht mehr zu warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tab}, waiting for the library&apos;s server</source>
        <translation>{tab}, wartet auf den Server der Bibliothek</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/already_marked.py" line="+236"/>
        <source>These words are already marked {value}, struck through, by {who}.</source>
        <translation>Diese Wörter sind bereits als {value} (durchgestrichen) markiert, von {who}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These words are already marked {value} by {who}.</source>
        <translation>Diese Wörter sind bereits als {value} markiert, von {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This box is already redacted by {who}.</source>
        <translation>Dieser Kasten ist bereits geschwärzt, von {who}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These words are already tagged {tag} by {who}.</source>
        <translation>Diese Wörter tragen bereits das Schlagwort {tag}, von {who}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These words are already corrected to “{value}” by {who}.</source>
        <translation>Diese Wörter sind bereits zu „{value}“ korrigiert, von {who}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/welcome.py" line="+12"/>
        <source>Welcome to Redline. The Library tab lists the documents (Enter opens one). Dashed boxes are the detector&apos;s proposals: N steps to the next, A accepts it, R rejects it. F1 opens the guide; Ctrl+/ lists every key.</source>
        <translation>Willkommen bei Redline. Der Reiter Bibliothek listet die Dokumente (Eingabe öffnet eines). Gestrichelte Rahmen sind Vorschläge der Erkennung: N springt zum nächsten, A nimmt ihn an, R lehnt ihn ab. F1 öffnet die Anleitung; Strg+/ listet alle Tasten.</translation>
    </message>
</context>
</TS>

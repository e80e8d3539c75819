<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Redline</name>
    <message>
        <location filename="../../app/ui/annotating/history.py" line="+21"/>
        <source>quoted text</source>
        <translation>texte cité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone</source>
        <translation>Rétablie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from a file</source>
        <translation>Fusionnée depuis un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict decided</source>
        <translation>Conflit décidé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page reviewed</source>
        <translation>Page relue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the detector</source>
        <translation>la détection</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Annotation history</source>
        <translation>Historique de l’annotation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+33"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/list_pane.py" line="+83"/>
        <source>Waiting for the annotations</source>
        <translation>En attente des annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the document&apos;s annotations have not been read yet.</source>
        <translation>Le serveur de la bibliothèque ne répond pas&#x202f;; les annotations du document n’ont pas encore été lues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the document&apos;s annotations (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Cesser d’attendre les annotations du document (Échap)&#xa0;: leur lecture est annulée sur le serveur de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The annotations were not read.</source>
        <translation>Les annotations n’ont pas été lues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the document&apos;s annotations were not read.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; les annotations du document n’ont pas été lues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s annotations again.</source>
        <translation>Relire les annotations du document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/window/status.py" line="+47"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+303"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-302"/>
        <location line="+303"/>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="-160"/>
        <source> (orphaned)</source>
        <translation> (orpheline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · in conflict</source>
        <translation> · en conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · already marked</source>
        <translation> · déjà marqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already marked: {annotation}</source>
        <translation>Déjà marqué&#xa0;: {annotation}</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+8"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+36"/>
        <location line="+26"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The annotations listed by the filters above. Choosing one shows it on its page.</source>
        <translation>Les annotations retenues par les filtres ci-dessus. En choisir une l’affiche sur sa page.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The annotations of the page or document, filtered by kind, status, tag and author.</source>
        <translation>Les annotations de la page ou du document, filtrées par type, statut, étiquette et auteur.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This page</source>
        <translation>Cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All pages</source>
        <translation>Toutes les pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists only the annotations made by this person.</source>
        <translation>N’affiche que les annotations faites par cette personne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="+78"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+29"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only annotations a merge left for a person to decide</source>
        <translation>Seulement les annotations qu’une fusion a laissées à décider</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot list the annotations: {reason}</source>
        <translation>Impossible de lister les annotations&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/menus.py" line="+40"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Annoter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tags…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Correction…</source>
        <translation>&amp;Correction…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiquette…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Marking…</source>
        <translation>&amp;Marquage…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Redact the selected words…</source>
        <translation>Ca&amp;viarder les mots choisis…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note on the &amp;page…</source>
        <translation>Note sur la &amp;page…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag with tag n&amp;umber</source>
        <translation>Étiqueter avec l’étiquette n&amp;uméro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag {n}</source>
        <translation>Étiquette {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Draw regions on the scan</source>
        <translation>&amp;Dessiner des zones sur le scan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit chosen annotation…</source>
        <translation>Mod&amp;ifier l’annotation choisie…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De&amp;lete chosen annotation</source>
        <translation>&amp;Supprimer l’annotation choisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Te&amp;xt reading</source>
        <translation>&amp;Lecture du texte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Accept proposal</source>
        <translation>&amp;Accepter la proposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reject proposal</source>
        <translation>&amp;Rejeter la proposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next proposal</source>
        <translation>Proposition &amp;suivante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous proposal</source>
        <translation>Proposition &amp;précédente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept all of this kind on the pa&amp;ge</source>
        <translation>Accepter tout ce type sur la pa&amp;ge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept all of this kind in the d&amp;ocument</source>
        <translation>Accepter tout ce type dans le d&amp;ocument</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page revie&amp;wed</source>
        <translation>Page ré&amp;visée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page &amp;in progress</source>
        <translation>Page &amp;en cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page &amp;unreviewed</source>
        <translation>Page &amp;non révisée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next unre&amp;viewed page</source>
        <translation>Page non révisée suivan&amp;te</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most &amp;doubtful first</source>
        <translation>Les plus &amp;douteuses d’abord</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Edit {kind}…</source>
        <translation>Modifier&#xa0;: {kind}…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose an annotation first (N steps to the next proposal).</source>
        <translation>Choisissez d’abord une annotation (N passe à la proposition suivante).</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/actions.py" line="+62"/>
        <source>Restored: this was typed here when Redline stopped, and not saved.</source>
        <translation>Restauré&#xa0;: ceci a été saisi ici quand Redline s’est arrêté, et n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The annotation this draft was an edit of is no longer there; the draft is kept.</source>
        <translation>L’annotation dont ce brouillon était une modification n’existe plus&#x202f;; le brouillon est conservé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another reviewer changed this annotation while this form was open. Theirs is shown above, yours is kept here: OK again saves yours over theirs, Cancel keeps theirs.</source>
        <translation>Un autre relecteur a modifié cette annotation pendant que ce formulaire était ouvert. La sienne est montrée au-dessus, la vôtre est gardée ici&#xa0;: OK une seconde fois enregistre la vôtre par-dessus la sienne, Annuler garde la sienne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another reviewer changed this correction while this form was open. Theirs is shown above, yours is kept here: typing on, or OK, saves yours over theirs.</source>
        <translation>Un autre relecteur a modifié cette correction pendant que ce formulaire était ouvert. La sienne est montrée au-dessus, la vôtre est gardée ici&#xa0;: continuer à taper, ou OK, enregistre la vôtre par-dessus la sienne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change saved here makes this correction the newest: the reading then shows it.</source>
        <translation>Une modification enregistrée ici fait de cette correction la plus récente&#xa0;: le texte la montre alors.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved by {who}, {when}</source>
        <translation>enregistrée par {who}, {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepting this proposal would mark them a second time. Reject it as redundant? (Undo takes the rejection back.)</source>
        <translation>L’accepter les marquerait une seconde fois. Rejeter la proposition comme redondante&#x202f;? (Annuler revient sur le rejet.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject as redundant</source>
        <translation>&amp;Rejeter comme redondante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the proposal</source>
        <translation>&amp;Garder la proposition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redaction</source>
        <translation>&amp;Caviardage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag</source>
        <translation>&amp;Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marking</source>
        <translation>&amp;Marquage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+141"/>
        <location filename="../../app/ui/annotating/proposals.py" line="+250"/>
        <source>Accept redaction</source>
        <translation>Accepter le caviardage</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select some text in the text pane first.</source>
        <translation>Sélectionnez d’abord du texte dans le volet du texte.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no tag {number}: Ctrl+T makes one as you type its name.</source>
        <translation>Il n’y a pas d’étiquette {number}&#xa0;: Ctrl+T en crée une pendant que vous tapez son nom.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>These words have no boxes on the scan: Shift+drag the region.</source>
        <translation>Ces mots n’ont pas de cadres sur le scan&#xa0;: tracez la zone avec Maj+glisser.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add {kind}</source>
        <translation>Ajouter&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{step}, new tag {path}</source>
        <translation>{step}, nouvelle étiquette {path}</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{why}: nothing can be changed here.</source>
        <translation>{why}&#xa0;: rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Leave redaction visible</source>
        <translation>Laisser le caviardage visible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burn redaction in</source>
        <translation>Incruster le caviardage</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/annotating/menus.py" line="-62"/>
        <source>Delete {kind}</source>
        <translation>Supprimer&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted {kind}</source>
        <translation>Acceptation&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected {kind}</source>
        <translation>Rejet&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed {kind}</source>
        <translation>Remise en proposition&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Already marked</source>
        <translation>Déjà marqué</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not accepted: it is still a proposal.</source>
        <translation>Pas acceptée&#xa0;: elle reste une proposition.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reject redundant {kind}</source>
        <translation>Rejeter comme redondant&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected the proposal as redundant.</source>
        <translation>Proposition rejetée comme redondante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit {kind}</source>
        <translation>Modifier&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/menus.py" line="+4"/>
        <source>Accept {kind}</source>
        <translation>Accepter&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject {kind}</source>
        <translation>Rejeter&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave visible in publications</source>
        <translation>Laisser visible dans les publications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History of this {kind}…</source>
        <translation>Historique&#xa0;: {kind}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decide the conflict…</source>
        <translation>Décider le conflit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/proposals.py" line="-188"/>
        <source>No proposals left in this document.</source>
        <translation>Plus aucune proposition dans ce document.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A offers to reject this proposal as redundant.</source>
        <translation>A propose de rejeter cette proposition comme redondante.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a proposal first (N steps to the next one).</source>
        <translation>Choisissez d’abord une proposition (N passe à la suivante).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reject the accepted redaction?</source>
        <translation>Rejeter le caviardage accepté&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This redaction was accepted. Rejected, it is no longer burned in: what it covers is shown in every publication made after.

Reject it?</source>
        <translation>Ce caviardage a été accepté. Rejeté, il n’est plus incrusté&#xa0;: ce qu’il couvre apparaît dans toute publication faite ensuite.

Le rejeter&#x202f;?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not changed: Accept and Reject decide proposals, and this {kind} was made by a person. To remove it, delete it (Del).</source>
        <translation>Rien de changé&#xa0;: Accepter et Rejeter décident des propositions, et cette annotation ({kind}) a été faite par une personne. Pour la retirer, supprimez-la (Suppr).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This {kind} is already accepted.</source>
        <translation>Déjà accepté&#xa0;: {kind}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This {kind} is already rejected.</source>
        <translation>Déjà rejeté&#xa0;: {kind}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not rejected: the redaction stays accepted.</source>
        <translation>Non rejeté&#xa0;: le caviardage reste accepté.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not accepted: the redaction is still a proposal.</source>
        <translation>Non acceptée&#xa0;: le caviardage est encore une proposition.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no exemption code</source>
        <translation>aucun code d’exemption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted the redaction ({codes}).</source>
        <translation>Caviardage accepté ({codes}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a proposal first: accept all takes its kind.</source>
        <translation>Choisissez d’abord une proposition&#xa0;: «&#xa0;tout accepter&#xa0;» prend son type.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Accept %n {kind} proposals on this document</source>
        <translation>
            <numerusform>Accepter les propositions ({kind}) de ce document : %n</numerusform>
            <numerusform>Accepter les propositions ({kind}) de ce document : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accept %n {kind} proposals on this page</source>
        <translation>
            <numerusform>Accepter les propositions ({kind}) de cette page : %n</numerusform>
            <numerusform>Accepter les propositions ({kind}) de cette page : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Accepted %n {kind} proposals on this document.</source>
        <translation>
            <numerusform>Propositions ({kind}) de ce document acceptées : %n.</numerusform>
            <numerusform>Propositions ({kind}) de ce document acceptées : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Accepted %n {kind} proposals on this page.</source>
        <translation>
            <numerusform>Propositions ({kind}) de cette page acceptées : %n.</numerusform>
            <numerusform>Propositions ({kind}) de cette page acceptées : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n left: already marked (N steps to them; A offers to reject each as redundant).</source>
        <translation>
            <numerusform>%n laissée : déjà marquée (N y mène ; A propose de la rejeter comme redondante).</numerusform>
            <numerusform>%n laissées : déjà marquées (N y mène ; A propose de rejeter chacune comme redondante).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Proposals left for you</source>
        <translation>Propositions qui vous attendent</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n left as proposals: their exemption codes are not in the vocabulary. Correct the codes, then accept them one by one.</source>
        <translation>
            <numerusform>%n reste une proposition : ses codes d’exemption ne sont pas dans le vocabulaire. Corrigez les codes, puis acceptez-la.</numerusform>
            <numerusform>%n restent des propositions : leurs codes d’exemption ne sont pas dans le vocabulaire. Corrigez les codes, puis acceptez-les une à une.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page {page}: {code}.</source>
        <translation>Page {page}&#xa0;: {code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page}: {code} — did you mean {codes}?</source>
        <translation>Page {page}&#xa0;: {code} — vouliez-vous dire {codes}&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/review_bar.py" line="+27"/>
        <source>Unreviewed</source>
        <translation>Non révisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/library/library_model.py" line="+39"/>
        <source>Reviewed</source>
        <translation>Révisée</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Page review:</source>
        <translation>Révision de la page&#xa0;:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mark page {page} {status}</source>
        <translation>Marquer la page {page}&#xa0;: {status}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every page of this document is reviewed.</source>
        <translation>Chaque page de ce document est révisée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page is the only one of this document not reviewed.</source>
        <translation>Cette page est la seule de ce document non révisée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/author.py" line="+11"/>
        <source>Your name, recorded with every annotation you make:</source>
        <translation>Votre nom, enregistré avec chaque annotation que vous faites&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/job_dialog.py" line="+87"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+66"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../app/ui/library/import_dialog.py" line="+38"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+202"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+66"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Highest classification</source>
        <translation>Classification la plus haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release status</source>
        <translation>Statut de déclassement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Date de déclassement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Numéro de document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified by</source>
        <translation>Classifié par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification reasons</source>
        <translation>Motifs de classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declassify on</source>
        <translation>Déclassifier le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights (licence URL)</source>
        <translation>Droits (URL de la licence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_report.py" line="+18"/>
        <source>pending (nobody accepted or rejected them)</source>
        <translation>en attente (personne ne les a acceptés ni rejetés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left visible (a person chose to publish them)</source>
        <translation>laissés visibles (une personne a choisi de les publier)</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+104"/>
        <source>no code</source>
        <translation>aucun code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  page {page}: {n} ({codes})</source>
        <translation>  page {page}&#xa0;: {n} ({codes})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page} ({n})</source>
        <translation>page {page} ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  {n} {reason}: {where}</source>
        <translation>  {n} {reason}&#xa0;: {where}</translation>
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
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n redactions</source>
        <translation>
            <numerusform>%n caviardage</numerusform>
            <numerusform>%n caviardages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not verified.</source>
        <translation>Non vérifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n redacted quotes searched for in the whole file</source>
        <translation>
            <numerusform>, %n citation caviardée recherchée dans tout le fichier</numerusform>
            <numerusform>, %n citations caviardées recherchées dans tout le fichier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified by {readers}: {regions} on {pages}{quotes}; nothing of a redaction remains ({seconds} s).</source>
        <translation>Vérifié avec {readers}&#xa0;: {regions} sur {pages}{quotes}&#x202f;; il ne reste rien d’aucun caviardage ({seconds} s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n regions</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{title}: {pages}, written to {path} in {seconds} s.</source>
        <translation>{title}&#xa0;: {pages}, écrit dans {path} en {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burned in: {redactions}</source>
        <translation>Incrustés&#xa0;: {redactions}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: {redactions}</source>
        <translation>Omis&#xa0;: {redactions}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outline: {kept} entries kept, {named} naming redacted text</source>
        <translation>Signets&#xa0;: {kept} entrées conservées, {named} nommant du texte caviardé</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../app/ui/tools/export_request.py" line="-5"/>
        <location line="+36"/>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{documents}, {redactions} burned in, in {seconds} s.</source>
        <translation>{documents}, {redactions} incrustés, en {seconds} s.</translation>
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
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="+72"/>
        <location filename="../../app/ui/base/language.py" line="+2"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="-1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../../app/ui/base/language.py" line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/language.py" line="+2"/>
        <source>left visible in publications</source>
        <translation>laissé visible dans les publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share blacked out</source>
        <translation>part noircie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box</source>
        <translation>cadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchor</source>
        <translation>ancrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchor lost</source>
        <translation>ancrage perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creation time</source>
        <translation>date de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreviewed</source>
        <translation>non relue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation>relue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification level</source>
        <translation>Niveau de classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portion marking</source>
        <translation>Marquage de paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control or dissemination marking</source>
        <translation>Mention de contrôle ou de diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release or review stamp</source>
        <translation>Tampon de levée ou de révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exemption code</source>
        <translation>Code d’exemption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification authority or declassification line</source>
        <translation>Autorité de classification ou ligne de déclassification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="-105"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction</source>
        <translation>Caviardage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portion</source>
        <translation>marquage de paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control</source>
        <translation>mention de diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release</source>
        <translation>levée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exemption</source>
        <translation>code d’exemption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declassification</source>
        <translation>déclassification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(deleted tag)</source>
        <translation>(étiquette supprimée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (struck)</source>
        <translation> (barré)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · left visible in publications</source>
        <translation> · laissé visible dans les publications</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>proposed by the detector, {when}</source>
        <translation>proposé par la détection, {when}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="+122"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-131"/>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+116"/>
        <source>Exemption codes: {codes}</source>
        <translation>Codes d’exemption&#xa0;: {codes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left visible in publications</source>
        <translation>Laissé visible dans les publications</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/actions.py" line="-150"/>
        <location line="+2"/>
        <location filename="../../app/ui/annotating/page_annotations.py" line="+174"/>
        <location line="+75"/>
        <location filename="../../app/ui/document/annotated_text_pane.py" line="+144"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+7"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+4"/>
        <source>imported, by {who}, {when}</source>
        <translation>importé, par {who}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {who}, {when}</source>
        <translation>par {who}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed {when}</source>
        <translation>modifié {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>{percent} sure</source>
        <translation>sûr à {percent}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="+4"/>
        <location filename="../../app/core/annotating/vocabulary.py" line="+1"/>
        <location filename="../../app/ui/base/language.py" line="-27"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-150"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="+1"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>marking</source>
        <translation>marquage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>redaction</source>
        <translation>caviardage</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="-1"/>
        <location filename="../../app/core/annotating/vocabulary.py" line="+1"/>
        <location filename="../../app/ui/base/language.py" line="-5"/>
        <location filename="../../app/ui/document/annotation_style.py" line="+1"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/document_view.py" line="+76"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+120"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+14"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s OCR text, read-only, linked word by word to the scan.</source>
        <translation>Le texte OCR de la page, en lecture seule, lié mot à mot au scan.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Text pane</source>
        <translation>Volet du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s text, or the offer to run OCR on a page without.</source>
        <translation>Le texte de la page, ou l’offre de lancer l’OCR sur une page qui n’en a pas.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Loading the text…</source>
        <translation>Chargement du texte…</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Cannot read the page</source>
        <translation>Impossible de lire la page</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the page: {reason}</source>
        <translation>Impossible de lire la page&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/doubtful_pane.py" line="-274"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}”</source>
        <translation>«&#xa0;{word}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence {value}</source>
        <translation>confiance {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the attached text reads “{reading}”</source>
        <translation>le texte joint lit «&#xa0;{reading}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for the doubtful words</source>
        <translation>En attente des mots douteux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the doubtful words have not been read yet.</source>
        <translation>Le serveur de la bibliothèque ne répond pas&#x202f;; les mots douteux n’ont pas encore été lus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the doubtful words (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Cesser d’attendre les mots douteux (Échap)&#xa0;: leur lecture est annulée sur le serveur de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The doubtful words were not read.</source>
        <translation>Les mots douteux n’ont pas été lus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the doubtful words were not read.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; les mots douteux n’ont pas été lus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s doubtful words again.</source>
        <translation>Relire les mots douteux du document.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+195"/>
        <source>No document open.</source>
        <translation>Aucun document ouvert.</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Hide lone punctuation marks</source>
        <translation>Masquer les signes de ponctuation isolés</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <location filename="../../app/ui/window/side_tabs.py" line="-44"/>
        <location line="+26"/>
        <source>Doubtful words</source>
        <translation>Mots douteux</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Words the OCR was least sure of. Enter shows the word on the scan and in the text.</source>
        <translation>Les mots dont l’OCR était le moins sûre. Entrée montre le mot sur le scan et dans le texte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document&apos;s words below the OCR confidence threshold.</source>
        <translation>Les mots du document sous le seuil de confiance de l’OCR.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The doubtful words are read when this tab is shown.</source>
        <translation>Les mots douteux sont lus quand cet onglet est affiché.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for doubtful words…</source>
        <translation>Recherche des mots douteux…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>Cannot list doubtful words: {reason}</source>
        <translation>Impossible de lister les mots douteux&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n corrected words are no longer listed.</source>
        <translation>
            <numerusform>%n mot corrigé n’est plus listé.</numerusform>
            <numerusform>%n mots corrigés ne sont plus listés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No doubtful words left: {corrected}</source>
        <translation>Plus aucun mot douteux&#xa0;: {corrected}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n doubtful words</source>
        <translation>
            <numerusform>%n mot douteux</numerusform>
            <numerusform>%n mots douteux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{found} on {pages}. F7: next doubtful word.</source>
        <translation>{found} sur {pages}. F7&#xa0;: mot douteux suivant.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No doubtful words.</source>
        <translation>Aucun mot douteux.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/layer_switcher.py" line="+25"/>
        <source>Which reading of this page&apos;s text is shown (text layer): choose another here</source>
        <translation>Quelle lecture du texte de la page est affichée (couche de texte)&#xa0;: en choisir une autre ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page has one text layer. Tools › OCR this page, or Tools › Attach OCR text, adds another to choose from here.</source>
        <translation>Cette page a une couche de texte. Outils › OCR de cette page ou Outils › Joindre un texte OCR en ajoute une autre à choisir ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This page has no text yet: Tools › OCR this page reads it.</source>
        <translation>Cette page n’a pas encore de texte&#xa0;: Outils › OCR de cette page le lit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is open read-only: the text layer cannot be changed.</source>
        <translation>La bibliothèque est ouverte en lecture seule&#xa0;: la couche de texte ne peut pas être changée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF text</source>
        <translation>texte du PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract OCR</source>
        <translation>OCR Tesseract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTO file</source>
        <translation>fichier ALTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAGE XML file</source>
        <translation>fichier PAGE XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hOCR file</source>
        <translation>fichier hOCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text file</source>
        <translation>fichier texte</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot switch the text layer: {reason}</source>
        <translation>Impossible de changer de couche de texte&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n annotations carried over</source>
        <translation>
            <numerusform>%n annotation reportée</numerusform>
            <numerusform>%n annotations reportées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text layer switched; {moved}, {orphaned} not found on this text (orphaned).</source>
        <translation>Couche de texte changée&#x202f;; {moved}, {orphaned} introuvables dans ce texte (orphelines).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text layer switched; {moved}.</source>
        <translation>Couche de texte changée&#x202f;; {moved}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/editor.py" line="+252"/>
        <source>{kind} — edit</source>
        <translation>{kind} — modifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/ui/document/layer_switcher.py" line="-63"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Known codes</source>
        <translation>Codes connus</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Non enregistré&#xa0;:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Theirs:</source>
        <translation>La leur&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type a tag&apos;s name, or choose one.</source>
        <translation>Tapez le nom d’une étiquette, ou choisissez-en une.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reads:</source>
        <translation>Se lit&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tag, or a new one: {example}</source>
        <translation>une étiquette, ou une nouvelle&#xa0;: {example}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Struck through (marked, then cancelled)</source>
        <translation>Barré (apposé, puis annulé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Detected beside the box: {codes}</source>
        <translation>Détecté à côté du cadre&#xa0;: {codes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exemption code was detected beside the box.</source>
        <translation>Aucun code d’exemption n’a été détecté à côté du cadre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. {codes}</source>
        <translation>p. ex. {codes}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Codes are checked against the exemption vocabulary.</source>
        <translation>Les codes sont vérifiés d’après le vocabulaire des exemptions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave visible in publications (do not burn it in)</source>
        <translation>Laisser visible dans les publications (ne pas l’incruster)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted redactions are burned into publication PDFs: the text and pixels under the box are removed. Tick this to publish what is under this one.</source>
        <translation>Les caviardages acceptés sont incrustés dans les PDF de publication&#xa0;: le texte et les pixels sous le cadre sont supprimés. Cochez pour publier ce qui est sous celui-ci.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exemption codes:</source>
        <translation>Codes d’exemption&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Publishing:</source>
        <translation>Publication&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Entrée enregistre</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/ocr_offer.py" line="+33"/>
        <source>Run OCR on this page</source>
        <translation>Lire la page par OCR</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No text on this page (the library is read-only).</source>
        <translation>Aucun texte sur cette page (la bibliothèque est en lecture seule).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text on this page (install Tesseract).</source>
        <translation>Aucun texte sur cette page (installez Tesseract).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text on this page.</source>
        <translation>Aucun texte sur cette page.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the page with Tesseract…</source>
        <translation>Lecture de la page avec Tesseract…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nothing was done</source>
        <translation>rien n’a été fait</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>OCR found %n words.</source>
        <translation>
            <numerusform>L’OCR a trouvé %n mot.</numerusform>
            <numerusform>L’OCR a trouvé %n mots.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="+387"/>
        <location filename="../../app/ui/document/ocr_offer.py" line="+7"/>
        <source>OCR failed: {reason}</source>
        <translation>Échec de l’OCR&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/ocr_text_pane.py" line="+22"/>
        <source>This page has no text yet: it is a scan without a text layer. Run OCR on it (the button above, or Tools › OCR this page) to read and search it.</source>
        <translation>Cette page n’a pas encore de texte&#xa0;: c’est un scan sans couche de texte. Lancez l’OCR (le bouton au-dessus, ou Outils › OCR de cette page) pour la lire et y chercher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the scan: this part of the attached text has no place on the page.</source>
        <translation>Introuvable sur le scan&#xa0;: cette partie du texte joint n’a pas de place sur la page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/thumbnails.py" line="+95"/>
        <location filename="../../app/ui/window/side_tabs.py" line="+15"/>
        <source>Thumbnails</source>
        <translation>Miniatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small image of each page. Choosing one shows that page.</source>
        <translation>Une petite image de chaque page. En choisir une affiche cette page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/import_dialog.py" line="-71"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing {name} ({n} of {count})</source>
        <translation>Importation de {name} ({n} sur {count})</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n documents imported</source>
        <translation>
            <numerusform>%n document importé</numerusform>
            <numerusform>%n documents importés</numerusform>
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
            <numerusform>%n était déjà dans la bibliothèque</numerusform>
            <numerusform>%n étaient déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n files failed</source>
        <translation>
            <numerusform>%n fichier en échec</numerusform>
            <numerusform>%n fichiers en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {what}</source>
        <translation>Annulé&#xa0;: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pages have no text yet: Tools › OCR pages without text in the library reads them.</source>
        <translation>
            <numerusform>%n page n’a pas encore de texte : Outils › OCR des pages sans texte de la bibliothèque la lit.</numerusform>
            <numerusform>%n pages n’ont pas encore de texte : Outils › OCR des pages sans texte de la bibliothèque les lit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library/library_model.py" line="-6"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doc no.</source>
        <translation>N° de doc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Déclassement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Déclassé le</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Detected; double-click to check or edit</source>
        <translation>Détecté&#x202f;; double-cliquez pour vérifier ou modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed by a person; double-click to check or edit</source>
        <translation>Saisi par une personne&#x202f;; double-cliquez pour vérifier ou modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/library_pane.py" line="+37"/>
        <source>Waiting for the library&apos;s documents</source>
        <translation>En attente des documents de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the library&apos;s documents have not been read yet.</source>
        <translation>Le serveur de la bibliothèque ne répond pas&#x202f;; les documents de la bibliothèque n’ont pas encore été lus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for the library&apos;s documents (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Cesser d’attendre les documents de la bibliothèque (Échap)&#xa0;: leur lecture est annulée sur le serveur de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library&apos;s documents were not read.</source>
        <translation>Les documents de la bibliothèque n’ont pas été lus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the library&apos;s documents were not read.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; les documents de la bibliothèque n’ont pas été lus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the library&apos;s documents again.</source>
        <translation>Relire les documents de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter by title, case or document number…</source>
        <translation>Filtrer par titre, numéro de dossier ou de document…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the documents whose title, case or document number holds the words typed. Enter opens the first.</source>
        <translation>N’affiche que les documents dont le titre, le numéro de dossier ou de document contient les mots tapés. Entrée ouvre le premier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s documents. Enter opens the one chosen; a column header sorts.</source>
        <translation>Les documents de la bibliothèque. Entrée ouvre celui choisi&#x202f;; un en-tête de colonne trie.</translation>
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
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documents of the library, with a filter.</source>
        <translation>Les documents de la bibliothèque, avec un filtre.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No document matches “{text}”.</source>
        <translation>Aucun document ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/search_pane.py" line="+52"/>
        <source>Waiting for the search</source>
        <translation>En attente de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the search has not been answered yet.</source>
        <translation>Le serveur de la bibliothèque ne répond pas&#x202f;; la recherche n’a pas encore reçu de réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the search (Esc): it is cancelled on the library&apos;s server.</source>
        <translation>Cesser d’attendre la recherche (Échap)&#xa0;: elle est annulée sur le serveur de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search was not made.</source>
        <translation>La recherche n’a pas été faite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the search was not made.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; la recherche n’a pas été faite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the library again.</source>
        <translation>Relancer la recherche dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>page {n}, in the corrected reading</source>
        <translation>page {n}, dans la lecture corrigée</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Search all pages (words, &quot;phrases&quot;, prefix*)</source>
        <translation>Chercher dans toutes les pages (mots, &quot;expressions&quot;, préfixe*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="+6"/>
        <source>Search all pages</source>
        <translation>Chercher dans toutes les pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, &quot;phrases&quot; or prefix* to find in every page of the library.</source>
        <translation>Mots, &quot;expressions&quot; ou préfixe* à chercher dans chaque page de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages that match, with their snippets. Enter opens the page.</source>
        <translation>Les pages qui correspondent, avec leurs extraits. Entrée ouvre la page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-1"/>
        <location line="+5"/>
        <location line="+5"/>
        <location filename="../../app/ui/window/side_tabs.py" line="-27"/>
        <location line="+28"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the text of every page of the library.</source>
        <translation>Chercher dans le texte de chaque page de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No match.</source>
        <translation>Aucune correspondance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}+ pages match.</source>
        <translation>{n}+ pages correspondent.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pages match.</source>
        <translation>
            <numerusform>%n page correspond.</numerusform>
            <numerusform>%n pages correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>So many that they are listed in library order: narrow the search to rank them.</source>
        <translation>Tant qu’elles sont listées dans l’ordre de la bibliothèque&#xa0;: affinez la recherche pour les classer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error: {error}</source>
        <translation>Erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/about_dialog.py" line="+25"/>
        <source>Redline is free software under the GNU Affero General Public License, version 3 or later ({licence}). It uses PyMuPDF (AGPL-3.0) and Qt through PySide6 (LGPL-3.0).</source>
        <translation>Redline est un logiciel libre sous la licence publique générale GNU Affero, version 3 ou ultérieure ({licence}). Il utilise PyMuPDF (AGPL-3.0) et Qt via PySide6 (LGPL-3.0).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About Redline</source>
        <translation>À propos de Redline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review, annotate and publish scanned declassified documents.</source>
        <translation>Réviser, annoter et publier des documents déclassifiés numérisés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../app/ui/tools/error_dialog.py" line="+59"/>
        <source>Copy for a bug report</source>
        <translation>Copier pour un rapport de bogue</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../app/ui/tools/error_dialog.py" line="+1"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tesseract is not installed, so OCR is unavailable. {hint}</source>
        <translation>Tesseract n’est pas installé&#xa0;: l’OCR est donc indisponible. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/error_dialog.py" line="-16"/>
        <source>Redline: something went wrong</source>
        <translation>Redline&#xa0;: un problème est survenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline ran into an unexpected error and could not finish what it was doing.</source>
        <translation>Redline a rencontré une erreur inattendue et n’a pas pu finir ce qu’il faisait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library holds every edit made before it: each is written the moment it is made. Please send the bug report below to the developers.</source>
        <translation>La bibliothèque contient chaque modification faite avant&#xa0;: chacune est enregistrée dès qu’elle est faite. Merci d’envoyer le rapport de bogue ci-dessous aux développeurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The details are in the log file:</source>
        <translation>Les détails sont dans le fichier journal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log file could not be written (is the disk full or read-only?).</source>
        <translation>Le fichier journal n’a pas pu être écrit (le disque est-il plein ou en lecture seule&#x202f;?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} more errors since; each is in the log file.</source>
        <translation>{n} autres erreurs depuis&#x202f;; chacune est dans le fichier journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 more error since; it is in the log file.</source>
        <translation>1 autre erreur depuis&#x202f;; elle est dans le fichier journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline</source>
        <translation>Redline</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_request.py" line="-138"/>
        <source>Redline JSON (exchange, merges back in)</source>
        <translation>Redline JSON (échange, se fusionne en retour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIIF folder for a web server (Mirador and other IIIF viewers)</source>
        <translation>Dossier IIIF pour un serveur web (Mirador et autres visionneuses IIIF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV spreadsheet (one annotation per row)</source>
        <translation>Tableur CSV (une annotation par ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected text</source>
        <translation>Texte corrigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication PDF (redactions burned in)</source>
        <translation>PDF de publication (caviardages incrustés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALTO 4.4 XML: corrected OCR with word boxes, a file per page</source>
        <translation>ALTO 4.4 XML&#xa0;: OCR corrigée avec cadres des mots, un fichier par page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PAGE XML 2019: corrected OCR with word boxes, a file per page</source>
        <translation>PAGE XML 2019&#xa0;: OCR corrigée avec cadres des mots, un fichier par page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hOCR: corrected OCR with word boxes, a file per document</source>
        <translation>hOCR&#xa0;: OCR corrigée avec cadres des mots, un fichier par document</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open document</source>
        <translation>Le document ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations with a tag</source>
        <translation>Annotations avec une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations with a status</source>
        <translation>Annotations avec un statut</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{documents}, {pages}, {words} ({corrected} corrected)</source>
        <translation>{documents}, {pages}, {words} ({corrected} corrigés)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/document/layer_switcher.py" line="+12"/>
        <location filename="../../app/ui/tools/export_request.py" line="+5"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-70"/>
        <location line="+69"/>
        <location line="+16"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tools/export_request.py" line="+8"/>
        <source>%n words under accepted redactions left out</source>
        <translation>
            <numerusform>%n mot sous des caviardages acceptés omis</numerusform>
            <numerusform>%n mots sous des caviardages acceptés omis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n page images</source>
        <translation>
            <numerusform>%n image de page</numerusform>
            <numerusform>%n images de page</numerusform>
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
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n annotations over accepted redactions left out</source>
        <translation>
            <numerusform>%n annotation sur des caviardages acceptés omise</numerusform>
            <numerusform>%n annotations sur des caviardages acceptés omises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_dialog.py" line="+74"/>
        <source>Waiting for the document&apos;s title and the tags</source>
        <translation>En attente du titre du document et des étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the document&apos;s title and the tags have not been read yet.</source>
        <translation>Le serveur de la bibliothèque ne répond pas&#x202f;; le titre du document et les étiquettes n’ont pas encore été lus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting for the document&apos;s title and the tags (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Cesser d’attendre le titre du document et les étiquettes (Échap)&#xa0;: leur lecture est annulée sur le serveur de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document&apos;s title and the tags were not read.</source>
        <translation>Le titre du document et les étiquettes n’ont pas été lus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the document&apos;s title and the tags were not read.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; le titre du document et les étiquettes n’ont pas été lus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the document&apos;s title and the tags again.</source>
        <translation>Relire le titre du document et les étiquettes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for what the publication covers</source>
        <translation>En attente de ce que couvre la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the documents of the publication and their undecided proposals have not been counted yet.</source>
        <translation>Le serveur de la bibliothèque ne répond pas&#x202f;; les documents de la publication et leurs propositions non tranchées n’ont pas encore été comptés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop waiting for what the publication covers (Esc): its count is cancelled on the library&apos;s server.</source>
        <translation>Cesser d’attendre ce que couvre la publication (Échap)&#xa0;: le décompte est annulé sur le serveur de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the publication covers was not counted.</source>
        <translation>Ce que couvre la publication n’a pas été compté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the documents of the publication and their undecided proposals were not counted.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; les documents de la publication et leurs propositions non tranchées n’ont pas été comptés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count the publication&apos;s documents and proposals again.</source>
        <translation>Recompter les documents et les propositions de la publication.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+301"/>
        <location line="+34"/>
        <location filename="../../app/ui/tools/export_request.py" line="+11"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or folder the export writes.</source>
        <translation>Le fichier ou le dossier où l’exportation écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file per document (the destination is a folder)</source>
        <translation>Un fichier par document (la destination est un dossier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the annotations as PDF annotations</source>
        <translation>Ajouter les annotations comme annotations PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also proposals and rejected annotations (marked so)</source>
        <translation>Aussi les propositions et annotations rejetées (marquées comme telles)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates are pixels of the page rendered at this resolution</source>
        <translation>Les coordonnées sont des pixels de la page rendue à cette résolution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>relative ids (or the URL the folder will be served at)</source>
        <translation>identifiants relatifs (ou l’URL où le dossier sera servi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the page images the files name (PNG)</source>
        <translation>Écrire aussi les images des pages que les fichiers nomment (PNG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black boxes</source>
        <translation>Cadres noirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White boxes with an outline</source>
        <translation>Cadres blancs avec un contour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the exemption codes in the boxes, e.g. (b)(6)</source>
        <translation>Imprimer les codes d’exemption dans les cadres, p. ex. (b)(6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the source&apos;s outline (entries naming redacted text go)</source>
        <translation>Garder le plan de la source (les entrées qui nomment un texte caviardé disparaissent)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the source&apos;s links (none over a box)</source>
        <translation>Garder les liens de la source (aucun sur un cadre)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The document&apos;s title and the tags were not read: {reason}</source>
        <translation>Le titre du document et les étiquettes n’ont pas été lus&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The {value} documents chosen make a PDF each: choose a folder as the destination, or export the open document.</source>
        <translation>Les {value} documents choisis donnent chacun un PDF&#xa0;: choisissez un dossier comme destination, ou exportez le document ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {value} documents chosen make a PDF each: choose a folder as the destination, or open one document and export it.</source>
        <translation>Les {value} documents choisis donnent chacun un PDF&#xa0;: choisissez un dossier comme destination, ou ouvrez un document et exportez-le.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} is a file, and this export writes a folder: choose a folder, or a name for a new one.</source>
        <translation>{path} est un fichier, et cet export écrit un dossier&#xa0;: choisissez un dossier, ou le nom d’un nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder, and this export writes a file: choose a file name.</source>
        <translation>{path} est un dossier, et cet export écrit un fichier&#xa0;: choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tools/export_start.py" line="+120"/>
        <source>%n redaction proposals to decide: A accepts, R rejects, N goes to the next</source>
        <translation>
            <numerusform>%n proposition de caviardage à décider : A accepte, R rejette, N passe à la suivante</numerusform>
            <numerusform>%n propositions de caviardage à décider : A accepte, R rejette, N passe à la suivante</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/editor.py" line="-129"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="+96"/>
        <location filename="../../app/ui/tools/export_dialog.py" line="-186"/>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_dialog.py" line="+1"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redactions:</source>
        <translation>Caviardages&#xa0;:</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_start.py" line="-83"/>
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation>{name} existe déjà dans {folder}.

Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} is not empty: files of the same documents in it will be replaced.

Export into it anyway?</source>
        <translation>Le dossier {folder} n’est pas vide&#xa0;: les fichiers des mêmes documents y seront remplacés.

Y exporter quand même&#x202f;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replace?</source>
        <translation>Remplacer&#x202f;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redaction proposals not decided</source>
        <translation>Propositions de caviardage non tranchées</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n redaction proposals in what you publish have not been accepted or rejected.</source>
        <translation>
            <numerusform>%n proposition de caviardage dans ce que vous publiez n’a été ni acceptée ni rejetée.</numerusform>
            <numerusform>%n propositions de caviardage dans ce que vous publiez n’ont été ni acceptées ni rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only accepted redactions are burned in. Review the proposals first, or publish without them (they stay visible in the PDF).</source>
        <translation>Seuls les caviardages acceptés sont incrustés. Révisez d’abord les propositions, ou publiez sans elles (elles restent visibles dans le PDF).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review them first</source>
        <translation>Les réviser d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish without them</source>
        <translation>Publier sans elles</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/export_dialog.py" line="-92"/>
        <source>The export was not started: {reason}</source>
        <translation>L’export n’a pas été lancé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/help_browser.py" line="+32"/>
        <source>Redline help</source>
        <translation>Aide de Redline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># The help is missing

The user guide should be at `{path}`, but it is not there: this copy of Redline is incomplete. The guide is also in the `docs/help` folder of Redline&apos;s source.</source>
        <translation># L’aide est absente

Le guide devrait se trouver dans `{path}`, mais il n’y est pas&#xa0;: cette copie de Redline est incomplète. Le guide est aussi dans le dossier `docs/help` des sources de Redline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/merge_dialog.py" line="-137"/>
        <location line="+157"/>
        <location filename="../../app/ui/window/main_window.py" line="+319"/>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No copy of a library on a server is made before a merge, so there is none to put back afterwards; back the database up with pg_dump first if you may want it as it is now.</source>
        <translation>Aucune copie d’une bibliothèque sur un serveur n’est faite avant une fusion, il n’y en a donc aucune à remettre ensuite&#x202f;; sauvegardez d’abord la base de données avec pg_dump si vous voulez pouvoir la retrouver telle qu’elle est maintenant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide conflicts…</source>
        <translation>Décider les conflits…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{name} checked. Nothing changed yet: Apply to merge it.</source>
        <translation>{name} vérifié. Rien n’a encore changé&#xa0;: «&#xa0;Appliquer&#xa0;» le fusionne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} changed since it was checked; nothing was merged. Below is what it would change now: Apply to merge it.</source>
        <translation>{name} a changé depuis sa vérification&#x202f;; rien n’a été fusionné. Voici ce qu’il changerait maintenant&#xa0;: «&#xa0;Appliquer&#xa0;» le fusionne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} changed since it was checked; nothing was merged, and it would change nothing here now.</source>
        <translation>{name} a changé depuis sa vérification&#x202f;; rien n’a été fusionné, et il ne changerait plus rien ici.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_report.py" line="+29"/>
        <source>Conflicts stay until someone decides them: Edit › Conflicts… in the window, or `redline conflicts` and `redline resolve ID --take here|there`.</source>
        <translation>Les conflits restent jusqu’à ce que quelqu’un les décide&#xa0;: Édition › Conflits… dans la fenêtre, ou `redline conflicts` et `redline resolve ID --take here|there`.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_words.py" line="+27"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <comment>month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>by someone</source>
        <translation>par quelqu’un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by you</source>
        <translation>par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} {month}{year} {time}</source>
        <translation>{day} {month}{year} {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({who}, {when})</source>
        <translation>({who}, {when})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;a tag not here&apos;</source>
        <translation>«&#xa0;une étiquette absente d’ici&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{w:g}×{h:g} pt at {x:g},{y:g}</source>
        <translation>{w:g}×{h:g} pt à {x:g},{y:g}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{quote}&apos; (characters {start}-{end})</source>
        <translation>«&#xa0;{quote}&#xa0;» (caractères {start} à {end})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{text}&apos;</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_lines.py" line="+28"/>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} of &apos;{label}&apos;</source>
        <translation>{kind} de «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} proposed by the detector</source>
        <translation>{kind} (proposition de la détection)</translation>
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
        <translation>{what} sans code d’exemption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} with codes {codes}</source>
        <translation>{what} avec les codes {codes}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added from {file}</source>
        <translation>ajout depuis {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added from {file} (made {when})</source>
        <translation>ajout depuis {file} (créée {when})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{added}, last changed by {who} ({when})</source>
        <translation>{added}, modifiée en dernier par {who} ({when})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>proposed by the detector ({when})</source>
        <translation>proposition de la détection ({when})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{proposed}, then {status}</source>
        <translation>{proposed}, puis {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{proposed}, {status} {by} ({when})</source>
        <translation>{proposed}, {status} {by} ({when})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deleted {by} ({when})</source>
        <translation>suppression {by} ({when})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {by} ({when})</source>
        <translation>restauration {by} ({when})</translation>
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
        <translation>en conflit&#xa0;: suppression ici {gone_by} ({gone_at}), mais modification là-bas depuis {changed_by} ({changed_at})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in conflict: deleted there {gone_by} ({gone_at}), but changed here {changed_by} ({changed_at}) since</source>
        <translation>en conflit&#xa0;: suppression là-bas {gone_by} ({gone_at}), mais modification ici depuis {changed_by} ({changed_at})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; there </source>
        <translation>&#x202f;; là-bas </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} in conflict: here {here}, there {there}</source>
        <translation>{field} en conflit&#xa0;: ici {here}, là-bas {there}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>kept from here: this library&apos;s version is the later one</source>
        <translation>version d’ici gardée&#xa0;: la version de cette bibliothèque est la plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from here where it differs from the file&apos;s ({fields}): this library&apos;s version is the later one</source>
        <translation>version d’ici gardée là où elle diffère du fichier ({fields})&#xa0;: la version de cette bibliothèque est la plus récente</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>added {by} ({when}), reads {text}</source>
        <translation>ajout {by} ({when}), se lit {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added {by} ({when})</source>
        <translation>ajout {by} ({when})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>deleted there before it ever came here (kept as deleted)</source>
        <translation>suppression là-bas avant toute arrivée ici (gardée supprimée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{fields} kept from here</source>
        <translation>gardé d’ici&#xa0;: {fields}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its conflict was decided there</source>
        <translation>le conflit a été décidé là-bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-68"/>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by the file&apos;s version {by}, the later one ({fields} changed); changed on both sides, and a version 1 file does not say which change came first</source>
        <translation>remplacement par la version du fichier {by}, la plus récente (modifié&#xa0;: {fields})&#x202f;; modifications des deux côtés, et un fichier de version 1 ne dit pas quelle modification est venue en premier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Page {page} review: {changes}</source>
        <translation>  Relecture de la page {page}&#xa0;: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Page {page}, {what}: {changes}</source>
        <translation>  Page {page}, {what}&#xa0;: {changes}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>  Page {page}: and {more} more</source>
        <translation>  Page {page}&#xa0;: et {more} de plus</translation>
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
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in conflict, for you to decide</source>
        <translation>
            <numerusform>%n en conflit, à vous de décider</numerusform>
            <numerusform>%n en conflit, à vous de décider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflicts decided there</source>
        <translation>
            <numerusform>%n conflit décidé là-bas</numerusform>
            <numerusform>%n conflits décidés là-bas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page reviews</source>
        <translation>
            <numerusform>%n relecture de page</numerusform>
            <numerusform>%n relectures de page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n metadata values</source>
        <translation>
            <numerusform>%n valeur de métadonnées</numerusform>
            <numerusform>%n valeurs de métadonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n annotations not placed</source>
        <translation>
            <numerusform>%n annotation non placée</numerusform>
            <numerusform>%n annotations non placées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with exemption codes not in the vocabulary (see below)</source>
        <translation>
            <numerusform>%n avec des codes d’exemption hors du vocabulaire (voir ci-dessous)</numerusform>
            <numerusform>%n avec des codes d’exemption hors du vocabulaire (voir ci-dessous)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/core/exchange/merge_words.py" line="-75"/>
        <source>the set</source>
        <translation>l’ensemble</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n tags added</source>
        <translation>
            <numerusform>%n étiquette ajoutée</numerusform>
            <numerusform>%n étiquettes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tags changed</source>
        <translation>
            <numerusform>%n étiquette modifiée</numerusform>
            <numerusform>%n étiquettes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tags deleted</source>
        <translation>
            <numerusform>%n étiquette supprimée</numerusform>
            <numerusform>%n étiquettes supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{name} would change nothing you see here: it holds %n deletions of what this library never had, which would be kept as deleted.</source>
        <translation>
            <numerusform>{name} ne changerait rien de visible ici : le fichier contient %n suppression de ce que cette bibliothèque n’a jamais eu, qui serait gardée comme supprimée.</numerusform>
            <numerusform>{name} ne changerait rien de visible ici : le fichier contient %n suppressions de ce que cette bibliothèque n’a jamais eu, qui seraient gardées comme supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{name} changed nothing you see here: it held %n deletions of what this library never had, kept as deleted.</source>
        <translation>
            <numerusform>{name} n’a rien changé de visible ici : le fichier contenait %n suppression de ce que cette bibliothèque n’a jamais eu, gardée comme supprimée.</numerusform>
            <numerusform>{name} n’a rien changé de visible ici : le fichier contenait %n suppressions de ce que cette bibliothèque n’a jamais eu, gardées comme supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="-10"/>
        <source>{name} would change nothing here.</source>
        <translation>{name} ne changerait rien ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} changed nothing here.</source>
        <translation>{name} n’a rien changé ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {name} would change: {said}.</source>
        <translation>Importer {name} changerait&#xa0;: {said}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {name}: {said}.</source>
        <translation>{name} importé&#xa0;: {said}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n annotations unchanged</source>
        <translation>
            <numerusform>%n annotation inchangée</numerusform>
            <numerusform>%n annotations inchangées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {name} would change: {said} ({same}).</source>
        <translation>Importer {name} changerait&#xa0;: {said} ({same}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {name}: {said} ({same}).</source>
        <translation>{name} importé&#xa0;: {said} ({same}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>W3C annotations carry no history, so where an annotation differs here and in the file the later version was kept whole.</source>
        <translation>Les annotations W3C n’ont pas d’historique&#xa0;: là où une annotation diffère ici et dans le fichier, la version la plus récente a été gardée entière.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a version 1 file: it carries no history, so where an annotation changed on both sides the later version was kept whole.</source>
        <translation>C’est un fichier de version 1&#xa0;: il n’a pas d’historique&#x202f;; là où une annotation a changé des deux côtés, la version la plus récente a été gardée entière.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>  Tag &apos;{name}&apos;: {changes}</source>
        <translation>  Étiquette «&#xa0;{name}&#xa0;»&#xa0;: {changes}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Documents not in this library (their annotations wait until imported):</source>
        <translation>Documents absents de cette bibliothèque (leurs annotations attendent leur import)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  {title} ({n} annotations)</source>
        <translation>  {title} ({n} annotations)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotations with no place in this library (not imported):</source>
        <translation>Annotations sans place dans cette bibliothèque (non importées)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>  … and {n} more</source>
        <translation>  … et {n} de plus</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Exemption codes not in this library&apos;s vocabulary (kept as written; correct them, Edit › Edit chosen annotation…, before accepting or publishing):</source>
        <translation>Codes d’exemption absents du vocabulaire de cette bibliothèque (gardés tels qu’écrits&#x202f;; corrigez-les, Édition › Modifier l’annotation choisie…, avant d’accepter ou de publier)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  {document}, page {page}: {codes}</source>
        <translation>  {document}, page {page}&#xa0;: {codes}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n annotations quote other text than this library&apos;s page text (different OCR?).</source>
        <translation>
            <numerusform>%n annotation cite un autre texte que celui de la page dans cette bibliothèque (autre OCR ?).</numerusform>
            <numerusform>%n annotations citent un autre texte que celui de la page dans cette bibliothèque (autre OCR ?).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Before the import the library was copied to {path}.</source>
        <translation>Avant l’import, la bibliothèque a été copiée dans {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To undo the import: redline restore {path}</source>
        <translation>Pour annuler l’import&#xa0;: redline restore {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+20"/>
        <source>{name} merged (Edit › Undo Import annotations takes it back).</source>
        <translation>{name} fusionné (Édition › Annuler le reprend).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts left for you to decide: {n}.</source>
        <translation>Conflits qu’il vous reste à décider&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the library is unchanged.</source>
        <translation>Annulé&#x202f;; la bibliothèque est inchangée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/job_dialog.py" line="-56"/>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+2"/>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/merge_dialog.py" line="+9"/>
        <source>Merging {name}…</source>
        <translation>Fusion de {name}…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Annotations (*.json *.jsonld);;Redline JSON (*.json);;W3C or IIIF (*.json *.jsonld);;All files (*)</source>
        <translation>Annotations (*.json *.jsonld);;Redline JSON (*.json);;W3C ou IIIF (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-109"/>
        <source>Every page already has text, so no page needed OCR.</source>
        <translation>Chaque page a déjà du texte&#xa0;: aucune n’avait besoin d’OCR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR every page again</source>
        <translation>Relancer l’OCR sur chaque page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nothing} “{again}” reads the document&apos;s pages anew with Tesseract; their present text stays available in the text-layer switcher, and annotations are carried over.</source>
        <translation>{nothing} «&#xa0;{again}&#xa0;» relit les pages du document avec Tesseract&#x202f;; leur texte actuel reste disponible dans le sélecteur de couches de texte, et les annotations sont reportées.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>reading %n documents</source>
        <translation>
            <numerusform>lecture de %n document</numerusform>
            <numerusform>lecture de %n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading {title}, page {page}</source>
        <translation>lecture de {title}, page {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading {title}</source>
        <translation>lecture de {title}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopped: the pages read before it keep their new text.</source>
        <translation>Arrêté&#xa0;: les pages lues avant l’arrêt gardent leur nouveau texte.</translation>
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
            <numerusform>%n page lue</numerusform>
            <numerusform>%n pages lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n pages failed</source>
        <translation>
            <numerusform>%n page en échec</numerusform>
            <numerusform>%n pages en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n pages not done (cancelled)</source>
        <translation>
            <numerusform>%n page non lue (annulé)</numerusform>
            <numerusform>%n pages non lues (annulé)</numerusform>
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
            <numerusform>%n annotation n’a pas été retrouvée dans le nouveau texte (orpheline).</numerusform>
            <numerusform>%n annotations n’ont pas été retrouvées dans le nouveau texte (orphelines).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {reason}</source>
        <translation>  page {page}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OCR text (*.txt *.xml *.alto *.hocr *.html *.htm);;Plain text (*.txt);;ALTO or PAGE XML (*.xml *.alto);;hOCR (*.hocr *.html *.htm);;All files (*)</source>
        <translation>Texte OCR (*.txt *.xml *.alto *.hocr *.html *.htm);;Texte brut (*.txt);;ALTO ou PAGE XML (*.xml *.alto);;hOCR (*.hocr *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{format} from {producer}: {words} on {pages}, with their own boxes.</source>
        <translation>{format} de {producer}&#xa0;: {words} sur {pages}, avec leurs propres cadres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unnamed producer</source>
        <translation>un producteur sans nom</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n word boxes estimated along their lines.</source>
        <translation>
            <numerusform>%n cadre de mot estimé le long de sa ligne.</numerusform>
            <numerusform>%n cadres de mots estimés le long de leurs lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {file}, {words}</source>
        <translation>  page {page}&#xa0;: {file}, {words}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{line} (a new layer: choose it with the text-layer switcher)</source>
        <translation>{line} (une nouvelle couche&#xa0;: choisissez-la avec le sélecteur de couches de texte)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n annotations orphaned on the new text.</source>
        <translation>
            <numerusform>%n annotation orpheline dans le nouveau texte.</numerusform>
            <numerusform>%n annotations orphelines dans le nouveau texte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{aligned} of {words} words of the text placed on the scan ({share}).</source>
        <translation>{aligned} mots du texte sur {words} placés sur le scan ({share}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is a layer of its own: choose it with the text-layer switcher.</source>
        <translation>Le texte est une couche à part&#xa0;: choisissez-la avec le sélecteur de couches de texte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Few of the text&apos;s words were found on the scan: it may be another document&apos;s text.</source>
        <translation>Peu de mots du texte figurent sur le scan&#xa0;: c’est peut-être le texte d’un autre document.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>
%n spans could not be placed:</source>
        <translation>
            <numerusform>
%n passage n’a pas pu être placé :</numerusform>
            <numerusform>
%n passages n’ont pas pu être placés :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  page {page}: {text}</source>
        <translation>  page {page}&#xa0;: {text}</translation>
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
        <translation>Joindre un texte OCR</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/settings_dialog.py" line="-137"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR languages</source>
        <translation>Langues de l’OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the languages of your documents; OCR reads with all of them (the first ticked counts most). Languages marked “from the system” are installed for another Tesseract on this computer: ticking one copies it into Redline.</source>
        <translation>Cochez les langues de vos documents&#x202f;; l’OCR lit avec toutes (la première cochée compte le plus). Les langues marquées «&#xa0;du système&#xa0;» sont installées pour un autre Tesseract sur cet ordinateur&#xa0;: en cocher une la copie dans Redline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} ({code}): from the system, copied into Redline when ticked</source>
        <translation>{name} ({code})&#xa0;: du système, copiée dans Redline une fois cochée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesseract is not available, so there are no OCR languages to choose. {hint}</source>
        <translation>Tesseract n’est pas disponible&#xa0;: il n’y a pas de langue d’OCR à choisir. {hint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one language.</source>
        <translation>Cochez au moins une langue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR languages: {languages}</source>
        <translation>Langues de l’OCR&#xa0;: {languages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot add the language</source>
        <translation>Impossible d’ajouter la langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window changes to the language chosen when you press OK.</source>
        <translation>La fenêtre passe à la langue choisie quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Banners read from scans</source>
        <translation>Bandeaux lus sur les scans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection keeps the banners it re-read from scans on this computer (their markings only, no other text), so that no later detection reads them again. The file: {path}</source>
        <translation>La détection garde sur cet ordinateur les bandeaux qu’elle a relus sur les scans (leurs marquages seulement, aucun autre texte), afin qu’aucune détection ultérieure ne les relise. Le fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept now: {pages} ({size} MB).</source>
        <translation>Gardés actuellement&#xa0;: {pages} ({size} Mo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None kept now.</source>
        <translation>Aucun gardé actuellement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget them</source>
        <translation>&amp;Les oublier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgets at once; a later detection reads those banners from the scans again.</source>
        <translation>Les oublie aussitôt&#x202f;; une détection ultérieure relira ces bandeaux sur les scans.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-85"/>
        <location line="+214"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Find a key or an action…</source>
        <translation>Chercher une touche ou une action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Next / previous control (Tab leaves a table)</source>
        <translation>Élément suivant / précédent (Tab quitte un tableau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close a dialog, leave the reading mode</source>
        <translation>Fermer une boîte de dialogue, quitter le mode lecture</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Annotation forms</source>
        <translation>Formulaires d’annotation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save (also from a note&apos;s lines)</source>
        <translation>Enregistrer (aussi depuis les lignes d’une note)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the completion shown (tag path, exemption code); a code typed whole is saved</source>
        <translation>Prendre la complétion affichée (chemin d’étiquette, code d’exemption)&#x202f;; un code tapé en entier est enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next / previous tab (Library, Search, Annotations…)</source>
        <translation>Onglet suivant / précédent (Bibliothèque, Recherche, Annotations…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab in the panel</source>
        <translation>Ctrl+Tab, Ctrl+Maj+Tab dans le panneau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the first document listed and go to its scan</source>
        <translation>Ouvrir le premier document listé et aller à son scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter in the filter</source>
        <translation>Entrée dans le filtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the document table</source>
        <translation>Dans le tableau des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down in the filter</source>
        <translation>Flèche bas dans le filtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the document and go to its scan</source>
        <translation>Ouvrir le document et aller à son scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a row</source>
        <translation>Entrée sur une ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the document&apos;s metadata</source>
        <translation>Modifier les métadonnées du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a metadata cell</source>
        <translation>Double-clic sur une cellule de métadonnées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter in the search box</source>
        <translation>Entrée dans le champ de recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the results</source>
        <translation>Dans les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down in the search box</source>
        <translation>Flèche bas dans le champ de recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the page with its matches</source>
        <translation>Ouvrir la page avec ses occurrences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on a result</source>
        <translation>Entrée sur un résultat</translation>
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
        <translation>Zoom avant / arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the page</source>
        <translation>Déplacer la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag</source>
        <translation>Glisser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw a region to annotate (by keyboard: select words, Ctrl+Shift+R)</source>
        <translation>Dessiner une zone à annoter (au clavier&#xa0;: sélectionner des mots, Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift+drag</source>
        <translation>Maj+glisser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen annotation&apos;s menu (its history, and more)</source>
        <translation>Le menu de l’annotation choisie (son historique, etc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Maj+F10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the word in the text</source>
        <translation>Sélectionner le mot dans le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a word</source>
        <translation>Cliquer sur un mot</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>What an annotation is, who made it and when</source>
        <translation>Ce qu’est une annotation, qui l’a faite et quand</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Hover it</source>
        <translation>La survoler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outline the word on the scan</source>
        <translation>Encadrer le mot sur le scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or hover a word</source>
        <translation>Cliquer sur un mot ou le survoler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hover its words</source>
        <translation>Survoler ses mots</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the cursor, its word outlined on the scan (not pages)</source>
        <translation>Déplacer le curseur, son mot entouré sur le scan (sans tourner la page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Home, End</source>
        <translation>Flèches, Début, Fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select words to annotate</source>
        <translation>Sélectionner des mots à annoter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows, Ctrl+Shift+Right</source>
        <translation>Maj+flèches, Ctrl+Maj+Droite</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Filter the keys</source>
        <translation>Filtrer les touches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every key of the window and what it does.</source>
        <translation>Chaque touche de la fenêtre et ce qu’elle fait.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/colour_scheme.py" line="+13"/>
        <source>Colour sc&amp;heme</source>
        <translation>&amp;Jeu de couleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the &amp;system</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/libraries.py" line="+27"/>
        <source>Open &amp;library…</source>
        <translation>Ouvrir une &amp;bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;team library…</source>
        <translation>Ouvrir une bibliothèque d’équi&amp;pe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent library</source>
        <translation>Bibliothèque &amp;récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none yet)</source>
        <translation>(aucune encore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a library folder</source>
        <translation>Ouvrir un dossier de bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No library in this folder</source>
        <translation>Pas de bibliothèque dans ce dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} holds no Redline library. Make a new, empty library there?</source>
        <translation>{folder} ne contient pas de bibliothèque Redline. Y créer une nouvelle bibliothèque vide&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a library</source>
        <translation>Créer une bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} (not found)</source>
        <translation>{folder} (introuvable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is not empty; what is in it stays as it is.</source>
        <translation>Le dossier n’est pas vide&#x202f;; ce qu’il contient reste tel quel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/intake.py" line="+27"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/read_only.py" line="+8"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: another Redline is changing this library</source>
        <translation>Lecture seule&#xa0;: un autre Redline modifie cette bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: the library&apos;s folder cannot be written</source>
        <translation>Lecture seule&#xa0;: le dossier de la bibliothèque n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: your role on the server may only read this library</source>
        <translation>Lecture seule&#xa0;: votre rôle sur le serveur ne permet que de lire cette bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/stop_waiting.py" line="+36"/>
        <source>Waiting for the library&apos;s server…</source>
        <translation>En attente du serveur de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting</source>
        <translation>Cesser d’attendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the library&apos;s server (Esc): what it was doing is cancelled, and you are told whether anything was saved.</source>
        <translation>Cesser d’attendre le serveur de la bibliothèque (Échap)&#xa0;: ce qu’il faisait est annulé, et vous êtes informé de ce qui a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/folder_library.py" line="+38"/>
        <source>Opening a library</source>
        <translation>Ouverture d’une bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening {folder}…</source>
        <translation>Ouverture de {folder}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up {folder} and upgrading it to this version of Redline…</source>
        <translation>Sauvegarde de {folder} et mise à jour pour cette version de Redline…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier version of Redline made this library. It is upgraded once, after a copy is kept in its backups folder; a large library takes a while.</source>
        <translation>Une version antérieure de Redline a créé cette bibliothèque. Elle est mise à jour une fois, après qu’une copie a été gardée dans son dossier «&#xa0;backups&#xa0;»&#x202f;; une grande bibliothèque prend un moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped opening {folder}; this library stays open.</source>
        <translation>Ouverture de {folder} interrompue&#x202f;; cette bibliothèque reste ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped waiting for {folder}; its upgrade, once begun, finishes by itself (its backup kept). This library stays open.</source>
        <translation>Attente de {folder} interrompue&#x202f;; une mise à jour commencée se termine d’elle-même (sa sauvegarde est gardée). Cette bibliothèque reste ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no library there any more: the folder was moved or deleted, or its disk is not connected.</source>
        <translation>Il n’y a plus de bibliothèque à cet endroit&#xa0;: le dossier a été déplacé ou supprimé, ou son disque n’est pas connecté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finishing an upgrade</source>
        <translation>Fin d’une mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing the upgrade of {folder}… The library stays whole; Redline closes as soon as the upgrade is done.</source>
        <translation>Fin de la mise à niveau de {folder}… La bibliothèque reste intacte&#x202f;; Redline se ferme dès que la mise à niveau est terminée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/side_tabs.py" line="-50"/>
        <source>The documents of the library: filter, sort and open them</source>
        <translation>Les documents de la bibliothèque&#xa0;: les filtrer, les trier et les ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the text of every document (Ctrl+F)</source>
        <translation>Rechercher dans le texte de tous les documents (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The words the OCR was least sure of in this document</source>
        <translation>Les mots de ce document dont l’OCR était le moins sûre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every annotation and proposal of this document, to filter and review</source>
        <translation>Toutes les annotations et propositions de ce document, à filtrer et à vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/shortcuts_dialog.py" line="-165"/>
        <location filename="../../app/ui/window/main_window.py" line="-116"/>
        <source>Side panel</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/main_window.py" line="+1"/>
        <source>The library, search, doubtful words and annotations, one tab each.</source>
        <translation>La bibliothèque, la recherche, les mots douteux et les annotations, un onglet chacun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/menus.py" line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fin&amp;d…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;page</source>
        <translation>Ajuster à la &amp;page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate view</source>
        <translation>&amp;Faire pivoter la vue</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Show word &amp;boxes</source>
        <translation>Afficher les cadres des &amp;mots</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First page</source>
        <translation>Pr&amp;emière page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last page</source>
        <translation>&amp;Dernière page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to page…</source>
        <translation>Aller à la pa&amp;ge…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next &amp;document</source>
        <translation>D&amp;ocument suivant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous d&amp;ocument</source>
        <translation>Document pré&amp;cédent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next p&amp;ane</source>
        <translation>Volet sui&amp;vant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous pan&amp;e</source>
        <translation>Volet précéde&amp;nt</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>OCR this &amp;page</source>
        <translation>OCR de cette &amp;page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OCR this &amp;document</source>
        <translation>OCR de ce &amp;document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OCR pages without text in the &amp;library</source>
        <translation>OCR des pages sans texte de la &amp;bibliothèque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Attach OCR text…</source>
        <translation>&amp;Joindre un texte OCR…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detect &amp;markings in this document</source>
        <translation>Détecter les &amp;marquages dans ce document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detect markings in the li&amp;brary</source>
        <translation>Détecter les marquages dans la bibl&amp;iothèque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document m&amp;etadata…</source>
        <translation>Mé&amp;tadonnées du document…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Next dou&amp;btful word</source>
        <translation>Mot dou&amp;teux suivant</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Redline &amp;help</source>
        <translation>&amp;Aide de Redline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the &amp;log folder</source>
        <translation>Afficher le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Redline</source>
        <translation>À &amp;propos de Redline</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/main_window.py" line="+69"/>
        <source>The log file is {path}</source>
        <translation>Le fichier journal est {path}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This document has no text yet: OCR reads it first.</source>
        <translation>Ce document n’a pas encore de texte&#xa0;: l’OCR doit d’abord le lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No doubtful words in this document.</source>
        <translation>Aucun mot douteux dans ce document.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflicts to decide: {n} (Edit › Conflicts…)</source>
        <translation>Conflits à décider&#xa0;: {n} (Édition › Conflits…)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>OCR needs Tesseract</source>
        <translation>L’OCR a besoin de Tesseract</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/status.py" line="+1"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/navigation.py" line="+92"/>
        <source>Go to page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page (1–{count}):</source>
        <translation>Page (1–{count})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/page_view.py" line="+167"/>
        <location filename="../../app/ui/document/thumbnails.py" line="-28"/>
        <location filename="../../app/ui/window/main_window.py" line="+149"/>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{position}, zoom {zoom}%. </source>
        <translation>{position}, zoom {zoom} %. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scanned page. Page Up and Page Down turn pages, Ctrl+plus and Ctrl+minus zoom, dragging moves the page.</source>
        <translation>La page numérisée. Page préc. et Page suiv. tournent les pages, Ctrl+plus et Ctrl+moins zooment, glisser déplace la page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/intake.py" line="+23"/>
        <source>Import scans</source>
        <translation>Importer des scans</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import a folder of scans</source>
        <translation>Importer un dossier de scans</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/panes.py" line="+36"/>
        <source>&amp;Side panel (library, search, annotations)</source>
        <translation>Pa&amp;nneau latéral (bibliothèque, recherche, annotations)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Thumbnails</source>
        <translation>M&amp;iniatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rea&amp;ding mode (scan and text, full screen)</source>
        <translation>Mode lec&amp;ture (scan et texte, plein écran)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the reading mode</source>
        <translation>Quitter le mode lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading mode: F11 or Esc leaves it.</source>
        <translation>Mode lecture&#xa0;: F11 ou Échap le quitte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+39"/>
        <source>typed by {who}</source>
        <translation>saisi par {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typed by a person</source>
        <translation>saisi à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected, {percent} sure</source>
        <translation>détecté, sûr à {percent}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotation_style.py" line="+138"/>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+7"/>
        <source>Detection rule: {rule}</source>
        <translation>Règle de détection&#xa0;: {rule}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+16"/>
        <source>Metadata — {title}</source>
        <translation>Métadonnées — {title}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_words.py" line="+5"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+64"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+1"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+6"/>
        <source>at an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+7"/>
        <location filename="../../app/ui/document/annotation_style.py" line="-27"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_report.py" line="-102"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+13"/>
        <location filename="../../app/ui/annotating/tag_manager.py" line="-104"/>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+1"/>
        <location filename="../../app/ui/library/search_pane.py" line="-197"/>
        <source>page {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tag &apos;{name}&apos;</source>
        <translation>étiquette «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page&apos;s review</source>
        <translation>la relecture de la page</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_lines.py" line="-191"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="+3"/>
        <source>{kind} over &apos;{label}&apos;</source>
        <translation>{kind} sur «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+3"/>
        <source>{kind} by you</source>
        <translation>{kind} par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} by {who}</source>
        <translation>{kind} par {who}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/conflict_lines.py" line="+23"/>
        <source>Changed there, unseen by the deletion here:</source>
        <translation>Modifié là-bas, à l’insu de la suppression faite ici&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here, unseen by the deletion there:</source>
        <translation>Modifié ici, à l’insu de la suppression faite là-bas&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}: {after} ({who}, {when})</source>
        <translation>{field}&#xa0;: {after} ({who}, {when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {before} → {after} ({who}, {when})</source>
        <translation>{field}&#xa0;: {before} → {after} ({who}, {when})</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+17"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for the conflicts</source>
        <translation>En attente des conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library&apos;s server is not answering; the conflicts have not been read yet.</source>
        <translation>Le serveur de la bibliothèque ne répond pas&#x202f;; les conflits n’ont pas encore été lus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the conflicts (Esc): their read is cancelled on the library&apos;s server.</source>
        <translation>Cesser d’attendre les conflits (Échap)&#xa0;: leur lecture est annulée sur le serveur de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The conflicts were not read.</source>
        <translation>Les conflits n’ont pas été lus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the conflicts were not read.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; les conflits n’ont pas été lus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the conflicts again.</source>
        <translation>Relire les conflits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/annotating/list_pane.py" line="-106"/>
        <source>In conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What merges left for a person to decide.</source>
        <translation>Ce que les fusions ont laissé à décider.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+135"/>
        <source>Nothing is in conflict.</source>
        <translation>Rien n’est en conflit.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Show in the document</source>
        <translation>Montrer dans le document</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot list the conflicts: {error}</source>
        <translation>Impossible de lister les conflits&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Changed differently here and in the library the set came from. Choose which value to keep, or write another.</source>
        <translation>Modifié différemment ici et dans la bibliothèque d’où vient le lot. Choisissez la valeur à garder, ou écrivez-en une autre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: {what}</source>
        <translation>{where}&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep here</source>
        <translation>Garder ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There</source>
        <translation>Là-bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There ({n})</source>
        <translation>Là-bas ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there</source>
        <translation>Prendre là-bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there ({n})</source>
        <translation>Prendre là-bas ({n})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keep here: deleted or not</source>
        <translation>Garder ici : supprimée ou non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there: deleted or not</source>
        <translation>Prendre là-bas : supprimée ou non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep here: {field}</source>
        <translation>Garder ici : {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take there: {field}</source>
        <translation>Prendre là-bas : {field}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflict_value.py" line="+85"/>
        <location filename="../../app/ui/annotating/conflicts.py" line="-80"/>
        <source>Write the value to keep yourself</source>
        <translation>Écrire soi-même la valeur à garder</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflicts.py" line="+41"/>
        <source>Decide: {field}</source>
        <translation>Décider&#xa0;: {field}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This conflict was decided meanwhile, by another reviewer or in another window; the list is read again.</source>
        <translation>Ce conflit a été tranché entre-temps, par un autre relecteur ou dans une autre fenêtre&#x202f;; la liste est relue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{step}: decided.</source>
        <translation>{step}&#xa0;: décidé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/conflict_value.py" line="-30"/>
        <source>Decide the conflict</source>
        <translation>Décider le conflit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{field} (JSON):</source>
        <translation>{field} (JSON)&#xa0;:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>That is not a JSON value; nothing was changed.</source>
        <translation>Ce n’est pas une valeur JSON&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/annotated_text_pane.py" line="+1"/>
        <source>“{text}” ({who})</source>
        <translation>«&#xa0;{text}&#xa0;» ({who})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These words have more than one accepted correction: the reading shows the newest, {correction}.</source>
        <translation>Ces mots ont plus d’une correction acceptée&#xa0;: le texte montre la plus récente, {correction}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also accepted, not shown: {correction}</source>
        <translation>Aussi acceptée, non montrée&#xa0;: {correction}</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/tag_manager.py" line="-36"/>
        <source>Delete the annotations that use it</source>
        <translation>Supprimer les annotations qui l’utilisent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move them to another tag</source>
        <translation>Les déplacer vers une autre étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them as notes</source>
        <translation>Les garder comme notes</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The tags as a tree, with how often each is used.</source>
        <translation>Les étiquettes en arbre, avec le nombre d’usages de chacune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Usages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sub-tag…</source>
        <translation>Nouvelle sous-étiquette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe…</source>
        <translation>Décrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move under…</source>
        <translation>Déplacer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Describe tag</source>
        <translation>Décrire l’étiquette</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>What “{name}” is for (shown as its tooltip):</source>
        <translation>À quoi sert «&#xa0;{name}&#xa0;» (affiché en info-bulle)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tag colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+107"/>
        <location line="+12"/>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Annotations that use “{name}”: {uses}.</source>
        <translation>Annotations qui utilisent «&#xa0;{name}&#xa0;»&#xa0;: {uses}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New tag {name}</source>
        <translation>Nouvelle étiquette {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename tag to {name}</source>
        <translation>Renommer l’étiquette en {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recolour tag</source>
        <translation>Changer la couleur de l’étiquette</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move under</source>
        <translation>Déplacer sous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move tag</source>
        <translation>Déplacer l’étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move the uses to</source>
        <translation>Déplacer les usages vers</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/undo_commands.py" line="+267"/>
        <source>Cannot redo “{step}”: what it changes was changed since, by another reviewer or in another window; nothing was changed.</source>
        <translation>Impossible de rétablir «&#xa0;{step}&#xa0;»&#xa0;: ce qu’il modifie a été modifié depuis, par un autre relecteur ou dans une autre fenêtre&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot undo “{step}”: what it changed was changed since, by another reviewer or in another window; nothing was changed.</source>
        <translation>Impossible d’annuler «&#xa0;{step}&#xa0;»&#xa0;: ce qu’il a modifié a été modifié depuis, par un autre relecteur ou dans une autre fenêtre&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot redo “{step}”: {error}</source>
        <translation>Impossible de rétablir «&#xa0;{step}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot undo “{step}”: {error}</source>
        <translation>Impossible d’annuler «&#xa0;{step}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/annotation_rows.py" line="+82"/>
        <source>Another reviewer changed this annotation since it was shown here, so your change was not saved; it now shows theirs.</source>
        <translation>Un autre relecteur a modifié cette annotation depuis qu’elle est montrée ici&#x202f;; votre modification n’a donc pas été enregistrée, et c’est la sienne qui est montrée.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no annotation {uuid}.</source>
        <translation>Il n’y a pas d’annotation {uuid}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This annotation is deleted; undo the deletion to change it.</source>
        <translation>Cette annotation est supprimée&#x202f;; annulez la suppression pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/records.py" line="+28"/>
        <source>There is no page {page_id}.</source>
        <translation>Il n’y a pas de page {page_id}.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/annotations.py" line="+93"/>
        <source>This page has no text yet (run OCR first); mark a region instead.</source>
        <translation>Cette page n’a pas encore de texte (lancez d’abord l’OCR)&#x202f;; marquez plutôt une zone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text layer {layer_id} is not a text of page {id}.</source>
        <translation>La couche de texte {layer_id} n’est pas un texte de la page {id}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The region lies outside the page ({width:g} x {height:g} points).</source>
        <translation>La zone est hors de la page ({width:g} x {height:g} points).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no tag {value} (it may have been deleted).</source>
        <translation>Il n’y a pas d’étiquette {value} (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>This annotation is already deleted.</source>
        <translation>Cette annotation est déjà supprimée.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bulk_accept.py" line="+98"/>
        <source>Accept all on one page or one document.</source>
        <translation>«&#xa0;Tout accepter&#xa0;» porte sur une page ou un document.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/annotation_rows.py" line="+102"/>
        <source>Annotation {uuid} was changed since; this step cannot be undone or redone.</source>
        <translation>L’annotation {uuid} a changé depuis&#x202f;; cette étape ne peut être ni annulée ni rétablie.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/conflicts.py" line="+238"/>
        <source>{uuid} is not in conflict (nothing to decide)</source>
        <translation>{uuid} n’est pas en conflit (rien à décider)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field} holds {value} other values: take there:1 to there:{value}</source>
        <translation>{field} a {value} autres valeurs&#xa0;: prenez there:1 à there:{value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take here or there, not {take!r}</source>
        <translation>prenez here ou there, pas {take!r}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{field} is not in conflict here</source>
        <translation>{field} n’est pas en conflit ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a value of one&apos;s own decides one field: name it</source>
        <translation>une valeur propre décide un seul champ&#xa0;: nommez-le</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>no field {name!r}</source>
        <translation>aucun champ {name!r}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/locate.py" line="+43"/>
        <source>The document has pages 1 to {value}; there is no page {number}.</source>
        <translation>Le document a les pages 1 à {value}&#x202f;; il n’y a pas de page {number}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give the text to find (--quote).</source>
        <translation>Donnez le texte à trouver (--quote).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--occurrence counts from 1.</source>
        <translation>--occurrence compte à partir de 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This page has no text yet (run OCR first); give --region instead.</source>
        <translation>Cette page n’a pas encore de texte (lancez d’abord l’OCR)&#x202f;; donnez plutôt --region.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{quote!r} is not in the page&apos;s current reading.</source>
        <translation>{quote!r} n’est pas dans la lecture actuelle de la page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{quote!r} occurs {value} time(s) on the page; there is no occurrence {occurrence}.</source>
        <translation>{quote!r} apparaît {value} fois sur la page&#x202f;; il n’y a pas d’occurrence {occurrence}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give a tag path such as Places/Havana.</source>
        <translation>Donnez un chemin d’étiquette, par exemple Lieux/La Havane.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no tag {name!r} under {known}.</source>
        <translation>Il n’y a pas d’étiquette {name!r} sous {known}.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/records.py" line="+163"/>
        <source>Annotation {uuid} no longer exists.</source>
        <translation>L’annotation {uuid} n’existe plus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only changes of the same annotation can be merged.</source>
        <translation>Seules les modifications d’une même annotation peuvent être fusionnées.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/review.py" line="+69"/>
        <source>Unknown review status {status!r}; known: {value}.</source>
        <translation>Statut de relecture inconnu {status!r}&#x202f;; connus&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/snapshots.py" line="+141"/>
        <source>a {value} it changed was changed again since; undo that first</source>
        <translation>un élément modifié ({value}) a été modifié de nouveau depuis&#x202f;; annulez d’abord cela</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/tag_store.py" line="+77"/>
        <source>This tag no longer exists.</source>
        <translation>Cette étiquette n’existe plus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no tag {uuid}.</source>
        <translation>Il n’y a pas d’étiquette {uuid}.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The tag “{name}” was changed since; this step cannot be undone or redone.</source>
        <translation>L’étiquette «&#xa0;{name}&#xa0;» a changé depuis&#x202f;; cette étape ne peut être ni annulée ni rétablie.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/tags.py" line="+68"/>
        <location line="+74"/>
        <source>A tag needs a name.</source>
        <translation>Une étiquette a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>There is already a tag “{name}” here.</source>
        <translation>Il y a déjà une étiquette «&#xa0;{name}&#xa0;» ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colour is written #rrggbb, not {colour!r}.</source>
        <translation>Une couleur s’écrit #rrggbb, pas {colour!r}.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>A tag cannot be nested under itself or one of its own tags.</source>
        <translation>Une étiquette ne peut pas être placée sous elle-même ni sous l’une de ses propres étiquettes.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A tag cannot be merged into itself.</source>
        <translation>Une étiquette ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Name the tag to reassign the uses to.</source>
        <translation>Nommez l’étiquette à laquelle réattribuer les emplois.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="-33"/>
        <source>The marking vocabulary {path} cannot be read: {exc}</source>
        <translation>Le vocabulaire des marquages {path} ne peut pas être lu&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/exemptions.py" line="+71"/>
        <source>The exemption vocabulary {path} cannot be read: {exc}</source>
        <translation>Le vocabulaire des codes d’exemption {path} ne peut pas être lu&#xa0;: {exc}</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Unknown exemption codes: {codes}.</source>
        <translation>
            <numerusform>Code d’exemption inconnu : {codes}.</numerusform>
            <numerusform>Codes d’exemption inconnus : {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Known codes:</source>
        <translation>Codes connus&#xa0;:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{code} (did you mean {codes}?)</source>
        <translation>{code} (vouliez-vous dire {codes}&#x202f;?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FOIA</source>
        <translation>FOIA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 13526 §1.4</source>
        <translation>E.O. 13526, § 1.4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 12958 §1.5</source>
        <translation>E.O. 12958, § 1.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.O. 13526 §3.3, §3.5</source>
        <translation>E.O. 13526, § 3.3 et § 3.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25X and 50X exemptions</source>
        <translation>Exemptions 25X et 50X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JFK Records Act §6</source>
        <translation>JFK Records Act, § 6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{family}: {codes}</source>
        <translation>{family}&#xa0;: {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other codes</source>
        <translation>Autres codes</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/bodies.py" line="-19"/>
        <source>A {kind} needs {value}.</source>
        <translation>Une annotation de type «&#xa0;{kind}&#xa0;» a besoin de {value}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A {kind} has no field {value}.</source>
        <translation>Une annotation de type «&#xa0;{kind}&#xa0;» n’a pas de champ {value}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>replacement</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The {key} of a {kind} must be text.</source>
        <translation>Le champ «&#xa0;{key}&#xa0;» d’une annotation de type «&#xa0;{kind}&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The {key} of a {kind} cannot be empty.</source>
        <translation>Le champ «&#xa0;{key}&#xa0;» d’une annotation de type «&#xa0;{kind}&#xa0;» ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown marking category {category!r}; known: {known}.</source>
        <translation>Catégorie de marquage inconnue {category!r}&#x202f;; connues&#xa0;: {known}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whether a marking is struck through is true or false.</source>
        <translation>Qu’un marquage soit barré est vrai ou faux.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exemptions of a redaction must be a list of codes.</source>
        <translation>Les exemptions d’un caviardage doivent être une liste de codes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The share of a redaction is a fraction of the page, 0 to 1.</source>
        <translation>La part d’un caviardage est une fraction de la page, de 0 à 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether a redaction is left visible is true or false.</source>
        <translation>Qu’un caviardage soit laissé visible est vrai ou faux.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The body of a {kind} must be an object.</source>
        <translation>Le contenu d’une annotation de type «&#xa0;{kind}&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {kind} holds a NUL character (U+0000), which a library cannot store; remove it.</source>
        <translation>L’annotation de type «&#xa0;{kind}&#xa0;» contient un caractère NUL (U+0000), qu’une bibliothèque ne peut pas stocker&#x202f;; supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/vocabulary.py" line="+21"/>
        <source>Unknown annotation kind {kind!r}; known: {value}.</source>
        <translation>Type d’annotation inconnu {kind!r}&#x202f;; connus&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A {kind} needs a span of the page text.</source>
        <translation>Une annotation de type «&#xa0;{kind}&#xa0;» a besoin d’un passage du texte de la page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {kind} needs a region of the scan.</source>
        <translation>Une annotation de type «&#xa0;{kind}&#xa0;» a besoin d’une zone du scan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A {kind} needs a span of the text or a region of the scan.</source>
        <translation>Une annotation de type «&#xa0;{kind}&#xa0;» a besoin d’un passage du texte ou d’une zone du scan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A region needs a width and a height.</source>
        <translation>Une zone a besoin d’une largeur et d’une hauteur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The span {start}-{end} is empty or outside the page text{top}.</source>
        <translation>Le passage {start}-{end} est vide ou hors du texte de la page{top}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown status {status!r}; known: {value}.</source>
        <translation>Statut inconnu {status!r}&#x202f;; connus&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown origin {origin!r}; known: {value}.</source>
        <translation>Origine inconnue {origin!r}&#x202f;; connues&#xa0;: {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your name (in Preferences) before making annotations.</source>
        <translation>Indiquez votre nom (dans les Paramètres) avant d’annoter.</translation>
    </message>
    <message>
        <location filename="../../app/core/backups.py" line="+74"/>
        <source>cannot copy the library to {target}: {exc}</source>
        <translation>impossible de copier la bibliothèque dans {target}&#xa0;: {exc}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no backup at {name}</source>
        <translation>il n’y a pas de sauvegarde à {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a Redline library backup: {exc}</source>
        <translation>{name} n’est pas une sauvegarde de bibliothèque Redline&#xa0;: {exc}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a Redline library backup</source>
        <translation>{name} n’est pas une sauvegarde de bibliothèque Redline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is damaged ({ok}); nothing was restored</source>
        <translation>{name} est endommagé ({ok})&#x202f;; rien n’a été restauré</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>that is the library itself, not a backup of it</source>
        <translation>c’est la bibliothèque elle-même, pas une sauvegarde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot restore {name}: {exc}</source>
        <translation>impossible de restaurer {name}&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/extract.py" line="+67"/>
        <source>page {value} is damaged and cannot be read ({exc})</source>
        <translation>la page {value} est endommagée et illisible ({exc})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/core/documents/ingest.py" line="+113"/>
        <location line="+7"/>
        <source>the file is damaged and cannot be read ({exc})</source>
        <translation>le fichier est endommagé et illisible ({exc})</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>reading pages {value}-{last} crashed the PDF reader; the file is damaged</source>
        <translation>la lecture des pages {value}-{last} a fait planter le lecteur PDF&#x202f;; le fichier est endommagé</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/ingest.py" line="-38"/>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a PDF or a PNG, JPEG or TIFF image</source>
        <translation>ni un PDF ni une image PNG, JPEG ou TIFF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the PDF is truncated (no end-of-file marker); download it again</source>
        <translation>le PDF est tronqué (pas de marque de fin de fichier)&#x202f;; téléchargez-le de nouveau</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the PDF is encrypted with a password; Redline cannot open it</source>
        <translation>le PDF est chiffré par un mot de passe&#x202f;; Redline ne peut pas l’ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has no pages</source>
        <translation>le fichier n’a aucune page</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot store a copy in the library: {strerror}</source>
        <translation>impossible de stocker une copie dans la bibliothèque&#xa0;: {strerror}</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already in the library</source>
        <translation>déjà dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cancelled; nothing was imported</source>
        <translation>annulé&#x202f;; rien n’a été importé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot import: {reason}</source>
        <translation>import impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the folder holds no PDF or image files</source>
        <translation>le dossier ne contient aucun PDF ni aucune image</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/lookup.py" line="+30"/>
        <source>No document “{ref}” in the library (try `redline list`).</source>
        <translation>Aucun document «&#xa0;{ref}&#xa0;» dans la bibliothèque (essayez `redline list`).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{ref}” names more than one document; use its id from `redline list`.</source>
        <translation>«&#xa0;{ref}&#xa0;» désigne plus d’un document&#x202f;; utilisez son id donné par `redline list`.</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/run.py" line="+97"/>
        <location filename="../../app/core/documents/metadata.py" line="+94"/>
        <location filename="../../app/core/documents/queries.py" line="+279"/>
        <source>No document with id {doc_id}.</source>
        <translation>Aucun document d’id {doc_id}.</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/scan_plan.py" line="+85"/>
        <source>redaction boxes not searched</source>
        <translation>cadres de caviardage non recherchés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banners not re-read</source>
        <translation>bandeaux non relus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>levels not checked for a strike line</source>
        <translation>niveaux non vérifiés pour un trait de biffure</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{what} ({reason})</source>
        <translation>{what} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/stored.py" line="+97"/>
        <source>page {page}: {note}</source>
        <translation>page {page}&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/scan_plan.py" line="-78"/>
        <source>{what} (failed: {reason})</source>
        <translation>{what} (échec&#xa0;: {reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} (stopped after {seconds:g} s)</source>
        <translation>{what} (arrêté après {seconds:g} s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} (the worker process crashed on this page)</source>
        <translation>{what} (le processus de travail a planté sur cette page)</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/run.py" line="+154"/>
        <source>Tesseract is not installed: banners were not re-read from the scans</source>
        <translation>Tesseract n’est pas installé&#xa0;: les bandeaux n’ont pas été relus sur les scans</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/queries.py" line="-83"/>
        <source>cannot sort by {sort!r}</source>
        <translation>impossible de trier par {sort!r}</translation>
    </message>
    <message>
        <location filename="../../app/core/documents/search.py" line="+80"/>
        <source>The search has an opening &quot; without a closing one.</source>
        <translation>La recherche a un &quot; ouvrant sans &quot; fermant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{word}”: a * must follow the start of a word.</source>
        <translation>«&#xa0;{word}&#xa0;»&#xa0;: un * doit suivre le début d’un mot.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a word or phrase to search for.</source>
        <translation>Tapez un mot ou une expression à chercher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OR and NOT go between two search terms.</source>
        <translation>OR et NOT se placent entre deux termes de recherche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{a} {b}”: two operators in a row.</source>
        <translation>«&#xa0;{a} {b}&#xa0;»&#xa0;: deux opérateurs à la suite.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Redline cannot search for “{query}”: {reason}</source>
        <translation>Redline ne peut pas chercher «&#xa0;{query}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/common.py" line="+53"/>
        <location filename="../../app/core/exchange/export_process.py" line="+43"/>
        <location filename="../../app/core/exchange/pdf_poppler.py" line="+86"/>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>unknown status {status!r}; use one of {value}</source>
        <translation>statut inconnu {status!r}&#x202f;; utilisez l’un de {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no document with id {value} in this library</source>
        <translation>aucun document d’id {value} dans cette bibliothèque</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no tag named or with id {ref!r} in this library</source>
        <translation>aucune étiquette de nom ou d’id {ref!r} dans cette bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} tags are named {ref!r}; name the tag by its uuid</source>
        <translation>{value} étiquettes s’appellent {ref!r}&#x202f;; désignez l’étiquette par son uuid</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/destination.py" line="+56"/>
        <source>{target} is inside the Redline library at {root}; export to a place outside it</source>
        <translation>{target} est dans la bibliothèque Redline de {root}&#x202f;; exportez vers un emplacement hors de celle-ci</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+134"/>
        <source>cannot write {path}: {value}</source>
        <translation>impossible d’écrire {path}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>{path} is a symbolic link; name the file itself or a new name</source>
        <translation>{path} est un lien symbolique&#x202f;; nommez le fichier lui-même ou un nouveau nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is {what}; name a new file or an existing one</source>
        <translation>{path} est {what}&#x202f;; nommez un nouveau fichier ou un fichier existant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} n’est pas un dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot make the folder {folder}: {value}</source>
        <translation>impossible de créer le dossier {folder}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path} exists and is not a folder; move it away first</source>
        <translation>{path} existe et n’est pas un dossier&#x202f;; déplacez-le d’abord</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/folder.py" line="+34"/>
        <source>{name} exists and is not a folder; choose a folder to export into</source>
        <translation>{name} existe et n’est pas un dossier&#x202f;; choisissez un dossier où exporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder {name} holds other files ({value}{value2}); choose an empty or new folder</source>
        <translation>le dossier {name} contient d’autres fichiers ({value}{value2})&#x202f;; choisissez un dossier vide ou nouveau</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot write {name}: {value}</source>
        <translation>impossible d’écrire {name}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/iiif.py" line="+122"/>
        <source>the source file of {value!r} is missing from the library</source>
        <translation>le fichier source de {value!r} manque dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>page {value}: the published text still holds redacted characters ({start}-{end}); nothing was written</source>
        <translation>page {value}&#xa0;: le texte publié contient encore des caractères caviardés ({start}-{end})&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>page {value} of {title!r} would be {width} x {height} pixels at {dpi} dpi; choose a lower resolution</source>
        <translation>la page {value} de {title!r} ferait {width} x {height} pixels à {dpi} dpi&#x202f;; choisissez une résolution plus basse</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/canvas.py" line="+48"/>
        <source>a resolution of {dpi} dpi is not offered; use {MIN_DPI} to {MAX_DPI}</source>
        <translation>une résolution de {dpi} dpi n’est pas proposée&#x202f;; utilisez {MIN_DPI} à {MAX_DPI}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/iiif.py" line="+30"/>
        <source>nothing to export: no document is in this scope</source>
        <translation>rien à exporter&#xa0;: aucun document dans cette portée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{exc}; nothing was written</source>
        <translation>{exc}&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a page-image worker process stopped unexpectedly (out of memory?); nothing was written</source>
        <translation>un processus d’images de page s’est arrêté de façon inattendue (mémoire pleine&#x202f;?)&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/library_copy.py" line="+78"/>
        <source>The library at {location} is read-only; nothing was copied.</source>
        <translation>La bibliothèque de {location} est en lecture seule&#x202f;; rien n’a été copié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {location} already holds documents; copy into an empty one.</source>
        <translation>La bibliothèque de {location} contient déjà des documents&#x202f;; copiez dans une bibliothèque vide.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The source {value} is missing from {location}.</source>
        <translation>La source {value} manque dans {location}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{value} sources are missing from the server.</source>
        <translation>{value} sources manquent sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/ocr_export.py" line="+103"/>
        <source>{where} does not validate against the {value} schema: {value2}</source>
        <translation>{where} n’est pas valide selon le schéma {value}&#xa0;: {value2}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>unknown OCR format {fmt!r}; use one of {value}</source>
        <translation>format d’OCR inconnu {fmt!r}&#x202f;; utilisez l’un de {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dpi {dpi}: choose a resolution from {value} to {value2}</source>
        <translation>--dpi {dpi}&#xa0;: choisissez une résolution de {value} à {value2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choosing pages needs exactly one document</source>
        <translation>choisir des pages demande exactement un document</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot write into {out}: {value}</source>
        <translation>impossible d’écrire dans {out}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/page_images.py" line="+211"/>
        <source>the page image {value} shows pixels inside the burned-in region at {x},{y} ({w}x{h} px)</source>
        <translation>l’image de page {value} montre des pixels dans la zone incrustée en {x},{y} ({w}x{h} px)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {value} cannot be rendered ({exc})</source>
        <translation>la page {value} ne peut pas être rendue ({exc})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page {value} rendered as {width}x{height} px, not the canvas&apos;s {value2}x{value3}</source>
        <translation>la page {value} a été rendue en {width}x{height} px, et non aux {value2}x{value3} du canevas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write page {value}: {value2}</source>
        <translation>impossible d’écrire la page {value}&#xa0;: {value2}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf.py" line="+136"/>
        <source>the source of this document cannot be read ({exc})</source>
        <translation>la source de ce document est illisible ({exc})</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>the source file of document {document_id} is missing from the library</source>
        <translation>le fichier source du document {document_id} manque dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the source of document {document_id} no longer has its pages</source>
        <translation>la source du document {document_id} n’a plus ses pages</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{value} documents make {value} PDFs: name a folder instead of {name}, or export one document</source>
        <translation>{value} documents donnent {value} PDF&#xa0;: nommez un dossier au lieu de {name}, ou exportez un seul document</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{title}:</source>
        <translation>{title}&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n documents published before it stay in the folder.</source>
        <translation>
            <numerusform>%n document publié avant lui reste dans le dossier.</numerusform>
            <numerusform>%n documents publiés avant lui restent dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_font.py" line="+154"/>
        <source>more than 65,535 distinct characters in one document</source>
        <translation>plus de 65 535 caractères distincts dans un document</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_pixels.py" line="+251"/>
        <source>{name} is not an 8-bit PGM image</source>
        <translation>{name} n’est pas une image PGM 8 bits</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/export_process.py" line="+7"/>
        <source>the export failed: {kind}: {exc}</source>
        <translation>l’export a échoué&#xa0;: {kind}&#xa0;: {exc}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the export process stopped unexpectedly (exit code {exitcode})</source>
        <translation>le processus d’export s’est arrêté de façon inattendue (code de sortie {exitcode})</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/record_rules.py" line="+68"/>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caractères)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{start}…&quot; ({count} characters)</source>
        <translation>«&#xa0;{start}…&#xa0;» ({count} caractères)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the number {value} is too large</source>
        <translation>le nombre {value} est trop grand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the integer {value}… is too large</source>
        <translation>l’entier {value}… est trop grand</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file holds text that is not Unicode (a lone surrogate in {text!r})</source>
        <translation>le fichier contient du texte qui n’est pas de l’Unicode (un substitut isolé dans {text!r})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{where}: {value!r} is not a real date and time</source>
        <translation>{where}&#xa0;: {value!r} n’est pas une date et heure réelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {value} lies in the future (later than {latest:%Y-%m-%d %H:%M} UTC)</source>
        <translation>{where}&#xa0;: {value} est dans le futur (après {latest:%Y-%m-%d %H:%M} UTC)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/core/exchange/set_schema.py" line="+59"/>
        <source>{where}: {reason}</source>
        <translation>{where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{where}: the tag and the body&apos;s tag differ</source>
        <translation>{where}&#xa0;: l’étiquette et l’étiquette du contenu (body) diffèrent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: only a tag annotation has a tag</source>
        <translation>{where}&#xa0;: seule une annotation de type «&#xa0;étiquette&#xa0;» a une étiquette</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>tag {name!r} would be its own ancestor once merged with this library&apos;s tags (tags were moved under each other here and there): move one back, then import</source>
        <translation>l’étiquette {name!r} serait son propre ancêtre une fois fusionnée avec les étiquettes de cette bibliothèque (des étiquettes ont été déplacées l’une sous l’autre ici et là-bas)&#xa0;: remettez-en une à sa place, puis importez</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/set_schema.py" line="+3"/>
        <source>{where}: not valid</source>
        <translation>{where}&#xa0;: non valide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/bounded_read.py" line="+27"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} n’est pas un nombre JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is not UTF-8 text (byte {byte})</source>
        <translation>{name} n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is nested too deeply to be an annotation set</source>
        <translation>{name} est trop profondément imbriqué pour être un jeu d’annotations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not valid JSON: {exc}</source>
        <translation>{name} n’est pas du JSON valide&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/validate.py" line="+73"/>
        <source>{name} is not a Redline annotation set (no format {format!r})</source>
        <translation>{name} n’est pas un jeu d’annotations Redline (pas de format {format!r})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is annotation-set version {version}; this Redline reads versions {first} and {last}</source>
        <translation>{name} est un jeu d’annotations de version {version}&#x202f;; ce Redline lit les versions {first} et {last}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{where}.body is nested deeper than {depth} levels</source>
        <translation>{where}.body est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the value does not fit the field</source>
        <translation>la valeur ne convient pas au champ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: its value is not a valid {name}: {problem}</source>
        <translation>{where}&#xa0;: sa valeur n’est pas une valeur valide pour {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+55"/>
        <source>{where}: id {id} is used twice (also {also})</source>
        <translation>{where}&#xa0;: l’identifiant {id} est utilisé deux fois (aussi {also})</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>{where}: document {id} is not in the file</source>
        <translation>{where}&#xa0;: le document {id} n’est pas dans le fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: page {page} of a {count}-page document</source>
        <translation>{where}&#xa0;: page {page} d’un document de {count} pages</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>annotations: the annotations are missing or not a list</source>
        <translation>annotations&#xa0;: les annotations manquent ou ne sont pas une liste</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/bounded_read.py" line="+33"/>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} is not a regular file (a device, pipe or folder); save the annotation set to a file first</source>
        <translation>{name} n’est pas un fichier ordinaire (un périphérique, un tube ou un dossier)&#x202f;; enregistrez d’abord le jeu d’annotations dans un fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {size}; annotation sets over {cap} are refused</source>
        <translation>{name} fait {size}&#x202f;; les jeux d’annotations de plus de {cap} sont refusés</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} grew past {cap} while it was read; annotation sets over {cap} are refused</source>
        <translation>{name} a dépassé {cap} pendant sa lecture&#x202f;; les jeux d’annotations de plus de {cap} sont refusés</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/validate.py" line="+37"/>
        <source>documents[{i}]: the same source appears twice</source>
        <translation>documents[{i}]&#xa0;: la même source apparaît deux fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>documents[{i}]: pages must be numbered 0 to {last} in order</source>
        <translation>documents[{i}]&#xa0;: les pages doivent être numérotées de 0 à {last} dans l’ordre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tags[{i}]: the tag is its own ancestor</source>
        <translation>tags[{i}]&#xa0;: l’étiquette est son propre ancêtre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: the region lies outside page {page} ({width:g} x {height:g} points)</source>
        <translation>{where}&#xa0;: la zone est hors de la page {page} ({width:g} x {height:g} points)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: the text anchor ends before it starts</source>
        <translation>{where}&#xa0;: l’ancre de texte finit avant de commencer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: the quote does not span the anchor&apos;s offsets</source>
        <translation>{where}&#xa0;: la citation ne couvre pas les positions de l’ancre</translation>
    </message>
    <message>
        <location filename="../../app/core/library.py" line="+67"/>
        <source>The disk holding the library at {root} is full; nothing was changed. Free some space and try again.</source>
        <translation>Le disque qui contient la bibliothèque {root} est plein&#x202f;; rien n’a été modifié. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {root} cannot be written (a read-only file, folder or disk); nothing was changed.</source>
        <translation>La bibliothèque {root} ne peut pas être écrite (fichier, dossier ou disque en lecture seule)&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The library at {root} is busy in another process; nothing was changed. Try again in a moment.</source>
        <translation>La bibliothèque {root} est occupée par un autre processus&#x202f;; rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk holding the library at {root} failed to read or write (full, removed or failing); nothing was changed.</source>
        <translation>Le disque qui contient la bibliothèque {root} n’a pas pu lire ou écrire (plein, retiré ou défaillant)&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server refused the change to {location}: your role may only read this library; nothing was changed.</source>
        <translation>Le serveur a refusé la modification de {location}&#xa0;: votre rôle ne peut que lire cette bibliothèque&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server holding {location} has no disk space left; nothing was changed.</source>
        <translation>Le serveur qui contient {location} n’a plus d’espace disque&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server holding {location} cannot be reached ({reason}); nothing was changed.</source>
        <translation>Le serveur qui contient {location} est injoignable ({reason})&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The server holding {location} cannot be reached ({reason}).</source>
        <translation>Le serveur qui contient {location} est injoignable ({reason}).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The server holding {location} has no disk space left.</source>
        <translation>Le serveur qui contient {location} n’a plus d’espace disque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server holding {location} refused the connection: {reason}</source>
        <translation>Le serveur qui contient {location} a refusé la connexion&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused the login to {location}: {reason}</source>
        <translation>Le serveur a refusé la connexion à {location}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no database for {location}: {reason}</source>
        <translation>Le serveur n’a pas de base de données pour {location}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another reviewer&apos;s change on {location} held what this needs for {seconds} s; nothing was changed: try again in a moment.</source>
        <translation>La modification d’un autre relecteur sur {location} a retenu pendant {seconds} s ce dont ceci a besoin&#x202f;; rien n’a été modifié&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server holding {location} refused the change: {reason}</source>
        <translation>Le serveur qui contient {location} a refusé la modification&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{location}: {reason}</source>
        <translation>{location}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{root} is a file, not a library folder.</source>
        <translation>{root} est un fichier, pas un dossier de bibliothèque.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create a library at {root}: {strerror}.</source>
        <translation>Impossible de créer une bibliothèque à {root}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The source {value} on {location} is damaged.</source>
        <translation>La source {value} sur {location} est endommagée.</translation>
    </message>
    <message>
        <location filename="../../app/core/live.py" line="+60"/>
        <source>only a server library has live updates</source>
        <translation>seule une bibliothèque sur serveur a des mises à jour en direct</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/attach.py" line="+98"/>
        <source>{name} holds no ALTO, PAGE or hOCR files</source>
        <translation>{name} ne contient aucun fichier ALTO, PAGE ou hOCR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no OCR file given</source>
        <translation>aucun fichier d’OCR donné</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/core/ocr/run.py" line="+304"/>
        <source>there is no document {doc_id}</source>
        <translation>il n’y a pas de document {doc_id}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{where} does not give the size of its image, so it cannot be placed</source>
        <translation>{where} ne donne pas la taille de son image et ne peut donc pas être placé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where} is {width:g} x {height:g} {unit}, not the shape of the scan&apos;s page ({shown_w:.0f} x {shown_h:.0f} points as shown): is it the right file or page?</source>
        <translation>{where} mesure {width:g} x {height:g} {unit}, pas la forme de la page du scan ({shown_w:.0f} x {shown_h:.0f} points tels qu’affichés)&#xa0;: est-ce le bon fichier ou la bonne page&#x202f;?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cancelled: nothing was attached</source>
        <translation>annulé&#xa0;: rien n’a été joint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is plain text, not ALTO, PAGE or hOCR; attach a plain OCR text on its own</source>
        <translation>{name} est du texte brut, pas de l’ALTO, du PAGE ou du hOCR&#x202f;; joignez un texte d’OCR brut séparément</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the files mix formats ({formats}); attach one format at a time</source>
        <translation>les fichiers mélangent des formats ({formats})&#x202f;; joignez un seul format à la fois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the files hold {count} page(s); from page {page} the document has only {left}</source>
        <translation>les fichiers contiennent {count} page(s)&#x202f;; à partir de la page {page}, le document n’en a que {left}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the files hold {count} pages; the document has {pages}</source>
        <translation>les fichiers contiennent {count} pages&#x202f;; le document en a {pages}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the files hold no page</source>
        <translation>les fichiers ne contiennent aucune page</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>--page applies to ALTO, PAGE and hOCR files, not plain text</source>
        <translation>--page s’applique aux fichiers ALTO, PAGE et hOCR, pas au texte brut</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/companion.py" line="+200"/>
        <source>the scan has no words to align to; read its pages with OCR first</source>
        <translation>le scan n’a pas de mots sur lesquels aligner&#x202f;; lisez d’abord ses pages par OCR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the companion text is empty</source>
        <translation>le texte d’accompagnement est vide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only {aligned} of the text&apos;s {words} words ({share}) were found on the scan: it may be another document&apos;s text; nothing was attached</source>
        <translation>seuls {aligned} des {words} mots du texte ({share}) figurent sur le scan&#xa0;: c’est peut-être le texte d’un autre document&#x202f;; rien n’a été joint</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/formats.py" line="+83"/>
        <source>{name}: &lt;alto&gt; in namespace {value!r} is not ALTO 2-4</source>
        <translation>{name}&#xa0;: &lt;alto&gt; dans l’espace de noms {value!r} n’est pas de l’ALTO 2-4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: &lt;PcGts&gt; in namespace {value!r} is not PAGE XML</source>
        <translation>{name}&#xa0;: &lt;PcGts&gt; dans l’espace de noms {value!r} n’est pas du PAGE XML</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is neither ALTO, PAGE nor hOCR (its root element is &lt;{local}&gt; in namespace {ns!r})</source>
        <translation>{name} n’est ni ALTO, ni PAGE, ni hOCR (son élément racine est &lt;{local}&gt; dans l’espace de noms {ns!r})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is neither ALTO, PAGE nor hOCR (its root element is &lt;{local}&gt;)</source>
        <translation>{name} n’est ni ALTO, ni PAGE, ni hOCR (son élément racine est &lt;{local}&gt;)</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/file_words.py" line="+64"/>
        <location line="+6"/>
        <source>{name}: {what} is {value!r}, not a number</source>
        <translation>{name}&#xa0;: {what} vaut {value!r}, pas un nombre</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/formats.py" line="+58"/>
        <source>{name}: unknown ALTO MeasurementUnit {unit!r}</source>
        <translation>{name}&#xa0;: MeasurementUnit ALTO inconnue {unit!r}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}: {value!r} is not a point x,y</source>
        <translation>{name}&#xa0;: {value!r} n’est pas un point x,y</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{name}: a PAGE file without a &lt;Page&gt;</source>
        <translation>{name}&#xa0;: un fichier PAGE sans &lt;Page&gt;</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/languages.py" line="+96"/>
        <source>Tesseract does not say where its language data is</source>
        <translation>Tesseract n’indique pas où sont ses données de langue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add the language data to {target}: {value}</source>
        <translation>Impossible d’ajouter les données de langue dans {target}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/reanchor.py" line="+172"/>
        <source>page {page_id} has no text layer {layer_id}</source>
        <translation>la page {page_id} n’a pas de couche de texte {layer_id}</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="-319"/>
        <source>Tesseract is not installed, so Redline cannot OCR pages. Install it with your system&apos;s packages (e.g. &apos;apt install tesseract-ocr tesseract-ocr-eng&apos;) and try again.</source>
        <translation>Tesseract n’est pas installé&#xa0;: Redline ne peut donc pas faire l’OCR des pages. Installez-le avec les paquets de votre système (par ex. &apos;apt install tesseract-ocr tesseract-ocr-eng&apos;) et réessayez.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tesseract has no data for language {value} (installed: {value2}); install it, e.g. &apos;apt install tesseract-ocr-{value3}&apos;</source>
        <translation>Tesseract n’a pas de données pour la langue {value} (installées&#xa0;: {value2})&#x202f;; installez-les, par ex. &apos;apt install tesseract-ocr-{value3}&apos;</translation>
    </message>
    <message>
        <location line="+169"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+93"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/run.py" line="-92"/>
        <location filename="../../app/core/ocr/tesseract.py" line="+3"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+3"/>
        <source>Tesseract took longer than {timeout_s:g} s</source>
        <translation>Tesseract a pris plus de {timeout_s:g} s</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract.py" line="+10"/>
        <location filename="../../app/core/ocr/tesseract_api.py" line="+6"/>
        <location line="+7"/>
        <source>Tesseract failed: {value}</source>
        <translation>Échec de Tesseract&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the page cannot be rendered ({exc})</source>
        <translation>la page ne peut pas être rendue ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/tesseract_api.py" line="-61"/>
        <source>Tesseract&apos;s library could not load language {language}</source>
        <translation>La bibliothèque de Tesseract n’a pas pu charger la langue {language}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tesseract&apos;s library was closed</source>
        <translation>La bibliothèque de Tesseract a été fermée</translation>
    </message>
    <message>
        <location filename="../../app/core/resources.py" line="+39"/>
        <source>not a resource name: {part!r}</source>
        <translation>pas un nom de ressource&#xa0;: {part!r}</translation>
    </message>
    <message>
        <location filename="../../app/core/safe_xml.py" line="+62"/>
        <source>{name} is not a regular file (a device, pipe or folder)</source>
        <translation>{name} n’est pas un fichier ordinaire (un périphérique, un tube ou un dossier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is {value:.1f} MB; OCR files over {value2:.0f} MB are refused</source>
        <translation>{name} fait {value:.1f} Mo&#x202f;; les fichiers d’OCR de plus de {value2:.0f} Mo sont refusés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read {path}: {value}</source>
        <translation>impossible de lire {path}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} declares XML entities, which Redline does not read (refused)</source>
        <translation>{name} déclare des entités XML, que Redline ne lit pas (refusé)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} holds no XML element</source>
        <translation>{name} ne contient aucun élément XML</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} cannot be read as HTML: {exc}</source>
        <translation>{name} ne peut pas être lu comme du HTML&#xa0;: {exc}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds no HTML element</source>
        <translation>{name} ne contient aucun élément HTML</translation>
    </message>
    <message>
        <location filename="../../app/ui/document/render_cache.py" line="+246"/>
        <location line="+30"/>
        <source>Cannot show page {page}: {reason}</source>
        <translation>Impossible d’afficher la page {page}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools/detect_dialog.py" line="-43"/>
        <source>Stopped: nothing was written for “{title}”, the document in hand.</source>
        <translation>Arrêté&#xa0;: rien n’a été enregistré pour «&#xa0;{title}&#xa0;», le document en cours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: nothing was written for the document in hand.</source>
        <translation>Arrêté&#xa0;: rien n’a été enregistré pour le document en cours.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more documents were not detected.</source>
        <translation>
            <numerusform>%n autre document n’a pas été analysé.</numerusform>
            <numerusform>%n autres documents n’ont pas été analysés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n documents detected before it stopped keep their proposals:</source>
        <translation>
            <numerusform>%n document analysé avant l’arrêt garde ses propositions :</numerusform>
            <numerusform>%n documents analysés avant l’arrêt gardent leurs propositions :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n documents detected before the cancel keep their proposals:</source>
        <translation>
            <numerusform>%n document analysé avant l’annulation garde ses propositions :</numerusform>
            <numerusform>%n documents analysés avant l’annulation gardent leurs propositions :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{documents}: {markings} ({markings_found} found), {redactions} ({redactions_found} found).</source>
        <translation>{documents}&#xa0;: {markings} ({markings_found} trouvés), {redactions} ({redactions_found} trouvés).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new marking proposals</source>
        <translation>
            <numerusform>%n nouvelle proposition de marquage</numerusform>
            <numerusform>%n nouvelles propositions de marquage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new redaction proposals</source>
        <translation>
            <numerusform>%n nouvelle proposition de caviardage</numerusform>
            <numerusform>%n nouvelles propositions de caviardage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of those found were not proposed: the document already has them (marked by a person, or proposed before).</source>
        <translation>
            <numerusform>%n des éléments trouvés n’a pas été proposé : le document l’a déjà (marqué par une personne, ou proposé auparavant).</numerusform>
            <numerusform>%n des éléments trouvés n’ont pas été proposés : le document les a déjà (marqués par une personne, ou proposés auparavant).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Banners re-read from the scan on {pages}.</source>
        <translation>Bandeaux relus sur le scan sur {pages}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Banners of {pages} taken from their earlier reading (not read again).</source>
        <translation>Bandeaux de {pages} repris de leur lecture précédente (non relus).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n pages have no text: run OCR first to find markings on them.</source>
        <translation>
            <numerusform>%n page n’a pas de texte : lancez d’abord l’OCR pour y trouver des marquages.</numerusform>
            <numerusform>%n pages n’ont pas de texte : lancez d’abord l’OCR pour y trouver des marquages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  {title}: warning: {warning}</source>
        <translation>  {title}&#xa0;: avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposals wait in the document for you to accept or reject.</source>
        <translation>Les propositions attendent dans le document que vous les acceptiez ou les rejetiez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/ui/tools/metadata_dialog.py" line="+10"/>
        <location filename="../../app/ui/tools/ocr_dialog.py" line="-46"/>
        <location line="+32"/>
        <source>Open a document first.</source>
        <translation>Ouvrez d’abord un document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect markings</source>
        <translation>Détecter les marquages</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/launch.py" line="+48"/>
        <source>Cannot open {name}: {reason}.</source>
        <translation>Impossible d’ouvrir {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open {path}: there is no such file, nor a document of that name in the library (try `redline list`).</source>
        <translation>Impossible d’ouvrir {path}&#xa0;: ce fichier n’existe pas, et la bibliothèque n’a aucun document de ce nom (voir `redline list`).</translation>
    </message>
    <message>
        <location filename="../../app/core/ocr/run.py" line="-14"/>
        <source>the OCR worker process crashed on this page</source>
        <translation>le processus d’OCR a planté sur cette page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page could not be read: {reason}</source>
        <translation>la page n’a pas pu être lue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rendering the page took longer than {timeout_s:g} s</source>
        <translation>Le rendu de la page a pris plus de {timeout_s:g} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page took longer than {timeout_s:g} s</source>
        <translation>La page a pris plus de {timeout_s:g} s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no such page</source>
        <translation>page introuvable</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/readback.py" line="+66"/>
        <source>page {value} of {title!r}: {name} still holds redacted characters ({start}-{end}); nothing was written</source>
        <translation>page {value} de {title!r}&#xa0;: {name} contient encore des caractères caviardés ({start}-{end})&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds a word under a redaction; nothing was written</source>
        <translation>page {value} de {title!r}&#xa0;: {name} contient encore un mot sous un caviardage&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds an annotation over a redaction; nothing was written</source>
        <translation>page {value} de {title!r}&#xa0;: {name} contient encore une annotation sur un caviardage&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} still holds the note of a redaction; nothing was written</source>
        <translation>page {value} de {title!r}&#xa0;: {name} contient encore la note d’un caviardage&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {value} of {title!r}: {name} shows pixels inside a burned-in region; nothing was written</source>
        <translation>page {value} de {title!r}&#xa0;: {name} montre des pixels dans une zone caviardée&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} does not read back as it was written ({value}); nothing was written</source>
        <translation>{name} ne se relit pas tel qu’il a été écrit ({value})&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/message_strip.py" line="+32"/>
        <location line="+1"/>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/calibration.py" line="+108"/>
        <source>The marking thresholds {path} cannot be read: {exc}</source>
        <translation>Les seuils des marquages {path} ne peuvent pas être lus&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/rules.py" line="+122"/>
        <source>The marking rules {path} cannot be read: {exc}</source>
        <translation>Les règles des marquages {path} ne peuvent pas être lues&#xa0;: {exc}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The marking rules {path}: &apos;fold&apos; must map one character to one.</source>
        <translation>Les règles des marquages {path}&#xa0;: «&#xa0;fold&#xa0;» doit associer un caractère à un seul.</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/annotation_set.py" line="+83"/>
        <location filename="../../app/core/exchange/bounded_read.py" line="-39"/>
        <location line="+33"/>
        <source>cannot read {name}: {reason}</source>
        <translation>impossible de lire {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} grew past the size cap while it was read</source>
        <translation>{name} a dépassé la taille maximale pendant sa lecture</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/csv_export.py" line="+175"/>
        <location filename="../../app/core/exchange/redline_json.py" line="+204"/>
        <location filename="../../app/core/exchange/w3c.py" line="+157"/>
        <source>export cancelled; no file was written</source>
        <translation>export annulé&#x202f;; aucun fichier n’a été écrit</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge.py" line="+66"/>
        <location filename="../../app/core/exchange/w3c_convert.py" line="+125"/>
        <location filename="../../app/core/exchange/w3c_import.py" line="+259"/>
        <source>import cancelled; nothing was changed</source>
        <translation>import annulé&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_local.py" line="+91"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text layers</source>
        <translation>couches de texte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id {id} of the file&apos;s {kind} is already used in this library by {table}</source>
        <translation>l’identifiant {id} parmi les {kind} du fichier est déjà utilisé dans cette bibliothèque par&#xa0;: {table}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>annotation {id}: text offsets {start}-{end} lie beyond the page text ({length} characters)</source>
        <translation>annotation {id}&#xa0;: les positions de texte {start}-{end} sont au-delà du texte de la page ({length} caractères)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_annotations.py" line="+42"/>
        <source>annotation id {id} is already used in this library by a {kind} on page {page} of another or the same document; the file has a {kind2} on page {page2}</source>
        <translation>l’identifiant d’annotation {id} est déjà utilisé dans cette bibliothèque par une annotation de type «&#xa0;{kind}&#xa0;» en page {page} d’un autre document ou du même&#x202f;; le fichier a une annotation de type «&#xa0;{kind2}&#xa0;» en page {page2}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_planner.py" line="+55"/>
        <source>document id {id} names another source in this library</source>
        <translation>l’identifiant de document {id} désigne une autre source dans cette bibliothèque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document {title!r} has {count} pages in the file but {mine} in this library</source>
        <translation>le document {title!r} a {count} pages dans le fichier mais {mine} dans cette bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_state.py" line="+96"/>
        <source>{what} refers to a tag that is nowhere</source>
        <translation>{what} renvoie à une étiquette qui n’existe nulle part</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/merge_annotations.py" line="+12"/>
        <source>annotation {id}</source>
        <translation>annotation {id}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_expected.py" line="+38"/>
        <source>page {page}, region {number} (x {x:.0f}, y {y:.0f}, {width:.0f} x {height:.0f} pt)</source>
        <translation>page {page}, zone {number} (x {x:.0f}, y {y:.0f}, {width:.0f} x {height:.0f} pt)</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_poppler.py" line="-50"/>
        <source>poppler-utils (pdftotext, pdftoppm) is needed to check a publication PDF before it is written; install it (Debian/Ubuntu: apt-get install poppler-utils)</source>
        <translation>poppler-utils (pdftotext, pdftoppm) est nécessaire pour vérifier un PDF de publication avant de l’écrire&#x202f;; installez-le (Debian/Ubuntu&#xa0;: apt-get install poppler-utils)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>poppler&apos;s {program} did not finish reading the file</source>
        <translation>{program} de poppler n’a pas fini de lire le fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>poppler&apos;s {program} cannot read the written file: {reason}</source>
        <translation>{program} de poppler ne peut pas lire le fichier écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_text_check.py" line="+69"/>
        <source>{where}: PyMuPDF still extracts the character {text!r} inside it</source>
        <translation>{where}&#xa0;: PyMuPDF en extrait encore le caractère {text!r}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: poppler still extracts {text!r} inside it</source>
        <translation>{where}&#xa0;: poppler en extrait encore {text!r}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_image_check.py" line="+70"/>
        <source>{where}: vector art other than the fill lies inside it</source>
        <translation>{where}&#xa0;: un dessin vectoriel autre que le remplissage s’y trouve</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>an image on page {page} cannot be read back to check it</source>
        <translation>une image de la page {page} ne peut pas être relue pour la vérifier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{where}: an image drawn there ({width} x {height} pixels) still holds what lies under it</source>
        <translation>{where}&#xa0;: une image dessinée là ({width} x {height} pixels) contient encore ce qui se trouve dessous</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{where}: PyMuPDF renders {wrong} pixel(s) inside it other than the fill</source>
        <translation>{where}&#xa0;: PyMuPDF y rend {wrong} pixel(s) autres que le remplissage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>page {page}: pdftoppm rendered no image of it</source>
        <translation>page {page}&#xa0;: pdftoppm n’en a rendu aucune image</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: poppler renders {wrong} pixel(s) inside it other than the fill</source>
        <translation>{where}&#xa0;: poppler y rend {wrong} pixel(s) autres que le remplissage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/exchange/pdf_file_check.py" line="+91"/>
        <source>{reader} still extracts the redacted text {quote!r} outside its boxes, in %n places:</source>
        <translation>
            <numerusform>{reader} extrait encore le texte caviardé {quote!r} hors de ses cadres, à %n endroit :</numerusform>
            <numerusform>{reader} extrait encore le texte caviardé {quote!r} hors de ses cadres, à %n endroits :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>page {page}: “{context}”</source>
        <translation>page {page}&#xa0;: «&#xa0;{context}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more places</source>
        <translation>
            <numerusform>et %n autre endroit</numerusform>
            <numerusform>et %n autres endroits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redact the text in these places too (a search for it finds them all), or leave its redaction visible; nothing was written.</source>
        <translation>Caviardez le texte à ces endroits aussi (une recherche le trouve partout), ou laissez son caviardage visible&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the redacted text {quote!r} is still stored in the file (object {xref})</source>
        <translation>le texte caviardé {quote!r} est encore stocké dans le fichier (objet {xref})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the redacted text {quote!r} is still in the file&apos;s trailer</source>
        <translation>le texte caviardé {quote!r} est encore dans le trailer du fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file carries /{key} from its source</source>
        <translation>le fichier porte /{key} de sa source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file carries embedded files</source>
        <translation>le fichier porte des fichiers incorporés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file carries an outline nobody asked for</source>
        <translation>le fichier porte une table des matières que personne n’a demandée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file&apos;s {key} names redacted text</source>
        <translation>le champ {key} du fichier nomme du texte caviardé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>page {page} carries a {name} annotation</source>
        <translation>la page {page} porte une annotation de type {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page {page} carries links</source>
        <translation>la page {page} porte des liens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>page {page} carries a form field</source>
        <translation>la page {page} porte un champ de formulaire</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/pdf_verify.py" line="+115"/>
        <source>page {page}: pdftoppm rendered no image of its codes</source>
        <translation>page {page}&#xa0;: pdftoppm n’a rendu aucune image de ses codes</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_records.py" line="+90"/>
        <source>its body</source>
        <translation>son corps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its body {n}</source>
        <translation>son corps {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{which} is a link ({link}), which Redline cannot read</source>
        <translation>{which} est un lien ({link}), que Redline ne sait pas lire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{which} has no text value that Redline can read</source>
        <translation>{which} n’a pas de valeur textuelle que Redline sache lire</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a tag name must be 1 to {most} characters</source>
        <translation>un nom d’étiquette doit compter de 1 à {most} caractères</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a correction needs the text it corrects, and page {page} has no text yet: read the document with OCR first, then import the file again</source>
        <translation>une correction a besoin du texte qu’elle corrige, et la page {page} n’a pas encore de texte&#xa0;: lisez d’abord le document avec l’OCR, puis importez de nouveau le fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a correction needs the text it corrects, and none was found</source>
        <translation>une correction a besoin du texte qu’elle corrige, et aucun n’a été trouvé</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_convert.py" line="-28"/>
        <source>annotation {name}: {reason}</source>
        <translation>annotation {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_import.py" line="-33"/>
        <source>{name} is neither a Redline annotation set nor W3C or IIIF annotations</source>
        <translation>{name} n’est ni un jeu d’annotations Redline ni des annotations W3C ou IIIF</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the import&apos;s reading process stopped unexpectedly (exit code {exitcode}); nothing was changed</source>
        <translation>le processus de lecture de l’import s’est arrêté de façon inattendue (code de sortie {exitcode})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading {name} failed: {kind}: {exc}; nothing was changed</source>
        <translation>la lecture de {name} a échoué&#xa0;: {kind}&#xa0;: {exc}&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none of the {count} annotations in {name} has a place in this library: {reason}</source>
        <translation>aucune des {count} annotations de {name} n’a de place dans cette bibliothèque&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write a working copy of {name} among the temporary files ({reason}); nothing was changed</source>
        <translation>impossible d’écrire une copie de travail de {name} parmi les fichiers temporaires ({reason})&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_place.py" line="+131"/>
        <source>it has no target</source>
        <translation>elle n’a pas de cible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its target names no source</source>
        <translation>sa cible ne nomme aucune source</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>its target {source} is not a page of a Redline export</source>
        <translation>sa cible {source} n’est pas une page d’un export Redline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its document {id} is not in this library</source>
        <translation>son document {id} n’est pas dans cette bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its page {page} is past the document&apos;s {count}</source>
        <translation>sa page {page} est au-delà des {count} du document</translation>
    </message>
    <message>
        <location filename="../../app/core/exchange/w3c_read.py" line="+30"/>
        <source>{name} is empty (0 bytes)</source>
        <translation>{name} est vide (0 octet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty ({size} bytes, only white space)</source>
        <translation>{name} est vide ({size} octets, rien que des blancs)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: its {key} are {what}, not a list</source>
        <translation>{where}&#xa0;: ses {key} sont {what}, pas une liste</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the AnnotationPage</source>
        <translation>l’AnnotationPage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the annotation page {id} is not in the folder {folder}</source>
        <translation>la page d’annotations {id} n’est pas dans le dossier {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not an AnnotationPage</source>
        <translation>{name} n’est pas une AnnotationPage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest</source>
        <translation>le manifeste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest&apos;s canvas {n}</source>
        <translation>le canevas {n} du manifeste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the collection</source>
        <translation>la collection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest {id} is not in {folder}</source>
        <translation>le manifeste {id} n’est pas dans {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the collection&apos;s first page</source>
        <translation>la première page de la collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the collection&apos;s page {n}</source>
        <translation>la page {n} de la collection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the collection&apos;s pages are not in the file (only linked)</source>
        <translation>les pages de la collection ne sont pas dans le fichier (seulement liées)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>its body {n} is {what}</source>
        <translation>son corps {n} est {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its body is {what}</source>
        <translation>son corps est {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotation {name}: {problem}; W3C allows an object, a link or a list of them</source>
        <translation>annotation {name}&#xa0;: {problem}&#x202f;; le W3C admet un objet, un lien ou une liste de ceux-ci</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an object that is not an Annotation</source>
        <translation>un objet qui n’est pas une Annotation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} holds no annotations: item 1 is {what}</source>
        <translation>{name} ne contient aucune annotation&#xa0;: l’élément 1 est {what}</translation>
    </message>
    <message>
        <location filename="../../app/core/detection/redaction_notes.py" line="+17"/>
        <source>leaky: {n} words of text under the box can be extracted</source>
        <translation>fuite&#xa0;: {n} mots de texte sous le cadre peuvent être extraits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaky: an image under the box can be extracted</source>
        <translation>fuite&#xa0;: une image sous le cadre peut être extraite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaky: the text layer holds {n} words under the box</source>
        <translation>fuite&#xa0;: la couche de texte contient {n} mots sous le cadre</translation>
    </message>
    <message>
        <location filename="../../app/core/versions.py" line="+35"/>
        <source>Install Tesseract for Windows (the UB Mannheim installer) and add its folder to PATH, or put it in a &apos;tesseract&apos; folder beside redline.exe.</source>
        <translation>Installez Tesseract pour Windows (l’installateur de l’UB Mannheim) et ajoutez son dossier au PATH, ou placez-le dans un dossier «&#xa0;tesseract&#xa0;» à côté de redline.exe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install Tesseract with Homebrew: brew install tesseract</source>
        <translation>Installez Tesseract avec Homebrew&#xa0;: brew install tesseract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Tesseract with your system&apos;s packages, e.g. &apos;sudo apt install tesseract-ocr tesseract-ocr-eng&apos; (Debian, Ubuntu) or &apos;sudo dnf install tesseract&apos; (Fedora).</source>
        <translation>Installez Tesseract avec les paquets de votre système, par exemple «&#xa0;sudo apt install tesseract-ocr tesseract-ocr-eng&#xa0;» (Debian, Ubuntu) ou «&#xa0;sudo dnf install tesseract&#xa0;» (Fedora).</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/team_library.py" line="+42"/>
        <source>Open a team library</source>
        <translation>Ouvrir une bibliothèque d’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql://user@server/database</source>
        <translation>postgresql://utilisateur@serveur/base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the address your team was given, or fill in the fields below.</source>
        <translation>Collez l’adresse donnée à votre équipe, ou remplissez les champs ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your login on this computer</source>
        <translation>votre identifiant sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it empty when ~/.pgpass or PGPASSWORD holds it. Redline keeps no password: it is used for this connection only.</source>
        <translation>Laissez-le vide si ~/.pgpass ou PGPASSWORD le contient. Redline ne garde aucun mot de passe&#xa0;: il ne sert qu’à cette connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to {location}…</source>
        <translation>Connexion à {location}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped waiting for {location}; nothing was opened.</source>
        <translation>Attente de {location} interrompue&#x202f;; rien n’a été ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server of {location} asks for a password: type it and press Open.</source>
        <translation>Le serveur de {location} demande un mot de passe&#xa0;: tapez-le et appuyez sur «&#xa0;Ouvrir&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the library&apos;s address, or its server and database.</source>
        <translation>Tapez l’adresse de la bibliothèque, ou son serveur et sa base de données.</translation>
    </message>
    <message>
        <location filename="../../app/core/calls.py" line="+91"/>
        <source>Redline stopped waiting for the server holding {location} while it saved the change: it may have been saved; the window says which once the server answers.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location} pendant qu’il enregistrait la modification&#xa0;: elle a peut-être été enregistrée&#x202f;; la fenêtre le dira dès que le serveur répondra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redline stopped waiting for the server holding {location}; nothing was changed.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redline stopped waiting for the server holding {location}.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change Redline stopped waiting for was saved on {location} after all; the window shows it.</source>
        <translation>La modification que Redline a cessé d’attendre a finalement été enregistrée sur {location}&#x202f;; la fenêtre l’affiche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The change Redline stopped waiting for was not saved on {location}.</source>
        <translation>La modification que Redline a cessé d’attendre n’a pas été enregistrée sur {location}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the change Redline stopped waiting for was saved on {location} cannot be told; the window shows what the library holds.</source>
        <translation>Impossible de savoir si la modification que Redline a cessé d’attendre a été enregistrée sur {location}&#x202f;; la fenêtre affiche ce que contient la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/empty_hint.py" line="+14"/>
        <source>This library has no documents yet.

{path} ({key}) brings scans in: PDF or image files. You can also drop them on the window.</source>
        <translation>Cette bibliothèque ne contient encore aucun document.

{path} ({key}) fait entrer des numérisations&#xa0;: fichiers PDF ou images. Vous pouvez aussi les déposer sur la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/base/server_wait.py" line="+41"/>
        <source>Waiting for the page&apos;s text</source>
        <translation>En attente du texte de la page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop waiting for this page&apos;s text (Esc): its read is cancelled on the library&apos;s server.</source>
        <translation>Cesser d’attendre le texte de cette page (Échap)&#xa0;: sa lecture est annulée sur le serveur de la bibliothèque.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Read this page&apos;s text from the library again.</source>
        <translation>Relire le texte de cette page dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The library&apos;s server is not answering; the page&apos;s text has not been read yet.</source>
        <translation>Le serveur de la bibliothèque ne répond pas&#x202f;; le texte de la page n’a pas encore été lu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page&apos;s text was not read.</source>
        <translation>Le texte de la page n’a pas été lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped waiting for the server holding {location}; the page&apos;s text was not read.</source>
        <translation>Redline a cessé d’attendre le serveur qui contient {location}&#x202f;; le texte de la page n’a pas été lu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/draft_offer.py" line="+20"/>
        <source>Not saved when Redline stopped</source>
        <translation>Non enregistré à l’arrêt de Redline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redline stopped while a {kind} was being typed on page {page} of “{document}”. It was not saved; what was typed is kept.</source>
        <translation>Redline s’est arrêté pendant une saisie ({kind}) à la page {page} de «&#xa0;{document}&#xa0;». Elle n’a pas été enregistrée&#x202f;; ce qui a été saisi est conservé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open it again</source>
        <translation>Le rouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page that draft was typed on is no longer there; the draft is kept.</source>
        <translation>La page où ce brouillon a été saisi n’existe plus&#x202f;; le brouillon est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/core/refusals.py" line="+23"/>
        <source>{location} is not a Redline library, or its database is damaged; it was left as it was. Choose another library, or put back a copy from its backups folder if it has one.</source>
        <translation>{location} n’est pas une bibliothèque Redline, ou sa base de données est endommagée&#x202f;; elle a été laissée telle quelle. Choisissez une autre bibliothèque, ou remettez une copie de son dossier de sauvegardes s’il en a un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{location} is not a Redline library: its database holds other tables ({tables}); choose another folder.</source>
        <translation>{location} n’est pas une bibliothèque Redline&#xa0;: sa base de données contient d’autres tables ({tables})&#x202f;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {location} was written by Redline {writer} (schema {revision}); this is Redline {version} (schema {head}), which cannot read it. Install a newer Redline to open it.</source>
        <translation>La bibliothèque {location} a été écrite par Redline {writer} (schéma {revision})&#x202f;; ceci est Redline {version} (schéma {head}), qui ne peut pas la lire. Installez un Redline plus récent pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {location} was written by a newer Redline (schema {revision}); this is Redline {version} (schema {head}), which cannot read it. Install a newer Redline to open it.</source>
        <translation>La bibliothèque {location} a été écrite par un Redline plus récent (schéma {revision})&#x202f;; ceci est Redline {version} (schéma {head}), qui ne peut pas la lire. Installez un Redline plus récent pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{location} holds no Redline library yet, and one cannot be made while it is opened read-only; its owner makes it by opening it once where it can be written.</source>
        <translation>{location} ne contient pas encore de bibliothèque Redline, et aucune ne peut être créée en lecture seule&#x202f;; son propriétaire la crée en l’ouvrant une fois là où elle peut être écrite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {location} was made by an older Redline (schema {revision}) and needs an upgrade to schema {head}, which cannot be done read-only; open it once where it can be written.</source>
        <translation>La bibliothèque {location} a été créée par un Redline plus ancien (schéma {revision}) et doit être mise à jour vers le schéma {head}, ce qui ne peut pas se faire en lecture seule&#x202f;; ouvrez-la une fois là où elle peut être écrite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library at {folder} is open for writing in another Redline process; close it there first.</source>
        <translation>La bibliothèque {folder} est ouverte en écriture dans un autre processus Redline&#x202f;; fermez-la d’abord là-bas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library at {folder} was not closed cleanly and its folder cannot be written, so it cannot be read here; open it once where it can be written.</source>
        <translation>La bibliothèque {folder} n’a pas été fermée proprement et son dossier ne peut pas être écrit, elle ne peut donc pas être lue ici&#x202f;; ouvrez-la une fois là où elle peut être écrite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create a library at {folder}: {strerror}.</source>
        <translation>Impossible de créer une bibliothèque à {folder}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no library at {folder} yet; add documents with `redline import PATH`.</source>
        <translation>Il n’y a pas encore de bibliothèque à {folder}&#x202f;; ajoutez des documents avec `redline import PATH`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database {database} on the server uses the {encoding} encoding; Redline needs a UTF8 one (CREATE DATABASE … ENCODING &apos;UTF8&apos;). Nothing was changed.</source>
        <translation>La base de données {database} sur le serveur utilise l’encodage {encoding}&#x202f;; Redline a besoin d’UTF8 (CREATE DATABASE … ENCODING &apos;UTF8&apos;). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PostgreSQL server holding {location} is version {server}; Redline needs 13 or newer. Nothing was changed.</source>
        <translation>Le serveur PostgreSQL contenant {location} est en version {server}&#x202f;; Redline a besoin de la version 13 ou plus récente. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a PostgreSQL library address: {address}</source>
        <translation>Ce n’est pas l’adresse d’une bibliothèque PostgreSQL&#xa0;: {address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a PostgreSQL library address: {address} (its port must be a number)</source>
        <translation>Ce n’est pas l’adresse d’une bibliothèque PostgreSQL&#xa0;: {address} (son port doit être un nombre)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address {address} names no database; write it as postgresql://user@host/dbname</source>
        <translation>L’adresse {address} ne nomme aucune base de données&#x202f;; écrivez-la sous la forme postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library {address} needs an upgrade from schema {revision}, and pg_dump (apt-get install postgresql-client) is not installed to back it up first; install it, or back the database up yourself and set REDLINE_UPGRADE_WITHOUT_BACKUP=1</source>
        <translation>La bibliothèque {address} doit être mise à jour depuis le schéma {revision}, et pg_dump (apt-get install postgresql-client) n’est pas installé pour la sauvegarder d’abord&#x202f;; installez-le, ou sauvegardez vous-même la base et définissez REDLINE_UPGRADE_WITHOUT_BACKUP=1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not back up {address} before upgrading it, so it was not upgraded: {reason}</source>
        <translation>Impossible de sauvegarder {address} avant sa mise à jour, qui n’a donc pas été faite&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another Redline process writes to it</source>
        <translation>un autre processus Redline y écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its folder cannot be written</source>
        <translation>son dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your role on the server may only read it</source>
        <translation>votre rôle sur le serveur ne permet que de la lire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was opened for reading</source>
        <translation>elle a été ouverte pour la lecture seulement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The library at {location} is open read-only ({why}); nothing was changed.</source>
        <translation>La bibliothèque de {location} est ouverte en lecture seule ({why})&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/page_annotations.py" line="-205"/>
        <source>{who}&apos;s correction “{theirs}” now overrides yours, “{yours}”, of the same words: the reading shows the newest. Both are kept: hover the words to see them, reject one to settle it.</source>
        <translation>La correction «&#xa0;{theirs}&#xa0;» de {who} remplace maintenant la vôtre, «&#xa0;{yours}&#xa0;», des mêmes mots&#xa0;: le texte montre la plus récente. Les deux sont gardées&#xa0;: survolez les mots pour les voir, rejetez-en une pour trancher.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/side_panel.py" line="+34"/>
        <source>The library&apos;s server is not answering a read of this tab: open it to stop waiting.</source>
        <translation>Le serveur de la bibliothèque ne répond pas à une lecture de cet onglet&#xa0;: ouvrez-le pour cesser d’attendre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tab}, waiting for the library&apos;s server</source>
        <translation>{tab}, en attente du serveur de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/core/annotating/already_marked.py" line="+236"/>
        <source>These words are already marked {value}, struck through, by {who}.</source>
        <translation>Ces mots sont déjà marqués {value} (barré) par {who}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These words are already marked {value} by {who}.</source>
        <translation>Ces mots sont déjà marqués {value} par {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This box is already redacted by {who}.</source>
        <translation>Ce cadre est déjà caviardé par {who}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These words are already tagged {tag} by {who}.</source>
        <translation>Ces mots portent déjà l’étiquette {tag}, par {who}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These words are already corrected to “{value}” by {who}.</source>
        <translation>Ces mots sont déjà corrigés en «&#xa0;{value}&#xa0;» par {who}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/annotating/page_annotations.py" line="+9"/>
        <source>Withheld from publications by the redaction “{redaction}”</source>
        <translation>Retenu des publications par le caviardage «&#xa0;{redaction}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld from publications by the redactions “{redaction}”</source>
        <translation>Retenu des publications par les caviardages «&#xa0;{redaction}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burned into publications with the redaction “{redaction}”: the words a box touches are withheld whole</source>
        <translation>Incrusté dans les publications avec le caviardage «&#xa0;{redaction}&#xa0;»&#xa0;: les mots qu’un cadre touche sont retenus en entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Burned into publications with the redactions “{redaction}”: the words a box touches are withheld whole</source>
        <translation>Incrusté dans les publications avec les caviardages «&#xa0;{redaction}&#xa0;»&#xa0;: les mots qu’un cadre touche sont retenus en entier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot tell what the page&apos;s redactions withhold from publications</source>
        <translation>Impossible de savoir ce que les caviardages de la page retiennent des publications</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Under a proposed redaction: published until the redaction is accepted</source>
        <translation>Sous un caviardage proposé&#xa0;: publié tant que le caviardage n’est pas accepté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under a redaction left visible: published</source>
        <translation>Sous un caviardage laissé visible&#xa0;: publié</translation>
    </message>
    <message>
        <location filename="../../app/ui/window/welcome.py" line="+12"/>
        <source>Welcome to Redline. The Library tab lists the documents (Enter opens one). Dashed boxes are the detector&apos;s proposals: N steps to the next, A accepts it, R rejects it. F1 opens the guide; Ctrl+/ lists every key.</source>
        <translation>Bienvenue dans Redline. L’onglet Bibliothèque liste les documents (Entrée en ouvre un). Les cadres en tirets sont les propositions de la détection : N passe à la suivante, A l’accepte, R la rejette. F1 ouvre le guide ; Ctrl+/ liste toutes les touches.</translation>
    </message>
</context>
</TS>

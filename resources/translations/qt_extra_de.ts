<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Qt's catalogue for this language (qtbase_de_DE.qm, loaded beside
     Redline's) leaves in English: the file dialog's labels and its file types. Loaded by
     app.ui.base.language.install after qtbase_de_DE; built by `make translations`. -->
<TS version="2.1" language="de_DE">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>%1 File</source>
        <translation>%1-Datei</translation>
    </message>
</context>
</TS>

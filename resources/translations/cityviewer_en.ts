<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English: only the plural forms of the texts written with %n (Qt asks for them, even in the source language).
     Compiled into cityviewer_en.qm by pyside6-lrelease; tests/gui/test_translations.py checks the two agree. -->
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message numerus="yes">
        <source>%n cities</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provinces</source>
        <translation>
            <numerusform>%n province</numerusform>
            <numerusform>%n provinces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln city</numerusform>
            <numerusform>%Ln cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provinces</source>
        <translation>
            <numerusform>%Ln province</numerusform>
            <numerusform>%Ln provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cities} and %Ln provinces</source>
        <translation>
            <numerusform>{cities} and %Ln province</numerusform>
            <numerusform>{cities} and %Ln provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source article&apos;s %n</source>
        <translation>
            <numerusform>The source article&apos;s %n</numerusform>
            <numerusform>The source article&apos;s %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n cities of the source article “{title}”</source>
        <translation>
            <numerusform>The %n city of the source article “{title}”</numerusform>
            <numerusform>The %n cities of the source article “{title}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message numerus="yes">
        <source>%n places are listed; a handout takes at most {most}: narrow the list first.</source>
        <translation>
            <numerusform>%n place is listed; a handout takes at most {most}: narrow the list first.</numerusform>
            <numerusform>%n places are listed; a handout takes at most {most}: narrow the list first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file} (%n pages).</source>
        <translation>
            <numerusform>Wrote {file} (%n page).</numerusform>
            <numerusform>Wrote {file} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingList</name>
    <message numerus="yes">
        <source>You already have a different note on %n entries in this reading list.</source>
        <translation>
            <numerusform>You already have a different note on %n entry in this reading list.</numerusform>
            <numerusform>You already have a different note on %n entries in this reading list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingListCommands</name>
    <message numerus="yes">
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>Exported %n entry to {path}.</numerusform>
            <numerusform>Exported %n entries to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {name}: %n entries added or updated.</source>
        <translation>
            <numerusform>Imported {name}: %n entry added or updated.</numerusform>
            <numerusform>Imported {name}: %n entries added or updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {name}: %n entries added or updated; {kept} of your own notes kept.</source>
        <translation>
            <numerusform>Imported {name}: %n entry added or updated; {kept} of your own notes kept.</numerusform>
            <numerusform>Imported {name}: %n entries added or updated; {kept} of your own notes kept.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/about.py" line="21"/>
        <source>%n cities</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/compare.py" line="409"/>
        <source>%n cities have a name with “{text}”: choose one from the list.</source>
        <translation>
            <numerusform>%n city has a name with “{text}”: choose one from the list.</numerusform>
            <numerusform>%n cities have a name with “{text}”: choose one from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/compare.py" line="427"/>
        <source>%n cities are listed; the first four are compared. Narrow the list, or remove and add cities here, to compare others.</source>
        <translation>
            <numerusform>%n city is listed; the first four are compared. Narrow the list, or remove and add cities here, to compare others.</numerusform>
            <numerusform>%n cities are listed; the first four are compared. Narrow the list, or remove and add cities here, to compare others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/filterbar.py" line="273"/>
        <location filename="../../src/cityviewer/gui/filterbar.py" line="277"/>
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln city</numerusform>
            <numerusform>%Ln cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/filterbar.py" line="87"/>
        <source>The source article&apos;s %n</source>
        <translation>
            <numerusform>The source article&apos;s %n</numerusform>
            <numerusform>The source article&apos;s %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/filterbar.py" line="94"/>
        <source>The %n cities of the source article “{title}”</source>
        <translation>
            <numerusform>The %n city of the source article “{title}”</numerusform>
            <numerusform>The %n cities of the source article “{title}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutTitle</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="445"/>
        <source>{what}: %n places</source>
        <translation>
            <numerusform>{what}: %n place</numerusform>
            <numerusform>{what}: %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="446"/>
        <source>All %n places</source>
        <translation>
            <numerusform>All %n place</numerusform>
            <numerusform>All %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="446"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="448"/>
        <source>{what}: %n cities</source>
        <translation>
            <numerusform>{what}: %n city</numerusform>
            <numerusform>{what}: %n cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="449"/>
        <source>All %n cities</source>
        <translation>
            <numerusform>All %n city</numerusform>
            <numerusform>All %n cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/printing.py" line="449"/>
        <source>%n cities</source>
        <translation>
            <numerusform>%n city</numerusform>
            <numerusform>%n cities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="234"/>
        <source>%n places are listed; a handout takes at most {most}: narrow the list first.</source>
        <translation>
            <numerusform>%n place is listed; a handout takes at most {most}: narrow the list first.</numerusform>
            <numerusform>%n places are listed; a handout takes at most {most}: narrow the list first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/paper/commands.py" line="283"/>
        <source>Wrote {file} (%n pages).</source>
        <translation>
            <numerusform>Wrote {file} (%n page).</numerusform>
            <numerusform>Wrote {file} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizResultSheet</name>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/quizsheet.py" line="82"/>
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
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="54"/>
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
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="105"/>
        <source>Exported %n entries to {path}.</source>
        <translation>
            <numerusform>Exported %n entry to {path}.</numerusform>
            <numerusform>Exported %n entries to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="141"/>
        <source>Imported {name}: %n entries added or updated.</source>
        <translation>
            <numerusform>Imported {name}: %n entry added or updated.</numerusform>
            <numerusform>Imported {name}: %n entries added or updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cityviewer/gui/study/readinglist.py" line="138"/>
        <source>Imported {name}: %n entries added or updated; {kept} of your own notes kept.</source>
        <translation>
            <numerusform>Imported {name}: %n entry added or updated; {kept} of your own notes kept.</numerusform>
            <numerusform>Imported {name}: %n entries added or updated; {kept} of your own notes kept.</numerusform>
        </translation>
    </message>
</context>
</TS>

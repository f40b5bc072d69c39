<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DecoderView</name>
    <message numerus="yes">
        <source>Decoding… %n finding(s) so far.</source>
        <translation>
            <numerusform>Decoding… %n finding so far.</numerusform>
            <numerusform>Decoding… %n findings so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <extracomment>Status bar: how many codes the list shows</extracomment>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the team notes: %1</source>
        <extracomment>Status bar, when team overlay files have problems: %1 is the first problem</extracomment>
        <translation>
            <numerusform>%n problem in the team notes: %1</numerusform>
            <numerusform>%n problems in the team notes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceReport</name>
    <message numerus="yes">
        <source>retry after %n second(s)</source>
        <translation>
            <numerusform>retry after %n second</numerusform>
            <numerusform>retry after %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as inconsistent or malformed.</source>
        <translation>
            <numerusform>%n flagged as inconsistent or malformed.</numerusform>
            <numerusform>%n flagged as inconsistent or malformed.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Inroad</name>
    <message numerus="yes">
        <source>%n broken link(s) between records</source>
        <translation>
            <numerusform>%n broken link between records</numerusform>
            <numerusform>%n broken links between records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n people</source>
        <translation>
            <numerusform>Wrote %n person</numerusform>
            <numerusform>Wrote %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n organizations</source>
        <translation>
            <numerusform>, %n organization</numerusform>
            <numerusform>, %n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n career fields</source>
        <translation>
            <numerusform>, %n career field</numerusform>
            <numerusform>, %n career fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n interviews</source>
        <translation>
            <numerusform>, %n interview</numerusform>
            <numerusform>, %n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n referrals</source>
        <translation>
            <numerusform>, %n referral</numerusform>
            <numerusform>, %n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n outreach attempts</source>
        <translation>
            <numerusform>, %n outreach attempt</numerusform>
            <numerusform>, %n outreach attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n notes</source>
        <translation>
            <numerusform>, %n note</numerusform>
            <numerusform>, %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n follow-ups</source>
        <translation>
            <numerusform> and %n follow-up</numerusform>
            <numerusform> and %n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::Database</name>
    <message numerus="yes">
        <source>not an SQLite database (%n byte(s))</source>
        <translation>
            <numerusform>not an SQLite database (%n byte)</numerusform>
            <numerusform>not an SQLite database (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite database, %n byte(s)</source>
        <translation>
            <numerusform>SQLite database, %n byte</numerusform>
            <numerusform>SQLite database, %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::OrganizationForm</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::OrganizationsView</name>
    <message numerus="yes">
        <source>%n organizations</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organizations shown</source>
        <translation>
            <numerusform>%1 of %n organization shown</numerusform>
            <numerusform>%1 of %n organizations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::PeopleView</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people shown</source>
        <translation>
            <numerusform>%1 of %n person shown</numerusform>
            <numerusform>%1 of %n people shown</numerusform>
        </translation>
    </message>
</context>
</TS>

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
    <message numerus="yes">
        <source>Wrote %n events</source>
        <translation>
            <numerusform>Wrote %n event</numerusform>
            <numerusform>Wrote %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n to-dos</source>
        <translation>
            <numerusform> and %n to-do</numerusform>
            <numerusform> and %n to-dos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drew %n people</source>
        <translation>
            <numerusform>Drew %n person</numerusform>
            <numerusform>Drew %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n referrals</source>
        <translation>
            <numerusform> and %n referral</numerusform>
            <numerusform> and %n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrals</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the question bank (%n questions)</source>
        <translation>
            <numerusform>Wrote the question bank (%n question)</numerusform>
            <numerusform>Wrote the question bank (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n categories</source>
        <translation>
            <numerusform>in %n category</numerusform>
            <numerusform>in %n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would restore %n record(s) from “%1” into “%2”, which holds nothing yet.</source>
        <translation>
            <numerusform>Would restore %n record from “%1” into “%2”, which holds nothing yet.</numerusform>
            <numerusform>Would restore %n records from “%1” into “%2”, which holds nothing yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n record(s) from “%1” into “%2”.</source>
        <translation>
            <numerusform>Restored %n record from “%1” into “%2”.</numerusform>
            <numerusform>Restored %n records from “%1” into “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicate left out</numerusform>
            <numerusform>%n duplicates left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organization(s).</source>
        <translation>
            <numerusform>%n new organization.</numerusform>
            <numerusform>%n new organizations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the whole workspace (%n people) to “%1”.</source>
        <translation>
            <numerusform>Wrote the whole workspace (%n person) to “%1”.</numerusform>
            <numerusform>Wrote the whole workspace (%n people) to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n people to “%1”.</source>
        <translation>
            <numerusform>Wrote %n person to “%1”.</numerusform>
            <numerusform>Wrote %n people to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::Agenda</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply from %1 for %n days</source>
        <translation>
            <numerusform>No reply from %1 for %n day</numerusform>
            <numerusform>No reply from %1 for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::AgendaModel</name>
    <message numerus="yes">
        <source>in %n days, %1</source>
        <translation>
            <numerusform>in %n day, %1</numerusform>
            <numerusform>in %n days, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met %n days ago</source>
        <translation>
            <numerusform>met %n day ago</numerusform>
            <numerusform>met %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, next %n days (%2)</source>
        <translation>
            <numerusform>%1, next %n day (%2)</numerusform>
            <numerusform>%1, next %n days (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::AnswerComparison</name>
    <message numerus="yes">
        <source>%n interviews</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::AnswerComparisonPage</name>
    <message numerus="yes">
        <source>The %n chosen interviews</source>
        <translation>
            <numerusform>The %n chosen interview</numerusform>
            <numerusform>The %n chosen interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen interviews</source>
        <translation>
            <numerusform>%n chosen interview</numerusform>
            <numerusform>%n chosen interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n interviews have an answer. Scroll sideways to read them all; Export saves them as one document.</source>
        <translation>
            <numerusform>%1 of %n interview has an answer. Scroll sideways to read them all; Export saves them as one document.</numerusform>
            <numerusform>%1 of %n interviews have an answer. Scroll sideways to read them all; Export saves them as one document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::CommandLine</name>
    <message numerus="yes">
        <source>Wrote %n interview(s) to %1</source>
        <translation>
            <numerusform>Wrote %n interview to %1</numerusform>
            <numerusform>Wrote %n interviews to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::ContactImport</name>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Import %n contact</numerusform>
            <numerusform>Import %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::ContactImportDialog</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizations</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviews</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organization(s)</source>
        <translation>
            <numerusform>%n new organization</numerusform>
            <numerusform>%n new organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Contact(s)</source>
        <translation>
            <numerusform>&amp;Import %n Contact</numerusform>
            <numerusform>&amp;Import %n Contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::ContactReaders</name>
    <message numerus="yes">
        <source>%1, %2, %n contact(s)</source>
        <translation>
            <numerusform>%1, %2, %n contact</numerusform>
            <numerusform>%1, %2, %n contacts</numerusform>
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
    <name>Inroad::InterviewDocuments</name>
    <message numerus="yes">
        <source>Prepared on %1 · %n interview(s)</source>
        <translation>
            <numerusform>Prepared on %1 · %n interview</numerusform>
            <numerusform>Prepared on %1 · %n interviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::InterviewQuestionModel</name>
    <message numerus="yes">
        <source>Add %n questions</source>
        <translation>
            <numerusform>Add %n question</numerusform>
            <numerusform>Add %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n questions</source>
        <translation>
            <numerusform>Move %n question</numerusform>
            <numerusform>Move %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n questions</source>
        <translation>
            <numerusform>Copy %n question</numerusform>
            <numerusform>Copy %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n questions</source>
        <translation>
            <numerusform>Remove %n question</numerusform>
            <numerusform>Remove %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::InterviewQuestionsEditor</name>
    <message numerus="yes">
        <source>%1 (%n questions)</source>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::InterviewTimer</name>
    <message numerus="yes">
        <source>%1 — %n minutes agreed</source>
        <translation>
            <numerusform>%1 — %n minute agreed</numerusform>
            <numerusform>%1 — %n minutes agreed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::InterviewsView</name>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n interview(s) shown</source>
        <translation>
            <numerusform>%1 of %n interview shown</numerusform>
            <numerusform>%1 of %n interviews shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::MainWindow</name>
    <message numerus="yes">
        <source>%1, %n due</source>
        <translation>
            <numerusform>%1, %n due</numerusform>
            <numerusform>%1, %n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n calendar entries to %1</source>
        <translation>
            <numerusform>Saved %n calendar entry to %1</numerusform>
            <numerusform>Saved %n calendar entries to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saves your %n people for an address book or a spreadsheet, or everything in this workspace for moving it to another computer.</source>
        <translation>
            <numerusform>Saves your %n person for an address book or a spreadsheet, or everything in this workspace for moving it to another computer.</numerusform>
            <numerusform>Saves your %n people for an address book or a spreadsheet, or everything in this workspace for moving it to another computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::MergePeopleCommand</name>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n people</source>
        <translation>
            <numerusform>Merge %n person</numerusform>
            <numerusform>Merge %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::MergePeopleDialog</name>
    <message numerus="yes">
        <source>%1 #%2 (%n interview(s))</source>
        <translation>
            <numerusform>%1 #%2 (%n interview)</numerusform>
            <numerusform>%1 #%2 (%n interviews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::NotesView</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s) shown</source>
        <translation>
            <numerusform>%1 of %n note shown</numerusform>
            <numerusform>%1 of %n notes shown</numerusform>
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
    <name>Inroad::PacketDialog</name>
    <message numerus="yes">
        <source>%n interview(s) in the packet.</source>
        <translation>
            <numerusform>%n interview in the packet.</numerusform>
            <numerusform>%n interviews in the packet.</numerusform>
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
<context>
    <name>Inroad::QuestionBankPage</name>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire %n Questions</source>
        <translation>
            <numerusform>Retire %n Question</numerusform>
            <numerusform>Retire %n Questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Questions</source>
        <translation>
            <numerusform>Delete %n Question</numerusform>
            <numerusform>Delete %n Questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put Back %n Questions</source>
        <translation>
            <numerusform>Put Back %n Question</numerusform>
            <numerusform>Put Back %n Questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::QuestionSetsPage</name>
    <message numerus="yes">
        <source>%n questions, about %1 minutes</source>
        <translation>
            <numerusform>%n question, about %1 minutes</numerusform>
            <numerusform>%n questions, about %1 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::ReferralGraphScene</name>
    <message numerus="yes">
        <source>Not introduced yet (%n)</source>
        <translation>
            <numerusform>Not introduced yet (%n)</numerusform>
            <numerusform>Not introduced yet (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::ReferralGraphView</name>
    <message numerus="yes">
        <source>%1 of %n people shown</source>
        <translation>
            <numerusform>%1 of %n person shown</numerusform>
            <numerusform>%1 of %n people shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referrals</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named “%1”</source>
        <translation>
            <numerusform>%n named “%1”</numerusform>
            <numerusform>%n named “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::SearchDialog</name>
    <message numerus="yes">
        <source>The first %n results; add words to narrow them.</source>
        <translation>
            <numerusform>The first result; add words to narrow it.</numerusform>
            <numerusform>The first %n results; add words to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::StatisticsArea</name>
    <message numerus="yes">
        <source>%n interview(s) done</source>
        <translation>
            <numerusform>%n interview done</numerusform>
            <numerusform>%n interviews done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::StatisticsView</name>
    <message numerus="yes">
        <source>Charts of your progress appear here once you have an interview on the calendar. Pick someone from your %n people and ask for 20 to 30 minutes to learn about their work.</source>
        <translation>
            <numerusform>Charts of your progress appear here once you have an interview on the calendar. Pick the person in your notebook and ask for 20 to 30 minutes to learn about their work.</numerusform>
            <numerusform>Charts of your progress appear here once you have an interview on the calendar. Pick someone from your %n people and ask for 20 to 30 minutes to learn about their work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still scheduled</source>
        <translation>
            <numerusform>%n still scheduled</numerusform>
            <numerusform>%n still scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done interviews</source>
        <translation>
            <numerusform>%1 of %n done interview</numerusform>
            <numerusform>%1 of %n done interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not contacted yet</source>
        <translation>
            <numerusform>%n not contacted yet</numerusform>
            <numerusform>%n not contacted yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inroad::TodayView</name>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviews in the next %1 days</source>
        <translation>
            <numerusform>%n interview in the next %1 days</numerusform>
            <numerusform>%n interviews in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n shown)</source>
        <translation>
            <numerusform>%1 (%2 of %n shown)</numerusform>
            <numerusform>%1 (%2 of %n shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No follow-ups are due and no interviews are coming up in the next %n days. A good moment to reach out to someone new, or to plan a check-in with a person you have met (%1).</source>
        <translation>
            <numerusform>No follow-ups are due and no interviews are coming up tomorrow. A good moment to reach out to someone new, or to plan a check-in with a person you have met (%1).</numerusform>
            <numerusform>No follow-ups are due and no interviews are coming up in the next %n days. A good moment to reach out to someone new, or to plan a check-in with a person you have met (%1).</numerusform>
        </translation>
    </message>
</context>
</TS>

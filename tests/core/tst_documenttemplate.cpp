#include "documenttemplate.h"

#include <QDate>
#include <QTest>

using namespace Inroad;

Q_DECLARE_METATYPE(Inroad::TemplateEscaping)

namespace {

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QVariantMap map(std::initializer_list<std::pair<const char *, QVariant>> entries)
{
    QVariantMap result;
    for (const auto &entry : entries)
        result.insert(str(entry.first), entry.second);
    return result;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(str(item));
    return result;
}

// One context for every rendering row, shaped like what the document providers pass.
QVariantMap sampleData()
{
    const QVariantList questions{
        map({{"text", str("Why?")}, {"answers", QVariantList{str("x"), str("y")}}}),
        map({{"text", str("How?")}, {"answers", QVariantList{}}}),
    };
    return map({
        {"name", str("Ada")},
        {"text", str("TOP")},
        {"company", str("Acme")},
        {"person", map({{"name", str("Ada Lovelace")},
                        {"salutation", str("Dear Ada")},
                        {"address", map({{"city", str("London")}})}})},
        {"questions", questions},
        {"items", QVariantList{map({{"name", str("a")}}), map({{"name", str("b")}}), map({{"name", str("c")}})}},
        {"tags", list({"a", "b"})},
        {"none", QVariantList{}},
        {"yes", true},
        {"no", false},
        {"empty", QString()},
        {"null", QVariant()},
        {"count", 3},
        {"date", QDate(2026, 3, 14)},
        {"html", str("<b>bold</b>")},
        {"danger", str("<script>&\"'")},
        {"lines", str("one\ntwo\r\nthree")},
    });
}

// @p depth sections, each opened and closed on its own line, around one value.
QString nested(int depth)
{
    QString text;
    for (int i = 0; i < depth; ++i)
        text += QStringLiteral("{{#yes}}\n");
    text += QStringLiteral("{{name}}\n");
    for (int i = 0; i < depth; ++i)
        text += QStringLiteral("{{/yes}}\n");
    return text;
}

} // namespace

class TestDocumentTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<TemplateEscaping>("escaping");
        QTest::addColumn<QString>("expected");
        const auto html = TemplateEscaping::Html;
        const auto plain = TemplateEscaping::PlainText;

        QTest::newRow("plain value") << str("Hello {{name}}!") << html << str("Hello Ada!");
        QTest::newRow("spaces inside braces") << str("Hello {{  name }}!") << html << str("Hello Ada!");
        QTest::newRow("no tags") << str("Just text, { and } and }}.") << html << str("Just text, { and } and }}.");
        QTest::newRow("dotted paths") << str("{{person.salutation}}, of {{ person.address.city }}") << html
                                      << str("Dear Ada, of London");
        QTest::newRow("number and date") << str("{{count}} on {{date}}") << html << str("3 on 2026-03-14");
        QTest::newRow("empty value") << str("[{{empty}}][{{null}}]") << html << str("[][]");
        QTest::newRow("html escaping") << str("{{danger}}") << html << str("&lt;script&gt;&amp;&quot;'");
        QTest::newRow("html line breaks") << str("{{lines}}") << html << str("one<br>two<br>three");
        QTest::newRow("plain text not escaped") << str("{{danger}}|{{lines}}") << plain
                                                << str("<script>&\"'|one\ntwo\r\nthree");
        QTest::newRow("template text itself not escaped") << str("<p>&amp; {{name}}</p>") << html
                                                          << str("<p>&amp; Ada</p>");
        QTest::newRow("triple mustache") << str("{{{html}}} {{{ danger }}}") << html
                                         << str("<b>bold</b> <script>&\"'");
        QTest::newRow("ampersand") << str("{{& html}}|{{html}}") << html << str("<b>bold</b>|&lt;b&gt;bold&lt;/b&gt;");

        QTest::newRow("list with @index @first @last")
            << str("{{#items}}{{@index}}. {{name}}{{#@first}} (first){{/@first}}{{#@last}} (last){{/@last}}\n{{/items}}")
            << html << str("1. a (first)\n2. b\n3. c (last)\n");
        QTest::newRow("@first as a value") << str("{{#tags}}{{@first}}/{{@last}} {{/tags}}") << html
                                           << str("true/false false/true ");
        QTest::newRow("inverted @last as separator") << str("{{#tags}}{{.}}{{^@last}}, {{/@last}}{{/tags}}") << html
                                                     << str("a, b");
        QTest::newRow("list of scalars") << str("{{#tags}}[{{.}}]{{/tags}}") << html << str("[a][b]");
        QTest::newRow("nested lists, inner @index")
            << str("{{#questions}}{{@index}} {{text}}:{{#answers}} {{@index}}={{.}}{{/answers}};{{/questions}}") << html
            << str("1 Why?: 1=x 2=y;2 How?:;");
        QTest::newRow("outer name inside a list item") << str("{{#questions}}{{company}}/{{text}} {{/questions}}")
                                                       << html << str("Acme/Why? Acme/How? ");
        QTest::newRow("item name shadows outer") << str("{{text}}|{{#questions}}{{text}}|{{/questions}}") << html
                                                 << str("TOP|Why?|How?|");
        QTest::newRow("outer dotted name inside item") << str("{{#questions}}{{person.name}};{{/questions}}") << html
                                                       << str("Ada Lovelace;Ada Lovelace;");
        QTest::newRow("empty list renders nothing") << str("[{{#none}}x{{/none}}]") << html << str("[]");
        QTest::newRow("bool sections") << str("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}") << html << str("Y");
        QTest::newRow("map section") << str("{{#person}}{{name}} ({{company}}, {{address.city}}){{/person}}") << html
                                     << str("Ada Lovelace (Acme, London)");
        QTest::newRow("string section") << str("{{#company}}at {{.}}{{/company}}{{#empty}}never{{/empty}}") << html
                                        << str("at Acme");
        QTest::newRow("null section") << str("[{{#null}}never{{/null}}]") << html << str("[]");
        QTest::newRow("inverted sections")
            << str("{{^none}}no items{{/none}}{{^no}}, false{{/no}}{{^empty}}, empty{{/empty}}{{^null}}, null{{/null}}"
                   "{{^yes}}X{{/yes}}{{^questions}}X{{/questions}}{{^company}}X{{/company}}{{^person}}X{{/person}}")
            << html << str("no items, false, empty, null");

        QTest::newRow("standalone lines removed") << str("Dear {{name}},\n"
                                                         "{{#questions}}\n"
                                                         "- {{text}}\n"
                                                         "{{/questions}}\n"
                                                         "{{^none}}\n"
                                                         "No list.\n"
                                                         "{{/none}}\n"
                                                         "{{! the signature follows }}\n"
                                                         "Bye\n")
                                                  << plain << str("Dear Ada,\n- Why?\n- How?\nNo list.\nBye\n");
        QTest::newRow("standalone with blanks and CRLF") << str("  {{#yes}}  \r\nA\r\n\t{{/yes}}\r\nB") << plain
                                                         << str("A\r\nB");
        QTest::newRow("standalone at the end, no line break") << str("A\n{{#yes}}\nB\n{{/yes}}") << plain
                                                              << str("A\nB\n");
        QTest::newRow("standalone first line") << str("{{#yes}}\nA\n{{/yes}}\n") << plain << str("A\n");
        QTest::newRow("not standalone beside text") << str("x {{#yes}}y{{/yes}}\n{{#yes}}z\n{{/yes}} w\n") << plain
                                                    << str("x y\nz\n w\n");
        QTest::newRow("value tag line is kept") << str("A\n{{empty}}\nB") << plain << str("A\n\nB");
        QTest::newRow("two section tags on a line are kept") << str("A\n{{#yes}}{{/yes}}\nB") << plain
                                                             << str("A\n\nB");
        QTest::newRow("inline comment") << str("a{{! note }}b{{!}}c") << html << str("abc");
        QTest::newRow("comment over several lines") << str("A\n{{! several\nlines {{ here\n}}\nB\n") << plain
                                                    << str("A\nB\n");
        QTest::newRow("32 nested sections") << nested(32) << plain << str("Ada\n");
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(TemplateEscaping, escaping);
        QFETCH(QString, expected);

        DocumentTemplate parsed;
        TemplateError error;
        QVERIFY2(parsed.parse(text, &error), qPrintable(error.toString()));
        QVERIFY(error.isNull());
        const QString rendered = parsed.render(sampleData(), escaping, &error);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(rendered, expected);
        QVERIFY(!rendered.isNull());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("name");

        QTest::newRow("unclosed tag") << str("Hello\n  {{name") << str("unclosed tag") << 2 << 3 << QString();
        QTest::newRow("unclosed triple") << str("{{{html}}") << str("unclosed tag") << 1 << 1 << QString();
        QTest::newRow("unclosed after good tags") << str("{{a}} {{b}}\n{{c}\n") << str("unclosed tag") << 2 << 1
                                                  << QString();
        QTest::newRow("never closed, at its opening line")
            << str("Dear {{name}},\n\n  {{#questions}}\n- {{text}}\n") << str("section “questions” is never closed")
            << 3 << 3 << str("questions");
        QTest::newRow("inner never closed") << str("{{#a}}\n{{#b}}\n{{/b}}\n  {{#c}}x\n{{/a}}\n")
                                            << str("“/a” closes nothing; “c” is open") << 5 << 1 << str("a");
        QTest::newRow("mismatched close") << str("{{#questions}}x{{/person}}")
                                          << str("“/person” closes nothing; “questions” is open") << 1 << 16
                                          << str("person");
        QTest::newRow("stray close") << str("text\nmore {{/person}}") << str("“/person” closes nothing") << 2 << 6
                                     << str("person");
        QTest::newRow("stray close after a closed section") << str("{{#yes}}{{/yes}}{{/yes}}")
                                                            << str("“/yes” closes nothing") << 1 << 17 << str("yes");
        QTest::newRow("empty tag") << str("a {{}} b") << str("empty tag") << 1 << 3 << QString();
        QTest::newRow("blank tag") << str("a\n\t{{  }}") << str("empty tag") << 2 << 2 << QString();
        QTest::newRow("section without a name") << str("{{# }}{{/}}") << str("empty tag") << 1 << 1 << QString();
        QTest::newRow("empty triple") << str("x{{{}}}") << str("empty tag") << 1 << 2 << QString();
        QTest::newRow("bad name with a space") << str("x\n\n  {{ person name }}")
                                               << str("“person name” is not a valid name") << 3 << 3
                                               << str("person name");
        QTest::newRow("bad name with a symbol") << str("{{ok}} {{na$me}}") << str("“na$me” is not a valid name") << 1
                                                << 8 << str("na$me");
        QTest::newRow("empty part of a dotted name") << str("{{a..b}}") << str("not a valid name") << 1 << 1
                                                     << str("a..b");
        QTest::newRow("trailing dot") << str("{{#person.}}{{/person.}}") << str("not a valid name") << 1 << 1
                                      << str("person.");
        QTest::newRow("partials are not supported") << str("{{> footer}}") << str("“> footer” is not a valid name")
                                                    << 1 << 1 << str("> footer");
        QTest::newRow("too deep") << nested(33) << str("nested more than 32 deep") << 33 << 1 << str("yes");
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, name);

        DocumentTemplate parsed;
        QVERIFY(parsed.parse(str("{{name}}")));
        QVERIFY(!parsed.isEmpty());
        TemplateError error;
        QVERIFY(!parsed.parse(text, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(error.name, name);
        QVERIFY(!error.isNull());
        // A failed parse leaves the template empty, not holding the previous one.
        QVERIFY(parsed.isEmpty());
        QVERIFY(parsed.names().isEmpty());
        QCOMPARE(parsed.render(sampleData(), TemplateEscaping::PlainText), QString());

        TemplateError convenience;
        QVERIFY(renderTemplate(text, sampleData(), TemplateEscaping::Html, &convenience).isNull());
        QCOMPARE(convenience.toString(), error.toString());
    }

    void renderErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("name");

        QTest::newRow("misspelt dotted name") << str("Hello {{person.nam}}")
                                              << str("unknown placeholder “person.nam”") << 1 << 7 << str("person.nam");
        QTest::newRow("unknown inside a list") << str("{{#questions}}\n  {{txt}}\n{{/questions}}")
                                               << str("unknown placeholder “txt”") << 2 << 3 << str("txt");
        QTest::newRow("unknown raw value") << str("a\nb {{{raw}}}") << str("unknown placeholder “raw”") << 2 << 3
                                           << str("raw");
        QTest::newRow("unknown section") << str("a\n{{#missing}}x{{/missing}}") << str("unknown section “missing”")
                                         << 2 << 1 << str("missing");
        QTest::newRow("unknown inverted section") << str("{{^missing}}x{{/missing}}")
                                                  << str("unknown section “missing”") << 1 << 1 << str("missing");
        QTest::newRow("@index outside a list") << str("{{#person}}{{@index}}{{/person}}")
                                               << str("unknown placeholder “@index”") << 1 << 12 << str("@index");
        QTest::newRow("dotted name missing inside a map") << str("{{#person}}{{address.name}}{{/person}}")
                                                                  << str("unknown placeholder “address.name”") << 1
                                                                  << 12 << str("address.name");
        QTest::newRow("path through a text value") << str("{{name.first}}") << str("unknown placeholder") << 1 << 1
                                                   << str("name.first");
        QTest::newRow("item names are gone after the section")
            << str("{{#questions}}{{/questions}}{{answers}}") << str("unknown placeholder “answers”") << 1 << 29
            << str("answers");
    }

    void renderErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, name);

        DocumentTemplate parsed;
        TemplateError error;
        QVERIFY2(parsed.parse(text, &error), qPrintable(error.toString()));
        const QString rendered = parsed.render(sampleData(), TemplateEscaping::Html, &error);
        QVERIFY(rendered.isNull());
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(error.name, name);

        // The next successful render clears the error.
        QVERIFY(parsed.parse(str("ok"), &error));
        QCOMPARE(parsed.render(sampleData(), TemplateEscaping::Html, &error), str("ok"));
        QVERIFY(error.isNull());
    }

    void errorText()
    {
        TemplateError error;
        QVERIFY(error.isNull());
        error.message = str("unknown placeholder “person.nam”");
        QVERIFY(!error.isNull());
        QCOMPARE(error.toString(), str("unknown placeholder “person.nam”"));
        error.line = 3;
        error.column = 5;
        QCOMPARE(error.toString(), str("line 3, column 5: unknown placeholder “person.nam”"));

        QVERIFY(renderTemplate(str("\n\n  \t{{person.nam}}"), sampleData(), TemplateEscaping::Html, &error).isNull());
        QCOMPARE(error.toString(), str("line 3, column 4: unknown placeholder “person.nam”"));
    }

    void emptyTemplate()
    {
        DocumentTemplate never;
        QVERIFY(never.isEmpty());
        QVERIFY(never.names().isEmpty());
        const QString rendered = never.render(sampleData(), TemplateEscaping::Html);
        QVERIFY(rendered.isEmpty());
        QVERIFY(!rendered.isNull());

        DocumentTemplate blank;
        QVERIFY(blank.parse(QString()));
        QVERIFY(blank.isEmpty());
        QVERIFY(!blank.render({}, TemplateEscaping::Html).isNull());

        // Only empty values: still a successful, non-null result.
        TemplateError error;
        const QString empty = renderTemplate(str("{{empty}}{{#no}}x{{/no}}"), sampleData(), TemplateEscaping::Html, &error);
        QVERIFY(error.isNull());
        QVERIFY(empty.isEmpty());
        QVERIFY(!empty.isNull());
    }

    void copiesShareTheParsedTemplate()
    {
        DocumentTemplate first;
        QVERIFY(first.parse(str("{{name}}")));
        const DocumentTemplate copy = first;
        QVERIFY(first.parse(str("{{company}}")));
        QCOMPARE(copy.render(sampleData(), TemplateEscaping::Html), str("Ada"));
        QCOMPARE(first.render(sampleData(), TemplateEscaping::Html), str("Acme"));
    }

    void names_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");

        QTest::newRow("none") << str("plain text{{! and a comment }}") << QStringList();
        QTest::newRow("order of first use, distinct")
            << str("{{#questions}}{{text}} {{company}}{{/questions}}{{company}}{{ person.name }}{{{html}}}{{& text}}")
            << list({"questions", "text", "company", "person.name", "html"});
        QTest::newRow("synthetic names left out") << str("{{#tags}}{{.}}{{@index}}{{#@first}}{{/@first}}{{/tags}}")
                                                  << list({"tags"});
        QTest::newRow("inverted sections count") << str("{{^none}}{{empty}}{{/none}}") << list({"none", "empty"});
    }

    void names()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        DocumentTemplate parsed;
        QVERIFY(parsed.parse(text));
        QCOMPARE(parsed.names(), names);
    }

    void unknownNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QStringList>("unknown");

        QTest::newRow("all known") << str("{{name}} {{company}}") << list({"name", "company", "extra"}) << QStringList();
        QTest::newRow("section-relative names")
            << str("{{#questions}}{{text}}{{company}}{{txt}}{{/questions}}{{text}}")
            << list({"questions", "questions.text", "company"}) << list({"txt", "text"});
        QTest::newRow("section known from a name inside it")
            << str("{{#person}}{{name}}{{/person}}{{person.name}}{{person.nam}}{{#persons}}{{/persons}}")
            << list({"person.name"}) << list({"person.nam", "persons"});
        QTest::newRow("nested sections") << str("{{#questions}}{{#answers}}{{label}}{{text}}{{/answers}}{{/questions}}")
                                         << list({"questions.answers.label", "questions.text"}) << QStringList();
        QTest::newRow("inner section alone") << str("{{#questions}}{{#answers}}{{label}}{{/answers}}{{/questions}}")
                                             << list({"questions", "answers.label"}) << QStringList();
        QTest::newRow("inverted section puts nothing on the stack") << str("{{^questions}}{{text}}{{/questions}}")
                                                                    << list({"questions.text"}) << list({"text"});
        QTest::newRow("synthetic names are always known") << str("{{#tags}}{{.}}{{@index}}{{@last}}{{/tags}}")
                                                          << list({"tags"}) << QStringList();
        QTest::newRow("nothing known") << str("{{a}}{{#b}}{{c}}{{a}}{{/b}}") << QStringList() << list({"a", "b", "c"});
    }

    void unknownNames()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, known);
        QFETCH(QStringList, unknown);
        DocumentTemplate parsed;
        QVERIFY(parsed.parse(text));
        QCOMPARE(parsed.unknownNames(known), unknown);
    }

    // Timing is measured in bench/, not here: these check the output of large inputs only.
    void hundredItemsWithNestedLists()
    {
        QVariantList questions;
        for (int i = 0; i < 100; ++i) {
            QVariantList answers;
            for (int j = 0; j < 5; ++j)
                answers.append(map({{"label", QString::number(j)}, {"note", str("a <note>\nover lines")}}));
            questions.append(map({{"text", str("Question %1").arg(i)}, {"answers", answers}}));
        }
        const QVariantMap data = map({{"title", str("Interview")}, {"questions", questions}});
        DocumentTemplate parsed;
        QVERIFY(parsed.parse(str("<h1>{{title}}</h1>\n"
                                 "{{#questions}}\n"
                                 "<h2>{{@index}}. {{text}}</h2>\n"
                                 "{{#answers}}\n"
                                 "<p>{{title}} {{label}}{{^@last}},{{/@last}} {{note}}</p>\n"
                                 "{{/answers}}\n"
                                 "{{/questions}}\n")));
        const QString out = parsed.render(data, TemplateEscaping::Html);
        QCOMPARE(out.count(str("<h2>")), 100);
        QCOMPARE(out.count(str("<p>Interview ")), 500);
        QVERIFY(out.contains(str("<h2>100. Question 99</h2>\n<p>Interview 0, a &lt;note&gt;<br>over lines</p>\n")));
    }

    void largeInputs()
    {
        // Many tags on one very long line, many lines, and a long run of braces that never closes.
        const QString oneLine = str(" {{#yes}} {{name}} {{/yes}}{{! c }}").repeated(50000);
        const QString manyLines = str("  {{#yes}}  \n{{name}}\n  {{/yes}}\n").repeated(50000);
        const QString braces = QString(500000, QLatin1Char('{'));
        DocumentTemplate parsed;
        QVERIFY(parsed.parse(oneLine));
        QCOMPARE(parsed.render(sampleData(), TemplateEscaping::PlainText).size(), 50000 * 6);
        QVERIFY(parsed.parse(manyLines));
        QCOMPARE(parsed.render(sampleData(), TemplateEscaping::PlainText), str("Ada\n").repeated(50000));
        TemplateError error;
        QVERIFY(!parsed.parse(braces, &error));
        QVERIFY(error.message.contains(str("unclosed tag")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentTemplate)
#include "tst_documenttemplate.moc"

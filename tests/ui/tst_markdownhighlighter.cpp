#include "highlighting.h"
#include "markdownhighlighter.h"

#include <QGuiApplication>
#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

using namespace Inroad;

namespace {

/// A document laid out as in the notes editor: a document without a layout tells no one of its changes,
/// so a highlighter would not see them.
class PlainDocument : public QTextDocument
{
public:
    PlainDocument() { setDocumentLayout(new QPlainTextDocumentLayout(this)); }
};

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    return palette;
}

/// A dark palette that keeps the light theme's link blue, which is unreadable on dark grey as it is.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0xe0, 0xe0, 0xe0, 0x80));
    return palette;
}

qreal luminance(const QColor &color)
{
    const auto channel = [](qreal value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor foreground(const MarkdownHighlighter &highlighter, MarkdownHighlighter::Format format)
{
    return highlighter.format(format).foreground().color();
}

/// How @p format shows in one letter: '.' plain, H heading, E emphasis, S strong, X strike,
/// M list marker or delimiter, L link text, U link address, C code, Q quote.
QChar letterFor(const MarkdownHighlighter &highlighter, const QTextCharFormat &format)
{
    using F = MarkdownHighlighter;
    if (format.fontFixedPitch())
        return QLatin1Char('C');
    if (format.hasProperty(QTextFormat::ForegroundBrush)) {
        const QColor color = format.foreground().color();
        if (color == foreground(highlighter, F::Heading))
            return QLatin1Char('H');
        if (color == foreground(highlighter, F::Link))
            return format.fontUnderline() ? QLatin1Char('U') : QLatin1Char('L');
        if (color == foreground(highlighter, F::ListMarker))
            return QLatin1Char('M');
        if (color == foreground(highlighter, F::Quote))
            return QLatin1Char('Q');
        return QLatin1Char('?');
    }
    if (format.fontStrikeOut())
        return QLatin1Char('X');
    if (format.fontWeight() >= QFont::Bold)
        return QLatin1Char('S');
    if (format.fontItalic())
        return QLatin1Char('E');
    return QLatin1Char('.');
}

/// One letter (see letterFor()) per character of each block, the blocks joined by '|'.
QString masks(const MarkdownHighlighter &highlighter, const QTextDocument &document)
{
    QStringList blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString letters(block.length() - 1, QLatin1Char('.'));
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            for (int i = range.start; i < range.start + range.length && i < letters.size(); ++i)
                letters[i] = letterFor(highlighter, range.format);
        }
        blocks << letters;
    }
    return blocks.join(QLatin1Char('|'));
}

QTextCharFormat formatAt(const QTextDocument &document, int blockNumber, int position)
{
    const QTextBlock block = document.findBlockByNumber(blockNumber);
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void highlights_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");

        for (int level = 1; level <= 6; ++level) {
            const QString hashes(level, QLatin1Char('#'));
            QTest::addRow("heading %d", level)
                << hashes + QStringLiteral(" Title") << QString(level + 6, QLatin1Char('H'));
        }
        QTest::newRow("hash without space") << QStringLiteral("#no space") << QStringLiteral(".........");
        QTest::newRow("seven hashes") << QStringLiteral("####### x") << QStringLiteral(".........");
        QTest::newRow("setext level 1") << QStringLiteral("Title\n=====") << QStringLiteral("HHHHH|HHHHH");
        QTest::newRow("setext level 2") << QStringLiteral("Title\n---") << QStringLiteral("HHHHH|HHH");
        QTest::newRow("rule after list") << QStringLiteral("- item\n---") << QStringLiteral("M.....|MMM");
        QTest::newRow("rule alone") << QStringLiteral("\n* * *") << QStringLiteral("|MMMMM");

        QTest::newRow("star emphasis") << QStringLiteral("an *em* word") << QStringLiteral("...MEEM.....");
        QTest::newRow("underscore emphasis") << QStringLiteral("an _em_ word") << QStringLiteral("...MEEM.....");
        QTest::newRow("star strong") << QStringLiteral("a **bold** b") << QStringLiteral("..MMSSSSMM..");
        QTest::newRow("underscore strong") << QStringLiteral("__bold__") << QStringLiteral("MMSSSSMM");
        QTest::newRow("strike") << QStringLiteral("~~gone~~") << QStringLiteral("MMXXXXMM");
        QTest::newRow("snake case") << QStringLiteral("snake_case_word") << QStringLiteral("...............");
        QTest::newRow("multiplication") << QStringLiteral("2 * 3 * 4") << QStringLiteral(".........");
        QTest::newRow("escaped stars") << QStringLiteral("\\*not em\\*") << QStringLiteral("..........");

        QTest::newRow("dash item") << QStringLiteral("- item") << QStringLiteral("M.....");
        QTest::newRow("star item") << QStringLiteral("* item") << QStringLiteral("M.....");
        QTest::newRow("plus item") << QStringLiteral("+ item") << QStringLiteral("M.....");
        QTest::newRow("numbered item") << QStringLiteral("1. item") << QStringLiteral("MM.....");
        QTest::newRow("nested item") << QStringLiteral("  - item") << QStringLiteral("..M.....");
        QTest::newRow("open task") << QStringLiteral("- [ ] task") << QStringLiteral("M.MMM.....");
        QTest::newRow("done task") << QStringLiteral("- [x] done") << QStringLiteral("M.MMM.....");
        QTest::newRow("item with emphasis") << QStringLiteral("* *em*") << QStringLiteral("M.MEEM");

        QTest::newRow("link") << QStringLiteral("[Inroad](https://example.org)")
                              << QStringLiteral("MLLLLLLMMUUUUUUUUUUUUUUUUUUUM");
        QTest::newRow("bare address") << QStringLiteral("see https://example.org.")
                                      << QStringLiteral("....UUUUUUUUUUUUUUUUUUU.");
        QTest::newRow("address with underscores")
            << QStringLiteral("https://e.org/a_b_c") << QStringLiteral("UUUUUUUUUUUUUUUUUUU");
        QTest::newRow("autolink") << QStringLiteral("<https://example.org>") << QStringLiteral("MUUUUUUUUUUUUUUUUUUUM");

        QTest::newRow("inline code") << QStringLiteral("run `make`") << QStringLiteral("....CCCCCC");
        QTest::newRow("stars in code") << QStringLiteral("`a*b*c` *d*") << QStringLiteral("CCCCCCC.MEM");
        QTest::newRow("double backticks") << QStringLiteral("``a`b``") << QStringLiteral("CCCCCCC");
        QTest::newRow("unclosed backtick") << QStringLiteral("a `b") << QStringLiteral("....");
        QTest::newRow("fenced code") << QStringLiteral("```\nlet *x* = 1\n# no heading\n```\n*em*")
                                     << QStringLiteral("CCC|CCCCCCCCCCC|CCCCCCCCCCCC|CCC|MEEM");
        QTest::newRow("tilde fence") << QStringLiteral("~~~ sh\nls\n~~~\nafter")
                                     << QStringLiteral("CCCCCC|CC|CCC|.....");
        QTest::newRow("other fence does not close")
            << QStringLiteral("~~~\n```\nstill\n~~~\nout") << QStringLiteral("CCC|CCC|CCCCC|CCC|...");
        QTest::newRow("unclosed fence") << QStringLiteral("```cpp\n# code\n\n- code")
                                        << QStringLiteral("CCCCCC|CCCCCC||CCCCCC");

        QTest::newRow("quote") << QStringLiteral("> quoted") << QStringLiteral("MQQQQQQQ");
        QTest::newRow("nested quote") << QStringLiteral("> > deep") << QStringLiteral("MQMQQQQQ");
        QTest::newRow("plain text") << QStringLiteral("Just words.") << QStringLiteral("...........");
    }

    void highlights()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);

        PlainDocument document;
        MarkdownHighlighter highlighter(&document, lightPalette());
        document.setPlainText(markdown);
        QCOMPARE(masks(highlighter, document), expected);
    }

    void largerHeadingsForLevelsOneAndTwo()
    {
        PlainDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        MarkdownHighlighter highlighter(&document, lightPalette());
        document.setPlainText(QStringLiteral("# One\n## Two\n### Three"));

        const qreal one = formatAt(document, 0, 2).fontPointSize();
        const qreal two = formatAt(document, 1, 3).fontPointSize();
        const QTextCharFormat three = formatAt(document, 2, 4);
        QVERIFY2(one > two, qPrintable(QStringLiteral("%1 <= %2").arg(one).arg(two)));
        QVERIFY(two > 10);
        QVERIFY(!three.hasProperty(QTextFormat::FontPointSize) || three.fontPointSize() == 10);
        QVERIFY(three.fontWeight() >= QFont::Bold);
    }

    void codeIsMonospace()
    {
        PlainDocument document;
        MarkdownHighlighter highlighter(&document, lightPalette());
        QVERIFY(highlighter.format(MarkdownHighlighter::Code).fontFixedPitch());
        QVERIFY(!highlighter.format(MarkdownHighlighter::Code).fontFamilies().toStringList().isEmpty());
        QVERIFY(highlighter.format(MarkdownHighlighter::Quote).fontItalic());
        QVERIFY(!highlighter.format(MarkdownHighlighter::Link).fontUnderline());

        document.setPlainText(QStringLiteral("[a](https://e.org)"));
        QVERIFY(formatAt(document, 0, 5).fontUnderline());
    }

    void editsCarryFenceStateForward()
    {
        PlainDocument document;
        MarkdownHighlighter highlighter(&document, lightPalette());
        document.setPlainText(QStringLiteral("```\ncode\n*em*"));
        QCOMPARE(masks(highlighter, document), QStringLiteral("CCC|CCCC|CCCC"));

        QTextCursor cursor(document.findBlockByNumber(2));
        cursor.insertText(QStringLiteral("```\n"));
        QCOMPARE(masks(highlighter, document), QStringLiteral("CCC|CCCC|CCC|MEEM"));

        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("text"));
        // The former closing fence opens a block now, down to the end.
        QCOMPARE(masks(highlighter, document), QStringLiteral("....|....|CCC|CCCC"));
    }

    void typedSetextUnderlineMakesLineAboveHeading()
    {
        PlainDocument document;
        MarkdownHighlighter highlighter(&document, lightPalette());
        document.setPlainText(QStringLiteral("Title\n"));
        QCOMPARE(masks(highlighter, document), QStringLiteral(".....|"));

        QTextCursor cursor(&document);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("==="));
        QTRY_COMPARE(masks(highlighter, document), QStringLiteral("HHHHH|HHH"));

        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        QTRY_COMPARE(masks(highlighter, document), QStringLiteral(".....|"));
    }

    void colorsFollowThePalette()
    {
        const QPalette light = lightPalette();
        const QPalette dark = darkPalette();
        const MarkdownHighlighter onLight(nullptr, light);
        const MarkdownHighlighter onDark(nullptr, dark);

        QVERIFY(foreground(onLight, MarkdownHighlighter::Link) != foreground(onDark, MarkdownHighlighter::Link));
        QVERIFY(foreground(onLight, MarkdownHighlighter::Heading) != foreground(onDark, MarkdownHighlighter::Heading));

        const struct
        {
            const MarkdownHighlighter &highlighter;
            QColor base;
        } themes[] = {{onLight, light.color(QPalette::Base)}, {onDark, dark.color(QPalette::Base)}};
        for (const auto &theme : themes) {
            for (const auto format :
                 {MarkdownHighlighter::Heading, MarkdownHighlighter::Link, MarkdownHighlighter::Quote}) {
                const qreal ratio = contrast(foreground(theme.highlighter, format), theme.base);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("format %1: contrast %2").arg(format).arg(ratio)));
            }
            const qreal markers = contrast(foreground(theme.highlighter, MarkdownHighlighter::ListMarker), theme.base);
            QVERIFY2(markers >= 3.0, qPrintable(QStringLiteral("markers: contrast %1").arg(markers)));
            QCOMPARE(foreground(theme.highlighter, MarkdownHighlighter::ListMarker).alpha(), 255);
        }
        // A link colour that is readable already is kept as it is.
        QCOMPARE(foreground(onLight, MarkdownHighlighter::Link), light.color(QPalette::Link));
    }

    void setPaletteRehighlights()
    {
        PlainDocument document;
        MarkdownHighlighter highlighter(&document, lightPalette());
        document.setPlainText(QStringLiteral("[a](https://e.org)"));
        const QColor before = formatAt(document, 0, 1).foreground().color();
        QCOMPARE(before, foreground(highlighter, MarkdownHighlighter::Link));

        highlighter.setPalette(darkPalette());
        const QColor after = formatAt(document, 0, 1).foreground().color();
        QVERIFY(after != before);
        QCOMPARE(after, foreground(MarkdownHighlighter(nullptr, darkPalette()), MarkdownHighlighter::Link));
    }

    void updateColorsRereadsTheApplicationPalette()
    {
        const QPalette original = QGuiApplication::palette();
        QGuiApplication::setPalette(lightPalette());
        PlainDocument document;
        MarkdownHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("# Title"));
        const QColor light = formatAt(document, 0, 0).foreground().color();

        QGuiApplication::setPalette(darkPalette());
        highlighter.updateColors();
        const QColor dark = formatAt(document, 0, 0).foreground().color();
        QGuiApplication::setPalette(original);

        QVERIFY(light != dark);
        QCOMPARE(dark, foreground(MarkdownHighlighter(nullptr, darkPalette()), MarkdownHighlighter::Heading));
    }

    void factoryMakesTheBuiltInHighlighter()
    {
        PlainDocument document;
        QSyntaxHighlighter *highlighter = createMarkdownHighlighter(&document, lightPalette());
        QVERIFY(highlighter);
        QCOMPARE(highlighter->document(), &document);
        QCOMPARE(highlighter->parent(), &document);
        if (usesKSyntaxHighlighting()) {
            QVERIFY(!qobject_cast<MarkdownHighlighter *>(highlighter));
            QVERIFY(markdownHighlighterName().startsWith(QStringLiteral("KDE")));
        } else {
            auto *builtIn = qobject_cast<MarkdownHighlighter *>(highlighter);
            QVERIFY(builtIn);
            QCOMPARE(markdownHighlighterName(), QStringLiteral("built-in"));
            QCOMPARE(builtIn->palette().color(QPalette::Link), lightPalette().color(QPalette::Link));
            document.setPlainText(QStringLiteral("**bold**"));
            QCOMPARE(masks(*builtIn, document), QStringLiteral("MMSSSSMM"));
        }
    }
};

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"

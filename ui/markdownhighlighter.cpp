#include "markdownhighlighter.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextDocument>

#include <cmath>

namespace Inroad {

namespace {

// Block states: inside a fenced code block (with the fence's character and length), and whether a
// paragraph line was shown as a setext heading because the next line underlines it.
constexpr int kFenceLengthMask = 0xffff;
constexpr int kInFence = 1 << 16;
constexpr int kTildeFence = 1 << 17;
constexpr int kSetextHeading = 1 << 20;

/// Stands in for characters already taken by code, links and delimiters, so that later patterns
/// neither match them nor read them as white space.
constexpr QChar kTaken(u'\ufffc');

QColor mixed(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

/// @p color as it looks painted over @p background (palettes give placeholder text an alpha).
QColor opaque(const QColor &color, const QColor &background)
{
    QColor solid = color;
    solid.setAlphaF(1.0f);
    return mixed(background, solid, color.alphaF());
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

/// @p color, moved toward @p text until it reaches @p ratio of contrast on @p base: a palette whose
/// link colour was made for a light theme still gives readable links on a dark one.
QColor readable(const QColor &color, const QColor &base, const QColor &text, qreal ratio)
{
    const QColor start = opaque(color, base);
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = mixed(start, text, step / 10.0);
        if (contrast(candidate, base) >= ratio)
            return candidate;
    }
    return text;
}

struct Fence
{
    QChar character;
    int length = 0;
    bool hasInfo = false;
};

/// The fence of a code block that @p text opens or closes, or a Fence of length 0.
Fence fenceOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(`{3,}|~{3,})(.*)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    Fence fence{match.capturedView(1).front(), int(match.capturedLength(1)),
                !match.capturedView(2).trimmed().isEmpty()};
    if (fence.character == QLatin1Char('`') && match.capturedView(2).contains(QLatin1Char('`')))
        return {};
    return fence;
}

const QRegularExpression &quotePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(?: {0,3}>[ \\t]?)+"));
    return pattern;
}

const QRegularExpression &atxPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(#{1,6})(?=[ \\t]|$)"));
    return pattern;
}

const QRegularExpression &listPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[ \\t]*([-*+]|\\d{1,9}[.)])(?=[ \\t]|$)"));
    return pattern;
}

const QRegularExpression &breakPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    return pattern;
}

const QRegularExpression &definitionPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(\\[[^\\]]+\\]:)[ \\t]*(\\S+)"));
    return pattern;
}

/// The heading level that @p text gives the line above it as a setext underline, or 0.
int setextLevel(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(=+|-{2,})[ \\t]*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    return match.capturedView(1).front() == QLatin1Char('=') ? 1 : 2;
}

/// Whether @p text is a line of a plain paragraph, which a setext underline can make a heading.
bool isParagraphLine(const QString &text)
{
    return !text.trimmed().isEmpty() && fenceOf(text).length == 0 && !quotePattern().match(text).hasMatch()
           && !atxPattern().match(text).hasMatch() && !listPattern().match(text).hasMatch()
           && !breakPattern().match(text).hasMatch() && !definitionPattern().match(text).hasMatch()
           && setextLevel(text) == 0;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_palette(QGuiApplication::palette())
    , m_followsApplication(true)
{
    buildFormats();
    if (document)
        rehighlight();
}

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_palette(palette)
{
    buildFormats();
    if (document)
        rehighlight();
}

QTextCharFormat MarkdownHighlighter::format(Format format) const
{
    return m_formats.at(format);
}

QTextCharFormat MarkdownHighlighter::headingFormat(int level) const
{
    QTextCharFormat heading = m_formats.at(Heading);
    if (level > 2)
        return heading;
    qreal size = document() ? document()->defaultFont().pointSizeF() : -1;
    if (size <= 0)
        size = QGuiApplication::font().pointSizeF();
    if (size > 0)
        heading.setFontPointSize(size * (level == 1 ? 1.4 : 1.2));
    return heading;
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_followsApplication = false;
    updateColors();
}

void MarkdownHighlighter::updateColors()
{
    if (m_followsApplication)
        m_palette = QGuiApplication::palette();
    buildFormats();
    if (document())
        rehighlight();
}

void MarkdownHighlighter::buildFormats()
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor heading = readable(mixed(text, m_palette.color(QPalette::Highlight), 0.7), base, text, 4.5);
    const QColor link = readable(m_palette.color(QPalette::Link), base, text, 4.5);
    const QColor marker = readable(m_palette.color(QPalette::PlaceholderText), base, text, 3.0);
    const QColor quote = readable(mixed(text, marker, 0.6), base, text, 4.5);

    for (QTextCharFormat &format : m_formats)
        format = QTextCharFormat();
    m_formats[Heading].setForeground(heading);
    m_formats[Heading].setFontWeight(QFont::Bold);
    m_formats[Emphasis].setFontItalic(true);
    m_formats[Strong].setFontWeight(QFont::Bold);
    m_formats[Strike].setFontStrikeOut(true);
    m_formats[ListMarker].setForeground(marker);
    m_formats[ListMarker].setFontWeight(QFont::Bold);
    m_formats[Link].setForeground(link);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_formats[Code].setFontFamilies(fixed.families());
    m_formats[Code].setFontStyleHint(QFont::Monospace);
    m_formats[Code].setFontFixedPitch(true);
    m_formats[Code].setBackground(mixed(base, text, 0.08));
    m_formats[Quote].setForeground(quote);
    m_formats[Quote].setFontItalic(true);

    m_delimiter = QTextCharFormat();
    m_delimiter.setForeground(marker);
    m_address = m_formats[Link];
    m_address.setFontUnderline(true);
}

void MarkdownHighlighter::mergeFormat(int start, int count, const QTextCharFormat &format)
{
    for (int i = start; i < start + count; ++i) {
        QTextCharFormat merged = QSyntaxHighlighter::format(i);
        merged.merge(format);
        setFormat(i, 1, merged);
    }
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int previous = qMax(previousBlockState(), 0);
    const Fence fence = fenceOf(text);

    if (previous & kInFence) {
        setFormat(0, int(text.size()), m_formats[Code]);
        const bool closes = fence.length >= (previous & kFenceLengthMask) && !fence.hasInfo
                            && (fence.character == QLatin1Char('~')) == bool(previous & kTildeFence);
        setCurrentBlockState(closes ? 0 : previous & (kInFence | kTildeFence | kFenceLengthMask));
        return;
    }

    // A setext underline makes the line above a heading. That line was highlighted before this one
    // and looked ahead; when the two no longer agree, it is highlighted again (after this pass).
    const QTextBlock above = currentBlock().previous();
    const int underline = above.isValid() && isParagraphLine(above.text()) ? setextLevel(text) : 0;
    if ((underline > 0) != bool(previous & kSetextHeading)) {
        const int aboveNumber = above.blockNumber();
        QMetaObject::invokeMethod(
            this,
            [this, aboveNumber] {
                if (document())
                    rehighlightBlock(document()->findBlockByNumber(aboveNumber));
            },
            Qt::QueuedConnection);
    }
    if (underline > 0) {
        setFormat(0, int(text.size()), m_formats[Heading]);
        setCurrentBlockState(0);
        return;
    }

    if (fence.length > 0) {
        setFormat(0, int(text.size()), m_formats[Code]);
        setCurrentBlockState(kInFence | (fence.character == QLatin1Char('~') ? kTildeFence : 0) | fence.length);
        return;
    }
    setCurrentBlockState(0);

    int offset = 0;
    const QRegularExpressionMatch quote = quotePattern().match(text);
    if (quote.hasMatch()) {
        mergeFormat(0, int(text.size()), m_formats[Quote]);
        for (int i = 0; i < quote.capturedEnd(); ++i) {
            if (text.at(i) == QLatin1Char('>'))
                mergeFormat(i, 1, m_delimiter);
        }
        offset = int(quote.capturedEnd());
    }
    const QString rest = text.mid(offset);

    if (breakPattern().match(rest).hasMatch()) {
        mergeFormat(offset, int(rest.size()), m_formats[ListMarker]);
        return;
    }
    const QRegularExpressionMatch atx = atxPattern().match(rest);
    if (atx.hasMatch()) {
        mergeFormat(offset, int(rest.size()), headingFormat(int(atx.capturedLength(1))));
        highlightInline(text, offset + int(atx.capturedEnd()));
        return;
    }

    const QRegularExpressionMatch reference = definitionPattern().match(rest);
    if (reference.hasMatch()) {
        mergeFormat(offset + int(reference.capturedStart(1)), int(reference.capturedLength(1)), m_formats[Link]);
        mergeFormat(offset + int(reference.capturedStart(2)), int(reference.capturedLength(2)), m_address);
        highlightInline(text, offset + int(reference.capturedEnd()));
        return;
    }

    const QRegularExpressionMatch item = listPattern().match(rest);
    if (item.hasMatch()) {
        mergeFormat(offset + int(item.capturedStart(1)), int(item.capturedLength(1)), m_formats[ListMarker]);
        offset += int(item.capturedEnd());
        static const QRegularExpression task(QStringLiteral("^[ \\t]+(\\[[ xX]\\])(?=[ \\t]|$)"));
        const QRegularExpressionMatch box = task.match(text.mid(offset));
        if (box.hasMatch()) {
            mergeFormat(offset + int(box.capturedStart(1)), int(box.capturedLength(1)), m_formats[ListMarker]);
            offset += int(box.capturedEnd());
        }
    } else if (!quote.hasMatch() && isParagraphLine(text)) {
        const int level = setextLevel(currentBlock().next().text());
        if (level > 0) {
            mergeFormat(0, int(text.size()), headingFormat(level));
            setCurrentBlockState(kSetextHeading);
        }
    }
    highlightInline(text, offset);
}

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    QString masked = text;
    const int length = int(text.size());
    const auto take = [&masked](qsizetype start, qsizetype count) {
        for (qsizetype i = start; i < start + count; ++i)
            masked[i] = kTaken;
    };

    // Code spans first: nothing inside them is Markdown. A run of backticks closes with a run of the
    // same length.
    for (int i = from; i < length;) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < length) {
            i += 2;
            continue;
        }
        if (text.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        int run = 0;
        while (i + run < length && text.at(i + run) == QLatin1Char('`'))
            ++run;
        int close = -1;
        for (int j = i + run; j < length;) {
            int other = 0;
            while (j + other < length && text.at(j + other) == QLatin1Char('`'))
                ++other;
            if (other == run) {
                close = j;
                break;
            }
            j += qMax(other, 1);
        }
        if (close < 0) {
            i += run;
            continue;
        }
        mergeFormat(i, close + run - i, m_formats[Code]);
        take(i, close + run - i);
        i = close + run;
    }

    // Backslash escapes: the escaped character is text, never a delimiter.
    for (int i = from; i + 1 < length; ++i) {
        if (masked.at(i) == QLatin1Char('\\') && masked.at(i + 1).unicode() < 128 && masked.at(i + 1).isPunct()) {
            take(i, 2);
            ++i;
        }
    }

    static const QRegularExpression autolink(QStringLiteral("<((?:https?|ftp|mailto):[^\\s<>\\x{fffc}]+)>"));
    for (auto it = autolink.globalMatch(masked, from); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        mergeFormat(int(match.capturedStart()), 1, m_delimiter);
        mergeFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), m_address);
        mergeFormat(int(match.capturedEnd()) - 1, 1, m_delimiter);
        take(match.capturedStart(), match.capturedLength());
    }

    // [text](address "title") and ![alt](address): the text may hold emphasis, the address not.
    static const QRegularExpression link(QStringLiteral(
        "(!?\\[)([^\\[\\]\\x{fffc}]*)(\\]\\()[ \\t]*([^\\s()\\x{fffc}]*(?:\\([^\\s()\\x{fffc}]*\\)[^\\s()\\x{fffc}]*)*)"
        "(?:[ \\t]+\"[^\"]*\")?[ \\t]*\\)"));
    for (auto it = link.globalMatch(masked, from); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        mergeFormat(int(match.capturedStart()), int(match.capturedLength()), m_formats[Link]);
        mergeFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_address);
        mergeFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), m_delimiter);
        mergeFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_delimiter);
        mergeFormat(int(match.capturedEnd()) - 1, 1, m_delimiter);
        take(match.capturedStart(1), match.capturedLength(1));
        take(match.capturedStart(3), match.capturedEnd() - match.capturedStart(3));
    }

    static const QRegularExpression url(QStringLiteral("(?<![\\w/])(?:https?://|www\\.)[^\\s<>\\x{fffc}]+"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = url.globalMatch(masked, from); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QStringView address = match.capturedView();
        // Punctuation that ends a sentence is not part of the address; nor is an unopened ')'.
        while (!address.isEmpty()) {
            const QChar last = address.back();
            const bool unopened =
                last == QLatin1Char(')') && address.count(QLatin1Char('(')) < address.count(QLatin1Char(')'));
            if (!unopened && !QStringView(u".,;:!?'\"*_~").contains(last))
                break;
            address.chop(1);
        }
        mergeFormat(int(match.capturedStart()), int(address.size()), m_address);
        take(match.capturedStart(), address.size());
    }

    // Delimiter runs: strong before emphasis, so that ** is not read as two *. An underscore only
    // counts at the edge of a word: snake_case_names stay plain.
    const auto emphasise = [&](const QRegularExpression &pattern, const QTextCharFormat &format) {
        for (auto it = pattern.globalMatch(masked, from); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const int start = int(match.capturedStart());
            const int end = int(match.capturedEnd());
            const int delimiter = int(match.capturedLength(1));
            mergeFormat(start, end - start, format);
            mergeFormat(start, delimiter, m_delimiter);
            mergeFormat(end - delimiter, delimiter, m_delimiter);
            take(start, delimiter);
            take(end - delimiter, delimiter);
        }
    };
    constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
    static const QRegularExpression strongStars(QStringLiteral("(\\*\\*)(?=\\S)(.+?)(?<=\\S)\\*\\*"));
    static const QRegularExpression strongUnderscores(QStringLiteral("(?<!\\w)(__)(?=\\S)(.+?)(?<=\\S)__(?!\\w)"),
                                                      unicode);
    static const QRegularExpression emphasisStars(QStringLiteral("(?<!\\*)(\\*)(?![\\s*])(.+?)(?<![\\s*])\\*(?!\\*)"));
    static const QRegularExpression emphasisUnderscores(QStringLiteral("(?<!\\w)(_)(?![\\s_])(.+?)(?<![\\s_])_(?!\\w)"),
                                                        unicode);
    static const QRegularExpression strike(QStringLiteral("(~~)(?=\\S)(.+?)(?<=\\S)~~"));
    emphasise(strongStars, m_formats[Strong]);
    emphasise(strongUnderscores, m_formats[Strong]);
    emphasise(emphasisStars, m_formats[Emphasis]);
    emphasise(emphasisUnderscores, m_formats[Emphasis]);
    emphasise(strike, m_formats[Strike]);
}

} // namespace Inroad

#include "templatehighlighter.h"

#include <QPalette>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace Inroad {

namespace {

// The block state's lowest bit says a comment is open at the end of the block; the rest is a hash
// of the sections open there, so that opening or closing one re-highlights the lines after it.
constexpr int kInComment = 1;

// The sections open at the end of a block, innermost first.
class OpenSections final : public QTextBlockUserData
{
public:
    explicit OpenSections(QStringList names)
        : sections(std::move(names))
    {
    }
    QStringList sections;
};

int stateFor(const QStringList &sections, bool inComment)
{
    const int hash = int(qHash(sections.join(QLatin1Char('\n'))) & 0x3ffffffe);
    return hash | (inComment ? kInComment : 0);
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB, a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

TemplateHighlighter::TemplateHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    const QColor text = palette.color(QPalette::Text);
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    m_formats[Placeholder].setForeground(dark ? QColor(0x7f, 0xc8, 0xff) : QColor(0x00, 0x5f, 0xa3));
    m_formats[Placeholder].setFontWeight(QFont::DemiBold);
    m_formats[Section].setForeground(dark ? QColor(0xe0, 0xa0, 0xff) : QColor(0x86, 0x2e, 0x9c));
    m_formats[Section].setFontWeight(QFont::Bold);
    m_formats[Comment].setForeground(mix(text, palette.color(QPalette::Base), 0.45));
    m_formats[Comment].setFontItalic(true);
    m_formats[Markup].setForeground(mix(text, palette.color(QPalette::Base), 0.4));
    m_formats[Unknown] = m_formats[Placeholder];
    m_formats[Unknown].setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_formats[Unknown].setUnderlineColor(dark ? QColor(0xff, 0x70, 0x70) : QColor(0xc0, 0x1c, 0x28));
}

void TemplateHighlighter::setKnownNames(const QStringList &names)
{
    m_known = names;
    rehighlight();
}

QTextCharFormat TemplateHighlighter::format(Format which) const
{
    return m_formats[which];
}

bool TemplateHighlighter::isKnown(const QString &name, const QStringList &sections) const
{
    if (m_known.isEmpty() || name == QLatin1String(".") || name.startsWith(QLatin1Char('@')))
        return true;
    if (m_known.contains(name))
        return true;
    // Inside {{#questions}}, {{text}} means questions.text.
    for (const QString &section : sections) {
        if (m_known.contains(section + QLatin1Char('.') + name))
            return true;
    }
    // A section over a map ({{#person}}) is known when something inside it is.
    const QString prefix = name + QLatin1Char('.');
    for (const QString &known : m_known) {
        if (known.startsWith(prefix))
            return true;
    }
    return false;
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression markup(QStringLiteral(R"(</?[A-Za-z][^<>]*>)"));
    for (auto it = markup.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats[Markup]);
    }

    QStringList sections;
    if (const auto *open = dynamic_cast<const OpenSections *>(currentBlock().previous().userData()))
        sections = open->sections;
    const auto finish = [this, &sections](bool inComment) {
        setCurrentBlockUserData(new OpenSections(sections));
        setCurrentBlockState(stateFor(sections, inComment));
    };

    int from = 0;
    if (previousBlockState() != -1 && (previousBlockState() & kInComment)) {
        const qsizetype end = text.indexOf(QLatin1String("}}"));
        if (end < 0) {
            setFormat(0, int(text.size()), m_formats[Comment]);
            finish(true);
            return;
        }
        setFormat(0, int(end + 2), m_formats[Comment]);
        from = int(end + 2);
    }

    static const QRegularExpression tag(QStringLiteral(R"(\{\{(\{?)\s*([#^/!&]?)\s*([^}]*?)\s*\}\}(\}?))"));
    while (from < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        if (text.mid(open, 3) == QLatin1String("{{!")) {
            const qsizetype end = text.indexOf(QLatin1String("}}"), open + 3);
            if (end < 0) {
                setFormat(int(open), int(text.size() - open), m_formats[Comment]);
                finish(true);
                return;
            }
            setFormat(int(open), int(end + 2 - open), m_formats[Comment]);
            from = int(end + 2);
            continue;
        }
        const QRegularExpressionMatch m = tag.match(text, open, QRegularExpression::NormalMatch,
                                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            // An unclosed tag: marked as an error up to the end of the line.
            setFormat(int(open), int(text.size() - open), m_formats[Unknown]);
            finish(false);
            return;
        }
        const QString sigil = m.captured(2);
        const QString name = m.captured(3);
        Format format = sigil.isEmpty() || sigil == QLatin1String("&") ? Placeholder : Section;
        if (sigil == QLatin1String("#") || sigil == QLatin1String("^")) {
            if (!isKnown(name, sections))
                format = Unknown;
            sections.prepend(name);
        } else if (sigil == QLatin1String("/")) {
            sections.removeOne(name);
        } else if (!isKnown(name, sections)) {
            format = Unknown;
        }
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats[format]);
        from = int(m.capturedEnd());
    }
    finish(false);
}

} // namespace Inroad

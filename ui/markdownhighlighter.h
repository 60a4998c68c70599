#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Inroad {

/// The built-in Markdown highlighter for the notes editor, used where KDE Syntax-Highlighting is
/// missing. It marks headings (ATX and setext), emphasis, strong, strike-through, list markers and
/// task boxes, links and URLs, inline code, fenced code blocks and block quotes. Its colours come
/// from a QPalette, so that they suit a light or a dark theme alike.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// What the highlighter marks; format() gives the character format of each.
    enum Format {
        Heading,
        Emphasis,
        Strong,
        Strike,
        ListMarker,
        Link,
        Code,
        Quote
    };
    Q_ENUM(Format)

    /// Highlights @p document in the colours of the application's palette, and follows that palette
    /// on updateColors().
    explicit MarkdownHighlighter(QTextDocument *document);
    /// Highlights @p document in the colours of @p palette.
    MarkdownHighlighter(QTextDocument *document, const QPalette &palette);

    /// The format given to text of kind @p format. A heading's size grows with its level on top of
    /// this (see headingFormat()); the address of a link is underlined on top of Link.
    QTextCharFormat format(Format format) const;
    /// The format of a heading of @p level 1 to 6: bold in the heading colour, larger for levels 1 and 2.
    QTextCharFormat headingFormat(int level) const;

    QPalette palette() const { return m_palette; }
    /// Takes the colours from @p palette from now on, and highlights the document again.
    void setPalette(const QPalette &palette);
    /// Rebuilds the formats from the palette (the application's one when constructed without a
    /// palette) and highlights the document again. Call it on QEvent::PaletteChange.
    void updateColors();

protected:
    void highlightBlock(const QString &text) override;

private:
    void buildFormats();
    /// Adds @p format to what characters @p start to @p start + @p count already have.
    void mergeFormat(int start, int count, const QTextCharFormat &format);
    /// Links, URLs, code spans, emphasis and strike-through in @p text from @p from on.
    void highlightInline(const QString &text, int from);
    void highlightSetext(const QString &text, bool inParagraph);

    QPalette m_palette;
    bool m_followsApplication = false;
    std::array<QTextCharFormat, Quote + 1> m_formats;
    QTextCharFormat m_delimiter;
    QTextCharFormat m_address;
};

} // namespace Inroad

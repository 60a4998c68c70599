#pragma once

#include <QString>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Inroad {

/// Makes the Markdown highlighter for @p document, in colours that suit @p palette, owned by the
/// document: KDE Syntax-Highlighting's where Inroad was built with it and it knows Markdown, else
/// the built-in MarkdownHighlighter. Make a new one when the palette changes.
QSyntaxHighlighter *createMarkdownHighlighter(QTextDocument *document, const QPalette &palette);

/// The name of the highlighter that createMarkdownHighlighter() makes, for the About box.
QString markdownHighlighterName();

/// Whether createMarkdownHighlighter() makes KDE Syntax-Highlighting's highlighter.
bool usesKSyntaxHighlighting();

} // namespace Inroad

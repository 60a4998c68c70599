#pragma once

#include <QString>
#include <QStringList>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Inroad {

/// Makes the Markdown highlighter for @p document, in colours that suit @p palette, owned by the
/// document: KDE Syntax-Highlighting's where Inroad was built with it and it knows Markdown, else
/// the built-in MarkdownHighlighter. Make a new one when the palette changes.
QSyntaxHighlighter *createMarkdownHighlighter(QTextDocument *document, const QPalette &palette);

/// Makes the highlighter of a document template ({{placeholders}}, sections, comments) for
/// @p document: KDE Syntax-Highlighting's with Inroad's own "Inroad Template" definition (shipped
/// in the resources) where Inroad was built with it, else the built-in TemplateHighlighter, which
/// also underlines names not in @p knownNames.
QSyntaxHighlighter *createTemplateHighlighter(QTextDocument *document, const QPalette &palette,
                                              const QStringList &knownNames);

/// The name of the highlighter that createMarkdownHighlighter() makes, for the About box.
QString markdownHighlighterName();

/// Whether createMarkdownHighlighter() makes KDE Syntax-Highlighting's highlighter.
bool usesKSyntaxHighlighting();

} // namespace Inroad

#include "highlighting.h"

#include "markdownhighlighter.h"

#include <QCoreApplication>
#include <QPalette>

#ifdef INROAD_HAVE_KSYNTAXHIGHLIGHTING
#include <ksyntaxhighlighting_version.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Inroad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::Highlighting", text);
}

#ifdef INROAD_HAVE_KSYNTAXHIGHLIGHTING
/// Loading the definitions takes a while: one repository serves every editor.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Definition markdownDefinition()
{
    return repository().definitionForName(QStringLiteral("Markdown"));
}
#endif

} // namespace

QSyntaxHighlighter *createMarkdownHighlighter(QTextDocument *document, const QPalette &palette)
{
#ifdef INROAD_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = markdownDefinition();
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(repository().themeForPalette(palette));
        highlighter->setDefinition(definition);
        return highlighter;
    }
#endif
    return new MarkdownHighlighter(document, palette);
}

QString markdownHighlighterName()
{
#ifdef INROAD_HAVE_KSYNTAXHIGHLIGHTING
    if (usesKSyntaxHighlighting())
        return tr("KDE Syntax Highlighting %1").arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
#endif
    return tr("built-in");
}

bool usesKSyntaxHighlighting()
{
#ifdef INROAD_HAVE_KSYNTAXHIGHLIGHTING
    return markdownDefinition().isValid();
#else
    return false;
#endif
}

} // namespace Inroad

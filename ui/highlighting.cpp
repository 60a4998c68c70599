#include "highlighting.h"

#include "markdownhighlighter.h"
#include "templatehighlighter.h"

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
    static const bool withOwnDefinitions = [] {
        // Inroad's template syntax is in the resources, under :/inroad/syntax/.
        repository.addCustomSearchPath(QStringLiteral(":/inroad"));
        return true;
    }();
    Q_UNUSED(withOwnDefinitions)
    return repository;
}

KSyntaxHighlighting::Definition markdownDefinition()
{
    return repository().definitionForName(QStringLiteral("Markdown"));
}

/// KDE's highlighter with @p definition in the theme that suits @p palette; nullptr when the
/// definition is not there.
QSyntaxHighlighter *kdeHighlighter(QTextDocument *document, const QPalette &palette,
                                   const KSyntaxHighlighting::Definition &definition)
{
    if (!definition.isValid())
        return nullptr;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(repository().themeForPalette(palette));
    highlighter->setDefinition(definition);
    return highlighter;
}
#endif

} // namespace

QSyntaxHighlighter *createMarkdownHighlighter(QTextDocument *document, const QPalette &palette)
{
#ifdef INROAD_HAVE_KSYNTAXHIGHLIGHTING
    if (QSyntaxHighlighter *highlighter = kdeHighlighter(document, palette, markdownDefinition()))
        return highlighter;
#endif
    return new MarkdownHighlighter(document, palette);
}

QSyntaxHighlighter *createTemplateHighlighter(QTextDocument *document, const QPalette &palette,
                                              const QStringList &knownNames)
{
#ifdef INROAD_HAVE_KSYNTAXHIGHLIGHTING
    if (QSyntaxHighlighter *highlighter = kdeHighlighter(
            document, palette, repository().definitionForName(QStringLiteral("Inroad Template"))))
        return highlighter;
#endif
    auto *highlighter = new TemplateHighlighter(document, palette);
    highlighter->setKnownNames(knownNames);
    return highlighter;
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

#pragma once

#include <QStringList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Inroad {

/// The built-in highlighter of document templates: placeholders ({{person.name}}), sections
/// ({{#questions}} … {{/questions}}), comments ({{! … }}, over several lines too) and, in HTML
/// templates, the markup. A placeholder whose name is not among the known ones is underlined as
/// an error, so a typo shows before the preview fails.
class TemplateHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum Format { Placeholder, Section, Comment, Markup, Unknown };
    Q_ENUM(Format)

    TemplateHighlighter(QTextDocument *document, const QPalette &palette);

    /// The names a template may use (InterviewDocuments::placeholderNames()); empty: every name is fine.
    void setKnownNames(const QStringList &names);
    QTextCharFormat format(Format format) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    bool isKnown(const QString &name, const QStringList &sections) const;

    QTextCharFormat m_formats[Unknown + 1];
    QStringList m_known;
};

} // namespace Inroad

#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace Inroad {

/// Where and why a template could not be read or filled in.
struct TemplateError
{
    QString message; ///< a sentence, translated, naming the placeholder or section, e.g. "unknown placeholder “person.nam”"
    int line = 0;    ///< 1-based line in the template text; 0 when not about a place
    int column = 0;  ///< 1-based, counted in UTF-16 code units from the start of the line
    QString name;    ///< the placeholder or section concerned, if any

    bool isNull() const { return message.isEmpty(); }
    /// "line 3, column 5: unknown placeholder “person.nam”" (or just the message when line is 0)
    QString toString() const;
};

/// How values are written into the output.
enum class TemplateEscaping {
    Html,     ///< QString::toHtmlEscaped, and line breaks in values become <br>
    PlainText ///< values as they are
};

/// A small Mustache-like template for printable documents and e-mails.
///
/// - `{{name}}`, `{{ a.b.c }}`: a value, escaped per TemplateEscaping; `{{{name}}}` or `{{& name}}`: not escaped.
/// - `{{#name}}…{{/name}}`: a section. A list renders its body once per item, with the item on the context
///   stack (a scalar item is `{{.}}`) and `@index` (1-based), `@first` and `@last` available; a map renders it
///   once with the map on the stack; a bool once if true; other values once if their text is not empty, as `.`.
/// - `{{^name}}…{{/name}}`: rendered once when the value is false, an empty string or list, or null.
/// - `{{! comment }}`: left out; may span lines.
///
/// Names resolve in the innermost context first, then outwards; in a dotted name only the first part does, the
/// rest is looked up inside what it found. A line holding nothing but a section, closing or comment tag and
/// blanks is removed with its line break. Parse errors and unknown names are reported with the line and column
/// of the tag's opening braces.
class DocumentTemplate final
{
public:
    DocumentTemplate() = default;

    /// Parses @p text; on failure returns false and fills @p error (the template is then empty).
    bool parse(const QString &text, TemplateError *error = nullptr);
    bool isEmpty() const;

    /// Fills in the template from @p data. Names are dotted paths into nested QVariantMaps
    /// ("person.salutation"). Text values are escaped for HTML with TemplateEscaping::Html (QString::toHtmlEscaped,
    /// and line breaks in values become <br>), left as they are with PlainText. Returns a null QString and fills
    /// @p error for an unknown placeholder (a name that resolves to nothing in the context stack) — with its line
    /// and column. An empty template renders as an empty, non-null string.
    QString render(const QVariantMap &data, TemplateEscaping escaping, TemplateError *error = nullptr) const;

    /// Every distinct placeholder and section name used, in order of first use (for the template editor).
    /// Leaves out "." and the synthetic "@index", "@first" and "@last", which are not data.
    QStringList names() const;
    /// Names used that @p known does not list (section-relative names inside list sections are checked against
    /// "<section>.<name>" entries too, e.g. known "questions.text" accepts {{text}} inside {{#questions}}).
    /// A section name is also accepted when @p known lists a name inside it ("person.name" accepts {{#person}}).
    QStringList unknownNames(const QStringList &known) const;

private:
    struct Parsed;
    std::shared_ptr<const Parsed> m_parsed; // immutable once parsed, so copies share it
};

/// Parses and renders in one step (convenience).
QString renderTemplate(const QString &text, const QVariantMap &data, TemplateEscaping escaping,
                       TemplateError *error = nullptr);

} // namespace Inroad
